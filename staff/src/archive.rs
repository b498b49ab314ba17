//! The staff archive: an encrypted Wave vault whose store keeps every submission pulled from the
//! NGO server. Each archived submission is a finalized case in the store (answers and decrypted
//! attachments, encrypted like any case) plus an `archive_submissions` row whose envelope holds
//! where it came from and what was checked; each rejected one keeps its reason and the sealed
//! submission as received, so nothing that arrived is ever lost. The pull cursor per server lives
//! in `vault_meta` and moves in the same transaction as the rows of its page. The archive's own
//! tables are this crate's ([`crate::schema`]); every row in them is sealed with the store's row
//! key.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use wave_protocol::{PulledSubmission, Uuid};

use wave_core::case::{
    Answers, AttachmentId, CaseId, ConsentRecord, FormRef, Timestamp, format_timestamp,
};
use wave_core::error::Detail;
use wave_core::store::{RowRef, Store};
use wave_core::vault::{KdfParams, Passphrase};
use wave_core::{Error, Result, UnlockedVault, Vault};

use crate::l10n::staff_text;
use crate::schema;
use wave_core::case;
use wave_core::l10n::{Arg, SOURCE_LANGUAGE};

const SUBMISSIONS: &str = "archive_submissions";
const DEVICES: &str = "archive_devices";
const META: &str = "vault_meta";
/// Marks a vault as a staff archive, so that archive housekeeping never touches a device vault
/// pointed at by mistake.
const MARKER: &str = "staff_archive";
const CURSORS: &str = "archive_cursors";

const ARCHIVED: i64 = 0;
const REJECTED: i64 = 1;

/// The envelope version of a submission row depends on its state, so flipping the plaintext
/// `state` column makes the row fail to open instead of turning a rejection into a case.
fn row_version(state: i64) -> u64 {
    if state == ARCHIVED { 1 } else { 2 }
}

/// Why a submission was not archived as good.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RejectKind {
    /// A field did not decode (base64, key or signature length, ids).
    Malformed,
    /// The device's signature does not verify over the id and envelope.
    BadSignature,
    /// The server gave a different public key for a device seen before.
    DeviceKeyChanged,
    /// The envelope does not open with this identity, or is damaged.
    Undecryptable,
    /// The envelope opened but does not hold a valid payload for this submission.
    BadPayload,
    /// The server has no blob the payload lists.
    BlobMissing,
    /// A downloaded blob does not hash to its address.
    BlobHashMismatch,
    /// A sealed attachment does not open or failed authentication part-way.
    AttachmentUndecryptable,
    /// A decrypted attachment's SHA-256 or size differs from what the device recorded.
    AttachmentHashMismatch,
}

impl RejectKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RejectKind::Malformed => "malformed",
            RejectKind::BadSignature => "bad_signature",
            RejectKind::DeviceKeyChanged => "device_key_changed",
            RejectKind::Undecryptable => "undecryptable",
            RejectKind::BadPayload => "bad_payload",
            RejectKind::BlobMissing => "blob_missing",
            RejectKind::BlobHashMismatch => "blob_hash_mismatch",
            RejectKind::AttachmentUndecryptable => "attachment_undecryptable",
            RejectKind::AttachmentHashMismatch => "attachment_hash_mismatch",
        }
    }

    /// Whether a later pull should try again: a wrong identity file or a blob the server has
    /// not got yet are fixed outside the submission; a forged or damaged one never is.
    pub fn retry_later(self) -> bool {
        matches!(self, RejectKind::Undecryptable | RejectKind::BlobMissing)
    }
}

impl std::fmt::Display for RejectKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A rejection: its kind, the check that failed and what that check names (never any case
/// content). The words are chosen when shown ([`RejectReason::message`]), in the reader's
/// language; the stored row holds no sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RejectReason {
    pub kind: RejectKind,
    /// The check that failed; rows written before it was kept have only `kind` and `detail`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check: Option<RejectCheck>,
    /// What the check names: an attachment's id or sealed address, or a payload's format as
    /// the device wrote it (cut short).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The English sentence rows written before `check` carry; kept as it was stored, for a bug
    /// report, and never shown in place of the words of the reader's language.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub detail: String,
}

/// Which check a submission failed; each names its message in `staff.ftl` (`reject-…`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RejectCheck {
    NotDecodable,
    BadSignature,
    DeviceKeyChanged,
    NotForThisIdentity,
    EnvelopeDamaged,
    PayloadTooLarge,
    PayloadNotACase,
    /// Its subject is the payload's format.
    PayloadFormat,
    PayloadOtherSubmission,
    PayloadCaseId,
    PayloadTooManyAttachments,
    PayloadAttachmentList,
    /// Its subject is the sealed attachment's address, as are the next three's.
    BlobMissing,
    BlobHashMismatch,
    AttachmentNotForThisIdentity,
    AttachmentDamaged,
    /// Its subject is the attachment's id on the device.
    AttachmentMismatch,
    /// The case id is already archived from another device: a device sends versions of its
    /// own cases only, so one cannot replace another's case in the inbox and exports.
    CaseOfAnotherDevice,
}

impl RejectCheck {
    /// Every check; a new one is added here too (a test finds a check with words in the
    /// catalog but missing here).
    pub const ALL: [RejectCheck; 18] = [
        RejectCheck::NotDecodable,
        RejectCheck::BadSignature,
        RejectCheck::DeviceKeyChanged,
        RejectCheck::NotForThisIdentity,
        RejectCheck::EnvelopeDamaged,
        RejectCheck::PayloadTooLarge,
        RejectCheck::PayloadNotACase,
        RejectCheck::PayloadFormat,
        RejectCheck::PayloadOtherSubmission,
        RejectCheck::PayloadCaseId,
        RejectCheck::PayloadTooManyAttachments,
        RejectCheck::PayloadAttachmentList,
        RejectCheck::BlobMissing,
        RejectCheck::BlobHashMismatch,
        RejectCheck::AttachmentNotForThisIdentity,
        RejectCheck::AttachmentDamaged,
        RejectCheck::AttachmentMismatch,
        RejectCheck::CaseOfAnotherDevice,
    ];

    /// The kind of rejection this check's failure is.
    pub fn kind(self) -> RejectKind {
        match self {
            RejectCheck::NotDecodable => RejectKind::Malformed,
            RejectCheck::BadSignature => RejectKind::BadSignature,
            RejectCheck::DeviceKeyChanged => RejectKind::DeviceKeyChanged,
            RejectCheck::NotForThisIdentity | RejectCheck::EnvelopeDamaged => {
                RejectKind::Undecryptable
            }
            RejectCheck::PayloadTooLarge
            | RejectCheck::PayloadNotACase
            | RejectCheck::PayloadFormat
            | RejectCheck::PayloadOtherSubmission
            | RejectCheck::PayloadCaseId
            | RejectCheck::PayloadTooManyAttachments
            | RejectCheck::PayloadAttachmentList
            | RejectCheck::CaseOfAnotherDevice => RejectKind::BadPayload,
            RejectCheck::BlobMissing => RejectKind::BlobMissing,
            RejectCheck::BlobHashMismatch => RejectKind::BlobHashMismatch,
            RejectCheck::AttachmentNotForThisIdentity | RejectCheck::AttachmentDamaged => {
                RejectKind::AttachmentUndecryptable
            }
            RejectCheck::AttachmentMismatch => RejectKind::AttachmentHashMismatch,
        }
    }

    fn message_id(self) -> &'static str {
        match self {
            RejectCheck::NotDecodable => "reject-not-decodable",
            RejectCheck::BadSignature => "reject-bad-signature",
            RejectCheck::DeviceKeyChanged => "reject-device-key-changed",
            RejectCheck::NotForThisIdentity => "reject-not-for-identity",
            RejectCheck::EnvelopeDamaged => "reject-envelope-damaged",
            RejectCheck::PayloadTooLarge => "reject-payload-too-large",
            RejectCheck::PayloadNotACase => "reject-payload-not-a-case",
            RejectCheck::PayloadFormat => "reject-payload-format",
            RejectCheck::PayloadOtherSubmission => "reject-payload-other-submission",
            RejectCheck::PayloadCaseId => "reject-payload-case-id",
            RejectCheck::PayloadTooManyAttachments => "reject-payload-too-many-attachments",
            RejectCheck::PayloadAttachmentList => "reject-payload-attachment-list",
            RejectCheck::BlobMissing => "reject-blob-missing",
            RejectCheck::BlobHashMismatch => "reject-blob-hash-mismatch",
            RejectCheck::AttachmentNotForThisIdentity => "reject-attachment-not-for-identity",
            RejectCheck::AttachmentDamaged => "reject-attachment-damaged",
            RejectCheck::AttachmentMismatch => "reject-attachment-mismatch",
            RejectCheck::CaseOfAnotherDevice => "reject-case-of-another-device",
        }
    }
}

impl RejectKind {
    /// The words for a rejection stored before its check was kept.
    fn message_id(self) -> &'static str {
        match self {
            RejectKind::Malformed => "reject-not-decodable",
            RejectKind::BadSignature => "reject-bad-signature",
            RejectKind::DeviceKeyChanged => "reject-device-key-changed",
            RejectKind::Undecryptable => "reject-kind-undecryptable",
            RejectKind::BadPayload => "reject-kind-bad-payload",
            RejectKind::BlobMissing => "reject-kind-blob-missing",
            RejectKind::BlobHashMismatch => "reject-kind-blob-hash-mismatch",
            RejectKind::AttachmentUndecryptable => "reject-kind-attachment-undecryptable",
            RejectKind::AttachmentHashMismatch => "reject-kind-attachment-hash-mismatch",
        }
    }
}

impl RejectReason {
    /// A failed `check` that names nothing.
    pub fn new(check: RejectCheck) -> RejectReason {
        RejectReason {
            kind: check.kind(),
            check: Some(check),
            subject: None,
            detail: String::new(),
        }
    }

    /// A failed `check` about `subject` (an attachment, a payload's format).
    pub fn about(check: RejectCheck, subject: impl Into<String>) -> RejectReason {
        RejectReason {
            subject: Some(subject.into()),
            ..RejectReason::new(check)
        }
    }

    /// Why, in `lang` (English for a language the staff catalog does not have).
    pub fn message(&self, lang: &str) -> String {
        let id = match self.check {
            Some(check) => check.message_id(),
            None => self.kind.message_id(),
        };
        let subject = self.subject.as_deref().unwrap_or_default();
        staff_text(lang, id, &[("subject", Arg::Text(subject))])
    }
}

/// English, for logs and bug reports: the words, then the kind's code.
impl std::fmt::Display for RejectReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.check.is_none() && !self.detail.is_empty() {
            return write!(f, "{} ({})", self.detail, self.kind);
        }
        write!(f, "{} ({})", self.message(SOURCE_LANGUAGE), self.kind)
    }
}

impl std::error::Error for RejectReason {}

/// One attachment of an archived case.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct ArchivedAttachment {
    /// The attachment's id on the device.
    pub id: String,
    /// Its id in the archive store (for `case::read_attachment`).
    pub archive_id: AttachmentId,
    pub file_name: Option<String>,
    pub media_type: String,
    pub size: u64,
    /// SHA-256 of the original bytes, as recorded on the device and checked on arrival.
    pub sha256: String,
    /// SHA-256 of the sealed file the server held.
    pub sealed_sha256: String,
    pub added_at: Timestamp,
}

impl std::fmt::Debug for ArchivedAttachment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ArchivedAttachment")
            .field("id", &self.id)
            .field("media_type", &self.media_type)
            .field("size", &self.size)
            .finish_non_exhaustive()
    }
}

/// The sealed body of an archived `archive_submissions` row.
#[derive(Serialize, Deserialize)]
pub(crate) struct ArchivedBody {
    pub submission_id: Uuid,
    pub seq: i64,
    pub device_id: Uuid,
    /// Base64, as the server gave it and as it verified the signature.
    pub device_public_key: String,
    pub received_at: String,
    pub signature_verified: bool,
    pub archive_case_id: CaseId,
    /// The case's id and version on the device.
    pub case_id: String,
    pub version: u32,
    pub form: FormRef,
    pub finalized_at: Timestamp,
    pub consents: Vec<ConsentRecord>,
    pub attachments: Vec<ArchivedAttachment>,
    /// When this archive pulled it (RFC 3339). Absent in rows written before it was kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pulled_at: Option<String>,
}

/// What was checked about one archived submission, for the workspace's verification record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubmissionRecord {
    /// The device's Ed25519 public key (base64) as the server gave it with this submission.
    pub device_public_key: String,
    /// Whether that key is the one the archive first saw for this device. A pull rejects a
    /// submission whose key differs, so for an archived one this is true unless the archive
    /// was altered.
    pub key_matches_first_seen: bool,
    pub signature_verified: bool,
    pub received_at: String,
    /// When it was pulled; `None` for submissions archived before this was recorded.
    pub pulled_at: Option<String>,
}

/// The sealed body of a rejected `archive_submissions` row: the reason and the submission as
/// the server sent it, still sealed to the NGO.
#[derive(Serialize, Deserialize)]
pub(crate) struct RejectedBody {
    pub reason: RejectReason,
    pub submission: PulledSubmission,
}

/// What a page commit writes for one submission.
pub(crate) enum Row {
    Archived(ArchivedBody),
    Rejected(RejectedBody),
}

impl Row {
    fn submission_id(&self) -> Uuid {
        match self {
            Row::Archived(body) => body.submission_id,
            Row::Rejected(body) => body.submission.id,
        }
    }
}

/// An archived submission with its case, as exports and statistics read it. `Debug` never
/// prints answers.
#[derive(Clone, PartialEq, Serialize)]
pub struct ArchivedCase {
    pub submission_id: Uuid,
    /// The server's sequence number: the order of arrival.
    pub seq: i64,
    pub device_id: Uuid,
    pub received_at: String,
    /// Always true for an archived case: a bad signature is a rejection. Kept so an export
    /// says what was checked.
    pub signature_verified: bool,
    /// The case's id in the archive store.
    pub archive_case_id: CaseId,
    /// The case's id on the device; versions of one case share it.
    pub case_id: String,
    pub version: u32,
    pub form: FormRef,
    pub finalized_at: Timestamp,
    pub answers: Answers,
    /// The consent log as it stood when this version was sealed.
    pub consents: Vec<ConsentRecord>,
    pub attachments: Vec<ArchivedAttachment>,
}

impl std::fmt::Debug for ArchivedCase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ArchivedCase")
            .field("submission_id", &self.submission_id)
            .field("seq", &self.seq)
            .field("case_id", &self.case_id)
            .field("version", &self.version)
            .field("form", &self.form)
            .finish_non_exhaustive()
    }
}

impl ArchivedCase {
    /// The consent in force for `purpose`: the latest record wins (highest `seq`; among equal
    /// ones, the later in the log). `None` if it was never asked.
    pub fn consent(&self, purpose: &str) -> Option<bool> {
        current_consent(&self.consents, purpose)
    }

    /// When the case was finalized on the device, as RFC 3339 text.
    pub fn finalized_at_text(&self) -> String {
        format_timestamp(self.finalized_at)
    }
}

pub(crate) fn current_consent(consents: &[ConsentRecord], purpose: &str) -> Option<bool> {
    consents
        .iter()
        .enumerate()
        .filter(|(_, record)| record.purpose == purpose)
        .max_by_key(|(position, record)| (record.seq, *position))
        .map(|(_, record)| record.granted)
}

/// A submission that was refused, with why.
#[derive(Debug, Clone, PartialEq)]
pub struct RejectedSubmission {
    pub submission_id: Uuid,
    pub seq: i64,
    pub device_id: Uuid,
    pub received_at: String,
    pub reason: RejectReason,
}

/// An open staff archive.
pub struct Archive {
    vault: UnlockedVault,
}

impl std::fmt::Debug for Archive {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Archive")
            .field("dir", &self.vault.dir())
            .finish_non_exhaustive()
    }
}

impl Archive {
    /// Whether `dir` holds a vault (archive or not).
    pub fn exists(dir: &Path) -> bool {
        Vault::at(dir).exists()
    }

    /// Creates a new, empty archive vault in `dir`.
    pub fn create(dir: &Path, passphrase: &Passphrase, params: KdfParams) -> Result<Archive> {
        let mut vault = Vault::at(dir).create(passphrase, params)?;
        schema::upgrade(vault.store().conn_mut())?;
        let sealed = vault.store_ref().seal_json(
            RowRef {
                table: META,
                id: MARKER,
                version: 1,
            },
            &true,
        )?;
        vault.store_ref().conn().execute(
            "INSERT INTO vault_meta (name, body) VALUES (?1, ?2)",
            params![MARKER, sealed],
        )?;
        Ok(Archive { vault })
    }

    /// Unlocks the archive in `dir`; refuses a vault that is not a staff archive.
    pub fn open(dir: &Path, passphrase: &Passphrase) -> Result<Archive> {
        let vault = Vault::at(dir);
        if !vault.exists() {
            return Err(Error::NoVault(dir.to_path_buf()));
        }
        let vault = vault.unlock(passphrase)?;
        let sealed: Option<Vec<u8>> = vault
            .store_ref()
            .conn()
            .query_row(
                "SELECT body FROM vault_meta WHERE name = ?1",
                [MARKER],
                |row| row.get(0),
            )
            .optional()?;
        let marked = match sealed {
            Some(sealed) => vault.store_ref().open_json::<bool>(
                RowRef {
                    table: META,
                    id: MARKER,
                    version: 1,
                },
                &sealed,
            )?,
            None => false,
        };
        if !marked {
            return Err(Error::InvalidInput(
                Detail::new("archive-not-an-archive").with("path", dir.display()),
            ));
        }
        // Only once it is known to be an archive: a device vault never gets these tables.
        let mut vault = vault;
        schema::upgrade(vault.store().conn_mut())?;
        Ok(Archive { vault })
    }

    pub fn dir(&self) -> &Path {
        self.vault.dir()
    }

    /// The archive's store, to read attachments out (`case::read_attachment` with
    /// [`ArchivedCase::archive_case_id`] and [`ArchivedAttachment::archive_id`]).
    pub fn store(&self) -> &Store {
        self.vault.store_ref()
    }

    pub(crate) fn store_mut(&mut self) -> &mut Store {
        self.vault.store()
    }

    /// Forgets the keys.
    pub fn lock(self) {
        self.vault.lock();
    }

    /// Every archived submission, in the order the server received them.
    pub fn cases(&self) -> Result<Vec<ArchivedCase>> {
        let store = self.store();
        let mut cases = Vec::new();
        for body in self.archived_bodies()? {
            let case = case::get_case(store, body.archive_case_id)?;
            let answers = case
                .versions
                .last()
                .map(|version| version.answers.clone())
                .ok_or(Error::Corrupted("archive-case-without-version"))?;
            cases.push(ArchivedCase {
                submission_id: body.submission_id,
                seq: body.seq,
                device_id: body.device_id,
                received_at: body.received_at,
                signature_verified: body.signature_verified,
                archive_case_id: body.archive_case_id,
                case_id: body.case_id,
                version: body.version,
                form: body.form,
                finalized_at: body.finalized_at,
                answers,
                consents: body.consents,
                attachments: body.attachments,
            });
        }
        Ok(cases)
    }

    /// The rows of every archived submission, in the order the server received them, without
    /// their cases.
    fn archived_bodies(&self) -> Result<Vec<ArchivedBody>> {
        let store = self.store();
        let mut statement = store.conn().prepare(
            "SELECT submission_id, body FROM archive_submissions WHERE state = ?1 ORDER BY seq",
        )?;
        let rows = statement.query_map([ARCHIVED], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, Vec<u8>>(1)?))
        })?;
        let mut bodies = Vec::new();
        for row in rows {
            let (id, sealed) = row?;
            let body: ArchivedBody = store.open_json(submission_row(&id, ARCHIVED), &sealed)?;
            if body.submission_id.to_string() != id {
                return Err(Error::Corrupted("archive-row-other-submission"));
            }
            bodies.push(body);
        }
        Ok(bodies)
    }

    /// The latest version of every case (highest version; among equal ones, the last
    /// received), in order of arrival. Exports and statistics count a case once, as it now
    /// stands: a corrected case replaces its earlier version, and so does a withdrawn consent.
    pub fn latest_cases(&self) -> Result<Vec<ArchivedCase>> {
        Ok(latest_versions(self.cases()?))
    }

    /// Which device each archived case (its id on the device) came from: the first device
    /// seen with it. Reads the archive rows only, not the cases.
    pub(crate) fn case_devices(&self) -> Result<HashMap<String, Uuid>> {
        let mut devices = HashMap::new();
        for body in self.archived_bodies()? {
            devices.entry(body.case_id).or_insert(body.device_id);
        }
        Ok(devices)
    }

    /// Every rejected submission, in the order the server received them.
    pub fn rejected(&self) -> Result<Vec<RejectedSubmission>> {
        Ok(self
            .rejected_bodies()?
            .into_iter()
            .map(|body| RejectedSubmission {
                submission_id: body.submission.id,
                seq: body.submission.seq,
                device_id: body.submission.device_id,
                received_at: body.submission.received_at.clone(),
                reason: body.reason,
            })
            .collect())
    }

    pub(crate) fn rejected_bodies(&self) -> Result<Vec<RejectedBody>> {
        let store = self.store();
        let mut statement = store.conn().prepare(
            "SELECT submission_id, body FROM archive_submissions WHERE state = ?1 ORDER BY seq",
        )?;
        let rows = statement.query_map([REJECTED], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, Vec<u8>>(1)?))
        })?;
        let mut bodies = Vec::new();
        for row in rows {
            let (id, sealed) = row?;
            let body: RejectedBody = store.open_json(submission_row(&id, REJECTED), &sealed)?;
            if body.submission.id.to_string() != id {
                return Err(Error::Corrupted("archive-row-other-submission"));
            }
            bodies.push(body);
        }
        Ok(bodies)
    }

    /// The verification record of an archived submission: its device key and whether it is
    /// the key first seen, the signature check, and when it was received and pulled.
    pub fn submission_record(&self, submission_id: Uuid) -> Result<SubmissionRecord> {
        let id = submission_id.to_string();
        let sealed: Option<Vec<u8>> = self
            .store()
            .conn()
            .query_row(
                "SELECT body FROM archive_submissions WHERE submission_id = ?1 AND state = ?2",
                params![id, ARCHIVED],
                |row| row.get(0),
            )
            .optional()?;
        let sealed = sealed.ok_or(Error::NotFound {
            kind: "archive-kind-submission",
            id: id.clone(),
        })?;
        let body: ArchivedBody = self
            .store()
            .open_json(submission_row(&id, ARCHIVED), &sealed)?;
        if body.submission_id != submission_id {
            return Err(Error::Corrupted("archive-row-other-submission"));
        }
        let key: Option<[u8; 32]> =
            wave_protocol::encoding::decode_base64_array(&body.device_public_key).ok();
        let first_seen = self.device_key(body.device_id)?;
        Ok(SubmissionRecord {
            key_matches_first_seen: key.is_some() && key == first_seen,
            device_public_key: body.device_public_key,
            signature_verified: body.signature_verified,
            received_at: body.received_at,
            pulled_at: body.pulled_at,
        })
    }

    /// Whether a submission is already in the archive (archived or rejected).
    pub(crate) fn knows(&self, submission_id: Uuid) -> Result<bool> {
        // Asked for every submission of a pull: prepared once.
        let found: Option<i64> = self
            .store()
            .conn()
            .prepare_cached("SELECT state FROM archive_submissions WHERE submission_id = ?1")?
            .query_row([submission_id.to_string()], |row| row.get(0))
            .optional()?;
        Ok(found.is_some())
    }

    /// The public key a device had when it was first seen.
    pub(crate) fn device_key(&self, device_id: Uuid) -> Result<Option<[u8; 32]>> {
        let id = device_id.to_string();
        let sealed: Option<Vec<u8>> = self
            .store()
            .conn()
            .query_row(
                "SELECT body FROM archive_devices WHERE device_id = ?1",
                [&id],
                |row| row.get(0),
            )
            .optional()?;
        sealed
            .map(|sealed| self.store().open_json(device_row(&id), &sealed))
            .transpose()
    }

    /// The cursor of the last page archived from `server`.
    pub fn cursor(&self, server: &str) -> Result<Option<String>> {
        Ok(self.cursors()?.remove(server))
    }

    fn cursors(&self) -> Result<BTreeMap<String, String>> {
        let sealed: Option<Vec<u8>> = self
            .store()
            .conn()
            .query_row(
                "SELECT body FROM vault_meta WHERE name = ?1",
                [CURSORS],
                |row| row.get(0),
            )
            .optional()?;
        Ok(match sealed {
            Some(sealed) => self.store().open_json(cursor_row(), &sealed)?,
            None => BTreeMap::new(),
        })
    }

    /// Whether each commit is synced to disk (`true`, the store's default) or only written
    /// (`false`). A pull writes the cases of a page unsynced: in WAL mode the page's own synced
    /// commit ([`Self::commit_page`]) makes every earlier write durable with it, and a crash
    /// before it leaves only cases no archive row refers to, which
    /// [`Self::clean_up_interrupted`] removes. One disk sync per page instead of two per case.
    pub(crate) fn sync_every_commit(&self, synced: bool) -> Result<()> {
        let mode = if synced { "FULL" } else { "NORMAL" };
        self.store()
            .conn()
            .pragma_update(None, "synchronous", mode)?;
        Ok(())
    }

    /// Writes a page in one synced transaction: its rows (a row for a submission already present
    /// replaces it, which is how a retried rejection becomes a case), the devices first seen in
    /// it, and — if given — the new cursor for `server`. A crash before the commit leaves the
    /// archive as it was, and the page is pulled again.
    pub(crate) fn commit_page(
        &mut self,
        rows: Vec<Row>,
        new_devices: &HashMap<Uuid, [u8; 32]>,
        cursor: Option<(&str, &str)>,
    ) -> Result<()> {
        self.commit_page_with_cases(Vec::new(), rows, new_devices, cursor)
    }

    /// [`Self::commit_page`], storing `cases` as finalized cases in the same transaction: the
    /// rows that name them and the cases themselves become durable together, or neither does.
    pub(crate) fn commit_page_with_cases(
        &mut self,
        cases: Vec<case::FinalizedImport>,
        rows: Vec<Row>,
        new_devices: &HashMap<Uuid, [u8; 32]>,
        cursor: Option<(&str, &str)>,
    ) -> Result<()> {
        let store = self.store();
        let mut sealed_rows = Vec::with_capacity(rows.len());
        for row in &rows {
            let id = row.submission_id().to_string();
            let (seq, state, case_id, sealed) = match row {
                Row::Archived(body) => (
                    body.seq,
                    ARCHIVED,
                    Some(body.archive_case_id.to_string()),
                    store.seal_json(submission_row(&id, ARCHIVED), body)?,
                ),
                Row::Rejected(body) => (
                    body.submission.seq,
                    REJECTED,
                    None,
                    store.seal_json(submission_row(&id, REJECTED), body)?,
                ),
            };
            sealed_rows.push((id, seq, state, case_id, sealed));
        }
        drop(rows);
        let mut sealed_devices = Vec::with_capacity(new_devices.len());
        for (device_id, key) in new_devices {
            let id = device_id.to_string();
            let sealed = store.seal_json(device_row(&id), key)?;
            sealed_devices.push((id, sealed));
        }
        let sealed_cursor = match cursor {
            Some((server, cursor)) => {
                let mut cursors = self.cursors()?;
                cursors.insert(server.to_owned(), cursor.to_owned());
                Some(store.seal_json(cursor_row(), &cursors)?)
            }
            None => None,
        };
        // Whatever the pull wrote before it unsynced becomes durable with this commit.
        self.sync_every_commit(true)?;
        case::import_finalized(self.store_mut(), cases, |tx| {
            let mut insert_row = tx.prepare_cached(
                "INSERT INTO archive_submissions (submission_id, seq, state, case_id, body)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (submission_id) DO UPDATE SET
                     seq = excluded.seq, state = excluded.state,
                     case_id = excluded.case_id, body = excluded.body",
            )?;
            for (id, seq, state, case_id, sealed) in sealed_rows {
                insert_row.execute(params![id, seq, state, case_id, sealed])?;
            }
            for (id, sealed) in sealed_devices {
                tx.execute(
                    "INSERT INTO archive_devices (device_id, body) VALUES (?1, ?2)
                     ON CONFLICT (device_id) DO NOTHING",
                    params![id, sealed],
                )?;
            }
            if let Some(sealed) = sealed_cursor {
                tx.execute(
                    "INSERT INTO vault_meta (name, body) VALUES (?1, ?2)
                     ON CONFLICT (name) DO UPDATE SET body = excluded.body",
                    params![CURSORS, sealed],
                )?;
            }
            Ok(())
        })
    }

    /// Where sealed attachments wait while they are checked and decrypted: inside the store
    /// folder, so a wipe takes them too.
    pub fn incoming_dir(&self) -> PathBuf {
        self.store().blobs_dir().with_file_name("incoming")
    }

    /// Removes what an interrupted pull left: cases no archive row refers to (made before the
    /// crash, their page never committed) and half-downloaded blobs. Returns how many cases.
    pub(crate) fn clean_up_interrupted(&mut self) -> Result<usize> {
        let orphans: Vec<String> = {
            let mut statement = self.store().conn().prepare(
                "SELECT id FROM cases WHERE id NOT IN
                 (SELECT case_id FROM archive_submissions WHERE case_id IS NOT NULL)",
            )?;
            let rows = statement.query_map([], |row| row.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        for id in &orphans {
            let id: CaseId = id.parse()?;
            case::delete_case(self.store_mut(), id)?;
        }
        let incoming = self.incoming_dir();
        if incoming.exists() {
            for entry in fs::read_dir(&incoming)? {
                fs::remove_file(entry?.path())?;
            }
        }
        Ok(orphans.len())
    }
}

/// Keeps the latest version of each case (highest version; among equal ones, the last in
/// `cases`), in order of arrival; what [`Archive::latest_cases`] gives.
pub fn latest_versions(cases: Vec<ArchivedCase>) -> Vec<ArchivedCase> {
    let mut latest: HashMap<String, usize> = HashMap::new();
    for (index, case) in cases.iter().enumerate() {
        let better = match latest.get(&case.case_id) {
            Some(&kept) => case.version >= cases[kept].version,
            None => true,
        };
        if better {
            latest.insert(case.case_id.clone(), index);
        }
    }
    let keep: std::collections::HashSet<usize> = latest.into_values().collect();
    cases
        .into_iter()
        .enumerate()
        .filter(|(index, _)| keep.contains(index))
        .map(|(_, case)| case)
        .collect()
}

fn submission_row(id: &str, state: i64) -> RowRef<'_> {
    RowRef {
        table: SUBMISSIONS,
        id,
        version: row_version(state),
    }
}

fn device_row(id: &str) -> RowRef<'_> {
    RowRef {
        table: DEVICES,
        id,
        version: 1,
    }
}

fn cursor_row() -> RowRef<'static> {
    RowRef {
        table: META,
        id: CURSORS,
        version: 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rejection_stores_its_check_and_is_told_in_the_readers_language() {
        let reason = RejectReason::about(RejectCheck::BlobMissing, "ab12");
        let stored = serde_json::to_value(&reason).unwrap();
        assert_eq!(
            stored,
            serde_json::json!({"kind": "blob_missing", "check": "blob_missing", "subject": "ab12"})
        );
        let back: RejectReason = serde_json::from_value(stored).unwrap();
        assert_eq!(back, reason);
        assert_eq!(reason.message("en"), "The server has no attachment ab12.");
        assert_eq!(reason.message("kk"), "Серверде ab12 тіркемесі жоқ.");
        assert_eq!(
            reason.to_string(),
            "The server has no attachment ab12. (blob_missing)"
        );
    }

    #[test]
    fn a_rejection_stored_before_its_check_was_kept_is_told_by_its_kind() {
        let old: RejectReason = serde_json::from_value(serde_json::json!({
            "kind": "bad_payload",
            "detail": "the payload is not a Wave case",
        }))
        .unwrap();
        assert_eq!(old.check, None);
        assert_eq!(
            old.message("ru"),
            "Конверт открылся, но в нём нет правильного случая для этой отправки."
        );
        // The sentence it was stored with stays for a bug report.
        assert_eq!(
            old.to_string(),
            "the payload is not a Wave case (bad_payload)"
        );
    }

    #[test]
    fn every_check_has_words_in_every_language_and_its_kind() {
        for lang in crate::l10n::STAFF.languages() {
            for check in RejectCheck::ALL {
                let reason = RejectReason::about(check, "S");
                assert_eq!(reason.kind, check.kind());
                let text = reason.message(lang);
                assert!(!text.starts_with("reject-"), "{lang} {check:?}: {text}");
                let kind_only = RejectReason {
                    check: None,
                    subject: None,
                    ..reason
                };
                let text = kind_only.message(lang);
                assert!(!text.starts_with("reject-"), "{lang} {check:?}: {text}");
            }
        }
    }

    #[test]
    fn all_holds_every_check_once() {
        let ids: std::collections::BTreeSet<&str> = RejectCheck::ALL
            .iter()
            .map(|check| check.message_id())
            .collect();
        assert_eq!(ids.len(), RejectCheck::ALL.len(), "a check is listed twice");
        // Every check's message in the catalog (the kinds' are `reject-kind-…`) names one in ALL.
        let catalog: std::collections::BTreeSet<&str> = include_str!("../locales/en/staff.ftl")
            .lines()
            .filter_map(|line| line.split_once(" = ").map(|(id, _)| id))
            .filter(|id| {
                id.strip_prefix("reject-")
                    .is_some_and(|rest| !rest.starts_with("kind-"))
            })
            .collect();
        assert_eq!(catalog, ids, "a check is missing from RejectCheck::ALL");
    }
}
