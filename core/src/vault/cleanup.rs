//! The work a duress unlock leaves for after it returns, on a helper thread: deleting the old
//! store, syncing the new one, erasing the duress slot. A duress unlock returns once the real key
//! slots are overwritten and synced, which is all that protects anyone (without them the old
//! files are noise), and it makes no more synchronous disk writes than a normal unlock does, so an
//! observer cannot tell the two apart by their time.
//!
//! Every step is safe to cut short, so a process may exit without waiting: the next unlock sees
//! what is left and starts the same work again.
//! - Old store folders are listed again at every unlock.
//! - The duress slot is erased only after the new store is synced. While it is there, the data
//!   slot that replaces it tells the next unlock that the store was new and may be missing or
//!   torn after a power cut, and that unlock makes a new empty one instead of reporting damage.
//!   Nothing can have been saved in such a store: its first commit syncs it first.

use std::path::PathBuf;
use std::thread::JoinHandle;

use super::keyfile::SlotWrite;
use super::layout::remove_store_dir;

/// Makes the current store durable, given by the layer that opened it; `true` once it is. It
/// must not keep the store open: a store closed before the clean-up got to it says `false`, and
/// the next unlock syncs it.
pub(crate) type StoreSync = Box<dyn FnOnce() -> bool + Send>;

pub(crate) struct Cleanup {
    pub key_path: PathBuf,
    /// Syncs the current store, if it may not be synced yet.
    pub store: Option<StoreSync>,
    /// Slots to erase once the store is synced.
    pub slots: Vec<SlotWrite>,
    /// Store folders to delete.
    pub old_stores: Vec<PathBuf>,
}

impl Cleanup {
    /// Starts the work on a helper thread; `None` when there is nothing to do. If no thread can
    /// be started the work is done before returning.
    pub(crate) fn start(self) -> Option<JoinHandle<()>> {
        if self.store.is_none() && self.slots.is_empty() && self.old_stores.is_empty() {
            return None;
        }
        let (sender, receiver) = std::sync::mpsc::channel::<Cleanup>();
        let spawned = std::thread::Builder::new()
            .name("wave-cleanup".into())
            .spawn(move || {
                if let Ok(cleanup) = receiver.recv() {
                    cleanup.run();
                }
            });
        match spawned {
            Ok(handle) => {
                // The thread holds the receiver until it has the work, so this cannot fail;
                // if it did, the next unlock would find the same work left.
                let _ = sender.send(self);
                Some(handle)
            }
            Err(_) => {
                self.run();
                None
            }
        }
    }

    /// Nothing here is reported: whatever does not finish is found and retried by the next
    /// unlock.
    fn run(self) {
        // First what an examiner could see: a second store folder.
        for dir in &self.old_stores {
            let _ = remove_store_dir(dir);
        }
        let synced = match self.store {
            None => true,
            Some(sync) => sync(),
        };
        if synced {
            for slot in &self.slots {
                if slot.persist(&self.key_path).is_err() {
                    break;
                }
            }
        }
    }
}
