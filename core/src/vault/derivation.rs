//! A new passphrase's key derived without holding the open vault. Argon2id takes about half a
//! second on a phone; a passphrase or duress change that held the vault for it would keep a quick
//! exit (or the screen turning off) waiting that long with the settings screen still showing.
//! So the caller takes what the derivation needs from the open vault, derives with nothing held,
//! and hands the result back to be applied.

use zeroize::Zeroizing;

use super::strength::{self, Safeguards};
use crate::crypto::{KdfParams, Passphrase, SecretKey, kdf};
use crate::error::{Detail, Error, Result};

/// What deriving a passphrase's key takes from an open vault: the key file's salt and cost, the
/// vault's safeguards for the strength check, and which vault it was, so that a key derived for
/// it is never applied to one opened since (by the duress passphrase, say).
#[derive(Clone)]
pub struct KeyDerivation {
    pub(super) salt: Zeroizing<Vec<u8>>,
    pub(super) params: KdfParams,
    pub(super) safeguards: Safeguards,
    pub(super) store_id: [u8; 16],
}

impl std::fmt::Debug for KeyDerivation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeyDerivation")
            .field("params", &self.params)
            .finish_non_exhaustive()
    }
}

/// Which change a derived passphrase is for: its checks differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Purpose {
    Passphrase,
    Duress,
}

/// A passphrase and its Argon2id output, ready for [`crate::UnlockedVault::change_passphrase_derived`]
/// or [`crate::UnlockedVault::set_duress_derived`], each of which checks it again for its own
/// purpose. `Debug` shows nothing of either.
pub struct DerivedPassphrase {
    pub(super) passphrase: Passphrase,
    pub(super) key: SecretKey,
    pub(super) from: KeyDerivation,
}

impl std::fmt::Debug for DerivedPassphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DerivedPassphrase").finish_non_exhaustive()
    }
}

impl KeyDerivation {
    /// Checks `new` as the vault's passphrase (not empty, strong enough) and derives its key.
    /// Slow (Argon2id); holds nothing of the vault.
    pub fn derive_passphrase(&self, new: &Passphrase) -> Result<DerivedPassphrase> {
        check(new, Purpose::Passphrase, self.safeguards)?;
        self.derive(new)
    }

    /// Checks `duress` as a duress passphrase and derives its key. Slow; holds nothing.
    pub fn derive_duress(&self, duress: &Passphrase) -> Result<DerivedPassphrase> {
        check(duress, Purpose::Duress, self.safeguards)?;
        self.derive(duress)
    }

    fn derive(&self, passphrase: &Passphrase) -> Result<DerivedPassphrase> {
        Ok(DerivedPassphrase {
            passphrase: passphrase.clone(),
            key: kdf::derive_passphrase_key(passphrase, &self.salt, self.params)?,
            from: self.clone(),
        })
    }

    /// Whether a key derived from `self` is the one `current` would derive.
    pub(super) fn same_inputs(&self, current: &KeyDerivation) -> bool {
        self.salt.as_slice() == current.salt.as_slice() && self.params == current.params
    }
}

/// The checks of a passphrase for `purpose`, cheap enough to repeat when the key is applied (the
/// vault's safeguards may have changed while it was derived).
pub(super) fn check(
    passphrase: &Passphrase,
    purpose: Purpose,
    safeguards: Safeguards,
) -> Result<()> {
    if passphrase.is_empty() {
        let detail = match purpose {
            Purpose::Passphrase => "detail-new-passphrase-empty",
            Purpose::Duress => "detail-duress-passphrase-empty",
        };
        return Err(Error::InvalidInput(Detail::new(detail)));
    }
    strength::require(passphrase, safeguards)?;
    Ok(())
}
