//! Where passphrases come from: `WAVE_PASSPHRASE` / `WAVE_NEW_PASSPHRASE` for scripts, otherwise
//! a prompt on the terminal that does not echo. Environment variables are readable by other
//! processes of the same user and may end up in shell history: fine for tests and demos, unsafe
//! on a phone or laptop that may be seized.

use wave_core::vault::Passphrase;
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

/// A new passphrase, from `env_names` in order, or typed twice.
pub fn new(what: &str, env_names: &[&str]) -> CliResult<Passphrase> {
    for name in env_names {
        if let Some(passphrase) = from_env(name) {
            return check_new(passphrase);
        }
    }
    let first = prompt(&format!("New {what}: "))?;
    let second = prompt(&format!("Repeat the {what}: "))?;
    if first != second {
        return Err(Failure(format!(
            "the two {what}s differ; nothing was changed"
        )));
    }
    check_new(first)
}

fn check_new(passphrase: Passphrase) -> CliResult<Passphrase> {
    if passphrase.is_empty() {
        return Err(Failure("an empty passphrase is not allowed".into()));
    }
    Ok(passphrase)
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
