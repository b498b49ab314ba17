//! The NGO's keys end to end, on a real `wave-server` (SQLite and PostgreSQL): staff publish a
//! signed recipient set that drops key A and adds key C, and the device's next sync seals every
//! case finalized afterwards — and the one still waiting, sealed before — to the new set only.
//! A set signed by another key, a replayed older set and a set with a changed byte, served by a
//! server that has been taken over, are refused by the device, which keeps its set and says why.
//! Version 1 enrollment strings still enroll and sync as before, whatever set is published.

use std::time::Duration;

use serde_json::json;
use wave_core::case;
use wave_core::case::FormRef;
use wave_core::record::finalize_and_seal;
use wave_core::store::Store;
use wave_core::sync::{NoObserver, StaffIdentity, SyncOptions, SyncReport, enroll, sync_now};
use wave_protocol::ed25519_dalek::SigningKey;
use wave_protocol::encoding::{decode_base64, encode_base64};
use wave_protocol::{
    PullResponse, PulledSubmission, RecipientSet, RecipientSetBody, Sha256Hex, sign_recipient_set,
};
use wave_staff::StaffClient;
use wave_staff::keys::{NgoSigningKey, publish_recipient_set, show_recipient_set};
use wave_tests::{Backend, Server, new_vault, runtime};

fn quick() -> SyncOptions {
    SyncOptions {
        max_attempts: 2,
        base_delay: Duration::from_millis(10),
        ..SyncOptions::default()
    }
}

fn finalize(store: &mut Store, name: &str, attachment: Option<&[u8]>) {
    let form = FormRef {
        id: "police-violence".into(),
        version: 1,
    };
    let id = case::create_case(
        store,
        form,
        json!({"code_name": name}).as_object().cloned().unwrap(),
    )
    .unwrap();
    if let Some(bytes) = attachment {
        case::add_attachment(store, id, &mut &bytes[..], Some("photo.jpg"), "image/jpeg").unwrap();
    }
    finalize_and_seal(store, id).unwrap();
}

fn sync(store: &mut Store) -> SyncReport {
    let report = runtime()
        .block_on(sync_now(store, &quick(), &NoObserver))
        .unwrap();
    assert_eq!(report.error, None, "{report:?}");
    report
}

/// Every submission on the server. On the runtime the client was first used on: its pooled
/// connections belong to that runtime.
fn pull_all(runtime: &tokio::runtime::Runtime, client: &StaffClient) -> Vec<PulledSubmission> {
    let mut items = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let page: PullResponse = runtime
            .block_on(client.pull_page(after.as_deref(), 500))
            .unwrap();
        items.extend(page.items);
        if !page.has_more {
            return items;
        }
        after = page.next_cursor;
    }
}

/// Who of `identities` can open the submission whose `code_name` is `name`.
fn readers(pulled: &[PulledSubmission], name: &str, identities: &[&StaffIdentity]) -> Vec<bool> {
    let item = pulled
        .iter()
        .rev()
        .find(|item| {
            let envelope = decode_base64(&item.envelope).unwrap();
            identities.iter().any(|identity| {
                identity
                    .open_payload(&envelope, &item.id.to_string())
                    .is_ok_and(|payload| payload.answers["code_name"] == name)
            })
        })
        .unwrap_or_else(|| panic!("no readable submission named {name}"));
    let envelope = decode_base64(&item.envelope).unwrap();
    identities
        .iter()
        .map(|identity| {
            identity
                .open_payload(&envelope, &item.id.to_string())
                .is_ok()
        })
        .collect()
}

/// What a server that has been taken over does: serve whatever set it likes, bypassing every
/// check the server makes on publication.
fn force_served_set(server: &Server, body: &RecipientSetBody) {
    let document = decode_base64(&body.document).unwrap();
    let signature = decode_base64(&body.signature).unwrap();
    match &server.backend {
        Backend::Sqlite => {
            let conn = rusqlite::Connection::open(server.data.join("wave-server.db")).unwrap();
            conn.busy_timeout(Duration::from_secs(10)).unwrap();
            conn.execute(
                "UPDATE recipient_set SET document = ?1, signature = ?2 WHERE id = 1",
                rusqlite::params![document, signature],
            )
            .unwrap();
        }
        Backend::Postgres(url) => {
            let mut client = postgres::Client::connect(url, postgres::NoTls).unwrap();
            client
                .execute(
                    "UPDATE recipient_set SET document = $1, signature = $2 WHERE id = 1",
                    &[&document, &signature],
                )
                .unwrap();
        }
    }
}

fn signed(key: &SigningKey, version: u64, recipients: &[&StaffIdentity]) -> RecipientSetBody {
    let set = RecipientSet {
        version,
        created_at: 1_764_500_000,
        signing_key_id: Sha256Hex::digest(b"set from the key"),
        recipients: recipients.iter().map(|r| r.recipient()).collect(),
    };
    RecipientSetBody::new(&sign_recipient_set(key, &set).unwrap())
}

#[test]
fn a_revoked_key_stops_being_used_at_the_next_sync_and_forged_sets_are_refused() {
    for backend in Backend::all() {
        let dir = tempfile::tempdir().unwrap();
        let server = Server::start(&dir.path().join("server"), &backend);
        let token = server.staff_token();
        let (a, b, c) = (
            StaffIdentity::generate(),
            StaffIdentity::generate(),
            StaffIdentity::generate(),
        );
        let seed = [0x42u8; 32];
        let raw_key = SigningKey::from_bytes(&seed);
        let key =
            NgoSigningKey::parse(&format!("WAVE-SIGNING-KEY-1:{}", encode_base64(&seed))).unwrap();
        let public = raw_key.verifying_key().to_bytes();
        let client = StaffClient::new(&server.url, &token).unwrap();
        let runtime = runtime();

        // Enrolled with A and B; staff publish version 1 with A and B, checked back.
        let mut vault = new_vault(&dir.path().join("device"));
        let store = vault.store();
        let invite = server.signed_enrollment(&token, &[&a, &b], &key.public_key_base64());
        assert!(invite.starts_with("wave-enroll:2:"));
        runtime
            .block_on(enroll(store, &invite, None, &SyncOptions::default()))
            .unwrap();
        assert_eq!(
            wave_core::sync::sync_status(store)
                .unwrap()
                .recipient_set_version,
            0
        );
        let v1 = runtime
            .block_on(publish_recipient_set(
                &client,
                &key,
                &[a.recipient(), b.recipient()],
                None,
            ))
            .unwrap();
        assert_eq!(v1.version, 1);
        let v1_body = runtime.block_on(client.recipient_set()).unwrap().unwrap();
        let report = sync(store);
        assert_eq!(
            (report.recipient_set_version, report.recipient_set_problem),
            (1, None)
        );

        // A case waits, sealed to A and B (with a photo sealed the same way).
        let photo: Vec<u8> = (0..70_000u32).map(|i| (i % 253) as u8).collect();
        finalize(store, "before", Some(&photo));
        assert_eq!(wave_core::sync::sync_status(store).unwrap().pending, 1);

        // A's laptop is seized: staff publish version 2 without A and with C.
        let v2 = runtime
            .block_on(publish_recipient_set(
                &client,
                &key,
                &[b.recipient(), c.recipient()],
                None,
            ))
            .unwrap();
        assert_eq!(v2.version, 2);
        let v2_body = runtime.block_on(client.recipient_set()).unwrap().unwrap();
        let report = sync(store);
        assert_eq!(report.recipient_set_version, 2, "{report:?}");
        assert_eq!(report.resealed, 1, "the waiting case is sealed again");
        assert_eq!(report.sent, 1);
        finalize(store, "after", None);
        sync(store);
        let status = wave_core::sync::sync_status(store).unwrap();
        assert_eq!((status.recipient_set_version, status.pending), (2, 0));
        let pulled = pull_all(&runtime, &client);
        assert_eq!(
            pulled.len(),
            2,
            "the case sealed to A never left the device"
        );
        assert_eq!(
            readers(&pulled, "before", &[&a, &b, &c]),
            [false, true, true]
        );
        assert_eq!(
            readers(&pulled, "after", &[&a, &b, &c]),
            [false, true, true]
        );
        // The photo went up sealed to the new set too.
        let before = pulled
            .iter()
            .find(|item| !item.blobs.is_empty())
            .expect("the photo's submission");
        let mut sealed = Vec::new();
        runtime
            .block_on(client.download_blob(&before.blobs[0], &mut sealed))
            .unwrap();
        let mut plain = Vec::new();
        c.decrypt(&mut &sealed[..], &mut plain).unwrap();
        assert_eq!(plain, photo);
        assert!(a.decrypt(&mut &sealed[..], &mut Vec::new()).is_err());

        // The server is taken over and serves sets the NGO never published. Each is refused,
        // the device keeps version 2 and says why, and cases keep going to B and C.
        let other_key = SigningKey::from_bytes(&[0x17; 32]);
        let mut altered = signed(&raw_key, 3, &[&a]);
        let mut bytes = decode_base64(&altered.document).unwrap();
        let position = bytes.len() - 10;
        bytes[position] = if bytes[position] == b'q' { b'p' } else { b'q' };
        altered.document = encode_base64(&bytes);
        for (forged, why) in [
            (signed(&other_key, 9, &[&a]), "another key"),
            (v1_body.clone(), "older"),
            (altered.clone(), "does not verify"),
        ] {
            force_served_set(&server, &forged);
            let name = format!("while forged: {why}");
            finalize(store, &name, None);
            let report = sync(store);
            let problem = report.recipient_set_problem.clone().unwrap_or_default();
            assert!(problem.contains(why), "{why}: {report:?}");
            assert_eq!((report.recipient_set_version, report.sent), (2, 1));
            let status = wave_core::sync::sync_status(store).unwrap();
            assert_eq!(status.recipient_set_version, 2);
            assert!(
                status
                    .recipient_set_problem
                    .is_some_and(|p| p.contains(why))
            );
            assert_eq!(
                readers(&pull_all(&runtime, &client), &name, &[&a, &b, &c]),
                [false, true, true],
                "{why}"
            );
        }
        // The staff tools refuse what the device refuses.
        let shown = runtime.block_on(show_recipient_set(&client, &public));
        assert!(shown.is_err(), "{shown:?}");
        force_served_set(&server, &v1_body);
        let other_public = other_key.verifying_key().to_bytes();
        assert!(
            runtime
                .block_on(show_recipient_set(&client, &other_public))
                .is_err()
        );
        let genuine = runtime
            .block_on(show_recipient_set(&client, &public))
            .unwrap();
        assert_eq!(genuine.map(|set| set.version), Some(1));
        // Once the server serves version 2 again, nothing is reported any more.
        force_served_set(&server, &v2_body);
        let report = sync(store);
        assert_eq!(
            (report.recipient_set_version, report.recipient_set_problem),
            (2, None)
        );
    }
}

#[test]
fn version_1_enrollment_strings_enroll_and_sync_as_before() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("server"), &Backend::Sqlite);
    let token = server.staff_token();
    let (a, b) = (StaffIdentity::generate(), StaffIdentity::generate());
    let key = NgoSigningKey::generate().unwrap();
    let client = StaffClient::new(&server.url, &token).unwrap();
    let runtime = runtime();
    // A set without A is published, but a version 1 device has no key to check it with.
    runtime
        .block_on(publish_recipient_set(&client, &key, &[b.recipient()], None))
        .unwrap();
    let mut vault = new_vault(&dir.path().join("device"));
    let store = vault.store();
    let invite = server.enrollment(&token, &[&a]);
    assert!(invite.starts_with("wave-enroll:1:"));
    runtime
        .block_on(enroll(store, &invite, None, &SyncOptions::default()))
        .unwrap();
    finalize(store, "old device", None);
    let report = sync(store);
    assert_eq!(
        (
            report.sent,
            report.recipient_set_version,
            report.recipient_set_problem,
            report.resealed
        ),
        (1, 0, None, 0)
    );
    assert_eq!(
        readers(&pull_all(&runtime, &client), "old device", &[&a, &b]),
        [true, false]
    );
}

/// A network that fails on the recipient set (here a server answering 503 to it) ends the sync
/// before anything is sent: nothing leaves unchecked against a set that may revoke a key. A
/// server without a set (404) holds nothing back.
#[test]
fn nothing_is_sent_unchecked_when_the_set_cannot_be_fetched() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
    use wave_tests::http1::Response;
    use wave_tests::stub::{Reply, Stub};

    let reply = |status: u16, value: serde_json::Value| {
        Reply::Respond(Response::new(
            status,
            "application/json",
            value.to_string().into_bytes(),
        ))
    };
    let failing = Arc::new(AtomicBool::new(true));
    let submits = Arc::new(AtomicU64::new(0));
    let (failing_in, submits_in) = (Arc::clone(&failing), Arc::clone(&submits));
    let stub = Stub::start(move |request| {
        match (request.method.as_str(), request.target.as_str()) {
            ("POST", "/v1/enroll") => reply(
                201,
                json!({"device_id": wave_protocol::Uuid::new_v4(), "device_token": "t".repeat(43)}),
            ),
            ("GET", "/v1/recipient-set") if failing_in.load(Ordering::SeqCst) => reply(
                503,
                json!({"error": {"code": "unavailable", "message": "down"}}),
            ),
            ("POST", "/v1/submissions") => {
                submits_in.fetch_add(1, Ordering::SeqCst);
                let request: wave_protocol::SubmitRequest =
                    serde_json::from_slice(&request.body).unwrap();
                let results: Vec<_> = request
                    .items
                    .iter()
                    .map(|item| json!({"id": item.id, "status": "stored"}))
                    .collect();
                reply(200, json!({ "results": results }))
            }
            _ => reply(
                404,
                json!({"error": {"code": "not_found", "message": "no"}}),
            ),
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let mut vault = new_vault(&dir.path().join("device"));
    let store = vault.store();
    let ngo = StaffIdentity::generate();
    let key = NgoSigningKey::generate().unwrap();
    let invite = wave_protocol::EnrollmentInvite {
        server: stub.url.clone(),
        code: "code".into(),
        recipients: vec![ngo.recipient()],
        pin_sha256: None,
        backup_pins_sha256: Vec::new(),
        signing_key: Some(key.public_key_base64()),
    }
    .encode()
    .unwrap();
    let runtime = runtime();
    runtime
        .block_on(enroll(store, &invite, None, &SyncOptions::default()))
        .unwrap();
    finalize(store, "waits", None);
    let report = runtime
        .block_on(sync_now(store, &quick(), &NoObserver))
        .unwrap();
    assert_eq!((report.sent, report.pending), (0, 1), "{report:?}");
    assert!(
        report
            .error
            .as_deref()
            .is_some_and(|e| e.contains("recipient set")),
        "{report:?}"
    );
    assert_eq!(
        submits.load(Ordering::SeqCst),
        0,
        "nothing was sent unchecked"
    );
    let status = wave_core::sync::sync_status(store).unwrap();
    assert_eq!(status.pending, 1);
    assert!(
        status
            .last_error
            .is_some_and(|e| e.contains("recipient set"))
    );

    failing.store(false, Ordering::SeqCst);
    let report = sync(store);
    assert_eq!(
        (
            report.sent,
            report.recipient_set_version,
            report.recipient_set_problem
        ),
        (1, 0, None)
    );
    assert_eq!(submits.load(Ordering::SeqCst), 1);
}
