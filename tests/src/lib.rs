//! Shared harness for the end-to-end tests: start and stop real `wave-server` processes (on
//! SQLite, or on the PostgreSQL database the test script provides), create staff tokens and
//! enrollment codes, and build vaults with finalized cases.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

use wave_core::sync::{StaffIdentity, Transport};
use wave_core::vault::{KdfParams, Passphrase, UnlockedVault, Vault};
use wave_protocol::{
    CreateEnrollmentCodeRequest, CreateEnrollmentCodeResponse, EnrollmentInvite, http,
};

/// The directory holding the workspace's built binaries (next to this test's own executable).
pub fn binary(name: &str) -> PathBuf {
    let exe = std::env::current_exe().expect("test executable path");
    let dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("target directory");
    dir.join(name)
}

/// Which database a server uses.
#[derive(Debug, Clone)]
pub enum Backend {
    Sqlite,
    Postgres(String),
}

impl Backend {
    /// SQLite always; PostgreSQL when the test script started one (`WAVE_TEST_DATABASE_URL`).
    pub fn all() -> Vec<Backend> {
        let mut backends = vec![Backend::Sqlite];
        match std::env::var("WAVE_TEST_DATABASE_URL") {
            Ok(url) if !url.is_empty() => backends.push(Backend::Postgres(url)),
            _ => eprintln!("WAVE_TEST_DATABASE_URL is not set: PostgreSQL end-to-end runs skipped"),
        }
        backends
    }

    fn args(&self) -> Vec<String> {
        match self {
            Backend::Sqlite => Vec::new(),
            Backend::Postgres(url) => vec!["--database-url".into(), url.clone()],
        }
    }
}

/// A running `wave-server`, stopped when dropped.
pub struct Server {
    child: Child,
    pub url: String,
    pub data: PathBuf,
    pub backend: Backend,
    extra: Vec<String>,
}

impl Server {
    pub fn start(data: &Path, backend: &Backend) -> Server {
        Server::start_with(data, backend, &[])
    }

    /// Starts a server with extra command-line flags (rate limits and the like).
    pub fn start_with(data: &Path, backend: &Backend, extra: &[&str]) -> Server {
        Server::spawn(
            data,
            backend,
            "127.0.0.1:0",
            extra.iter().map(|s| s.to_string()).collect(),
        )
    }

    fn spawn(data: &Path, backend: &Backend, listen: &str, extra: Vec<String>) -> Server {
        let mut child = Command::new(binary("wave-server"))
            .arg("serve")
            .arg("--data")
            .arg(data)
            .arg("--listen")
            .arg(listen)
            .args(backend.args())
            .args(&extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start wave-server");
        let stdout = child.stdout.take().expect("server stdout");
        let mut first = String::new();
        BufReader::new(stdout)
            .read_line(&mut first)
            .expect("server prints its address");
        let url = first
            .trim()
            .strip_prefix("listening on ")
            .expect("listening line")
            .to_owned();
        Server {
            child,
            url,
            data: data.to_path_buf(),
            backend: backend.clone(),
            extra,
        }
    }

    /// Stops the server abruptly and starts it again on the same address and data.
    pub fn restart(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let address = self.url.trim_start_matches("http://").to_owned();
        for _ in 0..50 {
            let replacement = std::panic::catch_unwind(|| {
                Server::spawn(&self.data, &self.backend, &address, self.extra.clone())
            });
            if let Ok(mut server) = replacement {
                std::mem::swap(&mut self.child, &mut server.child);
                std::mem::forget(server);
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("the server did not come back on {address}");
    }

    pub fn staff_token(&self) -> String {
        let output = Command::new(binary("wave-server"))
            .arg("create-staff-token")
            .arg("--data")
            .arg(&self.data)
            .args(self.backend.args())
            .output()
            .expect("create-staff-token");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout)
            .expect("utf-8 token")
            .trim()
            .to_owned()
    }

    /// A one-time enrollment string for this server and the given NGO identities.
    pub fn enrollment(&self, staff_token: &str, identities: &[&StaffIdentity]) -> String {
        enrollment_for(&self.url, &self.url, staff_token, identities)
    }
}

/// Asks the server at `server_url` for a code and writes an invite pointing devices at
/// `device_url` (a proxy in front of the server, say).
pub fn enrollment_for(
    server_url: &str,
    device_url: &str,
    staff_token: &str,
    identities: &[&StaffIdentity],
) -> String {
    let runtime = runtime();
    let transport = Transport::new(server_url, None, Duration::from_secs(10))
        .unwrap()
        .with_token(staff_token);
    let created: CreateEnrollmentCodeResponse = runtime
        .block_on(transport.post_json(
            http::PATH_STAFF_ENROLLMENT_CODES,
            &CreateEnrollmentCodeRequest {
                expires_in_seconds: 3600,
            },
        ))
        .expect("enrollment code");
    EnrollmentInvite {
        server: device_url.to_owned(),
        code: created.code,
        recipients: identities
            .iter()
            .map(|identity| identity.recipient())
            .collect(),
        pin_sha256: None,
    }
    .encode()
    .expect("invite")
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
}

/// A new vault with the minimum key derivation cost, for tests.
pub fn new_vault(dir: &Path) -> UnlockedVault {
    Vault::at(dir)
        .create(&Passphrase::new("test"), KdfParams::FLOOR)
        .expect("vault")
}

/// Keeps a shared handle alive for callers that need `Arc`.
pub fn shared<T>(value: T) -> Arc<T> {
    Arc::new(value)
}
