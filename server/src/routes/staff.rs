//! Staff endpoints: pull submissions by cursor, download complete blobs, list devices. Every call
//! leaves an audit row (who, what range or blob, when) and never any content.

use super::{BlobAddress, now, rfc3339};
use crate::app::SharedApp;
use crate::auth::StaffAuth;
use crate::error::ApiFailure;
use crate::store::{Store, StoreError};
use axum::Json;
use axum::body::Body;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use wave_protocol::encoding::encode_base64;
use wave_protocol::http::CONTENT_TYPE_OCTET_STREAM;
use wave_protocol::limits::{DEFAULT_PULL_LIMIT, MAX_PULL_LIMIT};
use wave_protocol::{DeviceInfo, DevicesResponse, PullQuery, PullResponse, PulledSubmission};

/// Cursors look like `v1.<seq>`: opaque to clients, versioned so the encoding can change.
const CURSOR_PREFIX: &str = "v1.";

fn encode_cursor(seq: i64) -> String {
    format!("{CURSOR_PREFIX}{seq}")
}

fn decode_cursor(text: &str) -> Result<i64, ApiFailure> {
    text.strip_prefix(CURSOR_PREFIX)
        .and_then(|n| n.parse::<i64>().ok())
        .filter(|n| *n >= 0)
        .ok_or_else(|| {
            ApiFailure::bad_request("invalid cursor: pass a next_cursor returned by this server")
        })
}

/// The cursor and page size of a pull's query string.
pub(crate) fn read_pull_query(query: Option<&str>) -> Result<(Option<i64>, u32), ApiFailure> {
    let query: PullQuery = serde_urlencoded::from_str(query.unwrap_or_default())
        .map_err(|e| ApiFailure::bad_request(format!("invalid query: {e}")))?;
    let limit = query.limit.unwrap_or(DEFAULT_PULL_LIMIT);
    if limit == 0 || limit > MAX_PULL_LIMIT {
        return Err(ApiFailure::bad_request(format!(
            "limit must be between 1 and {MAX_PULL_LIMIT}"
        )));
    }
    let after = query.after.as_deref().map(decode_cursor).transpose()?;
    Ok((after, limit))
}

/// `GET /v1/staff/submissions?after=&limit=`.
pub async fn pull<S: Store>(
    State(app): State<SharedApp<S>>,
    staff: StaffAuth,
    RawQuery(query): RawQuery,
) -> Result<Json<PullResponse>, ApiFailure> {
    let (after, limit) = read_pull_query(query.as_deref())?;
    let page = app
        .store
        .pull(
            staff.id,
            after.unwrap_or(0),
            limit,
            app.pull_page_envelope_bytes,
            now(),
        )
        .await?;
    let next_cursor = page
        .items
        .last()
        .map(|s| s.seq)
        .or(after)
        .map(encode_cursor);
    let items = page
        .items
        .into_iter()
        .map(|s| {
            Ok(PulledSubmission {
                seq: s.seq,
                id: s.id,
                device_id: s.device_id,
                device_public_key: encode_base64(&s.device_public_key),
                received_at: rfc3339(s.received_at)?,
                envelope: encode_base64(&s.envelope),
                signature: encode_base64(&s.signature),
                blobs: s.blobs,
            })
        })
        .collect::<Result<Vec<_>, ApiFailure>>()?;
    Ok(Json(PullResponse {
        items,
        next_cursor,
        has_more: page.has_more,
    }))
}

/// `GET /v1/staff/blobs/{sha256}`: streamed chunk by chunk, so a large video needs one chunk of
/// server memory at a time.
pub async fn blob<S: Store>(
    State(app): State<SharedApp<S>>,
    staff: StaffAuth,
    BlobAddress(sha256): BlobAddress,
) -> Result<Response, ApiFailure> {
    let Some(size) = app
        .store
        .open_blob_download(staff.id, sha256, now())
        .await?
    else {
        return Err(ApiFailure::not_found("no complete blob with this digest"));
    };
    let stream = futures_util::stream::unfold(0u64, move |offset| {
        let app = app.clone();
        async move {
            if offset >= size {
                return None;
            }
            let chunk = match app.store.read_blob_chunk(sha256, offset).await {
                Ok(Some(chunk)) if !chunk.is_empty() => chunk,
                Ok(_) => {
                    tracing::error!(%sha256, offset, "complete blob is missing a chunk");
                    let err = std::io::Error::other(StoreError::Corrupt("missing blob chunk"));
                    return Some((Err(err), size));
                }
                Err(e) => {
                    tracing::error!(error = %e, "reading blob chunk failed");
                    return Some((Err(std::io::Error::other(e)), size));
                }
            };
            let next = offset + chunk.len() as u64;
            Some((Ok(bytes::Bytes::from(chunk)), next))
        }
    });
    let mut response = (StatusCode::OK, Body::from_stream(stream)).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(CONTENT_TYPE_OCTET_STREAM),
    );
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(size));
    Ok(response)
}

/// `GET /v1/staff/devices`.
pub async fn devices<S: Store>(
    State(app): State<SharedApp<S>>,
    staff: StaffAuth,
) -> Result<Json<DevicesResponse>, ApiFailure> {
    let devices = app.store.list_devices(staff.id, now()).await?;
    let devices = devices
        .into_iter()
        .map(|d| {
            Ok(DeviceInfo {
                device_id: d.id,
                device_public_key: encode_base64(&d.public_key),
                enrollment_code_id: d.enrollment_code_id,
                created_at: rfc3339(d.created_at)?,
                revoked: d.revoked,
            })
        })
        .collect::<Result<Vec<_>, ApiFailure>>()?;
    Ok(Json(DevicesResponse { devices }))
}
