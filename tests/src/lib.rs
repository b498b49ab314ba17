//! Shared harness for the end-to-end tests: start and stop real `wave-server` processes (on
//! SQLite, or on the PostgreSQL database the test script provides), create staff tokens and
//! enrollment codes, and build vaults with finalized cases. `corpus` generates cases and checks
//! what staff receive; `proxy` injects network faults between a device and a server; `stub`
//! plays a hostile server.

pub mod corpus;
pub mod http1;
pub mod listener;
pub mod proxy;
pub mod stub;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

use wave_core::sync::{StaffIdentity, Transport};
use wave_core::vault::{KdfParams, Passphrase};
use wave_core::{UnlockedVault, Vault};
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
    /// With PostgreSQL, the URL of this server's own database.
    pub backend: Backend,
    extra: Vec<String>,
    _database: Option<FreshDatabase>,
}

/// A PostgreSQL database made for one server, so that tests running at the same time never see
/// each other's submissions; dropped with the server.
struct FreshDatabase {
    admin_url: String,
    name: String,
}

impl FreshDatabase {
    /// Creates a database next to the one `admin_url` names; returns it and its URL.
    fn create(admin_url: &str) -> (FreshDatabase, String) {
        let name = format!("wave_e2e_{}", wave_protocol::Uuid::new_v4().simple());
        let mut admin = postgres::Client::connect(admin_url, postgres::NoTls)
            .expect("connect to WAVE_TEST_DATABASE_URL");
        admin
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .expect("create a test database");
        let url = with_database(admin_url, &name);
        (
            FreshDatabase {
                admin_url: admin_url.to_owned(),
                name,
            },
            url,
        )
    }
}

impl Drop for FreshDatabase {
    fn drop(&mut self) {
        if let Ok(mut admin) = postgres::Client::connect(&self.admin_url, postgres::NoTls) {
            let _ = admin.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}

/// `postgres://…/old?x` → `postgres://…/name?x`.
fn with_database(url: &str, name: &str) -> String {
    let (main, query) = match url.split_once('?') {
        Some((main, query)) => (main, Some(query)),
        None => (url, None),
    };
    let scheme_end = main.find("://").map_or(0, |i| i + 3);
    let base = match main[scheme_end..].find('/') {
        Some(i) => &main[..scheme_end + i],
        None => main,
    };
    match query {
        Some(query) => format!("{base}/{name}?{query}"),
        None => format!("{base}/{name}"),
    }
}

impl Server {
    pub fn start(data: &Path, backend: &Backend) -> Server {
        Server::start_with(data, backend, &[])
    }

    /// Starts a server with extra command-line flags (rate limits and the like). With
    /// PostgreSQL the server gets a database of its own.
    pub fn start_with(data: &Path, backend: &Backend, extra: &[&str]) -> Server {
        let (database, backend) = match backend {
            Backend::Sqlite => (None, Backend::Sqlite),
            Backend::Postgres(admin_url) => {
                let (database, url) = FreshDatabase::create(admin_url);
                (Some(database), Backend::Postgres(url))
            }
        };
        let mut server = Server::spawn(
            data,
            &backend,
            "127.0.0.1:0",
            extra.iter().map(|s| s.to_string()).collect(),
        );
        server._database = database;
        server
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
            _database: None,
        }
    }

    /// Another server process on this one's database (PostgreSQL: the same database; the
    /// design's "several stateless server processes share one database"), with its own data
    /// folder and port. The database stays this server's: it goes when this one is dropped.
    pub fn another_process(&self, data: &Path) -> Server {
        Server::spawn(data, &self.backend, "127.0.0.1:0", self.extra.clone())
    }

    /// The server process's id (to read its memory use from `/proc`).
    pub fn pid(&self) -> u32 {
        self.child.id()
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

    /// A version 2 enrollment string: [`Self::enrollment`] with the NGO signing public key
    /// (base64), so the device follows the recipient sets that key signs.
    pub fn signed_enrollment(
        &self,
        staff_token: &str,
        identities: &[&StaffIdentity],
        signing_public_key: &str,
    ) -> String {
        let mut invite = EnrollmentInvite::decode(&self.enrollment(staff_token, identities))
            .expect("enrollment string");
        invite.signing_key = Some(signing_public_key.to_owned());
        invite.encode().expect("version 2 enrollment string")
    }
}

/// The ids of every device the server at `server_url` has enrolled, as its staff see them.
pub fn staff_devices(server_url: &str, staff_token: &str) -> Vec<wave_protocol::Uuid> {
    let transport = Transport::new(server_url, None, Duration::from_secs(10))
        .unwrap()
        .with_token(staff_token);
    let listed: wave_protocol::DevicesResponse = runtime()
        .block_on(transport.get_json(http::PATH_STAFF_DEVICES))
        .expect("device list");
    listed.devices.iter().map(|d| d.device_id).collect()
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
        backup_pins_sha256: Vec::new(),
        signing_key: None,
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

/// A temporary folder in memory (`/dev/shm`) where there is one, else in the system's temp
/// folder. Vaults and SQLite servers sync every commit to disk, which on a shared build machine
/// costs milliseconds each; tests of the protocol under faults (and of processes killed, whose
/// written data the kernel keeps) do not need the disk and run many times faster in memory.
pub fn memory_tempdir() -> tempfile::TempDir {
    let shm = Path::new("/dev/shm");
    if shm.is_dir()
        && let Ok(dir) = tempfile::Builder::new()
            .prefix("wave-test-")
            .tempdir_in(shm)
    {
        return dir;
    }
    tempfile::tempdir().expect("temporary folder")
}

/// A new vault with the minimum key derivation cost, for tests.
pub fn new_vault(dir: &Path) -> UnlockedVault {
    Vault::at(dir)
        .create(
            &Passphrase::new("test vault: amber canoe drifting"),
            KdfParams::FLOOR,
        )
        .expect("vault")
}

/// Keeps a shared handle alive for callers that need `Arc`.
pub fn shared<T>(value: T) -> Arc<T> {
    Arc::new(value)
}

/// Copies the folder `from` into `to` (created if missing), recursively: a recorded vault is
/// copied for each test or run instead of being recorded again.
pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}
