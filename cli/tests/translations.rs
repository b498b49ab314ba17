//! `wave form translations`, `wave form languages` and the terminal's language, as a translator,
//! staff or a person at a terminal meets them.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

fn wave(args: &[&str], lang: Option<&str>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_wave"));
    command
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    if let Some(lang) = lang {
        command.env("LANG", lang);
    }
    command.output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn checklist_copy(dir: &Path) -> String {
    let shipped = format!(
        "{}/../schemas/forms/police-violence.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let copy = dir.join("form.json");
    fs::copy(shipped, &copy).unwrap();
    copy.to_string_lossy().into_owned()
}

#[test]
fn export_then_import_leaves_the_form_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let form = checklist_copy(dir.path());
    let before = fs::read(&form).unwrap();
    for lang in ["ru", "uk"] {
        let po = dir.path().join(format!("{lang}.po"));
        let po = po.to_str().unwrap();
        let export = wave(
            &[
                "form",
                "translations",
                "export",
                &form,
                "--lang",
                lang,
                "--out",
                po,
            ],
            None,
        );
        assert!(export.status.success(), "{}", stderr(&export));
        let text = fs::read_to_string(po).unwrap();
        assert!(text.contains(&format!("\"Language: {lang}\\n\"")), "{text}");
        assert!(text.contains("msgctxt \"title\""));
        let import = wave(&["form", "translations", "import", &form, po], None);
        assert!(import.status.success(), "{}", stderr(&import));
        assert!(
            stderr(&import).contains("0 texts changed"),
            "{}",
            stderr(&import)
        );
        assert!(
            fs::read(&form).unwrap() == before,
            "{lang}: the form changed"
        );
    }
}

#[test]
fn a_po_that_does_not_fit_is_refused_naming_each_problem_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let form = checklist_copy(dir.path());
    let before = fs::read(&form).unwrap();
    let po = dir.path().join("ru.po");
    let po = po.to_str().unwrap();
    assert!(
        wave(
            &[
                "form",
                "translations",
                "export",
                &form,
                "--lang",
                "ru",
                "--out",
                po
            ],
            None
        )
        .status
        .success()
    );
    let text = fs::read_to_string(po)
        .unwrap()
        .replacen("msgctxt \"title\"", "msgctxt \"items/nowhere/label\"", 1)
        .replacen("msgstr \"Да\"", "msgstr \"Да {n}\"", 1);
    fs::write(po, text).unwrap();
    let import = wave(&["form", "translations", "import", &form, po], None);
    assert!(!import.status.success());
    let said = stderr(&import);
    assert!(
        said.contains("items/nowhere/label: the form has no such text"),
        "{said}"
    );
    assert!(said.contains("placeholders [\"{n}\"] differ"), "{said}");
    assert!(said.contains("2 problems; nothing was written"), "{said}");
    assert!(fs::read(&form).unwrap() == before);
}

#[test]
fn languages_and_the_outline_show_the_review_status_to_staff() {
    let languages = wave(&["form", "languages"], None);
    assert!(languages.status.success());
    let listed = stdout(&languages);
    assert!(listed.contains("en  source language"), "{listed}");
    assert!(listed.contains("ru  draft"), "{listed}");
    let outline = wave(&["form", "outline", "--lang", "uk"], None);
    assert!(
        stdout(&outline)
            .lines()
            .nth(1)
            .unwrap()
            .starts_with("uk: draft")
    );
}

#[test]
fn the_terminal_language_is_spoken_and_picks_the_checklist_language() {
    // No --lang: the terminal's language, since the checklist has it.
    let outline = wave(&["form", "outline"], Some("uk_UA.UTF-8"));
    let first = stdout(&outline)
        .lines()
        .next()
        .unwrap_or_default()
        .to_owned();
    assert!(first.starts_with("Насильство з боку поліції"), "{first}");
    // A language the checklist lacks: its default; the program's words fall back to English.
    let outline = wave(&["form", "outline"], Some("de_DE.UTF-8"));
    assert!(stdout(&outline).starts_with("Police violence against women"));
    let refused = wave(&["form", "outline", "--lang", "de"], Some("ru_RU.UTF-8"));
    assert!(!refused.status.success());
    assert_eq!(
        stderr(&refused).trim(),
        "wave: в опроснике нет языка \"de\"; есть en, ru, uk, ro, ka, kk, ky, be"
    );
    let missing = wave(
        &["case", "list", "--vault", "/nonexistent/vault"],
        Some("uk_UA.UTF-8"),
    );
    assert_eq!(
        stderr(&missing).trim(),
        "wave: у /nonexistent/vault немає сховища"
    );
}
