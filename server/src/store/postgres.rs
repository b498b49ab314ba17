//! The PostgreSQL backend, for NGOs that run several `wave-server` processes on one database.
//!
//! Nothing that decides correctness is kept in process memory: one-time codes are consumed with
//! a conditional `UPDATE` (row locks serialise rivals), chunk appends lock their blob row, and
//! submission batches take a transaction-scoped advisory lock so that seq numbers are assigned
//! and committed in the same order — otherwise a staff pull could pass over a lower seq that
//! commits late, and miss it forever.

use super::postgres_tls;
use super::postgres_tls::DatabaseTls;
use super::{
    AppendOutcome, AuditAction, AuditRow, BatchOutcome, BlobState, CreateBlobOutcome, DeviceRecord,
    EnrollOutcome, ExpiredUpload, NewDevice, NewSubmission, Principal, PublishOutcome, PullPage,
    Store, StoreError, StoreResult, StoredRecipientSet, StoredSubmission, SubmitOutcome, array32,
    pack_digests, unpack_digests,
};
use deadpool_postgres::GenericClient;
use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod};
use sha2::{Digest, Sha256};
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::str::FromStr;
use tokio_postgres::NoTls;
use uuid::Uuid;
use wave_protocol::Sha256Hex;

const SCHEMA_VERSION: i64 = 2;

/// Advisory lock keys ("wave" in ASCII, then a purpose number).
const MIGRATION_LOCK: i64 = 0x7761_7665_0000_0001;
const SUBMISSION_LOCK: i64 = 0x7761_7665_0000_0002;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS schema_version (
    version bigint NOT NULL
);
CREATE TABLE IF NOT EXISTS staff_tokens (
    id          uuid PRIMARY KEY,
    token_hash  bytea NOT NULL UNIQUE,
    created_at  bigint NOT NULL
);
CREATE TABLE IF NOT EXISTS enrollment_codes (
    id          uuid PRIMARY KEY,
    code_hash   bytea NOT NULL UNIQUE,
    created_by  uuid NOT NULL,
    created_at  bigint NOT NULL,
    expires_at  bigint NOT NULL,
    used_at     bigint
);
CREATE TABLE IF NOT EXISTS devices (
    id                  uuid PRIMARY KEY,
    public_key          bytea NOT NULL,
    token_hash          bytea NOT NULL UNIQUE,
    enrollment_code_id  uuid NOT NULL,
    revoked             boolean NOT NULL DEFAULT false,
    revoked_at          bigint,
    created_at          bigint NOT NULL
);
CREATE TABLE IF NOT EXISTS blobs (
    sha256      bytea PRIMARY KEY,
    size        bigint NOT NULL,
    uploaded    bigint NOT NULL DEFAULT 0,
    complete    boolean NOT NULL DEFAULT false,
    created_at  bigint NOT NULL
);
CREATE TABLE IF NOT EXISTS blob_chunks (
    sha256       bytea NOT NULL REFERENCES blobs(sha256),
    chunk_offset bigint NOT NULL,
    data         bytea NOT NULL,
    PRIMARY KEY (sha256, chunk_offset)
);
-- Ciphertext does not compress; skip the attempt.
ALTER TABLE blob_chunks ALTER COLUMN data SET STORAGE EXTERNAL;
-- The expiry of abandoned uploads looks only at unfinished ones, a small part of all blobs.
CREATE INDEX IF NOT EXISTS blobs_unfinished_by_age ON blobs (created_at) WHERE NOT complete;
CREATE TABLE IF NOT EXISTS submissions (
    seq         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    client_id   uuid NOT NULL UNIQUE,
    device_id   uuid NOT NULL REFERENCES devices(id),
    envelope    bytea NOT NULL,
    signature   bytea NOT NULL,
    blob_refs   bytea NOT NULL,
    received_at bigint NOT NULL
);
ALTER TABLE submissions ALTER COLUMN envelope SET STORAGE EXTERNAL;
-- Version 2: the NGO's signed recipient set, one row per deployment.
CREATE TABLE IF NOT EXISTS recipient_set (
    id          integer PRIMARY KEY CHECK (id = 1),
    version     bigint NOT NULL,
    document    bytea NOT NULL,
    signature   bytea NOT NULL,
    updated_at  bigint NOT NULL
);
CREATE TABLE IF NOT EXISTS audit_log (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    staff_token_id  uuid NOT NULL,
    action          text NOT NULL,
    cursor_from     bigint,
    cursor_to       bigint,
    item_count      bigint,
    subject         text,
    at              bigint NOT NULL
);
";

/// The PostgreSQL store: a connection pool; cheap to clone.
#[derive(Clone)]
pub struct PostgresStore {
    pool: Pool,
}

impl PostgresStore {
    /// Connects with `url` (a `postgres://` URL or a `key=value` string) and brings the schema up
    /// to date; safe when several servers start at once. TLS as the URL's `sslmode` asks, its
    /// certificate checked against the public roots ([`PostgresStore::connect_with`]).
    pub async fn connect(url: &str, pool_size: usize) -> StoreResult<Self> {
        Self::connect_with(url, pool_size, None).await
    }

    /// [`PostgresStore::connect`], with the database's certificate checked against the CA
    /// certificates in `ca` (PEM) when given — and then over TLS only
    /// ([`postgres_tls::database_tls`]).
    pub async fn connect_with(url: &str, pool_size: usize, ca: Option<&Path>) -> StoreResult<Self> {
        let mut config = tokio_postgres::Config::from_str(url)
            .map_err(|e| StoreError::Unavailable(format!("invalid database URL: {e}")))?;
        let tls = postgres_tls::database_tls(&mut config, ca)
            .map_err(|e| StoreError::Unavailable(e.to_string()))?;
        let manager_config = || ManagerConfig {
            recycling_method: RecyclingMethod::Fast,
        };
        let manager = match tls {
            DatabaseTls::Off => Manager::from_config(config, NoTls, manager_config()),
            DatabaseTls::Verified(tls) => Manager::from_config(config, tls, manager_config()),
        };
        let pool = Pool::builder(manager)
            .max_size(pool_size.max(1))
            .build()
            .map_err(|e| StoreError::Unavailable(e.to_string()))?;
        let store = Self { pool };
        store.migrate().await?;
        Ok(store)
    }

    async fn client(&self) -> StoreResult<deadpool_postgres::Client> {
        self.pool
            .get()
            .await
            .map_err(|e| StoreError::Unavailable(with_causes(&e)))
    }

    async fn migrate(&self) -> StoreResult<()> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
            .await?;
        tx.batch_execute(SCHEMA).await?;
        let found: Option<i64> = tx
            .query_opt("SELECT max(version) FROM schema_version", &[])
            .await?
            .and_then(|r| r.get(0));
        match found {
            Some(v) if v > SCHEMA_VERSION => {
                return Err(StoreError::SchemaTooNew {
                    found: v,
                    supported: SCHEMA_VERSION,
                });
            }
            Some(v) if v < SCHEMA_VERSION => {
                // Every table is created with IF NOT EXISTS above; only the number moves.
                tx.execute("UPDATE schema_version SET version = $1", &[&SCHEMA_VERSION])
                    .await?;
            }
            Some(_) => {}
            None => {
                tx.execute(
                    "INSERT INTO schema_version (version) VALUES ($1)",
                    &[&SCHEMA_VERSION],
                )
                .await?;
            }
        }
        tx.commit().await?;
        Ok(())
    }
}

/// An error with what caused it: a refused TLS handshake says which certificate check failed.
fn with_causes(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut cause = error.source();
    while let Some(error) = cause {
        let more = error.to_string();
        if !text.contains(&more) {
            text.push_str(": ");
            text.push_str(&more);
        }
        cause = error.source();
    }
    text
}

fn size_to_u64(v: i64) -> StoreResult<u64> {
    u64::try_from(v).map_err(|_| StoreError::Corrupt("negative size"))
}

fn size_to_i64(v: u64) -> StoreResult<i64> {
    i64::try_from(v).map_err(|_| StoreError::Corrupt("size out of range"))
}

async fn write_audit(
    client: &impl GenericClient,
    staff_id: Uuid,
    action: &AuditAction,
    now: i64,
) -> StoreResult<()> {
    let (from, to, count, subject) = action.columns();
    client
        .execute(
            "INSERT INTO audit_log (staff_token_id, action, cursor_from, cursor_to, item_count, subject, at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
            &[&staff_id, &action.name(), &from, &to, &count, &subject, &now],
        )
        .await?;
    Ok(())
}

async fn blob_state(
    client: &impl GenericClient,
    sha: &[u8],
    for_update: bool,
) -> StoreResult<Option<BlobState>> {
    let sql = if for_update {
        "SELECT size, uploaded, complete FROM blobs WHERE sha256 = $1 FOR UPDATE"
    } else {
        "SELECT size, uploaded, complete FROM blobs WHERE sha256 = $1"
    };
    let row = client.query_opt(sql, &[&sha]).await?;
    row.map(|r| {
        Ok(BlobState {
            size: size_to_u64(r.get(0))?,
            offset: size_to_u64(r.get(1))?,
            complete: r.get(2),
        })
    })
    .transpose()
}

impl Store for PostgresStore {
    async fn authenticate(&self, token_hash: [u8; 32]) -> StoreResult<Option<Principal>> {
        let client = self.client().await?;
        let hash = token_hash.as_slice();
        if let Some(r) = client
            .query_opt(
                "SELECT id, public_key, revoked FROM devices WHERE token_hash = $1",
                &[&hash],
            )
            .await?
        {
            return Ok(Some(Principal::Device {
                id: r.get(0),
                public_key: array32(r.get(1), "device public key")?,
                revoked: r.get(2),
            }));
        }
        let staff = client
            .query_opt(
                "SELECT id FROM staff_tokens WHERE token_hash = $1",
                &[&hash],
            )
            .await?;
        Ok(staff.map(|r| Principal::Staff { id: r.get(0) }))
    }

    async fn create_staff_token(
        &self,
        id: Uuid,
        token_hash: [u8; 32],
        now: i64,
    ) -> StoreResult<()> {
        let client = self.client().await?;
        client
            .execute(
                "INSERT INTO staff_tokens (id, token_hash, created_at) VALUES ($1, $2, $3)",
                &[&id, &token_hash.as_slice(), &now],
            )
            .await?;
        Ok(())
    }

    async fn revoke_device(&self, device_id: Uuid, now: i64) -> StoreResult<bool> {
        let client = self.client().await?;
        let changed = client
            .execute(
                "UPDATE devices SET revoked = true, revoked_at = COALESCE(revoked_at, $2) WHERE id = $1",
                &[&device_id, &now],
            )
            .await?;
        Ok(changed > 0)
    }

    async fn create_enrollment_code(
        &self,
        staff_id: Uuid,
        code_id: Uuid,
        code_hash: [u8; 32],
        expires_at: i64,
        now: i64,
    ) -> StoreResult<()> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        tx.execute(
            "INSERT INTO enrollment_codes (id, code_hash, created_by, created_at, expires_at)
             VALUES ($1, $2, $3, $4, $5)",
            &[
                &code_id,
                &code_hash.as_slice(),
                &staff_id,
                &now,
                &expires_at,
            ],
        )
        .await?;
        write_audit(
            &tx,
            staff_id,
            &AuditAction::CreateEnrollmentCode(code_id),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn enroll(
        &self,
        code_hash: [u8; 32],
        device: NewDevice,
        proven: bool,
        now: i64,
    ) -> StoreResult<EnrollOutcome> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let hash = code_hash.as_slice();
        // A rival transaction on the same code waits for our row lock, then re-evaluates the
        // WHERE clause against our committed row and finds it used.
        let consumed = tx
            .query_opt(
                "UPDATE enrollment_codes SET used_at = $2
                 WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $2
                 RETURNING id",
                &[&hash, &now],
            )
            .await?;
        let Some(row) = consumed else {
            let state = tx
                .query_opt(
                    "SELECT used_at IS NOT NULL FROM enrollment_codes WHERE code_hash = $1",
                    &[&hash],
                )
                .await?;
            let outcome = match state.map(|r| r.get::<_, bool>(0)) {
                None => EnrollOutcome::Invalid,
                Some(true) if proven => {
                    // The device's row is locked by the UPDATE, so two retries at once each
                    // replace the token in turn and the last one's answer holds the valid one.
                    let replaced = tx
                        .query_opt(
                            "UPDATE devices d SET token_hash = $4
                             FROM enrollment_codes c
                             WHERE c.id = d.enrollment_code_id AND c.code_hash = $1
                               AND c.expires_at > $2 AND d.public_key = $3 AND NOT d.revoked
                             RETURNING d.id",
                            &[
                                &hash,
                                &now,
                                &device.public_key.as_slice(),
                                &device.token_hash.as_slice(),
                            ],
                        )
                        .await?;
                    match replaced {
                        Some(row) => EnrollOutcome::EnrolledAgain {
                            device_id: row.get(0),
                        },
                        None => EnrollOutcome::Used,
                    }
                }
                Some(true) => EnrollOutcome::Used,
                Some(false) => EnrollOutcome::Expired,
            };
            tx.commit().await?;
            return Ok(outcome);
        };
        let code_id: Uuid = row.get(0);
        tx.execute(
            "INSERT INTO devices (id, public_key, token_hash, enrollment_code_id, created_at)
             VALUES ($1, $2, $3, $4, $5)",
            &[
                &device.id,
                &device.public_key.as_slice(),
                &device.token_hash.as_slice(),
                &code_id,
                &now,
            ],
        )
        .await?;
        tx.commit().await?;
        Ok(EnrollOutcome::Enrolled)
    }

    async fn create_blob(
        &self,
        sha256: Sha256Hex,
        size: u64,
        now: i64,
    ) -> StoreResult<CreateBlobOutcome> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let sha = sha256.to_bytes();
        let sha = sha.as_slice();
        let size_i = size_to_i64(size)?;
        tx.execute(
            "INSERT INTO blobs (sha256, size, created_at) VALUES ($1, $2, $3)
             ON CONFLICT (sha256) DO NOTHING",
            &[&sha, &size_i, &now],
        )
        .await?;
        let state = blob_state(&tx, sha, true)
            .await?
            .ok_or(StoreError::Corrupt("blob row vanished"))?;
        let outcome = if state.size == size {
            CreateBlobOutcome::State(state)
        } else if state.offset == 0 && !state.complete {
            // Nothing uploaded under the old declaration: take the corrected size.
            tx.execute(
                "UPDATE blobs SET size = $2 WHERE sha256 = $1",
                &[&sha, &size_i],
            )
            .await?;
            CreateBlobOutcome::State(BlobState { size, ..state })
        } else {
            CreateBlobOutcome::SizeMismatch {
                existing: state.size,
            }
        };
        tx.commit().await?;
        Ok(outcome)
    }

    async fn blob_state(&self, sha256: Sha256Hex) -> StoreResult<Option<BlobState>> {
        let client = self.client().await?;
        blob_state(&client, sha256.to_bytes().as_slice(), false).await
    }

    async fn expire_one_upload(&self, started_before: i64) -> StoreResult<Option<ExpiredUpload>> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        // Locked as an append locks it, so an append under way finishes first and one that
        // comes after finds no upload; another process's expiry passes over it.
        let Some(row) = tx
            .query_opt(
                "SELECT sha256, uploaded FROM blobs
                 WHERE NOT complete AND created_at < $1
                 LIMIT 1 FOR UPDATE SKIP LOCKED",
                &[&started_before],
            )
            .await?
        else {
            return Ok(None);
        };
        let sha: Vec<u8> = row.get(0);
        let uploaded: i64 = row.get(1);
        tx.execute("DELETE FROM blob_chunks WHERE sha256 = $1", &[&sha])
            .await?;
        tx.execute("DELETE FROM blobs WHERE sha256 = $1", &[&sha])
            .await?;
        tx.commit().await?;
        Ok(Some(ExpiredUpload {
            uploaded: size_to_u64(uploaded)?,
        }))
    }

    async fn append_blob(
        &self,
        sha256: Sha256Hex,
        offset: u64,
        data: bytes::Bytes,
    ) -> StoreResult<AppendOutcome> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let sha_bytes = sha256.to_bytes();
        let sha = sha_bytes.as_slice();
        // The row lock serialises appends to one blob across every server process.
        let Some(state) = blob_state(&tx, sha, true).await? else {
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
            "INSERT INTO blob_chunks (sha256, chunk_offset, data) VALUES ($1, $2, $3)",
            &[&sha, &size_to_i64(offset)?, &data.as_ref()],
        )
        .await?;
        let complete = new_offset == state.size;
        if complete {
            // Chunk by chunk, so verifying a large blob needs one chunk of memory at a time.
            let mut hasher = Sha256::new();
            let mut at: u64 = 0;
            while at < state.size {
                let row = tx
                    .query_opt(
                        "SELECT data FROM blob_chunks WHERE sha256 = $1 AND chunk_offset = $2",
                        &[&sha, &size_to_i64(at)?],
                    )
                    .await?
                    .ok_or(StoreError::Corrupt("gap in blob chunks"))?;
                let chunk: &[u8] = row.get(0);
                if chunk.is_empty() {
                    return Err(StoreError::Corrupt("empty blob chunk"));
                }
                hasher.update(chunk);
                at += chunk.len() as u64;
            }
            let digest: [u8; 32] = hasher.finalize().into();
            if digest != sha_bytes {
                tx.execute("DELETE FROM blob_chunks WHERE sha256 = $1", &[&sha])
                    .await?;
                tx.execute("UPDATE blobs SET uploaded = 0 WHERE sha256 = $1", &[&sha])
                    .await?;
                tx.commit().await?;
                return Ok(AppendOutcome::HashMismatch);
            }
        }
        tx.execute(
            "UPDATE blobs SET uploaded = $2, complete = $3 WHERE sha256 = $1",
            &[&sha, &size_to_i64(new_offset)?, &complete],
        )
        .await?;
        tx.commit().await?;
        Ok(AppendOutcome::Appended(BlobState {
            size: state.size,
            offset: new_offset,
            complete,
        }))
    }

    async fn submit(
        &self,
        device_id: Uuid,
        items: Vec<NewSubmission>,
        now: i64,
    ) -> StoreResult<BatchOutcome> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&SUBMISSION_LOCK])
            .await?;
        // The device's row is held until this commits, so a revocation commits before (and is
        // seen here) or after it.
        let revoked = tx
            .query_opt(
                "SELECT revoked FROM devices WHERE id = $1 FOR SHARE",
                &[&device_id],
            )
            .await?
            .is_none_or(|row| row.get::<_, bool>(0));
        if revoked {
            return Ok(BatchOutcome::DeviceRevoked);
        }
        // Three statements per batch, whatever its size: what is already stored under these
        // ids, which referenced blobs are complete, and one insert of every new row.
        let ids: Vec<Uuid> = items.iter().map(|item| item.id).collect();
        let mut known: HashMap<Uuid, (Uuid, Vec<u8>)> = HashMap::new();
        for row in tx
            .query(
                "SELECT client_id, device_id, envelope FROM submissions WHERE client_id = ANY($1)",
                &[&ids],
            )
            .await?
        {
            known.insert(row.get(0), (row.get(1), row.get(2)));
        }
        let referenced: Vec<Vec<u8>> = items
            .iter()
            .flat_map(|item| item.blobs.iter().map(|blob| blob.to_bytes().to_vec()))
            .collect();
        let mut complete: HashSet<Vec<u8>> = HashSet::new();
        if !referenced.is_empty() {
            for row in tx
                .query(
                    "SELECT sha256 FROM blobs WHERE sha256 = ANY($1) AND complete",
                    &[&referenced],
                )
                .await?
            {
                complete.insert(row.get(0));
            }
        }
        let mut outcomes = Vec::with_capacity(items.len());
        let mut new_ids = Vec::new();
        let mut envelopes = Vec::new();
        let mut signatures = Vec::new();
        let mut blob_refs = Vec::new();
        for item in items {
            if let Some((owner, envelope)) = known.get(&item.id) {
                outcomes.push(if *owner == device_id && *envelope == item.envelope {
                    SubmitOutcome::Duplicate
                } else {
                    SubmitOutcome::IdConflict
                });
                continue;
            }
            if let Some(blob) = item
                .blobs
                .iter()
                .find(|blob| !complete.contains(blob.to_bytes().as_slice()))
            {
                outcomes.push(SubmitOutcome::MissingBlob(*blob));
                continue;
            }
            // A later item of this batch with the same id is judged against this one.
            known.insert(item.id, (device_id, item.envelope.clone()));
            new_ids.push(item.id);
            signatures.push(item.signature.to_vec());
            blob_refs.push(pack_digests(&item.blobs));
            envelopes.push(item.envelope);
            outcomes.push(SubmitOutcome::Stored);
        }
        if !new_ids.is_empty() {
            let devices = vec![device_id; new_ids.len()];
            let times = vec![now; new_ids.len()];
            tx.execute(
                "INSERT INTO submissions (client_id, device_id, envelope, signature, blob_refs, received_at)
                 SELECT client_id, device_id, envelope, signature, blob_refs, received_at
                 FROM UNNEST($1::uuid[], $2::uuid[], $3::bytea[], $4::bytea[], $5::bytea[], $6::bigint[])
                 WITH ORDINALITY AS t(client_id, device_id, envelope, signature, blob_refs, received_at, n)
                 ORDER BY n",
                &[&new_ids, &devices, &envelopes, &signatures, &blob_refs, &times],
            )
            .await?;
        }
        tx.commit().await?;
        Ok(BatchOutcome::Stored(outcomes))
    }

    async fn pull(
        &self,
        staff_id: Uuid,
        after: i64,
        limit: u32,
        envelope_bytes: u64,
        now: i64,
    ) -> StoreResult<PullPage> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        // Each row carries the envelope bytes of the rows before it; past the budget the
        // envelope is not sent (NULL), and the first such row says that more follow.
        let budget = i64::try_from(envelope_bytes).unwrap_or(i64::MAX);
        let rows = tx
            .query(
                "SELECT seq, client_id, device_id, public_key, received_at,
                        CASE WHEN bytes_before < $3 THEN envelope END, signature, blob_refs
                 FROM (SELECT s.seq, s.client_id, s.device_id, d.public_key, s.received_at,
                              s.envelope, s.signature, s.blob_refs,
                              SUM(octet_length(s.envelope)) OVER (ORDER BY s.seq)
                                  - octet_length(s.envelope) AS bytes_before
                       FROM submissions s JOIN devices d ON d.id = s.device_id
                       WHERE s.seq > $1 ORDER BY s.seq LIMIT $2) page
                 ORDER BY seq",
                &[&after, &(i64::from(limit) + 1), &budget],
            )
            .await?;
        let mut out = Vec::with_capacity(rows.len());
        let mut full = false;
        for r in rows {
            let Some(envelope) = r.get::<_, Option<Vec<u8>>>(5) else {
                full = true;
                break;
            };
            out.push(StoredSubmission {
                seq: r.get(0),
                id: r.get(1),
                device_id: r.get(2),
                device_public_key: array32(r.get(3), "device key")?,
                received_at: r.get(4),
                envelope,
                signature: r.get(6),
                blobs: unpack_digests(r.get(7))?,
            });
        }
        let has_more = full || out.len() > limit as usize;
        out.truncate(limit as usize);
        let last = out.last().map_or(after, |s| s.seq);
        let action = AuditAction::PullSubmissions {
            after,
            last,
            count: out.len() as i64,
        };
        write_audit(&tx, staff_id, &action, now).await?;
        tx.commit().await?;
        Ok(PullPage {
            items: out,
            has_more,
        })
    }

    async fn open_blob_download(
        &self,
        staff_id: Uuid,
        sha256: Sha256Hex,
        now: i64,
    ) -> StoreResult<Option<u64>> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let state = blob_state(&tx, sha256.to_bytes().as_slice(), false).await?;
        let Some(state) = state.filter(|s| s.complete) else {
            return Ok(None);
        };
        write_audit(&tx, staff_id, &AuditAction::DownloadBlob(sha256), now).await?;
        tx.commit().await?;
        Ok(Some(state.size))
    }

    async fn read_blob_chunk(
        &self,
        sha256: Sha256Hex,
        offset: u64,
    ) -> StoreResult<Option<Vec<u8>>> {
        let client = self.client().await?;
        let row = client
            .query_opt(
                "SELECT data FROM blob_chunks WHERE sha256 = $1 AND chunk_offset = $2",
                &[&sha256.to_bytes().as_slice(), &size_to_i64(offset)?],
            )
            .await?;
        Ok(row.map(|r| r.get(0)))
    }

    async fn list_devices(&self, staff_id: Uuid, now: i64) -> StoreResult<Vec<DeviceRecord>> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let rows = tx
            .query(
                "SELECT id, public_key, enrollment_code_id, created_at, revoked
                 FROM devices ORDER BY created_at, id",
                &[],
            )
            .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            out.push(DeviceRecord {
                id: r.get(0),
                public_key: array32(r.get(1), "device key")?,
                enrollment_code_id: r.get(2),
                created_at: r.get(3),
                revoked: r.get(4),
            });
        }
        write_audit(&tx, staff_id, &AuditAction::ListDevices, now).await?;
        tx.commit().await?;
        Ok(out)
    }

    async fn recipient_set(&self) -> StoreResult<Option<StoredRecipientSet>> {
        let client = self.client().await?;
        let row = client
            .query_opt(
                "SELECT version, document, signature FROM recipient_set WHERE id = 1",
                &[],
            )
            .await?;
        row.map(|row| {
            Ok(StoredRecipientSet {
                version: u64::try_from(row.get::<_, i64>(0))
                    .map_err(|_| StoreError::Corrupt("recipient set version"))?,
                document: row.get(1),
                signature: row.get(2),
            })
        })
        .transpose()
    }

    async fn publish_recipient_set(
        &self,
        staff_id: Uuid,
        set: StoredRecipientSet,
        now: i64,
    ) -> StoreResult<PublishOutcome> {
        let version = i64::try_from(set.version)
            .map_err(|_| StoreError::Corrupt("recipient set version out of range"))?;
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        // One statement: a rival with the same version waits for this row lock, then finds the
        // version no longer smaller and stores nothing.
        let stored = tx
            .query_opt(
                "INSERT INTO recipient_set (id, version, document, signature, updated_at)
                 VALUES (1, $1, $2, $3, $4)
                 ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version,
                     document = EXCLUDED.document, signature = EXCLUDED.signature,
                     updated_at = EXCLUDED.updated_at
                 WHERE recipient_set.version < EXCLUDED.version
                 RETURNING version",
                &[&version, &set.document, &set.signature, &now],
            )
            .await?;
        if stored.is_none() {
            let current: i64 = tx
                .query_one("SELECT version FROM recipient_set WHERE id = 1", &[])
                .await?
                .get(0);
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
        )
        .await?;
        tx.commit().await?;
        Ok(PublishOutcome::Stored)
    }

    async fn audit_log(&self) -> StoreResult<Vec<AuditRow>> {
        let client = self.client().await?;
        let rows = client
            .query(
                "SELECT staff_token_id, action, cursor_from, cursor_to, item_count, subject, at
                 FROM audit_log ORDER BY id",
                &[],
            )
            .await?;
        Ok(rows
            .into_iter()
            .map(|r| AuditRow {
                staff_token_id: r.get(0),
                action: r.get(1),
                cursor_from: r.get(2),
                cursor_to: r.get(3),
                item_count: r.get(4),
                subject: r.get(5),
                at: r.get(6),
            })
            .collect())
    }
}
