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
    prompt("Vault passphrase: ")
}

/// A new passphrase, from `env_names` in order, or typed twice. It must pass the core's strength
/// rule for a vault with these safeguards; checked here, before any slow work, so the refusal
/// comes at once and in the terminal's language.
pub fn new(what: &str, env_names: &[&str], safeguards: Safeguards) -> CliResult<Passphrase> {
    for name in env_names {
        if let Some(passphrase) = from_env(name) {
            return check_new(passphrase, safeguards);
        }
    }
    let first = prompt(&format!("New {what}: "))?;
    let second = prompt(&format!("Repeat the {what}: "))?;
    if first != second {
        return Err(Failure(format!(
            "the two {what}s differ; nothing was changed"
        )));
    }
    check_new(first, safeguards)
}

fn check_new(passphrase: Passphrase, safeguards: Safeguards) -> CliResult<Passphrase> {
    if passphrase.is_empty() {
        return Err(Failure("an empty passphrase is not allowed".into()));
    }
    let strength = passphrase_strength(&passphrase, safeguards);
    if !strength.acceptable {
        return Err(Failure(strength.refusal(&language())));
    }
    Ok(passphrase)
}

/// The terminal's language as the core names it ("ru", "uk"; anything else is English), from
/// the usual locale variables in their order of precedence.
pub fn language() -> String {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
        .map(|locale| locale.chars().take(2).collect::<String>().to_lowercase())
        .unwrap_or_else(|| "en".to_owned())
}

fn from_env(name: &str) -> Option<Passphrase> {
    let value = Zeroizing::new(std::env::var(name).ok()?);
    Some(Passphrase::new(value.as_str()))
}

fn prompt(label: &str) -> CliResult<Passphrase> {
    let typed = Zeroizing::new(rpassword::prompt_password(label).map_err(|_| {
        Failure(format!(
            "no terminal to ask for the passphrase; set {CURRENT_ENV} for scripts"
        ))
    })?);
    Ok(Passphrase::new(typed.as_str()))
}
