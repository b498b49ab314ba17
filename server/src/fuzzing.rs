//! Fuzzing entry point for what the server reads from a request before it touches storage: the
//! JSON bodies, the pull query and the blob address, through the same functions the handlers
//! call. Shared by the AFL++ and cargo-fuzz targets in `fuzz/` and by the test that replays every
//! input they ever crashed on (`fuzz/regressions/server_request/`) and the committed corpus.
//!
//! Not part of the server's interface: built only with the `fuzzing` feature (and for tests).

use axum::response::IntoResponse;
use wave_protocol::ed25519_dalek::SigningKey;
use wave_protocol::limits::{
    MAX_BATCH_ITEMS, MAX_BLOB_BYTES, MAX_BLOBS_PER_SUBMISSION, MAX_ENROLLMENT_CODE_TTL_SECONDS,
    MAX_PULL_LIMIT,
};
use wave_protocol::{SubmissionStatus, Uuid, encoding::encode_base64, sign_submission};

use crate::error::ApiFailure;
use crate::routes::{blobs, enroll, parse_digest, recipients, staff, submissions};

/// The device whose signatures the submissions target checks: fixed, so a corpus entry signed
/// with it (see [`samples`]) stays valid and the fuzzer can mutate a submission that verifies.
fn device_key() -> SigningKey {
    SigningKey::from_bytes(&[0x5a; 32])
}

/// What the server makes of one request input. The first byte picks the input (a body for
/// submissions, enrollment, enrollment codes or blob creation; a pull query; a blob address;
/// 6 alone, a recipient set to publish), the rest is that input.
///
/// Panics (the fuzzer's finding) when parsing panics, when something accepted breaks a limit the
/// handler relies on, or when a refusal would be answered with a status a client retries.
pub fn request(data: &[u8]) {
    let Some((&selector, input)) = data.split_first() else {
        return;
    };
    if selector == 6 {
        if let Err(failure) = recipients::read_publish(input).map(|set| {
            assert!(set.version >= 1);
            assert_eq!(set.signature.len(), 64);
        }) {
            refused(failure);
        }
        return;
    }
    let outcome = match selector % 6 {
        0 => submission_batch(input),
        1 => enroll::read_enroll(input).map(|_| ()),
        2 => enroll::read_code_request(input).map(|seconds| {
            let seconds = u64::try_from(seconds).unwrap_or(0);
            assert!((1..=MAX_ENROLLMENT_CODE_TTL_SECONDS).contains(&seconds));
        }),
        3 => blobs::read_create(input).map(|req| {
            assert!((1..=MAX_BLOB_BYTES).contains(&req.size));
        }),
        4 => std::str::from_utf8(input).map_or(Ok(()), |query| {
            staff::read_pull_query(Some(query)).map(|(after, limit)| {
                assert!((1..=MAX_PULL_LIMIT).contains(&limit));
                assert!(after.is_none_or(|seq| seq >= 0));
            })
        }),
        _ => std::str::from_utf8(input).map_or(Ok(()), |text| {
            parse_digest(text).map(|digest| assert!(digest.to_string().eq_ignore_ascii_case(text)))
        }),
    };
    if let Err(failure) = outcome {
        refused(failure);
    }
}

/// A batch is read, then every item judged on its own, as `POST /v1/submissions` does.
fn submission_batch(input: &[u8]) -> Result<(), ApiFailure> {
    let items = submissions::read_batch(input)?;
    assert!(items.len() <= MAX_BATCH_ITEMS);
    let public_key = device_key().verifying_key().to_bytes();
    for item in &items {
        match submissions::check(item, &public_key) {
            Ok(accepted) => {
                assert_eq!(accepted.id, item.id);
                assert!(!accepted.envelope.is_empty());
                assert!(accepted.blobs.len() <= MAX_BLOBS_PER_SUBMISSION);
            }
            Err(result) => {
                assert_eq!(result.id, item.id);
                assert_eq!(result.status, SubmissionStatus::Rejected);
                assert!(result.reason.is_some());
            }
        }
    }
    Ok(())
}

/// A refusal of bad input is the client's to fix: a 4xx it will not retry, with a JSON body.
fn refused(failure: ApiFailure) {
    let code = failure.0.code.clone();
    assert!(!code.is_retryable(), "{code}");
    let response = failure.into_response();
    assert!(response.status().is_client_error(), "{code}");
}

/// Valid inputs of every kind, prefixed with their selector: seeds for a new corpus.
pub fn samples() -> Vec<Vec<u8>> {
    let id = Uuid::from_u128(0x0123_4567_89ab_4def_8123_4567_89ab_cdef);
    let envelope = b"age-encryption.org/v1 sample";
    let signature = sign_submission(&device_key(), &id, envelope);
    let digest = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    let submission = format!(
        r#"{{"items":[{{"id":"{id}","envelope":"{}","signature":"{}","blobs":["{digest}"]}}]}}"#,
        encode_base64(envelope),
        encode_base64(&signature)
    );
    let enroll = format!(
        r#"{{"code":"{}","device_public_key":"{}","label":"phone"}}"#,
        wave_protocol::encoding::encode_token(&[7; wave_protocol::limits::TOKEN_BYTES]),
        encode_base64(&device_key().verifying_key().to_bytes())
    );
    let set = wave_protocol::RecipientSet {
        version: 2,
        created_at: 1_764_500_000,
        signing_key_id: wave_protocol::Sha256Hex::digest(b"key"),
        recipients: vec!["age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p".into()],
    };
    let recipient_set = match wave_protocol::sign_recipient_set(&device_key(), &set) {
        Ok(signed) => serde_json::to_string(&wave_protocol::RecipientSetBody::new(&signed))
            .unwrap_or_default(),
        Err(_) => String::new(),
    };
    let inputs: [(u8, String); 7] = [
        (0, submission),
        (1, enroll),
        (2, r#"{"expires_in_seconds":604800}"#.to_owned()),
        (3, format!(r#"{{"sha256":"{digest}","size":65536}}"#)),
        (4, "after=v1.42&limit=100".to_owned()),
        (5, digest.to_owned()),
        (6, recipient_set),
    ];
    inputs
        .into_iter()
        .map(|(selector, text)| {
            let mut input = vec![selector];
            input.extend_from_slice(text.as_bytes());
            input
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every sample is accepted: the seeds reach past parsing, and a submission that verifies is
    /// among them.
    #[test]
    fn samples_are_accepted() {
        for sample in samples() {
            let (selector, input) = sample.split_first().unwrap();
            let accepted = match selector {
                0 => {
                    let items = submissions::read_batch(input).unwrap();
                    let key = device_key().verifying_key().to_bytes();
                    items
                        .iter()
                        .all(|item| submissions::check(item, &key).is_ok())
                }
                1 => enroll::read_enroll(input).is_ok(),
                2 => enroll::read_code_request(input).is_ok(),
                3 => blobs::read_create(input).is_ok(),
                4 => staff::read_pull_query(std::str::from_utf8(input).ok()).is_ok(),
                6 => recipients::read_publish(input).is_ok(),
                _ => parse_digest(std::str::from_utf8(input).unwrap()).is_ok(),
            };
            assert!(accepted, "{}", String::from_utf8_lossy(&sample));
        }
    }

    /// Every input that ever made a campaign fail, and the committed corpus, pass now.
    #[test]
    fn regressions_and_corpus_pass() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz");
        let mut count = 0;
        for dir in ["regressions/server_request", "corpus/server_request"] {
            let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
                continue;
            };
            for entry in entries {
                let path = entry.unwrap().path();
                request(&std::fs::read(&path).unwrap());
                count += 1;
            }
        }
        for sample in samples() {
            request(&sample);
        }
        assert!(count > 0, "no corpus found under {}", root.display());
    }
}
