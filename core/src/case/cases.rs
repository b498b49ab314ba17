//! Case operations on the store: create, save answers, finalize, amend, read, list, delete.
//! Each call is one SQLite transaction, synced before it returns. A save of one case leaves its
//! summary to be folded into its page later (`folding.rs`); bulk imports write the pages
//! (`pages.rs`) in their own transaction; a list checks every summary against its case row and
//! makes the ones missing or behind from the row.

use std::collections::HashMap;

use rusqlite::{OptionalExtension, Transaction, TransactionBehavior, params};
use serde::{Deserialize, Serialize};

use super::attachments;
use super::folding;
use super::model::{
    Answers, Case, CaseId, CaseStatus, CaseSummary, ConsentRecord, FinalizedVersion, FormRef,
    Timestamp, now, title_of,
};
use super::pages::{self, Entry, SummaryBody};
use crate::error::{Error, Result};
use crate::store::{RowRef, Store, UNFOLDED_MOST};

const CASES: &str = "cases";
/// Where summaries were kept one envelope per case before pages (database version 5 and
/// earlier); read only to move them.
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

impl CaseBody {
    /// The body as [`BodyOut`] writes it, with its title.
    fn out(&self) -> BodyOut<'_, Answers> {
        BodyOut {
            form: &self.form,
            answers: &self.answers,
            created_at: self.created_at,
            updated_at: self.updated_at,
            cursor: self.cursor.as_ref(),
            title: title_of(&self.answers),
        }
    }
}

/// A case body as it is sealed: [`CaseBody`]'s fields, borrowed, with answers of any type that
/// serializes as the answers object — a guided session's answers are written as its engine holds
/// them, not first copied into JSON values at every answer — and the title its summary shows.
#[derive(Serialize)]
#[serde(bound = "A: Serialize")]
struct BodyOut<'a, A: ?Sized> {
    form: &'a FormRef,
    answers: &'a A,
    created_at: Timestamp,
    updated_at: Timestamp,
    #[serde(skip_serializing_if = "Option::is_none")]
    cursor: Option<&'a serde_json::Value>,
    #[serde(skip)]
    title: String,
}

/// The sealed body of a `consents` row.
#[derive(Serialize, Deserialize)]
struct ConsentBody {
    purpose: String,
    granted: bool,
    at: Timestamp,
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
    let title = title_of(&answers);
    create_held_draft_of(store, form, &answers, title, cursor.as_ref(), consents)
}

/// [`create_held_draft`] for answers of any type that serializes as the answers object, with
/// the title a list shows for them (a guided session's engine answers).
pub(crate) fn create_held_draft_of<A: Serialize + ?Sized>(
    store: &mut Store,
    form: FormRef,
    answers: &A,
    title: String,
    cursor: Option<&serde_json::Value>,
    consents: &[(String, bool)],
) -> Result<(CaseId, DraftState)> {
    let id = CaseId::generate();
    let at = now();
    let body = BodyOut {
        form: &form,
        answers,
        created_at: at,
        updated_at: at,
        cursor,
        title,
    };
    let id_text = id.to_string();
    let (sealed, summary) = seal_case(store, id, 1, &body, 0)?;
    drop(body);
    let held = DraftState {
        revision: 1,
        form,
        created_at: at,
        versions: 0,
    };
    let sealed_consents = seal_consents(store, &id_text, 0, consents)?;
    fold_if_crowded(store);
    let tx = write_transaction(store)?;
    tx.prepare_cached("INSERT INTO cases (id, status, revision, body) VALUES (?1, ?2, 1, ?3)")?
        .execute(params![id_text, CaseStatus::Draft.code(), sealed])?;
    let settled = folding::deferred(summary);
    insert_consents(&tx, &id_text, sealed_consents)?;
    tx.commit()?;
    settled.committed(store);
    Ok((id, held))
}

/// Stores many new draft cases in one transaction and returns their ids, in order. For bulk
/// arrivals (restoring or moving a set of cases): one disk sync for all instead of one per
/// case. All or nothing: if any case cannot be stored, none is.
pub fn import_cases(
    store: &mut Store,
    cases: impl IntoIterator<Item = (FormRef, Answers)>,
) -> Result<Vec<CaseId>> {
    let tx = write_transaction(store)?;
    let mut ids = Vec::new();
    let mut summaries = Vec::new();
    {
        let mut insert_case = tx.prepare_cached(
            "INSERT INTO cases (id, status, revision, body) VALUES (?1, ?2, 1, ?3)",
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
            let (sealed, summary) = seal_case(store, id, 1, &body.out(), 0)?;
            insert_case.execute(params![id_text, CaseStatus::Draft.code(), sealed])?;
            summaries.push(summary);
            ids.push(id);
        }
    }
    // Each page is rewritten once for all the cases it receives.
    pages::put(store, &tx, summaries)?;
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
    let tx = write_transaction(store)?;
    let mut summaries = Vec::with_capacity(cases.len());
    {
        let mut insert_case = tx.prepare_cached(
            "INSERT INTO cases (id, status, revision, body) VALUES (?1, ?2, 1, ?3)",
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
            let (sealed, summary) = seal_case(store, case.id, 1, &body.out(), 1)?;
            insert_case.execute(params![id_text, CaseStatus::Finalized.code(), sealed])?;
            insert_version.execute(params![id_text, version.seq, sealed_version])?;
            summaries.push(summary);
        }
    }
    // Each page is rewritten once for all the cases it receives.
    pages::put(store, &tx, summaries)?;
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
    if let Some(held) = held {
        let title = title_of(&answers);
        if let Some(saved) =
            save_held_fast(store, id, held, &answers, title, cursor.as_ref(), consents)?
        {
            return Ok(saved);
        }
    }
    save_read_draft(store, id, answers, cursor, consents)
}

/// [`save_held_draft`] for answers of any type that serializes as the answers object, with the
/// title a list shows for them (a guided session's engine answers).
pub(crate) fn save_held_draft_of<A: Serialize + ?Sized>(
    store: &mut Store,
    id: CaseId,
    held: Option<&DraftState>,
    answers: &A,
    title: String,
    cursor: Option<&serde_json::Value>,
    consents: &[(String, bool)],
) -> Result<DraftState> {
    if let Some(held) = held
        && let Some(saved) = save_held_fast(store, id, held, answers, title, cursor, consents)?
    {
        return Ok(saved);
    }
    let answers = match serde_json::to_value(answers) {
        Ok(serde_json::Value::Object(answers)) => answers,
        _ => return Err(Error::InvalidState("detail-answers-not-written")),
    };
    save_read_draft(store, id, answers, cursor.cloned(), consents)
}

/// A save from what the writer holds of the draft, without reading it back; `None` (nothing
/// written) if someone else wrote the case since (another session, a finalize), when the
/// caller reads it as any other save does.
fn save_held_fast<A: Serialize + ?Sized>(
    store: &mut Store,
    id: CaseId,
    held: &DraftState,
    answers: &A,
    title: String,
    cursor: Option<&serde_json::Value>,
    consents: &[(String, bool)],
) -> Result<Option<DraftState>> {
    let body = BodyOut {
        form: &held.form,
        answers,
        created_at: held.created_at,
        updated_at: now(),
        cursor,
        title,
    };
    // The revision in the UPDATE's condition is the check.
    let written = write_body_at(
        store,
        id,
        CaseStatus::Draft,
        held.revision,
        &body,
        None,
        held.versions,
        consents,
    )?;
    Ok(written.then(|| DraftState {
        revision: held.revision + 1,
        ..held.clone()
    }))
}

/// A save of a draft read back first: refused if it was finalized meanwhile.
fn save_read_draft(
    store: &mut Store,
    id: CaseId,
    answers: Answers,
    cursor: Option<serde_json::Value>,
    consents: &[(String, bool)],
) -> Result<DraftState> {
    let updated_at = now();
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
        &body.out(),
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

/// Every case's summary, most recently changed first. Folds the summaries waiting into their
/// pages first (if it can: not inside a transaction of the caller's, nor if the database is
/// busy), then opens the pages, one envelope for many cases, and checks each summary against
/// its case row: a summary still waiting, or else the page's, written at the case's revision.
/// A case with neither (its summary lost before it was folded: a killed app; or a page put back
/// from an older copy) has its summary made again from its row, and folded by the next fold.
pub fn list_cases(store: &Store) -> Result<Vec<CaseSummary>> {
    fold_if_free(store);
    let (summaries, remade) = read_summaries(store)?;
    if remade {
        fold_if_free(store);
    }
    Ok(summaries)
}

/// Folds the summaries waiting into their pages, in one transaction. The vault does this when it
/// is locked; a store kept open for long by a process of its own may call it at quiet moments.
/// Returns how many it took: written, or let go because their case row had moved past them.
pub fn fold_summaries(store: &Store) -> Result<usize> {
    if store.unfolded().is_empty() {
        return Ok(0);
    }
    let tx = write_transaction(store)?;
    let settled = folding::fold_into(store, &tx)?;
    tx.commit()?;
    let folded = settled.len();
    settled.committed(store);
    Ok(folded)
}

/// [`fold_summaries`] when nothing stands in its way, for a caller that works as well without:
/// what waits stays waiting, and a list shows it all the same.
fn fold_if_free(store: &Store) {
    if store.conn().is_autocommit() {
        let _ = fold_summaries(store);
    }
}

/// Before a save: folds the summaries waiting if they are at their bound, in a transaction of
/// its own, so that memory stays bounded; if that fails they go on waiting and the save is made.
fn fold_if_crowded(store: &Store) {
    if store.unfolded().len() + 1 >= UNFOLDED_MOST {
        fold_if_free(store);
    }
}

/// The summaries as [`list_cases`] gives them, and whether any had to be made from its row.
fn read_summaries(store: &Store) -> Result<(Vec<CaseSummary>, bool)> {
    let malformed = || Error::Corrupted("detail-case-id-malformed");
    // The cases and their summary pages are read in one snapshot: another connection's commit
    // between the two reads would otherwise look like a page that does not match its case, and
    // be reported as damage. Dropped (rolled back: it only read) when the listing ends.
    let _snapshot = if store.conn().is_autocommit() {
        Some(store.conn().unchecked_transaction()?)
    } else {
        None
    };
    let mut cases: HashMap<[u8; 16], (CaseStatus, i64)> = HashMap::new();
    {
        let mut statement = store
            .conn()
            .prepare_cached("SELECT id, status, revision FROM cases")?;
        let mut rows = statement.query([])?;
        while let Some(row) = rows.next()? {
            let id: CaseId = row
                .get_ref(0)?
                .as_str()
                .map_err(|_| malformed())?
                .parse()
                .map_err(|_| malformed())?;
            let status = CaseStatus::from_code(row.get(1)?)?;
            cases.insert(*id.as_bytes(), (status, row.get(2)?));
        }
    }
    let mut summaries = Vec::with_capacity(cases.len());
    // Cases whose summary must be made from their row: behind it in its page, or in none.
    let mut behind: Vec<([u8; 16], CaseStatus)> = Vec::new();
    {
        let unfolded = store.unfolded();
        pages::for_each(store, |record| {
            // Taken out as it is found: a second record of a case is as wrong as one of none.
            let Some((status, revision)) = cases.remove(&record.id) else {
                return Err(Error::Corrupted("detail-page-unknown-case"));
            };
            let json = match unfolded.get(&record.id) {
                Some(waiting) if waiting.revision == revision => &waiting.bytes[..],
                _ if record.revision == revision => record.json,
                _ => {
                    behind.push((record.id, status));
                    return Ok(());
                }
            };
            summaries.push(summary_from(record.id, status, json)?);
            Ok(())
        })?;
        // The cases no page holds yet.
        for (id, (status, revision)) in cases {
            match unfolded.get(&id) {
                Some(waiting) if waiting.revision == revision => {
                    summaries.push(summary_from(id, status, &waiting.bytes)?);
                }
                _ => behind.push((id, status)),
            }
        }
    }
    for &(id, status) in &behind {
        let case = CaseId::from_bytes(id);
        let (_, revision, body) = load_body(store, case)?;
        let entry = Entry::new(
            case,
            revision,
            &summary_of(&body, version_count(store, case)?),
        )?;
        summaries.push(summary_from(id, status, &entry.json)?);
        store.unfolded().hold(id, revision, entry.json);
    }
    summaries.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then(a.id.cmp(&b.id)));
    Ok((summaries, !behind.is_empty()))
}

/// A list's line for case `id` from its summary's JSON.
fn summary_from(id: [u8; 16], status: CaseStatus, json: &[u8]) -> Result<CaseSummary> {
    let body: SummaryBody = serde_json::from_slice(json)
        .map_err(|_| Error::Corrupted("detail-record-unexpected-shape"))?;
    Ok(CaseSummary {
        id: CaseId::from_bytes(id),
        status,
        title: body.title,
        form: body.form,
        created_at: body.created_at,
        updated_at: body.updated_at,
        versions: body.versions,
    })
}

/// Moves the summaries a store written before pages holds (one envelope per case in
/// `case_summaries`, database version 5 and earlier) into pages, and empties that table, in one
/// transaction: interrupted, it leaves the store as it was and the next unlock does it again. A
/// case whose old summary is missing or does not open gets one made from its row. Returns how
/// many cases were moved; one query when there is nothing to move.
pub(crate) fn move_summaries_into_pages(store: &mut Store) -> Result<usize> {
    let pending: bool =
        store
            .conn()
            .query_row("SELECT EXISTS (SELECT 1 FROM case_summaries)", [], |row| {
                row.get(0)
            })?;
    if !pending {
        return Ok(0);
    }
    let tx = write_transaction(store)?;
    // Per case: id, revision, and the old summary's revision and envelope if it has one.
    type OldRow = (String, i64, Option<i64>, Option<Vec<u8>>);
    let rows: Vec<OldRow> = {
        let mut statement = tx.prepare(
            "SELECT c.id, c.revision, s.revision, s.body
             FROM cases c LEFT JOIN case_summaries s ON s.case_id = c.id",
        )?;
        let rows = statement.query_map([], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
        })?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let mut entries = Vec::with_capacity(rows.len());
    for (id_text, revision, old_revision, old_body) in rows {
        let id: CaseId = id_text
            .parse()
            .map_err(|_| Error::Corrupted("detail-case-id-malformed"))?;
        let old = match (old_revision, old_body) {
            (Some(old_revision), Some(sealed)) => store
                .open_json::<SummaryBody>(
                    RowRef {
                        table: SUMMARIES,
                        id: &id_text,
                        version: old_revision as u64,
                    },
                    &sealed,
                )
                .ok(),
            _ => None,
        };
        let body = match old {
            Some(body) => body,
            None => {
                let (_, _, case) = load_body(store, id)?;
                summary_of(&case, version_count(store, id)?)
            }
        };
        entries.push(Entry::new(id, revision, &body)?);
    }
    let moved = entries.len();
    pages::put(store, &tx, entries)?;
    // Secure delete zeroes what the old rows held.
    tx.execute("DELETE FROM case_summaries", [])?;
    tx.commit()?;
    Ok(moved)
}

/// Deletes a case, its versions and its attachments. Rows go first in one transaction (secure
/// delete zeroes their pages); attachment files follow, and are unreadable anyway once the
/// rows holding their keys are gone.
pub fn delete_case(store: &mut Store, id: CaseId) -> Result<()> {
    let blobs = attachments::attachment_blob_names(store, id)?;
    let id_text = id.to_string();
    let tx = write_transaction(store)?;
    let deleted = tx
        .prepare_cached("DELETE FROM cases WHERE id = ?1")?
        .execute([&id_text])?;
    if deleted == 0 {
        return Err(Error::NotFound {
            kind: "detail-kind-case",
            id: id_text,
        });
    }
    pages::remove(store, &tx, &id)?;
    tx.commit()?;
    store.unfolded().remove(id.as_bytes());
    for name in blobs {
        attachments::remove_blob_file(store, &name)?;
    }
    store.forget_deleted_rows();
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

/// A write transaction that leaves the store free to seal rows while it is open. The write
/// lock is taken at its start, so that a page read inside it cannot be changed by another
/// connection (another process on the same vault) before it is written back. Callers hold
/// `&mut Store`, which guarantees no other transaction is open on this connection: what the
/// unchecked variant leaves to them.
fn write_transaction(store: &Store) -> Result<Transaction<'_>> {
    Ok(Transaction::new_unchecked(
        store.conn(),
        TransactionBehavior::Immediate,
    )?)
}

fn summary_of(body: &CaseBody, versions: u32) -> SummaryBody {
    summary_of_out(&body.out(), versions)
}

fn summary_of_out<A: ?Sized>(body: &BodyOut<'_, A>, versions: u32) -> SummaryBody {
    SummaryBody {
        title: body.title.clone(),
        form: body.form.clone(),
        created_at: body.created_at,
        updated_at: body.updated_at,
        versions,
    }
}

/// Seals a case's row at `revision` and makes the summary its page will hold.
fn seal_case<A: Serialize + ?Sized>(
    store: &Store,
    id: CaseId,
    revision: i64,
    body: &BodyOut<'_, A>,
    versions: u32,
) -> Result<(Vec<u8>, Entry)> {
    let id_text = id.to_string();
    let sealed = store.seal_json(
        RowRef {
            table: CASES,
            id: &id_text,
            version: revision as u64,
        },
        body,
    )?;
    let summary = Entry::new(id, revision, &summary_of_out(body, versions))?;
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
        store,
        id,
        status,
        revision,
        &body.out(),
        version,
        versions,
        consents,
    )? {
        Ok(())
    } else {
        Err(Error::InvalidState("detail-case-changed-meanwhile"))
    }
}

/// [`write_body`] for a case with `versions` finalized versions before this write. `false`
/// (nothing written) if the case is no longer at `revision`.
#[allow(clippy::too_many_arguments)]
fn write_body_at<A: Serialize + ?Sized>(
    store: &mut Store,
    id: CaseId,
    status: CaseStatus,
    revision: i64,
    body: &BodyOut<'_, A>,
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
    let (sealed, summary) = seal_case(store, id, next, body, versions)?;
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
    fold_if_crowded(store);
    let tx = write_transaction(store)?;
    let updated = tx
        .prepare_cached(
            "UPDATE cases SET status = ?2, revision = ?3, body = ?4 WHERE id = ?1 AND revision = ?5",
        )?
        .execute(params![id_text, status.code(), next, sealed, revision])?;
    if updated != 1 {
        return Ok(false);
    }
    let settled = folding::deferred(summary);
    if let (Some(version), Some(sealed_version)) = (version, sealed_version) {
        tx.prepare_cached("INSERT INTO case_versions (case_id, seq, body) VALUES (?1, ?2, ?3)")?
            .execute(params![id_text, version.seq, sealed_version])?;
    }
    insert_consents(&tx, &id_text, sealed_consents)?;
    tx.commit()?;
    settled.committed(store);
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

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use serde_json::json;

    use super::*;
    use crate::crypto::SecretKey;

    fn form() -> FormRef {
        FormRef {
            id: "police-violence".into(),
            version: 1,
        }
    }

    fn titled(title: &str) -> Answers {
        match json!({ "code_name": title }) {
            serde_json::Value::Object(map) => map,
            _ => unreachable!("a JSON object literal"),
        }
    }

    fn new_store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::create(dir.path(), &SecretKey::generate()).unwrap();
        (dir, store)
    }

    /// Two stores open on one vault, as two processes on the same phone would have them.
    fn two_stores() -> (tempfile::TempDir, [Store; 2]) {
        let dir = tempfile::tempdir().unwrap();
        let key = SecretKey::generate();
        let stores = [
            Store::create(dir.path(), &key).unwrap(),
            Store::open(dir.path(), &key).unwrap(),
        ];
        (dir, stores)
    }

    /// Makes every write of a summary page on `store`'s connection fail, as a full disk would.
    fn fail_page_writes(store: &Store) {
        store
            .conn()
            .execute_batch(
                "CREATE TEMP TRIGGER no_new_page BEFORE INSERT ON summary_pages
                 BEGIN SELECT RAISE(ABORT, 'the disk is full'); END;
                 CREATE TEMP TRIGGER no_page_change BEFORE UPDATE ON summary_pages
                 BEGIN SELECT RAISE(ABORT, 'the disk is full'); END;",
            )
            .unwrap();
    }

    /// Undoes [`fail_page_writes`].
    fn allow_page_writes(store: &Store) {
        store
            .conn()
            .execute_batch("DROP TRIGGER no_new_page; DROP TRIGGER no_page_change;")
            .unwrap();
    }

    /// Every listed case's title, by id.
    fn listed_titles(store: &Store) -> BTreeMap<CaseId, String> {
        list_cases(store)
            .unwrap()
            .into_iter()
            .map(|summary| (summary.id, summary.title))
            .collect()
    }

    /// Checks the pages' shape rule: no page over `PAGE_CASES`, and no page that would fit
    /// in one with its sibling (the whole subtree beside it); and that they hold `cases` in all.
    fn assert_shape(store: &Store, cases: usize) {
        fold_summaries(store).unwrap();
        let shape: BTreeMap<String, usize> = pages::shape(store).into_iter().collect();
        let under = |prefix: &str| -> usize {
            shape
                .iter()
                .filter(|(other, _)| other.starts_with(prefix))
                .map(|(_, count)| count)
                .sum()
        };
        assert_eq!(under(""), cases, "{shape:?}");
        for (prefix, count) in &shape {
            assert!(*count <= pages::PAGE_CASES, "{prefix}: {count}");
            if let Some(parent) = prefix.get(..prefix.len().saturating_sub(1))
                && !prefix.is_empty()
            {
                assert!(
                    under(parent) > pages::PAGE_CASES,
                    "{prefix} and its sibling fit in one page: {shape:?}"
                );
            }
        }
        let listed = list_cases(store).unwrap();
        assert_eq!(listed.len(), cases);
    }

    #[test]
    fn pages_split_as_cases_arrive_and_merge_as_they_leave() {
        let (_dir, mut store) = new_store();
        let mut ids = Vec::new();
        for index in 0..70 {
            ids.push(create_case(&mut store, form(), titled(&format!("case {index}"))).unwrap());
            assert_shape(&store, ids.len());
        }
        assert!(pages::shape(&store).len() >= 3);
        // A bulk import on top rewrites each page once and splits as one case at a time would.
        let imported = import_cases(
            &mut store,
            (0..100).map(|index| (form(), titled(&format!("imported {index}")))),
        )
        .unwrap();
        ids.extend(imported);
        assert_shape(&store, ids.len());
        let titles: Vec<String> = list_cases(&store)
            .unwrap()
            .into_iter()
            .map(|summary| summary.title)
            .collect();
        assert!(titles.contains(&"case 69".to_owned()));
        assert!(titles.contains(&"imported 99".to_owned()));
        while let Some(id) = ids.pop() {
            delete_case(&mut store, id).unwrap();
            assert_shape(&store, ids.len());
        }
        assert_eq!(pages::shape(&store), vec![(String::new(), 0)]);
    }

    #[test]
    fn every_write_keeps_the_summary_in_its_page() {
        let (_dir, mut store) = new_store();
        let others: Vec<CaseId> = (0..40)
            .map(|index| {
                create_case(&mut store, form(), titled(&format!("other {index}"))).unwrap()
            })
            .collect();
        let id = create_case(&mut store, form(), titled("first")).unwrap();
        let find = |store: &Store| {
            list_cases(store)
                .unwrap()
                .into_iter()
                .find(|summary| summary.id == id)
                .unwrap()
        };
        save_answers(&mut store, id, titled("second")).unwrap();
        assert_eq!(find(&store).title, "second");
        let held = save_held_draft(&mut store, id, None, titled("third"), None, &[]).unwrap();
        save_held_draft(&mut store, id, Some(&held), titled("fourth"), None, &[]).unwrap();
        assert_eq!(find(&store).title, "fourth");
        finalize_case(&mut store, id).unwrap();
        let summary = find(&store);
        assert_eq!(
            (summary.status, summary.versions),
            (CaseStatus::Finalized, 1)
        );
        amend_case(&mut store, id).unwrap();
        assert_eq!(find(&store).status, CaseStatus::Draft);
        // A title long enough for two slots, in a script of two bytes a character.
        let long = "ж".repeat(80);
        save_answers(&mut store, id, titled(&long)).unwrap();
        assert_eq!(find(&store).title, long);
        assert_eq!(list_cases(&store).unwrap().len(), others.len() + 1);
    }

    #[test]
    fn answers_written_as_the_engine_holds_them_read_back_as_json() {
        use crate::form::Answer;
        let (_dir, mut store) = new_store();
        let mut answers: std::collections::BTreeMap<String, Answer> = Default::default();
        answers.insert("code_name".into(), Answer::Text("Лілія".into()));
        answers.insert("count".into(), Answer::Number(2.0));
        answers.insert("places".into(), Answer::List(vec!["street".into()]));
        let cursor = serde_json::json!({ "item": "count" });
        let (id, held) = create_held_draft_of(
            &mut store,
            form(),
            &answers,
            "Лілія".into(),
            Some(&cursor),
            &[],
        )
        .unwrap();
        answers.insert("count".into(), Answer::Number(3.0));
        let save_from_first_hold = |store: &mut Store| {
            save_held_draft_of(store, id, Some(&held), &answers, "Лілія".into(), None, &[]).unwrap()
        };
        save_from_first_hold(&mut store);
        let case = get_case(&store, id).unwrap();
        assert_eq!(
            serde_json::Value::Object(case.answers),
            serde_json::json!({ "code_name": "Лілія", "count": 3, "places": ["street"] })
        );
        assert_eq!(listed_titles(&store)[&id], "Лілія");
        // The hold is stale now: the case is read back and saved all the same.
        save_from_first_hold(&mut store);
        assert_eq!(get_case(&store, id).unwrap().answers["count"], 3);
    }

    #[test]
    fn a_failed_page_write_loses_no_save_and_leaves_the_pages_as_they_were() {
        let (_dir, mut store) = new_store();
        let kept = create_case(&mut store, form(), titled("kept")).unwrap();
        assert_eq!(fold_summaries(&store).unwrap(), 1);
        let revision = |store: &Store| -> i64 {
            store
                .conn()
                .query_row(
                    "SELECT revision FROM cases WHERE id = ?1",
                    [kept.to_string()],
                    |row| row.get(0),
                )
                .unwrap()
        };
        let pages_before = pages::shape(&store);
        // A save writes only its case row, so it is made; what writes pages fails whole: an
        // import's rows are undone with its pages, a delete's row stays with its page, and a
        // fold leaves the summaries waiting.
        fail_page_writes(&store);
        let new = create_case(&mut store, form(), titled("new")).unwrap();
        assert!(import_cases(&mut store, vec![(form(), titled("lost"))]).is_err());
        save_answers(&mut store, kept, titled("changed")).unwrap();
        assert!(delete_case(&mut store, kept).is_err());
        assert!(fold_summaries(&store).is_err());
        assert_eq!(case_count(&store).unwrap(), 2);
        assert_eq!(revision(&store), 2);
        assert_eq!(pages::shape(&store), pages_before);
        // Listed all the same: from the summaries waiting.
        let listed = listed_titles(&store);
        assert_eq!((&*listed[&kept], &*listed[&new]), ("changed", "new"));
        allow_page_writes(&store);
        assert_eq!(fold_summaries(&store).unwrap(), 2);
        store.lose_unfolded();
        let listed = listed_titles(&store);
        assert_eq!((&*listed[&kept], &*listed[&new]), ("changed", "new"));
    }

    #[test]
    fn summaries_lost_before_their_fold_are_made_again_from_the_case_rows() {
        let (_dir, mut store) = new_store();
        let folded: Vec<CaseId> = (0..30)
            .map(|index| {
                create_case(&mut store, form(), titled(&format!("folded {index}"))).unwrap()
            })
            .collect();
        assert_eq!(fold_summaries(&store).unwrap(), 30);
        // Saved, never folded, then the process is killed: new cases, and cases saved again.
        let new: Vec<CaseId> = (0..5)
            .map(|index| create_case(&mut store, form(), titled(&format!("new {index}"))).unwrap())
            .collect();
        save_answers(&mut store, folded[3], titled("changed")).unwrap();
        finalize_case(&mut store, folded[4]).unwrap();
        store.lose_unfolded();
        let listed = list_cases(&store).unwrap();
        assert_eq!(listed.len(), 35);
        let by_id: BTreeMap<CaseId, &CaseSummary> =
            listed.iter().map(|summary| (summary.id, summary)).collect();
        assert_eq!(by_id[&new[4]].title, "new 4");
        assert_eq!(by_id[&folded[3]].title, "changed");
        assert_eq!(
            (by_id[&folded[4]].status, by_id[&folded[4]].versions),
            (CaseStatus::Finalized, 1)
        );
        // The list folded what it made: the pages alone hold every case at its revision now.
        assert!(store.unfolded().is_empty());
        store.lose_unfolded();
        assert_eq!(listed_titles(&store).len(), 35);
        assert_shape(&store, 35);
    }

    #[test]
    fn pages_over_the_limit_from_an_earlier_layout_list_and_split_at_the_next_save() {
        let (_dir, mut store) = new_store();
        let ids = import_cases(
            &mut store,
            (0..40).map(|index| (form(), titled(&format!("case {index}")))),
        )
        .unwrap();
        // As a store written when pages held up to 32 (or any larger limit) has them.
        assert_eq!(pages::collapse_into_one_page(&store), 40);
        assert_eq!(pages::shape(&store), vec![(String::new(), 40)]);
        assert_eq!(list_cases(&store).unwrap().len(), 40);
        delete_case(&mut store, ids[0]).unwrap();
        assert_eq!(list_cases(&store).unwrap().len(), 39);
        save_answers(&mut store, ids[1], titled("changed")).unwrap();
        create_case(&mut store, form(), titled("new")).unwrap();
        assert_shape(&store, 40);
        let titles: Vec<String> = list_cases(&store)
            .unwrap()
            .into_iter()
            .map(|summary| summary.title)
            .collect();
        assert_eq!(titles.len(), 40);
        assert!(titles.contains(&"changed".to_owned()) && titles.contains(&"new".to_owned()));
        assert!(!titles.contains(&"case 0".to_owned()) && !titles.contains(&"case 1".to_owned()));
    }

    #[test]
    fn a_deleted_case_leaves_nothing_of_its_page_in_the_database_file() {
        let (dir, mut store) = new_store();
        let ids: Vec<CaseId> = (0..5)
            .map(|index| create_case(&mut store, form(), titled(&format!("case {index}"))).unwrap())
            .collect();
        fold_summaries(&store).unwrap();
        let checkpoint = |store: &Store| {
            store
                .conn()
                .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
                .unwrap();
        };
        checkpoint(&store);
        let old: Vec<u8> = store
            .conn()
            .query_row("SELECT body FROM summary_pages", [], |row| row.get(0))
            .unwrap();
        let file = crate::store::database_path(dir.path());
        let holds = |needle: &[u8]| {
            std::fs::read(&file)
                .unwrap()
                .windows(needle.len())
                .any(|window| window == needle)
        };
        // The page's nonce and the start of its ciphertext: unique to that sealing.
        let needle = &old[1..57];
        assert!(holds(needle), "the page reached the file before the delete");
        delete_case(&mut store, ids[2]).unwrap();
        checkpoint(&store);
        assert!(
            !holds(needle),
            "the page sealed with the deleted case is gone"
        );
        assert_eq!(list_cases(&store).unwrap().len(), 4);
    }

    #[test]
    fn a_deleted_case_leaves_nothing_in_the_write_ahead_log() {
        let (dir, mut store) = new_store();
        let ids: Vec<CaseId> = (0..3)
            .map(|index| create_case(&mut store, form(), titled(&format!("case {index}"))).unwrap())
            .collect();
        let sealed: Vec<u8> = store
            .conn()
            .query_row(
                "SELECT body FROM cases WHERE id = ?1",
                [ids[1].to_string()],
                |row| row.get(0),
            )
            .unwrap();
        let database = crate::store::database_path(dir.path());
        let log = database.with_file_name(format!(
            "{}-wal",
            database.file_name().unwrap().to_string_lossy()
        ));
        let holds = |file: &std::path::Path, needle: &[u8]| {
            std::fs::read(file)
                .is_ok_and(|bytes| bytes.windows(needle.len()).any(|window| window == needle))
        };
        // The row's nonce and the start of its ciphertext: unique to that sealing.
        let needle = &sealed[1..57];
        assert!(
            holds(&log, needle),
            "the row is in the log before the delete"
        );
        delete_case(&mut store, ids[1]).unwrap();
        assert!(!holds(&log, needle), "the deleted row is gone from the log");
        assert!(!holds(&database, needle), "and from the database file");
        assert_eq!(list_cases(&store).unwrap().len(), 2);
    }

    #[test]
    fn pages_swapped_between_prefixes_fail_to_open() {
        let (_dir, mut store) = new_store();
        import_cases(
            &mut store,
            (0..80).map(|index| (form(), titled(&format!("case {index}")))),
        )
        .unwrap();
        let shape = pages::shape(&store);
        assert!(shape.len() >= 2);
        let body = |prefix: &str| -> Vec<u8> {
            store
                .conn()
                .query_row(
                    "SELECT body FROM summary_pages WHERE prefix = ?1",
                    [prefix],
                    |row| row.get(0),
                )
                .unwrap()
        };
        let (first, second) = (&shape[0].0, &shape[1].0);
        let (one, two) = (body(first), body(second));
        let set = |prefix: &str, body: &[u8]| {
            store
                .conn()
                .execute(
                    "UPDATE summary_pages SET body = ?2 WHERE prefix = ?1",
                    rusqlite::params![prefix, body],
                )
                .unwrap();
        };
        set(first, &two);
        set(second, &one);
        assert!(matches!(list_cases(&store), Err(Error::Corrupted(_))));
        set(first, &one);
        set(second, &two);
        assert_eq!(list_cases(&store).unwrap().len(), 80);
        // A page lost whole: its cases' summaries are made again from their rows, none is
        // listed short. (A page put back from an older copy is the same: every summary behind
        // its row is made again.)
        let before = listed_titles(&store);
        store
            .conn()
            .execute("DELETE FROM summary_pages WHERE prefix = ?1", [first])
            .unwrap();
        store.forget_kept();
        assert_eq!(listed_titles(&store), before);
    }

    #[test]
    fn a_page_another_connection_wrote_is_read_again_not_taken_from_memory() {
        let dir = tempfile::tempdir().unwrap();
        let key = SecretKey::generate();
        let mut store = Store::create(dir.path(), &key).unwrap();
        let id = create_case(&mut store, form(), titled("first")).unwrap();
        let held = save_held_draft(&mut store, id, None, titled("second"), None, &[]).unwrap();
        // Another process on the same vault writes into the page this store keeps open.
        let mut other = Store::open(dir.path(), &key).unwrap();
        let theirs = create_case(&mut other, form(), titled("theirs")).unwrap();
        save_held_draft(&mut store, id, Some(&held), titled("third"), None, &[]).unwrap();
        let titles = listed_titles(&other);
        assert_eq!(titles.len(), 2);
        assert_eq!(titles[&id], "third");
        assert_eq!(titles[&theirs], "theirs");
        assert_shape(&store, 2);
    }

    #[test]
    fn a_listing_while_another_connection_saves_is_never_taken_for_damage() {
        let (_dir, [mut writer, reader]) = two_stores();
        let ids: Vec<CaseId> = (0..20)
            .map(|index| {
                create_case(&mut writer, form(), titled(&format!("case {index}"))).unwrap()
            })
            .collect();
        let done = std::sync::atomic::AtomicBool::new(false);
        std::thread::scope(|scope| {
            scope.spawn(|| {
                let mut round = 0u32;
                while !done.load(std::sync::atomic::Ordering::Relaxed) {
                    for id in &ids {
                        save_answers(&mut writer, *id, titled(&format!("round {round}"))).unwrap();
                    }
                    round += 1;
                }
            });
            let listed: Vec<Option<usize>> = (0..300)
                .map(|_| list_cases(&reader).map(|cases| cases.len()).ok())
                .collect();
            // Stopped before checking, so that a failure ends the test instead of hanging it.
            done.store(true, std::sync::atomic::Ordering::Relaxed);
            assert!(listed.iter().all(|count| *count == Some(20)), "{listed:?}");
        });
    }

    #[test]
    fn two_stores_on_one_vault_splitting_and_merging_pages_in_turn_lose_no_case() {
        let (_dir, mut stores) = two_stores();
        // What each store knows of the pages (kept pages, known prefixes) goes stale at every
        // turn: the other one splits and merges them in between.
        let mut titles: BTreeMap<CaseId, String> = BTreeMap::new();
        for round in 0..120usize {
            // Mostly in turn, now and then the same store twice.
            let store = &mut stores[(round % 2) ^ ((round / 7) % 2)];
            if round % 5 == 4 {
                let victim = *titles.keys().nth(round % titles.len()).unwrap();
                delete_case(store, victim).unwrap();
                titles.remove(&victim);
            } else if round % 3 == 2 {
                let changed = *titles.keys().nth(round % titles.len()).unwrap();
                let title = format!("changed {round}");
                save_answers(store, changed, titled(&title)).unwrap();
                titles.insert(changed, title);
            } else {
                let title = format!("case {round}");
                titles.insert(create_case(store, form(), titled(&title)).unwrap(), title);
            }
            assert_shape(store, titles.len());
        }
        for store in &stores {
            let listed = listed_titles(store);
            assert_eq!(listed, titles);
        }
        assert!(pages::shape(&stores[0]).len() >= 3);
    }

    /// One write of the property test below, by store 0 or 1.
    #[derive(Debug, Clone)]
    enum PageOp {
        Create,
        Save(usize),
        Delete(usize),
        Import(usize),
        /// A create, then a fold whose page write fails: the summary goes on waiting.
        FailedFold,
        /// The summaries waiting are lost, as when the process is killed.
        Lost,
        /// A finalize whose last statement fails after its page was written: rolled back.
        FailedFinalize(usize),
    }

    fn page_op() -> impl proptest::strategy::Strategy<Value = PageOp> {
        use proptest::prelude::*;
        prop_oneof![
            4 => Just(PageOp::Create),
            2 => any::<usize>().prop_map(PageOp::Save),
            2 => any::<usize>().prop_map(PageOp::Delete),
            1 => (1usize..40).prop_map(PageOp::Import),
            1 => Just(PageOp::FailedFold),
            1 => Just(PageOp::Lost),
            1 => any::<usize>().prop_map(PageOp::FailedFinalize),
        ]
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(12))]

        /// Whatever two stores on one vault write in whatever order — pages split, merged,
        /// rewritten under what the other one keeps and knows, writes rolled back — both list
        /// exactly the cases there are, and the pages keep their shape.
        #[test]
        fn pages_follow_any_writes_of_two_stores(
            ops in proptest::collection::vec((0usize..2, page_op()), 1..50)
        ) {
            let (_dir, mut stores) = two_stores();
            let mut titles: BTreeMap<CaseId, String> = BTreeMap::new();
            for (step, (which, op)) in ops.into_iter().enumerate() {
                let store = &mut stores[which];
                let nth = |titles: &BTreeMap<CaseId, String>, pick: usize| {
                    titles.keys().nth(pick % titles.len().max(1)).copied()
                };
                match op {
                    PageOp::Create => {
                        let title = format!("case {step}");
                        titles.insert(create_case(store, form(), titled(&title)).unwrap(), title);
                    }
                    PageOp::Save(pick) => {
                        if let Some(id) = nth(&titles, pick) {
                            let title = format!("saved {step}");
                            save_answers(store, id, titled(&title)).unwrap();
                            titles.insert(id, title);
                        }
                    }
                    PageOp::Delete(pick) => {
                        if let Some(id) = nth(&titles, pick) {
                            delete_case(store, id).unwrap();
                            titles.remove(&id);
                        }
                    }
                    PageOp::Import(count) => {
                        let ids = import_cases(
                            store,
                            (0..count).map(|index| (form(), titled(&format!("import {step} {index}")))),
                        )
                        .unwrap();
                        for (index, id) in ids.into_iter().enumerate() {
                            titles.insert(id, format!("import {step} {index}"));
                        }
                    }
                    PageOp::FailedFold => {
                        fail_page_writes(store);
                        let title = format!("case {step}");
                        titles.insert(create_case(store, form(), titled(&title)).unwrap(), title);
                        let failed = fold_summaries(store);
                        allow_page_writes(store);
                        proptest::prop_assert!(failed.is_err());
                    }
                    PageOp::Lost => store.lose_unfolded(),
                    PageOp::FailedFinalize(pick) => {
                        if let Some(id) = nth(&titles, pick) {
                            store
                                .conn()
                                .execute_batch(
                                    "CREATE TEMP TRIGGER no_version BEFORE INSERT ON case_versions
                                     BEGIN SELECT RAISE(ABORT, 'the disk is full'); END;",
                                )
                                .unwrap();
                            let failed = finalize_case(store, id);
                            store.conn().execute_batch("DROP TRIGGER no_version;").unwrap();
                            proptest::prop_assert!(failed.is_err());
                        }
                    }
                }
            }
            for store in &stores {
                let listed = listed_titles(store);
                proptest::prop_assert_eq!(&listed, &titles);
            }
            assert_shape(&stores[0], titles.len());
        }
    }

    #[test]
    fn an_import_into_a_store_holding_cases_keeps_every_case_it_held() {
        let (_dir, mut store) = new_store();
        let first = import_cases(
            &mut store,
            (0..300).map(|index| (form(), titled(&format!("first {index}")))),
        )
        .unwrap();
        assert_shape(&store, 300);
        let pages_before = pages::shape(&store).len();
        let second = import_cases(
            &mut store,
            (0..300).map(|index| (form(), titled(&format!("second {index}")))),
        )
        .unwrap();
        assert_shape(&store, 600);
        assert!(pages::shape(&store).len() > pages_before);
        let titles = listed_titles(&store);
        assert_eq!(titles[&first[7]], "first 7");
        assert_eq!(titles[&second[299]], "second 299");
        // A save after the import finds its record in the page the import laid out.
        save_answers(&mut store, first[7], titled("changed")).unwrap();
        let summary = list_cases(&store)
            .unwrap()
            .into_iter()
            .find(|summary| summary.id == first[7])
            .unwrap();
        assert_eq!(summary.title, "changed");
        assert_shape(&store, 600);
    }

    /// Writes a case's summary the way database version 5 did: one envelope per case, stored at
    /// revision 1 and sealed for `revision` (another one does not open).
    fn write_old_summary(store: &Store, id: CaseId, revision: i64, title: &str) {
        let id_text = id.to_string();
        let body = SummaryBody {
            title: title.into(),
            form: form(),
            created_at: 1,
            updated_at: 2,
            versions: 0,
        };
        let sealed = store
            .seal_json(
                RowRef {
                    table: SUMMARIES,
                    id: &id_text,
                    version: revision as u64,
                },
                &body,
            )
            .unwrap();
        store
            .conn()
            .execute(
                "INSERT INTO case_summaries (case_id, revision, body) VALUES (?1, 1, ?2)",
                rusqlite::params![id_text, sealed],
            )
            .unwrap();
    }

    #[test]
    fn summaries_of_the_old_format_move_into_pages_once() {
        let (_dir, mut store) = new_store();
        let ids: Vec<CaseId> = (0..50)
            .map(|index| create_case(&mut store, form(), titled(&format!("new {index}"))).unwrap())
            .collect();
        fold_summaries(&store).unwrap();
        // As a version-5 store had them: no pages, one old row per case, one of them missing
        // and one that does not open (its summary is made again from the case row).
        store
            .conn()
            .execute("DELETE FROM summary_pages", [])
            .unwrap();
        store.forget_kept();
        for (index, id) in ids.iter().enumerate().skip(1) {
            let revision = if index == 2 { 7 } else { 1 };
            write_old_summary(&store, *id, revision, &format!("old {index}"));
        }
        assert_eq!(move_summaries_into_pages(&mut store).unwrap(), 50);
        let pending: i64 = store
            .conn()
            .query_row("SELECT count(*) FROM case_summaries", [], |row| row.get(0))
            .unwrap();
        assert_eq!(pending, 0);
        assert_shape(&store, 50);
        let titles = listed_titles(&store);
        assert_eq!(titles[&ids[0]], "new 0");
        assert_eq!(titles[&ids[1]], "old 1");
        assert_eq!(titles[&ids[2]], "new 2");
        assert_eq!(titles[&ids[49]], "old 49");
        assert_eq!(move_summaries_into_pages(&mut store).unwrap(), 0);
    }
}
