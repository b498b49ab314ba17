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

/// Domain separation prefix of [`enroll_proof_message`], including its terminating NUL.
pub const ENROLL_PROOF_DOMAIN: &[u8] = b"wave/v1/enroll\0";

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

/// The exact bytes a device signs to prove, when it enrolls, that it holds the key it registers:
/// `"wave/v1/enroll\0" ‖ public key ‖ SHA-256(code)`. The server then knows that a second
/// request with a used code and the same key comes from the device the code enrolled (its first
/// answer lost on the way), and gives it a fresh token instead of refusing it.
pub fn enroll_proof_message(code: &str, public_key: &[u8; PUBLIC_KEY_BYTES]) -> Vec<u8> {
    let mut message = Vec::with_capacity(ENROLL_PROOF_DOMAIN.len() + PUBLIC_KEY_BYTES + 32);
    message.extend_from_slice(ENROLL_PROOF_DOMAIN);
    message.extend_from_slice(public_key);
    message.extend_from_slice(&Sha256::digest(code.as_bytes()));
    message
}

/// Signs the enrollment proof for `code` with the device key.
pub fn sign_enroll_proof(device_key: &SigningKey, code: &str) -> [u8; SIGNATURE_BYTES] {
    let public_key = device_key.verifying_key().to_bytes();
    device_key
        .sign(&enroll_proof_message(code, &public_key))
        .to_bytes()
}

/// A device's public key, decompressed and checked once, to verify many of its signatures.
///
/// Decompressing an Ed25519 point costs a field square root, a noticeable part of one
/// verification; a batch of hundreds of submissions from one device needs it only once.
#[derive(Debug, Clone, Copy)]
pub struct DeviceKey(VerifyingKey);

impl DeviceKey {
    /// Parses `public_key`, refusing anything that is not a valid, non-weak (not small-order)
    /// Ed25519 point.
    pub fn parse(public_key: &[u8; PUBLIC_KEY_BYTES]) -> Result<Self, SignatureError> {
        let key =
            VerifyingKey::from_bytes(public_key).map_err(|_| SignatureError::InvalidPublicKey)?;
        if key.is_weak() {
            return Err(SignatureError::InvalidPublicKey);
        }
        Ok(Self(key))
    }

    /// Checks a submission signature made by [`sign_submission`] with this device's key.
    ///
    /// Strict verification: non-canonical signatures (`S` not reduced) and small-order `R` are
    /// refused, so one envelope has exactly one valid signature per key.
    pub fn verify_submission(
        &self,
        submission_id: &Uuid,
        envelope: &[u8],
        signature: &[u8; SIGNATURE_BYTES],
    ) -> Result<(), SignatureError> {
        let signature = Signature::from_bytes(signature);
        self.0
            .verify_strict(
                &submission_signing_message(submission_id, envelope),
                &signature,
            )
            .map_err(|_| SignatureError::Mismatch)
    }
}

impl DeviceKey {
    /// Checks an enrollment proof made by [`sign_enroll_proof`] with this key, strictly.
    pub fn verify_enroll_proof(
        &self,
        code: &str,
        signature: &[u8; SIGNATURE_BYTES],
    ) -> Result<(), SignatureError> {
        let message = enroll_proof_message(code, &self.0.to_bytes());
        self.0
            .verify_strict(&message, &Signature::from_bytes(signature))
            .map_err(|_| SignatureError::Mismatch)
    }
}

/// Checks a submission signature made by [`sign_submission`].
///
/// Uses strict verification: weak (small-order) keys and non-canonical signatures are refused,
/// so one envelope has exactly one valid signature per key. To check many signatures of one
/// device, parse its key once with [`DeviceKey::parse`].
pub fn verify_submission_signature(
    public_key: &[u8; PUBLIC_KEY_BYTES],
    submission_id: &Uuid,
    envelope: &[u8],
    signature: &[u8; SIGNATURE_BYTES],
) -> Result<(), SignatureError> {
    DeviceKey::parse(public_key)?.verify_submission(submission_id, envelope, signature)
}

/// Whether `public_key` is acceptable as a device key (a valid, non-weak Ed25519 point).
pub fn is_valid_device_key(public_key: &[u8; PUBLIC_KEY_BYTES]) -> bool {
    DeviceKey::parse(public_key).is_ok()
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
    fn an_enroll_proof_binds_the_key_and_the_code_and_nothing_else_verifies_as_one() {
        let key = SigningKey::from_bytes(&[5u8; 32]);
        let device = DeviceKey::parse(&key.verifying_key().to_bytes()).unwrap();
        let proof = sign_enroll_proof(&key, "code-one");
        assert_eq!(device.verify_enroll_proof("code-one", &proof), Ok(()));
        assert_eq!(
            device.verify_enroll_proof("code-two", &proof),
            Err(SignatureError::Mismatch)
        );
        let other = SigningKey::from_bytes(&[6u8; 32]);
        let other_device = DeviceKey::parse(&other.verifying_key().to_bytes()).unwrap();
        assert_eq!(
            other_device.verify_enroll_proof("code-one", &proof),
            Err(SignatureError::Mismatch)
        );
        // A submission signature is never an enrollment proof, nor the other way round.
        let id = Uuid::from_u128(1);
        let submission = sign_submission(&key, &id, b"code-one");
        assert!(device.verify_enroll_proof("code-one", &submission).is_err());
        assert!(device.verify_submission(&id, b"code-one", &proof).is_err());
        let mut expected = b"wave/v1/enroll\0".to_vec();
        expected.extend_from_slice(&key.verifying_key().to_bytes());
        expected.extend_from_slice(&Sha256::digest(b"code-one"));
        assert_eq!(
            enroll_proof_message("code-one", &key.verifying_key().to_bytes()),
            expected
        );
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

    /// The group order ℓ, little-endian.
    const ORDER: [u8; 32] = [
        0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde,
        0x14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10,
    ];

    #[test]
    fn a_parsed_key_refuses_what_the_one_shot_check_refuses() {
        let key = SigningKey::from_bytes(&[5u8; 32]);
        let device = DeviceKey::parse(&key.verifying_key().to_bytes()).unwrap();
        let id = Uuid::from_u128(7);
        let sig = sign_submission(&key, &id, b"envelope");
        assert_eq!(device.verify_submission(&id, b"envelope", &sig), Ok(()));
        assert_eq!(
            device.verify_submission(&Uuid::from_u128(8), b"envelope", &sig),
            Err(SignatureError::Mismatch)
        );
        assert_eq!(
            device.verify_submission(&id, b"envelopf", &sig),
            Err(SignatureError::Mismatch)
        );

        // S + ℓ is the same scalar, not reduced: lax verifiers accept it as a second valid
        // signature of the same envelope; strict verification must not.
        let mut malleated = sig;
        let mut carry = 0u16;
        for (byte, order) in malleated[32..].iter_mut().zip(ORDER) {
            let sum = u16::from(*byte) + u16::from(order) + carry;
            *byte = sum as u8;
            carry = sum >> 8;
        }
        assert_eq!(carry, 0, "S + ℓ fits in 32 bytes");
        assert_ne!(malleated, sig);
        assert_eq!(
            device.verify_submission(&id, b"envelope", &malleated),
            Err(SignatureError::Mismatch)
        );
        assert_eq!(
            verify_submission_signature(
                &key.verifying_key().to_bytes(),
                &id,
                b"envelope",
                &malleated
            ),
            Err(SignatureError::Mismatch)
        );

        // A small-order R (the identity) with S = 0 satisfies the cofactored equation for
        // any message under a small-order key; such keys never parse.
        let mut forged = [0u8; 64];
        forged[0] = 1;
        assert_eq!(
            device.verify_submission(&id, b"envelope", &forged),
            Err(SignatureError::Mismatch)
        );
    }

    #[test]
    fn small_order_keys_never_parse() {
        // Encodings of points of order 1, 2 and 4 (the identity, (0, -1), (±sqrt(-1), 0)).
        let mut identity = [0u8; 32];
        identity[0] = 1;
        let mut order_two = [0xffu8; 32];
        order_two[0] = 0xec;
        order_two[31] = 0x7f;
        let order_four = [0u8; 32];
        let mut order_four_negative = [0u8; 32];
        order_four_negative[31] = 0x80;
        for key in [identity, order_two, order_four, order_four_negative] {
            assert_eq!(
                DeviceKey::parse(&key).map(|_| ()),
                Err(SignatureError::InvalidPublicKey),
                "{key:02x?}"
            );
            let id = Uuid::from_u128(1);
            assert_eq!(
                verify_submission_signature(&key, &id, b"envelope", &[0u8; 64]),
                Err(SignatureError::InvalidPublicKey)
            );
        }
    }
}
