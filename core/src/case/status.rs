//! Whether a case exists and where it is in its life, read from its plaintext status column:
//! the one question both the case rows (`cases.rs`) and the attachments (`attachments.rs`) ask,
//! kept apart so that neither file imports the other for it.

use rusqlite::OptionalExtension;

use super::model::{CaseId, CaseStatus};
use crate::error::{Error, Result};
use crate::store::Store;

/// The case's status; [`Error::NotFound`] when there is no such case.
pub fn case_status(store: &Store, id: CaseId) -> Result<CaseStatus> {
    let id_text = id.to_string();
    let status: Option<i64> = store
        .conn()
        .prepare_cached("SELECT status FROM cases WHERE id = ?1")?
        .query_row([&id_text], |row| row.get(0))
        .optional()?;
    CaseStatus::from_code(status.ok_or(Error::NotFound {
        kind: "detail-kind-case",
        id: id_text,
    })?)
}
