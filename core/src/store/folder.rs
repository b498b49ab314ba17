//! Folders of files beside the database whose every file is recorded by a row (attachments,
//! sealed copies waiting in the outbox): the lock that keeps collection away while a file is
//! being written and recorded, and the removal of files no row records.
//!
//! A process killed between creating such a file and committing its row leaves the file behind.
//! Its key died with the process, but its size still tells that something was captured, so the
//! next unlock removes it. Writers in any process hold a shared `flock` on the folder from
//! creating the file until its row is committed; collection needs the lock exclusively and skips
//! rather than waits, so it never takes a file another process is still writing. `flock` is
//! released when a process dies, so a killed writer never blocks collection.

use std::collections::HashSet;
use std::fs::{self, File};
use std::io::ErrorKind;
use std::path::Path;

use crate::error::Result;

/// How a folder is held: by a writer (any number at once) or by collection (alone).
#[derive(Debug, Clone, Copy)]
pub(crate) enum Hold {
    Writing,
    Collecting,
}

/// Holds `folder` for `hold` until the returned guard is dropped. `None`: collection could not
/// have the folder to itself (a writer holds it), or the folder does not exist, or the platform
/// has no `flock` (not Unix: writers hold nothing and collection never runs).
pub(crate) fn hold(folder: &Path, hold: Hold) -> Result<Option<File>> {
    #[cfg(unix)]
    {
        let handle = match File::open(folder) {
            Ok(handle) => handle,
            Err(error) if error.kind() == ErrorKind::NotFound => return Ok(None),
            Err(error) => return Err(error.into()),
        };
        match hold {
            Hold::Writing => handle.lock_shared()?,
            Hold::Collecting => match handle.try_lock() {
                Ok(()) => {}
                Err(fs::TryLockError::WouldBlock) => return Ok(None),
                Err(fs::TryLockError::Error(error)) => return Err(error.into()),
            },
        }
        Ok(Some(handle))
    }
    #[cfg(not(unix))]
    {
        let _ = (folder, hold);
        Ok(None)
    }
}

/// The shape of a recorded file's name: 32 lowercase hex digits (16 random bytes).
pub(crate) fn is_file_name(name: &str) -> bool {
    name.len() == 32
        && name
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Removes the files of `folder` shaped like recorded files that `recorded` does not name. The
/// caller holds the folder for collection. Anything else in the folder is left alone.
pub(crate) fn remove_unrecorded(folder: &Path, recorded: &HashSet<String>) -> Result<usize> {
    let entries = match fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(error) if error.kind() == ErrorKind::NotFound => return Ok(0),
        Err(error) => return Err(error.into()),
    };
    let mut removed = 0;
    for entry in entries {
        let entry = entry?;
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if is_file_name(name) && !recorded.contains(name) && entry.file_type()?.is_file() {
            match fs::remove_file(entry.path()) {
                Ok(()) => removed += 1,
                Err(error) if error.kind() == ErrorKind::NotFound => {}
                Err(error) => return Err(error.into()),
            }
        }
    }
    Ok(removed)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn only_unrecorded_files_of_the_right_shape_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let recorded_name = "00112233445566778899aabbccddeeff";
        let unrecorded = "ffeeddccbbaa99887766554433221100";
        for name in [
            recorded_name,
            unrecorded,
            "notes.txt",
            "FFEEDDCCBBAA99887766554433221100",
        ] {
            fs::write(dir.path().join(name), b"x").unwrap();
        }
        fs::create_dir(dir.path().join("0123456789abcdef0123456789abcdef")).unwrap();
        let recorded = HashSet::from([recorded_name.to_string()]);
        let _held = hold(dir.path(), Hold::Collecting).unwrap().unwrap();
        assert_eq!(remove_unrecorded(dir.path(), &recorded).unwrap(), 1);
        assert!(!dir.path().join(unrecorded).exists());
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 4);
    }

    #[test]
    fn collection_skips_a_folder_a_writer_holds_and_writers_share_it() {
        let dir = tempfile::tempdir().unwrap();
        let first = hold(dir.path(), Hold::Writing).unwrap().unwrap();
        let second = hold(dir.path(), Hold::Writing).unwrap().unwrap();
        assert!(hold(dir.path(), Hold::Collecting).unwrap().is_none());
        drop(first);
        assert!(hold(dir.path(), Hold::Collecting).unwrap().is_none());
        drop(second);
        let collecting = hold(dir.path(), Hold::Collecting).unwrap();
        assert!(collecting.is_some());
        assert!(
            hold(dir.path().join("missing").as_path(), Hold::Collecting)
                .unwrap()
                .is_none()
        );
    }
}
