//! Case operations on the store: create, save answers, finalize, amend, read, list, delete.
//! Each call is one SQLite transaction, synced before it returns.

use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::attachments;
use super::model::{
    Answers, Case, CaseId, CaseStatus, CaseSummary, ConsentRecord, FinalizedVersion, FormRef,
    Timestamp, now, title_of,
};
use crate::error::{Error, Result};
use crate::store::{RowRef, Store};

const CASES: &str = "cases";
const SUMMARIES: &str = "case_summaries";
const VERSIONS: &str = "case_versions";
const CONSENTS: &str = "consents";

/// The sealed body of a `cases` row.
#[derive(Serialize, Deserialize)]
struct CaseBody {
    form: FormRef,
    answers: Answers,
    created_at: Timestamp,
    updated_at: Timestamp,
    /// Where a guided session stood, so a killed app resumes at the same question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    cursor: Option<serde_json::Value>,
}

/// The sealed body of a `consents` row.
#[derive(Serialize, Deserialize)]
struct ConsentBody {
    purpose: String,
    granted: bool,
    at: Timestamp,
}

/// The sealed body of a `case_summaries` row.
#[derive(Serialize, Deserialize)]
struct SummaryBody {
    title: String,
    form: FormRef,
    created_at: Timestamp,
    updated_at: Timestamp,
    versions: u32,
}

fn version_row_id(case: &str, seq: u32) -> String {
    format!("{case}/{seq}")
}

/// What a writer remembers of the draft it last wrote, so that the next save need not read the
/// draft back and decrypt it: the revision it wrote and the parts of the body an answer does
/// not change. Holds nothing a person typed. A save from a stale one (someone else wrote the
/// case since) reads the case as [`save_draft`] does, so nothing is lost and a finalized case
/// is still refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftState {
    revision: i64,
    form: FormRef,
    created_at: Timestamp,
    versions: u32,
}

/// Stores a new draft case and returns its id.
pub fn create_case(store: &mut Store, form: FormRef, answers: Answers) -> Result<CaseId> {
    create_draft(store, form, answers, None, &[])
}

/// Stores a new draft as a guided session creates it: answers, where the session stands, and
/// the consents given so far, in one transaction.
pub fn create_draft(
    store: &mut Store,
    form: FormRef,
    answers: Answers,
    cursor: Option<serde_json::Value>,
    consents: &[(String, bool)],
) -> Result<CaseId> {
    create_held_draft(store, form, answers, cursor, consents).map(|(id, _)| id)
}

/// [`create_draft`], returning also what [`save_held_draft`] needs for the next save.
pub fn create_held_draft(
    store: &mut Store,
    form: FormRef,
    answers: Answers,
    cursor: Option<serde_json::Value>,
    consents: &[(String, bool)],
) -> Result<(CaseId, DraftState)> {
    let id = CaseId::generate();
    let at = now();
    let held = DraftState {
        revision: 1,
        form: form.clone(),
        created_at: at,
        versions: 0,
    };
    let body = CaseBody {
        form,
        answers,
        created_at: at,
        updated_at: at,
        cursor,
    };
    let id_text = id.to_string();
    let (sealed, summary) = seal_case(store, &id_text, 1, &body, 0)?;
    let sealed_consents = seal_consents(store, &id_text, 0, consents)?;
    let tx = store.conn_mut().transaction()?;
    tx.prepare_cached("INSERT INTO cases (id, status, revision, body) VALUES (?1, ?2, 1, ?3)")?
        .execute(params![id_text, CaseStatus::Draft.code(), sealed])?;
    tx.prepare_cached("INSERT INTO case_summaries (case_id, revision, body) VALUES (?1, 1, ?2)")?
        .execute(params![id_text, summary])?;
    insert_consents(&tx, &id_text, sealed_consents)?;
    tx.commit()?;
    Ok((id, held))
}

/// Stores many new draft cases in one transaction and returns their ids, in order. For bulk
/// arrivals (restoring or moving a set of cases): one disk sync for all instead of one per
/// case. All or nothing: if any case cannot be stored, none is.
pub fn import_cases(
    store: &mut Store,
    cases: impl IntoIterator<Item = (FormRef, Answers)>,
) -> Result<Vec<CaseId>> {
    // `&mut Store` guarantees no other transaction is open on this connection, which is what
    // the unchecked variant leaves to the caller; it lets rows be sealed while it is open.
    let tx = store.conn().unchecked_transaction()?;
    let mut ids = Vec::new();
    {
        let mut insert_case = tx.prepare_cached(
            "INSERT INTO cases (id, status, revision, body) VALUES (?1, ?2, 1, ?3)",
        )?;
        let mut insert_summary = tx.prepare_cached(
            "INSERT INTO case_summaries (case_id, revision, body) VALUES (?1, 1, ?2)",
        )?;
        for (form, answers) in cases {
            let id = CaseId::generate();
            let at = now();
            let body = CaseBody {
                form,
                answers,
                created_at: at,
                updated_at: at,
                cursor: None,
            };
            let id_text = id.to_string();
            let (sealed, summary) = seal_case(store, &id_text, 1, &body, 0)?;
            insert_case.execute(params![id_text, CaseStatus::Draft.code(), sealed])?;
            insert_summary.execute(params![id_text, summary])?;
            ids.push(id);
        }
    }
    tx.commit()?;
    Ok(ids)
}

/// A case to store already finalized by [`import_finalized`]. The id is the caller's, fresh
/// from [`CaseId::generate`], so that rows the caller writes in the same transaction can name
/// the case before it exists.
pub struct FinalizedImport {
    pub id: CaseId,
    pub form: FormRef,
    pub answers: Answers,
}

impl std::fmt::Debug for FinalizedImport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FinalizedImport")
            .field("id", &self.id)
            .field("form", &self.form)
            .finish_non_exhaustive()
    }
}

/// Stores many new cases as finalized, each with its one version, in one transaction, and runs
/// `also` inside that same transaction before it commits (a caller's own rows that refer to
/// these cases). For archiving cases that arrive finalized: each row is sealed once, nothing is
/// read back. All or nothing: if any case or `also` fails, nothing is stored. The commit is
/// synced as the store's `synchronous` setting says (synced unless the caller lowered it).
pub fn import_finalized<F>(store: &mut Store, cases: Vec<FinalizedImport>, also: F) -> Result<()>
where
    F: FnOnce(&rusqlite::Transaction<'_>) -> Result<()>,
{
    // As in `import_cases`: `&mut Store` guarantees no other transaction is open.
    let tx = store.conn().unchecked_transaction()?;
    {
        let mut insert_case = tx.prepare_cached(
            "INSERT INTO cases (id, status, revision, body) VALUES (?1, ?2, 1, ?3)",
        )?;
        let mut insert_summary = tx.prepare_cached(
            "INSERT INTO case_summaries (case_id, revision, body) VALUES (?1, 1, ?2)",
        )?;
        let mut insert_version = tx
            .prepare_cached("INSERT INTO case_versions (case_id, seq, body) VALUES (?1, ?2, ?3)")?;
        for case in cases {
            let at = now();
            let id_text = case.id.to_string();
            let version = FinalizedVersion {
                seq: 1,
                form: case.form,
                answers: case.answers,
                finalized_at: at,
            };
            let row_id = version_row_id(&id_text, version.seq);
            let sealed_version = store.seal_json(
                RowRef {
                    table: VERSIONS,
                    id: &row_id,
                    version: u64::from(version.seq),
                },
                &version,
            )?;
            let body = CaseBody {
                form: version.form,
                answers: version.answers,
                created_at: at,
                updated_at: at,
                cursor: None,
            };
            let (sealed, summary) = seal_case(store, &id_text, 1, &body, 1)?;
            insert_case.execute(params![id_text, CaseStatus::Finalized.code(), sealed])?;
            insert_summary.execute(params![id_text, summary])?;
            insert_version.execute(params![id_text, version.seq, sealed_version])?;
        }
    }
    also(&tx)?;
    tx.commit()?;
    Ok(())
}

/// Replaces a draft's answers.
pub fn save_answers(store: &mut Store, id: CaseId, answers: Answers) -> Result<()> {
    let (status, revision, mut body) = load_body(store, id)?;
    if status != CaseStatus::Draft {
        return Err(Error::InvalidState("detail-case-finalized"));
    }
    body.answers = answers;
    body.updated_at = now();
    write_body(store, id, CaseStatus::Draft, revision, &body, None, &[])
}

/// Saves a draft as a guided session leaves it: the answers, where the session stands, and
/// any consent given or changed by this answer — in one transaction, synced before return.
pub fn save_draft(
    store: &mut Store,
    id: CaseId,
    answers: Answers,
    cursor: Option<serde_json::Value>,
    consents: &[(String, bool)],
) -> Result<()> {
    save_held_draft(store, id, None, answers, cursor, consents).map(|_| ())
}

/// [`save_draft`] for a writer that holds the [`DraftState`] of its previous save: the draft is
/// then not read back and decrypted, only written (one synced transaction, as always). Returns
/// the state for the next save.
pub fn save_held_draft(
    store: &mut Store,
    id: CaseId,
    held: Option<&DraftState>,
    answers: Answers,
    cursor: Option<serde_json::Value>,
    consents: &[(String, bool)],
) -> Result<DraftState> {
    let updated_at = now();
    if let Some(held) = held {
        let body = CaseBody {
            form: held.form.clone(),
            answers,
            created_at: held.created_at,
            updated_at,
            cursor,
        };
        // The revision in the UPDATE's condition is the check: if it moved, someone else wrote
        // the case (another session, a finalize) and it is read below like any other save.
        if write_body_at(
            store,
            id,
            CaseStatus::Draft,
            held.revision,
            &body,
            None,
            held.versions,
            consents,
        )? {
            return Ok(DraftState {
                revision: held.revision + 1,
                ..held.clone()
            });
        }
        return save_held_draft(store, id, None, body.answers, body.cursor, consents);
    }
    let (status, revision, mut body) = load_body(store, id)?;
    if status != CaseStatus::Draft {
        return Err(Error::InvalidState("detail-case-finalized"));
    }
    body.answers = answers;
    body.cursor = cursor;
    body.updated_at = updated_at;
    let versions = version_count(store, id)?;
    let written = write_body_at(
        store,
        id,
        CaseStatus::Draft,
        revision,
        &body,
        None,
        versions,
        consents,
    )?;
    if !written {
        return Err(Error::InvalidState("detail-case-changed-meanwhile"));
    }
    Ok(DraftState {
        revision: revision + 1,
        form: body.form,
        created_at: body.created_at,
        versions,
    })
}

/// Every consent record of a case, oldest first.
pub fn consents(store: &Store, id: CaseId) -> Result<Vec<ConsentRecord>> {
    let records = open_numbered::<ConsentBody>(store, CONSENTS, &id.to_string())?
        .into_iter()
        .map(|(seq, body)| ConsentRecord {
            seq,
            purpose: body.purpose,
            granted: body.granted,
            at: body.at,
        })
        .collect();
    Ok(records)
}

/// The consent in force per purpose: the latest record for each.
pub fn current_consents(
    store: &Store,
    id: CaseId,
) -> Result<std::collections::BTreeMap<String, bool>> {
    let mut current = std::collections::BTreeMap::new();
    for record in consents(store, id)? {
        current.insert(record.purpose, record.granted);
    }
    Ok(current)
}

/// Seals the current answers as a new finalized version; returns its sequence number. Only
/// finalizes: sealing the version for the NGO is the next step, composed above case and sync
/// (`crate::record::finalize_and_seal`), which reports its failure.
pub fn finalize_case(store: &mut Store, id: CaseId) -> Result<u32> {
    let (status, revision, mut body) = load_body(store, id)?;
    if status != CaseStatus::Draft {
        return Err(Error::InvalidState("detail-case-already-finalized"));
    }
    let seq = version_count(store, id)? + 1;
    let at = now();
    body.updated_at = at;
    let version = FinalizedVersion {
        seq,
        form: body.form.clone(),
        answers: body.answers.clone(),
        finalized_at: at,
    };
    body.cursor = None;
    write_body(
        store,
        id,
        CaseStatus::Finalized,
        revision,
        &body,
        Some(version),
        &[],
    )?;
    Ok(seq)
}

/// Makes a finalized case a draft again so it can be corrected; its finalized versions stay.
pub fn amend_case(store: &mut Store, id: CaseId) -> Result<()> {
    let (status, revision, mut body) = load_body(store, id)?;
    if status != CaseStatus::Finalized {
        return Err(Error::InvalidState("detail-case-not-finalized"));
    }
    body.updated_at = now();
    write_body(store, id, CaseStatus::Draft, revision, &body, None, &[])
}

/// The whole case, with every finalized version.
pub fn get_case(store: &Store, id: CaseId) -> Result<Case> {
    let (status, _, body) = load_body(store, id)?;
    let mut versions = Vec::new();
    for (seq, version) in open_numbered::<FinalizedVersion>(store, VERSIONS, &id.to_string())? {
        if version.seq != seq {
            return Err(Error::Corrupted("detail-version-out-of-place"));
        }
        versions.push(version);
    }
    Ok(Case {
        id,
        status,
        form: body.form,
        answers: body.answers,
        created_at: body.created_at,
        updated_at: body.updated_at,
        cursor: body.cursor,
        versions,
    })
}

/// Every case's summary, most recently changed first. Decrypts only the small summaries.
pub fn list_cases(store: &Store) -> Result<Vec<CaseSummary>> {
    let mut statement = store.conn().prepare_cached(
        "SELECT c.id, c.status, s.revision, s.body FROM cases c JOIN case_summaries s ON s.case_id = c.id",
    )?;
    let rows = statement.query_map([], |row| {
        Ok((
            row.get::<_, String>(0)?,
            row.get::<_, i64>(1)?,
            row.get::<_, i64>(2)?,
            row.get::<_, Vec<u8>>(3)?,
        ))
    })?;
    let mut summaries = Vec::new();
    for row in rows {
        let (id_text, status, revision, sealed) = row?;
        let id: CaseId = id_text
            .parse()
            .map_err(|_| Error::Corrupted("detail-case-id-malformed"))?;
        let body: SummaryBody = store.open_json(
            RowRef {
                table: SUMMARIES,
                id: &id_text,
                version: revision as u64,
            },
            &sealed,
        )?;
        summaries.push(CaseSummary {
            id,
            status: CaseStatus::from_code(status)?,
            title: body.title,
            form: body.form,
            created_at: body.created_at,
            updated_at: body.updated_at,
            versions: body.versions,
        });
    }
    summaries.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then(a.id.cmp(&b.id)));
    Ok(summaries)
}

/// Deletes a case, its versions and its attachments. Rows go first in one transaction (secure
/// delete zeroes their pages); attachment files follow, and are unreadable anyway once the
/// rows holding their keys are gone.
pub fn delete_case(store: &mut Store, id: CaseId) -> Result<()> {
    let blobs = attachments::attachment_blob_names(store, id)?;
    let id_text = id.to_string();
    let deleted = store
        .conn()
        .prepare_cached("DELETE FROM cases WHERE id = ?1")?
        .execute([&id_text])?;
    if deleted == 0 {
        return Err(Error::NotFound {
            kind: "detail-kind-case",
            id: id_text,
        });
    }
    for name in blobs {
        attachments::remove_blob_file(store, &name)?;
    }
    Ok(())
}

pub fn case_count(store: &Store) -> Result<u64> {
    let count: i64 = store
        .conn()
        .query_row("SELECT count(*) FROM cases", [], |row| row.get(0))?;
    u64::try_from(count).map_err(|_| Error::Corrupted("detail-row-count-negative"))
}

fn version_count(store: &Store, id: CaseId) -> Result<u32> {
    Ok(store
        .conn()
        .prepare_cached("SELECT count(*) FROM case_versions WHERE case_id = ?1")?
        .query_row([id.to_string()], |row| row.get(0))?)
}

fn load_body(store: &Store, id: CaseId) -> Result<(CaseStatus, i64, CaseBody)> {
    let id_text = id.to_string();
    let row: Option<(i64, i64, Vec<u8>)> = store
        .conn()
        .prepare_cached("SELECT status, revision, body FROM cases WHERE id = ?1")?
        .query_row([&id_text], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?))
        })
        .optional()?;
    let (status, revision, sealed) = row.ok_or(Error::NotFound {
        kind: "detail-kind-case",
        id: id_text.clone(),
    })?;
    let body: CaseBody = store.open_json(
        RowRef {
            table: CASES,
            id: &id_text,
            version: revision as u64,
        },
        &sealed,
    )?;
    Ok((CaseStatus::from_code(status)?, revision, body))
}

fn seal_case(
    store: &Store,
    id: &str,
    revision: i64,
    body: &CaseBody,
    versions: u32,
) -> Result<(Vec<u8>, Vec<u8>)> {
    let sealed = store.seal_json(
        RowRef {
            table: CASES,
            id,
            version: revision as u64,
        },
        body,
    )?;
    let summary = SummaryBody {
        title: title_of(&body.answers),
        form: body.form.clone(),
        created_at: body.created_at,
        updated_at: body.updated_at,
        versions,
    };
    let summary = store.seal_json(
        RowRef {
            table: SUMMARIES,
            id,
            version: revision as u64,
        },
        &summary,
    )?;
    Ok((sealed, summary))
}

/// Rewrites a case at the next revision, with its summary, and appends `version` if given —
/// all in one transaction.
fn write_body(
    store: &mut Store,
    id: CaseId,
    status: CaseStatus,
    revision: i64,
    body: &CaseBody,
    version: Option<FinalizedVersion>,
    consents: &[(String, bool)],
) -> Result<()> {
    let versions = version_count(store, id)?;
    if write_body_at(
        store, id, status, revision, body, version, versions, consents,
    )? {
        Ok(())
    } else {
        Err(Error::InvalidState("detail-case-changed-meanwhile"))
    }
}

/// [`write_body`] for a case with `versions` finalized versions before this write. `false`
/// (nothing written) if the case is no longer at `revision`.
#[allow(clippy::too_many_arguments)]
fn write_body_at(
    store: &mut Store,
    id: CaseId,
    status: CaseStatus,
    revision: i64,
    body: &CaseBody,
    version: Option<FinalizedVersion>,
    versions: u32,
    consents: &[(String, bool)],
) -> Result<bool> {
    let id_text = id.to_string();
    let sealed_consents = if consents.is_empty() {
        Vec::new()
    } else {
        let recorded: u32 = store.conn().query_row(
            "SELECT count(*) FROM consents WHERE case_id = ?1",
            [&id_text],
            |row| row.get(0),
        )?;
        seal_consents(store, &id_text, recorded, consents)?
    };
    let next = revision + 1;
    let versions = versions + u32::from(version.is_some());
    let (sealed, summary) = seal_case(store, &id_text, next, body, versions)?;
    let sealed_version = match &version {
        Some(version) => {
            let row_id = version_row_id(&id_text, version.seq);
            Some(store.seal_json(
                RowRef {
                    table: VERSIONS,
                    id: &row_id,
                    version: version.seq as u64,
                },
                version,
            )?)
        }
        None => None,
    };
    let tx = store.conn_mut().transaction()?;
    let updated = tx
        .prepare_cached(
            "UPDATE cases SET status = ?2, revision = ?3, body = ?4 WHERE id = ?1 AND revision = ?5",
        )?
        .execute(params![id_text, status.code(), next, sealed, revision])?;
    if updated != 1 {
        return Ok(false);
    }
    tx.prepare_cached("UPDATE case_summaries SET revision = ?2, body = ?3 WHERE case_id = ?1")?
        .execute(params![id_text, next, summary])?;
    if let (Some(version), Some(sealed_version)) = (version, sealed_version) {
        tx.prepare_cached("INSERT INTO case_versions (case_id, seq, body) VALUES (?1, ?2, ?3)")?
            .execute(params![id_text, version.seq, sealed_version])?;
    }
    insert_consents(&tx, &id_text, sealed_consents)?;
    tx.commit()?;
    Ok(true)
}

/// Seals consent records numbered from `recorded + 1`.
fn seal_consents(
    store: &Store,
    id_text: &str,
    recorded: u32,
    consents: &[(String, bool)],
) -> Result<Vec<(u32, Vec<u8>)>> {
    let at = now();
    let mut sealed = Vec::with_capacity(consents.len());
    for (offset, (purpose, granted)) in consents.iter().enumerate() {
        let seq = recorded + 1 + offset as u32;
        let row_id = version_row_id(id_text, seq);
        let body = ConsentBody {
            purpose: purpose.clone(),
            granted: *granted,
            at,
        };
        let row = RowRef {
            table: CONSENTS,
            id: &row_id,
            version: seq as u64,
        };
        sealed.push((seq, store.seal_json(row, &body)?));
    }
    Ok(sealed)
}

fn insert_consents(
    tx: &rusqlite::Transaction<'_>,
    id_text: &str,
    sealed: Vec<(u32, Vec<u8>)>,
) -> Result<()> {
    for (seq, body) in sealed {
        tx.execute(
            "INSERT INTO consents (case_id, seq, body) VALUES (?1, ?2, ?3)",
            params![id_text, seq, body],
        )?;
    }
    Ok(())
}

/// Every row of a case in one of its numbered tables (finalized versions, consent records),
/// oldest first, each opened with its sequence number as the envelope's version.
fn open_numbered<T: serde::de::DeserializeOwned>(
    store: &Store,
    table: &'static str,
    id_text: &str,
) -> Result<Vec<(u32, T)>> {
    let mut statement = store.conn().prepare_cached(&format!(
        "SELECT seq, body FROM {table} WHERE case_id = ?1 ORDER BY seq"
    ))?;
    let rows = statement.query_map([id_text], |row| {
        Ok((row.get::<_, u32>(0)?, row.get::<_, Vec<u8>>(1)?))
    })?;
    let mut opened = Vec::new();
    for row in rows {
        let (seq, sealed) = row?;
        let row_id = version_row_id(id_text, seq);
        let body: T = store.open_json(
            RowRef {
                table,
                id: &row_id,
                version: seq as u64,
            },
            &sealed,
        )?;
        opened.push((seq, body));
    }
    Ok(opened)
}
