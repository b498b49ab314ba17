//! Where a vault's files live inside its folder, and how they are removed.
//!
//! ```text
//! DIR/key                 the key file (fixed size)
//! DIR/<32 hex>/           a store folder: the current one, or one a duress unlock left
//! ```
//! What is inside a store folder is the store's own business (`core/src/store/`).
//! The store folder is named by a random store id kept inside the wrapped key slot, so a duress
//! reset can start a new store next to a half-deleted old one and the next unlock knows which
//! one is current. Only entries with these exact shapes are ever deleted: a vault pointed at the
//! wrong folder must not destroy a person's other files.

use std::fs;
use std::path::{Path, PathBuf};

use crate::crypto::hex;
use crate::error::Result;

pub(crate) const KEY_FILE: &str = "key";

#[derive(Debug, Clone)]
pub(crate) struct Layout {
    dir: PathBuf,
}

impl Layout {
    pub(crate) fn new(dir: &Path) -> Layout {
        Layout {
            dir: dir.to_path_buf(),
        }
    }

    pub(crate) fn dir(&self) -> &Path {
        &self.dir
    }

    pub(crate) fn key_file(&self) -> PathBuf {
        self.dir.join(KEY_FILE)
    }

    pub(crate) fn store_dir(&self, store_id: &[u8; 16]) -> PathBuf {
        self.dir.join(hex(store_id))
    }

    /// Store folders present on disk, current or left over.
    pub(crate) fn store_dirs(&self) -> Result<Vec<PathBuf>> {
        let mut found = Vec::new();
        let entries = match fs::read_dir(&self.dir) {
            Ok(entries) => entries,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(found),
            Err(error) => return Err(error.into()),
        };
        for entry in entries {
            let entry = entry?;
            let name = entry.file_name();
            let is_store = name.to_str().is_some_and(|name| {
                name.len() == 32
                    && name
                        .bytes()
                        .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
            });
            if is_store && entry.file_type()?.is_dir() {
                found.push(entry.path());
            }
        }
        Ok(found)
    }

    /// Store folders on disk other than `keep`: what a duress unlock, or one cut short, left.
    pub(crate) fn store_dirs_except(&self, keep: &Path) -> Result<Vec<PathBuf>> {
        Ok(self
            .store_dirs()?
            .into_iter()
            .filter(|dir| dir != keep)
            .collect())
    }

    /// Deletes every store folder except `keep`.
    pub(crate) fn remove_stores_except(&self, keep: Option<&Path>) -> Result<()> {
        for dir in self.store_dirs()? {
            if Some(dir.as_path()) != keep {
                remove_store_dir(&dir)?;
            }
        }
        Ok(())
    }
}

/// Removes a store folder and everything in it (database, its WAL and shared-memory files,
/// journal, attachments).
pub(crate) fn remove_store_dir(dir: &Path) -> Result<()> {
    match fs::remove_dir_all(dir) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(error) => Err(error.into()),
    }
}
