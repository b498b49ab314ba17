//! Request handlers, one module per part of the protocol, and the time helpers they share.

pub mod blobs;
pub mod enroll;
pub mod staff;
pub mod submissions;

use crate::error::ApiFailure;
use axum::Json;
use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use wave_protocol::HealthResponse;

/// `GET /v1/health`.
pub async fn health() -> Json<HealthResponse> {
    Json(HealthResponse {
        status: "ok".to_owned(),
    })
}

/// Now, in Unix seconds.
pub fn now() -> i64 {
    OffsetDateTime::now_utc().unix_timestamp()
}

/// Unix seconds as RFC 3339 in UTC.
pub fn rfc3339(unix: i64) -> Result<String, ApiFailure> {
    OffsetDateTime::from_unix_timestamp(unix)
        .ok()
        .and_then(|t| t.format(&Rfc3339).ok())
        .ok_or_else(|| {
            tracing::error!(unix, "stored time out of range");
            ApiFailure::new(wave_protocol::ErrorCode::Internal, "internal server error")
        })
}

fn bad_digest() -> ApiFailure {
    ApiFailure::bad_request("the blob address must be a SHA-256 digest: 64 hex digits")
}

/// Parses a `{sha256}` path segment.
pub fn parse_digest(text: &str) -> Result<wave_protocol::Sha256Hex, ApiFailure> {
    wave_protocol::Sha256Hex::parse(text).map_err(|_| bad_digest())
}

/// The `{sha256}` segment of a blob path. Unlike axum's `Path`, whose rejection of a segment
/// that is not UTF-8 once decoded (`%ff`) is a plain-text 400, this refuses in the protocol's JSON.
pub struct BlobAddress(pub wave_protocol::Sha256Hex);

impl<S: Send + Sync> FromRequestParts<S> for BlobAddress {
    type Rejection = ApiFailure;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiFailure> {
        let Path(text) = Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(|_| bad_digest())?;
        parse_digest(&text).map(Self)
    }
}
