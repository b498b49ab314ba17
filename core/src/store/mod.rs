//! The case store: one SQLite database (WAL, full sync, secure delete) holding random ids, status
//! codes, sequence numbers and envelopes, plus a folder of encrypted attachment files. The case
//! operations themselves live in `core/src/case/`; this module owns the connection, the schema, the
//! sealing of rows and files, and the names of its files inside the store folder the vault gives
//! it:
//!
//! ```text
//! <store folder>/cases.db   the case database (+ -wal, -shm)
//! <store folder>/blobs/     encrypted attachment files with random names
//! <store folder>/outbox/    attachments sealed for the NGO, waiting to be uploaded
//! ```

pub(crate) mod blob;
pub(crate) mod folder;
mod interrupt;
mod kept;
pub(crate) mod schema;
mod unfolded;
mod unsynced;

use std::collections::HashSet;
use std::fs::{self, OpenOptions};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, Weak};

use rusqlite::{Connection, OpenFlags, OptionalExtension, params};
use zeroize::Zeroizing;

/// Names a sealed row: what its envelope is bound to.
pub use crate::crypto::envelope::RowRef;
pub(crate) use crate::crypto::envelope::{self, Plaintext};
pub use blob::BlobDigest;
pub use interrupt::Interrupter;

use crate::crypto::SecretKey;
use crate::error::{Detail, Error, Result};
use folder::Hold;
use kept::KEPT_BYTES;
pub(crate) use kept::KeptRows;
pub(crate) use unfolded::{UNFOLDED_MOST, Unfolded};
pub(crate) use unsynced::Unsynced;

const DATABASE_FILE: &str = "cases.db";
const BLOBS_DIR: &str = "blobs";
const OUTBOX_DIR: &str = "outbox";
const KEY_CHECK: &str = "key-check";
/// Prepared statements kept per connection; more than the store's distinct statements.
const STATEMENT_CACHE: usize = 32;
const KEY_CHECK_TEXT: &[u8] = b"wave case store";

/// An open, unlocked case store.
pub struct Store {
    conn: Connection,
    row_key: SecretKey,
    blobs_dir: PathBuf,
    /// Set for a store whose files may not be synced yet. Declared after `conn` so that it is
    /// dropped after the connection is closed ([`unsynced`] says why that matters).
    unsynced: Option<Arc<Unsynced>>,
    /// Rows this store wrote, still decrypted, so that the next write to one need not read and
    /// open it again ([`kept`] says when they are forgotten).
    kept: Mutex<KeptRows>,
    /// Case summaries saved but not yet folded into their pages ([`unfolded`]).
    unfolded: Mutex<Unfolded>,
    /// Set by whoever closes the store, to stop an attachment's stream between chunks.
    interrupter: Interrupter,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("blobs_dir", &self.blobs_dir)
            .finish_non_exhaustive()
    }
}

/// The case database of the store in `store_dir`.
pub(crate) fn database_path(store_dir: &Path) -> PathBuf {
    store_dir.join(DATABASE_FILE)
}

fn blobs_path(store_dir: &Path) -> PathBuf {
    store_dir.join(BLOBS_DIR)
}

impl Store {
    /// Creates an empty store in `dir` (which must not hold one), durable when this returns.
    pub(crate) fn create(dir: &Path, data_key: &SecretKey) -> Result<Store> {
        let store = Store::create_unsynced(dir, data_key)?;
        if let Some(unsynced) = &store.unsynced {
            unsynced.sync()?;
        }
        Ok(store)
    }

    /// Creates an empty store in `dir` (which must not hold one) without waiting for the disk:
    /// no write is synced before this returns. [`Store::unsynced`] gives what syncs it later;
    /// the store's first commit syncs it first.
    pub(crate) fn create_unsynced(dir: &Path, data_key: &SecretKey) -> Result<Store> {
        let blobs_dir = blobs_path(dir);
        fs::create_dir_all(&blobs_dir)?;
        let database = database_path(dir);
        let file = match OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            // What SQLite itself gives a database it creates.
            .mode(0o644)
            .open(&database)
        {
            Ok(file) => file,
            Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
                return Err(Error::InvalidState("detail-database-exists"));
            }
            Err(error) => return Err(error.into()),
        };
        let unsynced = Unsynced::new(file, dir);
        let mut conn = Connection::open(&database)?;
        // The first pages go straight into the database file, unsynced and without a journal
        // file: until the store is synced nothing in it matters (the vault makes a new one if a
        // crash tore it), and the sync covers the one file. WAL and full sync from then on.
        conn.pragma_update(None, "synchronous", "OFF")?;
        conn.pragma_update(None, "journal_mode", "MEMORY")?;
        schema::upgrade(&mut conn)?;
        let row_key = crate::crypto::derive_row_key(data_key);
        let check = envelope::seal(
            &row_key,
            RowRef {
                table: "vault_meta",
                id: KEY_CHECK,
                version: 1,
            },
            KEY_CHECK_TEXT,
        )?;
        conn.execute(
            "INSERT INTO vault_meta (name, body) VALUES (?1, ?2)",
            params![KEY_CHECK, check],
        )?;
        // Switching to WAL rewrites the header, still unsynced; the hook comes after it.
        let mut store = Store::configure(conn, data_key, blobs_dir)?;
        store
            .conn
            .commit_hook(Some(unsynced::commit_hook(&unsynced)))?;
        store.unsynced = Some(unsynced);
        Ok(store)
    }

    /// Opens a store a duress unlock created that may not be synced yet: like [`Store::open`],
    /// but with [`Store::unsynced`] set, so that it is synced before anything is committed.
    pub(crate) fn open_unsynced(dir: &Path, data_key: &SecretKey) -> Result<Store> {
        let database = database_path(dir);
        // Opened before SQLite opens the database and closed after it: see `unsynced`.
        let file = OpenOptions::new().read(true).write(true).open(&database)?;
        let unsynced = Unsynced::new(file, dir);
        let mut conn = Store::connect(&database)?;
        conn.commit_hook(Some(unsynced::commit_hook(&unsynced)))?;
        Store::opened(conn, dir, data_key, Some(unsynced))
    }

    /// What syncs this store, for one created here (a no-op once done); `None` for one opened
    /// as durable.
    pub(crate) fn unsynced(&self) -> Option<Weak<Unsynced>> {
        self.unsynced.as_ref().map(Arc::downgrade)
    }

    /// Opens the store in `dir` and checks it belongs to `data_key`.
    pub(crate) fn open(dir: &Path, data_key: &SecretKey) -> Result<Store> {
        let conn = Store::connect(&database_path(dir))?;
        Store::opened(conn, dir, data_key, None)
    }

    fn connect(database: &Path) -> Result<Connection> {
        Ok(Connection::open_with_flags(
            database,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?)
    }

    fn opened(
        conn: Connection,
        dir: &Path,
        data_key: &SecretKey,
        unsynced: Option<Arc<Unsynced>>,
    ) -> Result<Store> {
        let blobs_dir = blobs_path(dir);
        // The connection is closed before `unsynced` on every path out of here.
        let mut store = Store::configure(conn, data_key, blobs_dir.clone())?;
        store.unsynced = unsynced;
        fs::create_dir_all(&blobs_dir)?;
        let check: Option<Vec<u8>> = store
            .conn
            .query_row(
                "SELECT body FROM vault_meta WHERE name = ?1",
                [KEY_CHECK],
                |row| row.get(0),
            )
            .optional()?;
        let check = check.ok_or(Error::Corrupted("detail-database-no-key-check"))?;
        let opened = store
            .open_row(
                RowRef {
                    table: "vault_meta",
                    id: KEY_CHECK,
                    version: 1,
                },
                &check,
            )
            .map_err(|_| Error::Corrupted("detail-database-other-vault"))?;
        if *opened != *KEY_CHECK_TEXT {
            return Err(Error::Corrupted("detail-database-other-vault"));
        }
        Ok(store)
    }

    fn configure(mut conn: Connection, data_key: &SecretKey, blobs_dir: PathBuf) -> Result<Store> {
        conn.pragma_update(None, "journal_mode", "WAL")?;
        // FULL: in WAL mode NORMAL may lose the last transactions on power loss, and every answer
        // must be on disk when the call that saved it returns.
        conn.pragma_update(None, "synchronous", "FULL")?;
        // On Apple's systems a plain fsync leaves the writes in the drive's cache, where a power
        // cut loses them; F_FULLFSYNC (what Rust's `sync_all` uses for the key file and the
        // attachments) flushes it.
        #[cfg(target_vendor = "apple")]
        {
            conn.pragma_update(None, "fullfsync", "ON")?;
            conn.pragma_update(None, "checkpoint_fullfsync", "ON")?;
        }
        conn.pragma_update(None, "secure_delete", "ON")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        // Every statement the store runs per call is prepared once and kept (they number fewer).
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        schema::upgrade(&mut conn)?;
        let row_key = crate::crypto::derive_row_key(data_key);
        let (kept, forget_kept_on_rollback) = KeptRows::new(KEPT_BYTES);
        conn.rollback_hook(Some(forget_kept_on_rollback))?;
        Ok(Store {
            conn,
            row_key,
            blobs_dir,
            unsynced: None,
            kept: Mutex::new(kept),
            unfolded: Mutex::new(Unfolded::default()),
            interrupter: Interrupter::default(),
        })
    }

    /// What stops this store's long work (an attachment streamed through a cipher) from another
    /// thread, so that closing the store never waits for a whole file.
    pub fn interrupter(&self) -> Interrupter {
        self.interrupter.clone()
    }

    pub(crate) fn interruption(&self) -> &Interrupter {
        &self.interrupter
    }

    /// The database connection. Public for the tables a crate above keeps in this store (the
    /// staff archive's, in wave-staff), whose rows it seals with [`Store::seal_json`]; the
    /// store's own tables are read and written through its methods only.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// The connection, for a transaction over such tables; see [`Store::conn`].
    pub fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    /// The folder of attachment files, inside the store folder (which a wipe removes whole).
    pub fn blobs_dir(&self) -> &Path {
        &self.blobs_dir
    }

    /// Removes the files of `folder` (one of the store's folders of recorded files: the blobs
    /// or the outbox) that no row records, as `recorded` names them: files left by a process
    /// killed between writing one and recording it, or between deleting rows and their files
    /// ([`folder`] says why and how it never takes a file another process is writing). The
    /// layer that knows what is recorded asks for it. Returns how many files were removed; none
    /// when a writer holds the folder.
    pub(crate) fn remove_unrecorded(
        &self,
        folder: &Path,
        recorded: impl FnOnce() -> Result<HashSet<String>>,
    ) -> Result<usize> {
        // The records are read only once the folder is held, so every writer that let go of it
        // has committed its row.
        let Some(_held) = folder::hold(folder, Hold::Collecting)? else {
            return Ok(0);
        };
        let recorded = recorded()?;
        folder::remove_unrecorded(folder, &recorded)
    }

    /// Where attachments sealed for the NGO wait to be uploaded; inside the store folder, so a
    /// wipe or duress reset removes them with everything else.
    pub(crate) fn outbox_dir(&self) -> PathBuf {
        self.blobs_dir.with_file_name(OUTBOX_DIR)
    }

    /// A small sealed value in `vault_meta` (device settings, sync status).
    pub(crate) fn meta<T: serde::de::DeserializeOwned>(&self, name: &str) -> Result<Option<T>> {
        let sealed: Option<Vec<u8>> = self
            .conn
            .query_row(
                "SELECT body FROM vault_meta WHERE name = ?1",
                [name],
                |row| row.get(0),
            )
            .optional()?;
        sealed
            .map(|sealed| {
                self.open_json(
                    RowRef {
                        table: "vault_meta",
                        id: name,
                        version: 1,
                    },
                    &sealed,
                )
            })
            .transpose()
    }

    /// Removes the sealed value `name` from `vault_meta`, if there is one.
    pub(crate) fn remove_meta(&self, name: &str) -> Result<()> {
        self.conn
            .execute("DELETE FROM vault_meta WHERE name = ?1", [name])?;
        Ok(())
    }

    pub(crate) fn set_meta<T: serde::Serialize>(&self, name: &str, value: &T) -> Result<()> {
        let sealed = self.seal_json(
            RowRef {
                table: "vault_meta",
                id: name,
                version: 1,
            },
            value,
        )?;
        self.conn.execute(
            "INSERT INTO vault_meta (name, body) VALUES (?1, ?2) ON CONFLICT(name) DO UPDATE SET body = excluded.body",
            params![name, sealed],
        )?;
        Ok(())
    }

    pub(crate) fn seal_row(&self, row: RowRef<'_>, payload: &[u8]) -> Result<Vec<u8>> {
        envelope::seal(&self.row_key, row, payload)
    }

    pub(crate) fn open_row(&self, row: RowRef<'_>, sealed: &[u8]) -> Result<Plaintext> {
        envelope::open(&self.row_key, row, sealed)
    }

    /// What this store keeps of the rows it wrote ([`kept`]), checked current: for a write,
    /// inside its transaction, which must have taken the write lock when it began (no other
    /// connection commits until it ends, so nothing is checked again before it does). Held for
    /// the write's duration.
    pub(crate) fn kept_for_write(&self) -> Result<MutexGuard<'_, KeptRows>> {
        debug_assert!(
            !self.conn.is_autocommit(),
            "what is kept is used only inside a write transaction"
        );
        let mut kept = self.kept_rows();
        kept.check(&self.conn)?;
        Ok(kept)
    }

    /// Forgets everything kept, as a write this store's own functions did not make requires
    /// (tests that change its tables by hand).
    #[cfg(test)]
    pub(crate) fn forget_kept(&self) {
        self.kept_rows().forget_all();
    }

    /// Lets go of the case summaries waiting to be folded, as a process killed before its
    /// fold loses them (tests).
    #[cfg(test)]
    pub(crate) fn lose_unfolded(&self) {
        *self.unfolded() = Unfolded::default();
    }

    /// After a delete: copies the write-ahead log into the database file, whose secure delete
    /// zeroes the freed pages there, and truncates the log, which still held the deleted rows'
    /// earlier frames (sealed, but readable to whoever is later made to give the passphrase).
    /// Best effort: with another connection reading, SQLite leaves the log for the next time
    /// it is emptied, and the delete itself is already committed.
    pub(crate) fn forget_deleted_rows(&self) {
        let _ = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
    }

    /// The kept rows; a panic elsewhere while they were held leaves nothing this needs undone
    /// (a half-finished write is rolled back, which forgets them all).
    /// The case summaries this store saved and has not folded into their pages yet.
    pub(crate) fn unfolded(&self) -> MutexGuard<'_, Unfolded> {
        self.unfolded.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn kept_rows(&self) -> MutexGuard<'_, KeptRows> {
        self.kept.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Serializes `value` to JSON inside a zeroizing buffer and seals it with the row key, bound
    /// to `row`. Public for the rows of tables a crate above keeps here (see [`Store::conn`]).
    pub fn seal_json<T: serde::Serialize>(&self, row: RowRef<'_>, value: &T) -> Result<Vec<u8>> {
        let json = Zeroizing::new(serde_json::to_vec(value).map_err(|error| {
            Error::InvalidInput(Detail::new("detail-not-json").with("reason", error))
        })?);
        self.seal_row(row, &json)
    }

    /// Opens what [`Store::seal_json`] sealed for the same `row`; a row moved, swapped or
    /// altered is refused.
    pub fn open_json<T: serde::de::DeserializeOwned>(
        &self,
        row: RowRef<'_>,
        sealed: &[u8],
    ) -> Result<T> {
        let plain = self.open_row(row, sealed)?;
        serde_json::from_slice(&plain)
            .map_err(|_| Error::Corrupted("detail-record-unexpected-shape"))
    }

    /// Every row `sql` selects as `(id, body)` with `params`, its body opened as a version-1 JSON
    /// row of `table`.
    pub(crate) fn open_json_rows<T: serde::de::DeserializeOwned>(
        &self,
        table: &'static str,
        sql: &str,
        params: impl rusqlite::Params,
    ) -> Result<Vec<(String, T)>> {
        let mut statement = self.conn.prepare_cached(sql)?;
        let rows = statement.query_map(params, |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, Vec<u8>>(1)?))
        })?;
        let mut opened = Vec::new();
        for row in rows {
            let (id, sealed) = row?;
            let body = self.open_json(
                RowRef {
                    table,
                    id: &id,
                    version: 1,
                },
                &sealed,
            )?;
            opened.push((id, body));
        }
        Ok(opened)
    }

    /// SQLite's own consistency check; `Ok(())` when it reports "ok".
    pub fn integrity_check(&self) -> Result<()> {
        let report: String = self
            .conn
            .query_row("PRAGMA integrity_check", [], |row| row.get(0))?;
        if report == "ok" {
            Ok(())
        } else {
            Err(Error::Corrupted("detail-database-integrity"))
        }
    }
}

fn sync_dir(dir: &Path) -> Result<()> {
    fs::File::open(dir)?.sync_all()?;
    if let Some(parent) = dir.parent() {
        fs::File::open(parent)?.sync_all()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: &str) -> RowRef<'_> {
        RowRef {
            table: "summary_pages",
            id,
            version: 1,
        }
    }

    #[test]
    fn a_kept_row_is_forgotten_when_its_transaction_rolls_back() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::create(dir.path(), &SecretKey::generate()).unwrap();
        let plain = || Zeroizing::new(b"what the page holds".to_vec());
        let write = |keep: bool| -> Option<Zeroizing<Vec<u8>>> {
            let transaction = store.conn().unchecked_transaction().unwrap();
            let mut kept = store.kept_for_write().unwrap();
            let taken = kept.take(row("01"));
            if keep {
                kept.keep(row("01"), plain());
            }
            drop(kept);
            transaction.commit().unwrap();
            taken
        };
        assert!(write(true).is_none());
        assert_eq!(*write(true).unwrap(), *plain());
        store.conn().execute_batch("BEGIN; ROLLBACK;").unwrap();
        assert!(write(false).is_none());
    }
}
