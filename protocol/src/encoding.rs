//! Byte encodings of the protocol: base64 for binary JSON fields, unpadded base64url for tokens,
//! lowercase hex for SHA-256 digests (the [`Sha256Hex`] type).

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use sha2::{Digest, Sha256};
use std::fmt;
use std::str::FromStr;

/// Why a protocol string did not decode to bytes.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// Not valid base64 of the expected alphabet.
    #[error("not valid base64: {0}")]
    Base64(String),
    /// Decoded, but to the wrong number of bytes.
    #[error("expected {expected} bytes, got {actual}")]
    Length {
        /// Bytes the field must have.
        expected: usize,
        /// Bytes it had.
        actual: usize,
    },
    /// Not a SHA-256 digest in hex.
    #[error("not a SHA-256 digest: expected 64 hex digits")]
    Hex,
}

/// Standard base64 with padding: the encoding of envelopes, signatures and public keys in JSON.
pub fn encode_base64(bytes: &[u8]) -> String {
    STANDARD.encode(bytes)
}

/// Decodes standard padded base64 (as written by [`encode_base64`]).
pub fn decode_base64(text: &str) -> Result<Vec<u8>, DecodeError> {
    STANDARD
        .decode(text)
        .map_err(|e| DecodeError::Base64(e.to_string()))
}

/// Decodes standard base64 that must hold exactly `N` bytes (a key or a signature).
pub fn decode_base64_array<const N: usize>(text: &str) -> Result<[u8; N], DecodeError> {
    let bytes = decode_base64(text)?;
    let actual = bytes.len();
    bytes.try_into().map_err(|_| DecodeError::Length {
        expected: N,
        actual,
    })
}

/// Unpadded base64url: the text form of tokens and enrollment codes.
pub fn encode_token(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Decodes an unpadded base64url token of exactly [`crate::limits::TOKEN_BYTES`] bytes.
pub fn decode_token(text: &str) -> Result<[u8; crate::limits::TOKEN_BYTES], DecodeError> {
    let bytes = URL_SAFE_NO_PAD
        .decode(text)
        .map_err(|e| DecodeError::Base64(e.to_string()))?;
    let actual = bytes.len();
    bytes.try_into().map_err(|_| DecodeError::Length {
        expected: crate::limits::TOKEN_BYTES,
        actual,
    })
}

/// A SHA-256 digest, written as 64 lowercase hex digits: the address of a blob.
///
/// Parsing accepts either case, so a digest that went through a case-folding channel still names
/// the same blob; it is always written in lowercase.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Sha256Hex([u8; 32]);

impl Sha256Hex {
    /// The digest of `bytes`.
    pub fn digest(bytes: &[u8]) -> Self {
        Self(Sha256::digest(bytes).into())
    }

    /// Wraps a digest computed elsewhere (e.g. incrementally over a file).
    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        Self(bytes)
    }

    /// The 32 digest bytes.
    pub fn to_bytes(self) -> [u8; 32] {
        self.0
    }

    /// Parses 64 hex digits, either case.
    pub fn parse(text: &str) -> Result<Self, DecodeError> {
        let text = text.as_bytes();
        if text.len() != 64 {
            return Err(DecodeError::Hex);
        }
        let mut out = [0u8; 32];
        for (byte, pair) in out.iter_mut().zip(text.chunks_exact(2)) {
            let hi = hex_value(pair[0]).ok_or(DecodeError::Hex)?;
            let lo = hex_value(pair[1]).ok_or(DecodeError::Hex)?;
            *byte = (hi << 4) | lo;
        }
        Ok(Self(out))
    }
}

fn hex_value(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

impl fmt::Display for Sha256Hex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for b in self.0 {
            write!(f, "{b:02x}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Sha256Hex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Sha256Hex({self})")
    }
}

impl FromStr for Sha256Hex {
    type Err = DecodeError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl Serialize for Sha256Hex {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Sha256Hex {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_hex_round_trips_and_normalises_case() {
        let d = Sha256Hex::digest(b"abc");
        let text = d.to_string();
        assert_eq!(
            text,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(Sha256Hex::parse(&text.to_uppercase()).unwrap(), d);
        assert_eq!(Sha256Hex::parse("abc"), Err(DecodeError::Hex));
        assert_eq!(Sha256Hex::parse(&"g".repeat(64)), Err(DecodeError::Hex));
        // Multi-byte characters must be refused, not split.
        assert_eq!(Sha256Hex::parse(&"é".repeat(32)), Err(DecodeError::Hex));
    }

    #[test]
    fn base64_arrays_check_length() {
        let text = encode_base64(&[7u8; 32]);
        assert_eq!(decode_base64_array::<32>(&text).unwrap(), [7u8; 32]);
        assert_eq!(
            decode_base64_array::<64>(&text),
            Err(DecodeError::Length {
                expected: 64,
                actual: 32
            })
        );
        assert!(matches!(
            decode_base64("not base64!"),
            Err(DecodeError::Base64(_))
        ));
    }

    #[test]
    fn tokens_are_unpadded_base64url_of_32_bytes() {
        let text = encode_token(&[0xfb; 32]);
        assert_eq!(text.len(), 43);
        assert!(!text.contains(['+', '/', '=']));
        assert_eq!(decode_token(&text).unwrap(), [0xfb; 32]);
        assert!(decode_token(&encode_token(&[1; 31])).is_err());
        assert!(decode_token("").is_err());
    }
}
