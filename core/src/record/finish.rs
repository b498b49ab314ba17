//! Finishing: everything re-checked, answers to questions that no longer apply dropped, the case
//! version finalized, then sealed for the NGO at once. Finalizing (the case store) and sealing
//! (the outbox) are two steps composed here, above both, so that a sealing failure reaches the
//! caller instead of vanishing inside the store.

use std::sync::Arc;

use super::FormSession;
use super::review::Problem;
use crate::case;
use crate::case::CaseId;
use crate::error::{Error, Result};
use crate::l10n::{Arg, SOURCE_LANGUAGE, core_text};
use crate::store::Store;
use crate::sync;

/// What became of sealing a version for the NGO right after it was finalized.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sealing {
    /// Sealed into the outbox: the next sync sends it.
    Sealed,
    /// The device is not enrolled yet; enrolling seals every finalized version.
    NotEnrolled,
    /// Sealing failed (a damaged recipient key, a full disk). The version is finalized all the
    /// same and nothing is lost: the next sync seals whatever is missing before it sends. The
    /// reason never carries a secret or anything a person typed; it is also kept as the sync
    /// status's last error, for callers that cannot carry it.
    Deferred(DeferredReason),
}

/// Why sealing was deferred: the error, shown in the reader's language by
/// [`DeferredReason::message`]; as text (`Display`, `Deref<Target = str>`) it is the error's
/// English message, as the sync status keeps it.
#[derive(Debug, Clone)]
pub struct DeferredReason {
    error: Arc<Error>,
    /// Noting the deferral in the sync status failed too.
    noted: Option<Arc<Error>>,
    english: String,
}

impl DeferredReason {
    fn new(error: Error, noted: Option<Error>) -> DeferredReason {
        let mut reason = DeferredReason {
            error: Arc::new(error),
            noted: noted.map(Arc::new),
            english: String::new(),
        };
        reason.english = reason.message(SOURCE_LANGUAGE);
        reason
    }

    /// The reason in English, as the sync status keeps it.
    pub fn as_str(&self) -> &str {
        &self.english
    }

    /// The reason in `lang` (the core's catalog; English for a language it has no words in).
    pub fn message(&self, lang: &str) -> String {
        let reason = self.error.message(lang);
        match &self.noted {
            None => reason,
            Some(noted) => core_text(
                lang,
                SOURCE_LANGUAGE,
                "detail-sealing-not-noted",
                &[
                    ("reason", Arg::Text(&reason)),
                    ("noted", Arg::Text(&noted.message(lang))),
                ],
            ),
        }
    }
}

impl std::ops::Deref for DeferredReason {
    type Target = str;
    fn deref(&self) -> &str {
        &self.english
    }
}

impl std::fmt::Display for DeferredReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.english)
    }
}

/// Two reasons are the same when they say the same: errors carry no identity of their own.
impl PartialEq for DeferredReason {
    fn eq(&self, other: &DeferredReason) -> bool {
        self.english == other.english
    }
}

impl Eq for DeferredReason {}

/// A case version finalized, and what became of sealing it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finalized {
    pub version: u32,
    pub sealing: Sealing,
}

/// Finalizes the current answers of a draft as a new version, then seals that version for the
/// NGO if the device is enrolled. Fails only if finalizing fails; a sealing failure is returned
/// in [`Finalized::sealing`].
pub fn finalize_and_seal(store: &mut Store, id: CaseId) -> Result<Finalized> {
    let version = case::finalize_case(store, id)?;
    let sealing = match sync::seal_after_finalize(store, id, version) {
        Ok(true) => Sealing::Sealed,
        Ok(false) => Sealing::NotEnrolled,
        Err(error) => {
            // Shown where the app shows sync trouble, until a sync seals and sends the version.
            let noted = sync::note_sealing_deferred(store, &error).err();
            Sealing::Deferred(DeferredReason::new(error, noted))
        }
    };
    Ok(Finalized { version, sealing })
}

/// The result of finishing.
#[derive(Debug, Clone, PartialEq)]
pub struct Finished {
    pub case_id: CaseId,
    pub version: u32,
    /// Answers dropped because their questions no longer applied.
    pub dropped: usize,
    /// Whether the version was sealed for the NGO at once.
    pub sealing: Sealing,
}

/// Why finishing failed.
#[derive(Debug)]
pub enum FinishError {
    /// The answers are incomplete or invalid; nothing was finalized.
    Problems(Vec<Problem>),
    Store(Error),
}

impl From<Error> for FinishError {
    fn from(error: Error) -> Self {
        FinishError::Store(error)
    }
}

impl std::fmt::Display for FinishError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FinishError::Problems(problems) => f.write_str(&core_text(
                SOURCE_LANGUAGE,
                SOURCE_LANGUAGE,
                "detail-finish-problems",
                &[("count", Arg::Count(problems.len() as u64))],
            )),
            FinishError::Store(error) => error.fmt(f),
        }
    }
}

impl FormSession {
    /// Checks everything, drops answers to questions that no longer apply, finalizes the case
    /// version and seals it for the NGO ([`finalize_and_seal`]). Nothing is finalized if a
    /// problem remains; a sealing failure is in [`Finished::sealing`].
    pub fn finish(&mut self, store: &mut Store) -> std::result::Result<Finished, FinishError> {
        let problems = self.problems();
        if !problems.is_empty() {
            return Err(FinishError::Problems(problems));
        }
        if !self.state.gate_passed() {
            return Err(FinishError::Store(Error::InvalidState(
                "detail-safety-stop",
            )));
        }
        let dropped = self.state.prune();
        self.persist(store, None, None)?;
        let case_id = self
            .case_id
            .ok_or(Error::InvalidState("detail-case-not-stored"))?;
        let finalized = finalize_and_seal(store, case_id)?;
        self.position = None;
        Ok(Finished {
            case_id,
            version: finalized.version,
            dropped,
            sealing: finalized.sealing,
        })
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use serde_json::json;
    use wave_protocol::EnrollmentInvite;
    use wave_protocol::ed25519_dalek::SigningKey;

    use super::*;
    use crate::case::CaseStatus;
    use crate::crypto::SecretKey;
    use crate::form::Form;
    use crate::sync::Device;

    const SAMPLE: &str = include_str!("../../tests/forms/sample.json");

    fn enroll(store: &Store, recipient: String) {
        let invite = EnrollmentInvite {
            server: "http://127.0.0.1:9".into(),
            code: "code".into(),
            recipients: vec![recipient],
            pin_sha256: None,
            backup_pins_sha256: Vec::new(),
            signing_key: None,
        };
        let key = SigningKey::from_bytes(&[3u8; 32]);
        sync::set_device(
            store,
            &Device::new(&invite, wave_protocol::Uuid::new_v4(), "token".into(), &key),
        )
        .unwrap();
    }

    fn finished_session(store: &mut Store) -> std::result::Result<Finished, FinishError> {
        let form = Arc::new(Form::load(SAMPLE).unwrap());
        let answers = json!({
            "intro": true,
            "safe_now": true,
            "consent_store": true,
            "incident_date": {"value": "2025-03-01", "precision": "exact"},
            "violations": ["v_threat"],
        });
        let today = crate::form::expr::parse_iso_date("2025-03-14").unwrap();
        let mut session =
            FormSession::from_answers(form, answers.as_object().unwrap(), "en", today).unwrap();
        session.save_draft(store).unwrap();
        session.finish(store)
    }

    #[test]
    fn a_deferred_reason_is_english_as_text_and_in_the_readers_language_when_shown() {
        let reason = DeferredReason::new(
            Error::Corrupted("detail-key-file-altered"),
            Some(Error::Locked),
        );
        assert_eq!(
            reason.to_string(),
            "stored data is damaged or was altered: the key file was altered (and noting it in \
             the sync status failed: the vault was locked or wiped meanwhile)"
        );
        assert_eq!(&*reason, reason.message("en"));
        let russian = reason.message("ru");
        assert!(
            russian.contains("файл ключей был изменён")
                && russian.contains("не удалось")
                && russian.contains("хранилище было заблокировано"),
            "{russian}"
        );
        let alone = DeferredReason::new(Error::Corrupted("detail-key-file-altered"), None);
        assert_eq!(
            alone.message("en"),
            Error::Corrupted("detail-key-file-altered").to_string()
        );
        assert_ne!(alone, reason);
    }

    /// A damaged recipient key in the device row makes sealing fail: finishing still finalizes,
    /// says why sealing was deferred, and notes it in the sync status; once the key is
    /// repaired, what a sync does first (sealing every finalized version missing from the
    /// outbox) seals it.
    #[test]
    fn a_sealing_failure_reaches_the_caller_and_is_sealed_later() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::create(dir.path(), &SecretKey::generate()).unwrap();
        enroll(&store, "age1-not-a-recipient".into());

        let finished = finished_session(&mut store).unwrap();
        let Sealing::Deferred(reason) = &finished.sealing else {
            panic!("sealing should have failed: {finished:?}");
        };
        assert!(reason.contains("recipient"), "{reason}");
        assert_eq!(reason.message("en"), reason.to_string());
        assert_ne!(
            reason.message("ru"),
            reason.to_string(),
            "chosen when shown"
        );
        assert_eq!(finished.version, 1);
        assert_eq!(
            case::case_status(&store, finished.case_id).unwrap(),
            CaseStatus::Finalized
        );
        let status = sync::sync_status(&store).unwrap();
        assert_eq!(status.pending, 0);
        assert!(
            status
                .last_error
                .as_deref()
                .is_some_and(|error| error.contains(reason.as_str())),
            "{status:?}"
        );
        assert_eq!(status.last_attempt_at, None, "no sync was attempted");

        let recipient = age::x25519::Identity::generate().to_public().to_string();
        enroll(&store, recipient);
        assert_eq!(sync::enqueue_finalized(&mut store).unwrap(), 1);
        assert_eq!(sync::sync_status(&store).unwrap().pending, 1);
        assert_eq!(
            sync::enqueue_finalized(&mut store).unwrap(),
            0,
            "sealed once"
        );
    }

    #[test]
    fn finishing_seals_at_once_when_enrolled_and_waits_for_enrollment_otherwise() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::create(dir.path(), &SecretKey::generate()).unwrap();
        let finished = finished_session(&mut store).unwrap();
        assert_eq!(finished.sealing, Sealing::NotEnrolled);
        assert_eq!(sync::sync_status(&store).unwrap().last_error, None);

        enroll(
            &store,
            age::x25519::Identity::generate().to_public().to_string(),
        );
        assert_eq!(
            sync::enqueue_finalized(&mut store).unwrap(),
            1,
            "sealed at enrollment"
        );
        case::amend_case(&mut store, finished.case_id).unwrap();
        let again = finalize_and_seal(&mut store, finished.case_id).unwrap();
        assert_eq!(
            again,
            Finalized {
                version: 2,
                sealing: Sealing::Sealed
            }
        );
        assert_eq!(sync::sync_status(&store).unwrap().pending, 2);
    }
}
