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
use std::sync::mpsc::{Receiver, SyncSender, TryRecvError, channel, sync_channel};
use std::thread;

use chacha20poly1305::XChaCha20Poly1305;
use chacha20poly1305::aead::KeyInit;
use chacha20poly1305::aead::stream::{DecryptorBE32, EncryptorBE32};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::vault::{SecretKey, random_bytes};

pub(crate) const CHUNK_LEN: usize = 64 * 1024;
const TAG_LEN: usize = 16;
const VERSION: u8 = 1;
const NONCE_PREFIX_LEN: usize = 19;
const HEADER_LEN: usize = 1 + NONCE_PREFIX_LEN;
/// Plaintext goes to the hashing thread in batches of this many bytes: one hand-over (and
/// thread wake-up) per batch rather than per chunk.
const HASH_BATCH: usize = 4 * CHUNK_LEN;
/// Batch buffers that exist at most, so the copies never take more than 768 KiB.
const HASH_BUFFERS: usize = 3;
/// While an attachment is written, the disk is asked to start on it every this many bytes.
const EARLY_SYNC: usize = 4 * 1024 * 1024;

/// What streaming a file through produced: its plaintext length and SHA-256.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BlobDigest {
    pub size: u64,
    pub sha256: [u8; 32],
}

/// Encrypts everything `source` yields into a new file at `path` and syncs it.
pub(crate) fn encrypt_to_file(
    key: &SecretKey,
    source: &mut dyn Read,
    path: &Path,
) -> Result<BlobDigest> {
    let file = OpenOptions::new().write(true).create_new(true).open(path)?;
    let result = write_synced(&file, |sink| encrypt_stream(key, source, sink));
    if result.is_err() {
        drop(file);
        let _ = std::fs::remove_file(path);
    }
    result
}

/// Runs `write` into `file`, then syncs the file. Meanwhile a helper thread asks the disk to
/// write out what has arrived every [`EARLY_SYNC`] bytes, so the disk works beside the cipher and
/// the closing sync finds little left to do. Any sync's error is returned: the kernel reports a
/// failed write-back to one sync only.
fn write_synced<T>(file: &File, write: impl FnOnce(&mut dyn Write) -> Result<T>) -> Result<T> {
    thread::scope(|scope| {
        let (nudge, nudges) = sync_channel::<()>(1);
        let syncer = thread::Builder::new()
            .name("wave-attachment-sync".into())
            .spawn_scoped(scope, move || -> std::io::Result<()> {
                for () in nudges {
                    file.sync_data()?;
                }
                Ok(())
            });
        let mut sink = EarlySync {
            file,
            nudge: syncer.is_ok().then_some(nudge),
            unsynced: 0,
        };
        let written = write(&mut sink);
        // Closing the channel ends the thread once its current sync returns.
        drop(sink);
        let early = match syncer {
            Ok(handle) => handle
                .join()
                .map_err(|_| Error::InvalidState("syncing an attachment failed"))?,
            Err(_) => Ok(()),
        };
        let value = written?;
        early?;
        file.sync_all()?;
        Ok(value)
    })
}

/// Writes to the file and nudges the syncing thread every [`EARLY_SYNC`] bytes; a nudge while
/// the thread is still busy with the last one is dropped.
struct EarlySync<'a> {
    file: &'a File,
    nudge: Option<SyncSender<()>>,
    unsynced: usize,
}

impl Write for EarlySync<'_> {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        let mut file = self.file;
        let written = file.write(bytes)?;
        self.unsynced += written;
        if self.unsynced >= EARLY_SYNC {
            self.unsynced = 0;
            if let Some(nudge) = &self.nudge {
                let _ = nudge.try_send(());
            }
        }
        Ok(written)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
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
    with_hasher(|hasher| {
        fill_chunk(source, &mut current, CHUNK_LEN)?;
        loop {
            hasher.update(&current)?;
            fill_chunk(source, &mut next, CHUNK_LEN)?;
            if next.is_empty() {
                encryptor
                    .encrypt_last_in_place(&header, &mut *current)
                    .map_err(|_| Error::InvalidState("attachment encryption failed"))?;
                sink.write_all(&current)?;
                return Ok(());
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
    with_hasher(|hasher| {
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
                hasher.update(&current)?;
                sink.write_all(&current)?;
                return Ok(());
            }
            decryptor
                .decrypt_next_in_place(&header, &mut *current)
                .map_err(|_| Error::Corrupted("an attachment file failed authentication"))?;
            hasher.update(&current)?;
            sink.write_all(&current)?;
            std::mem::swap(&mut current, &mut next);
        }
    })
}

/// Runs `stream` with a [`ChunkHasher`] and returns the size and SHA-256 of everything it was
/// given. The hashing runs on a helper thread, overlapping the cipher (SHA-256 costs about as
/// much as XChaCha20-Poly1305); if no thread can be started it runs inline.
fn with_hasher(stream: impl FnOnce(&mut ChunkHasher) -> Result<()>) -> Result<BlobDigest> {
    thread::scope(|scope| {
        let (to_hasher, batches) = sync_channel::<Zeroizing<Vec<u8>>>(HASH_BUFFERS);
        let (give_back, returned) = channel();
        let spawned = thread::Builder::new()
            .name("wave-attachment-hash".into())
            .spawn_scoped(scope, move || {
                let mut sha256 = Sha256::new();
                for batch in batches {
                    sha256.update(&batch[..]);
                    // The stream may have ended already; the buffer is then just dropped.
                    let _ = give_back.send(batch);
                }
                sha256.finalize()
            });
        let mut hasher = ChunkHasher {
            size: 0,
            mode: match spawned {
                Ok(handle) => HashMode::Background {
                    to_hasher,
                    returned,
                    filling: batch_buffer(),
                    buffers: 1,
                    handle,
                },
                Err(_) => HashMode::Inline(Sha256::new()),
            },
        };
        let streamed = stream(&mut hasher);
        let size = hasher.size;
        let sha256 = match hasher.mode {
            HashMode::Inline(sha256) => Some(sha256.finalize()),
            HashMode::Background {
                to_hasher,
                filling,
                handle,
                ..
            } => {
                let sent = streamed.is_err() || to_hasher.send(filling).is_ok();
                // Closing the channel lets the thread finish what it holds and return.
                drop(to_hasher);
                handle.join().ok().filter(|_| sent)
            }
        };
        streamed?;
        let sha256 = sha256.ok_or(Error::InvalidState("attachment hashing failed"))?;
        Ok(BlobDigest {
            size,
            sha256: sha256.into(),
        })
    })
}

/// Takes every plaintext chunk, in order, for the SHA-256 fingerprint.
struct ChunkHasher<'scope> {
    size: u64,
    mode: HashMode<'scope>,
}

enum HashMode<'scope> {
    Inline(Sha256),
    /// Chunks are copied into `filling`, which goes to the thread when full; at most
    /// [`HASH_BUFFERS`] such buffers exist, handed back once hashed.
    Background {
        to_hasher: SyncSender<Zeroizing<Vec<u8>>>,
        returned: Receiver<Zeroizing<Vec<u8>>>,
        filling: Zeroizing<Vec<u8>>,
        buffers: usize,
        handle: thread::ScopedJoinHandle<'scope, sha2::digest::Output<Sha256>>,
    },
}

/// Allocated at full size once, never grown: growing would leave an unzeroed copy behind.
fn batch_buffer() -> Zeroizing<Vec<u8>> {
    Zeroizing::new(Vec::with_capacity(HASH_BATCH))
}

impl ChunkHasher<'_> {
    fn update(&mut self, chunk: &[u8]) -> Result<()> {
        self.size += chunk.len() as u64;
        match &mut self.mode {
            HashMode::Inline(sha256) => sha256.update(chunk),
            HashMode::Background {
                to_hasher,
                returned,
                filling,
                buffers,
                ..
            } => {
                let gone = || Error::InvalidState("attachment hashing failed");
                if filling.len() + chunk.len() > HASH_BATCH {
                    let next = match returned.try_recv() {
                        Ok(mut buffer) => {
                            buffer.clear();
                            buffer
                        }
                        Err(TryRecvError::Empty) if *buffers < HASH_BUFFERS => {
                            *buffers += 1;
                            batch_buffer()
                        }
                        Err(TryRecvError::Empty) => {
                            let mut buffer = returned.recv().map_err(|_| gone())?;
                            buffer.clear();
                            buffer
                        }
                        Err(TryRecvError::Disconnected) => return Err(gone()),
                    };
                    let full = std::mem::replace(filling, next);
                    to_hasher.send(full).map_err(|_| gone())?;
                }
                filling.extend_from_slice(chunk);
            }
        }
        Ok(())
    }
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
        // More chunks than the hashing thread has buffers, so buffers are handed back and reused.
        for size in [
            0,
            1,
            CHUNK_LEN,
            CHUNK_LEN + 1,
            (HASH_BUFFERS + 3) * CHUNK_LEN + 7,
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
