//! The guided form's speed, as percentiles: loading the checklist, one engine step of a full
//! walk through it (no I/O), `answer()` end to end with its durable encrypted write beside a
//! plaintext durable write of the same answers, and engine steps on generated forms of two sizes.
//!
//! Run: `cargo bench -p wave-core --bench checklist`

#[path = "../tests/common/big_form.rs"]
#[allow(dead_code)]
mod big_form;

use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use wave_core::Vault;
use wave_core::case;
use wave_core::form::{Form, FormState, ItemType, POLICE_VIOLENCE_JSON};
use wave_core::record::{FormSession, Outcome, Question};
use wave_core::vault::{KdfParams, Passphrase};

fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    let index = ((samples.len() as f64 - 1.0) * p).round() as usize;
    samples[index.min(samples.len() - 1)]
}

fn report(name: &str, samples: &mut [Duration]) {
    let p50 = percentile(samples, 0.50);
    let p99 = percentile(samples, 0.99);
    let max = percentile(samples, 1.0);
    println!(
        "{name:<58} n={:<6} p50={:>10.1?} p99={:>10.1?} max={:>10.1?}",
        samples.len(),
        p50,
        p99,
        max
    );
}

fn auto_answer(question: &Question) -> Value {
    let first = || {
        question
            .choices
            .first()
            .map(|c| c.value.clone())
            .unwrap_or_default()
    };
    match (question.id.as_str(), question.item_type) {
        ("safe_now", _) => json!("safe"),
        ("urgent_needs", _) => json!(["none"]),
        ("violations", _) => json!([
            "v_extort",
            "v_phys",
            "v_detain",
            "v_search",
            "v_confisc",
            "v_threat"
        ]),
        (_, ItemType::Single) => json!(first()),
        (_, ItemType::Multi) => json!([first()]),
        (_, ItemType::Yesno | ItemType::Info) => json!(true),
        (_, ItemType::Text) => json!("Mariupol district, near the pharmacy"),
        (_, ItemType::Longtext) => {
            json!("They stopped us near the pharmacy and took the naloxone kits.")
        }
        (_, ItemType::Number) => json!(2),
        (_, ItemType::Date) => json!({"value": "2026-03-14", "precision": "exact"}),
        (_, ItemType::Time) => json!("21:30"),
        (_, ItemType::Duration) => json!(45),
        (_, ItemType::Location) => json!({"lat": 46.48, "lon": 30.72}),
        (_, ItemType::Attachment) => Value::Null,
        (_, ItemType::Repeat) => json!(question.repeat.as_ref().is_some_and(|r| r.count < 2)),
    }
}

fn main() {
    let today = time::Date::from_calendar_date(2026, time::Month::November, 29).unwrap();

    let mut loads: Vec<Duration> = (0..30)
        .map(|_| {
            let start = Instant::now();
            Form::load(POLICE_VIOLENCE_JSON).unwrap();
            start.elapsed()
        })
        .collect();
    report("load + validate the checklist", &mut loads);
    let form = Arc::new(Form::load(POLICE_VIOLENCE_JSON).unwrap());

    // A full walk, engine only: set + next + progress per answer.
    let mut steps = Vec::new();
    for _ in 0..20 {
        let dir = tempfile::tempdir().unwrap();
        let mut vault = Vault::at(dir.path())
            .create(
                &Passphrase::new("bench: pale river stone lantern"),
                KdfParams::FLOOR,
            )
            .unwrap();
        let mut session = FormSession::start(Arc::clone(&form), "ru", today);
        let mut engine = FormState::empty(Arc::clone(&form), today);
        while let Some(question) = session.current() {
            let value = auto_answer(&question);
            if question.item_type != ItemType::Repeat {
                let answer = serde_json::from_value(value.clone()).ok();
                if engine.is_relevant(question.position) {
                    let start = Instant::now();
                    let _ = engine.set(question.position, answer);
                    let _ = engine.next(question.position);
                    let _ = engine.progress();
                    steps.push(start.elapsed());
                }
            } else if value == json!(true) {
                let _ = engine.add_instance(question.position);
            }
            match session.answer(vault.store(), value).unwrap() {
                Outcome::Invalid(message) => panic!("{}: {message}", question.id),
                Outcome::Stopped { .. } => panic!("stopped"),
                _ => {}
            }
        }
    }
    report(
        "checklist walk: engine step (set + next + progress)",
        &mut steps,
    );

    // answer() end to end with the durable encrypted write, against a plaintext durable write.
    let dir = tempfile::tempdir().unwrap();
    let mut vault = Vault::at(dir.path().join("v"))
        .create(
            &Passphrase::new("bench: pale river stone lantern"),
            KdfParams::FLOOR,
        )
        .unwrap();
    let plain = rusqlite::Connection::open(dir.path().join("plain.db")).unwrap();
    plain.pragma_update(None, "journal_mode", "WAL").unwrap();
    plain.pragma_update(None, "synchronous", "FULL").unwrap();
    plain.pragma_update(None, "secure_delete", "ON").unwrap();
    plain.execute_batch("CREATE TABLE cases (id TEXT PRIMARY KEY, status INTEGER, revision INTEGER, body BLOB); CREATE TABLE case_summaries (case_id TEXT PRIMARY KEY, revision INTEGER, body BLOB); INSERT INTO cases VALUES ('c', 0, 1, x''); INSERT INTO case_summaries VALUES ('c', 1, x'');").unwrap();
    let mut encrypted = Vec::new();
    let mut plaintext = Vec::new();
    // The fold that writes each session's summary into its page (at the next list or lock).
    let mut folds = Vec::new();
    for _ in 0..5 {
        let mut session = FormSession::start(Arc::clone(&form), "uk", today);
        while let Some(question) = session.current() {
            let value = auto_answer(&question);
            let start = Instant::now();
            session.answer(vault.store(), value).unwrap();
            let took = start.elapsed();
            if let Some(id) = session.case_id() {
                encrypted.push(took);
                let answers =
                    serde_json::to_vec(&case::get_case(vault.store_ref(), id).unwrap().answers)
                        .unwrap();
                let start = Instant::now();
                let tx = plain.unchecked_transaction().unwrap();
                tx.execute(
                    "UPDATE cases SET body = ?1, revision = revision + 1 WHERE id = 'c'",
                    [&answers],
                )
                .unwrap();
                tx.execute("UPDATE case_summaries SET body = ?1, revision = revision + 1 WHERE case_id = 'c'", [&answers[..answers.len().min(200)]]).unwrap();
                tx.commit().unwrap();
                plaintext.push(start.elapsed());
            }
        }
        let start = Instant::now();
        black_box(case::fold_summaries(vault.store_ref()).unwrap());
        folds.push(start.elapsed());
    }
    let total = |times: &[Duration]| times.iter().sum::<Duration>().as_secs_f64();
    let with_folds = (total(&encrypted) + total(&folds)) / total(&plaintext);
    // Each answer is timed beside the plaintext write that follows it: the median of those
    // per-pair ratios is what one slow disk sync (another job's) skews least.
    let mut pair_ratios: Vec<f64> = encrypted
        .iter()
        .zip(&plaintext)
        .map(|(wave, plain)| wave.as_secs_f64() / plain.as_secs_f64())
        .collect();
    pair_ratios.sort_by(f64::total_cmp);
    let pair_ratio = |p: f64| pair_ratios[((pair_ratios.len() - 1) as f64 * p).round() as usize];
    let encrypted_p50 = percentile(&mut encrypted, 0.5);
    let plaintext_p50 = percentile(&mut plaintext, 0.5);
    report(
        "answer() end to end, durable encrypted write",
        &mut encrypted,
    );
    report(
        "plaintext durable write of the same answers (baseline)",
        &mut plaintext,
    );
    report("fold of a session's summary into its page", &mut folds);
    println!(
        "{:<58} {:.2}x",
        "all answers and their folds / all plaintext writes", with_folds
    );
    println!(
        "{:<58} {:.2}x",
        "answer() p50 / plaintext write p50",
        encrypted_p50.as_secs_f64() / plaintext_p50.as_secs_f64()
    );
    println!(
        "{:<58} {:.2}x (IQR {:.2}–{:.2}; target ≤ 1.3x; load {})",
        "answer() / plaintext write, median of per-answer ratios",
        pair_ratio(0.5),
        pair_ratio(0.25),
        pair_ratio(0.75),
        std::fs::read_to_string("/proc/loadavg")
            .ok()
            .and_then(|l| l.split_whitespace().next().map(str::to_owned))
            .unwrap_or_else(|| "unknown".to_owned())
    );

    // Generated forms: step time against size.
    for sections in [10, 20] {
        let form = Arc::new(Form::load(&big_form::big_form_json_with(sections)).unwrap());
        let items = form.items().len();
        let mut state = FormState::empty(Arc::clone(&form), today);
        let officers = state.position_of("officers", None).unwrap();
        for _ in 0..200 {
            state.add_instance(officers).unwrap();
        }
        let positions = state.positions();
        let mut samples = Vec::new();
        for round in 0..3 {
            for pos in &positions {
                let Some(item) = state.item(*pos) else {
                    continue;
                };
                let value = match item.kind.item_type() {
                    ItemType::Yesno => json!(round % 2 == 0),
                    ItemType::Text => json!("x"),
                    ItemType::Multi => json!(["v1", "v3"]),
                    _ => continue,
                };
                let answer = serde_json::from_value(value).ok();
                let start = Instant::now();
                let _ = state.set(*pos, answer);
                let _ = state.next(*pos);
                let _ = state.progress();
                samples.push(start.elapsed());
            }
        }
        report(
            &format!("generated form, {items} items + 200 repeat entries: step"),
            &mut samples,
        );
    }
}
