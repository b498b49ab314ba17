//! The key file: a fixed-size header and a fixed number of fixed-size slots, the same 1,280 bytes
//! whatever is configured. A slot in use (the data key, wrapped; or the duress marker, wrapped) is
//! indistinguishable from an unused one, which is random bytes, so nobody holding the file can tell
//! whether a duress passphrase exists.
//!
//! Layout (little-endian):
//! ```text
//!   0  version (1)            1  flags (bit 0: bound to a platform secret)   2..4 zero
//!   4  Argon2id memory KiB    8  iterations   12  lanes
//!  16  Argon2id salt (32)
//!  48  failed unlock attempts (u32)   52  wipe after N failures (u32, 0 = never)
//!  56  first 8 bytes of SHA-256 over bytes 0..48 (catches accidental damage with a clear error)
//!  64  8 slots × 152 bytes: slot salt (16) ‖ nonce (24) ‖ ciphertext (96) ‖ tag (16)
//! ```
//! Slot plaintext: kind (1) ‖ data key (32) ‖ duress slot index (1, 0xff = none) ‖ store id (16)
//! ‖ slots this one replaces (2 × 1, 0xff = none) ‖ tag of the duress slot (12) ‖ tags of the two
//! replaced slots (2 × 12) ‖ zero (8). A tag is HMAC-SHA256 over a slot's bytes, truncated to 12
//! bytes, so the data slot can vouch for slots its passphrase cannot open. Each slot's associated
//! data is the header's first 48 bytes and the slot index.
//!
//! Unused slots hold filler: bytes derived from the data key and the slot index, which look random
//! to anyone without the key but let an unlocked vault check every byte of the file. Only the two
//! counters are unauthenticated: altering them can trigger or prevent the failure wipe, which
//! anyone able to write the file could do by deleting it.
//!
//! Slots change in place with `pwrite` + `fsync` so that overwriting a slot destroys the old wrapped
//! key on the same blocks (a rename would leave it in freed space), and every change writes the new
//! slot before erasing the old one, so a crash never leaves the vault without a way in.

use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::os::unix::fs::FileExt;
use std::path::Path;

use hkdf::Hkdf;
use hmac::{Hmac, KeyInit, Mac};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::crypto::KdfParams;
use crate::crypto::cipher::{self, NONCE_LEN, TAG_LEN};
use crate::crypto::{SecretKey, fill_random, random_bytes};
use crate::error::{Error, Result};

pub(crate) const SLOT_COUNT: usize = 8;
const HEADER_LEN: usize = 64;
pub(crate) const AUTHENTICATED_HEADER_LEN: usize = 48;
const SLOT_SALT_LEN: usize = 16;
pub(crate) const SLOT_PLAINTEXT_LEN: usize = 96;
const SLOT_LEN: usize = SLOT_SALT_LEN + NONCE_LEN + SLOT_PLAINTEXT_LEN + TAG_LEN;
pub(crate) const KEY_FILE_LEN: usize = HEADER_LEN + SLOT_COUNT * SLOT_LEN;

const VERSION: u8 = 1;
const FLAG_PLATFORM_BOUND: u8 = 1;
const FAILED_OFFSET: usize = 48;
const WIPE_AFTER_OFFSET: usize = 52;
pub(crate) const CHECKSUM_OFFSET: usize = 56;
const NO_SLOT: u8 = 0xff;
pub(crate) const TAG_LEN_SLOT: usize = 12;

/// What an opened slot unlocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SlotKind {
    Data = 1,
    Duress = 2,
}

/// The decrypted contents of one slot.
pub(crate) struct SlotContents {
    pub kind: SlotKind,
    pub data_key: SecretKey,
    pub duress_slot: Option<usize>,
    pub store_id: [u8; 16],
    /// Slots a change of passphrase or duress setting is about to erase; if the change was cut
    /// short, the next unlock finishes it instead of reporting damage.
    pub replaces: [Option<usize>; 2],
    /// Authenticates the duress slot, which the vault passphrase cannot open.
    pub duress_tag: [u8; TAG_LEN_SLOT],
    /// Authenticates each replaced slot as it was, so only a genuine leftover is cleaned up.
    pub replaced_tags: [[u8; TAG_LEN_SLOT]; 2],
}

impl SlotContents {
    pub(crate) fn to_plaintext(&self) -> Zeroizing<[u8; SLOT_PLAINTEXT_LEN]> {
        let mut plain = Zeroizing::new([0u8; SLOT_PLAINTEXT_LEN]);
        plain[0] = self.kind as u8;
        plain[1..33].copy_from_slice(self.data_key.expose());
        plain[33] = self.duress_slot.map_or(NO_SLOT, |index| index as u8);
        plain[34..50].copy_from_slice(&self.store_id);
        plain[50] = self.replaces[0].map_or(NO_SLOT, |index| index as u8);
        plain[51] = self.replaces[1].map_or(NO_SLOT, |index| index as u8);
        plain[52..64].copy_from_slice(&self.duress_tag);
        plain[64..76].copy_from_slice(&self.replaced_tags[0]);
        plain[76..88].copy_from_slice(&self.replaced_tags[1]);
        plain
    }

    pub(crate) fn from_plaintext(plain: &[u8]) -> Option<SlotContents> {
        if plain.len() != SLOT_PLAINTEXT_LEN {
            return None;
        }
        let kind = match plain[0] {
            1 => SlotKind::Data,
            2 => SlotKind::Duress,
            _ => return None,
        };
        if plain[88..] != [0u8; 8] {
            return None;
        }
        let index_at = |offset: usize| -> Option<Option<usize>> {
            match plain[offset] {
                NO_SLOT => Some(None),
                index if (index as usize) < SLOT_COUNT => Some(Some(index as usize)),
                _ => None,
            }
        };
        Some(SlotContents {
            kind,
            data_key: SecretKey::from_slice(&plain[1..33])?,
            duress_slot: index_at(33)?,
            store_id: plain[34..50].try_into().ok()?,
            replaces: [index_at(50)?, index_at(51)?],
            duress_tag: plain[52..64].try_into().ok()?,
            replaced_tags: [
                plain[64..76].try_into().ok()?,
                plain[76..88].try_into().ok()?,
            ],
        })
    }
}

/// A key file read into memory.
pub(crate) struct KeyFile {
    bytes: Box<[u8; KEY_FILE_LEN]>,
}

impl KeyFile {
    /// A new key file with every slot random.
    pub(crate) fn new(params: KdfParams, platform_bound: bool) -> KeyFile {
        let mut bytes = Box::new([0u8; KEY_FILE_LEN]);
        bytes[0] = VERSION;
        bytes[1] = if platform_bound {
            FLAG_PLATFORM_BOUND
        } else {
            0
        };
        bytes[4..8].copy_from_slice(&params.memory_kib.to_le_bytes());
        bytes[8..12].copy_from_slice(&params.iterations.to_le_bytes());
        bytes[12..16].copy_from_slice(&params.parallelism.to_le_bytes());
        bytes[16..48].copy_from_slice(&random_bytes::<32>());
        fill_random(&mut bytes[HEADER_LEN..]);
        let checksum = header_checksum(&bytes[..AUTHENTICATED_HEADER_LEN]);
        bytes[CHECKSUM_OFFSET..HEADER_LEN].copy_from_slice(&checksum);
        KeyFile { bytes }
    }

    pub(crate) fn read(path: &Path) -> Result<KeyFile> {
        Self::from_reader(&mut File::open(path)?)
    }

    /// Reads and checks a key file's bytes; whatever `source` holds, a bad file is an error.
    pub(crate) fn from_reader(file: &mut dyn Read) -> Result<KeyFile> {
        let mut bytes = Box::new([0u8; KEY_FILE_LEN]);
        let mut extra = [0u8; 1];
        file.read_exact(bytes.as_mut())
            .map_err(|_| Error::Corrupted("detail-key-file-too-short"))?;
        if file.read(&mut extra)? != 0 {
            return Err(Error::Corrupted("detail-key-file-too-long"));
        }
        let key_file = KeyFile { bytes };
        if key_file.bytes[0] != VERSION {
            return Err(Error::Corrupted("detail-key-file-unknown-version"));
        }
        let checksum = header_checksum(&key_file.bytes[..AUTHENTICATED_HEADER_LEN]);
        if key_file.bytes[CHECKSUM_OFFSET..HEADER_LEN] != checksum {
            return Err(Error::Corrupted("detail-key-file-header-damaged"));
        }
        if key_file.bytes[1] & !FLAG_PLATFORM_BOUND != 0 || key_file.bytes[2..4] != [0, 0] {
            return Err(Error::Corrupted("detail-key-file-header-malformed"));
        }
        if !key_file.params().within_ceiling() {
            return Err(Error::Corrupted("detail-key-file-impossible-costs"));
        }
        Ok(key_file)
    }

    /// Writes a whole new key file, durably, refusing to replace an existing one.
    pub(crate) fn create(&self, path: &Path) -> Result<()> {
        let mut file = OpenOptions::new().write(true).create_new(true).open(path)?;
        file.write_all(self.bytes.as_ref())?;
        file.sync_all()?;
        sync_parent(path)
    }

    /// The whole file as it would be written.
    #[cfg(any(test, feature = "fuzzing"))]
    pub(crate) fn bytes(&self) -> &[u8] {
        self.bytes.as_ref()
    }

    pub(crate) fn params(&self) -> KdfParams {
        KdfParams {
            memory_kib: self.u32_at(4),
            iterations: self.u32_at(8),
            parallelism: self.u32_at(12),
        }
    }

    pub(crate) fn kdf_salt(&self) -> &[u8] {
        &self.bytes[16..48]
    }

    pub(crate) fn platform_bound(&self) -> bool {
        self.bytes[1] & FLAG_PLATFORM_BOUND != 0
    }

    pub(crate) fn failed_attempts(&self) -> u32 {
        self.u32_at(FAILED_OFFSET)
    }

    pub(crate) fn wipe_after(&self) -> Option<u32> {
        Some(self.u32_at(WIPE_AFTER_OFFSET)).filter(|n| *n > 0)
    }

    fn u32_at(&self, offset: usize) -> u32 {
        let mut word = [0u8; 4];
        word.copy_from_slice(&self.bytes[offset..offset + 4]);
        u32::from_le_bytes(word)
    }

    fn slot_range(index: usize) -> std::ops::Range<usize> {
        let start = HEADER_LEN + index * SLOT_LEN;
        start..start + SLOT_LEN
    }

    fn slot_aad(&self, index: usize) -> Vec<u8> {
        let mut aad = self.bytes[..AUTHENTICATED_HEADER_LEN].to_vec();
        aad.push(index as u8);
        aad
    }

    pub(crate) fn slot_salt(&self, index: usize) -> &[u8] {
        let range = Self::slot_range(index);
        &self.bytes[range.start..range.start + SLOT_SALT_LEN]
    }

    /// Tries to open slot `index` with its slot key.
    pub(crate) fn open_slot(&self, index: usize, slot_key: &SecretKey) -> Option<SlotContents> {
        let range = Self::slot_range(index);
        let sealed = &self.bytes[range.start + SLOT_SALT_LEN..range.end];
        let plain = Zeroizing::new(cipher::open(slot_key, &self.slot_aad(index), sealed)?);
        SlotContents::from_plaintext(&plain)
    }

    /// Seals `contents` into slot `index` in memory, with a fresh slot salt; the caller derives the
    /// slot key from that salt through `slot_key_for`.
    pub(crate) fn seal_slot(
        &mut self,
        index: usize,
        slot_salt: &[u8; SLOT_SALT_LEN],
        slot_key: &SecretKey,
        contents: &SlotContents,
    ) {
        let aad = self.slot_aad(index);
        let sealed = cipher::seal(slot_key, &aad, contents.to_plaintext().as_ref());
        let range = Self::slot_range(index);
        self.bytes[range.start..range.start + SLOT_SALT_LEN].copy_from_slice(slot_salt);
        self.bytes[range.start + SLOT_SALT_LEN..range.end].copy_from_slice(&sealed);
    }

    /// Fills slot `index` with the filler an unlocked vault expects in an unused slot.
    pub(crate) fn fill_slot(&mut self, index: usize, filler_key: &SecretKey) {
        let filler = slot_filler(filler_key, index);
        self.bytes[Self::slot_range(index)].copy_from_slice(filler.as_ref());
    }

    /// The tag a data slot keeps over slot `index` (the duress slot, or one it replaces).
    pub(crate) fn slot_tag(
        &self,
        index: usize,
        filler_key: &SecretKey,
    ) -> Option<[u8; TAG_LEN_SLOT]> {
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(filler_key.expose()).ok()?;
        mac.update(b"wave/v1/duress-slot");
        mac.update(&self.bytes[Self::slot_range(index)]);
        let full = mac.finalize().into_bytes();
        full[..TAG_LEN_SLOT].try_into().ok()
    }

    pub(crate) fn is_filler(&self, index: usize, filler_key: &SecretKey) -> bool {
        let filler = slot_filler(filler_key, index);
        // Not secret-dependent timing worth guarding: the filler is derived, not a credential.
        self.bytes[Self::slot_range(index)] == filler[..]
    }

    pub(crate) fn set_failed_attempts(&mut self, count: u32) {
        self.bytes[FAILED_OFFSET..FAILED_OFFSET + 4].copy_from_slice(&count.to_le_bytes());
    }

    pub(crate) fn set_wipe_after(&mut self, after: Option<u32>) {
        let value = after.unwrap_or(0);
        self.bytes[WIPE_AFTER_OFFSET..WIPE_AFTER_OFFSET + 4].copy_from_slice(&value.to_le_bytes());
    }

    /// Writes the counters in place, durably.
    pub(crate) fn persist_counters(&self, path: &Path) -> Result<()> {
        self.persist_range(path, FAILED_OFFSET..WIPE_AFTER_OFFSET + 4)
    }

    /// Writes slot `index` in place, durably.
    pub(crate) fn persist_slot(&self, path: &Path, index: usize) -> Result<()> {
        self.persist_range(path, Self::slot_range(index))
    }

    /// Writes the counters and every slot in place, durably, in one write and one sync: what a
    /// duress unlock writes before it returns, the same as a normal unlock's reset of the counter.
    pub(crate) fn persist_counters_and_slots(&self, path: &Path) -> Result<()> {
        self.persist_range(path, FAILED_OFFSET..KEY_FILE_LEN)
    }

    /// Slot `index` as it is in memory now, to be written to the file later.
    pub(crate) fn slot_write(&self, index: usize) -> SlotWrite {
        let mut bytes = [0u8; SLOT_LEN];
        bytes.copy_from_slice(&self.bytes[Self::slot_range(index)]);
        SlotWrite { index, bytes }
    }

    fn persist_range(&self, path: &Path, range: std::ops::Range<usize>) -> Result<()> {
        let file = OpenOptions::new().write(true).open(path)?;
        file.write_all_at(&self.bytes[range.clone()], range.start as u64)?;
        file.sync_all()?;
        Ok(())
    }
}

/// One slot's bytes waiting to be written in place (filler erasing a slot; nothing secret).
pub(crate) struct SlotWrite {
    index: usize,
    bytes: [u8; SLOT_LEN],
}

impl SlotWrite {
    /// Writes the slot in place, durably.
    pub(crate) fn persist(&self, path: &Path) -> Result<()> {
        let file = OpenOptions::new().write(true).open(path)?;
        let offset = KeyFile::slot_range(self.index).start as u64;
        file.write_all_at(&self.bytes, offset)?;
        file.sync_all()?;
        Ok(())
    }
}

/// Overwrites the whole key file in place with random bytes and syncs it: after this no
/// passphrase opens anything, whatever happens to the other files.
pub(crate) fn shred(path: &Path) -> Result<()> {
    let file = OpenOptions::new().write(true).open(path)?;
    let length = file.metadata()?.len().max(KEY_FILE_LEN as u64) as usize;
    let mut noise = vec![0u8; length];
    fill_random(&mut noise);
    file.write_all_at(&noise, 0)?;
    file.sync_all()?;
    Ok(())
}

pub(crate) fn header_checksum(header: &[u8]) -> [u8; 8] {
    let digest = Sha256::digest(header);
    let mut checksum = [0u8; 8];
    checksum.copy_from_slice(&digest[..8]);
    checksum
}

fn slot_filler(filler_key: &SecretKey, index: usize) -> Zeroizing<[u8; SLOT_LEN]> {
    let hkdf = Hkdf::<Sha256>::from_prk(filler_key.expose()).ok();
    let mut filler = Zeroizing::new([0u8; SLOT_LEN]);
    if let Some(hkdf) = hkdf {
        // 120 bytes is far below HKDF-SHA256's output limit.
        let _ = hkdf.expand(
            &[b"wave/v1/slot-filler/".as_slice(), &[index as u8]].concat(),
            filler.as_mut(),
        );
    }
    filler
}

pub(crate) fn new_slot_salt() -> [u8; SLOT_SALT_LEN] {
    random_bytes()
}

pub(crate) fn sync_parent(path: &Path) -> Result<()> {
    if let Some(parent) = path.parent() {
        File::open(parent)?.sync_all()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_is_fixed() {
        assert_eq!(SLOT_LEN, 152);
        assert_eq!(KEY_FILE_LEN, 1280);
    }

    #[test]
    fn sealed_slot_opens_only_with_its_key_and_index() {
        let mut key_file = KeyFile::new(KdfParams::FLOOR, false);
        let slot_key = SecretKey::generate();
        let contents = SlotContents {
            kind: SlotKind::Data,
            data_key: SecretKey::generate(),
            duress_slot: Some(3),
            store_id: [9; 16],
            replaces: [Some(1), None],
            duress_tag: [4; TAG_LEN_SLOT],
            replaced_tags: [[5; TAG_LEN_SLOT], [6; TAG_LEN_SLOT]],
        };
        key_file.seal_slot(5, &new_slot_salt(), &slot_key, &contents);
        let opened = key_file.open_slot(5, &slot_key).unwrap();
        assert_eq!(opened.kind, SlotKind::Data);
        assert_eq!(opened.duress_slot, Some(3));
        assert_eq!(opened.replaces, [Some(1), None]);
        assert_eq!(opened.duress_tag, [4; TAG_LEN_SLOT]);
        assert_eq!(opened.replaced_tags, [[5; TAG_LEN_SLOT], [6; TAG_LEN_SLOT]]);
        assert_eq!(opened.data_key.expose(), contents.data_key.expose());
        assert!(key_file.open_slot(4, &slot_key).is_none());
        assert!(key_file.open_slot(5, &SecretKey::generate()).is_none());
    }
}
