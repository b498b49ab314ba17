//! One case: its answers laid out by checklist section with the question and choice labels in
//! the staff's language (from the case's own form version), repeat groups as tables, every
//! version with what changed, the consent history, the attachments, the verification record
//! and the follow-up. Attachments are shown inline only when their bytes are an allowed image,
//! audio or video type (looked at, never taken from the declared type); anything else —
//! SVG and HTML included — is only ever a download.

use std::io::Write;

use axum::Extension;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::Value;
use sha2::{Digest, Sha256};
use wave_core::case;
use wave_core::form::{Form, Item, ItemKind};
use wave_protocol::Uuid;

use super::i18n::Tr;
use super::inbox::{CaseData, choice_label};
use super::server::{AppState, Ctx, Shared, failure, hold, render, see_other};
use super::templates::{
    AttachmentView, CasePage, Change, Chrome, ConsentView, Field, HistoryView, Option_,
    SectionView, Table, Verification, VersionView,
};
use crate::{ArchivedCase, COMPLAINTS, FollowupStatus, REFERRALS};

/// The most of an answer a table cell or a diff shows; the page must stay usable whatever a
/// device sent. The full text is in the exports.
const MAX_SHOWN: usize = 10_000;

/// What the first bytes of a file are, if an allowed inline type: (kind, media type).
pub fn sniff(head: &[u8]) -> Option<(&'static str, &'static str)> {
    let starts = |magic: &[u8]| head.starts_with(magic);
    let at = |offset: usize, magic: &[u8]| head.get(offset..offset + magic.len()) == Some(magic);
    if starts(&[0xFF, 0xD8, 0xFF]) {
        return Some(("image", "image/jpeg"));
    }
    if starts(b"\x89PNG\r\n\x1a\n") {
        return Some(("image", "image/png"));
    }
    if starts(b"GIF87a") || starts(b"GIF89a") {
        return Some(("image", "image/gif"));
    }
    if starts(b"RIFF") && at(8, b"WEBP") {
        return Some(("image", "image/webp"));
    }
    if starts(b"RIFF") && at(8, b"WAVE") {
        return Some(("audio", "audio/wav"));
    }
    if starts(b"OggS") {
        return Some(("audio", "audio/ogg"));
    }
    if starts(b"fLaC") {
        return Some(("audio", "audio/flac"));
    }
    if starts(b"ID3") || (head.len() > 1 && head[0] == 0xFF && head[1] & 0xE0 == 0xE0) {
        return Some(("audio", "audio/mpeg"));
    }
    if at(4, b"ftyp") {
        if at(8, b"M4A ") {
            return Some(("audio", "audio/mp4"));
        }
        return Some(("video", "video/mp4"));
    }
    if starts(&[0x1A, 0x45, 0xDF, 0xA3]) {
        return Some(("video", "video/webm"));
    }
    None
}

/// Keeps the first bytes written and counts the rest without keeping them.
struct Head {
    bytes: Vec<u8>,
}

impl Write for Head {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let room = 32usize.saturating_sub(self.bytes.len());
        self.bytes.extend_from_slice(&buf[..room.min(buf.len())]);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Makes invisible formatting characters visible by their code point (`⟦U+202E⟧`): a right-to-left override can
/// make `gnp.exe` read as `exe.png`, and zero-width characters hide inside names; staff
/// checking a record should see them, not be fooled by them.
pub fn reveal(text: &str) -> String {
    let hidden = |c: char| matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}');
    if !text.chars().any(hidden) {
        return text.to_owned();
    }
    text.chars()
        .map(|c| {
            if hidden(c) {
                format!("⟦U+{:04X}⟧", u32::from(c))
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// An answer or name as shown: invisible controls revealed, and cut to [`MAX_SHOWN`].
pub fn cut(text: String) -> String {
    let mut text = reveal(&text);
    if text.len() > MAX_SHOWN {
        let mut end = MAX_SHOWN;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
        text.push('…');
    }
    text
}

/// An answer as text, by its item: choice labels, yes/no, dates with their precision, places.
fn display(form: Option<&Form>, item: Option<&Item>, value: &Value, tr: &Tr<'_>) -> String {
    let label = |code: &str| match (form, item) {
        (Some(form), Some(item)) => choice_label(Some(form), &item.id, code, tr.lang),
        _ => code.to_owned(),
    };
    let text = match (item.map(|item| &item.kind), value) {
        (_, Value::Null) => String::new(),
        (_, Value::Bool(yes)) => tr.t(if *yes { "yes" } else { "no" }),
        (Some(ItemKind::Single { .. }), Value::String(code)) => label(code),
        (Some(ItemKind::Multi { .. }), Value::Array(codes)) => codes
            .iter()
            .map(|code| match code {
                Value::String(code) => label(code),
                other => other.to_string(),
            })
            .collect::<Vec<_>>()
            .join(", "),
        (Some(ItemKind::Date { .. }), Value::Object(date)) => {
            let day = date.get("value").and_then(Value::as_str).unwrap_or("");
            match date.get("precision").and_then(Value::as_str) {
                Some(precision) if precision != "exact" => {
                    format!("{day} ({})", tr.t(&format!("precision-{precision}")))
                }
                _ => day.to_owned(),
            }
        }
        (Some(ItemKind::Location), Value::Object(place)) => {
            match (
                place.get("lat").and_then(Value::as_f64),
                place.get("lon").and_then(Value::as_f64),
            ) {
                (Some(lat), Some(lon)) => format!("{lat:.5}, {lon:.5}"),
                _ => value.to_string(),
            }
        }
        (_, Value::String(text)) => text.clone(),
        (_, Value::Number(number)) => number.to_string(),
        (_, other) => other.to_string(),
    };
    cut(text)
}

/// The answers by section, in form order; answers the form does not know come last.
fn sections(case: &ArchivedCase, form: Option<&Form>, tr: &Tr<'_>) -> Vec<SectionView> {
    let mut shown = std::collections::HashSet::new();
    let mut out = Vec::new();
    if let Some(form) = form {
        for section in form.sections() {
            let mut fields = Vec::new();
            for idx in &section.items {
                let Some(item) = form.item(*idx) else {
                    continue;
                };
                let Some(value) = case.answers.get(&item.id) else {
                    continue;
                };
                shown.insert(item.id.as_str());
                let label = cut(form.text(&item.label, tr.lang).to_owned());
                if let ItemKind::Repeat { items, .. } = &item.kind {
                    let inner: Vec<&Item> =
                        items.iter().filter_map(|idx| form.item(*idx)).collect();
                    let rows = value
                        .as_array()
                        .map(|instances| {
                            instances
                                .iter()
                                .map(|instance| {
                                    inner
                                        .iter()
                                        .map(|item| {
                                            instance
                                                .get(&item.id)
                                                .map(|value| {
                                                    display(Some(form), Some(item), value, tr)
                                                })
                                                .unwrap_or_default()
                                        })
                                        .collect()
                                })
                                .collect()
                        })
                        .unwrap_or_default();
                    fields.push(Field {
                        label,
                        value: String::new(),
                        table: Some(Table {
                            columns: inner
                                .iter()
                                .map(|item| form.text(&item.label, tr.lang).to_owned())
                                .collect(),
                            rows,
                        }),
                    });
                } else {
                    fields.push(Field {
                        label,
                        value: display(Some(form), Some(item), value, tr),
                        table: None,
                    });
                }
            }
            if !fields.is_empty() {
                out.push(SectionView {
                    title: form.text(&section.label, tr.lang).to_owned(),
                    fields,
                });
            }
        }
    }
    let other: Vec<Field> = case
        .answers
        .iter()
        .filter(|(id, _)| !shown.contains(id.as_str()))
        .map(|(id, value)| Field {
            label: cut(id.clone()),
            value: display(None, None, value, tr),
            table: None,
        })
        .collect();
    if !other.is_empty() {
        out.push(SectionView {
            title: tr.t("case-other-answers"),
            fields: other,
        });
    }
    out
}

/// What changed from `before` to `after`, item by item.
fn changes(
    before: &ArchivedCase,
    after: &ArchivedCase,
    form: Option<&Form>,
    tr: &Tr<'_>,
) -> Vec<Change> {
    let mut ids: Vec<&String> = before.answers.keys().chain(after.answers.keys()).collect();
    ids.sort();
    ids.dedup();
    ids.into_iter()
        .filter(|id| before.answers.get(*id) != after.answers.get(*id))
        .map(|id| {
            let item = form.and_then(|form| form.item_idx(id).and_then(|idx| form.item(idx)));
            let show = |case: &ArchivedCase| {
                case.answers
                    .get(id)
                    .map(|value| display(form, item, value, tr))
                    .unwrap_or_else(|| "—".to_owned())
            };
            Change {
                label: match (form, item) {
                    (Some(form), Some(item)) => form.text(&item.label, tr.lang).to_owned(),
                    _ => cut(id.clone()),
                },
                before: show(before),
                after: show(after),
            }
        })
        .collect()
}

fn status_options(tr: &Tr<'_>) -> Vec<Option_> {
    FollowupStatus::ALL
        .iter()
        .map(|status| Option_ {
            value: status.as_str().to_owned(),
            label: tr.t(&format!("status-{}", status.as_str())),
            selected: false,
        })
        .collect()
}

fn named_options(tr: &Tr<'_>, prefix: &str, values: &[&str]) -> Vec<Option_> {
    values
        .iter()
        .map(|value| Option_ {
            value: (*value).to_owned(),
            label: tr.t(&format!("{prefix}-{value}")),
            selected: false,
        })
        .collect()
}

/// Looks at attachment `index` of the case at `position` (once; remembered until lock).
fn sniffed(
    data: &mut CaseData,
    store: &wave_core::store::Store,
    position: usize,
    index: usize,
) -> Option<(&'static str, &'static str)> {
    let case = &data.cases[position];
    let key = (case.submission_id, index);
    if let Some(known) = data.sniffed.get(&key) {
        return known.and_then(sniff_media);
    }
    let attachment = case.attachments.get(index)?;
    let mut head = Head { bytes: Vec::new() };
    let found = case::read_attachment(
        store,
        case.archive_case_id,
        attachment.archive_id,
        &mut head,
    )
    .ok()
    .and_then(|_| sniff(&head.bytes));
    data.sniffed.insert(key, found.map(|(_, media)| media));
    found
}

fn sniff_media(media: &'static str) -> Option<(&'static str, &'static str)> {
    let kind = media.split('/').next()?;
    let kind = match kind {
        "image" => "image",
        "audio" => "audio",
        "video" => "video",
        _ => return None,
    };
    Some((kind, media))
}

/// Renders the case page for `submission`; `error` is a follow-up form refusal to show.
pub fn render_case(
    state: &AppState,
    ctx: &Ctx,
    submission: Uuid,
    error: Option<String>,
) -> Response {
    let tr = state.catalog.tr(ctx.lang);
    let mut guard = hold(&state.vault);
    let Some(unlocked) = guard.as_mut() else {
        return see_other("/");
    };
    let Some(&position) = unlocked.data.by_submission.get(&submission) else {
        drop(guard);
        return failure(state, ctx, StatusCode::NOT_FOUND, "case-not-found");
    };
    let record = unlocked.archive.submission_record(submission);
    let attachment_count = unlocked.data.cases[position].attachments.len();
    let kinds: Vec<_> = (0..attachment_count)
        .map(|index| {
            sniffed(
                &mut unlocked.data,
                unlocked.archive.store(),
                position,
                index,
            )
        })
        .collect();
    let data = &unlocked.data;
    let case = &data.cases[position];
    let form = state.forms.for_case(&case.form);
    let versions = data
        .versions
        .get(&case.case_id)
        .cloned()
        .unwrap_or_default();
    let latest = versions.last() == Some(&position);
    let version_views = versions
        .iter()
        .enumerate()
        .rev()
        .map(|(n, &at)| {
            let version = &data.cases[at];
            VersionView {
                version: version.version,
                url: format!("/case/{}", version.submission_id),
                received: version.received_at.clone(),
                finalized: version.finalized_at_text(),
                current: at == position,
                changes: match n.checked_sub(1).map(|previous| versions[previous]) {
                    Some(previous) => changes(&data.cases[previous], version, form, &tr),
                    None => Vec::new(),
                },
            }
        })
        .collect();
    let mut consents: Vec<_> = case.consents.iter().collect();
    consents.sort_by_key(|record| record.seq);
    let consents = consents
        .into_iter()
        .map(|record| ConsentView {
            purpose: tr
                .t(&format!("consent-{}", record.purpose))
                .replace("consent-", ""),
            granted: tr.t(if record.granted { "yes" } else { "no" }),
            at: case::format_timestamp(record.at),
        })
        .collect();
    let verification = match &record {
        Ok(record) => Verification {
            signature: tr.t(if record.signature_verified {
                "verify-signature-ok"
            } else {
                "verify-signature-bad"
            }),
            key_fingerprint: wave_protocol::encoding::decode_base64(&record.device_public_key)
                .map(|key| {
                    Sha256::digest(&key)
                        .iter()
                        .map(|byte| format!("{byte:02x}"))
                        .collect()
                })
                .unwrap_or_default(),
            key_first_seen: tr.t(if record.key_matches_first_seen {
                "verify-first-seen-ok"
            } else {
                "verify-first-seen-bad"
            }),
            received: record.received_at.clone(),
            pulled: record
                .pulled_at
                .clone()
                .unwrap_or_else(|| tr.t("verify-not-recorded")),
            device: case.device_id.to_string(),
        },
        Err(_) => Verification {
            signature: tr.t("verify-unavailable"),
            key_fingerprint: String::new(),
            key_first_seen: tr.t("verify-unavailable"),
            received: case.received_at.clone(),
            pulled: tr.t("verify-not-recorded"),
            device: case.device_id.to_string(),
        },
    };
    let attachments = case
        .attachments
        .iter()
        .enumerate()
        .map(|(index, attachment)| {
            let (kind, media_type) = kinds[index].unwrap_or(("", "application/octet-stream"));
            AttachmentView {
                url: format!("/case/{}/attachment/{index}", case.submission_id),
                name: cut(attachment.file_name.clone().unwrap_or_default()),
                declared: cut(attachment.media_type.clone()),
                size: attachment.size,
                sha256: attachment.sha256.clone(),
                kind,
                media_type,
            }
        })
        .collect();
    let state_now = data
        .followup
        .get(&case.case_id)
        .cloned()
        .unwrap_or_default();
    let history = data
        .history
        .iter()
        .filter(|entry| entry.case_id == case.case_id)
        .map(|entry| HistoryView {
            at: entry.at.clone(),
            by: cut(entry.by.clone()),
            what: super::followup::describe(entry, &tr),
            note: cut(entry.note.clone().unwrap_or_default()),
        })
        .collect();
    let page = CasePage {
        chrome: Chrome::new(state, ctx),
        t: tr,
        code_name: cut(case
            .answers
            .get("code_name")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned()),
        case_id: cut(case.case_id.clone()),
        version: case.version,
        form: form
            .map(|form| format!("{} v{}", form.title(tr.lang), case.form.version))
            .unwrap_or_else(|| cut(format!("{} v{}", case.form.id, case.form.version))),
        latest,
        submission: case.submission_id.to_string(),
        sections: sections(case, form, &tr),
        attachments,
        versions: version_views,
        consents,
        verification,
        status: tr.t(&format!("status-{}", state_now.status.as_str())),
        referred_to: state_now
            .referred_to
            .map(|to| tr.t(&format!("referral-{to}")))
            .unwrap_or_default(),
        complaint_to: state_now
            .complaint_to
            .map(|to| tr.t(&format!("complaint-{to}")))
            .unwrap_or_default(),
        assignee: cut(state_now.assignee.unwrap_or_default()),
        due: state_now.due.unwrap_or_default(),
        history,
        statuses: status_options(&tr),
        referrals: named_options(&tr, "referral", &REFERRALS),
        complaints: named_options(&tr, "complaint", &COMPLAINTS),
        error,
    };
    render(&page)
}

/// `GET /case/{submission}`.
pub async fn page(
    State(state): State<Shared>,
    Extension(ctx): Extension<Ctx>,
    Path(submission): Path<String>,
) -> Response {
    let Ok(submission) = submission.parse::<Uuid>() else {
        return failure(&state, &ctx, StatusCode::NOT_FOUND, "case-not-found");
    };
    render_case(&state, &ctx, submission, None)
}

#[derive(Deserialize)]
pub struct AttachmentQuery {
    download: Option<String>,
}

/// `GET /case/{submission}/attachment/{index}`: the decrypted bytes, from memory. Inline with
/// the sniffed type when allowed, else (or when asked) a download.
pub async fn attachment(
    State(state): State<Shared>,
    Extension(ctx): Extension<Ctx>,
    Path((submission, index)): Path<(String, usize)>,
    Query(query): Query<AttachmentQuery>,
) -> Response {
    let Ok(submission) = submission.parse::<Uuid>() else {
        return failure(&state, &ctx, StatusCode::NOT_FOUND, "case-not-found");
    };
    let guard = hold(&state.vault);
    let Some(unlocked) = guard.as_ref() else {
        return see_other("/");
    };
    let Some(case) = unlocked
        .data
        .by_submission
        .get(&submission)
        .map(|&position| &unlocked.data.cases[position])
    else {
        drop(guard);
        return failure(&state, &ctx, StatusCode::NOT_FOUND, "case-not-found");
    };
    let Some(attachment) = case.attachments.get(index) else {
        drop(guard);
        return failure(&state, &ctx, StatusCode::NOT_FOUND, "case-not-found");
    };
    let mut bytes = Vec::with_capacity(usize::try_from(attachment.size).unwrap_or(0).min(1 << 26));
    let read = case::read_attachment(
        unlocked.archive.store(),
        case.archive_case_id,
        attachment.archive_id,
        &mut bytes,
    );
    let name = download_name(attachment.file_name.as_deref(), index);
    drop(guard);
    if read.is_err() {
        return failure(
            &state,
            &ctx,
            StatusCode::INTERNAL_SERVER_ERROR,
            "attachment-damaged",
        );
    }
    let inline = sniff(&bytes).filter(|_| query.download.is_none());
    let (content_type, disposition) = match inline {
        Some((_, media)) => (media.to_owned(), "inline".to_owned()),
        None => (
            "application/octet-stream".to_owned(),
            format!("attachment; filename=\"{name}\""),
        ),
    };
    let mut response = (StatusCode::OK, bytes).into_response();
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&content_type) {
        headers.insert(header::CONTENT_TYPE, value);
    }
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    // Should a browser ever render it as a document, a sandboxed one runs nothing.
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(super::headers::ATTACHMENT_CSP),
    );
    response
}

/// A download file name that cannot break the header: ASCII letters, digits, `.`, `-` and `_`
/// from the device's name (at most 80), or `attachment-N`.
pub fn download_name(name: Option<&str>, index: usize) -> String {
    let cleaned: String = name
        .unwrap_or("")
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
        .take(80)
        .collect();
    let cleaned = cleaned.trim_start_matches('.').to_owned();
    if cleaned.is_empty() {
        format!("attachment-{}", index + 1)
    } else {
        cleaned
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_real_image_audio_and_video_bytes_are_inline() {
        assert_eq!(sniff(b"\xFF\xD8\xFF\xE0rest").unwrap().1, "image/jpeg");
        assert_eq!(sniff(b"RIFF\0\0\0\0WAVEfmt ").unwrap().0, "audio");
        assert_eq!(sniff(b"OggS\0\x02").unwrap().1, "audio/ogg");
        assert_eq!(sniff(b"\0\0\0\x18ftypmp42").unwrap().0, "video");
        for hostile in [
            &b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"[..],
            b"<!doctype html><script>alert(1)</script>",
            b"%PDF-1.7",
            b"",
            b"RIFF",
        ] {
            assert_eq!(sniff(hostile), None);
        }
    }

    #[test]
    fn invisible_controls_are_revealed_and_long_text_is_cut() {
        assert_eq!(reveal("\u{202E}gnp.exe"), "⟦U+202E⟧gnp.exe");
        assert_eq!(reveal("a\u{200B}b"), "a⟦U+200B⟧b");
        assert_eq!(reveal("Олена"), "Олена");
        let long = cut("Ж".repeat(MAX_SHOWN));
        assert!(long.len() <= MAX_SHOWN + '…'.len_utf8() && long.ends_with('…'));
    }

    #[test]
    fn download_names_cannot_break_the_header() {
        assert_eq!(download_name(Some("photo 1.jpg"), 0), "photo1.jpg");
        assert_eq!(download_name(Some("\"; x=\r\n.svg"), 0), "x.svg");
        assert_eq!(download_name(Some("\u{202e}gpj.exe"), 2), "gpj.exe");
        assert_eq!(download_name(Some("..."), 1), "attachment-2");
        assert_eq!(download_name(None, 0), "attachment-1");
    }
}
