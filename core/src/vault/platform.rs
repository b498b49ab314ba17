//! The device-bound secret a shell may supply (Android Keystore, iOS Keychain / Secure Enclave).
//! Mixed into every slot key, it makes a copied vault useless off the device: guessing the
//! passphrase is not enough without the hardware that holds this secret.

use zeroize::Zeroizing;

use crate::crypto::random_bytes;

/// Supplies the same secret bytes every time it is asked, for the life of the vault.
pub trait PlatformSecret: Send + Sync {
    /// The secret, or a readable reason it is unavailable (e.g. the keystore entry was removed).
    fn secret(&self) -> Result<Zeroizing<Vec<u8>>, String>;
}

/// A platform secret held in process memory: for tests and for the terminal client, where no
/// hardware keystore exists. Gives no protection against copying beyond the process's life.
pub struct MemoryPlatformSecret(Zeroizing<Vec<u8>>);

impl MemoryPlatformSecret {
    pub fn new(secret: Vec<u8>) -> Self {
        MemoryPlatformSecret(Zeroizing::new(secret))
    }

    pub fn generate() -> Self {
        MemoryPlatformSecret::new(random_bytes::<32>().to_vec())
    }
}

impl PlatformSecret for MemoryPlatformSecret {
    fn secret(&self) -> Result<Zeroizing<Vec<u8>>, String> {
        Ok(self.0.clone())
    }
}

impl std::fmt::Debug for MemoryPlatformSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MemoryPlatformSecret(<redacted>)")
    }
}
