//! An archive written before the staff side left wave-core — its tables made by wave-core's
//! migration 0004, no `archive_schema` — opened by this build: it migrates, lists its
//! submissions, reads its attachment and exports. `fixtures/previous-layout/README.md` says how
//! it was made and what it holds.

use std::fs;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use wave_core::case;
use wave_core::vault::Passphrase;
use wave_protocol::Sha256Hex;
use wave_staff::{Archive, Error, ExportFormat, Forms, RejectKind, Stats, export};

const PASSPHRASE: &str = "previous layout archive, a fixture passphrase only";
const PHOTO_LEN: u32 = 70_000;

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/previous-layout/archive")
}

fn photo() -> Vec<u8> {
    (0..PHOTO_LEN)
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

/// The store's database inside a vault folder (`<store id>/cases.db`).
fn database(vault: &Path) -> PathBuf {
    fs::read_dir(vault)
        .unwrap()
        .map(|entry| entry.unwrap().path().join("cases.db"))
        .find(|path| path.exists())
        .unwrap()
}

fn versions(vault: &Path) -> (u32, Option<u32>) {
    let conn = rusqlite::Connection::open(database(vault)).unwrap();
    let core: u32 = conn
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .unwrap();
    let staff: Option<u32> = conn
        .query_row("SELECT version FROM archive_schema", [], |row| row.get(0))
        .ok();
    (core, staff)
}

#[test]
fn an_archive_made_by_the_previous_layout_opens_lists_and_exports() {
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("archive");
    // Opening writes (the attempt counter, the migrations): never touch the originals.
    copy_dir(&fixture(), &dir);
    assert_eq!(versions(&dir), (4, None));
    assert!(matches!(
        Archive::open(&dir, &Passphrase::new("not the passphrase")),
        Err(Error::WrongPassphrase)
    ));

    let archive = Archive::open(&dir, &Passphrase::new(PASSPHRASE)).unwrap();
    let cases = archive.cases().unwrap();
    assert_eq!(
        cases.iter().map(|case| case.seq).collect::<Vec<_>>(),
        [1, 2, 3]
    );
    let ids: Vec<String> = cases
        .iter()
        .map(|case| case.submission_id.to_string())
        .collect();
    assert_eq!(
        ids,
        [
            "6c1e0b5a-8d3f-4a27-b9e1-5f7c2d8a4b60",
            "9b8e7d6c-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
            "1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
        ]
    );
    assert!(cases.iter().all(|case| case.signature_verified));
    assert_eq!(
        cases[0].device_id.to_string(),
        "3f2a9c4e-7b1d-4e8a-9c65-0d4b2e7f1a38"
    );
    assert_eq!(cases[0].case_id, "a4d7e2f1-3b6c-4c89-8e1a-2f5b7d9c0e13");
    assert_eq!((cases[0].version, cases[1].version), (1, 2));
    assert_eq!(cases[1].case_id, cases[0].case_id);
    assert_eq!(cases[0].answers["code_name"], "Archive fixture");
    assert_eq!(cases[0].answers["country"], "kz");
    assert_eq!(cases[1].answers["country"], "kg");
    assert_eq!(cases[0].consent("statistics"), Some(true));
    assert_eq!(cases[1].consent("statistics"), Some(false));
    assert_eq!(
        (cases[2].form.id.as_str(), cases[2].form.version),
        ("police-violence", 2)
    );

    // The attachment: decrypted into the archive's store on arrival, read back whole and
    // matching the fingerprint the device recorded.
    assert_eq!(cases[0].attachments.len(), 1);
    let attachment = &cases[0].attachments[0];
    let photo = photo();
    assert_eq!(attachment.size, u64::from(PHOTO_LEN));
    assert_eq!(
        attachment.sha256,
        Sha256Hex::from_bytes(Sha256::digest(&photo).into()).to_string()
    );
    let mut read = Vec::new();
    case::read_attachment(
        archive.store(),
        cases[0].archive_case_id,
        attachment.archive_id,
        &mut read,
    )
    .unwrap();
    assert_eq!(read, photo);

    let rejected = archive.rejected().unwrap();
    assert_eq!(rejected.len(), 1);
    assert_eq!(rejected[0].seq, 4);
    assert_eq!(rejected[0].reason.kind, RejectKind::BadSignature);
    assert_eq!(archive.cursor("memory").unwrap().as_deref(), Some("v1.4"));

    // Exports and statistics take the latest version of each case: the corrected one, whose
    // consent to statistics was withdrawn, and the other.
    let latest = archive.latest_cases().unwrap();
    assert_eq!(latest.len(), 2);
    assert_eq!((latest[0].version, latest[1].seq), (2, 3));
    let forms = Forms::builtin().unwrap();
    let mut csv = Vec::new();
    let full = export(&latest, &forms, ExportFormat::Csv, false, &mut csv).unwrap();
    assert_eq!(full.cases, 2);
    let csv = String::from_utf8(csv).unwrap();
    assert_eq!(csv.lines().count(), 3, "{csv}");
    assert!(
        csv.contains("Archive fixture") && csv.contains("Second"),
        "{csv}"
    );
    let mut public = Vec::new();
    let summary = export(&latest, &forms, ExportFormat::Json, true, &mut public).unwrap();
    assert_eq!((summary.cases, summary.without_consent), (1, 1));
    let public = String::from_utf8(public).unwrap();
    assert!(
        public.contains("\"ge\"") && !public.contains("Second"),
        "{public}"
    );
    let mut geojson = Vec::new();
    export(&latest, &forms, ExportFormat::GeoJson, false, &mut geojson).unwrap();
    let stats = Stats::compute(&latest, &forms);
    assert_eq!((stats.all.cases, stats.public.cases), (2, 1));
    assert_eq!(stats.all.by_country["kg"], 1);
    archive.lock();

    // Migrated once: wave-core's version moved on, the tables (with rows) were kept and
    // adopted by wave-staff's first migration, the second added the follow-up history and the
    // third the redactions; a second opening changes nothing.
    assert_eq!(versions(&dir), (6, Some(3)));
    let again = Archive::open(&dir, &Passphrase::new(PASSPHRASE)).unwrap();
    assert_eq!(again.cases().unwrap().len(), 3);
    assert_eq!(again.rejected().unwrap().len(), 1);
    again.lock();
    assert_eq!(versions(&dir), (6, Some(3)));
}
