//! `wave enroll` and `wave sync`: join an NGO's server with a one-time code, and send every
//! finalized case to it. Exit 0 from `sync` means nothing is left waiting.

use std::sync::Mutex;
use std::time::Duration;

use clap::Args;
use serde_json::json;
use wave_core::Vault;
use wave_core::case::CaseId;
use wave_core::store::Store;
use wave_core::sync::{
    CaseSyncState, Rejection, SoleAccess, StoreAccess, SyncFailure, SyncObserver, SyncOptions,
    enroll, sync_with,
};

use crate::vaults::{VaultArg, unlock};
use crate::{CliResult, Failure};

#[derive(Args)]
pub struct EnrollArgs {
    /// The enrollment code from the NGO (wave-enroll:1:…).
    code: String,
    #[command(flatten)]
    vault: VaultArg,
    /// A name for this device that staff will see.
    #[arg(long)]
    label: Option<String>,
}

#[derive(Args)]
pub struct SyncArgs {
    #[command(flatten)]
    vault: VaultArg,
    /// Print the result as JSON (sent, pending, failed, …).
    #[arg(long)]
    json: bool,
}

/// Two workers, as the bindings use: a sync records one batch's answers and reads the next
/// batch while the server works on the request (`sync::engine`), which needs a second thread.
fn runtime() -> CliResult<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|error| Failure(t!("runtime-failed", error = &error.to_string())))
}

pub fn run_enroll(args: EnrollArgs) -> CliResult {
    let mut unlocked = unlock(&args.vault)?;
    let device = runtime()?.block_on(enroll(
        unlocked.store(),
        &args.code,
        args.label.as_deref(),
        &SyncOptions::default(),
    ))?;
    eprintln!(
        "{}",
        t!(
            "enrolled",
            server = &device.server,
            device = &device.device_id.to_string()
        )
    );
    println!("{}", device.device_id);
    Ok(())
}

/// How often a running sync looks whether its vault was wiped from another process.
const WIPE_CHECK: Duration = Duration::from_millis(100);

/// The store, lent to the sync step by step while the vault still exists. `wave vault wipe` in
/// another terminal waits for nothing this process holds (no step spans a network exchange, and
/// none keeps a database transaction or a folder lock open in between); once the wipe has begun,
/// no further step runs here.
struct UnlessWiped<'a> {
    vault: Vault,
    store: SoleAccess<'a>,
}

impl StoreAccess for UnlessWiped<'_> {
    fn with_store<T>(
        &self,
        step: impl FnOnce(&mut Store) -> wave_core::Result<T>,
    ) -> wave_core::Result<T> {
        if !self.vault.exists() {
            return Err(wave_core::Error::Locked);
        }
        self.store.with_store(step)
    }
}

/// Keeps the cases the server refused in this run, with why, to say so after it.
#[derive(Default)]
struct Refusals(Mutex<Vec<(CaseId, Rejection)>>);

impl SyncObserver for Refusals {
    fn case_state(&self, case_id: CaseId, state: &CaseSyncState) {
        if let CaseSyncState::Rejected(reason) = state
            && let Ok(mut refused) = self.0.lock()
        {
            refused.push((case_id, reason.clone()));
        }
    }
}

/// Returns once the vault's key file is gone.
async fn wiped(vault: &Vault) {
    while vault.exists() {
        tokio::time::sleep(WIPE_CHECK).await;
    }
}

pub fn run_sync(args: SyncArgs) -> CliResult {
    let mut unlocked = unlock(&args.vault)?;
    let vault = Vault::at(unlocked.dir());
    let access = UnlessWiped {
        vault: vault.clone(),
        store: SoleAccess::new(unlocked.store()),
    };
    let options = SyncOptions::default();
    let refusals = Refusals::default();
    let synced = runtime()?.block_on(async {
        tokio::select! {
            biased;
            // Dropping the sync drops the request in flight: nothing more goes to the server
            // from a wiped vault.
            () = wiped(&vault) => None,
            report = sync_with(&access, &options, &refusals) => Some(report),
        }
    });
    let Some(report) = synced else {
        return Err(Failure(t!("sync-wiped")));
    };
    let report = report?;
    let refused = refusals
        .0
        .into_inner()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let lang = crate::l10n::ui_language();
    let code = |failure: &Option<SyncFailure>| failure.as_ref().map(SyncFailure::code);
    if args.json {
        let rejected: Vec<_> = refused
            .iter()
            .map(|(case_id, reason)| {
                json!({
                    "case_id": case_id.to_string(),
                    "reason": reason.to_string(),
                    "reason_code": reason.code(),
                })
            })
            .collect();
        println!(
            "{}",
            json!({
                "sent": report.sent,
                "duplicates": report.duplicates,
                "pending": report.pending,
                "failed": report.failed,
                "blobs_uploaded": report.blobs_uploaded,
                "error": report.error,
                "error_kind": code(&report.failure),
                "recipient_set_version": report.recipient_set_version,
                "recipient_set_problem": report.recipient_set_problem,
                "recipient_set_problem_kind": code(&report.recipient_set_failure),
                "rejected": rejected,
                "resealed": report.resealed,
            })
        );
    } else {
        eprintln!(
            "{}",
            t!(
                "sync-summary",
                sent = report.sent,
                duplicates = report.duplicates,
                failed = report.failed,
                pending = report.pending
            )
        );
        for (case_id, reason) in &refused {
            eprintln!(
                "{}",
                t!(
                    "sync-case-rejected",
                    case = &case_id.to_string(),
                    reason = &reason.message(lang)
                )
            );
        }
        if let Some(problem) = &report.recipient_set_failure {
            eprintln!(
                "{}",
                t!("recipient-set-refused", problem = &problem.message(lang))
            );
        }
    }
    if report.pending > 0 {
        let reason = report
            .failure
            .as_ref()
            .map_or_else(|| t!("sync-waiting"), |failure| failure.message(lang));
        return Err(Failure(t!(
            "sync-not-sent",
            count = report.pending,
            reason = &reason
        )));
    }
    Ok(())
}
