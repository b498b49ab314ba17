//! Rows this store wrote, kept decrypted in memory while it is open, so that the next write to
//! one — every save rewrites its case's summary page — need not read and open it again.
//!
//! A kept row is handed out only while nothing but this connection's own committed writes can
//! have changed the database since it was kept: a commit by any other connection (SQLite's
//! `data_version`, checked at every take) or a transaction of this one rolled back (the
//! rollback hook) forgets them all. A row is kept only after the statement writing it
//! succeeded, and the write taking it out forgets it unless it keeps the new plaintext. At most
//! [`KEPT_BYTES`] of plaintext are kept, the least recently used going first; every buffer is
//! wiped when it goes, and when the store is dropped (locking the vault drops it).

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use rusqlite::Connection;
use zeroize::Zeroizing;

use crate::crypto::envelope::RowRef;
use crate::error::Result;

/// The most plaintext kept: the summary pages of some 25,000 cases.
pub(crate) const KEPT_BYTES: usize = 8 << 20;

/// What a store keeps; see the module's documentation.
pub(crate) struct KeptRows {
    rows: HashMap<(&'static str, String), Kept>,
    bytes: usize,
    budget: usize,
    clock: u64,
    /// The database's `data_version` when the kept rows were last known to be current; `None`
    /// before the first take.
    data_version: Option<i64>,
    rolled_back: Arc<AtomicBool>,
}

struct Kept {
    version: u64,
    plain: Zeroizing<Vec<u8>>,
    used: u64,
}

impl KeptRows {
    /// An empty set holding at most `budget` bytes, and the hook to install as the
    /// connection's rollback hook.
    pub(crate) fn new(budget: usize) -> (KeptRows, impl FnMut() + Send + 'static) {
        let rolled_back = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&rolled_back);
        let kept = KeptRows {
            rows: HashMap::new(),
            bytes: 0,
            budget,
            clock: 0,
            data_version: None,
            rolled_back,
        };
        (kept, move || flag.store(true, Ordering::SeqCst))
    }

    /// Takes `row`'s kept plaintext out, if this store kept it and the database cannot have
    /// changed under it since. The caller writes the row and keeps it again.
    pub(crate) fn take(
        &mut self,
        conn: &Connection,
        row: RowRef<'_>,
    ) -> Result<Option<Zeroizing<Vec<u8>>>> {
        self.forget_all_if_stale(conn)?;
        let Some(kept) = self.rows.remove(&(row.table, row.id.to_owned())) else {
            return Ok(None);
        };
        self.bytes -= kept.plain.capacity();
        Ok((kept.version == row.version).then_some(kept.plain))
    }

    /// Keeps `plain` as what `row` now holds; call only once the statement writing it has
    /// succeeded.
    pub(crate) fn keep(
        &mut self,
        conn: &Connection,
        row: RowRef<'_>,
        plain: Zeroizing<Vec<u8>>,
    ) -> Result<()> {
        self.forget_all_if_stale(conn)?;
        self.forget(row.table, row.id);
        if plain.capacity() > self.budget {
            return Ok(());
        }
        self.clock += 1;
        self.bytes += plain.capacity();
        self.rows.insert(
            (row.table, row.id.to_owned()),
            Kept {
                version: row.version,
                plain,
                used: self.clock,
            },
        );
        if self.bytes > self.budget {
            self.shrink();
        }
        Ok(())
    }

    /// Forgets what `table`'s row `id` held: it was written without being kept, or deleted.
    pub(crate) fn forget(&mut self, table: &'static str, id: &str) {
        if let Some(kept) = self.rows.remove(&(table, id.to_owned())) {
            self.bytes -= kept.plain.capacity();
        }
    }

    fn forget_all_if_stale(&mut self, conn: &Connection) -> Result<()> {
        let data_version: i64 = conn
            .prepare_cached("PRAGMA data_version")?
            .query_row([], |row| row.get(0))?;
        let rolled_back = self.rolled_back.swap(false, Ordering::SeqCst);
        if rolled_back || self.data_version != Some(data_version) {
            self.rows.clear();
            self.bytes = 0;
            self.data_version = Some(data_version);
        }
        Ok(())
    }

    /// Drops the least recently used rows until a quarter of the budget is free, so that a
    /// full set is not scanned again at every keep.
    fn shrink(&mut self) {
        let mut by_use: Vec<(u64, (&'static str, String))> = self
            .rows
            .iter()
            .map(|(key, kept)| (kept.used, key.clone()))
            .collect();
        by_use.sort_unstable_by_key(|(used, _)| *used);
        let target = self.budget / 4 * 3;
        for (_, key) in by_use {
            if self.bytes <= target {
                break;
            }
            if let Some(kept) = self.rows.remove(&key) {
                self.bytes -= kept.plain.capacity();
            }
        }
    }

    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.rows.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: &str, version: u64) -> RowRef<'_> {
        RowRef {
            table: "summary_pages",
            id,
            version,
        }
    }

    fn plain(text: &str) -> Zeroizing<Vec<u8>> {
        Zeroizing::new(text.as_bytes().to_vec())
    }

    fn memory() -> Connection {
        Connection::open_in_memory().unwrap()
    }

    #[test]
    fn a_kept_row_is_taken_once_and_only_for_its_own_row_and_version() {
        let conn = memory();
        let (mut kept, _) = KeptRows::new(KEPT_BYTES);
        kept.keep(&conn, row("01", 1), plain("page 01")).unwrap();
        assert!(kept.take(&conn, row("10", 1)).unwrap().is_none());
        assert_eq!(
            &**kept.take(&conn, row("01", 1)).unwrap().unwrap(),
            b"page 01"
        );
        assert!(kept.take(&conn, row("01", 1)).unwrap().is_none());
        // Kept at another version (a row format of another day): not handed out, forgotten.
        kept.keep(&conn, row("01", 1), plain("page 01")).unwrap();
        assert!(kept.take(&conn, row("01", 2)).unwrap().is_none());
        assert_eq!(kept.len(), 0);
        kept.keep(&conn, row("01", 1), plain("page 01")).unwrap();
        kept.forget("summary_pages", "01");
        assert!(kept.take(&conn, row("01", 1)).unwrap().is_none());
    }

    #[test]
    fn a_rollback_or_another_connections_commit_forgets_every_kept_row() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("test.db");
        let mut ours = Connection::open(&path).unwrap();
        ours.execute_batch("PRAGMA journal_mode = WAL; CREATE TABLE t (x INTEGER);")
            .unwrap();
        let (mut kept, hook) = KeptRows::new(KEPT_BYTES);
        ours.rollback_hook(Some(hook)).unwrap();
        kept.keep(&ours, row("0", 1), plain("zero")).unwrap();
        kept.keep(&ours, row("1", 1), plain("one")).unwrap();
        // This connection's own commits leave them.
        ours.execute("INSERT INTO t VALUES (1)", []).unwrap();
        assert!(kept.take(&ours, row("0", 1)).unwrap().is_some());
        assert_eq!(kept.len(), 1);

        let transaction = ours.transaction().unwrap();
        transaction.execute("INSERT INTO t VALUES (2)", []).unwrap();
        drop(transaction);
        assert!(kept.take(&ours, row("1", 1)).unwrap().is_none());
        assert_eq!(kept.len(), 0);

        kept.keep(&ours, row("0", 1), plain("zero")).unwrap();
        let other = Connection::open(&path).unwrap();
        other.execute("INSERT INTO t VALUES (3)", []).unwrap();
        assert!(kept.take(&ours, row("0", 1)).unwrap().is_none());
    }

    #[test]
    fn the_least_recently_kept_go_first_once_the_budget_is_spent() {
        let conn = memory();
        let (mut kept, _) = KeptRows::new(4 * 100);
        for id in ["a", "b", "c", "d"] {
            kept.keep(&conn, row(id, 1), Zeroizing::new(vec![7; 100]))
                .unwrap();
        }
        assert_eq!(kept.len(), 4);
        // Over the budget: down to three quarters of it, oldest first.
        kept.keep(&conn, row("e", 1), Zeroizing::new(vec![7; 100]))
            .unwrap();
        assert!(kept.bytes <= 300);
        assert!(kept.take(&conn, row("a", 1)).unwrap().is_none());
        assert!(kept.take(&conn, row("b", 1)).unwrap().is_none());
        assert!(kept.take(&conn, row("e", 1)).unwrap().is_some());
        // A row larger than the whole budget is not kept at all.
        kept.keep(&conn, row("f", 1), Zeroizing::new(vec![7; 401]))
            .unwrap();
        assert!(kept.take(&conn, row("f", 1)).unwrap().is_none());
    }
}
