// What one synchronous FFI call costs a Kotlin shell: JNA's native call, uniffi's lowering and
// lifting, and the library's own work. Times each call separately after a JIT warm-up and prints
// the median and p99 in nanoseconds. The timer's own cost (an empty timed call) is printed too,
// so it can be subtracted. Not a test: a timed assertion would flake on a shared machine.
// Run: bindings/scripts/test-kotlin bench
package org.wave.core.bench

import java.nio.file.Files
import kotlinx.coroutines.runBlocking
import org.wave.core.AnswerOutcome
import org.wave.core.ItemKind
import org.wave.core.KdfStrength
import org.wave.core.WaveVault

// Keeps results alive so the JIT cannot drop the calls.
@Volatile private var sink: Any? = null

private fun measure(name: String, iterations: Int, call: () -> Any?) {
    repeat(iterations / 4 + 10_000) { sink = call() }
    val samples = LongArray(iterations)
    for (i in 0 until iterations) {
        val start = System.nanoTime()
        sink = call()
        samples[i] = System.nanoTime() - start
    }
    samples.sort()
    val median = samples[iterations / 2]
    val p99 = samples[(iterations * 99L / 100).toInt()]
    println("%-28s median %7d ns   p99 %7d ns   (%d calls)".format(name, median, p99, iterations))
}

fun main(args: Array<String>) {
    val iterations = args.firstOrNull()?.toInt() ?: 200_000
    val dir = Files.createTempDirectory("wave-ffi-bench-")
    try {
        val vault = WaveVault(dir.resolve("vault").toString(), null)
        runBlocking { vault.create("bench passphrase", KdfStrength.Minimum) }
        val session = vault.startSession("en")
        // Past the safety questions, so progress() counts a real draft.
        val gate = mapOf(
            "safe_now" to "\"safe\"", "urgent_needs" to "[\"none\"]", "agree_to_talk" to "true",
            "consent_store" to "true",
        )
        while (session.caseId() == null) {
            val question = session.current() ?: error("the checklist ended early")
            val answer = gate[question.id] ?: when (question.kind) {
                ItemKind.YESNO, ItemKind.INFO -> "true"
                else -> "null"
            }
            check(session.answer(answer) is AnswerOutcome.Next) { "not accepted: ${question.id}" }
        }
        println("FFI round trip from Kotlin (JNA), ${Runtime.getRuntime().availableProcessors()} cores, " +
            "Java ${System.getProperty("java.version")}")
        println("progress now: ${session.progress()}")
        measure("timer only (empty call)", iterations) { null }
        measure("WaveVault.isUnlocked()", iterations) { vault.isUnlocked() }
        measure("GuidedSession.progress()", iterations) { session.progress() }
        measure("GuidedSession.language()", iterations) { session.language() }
        measure("GuidedSession.current()", iterations / 10) { session.current() }
        vault.lock()
    } finally {
        dir.toFile().deleteRecursively()
    }
}
