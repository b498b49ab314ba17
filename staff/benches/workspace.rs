//! Workspace benchmark over an archive of 10,000 cases that went the real way (a device vault
//! records and seals them, syncs them to an in-process `wave-server`, staff pull them into an
//! archive whose passphrase costs what `wave staff pull` calibrates by default, 500 ms). Then,
//! against a running workspace over loopback HTTP:
//!
//! - unlock to a usable inbox (POST /unlock, then the first inbox page);
//! - filtered inbox pages (country, violation, month range, full-text search; p50/p99);
//! - case pages (p50/p99);
//! - statistics over every case (GET /stats, p50/p99);
//!
//! each beside the raw cost, in the same run, of reading and decrypting the same rows from the
//! archive store (the key derivation and every case for unlock and statistics; a page's 50 cases
//! for an inbox page; one case for a case page). Times are measured by the client around each
//! request, so they include the loopback round trip: an upper bound on server time.
//!
//! ```sh
//! cargo bench -p wave-staff --bench workspace
//! ```
//!
//! `WAVE_BENCH_CASES` changes the number of cases (default 10,000). The archive is made once and
//! kept in `$CARGO_TARGET_DIR/wave-bench/workspace-N/` (delete it to make it again).

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::json;
use wave_core::case::{self, FormRef};
use wave_core::record::finalize_and_seal;
use wave_core::sync::{NoObserver, StaffIdentity, SyncOptions, enroll, sync_now};
use wave_core::vault::{KdfParams, Passphrase};
use wave_protocol::EnrollmentInvite;
use wave_staff::workspace::{ServeOptions, start};
use wave_staff::{Archive, Forms, PullOptions, StaffClient, pull};

const PASSPHRASE: &str = "workspace bench archive: slow river stones";
const DEVICE_PASSPHRASE: &str = "workspace bench device: tall grass";
const COUNTRIES: [&str; 11] = [
    "kz", "ua", "kg", "md", "ge", "by", "am", "az", "tj", "uz", "ru",
];
const VIOLATIONS: [&str; 12] = [
    "v_verbal",
    "v_threat",
    "v_extort",
    "v_phys",
    "v_detain",
    "v_search",
    "v_plant",
    "v_confisc",
    "v_sexhar",
    "v_rape",
    "v_nolawyer",
    "v_phone",
];
const AGES: [&str; 5] = ["under_18", "18_24", "25_34", "35_44", "45_plus"];
const SERVICES: [&str; 6] = [
    "patrol",
    "district",
    "drug_unit",
    "criminal",
    "operative",
    "special_unit",
];
const WORDS: [&str; 16] = [
    "двор",
    "night",
    "stop",
    "улица",
    "шум",
    "kerb",
    "van",
    "paper",
    "аптека",
    "pharmacy",
    "телефон",
    "money",
    "участок",
    "station",
    "naloxone",
    "шприц",
];

fn mix(mut n: u64) -> u64 {
    n = n.wrapping_add(0x9E37_79B9_7F4A_7C15);
    n = (n ^ (n >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    n = (n ^ (n >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    n ^ (n >> 31)
}

/// Case `n`'s answers: every filter and table has something to count, and about 1.5 KiB of
/// narrative to index.
fn answers(n: u64) -> wave_core::case::Answers {
    let pick = |salt: u64, len: usize| (mix(n * 31 + salt) % len as u64) as usize;
    let mut narrative = String::new();
    let mut k = 0;
    while narrative.len() < 1500 {
        narrative.push_str(WORDS[pick(100 + k, WORDS.len())]);
        narrative.push(' ');
        k += 1;
    }
    let violations: Vec<&str> = (0..1 + pick(1, 3))
        .map(|k| VIOLATIONS[pick(10 + k as u64, VIOLATIONS.len())])
        .collect();
    let country = COUNTRIES[pick(2, COUNTRIES.len())];
    json!({
        "code_name": format!("Case {n}"),
        "country": country,
        "age_group": AGES[pick(3, AGES.len())],
        "incident_date": {
            "value": format!("{}-{:02}-{:02}", 2024 + pick(4, 3), 1 + pick(5, 12), 1 + pick(6, 28)),
            "precision": "exact"
        },
        "violations": violations,
        "own_words": narrative,
        "place_location": {
            "lat": 40.0 + (pick(7, 1000) as f64) / 100.0,
            "lon": 30.0 + (pick(8, 4000) as f64) / 100.0
        },
        "officers": [{"officer_service": SERVICES[pick(9, SERVICES.len())]}],
    })
    .as_object()
    .cloned()
    .unwrap_or_default()
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("target"))
}

/// Makes the archive (once): record, seal, sync, pull.
fn make_archive(dir: &Path, cases: u64, runtime: &tokio::runtime::Runtime) {
    let work = tempfile::tempdir().expect("temporary folder");
    let server_dir = work.path().join("server");
    std::fs::create_dir_all(&server_dir).expect("server folder");
    let store = wave_server::SqliteStore::open(&server_dir).expect("server store");
    let staff = wave_server::auth::new_secret();
    runtime
        .block_on(wave_server::Store::create_staff_token(
            &store,
            wave_protocol::Uuid::new_v4(),
            staff.hash,
            wave_server::routes::now(),
        ))
        .expect("staff token");
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("address"));
    let app = wave_server::router(wave_server::App::new(
        store,
        &wave_server::Config::default(),
    ));
    runtime.spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    let identity = StaffIdentity::generate();
    let client = StaffClient::new(&url, &staff.text).expect("client");
    let code = runtime
        .block_on(client.create_enrollment_code(Duration::from_secs(3600)))
        .expect("code")
        .code;
    let invite = EnrollmentInvite {
        server: url.clone(),
        code,
        recipients: vec![identity.recipient()],
        pin_sha256: None,
        backup_pins_sha256: Vec::new(),
        signing_key: None,
    }
    .encode()
    .expect("invite");
    let mut vault = wave_core::Vault::at(work.path().join("device"))
        .create(&Passphrase::new(DEVICE_PASSPHRASE), KdfParams::FLOOR)
        .expect("device vault");
    runtime
        .block_on(enroll(
            vault.store(),
            &invite,
            None,
            &SyncOptions::default(),
        ))
        .expect("enroll");
    let form = FormRef {
        id: "police-violence".into(),
        version: 2,
    };
    let started = Instant::now();
    for n in 0..cases {
        let store = vault.store();
        let consents = [
            ("store".to_owned(), true),
            ("statistics".to_owned(), !mix(n).is_multiple_of(3)),
            ("lawyer".to_owned(), mix(n + 1).is_multiple_of(4)),
            ("un".to_owned(), mix(n + 2).is_multiple_of(3)),
        ];
        let id =
            case::create_draft(store, form.clone(), answers(n), None, &consents).expect("case");
        finalize_and_seal(store, id).expect("finalize");
        if (n + 1) % 2000 == 0 {
            eprintln!("  recorded {} cases ({:.0?})", n + 1, started.elapsed());
        }
    }
    let report = runtime
        .block_on(sync_now(
            vault.store(),
            &SyncOptions::default(),
            &NoObserver,
        ))
        .expect("sync");
    assert_eq!(report.sent, cases, "{report:?}");
    eprintln!("  synced ({:.0?})", started.elapsed());
    let params = KdfParams::calibrate(Duration::from_millis(500)).expect("calibrate");
    let mut archive = Archive::create(dir, &Passphrase::new(PASSPHRASE), params).expect("archive");
    let options = PullOptions { page_size: 1000 };
    let pulled = runtime
        .block_on(pull(&mut archive, &client, &identity, &options))
        .expect("pull");
    assert_eq!(pulled.new, cases, "{pulled:?}");
    archive.lock();
    eprintln!("  pulled into the archive ({:.0?})", started.elapsed());
}

/// A browser's session with the workspace, by hand over HTTP/1.1.
struct Session {
    address: SocketAddr,
    cookie: String,
    csrf: String,
}

fn request(address: SocketAddr, head: &str, body: &[u8]) -> (u16, String, Vec<u8>) {
    let mut stream = TcpStream::connect(address).expect("connect");
    stream.write_all(head.as_bytes()).expect("write");
    stream.write_all(body).expect("write body");
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).expect("read");
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").expect("head");
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .expect("status");
    (status, head, raw[split + 4..].to_vec())
}

impl Session {
    fn start(url: &str, address: SocketAddr) -> Session {
        let path = url.split_once(&address.to_string()).expect("path").1;
        let (status, head, _) = request(
            address,
            &format!("GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"),
            b"",
        );
        assert_eq!(status, 303);
        let cookie = head
            .lines()
            .find_map(|line| line.strip_prefix("set-cookie: "))
            .and_then(|value| value.split(';').next())
            .expect("cookie")
            .to_owned();
        let mut session = Session {
            address,
            cookie,
            csrf: String::new(),
        };
        let home = String::from_utf8_lossy(&session.get("/").1).into_owned();
        session.csrf = home
            .split("name=\"csrf\" value=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("csrf")
            .to_owned();
        session
    }

    fn get(&self, path: &str) -> (u16, Vec<u8>) {
        let (status, _, body) = request(
            self.address,
            &format!(
                "GET {path} HTTP/1.1\r\nHost: {}\r\nCookie: {}\r\nConnection: close\r\n\r\n",
                self.address, self.cookie
            ),
            b"",
        );
        (status, body)
    }

    fn post(&self, path: &str, fields: &[(&str, &str)]) -> u16 {
        let mut all = fields.to_vec();
        all.push(("csrf", &self.csrf));
        let body = serde_urlencoded::to_string(&all).expect("form");
        request(
            self.address,
            &format!(
                "POST {path} HTTP/1.1\r\nHost: {}\r\nCookie: {}\r\nConnection: close\r\n\
                 Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n",
                self.address,
                self.cookie,
                body.len()
            ),
            body.as_bytes(),
        )
        .0
    }
}

fn percentile(times: &mut [Duration], p: f64) -> Duration {
    times.sort();
    let index = ((times.len() as f64 - 1.0) * p).round() as usize;
    times[index.min(times.len() - 1)]
}

fn ms(duration: Duration) -> String {
    format!("{:.2} ms", duration.as_secs_f64() * 1000.0)
}

fn timed<T>(work: impl FnOnce() -> T) -> (T, Duration) {
    let started = Instant::now();
    let out = work();
    (out, started.elapsed())
}

fn main() {
    // `cargo bench` passes `--bench`; a filter argument is not used.
    let cases: u64 = std::env::var("WAVE_BENCH_CASES")
        .ok()
        .and_then(|text| text.parse().ok())
        .unwrap_or(10_000);
    let runtime = Arc::new(
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime"),
    );
    let dir = target_dir()
        .join("wave-bench")
        .join(format!("workspace-{cases}"));
    let done = dir.join(".made");
    if !done.exists() {
        eprintln!("making an archive of {cases} cases in {}", dir.display());
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.parent().expect("parent")).expect("bench folder");
        make_archive(&dir.join("archive"), cases, &runtime);
        std::fs::write(&done, b"").expect("marker");
    }
    let archive_dir = dir.join("archive");
    let forms = Forms::builtin().expect("forms");

    // The raw cost: derive the key, read and decrypt every case.
    let (archive, open_time) =
        timed(|| Archive::open(&archive_dir, &Passphrase::new(PASSPHRASE)).expect("open"));
    let (all, read_time) = timed(|| archive.cases().expect("cases"));
    assert_eq!(all.len() as u64, cases);
    let ids: Vec<_> = all.iter().map(|case| case.archive_case_id).collect();
    let submissions: Vec<String> = all
        .iter()
        .map(|case| case.submission_id.to_string())
        .collect();
    drop(all);
    let mut one_case = Vec::new();
    for k in 0..200usize {
        let id = ids[(mix(k as u64) % ids.len() as u64) as usize];
        let (_, time) = timed(|| case::get_case(archive.store(), id).expect("case"));
        one_case.push(time);
    }
    let mut page_rows = Vec::new();
    for k in 0..40usize {
        let from = (mix(1000 + k as u64) % (ids.len() as u64).saturating_sub(50).max(1)) as usize;
        let (_, time) = timed(|| {
            for id in ids.iter().skip(from).take(50) {
                case::get_case(archive.store(), *id).expect("case");
            }
        });
        page_rows.push(time);
    }
    archive.lock();

    let running = runtime
        .block_on(start(ServeOptions {
            archive: archive_dir.clone(),
            port: 0,
            idle_lock: Duration::from_secs(3600),
            pull: None,
            forms,
        }))
        .expect("workspace");
    let session = Session::start(&running.start_url, running.address);
    let (_, unlock_time) = timed(|| {
        let status = session.post("/unlock", &[("name", "Bench"), ("passphrase", PASSPHRASE)]);
        assert_eq!(status, 303);
        let (status, body) = session.get("/inbox");
        assert_eq!(status, 200);
        assert!(body.len() > 1000);
    });

    let filters = [
        "/inbox?country=kz",
        "/inbox?violation=v_phys",
        "/inbox?from=2025-03&to=2025-09",
        "/inbox?q=pharm",
        "/inbox?q=%D0%B0%D0%BF%D1%82%D0%B5%D0%BA%D0%B0+night",
        "/inbox?country=ua&violation=v_extort&age=25_34",
        "/inbox?consent=un&attachments=",
        "/inbox?country=kz&page=3",
        "/inbox?status=new&page=20",
    ];
    let mut inbox = Vec::new();
    for round in 0..30 {
        for filter in filters {
            let (result, time) = timed(|| session.get(filter));
            assert_eq!(result.0, 200, "{filter}");
            if round > 0 {
                inbox.push(time);
            }
        }
    }
    let mut case_pages = Vec::new();
    for k in 0..300u64 {
        let submission = &submissions[(mix(5000 + k) % submissions.len() as u64) as usize];
        let (result, time) = timed(|| session.get(&format!("/case/{submission}")));
        assert_eq!(result.0, 200);
        assert!(
            String::from_utf8_lossy(&result.1).contains("id=\"verification\""),
            "a whole case page"
        );
        case_pages.push(time);
    }
    let mut stats = Vec::new();
    for round in 0..21 {
        let (result, time) = timed(|| session.get("/stats"));
        assert_eq!(result.0, 200);
        if round > 0 {
            stats.push(time);
        }
    }
    let mut map = Vec::new();
    for _ in 0..10 {
        let (result, time) = timed(|| session.get("/map/data?view=internal"));
        assert_eq!(result.0, 200);
        map.push(time);
    }
    runtime.block_on(running.stop());

    println!("Workspace over an archive of {cases} cases (each: workspace | raw read + decrypt)");
    println!(
        "unlock to a usable inbox: {} | key derivation {} + every case {} = {}",
        ms(unlock_time),
        ms(open_time),
        ms(read_time),
        ms(open_time + read_time)
    );
    println!(
        "filtered inbox page: p50 {} p99 {} ({} requests) | a page's 50 cases p50 {} p99 {}",
        ms(percentile(&mut inbox, 0.5)),
        ms(percentile(&mut inbox, 0.99)),
        inbox.len(),
        ms(percentile(&mut page_rows, 0.5)),
        ms(percentile(&mut page_rows, 0.99)),
    );
    println!(
        "case page: p50 {} p99 {} ({} requests) | one case p50 {} p99 {}",
        ms(percentile(&mut case_pages, 0.5)),
        ms(percentile(&mut case_pages, 0.99)),
        case_pages.len(),
        ms(percentile(&mut one_case, 0.5)),
        ms(percentile(&mut one_case, 0.99)),
    );
    println!(
        "statistics over every case: p50 {} p99 {} ({} requests) | every case {}",
        ms(percentile(&mut stats, 0.5)),
        ms(percentile(&mut stats, 0.99)),
        stats.len(),
        ms(read_time)
    );
    println!(
        "internal map data: p50 {} p99 {} ({} requests)",
        ms(percentile(&mut map, 0.5)),
        ms(percentile(&mut map, 0.99)),
        map.len()
    );
}
