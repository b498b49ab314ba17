//! The device's requests to the NGO server, on the shared client of [`crate::http`] (with the
//! key pins from the enrollment code), every response sorted into retryable, too large, a pin
//! mismatch, or a permanent refusal. A hostile or broken server gets bounded reads and strict parsing: it
//! can fail a sync, never corrupt it.

use std::sync::Arc;
use std::time::Duration;

use reqwest::StatusCode;
use serde::Serialize;
use serde::de::DeserializeOwned;
use wave_protocol::{ErrorBody, ErrorCode, Sha256Hex, http};
use zeroize::Zeroizing;

use super::failure::{NetworkProblem, SyncFailure};
use crate::http::{ClientSettings, ReadError, quote_server_text, read_bounded};

/// Responses larger than this are refused: no answer the client expects comes near it.
const MAX_RESPONSE_BYTES: usize = 4 * 1024 * 1024;

/// How a request failed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum TransportError {
    /// Worth retrying later: no connection, a timeout, a 5xx, a 429, a garbled answer.
    #[error("{reason}")]
    Retryable {
        reason: NetworkProblem,
        retry_after: Option<Duration>,
    },
    /// The body was over the server's limit.
    #[error("the server's limit is {limit:?} bytes")]
    TooLarge { limit: Option<u64> },
    /// The server's TLS key matched no pin; trying again will not help.
    #[error("{}", crate::http::PIN_MISMATCH)]
    PinMismatch,
    /// The server refused; the same request will be refused again.
    #[error("{message} ({code})")]
    Refused {
        code: String,
        message: String,
        offset: Option<u64>,
    },
}

impl From<TransportError> for SyncFailure {
    fn from(error: TransportError) -> Self {
        match error {
            TransportError::Retryable { reason, .. } => SyncFailure::Network { problem: reason },
            TransportError::TooLarge { limit } => SyncFailure::TooLarge { limit },
            TransportError::PinMismatch => SyncFailure::PinMismatch,
            TransportError::Refused { code, message, .. } => SyncFailure::Refused { code, message },
        }
    }
}

impl From<TransportError> for crate::Error {
    fn from(error: TransportError) -> Self {
        match error {
            TransportError::Retryable { reason, .. } => crate::Error::Network(reason.to_string()),
            // The error type has no kind for it; its words come from the catalog all the same.
            TransportError::TooLarge { limit } => crate::Error::Server {
                code: "too_large".into(),
                message: SyncFailure::TooLarge { limit }.to_string(),
            },
            TransportError::PinMismatch => crate::Error::PinMismatch,
            TransportError::Refused { code, message, .. } => crate::Error::Server { code, message },
        }
    }
}

/// A connection to one server, with or without a device token.
#[derive(Clone)]
pub struct Transport {
    client: reqwest::Client,
    base: String,
    token: Option<Arc<Zeroizing<String>>>,
}

impl std::fmt::Debug for Transport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Transport")
            .field("base", &self.base)
            .finish_non_exhaustive()
    }
}

impl Transport {
    /// A client for `server` (an `http://` or `https://` base URL). With `pin`, the server's
    /// public key must hash to it (see [`Transport::pinned`]); without, its certificate must
    /// chain to a public root.
    pub fn new(
        server: &str,
        pin: Option<Sha256Hex>,
        timeout: Duration,
    ) -> crate::Result<Transport> {
        Transport::pinned(server, pin.as_slice(), timeout)
    }

    /// A client for `server` that accepts only a TLS key whose SHA-256 (of the DER
    /// SubjectPublicKeyInfo) is one of `pins`, the primary pin first (which may also be an older
    /// enrollment string's whole-certificate hash); with no pins, public roots.
    pub fn pinned(server: &str, pins: &[Sha256Hex], timeout: Duration) -> crate::Result<Transport> {
        let base = crate::http::server_base(server)?;
        let client = crate::http::client(&ClientSettings {
            pins: pins.to_vec(),
            timeout: Some(timeout),
            connect_timeout: timeout.min(Duration::from_secs(15)),
            read_timeout: None,
        })?;
        Ok(Transport {
            client,
            base,
            token: None,
        })
    }

    pub fn with_token(mut self, token: &str) -> Transport {
        self.token = Some(Arc::new(Zeroizing::new(token.to_owned())));
        self
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    fn request(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        let builder = self.client.request(method, format!("{}{path}", self.base));
        match &self.token {
            Some(token) => builder.header(http::AUTHORIZATION, http::bearer(token)),
            None => builder,
        }
    }

    /// POSTs JSON and parses the JSON answer.
    pub async fn post_json<B: Serialize, R: DeserializeOwned>(
        &self,
        path: &str,
        body: &B,
    ) -> Result<R, TransportError> {
        let bytes = serde_json::to_vec(body).map_err(|error| TransportError::Refused {
            code: "client".into(),
            message: error.to_string(),
            offset: None,
        })?;
        let response = self
            .request(reqwest::Method::POST, path)
            .header(reqwest::header::CONTENT_TYPE, http::CONTENT_TYPE_JSON)
            .body(bytes)
            .send()
            .await
            .map_err(connection_error)?;
        parse_json(response).await
    }

    /// GETs a JSON answer.
    pub async fn get_json<R: DeserializeOwned>(&self, path: &str) -> Result<R, TransportError> {
        let response = self
            .request(reqwest::Method::GET, path)
            .send()
            .await
            .map_err(connection_error)?;
        parse_json(response).await
    }

    /// PATCHes a chunk of a blob at `offset`; returns the server's new offset.
    pub async fn patch_blob(
        &self,
        sha256: &Sha256Hex,
        offset: u64,
        chunk: Vec<u8>,
    ) -> Result<u64, TransportError> {
        let response = self
            .request(reqwest::Method::PATCH, &http::blob_path(sha256))
            .header(
                reqwest::header::CONTENT_TYPE,
                http::CONTENT_TYPE_OFFSET_OCTET_STREAM,
            )
            .header(http::UPLOAD_OFFSET, offset.to_string())
            .body(chunk)
            .send()
            .await
            .map_err(connection_error)?;
        if response.status().is_success() {
            return upload_offset(&response).ok_or(TransportError::Retryable {
                reason: NetworkProblem::NoUploadOffset,
                retry_after: None,
            });
        }
        Err(error_from(response).await)
    }
}

fn upload_offset(response: &reqwest::Response) -> Option<u64> {
    response
        .headers()
        .get(http::UPLOAD_OFFSET)?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()
}

fn connection_error(error: reqwest::Error) -> TransportError {
    if crate::http::is_pin_mismatch(&error) {
        return TransportError::PinMismatch;
    }
    // The same sorting as [`crate::http::connection_problem`], kept as a kind.
    let reason = if error.is_timeout() {
        NetworkProblem::Timeout
    } else if error.is_connect() {
        NetworkProblem::NoConnection
    } else if error.is_body() || error.is_decode() {
        NetworkProblem::AnswerBroken
    } else {
        NetworkProblem::RequestFailed
    };
    TransportError::Retryable {
        reason,
        retry_after: None,
    }
}

async fn read_answer(response: reqwest::Response) -> Result<Vec<u8>, TransportError> {
    read_bounded(response, MAX_RESPONSE_BYTES)
        .await
        .map_err(|error| match error {
            ReadError::Connection(error) => connection_error(error),
            ReadError::TooLarge => TransportError::Retryable {
                reason: NetworkProblem::AnswerTooLarge,
                retry_after: None,
            },
        })
}

async fn parse_json<R: DeserializeOwned>(response: reqwest::Response) -> Result<R, TransportError> {
    if !response.status().is_success() {
        return Err(error_from(response).await);
    }
    let body = read_answer(response).await?;
    serde_json::from_slice(&body).map_err(|_| TransportError::Retryable {
        reason: NetworkProblem::AnswerUnreadable,
        retry_after: None,
    })
}

/// Sorts a failed response by what the client should do about it.
async fn error_from(response: reqwest::Response) -> TransportError {
    let status = response.status();
    let retry_after = response
        .headers()
        .get(http::RETRY_AFTER)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.trim().parse::<u64>().ok())
        .map(|seconds| Duration::from_secs(seconds.min(3600)));
    let header_offset = upload_offset(&response);
    let body = read_answer(response).await.unwrap_or_default();
    let parsed = serde_json::from_slice::<ErrorBody>(&body)
        .ok()
        .map(|body| body.error);
    let message = parsed
        .as_ref()
        .map(|error| quote_server_text(&error.message, None))
        .unwrap_or_else(|| format!("HTTP {}", status.as_u16()));
    if status == StatusCode::PAYLOAD_TOO_LARGE {
        return TransportError::TooLarge {
            limit: parsed.as_ref().and_then(|error| error.limit_bytes),
        };
    }
    if status == StatusCode::TOO_MANY_REQUESTS
        || status.is_server_error()
        || status == StatusCode::REQUEST_TIMEOUT
    {
        let retry_after = retry_after.or_else(|| {
            parsed
                .as_ref()
                .and_then(|error| error.retry_after_seconds)
                .map(|s| Duration::from_secs(s.min(3600)))
        });
        return TransportError::Retryable {
            reason: NetworkProblem::Busy { message },
            retry_after,
        };
    }
    let code = parsed
        .as_ref()
        .map(|error| error.code.clone())
        .unwrap_or(ErrorCode::Other(format!("http_{}", status.as_u16())));
    TransportError::Refused {
        code: code.to_string(),
        message,
        offset: parsed
            .as_ref()
            .and_then(|error| error.offset)
            .or(header_offset),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_addresses_are_accepted() {
        assert!(Transport::new("ftp://x", None, Duration::from_secs(1)).is_err());
        assert!(Transport::new("http://127.0.0.1:9", None, Duration::from_secs(1)).is_ok());
        // Plain http would show the device token to the network.
        assert!(Transport::new("http://ngo.example", None, Duration::from_secs(1)).is_err());
    }
}
