//! Wave's core: the encrypted vault, the case store, the guided checklist and the sync engine.
//! No FFI types, no UI, no global state: the CLI, the server tests and the mobile bindings all call
//! this crate.

pub mod case;
pub mod crypto;
pub mod error;
pub mod form;
#[cfg(test)]
mod format_fixtures;
#[cfg(any(test, feature = "fuzzing"))]
#[doc(hidden)]
pub mod fuzzing;
pub mod http;
pub mod l10n;
pub mod record;
pub mod store;
pub mod sync;
pub mod unlock;
pub mod vault;
mod verdict;

pub use error::{Detail, DetailArg, Error, Result};
pub use unlock::{UnlockedVault, Vault};
