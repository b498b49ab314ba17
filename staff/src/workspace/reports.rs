//! Reports staff print or save as PDF from the browser (the print stylesheet in
//! `assets/reports.css` makes each a clean document):
//!
//! - a submission to a UN body for a country and period: the public figures (consenting cases
//!   only) as tables and charts, and quotations only from cases whose `un` consent is yes and
//!   whose current version has a redaction a staff member marked reviewed — the redacted text,
//!   never the original, attributed by month and country only;
//! - an evidence certificate for a lawyer, for a case version whose `lawyer` consent is yes: the
//!   case and version, the device key's fingerprint, the signature check, when the server
//!   received it and when it was pulled, every attachment's SHA-256 and size, and the consent
//!   record.

use axum::Extension;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use serde_json::Value;
use sha2::{Digest, Sha256};
use wave_core::case;
use wave_protocol::Uuid;

use super::casepage::cut;
use super::i18n::Tr;
use super::inbox::{CaseData, choice_label, consented};
use super::server::{Ctx, Shared, failure, hold, render, see_other};
use super::statistics::{self, Dimension, Filter, StatRow};
use super::templates::{Chrome, Option_};
use crate::fields::COUNTRY_ITEM;
use crate::{ArchivedCase, Forms};

/// The consent purposes the reports rest on.
pub const UN_PURPOSE: &str = "un";
pub const LAWYER_PURPOSE: &str = "lawyer";
/// The longest UN body name kept for the title.
const MAX_BODY: usize = 200;

/// A case a certificate can be made for.
pub struct CertificateLink {
    pub url: String,
    pub code_name: String,
    pub version: u32,
    pub received: String,
}

#[derive(askama::Template)]
#[template(path = "workspace/reports.html")]
pub struct ReportsPage<'a> {
    pub chrome: Chrome,
    pub t: Tr<'a>,
    pub countries: Vec<Option_>,
    pub quotable: usize,
    pub certificates: Vec<CertificateLink>,
}

/// `GET /reports`.
pub async fn page(State(state): State<Shared>, Extension(ctx): Extension<Ctx>) -> Response {
    let tr = state.catalog.tr(ctx.lang);
    let chrome = Chrome::new(&state, &ctx);
    let guard = hold(&state.vault);
    let Some(unlocked) = guard.as_ref() else {
        return see_other("/");
    };
    let data = &unlocked.data;
    let mut certificates = Vec::new();
    for facets in &data.latest {
        let case = &data.cases[facets.case];
        if consented(case, state.forms.for_case(&case.form), LAWYER_PURPOSE) {
            certificates.push(CertificateLink {
                url: format!("/reports/certificate/{}", case.submission_id),
                // As on the case page: hidden characters revealed, cut to a length.
                code_name: cut(code_name(case)),
                version: case.version,
                received: case.received_at.clone(),
            });
        }
    }
    let page = ReportsPage {
        chrome,
        t: tr,
        countries: statistics::country_options(data, &state.forms, None, &tr),
        quotable: quotations(data, &state.forms, &Filter::default(), &tr).len(),
        certificates,
    };
    drop(guard);
    render(&page)
}

fn code_name(case: &ArchivedCase) -> String {
    case.answers
        .get("code_name")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_owned()
}

/// A quotation in a UN report.
pub struct Quotation {
    /// "2026-03 · Kazakhstan": no name, no code name, no place.
    pub source: String,
    pub label: String,
    pub text: String,
}

/// The quotations the filter's cases allow: each case's current version, with consent to
/// UN submissions, redacted and marked reviewed; the redacted texts only.
pub fn quotations(data: &CaseData, forms: &Forms, filter: &Filter, tr: &Tr<'_>) -> Vec<Quotation> {
    let mut out = Vec::new();
    for facets in &data.latest {
        if !filter.selects(facets) {
            continue;
        }
        let month = facets.month.as_deref();
        let case = &data.cases[facets.case];
        let form = forms.for_case(&case.form);
        if !consented(case, form, UN_PURPOSE) {
            continue;
        }
        let Some(redaction) = data.redactions.get(&case.submission_id) else {
            continue;
        };
        if !redaction.reviewed {
            continue;
        }
        let country = facets
            .country
            .as_deref()
            .map(|code| choice_label(form, COUNTRY_ITEM, code, tr.lang))
            .unwrap_or_default();
        let source = [month.unwrap_or(""), country.as_str()]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(" · ");
        // Form order, as the narratives were asked.
        for (item, label, _) in super::redaction::narratives(case, form, tr) {
            if let Some(text) = redaction.texts.get(&item)
                && !text.trim().is_empty()
            {
                out.push(Quotation {
                    source: source.clone(),
                    label,
                    text: text.trim().to_owned(),
                });
            }
        }
    }
    out
}

#[derive(Debug, Default, Deserialize)]
pub struct UnQuery {
    pub country: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub body: Option<String>,
}

pub struct ReportTable {
    pub id: &'static str,
    pub title: String,
    pub chart: &'static str,
    pub rows: Vec<StatRow>,
}

#[derive(askama::Template)]
#[template(path = "workspace/report_un.html")]
pub struct UnReport<'a> {
    pub chrome: Chrome,
    pub t: Tr<'a>,
    pub body: String,
    pub country: String,
    pub period: String,
    pub cases: usize,
    pub tables: Vec<ReportTable>,
    pub quotations: Vec<Quotation>,
    pub generated: String,
}

/// `GET /reports/un?country=…&from=…&to=…&body=…`.
pub async fn un(
    State(state): State<Shared>,
    Extension(ctx): Extension<Ctx>,
    Query(query): Query<UnQuery>,
) -> Response {
    let tr = state.catalog.tr(ctx.lang);
    let filter = Filter {
        country: query.country,
        from: query.from,
        to: query.to,
    };
    let chrome = Chrome::new(&state, &ctx);
    let guard = hold(&state.vault);
    let Some(unlocked) = guard.as_ref() else {
        return see_other("/");
    };
    let data = &unlocked.data;
    let figures = statistics::compute(data, &state.forms, &filter);
    let form = state.forms.get("police-violence");
    let tables = Dimension::ALL
        .into_iter()
        .filter(|dimension| *dimension != Dimension::Country || filter.country().is_none())
        .map(|dimension| ReportTable {
            id: dimension.as_str(),
            title: tr.t(&format!("stats-by-{}", dimension.as_str())),
            chart: dimension.chart(),
            rows: statistics::rows(dimension, figures.public.table(dimension), form, &tr),
        })
        .collect();
    let period = match (filter.from(), filter.to()) {
        (None, None) => tr.t("report-all-time"),
        (from, to) => format!("{} – {}", from.unwrap_or("…"), to.unwrap_or("…")),
    };
    let page = UnReport {
        chrome,
        t: tr,
        body: query
            .body
            .as_deref()
            .map(str::trim)
            .filter(|body| !body.is_empty())
            .map(|body| body.chars().take(MAX_BODY).collect())
            .unwrap_or_else(|| tr.t("report-un-body-default")),
        country: filter
            .country()
            .map(|code| choice_label(form, COUNTRY_ITEM, code, tr.lang))
            .unwrap_or_else(|| tr.t("report-all-countries")),
        period,
        cases: figures.public.cases as usize,
        tables,
        quotations: quotations(data, &state.forms, &filter, &tr),
        generated: case::format_timestamp(case::now()),
    };
    drop(guard);
    render(&page)
}

pub struct AttachmentLine {
    pub name: String,
    pub media_type: String,
    pub size: u64,
    pub sha256: String,
}

pub struct ConsentLine {
    pub purpose: String,
    pub granted: String,
    pub at: String,
}

#[derive(askama::Template)]
#[template(path = "workspace/report_certificate.html")]
pub struct Certificate<'a> {
    pub chrome: Chrome,
    pub t: Tr<'a>,
    pub code_name: String,
    pub case_id: String,
    pub version: u32,
    pub submission: String,
    pub form: String,
    pub device: String,
    pub key_fingerprint: String,
    pub signature: String,
    pub key_first_seen: String,
    pub finalized: String,
    pub received: String,
    pub pulled: String,
    pub attachments: Vec<AttachmentLine>,
    pub consents: Vec<ConsentLine>,
    pub generated: String,
    pub by: String,
}

/// The SHA-256 fingerprint (hex) of a base64 Ed25519 public key.
pub fn fingerprint(key_base64: &str) -> Option<String> {
    let key = wave_protocol::encoding::decode_base64(key_base64).ok()?;
    Some(
        Sha256::digest(&key)
            .iter()
            .map(|byte| format!("{byte:02x}"))
            .collect(),
    )
}

/// `GET /reports/certificate/{submission}`: refused unless the version's `lawyer` consent is
/// yes.
pub async fn certificate(
    State(state): State<Shared>,
    Extension(ctx): Extension<Ctx>,
    Path(submission): Path<String>,
) -> Response {
    let tr = state.catalog.tr(ctx.lang);
    let Ok(submission) = submission.parse::<Uuid>() else {
        return failure(&state, &ctx, StatusCode::NOT_FOUND, "case-not-found");
    };
    let chrome = Chrome::new(&state, &ctx);
    let guard = hold(&state.vault);
    let Some(unlocked) = guard.as_ref() else {
        return see_other("/");
    };
    let Some(&position) = unlocked.data.by_submission.get(&submission) else {
        drop(guard);
        return failure(&state, &ctx, StatusCode::NOT_FOUND, "case-not-found");
    };
    let case = &unlocked.data.cases[position];
    if !consented(case, state.forms.for_case(&case.form), LAWYER_PURPOSE) {
        drop(guard);
        return failure(
            &state,
            &ctx,
            StatusCode::FORBIDDEN,
            "report-no-lawyer-consent",
        );
    }
    let Ok(record) = unlocked.archive.submission_record(submission) else {
        drop(guard);
        return failure(
            &state,
            &ctx,
            StatusCode::INTERNAL_SERVER_ERROR,
            "report-record-unavailable",
        );
    };
    let mut consents: Vec<_> = case.consents.iter().collect();
    consents.sort_by_key(|record| record.seq);
    let page = Certificate {
        chrome,
        t: tr,
        // What the device wrote is shown with hidden characters revealed and cut to a length,
        // as on the case page: on a certificate, "photo\u{202E}gpj.exe" must not read as a JPEG.
        code_name: cut(code_name(case)),
        case_id: case.case_id.clone(),
        version: case.version,
        submission: submission.to_string(),
        form: format!("{} v{}", case.form.id, case.form.version),
        device: case.device_id.to_string(),
        key_fingerprint: fingerprint(&record.device_public_key)
            .unwrap_or_else(|| tr.t("verify-unavailable")),
        signature: tr.t(if record.signature_verified {
            "verify-signature-ok"
        } else {
            "verify-signature-bad"
        }),
        key_first_seen: tr.t(if record.key_matches_first_seen {
            "verify-first-seen-ok"
        } else {
            "verify-first-seen-bad"
        }),
        finalized: case.finalized_at_text(),
        received: record.received_at.clone(),
        pulled: record
            .pulled_at
            .clone()
            .unwrap_or_else(|| tr.t("verify-not-recorded")),
        attachments: case
            .attachments
            .iter()
            .map(|attachment| AttachmentLine {
                name: cut(attachment.file_name.clone().unwrap_or_default()),
                media_type: cut(attachment.media_type.clone()),
                size: attachment.size,
                sha256: attachment.sha256.clone(),
            })
            .collect(),
        consents: consents
            .into_iter()
            .map(|record| ConsentLine {
                purpose: tr.t(&format!("consent-{}", record.purpose)),
                granted: tr.t(if record.granted { "yes" } else { "no" }),
                at: case::format_timestamp(record.at),
            })
            .collect(),
        generated: case::format_timestamp(case::now()),
        by: unlocked.staff.to_string(),
    };
    drop(guard);
    render(&page)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Redaction;
    use serde_json::json;
    use std::collections::BTreeMap;
    use wave_core::case::{CaseId, ConsentRecord, FormRef};

    fn case(seq: i64, un: bool, answers: Value) -> ArchivedCase {
        ArchivedCase {
            submission_id: Uuid::new_v4(),
            seq,
            device_id: Uuid::new_v4(),
            received_at: "2026-06-01T10:00:00Z".into(),
            signature_verified: true,
            archive_case_id: CaseId::generate(),
            case_id: format!("case-{seq}"),
            version: 1,
            form: FormRef {
                id: "police-violence".into(),
                version: 2,
            },
            finalized_at: 0,
            answers: answers.as_object().cloned().unwrap_or_default(),
            consents: vec![ConsentRecord {
                seq: 1,
                purpose: "un".into(),
                granted: un,
                at: 0,
            }],
            attachments: vec![],
        }
    }

    #[test]
    fn only_reviewed_redactions_of_cases_consenting_to_un_use_are_quoted() {
        let forms = Forms::builtin().unwrap();
        let catalog = super::super::i18n::Catalog::new().unwrap();
        let tr = catalog.tr("en");
        let story = |text: &str| {
            json!({"country": "kz", "code_name": "Aigerim", "own_words": text,
                   "incident_date": {"value": "2026-03-02", "precision": "exact"}})
        };
        let reviewed = case(1, true, story("Aigerim was stopped on Abay street"));
        let unreviewed = case(2, true, story("Dana was beaten"));
        let refused = case(3, false, story("Saule was searched"));
        let untouched = case(4, true, story("Madina original"));
        let mut data = CaseData::build(
            vec![
                reviewed.clone(),
                unreviewed.clone(),
                refused.clone(),
                untouched,
            ],
            &forms,
        );
        let redaction = |case: &ArchivedCase, text: &str, reviewed: bool| Redaction {
            submission_id: case.submission_id,
            texts: BTreeMap::from([("own_words".to_owned(), text.to_owned())]),
            reviewed,
            by: "Olena".into(),
            at: "2026-06-02T10:00:00Z".into(),
        };
        for entry in [
            redaction(&reviewed, "[name] was stopped on [street]", true),
            redaction(&unreviewed, "[name] was beaten", false),
            redaction(&refused, "[name] was searched", true),
        ] {
            data.redactions.insert(entry.submission_id, entry);
        }
        let quoted = quotations(&data, &forms, &Filter::default(), &tr);
        assert_eq!(quoted.len(), 1);
        assert_eq!(quoted[0].text, "[name] was stopped on [street]");
        assert_eq!(quoted[0].source, "2026-03 · Kazakhstan");
        let other_period = Filter {
            from: Some("2026-04".into()),
            ..Filter::default()
        };
        assert!(quotations(&data, &forms, &other_period, &tr).is_empty());
    }

    #[test]
    fn a_key_fingerprint_is_the_sha256_of_the_key() {
        let key = wave_protocol::encoding::encode_base64(&[7u8; 32]);
        let print = fingerprint(&key).unwrap();
        assert_eq!(print.len(), 64);
        assert_eq!(
            print,
            Sha256::digest([7u8; 32])
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect::<String>()
        );
        assert!(fingerprint("not base64!").is_none());
    }
}
