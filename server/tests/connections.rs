//! Raw-socket tests of how a real `wave-server` process treats connections: every refusal in the
//! protocol's JSON (a blob address that is not UTF-8, unknown routes and methods), half-sent
//! heads and bodies and idle connections closed within their timeouts, the connection bound,
//! and TLS served from PEM files and reloaded on SIGHUP.

mod common;

use common::{Backend, Db, Server};
use std::collections::HashMap;
use std::io::{ErrorKind, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};
use wave_protocol::{ErrorBody, ErrorCode, Sha256Hex};

for_each_backend!(
    refusals_are_the_protocols_json,
    a_device_revoked_while_its_batch_arrives_stores_nothing
);

/// A seized phone's upload begun before the NGO revoked it: its token was good when the request
/// began, but the batch arrives after the revocation and must not be stored.
fn a_device_revoked_while_its_batch_arrives_stores_nothing(db: &Db) {
    let staff = db.staff_token();
    let server = db.start();
    let client = server.client();
    let device = client.enroll(&staff);
    let item = device.item(uuid::Uuid::new_v4(), b"sealed case", &[]);
    let body = serde_json::to_vec(&wave_protocol::SubmitRequest { items: vec![item] }).unwrap();
    let mut stream = connect(&server);
    let head = format!(
        "POST /v1/submissions HTTP/1.1\r\nHost: wave\r\nAuthorization: Bearer {}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        device.token,
        body.len()
    );
    stream.write_all(head.as_bytes()).unwrap();
    let half = body.len() / 2;
    stream.write_all(&body[..half]).unwrap();
    // The token is checked once the head has arrived; the body is still on its way.
    std::thread::sleep(Duration::from_millis(300));
    assert!(db.revoke(device.id).status.success());
    stream.write_all(&body[half..]).unwrap();
    read_response(&mut stream, false).assert_error(401, ErrorCode::DeviceRevoked);
    let (pulled, _) = client.pull_all(&staff, None, 100);
    assert!(pulled.is_empty(), "{} stored", pulled.len());
}

/// A response read off a socket.
#[derive(Debug)]
struct Raw {
    status: u16,
    headers: HashMap<String, String>,
    body: Vec<u8>,
}

impl Raw {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).map(String::as_str)
    }

    /// The protocol's error shape, with its content type and no-store.
    #[track_caller]
    fn assert_error(&self, status: u16, code: ErrorCode) {
        let text = String::from_utf8_lossy(&self.body);
        assert_eq!(self.status, status, "{text}");
        assert_eq!(
            self.header("content-type"),
            Some("application/json"),
            "{text}"
        );
        assert_eq!(self.header("cache-control"), Some("no-store"));
        let body: ErrorBody = serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not the protocol's error body ({e}): {text}"));
        assert_eq!(body.error.code, code, "{text}");
        assert!(!body.error.message.is_empty());
    }
}

/// Reads one response: the head, then `Content-Length` bytes of body (none for `HEAD`).
fn read_response(stream: &mut impl Read, head_only: bool) -> Raw {
    let mut buf = Vec::new();
    let mut byte = [0u8; 1];
    while !buf.ends_with(b"\r\n\r\n") {
        let n = stream.read(&mut byte).expect("reading the response head");
        assert_eq!(
            n,
            1,
            "closed before a whole head: {:?}",
            String::from_utf8_lossy(&buf)
        );
        buf.push(byte[0]);
    }
    let head = String::from_utf8(buf).unwrap();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status line in {head:?}"));
    let headers: HashMap<String, String> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let length: usize = if head_only {
        0
    } else {
        headers
            .get("content-length")
            .map_or(0, |v| v.parse().unwrap())
    };
    let mut body = vec![0u8; length];
    stream.read_exact(&mut body).unwrap();
    Raw {
        status,
        headers,
        body,
    }
}

fn connect(server: &Server) -> TcpStream {
    let stream = TcpStream::connect(server.addr()).unwrap();
    // Nothing in these tests should wait this long; a hang fails instead of blocking the run.
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    stream
}

/// Sends `request` on a fresh connection and reads the answer.
fn send(server: &Server, request: &str) -> Raw {
    let mut stream = connect(server);
    stream.write_all(request.as_bytes()).unwrap();
    read_response(&mut stream, request.starts_with("HEAD "))
}

fn request(method: &str, path: &str, token: Option<&str>) -> String {
    let auth = token
        .map(|t| format!("Authorization: Bearer {t}\r\n"))
        .unwrap_or_default();
    format!(
        "{method} {path} HTTP/1.1\r\nHost: wave\r\n{auth}Content-Length: 0\r\nConnection: close\r\n\r\n"
    )
}

/// How long until the server closed the connection (end of stream or reset), and what it sent.
fn wait_for_close(stream: &mut TcpStream) -> (Duration, Vec<u8>) {
    let started = Instant::now();
    let mut received = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match stream.read(&mut buf) {
            Ok(0) => return (started.elapsed(), received),
            Ok(n) => received.extend_from_slice(&buf[..n]),
            Err(e) if e.kind() == ErrorKind::ConnectionReset => {
                return (started.elapsed(), received);
            }
            Err(e) => panic!(
                "still open after {:?} ({e}); received {:?}",
                started.elapsed(),
                String::from_utf8_lossy(&received)
            ),
        }
    }
}

/// Closed by the timeout of about one second: not at once, and well before the 20 s guard.
#[track_caller]
fn assert_closed_by_timeout(elapsed: Duration) {
    assert!(
        elapsed >= Duration::from_millis(800) && elapsed < Duration::from_secs(8),
        "closed after {elapsed:?}"
    );
}

fn sqlite() -> Db {
    Db::new(Backend::Sqlite).expect("SQLite is always available")
}

fn refusals_are_the_protocols_json(db: &Db) {
    let staff = db.staff_token();
    let server = db.start();
    let device = server.client().enroll(&staff);
    let token = Some(device.token.as_str());

    // Blob addresses that are not UTF-8 once decoded, or not a digest at all.
    for (method, path) in [
        ("PATCH", "/v1/blobs/%ff%ff"),
        ("PATCH", "/v1/blobs/not-a-digest"),
        ("HEAD", "/v1/blobs/%ff"),
    ] {
        let r = send(&server, &request(method, path, token));
        if method == "HEAD" {
            assert_eq!(r.status, 400);
            assert_eq!(r.header("content-type"), Some("application/json"));
        } else {
            r.assert_error(400, ErrorCode::BadRequest);
        }
    }
    send(
        &server,
        &request("GET", "/v1/staff/blobs/%ff", Some(&staff)),
    )
    .assert_error(400, ErrorCode::BadRequest);
    // Without a token the token is what is refused, in the same shape.
    send(&server, &request("PATCH", "/v1/blobs/%ff%ff", None))
        .assert_error(401, ErrorCode::Unauthorized);
    // A well-formed address still reaches the handler.
    let sha = Sha256Hex::digest(b"never uploaded");
    send(
        &server,
        &request("GET", &format!("/v1/staff/blobs/{sha}"), Some(&staff)),
    )
    .assert_error(404, ErrorCode::NotFound);

    // Unknown routes and methods.
    for path in [
        "/",
        "/v1",
        "/v1/nothing",
        "/v1/blobs/%ff/more",
        "/v2/health",
    ] {
        send(&server, &request("GET", path, None)).assert_error(404, ErrorCode::NotFound);
    }
    for (method, path) in [
        ("PUT", "/v1/enroll"),
        ("GET", "/v1/submissions"),
        ("DELETE", "/v1/blobs/%ff"),
        ("POST", "/v1/staff/devices"),
        ("OPTIONS", "/v1/health"),
    ] {
        send(&server, &request(method, path, None)).assert_error(405, ErrorCode::MethodNotAllowed);
    }
}

#[test]
fn half_a_head_and_an_idle_connection_are_closed() {
    let db = sqlite();
    let server = db.start_with(&["--header-timeout", "1"]);

    // Half a request head.
    let mut stream = connect(&server);
    stream
        .write_all(b"GET /v1/health HTTP/1.1\r\nHost: wave\r\nX-Slow: ")
        .unwrap();
    let (elapsed, _) = wait_for_close(&mut stream);
    assert_closed_by_timeout(elapsed);

    // Connected, and nothing sent at all.
    let mut stream = connect(&server);
    let (elapsed, received) = wait_for_close(&mut stream);
    assert_closed_by_timeout(elapsed);
    assert!(received.is_empty());

    // Idle after a request on a kept-alive connection: the next head must come in time too.
    let mut stream = connect(&server);
    stream
        .write_all(b"GET /v1/health HTTP/1.1\r\nHost: wave\r\n\r\n")
        .unwrap();
    let r = read_response(&mut stream, false);
    assert_eq!(r.status, 200);
    assert_ne!(r.header("connection"), Some("close"));
    let (elapsed, received) = wait_for_close(&mut stream);
    assert_closed_by_timeout(elapsed);
    assert!(received.is_empty());

    // A client that keeps making requests in time is served throughout.
    let mut stream = connect(&server);
    for _ in 0..3 {
        std::thread::sleep(Duration::from_millis(500));
        stream
            .write_all(b"GET /v1/health HTTP/1.1\r\nHost: wave\r\n\r\n")
            .unwrap();
        assert_eq!(read_response(&mut stream, false).status, 200);
    }
}

#[test]
fn half_a_body_is_answered_408_and_closed() {
    let db = sqlite();
    let server = db.start_with(&["--body-timeout", "1"]);
    let mut stream = connect(&server);
    stream
        .write_all(
            b"POST /v1/enroll HTTP/1.1\r\nHost: wave\r\nContent-Type: application/json\r\n\
              Content-Length: 100\r\n\r\n{\"code\": ",
        )
        .unwrap();
    let started = Instant::now();
    let r = read_response(&mut stream, false);
    assert_closed_by_timeout(started.elapsed());
    r.assert_error(408, ErrorCode::RequestTimeout);
    assert_eq!(r.header("connection"), Some("close"));
    let (elapsed, rest) = wait_for_close(&mut stream);
    assert!(
        elapsed < Duration::from_secs(2),
        "left open for {elapsed:?}"
    );
    assert!(rest.is_empty());

    // A body that pauses, but never for as long as the timeout, is read whole.
    let body = br#"{"code": "x", "device_public_key": "AAAA"}"#;
    let mut stream = connect(&server);
    write!(
        stream,
        "POST /v1/enroll HTTP/1.1\r\nHost: wave\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    )
    .unwrap();
    for part in body.chunks(15) {
        std::thread::sleep(Duration::from_millis(500));
        stream.write_all(part).unwrap();
    }
    // Read whole and judged on its content: the key is not a key.
    read_response(&mut stream, false).assert_error(400, ErrorCode::BadRequest);
}

#[test]
fn connections_over_the_bound_are_refused_503() {
    let db = sqlite();
    let server = db.start_with(&["--max-connections", "2", "--header-timeout", "10"]);
    let first = connect(&server);
    let mut second = connect(&server);
    // Both are being served (the second answers), so the next one is over the bound.
    second
        .write_all(b"GET /v1/health HTTP/1.1\r\nHost: wave\r\n\r\n")
        .unwrap();
    assert_eq!(read_response(&mut second, false).status, 200);

    let mut third = connect(&server);
    third
        .write_all(b"GET /v1/health HTTP/1.1\r\nHost: wave\r\n\r\n")
        .unwrap();
    let r = read_response(&mut third, false);
    r.assert_error(503, ErrorCode::Unavailable);
    assert_eq!(r.header("retry-after"), Some("1"));
    let (elapsed, _) = wait_for_close(&mut third);
    assert!(
        elapsed < Duration::from_secs(2),
        "refused connection left open"
    );

    // Closing one frees its place.
    drop(first);
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let r = send(&server, &request("GET", "/v1/health", None));
        if r.status == 200 {
            break;
        }
        r.assert_error(503, ErrorCode::Unavailable);
        assert!(
            Instant::now() < deadline,
            "the closed connection's place never came back"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    drop(second);
}

#[test]
fn bad_connection_flags_are_refused() {
    let db = sqlite();
    for args in [
        &["--tls-cert", "cert.pem"][..],
        &["--tls-key", "key.pem"],
        &["--header-timeout", "0"],
        &["--body-timeout", "-1"],
        &["--body-timeout", "soon"],
        &["--max-connections", "0"],
    ] {
        let out = db.cli(&[&["serve", "--listen", "127.0.0.1:0"][..], args].concat());
        assert!(!out.status.success(), "{args:?} accepted");
        assert!(!out.stderr.is_empty());
    }
    // Files that are not a certificate and key: the server does not start, and says why.
    let cert = db.dir.path().join("cert.pem");
    let key = db.dir.path().join("key.pem");
    std::fs::write(&cert, "not a certificate").unwrap();
    std::fs::write(&key, "not a key").unwrap();
    let out = db.cli(&[
        "serve",
        "--listen",
        "127.0.0.1:0",
        "--tls-cert",
        cert.to_str().unwrap(),
        "--tls-key",
        key.to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("cert.pem"), "{stderr}");
}

/// A self-signed certificate for `localhost`, written to `name.crt` and `name.key` under `dir`
/// through a rename, as renewal tools replace them; returns its DER.
fn write_pair(dir: &Path, name: &str, issued: &rcgen::CertifiedKey<rcgen::KeyPair>) -> Vec<u8> {
    for (file, text) in [
        (format!("{name}.crt"), issued.cert.pem()),
        (format!("{name}.key"), issued.signing_key.serialize_pem()),
    ] {
        let tmp = dir.join(format!("{file}.new"));
        std::fs::write(&tmp, text).unwrap();
        std::fs::rename(&tmp, dir.join(file)).unwrap();
    }
    issued.cert.der().to_vec()
}

fn new_certificate() -> rcgen::CertifiedKey<rcgen::KeyPair> {
    rcgen::generate_simple_self_signed(vec!["localhost".to_owned()]).unwrap()
}

/// `GET /v1/health` over TLS trusting `roots`: the status and the certificate the server showed.
fn tls_health(server: &Server, roots: &rustls::RootCertStore) -> (u16, Vec<u8>) {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots.clone())
        .with_no_client_auth();
    let name = rustls::pki_types::ServerName::try_from("localhost").unwrap();
    let conn = rustls::ClientConnection::new(Arc::new(config), name).unwrap();
    let mut tls = rustls::StreamOwned::new(conn, connect(server));
    tls.write_all(b"GET /v1/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .unwrap();
    let r = read_response(&mut tls, false);
    let shown = tls.conn.peer_certificates().unwrap()[0].to_vec();
    (r.status, shown)
}

#[test]
fn tls_is_served_and_reloaded_on_sighup() {
    let db = sqlite();
    let dir = db.dir.path().join("tls");
    std::fs::create_dir(&dir).unwrap();
    let first = new_certificate();
    let second = new_certificate();
    let mut roots = rustls::RootCertStore::empty();
    roots.add(first.cert.der().clone()).unwrap();
    roots.add(second.cert.der().clone()).unwrap();
    let first_der = write_pair(&dir, "server", &first);
    let cert = dir.join("server.crt");
    let key = dir.join("server.key");
    let server = db.start_with(&[
        "--tls-cert",
        cert.to_str().unwrap(),
        "--tls-key",
        key.to_str().unwrap(),
        "--header-timeout",
        "1",
    ]);
    assert!(server.base.starts_with("https://"), "{}", server.base);
    assert_eq!(tls_health(&server, &roots), (200, first_der.clone()));

    // Plain HTTP on the TLS port gets no answer and is not left hanging.
    let mut plain = connect(&server);
    plain
        .write_all(b"GET /v1/health HTTP/1.1\r\nHost: wave\r\n\r\n")
        .unwrap();
    let (elapsed, _) = wait_for_close(&mut plain);
    assert!(elapsed < Duration::from_secs(8), "{elapsed:?}");

    // Renewal: new files, SIGHUP, and new connections see the new certificate.
    let second_der = write_pair(&dir, "server", &second);
    let hangup = || {
        let status = std::process::Command::new("kill")
            .args(["-HUP", &server.pid().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
    };
    hangup();
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let (status, shown) = tls_health(&server, &roots);
        assert_eq!(status, 200);
        if shown == second_der {
            break;
        }
        assert_eq!(shown, first_der);
        assert!(
            Instant::now() < deadline,
            "the renewed certificate was never served"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(server.log().contains("reloaded"), "{}", server.log());

    // A botched renewal (the key is not the certificate's) keeps the working pair.
    std::fs::write(&key, new_certificate().signing_key.serialize_pem()).unwrap();
    hangup();
    let deadline = Instant::now() + Duration::from_secs(10);
    while !server.log().contains("TLS reload failed") {
        assert!(Instant::now() < deadline, "{}", server.log());
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(tls_health(&server, &roots), (200, second_der));
}
