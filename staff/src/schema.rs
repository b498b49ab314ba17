//! The staff archive's own tables, as numbered migrations of this crate, apart from wave-core's:
//! a device vault never gets them. Their version is the one row of `archive_schema`, a table
//! that names nothing but that number (`PRAGMA user_version` is wave-core's). All pending
//! migrations run in one transaction with the version's update. A migration is never edited
//! once released: a change is a new file.
//!
//! Before they moved here, wave-core's migration 0004 made the same tables in every vault, so an
//! archive made then already has them, with its rows, and no `archive_schema`: migration 1 uses
//! `IF NOT EXISTS` and adopts them. (wave-core's 0005 removes them wherever they are empty.)

use rusqlite::{Connection, OptionalExtension};
use wave_core::{Error, Result};

/// The migrations, in order; index + 1 is the version each one produces.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_archive.sql"),
    include_str!("migrations/0002_followup.sql"),
    include_str!("migrations/0003_redaction.sql"),
];

pub(crate) const LATEST_VERSION: u32 = MIGRATIONS.len() as u32;

const VERSION_TABLE: &str = "CREATE TABLE IF NOT EXISTS archive_schema (
    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    version INTEGER NOT NULL
) STRICT";

/// The archive schema's version: 0 where this crate has not written its tables yet.
pub(crate) fn version(conn: &Connection) -> Result<u32> {
    let exists: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'archive_schema')",
        [],
        |row| row.get(0),
    )?;
    if !exists {
        return Ok(0);
    }
    let version: Option<u32> = conn
        .query_row("SELECT version FROM archive_schema", [], |row| row.get(0))
        .optional()?;
    Ok(version.unwrap_or(0))
}

/// Brings the archive's tables up to [`LATEST_VERSION`]. Refuses an archive from a newer
/// release rather than guess at its shape.
pub(crate) fn upgrade(conn: &mut Connection) -> Result<()> {
    upgrade_to(conn, LATEST_VERSION)
}

fn upgrade_to(conn: &mut Connection, target: u32) -> Result<()> {
    let current = version(conn)?;
    if current > LATEST_VERSION {
        return Err(Error::InvalidState("archive-newer-version"));
    }
    let target = target.min(LATEST_VERSION);
    if current >= target {
        return Ok(());
    }
    let tx = conn.transaction()?;
    tx.execute_batch(VERSION_TABLE)?;
    for sql in &MIGRATIONS[current as usize..target as usize] {
        tx.execute_batch(sql)?;
    }
    tx.execute(
        "INSERT INTO archive_schema (id, version) VALUES (1, ?1)
         ON CONFLICT (id) DO UPDATE SET version = excluded.version",
        [target],
    )?;
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// wave-core's tables a store has before any of these: the one the archive refers to.
    fn store() -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE cases (id TEXT PRIMARY KEY NOT NULL) STRICT")
            .unwrap();
        conn
    }

    fn archive_tables(conn: &Connection) -> Vec<String> {
        let mut statement = conn
            .prepare(
                "SELECT sql FROM sqlite_schema
                 WHERE name LIKE 'archive_%' AND name != 'archive_schema' ORDER BY name",
            )
            .unwrap();
        statement
            .query_map([], |row| row.get(0))
            .unwrap()
            .map(|sql| sql.unwrap())
            .collect()
    }

    #[test]
    fn a_new_archive_gets_its_tables_and_version_once() {
        let mut conn = store();
        assert_eq!(version(&conn).unwrap(), 0);
        upgrade(&mut conn).unwrap();
        assert_eq!(version(&conn).unwrap(), LATEST_VERSION);
        // Three tables, an index, and the follow-up and redaction histories, each with its two
        // append-only triggers.
        assert_eq!(archive_tables(&conn).len(), 9);
        upgrade(&mut conn).unwrap();
        let rows: i64 = conn
            .query_row("SELECT count(*) FROM archive_schema", [], |row| row.get(0))
            .unwrap();
        assert_eq!(rows, 1);
    }

    #[test]
    fn tables_made_by_the_core_before_the_move_are_adopted_with_their_rows() {
        let mut old = store();
        // What wave-core's migration 0004 made, as it was released.
        old.execute_batch(include_str!(
            "../../core/src/store/migrations/0004_archive.sql"
        ))
        .unwrap();
        old.execute(
            "INSERT INTO archive_devices (device_id, body) VALUES ('d', x'01')",
            [],
        )
        .unwrap();
        upgrade(&mut old).unwrap();
        assert_eq!(version(&old).unwrap(), LATEST_VERSION);
        let mut fresh = store();
        upgrade(&mut fresh).unwrap();
        assert_eq!(archive_tables(&old), archive_tables(&fresh));
        let rows: i64 = old
            .query_row("SELECT count(*) FROM archive_devices", [], |row| row.get(0))
            .unwrap();
        assert_eq!(rows, 1);
    }

    #[test]
    fn a_newer_archive_is_refused() {
        let mut conn = store();
        upgrade(&mut conn).unwrap();
        conn.execute(
            "UPDATE archive_schema SET version = ?1",
            [LATEST_VERSION + 1],
        )
        .unwrap();
        assert!(matches!(upgrade(&mut conn), Err(Error::InvalidState(_))));
    }

    #[test]
    fn a_failing_upgrade_leaves_no_table_and_no_version() {
        let mut conn = store();
        // Collides with the index migration 1 makes after its first table.
        conn.execute_batch("CREATE TABLE archive_submissions_by_seq (x)")
            .unwrap();
        assert!(upgrade(&mut conn).is_err());
        assert_eq!(version(&conn).unwrap(), 0);
        let tables: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_schema WHERE name IN ('archive_submissions', 'archive_schema')",
                [],
                |row| row.get(0),
            )
            .unwrap();
        assert_eq!(tables, 0);
    }
}
