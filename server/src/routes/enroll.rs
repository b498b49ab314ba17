//! Enrollment: staff create one-time codes; a device trades one for a device token, and may ask
//! again, with the proof that it holds the key the code enrolled, if the answer was lost.

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
    CreateEnrollmentCodeRequest, CreateEnrollmentCodeResponse, DeviceKey, EnrollRequest,
    EnrollResponse, ErrorCode,
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

/// What a `POST /v1/enroll` body asks for.
pub(crate) struct EnrollAsk {
    pub public_key: [u8; 32],
    pub code_hash: [u8; 32],
    /// Whether the body carried a proof that verified: the sender holds the key it registers.
    pub proven: bool,
}

/// Reads and checks a `POST /v1/enroll` body: a usable device key and, if present, a proof
/// that verifies for that key and code.
pub(crate) fn read_enroll(bytes: &[u8]) -> Result<EnrollAsk, ApiFailure> {
    let req: EnrollRequest = parse_json(bytes)?;
    // `req.label` is ignored on purpose: see `EnrollRequest::label`.
    let public_key = req.public_key_bytes().map_err(|e| {
        ApiFailure::bad_request(format!(
            "device_public_key must be a 32-byte Ed25519 key in base64: {e}"
        ))
    })?;
    let device_key = DeviceKey::parse(&public_key).map_err(|_| {
        ApiFailure::bad_request("device_public_key is not a usable Ed25519 public key")
    })?;
    let proof = req.proof_bytes().map_err(|e| {
        ApiFailure::bad_request(format!("proof must be a 64-byte signature in base64: {e}"))
    })?;
    let proven = match proof {
        Some(proof) => {
            device_key
                .verify_enroll_proof(&req.code, &proof)
                .map_err(|_| {
                    ApiFailure::bad_request("proof does not verify for this code and key")
                })?;
            true
        }
        None => false,
    };
    let code_hash = hash_secret_text(&req.code).ok_or_else(code_invalid)?;
    Ok(EnrollAsk {
        public_key,
        code_hash,
        proven,
    })
}

/// `POST /v1/enroll`.
pub async fn enroll<S: Store>(
    State(app): State<SharedApp<S>>,
    headers: HeaderMap,
    body: Body,
) -> Result<(StatusCode, Json<EnrollResponse>), ApiFailure> {
    let bytes = read_limited(&headers, body, MAX_ENROLL_BODY_BYTES, "the request body").await?;
    let ask = read_enroll(&bytes)?;
    let token = new_secret();
    let device = NewDevice {
        id: Uuid::new_v4(),
        public_key: ask.public_key,
        token_hash: token.hash,
    };
    let device_id = device.id;
    let enrolled = |device_id| {
        Ok((
            StatusCode::CREATED,
            Json(EnrollResponse {
                device_id,
                device_token: token.text,
            }),
        ))
    };
    match app
        .store
        .enroll(ask.code_hash, device, ask.proven, now())
        .await?
    {
        EnrollOutcome::Enrolled => enrolled(device_id),
        EnrollOutcome::EnrolledAgain { device_id } => enrolled(device_id),
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
