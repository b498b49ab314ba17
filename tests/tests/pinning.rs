//! TLS key pinning against a real server behind a real TLS terminator: a certificate renewed on
//! the same key keeps devices and staff connected, a key that was not pinned is refused at once
//! and reported as a pin mismatch (not retried as a network fault), a rollover to the backup key
//! goes through, and an enrollment string that pinned the whole certificate still works.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use rcgen::{CertificateParams, KeyPair, PublicKeyData};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use serde_json::json;
use tokio::net::{TcpListener, TcpStream};
use tokio_rustls::TlsAcceptor;
use wave_core::Error;
use wave_core::UnlockedVault;
use wave_core::case;
use wave_core::case::FormRef;
use wave_core::record::finalize_and_seal;
use wave_core::sync;
use wave_core::sync::{NoObserver, StaffIdentity, SyncOptions, enroll, sync_now};
use wave_protocol::{EnrollmentInvite, Sha256Hex};
use wave_staff::StaffClient;
use wave_tests::{Backend, Server, new_vault, runtime};

/// A certificate for the terminator, and the key it carries.
struct Identity {
    certificate: CertificateDer<'static>,
    key: PrivatePkcs8KeyDer<'static>,
}

/// A fresh certificate on `key`: a renewal when `key` was used before.
fn issue(key: &KeyPair) -> Identity {
    let params = CertificateParams::new(vec!["sync.ngo.example".to_owned()]).unwrap();
    Identity {
        certificate: params.self_signed(key).unwrap().der().clone(),
        key: PrivatePkcs8KeyDer::from(key.serialize_der()),
    }
}

/// What a staff member pins: SHA-256 of the key's DER SubjectPublicKeyInfo.
fn key_pin(key: &KeyPair) -> Sha256Hex {
    Sha256Hex::digest(&key.subject_public_key_info())
}

fn server_config(identity: &Identity) -> Arc<rustls::ServerConfig> {
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_no_client_auth()
    .with_single_cert(
        vec![identity.certificate.clone()],
        PrivateKeyDer::Pkcs8(identity.key.clone_key()),
    )
    .unwrap();
    Arc::new(config)
}

/// A TLS terminator on loopback in front of a plain-HTTP `wave-server`, as deployed; its
/// certificate can be replaced while it runs, and it counts the connections it accepts.
struct Terminator {
    url: String,
    config: Arc<Mutex<Arc<rustls::ServerConfig>>>,
    connections: Arc<AtomicUsize>,
    _runtime: tokio::runtime::Runtime,
}

impl Terminator {
    fn start(server: &Server, identity: &Identity) -> Terminator {
        let backend: SocketAddr = server
            .url
            .strip_prefix("http://")
            .and_then(|address| address.parse().ok())
            .expect("the test server listens on a loopback address");
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let listener = runtime.block_on(TcpListener::bind("127.0.0.1:0")).unwrap();
        let port = listener.local_addr().unwrap().port();
        let config = Arc::new(Mutex::new(server_config(identity)));
        let connections = Arc::new(AtomicUsize::new(0));
        let (shared, counted) = (Arc::clone(&config), Arc::clone(&connections));
        runtime.spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                counted.fetch_add(1, Ordering::SeqCst);
                let acceptor = TlsAcceptor::from(Arc::clone(&shared.lock().unwrap()));
                tokio::spawn(async move {
                    let Ok(mut tls) = acceptor.accept(client).await else {
                        return;
                    };
                    let Ok(mut plain) = TcpStream::connect(backend).await else {
                        return;
                    };
                    let _ = tokio::io::copy_bidirectional(&mut tls, &mut plain).await;
                });
            }
        });
        Terminator {
            url: format!("https://127.0.0.1:{port}"),
            config,
            connections,
            _runtime: runtime,
        }
    }

    fn serve(&self, identity: &Identity) {
        *self.config.lock().unwrap() = server_config(identity);
    }

    fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }
}

/// An enrollment string for `server`, pointing devices at the terminator with these pins.
fn invite(
    server: &Server,
    terminator: &Terminator,
    token: &str,
    ngo: &StaffIdentity,
    pin: Sha256Hex,
    backups: Vec<Sha256Hex>,
) -> String {
    let mut invite = EnrollmentInvite::decode(&server.enrollment(token, &[ngo])).unwrap();
    invite.server = terminator.url.clone();
    invite.pin_sha256 = Some(pin);
    invite.backup_pins_sha256 = backups;
    invite.encode().unwrap()
}

fn finalize_a_case(vault: &mut UnlockedVault, name: &str) {
    let store = vault.store();
    let form = FormRef {
        id: "police-violence".into(),
        version: 1,
    };
    let answers = json!({ "code_name": name }).as_object().cloned().unwrap();
    let id = case::create_case(store, form, answers).unwrap();
    finalize_and_seal(store, id).unwrap();
}

/// Enrolls the vault, sends its one finalized case, and checks that staff pinned to the same keys
/// pull exactly it; returns that staff client. `staff` is the server's URL, a staff token and
/// the pins.
fn enroll_send_one_and_pull(
    runtime: &tokio::runtime::Runtime,
    vault: &mut UnlockedVault,
    enrollment: &str,
    staff: (&str, &str, &[Sha256Hex]),
    why: &str,
) -> StaffClient {
    let options = SyncOptions::default();
    runtime
        .block_on(enroll(vault.store(), enrollment, None, &options))
        .expect(why);
    let report = runtime
        .block_on(sync_now(vault.store(), &options, &NoObserver))
        .unwrap();
    assert_eq!((report.sent, report.pending, report.error), (1, 0, None));
    let (url, token, pins) = staff;
    let client = StaffClient::pinned(url, token, pins).unwrap();
    assert_eq!(
        runtime
            .block_on(client.pull_page(None, 10))
            .unwrap()
            .items
            .len(),
        1
    );
    client
}

#[test]
fn the_key_pin_survives_renewal_refuses_a_new_key_at_once_and_allows_the_backup_key() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("server"), &Backend::Sqlite);
    let token = server.staff_token();
    let ngo = StaffIdentity::generate();
    let current = KeyPair::generate().unwrap();
    let backup = KeyPair::generate().unwrap();
    let stranger = KeyPair::generate().unwrap();
    let terminator = Terminator::start(&server, &issue(&current));
    let pins = [key_pin(&current), key_pin(&backup)];
    let enrollment = invite(&server, &terminator, &token, &ngo, pins[0], vec![pins[1]]);
    let runtime = runtime();
    let options = SyncOptions::default();

    let mut vault = new_vault(&dir.path().join("device"));
    finalize_a_case(&mut vault, "Before enrollment");
    let staff = enroll_send_one_and_pull(
        &runtime,
        &mut vault,
        &enrollment,
        (&terminator.url, &token, &pins),
        "enrollment through the pinned terminator",
    );

    // The certificate is renewed on the same key: nothing changes for anyone.
    terminator.serve(&issue(&current));
    finalize_a_case(&mut vault, "After renewal");
    let report = runtime
        .block_on(sync_now(vault.store(), &options, &NoObserver))
        .unwrap();
    assert_eq!((report.sent, report.pending, report.error), (1, 0, None));
    assert_eq!(
        runtime
            .block_on(staff.pull_page(None, 10))
            .unwrap()
            .items
            .len(),
        2
    );

    // A key nobody pinned (an interception, or a careless key change): refused on the first
    // connection, reported as what it is, not tried again eight times as if offline.
    terminator.serve(&issue(&stranger));
    finalize_a_case(&mut vault, "While intercepted");
    let before = terminator.connections();
    let error = runtime
        .block_on(sync_now(vault.store(), &options, &NoObserver))
        .unwrap_err();
    assert!(matches!(error, Error::PinMismatch), "{error}");
    assert!(
        error
            .to_string()
            .starts_with("the server's key does not match the pinned key"),
        "{error}"
    );
    assert_eq!(
        terminator.connections() - before,
        1,
        "the mismatch was retried"
    );
    let status = sync::sync_status(vault.store()).unwrap();
    assert_eq!(status.pending, 1);
    assert_eq!(status.last_error, Some(error.to_string()));
    // A new client, as a new `wave staff pull` is: the old one's open connection was made
    // with the pinned key, and a pin is checked when a connection is made.
    let staff = StaffClient::pinned(&terminator.url, &token, &pins).unwrap();
    let before = terminator.connections();
    let error = runtime.block_on(staff.pull_page(None, 10)).unwrap_err();
    assert!(matches!(error, Error::PinMismatch), "{error}");
    assert_eq!(terminator.connections() - before, 1);
    // Staff without pins check public roots instead, which a self-signed key does not pass;
    // that is a different refusal, not a pin mismatch.
    let unpinned = StaffClient::new(&terminator.url, &token).unwrap();
    let error = runtime.block_on(unpinned.pull_page(None, 10)).unwrap_err();
    assert!(matches!(error, Error::Network(_)), "{error}");

    // The server rolls over to the backup key: devices and staff carry on.
    terminator.serve(&issue(&backup));
    let report = runtime
        .block_on(sync_now(vault.store(), &options, &NoObserver))
        .unwrap();
    assert_eq!((report.sent, report.pending, report.error), (1, 0, None));
    let staff = StaffClient::pinned(&terminator.url, &token, &pins).unwrap();
    assert_eq!(
        runtime
            .block_on(staff.pull_page(None, 10))
            .unwrap()
            .items
            .len(),
        3
    );
}

#[test]
fn a_wrong_pin_fails_enrollment_as_a_mismatch_and_leaves_the_vault_unenrolled() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("server"), &Backend::Sqlite);
    let token = server.staff_token();
    let ngo = StaffIdentity::generate();
    let key = KeyPair::generate().unwrap();
    let terminator = Terminator::start(&server, &issue(&key));
    let other = KeyPair::generate().unwrap();
    let enrollment = invite(&server, &terminator, &token, &ngo, key_pin(&other), vec![]);
    let mut vault = new_vault(&dir.path().join("device"));
    let error = runtime()
        .block_on(enroll(
            vault.store(),
            &enrollment,
            None,
            &SyncOptions::default(),
        ))
        .unwrap_err();
    assert!(matches!(error, Error::PinMismatch), "{error}");
    assert_eq!(terminator.connections(), 1);
    assert!(sync::device(vault.store()).unwrap().is_none());
}

#[test]
fn an_enrollment_string_that_pinned_the_whole_certificate_still_works() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("server"), &Backend::Sqlite);
    let token = server.staff_token();
    let ngo = StaffIdentity::generate();
    let key = KeyPair::generate().unwrap();
    let issued = issue(&key);
    let terminator = Terminator::start(&server, &issued);
    let certificate_pin = Sha256Hex::digest(issued.certificate.as_ref());
    let enrollment = invite(&server, &terminator, &token, &ngo, certificate_pin, vec![]);
    let runtime = runtime();
    let mut vault = new_vault(&dir.path().join("device"));
    finalize_a_case(&mut vault, "Old string");
    enroll_send_one_and_pull(
        &runtime,
        &mut vault,
        &enrollment,
        (&terminator.url, &token, &[certificate_pin]),
        "an older certificate pin still matches its certificate",
    );
}
