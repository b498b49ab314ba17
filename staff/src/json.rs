//! JSON exports: a document with the fields exported (from the form: id, label, type, flags and,
//! for a choice question, each code with its label — the codebook that also reads the CSV's and
//! the GeoJSON's codes — in the staff's language) and one object per case. The full export keeps each case whole — answers as recorded, the
//! consent log, attachment fingerprints — so nothing is lost on the way to a lawyer; the public
//! one holds only the public cells of consenting cases, in an order that says nothing about
//! arrival.

use std::io::Write;

use serde_json::{Map, Value, json};
use wave_core::form::{Form, Item, ItemType};
use wave_core::{Error, Result};

use super::archive::ArchivedCase;
use super::fields::{
    Forms, SEXUAL_VIOLENCE, SEXUAL_VIOLENCE_CODES, VIOLATIONS_ITEM, item_cells, item_columns,
};
use super::{EXPORT_FORMAT, ExportSummary, Selection};

pub(crate) fn write(
    cases: &[ArchivedCase],
    forms: &Forms,
    public: bool,
    lang: Option<&str>,
    out: &mut dyn Write,
) -> Result<ExportSummary> {
    let selection = Selection::new(cases, forms, public);
    let mut records = Vec::new();
    let mut summary = selection.summary();
    if public {
        for (case, form) in &selection.cases {
            let mut record = Map::new();
            record.insert("form_id".into(), json!(form.id()));
            record.extend(item_cells(case, form, true));
            records.push(Value::Object(record));
        }
        records.sort_by_key(Value::to_string);
    } else {
        // The full export is lossless: a case of a form this tool does not know still goes out,
        // with its answers as recorded.
        for case in cases {
            records.push(full_record(case));
        }
        summary.unknown_form = 0;
        summary.cases = cases.len() as u64;
    }
    let document = json!({
        "format": EXPORT_FORMAT,
        "public": public,
        "forms": selection.forms().into_iter().map(|form| form_fields(form, public, lang)).collect::<Vec<_>>(),
        "cases": records,
    });
    serde_json::to_writer_pretty(&mut *out, &document)
        .map_err(|error| Error::Io(std::io::Error::other(error)))?;
    out.write_all(b"\n")?;
    Ok(summary)
}

/// One case with everything the archive knows about it.
pub(crate) fn full_record(case: &ArchivedCase) -> Value {
    let consent: Map<String, Value> = case
        .consents
        .iter()
        .map(|record| record.purpose.clone())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .filter_map(|purpose| {
            case.consent(&purpose)
                .map(|granted| (purpose, Value::Bool(granted)))
        })
        .collect();
    json!({
        "submission_id": case.submission_id,
        "case_id": case.case_id,
        "version": case.version,
        "device_id": case.device_id,
        "received_at": case.received_at,
        "finalized_at": case.finalized_at_text(),
        "signature_verified": case.signature_verified,
        "form": {"id": case.form.id, "version": case.form.version},
        "answers": case.answers,
        "consent": consent,
        "consent_log": case.consents,
        "attachments": case.attachments.iter().map(|attachment| json!({
            "id": attachment.id,
            "file_name": attachment.file_name,
            "media_type": attachment.media_type,
            "size": attachment.size,
            "sha256": attachment.sha256,
            "sealed_sha256": attachment.sealed_sha256,
        })).collect::<Vec<_>>(),
    })
}

/// What each exported field is, in `lang` when the form has it, else in its default language.
pub(crate) fn form_fields(form: &Form, public: bool, lang: Option<&str>) -> Value {
    let lang = lang
        .filter(|lang| form.languages().iter().any(|known| known == lang))
        .unwrap_or(form.default_language());
    let columns = item_columns(form, public);
    let fields: Vec<Value> = form
        .items()
        .iter()
        .filter(|item| columns.iter().any(|column| column.name == item.id))
        .map(|item| {
            let mut field = json!({
                "id": item.id,
                "label": form.text(&item.label, lang),
                "type": item.kind.item_type(),
                "repeat": item.repeat.and_then(|(repeat, _)| form.item(repeat)).map(|repeat| repeat.id.clone()),
                "sensitive": item.sensitive,
                "public": item.public,
            });
            if let Some(choices) = choices(form, item, public, lang) {
                field["choices"] = choices;
            }
            field
        })
        .collect();
    json!({
        "id": form.id(),
        "version": form.version(),
        "language": lang,
        // Staff should know when labels are still a translation no native speaker has checked.
        "review": form.review(lang).map(|review| review.status()),
        "title": form.title(lang),
        "fields": fields,
    })
}

/// The codes a choice question's cells hold, each with its label; `None` for other items. In a
/// public export the sexual-violence codes are one category, as its cells have them, labelled
/// with the labels of the codes it stands for.
fn choices(form: &Form, item: &Item, public: bool, lang: &str) -> Option<Value> {
    if !matches!(item.kind.item_type(), ItemType::Single | ItemType::Multi) {
        return None;
    }
    let choices = form.choices(form.item_idx(&item.id)?);
    let merge = public && item.id == VIOLATIONS_ITEM;
    let mut codebook: Vec<Value> = Vec::with_capacity(choices.len());
    let mut merged: Vec<&str> = Vec::new();
    for choice in choices {
        let label = form.text(&choice.label, lang);
        if merge && SEXUAL_VIOLENCE_CODES.contains(&choice.value.as_str()) {
            if merged.is_empty() {
                codebook.push(json!({"value": SEXUAL_VIOLENCE}));
            }
            merged.push(label);
            continue;
        }
        codebook.push(json!({"value": choice.value, "label": label}));
    }
    if !merged.is_empty()
        && let Some(entry) = codebook
            .iter_mut()
            .find(|entry| entry["value"] == SEXUAL_VIOLENCE && entry.get("label").is_none())
    {
        entry["label"] = json!(merged.join(" / "));
    }
    Some(Value::Array(codebook))
}
