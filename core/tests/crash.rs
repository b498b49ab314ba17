//! Crash safety: a child process adds cases as fast as it can and is killed with SIGKILL at a
//! random moment, twenty-four times over the same vault. Every case whose `create_case` returned
//! before the kill must be intact afterwards, and SQLite must report the database consistent.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

use serde_json::json;
use wave_core::case::{Answers, FormRef};
use wave_core::vault::{KdfParams, Passphrase, Vault};

const CHILD_ENV: &str = "WAVE_CRASH_CHILD_VAULT";
const ROUNDS: usize = 24;

fn answers_for(round: u64, n: u64) -> Answers {
    let narrative = "x".repeat(1500 + (n as usize % 500));
    json!({ "code_name": format!("r{round}-n{n}"), "narrative": narrative, "n": n })
        .as_object()
        .unwrap()
        .clone()
}

/// Runs only inside the child: writes cases until killed, reporting each one after it returned.
#[test]
#[ignore = "started by crash_safety_under_sigkill as a child process"]
fn crash_child_writer() {
    let Ok(dir) = std::env::var(CHILD_ENV) else {
        return;
    };
    let round: u64 = std::env::var("WAVE_CRASH_ROUND").unwrap().parse().unwrap();
    let mut vault = Vault::at(&dir).unlock(&Passphrase::new("crash")).unwrap();
    let form = FormRef {
        id: "police-violence".into(),
        version: 1,
    };
    // The test harness has written `test crash_child_writer ... ` without a newline.
    println!();
    let mut n = 0u64;
    loop {
        let id = vault
            .store()
            .create_case(form.clone(), answers_for(round, n))
            .unwrap();
        if n % 3 == 0 {
            vault.store().finalize_case(id).unwrap();
        }
        println!("CASE {id} {round} {n} {}", n % 3 == 0);
        n += 1;
    }
}

struct Xorshift(u64);

impl Xorshift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn crash_safety_under_sigkill() {
    let dir = tempfile::tempdir().unwrap();
    let vault_dir = dir.path().join("vault");
    Vault::at(&vault_dir)
        .create(&Passphrase::new("crash"), KdfParams::FLOOR)
        .unwrap()
        .lock();
    let seed = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64;
    let mut random = Xorshift(seed | 1);
    println!("seed {seed}");
    let mut reported = Vec::new();
    for round in 0..ROUNDS {
        let lines = run_child_until_killed(
            &vault_dir,
            round as u64,
            Duration::from_millis(60 + random.next() % 400),
        );
        reported.extend(lines);
        check_all(&vault_dir, &reported);
    }
    assert!(
        reported.len() > ROUNDS,
        "the children should have written cases; got {}",
        reported.len()
    );
}

fn run_child_until_killed(
    vault_dir: &Path,
    round: u64,
    after: Duration,
) -> Vec<(String, u64, u64, bool)> {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "crash_child_writer",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_ENV, vault_dir)
        .env("WAVE_CRASH_ROUND", round.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (first_write, wrote) = std::sync::mpsc::channel();
    let reader = std::thread::spawn(move || {
        let mut cases = Vec::new();
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            let parts: Vec<&str> = line.split_whitespace().collect();
            if parts.len() == 5 && parts[0] == "CASE" {
                let _ = first_write.send(());
                cases.push((
                    parts[1].to_string(),
                    parts[2].parse().unwrap(),
                    parts[3].parse().unwrap(),
                    parts[4] == "true",
                ));
            }
        }
        cases
    });
    // The clock starts at the child's first durable write, not at its start, so a slow
    // machine (process start, unlock) is interrupted mid-work as often as a fast one.
    let _ = wrote.recv_timeout(Duration::from_secs(60));
    let start = Instant::now();
    while start.elapsed() < after {
        if child.try_wait().unwrap().is_some() {
            panic!("the child writer exited by itself");
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    reader.join().unwrap()
}

fn check_all(vault_dir: &Path, reported: &[(String, u64, u64, bool)]) {
    let vault = Vault::at(vault_dir)
        .unlock(&Passphrase::new("crash"))
        .unwrap();
    let store = vault.store_ref();
    store.integrity_check().unwrap();
    for (id, round, n, finalized) in reported {
        let case = store.get_case(id.parse().unwrap()).unwrap();
        assert_eq!(case.answers, answers_for(*round, *n), "case {id}");
        if *finalized {
            assert_eq!(
                case.versions.len(),
                1,
                "case {id} lost its finalized version"
            );
        }
    }
    // Every listed case decrypts too, including one whose add was cut off mid-way.
    for summary in store.list_cases().unwrap() {
        store.get_case(summary.id).unwrap();
    }
}
