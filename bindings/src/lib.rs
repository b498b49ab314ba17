//! Wave's mobile bindings: the core (`wave-core`) exposed through UniFFI proc-macros to Kotlin,
//! Swift and Python. This crate only adapts types and errors; every decision about cases, forms,
//! crypto and sync stays in the core.
//!
//! Every exported call runs inside [`guard`] (or, for slow calls, on the blocking pool through
//! [`blocking`]), so a panic in the core comes back as [`WaveError::Internal`] instead of aborting
//! the app.

mod cases;
mod error;
mod handoff;
mod keystore;
mod session;
mod strength;
mod sync;
mod vault;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Mutex, MutexGuard, OnceLock};

pub use cases::{AttachmentRecord, CaseStatus, CaseSummaryRecord};
pub use error::{WaveError, WaveResult};
pub use keystore::PlatformKeystore;
pub use session::{
    AnswerOutcome, ChoiceRecord, FinishOutcome, GuidedSession, ItemKind, ProblemRecord,
    ProgressRecord, QuestionRecord, RepeatRecord, ReviewItemRecord, ReviewSectionRecord,
};
pub use strength::{PassphraseStrength, passphrase_strength};
pub use sync::{
    CaseSyncRecord, CaseSyncState, StaffIdentityRecord, SyncObserver, SyncReportRecord,
    SyncSettings, SyncStatusRecord, encode_enrollment_string, generate_staff_identity,
};
pub use vault::{KdfStrength, WaveVault};

uniffi::setup_scaffolding!();

/// Runs `call`, turning a panic into [`WaveError::Internal`].
pub(crate) fn guard<T>(call: impl FnOnce() -> WaveResult<T>) -> WaveResult<T> {
    catch_unwind(AssertUnwindSafe(call))
        .unwrap_or_else(|payload| Err(WaveError::from_panic(payload)))
}

/// The runtime the slow calls (Argon2id, sync) run on. Its own, rather than whatever runtime the
/// caller's future is polled on, so the network always has a multi-threaded runtime with I/O.
fn runtime() -> WaveResult<&'static tokio::runtime::Runtime> {
    static RUNTIME: OnceLock<Result<tokio::runtime::Runtime, String>> = OnceLock::new();
    RUNTIME
        .get_or_init(|| {
            tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .thread_name("wave-core")
                .enable_all()
                .build()
                .map_err(|error| error.to_string())
        })
        .as_ref()
        .map_err(|reason| WaveError::Internal {
            message: format!("cannot start the background runtime: {reason}"),
        })
}

/// Runs slow, blocking work (key derivation, the database, sync) off the caller's thread, so an
/// app's main thread never waits on it. A panic in it comes back as [`WaveError::Internal`].
/// The result reaches the app only once the pool thread is out of the app's callback
/// ([`handoff`] says why: otherwise an app that exits right away can crash).
pub(crate) async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> WaveResult<T> + Send + 'static,
) -> WaveResult<T> {
    match handoff::HandedOff::new(runtime()?.spawn_blocking(work)).await {
        Ok(result) => result,
        Err(error) if error.is_panic() => Err(WaveError::from_panic(error.into_panic())),
        Err(error) => Err(WaveError::Internal {
            message: format!("background work was cancelled: {error}"),
        }),
    }
}

/// Runs a future of the core (sync) to completion from inside [`blocking`] work.
pub(crate) fn block_on<F: std::future::Future>(future: F) -> WaveResult<F::Output> {
    Ok(runtime()?.handle().block_on(future))
}

/// Locks `mutex` even if an earlier call panicked while holding it: every write of the core is
/// one SQLite transaction or a synced file write, so a panic leaves nothing half-done to guard.
pub(crate) fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The languages the built-in checklist is written in (e.g. `["en", "ru", "uk", "ro"]`).
#[uniffi::export]
pub fn checklist_languages() -> WaveResult<Vec<String>> {
    guard(|| Ok(session::checklist()?.languages().to_vec()))
}
