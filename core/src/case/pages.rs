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
//! slot, never which, nor how long any title is. The case revision in the record says which save
//! of the case it summarises: a list uses a record only at its case row's revision, and makes
//! the summary of a case whose record is behind (or missing) from the row (`cases.rs`).
//!
//! A page being rewritten stays one buffer, its plaintext as sealed, with the place of each
//! record in it: a record folded into a page that holds it replaces its bytes in place, and an
//! import lays out each page once from slices, so no record is parsed or copied more than the
//! page needs. A page a fold wrote stays open in the store (`Store::kept_for_write`, within a budget), and the prefixes
//! of the pages it wrote or read are known to it, so the next write to that page — the next
//! fold of the summaries saves left waiting (`folding.rs`), an import falling in it — neither
//! reads nor decrypts it, nor asks the database which page holds the id.
//!
//! Every function here writes inside the caller's transaction (an import's or a delete's, the
//! same one that writes the case rows, or a fold's), which took the write lock when it began.

use std::collections::{BTreeMap, HashMap};
use std::ops::Bound;
use std::sync::MutexGuard;

use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::model::{CaseId, FormRef, Timestamp};
use crate::error::{Detail, Error, Result};
use crate::store::{KeptRows, RowRef, Store};

const PAGES: &str = "summary_pages";
/// The layout of a page's plaintext; also the version its envelope is bound to.
const PAGE_FORMAT: u8 = 1;
/// Records are padded to a multiple of this; one slot holds a typical summary.
pub(super) const SLOT: usize = 256;
const RECORD_HEADER: usize = 16 + 8 + 4;
/// The most cases one page holds; a page over it splits, two siblings that fit merge. Fourteen
/// one-slot records sealed stay within what SQLite keeps of a row in its 4096-byte table page,
/// so rewriting a page writes that one database page, with no overflow pages to free and fill
/// again (32, the first limit, made each save write two or three). Pages a store laid out under
/// a larger limit are split at their next save.
pub(super) const PAGE_CASES: usize = 14;
/// The largest row SQLite keeps whole in a 4096-byte table page (its page size minus 35).
#[cfg(test)]
const SQLITE_LOCAL_PAYLOAD: usize = 4096 - 35;
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

/// A summary to put in its page: the case's id, the revision its row is written at, and the
/// summary's JSON.
pub(super) struct Entry {
    pub id: CaseId,
    pub revision: i64,
    pub json: Zeroizing<Vec<u8>>,
}

impl Entry {
    pub fn new(id: CaseId, revision: i64, body: &SummaryBody) -> Result<Entry> {
        let json = Zeroizing::new(serde_json::to_vec(body).map_err(|error| {
            Error::InvalidInput(Detail::new("detail-not-json").with("reason", error))
        })?);
        Ok(Entry { id, revision, json })
    }
}

/// Where one record lies in a buffer: its id and its whole padded bytes.
#[derive(Clone, Copy)]
struct Slot {
    id: [u8; 16],
    start: usize,
    end: usize,
}

/// A record read in place from an opened page.
pub(super) struct RecordView<'a> {
    pub id: [u8; 16],
    pub revision: i64,
    pub json: &'a [u8],
}

/// A page being rewritten: its plaintext (format byte, then the records) and where each
/// record lies in it.
struct Page {
    prefix: String,
    /// Whether the database holds this page already (else it is new, not yet written).
    stored: bool,
    plain: Zeroizing<Vec<u8>>,
    slots: Vec<Slot>,
}

impl Page {
    fn empty(prefix: String) -> Page {
        Page {
            prefix,
            stored: false,
            plain: Zeroizing::new(vec![PAGE_FORMAT]),
            slots: Vec::new(),
        }
    }
}

/// The records a write brings, encoded one after another in one buffer.
#[derive(Default)]
struct Incoming {
    bytes: Zeroizing<Vec<u8>>,
    /// Per page (by prefix): the records it receives, in the order given.
    by_page: BTreeMap<String, (Page, Vec<Slot>)>,
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

/// Appends `entry`'s record, padded, to `into`; returns where it lies.
fn encode_into(entry: &Entry, into: &mut Zeroizing<Vec<u8>>) -> Result<Slot> {
    let json = &entry.json;
    let length = u32::try_from(json.len())
        .map_err(|_| Error::InvalidInput(Detail::new("detail-summary-too-large")))?;
    let total = (RECORD_HEADER + json.len()).div_ceil(SLOT) * SLOT;
    let start = into.len();
    // Grown by hand so that a reallocation never leaves a copy of earlier records behind.
    if into.capacity() - start < total {
        let mut grown = Zeroizing::new(Vec::with_capacity((start + total).max(2 * start)));
        grown.extend_from_slice(into);
        *into = grown;
    }
    into.extend_from_slice(entry.id.as_bytes());
    into.extend_from_slice(&entry.revision.to_le_bytes());
    into.extend_from_slice(&length.to_le_bytes());
    into.extend_from_slice(json);
    into.resize(start + total, 0);
    Ok(Slot {
        id: *entry.id.as_bytes(),
        start,
        end: start + total,
    })
}

/// Walks the records of an opened page, calling `each` with every one and where its whole
/// padded bytes lie in `plain`.
fn walk<'a>(plain: &'a [u8], mut each: impl FnMut(RecordView<'a>, Slot)) -> Result<()> {
    let Some((&format, _)) = plain.split_first() else {
        return Err(corrupted());
    };
    if format != PAGE_FORMAT {
        return Err(Error::Corrupted("detail-page-unknown-format"));
    }
    let mut start = 1;
    while start < plain.len() {
        let rest = &plain[start..];
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
        each(
            RecordView {
                id,
                revision: i64::from_le_bytes(revision),
                json: &rest[RECORD_HEADER..RECORD_HEADER + length],
            },
            Slot {
                id,
                start,
                end: start + total,
            },
        );
        start += total;
    }
    Ok(())
}

/// Cuts records sorted by id into the leaves of the trie under `prefix`: a range over
/// [`PAGE_CASES`] is split by the next bit, again while a half is over. Empty halves are leaves
/// too, so that every id has its page.
fn split_sorted<'a>(prefix: String, sorted: &'a [Source], into: &mut Vec<(String, &'a [Source])>) {
    let depth = prefix.len();
    if sorted.len() <= PAGE_CASES || depth >= ID_BITS {
        into.push((prefix, sorted));
        return;
    }
    // Sorted by id, the records under one prefix have their next bit 0 first, then 1.
    let at = sorted.partition_point(|source| !bit(&source.slot.id, depth));
    let (zeros, ones) = sorted.split_at(at);
    for (part, digit) in [(zeros, '0'), (ones, '1')] {
        let mut prefix = prefix.clone();
        prefix.push(digit);
        split_sorted(prefix, part, into);
    }
}

/// A record to lay out: in the page as it was, or among the incoming ones.
#[derive(Clone, Copy)]
struct Source {
    slot: Slot,
    incoming: bool,
}

/// How a page is written: over the row it replaces, or as a new row.
#[derive(Clone, Copy, PartialEq)]
enum Write {
    Replace,
    Insert,
}

/// One write's hands on the pages: the store (to seal and open), the connection of the
/// caller's transaction, and what the store keeps of the pages, checked current once when the
/// write began.
struct Writer<'a> {
    store: &'a Store,
    conn: &'a Connection,
    kept: MutexGuard<'a, KeptRows>,
}

impl<'a> Writer<'a> {
    fn new(store: &'a Store, conn: &'a Connection) -> Result<Writer<'a>> {
        Ok(Writer {
            store,
            conn,
            kept: store.kept_for_write()?,
        })
    }

    /// The page at `prefix`, as this store kept it or else read and opened; `None` if the
    /// database holds no such page.
    fn open_page(&mut self, prefix: String) -> Result<Option<Page>> {
        let plain = match self.kept.take(page_row(&prefix)) {
            Some(plain) => plain,
            None => {
                let Some(sealed) = self.read_page(&prefix)? else {
                    return Ok(None);
                };
                // A kept page's prefix is known already; this one the database just named.
                self.kept.know(PAGES, &prefix);
                self.store
                    .open_row(page_row(&prefix), &sealed)?
                    .into_payload()
            }
        };
        let mut slots = Vec::new();
        walk(&plain, |_, slot| slots.push(slot))?;
        Ok(Some(Page {
            prefix,
            stored: true,
            plain,
            slots,
        }))
    }

    fn read_page(&self, prefix: &str) -> Result<Option<Vec<u8>>> {
        Ok(self
            .conn
            .prepare_cached("SELECT body FROM summary_pages WHERE prefix = ?1")?
            .query_row([prefix], |row| row.get(0))
            .optional()?)
    }

    /// The page that holds (or would hold) the case whose id spells `bits`: the greatest prefix
    /// not after it, since the prefixes of the leaves never start one another. An empty store
    /// has none yet: then a new, empty page for every id.
    fn find(&mut self, bits: &str) -> Result<Page> {
        // If a prefix known to exist starts `bits`, it is the greatest known one not after it:
        // any between would start with it too, and leaves never start one another.
        let known = self
            .kept
            .known_at_or_before(PAGES, bits)
            .filter(|prefix| bits.starts_with(prefix))
            .map(str::to_owned);
        let prefix = match known {
            Some(prefix) => Some(prefix),
            // Else the prefixes' own index answers, and what it names must start `bits`.
            None => {
                let prefix: Option<String> = self
                    .conn
                    .prepare_cached(
                        "SELECT prefix FROM summary_pages WHERE prefix <= ?1 \
                         ORDER BY prefix DESC LIMIT 1",
                    )?
                    .query_row([bits], |row| row.get(0))
                    .optional()?;
                if prefix
                    .as_ref()
                    .is_some_and(|prefix| !bits.starts_with(prefix.as_str()))
                {
                    return Err(Error::Corrupted("detail-pages-incomplete"));
                }
                prefix
            }
        };
        if let Some(prefix) = prefix {
            return self
                .open_page(prefix)?
                .ok_or(Error::Corrupted("detail-pages-incomplete"));
        }
        let any: bool = self
            .conn
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM summary_pages)")?
            .query_row([], |row| row.get(0))?;
        if any {
            return Err(Error::Corrupted("detail-pages-incomplete"));
        }
        Ok(Page::empty(String::new()))
    }

    /// Seals `plain` as the page at `prefix` and writes it. `keep`: leave it open in the store
    /// for the next save.
    fn seal_and_write(
        &mut self,
        prefix: &str,
        plain: Zeroizing<Vec<u8>>,
        write: Write,
        keep: bool,
    ) -> Result<()> {
        let row = page_row(prefix);
        // Whatever was kept of it is stale from here on, whether this write succeeds or not.
        self.kept.forget(PAGES, prefix);
        let sealed = self.store.seal_row(row, &plain)?;
        match write {
            Write::Replace => {
                let changed = self
                    .conn
                    .prepare_cached("UPDATE summary_pages SET body = ?2 WHERE prefix = ?1")?
                    .execute(params![prefix, sealed])?;
                if changed != 1 {
                    return Err(Error::Corrupted("detail-pages-incomplete"));
                }
            }
            Write::Insert => {
                self.conn
                    .prepare_cached("INSERT INTO summary_pages (prefix, body) VALUES (?1, ?2)")?
                    .execute(params![prefix, sealed])?;
                self.kept.know(PAGES, prefix);
            }
        }
        if keep {
            self.kept.keep(row, plain);
        }
        Ok(())
    }

    fn delete_page(&mut self, prefix: &str) -> Result<()> {
        self.kept.forget_known(PAGES, prefix);
        self.conn
            .prepare_cached("DELETE FROM summary_pages WHERE prefix = ?1")?
            .execute([prefix])?;
        Ok(())
    }

    /// Puts each entry's summary in its page; see [`put`].
    fn put(&mut self, entries: Vec<Entry>) -> Result<()> {
        let mut incoming = Incoming::default();
        for entry in &entries {
            let slot = encode_into(entry, &mut incoming.bytes)?;
            let bits = id_bits(&slot.id);
            let held = incoming
                .by_page
                .range::<str, _>((Bound::Unbounded, Bound::Included(bits.as_str())))
                .next_back()
                .map(|(prefix, _)| prefix.clone())
                .filter(|prefix| bits.starts_with(prefix.as_str()));
            let prefix = match held {
                Some(prefix) => prefix,
                None => {
                    let page = self.find(&bits)?;
                    let prefix = page.prefix.clone();
                    incoming.by_page.insert(prefix.clone(), (page, Vec::new()));
                    prefix
                }
            };
            let (_, slots) = incoming.by_page.get_mut(&prefix).ok_or_else(corrupted)?;
            slots.push(slot);
        }
        drop(entries);
        let single = incoming.by_page.len() == 1;
        let bytes = incoming.bytes;
        for (_, (mut page, slots)) in incoming.by_page {
            if let [slot] = slots[..]
                && self.replace_in_place(&mut page, slot, &bytes, single)?
            {
                continue;
            }
            self.rewrite(page, &slots, &bytes, single)?;
        }
        Ok(())
    }

    /// A save's one record, where the page already holds a record of the same size for that
    /// case: its bytes are replaced in place and the page sealed again. `false` (nothing
    /// written, the page as it was) when that does not apply.
    fn replace_in_place(
        &mut self,
        page: &mut Page,
        slot: Slot,
        bytes: &[u8],
        keep: bool,
    ) -> Result<bool> {
        let Some(held) = page.slots.iter().find(|held| held.id == slot.id) else {
            return Ok(false);
        };
        if held.end - held.start != slot.end - slot.start {
            return Ok(false);
        }
        page.plain[held.start..held.end].copy_from_slice(&bytes[slot.start..slot.end]);
        let plain = std::mem::take(&mut page.plain);
        self.seal_and_write(&page.prefix, plain, Write::Replace, keep)?;
        Ok(true)
    }

    /// Lays out `page` again with `slots` (records in `bytes`) replacing or joining its
    /// records, split into as many pages as the shape's rule needs, each sealed and written
    /// once.
    fn rewrite(&mut self, page: Page, slots: &[Slot], bytes: &[u8], keep: bool) -> Result<()> {
        // The last record given for a case is the one kept.
        let mut last: HashMap<[u8; 16], usize> = HashMap::with_capacity(slots.len());
        for (index, slot) in slots.iter().enumerate() {
            last.insert(slot.id, index);
        }
        let mut sources: Vec<Source> = Vec::with_capacity(page.slots.len() + last.len());
        sources.extend(
            page.slots
                .iter()
                .filter(|held| !last.contains_key(&held.id))
                .map(|&slot| Source {
                    slot,
                    incoming: false,
                }),
        );
        sources.extend(
            slots
                .iter()
                .enumerate()
                .filter(|(index, slot)| last.get(&slot.id) == Some(index))
                .map(|(_, &slot)| Source {
                    slot,
                    incoming: true,
                }),
        );
        sources.sort_unstable_by_key(|source| source.slot.id);
        let mut parts = Vec::new();
        split_sorted(page.prefix.clone(), &sources, &mut parts);
        if parts.len() > 1 {
            self.delete_page(&page.prefix)?;
        }
        // One part is the page itself; parts of a split are new rows where it was, each kept
        // like the page would have been (the next save falls in one of them).
        let write = if parts.len() == 1 && page.stored {
            Write::Replace
        } else {
            Write::Insert
        };
        for (prefix, part) in parts {
            let size = 1 + part
                .iter()
                .map(|source| source.slot.end - source.slot.start)
                .sum::<usize>();
            let mut plain = Zeroizing::new(Vec::with_capacity(size));
            plain.push(PAGE_FORMAT);
            for source in part {
                let from: &[u8] = if source.incoming { bytes } else { &page.plain };
                plain.extend_from_slice(&from[source.slot.start..source.slot.end]);
            }
            self.seal_and_write(&prefix, plain, write, keep)?;
        }
        Ok(())
    }

    /// Takes a case's summary out of its page; see [`remove`].
    fn remove(&mut self, id: &CaseId) -> Result<()> {
        let id = *id.as_bytes();
        let page = self.find(&id_bits(&id))?;
        if !page.slots.iter().any(|slot| slot.id == id) {
            return Ok(());
        }
        // The records that stay, gathered from the page and the siblings it merges with.
        let mut kept = Zeroizing::new(vec![PAGE_FORMAT]);
        let mut count = 0;
        for slot in page.slots.iter().filter(|slot| slot.id != id) {
            kept.extend_from_slice(&page.plain[slot.start..slot.end]);
            count += 1;
        }
        let mut prefix = page.prefix;
        drop(page.plain);
        let mut write = Write::Replace;
        while let Some(last) = prefix.pop() {
            let mut sibling_prefix = prefix.clone();
            sibling_prefix.push(if last == '0' { '1' } else { '0' });
            // A sibling that is split further holds more than a page, by the shape's rule.
            let sibling = self.open_page(sibling_prefix.clone())?;
            match sibling {
                Some(sibling) if count + sibling.slots.len() <= PAGE_CASES => {
                    let mut own_prefix = prefix.clone();
                    own_prefix.push(last);
                    self.delete_page(&own_prefix)?;
                    self.delete_page(&sibling_prefix)?;
                    for slot in &sibling.slots {
                        kept.extend_from_slice(&sibling.plain[slot.start..slot.end]);
                    }
                    count += sibling.slots.len();
                    write = Write::Insert;
                }
                unmerged => {
                    // Read only to count it: as it was, so still worth keeping.
                    if let Some(sibling) = unmerged {
                        self.kept.keep(page_row(&sibling.prefix), sibling.plain);
                    }
                    prefix.push(last);
                    break;
                }
            }
        }
        self.seal_and_write(&prefix, kept, write, false)
    }
}

/// Puts each entry's summary in its page, replacing the case's earlier one, inside the
/// caller's transaction on `conn`, which took the write lock when it began. Every page touched
/// is read and sealed once, however many entries it receives (a bulk import of thousands
/// rewrites each page once).
pub(super) fn put(store: &Store, conn: &Connection, entries: Vec<Entry>) -> Result<()> {
    Writer::new(store, conn)?.put(entries)
}

/// Takes a case's summary out of its page, inside the caller's transaction (as for [`put`]),
/// and merges the page with its sibling while the two fit in one. The page is sealed again
/// without it; the database's secure delete zeroes the bytes the old page held.
pub(super) fn remove(store: &Store, conn: &Connection, id: &CaseId) -> Result<()> {
    Writer::new(store, conn)?.remove(id)
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

/// Moves every record into one page at the root, as a store laid out under a larger page limit
/// may hold them; returns how many. For tests.
#[cfg(test)]
pub(super) fn collapse_into_one_page(store: &Store) -> usize {
    let mut plain = Zeroizing::new(vec![PAGE_FORMAT]);
    let mut count = 0;
    for_each(store, |view| {
        let start = plain.len();
        plain.extend_from_slice(&view.id);
        plain.extend_from_slice(&view.revision.to_le_bytes());
        plain.extend_from_slice(&(view.json.len() as u32).to_le_bytes());
        plain.extend_from_slice(view.json);
        let total = (RECORD_HEADER + view.json.len()).div_ceil(SLOT) * SLOT;
        plain.resize(start + total, 0);
        count += 1;
        Ok(())
    })
    .unwrap();
    let transaction = store.conn().unchecked_transaction().unwrap();
    transaction
        .execute("DELETE FROM summary_pages", [])
        .unwrap();
    // Written by hand: what the store knew of the pages is wrong from here on.
    store.forget_kept();
    Writer::new(store, &transaction)
        .unwrap()
        .seal_and_write("", plain, Write::Insert, false)
        .unwrap();
    transaction.commit().unwrap();
    count
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
        let plain = store.open_row(page_row(&prefix), &sealed).unwrap();
        let mut count = 0;
        walk(&plain, |_, _| count += 1).unwrap();
        shape.push((prefix, count));
    }
    shape
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::SecretKey;

    #[test]
    fn a_full_page_of_one_slot_records_fits_in_one_database_page() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::create(dir.path(), &SecretKey::generate()).unwrap();
        let mut plain = Zeroizing::new(vec![PAGE_FORMAT]);
        plain.resize(1 + PAGE_CASES * SLOT, 0);
        let sealed = store
            .seal_row(page_row(&"1".repeat(ID_BITS)), &plain)
            .unwrap();
        // The prefix, its length and the row's header take a few bytes more.
        assert!(
            sealed.len() + ID_BITS + 8 <= SQLITE_LOCAL_PAYLOAD,
            "{}",
            sealed.len()
        );
    }
}
