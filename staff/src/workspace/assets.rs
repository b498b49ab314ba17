//! The workspace's stylesheet and script, compiled into the binary and served from it: no file
//! is read at run time and nothing comes from another origin.

use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

const FILES: [(&str, &str, &[u8]); 2] = [
    (
        "workspace.css",
        "text/css; charset=utf-8",
        include_bytes!("../../assets/workspace.css"),
    ),
    (
        "workspace.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../assets/workspace.js"),
    ),
];

/// `GET /assets/{file}`.
pub async fn serve(Path(file): Path<String>) -> Response {
    match FILES.iter().find(|(name, _, _)| *name == file) {
        Some((_, content_type, bytes)) => {
            let mut response = (StatusCode::OK, *bytes).into_response();
            response
                .headers_mut()
                .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
            response
        }
        None => (StatusCode::NOT_FOUND, "not found").into_response(),
    }
}
