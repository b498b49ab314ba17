//! Files written by an earlier build — a vault's key file and database, an encrypted attachment,
//! and a sealed outbox entry with its sealed attachment — opened by this one. They pin the
//! on-disk formats across upgrades of the libraries that write them (SQLite, the AEAD and STREAM
//! ciphers, Argon2id, Ed25519, age): a build that cannot open them would lock people out of
//! what they recorded.
//!
//! The files are in `core/tests/fixtures/previous-build/`, made by
//! `cargo test -p wave-core --lib format_fixtures::write_fixtures -- --ignored` (which refuses
//! to overwrite them). Remake them only for a format change made on purpose, and keep the old
//! ones beside the new if the old format is still read. Their only secrets are made up for
//! them: the passphrase below, the device seed below and `staff.key`, an age identity that
//! exists nowhere else.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::json;
use wave_protocol::ed25519_dalek::SigningKey;
use wave_protocol::{EnrollmentInvite, Uuid, sign_submission, verify_submission_signature};

use crate::case;
use crate::case::{Answers, CaseStatus, FormRef};
use crate::sync;
use crate::sync::Device;
use crate::sync::StaffIdentity;
use crate::unlock::Vault;
use crate::vault::{KdfParams, Passphrase};

const PASSPHRASE: &str = "fixture passphrase, not used anywhere else";
const DEVICE_SEED: [u8; 32] = [0x5a; 32];
const DEVICE_ID: &str = "0b7c3f5e-2d51-4c8e-9a3e-6f1d2b4c8a90";
const ATTACHMENT_LEN: usize = 150_000;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/previous-build")
}

fn form() -> FormRef {
    FormRef {
        id: "police-violence".into(),
        version: 1,
    }
}

fn finalized_answers() -> Answers {
    let value = json!({ "code_name": "Fixture", "city": "Odesa", "violations": ["v_beat"] });
    match value {
        serde_json::Value::Object(map) => map,
        _ => unreachable!("a JSON object literal"),
    }
}

fn draft_answers() -> Answers {
    let value = json!({ "code_name": "Draft" });
    match value {
        serde_json::Value::Object(map) => map,
        _ => unreachable!("a JSON object literal"),
    }
}

/// Three STREAM chunks, the last one short, so the chunk counter and the last-chunk flag both
/// matter; not a repeating pattern, so a misplaced chunk would not decrypt to the same bytes.
fn attachment_bytes() -> Vec<u8> {
    (0..ATTACHMENT_LEN)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect()
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
#[ignore = "writes the fixtures; run by hand only for a deliberate format change"]
fn write_fixtures() {
    let out = fixtures();
    assert!(
        !out.exists(),
        "{} exists; move it away first, the test reading it needs the old files",
        out.display()
    );
    let staff = StaffIdentity::generate();
    let vault = Vault::at(out.join("vault"));
    let mut unlocked = vault
        .create(&Passphrase::new(PASSPHRASE), KdfParams::FLOOR)
        .unwrap();
    let store = unlocked.store();
    let invite = EnrollmentInvite {
        server: "https://ngo.invalid".into(),
        code: "fixture".into(),
        recipients: vec![staff.recipient()],
        pin_sha256: None,
        backup_pins_sha256: Vec::new(),
        signing_key: None,
    };
    let device_id: Uuid = DEVICE_ID.parse().unwrap();
    let key = SigningKey::from_bytes(&DEVICE_SEED);
    sync::set_device(
        store,
        &Device::new(&invite, device_id, "fixture-token".into(), &key),
    )
    .unwrap();
    case::create_case(store, form(), draft_answers()).unwrap();
    let case = case::create_case(store, form(), finalized_answers()).unwrap();
    case::add_attachment(
        store,
        case,
        &mut &attachment_bytes()[..],
        Some("photo.jpg"),
        "image/jpeg",
    )
    .unwrap();
    // An enrolled device seals a version as it is finalized.
    crate::record::finalize_and_seal(store, case).unwrap();
    assert_eq!(
        sync::pending_submissions_after(store, 0, 10).unwrap().len(),
        1
    );
    unlocked.lock();
    fs::write(out.join("staff.key"), staff.to_file_text().as_bytes()).unwrap();
}

#[test]
fn files_written_by_the_previous_build_open() {
    let work = tempfile::tempdir().unwrap();
    // Unlocking writes (the attempt counter, collection of leftovers): never touch the originals.
    copy_dir(&fixtures().join("vault"), &work.path().join("vault"));
    let vault = Vault::at(work.path().join("vault"));
    assert!(matches!(
        vault.unlock(&Passphrase::new("not the passphrase")),
        Err(crate::Error::WrongPassphrase)
    ));
    let mut unlocked = vault.unlock(&Passphrase::new(PASSPHRASE)).unwrap();
    let store = unlocked.store();
    store.integrity_check().unwrap();

    let mut summaries = case::list_cases(store).unwrap();
    summaries.sort_by_key(|summary| summary.status == CaseStatus::Finalized);
    assert_eq!(summaries.len(), 2);
    let draft = case::get_case(store, summaries[0].id).unwrap();
    assert_eq!(
        (draft.status, &draft.answers),
        (CaseStatus::Draft, &draft_answers())
    );
    let case = case::get_case(store, summaries[1].id).unwrap();
    assert_eq!(case.status, CaseStatus::Finalized);
    assert_eq!(case.answers, finalized_answers());
    assert_eq!(case.versions.len(), 1);
    assert_eq!(case.versions[0].answers, finalized_answers());

    // The attachment: the vault's STREAM format, its per-file key inside the row envelope, and
    // the SHA-256 recorded at capture (read_attachment checks it).
    let attachments = case::list_attachments(store, case.id).unwrap();
    assert_eq!(attachments.len(), 1);
    let mut read = Vec::new();
    let meta = case::read_attachment(store, case.id, attachments[0].id, &mut read).unwrap();
    assert_eq!(read, attachment_bytes());
    assert_eq!(
        (meta.file_name.as_deref(), meta.size),
        (Some("photo.jpg"), ATTACHMENT_LEN as u64)
    );

    // The device key comes back the same, and Ed25519 being deterministic, it signs the stored
    // submission to the very signature the previous build stored.
    let device = sync::device(store).unwrap().unwrap();
    assert_eq!(device.device_id, DEVICE_ID.parse::<Uuid>().unwrap());
    let key = device.signing_key().unwrap();
    assert_eq!(key.to_bytes(), DEVICE_SEED);
    let public = key.verifying_key().to_bytes();
    let pending = sync::pending_submissions_after(store, 0, 10).unwrap();
    assert_eq!(pending.len(), 1);
    let submission = &pending[0].1;
    assert_eq!(submission.case_id, case.id);
    let signature: [u8; 64] = submission.body.signature.as_slice().try_into().unwrap();
    let envelope = wave_protocol::encoding::decode_base64(&submission.body.envelope).unwrap();
    verify_submission_signature(&public, &submission.id, &envelope, &signature).unwrap();
    assert_eq!(sign_submission(&key, &submission.id, &envelope), signature);

    // The sealed payload and the sealed attachment open with the NGO's age identity.
    let staff_text = fs::read_to_string(fixtures().join("staff.key")).unwrap();
    let staff = StaffIdentity::parse(&staff_text).unwrap();
    let payload = staff
        .open_payload(&envelope, &submission.id.to_string())
        .unwrap();
    assert_eq!(payload.case_id, case.id.to_string());
    assert_eq!(
        (payload.version, &payload.answers),
        (1, &finalized_answers())
    );
    assert_eq!(payload.attachments.len(), 1);
    assert_eq!(payload.attachments[0].sha256, meta.sha256);
    let blobs = sync::pending_blobs(store).unwrap();
    assert_eq!(blobs.len(), 1);
    assert_eq!(submission.body.blobs, vec![blobs[0].body.sha256]);
    assert_eq!(
        payload.attachments[0].sealed_sha256,
        blobs[0].body.sha256.to_string()
    );
    let sealed = fs::read(&blobs[0].path).unwrap();
    assert_eq!(
        wave_protocol::Sha256Hex::digest(&sealed),
        blobs[0].body.sha256
    );
    let mut opened = Vec::new();
    staff.decrypt(&mut &sealed[..], &mut opened).unwrap();
    assert_eq!(opened, attachment_bytes());
}

/// Where a vault written before case summaries moved into sealed pages is kept: one envelope per
/// case in `case_summaries` (database version 5).
fn summary_fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/summaries-per-case")
}

/// Cases in the summary fixture: more than one page holds, so moving them splits pages.
const SUMMARY_FIXTURE_CASES: usize = 40;

fn summary_fixture_answers(index: usize) -> Answers {
    // Titles of several lengths and scripts; every fifth case without a code name.
    let value = if index % 5 == 4 {
        json!({ "city": "Chișinău" })
    } else {
        json!({ "code_name": format!("Справа {index} {}", "ж".repeat(index)), "city": "Kyiv" })
    };
    match value {
        serde_json::Value::Object(map) => map,
        _ => unreachable!("a JSON object literal"),
    }
}

#[test]
#[ignore = "writes the fixture; run by hand only for a deliberate format change"]
fn write_summary_fixtures() {
    let out = summary_fixtures();
    assert!(
        !out.exists(),
        "{} exists; move it away first",
        out.display()
    );
    let vault = Vault::at(out.join("vault"));
    let mut unlocked = vault
        .create(&Passphrase::new(PASSPHRASE), KdfParams::FLOOR)
        .unwrap();
    let store = unlocked.store();
    let mut ids = Vec::new();
    for index in 0..SUMMARY_FIXTURE_CASES {
        ids.push(case::create_case(store, form(), summary_fixture_answers(index)).unwrap());
    }
    // A finalized case with two versions, and one deleted (its summary must not come back).
    case::finalize_case(store, ids[1]).unwrap();
    case::amend_case(store, ids[1]).unwrap();
    case::finalize_case(store, ids[1]).unwrap();
    case::delete_case(store, ids[2]).unwrap();
    unlocked.lock();
}

#[test]
fn summaries_sealed_one_per_case_move_into_pages_on_unlock() {
    let work = tempfile::tempdir().unwrap();
    copy_dir(
        &summary_fixtures().join("vault"),
        &work.path().join("vault"),
    );
    let vault = Vault::at(work.path().join("vault"));
    // Titles under 80 characters: the code name as it is, or none.
    let mut expected: Vec<String> = (0..SUMMARY_FIXTURE_CASES)
        .filter(|index| *index != 2)
        .map(|index| {
            let answers = summary_fixture_answers(index);
            let title = answers.get("code_name").and_then(|value| value.as_str());
            title.unwrap_or_default().to_owned()
        })
        .collect();
    expected.sort();
    let mut listed = Vec::new();
    for unlock in 0..2 {
        let mut unlocked = vault.unlock(&Passphrase::new(PASSPHRASE)).unwrap();
        let store = unlocked.store();
        store.integrity_check().unwrap();
        let count =
            |sql: &str| -> i64 { store.conn().query_row(sql, [], |row| row.get(0)).unwrap() };
        assert_eq!(count("PRAGMA user_version"), 6, "unlock {unlock}");
        assert_eq!(count("SELECT count(*) FROM case_summaries"), 0);
        assert!(count("SELECT count(*) FROM summary_pages") >= 2);
        let summaries = case::list_cases(store).unwrap();
        let mut titles: Vec<String> = summaries.iter().map(|s| s.title.clone()).collect();
        titles.sort();
        assert_eq!(titles, expected, "unlock {unlock}");
        let finalized: Vec<_> = summaries
            .iter()
            .filter(|summary| summary.status == CaseStatus::Finalized)
            .collect();
        assert_eq!(finalized.len(), 1);
        assert_eq!(
            (finalized[0].title.as_str(), finalized[0].versions),
            ("Справа 1 ж", 2)
        );
        for summary in &summaries {
            let case = case::get_case(store, summary.id).unwrap();
            assert_eq!(
                (summary.updated_at, summary.versions as usize),
                (case.updated_at, case.versions.len())
            );
        }
        if unlock == 0 {
            // The store keeps working in the new format.
            listed = summaries;
            let id = case::create_case(store, form(), summary_fixture_answers(2)).unwrap();
            assert_eq!(case::list_cases(store).unwrap().len(), listed.len() + 1);
            case::delete_case(store, id).unwrap();
        } else {
            assert_eq!(summaries, listed, "the second unlock moves nothing");
        }
        unlocked.lock();
    }
}
