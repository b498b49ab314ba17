//! Attachment files on disk: a new file written through the attachment stream
//! ([`crate::crypto::stream`]) at its place chunk by chunk, its write-back started as each group
//! lands, synced before the row that records it is committed, removed again if anything fails;
//! and a file read back through the stream. The format itself is the cryptographic floor's.

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::Path;

use crate::crypto::SecretKey;
pub use crate::crypto::stream::BlobDigest;
use crate::crypto::stream::{Destination, decrypt_stream, encrypt_stream};
use crate::error::Result;

/// Encrypts everything `source` yields into a new file at `path` and syncs it; on any error the
/// file is removed again. The work is shared with a helper thread (see the stream's sealer).
pub(crate) fn encrypt_to_file(
    key: &SecretKey,
    source: &mut dyn Read,
    path: &Path,
) -> Result<BlobDigest> {
    let file = OpenOptions::new().write(true).create_new(true).open(path)?;
    let result = encrypt_stream(key, source, &FileDestination::new(&file))
        .and_then(|digest| Ok(file.sync_all().map(|()| digest)?));
    if result.is_err() {
        drop(file);
        let _ = std::fs::remove_file(path);
    }
    result
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
    /// Bytes written since the last early sync, where the platform has no way to start one
    /// without waiting for it.
    #[cfg(not(any(target_os = "linux", target_os = "android")))]
    unsynced: std::sync::atomic::AtomicU64,
}

/// Where the platform has no way to start writing a range out without waiting for it, an early
/// `sync_data` every this many bytes.
#[cfg(not(any(target_os = "linux", target_os = "android")))]
const EARLY_SYNC: u64 = 4 * 1024 * 1024;

impl<'a> FileDestination<'a> {
    fn new(file: &'a File) -> FileDestination<'a> {
        FileDestination {
            file,
            #[cfg(not(any(target_os = "linux", target_os = "android")))]
            unsynced: std::sync::atomic::AtomicU64::new(0),
        }
    }
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

    /// Linux and Android: `sync_file_range` with `SYNC_FILE_RANGE_WRITE` starts the write-back of
    /// the range and returns without waiting, so sealing goes on while the disk works.
    #[cfg(any(target_os = "linux", target_os = "android"))]
    fn placed(&self, offset: u64, len: u64) -> io::Result<()> {
        use std::os::fd::AsRawFd;
        let (Ok(offset), Ok(len)) = (
            libc::off64_t::try_from(offset),
            libc::off64_t::try_from(len),
        ) else {
            return Ok(());
        };
        // SAFETY: a plain system call on a file descriptor that `self.file` keeps open; no memory
        // is passed to the kernel.
        let result = unsafe {
            libc::sync_file_range(
                self.file.as_raw_fd(),
                offset,
                len,
                libc::SYNC_FILE_RANGE_WRITE,
            )
        };
        if result == 0 {
            Ok(())
        } else {
            Err(io::Error::last_os_error())
        }
    }

    /// Elsewhere an early `sync_data` every [`EARLY_SYNC`] bytes: it waits, but leaves the
    /// closing sync little to do.
    #[cfg(not(any(target_os = "linux", target_os = "android")))]
    fn placed(&self, _offset: u64, len: u64) -> io::Result<()> {
        use std::sync::atomic::Ordering;
        let unsynced = self.unsynced.fetch_add(len, Ordering::Relaxed) + len;
        if unsynced >= EARLY_SYNC {
            self.unsynced.store(0, Ordering::Relaxed);
            self.file.sync_data()?;
        }
        Ok(())
    }
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
}
