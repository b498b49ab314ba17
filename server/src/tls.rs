//! TLS in the server itself (optional): the certificate chain and private key from PEM files,
//! served with rustls and its ring provider, and reloaded in place so a renewed certificate
//! needs no restart and no dropped connection.

use rustls::ServerConfig;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, PoisonError, RwLock};
use tokio_rustls::TlsAcceptor;
use zeroize::Zeroizing;

/// Why a certificate or key could not be used. Never holds key material.
#[derive(Debug, thiserror::Error)]
pub enum TlsError {
    /// The file could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// The certificate file holds no PEM certificate, or a damaged one.
    #[error("{} holds no readable PEM certificate chain", path.display())]
    Certificate {
        /// The file.
        path: PathBuf,
    },
    /// The key file holds no PEM private key, or a damaged one.
    #[error("{} holds no readable PEM private key (PKCS#8, PKCS#1 or SEC1)", path.display())]
    Key {
        /// The file.
        path: PathBuf,
    },
    /// rustls refused the pair (an unsupported key type, or a key that is not the certificate's).
    #[error("the certificate and key cannot be served: {0}")]
    Config(#[from] rustls::Error),
}

/// The certificate and key files, and the configuration last loaded from them.
pub struct TlsFiles {
    cert: PathBuf,
    key: PathBuf,
    current: RwLock<Arc<ServerConfig>>,
}

impl TlsFiles {
    /// Loads the chain (leaf first) from `cert` and the private key from `key`.
    pub fn load(cert: &Path, key: &Path) -> Result<Self, TlsError> {
        let config = load_config(cert, key)?;
        Ok(Self {
            cert: cert.to_owned(),
            key: key.to_owned(),
            current: RwLock::new(Arc::new(config)),
        })
    }

    /// Reads both files again; new handshakes use them from now on, connections already open
    /// keep theirs. On failure the certificate served so far stays in use.
    pub fn reload(&self) -> Result<(), TlsError> {
        let config = Arc::new(load_config(&self.cert, &self.key)?);
        // A poisoned lock only means a reader panicked; the value it guards is a whole `Arc`.
        *self.current.write().unwrap_or_else(PoisonError::into_inner) = config;
        Ok(())
    }

    /// An acceptor with the configuration current now.
    pub fn acceptor(&self) -> TlsAcceptor {
        let config = self
            .current
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        TlsAcceptor::from(config)
    }
}

fn read(path: &Path) -> Result<Zeroizing<Vec<u8>>, TlsError> {
    std::fs::read(path)
        .map(Zeroizing::new)
        .map_err(|source| TlsError::Read {
            path: path.to_owned(),
            source,
        })
}

fn load_config(cert_path: &Path, key_path: &Path) -> Result<ServerConfig, TlsError> {
    let certificate = || TlsError::Certificate {
        path: cert_path.to_owned(),
    };
    let pem = read(cert_path)?;
    let chain = CertificateDer::pem_slice_iter(&pem)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|_| certificate())?;
    if chain.is_empty() {
        return Err(certificate());
    }
    warn_if_shared(key_path);
    let pem = read(key_path)?;
    let key = PrivateKeyDer::from_pem_slice(&pem).map_err(|_| TlsError::Key {
        path: key_path.to_owned(),
    })?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .with_no_client_auth()
        .with_single_cert(chain, key)?;
    // Only HTTP/1.1 is spoken; saying so lets clients skip an HTTP/2 attempt.
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(config)
}

/// A private key other users may read is worth a line in the log, not a refusal: the operator
/// may have reasons (a group the server runs in) that this process cannot see.
fn warn_if_shared(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(meta) = std::fs::metadata(path)
            && meta.permissions().mode() & 0o077 != 0
        {
            tracing::warn!(
                path = %path.display(),
                "the TLS private key file is readable by other users; chmod 600 it"
            );
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair(dir: &Path, name: &str) -> (PathBuf, PathBuf, Vec<u8>) {
        let issued = rcgen::generate_simple_self_signed(vec!["localhost".to_owned()]).unwrap();
        let cert = dir.join(format!("{name}.crt"));
        let key = dir.join(format!("{name}.key"));
        std::fs::write(&cert, issued.cert.pem()).unwrap();
        std::fs::write(&key, issued.signing_key.serialize_pem()).unwrap();
        (cert, key, issued.cert.der().to_vec())
    }

    #[test]
    fn loads_reloads_and_keeps_the_old_pair_on_failure() {
        let dir = tempfile::tempdir().unwrap();
        let (cert, key, _) = pair(dir.path(), "a");
        let files = TlsFiles::load(&cert, &key).unwrap();
        let first = files.acceptor();
        let (cert_b, key_b, _) = pair(dir.path(), "b");
        std::fs::copy(&cert_b, &cert).unwrap();
        std::fs::copy(&key_b, &key).unwrap();
        files.reload().unwrap();
        assert!(!Arc::ptr_eq(first.config(), files.acceptor().config()));

        // A key that is not the certificate's, garbage, and a missing file are refused, and
        // the pair loaded before stays in use.
        let kept = files.acceptor();
        let (_, key_c, _) = pair(dir.path(), "c");
        std::fs::copy(&key_c, &key).unwrap();
        assert!(matches!(files.reload(), Err(TlsError::Config(_))));
        std::fs::write(&key, b"not a key").unwrap();
        assert!(matches!(files.reload(), Err(TlsError::Key { .. })));
        std::fs::write(&cert, b"-----BEGIN CERTIFICATE-----\n!!\n").unwrap();
        assert!(matches!(files.reload(), Err(TlsError::Certificate { .. })));
        std::fs::remove_file(&cert).unwrap();
        let err = files.reload().unwrap_err();
        assert!(matches!(err, TlsError::Read { .. }));
        assert!(err.to_string().contains("a.crt"), "{err}");
        assert!(Arc::ptr_eq(kept.config(), files.acceptor().config()));
    }

    #[test]
    fn error_messages_hold_no_key_material() {
        let dir = tempfile::tempdir().unwrap();
        let (cert, _, _) = pair(dir.path(), "a");
        let key = dir.path().join("bad.key");
        let secret =
            "-----BEGIN PRIVATE KEY-----\nc2VjcmV0LWtleS1ieXRlcw==\n-----END PRIVATE KEY-----\n";
        std::fs::write(&key, secret).unwrap();
        let err = TlsFiles::load(&cert, &key).err().unwrap().to_string();
        assert!(!err.contains("c2VjcmV0"), "{err}");
    }
}
