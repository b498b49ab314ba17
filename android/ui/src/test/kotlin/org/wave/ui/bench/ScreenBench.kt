//! The screen benchmark (android/scripts/test bench): the time from "Next" to the next question
//! drawn, over the whole checklist in Russian, on the desktop target (the answer written durably
//! by the core, then the frame composed and rendered headless); and the cold start to the unlock
//! screen (native library loaded, vault found, first frame drawn), which has no Argon2id in it.
package org.wave.ui.bench

import androidx.compose.ui.ImageComposeScene
import androidx.compose.ui.unit.Density
import java.nio.file.Files
import java.time.Duration
import java.time.Instant
import kotlinx.coroutines.runBlocking
import org.wave.core.ItemKind
import org.wave.ui.fill
import org.wave.ui.firstRun
import org.wave.ui.checklist
import org.wave.ui.newApp
import org.wave.ui.model.ChecklistView
import org.wave.ui.model.Screen
import org.wave.ui.screens.WaveRoot

private fun percentile(sorted: List<Double>, p: Double): Double = sorted[((sorted.size - 1) * p).toInt()]

fun main() = runBlocking {
    val entered = System.nanoTime()
    val jvmStarted = ProcessHandle.current().info().startInstant().orElse(null)
    val dir = Files.createTempDirectory("wave-bench-").toFile()
    try {
        // Cold start: a vault exists (made by an earlier run of the app), the app opens on unlock.
        val (setup, _) = newApp(dir, language = "ru")
        firstRun(setup)
        setup.lock()
        val coldStart = System.nanoTime()
        val (app, _) = newApp(dir, language = "ru")
        val scene = ImageComposeScene(720, 1600, Density(2f)) { WaveRoot(app) }
        check(app.screen.value is Screen.Unlock)
        scene.render()
        val coldMs = (System.nanoTime() - coldStart) / 1e6
        val sinceMain = (System.nanoTime() - entered) / 1e6
        println("cold start to the unlock screen drawn (WaveApp + first frame, JVM warm from setup): %.1f ms".format(coldMs))
        println("main() entry to the unlock screen drawn (includes a first vault's creation with the minimum KDF): %.1f ms".format(sinceMain))
        jvmStarted?.let { println("JVM start to here: ${Duration.between(it, Instant.now()).toMillis()} ms") }
        scene.close()

        // Next -> next question rendered, over the whole checklist, twice (the first pass warms
        // the JIT; the second is reported).
        repeat(2) { pass ->
            val (runApp, _) = newApp(java.io.File(dir, "pass$pass"), language = "ru")
            firstRun(runApp).newRecord()
            val model = checklist(runApp)
            val frame = ImageComposeScene(720, 1600, Density(2f)) { WaveRoot(runApp) }
            frame.render()
            val times = mutableListOf<Double>()
            val answers = mutableListOf<Double>()
            val frames = mutableListOf<Double>()
            val repeats = mutableSetOf<String>()
            while (true) {
                val view = model.view.value as? ChecklistView.Asking ?: break
                val q = view.question
                if (q.kind != ItemKind.REPEAT) model.edit { fill(q, it) }
                frame.render()
                val start = System.nanoTime()
                if (q.kind == ItemKind.REPEAT) model.repeat(repeats.add(q.id)) else model.next()
                val answered = System.nanoTime()
                frame.render()
                val end = System.nanoTime()
                times.add((end - start) / 1e6)
                answers.add((answered - start) / 1e6)
                frames.add((end - answered) / 1e6)
            }
            frame.close()
            if (pass == 1) {
                for ((what, list) in listOf(
                    "next -> next question rendered" to times,
                    "  of which the core's answer (durable) and the next question" to answers,
                    "  of which composing and drawing the frame" to frames,
                )) {
                    val sorted = list.sorted()
                    println(
                        "%s over %d questions: p50 %.2f ms, p99 %.2f ms, max %.2f ms".format(
                            what, sorted.size, percentile(sorted, 0.5), percentile(sorted, 0.99), sorted.last(),
                        ),
                    )
                }
            }
        }
    } finally {
        dir.deleteRecursively()
    }
}
