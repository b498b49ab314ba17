//! The outbox: each finalized case version sealed for the NGO the moment it is finalized (or at
//! enrollment, for versions finalized before), with its attachments sealed into files beside it.
//! Rows move from pending to acknowledged only when the server has answered; nothing here talks
//! to the network.

use std::collections::HashSet;
use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::PathBuf;

use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use wave_protocol::{Sha256Hex, Uuid, sign_submission};

use super::device;
use super::device::Device;
use super::failure::{Rejection, StoredRejection};
use super::payload::{
    PAYLOAD_FORMAT, PayloadAttachment, SubmissionPayload, parse_recipients, seal_payload,
};
use crate::case;
use crate::case::{CaseId, CaseStatus};
use crate::crypto::{hex, random_bytes};
use crate::error::{Detail, Error, Result};
use crate::store::folder::{self, Hold};
use crate::store::{RowRef, Store};

pub(crate) const PENDING: i64 = 0;
pub(crate) const SENT: i64 = 1;
pub(crate) const REJECTED: i64 = 2;

const OUTBOX: &str = "outbox";
const OUTBOX_ERRORS: &str = "outbox_errors";
const OUTBOX_BLOBS: &str = "outbox_blobs";
/// The meta value naming the device and recipient set version the waiting rows were last
/// checked against (see [`unseal_for_removed_recipients`]).
const RECIPIENTS_CHECKED: &str = "outbox_recipients_checked";

/// The sealed body of an `outbox` row: immutable once written.
#[derive(Serialize, Deserialize)]
pub(crate) struct OutboxBody {
    #[serde(with = "compact_bytes")]
    pub envelope: Vec<u8>,
    #[serde(with = "compact_bytes")]
    pub signature: Vec<u8>,
    pub blobs: Vec<Sha256Hex>,
    /// The recipients the envelope is sealed to; empty in rows written before rows recorded
    /// them, which were all sealed to the enrollment string's recipients.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recipients: Vec<String>,
}

/// Where the sealed body of outbox row `id` belongs.
fn outbox_row(id: &str) -> RowRef<'_> {
    RowRef {
        table: OUTBOX,
        id,
        version: 1,
    }
}

/// An outbox body as a sync reads it: the envelope stays the base64 text it is stored as, since
/// that is what the wire carries. Decoding it and encoding it again was a third of a sync's CPU
/// on the device; the row's AEAD guarantees the text is what [`OutboxBody`] wrote.
#[derive(Deserialize)]
pub(crate) struct WireBody {
    #[serde(deserialize_with = "compact_bytes::deserialize_text")]
    pub envelope: String,
    #[serde(with = "compact_bytes")]
    pub signature: Vec<u8>,
    pub blobs: Vec<Sha256Hex>,
}

/// Bytes in a sealed outbox row, written as base64 text. serde's default, a JSON array of
/// numbers, takes about four characters per byte and was most of a sync's CPU time, spent
/// reading envelopes back; rows written that way by earlier versions are still read.
mod compact_bytes {
    use serde::de::{Error, SeqAccess, Visitor};
    use serde::{Deserializer, Serializer};
    use wave_protocol::encoding::{decode_base64, encode_base64};

    pub fn serialize<S: Serializer>(bytes: &[u8], serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&encode_base64(bytes))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<u8>, D::Error> {
        deserializer.deserialize_any(BytesVisitor)
    }

    /// The same field as base64 text: taken as it is, or encoded from an old array of numbers.
    pub fn deserialize_text<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<String, D::Error> {
        deserializer.deserialize_any(TextVisitor)
    }

    struct TextVisitor;

    impl<'de> Visitor<'de> for TextVisitor {
        type Value = String;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("base64 text or an array of bytes")
        }

        fn visit_str<E: Error>(self, text: &str) -> Result<String, E> {
            Ok(text.to_owned())
        }

        fn visit_string<E: Error>(self, text: String) -> Result<String, E> {
            Ok(text)
        }

        fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<String, A::Error> {
            BytesVisitor
                .visit_seq(seq)
                .map(|bytes| encode_base64(&bytes))
        }
    }

    struct BytesVisitor;

    impl<'de> Visitor<'de> for BytesVisitor {
        type Value = Vec<u8>;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("base64 text or an array of bytes")
        }

        fn visit_str<E: Error>(self, text: &str) -> Result<Vec<u8>, E> {
            decode_base64(text).map_err(E::custom)
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<u8>, A::Error> {
            let mut bytes = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1 << 20));
            while let Some(byte) = seq.next_element::<u8>()? {
                bytes.push(byte);
            }
            Ok(bytes)
        }
    }
}

/// The sealed body of an `outbox_blobs` row.
#[derive(Serialize, Deserialize)]
pub(crate) struct BlobBody {
    pub file: String,
    pub size: u64,
    pub sha256: Sha256Hex,
    /// As [`OutboxBody::recipients`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recipients: Vec<String>,
}

/// One submission waiting to be sent.
pub(crate) struct PendingSubmission {
    pub id: Uuid,
    pub case_id: CaseId,
    pub body: WireBody,
}

/// Where one case version stands in the outbox.
pub(crate) struct OutboxState {
    pub case_id: CaseId,
    pub state: i64,
    pub reason: Option<Rejection>,
}

/// One sealed attachment waiting to be uploaded.
pub(crate) struct PendingBlob {
    pub attachment_id: String,
    pub body: BlobBody,
    pub path: PathBuf,
}

/// Seals every finalized version that is not yet in the outbox. Does nothing before
/// enrollment. Returns how many were sealed.
pub fn enqueue_finalized(store: &mut Store) -> Result<usize> {
    let Some(device) = device::device(store)? else {
        return Ok(0);
    };
    let missing = unsealed_versions(store)?;
    for (case_id, seq) in &missing {
        seal_version(store, &device, *case_id, *seq)?;
    }
    Ok(missing.len())
}

/// The finalized versions not yet sealed into the outbox, by case and sequence number.
pub(crate) fn unsealed_versions(store: &Store) -> Result<Vec<(CaseId, u32)>> {
    let mut statement = store.conn().prepare(
        "SELECT v.case_id, v.seq FROM case_versions v
         LEFT JOIN outbox o ON o.case_id = v.case_id AND o.seq = v.seq
         WHERE o.id IS NULL ORDER BY v.case_id, v.seq",
    )?;
    let rows = statement.query_map([], |row| {
        Ok((row.get::<_, String>(0)?, row.get::<_, u32>(1)?))
    })?;
    let mut missing = Vec::new();
    for row in rows {
        let (case_id, seq) = row?;
        missing.push((
            case_id
                .parse::<CaseId>()
                .map_err(|_| Error::Corrupted("sync-detail-case-id"))?,
            seq,
        ));
    }
    Ok(missing)
}

/// Seals version `seq` of a case for the NGO and puts it in the outbox, with its
/// attachments. Idempotent: a version already in the outbox is left as it is.
pub(crate) fn seal_version(
    store: &mut Store,
    device: &Device,
    case_id: CaseId,
    seq: u32,
) -> Result<()> {
    let case_text = case_id.to_string();
    let exists: Option<String> = store
        .conn()
        .query_row(
            "SELECT id FROM outbox WHERE case_id = ?1 AND seq = ?2",
            params![case_text, seq],
            |row| row.get(0),
        )
        .optional()?;
    if exists.is_some() {
        return Ok(());
    }
    let sealed_to = device.recipients_in_use().to_vec();
    let recipients = parse_recipients(&sealed_to)?;
    let case = case::get_case(store, case_id)?;
    let version = case
        .versions
        .iter()
        .find(|version| version.seq == seq)
        .ok_or(Error::NotFound {
            kind: "detail-kind-case-version",
            id: format!("{case_id}/{seq}"),
        })?;
    let mut attachments = Vec::new();
    let mut blobs = Vec::new();
    for meta in case::list_attachments(store, case_id)? {
        let sealed = seal_attachment(store, &recipients, &sealed_to, case_id, meta.id)?;
        blobs.push(sealed.sha256);
        attachments.push(PayloadAttachment {
            id: meta.id.to_string(),
            file_name: meta.file_name.clone(),
            media_type: meta.media_type.clone(),
            size: meta.size,
            sha256: meta.sha256.clone(),
            sealed_sha256: sealed.sha256.to_string(),
            added_at: meta.added_at,
        });
    }
    let id = Uuid::new_v4();
    let payload = SubmissionPayload {
        format: PAYLOAD_FORMAT.to_owned(),
        submission_id: id.to_string(),
        case_id: case_text.clone(),
        version: seq,
        form: version.form.clone(),
        answers: version.answers.clone(),
        finalized_at: version.finalized_at,
        consents: case::consents(store, case_id)?,
        attachments,
    };
    let envelope = seal_payload(&payload, &recipients)?;
    let signature = sign_submission(&device.signing_key()?, &id, &envelope).to_vec();
    let id_text = id.to_string();
    let body = OutboxBody {
        envelope,
        signature,
        blobs,
        recipients: sealed_to,
    };
    let sealed = store.seal_json(outbox_row(&id_text), &body)?;
    store.conn().execute(
        "INSERT INTO outbox (id, case_id, seq, state, body) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![id_text, case_text, seq, PENDING, sealed],
    )?;
    Ok(())
}

/// Seals an attachment into an outbox file once; later versions of the case reuse it.
fn seal_attachment(
    store: &mut Store,
    recipients: &[age::x25519::Recipient],
    sealed_to: &[String],
    case_id: CaseId,
    attachment: crate::case::AttachmentId,
) -> Result<BlobBody> {
    let id_text = attachment.to_string();
    if let Some(body) = blob_body(store, &id_text)? {
        return Ok(body);
    }
    let dir = store.outbox_dir();
    // Not `create_dir_all`: if the vault was wiped meanwhile (from another process, say),
    // its store folder is gone and must stay gone; sealing then fails instead.
    match fs::create_dir(&dir) {
        Err(error) if error.kind() != std::io::ErrorKind::AlreadyExists => {
            return Err(error.into());
        }
        _ => {}
    }
    // Held until the row is committed, so no garbage collection takes the file for a leftover.
    let _writing = folder::hold(&dir, Hold::Writing)?;
    let file = hex(&random_bytes::<16>());
    let path = dir.join(&file);
    let mut out = HashingWriter {
        inner: OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)?,
        hasher: Sha256::new(),
        size: 0,
    };
    let mut plain = PipeToAge::new(recipients, &mut out)?;
    let written =
        case::read_attachment(store, case_id, attachment, &mut plain).and_then(|_| plain.finish());
    if let Err(error) = written {
        drop(out);
        let _ = fs::remove_file(&path);
        return Err(error);
    }
    out.inner.sync_all()?;
    let body = BlobBody {
        file,
        size: out.size,
        sha256: Sha256Hex::from_bytes(out.hasher.finalize().into()),
        recipients: sealed_to.to_vec(),
    };
    let sealed = store.seal_json(
        RowRef {
            table: OUTBOX_BLOBS,
            id: &id_text,
            version: 1,
        },
        &body,
    )?;
    store.conn().execute(
        "INSERT INTO outbox_blobs (attachment_id, case_id, state, body) VALUES (?1, ?2, ?3, ?4)",
        params![id_text, case_id.to_string(), PENDING, sealed],
    )?;
    Ok(body)
}

/// Takes out of the outbox what is still waiting and was sealed to a recipient the set in use
/// no longer has (a revoked key), so that the next sealing pass seals it again to the set in
/// use: pending submissions sealed to such a recipient or referring to such an attachment, and
/// those attachments while they are still only on this device. The versions stay in the vault,
/// and until they are sealed again they are simply "not yet sealed", which every sync and
/// enrollment repairs first, so a crash anywhere here loses nothing. What the server already
/// has stays as it is: taking it back is not possible. Returns how many versions were taken out.
///
/// Every row is sealed to the set in use when it is sealed, and a set is only ever replaced by
/// one with a higher version, so once a pass has left nothing stale for the device's set
/// version `v`, no row can be stale while `v` is in use: the pass is skipped then (it opened
/// every waiting envelope on each sync, as much work as sending them).
pub(crate) fn unseal_for_removed_recipients(store: &mut Store, device: &Device) -> Result<usize> {
    let checked = RecipientsChecked::of(device);
    if store
        .meta::<RecipientsChecked>(RECIPIENTS_CHECKED)?
        .as_ref()
        == Some(&checked)
    {
        return Ok(0);
    }
    let removed = take_out_stale(store, device)?;
    // Written after the pass committed: a crash in between only runs the pass again.
    store.set_meta(RECIPIENTS_CHECKED, &checked)?;
    Ok(removed)
}

/// Records, at enrollment, that no waiting row is stale: there is none yet, and every row from
/// now on is sealed to the set in use.
pub(crate) fn recipients_checked_at_enrollment(store: &Store, device: &Device) -> Result<()> {
    store.set_meta(RECIPIENTS_CHECKED, &RecipientsChecked::of(device))
}

/// The device and recipient set version the waiting rows were last found fresh for.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct RecipientsChecked {
    device_id: Uuid,
    version: u64,
}

impl RecipientsChecked {
    fn of(device: &Device) -> Self {
        RecipientsChecked {
            device_id: device.device_id,
            version: device.recipient_set_version(),
        }
    }
}

/// The pass of [`unseal_for_removed_recipients`].
fn take_out_stale(store: &mut Store, device: &Device) -> Result<usize> {
    let in_use: HashSet<&str> = device
        .recipients_in_use()
        .iter()
        .map(String::as_str)
        .collect();
    let stale = |recipients: &[String]| {
        let sealed_to = if recipients.is_empty() {
            &device.recipients
        } else {
            recipients
        };
        sealed_to.iter().any(|r| !in_use.contains(r.as_str()))
    };
    let mut stale_blobs: Vec<PendingBlob> = blobs_in_state(store, PENDING)?
        .into_iter()
        .filter(|blob| stale(&blob.body.recipients) && blob.path.is_file())
        .collect();
    if !stale_blobs.is_empty() {
        // A blob the server lost after a version that names it was acknowledged must keep
        // its address: that version cannot be sealed again.
        let settled: HashSet<Sha256Hex> = settled_blob_references(store)?;
        stale_blobs.retain(|blob| !settled.contains(&blob.body.sha256));
    }
    let stale_digests: HashSet<Sha256Hex> = stale_blobs.iter().map(|b| b.body.sha256).collect();
    let mut stale_rows = Vec::new();
    for (id, sealed) in outbox_references(store, true)? {
        if stale(&sealed.recipients) || sealed.blobs.iter().any(|b| stale_digests.contains(b)) {
            stale_rows.push(id);
        }
    }
    if stale_rows.is_empty() && stale_blobs.is_empty() {
        return Ok(0);
    }
    let tx = store.conn_mut().transaction()?;
    for id in &stale_rows {
        tx.execute(
            "DELETE FROM outbox WHERE id = ?1 AND state = ?2",
            params![id, PENDING],
        )?;
    }
    for blob in &stale_blobs {
        tx.execute(
            "DELETE FROM outbox_blobs WHERE attachment_id = ?1 AND state = ?2",
            params![blob.attachment_id, PENDING],
        )?;
    }
    tx.commit()?;
    for blob in &stale_blobs {
        // No row names the file any more; if this fails, the store's housekeeping removes it.
        let _ = fs::remove_file(&blob.path);
    }
    Ok(stale_rows.len())
}

/// What an outbox row was sealed to and which attachments it names, without its envelope.
#[derive(Deserialize)]
struct SealedTo {
    blobs: Vec<Sha256Hex>,
    #[serde(default)]
    recipients: Vec<String>,
}

/// [`SealedTo`] of every pending row (`pending`), or of every acknowledged or refused one.
fn outbox_references(store: &Store, pending: bool) -> Result<Vec<(String, SealedTo)>> {
    let sql = if pending {
        "SELECT id, body FROM outbox WHERE state = ?1"
    } else {
        "SELECT id, body FROM outbox WHERE state != ?1"
    };
    let mut statement = store.conn().prepare(sql)?;
    let rows = statement.query_map([PENDING], |row| {
        Ok((row.get::<_, String>(0)?, row.get::<_, Vec<u8>>(1)?))
    })?;
    let mut references = Vec::new();
    for row in rows {
        let (id_text, sealed) = row?;
        let body: SealedTo = store.open_json(outbox_row(&id_text), &sealed)?;
        references.push((id_text, body));
    }
    Ok(references)
}

/// The attachments that acknowledged or refused versions name.
fn settled_blob_references(store: &Store) -> Result<HashSet<Sha256Hex>> {
    Ok(outbox_references(store, false)?
        .into_iter()
        .flat_map(|(_, sealed)| sealed.blobs)
        .collect())
}

/// The names of the sealed files the outbox rows record (sent ones included, whose file is
/// gone). Fails if a row does not open: its file could not be told from a leftover.
pub(crate) fn recorded_outbox_files(store: &Store) -> Result<HashSet<String>> {
    let rows: Vec<(String, BlobBody)> = store.open_json_rows(
        OUTBOX_BLOBS,
        "SELECT attachment_id, body FROM outbox_blobs",
        [],
    )?;
    Ok(rows.into_iter().map(|(_, body)| body.file).collect())
}

fn blob_body(store: &Store, attachment_id: &str) -> Result<Option<BlobBody>> {
    let sealed: Option<Vec<u8>> = store
        .conn()
        .query_row(
            "SELECT body FROM outbox_blobs WHERE attachment_id = ?1",
            [attachment_id],
            |row| row.get(0),
        )
        .optional()?;
    sealed
        .map(|sealed| {
            store.open_json(
                RowRef {
                    table: OUTBOX_BLOBS,
                    id: attachment_id,
                    version: 1,
                },
                &sealed,
            )
        })
        .transpose()
}

/// Sealed attachments not yet complete on the server.
pub(crate) fn pending_blobs(store: &Store) -> Result<Vec<PendingBlob>> {
    blobs_in_state(store, PENDING)
}

/// Sealed attachments in `state`, with where their files are.
fn blobs_in_state(store: &Store, state: i64) -> Result<Vec<PendingBlob>> {
    let mut statement = store
        .conn()
        .prepare("SELECT attachment_id, body FROM outbox_blobs WHERE state = ?1")?;
    let rows = statement.query_map([state], |row| {
        Ok((row.get::<_, String>(0)?, row.get::<_, Vec<u8>>(1)?))
    })?;
    let mut blobs = Vec::new();
    for row in rows {
        let (attachment_id, sealed) = row?;
        let row = RowRef {
            table: OUTBOX_BLOBS,
            id: &attachment_id,
            version: 1,
        };
        let body: BlobBody = store.open_json(row, &sealed)?;
        let path = store.outbox_dir().join(&body.file);
        blobs.push(PendingBlob {
            attachment_id,
            body,
            path,
        });
    }
    Ok(blobs)
}

/// Records that the server holds a sealed attachment completely; its file can go.
pub(crate) fn mark_blob_uploaded(store: &mut Store, blob: &PendingBlob) -> Result<()> {
    store.conn().execute(
        "UPDATE outbox_blobs SET state = ?2 WHERE attachment_id = ?1",
        params![blob.attachment_id, SENT],
    )?;
    Ok(())
}

/// Puts blobs back to "to upload" (the server says it lacks them).
pub(crate) fn mark_blobs_missing(store: &mut Store, digests: &[Sha256Hex]) -> Result<()> {
    for blob in blobs_in_state(store, SENT)? {
        if digests.contains(&blob.body.sha256) {
            store.conn().execute(
                "UPDATE outbox_blobs SET state = ?2 WHERE attachment_id = ?1",
                params![blob.attachment_id, PENDING],
            )?;
        }
    }
    Ok(())
}

/// Up to `limit` submissions waiting for the server after row `after` (0 for the first),
/// oldest case version first, each with its row number to continue from. Reading the outbox
/// page by page keeps a sync's memory the same whatever the number of cases waiting.
pub(crate) fn pending_submissions_after(
    store: &Store,
    after: i64,
    limit: usize,
) -> Result<Vec<(i64, PendingSubmission)>> {
    let mut statement = store.conn().prepare_cached(
        "SELECT rowid, id, case_id, body FROM outbox WHERE state = ?1 AND rowid > ?2
         ORDER BY rowid LIMIT ?3",
    )?;
    let rows = statement.query_map(params![PENDING, after, limit as i64], |row| {
        Ok((
            row.get::<_, i64>(0)?,
            row.get::<_, String>(1)?,
            row.get::<_, String>(2)?,
            row.get::<_, Vec<u8>>(3)?,
        ))
    })?;
    let mut pending = Vec::new();
    for row in rows {
        let (rowid, id_text, case_text, sealed) = row?;
        let body: WireBody = store.open_json(outbox_row(&id_text), &sealed)?;
        pending.push((
            rowid,
            PendingSubmission {
                id: id_text
                    .parse()
                    .map_err(|_| Error::Corrupted("sync-detail-outbox-id"))?,
                case_id: case_text
                    .parse()
                    .map_err(|_| Error::Corrupted("sync-detail-case-id"))?,
                body,
            },
        ));
    }
    Ok(pending)
}

/// The last row and the number of submissions waiting for the server (0 and 0 for none).
pub(crate) fn last_pending_submission(store: &Store) -> Result<(i64, u64)> {
    let (last, count): (i64, i64) = store.conn().query_row(
        "SELECT coalesce(max(rowid), 0), count(*) FROM outbox WHERE state = ?1",
        [PENDING],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )?;
    let count = u64::try_from(count).map_err(|_| Error::Corrupted("sync-detail-row-count"))?;
    Ok((last, count))
}

/// The row number and blob references of every submission waiting for the server, oldest
/// first, without keeping their envelopes.
pub(crate) fn pending_blob_references(store: &Store) -> Result<Vec<(i64, Vec<Sha256Hex>)>> {
    /// The part of an outbox body this needs; the envelope is skipped, not decoded.
    #[derive(Deserialize)]
    struct References {
        blobs: Vec<Sha256Hex>,
    }
    let mut statement = store
        .conn()
        .prepare("SELECT rowid, id, body FROM outbox WHERE state = ?1 ORDER BY rowid")?;
    let rows = statement.query_map([PENDING], |row| {
        Ok((
            row.get::<_, i64>(0)?,
            row.get::<_, String>(1)?,
            row.get::<_, Vec<u8>>(2)?,
        ))
    })?;
    let mut references = Vec::new();
    for row in rows {
        let (rowid, id_text, sealed) = row?;
        let body: References = store.open_json(outbox_row(&id_text), &sealed)?;
        references.push((rowid, body.blobs));
    }
    Ok(references)
}

/// Refuses, with `reason`, every submission waiting for the server that needs the sealed
/// attachment `sha256` (one the server will never take). Returns their cases.
pub(crate) fn reject_waiting_on(
    store: &mut Store,
    sha256: &Sha256Hex,
    reason: &Rejection,
) -> Result<Vec<CaseId>> {
    #[derive(Deserialize)]
    struct References {
        blobs: Vec<Sha256Hex>,
    }
    let waiting: Vec<(String, String, Vec<u8>)> = {
        let mut statement = store
            .conn()
            .prepare("SELECT id, case_id, body FROM outbox WHERE state = ?1")?;
        let rows =
            statement.query_map([PENDING], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let mut refused = Vec::new();
    let mut cases = Vec::new();
    for (id_text, case_text, sealed) in waiting {
        let body: References = store.open_json(outbox_row(&id_text), &sealed)?;
        if !body.blobs.contains(sha256) {
            continue;
        }
        let id: Uuid = id_text
            .parse()
            .map_err(|_| Error::Corrupted("sync-detail-outbox-id"))?;
        let case_id: CaseId = case_text
            .parse()
            .map_err(|_| Error::Corrupted("sync-detail-case-id"))?;
        refused.push((id, reason.clone()));
        cases.push(case_id);
    }
    record_results(store, &[], &refused)?;
    Ok(cases)
}

/// Applies the server's answers to one batch in one transaction: acknowledged ones become
/// sent, rejected ones rejected with their reason. Only ever called after the server replied.
pub(crate) fn record_results(
    store: &mut Store,
    acknowledged: &[Uuid],
    rejected: &[(Uuid, Rejection)],
) -> Result<()> {
    let mut sealed_errors = Vec::new();
    for (id, reason) in rejected {
        let id_text = id.to_string();
        sealed_errors.push((
            id_text.clone(),
            store.seal_json(
                RowRef {
                    table: OUTBOX_ERRORS,
                    id: &id_text,
                    version: 1,
                },
                reason,
            )?,
        ));
    }
    let tx = store.conn_mut().transaction()?;
    {
        // Prepared once for the batch, not once per item.
        let mut sent = tx.prepare_cached(
            "UPDATE outbox SET state = ?2, error = NULL WHERE id = ?1 AND state = ?3",
        )?;
        for id in acknowledged {
            sent.execute(params![id.to_string(), SENT, PENDING])?;
        }
    }
    for (id_text, error) in sealed_errors {
        tx.execute(
            "UPDATE outbox SET state = ?2, error = ?3 WHERE id = ?1 AND state = ?4",
            params![id_text, REJECTED, error, PENDING],
        )?;
    }
    tx.commit()?;
    Ok(())
}

/// Removes sealed attachment files that are no longer needed: uploaded, and no pending
/// submission refers to them.
pub(crate) fn prune_outbox_files(store: &mut Store) -> Result<()> {
    let pending: Vec<Sha256Hex> = pending_blob_references(store)?
        .into_iter()
        .flat_map(|(_, blobs)| blobs)
        .collect();
    let remove: Vec<_> = blobs_in_state(store, SENT)?
        .into_iter()
        .filter(|blob| !pending.contains(&blob.body.sha256))
        .map(|blob| blob.path)
        .collect();
    for path in remove {
        match fs::remove_file(&path) {
            Ok(()) => {}
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
            Err(error) => return Err(error.into()),
        }
    }
    Ok(())
}

/// Submission counts by state: (pending, sent, rejected).
pub(crate) fn outbox_counts(store: &Store) -> Result<(u64, u64, u64)> {
    let count = |state: i64| -> Result<u64> {
        let count: i64 = store.conn().query_row(
            "SELECT count(*) FROM outbox WHERE state = ?1",
            [state],
            |row| row.get(0),
        )?;
        u64::try_from(count).map_err(|_| Error::Corrupted("sync-detail-row-count"))
    };
    Ok((count(PENDING)?, count(SENT)?, count(REJECTED)?))
}

/// Every outbox row's case, state and rejection reason.
pub(crate) fn outbox_states(store: &Store) -> Result<Vec<OutboxState>> {
    let mut statement = store
        .conn()
        .prepare("SELECT id, case_id, state, error FROM outbox ORDER BY rowid")?;
    let rows = statement.query_map([], |row| {
        Ok((
            row.get::<_, String>(0)?,
            row.get::<_, String>(1)?,
            row.get::<_, i64>(2)?,
            row.get::<_, Option<Vec<u8>>>(3)?,
        ))
    })?;
    let mut states = Vec::new();
    for row in rows {
        let (id_text, case_text, state, error) = row?;
        let reason = match error {
            Some(sealed) => Some(Rejection::from(store.open_json::<StoredRejection>(
                RowRef {
                    table: OUTBOX_ERRORS,
                    id: &id_text,
                    version: 1,
                },
                &sealed,
            )?)),
            None => None,
        };
        let case_id = case_text
            .parse()
            .map_err(|_| Error::Corrupted("sync-detail-case-id"))?;
        states.push(OutboxState {
            case_id,
            state,
            reason,
        });
    }
    Ok(states)
}

/// Seals a version just finalized, if the device is enrolled; returns whether it did
/// (before enrollment it does nothing: enrolling seals every finalized version). A failure
/// leaves the version finalized and loses nothing: the next sync seals whatever is missing.
pub fn seal_after_finalize(store: &mut Store, case_id: CaseId, seq: u32) -> Result<bool> {
    if case::case_status(store, case_id)? != CaseStatus::Finalized {
        return Ok(false);
    }
    match device::device(store)? {
        Some(device) => seal_version(store, &device, case_id, seq).map(|()| true),
        None => Ok(false),
    }
}

/// Counts and hashes what passes through to a file.
struct HashingWriter {
    inner: fs::File,
    hasher: Sha256,
    size: u64,
}

impl Write for HashingWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let written = self.inner.write(buf)?;
        self.hasher.update(&buf[..written]);
        self.size += written as u64;
        Ok(written)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// A `Write` that encrypts to the NGO as it goes, so an attachment moves from the vault's
/// encryption to the NGO's without ever being whole in memory or plain on disk.
struct PipeToAge<'a> {
    writer: Option<age::stream::StreamWriter<&'a mut HashingWriter>>,
}

impl<'a> PipeToAge<'a> {
    fn new(recipients: &[age::x25519::Recipient], sink: &'a mut HashingWriter) -> Result<Self> {
        let encryptor =
            age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient))
                .map_err(|_| Error::InvalidInput(Detail::new("sync-detail-recipients-together")))?;
        Ok(PipeToAge {
            writer: Some(encryptor.wrap_output(sink)?),
        })
    }

    fn finish(&mut self) -> Result<()> {
        if let Some(writer) = self.writer.take() {
            writer.finish()?;
        }
        Ok(())
    }
}

impl Write for PipeToAge<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match &mut self.writer {
            Some(writer) => writer.write(buf),
            None => Err(std::io::Error::other("the sealed file is already finished")),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match &mut self.writer {
            Some(writer) => writer.flush(),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sealed copy a killed sync never recorded goes at collection; recorded copies stay, and
    /// nothing goes while another process is sealing one.
    #[cfg(unix)]
    #[test]
    fn leftover_sealed_copies_are_collected_and_recorded_ones_kept() {
        use crate::case::{Answers, FormRef};
        use crate::crypto::SecretKey;

        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::create(dir.path(), &SecretKey::generate()).unwrap();
        let recipient = age::x25519::Identity::generate().to_public().to_string();
        let invite = wave_protocol::EnrollmentInvite {
            server: "http://127.0.0.1:9".into(),
            code: "code".into(),
            recipients: vec![recipient],
            pin_sha256: None,
            backup_pins_sha256: Vec::new(),
            signing_key: None,
        };
        let key = wave_protocol::ed25519_dalek::SigningKey::from_bytes(&[3u8; 32]);
        device::set_device(
            &store,
            &Device::new(&invite, Uuid::new_v4(), "token".into(), &key),
        )
        .unwrap();
        let form = FormRef {
            id: "police-violence".into(),
            version: 1,
        };
        let case = case::create_case(&mut store, form, Answers::new()).unwrap();
        case::add_attachment(
            &mut store,
            case,
            &mut &[5u8; 100_000][..],
            None,
            "image/jpeg",
        )
        .unwrap();
        case::finalize_case(&mut store, case).unwrap();
        enqueue_finalized(&mut store).unwrap();
        let sealed = pending_blobs(&store).unwrap();
        assert_eq!(sealed.len(), 1);

        let leftover = store.outbox_dir().join("0123456789abcdef0123456789abcdef");
        fs::write(&leftover, [1u8; 5000]).unwrap();
        let writer = fs::File::open(store.outbox_dir()).unwrap();
        writer.lock_shared().unwrap();
        // What an unlock's collection asks of the outbox folder.
        let collect = |store: &Store| {
            store.remove_unrecorded(&store.outbox_dir(), || recorded_outbox_files(store))
        };
        assert_eq!(collect(&store).unwrap(), 0);
        drop(writer);
        assert_eq!(collect(&store).unwrap(), 1);
        assert!(!leftover.exists());
        assert!(sealed[0].path.exists());
        assert_eq!(pending_blobs(&store).unwrap().len(), 1);
    }

    /// What waits sealed to a removed recipient is taken out and sealed again to the set in
    /// use, its attachment too; what the server acknowledged, and an attachment an acknowledged
    /// version names, stay as they are. Rows from before rows recorded their recipients count
    /// as sealed to the enrollment's.
    #[test]
    fn waiting_versions_sealed_to_a_removed_recipient_are_sealed_again() {
        use crate::case::{Answers, FormRef};
        use crate::crypto::SecretKey;
        use crate::sync::device::AcceptedSet;

        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::create(dir.path(), &SecretKey::generate()).unwrap();
        let recipient = || age::x25519::Identity::generate().to_public().to_string();
        let (a, b, c) = (recipient(), recipient(), recipient());
        let invite = wave_protocol::EnrollmentInvite {
            server: "http://127.0.0.1:9".into(),
            code: "code".into(),
            recipients: vec![a.clone(), b.clone()],
            pin_sha256: None,
            backup_pins_sha256: Vec::new(),
            signing_key: None,
        };
        let key = wave_protocol::ed25519_dalek::SigningKey::from_bytes(&[3u8; 32]);
        let mut device = Device::new(&invite, Uuid::new_v4(), "token".into(), &key);
        device::set_device(&store, &device).unwrap();
        let form = FormRef {
            id: "police-violence".into(),
            version: 1,
        };
        let finalize = |store: &mut Store, attachment: bool| {
            let case = case::create_case(store, form.clone(), Answers::new()).unwrap();
            if attachment {
                case::add_attachment(store, case, &mut &[5u8; 1000][..], None, "image/jpeg")
                    .unwrap();
            }
            case::finalize_case(store, case).unwrap();
            enqueue_finalized(store).unwrap();
            case
        };
        let sent = finalize(&mut store, true);
        let waiting = finalize(&mut store, true);
        let sealed_to = |store: &Store, case: CaseId| -> (String, Vec<String>) {
            let (id, body): (String, Vec<u8>) = store
                .conn()
                .query_row(
                    "SELECT id, body FROM outbox WHERE case_id = ?1",
                    [case.to_string()],
                    |row| Ok((row.get(0)?, row.get(1)?)),
                )
                .unwrap();
            let body: OutboxBody = store.open_json(outbox_row(&id), &body).unwrap();
            (id, body.recipients)
        };
        assert_eq!(sealed_to(&store, waiting).1, vec![a.clone(), b.clone()]);
        // Written as a row from before rows recorded their recipients.
        let (waiting_id, _) = sealed_to(&store, waiting);
        let sealed: Vec<u8> = store
            .conn()
            .query_row(
                "SELECT body FROM outbox WHERE id = ?1",
                [&waiting_id],
                |row| row.get(0),
            )
            .unwrap();
        let mut body: OutboxBody = store.open_json(outbox_row(&waiting_id), &sealed).unwrap();
        body.recipients.clear();
        let resealed = store.seal_json(outbox_row(&waiting_id), &body).unwrap();
        store
            .conn()
            .execute(
                "UPDATE outbox SET body = ?2 WHERE id = ?1",
                params![waiting_id, resealed],
            )
            .unwrap();
        assert!(sealed_to(&store, waiting).1.is_empty());
        // The first case went: its version and its attachment are acknowledged.
        let (sent_id, _) = sealed_to(&store, sent);
        for blob in pending_blobs(&store).unwrap() {
            if blob.body.sha256 == pending_blob_references(&store).unwrap()[0].1[0] {
                mark_blob_uploaded(&mut store, &blob).unwrap();
            }
        }
        record_results(&mut store, &[sent_id.parse().unwrap()], &[]).unwrap();
        // Nothing removed yet: nothing to do.
        assert_eq!(
            unseal_for_removed_recipients(&mut store, &device).unwrap(),
            0
        );

        // A is removed, C added.
        device.recipient_set = Some(AcceptedSet {
            version: 2,
            created_at: 0,
            recipients: vec![b.clone(), c.clone()],
            document: String::new(),
            signature: String::new(),
        });
        device::set_device(&store, &device).unwrap();
        let old_blob = pending_blobs(&store).unwrap();
        assert_eq!(old_blob.len(), 1, "the waiting case's attachment");
        assert_eq!(
            unseal_for_removed_recipients(&mut store, &device).unwrap(),
            1
        );
        assert_eq!(
            store.meta::<RecipientsChecked>(RECIPIENTS_CHECKED).unwrap(),
            Some(RecipientsChecked::of(&device))
        );
        assert!(
            !old_blob[0].path.exists(),
            "its sealed copy is gone with it"
        );
        assert_eq!(unsealed_versions(&store).unwrap(), vec![(waiting, 1)]);
        enqueue_finalized(&mut store).unwrap();
        let (new_id, recipients) = sealed_to(&store, waiting);
        assert_eq!(recipients, vec![b.clone(), c.clone()]);
        let new_blob = pending_blobs(&store).unwrap();
        assert_eq!(new_blob.len(), 1);
        assert_eq!(new_blob[0].body.recipients, vec![b, c]);
        assert_ne!(new_blob[0].body.sha256, old_blob[0].body.sha256);
        assert_ne!(new_id, sent_id);
        // The acknowledged version is untouched, and a second pass finds nothing.
        assert_eq!(sealed_to(&store, sent).0, sent_id);
        assert_eq!(
            unseal_for_removed_recipients(&mut store, &device).unwrap(),
            0
        );
    }

    #[test]
    fn outbox_bodies_are_written_as_base64_and_old_arrays_still_read() {
        let body = OutboxBody {
            envelope: vec![0, 1, 2, 250, 255],
            signature: vec![7; 64],
            blobs: vec![Sha256Hex::digest(b"x")],
            recipients: Vec::new(),
        };
        let json = serde_json::to_value(&body).unwrap();
        assert_eq!(json["envelope"], "AAEC+v8=");
        let back: OutboxBody = serde_json::from_value(json).unwrap();
        assert_eq!(
            (back.envelope, back.signature),
            (body.envelope.clone(), vec![7; 64])
        );
        let old = serde_json::json!({
            "envelope": [0, 1, 2, 250, 255],
            "signature": vec![7; 64],
            "blobs": [Sha256Hex::digest(b"x").to_string()],
        });
        let read: OutboxBody = serde_json::from_value(old.clone()).unwrap();
        assert_eq!(read.envelope, body.envelope);
        assert_eq!(read.blobs, body.blobs);
        assert!(
            serde_json::from_str::<OutboxBody>(r#"{"envelope":"@@","signature":"","blobs":[]}"#)
                .is_err()
        );
        assert!(
            serde_json::from_str::<OutboxBody>(r#"{"envelope":[256],"signature":"","blobs":[]}"#)
                .is_err()
        );

        // A sync reads either form as the text the wire carries, without decoding it.
        for stored in [
            serde_json::to_vec(&body).unwrap(),
            serde_json::to_vec(&old).unwrap(),
        ] {
            let wire: WireBody = serde_json::from_slice(&stored).unwrap();
            assert_eq!(wire.envelope, "AAEC+v8=");
            assert_eq!(wire.signature, vec![7; 64]);
            assert_eq!(wire.blobs, body.blobs);
        }
        assert!(
            serde_json::from_str::<WireBody>(r#"{"envelope":[256],"signature":"","blobs":[]}"#)
                .is_err()
        );
    }
}
