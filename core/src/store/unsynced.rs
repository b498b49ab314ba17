//! A store whose files may not have reached the disk yet: what a duress unlock creates, so that it
//! makes no more synchronous disk writes than a normal unlock before it returns. Owns the sync that
//! makes such a store durable, and the rule that nothing is committed to it before that sync.
//!
//! The database's first pages are written without syncing; syncing them (the database file, then
//! the store folder and the vault folder that name it) happens later, once, on whichever thread
//! asks first: the vault's clean-up thread, or the store's first commit (a commit hook), so a case
//! is never reported saved in a store that a power cut could still take away. Until then a power
//! cut may leave the store missing or torn; the vault knows it was new (the duress slot it
//! replaces is still there) and makes a new one at the next unlock.
//!
//! The database file is synced through a descriptor opened before SQLite's and closed after it:
//! closing any descriptor of a file drops every POSIX lock the process holds on it, SQLite's
//! included, so this one must not be closed while a connection is open.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError, Weak};

use crate::error::Result;

pub(crate) struct Unsynced {
    state: Mutex<State>,
}

struct State {
    database: File,
    store_dir: PathBuf,
    synced: bool,
}

impl Unsynced {
    pub(crate) fn new(database: File, store_dir: &Path) -> Arc<Unsynced> {
        Arc::new(Unsynced {
            state: Mutex::new(State {
                database,
                store_dir: store_dir.to_path_buf(),
                synced: false,
            }),
        })
    }

    /// Makes the store durable: its database file, then the store folder and the vault folder.
    /// Done once; later calls return at once, and a call made while another thread syncs waits
    /// for it. After an error the next call tries again.
    pub(crate) fn sync(&self) -> Result<()> {
        // Nothing in here panics while holding the lock; a poisoned lock still guards valid state.
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        if state.synced {
            return Ok(());
        }
        state.database.sync_all()?;
        super::sync_dir(&state.store_dir)?;
        state.synced = true;
        Ok(())
    }
}

#[cfg(test)]
impl Unsynced {
    fn is_synced(&self) -> bool {
        self.state
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .synced
    }
}

/// The commit hook of a connection to an unsynced store: syncs the store before the first commit,
/// and refuses the commit (SQLite rolls it back and reports an error) if that fails. Holds only a
/// weak reference, so the descriptor is never closed by the connection's own clean-up.
pub(crate) fn commit_hook(unsynced: &Arc<Unsynced>) -> impl FnMut() -> bool + Send + 'static {
    let unsynced: Weak<Unsynced> = Arc::downgrade(unsynced);
    move || match unsynced.upgrade() {
        Some(unsynced) => unsynced.sync().is_err(),
        // The store is being closed; nothing may be committed to it now.
        None => true,
    }
}

#[cfg(test)]
mod tests {
    use crate::case;
    use crate::crypto::SecretKey;
    use crate::store::Store;

    #[test]
    fn an_unsynced_store_is_synced_by_its_first_commit_and_reads_do_not_sync_it() {
        let dir = tempfile::tempdir().unwrap();
        let store_dir = dir.path().join("0123456789abcdef0123456789abcdef");
        let store = Store::create_unsynced(&store_dir, &SecretKey::generate()).unwrap();
        let unsynced = store.unsynced().unwrap().upgrade().unwrap();
        assert!(!unsynced.is_synced());
        assert_eq!(case::case_count(&store).unwrap(), 0);
        assert!(!unsynced.is_synced(), "a read commits nothing");
        store.set_meta("probe", &1u32).unwrap();
        assert!(unsynced.is_synced());
        assert_eq!(store.meta::<u32>("probe").unwrap(), Some(1));
    }

    #[test]
    fn a_synced_new_store_opens_like_any_other() {
        let dir = tempfile::tempdir().unwrap();
        let store_dir = dir.path().join("0123456789abcdef0123456789abcdef");
        let key = SecretKey::generate();
        let store = Store::create(&store_dir, &key).unwrap();
        store.set_meta("probe", &7u32).unwrap();
        drop(store);
        let store = Store::open(&store_dir, &key).unwrap();
        assert_eq!(store.meta::<u32>("probe").unwrap(), Some(7));
        store.integrity_check().unwrap();
        assert!(matches!(
            Store::create(&store_dir, &key),
            Err(crate::error::Error::InvalidState(_))
        ));
    }
}
