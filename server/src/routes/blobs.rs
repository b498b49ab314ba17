//! Resumable, content-addressed blob uploads from devices (in the spirit of tus): create,
//! ask for the offset, append chunks at exactly that offset.

use super::{BlobAddress, now};
use crate::app::SharedApp;
use crate::auth::DeviceAuth;
use crate::body::{parse_json, read_limited};
use crate::error::ApiFailure;
use crate::store::{AppendOutcome, BlobState, CreateBlobOutcome, Store};
use axum::Json;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use wave_protocol::http::{CONTENT_TYPE_OFFSET_OCTET_STREAM, UPLOAD_LENGTH, UPLOAD_OFFSET};
use wave_protocol::limits::{MAX_BLOB_BYTES, MAX_CHUNK_BYTES, MAX_REQUEST_BODY_BYTES};
use wave_protocol::{ApiError, BlobStatus, CreateBlobRequest, ErrorCode};

/// A `POST /v1/blobs` body, with a size the server accepts.
pub(crate) fn read_create(bytes: &[u8]) -> Result<CreateBlobRequest, ApiFailure> {
    let req: CreateBlobRequest = parse_json(bytes)?;
    if req.size == 0 {
        return Err(ApiFailure::bad_request("size must be at least 1 byte"));
    }
    if req.size > MAX_BLOB_BYTES {
        return Err(ApiFailure::too_large_bytes("the blob", MAX_BLOB_BYTES));
    }
    Ok(req)
}

/// `POST /v1/blobs`.
pub async fn create<S: Store>(
    State(app): State<SharedApp<S>>,
    _device: DeviceAuth,
    headers: HeaderMap,
    body: Body,
) -> Result<Json<BlobStatus>, ApiFailure> {
    let bytes = read_limited(&headers, body, MAX_REQUEST_BODY_BYTES, "the request body").await?;
    let req = read_create(&bytes)?;
    match app.store.create_blob(req.sha256, req.size, now()).await? {
        CreateBlobOutcome::State(s) => Ok(Json(BlobStatus {
            offset: s.offset,
            complete: s.complete,
        })),
        CreateBlobOutcome::SizeMismatch { existing } => Err(ApiFailure::new(
            ErrorCode::SizeMismatch,
            format!(
                "this blob is already being uploaded with a size of {existing} bytes, not {}",
                req.size
            ),
        )),
    }
}

fn offset_headers(state: &BlobState) -> [(&'static str, HeaderValue); 2] {
    [
        (UPLOAD_OFFSET, HeaderValue::from(state.offset)),
        (UPLOAD_LENGTH, HeaderValue::from(state.size)),
    ]
}

/// `HEAD /v1/blobs/{sha256}`.
pub async fn head<S: Store>(
    State(app): State<SharedApp<S>>,
    _device: DeviceAuth,
    BlobAddress(sha256): BlobAddress,
) -> Result<Response, ApiFailure> {
    match app.store.blob_state(sha256).await? {
        Some(state) => Ok((StatusCode::OK, offset_headers(&state)).into_response()),
        None => Err(ApiFailure::not_found("no upload with this digest")),
    }
}

/// `PATCH /v1/blobs/{sha256}`.
pub async fn patch<S: Store>(
    State(app): State<SharedApp<S>>,
    _device: DeviceAuth,
    BlobAddress(sha256): BlobAddress,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiFailure> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if !content_type.eq_ignore_ascii_case(CONTENT_TYPE_OFFSET_OCTET_STREAM) {
        return Err(ApiFailure::new(
            ErrorCode::UnsupportedMediaType,
            format!("blob chunks must be sent as Content-Type: {CONTENT_TYPE_OFFSET_OCTET_STREAM}"),
        ));
    }
    let offset = headers
        .get(UPLOAD_OFFSET)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok())
        .ok_or_else(|| {
            ApiFailure::bad_request(format!(
                "the {UPLOAD_OFFSET} header must give the byte offset of this chunk"
            ))
        })?;
    let data = read_limited(&headers, body, MAX_CHUNK_BYTES, "the chunk").await?;
    match app.store.append_blob(sha256, offset, data).await? {
        AppendOutcome::Appended(state) => {
            Ok((StatusCode::NO_CONTENT, offset_headers(&state)).into_response())
        }
        AppendOutcome::NotFound => Err(ApiFailure::not_found(
            "no upload with this digest; create it with POST /v1/blobs first",
        )),
        AppendOutcome::OffsetMismatch(state) => {
            let mut err = ApiError::new(
                ErrorCode::OffsetMismatch,
                format!(
                    "the chunk starts at byte {offset} but the server has {} bytes; continue from there",
                    state.offset
                ),
            );
            err.offset = Some(state.offset);
            Err(ApiFailure(err))
        }
        AppendOutcome::ExceedsSize(state) => {
            let remaining = state.size - state.offset;
            let mut err = ApiError::new(
                ErrorCode::TooLarge,
                format!(
                    "the chunk runs past the declared blob size of {} bytes; at most {remaining} more bytes fit",
                    state.size
                ),
            );
            err.limit_bytes = Some(remaining);
            Err(ApiFailure(err))
        }
        AppendOutcome::HashMismatch => {
            let mut err = ApiError::new(
                ErrorCode::HashMismatch,
                "the uploaded bytes do not match the blob's SHA-256; the upload was reset to offset 0",
            );
            err.offset = Some(0);
            Err(ApiFailure(err))
        }
    }
}
