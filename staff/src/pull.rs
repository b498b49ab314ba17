//! Pulling submissions into the archive: page by page from the server's cursor, each one checked
//! (device signature, the device's key as first seen, decryption with the NGO identity, payload
//! shape and id, every attachment's sealed and original SHA-256) and either archived as a case or
//! recorded as rejected with its reason. Idempotent and resumable: a submission already in the
//! archive is skipped, and the cursor moves only with its page's rows, so an interrupted pull
//! redoes at most one page.

use std::collections::{HashMap, HashSet};
use std::fs::{self, File, OpenOptions};
use std::future::Future;
use std::io::{BufReader, Read, Write};

use wave_core::case::CaseId;
use wave_core::sync::payload::{
    MAX_PAYLOAD_BYTES, PAYLOAD_FORMAT, StaffIdentity, SubmissionPayload,
};
use wave_core::{Error, Result};
use wave_protocol::limits::{MAX_BLOBS_PER_SUBMISSION, MAX_PULL_LIMIT};
use wave_protocol::{PullResponse, PulledSubmission, Sha256Hex, Uuid, verify_submission_signature};
use zeroize::Zeroizing;

use super::archive::{
    Archive, ArchivedAttachment, ArchivedBody, RejectCheck, RejectReason, RejectedBody, Row,
};
use super::client::{BlobDownload, StaffClient};
use wave_core::case;

/// Where submissions come from: the server through [`StaffClient`], or anything else that
/// speaks the same pages (tests use an in-memory one).
pub trait SubmissionSource {
    /// Names the source; the archive keeps one cursor per name.
    fn name(&self) -> &str;

    /// One page after `after`.
    fn page(&self, after: Option<&str>, limit: u32) -> impl Future<Output = Result<PullResponse>>;

    /// Streams a sealed blob into `sink`. A blob the source does not have is `Error::Server`
    /// with code `not_found`.
    fn blob(
        &self,
        sha256: &Sha256Hex,
        sink: &mut dyn Write,
    ) -> impl Future<Output = Result<BlobDownload>>;
}

impl SubmissionSource for StaffClient {
    fn name(&self) -> &str {
        self.server()
    }

    fn page(&self, after: Option<&str>, limit: u32) -> impl Future<Output = Result<PullResponse>> {
        self.pull_page(after, limit)
    }

    fn blob(
        &self,
        sha256: &Sha256Hex,
        sink: &mut dyn Write,
    ) -> impl Future<Output = Result<BlobDownload>> {
        self.download_blob(sha256, sink)
    }
}

/// Tuning for a pull.
#[derive(Debug, Clone)]
pub struct PullOptions {
    /// Submissions asked for per page (1 ..= 1000); the server may end a page early when its
    /// envelopes are large.
    pub page_size: u32,
}

impl Default for PullOptions {
    /// The largest page the server gives: each page is one synced commit of the archive and
    /// one request, and a pull of 1000 a page costs about a quarter less CPU per case than one
    /// of 100 (docs/benchmarks.md, "Staff pull: a thousand a page"). A page of cases of a few
    /// KiB each is a few MiB in memory; the server cuts a page of large envelopes short.
    fn default() -> Self {
        PullOptions {
            page_size: MAX_PULL_LIMIT,
        }
    }
}

/// One submission rejected by a pull.
#[derive(Debug, Clone, PartialEq)]
pub struct Rejection {
    pub submission_id: Uuid,
    pub seq: i64,
    pub device_id: Uuid,
    pub reason: RejectReason,
}

/// What one pull did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PullReport {
    /// Submissions archived as cases by this pull.
    pub new: u64,
    /// Submissions the archive already had (archived or rejected earlier).
    pub already_had: u64,
    /// Earlier rejections that opened this time (a corrected identity, a blob that arrived).
    pub recovered: u64,
    /// Submissions rejected by this pull, with why.
    pub rejected: Vec<Rejection>,
    /// Earlier rejections tried again that still fail.
    pub still_rejected: u64,
    /// Attachments decrypted into the archive.
    pub attachments: u64,
    /// Cases an interrupted earlier pull had left half-made, removed before starting.
    pub cleaned_up: u64,
}

/// Pulls everything new from `source` into `archive`, opening it with `identity`.
///
/// A network or storage failure stops the pull with an error; everything committed before it
/// stays, and the next pull goes on from there. A submission that fails a check is not an
/// error: it is recorded as rejected and listed in the report.
pub async fn pull<S: SubmissionSource>(
    archive: &mut Archive,
    source: &S,
    identity: &StaffIdentity,
    options: &PullOptions,
) -> Result<PullReport> {
    pull_observed(archive, source, identity, options, &mut |_| true).await
}

/// [`pull`], telling `observer` the report so far after each retried rejection and each
/// committed page. When the observer returns false the pull stops there with
/// [`Error::Locked`]: everything committed stays, and the next pull goes on from it (the
/// workspace stops a pull this way when it locks).
pub async fn pull_observed<S: SubmissionSource>(
    archive: &mut Archive,
    source: &S,
    identity: &StaffIdentity,
    options: &PullOptions,
    observer: &mut dyn FnMut(&PullReport) -> bool,
) -> Result<PullReport> {
    let pulled = pull_pages(archive, source, identity, options, observer).await;
    // Every page ends synced; this only puts the store back as other callers expect it.
    let restored = archive.sync_every_commit(true);
    let report = pulled?;
    restored?;
    Ok(report)
}

async fn pull_pages<S: SubmissionSource>(
    archive: &mut Archive,
    source: &S,
    identity: &StaffIdentity,
    options: &PullOptions,
    observer: &mut dyn FnMut(&PullReport) -> bool,
) -> Result<PullReport> {
    let mut report = PullReport {
        cleaned_up: archive.clean_up_interrupted()? as u64,
        ..PullReport::default()
    };
    fs::create_dir_all(archive.incoming_dir())?;
    let mut devices = DeviceKeys::default();
    let mut case_devices = CaseDevices::default();

    // Earlier rejections whose cause may have gone away are tried once per pull.
    for body in archive.rejected_bodies()? {
        if !body.reason.kind.retry_later() {
            continue;
        }
        let submission = &body.submission;
        match process(
            archive,
            source,
            identity,
            submission,
            &mut devices,
            &mut case_devices,
        )
        .await?
        {
            Outcome::Archived(archived, attachments) => {
                case_devices.archived(&archived.case_id, archived.device_id);
                archive.commit_page(vec![Row::Archived(*archived)], &devices.new, None)?;
                devices.committed();
                report.recovered += 1;
                report.attachments += attachments;
            }
            Outcome::Rejected(_) => report.still_rejected += 1,
        }
        if !observer(&report) {
            return Err(Error::Locked);
        }
    }

    let mut cursor = archive.cursor(source.name())?;
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    let mut page = source.page(cursor.as_deref(), options.page_size).await?;
    // The costly checks (signature, decryption) need nothing from the archive: a page's run on
    // every core, the next page's while this one is written. The archive's own checks and
    // writes follow in page order.
    let first = ToOpen::of(archive, &page, &HashSet::new())?;
    let first_opened = first.open(identity, threads)?;
    let mut opened = first.place(first_opened);
    loop {
        // Cases with attachments are made before their page's commit, unsynced; the commit
        // below syncs them all at once.
        archive.sync_every_commit(false)?;
        let mut rows = Vec::with_capacity(page.items.len());
        let mut cases = Vec::new();
        let mut made = Vec::new();
        let mut seen = HashSet::new();
        for (item, opened) in page.items.iter().zip(opened) {
            // Asked again now that the previous page is committed: the page was opened before.
            if !seen.insert(item.id) || archive.knows(item.id)? {
                report.already_had += 1;
                continue;
            }
            // Only what was in the archive or earlier in the page when it was opened is
            // missing, and that is skipped above; opened here all the same if it ever is not.
            let opened = opened.unwrap_or_else(|| open_signed(identity, item));
            let outcome = match check_device(archive, item, opened, &mut devices, &mut case_devices)
            {
                Ok(Ok(payload)) if payload.attachments.is_empty() => {
                    // Written with the page's rows, in its transaction: nothing to undo.
                    let case_id = CaseId::generate();
                    let body = archived_body(item, case_id, &payload, Vec::new());
                    cases.push(case::FinalizedImport {
                        id: case_id,
                        form: payload.form,
                        answers: payload.answers,
                    });
                    Ok(Outcome::Archived(Box::new(body), 0))
                }
                Ok(Ok(payload)) => {
                    let outcome = archive_opened(archive, source, identity, item, &payload).await;
                    if let Ok(Outcome::Archived(body, _)) = &outcome {
                        made.push(body.archive_case_id);
                    }
                    outcome
                }
                Ok(Err(reason)) => Ok(Outcome::Rejected(reason)),
                Err(error) => Err(error),
            };
            match outcome {
                Ok(Outcome::Archived(body, attachments)) => {
                    case_devices.archived(&body.case_id, body.device_id);
                    rows.push(Row::Archived(*body));
                    report.new += 1;
                    report.attachments += attachments;
                }
                Ok(Outcome::Rejected(reason)) => {
                    report.rejected.push(Rejection {
                        submission_id: item.id,
                        seq: item.seq,
                        device_id: item.device_id,
                        reason: reason.clone(),
                    });
                    rows.push(Row::Rejected(RejectedBody {
                        reason,
                        submission: item.clone(),
                    }));
                }
                Err(error) => {
                    // The page is not committed: its cases would be orphans. Remove them now
                    // (and, should this fail too, the next pull does).
                    for id in made {
                        let _ = case::delete_case(archive.store_mut(), id);
                    }
                    return Err(error);
                }
            }
        }
        let next = page.next_cursor.clone();
        let moved = next.is_some() && next != cursor;
        // A server that does not move its cursor would otherwise be asked forever.
        let more = page.has_more && !page.items.is_empty() && moved;
        // Fetched before this page is committed, so that its checks run during the commit. A
        // failed fetch is told only once this page is committed.
        let following = if more {
            Some(source.page(next.as_deref(), options.page_size).await)
        } else {
            None
        };
        let to_open = match &following {
            Some(Ok(following)) => ToOpen::of(archive, following, &seen)?,
            _ => ToOpen::nothing(),
        };
        let (committed, following_opened) = std::thread::scope(|scope| {
            let opening = (!to_open.items.is_empty())
                .then(|| scope.spawn(|| to_open.open(identity, threads)));
            let committed = archive.commit_page_with_cases(
                cases,
                rows,
                &devices.new,
                next.as_deref()
                    .filter(|_| moved)
                    .map(|next| (source.name(), next)),
            );
            let opened = opening.map(|opening| {
                opening
                    .join()
                    .map_err(|_| Error::InvalidState("archive-page-check-failed"))
                    .and_then(|opened| opened)
            });
            (committed, opened)
        });
        if let Err(error) = committed {
            for id in made {
                let _ = case::delete_case(archive.store_mut(), id);
            }
            return Err(error);
        }
        devices.committed();
        if !observer(&report) {
            return Err(Error::Locked);
        }
        let following_opened = to_open.place(following_opened.transpose()?.unwrap_or_default());
        let Some(following) = following else {
            break;
        };
        page = following?;
        opened = following_opened;
        cursor = next;
    }
    Ok(report)
}

enum Outcome {
    /// The archive row to write and how many attachments it holds.
    Archived(Box<ArchivedBody>, u64),
    Rejected(RejectReason),
}

/// Device keys as first seen: in the archive, or earlier in this pull (not yet committed).
#[derive(Default)]
struct DeviceKeys {
    new: HashMap<Uuid, [u8; 32]>,
    /// Keys already in the archive, as read from it or committed by this pull. A device's row
    /// is written once and never replaced, so each is read and opened once per pull instead
    /// of once per submission.
    committed: HashMap<Uuid, [u8; 32]>,
}

impl DeviceKeys {
    /// Whether `key` is the key `device` was first seen with (remembering it if new).
    fn check(&mut self, archive: &Archive, device: Uuid, key: [u8; 32]) -> Result<bool> {
        let known = match (self.new.get(&device), self.committed.get(&device)) {
            (Some(key), _) | (None, Some(key)) => Some(*key),
            (None, None) => {
                let stored = archive.device_key(device)?;
                if let Some(stored) = stored {
                    self.committed.insert(device, stored);
                }
                stored
            }
        };
        match known {
            Some(known) => Ok(known == key),
            None => {
                self.new.insert(device, key);
                Ok(true)
            }
        }
    }

    /// The keys first seen since the last commit are now the archive's.
    fn committed(&mut self) {
        self.committed.extend(self.new.drain());
    }
}

/// Which device each case (its id on the device) came from: read from the archive when the
/// first submission of a pull is checked, then kept up with what the pull archives. A pull
/// that fails leaves nothing of it behind, so what it noted and did not commit is never used.
#[derive(Default)]
struct CaseDevices {
    known: Option<HashMap<String, Uuid>>,
}

impl CaseDevices {
    /// Whether `device` may send a version of `case_id`: no other device sent that case.
    fn check(&mut self, archive: &Archive, case_id: &str, device: Uuid) -> Result<bool> {
        let known = match &mut self.known {
            Some(known) => known,
            None => self.known.insert(archive.case_devices()?),
        };
        Ok(known.get(case_id).is_none_or(|owner| *owner == device))
    }

    /// `device` sent `case_id`, archived by this pull.
    fn archived(&mut self, case_id: &str, device: Uuid) {
        if let Some(known) = &mut self.known {
            known.entry(case_id.to_owned()).or_insert(device);
        }
    }
}

/// Checks one submission and, if it passes, makes its case in the archive store. `Err` only
/// for failures on this side or of the network: those stop the pull.
async fn process<S: SubmissionSource>(
    archive: &mut Archive,
    source: &S,
    identity: &StaffIdentity,
    item: &PulledSubmission,
    devices: &mut DeviceKeys,
    case_devices: &mut CaseDevices,
) -> Result<Outcome> {
    let opened = open_signed(identity, item);
    match check_device(archive, item, opened, devices, case_devices)? {
        Ok(payload) => archive_opened(archive, source, identity, item, &payload).await,
        Err(reason) => Ok(Outcome::Rejected(reason)),
    }
}

/// Makes the case of a submission that passed every check but its attachments' ones: the case
/// first, its attachments streamed into it, then finalized; removed again if an attachment is
/// rejected.
async fn archive_opened<S: SubmissionSource>(
    archive: &mut Archive,
    source: &S,
    identity: &StaffIdentity,
    item: &PulledSubmission,
    payload: &SubmissionPayload,
) -> Result<Outcome> {
    let case_id = case::create_case(
        archive.store_mut(),
        payload.form.clone(),
        payload.answers.clone(),
    )?;
    match store_attachments(archive, source, identity, case_id, payload).await {
        Ok(Ok(attachments)) => {
            case::finalize_case(archive.store_mut(), case_id)?;
            let count = attachments.len() as u64;
            Ok(Outcome::Archived(
                Box::new(archived_body(item, case_id, payload, attachments)),
                count,
            ))
        }
        Ok(Err(reason)) => {
            case::delete_case(archive.store_mut(), case_id)?;
            Ok(Outcome::Rejected(reason))
        }
        Err(error) => {
            let _ = case::delete_case(archive.store_mut(), case_id);
            Err(error)
        }
    }
}

/// The archive row of a submission archived as `archive_case_id`.
fn archived_body(
    item: &PulledSubmission,
    archive_case_id: CaseId,
    payload: &SubmissionPayload,
    attachments: Vec<ArchivedAttachment>,
) -> ArchivedBody {
    ArchivedBody {
        submission_id: item.id,
        seq: item.seq,
        device_id: item.device_id,
        device_public_key: item.device_public_key.clone(),
        received_at: item.received_at.clone(),
        signature_verified: true,
        archive_case_id,
        case_id: payload.case_id.clone(),
        version: payload.version,
        form: payload.form.clone(),
        finalized_at: payload.finalized_at,
        consents: payload.consents.clone(),
        attachments,
        pulled_at: Some(case::format_timestamp(case::now())),
    }
}

type Checked<T> = std::result::Result<T, RejectReason>;

/// What a submission gives before the archive is asked anything: rejected already, or signed
/// by `key` with its payload opened (or the reason it did not open).
enum Opened {
    Refused(RejectReason),
    Signed {
        key: [u8; 32],
        payload: Checked<SubmissionPayload>,
    },
}

/// The checks that need no archive and no download, in their order: encodings, the signature
/// (strict), decryption and the payload. Pure, so a page's run on several threads at once.
fn open_signed(identity: &StaffIdentity, item: &PulledSubmission) -> Opened {
    let (envelope, signature, key) = match (
        item.envelope_bytes(),
        item.signature_bytes(),
        item.public_key_bytes(),
    ) {
        (Ok(envelope), Ok(signature), Ok(key)) => (envelope, signature, key),
        _ => {
            return Opened::Refused(RejectReason::new(RejectCheck::NotDecodable));
        }
    };
    if verify_submission_signature(&key, &item.id, &envelope, &signature).is_err() {
        return Opened::Refused(RejectReason::new(RejectCheck::BadSignature));
    }
    Opened::Signed {
        key,
        payload: open_payload(identity, item.id, &envelope),
    }
}

/// The items of a page worth opening — not in the page before (not yet committed), not earlier
/// in this page, not in the archive — with their place in it, so that what opening them gives
/// goes back to the same places.
struct ToOpen<'a> {
    len: usize,
    items: Vec<(usize, &'a PulledSubmission)>,
}

impl<'a> ToOpen<'a> {
    fn of(
        archive: &Archive,
        page: &'a PullResponse,
        previous: &HashSet<Uuid>,
    ) -> Result<ToOpen<'a>> {
        let mut seen = HashSet::new();
        let mut items = Vec::with_capacity(page.items.len());
        for (at, item) in page.items.iter().enumerate() {
            if previous.contains(&item.id) || !seen.insert(item.id) || archive.knows(item.id)? {
                continue;
            }
            items.push((at, item));
        }
        Ok(ToOpen {
            len: page.items.len(),
            items,
        })
    }

    fn nothing() -> ToOpen<'a> {
        ToOpen {
            len: 0,
            items: Vec::new(),
        }
    }

    /// [`open_items`] over them.
    fn open(&self, identity: &StaffIdentity, threads: usize) -> Result<Vec<Opened>> {
        open_items(identity, &self.items, threads)
    }

    /// `opened` (in the order of the items) each at its item's place in the page; `None` where
    /// nothing was opened.
    fn place(self, opened: Vec<Opened>) -> Vec<Option<Opened>> {
        let mut placed: Vec<Option<Opened>> = (0..self.len).map(|_| None).collect();
        for ((at, _), opened) in self.items.into_iter().zip(opened) {
            if let Some(slot) = placed.get_mut(at) {
                *slot = Some(opened);
            }
        }
        placed
    }
}

/// [`open_signed`] over `items` on up to `threads` threads; the results in the order of
/// `items`. Holds at most the page's payloads.
fn open_items(
    identity: &StaffIdentity,
    items: &[(usize, &PulledSubmission)],
    threads: usize,
) -> Result<Vec<Opened>> {
    let threads = threads.min(items.len());
    if threads <= 1 {
        return Ok(items
            .iter()
            .map(|(_, item)| open_signed(identity, item))
            .collect());
    }
    let chunk = items.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let running: Vec<_> = items
            .chunks(chunk)
            .map(|chunk| {
                scope.spawn(move || {
                    chunk
                        .iter()
                        .map(|(_, item)| open_signed(identity, item))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        let mut opened = Vec::with_capacity(items.len());
        for thread in running {
            match thread.join() {
                Ok(part) => opened.extend(part),
                Err(_) => {
                    return Err(Error::InvalidState("archive-page-check-failed"));
                }
            }
        }
        Ok(opened)
    })
}

/// The checks that need the archive, after the signature and the payload's own: the device's
/// key against the one first seen for it, and the case against the device that first sent it.
fn check_device(
    archive: &Archive,
    item: &PulledSubmission,
    opened: Opened,
    devices: &mut DeviceKeys,
    case_devices: &mut CaseDevices,
) -> Result<Checked<SubmissionPayload>> {
    let (key, payload) = match opened {
        Opened::Refused(reason) => return Ok(Err(reason)),
        Opened::Signed { key, payload } => (key, payload),
    };
    if !devices.check(archive, item.device_id, key)? {
        return Ok(Err(RejectReason::new(RejectCheck::DeviceKeyChanged)));
    }
    if let Ok(payload) = &payload
        && !case_devices.check(archive, &payload.case_id, item.device_id)?
    {
        return Ok(Err(RejectReason::new(RejectCheck::CaseOfAnotherDevice)));
    }
    Ok(payload)
}

/// Decrypts and checks the payload. Done here rather than with `StaffIdentity::open_payload`
/// so that "not for this identity" (worth trying again with another key file) is told apart
/// from a payload that is wrong.
fn open_payload(
    identity: &StaffIdentity,
    submission_id: Uuid,
    envelope: &[u8],
) -> Checked<SubmissionPayload> {
    let reader = identity
        .decrypting_slice_reader(envelope)
        .map_err(|_| RejectReason::new(RejectCheck::NotForThisIdentity))?;
    // The plaintext is shorter than the envelope: no reallocation leaves a copy behind.
    let mut plain = Zeroizing::new(Vec::with_capacity(
        envelope.len().min(MAX_PAYLOAD_BYTES as usize + 1),
    ));
    reader
        .take(MAX_PAYLOAD_BYTES + 1)
        .read_to_end(&mut plain)
        .map_err(|_| RejectReason::new(RejectCheck::EnvelopeDamaged))?;
    if plain.len() as u64 > MAX_PAYLOAD_BYTES {
        return Err(RejectReason::new(RejectCheck::PayloadTooLarge));
    }
    let payload: SubmissionPayload = serde_json::from_slice(&plain)
        .map_err(|_| RejectReason::new(RejectCheck::PayloadNotACase))?;
    if payload.format != PAYLOAD_FORMAT {
        return Err(RejectReason::about(
            RejectCheck::PayloadFormat,
            format!("{:?}", payload.format.chars().take(40).collect::<String>()),
        ));
    }
    if payload.submission_id != submission_id.to_string() {
        return Err(RejectReason::new(RejectCheck::PayloadOtherSubmission));
    }
    if payload.case_id.parse::<Uuid>().is_err() {
        return Err(RejectReason::new(RejectCheck::PayloadCaseId));
    }
    if payload.attachments.len() > MAX_BLOBS_PER_SUBMISSION {
        return Err(RejectReason::new(RejectCheck::PayloadTooManyAttachments));
    }
    let mut ids = std::collections::HashSet::new();
    for attachment in &payload.attachments {
        let digests_ok = Sha256Hex::parse(&attachment.sealed_sha256).is_ok()
            && Sha256Hex::parse(&attachment.sha256).is_ok();
        // A device's attachment ids are UUIDs; anything else (a terminal's escapes, say) is
        // refused before it is named in a rejection or shown.
        let id_ok = attachment.id.parse::<Uuid>().is_ok();
        if !digests_ok || !id_ok || !ids.insert(attachment.id.as_str()) {
            return Err(RejectReason::new(RejectCheck::PayloadAttachmentList));
        }
    }
    Ok(payload)
}

/// Downloads, checks and decrypts each attachment into the case. The outer `Err` stops the
/// pull; the inner one rejects the submission.
async fn store_attachments<S: SubmissionSource>(
    archive: &mut Archive,
    source: &S,
    identity: &StaffIdentity,
    case_id: CaseId,
    payload: &SubmissionPayload,
) -> Result<Checked<Vec<ArchivedAttachment>>> {
    let mut stored = Vec::with_capacity(payload.attachments.len());
    for attachment in &payload.attachments {
        let sealed = Sha256Hex::parse(&attachment.sealed_sha256)
            .map_err(|_| Error::InvalidState("archive-digest-unparsed"))?;
        // Only has to differ from every other name there; v4 UUIDs are random.
        let path = archive
            .incoming_dir()
            .join(Uuid::new_v4().simple().to_string());
        let outcome = store_one(
            archive, source, identity, case_id, sealed, attachment, &path,
        )
        .await;
        let _ = fs::remove_file(&path);
        match outcome? {
            Ok(archived) => stored.push(archived),
            Err(reason) => return Ok(Err(reason)),
        }
    }
    Ok(Ok(stored))
}

async fn store_one<S: SubmissionSource>(
    archive: &mut Archive,
    source: &S,
    identity: &StaffIdentity,
    case_id: CaseId,
    sealed: Sha256Hex,
    attachment: &wave_core::sync::PayloadAttachment,
    path: &std::path::Path,
) -> Result<Checked<ArchivedAttachment>> {
    let mut file = OpenOptions::new().write(true).create_new(true).open(path)?;
    let download = match source.blob(&sealed, &mut file).await {
        Ok(download) => download,
        Err(Error::Server { code, .. }) if code == "not_found" => {
            return Ok(Err(RejectReason::about(
                RejectCheck::BlobMissing,
                sealed.to_string(),
            )));
        }
        Err(error) => return Err(error),
    };
    drop(file);
    if download.sha256 != sealed {
        return Ok(Err(RejectReason::about(
            RejectCheck::BlobHashMismatch,
            sealed.to_string(),
        )));
    }
    let reader = match identity.decrypting_reader(BufReader::new(File::open(path)?)) {
        Ok(reader) => reader,
        Err(_) => {
            return Ok(Err(RejectReason::about(
                RejectCheck::AttachmentNotForThisIdentity,
                sealed.to_string(),
            )));
        }
    };
    let mut reader = SourceErrors {
        inner: reader,
        failed: false,
    };
    let added = case::add_attachment(
        archive.store_mut(),
        case_id,
        &mut reader,
        attachment.file_name.as_deref(),
        &attachment.media_type,
    );
    let meta = match added {
        Ok(meta) => meta,
        Err(_) if reader.failed => {
            return Ok(Err(RejectReason::about(
                RejectCheck::AttachmentDamaged,
                sealed.to_string(),
            )));
        }
        Err(error) => return Err(error),
    };
    if !meta.sha256.eq_ignore_ascii_case(&attachment.sha256) || meta.size != attachment.size {
        return Ok(Err(RejectReason::about(
            RejectCheck::AttachmentMismatch,
            attachment.id.clone(),
        )));
    }
    Ok(Ok(ArchivedAttachment {
        id: attachment.id.clone(),
        archive_id: meta.id,
        file_name: attachment.file_name.clone(),
        media_type: attachment.media_type.clone(),
        size: meta.size,
        sha256: meta.sha256,
        sealed_sha256: sealed.to_string(),
        added_at: attachment.added_at,
    }))
}

/// Remembers whether a read error came from the sealed file (damage: reject) rather than from
/// writing the archive (our failure: stop).
struct SourceErrors<R> {
    inner: R,
    failed: bool,
}

impl<R: Read> Read for SourceErrors<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let read = self.inner.read(buf);
        if read.is_err() {
            self.failed = true;
        }
        read
    }
}
