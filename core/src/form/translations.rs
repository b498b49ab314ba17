//! A form's texts as a translator's PO file and back: export one language (each text's path as
//! the context, the source text as `msgid`), and import a translated file into the form's JSON,
//! refusing it whole, with every problem named, when it does not fit the form. The JSON is
//! written back in its own layout (keys in file order, two-space indent, one trailing newline),
//! so exporting and importing with no change gives the same bytes.

use std::collections::{BTreeMap, HashMap};
use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

use super::Form;
use super::po::{self, PoEntry, PoFile};
use crate::error::Detail;

/// A JSON document with its object keys in file order.
#[derive(Debug, Clone, PartialEq)]
enum Json {
    Null,
    Bool(bool),
    Number(serde_json::Number),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Json, D::Error> {
        struct JsonVisitor;
        impl<'de> Visitor<'de> for JsonVisitor {
            type Value = Json;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("JSON")
            }
            fn visit_unit<E>(self) -> Result<Json, E> {
                Ok(Json::Null)
            }
            fn visit_bool<E>(self, v: bool) -> Result<Json, E> {
                Ok(Json::Bool(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Json, E> {
                Ok(Json::Number(v.into()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Json, E> {
                Ok(Json::Number(v.into()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Json, E> {
                serde_json::Number::from_f64(v)
                    .map(Json::Number)
                    .ok_or_else(|| E::custom("a number JSON cannot hold"))
            }
            fn visit_str<E>(self, v: &str) -> Result<Json, E> {
                Ok(Json::String(v.to_owned()))
            }
            fn visit_string<E>(self, v: String) -> Result<Json, E> {
                Ok(Json::String(v))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Json::Array(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
                let mut members = Vec::new();
                while let Some((key, value)) = map.next_entry::<String, Json>()? {
                    members.push((key, value));
                }
                Ok(Json::Object(members))
            }
        }
        deserializer.deserialize_any(JsonVisitor)
    }
}

impl Serialize for Json {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Json::Null => serializer.serialize_unit(),
            Json::Bool(b) => serializer.serialize_bool(*b),
            Json::Number(n) => n.serialize(serializer),
            Json::String(s) => serializer.serialize_str(s),
            Json::Array(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Json::Object(members) => {
                let mut map = serializer.serialize_map(Some(members.len()))?;
                for (key, value) in members {
                    map.serialize_entry(key, value)?;
                }
                map.end()
            }
        }
    }
}

impl Json {
    fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    fn get_mut(&mut self, key: &str) -> Option<&mut Json> {
        match self {
            Json::Object(members) => members.iter_mut().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    /// The node at `steps` (member or element indices from the root).
    fn at_mut(&mut self, steps: &[usize]) -> Option<&mut Json> {
        let mut node = self;
        for &step in steps {
            node = match node {
                Json::Object(members) => &mut members.get_mut(step)?.1,
                Json::Array(items) => items.get_mut(step)?,
                _ => return None,
            };
        }
        Some(node)
    }

    fn at(&self, steps: &[usize]) -> Option<&Json> {
        let mut node = self;
        for &step in steps {
            node = match node {
                Json::Object(members) => &members.get(step)?.1,
                Json::Array(items) => items.get(step)?,
                _ => return None,
            };
        }
        Some(node)
    }
}

fn read_json(text: &str) -> Result<Json, Detail> {
    serde_json::from_str(text)
        .map_err(|error| Detail::new("form-translations-not-json").with("reason", error))
}

/// The form file's layout: two-space indent, keys in their order, text as UTF-8 (not escaped),
/// and a final newline.
fn write_json(doc: &Json) -> Result<String, Detail> {
    let mut out = Vec::new();
    let formatter = serde_json::ser::PrettyFormatter::with_indent(b"  ");
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, formatter);
    doc.serialize(&mut serializer)
        .map_err(|error| Detail::new("form-translations-cannot-write").with("reason", error))?;
    let mut text = String::from_utf8(out)
        .map_err(|error| Detail::new("form-translations-cannot-write").with("reason", error))?;
    text.push('\n');
    Ok(text)
}

/// The fields of sections, items and choices that hold a localized text.
const TEXT_FIELDS: [&str; 6] = [
    "title",
    "label",
    "help",
    "constraint_message",
    "stop_message",
    "repeat_label",
];

/// One localized text of a form: its path (what translators see as the context) and where it is.
struct TextPlace {
    path: String,
    steps: Vec<usize>,
}

/// Every localized text of `doc`, in document order. Paths name things by id, so they stay the
/// same when sections or items move: `title`, `sections/ID/label`, `items/ID/help`,
/// `items/ID/choices/VALUE/label`, `choice_lists/NAME/VALUE/label`.
fn text_places(doc: &Json) -> Vec<TextPlace> {
    let mut out = Vec::new();
    walk(doc, "", &mut Vec::new(), &mut out);
    out
}

fn walk(node: &Json, path: &str, steps: &mut Vec<usize>, out: &mut Vec<TextPlace>) {
    match node {
        Json::Object(members) => {
            for (index, (key, value)) in members.iter().enumerate() {
                steps.push(index);
                let child = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}/{key}")
                };
                if TEXT_FIELDS.contains(&key.as_str()) && matches!(value, Json::Object(_)) {
                    out.push(TextPlace {
                        path: child,
                        steps: steps.clone(),
                    });
                } else if matches!(value, Json::Object(_) | Json::Array(_)) {
                    walk(value, &child, steps, out);
                }
                steps.pop();
            }
        }
        Json::Array(items) => {
            let parent = path.rsplit('/').next().unwrap_or(path);
            for (index, item) in items.iter().enumerate() {
                steps.push(index);
                let name = item
                    .get("id")
                    .or_else(|| item.get("value"))
                    .and_then(Json::as_str)
                    .map_or_else(|| index.to_string(), str::to_owned);
                // Items are named by their id alone: ids are unique across the whole form, and
                // a path that does not name the section survives an item moving.
                let child = match (parent, item.get("id")) {
                    ("items", Some(_)) => format!("items/{name}"),
                    _ => format!("{path}/{name}"),
                };
                walk(item, &child, steps, out);
                steps.pop();
            }
        }
        _ => {}
    }
}

/// `${item}` references and `{name}` placeholders in `text`, sorted: a translation keeps exactly
/// the English ones.
fn placeholders(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let start = if open > 0 && rest.as_bytes()[open - 1] == b'$' {
            open - 1
        } else {
            open
        };
        match rest[open..].find('}') {
            Some(close) => {
                found.push(&rest[start..open + close + 1]);
                rest = &rest[open + close + 1..];
            }
            None => {
                found.push(&rest[start..]);
                break;
            }
        }
    }
    found.sort_unstable();
    found
}

/// Why a form that does not load is not translated: how many errors, and where to see them.
fn form_invalid(errors: &super::FormErrors) -> Detail {
    Detail::new("form-translations-form-invalid")
        .with_count("count", u64::try_from(errors.len()).unwrap_or(u64::MAX))
}

/// A language tag as messages quote it.
fn quoted(lang: &str) -> String {
    format!("{lang:?}")
}

fn valid_language(lang: &str) -> bool {
    (2..=3).contains(&lang.len()) && lang.bytes().all(|b| b.is_ascii_lowercase())
}

/// The form's texts in `lang` as a PO file: `msgctxt` each text's path, `msgid` its text in the
/// form's default language, `msgstr` its text in `lang` (empty where there is none yet).
pub fn export_po(form_json: &str, lang: &str) -> Result<String, Detail> {
    let form = Form::load(form_json).map_err(|errors| form_invalid(&errors))?;
    if !valid_language(lang) {
        return Err(Detail::new("form-translations-bad-language").with("lang", quoted(lang)));
    }
    let source = form.default_language();
    if lang == source {
        return Err(Detail::new("form-translations-export-source").with("lang", quoted(lang)));
    }
    let Some((plurals, formula)) = po::plural_forms(lang) else {
        return Err(Detail::new("form-translations-no-plural-rule").with("lang", quoted(lang)));
    };
    let doc = read_json(form_json)?;
    let mut file = PoFile {
        header: vec![
            (
                "Project-Id-Version".into(),
                format!("{} {}", form.id(), form.version()),
            ),
            ("Language".into(), lang.into()),
            ("MIME-Version".into(), "1.0".into()),
            ("Content-Type".into(), "text/plain; charset=UTF-8".into()),
            ("Content-Transfer-Encoding".into(), "8bit".into()),
            (
                "Plural-Forms".into(),
                format!("nplurals={plurals}; plural={formula};"),
            ),
        ],
        entries: Vec::new(),
    };
    for place in text_places(&doc) {
        let Some(text) = doc.at(&place.steps) else {
            continue;
        };
        let Some(id) = text.get(source).and_then(Json::as_str) else {
            continue;
        };
        let translation = text.get(lang).and_then(Json::as_str).unwrap_or_default();
        file.entries.push(PoEntry {
            context: Some(place.path),
            id: id.to_owned(),
            id_plural: None,
            translations: vec![translation.to_owned()],
            fuzzy: false,
            line: 0,
        });
    }
    let title = form.title(source).to_owned();
    let comment = format!(
        "{title}: {} version {}, {lang}. msgctxt is each text's place in the form.",
        form.id(),
        form.version()
    );
    Ok(po::write(&file, &[&comment]))
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// The form's JSON with the translations in it.
    pub form_json: String,
    pub lang: String,
    /// Texts whose translation changed or was added.
    pub changed: usize,
    /// Entries left as they were: not translated yet (empty), or marked fuzzy.
    pub skipped: usize,
    /// Whether `lang` was new to the form (added to `languages` with review status `draft`).
    pub new_language: bool,
}

/// Writes the translations of `po_text` into `form_json`. Refused whole, with every problem named
/// (the PO line where there is one), when: the PO does not parse; its header has no `Language`
/// or names the source language or one with no known plural rule; an entry has no context, a
/// path the form does not have, a path twice, a source that no longer matches the form (stale),
/// placeholders other than the source's, or plural forms (form texts have none; a wrong count is
/// named as such); a new language leaves texts untranslated; the result is not a valid form.
pub fn import_po(form_json: &str, po_text: &str) -> Result<Imported, Vec<Detail>> {
    let form = Form::load(form_json).map_err(|errors| vec![form_invalid(&errors)])?;
    let file = po::parse(po_text).map_err(|errors| errors.0)?;
    let mut errors = Vec::new();
    let lang = match file.header_field("Language") {
        Some(value) => value
            .split(['_', '-', '@', '.'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase(),
        None => String::new(),
    };
    if !valid_language(&lang) {
        return Err(vec![Detail::new("form-translations-no-language")]);
    }
    let source = form.default_language().to_owned();
    if lang == source {
        return Err(vec![
            Detail::new("form-translations-import-source").with("lang", quoted(&lang)),
        ]);
    }
    let Some((plurals, _)) = po::plural_forms(&lang) else {
        return Err(vec![
            Detail::new("form-translations-no-plural-rule").with("lang", quoted(&lang)),
        ]);
    };
    let mut doc = read_json(form_json).map_err(|e| vec![e])?;
    let places: HashMap<String, Vec<usize>> = text_places(&doc)
        .into_iter()
        .map(|place| (place.path, place.steps))
        .collect();
    let new_language = !form.languages().contains(&lang);
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    let mut updates: Vec<(Vec<usize>, String)> = Vec::new();
    let mut skipped = 0;
    for entry in &file.entries {
        let Some(path) = entry.context.as_deref() else {
            let detail = Detail::new("form-po-no-context").with("line", entry.line);
            errors.push(detail);
            continue;
        };
        // Every problem of an entry names its line and the text's place in the form.
        let at = |id: &'static str| Detail::new(id).with("line", entry.line).with("path", path);
        if let Some(first) = seen.insert(path, entry.line) {
            errors.push(at("form-po-repeated").with("first", first));
            continue;
        }
        let Some(steps) = places.get(path) else {
            errors.push(at("form-po-unknown-path"));
            continue;
        };
        if entry.id_plural.is_some() {
            if entry.translations.len() != plurals {
                errors.push(
                    at("form-po-plural-count")
                        .with_count(
                            "count",
                            u64::try_from(entry.translations.len()).unwrap_or(u64::MAX),
                        )
                        .with("lang", &lang)
                        .with("plurals", plurals),
                );
            } else {
                errors.push(at("form-po-no-plurals"));
            }
            continue;
        }
        let current_source = doc
            .at(steps)
            .and_then(|text| text.get(&source))
            .and_then(Json::as_str)
            .unwrap_or_default();
        if entry.id != current_source {
            errors.push(at("form-po-stale").with("source", &source));
            continue;
        }
        let translation = entry.translations.first().map_or("", String::as_str);
        if entry.fuzzy || translation.is_empty() {
            skipped += 1;
            continue;
        }
        if placeholders(translation) != placeholders(&entry.id) {
            errors.push(
                at("form-po-placeholders")
                    .with("found", format_args!("{:?}", placeholders(translation)))
                    .with("source", &source)
                    .with("expected", format_args!("{:?}", placeholders(&entry.id))),
            );
            continue;
        }
        updates.push((steps.clone(), translation.to_owned()));
    }
    if new_language {
        let given: std::collections::HashSet<&Vec<usize>> =
            updates.iter().map(|(steps, _)| steps).collect();
        let mut missing: Vec<&str> = places
            .iter()
            .filter(|(_, steps)| !given.contains(steps))
            .map(|(path, _)| path.as_str())
            .collect();
        missing.sort_unstable();
        for path in missing {
            errors.push(
                Detail::new("form-po-untranslated")
                    .with("path", path)
                    .with("lang", &lang),
            );
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut changed = 0;
    for (steps, translation) in updates {
        let Some(Json::Object(members)) = doc.at_mut(&steps) else {
            continue;
        };
        match members.iter_mut().find(|(k, _)| *k == lang) {
            Some((_, Json::String(existing))) if *existing == translation => {}
            Some((_, value)) => {
                *value = Json::String(translation);
                changed += 1;
            }
            None => {
                members.push((lang.clone(), Json::String(translation)));
                changed += 1;
            }
        }
    }
    if new_language {
        if let Some(Json::Array(languages)) = doc.get_mut("languages") {
            languages.push(Json::String(lang.clone()));
        }
        if let Some(Json::Object(review)) = doc.get_mut("review") {
            review.push((
                lang.clone(),
                Json::Object(vec![("status".into(), Json::String("draft".into()))]),
            ));
        }
    }
    let form_json = write_json(&doc).map_err(|e| vec![e])?;
    if let Err(load_errors) = Form::load(&form_json) {
        return Err(load_errors.iter().map(|error| error.located()).collect());
    }
    Ok(Imported {
        form_json,
        lang,
        changed,
        skipped,
        new_language,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHIPPED: &str = include_str!("../../../schemas/forms/police-violence.json");
    const SHIPPED_V1: &str = include_str!("../../../schemas/forms/police-violence-v1.json");

    #[test]
    fn the_shipped_forms_are_written_back_byte_for_byte() {
        for text in [SHIPPED, SHIPPED_V1] {
            assert!(write_json(&read_json(text).unwrap()).unwrap() == text);
        }
    }

    #[test]
    fn export_then_import_with_no_change_gives_the_same_bytes() {
        for lang in ["ru", "uk"] {
            let po = export_po(SHIPPED, lang).unwrap();
            assert!(po.contains(&format!("\"Language: {lang}\\n\"")));
            assert!(po.contains("\"Plural-Forms: nplurals=3;"));
            let imported = import_po(SHIPPED, &po).unwrap();
            assert_eq!(imported.changed, 0, "{lang}");
            assert_eq!(imported.skipped, 0, "{lang}");
            assert!(!imported.new_language);
            assert!(imported.form_json == SHIPPED, "{lang}: the bytes differ");
        }
    }

    #[test]
    fn every_text_of_the_form_is_exported_once_with_a_path_by_id() {
        let po = po::parse(&export_po(SHIPPED, "ru").unwrap()).unwrap();
        let form = Form::load(SHIPPED).unwrap();
        let paths: Vec<&str> = po
            .entries
            .iter()
            .filter_map(|e| e.context.as_deref())
            .collect();
        let unique: std::collections::BTreeSet<&str> = paths.iter().copied().collect();
        assert_eq!(paths.len(), unique.len());
        assert!(unique.contains("title"));
        let item = &form.items()[0];
        assert!(unique.contains(format!("items/{}/label", item.id).as_str()));
        // Every text of every item is reachable: the count matches a walk of the loaded form.
        let mut expected = 1;
        for section in form.sections() {
            expected += 1 + usize::from(section.help.is_some());
        }
        assert!(
            paths.len() > expected + form.items().len(),
            "{}",
            paths.len()
        );
    }

    /// Everything of a form but its texts and its list of languages.
    fn structure(text: &str) -> Json {
        fn strip(node: &mut Json) {
            match node {
                Json::Object(members) => {
                    members.retain(|(key, value)| {
                        !(TEXT_FIELDS.contains(&key.as_str()) && matches!(value, Json::Object(_)))
                            && key != "languages"
                            && key != "review"
                    });
                    for (_, value) in members {
                        strip(value);
                    }
                }
                Json::Array(items) => items.iter_mut().for_each(strip),
                _ => {}
            }
        }
        let mut doc = read_json(text).unwrap();
        strip(&mut doc);
        doc
    }

    /// A complete PO for a language the form does not have yet: each text marked, placeholders
    /// kept.
    fn new_language_po(lang: &str) -> String {
        let mut file = po::parse(&export_po(SHIPPED, lang).unwrap()).unwrap();
        for entry in &mut file.entries {
            entry.translations = vec![format!("[{lang}] {}", entry.id)];
        }
        po::write(&file, &[])
    }

    #[test]
    fn adding_a_language_to_the_shipped_version_changes_nothing_but_texts() {
        // Tajik: a language of the region the shipped checklist does not have yet.
        let imported = import_po(SHIPPED, &new_language_po("tg")).unwrap();
        assert!(imported.new_language);
        let form = Form::load(&imported.form_json).unwrap();
        assert_eq!(
            form.languages(),
            ["en", "ru", "uk", "ro", "ka", "kk", "ky", "be", "tg"]
        );
        assert_eq!(form.review("tg"), Some(&crate::form::Review::Draft));
        assert_eq!(form.version(), 2);
        assert!(structure(&imported.form_json) == structure(SHIPPED));
        assert!(form.title("tg").starts_with("[tg] "));
        // Importing an unchanged export of another language leaves the new file as it is.
        let again = import_po(
            &imported.form_json,
            &export_po(&imported.form_json, "ru").unwrap(),
        )
        .unwrap();
        assert!(again.form_json == imported.form_json);
    }

    #[test]
    fn a_po_that_does_not_fit_is_refused_naming_every_problem() {
        let mut file = po::parse(&export_po(SHIPPED, "ru").unwrap()).unwrap();
        // The checklist's texts carry no placeholder, so one added is a change.
        file.entries[5].translations = vec!["с ${consent_store} и {count}".into()];
        file.entries[1].context = Some("items/no_such_item/label".into());
        file.entries[2].id = "An older English text".into();
        file.entries[3].id_plural = Some("plural".into());
        file.entries[3].translations = vec!["a".into(), "b".into()];
        file.entries[4].id_plural = Some("plural".into());
        file.entries[4].translations = vec!["a".into(), "b".into(), "c".into()];
        let po_text = po::write(&file, &[]);
        let errors = english(import_po(SHIPPED, &po_text).unwrap_err());
        let all = errors.join("\n");
        assert_eq!(errors.len(), 5, "{all}");
        assert!(
            all.contains("items/no_such_item/label: the form has no such text"),
            "{all}"
        );
        assert!(all.contains("stale: the en text has changed"), "{all}");
        assert!(all.contains("2 plural forms, but ru has 3"), "{all}");
        assert!(all.contains("form texts have no plural forms"), "{all}");
        assert!(
            all.contains("placeholders [\"${consent_store}\", \"{count}\"] differ from the en []"),
            "{all}"
        );
        assert!(errors.iter().all(|e| e.starts_with("line ")), "{all}");
    }

    #[test]
    fn broken_po_syntax_and_headers_are_refused() {
        assert!(import_po(SHIPPED, "msgid \"a\nmsgstr \"b\"\n").is_err());
        let no_language = "msgid \"\"\nmsgstr \"X: y\\n\"\n";
        assert_eq!(
            english(import_po(SHIPPED, no_language).unwrap_err()),
            ["the PO header has no Language (e.g. \"Language: kk\")"]
        );
        let source_po = "msgid \"\"\nmsgstr \"Language: en\\n\"\n";
        assert!(english(import_po(SHIPPED, source_po).unwrap_err())[0].contains("source language"));
    }

    #[test]
    fn a_new_language_must_translate_every_text() {
        let mut file = po::parse(&new_language_po("tg")).unwrap();
        file.entries[0].translations = vec![String::new()];
        let errors = english(import_po(SHIPPED, &po::write(&file, &[])).unwrap_err());
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].contains("not translated (tg is new to the form"));
    }

    #[test]
    fn a_changed_translation_is_written_and_untranslated_or_fuzzy_ones_are_left() {
        let mut file = po::parse(&export_po(SHIPPED, "uk").unwrap()).unwrap();
        file.entries[0].translations = vec!["Новий заголовок".into()];
        file.entries[1].translations = vec![String::new()];
        file.entries[2].fuzzy = true;
        file.entries[2].translations = vec!["здогадка".into()];
        let imported = import_po(SHIPPED, &po::write(&file, &[])).unwrap();
        assert_eq!((imported.changed, imported.skipped), (1, 2));
        let form = Form::load(&imported.form_json).unwrap();
        assert_eq!(form.title("uk"), "Новий заголовок");
        assert!(structure(&imported.form_json) == structure(SHIPPED));
    }

    /// The errors as their English lines (what `Display` gives).
    fn english(errors: Vec<Detail>) -> Vec<String> {
        errors.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn refusals_are_put_into_words_in_the_readers_language() {
        let mut file = po::parse(&export_po(SHIPPED, "ru").unwrap()).unwrap();
        file.entries[1].context = Some("items/no_such_item/label".into());
        let errors = import_po(SHIPPED, &po::write(&file, &[])).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].id(), Some("form-po-unknown-path"));
        let ru = errors[0].text("ru");
        assert!(ru.contains("items/no_such_item/label"), "{ru}");
        assert!(!ru.contains("no such text"), "{ru}");
        assert!(ru.chars().any(|c| ('а'..='я').contains(&c)), "{ru}");
        let bad = export_po(SHIPPED, "EN!").unwrap_err();
        assert_eq!(bad.id(), Some("form-translations-bad-language"));
        assert!(bad.text("ka").contains("\"EN!\""), "{}", bad.text("ka"));
    }

    #[test]
    fn placeholders_are_found_with_their_braces() {
        assert_eq!(placeholders("a ${x} b {n} c"), ["${x}", "{n}"]);
        assert_eq!(placeholders("no braces"), Vec::<&str>::new());
        assert_eq!(placeholders("open {x"), ["{x"]);
    }
}
