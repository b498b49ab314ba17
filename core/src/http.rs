//! The HTTP ground both ends of sync stand on — the device's sync engine and the staff tools —
//! so they cannot drift apart: reqwest over rustls with the ring provider (pure Rust and
//! assembly, no C build system; it cross-compiles for Android and iOS with only the platform
//! compiler, where aws-lc needs CMake and the NDK's clang), public roots or pinned server keys,
//! no redirects (one would carry a token elsewhere), server addresses held to the protocol's
//! rule (https; plain http only to this machine), bounded reads, and a server's text made safe
//! to show. What a failure means is each caller's own business, except a pin mismatch, which
//! [`is_pin_mismatch`] tells apart from a network fault.
//!
//! Public so that the staff side (the wave-staff crate) builds its client here too; the device's
//! own client is `crate::sync::Transport`.
//!
//! A pin is the SHA-256 of the server's public key, its DER SubjectPublicKeyInfo (as in HPKP
//! and the mobile platforms' pinning): a certificate renewed with the same key still matches,
//! and a second pinned key lets the server move to a new key without cutting devices off.
//! The first pin may also be an older enrollment string's SHA-256 of the whole certificate;
//! that matches only that one certificate, as it always did. Accepting both readings costs no
//! security: either way the server must hold the private key of a certificate whose bytes or
//! key hash to the pin, which the handshake signature proves.

use std::sync::Arc;
use std::time::Duration;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::server::ParsedCertificate;
use rustls::{CertificateError, DigitallySignedStruct, OtherError, SignatureScheme};
use wave_protocol::Sha256Hex;
use wave_protocol::enrollment::{EnrollmentStringError, check_server_url};

use crate::error::{Detail, Error, PIN_MISMATCH_DETAIL, Result, detail_text};
use crate::l10n::SOURCE_LANGUAGE;

/// Longest piece of a server's own text quoted in an error.
const MAX_QUOTED_CHARS: usize = 300;

/// How a client trusts its server and how long it waits.
#[derive(Debug, Clone)]
pub struct ClientSettings {
    /// SHA-256 of each public key (DER SubjectPublicKeyInfo) the server may present, the
    /// primary pin first; empty: the certificate must chain to a public root.
    pub pins: Vec<Sha256Hex>,
    /// The whole request, answer included; `None` for no limit (long downloads).
    pub timeout: Option<Duration>,
    pub connect_timeout: Duration,
    /// Longest silence while an answer is read.
    pub read_timeout: Option<Duration>,
}

/// `server` trimmed of a trailing `/`, if it passes the protocol's rule for server addresses.
pub fn server_base(server: &str) -> Result<String> {
    let base = server.trim().trim_end_matches('/');
    check_server_url(base).map_err(|error| {
        Error::InvalidInput(match error {
            // The protocol crate's reason is quoted; the words around it are the catalog's.
            EnrollmentStringError::InvalidServer(reason) => {
                Detail::new("detail-server-address").with("reason", reason)
            }
            other => Detail::quoted(other.to_string()),
        })
    })?;
    Ok(base.to_owned())
}

/// A client as `settings` say; see the module documentation.
pub fn client(settings: &ClientSettings) -> Result<reqwest::Client> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(Arc::clone(&provider))
        .with_safe_default_protocol_versions()
        .map_err(|_| Error::InvalidState("detail-tls-setup"))?;
    let tls = match settings.pins.first() {
        Some(primary) => builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(PinnedKey {
                keys: settings.pins.clone(),
                certificate: *primary,
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
        .map_err(|_| Error::InvalidState("detail-http-client-setup"))
}

/// What went wrong with a request, as a message id of the core's catalog: words a person can
/// act on, chosen in the reader's language when shown (an [`Error::Network`] carrying the id
/// does that). reqwest's own text is not used: it is long and may quote the URL.
pub fn connection_problem_id(error: &reqwest::Error) -> &'static str {
    if is_pin_mismatch(error) {
        PIN_MISMATCH_DETAIL
    } else if error.is_timeout() {
        "detail-server-timeout"
    } else if error.is_connect() {
        "detail-no-connection"
    } else if error.is_body() || error.is_decode() {
        "detail-connection-broke"
    } else {
        "detail-request-failed"
    }
}

/// [`connection_problem_id`]'s words in English, for a caller that writes its own text around
/// them (a log line, an error of its own).
pub fn connection_problem(error: &reqwest::Error) -> String {
    detail_text(SOURCE_LANGUAGE, connection_problem_id(error))
}

/// What a pin mismatch is called wherever it is shown; [`crate::Error::PinMismatch`] says it.
pub(crate) use crate::error::PIN_MISMATCH;

/// Whether the request failed because the server's key matched no pin: not a network fault,
/// and trying again will not help. The refusal comes back from deep in the TLS stack, wrapped
/// in I/O errors whose `source()` skips the error they carry, so each one is opened by hand.
pub fn is_pin_mismatch(error: &(dyn std::error::Error + 'static)) -> bool {
    let mut current = Some(error);
    while let Some(error) = current {
        if let Some(rustls::Error::InvalidCertificate(CertificateError::Other(OtherError(inner)))) =
            error.downcast_ref::<rustls::Error>()
            && inner.downcast_ref::<KeyMismatch>().is_some()
        {
            return true;
        }
        current = match error.downcast_ref::<std::io::Error>() {
            Some(io) => io
                .get_ref()
                .map(|inner| inner as &(dyn std::error::Error + 'static)),
            None => error.source(),
        };
    }
    false
}

/// SHA-256 of `certificate`'s public key (its DER SubjectPublicKeyInfo), the value a pin
/// holds; `None` if the certificate cannot be parsed.
pub fn public_key_pin(certificate: &[u8]) -> Option<Sha256Hex> {
    let certificate = CertificateDer::from(certificate);
    let parsed = ParsedCertificate::try_from(&certificate).ok()?;
    Some(Sha256Hex::digest(parsed.subject_public_key_info().as_ref()))
}

/// Why an answer could not be read whole.
#[derive(Debug)]
pub enum ReadError {
    Connection(reqwest::Error),
    /// Longer than the limit the caller set; reading stopped there.
    TooLarge,
}

/// The whole body of `response`, refusing more than `limit` bytes: a hostile server must not be
/// able to make the client hold an endless answer.
pub async fn read_bounded(
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
pub fn quote_server_text(message: &str, secret: Option<&str>) -> String {
    let mut quoted: String = message.chars().filter(|c| !c.is_control()).collect();
    // Blanked after cleaning (control characters cannot hide it) and before shortening (a cut
    // cannot leave half of it behind).
    if let Some(secret) = secret.filter(|secret| secret.len() >= 8) {
        quoted = quoted.replace(secret, "<token>");
    }
    quoted.chars().take(MAX_QUOTED_CHARS).collect()
}

/// The verifier's refusal, told apart from every other TLS failure by [`is_pin_mismatch`].
#[derive(Debug)]
struct KeyMismatch;

impl std::fmt::Display for KeyMismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{PIN_MISMATCH}")
    }
}

impl std::error::Error for KeyMismatch {}

/// Accepts a server whose certificate carries one of the pinned public keys (or is the one
/// certificate an older pin named), and checks the handshake signatures with that key, which
/// proves the server holds it. Names and dates are not checked: the pin is the trust.
#[derive(Debug)]
struct PinnedKey {
    /// SHA-256 of each accepted DER SubjectPublicKeyInfo.
    keys: Vec<Sha256Hex>,
    /// The primary pin read the way enrollment strings once meant it: SHA-256 of the whole
    /// DER certificate. Backup pins never had that meaning.
    certificate: Sha256Hex,
    provider: Arc<rustls::crypto::CryptoProvider>,
}

impl PinnedKey {
    fn accepts(&self, end_entity: &CertificateDer<'_>) -> bool {
        let key_matches =
            public_key_pin(end_entity.as_ref()).is_some_and(|key| self.keys.contains(&key));
        key_matches || Sha256Hex::digest(end_entity.as_ref()) == self.certificate
    }
}

impl ServerCertVerifier for PinnedKey {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> std::result::Result<ServerCertVerified, rustls::Error> {
        if self.accepts(end_entity) {
            Ok(ServerCertVerified::assertion())
        } else {
            Err(rustls::Error::InvalidCertificate(CertificateError::Other(
                OtherError(Arc::new(KeyMismatch)),
            )))
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

    /// A self-signed certificate for `name` on `key`; each call is a new certificate (new
    /// serial number and dates), as a renewal would be.
    fn certificate(key: &rcgen::KeyPair, name: &str) -> CertificateDer<'static> {
        let mut params = rcgen::CertificateParams::new(vec![name.to_owned()]).unwrap();
        params.serial_number = Some(rcgen::SerialNumber::from_slice(&random_serial()));
        params.self_signed(key).unwrap().der().clone()
    }

    fn random_serial() -> [u8; 16] {
        let mut serial = crate::crypto::random_bytes::<16>();
        serial[0] &= 0x7f;
        serial
    }

    fn key_pin(key: &rcgen::KeyPair) -> Sha256Hex {
        Sha256Hex::digest(&rcgen::PublicKeyData::subject_public_key_info(key))
    }

    fn verifier(pins: Vec<Sha256Hex>) -> PinnedKey {
        PinnedKey {
            certificate: pins[0],
            keys: pins,
            provider: Arc::new(rustls::crypto::ring::default_provider()),
        }
    }

    fn check(verifier: &PinnedKey, certificate: &CertificateDer<'_>) -> bool {
        let name = ServerName::try_from("sync.ngo.example").unwrap();
        verifier
            .verify_server_cert(certificate, &[], &name, &[], UnixTime::now())
            .is_ok()
    }

    #[test]
    fn the_pin_is_the_public_key_and_survives_renewal() {
        let key = rcgen::KeyPair::generate().unwrap();
        let first = certificate(&key, "sync.ngo.example");
        let renewed = certificate(&key, "sync.ngo.example");
        assert_ne!(first, renewed);
        assert_eq!(public_key_pin(&first), Some(key_pin(&key)));
        assert_eq!(public_key_pin(&renewed), Some(key_pin(&key)));
        let pinned = verifier(vec![key_pin(&key)]);
        assert!(check(&pinned, &first));
        assert!(check(&pinned, &renewed));
        let other = rcgen::KeyPair::generate().unwrap();
        assert!(!check(&pinned, &certificate(&other, "sync.ngo.example")));
        assert_eq!(public_key_pin(b"not a certificate"), None);
        assert!(!check(
            &pinned,
            &CertificateDer::from(vec![0x30, 0x03, 1, 2, 3])
        ));
    }

    #[test]
    fn a_backup_pin_lets_the_server_move_to_its_backup_key() {
        let current = rcgen::KeyPair::generate().unwrap();
        let backup = rcgen::KeyPair::generate().unwrap();
        let pinned = verifier(vec![key_pin(&current), key_pin(&backup)]);
        assert!(check(&pinned, &certificate(&current, "sync.ngo.example")));
        assert!(check(&pinned, &certificate(&backup, "sync.ngo.example")));
        let stranger = rcgen::KeyPair::generate().unwrap();
        assert!(!check(&pinned, &certificate(&stranger, "sync.ngo.example")));
    }

    #[test]
    fn an_older_certificate_pin_still_matches_its_certificate_and_only_it() {
        let key = rcgen::KeyPair::generate().unwrap();
        let issued = certificate(&key, "sync.ngo.example");
        let pinned = verifier(vec![Sha256Hex::digest(issued.as_ref())]);
        assert!(check(&pinned, &issued));
        // That pin named one certificate: a renewal does not match it.
        assert!(!check(&pinned, &certificate(&key, "sync.ngo.example")));
        // A backup pin is a key pin only.
        let current = rcgen::KeyPair::generate().unwrap();
        let pinned = verifier(vec![key_pin(&current), Sha256Hex::digest(issued.as_ref())]);
        assert!(!check(&pinned, &issued));
    }

    #[test]
    fn a_refused_key_is_recognised_through_the_layers_that_wrap_it() {
        let key = rcgen::KeyPair::generate().unwrap();
        let pinned = verifier(vec![Sha256Hex::digest(b"another key")]);
        let name = ServerName::try_from("sync.ngo.example").unwrap();
        let refusal = pinned
            .verify_server_cert(
                &certificate(&key, "sync.ngo.example"),
                &[],
                &name,
                &[],
                UnixTime::now(),
            )
            .unwrap_err();
        assert!(is_pin_mismatch(&refusal));
        // As the TLS stream reports it, inside an I/O error inside another.
        let wrapped = std::io::Error::new(std::io::ErrorKind::InvalidData, refusal);
        let outer = std::io::Error::other(wrapped);
        assert!(is_pin_mismatch(&outer));
        let unrelated = rustls::Error::InvalidCertificate(CertificateError::Expired);
        assert!(!is_pin_mismatch(&std::io::Error::other(unrelated)));
        assert!(!is_pin_mismatch(&std::io::Error::from(
            std::io::ErrorKind::ConnectionRefused
        )));
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
        // The protocol's reason is quoted inside the catalog's words.
        let refused = server_base("ftp://x").unwrap_err();
        assert_eq!(
            refused.to_string(),
            "invalid input: invalid server address: must start with https://"
        );
        let russian = refused.message("ru");
        assert!(
            russian.ends_with("неправильный адрес сервера: must start with https://"),
            "{russian}"
        );
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
