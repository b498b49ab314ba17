//! Statistics over the archive: cases by country, by violation type and by month of the
//! incident. Two sets of figures: `all` for the NGO's own work (every case, violation codes as
//! recorded) and `public` for publication (only cases whose latest `statistics` consent is yes,
//! the three sexual-violence codes counted as one `sexual_violence` category). Each case counts
//! once, as its latest version stands.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;
use serde_json::Value;

use super::archive::ArchivedCase;
use super::fields::{
    COUNTRY_ITEM, Forms, INCIDENT_DATE_ITEM, VIOLATIONS_ITEM, consents_to_statistics,
    merge_violations, month_of, strings,
};

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
    fn add(&mut self, case: &ArchivedCase, merge: bool) {
        self.cases += 1;
        let country = case
            .answers
            .get(COUNTRY_ITEM)
            .and_then(Value::as_str)
            .unwrap_or(UNKNOWN);
        *self.by_country.entry(country.to_owned()).or_default() += 1;
        let codes = strings(case.answers.get(VIOLATIONS_ITEM));
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
            stats.all.add(case, false);
            if consents_to_statistics(case, Some(form)) {
                stats.public.add(case, true);
            }
        }
        stats
    }
}

impl fmt::Display for Stats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "Cases: {} in all, {} with consent to statistics.",
            self.all.cases, self.public.cases
        )?;
        if self.unknown_form > 0 {
            writeln!(
                f,
                "{} more of a form this tool does not know, not counted.",
                self.unknown_form
            )?;
        }
        write_figures(f, "Public figures (consenting cases only)", &self.public)?;
        write_figures(f, "All cases (internal, not for publication)", &self.all)
    }
}

fn write_figures(f: &mut fmt::Formatter<'_>, title: &str, figures: &Figures) -> fmt::Result {
    writeln!(f, "\n{title}: {} cases", figures.cases)?;
    for (heading, counts) in [
        ("by country", &figures.by_country),
        ("by violation", &figures.by_violation),
        ("by month", &figures.by_month),
    ] {
        writeln!(f, "  {heading}:")?;
        if counts.is_empty() {
            writeln!(f, "    (none)")?;
        }
        // Largest first, then by name, so the table reads like a ranking.
        let mut rows: Vec<(&String, &u64)> = counts.iter().collect();
        if heading != "by month" {
            rows.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        }
        let width = rows.iter().map(|(name, _)| name.len()).max().unwrap_or(0);
        for (name, count) in rows {
            writeln!(f, "    {name:<width$}  {count:>6}")?;
        }
    }
    Ok(())
}
