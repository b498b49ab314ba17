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
mod tests {
    use super::*;

    const LANGUAGES: [&str; 8] = ["en", "ru", "uk", "ro", "ka", "kk", "ky", "be"];

    #[test]
    fn the_catalog_is_complete_in_every_language() {
        let languages: Vec<String> = LANGUAGES.iter().map(|l| (*l).to_owned()).collect();
        let problems = wave_core::l10n::problems(&STAFF, &languages);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn every_locale_folder_is_compiled_in() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|entry| entry.unwrap())
            .filter(|entry| entry.path().join("staff.ftl").exists())
            .map(|entry| entry.file_name().to_string_lossy().into_owned())
            .collect();
        on_disk.sort();
        let mut compiled: Vec<String> = STAFF.languages().map(String::from).collect();
        compiled.sort();
        assert_eq!(on_disk, compiled, "add the language to STAFF");
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
