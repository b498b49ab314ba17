//! JSON exports: a document with the fields exported (from the form: id, label, type, flags)
//! and one object per case. The full export keeps each case whole — answers as recorded, the
//! consent log, attachment fingerprints — so nothing is lost on the way to a lawyer; the public
//! one holds only the public cells of consenting cases, in an order that says nothing about
//! arrival.

use std::io::Write;

use serde_json::{Map, Value, json};
use wave_core::form::Form;
use wave_core::{Error, Result};

use super::archive::ArchivedCase;
use super::fields::{Forms, item_cells, item_columns};
use super::{EXPORT_FORMAT, ExportSummary, Selection};

pub(crate) fn write(
    cases: &[ArchivedCase],
    forms: &Forms,
    public: bool,
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
        "forms": selection.forms().into_iter().map(|form| form_fields(form, public)).collect::<Vec<_>>(),
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

/// What each exported field is, in the form's default language.
pub(crate) fn form_fields(form: &Form, public: bool) -> Value {
    let lang = form.default_language();
    let columns = item_columns(form, public);
    let fields: Vec<Value> = form
        .items()
        .iter()
        .filter(|item| columns.iter().any(|column| column.name == item.id))
        .map(|item| {
            json!({
                "id": item.id,
                "label": form.text(&item.label, lang),
                "type": item.kind.item_type(),
                "repeat": item.repeat.and_then(|(repeat, _)| form.item(repeat)).map(|repeat| repeat.id.clone()),
                "sensitive": item.sensitive,
                "public": item.public,
            })
        })
        .collect();
    json!({"id": form.id(), "version": form.version(), "title": form.title(lang), "fields": fields})
}
