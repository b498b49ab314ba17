//! How the sync engine reaches the case store: one short local step at a time, never across a
//! network exchange. Whoever else shares the store (the app's other calls, a lock or a wipe)
//! therefore waits for one step at most, never for a server that does not answer.

use std::cell::RefCell;

use crate::error::{Error, Result};
use crate::store::Store;

/// Lends the store to the sync engine for one step at a time.
///
/// The engine never holds on to the store between steps, and never calls the observer or the
/// network from inside a step. An implementation decides whether the store may still be used:
/// once the vault was locked or wiped, `with_store` fails without running the step, and the
/// engine stops with that error and records nothing more.
pub trait StoreAccess {
    /// Runs `step` on the store, or fails without running it when the store is no longer
    /// available to this sync ([`Error::Locked`] when the vault was locked or wiped).
    fn with_store<T>(&self, step: impl FnOnce(&mut Store) -> Result<T>) -> Result<T>;
}

/// A store lent for a whole sync by a caller that has nothing else to do meanwhile (the terminal
/// client, tests).
pub struct SoleAccess<'a> {
    store: RefCell<&'a mut Store>,
}

impl<'a> SoleAccess<'a> {
    pub fn new(store: &'a mut Store) -> SoleAccess<'a> {
        SoleAccess {
            store: RefCell::new(store),
        }
    }
}

impl StoreAccess for SoleAccess<'_> {
    fn with_store<T>(&self, step: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        // Steps never nest, so the store is always free here; an error rather than a panic
        // keeps it that way should that ever change.
        let mut store = self
            .store
            .try_borrow_mut()
            .map_err(|_| Error::InvalidState("sync-detail-store-in-use"))?;
        step(&mut store)
    }
}
