//! `wave enroll` and `wave sync`: join an NGO's server with a one-time code, and send every
//! finalized case to it. Exit 0 from `sync` means nothing is left waiting.

use std::time::Duration;

use clap::Args;
use serde_json::json;
use wave_core::Vault;
use wave_core::store::Store;
use wave_core::sync::{NoObserver, SoleAccess, StoreAccess, SyncOptions, enroll, sync_with};

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

fn runtime() -> CliResult<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
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
    let synced = runtime()?.block_on(async {
        tokio::select! {
            biased;
            // Dropping the sync drops the request in flight: nothing more goes to the server
            // from a wiped vault.
            () = wiped(&vault) => None,
            report = sync_with(&access, &options, &NoObserver) => Some(report),
        }
    });
    let Some(report) = synced else {
        return Err(Failure(t!("sync-wiped")));
    };
    let report = report?;
    if args.json {
        println!(
            "{}",
            json!({
                "sent": report.sent,
                "duplicates": report.duplicates,
                "pending": report.pending,
                "failed": report.failed,
                "blobs_uploaded": report.blobs_uploaded,
                "error": report.error,
                "recipient_set_version": report.recipient_set_version,
                "recipient_set_problem": report.recipient_set_problem,
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
        if let Some(problem) = &report.recipient_set_problem {
            eprintln!("{}", t!("recipient-set-refused", problem = problem));
        }
    }
    if report.pending > 0 {
        let reason = report.error.unwrap_or_else(|| t!("sync-waiting"));
        return Err(Failure(t!(
            "sync-not-sent",
            count = report.pending,
            reason = &reason
        )));
    }
    Ok(())
}
