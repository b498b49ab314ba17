//! When a save's case summary reaches its page. A durable save of one case (a new case, every
//! answer of a guided session) writes only the case's own sealed row; its summary waits in the
//! store ([`crate::store::Unfolded`]) and is folded into its page with the others waiting: when
//! the cases are listed, when the vault is locked, or before the save that finds
//! [`crate::store::UNFOLDED_MOST`] waiting, in a transaction of its own (so that a fold that
//! fails never fails a save). Many answers to one draft so become one record, and many new cases
//! share one rewrite of each page, instead of every save sealing and writing a page of fourteen
//! cases.
//!
//! A summary is always made again from its case row, which is what a list checks it against, so
//! a summary lost before its fold (a killed app) costs only that: the next list makes it from the
//! row and it is folded then.

use rusqlite::{Connection, OptionalExtension};

use super::model::CaseId;
use super::pages::{self, Entry};
use crate::error::Result;
use crate::store::Store;

/// What one transaction did with summaries, applied to the store once it has committed (and not
/// at all if it did not).
#[must_use = "apply it once the transaction has committed"]
pub(super) struct Settled {
    held: Vec<Entry>,
    folded: Vec<([u8; 16], i64)>,
}

impl Settled {
    /// How many summaries the transaction wrote or let go.
    pub(super) fn len(&self) -> usize {
        self.folded.len()
    }

    /// Tells the store what the committed transaction did: the summaries now in their pages are
    /// let go, the ones deferred are held.
    pub(super) fn committed(self, store: &Store) {
        let mut unfolded = store.unfolded();
        for (id, revision) in self.folded {
            unfolded.folded(&id, revision);
        }
        for entry in self.held {
            unfolded.hold(*entry.id.as_bytes(), entry.revision, entry.json);
        }
    }
}

/// A save's summary, left to wait for the next fold once the save's transaction commits.
pub(super) fn deferred(entry: Entry) -> Settled {
    Settled {
        held: vec![entry],
        folded: Vec::new(),
    }
}

/// Folds every summary waiting into their pages inside the caller's transaction on `tx` (which
/// took the write lock when it began). A summary whose case row is gone or has moved past it
/// (another connection wrote the case) is let go unwritten: the list makes the right one from
/// the row.
pub(super) fn fold_into(store: &Store, tx: &Connection) -> Result<Settled> {
    let waiting = store.unfolded().copy_all();
    let mut folded = Vec::with_capacity(waiting.len());
    let mut entries = Vec::with_capacity(waiting.len());
    {
        let mut revision_of = tx.prepare_cached("SELECT revision FROM cases WHERE id = ?1")?;
        for (id, revision, json) in waiting {
            let case = CaseId::from_bytes(id);
            folded.push((id, revision));
            let current: Option<i64> = revision_of
                .query_row([case.to_string()], |row| row.get(0))
                .optional()?;
            if current == Some(revision) {
                entries.push(Entry {
                    id: case,
                    revision,
                    json,
                });
            }
        }
    }
    if !entries.is_empty() {
        pages::put(store, tx, entries)?;
    }
    Ok(Settled {
        held: Vec::new(),
        folded,
    })
}
