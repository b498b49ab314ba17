//! Sync under faults, end to end: a thousand finalized cases (many with attachments, a few of
//! about 1 MiB sent in small resumable chunks) cross a proxy that drops, delays, truncates,
//! duplicates and refuses requests; the server is killed and restarted mid-sync; the syncing
//! process is SIGKILLed again and again. Each time staff must receive every case version exactly
//! once, byte for byte, with valid signatures. Real `wave-server` processes, on SQLite and (with
//! `WAVE_TEST_DATABASE_URL`) on PostgreSQL.
//!
//! Randomness is seeded (`WAVE_FAULT_SEED` overrides the seed, which is printed), and every loop
//! is bounded.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex, Weak};
use std::time::{Duration, Instant};

use wave_core::case;
use wave_core::record::finalize_and_seal;
use wave_core::sync;
use wave_core::sync::{NoObserver, StaffIdentity, SyncOptions, SyncReport, enroll, sync_now};
use wave_core::vault::Passphrase;
use wave_core::{UnlockedVault, Vault};
use wave_tests::corpus::{Expected, Mix, check_delivery, record_cases};
use wave_tests::proxy::{FaultPlan, Proxy, splitmix64};
use wave_tests::{Backend, Server, copy_dir, enrollment_for, memory_tempdir, new_vault, runtime};

const CASES: u32 = 1000;
/// A quarter with one small attachment (1–50 KiB), one in twenty with two more, two with one
/// of about 1 MiB: some 350 attachments, 11 MB.
const MIX: Mix = Mix {
    small_every: 4,
    pair_every: 20,
    large_every: 500,
    narrative_chars: 300,
};
const PASSPHRASE: &str = "test vault: amber canoe drifting";
const CHILD_ENV: &str = "WAVE_FAULTS_SYNC_CHILD_VAULT";
/// Rate limits high enough that only the proxy's 429s are seen.
const SERVER_FLAGS: &[&str] = &["--rate-per-second", "100000", "--rate-burst", "100000"];

fn seed(default: u64) -> u64 {
    let seed = std::env::var("WAVE_FAULT_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default);
    println!("fault seed {seed} (set WAVE_FAULT_SEED to replay another)");
    seed
}

/// Small batches and chunks (many requests, so many faults) and millisecond backoff.
fn fast_options() -> SyncOptions {
    SyncOptions {
        max_batch_bytes: 16 * 1024,
        chunk_bytes: 16 * 1024,
        max_attempts: 3,
        base_delay: Duration::from_millis(2),
        max_delay: Duration::from_millis(20),
        timeout: Duration::from_secs(10),
    }
}

/// The thousand cases, recorded in a vault that is not enrolled yet; every test works on its
/// own copy. Recorded once while any test holds it, and removed when the last one is done.
struct Template {
    _dir: tempfile::TempDir,
    vault: PathBuf,
    expected: Expected,
}

fn template() -> Arc<Template> {
    static TEMPLATE: Mutex<Weak<Template>> = Mutex::new(Weak::new());
    let mut shared = TEMPLATE.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(template) = shared.upgrade() {
        return template;
    }
    let started = Instant::now();
    let dir = memory_tempdir();
    let vault_dir = dir.path().join("vault");
    let mut vault = new_vault(&vault_dir);
    let expected = record_cases(vault.store(), 0..CASES, &MIX);
    vault.lock();
    println!("recorded {CASES} cases in {:?}", started.elapsed());
    let template = Arc::new(Template {
        _dir: dir,
        vault: vault_dir,
        expected,
    });
    *shared = Arc::downgrade(&template);
    template
}

fn unlock(dir: &Path) -> UnlockedVault {
    Vault::at(dir).unlock(&Passphrase::new(PASSPHRASE)).unwrap()
}

/// A copy of the recorded vault at `dir`, enrolled with `server` through `device_url`.
fn enrolled_copy(
    template: &Template,
    dir: &Path,
    server: &Server,
    staff_token: &str,
    ngo: &StaffIdentity,
    device_url: &str,
) -> UnlockedVault {
    copy_dir(&template.vault, dir);
    let mut vault = unlock(dir);
    let invite = enrollment_for(&server.url, device_url, staff_token, &[ngo]);
    runtime()
        .block_on(enroll(
            vault.store(),
            &invite,
            None,
            &SyncOptions::default(),
        ))
        .unwrap();
    assert_eq!(
        sync::sync_status(vault.store()).unwrap().pending,
        u64::from(CASES)
    );
    vault
}

/// Runs sync after sync until nothing is pending, at most `max_rounds` times.
fn sync_until_done(
    vault: &mut UnlockedVault,
    options: &SyncOptions,
    max_rounds: usize,
) -> Vec<SyncReport> {
    let runtime = runtime();
    let mut reports = Vec::new();
    for _ in 0..max_rounds {
        let report = runtime
            .block_on(sync_now(vault.store(), options, &NoObserver))
            .unwrap();
        let pending = report.pending;
        reports.push(report);
        if pending == 0 {
            return reports;
        }
        // The server may be on its way back up.
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!(
        "still pending after {max_rounds} syncs: {:?}",
        reports.last()
    );
}

fn assert_all_sent(vault: &mut UnlockedVault, reports: &[SyncReport]) {
    let status = sync::sync_status(vault.store()).unwrap();
    assert_eq!(
        (status.pending, status.sent, status.rejected),
        (0, u64::from(CASES), 0),
        "{status:?}"
    );
    assert!(status.last_error.is_none(), "{status:?}");
    let sent: u64 = reports.iter().map(|r| r.sent).sum();
    let failed: u64 = reports.iter().map(|r| r.failed).sum();
    assert_eq!((sent, failed), (u64::from(CASES), 0), "{reports:?}");
}

#[test]
fn every_fault_on_the_way_and_each_case_arrives_once() {
    let seed = seed(0x5EED_0001);
    let template = template();
    for backend in Backend::all() {
        let started = Instant::now();
        let dir = memory_tempdir();
        let server = Server::start_with(&dir.path().join("server"), &backend, SERVER_FLAGS);
        let staff_token = server.staff_token();
        let ngo = StaffIdentity::generate();
        // Each fault on 2.5% of requests: a fifth of all requests go wrong.
        let plan = FaultPlan {
            delay_range: (Duration::from_millis(5), Duration::from_millis(80)),
            ..FaultPlan::every_fault(seed, 250)
        };
        let proxy = Proxy::start(&server.url, plan);
        // Enrollment spends a one-time code, so it goes through while the proxy behaves.
        proxy.set_faults(false);
        let mut vault = enrolled_copy(
            &template,
            &dir.path().join("device"),
            &server,
            &staff_token,
            &ngo,
            &proxy.url,
        );
        proxy.set_faults(true);
        println!(
            "{backend:?}: recorded and enrolled after {:?}",
            started.elapsed()
        );

        let reports = sync_until_done(&mut vault, &fast_options(), 200);
        assert_all_sent(&mut vault, &reports);
        let counts = proxy.counts();
        println!(
            "{backend:?}: {} syncs in {:?}, proxy {counts:?}",
            reports.len(),
            started.elapsed()
        );
        for (kind, count) in [
            ("dropped before forwarding", counts.drop_before),
            ("dropped after forwarding", counts.drop_after),
            ("delayed", counts.delayed),
            ("truncated", counts.truncated),
            ("duplicated", counts.duplicated),
            ("500", counts.error_500),
            ("503", counts.error_503),
            ("429", counts.rate_limited),
        ] {
            assert!(count >= 3, "{kind}: only {count} injected ({counts:?})");
        }
        assert!(counts.injected() * 10 >= counts.requests, "{counts:?}");
        assert!(reports.len() > 1, "some syncs should have been cut short");
        let duplicates: u64 = reports.iter().map(|r| r.duplicates).sum();
        assert!(
            duplicates > 0,
            "lost answers should have led to retries the server already had"
        );

        let delivered = check_delivery(&server.url, &staff_token, &ngo, &template.expected);
        println!("{backend:?}: {delivered:?} in {:?}", started.elapsed());
        assert!(delivered.attachments >= 300, "{delivered:?}");
    }
}

/// A run keeps two batches with the server at once, never more, on both kinds of runtime (the
/// terminal's single thread and the bindings' two workers), and staff get every case once.
#[test]
fn two_batches_go_at_once_and_each_case_arrives_once() {
    const FEW: u32 = 120;
    for backend in Backend::all() {
        for workers in [None, Some(2)] {
            let dir = memory_tempdir();
            let server = Server::start_with(&dir.path().join("server"), &backend, SERVER_FLAGS);
            let staff_token = server.staff_token();
            let ngo = StaffIdentity::generate();
            // Every request waits at the proxy, so that a run that waited for one answer before
            // it sent the next batch would never have two open.
            let proxy = Proxy::start(
                &server.url,
                FaultPlan {
                    base_latency: Duration::from_millis(25),
                    ..FaultPlan::pass_through()
                },
            );
            let mut vault = new_vault(&dir.path().join("device"));
            let expected = record_cases(vault.store(), 0..FEW, &Mix::answers_only(300));
            let runtime = match workers {
                None => runtime(),
                Some(workers) => tokio::runtime::Builder::new_multi_thread()
                    .worker_threads(workers)
                    .enable_all()
                    .build()
                    .unwrap(),
            };
            let invite = enrollment_for(&server.url, &proxy.url, &staff_token, &[&ngo]);
            runtime
                .block_on(enroll(
                    vault.store(),
                    &invite,
                    None,
                    &SyncOptions::default(),
                ))
                .unwrap();
            let report = runtime
                .block_on(sync_now(vault.store(), &fast_options(), &NoObserver))
                .unwrap();
            assert_eq!(
                (report.sent, report.pending, report.failed),
                (u64::from(FEW), 0, 0),
                "{report:?}"
            );
            assert_eq!(
                proxy.most_at_once(),
                2,
                "{backend:?}, {workers:?} workers: requests open at once"
            );
            let delivered = check_delivery(&server.url, &staff_token, &ngo, &expected);
            assert_eq!(delivered.submissions, FEW as usize, "{delivered:?}");
        }
    }
}

#[test]
fn an_enrollment_whose_answers_were_lost_is_asked_again_and_joins_once() {
    for backend in Backend::all() {
        let dir = memory_tempdir();
        let server = Server::start_with(&dir.path().join("server"), &backend, SERVER_FLAGS);
        let staff_token = server.staff_token();
        let ngo = StaffIdentity::generate();
        let mut vault = new_vault(&dir.path().join("device"));
        let expected = record_cases(vault.store(), 0..5, &Mix::answers_only(200));
        // The server enrolls the device, and every answer is lost on the way back.
        let proxy = Proxy::start(
            &server.url,
            FaultPlan {
                drop_after: 10_000,
                ..FaultPlan::pass_through()
            },
        );
        let invite = enrollment_for(&server.url, &proxy.url, &staff_token, &[&ngo]);
        let lost = runtime().block_on(enroll(vault.store(), &invite, None, &fast_options()));
        assert!(lost.is_err(), "every answer was dropped: {lost:?}");
        assert_eq!(proxy.counts().drop_after, 3, "one request per try");
        assert!(sync::device(vault.store()).unwrap().is_none());

        // Later (the app closed and opened again, say), the same string once more.
        vault.lock();
        let mut vault = unlock(&dir.path().join("device"));
        proxy.set_faults(false);
        let device = runtime()
            .block_on(enroll(vault.store(), &invite, None, &fast_options()))
            .unwrap_or_else(|error| panic!("{backend:?}: enrolling again failed: {error}"));

        // One device on the server, the one the vault holds, and its token is the one that works.
        let devices = wave_tests::staff_devices(&server.url, &staff_token);
        assert_eq!(devices, [device.device_id], "{backend:?}");
        sync_until_done(&mut vault, &fast_options(), 3);
        let status = sync::sync_status(vault.store()).unwrap();
        assert_eq!((status.pending, status.sent), (0, 5), "{status:?}");
        let delivered = check_delivery(&server.url, &staff_token, &ngo, &expected);
        assert_eq!(delivered.submissions, 5, "{delivered:?}");
    }
}

#[test]
fn server_restarted_mid_sync_and_each_case_arrives_once() {
    let seed = seed(0x5EED_0002);
    let template = template();
    for backend in Backend::all() {
        let dir = memory_tempdir();
        let mut server = Server::start_with(&dir.path().join("server"), &backend, SERVER_FLAGS);
        let staff_token = server.staff_token();
        let ngo = StaffIdentity::generate();
        // A faithful proxy, to count requests and so restart at chosen moments.
        let proxy = Proxy::start(&server.url, FaultPlan::pass_through());
        let mut vault = enrolled_copy(
            &template,
            &dir.path().join("device"),
            &server,
            &staff_token,
            &ngo,
            &proxy.url,
        );

        // Three restarts within the first 450 requests: a full sync needs far more (some 350
        // attachments are created, then uploaded in 16 KiB chunks), so each lands mid-sync.
        let mut state = seed;
        let mut targets: Vec<u64> = (0..3).map(|_| 20 + splitmix64(&mut state) % 430).collect();
        targets.sort_unstable();
        let options = SyncOptions {
            max_attempts: 6,
            base_delay: Duration::from_millis(20),
            max_delay: Duration::from_millis(200),
            ..fast_options()
        };
        let base = proxy.counts().requests;
        let reports = std::thread::scope(|scope| {
            let syncing = scope.spawn(|| sync_until_done(&mut vault, &options, 200));
            for target in &targets {
                assert!(
                    proxy.wait_for_requests(base + target, Duration::from_secs(120)),
                    "the sync stalled before request {target}"
                );
                assert!(
                    !syncing.is_finished(),
                    "the sync ended before restart at {target}"
                );
                server.restart();
            }
            syncing.join().unwrap()
        });
        assert_all_sent(&mut vault, &reports);
        println!(
            "{backend:?}: restarts at requests {targets:?}, {} syncs, proxy {:?}",
            reports.len(),
            proxy.counts()
        );
        assert!(proxy.counts().upstream_failures > 0 || reports.len() > 1);
        check_delivery(&server.url, &staff_token, &ngo, &template.expected);
    }
}

/// Runs only inside the child process that `client_killed_mid_sync_*` starts and kills.
#[test]
#[ignore = "started by client_killed_mid_sync_and_resumed as a child process"]
fn sync_child() {
    let Ok(dir) = std::env::var(CHILD_ENV) else {
        return;
    };
    let mut vault = unlock(Path::new(&dir));
    let runtime = runtime();
    println!("STARTED");
    for _ in 0..1000 {
        let report = runtime
            .block_on(sync_now(vault.store(), &fast_options(), &NoObserver))
            .unwrap();
        println!("SYNC sent={} pending={}", report.sent, report.pending);
        if report.pending == 0 {
            println!("DONE");
            return;
        }
    }
}

#[test]
fn client_killed_mid_sync_and_resumed() {
    const ROUNDS: usize = 12;
    let seed = seed(0x5EED_0003);
    let template = template();
    let backend = Backend::Sqlite;
    let dir = memory_tempdir();
    let server = Server::start_with(&dir.path().join("server"), &backend, SERVER_FLAGS);
    let staff_token = server.staff_token();
    let ngo = StaffIdentity::generate();
    // A few faults too, so that kills also land in retries and backoff.
    let proxy = Proxy::start(&server.url, FaultPlan::every_fault(seed, 100));
    proxy.set_faults(false);
    let vault_dir = dir.path().join("device");
    let vault = enrolled_copy(
        &template,
        &vault_dir,
        &server,
        &staff_token,
        &ngo,
        &proxy.url,
    );
    proxy.set_faults(true);
    drop(vault);

    let mut state = seed;
    let mut killed_mid_sync = 0;
    for round in 0..ROUNDS {
        let before = proxy.counts().requests;
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "sync_child",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, &vault_dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .collect::<Vec<_>>()
        });
        // Kill after a random number of requests of this child (up to 120), plus a few ms.
        let requests = 1 + splitmix64(&mut state) % 120;
        let reached = proxy.wait_for_requests(before + requests, Duration::from_secs(60));
        std::thread::sleep(Duration::from_millis(splitmix64(&mut state) % 15));
        let alive = child.try_wait().unwrap().is_none();
        child.kill().unwrap();
        child.wait().unwrap();
        let lines = reader.join().unwrap();
        let done = lines.iter().any(|line| line == "DONE");
        if reached && alive && !done {
            killed_mid_sync += 1;
        }
        println!(
            "round {round}: killed after {} requests (aimed at {requests}), alive {alive}, done {done}",
            proxy.counts().requests - before
        );
    }
    assert!(
        killed_mid_sync >= 10,
        "only {killed_mid_sync} kills hit a running sync"
    );

    let mut vault = unlock(&vault_dir);
    vault.store().integrity_check().unwrap();
    let reports = sync_until_done(&mut vault, &fast_options(), 200);
    let status = sync::sync_status(vault.store()).unwrap();
    assert_eq!(
        (status.pending, status.sent, status.rejected),
        (0, u64::from(CASES), 0)
    );
    assert!(reports.iter().all(|r| r.failed == 0));
    check_delivery(&server.url, &staff_token, &ngo, &template.expected);
}

// ---- A hostile or broken server ----------------------------------------------------------------

mod hostile {
    use std::collections::{BTreeMap, BTreeSet};
    use std::sync::Arc;
    use std::sync::atomic::{AtomicU64, Ordering};

    use serde_json::json;
    use wave_protocol::{
        EnrollmentInvite, SubmissionResult, SubmissionStatus, SubmitRequest, SubmitResponse, Uuid,
    };
    use wave_tests::http1::{Request, Response, header};
    use wave_tests::stub::{Reply, Stub};

    use super::*;
    use wave_core::sync::{CaseSyncState, Rejection, SyncFailure};

    const HOSTILE_CASES: u32 = 12;

    fn json_reply(status: u16, value: &serde_json::Value) -> Reply {
        Reply::Respond(Response::new(
            status,
            "application/json",
            value.to_string().into_bytes(),
        ))
    }

    /// Enrollment, which every stub grants.
    fn enroll_reply(request: &Request) -> Option<Reply> {
        (request.method == "POST" && request.target == "/v1/enroll").then(|| {
            json_reply(
                201,
                &json!({"device_id": Uuid::new_v4(), "device_token": "t".repeat(43)}),
            )
        })
    }

    /// An honest answer to "how much of this blob do you have?".
    fn open_blob(request: &Request, uploads: &mut BTreeMap<String, Vec<u8>>) -> Reply {
        let body: serde_json::Value = serde_json::from_slice(&request.body).unwrap();
        let sha = body["sha256"].as_str().unwrap().to_owned();
        let size = body["size"].as_u64().unwrap() as usize;
        let have = uploads.entry(sha).or_default();
        json_reply(
            200,
            &json!({"offset": have.len(), "complete": have.len() == size}),
        )
    }

    fn is_submit(request: &Request) -> bool {
        request.method == "POST" && request.target == "/v1/submissions"
    }

    fn items(request: &Request) -> Vec<wave_protocol::SubmissionItem> {
        serde_json::from_slice::<SubmitRequest>(&request.body)
            .expect("the client sends valid batches")
            .items
    }

    /// What an honest server answers, remembering what it stored.
    fn honest(request: &Request, stored: &Mutex<BTreeMap<Uuid, u32>>) -> Reply {
        let mut stored = stored.lock().unwrap();
        let results = items(request)
            .into_iter()
            .map(|item| {
                let count = stored.entry(item.id).or_default();
                *count += 1;
                SubmissionResult {
                    id: item.id,
                    status: if *count == 1 {
                        SubmissionStatus::Stored
                    } else {
                        SubmissionStatus::Duplicate
                    },
                    reason: None,
                }
            })
            .collect();
        json_reply(
            200,
            &serde_json::to_value(SubmitResponse { results }).unwrap(),
        )
    }

    fn options() -> SyncOptions {
        SyncOptions {
            max_attempts: 3,
            base_delay: Duration::from_millis(1),
            max_delay: Duration::from_millis(5),
            timeout: Duration::from_secs(10),
            ..SyncOptions::default()
        }
    }

    /// A vault with `cases` finalized cases, enrolled with the stub.
    fn vault_for(stub: &Stub, dir: &Path, cases: u32, mix: &Mix) -> (UnlockedVault, StaffIdentity) {
        let mut vault = new_vault(dir);
        record_cases(vault.store(), 0..cases, mix);
        let ngo = StaffIdentity::generate();
        let invite = EnrollmentInvite {
            server: stub.url.clone(),
            code: "c".repeat(43),
            recipients: vec![ngo.recipient()],
            pin_sha256: None,
            backup_pins_sha256: Vec::new(),
            signing_key: None,
        }
        .encode()
        .unwrap();
        runtime()
            .block_on(enroll(vault.store(), &invite, None, &options()))
            .unwrap();
        assert_eq!(
            sync::sync_status(vault.store()).unwrap().pending,
            u64::from(cases)
        );
        (vault, ngo)
    }

    /// One sync on another thread, which must end within `limit`.
    fn sync_within(
        vault: UnlockedVault,
        options: SyncOptions,
        limit: Duration,
    ) -> (UnlockedVault, SyncReport) {
        let (done, receive) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut vault = vault;
            let report = runtime()
                .block_on(sync_now(vault.store(), &options, &NoObserver))
                .unwrap();
            let _ = done.send((vault, report));
        });
        receive
            .recv_timeout(limit)
            .unwrap_or_else(|_| panic!("the sync did not end within {limit:?}"))
    }

    fn assert_nothing_sent(vault: &mut UnlockedVault, report: &SyncReport, what: &str) {
        let status = sync::sync_status(vault.store()).unwrap();
        assert_eq!(
            (status.pending, status.sent, status.rejected),
            (u64::from(HOSTILE_CASES), 0, 0),
            "{what}: {status:?}"
        );
        assert_eq!((report.sent, report.failed), (0, 0), "{what}: {report:?}");
        assert!(report.error.is_some(), "{what}: {report:?}");
        assert!(status.last_error.is_some(), "{what}: {status:?}");
    }

    #[test]
    fn answers_that_do_not_match_the_batch_mark_nothing_sent() {
        type Answer = fn(&[wave_protocol::SubmissionItem]) -> Reply;
        let behaviours: Vec<(&str, Answer)> = vec![
            ("results for other ids", |items| {
                let results: Vec<_> = items
                    .iter()
                    .map(|_| json!({"id": Uuid::new_v4(), "status": "stored"}))
                    .collect();
                json_reply(200, &json!({ "results": results }))
            }),
            ("results in another order", |items| {
                let results: Vec<_> = items
                    .iter()
                    .rev()
                    .map(|item| json!({"id": item.id, "status": "stored"}))
                    .collect();
                json_reply(200, &json!({ "results": results }))
            }),
            ("one result too few", |items| {
                let results: Vec<_> = items[1..]
                    .iter()
                    .map(|item| json!({"id": item.id, "status": "stored"}))
                    .collect();
                json_reply(200, &json!({ "results": results }))
            }),
            ("one result too many", |items| {
                let mut results: Vec<_> = items
                    .iter()
                    .map(|item| json!({"id": item.id, "status": "stored"}))
                    .collect();
                results.push(json!({"id": Uuid::new_v4(), "status": "stored"}));
                json_reply(200, &json!({ "results": results }))
            }),
            ("no results", |_| json_reply(200, &json!({"results": []}))),
            ("an unknown status", |items| {
                let results: Vec<_> = items
                    .iter()
                    .map(|item| json!({"id": item.id, "status": "probably"}))
                    .collect();
                json_reply(200, &json!({ "results": results }))
            }),
            ("cut-off JSON", |_| {
                Reply::Respond(Response::new(
                    200,
                    "application/json",
                    b"{\"results\": [{\"id\": tru".to_vec(),
                ))
            }),
            ("an HTML page", |_| {
                Reply::Respond(Response::new(
                    200,
                    "text/html",
                    b"<html><body>Welcome to nginx!</body></html>".to_vec(),
                ))
            }),
            ("a body of a gibibyte", |_| Reply::Stream {
                status: 200,
                bytes: 1 << 30,
            }),
            ("an error body of a gibibyte", |_| Reply::Stream {
                status: 500,
                bytes: 1 << 30,
            }),
        ];
        for (what, answer) in behaviours {
            let submits = Arc::new(AtomicU64::new(0));
            let counter = Arc::clone(&submits);
            let stub = Stub::start(move |request| {
                if let Some(reply) = enroll_reply(request) {
                    return reply;
                }
                if is_submit(request) {
                    counter.fetch_add(1, Ordering::SeqCst);
                    return answer(&items(request));
                }
                json_reply(
                    404,
                    &json!({"error": {"code": "not_found", "message": "no"}}),
                )
            });
            let dir = memory_tempdir();
            let (vault, _) = vault_for(&stub, dir.path(), HOSTILE_CASES, &Mix::answers_only(50));
            let started = Instant::now();
            let (mut vault, report) = sync_within(vault, options(), Duration::from_secs(60));
            assert_nothing_sent(&mut vault, &report, what);
            assert_eq!(
                submits.load(Ordering::SeqCst),
                u64::from(options().max_attempts),
                "{what}: retried as a passing fault, a bounded number of times"
            );
            println!("{what}: {:?} in {:?}", report.error, started.elapsed());
        }
    }

    #[test]
    fn a_revoked_device_is_told_so_and_nothing_is_marked_sent() {
        let submits = Arc::new(AtomicU64::new(0));
        let counter = Arc::clone(&submits);
        let stub = Stub::start(move |request| {
            if let Some(reply) = enroll_reply(request) {
                return reply;
            }
            if is_submit(request) {
                counter.fetch_add(1, Ordering::SeqCst);
            }
            json_reply(
                401,
                &json!({"error": {"code": "device_revoked", "message": "this device was revoked by the NGO"}}),
            )
        });
        let dir = memory_tempdir();
        let (vault, _) = vault_for(&stub, dir.path(), HOSTILE_CASES, &Mix::answers_only(50));
        let (mut vault, report) = sync_within(vault, options(), Duration::from_secs(60));
        assert_nothing_sent(&mut vault, &report, "revoked");
        let error = report.error.unwrap();
        assert!(error.contains("revoked"), "{error}");
        assert_eq!(
            submits.load(Ordering::SeqCst),
            1,
            "a refusal is not retried"
        );
        let status = sync::sync_status(vault.store()).unwrap();
        assert_eq!(status.last_error.as_deref(), Some(error.as_str()));
        assert!(status.last_success_at.is_none());
    }

    #[test]
    fn a_batch_over_the_limit_is_split_until_everything_is_delivered() {
        const LIMIT_BYTES: usize = 6_000;
        const LIMIT_ITEMS: usize = 5;
        for by_items in [false, true] {
            let stored = Arc::new(Mutex::new(BTreeMap::new()));
            let refusals = Arc::new(AtomicU64::new(0));
            let (seen, refused) = (Arc::clone(&stored), Arc::clone(&refusals));
            let stub = Stub::start(move |request| {
                if let Some(reply) = enroll_reply(request) {
                    return reply;
                }
                assert!(is_submit(request), "{} {}", request.method, request.target);
                let length: usize = header(&request.headers, "content-length")
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(request.body.len());
                let count = items(request).len();
                if by_items && count > LIMIT_ITEMS {
                    refused.fetch_add(1, Ordering::SeqCst);
                    return json_reply(
                        413,
                        &json!({"error": {"code": "too_large",
                        "message": "a batch may hold at most 5 items", "limit_items": LIMIT_ITEMS}}),
                    );
                }
                if !by_items && length > LIMIT_BYTES {
                    refused.fetch_add(1, Ordering::SeqCst);
                    return json_reply(
                        413,
                        &json!({"error": {"code": "too_large",
                        "message": "the request body is over 6000 bytes", "limit_bytes": LIMIT_BYTES}}),
                    );
                }
                honest(request, &seen)
            });
            let dir = memory_tempdir();
            let (mut vault, _) =
                vault_for(&stub, dir.path(), HOSTILE_CASES, &Mix::answers_only(400));
            let report = runtime()
                .block_on(sync_now(vault.store(), &options(), &NoObserver))
                .unwrap();
            let status = sync::sync_status(vault.store()).unwrap();
            assert_eq!(
                (status.pending, status.sent, status.rejected),
                (0, 12, 0),
                "{report:?}"
            );
            assert_eq!((report.sent, report.failed, report.duplicates), (12, 0, 0));
            assert!(report.error.is_none(), "{report:?}");
            assert!(
                refusals.load(Ordering::SeqCst) > 0,
                "the limit was never hit"
            );
            let stored = stored.lock().unwrap();
            assert_eq!(stored.len(), 12);
            assert!(stored.values().all(|count| *count == 1), "{stored:?}");
        }
    }

    #[test]
    fn an_answer_lost_after_storing_is_not_taken_for_an_acknowledgement() {
        let stored = Arc::new(Mutex::new(BTreeMap::new()));
        let lose = Arc::new(std::sync::atomic::AtomicBool::new(true));
        let (seen, losing) = (Arc::clone(&stored), Arc::clone(&lose));
        let stub = Stub::start(move |request| {
            if let Some(reply) = enroll_reply(request) {
                return reply;
            }
            let reply = honest(request, &seen);
            if losing.load(Ordering::SeqCst) {
                Reply::Close
            } else {
                reply
            }
        });
        let dir = memory_tempdir();
        let (vault, _) = vault_for(&stub, dir.path(), HOSTILE_CASES, &Mix::answers_only(50));
        let (mut vault, report) = sync_within(vault, options(), Duration::from_secs(60));
        assert_nothing_sent(&mut vault, &report, "answers lost");
        assert_eq!(stored.lock().unwrap().len(), HOSTILE_CASES as usize);
        lose.store(false, Ordering::SeqCst);
        let (mut vault, report) = sync_within(vault, options(), Duration::from_secs(60));
        assert_eq!(
            (report.sent, report.duplicates, report.pending),
            (12, 12, 0),
            "{report:?}"
        );
        assert_eq!(sync::sync_status(vault.store()).unwrap().sent, 12);
        let ids: BTreeSet<_> = stored.lock().unwrap().keys().copied().collect();
        assert_eq!(ids.len(), HOSTILE_CASES as usize);
    }

    /// Blob uploads against a server that keeps answering as if a chunk never arrived, or that
    /// takes only small chunks.
    #[test]
    fn a_server_that_never_takes_a_chunk_cannot_hold_the_sync() {
        let patches = Arc::new(AtomicU64::new(0));
        let counter = Arc::clone(&patches);
        let stub = Stub::start(move |request| {
            if let Some(reply) = enroll_reply(request) {
                return reply;
            }
            match request.method.as_str() {
                "POST" if request.target == "/v1/blobs" => {
                    json_reply(200, &json!({"offset": 0, "complete": false}))
                }
                "PATCH" => {
                    counter.fetch_add(1, Ordering::SeqCst);
                    json_reply(
                        409,
                        &json!({"error": {"code": "offset_mismatch",
                        "message": "continue from 0", "offset": 0}}),
                    )
                }
                _ => json_reply(
                    503,
                    &json!({"error": {"code": "unavailable", "message": "no"}}),
                ),
            }
        });
        let dir = memory_tempdir();
        let mix = Mix {
            small_every: 1,
            ..Mix::answers_only(50)
        };
        let (vault, _) = vault_for(&stub, dir.path(), HOSTILE_CASES, &mix);
        let (mut vault, report) = sync_within(vault, options(), Duration::from_secs(60));
        assert_nothing_sent(&mut vault, &report, "offset never moves");
        assert_eq!(report.blobs_uploaded, 0);
        assert!(
            patches.load(Ordering::SeqCst) <= 100,
            "{} PATCHes",
            patches.load(Ordering::SeqCst)
        );
    }

    #[test]
    fn chunks_over_the_servers_limit_are_made_smaller() {
        // As the server says (limit_bytes), and as a proxy in front of it might (no limit given).
        for say_limit in [true, false] {
            chunks_made_smaller(say_limit);
        }
    }

    fn chunks_made_smaller(say_limit: bool) {
        const LIMIT: usize = 8 * 1024;
        let blobs: Arc<Mutex<BTreeMap<String, Vec<u8>>>> = Arc::default();
        let stored = Arc::new(Mutex::new(BTreeMap::new()));
        let (uploads, seen) = (Arc::clone(&blobs), Arc::clone(&stored));
        let stub = Stub::start(move |request| {
            if let Some(reply) = enroll_reply(request) {
                return reply;
            }
            let mut uploads = uploads.lock().unwrap();
            match request.method.as_str() {
                "POST" if request.target == "/v1/blobs" => open_blob(request, &mut uploads),
                "PATCH" => {
                    if request.body.len() > LIMIT {
                        if !say_limit {
                            return Reply::Respond(Response::new(
                                413,
                                "text/html",
                                b"<html><body>413 Request Entity Too Large</body></html>".to_vec(),
                            ));
                        }
                        return json_reply(
                            413,
                            &json!({"error": {"code": "too_large",
                            "message": "the chunk is over 8192 bytes", "limit_bytes": LIMIT}}),
                        );
                    }
                    let sha = request.target.trim_start_matches("/v1/blobs/").to_owned();
                    let have = uploads.entry(sha).or_default();
                    have.extend_from_slice(&request.body);
                    let mut response = Response::new(204, "application/json", Vec::new());
                    response
                        .headers
                        .push(("Upload-Offset".into(), have.len().to_string()));
                    Reply::Respond(response)
                }
                _ => honest(request, &seen),
            }
        });
        let dir = memory_tempdir();
        let mix = Mix {
            small_every: 1,
            ..Mix::answers_only(50)
        };
        let (mut vault, _) = vault_for(&stub, dir.path(), HOSTILE_CASES, &mix);
        let report = runtime()
            .block_on(sync_now(vault.store(), &options(), &NoObserver))
            .unwrap();
        assert!(report.error.is_none(), "{report:?}");
        assert_eq!((report.sent, report.blobs_uploaded), (12, 12), "{report:?}");
        for (sha, bytes) in blobs.lock().unwrap().iter() {
            assert_eq!(&wave_protocol::Sha256Hex::digest(bytes).to_string(), sha);
        }
    }

    /// The server loses an attachment it had (a database restored from a backup, say) after the
    /// device removed its sealed copy: the version that needs it cannot go, but it must not stop
    /// every other case from going.
    #[test]
    fn an_attachment_the_server_lost_does_not_stop_the_other_cases() {
        let blobs: Arc<Mutex<BTreeMap<String, Vec<u8>>>> = Arc::default();
        let stored = Arc::new(Mutex::new(BTreeMap::new()));
        let lost = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let (uploads, seen, losing) = (Arc::clone(&blobs), Arc::clone(&stored), Arc::clone(&lost));
        let stub = Stub::start(move |request| {
            if let Some(reply) = enroll_reply(request) {
                return reply;
            }
            let mut uploads = uploads.lock().unwrap();
            match request.method.as_str() {
                "POST" if request.target == "/v1/blobs" => open_blob(request, &mut uploads),
                "PATCH" => {
                    let sha = request.target.trim_start_matches("/v1/blobs/").to_owned();
                    let have = uploads.entry(sha).or_default();
                    have.extend_from_slice(&request.body);
                    let mut response = Response::new(204, "application/json", Vec::new());
                    response
                        .headers
                        .push(("Upload-Offset".into(), have.len().to_string()));
                    Reply::Respond(response)
                }
                _ if losing.load(Ordering::SeqCst) => {
                    // Every blob is gone: items that refer to one are refused as missing_blob.
                    uploads.clear();
                    let mut seen = seen.lock().unwrap();
                    let results: Vec<_> = items(request)
                        .into_iter()
                        .map(|item| {
                            if item.blobs.is_empty() {
                                *seen.entry(item.id).or_default() += 1;
                                json!({"id": item.id, "status": "stored"})
                            } else {
                                json!({"id": item.id, "status": "rejected", "reason":
                                    {"code": "missing_blob", "message": "blob is not uploaded"}})
                            }
                        })
                        .collect();
                    json_reply(200, &json!({ "results": results }))
                }
                _ => honest(request, &seen),
            }
        });
        let dir = tempfile::tempdir().unwrap();
        let mix = Mix {
            small_every: 2,
            ..Mix::answers_only(50)
        };
        let (mut vault, _) = vault_for(&stub, dir.path(), 4, &mix);
        let sync = |vault: &mut UnlockedVault| {
            runtime()
                .block_on(sync_now(vault.store(), &options(), &NoObserver))
                .unwrap()
        };
        let first = sync(&mut vault);
        assert_eq!(
            (first.sent, first.blobs_uploaded, first.pending),
            (4, 2, 0),
            "{first:?}"
        );

        // Case 0 (with an attachment) is corrected and finalized again; the server loses its
        // attachments; a new case without one is recorded.
        let with_attachment = *cases_with_attachments(&mut vault).first().unwrap();
        case::amend_case(vault.store(), with_attachment).unwrap();
        finalize_and_seal(vault.store(), with_attachment).unwrap();
        lost.store(true, Ordering::SeqCst);
        record_cases(vault.store(), 100..101, &Mix::answers_only(50));
        let second = sync(&mut vault);
        assert_eq!((second.sent, second.pending), (1, 1), "{second:?}");

        // The sealed copy of the attachment is gone from the device; the next sync must still
        // send the other cases, and say why one waits.
        record_cases(vault.store(), 101..103, &Mix::answers_only(50));
        let third = sync(&mut vault);
        assert_eq!(
            (third.sent, third.pending, third.failed),
            (2, 1, 0),
            "{third:?}"
        );
        assert!(third.error.is_some(), "{third:?}");
        let status = sync::sync_status(vault.store()).unwrap();
        assert_eq!(
            (status.sent, status.pending, status.rejected),
            (7, 1, 0),
            "{status:?}"
        );
        assert!(status.last_error.is_some());
    }

    /// The vault's cases that have an attachment.
    fn cases_with_attachments(vault: &mut UnlockedVault) -> BTreeSet<wave_core::case::CaseId> {
        case::list_cases(vault.store())
            .unwrap()
            .into_iter()
            .map(|case| case.id)
            .filter(|id| {
                !case::list_attachments(vault.store(), *id)
                    .unwrap()
                    .is_empty()
            })
            .collect()
    }

    /// A server that refuses every attachment, in one of two ways, and takes every case.
    fn refusing_attachments(
        refusal: fn(&Request) -> Option<Reply>,
    ) -> (Stub, Arc<Mutex<BTreeMap<Uuid, u32>>>) {
        let blobs: Arc<Mutex<BTreeMap<String, Vec<u8>>>> = Arc::default();
        let stored = Arc::new(Mutex::new(BTreeMap::new()));
        let (uploads, seen) = (Arc::clone(&blobs), Arc::clone(&stored));
        let stub = Stub::start(move |request| {
            if let Some(reply) = enroll_reply(request) {
                return reply;
            }
            if let Some(reply) = refusal(request) {
                return reply;
            }
            let mut uploads = uploads.lock().unwrap();
            match request.method.as_str() {
                "POST" if request.target == "/v1/blobs" => open_blob(request, &mut uploads),
                _ => honest(request, &seen),
            }
        });
        (stub, stored)
    }

    /// An attachment larger than the server takes (a long video) is refused for good: the
    /// versions that need it say so, with the limit, and every other case still goes, on this
    /// sync and on the next.
    #[test]
    fn an_attachment_over_the_servers_limit_refuses_only_its_cases() {
        let (stub, stored) = refusing_attachments(|request| {
            (request.method == "POST" && request.target == "/v1/blobs").then(|| {
                json_reply(
                    413,
                    &json!({"error": {"code": "too_large",
                    "message": "the blob is over 64 bytes", "limit_bytes": 64}}),
                )
            })
        });
        let dir = memory_tempdir();
        let mix = Mix {
            small_every: 2,
            ..Mix::answers_only(50)
        };
        let (mut vault, _) = vault_for(&stub, dir.path(), 4, &mix);
        let with_attachments = cases_with_attachments(&mut vault);
        assert_eq!(with_attachments.len(), 2);
        let report = runtime()
            .block_on(sync_now(vault.store(), &options(), &NoObserver))
            .unwrap();
        assert_eq!(
            (
                report.sent,
                report.failed,
                report.pending,
                report.blobs_uploaded
            ),
            (2, 2, 0, 0),
            "{report:?}"
        );
        assert!(report.error.is_none(), "{report:?}");
        assert_eq!(stored.lock().unwrap().len(), 2);
        for (case_id, state) in sync::case_sync_states(vault.store()).unwrap() {
            if with_attachments.contains(&case_id) {
                assert_eq!(
                    state,
                    CaseSyncState::Rejected(Rejection::TooLarge { limit: Some(64) })
                );
            } else {
                assert_eq!(state, CaseSyncState::Sent);
            }
        }

        record_cases(vault.store(), 100..102, &Mix::answers_only(50));
        let next = runtime()
            .block_on(sync_now(vault.store(), &options(), &NoObserver))
            .unwrap();
        assert_eq!(
            (next.sent, next.failed, next.pending),
            (2, 0, 0),
            "{next:?}"
        );
        assert!(next.error.is_none(), "{next:?}");
        let status = sync::sync_status(vault.store()).unwrap();
        assert_eq!((status.sent, status.pending, status.rejected), (4, 0, 2));
    }

    /// A proxy's bare 413 in front of the server says nothing of the blob's size: nothing is
    /// refused for good, the versions with attachments wait, the others go.
    #[test]
    fn a_proxys_bare_413_for_an_attachment_refuses_nothing_for_good() {
        let (stub, stored) = refusing_attachments(|request| {
            (request.method == "POST" && request.target == "/v1/blobs").then(|| {
                Reply::Respond(Response::new(
                    413,
                    "text/html",
                    b"<html><body>413 Request Entity Too Large</body></html>".to_vec(),
                ))
            })
        });
        let dir = memory_tempdir();
        let mix = Mix {
            small_every: 2,
            ..Mix::answers_only(50)
        };
        let (mut vault, _) = vault_for(&stub, dir.path(), 4, &mix);
        let report = runtime()
            .block_on(sync_now(vault.store(), &options(), &NoObserver))
            .unwrap();
        assert_eq!(
            (report.sent, report.failed, report.pending),
            (2, 0, 2),
            "{report:?}"
        );
        assert_eq!(
            report.failure.as_ref().map(SyncFailure::code),
            Some("too_large")
        );
        assert_eq!(stored.lock().unwrap().len(), 2);
    }

    /// An attachment the server keeps refusing (its sealed copy damaged, so it never hashes to
    /// its address) holds back the versions that need it, not the others; they wait and are
    /// tried again, and the run says why.
    #[test]
    fn an_attachment_the_server_refuses_holds_back_only_its_cases() {
        let (stub, stored) = refusing_attachments(|request| {
            (request.method == "PATCH").then(|| {
                json_reply(
                    422,
                    &json!({"error": {"code": "hash_mismatch",
                    "message": "the uploaded bytes do not match", "offset": 0}}),
                )
            })
        });
        let dir = memory_tempdir();
        let mix = Mix {
            small_every: 2,
            ..Mix::answers_only(50)
        };
        let (vault, _) = vault_for(&stub, dir.path(), 4, &mix);
        let (mut vault, report) = sync_within(vault, options(), Duration::from_secs(60));
        assert_eq!(
            (
                report.sent,
                report.failed,
                report.pending,
                report.blobs_uploaded
            ),
            (2, 0, 2, 0),
            "{report:?}"
        );
        assert_eq!(
            report.failure.as_ref().map(SyncFailure::code),
            Some("refused"),
            "{report:?}"
        );
        assert_eq!(stored.lock().unwrap().len(), 2);
        let again = runtime()
            .block_on(sync_now(vault.store(), &options(), &NoObserver))
            .unwrap();
        assert_eq!((again.sent, again.pending), (0, 2), "{again:?}");
        let status = sync::sync_status(vault.store()).unwrap();
        assert_eq!((status.sent, status.pending, status.rejected), (2, 2, 0));
    }
}
