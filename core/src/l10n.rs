//! The program's own words in every language it ships: Fluent catalogs compiled into the binary
//! (the core's in `core/locales/LANG/core.ftl`, read through [`core_text`]; the CLI builds its own
//! [`Catalog`] the same way), each language parsed once, the first time it is asked for, and the
//! checks that keep the languages complete ([`problems`]).
//!
//! Lookup falls back from the requested language to the caller's fallback (a form's default
//! language) and then to English, so a missing message shows in another language rather than as
//! a blank; the completeness tests make sure no message is missing in the first place.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

/// The language every catalog is complete in, and the last fallback.
pub const SOURCE_LANGUAGE: &str = "en";

/// The core's catalog: one source per language, made of one `.ftl` file per part (the words
/// that speak to the woman, errors' details, sync's reasons, form authors' messages, the staff
/// tools' details) so each part can be translated and reviewed on its own. A new language is one
/// entry here and its files; the completeness test fails for a language the shipped checklist
/// declares without them.
pub static CORE: Catalog = Catalog::new(&[
    (
        "en",
        concat!(
            include_str!("../locales/en/core.ftl"),
            include_str!("../locales/en/details.ftl"),
            include_str!("../locales/en/sync.ftl"),
            include_str!("../locales/en/forms.ftl"),
            include_str!("../locales/en/archive.ftl"),
        ),
    ),
    (
        "ru",
        concat!(
            include_str!("../locales/ru/core.ftl"),
            include_str!("../locales/ru/details.ftl"),
            include_str!("../locales/ru/sync.ftl"),
            include_str!("../locales/ru/forms.ftl"),
            include_str!("../locales/ru/archive.ftl"),
        ),
    ),
    (
        "uk",
        concat!(
            include_str!("../locales/uk/core.ftl"),
            include_str!("../locales/uk/details.ftl"),
            include_str!("../locales/uk/sync.ftl"),
            include_str!("../locales/uk/forms.ftl"),
            include_str!("../locales/uk/archive.ftl"),
        ),
    ),
    // Drafts, ready for when the checklist has these languages (docs/translating.md).
    (
        "ro",
        concat!(
            include_str!("../locales/ro/core.ftl"),
            include_str!("../locales/ro/details.ftl"),
            include_str!("../locales/ro/sync.ftl"),
            include_str!("../locales/ro/forms.ftl"),
            include_str!("../locales/ro/archive.ftl"),
        ),
    ),
    (
        "ka",
        concat!(
            include_str!("../locales/ka/core.ftl"),
            include_str!("../locales/ka/details.ftl"),
            include_str!("../locales/ka/sync.ftl"),
            include_str!("../locales/ka/forms.ftl"),
            include_str!("../locales/ka/archive.ftl"),
        ),
    ),
    (
        "kk",
        concat!(
            include_str!("../locales/kk/core.ftl"),
            include_str!("../locales/kk/details.ftl"),
            include_str!("../locales/kk/sync.ftl"),
            include_str!("../locales/kk/forms.ftl"),
            include_str!("../locales/kk/archive.ftl"),
        ),
    ),
    (
        "ky",
        concat!(
            include_str!("../locales/ky/core.ftl"),
            include_str!("../locales/ky/details.ftl"),
            include_str!("../locales/ky/sync.ftl"),
            include_str!("../locales/ky/forms.ftl"),
            include_str!("../locales/ky/archive.ftl"),
        ),
    ),
    (
        "be",
        concat!(
            include_str!("../locales/be/core.ftl"),
            include_str!("../locales/be/details.ftl"),
            include_str!("../locales/be/sync.ftl"),
            include_str!("../locales/be/forms.ftl"),
            include_str!("../locales/be/archive.ftl"),
        ),
    ),
]);

/// A message of the core's catalog in `lang`, else in `fallback`, else in English.
pub fn core_text(lang: &str, fallback: &str, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    CORE.text(lang, fallback, id, args)
}

/// A value for a message's variable.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    Text(&'a str),
    /// A count: it selects the plural form.
    Count(u64),
    Number(f64),
}

type Bundle = FluentBundle<FluentResource>;

/// The compiled-in `.ftl` sources of one component, one per language, and their bundles.
pub struct Catalog {
    sources: &'static [(&'static str, &'static str)],
    bundles: OnceLock<Vec<OnceLock<Option<Bundle>>>>,
}

impl Catalog {
    pub const fn new(sources: &'static [(&'static str, &'static str)]) -> Catalog {
        Catalog {
            sources,
            bundles: OnceLock::new(),
        }
    }

    /// The languages this catalog has a source for.
    pub fn languages(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.sources.iter().map(|(lang, _)| *lang)
    }

    /// Whether this catalog has a source for `lang`.
    pub fn has_language(&self, lang: &str) -> bool {
        self.languages().any(|l| l == lang)
    }

    /// The sources, for the completeness checks.
    pub fn sources(&self) -> &'static [(&'static str, &'static str)] {
        self.sources
    }

    /// Message `id` in `lang`, else `fallback`, else English; the id itself if no language has
    /// it (never a blank; the completeness tests keep that from happening).
    pub fn text(&self, lang: &str, fallback: &str, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            let value = match *value {
                Arg::Text(text) => FluentValue::from(text),
                Arg::Count(count) => FluentValue::from(count),
                Arg::Number(number) => FluentValue::from(number),
            };
            fluent_args.set(*name, value);
        }
        for candidate in [lang, fallback, SOURCE_LANGUAGE] {
            let Some(bundle) = self.bundle(candidate) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            // Formatting errors (a variable the caller did not pass) leave the variable's name
            // in the text; the completeness tests compare every message's variables with the
            // English, and the callers' tests pass them all.
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            return text.into_owned();
        }
        id.to_owned()
    }

    fn bundle(&self, lang: &str) -> Option<&Bundle> {
        let index = self.sources.iter().position(|(l, _)| *l == lang)?;
        let slots = self
            .bundles
            .get_or_init(|| self.sources.iter().map(|_| OnceLock::new()).collect());
        slots
            .get(index)?
            .get_or_init(|| build_bundle(self.sources[index].0, self.sources[index].1))
            .as_ref()
    }
}

fn build_bundle(lang: &str, source: &str) -> Option<Bundle> {
    let langid: LanguageIdentifier = lang.parse().ok()?;
    let mut bundle = Bundle::new_concurrent(vec![langid]);
    // No Unicode isolation marks around placeables: the texts go to a terminal and to the shells'
    // text views, where U+2068/U+2069 show as boxes or break comparisons, and every placeable is
    // a number or left-to-right text of our own (no right-to-left language is shipped).
    bundle.set_use_isolating(false);
    // A source that does not parse keeps the messages that do; the tests refuse such a source.
    let resource = match FluentResource::try_new(source.to_owned()) {
        Ok(resource) => resource,
        Err((resource, _)) => resource,
    };
    // Duplicate ids keep the first; the tests refuse duplicates.
    let _ = bundle.add_resource(resource);
    Some(bundle)
}

/// Every plural category `lang` has for cardinal numbers (CLDR), or `None` when the plural rules
/// do not know the language.
pub fn plural_categories(lang: &str) -> Option<BTreeSet<&'static str>> {
    let langid: LanguageIdentifier = lang.parse().ok()?;
    let rules = PluralRules::create(langid, PluralRuleType::CARDINAL).ok()?;
    let mut found = BTreeSet::new();
    // Integers and the decimals that make up every CLDR cardinal rule's samples (`v` and `f`
    // operands); sampling is how the rules crate lets one list a language's categories.
    let samples = (0..=1200u32).map(|n| n.to_string()).chain(
        [
            "0.0", "0.1", "0.5", "1.0", "1.5", "2.1", "2.5", "10.0", "11.1", "100.5",
        ]
        .map(String::from),
    );
    for sample in samples {
        if let Ok(category) = rules.select(sample.as_str()) {
            found.insert(category_name(category));
        }
    }
    Some(found)
}

fn category_name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

const CATEGORY_NAMES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// What one message uses: its variables, and the variant keys of each select on a number.
#[derive(Debug, Default, PartialEq)]
struct Shape {
    variables: BTreeSet<String>,
    /// For each select whose keys are plural categories: the categories it names.
    plural_selects: Vec<BTreeSet<String>>,
}

fn shapes(source: &str) -> Result<BTreeMap<String, Shape>, Vec<String>> {
    let resource = match FluentResource::try_new(source.to_owned()) {
        Ok(resource) => resource,
        Err((_, errors)) => return Err(errors.iter().map(|e| format!("syntax: {e}")).collect()),
    };
    let mut out = BTreeMap::new();
    let mut problems = Vec::new();
    for entry in resource.entries() {
        match entry {
            ast::Entry::Message(message) => {
                let mut shape = Shape::default();
                match &message.value {
                    Some(pattern) => walk_pattern(pattern, &mut shape),
                    None => problems.push(format!("{}: no value", message.id.name)),
                }
                if out.insert(message.id.name.to_owned(), shape).is_some() {
                    problems.push(format!("{}: defined twice", message.id.name));
                }
            }
            ast::Entry::Junk { content } => problems.push(format!("syntax: {content:?}")),
            _ => {}
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

fn walk_pattern(pattern: &ast::Pattern<&str>, shape: &mut Shape) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, shape);
        }
    }
}

fn walk_expression(expression: &ast::Expression<&str>, shape: &mut Shape) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, shape);
            let keys: BTreeSet<String> = variants
                .iter()
                .filter_map(|v| match &v.key {
                    ast::VariantKey::Identifier { name } => Some((*name).to_owned()),
                    ast::VariantKey::NumberLiteral { .. } => None,
                })
                .collect();
            // A select on plural categories names one of them besides the default `other`; a
            // select on exact numbers or on words (a status) is not one.
            if keys
                .iter()
                .any(|k| k != "other" && CATEGORY_NAMES.contains(&k.as_str()))
            {
                shape.plural_selects.push(keys);
            }
            for variant in variants {
                walk_pattern(&variant.value, shape);
            }
        }
        ast::Expression::Inline(inline) => walk_inline(inline, shape),
    }
}

fn walk_inline(inline: &ast::InlineExpression<&str>, shape: &mut Shape) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                walk_inline(argument, shape);
            }
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, shape),
        _ => {}
    }
}

/// Everything wrong with `catalog` for `languages` (each a line naming the language and the
/// message): a language without a source, a source that does not parse or defines a message
/// twice, a message missing or extra against English, variables that differ from the English,
/// a plural select that misses a CLDR category of the language.
pub fn problems(catalog: &Catalog, languages: &[String]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut wanted: Vec<&str> = languages.iter().map(String::as_str).collect();
    for lang in catalog.languages() {
        if !wanted.contains(&lang) {
            wanted.push(lang);
        }
    }
    let Some((_, english)) = catalog.sources.iter().find(|(l, _)| *l == SOURCE_LANGUAGE) else {
        return vec![format!("no {SOURCE_LANGUAGE} source")];
    };
    let english = match shapes(english) {
        Ok(shapes) => shapes,
        Err(errors) => return errors.into_iter().map(|e| format!("en: {e}")).collect(),
    };
    for lang in wanted {
        let Some((_, source)) = catalog.sources.iter().find(|(l, _)| *l == lang) else {
            problems.push(format!("{lang}: no .ftl source for this language"));
            continue;
        };
        let shapes = match shapes(source) {
            Ok(shapes) => shapes,
            Err(errors) => {
                problems.extend(errors.into_iter().map(|e| format!("{lang}: {e}")));
                continue;
            }
        };
        let Some(categories) = plural_categories(lang) else {
            problems.push(format!("{lang}: no CLDR plural rules for this language"));
            continue;
        };
        for (id, english_shape) in &english {
            let Some(shape) = shapes.get(id) else {
                problems.push(format!("{lang}: {id}: missing"));
                continue;
            };
            if shape.variables != english_shape.variables {
                problems.push(format!(
                    "{lang}: {id}: variables {:?}, English has {:?}",
                    shape.variables, english_shape.variables
                ));
            }
            for keys in &shape.plural_selects {
                let missing: Vec<&str> = categories
                    .iter()
                    .filter(|c| !keys.contains(**c))
                    .copied()
                    .collect();
                if !missing.is_empty() {
                    problems.push(format!(
                        "{lang}: {id}: plural forms {} missing",
                        missing.join(", ")
                    ));
                }
                let foreign: Vec<&String> = keys
                    .iter()
                    .filter(|k| {
                        CATEGORY_NAMES.contains(&k.as_str()) && !categories.contains(k.as_str())
                    })
                    .collect();
                if !foreign.is_empty() {
                    problems.push(format!(
                        "{lang}: {id}: plural forms {foreign:?} the language does not have"
                    ));
                }
            }
        }
        for id in shapes.keys() {
            if !english.contains_key(id) {
                problems.push(format!("{lang}: {id}: not in English"));
            }
        }
    }
    problems
}

/// A crate's catalog checked whole, for that crate's tests: [`problems`] for `languages`, and
/// that the language folders under `locales` holding `file` are exactly the languages compiled
/// into `catalog` (`name` is the static to add a missing one to). Each problem is a line.
#[cfg(any(test, feature = "catalog-checks"))]
pub fn catalog_problems(
    catalog: &Catalog,
    name: &str,
    languages: &[String],
    locales: &std::path::Path,
    file: &str,
) -> Vec<String> {
    let mut problems = problems(catalog, languages);
    let entries = match std::fs::read_dir(locales) {
        Ok(entries) => entries,
        Err(error) => {
            problems.push(format!("{}: {error}", locales.display()));
            return problems;
        }
    };
    let mut on_disk = BTreeSet::new();
    for entry in entries {
        match entry {
            Ok(entry) if entry.path().join(file).exists() => {
                on_disk.insert(entry.file_name().to_string_lossy().into_owned());
            }
            Ok(_) => {}
            Err(error) => problems.push(format!("{}: {error}", locales.display())),
        }
    }
    let compiled: BTreeSet<String> = catalog.languages().map(String::from).collect();
    for lang in on_disk.difference(&compiled) {
        problems.push(format!(
            "{lang}: {lang}/{file} is not compiled in: add it to {name}"
        ));
    }
    for lang in compiled.difference(&on_disk) {
        problems.push(format!(
            "{lang}: compiled into {name}, but there is no {lang}/{file}"
        ));
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped_languages() -> Vec<String> {
        crate::form::police_violence()
            .map(|form| form.languages().to_vec())
            .unwrap_or_default()
    }

    #[test]
    fn the_core_catalog_is_complete_in_every_language_of_the_shipped_checklist() {
        let languages = shipped_languages();
        assert!(languages.len() >= 3, "{languages:?}");
        let locales = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let problems = catalog_problems(&CORE, "CORE", &languages, &locales, "core.ftl");
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn a_language_folder_not_compiled_in_and_one_compiled_without_its_file_are_named() {
        let locales = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let languages = ["en".to_owned(), "ru".to_owned()];
        let problems = catalog_problems(&BROKEN, "BROKEN", &languages, &locales, "core.ftl");
        assert!(
            problems.contains(&"uk: uk/core.ftl is not compiled in: add it to BROKEN".to_owned()),
            "{problems:?}"
        );
        let problems = catalog_problems(&CORE, "CORE", &[], &locales, "no-such.ftl");
        assert!(
            problems.contains(&"ru: compiled into CORE, but there is no ru/no-such.ftl".to_owned()),
            "{problems:?}"
        );
    }

    #[test]
    fn a_language_without_a_source_is_named() {
        let problems = problems(&CORE, &["en".into(), "hy".into()]);
        assert_eq!(problems, ["hy: no .ftl source for this language"]);
    }

    static BROKEN: Catalog = Catalog::new(&[
        (
            "en",
            "cases = { $count ->\n [one] {$count} case\n *[other] {$count} cases\n}\nhello = Hello {$name}\n",
        ),
        (
            "ru",
            "cases = { $count ->\n [one] {$count} случай\n *[other] {$count} случаев\n}\nhello = Привет {$who}\nextra = x\n",
        ),
    ]);

    #[test]
    fn missing_plural_forms_changed_variables_and_extra_messages_are_named() {
        let problems = problems(&BROKEN, &["en".into(), "ru".into()]);
        assert_eq!(
            problems,
            [
                "ru: cases: plural forms few, many missing",
                "ru: hello: variables {\"who\"}, English has {\"name\"}",
                "ru: extra: not in English",
            ]
        );
    }

    #[test]
    fn plural_categories_follow_cldr() {
        let set = |list: &[&'static str]| list.iter().copied().collect::<BTreeSet<_>>();
        assert_eq!(plural_categories("en"), Some(set(&["one", "other"])));
        assert_eq!(
            plural_categories("ru"),
            Some(set(&["few", "many", "one", "other"]))
        );
        assert_eq!(plural_categories("ka"), Some(set(&["one", "other"])));
        assert_eq!(plural_categories("ro"), Some(set(&["few", "one", "other"])));
    }

    #[test]
    fn plurals_select_by_count_and_fall_back_to_the_default_then_english() {
        let cases =
            |lang: &str, n: u64| BROKEN.text(lang, "en", "cases", &[("count", Arg::Count(n))]);
        assert_eq!(cases("en", 1), "1 case");
        assert_eq!(cases("en", 5), "5 cases");
        assert_eq!(cases("ru", 1), "1 случай");
        // Not in the form's default language: English.
        assert_eq!(cases("de", 2), "2 cases");
        assert_eq!(BROKEN.text("ru", "en", "nowhere", &[]), "nowhere");
    }

    /// Every `"detail-…"` id written in the core's source, its tests included.
    fn detail_ids_in_source() -> BTreeSet<String> {
        fn walk(dir: &std::path::Path, ids: &mut BTreeSet<String>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, ids);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    for piece in text.split("\"detail-").skip(1) {
                        let name: String = piece
                            .chars()
                            .take_while(|c| {
                                c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-'
                            })
                            .collect();
                        if piece[name.len()..].starts_with('"') && !name.is_empty() {
                            ids.insert(format!("detail-{name}"));
                        }
                    }
                }
            }
        }
        let mut ids = BTreeSet::new();
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut ids,
        );
        ids
    }

    #[test]
    fn every_detail_id_the_source_uses_is_in_the_catalog() {
        let ids = detail_ids_in_source();
        assert!(ids.contains("detail-key-file-altered"), "{ids:?}");
        // A message the catalog lacks comes back as its id; the completeness test then makes
        // sure every language has what English has.
        let missing: Vec<&String> = ids
            .iter()
            .filter(|id| CORE.text(SOURCE_LANGUAGE, SOURCE_LANGUAGE, id, &[]) == **id)
            .collect();
        assert!(missing.is_empty(), "not in core/locales/en: {missing:?}");
    }

    #[test]
    fn placeables_carry_no_isolation_marks() {
        let text = core_text(
            "en",
            "en",
            "invalid-below-min",
            &[("min", Arg::Number(3.0))],
        );
        assert_eq!(text, "The number must be at least 3.");
    }
}
