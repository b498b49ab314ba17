//! Moves SQLite's WAL checkpoints off the request path: a thread with its own connection
//! copies the write-ahead log into the database file while requests go on writing.
//!
//! SQLite's automatic checkpoint runs inside the commit that crosses its threshold, so every
//! few batches one device's request also waited for ~1000 pages to be written to the database
//! file and synced. Here the writer's commit only notes the log's length ([`Connection::wal_hook`]
//! replaces the automatic checkpoint) and wakes this thread, whose `PASSIVE` checkpoint takes
//! no lock a writer waits for. Durability does not depend on it: a commit is durable once its
//! log frames are synced (`synchronous=FULL`), checkpointed or not. Should the thread fall
//! behind, or be gone, a commit past [`CheckpointPolicy::inline_at`] checkpoints itself, as
//! SQLite would, so the log stays bounded.

use super::StoreResult;
use rusqlite::hooks::Wal;
use rusqlite::wal::CheckpointMode;
use rusqlite::{Connection, MAIN_DB};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::time::Duration;

/// When the log is copied into the database file, in log pages after a commit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CheckpointPolicy {
    /// The thread is woken from this length on: SQLite's own default threshold.
    pub background_at: u32,
    /// The committing connection checkpoints itself from this length on (~40 MiB of 4 KiB
    /// pages): only reached when the thread cannot keep up or has stopped.
    pub inline_at: u32,
}

impl Default for CheckpointPolicy {
    fn default() -> Self {
        Self {
            background_at: 1000,
            inline_at: 10_000,
        }
    }
}

/// The checkpointing thread of one database. It ends once the writer's connection and this
/// are both dropped, after the checkpoint it is running, if any; nothing waits for it.
pub(crate) struct Checkpointer {
    _wake: SyncSender<()>,
    /// Wake-ups handed to the thread, and checkpoints it has finished (each wake-up handed over
    /// is one checkpoint run). Read by tests only: that the thread, not the writer, did the
    /// work, and when it is idle.
    #[cfg_attr(not(test), allow(dead_code))]
    woken: Arc<AtomicU64>,
    #[cfg_attr(not(test), allow(dead_code))]
    completed: Arc<AtomicU64>,
}

impl Checkpointer {
    /// Starts the thread for the database at `path` and gives the writer's connection the hook
    /// that wakes it.
    pub fn start(
        path: &Path,
        writer: &mut Connection,
        policy: CheckpointPolicy,
    ) -> StoreResult<Self> {
        let connection = Connection::open(path)?;
        connection.busy_timeout(Duration::from_secs(10))?;
        // The checkpoint syncs the log before it copies it and the database file after.
        connection.pragma_update(None, "synchronous", "FULL")?;
        let (wake, wake_ups) = sync_channel(1);
        let completed = Arc::new(AtomicU64::new(0));
        let woken = Arc::new(AtomicU64::new(0));
        let hook_woken = Arc::clone(&woken);
        spawn(
            path.to_path_buf(),
            connection,
            wake_ups,
            Arc::clone(&completed),
        )?;
        let hook_wake = wake.clone();
        writer.wal_hook(Some(move |wal: &mut Wal, pages: i32| {
            let pages = u32::try_from(pages).unwrap_or(0);
            if pages >= policy.inline_at {
                // The commit before this hook is done and durable: a failed checkpoint must
                // not turn it into an error.
                if let Err(error) = wal.checkpoint_v2(CheckpointMode::PASSIVE) {
                    tracing::warn!(%error, "inline WAL checkpoint failed");
                }
            } else if pages >= policy.background_at {
                // Full: a wake-up is already waiting, and the checkpoint it starts begins
                // after this commit. Disconnected: the thread is gone, and the inline
                // checkpoint above takes over once the log reaches its length.
                if hook_wake.try_send(()).is_ok() {
                    hook_woken.fetch_add(1, Ordering::AcqRel);
                }
            }
            Ok(())
        }))?;
        Ok(Self {
            _wake: wake,
            woken,
            completed,
        })
    }

    /// Checkpoints the thread has run, and whether it has run one for every wake-up (when the
    /// writer is idle too, the last one began after the last commit: the log is all copied).
    #[cfg(test)]
    pub fn completed(&self) -> (u64, bool) {
        let completed = self.completed.load(Ordering::Acquire);
        (completed, completed == self.woken.load(Ordering::Acquire))
    }
}

fn spawn(
    path: PathBuf,
    connection: Connection,
    wake_ups: Receiver<()>,
    completed: Arc<AtomicU64>,
) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name("wal-checkpoint".to_owned())
        .spawn(move || {
            while wake_ups.recv().is_ok() {
                match connection.wal_checkpoint_v2(Some(MAIN_DB), CheckpointMode::PASSIVE) {
                    Ok(_) => {}
                    Err(error) => {
                        tracing::warn!(%error, database = %path.display(), "WAL checkpoint failed");
                    }
                }
                completed.fetch_add(1, Ordering::AcqRel);
            }
        })
        .map(drop)
}
