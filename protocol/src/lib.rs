//! Wave's sync protocol, shared by the device client, the staff tools and `wave-server`.
//!
//! Everything both sides must agree on lives here and nowhere else: the JSON bodies of every
//! request and response ([`types`]), the error body and its codes ([`error`]), header names and
//! paths ([`http`]), the limits ([`limits`]), the enrollment string ([`enrollment`]), the byte
//! encodings ([`encoding`]), the message a device signs for each submission ([`signing`]) and
//! the NGO's signed recipient set ([`recipients`]).
//!
//! The wire format in short (the full description is `schemas/sync-api.yaml`):
//!
//! - JSON over HTTP under `/v1`; every error is `{"error": {"code": "...", "message": "..."}}`.
//! - Binary fields in JSON (envelopes, signatures, public keys) are standard base64 with padding;
//!   SHA-256 digests are 64 lowercase hex digits; ids are UUIDs; times are RFC 3339 in UTC.
//! - Tokens are 32 random bytes as unpadded base64url, sent as `Authorization: Bearer <token>`.
//!
//! The crate has no I/O and no async runtime, so the phone, the CLI and the server can all use it.

pub mod encoding;
pub mod enrollment;
pub mod error;
pub mod http;
pub mod limits;
pub mod recipients;
pub mod signing;
pub mod types;

pub use encoding::{DecodeError, Sha256Hex};
pub use enrollment::{EnrollmentInvite, EnrollmentStringError};
pub use error::{ApiError, ErrorBody, ErrorCode, RejectCode};
pub use recipients::{
    RECIPIENT_SET_FORMAT, RECIPIENT_SET_SIGNING_DOMAIN, RecipientSet, RecipientSetError,
    SignedRecipientSet, is_valid_signing_key, sign_recipient_set, signing_key_id,
    verify_recipient_set,
};
pub use signing::{
    DeviceKey, ENROLL_PROOF_DOMAIN, SUBMISSION_SIGNING_DOMAIN, SignatureError,
    enroll_proof_message, is_valid_device_key, sign_enroll_proof, sign_submission,
    submission_signing_message, verify_submission_signature,
};

/// The Ed25519 implementation the signatures are made with, so clients use the same version.
pub use ed25519_dalek;
pub use types::*;
/// The UUID type of submission and device ids.
pub use uuid::Uuid;
