// The whole flow a Kotlin shell drives, against a real wave-server on loopback: vault with a
// duress passphrase, the checklist in Russian with its follow-ups and repeated entries, sync with
// an observer written in Kotlin, then the duress unlock. Also what a shell sees when the server
// is down, and that an observer that throws cannot stop the cases from going out.
package org.wave.core.tests

import java.nio.file.Path
import java.util.Collections
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import org.wave.core.CaseStatus
import org.wave.core.CaseSyncRecord
import org.wave.core.CaseSyncState
import org.wave.core.SyncObserver
import org.wave.core.SyncSettings
import org.wave.core.WaveException
import org.wave.core.encodeEnrollmentString

/** Remembers everything a sync told it; called from the library's background thread. */
class RecordingObserver : SyncObserver {
    val progress: MutableList<Pair<ULong, ULong>> = Collections.synchronizedList(mutableListOf())
    val states: MutableMap<String, CaseSyncState> = Collections.synchronizedMap(mutableMapOf())

    override fun progress(done: ULong, total: ULong) {
        progress.add(done to total)
    }

    override fun caseState(caseId: String, state: CaseSyncState) {
        states[caseId] = state
    }
}

class SyncFlowTest : WithServer() {
    // One try per request and a short timeout, so a dead server fails fast.
    private val quick = SyncSettings(maxAttempts = 1u, timeoutMs = 5000u)

    @Test
    fun `record in Russian, sync, then the duress passphrase opens an empty vault`(@TempDir dir: Path) = runBlocking<Unit> {
        val vault = newVault(dir.resolve("vault").toString())
        vault.setDuressPassphrase(DURESS)
        val recorded = recordChecklist(vault, "ru")

        // The checklist spoke Russian.
        val labels = recorded.questions.map { it.label }
        assertTrue(labels.all(::hasCyrillic), "not all in Russian: ${labels.filterNot(::hasCyrillic)}")
        // The chosen kinds of violence opened their follow-up sections, and only those.
        assertTrue(recorded.sections.containsAll(listOf("consent", "threats", "physical_violence", "detention")), "${recorded.sections}")
        assertFalse(recorded.sections.any { it in listOf("sexual_violence", "medical_denial", "extortion") }, "${recorded.sections}")
        val ids = recorded.questions.map { it.id }
        // Consent follow-ups, and one entry of each repeated group.
        assertTrue(ids.containsAll(listOf("real_name", "recontact_channel", "officer_role", "witness_code_name")), "$ids")
        val officer = recorded.questions.first { it.id == "officer_role" }.repeat
        assertNotNull(officer)
        assertEquals("officers", officer!!.repeatId)
        assertEquals(0u, officer.instance)
        assertTrue(hasCyrillic(officer.entryLabel), officer.entryLabel)

        val cases = vault.listCases()
        assertEquals(listOf(recorded.caseId), cases.map { it.id })
        assertEquals(CaseStatus.FINALIZED, cases[0].status)
        val case = Json.read(vault.getCaseJson(recorded.caseId)) as Map<*, *>
        val answers = case["answers"] as Map<*, *>
        assertEquals("Ромашка", answers["code_name"])
        assertEquals(VIOLATIONS, answers["violations"])
        assertEquals(1, (answers["officers"] as List<*>).size)
        assertEquals(1, (answers["witnesses"] as List<*>).size)
        assertEquals(1, (case["versions"] as List<*>).size)
        assertEquals(listOf(CaseSyncRecord(recorded.caseId, CaseSyncState.NotEnrolled)), vault.caseSyncStates("en"))

        val deviceId = vault.enroll(server.enrollmentString(), "kotlin test", null)
        assertTrue(deviceId.isNotBlank())
        assertEquals(1uL, vault.syncStatus().pending)
        assertEquals(listOf(CaseSyncRecord(recorded.caseId, CaseSyncState.Pending)), vault.caseSyncStates("en"))

        val observer = RecordingObserver()
        val report = vault.syncNow(observer, null)
        assertNull(report.error, report.error)
        assertEquals(Triple(1uL, 0uL, 0uL), Triple(report.sent, report.pending, report.failed))
        assertEquals(CaseSyncState.Sent, observer.states[recorded.caseId])
        assertTrue(observer.progress.isNotEmpty(), "no progress reported")
        assertEquals(1uL to 1uL, observer.progress.last())
        val status = vault.syncStatus()
        assertTrue(status.enrolled)
        assertEquals(server.url, status.server?.trimEnd('/'))
        assertEquals(Triple(1uL, 0uL, 0uL), Triple(status.sent, status.pending, status.rejected))
        // A version 1 enrollment string: the enrollment's recipients, no set to check.
        assertEquals(0uL, status.recipientSetVersion)
        assertEquals(null, status.recipientSetProblem)
        assertNotNull(status.lastSuccessAtMs)
        assertNull(status.lastError)
        assertEquals(listOf(CaseSyncRecord(recorded.caseId, CaseSyncState.Sent)), vault.caseSyncStates("en"))

        vault.lock()
        assertThrows<WaveException.VaultLocked> { vault.listCases() }
        vault.unlock(DURESS)
        assertEquals(emptyList<Any>(), vault.listCases())
        assertFalse(vault.syncStatus().enrolled)
        vault.lock()
        // The duress unlock destroyed the real passphrase's slot too.
        assertThrows<WaveException.WrongPassphrase> { runBlocking { vault.unlock(PASSPHRASE) } }
    }

    @Test
    fun `server down is a network error and the case stays pending`(@TempDir dir: Path) = runBlocking<Unit> {
        val vault = newVault(dir.resolve("vault").toString())
        val recorded = recordChecklist(vault, "ru")
        assertThrows<WaveException.InvalidState> { runBlocking { vault.syncNow(null, quick) } }
        assertThrows<WaveException.InvalidInput> { runBlocking { vault.enroll("wave-enroll:9:x", null, quick) } }
        // Port 9 (discard) has nothing listening on loopback.
        val dead = encodeEnrollmentString("http://127.0.0.1:9", "code", listOf(server.staff.recipient))
        val refused = assertThrows<WaveException.NetworkUnavailable> { runBlocking { vault.enroll(dead, null, quick) } }
        assertTrue(refused.detail.isNotBlank())
        assertFalse(vault.syncStatus().enrolled)

        // Enrolled with a server that then goes away.
        val doomed = WaveServer()
        vault.enroll(doomed.enrollmentString(), null, quick)
        doomed.close()
        val observer = RecordingObserver()
        val report = vault.syncNow(observer, quick)
        assertNotNull(report.error, "a sync to a stopped server reported no error")
        assertEquals("network", report.errorKind, report.error)
        assertEquals(Pair(0uL, 1uL), Pair(report.sent, report.pending))
        val status = vault.syncStatus()
        assertEquals(Pair(1uL, 0uL), Pair(status.pending, status.sent))
        assertNull(status.lastSuccessAtMs)
        assertNotNull(status.lastAttemptAtMs)
        assertNotNull(status.lastError)
        assertEquals("network", status.lastErrorKind, status.lastError)
        assertEquals(listOf(CaseSyncRecord(recorded.caseId, CaseSyncState.Pending)), vault.caseSyncStates("en"))
        assertTrue(observer.states.values.none { it == CaseSyncState.Sent })
    }

    @Test
    fun `an observer that throws does not stop the sync`(@TempDir dir: Path) = runBlocking<Unit> {
        val vault = newVault(dir.resolve("vault").toString())
        val recorded = recordChecklist(vault, "en")
        vault.enroll(server.enrollmentString(), null, quick)
        val calls = Collections.synchronizedList(mutableListOf<String>())
        val throwing = object : SyncObserver {
            override fun progress(done: ULong, total: ULong) {
                calls.add("progress")
                throw IllegalStateException("the progress bar is gone")
            }

            override fun caseState(caseId: String, state: CaseSyncState) {
                calls.add("caseState")
                throw WaveException.Internal("the badge is gone")
            }
        }
        val report = vault.syncNow(throwing, quick)
        assertNull(report.error, report.error)
        assertEquals(1uL, report.sent)
        assertTrue(calls.containsAll(listOf("progress", "caseState")), "$calls")
        assertEquals(listOf(CaseSyncRecord(recorded.caseId, CaseSyncState.Sent)), vault.caseSyncStates("en"))
    }
}

