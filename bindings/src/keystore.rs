//! The platform keystore, implemented by the shell (Android Keystore, iOS Keychain / Secure
//! Enclave) and adapted to the core's [`PlatformSecret`]: the secret it gives is mixed into every
//! key slot, so a copied vault cannot be opened off the device.

use std::sync::Arc;

use wave_core::vault::PlatformSecret;
use zeroize::Zeroizing;

use crate::error::WaveResult;

/// Supplies the device-bound secret. Must give the same bytes every time for the life of the
/// vault; destroying it (e.g. deleting the keystore entry) makes the vault unopenable.
#[uniffi::export(with_foreign)]
pub trait PlatformKeystore: Send + Sync {
    /// The secret (at least 32 bytes is sensible), or an error saying why it is unavailable.
    fn secret(&self) -> WaveResult<Vec<u8>>;
}

/// Lets the core ask the shell's keystore.
pub(crate) struct KeystoreSecret(pub(crate) Arc<dyn PlatformKeystore>);

impl PlatformSecret for KeystoreSecret {
    fn secret(&self) -> Result<Zeroizing<Vec<u8>>, String> {
        // The foreign side may throw; the core only needs the reason in words.
        self.0
            .secret()
            .map(Zeroizing::new)
            .map_err(|error| error.to_string())
    }
}
