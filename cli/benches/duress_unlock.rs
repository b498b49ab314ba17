//! Duress unlock against a normal unlock as an observer sees them: `wave case list` run as a
//! process, timed from spawn to its first byte on stdout and to its exit, on fresh copies of one
//! calibrated vault (a few cases, a 1 MiB attachment, a duress passphrase). Runs are paired and
//! the order alternates; the figure is the median of the per-pair ratios with its interquartile
//! range. Figures and commands: docs/benchmarks.md.
//!
//! Settings from the environment: `WAVE_BENCH_PAIRS` (default 31), `WAVE_BENCH_UNLOCK_MS` (the
//! vault's calibration target, default 500 as `wave vault init`), `WAVE_BENCH_DIR` (where the
//! copies go; default the system's temporary folder, which must be on a real disk: the figure is
//! about syncs), `WAVE_BENCH_BIN` (the `wave` binary to time, to compare two builds with the same
//! harness; default the one cargo built).

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const PASSPHRASE: &str = "correct horse battery staple";
const DURESS: &str = "a different, duress passphrase";
const CASES: usize = 3;
const ATTACHMENT_SIZE: usize = 1024 * 1024;
const TARGET: f64 = 1.05;

struct Run {
    first_output: Duration,
    exit: Duration,
    stdout: String,
}

fn main() {
    // `cargo bench` passes `--bench`; this binary takes no options of its own.
    let pairs: usize = setting("WAVE_BENCH_PAIRS", 31);
    let unlock_ms: u64 = setting("WAVE_BENCH_UNLOCK_MS", 500);
    let root = match std::env::var_os("WAVE_BENCH_DIR") {
        Some(dir) => tempfile::tempdir_in(dir),
        None => tempfile::tempdir(),
    }
    .expect("a temporary folder for the vault copies");
    let template = root.path().join("template");
    make_vault(root.path(), &template, unlock_ms);
    let load_before = load_average();

    let mut first_output = Vec::new();
    let mut exit = Vec::new();
    let mut normals = (Vec::new(), Vec::new());
    let mut duresses = (Vec::new(), Vec::new());
    let mut duress_slower = 0;
    for pair in 0..pairs {
        let normal_copy = root.path().join(format!("normal-{pair}"));
        let duress_copy = root.path().join(format!("duress-{pair}"));
        copy_dir(&template, &normal_copy);
        copy_dir(&template, &duress_copy);
        let (normal, duress) = if pair % 2 == 0 {
            let normal = list(&normal_copy, PASSPHRASE);
            (normal, list(&duress_copy, DURESS))
        } else {
            let duress = list(&duress_copy, DURESS);
            (list(&normal_copy, PASSPHRASE), duress)
        };
        assert_eq!(
            normal.stdout.lines().count(),
            CASES + 1,
            "the real passphrase lists every case"
        );
        assert_eq!(
            duress.stdout.trim(),
            "No cases.",
            "the duress passphrase opens an empty vault"
        );
        first_output.push(ratio(duress.first_output, normal.first_output));
        exit.push(ratio(duress.exit, normal.exit));
        duress_slower += usize::from(duress.exit > normal.exit);
        normals.0.push(millis(normal.first_output));
        normals.1.push(millis(normal.exit));
        duresses.0.push(millis(duress.first_output));
        duresses.1.push(millis(duress.exit));
        for copy in [normal_copy, duress_copy] {
            fs::remove_dir_all(copy).expect("removing a vault copy");
        }
    }

    println!(
        "== duress unlock vs normal, `wave case list` as a process: {pairs} pairs, vault calibrated to {unlock_ms} ms (load {load_before} before, {} after)",
        load_average()
    );
    println!(
        "{:<14} {:>14} {:>14} {:>9} {:>15} {:>8} {:>8}",
        "", "normal median", "duress median", "ratio", "IQR", "target", "met"
    );
    for (name, ratios, normal, duress) in [
        (
            "first output",
            &mut first_output,
            &mut normals.0,
            &mut duresses.0,
        ),
        ("exit", &mut exit, &mut normals.1, &mut duresses.1),
    ] {
        let (q1, median, q3) = quartiles(ratios);
        println!(
            "{name:<14} {:>11.1} ms {:>11.1} ms {median:>8.3}× {:>15} {:>7}× {:>8}",
            quartiles(normal).1,
            quartiles(duress).1,
            format!("{q1:.3}–{q3:.3}"),
            format!("≤ {TARGET}"),
            if median <= TARGET { "MET" } else { "NOT MET" }
        );
    }
    println!("duress exited later in {duress_slower} of {pairs} pairs");
}

fn setting<T: std::str::FromStr>(name: &str, default: T) -> T {
    match std::env::var(name) {
        Ok(value) => value
            .parse()
            .unwrap_or_else(|_| panic!("{name} is not a valid number: {value:?}")),
        Err(_) => default,
    }
}

fn wave() -> Command {
    let binary = std::env::var_os("WAVE_BENCH_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_wave")));
    let mut command = Command::new(binary);
    command
        .env_remove("WAVE_PASSPHRASE")
        .env_remove("WAVE_NEW_PASSPHRASE");
    command
}

fn checked(command: &mut Command) -> String {
    let output = command.output().expect("running wave");
    assert!(
        output.status.success(),
        "wave failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("wave prints UTF-8")
}

/// A vault made as a person would: calibrated by `wave vault init`, a few cases, one 1 MiB
/// attachment, a duress passphrase.
fn make_vault(work: &Path, vault: &Path, unlock_ms: u64) {
    let vault_arg = vault.to_str().expect("a UTF-8 path");
    checked(
        wave()
            .args(["vault", "init", "--vault", vault_arg, "--unlock-time"])
            .arg(unlock_ms.to_string())
            .env("WAVE_NEW_PASSPHRASE", PASSPHRASE),
    );
    let mut first = None;
    for n in 0..CASES {
        let answers = work.join(format!("answers-{n}.json"));
        // `case add` takes only a complete case: the tests' complete case, made distinct.
        let mut case: serde_json::Value =
            serde_json::from_str(include_str!("../tests/data/complete-case.json"))
                .expect("the tests' complete case is JSON");
        case["code_name"] = format!("Case {n}").into();
        case["own_words"] = "x".repeat(1500).into();
        fs::write(&answers, case.to_string()).expect("writing answers");
        let id = checked(
            wave()
                .args(["case", "add", "--vault", vault_arg, "--answers"])
                .arg(&answers)
                .env("WAVE_PASSPHRASE", PASSPHRASE),
        );
        first.get_or_insert(id.trim().to_string());
    }
    let photo = work.join("photo.jpg");
    // Incompressible bytes, so nothing in the path below could take a shortcut.
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let bytes: Vec<u8> = (0..ATTACHMENT_SIZE)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as u8
        })
        .collect();
    fs::write(&photo, bytes).expect("writing the attachment");
    checked(
        wave()
            .args(["case", "attach"])
            .arg(first.expect("a case"))
            .arg(&photo)
            .args(["--vault", vault_arg])
            .env("WAVE_PASSPHRASE", PASSPHRASE),
    );
    checked(
        wave()
            .args(["vault", "duress", "--vault", vault_arg])
            .env("WAVE_PASSPHRASE", PASSPHRASE)
            .env("WAVE_NEW_PASSPHRASE", DURESS),
    );
}

/// `wave case list`, timed to the first byte it prints and to its exit.
fn list(vault: &Path, passphrase: &str) -> Run {
    let start = Instant::now();
    let mut child = wave()
        .args(["case", "list", "--vault"])
        .arg(vault)
        .env("WAVE_PASSPHRASE", passphrase)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("starting wave");
    let mut stdout = child.stdout.take().expect("piped stdout");
    let mut first = [0u8; 1];
    stdout.read_exact(&mut first).expect("wave printed nothing");
    let first_output = start.elapsed();
    let mut rest = Vec::new();
    stdout
        .read_to_end(&mut rest)
        .expect("reading wave's output");
    let status = child.wait().expect("waiting for wave");
    let exit = start.elapsed();
    assert!(status.success(), "wave case list failed");
    let mut printed = first.to_vec();
    printed.extend(rest);
    Run {
        first_output,
        exit,
        stdout: String::from_utf8(printed).expect("wave prints UTF-8"),
    }
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("making a vault copy");
    for entry in fs::read_dir(from).expect("reading the template vault") {
        let entry = entry.expect("reading the template vault");
        let target: PathBuf = to.join(entry.file_name());
        if entry.file_type().expect("a file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).expect("copying a vault file");
        }
    }
}

fn ratio(duress: Duration, normal: Duration) -> f64 {
    duress.as_secs_f64() / normal.as_secs_f64()
}

fn millis(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

/// First quartile, median and third quartile (linear interpolation).
fn quartiles(values: &mut [f64]) -> (f64, f64, f64) {
    values.sort_by(f64::total_cmp);
    let at = |q: f64| {
        let position = q * (values.len() - 1) as f64;
        let low = position.floor() as usize;
        let high = position.ceil() as usize;
        values[low] + (values[high] - values[low]) * (position - low as f64)
    };
    (at(0.25), at(0.5), at(0.75))
}

fn load_average() -> String {
    fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|text| {
            let fields: Vec<&str> = text.split_whitespace().take(3).collect();
            (fields.len() == 3).then(|| fields.join(" "))
        })
        .unwrap_or_else(|| "unknown".into())
}
