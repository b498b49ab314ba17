//! What several CLI test files share: running `wave` with a passphrase and a language, making
//! and enrolling a vault, a real `wave-server` to sync to and pull from, and stub servers.

// Each test file compiles this module on its own and uses only part of it.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

use wave_protocol::{EnrollmentInvite, Uuid};

/// The terminal's language for a `wave` run.
#[derive(Clone, Copy)]
pub enum Locale<'a> {
    /// As the test itself runs.
    Inherited,
    /// None set: `wave` speaks English.
    Cleared,
    /// `LANG` (`ru_RU.UTF-8`, `C`, …), with nothing set that would override it.
    Lang(&'a str),
}

/// How a test file runs `wave`: the passphrase it answers every question for one with, and the
/// terminal's language. A staff token never comes from the test's own environment.
#[derive(Clone, Copy)]
pub struct Wave<'a> {
    pub passphrase: Option<&'a str>,
    pub locale: Locale<'a>,
}

impl<'a> Wave<'a> {
    /// The same, in the terminal language `locale`.
    pub fn in_locale(self, locale: Locale<'a>) -> Wave<'a> {
        Wave { locale, ..self }
    }

    /// `wave ARGS`, not started yet.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_wave"));
        command.args(args).env_remove("WAVE_STAFF_TOKEN");
        if let Some(passphrase) = self.passphrase {
            command
                .env("WAVE_PASSPHRASE", passphrase)
                .env("WAVE_NEW_PASSPHRASE", passphrase);
        }
        match self.locale {
            Locale::Inherited => {}
            Locale::Cleared | Locale::Lang(_) => {
                command
                    .env_remove("LC_ALL")
                    .env_remove("LC_MESSAGES")
                    .env_remove("LANG");
            }
        }
        if let Locale::Lang(locale) = self.locale {
            command.env("LANG", locale);
        }
        command
    }

    /// `wave ARGS`, run to its end.
    pub fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().unwrap()
    }

    /// A new vault at `vault`, quick to unlock.
    pub fn init_vault(&self, vault: &str) {
        ok(self.run(&["vault", "init", "--vault", vault, "--unlock-time", "0"]));
    }

    /// A finalized case in `vault`: the complete case of tests/data under `code_name`, its
    /// answers file written in `dir`. Its id.
    pub fn finalized_case(&self, dir: &Path, vault: &str, code_name: &str) -> String {
        let answers = dir.join("answers.json");
        let mut case: serde_json::Value =
            serde_json::from_str(include_str!("../data/complete-case.json")).unwrap();
        case["code_name"] = code_name.into();
        std::fs::write(&answers, case.to_string()).unwrap();
        let id = ok(self.run(&[
            "case",
            "add",
            "--vault",
            vault,
            "--answers",
            answers.to_str().unwrap(),
        ]));
        let id = id.trim();
        ok(self.run(&["case", "finalize", id, "--vault", vault]));
        id.to_owned()
    }

    /// A new NGO identity written to `key`. Its public key.
    pub fn keygen(&self, key: &str) -> String {
        ok(self.run(&["staff", "keygen", "--out", key]))
            .trim()
            .to_owned()
    }

    /// `vault` enrolled with the server at `url` (a stub: the code is not checked, the cases
    /// are sealed to a key nobody keeps).
    pub fn enroll_with_stub(&self, vault: &str, url: String) {
        let invite = EnrollmentInvite {
            server: url,
            code: "code".into(),
            recipients: vec![age::x25519::Identity::generate().to_public().to_string()],
            pin_sha256: None,
            backup_pins_sha256: Vec::new(),
            signing_key: None,
        }
        .encode()
        .unwrap();
        ok(self.run(&["enroll", &invite, "--vault", vault]));
    }
}

/// Standard output of a run that must have succeeded.
pub fn ok(output: Output) -> String {
    assert!(
        output.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The first line `child` writes to its standard output (piped), as it wrote it.
pub fn first_line(child: &mut Child) -> String {
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    line
}

/// A server on a loopback port that gives each connection, on a thread of its own, to
/// `handle`. Its address.
pub fn stub_server(handle: impl Fn(TcpStream) + Clone + Send + 'static) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let handle = handle.clone();
            std::thread::spawn(move || handle(stream));
        }
    });
    url
}

/// One request read whole from `stream`: its head (the request line and the headers) and the
/// reader, to answer through. None when the client went away first.
pub fn read_request(stream: TcpStream) -> Option<(String, BufReader<TcpStream>)> {
    let mut reader = BufReader::new(stream);
    let mut head = String::new();
    let mut length = 0usize;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return None;
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
    Some((head, reader))
}

/// A server's answer to an enrollment: a new device's id and token.
pub fn enrolled_device() -> String {
    format!(
        r#"{{"device_id":"{}","device_token":"{}"}}"#,
        Uuid::new_v4(),
        "t".repeat(43)
    )
}

/// Answers with `status`, the extra header lines `headers` and the JSON `body`, and closes.
pub fn respond(reader: BufReader<TcpStream>, status: u16, headers: &str, body: &str) {
    let mut stream = reader.into_inner();
    let _ = write!(
        stream,
        "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\
         {headers}connection: close\r\n\r\n{body}",
        body.len()
    );
}

/// A running server: the `wave-server` binary when it was built beside `wave` (as a workspace
/// test run does), else the same server library in this process.
pub enum Server {
    Process(Child),
    /// Kept so the server's tasks keep running until the test ends.
    InProcess {
        _runtime: tokio::runtime::Runtime,
    },
}

pub struct Running {
    server: Server,
    pub url: String,
    pub token: String,
    pub data: PathBuf,
}

impl Running {
    /// `wave staff enroll-code` for this server and devices sealing to `recipient`.
    pub fn enroll_code_args<'a>(&'a self, recipient: &'a str) -> Vec<&'a str> {
        self.enroll_code_args_as(&self.token, recipient)
    }

    /// The same with `token` in place of the server's staff token.
    pub fn enroll_code_args_as<'a>(&'a self, token: &'a str, recipient: &'a str) -> Vec<&'a str> {
        let server = ["--server", &self.url, "--token", token];
        [
            &["staff", "enroll-code"][..],
            &server,
            &["--recipient", recipient],
        ]
        .concat()
    }

    /// `wave staff pull` from this server with the identity in `key` into `archive` (made
    /// quick to unlock when new).
    pub fn pull_args<'a>(&'a self, key: &'a str, archive: &'a str) -> Vec<&'a str> {
        self.pull_args_as(&self.token, key, archive)
    }

    /// The same with `token` in place of the server's staff token.
    pub fn pull_args_as<'a>(
        &'a self,
        token: &'a str,
        key: &'a str,
        archive: &'a str,
    ) -> Vec<&'a str> {
        let server = ["--server", &self.url, "--token", token];
        let archive = [
            "--identity",
            key,
            "--archive",
            archive,
            "--unlock-time",
            "0",
        ];
        [&["staff", "pull"][..], &server, &archive].concat()
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Server::Process(child) = &mut self.server {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

fn server_binary() -> Option<PathBuf> {
    let wave = Path::new(env!("CARGO_BIN_EXE_wave"));
    let binary = wave.with_file_name(format!("wave-server{}", std::env::consts::EXE_SUFFIX));
    binary.exists().then_some(binary)
}

pub fn start_server(data: &Path) -> Running {
    match server_binary() {
        Some(binary) => {
            let token = Command::new(&binary)
                .args(["create-staff-token", "--data"])
                .arg(data)
                .env_remove("WAVE_DATABASE_URL")
                .output()
                .unwrap();
            assert!(
                token.status.success(),
                "{}",
                String::from_utf8_lossy(&token.stderr)
            );
            let token = String::from_utf8(token.stdout).unwrap().trim().to_owned();
            let mut child = Command::new(&binary)
                .args(["serve", "--listen", "127.0.0.1:0", "--data"])
                .arg(data)
                .env_remove("WAVE_DATABASE_URL")
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .unwrap();
            let line = first_line(&mut child);
            let url = line
                .trim()
                .strip_prefix("listening on ")
                .unwrap_or_else(|| panic!("server did not start: {line:?}"))
                .to_owned();
            Running {
                server: Server::Process(child),
                url,
                token,
                data: data.to_owned(),
            }
        }
        None => {
            use wave_server::Store;
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .unwrap();
            let store = wave_server::SqliteStore::open(data).unwrap();
            let secret = wave_server::auth::new_secret();
            let (listener, url) = runtime.block_on(async {
                store
                    .create_staff_token(Uuid::new_v4(), secret.hash, wave_server::routes::now())
                    .await
                    .unwrap();
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
                let url = format!("http://{}", listener.local_addr().unwrap());
                (listener, url)
            });
            let app = wave_server::App::new(store, &wave_server::Config::default());
            runtime.spawn(async move {
                let _ = axum::serve(listener, wave_server::router(app)).await;
            });
            Running {
                server: Server::InProcess { _runtime: runtime },
                url,
                token: secret.text,
                data: data.to_owned(),
            }
        }
    }
}
