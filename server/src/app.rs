//! The application: shared state, configuration, and the router that maps the protocol's paths
//! to handlers.

use crate::error::ApiFailure;
use crate::ratelimit::RateLimiter;
use crate::routes;
use crate::store::Store;
use axum::Router;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use std::sync::Arc;
use wave_protocol::ErrorCode;

/// Settings of a running server that are not storage.
#[derive(Debug, Clone)]
pub struct Config {
    /// Sustained requests per second allowed per device.
    pub rate_per_second: f64,
    /// Requests a device may make at once before the rate applies.
    pub rate_burst: u32,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            rate_per_second: 50.0,
            rate_burst: 100,
        }
    }
}

/// State shared by all requests.
pub struct App<S> {
    /// Where everything is stored.
    pub store: S,
    /// Per-device request budget.
    pub limiter: RateLimiter,
}

/// How handlers receive the state.
pub type SharedApp<S> = Arc<App<S>>;

impl<S: Store> App<S> {
    /// State over `store` with `config`.
    pub fn new(store: S, config: &Config) -> SharedApp<S> {
        Arc::new(Self {
            store,
            limiter: RateLimiter::new(config.rate_per_second, config.rate_burst),
        })
    }
}

/// Every route of the protocol, with JSON errors for unknown paths and methods.
pub fn router<S: Store>(app: SharedApp<S>) -> Router {
    Router::new()
        .route("/v1/health", get(routes::health))
        .route("/v1/enroll", post(routes::enroll::enroll::<S>))
        .route("/v1/blobs", post(routes::blobs::create::<S>))
        .route(
            "/v1/blobs/{sha256}",
            axum::routing::head(routes::blobs::head::<S>).patch(routes::blobs::patch::<S>),
        )
        .route("/v1/submissions", post(routes::submissions::submit::<S>))
        .route(
            "/v1/staff/enrollment-codes",
            post(routes::enroll::create_code::<S>),
        )
        .route("/v1/staff/submissions", get(routes::staff::pull::<S>))
        .route("/v1/staff/blobs/{sha256}", get(routes::staff::blob::<S>))
        .route("/v1/staff/devices", get(routes::staff::devices::<S>))
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
