//! A passphrase's verdict under the strength rule: the estimate's data ([`Strength`], [`Hint`]),
//! the PIN limits its words quote, and which of the core's messages (`core/locales`) says each.
//! On the ground floor because the error type carries a verdict; the rule that reaches one
//! (zxcvbn, the PIN exception) is the vault's (`vault/strength.rs`).

/// The shortest PIN the device-PIN exception allows.
pub const PIN_MIN_DIGITS: usize = 6;

/// The most wrong tries in a row a vault opened by a PIN may allow before it wipes itself.
pub const PIN_MAX_WIPE_AFTER: u32 = 10;

/// What the person should know about a passphrase; turned into words by [`Hint::message`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    Empty,
    /// One of the passwords people use most, or a small change of one.
    CommonPassword,
    /// Keyboard rows, repeated characters or sequences such as abc or 1234.
    Pattern,
    /// Dates and years.
    Date,
    /// A single word or name.
    SingleWord,
    /// Too weak, with nothing more specific to say.
    AddWords,
    /// A PIN is allowed here, but this one has fewer than [`PIN_MIN_DIGITS`] digits.
    PinTooShort,
    /// Accepted as a device PIN, because of the platform secret and the failure wipe.
    PinAccepted,
    /// Accepted.
    Good,
    /// Accepted, and well beyond the minimum.
    Strong,
}

/// The estimate of one passphrase. Holds nothing of the passphrase itself.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Strength {
    /// zxcvbn's score, 0 (guessed at once) to 4 (more than 10¹⁰ guesses).
    pub score: u8,
    /// log10 of zxcvbn's estimate of the guesses needed.
    pub guesses_log10: f64,
    /// Whether the rule accepts it (as a passphrase, or as a PIN under the exception).
    pub acceptable: bool,
    /// Accepted only as a device PIN: the vault then keeps its failure wipe on.
    pub as_pin: bool,
    pub hint: Hint,
}

impl Strength {
    /// The hint in `lang` (English for a language the core has no words in).
    pub fn message(&self, lang: &str) -> String {
        messages::hint(self.hint, lang)
    }

    /// The sentence that refuses this passphrase, in `lang`.
    pub fn refusal(&self, lang: &str) -> String {
        messages::refusal(self.hint, lang)
    }
}

/// Every sentence of the strength rule, read from the core's catalog (`core/locales`).
pub(crate) mod messages {
    use super::{Hint, PIN_MAX_WIPE_AFTER, PIN_MIN_DIGITS};
    use crate::l10n::{Arg, SOURCE_LANGUAGE, core_text};

    /// The message that refuses a passphrase; its `reason` is the hint's message.
    pub(crate) const REFUSAL: &str = "passphrase-refusal";

    /// The hint's message id and, for the PIN hints, the count it quotes.
    pub(crate) fn hint_id(hint: Hint) -> (&'static str, Option<(&'static str, u64)>) {
        use Hint as H;
        match hint {
            H::Empty => ("passphrase-hint-empty", None),
            H::CommonPassword => ("passphrase-hint-common", None),
            H::Pattern => ("passphrase-hint-pattern", None),
            H::Date => ("passphrase-hint-date", None),
            H::SingleWord => ("passphrase-hint-single-word", None),
            H::AddWords => ("passphrase-hint-add-words", None),
            H::PinTooShort => (
                "passphrase-hint-pin-too-short",
                Some(("digits", PIN_MIN_DIGITS as u64)),
            ),
            H::PinAccepted => (
                "passphrase-hint-pin-accepted",
                Some(("tries", u64::from(PIN_MAX_WIPE_AFTER))),
            ),
            H::Good => ("passphrase-hint-good", None),
            H::Strong => ("passphrase-hint-strong", None),
        }
    }

    pub(crate) fn hint(hint: Hint, tag: &str) -> String {
        let (id, count) = hint_id(hint);
        let args: Vec<(&str, Arg<'_>)> = count
            .map(|(name, count)| (name, Arg::Count(count)))
            .into_iter()
            .collect();
        core_text(tag, SOURCE_LANGUAGE, id, &args)
    }

    pub(super) fn refusal(hint: Hint, tag: &str) -> String {
        let reason = self::hint(hint, tag);
        core_text(
            tag,
            SOURCE_LANGUAGE,
            REFUSAL,
            &[("reason", Arg::Text(&reason))],
        )
    }
}
