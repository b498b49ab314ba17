//! The home screen's state holder: the records in four groups named so nobody confuses saved
//! with sent, the sync line (calm in every state), and "Send now".
package org.wave.ui.model

import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.withContext
import org.wave.core.CaseStatus
import org.wave.core.CaseSummaryRecord
import org.wave.core.CaseSyncState
import org.wave.core.WaveException

enum class Group { DRAFTS, WAITING, SENT, REJECTED }

data class HomeRecord(
    val id: String,
    val title: String,
    val updatedAtMs: Long,
    val group: Group,
    /** The server's reason, for a refused record. */
    val reason: String? = null,
)

/** The sync line's states; none of them is an error to her. */
enum class SyncLine { SENT_ALL, NOTHING_YET, WAITING, NOT_ENROLLED, KEY_MISMATCH }

data class HomeState(
    val loaded: Boolean = false,
    val records: List<HomeRecord> = emptyList(),
    val enrolled: Boolean = false,
    val pending: Long = 0,
    val line: SyncLine = SyncLine.NOT_ENROLLED,
    val lastSuccessAtMs: Long? = null,
    val sending: Boolean = false,
    val failed: Boolean = false,
) {
    fun group(group: Group) = records.filter { it.group == group }
    val empty: Boolean get() = loaded && records.isEmpty()
    val canSend: Boolean get() = enrolled && pending > 0 && !sending
    val shouldSyncOnOpen: Boolean get() = enrolled && pending > 0
}

class HomeModel(private val app: WaveApp) {
    private val _state = MutableStateFlow(HomeState())
    val state: StateFlow<HomeState> = _state.asStateFlow()

    @Volatile private var stale = false

    /** Marks the lists for reloading (the screen reloads when it is shown). */
    fun refreshLater() {
        stale = true
    }

    fun needsRefresh(): Boolean = stale || !_state.value.loaded

    suspend fun refresh() {
        stale = false
        val next = withContext(app.io) {
            try {
                val cases = app.vault.listCases()
                val states = app.vault.caseSyncStates(app.language).associate { it.caseId to it.state }
                val status = app.vault.syncStatus()
                val records = cases.sortedByDescending { it.updatedAtMs }.map { record(it, states[it.id]) }
                val line = when {
                    !status.enrolled -> SyncLine.NOT_ENROLLED
                    app.lastSync != null -> app.lastSync!!
                    status.pending > 0uL && status.lastError != null -> SyncLine.WAITING
                    status.lastSuccessAtMs != null && status.pending == 0uL -> SyncLine.SENT_ALL
                    status.pending > 0uL -> SyncLine.WAITING
                    else -> SyncLine.NOTHING_YET
                }
                HomeState(
                    loaded = true,
                    records = records,
                    enrolled = status.enrolled,
                    pending = status.pending.toLong(),
                    line = line,
                    lastSuccessAtMs = status.lastSuccessAtMs,
                )
            } catch (e: WaveException) {
                HomeState(loaded = true, failed = true)
            }
        }
        _state.value = next
    }

    fun hasDraft(caseId: String) = _state.value.records.any { it.id == caseId && it.group == Group.DRAFTS }

    private fun record(case: CaseSummaryRecord, sync: CaseSyncState?): HomeRecord {
        val group = when {
            case.status == CaseStatus.DRAFT -> Group.DRAFTS
            sync is CaseSyncState.Sent -> Group.SENT
            sync is CaseSyncState.Rejected -> Group.REJECTED
            else -> Group.WAITING
        }
        return HomeRecord(
            id = case.id,
            title = case.title,
            updatedAtMs = case.updatedAtMs,
            group = group,
            reason = (sync as? CaseSyncState.Rejected)?.reason,
        )
    }

    suspend fun newRecord() = app.openChecklist(null)

    suspend fun open(record: HomeRecord) {
        when (record.group) {
            Group.DRAFTS -> app.openChecklist(record.id)
            Group.REJECTED -> correct(record)
            Group.WAITING, Group.SENT -> Unit
        }
    }

    /** "Correct and send again": the refused version becomes a draft and opens. */
    suspend fun correct(record: HomeRecord) {
        val ok = withContext(app.io) { runCatching { app.vault.amendCase(record.id) }.isSuccess }
        if (ok) app.openChecklist(record.id) else _state.value = _state.value.copy(failed = true)
    }

    suspend fun sendNow() {
        if (!_state.value.canSend) return
        _state.value = _state.value.copy(sending = true)
        app.runSync()
        refresh()
    }

    fun connect() = app.openEnroll()

    fun settings() = app.openSettings()
}
