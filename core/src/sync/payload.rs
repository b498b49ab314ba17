//! The sealed submission: what a device sends the NGO for one finalized case version, and how
//! it is sealed and opened.
//!
//! The payload is JSON, encrypted with age to every NGO recipient (X25519), so staff can open it
//! with Wave's tools or with the standard `age` command (`age -d -i staff.key`), and nobody else
//! — not the server, not the network — can. age is a published, audited format with a small
//! surface; HPKE would have needed a container format of our own around it, and no standard tool
//! opens that. Attachments travel as separate age files, content-addressed by the SHA-256 of the
//! sealed bytes; the payload lists them with the SHA-256 of the original bytes for chain of
//! custody.

use std::io::{Read, Write};

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::case::{Answers, ConsentRecord, FormRef, Timestamp};
use crate::error::{Detail, Error, Result};

/// The payload format name and version; staff tools refuse anything else.
pub const PAYLOAD_FORMAT: &str = "wave-case/1";

/// Largest payload a staff tool will decrypt into memory.
pub const MAX_PAYLOAD_BYTES: u64 = 8 * 1024 * 1024;

/// One attachment as the payload lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PayloadAttachment {
    pub id: String,
    pub file_name: Option<String>,
    pub media_type: String,
    pub size: u64,
    /// SHA-256 of the original bytes, recorded when the attachment was captured.
    pub sha256: String,
    /// SHA-256 of the sealed (age) file uploaded as a blob.
    pub sealed_sha256: String,
    pub added_at: Timestamp,
}

/// The decrypted contents of one submission.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct SubmissionPayload {
    pub format: String,
    /// The submission id, also signed outside the envelope: a payload moved under another id is
    /// detected.
    pub submission_id: String,
    pub case_id: String,
    pub version: u32,
    pub form: FormRef,
    pub answers: Answers,
    pub finalized_at: Timestamp,
    pub consents: Vec<ConsentRecord>,
    pub attachments: Vec<PayloadAttachment>,
}

impl std::fmt::Debug for SubmissionPayload {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SubmissionPayload")
            .field("submission_id", &self.submission_id)
            .field("case_id", &self.case_id)
            .field("version", &self.version)
            .field("form", &self.form)
            .field("attachments", &self.attachments.len())
            .finish_non_exhaustive()
    }
}

/// Parses NGO recipients (`age1…`), refusing an empty list or a malformed key.
pub fn parse_recipients(recipients: &[String]) -> Result<Vec<age::x25519::Recipient>> {
    if recipients.is_empty() {
        return Err(Error::InvalidInput(Detail::new(
            "sync-detail-no-recipients",
        )));
    }
    recipients
        .iter()
        .map(|text| {
            text.trim().parse::<age::x25519::Recipient>().map_err(|_| {
                Error::InvalidInput(
                    Detail::new("sync-detail-not-a-recipient")
                        .with("recipient", format!("{text:?}")),
                )
            })
        })
        .collect()
}

/// Encrypts `plain` to every recipient, streaming into `sink`.
pub(crate) fn encrypt_to(
    recipients: &[age::x25519::Recipient],
    source: &mut dyn Read,
    sink: &mut dyn Write,
) -> Result<()> {
    let encryptor = age::Encryptor::with_recipients(
        recipients
            .iter()
            .map(|recipient| recipient as &dyn age::Recipient),
    )
    .map_err(|_| Error::InvalidInput(Detail::new("sync-detail-recipients-together")))?;
    let mut writer = encryptor.wrap_output(sink)?;
    std::io::copy(source, &mut writer)?;
    writer.finish()?;
    Ok(())
}

/// Seals a payload for the NGO.
pub fn seal_payload(
    payload: &SubmissionPayload,
    recipients: &[age::x25519::Recipient],
) -> Result<Vec<u8>> {
    let json = Zeroizing::new(serde_json::to_vec(payload).map_err(|error| {
        Error::InvalidInput(Detail::new("detail-not-json").with("reason", error))
    })?);
    let mut sealed = Vec::with_capacity(json.len() + 512);
    encrypt_to(recipients, &mut json.as_slice(), &mut sealed)?;
    Ok(sealed)
}

/// An NGO identity (an age X25519 secret key), as staff keep it in a key file.
pub struct StaffIdentity(age::x25519::Identity);

impl StaffIdentity {
    pub fn generate() -> StaffIdentity {
        StaffIdentity(age::x25519::Identity::generate())
    }

    /// Reads an identity file in age's format (`AGE-SECRET-KEY-1…`, `#` comments allowed).
    pub fn parse(text: &str) -> Result<StaffIdentity> {
        text.lines()
            .map(str::trim)
            .find(|line| !line.is_empty() && !line.starts_with('#'))
            .and_then(|line| line.parse::<age::x25519::Identity>().ok())
            .map(StaffIdentity)
            .ok_or_else(|| Error::InvalidInput(Detail::new("sync-detail-not-an-identity")))
    }

    /// The identity file's text: a comment with the public recipient, then the secret key.
    pub fn to_file_text(&self) -> Zeroizing<String> {
        use age::secrecy::ExposeSecret;
        Zeroizing::new(format!(
            "# Wave NGO identity. Keep this file secret; it opens every case sent to the NGO.\n# public key: {}\n{}\n",
            self.recipient(),
            self.0.to_string().expose_secret()
        ))
    }

    /// The public recipient (`age1…`) devices encrypt to.
    pub fn recipient(&self) -> String {
        self.0.to_public().to_string()
    }

    /// Streams a sealed file into `sink`, decrypted.
    pub fn decrypt(&self, source: &mut dyn Read, sink: &mut dyn Write) -> Result<u64> {
        let decryptor =
            age::Decryptor::new(source).map_err(|_| Error::Corrupted("sync-detail-sealed-file"))?;
        let mut reader = decryptor
            .decrypt(std::iter::once(&self.0 as &dyn age::Identity))
            .map_err(|_| Error::InvalidInput(Detail::new("sync-detail-identity-cannot-open")))?;
        std::io::copy(&mut reader, sink)
            .map_err(|_| Error::Corrupted("sync-detail-sealed-file-altered"))
    }

    /// A reader of a sealed file's decrypted bytes, for consumers that pull (such as
    /// `case::add_attachment`): memory stays constant whatever the size. Each chunk is
    /// authenticated before its bytes are returned; a damaged file fails with an I/O error
    /// part-way, so the consumer must discard what it read.
    pub fn decrypting_reader<'a, R: Read + 'a>(&self, source: R) -> Result<Box<dyn Read + 'a>> {
        let decryptor =
            age::Decryptor::new(source).map_err(|_| Error::Corrupted("sync-detail-sealed-file"))?;
        let reader = decryptor
            .decrypt(std::iter::once(&self.0 as &dyn age::Identity))
            .map_err(|_| Error::InvalidInput(Detail::new("sync-detail-identity-cannot-open")))?;
        Ok(Box::new(reader))
    }

    /// [`Self::decrypting_reader`] for a sealed file already in memory, such as a submission's
    /// envelope. age parses a header from a plain reader a few bytes at a time, starting again
    /// from the header's first byte after each read, so that it never reads past it; from
    /// memory it reads a line at a time. The header's checks are the same; a header without
    /// its line ends can cost no more than the bytes already held.
    pub fn decrypting_slice_reader<'a>(&self, sealed: &'a [u8]) -> Result<Box<dyn Read + 'a>> {
        let decryptor = age::Decryptor::new_buffered(sealed)
            .map_err(|_| Error::Corrupted("sync-detail-sealed-file"))?;
        let reader = decryptor
            .decrypt(std::iter::once(&self.0 as &dyn age::Identity))
            .map_err(|_| Error::InvalidInput(Detail::new("sync-detail-identity-cannot-open")))?;
        Ok(Box::new(reader))
    }

    /// Opens a sealed payload, checking its format and that it names `submission_id`.
    pub fn open_payload(&self, sealed: &[u8], submission_id: &str) -> Result<SubmissionPayload> {
        // The plaintext is shorter than the sealed file: no reallocation leaves a copy behind.
        let mut plain = Zeroizing::new(Vec::with_capacity(
            sealed.len().min(MAX_PAYLOAD_BYTES as usize + 1),
        ));
        let limit = MAX_PAYLOAD_BYTES + 1;
        let mut limited = LimitedWriter {
            inner: &mut plain,
            left: limit,
        };
        let mut reader = self.decrypting_slice_reader(sealed)?;
        std::io::copy(&mut reader, &mut limited)
            .map_err(|_| Error::Corrupted("sync-detail-sealed-file-altered"))?;
        if plain.len() as u64 > MAX_PAYLOAD_BYTES {
            return Err(Error::InvalidInput(Detail::new(
                "sync-detail-payload-too-large",
            )));
        }
        let payload: SubmissionPayload = serde_json::from_slice(&plain)
            .map_err(|_| Error::Corrupted("sync-detail-payload-shape"))?;
        if payload.format != PAYLOAD_FORMAT {
            return Err(Error::InvalidInput(
                Detail::new("sync-detail-payload-format")
                    .with("format", format!("{:?}", payload.format)),
            ));
        }
        if payload.submission_id != submission_id {
            return Err(Error::Corrupted("sync-detail-payload-moved"));
        }
        Ok(payload)
    }
}

impl std::fmt::Debug for StaffIdentity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "StaffIdentity({})", self.recipient())
    }
}

/// Stops writing after `left` bytes, so a hostile payload cannot exhaust memory.
struct LimitedWriter<'a> {
    inner: &'a mut Vec<u8>,
    left: u64,
}

impl Write for LimitedWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.left == 0 {
            return Err(std::io::Error::other("payload too large"));
        }
        let take = buf.len().min(self.left as usize);
        self.inner.extend_from_slice(&buf[..take]);
        self.left -= take as u64;
        Ok(take)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn payload() -> SubmissionPayload {
        SubmissionPayload {
            format: PAYLOAD_FORMAT.into(),
            submission_id: "00000000-0000-4000-8000-000000000001".into(),
            case_id: "c".into(),
            version: 1,
            form: FormRef {
                id: "police-violence".into(),
                version: 1,
            },
            answers: serde_json::json!({"code_name": "Mint"})
                .as_object()
                .cloned()
                .unwrap_or_default(),
            finalized_at: 5,
            consents: vec![],
            attachments: vec![],
        }
    }

    #[test]
    fn every_recipient_opens_it_and_nobody_else() {
        let (first, second) = (StaffIdentity::generate(), StaffIdentity::generate());
        let recipients = parse_recipients(&[first.recipient(), second.recipient()]).unwrap();
        let sealed = seal_payload(&payload(), &recipients).unwrap();
        assert!(!sealed.windows(4).any(|w| w == b"Mint"));
        for identity in [&first, &second] {
            let opened = identity
                .open_payload(&sealed, "00000000-0000-4000-8000-000000000001")
                .unwrap();
            assert_eq!(opened, payload());
        }
        assert!(
            StaffIdentity::generate()
                .open_payload(&sealed, "00000000-0000-4000-8000-000000000001")
                .is_err()
        );
        assert!(
            first
                .open_payload(&sealed, "00000000-0000-4000-8000-000000000002")
                .is_err()
        );
        let mut damaged = sealed.clone();
        let last = damaged.len() - 3;
        damaged[last] ^= 1;
        assert!(
            first
                .open_payload(&damaged, "00000000-0000-4000-8000-000000000001")
                .is_err()
        );
    }

    #[test]
    fn a_sealed_file_in_memory_opens_as_from_a_reader_and_a_damaged_header_does_not() {
        let identity = StaffIdentity::generate();
        let recipients = parse_recipients(&[identity.recipient()]).unwrap();
        let plain: Vec<u8> = (0..70_000u32).map(|i| (i % 251) as u8).collect();
        let mut sealed = Vec::new();
        encrypt_to(&recipients, &mut plain.as_slice(), &mut sealed).unwrap();
        let mut from_memory = Vec::new();
        identity
            .decrypting_slice_reader(&sealed)
            .unwrap()
            .read_to_end(&mut from_memory)
            .unwrap();
        let mut from_reader = Vec::new();
        identity
            .decrypt(&mut sealed.as_slice(), &mut from_reader)
            .unwrap();
        assert_eq!(from_memory, plain);
        assert_eq!(from_reader, plain);
        // Inside the stanza's body (the wrapped file key), then inside the header's MAC line.
        let header_end = sealed.windows(4).position(|w| w == b"--- ").unwrap();
        for at in [header_end - 5, header_end + 10] {
            let mut damaged = sealed.clone();
            damaged[at] ^= 1;
            assert!(identity.decrypting_slice_reader(&damaged).is_err());
        }
    }

    #[test]
    fn identity_files_round_trip_and_bad_keys_are_refused() {
        let identity = StaffIdentity::generate();
        let again = StaffIdentity::parse(&identity.to_file_text()).unwrap();
        assert_eq!(again.recipient(), identity.recipient());
        assert!(StaffIdentity::parse("hello").is_err());
        assert!(parse_recipients(&[]).is_err());
        assert!(parse_recipients(&["age1nope".into()]).is_err());
        assert!(!format!("{identity:?}").contains("SECRET"));
    }
}
