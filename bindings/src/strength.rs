//! `passphrase_strength`: the core's passphrase rule as the shells see it, cheap enough to call
//! on every keystroke for a strength hint. The rule itself lives in the core
//! (`wave_core::vault::passphrase_strength`); this file only adapts its answer.

use wave_core::vault::{Passphrase, Safeguards, Strength};

use crate::error::WaveResult;
use crate::guard;

/// How strong a passphrase is under the rule that `create`, `change_passphrase` and
/// `set_duress_passphrase` apply. Carries nothing of the passphrase.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct PassphraseStrength {
    /// 0 (guessed at once) to 4 (more than 10¹⁰ guesses).
    pub score: u8,
    /// log10 of the estimated guesses, for a finer meter than the score.
    pub guesses_log10: f64,
    /// Whether the vault calls would accept it with the same keystore and failure wipe.
    pub acceptable: bool,
    /// Accepted only as a device PIN: the failure wipe must then stay on (at most 10 tries).
    pub as_pin: bool,
    /// What to tell the person, in `lang` (en, ru or uk; English otherwise).
    pub hint: String,
}

impl PassphraseStrength {
    fn from_core(strength: Strength, lang: &str) -> Self {
        PassphraseStrength {
            score: strength.score,
            guesses_log10: strength.guesses_log10,
            acceptable: strength.acceptable,
            as_pin: strength.as_pin,
            hint: strength.message(lang),
        }
    }
}

/// Estimates `passphrase` for a vault with (`platform_keystore`) or without a device keystore
/// and with the given failure-wipe limit (for a new vault: the one `create` will be given). A
/// PIN of six or more digits is acceptable only with a keystore and a wipe after at most 10
/// wrong tries. Only the first 32 characters are examined, so it stays fast (about a millisecond
/// for ordinary input); the shells may still call it off the main thread.
#[uniffi::export]
pub fn passphrase_strength(
    passphrase: String,
    lang: String,
    platform_keystore: bool,
    wipe_after_failures: Option<u32>,
) -> WaveResult<PassphraseStrength> {
    // Moved, not copied, into zeroizing memory.
    let passphrase = Passphrase::new(passphrase);
    guard(|| {
        let strength = wave_core::vault::passphrase_strength(
            &passphrase,
            Safeguards {
                platform_bound: platform_keystore,
                wipe_after: wipe_after_failures,
            },
        );
        Ok(PassphraseStrength::from_core(strength, &lang))
    })
}
