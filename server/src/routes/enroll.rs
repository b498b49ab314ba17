//! Enrollment: staff create one-time codes; a device trades one for a device token.

use super::{now, rfc3339};
use crate::app::SharedApp;
use crate::auth::{StaffAuth, hash_secret_text, new_secret};
use crate::body::{parse_json, read_limited};
use crate::error::ApiFailure;
use crate::store::{EnrollOutcome, NewDevice, Store};
use axum::Json;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use uuid::Uuid;
use wave_protocol::limits::{
    MAX_ENROLL_BODY_BYTES, MAX_ENROLLMENT_CODE_TTL_SECONDS, MAX_REQUEST_BODY_BYTES,
};
use wave_protocol::{
    CreateEnrollmentCodeRequest, CreateEnrollmentCodeResponse, EnrollRequest, EnrollResponse,
    ErrorCode, is_valid_device_key,
};

/// The lifetime asked for in a `POST /v1/staff/enrollment-codes` body, in seconds.
pub(crate) fn read_code_request(bytes: &[u8]) -> Result<i64, ApiFailure> {
    let req: CreateEnrollmentCodeRequest = parse_json(bytes)?;
    if req.expires_in_seconds == 0 || req.expires_in_seconds > MAX_ENROLLMENT_CODE_TTL_SECONDS {
        return Err(ApiFailure::bad_request(format!(
            "expires_in_seconds must be between 1 and {MAX_ENROLLMENT_CODE_TTL_SECONDS} (30 days)"
        )));
    }
    // In range by the check above: 30 days of seconds fits an i64 with room to spare.
    i64::try_from(req.expires_in_seconds)
        .map_err(|_| ApiFailure::bad_request("expires_in_seconds is out of range"))
}

/// `POST /v1/staff/enrollment-codes`.
pub async fn create_code<S: Store>(
    State(app): State<SharedApp<S>>,
    staff: StaffAuth,
    headers: HeaderMap,
    body: Body,
) -> Result<(StatusCode, Json<CreateEnrollmentCodeResponse>), ApiFailure> {
    let bytes = read_limited(&headers, body, MAX_REQUEST_BODY_BYTES, "the request body").await?;
    let expires_in_seconds = read_code_request(&bytes)?;
    let now = now();
    let expires_at = now.saturating_add(expires_in_seconds);
    let code = new_secret();
    let code_id = Uuid::new_v4();
    app.store
        .create_enrollment_code(staff.id, code_id, code.hash, expires_at, now)
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(CreateEnrollmentCodeResponse {
            code: code.text,
            code_id,
            expires_at: rfc3339(expires_at)?,
        }),
    ))
}

fn code_invalid() -> ApiFailure {
    ApiFailure::new(
        ErrorCode::EnrollmentCodeInvalid,
        "this enrollment code is not known to the server; ask the NGO for a new one",
    )
}

/// The device key and the hash of the code in a `POST /v1/enroll` body.
pub(crate) fn read_enroll(bytes: &[u8]) -> Result<([u8; 32], [u8; 32]), ApiFailure> {
    let req: EnrollRequest = parse_json(bytes)?;
    // `req.label` is ignored on purpose: see `EnrollRequest::label`.
    let public_key = req.public_key_bytes().map_err(|e| {
        ApiFailure::bad_request(format!(
            "device_public_key must be a 32-byte Ed25519 key in base64: {e}"
        ))
    })?;
    if !is_valid_device_key(&public_key) {
        return Err(ApiFailure::bad_request(
            "device_public_key is not a usable Ed25519 public key",
        ));
    }
    let code_hash = hash_secret_text(&req.code).ok_or_else(code_invalid)?;
    Ok((public_key, code_hash))
}

/// `POST /v1/enroll`.
pub async fn enroll<S: Store>(
    State(app): State<SharedApp<S>>,
    headers: HeaderMap,
    body: Body,
) -> Result<(StatusCode, Json<EnrollResponse>), ApiFailure> {
    let bytes = read_limited(&headers, body, MAX_ENROLL_BODY_BYTES, "the request body").await?;
    let (public_key, code_hash) = read_enroll(&bytes)?;
    let token = new_secret();
    let device = NewDevice {
        id: Uuid::new_v4(),
        public_key,
        token_hash: token.hash,
    };
    let device_id = device.id;
    match app.store.enroll(code_hash, device, now()).await? {
        EnrollOutcome::Enrolled => Ok((
            StatusCode::CREATED,
            Json(EnrollResponse {
                device_id,
                device_token: token.text,
            }),
        )),
        EnrollOutcome::Invalid => Err(code_invalid()),
        EnrollOutcome::Used => Err(ApiFailure::new(
            ErrorCode::EnrollmentCodeUsed,
            "this enrollment code was already used; each code enrolls one device",
        )),
        EnrollOutcome::Expired => Err(ApiFailure::new(
            ErrorCode::EnrollmentCodeExpired,
            "this enrollment code has expired; ask the NGO for a new one",
        )),
    }
}
