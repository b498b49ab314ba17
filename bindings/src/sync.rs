//! Sync with the NGO's server: enroll with a one-time `wave-enroll:1:…` string, send every
//! finalized case, and show where each case stands. A shell's observer hears about progress and
//! per-case changes while a sync runs; a failing observer never stops a sync, and an observer may
//! call any vault method (no lock is held while it runs). The vault's lock is taken for short
//! local steps only, never while the server is asked; locking or wiping the vault stops a sync
//! at once.

use std::sync::Arc;
use std::time::Duration;

use wave_core::case::CaseId;
use wave_core::l10n::SOURCE_LANGUAGE;
use wave_core::store::Store;
use wave_core::sync::{
    CaseSyncState as CoreCaseSyncState, StaffIdentity, StoreAccess,
    SyncObserver as CoreSyncObserver, SyncOptions, enroll_with, sync_with,
};
use wave_protocol::EnrollmentInvite;

use crate::error::{WaveError, WaveResult};
use crate::vault::{Shared, Stop, WaveVault};
use crate::{block_on, blocking, guard, lock};
use wave_core::sync;

/// Where one case stands with the server.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum CaseSyncState {
    /// Still being written: nothing to send.
    Draft,
    /// Finalized, but this device is not enrolled yet.
    NotEnrolled,
    /// Waiting for the server.
    Pending,
    /// Every version acknowledged by the server.
    Sent,
    /// The server refused a version, for this reason, in words (in the language asked for by
    /// [`WaveVault::case_sync_states`]; English from [`SyncObserver::case_state`]). What the
    /// server itself said is quoted as it sent it.
    Rejected { reason: String },
}

impl CaseSyncState {
    fn from_core(state: &CoreCaseSyncState, language: &str) -> Self {
        match state {
            CoreCaseSyncState::Draft => CaseSyncState::Draft,
            CoreCaseSyncState::NotEnrolled => CaseSyncState::NotEnrolled,
            CoreCaseSyncState::Pending => CaseSyncState::Pending,
            CoreCaseSyncState::Sent => CaseSyncState::Sent,
            CoreCaseSyncState::Rejected(reason) => CaseSyncState::Rejected {
                reason: reason.message(language),
            },
        }
    }
}

/// A case and its sync state.
#[derive(Debug, Clone, uniffi::Record)]
pub struct CaseSyncRecord {
    pub case_id: String,
    pub state: CaseSyncState,
}

/// Sync at a glance. Times are milliseconds since the Unix epoch, UTC.
#[derive(Debug, Clone, uniffi::Record)]
pub struct SyncStatusRecord {
    pub enrolled: bool,
    pub server: Option<String>,
    /// Case versions waiting for the server.
    pub pending: u64,
    /// Acknowledged by the server.
    pub sent: u64,
    /// Refused by the server for good.
    pub rejected: u64,
    pub last_attempt_at_ms: Option<i64>,
    pub last_success_at_ms: Option<i64>,
    /// Why the last sync stopped, in words.
    pub last_error: Option<String>,
    /// The version of the NGO recipient set new cases are sealed to; 0 for the enrollment
    /// string's recipients (always so for a version 1 enrollment string).
    #[uniffi(default)]
    pub recipient_set_version: u64,
    /// Why the last sync did not take the recipient set the server offered (a bad signature, a
    /// replayed version); cases keep going to the set in use.
    #[uniffi(default)]
    pub recipient_set_problem: Option<String>,
    /// A stable code for why the last sync stopped (`network`, `refused`, `too_large`,
    /// `pin_mismatch`, `attachments_unsendable`, `recipient_set_unchecked`, `sealing_deferred`,
    /// `earlier`), for a shell that chooses its own words; `None` when `last_error` is.
    #[uniffi(default)]
    pub last_error_kind: Option<String>,
}

/// What one sync run did.
#[derive(Debug, Clone, uniffi::Record)]
pub struct SyncReportRecord {
    /// Acknowledged by the server in this run.
    pub sent: u64,
    /// Of those, how many the server already had.
    pub duplicates: u64,
    /// Refused for good in this run.
    pub failed: u64,
    /// Still waiting after this run.
    pub pending: u64,
    pub attachments_uploaded: u64,
    /// Why the run stopped early (e.g. no network); `None` when it got through. Nothing is lost:
    /// the next sync continues.
    pub error: Option<String>,
    /// The version of the NGO recipient set in use after this run (0: the enrollment's).
    #[uniffi(default)]
    pub recipient_set_version: u64,
    /// Why the recipient set the server offered was not taken, if it was not.
    #[uniffi(default)]
    pub recipient_set_problem: Option<String>,
    /// Case versions sealed again because a recipient they were sealed to was removed.
    #[uniffi(default)]
    pub resealed: u64,
    /// A stable code for why the run stopped early, like
    /// [`SyncStatusRecord::last_error_kind`]; `None` when `error` is.
    #[uniffi(default)]
    pub error_kind: Option<String>,
}

/// How hard a sync tries before giving up until next time. `None` where it is asked for means the
/// defaults (8 tries per request, backing off up to 30 s; 30 s per request), right for a sync the
/// person started; a background job may want fewer tries.
#[derive(Debug, Clone, Copy, uniffi::Record)]
pub struct SyncSettings {
    /// Tries per request (at least 1).
    pub max_attempts: u32,
    /// Time allowed for one request, in milliseconds.
    pub timeout_ms: u32,
}

fn options(settings: Option<SyncSettings>) -> SyncOptions {
    let mut options = SyncOptions::default();
    if let Some(settings) = settings {
        options.max_attempts = settings.max_attempts.max(1);
        options.timeout = Duration::from_millis(u64::from(settings.timeout_ms.max(1)));
    }
    options
}

/// Told about a running sync (a progress bar, per-case badges). Called from a background thread.
#[uniffi::export(with_foreign)]
pub trait SyncObserver: Send + Sync {
    /// `done` of `total` case versions handled so far in this run.
    fn progress(&self, done: u64, total: u64) -> WaveResult<()>;
    /// A case's state changed. A refusal's reason is in English here, for a log or a badge; a
    /// screen shows the one [`WaveVault::case_sync_states`] gives in its own language.
    fn case_state(&self, case_id: String, state: CaseSyncState) -> WaveResult<()>;
}

/// Passes the core's notifications on to the shell's observer.
struct Observer(Option<Arc<dyn SyncObserver>>);

impl CoreSyncObserver for Observer {
    fn progress(&self, done: u64, total: u64) {
        if let Some(observer) = &self.0 {
            // A progress bar that fails must not stop the cases from going out.
            let _ = observer.progress(done, total);
        }
    }

    fn case_state(&self, case_id: CaseId, state: &CoreCaseSyncState) {
        if let Some(observer) = &self.0 {
            let state = CaseSyncState::from_core(state, SOURCE_LANGUAGE);
            let _ = observer.case_state(case_id.to_string(), state);
        }
    }
}

/// The unlocked vault's store, lent to a sync or an enrollment one step at a time.
struct SharedAccess {
    shared: Shared,
    stop: Stop,
}

impl StoreAccess for SharedAccess {
    fn with_store<T>(
        &self,
        step: impl FnOnce(&mut Store) -> wave_core::Result<T>,
    ) -> wave_core::Result<T> {
        let mut slot = lock(&self.shared);
        // Checked under the vault's lock, which lock() and wipe() take only after setting the
        // signal: once either has begun, no further step runs, even on a vault unlocked again.
        if self.stop.is_set() {
            return Err(wave_core::Error::Locked);
        }
        let unlocked = slot.as_mut().ok_or(wave_core::Error::Locked)?;
        step(unlocked.store())
    }
}

impl WaveVault {
    /// Runs `work` (a sync or an enrollment) on a blocking-pool thread with the vault's store lent
    /// step by step; when the vault is locked or wiped, `work` is dropped at its next await (the
    /// request in flight with it) and the call fails with [`WaveError::VaultLocked`].
    async fn in_background<T: Send + 'static>(
        &self,
        work: impl AsyncFnOnce(&SharedAccess) -> WaveResult<T> + Send + 'static,
    ) -> WaveResult<T> {
        let access = SharedAccess {
            shared: self.unlocked.clone(),
            stop: self.stop_signal(),
        };
        let turn = Arc::clone(&self.turn);
        blocking(move || {
            block_on(async {
                tokio::select! {
                    biased;
                    () = access.stop.wait() => Err(WaveError::VaultLocked),
                    result = async {
                        let _turn = turn.lock().await;
                        work(&access).await
                    } => result,
                }
            })?
        })
        .await
    }
}

/// A new NGO key pair, for staff tools and tests: `recipient` (`age1…`) goes into enrollment
/// strings; `identity` is the secret key that decrypts cases and must never reach a phone.
#[derive(Clone, uniffi::Record)]
pub struct StaffIdentityRecord {
    pub recipient: String,
    pub identity: String,
}

impl std::fmt::Debug for StaffIdentityRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StaffIdentityRecord")
            .field("recipient", &self.recipient)
            .finish_non_exhaustive()
    }
}

/// Makes a new NGO key pair (see [`StaffIdentityRecord`]).
#[uniffi::export]
pub fn generate_staff_identity() -> WaveResult<StaffIdentityRecord> {
    guard(|| {
        let identity = StaffIdentity::generate();
        Ok(StaffIdentityRecord {
            recipient: identity.recipient(),
            identity: identity.to_file_text().to_string(),
        })
    })
}

/// Builds a `wave-enroll:1:…` string from a server URL, a one-time code and the NGO's
/// recipients (for staff tools and tests).
#[uniffi::export]
pub fn encode_enrollment_string(
    server: String,
    code: String,
    recipients: Vec<String>,
) -> WaveResult<String> {
    guard(|| {
        let invite = EnrollmentInvite {
            server,
            code,
            recipients,
            pin_sha256: None,
            backup_pins_sha256: Vec::new(),
            signing_key: None,
        };
        invite
            .encode()
            .map_err(|error| WaveError::invalid_input(error.to_string()))
    })
}

/// What an enrollment string names, for the shell to show before joining: the server's
/// address, how many NGO keys cases will be encrypted to, and whether the server's TLS key is
/// pinned. The string carries no organisation name; the server address is what identifies it.
#[derive(Debug, Clone, uniffi::Record)]
pub struct EnrollmentPreview {
    pub server: String,
    pub recipients: u32,
    pub pinned: bool,
    /// Whether the string carries the NGO signing key (version 2): the device then follows the
    /// recipient sets the NGO publishes, so a revoked key stops being used at the next sync.
    #[uniffi(default)]
    pub follows_recipient_sets: bool,
}

/// Reads a `wave-enroll:1:…` or `wave-enroll:2:…` string without contacting anyone (pasted or scanned text, with
/// surrounding whitespace ignored). A string that is not a valid enrollment string throws
/// `InvalidInput` with the reason; its one-time code is never part of the message.
#[uniffi::export]
pub fn preview_enrollment_string(enrollment: String) -> WaveResult<EnrollmentPreview> {
    guard(|| {
        let invite = EnrollmentInvite::decode(&enrollment)
            .map_err(|error| WaveError::invalid_input(error.to_string()))?;
        Ok(EnrollmentPreview {
            server: invite.server.clone(),
            recipients: u32::try_from(invite.recipients.len()).unwrap_or(u32::MAX),
            pinned: invite.pin_sha256.is_some(),
            follows_recipient_sets: invite.signing_key.is_some(),
        })
    })
}

#[uniffi::export(async_runtime = "tokio")]
impl WaveVault {
    /// Joins the NGO's server with a one-time enrollment string; returns the device id.
    pub async fn enroll(
        &self,
        enrollment: String,
        label: Option<String>,
        settings: Option<SyncSettings>,
    ) -> WaveResult<String> {
        self.in_background(async move |access| {
            let device =
                enroll_with(access, &enrollment, label.as_deref(), &options(settings)).await?;
            Ok(device.device_id.to_string())
        })
        .await
    }

    /// Sends every finalized case version that waits. A missing network is not an error: the
    /// report says why it stopped, and the next sync continues where this one did. Locking or
    /// wiping the vault stops it at once with [`WaveError::VaultLocked`]; what the server had
    /// already acknowledged stays recorded, and the next sync sends the rest exactly once.
    pub async fn sync_now(
        &self,
        observer: Option<Arc<dyn SyncObserver>>,
        settings: Option<SyncSettings>,
    ) -> WaveResult<SyncReportRecord> {
        self.in_background(async move |access| {
            let observer = Observer(observer);
            let report = sync_with(access, &options(settings), &observer).await?;
            Ok(SyncReportRecord {
                sent: report.sent,
                duplicates: report.duplicates,
                failed: report.failed,
                pending: report.pending,
                attachments_uploaded: report.blobs_uploaded,
                error: report.error,
                recipient_set_version: report.recipient_set_version,
                recipient_set_problem: report.recipient_set_problem,
                resealed: report.resealed,
                error_kind: report.failure.as_ref().map(|f| f.code().to_owned()),
            })
        })
        .await
    }

    pub fn sync_status(&self) -> WaveResult<SyncStatusRecord> {
        guard(|| {
            WaveVault::with_unlocked(&self.unlocked, |unlocked| {
                let status = sync::sync_status(unlocked.store_ref())?;
                Ok(SyncStatusRecord {
                    enrolled: status.enrolled,
                    server: status.server,
                    pending: status.pending,
                    sent: status.sent,
                    rejected: status.rejected,
                    last_attempt_at_ms: status.last_attempt_at,
                    last_success_at_ms: status.last_success_at,
                    last_error: status.last_error,
                    recipient_set_version: status.recipient_set_version,
                    recipient_set_problem: status.recipient_set_problem,
                    last_error_kind: status.last_failure.as_ref().map(|f| f.code().to_owned()),
                })
            })
        })
    }

    /// Every case's sync state, a refusal's reason said in `language` (any of the core's
    /// languages; another falls back to English, as every message of the core does).
    pub fn case_sync_states(&self, language: String) -> WaveResult<Vec<CaseSyncRecord>> {
        guard(|| {
            WaveVault::with_unlocked(&self.unlocked, |unlocked| {
                let states = sync::case_sync_states(unlocked.store_ref())?;
                Ok(states
                    .iter()
                    .map(|(case_id, state)| CaseSyncRecord {
                        case_id: case_id.to_string(),
                        state: CaseSyncState::from_core(state, &language),
                    })
                    .collect())
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wave_core::sync::Rejection;

    fn reason(state: CaseSyncState) -> String {
        match state {
            CaseSyncState::Rejected { reason } => reason,
            other => panic!("not a refusal: {other:?}"),
        }
    }

    #[test]
    fn a_refusal_is_said_in_the_language_asked_for() {
        let refused = CoreCaseSyncState::Rejected(Rejection::TooLarge { limit: None });
        let english = reason(CaseSyncState::from_core(&refused, "en"));
        assert_eq!(english, "too large for the server");
        assert_eq!(
            reason(CaseSyncState::from_core(&refused, "ru")),
            "слишком большой для сервера"
        );
        assert_eq!(
            reason(CaseSyncState::from_core(&refused, "uk")),
            "завеликий для сервера"
        );
        // A language the core lacks falls back to English rather than to nothing.
        assert_eq!(reason(CaseSyncState::from_core(&refused, "xx")), english);
        // The server's own words and code are quoted inside the sentence in her language.
        let server = CoreCaseSyncState::Rejected(Rejection::Server {
            code: "bad_signature".into(),
            message: "signature does not verify".into(),
        });
        let said = reason(CaseSyncState::from_core(&server, "uk"));
        assert!(said.starts_with("сервер відмовив"), "{said}");
        assert!(said.contains("signature does not verify") && said.contains("bad_signature"));
        assert_eq!(
            CaseSyncState::from_core(&CoreCaseSyncState::Sent, "ru"),
            CaseSyncState::Sent
        );
    }
}
