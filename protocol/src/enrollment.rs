//! The enrollment string that staff hand to a device (as a QR code or text):
//! `wave-enroll:1:` followed by unpadded base64url of the JSON
//! `{"server": url, "code": code, "recipients": ["age1…"], "pin_sha256": optional hex}`.
//!
//! Decoding is strict and explains each refusal in words a person can act on, because the person
//! scanning it is in the field and the string may be damaged, truncated or not Wave's at all.

use crate::encoding::Sha256Hex;
use crate::limits::{MAX_ENROLLMENT_RECIPIENTS, MAX_ENROLLMENT_STRING_CHARS};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::{Deserialize, Serialize};
use std::str::FromStr;

/// The scheme-like prefix every enrollment string starts with.
pub const ENROLLMENT_PREFIX: &str = "wave-enroll:";
/// The version of the string format written by [`EnrollmentInvite::encode`].
pub const ENROLLMENT_VERSION: &str = "1";

const MAX_CODE_CHARS: usize = 128;
const MAX_RECIPIENT_CHARS: usize = 4096;
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
    /// SHA-256 of the server's TLS public key (DER SubjectPublicKeyInfo), for pinning.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pin_sha256: Option<Sha256Hex>,
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
        "enrollment string version {0:?} is not supported (this app reads version 1); update the app"
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
            let ok = r.len() > 4
                && r.len() <= MAX_RECIPIENT_CHARS
                && r.starts_with("age1")
                && r.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
            if !ok {
                return Err(EnrollmentStringError::InvalidRecipient { index });
            }
        }
        Ok(())
    }

    /// Writes the enrollment string, after [`Self::validate`].
    pub fn encode(&self) -> Result<String, EnrollmentStringError> {
        self.validate()?;
        let json =
            serde_json::to_vec(self).map_err(|e| EnrollmentStringError::Json(e.to_string()))?;
        let text = format!(
            "{ENROLLMENT_PREFIX}{ENROLLMENT_VERSION}:{}",
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
        if version != ENROLLMENT_VERSION {
            return Err(EnrollmentStringError::UnsupportedVersion(
                version.chars().take(16).collect(),
            ));
        }
        let json = URL_SAFE_NO_PAD
            .decode(payload)
            .map_err(|e| EnrollmentStringError::Base64(e.to_string()))?;
        let invite: Self = serde_json::from_slice(&json)
            .map_err(|e| EnrollmentStringError::Json(e.to_string()))?;
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
        }
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
            EnrollmentInvite::decode("wave-enroll:2:e30"),
            Err(UnsupportedVersion("2".into()))
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
