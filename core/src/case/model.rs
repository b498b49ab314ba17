//! What a case is: its id, status, form, answers and finalized versions, and the small summary a
//! list shows. `Debug` never prints answers: they are what a person wrote.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::{Detail, Error};

/// The answers of a case, keyed by item id (repeats are arrays of objects).
pub type Answers = serde_json::Map<String, serde_json::Value>;

/// Milliseconds since the Unix epoch, UTC.
pub type Timestamp = i64;

pub fn now() -> Timestamp {
    let now = time::OffsetDateTime::now_utc();
    (now.unix_timestamp_nanos() / 1_000_000) as Timestamp
}

/// A timestamp as RFC 3339 text (UTC), for display and exports.
pub fn format_timestamp(at: Timestamp) -> String {
    time::OffsetDateTime::from_unix_timestamp_nanos(at as i128 * 1_000_000)
        .ok()
        .and_then(|time| {
            time.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_else(|| at.to_string())
}

macro_rules! random_id {
    ($name:ident, $detail:literal) => {
        /// A random UUID v4: a time-ordered id would tell an examiner when a record was made.
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(Uuid);

        impl $name {
            pub fn generate() -> Self {
                $name(Uuid::new_v4())
            }

            /// The id's 16 bytes, as a sealed page of summaries stores it.
            #[allow(dead_code)]
            pub(crate) fn as_bytes(&self) -> &[u8; 16] {
                self.0.as_bytes()
            }

            #[allow(dead_code)]
            pub(crate) fn from_bytes(bytes: [u8; 16]) -> Self {
                $name(Uuid::from_bytes(bytes))
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.0.hyphenated())
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({})", stringify!($name), self.0.hyphenated())
            }
        }

        impl FromStr for $name {
            type Err = Error;
            fn from_str(text: &str) -> Result<Self, Error> {
                Uuid::parse_str(text.trim()).map($name).map_err(|_| {
                    Error::InvalidInput(Detail::new($detail).with("text", format!("{text:?}")))
                })
            }
        }
    };
}

random_id!(CaseId, "detail-invalid-case-id");
random_id!(AttachmentId, "detail-invalid-attachment-id");

/// Where a case is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseStatus {
    /// Being written; answers may change.
    Draft,
    /// Sealed as a version; changes need [`crate::case::amend_case`].
    Finalized,
}

impl CaseStatus {
    pub(crate) fn code(self) -> i64 {
        match self {
            CaseStatus::Draft => 0,
            CaseStatus::Finalized => 1,
        }
    }

    pub(crate) fn from_code(code: i64) -> Result<CaseStatus, Error> {
        match code {
            0 => Ok(CaseStatus::Draft),
            1 => Ok(CaseStatus::Finalized),
            _ => Err(Error::Corrupted("detail-case-unknown-status")),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            CaseStatus::Draft => "draft",
            CaseStatus::Finalized => "finalized",
        }
    }
}

/// The form a case answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormRef {
    pub id: String,
    pub version: u32,
}

/// A whole case.
#[derive(Clone, PartialEq)]
pub struct Case {
    pub id: CaseId,
    pub status: CaseStatus,
    pub form: FormRef,
    pub answers: Answers,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// Every finalized version, oldest first. Append-only.
    pub versions: Vec<FinalizedVersion>,
    /// Where a guided session on this draft stood (opaque to the store).
    pub cursor: Option<serde_json::Value>,
}

/// Consent given (or refused) for one purpose, at one time. Never overwritten: a change of mind
/// is a new record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentRecord {
    pub seq: u32,
    pub purpose: String,
    pub granted: bool,
    pub at: Timestamp,
}

impl fmt::Debug for Case {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Case")
            .field("id", &self.id)
            .field("status", &self.status)
            .field("form", &self.form)
            .field("answers", &format_args!("<{} answers>", self.answers.len()))
            .field("versions", &self.versions.len())
            .finish()
    }
}

/// A case as it was when finalized.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct FinalizedVersion {
    pub seq: u32,
    pub form: FormRef,
    pub answers: Answers,
    pub finalized_at: Timestamp,
}

impl fmt::Debug for FinalizedVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FinalizedVersion")
            .field("seq", &self.seq)
            .field("form", &self.form)
            .field("finalized_at", &self.finalized_at)
            .finish_non_exhaustive()
    }
}

/// What a list of cases shows; decrypting it does not touch the full case.
#[derive(Clone, PartialEq)]
pub struct CaseSummary {
    pub id: CaseId,
    pub status: CaseStatus,
    pub title: String,
    pub form: FormRef,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub versions: u32,
}

impl fmt::Debug for CaseSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CaseSummary")
            .field("id", &self.id)
            .field("status", &self.status)
            .field("form", &self.form)
            .finish_non_exhaustive()
    }
}

/// An attachment's description: never its bytes, never its key.
#[derive(Clone, PartialEq, Serialize)]
pub struct AttachmentMeta {
    pub id: AttachmentId,
    pub case_id: CaseId,
    /// The file name it was added under, if any.
    pub file_name: Option<String>,
    pub media_type: String,
    pub size: u64,
    /// SHA-256 of the original bytes, lowercase hex: the chain-of-custody fingerprint.
    pub sha256: String,
    pub added_at: Timestamp,
}

impl fmt::Debug for AttachmentMeta {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AttachmentMeta")
            .field("id", &self.id)
            .field("case_id", &self.case_id)
            .field("media_type", &self.media_type)
            .field("size", &self.size)
            .finish_non_exhaustive()
    }
}

/// The short title a list shows: the case's code name if it has one.
pub(crate) fn title_of(answers: &Answers) -> String {
    title_from(|key| {
        answers
            .get(key)
            .and_then(|value| value.as_str())
            .map(str::to_owned)
    })
}

/// [`title_of`] for answers held in another shape: `text_answer` gives the answer to a question
/// id if it is a JSON string.
pub(crate) fn title_from(text_answer: impl Fn(&str) -> Option<String>) -> String {
    ["code_name", "title"]
        .iter()
        .find_map(|key| text_answer(key))
        .map(|title| title.chars().take(80).collect())
        .unwrap_or_default()
}
