//! The enrollment string that staff hand to a device (as a QR code or text):
//! `wave-enroll:<version>:` followed by unpadded base64url of the JSON
//! `{"server": url, "code": code, "recipients": ["age1…"], "pin_sha256": optional hex,
//! "backup_pins_sha256": optional [hex], "signing_key": base64}`.
//!
//! Version 2 carries `signing_key`, the NGO's Ed25519 signing public key: a device enrolled with
//! it fetches the NGO's signed recipient set on every sync and follows it (see
//! [`crate::recipients`]). Version 1 has no signing key; a device enrolled with one seals to the
//! string's recipients for good, as it always did (a `signing_key` field in a version 1 string is
//! ignored, so such a string means exactly what it meant before). [`EnrollmentInvite::encode`]
//! writes version 2 when there is a signing key and version 1 otherwise.
//!
//! A pin is the SHA-256 of the TLS server's public key (its DER SubjectPublicKeyInfo), so it
//! survives certificate renewal with the same key. `pin_sha256` is the primary pin, the one
//! that older apps (which ignore `backup_pins_sha256`) check; the backup pins name keys the
//! server may move to, so that a key rollover does not cut enrolled devices off. Strings
//! written before pins named the key may carry the SHA-256 of the whole certificate in
//! `pin_sha256`; clients still accept a certificate that matches it that way (see
//! `core/src/http.rs`).
//!
//! Decoding is strict and explains each refusal in words a person can act on, because the person
//! scanning it is in the field and the string may be damaged, truncated or not Wave's at all.

use crate::encoding::Sha256Hex;
use crate::limits::{
    MAX_ENROLLMENT_BACKUP_PINS, MAX_ENROLLMENT_RECIPIENTS, MAX_ENROLLMENT_STRING_CHARS,
    PUBLIC_KEY_BYTES,
};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::{Deserialize, Serialize};
use std::str::FromStr;

/// The scheme-like prefix every enrollment string starts with.
pub const ENROLLMENT_PREFIX: &str = "wave-enroll:";
/// The version of the string format without an NGO signing key.
pub const ENROLLMENT_VERSION: &str = "1";
/// The version of the string format with an NGO signing key.
pub const ENROLLMENT_VERSION_SIGNED: &str = "2";

const MAX_CODE_CHARS: usize = 128;
pub(crate) const MAX_RECIPIENT_CHARS: usize = 4096;
const MAX_SERVER_CHARS: usize = 2048;

/// Everything a device needs to enroll and then seal cases for the NGO.
///
/// Unknown JSON fields are ignored, so later writers may add optional fields without a new
/// version; anything that older readers must not ignore needs a new version number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnrollmentInvite {
    /// Base URL of the sync server, without `/v1` (e.g. `https://sync.ngo.example`). Must be
    /// `https`, except `http` to a loopback host for testing.
    pub server: String,
    /// The one-time enrollment code.
    pub code: String,
    /// The NGO's age recipients (`age1…`); every case is encrypted to all of them.
    pub recipients: Vec<String>,
    /// SHA-256 of the server's TLS public key (DER SubjectPublicKeyInfo), for pinning: the
    /// primary pin. Without it (and without backups) the server must chain to a public root.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pin_sha256: Option<Sha256Hex>,
    /// SHA-256 of further public keys the server may present (a backup key for a rollover).
    /// Only with a primary pin, so an older app that ignores this field is never left without
    /// one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub backup_pins_sha256: Vec<Sha256Hex>,
    /// The NGO's Ed25519 signing public key (32 bytes, standard base64), which signs the
    /// recipient sets the device follows. Present in version 2 strings only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing_key: Option<String>,
}

/// Why an enrollment string was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EnrollmentStringError {
    /// Longer than any valid string.
    #[error("the enrollment string is too long (at most {max} characters)")]
    TooLong {
        /// [`MAX_ENROLLMENT_STRING_CHARS`].
        max: usize,
    },
    /// Does not start with `wave-enroll:`.
    #[error("this is not a Wave enrollment string (it must start with \"wave-enroll:\")")]
    MissingPrefix,
    /// A version this code does not read.
    #[error(
        "enrollment string version {0:?} is not supported (this app reads versions 1 and 2); update the app"
    )]
    UnsupportedVersion(String),
    /// The payload is not base64url.
    #[error("the enrollment string is damaged (not valid base64url): {0}")]
    Base64(String),
    /// The payload is not the expected JSON.
    #[error("the enrollment string is damaged (unexpected content): {0}")]
    Json(String),
    /// The server URL is unusable.
    #[error("invalid server address: {0}")]
    InvalidServer(&'static str),
    /// The code is empty or has characters a code never has.
    #[error("invalid enrollment code: it must be 1 to 128 characters of A-Z, a-z, 0-9, '-' or '_'")]
    InvalidCode,
    /// No recipients.
    #[error("the enrollment string names no NGO recipient key")]
    NoRecipients,
    /// Too many recipients.
    #[error("the enrollment string names more than {max} recipient keys")]
    TooManyRecipients {
        /// [`MAX_ENROLLMENT_RECIPIENTS`].
        max: usize,
    },
    /// A recipient is not an age recipient.
    #[error(
        "recipient {index} is not an age recipient (expected \"age1\" followed by lowercase letters and digits)"
    )]
    InvalidRecipient {
        /// Position in `recipients`, from 0.
        index: usize,
    },
    /// Backup pins without a primary pin: an older app would check no pin at all.
    #[error("the enrollment string has backup key pins but no primary pin (pin_sha256)")]
    BackupPinsWithoutPin,
    /// A version 2 string without the NGO signing key, or with one that is not a valid key.
    #[error("the enrollment string's NGO signing key is missing or not a valid Ed25519 public key")]
    InvalidSigningKey,
    /// Too many backup pins.
    #[error("the enrollment string has more than {max} backup key pins")]
    TooManyBackupPins {
        /// [`MAX_ENROLLMENT_BACKUP_PINS`].
        max: usize,
    },
}

impl EnrollmentInvite {
    /// Checks every field; [`Self::encode`] and [`Self::decode`] both call it, so nothing invalid
    /// is ever written or accepted.
    pub fn validate(&self) -> Result<(), EnrollmentStringError> {
        check_server_url(&self.server)?;
        let code_ok = !self.code.is_empty()
            && self.code.len() <= MAX_CODE_CHARS
            && self
                .code
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !code_ok {
            return Err(EnrollmentStringError::InvalidCode);
        }
        if self.recipients.is_empty() {
            return Err(EnrollmentStringError::NoRecipients);
        }
        if self.recipients.len() > MAX_ENROLLMENT_RECIPIENTS {
            return Err(EnrollmentStringError::TooManyRecipients {
                max: MAX_ENROLLMENT_RECIPIENTS,
            });
        }
        for (index, r) in self.recipients.iter().enumerate() {
            if !crate::recipients::is_age_recipient(r) {
                return Err(EnrollmentStringError::InvalidRecipient { index });
            }
        }
        if let Some(text) = &self.signing_key {
            decode_signing_key(text)?;
        }
        if !self.backup_pins_sha256.is_empty() && self.pin_sha256.is_none() {
            return Err(EnrollmentStringError::BackupPinsWithoutPin);
        }
        if self.backup_pins_sha256.len() > MAX_ENROLLMENT_BACKUP_PINS {
            return Err(EnrollmentStringError::TooManyBackupPins {
                max: MAX_ENROLLMENT_BACKUP_PINS,
            });
        }
        Ok(())
    }

    /// Every pinned key, the primary pin first; empty when the server is not pinned.
    pub fn pins(&self) -> Vec<Sha256Hex> {
        self.pin_sha256
            .iter()
            .chain(&self.backup_pins_sha256)
            .copied()
            .collect()
    }

    /// The NGO signing public key, when the string carries one (version 2).
    pub fn signing_key_bytes(
        &self,
    ) -> Result<Option<[u8; PUBLIC_KEY_BYTES]>, EnrollmentStringError> {
        self.signing_key
            .as_deref()
            .map(decode_signing_key)
            .transpose()
    }

    /// Writes the enrollment string, after [`Self::validate`]: version 2 with a signing key,
    /// version 1 (exactly as before signing keys existed) without.
    pub fn encode(&self) -> Result<String, EnrollmentStringError> {
        self.validate()?;
        let json =
            serde_json::to_vec(self).map_err(|e| EnrollmentStringError::Json(e.to_string()))?;
        let version = if self.signing_key.is_some() {
            ENROLLMENT_VERSION_SIGNED
        } else {
            ENROLLMENT_VERSION
        };
        let text = format!(
            "{ENROLLMENT_PREFIX}{version}:{}",
            URL_SAFE_NO_PAD.encode(json)
        );
        if text.len() > MAX_ENROLLMENT_STRING_CHARS {
            return Err(EnrollmentStringError::TooLong {
                max: MAX_ENROLLMENT_STRING_CHARS,
            });
        }
        Ok(text)
    }

    /// Reads an enrollment string. Surrounding whitespace (from pasting or scanning) is ignored.
    /// Never panics, whatever the input.
    pub fn decode(text: &str) -> Result<Self, EnrollmentStringError> {
        let text = text.trim();
        if text.len() > MAX_ENROLLMENT_STRING_CHARS {
            return Err(EnrollmentStringError::TooLong {
                max: MAX_ENROLLMENT_STRING_CHARS,
            });
        }
        let rest = text
            .strip_prefix(ENROLLMENT_PREFIX)
            .ok_or(EnrollmentStringError::MissingPrefix)?;
        let (version, payload) = rest.split_once(':').ok_or_else(|| {
            EnrollmentStringError::UnsupportedVersion(rest.chars().take(16).collect())
        })?;
        if version != ENROLLMENT_VERSION && version != ENROLLMENT_VERSION_SIGNED {
            return Err(EnrollmentStringError::UnsupportedVersion(
                version.chars().take(16).collect(),
            ));
        }
        let json = URL_SAFE_NO_PAD
            .decode(payload)
            .map_err(|e| EnrollmentStringError::Base64(e.to_string()))?;
        let mut invite: Self = serde_json::from_slice(&json)
            .map_err(|e| EnrollmentStringError::Json(e.to_string()))?;
        if version == ENROLLMENT_VERSION {
            invite.signing_key = None;
        } else if invite.signing_key.is_none() {
            return Err(EnrollmentStringError::InvalidSigningKey);
        }
        invite.validate()?;
        Ok(invite)
    }
}

impl FromStr for EnrollmentInvite {
    type Err = EnrollmentStringError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::decode(s)
    }
}

fn decode_signing_key(text: &str) -> Result<[u8; PUBLIC_KEY_BYTES], EnrollmentStringError> {
    let key = crate::encoding::decode_base64_array::<PUBLIC_KEY_BYTES>(text)
        .map_err(|_| EnrollmentStringError::InvalidSigningKey)?;
    if !crate::recipients::is_valid_signing_key(&key) {
        return Err(EnrollmentStringError::InvalidSigningKey);
    }
    Ok(key)
}

/// The rule for a server address, wherever one is given (an enrollment string, the staff tools):
/// `https://host[:port][/path]`, or plain `http` to this machine only; no user, query or fragment.
pub fn check_server_url(url: &str) -> Result<(), EnrollmentStringError> {
    use EnrollmentStringError::InvalidServer;
    if url.len() > MAX_SERVER_CHARS {
        return Err(InvalidServer("too long"));
    }
    if url
        .bytes()
        .any(|b| b.is_ascii_whitespace() || b.is_ascii_control())
    {
        return Err(InvalidServer("contains spaces or control characters"));
    }
    let (secure, rest) = if let Some(rest) = url.strip_prefix("https://") {
        (true, rest)
    } else if let Some(rest) = url.strip_prefix("http://") {
        (false, rest)
    } else {
        return Err(InvalidServer("must start with https://"));
    };
    if rest.contains(['?', '#']) {
        return Err(InvalidServer("must not have a query or fragment"));
    }
    let authority = rest.split('/').next().unwrap_or_default();
    if authority.contains('@') {
        return Err(InvalidServer("must not contain a user name or password"));
    }
    let host = host_of(authority);
    if host.is_empty() {
        return Err(InvalidServer("has no host"));
    }
    if !secure && !is_loopback_host(host) {
        return Err(InvalidServer(
            "must use https (plain http is allowed only to localhost for testing)",
        ));
    }
    Ok(())
}

/// The host part of `host[:port]` or `[v6]:port`.
fn host_of(authority: &str) -> &str {
    if let Some(v6) = authority.strip_prefix('[') {
        return v6.split(']').next().unwrap_or_default();
    }
    authority.split(':').next().unwrap_or_default()
}

fn is_loopback_host(host: &str) -> bool {
    if host.eq_ignore_ascii_case("localhost") || host == "::1" {
        return true;
    }
    host.parse::<std::net::Ipv4Addr>()
        .is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn invite() -> EnrollmentInvite {
        EnrollmentInvite {
            server: "https://sync.ngo.example".into(),
            code: "abc-DEF_123".into(),
            recipients: vec![
                "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p".into(),
            ],
            pin_sha256: Some(Sha256Hex::digest(b"spki")),
            backup_pins_sha256: Vec::new(),
            signing_key: None,
        }
    }

    #[test]
    fn version_2_carries_the_signing_key_and_version_1_ignores_one() {
        use EnrollmentStringError::*;
        let key = ed25519_dalek::SigningKey::from_bytes(&[7; 32])
            .verifying_key()
            .to_bytes();
        let mut signed = invite();
        signed.signing_key = Some(crate::encoding::encode_base64(&key));
        let text = signed.encode().unwrap();
        assert!(text.starts_with("wave-enroll:2:"), "{text}");
        let decoded = EnrollmentInvite::decode(&text).unwrap();
        assert_eq!(decoded, signed);
        assert_eq!(decoded.signing_key_bytes().unwrap(), Some(key));
        // The same JSON under version 1 means what version 1 always meant: no signing key.
        let payload = text.strip_prefix("wave-enroll:2:").unwrap();
        let old = EnrollmentInvite::decode(&format!("wave-enroll:1:{payload}")).unwrap();
        assert_eq!(old.signing_key, None);
        assert_eq!(old.signing_key_bytes().unwrap(), None);
        // Version 2 without a key, or with a bad one, is refused.
        let json = serde_json::to_vec(&invite()).unwrap();
        let keyless = format!("wave-enroll:2:{}", URL_SAFE_NO_PAD.encode(json));
        assert_eq!(EnrollmentInvite::decode(&keyless), Err(InvalidSigningKey));
        let mut bad = invite();
        bad.signing_key = Some(crate::encoding::encode_base64(&[0u8; 31]));
        assert_eq!(bad.encode(), Err(InvalidSigningKey));
        let mut identity = [0u8; 32];
        identity[0] = 1;
        bad.signing_key = Some(crate::encoding::encode_base64(&identity));
        assert_eq!(bad.encode(), Err(InvalidSigningKey));
    }

    /// A string written before backup pins existed decodes to exactly what it did then.
    #[test]
    fn strings_from_before_backup_pins_decode_as_before() {
        let text = "wave-enroll:1:eyJzZXJ2ZXIiOiJodHRwczovL3N5bmMubmdvLmV4YW1wbGUiLCJjb2RlIjoiYWJjLURFRl8xMjMiLCJyZWNpcGllbnRzIjpbImFnZTFxbDN6N2hqeTU0cHczaHl3dzVheXlmZzd6cWd2Yzd3M2oyZWx3OHptcmoya2c1c2ZuOWFxbWNhYzhwIl0sInBpbl9zaGEyNTYiOiIwM2Q2NmRkMDg4MzVjMWNhM2YxMjhjY2VhY2QxZjMxYWM5NDE2MzA5NmIyMGY0NDVhZTg0Mjg1YmMwODMyZDcyIn0";
        let decoded = EnrollmentInvite::decode(text).unwrap();
        let mut expected = invite();
        expected.pin_sha256 = Some(Sha256Hex::digest(b"certificate"));
        assert_eq!(decoded, expected);
        assert_eq!(decoded.pins(), vec![Sha256Hex::digest(b"certificate")]);
        // And one without backups is written as before: no new field appears.
        assert_eq!(decoded.encode().unwrap(), text);
    }

    #[test]
    fn backup_pins_round_trip_and_need_a_primary_pin() {
        use EnrollmentStringError::*;
        let mut with_backup = invite();
        with_backup.backup_pins_sha256 = vec![Sha256Hex::digest(b"backup")];
        let text = with_backup.encode().unwrap();
        let decoded = EnrollmentInvite::decode(&text).unwrap();
        assert_eq!(decoded, with_backup);
        assert_eq!(
            decoded.pins(),
            vec![Sha256Hex::digest(b"spki"), Sha256Hex::digest(b"backup")]
        );
        let mut orphan = with_backup.clone();
        orphan.pin_sha256 = None;
        assert_eq!(orphan.encode(), Err(BackupPinsWithoutPin));
        let json = serde_json::to_vec(&orphan).unwrap();
        let forged = format!("wave-enroll:1:{}", URL_SAFE_NO_PAD.encode(json));
        assert_eq!(EnrollmentInvite::decode(&forged), Err(BackupPinsWithoutPin));
        let mut many = with_backup;
        many.backup_pins_sha256 = (0..=MAX_ENROLLMENT_BACKUP_PINS as u8)
            .map(|n| Sha256Hex::digest(&[n]))
            .collect();
        assert_eq!(
            many.encode(),
            Err(TooManyBackupPins {
                max: MAX_ENROLLMENT_BACKUP_PINS
            })
        );
        many.backup_pins_sha256.pop();
        assert!(many.encode().is_ok());
    }

    #[test]
    fn round_trip() {
        let text = invite().encode().unwrap();
        assert!(text.starts_with("wave-enroll:1:"));
        assert_eq!(
            EnrollmentInvite::decode(&format!("  {text}\n")).unwrap(),
            invite()
        );
    }

    #[test]
    fn clear_errors() {
        use EnrollmentStringError::*;
        assert_eq!(EnrollmentInvite::decode("hello"), Err(MissingPrefix));
        assert_eq!(
            EnrollmentInvite::decode("wave-enroll:3:e30"),
            Err(UnsupportedVersion("3".into()))
        );
        assert!(matches!(
            EnrollmentInvite::decode("wave-enroll:1:!!"),
            Err(Base64(_))
        ));
        assert!(matches!(
            EnrollmentInvite::decode("wave-enroll:1:e30"),
            Err(Json(_))
        ));
        let mut bad = invite();
        bad.server = "http://sync.ngo.example".into();
        assert!(matches!(bad.encode(), Err(InvalidServer(_))));
        bad.server = "http://127.0.0.1:8080".into();
        assert!(bad.encode().is_ok());
        bad.server = "http://[::1]:8080".into();
        assert!(bad.encode().is_ok());
        bad.recipients.push("AGE1XYZ".into());
        assert_eq!(bad.encode(), Err(InvalidRecipient { index: 1 }));
        bad.recipients.clear();
        assert_eq!(bad.encode(), Err(NoRecipients));
        let mut bad = invite();
        bad.code = String::new();
        assert_eq!(bad.encode(), Err(InvalidCode));
        let msg = UnsupportedVersion("2".into()).to_string();
        assert!(msg.contains("update the app"), "{msg}");
    }
}
