//! The Rust side of the FFI round-trip figures: the same exported methods the Kotlin and Python
//! benchmarks call (`bindings/kotlin/src/bench`, `bindings/bench/ffi_python.py`), called directly
//! in Rust, so the difference is what crossing the FFI adds. Times each call separately and prints
//! the median and p99 in nanoseconds, timer included, like the other two.
//!
//! Run: `cargo bench -p wave-ffi --bench ffi_direct`

use std::hint::black_box;
use std::time::Instant;

use wave_ffi::{AnswerOutcome, ItemKind, KdfStrength, WaveVault};

fn measure<T>(name: &str, iterations: usize, mut call: impl FnMut() -> T) {
    for _ in 0..iterations / 4 + 10_000 {
        black_box(call());
    }
    let mut samples = Vec::with_capacity(iterations);
    for _ in 0..iterations {
        let start = Instant::now();
        black_box(call());
        samples.push(start.elapsed().as_nanos());
    }
    samples.sort_unstable();
    let median = samples[iterations / 2];
    let p99 = samples[iterations * 99 / 100];
    println!("{name:<28} median {median:>7} ns   p99 {p99:>7} ns   ({iterations} calls)");
}

fn main() {
    let iterations: usize = std::env::args()
        .skip(1)
        .find_map(|arg| arg.parse().ok())
        .unwrap_or(200_000);
    let dir = std::env::temp_dir().join(format!("wave-ffi-bench-{}", std::process::id()));
    let vault = WaveVault::new(dir.join("vault").display().to_string(), None);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime");
    runtime
        .block_on(vault.create("bench passphrase".into(), KdfStrength::Minimum, None))
        .expect("create the vault");
    let session = vault.start_session("en".into()).expect("a session");
    // Past the safety questions, so progress() counts a real draft.
    while session.case_id().is_none() {
        let question = session.current().expect("current").expect("a question");
        let answer = match (question.id.as_str(), question.kind) {
            ("safe_now", _) => r#""safe""#,
            ("urgent_needs", _) => r#"["none"]"#,
            (_, ItemKind::Yesno | ItemKind::Info) => "true",
            _ => "null",
        };
        let outcome = session.answer(answer.into()).expect("answer");
        assert!(
            matches!(outcome, AnswerOutcome::Next { .. }),
            "{}",
            question.id
        );
    }
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    println!("the same calls made directly in Rust, {cores} cores");
    println!("progress now: {:?}", session.progress());
    measure("timer only (empty call)", iterations, || ());
    measure("WaveVault.is_unlocked()", iterations, || {
        vault.is_unlocked()
    });
    measure("GuidedSession.progress()", iterations, || {
        session.progress()
    });
    measure("GuidedSession.language()", iterations, || {
        session.language()
    });
    measure("GuidedSession.current()", iterations / 10, || {
        session.current()
    });
    vault.lock();
    let _ = std::fs::remove_dir_all(&dir);
}
