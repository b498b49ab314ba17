//! How the server reaches PostgreSQL: in the clear on a link the operator trusts (a database on
//! the same machine, the default as before), or over TLS whose certificate is always verified —
//! against the CA file the operator names, or else the public roots. There is no TLS that
//! encrypts without knowing who answers: someone between the server and its database could
//! otherwise drop or alter what devices were told is stored.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;
use tokio_postgres::config::SslMode;
use tokio_postgres_rustls::MakeRustlsConnect;

/// What a connection string and a CA file ask for.
pub enum DatabaseTls {
    /// No TLS: `sslmode=disable`, or no `sslmode` and no CA file.
    Off,
    /// TLS, the certificate checked against the roots and the host name.
    Verified(MakeRustlsConnect),
}

/// Why the TLS settings for the database cannot be used. Names files, never their contents.
#[derive(Debug, thiserror::Error)]
pub enum DatabaseTlsError {
    #[error("cannot read the database CA file {}: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the database CA file {} holds no readable PEM certificate", path.display())]
    NoCertificate { path: PathBuf },
    #[error(
        "a database CA file ({}) was given, but the connection string says sslmode=disable",
        path.display()
    )]
    CaWithoutTls { path: PathBuf },
    #[error("TLS to the database cannot be set up: {0}")]
    Config(String),
}

/// The TLS `config` and `ca` ask for. A CA file means the database is reached over TLS only:
/// `sslmode` is raised to `require`, so a server that offers no TLS is refused rather than
/// spoken to in the clear. `sslmode=require` without a CA file checks against the public roots.
pub fn database_tls(
    config: &mut tokio_postgres::Config,
    ca: Option<&Path>,
) -> Result<DatabaseTls, DatabaseTlsError> {
    let roots = match (config.get_ssl_mode(), ca) {
        (SslMode::Disable, Some(path)) => {
            return Err(DatabaseTlsError::CaWithoutTls { path: path.into() });
        }
        (SslMode::Disable | SslMode::Prefer, None) => return Ok(DatabaseTls::Off),
        (_, Some(path)) => {
            config.ssl_mode(SslMode::Require);
            roots_from_file(path)?
        }
        (_, None) => rustls::RootCertStore {
            roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
        },
    };
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let client = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| DatabaseTlsError::Config(e.to_string()))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(DatabaseTls::Verified(MakeRustlsConnect::new(client)))
}

fn roots_from_file(path: &Path) -> Result<rustls::RootCertStore, DatabaseTlsError> {
    let pem = std::fs::read(path).map_err(|source| DatabaseTlsError::Read {
        path: path.into(),
        source,
    })?;
    let no_certificate = || DatabaseTlsError::NoCertificate { path: path.into() };
    let mut roots = rustls::RootCertStore::empty();
    for certificate in CertificateDer::pem_slice_iter(&pem) {
        roots
            .add(certificate.map_err(|_| no_certificate())?)
            .map_err(|_| no_certificate())?;
    }
    if roots.is_empty() {
        return Err(no_certificate());
    }
    Ok(roots)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn config(url: &str) -> tokio_postgres::Config {
        tokio_postgres::Config::from_str(url).unwrap()
    }

    fn ca_file(dir: &Path) -> PathBuf {
        let key = rcgen::KeyPair::generate().unwrap();
        let mut params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
        params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
        let path = dir.join("ca.crt");
        std::fs::write(&path, params.self_signed(&key).unwrap().pem()).unwrap();
        path
    }

    #[test]
    fn plain_unless_asked_and_a_ca_file_means_tls_only() {
        let dir = tempfile::tempdir().unwrap();
        let ca = ca_file(dir.path());
        let url = "postgres://wave@127.0.0.1:5432/wave";
        for plain in [url.to_owned(), format!("{url}?sslmode=disable")] {
            assert!(matches!(
                database_tls(&mut config(&plain), None),
                Ok(DatabaseTls::Off)
            ));
        }
        let mut raised = config(url);
        assert!(matches!(
            database_tls(&mut raised, Some(&ca)),
            Ok(DatabaseTls::Verified(_))
        ));
        assert_eq!(raised.get_ssl_mode(), SslMode::Require);
        assert!(matches!(
            database_tls(&mut config(&format!("{url}?sslmode=require")), None),
            Ok(DatabaseTls::Verified(_))
        ));
        assert!(matches!(
            database_tls(&mut config(&format!("{url}?sslmode=disable")), Some(&ca)),
            Err(DatabaseTlsError::CaWithoutTls { .. })
        ));
    }

    #[test]
    fn a_ca_file_that_is_missing_or_holds_no_certificate_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("missing.crt");
        let error = database_tls(&mut config("postgres://h/db"), Some(&missing))
            .err()
            .unwrap();
        assert!(matches!(error, DatabaseTlsError::Read { .. }));
        assert!(error.to_string().contains("missing.crt"), "{error}");
        let key = dir.path().join("key.pem");
        std::fs::write(&key, rcgen::KeyPair::generate().unwrap().serialize_pem()).unwrap();
        let error = database_tls(&mut config("postgres://h/db"), Some(&key))
            .err()
            .unwrap();
        assert!(matches!(error, DatabaseTlsError::NoCertificate { .. }));
        assert!(!error.to_string().contains("PRIVATE"), "{error}");
    }
}
