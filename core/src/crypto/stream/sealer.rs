//! Encrypting an attachment on two threads that share the work without waiting for each other.
//!
//! SHA-256 of the plaintext is one chain that cannot be split, so the caller reads and
//! fingerprints every group of chunks, in order, while the group is still in its cache. Sealing is
//! no chain (STREAM chunks are independent given their position), so the caller queues each
//! fingerprinted group for a helper thread, or seals it itself when the helper still has earlier
//! groups queued: whichever thread has time seals, and no plaintext is copied for the hash. Once
//! the source is read, the caller takes the groups still queued itself, the newest first, while
//! the helper finishes the oldest, so neither waits for the other at the end.
//!
//! Each group is read straight into one buffer laid out as the group lies in the file (every
//! chunk with room for its tag after it), sealed there in place and written with one call at its
//! fixed offset, in any order; the destination is then asked to start on it
//! ([`Destination::placed`]), so the closing sync has little left to wait for. The group buffers
//! go round between the threads: a file of any size uses a fixed few.

use std::collections::VecDeque;
use std::io::{self, Read};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::thread;

use sha2::{Digest, Sha256};

use super::chunks::{GroupBuffer, GroupReader};
use super::format::{
    BlobDigest, HEADER_LEN, NONCE_PREFIX_LEN, VERSION, associated_data, sealed_chunk_offset, stream,
};
use super::lanes::{ChunkCipher, Direction};
use crate::crypto::{SecretKey, random_bytes};
use crate::error::{Error, Result};

/// Chunks per group: 512 KiB, so a hand-over costs little against the work on it, and a group
/// is still in the caller's cache when it is fingerprinted.
pub(crate) const GROUP_CHUNKS: usize = 8;
/// Groups queued for the helper at most (3 MiB). When the queue is full the caller seals the group
/// itself, so the two threads balance their shares whatever each costs on this device. Deep
/// enough that a helper kept off its core for a few milliseconds (a busy phone) finds its work
/// waiting rather than leaving it to the caller, whose hashing is the chain everything waits on:
/// with two groups the caller sealed more than half of a file on a loaded machine. What is still
/// queued when the source ends, the caller shares out with the helper.
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
    seal_stream(&cipher, GroupReader::new(source, GROUP_CHUNKS), destination)
}

/// The groups between the caller and the helper: those fingerprinted and waiting to be sealed,
/// and those the helper sealed and placed, whose buffers the caller reads into again.
#[derive(Default)]
struct Handoff {
    state: Mutex<Queued>,
    /// Wakes the helper: a group queued, or the queue closed.
    wake: Condvar,
}

#[derive(Default)]
struct Queued {
    waiting: VecDeque<GroupBuffer>,
    done: Vec<GroupBuffer>,
    /// No more groups will be queued; the helper stops once none waits.
    closed: bool,
    /// What stopped the helper.
    failed: Option<Error>,
}

fn stopped() -> Error {
    Error::InvalidState("detail-helper-thread-stopped")
}

impl Handoff {
    fn lock(&self) -> Result<MutexGuard<'_, Queued>> {
        self.state.lock().map_err(|_| stopped())
    }

    /// The helper's loop: seals and places the oldest waiting group until the queue is closed
    /// and empty, or a group fails.
    fn run(&self, cipher: &ChunkCipher<'_>, destination: &dyn Destination) {
        loop {
            let mut group = {
                let Ok(mut queued) = self.lock() else { return };
                loop {
                    if let Some(group) = queued.waiting.pop_front() {
                        break group;
                    }
                    if queued.closed {
                        return;
                    }
                    queued = match self.wake.wait(queued) {
                        Ok(queued) => queued,
                        Err(_) => return,
                    };
                }
            };
            let sealed = seal_and_place(cipher, destination, &mut group);
            let Ok(mut queued) = self.lock() else { return };
            match sealed {
                Ok(()) => queued.done.push(group),
                Err(error) => {
                    queued.failed = Some(error);
                    // The groups still waiting are not needed any more; their plaintext goes.
                    queued.waiting.clear();
                    queued.closed = true;
                    return;
                }
            }
        }
    }

    /// Closes the queue; the helper stops once it has finished the group it holds. Groups still
    /// waiting are dropped (zeroized): the caller only leaves any when it fails.
    fn close(&self) {
        // A poisoned lock means the helper is gone already.
        if let Ok(mut queued) = self.lock() {
            queued.closed = true;
            queued.waiting.clear();
        }
        self.wake.notify_all();
    }
}

/// Closes the queue when dropped, however the caller's part ends (an error, a panic), so that
/// leaving the scope, which joins the helper, never waits on a helper waiting for groups.
struct CloseOnDrop<'a>(&'a Handoff);

impl Drop for CloseOnDrop<'_> {
    fn drop(&mut self) {
        self.0.close();
    }
}

/// Reads every group `reader` yields, fingerprints the plaintext, and seals the groups into
/// `destination` at their places. The caller writes the header and syncs the destination.
fn seal_stream(
    cipher: &ChunkCipher<'_>,
    mut reader: GroupReader<'_>,
    destination: &dyn Destination,
) -> Result<BlobDigest> {
    let handoff = Handoff::default();
    let streamed = thread::scope(|scope| {
        let closing = CloseOnDrop(&handoff);
        // No helper (no thread could be started): the caller seals every group.
        let helper = thread::Builder::new()
            .name("wave-attachment-seal".into())
            .spawn_scoped(scope, || handoff.run(cipher, destination))
            .is_ok();
        let streamed = read_and_share(cipher, &mut reader, destination, &handoff, helper);
        drop(closing);
        streamed
    });
    // The helper has stopped: an error it met after the caller's last look is reported here.
    if let Some(error) = handoff.lock()?.failed.take() {
        return Err(error);
    }
    streamed
}

/// The caller's part of [`seal_stream`]: reads and fingerprints every group, queues it for the
/// helper (`helper` says whether one runs) or seals it itself when the queue is full, then seals
/// what is still queued beside the helper.
fn read_and_share(
    cipher: &ChunkCipher<'_>,
    reader: &mut GroupReader<'_>,
    destination: &dyn Destination,
    handoff: &Handoff,
    helper: bool,
) -> Result<BlobDigest> {
    let mut hasher = Sha256::new();
    let mut size = 0u64;
    loop {
        let group = reader.group()?;
        for chunk in group.chunks() {
            hasher.update(chunk);
            size += chunk.len() as u64;
        }
        let ends = group.ends;
        let unsent = {
            let mut queued = handoff.lock()?;
            if let Some(error) = queued.failed.take() {
                return Err(error);
            }
            for done in queued.done.drain(..) {
                reader.recycle(done);
            }
            if helper && queued.waiting.len() < QUEUE {
                queued.waiting.push_back(group);
                handoff.wake.notify_one();
                None
            } else {
                Some(group)
            }
        };
        if let Some(mut group) = unsent {
            seal_and_place(cipher, destination, &mut group)?;
            reader.recycle(group);
        }
        if ends {
            break;
        }
    }
    // What is still queued: the helper takes the oldest, the caller the newest.
    loop {
        let newest = handoff.lock()?.waiting.pop_back();
        let Some(mut group) = newest else { break };
        seal_and_place(cipher, destination, &mut group)?;
        reader.recycle(group);
    }
    Ok(BlobDigest {
        size,
        sha256: hasher.finalize().into(),
    })
}

fn seal_and_place(
    cipher: &ChunkCipher<'_>,
    destination: &dyn Destination,
    group: &mut GroupBuffer,
) -> Result<()> {
    cipher.seal_group(group)?;
    let start = sealed_chunk_offset(group.first)?;
    let sealed = group.sealed();
    destination.write_at(sealed, start)?;
    destination.placed(start, sealed.len() as u64)?;
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

    use super::super::format::CHUNK_LEN;
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
            GroupReader::new(&mut source, GROUP_CHUNKS),
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
            let result = seal_stream(
                &cipher,
                GroupReader::new(&mut source, GROUP_CHUNKS),
                &destination,
            );
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
