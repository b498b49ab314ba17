//! The device's enrollment with an NGO server: its Ed25519 signing key, the device token, the
//! server address (and optional TLS key pins) and the NGO's recipient keys. Kept sealed in
//! the vault; never shown in `Debug`.

use serde::{Deserialize, Serialize};
use wave_protocol::ed25519_dalek::SigningKey;
use wave_protocol::{EnrollmentInvite, Sha256Hex, Uuid};
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::store::Store;

const DEVICE: &str = "device";

/// Everything a device needs to seal and send cases.
#[derive(Clone, Serialize, Deserialize)]
pub struct Device {
    pub device_id: Uuid,
    pub server: String,
    pub recipients: Vec<String>,
    /// The enrollment string's primary pin (see [`EnrollmentInvite`]).
    pub pin_sha256: Option<Sha256Hex>,
    /// Its backup pins; absent from enrollments stored before backup pins existed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub backup_pins_sha256: Vec<Sha256Hex>,
    pub(crate) token: Zeroizing<String>,
    /// The Ed25519 secret seed, hex.
    pub(crate) signing_seed: Zeroizing<String>,
}

impl std::fmt::Debug for Device {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Device")
            .field("device_id", &self.device_id)
            .field("server", &self.server)
            .field("recipients", &self.recipients.len())
            .finish_non_exhaustive()
    }
}

impl Device {
    pub(crate) fn new(
        invite: &EnrollmentInvite,
        device_id: Uuid,
        token: String,
        key: &SigningKey,
    ) -> Device {
        Device {
            device_id,
            server: invite.server.trim_end_matches('/').to_owned(),
            recipients: invite.recipients.clone(),
            pin_sha256: invite.pin_sha256,
            backup_pins_sha256: invite.backup_pins_sha256.clone(),
            token: Zeroizing::new(token),
            signing_seed: Zeroizing::new(crate::crypto::hex(key.as_bytes())),
        }
    }

    pub(crate) fn signing_key(&self) -> Result<SigningKey> {
        let text = self.signing_seed.as_bytes();
        let mut seed = Zeroizing::new([0u8; 32]);
        if text.len() != 64 {
            return Err(Error::Corrupted("the device key is malformed"));
        }
        for (index, pair) in text.chunks(2).enumerate() {
            let digits = std::str::from_utf8(pair)
                .map_err(|_| Error::Corrupted("the device key is malformed"))?;
            seed[index] = u8::from_str_radix(digits, 16)
                .map_err(|_| Error::Corrupted("the device key is malformed"))?;
        }
        Ok(SigningKey::from_bytes(&seed))
    }

    /// Every pinned key, the primary pin first; empty when the server is not pinned.
    pub fn pins(&self) -> Vec<Sha256Hex> {
        self.pin_sha256
            .iter()
            .chain(&self.backup_pins_sha256)
            .copied()
            .collect()
    }

    pub fn token(&self) -> &str {
        &self.token
    }
}

/// The enrollment, if this vault's device has enrolled with an NGO server.
pub fn device(store: &Store) -> Result<Option<Device>> {
    store.meta(DEVICE)
}

pub(crate) fn set_device(store: &Store, device: &Device) -> Result<()> {
    store.set_meta(DEVICE, device)
}
