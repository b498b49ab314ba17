//! A duress unlock killed at any moment: a child process unlocks with the duress passphrase,
//! saves a case in the new vault and keeps running, and is killed with SIGKILL after a random
//! delay, before, during or after the unlock and the clean-up it leaves running. Whatever the
//! moment, the next unlock with the duress passphrase must open an empty vault (or the one case
//! the child reported saved), the real passphrase must no longer open anything, and once that
//! vault is locked its folder must hold one store, as any fresh vault does.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

use serde_json::json;
use wave_core::Vault;
use wave_core::case;
use wave_core::case::{Answers, CaseId, FormRef};
use wave_core::error::Error;
use wave_core::vault::{KdfParams, Passphrase};

const CHILD_ENV: &str = "WAVE_DURESS_CRASH_CHILD_VAULT";
const ROUNDS: u64 = 16;
const REAL: &str = "real quiet orchard window";
const DURESS: &str = "duress copper kettle meadow";

fn form() -> FormRef {
    FormRef {
        id: "police-violence".into(),
        version: 1,
    }
}

fn answers(text: &str) -> Answers {
    json!({ "code_name": text }).as_object().unwrap().clone()
}

#[test]
#[ignore = "started by duress_unlock_killed_at_any_moment as a child process"]
fn duress_crash_child() {
    let Ok(dir) = std::env::var(CHILD_ENV) else {
        return;
    };
    let mut vault = Vault::at(&dir).unlock(&Passphrase::new(DURESS)).unwrap();
    // As the command line does: ending the process does not wait for the clean-up.
    vault.set_wait_at_lock(false);
    let id = case::create_case(vault.store(), form(), answers("after duress")).unwrap();
    // The test harness has written `test duress_crash_child ... ` without a newline.
    println!();
    println!("SAVED {id}");
    loop {
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn duress_unlock_killed_at_any_moment() {
    let seed = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64;
    println!("seed {seed}");
    let mut state = seed | 1;
    for round in 0..ROUNDS {
        let dir = tempfile::tempdir().unwrap();
        let vault_dir = dir.path().join("v");
        let vault = Vault::at(&vault_dir);
        let mut unlocked = vault
            .create(&Passphrase::new(REAL), KdfParams::FLOOR)
            .unwrap();
        let id = case::create_case(unlocked.store(), form(), answers("before duress")).unwrap();
        let photo = vec![0x5a; 256 * 1024];
        case::add_attachment(unlocked.store(), id, &mut &photo[..], None, "image/jpeg").unwrap();
        unlocked.set_duress(&Passphrase::new(DURESS)).unwrap();
        unlocked.lock();

        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        // Process start and the key derivation take tens to hundreds of milliseconds; the
        // range covers the moments before, inside and after the unlock.
        let delay = Duration::from_millis(state % 400);
        let saved = run_child_until_killed(&vault_dir, delay);
        println!(
            "round {round}: killed after {delay:?}, case saved: {}",
            saved.is_some()
        );

        let mut again = vault
            .unlock(&Passphrase::new(DURESS))
            .unwrap_or_else(|error| panic!("round {round}, killed after {delay:?}: {error}"));
        let cases = case::list_cases(again.store()).unwrap();
        match saved {
            Some(saved) => {
                assert_eq!(cases.len(), 1, "round {round}: the saved case is kept");
                assert_eq!(cases[0].id, saved);
            }
            None => assert!(
                cases.len() <= 1 && cases.iter().all(|case| case.id != id),
                "round {round}: nothing of the real vault is left"
            ),
        }
        again.lock();
        let stores = std::fs::read_dir(&vault_dir)
            .unwrap()
            .filter(|entry| entry.as_ref().unwrap().path().is_dir())
            .count();
        assert_eq!(stores, 1, "round {round}: one store once locked");
        assert!(
            matches!(
                vault.unlock(&Passphrase::new(REAL)),
                Err(Error::WrongPassphrase)
            ),
            "round {round}: the real vault is gone"
        );
        vault.unlock(&Passphrase::new(DURESS)).unwrap().lock();
    }
}

/// Runs the child on `vault_dir`, kills it `after` its start; the case it reported saved, if any.
fn run_child_until_killed(vault_dir: &Path, after: Duration) -> Option<CaseId> {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "duress_crash_child",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_ENV, vault_dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut saved = None;
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if let Some(id) = line.strip_prefix("SAVED ") {
                saved = Some(id.parse::<CaseId>().unwrap());
            }
        }
        saved
    });
    let start = Instant::now();
    while start.elapsed() < after {
        assert!(
            child.try_wait().unwrap().is_none(),
            "the child exited by itself"
        );
        std::thread::sleep(Duration::from_millis(2));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    reader.join().unwrap()
}
