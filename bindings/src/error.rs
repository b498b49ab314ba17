//! The one error every exported call returns. `wave_core::Error` is turned into it in exactly one
//! place ([`From<wave_core::Error>`]), so the shells match on a short, stable list of cases and
//! show the message as it is: readable, and never carrying a passphrase, a key or case content.

use std::any::Any;
use std::sync::RwLock;

/// The language the messages of errors are given in: the app's, told by the shell.
static MESSAGE_LANGUAGE: RwLock<String> = RwLock::new(String::new());

/// Sets the language of the messages errors carry from now on (a language the core's catalog
/// lacks gives English): the shell calls it at start and whenever the person changes language,
/// so what a call refuses is said in her language, not in English.
#[uniffi::export]
pub fn set_message_language(language: String) {
    let mut current = MESSAGE_LANGUAGE
        .write()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    *current = language;
}

fn message_language() -> String {
    let current = MESSAGE_LANGUAGE
        .read()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if current.is_empty() {
        wave_core::l10n::SOURCE_LANGUAGE.to_owned()
    } else {
        current.clone()
    }
}

/// Why a call failed. Each case's message is meant for the person holding the phone.
#[derive(Debug, thiserror::Error, uniffi::Error)]
pub enum WaveError {
    /// The passphrase matched nothing. Deliberately says no more (not even how many tries are
    /// left: that is [`crate::WaveVault::failed_attempts`], asked for separately).
    #[error("wrong passphrase")]
    WrongPassphrase,
    /// The call needs an unlocked vault and the vault is locked.
    #[error("the vault is locked")]
    VaultLocked,
    /// A new, changed or duress passphrase is too weak; `passphrase_strength` gives the same
    /// verdict, with a hint in the person's language, before the call is made.
    #[error("{message}")]
    WeakPassphrase { message: String },
    /// No vault exists in the folder.
    #[error("there is no vault here")]
    NoVault,
    /// A vault already exists in the folder; creating another would destroy it.
    #[error("a vault already exists here")]
    VaultExists,
    /// The answers are incomplete or do not fit the form.
    #[error("{message}")]
    ValidationFailed { message: String },
    /// The server could not be reached; nothing was lost, sync again later.
    #[error("the server could not be reached: {message}")]
    NetworkUnavailable { message: String },
    /// The server refused the request; retrying the same request will not help.
    #[error("the server refused: {message}")]
    ServerRejected { message: String },
    /// The server's TLS key matches none of the keys pinned at enrollment: the connection may
    /// be intercepted, or the NGO moved its server to a key it had not pinned. Nothing was
    /// sent; syncing again will not help until the network or the enrollment changes, so the
    /// app should say so rather than retry.
    #[error("{message}")]
    ServerKeyMismatch { message: String },
    /// Stored data is damaged or was altered.
    #[error("stored data is damaged or was altered: {message}")]
    StorageCorrupted { message: String },
    /// Reading or writing a file or the database failed (disk full, permissions, a missing file).
    #[error("storage error: {message}")]
    StorageFailed { message: String },
    /// The platform keystore did not give the device secret (e.g. its entry was removed).
    #[error("the device keystore is not available: {message}")]
    KeystoreUnavailable { message: String },
    /// A case, attachment or section that does not exist.
    #[error("{message}")]
    NotFound { message: String },
    /// The call does not fit the current state (e.g. enrolling twice, finishing a stopped record).
    #[error("{message}")]
    InvalidState { message: String },
    /// An argument was malformed (an id, a JSON answer, an enrollment string).
    #[error("invalid input: {message}")]
    InvalidInput { message: String },
    /// A bug: the core panicked or a platform callback failed unexpectedly. The vault is left as
    /// the last completed write left it.
    #[error("internal error: {message}")]
    Internal { message: String },
}

impl From<wave_core::Error> for WaveError {
    fn from(error: wave_core::Error) -> Self {
        use wave_core::Error as Core;
        // The core's own messages are already written to be shown; reuse them rather than
        // inventing a second wording that could drift. In the app's language.
        let lang = message_language();
        let detail = |id_or_text: &str| wave_core::error::detail_text(&lang, id_or_text);
        let message = error.message(&lang);
        match error {
            Core::WrongPassphrase => WaveError::WrongPassphrase,
            Core::Locked => WaveError::VaultLocked,
            Core::WeakPassphrase(strength) => WaveError::WeakPassphrase {
                message: strength.refusal(&lang),
            },
            Core::NoVault(_) => WaveError::NoVault,
            Core::VaultExists(_) => WaveError::VaultExists,
            Core::Corrupted(what) => WaveError::StorageCorrupted {
                message: detail(what),
            },
            Core::PlatformSecret(reason) => WaveError::KeystoreUnavailable {
                message: detail(&reason),
            },
            Core::NotFound { .. } => WaveError::NotFound { message },
            Core::InvalidState(what) => WaveError::InvalidState {
                message: detail(what),
            },
            Core::InvalidInput(what) => WaveError::InvalidInput {
                message: what.text(&lang),
            },
            Core::Network(reason) => WaveError::NetworkUnavailable {
                message: detail(&reason),
            },
            Core::PinMismatch => WaveError::ServerKeyMismatch { message },
            Core::Server { message, code } => WaveError::ServerRejected {
                message: format!("{} ({code})", detail(&message)),
            },
            Core::Io(_) | Core::Database(_) => WaveError::StorageFailed { message },
        }
    }
}

/// A foreign callback (keystore, sync observer) threw something it did not declare.
impl From<uniffi::UnexpectedUniFFICallbackError> for WaveError {
    fn from(error: uniffi::UnexpectedUniFFICallbackError) -> Self {
        WaveError::Internal {
            message: format!("a platform callback failed: {}", error.reason),
        }
    }
}

impl WaveError {
    /// A panic's payload as an error. Panic messages come from the code's own assertions, not from
    /// what a person typed, so they are safe to pass on.
    pub(crate) fn from_panic(payload: Box<dyn Any + Send>) -> WaveError {
        let reason = payload
            .downcast_ref::<&str>()
            .map(|text| (*text).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_owned());
        WaveError::Internal {
            message: format!("the core failed unexpectedly ({reason})"),
        }
    }

    pub(crate) fn invalid_input(message: impl Into<String>) -> WaveError {
        WaveError::InvalidInput {
            message: message.into(),
        }
    }
}

pub type WaveResult<T> = Result<T, WaveError>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pin_mismatch_is_its_own_case_and_says_so() {
        let error = WaveError::from(wave_core::Error::PinMismatch);
        assert!(
            matches!(error, WaveError::ServerKeyMismatch { .. }),
            "{error}"
        );
        assert!(
            error
                .to_string()
                .starts_with("the server's key does not match the pinned key"),
            "{error}"
        );
    }

    #[test]
    fn the_cores_message_ids_reach_the_shells_as_english_words() {
        let cases = [
            (
                wave_core::Error::Corrupted("detail-key-file-altered"),
                "the key file was altered",
            ),
            (
                wave_core::Error::InvalidState("detail-case-already-finalized"),
                "the case is already finalized",
            ),
            (
                wave_core::Error::InvalidInput(wave_core::error::Detail::new(
                    "detail-passphrase-empty",
                )),
                "the passphrase is empty",
            ),
            (
                wave_core::Error::NotFound {
                    kind: "detail-kind-case",
                    id: "7".into(),
                },
                "case 7 not found",
            ),
            (
                wave_core::Error::PlatformSecret("detail-no-keystore".into()),
                "this vault is bound to a device keystore; none was given",
            ),
            (
                wave_core::Error::Network("detail-server-timeout".into()),
                "the server did not answer in time",
            ),
        ];
        for (core, english) in cases {
            let error = WaveError::from(core);
            let shown = error.to_string();
            assert!(shown.contains(english), "{shown}");
            assert!(!shown.contains("detail-"), "{shown}");
        }
    }
}
