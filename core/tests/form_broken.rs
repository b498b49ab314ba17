//! Each broken form in `tests/forms/broken/` fails to load with its own specific error, at the
//! right place; a form with several problems reports all of them.

use std::path::{Path, PathBuf};

use wave_core::form::{Form, FormErrorKind as Kind, FormErrors};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/forms")
}

fn load(name: &str) -> FormErrors {
    let json = std::fs::read_to_string(dir().join("broken").join(name)).unwrap();
    match Form::load(&json) {
        Ok(_) => panic!("{name} loaded but should not"),
        Err(e) => e,
    }
}

/// file, kind, path, field, part of the message
const CASES: &[(&str, Kind, &str, &str, &str)] = &[
    (
        "cycle.json",
        Kind::Cycle,
        "sections[0].items[0] (a)",
        "relevant",
        "${a} → ${b} → ${a}",
    ),
    (
        "section_cycle.json",
        Kind::Cycle,
        "sections[0] (main)",
        "relevant",
        "section main → ${a} → section main",
    ),
    (
        "unknown_reference.json",
        Kind::UnknownReference,
        "sections[0].items[1] (b)",
        "relevant",
        "unknown item ${nope}",
    ),
    (
        "out_of_scope.json",
        Kind::OutOfScope,
        "sections[0].items[1] (named)",
        "relevant",
        "${officer_name} is inside repeat officers",
    ),
    (
        "syntax.json",
        Kind::Syntax,
        "sections[0].items[1] (b)",
        "relevant",
        "column 17: unexpected end",
    ),
    (
        "missing_translation.json",
        Kind::MissingTranslation,
        "sections[0].items[1] (b)",
        "label",
        "no text in \"uk\"",
    ),
    (
        "duplicate_id.json",
        Kind::DuplicateId,
        "sections[0].items[2] (a)",
        "id",
        "also used by sections[0].items[0]",
    ),
    (
        "duplicate_choice.json",
        Kind::DuplicateId,
        "sections[0].items[0].choices[1] (x)",
        "value",
        "used twice",
    ),
    (
        "wrong_type.json",
        Kind::Type,
        "sections[0].items[1] (b)",
        "relevant",
        "must be a condition (true or false), but is a number",
    ),
    (
        "constraint_type.json",
        Kind::Type,
        "sections[0].items[0] (n)",
        "constraint",
        "but is a number",
    ),
    (
        "current_in_relevant.json",
        Kind::Type,
        "sections[0].items[0] (n)",
        "relevant",
        "'.' can only be used",
    ),
    (
        "unknown_choice_list.json",
        Kind::UnknownChoiceList,
        "sections[0].items[0] (country)",
        "choice_list",
        "\"countries\"",
    ),
    (
        "unknown_choice_value.json",
        Kind::UnknownChoiceValue,
        "sections[0].items[1] (injured)",
        "relevant",
        "\"v_threat\" is not a choice of ${violations}",
    ),
    (
        "schema_violation.json",
        Kind::Schema,
        "sections[0].items[1] (b)",
        "",
        "\"label\" is a required property",
    ),
    (
        "relevant_number.json",
        Kind::Schema,
        "sections[0].items[1] (b)",
        "relevant",
        "is not of type \"string\"",
    ),
    (
        "sensitive_public.json",
        Kind::Invalid,
        "sections[0].items[0] (a)",
        "public",
        "both sensitive and public",
    ),
    (
        "unknown_persist_after.json",
        Kind::UnknownReference,
        "form",
        "persist_after",
        "\"consent_store\"",
    ),
    ("not_json.json", Kind::Json, "form", "", "not valid JSON"),
];

#[test]
fn each_broken_form_gives_its_specific_error() {
    for &(file, kind, path, field, message) in CASES {
        let errors = load(file);
        assert_eq!(
            errors.len(),
            1,
            "{file}: expected one error, got:\n{errors}"
        );
        let e = &errors.0[0];
        assert_eq!(e.kind, kind, "{file}: {e}");
        assert_eq!(e.path, path, "{file}: {e}");
        assert_eq!(e.field, field, "{file}: {e}");
        assert!(e.message("en").contains(message), "{file}: {e}");
    }
}

#[test]
fn every_broken_file_is_covered() {
    let mut files: Vec<String> = std::fs::read_dir(dir().join("broken"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n != "many_errors.json")
        .collect();
    files.sort();
    let mut covered: Vec<String> = CASES.iter().map(|c| c.0.to_string()).collect();
    covered.sort();
    assert_eq!(files, covered);
}

#[test]
fn all_errors_are_collected_and_displayed_one_per_line() {
    let errors = load("many_errors.json");
    let kinds: Vec<Kind> = errors.iter().map(|e| e.kind).collect();
    for k in [
        Kind::DuplicateId,
        Kind::MissingTranslation,
        Kind::UnknownReference,
        Kind::Syntax,
        Kind::Type,
    ] {
        assert!(kinds.contains(&k), "{k:?} missing from:\n{errors}");
    }
    let text = errors.to_string();
    assert_eq!(text.lines().count(), errors.len());
    assert!(
        text.lines()
            .any(|l| l == "sections[0].items[0] (a): relevant: unknown item ${x}"),
        "{text}"
    );
}

#[test]
fn the_sample_form_loads() {
    let json = std::fs::read_to_string(dir().join("sample.json")).unwrap();
    let form = Form::load(&json).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(form.id(), "sample");
    assert_eq!(form.title("uk"), "Приклад форми");
    assert_eq!(form.title("de"), "Sample incident form");
}
