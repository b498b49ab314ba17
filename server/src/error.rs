//! The server's failure type: every refusal becomes the protocol's JSON error body with the
//! status and recovery headers its code calls for.

use crate::store::StoreError;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use wave_protocol::http::{RETRY_AFTER, UPLOAD_OFFSET};
use wave_protocol::{ApiError, ErrorCode};

/// A request that failed; rendered as `{"error": {...}}`.
#[derive(Debug, thiserror::Error)]
#[error("{}: {}", .0.code, .0.message)]
pub struct ApiFailure(pub ApiError);

impl ApiFailure {
    /// A failure with a code and a message.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self(ApiError::new(code, message))
    }

    /// 400 `bad_request`.
    pub fn bad_request(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::BadRequest, message)
    }

    /// 413 `too_large` for a byte limit; the message states the limit.
    pub fn too_large_bytes(what: &str, limit: u64) -> Self {
        let mut err = ApiError::new(
            ErrorCode::TooLarge,
            format!("{what} is larger than the limit of {limit} bytes"),
        );
        err.limit_bytes = Some(limit);
        Self(err)
    }

    /// 401 `unauthorized`.
    pub fn unauthorized(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::Unauthorized, message)
    }

    /// 403 `forbidden`.
    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::Forbidden, message)
    }

    /// 404 `not_found`.
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::NotFound, message)
    }
}

impl From<StoreError> for ApiFailure {
    fn from(e: StoreError) -> Self {
        // The detail goes to the operator's log only: it may name tables or paths, and a client
        // can do nothing with it.
        if e.is_unavailable() {
            tracing::warn!(error = %e, "storage unavailable");
            Self::new(
                ErrorCode::Unavailable,
                "the server's storage is unavailable; retry later",
            )
        } else {
            tracing::error!(error = %e, "storage failure");
            Self::new(ErrorCode::Internal, "internal server error; retry later")
        }
    }
}

impl IntoResponse for ApiFailure {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.0.code.http_status())
            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let retry_after = self.0.retry_after_seconds;
        let offset = match self.0.code {
            ErrorCode::OffsetMismatch | ErrorCode::HashMismatch => self.0.offset,
            _ => None,
        };
        let mut response = (status, axum::Json(self.0.into_body())).into_response();
        let headers = response.headers_mut();
        if let Some(seconds) = retry_after {
            headers.insert(RETRY_AFTER, HeaderValue::from(seconds));
        }
        if let Some(offset) = offset {
            headers.insert(UPLOAD_OFFSET, HeaderValue::from(offset));
        }
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(wave_protocol::http::CONTENT_TYPE_JSON),
        );
        response
    }
}
