//! The device's enrollment with an NGO server: its Ed25519 signing key, the device token, the
//! server address (and optional TLS key pins), the NGO's recipient keys from the enrollment
//! string and, when the string carried the NGO signing key, the signed recipient set the device
//! follows now. Kept sealed in the vault (a meta value, so new fields need no migration:
//! enrollments stored before them read with the defaults); secrets never shown in `Debug`. The
//! key of an enrollment under way is kept too, so that asking again registers the same key.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use wave_protocol::ed25519_dalek::SigningKey;
use wave_protocol::{EnrollmentInvite, Sha256Hex, Uuid};
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::store::Store;

const DEVICE: &str = "device";
const ENROLLING: &str = "enrolling";

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
        signing_key_from_hex(&self.signing_seed)
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

/// Records the device once the server enrolled it; the key kept for the enrollment
/// ([`enrolling_key`]) goes with it, as the device holds it now.
pub(crate) fn set_device(store: &Store, device: &Device) -> Result<()> {
    store.set_meta(DEVICE, device)?;
    // After the device, in its own write: a crash in between leaves a copy of the key the
    // device holds anyway, sealed alike, which the next enrollment replaces.
    store.remove_meta(ENROLLING)
}

/// The key an enrollment under way registers, kept before the server is asked: if its answer
/// is lost (the connection dropped, the app closed), asking again with the same enrollment
/// string registers the same key, which the server recognises by its proof and answers with
/// the same device and a fresh token.
#[derive(Serialize, Deserialize)]
struct Enrolling {
    /// SHA-256 of the one-time code, hex: which enrollment string the key was made for.
    code_sha256: String,
    /// The Ed25519 secret seed, hex.
    signing_seed: Zeroizing<String>,
}

/// The key to enroll with `code`: the one kept for an earlier try with the same code, else a
/// new one, kept (durably, sealed) before this returns.
pub(crate) fn enrolling_key(store: &Store, code: &str) -> Result<SigningKey> {
    let code_sha256 = crate::crypto::hex(&Sha256::digest(code.as_bytes()));
    if let Some(kept) = store.meta::<Enrolling>(ENROLLING)?
        && kept.code_sha256 == code_sha256
    {
        return signing_key_from_hex(&kept.signing_seed);
    }
    let key = SigningKey::from_bytes(&crate::crypto::random_bytes::<32>());
    store.set_meta(
        ENROLLING,
        &Enrolling {
            code_sha256,
            signing_seed: Zeroizing::new(crate::crypto::hex(key.as_bytes())),
        },
    )?;
    Ok(key)
}

/// An Ed25519 key from its secret seed in hex, as the vault keeps it.
fn signing_key_from_hex(text: &str) -> Result<SigningKey> {
    let text = text.as_bytes();
    let mut seed = Zeroizing::new([0u8; 32]);
    if text.len() != 64 {
        return Err(Error::Corrupted("sync-detail-device-key"));
    }
    for (index, pair) in text.chunks(2).enumerate() {
        let digits =
            std::str::from_utf8(pair).map_err(|_| Error::Corrupted("sync-detail-device-key"))?;
        seed[index] = u8::from_str_radix(digits, 16)
            .map_err(|_| Error::Corrupted("sync-detail-device-key"))?;
    }
    Ok(SigningKey::from_bytes(&seed))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::SecretKey;

    #[test]
    fn an_enrollment_asked_again_with_its_code_uses_its_key_and_the_device_takes_it_over() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::create(dir.path(), &SecretKey::generate()).unwrap();
        let first = enrolling_key(&store, "code-a").unwrap();
        assert_eq!(
            enrolling_key(&store, "code-a").unwrap().to_bytes(),
            first.to_bytes()
        );
        // Another enrollment string starts again with a key of its own.
        let other = enrolling_key(&store, "code-b").unwrap();
        assert_ne!(other.to_bytes(), first.to_bytes());
        assert_ne!(
            enrolling_key(&store, "code-a").unwrap().to_bytes(),
            other.to_bytes()
        );

        let invite = EnrollmentInvite {
            server: "https://ngo.example".into(),
            code: "code-a".into(),
            recipients: Vec::new(),
            pin_sha256: None,
            backup_pins_sha256: Vec::new(),
            signing_key: None,
        };
        let key = enrolling_key(&store, "code-a").unwrap();
        set_device(
            &store,
            &Device::new(&invite, Uuid::nil(), "token".into(), &key),
        )
        .unwrap();
        assert!(store.meta::<Enrolling>(ENROLLING).unwrap().is_none());
        let device = device(&store).unwrap().unwrap();
        assert_eq!(device.signing_key().unwrap().to_bytes(), key.to_bytes());
    }
}
