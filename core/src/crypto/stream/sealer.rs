//! Encrypting an attachment on two threads that share the work without waiting for each other.
//!
//! SHA-256 of the plaintext is one chain that cannot be split, so the caller reads and
//! fingerprints every group of chunks, in order, while the group is still in its cache. Sealing is
//! no chain (STREAM chunks are independent given their position), so the caller hands each
//! fingerprinted group to a helper thread, or seals it itself when the helper still has earlier
//! groups queued: whichever thread has time seals, and no plaintext is copied for the hash. Every
//! chunk has a fixed place in the file, so whoever seals a group writes it there at once, in any
//! order, and asks the disk to start on it ([`Destination::placed`]); the closing sync then has
//! little left to wait for.

use std::io::{self, Read};
use std::sync::mpsc::{Receiver, TryRecvError, TrySendError, channel, sync_channel};
use std::thread;

use sha2::{Digest, Sha256};

use super::chunks::{ChunkReader, Group};
use super::format::{
    BlobDigest, CHUNK_LEN, HEADER_LEN, NONCE_PREFIX_LEN, VERSION, associated_data,
    sealed_chunk_offset, stream,
};
use super::lanes::{ChunkCipher, Direction};
use crate::crypto::{SecretKey, random_bytes};
use crate::error::{Detail, Error, Result};

/// Chunks per group: 512 KiB, so a hand-over costs little against the work on it, and a group
/// is still in the caller's cache when it is fingerprinted.
pub(crate) const GROUP_CHUNKS: usize = 8;
/// Groups queued for the helper at most (3 MiB). When the queue is full the caller seals the group
/// itself, so the two threads balance their shares whatever each costs on this device. Deep
/// enough that a helper kept off its core for a few milliseconds (a busy phone) finds its work
/// waiting rather than leaving it to the caller, whose hashing is the chain everything waits on:
/// with two groups the caller sealed more than half of a file on a loaded machine.
const QUEUE: usize = 6;

/// Where sealed chunks go: each at its own offset, from either thread. The store's attachment
/// files are one; a file asks the disk to start on each group as it is placed.
pub(crate) trait Destination: Sync {
    fn write_at(&self, bytes: &[u8], offset: u64) -> io::Result<()>;

    /// `len` bytes from `offset` on are written; a file asks the disk to start on them.
    fn placed(&self, offset: u64, len: u64) -> io::Result<()>;
}

/// Encrypts everything `source` yields into `destination` under a new header (a random nonce
/// prefix), sharing the work with a helper thread; returns the plaintext's size and SHA-256.
/// The caller syncs the destination.
pub(crate) fn encrypt_stream(
    key: &SecretKey,
    source: &mut dyn Read,
    destination: &dyn Destination,
) -> Result<BlobDigest> {
    let prefix: [u8; NONCE_PREFIX_LEN] = random_bytes();
    let mut header = [0u8; HEADER_LEN];
    header[0] = VERSION;
    header[1..].copy_from_slice(&prefix);
    destination.write_at(&header, 0)?;

    let associated = associated_data(&header);
    let cipher = ChunkCipher::new(stream(key, &header)?, associated.bytes(), Direction::Seal);
    seal_stream(&cipher, ChunkReader::new(source, CHUNK_LEN)?, destination)
}

/// Reads every chunk `reader` yields, fingerprints the plaintext, and seals the chunks into
/// `destination` at their places. The caller writes the header and syncs the destination.
fn seal_stream(
    cipher: &ChunkCipher<'_>,
    mut reader: ChunkReader<'_>,
    destination: &dyn Destination,
) -> Result<BlobDigest> {
    let mut hasher = Sha256::new();
    let mut size = 0u64;
    thread::scope(|scope| {
        let (to_helper, queued) = sync_channel::<Group>(QUEUE);
        let (give_back, from_helper) = channel::<Result<Group>>();
        let spawned = thread::Builder::new()
            .name("wave-attachment-seal".into())
            .spawn_scoped(scope, move || {
                for mut group in queued {
                    let sealed = seal_and_place(cipher, destination, &mut group).map(|()| group);
                    let failed = sealed.is_err();
                    if give_back.send(sealed).is_err() || failed {
                        break;
                    }
                }
            });
        // No helper (no thread could be started): the caller seals every group.
        let mut to_helper = spawned.ok().map(|_| to_helper);

        let mut position = 0u32;
        let mut complete = false;
        loop {
            reuse_returned(&from_helper, &mut reader)?;
            let group = reader.group(position, GROUP_CHUNKS)?;
            position = u32::try_from(group.chunks.len())
                .ok()
                .and_then(|count| position.checked_add(count))
                .ok_or(Error::InvalidInput(Detail::new(
                    "detail-attachment-too-large",
                )))?;
            for chunk in &group.chunks {
                hasher.update(chunk.as_slice());
                size += chunk.len() as u64;
            }
            let ends = group.ends;
            let unsent = match &to_helper {
                Some(helper) => match helper.try_send(group) {
                    Ok(()) => None,
                    Err(TrySendError::Full(group)) => Some(group),
                    // The helper stopped on an error; it is among what it gave back.
                    Err(TrySendError::Disconnected(_)) => break,
                },
                None => Some(group),
            };
            if let Some(mut group) = unsent {
                seal_and_place(cipher, destination, &mut group)?;
                reader.recycle(group);
            }
            if ends {
                complete = true;
                break;
            }
        }
        // The helper finishes what is queued, then its channel closes.
        to_helper.take();
        for returned in from_helper {
            returned?;
        }
        if !complete {
            return Err(Error::InvalidState("detail-helper-thread-stopped"));
        }
        Ok(BlobDigest {
            size,
            sha256: hasher.finalize().into(),
        })
    })
}

/// Puts the buffers of groups the helper is done with back into use; reports its error.
fn reuse_returned(
    from_helper: &Receiver<Result<Group>>,
    reader: &mut ChunkReader<'_>,
) -> Result<()> {
    loop {
        match from_helper.try_recv() {
            Ok(returned) => reader.recycle(returned?),
            Err(TryRecvError::Empty | TryRecvError::Disconnected) => return Ok(()),
        }
    }
}

fn seal_and_place(
    cipher: &ChunkCipher<'_>,
    destination: &dyn Destination,
    group: &mut Group,
) -> Result<()> {
    cipher.apply(group)?;
    let start = sealed_chunk_offset(group.first)?;
    let mut offset = start;
    for chunk in &group.chunks {
        destination.write_at(chunk, offset)?;
        offset += chunk.len() as u64;
    }
    destination.placed(start, offset - start)?;
    Ok(())
}

/// A destination in memory, for tests: writes land at their offsets, holes are zeros until filled.
#[cfg(any(test, feature = "fuzzing"))]
impl Destination for std::sync::Mutex<Vec<u8>> {
    fn write_at(&self, bytes: &[u8], offset: u64) -> io::Result<()> {
        let mut buffer = self.lock().map_err(|_| io::Error::other("poisoned"))?;
        let start = usize::try_from(offset).map_err(io::Error::other)?;
        let end = start + bytes.len();
        if buffer.len() < end {
            buffer.resize(end, 0);
        }
        buffer[start..end].copy_from_slice(bytes);
        Ok(())
    }

    fn placed(&self, _offset: u64, _len: u64) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use aead_stream::{NewStream, StreamBE32};
    use chacha20poly1305::XChaCha20Poly1305;
    use chacha20poly1305::aead::KeyInit;

    use super::*;

    /// Fails every write at or past `fail_from`; counts the groups placed.
    struct Failing {
        fail_from: u64,
        placed: AtomicUsize,
    }

    impl Destination for Failing {
        fn write_at(&self, bytes: &[u8], offset: u64) -> io::Result<()> {
            if offset + bytes.len() as u64 > self.fail_from {
                return Err(io::Error::new(io::ErrorKind::StorageFull, "disk full"));
            }
            Ok(())
        }

        fn placed(&self, _offset: u64, _len: u64) -> io::Result<()> {
            self.placed.fetch_add(1, Ordering::Relaxed);
            Ok(())
        }
    }

    fn seal(data: &[u8], destination: &dyn Destination) -> Result<BlobDigest> {
        let stream =
            StreamBE32::from_aead(XChaCha20Poly1305::new(&[7u8; 32].into()), &[1u8; 19].into());
        let cipher = ChunkCipher::new(stream, b"header", Direction::Seal);
        let mut source = data;
        seal_stream(
            &cipher,
            ChunkReader::new(&mut source, CHUNK_LEN)?,
            destination,
        )
    }

    /// A write that fails (a full disk) fails the whole stream, whichever thread sealed the group
    /// it belongs to, and the groups after it are not all written first.
    #[test]
    fn a_failed_write_in_any_group_fails_the_stream() {
        let groups = 12;
        let data = vec![9u8; groups * GROUP_CHUNKS * CHUNK_LEN];
        let group_len = (GROUP_CHUNKS * (CHUNK_LEN + 16)) as u64;
        for failing_group in [0, 1, 2, 5, groups - 1] {
            let destination = Failing {
                fail_from: sealed_chunk_offset(0).unwrap() + failing_group as u64 * group_len + 3,
                placed: AtomicUsize::new(0),
            };
            let result = seal(&data, &destination);
            assert!(
                matches!(&result, Err(Error::Io(error)) if error.kind() == io::ErrorKind::StorageFull),
                "group {failing_group}: {result:?}"
            );
            assert!(destination.placed.load(Ordering::Relaxed) < groups);
        }
    }

    /// A source that fails part-way fails the stream, and the helper is stopped and joined.
    #[test]
    fn a_failed_read_fails_the_stream() {
        struct Breaks(usize);
        impl io::Read for Breaks {
            fn read(&mut self, buffer: &mut [u8]) -> io::Result<usize> {
                if self.0 == 0 {
                    return Err(io::Error::other("device unplugged"));
                }
                let len = buffer.len().min(self.0);
                buffer[..len].fill(1);
                self.0 -= len;
                Ok(len)
            }
        }
        for before in [0, 1, CHUNK_LEN, 3 * GROUP_CHUNKS * CHUNK_LEN + 17] {
            let stream =
                StreamBE32::from_aead(XChaCha20Poly1305::new(&[7u8; 32].into()), &[1u8; 19].into());
            let cipher = ChunkCipher::new(stream, b"header", Direction::Seal);
            let mut source = Breaks(before);
            let destination = Mutex::new(Vec::new());
            let result = ChunkReader::new(&mut source, CHUNK_LEN)
                .and_then(|reader| seal_stream(&cipher, reader, &destination));
            assert!(matches!(result, Err(Error::Io(_))), "after {before} bytes");
        }
    }

    /// The fingerprint and size are those of the plaintext, however the groups were shared.
    #[test]
    fn the_digest_is_that_of_the_plaintext() {
        use sha2::{Digest, Sha256};
        for size in [
            0,
            1,
            GROUP_CHUNKS * CHUNK_LEN,
            20 * GROUP_CHUNKS * CHUNK_LEN + 1,
        ] {
            let data: Vec<u8> = (0..size).map(|i| (i % 211) as u8).collect();
            let digest = seal(&data, &Mutex::new(Vec::new())).unwrap();
            assert_eq!(digest.size, size as u64);
            assert_eq!(digest.sha256, <[u8; 32]>::from(Sha256::digest(&data)));
        }
    }
}
