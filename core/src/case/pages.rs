//! Case summaries sealed in pages: what a list shows of each case (title, form, times, number
//! of versions), many cases to one envelope, so that listing pays the AEAD's fixed cost once
//! per page instead of once per case.
//!
//! A page holds the cases whose ids start with its `prefix` (a string of '0' and '1', the
//! leading bits of the 16-byte id). The pages are the leaves of a binary trie over the ids, and
//! their shape depends only on which ids exist: a page holds at most [`PAGE_CASES`] cases, and
//! a page and its sibling are one page whenever together they hold no more. Case ids are
//! random and stored in `cases` as they are, so the prefixes tell nothing the ids do not.
//!
//! Inside a page's envelope (bound to table and prefix), after a format byte, each case is one
//! record: `id(16) ‖ case revision(8, LE) ‖ length(4, LE) ‖ JSON`, zero-padded to a multiple of
//! [`SLOT`] bytes. A page's size therefore tells only how many of its cases need more than one
//! slot, never which, nor how long any title is. The case revision in the record must match
//! the case row's: a page restored from an older copy of the database does not go unnoticed.
//!
//! Every function here writes inside the caller's transaction, the same one that writes the
//! case row.

use std::collections::BTreeMap;

use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::model::{CaseId, FormRef, Timestamp};
use crate::error::{Detail, Error, Result};
use crate::store::{RowRef, Store};

const PAGES: &str = "summary_pages";
/// The layout of a page's plaintext; also the version its envelope is bound to.
const PAGE_FORMAT: u8 = 1;
/// Records are padded to a multiple of this; one slot holds a typical summary.
pub(super) const SLOT: usize = 256;
const RECORD_HEADER: usize = 16 + 8 + 4;
/// The most cases one page holds; a page over it splits, two siblings that fit merge.
pub(super) const PAGE_CASES: usize = 32;
const ID_BITS: usize = 128;

/// One case's summary, as its record holds it.
#[derive(Serialize, Deserialize)]
pub(super) struct SummaryBody {
    pub title: String,
    pub form: FormRef,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub versions: u32,
}

/// A summary to put in its page: the case's id and the revision its row is written at.
pub(super) struct Entry {
    pub id: CaseId,
    pub revision: i64,
    pub body: SummaryBody,
}

/// One record, encoded and padded, kept whole so that rewriting a page never parses the
/// records it does not change.
struct Record {
    id: [u8; 16],
    bytes: Zeroizing<Vec<u8>>,
}

/// A record read in place from an opened page.
pub(super) struct RecordView<'a> {
    pub id: [u8; 16],
    pub revision: i64,
    pub json: &'a [u8],
}

/// A page being rewritten.
struct Page {
    prefix: String,
    records: Vec<Record>,
}

fn corrupted() -> Error {
    Error::Corrupted("detail-page-malformed")
}

fn page_row(prefix: &str) -> RowRef<'_> {
    RowRef {
        table: PAGES,
        id: prefix,
        version: u64::from(PAGE_FORMAT),
    }
}

/// The id's bits as the prefixes spell them.
fn id_bits(id: &[u8; 16]) -> String {
    let mut bits = String::with_capacity(ID_BITS);
    for byte in id {
        for shift in (0..8).rev() {
            bits.push(if (byte >> shift) & 1 == 1 { '1' } else { '0' });
        }
    }
    bits
}

fn bit(id: &[u8; 16], index: usize) -> bool {
    (id[index / 8] >> (7 - index % 8)) & 1 == 1
}

fn encode(entry: &Entry) -> Result<Record> {
    let json = Zeroizing::new(serde_json::to_vec(&entry.body).map_err(|error| {
        Error::InvalidInput(Detail::new("detail-not-json").with("reason", error))
    })?);
    let length = u32::try_from(json.len())
        .map_err(|_| Error::InvalidInput(Detail::new("detail-summary-too-large")))?;
    let total = (RECORD_HEADER + json.len()).div_ceil(SLOT) * SLOT;
    let mut bytes = Zeroizing::new(Vec::with_capacity(total));
    bytes.extend_from_slice(entry.id.as_bytes());
    bytes.extend_from_slice(&entry.revision.to_le_bytes());
    bytes.extend_from_slice(&length.to_le_bytes());
    bytes.extend_from_slice(&json);
    bytes.resize(total, 0);
    Ok(Record {
        id: *entry.id.as_bytes(),
        bytes,
    })
}

/// Walks the records of an opened page, calling `each` with every one and its whole padded
/// bytes.
fn walk<'a>(plain: &'a [u8], mut each: impl FnMut(RecordView<'a>, &'a [u8])) -> Result<()> {
    let Some((&format, mut rest)) = plain.split_first() else {
        return Err(corrupted());
    };
    if format != PAGE_FORMAT {
        return Err(Error::Corrupted("detail-page-unknown-format"));
    }
    while !rest.is_empty() {
        if rest.len() < RECORD_HEADER {
            return Err(corrupted());
        }
        let mut id = [0u8; 16];
        id.copy_from_slice(&rest[..16]);
        let mut revision = [0u8; 8];
        revision.copy_from_slice(&rest[16..24]);
        let mut length = [0u8; 4];
        length.copy_from_slice(&rest[24..RECORD_HEADER]);
        let length = u32::from_le_bytes(length) as usize;
        let total = (RECORD_HEADER + length).div_ceil(SLOT) * SLOT;
        if total > rest.len() {
            return Err(corrupted());
        }
        let (whole, after) = rest.split_at(total);
        each(
            RecordView {
                id,
                revision: i64::from_le_bytes(revision),
                json: &whole[RECORD_HEADER..RECORD_HEADER + length],
            },
            whole,
        );
        rest = after;
    }
    Ok(())
}

fn open_page(store: &Store, prefix: String, sealed: &[u8]) -> Result<Page> {
    let plain = store.open_row(page_row(&prefix), sealed)?;
    let mut records = Vec::new();
    walk(&plain, |view, whole| {
        records.push(Record {
            id: view.id,
            bytes: Zeroizing::new(whole.to_vec()),
        })
    })?;
    Ok(Page { prefix, records })
}

/// The page that holds (or would hold) the case whose id spells `bits`: the greatest prefix not
/// after it, since the prefixes of the leaves never start one another. An empty store has none
/// yet: then a new, empty page for every id.
fn find(store: &Store, conn: &Connection, bits: &str) -> Result<Page> {
    let row: Option<(String, Vec<u8>)> = conn
        .prepare_cached(
            "SELECT prefix, body FROM summary_pages WHERE prefix <= ?1 ORDER BY prefix DESC LIMIT 1",
        )?
        .query_row([bits], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()?;
    match row {
        Some((prefix, sealed)) if bits.starts_with(&prefix) => open_page(store, prefix, &sealed),
        Some(_) => Err(Error::Corrupted("detail-pages-incomplete")),
        None => {
            let any: bool = conn
                .prepare_cached("SELECT EXISTS (SELECT 1 FROM summary_pages)")?
                .query_row([], |row| row.get(0))?;
            if any {
                return Err(Error::Corrupted("detail-pages-incomplete"));
            }
            Ok(Page {
                prefix: String::new(),
                records: Vec::new(),
            })
        }
    }
}

fn load_exact(store: &Store, conn: &Connection, prefix: &str) -> Result<Option<Page>> {
    let sealed: Option<Vec<u8>> = conn
        .prepare_cached("SELECT body FROM summary_pages WHERE prefix = ?1")?
        .query_row([prefix], |row| row.get(0))
        .optional()?;
    sealed
        .map(|sealed| open_page(store, prefix.to_owned(), &sealed))
        .transpose()
}

/// Splits a page over [`PAGE_CASES`] by the next bit of its ids, again while a half is over.
fn split(page: Page, into: &mut Vec<Page>) {
    let depth = page.prefix.len();
    if page.records.len() <= PAGE_CASES || depth >= ID_BITS {
        into.push(page);
        return;
    }
    let (ones, zeros): (Vec<Record>, Vec<Record>) = page
        .records
        .into_iter()
        .partition(|record| bit(&record.id, depth));
    for (records, digit) in [(zeros, '0'), (ones, '1')] {
        let mut prefix = page.prefix.clone();
        prefix.push(digit);
        split(Page { prefix, records }, into);
    }
}

fn seal_and_write(store: &Store, conn: &Connection, page: &Page) -> Result<()> {
    let size = 1 + page
        .records
        .iter()
        .map(|record| record.bytes.len())
        .sum::<usize>();
    let mut plain = Zeroizing::new(Vec::with_capacity(size));
    plain.push(PAGE_FORMAT);
    for record in &page.records {
        plain.extend_from_slice(&record.bytes);
    }
    let sealed = store.seal_row(page_row(&page.prefix), &plain)?;
    conn.prepare_cached(
        "INSERT INTO summary_pages (prefix, body) VALUES (?1, ?2)
         ON CONFLICT(prefix) DO UPDATE SET body = excluded.body",
    )?
    .execute(params![page.prefix, sealed])?;
    Ok(())
}

fn delete_page(conn: &Connection, prefix: &str) -> Result<()> {
    conn.prepare_cached("DELETE FROM summary_pages WHERE prefix = ?1")?
        .execute([prefix])?;
    Ok(())
}

/// Puts each entry's summary in its page, replacing the case's earlier one, inside the
/// caller's transaction on `conn`. Every page touched is read and sealed once, however many
/// entries it receives (a bulk import of thousands rewrites each page once).
pub(super) fn put(store: &Store, conn: &Connection, entries: Vec<Entry>) -> Result<()> {
    let mut touched: BTreeMap<String, Page> = BTreeMap::new();
    for entry in entries {
        let record = encode(&entry)?;
        let bits = id_bits(&record.id);
        let held = touched
            .range(..=bits.clone())
            .next_back()
            .map(|(prefix, _)| prefix.clone())
            .filter(|prefix| bits.starts_with(prefix.as_str()));
        let prefix = match held {
            Some(prefix) => prefix,
            None => {
                let page = find(store, conn, &bits)?;
                let prefix = page.prefix.clone();
                touched.insert(prefix.clone(), page);
                prefix
            }
        };
        let page = touched.get_mut(&prefix).ok_or_else(corrupted)?;
        match page.records.iter_mut().find(|held| held.id == record.id) {
            Some(held) => *held = record,
            None => page.records.push(record),
        }
    }
    for (_, page) in touched {
        let prefix = page.prefix.clone();
        let mut parts = Vec::new();
        split(page, &mut parts);
        if parts.len() > 1 {
            delete_page(conn, &prefix)?;
        }
        for part in &parts {
            seal_and_write(store, conn, part)?;
        }
    }
    Ok(())
}

/// Takes a case's summary out of its page, inside the caller's transaction, and merges the
/// page with its sibling while the two fit in one. The page is sealed again without it; the
/// database's secure delete zeroes the bytes the old page held.
pub(super) fn remove(store: &Store, conn: &Connection, id: &CaseId) -> Result<()> {
    let id = *id.as_bytes();
    let mut page = find(store, conn, &id_bits(&id))?;
    let before = page.records.len();
    page.records.retain(|record| record.id != id);
    if page.records.len() == before {
        return Ok(());
    }
    while let Some(last) = page.prefix.pop() {
        let mut sibling_prefix = page.prefix.clone();
        sibling_prefix.push(if last == '0' { '1' } else { '0' });
        // A sibling that is split further holds more than a page, by the shape's rule.
        let sibling = load_exact(store, conn, &sibling_prefix)?;
        match sibling {
            Some(sibling) if page.records.len() + sibling.records.len() <= PAGE_CASES => {
                let mut own_prefix = page.prefix.clone();
                own_prefix.push(last);
                delete_page(conn, &own_prefix)?;
                delete_page(conn, &sibling_prefix)?;
                page.records.extend(sibling.records);
            }
            _ => {
                page.prefix.push(last);
                break;
            }
        }
    }
    seal_and_write(store, conn, &page)
}

/// Calls `each` with every record of every page, in no particular order.
pub(super) fn for_each(
    store: &Store,
    mut each: impl FnMut(RecordView<'_>) -> Result<()>,
) -> Result<()> {
    let mut statement = store
        .conn()
        .prepare_cached("SELECT prefix, body FROM summary_pages")?;
    let mut rows = statement.query([])?;
    while let Some(row) = rows.next()? {
        let prefix = row.get_ref(0)?.as_str().map_err(|_| corrupted())?;
        let sealed = row.get_ref(1)?.as_blob().map_err(|_| corrupted())?;
        let plain = store.open_row(page_row(prefix), sealed)?;
        let mut failed = None;
        walk(&plain, |view, _| {
            if failed.is_none() {
                failed = each(view).err();
            }
        })?;
        if let Some(error) = failed {
            return Err(error);
        }
    }
    Ok(())
}

/// The prefixes of the pages there are and how many cases each holds, for tests.
#[cfg(test)]
pub(super) fn shape(store: &Store) -> Vec<(String, usize)> {
    let mut shape = Vec::new();
    let mut statement = store
        .conn()
        .prepare("SELECT prefix, body FROM summary_pages ORDER BY prefix")
        .unwrap();
    let rows = statement
        .query_map([], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, Vec<u8>>(1)?))
        })
        .unwrap();
    for row in rows {
        let (prefix, sealed) = row.unwrap();
        let page = open_page(store, prefix.clone(), &sealed).unwrap();
        shape.push((prefix, page.records.len()));
    }
    shape
}
