//! Unlock time: `Vault::unlock` with `KdfParams::FLOOR`, `DEFAULT` and `calibrate(500 ms)`, each
//! against a bare Argon2id derivation with the same parameters (everything else unlock does is
//! the overhead), and a duress unlock against a normal unlock of the same vault, which the design
//! says take about the same time. Figures and commands: docs/benchmarks.md.

mod common;

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use argon2::{Algorithm, Argon2, Params, Version};
use criterion::{Criterion, SamplingMode};
use serde_json::json;
use wave_core::Vault;
use wave_core::case::{Answers, FormRef};
use wave_core::vault::{KdfParams, Passphrase};

use common::{Comparison, Report, Target};
use wave_core::case;

const PASSPHRASE: &str = "correct horse battery staple";
const DURESS: &str = "a different, duress passphrase";
/// A modest vault's worth of content, so a duress unlock has a real store to destroy.
const CASES: usize = 1_000;
const ATTACHMENTS: usize = 10;
const ATTACHMENT_SIZE: usize = 1024 * 1024;

fn main() {
    let mut c = common::criterion();
    let mut report = Report::default();
    let start = Instant::now();
    let calibrated = KdfParams::calibrate(Duration::from_millis(500)).unwrap();
    println!(
        "calibrate(500 ms) took {:.2} s and chose {} KiB × {} passes × {} lane(s)",
        start.elapsed().as_secs_f64(),
        calibrated.memory_kib,
        calibrated.iterations,
        calibrated.parallelism
    );
    for (name, params) in [
        ("unlock/floor", KdfParams::FLOOR),
        ("unlock/default", KdfParams::DEFAULT),
        ("unlock/calibrated_500ms", calibrated),
    ] {
        unlock_against_argon2(&mut c, &mut report, name, params);
    }
    duress_against_normal(&mut c, &mut report);
    c.final_summary();
    report.print();
}

fn unlock_against_argon2(c: &mut Criterion, report: &mut Report, name: &str, params: KdfParams) {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::at(dir.path().join("vault"));
    vault
        .create(&Passphrase::new(PASSPHRASE), params)
        .unwrap()
        .lock();
    let argon2 = Argon2::new(
        Algorithm::Argon2id,
        Version::V0x13,
        Params::new(
            params.memory_kib,
            params.iterations,
            params.parallelism,
            Some(32),
        )
        .unwrap(),
    );
    let passphrase = Passphrase::new(PASSPHRASE);
    report.compare(
        c,
        Comparison {
            group: name,
            baseline: "Argon2id alone, same parameters",
            target: Target::Informational,
            throughput: None,
            sampling: SamplingMode::Flat,
            measurement: Some(Duration::from_millis(100)),
        },
        |iters| {
            let start = Instant::now();
            for _ in 0..iters {
                let mut out = [0u8; 32];
                argon2
                    .hash_password_into(PASSPHRASE.as_bytes(), &[1u8; 16], &mut out)
                    .unwrap();
                black_box(out);
            }
            start.elapsed()
        },
        |iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let start = Instant::now();
                let unlocked = vault.unlock(&passphrase).unwrap();
                total += start.elapsed();
                unlocked.lock();
            }
            total
        },
    );
}

fn duress_against_normal(c: &mut Criterion, report: &mut Report) {
    let dir = tempfile::tempdir().unwrap();
    let normal = filled_vault(&dir.path().join("normal"));
    let passphrase = Passphrase::new(PASSPHRASE);
    let duress = Passphrase::new(DURESS);
    let mut round = 0;
    report.compare(
        c,
        Comparison {
            group: "unlock/duress_vs_normal_default",
            baseline: "normal unlock, same vault contents",
            target: Target::SlowdownAtMost(1.1),
            throughput: None,
            sampling: SamplingMode::Flat,
            measurement: Some(Duration::from_millis(100)),
        },
        |iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let start = Instant::now();
                let unlocked = normal.unlock(&passphrase).unwrap();
                total += start.elapsed();
                unlocked.lock();
            }
            total
        },
        |iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                round += 1;
                let vault = filled_vault(&dir.path().join(format!("duress-{round}")));
                let start = Instant::now();
                let unlocked = vault.unlock(&duress).unwrap();
                total += start.elapsed();
                assert_eq!(case::case_count(unlocked.store_ref()).unwrap(), 0);
                unlocked.lock();
                vault.wipe().unwrap();
            }
            total
        },
    );
}

/// A vault with `KdfParams::DEFAULT`, a duress passphrase, 1,000 small cases and ten 1 MiB
/// attachments, locked.
fn filled_vault(dir: &Path) -> Vault {
    let vault = Vault::at(dir);
    let mut unlocked = vault
        .create(&Passphrase::new(PASSPHRASE), KdfParams::DEFAULT)
        .unwrap();
    unlocked.set_duress(&Passphrase::new(DURESS)).unwrap();
    let form = FormRef {
        id: "police-violence".into(),
        version: 1,
    };
    let store = unlocked.store();
    let ids = case::import_cases(
        store,
        (0..CASES).map(|n| {
            let answers: Answers =
                json!({"code_name": format!("Case {n}"), "own_words": "x".repeat(1500)})
                    .as_object()
                    .unwrap()
                    .clone();
            (form.clone(), answers)
        }),
    )
    .unwrap();
    let content = vec![0x5au8; ATTACHMENT_SIZE];
    for id in ids.iter().take(ATTACHMENTS) {
        case::add_attachment(
            store,
            *id,
            &mut &content[..],
            Some("photo.jpg"),
            "image/jpeg",
        )
        .unwrap();
    }
    unlocked.lock();
    vault
}
