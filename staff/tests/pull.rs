//! Pulls from an in-memory source, without a server: every check and rejection, idempotence,
//! resuming at the saved cursor, recovering earlier rejections, and cleaning up after a crash.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::future::Future;
use std::io::Write;

use serde_json::json;
use sha2::{Digest, Sha256};
use wave_core::Vault;
use wave_core::case;
use wave_core::case::{AttachmentId, ConsentRecord, FormRef};
use wave_core::sync::{PAYLOAD_FORMAT, PayloadAttachment, StaffIdentity, SubmissionPayload};
use wave_core::sync::{parse_recipients, seal_payload};
use wave_core::vault::{KdfParams, Passphrase};
use wave_protocol::ed25519_dalek::SigningKey;
use wave_protocol::encoding::encode_base64;
use wave_protocol::{PullResponse, PulledSubmission, Sha256Hex, Uuid, sign_submission};
use wave_staff::{
    Archive, BlobDownload, Error, PullOptions, PullReport, RejectCheck, RejectKind, Result,
    SubmissionSource, pull, pull_observed,
};

const MARKER: &str = "Quokka-7731";
const PASSPHRASE: &str = "staff archive passphrase";

fn consent(seq: u32, purpose: &str, granted: bool) -> ConsentRecord {
    ConsentRecord {
        seq,
        purpose: purpose.into(),
        granted,
        at: 1_700_000_000_000 + i64::from(seq),
    }
}

fn random_seed() -> [u8; 32] {
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed).unwrap();
    seed
}

/// Lowercase hex of the SHA-256 of `bytes`, as a device records it.
fn sha256_hex(bytes: &[u8]) -> String {
    Sha256Hex::from_bytes(Sha256::digest(bytes).into()).to_string()
}

/// Serves submissions the way the server does: `v1.<seq>` cursors, pages of `limit`.
#[derive(Default)]
struct MemorySource {
    items: Vec<PulledSubmission>,
    blobs: HashMap<Sha256Hex, Vec<u8>>,
    /// Fail the page request with this number (1-based), once.
    fail_page: Cell<Option<usize>>,
    pages: Cell<usize>,
    afters: RefCell<Vec<Option<String>>>,
}

impl SubmissionSource for MemorySource {
    fn name(&self) -> &str {
        "memory"
    }

    fn page(&self, after: Option<&str>, limit: u32) -> impl Future<Output = Result<PullResponse>> {
        let after = after.map(str::to_owned);
        async move {
            self.afters.borrow_mut().push(after.clone());
            self.pages.set(self.pages.get() + 1);
            if self.fail_page.get() == Some(self.pages.get()) {
                self.fail_page.set(None);
                return Err(Error::Network("the line dropped".into()));
            }
            let start: i64 = after
                .as_deref()
                .and_then(|text| text.strip_prefix("v1."))
                .map(|n| n.parse().unwrap())
                .unwrap_or(0);
            let rest: Vec<_> = self.items.iter().filter(|item| item.seq > start).collect();
            let items: Vec<PulledSubmission> = rest
                .iter()
                .take(limit as usize)
                .map(|item| (*item).clone())
                .collect();
            let next_cursor = items
                .last()
                .map(|item| format!("v1.{}", item.seq))
                .or(after);
            Ok(PullResponse {
                has_more: rest.len() > items.len(),
                items,
                next_cursor,
            })
        }
    }

    fn blob(
        &self,
        sha256: &Sha256Hex,
        sink: &mut dyn Write,
    ) -> impl Future<Output = Result<BlobDownload>> {
        let found = self.blobs.get(sha256).cloned();
        async move {
            let bytes = found.ok_or_else(|| Error::Server {
                code: "not_found".into(),
                message: "no complete blob with this digest".into(),
            })?;
            sink.write_all(&bytes)?;
            Ok(BlobDownload {
                size: bytes.len() as u64,
                sha256: Sha256Hex::digest(&bytes),
            })
        }
    }
}

struct Device {
    id: Uuid,
    key: SigningKey,
}

impl Device {
    fn new() -> Device {
        Device {
            id: Uuid::new_v4(),
            key: SigningKey::from_bytes(&random_seed()),
        }
    }
}

struct Fixture {
    identity: StaffIdentity,
    recipients: Vec<age::x25519::Recipient>,
    source: MemorySource,
    dir: tempfile::TempDir,
}

impl Fixture {
    fn new() -> Fixture {
        let identity = StaffIdentity::generate();
        let recipients = parse_recipients(&[identity.recipient()]).unwrap();
        Fixture {
            identity,
            recipients,
            source: MemorySource::default(),
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn archive_dir(&self) -> std::path::PathBuf {
        self.dir.path().join("archive")
    }

    fn archive(&self) -> Archive {
        let dir = self.archive_dir();
        let passphrase = Passphrase::new(PASSPHRASE);
        if Archive::exists(&dir) {
            Archive::open(&dir, &passphrase).unwrap()
        } else {
            Archive::create(&dir, &passphrase, KdfParams::FLOOR).unwrap()
        }
    }

    /// Seals an attachment for the NGO as a device does: an age file to every recipient.
    fn seal(&self, plain: &[u8]) -> Vec<u8> {
        let encryptor = age::Encryptor::with_recipients(
            self.recipients
                .iter()
                .map(|recipient| recipient as &dyn age::Recipient),
        )
        .unwrap();
        let mut sealed = Vec::new();
        let mut writer = encryptor.wrap_output(&mut sealed).unwrap();
        writer.write_all(plain).unwrap();
        writer.finish().unwrap();
        sealed
    }

    fn payload(&mut self, id: Uuid, attachments: &[&[u8]]) -> SubmissionPayload {
        let mut listed = Vec::new();
        for (index, bytes) in attachments.iter().enumerate() {
            let sealed = self.seal(bytes);
            let sealed_sha256 = Sha256Hex::digest(&sealed);
            self.source.blobs.insert(sealed_sha256, sealed);
            listed.push(PayloadAttachment {
                id: AttachmentId::generate().to_string(),
                file_name: Some(format!("photo-{index}.jpg")),
                media_type: "image/jpeg".into(),
                size: bytes.len() as u64,
                sha256: sha256_hex(bytes),
                sealed_sha256: sealed_sha256.to_string(),
                added_at: 5,
            });
        }
        SubmissionPayload {
            format: PAYLOAD_FORMAT.into(),
            submission_id: id.to_string(),
            case_id: Uuid::new_v4().to_string(),
            version: 1,
            form: FormRef {
                id: "police-violence".into(),
                version: 1,
            },
            answers: json!({"code_name": MARKER, "country": "kz", "consent_statistics": true})
                .as_object()
                .cloned()
                .unwrap(),
            finalized_at: 7,
            consents: vec![consent(1, "statistics", true)],
            attachments: listed,
        }
    }

    /// Adds a submission of `payload` signed by `device` over `envelope` (the sealed payload
    /// unless given).
    fn submit(&mut self, device: &Device, payload: &SubmissionPayload, envelope: Option<Vec<u8>>) {
        let id: Uuid = payload.submission_id.parse().unwrap();
        let envelope = envelope.unwrap_or_else(|| seal_payload(payload, &self.recipients).unwrap());
        let signature = sign_submission(&device.key, &id, &envelope);
        let seq = self.source.items.len() as i64 + 1;
        self.source.items.push(PulledSubmission {
            seq,
            id,
            device_id: device.id,
            device_public_key: encode_base64(&device.key.verifying_key().to_bytes()),
            received_at: "2026-06-01T10:00:00Z".into(),
            envelope: encode_base64(&envelope),
            signature: encode_base64(&signature),
            blobs: payload
                .attachments
                .iter()
                .map(|a| Sha256Hex::parse(&a.sealed_sha256).unwrap())
                .collect(),
        });
    }

    fn pull(&self, archive: &mut Archive, page_size: u32) -> Result<PullReport> {
        self.pull_with(archive, page_size, &self.identity)
    }

    fn pull_with(
        &self,
        archive: &mut Archive,
        page_size: u32,
        identity: &StaffIdentity,
    ) -> Result<PullReport> {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(pull(
                archive,
                &self.source,
                identity,
                &PullOptions { page_size },
            ))
    }
}

#[test]
fn good_submissions_are_archived_once_with_their_attachments() {
    let mut fixture = Fixture::new();
    let device = Device::new();
    let photo: Vec<u8> = (0..200_000u32).map(|i| (i % 253) as u8).collect();
    let first = fixture.payload(Uuid::new_v4(), &[&photo, MARKER.as_bytes()]);
    let second = fixture.payload(Uuid::new_v4(), &[]);
    fixture.submit(&device, &first, None);
    fixture.submit(&device, &second, None);

    let mut archive = fixture.archive();
    let report = fixture.pull(&mut archive, 1).unwrap();
    assert_eq!(report.new, 2);
    assert_eq!(report.attachments, 2);
    assert!(report.rejected.is_empty());
    let cases = archive.cases().unwrap();
    assert_eq!(cases.len(), 2);
    assert_eq!(cases[0].case_id, first.case_id);
    assert_eq!(cases[0].answers["code_name"], MARKER);
    assert!(cases[0].signature_verified);
    assert_eq!(cases[0].consent("statistics"), Some(true));
    let attachment = &cases[0].attachments[0];
    assert_eq!(attachment.sha256, first.attachments[0].sha256);
    let mut out = Vec::new();
    case::read_attachment(
        archive.store(),
        cases[0].archive_case_id,
        attachment.archive_id,
        &mut out,
    )
    .unwrap();
    assert_eq!(out, photo);

    // Again: nothing new, nothing twice.
    let again = fixture.pull(&mut archive, 1).unwrap();
    assert_eq!((again.new, again.rejected.len()), (0, 0));
    assert_eq!(archive.cases().unwrap().len(), 2);
    assert_eq!(archive.cursor("memory").unwrap().as_deref(), Some("v1.2"));
    // From the start again (a lost cursor): every one is skipped as already there.
    let fresh = MemorySource {
        items: fixture.source.items.clone(),
        blobs: fixture.source.blobs.clone(),
        ..MemorySource::default()
    };
    archive.lock();

    let mut archive = fixture.archive();
    let replay = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap()
        .block_on(async {
            struct Renamed(MemorySource);
            impl SubmissionSource for Renamed {
                fn name(&self) -> &str {
                    "another name for the same server"
                }
                fn page(
                    &self,
                    after: Option<&str>,
                    limit: u32,
                ) -> impl Future<Output = Result<PullResponse>> {
                    self.0.page(after, limit)
                }
                fn blob(
                    &self,
                    sha256: &Sha256Hex,
                    sink: &mut dyn Write,
                ) -> impl Future<Output = Result<BlobDownload>> {
                    self.0.blob(sha256, sink)
                }
            }
            pull(
                &mut archive,
                &Renamed(fresh),
                &fixture.identity,
                &PullOptions::default(),
            )
            .await
        })
        .unwrap();
    assert_eq!((replay.new, replay.already_had), (0, 2));
    assert_eq!(archive.cases().unwrap().len(), 2);
    assert_eq!(case::case_count(archive.store()).unwrap(), 2);
}

#[test]
fn an_interrupted_pull_resumes_at_the_saved_cursor() {
    let mut fixture = Fixture::new();
    let device = Device::new();
    for _ in 0..5 {
        let payload = fixture.payload(Uuid::new_v4(), &[b"evidence"]);
        fixture.submit(&device, &payload, None);
    }
    fixture.source.fail_page.set(Some(3));
    let mut archive = fixture.archive();
    let error = fixture.pull(&mut archive, 2).unwrap_err();
    assert!(matches!(error, Error::Network(_)));
    // Two pages of two went in, with the cursor after them.
    assert_eq!(archive.cases().unwrap().len(), 4);
    assert_eq!(archive.cursor("memory").unwrap().as_deref(), Some("v1.4"));

    let report = fixture.pull(&mut archive, 2).unwrap();
    assert_eq!((report.new, report.already_had), (1, 0));
    assert_eq!(
        fixture.source.afters.borrow().last().unwrap().as_deref(),
        Some("v1.4")
    );
    let cases = archive.cases().unwrap();
    assert_eq!(cases.len(), 5);
    assert_eq!(
        cases.iter().map(|case| case.seq).collect::<Vec<_>>(),
        [1, 2, 3, 4, 5]
    );
    assert_eq!(case::case_count(archive.store()).unwrap(), 5);
}

#[test]
fn an_interrupted_page_leaves_no_half_made_cases() {
    let mut fixture = Fixture::new();
    let device = Device::new();
    let payload = fixture.payload(Uuid::new_v4(), &[b"evidence"]);
    fixture.submit(&device, &payload, None);
    fixture.archive().lock();
    // A case made before a crash, its page never committed.
    let mut vault = Vault::at(fixture.archive_dir())
        .unlock(&Passphrase::new(PASSPHRASE))
        .unwrap();
    case::create_case(vault.store(), payload.form.clone(), payload.answers.clone()).unwrap();
    vault.lock();
    let mut archive = fixture.archive();
    std::fs::create_dir_all(archive.incoming_dir()).unwrap();
    std::fs::write(archive.incoming_dir().join("partial"), b"half a blob").unwrap();
    let report = fixture.pull(&mut archive, 10).unwrap();
    assert_eq!((report.cleaned_up, report.new), (1, 1));
    assert_eq!(case::case_count(archive.store()).unwrap(), 1);
    assert_eq!(
        std::fs::read_dir(archive.incoming_dir()).unwrap().count(),
        0
    );
}

#[test]
fn a_page_is_written_in_one_transaction_with_its_cases_or_not_at_all() {
    let mut fixture = Fixture::new();
    let device = Device::new();
    let mut payloads = Vec::new();
    for index in 0..9 {
        let attachments: &[&[u8]] = if index == 4 { &[b"evidence"] } else { &[] };
        let mut payload = fixture.payload(Uuid::new_v4(), attachments);
        payload.answers.insert("n".into(), json!(index));
        fixture.submit(&device, &payload, None);
        payloads.push(payload);
    }
    // Altered after signing.
    let altered = fixture.payload(Uuid::new_v4(), &[]);
    fixture.submit(&device, &altered, None);
    let last = fixture.source.items.len() - 1;
    let mut envelope = fixture.source.items[last].envelope_bytes().unwrap();
    envelope[40] ^= 1;
    fixture.source.items[last].envelope = encode_base64(&envelope);
    // The same device id with another key, signed validly by that key.
    let impostor = Device {
        id: device.id,
        key: SigningKey::from_bytes(&random_seed()),
    };
    let swapped = fixture.payload(Uuid::new_v4(), &[]);
    fixture.submit(&impostor, &swapped, None);
    // A submission the server lists twice in one page.
    let mut twice = fixture.source.items[2].clone();
    twice.seq = fixture.source.items.len() as i64 + 1;
    fixture.source.items.push(twice);

    // The page's commit fails at its very end (the cursor), as a full disk would.
    fixture.archive().lock();
    let refuse = |sql: &str| {
        let mut vault = Vault::at(fixture.archive_dir())
            .unlock(&Passphrase::new(PASSPHRASE))
            .unwrap();
        vault.store().conn().execute_batch(sql).unwrap();
        vault.lock();
    };
    refuse(
        "CREATE TRIGGER refuse_cursor BEFORE INSERT ON vault_meta \
         WHEN NEW.name = 'archive_cursors' BEGIN SELECT RAISE(ABORT, 'disk full'); END;",
    );
    let mut archive = fixture.archive();
    let error = fixture.pull(&mut archive, 100).unwrap_err();
    assert!(matches!(error, Error::Database(_)), "{error:?}");
    assert_eq!(case::case_count(archive.store()).unwrap(), 0);
    assert!(archive.cases().unwrap().is_empty());
    assert!(archive.rejected().unwrap().is_empty());
    assert_eq!(archive.cursor("memory").unwrap(), None);
    archive.lock();
    refuse("DROP TRIGGER refuse_cursor;");

    let mut archive = fixture.archive();
    let report = fixture.pull(&mut archive, 100).unwrap();
    assert_eq!((report.new, report.already_had), (9, 1));
    assert_eq!((report.attachments, report.cleaned_up), (1, 0));
    let kinds: Vec<_> = report
        .rejected
        .iter()
        .map(|rejection| (rejection.seq, rejection.reason.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            (10, RejectKind::BadSignature),
            (11, RejectKind::DeviceKeyChanged)
        ]
    );
    let cases = archive.cases().unwrap();
    assert_eq!(
        cases.iter().map(|case| case.seq).collect::<Vec<_>>(),
        (1..=9).collect::<Vec<_>>()
    );
    for (case, payload) in cases.iter().zip(&payloads) {
        assert_eq!(case.case_id, payload.case_id);
        assert_eq!(case.answers, payload.answers);
        assert_eq!(case.consent("statistics"), Some(true));
        assert_eq!(case.attachments.len(), payload.attachments.len());
        let stored = case::get_case(archive.store(), case.archive_case_id).unwrap();
        assert_eq!(stored.status, case::CaseStatus::Finalized);
        assert_eq!(stored.versions.len(), 1);
        assert_eq!(stored.versions[0].answers, payload.answers);
    }
    assert_eq!(case::case_count(archive.store()).unwrap(), 9);
    assert_eq!(case::list_cases(archive.store()).unwrap().len(), 9);

    // Pulled again from the start: every one is already there, nothing is written twice.
    let mut fresh = MemorySource {
        items: fixture.source.items.clone(),
        blobs: fixture.source.blobs.clone(),
        ..MemorySource::default()
    };
    std::mem::swap(&mut fixture.source, &mut fresh);
    archive.lock();
    let mut vault = Vault::at(fixture.archive_dir())
        .unlock(&Passphrase::new(PASSPHRASE))
        .unwrap();
    vault
        .store()
        .conn()
        .execute("DELETE FROM vault_meta WHERE name = 'archive_cursors'", [])
        .unwrap();
    vault.lock();
    let mut archive = fixture.archive();
    let replay = fixture.pull(&mut archive, 4).unwrap();
    assert_eq!((replay.new, replay.already_had), (0, 12));
    assert!(replay.rejected.is_empty());
    assert_eq!(case::case_count(archive.store()).unwrap(), 9);
}

#[test]
fn the_next_page_checked_early_is_written_only_after_its_own_checks() {
    let mut fixture = Fixture::new();
    let device = Device::new();
    for _ in 0..6 {
        let payload = fixture.payload(Uuid::new_v4(), &[]);
        fixture.submit(&device, &payload, None);
    }
    // Listed again right after itself: the page after the one that holds it, which is checked
    // while that one is still being written.
    let mut again = fixture.source.items[5].clone();
    again.seq = 7;
    fixture.source.items.push(again);
    // The same device with another key on the page after the one that first shows the device.
    let impostor = Device {
        id: device.id,
        key: SigningKey::from_bytes(&random_seed()),
    };
    let swapped = fixture.payload(Uuid::new_v4(), &[]);
    fixture.submit(&impostor, &swapped, None);

    // Stopped after its first page: the second, already fetched and checked, is not written.
    let mut archive = fixture.archive();
    let mut pages = 0;
    let stopped = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap()
        .block_on(pull_observed(
            &mut archive,
            &fixture.source,
            &fixture.identity,
            &PullOptions { page_size: 2 },
            &mut |_| {
                pages += 1;
                pages < 1
            },
        ));
    assert!(matches!(stopped, Err(Error::Locked)), "{stopped:?}");
    assert_eq!(archive.cases().unwrap().len(), 2);
    assert_eq!(case::case_count(archive.store()).unwrap(), 2);
    assert_eq!(archive.cursor("memory").unwrap().as_deref(), Some("v1.2"));

    let report = fixture.pull(&mut archive, 2).unwrap();
    assert_eq!((report.new, report.already_had), (4, 1));
    let kinds: Vec<_> = report
        .rejected
        .iter()
        .map(|rejection| (rejection.seq, rejection.reason.kind))
        .collect();
    assert_eq!(kinds, [(8, RejectKind::DeviceKeyChanged)]);
    assert_eq!(
        archive
            .cases()
            .unwrap()
            .iter()
            .map(|case| case.seq)
            .collect::<Vec<_>>(),
        [1, 2, 3, 4, 5, 6]
    );
    assert_eq!(case::case_count(archive.store()).unwrap(), 6);
}

#[test]
fn forged_damaged_and_mismatched_submissions_are_rejected_with_reasons() {
    let mut fixture = Fixture::new();
    let device = Device::new();

    // Altered after signing: the signature no longer matches.
    let altered = fixture.payload(Uuid::new_v4(), &[]);
    fixture.submit(&device, &altered, None);
    let last = fixture.source.items.len() - 1;
    let mut envelope = fixture.source.items[last].envelope_bytes().unwrap();
    let middle = envelope.len() / 2;
    envelope[middle] ^= 1;
    fixture.source.items[last].envelope = encode_base64(&envelope);

    // Signed, but the envelope is junk.
    let junk = fixture.payload(Uuid::new_v4(), &[]);
    fixture.submit(
        &device,
        &junk,
        Some(format!("not age {MARKER}").into_bytes()),
    );

    // A payload moved under another submission id.
    let moved = fixture.payload(Uuid::new_v4(), &[]);
    let mut under_other_id = moved.clone();
    under_other_id.submission_id = Uuid::new_v4().to_string();
    let envelope = seal_payload(&moved, &fixture.recipients).unwrap();
    fixture.submit(&device, &under_other_id, Some(envelope));

    // The server's blob is not what the payload names.
    let swapped = fixture.payload(Uuid::new_v4(), &[b"original"]);
    let digest = Sha256Hex::parse(&swapped.attachments[0].sealed_sha256).unwrap();
    let other = fixture.seal(b"something else");
    fixture.source.blobs.insert(digest, other);
    fixture.submit(&device, &swapped, None);

    // The attachment decrypts, but not to what the device recorded.
    let mut relabelled = fixture.payload(Uuid::new_v4(), &[b"original"]);
    relabelled.attachments[0].sha256 = sha256_hex(b"other");
    fixture.submit(&device, &relabelled, None);

    // Another device claims a known device's id with its own key.
    let good = fixture.payload(Uuid::new_v4(), &[]);
    fixture.submit(&device, &good, None);
    let impostor = Device {
        id: device.id,
        key: SigningKey::from_bytes(&[9u8; 32]),
    };
    let forged = fixture.payload(Uuid::new_v4(), &[]);
    fixture.submit(&impostor, &forged, None);

    let mut archive = fixture.archive();
    let report = fixture.pull(&mut archive, 3).unwrap();
    let kinds: Vec<RejectKind> = report.rejected.iter().map(|r| r.reason.kind).collect();
    assert_eq!(
        kinds,
        [
            RejectKind::BadSignature,
            RejectKind::Undecryptable,
            RejectKind::BadPayload,
            RejectKind::BlobHashMismatch,
            RejectKind::AttachmentHashMismatch,
            RejectKind::DeviceKeyChanged,
        ]
    );
    assert_eq!(report.new, 1);
    let cases = archive.cases().unwrap();
    assert_eq!(cases.len(), 1);
    assert_eq!(cases[0].submission_id.to_string(), good.submission_id);
    // Nothing of a rejected submission became a case.
    assert_eq!(case::case_count(archive.store()).unwrap(), 1);
    let rejected = archive.rejected().unwrap();
    assert_eq!(rejected.len(), 6);
    assert!(
        rejected
            .iter()
            .all(|r| !r.reason.to_string().contains(MARKER))
    );

    // Pulled again: the final rejections are not retried, the undecryptable one is and fails.
    let again = fixture.pull(&mut archive, 3).unwrap();
    assert_eq!(
        (again.new, again.rejected.len(), again.still_rejected),
        (0, 0, 1)
    );
    // The cursor had moved past them all: nothing was even fetched again.
    assert_eq!(again.already_had, 0);
}

#[test]
fn a_device_cannot_replace_another_devices_case() {
    let mut fixture = Fixture::new();
    let (hers, other) = (Device::new(), Device::new());
    let original = fixture.payload(Uuid::new_v4(), &[]);
    fixture.submit(&hers, &original, None);
    let mut archive = fixture.archive();
    assert_eq!(fixture.pull(&mut archive, 10).unwrap().new, 1);

    // Another enrolled device sends a "later version" of her case (its id taken from an
    // export, say), on a later pull and twice in one page; an attachment id that is not a UUID
    // is refused too, before it is ever named.
    let mut takeover = fixture.payload(Uuid::new_v4(), &[]);
    takeover.case_id = original.case_id.clone();
    takeover.version = u32::MAX;
    fixture.submit(&other, &takeover, None);
    let mut again = fixture.payload(Uuid::new_v4(), &[]);
    again.case_id = original.case_id.clone();
    fixture.submit(&other, &again, None);
    let mut escapes = fixture.payload(Uuid::new_v4(), &[b"photo"]);
    escapes.attachments[0].id = "\u{1b}[2J\u{1b}]52;c;aGk=\u{7}".into();
    fixture.submit(&other, &escapes, None);
    // Her own correction still goes in.
    let mut correction = fixture.payload(Uuid::new_v4(), &[]);
    correction.case_id = original.case_id.clone();
    correction.version = 2;
    fixture.submit(&hers, &correction, None);

    let report = fixture.pull(&mut archive, 2).unwrap();
    let checks: Vec<_> = report.rejected.iter().map(|r| r.reason.check).collect();
    assert_eq!(
        checks,
        [
            Some(RejectCheck::CaseOfAnotherDevice),
            Some(RejectCheck::CaseOfAnotherDevice),
            Some(RejectCheck::PayloadAttachmentList),
        ]
    );
    assert_eq!(report.new, 1);
    let latest = archive.latest_cases().unwrap();
    assert_eq!(latest.len(), 1);
    assert_eq!(
        latest[0].submission_id.to_string(),
        correction.submission_id
    );
    assert_eq!(latest[0].device_id, hers.id);
    for rejection in archive.rejected().unwrap() {
        let shown = rejection.reason.message("en");
        assert!(!shown.chars().any(char::is_control), "{shown:?}");
    }
}

#[test]
fn a_wrong_identity_is_recovered_from_with_the_right_one() {
    let mut fixture = Fixture::new();
    let device = Device::new();
    let payload = fixture.payload(Uuid::new_v4(), &[b"evidence"]);
    fixture.submit(&device, &payload, None);
    let mut archive = fixture.archive();
    let wrong = StaffIdentity::generate();
    let report = fixture.pull_with(&mut archive, 10, &wrong).unwrap();
    assert_eq!(report.rejected[0].reason.kind, RejectKind::Undecryptable);
    assert!(archive.cases().unwrap().is_empty());

    let report = fixture.pull(&mut archive, 10).unwrap();
    assert_eq!(
        (report.recovered, report.new, report.attachments),
        (1, 0, 1)
    );
    assert!(archive.rejected().unwrap().is_empty());
    assert_eq!(archive.cases().unwrap().len(), 1);
}

#[test]
fn a_missing_blob_is_rejected_then_recovered_when_it_arrives() {
    let mut fixture = Fixture::new();
    let device = Device::new();
    let payload = fixture.payload(Uuid::new_v4(), &[b"evidence"]);
    let digest = Sha256Hex::parse(&payload.attachments[0].sealed_sha256).unwrap();
    let sealed = fixture.source.blobs.remove(&digest).unwrap();
    fixture.submit(&device, &payload, None);
    let mut archive = fixture.archive();
    let report = fixture.pull(&mut archive, 10).unwrap();
    assert_eq!(report.rejected[0].reason.kind, RejectKind::BlobMissing);
    assert_eq!(case::case_count(archive.store()).unwrap(), 0);
    fixture.source.blobs.insert(digest, sealed);
    let report = fixture.pull(&mut archive, 10).unwrap();
    assert_eq!(report.recovered, 1);
}

#[test]
fn a_device_vault_is_not_taken_for_an_archive() {
    let dir = tempfile::tempdir().unwrap();
    let passphrase = Passphrase::new("device passphrase");
    Vault::at(dir.path())
        .create(&passphrase, KdfParams::FLOOR)
        .unwrap()
        .lock();
    let error = Archive::open(dir.path(), &passphrase).unwrap_err();
    assert!(error.to_string().contains("not a staff archive"), "{error}");
    // Nor was it given the archive's tables.
    let database = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|entry| entry.unwrap().path().join("cases.db"))
        .find(|path| path.exists())
        .unwrap();
    let conn = rusqlite::Connection::open(database).unwrap();
    let archive_tables: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'archive%'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(archive_tables, 0);
}
