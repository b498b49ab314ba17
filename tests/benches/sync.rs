//! Sync benchmark: 10,000 finalized cases (about 2 KiB of answers each) synced end to end over
//! loopback to a real `wave-server` process — SQLite, and PostgreSQL when
//! `WAVE_TEST_DATABASE_URL` is set — with the server verifying every signature on arrival.
//! Reports cases per second, the client's and the server's peak RSS and CPU time, the cost
//! of sealing (done at finalize time, outside the sync figure), and staff pulling everything
//! into an encrypted archive (signatures, age decryption, archive writes), with the CPU each of
//! those parts costs alone.
//!
//! ```sh
//! cargo build --release -p wave-server
//! WAVE_TEST_DATABASE_URL=$(scripts/postgres-test-server) cargo bench -p wave-tests --bench sync
//! ```
//!
//! `WAVE_BENCH_CASES` changes the number of cases. The syncing client runs in a child process
//! (this binary again), so its peak RSS is its own, on the runtime the app's bindings use (two
//! worker threads).
//!
//! `WAVE_BENCH_SCALE=1` (PostgreSQL only) measures instead how the server scales out: the same
//! number of cases split over `WAVE_BENCH_DEVICES` devices (4 unless set) that all sync at once,
//! first to one `wave-server` process, then to two processes on one database (devices split
//! between them); staff then pull everything and every case must be there exactly once.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use wave_core::Vault;
use wave_core::case;
use wave_core::case::CaseId;
use wave_core::sync;
use wave_core::sync::{NoObserver, StaffIdentity, SyncOptions, enroll, sync_now};
use wave_core::vault::{KdfParams, Passphrase};
use wave_protocol::PulledSubmission;
use wave_staff::{Archive, PullOptions, StaffClient};
use wave_tests::corpus::{Mix, pull_all, record_cases};
use wave_tests::{Backend, Server, copy_dir, enrollment_for, new_vault, runtime};

const CHILD_ENV: &str = "WAVE_BENCH_SYNC_CHILD_VAULT";
/// About 2 KiB of answers per case.
const NARRATIVE_CHARS: usize = 1900;

/// The staff pull's options: the default unless `WAVE_BENCH_PULL_PAGE` sets the page size.
fn pull_options() -> PullOptions {
    match std::env::var("WAVE_BENCH_PULL_PAGE")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        Some(page_size) => PullOptions { page_size },
        None => PullOptions::default(),
    }
}

fn main() {
    if let Ok(dir) = std::env::var(CHILD_ENV) {
        child(Path::new(&dir));
        return;
    }
    let cases: u32 = std::env::var("WAVE_BENCH_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10_000);
    if std::env::var("WAVE_BENCH_SCALE").is_ok_and(|v| v == "1") {
        scale(cases);
        return;
    }
    let profile = if cfg!(debug_assertions) {
        "debug"
    } else {
        "optimized"
    };
    println!(
        "sync benchmark: {cases} cases, {profile} build, {} cores",
        cores()
    );

    let dir = tempfile::tempdir().unwrap();
    let template = dir.path().join("template");
    let mut vault = new_vault(&template);
    let started = Instant::now();
    record_cases(vault.store(), 0..cases, &Mix::answers_only(NARRATIVE_CHARS));
    let record = started.elapsed();
    vault.lock();
    println!(
        "record and finalize (not enrolled, so no sealing): {:.2} ms per case",
        ms_per(record, cases)
    );

    for backend in Backend::all() {
        let name = match backend {
            Backend::Sqlite => "SQLite",
            Backend::Postgres(_) => "PostgreSQL",
        };
        let run = dir.path().join(name);
        let server = Server::start_with(
            &run.join("server"),
            &backend,
            &["--rate-per-second", "100000", "--rate-burst", "100000"],
        );
        let staff_token = server.staff_token();
        let ngo = StaffIdentity::generate();
        let vault_dir = run.join("device");
        copy_dir(&template, &vault_dir);
        let mut vault = Vault::at(&vault_dir)
            .unlock(&Passphrase::new("test vault: amber canoe drifting"))
            .unwrap();
        // Enrolling seals every version finalized before it: the sealing cost per case.
        let invite = server.enrollment(&staff_token, &[&ngo]);
        let started = Instant::now();
        runtime()
            .block_on(enroll(
                vault.store(),
                &invite,
                None,
                &SyncOptions::default(),
            ))
            .unwrap();
        let seal = started.elapsed();
        let pending = sync::sync_status(vault.store()).unwrap().pending;
        assert_eq!(pending, u64::from(cases));
        vault.lock();

        let server_cpu_before = cpu_seconds(server.pid());
        let result = collect_child(spawn_child(&vault_dir));
        let server_cpu = cpu_seconds(server.pid()) - server_cpu_before;
        let server_hwm = vm_hwm_kib(server.pid());
        assert_eq!(result.sent, u64::from(cases), "the child sent {result:?}");

        let started = Instant::now();
        let pulled = pull_all(&server.url, &staff_token);
        assert_eq!(pulled.len(), cases as usize);
        for item in &pulled {
            item.verify().expect("a valid signature");
        }
        let pull = started.elapsed();

        // The staff side's whole path, as `wave staff pull` runs it: every signature checked,
        // every envelope decrypted with the NGO's identity, every case written into an
        // encrypted archive.
        let mut archive = Archive::create(
            &run.join("archive"),
            &Passphrase::new("bench archive: quiet harbour lamp"),
            KdfParams::FLOOR,
        )
        .unwrap();
        let client = StaffClient::new(&server.url, &staff_token).unwrap();
        let staff_cpu_before = cpu_seconds(std::process::id());
        let server_cpu_before = cpu_seconds(server.pid());
        let started = Instant::now();
        let report = runtime()
            .block_on(wave_staff::pull(
                &mut archive,
                &client,
                &ngo,
                &pull_options(),
            ))
            .unwrap();
        let archived = started.elapsed();
        let staff_cpu = cpu_seconds(std::process::id()) - staff_cpu_before;
        let serving_cpu = cpu_seconds(server.pid()) - server_cpu_before;
        assert_eq!(report.new, u64::from(cases), "{report:?}");
        assert!(report.rejected.is_empty(), "{report:?}");

        println!("--- {name}");
        println!(
            "sealing at finalize: {:.2} ms per case (age to 1 recipient + Ed25519 + outbox row)",
            ms_per(seal, cases)
        );
        println!(
            "sync: {cases} cases in {:.2} s = {:.0} cases/s",
            result.seconds,
            f64::from(cases) / result.seconds
        );
        println!(
            "client: peak RSS {:.1} MiB during sync ({:.1} MiB with the vault unlock), CPU {:.2} s",
            result.sync_hwm_kib as f64 / 1024.0,
            result.total_hwm_kib as f64 / 1024.0,
            result.cpu_seconds
        );
        println!(
            "server: peak RSS {:.1} MiB, CPU {:.2} s during the sync",
            server_hwm as f64 / 1024.0,
            server_cpu
        );
        println!(
            "staff pull of {cases} with every signature checked again: {:.2} s",
            pull.as_secs_f64()
        );
        println!(
            "staff pull into the archive (signatures, age decryption, archive writes): {cases} in {:.2} s = {:.0} cases/s",
            archived.as_secs_f64(),
            f64::from(cases) / archived.as_secs_f64()
        );
        println!(
            "  CPU: staff {:.2} s ({:.0} µs per case), server {:.2} s",
            staff_cpu,
            staff_cpu * 1e6 / f64::from(cases),
            serving_cpu
        );
        let parts = staff_parts(&pulled, &ngo, &run.join("parts"));
        println!(
            "  CPU per case of each part alone, one core: signature {:.0} µs, age decryption and payload {:.0} µs, archive writes {:.0} µs (sealing and SQLite, 100 cases a synced transaction)",
            parts.verify, parts.open, parts.write
        );
    }
}

/// Process CPU per case, in µs, of each part of the staff pull done alone on one thread.
struct StaffParts {
    verify: f64,
    open: f64,
    write: f64,
}

/// Where the staff pull's CPU goes: the same submissions checked, decrypted and written as
/// finalized cases again, each part timed on its own.
fn staff_parts(pulled: &[PulledSubmission], ngo: &StaffIdentity, dir: &Path) -> StaffParts {
    let me = std::process::id();
    let per_case = |cpu: f64| cpu * 1e6 / pulled.len() as f64;
    let before = cpu_seconds(me);
    for item in pulled {
        item.verify().expect("a valid signature");
    }
    let verify = per_case(cpu_seconds(me) - before);
    let before = cpu_seconds(me);
    let payloads: Vec<_> = pulled
        .iter()
        .map(|item| {
            ngo.open_payload(&item.envelope_bytes().unwrap(), &item.id.to_string())
                .unwrap()
        })
        .collect();
    let open = per_case(cpu_seconds(me) - before);
    let mut vault = new_vault(dir);
    let before = cpu_seconds(me);
    for page in payloads.chunks(100) {
        let cases = page
            .iter()
            .map(|payload| case::FinalizedImport {
                id: CaseId::generate(),
                form: payload.form.clone(),
                answers: payload.answers.clone(),
            })
            .collect();
        case::import_finalized(vault.store(), cases, |_| Ok(())).unwrap();
    }
    let write = per_case(cpu_seconds(me) - before);
    vault.lock();
    StaffParts {
        verify,
        open,
        write,
    }
}

fn ms_per(elapsed: Duration, cases: u32) -> f64 {
    elapsed.as_secs_f64() * 1000.0 / f64::from(cases)
}

fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

#[derive(Debug, Default)]
struct ChildResult {
    seconds: f64,
    sent: u64,
    cpu_seconds: f64,
    sync_hwm_kib: u64,
    total_hwm_kib: u64,
    started: f64,
    ended: f64,
}

fn spawn_child(vault_dir: &Path) -> Child {
    Command::new(std::env::current_exe().unwrap())
        .env(CHILD_ENV, vault_dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap()
}

fn collect_child(mut child: Child) -> ChildResult {
    let mut result = ChildResult::default();
    let stdout = child.stdout.take().unwrap();
    for line in BufReader::new(stdout).lines().map_while(Result::ok) {
        let mut parts = line.split_whitespace();
        if parts.next() != Some("RESULT") {
            continue;
        }
        for part in parts {
            let (key, value) = part.split_once('=').unwrap();
            match key {
                "seconds" => result.seconds = value.parse().unwrap(),
                "sent" => result.sent = value.parse().unwrap(),
                "cpu" => result.cpu_seconds = value.parse().unwrap(),
                "sync_hwm_kib" => result.sync_hwm_kib = value.parse().unwrap(),
                "total_hwm_kib" => result.total_hwm_kib = value.parse().unwrap(),
                "started" => result.started = value.parse().unwrap(),
                "ended" => result.ended = value.parse().unwrap(),
                _ => {}
            }
        }
    }
    assert!(child.wait().unwrap().success(), "the syncing child failed");
    result
}

/// Several devices syncing at once to one, then two, server processes on one PostgreSQL
/// database: cases per second from the first device's start to the last one's end.
fn scale(cases: u32) {
    let Some(Backend::Postgres(admin)) = Backend::all().into_iter().nth(1) else {
        panic!("WAVE_BENCH_SCALE needs PostgreSQL: set WAVE_TEST_DATABASE_URL");
    };
    let devices: u32 = std::env::var("WAVE_BENCH_DEVICES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(4)
        .max(1);
    let per_device = cases / devices;
    let total = per_device * devices;
    println!(
        "scale-out benchmark: {total} cases from {devices} devices at once, {} cores",
        cores()
    );
    let dir = tempfile::tempdir().unwrap();
    let templates: Vec<_> = (0..devices)
        .map(|device| {
            let template = dir.path().join(format!("template-{device}"));
            let mut vault = new_vault(&template);
            let start = device * per_device;
            record_cases(
                vault.store(),
                start..start + per_device,
                &Mix::answers_only(NARRATIVE_CHARS),
            );
            vault.lock();
            template
        })
        .collect();

    for processes in [1usize, 2] {
        let run = dir.path().join(format!("processes-{processes}"));
        let first = Server::start_with(
            &run.join("server-1"),
            &Backend::Postgres(admin.clone()),
            &["--rate-per-second", "100000", "--rate-burst", "100000"],
        );
        let second = (processes == 2).then(|| first.another_process(&run.join("server-2")));
        let servers: Vec<&Server> = std::iter::once(&first).chain(second.as_ref()).collect();
        let staff_token = first.staff_token();
        let ngo = StaffIdentity::generate();
        let vault_dirs: Vec<_> = templates
            .iter()
            .enumerate()
            .map(|(device, template)| {
                let vault_dir = run.join(format!("device-{device}"));
                copy_dir(template, &vault_dir);
                let mut vault = Vault::at(&vault_dir)
                    .unlock(&Passphrase::new("test vault: amber canoe drifting"))
                    .unwrap();
                let used = servers[device % servers.len()];
                let invite = enrollment_for(&first.url, &used.url, &staff_token, &[&ngo]);
                runtime()
                    .block_on(enroll(
                        vault.store(),
                        &invite,
                        None,
                        &SyncOptions::default(),
                    ))
                    .unwrap();
                vault.lock();
                vault_dir
            })
            .collect();

        let cpu_before: Vec<f64> = servers.iter().map(|s| cpu_seconds(s.pid())).collect();
        let children: Vec<Child> = vault_dirs.iter().map(|d| spawn_child(d)).collect();
        let results: Vec<ChildResult> = children.into_iter().map(collect_child).collect();
        let server_cpu: Vec<f64> = servers
            .iter()
            .zip(&cpu_before)
            .map(|(s, before)| cpu_seconds(s.pid()) - before)
            .collect();
        let sent: u64 = results.iter().map(|r| r.sent).sum();
        assert_eq!(sent, u64::from(total), "{results:?}");
        let started = results.iter().map(|r| r.started).fold(f64::MAX, f64::min);
        let ended = results.iter().map(|r| r.ended).fold(0.0, f64::max);
        let seconds = ended - started;

        // Exactly once, as staff see it: every id once, through either process.
        for server in &servers {
            let pulled = pull_all(&server.url, &staff_token);
            let ids: std::collections::HashSet<_> = pulled.iter().map(|p| p.id).collect();
            assert_eq!(pulled.len(), total as usize);
            assert_eq!(ids.len(), total as usize);
        }

        let client_cpu: f64 = results.iter().map(|r| r.cpu_seconds).sum();
        println!("--- {processes} server process(es), {devices} devices at once");
        println!(
            "sync: {total} cases in {seconds:.2} s = {:.0} cases/s",
            f64::from(total) / seconds
        );
        println!(
            "CPU: server {} s ({:.0} µs per case), clients {client_cpu:.2} s ({:.0} µs per case)",
            server_cpu
                .iter()
                .map(|cpu| format!("{cpu:.2}"))
                .collect::<Vec<_>>()
                .join(" + "),
            server_cpu.iter().sum::<f64>() * 1e6 / f64::from(total),
            client_cpu * 1e6 / f64::from(total)
        );
    }
}

/// The syncing device: unlock, forget the unlock's peak, sync everything once, report.
fn child(vault_dir: &Path) {
    let mut vault = Vault::at(vault_dir)
        .unlock(&Passphrase::new("test vault: amber canoe drifting"))
        .unwrap();
    let total_before = vm_hwm_kib(std::process::id());
    // Resets VmHWM to the current RSS, so the peak below is the sync's own.
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    // The runtime the app's bindings use, so the sync overlaps its local steps with the
    // network as it does on a phone.
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let cpu_before = cpu_seconds(std::process::id());
    let wall_started = unix_seconds();
    let started = Instant::now();
    let options = SyncOptions::default();
    let report = runtime
        .block_on(sync_now(vault.store(), &options, &NoObserver))
        .unwrap();
    let seconds = started.elapsed().as_secs_f64();
    let wall_ended = unix_seconds();
    let cpu = cpu_seconds(std::process::id()) - cpu_before;
    assert!(report.error.is_none(), "{report:?}");
    let sync_hwm = vm_hwm_kib(std::process::id());
    println!(
        "RESULT seconds={seconds} sent={} cpu={cpu} sync_hwm_kib={sync_hwm} total_hwm_kib={} \
         started={wall_started} ended={wall_ended}",
        report.sent,
        sync_hwm.max(total_before)
    );
}

/// Seconds since the Unix epoch: when several device processes start and end.
fn unix_seconds() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64())
}

/// Peak resident set of a process, from `/proc/PID/status`.
fn vm_hwm_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// User plus system CPU time of a process (all its threads), from `/proc/PID/stat`.
fn cpu_seconds(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // The command name may contain spaces; the fields after it are fixed.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest.split_whitespace().collect())
        .unwrap_or_default();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name; Linux
    // reports them in USER_HZ, which is 100.
    (ticks(11) + ticks(12)) / 100.0
}
