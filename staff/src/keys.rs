//! The NGO signing key and the recipient sets it signs: the key file (made once, kept offline,
//! backed up as shares), publishing a new set and reading the published one back, each checked
//! with the key as a device would check it.

use std::time::{SystemTime, UNIX_EPOCH};

use wave_core::error::Detail;
use wave_core::sync::parse_recipients;
use wave_core::{Error, Result};
use wave_protocol::ed25519_dalek::SigningKey;
use wave_protocol::encoding::{decode_base64_array, encode_base64};
use wave_protocol::{
    RecipientSet, RecipientSetBody, Sha256Hex, sign_recipient_set, verify_recipient_set,
};
use zeroize::Zeroizing;

use crate::StaffClient;

/// The line that holds the secret in a signing key file.
const KEY_PREFIX: &str = "WAVE-SIGNING-KEY-1:";

/// The NGO's signing key, read from its file. Never printed: `Debug` shows the public key only.
pub struct NgoSigningKey {
    key: SigningKey,
}

impl std::fmt::Debug for NgoSigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NgoSigningKey")
            .field("public_key", &self.public_key_base64())
            .finish_non_exhaustive()
    }
}

impl NgoSigningKey {
    /// A new key from the operating system's random source.
    pub fn generate() -> Result<NgoSigningKey> {
        let mut seed = Zeroizing::new([0u8; 32]);
        getrandom::fill(seed.as_mut()).map_err(|error| {
            Error::InvalidInput(Detail::new("archive-no-random-source").with("error", error))
        })?;
        Ok(NgoSigningKey {
            key: SigningKey::from_bytes(&seed),
        })
    }

    /// Reads a file written by [`Self::to_file_text`]: comment lines (`#`) and blank lines are
    /// skipped, and exactly one key line must remain.
    pub fn parse(text: &str) -> Result<NgoSigningKey> {
        let invalid = || Error::InvalidInput(Detail::new("archive-signing-key-file"));
        let mut lines = text
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty() && !line.starts_with('#'));
        let line = lines.next().ok_or_else(invalid)?;
        if lines.next().is_some() {
            return Err(invalid());
        }
        let encoded = line.strip_prefix(KEY_PREFIX).ok_or_else(invalid)?;
        let seed = Zeroizing::new(decode_base64_array::<32>(encoded).map_err(|_| invalid())?);
        Ok(NgoSigningKey {
            key: SigningKey::from_bytes(&seed),
        })
    }

    /// The file's text: the public key in a comment, then the secret line.
    pub fn to_file_text(&self) -> Zeroizing<String> {
        let seed = Zeroizing::new(encode_base64(self.key.as_bytes()));
        Zeroizing::new(format!(
            "# Wave NGO signing key. Keep it offline: whoever holds it decides which keys phones encrypt to.\n\
             # public key: {}\n{KEY_PREFIX}{}\n",
            self.public_key_base64(),
            seed.as_str()
        ))
    }

    /// The public key as enrollment strings carry it (standard base64).
    pub fn public_key_base64(&self) -> String {
        encode_base64(&self.key.verifying_key().to_bytes())
    }

    fn public_key(&self) -> [u8; 32] {
        self.key.verifying_key().to_bytes()
    }
}

/// Reads a signing public key given as base64 (as printed by `signing-key generate` and carried
/// in enrollment strings).
pub fn parse_public_key(text: &str) -> Result<[u8; 32]> {
    let key = decode_base64_array::<32>(text.trim())
        .map_err(|_| Error::InvalidInput(Detail::new("archive-signing-public-key-length")))?;
    if !wave_protocol::is_valid_signing_key(&key) {
        return Err(Error::InvalidInput(Detail::new(
            "archive-signing-public-key-invalid",
        )));
    }
    Ok(key)
}

/// The published set, checked with `public_key` as a device checks it; `None` when the server
/// has none.
pub async fn show_recipient_set(
    client: &StaffClient,
    public_key: &[u8; 32],
) -> Result<Option<RecipientSet>> {
    let Some(body) = client.recipient_set().await? else {
        return Ok(None);
    };
    verify_served(&body, public_key).map(Some)
}

fn verify_served(body: &RecipientSetBody, public_key: &[u8; 32]) -> Result<RecipientSet> {
    check_served(body, public_key)
        .map_err(|(id, error)| Error::InvalidInput(Detail::new(id).with("error", error)))
}

/// The served set, or what is wrong with it: the message id and the protocol's own reason.
fn check_served(
    body: &RecipientSetBody,
    public_key: &[u8; 32],
) -> std::result::Result<RecipientSet, (&'static str, String)> {
    let signed = body
        .decode()
        .map_err(|error| ("archive-recipient-set-unreadable", error.to_string()))?;
    verify_recipient_set(public_key, &signed)
        .map_err(|error| ("archive-recipient-set-unverified", error.to_string()))
}

/// Signs and publishes a set of `recipients`, as `version` or (without one) the published
/// version + 1, then reads it back from the server and checks that it serves exactly what was
/// signed and that it verifies, as a device would. Returns the set published.
pub async fn publish_recipient_set(
    client: &StaffClient,
    key: &NgoSigningKey,
    recipients: &[String],
    version: Option<u64>,
) -> Result<RecipientSet> {
    let recipients: Vec<String> = recipients.iter().map(|r| r.trim().to_owned()).collect();
    parse_recipients(&recipients)?;
    let version = match version {
        Some(version) => version,
        None => match client.recipient_set().await? {
            Some(current) => {
                // A set that does not verify (a server taken over) gives no version to follow:
                // staff then choose one above every version they published.
                let current = check_served(&current, &key.public_key()).map_err(|(_, error)| {
                    Error::InvalidInput(
                        Detail::new("archive-recipient-set-give-version").with("error", error),
                    )
                })?;
                current.version.checked_add(1).ok_or_else(|| {
                    Error::InvalidInput(Detail::new("archive-recipient-set-last-version"))
                })?
            }
            None => 1,
        },
    };
    let created_at = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| {
            i64::try_from(elapsed.as_secs()).unwrap_or(i64::MAX)
        });
    let set = RecipientSet {
        version,
        created_at,
        signing_key_id: Sha256Hex::digest(&key.public_key()),
        recipients,
    };
    let signed = sign_recipient_set(&key.key, &set).map_err(|error| {
        Error::InvalidInput(Detail::new("archive-recipient-set-unsigned").with("error", error))
    })?;
    let sent = RecipientSetBody::new(&signed);
    client.publish_recipient_set(&sent).await?;
    let served = client.recipient_set().await?.ok_or_else(|| Error::Server {
        code: "not_found".into(),
        message: "archive-server-set-missing".into(),
    })?;
    if served != sent {
        return Err(Error::Server {
            code: "unexpected_answer".into(),
            message: "archive-server-set-different".into(),
        });
    }
    verify_served(&served, &key.public_key())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_file_round_trips_and_junk_is_refused() {
        let key = NgoSigningKey::generate().unwrap();
        let text = key.to_file_text();
        let read = NgoSigningKey::parse(&text).unwrap();
        assert_eq!(read.public_key(), key.public_key());
        assert_eq!(
            parse_public_key(&key.public_key_base64()).unwrap(),
            key.public_key()
        );
        assert!(!format!("{read:?}").contains(&text.lines().last().unwrap()[KEY_PREFIX.len()..]));
        assert!(NgoSigningKey::parse("").is_err());
        assert!(NgoSigningKey::parse("AGE-SECRET-KEY-1XYZ").is_err());
        let doubled = format!("{}{}", text.as_str(), text.as_str());
        assert!(NgoSigningKey::parse(&doubled).is_err());
        assert!(parse_public_key("AAAA").is_err());
    }
}
