//! Statistics over the archive: cases by country, by violation type and by month of the
//! incident. Two sets of figures: `all` for the NGO's own work (every case, violation codes as
//! recorded) and `public` for publication (only cases whose latest `statistics` consent is yes,
//! the three sexual-violence codes counted as one `sexual_violence` category). Each case counts
//! once, as its latest version stands.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use super::archive::ArchivedCase;
use super::fields::{
    COUNTRY_ITEM, Forms, INCIDENT_DATE_ITEM, SEXUAL_VIOLENCE, VIOLATIONS_ITEM,
    consents_to_statistics, known, merge_violations, month_of, strings,
};
use super::l10n::staff_text;
use wave_core::form::Form;
use wave_core::l10n::Arg;

/// The bucket for a case that did not answer (country, month).
pub const UNKNOWN: &str = "unknown";

/// Counts over one set of cases.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Figures {
    pub cases: u64,
    pub by_country: BTreeMap<String, u64>,
    /// A case counts once per violation type it reports, so these add up to more than `cases`.
    pub by_violation: BTreeMap<String, u64>,
    /// `YYYY-MM` of the incident.
    pub by_month: BTreeMap<String, u64>,
}

impl Figures {
    /// Counts `case` of `form`; a country or violation that is not one of the form's choices
    /// counts as unknown.
    fn add(&mut self, case: &ArchivedCase, form: &Form, merge: bool) {
        self.cases += 1;
        let country = case
            .answers
            .get(COUNTRY_ITEM)
            .and_then(Value::as_str)
            .map_or_else(
                || UNKNOWN.to_owned(),
                |code| known(form, COUNTRY_ITEM, code),
            );
        *self.by_country.entry(country).or_default() += 1;
        let known_codes: Vec<String> = strings(case.answers.get(VIOLATIONS_ITEM))
            .into_iter()
            .map(|code| known(form, VIOLATIONS_ITEM, code))
            .collect();
        let codes = known_codes.iter().map(String::as_str);
        let codes: Vec<String> = if merge {
            merge_violations(codes)
        } else {
            let mut unique: Vec<String> = Vec::new();
            for code in codes {
                if !unique.iter().any(|kept| kept == code) {
                    unique.push(code.to_owned());
                }
            }
            unique
        };
        for code in codes {
            *self.by_violation.entry(code).or_default() += 1;
        }
        let month = case
            .answers
            .get(INCIDENT_DATE_ITEM)
            .and_then(month_of)
            .unwrap_or_else(|| UNKNOWN.to_owned());
        *self.by_month.entry(month).or_default() += 1;
    }
}

/// The statistics of an archive.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// Every case (latest versions) of a known form.
    pub all: Figures,
    /// Only consenting cases, sexual-violence codes merged: the figures that may be published.
    pub public: Figures,
    /// Cases of a form this tool does not know, counted nowhere else.
    pub unknown_form: u64,
}

impl Stats {
    /// Counts `cases` (give each case once: [`super::Archive::latest_cases`]).
    pub fn compute(cases: &[ArchivedCase], forms: &Forms) -> Stats {
        let mut stats = Stats::default();
        for case in cases {
            let Some(form) = forms.for_case(&case.form) else {
                stats.unknown_form += 1;
                continue;
            };
            stats.all.add(case, form, false);
            if consents_to_statistics(case, Some(form)) {
                stats.public.add(case, form, true);
            }
        }
        stats
    }
}

impl Stats {
    /// The tables as text for a terminal, in `lang`: headings from the staff catalog, countries
    /// and violation types by their labels in the latest checklist (in `lang` when it has it),
    /// months as `YYYY-MM`. `--json` is the same figures by code, for scripts.
    pub fn table(&self, lang: &str, forms: &Forms) -> String {
        let text = |id: &str, args: &[(&str, Arg<'_>)]| staff_text(lang, id, args);
        let mut out = String::new();
        out.push_str(&text(
            "stats-summary",
            &[
                ("all", Arg::Count(self.all.cases)),
                ("public", Arg::Count(self.public.cases)),
            ],
        ));
        out.push('\n');
        if self.unknown_form > 0 {
            out.push_str(&text(
                "stats-unknown-form",
                &[("count", Arg::Count(self.unknown_form))],
            ));
            out.push('\n');
        }
        let form = forms.get(CHECKLIST);
        for (title, figures) in [
            ("stats-public-title", &self.public),
            ("stats-all-title", &self.all),
        ] {
            let cases = text("stats-cases-count", &[("count", Arg::Count(figures.cases))]);
            out.push_str(&format!("\n{}: {cases}\n", text(title, &[])));
            for (heading, item, counts) in [
                ("stats-by-country", Some(COUNTRY_ITEM), &figures.by_country),
                (
                    "stats-by-violation",
                    Some(VIOLATIONS_ITEM),
                    &figures.by_violation,
                ),
                ("stats-by-month", None, &figures.by_month),
            ] {
                out.push_str(&format!("  {}:\n", text(heading, &[])));
                if counts.is_empty() {
                    out.push_str(&format!("    {}\n", text("stats-none", &[])));
                }
                let mut rows: Vec<(String, u64)> = counts
                    .iter()
                    .map(|(key, count)| (row_name(key, item, form, lang), *count))
                    .collect();
                // Largest first, then by name, so the table reads like a ranking; months in
                // order.
                if item.is_some() {
                    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                }
                // The count first: labels are whole choices, some long, in any script.
                for (name, count) in rows {
                    out.push_str(&format!("    {count:>6}  {name}\n"));
                }
            }
        }
        out
    }
}

/// The form whose choices name the rows.
const CHECKLIST: &str = "police-violence";

/// A row's name in `lang`: a choice's label, the merged sexual-violence category's or the
/// unknown bucket's words, or the key itself (a month, a code the checklist does not have).
fn row_name(key: &str, item: Option<&str>, form: Option<&Form>, lang: &str) -> String {
    if key == UNKNOWN {
        return staff_text(lang, "stats-unknown", &[]);
    }
    let Some(item) = item else {
        return key.to_owned();
    };
    if key == SEXUAL_VIOLENCE && item == VIOLATIONS_ITEM {
        return staff_text(lang, "stats-sexual-violence", &[]);
    }
    form.and_then(|form| {
        let idx = form.item_idx(item)?;
        let choice = form
            .choices(idx)
            .iter()
            .find(|choice| choice.value == key)?;
        let lang = if form.languages().iter().any(|known| known == lang) {
            lang
        } else {
            form.default_language()
        };
        Some(form.text(&choice.label, lang).to_owned())
    })
    .unwrap_or_else(|| key.to_owned())
}
