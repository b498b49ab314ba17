//! The scenarios of docs/app-flows.md, run on the state holders against the real core (through
//! JNA) and a real wave-server on loopback: the whole checklist in Russian to "sent", a
//! recreated holder resuming, duress, wrong passphrase, the core's localized refusal, the safety
//! gate, panic wipe, server down, quick exit, the background lock (held while a capture waits in
//! another app), and what every lock clears: speech and the capture folder.
package org.wave.ui

import java.io.File
import java.nio.file.Path
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.CoroutineStart
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.BeforeAll
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestInstance
import org.junit.jupiter.api.io.TempDir
import org.wave.core.CaseStatus
import org.wave.core.ItemKind
import org.wave.ui.model.ChecklistView
import org.wave.ui.model.DEFAULT_LOCK_DELAY_MS
import org.wave.ui.model.EnrollProblem
import org.wave.ui.model.EnrollStep
import org.wave.ui.model.Group
import org.wave.ui.model.Json
import org.wave.ui.model.Media
import org.wave.ui.model.Screen
import org.wave.ui.model.SyncDecision
import org.wave.ui.model.SyncLine
import org.wave.ui.model.SyncRunResult
import org.wave.ui.model.decideSync
import org.wave.ui.model.sweepCaptures

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScenarioTest {
    private lateinit var server: WaveServer

    @BeforeAll
    fun startServer() {
        server = WaveServer()
    }

    @AfterAll
    fun stopServer() {
        server.close()
    }

    @Test
    fun `first run, the whole checklist in Russian, finish, enroll, sync, sent`(@TempDir dir: Path) = runBlocking<Unit> {
        val (app, platform) = newApp(dir.toFile(), language = "ru")
        val home = firstRun(app)
        assertTrue(home.state.value.empty)
        assertEquals(SyncLine.NOT_ENROLLED, home.state.value.line)

        home.newRecord()
        val model = checklist(app)
        val walked = walk(model)
        val labels = walked.questions.map { it.label }
        assertTrue(labels.all(::hasCyrillic), "not all in Russian: ${labels.filterNot(::hasCyrillic)}")
        // The chosen kinds of violence opened their follow-ups; the repeats got one entry each.
        assertTrue(walked.sections.containsAll(listOf("consent", "threats", "physical_violence", "detention")), "${walked.sections}")
        assertFalse("sexual_violence" in walked.sections)
        val ids = walked.questions.map { it.id }
        assertTrue(ids.containsAll(listOf("real_name", "officer_role", "witness_code_name")), "$ids")
        // The captured file went into the vault and its temporary copy is gone.
        assertTrue(platform.captured.isNotEmpty())
        assertTrue(platform.captured.none { File(it).exists() }, "a capture was left on disk")

        val review = model.view.value as ChecklistView.Review
        assertEquals(emptyList<Any>(), review.problems)
        assertTrue(review.sections.all { hasCyrillic(it.label) })
        model.finish()
        val finished = model.view.value as ChecklistView.Finished
        assertFalse(finished.enrolled)
        model.close()
        assertEquals(Group.WAITING, home(app).state.value.records.single().group)

        home(app).connect()
        val enroll = (app.screen.value as Screen.Enroll).model
        enroll.codeChanged(server.enrollmentString())
        enroll.check()
        assertEquals(EnrollStep.CONFIRM, enroll.state.value.step)
        assertEquals(server.url.trimEnd('/'), enroll.state.value.preview!!.server.trimEnd('/'))
        enroll.connect()
        assertEquals(EnrollStep.DONE, enroll.state.value.step, "${enroll.state.value.problem}")
        assertTrue(platform.syncRequests > 0, "enrolling did not ask for a sync")
        enroll.done()

        // What the background worker does with that request.
        assertEquals(SyncDecision.RUN, decideSync(app.syncInputs()))
        assertEquals(SyncRunResult.SUCCESS, app.syncIfAllowed())
        val after = home(app)
        after.refresh()
        val state = after.state.value
        assertEquals(Group.SENT, state.records.single().group)
        assertEquals(SyncLine.SENT_ALL, state.line)
        assertNotNull(state.lastSuccessAtMs)
        assertEquals(SyncDecision.SKIP_NOTHING_WAITS, decideSync(app.syncInputs()))

        val case = Json.read(app.vault.getCaseJson(state.records.single().id)) as Map<*, *>
        val answers = case["answers"] as Map<*, *>
        assertEquals("Ромашка", answers["code_name"])
        assertEquals(1, (answers["officers"] as List<*>).size)
        assertEquals(1, app.vault.listAttachments(state.records.single().id).size)
    }

    @Test
    fun `a recreated holder resumes at the question with every acknowledged answer`(@TempDir dir: Path) = runBlocking<Unit> {
        val (app, _) = newApp(dir.toFile(), language = "ru")
        firstRun(app).newRecord()
        val model = checklist(app)
        walk(model, stopAt = "incident_date")
        val showing = (model.view.value as ChecklistView.Asking).question
        val caseId = model.caseId!!
        val before = app.vault.getCaseJson(caseId)

        // The process dies: nothing of the old holders survives but the vault on disk.
        val (again, _) = newApp(dir.toFile(), language = "ru")
        assertTrue(again.screen.value is Screen.Unlock)
        val unlock = (again.screen.value as Screen.Unlock).model
        unlock.passphraseChanged(PASSPHRASE)
        unlock.open()
        val home = home(again)
        val draft = home.state.value.group(Group.DRAFTS).single()
        assertEquals(caseId, draft.id)
        home.open(draft)
        val resumed = checklist(again).view.value as ChecklistView.Asking
        assertEquals(showing.id, resumed.question.id)
        assertEquals(before, again.vault.getCaseJson(caseId))
        val answers = (Json.read(before) as Map<*, *>)["answers"] as Map<*, *>
        assertEquals("safe", answers["safe_now"])
        assertEquals(true, answers["consent_store"])
    }

    @Test
    fun `a duress unlock shows a home exactly like an empty vault's`(@TempDir dir: Path) = runBlocking<Unit> {
        val (fresh, _) = newApp(File(dir.toFile(), "fresh"))
        val emptyHome = firstRun(fresh).state.value

        val (app, _) = newApp(File(dir.toFile(), "real"), language = "ru")
        firstRun(app, duress = DURESS).newRecord()
        walk(checklist(app), stopAt = "incident_date")
        app.lock()
        val unlock = (app.screen.value as Screen.Unlock).model
        unlock.passphraseChanged(DURESS)
        unlock.open()
        val state = home(app).state.value
        assertEquals(emptyHome, state)
        assertTrue(state.empty)
    }

    @Test
    fun `a wrong passphrase says so and nothing else`(@TempDir dir: Path) = runBlocking<Unit> {
        val (app, _) = newApp(dir.toFile())
        firstRun(app, wipeAfter = 5)
        app.lock()
        val unlock = (app.screen.value as Screen.Unlock).model
        unlock.passphraseChanged("not the passphrase at all")
        unlock.open()
        val state = unlock.state.value
        assertTrue(state.wrong)
        assertEquals("", state.passphrase, "the field is cleared")
        assertFalse(state.failed)
        assertTrue(app.screen.value is Screen.Unlock)
        assertFalse(app.vault.isUnlocked())
        unlock.passphraseChanged(PASSPHRASE)
        assertFalse(unlock.state.value.wrong)
        unlock.open()
        assertTrue(app.screen.value is Screen.Home)
    }

    @Test
    fun `an invalid answer shows the core's message in the checklist's language`(@TempDir dir: Path) = runBlocking<Unit> {
        val (app, _) = newApp(dir.toFile(), language = "ru")
        firstRun(app).newRecord()
        val model = checklist(app)
        walk(model, stopAt = "incident_date")
        val caseId = model.caseId!!
        val before = app.vault.getCaseJson(caseId)
        model.edit { it.copy(day = "31", month = "2", year = "2026", precision = "exact") }
        model.next()
        val view = model.view.value as ChecklistView.Asking
        assertEquals("incident_date", view.question.id)
        val message = view.invalid
        assertNotNull(message)
        assertTrue(hasCyrillic(message!!), message)
        // What she typed stays for correction; nothing was written.
        assertEquals("31", view.draft.day)
        assertEquals(before, app.vault.getCaseJson(caseId))
        model.edit { it.copy(day = "28") }
        assertNull((model.view.value as ChecklistView.Asking).invalid)
        model.next()
        assertFalse((model.view.value as ChecklistView.Asking).question.id == "incident_date")
    }

    @Test
    fun `not safe now ends the checklist with nothing stored`(@TempDir dir: Path) = runBlocking<Unit> {
        val (app, platform) = newApp(dir.toFile(), language = "uk")
        firstRun(app).newRecord()
        val model = checklist(app)
        val first = (model.view.value as ChecklistView.Asking).question
        assertEquals("safe_now", first.id)
        model.readAloud()
        assertEquals("uk", platform.spoken.single().second)
        assertTrue(platform.spoken.single().first.contains(first.label))
        model.edit { it.copy(choice = "not_safe") }
        model.next()
        val stopped = model.view.value as ChecklistView.Stopped
        assertFalse(stopped.stored)
        assertTrue(hasCyrillic(stopped.message))
        assertEquals(emptyList<Any>(), app.vault.listCases())
        model.close()
        assertTrue(home(app).state.value.empty)
    }

    @Test
    fun `panic wipe leaves the welcome screen and no vault`(@TempDir dir: Path) = runBlocking<Unit> {
        val (app, _) = newApp(dir.toFile())
        firstRun(app).newRecord()
        walk(checklist(app), stopAt = "incident_date")
        checklist(app).close()
        home(app).settings()
        val settings = (app.screen.value as Screen.Settings).model
        settings.panicWipe()
        assertTrue(app.vault.exists(), "wiped without the confirmation")
        settings.askPanic()
        settings.panicWipe()
        assertTrue(app.screen.value is Screen.Welcome)
        assertFalse(app.vault.exists())
        val (again, _) = newApp(dir.toFile())
        assertTrue(again.screen.value is Screen.Welcome)
    }

    @Test
    fun `server down shows waiting, not an error`(@TempDir dir: Path) = runBlocking<Unit> {
        val (app, _) = newApp(dir.toFile())
        val home = firstRun(app)
        val doomed = WaveServer()
        home.connect()
        val enroll = (app.screen.value as Screen.Enroll).model
        enroll.codeChanged(doomed.enrollmentString())
        enroll.check()
        enroll.connect()
        assertEquals(EnrollStep.DONE, enroll.state.value.step)
        enroll.done()
        doomed.close()

        home(app).newRecord()
        val model = checklist(app)
        walk(model, withAttachment = false)
        model.finish()
        assertTrue((model.view.value as ChecklistView.Finished).enrolled)
        model.close()

        assertEquals(SyncRunResult.RETRY, app.syncIfAllowed())
        val after = home(app)
        after.refresh()
        val state = after.state.value
        assertEquals(SyncLine.WAITING, state.line)
        assertFalse(state.failed)
        assertEquals(Group.WAITING, state.records.single().group)
        assertEquals(CaseStatus.FINALIZED, app.vault.listCases().single().status)
        // "Send now" says the same.
        after.sendNow()
        assertEquals(SyncLine.WAITING, after.state.value.line)
        assertFalse(after.state.value.failed)

        // A server that cannot be reached at enrollment: waiting, not an error. Port 9 (discard)
        // has nothing listening on loopback.
        after.connect()
        val again = (app.screen.value as Screen.Enroll).model
        again.codeChanged(org.wave.core.encodeEnrollmentString("http://127.0.0.1:9", "code", listOf(server.staff.recipient)))
        again.check()
        assertEquals(EnrollStep.CONFIRM, again.state.value.step)
        again.connect()
        assertEquals(EnrollProblem.WAITING, again.state.value.problem)
    }

    @Test
    fun `enrollment codes that are not Wave's or are damaged say so`(@TempDir dir: Path) = runBlocking<Unit> {
        val (app, _) = newApp(dir.toFile())
        firstRun(app).connect()
        val enroll = (app.screen.value as Screen.Enroll).model
        enroll.codeChanged("hello")
        enroll.check()
        assertEquals(EnrollProblem.NOT_WAVE, enroll.state.value.problem)
        enroll.codeChanged("wave-enroll:1:garbage")
        enroll.check()
        assertEquals(EnrollProblem.DAMAGED, enroll.state.value.problem)
        assertEquals(EnrollStep.ENTRY, enroll.state.value.step)
    }

    @Test
    fun `quick exit locks, leaves, and back does not return`(@TempDir dir: Path) = runBlocking<Unit> {
        val (app, platform) = newApp(dir.toFile())
        firstRun(app).newRecord()
        walk(checklist(app), stopAt = "incident_date")
        app.quickExit()
        assertEquals(1, platform.left)
        assertFalse(app.vault.isUnlocked())
        assertTrue(app.screen.value is Screen.Unlock)
        assertFalse(app.back(), "back found a screen behind the unlock screen")
        assertTrue(app.screen.value is Screen.Unlock)
        // After quick exit the next unlock shows home, not the checklist that was open.
        val unlock = (app.screen.value as Screen.Unlock).model
        unlock.passphraseChanged(PASSPHRASE)
        unlock.open()
        assertTrue(app.screen.value is Screen.Home)
    }

    @Test
    fun `the vault locks after the background delay and on screen off`(@TempDir dir: Path) = runBlocking<Unit> {
        var now = 1_000_000L
        val (app, _) = newApp(dir.toFile(), clock = { now })
        firstRun(app).newRecord()
        walk(checklist(app), stopAt = "incident_date")
        app.onBackground()
        now += 30_000
        app.onForeground()
        assertTrue(app.vault.isUnlocked(), "locked before the delay")
        app.onBackground()
        now += 61_000
        app.onForeground()
        assertFalse(app.vault.isUnlocked())
        // A lock (not a quick exit) reopens the checklist that was open after unlock.
        val unlock = (app.screen.value as Screen.Unlock).model
        unlock.passphraseChanged(PASSPHRASE)
        unlock.open()
        val reopened = checklist(app).view.value as ChecklistView.Asking
        assertEquals("incident_date", reopened.question.id)
        // The platform's timer, while she stays away.
        app.onBackground()
        now += 30_000
        app.onBackgroundTimer()
        assertTrue(app.vault.isUnlocked(), "the timer locked before the delay")
        now += 31_000
        app.onBackgroundTimer()
        assertFalse(app.vault.isUnlocked())
        app.onForeground()
        (app.screen.value as Screen.Unlock).model.apply { passphraseChanged(PASSPHRASE) }.open()
        app.onScreenOff()
        assertFalse(app.vault.isUnlocked())
        assertTrue(app.screen.value is Screen.Unlock)
        app.prefs.lockDelayMs = 0
        (app.screen.value as Screen.Unlock).model.apply { passphraseChanged(PASSPHRASE) }.open()
        app.onBackground()
        assertFalse(app.vault.isUnlocked(), "a zero delay locks at once")
    }

    @Test
    fun `a capture in another app holds the background delay, and screen off still locks`(@TempDir dir: Path) = runBlocking<Unit> {
        var now = 1_000_000L
        val (app, platform) = newApp(dir.toFile(), clock = { now })
        val timers = mutableListOf<Long>()
        app.startLockTimer = { timers.add(it) }
        firstRun(app).newRecord()
        val model = checklist(app)
        walk(model, stopAtKind = ItemKind.ATTACHMENT)
        val media = Media.of((model.view.value as ChecklistView.Asking).question.media.first())!!
        fun unlock() = (app.screen.value as Screen.Unlock).model.apply { passphraseChanged(PASSPHRASE) }

        // She films for two minutes: the camera app is in front, Wave waits for its answer.
        var shutter = CompletableDeferred<Unit>()
        platform.camera = { app.awaitCapture { shutter.await() } }
        var filming = launch(start = CoroutineStart.UNDISPATCHED) { model.addAttachment(media) }
        assertTrue(app.capturePending)
        app.onBackground()
        now += 120_000
        app.onBackgroundTimer()
        assertEquals(emptyList<Long>(), timers, "the background timer started under the camera")
        app.onForeground()
        shutter.complete(Unit)
        filming.join()
        assertFalse(app.capturePending)
        assertTrue(app.vault.isUnlocked(), "locked under the camera")
        assertEquals(1, (model.view.value as ChecklistView.Asking).attachments.size, "what she filmed was lost")

        // "Lock immediately" waits for the camera too.
        app.prefs.lockDelayMs = 0
        shutter = CompletableDeferred()
        filming = launch(start = CoroutineStart.UNDISPATCHED) { model.addAttachment(media) }
        app.onBackground()
        app.onForeground()
        shutter.complete(Unit)
        filming.join()
        assertTrue(app.vault.isUnlocked(), "a zero delay locked under the camera")
        assertEquals(2, (model.view.value as ChecklistView.Asking).attachments.size)
        app.prefs.lockDelayMs = DEFAULT_LOCK_DELAY_MS

        // Screen off under the camera locks at once, and the capture is deleted, not stored.
        shutter = CompletableDeferred()
        filming = launch(start = CoroutineStart.UNDISPATCHED) { model.addAttachment(media) }
        app.onBackground()
        app.onScreenOff()
        assertFalse(app.vault.isUnlocked())
        app.onForeground()
        shutter.complete(Unit)
        filming.join()
        assertFalse(app.capturePending)
        assertTrue(platform.captured.none { File(it).exists() }, "a capture stayed on disk")
        assertEquals(emptyList<Long>(), timers)

        // A wait that ends while Wave is still away (its activity destroyed under the camera):
        // the delay starts then.
        unlock().open()
        shutter = CompletableDeferred()
        val cancelled = launch(start = CoroutineStart.UNDISPATCHED) { app.awaitCapture { shutter.await() } }
        app.onBackground()
        now += 120_000
        cancelled.cancel()
        cancelled.join()
        assertEquals(listOf(DEFAULT_LOCK_DELAY_MS), timers)
        app.onBackgroundTimer()
        assertTrue(app.vault.isUnlocked(), "locked before the delay after the capture ended")
        now += DEFAULT_LOCK_DELAY_MS
        app.onBackgroundTimer()
        assertFalse(app.vault.isUnlocked())

        // Without a capture, as before: leaving starts the timer and the delay locks.
        app.onForeground()
        unlock().open()
        timers.clear()
        app.onBackground()
        assertEquals(listOf(DEFAULT_LOCK_DELAY_MS), timers)
        now += DEFAULT_LOCK_DELAY_MS
        app.onBackgroundTimer()
        assertFalse(app.vault.isUnlocked())
    }

    @Test
    fun `the capture folder is emptied at start, on every lock and on a wipe`(@TempDir dir: Path) = runBlocking<Unit> {
        val captures = File(dir.toFile(), "capture").apply { mkdirs() }
        fun leave(name: String) = File(captures, name).writeBytes(ByteArray(64) { 1 })
        fun left() = captures.list()!!.sorted()

        // The sweep itself: everything inside goes, the folder and what lies beside it stay.
        val beside = File(dir.toFile(), "beside.txt").apply { writeText("kept") }
        leave("a.jpg")
        File(captures, "nested").mkdirs()
        File(captures, "nested/b.mp4").writeBytes(ByteArray(8))
        sweepCaptures(captures)
        assertEquals(emptyList<String>(), left())
        assertTrue(captures.isDirectory && beside.exists())

        // Left by a process killed under the camera app: gone when the app starts.
        leave("before-start.jpg")
        val (app, _) = newApp(dir.toFile())
        assertEquals(emptyList<String>(), left())
        firstRun(app)
        suspend fun unlock() = (app.screen.value as Screen.Unlock).model.apply { passphraseChanged(PASSPHRASE) }.open()

        leave("orphan.mp4")
        app.lock()
        assertEquals(emptyList<String>(), left(), "a lock left a capture")
        unlock()
        leave("orphan.m4a")
        app.onScreenOff()
        assertEquals(emptyList<String>(), left(), "screen off left a capture")
        unlock()
        leave("orphan.bin")
        app.quickExit()
        assertEquals(emptyList<String>(), left(), "quick exit left a capture")
        unlock()
        assertTrue(app.screen.value is Screen.Home, "the sweep touched the vault")

        home(app).settings()
        val settings = (app.screen.value as Screen.Settings).model
        leave("orphan.jpg")
        settings.askPanic()
        settings.panicWipe()
        assertEquals(emptyList<String>(), left(), "a panic wipe left a capture")
    }

    @Test
    fun `every lock stops reading aloud`(@TempDir dir: Path) = runBlocking<Unit> {
        var now = 1_000_000L
        val (app, platform) = newApp(dir.toFile(), clock = { now })
        firstRun(app).newRecord()
        fun unlock() = (app.screen.value as Screen.Unlock).model.apply { passphraseChanged(PASSPHRASE) }
        checklist(app).readAloud()
        assertEquals(1, platform.spoken.size)
        assertEquals(0, platform.speechStops)
        app.lock()
        assertEquals(1, platform.speechStops, "a lock kept reading the question")
        unlock().open()
        app.onScreenOff()
        assertEquals(2, platform.speechStops, "screen off kept reading")
        unlock().open()
        app.onBackground()
        now += DEFAULT_LOCK_DELAY_MS
        app.onBackgroundTimer()
        assertEquals(3, platform.speechStops, "the background delay kept reading")
        app.onForeground()
        unlock().open()
        app.quickExit()
        assertEquals(4, platform.speechStops, "quick exit kept reading")
    }

    @Test
    fun `a repeated entry is removed after one confirmation`(@TempDir dir: Path) = runBlocking<Unit> {
        val (app, _) = newApp(dir.toFile(), language = "ru")
        firstRun(app).newRecord()
        val model = checklist(app)
        walk(model, stopAt = "officers")
        model.repeat(true)
        walk(model, stopAt = "officers")
        val header = (model.view.value as ChecklistView.Asking).question
        assertEquals(1u, header.repeat!!.count)
        model.askRemove(0)
        assertEquals(0, (model.view.value as ChecklistView.Asking).confirmRemove)
        model.confirmRemove()
        val after = (model.view.value as ChecklistView.Asking).question
        assertEquals("officers", after.id)
        assertEquals(0u, after.repeat!!.count)
    }

    @Test
    fun `an attachment is streamed in, its temporary file deleted, and removed after one confirmation`(@TempDir dir: Path) = runBlocking<Unit> {
        val (app, platform) = newApp(dir.toFile())
        firstRun(app).newRecord()
        val model = checklist(app)
        walk(model, stopAtKind = org.wave.core.ItemKind.ATTACHMENT)
        val question = (model.view.value as ChecklistView.Asking).question
        val media = org.wave.ui.model.Media.of(question.media.first())!!
        model.addAttachment(media)
        val added = (model.view.value as ChecklistView.Asking).attachments.single()
        assertEquals(4096uL, added.size)
        assertFalse(File(platform.captured.single()).exists(), "the temporary capture is still on disk")
        model.removeAttachment(added.id)
        assertEquals(1, app.vault.listAttachments(model.caseId!!).size, "removed without the confirmation")
        model.askRemoveAttachment(added.id)
        model.removeAttachment(added.id)
        val after = model.view.value as ChecklistView.Asking
        assertEquals(emptyList<Any>(), after.attachments)
        assertEquals(emptyList<String>(), after.draft.attachments)
        assertEquals(emptyList<Any>(), app.vault.listAttachments(model.caseId!!))
    }
}
