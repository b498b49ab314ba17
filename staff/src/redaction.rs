//! Redactions of archived cases, for reports: staff rewrite a case version's free-text answers
//! without the details that could identify anyone, and mark the result reviewed. Each save is an
//! entry appended to `archive_redactions` (sealed with the store's row key; triggers refuse
//! updates and deletes), so who redacted and who reviewed, and when, is never rewritten. A
//! submission's redaction is its latest entry; the original answers stay untouched in the case.
//! Reports quote only redacted text, and only when it is marked reviewed.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};
use wave_core::error::Detail;
use wave_core::{Error, Result};
use wave_protocol::Uuid;

use crate::archive::Archive;
use crate::journal::Journal;

const JOURNAL: Journal = Journal {
    table: "archive_redactions",
};

/// The longest redacted text kept for one answer.
pub const MAX_REDACTED: usize = 50_000;

/// One save of a submission's redaction.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Redaction {
    /// The case version it redacts: a new version of the case needs its own.
    pub submission_id: Uuid,
    /// The redacted text of each free-text answer, by item id; an answer left out is not quoted.
    pub texts: BTreeMap<String, String>,
    /// Set when the staff member saving it checked the texts for identifying details.
    pub reviewed: bool,
    /// Who saved it, as typed at unlock.
    pub by: String,
    /// When (RFC 3339, UTC).
    pub at: String,
}

impl std::fmt::Debug for Redaction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Redaction")
            .field("submission_id", &self.submission_id)
            .field("reviewed", &self.reviewed)
            .field("at", &self.at)
            .finish_non_exhaustive()
    }
}

impl Redaction {
    /// Refuses an entry without a name or time, with an empty item id, or with text beyond
    /// [`MAX_REDACTED`].
    pub fn validate(&self) -> Result<()> {
        if self.by.trim().is_empty() || self.at.trim().is_empty() {
            return Err(Error::InvalidInput(Detail::new("archive-redaction-author")));
        }
        if self.texts.keys().any(|item| item.trim().is_empty()) {
            return Err(Error::InvalidInput(Detail::new("archive-redaction-item")));
        }
        if self.texts.values().any(|text| text.len() > MAX_REDACTED) {
            return Err(Error::InvalidInput(
                Detail::new("archive-redaction-too-long").with_count("max", MAX_REDACTED as u64),
            ));
        }
        Ok(())
    }
}

/// The redaction in force for each submission: its latest entry.
pub fn latest(history: Vec<Redaction>) -> HashMap<Uuid, Redaction> {
    let mut out = HashMap::new();
    for entry in history {
        out.insert(entry.submission_id, entry);
    }
    out
}

impl Archive {
    /// Appends a redaction; durable when this returns.
    pub fn append_redaction(&self, entry: &Redaction) -> Result<()> {
        entry.validate()?;
        JOURNAL.append(self, entry)
    }

    /// Every redaction saved, oldest first.
    pub fn redaction_history(&self) -> Result<Vec<Redaction>> {
        JOURNAL.read(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(submission: Uuid, text: &str, reviewed: bool) -> Redaction {
        Redaction {
            submission_id: submission,
            texts: BTreeMap::from([("own_words".to_owned(), text.to_owned())]),
            reviewed,
            by: "Olena".into(),
            at: "2026-06-01T10:00:00Z".into(),
        }
    }

    #[test]
    fn the_latest_entry_of_a_submission_is_in_force() {
        let a = Uuid::new_v4();
        let b = Uuid::new_v4();
        let now = latest(vec![
            entry(a, "first", true),
            entry(b, "other", false),
            entry(a, "second", false),
        ]);
        assert_eq!(now[&a].texts["own_words"], "second");
        assert!(
            !now[&a].reviewed,
            "a new save is not reviewed until marked so"
        );
        assert_eq!(now[&b].texts["own_words"], "other");
    }

    #[test]
    fn bad_entries_are_refused() {
        let id = Uuid::new_v4();
        assert!(entry(id, "ok", true).validate().is_ok());
        let mut nameless = entry(id, "ok", true);
        nameless.by = "  ".into();
        assert!(nameless.validate().is_err());
        let mut empty_item = entry(id, "ok", true);
        empty_item.texts.insert(String::new(), "x".into());
        assert!(empty_item.validate().is_err());
        assert!(
            entry(id, &"x".repeat(MAX_REDACTED + 1), true)
                .validate()
                .is_err()
        );
        let text = format!("{:?}", entry(id, "secret words", true));
        assert!(!text.contains("secret"), "Debug never prints the text");
    }
}
