//! Attachments of a case: photos, audio, video and documents, streamed into encrypted files with
//! a per-file key, fingerprinted with SHA-256 of the original bytes for chain of custody, and
//! streamed back out with the fingerprint checked again. Files no row refers to (a process killed
//! while writing one) are removed at the next unlock, never while any process is still writing.

use std::collections::HashSet;
use std::fs;
use std::io::{Read, Write};
use std::path::PathBuf;

use rusqlite::{OptionalExtension, params};
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

/// The sealed body of an `attachments` row. Holds the file's key: never leaves the envelope.
#[derive(Serialize, Deserialize)]
struct AttachmentBody {
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
    Ok(body)
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
            Ok((id, body))
        })
        .collect()
}
