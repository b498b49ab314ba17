//! Records saved in their own row but not yet copied into the row that gathers them: the case
//! summaries a save made, held in memory until they are folded into their summary pages. A
//! durable save writes only what it must (the case's own sealed row); the summary, which can
//! always be made again from that row, waits here so that many saves share one rewrite of each
//! page.
//!
//! Nothing here is needed for correctness: what is lost (a killed process, a store dropped
//! without folding) is made again from the rows when the store next lists its cases. So this
//! holds at most [`UNFOLDED_MOST`] records, and each buffer is wiped when it goes.

use std::collections::HashMap;

use zeroize::Zeroizing;

/// The most records held before a save folds them all in its own transaction: at ~300 bytes
/// each, about 300 KiB of plaintext.
pub(crate) const UNFOLDED_MOST: usize = 1024;

/// One record waiting: the revision of the row it was made from, and its bytes.
pub(crate) struct UnfoldedRecord {
    pub revision: i64,
    pub bytes: Zeroizing<Vec<u8>>,
}

/// The records waiting, by the 16-byte id of the row each was made from.
#[derive(Default)]
pub(crate) struct Unfolded {
    records: HashMap<[u8; 16], UnfoldedRecord>,
}

impl Unfolded {
    /// Holds `bytes` as what row `id` at `revision` gives, in place of an older record of it.
    pub(crate) fn hold(&mut self, id: [u8; 16], revision: i64, bytes: Zeroizing<Vec<u8>>) {
        match self.records.get(&id) {
            Some(held) if held.revision > revision => {}
            _ => {
                self.records.insert(id, UnfoldedRecord { revision, bytes });
            }
        }
    }

    pub(crate) fn get(&self, id: &[u8; 16]) -> Option<&UnfoldedRecord> {
        self.records.get(id)
    }

    /// Lets go of `id`'s record if it is still the one made at `revision` (a save after the
    /// fold took its copy brought a newer one, which stays).
    pub(crate) fn folded(&mut self, id: &[u8; 16], revision: i64) {
        if self
            .records
            .get(id)
            .is_some_and(|held| held.revision == revision)
        {
            self.records.remove(id);
        }
    }

    /// Lets go of `id`'s record whatever it is: its row is gone.
    pub(crate) fn remove(&mut self, id: &[u8; 16]) {
        self.records.remove(id);
    }

    pub(crate) fn len(&self) -> usize {
        self.records.len()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// A copy of every record waiting, to fold: `(id, revision, bytes)`.
    pub(crate) fn copy_all(&self) -> Vec<([u8; 16], i64, Zeroizing<Vec<u8>>)> {
        self.records
            .iter()
            .map(|(id, held)| (*id, held.revision, held.bytes.clone()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bytes(text: &str) -> Zeroizing<Vec<u8>> {
        Zeroizing::new(text.as_bytes().to_vec())
    }

    #[test]
    fn a_newer_record_replaces_an_older_one_and_survives_the_fold_of_the_older() {
        let mut unfolded = Unfolded::default();
        unfolded.hold([1; 16], 2, bytes("second"));
        unfolded.hold([1; 16], 1, bytes("first, arriving late"));
        assert_eq!(&**unfolded.get(&[1; 16]).unwrap().bytes, b"second");
        let copied = unfolded.copy_all();
        unfolded.hold([1; 16], 3, bytes("third"));
        for (id, revision, _) in copied {
            unfolded.folded(&id, revision);
        }
        assert_eq!(unfolded.get(&[1; 16]).unwrap().revision, 3);
        unfolded.folded(&[1; 16], 3);
        assert!(unfolded.is_empty());
    }

    #[test]
    fn a_removed_row_lets_go_of_its_record() {
        let mut unfolded = Unfolded::default();
        unfolded.hold([1; 16], 1, bytes("a"));
        unfolded.hold([2; 16], 1, bytes("b"));
        unfolded.remove(&[1; 16]);
        assert_eq!(unfolded.len(), 1);
        assert!(unfolded.get(&[1; 16]).is_none());
    }
}
