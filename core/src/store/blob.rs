//! Attachment files: streamed through the STREAM construction (XChaCha20-Poly1305, 64 KiB
//! chunks, big-endian counter and last-chunk flag), so memory stays constant whatever the size and
//! truncating, reordering or extending the chunks fails authentication. Each file has its own
//! random key, kept in the attachment's row envelope: deleting the row shreds the file.
//!
//! File: version (1) ‖ nonce prefix (19) ‖ chunks, each 64 KiB of ciphertext + 16-byte tag, the
//! last one shorter (possibly empty + tag). The 20-byte header is every chunk's associated data.

use std::fs::{File, OpenOptions};
use std::io::{ErrorKind, Read, Write};
use std::path::Path;
use std::thread;

use chacha20poly1305::XChaCha20Poly1305;
use chacha20poly1305::aead::KeyInit;
use chacha20poly1305::aead::stream::{DecryptorBE32, EncryptorBE32};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::feed::{Consumer, Feed};
use crate::error::{Error, Result};
use crate::vault::{SecretKey, random_bytes};

pub(crate) const CHUNK_LEN: usize = 64 * 1024;
const TAG_LEN: usize = 16;
const VERSION: u8 = 1;
const NONCE_PREFIX_LEN: usize = 19;
const HEADER_LEN: usize = 1 + NONCE_PREFIX_LEN;
/// Plaintext goes to the hashing thread in batches of this many bytes: one hand-over (and thread
/// wake-up) per batch rather than per chunk.
const HASH_BATCH: usize = 4 * CHUNK_LEN;
/// Hashing batch buffers that exist at most: 768 KiB.
const HASH_BUFFERS: usize = 3;
/// Ciphertext goes to the writing thread in batches of this many bytes.
const WRITE_BATCH: usize = 4 * CHUNK_LEN;
/// Writing batch buffers that exist at most: 2 MiB, enough to keep the cipher busy while the
/// writing thread waits for an early sync.
const WRITE_BUFFERS: usize = 8;
/// While an attachment is written, the disk is asked to start on it every this many bytes.
const EARLY_SYNC: usize = 4 * 1024 * 1024;

/// What streaming a file through produced: its plaintext length and SHA-256.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BlobDigest {
    pub size: u64,
    pub sha256: [u8; 32],
}

/// Encrypts everything `source` yields into a new file at `path` and syncs it. The file is
/// written by a helper thread ([`FileWriter`]), beside the cipher.
pub(crate) fn encrypt_to_file(
    key: &SecretKey,
    source: &mut dyn Read,
    path: &Path,
) -> Result<BlobDigest> {
    let file = OpenOptions::new().write(true).create_new(true).open(path)?;
    let result = thread::scope(|scope| {
        let mut writer = Feed::start(
            scope,
            "wave-attachment-write",
            WRITE_BATCH,
            WRITE_BUFFERS,
            || FileWriter {
                file: &file,
                unsynced: 0,
            },
        );
        let streamed = encrypt_stream(key, source, &mut writer);
        // The writer's own error (a full disk, a failed sync) explains a failed stream best.
        let written = writer.finish();
        written.and(streamed)
    });
    if result.is_err() {
        drop(file);
        let _ = std::fs::remove_file(path);
    }
    result
}

/// Writes an attachment file and asks the disk every [`EARLY_SYNC`] bytes to start writing it
/// out, so the closing sync finds little left to do; finishing syncs the file. Every sync's
/// error counts: the kernel reports a failed write-back to one sync only.
struct FileWriter<'a> {
    file: &'a File,
    unsynced: usize,
}

impl Consumer for FileWriter<'_> {
    type Output = ();

    fn consume(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        let mut file = self.file;
        file.write_all(bytes)?;
        self.unsynced += bytes.len();
        if self.unsynced >= EARLY_SYNC {
            self.unsynced = 0;
            file.sync_data()?;
        }
        Ok(())
    }

    fn finish(self) -> std::io::Result<()> {
        self.file.sync_all()
    }
}

/// The fingerprint.
impl Consumer for Sha256 {
    type Output = sha2::digest::Output<Sha256>;

    fn consume(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        Digest::update(self, bytes);
        Ok(())
    }

    fn finish(self) -> std::io::Result<Self::Output> {
        Ok(self.finalize())
    }
}

/// Runs `stream`, which pushes every plaintext chunk into the hasher and returns the total size.
/// SHA-256 costs about as much as the cipher, so it runs on a helper thread beside it.
fn fingerprinted(stream: impl FnOnce(&mut Feed<'_, Sha256>) -> Result<u64>) -> Result<BlobDigest> {
    thread::scope(|scope| {
        let mut hasher = Feed::start(
            scope,
            "wave-attachment-hash",
            HASH_BATCH,
            HASH_BUFFERS,
            Sha256::new,
        );
        let streamed = stream(&mut hasher);
        let sha256 = hasher.finish();
        let size = streamed?;
        Ok(BlobDigest {
            size,
            sha256: sha256?.into(),
        })
    })
}

fn encrypt_stream(
    key: &SecretKey,
    source: &mut dyn Read,
    sink: &mut dyn Write,
) -> Result<BlobDigest> {
    let prefix: [u8; NONCE_PREFIX_LEN] = random_bytes();
    let mut header = [0u8; HEADER_LEN];
    header[0] = VERSION;
    header[1..].copy_from_slice(&prefix);
    sink.write_all(&header)?;

    let cipher = XChaCha20Poly1305::new(key.expose().into());
    let mut encryptor = EncryptorBE32::from_aead(cipher, prefix.as_slice().into());
    let mut current = Zeroizing::new(Vec::with_capacity(CHUNK_LEN + TAG_LEN));
    let mut next = Zeroizing::new(Vec::with_capacity(CHUNK_LEN + TAG_LEN));
    fingerprinted(|hasher| {
        let mut size = 0;
        fill_chunk(source, &mut current, CHUNK_LEN)?;
        loop {
            hasher.push(&current)?;
            size += current.len() as u64;
            fill_chunk(source, &mut next, CHUNK_LEN)?;
            if next.is_empty() {
                encryptor
                    .encrypt_last_in_place(&header, &mut *current)
                    .map_err(|_| Error::InvalidState("attachment encryption failed"))?;
                sink.write_all(&current)?;
                return Ok(size);
            }
            encryptor
                .encrypt_next_in_place(&header, &mut *current)
                .map_err(|_| Error::InvalidState("attachment encryption failed"))?;
            sink.write_all(&current)?;
            std::mem::swap(&mut current, &mut next);
        }
    })
}

/// Decrypts the file at `path` into `sink`, chunk by chunk. Bytes reach `sink` only after their
/// chunk authenticated, but a file damaged part-way fails after earlier chunks were written: the
/// caller decides what to do with a partial output.
pub(crate) fn decrypt_from_file(
    key: &SecretKey,
    path: &Path,
    sink: &mut dyn Write,
) -> Result<BlobDigest> {
    let mut file = File::open(path)?;
    decrypt_stream(key, &mut file, sink)
}

fn decrypt_stream(
    key: &SecretKey,
    source: &mut dyn Read,
    sink: &mut dyn Write,
) -> Result<BlobDigest> {
    let mut header = [0u8; HEADER_LEN];
    let mut header_buffer = Vec::with_capacity(HEADER_LEN);
    fill_chunk(source, &mut header_buffer, HEADER_LEN)?;
    if header_buffer.len() != HEADER_LEN {
        return Err(Error::Corrupted("an attachment file is truncated"));
    }
    header.copy_from_slice(&header_buffer);
    if header[0] != VERSION {
        return Err(Error::Corrupted(
            "an attachment file has an unknown version",
        ));
    }
    let cipher = XChaCha20Poly1305::new(key.expose().into());
    let mut decryptor = DecryptorBE32::from_aead(cipher, header[1..].into());
    let mut current = Zeroizing::new(Vec::with_capacity(CHUNK_LEN + TAG_LEN));
    let mut next = Zeroizing::new(Vec::with_capacity(CHUNK_LEN + TAG_LEN));
    fingerprinted(|hasher| {
        let mut size = 0;
        fill_chunk(source, &mut current, CHUNK_LEN + TAG_LEN)?;
        loop {
            if current.len() < TAG_LEN {
                return Err(Error::Corrupted("an attachment file is truncated"));
            }
            fill_chunk(source, &mut next, CHUNK_LEN + TAG_LEN)?;
            if next.is_empty() {
                decryptor
                    .decrypt_last_in_place(&header, &mut *current)
                    .map_err(|_| Error::Corrupted("an attachment file failed authentication"))?;
                hasher.push(&current)?;
                size += current.len() as u64;
                sink.write_all(&current)?;
                return Ok(size);
            }
            decryptor
                .decrypt_next_in_place(&header, &mut *current)
                .map_err(|_| Error::Corrupted("an attachment file failed authentication"))?;
            hasher.push(&current)?;
            size += current.len() as u64;
            sink.write_all(&current)?;
            std::mem::swap(&mut current, &mut next);
        }
    })
}

/// Reads until `buffer` holds `want` bytes or the source ends. What the buffer held before (the
/// chunk before last, which the cipher already consumed) is overwritten or cut off, not zeroed
/// first: that would cost a pass over every chunk.
fn fill_chunk(source: &mut dyn Read, buffer: &mut Vec<u8>, want: usize) -> Result<()> {
    buffer.resize(want, 0);
    let mut filled = 0;
    while filled < want {
        match source.read(&mut buffer[filled..]) {
            Ok(0) => break,
            Ok(read) => filled += read,
            Err(error) if error.kind() == ErrorKind::Interrupted => continue,
            Err(error) => return Err(error.into()),
        }
    }
    buffer.truncate(filled);
    Ok(())
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn encrypt(key: &SecretKey, data: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        encrypt_stream(key, &mut &data[..], &mut out).unwrap();
        out
    }

    fn decrypt(key: &SecretKey, sealed: &[u8]) -> Result<Vec<u8>> {
        let mut out = Vec::new();
        decrypt_stream(key, &mut &sealed[..], &mut out)?;
        Ok(out)
    }

    #[test]
    fn sizes_around_chunk_boundaries_round_trip() {
        let key = SecretKey::generate();
        for size in [0, 1, CHUNK_LEN - 1, CHUNK_LEN, CHUNK_LEN + 1, 3 * CHUNK_LEN] {
            let data: Vec<u8> = (0..size).map(|i| (i % 251) as u8).collect();
            let sealed = encrypt(&key, &data);
            assert_eq!(decrypt(&key, &sealed).unwrap(), data, "size {size}");
        }
    }

    #[test]
    fn size_and_fingerprint_are_those_of_the_plaintext() {
        let key = SecretKey::generate();
        // Up to more batches than the hashing thread has buffers, so buffers are reused.
        for size in [
            0,
            1,
            CHUNK_LEN,
            CHUNK_LEN + 1,
            HASH_BATCH,
            HASH_BATCH + 1,
            (HASH_BUFFERS + 2) * HASH_BATCH + 7,
        ] {
            let data: Vec<u8> = (0..size).map(|i| (i % 241) as u8).collect();
            let expected = BlobDigest {
                size: size as u64,
                sha256: Sha256::digest(&data).into(),
            };
            let mut sealed = Vec::new();
            let written = encrypt_stream(&key, &mut &data[..], &mut sealed).unwrap();
            assert_eq!(written, expected, "size {size}");
            let mut out = Vec::new();
            let read = decrypt_stream(&key, &mut &sealed[..], &mut out).unwrap();
            assert_eq!(read, expected, "size {size}");
            assert_eq!(out, data);
        }
    }

    #[test]
    fn files_larger_than_the_writing_buffers_and_an_early_sync_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let key = SecretKey::generate();
        let size = EARLY_SYNC + WRITE_BUFFERS * WRITE_BATCH + 5;
        let data: Vec<u8> = (0..size).map(|i| (i % 239) as u8).collect();
        let path = dir.path().join("blob");
        let written = encrypt_to_file(&key, &mut &data[..], &path).unwrap();
        assert_eq!(written.size, size as u64);
        assert_eq!(written.sha256, <[u8; 32]>::from(Sha256::digest(&data)));
        let mut out = Vec::new();
        assert_eq!(decrypt_from_file(&key, &path, &mut out).unwrap(), written);
        assert_eq!(out, data);
        // A file that exists already is never overwritten, and is left alone.
        assert!(encrypt_to_file(&key, &mut &data[..10], &path).is_err());
        assert!(path.exists());
    }

    #[test]
    fn truncation_at_a_chunk_boundary_and_extension_fail() {
        let key = SecretKey::generate();
        let data = vec![7u8; 2 * CHUNK_LEN + 10];
        let sealed = encrypt(&key, &data);
        let one_chunk = HEADER_LEN + CHUNK_LEN + TAG_LEN;
        assert!(decrypt(&key, &sealed[..one_chunk]).is_err());
        let mut extended = sealed.clone();
        extended.extend_from_slice(&[0u8; TAG_LEN]);
        assert!(decrypt(&key, &extended).is_err());
        assert!(decrypt(&key, &sealed[..HEADER_LEN]).is_err());
        assert!(decrypt(&key, &sealed[..5]).is_err());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn any_flipped_byte_is_detected(len in 0usize..(CHUNK_LEN * 2 + 100), at in any::<prop::sample::Index>(), bit in 0u8..8) {
            let key = SecretKey::generate();
            let data = vec![0x5a; len];
            let mut sealed = encrypt(&key, &data);
            let index = at.index(sealed.len());
            sealed[index] ^= 1 << bit;
            prop_assert!(decrypt(&key, &sealed).is_err());
        }
    }
}
