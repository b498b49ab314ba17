//! The workspace's stylesheet and script, compiled into the binary and served from it: no file
//! is read at run time and nothing comes from another origin.

use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

const FILES: &[(&str, &str, &[u8])] = &[
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
    // Statistics, map and reports: their own script and stylesheet, and the vendored libraries
    // (staff/scripts/vendor-assets; versions, hashes and licences in staff/README.md).
    (
        "reports.css",
        "text/css; charset=utf-8",
        include_bytes!("../../assets/reports.css"),
    ),
    (
        "charts.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../assets/charts.js"),
    ),
    (
        "map.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../assets/map.js"),
    ),
    (
        "chart.umd.min.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../assets/vendor/chart.js/chart.umd.min.js"),
    ),
    (
        "leaflet.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../assets/vendor/leaflet/leaflet.js"),
    ),
    (
        "leaflet.css",
        "text/css; charset=utf-8",
        include_bytes!("../../assets/vendor/leaflet/leaflet.css"),
    ),
    (
        "topojson-client.min.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../assets/vendor/topojson-client/topojson-client.min.js"),
    ),
    (
        "countries-50m.json",
        "application/json",
        include_bytes!("../../assets/vendor/world-atlas/countries-50m.json"),
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
        // Only the pages ask for assets; a wrong name gets the browser's own words for a 404.
        None => StatusCode::NOT_FOUND.into_response(),
    }
}
