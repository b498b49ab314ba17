//! The sync engine: enroll with an NGO server, then ship the outbox — sealed attachments first,
//! resumable from the last byte the server has, then batches of sealed case versions bounded in
//! bytes, two at a time with the server. Retryable failures back off exponentially with jitter
//! (honouring Retry-After); a batch over the server's limit is split; an item is marked sent
//! only after the server acknowledged it, in one transaction per batch. Running it twice, or
//! after a crash, sends nothing twice.
//! An attachment the server refuses holds back only the versions that need it: one over the
//! server's limit refuses them for good, any other refusal leaves them for the next run.

use std::collections::{HashSet, VecDeque};
use std::fs::File;
use std::future::Future;
use std::io::{Read, Seek, SeekFrom};
use std::time::Duration;

use wave_protocol::encoding::encode_base64;
use wave_protocol::limits::{MAX_BATCH_ITEMS, MAX_CHUNK_BYTES};
use wave_protocol::{
    BlobStatus, CreateBlobRequest, EnrollRequest, EnrollResponse, EnrollmentInvite, ErrorCode,
    RecipientSetBody, RejectCode, Sha256Hex, SubmissionItem, SubmissionStatus, SubmitRequest,
    SubmitResponse, http,
};

use super::access::{SoleAccess, StoreAccess};
use super::device;
use super::device::Device;
use super::failure::{NetworkProblem, Rejection, SyncFailure};
use super::outbox;
use super::outbox::{PendingBlob, PendingSubmission};
use super::recipients;
use super::recipients::Judgement;
use super::status;
use super::status::CaseSyncState;
use super::transport::{Transport, TransportError};
use crate::case::CaseId;
use crate::crypto::random_bytes;
use crate::error::{Detail, Error, Result};
use crate::http::quote_server_text;
use crate::store::Store;

/// Tuning for one sync run.
#[derive(Debug, Clone)]
pub struct SyncOptions {
    /// Largest request body for a batch of submissions.
    pub max_batch_bytes: usize,
    /// Bytes of a sealed attachment sent per request.
    pub chunk_bytes: usize,
    /// Tries per request before giving up until the next sync.
    pub max_attempts: u32,
    /// First backoff delay; doubles per retry, with jitter.
    pub base_delay: Duration,
    /// Longest wait between tries, Retry-After included.
    pub max_delay: Duration,
    /// Per-request timeout.
    pub timeout: Duration,
}

impl Default for SyncOptions {
    fn default() -> Self {
        SyncOptions {
            max_batch_bytes: 1024 * 1024,
            chunk_bytes: 1024 * 1024,
            max_attempts: 8,
            base_delay: Duration::from_millis(250),
            max_delay: Duration::from_secs(30),
            timeout: Duration::from_secs(30),
        }
    }
}

/// Told about progress while a sync runs (the app's progress bar and per-case badges).
pub trait SyncObserver: Send + Sync {
    /// `done` of `total` submissions handled so far in this run.
    fn progress(&self, _done: u64, _total: u64) {}
    /// A case's state changed.
    fn case_state(&self, _case_id: CaseId, _state: &CaseSyncState) {}
}

/// An observer that ignores everything.
pub struct NoObserver;

impl SyncObserver for NoObserver {}

/// What one sync run did.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct SyncReport {
    /// Acknowledged by the server in this run (stored or already there).
    pub sent: u64,
    /// Of those, how many the server already had (a retry of an earlier run).
    pub duplicates: u64,
    /// Refused for good in this run.
    pub failed: u64,
    /// Still waiting after this run.
    pub pending: u64,
    pub blobs_uploaded: u64,
    /// Why the run stopped early, in English (for logs and older callers; people are shown
    /// `failure` in their language); `None` when it got through everything it could.
    pub error: Option<String>,
    /// Why the run stopped early, as a kind.
    pub failure: Option<SyncFailure>,
    /// The version of the NGO recipient set cases are sealed to after this run; 0 for the
    /// enrollment string's recipients.
    pub recipient_set_version: u64,
    /// Why the recipient set the server offered was not taken (a bad signature, a replayed
    /// version) or could not be fetched, in English; cases keep going to the set in use.
    pub recipient_set_problem: Option<String>,
    /// The same, as a kind.
    pub recipient_set_failure: Option<SyncFailure>,
    /// Versions sealed again because the set they were sealed to had a recipient the set in use
    /// removed.
    pub resealed: u64,
}

/// Enrolls this vault's device with the server named in `invite` (a `wave-enroll:1:…` string),
/// then seals every finalized version for the NGO.
pub async fn enroll(
    store: &mut Store,
    invite: &str,
    label: Option<&str>,
    options: &SyncOptions,
) -> Result<Device> {
    enroll_with(&SoleAccess::new(store), invite, label, options).await
}

/// [`enroll`] through a store shared with others: the store is not held while the server is
/// asked.
pub async fn enroll_with(
    access: &impl StoreAccess,
    invite: &str,
    label: Option<&str>,
    options: &SyncOptions,
) -> Result<Device> {
    let already = Error::InvalidState("sync-detail-already-enrolled");
    if access.with_store(|store| device::device(store))?.is_some() {
        return Err(already);
    }
    let invite = EnrollmentInvite::decode(invite.trim()).map_err(|error| {
        Error::InvalidInput(Detail::new("sync-detail-enrollment-code").with("detail", error))
    })?;
    super::payload::parse_recipients(&invite.recipients)?;
    let transport = Transport::pinned(&invite.server, &invite.pins(), options.timeout)?;
    // The same key for every try with this code, in this call and in any later one: a try
    // whose answer was lost has enrolled it, and the server answers the next with a proof of it
    // by giving the same device a fresh token.
    let key = access.with_store(|store| device::enrolling_key(store, &invite.code))?;
    let mut request = EnrollRequest::signed(invite.code.clone(), &key);
    request.label = label.map(str::to_owned);
    let response: EnrollResponse =
        with_retries(options, || transport.post_json(http::PATH_ENROLL, &request)).await?;
    let device = Device::new(&invite, response.device_id, response.device_token, &key);
    access.with_store(|store| {
        // Another enrollment may have finished while this one waited for the server.
        if device::device(store)?.is_some() {
            return Err(already);
        }
        device::set_device(store, &device)?;
        outbox::recipients_checked_at_enrollment(store, &device)
    })?;
    seal_missing(access, &device)?;
    Ok(device)
}

/// Seals every finalized version not yet in the outbox, one version per step, so that a lock or
/// a wipe waits for one version's sealing at most.
fn seal_missing(access: &impl StoreAccess, device: &Device) -> Result<()> {
    for (case_id, seq) in access.with_store(|store| outbox::unsealed_versions(store))? {
        access.with_store(|store| outbox::seal_version(store, device, case_id, seq))?;
    }
    Ok(())
}

/// Ships everything in the outbox that can go now. Returns what happened; a network failure is
/// reported in [`SyncReport::error`] (and the sync status), not as an `Err`, since the outbox is
/// intact and the next run picks up where this one stopped. A server whose key matches no pin
/// is [`Error::PinMismatch`], recorded in the sync status too: waiting will not fix it.
pub async fn sync_now(
    store: &mut Store,
    options: &SyncOptions,
    observer: &dyn SyncObserver,
) -> Result<SyncReport> {
    sync_with(&SoleAccess::new(store), options, observer).await
}

/// [`sync_now`] through a store shared with others. The store is taken for short local steps
/// only (read what goes next, record what the server acknowledged) and never while the server
/// is asked, and the observer is called with no step under way, so it may call anything. If
/// `access` refuses a step (the vault was locked or wiped), the sync stops with that error; the
/// caller may also drop the future at any await, which drops the request in flight. Either way
/// an item the server stored but this device never recorded is sent again by the next sync,
/// which the server answers `duplicate`: nothing is lost or doubled.
pub async fn sync_with(
    access: &impl StoreAccess,
    options: &SyncOptions,
    observer: &dyn SyncObserver,
) -> Result<SyncReport> {
    let mut device = access
        .with_store(|store| device::device(store))?
        .ok_or(Error::InvalidState("sync-detail-not-enrolled"))?;
    let transport = Transport::pinned(&device.server, &device.pins(), options.timeout)?
        .with_token(device.token());
    let mut report = SyncReport::default();
    let mut unchecked = None;
    // The recipient set first, so that nothing leaves sealed to a key the NGO revoked.
    match follow_recipient_set(access, &transport, options, &device).await {
        Ok((followed, problem)) => {
            device = followed;
            report.recipient_set_failure = problem;
        }
        Err(RunError::Local(error)) => return Err(error),
        Err(RunError::Remote(TransportError::PinMismatch)) => {
            access.with_store(|store| {
                status::record_sync_attempt(store, Some(SyncFailure::PinMismatch))
            })?;
            return Err(Error::PinMismatch);
        }
        Err(RunError::Remote(error)) => {
            // The network is failing: nothing is sent unchecked (the set might revoke a key),
            // and the run would fail the same way after as many retries. A refusal instead
            // (the server answered) does not hold cases back.
            let retryable = matches!(error, TransportError::Retryable { .. });
            let problem = SyncFailure::RecipientSetUnchecked {
                cause: Box::new(error.into()),
            };
            if retryable {
                unchecked = Some(problem.clone());
            }
            report.recipient_set_failure = Some(problem);
        }
    }
    report.recipient_set_version = device.recipient_set_version();
    report.resealed =
        access.with_store(|store| outbox::unseal_for_removed_recipients(store, &device))? as u64;
    seal_missing(access, &device)?;
    let outcome = match unchecked {
        Some(problem) => Ok(Some(problem)),
        None => run(access, &transport, options, observer, &mut report).await,
    };
    let error = match outcome {
        Ok(problem) => problem,
        Err(RunError::Local(error)) => return Err(error),
        // Not a network fault to report and retry later: the app must say so and stop.
        Err(RunError::Remote(TransportError::PinMismatch)) => {
            access.with_store(|store| {
                status::record_sync_attempt(store, Some(SyncFailure::PinMismatch))
            })?;
            return Err(Error::PinMismatch);
        }
        Err(RunError::Remote(error)) => Some(SyncFailure::from(error)),
    };
    let set_problem = report.recipient_set_failure.clone();
    report.pending = access.with_store(|store| {
        let (pending, _, _) = outbox::outbox_counts(store)?;
        status::record_sync_attempt(store, error.clone())?;
        status::record_recipient_set_problem(store, set_problem)?;
        outbox::prune_outbox_files(store)?;
        Ok(pending)
    })?;
    report.error = error.as_ref().map(SyncFailure::to_string);
    report.failure = error;
    report.recipient_set_problem = report
        .recipient_set_failure
        .as_ref()
        .map(SyncFailure::to_string);
    Ok(report)
}

/// Fetches the NGO's recipient set when the enrollment carries the NGO signing key, and adopts
/// it if it passes [`recipients::judge`]. Returns the device as it now is and, when the offered
/// set was refused, why. No set published yet (404) is no problem: the enrollment's recipients
/// stay in use.
async fn follow_recipient_set(
    access: &impl StoreAccess,
    transport: &Transport,
    options: &SyncOptions,
    device: &Device,
) -> std::result::Result<(Device, Option<SyncFailure>), RunError> {
    let Some(signing_key) = device.ngo_signing_key_bytes()? else {
        return Ok((device.clone(), None));
    };
    let offered: RecipientSetBody =
        match with_retries(options, || transport.get_json(http::PATH_RECIPIENT_SET)).await {
            Ok(offered) => offered,
            Err(TransportError::Refused { code, .. }) if code == ErrorCode::NotFound.as_str() => {
                return Ok((device.clone(), None));
            }
            Err(error) => return Err(error.into()),
        };
    match recipients::judge(device, &signing_key, &offered) {
        Judgement::Unchanged => Ok((device.clone(), None)),
        Judgement::Refuse(reason) => Ok((
            device.clone(),
            Some(SyncFailure::RecipientSetRefused { reason }),
        )),
        Judgement::Accept(set) => {
            let device = access.with_store(|store| recipients::adopt(store, set))?;
            Ok((device, None))
        }
    }
}

enum RunError {
    Local(Error),
    Remote(TransportError),
}

impl From<Error> for RunError {
    fn from(error: Error) -> Self {
        RunError::Local(error)
    }
}

impl From<std::io::Error> for RunError {
    fn from(error: std::io::Error) -> Self {
        RunError::Local(error.into())
    }
}

impl From<TransportError> for RunError {
    fn from(error: TransportError) -> Self {
        RunError::Remote(error)
    }
}

/// Ships what can go. `Ok(Some(problem))`: everything that could go went, but something cannot.
async fn run(
    access: &impl StoreAccess,
    transport: &Transport,
    options: &SyncOptions,
    observer: &dyn SyncObserver,
    report: &mut SyncReport,
) -> std::result::Result<Option<SyncFailure>, RunError> {
    let mut unsendable = 0u64;
    // The first attachment the server refused in this run: reported once everything that does
    // not need it has gone.
    let mut held_back: Option<SyncFailure> = None;
    for blob in access.with_store(|store| outbox::pending_blobs(store))? {
        if !blob.path.is_file() {
            // The sealed copy was removed once the server had the blob, and the server has
            // lost it since. The versions that refer to it wait; everything else goes.
            unsendable += 1;
            continue;
        }
        match upload_blob(transport, options, &blob).await? {
            BlobOutcome::Uploaded => {
                access.with_store(|store| outbox::mark_blob_uploaded(store, &blob))?;
                report.blobs_uploaded += 1;
            }
            BlobOutcome::OverLimit { limit } => {
                // The server will never take it: the versions that need it are refused, with
                // the limit, and shown so; everything else goes.
                let reason = Rejection::TooLarge { limit };
                let refused = access.with_store(|store| {
                    outbox::reject_waiting_on(store, &blob.body.sha256, &reason)
                })?;
                report.failed += refused.len() as u64;
                for case_id in refused {
                    observer.case_state(case_id, &CaseSyncState::Rejected(reason.clone()));
                }
            }
            BlobOutcome::HeldBack(failure) => {
                // Refused this time (a damaged sealed copy, a proxy's limit): only the
                // versions that need it wait for the next run.
                held_back.get_or_insert(failure);
            }
        }
    }
    // Which waiting submissions can go now: those whose attachments are all on the server.
    // Their envelopes are then read a page at a time, a batch or so ahead of the network.
    let (ready, total) = access.with_store(ready_submissions)?;
    let unread = Unread {
        after: 0,
        exhausted: total == 0,
    };
    let mut progress = Progress { done: 0, total };
    let mut batches = Batches {
        ready,
        unread,
        buffer: VecDeque::new(),
        again: VecDeque::new(),
        max_bytes: options.max_batch_bytes,
    };
    // Answers are taken in the order the batches went, the oldest first; while one is awaited
    // the next is already out.
    let mut in_flight: VecDeque<InFlight> = VecDeque::new();
    loop {
        while in_flight.len() < BATCHES_IN_FLIGHT {
            let Some(batch) = local_step(|| access.with_store(|store| batches.next(store)))? else {
                break;
            };
            in_flight.push_back(InFlight::send(transport, options, batch)?);
        }
        let Some(oldest) = in_flight.pop_front() else {
            break;
        };
        let (batch, sent) = oldest.answer().await;
        match sent {
            // Recorded while the next batch is with the server.
            Ok(response) => local_step(|| {
                record_answers(access, observer, report, &mut progress, &batch, &response)
            })?,
            Err(TransportError::TooLarge { .. }) if batch.len() > 1 => {
                let mut first = batch;
                let second = first.split_off(first.len() / 2);
                batches.again.push_front(second);
                batches.again.push_front(first);
            }
            Err(TransportError::TooLarge { limit }) => {
                let reason = Rejection::TooLarge { limit };
                let rejected: Vec<_> = batch.iter().map(|item| (item.id, reason.clone())).collect();
                access.with_store(|store| outbox::record_results(store, &[], &rejected))?;
                report.failed += rejected.len() as u64;
                for item in &batch {
                    observer.case_state(item.case_id, &CaseSyncState::Rejected(reason.clone()));
                }
            }
            // Whatever else is in flight is aborted as it is dropped; what the server stored of
            // it is answered `duplicate` next time.
            Err(error) => return Err(error.into()),
        }
    }
    if held_back.is_some() {
        return Ok(held_back);
    }
    Ok((unsendable > 0).then_some(SyncFailure::AttachmentsUnsendable { count: unsendable }))
}

/// Which pending submissions a run may send, and how many: those whose attachments are all on
/// the server. With no attachment waiting (the usual case) that is every pending submission
/// already in the outbox, found without opening a single envelope; otherwise each one's
/// references are read to find those that must wait.
fn ready_submissions(store: &mut Store) -> Result<(Ready, u64)> {
    let waiting_blobs: HashSet<Sha256Hex> = outbox::pending_blobs(store)?
        .into_iter()
        .map(|blob| blob.body.sha256)
        .collect();
    if waiting_blobs.is_empty() {
        let (last, count) = outbox::last_pending_submission(store)?;
        return Ok((Ready::UpTo(last), count));
    }
    let rows: HashSet<i64> = outbox::pending_blob_references(store)?
        .into_iter()
        .filter(|(_, blobs)| blobs.iter().all(|blob| !waiting_blobs.contains(blob)))
        .map(|(rowid, _)| rowid)
        .collect();
    let count = rows.len() as u64;
    Ok((Ready::Rows(rows), count))
}

/// The pending submissions a run sends: fixed when it starts, so a version sealed meanwhile
/// waits for the next run, as do its attachments.
enum Ready {
    /// Every pending row up to and including this one.
    UpTo(i64),
    /// These rows only.
    Rows(HashSet<i64>),
}

impl Ready {
    fn contains(&self, rowid: i64) -> bool {
        match self {
            Ready::UpTo(last) => rowid <= *last,
            Ready::Rows(rows) => rows.contains(&rowid),
        }
    }
}

/// Submissions answered so far, of how many this run sends.
struct Progress {
    done: u64,
    total: u64,
}

/// Applies the server's answer to one batch: acknowledged items become sent and rejected ones
/// rejected, in one transaction; a missing attachment goes back to be uploaded.
fn record_answers(
    access: &impl StoreAccess,
    observer: &dyn SyncObserver,
    report: &mut SyncReport,
    progress: &mut Progress,
    batch: &[PendingSubmission],
    response: &SubmitResponse,
) -> Result<()> {
    let mut acknowledged = Vec::new();
    let mut rejected = Vec::new();
    let mut missing_blobs = Vec::new();
    let mut changes = Vec::new();
    for (item, result) in batch.iter().zip(&response.results) {
        match result.status {
            SubmissionStatus::Stored | SubmissionStatus::Duplicate => {
                if result.status == SubmissionStatus::Duplicate {
                    report.duplicates += 1;
                }
                acknowledged.push(item.id);
                changes.push((item.case_id, CaseSyncState::Sent));
            }
            SubmissionStatus::Rejected => {
                let reason = match &result.reason {
                    Some(reason) if reason.code == RejectCode::MissingBlob => {
                        // The server lost or never finished a blob: upload it again next run.
                        missing_blobs.extend(item.body.blobs.iter().copied());
                        continue;
                    }
                    // Kept in the vault and shown as it came: cleaned of control characters
                    // (a terminal's escapes) and cut to a sentence's length.
                    Some(reason) => Rejection::Server {
                        code: quote_server_text(&reason.code.to_string(), None),
                        message: quote_server_text(&reason.message, None),
                    },
                    None => Rejection::Unexplained,
                };
                changes.push((item.case_id, CaseSyncState::Rejected(reason.clone())));
                rejected.push((item.id, reason));
            }
        }
    }
    access.with_store(|store| {
        if !missing_blobs.is_empty() {
            outbox::mark_blobs_missing(store, &missing_blobs)?;
        }
        outbox::record_results(store, &acknowledged, &rejected)
    })?;
    report.sent += acknowledged.len() as u64;
    report.failed += rejected.len() as u64;
    progress.done += batch.len() as u64;
    // Told only once the answers are recorded, and with no step under way: an observer may
    // call back into the vault.
    for (case_id, state) in &changes {
        observer.case_state(*case_id, state);
    }
    observer.progress(progress.done, progress.total);
    Ok(())
}

/// Batch requests a run keeps in flight. With two, the server checks the signatures of one
/// batch while it stores the one before (its commit waits for the disk), and the device records
/// an answer and reads the next batch while the other is with the server: neither side's CPU
/// waits for the other's disk. More would only queue at the server.
const BATCHES_IN_FLIGHT: usize = 2;

/// One batch's request, on a task of its own (retries included) so that it goes on while the
/// run awaits another batch or works on the store. Dropped unanswered — a lock, a wipe, a batch
/// before it that failed — it is aborted, and its answer is never recorded.
struct InFlight {
    batch: Vec<PendingSubmission>,
    answer: tokio::task::JoinHandle<std::result::Result<SubmitResponse, TransportError>>,
}

impl InFlight {
    fn send(
        transport: &Transport,
        options: &SyncOptions,
        batch: Vec<PendingSubmission>,
    ) -> Result<InFlight> {
        let request = SubmitRequest {
            items: batch.iter().map(wire_item).collect::<Result<_>>()?,
        };
        let transport = transport.clone();
        let options = options.clone();
        let answer = tokio::spawn(async move {
            with_retries(&options, || async {
                let response: SubmitResponse = transport
                    .post_json(http::PATH_SUBMISSIONS, &request)
                    .await?;
                check_response(&request, &response)?;
                Ok(response)
            })
            .await
        });
        Ok(InFlight { batch, answer })
    }

    /// The batch and the server's answer to it.
    async fn answer(
        mut self,
    ) -> (
        Vec<PendingSubmission>,
        std::result::Result<SubmitResponse, TransportError>,
    ) {
        let answer = (&mut self.answer)
            .await
            .unwrap_or(Err(TransportError::Retryable {
                // The task ended without an answer: nothing is recorded, all of it goes again.
                reason: NetworkProblem::RequestFailed,
                retry_after: None,
            }));
        (std::mem::take(&mut self.batch), answer)
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.answer.abort();
    }
}

/// Runs a step on the store from the run's task. On a multi-threaded runtime (the bindings')
/// the worker hands its other tasks — the requests in flight — to another thread while the
/// step holds it for a synced commit; on a single-threaded one they wait for the step.
fn local_step<T>(step: impl FnOnce() -> T) -> T {
    let multi_threaded = tokio::runtime::Handle::try_current()
        .is_ok_and(|handle| handle.runtime_flavor() == tokio::runtime::RuntimeFlavor::MultiThread);
    if multi_threaded {
        tokio::task::block_in_place(step)
    } else {
        step()
    }
}

/// A hostile or broken server must not make us mark the wrong items sent.
fn check_response(
    request: &SubmitRequest,
    response: &SubmitResponse,
) -> std::result::Result<(), TransportError> {
    let matches = response.results.len() == request.items.len()
        && response
            .results
            .iter()
            .zip(&request.items)
            .all(|(result, item)| result.id == item.id);
    if matches {
        Ok(())
    } else {
        Err(TransportError::Retryable {
            reason: NetworkProblem::AnswerMismatch,
            retry_after: None,
        })
    }
}

/// One submission as the wire carries it; the envelope is already base64 in the outbox.
fn wire_item(submission: &PendingSubmission) -> Result<SubmissionItem> {
    let signature: [u8; 64] = submission
        .body
        .signature
        .as_slice()
        .try_into()
        .map_err(|_| Error::Corrupted("sync-detail-outbox-signature"))?;
    Ok(SubmissionItem {
        id: submission.id,
        envelope: submission.body.envelope.clone(),
        signature: encode_base64(&signature),
        blobs: submission
            .body
            .blobs
            .iter()
            .map(Sha256Hex::to_string)
            .collect(),
    })
}

/// Rows of submissions to send, a page at a time.
const PAGE_ROWS: usize = 256;

/// Where reading the outbox stands.
struct Unread {
    /// Last row read.
    after: i64,
    exhausted: bool,
}

impl Unread {
    /// Reads ready submissions into `buffer` until it holds a full batch or the outbox ends.
    fn fill(
        &mut self,
        store: &Store,
        ready: &Ready,
        buffer: &mut VecDeque<PendingSubmission>,
        max_bytes: usize,
    ) -> Result<()> {
        while !self.exhausted
            && buffer.len() < MAX_BATCH_ITEMS
            && buffer.iter().map(wire_size).sum::<usize>() < max_bytes
        {
            let page = outbox::pending_submissions_after(store, self.after, PAGE_ROWS)?;
            self.exhausted = page.len() < PAGE_ROWS;
            for (rowid, submission) in page {
                self.after = rowid;
                if ready.contains(rowid) {
                    buffer.push_back(submission);
                }
            }
            if let Ready::UpTo(last) = ready {
                // Nothing past the last row this run sends is read.
                self.exhausted |= self.after >= *last;
            }
        }
        Ok(())
    }
}

/// The batches a run sends, in outbox order: halves of a batch the server found too large
/// first, then the outbox read a page at a time.
struct Batches {
    ready: Ready,
    unread: Unread,
    buffer: VecDeque<PendingSubmission>,
    again: VecDeque<Vec<PendingSubmission>>,
    max_bytes: usize,
}

impl Batches {
    /// The next batch, or `None` when everything this run sends has gone.
    fn next(&mut self, store: &Store) -> Result<Option<Vec<PendingSubmission>>> {
        if let Some(batch) = self.again.pop_front() {
            return Ok(Some(batch));
        }
        self.unread
            .fill(store, &self.ready, &mut self.buffer, self.max_bytes)?;
        let batch = take_batch(&mut self.buffer, self.max_bytes);
        Ok((!batch.is_empty()).then_some(batch))
    }
}

/// Bytes one submission takes in a batch's JSON (the envelope is already base64 text).
fn wire_size(item: &PendingSubmission) -> usize {
    item.body.envelope.len() + 200 + item.body.blobs.len() * 70
}

/// Takes the next batch from the front of `buffer`: as many submissions as keep its JSON under
/// `max_bytes` and within the server's item limit, and at least one.
fn take_batch(
    buffer: &mut VecDeque<PendingSubmission>,
    max_bytes: usize,
) -> Vec<PendingSubmission> {
    let mut batch = Vec::new();
    let mut size = 16usize;
    while let Some(item) = buffer.front() {
        let item_size = wire_size(item);
        if !batch.is_empty() && (size + item_size > max_bytes || batch.len() >= MAX_BATCH_ITEMS) {
            break;
        }
        size += item_size;
        batch.extend(buffer.pop_front());
    }
    batch
}

/// Smallest chunk the upload shrinks to when the server (or a proxy in front of it) refuses
/// chunks as too large.
const MIN_CHUNK_BYTES: usize = 1024;

/// Answers in a row that move an upload no further before it is given up until the next sync:
/// a server that keeps asking for the same bytes must not hold the sync forever.
const MAX_STALLED_ANSWERS: u32 = 8;

fn stalled_upload(reason: NetworkProblem) -> RunError {
    RunError::Remote(TransportError::Retryable {
        reason,
        retry_after: None,
    })
}

/// How the upload of one sealed attachment ended, when the run goes on.
#[derive(Debug)]
enum BlobOutcome {
    /// The server holds it completely.
    Uploaded,
    /// Larger than the server takes any attachment: sending it again cannot help.
    OverLimit { limit: Option<u64> },
    /// The server refused this attachment (not the device): it is tried again next run, and
    /// only the versions that need it wait.
    HeldBack(SyncFailure),
}

/// Uploads one sealed attachment, resuming from the server's offset. A refusal of the device
/// itself (its token, its revocation), a pin mismatch or a network that keeps failing ends the
/// run; a refusal of this attachment alone does not.
async fn upload_blob(
    transport: &Transport,
    options: &SyncOptions,
    blob: &PendingBlob,
) -> std::result::Result<BlobOutcome, RunError> {
    let create = CreateBlobRequest {
        sha256: blob.body.sha256,
        size: blob.body.size,
    };
    let created = with_retries(options, || transport.post_json(http::PATH_BLOBS, &create)).await;
    let status: BlobStatus = match created {
        Ok(status) => status,
        // Refused for good only on the server's own word that this blob is over its limit: a
        // proxy's bare 413 must not refuse her case for ever.
        Err(TransportError::TooLarge { limit: Some(limit) }) if blob.body.size > limit => {
            return Ok(BlobOutcome::OverLimit { limit: Some(limit) });
        }
        Err(error) => return refused_blob(error),
    };
    match send_blob(transport, options, blob, &create, status).await {
        Ok(()) => Ok(BlobOutcome::Uploaded),
        Err(RunError::Remote(error)) => refused_blob(error),
        Err(error) => Err(error),
    }
}

/// Holds back one attachment the server refused, or ends the run when the refusal is not about
/// that attachment.
fn refused_blob(error: TransportError) -> std::result::Result<BlobOutcome, RunError> {
    const ABOUT_THE_DEVICE: [ErrorCode; 3] = [
        ErrorCode::Unauthorized,
        ErrorCode::Forbidden,
        ErrorCode::DeviceRevoked,
    ];
    match error {
        TransportError::Refused { ref code, .. }
            if !ABOUT_THE_DEVICE.iter().any(|about| about.as_str() == code) =>
        {
            Ok(BlobOutcome::HeldBack(error.into()))
        }
        TransportError::TooLarge { limit } => {
            Ok(BlobOutcome::HeldBack(SyncFailure::TooLarge { limit }))
        }
        error => Err(RunError::Remote(error)),
    }
}

/// Sends the bytes the server does not have yet, from `status`'s offset.
async fn send_blob(
    transport: &Transport,
    options: &SyncOptions,
    blob: &PendingBlob,
    create: &CreateBlobRequest,
    status: BlobStatus,
) -> std::result::Result<(), RunError> {
    if status.complete {
        return Ok(());
    }
    let mut offset = status.offset;
    let mut restarts = 0;
    let mut stalled = 0u32;
    let mut chunk_bytes = options
        .chunk_bytes
        .clamp(MIN_CHUNK_BYTES, MAX_CHUNK_BYTES as usize);
    let mut file = File::open(&blob.path)?;
    loop {
        if stalled >= MAX_STALLED_ANSWERS {
            return Err(stalled_upload(NetworkProblem::UploadStalled));
        }
        if offset >= blob.body.size {
            let confirmed: BlobStatus =
                with_retries(options, || transport.post_json(http::PATH_BLOBS, create)).await?;
            if confirmed.complete {
                return Ok(());
            }
            offset = confirmed.offset;
            restarts += 1;
            if restarts > 3 {
                return Err(stalled_upload(NetworkProblem::UploadIncomplete));
            }
            continue;
        }
        let length = (blob.body.size - offset).min(chunk_bytes as u64) as usize;
        let mut chunk = vec![0u8; length];
        file.seek(SeekFrom::Start(offset))?;
        file.read_exact(&mut chunk)?;
        let sent = with_retries(options, || {
            transport.patch_blob(&blob.body.sha256, offset, chunk.clone())
        })
        .await;
        match sent {
            Ok(next) if next > offset && next <= blob.body.size => {
                offset = next;
                stalled = 0;
            }
            Ok(_) => {
                return Err(stalled_upload(NetworkProblem::UploadImpossibleOffset));
            }
            Err(TransportError::Refused {
                code,
                offset: Some(server_offset),
                ..
            }) if code == "offset_mismatch" && server_offset <= blob.body.size => {
                // Forward (our last chunk arrived after all) is progress; the same place or
                // back is not, and only so many of those are taken.
                if server_offset > offset {
                    stalled = 0;
                } else {
                    stalled += 1;
                }
                offset = server_offset;
            }
            Err(TransportError::Refused { code, .. })
                if code == "hash_mismatch" && restarts < 3 =>
            {
                restarts += 1;
                offset = 0;
            }
            // The server, or a proxy in front of it, takes smaller requests: send smaller
            // chunks — as small as it says, or half as big when it does not say.
            Err(TransportError::TooLarge { limit }) if chunk_bytes > MIN_CHUNK_BYTES => {
                let limit = limit.map_or(usize::MAX, |l| usize::try_from(l).unwrap_or(usize::MAX));
                chunk_bytes = if limit < chunk_bytes {
                    limit
                } else {
                    chunk_bytes / 2
                }
                .max(MIN_CHUNK_BYTES);
            }
            Err(error) => return Err(error.into()),
        }
    }
}

/// Runs `call` until it succeeds, fails for good, or runs out of tries; waits between tries
/// with exponential backoff and full jitter, or as long as the server asked (Retry-After).
async fn with_retries<T, F, Fut>(
    options: &SyncOptions,
    mut call: F,
) -> std::result::Result<T, TransportError>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = std::result::Result<T, TransportError>>,
{
    let mut attempt = 0u32;
    loop {
        match call().await {
            Err(TransportError::Retryable {
                reason,
                retry_after,
            }) if attempt + 1 < options.max_attempts => {
                let _ = reason;
                let delay = retry_after
                    .unwrap_or_else(|| backoff(options, attempt))
                    .min(options.max_delay);
                tokio::time::sleep(delay).await;
                attempt += 1;
            }
            other => return other,
        }
    }
}

fn backoff(options: &SyncOptions, attempt: u32) -> Duration {
    let ceiling = options
        .base_delay
        .saturating_mul(1u32 << attempt.min(16))
        .min(options.max_delay);
    let [a, b] = random_bytes::<2>();
    let fraction = f64::from(u16::from_le_bytes([a, b])) / f64::from(u16::MAX);
    // Full jitter in [ceiling/2, ceiling]: clients that failed together do not retry together.
    ceiling.mul_f64(0.5 + fraction / 2.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_with_jitter_and_is_capped() {
        let options = SyncOptions {
            base_delay: Duration::from_millis(100),
            max_delay: Duration::from_secs(2),
            ..SyncOptions::default()
        };
        for attempt in 0..20 {
            let delay = backoff(&options, attempt);
            let ceiling = Duration::from_millis(100)
                .saturating_mul(1 << attempt.min(16))
                .min(Duration::from_secs(2));
            assert!(
                delay >= ceiling / 2 && delay <= ceiling,
                "attempt {attempt}: {delay:?}"
            );
        }
    }

    fn pending(envelope_bytes: usize) -> PendingSubmission {
        PendingSubmission {
            id: wave_protocol::Uuid::new_v4(),
            case_id: CaseId::generate(),
            body: super::super::outbox::WireBody {
                envelope: encode_base64(&vec![0; envelope_bytes]),
                signature: vec![0; 64],
                blobs: Vec::new(),
            },
        }
    }

    #[test]
    fn batches_stay_under_the_byte_and_item_limits_and_hold_at_least_one() {
        // 3,000 envelope bytes take 4,200 bytes of JSON: two fit in 10,000 bytes, not three.
        let mut buffer: VecDeque<_> = (0..5).map(|_| pending(3_000)).collect();
        let sizes: Vec<usize> = std::iter::from_fn(|| {
            let batch = take_batch(&mut buffer, 10_000);
            (!batch.is_empty()).then_some(batch.len())
        })
        .collect();
        assert_eq!(sizes, [2, 2, 1]);
        // One item larger than the limit still goes, alone.
        let mut buffer: VecDeque<_> = [pending(50_000), pending(10)].into();
        assert_eq!(take_batch(&mut buffer, 10_000).len(), 1);
        assert_eq!(take_batch(&mut buffer, 10_000).len(), 1);
        // Small items stop at the server's item limit.
        let mut buffer: VecDeque<_> = (0..MAX_BATCH_ITEMS + 3).map(|_| pending(1)).collect();
        assert_eq!(take_batch(&mut buffer, usize::MAX).len(), MAX_BATCH_ITEMS);
        assert_eq!(take_batch(&mut buffer, usize::MAX).len(), 3);
    }

    /// A batch dropped before its answer (a lock, a failure of the batch before it) takes its
    /// request with it: the connection closes, and nothing of it is retried later.
    #[tokio::test]
    async fn a_batch_dropped_unanswered_closes_its_request() {
        use tokio::io::AsyncReadExt;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let transport = Transport::new(&url, None, Duration::from_secs(30))
            .unwrap()
            .with_token("token");
        let options = SyncOptions {
            max_attempts: 1,
            ..SyncOptions::default()
        };
        let in_flight = InFlight::send(&transport, &options, vec![pending(3000)]).unwrap();
        let (mut connection, _) = listener.accept().await.unwrap();
        let mut head = [0u8; 64];
        assert!(
            connection.read(&mut head).await.unwrap() > 0,
            "the request came"
        );
        drop(in_flight);
        let closed = tokio::time::timeout(Duration::from_secs(10), async {
            let mut rest = vec![0u8; 64 * 1024];
            loop {
                match connection.read(&mut rest).await {
                    Ok(0) | Err(_) => return,
                    Ok(_) => {}
                }
            }
        })
        .await;
        assert!(closed.is_ok(), "the dropped batch's connection was closed");
    }

    /// The run's store steps run on both kinds of runtime: handed off the worker on a
    /// multi-threaded one, in place on a single-threaded one.
    #[test]
    fn a_local_step_runs_on_both_kinds_of_runtime() {
        let multi = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        let single = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        for runtime in [multi, single] {
            let stepped = runtime.block_on(async {
                tokio::spawn(async { local_step(|| "recorded") })
                    .await
                    .unwrap()
            });
            assert_eq!(stepped, "recorded");
        }
    }

    #[tokio::test]
    async fn retries_stop_at_a_permanent_error_and_after_the_last_attempt() {
        let options = SyncOptions {
            base_delay: Duration::from_millis(1),
            max_attempts: 4,
            ..SyncOptions::default()
        };
        let mut calls = 0;
        let result: std::result::Result<(), _> = with_retries(&options, || {
            calls += 1;
            async {
                Err(TransportError::Retryable {
                    reason: NetworkProblem::NoConnection,
                    retry_after: None,
                })
            }
        })
        .await;
        assert!(result.is_err());
        assert_eq!(calls, 4);
        let mut calls = 0;
        let result: std::result::Result<(), _> = with_retries(&options, || {
            calls += 1;
            async {
                Err(TransportError::Refused {
                    code: "forbidden".into(),
                    message: "no".into(),
                    offset: None,
                })
            }
        })
        .await;
        assert!(result.is_err());
        assert_eq!(calls, 1);
    }
}
