//! The inbox: every case (its latest version) with filters — country, violation type, month
//! range, age group, follow-up status, consent, attachments — and full-text search over the
//! decrypted answers, through an inverted index built in memory at unlock and wiped at lock;
//! rejected submissions are listed with their reasons. [`CaseData`] is everything decrypted
//! that the workspace holds while unlocked.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use axum::Extension;
use axum::extract::{Query as QueryString, State};
use axum::response::Response;
use serde::Deserialize;
use serde_json::Value;
use wave_core::Result;
use wave_core::form::{Form, ItemKind};
use wave_protocol::Uuid;
use zeroize::Zeroize;

use super::server::{Ctx, Shared, render};
use super::templates::{Chrome, InboxPage, InboxRow, Option_, RejectedRow};
use crate::{
    Archive, ArchivedCase, FollowupEntry, FollowupState, FollowupStatus, Forms, RejectedSubmission,
    fold_followup, month_of,
};

/// Cases on one inbox page.
pub const PAGE_SIZE: usize = 50;
/// The consent purposes the inbox filters on.
pub const CONSENTS: [&str; 5] = ["statistics", "lawyer", "un", "media", "recontact"];
/// The longest word the index keeps; longer runs are cut (a pasted blob is not a word anyone
/// searches for, and it would bloat the index).
const MAX_TERM: usize = 40;

/// One case as the inbox filters it: its facets, read once at unlock.
pub struct Facets {
    /// Index into [`CaseData::cases`] of the latest version.
    pub case: usize,
    pub country: Option<String>,
    pub violations: Vec<String>,
    pub month: Option<String>,
    pub age: Option<String>,
    pub consents: Vec<&'static str>,
    pub attachments: bool,
}

/// Everything decrypted the workspace holds while unlocked: every archived version, the latest
/// one of each case with its facets, the search index, the follow-up history and the
/// rejections. Wiped when dropped (on lock).
#[derive(Default)]
pub struct CaseData {
    pub cases: Vec<ArchivedCase>,
    pub latest: Vec<Facets>,
    pub by_submission: HashMap<Uuid, usize>,
    /// Every version's index in `cases`, by the device's case id, oldest first.
    pub versions: HashMap<String, Vec<usize>>,
    index: BTreeMap<String, Vec<u32>>,
    pub history: Vec<FollowupEntry>,
    pub followup: HashMap<String, FollowupState>,
    pub rejected: Vec<RejectedSubmission>,
    /// What each attachment's bytes turned out to be, once looked at: (submission, index).
    pub sniffed: HashMap<(Uuid, usize), Option<&'static str>>,
    /// The redaction in force for each case version (for reports).
    pub redactions: HashMap<Uuid, crate::Redaction>,
}

impl std::fmt::Debug for CaseData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CaseData")
            .field("cases", &self.cases.len())
            .finish_non_exhaustive()
    }
}

impl CaseData {
    /// Decrypts the archive's cases, rejections and follow-up history, and indexes them.
    pub fn load(archive: &Archive, forms: &Forms) -> Result<CaseData> {
        let mut data = CaseData::build(archive.cases()?, forms);
        data.rejected = archive.rejected()?;
        data.set_history(archive.followup_history()?);
        data.redactions = crate::latest_redactions(archive.redaction_history()?);
        Ok(data)
    }

    /// Builds the facets and the index over `cases` (every version, in order of arrival).
    pub fn build(cases: Vec<ArchivedCase>, forms: &Forms) -> CaseData {
        let mut data = CaseData::default();
        data.cases = cases;
        let mut latest: HashMap<&str, usize> = HashMap::new();
        for (position, case) in data.cases.iter().enumerate() {
            data.by_submission.insert(case.submission_id, position);
            data.versions
                .entry(case.case_id.clone())
                .or_default()
                .push(position);
            let better = latest
                .get(case.case_id.as_str())
                .is_none_or(|&kept| case.version >= data.cases[kept].version);
            if better {
                latest.insert(case.case_id.as_str(), position);
            }
        }
        for positions in data.versions.values_mut() {
            positions.sort_by_key(|&position| (data.cases[position].version, position));
        }
        let mut order: Vec<usize> = latest.into_values().collect();
        // Newest arrivals first: what staff look at first.
        order.sort_by_key(|&position| std::cmp::Reverse(data.cases[position].seq));
        let mut index: BTreeMap<String, BTreeSet<u32>> = BTreeMap::new();
        for (row, &position) in order.iter().enumerate() {
            let case = &data.cases[position];
            let form = forms.for_case(&case.form);
            data.latest.push(facets(position, case, form));
            let mut terms = Vec::new();
            for (_, value) in case.answers.iter() {
                collect_terms(value, &mut terms);
            }
            for attachment in &case.attachments {
                if let Some(name) = &attachment.file_name {
                    tokenize(name, &mut terms);
                }
            }
            for term in terms {
                index.entry(term).or_default().insert(row as u32);
            }
        }
        data.index = index
            .into_iter()
            .map(|(term, rows)| (term, rows.into_iter().collect()))
            .collect();
        data
    }

    pub fn set_history(&mut self, history: Vec<FollowupEntry>) {
        self.followup = fold_followup(&history);
        self.history = history;
    }

    /// A case's follow-up status ("new" when nothing was recorded).
    pub fn status(&self, case_id: &str) -> FollowupStatus {
        self.followup
            .get(case_id)
            .map(|state| state.status)
            .unwrap_or(FollowupStatus::New)
    }

    /// Rows (into `latest`) whose answers hold every word of `text`, each as a word prefix.
    fn search(&self, text: &str) -> Option<BTreeSet<u32>> {
        let mut words = Vec::new();
        tokenize(text, &mut words);
        if words.is_empty() {
            return None;
        }
        let mut found: Option<BTreeSet<u32>> = None;
        for word in words {
            let mut rows = BTreeSet::new();
            for (_, postings) in self
                .index
                .range(word.clone()..)
                .take_while(|(term, _)| term.starts_with(word.as_str()))
            {
                rows.extend(postings.iter().copied());
            }
            found = Some(match found {
                Some(before) => before.intersection(&rows).copied().collect(),
                None => rows,
            });
        }
        found
    }

    /// The rows of `latest` matching `query`, in inbox order.
    pub fn filter(&self, query: &Query) -> Vec<usize> {
        let searched = query.text().and_then(|text| self.search(text));
        let wanted_status = query.value(&query.status).and_then(FollowupStatus::parse);
        self.latest
            .iter()
            .enumerate()
            .filter(|(row, facets)| {
                if let Some(rows) = &searched
                    && !rows.contains(&(*row as u32))
                {
                    return false;
                }
                let case = &self.cases[facets.case];
                matches_opt(query.value(&query.country), facets.country.as_deref())
                    && query
                        .value(&query.violation)
                        .is_none_or(|want| facets.violations.iter().any(|v| v == want))
                    && matches_opt(query.value(&query.age), facets.age.as_deref())
                    && query.value(&query.from).is_none_or(|from| {
                        facets.month.as_deref().is_some_and(|month| month >= from)
                    })
                    && query
                        .value(&query.to)
                        .is_none_or(|to| facets.month.as_deref().is_some_and(|month| month <= to))
                    && query
                        .value(&query.consent)
                        .is_none_or(|want| facets.consents.contains(&want))
                    && (query.value(&query.attachments).is_none() || facets.attachments)
                    && wanted_status.is_none_or(|want| self.status(&case.case_id) == want)
            })
            .map(|(row, _)| row)
            .collect()
    }
}

/// `2026-05-14 10:03` from an RFC 3339 time (UTC), for lists; anything else as it is, cut.
fn short_time(text: &str) -> String {
    match (text.get(..10), text.get(11..16)) {
        (Some(day), Some(minute)) if text.as_bytes().get(10) == Some(&b'T') => {
            format!("{day} {minute}")
        }
        _ => text.chars().take(40).collect(),
    }
}

fn matches_opt(want: Option<&str>, have: Option<&str>) -> bool {
    want.is_none_or(|want| have == Some(want))
}

impl Drop for CaseData {
    fn drop(&mut self) {
        for case in &mut self.cases {
            for (_, value) in case.answers.iter_mut() {
                wipe_value(value);
            }
            for attachment in &mut case.attachments {
                if let Some(name) = &mut attachment.file_name {
                    name.zeroize();
                }
            }
            case.case_id.zeroize();
        }
        let index = std::mem::take(&mut self.index);
        for (mut term, _) in index {
            term.zeroize();
        }
        for entry in &mut self.history {
            entry.case_id.zeroize();
            entry.by.zeroize();
            for text in [&mut entry.note, &mut entry.assignee].into_iter().flatten() {
                text.zeroize();
            }
        }
        for redaction in self.redactions.values_mut() {
            redaction.by.zeroize();
            redaction.texts.values_mut().for_each(Zeroize::zeroize);
        }
    }
}

/// Overwrites the answers of copies of cases made for one response (an export) before they
/// are freed.
pub fn wipe_cases(mut cases: Vec<ArchivedCase>) {
    for case in &mut cases {
        for (_, value) in case.answers.iter_mut() {
            wipe_value(value);
        }
    }
}

/// Overwrites every string inside an answer.
fn wipe_value(value: &mut Value) {
    match value {
        Value::String(text) => text.zeroize(),
        Value::Array(items) => items.iter_mut().for_each(wipe_value),
        Value::Object(map) => map.iter_mut().for_each(|(_, value)| wipe_value(value)),
        _ => {}
    }
}

fn facets(position: usize, case: &ArchivedCase, form: Option<&Form>) -> Facets {
    let text = |id: &str| {
        case.answers
            .get(id)
            .and_then(Value::as_str)
            .map(str::to_owned)
    };
    let violations = case
        .answers
        .get(crate::fields::VIOLATIONS_ITEM)
        .and_then(Value::as_array)
        .map(|codes| {
            codes
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    let consents = CONSENTS
        .into_iter()
        .filter(|purpose| consented(case, form, purpose))
        .collect();
    Facets {
        case: position,
        country: text(crate::fields::COUNTRY_ITEM),
        violations,
        month: case
            .answers
            .get(crate::fields::INCIDENT_DATE_ITEM)
            .and_then(month_of),
        age: text("age_group"),
        consents,
        attachments: !case.attachments.is_empty(),
    }
}

/// The consent in force for `purpose`: the latest record, else the answer to the form's consent
/// question for it.
pub fn consented(case: &ArchivedCase, form: Option<&Form>, purpose: &str) -> bool {
    if let Some(granted) = case.consent(purpose) {
        return granted;
    }
    form.and_then(|form| {
        form.items()
            .iter()
            .find(|item| item.consent() == Some(purpose))
    })
    .and_then(|item| case.answers.get(&item.id))
    .and_then(Value::as_bool)
    .unwrap_or(false)
}

fn collect_terms(value: &Value, terms: &mut Vec<String>) {
    match value {
        Value::String(text) => tokenize(text, terms),
        Value::Number(number) => terms.push(number.to_string()),
        Value::Array(items) => items.iter().for_each(|item| collect_terms(item, terms)),
        Value::Object(map) => map.values().for_each(|item| collect_terms(item, terms)),
        _ => {}
    }
}

/// Lower-cased runs of letters and digits, cut to [`MAX_TERM`] characters.
fn tokenize(text: &str, out: &mut Vec<String>) {
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        let word: String = word.chars().take(MAX_TERM).collect();
        out.push(word.to_lowercase());
    }
}

/// The inbox's query string.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct Query {
    pub q: Option<String>,
    pub country: Option<String>,
    pub violation: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub age: Option<String>,
    pub status: Option<String>,
    pub consent: Option<String>,
    pub attachments: Option<String>,
    pub rejected: Option<String>,
    pub page: Option<usize>,
}

impl Query {
    fn value<'a>(&self, field: &'a Option<String>) -> Option<&'a str> {
        field
            .as_deref()
            .map(str::trim)
            .filter(|text| !text.is_empty())
    }

    fn text(&self) -> Option<&str> {
        self.value(&self.q)
    }

    /// The query string of this query on another page.
    fn with_page(&self, page: usize) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        for (name, field) in [
            ("q", &self.q),
            ("country", &self.country),
            ("violation", &self.violation),
            ("from", &self.from),
            ("to", &self.to),
            ("age", &self.age),
            ("status", &self.status),
            ("consent", &self.consent),
            ("attachments", &self.attachments),
        ] {
            if let Some(value) = self.value(field) {
                pairs.push((name, value.to_owned()));
            }
        }
        pairs.push(("page", page.to_string()));
        serde_urlencoded::to_string(&pairs).unwrap_or_default()
    }
}

/// The label of choice `value` of item `item` in `lang`, or the value itself.
pub fn choice_label(form: Option<&Form>, item: &str, value: &str, lang: &str) -> String {
    form.and_then(|form| {
        let idx = form.item_idx(item)?;
        form.choices(idx)
            .iter()
            .find(|choice| choice.value == value)
            .map(|choice| form.text(&choice.label, lang).to_owned())
    })
    .unwrap_or_else(|| value.to_owned())
}

/// The choices of `item` in the latest known form, as filter options.
fn options(forms: &Forms, item: &str, lang: &str, selected: Option<&str>) -> Vec<Option_> {
    let Some(form) = forms.get("police-violence") else {
        return Vec::new();
    };
    let Some(idx) = form.item_idx(item) else {
        return Vec::new();
    };
    let choices = match form.item(idx).map(|item| &item.kind) {
        Some(ItemKind::Single { .. } | ItemKind::Multi { .. }) => form.choices(idx),
        _ => &[],
    };
    choices
        .iter()
        .map(|choice| Option_ {
            selected: selected == Some(choice.value.as_str()),
            value: choice.value.clone(),
            label: form.text(&choice.label, lang).to_owned(),
        })
        .collect()
}

/// `GET /inbox`.
pub async fn page(
    State(state): State<Shared>,
    Extension(ctx): Extension<Ctx>,
    QueryString(query): QueryString<Query>,
) -> Response {
    let guard = super::server::hold(&state.vault);
    let Some(unlocked) = guard.as_ref() else {
        return super::server::see_other("/");
    };
    let data = &unlocked.data;
    let tr = state.catalog.tr(ctx.lang);
    let showing_rejected = query.value(&query.rejected).is_some();
    let matching = if showing_rejected {
        Vec::new()
    } else {
        data.filter(&query)
    };
    let pages = matching.len().div_ceil(PAGE_SIZE).max(1);
    let page = query.page.unwrap_or(1).clamp(1, pages);
    let rows = matching
        .iter()
        .skip((page - 1) * PAGE_SIZE)
        .take(PAGE_SIZE)
        .map(|&row| {
            let facets = &data.latest[row];
            let case = &data.cases[facets.case];
            let form = state.forms.for_case(&case.form);
            InboxRow {
                submission: case.submission_id.to_string(),
                code_name: super::casepage::cut(
                    case.answers
                        .get("code_name")
                        .and_then(Value::as_str)
                        .unwrap_or("")
                        .chars()
                        .take(300)
                        .collect(),
                ),
                country: facets
                    .country
                    .as_deref()
                    .map(|code| choice_label(form, "country", code, tr.lang))
                    .unwrap_or_default(),
                month: facets.month.clone().unwrap_or_default(),
                violations: super::casepage::cut(
                    facets
                        .violations
                        .iter()
                        .map(|code| choice_label(form, "violations", code, tr.lang))
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
                version: case.version,
                status: tr.t(&format!("status-{}", data.status(&case.case_id).as_str())),
                attachments: case.attachments.len(),
                received: short_time(&case.received_at),
            }
        })
        .collect();
    let rejected = if showing_rejected {
        data.rejected
            .iter()
            .map(|rejected| RejectedRow {
                submission: rejected.submission_id.to_string(),
                received: short_time(&rejected.received_at),
                kind: rejected.reason.kind.as_str().to_owned(),
                detail: rejected.reason.message(tr.lang),
            })
            .collect()
    } else {
        Vec::new()
    };
    let countries = {
        let mut seen: Vec<Option_> = Vec::new();
        let selected = query.value(&query.country);
        let form = state.forms.get("police-violence");
        let mut codes: Vec<&str> = data
            .latest
            .iter()
            .filter_map(|facets| facets.country.as_deref())
            .collect();
        codes.sort_unstable();
        codes.dedup();
        for code in codes {
            seen.push(Option_ {
                value: code.to_owned(),
                label: choice_label(form, "country", code, tr.lang),
                selected: selected == Some(code),
            });
        }
        seen
    };
    let statuses = crate::FollowupStatus::ALL
        .iter()
        .map(|status| Option_ {
            value: status.as_str().to_owned(),
            label: tr.t(&format!("status-{}", status.as_str())),
            selected: query.value(&query.status) == Some(status.as_str()),
        })
        .collect();
    let consents = CONSENTS
        .iter()
        .map(|purpose| Option_ {
            value: (*purpose).to_owned(),
            label: tr.t(&format!("consent-{purpose}")),
            selected: query.value(&query.consent) == Some(purpose),
        })
        .collect();
    let page_view = InboxPage {
        chrome: Chrome::new(&state, &ctx),
        t: tr,
        total: data.latest.len(),
        matching: matching.len(),
        rejected_count: data.rejected.len(),
        showing_rejected,
        rows,
        rejected,
        q: query.value(&query.q).unwrap_or("").to_owned(),
        from: query.value(&query.from).unwrap_or("").to_owned(),
        to: query.value(&query.to).unwrap_or("").to_owned(),
        attachments: query.value(&query.attachments).is_some(),
        countries,
        violations: options(
            &state.forms,
            "violations",
            tr.lang,
            query.value(&query.violation),
        ),
        ages: options(&state.forms, "age_group", tr.lang, query.value(&query.age)),
        statuses,
        consents,
        page,
        pages,
        previous: (page > 1).then(|| query.with_page(page - 1)),
        next: (page < pages).then(|| query.with_page(page + 1)),
    };
    render(&page_view)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use wave_core::case::{CaseId, FormRef};

    fn case(seq: i64, case_id: &str, version: u32, answers: Value) -> ArchivedCase {
        ArchivedCase {
            submission_id: Uuid::new_v4(),
            seq,
            device_id: Uuid::new_v4(),
            received_at: "2026-06-01T10:00:00Z".into(),
            signature_verified: true,
            archive_case_id: CaseId::generate(),
            case_id: case_id.into(),
            version,
            form: FormRef {
                id: "police-violence".into(),
                version: 2,
            },
            finalized_at: 0,
            answers: answers.as_object().cloned().unwrap_or_default(),
            consents: vec![],
            attachments: vec![],
        }
    }

    fn data() -> CaseData {
        let forms = Forms::builtin().unwrap();
        CaseData::build(
            vec![
                case(
                    1,
                    "a",
                    1,
                    json!({"country": "kz", "own_words": "Они забрали телефон", "violations": ["v_phys"],
                           "incident_date": {"value": "2026-03-02", "precision": "exact"}}),
                ),
                case(
                    2,
                    "b",
                    1,
                    json!({"country": "ua", "own_words": "Stopped near the pharmacy",
                           "incident_date": {"value": "2026-05-20", "precision": "exact"}}),
                ),
                case(
                    3,
                    "a",
                    2,
                    json!({"country": "kz", "own_words": "Они забрали телефон и деньги", "violations": ["v_extort"],
                           "incident_date": {"value": "2026-03-02", "precision": "exact"}}),
                ),
            ],
            &forms,
        )
    }

    fn run(data: &CaseData, query: Query) -> Vec<String> {
        data.filter(&query)
            .into_iter()
            .map(|row| {
                let case = &data.cases[data.latest[row].case];
                format!("{}{}", case.case_id, case.version)
            })
            .collect()
    }

    #[test]
    fn the_inbox_holds_the_latest_version_of_each_case_newest_first() {
        assert_eq!(run(&data(), Query::default()), ["a2", "b1"]);
    }

    #[test]
    fn search_matches_every_word_as_a_prefix_in_any_case_and_script() {
        let data = data();
        let q = |text: &str| Query {
            q: Some(text.into()),
            ..Query::default()
        };
        assert_eq!(run(&data, q("ДЕНЬГ")), ["a2"]);
        assert_eq!(run(&data, q("pharm near")), ["b1"]);
        assert_eq!(run(&data, q("pharmacy телефон")), Vec::<String>::new());
        assert_eq!(run(&data, q("  ")), ["a2", "b1"]);
        assert_eq!(run(&data, q("--")), ["a2", "b1"]);
    }

    #[test]
    fn filters_combine() {
        let data = data();
        let country = Query {
            country: Some("ua".into()),
            ..Query::default()
        };
        assert_eq!(run(&data, country), ["b1"]);
        let violation = Query {
            violation: Some("v_phys".into()),
            ..Query::default()
        };
        assert!(
            run(&data, violation).is_empty(),
            "only the latest version counts"
        );
        let months = Query {
            from: Some("2026-04".into()),
            to: Some("2026-06".into()),
            ..Query::default()
        };
        assert_eq!(run(&data, months), ["b1"]);
        let status = Query {
            status: Some("reviewed".into()),
            ..Query::default()
        };
        assert!(run(&data, status).is_empty());
    }
}
