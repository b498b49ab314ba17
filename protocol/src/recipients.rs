//! The NGO's signed recipient set: which age recipients devices seal cases to, published by
//! staff and signed with the NGO's long-lived Ed25519 signing key, whose public half travels in
//! the enrollment string (version 2).
//!
//! The signed bytes are the document exactly as transmitted, never a re-serialization: a JSON
//! object `{"format": "wave-recipient-set/1", "version": n, "created_at": unix seconds,
//! "signing_key_id": hex, "recipients": ["age1…"]}`. The signature is over
//! `"wave/v1/recipient-set\0" ‖ document`; the prefix keeps a set signature from ever being
//! valid as anything else Wave signs (submission signatures carry their own prefix, and the NGO
//! key signs nothing else). `signing_key_id` is the SHA-256 of the signing public key, so a
//! device can tell "signed by another key" from "altered".
//!
//! The server stores and serves the set but cannot forge it (it never holds the signing key)
//! nor roll it back (devices accept only a version greater than the one they use).

use crate::encoding::Sha256Hex;
use crate::limits::{MAX_ENROLLMENT_RECIPIENTS, MAX_RECIPIENT_SET_BYTES, PUBLIC_KEY_BYTES};
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};

/// Domain separation prefix of a recipient set signature, including its terminating NUL.
pub const RECIPIENT_SET_SIGNING_DOMAIN: &[u8] = b"wave/v1/recipient-set\0";
/// The `format` of the documents this code writes and reads.
pub const RECIPIENT_SET_FORMAT: &str = "wave-recipient-set/1";

/// A recipient set, as read from (or to be written into) its document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecipientSet {
    /// Monotonically increasing, from 1; devices refuse anything not greater than theirs.
    pub version: u64,
    /// When staff made it, in Unix seconds (shown to people; never trusted for ordering).
    pub created_at: i64,
    /// SHA-256 of the NGO signing public key that signs it ([`signing_key_id`]).
    pub signing_key_id: Sha256Hex,
    /// The age recipients (`age1…`) every case is sealed to.
    pub recipients: Vec<String>,
}

/// A document and its signature, as transmitted and stored.
#[derive(Clone, PartialEq, Eq)]
pub struct SignedRecipientSet {
    /// The exact bytes that were signed.
    pub document: Vec<u8>,
    /// Ed25519 over [`RECIPIENT_SET_SIGNING_DOMAIN`] ‖ `document`.
    pub signature: [u8; 64],
}

impl std::fmt::Debug for SignedRecipientSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SignedRecipientSet")
            .field("document_bytes", &self.document.len())
            .finish_non_exhaustive()
    }
}

/// The document's JSON, field for field; unknown fields are refused, since a reader that
/// skipped one would act on a set it did not fully understand.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Document {
    format: String,
    version: u64,
    created_at: i64,
    signing_key_id: Sha256Hex,
    recipients: Vec<String>,
}

/// Why a recipient set was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RecipientSetError {
    /// Longer than any valid document.
    #[error("the recipient set is too large (at most {max} bytes)")]
    TooLarge {
        /// [`MAX_RECIPIENT_SET_BYTES`].
        max: usize,
    },
    /// Not the expected JSON.
    #[error("the recipient set is malformed: {0}")]
    Malformed(String),
    /// Another format than [`RECIPIENT_SET_FORMAT`].
    #[error("the recipient set has an unsupported format (this app reads {RECIPIENT_SET_FORMAT})")]
    UnsupportedFormat,
    /// Version 0: versions start at 1, so that any set replaces the enrollment's recipients.
    #[error("the recipient set's version must be at least 1")]
    ZeroVersion,
    /// No recipients.
    #[error("the recipient set names no recipient")]
    NoRecipients,
    /// Too many recipients.
    #[error("the recipient set names more than {max} recipients")]
    TooManyRecipients {
        /// [`MAX_ENROLLMENT_RECIPIENTS`].
        max: usize,
    },
    /// A recipient is not an age recipient.
    #[error("recipient {index} of the set is not an age recipient")]
    InvalidRecipient {
        /// Position, from 0.
        index: usize,
    },
    /// The same recipient twice.
    #[error("recipient {index} of the set appears twice")]
    DuplicateRecipient {
        /// Position of the second occurrence, from 0.
        index: usize,
    },
    /// The signing public key is not a valid (non-weak) Ed25519 key.
    #[error("the NGO signing key is not a valid Ed25519 public key")]
    InvalidSigningKey,
    /// The document names another signing key than the one checked against.
    #[error("the recipient set was signed by another key than the NGO's enrolled signing key")]
    WrongSigningKey,
    /// The signature does not verify: the document or signature was altered.
    #[error("the recipient set's signature does not verify (it was altered or forged)")]
    BadSignature,
}

/// The id of an NGO signing public key: its SHA-256.
pub fn signing_key_id(public_key: &[u8; PUBLIC_KEY_BYTES]) -> Sha256Hex {
    Sha256Hex::digest(public_key)
}

/// Whether `text` is an age X25519 recipient as Wave writes them: `age1` and lowercase bech32.
pub(crate) fn is_age_recipient(text: &str) -> bool {
    text.len() > 4
        && text.len() <= crate::enrollment::MAX_RECIPIENT_CHARS
        && text.starts_with("age1")
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

impl RecipientSet {
    fn validate(&self) -> Result<(), RecipientSetError> {
        if self.version == 0 {
            return Err(RecipientSetError::ZeroVersion);
        }
        if self.recipients.is_empty() {
            return Err(RecipientSetError::NoRecipients);
        }
        if self.recipients.len() > MAX_ENROLLMENT_RECIPIENTS {
            return Err(RecipientSetError::TooManyRecipients {
                max: MAX_ENROLLMENT_RECIPIENTS,
            });
        }
        for (index, recipient) in self.recipients.iter().enumerate() {
            if !is_age_recipient(recipient) {
                return Err(RecipientSetError::InvalidRecipient { index });
            }
            if self.recipients[..index].contains(recipient) {
                return Err(RecipientSetError::DuplicateRecipient { index });
            }
        }
        Ok(())
    }

    /// The document's bytes, after the same checks a reader makes.
    pub fn to_document(&self) -> Result<Vec<u8>, RecipientSetError> {
        self.validate()?;
        let document = serde_json::to_vec(&Document {
            format: RECIPIENT_SET_FORMAT.to_owned(),
            version: self.version,
            created_at: self.created_at,
            signing_key_id: self.signing_key_id,
            recipients: self.recipients.clone(),
        })
        .map_err(|e| RecipientSetError::Malformed(e.to_string()))?;
        if document.len() > MAX_RECIPIENT_SET_BYTES {
            return Err(RecipientSetError::TooLarge {
                max: MAX_RECIPIENT_SET_BYTES,
            });
        }
        Ok(document)
    }

    /// Reads a document strictly (size, JSON, format, every recipient). Checks no signature:
    /// the server uses this to refuse junk, devices use [`verify_recipient_set`]. Never panics.
    pub fn parse(document: &[u8]) -> Result<Self, RecipientSetError> {
        if document.len() > MAX_RECIPIENT_SET_BYTES {
            return Err(RecipientSetError::TooLarge {
                max: MAX_RECIPIENT_SET_BYTES,
            });
        }
        let parsed: Document = serde_json::from_slice(document)
            .map_err(|e| RecipientSetError::Malformed(e.to_string()))?;
        if parsed.format != RECIPIENT_SET_FORMAT {
            return Err(RecipientSetError::UnsupportedFormat);
        }
        let set = RecipientSet {
            version: parsed.version,
            created_at: parsed.created_at,
            signing_key_id: parsed.signing_key_id,
            recipients: parsed.recipients,
        };
        set.validate()?;
        Ok(set)
    }
}

fn signing_message(document: &[u8]) -> Vec<u8> {
    let mut message = Vec::with_capacity(RECIPIENT_SET_SIGNING_DOMAIN.len() + document.len());
    message.extend_from_slice(RECIPIENT_SET_SIGNING_DOMAIN);
    message.extend_from_slice(document);
    message
}

/// Writes `set`'s document and signs it with the NGO signing key. `set.signing_key_id` is
/// set from the key, so a set can never name another key than the one that signed it.
pub fn sign_recipient_set(
    key: &SigningKey,
    set: &RecipientSet,
) -> Result<SignedRecipientSet, RecipientSetError> {
    let mut set = set.clone();
    set.signing_key_id = signing_key_id(&key.verifying_key().to_bytes());
    let document = set.to_document()?;
    let signature = key.sign(&signing_message(&document)).to_bytes();
    Ok(SignedRecipientSet {
        document,
        signature,
    })
}

/// Checks `signed` against the NGO signing public key and reads it.
///
/// The signature is checked strictly (no weak keys, no non-canonical signatures) before the
/// document is trusted; when it fails, the document is still read to tell a set signed by
/// another key from an altered one, for the message a person sees.
pub fn verify_recipient_set(
    public_key: &[u8; PUBLIC_KEY_BYTES],
    signed: &SignedRecipientSet,
) -> Result<RecipientSet, RecipientSetError> {
    let key =
        VerifyingKey::from_bytes(public_key).map_err(|_| RecipientSetError::InvalidSigningKey)?;
    if key.is_weak() {
        return Err(RecipientSetError::InvalidSigningKey);
    }
    if signed.document.len() > MAX_RECIPIENT_SET_BYTES {
        return Err(RecipientSetError::TooLarge {
            max: MAX_RECIPIENT_SET_BYTES,
        });
    }
    let signature = Signature::from_bytes(&signed.signature);
    if key
        .verify_strict(&signing_message(&signed.document), &signature)
        .is_err()
    {
        return Err(match RecipientSet::parse(&signed.document) {
            Ok(set) if set.signing_key_id != signing_key_id(public_key) => {
                RecipientSetError::WrongSigningKey
            }
            _ => RecipientSetError::BadSignature,
        });
    }
    let set = RecipientSet::parse(&signed.document)?;
    if set.signing_key_id != signing_key_id(public_key) {
        // Only reachable if someone signed a document naming another key with this one.
        return Err(RecipientSetError::WrongSigningKey);
    }
    Ok(set)
}

/// Whether `public_key` can be an NGO signing key (a valid, non-weak Ed25519 point).
pub fn is_valid_signing_key(public_key: &[u8; PUBLIC_KEY_BYTES]) -> bool {
    VerifyingKey::from_bytes(public_key).is_ok_and(|k| !k.is_weak())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const A: &str = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p";
    const B: &str = "age1lggyhqrw2nlhcxprm67z43rta597azn8gknawjehu9d9dl0jq3yqqvfafg";

    fn key(n: u8) -> SigningKey {
        SigningKey::from_bytes(&[n; 32])
    }

    fn set(version: u64) -> RecipientSet {
        RecipientSet {
            version,
            created_at: 1_764_500_000,
            signing_key_id: Sha256Hex::digest(b"overwritten when signed"),
            recipients: vec![A.into(), B.into()],
        }
    }

    #[test]
    fn signs_exact_bytes_with_a_domain_prefix() {
        let signed = sign_recipient_set(&key(1), &set(3)).unwrap();
        let public = key(1).verifying_key().to_bytes();
        let read = verify_recipient_set(&public, &signed).unwrap();
        assert_eq!(read.version, 3);
        assert_eq!(read.recipients, vec![A.to_owned(), B.to_owned()]);
        assert_eq!(read.signing_key_id, signing_key_id(&public));
        // The signature is over the prefixed bytes, not the bare document.
        let bare = key(1).sign(&signed.document).to_bytes();
        let forged = SignedRecipientSet {
            document: signed.document.clone(),
            signature: bare,
        };
        assert_eq!(
            verify_recipient_set(&public, &forged),
            Err(RecipientSetError::BadSignature)
        );
    }

    #[test]
    fn every_changed_byte_and_another_key_are_refused() {
        let signed = sign_recipient_set(&key(1), &set(2)).unwrap();
        let public = key(1).verifying_key().to_bytes();
        for index in 0..signed.document.len() {
            let mut altered = signed.clone();
            altered.document[index] ^= 0x01;
            assert!(verify_recipient_set(&public, &altered).is_err(), "{index}");
        }
        for index in 0..64 {
            let mut altered = signed.clone();
            altered.signature[index] ^= 0x80;
            assert!(verify_recipient_set(&public, &altered).is_err(), "{index}");
        }
        let other = sign_recipient_set(&key(2), &set(9)).unwrap();
        assert_eq!(
            verify_recipient_set(&public, &other),
            Err(RecipientSetError::WrongSigningKey)
        );
        let mut identity = [0u8; 32];
        identity[0] = 1;
        assert_eq!(
            verify_recipient_set(&identity, &signed),
            Err(RecipientSetError::InvalidSigningKey)
        );
        assert!(!is_valid_signing_key(&identity));
    }

    #[test]
    fn the_document_is_checked_like_an_enrollment_string() {
        use RecipientSetError::*;
        assert_eq!(set(0).to_document(), Err(ZeroVersion));
        let mut bad = set(1);
        bad.recipients.push(A.into());
        assert_eq!(bad.to_document(), Err(DuplicateRecipient { index: 2 }));
        bad.recipients = vec!["AGE1X".into()];
        assert_eq!(bad.to_document(), Err(InvalidRecipient { index: 0 }));
        bad.recipients.clear();
        assert_eq!(bad.to_document(), Err(NoRecipients));
        bad.recipients = vec![A.into(); MAX_ENROLLMENT_RECIPIENTS + 1];
        assert_eq!(
            bad.to_document(),
            Err(TooManyRecipients {
                max: MAX_ENROLLMENT_RECIPIENTS
            })
        );
        let doc = String::from_utf8(set(1).to_document().unwrap()).unwrap();
        let extra = doc.replacen('{', "{\"more\":1,", 1);
        assert!(matches!(
            RecipientSet::parse(extra.as_bytes()),
            Err(Malformed(_))
        ));
        let other = doc.replace(RECIPIENT_SET_FORMAT, "wave-recipient-set/2");
        assert_eq!(
            RecipientSet::parse(other.as_bytes()),
            Err(UnsupportedFormat)
        );
        assert_eq!(
            RecipientSet::parse(&vec![b' '; MAX_RECIPIENT_SET_BYTES + 1]),
            Err(TooLarge {
                max: MAX_RECIPIENT_SET_BYTES
            })
        );
    }

    proptest! {
        /// The parser never panics, and whatever it accepts writes back to a document that
        /// reads as the same set.
        #[test]
        fn parse_never_panics_and_round_trips(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            if let Ok(set) = RecipientSet::parse(&bytes) {
                let again = RecipientSet::parse(&set.to_document().unwrap()).unwrap();
                prop_assert_eq!(again, set);
            }
        }

        /// Documents close to valid ones (fields perturbed) are read or refused, never a panic,
        /// and a valid set always reads back unchanged.
        #[test]
        fn near_valid_documents(version in any::<u64>(), created_at in any::<i64>(),
                                count in 0usize..40, cut in any::<usize>()) {
            let set = RecipientSet {
                version,
                created_at,
                signing_key_id: Sha256Hex::digest(b"k"),
                recipients: (0..count).map(|n| format!("age1{n:0>58}")).collect(),
            };
            match set.to_document() {
                Ok(document) => {
                    prop_assert_eq!(RecipientSet::parse(&document).unwrap(), set);
                    let cut = cut % document.len();
                    prop_assert!(RecipientSet::parse(&document[..cut]).is_err());
                }
                Err(_) => prop_assert!(version == 0 || count == 0 || count > MAX_ENROLLMENT_RECIPIENTS),
            }
        }
    }
}
