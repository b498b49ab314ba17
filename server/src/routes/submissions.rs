//! `POST /v1/submissions`: a batch of signed envelopes, each judged on its own.

use crate::app::SharedApp;
use crate::auth::DeviceAuth;
use crate::body::{parse_json, read_limited};
use crate::error::ApiFailure;
use crate::store::{BatchOutcome, NewSubmission, Store, SubmitOutcome};
use axum::Json;
use axum::body::Body;
use axum::extract::State;
use axum::http::HeaderMap;
use wave_protocol::limits::{MAX_BATCH_ITEMS, MAX_BLOBS_PER_SUBMISSION, MAX_REQUEST_BODY_BYTES};
use wave_protocol::{
    ApiError, DeviceKey, ErrorCode, RejectCode, RejectReason, SubmissionItem, SubmissionResult,
    SubmissionStatus, SubmitRequest, SubmitResponse,
};

fn rejected(item: &SubmissionItem, code: RejectCode, message: String) -> SubmissionResult {
    SubmissionResult {
        id: item.id,
        status: SubmissionStatus::Rejected,
        reason: Some(RejectReason { code, message }),
    }
}

/// Decodes and verifies one item; a rejection is final for it.
#[cfg(any(test, feature = "fuzzing"))]
pub(crate) fn check(
    item: &SubmissionItem,
    public_key: &[u8; 32],
) -> Result<NewSubmission, SubmissionResult> {
    check_with(item, DeviceKey::parse(public_key).ok().as_ref())
}

/// [`check`] against a key parsed once for the whole batch; `None` (a key that does not parse,
/// which enrollment never lets in) fails every signature.
fn check_with(
    item: &SubmissionItem,
    key: Option<&DeviceKey>,
) -> Result<NewSubmission, SubmissionResult> {
    let malformed = |what: String| rejected(item, RejectCode::Malformed, what);
    let envelope = item
        .envelope_bytes()
        .map_err(|e| malformed(format!("envelope: {e}")))?;
    if envelope.is_empty() {
        return Err(malformed("envelope is empty".to_owned()));
    }
    let signature = item
        .signature_bytes()
        .map_err(|e| malformed(format!("signature: {e}")))?;
    if item.blobs.len() > MAX_BLOBS_PER_SUBMISSION {
        return Err(malformed(format!(
            "at most {MAX_BLOBS_PER_SUBMISSION} blob references per submission"
        )));
    }
    let blobs = item
        .blob_digests()
        .map_err(|e| malformed(format!("blobs: {e}")))?;
    let bad_signature = || {
        rejected(
            item,
            RejectCode::BadSignature,
            "the signature does not verify with this device's key for this id and envelope"
                .to_owned(),
        )
    };
    key.ok_or_else(bad_signature)?
        .verify_submission(&item.id, &envelope, &signature)
        .map_err(|_| bad_signature())?;
    Ok(NewSubmission {
        id: item.id,
        envelope,
        signature,
        blobs,
    })
}

/// Items per signature-checking task: below this a batch is checked on one thread.
const CHECKS_PER_TASK: usize = 64;

/// Checks every item of a batch, in order. Hundreds of signature checks are CPU work: they run
/// off the async workers, and a large batch is spread over the machine's cores. The device's
/// key is decompressed once for the batch, not once per item.
async fn check_all(
    items: Vec<SubmissionItem>,
    public_key: [u8; 32],
) -> Result<Vec<Result<NewSubmission, SubmissionResult>>, ApiFailure> {
    let key = DeviceKey::parse(&public_key).ok();
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    let per_task = items.len().div_ceil(cores.clamp(1, 8)).max(CHECKS_PER_TASK);
    let total = items.len();
    let mut items = items.into_iter();
    let mut tasks = Vec::new();
    loop {
        let part: Vec<SubmissionItem> = items.by_ref().take(per_task).collect();
        if part.is_empty() {
            break;
        }
        tasks.push(tokio::task::spawn_blocking(move || {
            part.iter()
                .map(|item| check_with(item, key.as_ref()))
                .collect::<Vec<_>>()
        }));
    }
    let mut checked = Vec::with_capacity(total);
    for task in tasks {
        checked.extend(task.await.map_err(|e| {
            tracing::error!(error = %e, "signature check task failed");
            ApiFailure::new(ErrorCode::Internal, "internal server error; retry later")
        })?);
    }
    Ok(checked)
}

/// The batch in a request body, within the item limit; each item is still unchecked.
pub(crate) fn read_batch(bytes: &[u8]) -> Result<Vec<SubmissionItem>, ApiFailure> {
    let req: SubmitRequest = parse_json(bytes)?;
    if req.items.len() > MAX_BATCH_ITEMS {
        let mut err = ApiError::new(
            ErrorCode::TooLarge,
            format!(
                "a batch may hold at most {MAX_BATCH_ITEMS} items; this one has {}",
                req.items.len()
            ),
        );
        err.limit_items = Some(MAX_BATCH_ITEMS as u64);
        return Err(ApiFailure(err));
    }
    Ok(req.items)
}

/// `POST /v1/submissions`.
pub async fn submit<S: Store>(
    State(app): State<SharedApp<S>>,
    device: DeviceAuth,
    headers: HeaderMap,
    body: Body,
) -> Result<Json<SubmitResponse>, ApiFailure> {
    let bytes = read_limited(&headers, body, MAX_REQUEST_BODY_BYTES, "the request body").await?;
    let items = read_batch(&bytes)?;
    drop(bytes);
    let checked = check_all(items, device.public_key).await?;

    let mut results: Vec<Option<SubmissionResult>> = Vec::with_capacity(checked.len());
    let mut to_store = Vec::new();
    for outcome in checked {
        match outcome {
            Ok(item) => {
                results.push(None);
                to_store.push(item);
            }
            Err(result) => results.push(Some(result)),
        }
    }
    let ids: Vec<_> = to_store.iter().map(|s| s.id).collect();
    let outcomes = if to_store.is_empty() {
        Vec::new()
    } else {
        match app.store.submit(device.id, to_store, super::now()).await? {
            BatchOutcome::Stored(outcomes) => outcomes,
            BatchOutcome::DeviceRevoked => return Err(crate::auth::revoked()),
        }
    };
    let mut stored = ids.into_iter().zip(outcomes);
    let results = results
        .into_iter()
        .map(|slot| {
            slot.or_else(|| {
                stored.next().map(|(id, outcome)| match outcome {
                    SubmitOutcome::Stored => SubmissionResult {
                        id,
                        status: SubmissionStatus::Stored,
                        reason: None,
                    },
                    SubmitOutcome::Duplicate => SubmissionResult {
                        id,
                        status: SubmissionStatus::Duplicate,
                        reason: None,
                    },
                    SubmitOutcome::IdConflict => SubmissionResult {
                        id,
                        status: SubmissionStatus::Rejected,
                        reason: Some(RejectReason {
                            code: RejectCode::IdConflict,
                            message: "a different submission is already stored under this id"
                                .to_owned(),
                        }),
                    },
                    SubmitOutcome::MissingBlob(sha) => SubmissionResult {
                        id,
                        status: SubmissionStatus::Rejected,
                        reason: Some(RejectReason {
                            code: RejectCode::MissingBlob,
                            message: format!(
                                "blob {sha} is not completely uploaded; upload it, then resubmit"
                            ),
                        }),
                    },
                })
            })
        })
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| {
            tracing::error!("storage returned fewer outcomes than items");
            ApiFailure::new(ErrorCode::Internal, "internal server error; retry later")
        })?;
    Ok(Json(SubmitResponse { results }))
}
