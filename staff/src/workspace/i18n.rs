//! The workspace's UI strings in every language Wave ships (English, Russian, Ukrainian,
//! Romanian, Georgian, Kazakh, Kyrgyz, Belarusian), as Project Fluent resources
//! (`staff/locales/LANG/workspace.ftl`) compiled into the binary and read with `fluent-bundle`.
//! A message missing in a language falls back to English, then to its id, so a gap shows as a
//! visible id rather than a failure; unit tests keep the files in step (the same messages,
//! variables and CLDR plural forms as the English) and each in its script.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use wave_core::{Error, Result};

/// The languages of the UI, in the order the switch shows them.
/// Each by its own name, so a person finds hers whatever language the page is in.
pub const LANGUAGES: [(&str, &str); 8] = [
    ("en", "English"),
    ("ru", "Русский"),
    ("uk", "Українська"),
    ("ro", "Română"),
    ("ka", "ქართული"),
    ("kk", "Қазақша"),
    ("ky", "Кыргызча"),
    ("be", "Беларуская"),
];

const SOURCES: [(&str, &str); 8] = [
    ("en", include_str!("../../locales/en/workspace.ftl")),
    ("ru", include_str!("../../locales/ru/workspace.ftl")),
    ("uk", include_str!("../../locales/uk/workspace.ftl")),
    ("ro", include_str!("../../locales/ro/workspace.ftl")),
    ("ka", include_str!("../../locales/ka/workspace.ftl")),
    ("kk", include_str!("../../locales/kk/workspace.ftl")),
    ("ky", include_str!("../../locales/ky/workspace.ftl")),
    ("be", include_str!("../../locales/be/workspace.ftl")),
];

/// The bundles of every language.
pub struct Catalog {
    bundles: Vec<(&'static str, FluentBundle<FluentResource>)>,
}

impl Catalog {
    pub fn new() -> Result<Catalog> {
        let mut bundles = Vec::new();
        for (lang, source) in SOURCES {
            let resource = FluentResource::try_new(source.to_owned())
                .map_err(|_| Error::InvalidState("archive-workspace-catalog-parse"))?;
            let id: unic_langid::LanguageIdentifier = lang
                .parse()
                .map_err(|_| Error::InvalidState("archive-workspace-language-tag"))?;
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Bidi isolation marks would land inside attribute values and plain text exports;
            // device-sent text is escaped and kept apart by the markup instead.
            bundle.set_use_isolating(false);
            bundle
                .add_resource(resource)
                .map_err(|_| Error::InvalidState("archive-workspace-catalog-repeat"))?;
            bundles.push((lang, bundle));
        }
        Ok(Catalog { bundles })
    }

    /// The language `lang` if the UI has it, else English.
    pub fn lang(lang: &str) -> &'static str {
        LANGUAGES
            .iter()
            .find(|(code, _)| *code == lang)
            .map(|(code, _)| *code)
            .unwrap_or("en")
    }

    pub fn tr(&self, lang: &str) -> Tr<'_> {
        let lang = Catalog::lang(lang);
        Tr {
            catalog: self,
            lang,
        }
    }

    fn bundle(&self, lang: &str) -> Option<&FluentBundle<FluentResource>> {
        self.bundles
            .iter()
            .find(|(code, _)| *code == lang)
            .map(|(_, bundle)| bundle)
    }

    fn format(&self, lang: &str, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        for lang in [lang, "en"] {
            let Some(bundle) = self.bundle(lang) else {
                continue;
            };
            if let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned();
            }
        }
        id.to_owned()
    }
}

/// The strings of one language, as templates use them.
#[derive(Clone, Copy)]
pub struct Tr<'a> {
    catalog: &'a Catalog,
    pub lang: &'static str,
}

impl Tr<'_> {
    /// The message `id`.
    pub fn t(&self, id: &str) -> String {
        self.catalog.format(self.lang, id, None)
    }

    /// The message `id` with a number argument `count` (plural forms).
    pub fn n(&self, id: &str, count: impl std::borrow::Borrow<usize>) -> String {
        let mut args = FluentArgs::new();
        args.set("count", FluentValue::from(*count.borrow()));
        self.catalog.format(self.lang, id, Some(&args))
    }

    /// The message `id` with a text argument `value`.
    pub fn s(&self, id: &str, value: &str) -> String {
        let mut args = FluentArgs::new();
        args.set("value", FluentValue::from(value.to_owned()));
        self.catalog.format(self.lang, id, Some(&args))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_bundle::FluentResource;
    use std::collections::BTreeSet;

    /// The message ids of a resource: lines that start a message (`id = …`).
    fn ids(source: &str) -> BTreeSet<String> {
        FluentResource::try_new(source.to_owned()).expect("parses");
        source
            .lines()
            .filter(|line| line.starts_with(|c: char| c.is_ascii_alphabetic()))
            .filter_map(|line| line.split_once(" =").map(|(id, _)| id.to_owned()))
            .collect()
    }

    #[test]
    fn every_language_has_every_message() {
        let english = ids(SOURCES[0].1);
        assert!(english.len() > 50);
        for (lang, source) in &SOURCES[1..] {
            assert_eq!(ids(source), english, "{lang}");
        }
    }

    /// The same checks as the core's and the CLI's catalogs: every message, the English
    /// variables, every CLDR plural category of the language.
    static WORKSPACE: wave_core::l10n::Catalog = wave_core::l10n::Catalog::new(&SOURCES);

    #[test]
    fn every_language_is_complete_with_its_plural_forms() {
        let languages: Vec<String> = LANGUAGES.iter().map(|(l, _)| (*l).to_owned()).collect();
        assert_eq!(languages.len(), 8);
        let locales = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let problems = wave_core::l10n::catalog_problems(
            &WORKSPACE,
            "SOURCES",
            &languages,
            &locales,
            "workspace.ftl",
        );
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        let sources: Vec<&str> = SOURCES.iter().map(|(l, _)| *l).collect();
        assert_eq!(
            sources,
            languages.iter().map(String::as_str).collect::<Vec<_>>()
        );
    }

    #[test]
    fn every_language_is_written_in_its_script() {
        let mut problems = Vec::new();
        for (lang, source) in SOURCES {
            problems.extend(crate::l10n::tests::script_problems(
                lang,
                "workspace.ftl",
                source,
            ));
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn messages_format_with_their_arguments_and_fall_back_to_english() {
        let catalog = Catalog::new().unwrap();
        assert_eq!(catalog.tr("ru").t("nav-inbox"), "Случаи");
        assert_eq!(catalog.tr("ka").t("nav-inbox"), "შემთხვევები");
        assert_eq!(catalog.tr("be").n("stats-cases", 5), "5 запісаў");
        assert_eq!(catalog.tr("ro").n("stats-cases", 20), "20 de cazuri");
        assert!(catalog.tr("uk").n("inbox-count", 3).contains('3'));
        assert_eq!(catalog.tr("xx").lang, "en");
        assert_eq!(catalog.tr("ru").t("no-such-message"), "no-such-message");
    }
}
