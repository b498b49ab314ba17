//! The message a device signs for each submission, and its Ed25519 signing and verification.
//!
//! The message is `"wave/v1/submission\0" ‖ id ‖ "\0" ‖ SHA-256(envelope)`, where `id` is the
//! submission id as 36 ASCII bytes (lowercase, hyphenated). The domain prefix keeps a signature
//! made for a submission from ever being valid for anything else the device key signs; binding
//! the id keeps a signed envelope from being replayed under another id; hashing the envelope keeps
//! the message small whatever the envelope's size.

use crate::encoding::DecodeError;
use crate::limits::{PUBLIC_KEY_BYTES, SIGNATURE_BYTES};
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use sha2::{Digest, Sha256};
use uuid::Uuid;

/// Domain separation prefix of [`submission_signing_message`], including its terminating NUL.
pub const SUBMISSION_SIGNING_DOMAIN: &[u8] = b"wave/v1/submission\0";

/// Why a submission signature did not verify.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignatureError {
    /// The public key is not a valid Ed25519 point (or is a weak key).
    #[error("the device public key is not a valid Ed25519 key")]
    InvalidPublicKey,
    /// The signature does not match this key, id and envelope.
    #[error("the signature does not verify for this device, id and envelope")]
    Mismatch,
    /// A field did not decode.
    #[error("undecodable signature input: {0}")]
    Encoding(DecodeError),
}

/// The exact bytes signed for submission `submission_id` with envelope `envelope`.
pub fn submission_signing_message(submission_id: &Uuid, envelope: &[u8]) -> Vec<u8> {
    let mut id = [0u8; uuid::fmt::Hyphenated::LENGTH];
    let id = submission_id.as_hyphenated().encode_lower(&mut id);
    let digest = Sha256::digest(envelope);
    let mut message = Vec::with_capacity(SUBMISSION_SIGNING_DOMAIN.len() + id.len() + 1 + 32);
    message.extend_from_slice(SUBMISSION_SIGNING_DOMAIN);
    message.extend_from_slice(id.as_bytes());
    message.push(0);
    message.extend_from_slice(&digest);
    message
}

/// Signs a submission with the device key.
pub fn sign_submission(
    device_key: &SigningKey,
    submission_id: &Uuid,
    envelope: &[u8],
) -> [u8; SIGNATURE_BYTES] {
    device_key
        .sign(&submission_signing_message(submission_id, envelope))
        .to_bytes()
}

/// Checks a submission signature made by [`sign_submission`].
///
/// Uses strict verification: weak (small-order) keys and non-canonical signatures are refused,
/// so one envelope has exactly one valid signature per key.
pub fn verify_submission_signature(
    public_key: &[u8; PUBLIC_KEY_BYTES],
    submission_id: &Uuid,
    envelope: &[u8],
    signature: &[u8; SIGNATURE_BYTES],
) -> Result<(), SignatureError> {
    let key = VerifyingKey::from_bytes(public_key).map_err(|_| SignatureError::InvalidPublicKey)?;
    if key.is_weak() {
        return Err(SignatureError::InvalidPublicKey);
    }
    let signature = Signature::from_bytes(signature);
    key.verify_strict(
        &submission_signing_message(submission_id, envelope),
        &signature,
    )
    .map_err(|_| SignatureError::Mismatch)
}

/// Whether `public_key` is acceptable as a device key (a valid, non-weak Ed25519 point).
pub fn is_valid_device_key(public_key: &[u8; PUBLIC_KEY_BYTES]) -> bool {
    VerifyingKey::from_bytes(public_key).is_ok_and(|k| !k.is_weak())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_layout_is_fixed() {
        let id = Uuid::parse_str("67E55044-10B1-426F-9247-BB680E5FE0C8").unwrap();
        let msg = submission_signing_message(&id, b"abc");
        let mut expected = b"wave/v1/submission\0".to_vec();
        expected.extend_from_slice(b"67e55044-10b1-426f-9247-bb680e5fe0c8\0");
        expected.extend_from_slice(&Sha256::digest(b"abc"));
        assert_eq!(msg, expected);
    }

    #[test]
    fn sign_then_verify_and_tamper() {
        let key = SigningKey::from_bytes(&[3u8; 32]);
        let public = key.verifying_key().to_bytes();
        let id = Uuid::from_u128(42);
        let sig = sign_submission(&key, &id, b"envelope");
        assert_eq!(
            verify_submission_signature(&public, &id, b"envelope", &sig),
            Ok(())
        );
        assert_eq!(
            verify_submission_signature(&public, &Uuid::from_u128(43), b"envelope", &sig),
            Err(SignatureError::Mismatch)
        );
        assert_eq!(
            verify_submission_signature(&public, &id, b"envelopf", &sig),
            Err(SignatureError::Mismatch)
        );
        // The identity point is a weak key: anything "verifies" under it without strict checks.
        let mut identity = [0u8; 32];
        identity[0] = 1;
        assert!(!is_valid_device_key(&identity));
        assert_eq!(
            verify_submission_signature(&identity, &id, b"envelope", &sig),
            Err(SignatureError::InvalidPublicKey)
        );
    }
}
