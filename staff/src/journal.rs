//! Append-only journals in the archive (the follow-up history, redactions): each entry a sealed
//! row with a random id and a sequence number, never updated or deleted (the migrations' triggers
//! refuse both), read back oldest first, each sealed with its place so that the order is as
//! trustworthy as the entries. One place, so every journal is sealed and ordered alike.

use rusqlite::{Transaction, TransactionBehavior, params};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use wave_core::store::RowRef;
use wave_core::{Error, Result};

use crate::archive::Archive;

/// A journal table: `entry_id TEXT, seq INTEGER, body BLOB`, as the staff migrations create it.
pub(crate) struct Journal {
    /// The table's name: a constant of this crate, never input.
    pub table: &'static str,
}

/// What an entry's envelope holds: the entry and its place in the journal. The `seq` column is
/// outside the envelope, so without the place inside someone with the files could reorder the
/// entries (an older redaction made the one in force) or take one out unnoticed.
#[derive(Serialize)]
struct Placed<'a, T> {
    journal_seq: u64,
    #[serde(flatten)]
    entry: &'a T,
}

/// An entry as read: entries written before places were sealed have none.
#[derive(Deserialize)]
struct Found<T> {
    #[serde(default)]
    journal_seq: Option<u64>,
    #[serde(flatten)]
    entry: T,
}

impl Journal {
    /// Seals `entry` with its place and appends it; durable when this returns.
    pub fn append<T: Serialize>(&self, archive: &Archive, entry: &T) -> Result<()> {
        let mut raw = [0u8; 16];
        getrandom::fill(&mut raw).map_err(|_| Error::InvalidState("archive-random-failed"))?;
        let id: String = raw.iter().map(|byte| format!("{byte:02x}")).collect();
        let store = archive.store();
        // Immediate, so no other writer takes the same place between reading it and writing.
        let tx = Transaction::new_unchecked(store.conn(), TransactionBehavior::Immediate)?;
        let last: i64 = tx.query_row(
            &format!("SELECT coalesce(max(seq), 0) FROM {}", self.table),
            [],
            |row| row.get(0),
        )?;
        let seq = u64::try_from(last)
            .map_err(|_| Error::Corrupted("archive-journal-order"))?
            .saturating_add(1);
        let sealed = store.seal_json(
            self.row(&id),
            &Placed {
                journal_seq: seq,
                entry,
            },
        )?;
        tx.execute(
            &format!(
                "INSERT INTO {} (entry_id, seq, body) VALUES (?1, ?2, ?3)",
                self.table
            ),
            params![id, seq as i64, sealed],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Every entry, oldest first. Refuses a journal whose entries are not numbered 1, 2, 3, …
    /// with each entry's sealed place equal to its number: one taken out (not the last: that is
    /// the archive put back to an older copy, which nothing inside it can tell) or moved. Entries
    /// from before places were sealed may only come first.
    pub fn read<T: DeserializeOwned>(&self, archive: &Archive) -> Result<Vec<T>> {
        let store = archive.store();
        let mut statement = store.conn().prepare(&format!(
            "SELECT entry_id, seq, body FROM {} ORDER BY seq",
            self.table
        ))?;
        let rows = statement.query_map([], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, i64>(1)?,
                row.get::<_, Vec<u8>>(2)?,
            ))
        })?;
        let mut entries = Vec::new();
        let mut placed_seen = false;
        for item in rows {
            let (id, seq, sealed) = item?;
            let found: Found<T> = store.open_json(self.row(&id), &sealed)?;
            let expected = entries.len() as u64 + 1;
            let in_place = match found.journal_seq {
                Some(place) => {
                    placed_seen = true;
                    place == expected
                }
                None => !placed_seen,
            };
            if !in_place || u64::try_from(seq).ok() != Some(expected) {
                return Err(Error::Corrupted("archive-journal-order"));
            }
            entries.push(found.entry);
        }
        Ok(entries)
    }

    fn row<'a>(&self, id: &'a str) -> RowRef<'a> {
        RowRef {
            table: self.table,
            id,
            version: 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wave_core::vault::{KdfParams, Passphrase};

    const JOURNAL: Journal = Journal {
        table: "archive_redactions",
    };

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Note {
        text: String,
        mark: Option<bool>,
    }

    fn note(text: &str) -> Note {
        Note {
            text: text.to_owned(),
            mark: None,
        }
    }

    fn texts(archive: &Archive) -> Result<Vec<String>> {
        Ok(JOURNAL
            .read::<Note>(archive)?
            .into_iter()
            .map(|n| n.text)
            .collect())
    }

    fn sql(archive: &Archive, statement: &str) {
        archive.store().conn().execute_batch(statement).unwrap();
    }

    /// What someone with the files and no key can do: the triggers are SQLite's, not theirs.
    fn without_triggers(archive: &Archive) {
        sql(
            archive,
            "DROP TRIGGER archive_redactions_no_update; DROP TRIGGER archive_redactions_no_delete;",
        );
    }

    fn archive(dir: &std::path::Path) -> Archive {
        Archive::create(
            dir,
            &Passphrase::new("pale river stone lantern"),
            KdfParams::FLOOR,
        )
        .unwrap()
    }

    #[test]
    fn entries_come_back_in_order_and_a_moved_or_missing_one_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let archive = archive(dir.path());
        for text in ["first", "second", "third"] {
            JOURNAL.append(&archive, &note(text)).unwrap();
        }
        assert_eq!(texts(&archive).unwrap(), ["first", "second", "third"]);
        without_triggers(&archive);

        // The first and the third swapped: the older one would be in force.
        sql(
            &archive,
            "UPDATE archive_redactions SET seq = 100 WHERE seq = 1;
             UPDATE archive_redactions SET seq = 1 WHERE seq = 3;
             UPDATE archive_redactions SET seq = 3 WHERE seq = 100;",
        );
        assert!(matches!(
            texts(&archive),
            Err(Error::Corrupted("archive-journal-order"))
        ));
        sql(&archive, "DELETE FROM archive_redactions");

        // One taken out of the middle, the rest renumbered.
        for text in ["a", "b", "c"] {
            JOURNAL.append(&archive, &note(text)).unwrap();
        }
        sql(
            &archive,
            "DELETE FROM archive_redactions WHERE seq = 2;
             UPDATE archive_redactions SET seq = 2 WHERE seq = 3;",
        );
        assert!(matches!(
            texts(&archive),
            Err(Error::Corrupted("archive-journal-order"))
        ));
    }

    #[test]
    fn entries_from_before_places_were_sealed_read_only_before_the_others() {
        let dir = tempfile::tempdir().unwrap();
        let archive = archive(dir.path());
        let store = archive.store();
        // Two entries as earlier versions wrote them: the entry alone in its envelope.
        for (seq, (id, text)) in [("e1", "old one"), ("e2", "old two")].iter().enumerate() {
            let sealed = store.seal_json(JOURNAL.row(id), &note(text)).unwrap();
            store
                .conn()
                .execute(
                    "INSERT INTO archive_redactions (entry_id, seq, body) VALUES (?1, ?2, ?3)",
                    params![id, seq as i64 + 1, sealed],
                )
                .unwrap();
        }
        JOURNAL.append(&archive, &note("new")).unwrap();
        assert_eq!(texts(&archive).unwrap(), ["old one", "old two", "new"]);

        // An old entry moved after a new one is refused.
        without_triggers(&archive);
        sql(
            &archive,
            "UPDATE archive_redactions SET seq = 9 WHERE seq = 2;
             UPDATE archive_redactions SET seq = 2 WHERE seq = 3;
             UPDATE archive_redactions SET seq = 3 WHERE seq = 9;",
        );
        assert!(matches!(
            texts(&archive),
            Err(Error::Corrupted("archive-journal-order"))
        ));
    }
}
