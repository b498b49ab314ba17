//! A vault unlocked with its store open, what callers hold: the composition of the keys
//! (`crate::vault`: key file, slots, unlock logic) and the case store (`crate::store`: SQLite and
//! its files), with the housekeeping an unlock owes that needs more than either knows: a duress
//! unlock's clean-up, given a way to sync the store it opened, and the removal of files no row
//! records, whose records `crate::case` and `crate::sync` keep. It sits above every other module
//! of the crate; [`Vault`] and [`UnlockedVault`] are re-exported at the crate's root.

use std::path::Path;
use std::sync::Arc;

use crate::case;
use crate::crypto::{KdfParams, Passphrase, SecretKey};
use crate::error::{Error, Result};
use crate::store::{self, Store};
use crate::sync;
use crate::vault::{
    CreateOptions, DerivedPassphrase, KeyDerivation, OpenStore, PlatformSecret, Safeguards,
    StoreSync, UnlockedKeys, Unlocking, VaultKeys, remove_store_dir,
};

/// A vault folder, not yet unlocked. Cheap to make; touches nothing until asked.
#[derive(Clone)]
pub struct Vault {
    keys: VaultKeys,
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vault")
            .field("dir", &self.keys.dir())
            .field("platform_secret", &self.keys.has_platform_secret())
            .finish()
    }
}

/// An unlocked vault: its keys and its open store. Dropping it (or calling
/// [`UnlockedVault::lock`]) forgets the keys and closes the database.
pub struct UnlockedVault {
    /// Declared before the store, so it is dropped first: locking waits for a duress unlock's
    /// clean-up while the store it syncs is still open, and forgets the keys before the
    /// database closes.
    keys: UnlockedKeys,
    store: Store,
    /// Whether closing folds the case summaries still waiting into their pages (not when the
    /// store is about to be wiped).
    fold_at_close: bool,
}

impl std::fmt::Debug for UnlockedVault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UnlockedVault")
            .field("dir", &self.keys.dir())
            .finish_non_exhaustive()
    }
}

impl Vault {
    pub fn at(dir: impl AsRef<Path>) -> Vault {
        Vault {
            keys: VaultKeys::at(dir),
        }
    }

    /// Binds the vault to a device secret (Android Keystore, iOS Keychain). A vault created with
    /// one can only be unlocked with the same one.
    pub fn with_platform_secret(self, platform: Arc<dyn PlatformSecret>) -> Vault {
        Vault {
            keys: self.keys.with_platform_secret(platform),
        }
    }

    pub fn dir(&self) -> &Path {
        self.keys.dir()
    }

    pub fn exists(&self) -> bool {
        self.keys.exists()
    }

    /// Creates a new, empty vault in `dir` (made if missing; it must hold no vault). The
    /// passphrase must pass the strength rule ([`crate::vault::passphrase_strength`]).
    pub fn create(&self, passphrase: &Passphrase, params: KdfParams) -> Result<UnlockedVault> {
        self.create_with(passphrase, params, CreateOptions::default())
    }

    /// [`create`](Self::create) with the failure wipe set from the start, which lets a vault
    /// bound to a platform secret be opened by a device PIN.
    pub fn create_with(
        &self,
        passphrase: &Passphrase,
        params: KdfParams,
        options: CreateOptions,
    ) -> Result<UnlockedVault> {
        UnlockedVault::open(self.keys.begin_create(passphrase, params, options)?)
    }

    /// Unlocks with `passphrase`. The attempt is counted on disk before the key is derived; the
    /// count is cleared on success. The duress passphrase destroys the real vault and opens a new
    /// empty one, and says so to nobody.
    pub fn unlock(&self, passphrase: &Passphrase) -> Result<UnlockedVault> {
        UnlockedVault::open(self.keys.begin_unlock(passphrase)?)
    }

    /// The panic button: overwrites the key file with random bytes and syncs it (after which no
    /// passphrase opens anything), then deletes the database, its WAL and every attachment, and
    /// the key file. Needs no passphrase. Wiping a folder with no vault does nothing.
    pub fn wipe(&self) -> Result<()> {
        self.keys.wipe()
    }

    /// The first step of [`Vault::wipe`] alone: overwrites the key file with random bytes and
    /// syncs it, after which no passphrase opens anything. Touches nothing else, so it can run
    /// before waiting for the open vault to be closed. Does nothing without a key file.
    pub fn shred_key_file(&self) -> Result<()> {
        self.keys.shred_key_file()
    }

    /// Failed unlock attempts since the last success.
    pub fn failed_attempts(&self) -> Result<u32> {
        self.keys.failed_attempts()
    }
}

impl Drop for UnlockedVault {
    fn drop(&mut self) {
        // Nothing is lost if this fails: the next list makes the summaries from the case rows.
        if self.fold_at_close {
            let _ = case::fold_summaries(&self.store);
        }
    }
}

impl UnlockedVault {
    /// Opens the store an unlock (or a creation) names, the way it says, then completes the
    /// unlock: a new vault's key file is written once its store exists; after an unlock, files
    /// no row records are removed and a duress unlock's clean-up starts.
    fn open(unlocking: Unlocking) -> Result<UnlockedVault> {
        let dir = unlocking.store_dir();
        let data_key = unlocking.data_key();
        let store = match unlocking.open_store() {
            OpenStore::Create => Store::create(&dir, data_key)?,
            OpenStore::Open => {
                if !store::database_path(&dir).exists() {
                    return Err(Error::Corrupted("detail-database-missing"));
                }
                collected(brought_up_to_date(Store::open(&dir, data_key)?)?)
            }
            OpenStore::OpenOrRemake => open_or_remake(&dir, data_key)?,
            OpenStore::CreateUnsynced => Store::create_unsynced(&dir, data_key)?,
        };
        let keys = unlocking.finish(store_sync(&store))?;
        Ok(UnlockedVault {
            keys,
            store,
            fold_at_close: true,
        })
    }

    pub fn dir(&self) -> &Path {
        self.keys.dir()
    }

    /// The case store of this vault.
    pub fn store(&mut self) -> &mut Store {
        &mut self.store
    }

    pub fn store_ref(&self) -> &Store {
        &self.store
    }

    /// Folds the case summaries still waiting into their pages (so that the files at rest hold
    /// every summary where it belongs), forgets the keys and closes the database. Dropping the
    /// vault does the same.
    pub fn lock(self) {
        drop(self);
    }

    /// Forgets the keys and closes the database without writing anything more, for a vault
    /// whose files are about to be wiped.
    pub fn discard(mut self) {
        self.fold_at_close = false;
        drop(self);
    }

    /// Whether locking waits for what a duress unlock left to do after returning (deleting the
    /// old store, syncing the new one, erasing the duress slot); it does unless told otherwise.
    /// A short-lived process (the command line) need not: the work carries on while the process
    /// runs, and if it exits first, the next unlock finds what is left and does it. Key-file
    /// changes made through this vault always wait for it first.
    pub fn set_wait_at_lock(&mut self, wait: bool) {
        self.keys.set_wait_at_lock(wait);
    }

    /// Re-wraps the data key under `new`; no case is re-encrypted. The new slot is written and
    /// synced before the old one is erased, so a crash leaves one of the two passphrases working.
    pub fn change_passphrase(&mut self, new: &Passphrase) -> Result<()> {
        self.keys.change_passphrase(new)
    }

    /// Sets (or replaces) the duress passphrase. Unlocking with it later destroys this vault.
    /// The key file's size and shape do not change.
    pub fn set_duress(&mut self, duress: &Passphrase) -> Result<()> {
        self.keys.set_duress(duress)
    }

    /// What deriving a new passphrase's key takes from this vault. A caller that shares the vault
    /// between threads takes it, lets go of the vault while [`KeyDerivation::derive_passphrase`]
    /// or [`KeyDerivation::derive_duress`] runs Argon2id, and then applies the result with
    /// [`UnlockedVault::change_passphrase_derived`] or [`UnlockedVault::set_duress_derived`], so
    /// that locking never waits for a key derivation.
    pub fn key_derivation(&self) -> KeyDerivation {
        self.keys.key_derivation()
    }

    /// [`UnlockedVault::change_passphrase`] with the key derived beforehand. Fails with
    /// [`crate::Error::Locked`] if `derived` was made for a vault that is no longer the one open.
    pub fn change_passphrase_derived(&mut self, derived: DerivedPassphrase) -> Result<()> {
        self.keys.change_passphrase_derived(derived)
    }

    /// [`UnlockedVault::set_duress`] with the key derived beforehand; fails like
    /// [`UnlockedVault::change_passphrase_derived`].
    pub fn set_duress_derived(&mut self, derived: DerivedPassphrase) -> Result<()> {
        self.keys.set_duress_derived(derived)
    }

    /// Wipe the vault after this many failed unlocks in a row; `None` turns it off (the default).
    pub fn set_wipe_after_failures(&mut self, limit: Option<u32>) -> Result<()> {
        self.keys.set_wipe_after_failures(limit)
    }

    pub fn wipe_after_failures(&self) -> Option<u32> {
        self.keys.wipe_after_failures()
    }

    /// What protects this vault besides its passphrase: what a new passphrase is judged with.
    pub fn safeguards(&self) -> Safeguards {
        self.keys.safeguards()
    }

    /// Wipes this vault (see [`Vault::wipe`]).
    pub fn wipe(self) -> Result<()> {
        let vault = self.keys.locked();
        drop(self);
        vault.wipe()
    }

    /// Removes files no row records: attachment files and sealed outbox copies left by a process
    /// killed between writing one and recording it, or between deleting rows and their files.
    /// Never takes a file another process is writing (`store/folder.rs`). Unlocking runs it.
    /// Returns how many files were removed.
    pub fn collect_garbage(&mut self) -> Result<usize> {
        collect_garbage(&self.store)
    }
}

/// See [`UnlockedVault::collect_garbage`]. The store holds each folder for collection and only
/// then asks for its records: the attachments' from `crate::case`, the outbox's from
/// `crate::sync`.
fn collect_garbage(store: &Store) -> Result<usize> {
    let attachments =
        store.remove_unrecorded(store.blobs_dir(), || case::recorded_attachment_files(store))?;
    let outbox = store.outbox_dir();
    let sealed = store.remove_unrecorded(&outbox, || sync::recorded_outbox_files(store))?;
    Ok(attachments + sealed)
}

/// A store just opened, with what only the data key can bring up to date done: summaries that
/// an earlier build sealed one per case moved into pages (`case::move_summaries_into_pages`,
/// one transaction; nothing to do afterwards but one query).
fn brought_up_to_date(mut store: Store) -> Result<Store> {
    case::move_summaries_into_pages(&mut store)?;
    case::bind_attachments_to_cases(&mut store)?;
    Ok(store)
}

/// A store just opened, its unrecorded files removed. Best effort: an unlock must not fail
/// because a leftover could not be removed; the next one tries again.
fn collected(store: Store) -> Store {
    let _ = collect_garbage(&store);
    store
}

/// What syncs `store` for a duress unlock's clean-up, if it may not be synced yet. Holds it
/// weakly: a store closed before the clean-up got to it stays unsynced, and the next unlock
/// syncs it.
fn store_sync(store: &Store) -> Option<StoreSync> {
    let unsynced = store.unsynced()?;
    Some(Box::new(move || match unsynced.upgrade() {
        Some(unsynced) => unsynced.sync().is_ok(),
        None => false,
    }))
}

/// Opens the store of a duress unlock cut short, which may be missing or torn if the power went
/// before it was synced; nothing was saved in it then (its first commit syncs it first), so a new
/// empty one takes its place. Other failures (a busy or unreadable file) are reported as they are.
fn open_or_remake(store_dir: &Path, data_key: &SecretKey) -> Result<Store> {
    if store::database_path(store_dir).exists() {
        match Store::open_unsynced(store_dir, data_key) {
            Ok(store) => return Ok(collected(brought_up_to_date(store)?)),
            Err(error) if never_completed(&error) => remove_store_dir(store_dir)?,
            Err(error) => return Err(error),
        }
    }
    Store::create_unsynced(store_dir, data_key)
}

/// Whether opening a store failed the way a store torn before its first sync fails.
fn never_completed(error: &Error) -> bool {
    use rusqlite::ErrorCode;
    match error {
        Error::Corrupted(_) => true,
        Error::Database(rusqlite::Error::SqliteFailure(failure, _)) => matches!(
            failure.code,
            ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt
        ),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use std::fs;
    use std::path::PathBuf;

    use super::*;
    use crate::vault::testing::{put_slot_bytes, slot_bytes};

    /// A vault with a duress passphrase, unlocked once with it; returns the key file as that
    /// unlock's first synced write left it (duress slot still in place) and the new store folder.
    fn duress_cut_short(dir: &Path) -> (Vault, Vec<u8>, PathBuf) {
        let vault = Vault::at(dir);
        let mut unlocked = vault
            .create(
                &Passphrase::from("real quiet orchard window"),
                KdfParams::INSECURE_TEST,
            )
            .unwrap();
        unlocked
            .set_duress(&Passphrase::from("duress copper kettle meadow"))
            .unwrap();
        let duress_slot = unlocked.keys.duress_slot().unwrap();
        unlocked.lock();
        let key_path = vault.keys.key_path();
        let duress_bytes = slot_bytes(&key_path, duress_slot);
        let coerced = vault
            .unlock(&Passphrase::from("duress copper kettle meadow"))
            .unwrap();
        let store_dir = coerced.keys.store_dir();
        coerced.lock();
        assert_ne!(slot_bytes(&key_path, duress_slot), duress_bytes, "erased");
        // As if the power went before the clean-up: the duress slot back as it was.
        put_slot_bytes(&key_path, duress_slot, &duress_bytes);
        (vault, fs::read(&key_path).unwrap(), store_dir)
    }

    #[test]
    fn a_duress_store_lost_before_its_sync_is_made_again_by_the_next_unlock() {
        for damage in ["folder gone", "database gone", "database torn"] {
            let dir = tempfile::tempdir().unwrap();
            let (vault, key_file, store_dir) = duress_cut_short(&dir.path().join("v"));
            match damage {
                "folder gone" => fs::remove_dir_all(&store_dir).unwrap(),
                "database gone" => fs::remove_file(store::database_path(&store_dir)).unwrap(),
                _ => fs::write(store::database_path(&store_dir), vec![0x5a; 8192]).unwrap(),
            }
            let mut again = vault
                .unlock(&Passphrase::from("duress copper kettle meadow"))
                .unwrap();
            assert_eq!(case::case_count(again.store()).unwrap(), 0, "{damage}");
            again.lock();
            assert_ne!(
                fs::read(vault.keys.key_path()).unwrap(),
                key_file,
                "{damage}"
            );
            // Finished: the duress slot is filler now, and a lost store is damage again.
            fs::remove_dir_all(vault.keys.store_dirs().pop().unwrap()).unwrap();
            assert!(
                matches!(
                    vault.unlock(&Passphrase::from("duress copper kettle meadow")),
                    Err(Error::Corrupted(_))
                ),
                "{damage}"
            );
        }
    }

    #[test]
    fn a_duress_store_that_reached_the_disk_is_kept_by_the_next_unlock() {
        let dir = tempfile::tempdir().unwrap();
        let (vault, _, store_dir) = duress_cut_short(&dir.path().join("v"));
        let mut again = vault
            .unlock(&Passphrase::from("duress copper kettle meadow"))
            .unwrap();
        let id = case::create_case(
            again.store(),
            crate::case::FormRef {
                id: "police-violence".into(),
                version: 1,
            },
            crate::case::Answers::new(),
        )
        .unwrap();
        again.lock();
        let again = vault
            .unlock(&Passphrase::from("duress copper kettle meadow"))
            .unwrap();
        assert_eq!(again.keys.store_dir(), store_dir);
        assert!(case::get_case(again.store_ref(), id).is_ok());
    }

    #[test]
    fn a_missing_database_without_a_duress_unlock_cut_short_is_damage() {
        let dir = tempfile::tempdir().unwrap();
        let vault = Vault::at(dir.path());
        let unlocked = vault
            .create(
                &Passphrase::from("real quiet orchard window"),
                KdfParams::INSECURE_TEST,
            )
            .unwrap();
        let store_dir = unlocked.keys.store_dir();
        unlocked.lock();
        fs::remove_file(store::database_path(&store_dir)).unwrap();
        assert!(matches!(
            vault.unlock(&Passphrase::from("real quiet orchard window")),
            Err(Error::Corrupted(_))
        ));
    }
}
