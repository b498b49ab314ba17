//! The NGO's signed recipient set: staff publish it, devices fetch it on every sync. The server
//! stores the exact bytes it was given and refuses a malformed document or a version not
//! greater than the stored one; it never checks the signature, which protects devices from the
//! server itself (a seized server can neither forge a set nor roll one back).

use super::now;
use crate::app::SharedApp;
use crate::auth::{DeviceAuth, StaffAuth};
use crate::body::{parse_json, read_limited};
use crate::error::ApiFailure;
use crate::store::{PublishOutcome, Store, StoredRecipientSet};
use axum::Json;
use axum::body::Body;
use axum::extract::State;
use axum::http::HeaderMap;
use wave_protocol::encoding::encode_base64;
use wave_protocol::limits::MAX_RECIPIENT_SET_BYTES;
use wave_protocol::{ErrorCode, RecipientSet, RecipientSetBody};

/// Largest `PUT` body: the document and signature in base64, with room for the JSON.
const MAX_BODY_BYTES: u64 = (MAX_RECIPIENT_SET_BYTES as u64 / 3 + 1) * 4 + 1024;

/// The document, its version and its signature in a `PUT` body, checked for shape.
pub(crate) fn read_publish(bytes: &[u8]) -> Result<StoredRecipientSet, ApiFailure> {
    let body: RecipientSetBody = parse_json(bytes)?;
    let signed = body.decode().map_err(|e| {
        ApiFailure::bad_request(format!(
            "document must be base64 and signature 64 bytes in base64: {e}"
        ))
    })?;
    let set = RecipientSet::parse(&signed.document)
        .map_err(|e| ApiFailure::bad_request(e.to_string()))?;
    Ok(StoredRecipientSet {
        version: set.version,
        document: signed.document,
        signature: signed.signature.to_vec(),
    })
}

async fn stored<S: Store>(app: &SharedApp<S>) -> Result<Json<RecipientSetBody>, ApiFailure> {
    match app.store.recipient_set().await? {
        Some(set) => Ok(Json(RecipientSetBody {
            document: encode_base64(&set.document),
            signature: encode_base64(&set.signature),
        })),
        None => Err(ApiFailure::not_found(
            "no recipient set has been published on this server",
        )),
    }
}

/// `GET /v1/recipient-set`, by a device.
pub async fn get_for_device<S: Store>(
    State(app): State<SharedApp<S>>,
    _device: DeviceAuth,
) -> Result<Json<RecipientSetBody>, ApiFailure> {
    stored(&app).await
}

/// `GET /v1/staff/recipient-set`.
pub async fn get_for_staff<S: Store>(
    State(app): State<SharedApp<S>>,
    _staff: StaffAuth,
) -> Result<Json<RecipientSetBody>, ApiFailure> {
    stored(&app).await
}

/// `PUT /v1/staff/recipient-set`: 200 with the set as stored.
pub async fn publish<S: Store>(
    State(app): State<SharedApp<S>>,
    staff: StaffAuth,
    headers: HeaderMap,
    body: Body,
) -> Result<Json<RecipientSetBody>, ApiFailure> {
    let bytes = read_limited(&headers, body, MAX_BODY_BYTES, "the recipient set").await?;
    let set = read_publish(&bytes)?;
    let version = set.version;
    match app
        .store
        .publish_recipient_set(staff.id, set, now())
        .await?
    {
        PublishOutcome::Stored => stored(&app).await,
        PublishOutcome::Stale { current } => Err(ApiFailure::new(
            ErrorCode::StaleVersion,
            format!(
                "recipient set version {version} is not greater than the published version \
                 {current}; publish version {} or later",
                current.saturating_add(1)
            ),
        )),
    }
}
