//! `wave vault wipe` while `wave sync` hangs on the network in another process: the wipe waits
//! for nothing the sync holds, the key file is gone when it returns, and the sync stops.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use wave_protocol::{EnrollmentInvite, Uuid};

const PASSPHRASE: &str = "pass one: violet tram under the bridge";

fn wave(args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_wave"));
    command
        .args(args)
        .env("WAVE_PASSPHRASE", PASSPHRASE)
        .env("WAVE_NEW_PASSPHRASE", PASSPHRASE);
    command
}

fn ok(mut command: Command) -> String {
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// A server that enrolls any device and then never answers anything: it reads each request and
/// keeps the connection open and silent. Returns its address.
fn hanging_server() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || serve(stream));
        }
    });
    url
}

fn serve(stream: TcpStream) {
    let mut reader = BufReader::new(stream);
    let mut head = String::new();
    let mut length = 0usize;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        if let Some(value) = line.to_ascii_lowercase().strip_prefix("content-length:") {
            length = value.trim().parse().unwrap_or(0);
        }
        head.push_str(&line);
        if line == "\r\n" {
            break;
        }
    }
    let mut body = vec![0u8; length];
    let _ = reader.read_exact(&mut body);
    if head.starts_with("POST /v1/enroll ") {
        let answer = format!(
            r#"{{"device_id":"{}","device_token":"{}"}}"#,
            Uuid::new_v4(),
            "t".repeat(43)
        );
        let mut stream = reader.into_inner();
        let _ = write!(
            stream,
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{answer}",
            answer.len()
        );
        return;
    }
    // Hang: hold the connection until the client goes away.
    let mut rest = [0u8; 1024];
    while matches!(reader.read(&mut rest), Ok(read) if read > 0) {}
}

fn finalized_case(dir: &Path, vault: &str) {
    let answers = dir.join("answers.json");
    // `case add` takes only a complete case: the other CLI tests' one, under another name.
    let mut case: serde_json::Value =
        serde_json::from_str(include_str!("data/complete-case.json")).unwrap();
    case["code_name"] = "Olena".into();
    std::fs::write(&answers, case.to_string()).unwrap();
    let id = ok(wave(&[
        "case",
        "add",
        "--vault",
        vault,
        "--answers",
        answers.to_str().unwrap(),
    ]));
    ok(wave(&["case", "finalize", id.trim(), "--vault", vault]));
}

#[test]
fn wipe_wins_at_once_over_a_sync_in_another_process() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("vault").to_string_lossy().into_owned();
    ok(wave(&[
        "vault",
        "init",
        "--vault",
        &vault,
        "--unlock-time",
        "0",
    ]));
    finalized_case(dir.path(), &vault);
    let recipient = age::x25519::Identity::generate().to_public().to_string();
    let invite = EnrollmentInvite {
        server: hanging_server(),
        code: "code".into(),
        recipients: vec![recipient],
        pin_sha256: None,
        backup_pins_sha256: Vec::new(),
        signing_key: None,
    }
    .encode()
    .unwrap();
    ok(wave(&["enroll", &invite, "--vault", &vault]));

    let mut sync = wave(&["sync", "--vault", &vault])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Let it unlock and reach the hanging request.
    std::thread::sleep(Duration::from_secs(2));
    assert!(sync.try_wait().unwrap().is_none(), "the sync did not hang");

    let started = Instant::now();
    ok(wave(&["vault", "wipe", "--vault", &vault]));
    let took = started.elapsed();
    assert!(took < Duration::from_secs(1), "wipe took {took:?}");
    assert!(!Path::new(&vault).join("key").exists());

    // The sync sees the wipe and stops, leaving nothing behind.
    let deadline = Instant::now() + Duration::from_secs(5);
    let status = loop {
        if let Some(status) = sync.try_wait().unwrap() {
            break status;
        }
        assert!(
            Instant::now() < deadline,
            "the sync kept running after the wipe"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut stderr = String::new();
    sync.stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert!(!status.success());
    assert!(stderr.contains("wiped"), "{stderr}");
    assert!(
        !Path::new(&vault).exists(),
        "the vault folder is left behind"
    );
}
