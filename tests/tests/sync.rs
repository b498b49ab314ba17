//! A device records cases, enrolls, syncs to a real `wave-server` (SQLite and PostgreSQL), and
//! staff decrypt what arrived: every case once, byte for byte, signatures valid, nothing
//! readable on the server.

use std::time::Duration;

use serde_json::json;
use wave_core::case::FormRef;
use wave_core::sync::{NoObserver, StaffIdentity, SyncOptions, Transport, enroll, sync_now};
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
        let early = store
            .create_case(
                form.clone(),
                json!({"code_name": "Early", "own_words": MARKER})
                    .as_object()
                    .cloned()
                    .unwrap(),
            )
            .unwrap();
        store.finalize_case(early).unwrap();
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
        let late = store
            .create_case(
                form.clone(),
                json!({"code_name": "Late", "own_words": MARKER})
                    .as_object()
                    .cloned()
                    .unwrap(),
            )
            .unwrap();
        store
            .add_attachment(late, &mut &photo[..], Some("photo.jpg"), "image/jpeg")
            .unwrap();
        store.finalize_case(late).unwrap();
        assert_eq!(
            store.sync_status().unwrap().pending,
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
        let status = store.sync_status().unwrap();
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
