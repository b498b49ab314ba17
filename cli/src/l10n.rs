//! The terminal client's own words: its Fluent catalog (`cli/locales/LANG/cli.ftl` and, for
//! `--help`, `help.ftl`, compiled in), the language they are shown in (the terminal's locale), and
//! the [`t!`] and [`tl!`] macros that every message the CLI prints goes through.

use std::sync::OnceLock;

pub use wave_core::l10n::Arg;
use wave_core::l10n::{Catalog, SOURCE_LANGUAGE};

/// The CLI's catalog: one source per language; a new language is one entry here and its files.
pub static CLI: Catalog = Catalog::new(&[
    (
        "en",
        concat!(
            include_str!("../locales/en/cli.ftl"),
            include_str!("../locales/en/help.ftl"),
        ),
    ),
    (
        "ru",
        concat!(
            include_str!("../locales/ru/cli.ftl"),
            include_str!("../locales/ru/help.ftl"),
        ),
    ),
    (
        "uk",
        concat!(
            include_str!("../locales/uk/cli.ftl"),
            include_str!("../locales/uk/help.ftl"),
        ),
    ),
    // Drafts, ready for when the checklist has these languages (docs/translating.md).
    (
        "ro",
        concat!(
            include_str!("../locales/ro/cli.ftl"),
            include_str!("../locales/ro/help.ftl"),
        ),
    ),
    (
        "be",
        concat!(
            include_str!("../locales/be/cli.ftl"),
            include_str!("../locales/be/help.ftl"),
        ),
    ),
    (
        "ka",
        concat!(
            include_str!("../locales/ka/cli.ftl"),
            include_str!("../locales/ka/help.ftl"),
        ),
    ),
    (
        "kk",
        concat!(
            include_str!("../locales/kk/cli.ftl"),
            include_str!("../locales/kk/help.ftl"),
        ),
    ),
    (
        "ky",
        concat!(
            include_str!("../locales/ky/cli.ftl"),
            include_str!("../locales/ky/help.ftl"),
        ),
    ),
]);

/// The language tag a locale value names (`ru_RU.UTF-8` → `ru`, `kk-KZ` → `kk`); `None` for
/// `C`, `POSIX` and anything that is not a language.
pub fn locale_language(value: &str) -> Option<String> {
    let primary = value
        .split(['_', '-', '.', '@'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let is_language = (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && primary != "c";
    is_language.then_some(primary)
}

/// The terminal's language, from `LC_ALL`, `LC_MESSAGES` and `LANG` in their order of
/// precedence (the first one set and not empty decides, as the C library does).
pub fn system_language() -> Option<String> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
        .and_then(|value| locale_language(&value))
}

/// The language the CLI speaks in: the terminal's when the catalog has it, else English.
pub fn ui_language() -> &'static str {
    static LANGUAGE: OnceLock<String> = OnceLock::new();
    LANGUAGE.get_or_init(|| {
        system_language()
            .filter(|lang| CLI.has_language(lang))
            .unwrap_or_else(|| SOURCE_LANGUAGE.to_owned())
    })
}

/// Message `id` in the terminal's language.
pub fn text(id: &str, args: &[(&str, Arg<'_>)]) -> String {
    CLI.text(ui_language(), SOURCE_LANGUAGE, id, args)
}

/// Message `id` in `lang` (a checklist session's language), else the terminal's, else English.
pub fn text_in(lang: &str, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    CLI.text(lang, ui_language(), id, args)
}

/// What a message's variable can be given as.
pub trait IntoArg<'a> {
    fn into_arg(self) -> Arg<'a>;
}

impl<'a> IntoArg<'a> for &'a str {
    fn into_arg(self) -> Arg<'a> {
        Arg::Text(self)
    }
}

impl<'a> IntoArg<'a> for &'a String {
    fn into_arg(self) -> Arg<'a> {
        Arg::Text(self)
    }
}

impl<'a> IntoArg<'a> for usize {
    fn into_arg(self) -> Arg<'a> {
        Arg::Count(u64::try_from(self).unwrap_or(u64::MAX))
    }
}

impl<'a> IntoArg<'a> for u64 {
    fn into_arg(self) -> Arg<'a> {
        Arg::Count(self)
    }
}

impl<'a> IntoArg<'a> for u32 {
    fn into_arg(self) -> Arg<'a> {
        Arg::Count(u64::from(self))
    }
}

impl<'a> IntoArg<'a> for i64 {
    fn into_arg(self) -> Arg<'a> {
        match u64::try_from(self) {
            Ok(count) => Arg::Count(count),
            Err(_) => Arg::Number(self as f64),
        }
    }
}

/// A message in the terminal's language: `t!("id")`, `t!("id", name = value, …)`; values are
/// `&str`, `&String` or counts.
macro_rules! t {
    ($id:literal) => { $crate::l10n::text($id, &[]) };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::l10n::text($id, &[$((stringify!($name), $crate::l10n::IntoArg::into_arg($value))),+])
    };
}

/// A message in a given language: `tl!(lang, "id", name = value, …)`.
macro_rules! tl {
    ($lang:expr, $id:literal) => { $crate::l10n::text_in($lang, $id, &[]) };
    ($lang:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::l10n::text_in($lang, $id, &[$((stringify!($name), $crate::l10n::IntoArg::into_arg($value))),+])
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cli_catalog_is_complete_in_every_language_of_the_shipped_checklist() {
        let languages = wave_core::form::police_violence()
            .map(|form| form.languages().to_vec())
            .unwrap_or_default();
        assert!(languages.len() >= 3, "{languages:?}");
        let locales = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let problems =
            wave_core::l10n::catalog_problems(&CLI, "CLI", &languages, &locales, "cli.ftl");
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn locale_values_name_their_language() {
        assert_eq!(locale_language("ru_RU.UTF-8").as_deref(), Some("ru"));
        assert_eq!(locale_language("kk-KZ").as_deref(), Some("kk"));
        assert_eq!(locale_language("uk").as_deref(), Some("uk"));
        assert_eq!(locale_language("be_BY@latin").as_deref(), Some("be"));
        assert_eq!(locale_language("C.UTF-8"), None);
        assert_eq!(locale_language("POSIX"), None);
        assert_eq!(locale_language(""), None);
    }

    #[test]
    fn counts_choose_the_plural_form() {
        let cases = |lang: &str, n: usize| tl!(lang, "cases-count", count = n);
        assert_eq!(cases("ru", 1), "1 случай");
        assert_eq!(cases("ru", 2), "2 случая");
        assert_eq!(cases("ru", 5), "5 случаев");
        assert_eq!(cases("uk", 21), "21 випадок");
        assert_eq!(cases("en", 1), "1 case");
        assert_eq!(cases("en", 3), "3 cases");
    }
}
