//! Append-only journals in the archive (the follow-up history, redactions): each entry a sealed
//! row with a random id and a sequence number, never updated or deleted (the migrations' triggers
//! refuse both), read back oldest first. One place, so every journal is sealed and ordered alike.

use rusqlite::params;
use serde::Serialize;
use serde::de::DeserializeOwned;
use wave_core::store::RowRef;
use wave_core::{Error, Result};

use crate::archive::Archive;

/// A journal table: `entry_id TEXT, seq INTEGER, body BLOB`, as the staff migrations create it.
pub(crate) struct Journal {
    /// The table's name: a constant of this crate, never input.
    pub table: &'static str,
}

impl Journal {
    /// Seals `entry` and appends it; durable when this returns.
    pub fn append<T: Serialize>(&self, archive: &Archive, entry: &T) -> Result<()> {
        let mut raw = [0u8; 16];
        getrandom::fill(&mut raw).map_err(|_| Error::InvalidState("archive-random-failed"))?;
        let id: String = raw.iter().map(|byte| format!("{byte:02x}")).collect();
        let sealed = archive.store().seal_json(self.row(&id), entry)?;
        archive.store().conn().execute(
            &format!(
                "INSERT INTO {table} (entry_id, seq, body)
                 VALUES (?1, (SELECT coalesce(max(seq), 0) + 1 FROM {table}), ?2)",
                table = self.table
            ),
            params![id, sealed],
        )?;
        Ok(())
    }

    /// Every entry, oldest first.
    pub fn read<T: DeserializeOwned>(&self, archive: &Archive) -> Result<Vec<T>> {
        let store = archive.store();
        let mut statement = store.conn().prepare(&format!(
            "SELECT entry_id, body FROM {} ORDER BY seq",
            self.table
        ))?;
        let rows = statement.query_map([], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, Vec<u8>>(1)?))
        })?;
        let mut entries = Vec::new();
        for item in rows {
            let (id, sealed) = item?;
            entries.push(store.open_json(self.row(&id), &sealed)?);
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
