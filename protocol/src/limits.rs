//! The protocol's limits: one number each, used by the server to refuse and by clients to size
//! their batches and chunks so that they are never refused.

/// Largest JSON request body the server reads (submission batches, enrollment, blob creation).
/// Clients bound each submission batch by this, with room for the JSON and base64 overhead.
pub const MAX_REQUEST_BODY_BYTES: u64 = 8 * 1024 * 1024;

/// Most items in one `POST /v1/submissions` batch.
pub const MAX_BATCH_ITEMS: usize = 500;

/// Largest enrollment request body: a code, a key and an optional label fit many times over.
/// Enrollment needs no token, so its body is bounded far below the other requests'.
pub const MAX_ENROLL_BODY_BYTES: u64 = 16 * 1024;

/// Most blob references one submission may carry.
pub const MAX_BLOBS_PER_SUBMISSION: usize = 256;

/// Largest body of one `PATCH /v1/blobs/{sha256}` request.
pub const MAX_CHUNK_BYTES: u64 = 4 * 1024 * 1024;

/// Largest blob (an encrypted attachment) the server accepts: a long phone video fits.
pub const MAX_BLOB_BYTES: u64 = 1024 * 1024 * 1024;

/// Largest `limit` of one staff pull page.
pub const MAX_PULL_LIMIT: u32 = 1000;

/// The page size of a staff pull that gives no `limit`.
pub const DEFAULT_PULL_LIMIT: u32 = 100;

/// The envelope bytes after which a staff pull page ends, whatever its `limit`: the page holds
/// the submission that reaches this sum and none after it (always at least one). Cases are a
/// few KiB, so a full page of 1000 stays far below it; a page of very large envelopes is cut
/// early instead of being held whole in the server's memory and refused by the staff client.
pub const MAX_PULL_PAGE_ENVELOPE_BYTES: u64 = 32 * 1024 * 1024;

/// Longest lifetime of an enrollment code: 30 days.
pub const MAX_ENROLLMENT_CODE_TTL_SECONDS: u64 = 30 * 24 * 60 * 60;

/// Longest enrollment string accepted by [`crate::EnrollmentInvite::decode`]; a QR code cannot
/// carry much more (post-quantum age recipients are long), and a bound keeps a pasted blob of junk from being parsed at all.
pub const MAX_ENROLLMENT_STRING_CHARS: usize = 16 * 1024;

/// Most NGO recipients in one enrollment string.
pub const MAX_ENROLLMENT_RECIPIENTS: usize = 32;

/// Most backup TLS key pins in one enrollment string, besides the primary pin. One backup key
/// is what a rollover needs; a few leave room for keys held in different places.
pub const MAX_ENROLLMENT_BACKUP_PINS: usize = 4;

/// Largest recipient set document ([`crate::recipients`]): the most recipients an enrollment
/// string may name, each at its longest, with room for the JSON around them.
pub const MAX_RECIPIENT_SET_BYTES: usize = 160 * 1024;

/// Bytes of an Ed25519 public key.
pub const PUBLIC_KEY_BYTES: usize = 32;

/// Bytes of an Ed25519 signature.
pub const SIGNATURE_BYTES: usize = 64;

/// Random bytes in a device token, a staff token and an enrollment code.
pub const TOKEN_BYTES: usize = 32;
