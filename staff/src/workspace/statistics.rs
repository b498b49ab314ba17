//! Statistics: cases by country, violation type, month of the incident, age group, perpetrator
//! service and follow-up status, filtered by country and month range, as two sets side by side —
//! public figures (only cases whose `statistics` consent is yes, under the export's public rules:
//! the sexual-violence codes merged, and any value that is not one of the form's choices counted
//! as unknown, so a device's free text never reaches a public table) and internal figures (every
//! case, codes as recorded, not for publication). Each table downloads as CSV; the charts are
//! drawn in the browser by the vendored chart library from the tables themselves.

use std::collections::BTreeMap;

use axum::Extension;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::Value;
use wave_core::form::Form;

use super::i18n::Tr;
use super::inbox::{CaseData, Facets, choice_label};
use super::server::{Ctx, Shared, failure, hold, render, see_other};
use super::templates::{Chrome, Option_};
use crate::fields::{
    COUNTRY_ITEM, SEXUAL_VIOLENCE, VIOLATIONS_ITEM, consents_to_statistics, known, merge_violations,
};
use crate::{Forms, UNKNOWN};

/// The repeat that lists the officers, and the item inside it naming each one's service.
pub const OFFICERS_ITEM: &str = "officers";
pub const SERVICE_ITEM: &str = "officer_service";
pub const AGE_ITEM: &str = "age_group";

/// What a table counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dimension {
    Country,
    Violation,
    Month,
    Age,
    Service,
    Status,
}

impl Dimension {
    pub const ALL: [Dimension; 6] = [
        Dimension::Country,
        Dimension::Violation,
        Dimension::Month,
        Dimension::Age,
        Dimension::Service,
        Dimension::Status,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Dimension::Country => "country",
            Dimension::Violation => "violation",
            Dimension::Month => "month",
            Dimension::Age => "age",
            Dimension::Service => "service",
            Dimension::Status => "status",
        }
    }

    pub fn parse(text: &str) -> Option<Dimension> {
        Dimension::ALL.into_iter().find(|d| d.as_str() == text)
    }

    /// The form item whose choices label (and, in public figures, bound) the keys.
    fn item(self) -> Option<&'static str> {
        match self {
            Dimension::Country => Some(COUNTRY_ITEM),
            Dimension::Violation => Some(VIOLATIONS_ITEM),
            Dimension::Age => Some(AGE_ITEM),
            Dimension::Service => Some(SERVICE_ITEM),
            Dimension::Month | Dimension::Status => None,
        }
    }

    /// Months read as a time line; the rest as a ranking.
    pub fn chart(self) -> &'static str {
        match self {
            Dimension::Month => "line",
            _ => "bar",
        }
    }
}

/// The cases a set of figures covers.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Filter {
    pub country: Option<String>,
    /// `YYYY-MM`, inclusive.
    pub from: Option<String>,
    pub to: Option<String>,
}

impl Filter {
    fn value(field: &Option<String>) -> Option<&str> {
        field
            .as_deref()
            .map(str::trim)
            .filter(|text| !text.is_empty())
    }

    pub fn country(&self) -> Option<&str> {
        Filter::value(&self.country)
    }

    pub fn from(&self) -> Option<&str> {
        Filter::value(&self.from)
    }

    pub fn to(&self) -> Option<&str> {
        Filter::value(&self.to)
    }

    /// Whether a case with these facets is in the filter's country and months (a case with no
    /// month is outside any month range).
    pub fn selects(&self, facets: &Facets) -> bool {
        if self
            .country()
            .is_some_and(|want| facets.country.as_deref() != Some(want))
        {
            return false;
        }
        let month = facets.month.as_deref();
        !(self
            .from()
            .is_some_and(|from| month.is_none_or(|m| m < from))
            || self.to().is_some_and(|to| month.is_none_or(|m| m > to)))
    }

    /// This filter as a query string (for the CSV links).
    pub fn query(&self) -> String {
        let pairs: Vec<(&str, &str)> = [
            ("country", self.country()),
            ("from", self.from()),
            ("to", self.to()),
        ]
        .into_iter()
        .filter_map(|(name, value)| value.map(|value| (name, value)))
        .collect();
        serde_urlencoded::to_string(pairs).unwrap_or_default()
    }
}

/// Counts over one set of cases: each case once (as its latest version stands), and once per
/// distinct value in a table where it can have several (violations, services).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    pub cases: u64,
    pub tables: [BTreeMap<String, u64>; 6],
}

impl Counts {
    pub fn table(&self, dimension: Dimension) -> &BTreeMap<String, u64> {
        &self.tables[dimension as usize]
    }

    fn add(&mut self, dimension: Dimension, key: String) {
        *self.tables[dimension as usize].entry(key).or_default() += 1;
    }
}

/// Public and internal counts over the same filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Figures {
    pub public: Counts,
    pub internal: Counts,
}

/// The strings of a list answer, each once, in order.
fn distinct(values: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for value in values {
        if !out.contains(&value) {
            out.push(value);
        }
    }
    out
}

/// Counts the cases of `data` that `filter` selects.
pub fn compute(data: &CaseData, forms: &Forms, filter: &Filter) -> Figures {
    let mut figures = Figures::default();
    for facets in &data.latest {
        if !filter.selects(facets) {
            continue;
        }
        let month = facets.month.as_deref();
        let case = &data.cases[facets.case];
        let Some(form) = forms.for_case(&case.form) else {
            continue;
        };
        let services: Vec<String> = distinct(
            case.answers
                .get(OFFICERS_ITEM)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(|officer| officer.get(SERVICE_ITEM).and_then(Value::as_str))
                .map(str::to_owned),
        );
        let status = data.status(&case.case_id).as_str().to_owned();
        let month = month.unwrap_or(UNKNOWN).to_owned();

        let internal = &mut figures.internal;
        internal.cases += 1;
        internal.add(
            Dimension::Country,
            facets.country.clone().unwrap_or_else(|| UNKNOWN.to_owned()),
        );
        for violation in distinct(facets.violations.iter().cloned()) {
            internal.add(Dimension::Violation, violation);
        }
        internal.add(Dimension::Month, month.clone());
        internal.add(
            Dimension::Age,
            facets.age.clone().unwrap_or_else(|| UNKNOWN.to_owned()),
        );
        for service in &services {
            internal.add(Dimension::Service, service.clone());
        }
        internal.add(Dimension::Status, status.clone());

        if !consents_to_statistics(case, Some(form)) {
            continue;
        }
        let public = &mut figures.public;
        public.cases += 1;
        public.add(
            Dimension::Country,
            facets
                .country
                .as_deref()
                .map(|code| known(form, COUNTRY_ITEM, code))
                .unwrap_or_else(|| UNKNOWN.to_owned()),
        );
        let merged = merge_violations(facets.violations.iter().map(String::as_str));
        for violation in distinct(merged.into_iter().map(|code| {
            if code == SEXUAL_VIOLENCE {
                code
            } else {
                known(form, VIOLATIONS_ITEM, &code)
            }
        })) {
            public.add(Dimension::Violation, violation);
        }
        public.add(Dimension::Month, month);
        public.add(
            Dimension::Age,
            facets
                .age
                .as_deref()
                .map(|code| known(form, AGE_ITEM, code))
                .unwrap_or_else(|| UNKNOWN.to_owned()),
        );
        for service in distinct(services.iter().map(|code| known(form, SERVICE_ITEM, code))) {
            public.add(Dimension::Service, service);
        }
        public.add(Dimension::Status, status);
    }
    figures
}

/// One row of a table as shown.
pub struct StatRow {
    pub key: String,
    pub label: String,
    pub count: u64,
}

/// One table: the public and the internal counts side by side.
pub struct StatTable {
    pub id: &'static str,
    pub title: String,
    pub chart: &'static str,
    pub public: Vec<StatRow>,
    pub internal: Vec<StatRow>,
    pub public_csv: String,
    pub internal_csv: String,
}

/// The label of `key` in table `dimension`.
pub fn label(dimension: Dimension, key: &str, form: Option<&Form>, tr: &Tr<'_>) -> String {
    if key == UNKNOWN {
        return tr.t("stats-unknown");
    }
    if key == SEXUAL_VIOLENCE && dimension == Dimension::Violation {
        return tr.t("stats-sexual-violence");
    }
    match dimension {
        Dimension::Status => tr.t(&format!("status-{key}")),
        Dimension::Month => key.to_owned(),
        other => match other.item() {
            Some(item) => choice_label(form, item, key, tr.lang),
            None => key.to_owned(),
        },
    }
}

/// The rows of a table: months in order, the rest largest first.
pub fn rows(
    dimension: Dimension,
    counts: &BTreeMap<String, u64>,
    form: Option<&Form>,
    tr: &Tr<'_>,
) -> Vec<StatRow> {
    let mut rows: Vec<StatRow> = counts
        .iter()
        .map(|(key, count)| StatRow {
            key: key.clone(),
            label: label(dimension, key, form, tr),
            count: *count,
        })
        .collect();
    if dimension != Dimension::Month {
        rows.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.key.cmp(&b.key)));
    }
    rows
}

/// The tables of `figures`, labelled in the staff's language.
pub fn tables(figures: &Figures, forms: &Forms, filter: &Filter, tr: &Tr<'_>) -> Vec<StatTable> {
    let form = forms.get("police-violence");
    let query = filter.query();
    let link = |set: &str, dimension: Dimension| {
        let mut url = format!("/stats/{set}/{}.csv", dimension.as_str());
        if !query.is_empty() {
            url.push('?');
            url.push_str(&query);
        }
        url
    };
    Dimension::ALL
        .into_iter()
        .map(|dimension| StatTable {
            id: dimension.as_str(),
            title: tr.t(&format!("stats-by-{}", dimension.as_str())),
            chart: dimension.chart(),
            public: rows(dimension, figures.public.table(dimension), form, tr),
            internal: rows(dimension, figures.internal.table(dimension), form, tr),
            public_csv: link("public", dimension),
            internal_csv: link("internal", dimension),
        })
        .collect()
}

/// The countries the cases name, as filter choices.
pub fn country_options(
    data: &CaseData,
    forms: &Forms,
    selected: Option<&str>,
    tr: &Tr<'_>,
) -> Vec<Option_> {
    let form = forms.get("police-violence");
    let mut codes: Vec<&str> = data
        .latest
        .iter()
        .filter_map(|facets| facets.country.as_deref())
        .collect();
    codes.sort_unstable();
    codes.dedup();
    codes
        .into_iter()
        .map(|code| Option_ {
            value: code.to_owned(),
            label: choice_label(form, COUNTRY_ITEM, code, tr.lang),
            selected: selected == Some(code),
        })
        .collect()
}

#[derive(askama::Template)]
#[template(path = "workspace/stats.html")]
pub struct StatsPage<'a> {
    pub chrome: Chrome,
    pub t: Tr<'a>,
    pub countries: Vec<Option_>,
    pub from: String,
    pub to: String,
    pub public_cases: usize,
    pub internal_cases: usize,
    pub tables: Vec<StatTable>,
}

/// `GET /stats`.
pub async fn page(
    State(state): State<Shared>,
    Extension(ctx): Extension<Ctx>,
    Query(filter): Query<Filter>,
) -> Response {
    let tr = state.catalog.tr(ctx.lang);
    let chrome = Chrome::new(&state, &ctx);
    let guard = hold(&state.vault);
    let Some(unlocked) = guard.as_ref() else {
        return see_other("/");
    };
    let figures = compute(&unlocked.data, &state.forms, &filter);
    let page = StatsPage {
        chrome,
        t: tr,
        countries: country_options(&unlocked.data, &state.forms, filter.country(), &tr),
        from: filter.from().unwrap_or("").to_owned(),
        to: filter.to().unwrap_or("").to_owned(),
        public_cases: figures.public.cases as usize,
        internal_cases: figures.internal.cases as usize,
        tables: tables(&figures, &state.forms, &filter, &tr),
    };
    drop(guard);
    render(&page)
}

/// A spreadsheet reads a cell that starts with one of these as a formula; the labels are the
/// form's, but a key can be whatever a device sent.
fn cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// A table as CSV: the code, its label in the staff's language, the count.
pub fn csv(rows: &[StatRow], heading: &str, tr: &Tr<'_>) -> wave_core::Result<Vec<u8>> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let failed = |_| wave_core::Error::InvalidState("archive-csv-row");
    writer
        .write_record([heading, &tr.t("stats-csv-label"), &tr.t("stats-csv-cases")])
        .map_err(failed)?;
    for row in rows {
        writer
            .write_record([cell(&row.key), cell(&row.label), row.count.to_string()])
            .map_err(failed)?;
    }
    writer
        .into_inner()
        .map_err(|_| wave_core::Error::InvalidState("archive-csv-table"))
}

/// `GET /stats/{set}/{table}.csv`.
pub async fn download(
    State(state): State<Shared>,
    Extension(ctx): Extension<Ctx>,
    Path((set, file)): Path<(String, String)>,
    Query(filter): Query<Filter>,
) -> Response {
    let tr = state.catalog.tr(ctx.lang);
    let public = match set.as_str() {
        "public" => true,
        "internal" => false,
        _ => return failure(&state, &ctx, StatusCode::NOT_FOUND, "stats-unknown-table"),
    };
    let Some(dimension) = file.strip_suffix(".csv").and_then(Dimension::parse) else {
        return failure(&state, &ctx, StatusCode::NOT_FOUND, "stats-unknown-table");
    };
    let rows = {
        let guard = hold(&state.vault);
        let Some(unlocked) = guard.as_ref() else {
            return see_other("/");
        };
        let figures = compute(&unlocked.data, &state.forms, &filter);
        let counts = if public {
            &figures.public
        } else {
            &figures.internal
        };
        rows(
            dimension,
            counts.table(dimension),
            state.forms.get("police-violence"),
            &tr,
        )
    };
    let Ok(bytes) = csv(&rows, dimension.as_str(), &tr) else {
        return failure(
            &state,
            &ctx,
            StatusCode::INTERNAL_SERVER_ERROR,
            "export-failed",
        );
    };
    let mut response = (StatusCode::OK, bytes).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    if let Ok(value) = HeaderValue::from_str(&format!(
        "attachment; filename=\"wave-stats-{set}-{}.csv\"",
        dimension.as_str()
    )) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ArchivedCase, FollowupEntry, FollowupStatus};
    use serde_json::json;
    use wave_core::case::{CaseId, ConsentRecord, FormRef};
    use wave_protocol::Uuid;

    fn case(seq: i64, case_id: &str, statistics: Option<bool>, answers: Value) -> ArchivedCase {
        ArchivedCase {
            submission_id: Uuid::new_v4(),
            seq,
            device_id: Uuid::new_v4(),
            received_at: "2026-06-01T10:00:00Z".into(),
            signature_verified: true,
            archive_case_id: CaseId::generate(),
            case_id: case_id.into(),
            version: 1,
            form: FormRef {
                id: "police-violence".into(),
                version: 2,
            },
            finalized_at: 0,
            answers: answers.as_object().cloned().unwrap_or_default(),
            consents: statistics
                .map(|granted| {
                    vec![ConsentRecord {
                        purpose: "statistics".into(),
                        granted,
                        at: 0,
                        seq: 1,
                    }]
                })
                .unwrap_or_default(),
            attachments: vec![],
        }
    }

    fn data() -> CaseData {
        let forms = Forms::builtin().unwrap();
        let mut data = CaseData::build(
            vec![
                case(
                    1,
                    "a",
                    Some(true),
                    json!({"country": "kz", "violations": ["v_rape", "v_sexhar", "v_phys"],
                           "age_group": "25_34",
                           "officers": [{"officer_service": "patrol"}, {"officer_service": "patrol"},
                                        {"officer_service": "drug_unit"}],
                           "incident_date": {"value": "2026-03-02", "precision": "exact"}}),
                ),
                case(
                    2,
                    "b",
                    Some(false),
                    json!({"country": "ua", "violations": ["v_phys"],
                           "incident_date": {"value": "2026-05-20", "precision": "exact"}}),
                ),
                case(
                    3,
                    "c",
                    Some(true),
                    json!({"country": "=HYPERLINK(\"x\")", "violations": ["<script>"],
                           "age_group": "ninety", "officers": [{"officer_service": "secret police"}],
                           "incident_date": {"value": "2026-05-01", "precision": "exact"}}),
                ),
            ],
            &forms,
        );
        data.set_history(vec![FollowupEntry {
            case_id: "a".into(),
            at: "2026-06-02T10:00:00Z".into(),
            by: "Olena".into(),
            status: Some(FollowupStatus::Referred),
            referred_to: Some("lawyer".into()),
            complaint_to: None,
            assignee: None,
            due: None,
            note: None,
        }]);
        data
    }

    fn count(counts: &Counts, dimension: Dimension, key: &str) -> u64 {
        counts.table(dimension).get(key).copied().unwrap_or(0)
    }

    #[test]
    fn public_figures_count_consenting_cases_under_the_public_rules() {
        let forms = Forms::builtin().unwrap();
        let figures = compute(&data(), &forms, &Filter::default());
        assert_eq!(figures.internal.cases, 3);
        assert_eq!(figures.public.cases, 2, "b did not consent");
        let public = &figures.public;
        assert_eq!(count(public, Dimension::Violation, SEXUAL_VIOLENCE), 1);
        assert_eq!(count(public, Dimension::Violation, "v_rape"), 0);
        assert_eq!(count(public, Dimension::Violation, "v_phys"), 1);
        assert_eq!(count(public, Dimension::Country, "ua"), 0);
        // What is not one of the form's choices never reaches a public table as written.
        assert_eq!(count(public, Dimension::Country, UNKNOWN), 1);
        assert_eq!(count(public, Dimension::Violation, UNKNOWN), 1);
        assert_eq!(count(public, Dimension::Age, UNKNOWN), 1);
        assert_eq!(count(public, Dimension::Service, UNKNOWN), 1);
        for dimension in Dimension::ALL {
            assert!(
                public
                    .table(dimension)
                    .keys()
                    .all(|key| !key.contains('<') && !key.contains('=') && key != "secret police"),
                "{dimension:?}"
            );
        }
        assert_eq!(
            count(public, Dimension::Service, "patrol"),
            1,
            "once per case"
        );
        assert_eq!(count(public, Dimension::Service, "drug_unit"), 1);
        assert_eq!(count(public, Dimension::Status, "referred"), 1);
        assert_eq!(count(public, Dimension::Status, "new"), 1);

        let internal = &figures.internal;
        assert_eq!(count(internal, Dimension::Violation, "v_rape"), 1);
        assert_eq!(count(internal, Dimension::Violation, "v_phys"), 2);
        assert_eq!(count(internal, Dimension::Country, "ua"), 1);
        assert_eq!(count(internal, Dimension::Month, "2026-05"), 2);
        assert_eq!(count(internal, Dimension::Age, UNKNOWN), 1, "b gave none");
    }

    #[test]
    fn the_filter_selects_by_country_and_month_range() {
        let forms = Forms::builtin().unwrap();
        let data = data();
        let only = |country: Option<&str>, from: Option<&str>, to: Option<&str>| {
            compute(
                &data,
                &forms,
                &Filter {
                    country: country.map(str::to_owned),
                    from: from.map(str::to_owned),
                    to: to.map(str::to_owned),
                },
            )
        };
        assert_eq!(only(Some("kz"), None, None).internal.cases, 1);
        assert_eq!(only(None, Some("2026-04"), None).internal.cases, 2);
        assert_eq!(only(None, None, Some("2026-04")).internal.cases, 1);
        assert_eq!(
            only(None, Some("2026-04"), Some("2026-04")).internal.cases,
            0
        );
        assert_eq!(only(Some(" "), Some(""), None).internal.cases, 3);
    }

    #[test]
    fn csv_cells_never_start_a_formula() {
        let catalog = super::super::i18n::Catalog::new().unwrap();
        let tr = catalog.tr("en");
        let rows = vec![StatRow {
            key: "=HYPERLINK(\"x\")".into(),
            label: "+1".into(),
            count: 2,
        }];
        let text = String::from_utf8(csv(&rows, "country", &tr).unwrap()).unwrap();
        let line = text.lines().nth(1).unwrap();
        assert!(line.starts_with("\"'=HYPERLINK"), "{line}");
        assert!(line.contains(",'+1,2"), "{line}");
    }
}
