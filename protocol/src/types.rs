//! The JSON bodies of every request and response, one struct each, named after the endpoint.
//!
//! Binary fields stay base64 strings here so that the server can reject one bad item of a batch
//! without refusing the whole request; the `*_bytes` helpers decode them.

use crate::encoding::{DecodeError, Sha256Hex, decode_base64, decode_base64_array, encode_base64};
use crate::error::RejectCode;
use crate::limits::{PUBLIC_KEY_BYTES, SIGNATURE_BYTES};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// `GET /v1/health` → 200.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HealthResponse {
    /// Always `"ok"`.
    pub status: String,
}

/// `POST /v1/staff/enrollment-codes` request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreateEnrollmentCodeRequest {
    /// Lifetime of the code, 1 ..= [`crate::limits::MAX_ENROLLMENT_CODE_TTL_SECONDS`].
    pub expires_in_seconds: u64,
}

/// `POST /v1/staff/enrollment-codes` → 201.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreateEnrollmentCodeResponse {
    /// The one-time code (a secret until used): goes into the enrollment string.
    pub code: String,
    /// A non-secret id of the code. The device enrolled with it is listed with this id, so staff
    /// can tell devices apart without the server holding any name or label.
    pub code_id: Uuid,
    /// When the code stops working (RFC 3339, UTC).
    pub expires_at: String,
}

/// `POST /v1/enroll` request (no authorization).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnrollRequest {
    /// The one-time code from the enrollment string.
    pub code: String,
    /// The device's Ed25519 public key, 32 bytes in base64.
    pub device_public_key: String,
    /// Accepted for compatibility and deliberately **not stored**: a name on a seized server
    /// could identify the person holding the phone. Staff tell devices apart by `code_id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The device key's Ed25519 signature over the code and the key
    /// ([`crate::enroll_proof_message`]), 64 bytes in base64. With it, a retry whose first answer
    /// was lost gets the same device id and a fresh token while the code has not expired;
    /// without it (older devices), a used code is refused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proof: Option<String>,
}

impl EnrollRequest {
    /// A request for `code` registering `public_key`, without a proof.
    pub fn new(code: impl Into<String>, public_key: &[u8; PUBLIC_KEY_BYTES]) -> Self {
        Self {
            code: code.into(),
            device_public_key: encode_base64(public_key),
            label: None,
            proof: None,
        }
    }

    /// A request for `code` registering `device_key`'s public key, with the proof that the
    /// sender holds it: the request a device sends, and may send again.
    pub fn signed(code: impl Into<String>, device_key: &ed25519_dalek::SigningKey) -> Self {
        let code = code.into();
        let proof = crate::sign_enroll_proof(device_key, &code);
        Self {
            proof: Some(encode_base64(&proof)),
            ..Self::new(code, &device_key.verifying_key().to_bytes())
        }
    }

    /// The decoded proof, if the request carries one.
    pub fn proof_bytes(&self) -> Result<Option<[u8; SIGNATURE_BYTES]>, DecodeError> {
        self.proof.as_deref().map(decode_base64_array).transpose()
    }

    /// The decoded public key.
    pub fn public_key_bytes(&self) -> Result<[u8; PUBLIC_KEY_BYTES], DecodeError> {
        decode_base64_array(&self.device_public_key)
    }
}

/// `POST /v1/enroll` → 201.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnrollResponse {
    /// The server's id for this device.
    pub device_id: Uuid,
    /// The device's bearer token. Shown once; the server keeps only its SHA-256.
    pub device_token: String,
}

/// `POST /v1/blobs` request: create (or look up) the upload of one blob.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreateBlobRequest {
    /// SHA-256 of the complete bytes that will be uploaded (already encrypted).
    pub sha256: Sha256Hex,
    /// Total size in bytes, 1 ..= [`crate::limits::MAX_BLOB_BYTES`].
    pub size: u64,
}

/// `POST /v1/blobs` → 200: where the upload stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct BlobStatus {
    /// Bytes the server has; the next `PATCH` starts here.
    pub offset: u64,
    /// Whether the blob is complete and verified; then there is nothing to upload.
    pub complete: bool,
}

/// `POST /v1/submissions` request: a batch of sealed, signed envelopes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubmitRequest {
    /// 1 ..= [`crate::limits::MAX_BATCH_ITEMS`] items.
    pub items: Vec<SubmissionItem>,
}

/// One submission in a batch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubmissionItem {
    /// Chosen by the client when the envelope was sealed; a retry reuses it.
    pub id: Uuid,
    /// The envelope bytes (encrypted to the NGO) in base64.
    pub envelope: String,
    /// Ed25519 signature (64 bytes, base64) over
    /// [`crate::submission_signing_message`]`(id, envelope)`.
    pub signature: String,
    /// SHA-256 (hex) of every blob the envelope refers to; each must be completely uploaded first.
    #[serde(default)]
    pub blobs: Vec<String>,
}

impl SubmissionItem {
    /// Encodes one submission for the wire.
    pub fn new(
        id: Uuid,
        envelope: &[u8],
        signature: &[u8; SIGNATURE_BYTES],
        blobs: &[Sha256Hex],
    ) -> Self {
        Self {
            id,
            envelope: encode_base64(envelope),
            signature: encode_base64(signature),
            blobs: blobs.iter().map(Sha256Hex::to_string).collect(),
        }
    }

    /// The decoded envelope.
    pub fn envelope_bytes(&self) -> Result<Vec<u8>, DecodeError> {
        decode_base64(&self.envelope)
    }

    /// The decoded signature.
    pub fn signature_bytes(&self) -> Result<[u8; SIGNATURE_BYTES], DecodeError> {
        decode_base64_array(&self.signature)
    }

    /// The parsed blob references.
    pub fn blob_digests(&self) -> Result<Vec<Sha256Hex>, DecodeError> {
        self.blobs.iter().map(|b| Sha256Hex::parse(b)).collect()
    }
}

/// `POST /v1/submissions` → 200: one result per item, in the order of the request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubmitResponse {
    /// Same length and order as the request's `items`.
    pub results: Vec<SubmissionResult>,
}

/// What happened to one submission.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubmissionResult {
    /// The item's id.
    pub id: Uuid,
    /// Stored now, stored earlier, or rejected.
    pub status: SubmissionStatus,
    /// Why, when rejected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<RejectReason>,
}

/// The outcome of one submission. `Stored` and `Duplicate` both mean the server has it durably.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SubmissionStatus {
    /// Stored durably by this request.
    Stored,
    /// The same id with the same envelope from this device was stored before: success.
    Duplicate,
    /// Not stored; see the reason. Permanent.
    Rejected,
}

/// Why one submission was rejected.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RejectReason {
    /// Machine-readable.
    pub code: RejectCode,
    /// For people.
    pub message: String,
}

/// Query of `GET /v1/staff/submissions`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PullQuery {
    /// The `next_cursor` of the previous page; absent for the start.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// Page size, 1 ..= [`crate::limits::MAX_PULL_LIMIT`]; default
    /// [`crate::limits::DEFAULT_PULL_LIMIT`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

/// `GET /v1/staff/submissions` → 200.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PullResponse {
    /// Submissions in server order (ascending `seq`).
    pub items: Vec<PulledSubmission>,
    /// Opaque cursor positioned after the last item of this page; pass it as `after` next time,
    /// also later to get only what arrived since. Equals the request's `after` when the page is
    /// empty (null if that was absent too).
    pub next_cursor: Option<String>,
    /// Whether more submissions follow right now.
    pub has_more: bool,
}

/// One stored submission, as staff receive it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PulledSubmission {
    /// Server sequence number, increasing in the order submissions were stored.
    pub seq: i64,
    /// The client's id.
    pub id: Uuid,
    /// The device that submitted it.
    pub device_id: Uuid,
    /// That device's Ed25519 public key (base64), to verify `signature` again.
    pub device_public_key: String,
    /// When the server stored it (RFC 3339, UTC).
    pub received_at: String,
    /// The envelope bytes (base64).
    pub envelope: String,
    /// The device's signature (base64).
    pub signature: String,
    /// Blob references, each downloadable from `/v1/staff/blobs/{sha256}`.
    pub blobs: Vec<Sha256Hex>,
}

impl PulledSubmission {
    /// The decoded envelope.
    pub fn envelope_bytes(&self) -> Result<Vec<u8>, DecodeError> {
        decode_base64(&self.envelope)
    }

    /// The decoded signature.
    pub fn signature_bytes(&self) -> Result<[u8; SIGNATURE_BYTES], DecodeError> {
        decode_base64_array(&self.signature)
    }

    /// The decoded public key of the submitting device.
    pub fn public_key_bytes(&self) -> Result<[u8; PUBLIC_KEY_BYTES], DecodeError> {
        decode_base64_array(&self.device_public_key)
    }

    /// Checks the device's signature over this submission.
    pub fn verify(&self) -> Result<(), crate::SignatureError> {
        let envelope = self
            .envelope_bytes()
            .map_err(crate::SignatureError::Encoding)?;
        let signature = self
            .signature_bytes()
            .map_err(crate::SignatureError::Encoding)?;
        let key = self
            .public_key_bytes()
            .map_err(crate::SignatureError::Encoding)?;
        crate::verify_submission_signature(&key, &self.id, &envelope, &signature)
    }
}

/// `GET /v1/staff/devices` → 200.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DevicesResponse {
    /// Every enrolled device, oldest first.
    pub devices: Vec<DeviceInfo>,
}

/// One enrolled device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceInfo {
    /// The server's id for it.
    pub device_id: Uuid,
    /// Its Ed25519 public key (base64).
    pub device_public_key: String,
    /// The `code_id` of the enrollment code it used.
    pub enrollment_code_id: Uuid,
    /// When it enrolled (RFC 3339, UTC).
    pub created_at: String,
    /// Whether it was revoked; a revoked device's token is refused on every request.
    pub revoked: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn submit_response_uses_lowercase_status_and_omits_empty_reason() {
        let id = Uuid::nil();
        let resp = SubmitResponse {
            results: vec![
                SubmissionResult {
                    id,
                    status: SubmissionStatus::Stored,
                    reason: None,
                },
                SubmissionResult {
                    id,
                    status: SubmissionStatus::Rejected,
                    reason: Some(RejectReason {
                        code: RejectCode::MissingBlob,
                        message: "m".into(),
                    }),
                },
            ],
        };
        let json = serde_json::to_value(&resp).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"results": [
                {"id": "00000000-0000-0000-0000-000000000000", "status": "stored"},
                {"id": "00000000-0000-0000-0000-000000000000", "status": "rejected",
                 "reason": {"code": "missing_blob", "message": "m"}},
            ]})
        );
        let back: SubmitResponse = serde_json::from_value(json).unwrap();
        assert_eq!(back, resp);
    }

    #[test]
    fn submission_item_round_trips_bytes() {
        let blob = Sha256Hex::digest(b"x");
        let item = SubmissionItem::new(Uuid::nil(), b"env", &[9u8; 64], &[blob]);
        assert_eq!(item.envelope_bytes().unwrap(), b"env");
        assert_eq!(item.signature_bytes().unwrap(), [9u8; 64]);
        assert_eq!(item.blob_digests().unwrap(), vec![blob]);
        let parsed: SubmissionItem = serde_json::from_str(
            r#"{"id":"00000000-0000-0000-0000-000000000000","envelope":"","signature":""}"#,
        )
        .unwrap();
        assert!(parsed.blobs.is_empty());
    }

    #[test]
    fn create_blob_request_rejects_bad_digest() {
        let err =
            serde_json::from_str::<CreateBlobRequest>(r#"{"sha256":"zz","size":1}"#).unwrap_err();
        assert!(err.to_string().contains("SHA-256"), "{err}");
    }
}

/// `PUT /v1/staff/recipient-set` request, and `GET /v1/recipient-set` (devices) or
/// `GET /v1/staff/recipient-set` → 200: the NGO's signed recipient set, as the exact bytes
/// that were signed ([`crate::recipients`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecipientSetBody {
    /// The document's bytes, standard base64.
    pub document: String,
    /// The Ed25519 signature, 64 bytes in standard base64.
    pub signature: String,
}

impl RecipientSetBody {
    /// The body carrying `signed`.
    pub fn new(signed: &crate::recipients::SignedRecipientSet) -> Self {
        Self {
            document: encode_base64(&signed.document),
            signature: encode_base64(&signed.signature),
        }
    }

    /// The document and signature, decoded (not verified).
    pub fn decode(&self) -> Result<crate::recipients::SignedRecipientSet, DecodeError> {
        Ok(crate::recipients::SignedRecipientSet {
            document: decode_base64(&self.document)?,
            signature: decode_base64_array::<SIGNATURE_BYTES>(&self.signature)?,
        })
    }
}
