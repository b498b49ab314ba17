//! The case store through the public API, and what an examiner with the files would find:
//! lifecycle, tampered and swapped rows, attachments, and a byte scan of every file for what a
//! person wrote.

use std::fs;
use std::path::{Path, PathBuf};

use proptest::prelude::*;
use serde_json::{Value, json};
use wave_core::Error;
use wave_core::case;
use wave_core::case::{Answers, AttachmentMeta, CaseId, CaseStatus, FormRef};
use wave_core::vault::{KdfParams, Passphrase};
use wave_core::{UnlockedVault, Vault};

fn form() -> FormRef {
    FormRef {
        id: "police-violence".into(),
        version: 1,
    }
}

fn answers(value: Value) -> Answers {
    value.as_object().unwrap().clone()
}

fn new_vault(dir: &Path) -> (Vault, UnlockedVault) {
    let vault = Vault::at(dir.join("vault"));
    let unlocked = vault
        .create(
            &Passphrase::new("pale river stone lantern"),
            KdfParams::FLOOR,
        )
        .unwrap();
    (vault, unlocked)
}

fn database(vault: &Vault) -> PathBuf {
    fs::read_dir(vault.dir())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .find(|path| path.is_dir())
        .unwrap()
        .join("cases.db")
}

/// A new vault with one case that has one attachment holding `data`, and the attachment folder.
fn vault_with_attachment(
    dir: &Path,
    data: &[u8],
) -> (Vault, UnlockedVault, CaseId, AttachmentMeta, PathBuf) {
    let (vault, mut unlocked) = new_vault(dir);
    let store = unlocked.store();
    let id = case::create_case(store, form(), Answers::new()).unwrap();
    let meta = case::add_attachment(store, id, &mut &data[..], None, "image/png").unwrap();
    let blobs = database(&vault).parent().unwrap().join("blobs");
    (vault, unlocked, id, meta, blobs)
}

fn sql(vault: &Vault) -> rusqlite::Connection {
    rusqlite::Connection::open(database(vault)).unwrap()
}

#[test]
fn draft_finalize_amend_and_versions() {
    let dir = tempfile::tempdir().unwrap();
    let (_vault, mut unlocked) = new_vault(dir.path());
    let store = unlocked.store();
    let id = case::create_case(store, form(), answers(json!({"code_name": "Iris"}))).unwrap();
    assert_eq!(case::case_status(store, id).unwrap(), CaseStatus::Draft);
    case::save_answers(
        store,
        id,
        answers(json!({"code_name": "Iris", "city": "Chisinau"})),
    )
    .unwrap();
    assert_eq!(case::finalize_case(store, id).unwrap(), 1);
    assert!(matches!(
        case::save_answers(store, id, Answers::new()),
        Err(Error::InvalidState(_))
    ));
    assert!(matches!(
        case::finalize_case(store, id),
        Err(Error::InvalidState(_))
    ));
    case::amend_case(store, id).unwrap();
    case::save_answers(
        store,
        id,
        answers(json!({"code_name": "Iris", "city": "Balti"})),
    )
    .unwrap();
    assert_eq!(case::finalize_case(store, id).unwrap(), 2);

    let case = case::get_case(store, id).unwrap();
    assert_eq!(case.status, CaseStatus::Finalized);
    assert_eq!(case.versions.len(), 2);
    assert_eq!(case.versions[0].answers["city"], "Chisinau");
    assert_eq!(case.versions[1].answers["city"], "Balti");
    let list = case::list_cases(store).unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].title, "Iris");
    assert_eq!(list[0].versions, 2);
}

#[test]
fn import_stores_every_case_in_one_transaction_or_none() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, mut unlocked) = new_vault(dir.path());
    let store = unlocked.store();
    assert!(case::import_cases(store, Vec::new()).unwrap().is_empty());
    assert_eq!(case::case_count(store).unwrap(), 0);

    let cases: Vec<(FormRef, Answers)> = (0..20)
        .map(|n| {
            (
                form(),
                answers(json!({"code_name": format!("Імпорт {n}"), "n": n})),
            )
        })
        .collect();
    let ids = case::import_cases(store, cases.clone()).unwrap();
    assert_eq!(ids.len(), 20);
    for ((_, expected), id) in cases.iter().zip(&ids) {
        let case = case::get_case(store, *id).unwrap();
        assert_eq!(case.status, CaseStatus::Draft);
        assert_eq!(&case.answers, expected);
        assert!(case.versions.is_empty());
    }
    let list = case::list_cases(store).unwrap();
    assert_eq!(list.len(), 20);
    assert!(list.iter().any(|summary| summary.title == "Імпорт 7"));
    // Imported cases behave like any other.
    case::save_answers(store, ids[0], answers(json!({"code_name": "Changed"}))).unwrap();
    assert_eq!(case::finalize_case(store, ids[0]).unwrap(), 1);

    // A failure part-way (here a trigger refusing the third row) leaves nothing behind.
    sql(&vault)
        .execute_batch(
            "CREATE TRIGGER refuse_third BEFORE INSERT ON cases \
             WHEN (SELECT count(*) FROM cases) >= 22 BEGIN SELECT RAISE(ABORT, 'full'); END;",
        )
        .unwrap();
    let result = case::import_cases(store, cases.into_iter().take(5));
    assert!(matches!(result, Err(Error::Database(_))), "{result:?}");
    assert_eq!(case::case_count(store).unwrap(), 20);
    assert_eq!(case::list_cases(store).unwrap().len(), 20);
    store.integrity_check().unwrap();
}

#[test]
fn import_finalized_stores_finalized_cases_with_the_callers_rows_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, mut unlocked) = new_vault(dir.path());
    let store = unlocked.store();
    sql(&vault)
        .execute_batch("CREATE TABLE beside (case_id TEXT NOT NULL)")
        .unwrap();
    let batch = |n: usize| -> Vec<case::FinalizedImport> {
        (0..n)
            .map(|n| case::FinalizedImport {
                id: CaseId::generate(),
                form: form(),
                answers: answers(json!({"code_name": format!("Архів {n}"), "n": n})),
            })
            .collect()
    };
    let cases = batch(12);
    let expected: Vec<(CaseId, Answers)> = cases
        .iter()
        .map(|case| (case.id, case.answers.clone()))
        .collect();
    let ids: Vec<String> = expected.iter().map(|(id, _)| id.to_string()).collect();
    case::import_finalized(store, cases, |tx| {
        for id in &ids {
            tx.execute("INSERT INTO beside (case_id) VALUES (?1)", [id])?;
        }
        Ok(())
    })
    .unwrap();
    for (id, answers) in &expected {
        let case = case::get_case(store, *id).unwrap();
        assert_eq!(case.status, CaseStatus::Finalized);
        assert_eq!(&case.answers, answers);
        assert_eq!(case.versions.len(), 1);
        assert_eq!(case.versions[0].seq, 1);
        assert_eq!(&case.versions[0].answers, answers);
        assert_eq!(case.versions[0].finalized_at, case.updated_at);
    }
    let list = case::list_cases(store).unwrap();
    assert_eq!(list.len(), 12);
    assert!(
        list.iter()
            .all(|summary| summary.versions == 1 && summary.status == CaseStatus::Finalized)
    );
    assert!(list.iter().any(|summary| summary.title == "Архів 3"));
    let beside: i64 = sql(&vault)
        .query_row("SELECT count(*) FROM beside", [], |row| row.get(0))
        .unwrap();
    assert_eq!(beside, 12);
    // They behave like any finalized case: amended, changed, finalized again as version 2.
    let first = expected[0].0;
    case::amend_case(store, first).unwrap();
    case::save_answers(store, first, answers(json!({"code_name": "Corrected"}))).unwrap();
    assert_eq!(case::finalize_case(store, first).unwrap(), 2);

    // The caller's rows failing takes the cases with them.
    let result = case::import_finalized(store, batch(5), |_| {
        Err(Error::Corrupted("the caller's rows failed"))
    });
    assert!(matches!(result, Err(Error::Corrupted(_))), "{result:?}");
    // A case failing part-way takes the caller's rows and the earlier cases with it.
    let mut clash = batch(3);
    clash[2].id = expected[5].0;
    let result = case::import_finalized(store, clash, |tx| {
        tx.execute("INSERT INTO beside (case_id) VALUES ('never')", [])?;
        Ok(())
    });
    assert!(matches!(result, Err(Error::Database(_))), "{result:?}");
    assert_eq!(case::case_count(store).unwrap(), 12);
    assert_eq!(case::list_cases(store).unwrap().len(), 12);
    let beside: i64 = sql(&vault)
        .query_row("SELECT count(*) FROM beside", [], |row| row.get(0))
        .unwrap();
    assert_eq!(beside, 12);
    store.integrity_check().unwrap();
}

#[test]
fn delete_removes_case_versions_and_attachment_files() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, mut unlocked) = new_vault(dir.path());
    let store = unlocked.store();
    let keep = case::create_case(store, form(), answers(json!({"code_name": "Keep"}))).unwrap();
    let id = case::create_case(store, form(), answers(json!({"code_name": "Gone"}))).unwrap();
    case::finalize_case(store, id).unwrap();
    case::add_attachment(
        store,
        id,
        &mut &[1u8; 5000][..],
        Some("p.jpg"),
        "image/jpeg",
    )
    .unwrap();
    case::add_attachment(store, keep, &mut &[2u8; 10][..], None, "audio/ogg").unwrap();
    let blobs = database(&vault).parent().unwrap().join("blobs");
    assert_eq!(fs::read_dir(&blobs).unwrap().count(), 2);
    case::delete_case(store, id).unwrap();
    assert!(matches!(
        case::get_case(store, id),
        Err(Error::NotFound { .. })
    ));
    assert!(matches!(
        case::delete_case(store, id),
        Err(Error::NotFound { .. })
    ));
    assert_eq!(fs::read_dir(&blobs).unwrap().count(), 1);
    assert_eq!(case::list_cases(store).unwrap().len(), 1);
    let versions: i64 = sql(&vault)
        .query_row("SELECT count(*) FROM case_versions", [], |r| r.get(0))
        .unwrap();
    assert_eq!(versions, 0);
}

/// Files no row refers to (a process killed mid-attachment) go at the next unlock, or when asked;
/// recorded files stay, and so does anything in the folder not shaped like an attachment file.
/// While any writer holds the folder (another process adding an attachment), nothing is removed.
#[test]
fn orphaned_attachment_files_are_collected_but_never_while_one_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let data = vec![4u8; 70_000];
    let (vault, mut unlocked, id, meta, blobs) = vault_with_attachment(dir.path(), &data);
    let orphan = blobs.join("0123456789abcdef0123456789abcdef");
    let unknown = blobs.join("notes.txt");
    fs::write(&orphan, [0u8; 4096]).unwrap();
    fs::write(&unknown, b"not ours").unwrap();

    // Another writer holds the folder: the orphan might be its file, so it stays.
    let writer = fs::File::open(&blobs).unwrap();
    writer.lock_shared().unwrap();
    assert_eq!(unlocked.collect_garbage().unwrap(), 0);
    assert!(orphan.exists());
    drop(writer);

    assert_eq!(unlocked.collect_garbage().unwrap(), 1);
    assert!(!orphan.exists());
    assert!(unknown.exists());
    let mut out = Vec::new();
    case::read_attachment(unlocked.store(), id, meta.id, &mut out).unwrap();
    assert_eq!(out, data);

    // At unlock.
    fs::write(&orphan, [0u8; 4096]).unwrap();
    unlocked.lock();
    let unlocked = vault
        .unlock(&Passphrase::new("pale river stone lantern"))
        .unwrap();
    assert!(!orphan.exists());
    let mut out = Vec::new();
    case::read_attachment(unlocked.store_ref(), id, meta.id, &mut out).unwrap();
    assert_eq!(out, data);
}

#[test]
fn attachments_stream_back_byte_identical_with_their_fingerprint() {
    let dir = tempfile::tempdir().unwrap();
    let (_vault, mut unlocked) = new_vault(dir.path());
    let store = unlocked.store();
    let id = case::create_case(store, form(), Answers::new()).unwrap();
    let data: Vec<u8> = (0..300_000u32).map(|i| (i * 7 % 256) as u8).collect();
    let meta =
        case::add_attachment(store, id, &mut &data[..], Some("video.mp4"), "video/mp4").unwrap();
    assert_eq!(meta.size, data.len() as u64);
    let mut out = Vec::new();
    let read = case::read_attachment(store, id, meta.id, &mut out).unwrap();
    assert_eq!(out, data);
    assert_eq!(read.sha256, meta.sha256);
    use sha2::Digest;
    let expected: String = sha2::Sha256::digest(&data)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(meta.sha256, expected);
    let other = case::create_case(store, form(), Answers::new()).unwrap();
    assert!(matches!(
        case::read_attachment(store, other, meta.id, &mut Vec::new()),
        Err(Error::NotFound { .. })
    ));
}

/// A source that interrupts the store once `after` bytes were read from it, as a quick exit
/// on another thread would while a video is streamed in; it would go on for 64 MiB otherwise.
struct InterruptedPartway {
    interrupter: wave_core::store::Interrupter,
    after: usize,
    read: usize,
    limit: usize,
}

impl std::io::Read for InterruptedPartway {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.read >= self.after {
            self.interrupter.interrupt();
        }
        let n = buf.len().min(self.limit - self.read);
        buf[..n].fill(7);
        self.read += n;
        Ok(n)
    }
}

#[test]
fn an_interrupted_store_stops_streaming_an_attachment_and_keeps_nothing_of_it() {
    let dir = tempfile::tempdir().unwrap();
    let data = vec![5u8; 300_000];
    let (_vault, mut unlocked, id, meta, blobs) = vault_with_attachment(dir.path(), &data);
    let files_before = fs::read_dir(&blobs).unwrap().count();
    let store = unlocked.store();

    let mut source = InterruptedPartway {
        interrupter: store.interrupter(),
        after: 1 << 20,
        read: 0,
        limit: 64 << 20,
    };
    let added = case::add_attachment(store, id, &mut source, None, "video/mp4");
    assert!(matches!(added, Err(Error::Locked)), "{added:?}");
    // It stopped within a few chunks of being told, not at the end of the file.
    assert!(source.read < 4 << 20, "read {} bytes", source.read);
    assert_eq!(fs::read_dir(&blobs).unwrap().count(), files_before);
    assert_eq!(case::list_attachments(store, id).unwrap().len(), 1);

    // Reading one out stops too, and so does anything started afterwards.
    let mut out = Vec::new();
    assert!(matches!(
        case::read_attachment(store, id, meta.id, &mut out),
        Err(Error::Locked)
    ));
    assert!(out.is_empty());
    assert!(matches!(
        case::add_attachment(store, id, &mut &data[..], None, "image/png"),
        Err(Error::Locked)
    ));
    // The short work a lock waits for anyway still runs: the store itself is not closed.
    assert_eq!(case::list_attachments(store, id).unwrap().len(), 1);
}

#[test]
fn an_attachment_moved_to_another_case_is_refused_there() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, mut unlocked, id, meta, _blobs) = vault_with_attachment(dir.path(), &[3u8; 5000]);
    let other = case::create_case(unlocked.store(), form(), Answers::new()).unwrap();
    // Someone with the files (not the key) points the row at the other case.
    sql(&vault)
        .execute(
            "UPDATE attachments SET case_id = ?1 WHERE id = ?2",
            [other.to_string(), meta.id.to_string()],
        )
        .unwrap();
    let store = unlocked.store();
    assert!(matches!(
        case::list_attachments(store, other),
        Err(Error::Corrupted("detail-attachment-of-another-case"))
    ));
    assert!(matches!(
        case::read_attachment(store, other, meta.id, &mut Vec::new()),
        Err(Error::Corrupted("detail-attachment-of-another-case"))
    ));
    assert!(case::list_attachments(store, id).unwrap().is_empty());
}

#[test]
fn flipped_attachment_bytes_are_detected() {
    let dir = tempfile::tempdir().unwrap();
    let (_vault, mut unlocked, id, meta, blobs) =
        vault_with_attachment(dir.path(), &[9u8; 200_000]);
    let file = fs::read_dir(&blobs)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let original = fs::read(&file).unwrap();
    for offset in (0..original.len())
        .step_by(997)
        .chain([0, 19, 20, original.len() - 1])
    {
        let mut damaged = original.clone();
        damaged[offset] ^= 0x80;
        fs::write(&file, &damaged).unwrap();
        let result = case::read_attachment(unlocked.store(), id, meta.id, &mut std::io::sink());
        assert!(
            matches!(result, Err(Error::Corrupted(_))),
            "flip at {offset}: {result:?}"
        );
    }
    fs::write(&file, &original[..original.len() - 100]).unwrap();
    assert!(case::read_attachment(unlocked.store(), id, meta.id, &mut std::io::sink()).is_err());
}

#[test]
fn flipped_swapped_and_rolled_back_rows_fail_to_decrypt() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, mut unlocked) = new_vault(dir.path());
    let a =
        case::create_case(unlocked.store(), form(), answers(json!({"code_name": "A"}))).unwrap();
    let b =
        case::create_case(unlocked.store(), form(), answers(json!({"code_name": "B"}))).unwrap();
    let conn = sql(&vault);
    let body = |id: &str| -> Vec<u8> {
        conn.query_row("SELECT body FROM cases WHERE id = ?1", [id], |r| r.get(0))
            .unwrap()
    };
    let set = |id: &str, body: &[u8]| {
        conn.execute(
            "UPDATE cases SET body = ?2 WHERE id = ?1",
            rusqlite::params![id, body],
        )
        .unwrap();
    };
    let (a_text, b_text) = (a.to_string(), b.to_string());
    let original = body(&a_text);

    for offset in 0..original.len() {
        let mut damaged = original.clone();
        damaged[offset] ^= 0x04;
        set(&a_text, &damaged);
        assert!(
            matches!(
                case::get_case(unlocked.store(), a),
                Err(Error::Corrupted(_))
            ),
            "flip at {offset}"
        );
    }
    set(&a_text, &original);
    assert!(case::get_case(unlocked.store(), a).is_ok());

    // Swap the two rows' envelopes.
    let b_body = body(&b_text);
    set(&a_text, &b_body);
    set(&b_text, &original);
    assert!(matches!(
        case::get_case(unlocked.store(), a),
        Err(Error::Corrupted(_))
    ));
    assert!(matches!(
        case::get_case(unlocked.store(), b),
        Err(Error::Corrupted(_))
    ));
    set(&b_text, &b_body);

    // Roll row A back to an older revision's envelope.
    set(&a_text, &original);
    case::save_answers(unlocked.store(), a, answers(json!({"code_name": "A2"}))).unwrap();
    set(&a_text, &original);
    assert!(matches!(
        case::get_case(unlocked.store(), a),
        Err(Error::Corrupted(_))
    ));

    // Summaries, sealed in pages, are bound the same way: a damaged page fails the list. A
    // page put back as it was before a save is behind its case row, and the list shows the
    // summary made from the row, never the older one.
    case::fold_summaries(unlocked.store()).unwrap();
    let page = || -> Vec<u8> {
        conn.query_row(
            "SELECT body FROM summary_pages WHERE prefix = ''",
            [],
            |r| r.get(0),
        )
        .unwrap()
    };
    let set_page = |body: &[u8]| {
        conn.execute(
            "UPDATE summary_pages SET body = ?1 WHERE prefix = ''",
            [body],
        )
        .unwrap();
    };
    let before = page();
    let mut damaged = before.clone();
    damaged[40] ^= 0x01;
    set_page(&damaged);
    assert!(matches!(
        case::list_cases(unlocked.store()),
        Err(Error::Corrupted(_))
    ));
    set_page(&before);
    assert_eq!(case::list_cases(unlocked.store()).unwrap().len(), 2);
    case::save_answers(unlocked.store(), b, answers(json!({"code_name": "B2"}))).unwrap();
    case::fold_summaries(unlocked.store()).unwrap();
    assert_ne!(page(), before);
    set_page(&before);
    let listed = case::list_cases(unlocked.store()).unwrap();
    let b_listed = listed.iter().find(|summary| summary.id == b).unwrap();
    assert_eq!(b_listed.title, "B2");
}

#[test]
fn a_database_from_another_vault_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (one, first) = new_vault(&dir.path().join("one"));
    let (two, second) = new_vault(&dir.path().join("two"));
    first.lock();
    second.lock();
    fs::copy(database(&one), database(&two)).unwrap();
    let result = two.unlock(&Passphrase::new("pale river stone lantern"));
    assert!(matches!(result, Err(Error::Corrupted(_))), "{result:?}");
}

const MARKERS: [&str; 3] = [
    "MarkerAscii-Quokka-4471",
    "Маркер-Кириллица-Пётр",
    "Маркер-Українська-Ґанок",
];

fn marker_patterns() -> Vec<(String, Vec<u8>)> {
    let mut patterns = Vec::new();
    for marker in MARKERS {
        patterns.push((format!("{marker} (UTF-8)"), marker.as_bytes().to_vec()));
        let utf16le: Vec<u8> = marker
            .encode_utf16()
            .flat_map(|unit| unit.to_le_bytes())
            .collect();
        let utf16be: Vec<u8> = marker
            .encode_utf16()
            .flat_map(|unit| unit.to_be_bytes())
            .collect();
        patterns.push((format!("{marker} (UTF-16LE)"), utf16le));
        patterns.push((format!("{marker} (UTF-16BE)"), utf16be));
    }
    patterns
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(files_under(&path))
        } else {
            files.push(path)
        }
    }
    files
}

fn assert_no_marker_in(dir: &Path) -> usize {
    let files = files_under(dir);
    for file in &files {
        let bytes = fs::read(file).unwrap();
        for (name, pattern) in marker_patterns() {
            assert!(
                !bytes
                    .windows(pattern.len())
                    .any(|window| window == pattern.as_slice()),
                "{name} found in {}",
                file.display()
            );
        }
    }
    files.len()
}

#[test]
fn no_plaintext_reaches_any_file_open_or_closed() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, mut unlocked) = new_vault(dir.path());
    let store = unlocked.store();
    let mut ids = Vec::new();
    for round in 0..30 {
        let text = MARKERS.join(" / ");
        let utf16: String = MARKERS[1].to_string();
        let id = case::create_case(
            store,
            form(),
            answers(json!({
                "code_name": MARKERS[round % 3],
                "narrative": format!("{text} round {round}"),
                "officers": [{"badge": MARKERS[2], "notes": utf16}],
            })),
        )
        .unwrap();
        let mut attachment = Vec::new();
        for marker in MARKERS {
            attachment.extend_from_slice(marker.as_bytes());
            attachment.extend(marker.encode_utf16().flat_map(|unit| unit.to_le_bytes()));
        }
        attachment = attachment.repeat(500);
        case::add_attachment(
            store,
            id,
            &mut &attachment[..],
            Some(MARKERS[0]),
            "text/plain",
        )
        .unwrap();
        if round % 2 == 0 {
            case::finalize_case(store, id).unwrap();
        }
        ids.push(id);
    }
    for id in ids.iter().take(5) {
        case::delete_case(store, *id).unwrap();
    }
    // While open: database, WAL, shared memory, attachments, key file.
    let scanned = assert_no_marker_in(vault.dir());
    assert!(
        scanned >= 4,
        "expected db, wal, shm, key and blobs; saw {scanned} files"
    );
    assert!(
        files_under(vault.dir())
            .iter()
            .any(|path| path.to_string_lossy().ends_with("-wal"))
    );
    unlocked.lock();
    assert_no_marker_in(vault.dir());
    // And after reopening and reading everything back.
    let unlocked = vault
        .unlock(&Passphrase::new("pale river stone lantern"))
        .unwrap();
    assert_eq!(case::list_cases(unlocked.store_ref()).unwrap().len(), 25);
    assert_no_marker_in(vault.dir());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]
    #[test]
    fn arbitrary_answer_maps_round_trip(map in answer_map()) {
        let dir = tempfile::tempdir().unwrap();
        let (vault, mut unlocked) = new_vault(dir.path());
        let id = case::create_case(unlocked.store(), form(), map.clone()).unwrap();
        case::finalize_case(unlocked.store(), id).unwrap();
        unlocked.lock();
        let unlocked = vault.unlock(&Passphrase::new("pale river stone lantern")).unwrap();
        let case = case::get_case(unlocked.store_ref(), id).unwrap();
        prop_assert_eq!(&case.answers, &map);
        prop_assert_eq!(&case.versions[0].answers, &map);
    }
}

fn answer_map() -> impl Strategy<Value = Answers> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        (-1e9f64..1e9).prop_map(|f| json!(f)),
        "\\PC{0,40}".prop_map(Value::String),
    ];
    let value = leaf.prop_recursive(3, 40, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::btree_map("[a-z_]{1,12}", inner, 0..6)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    });
    proptest::collection::btree_map("\\PC{1,20}", value, 0..12)
        .prop_map(|map| map.into_iter().collect())
}

#[test]
fn consents_are_appended_never_overwritten_and_cursor_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, mut unlocked) = new_vault(dir.path());
    let store = unlocked.store();
    let cursor = json!({"item": "consent_media"});
    let id = case::create_draft(
        store,
        form(),
        answers(json!({"consent_store": true})),
        Some(cursor.clone()),
        &[("store".into(), true), ("media".into(), true)],
    )
    .unwrap();
    case::save_draft(
        store,
        id,
        answers(json!({"consent_store": true, "consent_media": false})),
        None,
        &[("media".into(), false)],
    )
    .unwrap();
    let records = case::consents(store, id).unwrap();
    assert_eq!(
        records
            .iter()
            .map(|r| (r.seq, r.purpose.as_str(), r.granted))
            .collect::<Vec<_>>(),
        vec![(1, "store", true), (2, "media", true), (3, "media", false)]
    );
    let current = case::current_consents(store, id).unwrap();
    assert_eq!(current.get("media"), Some(&false));
    assert_eq!(current.get("store"), Some(&true));
    assert_eq!(case::get_case(store, id).unwrap().cursor, None);
    case::save_draft(store, id, Answers::new(), Some(cursor.clone()), &[]).unwrap();
    unlocked.lock();
    let unlocked = vault
        .unlock(&Passphrase::new("pale river stone lantern"))
        .unwrap();
    assert_eq!(
        case::get_case(unlocked.store_ref(), id).unwrap().cursor,
        Some(cursor)
    );
    assert_eq!(case::consents(unlocked.store_ref(), id).unwrap().len(), 3);
}
