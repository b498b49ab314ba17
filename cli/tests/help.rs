//! `wave --help` as a person at a terminal sees it: in the terminal's language (Russian and
//! Kazakh here), in English under `LANG=C`, and never with the value of a secret variable.

use std::process::{Command, Output};

/// `wave` with the locale variables cleared, then `vars` set.
fn wave(args: &[&str], vars: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_wave"));
    command
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("WAVE_STAFF_TOKEN");
    for (name, value) in vars {
        command.env(name, value);
    }
    command.output().unwrap()
}

/// The help text, after checking that it went to stdout with exit 0.
fn help(args: &[&str], vars: &[(&str, &str)]) -> String {
    let output = wave(args, vars);
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

fn has_all(text: &str, words: &[&str]) {
    for word in words {
        assert!(text.contains(word), "{word:?} missing in\n{text}");
    }
}

fn has_none(text: &str, words: &[&str]) {
    for word in words {
        assert!(!text.contains(word), "{word:?} in\n{text}");
    }
}

const ENGLISH: [&str; 6] = [
    "Usage:",
    "Commands:",
    "Options:",
    "Print help",
    "Print version",
    "[default:",
];

#[test]
fn russian_terminal_gets_russian_help() {
    let ru = [("LANG", "ru_RU.UTF-8")];
    let top = help(&["--help"], &ru);
    has_all(
        &top,
        &[
            "Безопасно документировать полицейское насилие",
            "Использование: wave <COMMAND>",
            "Команды:",
            "Параметры:",
            "Показать справку",
            "Показать версию",
            "Показать эту справку или справку по указанным командам",
        ],
    );
    has_none(&top, &ENGLISH);
    let pull = help(&["staff", "pull", "--help"], &ru);
    has_all(
        &pull,
        &[
            "Получить все новые отправки в архив",
            "Использование: wave staff pull [OPTIONS] --server <URL>",
            "--archive <DIR>",
            "Папка архива сотрудников",
            "[по умолчанию: 500]",
            "[переменная окружения: WAVE_STAFF_TOKEN]",
        ],
    );
    has_none(&pull, &ENGLISH);
    has_none(&pull, &["[env:", "The staff archive's folder"]);
    // `wave help staff pull` is the same page.
    assert_eq!(help(&["help", "staff", "pull"], &ru), pull);
}

#[test]
fn kazakh_terminal_gets_kazakh_help_and_lc_all_wins_over_lang() {
    let kk = [("LANG", "C"), ("LC_ALL", "kk_KZ.UTF-8")];
    let top = help(&["--help"], &kk);
    has_all(
        &top,
        &[
            "Полиция зорлығын қауіпсіз құжаттау",
            "Қолданылуы:",
            "Командалар:",
            "Анықтаманы көрсету",
        ],
    );
    has_none(&top, &ENGLISH);
    let pull = help(&["staff", "pull", "-h"], &kk);
    has_all(
        &pull,
        &[
            "Барлық жаңа жіберілімді мұрағатқа алу",
            "Қызметкерлер мұрағатының қалтасы",
            "[әдепкісі: 1000]",
        ],
    );
    has_none(&pull, &ENGLISH);
}

#[test]
fn c_locale_gets_english_help() {
    let c = [("LANG", "C")];
    let top = help(&["--help"], &c);
    has_all(
        &top,
        &[
            "Document police violence safely",
            "Usage: wave <COMMAND>",
            "Commands:",
            "Options:",
            "-h, --help     Print help",
            "-V, --version  Print version",
        ],
    );
    let pull = help(&["staff", "pull", "--help"], &c);
    has_all(
        &pull,
        &[
            "The staff archive's folder",
            "[default: 500]",
            "[env: WAVE_STAFF_TOKEN]",
        ],
    );
    has_none(&pull, &["Использование", "по умолчанию"]);
}

#[test]
fn a_token_in_the_environment_never_shows_in_help() {
    let secret = "c2VjcmV0LXN0YWZmLXRva2VuLXZhbHVl";
    for lang in ["C", "ru_RU.UTF-8"] {
        let pull = help(
            &["staff", "pull", "--help"],
            &[("LANG", lang), ("WAVE_STAFF_TOKEN", secret)],
        );
        assert!(pull.contains("WAVE_STAFF_TOKEN"), "{pull}");
        assert!(!pull.contains(secret), "{pull}");
    }
}

#[test]
fn a_wrong_argument_is_refused_in_the_terminal_language_with_clap_reason_as_it_came() {
    let output = wave(&["case", "list", "--bogus"], &[("LANG", "ru_RU.UTF-8")]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.starts_with("wave: "), "{stderr}");
    assert!(stderr.contains("--bogus"), "{stderr}");
    assert!(stderr.contains("(см. wave --help)"), "{stderr}");
}
