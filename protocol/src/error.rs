//! The error body every failed request carries, and the closed-but-extensible set of codes in it.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// The whole body of every error response: `{"error": {...}}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    /// What went wrong.
    pub error: ApiError,
}

/// What went wrong: a machine-readable code, a sentence for people, and the numbers a client
/// needs to recover where there are any.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiError {
    /// What kind of failure this is; clients branch on this, never on the message.
    pub code: ErrorCode,
    /// A readable explanation. Never contains a token or any other secret.
    pub message: String,
    /// With `too_large`: the byte limit that was exceeded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit_bytes: Option<u64>,
    /// With `too_large` for a batch: the most items a batch may have.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit_items: Option<u64>,
    /// With `offset_mismatch`: the offset the server has (also in `Upload-Offset`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// With `rate_limited`: seconds to wait (also in `Retry-After`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after_seconds: Option<u64>,
}

impl ApiError {
    /// An error with only a code and a message.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            limit_bytes: None,
            limit_items: None,
            offset: None,
            retry_after_seconds: None,
        }
    }

    /// Wraps this error in the body the server sends.
    pub fn into_body(self) -> ErrorBody {
        ErrorBody { error: self }
    }
}

macro_rules! string_codes {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )*
            /// A code this version does not know; a newer server may send it. Treat as permanent.
            Other(String),
        }

        impl $name {
            /// Every code this version knows.
            pub const KNOWN: &'static [Self] = &[$(Self::$variant),*];

            /// The code as it is written on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $( Self::$variant => $text, )*
                    Self::Other(text) => text,
                }
            }

            /// Parses a wire code; unknown codes become [`Self::Other`].
            pub fn parse(text: &str) -> Self {
                match text {
                    $( $text => Self::$variant, )*
                    other => Self::Other(other.to_owned()),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = String::deserialize(deserializer)?;
                Ok(Self::parse(&text))
            }
        }
    };
}

string_codes! {
    /// The `code` of an [`ApiError`], with the HTTP status it comes with.
    pub enum ErrorCode {
        /// 401: no, malformed or unknown bearer token.
        Unauthorized = "unauthorized",
        /// 403: a valid token of the wrong kind (device on a staff endpoint or the reverse).
        Forbidden = "forbidden",
        /// 401: the device was revoked; it must not retry.
        DeviceRevoked = "device_revoked",
        /// 403: no such enrollment code.
        EnrollmentCodeInvalid = "enrollment_code_invalid",
        /// 403: the enrollment code was already used.
        EnrollmentCodeUsed = "enrollment_code_used",
        /// 403: the enrollment code expired.
        EnrollmentCodeExpired = "enrollment_code_expired",
        /// 413: a body, chunk, blob or batch over its limit (`limit_bytes` or `limit_items`).
        TooLarge = "too_large",
        /// 400: the body is not the JSON the endpoint expects; the message is the parser's.
        MalformedJson = "malformed_json",
        /// 400: a parameter, header or field value is invalid.
        BadRequest = "bad_request",
        /// 404: no such route or resource.
        NotFound = "not_found",
        /// 405: the route exists but not with this method.
        MethodNotAllowed = "method_not_allowed",
        /// 415: wrong `Content-Type` for a blob chunk.
        UnsupportedMediaType = "unsupported_media_type",
        /// 408: the request body stopped arriving before its end; send the request again.
        RequestTimeout = "request_timeout",
        /// 409: the chunk does not start at the server's offset (`offset` and `Upload-Offset`).
        OffsetMismatch = "offset_mismatch",
        /// 409: the blob exists with a different declared size.
        SizeMismatch = "size_mismatch",
        /// 409: a recipient set whose version is not greater than the one stored
        /// (`current_version`).
        StaleVersion = "stale_version",
        /// 422: the uploaded bytes do not hash to the blob's address; the upload was reset to 0.
        HashMismatch = "hash_mismatch",
        /// 429: too many requests from this device (`retry_after_seconds` and `Retry-After`).
        RateLimited = "rate_limited",
        /// 500: the server failed; retry later.
        Internal = "internal",
        /// 503: the server's storage is unavailable; retry later.
        Unavailable = "unavailable",
    }
}

impl ErrorCode {
    /// The HTTP status the server sends with this code (500 for an unknown one).
    pub fn http_status(&self) -> u16 {
        match self {
            Self::Unauthorized | Self::DeviceRevoked => 401,
            Self::Forbidden
            | Self::EnrollmentCodeInvalid
            | Self::EnrollmentCodeUsed
            | Self::EnrollmentCodeExpired => 403,
            Self::TooLarge => 413,
            Self::MalformedJson | Self::BadRequest => 400,
            Self::NotFound => 404,
            Self::MethodNotAllowed => 405,
            Self::RequestTimeout => 408,
            Self::UnsupportedMediaType => 415,
            Self::OffsetMismatch | Self::SizeMismatch | Self::StaleVersion => 409,
            Self::HashMismatch => 422,
            Self::RateLimited => 429,
            Self::Internal | Self::Other(_) => 500,
            Self::Unavailable => 503,
        }
    }

    /// Whether the same request may succeed later unchanged: the client backs off and retries
    /// these, and shows every other failure to the user instead of retrying blindly.
    /// (`offset_mismatch` and `hash_mismatch` are recovered by re-reading the offset, not by
    /// repeating the request.)
    pub fn is_retryable(&self) -> bool {
        matches!(self, Self::RateLimited | Self::Internal | Self::Unavailable)
    }
}

string_codes! {
    /// Why one submission of a batch was rejected. Rejections are permanent: the same item will
    /// be rejected again.
    pub enum RejectCode {
        /// Bad base64, a signature that is not 64 bytes, or a blob reference that is not a digest.
        Malformed = "malformed",
        /// The signature does not verify with the submitting device's key.
        BadSignature = "bad_signature",
        /// A referenced blob is unknown or not completely uploaded; upload it, then resubmit.
        MissingBlob = "missing_blob",
        /// The id is already stored with different content (or from another device).
        IdConflict = "id_conflict",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_body_has_the_documented_shape() {
        let mut err = ApiError::new(ErrorCode::TooLarge, "too big");
        err.limit_bytes = Some(10);
        let json = serde_json::to_value(err.into_body()).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"error": {"code": "too_large", "message": "too big", "limit_bytes": 10}})
        );
    }

    #[test]
    fn unknown_codes_survive_a_round_trip() {
        let body: ErrorBody =
            serde_json::from_str(r#"{"error":{"code":"brand_new","message":"m","extra":1}}"#)
                .unwrap();
        assert_eq!(body.error.code, ErrorCode::Other("brand_new".into()));
        assert_eq!(body.error.code.http_status(), 500);
        assert_eq!(
            serde_json::to_string(&body.error.code).unwrap(),
            r#""brand_new""#
        );
        assert_eq!(ErrorCode::parse("hash_mismatch"), ErrorCode::HashMismatch);
        assert_eq!(RejectCode::parse("id_conflict"), RejectCode::IdConflict);
    }
}
