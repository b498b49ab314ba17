//! The NGO staff side: pulling sealed submissions from the server with a staff token, checking
//! and decrypting them into an encrypted archive, and turning the archive into CSV, JSON and
//! GeoJSON exports and statistics — full ones for the NGO's own work, public ones that carry only
//! what each woman agreed to and nothing that identifies her.
//!
//! It also keeps the NGO's keys: the signing key and the recipient sets it signs (`keys`), and
//! backing up an identity or the signing key as Shamir shares (`backup`).
//!
//! It is its own crate so that none of it, nor its `csv` dependency, is in the library every
//! phone loads. It is built on wave-core's public API: the archive is a Wave vault whose store
//! also holds this crate's own tables (`schema.rs`), sealed with the store's row key through
//! `Store::seal_json`. Failures are wave-core's [`Error`]: they are the same network, server,
//! vault and store failures, and the command line already says each one in words.

mod archive;
pub mod backup;
mod client;
mod csv;
mod fields;
mod followup;
mod geojson;
mod journal;
mod json;
pub mod keys;
pub mod l10n;
mod pull;
mod redaction;
mod schema;
mod stats;
#[doc(hidden)]
pub mod synthetic;
pub mod workspace;

use std::io::Write;
use std::str::FromStr;

pub use archive::{
    Archive, ArchivedAttachment, ArchivedCase, RejectCheck, RejectKind, RejectReason,
    RejectedSubmission, SubmissionRecord, latest_versions,
};
pub use client::{BlobDownload, StaffClient};
pub use fields::{
    Forms, SEXUAL_VIOLENCE, SEXUAL_VIOLENCE_CODES, STATISTICS_PURPOSE, consents_to_statistics,
    merge_violations, month_of,
};
pub use followup::{
    COMPLAINTS, FollowupEntry, FollowupState, FollowupStatus, REFERRALS, fold as fold_followup,
};
pub use pull::{PullOptions, PullReport, Rejection, SubmissionSource, pull, pull_observed};
pub use redaction::{MAX_REDACTED, Redaction, latest as latest_redactions};
pub use stats::{Figures, Stats, UNKNOWN};

use wave_core::error::Detail;
use wave_core::form::Form;
pub use wave_core::{Error, Result};

/// Names the JSON export's layout, so readers can tell future changes apart.
pub const EXPORT_FORMAT: &str = "wave-export/1";

/// The file formats of an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExportFormat {
    Csv,
    Json,
    GeoJson,
}

impl ExportFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Json => "json",
            ExportFormat::GeoJson => "geojson",
        }
    }
}

impl std::fmt::Display for ExportFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ExportFormat {
    type Err = Error;

    fn from_str(text: &str) -> Result<ExportFormat> {
        match text.trim().to_ascii_lowercase().as_str() {
            "csv" => Ok(ExportFormat::Csv),
            "json" => Ok(ExportFormat::Json),
            "geojson" => Ok(ExportFormat::GeoJson),
            _ => Err(Error::InvalidInput(
                Detail::new("archive-export-format").with("format", format!("{text:?}")),
            )),
        }
    }
}

/// What an export wrote and what it left out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ExportSummary {
    /// Cases written.
    pub cases: u64,
    /// Left out of a public export: no consent to statistics.
    pub without_consent: u64,
    /// Left out: a form this tool does not know (it cannot tell which items are which).
    pub unknown_form: u64,
}

/// Writes `cases` (give each case once: [`Archive::latest_cases`]) to `out` in `format`.
///
/// A full export (`public` false) holds every answer, sensitive ones included, with ids that
/// link back to the archive: it is for the NGO's own casework and must be kept as carefully as
/// the archive. A public export holds, for consenting cases only, the closed items the form
/// marks `public`, dates cut to the month, and no id, time, place, free text or attachment.
pub fn export(
    cases: &[ArchivedCase],
    forms: &Forms,
    format: ExportFormat,
    public: bool,
    out: &mut dyn Write,
) -> Result<ExportSummary> {
    export_in(cases, forms, format, public, None, out)
}

/// [`export`], with the JSON's form titles, field labels and choice labels (its codebook) in
/// `lang` for each form that has it, else in that form's default language; each form in the
/// JSON says which language its texts are in and how far that language is reviewed. CSV and
/// GeoJSON carry codes and item ids only, the same in every language, so their columns and
/// properties do not change with `lang`.
pub fn export_in(
    cases: &[ArchivedCase],
    forms: &Forms,
    format: ExportFormat,
    public: bool,
    lang: Option<&str>,
    out: &mut dyn Write,
) -> Result<ExportSummary> {
    match format {
        ExportFormat::Csv => csv::write(cases, forms, public, out),
        ExportFormat::Json => json::write(cases, forms, public, lang, out),
        ExportFormat::GeoJson => geojson::write(cases, forms, public, out),
    }
}

/// The cases an export writes, each with its form, and what was left out.
pub(crate) struct Selection<'a> {
    pub cases: Vec<(&'a ArchivedCase, &'a Form)>,
    without_consent: u64,
    unknown_form: u64,
}

impl<'a> Selection<'a> {
    pub(crate) fn new(cases: &'a [ArchivedCase], forms: &'a Forms, public: bool) -> Selection<'a> {
        let mut selection = Selection {
            cases: Vec::with_capacity(cases.len()),
            without_consent: 0,
            unknown_form: 0,
        };
        for case in cases {
            let Some(form) = forms.for_case(&case.form) else {
                selection.unknown_form += 1;
                continue;
            };
            if public && !consents_to_statistics(case, Some(form)) {
                selection.without_consent += 1;
                continue;
            }
            selection.cases.push((case, form));
        }
        selection
    }

    /// The distinct form versions of the selected cases, in order of first appearance.
    pub(crate) fn forms(&self) -> Vec<&'a Form> {
        let mut forms: Vec<&'a Form> = Vec::new();
        for (_, form) in &self.cases {
            if !forms
                .iter()
                .any(|known| known.id() == form.id() && known.version() == form.version())
            {
                forms.push(form);
            }
        }
        forms
    }

    pub(crate) fn summary(&self) -> ExportSummary {
        ExportSummary {
            cases: self.cases.len() as u64,
            without_consent: self.without_consent,
            unknown_form: self.unknown_form,
        }
    }
}
