// The guided session's refusals and navigation as a Kotlin shell meets them: an invalid answer
// gets a message in the session's language and changes nothing; malformed input, unknown
// sections and a locked vault are WaveExceptions; a stop stores nothing; drafts resume.
package org.wave.core.tests

import java.nio.file.Path
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import org.wave.core.AnswerOutcome
import org.wave.core.CaseStatus
import org.wave.core.FinishOutcome
import org.wave.core.GuidedSession
import org.wave.core.ItemKind
import org.wave.core.WaveException

class SessionTest {
    @TempDir
    lateinit var dir: Path

    private val path get() = dir.resolve("vault").toString()

    /** Answers until the question `id` is current (a case exists by then). */
    private fun answerUntil(session: GuidedSession, id: String) {
        val repeats = mutableSetOf<String>()
        while (true) {
            val question = session.current() ?: error("never reached $id")
            if (question.id == id) return
            val outcome = session.answer(Json.write(autoAnswer(question, repeats)))
            assertTrue(outcome is AnswerOutcome.Next, "${question.id}: $outcome")
        }
    }

    @Test
    fun `an invalid answer gets a localized message and changes nothing`() {
        val vault = newVault(path)
        val ru = vault.startSession("ru")
        val first = ru.current()!!
        assertEquals("safe_now", first.id)
        assertEquals(ItemKind.SINGLE, first.kind)
        val refusedRu = ru.answer(Json.write("no such choice"))
        assertTrue(refusedRu is AnswerOutcome.Invalid, "$refusedRu")
        val messageRu = (refusedRu as AnswerOutcome.Invalid).message
        assertTrue(hasCyrillic(messageRu), messageRu)
        assertEquals("safe_now", ru.current()!!.id)
        assertEquals(emptyList<Any>(), vault.listCases())

        val en = vault.startSession("en")
        val messageEn = (en.answer(Json.write("no such choice")) as AnswerOutcome.Invalid).message
        assertTrue(messageEn.isNotBlank())
        assertNotEquals(messageRu, messageEn)

        // Past the safety questions a case exists; a refused answer leaves it as it was.
        answerUntil(ru, "incident_date")
        val caseId = ru.caseId()!!
        val before = vault.getCaseJson(caseId)
        val progress = ru.progress()
        val refused = ru.answer(Json.write(mapOf("value" to "14 марта", "precision" to "exact")))
        assertTrue(refused is AnswerOutcome.Invalid && hasCyrillic(refused.message), "$refused")
        assertEquals("incident_date", ru.current()!!.id)
        assertEquals(progress, ru.progress())
        assertEquals(before, vault.getCaseJson(caseId))
    }

    @Test
    fun `malformed input, unknown sections and a locked vault are exceptions`() {
        val vault = newVault(path)
        val session = vault.startSession("ru")
        assertThrows<WaveException.InvalidInput> { session.answer("{not json") }
        assertThrows<WaveException.InvalidInput> { session.jump("no_such_section") }
        assertThrows<WaveException.InvalidInput> { vault.getCaseJson("not-an-id") }
        assertEquals("safe_now", session.current()!!.id)
        vault.lock()
        assertThrows<WaveException.VaultLocked> { session.answer(Json.write("safe")) }
        assertThrows<WaveException.VaultLocked> { vault.startSession("ru") }
    }

    @Test
    fun `not safe stops the record and stores nothing`() {
        val vault = newVault(path)
        val session = vault.startSession("uk")
        val outcome = session.answer(Json.write("not_safe"))
        assertTrue(outcome is AnswerOutcome.Stopped, "$outcome")
        outcome as AnswerOutcome.Stopped
        assertTrue(!outcome.stored && outcome.message.isNotBlank())
        assertEquals(outcome.message, session.stopMessage())
        assertNull(session.current())
        assertNull(session.caseId())
        assertEquals(emptyList<Any>(), vault.listCases())
    }

    @Test
    fun `a draft resumes, goes back, is reviewed, and cannot finish incomplete`() {
        val vault = newVault(path)
        val session = vault.startSession("en")
        answerUntil(session, "incident_date")
        val caseId = session.caseId()!!
        assertTrue(session.progress().answered >= 6u, "${session.progress()}")
        val back = session.back()
        assertNotNull(back)
        assertNotNull(back!!.answerJson)
        assertNotNull(back.shownAnswer)
        assertTrue(session.review().first().items.isNotEmpty())
        session.setLanguage("ru")
        assertEquals("ru", session.language())
        assertTrue(hasCyrillic(session.current()!!.label))

        val resumed = vault.resumeSession(caseId, "en")
        assertTrue(resumed.current()!!.id in listOf(back.id, "incident_date"))
        assertEquals(CaseStatus.DRAFT, vault.listCases().single().status)
        val problems = resumed.finish()
        assertTrue(problems is FinishOutcome.Problems && problems.problems.isNotEmpty(), "$problems")
        assertEquals(CaseStatus.DRAFT, vault.listCases().single().status)
    }
}
