//! Test harness: throw-away databases (SQLite in a temp dir, or a fresh PostgreSQL database when
//! `WAVE_TEST_DATABASE_URL` is set), real `wave-server` processes on 127.0.0.1, and a small HTTP
//! client with helpers for enrolling devices and signing submissions.

#![allow(dead_code)]

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::Once;
use std::time::Duration;
use wave_protocol::ed25519_dalek::SigningKey;
use wave_protocol::{Sha256Hex, SubmissionItem, Uuid, sign_submission};

pub const BIN: &str = env!("CARGO_BIN_EXE_wave-server");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A fresh, empty database for one test.
pub struct Db {
    pub backend: Backend,
    pub dir: tempfile::TempDir,
    pub database_url: Option<String>,
    admin_url: Option<String>,
    db_name: Option<String>,
}

static SKIP_NOTICE: Once = Once::new();

/// Writes past the test harness's output capture, so the notice is seen in a normal run.
pub fn notice(text: &str) {
    let mut err = std::io::stderr();
    let _ = writeln!(err, "{text}");
}

impl Db {
    /// `None` (after a printed notice) when the backend is not available in this run.
    pub fn new(backend: Backend) -> Option<Self> {
        let dir = tempfile::tempdir().unwrap();
        match backend {
            Backend::Sqlite => Some(Self {
                backend,
                dir,
                database_url: None,
                admin_url: None,
                db_name: None,
            }),
            Backend::Postgres => {
                let Some(base) = std::env::var("WAVE_TEST_DATABASE_URL")
                    .ok()
                    .filter(|u| !u.is_empty())
                else {
                    SKIP_NOTICE.call_once(|| {
                        notice(
                            "NOTICE: PostgreSQL tests skipped: WAVE_TEST_DATABASE_URL is not set \
                             (start one with scripts/postgres-test-server)",
                        )
                    });
                    return None;
                };
                let name = format!("wave_test_{}", Uuid::new_v4().simple());
                let mut admin = postgres::Client::connect(&base, postgres::NoTls)
                    .expect("connect to WAVE_TEST_DATABASE_URL");
                admin
                    .batch_execute(&format!("CREATE DATABASE {name}"))
                    .unwrap();
                Some(Self {
                    backend,
                    dir,
                    database_url: Some(with_database(&base, &name)),
                    admin_url: Some(base),
                    db_name: Some(name),
                })
            }
        }
    }

    /// `--data DIR [--database-url URL]` for the CLI.
    pub fn storage_args(&self) -> Vec<String> {
        let mut args = vec!["--data".to_owned(), self.dir.path().display().to_string()];
        if let Some(url) = &self.database_url {
            args.push("--database-url".to_owned());
            args.push(url.clone());
        }
        args
    }

    pub fn cli(&self, args: &[&str]) -> Output {
        let mut cmd = Command::new(BIN);
        cmd.args(args)
            .args(self.storage_args())
            .env_remove("WAVE_DATABASE_URL");
        cmd.output().unwrap()
    }

    pub fn staff_token(&self) -> String {
        let out = self.cli(&["create-staff-token"]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap().trim().to_owned()
    }

    pub fn revoke(&self, device: Uuid) -> Output {
        self.cli(&["revoke-device", &device.to_string()])
    }

    pub fn start(&self) -> Server {
        self.start_with(&[])
    }

    pub fn start_with(&self, extra: &[&str]) -> Server {
        let log = self
            .dir
            .path()
            .join(format!("server-{}.log", Uuid::new_v4()));
        let mut child = Command::new(BIN)
            .arg("serve")
            .args(["--listen", "127.0.0.1:0"])
            .args(self.storage_args())
            .args(extra)
            .env_remove("WAVE_DATABASE_URL")
            .stdout(Stdio::piped())
            .stderr(Stdio::from(std::fs::File::create(&log).unwrap()))
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line).unwrap();
        let Some(base) = line.trim().strip_prefix("listening on ") else {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "server did not start: {line:?}\n{}",
                std::fs::read_to_string(&log).unwrap_or_default()
            );
        };
        Server {
            child,
            base: base.to_owned(),
            log,
        }
    }

    /// Every file of the SQLite database (main, WAL, shared memory).
    pub fn sqlite_files(&self) -> Vec<PathBuf> {
        std::fs::read_dir(self.dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with("wave-server.db"))
            })
            .collect()
    }

    /// The audit log, read with the same store code the server uses.
    pub fn audit_log(&self) -> Vec<wave_server::store::AuditRow> {
        use wave_server::Store;
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async {
            match &self.database_url {
                Some(url) => {
                    let store = wave_server::PostgresStore::connect(url, 2).await.unwrap();
                    store.audit_log().await.unwrap()
                }
                None => {
                    let store = wave_server::SqliteStore::open(self.dir.path()).unwrap();
                    store.audit_log().await.unwrap()
                }
            }
        })
    }
}

impl Drop for Db {
    fn drop(&mut self) {
        if let (Some(admin), Some(name)) = (&self.admin_url, &self.db_name)
            && let Ok(mut c) = postgres::Client::connect(admin, postgres::NoTls)
        {
            let _ = c.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
        }
    }
}

/// `postgres://…/old?x` → `postgres://…/name?x`.
fn with_database(url: &str, name: &str) -> String {
    let (main, query) = match url.split_once('?') {
        Some((m, q)) => (m, Some(q)),
        None => (url, None),
    };
    let scheme_end = main.find("://").map_or(0, |i| i + 3);
    let base = match main[scheme_end..].find('/') {
        Some(i) => &main[..scheme_end + i],
        None => main,
    };
    match query {
        Some(q) => format!("{base}/{name}?{q}"),
        None => format!("{base}/{name}"),
    }
}

/// A running `wave-server serve`; killed when dropped.
pub struct Server {
    child: Child,
    pub base: String,
    log: PathBuf,
}

impl Server {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// The server process's id, for signals.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// `IP:PORT`, for raw sockets.
    pub fn addr(&self) -> String {
        self.base
            .split_once("://")
            .map_or(self.base.as_str(), |(_, rest)| rest)
            .to_owned()
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    pub fn client(&self) -> Client {
        Client {
            base: self.base.clone(),
            agent: ureq::AgentBuilder::new()
                .timeout(Duration::from_secs(60))
                .build(),
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// What came back.
#[derive(Debug)]
pub struct Resp {
    pub status: u16,
    pub headers: HashMap<String, String>,
    pub body: Vec<u8>,
}

impl Resp {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "not JSON ({e}): {:?}",
                String::from_utf8_lossy(&self.body[..self.body.len().min(300)])
            )
        })
    }

    pub fn parse<T: serde::de::DeserializeOwned>(&self) -> T {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "unexpected body ({e}): {}",
                String::from_utf8_lossy(&self.body)
            )
        })
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .get(&name.to_ascii_lowercase())
            .map(String::as_str)
    }

    /// The error code of an error body.
    pub fn code(&self) -> String {
        self.json()["error"]["code"]
            .as_str()
            .unwrap_or_else(|| panic!("no error code in {}", String::from_utf8_lossy(&self.body)))
            .to_owned()
    }

    #[track_caller]
    pub fn assert_error(&self, status: u16, code: &str) {
        assert_eq!(
            self.status,
            status,
            "body: {}",
            String::from_utf8_lossy(&self.body)
        );
        assert_eq!(self.code(), code);
        let message = self.json()["error"]["message"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        assert!(!message.is_empty(), "error without a message");
        assert_eq!(self.header("content-type"), Some("application/json"));
    }
}

pub struct Client {
    pub base: String,
    agent: ureq::Agent,
}

impl Client {
    pub fn request(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        headers: &[(&str, &str)],
        body: Option<&[u8]>,
    ) -> Resp {
        let mut req = self.agent.request(method, &format!("{}{path}", self.base));
        if let Some(t) = token {
            req = req.set("Authorization", &format!("Bearer {t}"));
        }
        for (k, v) in headers {
            req = req.set(k, v);
        }
        let result = match body {
            Some(b) => req.send_bytes(b),
            None => req.call(),
        };
        let resp = match result {
            Ok(r) => r,
            Err(ureq::Error::Status(_, r)) => r,
            Err(e) => panic!("{method} {path}: {e}"),
        };
        let status = resp.status();
        let headers = resp
            .headers_names()
            .into_iter()
            .filter_map(|n| {
                resp.header(&n)
                    .map(|v| (n.to_ascii_lowercase(), v.to_owned()))
            })
            .collect();
        let mut body = Vec::new();
        resp.into_reader().read_to_end(&mut body).unwrap();
        Resp {
            status,
            headers,
            body,
        }
    }

    pub fn get(&self, path: &str, token: Option<&str>) -> Resp {
        self.request("GET", path, token, &[], None)
    }

    pub fn post_json(&self, path: &str, token: Option<&str>, body: &serde_json::Value) -> Resp {
        let bytes = serde_json::to_vec(body).unwrap();
        self.request(
            "POST",
            path,
            token,
            &[("Content-Type", "application/json")],
            Some(&bytes),
        )
    }

    pub fn create_code(&self, staff: &str, seconds: u64) -> String {
        let r = self.post_json(
            "/v1/staff/enrollment-codes",
            Some(staff),
            &serde_json::json!({ "expires_in_seconds": seconds }),
        );
        assert_eq!(r.status, 201, "{}", String::from_utf8_lossy(&r.body));
        r.json()["code"].as_str().unwrap().to_owned()
    }

    pub fn enroll_with(&self, code: &str, key: &SigningKey, label: Option<&str>) -> Resp {
        let mut req = wave_protocol::EnrollRequest::new(code, &key.verifying_key().to_bytes());
        req.label = label.map(str::to_owned);
        self.post_json("/v1/enroll", None, &serde_json::to_value(req).unwrap())
    }

    /// Enrolls `key` with `code` the way devices do, with the proof that the sender holds it.
    pub fn enroll_proven(&self, code: &str, key: &SigningKey) -> Resp {
        let req = wave_protocol::EnrollRequest::signed(code, key);
        self.post_json("/v1/enroll", None, &serde_json::to_value(req).unwrap())
    }

    /// Creates a code with `staff` and enrolls a new device with it.
    pub fn enroll(&self, staff: &str) -> Device {
        let code = self.create_code(staff, 3600);
        let key = new_key();
        let r = self.enroll_with(&code, &key, None);
        assert_eq!(r.status, 201, "{}", String::from_utf8_lossy(&r.body));
        let resp: wave_protocol::EnrollResponse = r.parse();
        Device {
            id: resp.device_id,
            token: resp.device_token,
            key,
        }
    }

    pub fn submit(&self, device: &Device, items: &[SubmissionItem]) -> Resp {
        let req = wave_protocol::SubmitRequest {
            items: items.to_vec(),
        };
        self.post_json(
            "/v1/submissions",
            Some(&device.token),
            &serde_json::to_value(req).unwrap(),
        )
    }

    /// Submits and returns the statuses (and reject codes) in order.
    pub fn submit_statuses(&self, device: &Device, items: &[SubmissionItem]) -> Vec<String> {
        let r = self.submit(device, items);
        assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
        let resp: wave_protocol::SubmitResponse = r.parse();
        assert_eq!(resp.results.len(), items.len());
        for (res, item) in resp.results.iter().zip(items) {
            assert_eq!(res.id, item.id, "results out of order");
        }
        resp.results
            .iter()
            .map(|r| match &r.reason {
                Some(reason) => format!("{:?}:{}", r.status, reason.code).to_lowercase(),
                None => format!("{:?}", r.status).to_lowercase(),
            })
            .collect()
    }

    pub fn create_blob(&self, device: &Device, sha: &Sha256Hex, size: u64) -> Resp {
        self.post_json(
            "/v1/blobs",
            Some(&device.token),
            &serde_json::json!({ "sha256": sha.to_string(), "size": size }),
        )
    }

    pub fn patch_blob(&self, device: &Device, sha: &Sha256Hex, offset: u64, data: &[u8]) -> Resp {
        self.request(
            "PATCH",
            &format!("/v1/blobs/{sha}"),
            Some(&device.token),
            &[
                ("Content-Type", "application/offset+octet-stream"),
                ("Upload-Offset", &offset.to_string()),
            ],
            Some(data),
        )
    }

    pub fn head_blob(&self, device: &Device, sha: &Sha256Hex) -> Resp {
        self.request(
            "HEAD",
            &format!("/v1/blobs/{sha}"),
            Some(&device.token),
            &[],
            None,
        )
    }

    /// Uploads `data` completely in chunks of `chunk` bytes.
    pub fn upload(&self, device: &Device, data: &[u8], chunk: usize) -> Sha256Hex {
        let sha = Sha256Hex::digest(data);
        let r = self.create_blob(device, &sha, data.len() as u64);
        assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
        let mut offset = r.json()["offset"].as_u64().unwrap() as usize;
        while offset < data.len() {
            let end = (offset + chunk).min(data.len());
            let r = self.patch_blob(device, &sha, offset as u64, &data[offset..end]);
            assert_eq!(r.status, 204, "{}", String::from_utf8_lossy(&r.body));
            offset = end;
        }
        sha
    }

    /// Pulls every submission after `cursor` in pages of `limit`.
    pub fn pull_all(
        &self,
        staff: &str,
        mut cursor: Option<String>,
        limit: u32,
    ) -> (Vec<wave_protocol::PulledSubmission>, Option<String>) {
        let mut all = Vec::new();
        loop {
            let mut path = format!("/v1/staff/submissions?limit={limit}");
            if let Some(c) = &cursor {
                path.push_str(&format!("&after={c}"));
            }
            let r = self.get(&path, Some(staff));
            assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
            let page: wave_protocol::PullResponse = r.parse();
            assert!(page.items.len() <= limit as usize);
            let done = !page.has_more;
            all.extend(page.items);
            cursor = page.next_cursor;
            if done {
                return (all, cursor);
            }
        }
    }
}

/// An enrolled device.
pub struct Device {
    pub id: Uuid,
    pub token: String,
    pub key: SigningKey,
}

impl Device {
    /// A correctly signed submission.
    pub fn item(&self, id: Uuid, envelope: &[u8], blobs: &[Sha256Hex]) -> SubmissionItem {
        let sig = sign_submission(&self.key, &id, envelope);
        SubmissionItem::new(id, envelope, &sig, blobs)
    }
}

pub fn new_key() -> SigningKey {
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed).unwrap();
    SigningKey::from_bytes(&seed)
}

pub fn random_bytes(n: usize) -> Vec<u8> {
    let mut v = vec![0u8; n];
    getrandom::fill(&mut v).unwrap();
    v
}

/// Whether `needle` occurs anywhere in the file.
pub fn file_contains(path: &Path, needle: &[u8]) -> bool {
    let hay = std::fs::read(path).unwrap_or_default();
    hay.windows(needle.len()).any(|w| w == needle)
}

/// Declares each listed test once per backend: `sqlite::name` and `postgres::name`.
#[macro_export]
macro_rules! for_each_backend {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $( #[test] fn $name() {
                if let Some(db) = $crate::common::Db::new($crate::common::Backend::Sqlite) {
                    super::$name(&db);
                }
            } )*
        }
        mod postgres {
            $( #[test] fn $name() {
                if let Some(db) = $crate::common::Db::new($crate::common::Backend::Postgres) {
                    super::$name(&db);
                }
            } )*
        }
    };
}
