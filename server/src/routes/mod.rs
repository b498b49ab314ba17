//! The router that maps the protocol's paths to handlers (with the JSON refusals for anything it
//! does not serve), the handlers themselves, one module per part of the protocol, and the time
//! helpers they share.

pub mod blobs;
pub mod enroll;
pub mod recipients;
pub mod staff;
pub mod submissions;

use crate::app::SharedApp;
use crate::error::ApiFailure;
use crate::store::Store;
use axum::Json;
use axum::Router;
use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use wave_protocol::ErrorCode;
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

/// Every route of the protocol, with JSON errors for unknown paths and methods.
pub fn router<S: Store>(app: SharedApp<S>) -> Router {
    Router::new()
        .route("/v1/health", get(health))
        .route("/v1/enroll", post(enroll::enroll::<S>))
        .route("/v1/blobs", post(blobs::create::<S>))
        .route(
            "/v1/blobs/{sha256}",
            axum::routing::head(blobs::head::<S>).patch(blobs::patch::<S>),
        )
        .route("/v1/submissions", post(submissions::submit::<S>))
        .route("/v1/staff/enrollment-codes", post(enroll::create_code::<S>))
        .route("/v1/staff/submissions", get(staff::pull::<S>))
        .route("/v1/staff/blobs/{sha256}", get(staff::blob::<S>))
        .route("/v1/staff/devices", get(staff::devices::<S>))
        .route("/v1/recipient-set", get(recipients::get_for_device::<S>))
        .route(
            "/v1/staff/recipient-set",
            get(recipients::get_for_staff::<S>).put(recipients::publish::<S>),
        )
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(axum::middleware::map_response(json_errors))
        .layer(axum::middleware::map_response(no_store))
        .layer(axum::middleware::from_fn(crate::body::drain_unread))
        .with_state(app)
}

async fn not_found() -> ApiFailure {
    ApiFailure::not_found("no such endpoint")
}

async fn method_not_allowed() -> ApiFailure {
    ApiFailure::new(
        ErrorCode::MethodNotAllowed,
        "this endpoint does not accept that method",
    )
}

/// The last guard for "every refusal is the protocol's JSON error": an error response that
/// something other than the handlers made (an extractor's or the framework's own rejection) is
/// rewritten into the protocol's shape, keeping its status. Its text is not copied: it may echo
/// what the client sent.
async fn json_errors(response: Response) -> Response {
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if is_json {
        return response;
    }
    let code = match status.as_u16() {
        401 => ErrorCode::Unauthorized,
        403 => ErrorCode::Forbidden,
        404 => ErrorCode::NotFound,
        405 => ErrorCode::MethodNotAllowed,
        408 => ErrorCode::RequestTimeout,
        413 => ErrorCode::TooLarge,
        415 => ErrorCode::UnsupportedMediaType,
        429 => ErrorCode::RateLimited,
        503 => ErrorCode::Unavailable,
        500..=599 => ErrorCode::Internal,
        _ => ErrorCode::BadRequest,
    };
    let message = format!(
        "the request was refused: {} {}",
        status.as_u16(),
        status.canonical_reason().unwrap_or("client error")
    );
    let (mut parts, _) = response.into_parts();
    let rewritten = ApiFailure::new(code, message).into_response();
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.extend(rewritten.headers().clone());
    let (_, body) = rewritten.into_parts();
    Response::from_parts(parts, body)
}

/// Responses carry tokens, codes and ciphertext: nothing between client and server may keep them.
async fn no_store(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;
    use http_body_util::BodyExt;

    async fn rewritten(
        status: u16,
        content_type: &str,
        text: &str,
    ) -> (Response, serde_json::Value) {
        let response = Response::builder()
            .status(status)
            .header(header::CONTENT_TYPE, content_type)
            .header(header::CONTENT_LENGTH, text.len())
            .header(header::ALLOW, "GET")
            .body(Body::from(text.to_owned()))
            .unwrap();
        let response = json_errors(response).await;
        let (parts, body) = response.into_parts();
        let bytes = body.collect().await.unwrap().to_bytes();
        let json = serde_json::from_slice(&bytes).unwrap();
        (Response::from_parts(parts, Body::empty()), json)
    }

    #[tokio::test]
    async fn framework_rejections_become_the_protocols_error() {
        for (status, code) in [
            (400, "bad_request"),
            (404, "not_found"),
            (405, "method_not_allowed"),
            (411, "bad_request"),
            (413, "too_large"),
            (500, "internal"),
            (503, "unavailable"),
        ] {
            let echoed = "Invalid URL: cannot parse `secret-path`";
            let (response, json) = rewritten(status, "text/plain; charset=utf-8", echoed).await;
            assert_eq!(response.status().as_u16(), status);
            assert_eq!(
                response.headers()[header::CONTENT_TYPE],
                wave_protocol::http::CONTENT_TYPE_JSON
            );
            assert_eq!(response.headers()[header::ALLOW], "GET");
            assert_eq!(json["error"]["code"], code);
            let message = json["error"]["message"].as_str().unwrap();
            assert!(message.contains(&status.to_string()), "{message}");
            assert!(
                !message.contains("secret"),
                "the rejection's text was copied"
            );
        }
    }

    #[tokio::test]
    async fn json_and_success_pass_untouched() {
        let body = r#"{"error":{"code":"offset_mismatch","message":"m","offset":3}}"#;
        let (_, json) = rewritten(409, "application/json", body).await;
        assert_eq!(json["error"]["offset"], 3);
        let ok = Response::builder()
            .status(200)
            .header(header::CONTENT_TYPE, "application/octet-stream")
            .body(Body::from("bytes"))
            .unwrap();
        let ok = json_errors(ok).await;
        assert_eq!(
            ok.headers()[header::CONTENT_TYPE],
            "application/octet-stream"
        );
    }
}
