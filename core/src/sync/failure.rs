//! Why a sync stopped, why a recipient set was refused and why the server did not take a case,
//! kept as kinds with their arguments (never as sentences) in the sync status, the report and
//! the outbox, and put into words only when shown, in the reader's language, from the core's
//! catalog (`core/locales/LANG/sync.ftl`). What came from elsewhere (a server's own code and
//! message, the operating system's reason) stays quoted as it came.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Words};
use crate::l10n::{Arg, SOURCE_LANGUAGE, core_text};

/// Why a sync run did not get through everything it could, or why the NGO's recipient set was
/// not taken.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SyncFailure {
    /// The network or the server kept failing after every retry; the next sync continues.
    Network { problem: NetworkProblem },
    /// The server refused, in its own words.
    Refused { code: String, message: String },
    /// A request was over the server's limit.
    TooLarge { limit: Option<u64> },
    /// The server's key matched no pin.
    PinMismatch,
    /// Attachments the server lost after this device removed its sealed copies.
    AttachmentsUnsendable { count: u64 },
    /// The NGO's recipient set could not be fetched; nothing was sent unchecked.
    RecipientSetUnchecked { cause: Box<SyncFailure> },
    /// The NGO's recipient set was offered and refused.
    RecipientSetRefused { reason: SetRefusal },
    /// A finalized version could not be sealed; the next sync seals it.
    SealingDeferred { error: Words },
    /// A sentence an older version of the app stored, shown quoted.
    Earlier { text: String },
}

/// Why a request kept failing in a way worth retrying later.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum NetworkProblem {
    Timeout,
    NoConnection,
    AnswerBroken,
    RequestFailed,
    AnswerTooLarge,
    AnswerUnreadable,
    NoUploadOffset,
    /// A 5xx, 429 or 408, with the server's message (or its HTTP status) quoted.
    Busy {
        message: String,
    },
    /// The server answered for other items than the batch sent: never applied.
    AnswerMismatch,
    UploadStalled,
    UploadIncomplete,
    UploadImpossibleOffset,
}

/// Why the recipient set a server offered was refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SetRefusal {
    /// Not decodable; the decoder's reason quoted.
    Malformed { detail: String },
    /// The signature or the document did not pass the check; the check's reason quoted.
    NotVerified { detail: String },
    /// Older than the set in use: a replayed set.
    Replayed { offered: u64, current: u64 },
    /// The version in use, with other contents.
    ChangedContents { version: u64 },
    /// A recipient age cannot use.
    UnusableRecipient { error: Words },
}

/// Why the server did not take a case version, kept in the outbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Rejection {
    /// Alone over the server's limit.
    TooLarge { limit: Option<u64> },
    /// Refused by the server, in its own words.
    Server { code: String, message: String },
    /// Refused by the server without a reason.
    Unexplained,
    /// A sentence an older version of the app stored, shown as it is.
    Earlier { text: String },
}

fn say(lang: &str, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    core_text(lang, SOURCE_LANGUAGE, id, args)
}

impl SyncFailure {
    /// The words in `lang` (English when the catalog has no such language).
    pub fn message(&self, lang: &str) -> String {
        match self {
            SyncFailure::Network { problem } => say(
                lang,
                "error-network",
                &[("detail", Arg::Text(&problem.message(lang)))],
            ),
            SyncFailure::Refused { code, message } => say(
                lang,
                "error-server",
                &[("message", Arg::Text(message)), ("code", Arg::Text(code))],
            ),
            SyncFailure::TooLarge { limit: Some(limit) } => say_limit(
                lang,
                "sync-too-large-limit",
                "sync-too-large-limit-mib",
                *limit,
            ),
            SyncFailure::TooLarge { limit: None } => say(lang, "sync-too-large", &[]),
            SyncFailure::PinMismatch => Error::PinMismatch.message(lang),
            SyncFailure::AttachmentsUnsendable { count } => say(
                lang,
                "sync-attachments-unsendable",
                &[("count", Arg::Count(*count))],
            ),
            SyncFailure::RecipientSetUnchecked { cause } => say(
                lang,
                "sync-set-unchecked",
                &[("problem", Arg::Text(&cause.message(lang)))],
            ),
            SyncFailure::RecipientSetRefused { reason } => say(
                lang,
                "sync-set-refused",
                &[("reason", Arg::Text(&reason.message(lang)))],
            ),
            SyncFailure::SealingDeferred { error } => say(
                lang,
                "sync-sealing-deferred",
                &[("reason", Arg::Text(&error.text(lang)))],
            ),
            SyncFailure::Earlier { text } => {
                say(lang, "sync-earlier", &[("text", Arg::Text(text))])
            }
        }
    }

    /// A stable code for machine-readable output and the shells: the kind, never words.
    pub fn code(&self) -> &'static str {
        match self {
            SyncFailure::Network { .. } => "network",
            SyncFailure::Refused { .. } => "refused",
            SyncFailure::TooLarge { .. } => "too_large",
            SyncFailure::PinMismatch => "pin_mismatch",
            SyncFailure::AttachmentsUnsendable { .. } => "attachments_unsendable",
            SyncFailure::RecipientSetUnchecked { .. } => "recipient_set_unchecked",
            SyncFailure::RecipientSetRefused { .. } => "recipient_set_refused",
            SyncFailure::SealingDeferred { .. } => "sealing_deferred",
            SyncFailure::Earlier { .. } => "earlier",
        }
    }
}

impl fmt::Display for SyncFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(SOURCE_LANGUAGE))
    }
}

impl NetworkProblem {
    /// The words in `lang`.
    pub fn message(&self, lang: &str) -> String {
        let id = match self {
            NetworkProblem::Timeout => "sync-timeout",
            NetworkProblem::NoConnection => "sync-no-connection",
            NetworkProblem::AnswerBroken => "sync-answer-broken",
            NetworkProblem::RequestFailed => "sync-request-failed",
            NetworkProblem::AnswerTooLarge => "sync-answer-too-large",
            NetworkProblem::AnswerUnreadable => "sync-answer-unreadable",
            NetworkProblem::NoUploadOffset => "sync-no-upload-offset",
            NetworkProblem::Busy { message } => {
                return say(lang, "sync-server-busy", &[("message", Arg::Text(message))]);
            }
            NetworkProblem::AnswerMismatch => "sync-answer-mismatch",
            NetworkProblem::UploadStalled => "sync-upload-stalled",
            NetworkProblem::UploadIncomplete => "sync-upload-incomplete",
            NetworkProblem::UploadImpossibleOffset => "sync-upload-impossible-offset",
        };
        say(lang, id, &[])
    }
}

impl fmt::Display for NetworkProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(SOURCE_LANGUAGE))
    }
}

impl SetRefusal {
    /// The words in `lang`.
    pub fn message(&self, lang: &str) -> String {
        match self {
            SetRefusal::Malformed { detail } => {
                say(lang, "sync-set-malformed", &[("detail", Arg::Text(detail))])
            }
            SetRefusal::NotVerified { detail } => say(
                lang,
                "sync-set-not-verified",
                &[("detail", Arg::Text(detail))],
            ),
            SetRefusal::Replayed { offered, current } => say(
                lang,
                "sync-set-replayed",
                &[
                    ("offered", Arg::Count(*offered)),
                    ("current", Arg::Count(*current)),
                ],
            ),
            SetRefusal::ChangedContents { version } => say(
                lang,
                "sync-set-changed",
                &[("version", Arg::Count(*version))],
            ),
            SetRefusal::UnusableRecipient { error } => say(
                lang,
                "sync-set-unusable-recipient",
                &[("detail", Arg::Text(&error.text(lang)))],
            ),
        }
    }
}

/// A server's size limit: in whole MiB (`in_mib`) when it is a whole number of them, as servers
/// set their limits and as a person reads them, else in bytes (`in_bytes`).
fn say_limit(lang: &str, in_bytes: &str, in_mib: &str, limit: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if limit >= MIB && limit.is_multiple_of(MIB) {
        say(lang, in_mib, &[("mib", Arg::Count(limit / MIB))])
    } else {
        say(lang, in_bytes, &[("limit", Arg::Count(limit))])
    }
}

impl Rejection {
    /// The words in `lang`.
    pub fn message(&self, lang: &str) -> String {
        match self {
            Rejection::TooLarge { limit: Some(limit) } => say_limit(
                lang,
                "sync-case-too-large-limit",
                "sync-case-too-large-limit-mib",
                *limit,
            ),
            Rejection::TooLarge { limit: None } => say(lang, "sync-case-too-large", &[]),
            Rejection::Server { code, message } => say(
                lang,
                "sync-case-refused",
                &[("message", Arg::Text(message)), ("code", Arg::Text(code))],
            ),
            Rejection::Unexplained => say(lang, "sync-case-unexplained", &[]),
            Rejection::Earlier { text } => text.clone(),
        }
    }

    /// A stable code for machine-readable output: the kind, or the server's own code.
    pub fn code(&self) -> &str {
        match self {
            Rejection::TooLarge { .. } => "too_large",
            Rejection::Server { code, .. } => code,
            Rejection::Unexplained => "unexplained",
            Rejection::Earlier { .. } => "earlier",
        }
    }
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(SOURCE_LANGUAGE))
    }
}

/// A rejection as the outbox holds it: a kind, or the sentence an older version stored.
#[derive(Deserialize)]
#[serde(untagged)]
pub(crate) enum StoredRejection {
    Kind(Rejection),
    Sentence(String),
}

impl From<StoredRejection> for Rejection {
    fn from(stored: StoredRejection) -> Self {
        match stored {
            StoredRejection::Kind(rejection) => rejection,
            StoredRejection::Sentence(text) => Rejection::Earlier { text },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Detail;
    use crate::l10n::CORE;

    #[test]
    fn a_core_error_kept_in_its_stored_form_reads_as_the_error_itself_in_every_language() {
        let errors = [
            Error::WrongPassphrase,
            Error::WeakPassphrase(crate::verdict::Strength {
                score: 0,
                guesses_log10: 2.0,
                acceptable: false,
                as_pin: false,
                hint: crate::verdict::Hint::PinTooShort,
            }),
            Error::NoVault("/v".into()),
            Error::Corrupted("detail-kind-case"),
            Error::Corrupted("not an id"),
            Error::PlatformSecret("detail-kind-attachment".into()),
            Error::NotFound {
                kind: "detail-kind-case-version",
                id: "7".into(),
            },
            Error::InvalidState("detail-kind-case"),
            Error::Locked,
            Error::InvalidInput(Detail::new("detail-not-json").with("reason", "eof")),
            Error::InvalidInput(Detail::quoted("as it came")),
            Error::Network("timed out".into()),
            Error::PinMismatch,
            Error::Server {
                code: "too_large".into(),
                message: "too big".into(),
            },
            Error::Io(std::io::Error::other("disk")),
        ];
        for error in &errors {
            let json = serde_json::to_string(&error.words()).unwrap();
            let kept: Words = serde_json::from_str(&json).unwrap();
            for lang in CORE.languages() {
                assert_eq!(kept.text(lang), error.message(lang), "{error:?} in {lang}");
            }
        }
    }

    fn every_failure() -> Vec<SyncFailure> {
        let problems = [
            NetworkProblem::Timeout,
            NetworkProblem::NoConnection,
            NetworkProblem::AnswerBroken,
            NetworkProblem::RequestFailed,
            NetworkProblem::AnswerTooLarge,
            NetworkProblem::AnswerUnreadable,
            NetworkProblem::NoUploadOffset,
            NetworkProblem::Busy {
                message: "HTTP 503".into(),
            },
            NetworkProblem::AnswerMismatch,
            NetworkProblem::UploadStalled,
            NetworkProblem::UploadIncomplete,
            NetworkProblem::UploadImpossibleOffset,
        ];
        let refusals = [
            SetRefusal::Malformed {
                detail: "bad base64".into(),
            },
            SetRefusal::NotVerified {
                detail: "signed by another key".into(),
            },
            SetRefusal::Replayed {
                offered: 1,
                current: 2,
            },
            SetRefusal::ChangedContents { version: 2 },
            SetRefusal::UnusableRecipient {
                error: (&Error::InvalidInput(
                    Detail::new("sync-detail-not-a-recipient").with("recipient", "\"x\""),
                ))
                    .into(),
            },
        ];
        let mut failures: Vec<SyncFailure> = problems
            .into_iter()
            .map(|problem| SyncFailure::Network { problem })
            .collect();
        failures.extend(
            refusals
                .into_iter()
                .map(|reason| SyncFailure::RecipientSetRefused { reason }),
        );
        failures.extend([
            SyncFailure::Refused {
                code: "revoked".into(),
                message: "device revoked".into(),
            },
            SyncFailure::TooLarge { limit: Some(4096) },
            SyncFailure::TooLarge {
                limit: Some(32 << 20),
            },
            SyncFailure::TooLarge { limit: None },
            SyncFailure::PinMismatch,
            SyncFailure::AttachmentsUnsendable { count: 2 },
            SyncFailure::RecipientSetUnchecked {
                cause: Box::new(SyncFailure::Network {
                    problem: NetworkProblem::Timeout,
                }),
            },
            SyncFailure::SealingDeferred {
                error: (&Error::Corrupted("sync-detail-sealed-file")).into(),
            },
            SyncFailure::Earlier {
                text: "the server could not be reached".into(),
            },
        ]);
        failures
    }

    fn every_rejection() -> Vec<Rejection> {
        vec![
            Rejection::TooLarge { limit: Some(4096) },
            Rejection::TooLarge {
                limit: Some(64 << 20),
            },
            Rejection::TooLarge { limit: None },
            Rejection::Server {
                code: "bad_signature".into(),
                message: "signature does not verify".into(),
            },
            Rejection::Unexplained,
        ]
    }

    /// Words that are neither an id left unresolved nor a variable left unfilled.
    fn assert_said(lang: &str, what: &str, words: &str) {
        assert!(!words.is_empty(), "{lang}: {what} is blank");
        assert!(!words.contains("sync-"), "{lang}: {what}: {words}");
        assert!(
            !words.contains('{') && !words.contains('$'),
            "{lang}: {words}"
        );
    }

    #[test]
    fn every_kind_has_its_words_in_every_language() {
        let english: Vec<String> = every_failure().iter().map(|f| f.message("en")).collect();
        for lang in CORE.languages() {
            for (failure, english) in every_failure().iter().zip(&english) {
                let words = failure.message(lang);
                assert_said(lang, failure.code(), &words);
                if lang != "en" && !matches!(failure, SyncFailure::Refused { .. }) {
                    assert_ne!(&words, english, "{lang}: {failure:?} is not translated");
                }
            }
            for rejection in every_rejection() {
                let words = rejection.message(lang);
                assert_said(lang, rejection.code(), &words);
                if lang != "en" {
                    assert_ne!(words, rejection.message("en"), "{lang}: {rejection:?}");
                }
            }
        }
    }

    #[test]
    fn arguments_and_the_servers_own_words_are_kept() {
        let too_large = SyncFailure::TooLarge { limit: Some(4096) };
        assert!(too_large.message("ru").contains("4096"));
        // A limit of whole MiB is said in them; any other stays exact, in bytes.
        for (limit, said, not_said) in [
            (64 << 20, "64 МиБ", "67108864"),
            ((64 << 20) + 1, "67108865", "МиБ"),
            (1 << 19, "524288", "МиБ"),
        ] {
            for words in [
                SyncFailure::TooLarge { limit: Some(limit) }.message("ru"),
                Rejection::TooLarge { limit: Some(limit) }.message("ru"),
            ] {
                assert!(words.contains(said) && !words.contains(not_said), "{words}");
            }
        }
        let refused = Rejection::Server {
            code: "bad_signature".into(),
            message: "signature does not verify".into(),
        };
        for lang in ["en", "ru", "ka"] {
            let words = refused.message(lang);
            assert!(words.contains("signature does not verify") && words.contains("bad_signature"));
        }
        let replayed = SetRefusal::Replayed {
            offered: 3,
            current: 7,
        };
        assert!(replayed.message("kk").contains('3') && replayed.message("kk").contains('7'));
        // A core error kept for later is shown in the reader's language, its detail too.
        let deferred = SyncFailure::SealingDeferred {
            error: (&Error::Corrupted("sync-detail-sealed-file")).into(),
        };
        assert_eq!(
            deferred.to_string(),
            "a finalized case is not sealed for the NGO yet; the next sync seals it: stored data \
             is damaged or was altered: a sealed file is not a valid age file"
        );
        assert!(deferred.message("uk").contains("зашифрований файл"));
    }

    #[test]
    fn kept_core_errors_stored_by_earlier_builds_load_and_read_the_same() {
        let stored = r#"{"kind":"recipient_set_refused","reason":{"kind":"unusable_recipient",
            "error":{"id":"error-invalid-input","args":[["detail",{"kind":"words","value":
            {"id":"detail-pin-needs-wipe","args":[["tries",{"kind":"count","value":10}]]}}]]}}}"#;
        let failure: SyncFailure = serde_json::from_str(stored).unwrap();
        assert_eq!(
            failure.to_string(),
            "the NGO's new recipient set was refused: a recipient cannot be used (invalid input: \
             the vault passphrase is a short PIN, which needs a wipe after at most 10 wrong \
             tries; change it to a passphrase first)"
        );
        let stored = r#"{"kind":"sealing_deferred","error":{"id":"error-server","args":[
            ["message",{"kind":"detail","value":"too big"}],
            ["code",{"kind":"quoted","value":"too_large"}]]}}"#;
        let failure: SyncFailure = serde_json::from_str(stored).unwrap();
        assert!(
            failure.message("ru").ends_with("too big (too_large)"),
            "{failure}"
        );
        // Arguments were optional.
        let stored = r#"{"kind":"sealing_deferred","error":{"id":"error-locked"}}"#;
        let failure: SyncFailure = serde_json::from_str(stored).unwrap();
        assert!(
            failure
                .to_string()
                .ends_with("the vault was locked or wiped meanwhile")
        );
    }

    #[test]
    fn kinds_round_trip_through_their_stored_form() {
        for failure in every_failure() {
            let json = serde_json::to_string(&failure).unwrap();
            assert_eq!(serde_json::from_str::<SyncFailure>(&json).unwrap(), failure);
        }
        for rejection in every_rejection() {
            let json = serde_json::to_vec(&rejection).unwrap();
            let stored: StoredRejection = serde_json::from_slice(&json).unwrap();
            assert_eq!(Rejection::from(stored), rejection);
        }
        // An outbox row written before kinds holds the English sentence as a JSON string.
        let stored: StoredRejection =
            serde_json::from_str("\"too large for the server (limit 10 bytes)\"").unwrap();
        let earlier = Rejection::from(stored);
        assert_eq!(
            earlier.message("ru"),
            "too large for the server (limit 10 bytes)"
        );
        assert_eq!(earlier.code(), "earlier");
    }
}
