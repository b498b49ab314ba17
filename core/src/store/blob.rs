//! Attachment files on disk: a new file written through the attachment stream
//! ([`crate::crypto::stream`]) at its place chunk by chunk, its write-back started on a thread of
//! its own as each group lands, synced before the row that records it is committed, removed again
//! if anything fails; and a file read back through the stream. The format itself is the
//! cryptographic floor's.

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::Path;
use std::sync::{Condvar, Mutex, MutexGuard};
use std::thread;

use crate::crypto::SecretKey;
pub use crate::crypto::stream::BlobDigest;
use crate::crypto::stream::{Destination, decrypt_stream, encrypt_stream};
use crate::error::{Error, Result};

/// Encrypts everything `source` yields into a new file at `path` and syncs it; on any error the
/// file is removed again. The work is shared with a helper thread (see the stream's sealer), and
/// the disk is asked to start on each group from a third thread (see [`WriteBack`]).
pub(crate) fn encrypt_to_file(
    key: &SecretKey,
    source: &mut dyn Read,
    path: &Path,
) -> Result<BlobDigest> {
    let file = OpenOptions::new().write(true).create_new(true).open(path)?;
    let write_back = WriteBack::default();
    let sealed = thread::scope(|scope| {
        // Told to stop however the stream ends (an error, a panic), so that leaving the scope,
        // which joins the thread, never waits on a thread still waiting for ranges; the thread
        // is joined before the closing sync.
        let _stopping = StopOnDrop(&write_back);
        let background = thread::Builder::new()
            .name("wave-attachment-writeback".into())
            .spawn_scoped(scope, || write_back.run(&file))
            .is_ok();
        let destination = FileDestination {
            file: &file,
            write_back: background.then_some(&write_back),
            unsynced: Mutex::new(0),
        };
        encrypt_stream(key, source, &destination)
    });
    let result = sealed.and_then(|digest| {
        write_back.failure()?;
        file.sync_all()?;
        // The file's name too: a row committed after this return must not outlive its file in
        // a crash.
        sync_parent(path)?;
        Ok(digest)
    });
    if result.is_err() {
        drop(file);
        let _ = std::fs::remove_file(path);
    }
    result
}

/// Syncs the folder holding `path`, so that the file's entry there is on disk.
fn sync_parent(path: &Path) -> Result<()> {
    #[cfg(unix)]
    if let Some(folder) = path.parent() {
        File::open(folder)?.sync_all()?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
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

/// An attachment file being written. Durable only once the caller syncs it.
struct FileDestination<'a> {
    file: &'a File,
    /// The thread that starts the write-back; `None` if it could not be started, and then the
    /// thread that placed a group starts it itself.
    write_back: Option<&'a WriteBack>,
    /// Bytes placed since the last early sync, where a platform's early sync waits.
    unsynced: Mutex<u64>,
}

impl Destination for FileDestination<'_> {
    fn write_at(&self, bytes: &[u8], offset: u64) -> io::Result<()> {
        #[cfg(unix)]
        {
            std::os::unix::fs::FileExt::write_all_at(self.file, bytes, offset)
        }
        #[cfg(windows)]
        {
            let (mut bytes, mut offset) = (bytes, offset);
            while !bytes.is_empty() {
                match std::os::windows::fs::FileExt::seek_write(self.file, bytes, offset) {
                    Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
                    Ok(written) => {
                        bytes = &bytes[written..];
                        offset += written as u64;
                    }
                    Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
                    Err(error) => return Err(error),
                }
            }
            Ok(())
        }
    }

    fn placed(&self, offset: u64, len: u64) -> io::Result<()> {
        match self.write_back {
            Some(write_back) => write_back.add(offset, len),
            None => {
                let mut unsynced = self.unsynced.lock().map_err(|_| poisoned())?;
                start_write_back(self.file, offset, len, &mut unsynced)
            }
        }
    }
}

/// Starts the write-back of the groups the sealing threads placed, so that neither of them waits
/// for the disk: asking it to start can block (on a busy journal or a full device queue, measured
/// up to ~18 ms a call while other programs write), and a sealing thread blocked there holds up the
/// cipher. Ranges placed while a request is under way are merged into one (their holes, groups
/// still being sealed, cost nothing: only dirty pages are written). Memory is constant; the first
/// error is kept and returned to whoever places a group next, and by [`WriteBack::stop`].
#[derive(Default)]
struct WriteBack {
    state: Mutex<Pending>,
    wake: Condvar,
}

#[derive(Default)]
struct Pending {
    /// Start and end of the bytes placed and not yet handed to the disk.
    range: Option<(u64, u64)>,
    stopping: bool,
    failed: Option<io::Error>,
}

fn poisoned() -> io::Error {
    io::Error::other("an attachment write-back thread stopped")
}

impl WriteBack {
    fn lock(&self) -> io::Result<MutexGuard<'_, Pending>> {
        self.state.lock().map_err(|_| poisoned())
    }

    fn add(&self, offset: u64, len: u64) -> io::Result<()> {
        let mut pending = self.lock()?;
        if let Some(error) = &pending.failed {
            return Err(io::Error::new(error.kind(), error.to_string()));
        }
        let end = offset.saturating_add(len);
        pending.range = Some(match pending.range {
            Some((start, until)) => (start.min(offset), until.max(end)),
            None => (offset, end),
        });
        self.wake.notify_one();
        Ok(())
    }

    /// The thread's loop: waits for ranges and starts their write-back until stopped.
    fn run(&self, file: &File) {
        let mut unsynced = 0u64;
        loop {
            let range = {
                let Ok(mut pending) = self.lock() else { return };
                while pending.range.is_none() && !pending.stopping {
                    pending = match self.wake.wait(pending) {
                        Ok(pending) => pending,
                        Err(_) => return,
                    };
                }
                match pending.range.take() {
                    Some(range) => range,
                    // Stopping with nothing left: the closing sync does the rest.
                    None => return,
                }
            };
            let (start, end) = range;
            if let Err(error) = start_write_back(file, start, end - start, &mut unsynced) {
                if let Ok(mut pending) = self.lock() {
                    pending.failed = Some(error);
                }
                return;
            }
        }
    }

    /// Tells the thread to stop once what is pending is started.
    fn stop(&self) {
        // A poisoned lock means the thread is gone already.
        if let Ok(mut pending) = self.lock() {
            pending.stopping = true;
        }
        self.wake.notify_one();
    }

    /// The error the thread met, once it has stopped.
    fn failure(&self) -> Result<()> {
        match self.lock().map_err(Error::from)?.failed.take() {
            Some(error) => Err(error.into()),
            None => Ok(()),
        }
    }
}

/// Tells the write-back thread to stop when dropped.
struct StopOnDrop<'a>(&'a WriteBack);

impl Drop for StopOnDrop<'_> {
    fn drop(&mut self) {
        self.0.stop();
    }
}

/// Linux and Android: `sync_file_range` with `SYNC_FILE_RANGE_WRITE` starts the write-back of
/// the range and returns without waiting for it to finish.
#[cfg(any(target_os = "linux", target_os = "android"))]
fn start_write_back(file: &File, offset: u64, len: u64, _unsynced: &mut u64) -> io::Result<()> {
    use std::os::fd::AsRawFd;
    let (Ok(offset), Ok(len)) = (
        libc::off64_t::try_from(offset),
        libc::off64_t::try_from(len),
    ) else {
        return Ok(());
    };
    // SAFETY: a plain system call on a file descriptor that `file` keeps open; no memory is
    // passed to the kernel.
    let result = unsafe {
        libc::sync_file_range(file.as_raw_fd(), offset, len, libc::SYNC_FILE_RANGE_WRITE)
    };
    if result == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

/// Where the platform has no way to start writing a range out without waiting for it, an early
/// `sync_data` every this many bytes.
#[cfg(not(any(target_os = "linux", target_os = "android")))]
const EARLY_SYNC: u64 = 4 * 1024 * 1024;

/// Elsewhere an early `sync_data` every [`EARLY_SYNC`] bytes: it waits, but leaves the closing
/// sync little to do.
#[cfg(not(any(target_os = "linux", target_os = "android")))]
fn start_write_back(file: &File, _offset: u64, len: u64, unsynced: &mut u64) -> io::Result<()> {
    *unsynced += len;
    if *unsynced >= EARLY_SYNC {
        *unsynced = 0;
        file.sync_data()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use sha2::{Digest, Sha256};

    use super::*;
    use crate::crypto::stream::{CHUNK_LEN, SEAL_GROUP_CHUNKS};

    #[test]
    fn files_of_many_groups_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let key = SecretKey::generate();
        let size = 9 * SEAL_GROUP_CHUNKS * CHUNK_LEN + 5;
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

    /// Ranges placed while the thread is busy are merged into one request, holes included.
    #[test]
    fn ranges_placed_meanwhile_are_merged() {
        let write_back = WriteBack::default();
        write_back.add(1000, 24).unwrap();
        write_back.add(20, 500).unwrap();
        write_back.add(3000, 100).unwrap();
        assert_eq!(write_back.lock().unwrap().range, Some((20, 3100)));
    }

    /// Once a write-back request failed, placing the next group fails with its error, and so
    /// does the stream after the thread stopped.
    #[test]
    fn a_failed_write_back_is_reported() {
        let write_back = WriteBack::default();
        write_back.lock().unwrap().failed =
            Some(io::Error::new(io::ErrorKind::StorageFull, "full"));
        let placed = write_back.add(0, 10);
        assert!(matches!(&placed, Err(error) if error.kind() == io::ErrorKind::StorageFull));
        assert!(
            matches!(write_back.failure(), Err(Error::Io(error)) if error.kind() == io::ErrorKind::StorageFull)
        );
        assert!(write_back.failure().is_ok());
    }

    /// The thread starts what is pending, then stops when told, whether or not anything is left;
    /// a request the kernel refuses is kept as the failure.
    #[test]
    fn the_thread_stops_when_told_and_keeps_its_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("blob");
        std::fs::write(&path, vec![1u8; 3 * 4096]).unwrap();
        let writable = OpenOptions::new().write(true).open(&path).unwrap();
        let write_back = WriteBack::default();
        thread::scope(|scope| {
            let _stopping = StopOnDrop(&write_back);
            scope.spawn(|| write_back.run(&writable));
            write_back.add(0, 4096).unwrap();
            write_back.add(4096, 8192).unwrap();
        });
        assert!(write_back.failure().is_ok());
        assert_eq!(write_back.lock().unwrap().range, None);

        // Linux refuses to start the write-back of anything but a file, a block device or a
        // folder.
        if cfg!(any(target_os = "linux", target_os = "android")) {
            let device = OpenOptions::new().write(true).open("/dev/null").unwrap();
            let failing = WriteBack::default();
            thread::scope(|scope| {
                let _stopping = StopOnDrop(&failing);
                scope.spawn(|| failing.run(&device));
                failing.add(0, 4096).unwrap();
            });
            assert!(matches!(failing.failure(), Err(Error::Io(_))));
        }
    }
}
