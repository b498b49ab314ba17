//! The redaction editor on a case version: each narrative answer (the form's long-text items)
//! beside a copy staff rewrite without names, places, dates or anything else that could identify
//! someone, and a mark that they reviewed the result. A save appends to the archive's sealed,
//! append-only redaction history (who and when are recorded); the original answer is never
//! changed. A save without the mark leaves the version unreviewed, so a UN report does not
//! quote it.

use std::collections::BTreeMap;

use axum::Extension;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::Value;
use wave_core::case;
use wave_core::form::{Form as Checklist, ItemKind};
use wave_protocol::Uuid;
use zeroize::Zeroize;

use super::i18n::Tr;
use super::server::{AppState, Ctx, Shared, failure, hold, render, see_other};
use super::templates::Chrome;
use crate::{ArchivedCase, MAX_REDACTED, Redaction};

/// The narrative answers of `case` a report may quote once redacted: its long-text items, in
/// form order, with their labels in `tr`'s language.
pub fn narratives<'c>(
    case: &'c ArchivedCase,
    form: Option<&Checklist>,
    tr: &Tr<'_>,
) -> Vec<(String, String, &'c str)> {
    let Some(form) = form else {
        return Vec::new();
    };
    form.items()
        .iter()
        .filter(|item| item.repeat.is_none() && matches!(item.kind, ItemKind::LongText))
        .filter_map(|item| {
            let text = case.answers.get(&item.id).and_then(Value::as_str)?;
            (!text.trim().is_empty()).then(|| {
                (
                    item.id.clone(),
                    form.text(&item.label, tr.lang).to_owned(),
                    text,
                )
            })
        })
        .collect()
}

pub struct RedactField {
    pub item: String,
    pub label: String,
    pub original: String,
    pub redacted: String,
}

#[derive(askama::Template)]
#[template(path = "workspace/redact.html")]
pub struct RedactPage<'a> {
    pub chrome: Chrome,
    pub t: Tr<'a>,
    pub submission: String,
    pub code_name: String,
    pub version: u32,
    pub fields: Vec<RedactField>,
    pub reviewed: bool,
    pub saved_by: String,
    pub saved_at: String,
    pub saved: bool,
    pub error: Option<String>,
    pub max: usize,
}

fn render_editor(
    state: &AppState,
    ctx: &Ctx,
    submission: Uuid,
    error: Option<String>,
    status: StatusCode,
) -> Response {
    let tr = state.catalog.tr(ctx.lang);
    let chrome = Chrome::new(state, ctx);
    let guard = hold(&state.vault);
    let Some(unlocked) = guard.as_ref() else {
        return see_other("/");
    };
    let data = &unlocked.data;
    let Some(&position) = data.by_submission.get(&submission) else {
        drop(guard);
        return failure(state, ctx, StatusCode::NOT_FOUND, "case-not-found");
    };
    let case = &data.cases[position];
    let form = state.forms.for_case(&case.form);
    let current = data.redactions.get(&submission);
    let fields = narratives(case, form, &tr)
        .into_iter()
        .map(|(item, label, original)| RedactField {
            redacted: current
                .and_then(|redaction| redaction.texts.get(&item))
                .cloned()
                .unwrap_or_else(|| original.to_owned()),
            original: original.to_owned(),
            item,
            label,
        })
        .collect();
    let page = RedactPage {
        chrome,
        t: tr,
        submission: submission.to_string(),
        code_name: case
            .answers
            .get("code_name")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned(),
        version: case.version,
        fields,
        reviewed: current.is_some_and(|redaction| redaction.reviewed),
        saved_by: current.map(|r| r.by.clone()).unwrap_or_default(),
        saved_at: current.map(|r| r.at.clone()).unwrap_or_default(),
        saved: current.is_some(),
        error,
        max: MAX_REDACTED,
    };
    drop(guard);
    let mut response = render(&page);
    *response.status_mut() = status;
    response
}

fn parse(submission: &str) -> Option<Uuid> {
    submission.parse().ok()
}

/// `GET /case/{submission}/redact`.
pub async fn page(
    State(state): State<Shared>,
    Extension(ctx): Extension<Ctx>,
    Path(submission): Path<String>,
) -> Response {
    let Some(submission) = parse(&submission) else {
        return failure(&state, &ctx, StatusCode::NOT_FOUND, "case-not-found");
    };
    render_editor(&state, &ctx, submission, None, StatusCode::OK)
}

/// `POST /case/{submission}/redact`: fields `text:ITEM` for each narrative, `reviewed` when
/// the staff member marks the texts reviewed.
pub async fn save(
    State(state): State<Shared>,
    Extension(ctx): Extension<Ctx>,
    Path(submission): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let Some(submission) = parse(&submission) else {
        return failure(&state, &ctx, StatusCode::NOT_FOUND, "case-not-found");
    };
    let tr = state.catalog.tr(ctx.lang);
    let saved = {
        let mut guard = hold(&state.vault);
        let Some(unlocked) = guard.as_mut() else {
            return see_other("/");
        };
        let Some(&position) = unlocked.data.by_submission.get(&submission) else {
            drop(guard);
            return failure(&state, &ctx, StatusCode::NOT_FOUND, "case-not-found");
        };
        let case = &unlocked.data.cases[position];
        let allowed: Vec<String> = narratives(case, state.forms.for_case(&case.form), &tr)
            .into_iter()
            .map(|(item, _, _)| item)
            .collect();
        let mut texts = BTreeMap::new();
        let mut reviewed = false;
        let mut unknown = false;
        for (name, value) in fields {
            if let Some(item) = name.strip_prefix("text:") {
                if allowed.iter().any(|known| known == item) {
                    // Browsers send CRLF from a textarea; the report keeps the lines.
                    texts.insert(item.to_owned(), value.replace("\r\n", "\n"));
                } else {
                    unknown = true;
                }
            } else if name == "reviewed" {
                reviewed = value == "yes";
            }
        }
        let entry = Redaction {
            submission_id: submission,
            texts,
            reviewed,
            by: unlocked.staff.to_string(),
            at: case::format_timestamp(case::now()),
        };
        if unknown {
            Err("redact-invalid")
        } else {
            match unlocked.archive.append_redaction(&entry) {
                Ok(()) => {
                    if let Some(mut replaced) = unlocked.data.redactions.insert(submission, entry) {
                        replaced.by.zeroize();
                        replaced.texts.values_mut().for_each(Zeroize::zeroize);
                    }
                    Ok(())
                }
                Err(wave_core::Error::InvalidInput(_)) => Err("redact-invalid"),
                Err(_) => Err("redact-not-saved"),
            }
        }
    };
    match saved {
        Ok(()) => see_other(&format!("/case/{submission}/redact#saved")),
        Err(message) => render_editor(
            &state,
            &ctx,
            submission,
            Some(tr.t(message)),
            StatusCode::BAD_REQUEST,
        ),
    }
}
