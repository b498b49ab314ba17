//! The archive's exports from the page: CSV, JSON and GeoJSON, full (every answer, for the
//! NGO's own work) and public (only what consenting cases allow), each the latest version of
//! every case, built in memory and sent as a download — never written to a file here.

use axum::Extension;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::server::{Ctx, Shared, failure, hold, render, see_other};
use super::templates::{Chrome, ExportLink, ExportsPage};
use crate::{ExportFormat, export, latest_versions};

const FILES: [(&str, ExportFormat, bool); 6] = [
    ("wave-export.csv", ExportFormat::Csv, false),
    ("wave-export.json", ExportFormat::Json, false),
    ("wave-export.geojson", ExportFormat::GeoJson, false),
    ("wave-public.csv", ExportFormat::Csv, true),
    ("wave-public.json", ExportFormat::Json, true),
    ("wave-public.geojson", ExportFormat::GeoJson, true),
];

/// `GET /exports`.
pub async fn page(State(state): State<Shared>, Extension(ctx): Extension<Ctx>) -> Response {
    if !state.is_unlocked() {
        return see_other("/");
    }
    let tr = state.catalog.tr(ctx.lang);
    let links = FILES
        .iter()
        .map(|(file, format, public)| ExportLink {
            label: format!(
                "{} — {}",
                tr.t(if *public {
                    "export-public"
                } else {
                    "export-full"
                }),
                format.as_str().to_uppercase()
            ),
            url: format!("/export/{file}"),
            public: *public,
        })
        .collect();
    render(&ExportsPage {
        chrome: Chrome::new(&state, &ctx),
        t: tr,
        links,
    })
}

/// `GET /export/{file}`.
pub async fn download(
    State(state): State<Shared>,
    Extension(ctx): Extension<Ctx>,
    Path(file): Path<String>,
) -> Response {
    let Some((name, format, public)) = FILES.iter().find(|(name, _, _)| *name == file) else {
        return failure(&state, &ctx, StatusCode::NOT_FOUND, "export-unknown");
    };
    let written = {
        let guard = hold(&state.vault);
        let Some(unlocked) = guard.as_ref() else {
            return see_other("/");
        };
        let cases = latest_versions(unlocked.data.cases.clone());
        let mut out = Vec::new();
        let written = export(&cases, &state.forms, *format, *public, &mut out).map(|_| out);
        super::inbox::wipe_cases(cases);
        written
    };
    let Ok(bytes) = written else {
        return failure(
            &state,
            &ctx,
            StatusCode::INTERNAL_SERVER_ERROR,
            "export-failed",
        );
    };
    let content_type = match format {
        ExportFormat::Csv => "text/csv; charset=utf-8",
        ExportFormat::Json => "application/json",
        ExportFormat::GeoJson => "application/geo+json",
    };
    let mut response = (StatusCode::OK, bytes).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}
