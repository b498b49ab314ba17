//! Legal follow-up in the page: a change to one case's status, referral, complaint, assignee,
//! due date or notes (appended to the archive's history, signed with the name typed at unlock),
//! and the follow-up page — counts by status and what is due.

use axum::Extension;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use wave_core::case;
use wave_protocol::Uuid;

use super::casepage::render_case;
use super::i18n::Tr;
use super::server::{Ctx, Shared, failure, hold, render, see_other};
use super::templates::{Chrome, DueRow, FollowupPage, StatusCount};
use crate::{FollowupEntry, FollowupStatus};

#[derive(Deserialize)]
pub struct ChangeForm {
    status: Option<String>,
    referred_to: Option<String>,
    complaint_to: Option<String>,
    assignee: Option<String>,
    due: Option<String>,
    note: Option<String>,
}

fn given(field: Option<String>) -> Option<String> {
    field
        .map(|text| text.trim().to_owned())
        .filter(|text| !text.is_empty())
}

/// What an entry changed, in words.
pub fn describe(entry: &FollowupEntry, tr: &Tr<'_>) -> Vec<String> {
    let mut what = Vec::new();
    if let Some(status) = entry.status {
        what.push(format!(
            "{}: {}",
            tr.t("followup-status"),
            tr.t(&format!("status-{}", status.as_str()))
        ));
    }
    if let Some(to) = &entry.referred_to {
        what.push(format!(
            "{}: {}",
            tr.t("followup-referred-to"),
            tr.t(&format!("referral-{to}"))
        ));
    }
    if let Some(to) = &entry.complaint_to {
        what.push(format!(
            "{}: {}",
            tr.t("followup-complaint-to"),
            tr.t(&format!("complaint-{to}"))
        ));
    }
    if let Some(assignee) = &entry.assignee {
        what.push(format!("{}: {assignee}", tr.t("followup-assignee")));
    }
    if let Some(due) = &entry.due {
        what.push(format!("{}: {due}", tr.t("followup-due")));
    }
    what
}

/// `POST /case/{submission}/followup`.
pub async fn change(
    State(state): State<Shared>,
    Extension(ctx): Extension<Ctx>,
    Path(submission): Path<String>,
    Form(form): Form<ChangeForm>,
) -> Response {
    let Ok(submission) = submission.parse::<Uuid>() else {
        return failure(&state, &ctx, StatusCode::NOT_FOUND, "case-not-found");
    };
    let appended = {
        let mut guard = hold(&state.vault);
        let Some(unlocked) = guard.as_mut() else {
            return see_other("/");
        };
        let Some(&position) = unlocked.data.by_submission.get(&submission) else {
            drop(guard);
            return failure(&state, &ctx, StatusCode::NOT_FOUND, "case-not-found");
        };
        let entry = FollowupEntry {
            case_id: unlocked.data.cases[position].case_id.clone(),
            at: case::format_timestamp(case::now()),
            by: unlocked.staff.to_string(),
            status: given(form.status.clone()).and_then(|text| FollowupStatus::parse(&text)),
            referred_to: given(form.referred_to),
            complaint_to: given(form.complaint_to),
            assignee: given(form.assignee),
            due: given(form.due),
            note: given(form.note),
        };
        if given(form.status).is_some() && entry.status.is_none() {
            Err("followup-invalid")
        } else {
            match unlocked.archive.append_followup(&entry) {
                Ok(()) => {
                    let mut history = std::mem::take(&mut unlocked.data.history);
                    history.push(entry);
                    unlocked.data.set_history(history);
                    Ok(())
                }
                Err(wave_core::Error::InvalidInput(_)) => Err("followup-invalid"),
                Err(_) => Err("followup-not-saved"),
            }
        }
    };
    match appended {
        Ok(()) => see_other(&format!("/case/{submission}#followup")),
        Err(message) => {
            let text = state.catalog.tr(ctx.lang).t(message);
            let mut response = render_case(&state, &ctx, submission, Some(text));
            *response.status_mut() = StatusCode::BAD_REQUEST;
            response
        }
    }
}

/// `GET /followup`: counts by status, and every open case with a due date, soonest first.
pub async fn page(State(state): State<Shared>, Extension(ctx): Extension<Ctx>) -> Response {
    let tr = state.catalog.tr(ctx.lang);
    let guard = hold(&state.vault);
    let Some(unlocked) = guard.as_ref() else {
        return see_other("/");
    };
    let data = &unlocked.data;
    let today = case::format_timestamp(case::now())
        .get(..10)
        .unwrap_or("")
        .to_owned();
    let mut counts = vec![0usize; FollowupStatus::ALL.len()];
    let mut due = Vec::new();
    let mut supported = 0;
    for facets in &data.latest {
        let case = &data.cases[facets.case];
        let status = data.status(&case.case_id);
        if let Some(slot) = FollowupStatus::ALL.iter().position(|s| *s == status) {
            counts[slot] += 1;
        }
        if status > FollowupStatus::Reviewed {
            supported += 1;
        }
        if let Some(followup) = data.followup.get(&case.case_id)
            && let Some(date) = &followup.due
            && status != FollowupStatus::Closed
        {
            due.push(DueRow {
                url: format!("/case/{}", case.submission_id),
                code_name: super::casepage::cut(
                    case.answers
                        .get("code_name")
                        .and_then(serde_json::Value::as_str)
                        .unwrap_or("")
                        .chars()
                        .take(300)
                        .collect(),
                ),
                due: date.clone(),
                overdue: date.as_str() < today.as_str(),
                status: tr.t(&format!("status-{}", status.as_str())),
                assignee: followup.assignee.clone().unwrap_or_default(),
            });
        }
    }
    due.sort_by(|a, b| a.due.cmp(&b.due));
    let page = FollowupPage {
        chrome: Chrome::new(&state, &ctx),
        t: tr,
        counts: FollowupStatus::ALL
            .iter()
            .zip(counts)
            .map(|(status, count)| StatusCount {
                label: tr.t(&format!("status-{}", status.as_str())),
                count,
                url: format!("/inbox?status={}", status.as_str()),
            })
            .collect(),
        due,
        supported,
    };
    render(&page)
}
