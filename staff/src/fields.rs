//! What an export carries for each case, decided by the form definition: the columns (items in
//! form order, repeats flattened), each answer turned into a cell, and the public rules — only
//! closed answers flagged `public`, never anything `sensitive`, dates cut to the month, the three
//! sexual-violence codes merged, and only cases whose latest `statistics` consent is yes.
//!
//! Answers are read defensively: an archived case may come from another form version or a
//! misbehaving device, and a value of the wrong shape becomes an empty cell, never a failure.

use std::collections::HashMap;
use std::sync::Arc;

use serde_json::{Map, Value, json};
use wave_core::Result;
use wave_core::case::FormRef;
use wave_core::form::{Form, Item, ItemKind, ItemType};

use super::archive::ArchivedCase;

/// The consent purpose that allows a case into public figures and exports.
pub const STATISTICS_PURPOSE: &str = "statistics";
/// The checklist's violation multi-select.
pub const VIOLATIONS_ITEM: &str = "violations";
pub const COUNTRY_ITEM: &str = "country";
pub const INCIDENT_DATE_ITEM: &str = "incident_date";
/// The exact place, the only point a (full) GeoJSON export carries.
pub const LOCATION_ITEM: &str = "place_location";
/// The violation codes public figures count as one category, as the checklist asks.
pub const SEXUAL_VIOLENCE_CODES: [&str; 3] = ["v_sexhar", "v_sexext", "v_rape"];
pub const SEXUAL_VIOLENCE: &str = "sexual_violence";

/// The form definitions exports know, by form id and version.
#[derive(Debug, Clone, Default)]
pub struct Forms {
    forms: HashMap<(String, u64), Arc<Form>>,
}

impl Forms {
    /// The forms Wave ships, every version of each: an archive holds cases recorded under any
    /// of them.
    pub fn builtin() -> Result<Forms> {
        let mut forms = Forms::default();
        for (id, version) in wave_core::form::builtin_versions() {
            forms = forms.with_shared(wave_core::form::builtin(id, version)?);
        }
        Ok(forms)
    }

    /// Adds (or replaces) a form version.
    pub fn with(self, form: Form) -> Forms {
        self.with_shared(Arc::new(form))
    }

    fn with_shared(mut self, form: Arc<Form>) -> Forms {
        self.forms
            .insert((form.id().to_owned(), form.version()), form);
        self
    }

    /// The latest version known of the form with this id.
    pub fn get(&self, id: &str) -> Option<&Form> {
        self.forms
            .iter()
            .filter(|((known, _), _)| known == id)
            .max_by_key(|((_, version), _)| *version)
            .map(|(_, form)| form.as_ref())
    }

    /// The form a case was recorded with: that exact version, or, for a version this tool does
    /// not know (a newer app), the latest version it knows, which reads the case by the items
    /// the two share.
    pub fn for_case(&self, form: &FormRef) -> Option<&Form> {
        self.forms
            .get(&(form.id.clone(), u64::from(form.version)))
            .map(Arc::as_ref)
            .or_else(|| self.get(&form.id))
    }
}

/// How a column's cells are laid out in flat formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Layout {
    /// One value; a list (multi-select, attachment ids) is joined with `;`.
    Single,
    /// An item inside a repeat: one value per instance, joined with ` | `.
    PerInstance,
}

/// One column of a flat export.
#[derive(Debug, Clone)]
pub(crate) struct Column {
    pub name: String,
    pub layout: Layout,
}

impl Column {
    fn single(name: impl Into<String>) -> Column {
        Column {
            name: name.into(),
            layout: Layout::Single,
        }
    }
}

/// The metadata columns of a full export, before the items.
pub(crate) const META_COLUMNS: [&str; 10] = [
    "submission_id",
    "case_id",
    "version",
    "device_id",
    "received_at",
    "finalized_at",
    "signature_verified",
    "form_id",
    "form_version",
    "attachment_sha256",
];

/// Item types a public export may carry: closed answers only. Free text, times, places and
/// attachments never leave, whatever a form's flags say.
fn publishable(item: &Item) -> bool {
    item.public
        && !item.sensitive
        && matches!(
            item.kind.item_type(),
            ItemType::Single | ItemType::Multi | ItemType::Yesno | ItemType::Date
        )
}

/// The item columns of `form`: every answerable item in form order for a full export, the
/// publishable ones for a public export. A repeat is a count column followed by its inner
/// items; a date adds its precision in a full export.
pub(crate) fn item_columns(form: &Form, public: bool) -> Vec<Column> {
    let mut columns = Vec::new();
    for item in form.items() {
        let inner = item.repeat.is_some();
        let layout = if inner {
            Layout::PerInstance
        } else {
            Layout::Single
        };
        match item.kind.item_type() {
            ItemType::Info => {}
            ItemType::Repeat => {
                if !public {
                    columns.push(Column::single(item.id.clone()));
                }
            }
            ItemType::Date if !public => {
                columns.push(Column {
                    name: item.id.clone(),
                    layout,
                });
                columns.push(Column {
                    name: format!("{}_precision", item.id),
                    layout,
                });
            }
            _ => {
                if !public || publishable(item) {
                    columns.push(Column {
                        name: item.id.clone(),
                        layout,
                    });
                }
            }
        }
    }
    columns
}

/// Whether a case may appear in public exports and figures: its latest `statistics` consent
/// record says yes. A case with no record for the purpose (made outside a guided session) falls
/// back to its answer to the form's `statistics` consent question; no answer means no.
pub fn consents_to_statistics(case: &ArchivedCase, form: Option<&Form>) -> bool {
    if let Some(granted) = case.consent(STATISTICS_PURPOSE) {
        return granted;
    }
    form.and_then(|form| {
        form.items()
            .iter()
            .find(|item| item.consent() == Some(STATISTICS_PURPOSE))
    })
    .and_then(|item| case.answers.get(&item.id))
    .and_then(Value::as_bool)
    .unwrap_or(false)
}

/// The month (`YYYY-MM`) of a date answer, if it has a sensible one.
pub fn month_of(answer: &Value) -> Option<String> {
    let value = answer.get("value")?.as_str()?;
    let month = value.get(..7)?;
    let bytes = month.as_bytes();
    let shaped = bytes[4] == b'-'
        && bytes[..4].iter().all(u8::is_ascii_digit)
        && bytes[5..].iter().all(u8::is_ascii_digit);
    shaped.then(|| month.to_owned())
}

/// Violation codes as public figures count them: the sexual-violence codes become one
/// category; order of first appearance is kept and repeats dropped.
pub fn merge_violations<'a>(codes: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut merged: Vec<String> = Vec::new();
    for code in codes {
        let code = if SEXUAL_VIOLENCE_CODES.contains(&code) {
            SEXUAL_VIOLENCE
        } else {
            code
        };
        if !merged.iter().any(|kept| kept == code) {
            merged.push(code.to_owned());
        }
    }
    merged
}

/// The strings of a list answer (multi-select or attachment ids); anything else is empty.
/// `value` if it is one of `item`'s choices in `form`, else [`crate::UNKNOWN`]: a device could
/// put any text in a choice's answer, and figures count and show choices only.
pub(crate) fn known(form: &Form, item: &str, value: &str) -> String {
    let ok = form
        .item_idx(item)
        .is_some_and(|idx| form.choices(idx).iter().any(|choice| choice.value == value));
    if ok {
        value.to_owned()
    } else {
        crate::UNKNOWN.to_owned()
    }
}

pub(crate) fn strings(answer: Option<&Value>) -> Vec<&str> {
    answer
        .and_then(Value::as_array)
        .map(|values| values.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

/// The cell of one answer: a string, number, bool, list of strings, or null.
fn cell(item: &Item, answer: Option<&Value>, public: bool) -> Value {
    let Some(answer) = answer else {
        return Value::Null;
    };
    match &item.kind {
        ItemKind::Single { .. } | ItemKind::Text | ItemKind::LongText | ItemKind::Time => {
            answer.as_str().map_or(Value::Null, |text| json!(text))
        }
        ItemKind::YesNo { .. } => answer.as_bool().map_or(Value::Null, Value::Bool),
        ItemKind::Number { .. } | ItemKind::Duration => {
            answer.as_f64().map_or(Value::Null, |_| answer.clone())
        }
        ItemKind::Multi { .. } if public && item.id == VIOLATIONS_ITEM => {
            json!(merge_violations(strings(Some(answer))))
        }
        ItemKind::Multi { .. } | ItemKind::Attachment { .. } => json!(strings(Some(answer))),
        ItemKind::Date { .. } if public => month_of(answer).map_or(Value::Null, Value::String),
        ItemKind::Date { .. } => answer
            .get("value")
            .and_then(Value::as_str)
            .map_or(Value::Null, |value| json!(value)),
        ItemKind::Location => match (
            answer.get("lat").and_then(Value::as_f64),
            answer.get("lon").and_then(Value::as_f64),
        ) {
            (Some(lat), Some(lon)) => json!(format!("{lat},{lon}")),
            _ => Value::Null,
        },
        ItemKind::Info => Value::Null,
        ItemKind::Repeat { .. } => answer
            .as_array()
            .map_or(Value::Null, |instances| json!(instances.len())),
    }
}

/// The cell of a date's precision column.
fn precision_cell(answer: Option<&Value>) -> Value {
    answer
        .and_then(|answer| answer.get("precision"))
        .and_then(Value::as_str)
        .map_or(Value::Null, |precision| json!(precision))
}

/// The item cells of one case, keyed by column name, for `columns` from [`item_columns`].
pub(crate) fn item_cells(case: &ArchivedCase, form: &Form, public: bool) -> Map<String, Value> {
    let mut cells = Map::new();
    for item in form.items() {
        match item.kind.item_type() {
            ItemType::Info => continue,
            ItemType::Repeat if public => continue,
            _ => {}
        }
        if public && item.kind.item_type() != ItemType::Repeat && !publishable(item) {
            continue;
        }
        match item.repeat {
            None => {
                let answer = case.answers.get(&item.id);
                cells.insert(item.id.clone(), cell(item, answer, public));
                if item.kind.item_type() == ItemType::Date && !public {
                    cells.insert(format!("{}_precision", item.id), precision_cell(answer));
                }
            }
            Some((repeat, _)) => {
                let Some(repeat) = form.item(repeat) else {
                    continue;
                };
                let instances = case
                    .answers
                    .get(&repeat.id)
                    .and_then(Value::as_array)
                    .map(Vec::as_slice)
                    .unwrap_or_default();
                let values: Vec<Value> = instances
                    .iter()
                    .map(|instance| cell(item, instance.get(&item.id), public))
                    .collect();
                if item.kind.item_type() == ItemType::Date && !public {
                    let precisions: Vec<Value> = instances
                        .iter()
                        .map(|instance| precision_cell(instance.get(&item.id)))
                        .collect();
                    cells.insert(format!("{}_precision", item.id), per_instance(precisions));
                }
                cells.insert(item.id.clone(), per_instance(values));
            }
        }
    }
    cells
}

/// Per-instance values, or null when no instance answered.
fn per_instance(values: Vec<Value>) -> Value {
    if values.iter().all(Value::is_null) {
        Value::Null
    } else {
        Value::Array(values)
    }
}

/// The metadata cells of a full export.
pub(crate) fn meta_cells(case: &ArchivedCase) -> Map<String, Value> {
    let mut cells = Map::new();
    cells.insert("submission_id".into(), json!(case.submission_id));
    cells.insert("case_id".into(), json!(case.case_id));
    cells.insert("version".into(), json!(case.version));
    cells.insert("device_id".into(), json!(case.device_id));
    cells.insert("received_at".into(), json!(case.received_at));
    cells.insert("finalized_at".into(), json!(case.finalized_at_text()));
    cells.insert("signature_verified".into(), json!(case.signature_verified));
    cells.insert("form_id".into(), json!(case.form.id));
    cells.insert("form_version".into(), json!(case.form.version));
    let digests: Vec<&str> = case
        .attachments
        .iter()
        .map(|attachment| attachment.sha256.as_str())
        .collect();
    cells.insert("attachment_sha256".into(), json!(digests));
    cells
}

/// A cell as CSV text: lists joined with `;`, repeat instances with ` | `, yes/no as
/// `true`/`false`, nothing as an empty field. Text that a spreadsheet would run as a formula
/// (starting with `=`, `+`, `-`, `@`, tab or carriage return) gets a leading `'`: answers come
/// from devices, and a crafted one must not run in a staff member's spreadsheet.
pub(crate) fn cell_text(value: &Value, layout: Layout) -> String {
    match (layout, value) {
        (Layout::PerInstance, Value::Array(instances)) => instances
            .iter()
            .map(|instance| cell_text(instance, Layout::Single))
            .collect::<Vec<_>>()
            .join(" | "),
        (_, Value::Null) => String::new(),
        (_, Value::String(text)) => defuse(text),
        (_, Value::Array(values)) => values
            .iter()
            .map(|value| cell_text(value, Layout::Single))
            .collect::<Vec<_>>()
            .join(";"),
        (_, other) => other.to_string(),
    }
}

fn defuse(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn violations_merge_the_sexual_violence_codes_once() {
        assert_eq!(
            merge_violations(["v_rape", "v_extort", "v_sexhar", "v_sexext", "v_extort"]),
            vec!["sexual_violence", "v_extort"]
        );
        assert!(merge_violations([]).is_empty());
    }

    #[test]
    fn months_come_from_any_precision_and_junk_is_dropped() {
        assert_eq!(
            month_of(&json!({"value": "2026-05-14", "precision": "exact"})),
            Some("2026-05".into())
        );
        assert_eq!(
            month_of(&json!({"value": "2026-05", "precision": "month"})),
            Some("2026-05".into())
        );
        assert_eq!(month_of(&json!({"value": "2026/05"})), None);
        assert_eq!(month_of(&json!({"value": "é"})), None);
        assert_eq!(month_of(&json!("2026-05")), None);
    }

    #[test]
    fn cells_render_lists_and_instances() {
        assert_eq!(cell_text(&json!(["a", "b"]), Layout::Single), "a;b");
        assert_eq!(
            cell_text(&json!([["a", "b"], null, "c"]), Layout::PerInstance),
            "a;b |  | c"
        );
        assert_eq!(cell_text(&json!(true), Layout::Single), "true");
        assert_eq!(cell_text(&json!(20000), Layout::Single), "20000");
        assert_eq!(cell_text(&Value::Null, Layout::Single), "");
        assert_eq!(
            cell_text(&json!("=HYPERLINK(\"x\")"), Layout::Single),
            "'=HYPERLINK(\"x\")"
        );
        assert_eq!(cell_text(&json!(["@a", "b"]), Layout::Single), "'@a;b");
        assert_eq!(cell_text(&json!(-5), Layout::Single), "-5");
    }

    #[test]
    fn public_columns_are_the_closed_public_items_only() {
        let forms = Forms::builtin().unwrap();
        let form = forms.get("police-violence").unwrap();
        let names: Vec<String> = item_columns(form, true)
            .into_iter()
            .map(|column| column.name)
            .collect();
        assert_eq!(
            names,
            [
                "age_group",
                "incident_date",
                "country",
                "violations",
                "officer_service"
            ]
        );
        for item in form.items() {
            if item.sensitive {
                assert!(!names.contains(&item.id), "{} is sensitive", item.id);
            }
        }
        let full = item_columns(form, false);
        assert!(full.iter().any(|column| column.name == "own_words"));
        assert!(
            full.iter()
                .any(|column| column.name == "incident_date_precision")
        );
        assert!(
            full.iter()
                .any(|column| column.name == "officer_role" && column.layout == Layout::PerInstance)
        );
    }
}
