//! Passphrase strength: the one rule that a new vault passphrase, a changed one and a duress
//! passphrase must meet (here, and nowhere else), the device-PIN exception, and the estimate with
//! a localized hint that the apps show while a passphrase is typed.
//!
//! The estimate is zxcvbn's (dictionaries of common passwords, names and words; keyboard
//! patterns, repeats, sequences, dates; l33t spellings). Its dictionaries are English: a Russian
//! or Ukrainian word in Cyrillic is counted as random letters, so it rates such passphrases higher
//! than an attacker with a Cyrillic word list would. Only the first [`EXAMINED_CHARS`] characters
//! are examined: zxcvbn's cost grows with the square of the length (and with the number of
//! distinct l33t characters), and a longer passphrase can only be stronger than its beginning.

use zeroize::Zeroizing;
use zxcvbn::feedback::Warning;

use crate::crypto::Passphrase;
use crate::error::{Error, Result};
pub use crate::verdict::{Hint, PIN_MAX_WIPE_AFTER, PIN_MIN_DIGITS, Strength};

/// The lowest zxcvbn score accepted for a vault bound to a platform secret: 3, at least about
/// 10⁸ guesses. A copy of such a vault cannot be attacked off the phone, and on the phone each
/// guess costs an Argon2id run (about half a second): years.
pub const MIN_SCORE: u8 = 3;

/// The lowest score accepted for a vault without a platform secret (the terminal client, the
/// staff archive): 4, more than 10¹⁰ guesses. A copy can be attacked on any number of machines,
/// so the passphrase alone has to hold out.
pub const MIN_SCORE_UNBOUND: u8 = 4;

/// How many characters of a passphrase the estimator looks at. Chosen so that the worst input
/// (many distinct l33t characters) stays well under a second on a phone, and ordinary input
/// takes about a millisecond: fast enough to run on every keystroke.
pub const EXAMINED_CHARS: usize = 32;

/// The two facts the device-PIN exception depends on: whether the vault is bound to a platform
/// secret (a copied vault cannot be attacked off the device) and the failure-wipe limit (the
/// device cannot be asked many times).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Safeguards {
    pub platform_bound: bool,
    pub wipe_after: Option<u32>,
}

impl Safeguards {
    /// The lowest zxcvbn score a passphrase needs under these safeguards.
    pub fn min_score(self) -> u8 {
        if self.platform_bound {
            MIN_SCORE
        } else {
            MIN_SCORE_UNBOUND
        }
    }

    /// Whether a PIN of at least [`PIN_MIN_DIGITS`] digits may stand in for a passphrase: only
    /// with a platform secret and a wipe after at most [`PIN_MAX_WIPE_AFTER`] wrong tries, the
    /// trade-off a phone's own lock screen makes.
    pub fn allow_pin(self) -> bool {
        self.platform_bound
            && self
                .wipe_after
                .is_some_and(|limit| limit <= PIN_MAX_WIPE_AFTER)
    }
}

/// Estimates `passphrase` under the rule, given what else protects the vault.
pub fn estimate(passphrase: &Passphrase, safeguards: Safeguards) -> Strength {
    let text = passphrase.as_str();
    if text.is_empty() {
        return Strength {
            score: 0,
            guesses_log10: 0.0,
            acceptable: false,
            as_pin: false,
            hint: Hint::Empty,
        };
    }
    let examined: Zeroizing<String> = Zeroizing::new(text.chars().take(EXAMINED_CHARS).collect());
    let entropy = zxcvbn::zxcvbn(&examined, &[]);
    let score = u8::from(entropy.score());
    let guesses_log10 = entropy.guesses_log10();
    let warning = entropy.feedback().and_then(|feedback| feedback.warning());
    let strength = |acceptable, as_pin, hint| Strength {
        score,
        guesses_log10,
        acceptable,
        as_pin,
        hint,
    };
    if score >= safeguards.min_score() {
        let hint = if score >= 4 { Hint::Strong } else { Hint::Good };
        return strength(true, false, hint);
    }
    let weakness = hint_for(warning);
    if safeguards.allow_pin() && is_pin_shaped(text) {
        if text.len() < PIN_MIN_DIGITS {
            return strength(false, false, Hint::PinTooShort);
        }
        // A PIN may look like a date (most six-digit numbers do), but not like one of the PINs
        // people pick most or a pattern: those fall within the few tries before the wipe.
        return match weakness {
            Hint::CommonPassword | Hint::Pattern => strength(false, false, weakness),
            _ => strength(true, true, Hint::PinAccepted),
        };
    }
    strength(false, false, weakness)
}

/// Refuses `passphrase` with [`Error::WeakPassphrase`] unless the rule accepts it.
pub fn require(passphrase: &Passphrase, safeguards: Safeguards) -> Result<Strength> {
    let strength = estimate(passphrase, safeguards);
    if strength.acceptable {
        Ok(strength)
    } else {
        Err(Error::WeakPassphrase(strength))
    }
}

/// Whether a vault opened by `passphrase` must keep its failure wipe: a passphrase of digits only
/// where the PIN exception holds. Judged by shape alone, so that it can be asked at every unlock
/// without running the estimator (and copying the passphrase) again.
pub(crate) fn relies_on_wipe(passphrase: &Passphrase, safeguards: Safeguards) -> bool {
    safeguards.allow_pin() && is_pin_shaped(passphrase.as_str())
}

fn is_pin_shaped(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|byte| byte.is_ascii_digit())
}

fn hint_for(warning: Option<Warning>) -> Hint {
    match warning {
        Some(
            Warning::ThisIsATop10Password
            | Warning::ThisIsATop100Password
            | Warning::ThisIsACommonPassword
            | Warning::ThisIsSimilarToACommonlyUsedPassword,
        ) => Hint::CommonPassword,
        Some(
            Warning::StraightRowsOfKeysAreEasyToGuess
            | Warning::ShortKeyboardPatternsAreEasyToGuess
            | Warning::RepeatsLikeAaaAreEasyToGuess
            | Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess
            | Warning::SequencesLikeAbcAreEasyToGuess,
        ) => Hint::Pattern,
        Some(Warning::RecentYearsAreEasyToGuess | Warning::DatesAreOftenEasyToGuess) => Hint::Date,
        Some(
            Warning::AWordByItselfIsEasyToGuess
            | Warning::NamesAndSurnamesByThemselvesAreEasyToGuess
            | Warning::CommonNamesAndSurnamesAreEasyToGuess,
        ) => Hint::SingleWord,
        None => Hint::AddWords,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::verdict::messages;

    const PIN_SAFE: Safeguards = Safeguards {
        platform_bound: true,
        wipe_after: Some(PIN_MAX_WIPE_AFTER),
    };

    fn of(text: &str, safeguards: Safeguards) -> Strength {
        estimate(&Passphrase::from(text), safeguards)
    }

    #[test]
    fn short_common_and_patterned_passphrases_are_refused_with_the_reason() {
        for (text, hint) in [
            ("", Hint::Empty),
            ("abc", Hint::Pattern),
            ("password", Hint::CommonPassword),
            ("zxcvbnm,./", Hint::Pattern),
            ("aaaaaaaaaaaa", Hint::Pattern),
            ("pass one", Hint::AddWords),
        ] {
            let strength = of(text, Safeguards::default());
            assert!(!strength.acceptable, "{text:?} accepted: {strength:?}");
            assert_eq!(strength.hint, hint, "{text:?}");
            assert!(strength.score < MIN_SCORE);
        }
    }

    #[test]
    fn without_a_platform_secret_the_bar_is_higher() {
        let bound = Safeguards {
            platform_bound: true,
            wipe_after: None,
        };
        // Two common words: about 10⁸ guesses.
        let two_words = of("correct horse", bound);
        assert_eq!(two_words.score, MIN_SCORE);
        assert!(two_words.acceptable);
        assert_eq!(two_words.hint, Hint::Good);
        let unbound = of("correct horse", Safeguards::default());
        assert!(!unbound.acceptable);
        assert_eq!(unbound.hint, Hint::AddWords);
    }

    #[test]
    fn a_few_unrelated_words_are_accepted() {
        for text in [
            "correct horse battery staple",
            "violet tram under the bridge",
            "мій пароль до сховища",
        ] {
            let strength = of(text, Safeguards::default());
            assert!(strength.acceptable, "{text:?} refused: {strength:?}");
            assert!(!strength.as_pin);
            assert!(matches!(strength.hint, Hint::Good | Hint::Strong));
            assert!(strength.guesses_log10 >= 10.0, "{strength:?}");
        }
    }

    #[test]
    fn a_pin_needs_the_platform_secret_and_a_low_wipe_limit() {
        assert!(of("583920", PIN_SAFE).acceptable);
        assert!(of("583920", PIN_SAFE).as_pin);
        assert_eq!(of("583920", PIN_SAFE).hint, Hint::PinAccepted);
        for safeguards in [
            Safeguards::default(),
            Safeguards {
                platform_bound: true,
                wipe_after: None,
            },
            Safeguards {
                platform_bound: true,
                wipe_after: Some(PIN_MAX_WIPE_AFTER + 1),
            },
            Safeguards {
                platform_bound: false,
                wipe_after: Some(3),
            },
        ] {
            let strength = of("583920", safeguards);
            assert!(!strength.acceptable, "{safeguards:?}");
            assert!(!strength.as_pin);
        }
    }

    #[test]
    fn a_pin_must_be_long_enough_and_not_an_obvious_one() {
        assert_eq!(of("58392", PIN_SAFE).hint, Hint::PinTooShort);
        assert!(!of("58392", PIN_SAFE).acceptable);
        for obvious in ["123456", "111111", "654321", "000000", "12345678"] {
            let strength = of(obvious, PIN_SAFE);
            assert!(!strength.acceptable, "{obvious} accepted");
            assert!(
                matches!(strength.hint, Hint::CommonPassword | Hint::Pattern),
                "{obvious}: {strength:?}"
            );
        }
        // Only digits: letters are a passphrase and meet the full rule.
        assert!(!of("58392a", PIN_SAFE).acceptable);
    }

    #[test]
    fn a_strong_passphrase_is_not_marked_as_a_pin() {
        let strength = of("5839204417385529107364", PIN_SAFE);
        assert!(strength.acceptable && !strength.as_pin, "{strength:?}");
    }

    #[test]
    fn only_the_first_characters_are_examined() {
        let weak_start = format!("{}{}", "a".repeat(EXAMINED_CHARS), "violet tram bridge");
        assert!(of(&weak_start[EXAMINED_CHARS..], Safeguards::default()).acceptable);
        assert!(!of(&weak_start, Safeguards::default()).acceptable);
        let long = "violet tram under the bridge ".repeat(100);
        let started = std::time::Instant::now();
        assert!(of(&long, Safeguards::default()).acceptable);
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
    }

    #[test]
    fn every_hint_has_words_in_every_language() {
        let hints = [
            Hint::Empty,
            Hint::CommonPassword,
            Hint::Pattern,
            Hint::Date,
            Hint::SingleWord,
            Hint::AddWords,
            Hint::PinTooShort,
            Hint::PinAccepted,
            Hint::Good,
            Hint::Strong,
        ];
        for hint in hints {
            let en = messages::hint(hint, "en");
            let ru = messages::hint(hint, "ru");
            let uk = messages::hint(hint, "uk");
            assert!(
                !en.is_empty() && en != ru && en != uk && ru != uk,
                "{hint:?}"
            );
            assert_eq!(
                messages::hint(hint, "de"),
                en,
                "unknown languages fall back"
            );
        }
        let strength = of("abc", Safeguards::default());
        assert!(strength.refusal("ru").starts_with("Эта парольная фраза"));
    }

    #[test]
    fn the_refusal_error_says_why_and_never_shows_the_passphrase() {
        let error = require(&Passphrase::from("qwerty12345"), Safeguards::default()).unwrap_err();
        let shown = format!("{error} {error:?}");
        assert!(shown.contains("too weak"), "{shown}");
        assert!(!shown.contains("qwerty"), "{shown}");
        assert!(matches!(error, Error::WeakPassphrase(_)));
    }
}
