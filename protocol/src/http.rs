//! Header names, content types and paths of the HTTP API, so that client and server spell them
//! the same way.

/// Base path of this protocol version.
pub const BASE_PATH: &str = "/v1";

/// Current byte offset of a resumable blob upload (request of `PATCH`, response of `HEAD`,
/// `PATCH` and of a `409 offset_mismatch`).
pub const UPLOAD_OFFSET: &str = "Upload-Offset";
/// Declared total size of a blob upload (response of `HEAD`).
pub const UPLOAD_LENGTH: &str = "Upload-Length";
/// Seconds to wait before retrying (response of `429 rate_limited`).
pub const RETRY_AFTER: &str = "Retry-After";
/// The standard authorization header; its value is `Bearer <token>`.
pub const AUTHORIZATION: &str = "Authorization";
/// Scheme prefix of the authorization value, including the space.
pub const BEARER_PREFIX: &str = "Bearer ";

/// Content type of every JSON body.
pub const CONTENT_TYPE_JSON: &str = "application/json";
/// Content type a `PATCH` of blob bytes must carry.
pub const CONTENT_TYPE_OFFSET_OCTET_STREAM: &str = "application/offset+octet-stream";
/// Content type of a staff blob download.
pub const CONTENT_TYPE_OCTET_STREAM: &str = "application/octet-stream";

/// `GET`: liveness.
pub const PATH_HEALTH: &str = "/v1/health";
/// `POST` (no auth): enroll a device with a one-time code.
pub const PATH_ENROLL: &str = "/v1/enroll";
/// `POST` (device): create or resume a blob upload.
pub const PATH_BLOBS: &str = "/v1/blobs";
/// `POST` (device): submit a batch of signed envelopes.
pub const PATH_SUBMISSIONS: &str = "/v1/submissions";
/// `POST` (staff): create an enrollment code.
pub const PATH_STAFF_ENROLLMENT_CODES: &str = "/v1/staff/enrollment-codes";
/// `GET` (staff): pull submissions by cursor.
pub const PATH_STAFF_SUBMISSIONS: &str = "/v1/staff/submissions";
/// `GET` (staff): list devices.
pub const PATH_STAFF_DEVICES: &str = "/v1/staff/devices";

/// `HEAD`/`PATCH` (device) path of one blob upload.
pub fn blob_path(sha256: &crate::Sha256Hex) -> String {
    format!("{PATH_BLOBS}/{sha256}")
}

/// `GET` (staff) path of one complete blob's bytes.
pub fn staff_blob_path(sha256: &crate::Sha256Hex) -> String {
    format!("/v1/staff/blobs/{sha256}")
}

/// The value of the `Authorization` header for `token`.
pub fn bearer(token: &str) -> String {
    format!("{BEARER_PREFIX}{token}")
}
/// `GET` by an enrolled device: the NGO's signed recipient set.
pub const PATH_RECIPIENT_SET: &str = "/v1/recipient-set";
/// `GET` and `PUT` by staff: the NGO's signed recipient set.
pub const PATH_STAFF_RECIPIENT_SET: &str = "/v1/staff/recipient-set";
