//! The headers every workspace response carries: a strict Content-Security-Policy (scripts,
//! styles and media from the workspace itself only, no inline script or style, no framing, no
//! form posts elsewhere), no MIME sniffing, frame denial, no referrer, and no caching — every
//! page may show case content, and the browser must not keep any of it on disk.

use axum::http::HeaderMap;
use axum::http::header::{self, HeaderValue};

pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
     media-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; \
     base-uri 'none'";

/// For attachment bytes: nothing may run or load, even if opened as a document.
pub const ATTACHMENT_CSP: &str = "default-src 'none'; sandbox";

pub fn apply(headers: &mut HeaderMap) {
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP),
        );
    }
    let set = |headers: &mut HeaderMap, name, value: &'static str| {
        headers.insert(name, HeaderValue::from_static(value));
    };
    set(headers, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(headers, header::X_FRAME_OPTIONS, "DENY");
    set(headers, header::REFERRER_POLICY, "no-referrer");
    set(headers, header::CACHE_CONTROL, "no-store");
    set(headers, header::PRAGMA, "no-cache");
    set(
        headers,
        header::HeaderName::from_static("cross-origin-opener-policy"),
        "same-origin",
    );
    set(
        headers,
        header::HeaderName::from_static("cross-origin-resource-policy"),
        "same-origin",
    );
}
