//! The `wave` command-line contract, run as a person or a script would: passphrases from the
//! environment, ids on stdout, one readable line on stderr for every failure.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use serde_json::{Value, json};

fn wave(args: &[&str], passphrase: Option<&str>, new: Option<&str>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_wave"));
    command
        .args(args)
        .env_remove("WAVE_PASSPHRASE")
        .env_remove("WAVE_NEW_PASSPHRASE");
    if let Some(passphrase) = passphrase {
        command.env("WAVE_PASSPHRASE", passphrase);
    }
    if let Some(new) = new {
        command.env("WAVE_NEW_PASSPHRASE", new);
    }
    command.output().unwrap()
}

fn ok(output: Output) -> String {
    assert!(
        output.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

fn one_line_error(output: &Output) -> String {
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(
        stderr.trim_end().lines().count(),
        1,
        "expected one line, got: {stderr}"
    );
    assert!(
        !stderr.contains("panicked") && !stderr.contains("backtrace"),
        "{stderr}"
    );
    stderr
}

fn init(dir: &Path) -> String {
    let vault = dir.join("vault").to_string_lossy().into_owned();
    ok(wave(
        &["vault", "init", "--vault", &vault, "--unlock-time", "0"],
        Some("pass one"),
        None,
    ));
    vault
}

#[test]
fn add_list_show_finalize_delete() {
    let dir = tempfile::tempdir().unwrap();
    let vault = init(dir.path());
    let answers = dir.path().join("answers.json");
    fs::write(
        &answers,
        r#"{"code_name": "Olena", "city": "Kharkiv", "violations": ["v_threat"]}"#,
    )
    .unwrap();
    let id = ok(wave(
        &[
            "case",
            "add",
            "--vault",
            &vault,
            "--answers",
            answers.to_str().unwrap(),
        ],
        Some("pass one"),
        None,
    ));
    let id = id.trim().to_string();
    assert_eq!(id.len(), 36);

    let list: Value = serde_json::from_str(&ok(wave(
        &["case", "list", "--vault", &vault, "--json"],
        Some("pass one"),
        None,
    )))
    .unwrap();
    assert_eq!(list[0]["id"], id.as_str());
    assert_eq!(list[0]["status"], "draft");

    ok(wave(
        &["case", "finalize", &id, "--vault", &vault],
        Some("pass one"),
        None,
    ));
    let shown: Value = serde_json::from_str(&ok(wave(
        &["case", "show", &id, "--vault", &vault, "--json"],
        Some("pass one"),
        None,
    )))
    .unwrap();
    assert_eq!(shown["id"], id.as_str());
    assert_eq!(shown["status"], "finalized");
    assert_eq!(shown["answers"]["city"], "Kharkiv");
    // Recorded against the latest checklist unless told otherwise.
    assert_eq!(
        (&shown["form_id"], &shown["form_version"]),
        (&json!("police-violence"), &json!(2))
    );
    let table = ok(wave(
        &["case", "list", "--vault", &vault],
        Some("pass one"),
        None,
    ));
    assert!(table.contains(&id) && table.contains("Olena"));

    ok(wave(
        &["case", "delete", &id, "--vault", &vault],
        Some("pass one"),
        None,
    ));
    let list: Value = serde_json::from_str(&ok(wave(
        &["case", "list", "--vault", &vault, "--json"],
        Some("pass one"),
        None,
    )))
    .unwrap();
    assert_eq!(list.as_array().unwrap().len(), 0);
}

#[test]
fn attachments_round_trip_through_files() {
    let dir = tempfile::tempdir().unwrap();
    let vault = init(dir.path());
    let answers = dir.path().join("a.json");
    fs::write(&answers, "{}").unwrap();
    let id = ok(wave(
        &[
            "case",
            "add",
            "--vault",
            &vault,
            "--answers",
            answers.to_str().unwrap(),
        ],
        Some("pass one"),
        None,
    ));
    let photo = dir.path().join("photo.jpg");
    let bytes: Vec<u8> = (0..1_000_000u32).map(|i| (i % 241) as u8).collect();
    fs::write(&photo, &bytes).unwrap();
    let attachment = ok(wave(
        &[
            "case",
            "attach",
            id.trim(),
            photo.to_str().unwrap(),
            "--vault",
            &vault,
        ],
        Some("pass one"),
        None,
    ));
    let out = dir.path().join("back.jpg");
    ok(wave(
        &[
            "case",
            "attachment",
            id.trim(),
            attachment.trim(),
            "--out",
            out.to_str().unwrap(),
            "--vault",
            &vault,
        ],
        Some("pass one"),
        None,
    ));
    assert_eq!(fs::read(&out).unwrap(), bytes);
}

#[test]
fn wrong_passphrase_is_one_line_and_changes_nothing_but_the_counter() {
    let dir = tempfile::tempdir().unwrap();
    let vault = init(dir.path());
    let answers = dir.path().join("a.json");
    fs::write(&answers, r#"{"code_name": "X"}"#).unwrap();
    let output = wave(
        &[
            "case",
            "add",
            "--vault",
            &vault,
            "--answers",
            answers.to_str().unwrap(),
        ],
        Some("wrong"),
        None,
    );
    let stderr = one_line_error(&output);
    assert!(stderr.contains("wrong passphrase"), "{stderr}");
    let list: Value = serde_json::from_str(&ok(wave(
        &["case", "list", "--vault", &vault, "--json"],
        Some("pass one"),
        None,
    )))
    .unwrap();
    assert_eq!(list.as_array().unwrap().len(), 0);
}

#[test]
fn bad_input_gives_one_readable_line() {
    let dir = tempfile::tempdir().unwrap();
    let vault = init(dir.path());
    let bad = dir.path().join("bad.json");
    fs::write(&bad, "{not json").unwrap();
    let array = dir.path().join("array.json");
    fs::write(&array, "[1, 2]").unwrap();
    let cases: Vec<Vec<String>> = vec![
        vec![
            "case".into(),
            "add".into(),
            "--vault".into(),
            vault.clone(),
            "--answers".into(),
            bad.to_string_lossy().into(),
        ],
        vec![
            "case".into(),
            "add".into(),
            "--vault".into(),
            vault.clone(),
            "--answers".into(),
            array.to_string_lossy().into(),
        ],
        vec![
            "case".into(),
            "add".into(),
            "--vault".into(),
            vault.clone(),
            "--answers".into(),
            "/nonexistent.json".into(),
        ],
        vec![
            "case".into(),
            "show".into(),
            "not-a-uuid".into(),
            "--vault".into(),
            vault.clone(),
        ],
        vec![
            "case".into(),
            "show".into(),
            "00000000-0000-4000-8000-000000000000".into(),
            "--vault".into(),
            vault.clone(),
        ],
        vec![
            "case".into(),
            "finalize".into(),
            "00000000-0000-4000-8000-000000000000".into(),
            "--vault".into(),
            vault.clone(),
        ],
        vec![
            "case".into(),
            "list".into(),
            "--vault".into(),
            dir.path().join("nowhere").to_string_lossy().into(),
        ],
        vec!["case".into(), "frobnicate".into()],
        vec![
            "vault".into(),
            "init".into(),
            "--vault".into(),
            vault.clone(),
        ],
    ];
    for args in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let output = wave(&args, Some("pass one"), None);
        one_line_error(&output);
    }
    // A damaged key file is reported, not a panic.
    fs::write(Path::new(&vault).join("key"), b"garbage").unwrap();
    let stderr = one_line_error(&wave(
        &["case", "list", "--vault", &vault],
        Some("pass one"),
        None,
    ));
    assert!(stderr.contains("damaged"), "{stderr}");
}

#[test]
fn passwd_duress_and_wipe() {
    let dir = tempfile::tempdir().unwrap();
    let vault = init(dir.path());
    let answers = dir.path().join("a.json");
    fs::write(&answers, r#"{"code_name": "Y"}"#).unwrap();
    ok(wave(
        &[
            "case",
            "add",
            "--vault",
            &vault,
            "--answers",
            answers.to_str().unwrap(),
        ],
        Some("pass one"),
        None,
    ));
    ok(wave(
        &["vault", "passwd", "--vault", &vault],
        Some("pass one"),
        Some("pass two"),
    ));
    one_line_error(&wave(
        &["case", "list", "--vault", &vault],
        Some("pass one"),
        None,
    ));
    ok(wave(
        &["vault", "duress", "--vault", &vault],
        Some("pass two"),
        Some("let me go"),
    ));
    let list: Value = serde_json::from_str(&ok(wave(
        &["case", "list", "--vault", &vault, "--json"],
        Some("pass two"),
        None,
    )))
    .unwrap();
    assert_eq!(list.as_array().unwrap().len(), 1);
    let list: Value = serde_json::from_str(&ok(wave(
        &["case", "list", "--vault", &vault, "--json"],
        Some("let me go"),
        None,
    )))
    .unwrap();
    assert_eq!(list.as_array().unwrap().len(), 0);
    one_line_error(&wave(
        &["case", "list", "--vault", &vault],
        Some("pass two"),
        None,
    ));

    let output = wave(&["vault", "wipe", "--vault", &vault], None, None);
    assert!(output.status.success());
    assert!(!Path::new(&vault).exists());
}

#[test]
fn demo_runs_from_nothing() {
    let output = wave(&["demo"], None, None);
    let stdout = ok(output);
    assert!(stdout.contains("not found"));
    assert!(stdout.contains("0 cases"));
}
