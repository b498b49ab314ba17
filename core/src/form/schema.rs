//! Validation of a form document against `schemas/form.schema.json`, with the schema's errors
//! turned into form paths.
//!
//! Only with the `schema` feature (on by default). The mobile library leaves it out: it loads
//! only the built-in checklist, which the core's own tests validate against the schema on every
//! run, and the validator with its regex engines is over a third of that library's size. The
//! checks of `load.rs` (references, types, cycles) run either way.

#[cfg(feature = "schema")]
use std::sync::OnceLock;

#[cfg(feature = "schema")]
use jsonschema::{Validator, paths::LocationSegment};
use serde_json::Value;

use super::error::FormError;
#[cfg(feature = "schema")]
use super::error::FormErrorKind;
#[cfg(feature = "schema")]
use crate::error::Detail;

/// The form schema, shipped inside the library so loading needs no file or network.
pub const FORM_SCHEMA: &str = include_str!("../../../schemas/form.schema.json");

/// Compiled once: the schema never changes, and compiling it for every load would dominate the
/// cost of loading small forms.
#[cfg(feature = "schema")]
fn validator() -> Result<&'static Validator, String> {
    static VALIDATOR: OnceLock<Result<Validator, String>> = OnceLock::new();
    VALIDATOR
        .get_or_init(|| {
            let schema: Value = serde_json::from_str(FORM_SCHEMA).map_err(|e| e.to_string())?;
            jsonschema::draft202012::new(&schema).map_err(|e| e.to_string())
        })
        .as_ref()
        .map_err(Clone::clone)
}

/// Every way `doc` breaks the schema.
#[cfg(feature = "schema")]
pub(crate) fn validate(doc: &Value) -> Vec<FormError> {
    let validator = match validator() {
        Ok(v) => v,
        Err(e) => {
            return vec![FormError::new(
                FormErrorKind::Schema,
                "form",
                "",
                Detail::new("form-schema-broken").with("reason", e),
            )];
        }
    };
    validator
        .iter_errors(doc)
        .map(|err| {
            let segments: Vec<Seg> = err
                .instance_path()
                .iter()
                .map(|s| match s {
                    LocationSegment::Property(p) => Seg::Key(p.into_owned()),
                    LocationSegment::Index(i) => Seg::Index(i),
                })
                .collect();
            let (path, field) = locate(doc, &segments);
            // The validator's words are its own (English); they are quoted in the message.
            FormError::new(
                FormErrorKind::Schema,
                path,
                field,
                Detail::new("form-schema").with("reason", err),
            )
        })
        .collect()
}

/// Without the validator nothing is reported here; see the module's comment.
#[cfg(not(feature = "schema"))]
pub(crate) fn validate(_doc: &Value) -> Vec<FormError> {
    Vec::new()
}

#[cfg(feature = "schema")]
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Seg {
    Key(String),
    Index(usize),
}

/// Turns a JSON location into a form path (`sections[3].items[2] (violation_types)`) and the
/// field within it (`relevant`, `label.uk`).
#[cfg(feature = "schema")]
pub(crate) fn locate(doc: &Value, segments: &[Seg]) -> (String, String) {
    let mut parts: Vec<String> = Vec::new();
    let mut node = doc;
    let mut rest = segments;
    loop {
        match rest {
            [Seg::Key(k), Seg::Index(i), tail @ ..]
                if matches!(k.as_str(), "sections" | "items" | "choices") =>
            {
                match node.get(k).and_then(|v| v.get(*i)) {
                    Some(next) => node = next,
                    None => break,
                }
                parts.push(format!("{k}[{i}]"));
                rest = tail;
            }
            [Seg::Key(k), Seg::Key(name), Seg::Index(i), tail @ ..]
                if k == "choice_lists" && parts.is_empty() =>
            {
                match node
                    .get(k)
                    .and_then(|v| v.get(name))
                    .and_then(|v| v.get(*i))
                {
                    Some(next) => node = next,
                    None => break,
                }
                parts.push(format!("choice_lists.{name}[{i}]"));
                rest = tail;
            }
            _ => break,
        }
    }
    let mut path = if parts.is_empty() {
        "form".to_string()
    } else {
        parts.join(".")
    };
    if !parts.is_empty() {
        let name = node
            .get("id")
            .or_else(|| node.get("value"))
            .and_then(Value::as_str);
        if let Some(name) = name {
            path.push_str(&format!(" ({name})"));
        }
    }
    let field: Vec<String> = rest
        .iter()
        .map(|s| match s {
            Seg::Key(k) => k.clone(),
            Seg::Index(i) => i.to_string(),
        })
        .collect();
    (path, field.join("."))
}

#[cfg(all(test, feature = "schema"))]
mod tests {
    use super::*;

    #[test]
    fn schema_compiles() {
        assert!(validator().is_ok(), "{:?}", validator().err());
    }

    #[test]
    fn locates_paths() {
        let doc = serde_json::json!({
            "sections": [{"id": "s", "items": [{"id": "a"}, {"id": "r", "items": [{"id": "x"}]}]}],
            "choice_lists": {"c": [{"value": "v"}]}
        });
        let k = |s: &str| Seg::Key(s.into());
        assert_eq!(
            locate(
                &doc,
                &[
                    k("sections"),
                    Seg::Index(0),
                    k("items"),
                    Seg::Index(1),
                    k("items"),
                    Seg::Index(0),
                    k("label"),
                    k("uk")
                ]
            ),
            (
                "sections[0].items[1].items[0] (x)".into(),
                "label.uk".into()
            )
        );
        assert_eq!(
            locate(
                &doc,
                &[k("choice_lists"), k("c"), Seg::Index(0), k("label")]
            ),
            ("choice_lists.c[0] (v)".into(), "label".into())
        );
        assert_eq!(locate(&doc, &[k("title")]), ("form".into(), "title".into()));
        assert_eq!(
            locate(&doc, &[k("sections"), Seg::Index(7)]),
            ("form".into(), "sections.7".into())
        );
    }
}
