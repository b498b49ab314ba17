//! The embedded SQLite backend: one file under the data directory, one connection serialised by
//! a mutex and driven from blocking threads, so the async runtime never waits on disk.
//!
//! A single writer is all SQLite allows anyway; serialising in-process also means the
//! "check, then write" steps of enrollment, chunk appends and submissions cannot interleave.
//! `BEGIN IMMEDIATE` keeps them atomic against the CLI commands, which open their own connection.

use super::checkpoint::{CheckpointPolicy, Checkpointer};
use super::{
    AppendOutcome, AuditAction, AuditRow, BatchOutcome, BlobState, CreateBlobOutcome, DeviceRecord,
    EnrollOutcome, ExpiredUpload, NewDevice, NewSubmission, Principal, PublishOutcome, PullPage,
    Store, StoreError, StoreResult, StoredRecipientSet, StoredSubmission, SubmitOutcome, array32,
    pack_digests, unpack_digests,
};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use sha2::{Digest, Sha256};
use std::path::Path;
use std::sync::{Arc, Mutex};
use uuid::Uuid;
use wave_protocol::Sha256Hex;

/// Name of the database file inside the data directory.
pub const DB_FILE: &str = "wave-server.db";

const SCHEMA_VERSION: i64 = 2;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS staff_tokens (
    id          BLOB PRIMARY KEY,
    token_hash  BLOB NOT NULL UNIQUE,
    created_at  INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS enrollment_codes (
    id          BLOB PRIMARY KEY,
    code_hash   BLOB NOT NULL UNIQUE,
    created_by  BLOB NOT NULL,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    used_at     INTEGER
);
CREATE TABLE IF NOT EXISTS devices (
    id                  BLOB PRIMARY KEY,
    public_key          BLOB NOT NULL,
    token_hash          BLOB NOT NULL UNIQUE,
    enrollment_code_id  BLOB NOT NULL,
    revoked             INTEGER NOT NULL DEFAULT 0,
    revoked_at          INTEGER,
    created_at          INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS blobs (
    sha256      BLOB PRIMARY KEY,
    size        INTEGER NOT NULL,
    uploaded    INTEGER NOT NULL DEFAULT 0,
    complete    INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS blob_chunks (
    id          INTEGER PRIMARY KEY,
    sha256      BLOB NOT NULL REFERENCES blobs(sha256),
    chunk_offset INTEGER NOT NULL,
    data        BLOB NOT NULL,
    UNIQUE (sha256, chunk_offset)
);
CREATE TABLE IF NOT EXISTS submissions (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id   BLOB NOT NULL UNIQUE,
    device_id   BLOB NOT NULL REFERENCES devices(id),
    envelope    BLOB NOT NULL,
    signature   BLOB NOT NULL,
    blob_refs   BLOB NOT NULL,
    received_at INTEGER NOT NULL
);
-- Version 2: the NGO's signed recipient set, one row per deployment.
CREATE TABLE IF NOT EXISTS recipient_set (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    version     INTEGER NOT NULL,
    document    BLOB NOT NULL,
    signature   BLOB NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS audit_log (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    staff_token_id  BLOB NOT NULL,
    action          TEXT NOT NULL,
    cursor_from     INTEGER,
    cursor_to       INTEGER,
    item_count      INTEGER,
    subject         TEXT,
    at              INTEGER NOT NULL
);
";

/// Indexes made at every open, tables untouched: a database keeps its schema version, so the
/// server version before this one still opens it.
const INDEXES: &str = "
-- The expiry of abandoned uploads looks only at unfinished ones, a small part of all blobs.
CREATE INDEX IF NOT EXISTS blobs_unfinished_by_age ON blobs (created_at) WHERE complete = 0;
";

/// One unfinished upload begun before `?1`, found through `blobs_unfinished_by_age`.
const UNFINISHED_BEFORE: &str = "SELECT sha256, uploaded FROM blobs
     WHERE complete = 0 AND created_at < ?1 LIMIT 1";

/// The SQLite store.
#[derive(Clone)]
pub struct SqliteStore {
    // Declared first, so dropped first: the writer's hook holds the checkpointer's wake-up.
    conn: Arc<Mutex<Connection>>,
    #[cfg_attr(not(test), allow(dead_code))]
    checkpointer: Arc<Checkpointer>,
}

impl SqliteStore {
    /// Opens (creating if needed) `DIR/wave-server.db` and brings its schema up to date.
    pub fn open(dir: &Path) -> StoreResult<Self> {
        Self::open_with(dir, CheckpointPolicy::default())
    }

    pub(crate) fn open_with(dir: &Path, checkpoints: CheckpointPolicy) -> StoreResult<Self> {
        create_private_dir(dir)?;
        let path = dir.join(DB_FILE);
        let mut conn = Connection::open(&path)?;
        restrict_file(&path)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        // WAL lets the CLI read and write while a server runs; FULL makes each commit durable
        // before the response that acknowledges it; secure_delete overwrites reset chunks.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "secure_delete", "ON")?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::SchemaTooNew {
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        if version < SCHEMA_VERSION {
            let tx = conn.unchecked_transaction()?;
            tx.execute_batch(SCHEMA)?;
            tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
            tx.commit()?;
        }
        conn.execute_batch(INDEXES)?;
        // After the schema: the log is in WAL mode by now, and the checkpointer's connection
        // finds the file made.
        let checkpointer = Checkpointer::start(&path, &mut conn, checkpoints)?;
        Ok(Self {
            conn: Arc::new(Mutex::new(conn)),
            checkpointer: Arc::new(checkpointer),
        })
    }

    async fn run<T, F>(&self, f: F) -> StoreResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> StoreResult<T> + Send + 'static,
    {
        let conn = Arc::clone(&self.conn);
        tokio::task::spawn_blocking(move || {
            // A panic while holding the lock cannot leave a half-applied transaction (it rolls
            // back on drop), so a poisoned lock is still safe to use.
            let mut guard = conn.lock().unwrap_or_else(|p| p.into_inner());
            f(&mut guard)
        })
        .await
        .map_err(|e| StoreError::Task(e.to_string()))?
    }
}

/// Copies the database of a server in `dir`, running or not, into `to`, a file that must not
/// exist yet, and returns its size in bytes. The copy is one consistent snapshot (`VACUUM INTO`
/// reads in a single transaction while the server's writers go on in WAL mode), made
/// readable by the owner only, checked with SQLite's `quick_check` and synced before this
/// returns. To restore, put it as `wave-server.db` in an empty data directory.
pub fn backup(dir: &Path, to: &Path) -> StoreResult<u64> {
    use std::io::{Error, ErrorKind};
    let source = dir.join(DB_FILE);
    if !source.is_file() {
        return Err(StoreError::Io(Error::new(
            ErrorKind::NotFound,
            format!("no server database at {}", source.display()),
        )));
    }
    let target = to.to_str().ok_or_else(|| {
        StoreError::Io(Error::new(
            ErrorKind::InvalidInput,
            "the backup's path must be valid UTF-8",
        ))
    })?;
    // Made empty and private first: VACUUM INTO fills an empty file, and the copy holds the
    // token hashes and device keys the live one does.
    let mut file = std::fs::OpenOptions::new();
    file.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        file.mode(0o600);
    }
    drop(file.open(to)?);
    let copied = (|| -> StoreResult<()> {
        let conn = Connection::open(&source)?;
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        conn.execute("VACUUM INTO ?1", [target])?;
        drop(conn);
        let copy = Connection::open_with_flags(to, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        let check: String = copy.query_row("PRAGMA quick_check", [], |row| row.get(0))?;
        if check != "ok" {
            return Err(StoreError::Corrupt("the backup fails SQLite's quick_check"));
        }
        Ok(())
    })();
    if let Err(error) = copied {
        let _ = std::fs::remove_file(to);
        return Err(error);
    }
    let written = std::fs::File::open(to)?;
    written.sync_all()?;
    #[cfg(unix)]
    if let Some(parent) = to.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::File::open(parent)?.sync_all()?;
    }
    Ok(written.metadata()?.len())
}

fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
    }
    #[cfg(not(unix))]
    {
        std::fs::create_dir_all(dir)
    }
}

fn restrict_file(path: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        Ok(())
    }
}

fn uuid_from(bytes: &[u8], what: &'static str) -> StoreResult<Uuid> {
    Uuid::from_slice(bytes).map_err(|_| StoreError::Corrupt(what))
}

fn size_to_u64(v: i64) -> StoreResult<u64> {
    u64::try_from(v).map_err(|_| StoreError::Corrupt("negative size"))
}

fn size_to_i64(v: u64) -> StoreResult<i64> {
    i64::try_from(v).map_err(|_| StoreError::Corrupt("size out of range"))
}

fn write_audit(
    conn: &Connection,
    staff_id: Uuid,
    action: &AuditAction,
    now: i64,
) -> StoreResult<()> {
    let (from, to, count, subject) = action.columns();
    conn.execute(
        "INSERT INTO audit_log (staff_token_id, action, cursor_from, cursor_to, item_count, subject, at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![staff_id.as_bytes(), action.name(), from, to, count, subject, now],
    )?;
    Ok(())
}

fn blob_state(conn: &Connection, sha: &[u8; 32]) -> StoreResult<Option<BlobState>> {
    let row = conn
        .query_row(
            "SELECT size, uploaded, complete FROM blobs WHERE sha256 = ?1",
            [sha.as_slice()],
            |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, bool>(2)?,
                ))
            },
        )
        .optional()?;
    row.map(|(size, offset, complete)| {
        Ok(BlobState {
            size: size_to_u64(size)?,
            offset: size_to_u64(offset)?,
            complete,
        })
    })
    .transpose()
}

/// A used code asked again with a proof: the device it enrolled gets `device`'s token if it has
/// the same key, is not revoked and the code has not expired; otherwise the code is used.
fn enroll_again(
    tx: &rusqlite::Transaction<'_>,
    code_hash: &[u8; 32],
    device: &NewDevice,
    now: i64,
) -> StoreResult<EnrollOutcome> {
    let enrolled = tx
        .query_row(
            "SELECT d.id FROM devices d JOIN enrollment_codes c ON c.id = d.enrollment_code_id
             WHERE c.code_hash = ?1 AND c.expires_at > ?2 AND d.public_key = ?3
               AND d.revoked = 0",
            params![code_hash.as_slice(), now, device.public_key.as_slice()],
            |r| r.get::<_, Vec<u8>>(0),
        )
        .optional()?;
    let Some(id) = enrolled else {
        return Ok(EnrollOutcome::Used);
    };
    tx.execute(
        "UPDATE devices SET token_hash = ?2 WHERE id = ?1",
        params![id, device.token_hash.as_slice()],
    )?;
    Ok(EnrollOutcome::EnrolledAgain {
        device_id: uuid_from(&id, "device id")?,
    })
}

impl Store for SqliteStore {
    async fn authenticate(&self, token_hash: [u8; 32]) -> StoreResult<Option<Principal>> {
        self.run(move |conn| {
            let device = conn
                .query_row(
                    "SELECT id, public_key, revoked FROM devices WHERE token_hash = ?1",
                    [token_hash.as_slice()],
                    |r| {
                        Ok((
                            r.get::<_, Vec<u8>>(0)?,
                            r.get::<_, Vec<u8>>(1)?,
                            r.get::<_, bool>(2)?,
                        ))
                    },
                )
                .optional()?;
            if let Some((id, key, revoked)) = device {
                return Ok(Some(Principal::Device {
                    id: uuid_from(&id, "device id")?,
                    public_key: array32(&key, "device public key")?,
                    revoked,
                }));
            }
            let staff = conn
                .query_row(
                    "SELECT id FROM staff_tokens WHERE token_hash = ?1",
                    [token_hash.as_slice()],
                    |r| r.get::<_, Vec<u8>>(0),
                )
                .optional()?;
            staff
                .map(|id| {
                    Ok(Principal::Staff {
                        id: uuid_from(&id, "staff token id")?,
                    })
                })
                .transpose()
        })
        .await
    }

    async fn create_staff_token(
        &self,
        id: Uuid,
        token_hash: [u8; 32],
        now: i64,
    ) -> StoreResult<()> {
        self.run(move |conn| {
            conn.execute(
                "INSERT INTO staff_tokens (id, token_hash, created_at) VALUES (?1, ?2, ?3)",
                params![id.as_bytes(), token_hash.as_slice(), now],
            )?;
            Ok(())
        })
        .await
    }

    async fn revoke_device(&self, device_id: Uuid, now: i64) -> StoreResult<bool> {
        self.run(move |conn| {
            let changed = conn.execute(
                "UPDATE devices SET revoked = 1, revoked_at = COALESCE(revoked_at, ?2) WHERE id = ?1",
                params![device_id.as_bytes(), now],
            )?;
            Ok(changed > 0)
        })
        .await
    }

    async fn create_enrollment_code(
        &self,
        staff_id: Uuid,
        code_id: Uuid,
        code_hash: [u8; 32],
        expires_at: i64,
        now: i64,
    ) -> StoreResult<()> {
        self.run(move |conn| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            tx.execute(
                "INSERT INTO enrollment_codes (id, code_hash, created_by, created_at, expires_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    code_id.as_bytes(),
                    code_hash.as_slice(),
                    staff_id.as_bytes(),
                    now,
                    expires_at
                ],
            )?;
            write_audit(
                &tx,
                staff_id,
                &AuditAction::CreateEnrollmentCode(code_id),
                now,
            )?;
            tx.commit()?;
            Ok(())
        })
        .await
    }

    async fn enroll(
        &self,
        code_hash: [u8; 32],
        device: NewDevice,
        proven: bool,
        now: i64,
    ) -> StoreResult<EnrollOutcome> {
        self.run(move |conn| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let code_id = tx
                .query_row(
                    "UPDATE enrollment_codes SET used_at = ?2
                     WHERE code_hash = ?1 AND used_at IS NULL AND expires_at > ?2
                     RETURNING id",
                    params![code_hash.as_slice(), now],
                    |r| r.get::<_, Vec<u8>>(0),
                )
                .optional()?;
            let Some(code_id) = code_id else {
                let state = tx
                    .query_row(
                        "SELECT used_at IS NOT NULL FROM enrollment_codes WHERE code_hash = ?1",
                        [code_hash.as_slice()],
                        |r| r.get::<_, bool>(0),
                    )
                    .optional()?;
                let outcome = match state {
                    None => EnrollOutcome::Invalid,
                    Some(true) if proven => enroll_again(&tx, &code_hash, &device, now)?,
                    Some(true) => EnrollOutcome::Used,
                    Some(false) => EnrollOutcome::Expired,
                };
                tx.commit()?;
                return Ok(outcome);
            };
            tx.execute(
                "INSERT INTO devices (id, public_key, token_hash, enrollment_code_id, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    device.id.as_bytes(),
                    device.public_key.as_slice(),
                    device.token_hash.as_slice(),
                    code_id,
                    now
                ],
            )?;
            tx.commit()?;
            Ok(EnrollOutcome::Enrolled)
        })
        .await
    }

    async fn create_blob(
        &self,
        sha256: Sha256Hex,
        size: u64,
        now: i64,
    ) -> StoreResult<CreateBlobOutcome> {
        self.run(move |conn| {
            let sha = sha256.to_bytes();
            let size_i = size_to_i64(size)?;
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            tx.execute(
                "INSERT INTO blobs (sha256, size, created_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (sha256) DO NOTHING",
                params![sha.as_slice(), size_i, now],
            )?;
            let state = blob_state(&tx, &sha)?.ok_or(StoreError::Corrupt("blob row vanished"))?;
            let outcome = if state.size == size {
                CreateBlobOutcome::State(state)
            } else if state.offset == 0 && !state.complete {
                // Nothing was uploaded under the old declaration, so nothing is lost by taking
                // the new one; refusing would strand a client that corrected its size.
                tx.execute(
                    "UPDATE blobs SET size = ?2 WHERE sha256 = ?1",
                    params![sha.as_slice(), size_i],
                )?;
                CreateBlobOutcome::State(BlobState { size, ..state })
            } else {
                CreateBlobOutcome::SizeMismatch {
                    existing: state.size,
                }
            };
            tx.commit()?;
            Ok(outcome)
        })
        .await
    }

    async fn blob_state(&self, sha256: Sha256Hex) -> StoreResult<Option<BlobState>> {
        self.run(move |conn| blob_state(conn, &sha256.to_bytes()))
            .await
    }

    async fn expire_one_upload(&self, started_before: i64) -> StoreResult<Option<ExpiredUpload>> {
        self.run(move |conn| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let expired = tx
                .query_row(UNFINISHED_BEFORE, [started_before], |r| {
                    Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, i64>(1)?))
                })
                .optional()?;
            let Some((sha, uploaded)) = expired else {
                return Ok(None);
            };
            tx.execute("DELETE FROM blob_chunks WHERE sha256 = ?1", [&sha])?;
            tx.execute("DELETE FROM blobs WHERE sha256 = ?1", [&sha])?;
            tx.commit()?;
            Ok(Some(ExpiredUpload {
                uploaded: size_to_u64(uploaded)?,
            }))
        })
        .await
    }

    async fn append_blob(
        &self,
        sha256: Sha256Hex,
        offset: u64,
        data: bytes::Bytes,
    ) -> StoreResult<AppendOutcome> {
        self.run(move |conn| {
            let sha = sha256.to_bytes();
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let Some(state) = blob_state(&tx, &sha)? else {
                return Ok(AppendOutcome::NotFound);
            };
            if state.complete {
                return Ok(AppendOutcome::Appended(state));
            }
            if state.offset != offset {
                return Ok(AppendOutcome::OffsetMismatch(state));
            }
            let len = data.len() as u64;
            if len > state.size - state.offset {
                return Ok(AppendOutcome::ExceedsSize(state));
            }
            if len == 0 {
                return Ok(AppendOutcome::Appended(state));
            }
            let new_offset = offset + len;
            tx.execute(
                "INSERT INTO blob_chunks (sha256, chunk_offset, data) VALUES (?1, ?2, ?3)",
                params![sha.as_slice(), size_to_i64(offset)?, data.as_ref()],
            )?;
            let complete = new_offset == state.size;
            if complete {
                let mut hasher = Sha256::new();
                {
                    let mut stmt = tx.prepare(
                        "SELECT data FROM blob_chunks WHERE sha256 = ?1 ORDER BY chunk_offset",
                    )?;
                    let mut rows = stmt.query([sha.as_slice()])?;
                    while let Some(row) = rows.next()? {
                        hasher.update(row.get_ref(0)?.as_blob()?);
                    }
                }
                let digest: [u8; 32] = hasher.finalize().into();
                if digest != sha {
                    tx.execute(
                        "DELETE FROM blob_chunks WHERE sha256 = ?1",
                        [sha.as_slice()],
                    )?;
                    tx.execute(
                        "UPDATE blobs SET uploaded = 0 WHERE sha256 = ?1",
                        [sha.as_slice()],
                    )?;
                    tx.commit()?;
                    return Ok(AppendOutcome::HashMismatch);
                }
            }
            tx.execute(
                "UPDATE blobs SET uploaded = ?2, complete = ?3 WHERE sha256 = ?1",
                params![sha.as_slice(), size_to_i64(new_offset)?, complete],
            )?;
            tx.commit()?;
            Ok(AppendOutcome::Appended(BlobState {
                size: state.size,
                offset: new_offset,
                complete,
            }))
        })
        .await
    }

    async fn submit(
        &self,
        device_id: Uuid,
        items: Vec<NewSubmission>,
        now: i64,
    ) -> StoreResult<BatchOutcome> {
        self.run(move |conn| {
            // One transaction for the batch: one fsync instead of one per item, and the batch
            // is acknowledged only after all its stored items are durable.
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            // Asked inside the write transaction: a revocation commits before or after it.
            let revoked = tx
                .prepare_cached("SELECT revoked FROM devices WHERE id = ?1")?
                .query_row([device_id.as_bytes()], |r| r.get::<_, bool>(0))
                .optional()?
                .unwrap_or(true);
            if revoked {
                return Ok(BatchOutcome::DeviceRevoked);
            }
            let mut outcomes = Vec::with_capacity(items.len());
            {
                // Prepared once per batch, not once per item.
                let mut existing_by_id = tx.prepare_cached(
                    "SELECT device_id, envelope FROM submissions WHERE client_id = ?1",
                )?;
                let mut blob_complete =
                    tx.prepare_cached("SELECT complete FROM blobs WHERE sha256 = ?1")?;
                let mut insert = tx.prepare_cached(
                    "INSERT INTO submissions (client_id, device_id, envelope, signature, blob_refs, received_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                )?;
                for item in items {
                    let existing = existing_by_id
                        .query_row([item.id.as_bytes()], |r| {
                            Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, Vec<u8>>(1)?))
                        })
                        .optional()?;
                    if let Some((owner, envelope)) = existing {
                        let same =
                            owner.as_slice() == device_id.as_bytes() && envelope == item.envelope;
                        outcomes.push(if same {
                            SubmitOutcome::Duplicate
                        } else {
                            SubmitOutcome::IdConflict
                        });
                        continue;
                    }
                    let mut missing = None;
                    for blob in &item.blobs {
                        let complete = blob_complete
                            .query_row([blob.to_bytes().as_slice()], |r| r.get::<_, bool>(0))
                            .optional()?;
                        if complete != Some(true) {
                            missing = Some(*blob);
                            break;
                        }
                    }
                    if let Some(blob) = missing {
                        outcomes.push(SubmitOutcome::MissingBlob(blob));
                        continue;
                    }
                    insert.execute(params![
                        item.id.as_bytes(),
                        device_id.as_bytes(),
                        item.envelope,
                        item.signature.as_slice(),
                        pack_digests(&item.blobs),
                        now
                    ])?;
                    outcomes.push(SubmitOutcome::Stored);
                }
            }
            tx.commit()?;
            Ok(BatchOutcome::Stored(outcomes))
        })
        .await
    }

    async fn pull(
        &self,
        staff_id: Uuid,
        after: i64,
        limit: u32,
        envelope_bytes: u64,
        now: i64,
    ) -> StoreResult<PullPage> {
        self.run(move |conn| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let mut out = Vec::new();
            // The row after a full page is stepped to only to tell whether more follow: it is
            // never kept, so a page holds at most one envelope past the budget's edge.
            let mut page_bytes: u64 = 0;
            let mut full = false;
            {
                let mut stmt = tx.prepare(
                    "SELECT s.seq, s.client_id, s.device_id, d.public_key, s.received_at,
                            s.envelope, s.signature, s.blob_refs
                     FROM submissions s JOIN devices d ON d.id = s.device_id
                     WHERE s.seq > ?1 ORDER BY s.seq LIMIT ?2",
                )?;
                let mut rows = stmt.query(params![after, i64::from(limit) + 1])?;
                while let Some(r) = rows.next()? {
                    if page_bytes >= envelope_bytes {
                        full = true;
                        break;
                    }
                    let envelope: Vec<u8> = r.get(5)?;
                    page_bytes = page_bytes.saturating_add(envelope.len() as u64);
                    out.push(StoredSubmission {
                        seq: r.get(0)?,
                        id: uuid_from(r.get_ref(1)?.as_blob()?, "submission id")?,
                        device_id: uuid_from(r.get_ref(2)?.as_blob()?, "device id")?,
                        device_public_key: array32(r.get_ref(3)?.as_blob()?, "device key")?,
                        received_at: r.get(4)?,
                        envelope,
                        signature: r.get(6)?,
                        blobs: unpack_digests(r.get_ref(7)?.as_blob()?)?,
                    });
                }
            }
            let has_more = full || out.len() > limit as usize;
            out.truncate(limit as usize);
            let last = out.last().map_or(after, |s| s.seq);
            let action = AuditAction::PullSubmissions {
                after,
                last,
                count: out.len() as i64,
            };
            write_audit(&tx, staff_id, &action, now)?;
            tx.commit()?;
            Ok(PullPage {
                items: out,
                has_more,
            })
        })
        .await
    }

    async fn open_blob_download(
        &self,
        staff_id: Uuid,
        sha256: Sha256Hex,
        now: i64,
    ) -> StoreResult<Option<u64>> {
        self.run(move |conn| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let state = blob_state(&tx, &sha256.to_bytes())?;
            let Some(state) = state.filter(|s| s.complete) else {
                return Ok(None);
            };
            write_audit(&tx, staff_id, &AuditAction::DownloadBlob(sha256), now)?;
            tx.commit()?;
            Ok(Some(state.size))
        })
        .await
    }

    async fn read_blob_chunk(
        &self,
        sha256: Sha256Hex,
        offset: u64,
    ) -> StoreResult<Option<Vec<u8>>> {
        self.run(move |conn| {
            Ok(conn
                .query_row(
                    "SELECT data FROM blob_chunks WHERE sha256 = ?1 AND chunk_offset = ?2",
                    params![sha256.to_bytes().as_slice(), size_to_i64(offset)?],
                    |r| r.get::<_, Vec<u8>>(0),
                )
                .optional()?)
        })
        .await
    }

    async fn list_devices(&self, staff_id: Uuid, now: i64) -> StoreResult<Vec<DeviceRecord>> {
        self.run(move |conn| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let mut out = Vec::new();
            {
                let mut stmt = tx.prepare(
                    "SELECT id, public_key, enrollment_code_id, created_at, revoked
                     FROM devices ORDER BY created_at, id",
                )?;
                let mut rows = stmt.query([])?;
                while let Some(r) = rows.next()? {
                    out.push(DeviceRecord {
                        id: uuid_from(r.get_ref(0)?.as_blob()?, "device id")?,
                        public_key: array32(r.get_ref(1)?.as_blob()?, "device key")?,
                        enrollment_code_id: uuid_from(r.get_ref(2)?.as_blob()?, "code id")?,
                        created_at: r.get(3)?,
                        revoked: r.get(4)?,
                    });
                }
            }
            write_audit(&tx, staff_id, &AuditAction::ListDevices, now)?;
            tx.commit()?;
            Ok(out)
        })
        .await
    }

    async fn recipient_set(&self) -> StoreResult<Option<StoredRecipientSet>> {
        self.run(|conn| {
            conn.query_row(
                "SELECT version, document, signature FROM recipient_set WHERE id = 1",
                [],
                |row| Ok((row.get::<_, i64>(0)?, row.get(1)?, row.get(2)?)),
            )
            .optional()?
            .map(|(version, document, signature)| {
                Ok(StoredRecipientSet {
                    version: u64::try_from(version)
                        .map_err(|_| StoreError::Corrupt("recipient set version"))?,
                    document,
                    signature,
                })
            })
            .transpose()
        })
        .await
    }

    async fn publish_recipient_set(
        &self,
        staff_id: Uuid,
        set: StoredRecipientSet,
        now: i64,
    ) -> StoreResult<PublishOutcome> {
        let version = i64::try_from(set.version)
            .map_err(|_| StoreError::Corrupt("recipient set version out of range"))?;
        self.run(move |conn| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let stored = tx
                .query_row(
                    "INSERT INTO recipient_set (id, version, document, signature, updated_at)
                     VALUES (1, ?1, ?2, ?3, ?4)
                     ON CONFLICT (id) DO UPDATE SET version = excluded.version,
                         document = excluded.document, signature = excluded.signature,
                         updated_at = excluded.updated_at
                     WHERE recipient_set.version < excluded.version
                     RETURNING version",
                    params![version, set.document, set.signature, now],
                    |row| row.get::<_, i64>(0),
                )
                .optional()?;
            if stored.is_none() {
                let current: i64 = tx.query_row(
                    "SELECT version FROM recipient_set WHERE id = 1",
                    [],
                    |row| row.get(0),
                )?;
                return Ok(PublishOutcome::Stale {
                    current: u64::try_from(current)
                        .map_err(|_| StoreError::Corrupt("recipient set version"))?,
                });
            }
            write_audit(
                &tx,
                staff_id,
                &AuditAction::PublishRecipientSet(set.version),
                now,
            )?;
            tx.commit()?;
            Ok(PublishOutcome::Stored)
        })
        .await
    }

    async fn audit_log(&self) -> StoreResult<Vec<AuditRow>> {
        self.run(|conn| {
            let mut stmt = conn.prepare(
                "SELECT staff_token_id, action, cursor_from, cursor_to, item_count, subject, at
                 FROM audit_log ORDER BY id",
            )?;
            let mut rows = stmt.query([])?;
            let mut out = Vec::new();
            while let Some(r) = rows.next()? {
                out.push(AuditRow {
                    staff_token_id: uuid_from(r.get_ref(0)?.as_blob()?, "staff token id")?,
                    action: r.get(1)?,
                    cursor_from: r.get(2)?,
                    cursor_to: r.get(3)?,
                    item_count: r.get(4)?,
                    subject: r.get(5)?,
                    at: r.get(6)?,
                });
            }
            Ok(out)
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    /// Commits `count` rows of ~3 KiB, one transaction each, through the store's writer.
    fn write_rows(store: &SqliteStore, count: usize) {
        let conn = store.conn.lock().unwrap();
        conn.execute_batch("CREATE TABLE IF NOT EXISTS filler (data BLOB NOT NULL)")
            .unwrap();
        for i in 0..count {
            conn.execute(
                "INSERT INTO filler (data) VALUES (?1)",
                [vec![i as u8; 3000]],
            )
            .unwrap();
        }
    }

    fn wal_bytes(dir: &Path) -> u64 {
        std::fs::metadata(dir.join(format!("{DB_FILE}-wal"))).map_or(0, |m| m.len())
    }

    /// The log's length after `rows` commits to a store that never checkpoints: what a
    /// checkpointed log is measured against. Measured while the store is open (the last
    /// connection to close checkpoints and removes the log).
    fn log_bytes_never_checkpointed(rows: usize) -> u64 {
        let dir = tempfile::tempdir().unwrap();
        let never = CheckpointPolicy {
            background_at: u32::MAX,
            inline_at: u32::MAX,
        };
        let store = SqliteStore::open_with(dir.path(), never).unwrap();
        write_rows(&store, rows);
        wal_bytes(dir.path())
    }

    /// Waits until the thread has run `at_least` checkpoints and none is pending.
    fn wait_for_checkpoints(store: &SqliteStore, at_least: u64) {
        let deadline = Instant::now() + Duration::from_secs(30);
        while !matches!(store.checkpointer.completed(), (done, true) if done >= at_least) {
            assert!(Instant::now() < deadline, "no checkpoint from the thread");
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    /// The thread, not the commit, copies the log into the database file; once it has caught
    /// up, the next commit starts the log again from its beginning instead of making it longer.
    #[test]
    fn the_thread_checkpoints_and_the_log_starts_again() {
        let without = log_bytes_never_checkpointed(80);
        let dir = tempfile::tempdir().unwrap();
        let background = CheckpointPolicy {
            background_at: 10,
            inline_at: u32::MAX,
        };
        let store = SqliteStore::open_with(dir.path(), background).unwrap();
        write_rows(&store, 40);
        // Idle until the thread has run every checkpoint it was woken for, so the last one
        // began after the last commit and copied every frame: the next commit starts the log
        // again.
        wait_for_checkpoints(&store, 1);
        write_rows(&store, 40);
        wait_for_checkpoints(&store, 2);
        let with = wal_bytes(dir.path());
        assert!(
            with * 4 < without * 3,
            "the log is {with} bytes with the thread, {without} without: not started again"
        );
        // Everything is in the database file itself: a copy of it alone holds every row.
        let copy = tempfile::tempdir().unwrap();
        std::fs::copy(dir.path().join(DB_FILE), copy.path().join(DB_FILE)).unwrap();
        drop(store);
        let conn = Connection::open(copy.path().join(DB_FILE)).unwrap();
        let rows: i64 = conn
            .query_row("SELECT count(*) FROM filler", [], |r| r.get(0))
            .unwrap();
        assert_eq!(rows, 80);
    }

    /// With no thread keeping up (it is never woken here), a long log is checkpointed by the
    /// commit that makes it long, as SQLite's own automatic checkpoint would: it stays bounded.
    #[test]
    fn a_log_the_thread_leaves_long_is_checkpointed_by_the_commit() {
        let without = log_bytes_never_checkpointed(200);
        let bounded = tempfile::tempdir().unwrap();
        let inline = CheckpointPolicy {
            background_at: u32::MAX,
            inline_at: 20,
        };
        let store = SqliteStore::open_with(bounded.path(), inline).unwrap();
        write_rows(&store, 200);
        let with = wal_bytes(bounded.path());
        assert_eq!(store.checkpointer.completed(), (0, true));
        assert!(
            with * 4 < without,
            "the log is {with} bytes with inline checkpoints, {without} without"
        );
    }

    /// The expiry removes only unfinished uploads begun before its cutoff, one per call, and
    /// finds them through their own index rather than by reading every blob.
    #[test]
    fn expiry_takes_unfinished_uploads_older_than_the_cutoff_one_at_a_time() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(dir.path()).unwrap();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let digest = |n: u8| Sha256Hex::digest(&[n]);
        runtime.block_on(async {
            for (n, at) in [(1u8, 100), (2, 100), (3, 500)] {
                store.create_blob(digest(n), 10, at).await.unwrap();
            }
            let data = bytes::Bytes::from_static(&[7u8; 4]);
            store.append_blob(digest(2), 0, data).await.unwrap();
        });
        // A complete blob, however old, is never taken.
        store
            .conn
            .lock()
            .unwrap()
            .execute("INSERT INTO blobs (sha256, size, uploaded, complete, created_at) VALUES (x'aa', 1, 1, 1, 0)", [])
            .unwrap();
        let expired: Vec<_> = runtime.block_on(async {
            let mut all = Vec::new();
            while let Some(upload) = store.expire_one_upload(200).await.unwrap() {
                all.push(upload.uploaded);
            }
            all
        });
        let mut uploaded = expired.clone();
        uploaded.sort_unstable();
        assert_eq!(uploaded, [0, 4]);
        let conn = store.conn.lock().unwrap();
        let left: i64 = conn
            .query_row("SELECT count(*) FROM blobs", [], |r| r.get(0))
            .unwrap();
        let chunks: i64 = conn
            .query_row("SELECT count(*) FROM blob_chunks", [], |r| r.get(0))
            .unwrap();
        assert_eq!((left, chunks), (2, 0));
        let plan: String = conn
            .query_row(
                &format!("EXPLAIN QUERY PLAN {UNFINISHED_BEFORE}"),
                [200],
                |r| r.get(3),
            )
            .unwrap();
        assert!(plan.contains("blobs_unfinished_by_age"), "{plan}");
    }

    /// A database made by a server before the recipient set (schema 1) gains its table when a
    /// newer server opens it, keeping what it held; one newer than this server is refused.
    #[test]
    fn a_version_1_database_is_brought_up_to_date() {
        let dir = tempfile::tempdir().unwrap();
        drop(SqliteStore::open(dir.path()).unwrap());
        let path = dir.path().join(DB_FILE);
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch(
                "DROP TABLE recipient_set;
                 INSERT INTO staff_tokens (id, token_hash, created_at) VALUES (x'01', x'02', 3);
                 PRAGMA user_version = 1;",
            )
            .unwrap();
        }
        drop(SqliteStore::open(dir.path()).unwrap());
        let conn = Connection::open(&path).unwrap();
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(version, SCHEMA_VERSION);
        let tokens: i64 = conn
            .query_row("SELECT count(*) FROM staff_tokens", [], |r| r.get(0))
            .unwrap();
        let sets: i64 = conn
            .query_row("SELECT count(*) FROM recipient_set", [], |r| r.get(0))
            .unwrap();
        assert_eq!((tokens, sets), (1, 0));
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
        drop(conn);
        assert!(matches!(
            SqliteStore::open(dir.path()),
            Err(StoreError::SchemaTooNew { .. })
        ));
    }
}
