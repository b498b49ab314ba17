//! A device records cases, enrolls, syncs to a real `wave-server` (SQLite and PostgreSQL), and
//! staff decrypt what arrived: every case once, byte for byte, signatures valid, nothing
//! readable on the server.

use std::time::Duration;

use serde_json::json;
use wave_core::case;
use wave_core::case::{CaseStatus, FormRef};
use wave_core::record::{Sealing, finalize_and_seal};
use wave_core::sync;
use wave_core::sync::{
    CaseSyncState, NoObserver, StaffIdentity, SyncOptions, Transport, enroll, sync_now,
};
use wave_protocol::{PullResponse, http, verify_submission_signature};
use wave_tests::{Backend, Server, new_vault, runtime};

const MARKER: &str = "Marker-E2E-Тополь-7731";

fn pull_all(server: &Server, token: &str) -> Vec<wave_protocol::PulledSubmission> {
    let runtime = runtime();
    let transport = Transport::new(&server.url, None, Duration::from_secs(10))
        .unwrap()
        .with_token(token);
    let mut items = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let path = match &after {
            Some(cursor) => format!("{}?after={cursor}&limit=500", http::PATH_STAFF_SUBMISSIONS),
            None => format!("{}?limit=500", http::PATH_STAFF_SUBMISSIONS),
        };
        let page: PullResponse = runtime.block_on(transport.get_json(&path)).expect("pull");
        items.extend(page.items);
        if !page.has_more {
            return items;
        }
        after = page.next_cursor;
    }
}

#[test]
fn cases_arrive_once_and_only_staff_can_read_them() {
    for backend in Backend::all() {
        let dir = tempfile::tempdir().unwrap();
        let server = Server::start(&dir.path().join("server"), &backend);
        let staff_token = server.staff_token();
        let ngo = StaffIdentity::generate();
        let second_ngo = StaffIdentity::generate();
        let mut vault = new_vault(&dir.path().join("device"));
        let form = FormRef {
            id: "police-violence".into(),
            version: 1,
        };

        // One case finalized before enrollment, two after; one with an attachment.
        let store = vault.store();
        let early = case::create_case(
            store,
            form.clone(),
            json!({"code_name": "Early", "own_words": MARKER})
                .as_object()
                .cloned()
                .unwrap(),
        )
        .unwrap();
        finalize_and_seal(store, early).unwrap();
        let invite = server.enrollment(&staff_token, &[&ngo, &second_ngo]);
        let runtime = runtime();
        runtime
            .block_on(enroll(
                store,
                &invite,
                Some("test phone"),
                &SyncOptions::default(),
            ))
            .unwrap();
        assert!(
            runtime
                .block_on(enroll(store, &invite, None, &SyncOptions::default()))
                .is_err(),
            "enrolled twice"
        );
        let photo: Vec<u8> = (0..300_000u32).map(|i| (i % 251) as u8).collect();
        let late = case::create_case(
            store,
            form.clone(),
            json!({"code_name": "Late", "own_words": MARKER})
                .as_object()
                .cloned()
                .unwrap(),
        )
        .unwrap();
        case::add_attachment(
            store,
            late,
            &mut &photo[..],
            Some("photo.jpg"),
            "image/jpeg",
        )
        .unwrap();
        finalize_and_seal(store, late).unwrap();
        assert_eq!(
            sync::sync_status(store).unwrap().pending,
            2,
            "sealed at once when finalized"
        );

        let quick = SyncOptions {
            max_attempts: 2,
            base_delay: Duration::from_millis(10),
            ..SyncOptions::default()
        };
        let report = runtime
            .block_on(sync_now(store, &quick, &NoObserver))
            .unwrap();
        assert_eq!(
            (report.sent, report.pending, report.failed),
            (2, 0, 0),
            "{report:?}"
        );
        assert_eq!(report.blobs_uploaded, 1);
        let again = runtime
            .block_on(sync_now(store, &SyncOptions::default(), &NoObserver))
            .unwrap();
        assert_eq!((again.sent, again.pending), (0, 0), "nothing sent twice");
        let status = sync::sync_status(store).unwrap();
        assert_eq!((status.sent, status.pending), (2, 0));
        assert!(status.last_success_at.is_some() && status.last_error.is_none());

        let pulled = pull_all(&server, &staff_token);
        assert_eq!(pulled.len(), 2, "{backend:?}");
        for item in &pulled {
            let envelope = wave_protocol::encoding::decode_base64(&item.envelope).unwrap();
            let signature: [u8; 64] =
                wave_protocol::encoding::decode_base64_array(&item.signature).unwrap();
            let key: [u8; 32] =
                wave_protocol::encoding::decode_base64_array(&item.device_public_key).unwrap();
            verify_submission_signature(&key, &item.id, &envelope, &signature).unwrap();
            for identity in [&ngo, &second_ngo] {
                let payload = identity
                    .open_payload(&envelope, &item.id.to_string())
                    .unwrap();
                assert_eq!(payload.answers["own_words"], MARKER);
                if payload.answers["code_name"] == "Late" {
                    assert_eq!(payload.attachments.len(), 1);
                    assert_eq!(
                        item.blobs
                            .iter()
                            .map(ToString::to_string)
                            .collect::<Vec<_>>(),
                        vec![payload.attachments[0].sealed_sha256.clone()]
                    );
                }
            }
            assert!(
                StaffIdentity::generate()
                    .open_payload(&envelope, &item.id.to_string())
                    .is_err()
            );
        }
        if let Backend::Sqlite = backend {
            for file in walk(&server.data) {
                let bytes = std::fs::read(&file).unwrap();
                assert!(
                    !bytes.windows(MARKER.len()).any(|w| w == MARKER.as_bytes()),
                    "marker in {}",
                    file.display()
                );
            }
        }
    }
}

/// Finalizing and sealing are two steps: when sealing fails (here, a file stands where the
/// outbox folder goes, so the attachment cannot be sealed), the version is finalized all the
/// same, the caller is told why sealing was deferred, the sync status shows it, and the next sync
/// seals the version and sends it.
#[test]
fn a_sealing_failure_reaches_the_caller_and_the_next_sync_seals_and_sends() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("server"), &Backend::Sqlite);
    let staff_token = server.staff_token();
    let ngo = StaffIdentity::generate();
    let device_dir = dir.path().join("device");
    let mut vault = new_vault(&device_dir);
    let store = vault.store();
    let runtime = runtime();
    runtime
        .block_on(enroll(
            store,
            &server.enrollment(&staff_token, &[&ngo]),
            None,
            &SyncOptions::default(),
        ))
        .unwrap();
    let form = FormRef {
        id: "police-violence".into(),
        version: 1,
    };
    let id = case::create_case(
        store,
        form,
        json!({"code_name": "Deferred", "own_words": MARKER})
            .as_object()
            .cloned()
            .unwrap(),
    )
    .unwrap();
    let photo: Vec<u8> = (0..70_000u32).map(|i| (i % 241) as u8).collect();
    case::add_attachment(store, id, &mut &photo[..], Some("photo.jpg"), "image/jpeg").unwrap();
    // The store's folder is the vault folder's one subfolder holding the database.
    let store_dir = std::fs::read_dir(&device_dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .find(|path| path.join("cases.db").is_file())
        .unwrap();
    let blocker = store_dir.join("outbox");
    assert!(!blocker.exists(), "nothing was sealed yet");
    std::fs::write(&blocker, b"not a folder").unwrap();

    let finalized = finalize_and_seal(store, id).unwrap();
    assert_eq!(finalized.version, 1);
    let Sealing::Deferred(reason) = &finalized.sealing else {
        panic!("sealing should have failed: {finalized:?}");
    };
    assert!(!reason.is_empty());
    assert!(!reason.contains(MARKER));
    assert_eq!(
        case::case_status(store, id).unwrap(),
        CaseStatus::Finalized,
        "finalized all the same"
    );
    let status = sync::sync_status(store).unwrap();
    assert_eq!(status.pending, 0, "nothing sealed: {status:?}");
    assert!(
        status
            .last_error
            .as_deref()
            .is_some_and(|error| error.contains(reason.as_str())),
        "{status:?}"
    );
    assert_eq!(
        sync::case_sync_states(store).unwrap().get(&id),
        Some(&CaseSyncState::Pending)
    );

    std::fs::remove_file(&blocker).unwrap();
    let report = runtime
        .block_on(sync_now(store, &SyncOptions::default(), &NoObserver))
        .unwrap();
    assert_eq!(
        (
            report.sent,
            report.pending,
            report.failed,
            report.blobs_uploaded
        ),
        (1, 0, 0, 1),
        "{report:?}"
    );
    let status = sync::sync_status(store).unwrap();
    assert_eq!((status.sent, status.pending), (1, 0), "{status:?}");
    assert!(status.last_error.is_none(), "{status:?}");
    let pulled = pull_all(&server, &staff_token);
    assert_eq!(pulled.len(), 1);
    let envelope = wave_protocol::encoding::decode_base64(&pulled[0].envelope).unwrap();
    let payload = ngo
        .open_payload(&envelope, &pulled[0].id.to_string())
        .unwrap();
    assert_eq!(payload.case_id, id.to_string());
    assert_eq!(payload.attachments.len(), 1);
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path))
        } else {
            files.push(path)
        }
    }
    files
}
