//! The NGO's signed recipient set on the device: judging a set the server offers against the
//! enrolled NGO signing key and the set in use, and adopting one that passes. A set is accepted
//! only with a valid signature by the enrolled key and a version greater than the one in use;
//! the same version with the same bytes changes nothing; anything else is refused with the
//! reason, and the device keeps sealing to the set it has (cases are never held back by it).

use wave_protocol::encoding::encode_base64;
use wave_protocol::{RecipientSetBody, verify_recipient_set};

use super::device;
use super::device::{AcceptedSet, Device};
use super::failure::SetRefusal;
use super::payload::parse_recipients;
use crate::error::{Error, Result};
use crate::store::Store;

/// What to make of the set a server offered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Judgement {
    /// The set in use, again.
    Unchanged,
    /// A newer, valid set: follow it.
    Accept(AcceptedSet),
    /// Refused, with why.
    Refuse(SetRefusal),
}

/// Judges `offered` for `device`, whose enrollment carries `signing_key`. Pure: no store, no
/// network.
pub(crate) fn judge(
    device: &Device,
    signing_key: &[u8; 32],
    offered: &RecipientSetBody,
) -> Judgement {
    let refuse = Judgement::Refuse;
    let signed = match offered.decode() {
        Ok(signed) => signed,
        Err(error) => {
            return refuse(SetRefusal::Malformed {
                detail: error.to_string(),
            });
        }
    };
    let set = match verify_recipient_set(signing_key, &signed) {
        Ok(set) => set,
        Err(error) => {
            return refuse(SetRefusal::NotVerified {
                detail: error.to_string(),
            });
        }
    };
    let current = device.recipient_set_version();
    let document = encode_base64(&signed.document);
    if set.version < current {
        return refuse(SetRefusal::Replayed {
            offered: set.version,
            current,
        });
    }
    if set.version == current {
        return match &device.recipient_set {
            Some(in_use) if in_use.document == document => Judgement::Unchanged,
            _ => refuse(SetRefusal::ChangedContents { version: current }),
        };
    }
    if let Err(error) = parse_recipients(&set.recipients) {
        return refuse(SetRefusal::UnusableRecipient {
            error: (&error).into(),
        });
    }
    Judgement::Accept(AcceptedSet {
        version: set.version,
        created_at: set.created_at,
        recipients: set.recipients,
        document,
        signature: encode_base64(&signed.signature),
    })
}

/// Makes `set` the one in use, unless a set at least as new was adopted meanwhile. Returns the
/// device as stored.
pub(crate) fn adopt(store: &mut Store, set: AcceptedSet) -> Result<Device> {
    let mut device =
        device::device(store)?.ok_or(Error::InvalidState("sync-detail-not-enrolled"))?;
    if set.version > device.recipient_set_version() {
        device.recipient_set = Some(set);
        device::set_device(store, &device)?;
    }
    Ok(device)
}

#[cfg(test)]
mod tests {
    use super::*;
    use wave_protocol::ed25519_dalek::SigningKey;
    use wave_protocol::{EnrollmentInvite, RecipientSet, Sha256Hex, Uuid, sign_recipient_set};

    fn recipient() -> String {
        age::x25519::Identity::generate().to_public().to_string()
    }

    fn device(ngo: &SigningKey) -> Device {
        let invite = EnrollmentInvite {
            server: "https://sync.ngo.example".into(),
            code: "code".into(),
            recipients: vec![recipient()],
            pin_sha256: None,
            backup_pins_sha256: Vec::new(),
            signing_key: Some(encode_base64(&ngo.verifying_key().to_bytes())),
        };
        Device::new(
            &invite,
            Uuid::new_v4(),
            "token".into(),
            &SigningKey::from_bytes(&[1; 32]),
        )
    }

    fn offer(key: &SigningKey, version: u64, recipients: Vec<String>) -> RecipientSetBody {
        let set = RecipientSet {
            version,
            created_at: 0,
            signing_key_id: Sha256Hex::digest(b""),
            recipients,
        };
        RecipientSetBody::new(&sign_recipient_set(key, &set).unwrap())
    }

    #[test]
    fn newer_valid_sets_are_accepted_and_everything_else_refused_with_a_reason() {
        let ngo = SigningKey::from_bytes(&[9; 32]);
        let public = ngo.verifying_key().to_bytes();
        let mut device = device(&ngo);
        let v2 = offer(&ngo, 2, vec![recipient()]);
        let Judgement::Accept(set) = judge(&device, &public, &v2) else {
            panic!("a valid newer set is accepted");
        };
        device.recipient_set = Some(set.clone());
        assert_eq!(device.recipients_in_use(), set.recipients.as_slice());
        assert_eq!(device.recipient_set_version(), 2);
        // The same set again changes nothing.
        assert_eq!(judge(&device, &public, &v2), Judgement::Unchanged);
        let reason = |judgement| match judgement {
            Judgement::Refuse(reason) => reason.message("en"),
            other => panic!("accepted: {other:?}"),
        };
        // Older (replayed), same version with other bytes, another key, a changed byte.
        assert!(
            reason(judge(&device, &public, &offer(&ngo, 1, vec![recipient()]))).contains("older")
        );
        assert!(
            reason(judge(&device, &public, &offer(&ngo, 2, vec![recipient()])))
                .contains("other contents")
        );
        let other = SigningKey::from_bytes(&[8; 32]);
        assert!(
            reason(judge(
                &device,
                &public,
                &offer(&other, 3, vec![recipient()])
            ))
            .contains("another key")
        );
        let mut altered = offer(&ngo, 3, vec![recipient()]);
        let mut bytes = wave_protocol::encoding::decode_base64(&altered.document).unwrap();
        let last = bytes.len() - 3;
        bytes[last] ^= 1;
        altered.document = encode_base64(&bytes);
        assert!(!reason(judge(&device, &public, &altered)).is_empty());
        altered.signature = "not base64".into();
        assert!(reason(judge(&device, &public, &altered)).contains("malformed"));
        assert_eq!(device.recipient_set_version(), 2);
    }
}
