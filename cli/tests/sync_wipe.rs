//! `wave vault wipe` while `wave sync` hangs on the network in another process: the wipe waits
//! for nothing the sync holds, the key file is gone when it returns, and the sync stops.

use std::io::Read;
use std::net::TcpStream;
use std::path::Path;
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

mod common;

use common::{Locale, Wave, ok, read_request};

const PASSPHRASE: &str = "pass one: violet tram under the bridge";

const WAVE: Wave = Wave {
    passphrase: Some(PASSPHRASE),
    locale: Locale::Inherited,
};

fn wave(args: &[&str]) -> Output {
    WAVE.run(args)
}

/// A server that enrolls any device and then never answers anything: it reads each request and
/// keeps the connection open and silent.
fn hang(stream: TcpStream) {
    let Some((head, mut reader)) = read_request(stream) else {
        return;
    };
    if head.starts_with("POST /v1/enroll ") {
        common::respond(reader, 200, "", &common::enrolled_device());
        return;
    }
    // Hang: hold the connection until the client goes away.
    let mut rest = [0u8; 1024];
    while matches!(reader.read(&mut rest), Ok(read) if read > 0) {}
}

#[test]
fn wipe_wins_at_once_over_a_sync_in_another_process() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("vault").to_string_lossy().into_owned();
    WAVE.init_vault(&vault);
    WAVE.finalized_case(dir.path(), &vault, "Olena");
    WAVE.enroll_with_stub(&vault, common::stub_server(hang));

    let mut sync = WAVE
        .command(&["sync", "--vault", &vault])
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
