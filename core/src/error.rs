//! The core's one error type. Messages are written for the person holding the phone: readable,
//! and never carrying a secret, a passphrase or anything a person typed into a case. On the
//! ground floor: it imports no other module of the crate but the passphrase verdict it carries.

use std::fmt;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::l10n::{Arg, SOURCE_LANGUAGE, core_text};
use crate::verdict::messages as verdict_messages;

/// The catalog's message id for a pin mismatch, as a network failure's reason names it.
pub(crate) const PIN_MISMATCH_DETAIL: &str = "detail-pin-mismatch";

/// What a pin mismatch is called in English wherever an error's own display names it (the
/// HTTP layer's verifier, sync's transport error): the words live in the catalog, so this is a
/// value that writes them rather than a string constant.
pub(crate) const PIN_MISMATCH: PinMismatchWords = PinMismatchWords;

/// See [`PIN_MISMATCH`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct PinMismatchWords;

impl fmt::Display for PinMismatchWords {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&detail_text(SOURCE_LANGUAGE, PIN_MISMATCH_DETAIL))
    }
}

/// Every failure the core reports.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The passphrase matched no key slot. Deliberately says nothing more.
    #[error("wrong passphrase")]
    WrongPassphrase,

    /// A new, changed or duress passphrase that the strength rule refuses; carries the estimate
    /// (never the passphrase) so the message can be given in the person's language.
    #[error("{}", .0.refusal("en"))]
    WeakPassphrase(crate::verdict::Strength),

    #[error("no vault at {0}")]
    NoVault(PathBuf),

    #[error("a vault already exists at {0}")]
    VaultExists(PathBuf),

    /// A key file, row or attachment failed authentication or has an impossible shape: it was
    /// damaged or altered. Never returned for a wrong passphrase.
    ///
    /// The detail is a message id of the core's catalog (`detail-…`), shown in the reader's
    /// language; text that is not an id is quoted as it is.
    #[error("stored data is damaged or was altered: {}", detail_text(SOURCE_LANGUAGE, .0))]
    Corrupted(&'static str),

    /// The platform's own reason, quoted as it came, or a message id of the core's catalog
    /// when the core itself tells why.
    #[error(
        "the vault's platform secret is not available: {}",
        detail_text(SOURCE_LANGUAGE, .0)
    )]
    PlatformSecret(String),

    /// `kind` is a message id of the core's catalog (`detail-kind-…`) naming what was looked
    /// for; text that is not an id is quoted as it is.
    #[error("{} {id} not found", detail_text(SOURCE_LANGUAGE, .kind))]
    NotFound { kind: &'static str, id: String },

    /// A call made when it cannot be (a finalized case edited, a sync already running): the
    /// detail is a message id of the core's catalog, like [`Error::Corrupted`]'s.
    #[error("{}", detail_text(SOURCE_LANGUAGE, .0))]
    InvalidState(&'static str),

    /// The vault was locked or wiped while the call was under way; it stopped there, and whatever
    /// it had recorded stays. Sync again after unlocking.
    #[error("the vault was locked or wiped meanwhile")]
    Locked,

    #[error("invalid input: {0}")]
    InvalidInput(Detail),

    /// The server could not be reached, or kept failing, after every retry. The reason is a
    /// message id of the core's catalog (the HTTP layer's, [`crate::http::connection_problem_id`])
    /// or text from elsewhere, quoted as it is.
    #[error("the server could not be reached: {}", detail_text(SOURCE_LANGUAGE, .0))]
    Network(String),

    /// The server's TLS key matched none of the pinned keys: the connection may be
    /// intercepted, or the server moved to a key that was not pinned. Not a network fault:
    /// trying again will not help, and nothing was sent.
    #[error("{}", detail_text(SOURCE_LANGUAGE, "error-pin-mismatch"))]
    PinMismatch,

    /// The server refused the request; retrying the same request will not help.
    ///
    /// `message` is the server's own words, quoted; when the refusal is judged here rather than
    /// said by the server (an answer too large or unreadable), it is a message id of the core's
    /// catalog, shown in the reader's language.
    #[error(
        "the server refused: {} ({code})",
        detail_text(SOURCE_LANGUAGE, message)
    )]
    Server { code: String, message: String },

    #[error("file error: {0}")]
    Io(#[from] std::io::Error),

    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
}

/// A fixed detail in `lang`: the catalog's message when `id_or_text` is a message id of the
/// core's catalog, else the text as it is (what came from elsewhere).
pub fn detail_text(lang: &str, id_or_text: &str) -> String {
    core_text(lang, SOURCE_LANGUAGE, id_or_text, &[])
}

/// What an [`Error::InvalidInput`] says: words chosen when shown, in the reader's language — a
/// message id of the core's catalog (`core/locales`) with its arguments — or text that came from
/// elsewhere (a parser's or the system's reason, or words already chosen in the person's
/// language), quoted as it came.
#[derive(Debug, Clone, PartialEq)]
pub enum Detail {
    Message {
        id: &'static str,
        args: Vec<(&'static str, DetailArg)>,
    },
    Quoted(String),
}

/// A value for a [`Detail`]'s message variable.
#[derive(Debug, Clone, PartialEq)]
pub enum DetailArg {
    Text(String),
    /// A count: it selects the plural form.
    Count(u64),
    /// Words of their own, chosen in the same language as the message around them.
    Detail(Box<Detail>),
}

impl Detail {
    /// The core catalog's message `id`, without arguments so far.
    pub fn new(id: &'static str) -> Detail {
        Detail::Message {
            id,
            args: Vec::new(),
        }
    }

    /// Text that came from elsewhere, quoted as it is.
    pub fn quoted(text: impl Into<String>) -> Detail {
        Detail::Quoted(text.into())
    }

    /// The message with variable `name` set to `value` (shown as text).
    pub fn with(self, name: &'static str, value: impl fmt::Display) -> Detail {
        self.with_arg(name, DetailArg::Text(value.to_string()))
    }

    /// The message with variable `name` set to a count, which selects the plural form.
    pub fn with_count(self, name: &'static str, count: u64) -> Detail {
        self.with_arg(name, DetailArg::Count(count))
    }

    /// The message with variable `name` set to another detail, shown in the same language.
    pub fn with_detail(self, name: &'static str, value: Detail) -> Detail {
        self.with_arg(name, DetailArg::Detail(Box::new(value)))
    }

    fn with_arg(self, name: &'static str, value: DetailArg) -> Detail {
        match self {
            Detail::Message { id, mut args } => {
                args.push((name, value));
                Detail::Message { id, args }
            }
            quoted @ Detail::Quoted(_) => quoted,
        }
    }

    /// The message id, when the detail is one of the catalog's messages.
    pub fn id(&self) -> Option<&'static str> {
        match self {
            Detail::Message { id, .. } => Some(id),
            Detail::Quoted(_) => None,
        }
    }

    /// The words in `lang` (English when the catalog has no such language).
    pub fn text(&self, lang: &str) -> String {
        Word::from(self).text(lang)
    }
}

impl fmt::Display for Detail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(SOURCE_LANGUAGE))
    }
}

impl From<String> for Detail {
    fn from(text: String) -> Detail {
        Detail::Quoted(text)
    }
}

impl From<&str> for Detail {
    fn from(text: &str) -> Detail {
        Detail::Quoted(text.to_owned())
    }
}

/// Which message of the core's catalog says something, and with which arguments: chosen once,
/// put into words when shown, in the reader's language. [`Error::words`] says it for every error,
/// and the sync status keeps it as it is (its serialized form is stored: change it only with a
/// way to read what was stored before).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Words {
    pub id: String,
    #[serde(default)]
    pub args: Vec<(String, Word)>,
}

/// A value of a [`Words`] argument.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Word {
    /// Text from elsewhere, quoted as it came.
    Quoted(String),
    /// A fixed detail: a message id of the core's catalog, or text quoted as it is.
    Detail(String),
    Count(u64),
    Words(Words),
}

impl Words {
    fn new(id: &str, args: Vec<(&str, Word)>) -> Words {
        Words {
            id: id.to_owned(),
            args: args
                .into_iter()
                .map(|(name, word)| (name.to_owned(), word))
                .collect(),
        }
    }

    /// The words in `lang` (English when the catalog has no such language).
    pub fn text(&self, lang: &str) -> String {
        // Arguments are put into words first, so the message can borrow them.
        let resolved: Vec<Option<String>> = self
            .args
            .iter()
            .map(|(_, word)| match word {
                Word::Count(_) => None,
                word => Some(word.text(lang)),
            })
            .collect();
        let args: Vec<(&str, Arg<'_>)> = self
            .args
            .iter()
            .zip(&resolved)
            .map(|((name, word), text)| {
                let arg = match (word, text) {
                    (Word::Count(count), _) => Arg::Count(*count),
                    (_, text) => Arg::Text(text.as_deref().unwrap_or_default()),
                };
                (name.as_str(), arg)
            })
            .collect();
        core_text(lang, SOURCE_LANGUAGE, &self.id, &args)
    }
}

impl Word {
    /// The words in `lang`; a count as its digits.
    fn text(&self, lang: &str) -> String {
        match self {
            Word::Quoted(text) => text.clone(),
            Word::Detail(id_or_text) => detail_text(lang, id_or_text),
            Word::Count(count) => count.to_string(),
            Word::Words(words) => words.text(lang),
        }
    }
}

impl From<&Detail> for Word {
    fn from(detail: &Detail) -> Word {
        match detail {
            Detail::Message { id, args } => Word::Words(Words::new(
                id,
                args.iter()
                    .map(|(name, value)| {
                        let word = match value {
                            DetailArg::Text(text) => Word::Quoted(text.clone()),
                            DetailArg::Count(count) => Word::Count(*count),
                            DetailArg::Detail(inner) => Word::from(&**inner),
                        };
                        (*name, word)
                    })
                    .collect(),
            )),
            Detail::Quoted(text) => Word::Quoted(text.clone()),
        }
    }
}

impl From<&Error> for Words {
    fn from(error: &Error) -> Words {
        error.words()
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// The message in `lang` (the core's catalog, `core/locales`; English for a language it has
    /// no words in). What the error carries from elsewhere (the operating system's reason, a
    /// server's words, the detail of damage or of an impossible state, which is for a bug report)
    /// is quoted as it came.
    pub fn message(&self, lang: &str) -> String {
        self.words().text(lang)
    }

    /// Which message of the core's catalog says this error, and its arguments: the one place
    /// that chooses them, for [`Error::message`] now and for words kept to be shown later.
    pub fn words(&self) -> Words {
        let quoted = |name, text: String| vec![(name, Word::Quoted(text))];
        let path = |path: &PathBuf| quoted("path", path.display().to_string());
        let detail = |text: &str| vec![("detail", Word::Detail(text.to_owned()))];
        match self {
            Error::WrongPassphrase => Words::new("error-wrong-passphrase", vec![]),
            Error::WeakPassphrase(strength) => {
                let (hint, count) = verdict_messages::hint_id(strength.hint);
                let count = count.map(|(name, count)| (name, Word::Count(count)));
                let reason = Words::new(hint, count.into_iter().collect());
                Words::new(
                    verdict_messages::REFUSAL,
                    vec![("reason", Word::Words(reason))],
                )
            }
            Error::NoVault(at) => Words::new("error-no-vault", path(at)),
            Error::VaultExists(at) => Words::new("error-vault-exists", path(at)),
            Error::Corrupted(text) => Words::new("error-corrupted", detail(text)),
            Error::PlatformSecret(text) => Words::new("error-platform-secret", detail(text)),
            Error::NotFound { kind, id } => Words::new(
                "error-not-found",
                vec![
                    ("kind", Word::Detail((*kind).to_owned())),
                    ("id", Word::Quoted(id.clone())),
                ],
            ),
            Error::InvalidState(text) => Words::new("error-invalid-state", detail(text)),
            Error::Locked => Words::new("error-locked", vec![]),
            Error::InvalidInput(inner) => {
                Words::new("error-invalid-input", vec![("detail", Word::from(inner))])
            }
            Error::Network(text) => Words::new("error-network", detail(text)),
            Error::PinMismatch => Words::new("error-pin-mismatch", vec![]),
            Error::Server { code, message } => Words::new(
                "error-server",
                vec![
                    ("message", Word::Detail(message.clone())),
                    ("code", Word::Quoted(code.clone())),
                ],
            ),
            Error::Io(error) => Words::new("error-io", quoted("detail", error.to_string())),
            Error::Database(error) => {
                Words::new("error-database", quoted("detail", error.to_string()))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_says_in_english_what_its_display_says() {
        let errors = [
            Error::WrongPassphrase,
            Error::NoVault(PathBuf::from("/x")),
            Error::VaultExists(PathBuf::from("/x")),
            Error::Corrupted("a row"),
            Error::PlatformSecret("gone".into()),
            Error::NotFound {
                kind: "detail-kind-case",
                id: "1".into(),
            },
            Error::InvalidState("detail-case-already-finalized"),
            Error::Locked,
            Error::InvalidInput("bad".into()),
            Error::Network("timeout".into()),
            Error::PinMismatch,
            Error::Server {
                code: "too_large".into(),
                message: "too big".into(),
            },
            Error::Io(std::io::Error::other("disk")),
        ];
        for error in errors {
            assert_eq!(error.message("en"), error.to_string());
            assert_eq!(error.message("de"), error.to_string());
            let ru = error.message("ru");
            assert_ne!(ru, error.to_string(), "{error:?} has no Russian words");
            assert!(ru.chars().any(|c| ('а'..='я').contains(&c)), "{ru}");
        }
    }

    #[test]
    fn a_detail_is_chosen_in_the_readers_language_and_quoted_text_stays_as_it_came() {
        let id = Error::InvalidInput(Detail::new("error-wrong-passphrase"));
        assert_eq!(id.to_string(), "invalid input: wrong passphrase");
        assert!(id.message("ru").contains("парол"), "{}", id.message("ru"));
        let quoted = Error::InvalidInput(Detail::quoted("expected `,` at line 1"));
        assert!(quoted.message("ru").ends_with("expected `,` at line 1"));
        let not_an_id = Error::Corrupted("a row has an impossible shape");
        assert!(
            not_an_id
                .message("uk")
                .ends_with("a row has an impossible shape")
        );
        let counted = Detail::new("error-not-found")
            .with("kind", "case")
            .with_count("id", 3);
        assert_eq!(counted.to_string(), "case 3 not found");
        assert_eq!(counted.id(), Some("error-not-found"));
        assert_eq!(Detail::quoted("x").with("a", 1), Detail::quoted("x"));
    }

    #[test]
    fn the_cores_own_details_and_kinds_are_shown_in_the_readers_language_and_displayed_in_english()
    {
        let cases = [
            (
                Error::Corrupted("detail-key-file-altered"),
                "stored data is damaged or was altered: the key file was altered",
                "файл ключей был изменён",
            ),
            (
                Error::InvalidState("detail-case-finalized"),
                "a finalized case cannot be changed; amend it first",
                "завершённый случай нельзя изменить",
            ),
            (
                Error::NotFound {
                    kind: "detail-kind-attachment",
                    id: "42".into(),
                },
                "attachment 42 not found",
                "не найдено: вложение 42",
            ),
            (
                Error::PlatformSecret("detail-no-keystore".into()),
                "the vault's platform secret is not available: this vault is bound to a device \
                 keystore; none was given",
                "привязано к хранилищу ключей устройства",
            ),
            (
                Error::Network("detail-no-connection".into()),
                "the server could not be reached: no connection to the server",
                "нет соединения с сервером",
            ),
            (
                Error::InvalidInput(Detail::new("detail-pin-needs-wipe").with_count("tries", 10)),
                "invalid input: the vault passphrase is a short PIN, which needs a wipe after at \
                 most 10 wrong tries; change it to a passphrase first",
                "после 10 неверных попыток",
            ),
        ];
        for (error, english, russian) in cases {
            assert_eq!(error.to_string(), english);
            assert_eq!(error.message("en"), english);
            let ru = error.message("ru");
            assert!(ru.contains(russian), "{ru}");
            assert!(!ru.contains("detail-"), "{ru}");
        }
        // A platform's own reason and a kind that is not an id are quoted as they came.
        let quoted = Error::PlatformSecret("KeyStore locked".into());
        assert!(quoted.message("ru").ends_with(": KeyStore locked"));
        let kind = Error::NotFound {
            kind: "submission",
            id: "9".into(),
        };
        assert_eq!(kind.message("uk"), "не знайдено: submission 9");
    }

    #[test]
    fn a_pin_mismatch_is_named_in_english_wherever_an_error_display_names_it() {
        assert_eq!(
            PIN_MISMATCH.to_string(),
            "the server's key does not match the pinned key"
        );
        assert!(
            Error::PinMismatch
                .to_string()
                .starts_with(&PIN_MISMATCH.to_string())
        );
    }
}
