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
        .env_remove("WAVE_NEW_PASSPHRASE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
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

/// A complete, valid case for the built-in checklist, with `changes` made to it.
fn case_file(dir: &Path, name: &str, changes: Value) -> String {
    let mut answers: Value = serde_json::from_str(include_str!("data/complete-case.json")).unwrap();
    for (id, value) in changes.as_object().unwrap() {
        answers[id] = value.clone();
    }
    let path = dir.join(name);
    fs::write(&path, answers.to_string()).unwrap();
    path.to_string_lossy().into_owned()
}

fn init(dir: &Path) -> String {
    let vault = dir.join("vault").to_string_lossy().into_owned();
    ok(wave(
        &["vault", "init", "--vault", &vault, "--unlock-time", "0"],
        Some("pass one: violet tram under the bridge"),
        None,
    ));
    vault
}

#[test]
fn add_list_show_finalize_delete() {
    let dir = tempfile::tempdir().unwrap();
    let vault = init(dir.path());
    let answers = case_file(
        dir.path(),
        "answers.json",
        json!({"code_name": "Olena", "city": "Kharkiv"}),
    );
    let id = ok(wave(
        &["case", "add", "--vault", &vault, "--answers", &answers],
        Some("pass one: violet tram under the bridge"),
        None,
    ));
    let id = id.trim().to_string();
    assert_eq!(id.len(), 36);

    let list: Value = serde_json::from_str(&ok(wave(
        &["case", "list", "--vault", &vault, "--json"],
        Some("pass one: violet tram under the bridge"),
        None,
    )))
    .unwrap();
    assert_eq!(list[0]["id"], id.as_str());
    assert_eq!(list[0]["status"], "draft");

    ok(wave(
        &["case", "finalize", &id, "--vault", &vault],
        Some("pass one: violet tram under the bridge"),
        None,
    ));
    let shown: Value = serde_json::from_str(&ok(wave(
        &["case", "show", &id, "--vault", &vault, "--json"],
        Some("pass one: violet tram under the bridge"),
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
        Some("pass one: violet tram under the bridge"),
        None,
    ));
    assert!(table.contains(&id) && table.contains("Olena"));

    ok(wave(
        &["case", "delete", &id, "--vault", &vault],
        Some("pass one: violet tram under the bridge"),
        None,
    ));
    let list: Value = serde_json::from_str(&ok(wave(
        &["case", "list", "--vault", &vault, "--json"],
        Some("pass one: violet tram under the bridge"),
        None,
    )))
    .unwrap();
    assert_eq!(list.as_array().unwrap().len(), 0);
}

#[test]
fn attachments_round_trip_through_files() {
    let dir = tempfile::tempdir().unwrap();
    let vault = init(dir.path());
    let answers = case_file(dir.path(), "a.json", json!({}));
    let id = ok(wave(
        &["case", "add", "--vault", &vault, "--answers", &answers],
        Some("pass one: violet tram under the bridge"),
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
        Some("pass one: violet tram under the bridge"),
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
        Some("pass one: violet tram under the bridge"),
        None,
    ));
    assert_eq!(fs::read(&out).unwrap(), bytes);
    // Her photo, decrypted: for her eyes only, and nothing left beside it.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&out).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "{mode:o}");
    }
    let beside: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".partial"))
        .collect();
    assert!(beside.is_empty(), "{beside:?}");
}

#[test]
fn wrong_passphrase_is_one_line_and_changes_nothing_but_the_counter() {
    let dir = tempfile::tempdir().unwrap();
    let vault = init(dir.path());
    let answers = case_file(dir.path(), "a.json", json!({"code_name": "Xena"}));
    let output = wave(
        &["case", "add", "--vault", &vault, "--answers", &answers],
        Some("wrong"),
        None,
    );
    let stderr = one_line_error(&output);
    assert!(stderr.contains("wrong passphrase"), "{stderr}");
    let list: Value = serde_json::from_str(&ok(wave(
        &["case", "list", "--vault", &vault, "--json"],
        Some("pass one: violet tram under the bridge"),
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
        let output = wave(&args, Some("pass one: violet tram under the bridge"), None);
        one_line_error(&output);
    }
    // A damaged key file is reported, not a panic.
    fs::write(Path::new(&vault).join("key"), b"garbage").unwrap();
    let stderr = one_line_error(&wave(
        &["case", "list", "--vault", &vault],
        Some("pass one: violet tram under the bridge"),
        None,
    ));
    assert!(stderr.contains("damaged"), "{stderr}");
}

#[test]
fn passwd_duress_and_wipe() {
    let dir = tempfile::tempdir().unwrap();
    let vault = init(dir.path());
    let answers = case_file(dir.path(), "a.json", json!({"code_name": "Yara"}));
    ok(wave(
        &["case", "add", "--vault", &vault, "--answers", &answers],
        Some("pass one: violet tram under the bridge"),
        None,
    ));
    ok(wave(
        &["vault", "passwd", "--vault", &vault],
        Some("pass one: violet tram under the bridge"),
        Some("pass two: quiet orchard window"),
    ));
    one_line_error(&wave(
        &["case", "list", "--vault", &vault],
        Some("pass one: violet tram under the bridge"),
        None,
    ));
    ok(wave(
        &["vault", "duress", "--vault", &vault],
        Some("pass two: quiet orchard window"),
        Some("let me go: copper kettle meadow"),
    ));
    let list: Value = serde_json::from_str(&ok(wave(
        &["case", "list", "--vault", &vault, "--json"],
        Some("pass two: quiet orchard window"),
        None,
    )))
    .unwrap();
    assert_eq!(list.as_array().unwrap().len(), 1);
    let list: Value = serde_json::from_str(&ok(wave(
        &["case", "list", "--vault", &vault, "--json"],
        Some("let me go: copper kettle meadow"),
        None,
    )))
    .unwrap();
    assert_eq!(list.as_array().unwrap().len(), 0);
    one_line_error(&wave(
        &["case", "list", "--vault", &vault],
        Some("pass two: quiet orchard window"),
        None,
    ));
    // The process above did not wait for the clean-up; the next ones finish it and keep what
    // is saved under the duress passphrase like in any vault.
    ok(wave(
        &["case", "add", "--vault", &vault, "--answers", &answers],
        Some("let me go: copper kettle meadow"),
        None,
    ));
    for _ in 0..2 {
        let list: Value = serde_json::from_str(&ok(wave(
            &["case", "list", "--vault", &vault, "--json"],
            Some("let me go: copper kettle meadow"),
            None,
        )))
        .unwrap();
        assert_eq!(list.as_array().unwrap().len(), 1);
    }

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

#[test]
fn case_add_names_every_problem_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let vault = init(dir.path());
    let key_before = fs::read(Path::new(&vault).join("key")).unwrap();
    let list = || -> usize {
        let list: Value = serde_json::from_str(&ok(wave(
            &["case", "list", "--vault", &vault, "--json"],
            Some("pass one: violet tram under the bridge"),
            None,
        )))
        .unwrap();
        list.as_array().unwrap().len()
    };

    let bad = dir.path().join("bad.json");
    fs::write(&bad, r#"{"country": 5, "nonexistent": 1}"#).unwrap();
    let output = wave(
        &[
            "case",
            "add",
            "--vault",
            &vault,
            "--answers",
            bad.to_str().unwrap(),
        ],
        Some("pass one: violet tram under the bridge"),
        None,
    );
    assert!(!output.status.success());
    assert!(output.stdout.is_empty(), "no case id printed");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    for named in [
        "country: ",
        "nonexistent: ",
        "consent_store: ",
        "safe_now: ",
    ] {
        assert!(stderr.contains(named), "{named} missing from: {stderr}");
    }
    assert_eq!(
        stderr.matches("country: ").count(),
        1,
        "each item once: {stderr}"
    );
    // Refused before the vault was opened: not even a failed-attempt count was written.
    assert_eq!(fs::read(Path::new(&vault).join("key")).unwrap(), key_before);

    // Complete but for one wrong answer, in Russian.
    let one_wrong = case_file(dir.path(), "one.json", json!({"age_group": "ancient"}));
    let output = wave(
        &[
            "case",
            "add",
            "--vault",
            &vault,
            "--answers",
            &one_wrong,
            "--lang",
            "ru",
        ],
        Some("pass one: violet tram under the bridge"),
        None,
    );
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(
        stderr.contains("age_group: Пожалуйста, выберите"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 2, "{stderr}");

    // No consent to keep the record: nothing is kept, whatever else is there.
    let no_consent = case_file(dir.path(), "nc.json", json!({"consent_store": false}));
    let output = wave(
        &["case", "add", "--vault", &vault, "--answers", &no_consent],
        Some("pass one: violet tram under the bridge"),
        None,
    );
    assert!(!output.status.success());
    assert_eq!(list(), 0);

    let good = case_file(dir.path(), "good.json", json!({}));
    ok(wave(
        &["case", "add", "--vault", &vault, "--answers", &good],
        Some("pass one: violet tram under the bridge"),
        None,
    ));
    assert_eq!(list(), 1);
}

#[test]
fn weak_passphrases_are_refused_in_the_terminals_language() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("vault").to_string_lossy().into_owned();
    let init = ["vault", "init", "--vault", &vault, "--unlock-time", "0"];
    for weak in ["qwerty123", "password1", "pass one"] {
        let stderr = one_line_error(&wave(&init, None, Some(weak)));
        assert!(stderr.contains("too weak"), "{weak}: {stderr}");
        assert!(
            !stderr.contains(weak),
            "the passphrase is not echoed: {stderr}"
        );
        assert!(!Path::new(&vault).exists(), "{weak}: a vault was made");
    }
    let in_language = |lang: &str| -> String {
        let output = Command::new(env!("CARGO_BIN_EXE_wave"))
            .args(init)
            .env_remove("WAVE_PASSPHRASE")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", lang)
            .env("WAVE_NEW_PASSPHRASE", "qwerty")
            .output()
            .unwrap();
        one_line_error(&output)
    };
    assert!(in_language("ru_RU.UTF-8").contains("слишком слабая"));
    assert!(in_language("uk_UA.UTF-8").contains("занадто слабка"));
    assert!(in_language("de_DE.UTF-8").contains("too weak"));

    let strong = "pass one: violet tram under the bridge";
    ok(wave(&init, None, Some(strong)));
    let stderr = one_line_error(&wave(
        &["vault", "passwd", "--vault", &vault],
        Some(strong),
        Some("123456"),
    ));
    assert!(stderr.contains("too weak"), "{stderr}");
    let stderr = one_line_error(&wave(
        &["vault", "duress", "--vault", &vault],
        Some(strong),
        Some("letmein"),
    ));
    assert!(stderr.contains("too weak"), "{stderr}");
    // Neither was set: the passphrase still opens the vault, and the weak ones open nothing.
    ok(wave(
        &["case", "list", "--vault", &vault],
        Some(strong),
        None,
    ));
    for weak in ["123456", "letmein"] {
        one_line_error(&wave(
            &["case", "list", "--vault", &vault],
            Some(weak),
            None,
        ));
    }
    ok(wave(
        &["case", "list", "--vault", &vault],
        Some(strong),
        None,
    ));
}
