//! What the app shows about sync: how many case versions wait, when the last sync succeeded,
//! the last error in words a person understands, and each case's state. "Sent" appears only
//! after the server acknowledged.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::device;
use super::outbox;
use super::outbox::{PENDING, REJECTED, SENT};
use crate::case;
use crate::case::{CaseId, CaseStatus, Timestamp, now};
use crate::error::Result;
use crate::store::Store;

const SYNC: &str = "sync";

/// The outcome of sync attempts, kept sealed in the vault.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(crate) struct SyncRecord {
    pub last_attempt_at: Option<Timestamp>,
    pub last_success_at: Option<Timestamp>,
    pub last_error: Option<String>,
    /// Why the last sync did not take the recipient set the server offered.
    #[serde(default)]
    pub recipient_set_problem: Option<String>,
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
    pub last_error: Option<String>,
    /// The version of the NGO recipient set new cases are sealed to; 0 for the enrollment
    /// string's recipients (always so for a version 1 enrollment string).
    pub recipient_set_version: u64,
    /// Why the last sync did not take the recipient set the server offered, if it did not.
    pub recipient_set_problem: Option<String>,
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
    /// The server refused a version; the reason is the server's.
    Rejected(String),
}

pub fn sync_status(store: &Store) -> Result<SyncStatus> {
    let device = device::device(store)?;
    let (pending, sent, rejected) = outbox::outbox_counts(store)?;
    let record: SyncRecord = store.meta(SYNC)?.unwrap_or_default();
    Ok(SyncStatus {
        enrolled: device.is_some(),
        recipient_set_version: device.as_ref().map_or(0, |d| d.recipient_set_version()),
        recipient_set_problem: record.recipient_set_problem,
        server: device.map(|device| device.server),
        pending,
        sent,
        rejected,
        last_attempt_at: record.last_attempt_at,
        last_success_at: record.last_success_at,
        last_error: record.last_error,
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
            REJECTED => CaseSyncState::Rejected(row.reason.unwrap_or_default()),
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
pub(crate) fn note_sealing_deferred(store: &Store, reason: &str) -> Result<()> {
    let mut record: SyncRecord = store.meta(SYNC)?.unwrap_or_default();
    record.last_error = Some(format!(
        "a finalized case is not sealed for the NGO yet; the next sync seals it: {reason}"
    ));
    store.set_meta(SYNC, &record)
}

pub(crate) fn record_sync_attempt(store: &Store, error: Option<String>) -> Result<()> {
    let mut record: SyncRecord = store.meta(SYNC)?.unwrap_or_default();
    let at = now();
    record.last_attempt_at = Some(at);
    match error {
        Some(error) => record.last_error = Some(error),
        None => {
            record.last_success_at = Some(at);
            record.last_error = None;
        }
    }
    store.set_meta(SYNC, &record)
}

pub(crate) fn record_recipient_set_problem(store: &Store, problem: Option<String>) -> Result<()> {
    let mut record: SyncRecord = store.meta(SYNC)?.unwrap_or_default();
    record.recipient_set_problem = problem;
    store.set_meta(SYNC, &record)
}
