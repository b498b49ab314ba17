//! `WaveVault`: create, unlock, lock, change passphrase, duress passphrase, failure wipe and the
//! panic wipe. The unlocked vault lives behind one `Arc<Mutex<…>>` shared with the guided
//! sessions, so locking the vault also cuts off every session opened from it. Nothing holds that
//! lock across network I/O, and locking or wiping first stops any sync or enrollment in flight,
//! so both return at once whatever the network does.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::watch;
use wave_core::store::Interrupter;
use wave_core::vault::{CreateOptions, DerivedPassphrase, KdfParams, KeyDerivation, Passphrase};
use wave_core::{UnlockedVault, Vault};

use crate::error::{WaveError, WaveResult};
use crate::keystore::{KeystoreSecret, PlatformKeystore};
use crate::{blocking, guard, lock};

/// How costly the passphrase derivation (Argon2id) is; chosen once, when the vault is created.
#[derive(Debug, Clone, Copy, uniffi::Enum)]
pub enum KdfStrength {
    /// The accepted minimum (19 MiB, 2 passes): for tests and very weak devices.
    Minimum,
    /// 64 MiB, 3 passes: about half a second on a mid-range phone.
    Standard,
    /// Measured on this device to take about `target_ms` milliseconds, never below the minimum.
    Calibrated { target_ms: u32 },
}

/// The vault, locked or unlocked, when the caller needs to hold on to it.
pub(crate) type Shared = Arc<Mutex<Option<UnlockedVault>>>;

/// Tells work in flight on the unlocked vault (sync, enrollment, unlock) that the vault was
/// locked or wiped since it started.
pub(crate) struct Stop(watch::Receiver<bool>);

impl Stop {
    /// Whether the vault was locked or wiped since this was taken (or the vault object is gone).
    pub(crate) fn is_set(&self) -> bool {
        *self.0.borrow() || self.0.has_changed().is_err()
    }

    /// Returns once the vault is locked or wiped.
    pub(crate) async fn wait(&self) {
        let mut receiver = self.0.clone();
        // An error means the vault object is gone, which stops the work just as well.
        let _ = receiver.wait_for(|stopped| *stopped).await;
    }
}

/// One vault folder on the device.
#[derive(uniffi::Object)]
pub struct WaveVault {
    vault: Vault,
    pub(crate) unlocked: Shared,
    /// Set, and replaced by a fresh one, by every lock and wipe.
    stop: Mutex<watch::Sender<bool>>,
    /// One sync or enrollment at a time per vault: two would send the same items twice over.
    pub(crate) turn: Arc<tokio::sync::Mutex<()>>,
    /// Stops the open store's long work (an attachment streamed in, out or sealed for the NGO),
    /// which holds the vault for a whole file, so that locking never waits for one.
    interrupter: Mutex<Option<Interrupter>>,
}

impl std::fmt::Debug for WaveVault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WaveVault")
            .field("vault", &self.vault)
            .finish_non_exhaustive()
    }
}

impl WaveVault {
    /// Runs `work` on the unlocked vault, or fails with [`WaveError::VaultLocked`].
    pub(crate) fn with_unlocked<T>(
        shared: &Shared,
        work: impl FnOnce(&mut UnlockedVault) -> WaveResult<T>,
    ) -> WaveResult<T> {
        let mut slot = lock(shared);
        let unlocked = slot.as_mut().ok_or(WaveError::VaultLocked)?;
        work(unlocked)
    }

    /// What tells work starting now that the vault was locked or wiped.
    pub(crate) fn stop_signal(&self) -> Stop {
        Stop(lock(&self.stop).subscribe())
    }

    /// Stops every sync and enrollment in flight: each drops its request at once and records
    /// nothing more. Done before the vault's lock is taken, which no sync holds for longer than
    /// one local step, so a sync that has begun a step finishes it and then sees the signal; an
    /// attachment being streamed (by a step or by the person adding it) stops at its next chunk.
    fn stop_work_in_flight(&self) {
        let (fresh, _) = watch::channel(false);
        let previous = std::mem::replace(&mut *lock(&self.stop), fresh);
        previous.send_replace(true);
        if let Some(interrupter) = lock(&self.interrupter).take() {
            interrupter.interrupt();
        }
    }

    /// A change of the key file's slots for `passphrase`: what the derivation needs is taken from
    /// the open vault, Argon2id runs with the vault let go, and the result is applied only if the
    /// vault was not locked or wiped meanwhile (even if it was unlocked again since: a change the
    /// person left by a quick exit must not land later unseen).
    async fn change_slots(
        &self,
        passphrase: Passphrase,
        derive: fn(&KeyDerivation, &Passphrase) -> wave_core::Result<DerivedPassphrase>,
        apply: fn(&mut UnlockedVault, DerivedPassphrase) -> wave_core::Result<()>,
    ) -> WaveResult<()> {
        let stop = self.stop_signal();
        let shared = self.unlocked.clone();
        blocking(move || {
            let derivation =
                WaveVault::with_unlocked(&shared, |unlocked| Ok(unlocked.key_derivation()))?;
            let derived = derive(&derivation, &passphrase)?;
            WaveVault::with_unlocked(&shared, |unlocked| {
                if stop.is_set() {
                    return Err(WaveError::VaultLocked);
                }
                Ok(apply(unlocked, derived)?)
            })
        })
        .await
    }

    /// Makes `unlocked` the open vault, unless the vault was locked or wiped while it was being
    /// opened: then the keys are dropped at once and the call fails.
    fn open(&self, unlocked: UnlockedVault, stop: &Stop) -> WaveResult<()> {
        let mut slot = lock(&self.unlocked);
        if stop.is_set() {
            drop(slot);
            unlocked.lock();
            return Err(WaveError::VaultLocked);
        }
        *lock(&self.interrupter) = Some(unlocked.store_ref().interrupter());
        *slot = Some(unlocked);
        Ok(())
    }
}

#[uniffi::export(async_runtime = "tokio")]
impl WaveVault {
    /// The vault in folder `dir` (which need not exist yet). With `keystore`, the vault is bound
    /// to the device's keystore secret; without, the passphrase alone opens it.
    #[uniffi::constructor]
    pub fn new(dir: String, keystore: Option<Arc<dyn PlatformKeystore>>) -> Arc<WaveVault> {
        let mut vault = Vault::at(PathBuf::from(dir));
        if let Some(keystore) = keystore {
            vault = vault.with_platform_secret(Arc::new(KeystoreSecret(keystore)));
        }
        Arc::new(WaveVault {
            vault,
            unlocked: Arc::new(Mutex::new(None)),
            stop: Mutex::new(watch::channel(false).0),
            turn: Arc::new(tokio::sync::Mutex::new(())),
            interrupter: Mutex::new(None),
        })
    }

    /// Whether a vault exists in the folder.
    pub fn exists(&self) -> bool {
        self.vault.exists()
    }

    /// Whether the vault is open now.
    pub fn is_unlocked(&self) -> bool {
        lock(&self.unlocked).is_some()
    }

    /// Creates a new, empty vault and leaves it unlocked. Slow (Argon2id, and calibration). The
    /// passphrase must pass `passphrase_strength`; `wipe_after_failures` sets the failure wipe
    /// from the start, which with a keystore lets a PIN of six or more digits be the passphrase.
    #[uniffi::method(default(wipe_after_failures = None))]
    pub async fn create(
        &self,
        passphrase: String,
        strength: KdfStrength,
        wipe_after_failures: Option<u32>,
    ) -> WaveResult<()> {
        let stop = self.stop_signal();
        let vault = self.vault.clone();
        let passphrase = Passphrase::new(passphrase);
        let unlocked = blocking(move || {
            let params = match strength {
                KdfStrength::Minimum => KdfParams::FLOOR,
                KdfStrength::Standard => KdfParams::DEFAULT,
                KdfStrength::Calibrated { target_ms } => {
                    KdfParams::calibrate(Duration::from_millis(u64::from(target_ms)))?
                }
            };
            let options = CreateOptions {
                wipe_after_failures,
            };
            Ok(vault.create_with(&passphrase, params, options)?)
        })
        .await?;
        self.open(unlocked, &stop)
    }

    /// Unlocks with `passphrase`. The duress passphrase silently destroys every case and opens an
    /// empty vault; the call looks and takes the same either way. Slow (Argon2id).
    pub async fn unlock(&self, passphrase: String) -> WaveResult<()> {
        // Close an open store first: a duress unlock deletes its files.
        self.lock();
        let stop = self.stop_signal();
        let vault = self.vault.clone();
        let passphrase = Passphrase::new(passphrase);
        let unlocked = blocking(move || Ok(vault.unlock(&passphrase)?)).await?;
        self.open(unlocked, &stop)
    }

    /// Closes the vault: keys leave memory, and sessions opened from it stop working. A sync or
    /// enrollment in flight is stopped (its request dropped, not awaited); returns at once.
    pub fn lock(&self) {
        self.stop_work_in_flight();
        if let Some(unlocked) = lock(&self.unlocked).take() {
            unlocked.lock();
        }
    }

    /// Replaces the passphrase (the duress passphrase stays). Slow (Argon2id), but the vault is
    /// not held while the key is derived: locking meanwhile returns at once, and the change then
    /// fails with `VaultLocked`, the old passphrase still in force.
    pub async fn change_passphrase(&self, new_passphrase: String) -> WaveResult<()> {
        self.change_slots(
            Passphrase::new(new_passphrase),
            KeyDerivation::derive_passphrase,
            UnlockedVault::change_passphrase_derived,
        )
        .await
    }

    /// Sets (or replaces) the duress passphrase. Slow (Argon2id); the vault is not held while the
    /// key is derived, as in `change_passphrase`.
    pub async fn set_duress_passphrase(&self, duress: String) -> WaveResult<()> {
        self.change_slots(
            Passphrase::new(duress),
            KeyDerivation::derive_duress,
            UnlockedVault::set_duress_derived,
        )
        .await
    }

    /// Wipe everything after `limit` wrong passphrases in a row; `None` turns it off.
    pub fn set_wipe_after_failures(&self, limit: Option<u32>) -> WaveResult<()> {
        guard(|| {
            WaveVault::with_unlocked(&self.unlocked, |unlocked| {
                Ok(unlocked.set_wipe_after_failures(limit)?)
            })
        })
    }

    /// The failure-wipe limit, if one is set.
    pub fn wipe_after_failures(&self) -> WaveResult<Option<u32>> {
        guard(|| {
            WaveVault::with_unlocked(
                &self.unlocked,
                |unlocked| Ok(unlocked.wipe_after_failures()),
            )
        })
    }

    /// Wrong passphrases since the last successful unlock (readable while locked).
    pub fn failed_attempts(&self) -> WaveResult<u32> {
        guard(|| Ok(self.vault.failed_attempts()?))
    }

    /// The panic button: destroys the keys and every file, asking for nothing. A sync or
    /// enrollment in flight is stopped (its request dropped, not awaited); returns at once.
    pub fn wipe(&self) -> WaveResult<()> {
        guard(|| {
            self.stop_work_in_flight();
            // The key file first, before waiting for anything: once it is noise, no passphrase
            // opens the cases, whatever happens next.
            self.vault.shred_key_file()?;
            // Drop the open store before its files are deleted. `Vault::wipe` shreds the key
            // file again, in case a passphrase change that held the lock wrote to it meanwhile.
            if let Some(unlocked) = lock(&self.unlocked).take() {
                unlocked.discard();
            }
            Ok(self.vault.wipe()?)
        })
    }
}
