//! The vault's keys: the key file and its slots, where the vault's files live, the platform
//! secret, and the logic of creating, unlocking and locking, changing the passphrase, the duress
//! passphrase, the failure wipe and the panic-button wipe. Owns the key hierarchy:
//!
//! passphrase →(Argon2id, header salt)→ passphrase key →(HKDF, platform secret, slot salt)→ slot
//! key →(XChaCha20-Poly1305)→ data key →(HKDF per purpose)→ row key, filler key.
//!
//! Argon2id runs once per unlock whichever slot matches, so the duress passphrase costs the same
//! time as the real one; every slot is tried so no early exit gives the slot away.
//!
//! Nothing here opens the case store. An unlock (or a creation) yields an [`Unlocking`]: the keys,
//! which store folder to open and how ([`OpenStore`]), and the housekeeping owed once it is open
//! (a duress unlock's clean-up). The layer above both (`crate::unlock`) opens the store and
//! finishes it.

mod cleanup;
mod derivation;
pub(crate) mod keyfile;
mod layout;
mod platform;
mod strength;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use crate::crypto::{KdfParams, Passphrase, SecretKey};
pub use derivation::{DerivedPassphrase, KeyDerivation};
pub use platform::{MemoryPlatformSecret, PlatformSecret};
pub use strength::{
    EXAMINED_CHARS, Hint, MIN_SCORE, MIN_SCORE_UNBOUND, PIN_MAX_WIPE_AFTER, PIN_MIN_DIGITS,
    Safeguards, Strength, estimate as passphrase_strength,
};
use zeroize::Zeroizing;

use crate::crypto::{kdf, random_bytes};
use crate::error::{Detail, Error, Result};
use cleanup::Cleanup;
pub(crate) use cleanup::StoreSync;
use derivation::Purpose;
use keyfile::{KeyFile, SLOT_COUNT, SlotContents, SlotKind, SlotWrite, TAG_LEN_SLOT};
use layout::Layout;
pub(crate) use layout::remove_store_dir;

/// A vault folder's key file, not yet unlocked. Cheap to make; touches nothing until asked.
#[derive(Clone)]
pub(crate) struct VaultKeys {
    layout: Layout,
    platform: Option<Arc<dyn PlatformSecret>>,
}

impl std::fmt::Debug for VaultKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VaultKeys")
            .field("dir", &self.layout.dir())
            .field("platform_secret", &self.platform.is_some())
            .finish()
    }
}

/// An unlocked key file: the data key, and every change of the slots. Dropping it (or calling
/// [`UnlockedKeys::lock`]) forgets the keys.
pub(crate) struct UnlockedKeys {
    layout: Layout,
    key_path: PathBuf,
    key_file: KeyFile,
    platform_secret: Option<Zeroizing<Vec<u8>>>,
    /// The Argon2id output of the current passphrase, kept so the duress passphrase can be set
    /// without asking for the vault passphrase again.
    passphrase_key: SecretKey,
    slot: usize,
    contents: SlotContents,
    /// What a duress unlock left to do after returning ([`cleanup`]); finished before any other
    /// write to the key file, and when the vault is locked unless told not to wait.
    cleanup: Option<std::thread::JoinHandle<()>>,
    wait_at_lock: bool,
    /// The passphrase in use is a device PIN (digits only, on a vault where the PIN exception
    /// holds), so the failure wipe must stay on (see [`strength`]).
    relies_on_wipe: bool,
}

/// Choices made once, when a vault is created.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CreateOptions {
    /// Wipe after this many wrong passphrases in a row, from the start. A device PIN is accepted
    /// only with this set (at most [`PIN_MAX_WIPE_AFTER`]) and a platform secret.
    pub wipe_after_failures: Option<u32>,
}

/// How the store an unlock names is to be opened by the layer that opens it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OpenStore {
    /// A new vault's store: created and synced before the key file that names it is written.
    Create,
    /// The current store. Its database must be there: a missing one is damage.
    Open,
    /// The store of a duress unlock cut short, which may be missing or torn if the power went
    /// before it was synced; nothing was saved in it then (its first commit syncs it first), so a
    /// new empty one takes its place.
    OpenOrRemake,
    /// A duress unlock's new store: created without waiting for the disk, synced by the
    /// clean-up (or by its first commit).
    CreateUnsynced,
}

/// An unlock or a creation up to the store: the keys, which store folder to open and how, and
/// what is owed once it is open. [`Unlocking::finish`] completes it; dropped instead (the store
/// could not be opened), the keys are forgotten and nothing more is written.
#[must_use = "an unlock is complete only once finished"]
pub(crate) struct Unlocking {
    keys: UnlockedKeys,
    open: OpenStore,
    owed: Owed,
}

/// What an unlock still has to do once its store is open.
enum Owed {
    /// A new vault: write the key file, which makes the vault exist.
    KeyFile,
    /// Delete the other store folders, sync the store, then erase these slots ([`cleanup`]).
    Housekeeping { slots: Vec<SlotWrite> },
}

impl Unlocking {
    /// The store folder the keys name.
    pub(crate) fn store_dir(&self) -> PathBuf {
        self.keys.store_dir()
    }

    pub(crate) fn data_key(&self) -> &SecretKey {
        &self.keys.contents.data_key
    }

    pub(crate) fn open_store(&self) -> OpenStore {
        self.open
    }

    /// Completes the unlock once the store is open: a new vault's key file is written; after an
    /// unlock, the housekeeping starts on a helper thread. `store_sync` makes the store durable
    /// if it may not be yet (`None` when it is); the duress slot is erased only once it has.
    pub(crate) fn finish(self, store_sync: Option<StoreSync>) -> Result<UnlockedKeys> {
        let Unlocking { mut keys, owed, .. } = self;
        match owed {
            Owed::KeyFile => keys.key_file.create(&keys.key_path)?,
            Owed::Housekeeping { slots } => {
                keys.cleanup = Cleanup {
                    key_path: keys.key_path.clone(),
                    store: store_sync,
                    slots,
                    old_stores: keys.layout.store_dirs_except(&keys.store_dir())?,
                }
                .start();
            }
        }
        Ok(keys)
    }
}

impl std::fmt::Debug for UnlockedKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UnlockedKeys")
            .field("dir", &self.layout.dir())
            .finish_non_exhaustive()
    }
}

impl VaultKeys {
    pub fn at(dir: impl AsRef<Path>) -> VaultKeys {
        VaultKeys {
            layout: Layout::new(dir.as_ref()),
            platform: None,
        }
    }

    /// Binds the vault to a device secret (Android Keystore, iOS Keychain). A vault created with
    /// one can only be unlocked with the same one.
    pub fn with_platform_secret(mut self, platform: Arc<dyn PlatformSecret>) -> VaultKeys {
        self.platform = Some(platform);
        self
    }

    pub fn dir(&self) -> &Path {
        self.layout.dir()
    }

    pub fn exists(&self) -> bool {
        self.layout.key_file().exists()
    }

    pub(crate) fn has_platform_secret(&self) -> bool {
        self.platform.is_some()
    }

    /// Begins a new, empty vault in `dir` (made if missing; it must hold no vault): the keys,
    /// sealed in memory, and the store to create. The key file is written by
    /// [`Unlocking::finish`], once the store exists. The passphrase must pass the strength rule
    /// ([`passphrase_strength`]); `options` can set the failure wipe from the start, which lets
    /// a vault bound to a platform secret be opened by a device PIN.
    pub(crate) fn begin_create(
        &self,
        passphrase: &Passphrase,
        params: KdfParams,
        options: CreateOptions,
    ) -> Result<Unlocking> {
        if !params.meets_floor() {
            return Err(Error::InvalidInput(Detail::new("detail-kdf-below-minimum")));
        }
        if passphrase.is_empty() {
            return Err(Error::InvalidInput(Detail::new("detail-passphrase-empty")));
        }
        if options.wipe_after_failures == Some(0) {
            return Err(Error::InvalidInput(Detail::new(
                "detail-failure-limit-zero",
            )));
        }
        if self.exists() {
            return Err(Error::VaultExists(self.layout.dir().to_path_buf()));
        }
        let strength_safeguards = Safeguards {
            platform_bound: self.platform.is_some(),
            wipe_after: options.wipe_after_failures,
        };
        strength::require(passphrase, strength_safeguards)?;
        fs::create_dir_all(self.layout.dir())?;
        restrict_permissions(self.layout.dir());
        let platform = self.platform_secret(self.platform.is_some())?;
        let mut key_file = KeyFile::new(params, self.platform.is_some());
        key_file.set_wipe_after(options.wipe_after_failures);
        let passphrase_key =
            kdf::derive_passphrase_key(passphrase, key_file.kdf_salt(), key_file.params())?;
        let contents = SlotContents {
            kind: SlotKind::Data,
            data_key: SecretKey::generate(),
            duress_slot: None,
            store_id: random_bytes(),
            replaces: [None, None],
            duress_tag: [0; TAG_LEN_SLOT],
            replaced_tags: [[0; TAG_LEN_SLOT]; 2],
        };
        let slot = random_index(&[]);
        let filler = filler_key(&contents.data_key);
        for index in 0..SLOT_COUNT {
            key_file.fill_slot(index, &filler);
        }
        seal_into(
            &mut key_file,
            slot,
            &passphrase_key,
            platform.as_deref().map(Vec::as_slice),
            &contents,
        )?;
        Ok(Unlocking {
            keys: UnlockedKeys {
                layout: self.layout.clone(),
                key_path: self.layout.key_file(),
                key_file,
                platform_secret: platform,
                passphrase_key: passphrase_key.clone(),
                slot,
                contents,
                cleanup: None,
                wait_at_lock: true,
                relies_on_wipe: strength::relies_on_wipe(passphrase, strength_safeguards),
            },
            open: OpenStore::Create,
            owed: Owed::KeyFile,
        })
    }

    /// Unlocks the key file with `passphrase`, up to the store. The attempt is counted on disk
    /// before the key is derived; the count is cleared on success. The duress passphrase destroys
    /// the real keys and names a new empty store, and says so to nobody.
    pub(crate) fn begin_unlock(&self, passphrase: &Passphrase) -> Result<Unlocking> {
        let mut unlocking = self.open_slots(passphrase)?;
        // Not the full estimate: it would leave more copies of the passphrase in memory on
        // every unlock, and the shape is all the rule needs here.
        unlocking.keys.relies_on_wipe =
            strength::relies_on_wipe(passphrase, unlocking.keys.safeguards());
        Ok(unlocking)
    }

    fn open_slots(&self, passphrase: &Passphrase) -> Result<Unlocking> {
        let key_path = self.layout.key_file();
        if !key_path.exists() {
            return Err(Error::NoVault(self.layout.dir().to_path_buf()));
        }
        let mut key_file = KeyFile::read(&key_path)?;
        let limit = key_file.wipe_after();
        if limit.is_some_and(|limit| key_file.failed_attempts() >= limit) {
            self.wipe()?;
            return Err(Error::WrongPassphrase);
        }
        let platform = self.platform_secret(key_file.platform_bound())?;
        key_file.set_failed_attempts(key_file.failed_attempts().saturating_add(1));
        key_file.persist_counters(&key_path)?;

        let passphrase_key =
            kdf::derive_passphrase_key(passphrase, key_file.kdf_salt(), key_file.params())?;
        let mut opened = Vec::new();
        for index in 0..SLOT_COUNT {
            let slot_key = kdf::derive_slot_key(
                &passphrase_key,
                platform.as_deref().map(|secret| secret.as_slice()),
                key_file.slot_salt(index),
            )?;
            if let Some(contents) = key_file.open_slot(index, &slot_key) {
                opened.push((index, contents));
            }
        }
        // A duress slot that opens beside a data slot is one a duress unlock had not yet erased.
        let duress_opened: Vec<usize> = opened
            .iter()
            .filter(|(_, contents)| contents.kind == SlotKind::Duress)
            .map(|(index, _)| *index)
            .collect();
        let Some((slot, contents)) = choose_slot(opened) else {
            if limit.is_some_and(|limit| key_file.failed_attempts() >= limit) {
                self.wipe()?;
            }
            return Err(Error::WrongPassphrase);
        };
        key_file.set_failed_attempts(0);
        match contents.kind {
            SlotKind::Data => {
                key_file.persist_counters(&key_path)?;
                let left = self.finish_interrupted_changes(
                    &mut key_file,
                    &key_path,
                    slot,
                    &contents,
                    &duress_opened,
                )?;
                let open = if left.is_empty() {
                    OpenStore::Open
                } else {
                    OpenStore::OpenOrRemake
                };
                let slots = left
                    .iter()
                    .map(|index| key_file.slot_write(*index))
                    .collect();
                Ok(Unlocking {
                    keys: UnlockedKeys {
                        layout: self.layout.clone(),
                        key_path,
                        key_file,
                        platform_secret: platform,
                        passphrase_key,
                        slot,
                        contents,
                        cleanup: None,
                        wait_at_lock: true,
                        relies_on_wipe: false,
                    },
                    open,
                    owed: Owed::Housekeeping { slots },
                })
            }
            SlotKind::Duress => {
                self.duress_reset(key_file, key_path, slot, &passphrase_key, platform)
            }
        }
    }

    /// The panic button: overwrites the key file with random bytes and syncs it (after which no
    /// passphrase opens anything), then deletes the database, its WAL and every attachment, and
    /// the key file. Needs no passphrase. Wiping a folder with no vault does nothing.
    pub fn wipe(&self) -> Result<()> {
        let key_path = self.layout.key_file();
        self.shred_key_file()?;
        self.layout.remove_stores_except(None)?;
        match fs::remove_file(&key_path) {
            Ok(()) => {}
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
            Err(error) => return Err(error.into()),
        }
        keyfile::sync_parent(&key_path).ok();
        // Leaves the folder if something else is in it.
        let _ = fs::remove_dir(self.layout.dir());
        Ok(())
    }

    /// The first step of [`VaultKeys::wipe`] alone: overwrites the key file with random bytes and
    /// syncs it, after which no passphrase opens anything. Touches nothing else, so it can run
    /// before waiting for the open vault to be closed. Does nothing without a key file.
    pub fn shred_key_file(&self) -> Result<()> {
        let key_path = self.layout.key_file();
        match keyfile::shred(&key_path) {
            Err(Error::Io(error)) if error.kind() == std::io::ErrorKind::NotFound => Ok(()),
            other => other,
        }
    }

    /// Failed unlock attempts since the last success.
    pub fn failed_attempts(&self) -> Result<u32> {
        if !self.exists() {
            return Err(Error::NoVault(self.layout.dir().to_path_buf()));
        }
        Ok(KeyFile::read(&self.layout.key_file())?.failed_attempts())
    }

    fn platform_secret(&self, bound: bool) -> Result<Option<Zeroizing<Vec<u8>>>> {
        if !bound {
            return Ok(None);
        }
        let platform = self
            .platform
            .as_ref()
            .ok_or_else(|| Error::PlatformSecret("detail-no-keystore".into()))?;
        platform.secret().map(Some).map_err(Error::PlatformSecret)
    }

    /// Checks every slot other than ours and the duress slot is filler; finishes a passphrase or
    /// duress change that was cut short; anything else means the file was altered. Returns the
    /// slots of a duress unlock cut short (`duress_opened`, the duress slots this passphrase
    /// opened, that our slot replaces): erased here in memory only, on disk once the store is
    /// synced ([`cleanup`]).
    fn finish_interrupted_changes(
        &self,
        key_file: &mut KeyFile,
        key_path: &Path,
        slot: usize,
        contents: &SlotContents,
        duress_opened: &[usize],
    ) -> Result<Vec<usize>> {
        let mut left = Vec::new();
        let filler = filler_key(&contents.data_key);
        for index in 0..SLOT_COUNT {
            if index == slot || key_file.is_filler(index, &filler) {
                continue;
            }
            if Some(index) == contents.duress_slot {
                // Filler here means a duress change was cut short before the slot was written.
                if key_file.slot_tag(index, &filler) == Some(contents.duress_tag) {
                    continue;
                }
                return Err(Error::Corrupted("detail-key-file-altered"));
            }
            let replaced = contents
                .replaces
                .iter()
                .position(|replaced| *replaced == Some(index));
            match replaced {
                Some(position)
                    if key_file.slot_tag(index, &filler)
                        == Some(contents.replaced_tags[position]) =>
                {
                    key_file.fill_slot(index, &filler);
                    if duress_opened.contains(&index) {
                        left.push(index);
                    } else {
                        key_file.persist_slot(key_path, index)?;
                    }
                }
                _ => return Err(Error::Corrupted("detail-key-file-altered")),
            }
        }
        Ok(left)
    }

    /// Crypto-shreds the real key, deletes every case, and opens a new, empty vault under the
    /// passphrase just typed. Key slots first: once they are gone nothing else matters. Before
    /// returning it syncs one write, as a normal unlock does (the counter's reset); the rest is
    /// left to [`cleanup`].
    fn duress_reset(
        &self,
        mut key_file: KeyFile,
        key_path: PathBuf,
        duress_slot: usize,
        passphrase_key: &SecretKey,
        platform: Option<Zeroizing<Vec<u8>>>,
    ) -> Result<Unlocking> {
        let data_key = SecretKey::generate();
        let filler = filler_key(&data_key);
        let contents = SlotContents {
            kind: SlotKind::Data,
            data_key,
            duress_slot: None,
            store_id: random_bytes(),
            replaces: [Some(duress_slot), None],
            duress_tag: [0; TAG_LEN_SLOT],
            replaced_tags: [
                slot_tag(&key_file, duress_slot, &filler)?,
                [0; TAG_LEN_SLOT],
            ],
        };
        let slot = random_index(&[duress_slot]);
        for index in (0..SLOT_COUNT).filter(|index| *index != duress_slot) {
            key_file.fill_slot(index, &filler);
        }
        seal_into(
            &mut key_file,
            slot,
            passphrase_key,
            platform.as_deref().map(Vec::as_slice),
            &contents,
        )?;
        // The duress slot stays until the new store is synced: it is what tells the next unlock
        // that a store missing after a power cut was new (`cleanup`).
        key_file.persist_counters_and_slots(&key_path)?;
        key_file.fill_slot(duress_slot, &filler);
        let slots = vec![key_file.slot_write(duress_slot)];
        Ok(Unlocking {
            keys: UnlockedKeys {
                layout: self.layout.clone(),
                key_path,
                key_file,
                platform_secret: platform,
                passphrase_key: passphrase_key.clone(),
                slot,
                contents,
                cleanup: None,
                wait_at_lock: true,
                relies_on_wipe: false,
            },
            open: OpenStore::CreateUnsynced,
            owed: Owed::Housekeeping { slots },
        })
    }
}

impl Drop for UnlockedKeys {
    /// Locking waits for a duress unlock's clean-up, so a locked vault's folder holds exactly
    /// one store, unless [`UnlockedKeys::set_wait_at_lock`] said not to.
    fn drop(&mut self) {
        if self.wait_at_lock {
            self.finish_cleanup();
        }
    }
}

impl UnlockedKeys {
    pub fn dir(&self) -> &Path {
        self.layout.dir()
    }

    /// The folder of the store these keys name.
    pub(crate) fn store_dir(&self) -> PathBuf {
        self.layout.store_dir(&self.contents.store_id)
    }

    /// The vault folder, locked: what a wipe needs.
    pub(crate) fn locked(&self) -> VaultKeys {
        VaultKeys {
            layout: self.layout.clone(),
            platform: None,
        }
    }

    /// Whether locking waits for what a duress unlock left to do after returning (deleting the
    /// old store, syncing the new one, erasing the duress slot); it does unless told otherwise.
    /// A short-lived process (the command line) need not: the work carries on while the process
    /// runs, and if it exits first, the next unlock finds what is left and does it. Key-file
    /// changes made through this vault always wait for it first.
    pub fn set_wait_at_lock(&mut self, wait: bool) {
        self.wait_at_lock = wait;
    }

    /// Waits for the clean-up thread, so that nothing else writes the key file at the same time.
    fn finish_cleanup(&mut self) {
        if let Some(cleanup) = self.cleanup.take() {
            let _ = cleanup.join();
        }
    }

    /// What deriving a new passphrase's key takes from this vault, for
    /// [`KeyDerivation::derive_passphrase`] or [`KeyDerivation::derive_duress`] to run without
    /// holding it.
    pub fn key_derivation(&self) -> KeyDerivation {
        KeyDerivation {
            salt: Zeroizing::new(self.key_file.kdf_salt().to_vec()),
            params: self.key_file.params(),
            safeguards: self.safeguards(),
            store_id: self.contents.store_id,
        }
    }

    /// The passphrase and key of `derived`, checked again for `purpose` against this vault as it
    /// is now (the key itself does not depend on the purpose). A key derived for another vault (one opened since) is refused as [`Error::Locked`]:
    /// the vault it was meant for is no longer open. If the key file's salt or cost changed
    /// meanwhile, the key is derived again here.
    fn take_derived(
        &self,
        derived: DerivedPassphrase,
        purpose: Purpose,
    ) -> Result<(Passphrase, SecretKey)> {
        if derived.from.store_id != self.contents.store_id {
            return Err(Error::Locked);
        }
        derivation::check(&derived.passphrase, purpose, self.safeguards())?;
        let key = if derived.from.same_inputs(&self.key_derivation()) {
            derived.key
        } else {
            self.derive(&derived.passphrase)?
        };
        Ok((derived.passphrase, key))
    }

    /// Re-wraps the data key under `new`; no case is re-encrypted. The new slot is written and
    /// synced before the old one is erased, so a crash leaves one of the two passphrases working.
    pub fn change_passphrase(&mut self, new: &Passphrase) -> Result<()> {
        let derived = self.key_derivation().derive_passphrase(new)?;
        self.change_passphrase_derived(derived)
    }

    /// [`UnlockedKeys::change_passphrase`] with the key derived beforehand, without this vault held.
    pub fn change_passphrase_derived(&mut self, derived: DerivedPassphrase) -> Result<()> {
        let (new, passphrase_key) = self.take_derived(derived, Purpose::Passphrase)?;
        self.finish_cleanup();
        if self.duress_matches(&passphrase_key)? {
            return Err(Error::InvalidInput(Detail::new(
                "detail-new-passphrase-is-duress",
            )));
        }
        let old = self.slot;
        let new_slot = random_index(&[old, self.contents.duress_slot.unwrap_or(old)]);
        let contents = SlotContents {
            kind: SlotKind::Data,
            data_key: self.contents.data_key.clone(),
            duress_slot: self.contents.duress_slot,
            store_id: self.contents.store_id,
            replaces: [Some(old), None],
            duress_tag: self.contents.duress_tag,
            replaced_tags: [
                slot_tag(&self.key_file, old, &filler_key(&self.contents.data_key))?,
                [0; TAG_LEN_SLOT],
            ],
        };
        let platform = self.platform_secret.clone();
        let platform = platform.as_deref().map(Vec::as_slice);
        seal_into(
            &mut self.key_file,
            new_slot,
            &passphrase_key,
            platform,
            &contents,
        )?;
        self.key_file.persist_slot(&self.key_path, new_slot)?;
        self.key_file
            .fill_slot(old, &filler_key(&contents.data_key));
        self.key_file.persist_slot(&self.key_path, old)?;
        self.slot = new_slot;
        self.contents = contents;
        self.passphrase_key = passphrase_key;
        self.relies_on_wipe = strength::relies_on_wipe(&new, self.safeguards());
        Ok(())
    }

    /// Sets (or replaces) the duress passphrase. Unlocking with it later destroys this vault.
    /// The key file's size and shape do not change.
    pub fn set_duress(&mut self, duress: &Passphrase) -> Result<()> {
        let derived = self.key_derivation().derive_duress(duress)?;
        self.set_duress_derived(derived)
    }

    /// [`UnlockedKeys::set_duress`] with the key derived beforehand, without this vault held.
    pub fn set_duress_derived(&mut self, derived: DerivedPassphrase) -> Result<()> {
        let (_, passphrase_key) = self.take_derived(derived, Purpose::Duress)?;
        self.finish_cleanup();
        let ours = kdf::derive_slot_key(
            &passphrase_key,
            self.platform(),
            self.key_file.slot_salt(self.slot),
        )?;
        if self.key_file.open_slot(self.slot, &ours).is_some() {
            return Err(Error::InvalidInput(Detail::new(
                "detail-duress-same-as-passphrase",
            )));
        }
        let old_slot = self.slot;
        let old_duress = self.contents.duress_slot;
        let mut taken = vec![old_slot];
        taken.extend(old_duress);
        let duress_slot = random_index(&taken);
        taken.push(duress_slot);
        let new_slot = random_index(&taken);

        // Seal both in memory, then write our new slot (it names and authenticates the duress
        // slot and lists the two it replaces), then the duress slot, then erase the old ones:
        // every prefix of this sequence still unlocks.
        let platform = self.platform_secret.clone();
        let platform = platform.as_deref().map(Vec::as_slice);
        let marker = SlotContents {
            kind: SlotKind::Duress,
            data_key: SecretKey::generate(),
            duress_slot: None,
            store_id: random_bytes(),
            replaces: [None, None],
            duress_tag: [0; TAG_LEN_SLOT],
            replaced_tags: [[0; TAG_LEN_SLOT]; 2],
        };
        seal_into(
            &mut self.key_file,
            duress_slot,
            &passphrase_key,
            platform,
            &marker,
        )?;
        let filler = filler_key(&self.contents.data_key);
        let old_duress_tag = match old_duress {
            Some(index) => slot_tag(&self.key_file, index, &filler)?,
            None => [0; TAG_LEN_SLOT],
        };
        let contents = SlotContents {
            kind: SlotKind::Data,
            data_key: self.contents.data_key.clone(),
            duress_slot: Some(duress_slot),
            store_id: self.contents.store_id,
            replaces: [Some(old_slot), old_duress],
            duress_tag: slot_tag(&self.key_file, duress_slot, &filler)?,
            replaced_tags: [slot_tag(&self.key_file, old_slot, &filler)?, old_duress_tag],
        };
        let current_key = self.passphrase_key.clone();
        seal_into(
            &mut self.key_file,
            new_slot,
            &current_key,
            platform,
            &contents,
        )?;
        self.key_file.persist_slot(&self.key_path, new_slot)?;
        self.key_file.persist_slot(&self.key_path, duress_slot)?;

        let filler = filler_key(&contents.data_key);
        for index in [Some(old_slot), old_duress].into_iter().flatten() {
            self.key_file.fill_slot(index, &filler);
            self.key_file.persist_slot(&self.key_path, index)?;
        }
        self.slot = new_slot;
        self.contents = contents;
        Ok(())
    }

    /// Wipe the vault after this many failed unlocks in a row; `None` turns it off (the default).
    pub fn set_wipe_after_failures(&mut self, limit: Option<u32>) -> Result<()> {
        if limit == Some(0) {
            return Err(Error::InvalidInput(Detail::new(
                "detail-failure-limit-zero",
            )));
        }
        self.finish_cleanup();
        let kept = Safeguards {
            wipe_after: limit,
            ..self.safeguards()
        };
        if self.relies_on_wipe && !kept.allow_pin() {
            return Err(Error::InvalidInput(
                Detail::new("detail-pin-needs-wipe").with_count("tries", PIN_MAX_WIPE_AFTER.into()),
            ));
        }
        self.key_file.set_wipe_after(limit);
        self.key_file.persist_counters(&self.key_path)
    }

    pub fn wipe_after_failures(&self) -> Option<u32> {
        self.key_file.wipe_after()
    }

    /// What protects this vault besides its passphrase: what a new passphrase is judged with.
    pub fn safeguards(&self) -> Safeguards {
        Safeguards {
            platform_bound: self.platform_secret.is_some(),
            wipe_after: self.key_file.wipe_after(),
        }
    }

    fn platform(&self) -> Option<&[u8]> {
        self.platform_secret
            .as_deref()
            .map(|secret| secret.as_slice())
    }

    fn derive(&self, passphrase: &Passphrase) -> Result<SecretKey> {
        kdf::derive_passphrase_key(passphrase, self.key_file.kdf_salt(), self.key_file.params())
    }

    fn duress_matches(&self, passphrase_key: &SecretKey) -> Result<bool> {
        let Some(duress) = self.contents.duress_slot else {
            return Ok(false);
        };
        let slot_key = kdf::derive_slot_key(
            passphrase_key,
            self.platform(),
            self.key_file.slot_salt(duress),
        )?;
        Ok(self.key_file.open_slot(duress, &slot_key).is_some())
    }
}

/// Seals `contents` into `slot` under a fresh slot salt.
fn seal_into(
    key_file: &mut KeyFile,
    slot: usize,
    passphrase_key: &SecretKey,
    platform: Option<&[u8]>,
    contents: &SlotContents,
) -> Result<()> {
    let salt = keyfile::new_slot_salt();
    let slot_key = kdf::derive_slot_key(passphrase_key, platform, &salt)?;
    key_file.seal_slot(slot, &salt, &slot_key, contents);
    Ok(())
}

/// Of all slots a passphrase opened, the one to use: a data slot over a duress slot (a duress
/// reset cut short leaves both), and among data slots the one that replaces the others.
fn choose_slot(mut opened: Vec<(usize, SlotContents)>) -> Option<(usize, SlotContents)> {
    let best = opened
        .iter()
        .enumerate()
        .max_by_key(|(_, (_, contents))| {
            let is_data = contents.kind == SlotKind::Data;
            let replaced = contents.replaces.iter().flatten().count();
            (is_data, replaced)
        })
        .map(|(position, _)| position)?;
    Some(opened.swap_remove(best))
}

fn slot_tag(key_file: &KeyFile, index: usize, filler: &SecretKey) -> Result<[u8; TAG_LEN_SLOT]> {
    key_file
        .slot_tag(index, filler)
        .ok_or(Error::InvalidState("detail-key-slot-unauthenticated"))
}

fn filler_key(data_key: &SecretKey) -> SecretKey {
    kdf::derive_subkey(data_key, "slot-filler")
}

/// A uniformly random slot index not in `taken`, so slot positions say nothing about history.
fn random_index(taken: &[usize]) -> usize {
    loop {
        let [byte] = random_bytes::<1>();
        let index = (byte as usize) % SLOT_COUNT;
        if !taken.contains(&index) {
            return index;
        }
    }
}

fn restrict_permissions(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    // Best effort: some mobile and removable file systems do not keep permissions.
    let _ = fs::set_permissions(dir, fs::Permissions::from_mode(0o700));
}

/// What the tests of unlocking, here and in the layer that opens the store, look at.
#[cfg(test)]
pub(crate) mod testing {
    use super::*;

    impl VaultKeys {
        pub(crate) fn key_path(&self) -> PathBuf {
            self.layout.key_file()
        }

        pub(crate) fn store_dirs(&self) -> Vec<PathBuf> {
            self.layout.store_dirs().unwrap()
        }
    }

    impl UnlockedKeys {
        /// Forgets the keys, as the unlocked vault does when it is locked.
        pub(crate) fn lock(self) {
            drop(self);
        }

        pub(crate) fn duress_slot(&self) -> Option<usize> {
            self.contents.duress_slot
        }
    }

    pub(crate) fn slot_bytes(path: &Path, index: usize) -> Vec<u8> {
        let bytes = fs::read(path).unwrap();
        let start = 64 + index * (bytes.len() - 64) / SLOT_COUNT;
        bytes[start..start + (bytes.len() - 64) / SLOT_COUNT].to_vec()
    }

    pub(crate) fn put_slot_bytes(path: &Path, index: usize, slot: &[u8]) {
        let mut bytes = fs::read(path).unwrap();
        let start = 64 + index * slot.len();
        bytes[start..start + slot.len()].copy_from_slice(slot);
        fs::write(path, bytes).unwrap();
    }
}

#[cfg(test)]
mod tests {
    use super::testing::{put_slot_bytes, slot_bytes};
    use super::*;

    /// A new vault's keys, finished without a store: the tests here look at the key file only.
    fn create(vault: &VaultKeys, passphrase: &str) -> UnlockedKeys {
        vault
            .begin_create(
                &Passphrase::from(passphrase),
                KdfParams::INSECURE_TEST,
                CreateOptions::default(),
            )
            .unwrap()
            .finish(None)
            .unwrap()
    }

    fn unlock(vault: &VaultKeys, passphrase: &str) -> Result<UnlockedKeys> {
        vault
            .begin_unlock(&Passphrase::from(passphrase))?
            .finish(None)
    }

    #[test]
    fn a_passphrase_change_cut_short_is_finished_by_the_next_unlock() {
        let dir = tempfile::tempdir().unwrap();
        let vault = VaultKeys::at(dir.path());
        let mut unlocked = create(&vault, "old amber lantern harbour");
        let key_path = vault.layout.key_file();
        let old_slot = unlocked.slot;
        let old_bytes = slot_bytes(&key_path, old_slot);
        unlocked
            .change_passphrase(&Passphrase::from("new violet tram bridge"))
            .unwrap();
        unlocked.lock();

        // As if the process died after writing the new slot but before erasing the old one.
        put_slot_bytes(&key_path, old_slot, &old_bytes);
        let unlocked = unlock(&vault, "new violet tram bridge").unwrap();
        assert_ne!(
            slot_bytes(&key_path, old_slot),
            old_bytes,
            "old slot erased on unlock"
        );
        unlocked.lock();

        // A leftover that was altered is not cleaned up silently.
        let mut altered = old_bytes.clone();
        altered[40] ^= 1;
        put_slot_bytes(&key_path, old_slot, &altered);
        assert!(matches!(
            unlock(&vault, "new violet tram bridge"),
            Err(Error::Corrupted(_))
        ));
    }

    #[test]
    fn a_duress_change_cut_short_still_unlocks() {
        let dir = tempfile::tempdir().unwrap();
        let vault = VaultKeys::at(dir.path());
        let mut unlocked = create(&vault, "real quiet orchard window");
        let key_path = vault.layout.key_file();
        let before = fs::read(&key_path).unwrap();
        unlocked
            .set_duress(&Passphrase::from("duress copper kettle meadow"))
            .unwrap();
        let duress_slot = unlocked.contents.duress_slot.unwrap();
        let new_slot = unlocked.slot;
        unlocked.lock();

        // As if only the new data slot reached the disk: duress slot and old slot as before.
        let mut partial = before.clone();
        let after = fs::read(&key_path).unwrap();
        let len = (after.len() - 64) / SLOT_COUNT;
        let new_range = 64 + new_slot * len..64 + (new_slot + 1) * len;
        partial[new_range.clone()].copy_from_slice(&after[new_range]);
        let duress_range = 64 + duress_slot * len..64 + (duress_slot + 1) * len;
        assert_eq!(partial[duress_range.clone()], before[duress_range]);
        fs::write(&key_path, &partial).unwrap();
        unlock(&vault, "real quiet orchard window").unwrap().lock();
    }
}
