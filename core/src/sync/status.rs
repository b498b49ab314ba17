//! What the app shows about sync: how many case versions wait, when the last sync succeeded,
//! why the last one stopped (a kind, put into words when shown) and each case's state. "Sent"
//! appears only after the server acknowledged.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::device;
use super::failure::{Rejection, SyncFailure};
use super::outbox;
use super::outbox::{PENDING, REJECTED, SENT};
use crate::case;
use crate::case::{CaseId, CaseStatus, Timestamp, now};
use crate::error::{Error, Result};
use crate::store::Store;

const SYNC: &str = "sync";

/// The outcome of sync attempts, kept sealed in the vault.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(crate) struct SyncRecord {
    pub last_attempt_at: Option<Timestamp>,
    pub last_success_at: Option<Timestamp>,
    /// An English sentence, as records written before the failure was kept as a kind hold it:
    /// read, turned into [`SyncFailure::Earlier`] on load, never written again.
    #[serde(default, skip_serializing)]
    last_error: Option<String>,
    #[serde(default)]
    pub last_failure: Option<SyncFailure>,
    /// Like `last_error`, for the recipient set.
    #[serde(default, skip_serializing)]
    recipient_set_problem: Option<String>,
    /// Why the last sync did not take the recipient set the server offered.
    #[serde(default)]
    pub recipient_set_failure: Option<SyncFailure>,
}

impl SyncRecord {
    /// The record as stored, with the sentences of older records turned into kinds, so that
    /// writing it back keeps them.
    fn load(store: &Store) -> Result<SyncRecord> {
        let mut record: SyncRecord = store.meta(SYNC)?.unwrap_or_default();
        if let Some(text) = record.last_error.take() {
            record
                .last_failure
                .get_or_insert(SyncFailure::Earlier { text });
        }
        if let Some(text) = record.recipient_set_problem.take() {
            record
                .recipient_set_failure
                .get_or_insert(SyncFailure::Earlier { text });
        }
        Ok(record)
    }
}

/// Sync at a glance.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SyncStatus {
    pub enrolled: bool,
    pub server: Option<String>,
    /// Case versions sealed and waiting for the server.
    pub pending: u64,
    /// Acknowledged by the server.
    pub sent: u64,
    /// Refused by the server for good (each case says why).
    pub rejected: u64,
    pub last_attempt_at: Option<Timestamp>,
    pub last_success_at: Option<Timestamp>,
    /// Why the last sync stopped, in English (for logs and older callers; people are shown
    /// [`SyncFailure::message`] of `last_failure` in their language).
    pub last_error: Option<String>,
    pub last_failure: Option<SyncFailure>,
    /// The version of the NGO recipient set new cases are sealed to; 0 for the enrollment
    /// string's recipients (always so for a version 1 enrollment string).
    pub recipient_set_version: u64,
    /// Why the last sync did not take the recipient set the server offered, if it did not, in
    /// English; `recipient_set_failure` is the kind.
    pub recipient_set_problem: Option<String>,
    pub recipient_set_failure: Option<SyncFailure>,
}

/// Where one case stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "state", content = "reason", rename_all = "snake_case")]
pub enum CaseSyncState {
    /// Still being written: nothing to send.
    Draft,
    /// Finalized, but the device is not enrolled yet.
    NotEnrolled,
    /// At least one version waits for the server.
    Pending,
    /// Every version was acknowledged by the server.
    Sent,
    /// The server refused a version, for this reason.
    Rejected(Rejection),
}

pub fn sync_status(store: &Store) -> Result<SyncStatus> {
    let device = device::device(store)?;
    let (pending, sent, rejected) = outbox::outbox_counts(store)?;
    let record = SyncRecord::load(store)?;
    let english = |failure: &Option<SyncFailure>| failure.as_ref().map(SyncFailure::to_string);
    Ok(SyncStatus {
        enrolled: device.is_some(),
        recipient_set_version: device.as_ref().map_or(0, |d| d.recipient_set_version()),
        recipient_set_problem: english(&record.recipient_set_failure),
        recipient_set_failure: record.recipient_set_failure,
        server: device.map(|device| device.server),
        pending,
        sent,
        rejected,
        last_attempt_at: record.last_attempt_at,
        last_success_at: record.last_success_at,
        last_error: english(&record.last_failure),
        last_failure: record.last_failure,
    })
}

/// The sync state of every case.
pub fn case_sync_states(store: &Store) -> Result<BTreeMap<CaseId, CaseSyncState>> {
    let enrolled = device::device(store)?.is_some();
    let mut states = BTreeMap::new();
    for summary in case::list_cases(store)? {
        let state = match (summary.status, summary.versions, enrolled) {
            (CaseStatus::Draft, 0, _) => CaseSyncState::Draft,
            (_, _, false) => CaseSyncState::NotEnrolled,
            _ => CaseSyncState::Pending,
        };
        states.insert(summary.id, state);
    }
    let mut worst: BTreeMap<CaseId, CaseSyncState> = BTreeMap::new();
    for row in outbox::outbox_states(store)? {
        let case_id = row.case_id;
        let this = match row.state {
            SENT => CaseSyncState::Sent,
            REJECTED => CaseSyncState::Rejected(row.reason.unwrap_or(Rejection::Unexplained)),
            PENDING => CaseSyncState::Pending,
            _ => continue,
        };
        let entry = worst.entry(case_id).or_insert(CaseSyncState::Sent);
        *entry = match (&*entry, this) {
            (CaseSyncState::Rejected(reason), _) => CaseSyncState::Rejected(reason.clone()),
            (_, CaseSyncState::Rejected(reason)) => CaseSyncState::Rejected(reason),
            (CaseSyncState::Pending, _) | (_, CaseSyncState::Pending) => CaseSyncState::Pending,
            _ => CaseSyncState::Sent,
        };
    }
    for (case_id, state) in worst {
        if let Some(slot) = states.get_mut(&case_id) {
            // A draft being amended keeps its sent versions; show it as sent.
            *slot = state;
        }
    }
    Ok(states)
}

/// Notes, as the last error the app shows, that a version just finalized could not be
/// sealed; the next successful sync, which seals it first, clears the note. The attempt
/// times stay as they were: no sync was attempted.
pub(crate) fn note_sealing_deferred(store: &Store, error: &Error) -> Result<()> {
    let mut record = SyncRecord::load(store)?;
    record.last_failure = Some(SyncFailure::SealingDeferred {
        error: error.into(),
    });
    store.set_meta(SYNC, &record)
}

pub(crate) fn record_sync_attempt(store: &Store, failure: Option<SyncFailure>) -> Result<()> {
    let mut record = SyncRecord::load(store)?;
    let at = now();
    record.last_attempt_at = Some(at);
    if failure.is_none() {
        record.last_success_at = Some(at);
    }
    record.last_failure = failure;
    store.set_meta(SYNC, &record)
}

pub(crate) fn record_recipient_set_problem(
    store: &Store,
    problem: Option<SyncFailure>,
) -> Result<()> {
    let mut record = SyncRecord::load(store)?;
    record.recipient_set_failure = problem;
    store.set_meta(SYNC, &record)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::SecretKey;

    #[test]
    fn a_record_written_before_kinds_loads_and_keeps_its_sentence_quoted() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::create(dir.path(), &SecretKey::generate()).unwrap();
        let old = serde_json::json!({
            "last_attempt_at": null,
            "last_success_at": null,
            "last_error": "the server could not be reached: no connection to the server",
            "recipient_set_problem": "the NGO's new recipient set was refused: it is malformed",
        });
        store.set_meta(SYNC, &old).unwrap();
        let status = sync_status(&store).unwrap();
        let failure = status.last_failure.clone().unwrap();
        assert_eq!(failure.code(), "earlier");
        assert_eq!(
            failure.message("ru"),
            "последняя синхронизация не завершилась: the server could not be reached: no \
             connection to the server"
        );
        assert_eq!(
            status.last_error.as_deref(),
            Some(
                "the last sync did not finish: the server could not be reached: no connection to the server"
            )
        );
        assert!(
            status
                .recipient_set_problem
                .unwrap()
                .contains("it is malformed")
        );

        // Writing the record again (a note about sealing) keeps the older sentence of the
        // recipient set, now as a kind, and stores no sentence of its own.
        note_sealing_deferred(&store, &Error::Corrupted("sync-detail-sealed-file")).unwrap();
        let written: serde_json::Value = store.meta(SYNC).unwrap().unwrap();
        assert!(written.get("last_error").is_none(), "{written}");
        assert_eq!(written["last_failure"]["kind"], "sealing_deferred");
        assert_eq!(written["recipient_set_failure"]["kind"], "earlier");
        let status = sync_status(&store).unwrap();
        assert!(
            status
                .last_failure
                .unwrap()
                .message("be")
                .contains("зашыфраваны файл")
        );
    }
}
