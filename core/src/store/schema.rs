//! The database schema as numbered migrations, applied in order inside one transaction (all the
//! pending ones together: a database is never left between two versions, and a new store costs
//! one durable commit rather than one per migration).
//! `PRAGMA user_version` records how many have been applied. A migration is never edited once
//! released: a change is a new file. The staff archive's own tables are not here: the wave-staff
//! crate keeps their migrations and their version (0004 made them, 0005 takes them out again
//! wherever they are empty).

use rusqlite::Connection;

use crate::error::{Error, Result};

/// One numbered migration.
pub(crate) enum Migration {
    /// Applied to every database.
    Sql(&'static str),
    /// Applied only where the archive tables migration 0004 made hold no row, so that taking
    /// them out of device vaults never loses an archive made before they moved to wave-staff.
    /// SQLite has no conditional `DROP TABLE`, hence the check here.
    IfArchiveTablesEmpty(&'static str),
}

/// The migrations, in order; index + 1 is the version each one produces.
pub(crate) const MIGRATIONS: &[Migration] = &[
    Migration::Sql(include_str!("migrations/0001_init.sql")),
    Migration::Sql(include_str!("migrations/0002_consents.sql")),
    Migration::Sql(include_str!("migrations/0003_outbox.sql")),
    Migration::Sql(include_str!("migrations/0004_archive.sql")),
    Migration::IfArchiveTablesEmpty(include_str!("migrations/0005_archive_tables_leave.sql")),
    Migration::Sql(include_str!("migrations/0006_summary_pages.sql")),
];

pub(crate) const LATEST_VERSION: u32 = MIGRATIONS.len() as u32;

pub(crate) fn version(conn: &Connection) -> Result<u32> {
    Ok(conn.query_row("PRAGMA user_version", [], |row| row.get(0))?)
}

/// Brings the database up to [`LATEST_VERSION`]. Refuses a database from a newer release rather
/// than guess at its shape.
pub(crate) fn upgrade(conn: &mut Connection) -> Result<()> {
    upgrade_to(conn, LATEST_VERSION)
}

pub(crate) fn upgrade_to(conn: &mut Connection, target: u32) -> Result<()> {
    let current = version(conn)?;
    if current > LATEST_VERSION {
        return Err(Error::InvalidState("detail-vault-newer"));
    }
    let target = target.min(LATEST_VERSION);
    if current >= target {
        return Ok(());
    }
    let tx = conn.transaction()?;
    for migration in &MIGRATIONS[current as usize..target as usize] {
        match migration {
            Migration::Sql(sql) => tx.execute_batch(sql)?,
            Migration::IfArchiveTablesEmpty(sql) => {
                if archive_tables_empty(&tx)? {
                    tx.execute_batch(sql)?;
                }
            }
        }
    }
    tx.pragma_update(None, "user_version", target)?;
    tx.commit()?;
    Ok(())
}

/// Whether both tables of migration 0004 are without rows (they exist below version 5).
fn archive_tables_empty(conn: &Connection) -> Result<bool> {
    let used: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM archive_submissions) OR EXISTS (SELECT 1 FROM archive_devices)",
        [],
        |row| row.get(0),
    )?;
    Ok(!used)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tables(conn: &Connection) -> Vec<String> {
        let mut statement = conn
            .prepare("SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name")
            .unwrap();
        statement
            .query_map([], |row| row.get(0))
            .unwrap()
            .map(|sql| sql.unwrap())
            .collect()
    }

    #[test]
    fn upgrading_from_every_earlier_version_gives_the_fresh_schema() {
        let mut fresh = Connection::open_in_memory().unwrap();
        upgrade(&mut fresh).unwrap();
        assert_eq!(version(&fresh).unwrap(), LATEST_VERSION);
        for start in 0..LATEST_VERSION {
            let mut old = Connection::open_in_memory().unwrap();
            upgrade_to(&mut old, start).unwrap();
            assert_eq!(version(&old).unwrap(), start);
            upgrade(&mut old).unwrap();
            assert_eq!(version(&old).unwrap(), LATEST_VERSION);
            assert_eq!(tables(&old), tables(&fresh), "upgrade from version {start}");
        }
    }

    #[test]
    fn a_failing_upgrade_leaves_the_database_at_its_old_version() {
        let mut conn = Connection::open_in_memory().unwrap();
        upgrade_to(&mut conn, 1).unwrap();
        // Migration 3 will collide with this; migration 2, which ran before it, must roll back too.
        conn.execute_batch("CREATE TABLE outbox (x)").unwrap();
        assert!(upgrade(&mut conn).is_err());
        assert_eq!(version(&conn).unwrap(), 1);
        let consents: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_schema WHERE name = 'consents'",
                [],
                |row| row.get(0),
            )
            .unwrap();
        assert_eq!(consents, 0, "migration 2 was rolled back with 3");
    }

    #[test]
    fn rows_written_at_every_version_survive_the_upgrade() {
        for start in 1..=LATEST_VERSION {
            let mut conn = Connection::open_in_memory().unwrap();
            upgrade_to(&mut conn, start).unwrap();
            conn.execute(
                "INSERT INTO cases (id, status, revision, body) VALUES ('c', 1, 3, x'00ff')",
                [],
            )
            .unwrap();
            conn.execute(
                "INSERT INTO case_versions (case_id, seq, body) VALUES ('c', 1, x'01')",
                [],
            )
            .unwrap();
            upgrade(&mut conn).unwrap();
            let (status, revision, body): (i64, i64, Vec<u8>) = conn
                .query_row(
                    "SELECT status, revision, body FROM cases WHERE id = 'c'",
                    [],
                    |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
                )
                .unwrap();
            assert_eq!(
                (status, revision, body),
                (1, 3, vec![0x00, 0xff]),
                "from version {start}"
            );
        }
    }

    fn has_table(conn: &Connection, name: &str) -> bool {
        conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1)",
            [name],
            |row| row.get(0),
        )
        .unwrap()
    }

    #[test]
    fn a_new_database_has_no_archive_tables_and_a_device_vault_loses_its_empty_ones() {
        let mut fresh = Connection::open_in_memory().unwrap();
        upgrade(&mut fresh).unwrap();
        assert!(!has_table(&fresh, "archive_submissions"));
        assert!(!has_table(&fresh, "archive_devices"));

        let mut device = Connection::open_in_memory().unwrap();
        upgrade_to(&mut device, 4).unwrap();
        assert!(has_table(&device, "archive_submissions"));
        upgrade(&mut device).unwrap();
        assert_eq!(version(&device).unwrap(), LATEST_VERSION);
        assert!(!has_table(&device, "archive_submissions"));
        assert!(!has_table(&device, "archive_devices"));
    }

    #[test]
    fn an_archive_made_before_the_move_keeps_its_tables_and_rows() {
        for table in ["archive_submissions", "archive_devices"] {
            let mut archive = Connection::open_in_memory().unwrap();
            upgrade_to(&mut archive, 4).unwrap();
            if table == "archive_submissions" {
                archive
                    .execute(
                        "INSERT INTO archive_submissions (submission_id, seq, state, case_id, body)
                         VALUES ('s', 7, 1, NULL, x'01')",
                        [],
                    )
                    .unwrap();
            } else {
                archive
                    .execute(
                        "INSERT INTO archive_devices (device_id, body) VALUES ('d', x'02')",
                        [],
                    )
                    .unwrap();
            }
            upgrade(&mut archive).unwrap();
            assert_eq!(version(&archive).unwrap(), LATEST_VERSION);
            assert!(has_table(&archive, "archive_submissions"), "{table}");
            assert!(has_table(&archive, "archive_devices"), "{table}");
            let rows: i64 = archive
                .query_row(&format!("SELECT count(*) FROM {table}"), [], |row| {
                    row.get(0)
                })
                .unwrap();
            assert_eq!(rows, 1, "{table}");
        }
    }

    #[test]
    fn a_newer_database_is_refused() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", LATEST_VERSION + 1)
            .unwrap();
        assert!(matches!(upgrade(&mut conn), Err(Error::InvalidState(_))));
    }
}
