//! Attachments of a case: photos, audio, video and documents, streamed into encrypted files with
//! a per-file key, fingerprinted with SHA-256 of the original bytes for chain of custody, and
//! streamed back out with the fingerprint checked again. Files no row refers to (a process killed
//! while writing one) are removed at the next unlock, never while any process is still writing.
//! Each row's envelope names its case, so a row moved to another case is refused.

use std::collections::HashSet;
use std::fs;
use std::io::{Read, Write};
use std::path::PathBuf;

use rusqlite::{OptionalExtension, Transaction, TransactionBehavior, params};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::model::{AttachmentId, AttachmentMeta, CaseId, Timestamp, now};
use super::status::case_status;
use crate::crypto::{SecretKey, hex, random_bytes};
use crate::error::{Error, Result};
use crate::store::blob;
use crate::store::folder::{self, Hold};
use crate::store::{RowRef, Store};

const ATTACHMENTS: &str = "attachments";
/// Set once every attachment row of the store names its case inside its envelope
/// ([`bind_attachments_to_cases`]); from then on a row that does not is refused.
const ATTACHMENTS_BOUND: &str = "attachments-bound";

/// The sealed body of an `attachments` row. Holds the file's key: never leaves the envelope.
#[derive(Serialize, Deserialize)]
struct AttachmentBody {
    /// The case the attachment belongs to. The row's `case_id` column is outside the envelope,
    /// so without this someone with the files could move a photo to another case unnoticed.
    /// Absent from rows written before it existed, until the unlock that binds them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    case_id: Option<String>,
    key: Zeroizing<String>,
    blob: String,
    file_name: Option<String>,
    media_type: String,
    size: u64,
    sha256: String,
    added_at: Timestamp,
}

impl AttachmentBody {
    fn meta(&self, id: AttachmentId, case_id: CaseId) -> AttachmentMeta {
        AttachmentMeta {
            id,
            case_id,
            file_name: self.file_name.clone(),
            media_type: self.media_type.clone(),
            size: self.size,
            sha256: self.sha256.clone(),
            added_at: self.added_at,
        }
    }

    fn file_key(&self) -> Result<SecretKey> {
        let mut bytes = Zeroizing::new([0u8; 32]);
        let text = self.key.as_bytes();
        if text.len() != 64 {
            return Err(Error::Corrupted("detail-attachment-key-malformed"));
        }
        for (index, pair) in text.chunks(2).enumerate() {
            let high =
                hex_value(pair[0]).ok_or(Error::Corrupted("detail-attachment-key-malformed"))?;
            let low =
                hex_value(pair[1]).ok_or(Error::Corrupted("detail-attachment-key-malformed"))?;
            bytes[index] = (high << 4) | low;
        }
        SecretKey::from_slice(bytes.as_ref())
            .ok_or(Error::Corrupted("detail-attachment-key-malformed"))
    }
}

fn hex_value(digit: u8) -> Option<u8> {
    match digit {
        b'0'..=b'9' => Some(digit - b'0'),
        b'a'..=b'f' => Some(digit - b'a' + 10),
        _ => None,
    }
}

/// Streams `source` into a new encrypted attachment of case `case_id`.
pub fn add_attachment(
    store: &mut Store,
    case_id: CaseId,
    source: &mut dyn Read,
    file_name: Option<&str>,
    media_type: &str,
) -> Result<AttachmentMeta> {
    case_status(store, case_id)?;
    // Held until the row is committed, so no garbage collection takes the file for an orphan.
    let _writing = folder::hold(store.blobs_dir(), Hold::Writing)?;
    let key = SecretKey::generate();
    let blob_name = hex(&random_bytes::<16>());
    let path = blob_path(store, &blob_name);
    let interruption = store.interruption().clone();
    let digest = blob::encrypt_to_file(&key, &mut interruption.reader(source), &path)
        .map_err(|error| interruption.explain(error))?;
    let id = AttachmentId::generate();
    let body = AttachmentBody {
        case_id: Some(case_id.to_string()),
        key: Zeroizing::new(hex(key.expose())),
        blob: blob_name,
        file_name: file_name.map(str::to_owned),
        media_type: media_type.to_owned(),
        size: digest.size,
        sha256: hex(&digest.sha256),
        added_at: now(),
    };
    let id_text = id.to_string();
    let stored = store
        .seal_json(
            RowRef {
                table: ATTACHMENTS,
                id: &id_text,
                version: 1,
            },
            &body,
        )
        .and_then(|sealed| {
            store
                .conn()
                .prepare_cached("INSERT INTO attachments (id, case_id, body) VALUES (?1, ?2, ?3)")?
                .execute(params![id_text, case_id.to_string(), sealed])?;
            Ok(())
        });
    if let Err(error) = stored {
        let _ = fs::remove_file(&path);
        return Err(error);
    }
    Ok(body.meta(id, case_id))
}

/// Streams attachment `id` of case `case_id`, decrypted, into `sink`, and checks its
/// SHA-256 against the one recorded when it was added.
pub fn read_attachment(
    store: &Store,
    case_id: CaseId,
    id: AttachmentId,
    sink: &mut dyn Write,
) -> Result<AttachmentMeta> {
    let body = attachment_body(store, case_id, id)?;
    let interruption = store.interruption();
    let digest = blob::decrypt_from_file(
        &body.file_key()?,
        &blob_path(store, &body.blob),
        &mut interruption.writer(sink),
    )
    .map_err(|error| interruption.explain(error))?;
    if hex(&digest.sha256) != body.sha256 || digest.size != body.size {
        return Err(Error::Corrupted("detail-attachment-fingerprint-mismatch"));
    }
    Ok(body.meta(id, case_id))
}

pub fn attachment_meta(store: &Store, case_id: CaseId, id: AttachmentId) -> Result<AttachmentMeta> {
    Ok(attachment_body(store, case_id, id)?.meta(id, case_id))
}

pub fn list_attachments(store: &Store, case_id: CaseId) -> Result<Vec<AttachmentMeta>> {
    case_status(store, case_id)?;
    let mut metas = Vec::new();
    for (id, body) in attachment_bodies(store, case_id)? {
        metas.push(body.meta(id, case_id));
    }
    metas.sort_by_key(|meta| (meta.added_at, meta.id));
    Ok(metas)
}

pub fn delete_attachment(store: &mut Store, case_id: CaseId, id: AttachmentId) -> Result<()> {
    let body = attachment_body(store, case_id, id)?;
    store
        .conn()
        .prepare_cached("DELETE FROM attachments WHERE id = ?1")?
        .execute([id.to_string()])?;
    remove_blob_file(store, &body.blob)?;
    store.forget_deleted_rows();
    Ok(())
}

/// The names of the attachment files the rows record. Fails if a row does not open: its file
/// could not be told from a leftover.
pub(crate) fn recorded_attachment_files(store: &Store) -> Result<HashSet<String>> {
    let rows: Vec<(String, AttachmentBody)> =
        store.open_json_rows(ATTACHMENTS, "SELECT id, body FROM attachments", [])?;
    Ok(rows.into_iter().map(|(_, body)| body.blob).collect())
}

pub(crate) fn attachment_blob_names(store: &Store, case_id: CaseId) -> Result<Vec<String>> {
    Ok(attachment_bodies(store, case_id)?
        .into_iter()
        .map(|(_, body)| body.blob)
        .collect())
}

pub(crate) fn remove_blob_file(store: &Store, name: &str) -> Result<()> {
    match fs::remove_file(blob_path(store, name)) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(error) => Err(error.into()),
    }
}

fn blob_path(store: &Store, name: &str) -> PathBuf {
    store.blobs_dir().join(name)
}

fn attachment_body(store: &Store, case_id: CaseId, id: AttachmentId) -> Result<AttachmentBody> {
    let id_text = id.to_string();
    let sealed: Option<Vec<u8>> = store
        .conn()
        .prepare_cached("SELECT body FROM attachments WHERE id = ?1 AND case_id = ?2")?
        .query_row(params![id_text, case_id.to_string()], |row| row.get(0))
        .optional()?;
    let sealed = sealed.ok_or(Error::NotFound {
        kind: "detail-kind-attachment",
        id: id_text.clone(),
    })?;
    let body: AttachmentBody = store.open_json(
        RowRef {
            table: ATTACHMENTS,
            id: &id_text,
            version: 1,
        },
        &sealed,
    )?;
    if !folder::is_file_name(&body.blob) {
        return Err(Error::Corrupted("detail-attachment-record-malformed"));
    }
    check_case(store, &body, case_id)?;
    Ok(body)
}

/// Refuses a row whose envelope names another case than its `case_id` column, or, once the
/// store's rows are all bound, none.
fn check_case(store: &Store, body: &AttachmentBody, case_id: CaseId) -> Result<()> {
    let bound = match &body.case_id {
        Some(named) => *named == case_id.to_string(),
        None => !store.meta::<bool>(ATTACHMENTS_BOUND)?.unwrap_or(false),
    };
    if bound {
        Ok(())
    } else {
        Err(Error::Corrupted("detail-attachment-of-another-case"))
    }
}

/// Writes the case of every attachment row that does not name it yet into its envelope, from
/// its `case_id` column, and records that the store's rows are all bound, in one transaction:
/// interrupted, it leaves the store as it was and the next unlock does it again. Once done, one
/// query per unlock. Returns how many rows were bound.
pub(crate) fn bind_attachments_to_cases(store: &mut Store) -> Result<usize> {
    if store.meta::<bool>(ATTACHMENTS_BOUND)?.unwrap_or(false) {
        return Ok(0);
    }
    let tx = Transaction::new_unchecked(store.conn(), TransactionBehavior::Immediate)?;
    let rows: Vec<(String, String, Vec<u8>)> = {
        let mut statement = tx.prepare("SELECT id, case_id, body FROM attachments")?;
        let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let mut bound = 0;
    for (id_text, case_text, sealed) in rows {
        let row = RowRef {
            table: ATTACHMENTS,
            id: &id_text,
            version: 1,
        };
        let mut body: AttachmentBody = store.open_json(row, &sealed)?;
        if body.case_id.is_some() {
            continue;
        }
        body.case_id = Some(case_text);
        let resealed = store.seal_json(row, &body)?;
        tx.execute(
            "UPDATE attachments SET body = ?2 WHERE id = ?1",
            params![id_text, resealed],
        )?;
        bound += 1;
    }
    store.set_meta(ATTACHMENTS_BOUND, &true)?;
    tx.commit()?;
    Ok(bound)
}

fn attachment_bodies(
    store: &Store,
    case_id: CaseId,
) -> Result<Vec<(AttachmentId, AttachmentBody)>> {
    let rows: Vec<(String, AttachmentBody)> = store.open_json_rows(
        ATTACHMENTS,
        "SELECT id, body FROM attachments WHERE case_id = ?1",
        [case_id.to_string()],
    )?;
    rows.into_iter()
        .map(|(id, body)| {
            let id = id
                .parse()
                .map_err(|_| Error::Corrupted("detail-attachment-id-malformed"))?;
            check_case(store, &body, case_id)?;
            Ok((id, body))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::{Answers, FormRef, create_case};

    fn form() -> FormRef {
        FormRef {
            id: "police-violence".into(),
            version: 1,
        }
    }

    /// Rewrites attachment `id`'s row as stores before the binding wrote it: no case inside.
    fn unbind(store: &Store, id: AttachmentId) {
        let id_text = id.to_string();
        let row = RowRef {
            table: ATTACHMENTS,
            id: &id_text,
            version: 1,
        };
        let sealed: Vec<u8> = store
            .conn()
            .query_row(
                "SELECT body FROM attachments WHERE id = ?1",
                [&id_text],
                |r| r.get(0),
            )
            .unwrap();
        let mut body: AttachmentBody = store.open_json(row, &sealed).unwrap();
        body.case_id = None;
        let old = store.seal_json(row, &body).unwrap();
        store
            .conn()
            .execute(
                "UPDATE attachments SET body = ?2 WHERE id = ?1",
                params![id_text, old],
            )
            .unwrap();
    }

    fn move_to(store: &Store, id: AttachmentId, case_id: CaseId) {
        store
            .conn()
            .execute(
                "UPDATE attachments SET case_id = ?1 WHERE id = ?2",
                [case_id.to_string(), id.to_string()],
            )
            .unwrap();
    }

    #[test]
    fn rows_from_before_the_binding_are_bound_once_and_then_cannot_be_moved() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::create(dir.path(), &SecretKey::generate()).unwrap();
        let first = create_case(&mut store, form(), Answers::new()).unwrap();
        let second = create_case(&mut store, form(), Answers::new()).unwrap();
        let photo = add_attachment(
            &mut store,
            first,
            &mut &b"photo bytes"[..],
            None,
            "image/jpeg",
        )
        .unwrap();
        let audio = add_attachment(
            &mut store,
            second,
            &mut &b"audio bytes"[..],
            None,
            "audio/mp4",
        )
        .unwrap();
        unbind(&store, photo.id);
        unbind(&store, audio.id);

        // Before the binding, an old row reads where its column says (what those stores did).
        assert_eq!(list_attachments(&store, first).unwrap().len(), 1);
        assert_eq!(bind_attachments_to_cases(&mut store).unwrap(), 2);
        assert_eq!(bind_attachments_to_cases(&mut store).unwrap(), 0);
        let mut out = Vec::new();
        read_attachment(&store, first, photo.id, &mut out).unwrap();
        assert_eq!(out, b"photo bytes");

        // Bound now: moved, it is refused; and an old row put back (from an earlier copy of
        // the files) is refused too, wherever it claims to be.
        move_to(&store, photo.id, second);
        assert!(matches!(
            list_attachments(&store, second),
            Err(Error::Corrupted("detail-attachment-of-another-case"))
        ));
        move_to(&store, photo.id, first);
        unbind(&store, photo.id);
        assert!(matches!(
            read_attachment(&store, first, photo.id, &mut Vec::new()),
            Err(Error::Corrupted("detail-attachment-of-another-case"))
        ));
        assert_eq!(list_attachments(&store, second).unwrap().len(), 1);
    }
}
