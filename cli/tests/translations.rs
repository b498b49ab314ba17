//! `wave form translations`, `wave form languages` and the terminal's language, as a translator,
//! staff or a person at a terminal meets them.

use std::fs;
use std::path::Path;
use std::process::Output;

mod common;

use common::{Locale, Wave, stderr, stdout};

/// `wave` in the terminal language `lang` (none set: English); it asks no passphrase here.
fn wave(args: &[&str], lang: Option<&str>) -> Output {
    let locale = lang.map_or(Locale::Cleared, Locale::Lang);
    Wave {
        passphrase: None,
        locale,
    }
    .run(args)
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

/// The lines a refused import printed about `po` (each begins with the PO file's name), and the
/// summing-up line.
fn refusal(output: &Output, po: &str) -> (Vec<String>, String) {
    assert!(!output.status.success());
    let said = stderr(output);
    let mut problems = Vec::new();
    let mut summary = String::new();
    for line in said.lines() {
        match line.strip_prefix(&format!("{po}: ")) {
            Some(problem) => problems.push(problem.to_owned()),
            None => summary = line.to_owned(),
        }
    }
    (problems, summary)
}

fn cyrillic(text: &str) -> bool {
    text.chars()
        .any(|c| ('а'..='я').contains(&c.to_lowercase().next().unwrap_or(c)))
}

/// Imports `po` into `form` with the terminal in English, Russian and Kazakh; every problem is
/// named in each, in the same order, naming the same place, in that language's words.
fn refused_in_every_language(form: &str, po: &str, names: &[&str]) -> Vec<String> {
    let import = ["form", "translations", "import", form, po];
    let (english, _) = refusal(&wave(&import, None), po);
    assert!(!english.is_empty());
    for name in names {
        assert!(
            english.iter().any(|e| e.contains(name)),
            "{name}: {english:?}"
        );
    }
    for (locale, summary) in [
        ("ru_RU.UTF-8", "ничего не записано"),
        ("kk_KZ.UTF-8", "ештеңе жазылған жоқ"),
    ] {
        let (said, last) = refusal(&wave(&import, Some(locale)), po);
        assert_eq!(said.len(), english.len(), "{locale}: {said:?}");
        assert!(last.contains(summary), "{locale}: {last}");
        for (line, english) in said.iter().zip(&english) {
            assert_ne!(line, english, "{locale}: not translated");
            assert!(cyrillic(line), "{locale}: {line}");
        }
        for name in names {
            assert!(
                said.iter().any(|e| e.contains(name)),
                "{locale}: {name}: {said:?}"
            );
        }
    }
    english
}

#[test]
fn every_po_refusal_is_said_in_the_terminals_language_naming_what_it_names() {
    let dir = tempfile::tempdir().unwrap();
    let form = checklist_copy(dir.path());
    let before = fs::read(&form).unwrap();
    let po = dir.path().join("ru.po").to_string_lossy().into_owned();
    let export = [
        "form",
        "translations",
        "export",
        &form,
        "--lang",
        "ru",
        "--out",
        &po,
    ];
    assert!(wave(&export, None).status.success());
    let exported = fs::read_to_string(&po).unwrap();
    let replace = |text: String, from: &str, to: &str| {
        assert!(text.contains(from), "{from}");
        text.replacen(from, to, 1)
    };

    // What does not fit the form: an unknown path, a changed placeholder, a stale source, a
    // wrong plural count, plural forms at all, a text given twice, an entry without its place.
    let mut text = replace(
        exported.clone(),
        "msgctxt \"title\"",
        "msgctxt \"items/nowhere/label\"",
    );
    text = replace(text, "msgstr \"Да\"", "msgstr \"Да {n}\"");
    text = replace(
        text,
        "msgid \"No\"\nmsgstr \"Нет\"",
        "msgid \"Nope\"\nmsgstr \"Нет\"",
    );
    text = replace(
        text,
        "msgid \"Don't know\"\nmsgstr \"Не знаю\"",
        "msgid \"Don't know\"\nmsgid_plural \"x\"\nmsgstr[0] \"a\"\nmsgstr[1] \"b\"",
    );
    text = replace(
        text,
        "msgid \"Belarus\"\nmsgstr \"Беларусь\"",
        "msgid \"Belarus\"\nmsgid_plural \"x\"\nmsgstr[0] \"a\"\nmsgstr[1] \"b\"\nmsgstr[2] \"c\"",
    );
    text.push_str(
        "\nmsgctxt \"choice_lists/countries/ge/label\"\nmsgid \"Georgia\"\nmsgstr \"Грузия\"\n",
    );
    text.push_str("\nmsgid \"Orphan\"\nmsgstr \"Сирота\"\n");
    fs::write(&po, text).unwrap();
    let english = refused_in_every_language(
        &form,
        &po,
        &[
            "items/nowhere/label",
            "[\"{n}\"]",
            "choice_lists/yes_no_unsure/no/label",
            "choice_lists/yes_no_unsure/dont_know/label",
            "choice_lists/countries/by/label",
            "choice_lists/countries/ge/label",
        ],
    );
    assert_eq!(english.len(), 7, "{english:?}");
    for words in [
        "the form has no such text",
        "placeholders [\"{n}\"] differ from the en []",
        "stale: the en text has changed",
        "2 plural forms, but ru has 3",
        "form texts have no plural forms",
        "already given on line",
        "no msgctxt",
    ] {
        assert!(
            english.iter().any(|e| e.contains(words)),
            "{words}: {english:?}"
        );
    }

    // What a PO file's syntax does not allow: each line named.
    fs::write(
        &po,
        "msgid \"\"\nmsgstr \"\"\n\nmsgid \"a\nmsgstr \"x\\q\"\nmsgfoo \"y\"\n\"stray\"\nmsgid \"b\"\nmsgstr[1] \"z\"\n",
    )
    .unwrap();
    let english = refused_in_every_language(&form, &po, &["4", "\\q", "\"msgfoo\"", "7", "9"]);
    assert_eq!(english.len(), 6, "{english:?}");

    // Headers: no language, the source language, a new language left untranslated.
    fs::write(&po, "msgid \"\"\nmsgstr \"X: y\\n\"\n").unwrap();
    refused_in_every_language(&form, &po, &["Language: kk"]);
    fs::write(&po, "msgid \"\"\nmsgstr \"Language: en\\n\"\n").unwrap();
    refused_in_every_language(&form, &po, &["\"en\""]);
    let export = [
        "form",
        "translations",
        "export",
        &form,
        "--lang",
        "tg",
        "--out",
        &po,
    ];
    assert!(wave(&export, None).status.success());
    let english = refused_in_every_language(&form, &po, &["title", "tg"]);
    assert!(
        english.iter().all(|e| e.contains("not translated")),
        "{english:?}"
    );
    assert!(
        fs::read(&form).unwrap() == before,
        "a refused import wrote the form"
    );

    // An export refused: the language is not a tag, or is the form's source.
    for (lang, english) in [("EN!", "is not a language tag"), ("en", "source language")] {
        let export = [
            "form",
            "translations",
            "export",
            &form,
            "--lang",
            lang,
            "--out",
            &po,
        ];
        let said = stderr(&wave(&export, None));
        assert!(said.contains(english), "{said}");
        let said = stderr(&wave(&export, Some("be_BY.UTF-8")));
        assert!(
            said.contains(&format!("\"{lang}\"")) && cyrillic(&said),
            "{said}"
        );
        assert!(!said.contains(english), "{said}");
    }
}
