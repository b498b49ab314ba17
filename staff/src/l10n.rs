//! The staff tools' own words (statistics tables, why a submission was rejected): a Fluent
//! catalog (`staff/locales/LANG/staff.ftl`, compiled in) read with the core's [`Catalog`], so the
//! words are chosen where they are shown, in the reader's language. The workspace's pages have
//! their own catalog (`workspace.ftl`, `workspace::i18n`); errors raised through the core's error
//! type take their words from the core's catalog (`core/locales/LANG/archive.ftl`).

use wave_core::l10n::{Arg, Catalog, SOURCE_LANGUAGE};

/// One source per language; a new language is one line here and one file.
pub static STAFF: Catalog = Catalog::new(&[
    ("en", include_str!("../locales/en/staff.ftl")),
    ("ru", include_str!("../locales/ru/staff.ftl")),
    ("uk", include_str!("../locales/uk/staff.ftl")),
    ("ro", include_str!("../locales/ro/staff.ftl")),
    ("ka", include_str!("../locales/ka/staff.ftl")),
    ("kk", include_str!("../locales/kk/staff.ftl")),
    ("ky", include_str!("../locales/ky/staff.ftl")),
    ("be", include_str!("../locales/be/staff.ftl")),
]);

/// Message `id` in `lang`, else English.
pub fn staff_text(lang: &str, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    STAFF.text(lang, SOURCE_LANGUAGE, id, args)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    const LANGUAGES: [&str; 8] = ["en", "ru", "uk", "ro", "ka", "kk", "ky", "be"];

    const ARCHIVE_DETAILS: [(&str, &str); 7] = [
        ("ru", include_str!("../../core/locales/ru/archive.ftl")),
        ("uk", include_str!("../../core/locales/uk/archive.ftl")),
        ("ro", include_str!("../../core/locales/ro/archive.ftl")),
        ("ka", include_str!("../../core/locales/ka/archive.ftl")),
        ("kk", include_str!("../../core/locales/kk/archive.ftl")),
        ("ky", include_str!("../../core/locales/ky/archive.ftl")),
        ("be", include_str!("../../core/locales/be/archive.ftl")),
    ];

    #[test]
    fn the_catalog_is_complete_in_every_language() {
        let languages: Vec<String> = LANGUAGES.iter().map(|l| (*l).to_owned()).collect();
        let locales = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let problems =
            wave_core::l10n::catalog_problems(&STAFF, "STAFF", &languages, &locales, "staff.ftl");
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// What a message says, without its placeables, variant keys and comments: the words a
    /// translator wrote.
    pub(crate) fn written_words(source: &str) -> Vec<(String, String)> {
        let mut messages: Vec<(String, String)> = Vec::new();
        for line in source.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let text = match line.split_once(" = ") {
                Some((id, value)) if !line.starts_with(' ') => {
                    messages.push((id.to_owned(), String::new()));
                    value
                }
                _ => line,
            };
            let mut plain = String::new();
            let mut depth = 0;
            for c in text.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ if depth == 0 => plain.push(c),
                    _ => {}
                }
            }
            let plain = plain.trim_start();
            let plain = match plain.strip_prefix('*').unwrap_or(plain).strip_prefix('[') {
                Some(rest) => rest.split_once(']').map_or("", |(_, words)| words),
                None => plain,
            };
            if let Some((_, words)) = messages.last_mut() {
                words.push(' ');
                words.push_str(plain);
            }
        }
        messages
    }

    /// The script rules of each language (docs/translating.md), for one catalog file.
    pub(crate) fn script_problems(lang: &str, file: &str, source: &str) -> Vec<String> {
        let messages = written_words(source);
        let all: String = messages.iter().map(|(_, words)| words.as_str()).collect();
        let mut problems = Vec::new();
        let has = |letters: &str| letters.chars().any(|c| all.contains(c));
        match lang {
            "ka" => {
                for (id, words) in &messages {
                    let foreign = words.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c));
                    let latin_only = words
                        .chars()
                        .filter(|c| c.is_alphabetic())
                        .all(|c| c.is_ascii_alphabetic());
                    let georgian = words
                        .chars()
                        .any(|c| ('\u{10a0}'..='\u{10ff}').contains(&c));
                    if foreign || (!georgian && !latin_only) {
                        problems.push(format!("{file} ka {id}: not in Georgian script"));
                    }
                }
            }
            "be" => {
                if has("иИщЩъЪ") {
                    problems.push(format!("{file} be: и, щ or ъ, which Belarusian never has"));
                }
                if !has("ў") || !has("і") {
                    problems.push(format!("{file} be: no ў or і"));
                }
            }
            "ro" if has("şŞţŢ") => {
                problems.push(format!(
                    "{file} ro: ş or ţ with a cedilla, not a comma below"
                ));
            }
            // Words need them everywhere: a catalog without most of them was written in
            // Russian letters.
            "kk" if "әғқңөұүһі".chars().filter(|c| all.contains(*c)).count() < 5 => {
                problems.push(format!("{file} kk: without the Kazakh letters"));
            }
            "ky" => {
                if !has("ң") || !has("ө") || !has("ү") {
                    problems.push(format!("{file} ky: without ң, ө or ү"));
                }
                if has("әғқұһі") {
                    problems.push(format!("{file} ky: Kazakh letters (ә ғ қ ұ һ і)"));
                }
            }
            _ => {}
        }
        problems
    }

    #[test]
    fn every_language_is_written_in_its_script() {
        let mut problems = Vec::new();
        for (lang, source) in STAFF.sources() {
            problems.extend(script_problems(lang, "staff.ftl", source));
        }
        // The details of the errors this crate raises, in the core's catalog.
        for (lang, source) in ARCHIVE_DETAILS {
            problems.extend(script_problems(lang, "archive.ftl", source));
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        // The checks find what they look for.
        assert!(!script_problems("be", "x", "a = Прычына и ўсё і\n").is_empty());
        assert!(!script_problems("ro", "x", "a = aşa\n").is_empty());
        assert!(!script_problems("ka", "x", "a = случай\n").is_empty());
        assert!(!script_problems("ky", "x", "a = қате ң ө ү\n").is_empty());
    }

    /// Every `archive-…` id the crate's source names is a message of the core's catalog, and
    /// every `reject-…`/`stats-…` id one of this catalog's: a mistyped id would show as itself.
    #[test]
    fn every_id_the_source_names_has_words() {
        fn sources(dir: &std::path::Path, out: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    sources(&path, out);
                } else if path.extension().is_some_and(|ext| ext == "rs") {
                    out.push(std::fs::read_to_string(&path).unwrap());
                }
            }
        }
        let mut texts = Vec::new();
        sources(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut texts,
        );
        let mut checked = 0;
        for text in &texts {
            for literal in text.split('"').skip(1).step_by(2) {
                let is_id = literal.len() > 8
                    && literal
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                if !is_id {
                    continue;
                }
                if literal.starts_with("archive-") {
                    let text = wave_core::l10n::core_text("en", "en", literal, &[]);
                    assert_ne!(
                        text, literal,
                        "core/locales/en/archive.ftl has no {literal}"
                    );
                    checked += 1;
                } else if literal.starts_with("reject-") || literal.starts_with("stats-") {
                    // The workspace's own `stats-…` ids are in workspace.ftl.
                    let staff = staff_text("en", literal, &[]);
                    let workspace = crate::workspace::i18n::Catalog::new()
                        .unwrap()
                        .tr("en")
                        .t(literal);
                    assert!(
                        staff != literal || workspace != literal,
                        "no catalog has {literal}"
                    );
                    checked += 1;
                }
            }
        }
        assert!(checked > 60, "{checked}");
    }

    #[test]
    fn a_message_is_in_the_language_asked_for() {
        let args = [("count", Arg::Count(3))];
        assert_eq!(staff_text("en", "stats-cases-count", &args), "3 cases");
        assert_eq!(staff_text("ru", "stats-cases-count", &args), "3 случая");
        assert_eq!(staff_text("be", "stats-cases-count", &args), "3 запісы");
        // A language without a catalog is told in English, never left blank.
        assert_eq!(staff_text("xx", "stats-cases-count", &args), "3 cases");
    }
}
