//! The device's enrollment with an NGO server: its Ed25519 signing key, the device token, the
//! server address (and optional TLS key pins), the NGO's recipient keys from the enrollment
//! string and, when the string carried the NGO signing key, the signed recipient set the device
//! follows now. Kept sealed in the vault (a meta value, so new fields need no migration:
//! enrollments stored before them read with the defaults); secrets never shown in `Debug`.

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
    /// The NGO's signing public key (base64) from a version 2 enrollment string; absent for
    /// version 1 strings and enrollments stored before signing keys existed, which then keep
    /// sealing to `recipients` for good.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ngo_signing_key: Option<String>,
    /// The signed recipient set in use, once one was accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) recipient_set: Option<AcceptedSet>,
}

/// A recipient set the device verified and follows, kept with the exact bytes it verified.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct AcceptedSet {
    pub version: u64,
    pub created_at: i64,
    pub recipients: Vec<String>,
    /// The document as signed, base64: an offered set with the same version is compared with it.
    pub document: String,
    pub signature: String,
}

impl std::fmt::Debug for Device {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Device")
            .field("device_id", &self.device_id)
            .field("server", &self.server)
            .field("recipients", &self.recipients_in_use().len())
            .field("recipient_set_version", &self.recipient_set_version())
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
            ngo_signing_key: invite.signing_key.clone(),
            recipient_set: None,
        }
    }

    /// The recipients cases are sealed to now: the accepted set's, else the enrollment's.
    pub fn recipients_in_use(&self) -> &[String] {
        match &self.recipient_set {
            Some(set) => &set.recipients,
            None => &self.recipients,
        }
    }

    /// The version of the recipient set in use; 0 for the enrollment string's recipients.
    pub fn recipient_set_version(&self) -> u64 {
        self.recipient_set.as_ref().map_or(0, |set| set.version)
    }

    /// The NGO signing public key, when the device follows signed recipient sets.
    pub(crate) fn ngo_signing_key_bytes(&self) -> Result<Option<[u8; 32]>> {
        self.ngo_signing_key
            .as_deref()
            .map(|text| {
                wave_protocol::encoding::decode_base64_array::<32>(text)
                    .map_err(|_| Error::Corrupted("sync-detail-signing-key"))
            })
            .transpose()
    }

    pub(crate) fn signing_key(&self) -> Result<SigningKey> {
        let text = self.signing_seed.as_bytes();
        let mut seed = Zeroizing::new([0u8; 32]);
        if text.len() != 64 {
            return Err(Error::Corrupted("sync-detail-device-key"));
        }
        for (index, pair) in text.chunks(2).enumerate() {
            let digits = std::str::from_utf8(pair)
                .map_err(|_| Error::Corrupted("sync-detail-device-key"))?;
            seed[index] = u8::from_str_radix(digits, 16)
                .map_err(|_| Error::Corrupted("sync-detail-device-key"))?;
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
