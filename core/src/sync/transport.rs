//! HTTP to the NGO server: reqwest over rustls with the ring provider (pure Rust and assembly,
//! no C build system; it cross-compiles for Android and iOS with only the platform compiler,
//! where aws-lc needs CMake and the NDK's clang), an optional certificate pin from the enrollment
//! code, and every response sorted into retryable, too large, or a permanent refusal. A hostile
//! or broken server gets bounded reads and strict parsing: it can fail a sync, never corrupt it.

use std::sync::Arc;
use std::time::Duration;

use reqwest::StatusCode;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, SignatureScheme};
use serde::Serialize;
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};
use wave_protocol::{ErrorBody, ErrorCode, Sha256Hex, http};
use zeroize::Zeroizing;

/// Responses larger than this are refused: no answer the client expects comes near it.
const MAX_RESPONSE_BYTES: usize = 4 * 1024 * 1024;

/// How a request failed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum TransportError {
    /// Worth retrying later: no connection, a timeout, a 5xx, a 429, a garbled answer.
    #[error("{reason}")]
    Retryable {
        reason: String,
        retry_after: Option<Duration>,
    },
    /// The body was over the server's limit.
    #[error("the server's limit is {limit:?} bytes")]
    TooLarge { limit: Option<u64> },
    /// The server refused; the same request will be refused again.
    #[error("{message} ({code})")]
    Refused {
        code: String,
        message: String,
        offset: Option<u64>,
    },
}

impl From<TransportError> for crate::Error {
    fn from(error: TransportError) -> Self {
        match error {
            TransportError::Retryable { reason, .. } => crate::Error::Network(reason),
            TransportError::TooLarge { limit } => crate::Error::Server {
                code: "too_large".into(),
                message: match limit {
                    Some(limit) => {
                        format!("the request is over the server's limit of {limit} bytes")
                    }
                    None => "the request is over the server's limit".into(),
                },
            },
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
    /// certificate must hash to it (SHA-256 of the DER); without, it must chain to a public root.
    pub fn new(
        server: &str,
        pin: Option<Sha256Hex>,
        timeout: Duration,
    ) -> crate::Result<Transport> {
        let base = server.trim_end_matches('/').to_owned();
        if !(base.starts_with("http://") || base.starts_with("https://")) {
            return Err(crate::Error::InvalidInput(format!(
                "not an http(s) server address: {base:?}"
            )));
        }
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let builder = rustls::ClientConfig::builder_with_provider(Arc::clone(&provider))
            .with_safe_default_protocol_versions()
            .map_err(|_| crate::Error::InvalidState("TLS could not be set up"))?;
        let tls = match pin {
            Some(pin) => builder
                .dangerous()
                .with_custom_certificate_verifier(Arc::new(PinnedCertificate { pin, provider }))
                .with_no_client_auth(),
            None => {
                let roots = rustls::RootCertStore {
                    roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
                };
                builder.with_root_certificates(roots).with_no_client_auth()
            }
        };
        let client = reqwest::Client::builder()
            .use_preconfigured_tls(tls)
            .timeout(timeout)
            .connect_timeout(timeout.min(Duration::from_secs(15)))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|_| crate::Error::InvalidState("the HTTP client could not be set up"))?;
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
            return upload_offset(&response).ok_or_else(|| TransportError::Retryable {
                reason: "the server's answer had no upload offset".into(),
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
    let reason = if error.is_timeout() {
        "the server did not answer in time".to_owned()
    } else if error.is_connect() {
        "no connection to the server".to_owned()
    } else {
        "the connection to the server failed".to_owned()
    };
    TransportError::Retryable {
        reason,
        retry_after: None,
    }
}

async fn read_bounded(mut response: reqwest::Response) -> Result<Vec<u8>, TransportError> {
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(connection_error)? {
        if body.len() + chunk.len() > MAX_RESPONSE_BYTES {
            return Err(TransportError::Retryable {
                reason: "the server's answer was too large".into(),
                retry_after: None,
            });
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

async fn parse_json<R: DeserializeOwned>(response: reqwest::Response) -> Result<R, TransportError> {
    if !response.status().is_success() {
        return Err(error_from(response).await);
    }
    let body = read_bounded(response).await?;
    serde_json::from_slice(&body).map_err(|_| TransportError::Retryable {
        reason: "the server's answer could not be read".into(),
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
    let body = read_bounded(response).await.unwrap_or_default();
    let parsed = serde_json::from_slice::<ErrorBody>(&body)
        .ok()
        .map(|body| body.error);
    let message = parsed
        .as_ref()
        .map(|error| error.message.chars().take(300).collect::<String>())
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
            reason: format!("the server is busy or failing: {message}"),
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

/// Accepts exactly the certificate whose SHA-256 was given in the enrollment code, and checks
/// the handshake signatures with it.
#[derive(Debug)]
struct PinnedCertificate {
    pin: Sha256Hex,
    provider: Arc<rustls::crypto::CryptoProvider>,
}

impl ServerCertVerifier for PinnedCertificate {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let digest: [u8; 32] = Sha256::digest(end_entity.as_ref()).into();
        if digest == self.pin.to_bytes() {
            Ok(ServerCertVerified::assertion())
        } else {
            Err(rustls::Error::General(
                "the server certificate does not match the pinned one".into(),
            ))
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pin_accepts_only_its_certificate() {
        let certificate = CertificateDer::from(vec![1u8, 2, 3, 4]);
        let pin = Sha256Hex::digest(certificate.as_ref());
        let verifier = PinnedCertificate {
            pin,
            provider: Arc::new(rustls::crypto::ring::default_provider()),
        };
        let name = ServerName::try_from("example.org").unwrap();
        assert!(
            verifier
                .verify_server_cert(&certificate, &[], &name, &[], UnixTime::now())
                .is_ok()
        );
        let other = CertificateDer::from(vec![9u8; 4]);
        assert!(
            verifier
                .verify_server_cert(&other, &[], &name, &[], UnixTime::now())
                .is_err()
        );
    }

    #[test]
    fn only_http_addresses_are_accepted() {
        assert!(Transport::new("ftp://x", None, Duration::from_secs(1)).is_err());
        assert!(Transport::new("http://127.0.0.1:9", None, Duration::from_secs(1)).is_ok());
    }
}
