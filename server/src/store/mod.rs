//! The storage contract of the server and what flows through it; the SQLite and PostgreSQL
//! backends implement [`Store`] with the same semantics.
//!
//! Every rule that must hold across processes (one-time enrollment codes, offset checks on blob
//! chunks, exactly one row per submission id, seq order equal to commit order) is enforced inside
//! a backend transaction, never in server memory, so several servers can share one PostgreSQL.

mod checkpoint;
pub mod postgres;
pub mod postgres_tls;
pub mod sqlite;

use std::future::Future;
use uuid::Uuid;
use wave_protocol::Sha256Hex;

/// A storage failure. Messages carry no secrets: tokens never reach the database, only hashes.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite failed.
    #[error("sqlite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// A SQLite value had an unexpected type.
    #[error("sqlite value: {0}")]
    SqliteValue(#[from] rusqlite::types::FromSqlError),
    /// PostgreSQL failed.
    #[error("postgres: {0}")]
    Postgres(#[from] tokio_postgres::Error),
    /// No PostgreSQL connection could be had.
    #[error("database unavailable: {0}")]
    Unavailable(String),
    /// A stored value is not what the schema promises (e.g. a key of the wrong length).
    #[error("corrupt stored data: {0}")]
    Corrupt(&'static str),
    /// The storage worker thread failed.
    #[error("storage task failed: {0}")]
    Task(String),
    /// Opening or creating the data directory failed.
    #[error("data directory: {0}")]
    Io(#[from] std::io::Error),
    /// The stored schema is newer than this server understands.
    #[error("the database schema version {found} is newer than this server's ({supported})")]
    SchemaTooNew {
        /// Found in the database.
        found: i64,
        /// The newest this build knows.
        supported: i64,
    },
}

impl StoreError {
    /// Whether retrying later may help (the database is down or overloaded), as opposed to a bug
    /// or corruption; decides between 503 and 500.
    pub fn is_unavailable(&self) -> bool {
        match self {
            Self::Unavailable(_) => true,
            Self::Postgres(e) => e.is_closed() || e.as_db_error().is_none(),
            Self::Sqlite(rusqlite::Error::SqliteFailure(e, _)) => matches!(
                e.code,
                rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
            ),
            _ => false,
        }
    }
}

/// Result of a storage call.
pub type StoreResult<T> = Result<T, StoreError>;

/// Who a bearer token belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Principal {
    /// An enrolled device.
    Device {
        /// Its id.
        id: Uuid,
        /// Its Ed25519 public key.
        public_key: [u8; 32],
        /// Whether staff revoked it.
        revoked: bool,
    },
    /// A staff token.
    Staff {
        /// The token's id (recorded in the audit log).
        id: Uuid,
    },
}

/// A device to insert when its enrollment code is consumed.
#[derive(Debug, Clone)]
pub struct NewDevice {
    /// Fresh id.
    pub id: Uuid,
    /// Its Ed25519 public key.
    pub public_key: [u8; 32],
    /// SHA-256 of its token.
    pub token_hash: [u8; 32],
}

/// What became of an enrollment attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnrollOutcome {
    /// The code was consumed and the device stored.
    Enrolled,
    /// The code had enrolled this same key (proven by the request), has not expired, and the
    /// device is not revoked: its token was replaced by the new one. The device asked again
    /// because the first answer never reached it.
    EnrolledAgain { device_id: Uuid },
    /// No such code.
    Invalid,
    /// Already consumed.
    Used,
    /// Past its expiry.
    Expired,
}

/// Where a blob upload stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BlobState {
    /// Declared size.
    pub size: u64,
    /// Bytes stored.
    pub offset: u64,
    /// Verified and immutable.
    pub complete: bool,
}

/// What became of `POST /v1/blobs`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CreateBlobOutcome {
    /// Created or found; here is its state.
    State(BlobState),
    /// The blob exists (started or complete) with another declared size.
    SizeMismatch {
        /// The size on record.
        existing: u64,
    },
}

/// An abandoned upload removed by [`Store::expire_one_upload`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExpiredUpload {
    /// Bytes it had received.
    pub uploaded: u64,
}

/// What became of one chunk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AppendOutcome {
    /// No upload with this digest.
    NotFound,
    /// Stored; here is the new state (complete when the last chunk verified).
    Appended(BlobState),
    /// The chunk did not start at the stored offset; nothing written.
    OffsetMismatch(BlobState),
    /// The chunk would run past the declared size; nothing written.
    ExceedsSize(BlobState),
    /// All bytes arrived but do not hash to the digest; the upload was reset to offset 0.
    HashMismatch,
}

/// One submission that passed decoding and signature checks, ready to store.
#[derive(Debug, Clone)]
pub struct NewSubmission {
    /// The client's id.
    pub id: Uuid,
    /// The envelope bytes.
    pub envelope: Vec<u8>,
    /// The device's signature.
    pub signature: [u8; 64],
    /// Referenced blobs.
    pub blobs: Vec<Sha256Hex>,
}

/// What became of a batch in storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BatchOutcome {
    /// One outcome per item, in order.
    Stored(Vec<SubmitOutcome>),
    /// The device was revoked while the batch arrived: nothing was stored.
    DeviceRevoked,
}

/// What became of one submission in storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SubmitOutcome {
    /// Stored now.
    Stored,
    /// Stored before, identically, by the same device.
    Duplicate,
    /// The id is taken by different content or another device.
    IdConflict,
    /// This referenced blob is unknown or incomplete.
    MissingBlob(Sha256Hex),
}

/// A stored submission as staff pull it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredSubmission {
    /// Server sequence number.
    pub seq: i64,
    /// The client's id.
    pub id: Uuid,
    /// Submitting device.
    pub device_id: Uuid,
    /// That device's key.
    pub device_public_key: [u8; 32],
    /// Unix seconds.
    pub received_at: i64,
    /// Envelope bytes.
    pub envelope: Vec<u8>,
    /// Signature bytes.
    pub signature: Vec<u8>,
    /// Blob references.
    pub blobs: Vec<Sha256Hex>,
}

/// One page of a staff pull.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PullPage {
    /// Ascending by seq.
    pub items: Vec<StoredSubmission>,
    /// Whether more follow the last item.
    pub has_more: bool,
}

/// A device as staff list it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceRecord {
    /// Its id.
    pub id: Uuid,
    /// Its key.
    pub public_key: [u8; 32],
    /// The enrollment code it used.
    pub enrollment_code_id: Uuid,
    /// Unix seconds.
    pub created_at: i64,
    /// Revoked?
    pub revoked: bool,
}

/// A staff action recorded in the audit log. Only what was reached, never content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuditAction {
    /// A page of submissions: the seq range `(after, last]` and how many.
    PullSubmissions {
        /// Exclusive lower bound asked for.
        after: i64,
        /// Highest seq returned (equal to `after` when none).
        last: i64,
        /// Items returned.
        count: i64,
    },
    /// A blob download began.
    DownloadBlob(Sha256Hex),
    /// The device list was read.
    ListDevices,
    /// An enrollment code was created.
    CreateEnrollmentCode(Uuid),
    /// A recipient set was published, with its version.
    PublishRecipientSet(u64),
}

impl AuditAction {
    /// The action's name in the log.
    pub fn name(&self) -> &'static str {
        match self {
            Self::PullSubmissions { .. } => "pull_submissions",
            Self::DownloadBlob(_) => "download_blob",
            Self::ListDevices => "list_devices",
            Self::CreateEnrollmentCode(_) => "create_enrollment_code",
            Self::PublishRecipientSet(_) => "publish_recipient_set",
        }
    }

    /// `(cursor_from, cursor_to, item_count, subject)` columns of the audit row.
    fn columns(&self) -> (Option<i64>, Option<i64>, Option<i64>, Option<String>) {
        match self {
            Self::PullSubmissions { after, last, count } => {
                (Some(*after), Some(*last), Some(*count), None)
            }
            Self::DownloadBlob(sha) => (None, None, None, Some(sha.to_string())),
            Self::ListDevices => (None, None, None, None),
            Self::CreateEnrollmentCode(id) => (None, None, None, Some(id.to_string())),
            Self::PublishRecipientSet(version) => (None, None, None, Some(version.to_string())),
        }
    }
}

/// The NGO's signed recipient set as stored: the exact bytes staff published. The server
/// checked the document's shape, never its signature (it has no reason to trust itself).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredRecipientSet {
    /// The document's version.
    pub version: u64,
    /// The document's bytes.
    pub document: Vec<u8>,
    /// The signature's bytes.
    pub signature: Vec<u8>,
}

/// What became of publishing a recipient set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PublishOutcome {
    /// Stored; it replaces the previous set.
    Stored,
    /// Refused: the stored set's version is this one or greater.
    Stale {
        /// The stored set's version.
        current: u64,
    },
}

/// One row of the audit log, as tests and operators read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRow {
    /// The staff token that acted.
    pub staff_token_id: Uuid,
    /// Action name.
    pub action: String,
    /// Pull: exclusive lower seq.
    pub cursor_from: Option<i64>,
    /// Pull: highest seq returned.
    pub cursor_to: Option<i64>,
    /// Pull: number of items.
    pub item_count: Option<i64>,
    /// Blob digest or enrollment code id.
    pub subject: Option<String>,
    /// Unix seconds.
    pub at: i64,
}

/// The server's storage. Implementations must make every method atomic on its own and safe to
/// call concurrently from any number of server processes sharing the backend.
pub trait Store: Send + Sync + 'static {
    /// Looks up the owner of a token by its SHA-256.
    fn authenticate(
        &self,
        token_hash: [u8; 32],
    ) -> impl Future<Output = StoreResult<Option<Principal>>> + Send;

    /// Stores a new staff token (hash only).
    fn create_staff_token(
        &self,
        id: Uuid,
        token_hash: [u8; 32],
        now: i64,
    ) -> impl Future<Output = StoreResult<()>> + Send;

    /// Marks a device revoked; `false` if there is no such device.
    fn revoke_device(
        &self,
        device_id: Uuid,
        now: i64,
    ) -> impl Future<Output = StoreResult<bool>> + Send;

    /// Stores an enrollment code (hash only) and audits its creation.
    fn create_enrollment_code(
        &self,
        staff_id: Uuid,
        code_id: Uuid,
        code_hash: [u8; 32],
        expires_at: i64,
        now: i64,
    ) -> impl Future<Output = StoreResult<()>> + Send;

    /// Consumes the code and stores the device, atomically: of any number of concurrent calls
    /// with one code, at most one returns [`EnrollOutcome::Enrolled`]. With `proven` (the request
    /// proved it holds `device.public_key`), a used code that enrolled that same key gives that
    /// device `device.token_hash` instead ([`EnrollOutcome::EnrolledAgain`]).
    fn enroll(
        &self,
        code_hash: [u8; 32],
        device: NewDevice,
        proven: bool,
        now: i64,
    ) -> impl Future<Output = StoreResult<EnrollOutcome>> + Send;

    /// Creates the upload if new, else reports it.
    fn create_blob(
        &self,
        sha256: Sha256Hex,
        size: u64,
        now: i64,
    ) -> impl Future<Output = StoreResult<CreateBlobOutcome>> + Send;

    /// The upload's state, if it exists.
    fn blob_state(
        &self,
        sha256: Sha256Hex,
    ) -> impl Future<Output = StoreResult<Option<BlobState>>> + Send;

    /// Appends one chunk at `offset`, verifying the digest when the last byte arrives.
    fn append_blob(
        &self,
        sha256: Sha256Hex,
        offset: u64,
        data: bytes::Bytes,
    ) -> impl Future<Output = StoreResult<AppendOutcome>> + Send;

    /// Removes one upload that never completed and was begun before `started_before` (Unix
    /// seconds), with its chunks: an upload a device abandoned (wiped, revoked, or sealed again)
    /// would otherwise hold its bytes for good. Complete blobs are never touched. `None` when
    /// there is none left; called again until then, so that each removal is a transaction of its
    /// own and the writers of other requests wait for one upload at most.
    fn expire_one_upload(
        &self,
        started_before: i64,
    ) -> impl Future<Output = StoreResult<Option<ExpiredUpload>>> + Send;

    /// Stores a batch from one device; one outcome per item, in order. Seq numbers are assigned
    /// in commit order, so a reader never sees a later seq before an earlier one. Nothing is
    /// stored for a device revoked by then: its token was checked when the request began, and
    /// a body sent slowly can take minutes to arrive.
    fn submit(
        &self,
        device_id: Uuid,
        items: Vec<NewSubmission>,
        now: i64,
    ) -> impl Future<Output = StoreResult<BatchOutcome>> + Send;

    /// Up to `limit` submissions with seq greater than `after`, ascending, ending early at the
    /// one whose envelope brings the page's envelope bytes to `envelope_bytes` (always at least
    /// one); audited with exactly the range returned.
    fn pull(
        &self,
        staff_id: Uuid,
        after: i64,
        limit: u32,
        envelope_bytes: u64,
        now: i64,
    ) -> impl Future<Output = StoreResult<PullPage>> + Send;

    /// Size of a complete blob (`None` if unknown or incomplete); audits the download.
    fn open_blob_download(
        &self,
        staff_id: Uuid,
        sha256: Sha256Hex,
        now: i64,
    ) -> impl Future<Output = StoreResult<Option<u64>>> + Send;

    /// The stored chunk that starts at `offset`, if any.
    fn read_blob_chunk(
        &self,
        sha256: Sha256Hex,
        offset: u64,
    ) -> impl Future<Output = StoreResult<Option<Vec<u8>>>> + Send;

    /// Every device, oldest first; audited.
    fn list_devices(
        &self,
        staff_id: Uuid,
        now: i64,
    ) -> impl Future<Output = StoreResult<Vec<DeviceRecord>>> + Send;

    /// The deployment's recipient set, if one was published.
    fn recipient_set(&self)
    -> impl Future<Output = StoreResult<Option<StoredRecipientSet>>> + Send;

    /// Replaces the recipient set if `set.version` is greater than the stored one, atomically
    /// (of two rivals with the same version, one is stored); audited when stored.
    fn publish_recipient_set(
        &self,
        staff_id: Uuid,
        set: StoredRecipientSet,
        now: i64,
    ) -> impl Future<Output = StoreResult<PublishOutcome>> + Send;

    /// The audit log, oldest first (for operators and tests).
    fn audit_log(&self) -> impl Future<Output = StoreResult<Vec<AuditRow>>> + Send;
}

/// Concatenates digests into the one column that stores a submission's blob references.
pub(crate) fn pack_digests(blobs: &[Sha256Hex]) -> Vec<u8> {
    blobs.iter().flat_map(|d| d.to_bytes()).collect()
}

/// Inverse of [`pack_digests`].
pub(crate) fn unpack_digests(packed: &[u8]) -> StoreResult<Vec<Sha256Hex>> {
    if !packed.len().is_multiple_of(32) {
        return Err(StoreError::Corrupt("blob reference list"));
    }
    Ok(packed
        .chunks_exact(32)
        .map(|c| {
            let mut d = [0u8; 32];
            d.copy_from_slice(c);
            Sha256Hex::from_bytes(d)
        })
        .collect())
}

/// A 32-byte value read from a column.
pub(crate) fn array32(bytes: &[u8], what: &'static str) -> StoreResult<[u8; 32]> {
    bytes.try_into().map_err(|_| StoreError::Corrupt(what))
}
