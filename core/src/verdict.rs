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

    pub(crate) fn hint(hint: Hint, tag: &str) -> String {
        use Hint as H;
        let text = |id: &str, args: &[(&str, Arg<'_>)]| core_text(tag, SOURCE_LANGUAGE, id, args);
        match hint {
            H::Empty => text("passphrase-hint-empty", &[]),
            H::CommonPassword => text("passphrase-hint-common", &[]),
            H::Pattern => text("passphrase-hint-pattern", &[]),
            H::Date => text("passphrase-hint-date", &[]),
            H::SingleWord => text("passphrase-hint-single-word", &[]),
            H::AddWords => text("passphrase-hint-add-words", &[]),
            H::PinTooShort => text(
                "passphrase-hint-pin-too-short",
                &[("digits", Arg::Count(PIN_MIN_DIGITS as u64))],
            ),
            H::PinAccepted => text(
                "passphrase-hint-pin-accepted",
                &[("tries", Arg::Count(u64::from(PIN_MAX_WIPE_AFTER)))],
            ),
            H::Good => text("passphrase-hint-good", &[]),
            H::Strong => text("passphrase-hint-strong", &[]),
        }
    }

    pub(super) fn refusal(hint: Hint, tag: &str) -> String {
        let reason = self::hint(hint, tag);
        core_text(
            tag,
            SOURCE_LANGUAGE,
            "passphrase-refusal",
            &[("reason", Arg::Text(&reason))],
        )
    }
}
