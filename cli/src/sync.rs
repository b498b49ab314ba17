//! `wave enroll` and `wave sync`: join an NGO's server with a one-time code, and send every
//! finalized case to it. Exit 0 from `sync` means nothing is left waiting.

use clap::Args;
use serde_json::json;
use wave_core::sync::{NoObserver, SyncOptions, enroll, sync_now};

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
        .map_err(|error| Failure(format!("cannot start the network runtime: {error}")))
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
        "Enrolled with {} as device {}.",
        device.server, device.device_id
    );
    println!("{}", device.device_id);
    Ok(())
}

pub fn run_sync(args: SyncArgs) -> CliResult {
    let mut unlocked = unlock(&args.vault)?;
    let report = runtime()?.block_on(sync_now(
        unlocked.store(),
        &SyncOptions::default(),
        &NoObserver,
    ))?;
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
            })
        );
    } else {
        eprintln!(
            "Sent {} ({} already there), {} refused, {} still waiting.",
            report.sent, report.duplicates, report.failed, report.pending
        );
    }
    if report.pending > 0 {
        let reason = report
            .error
            .unwrap_or_else(|| "some cases are still waiting to be sent".into());
        return Err(Failure(format!(
            "{} case version(s) not sent yet: {reason}",
            report.pending
        )));
    }
    Ok(())
}
