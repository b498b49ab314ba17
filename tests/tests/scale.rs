//! The server beyond one process: several `wave-server` processes on one PostgreSQL database
//! under concurrent load from several devices (every case arrives exactly once, whichever
//! process each device talks to), and a SQLite server backed up while it takes submissions,
//! then restored (staff pull everything the backup holds, intact).
//!
//! The two-process test runs when `WAVE_TEST_DATABASE_URL` names a PostgreSQL server
//! (`scripts/test` starts one).

use std::collections::BTreeSet;
use std::process::Command;
use std::time::Instant;

use wave_core::sync::{NoObserver, StaffIdentity, SyncOptions, enroll, sync_now, sync_status};
use wave_tests::corpus::{Expected, Mix, check_delivery, pull_all, record_cases};
use wave_tests::{Backend, Server, binary, enrollment_for, memory_tempdir, new_vault, runtime};

const DEVICES: u32 = 6;
const CASES_PER_DEVICE: u32 = 60;

#[test]
fn two_server_processes_on_one_database_take_every_case_exactly_once() {
    let Some(Backend::Postgres(admin)) = Backend::all().into_iter().nth(1) else {
        eprintln!("WAVE_TEST_DATABASE_URL is not set: the two-process test is skipped");
        return;
    };
    let dir = memory_tempdir();
    let first = Server::start(&dir.path().join("server-1"), &Backend::Postgres(admin));
    let second = first.another_process(&dir.path().join("server-2"));
    let servers = [&first, &second];
    let staff_token = first.staff_token();
    let ngo = StaffIdentity::generate();

    // Each device records its cases, then enrolls through one process and is told to sync
    // with the other half of the time, so both processes serve both kinds of request.
    let mut vaults = Vec::new();
    let mut expected = Expected::new();
    for device in 0..DEVICES {
        let vault_dir = dir.path().join(format!("device-{device}"));
        let mut vault = new_vault(&vault_dir);
        let start = device * CASES_PER_DEVICE;
        expected.extend(record_cases(
            vault.store(),
            start..start + CASES_PER_DEVICE,
            &Mix::answers_only(600),
        ));
        let asked = servers[device as usize % 2];
        let used = servers[(device as usize / 2) % 2];
        let invite = enrollment_for(&asked.url, &used.url, &staff_token, &[&ngo]);
        runtime()
            .block_on(enroll(
                vault.store(),
                &invite,
                None,
                &SyncOptions::default(),
            ))
            .expect("enroll");
        vaults.push(vault);
    }

    // All devices at once, each in small batches so the processes interleave their commits,
    // and each syncing twice: the second time must send nothing.
    let started = Instant::now();
    std::thread::scope(|scope| {
        for vault in &mut vaults {
            scope.spawn(move || {
                let options = SyncOptions {
                    max_batch_bytes: 16 * 1024,
                    ..SyncOptions::default()
                };
                let runtime = runtime();
                let report = runtime
                    .block_on(sync_now(vault.store(), &options, &NoObserver))
                    .expect("sync");
                assert_eq!(report.sent, u64::from(CASES_PER_DEVICE));
                let again = runtime
                    .block_on(sync_now(vault.store(), &options, &NoObserver))
                    .expect("second sync");
                assert_eq!(again.sent, 0);
                assert_eq!(sync_status(vault.store()).expect("status").pending, 0);
            });
        }
    });
    let took = started.elapsed();
    let total = DEVICES * CASES_PER_DEVICE;
    println!(
        "{total} cases from {DEVICES} devices through 2 processes: {:.2} s ({:.0} cases/s)",
        took.as_secs_f64(),
        f64::from(total) / took.as_secs_f64()
    );

    // Staff see every case once, through either process.
    let delivered = check_delivery(&first.url, &staff_token, &ngo, &expected);
    assert_eq!(delivered.submissions, total as usize);
    let through_second = pull_all(&second.url, &staff_token);
    assert_eq!(through_second.len(), total as usize);
}

#[test]
fn a_sqlite_server_backed_up_while_it_runs_restores_with_everything_it_held() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let server = Server::start(&dir.path().join("server"), &Backend::Sqlite);
    let staff_token = server.staff_token();
    let ngo = StaffIdentity::generate();
    let options = SyncOptions {
        max_batch_bytes: 16 * 1024,
        ..SyncOptions::default()
    };

    // One device has sent everything, attachments included, before the backup.
    let mut sent = new_vault(&dir.path().join("device-sent"));
    let mix = Mix {
        small_every: 3,
        pair_every: 7,
        large_every: 0,
        narrative_chars: 400,
    };
    let expected_sent = record_cases(sent.store(), 0..30, &mix);
    let invite = server.enrollment(&staff_token, &[&ngo]);
    let rt = runtime();
    rt.block_on(enroll(sent.store(), &invite, None, &options))
        .expect("enroll");
    let report = rt
        .block_on(sync_now(sent.store(), &options, &NoObserver))
        .expect("sync");
    assert_eq!(report.sent, 30);

    // Another is sending while the backup is taken: the copy holds some prefix of its cases.
    let mut busy = new_vault(&dir.path().join("device-busy"));
    let expected_busy = record_cases(busy.store(), 100..400, &Mix::answers_only(400));
    let invite = server.enrollment(&staff_token, &[&ngo]);
    rt.block_on(enroll(busy.store(), &invite, None, &options))
        .expect("enroll");
    let copy = dir.path().join("backup.db");
    let output = std::thread::scope(|scope| {
        let syncing = scope.spawn(|| {
            runtime()
                .block_on(sync_now(busy.store(), &options, &NoObserver))
                .expect("sync during the backup")
        });
        // The backup starts once the server has begun storing the busy device's cases.
        let waiting = Instant::now();
        while pull_all(&server.url, &staff_token).len() <= 30 {
            assert!(
                waiting.elapsed().as_secs() < 60,
                "the busy device sent nothing"
            );
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        let output = Command::new(binary("wave-server"))
            .arg("backup")
            .arg("--data")
            .arg(&server.data)
            .arg("--to")
            .arg(&copy)
            .output()
            .expect("run wave-server backup");
        assert_eq!(syncing.join().expect("sync thread").sent, 300);
        output
    });
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    // A second backup to the same file is refused rather than overwriting it.
    let again = Command::new(binary("wave-server"))
        .args(["backup", "--data"])
        .arg(&server.data)
        .arg("--to")
        .arg(&copy)
        .output()
        .expect("run wave-server backup");
    assert!(!again.status.success());

    // Restored into an empty data folder, the server knows its staff token, and staff get every
    // case the first device sent and each of the busy one's that the copy holds, once, intact.
    let restored_dir = dir.path().join("restored");
    std::fs::create_dir(&restored_dir).expect("restore folder");
    std::fs::copy(&copy, restored_dir.join("wave-server.db")).expect("restore");
    let restored = Server::start(&restored_dir, &Backend::Sqlite);
    let present: BTreeSet<String> = pull_all(&restored.url, &staff_token)
        .iter()
        .map(|item| {
            let envelope = item.envelope_bytes().expect("envelope");
            ngo.open_payload(&envelope, &item.id.to_string())
                .expect("payload")
                .case_id
        })
        .collect();
    let mut expected = expected_sent.clone();
    expected.extend(
        expected_busy
            .into_iter()
            .filter(|(case_id, _)| present.contains(case_id)),
    );
    let delivered = check_delivery(&restored.url, &staff_token, &ngo, &expected);
    assert!(delivered.submissions > 30);
    assert!(delivered.attachments > 0);
    println!(
        "restored: {} submissions ({} of the busy device's 300), {} attachments",
        delivered.submissions,
        delivered.submissions - 30,
        delivered.attachments
    );
}
