//! The HTTP ground both ends of sync stand on — the device's sync engine and the staff tools —
//! so they cannot drift apart: reqwest over rustls with the ring provider (pure Rust and
//! assembly, no C build system; it cross-compiles for Android and iOS with only the platform
//! compiler, where aws-lc needs CMake and the NDK's clang), public roots or a certificate pinned
//! by its SHA-256, no redirects (one would carry a token elsewhere), server addresses held to the
//! protocol's rule (https; plain http only to this machine), bounded reads, and a server's text
//! made safe to show. What a failure means is each caller's own business.

use std::sync::Arc;
use std::time::Duration;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, SignatureScheme};
use sha2::{Digest, Sha256};
use wave_protocol::Sha256Hex;
use wave_protocol::enrollment::check_server_url;

use crate::error::{Error, Result};

/// Longest piece of a server's own text quoted in an error.
const MAX_QUOTED_CHARS: usize = 300;

/// How a client trusts its server and how long it waits.
#[derive(Debug, Clone)]
pub(crate) struct ClientSettings {
    /// The server certificate's SHA-256 (DER); without one it must chain to a public root.
    pub pin: Option<Sha256Hex>,
    /// The whole request, answer included; `None` for no limit (long downloads).
    pub timeout: Option<Duration>,
    pub connect_timeout: Duration,
    /// Longest silence while an answer is read.
    pub read_timeout: Option<Duration>,
}

/// `server` trimmed of a trailing `/`, if it passes the protocol's rule for server addresses.
pub(crate) fn server_base(server: &str) -> Result<String> {
    let base = server.trim().trim_end_matches('/');
    check_server_url(base).map_err(|error| Error::InvalidInput(error.to_string()))?;
    Ok(base.to_owned())
}

/// A client as `settings` say; see the module documentation.
pub(crate) fn client(settings: &ClientSettings) -> Result<reqwest::Client> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(Arc::clone(&provider))
        .with_safe_default_protocol_versions()
        .map_err(|_| Error::InvalidState("TLS could not be set up"))?;
    let tls = match &settings.pin {
        Some(pin) => builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(PinnedCertificate {
                pin: *pin,
                provider,
            }))
            .with_no_client_auth(),
        None => {
            let roots = rustls::RootCertStore {
                roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
            };
            builder.with_root_certificates(roots).with_no_client_auth()
        }
    };
    let mut client = reqwest::Client::builder()
        .tls_backend_preconfigured(tls)
        .connect_timeout(settings.connect_timeout)
        .redirect(reqwest::redirect::Policy::none());
    if let Some(timeout) = settings.timeout {
        client = client.timeout(timeout);
    }
    if let Some(timeout) = settings.read_timeout {
        client = client.read_timeout(timeout);
    }
    client
        .build()
        .map_err(|_| Error::InvalidState("the HTTP client could not be set up"))
}

/// What went wrong with a request, in words a person can act on. reqwest's own text is not
/// used: it is long and may quote the URL.
pub(crate) fn connection_problem(error: &reqwest::Error) -> &'static str {
    if error.is_timeout() {
        "the server did not answer in time"
    } else if error.is_connect() {
        "no connection to the server"
    } else if error.is_body() || error.is_decode() {
        "the connection broke while the server's answer was read"
    } else {
        "the request to the server failed"
    }
}

/// Why an answer could not be read whole.
#[derive(Debug)]
pub(crate) enum ReadError {
    Connection(reqwest::Error),
    /// Longer than the limit the caller set; reading stopped there.
    TooLarge,
}

/// The whole body of `response`, refusing more than `limit` bytes: a hostile server must not be
/// able to make the client hold an endless answer.
pub(crate) async fn read_bounded(
    mut response: reqwest::Response,
    limit: usize,
) -> std::result::Result<Vec<u8>, ReadError> {
    if response
        .content_length()
        .is_some_and(|length| length > limit as u64)
    {
        return Err(ReadError::TooLarge);
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(ReadError::Connection)? {
        if body.len() + chunk.len() > limit {
            return Err(ReadError::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// A server's message as it may be shown: no control characters (a hostile server could
/// rewrite a terminal line), at most 300 characters, and `secret` blanked should a broken
/// server echo it.
pub(crate) fn quote_server_text(message: &str, secret: Option<&str>) -> String {
    let mut quoted: String = message.chars().filter(|c| !c.is_control()).collect();
    // Blanked after cleaning (control characters cannot hide it) and before shortening (a cut
    // cannot leave half of it behind).
    if let Some(secret) = secret.filter(|secret| secret.len() >= 8) {
        quoted = quoted.replace(secret, "<token>");
    }
    quoted.chars().take(MAX_QUOTED_CHARS).collect()
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
    ) -> std::result::Result<ServerCertVerified, rustls::Error> {
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
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
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
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
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
    fn server_addresses_follow_the_protocol_rule() {
        for good in [
            "https://ngo.example",
            "https://ngo.example:8443/sync/",
            "http://127.0.0.1:9",
            "http://[::1]:8080",
            "http://localhost:8080",
        ] {
            assert!(server_base(good).is_ok(), "{good}");
        }
        assert_eq!(
            server_base(" http://127.0.0.1:9/ ").unwrap(),
            "http://127.0.0.1:9"
        );
        for bad in [
            "ftp://x",
            "https://",
            "http://ngo.example",
            "http://127.0.0.1.example.org",
            "https://user:pass@ngo.example",
            "https://ngo.example/?q=1",
        ] {
            assert!(server_base(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn server_text_is_shortened_cleaned_and_never_shows_the_secret() {
        let secret = "c2VjcmV0LXN0YWZmLXRva2Vu";
        let quoted = quote_server_text(
            &format!("bad token {secret}\x1b[2K\r\n{}", "x".repeat(1000)),
            Some(secret),
        );
        assert!(!quoted.contains(secret));
        assert!(quoted.contains("<token>"));
        assert!(!quoted.chars().any(char::is_control));
        assert_eq!(quoted.chars().count(), MAX_QUOTED_CHARS);
        // A secret straddling the cut is blanked, not halved.
        let straddling = format!("{}{secret}", "y".repeat(MAX_QUOTED_CHARS - 5));
        assert!(!quote_server_text(&straddling, Some(secret)).contains(&secret[..5]));
        let hidden = format!("{}\u{7}{}", &secret[..4], &secret[4..]);
        assert!(!quote_server_text(&hidden, Some(secret)).contains(&secret[..5]));
    }
}
