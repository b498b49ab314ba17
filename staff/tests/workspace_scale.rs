//! The workspace over 10,000 cases (made with `wave_staff::synthetic`, stored as a pull stores
//! them): unlocking indexes them all, filters and search give the right cases, the last page
//! and a case page open. Times are printed, not asserted (docs/benchmarks.md has the figures);
//! `WAVE_WORKSPACE_SCALE_CASES` changes the count.

mod common;

use std::time::{Duration, Instant};

use common::{Client, PASSPHRASE, workspace_runtime};
use wave_core::vault::{KdfParams, Passphrase};
use wave_staff::workspace::{ServeOptions, start};
use wave_staff::{Archive, Forms};

#[test]
fn ten_thousand_cases_unlock_filter_and_search() {
    let count: usize = std::env::var("WAVE_WORKSPACE_SCALE_CASES")
        .ok()
        .and_then(|text| text.parse().ok())
        .unwrap_or(10_000);
    let dir = wave_tests::memory_tempdir();
    let archive_dir = dir.path().join("archive");
    let made = Instant::now();
    let mut archive =
        Archive::create(&archive_dir, &Passphrase::new(PASSPHRASE), KdfParams::FLOOR).unwrap();
    wave_staff::synthetic::fill(&mut archive, count, 7).unwrap();
    archive.lock();
    println!("made {count} cases in {:?}", made.elapsed());
    // The raw cost under the unlock: opening the archive and decrypting every row.
    let raw = Instant::now();
    let archive = Archive::open(&archive_dir, &Passphrase::new(PASSPHRASE)).unwrap();
    let opened = raw.elapsed();
    let cases = archive.cases().unwrap();
    println!(
        "raw: open {opened:?}, read and decrypt {} cases {:?}",
        cases.len(),
        raw.elapsed() - opened
    );
    let indexing = Instant::now();
    let data = wave_staff::workspace::CaseData::build(cases, &Forms::builtin().unwrap());
    println!("facets and index: {:?}", indexing.elapsed());
    drop(data);
    archive.lock();

    let runtime = workspace_runtime();
    let running = runtime
        .block_on(start(ServeOptions {
            archive: archive_dir.clone(),
            port: 0,
            idle_lock: Duration::from_secs(600),
            pull: None,
            forms: Forms::builtin().unwrap(),
        }))
        .unwrap();
    let mut client = Client::start(&running);
    let unlocking = Instant::now();
    assert_eq!(client.unlock(PASSPHRASE).status, 303);
    let inbox = client.get("/inbox");
    println!("unlock to a usable inbox: {:?}", unlocking.elapsed());
    assert!(inbox.text().contains(&format!("{count} cases match")));

    let timed = |path: &str| {
        let started = Instant::now();
        let reply = client.get(path);
        println!("GET {path}: {:?}", started.elapsed());
        assert_eq!(reply.status, 200, "{path}");
        reply.text()
    };
    let probe = count * 3 / 4;
    let one = timed(&format!("/inbox?q=marker{probe}"));
    assert!(one.contains("1 case matches"), "one case has that word");
    assert!(one.contains(&format!("Case {probe}<")));
    let filtered = timed("/inbox?country=kz&violation=v_phys&from=2025-01&to=2025-12");
    assert!(filtered.contains("cases match") || filtered.contains("case matches"));
    let last = timed(&format!("/inbox?page={}", count.div_ceil(50)));
    assert!(
        last.contains("Case 0<"),
        "the oldest case is on the last page"
    );
    let submission = one
        .split("href=\"/case/")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned();
    let case = timed(&format!("/case/{submission}"));
    assert!(case.contains(&format!("marker{probe}")));
    client.remember_csrf(&inbox);
    runtime.block_on(running.stop());
}
