//! Rows this store wrote, kept decrypted in memory while it is open, so that the next write to
//! one — every fold rewrites the summary pages its cases fall in — need not read and open it
//! again; and the ids of rows it knows exist, so that such a write need not ask the database
//! where its row is.
//!
//! What is kept is used only while nothing but this connection's own committed writes can have
//! changed the database since it was kept: a commit by any other connection (SQLite's
//! `data_version`) or a transaction of this one rolled back (the rollback hook) forgets it all.
//! A write checks that once, at its start ([`KeptRows::check`]), inside a transaction that took
//! the write lock when it began, so no other connection can commit until it ends. A row is kept
//! only after the statement writing it succeeded, and the write taking it out forgets it unless
//! it keeps the new plaintext. At most [`KEPT_BYTES`] of plaintext are kept, the least recently
//! used going first; every buffer is wiped when it goes, and when the store is dropped (locking
//! the vault drops it). The ids known to exist are only ever fewer than those that do: a write
//! names each row it inserts or deletes, and a lookup the database answered adds its row.

use std::collections::{BTreeSet, HashMap};
use std::ops::Bound;
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
    /// Rows known to exist, by table, their ids in order (a subset of those that do).
    known: HashMap<&'static str, BTreeSet<String>>,
    bytes: usize,
    budget: usize,
    clock: u64,
    /// The database's `data_version` when what is kept was last known to be current; `None`
    /// before the first check.
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
            known: HashMap::new(),
            bytes: 0,
            budget,
            clock: 0,
            data_version: None,
            rolled_back,
        };
        (kept, move || flag.store(true, Ordering::SeqCst))
    }

    /// Forgets everything if the database may have changed under it since the last check: call
    /// at the start of every write, inside its transaction, before anything else here.
    pub(crate) fn check(&mut self, conn: &Connection) -> Result<()> {
        let data_version: i64 = conn
            .prepare_cached("PRAGMA data_version")?
            .query_row([], |row| row.get(0))?;
        let rolled_back = self.rolled_back.swap(false, Ordering::SeqCst);
        if rolled_back || self.data_version != Some(data_version) {
            self.forget_all();
            self.data_version = Some(data_version);
        }
        Ok(())
    }

    /// Takes `row`'s kept plaintext out, if this store kept it at that version. The caller
    /// writes the row and keeps it again.
    pub(crate) fn take(&mut self, row: RowRef<'_>) -> Option<Zeroizing<Vec<u8>>> {
        let kept = self.rows.remove(&(row.table, row.id.to_owned()))?;
        self.bytes -= kept.plain.capacity();
        (kept.version == row.version).then_some(kept.plain)
    }

    /// Keeps `plain` as what `row` now holds; call only once the statement writing it has
    /// succeeded.
    pub(crate) fn keep(&mut self, row: RowRef<'_>, plain: Zeroizing<Vec<u8>>) {
        self.forget(row.table, row.id);
        if plain.capacity() > self.budget {
            return;
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
    }

    /// Forgets what `table`'s row `id` held: it was written without being kept, or deleted.
    pub(crate) fn forget(&mut self, table: &'static str, id: &str) {
        if let Some(kept) = self.rows.remove(&(table, id.to_owned())) {
            self.bytes -= kept.plain.capacity();
        }
    }

    /// Forgets every kept row and every id known to exist.
    pub(crate) fn forget_all(&mut self) {
        self.rows.clear();
        self.known.clear();
        self.bytes = 0;
    }

    /// Notes that `table` holds a row `id`: its insert succeeded, or the database named it.
    pub(crate) fn know(&mut self, table: &'static str, id: &str) {
        let known = self.known.entry(table).or_default();
        if !known.contains(id) {
            known.insert(id.to_owned());
        }
    }

    /// Notes that `table`'s row `id` is gone (and forgets what it held).
    pub(crate) fn forget_known(&mut self, table: &'static str, id: &str) {
        self.forget(table, id);
        if let Some(known) = self.known.get_mut(table) {
            known.remove(id);
        }
    }

    /// The greatest id known to exist in `table` that is not after `id`.
    pub(crate) fn known_at_or_before(&self, table: &'static str, id: &str) -> Option<&str> {
        self.known
            .get(table)?
            .range::<str, _>((Bound::Unbounded, Bound::Included(id)))
            .next_back()
            .map(String::as_str)
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

    const PAGES: &str = "summary_pages";

    fn row(id: &str, version: u64) -> RowRef<'_> {
        RowRef {
            table: PAGES,
            id,
            version,
        }
    }

    fn plain(text: &str) -> Zeroizing<Vec<u8>> {
        Zeroizing::new(text.as_bytes().to_vec())
    }

    #[test]
    fn a_kept_row_is_taken_once_and_only_for_its_own_row_and_version() {
        let (mut kept, _) = KeptRows::new(KEPT_BYTES);
        kept.keep(row("01", 1), plain("page 01"));
        assert!(kept.take(row("10", 1)).is_none());
        assert_eq!(&**kept.take(row("01", 1)).unwrap(), b"page 01");
        assert!(kept.take(row("01", 1)).is_none());
        // Kept at another version (a row format of another day): not handed out, forgotten.
        kept.keep(row("01", 1), plain("page 01"));
        assert!(kept.take(row("01", 2)).is_none());
        assert_eq!(kept.len(), 0);
        kept.keep(row("01", 1), plain("page 01"));
        kept.forget(PAGES, "01");
        assert!(kept.take(row("01", 1)).is_none());
    }

    #[test]
    fn a_rollback_or_another_connections_commit_forgets_everything_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("test.db");
        let mut ours = Connection::open(&path).unwrap();
        ours.execute_batch("PRAGMA journal_mode = WAL; CREATE TABLE t (x INTEGER);")
            .unwrap();
        let (mut kept, hook) = KeptRows::new(KEPT_BYTES);
        ours.rollback_hook(Some(hook)).unwrap();
        kept.check(&ours).unwrap();
        kept.keep(row("0", 1), plain("zero"));
        kept.keep(row("1", 1), plain("one"));
        kept.know(PAGES, "0");
        // This connection's own commits leave them.
        ours.execute("INSERT INTO t VALUES (1)", []).unwrap();
        kept.check(&ours).unwrap();
        assert!(kept.take(row("0", 1)).is_some());
        assert_eq!(kept.len(), 1);
        assert_eq!(kept.known_at_or_before(PAGES, "01"), Some("0"));

        let transaction = ours.transaction().unwrap();
        transaction.execute("INSERT INTO t VALUES (2)", []).unwrap();
        drop(transaction);
        kept.check(&ours).unwrap();
        assert!(kept.take(row("1", 1)).is_none());
        assert_eq!(kept.len(), 0);
        assert_eq!(kept.known_at_or_before(PAGES, "01"), None);

        kept.keep(row("0", 1), plain("zero"));
        kept.know(PAGES, "0");
        let other = Connection::open(&path).unwrap();
        other.execute("INSERT INTO t VALUES (3)", []).unwrap();
        kept.check(&ours).unwrap();
        assert!(kept.take(row("0", 1)).is_none());
        assert_eq!(kept.known_at_or_before(PAGES, "01"), None);
    }

    #[test]
    fn the_greatest_known_id_not_after_a_key_is_found_in_its_own_table_only() {
        let (mut kept, _) = KeptRows::new(KEPT_BYTES);
        assert_eq!(kept.known_at_or_before(PAGES, "0110"), None);
        for id in ["00", "010", "011", "1"] {
            kept.know(PAGES, id);
        }
        kept.know("other", "0101");
        assert_eq!(kept.known_at_or_before(PAGES, "0110"), Some("011"));
        assert_eq!(kept.known_at_or_before(PAGES, "0101"), Some("010"));
        assert_eq!(kept.known_at_or_before(PAGES, "0000"), Some("00"));
        assert_eq!(kept.known_at_or_before(PAGES, ""), None);
        assert_eq!(kept.known_at_or_before("other", "1"), Some("0101"));
        assert_eq!(kept.known_at_or_before("none", "1"), None);
        kept.keep(row("011", 1), plain("page 011"));
        kept.forget_known(PAGES, "011");
        assert!(kept.take(row("011", 1)).is_none());
        assert_eq!(kept.known_at_or_before(PAGES, "0110"), Some("010"));
    }

    #[test]
    fn the_least_recently_kept_go_first_once_the_budget_is_spent() {
        let (mut kept, _) = KeptRows::new(4 * 100);
        for id in ["a", "b", "c", "d"] {
            kept.keep(row(id, 1), Zeroizing::new(vec![7; 100]));
        }
        assert_eq!(kept.len(), 4);
        // Over the budget: down to three quarters of it, oldest first.
        kept.keep(row("e", 1), Zeroizing::new(vec![7; 100]));
        assert!(kept.bytes <= 300);
        assert!(kept.take(row("a", 1)).is_none());
        assert!(kept.take(row("b", 1)).is_none());
        assert!(kept.take(row("e", 1)).is_some());
        // A row larger than the whole budget is not kept at all.
        kept.keep(row("f", 1), Zeroizing::new(vec![7; 401]));
        assert!(kept.take(row("f", 1)).is_none());
    }
}
