//! `wave form` and `wave record` as a person or a script uses them: checking forms, outlines in
//! all eight languages, recording from a file (valid, incomplete, stopped by the safety gate) and
//! one question at a time on the terminal.

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn wave(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wave"))
        .args(args)
        .env("WAVE_PASSPHRASE", "record test: amber canoe drifting")
        // The terminal's language would choose the checklist's and the messages' language.
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn init(dir: &Path) -> String {
    let vault = dir.join("vault").to_string_lossy().into_owned();
    assert!(
        wave(&["vault", "init", "--vault", &vault, "--unlock-time", "0"])
            .status
            .success()
    );
    vault
}

fn data(name: &str) -> String {
    format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn checklist() -> String {
    format!(
        "{}/../schemas/forms/police-violence.json",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn checklist_v1() -> String {
    format!(
        "{}/../schemas/forms/police-violence-v1.json",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn run_with_input(args: &[&str], input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_wave"))
        .args(args)
        .env("WAVE_PASSPHRASE", "record test: amber canoe drifting")
        // The terminal's language would choose the checklist's and the messages' language.
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn form_check_accepts_the_checklist_and_lists_every_error_of_a_broken_form() {
    let output = wave(&["form", "check", &checklist()]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stdout(&output).lines().count(), 1);
    assert!(stdout(&output).contains("police-violence"));

    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.json");
    let mut form: Value = serde_json::from_str(&fs::read_to_string(checklist()).unwrap()).unwrap();
    form["sections"][3]["items"][1]["relevant"] = Value::from("${no_such_item} = 'x'");
    form["sections"][4]["items"][0]["label"]
        .as_object_mut()
        .unwrap()
        .remove("uk");
    fs::write(&broken, serde_json::to_string(&form).unwrap()).unwrap();
    let output = wave(&["form", "check", broken.to_str().unwrap()]);
    assert!(!output.status.success());
    let errors: Vec<String> = stderr(&output).lines().map(str::to_owned).collect();
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("sections[3].items[1]") && e.contains("no_such_item")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("sections[4].items[0]") && e.contains("uk")),
        "{errors:?}"
    );
}

/// `wave` with the terminal's locale set to `locale`.
fn wave_in(args: &[&str], locale: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wave"))
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", locale)
        .output()
        .unwrap()
}

/// The core's broken forms: each fails with one error, together one of every kind.
fn broken_forms() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/tests/forms/broken");
    let mut files: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path().to_string_lossy().into_owned())
        .collect();
    files.sort();
    files
}

fn cyrillic(text: &str) -> bool {
    text.chars()
        .any(|c| ('а'..='я').contains(&c.to_lowercase().next().unwrap_or(c)))
}

#[test]
fn every_kind_of_form_error_is_said_in_the_terminals_language_and_json_keeps_a_code() {
    let mut kinds = std::collections::BTreeSet::new();
    for file in broken_forms() {
        // For tools: English messages, each with its stable code, whatever the terminal speaks.
        let checked = wave_in(&["form", "check", &file, "--json"], "ru_RU.UTF-8");
        assert!(!checked.status.success(), "{file}");
        let report: Value = serde_json::from_str(&stdout(&checked)).unwrap();
        assert_eq!(report["valid"], false, "{file}");
        let errors = report["errors"].as_array().unwrap();
        assert!(!errors.is_empty(), "{file}");
        for error in errors {
            kinds.insert(error["kind"].as_str().unwrap().to_owned());
            assert!(
                error["code"].as_str().unwrap().starts_with("form-"),
                "{error}"
            );
            assert!(!cyrillic(error["message"].as_str().unwrap()), "{error}");
        }

        let english: Vec<String> = stderr(&wave(&["form", "check", &file]))
            .lines()
            .map(str::to_owned)
            .collect();
        assert_eq!(english.len(), errors.len(), "{file}: {english:?}");
        let russian = stderr(&wave_in(&["form", "check", &file], "ru_RU.UTF-8"));
        let kazakh = stderr(&wave_in(&["form", "check", &file], "kk_KZ.UTF-8"));
        for said in [&russian, &kazakh] {
            let lines: Vec<&str> = said.lines().collect();
            assert_eq!(lines.len(), errors.len(), "{file}: {said}");
            for ((line, english), error) in lines.iter().zip(&english).zip(errors) {
                // The place is the form's own; the words about it are the terminal's.
                let path = error["path"].as_str().unwrap();
                assert!(line.starts_with(path), "{file}: {line}");
                assert_ne!(line, english, "{file}: not translated");
                assert!(cyrillic(line), "{file}: {line}");
            }
        }
        assert_ne!(russian, kazakh, "{file}");
    }
    let every: std::collections::BTreeSet<String> = [
        "json",
        "schema",
        "duplicate_id",
        "unknown_reference",
        "out_of_scope",
        "unknown_choice_list",
        "unknown_choice_value",
        "cycle",
        "syntax",
        "type",
        "missing_translation",
        "invalid",
    ]
    .map(String::from)
    .into();
    assert_eq!(kinds, every);
}

#[test]
fn a_broken_form_given_to_record_names_each_error_in_the_terminals_language() {
    let cycle = Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/tests/forms/broken/cycle.json");
    let cycle = cycle.to_str().unwrap();
    let said = stderr(&wave_in(
        &["record", "--vault", "/nonexistent/vault", "--form", cycle],
        "ru_RU.UTF-8",
    ));
    let lines: Vec<&str> = said.lines().collect();
    assert_eq!(lines.len(), 2, "{said}");
    assert_eq!(
        lines[0],
        "sections[0].items[0] (a): relevant: применимость зависит сама от себя: ${a} → ${b} → ${a} \
         (каждый зависит от следующего)"
    );
    assert!(lines[1].contains("неправильный опросник"), "{said}");
    // The same in a language of the new countries, and in English for a terminal without one.
    let said = stderr(&wave_in(
        &["form", "outline", cycle, "--lang", "ro"],
        "ro_MD.UTF-8",
    ));
    assert!(
        said.contains("aplicabilitatea depinde de ea însăși"),
        "{said}"
    );
    let said = stderr(&wave(&["form", "outline", cycle]));
    assert!(
        said.contains("relevance depends on itself: ${a} → ${b} → ${a}"),
        "{said}"
    );
}

#[test]
fn both_shipped_checklist_versions_pass_form_check() {
    for (file, version) in [(checklist_v1(), "version 1"), (checklist(), "version 2")] {
        let output = wave(&["form", "check", &file]);
        assert!(output.status.success(), "{}", stderr(&output));
        assert!(stdout(&output).contains(version), "{}", stdout(&output));
    }
}

#[test]
fn a_version_1_draft_continues_under_version_1() {
    let dir = tempfile::tempdir().unwrap();
    let vault = init(dir.path());
    // A draft begun with version 1: safe, nothing urgent, read the note, agree, keep it.
    let output = run_with_input(
        &["record", "--vault", &vault, "--form", &checklist_v1()],
        "1\n1\n\nyes\nyes\n",
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let id = stdout(&output).lines().last().unwrap().trim().to_owned();

    // Version 2 refuses it, naming the versions.
    let output = run_with_input(
        &[
            "record",
            "--vault",
            &vault,
            "--case",
            &id,
            "--form",
            &checklist(),
        ],
        "quit\n",
    );
    assert!(!output.status.success());
    assert!(stderr(&output).contains("version 1"), "{}", stderr(&output));

    // Without --form the draft continues with the built-in version it was begun with: the
    // next question is version 1's audio consent, answered and kept.
    let output = run_with_input(&["record", "--vault", &vault, "--case", &id], "no\nquit\n");
    assert!(output.status.success(), "{}", stderr(&output));
    let shown: Value = serde_json::from_str(&stdout(&wave(&[
        "case", "show", &id, "--vault", &vault, "--json",
    ])))
    .unwrap();
    assert_eq!(shown["form_version"], 1);
    assert_eq!(shown["answers"]["consent_audio"], false);
}

#[test]
fn outline_in_each_language() {
    // A word of the first question in each language's own script and letters.
    for (lang, word) in [
        ("en", "safe"),
        ("ru", "безопасно"),
        ("uk", "безпечно"),
        ("ro", "să vorbim"),
        ("ka", "უსაფრთხოა"),
        ("kk", "қауіпсіз"),
        ("ky", "сүйлөшүү"),
        ("be", "размаўляць"),
    ] {
        let output = wave(&["form", "outline", "--lang", lang]);
        assert!(output.status.success(), "{}", stderr(&output));
        let text = stdout(&output);
        assert!(
            text.contains("safe_now") && text.to_lowercase().contains(word),
            "{lang}"
        );
        assert!(text.contains("violations"));
    }
    assert!(!wave(&["form", "outline", "--lang", "fr"]).status.success());
}

#[test]
fn record_from_a_file_finalizes_a_complete_case() {
    let dir = tempfile::tempdir().unwrap();
    let vault = init(dir.path());
    let output = wave(&[
        "record",
        "--vault",
        &vault,
        "--answers",
        &data("complete-case.json"),
        "--finalize",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let id = stdout(&output).trim().to_owned();
    let shown: Value = serde_json::from_str(&stdout(&wave(&[
        "case", "show", &id, "--vault", &vault, "--json",
    ])))
    .unwrap();
    assert_eq!(shown["status"], "finalized");
    assert_eq!(shown["answers"]["code_name"], "Linden");
    assert_eq!(shown["answers"]["officers"].as_array().unwrap().len(), 2);
}

#[test]
fn record_from_a_file_lists_each_problem_and_keeps_the_draft() {
    let dir = tempfile::tempdir().unwrap();
    let vault = init(dir.path());
    let mut answers: Value =
        serde_json::from_str(&fs::read_to_string(data("complete-case.json")).unwrap()).unwrap();
    let map = answers.as_object_mut().unwrap();
    map.remove("country");
    map.insert("code_name".into(), Value::from("X"));
    map.insert("extortion_amount".into(), Value::from(-5));
    map.insert("age_group".into(), Value::from("ninety"));
    let file = dir.path().join("answers.json");
    fs::write(&file, answers.to_string()).unwrap();
    let output = wave(&[
        "record",
        "--vault",
        &vault,
        "--answers",
        file.to_str().unwrap(),
        "--finalize",
    ]);
    assert!(!output.status.success());
    let errors = stderr(&output);
    for id in ["country", "code_name", "extortion_amount", "age_group"] {
        assert!(
            errors.lines().any(|line| line.starts_with(id)),
            "{id} not reported: {errors}"
        );
    }
    let id = stdout(&output).trim().to_owned();
    let shown: Value = serde_json::from_str(&stdout(&wave(&[
        "case", "show", &id, "--vault", &vault, "--json",
    ])))
    .unwrap();
    assert_eq!(shown["status"], "draft");
    assert_eq!(shown["answers"]["city"], "Almaty");
}

#[test]
fn record_from_a_file_that_is_not_safe_saves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let vault = init(dir.path());
    let file = dir.path().join("answers.json");
    fs::write(
        &file,
        r#"{"safe_now": "not_safe", "consent_store": true, "code_name": "Never"}"#,
    )
    .unwrap();
    let output = wave(&[
        "record",
        "--vault",
        &vault,
        "--answers",
        file.to_str().unwrap(),
    ]);
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("nothing was saved"),
        "{}",
        stderr(&output)
    );
    let list: Value = serde_json::from_str(&stdout(&wave(&[
        "case", "list", "--vault", &vault, "--json",
    ])))
    .unwrap();
    assert_eq!(list.as_array().unwrap().len(), 0);
}

#[test]
fn interactive_recording_pauses_and_resumes() {
    let dir = tempfile::tempdir().unwrap();
    let vault = init(dir.path());
    let run = |args: &[&str], input: &str| -> Output {
        let mut child = Command::new(env!("CARGO_BIN_EXE_wave"))
            .args(args)
            .env("WAVE_PASSPHRASE", "record test: amber canoe drifting")
            // The terminal's language would choose the checklist's and the messages' language.
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    };
    // Safe, no one checks the phone, nothing urgent, read the note, agree, consent to store,
    // audio no, help, progress, back, then stop typing (end of input pauses).
    let output = run(
        &["record", "--vault", &vault, "--lang", "uk"],
        "1\n1\n1\n\nтак\nтак\nні\n?\n=\n<\n",
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("Відповіли"), "progress shown");
    let id = text.lines().last().unwrap().trim().to_owned();
    let shown: Value = serde_json::from_str(&stdout(&wave(&[
        "case", "show", &id, "--vault", &vault, "--json",
    ])))
    .unwrap();
    assert_eq!(shown["answers"]["consent_store"], true);
    assert_eq!(shown["answers"]["consent_audio"], false);

    // Resume the draft, then quit at once: everything stays.
    let output = run(&["record", "--vault", &vault, "--case", &id], "quit\n");
    assert!(output.status.success(), "{}", stderr(&output));
    let shown: Value = serde_json::from_str(&stdout(&wave(&[
        "case", "show", &id, "--vault", &vault, "--json",
    ])))
    .unwrap();
    assert_eq!(shown["answers"]["consent_audio"], false);

    // Saying it is not safe at the first question saves nothing.
    let output = run(&["record", "--vault", &vault], "2\n");
    assert!(output.status.success());
    let list: Value = serde_json::from_str(&stdout(&wave(&[
        "case", "list", "--vault", &vault, "--json",
    ])))
    .unwrap();
    assert_eq!(list.as_array().unwrap().len(), 1);
}
