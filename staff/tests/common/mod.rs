//! What the workspace tests share: an archive filled by a real pull (a device vault records
//! cases — ordinary ones, one corrected in a second version, and one full of hostile strings and
//! files — syncs them to a real `wave-server`, and staff pull them), a running workspace on it,
//! and a small HTTP/1.1 client that can send any `Host` header.

#![allow(dead_code)]

pub mod webdriver;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::PathBuf;
use std::time::Duration;

use serde_json::{Value, json};
use wave_core::case::{self, FormRef};
use wave_core::record::finalize_and_seal;
use wave_core::sync::{NoObserver, StaffIdentity, SyncOptions, enroll, sync_now};
use wave_core::vault::{KdfParams, Passphrase};
use wave_staff::workspace::{PullSettings, Running, ServeOptions, start};
use wave_staff::{Archive, Forms, PullOptions, StaffClient, pull};
use wave_tests::{Backend, Server, new_vault};

pub const PASSPHRASE: &str = "workspace test archive: quiet harbour lanterns";
pub const STORY: &str = "Two officers stopped me near the pharmacy and took my naloxone.";
pub const SEARCH_WORD: &str = "Quokkaword";

/// Strings a hostile or broken device might send, in answers, code names and file names.
pub const SCRIPT: &str = "<script>alert('code')</script>";
pub const ATTRIBUTE: &str = "\"><img src=x onerror=alert('attr')>";
pub const JAVASCRIPT_URL: &str = "javascript:alert('url')";
pub const RTL: &str = "\u{202E}gnp.exe";
pub const ZERO_WIDTH: &str = "zero\u{200B}width\u{200D}joiner";
pub const SVG: &[u8] =
    b"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert('svg')\"><script>alert('svg')</script></svg>";
pub const HTML: &[u8] = b"<!doctype html><html><body><script>alert('html')</script></body></html>";

/// A valid PCM WAV: `seconds` of a quiet 440 Hz tone, 8 kHz mono, 8-bit.
pub fn wav(seconds: f32) -> Vec<u8> {
    let rate = 8000u32;
    let samples = (rate as f32 * seconds) as u32;
    let mut bytes = Vec::with_capacity(44 + samples as usize);
    bytes.extend_from_slice(b"RIFF");
    bytes.extend_from_slice(&(36 + samples).to_le_bytes());
    bytes.extend_from_slice(b"WAVEfmt ");
    bytes.extend_from_slice(&16u32.to_le_bytes());
    bytes.extend_from_slice(&1u16.to_le_bytes());
    bytes.extend_from_slice(&1u16.to_le_bytes());
    bytes.extend_from_slice(&rate.to_le_bytes());
    bytes.extend_from_slice(&rate.to_le_bytes());
    bytes.extend_from_slice(&1u16.to_le_bytes());
    bytes.extend_from_slice(&8u16.to_le_bytes());
    bytes.extend_from_slice(b"data");
    bytes.extend_from_slice(&samples.to_le_bytes());
    for n in 0..samples {
        let phase = n as f32 * 440.0 * std::f32::consts::TAU / rate as f32;
        bytes.push((128.0 + 20.0 * phase.sin()) as u8);
    }
    bytes
}

/// The hostile code name: every trick at once.
pub fn hostile_code_name() -> String {
    format!("{SCRIPT}{ATTRIBUTE}{RTL}{ZERO_WIDTH}")
}

/// A server, a device that sent cases to it, and a staff archive that pulled them.
pub struct Fixture {
    pub dir: tempfile::TempDir,
    pub server: Server,
    pub staff_token: String,
    pub identity_text: String,
    pub archive: PathBuf,
    device: PathBuf,
}

fn answers(value: Value) -> wave_core::case::Answers {
    value.as_object().cloned().unwrap_or_default()
}

const FORM: fn() -> FormRef = || FormRef {
    id: "police-violence".into(),
    version: 2,
};

impl Fixture {
    pub fn new() -> Fixture {
        let dir = wave_tests::memory_tempdir();
        let server = Server::start(&dir.path().join("server"), &Backend::Sqlite);
        let staff_token = server.staff_token();
        let ngo = StaffIdentity::generate();
        let device = dir.path().join("device");
        let mut vault = new_vault(&device);
        let runtime = wave_tests::runtime();
        runtime
            .block_on(enroll(
                vault.store(),
                &server.enrollment(&staff_token, &[&ngo]),
                Some("test phone"),
                &SyncOptions::default(),
            ))
            .expect("enroll");
        let store = vault.store();

        // An ordinary case with an audio recording, corrected later in a second version.
        let sunflower = case::create_draft(
            store,
            FORM(),
            answers(json!({
                "code_name": "Sunflower",
                "country": "kz",
                "age_group": "25_34",
                "incident_date": {"value": "2026-03-14", "precision": "exact"},
                "violations": ["v_phys", "v_extort"],
                "own_words": format!("{STORY} {SEARCH_WORD}"),
                "place_location": {"lat": 43.2389, "lon": 76.8897},
                "officers": [
                    {"officer_service": "patrol"},
                    {"officer_service": "drug_police"}
                ],
                "consent_statistics": true,
                "consent_lawyer": true,
            })),
            None,
            &[
                ("store".into(), true),
                ("statistics".into(), true),
                ("lawyer".into(), true),
            ],
        )
        .expect("case");
        case::add_attachment(
            store,
            sunflower,
            &mut &wav(1.5)[..],
            Some("statement.wav"),
            "audio/wav",
        )
        .expect("audio");
        finalize_and_seal(store, sunflower).expect("finalize");
        case::amend_case(store, sunflower).expect("amend");
        let mut corrected = case::get_case(store, sunflower)
            .expect("case")
            .versions
            .last()
            .map(|version| version.answers.clone())
            .unwrap_or_default();
        corrected.insert("country".into(), json!("ua"));
        case::save_answers(store, sunflower, corrected).expect("correct");
        finalize_and_seal(store, sunflower).expect("finalize again");

        // A case from a broken or hostile device.
        let huge = "Ж".repeat(200_000);
        let hostile = case::create_case(
            store,
            FORM(),
            answers(json!({
                "code_name": hostile_code_name(),
                "country": "ua",
                "incident_date": {"value": "2026-05-02", "precision": "exact"},
                "violations": [SCRIPT, "v_phys"],
                "own_words": format!("{SCRIPT} {ATTRIBUTE} {JAVASCRIPT_URL} {RTL} {ZERO_WIDTH} {huge}"),
                "city": JAVASCRIPT_URL,
                "officers": [{"officer_service": ATTRIBUTE, "officer_name_badge": SCRIPT}],
                SCRIPT: ATTRIBUTE,
            })),
        )
        .expect("hostile case");
        for (name, media, bytes) in [
            (format!("{ATTRIBUTE}{RTL}.svg"), "image/svg+xml", SVG),
            (format!("{SCRIPT}.html"), "image/png", HTML),
        ] {
            case::add_attachment(store, hostile, &mut &bytes[..], Some(&name), media)
                .expect("hostile attachment");
        }
        finalize_and_seal(store, hostile).expect("finalize");

        let quick = SyncOptions {
            max_attempts: 2,
            base_delay: Duration::from_millis(10),
            ..SyncOptions::default()
        };
        let report = runtime
            .block_on(sync_now(store, &quick, &NoObserver))
            .expect("sync");
        assert_eq!((report.sent, report.failed), (3, 0), "{report:?}");

        let archive_dir = dir.path().join("archive");
        let mut archive =
            Archive::create(&archive_dir, &Passphrase::new(PASSPHRASE), KdfParams::FLOOR)
                .expect("archive");
        let client = StaffClient::new(&server.url, &staff_token).expect("client");
        let ngo_text = ngo.to_file_text().to_string();
        let pulled = runtime
            .block_on(pull(&mut archive, &client, &ngo, &PullOptions::default()))
            .expect("pull");
        assert_eq!(pulled.new, 3, "{pulled:?}");
        archive.lock();
        drop(vault);
        Fixture {
            server,
            staff_token,
            identity_text: ngo_text,
            archive: archive_dir,
            device,
            dir,
        }
    }

    /// Records and sends `n` more cases from the same device (for a pull from the page).
    pub fn send_more(&self, n: usize) {
        let mut vault = wave_core::Vault::at(&self.device)
            .unlock(&Passphrase::new("test vault: amber canoe drifting"))
            .expect("device vault");
        let store = vault.store();
        for k in 0..n {
            let id = case::create_case(
                store,
                FORM(),
                answers(json!({
                    "code_name": format!("Later {k}"),
                    "country": "md",
                    "own_words": "pulled from the page",
                })),
            )
            .expect("case");
            finalize_and_seal(store, id).expect("finalize");
        }
        let report = wave_tests::runtime()
            .block_on(sync_now(store, &SyncOptions::default(), &NoObserver))
            .expect("sync");
        assert_eq!(report.sent, n as u64);
    }

    /// Serves the workspace on this archive, able to pull from the server.
    pub fn serve(&self, runtime: &tokio::runtime::Runtime, idle_lock: Duration) -> Running {
        let identity = StaffIdentity::parse(&self.identity_text).expect("identity");
        let client = StaffClient::new(&self.server.url, &self.staff_token).expect("client");
        runtime
            .block_on(start(ServeOptions {
                archive: self.archive.clone(),
                port: 0,
                idle_lock,
                pull: Some(PullSettings {
                    client,
                    identity,
                    page_size: 2,
                }),
                forms: Forms::builtin().expect("forms"),
            }))
            .expect("workspace")
    }
}

pub fn workspace_runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime")
}

/// One HTTP response.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// A browser-like client of one workspace: its address, the Host it sends, its cookie and the
/// CSRF token the last page carried.
pub struct Client {
    pub address: SocketAddr,
    pub host: String,
    pub cookie: Option<String>,
    pub csrf: Option<String>,
}

impl Client {
    pub fn new(running: &Running) -> Client {
        Client {
            address: running.address,
            host: running.address.to_string(),
            cookie: None,
            csrf: None,
        }
    }

    /// Exchanges the start URL's token for the session cookie.
    pub fn start(running: &Running) -> Client {
        let mut client = Client::new(running);
        let path = running
            .start_url
            .split_once(&client.host)
            .map(|(_, path)| path.to_owned())
            .expect("start path");
        let reply = client.get(&path);
        assert_eq!(reply.status, 303, "{}", reply.text());
        let cookie = reply.header("set-cookie").expect("cookie").to_owned();
        client.cookie = Some(cookie.split(';').next().expect("pair").to_owned());
        let home = client.get("/");
        client.remember_csrf(&home);
        client
    }

    pub fn remember_csrf(&mut self, reply: &Reply) {
        let text = reply.text();
        if let Some(token) = text
            .split("name=\"csrf\" value=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
        {
            self.csrf = Some(token.to_owned());
        }
    }

    pub fn get(&self, path: &str) -> Reply {
        self.send("GET", path, &[], None)
    }

    /// Posts a form, adding the CSRF token.
    pub fn post(&self, path: &str, fields: &[(&str, &str)]) -> Reply {
        let mut all: Vec<(&str, &str)> = fields.to_vec();
        if let Some(csrf) = &self.csrf {
            all.push(("csrf", csrf));
        }
        self.post_raw(path, &all)
    }

    /// Posts exactly these fields.
    pub fn post_raw(&self, path: &str, fields: &[(&str, &str)]) -> Reply {
        let body = serde_urlencoded::to_string(fields).expect("form");
        self.send(
            "POST",
            path,
            &[("Content-Type", "application/x-www-form-urlencoded")],
            Some(body.into_bytes()),
        )
    }

    pub fn unlock(&mut self, passphrase: &str) -> Reply {
        self.post(
            "/unlock",
            &[("name", "Olena K."), ("passphrase", passphrase)],
        )
    }

    pub fn send(
        &self,
        method: &str,
        path: &str,
        extra: &[(&str, &str)],
        body: Option<Vec<u8>>,
    ) -> Reply {
        let mut stream = TcpStream::connect(self.address).expect("connect");
        stream
            .set_read_timeout(Some(Duration::from_secs(120)))
            .expect("timeout");
        let mut head = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n",
            self.host
        );
        if let Some(cookie) = &self.cookie {
            head.push_str(&format!("Cookie: {cookie}\r\n"));
        }
        for (name, value) in extra {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        let body = body.unwrap_or_default();
        head.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
        stream.write_all(head.as_bytes()).expect("write");
        stream.write_all(&body).expect("write body");
        // Read until the response is complete (by its length, or its last chunk), since not
        // every server closes at once after `Connection: close`.
        let mut raw = Vec::new();
        let mut buffer = [0u8; 64 * 1024];
        loop {
            let read = stream.read(&mut buffer).expect("read");
            if read == 0 {
                break;
            }
            raw.extend_from_slice(&buffer[..read]);
            if complete(&raw) {
                break;
            }
        }
        parse(&raw)
    }
}

fn complete(raw: &[u8]) -> bool {
    let Some(split) = raw.windows(4).position(|window| window == b"\r\n\r\n") else {
        return false;
    };
    let head = String::from_utf8_lossy(&raw[..split]).to_ascii_lowercase();
    let body = &raw[split + 4..];
    if let Some(length) = head
        .lines()
        .find_map(|line| line.strip_prefix("content-length:"))
        .and_then(|value| value.trim().parse::<usize>().ok())
    {
        return body.len() >= length;
    }
    if head.contains("transfer-encoding: chunked") {
        return body.ends_with(b"0\r\n\r\n");
    }
    false
}

fn parse(raw: &[u8]) -> Reply {
    let split = raw
        .windows(4)
        .position(|window| window == b"\r\n\r\n")
        .expect("end of head");
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.split("\r\n");
    let status: u16 = lines
        .next()
        .and_then(|line| line.split(' ').nth(1))
        .and_then(|code| code.parse().ok())
        .expect("status");
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
        .collect();
    let mut body = raw[split + 4..].to_vec();
    let chunked = headers
        .iter()
        .any(|(name, value)| name == "transfer-encoding" && value.contains("chunked"));
    if chunked {
        let mut decoded = Vec::new();
        let mut rest = &body[..];
        loop {
            let line_end = rest
                .windows(2)
                .position(|w| w == b"\r\n")
                .expect("chunk size");
            let size = usize::from_str_radix(
                String::from_utf8_lossy(&rest[..line_end])
                    .split(';')
                    .next()
                    .unwrap_or("0")
                    .trim(),
                16,
            )
            .expect("hex size");
            rest = &rest[line_end + 2..];
            if size == 0 {
                break;
            }
            decoded.extend_from_slice(&rest[..size]);
            rest = &rest[size + 2..];
        }
        body = decoded;
    }
    Reply {
        status,
        headers,
        body,
    }
}
