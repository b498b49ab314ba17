//! Legal follow-up of archived cases — the case management staff did by hand: a status per case
//! (new → reviewed → referred → complaint filed → outcome → closed), where it was referred or
//! filed, who is assigned, when it is due, and dated notes. Every change is an entry appended to
//! `archive_followup` (sealed with the store's row key; SQLite triggers refuse updates and
//! deletes), so the history of who changed what and when is never rewritten; a case's current
//! state is the fold of its entries.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use wave_core::error::Detail;
use wave_core::{Error, Result};

use crate::archive::Archive;
use crate::journal::Journal;

const JOURNAL: Journal = Journal {
    table: "archive_followup",
};

/// Where a case stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FollowupStatus {
    New,
    Reviewed,
    Referred,
    ComplaintFiled,
    Outcome,
    Closed,
}

impl FollowupStatus {
    pub const ALL: [FollowupStatus; 6] = [
        FollowupStatus::New,
        FollowupStatus::Reviewed,
        FollowupStatus::Referred,
        FollowupStatus::ComplaintFiled,
        FollowupStatus::Outcome,
        FollowupStatus::Closed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            FollowupStatus::New => "new",
            FollowupStatus::Reviewed => "reviewed",
            FollowupStatus::Referred => "referred",
            FollowupStatus::ComplaintFiled => "complaint_filed",
            FollowupStatus::Outcome => "outcome",
            FollowupStatus::Closed => "closed",
        }
    }

    pub fn parse(text: &str) -> Option<FollowupStatus> {
        FollowupStatus::ALL
            .into_iter()
            .find(|status| status.as_str() == text)
    }
}

/// Who a case can be referred to.
pub const REFERRALS: [&str; 4] = ["lawyer", "medical", "shelter", "social_worker"];
/// Where a complaint can be filed.
pub const COMPLAINTS: [&str; 5] = ["police", "prosecutor", "ombudsperson", "court", "un_body"];

/// The longest note, assignee or outcome text kept: a local form, but a paste by mistake
/// should not make one entry megabytes long.
pub const MAX_TEXT: usize = 20_000;

/// One change to a case's follow-up. Fields left `None` are unchanged by it.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowupEntry {
    /// The case's id on the device (versions of one case share it).
    pub case_id: String,
    /// When (RFC 3339, UTC).
    pub at: String,
    /// The staff member who made it, as typed at unlock.
    pub by: String,
    pub status: Option<FollowupStatus>,
    pub referred_to: Option<String>,
    pub complaint_to: Option<String>,
    pub assignee: Option<String>,
    /// `YYYY-MM-DD`.
    pub due: Option<String>,
    pub note: Option<String>,
}

impl std::fmt::Debug for FollowupEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FollowupEntry")
            .field("at", &self.at)
            .field("status", &self.status)
            .finish_non_exhaustive()
    }
}

impl FollowupEntry {
    /// Refuses an entry that changes nothing, names an unknown referral or complaint body, has
    /// a due date that is not a date, or text beyond [`MAX_TEXT`].
    pub fn validate(&self) -> Result<()> {
        let nothing = self.status.is_none()
            && self.referred_to.is_none()
            && self.complaint_to.is_none()
            && self.assignee.is_none()
            && self.due.is_none()
            && self.note.is_none();
        if nothing {
            return Err(Error::InvalidInput(Detail::new("archive-followup-empty")));
        }
        if self.by.trim().is_empty() {
            return Err(Error::InvalidInput(Detail::new(
                "archive-followup-no-author",
            )));
        }
        if let Some(to) = &self.referred_to
            && !REFERRALS.contains(&to.as_str())
        {
            return Err(Error::InvalidInput(Detail::new(
                "archive-followup-referral",
            )));
        }
        if let Some(to) = &self.complaint_to
            && !COMPLAINTS.contains(&to.as_str())
        {
            return Err(Error::InvalidInput(Detail::new(
                "archive-followup-complaint",
            )));
        }
        if let Some(due) = &self.due
            && !is_date(due)
        {
            return Err(Error::InvalidInput(Detail::new("archive-followup-due")));
        }
        for text in [&self.assignee, &self.note, &Some(self.by.clone())]
            .into_iter()
            .flatten()
        {
            if text.len() > MAX_TEXT {
                return Err(Error::InvalidInput(Detail::new(
                    "archive-followup-too-long",
                )));
            }
        }
        Ok(())
    }
}

fn is_date(text: &str) -> bool {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    text.len() == 10 && time::Date::parse(text, &format).is_ok()
}

/// A case's follow-up as it now stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowupState {
    pub status: FollowupStatus,
    pub referred_to: Option<String>,
    pub complaint_to: Option<String>,
    pub assignee: Option<String>,
    pub due: Option<String>,
    pub updated_at: Option<String>,
}

impl Default for FollowupState {
    fn default() -> Self {
        FollowupState {
            status: FollowupStatus::New,
            referred_to: None,
            complaint_to: None,
            assignee: None,
            due: None,
            updated_at: None,
        }
    }
}

impl FollowupState {
    /// Applies `entry` on top of this state.
    pub fn apply(&mut self, entry: &FollowupEntry) {
        if let Some(status) = entry.status {
            self.status = status;
        }
        let keep = |target: &mut Option<String>, value: &Option<String>| {
            if let Some(value) = value {
                // An empty value clears the field (an assignee who left, a due date met).
                *target = (!value.is_empty()).then(|| value.clone());
            }
        };
        keep(&mut self.referred_to, &entry.referred_to);
        keep(&mut self.complaint_to, &entry.complaint_to);
        keep(&mut self.assignee, &entry.assignee);
        keep(&mut self.due, &entry.due);
        self.updated_at = Some(entry.at.clone());
    }
}

/// Every case's current state, by device case id, from the history in order.
pub fn fold(history: &[FollowupEntry]) -> HashMap<String, FollowupState> {
    let mut states: HashMap<String, FollowupState> = HashMap::new();
    for entry in history {
        states
            .entry(entry.case_id.clone())
            .or_default()
            .apply(entry);
    }
    states
}

impl Archive {
    /// Appends a follow-up change; durable when this returns.
    pub fn append_followup(&self, entry: &FollowupEntry) -> Result<()> {
        entry.validate()?;
        JOURNAL.append(self, entry)
    }

    /// The whole follow-up history, oldest first.
    pub fn followup_history(&self) -> Result<Vec<FollowupEntry>> {
        JOURNAL.read(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(case: &str, status: Option<FollowupStatus>) -> FollowupEntry {
        FollowupEntry {
            case_id: case.into(),
            at: "2026-06-01T10:00:00Z".into(),
            by: "Olena".into(),
            status,
            referred_to: None,
            complaint_to: None,
            assignee: None,
            due: None,
            note: None,
        }
    }

    #[test]
    fn the_state_is_the_fold_of_the_history_and_empty_values_clear() {
        let mut referred = entry("a", Some(FollowupStatus::Referred));
        referred.referred_to = Some("lawyer".into());
        referred.assignee = Some("Iryna".into());
        referred.due = Some("2026-07-01".into());
        let mut met = entry("a", None);
        met.due = Some(String::new());
        let states = fold(&[
            entry("a", Some(FollowupStatus::Reviewed)),
            entry("b", Some(FollowupStatus::Closed)),
            referred,
            met,
        ]);
        let a = &states["a"];
        assert_eq!(a.status, FollowupStatus::Referred);
        assert_eq!(a.referred_to.as_deref(), Some("lawyer"));
        assert_eq!(a.assignee.as_deref(), Some("Iryna"));
        assert_eq!(a.due, None);
        assert_eq!(states["b"].status, FollowupStatus::Closed);
    }

    #[test]
    fn bad_entries_are_refused() {
        assert!(entry("a", None).validate().is_err(), "empty");
        let mut bad = entry("a", None);
        bad.referred_to = Some("mayor".into());
        assert!(bad.validate().is_err());
        let mut bad = entry("a", None);
        bad.due = Some("2026-02-30".into());
        assert!(bad.validate().is_err());
        let mut bad = entry("a", Some(FollowupStatus::New));
        bad.by = " ".into();
        assert!(bad.validate().is_err());
        assert!(entry("a", Some(FollowupStatus::Outcome)).validate().is_ok());
    }
}
