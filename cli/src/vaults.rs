//! `wave vault …`: create a vault, change its passphrase, set the duress passphrase, set the
//! failure wipe, and the panic-button wipe.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Subcommand};
use wave_core::vault::{KdfParams, Safeguards};
use wave_core::{UnlockedVault, Vault};

use crate::passphrase::{self, CURRENT_ENV, NEW_ENV, Which};
use crate::{CliResult, Failure};

#[derive(Args, Clone)]
pub struct VaultArg {
    /// The vault's folder.
    #[arg(long, value_name = "DIR")]
    pub vault: PathBuf,
}

#[derive(Subcommand)]
pub enum VaultCommand {
    /// Create a new, empty vault (passphrase from WAVE_NEW_PASSPHRASE or WAVE_PASSPHRASE, or asked twice).
    Init {
        #[command(flatten)]
        vault: VaultArg,
        /// How long unlocking should take on this machine, in milliseconds; the key derivation
        /// cost is calibrated to it (0 = the minimum, 19 MiB and 2 passes).
        #[arg(long, value_name = "MS", default_value_t = 500)]
        unlock_time: u64,
    },
    /// Change the vault passphrase (new one from WAVE_NEW_PASSPHRASE, or asked twice).
    Passwd {
        #[command(flatten)]
        vault: VaultArg,
    },
    /// Set the duress passphrase: unlocking with it silently destroys every case and opens an
    /// empty vault (from WAVE_NEW_PASSPHRASE, or asked twice).
    Duress {
        #[command(flatten)]
        vault: VaultArg,
    },
    /// Wipe the vault after this many wrong passphrases in a row ("off" to stop).
    WipeAfter {
        #[command(flatten)]
        vault: VaultArg,
        /// A number of failures, or "off".
        limit: String,
    },
    /// Destroy the vault at once: keys overwritten, cases and attachments deleted. Asks nothing.
    Wipe {
        #[command(flatten)]
        vault: VaultArg,
    },
}

pub fn run(command: VaultCommand) -> CliResult {
    match command {
        VaultCommand::Init { vault, unlock_time } => {
            // The terminal client has no hardware keystore: the full rule, no PIN.
            let passphrase =
                passphrase::new(Which::Vault, &[NEW_ENV, CURRENT_ENV], Safeguards::default())?;
            let params = if unlock_time == 0 {
                KdfParams::FLOOR
            } else {
                KdfParams::calibrate(Duration::from_millis(unlock_time))?
            };
            Vault::at(&vault.vault).create(&passphrase, params)?.lock();
            eprintln!(
                "{}",
                t!(
                    "vault-created",
                    dir = &vault.vault.display().to_string(),
                    mib = params.memory_kib / 1024,
                    passes = params.iterations
                )
            );
            Ok(())
        }
        VaultCommand::Passwd { vault } => {
            let mut unlocked = unlock(&vault)?;
            let new = passphrase::new(Which::Vault, &[NEW_ENV], unlocked.safeguards())?;
            unlocked.change_passphrase(&new)?;
            eprintln!("{}", t!("passphrase-changed"));
            Ok(())
        }
        VaultCommand::Duress { vault } => {
            let mut unlocked = unlock(&vault)?;
            let duress = passphrase::new(
                Which::Duress,
                &["WAVE_DURESS_PASSPHRASE", NEW_ENV],
                unlocked.safeguards(),
            )?;
            unlocked.set_duress(&duress)?;
            eprintln!("{}", t!("duress-set"));
            Ok(())
        }
        VaultCommand::WipeAfter { vault, limit } => {
            let limit = match limit.as_str() {
                "off" | "never" | "0" => None,
                number => Some(
                    number
                        .parse::<u32>()
                        .map_err(|_| Failure(t!("wipe-after-invalid", given = number)))?,
                ),
            };
            unlock(&vault)?.set_wipe_after_failures(limit)?;
            match limit {
                Some(n) => eprintln!("{}", t!("wipe-after-set", count = n)),
                None => eprintln!("{}", t!("wipe-after-off")),
            }
            Ok(())
        }
        VaultCommand::Wipe { vault } => {
            let target = Vault::at(&vault.vault);
            let existed = target.exists();
            target.wipe()?;
            if existed {
                eprintln!("{}", t!("vault-wiped"));
            } else {
                let dir = vault.vault.display().to_string();
                eprintln!("{}", t!("vault-nothing-to-wipe", dir = &dir));
            }
            Ok(())
        }
    }
}

/// Unlocks the vault named on the command line with the current passphrase.
///
/// The process does not wait, when it ends, for what a duress unlock leaves to do after returning
/// (deleting the old store, syncing the new one): waiting would make a command run with the duress
/// passphrase end later than one run with the real passphrase. The keys are already destroyed;
/// the next unlock finishes whatever is left.
pub fn unlock(vault: &VaultArg) -> CliResult<UnlockedVault> {
    let target = Vault::at(&vault.vault);
    if !target.exists() {
        let dir = vault.vault.display().to_string();
        return Err(Failure(t!("vault-missing", dir = &dir)));
    }
    let passphrase = passphrase::current()?;
    let mut unlocked = target.unlock(&passphrase)?;
    unlocked.set_wait_at_lock(false);
    Ok(unlocked)
}
