//! Crash safety: a child process adds cases and attachments as fast as it can and is killed with
//! SIGKILL at a random moment, twenty-four times over the same vault. Every case and attachment
//! whose add returned before the kill must be intact afterwards, SQLite must report the database
//! consistent, and the file of an attachment cut off mid-way must be gone after the next unlock.
//! The child never locks, so the summaries its saves left waiting to be folded into their pages
//! die with it: every case must still be listed, with the title and status of its row.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

use serde_json::json;
use wave_core::Vault;
use wave_core::case;
use wave_core::case::{Answers, FormRef};
use wave_core::vault::{KdfParams, Passphrase};

const CHILD_ENV: &str = "WAVE_CRASH_CHILD_VAULT";
const ROUNDS: usize = 24;

/// What the child attaches to every other case: 64 KiB to 2 MiB, different each time.
fn attachment_for(round: u64, n: u64) -> Vec<u8> {
    let size = 64 * 1024 + ((round * 7919 + n * 104_729) % (2 * 1024 * 1024 - 64 * 1024)) as usize;
    (0..size)
        .map(|i| ((i as u64 * 31 + round * 7 + n) % 251) as u8)
        .collect()
}

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
    let mut vault = Vault::at(&dir)
        .unlock(&Passphrase::new("crash test: broken mug and kite"))
        .unwrap();
    let form = FormRef {
        id: "police-violence".into(),
        version: 1,
    };
    // The test harness has written `test crash_child_writer ... ` without a newline.
    println!();
    let mut n = 0u64;
    loop {
        let id = case::create_case(vault.store(), form.clone(), answers_for(round, n)).unwrap();
        if n.is_multiple_of(3) {
            case::finalize_case(vault.store(), id).unwrap();
        }
        println!("CASE {id} {round} {n} {}", n.is_multiple_of(3));
        if n.is_multiple_of(2) {
            let data = attachment_for(round, n);
            let meta =
                case::add_attachment(vault.store(), id, &mut &data[..], None, "video/mp4").unwrap();
            println!("ATTACHMENT {id} {} {round} {n}", meta.id);
        }
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
        .create(
            &Passphrase::new("crash test: broken mug and kite"),
            KdfParams::FLOOR,
        )
        .unwrap()
        .lock();
    let seed = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64;
    let mut random = Xorshift(seed | 1);
    println!("seed {seed}");
    let mut reported = Reported::default();
    let mut orphans_collected = 0;
    for round in 0..ROUNDS {
        let lines = run_child_until_killed(
            &vault_dir,
            round as u64,
            Duration::from_millis(60 + random.next() % 400),
        );
        reported.cases.extend(lines.cases);
        // Each round reads back the attachments it reported; the last reads back all of them.
        let new_attachments = if round + 1 == ROUNDS {
            0
        } else {
            reported.attachments.len()
        };
        reported.attachments.extend(lines.attachments);
        orphans_collected += check_all(&vault_dir, &reported, new_attachments);
    }
    assert!(
        reported.cases.len() > ROUNDS && reported.attachments.len() > ROUNDS,
        "the children should have written cases and attachments; got {} and {}",
        reported.cases.len(),
        reported.attachments.len()
    );
    // Attachments take most of the child's time, so some kills land inside one.
    assert!(
        orphans_collected > 0,
        "no kill left an attachment file behind in {ROUNDS} rounds"
    );
}

/// What the children reported as returned: cases (id, round, n, finalized) and attachments
/// (case id, attachment id, round, n).
#[derive(Default)]
struct Reported {
    cases: Vec<(String, u64, u64, bool)>,
    attachments: Vec<(String, String, u64, u64)>,
}

fn run_child_until_killed(vault_dir: &Path, round: u64, after: Duration) -> Reported {
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
        let mut reported = Reported::default();
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            let parts: Vec<&str> = line.split_whitespace().collect();
            match parts.as_slice() {
                ["CASE", id, round, n, finalized] => {
                    let _ = first_write.send(());
                    reported.cases.push((
                        id.to_string(),
                        round.parse().unwrap(),
                        n.parse().unwrap(),
                        *finalized == "true",
                    ));
                }
                ["ATTACHMENT", case, id, round, n] => reported.attachments.push((
                    case.to_string(),
                    id.to_string(),
                    round.parse().unwrap(),
                    n.parse().unwrap(),
                )),
                _ => {}
            }
        }
        reported
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

/// Unlocks the vault and checks every case reported and the attachments reported from
/// `attachments_from` on; returns how many attachment files the unlock removed as never recorded.
fn check_all(vault_dir: &Path, reported: &Reported, attachments_from: usize) -> usize {
    let files_before = attachment_files(vault_dir);
    let vault = Vault::at(vault_dir)
        .unlock(&Passphrase::new("crash test: broken mug and kite"))
        .unwrap();
    let store = vault.store_ref();
    store.integrity_check().unwrap();
    for (case, id, round, n) in &reported.attachments[attachments_from..] {
        let mut out = Vec::new();
        case::read_attachment(store, case.parse().unwrap(), id.parse().unwrap(), &mut out).unwrap();
        assert!(out == attachment_for(*round, *n), "attachment {id}");
    }
    for (id, round, n, finalized) in &reported.cases {
        let case = case::get_case(store, id.parse().unwrap()).unwrap();
        assert_eq!(case.answers, answers_for(*round, *n), "case {id}");
        if *finalized {
            assert_eq!(
                case.versions.len(),
                1,
                "case {id} lost its finalized version"
            );
        }
    }
    // Every listed case decrypts too, including one whose add was cut off mid-way; an
    // attachment recorded but killed before it was reported reads back whole (its fingerprint is
    // checked); and no file is left without a record.
    let known: std::collections::HashSet<&str> = reported
        .attachments
        .iter()
        .map(|(_, id, _, _)| id.as_str())
        .collect();
    let listed = case::list_cases(store).unwrap();
    let by_id: std::collections::HashMap<String, &case::CaseSummary> = listed
        .iter()
        .map(|summary| (summary.id.to_string(), summary))
        .collect();
    for (id, round, n, finalized) in &reported.cases {
        let summary = by_id
            .get(id)
            .unwrap_or_else(|| panic!("case {id} is not listed"));
        assert_eq!(summary.title, format!("r{round}-n{n}"), "case {id}");
        let expected = if *finalized {
            (case::CaseStatus::Finalized, 1)
        } else {
            (case::CaseStatus::Draft, 0)
        };
        assert_eq!((summary.status, summary.versions), expected, "case {id}");
    }
    let mut recorded = 0;
    for summary in &listed {
        case::get_case(store, summary.id).unwrap();
        for meta in case::list_attachments(store, summary.id).unwrap() {
            if !known.contains(meta.id.to_string().as_str()) {
                case::read_attachment(store, summary.id, meta.id, &mut std::io::sink()).unwrap();
            }
            recorded += 1;
        }
    }
    let files_after = attachment_files(vault_dir);
    assert_eq!(files_after, recorded, "attachment files against records");
    files_before - files_after
}

/// Files in every attachment folder of the vault.
fn attachment_files(vault_dir: &Path) -> usize {
    std::fs::read_dir(vault_dir)
        .unwrap()
        .map(|entry| entry.unwrap().path().join("blobs"))
        .filter(|blobs| blobs.is_dir())
        .map(|blobs| std::fs::read_dir(blobs).unwrap().count())
        .sum()
}
