//! Where passphrases come from: `WAVE_PASSPHRASE` / `WAVE_NEW_PASSPHRASE` for scripts, otherwise
//! a prompt on the terminal that does not echo. Environment variables are readable by other
//! processes of the same user and may end up in shell history: fine for tests and demos, unsafe
//! on a phone or laptop that may be seized.

use wave_core::vault::{Passphrase, Safeguards, passphrase_strength};
use zeroize::Zeroizing;

use crate::{CliResult, Failure};

pub const CURRENT_ENV: &str = "WAVE_PASSPHRASE";
pub const NEW_ENV: &str = "WAVE_NEW_PASSPHRASE";

/// The passphrase of an existing vault.
pub fn current() -> CliResult<Passphrase> {
    if let Some(passphrase) = from_env(CURRENT_ENV) {
        return Ok(passphrase);
    }
    prompt(&t!("passphrase-prompt"))
}

/// Which passphrase a prompt asks for.
#[derive(Clone, Copy)]
pub enum Which {
    Vault,
    Duress,
    Archive,
}

/// A new passphrase, from `env_names` in order, or typed twice. It must pass the core's strength
/// rule for a vault with these safeguards; checked here, before any slow work, so the refusal
/// comes at once and in the terminal's language.
pub fn new(which: Which, env_names: &[&str], safeguards: Safeguards) -> CliResult<Passphrase> {
    for name in env_names {
        if let Some(passphrase) = from_env(name) {
            return check_new(passphrase, safeguards);
        }
    }
    let (first, second, differ) = match which {
        Which::Vault => (
            t!("passphrase-new-prompt"),
            t!("passphrase-repeat-prompt"),
            t!("passphrase-differ"),
        ),
        Which::Duress => (
            t!("duress-new-prompt"),
            t!("duress-repeat-prompt"),
            t!("duress-differ"),
        ),
        Which::Archive => (
            t!("archive-new-prompt"),
            t!("archive-repeat-prompt"),
            t!("archive-differ"),
        ),
    };
    let first = prompt(&first)?;
    let second = prompt(&second)?;
    if first != second {
        return Err(Failure(differ));
    }
    check_new(first, safeguards)
}

fn check_new(passphrase: Passphrase, safeguards: Safeguards) -> CliResult<Passphrase> {
    if passphrase.is_empty() {
        return Err(Failure(t!("passphrase-empty")));
    }
    let strength = passphrase_strength(&passphrase, safeguards);
    if !strength.acceptable {
        return Err(Failure(strength.refusal(crate::l10n::ui_language())));
    }
    Ok(passphrase)
}

fn from_env(name: &str) -> Option<Passphrase> {
    let value = Zeroizing::new(std::env::var(name).ok()?);
    Some(Passphrase::new(value.as_str()))
}

fn prompt(label: &str) -> CliResult<Passphrase> {
    let typed = Zeroizing::new(
        rpassword::prompt_password(label)
            .map_err(|_| Failure(t!("passphrase-no-terminal", variable = CURRENT_ENV)))?,
    );
    Ok(Passphrase::new(typed.as_str()))
}
