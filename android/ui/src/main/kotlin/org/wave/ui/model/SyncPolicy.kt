//! The background sync's decisions as plain functions, so the Android worker's logic is tested
//! on the JVM: whether to run at all, and what a finished or failed run means for the schedule.
package org.wave.ui.model

/** What the vault allows a background run to see. */
data class SyncInputs(
    val unlocked: Boolean,
    val enrolled: Boolean,
    val pending: Long,
    /** The last attempt failed because the server's key matched no pin. */
    val keyMismatch: Boolean,
)

enum class SyncDecision {
    /** Send now. */
    RUN,

    /** The vault is locked: sending needs the device key and outbox inside it. The next
     *  unlock syncs; the worker reports success so WorkManager does not back off meanwhile. */
    SKIP_LOCKED,

    /** Not connected to an organisation yet. */
    SKIP_NOT_ENROLLED,

    /** Nothing waits. */
    SKIP_NOTHING_WAITS,

    /** The server's key did not match: waiting does not fix it, so only she can retry. */
    SKIP_KEY_MISMATCH,
}

fun decideSync(inputs: SyncInputs): SyncDecision = when {
    !inputs.unlocked -> SyncDecision.SKIP_LOCKED
    !inputs.enrolled -> SyncDecision.SKIP_NOT_ENROLLED
    inputs.keyMismatch -> SyncDecision.SKIP_KEY_MISMATCH
    inputs.pending == 0L -> SyncDecision.SKIP_NOTHING_WAITS
    else -> SyncDecision.RUN
}

/** How a run ended, in the terms WorkManager schedules by. */
enum class SyncRunResult {
    /** Done, or nothing to do: the periodic work carries on. */
    SUCCESS,

    /** The network or server was not there: try again with exponential backoff. */
    RETRY,

    /** Retrying cannot help (key mismatch, or the vault was locked mid-run). */
    STOP,
}

/** What the outcome of `sync_now` means. */
sealed interface SyncOutcome {
    data class Finished(val pending: Long, val error: String?) : SyncOutcome
    data object NetworkUnavailable : SyncOutcome
    data object KeyMismatch : SyncOutcome
    data object Locked : SyncOutcome
    data object Failed : SyncOutcome
}

fun afterSync(outcome: SyncOutcome): SyncRunResult = when (outcome) {
    // A report with an error stopped early (network gone); some cases still wait.
    is SyncOutcome.Finished -> if (outcome.error != null && outcome.pending > 0) SyncRunResult.RETRY else SyncRunResult.SUCCESS
    SyncOutcome.NetworkUnavailable -> SyncRunResult.RETRY
    SyncOutcome.KeyMismatch, SyncOutcome.Locked -> SyncRunResult.STOP
    SyncOutcome.Failed -> SyncRunResult.RETRY
}
