//! End-to-end tests of the sync API against real `wave-server` processes, each run on SQLite and
//! (when `WAVE_TEST_DATABASE_URL` is set) on PostgreSQL: enrollment, tokens, submissions, blobs,
//! staff pull and audit, limits, rate limiting, and what ends up on disk.

mod common;

use common::{Db, Device, file_contains, new_key, random_bytes};
use serde_json::json;
use std::time::Duration;
use wave_protocol::encoding::encode_token;
use wave_protocol::limits::{MAX_BATCH_ITEMS, MAX_CHUNK_BYTES, MAX_REQUEST_BODY_BYTES};
use wave_protocol::{Sha256Hex, SubmissionItem, Uuid};

for_each_backend!(
    health_and_unknown_routes,
    enrollment_code_works_once,
    enrollment_code_expires,
    enrollment_asked_again_with_a_proof_gives_the_same_device_a_new_token,
    enrollment_rejects_bad_requests,
    concurrent_enrollment_with_one_code,
    tokens_are_checked,
    revoked_device_is_refused_at_once,
    submissions_are_judged_per_item,
    a_full_batch_is_judged_in_order,
    submission_limits,
    blob_upload_resumes_across_requests,
    abandoned_uploads_expire_and_complete_blobs_stay,
    blob_upload_errors,
    blob_hash_mismatch_resets_upload,
    pull_pages_every_submission_once_in_order,
    pull_pages_end_at_the_envelope_byte_budget,
    pull_rejects_bad_parameters,
    devices_are_listed_with_revocation,
    rate_limit_applies_per_device,
    recipient_set_is_published_and_served,
);

fn health_and_unknown_routes(db: &Db) {
    let server = db.start();
    let c = server.client();
    let r = c.get("/v1/health", None);
    assert_eq!(r.status, 200);
    assert_eq!(r.json(), json!({"status": "ok"}));
    assert_eq!(r.header("cache-control"), Some("no-store"));
    c.get("/v1/nothing", None).assert_error(404, "not_found");
    c.request("DELETE", "/v1/health", None, &[], None)
        .assert_error(405, "method_not_allowed");
}

fn enrollment_code_works_once(db: &Db) {
    let staff = db.staff_token();
    let server = db.start();
    let c = server.client();
    let r = c.post_json(
        "/v1/staff/enrollment-codes",
        Some(&staff),
        &json!({"expires_in_seconds": 600}),
    );
    assert_eq!(r.status, 201);
    let created: wave_protocol::CreateEnrollmentCodeResponse = r.parse();
    assert!(created.expires_at.ends_with('Z'), "{}", created.expires_at);

    let key = new_key();
    let r = c.enroll_with(&created.code, &key, Some("outreach phone"));
    assert_eq!(r.status, 201, "{}", String::from_utf8_lossy(&r.body));
    let enrolled: wave_protocol::EnrollResponse = r.parse();
    assert_eq!(enrolled.device_token.len(), 43);

    // The same code again, even with another key, is refused.
    c.enroll_with(&created.code, &new_key(), None)
        .assert_error(403, "enrollment_code_used");
    // A well-formed code the server never issued, and a malformed one.
    c.enroll_with(&encode_token(&[7u8; 32]), &new_key(), None)
        .assert_error(403, "enrollment_code_invalid");
    c.enroll_with("not-a-code", &new_key(), None)
        .assert_error(403, "enrollment_code_invalid");

    // The device token works on a device endpoint.
    let r = c.create_blob(
        &Device {
            id: enrolled.device_id,
            token: enrolled.device_token,
            key,
        },
        &Sha256Hex::digest(b"x"),
        1,
    );
    assert_eq!(r.status, 200);
    let audit = db.audit_log();
    assert!(audit.iter().any(|a| a.action == "create_enrollment_code"
        && a.subject.as_deref() == Some(&created.code_id.to_string())));
}

fn enrollment_code_expires(db: &Db) {
    let staff = db.staff_token();
    let server = db.start();
    let c = server.client();
    let code = c.create_code(&staff, 1);
    std::thread::sleep(Duration::from_millis(2100));
    c.enroll_with(&code, &new_key(), None)
        .assert_error(403, "enrollment_code_expired");
}

fn enrollment_asked_again_with_a_proof_gives_the_same_device_a_new_token(db: &Db) {
    let staff = db.staff_token();
    let server = db.start();
    let c = server.client();
    let code = c.create_code(&staff, 600);
    let key = new_key();
    let first: wave_protocol::EnrollResponse = {
        let r = c.enroll_proven(&code, &key);
        assert_eq!(r.status, 201, "{}", String::from_utf8_lossy(&r.body));
        r.parse()
    };
    // The first answer never reached the device; it asks again with the same key and code.
    let again: wave_protocol::EnrollResponse = {
        let r = c.enroll_proven(&code, &key);
        assert_eq!(r.status, 201, "{}", String::from_utf8_lossy(&r.body));
        r.parse()
    };
    assert_eq!(again.device_id, first.device_id);
    assert_ne!(again.device_token, first.device_token);
    let device = |token: &str| Device {
        id: first.device_id,
        token: token.to_owned(),
        key: key.clone(),
    };
    // Only the newest token works; the server lists one device for the code.
    c.create_blob(&device(&first.device_token), &Sha256Hex::digest(b"x"), 1)
        .assert_error(401, "unauthorized");
    let fresh = device(&again.device_token);
    let item = fresh.item(Uuid::new_v4(), b"after enrolling again", &[]);
    assert_eq!(c.submit_statuses(&fresh, &[item]), ["stored"]);
    let list: wave_protocol::DevicesResponse = c.get("/v1/staff/devices", Some(&staff)).parse();
    let with_key: Vec<_> = list
        .devices
        .iter()
        .filter(|d| {
            d.device_public_key
                == wave_protocol::encoding::encode_base64(&key.verifying_key().to_bytes())
        })
        .collect();
    assert_eq!(with_key.len(), 1, "{:?}", list.devices);
    assert_eq!(with_key[0].device_id, first.device_id);

    // Another key, or the same key without its proof, finds the code used.
    c.enroll_proven(&code, &new_key())
        .assert_error(403, "enrollment_code_used");
    c.enroll_with(&code, &key, None)
        .assert_error(403, "enrollment_code_used");
    // A proof made for another code, or by another key, is refused outright.
    let mut forged = wave_protocol::EnrollRequest::signed(code.clone(), &new_key());
    forged.device_public_key =
        wave_protocol::encoding::encode_base64(&key.verifying_key().to_bytes());
    c.post_json("/v1/enroll", None, &serde_json::to_value(&forged).unwrap())
        .assert_error(400, "bad_request");
    let mut other_code = wave_protocol::EnrollRequest::signed("another code", &key);
    other_code.code = code.clone();
    c.post_json(
        "/v1/enroll",
        None,
        &serde_json::to_value(&other_code).unwrap(),
    )
    .assert_error(400, "bad_request");

    // A revoked device cannot come back through its code.
    assert!(db.revoke(first.device_id).status.success());
    c.enroll_proven(&code, &key)
        .assert_error(403, "enrollment_code_used");

    // Nor can any device once the code has expired.
    let short = c.create_code(&staff, 1);
    let key = new_key();
    assert_eq!(c.enroll_proven(&short, &key).status, 201);
    std::thread::sleep(Duration::from_millis(2100));
    c.enroll_proven(&short, &key)
        .assert_error(403, "enrollment_code_used");
}

fn enrollment_rejects_bad_requests(db: &Db) {
    let staff = db.staff_token();
    let server = db.start();
    let c = server.client();
    for seconds in [0u64, 30 * 24 * 3600 + 1] {
        c.post_json(
            "/v1/staff/enrollment-codes",
            Some(&staff),
            &json!({ "expires_in_seconds": seconds }),
        )
        .assert_error(400, "bad_request");
    }
    let code = c.create_code(&staff, 600);
    let r = c.post_json(
        "/v1/enroll",
        None,
        &json!({"code": code, "device_public_key": "AAAA"}),
    );
    r.assert_error(400, "bad_request");
    // A weak key (the identity point) is refused too.
    let mut identity = [0u8; 32];
    identity[0] = 1;
    let r = c.post_json(
        "/v1/enroll",
        None,
        &serde_json::to_value(wave_protocol::EnrollRequest::new(code.clone(), &identity)).unwrap(),
    );
    r.assert_error(400, "bad_request");
    // Enrollment needs no token: its body is held to a few KiB, not the 8 MiB of a batch.
    let mut padded =
        serde_json::to_value(wave_protocol::EnrollRequest::new(code.clone(), &[7u8; 32])).unwrap();
    padded["label"] = json!("x".repeat(64 * 1024));
    c.post_json("/v1/enroll", None, &padded)
        .assert_error(413, "too_large");
    // Neither consumed the code.
    assert_eq!(c.enroll_with(&code, &new_key(), None).status, 201);
    let r = c.request("POST", "/v1/enroll", None, &[], Some(b"{\"code\": 5"));
    r.assert_error(400, "malformed_json");
}

fn concurrent_enrollment_with_one_code(db: &Db) {
    let staff = db.staff_token();
    // Two processes on PostgreSQL, so the race is between servers, not only threads.
    let servers = if db.database_url.is_some() {
        vec![db.start(), db.start()]
    } else {
        vec![db.start()]
    };
    for round in 0..3 {
        let code = servers[0].client().create_code(&staff, 600);
        let statuses: Vec<(u16, String)> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..8)
                .map(|i| {
                    let server = &servers[i % servers.len()];
                    let code = code.clone();
                    s.spawn(move || {
                        let r = server.client().enroll_with(&code, &new_key(), None);
                        let code = if r.status == 201 {
                            String::new()
                        } else {
                            r.code()
                        };
                        (r.status, code)
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        let ok = statuses.iter().filter(|(s, _)| *s == 201).count();
        assert_eq!(ok, 1, "round {round}: {statuses:?}");
        assert!(
            statuses
                .iter()
                .all(|(s, c)| *s == 201 || (*s == 403 && c == "enrollment_code_used")),
            "{statuses:?}"
        );
    }
}

fn tokens_are_checked(db: &Db) {
    let staff = db.staff_token();
    let server = db.start();
    let c = server.client();
    let device = c.enroll(&staff);
    let batch = json!({"items": []});

    // Missing, malformed, wrong scheme, unknown.
    c.post_json("/v1/submissions", None, &batch)
        .assert_error(401, "unauthorized");
    for header in [
        "Bearer".to_owned(),
        "Bearer !!!notbase64!!!".to_owned(),
        format!("Basic {}", device.token),
        format!("Bearer {}", encode_token(&[1u8; 31])),
    ] {
        let r = c.request(
            "POST",
            "/v1/submissions",
            None,
            &[("Authorization", &header)],
            Some(b"{\"items\": []}"),
        );
        r.assert_error(401, "unauthorized");
        assert!(
            !String::from_utf8_lossy(&r.body).contains(&device.token),
            "the token is echoed"
        );
    }
    c.post_json("/v1/submissions", Some(&encode_token(&[9u8; 32])), &batch)
        .assert_error(401, "unauthorized");
    c.get("/v1/staff/submissions", Some(&encode_token(&[9u8; 32])))
        .assert_error(401, "unauthorized");

    // Each kind of token only on its own endpoints.
    c.get("/v1/staff/submissions", Some(&device.token))
        .assert_error(403, "forbidden");
    c.get("/v1/staff/devices", Some(&device.token))
        .assert_error(403, "forbidden");
    c.post_json(
        "/v1/staff/enrollment-codes",
        Some(&device.token),
        &json!({"expires_in_seconds": 60}),
    )
    .assert_error(403, "forbidden");
    c.post_json("/v1/submissions", Some(&staff), &batch)
        .assert_error(403, "forbidden");
    c.create_blob(
        &Device {
            id: device.id,
            token: staff.clone(),
            key: new_key(),
        },
        &Sha256Hex::digest(b"x"),
        1,
    )
    .assert_error(403, "forbidden");
    // And the right ones work.
    assert_eq!(
        c.post_json("/v1/submissions", Some(&device.token), &batch)
            .status,
        200
    );
    assert_eq!(c.get("/v1/staff/submissions", Some(&staff)).status, 200);
    // The server never logs a token.
    let log = server.log();
    assert!(
        !log.contains(&device.token) && !log.contains(&staff),
        "{log}"
    );
}

fn revoked_device_is_refused_at_once(db: &Db) {
    let staff = db.staff_token();
    let server = db.start();
    let c = server.client();
    let device = c.enroll(&staff);
    let other = c.enroll(&staff);
    let item = device.item(Uuid::new_v4(), b"before", &[]);
    assert_eq!(c.submit_statuses(&device, &[item]), ["stored"]);

    let out = db.revoke(device.id);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The very next request, on the running server, is refused.
    let item = device.item(Uuid::new_v4(), b"after", &[]);
    c.submit(&device, &[item])
        .assert_error(401, "device_revoked");
    assert_eq!(c.head_blob(&device, &Sha256Hex::digest(b"x")).status, 401);
    c.create_blob(&device, &Sha256Hex::digest(b"x"), 1)
        .assert_error(401, "device_revoked");
    c.get("/v1/staff/submissions", Some(&device.token))
        .assert_error(401, "device_revoked");
    // Other devices are unaffected; revoking again is harmless; an unknown id is an error.
    let item = other.item(Uuid::new_v4(), b"other", &[]);
    assert_eq!(c.submit_statuses(&other, &[item]), ["stored"]);
    assert!(db.revoke(device.id).status.success());
    let out = db.revoke(Uuid::new_v4());
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no device"));
}

fn submissions_are_judged_per_item(db: &Db) {
    let staff = db.staff_token();
    let server = db.start();
    let c = server.client();
    let device = c.enroll(&staff);
    let other = c.enroll(&staff);

    let blob = random_bytes(1000);
    let blob_sha = c.upload(&device, &blob, 400);
    let partial = random_bytes(100);
    let partial_sha = Sha256Hex::digest(&partial);
    assert_eq!(c.create_blob(&device, &partial_sha, 100).status, 200);
    assert_eq!(
        c.patch_blob(&device, &partial_sha, 0, &partial[..50])
            .status,
        204
    );
    let unknown_sha = Sha256Hex::digest(b"never uploaded");

    let stored_id = Uuid::new_v4();
    let stored = device.item(stored_id, &random_bytes(300), &[blob_sha]);
    let mut bad_sig = device.item(Uuid::new_v4(), b"envelope", &[]);
    bad_sig.signature = other.item(bad_sig.id, b"envelope", &[]).signature;
    let mut tampered = device.item(Uuid::new_v4(), b"envelope", &[]);
    tampered.envelope = wave_protocol::encoding::encode_base64(b"envelopf");
    let mut bad_b64 = device.item(Uuid::new_v4(), b"x", &[]);
    bad_b64.envelope = "***".to_owned();
    let mut short_sig = device.item(Uuid::new_v4(), b"x", &[]);
    short_sig.signature = wave_protocol::encoding::encode_base64(&[0u8; 63]);
    let mut bad_ref = device.item(Uuid::new_v4(), b"x", &[]);
    bad_ref.blobs = vec!["abc".to_owned()];
    let empty = device.item(Uuid::new_v4(), b"", &[]);
    let missing = device.item(Uuid::new_v4(), b"m", &[unknown_sha]);
    let incomplete = device.item(Uuid::new_v4(), b"i", &[blob_sha, partial_sha]);

    let batch = vec![
        stored.clone(),
        bad_sig,
        tampered,
        bad_b64,
        short_sig,
        bad_ref,
        empty,
        missing,
        incomplete,
        stored.clone(),
    ];
    assert_eq!(
        c.submit_statuses(&device, &batch),
        [
            "stored",
            "rejected:bad_signature",
            "rejected:bad_signature",
            "rejected:malformed",
            "rejected:malformed",
            "rejected:malformed",
            "rejected:malformed",
            "rejected:missing_blob",
            "rejected:missing_blob",
            "duplicate",
        ]
    );
    // A retry of the same item is a duplicate, and counts as success.
    assert_eq!(
        c.submit_statuses(&device, std::slice::from_ref(&stored)),
        ["duplicate"]
    );
    // Same id, different envelope, same device → conflict.
    let changed = device.item(stored_id, b"different", &[]);
    assert_eq!(
        c.submit_statuses(&device, &[changed]),
        ["rejected:id_conflict"]
    );
    // Same id and envelope from another device → conflict (signed by that device).
    let envelope = stored.envelope_bytes().unwrap();
    let copied = other.item(stored_id, &envelope, &[blob_sha]);
    assert_eq!(
        c.submit_statuses(&other, &[copied]),
        ["rejected:id_conflict"]
    );
    // Once the missing blob is complete the rejected item goes through.
    assert_eq!(
        c.patch_blob(&device, &partial_sha, 50, &partial[50..])
            .status,
        204
    );
    let retry = device.item(batch[8].id, b"i", &[blob_sha, partial_sha]);
    assert_eq!(c.submit_statuses(&device, &[retry]), ["stored"]);
    // The rejected reasons carry messages.
    let r = c.submit(
        &device,
        &[device.item(Uuid::new_v4(), b"m", &[unknown_sha])],
    );
    let v = r.json();
    assert!(
        v["results"][0]["reason"]["message"]
            .as_str()
            .unwrap()
            .contains(&unknown_sha.to_string())
    );
}

/// A batch of the most items allowed, checked in parallel and stored with three statements,
/// answers one result per item in request order: bad signatures, duplicates within the batch
/// and retries of stored items mixed in.
fn a_full_batch_is_judged_in_order(db: &Db) {
    let staff = db.staff_token();
    let server = db.start();
    let c = server.client();
    let device = c.enroll(&staff);
    let other = c.enroll(&staff);
    let early = device.item(Uuid::new_v4(), b"stored before", &[]);
    assert_eq!(
        c.submit_statuses(&device, std::slice::from_ref(&early)),
        ["stored"]
    );
    let mut batch: Vec<SubmissionItem> = Vec::new();
    let mut expected = Vec::new();
    for n in 0..MAX_BATCH_ITEMS {
        let envelope = format!("envelope {n}").into_bytes();
        let (item, status) = match n % 7 {
            0 => {
                let mut item = device.item(Uuid::new_v4(), &envelope, &[]);
                item.signature = other.item(item.id, &envelope, &[]).signature;
                (item, "rejected:bad_signature")
            }
            // The same item as three places back (stored there, n % 7 == 1).
            4 => (batch[n - 3].clone(), "duplicate"),
            5 => (early.clone(), "duplicate"),
            _ => (device.item(Uuid::new_v4(), &envelope, &[]), "stored"),
        };
        batch.push(item);
        expected.push(status);
    }
    assert_eq!(c.submit_statuses(&device, &batch), expected);
}

fn submission_limits(db: &Db) {
    let staff = db.staff_token();
    let server = db.start();
    let c = server.client();
    let device = c.enroll(&staff);

    let items: Vec<SubmissionItem> = (0..=MAX_BATCH_ITEMS)
        .map(|_| device.item(Uuid::new_v4(), b"e", &[]))
        .collect();
    let r = c.submit(&device, &items);
    r.assert_error(413, "too_large");
    assert_eq!(r.json()["error"]["limit_items"], json!(MAX_BATCH_ITEMS));
    assert!(
        r.json()["error"]["message"]
            .as_str()
            .unwrap()
            .contains(&MAX_BATCH_ITEMS.to_string())
    );
    // Exactly at the limit is fine.
    assert_eq!(c.submit(&device, &items[..MAX_BATCH_ITEMS]).status, 200);

    // A body over the byte limit: 413 as JSON, stating the limit.
    let big = device.item(
        Uuid::new_v4(),
        &random_bytes(MAX_REQUEST_BODY_BYTES as usize),
        &[],
    );
    let r = c.submit(&device, &[big]);
    r.assert_error(413, "too_large");
    assert_eq!(
        r.json()["error"]["limit_bytes"],
        json!(MAX_REQUEST_BODY_BYTES)
    );
    assert!(
        r.json()["error"]["message"]
            .as_str()
            .unwrap()
            .contains(&MAX_REQUEST_BODY_BYTES.to_string())
    );

    // Malformed JSON: 400 with the parser's explanation.
    let r = c.request(
        "POST",
        "/v1/submissions",
        Some(&device.token),
        &[("Content-Type", "application/json")],
        Some(b"{\"items\": [}"),
    );
    r.assert_error(400, "malformed_json");
    assert!(
        r.json()["error"]["message"]
            .as_str()
            .unwrap()
            .contains("line 1"),
        "{}",
        r.json()
    );
    let r = c.post_json(
        "/v1/submissions",
        Some(&device.token),
        &json!({"items": [{"id": "nope"}]}),
    );
    r.assert_error(400, "malformed_json");
}

fn abandoned_uploads_expire_and_complete_blobs_stay(db: &Db) {
    let staff = db.staff_token();
    // Two seconds (the store counts whole seconds), looked at every half second.
    let server = db.start_with(&["--upload-expiry-hours", "0.00056"]);
    let c = server.client();
    let device = c.enroll(&staff);
    let done = c.upload(&device, &random_bytes(70_000), 32 * 1024);
    let data = random_bytes(50_000);
    let abandoned = Sha256Hex::digest(&data);
    assert_eq!(c.create_blob(&device, &abandoned, 50_000).status, 200);
    assert_eq!(
        c.patch_blob(&device, &abandoned, 0, &data[..20_000]).status,
        204
    );

    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while c.head_blob(&device, &abandoned).status == 200 {
        assert!(
            std::time::Instant::now() < deadline,
            "the abandoned upload was never removed"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    assert_eq!(c.head_blob(&device, &abandoned).status, 404);
    let r = c.head_blob(&device, &done);
    assert_eq!(r.status, 200);
    assert_eq!(r.header("upload-offset"), Some("70000"));
    // A device that comes back to it starts again from the first byte, and can finish it.
    let r = c.create_blob(&device, &abandoned, 50_000);
    assert_eq!(r.json(), json!({"offset": 0, "complete": false}));
    assert_eq!(c.patch_blob(&device, &abandoned, 0, &data).status, 204);
    let r = c.create_blob(&device, &abandoned, 50_000);
    assert_eq!(r.json(), json!({"offset": 50_000, "complete": true}));
}

fn blob_upload_resumes_across_requests(db: &Db) {
    let staff = db.staff_token();
    let server = db.start();
    let device = server.client().enroll(&staff);
    let data = random_bytes(3 * 1024 * 1024 + 12345);
    let sha = Sha256Hex::digest(&data);
    let half = data.len() / 2;

    // First connection: create and upload half.
    {
        let c = server.client();
        let r = c.create_blob(&device, &sha, data.len() as u64);
        assert_eq!(r.status, 200);
        assert_eq!(r.json(), json!({"offset": 0, "complete": false}));
        let r = c.patch_blob(&device, &sha, 0, &data[..half]);
        assert_eq!(r.status, 204);
        assert_eq!(r.header("upload-offset"), Some(half.to_string().as_str()));
    }
    // Later, a new connection asks where to continue.
    let c = server.client();
    let r = c.head_blob(&device, &sha);
    assert_eq!(r.status, 200);
    assert_eq!(r.header("upload-offset"), Some(half.to_string().as_str()));
    assert_eq!(
        r.header("upload-length"),
        Some(data.len().to_string().as_str())
    );
    let r = c.create_blob(&device, &sha, data.len() as u64);
    assert_eq!(r.json(), json!({"offset": half, "complete": false}));
    let r = c.patch_blob(&device, &sha, half as u64, &data[half..]);
    assert_eq!(r.status, 204, "{}", String::from_utf8_lossy(&r.body));
    assert_eq!(
        r.header("upload-offset"),
        Some(data.len().to_string().as_str())
    );
    // Complete: creating again reports it, another chunk changes nothing.
    let r = c.create_blob(&device, &sha, data.len() as u64);
    assert_eq!(r.json(), json!({"offset": data.len(), "complete": true}));
    let r = c.patch_blob(&device, &sha, 0, b"junk");
    assert_eq!(r.status, 204);
    assert_eq!(
        r.header("upload-offset"),
        Some(data.len().to_string().as_str())
    );

    // Staff download is byte-identical, and audited; devices cannot download.
    let r = c.get(&format!("/v1/staff/blobs/{sha}"), Some(&staff));
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), Some("application/octet-stream"));
    assert!(r.body == data, "downloaded bytes differ");
    c.get(&format!("/v1/staff/blobs/{sha}"), Some(&device.token))
        .assert_error(403, "forbidden");
    let audit = db.audit_log();
    assert!(
        audit
            .iter()
            .any(|a| a.action == "download_blob" && a.subject.as_deref() == Some(&sha.to_string()))
    );
}

fn blob_upload_errors(db: &Db) {
    let staff = db.staff_token();
    let server = db.start();
    let c = server.client();
    let device = c.enroll(&staff);
    let data = random_bytes(1000);
    let sha = Sha256Hex::digest(&data);

    // Unknown blob.
    let r = c.head_blob(&device, &sha);
    assert_eq!(r.status, 404);
    c.patch_blob(&device, &sha, 0, &data)
        .assert_error(404, "not_found");
    c.get(&format!("/v1/staff/blobs/{sha}"), Some(&staff))
        .assert_error(404, "not_found");
    // Bad address, bad size.
    let r = c.request("HEAD", "/v1/blobs/xyz", Some(&device.token), &[], None);
    assert_eq!(r.status, 400);
    c.patch_blob(&device, &Sha256Hex::digest(b""), 0, b"")
        .assert_error(404, "not_found");
    c.request(
        "PATCH",
        "/v1/blobs/not-a-digest",
        Some(&device.token),
        &[
            ("Content-Type", "application/offset+octet-stream"),
            ("Upload-Offset", "0"),
        ],
        Some(b"x"),
    )
    .assert_error(400, "bad_request");
    c.create_blob(&device, &sha, 0)
        .assert_error(400, "bad_request");
    let r = c.create_blob(&device, &sha, wave_protocol::limits::MAX_BLOB_BYTES + 1);
    r.assert_error(413, "too_large");
    assert_eq!(
        r.json()["error"]["limit_bytes"],
        json!(wave_protocol::limits::MAX_BLOB_BYTES)
    );
    let r = c.post_json(
        "/v1/blobs",
        Some(&device.token),
        &json!({"sha256": "zz", "size": 1}),
    );
    r.assert_error(400, "malformed_json");

    assert_eq!(c.create_blob(&device, &sha, 1000).status, 200);
    // Wrong content type, missing offset.
    c.request(
        "PATCH",
        &format!("/v1/blobs/{sha}"),
        Some(&device.token),
        &[("Content-Type", "application/json"), ("Upload-Offset", "0")],
        Some(&data),
    )
    .assert_error(415, "unsupported_media_type");
    c.request(
        "PATCH",
        &format!("/v1/blobs/{sha}"),
        Some(&device.token),
        &[("Content-Type", "application/offset+octet-stream")],
        Some(&data),
    )
    .assert_error(400, "bad_request");
    // Offset mismatch: 409 with the server's offset in the header and the JSON.
    assert_eq!(c.patch_blob(&device, &sha, 0, &data[..100]).status, 204);
    let r = c.patch_blob(&device, &sha, 0, &data[..100]);
    r.assert_error(409, "offset_mismatch");
    assert_eq!(r.header("upload-offset"), Some("100"));
    assert_eq!(r.json()["error"]["offset"], json!(100));
    let r = c.patch_blob(&device, &sha, 500, &data[500..]);
    r.assert_error(409, "offset_mismatch");
    // Past the declared size.
    let r = c.patch_blob(&device, &sha, 100, &random_bytes(1000));
    r.assert_error(413, "too_large");
    assert_eq!(r.json()["error"]["limit_bytes"], json!(900));
    // A chunk over the chunk limit.
    let big = random_bytes(MAX_CHUNK_BYTES as usize + 1);
    let big_sha = Sha256Hex::digest(&big);
    assert_eq!(
        c.create_blob(&device, &big_sha, big.len() as u64).status,
        200
    );
    let r = c.patch_blob(&device, &big_sha, 0, &big);
    r.assert_error(413, "too_large");
    assert_eq!(r.json()["error"]["limit_bytes"], json!(MAX_CHUNK_BYTES));
    // A started upload cannot change its size; an unstarted one can.
    c.create_blob(&device, &sha, 999)
        .assert_error(409, "size_mismatch");
    let fresh = Sha256Hex::digest(b"fresh");
    assert_eq!(c.create_blob(&device, &fresh, 10).status, 200);
    assert_eq!(c.create_blob(&device, &fresh, 5).status, 200);
    let r = c.head_blob(&device, &fresh);
    assert_eq!(r.header("upload-length"), Some("5"));
    // The upload still completes after all that.
    assert_eq!(c.patch_blob(&device, &sha, 100, &data[100..]).status, 204);
    assert_eq!(
        c.create_blob(&device, &sha, 1000).json(),
        json!({"offset": 1000, "complete": true})
    );
}

fn blob_hash_mismatch_resets_upload(db: &Db) {
    let staff = db.staff_token();
    let server = db.start();
    let c = server.client();
    let device = c.enroll(&staff);
    let data = random_bytes(5000);
    let sha = Sha256Hex::digest(&data);
    assert_eq!(c.create_blob(&device, &sha, 5000).status, 200);
    assert_eq!(c.patch_blob(&device, &sha, 0, &data[..3000]).status, 204);
    let mut wrong = data[3000..].to_vec();
    wrong[0] ^= 1;
    let r = c.patch_blob(&device, &sha, 3000, &wrong);
    r.assert_error(422, "hash_mismatch");
    assert_eq!(r.header("upload-offset"), Some("0"));
    let r = c.head_blob(&device, &sha);
    assert_eq!(r.header("upload-offset"), Some("0"));
    assert_eq!(
        c.create_blob(&device, &sha, 5000).json(),
        json!({"offset": 0, "complete": false})
    );
    // Not downloadable, not referencable.
    c.get(&format!("/v1/staff/blobs/{sha}"), Some(&staff))
        .assert_error(404, "not_found");
    let item = device.item(Uuid::new_v4(), b"e", &[sha]);
    assert_eq!(
        c.submit_statuses(&device, std::slice::from_ref(&item)),
        ["rejected:missing_blob"]
    );
    // A correct upload from the start then completes.
    assert_eq!(c.upload(&device, &data, 2048), sha);
    assert_eq!(c.submit_statuses(&device, &[item]), ["stored"]);
    let r = c.get(&format!("/v1/staff/blobs/{sha}"), Some(&staff));
    assert!(r.status == 200 && r.body == data);
}

fn pull_pages_every_submission_once_in_order(db: &Db) {
    let staff = db.staff_token();
    let server = db.start();
    let c = server.client();
    let a = c.enroll(&staff);
    let b = c.enroll(&staff);
    let blob = c.upload(&a, &random_bytes(700), 300);

    // Empty server: no items, no cursor.
    let (items, cursor) = c.pull_all(&staff, None, 10);
    assert!(items.is_empty() && cursor.is_none());

    let mut sent = Vec::new();
    for round in 0..5 {
        for dev in [&a, &b] {
            let batch: Vec<_> = (0..(3 + round))
                .map(|i| {
                    let blobs = if i == 0 { vec![blob] } else { vec![] };
                    dev.item(Uuid::new_v4(), &random_bytes(50 + i), &blobs)
                })
                .collect();
            assert!(c.submit_statuses(dev, &batch).iter().all(|s| s == "stored"));
            sent.extend(batch.into_iter().map(|i| (i, dev.id)));
        }
    }
    let (pulled, cursor) = c.pull_all(&staff, None, 7);
    assert_eq!(pulled.len(), sent.len());
    for w in pulled.windows(2) {
        assert!(w[0].seq < w[1].seq, "not in order");
    }
    for (p, (item, device)) in pulled.iter().zip(&sent) {
        assert_eq!(p.id, item.id);
        assert_eq!(&p.device_id, device);
        assert_eq!(p.envelope, item.envelope);
        assert_eq!(p.signature, item.signature);
        assert_eq!(
            p.blobs.iter().map(|b| b.to_string()).collect::<Vec<_>>(),
            item.blobs
        );
        // Staff can verify every signature with what the pull returned.
        p.verify().unwrap();
        assert!(p.received_at.ends_with('Z'));
    }
    // The cursor after the last page only yields what arrives later.
    let (none, same) = c.pull_all(&staff, cursor.clone(), 7);
    assert!(none.is_empty());
    assert_eq!(same, cursor);
    let late = a.item(Uuid::new_v4(), b"late", &[]);
    c.submit_statuses(&a, std::slice::from_ref(&late));
    let (more, _) = c.pull_all(&staff, cursor, 7);
    assert_eq!(more.len(), 1);
    assert_eq!(more[0].id, late.id);

    // Every page was audited with its range, and nothing else is in the audit log.
    let audit = db.audit_log();
    let pulls: Vec<_> = audit
        .iter()
        .filter(|a| a.action == "pull_submissions")
        .collect();
    let pages = sent.len().div_ceil(7) + 1 /* empty */ + 1 /* none */ + 1 /* late */;
    assert!(pulls.len() >= pages, "{} pulls audited", pulls.len());
    let counted: i64 = pulls.iter().filter_map(|a| a.item_count).sum();
    assert_eq!(counted as usize, sent.len() + 1);
    for p in &pulls {
        assert!(p.cursor_from.is_some() && p.cursor_to >= p.cursor_from);
    }
}

fn pull_pages_end_at_the_envelope_byte_budget(db: &Db) {
    let staff = db.staff_token();
    let server = db.start_with(&["--pull-page-bytes", "1000"]);
    let c = server.client();
    let a = c.enroll(&staff);
    // 300-byte envelopes: a page ends at the fourth (900 bytes before it), whatever the limit;
    // an envelope larger than the budget still travels, alone on its page.
    let mut sizes = vec![300; 10];
    sizes.insert(5, 2500);
    let batch: Vec<_> = sizes
        .iter()
        .map(|&size| a.item(Uuid::new_v4(), &random_bytes(size), &[]))
        .collect();
    assert!(c.submit_statuses(&a, &batch).iter().all(|s| s == "stored"));

    let mut pages = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let mut path = "/v1/staff/submissions?limit=1000".to_owned();
        if let Some(after) = &cursor {
            path.push_str(&format!("&after={after}"));
        }
        let r = c.get(&path, Some(&staff));
        assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
        let page: wave_protocol::PullResponse = r.parse();
        let page_sizes: Vec<usize> = page
            .items
            .iter()
            .map(|item| item.envelope_bytes().unwrap().len())
            .collect();
        pages.push(page_sizes);
        cursor = page.next_cursor.clone();
        if !page.has_more {
            break;
        }
        assert!(pages.len() <= sizes.len() + 1, "the pull does not end");
    }
    assert_eq!(
        pages,
        vec![
            vec![300, 300, 300, 300],
            vec![300, 2500],
            vec![300, 300, 300, 300],
            vec![300],
        ]
    );
    // Every submission once, in order, and the last cursor yields nothing more.
    let (pulled, _) = c.pull_all(&staff, None, 1000);
    let ids: Vec<_> = pulled.iter().map(|p| p.id).collect();
    assert_eq!(ids, batch.iter().map(|i| i.id).collect::<Vec<_>>());
    let (none, _) = c.pull_all(&staff, cursor, 1000);
    assert!(none.is_empty());
}

fn pull_rejects_bad_parameters(db: &Db) {
    let staff = db.staff_token();
    let server = db.start();
    let c = server.client();
    for q in [
        "limit=0",
        "limit=1001",
        "limit=x",
        "after=12",
        "after=v1.-1",
        "after=v1.x",
    ] {
        c.get(&format!("/v1/staff/submissions?{q}"), Some(&staff))
            .assert_error(400, "bad_request");
    }
    assert_eq!(
        c.get("/v1/staff/submissions?limit=1000&after=v1.0", Some(&staff))
            .status,
        200
    );
}

fn devices_are_listed_with_revocation(db: &Db) {
    let staff = db.staff_token();
    let server = db.start();
    let c = server.client();
    let a = c.enroll(&staff);
    let b = c.enroll(&staff);
    assert!(db.revoke(b.id).status.success());
    let r = c.get("/v1/staff/devices", Some(&staff));
    assert_eq!(r.status, 200);
    let list: wave_protocol::DevicesResponse = r.parse();
    assert_eq!(list.devices.len(), 2);
    for d in &list.devices {
        assert_eq!(d.revoked, d.device_id == b.id);
        let key = if d.device_id == a.id { &a.key } else { &b.key };
        assert_eq!(
            d.device_public_key,
            wave_protocol::encoding::encode_base64(&key.verifying_key().to_bytes())
        );
    }
    assert!(db.audit_log().iter().any(|a| a.action == "list_devices"));
}

fn rate_limit_applies_per_device(db: &Db) {
    let staff = db.staff_token();
    let server = db.start_with(&["--rate-per-second", "0.5", "--rate-burst", "3"]);
    let c = server.client();
    let a = c.enroll(&staff);
    let b = c.enroll(&staff);
    let sha = Sha256Hex::digest(b"x");
    for _ in 0..3 {
        assert_eq!(c.head_blob(&a, &sha).status, 404);
    }
    let r = c.create_blob(&a, &sha, 1);
    r.assert_error(429, "rate_limited");
    let retry: u64 = r.header("retry-after").unwrap().parse().unwrap();
    assert!((1..=2).contains(&retry), "{retry}");
    assert_eq!(r.json()["error"]["retry_after_seconds"], json!(retry));
    // Another device has its own budget; staff are not limited by devices.
    assert_eq!(c.head_blob(&b, &sha).status, 404);
    assert_eq!(c.get("/v1/staff/devices", Some(&staff)).status, 200);
    std::thread::sleep(Duration::from_secs(retry));
    assert_eq!(c.create_blob(&a, &sha, 1).status, 200);
}

/// SQLite only (PostgreSQL's files are not ours to read): nothing secret or identifying lands in
/// the database files — no token, no enrollment code, no device label.
#[test]
fn sqlite_files_hold_no_secrets_or_labels() {
    let db = Db::new(common::Backend::Sqlite).unwrap();
    let staff = db.staff_token();
    let server = db.start();
    let c = server.client();
    let code = c.create_code(&staff, 600);
    let marker = "MARKER-olena-kyiv-outreach-7731";
    let key = new_key();
    let r = c.enroll_with(&code, &key, Some(marker));
    assert_eq!(r.status, 201);
    let enrolled: wave_protocol::EnrollResponse = r.parse();
    let device = Device {
        id: enrolled.device_id,
        token: enrolled.device_token.clone(),
        key,
    };
    let item = device.item(Uuid::new_v4(), &random_bytes(100), &[]);
    c.submit_statuses(&device, &[item]);
    drop(server);

    let files = db.sqlite_files();
    assert!(!files.is_empty());
    let secrets: Vec<Vec<u8>> = vec![
        marker.as_bytes().to_vec(),
        staff.as_bytes().to_vec(),
        code.as_bytes().to_vec(),
        enrolled.device_token.as_bytes().to_vec(),
        wave_protocol::encoding::decode_token(&staff)
            .unwrap()
            .to_vec(),
        wave_protocol::encoding::decode_token(&code)
            .unwrap()
            .to_vec(),
        wave_protocol::encoding::decode_token(&enrolled.device_token)
            .unwrap()
            .to_vec(),
    ];
    for f in &files {
        for s in &secrets {
            assert!(
                !file_contains(f, s),
                "{} holds a secret or label",
                f.display()
            );
        }
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(db.dir.path().join("wave-server.db"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o077, 0, "database readable by others: {mode:o}");
    }
}

/// PostgreSQL only: two server processes on one database behave as one server — uploads resume
/// across them, duplicates are recognised across them, concurrent submissions through both are
/// each pulled exactly once, and revocation reaches both at once.
#[test]
fn postgres_two_servers_share_one_database() {
    let Some(db) = Db::new(common::Backend::Postgres) else {
        return;
    };
    let staff = db.staff_token();
    let a = db.start();
    let b = db.start();
    let (ca, cb) = (a.client(), b.client());
    let d1 = ca.enroll(&staff);
    let d2 = cb.enroll(&staff);

    // A blob begun through A is finished through B and complete for both.
    let data = random_bytes(200_000);
    let sha = Sha256Hex::digest(&data);
    assert_eq!(ca.create_blob(&d1, &sha, data.len() as u64).status, 200);
    assert_eq!(ca.patch_blob(&d1, &sha, 0, &data[..80_000]).status, 204);
    let r = cb.head_blob(&d1, &sha);
    assert_eq!(r.header("upload-offset"), Some("80000"));
    cb.patch_blob(&d1, &sha, 0, &data[..10])
        .assert_error(409, "offset_mismatch");
    assert_eq!(
        cb.patch_blob(&d1, &sha, 80_000, &data[80_000..]).status,
        204
    );
    assert_eq!(
        ca.create_blob(&d2, &sha, data.len() as u64).json(),
        json!({"offset": data.len(), "complete": true})
    );

    // Alternating batches; every retry through the other server is a duplicate.
    let mut sent = Vec::new();
    for round in 0..6 {
        let (first, second) = if round % 2 == 0 {
            (&ca, &cb)
        } else {
            (&cb, &ca)
        };
        for dev in [&d1, &d2] {
            let batch: Vec<_> = (0..4)
                .map(|i| {
                    let blobs = if i == 0 { vec![sha] } else { vec![] };
                    dev.item(Uuid::new_v4(), &random_bytes(64), &blobs)
                })
                .collect();
            assert!(
                first
                    .submit_statuses(dev, &batch)
                    .iter()
                    .all(|s| s == "stored")
            );
            assert!(
                second
                    .submit_statuses(dev, &batch)
                    .iter()
                    .all(|s| s == "duplicate")
            );
            sent.extend(batch.iter().map(|i| i.id));
        }
    }
    let conflict = d2.item(sent[0], b"someone else's id", &[]);
    assert_eq!(
        cb.submit_statuses(&d2, &[conflict]),
        ["rejected:id_conflict"]
    );

    // Concurrent submissions through both while staff pull through both in small pages: each
    // submission is pulled exactly once, in increasing seq order, none skipped.
    let (_, cursor) = ca.pull_all(&staff, None, 1000);
    let done = std::sync::atomic::AtomicBool::new(false);
    let (concurrent, pulled) = std::thread::scope(|s| {
        let writers: Vec<_> = [(&a, &d1), (&b, &d2)]
            .into_iter()
            .map(|(server, dev)| {
                s.spawn(move || {
                    let c = server.client();
                    let mut ids = Vec::new();
                    for _ in 0..15 {
                        let batch: Vec<_> = (0..5)
                            .map(|_| dev.item(Uuid::new_v4(), &random_bytes(40), &[]))
                            .collect();
                        assert!(c.submit_statuses(dev, &batch).iter().all(|s| s == "stored"));
                        ids.extend(batch.iter().map(|i| i.id));
                    }
                    ids
                })
            })
            .collect();
        let reader = s.spawn(|| {
            let clients = [a.client(), b.client()];
            let mut cursor = cursor.clone();
            let mut seen = Vec::new();
            let mut turn = 0;
            loop {
                let finished = done.load(std::sync::atomic::Ordering::SeqCst);
                let (page, next) = clients[turn % 2].pull_all(&staff, cursor.clone(), 3);
                turn += 1;
                seen.extend(page);
                cursor = next;
                if finished {
                    return seen;
                }
            }
        });
        let mut ids = Vec::new();
        for w in writers {
            ids.extend(w.join().unwrap());
        }
        done.store(true, std::sync::atomic::Ordering::SeqCst);
        (ids, reader.join().unwrap())
    });
    for w in pulled.windows(2) {
        assert!(w[0].seq < w[1].seq, "seq order broken");
    }
    let pulled_ids: std::collections::HashSet<_> = pulled.iter().map(|p| p.id).collect();
    assert_eq!(
        pulled_ids.len(),
        pulled.len(),
        "a submission was pulled twice"
    );
    let missed = concurrent
        .iter()
        .filter(|id| !pulled_ids.contains(id))
        .count();
    assert_eq!(missed, 0, "{missed} submissions were never pulled");
    assert_eq!(pulled.len(), concurrent.len());

    // A full pull through either server sees everything.
    let (via_a, _) = ca.pull_all(&staff, None, 50);
    let (via_b, _) = cb.pull_all(&staff, None, 37);
    assert_eq!(via_a, via_b);
    assert_eq!(via_a.len(), sent.len() + concurrent.len());

    // Revocation reaches both servers at once.
    assert!(db.revoke(d1.id).status.success());
    let item = d1.item(Uuid::new_v4(), b"x", &[]);
    ca.submit(&d1, std::slice::from_ref(&item))
        .assert_error(401, "device_revoked");
    cb.submit(&d1, &[item]).assert_error(401, "device_revoked");
    let audit = db.audit_log();
    assert!(
        audit
            .iter()
            .filter(|a| a.action == "pull_submissions")
            .count()
            > 4
    );
}

fn put_set(c: &common::Client, token: &str, body: &[u8]) -> common::Resp {
    c.request(
        "PUT",
        "/v1/staff/recipient-set",
        Some(token),
        &[("Content-Type", "application/json")],
        Some(body),
    )
}

fn signed_set(version: u64) -> wave_protocol::RecipientSetBody {
    let set = wave_protocol::RecipientSet {
        version,
        created_at: 1_764_500_000,
        signing_key_id: Sha256Hex::digest(b"replaced"),
        recipients: vec!["age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p".into()],
    };
    let signed = wave_protocol::sign_recipient_set(&new_key(), &set).unwrap();
    wave_protocol::RecipientSetBody::new(&signed)
}

fn recipient_set_is_published_and_served(db: &Db) {
    let staff = db.staff_token();
    let server = db.start();
    let c = server.client();
    let device = c.enroll(&staff);
    // Nothing published yet.
    c.get("/v1/recipient-set", Some(&device.token))
        .assert_error(404, "not_found");
    c.get("/v1/staff/recipient-set", Some(&staff))
        .assert_error(404, "not_found");
    // Only staff publish; only devices and staff read.
    let v2 = serde_json::to_vec(&signed_set(2)).unwrap();
    put_set(&c, &device.token, &v2).assert_error(403, "forbidden");
    c.get("/v1/recipient-set", None)
        .assert_error(401, "unauthorized");
    let r = put_set(&c, &staff, &v2);
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    // Served as the exact bytes published, to devices and staff.
    let served: wave_protocol::RecipientSetBody =
        c.get("/v1/recipient-set", Some(&device.token)).parse();
    assert_eq!(served, signed_set_bytes(&v2));
    let served: wave_protocol::RecipientSetBody =
        c.get("/v1/staff/recipient-set", Some(&staff)).parse();
    assert_eq!(served, signed_set_bytes(&v2));
    // Not greater than the stored version: refused, and the stored set stays.
    for version in [1, 2] {
        let body = serde_json::to_vec(&signed_set(version)).unwrap();
        let r = put_set(&c, &staff, &body);
        r.assert_error(409, "stale_version");
        assert!(
            r.json()["error"]["message"]
                .as_str()
                .unwrap()
                .contains("version 3")
        );
    }
    let served: wave_protocol::RecipientSetBody =
        c.get("/v1/recipient-set", Some(&device.token)).parse();
    assert_eq!(served, signed_set_bytes(&v2));
    // Malformed documents, signatures and bodies are refused in the protocol's JSON.
    let mut bad = signed_set(5);
    bad.signature = wave_protocol::encoding::encode_base64(&[1u8; 63]);
    put_set(&c, &staff, &serde_json::to_vec(&bad).unwrap()).assert_error(400, "bad_request");
    let mut bad = signed_set(5);
    bad.document = wave_protocol::encoding::encode_base64(br#"{"format":"other"}"#);
    put_set(&c, &staff, &serde_json::to_vec(&bad).unwrap()).assert_error(400, "bad_request");
    let mut bad = signed_set(5);
    bad.document = wave_protocol::encoding::encode_base64(
        &wave_protocol::RecipientSet::parse(&signed_set(5).decode().unwrap().document)
            .map(|mut set| {
                set.recipients.push("not-age".into());
                serde_json::json!({
                    "format": wave_protocol::RECIPIENT_SET_FORMAT,
                    "version": 5,
                    "created_at": 0,
                    "signing_key_id": set.signing_key_id,
                    "recipients": set.recipients,
                })
            })
            .map(|json| serde_json::to_vec(&json).unwrap())
            .unwrap(),
    );
    put_set(&c, &staff, &serde_json::to_vec(&bad).unwrap()).assert_error(400, "bad_request");
    put_set(&c, &staff, b"{").assert_error(400, "malformed_json");
    let huge = vec![b' '; 1024 * 1024];
    put_set(&c, &staff, &huge).assert_error(413, "too_large");
    // A greater version replaces it, and the publication is audited.
    let v3 = serde_json::to_vec(&signed_set(3)).unwrap();
    assert_eq!(put_set(&c, &staff, &v3).status, 200);
    let served: wave_protocol::RecipientSetBody =
        c.get("/v1/recipient-set", Some(&device.token)).parse();
    assert_eq!(served, signed_set_bytes(&v3));
    let audit = db.audit_log();
    let published: Vec<_> = audit
        .iter()
        .filter(|a| a.action == "publish_recipient_set")
        .map(|a| a.subject.clone().unwrap_or_default())
        .collect();
    assert_eq!(published, ["2", "3"]);
}

fn signed_set_bytes(body: &[u8]) -> wave_protocol::RecipientSetBody {
    serde_json::from_slice(body).unwrap()
}
