//! `wave staff …` end to end through a real `wave-server`: keys, an enrollment code, a device
//! that records, enrolls and syncs with the `wave` CLI, hand-made submissions (a forged one, an
//! undecryptable one, one whose attachment does not match its fingerprint, one altered on the
//! server after it was stored), then pulls, exports in every format with and without
//! `--public`, and statistics. The archive's files are scanned for what the women said.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use serde_json::{Value, json};
use wave_core::sync::{
    PAYLOAD_FORMAT, PayloadAttachment, SubmissionPayload, parse_recipients, seal_payload,
};
use wave_protocol::ed25519_dalek::SigningKey;
use wave_protocol::{EnrollmentInvite, Sha256Hex, SubmissionItem, Uuid, sign_submission};

mod common;

use common::{Locale, Running, Wave, ok, start_server, stderr};

/// Written into answers and attachments; must never be readable in the archive's files.
const MARKER: &str = "Marigold-4471-witness";
const PASSPHRASE: &str = "staff archive passphrase";

const WAVE: Wave = Wave {
    passphrase: Some(PASSPHRASE),
    locale: Locale::Inherited,
};

fn wave(args: &[&str]) -> Output {
    WAVE.run(args)
}

/// `wave` with the terminal in `locale` (`ru_RU.UTF-8`, …).
fn wave_in(locale: &str, args: &[&str]) -> Output {
    WAVE.in_locale(Locale::Lang(locale)).run(args)
}

/// A device made by hand: enrolled over HTTP, submitting whatever it is given.
struct HandDevice {
    key: SigningKey,
    token: String,
}

fn agent() -> ureq::Agent {
    ureq::AgentBuilder::new()
        .timeout(Duration::from_secs(30))
        .build()
}

fn post(url: &str, token: Option<&str>, body: &Value) -> Value {
    let mut request = agent().post(url).set("Content-Type", "application/json");
    if let Some(token) = token {
        request = request.set("Authorization", &format!("Bearer {token}"));
    }
    match request.send_string(&body.to_string()) {
        Ok(response) => serde_json::from_str(&response.into_string().unwrap()).unwrap(),
        Err(ureq::Error::Status(code, response)) => {
            panic!(
                "{url}: {code} {}",
                response.into_string().unwrap_or_default()
            )
        }
        Err(error) => panic!("{url}: {error}"),
    }
}

impl HandDevice {
    fn enroll(server: &Running, enrollment: &str) -> HandDevice {
        let invite = EnrollmentInvite::decode(enrollment).unwrap();
        let key = SigningKey::from_bytes(&[0x5a; 32]);
        let request =
            wave_protocol::EnrollRequest::new(invite.code, &key.verifying_key().to_bytes());
        let response = post(
            &format!("{}/v1/enroll", server.url),
            None,
            &serde_json::to_value(request).unwrap(),
        );
        HandDevice {
            key,
            token: response["device_token"].as_str().unwrap().to_owned(),
        }
    }

    fn upload_blob(&self, server: &Running, bytes: &[u8]) -> Sha256Hex {
        let digest = Sha256Hex::digest(bytes);
        post(
            &format!("{}/v1/blobs", server.url),
            Some(&self.token),
            &json!({"sha256": digest.to_string(), "size": bytes.len()}),
        );
        agent()
            .request("PATCH", &format!("{}/v1/blobs/{digest}", server.url))
            .set("Authorization", &format!("Bearer {}", self.token))
            .set("Content-Type", "application/offset+octet-stream")
            .set("Upload-Offset", "0")
            .send_bytes(bytes)
            .unwrap();
        digest
    }

    fn submit(&self, server: &Running, id: Uuid, envelope: &[u8], blobs: &[Sha256Hex]) {
        let signature = sign_submission(&self.key, &id, envelope);
        let item = SubmissionItem::new(id, envelope, &signature, blobs);
        let response = post(
            &format!("{}/v1/submissions", server.url),
            Some(&self.token),
            &json!({"items": [item]}),
        );
        assert_eq!(response["results"][0]["status"], "stored", "{response}");
    }
}

fn seal_bytes(recipient: &str, plain: &[u8]) -> Vec<u8> {
    let recipient: age::x25519::Recipient = recipient.parse().unwrap();
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .unwrap();
    let mut sealed = Vec::new();
    let mut writer = encryptor.wrap_output(&mut sealed).unwrap();
    writer.write_all(plain).unwrap();
    writer.finish().unwrap();
    sealed
}

fn hand_payload(id: Uuid, attachments: Vec<PayloadAttachment>) -> SubmissionPayload {
    SubmissionPayload {
        format: PAYLOAD_FORMAT.into(),
        submission_id: id.to_string(),
        case_id: Uuid::new_v4().to_string(),
        version: 1,
        form: wave_core::case::FormRef {
            id: "police-violence".into(),
            version: 1,
        },
        answers: json!({"code_name": MARKER, "country": "ua", "violations": ["v_phys"]})
            .as_object()
            .cloned()
            .unwrap(),
        finalized_at: 1,
        consents: vec![],
        attachments,
    }
}

/// Every file under `dir`, recursively.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(files(&path));
        } else {
            found.push(path);
        }
    }
    found
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

#[test]
fn staff_pull_export_and_stats_through_a_real_server() {
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name).to_string_lossy().into_owned();
    let server = start_server(&dir.path().join("server"));

    // The NGO identity.
    let key = path("staff.key");
    let recipient = WAVE.keygen(&key);
    assert!(recipient.starts_with("age1"), "{recipient}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&key).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let again = wave(&["staff", "keygen", "--out", &key]);
    assert!(!again.status.success());
    assert!(stderr(&again).contains("never overwritten"));

    // Enrollment strings: one for the CLI device, one for the hand-made device.
    let enroll_code = |expires: &str| {
        let args = [
            server.enroll_code_args(&recipient),
            vec!["--expires", expires],
        ]
        .concat();
        ok(wave(&args)).trim().to_owned()
    };
    let first_code = enroll_code("30m");
    let invite = EnrollmentInvite::decode(&first_code).unwrap();
    assert_eq!(invite.server, server.url);
    assert_eq!(invite.recipients, std::slice::from_ref(&recipient));
    let second_code = enroll_code("7d");

    // A device records two cases with the wave CLI, one with a photo, and syncs them.
    let vault = path("device");
    WAVE.init_vault(&vault);
    let mut consenting: Value =
        serde_json::from_str(include_str!("data/complete-case.json")).unwrap();
    consenting["own_words"] = json!(format!("{MARKER}, they said \"sign\",\nthen hit me"));
    consenting["violations"] = json!(["v_rape", "v_extort", "v_confisc"]);
    consenting["place_location"] = json!({"lat": 43.2567, "lon": 76.9286});
    consenting["incident_date"] = json!({"value": "2026-05-14", "precision": "exact"});
    fs::write(path("consenting.json"), consenting.to_string()).unwrap();
    ok(wave(&[
        "record",
        "--vault",
        &vault,
        "--answers",
        &path("consenting.json"),
        "--finalize",
    ]));
    let mut refusing: Value =
        serde_json::from_str(include_str!("data/complete-case.json")).unwrap();
    refusing["code_name"] = json!(MARKER);
    refusing["consent_statistics"] = json!(false);
    refusing["country"] = json!("kg");
    refusing["city"] = json!("Bishkek");
    refusing["incident_date"] = json!({"value": "2026-04", "precision": "month"});
    fs::write(path("refusing.json"), refusing.to_string()).unwrap();
    let refusing_id = ok(wave(&[
        "case",
        "add",
        "--vault",
        &vault,
        "--answers",
        &path("refusing.json"),
    ]))
    .trim()
    .to_owned();
    let photo: Vec<u8> = MARKER.bytes().cycle().take(300_000).collect();
    fs::write(path("photo.jpg"), &photo).unwrap();
    ok(wave(&[
        "case",
        "attach",
        &refusing_id,
        &path("photo.jpg"),
        "--vault",
        &vault,
    ]));
    ok(wave(&["case", "finalize", &refusing_id, "--vault", &vault]));
    ok(wave(&["enroll", &first_code, "--vault", &vault]));
    ok(wave(&["sync", "--vault", &vault]));

    // A hand-made device sends what a broken or hostile one might.
    let device = HandDevice::enroll(&server, &second_code);
    // Signed, but not an envelope anyone can open.
    let junk = Uuid::new_v4();
    device.submit(&server, junk, format!("junk {MARKER}").as_bytes(), &[]);
    // An attachment that does not decrypt to the bytes the device claims.
    let sealed = seal_bytes(&recipient, b"the bytes that were really sent");
    let digest = device.upload_blob(&server, &sealed);
    let mismatched = Uuid::new_v4();
    let attachment = PayloadAttachment {
        id: Uuid::new_v4().to_string(),
        file_name: Some("evidence.jpg".into()),
        media_type: "image/jpeg".into(),
        size: 31,
        sha256: Sha256Hex::digest(b"the bytes the device recorded").to_string(),
        sealed_sha256: digest.to_string(),
        added_at: 1,
    };
    let recipients = parse_recipients(std::slice::from_ref(&recipient)).unwrap();
    let envelope = seal_payload(&hand_payload(mismatched, vec![attachment]), &recipients).unwrap();
    device.submit(&server, mismatched, &envelope, &[digest]);
    // A good submission, altered in the server's database after it was stored (a breached
    // server): the device's signature no longer matches.
    let altered = Uuid::new_v4();
    let envelope = seal_payload(&hand_payload(altered, vec![]), &recipients).unwrap();
    device.submit(&server, altered, &envelope, &[]);
    {
        let db = rusqlite::Connection::open(server.data.join("wave-server.db")).unwrap();
        db.busy_timeout(Duration::from_secs(10)).unwrap();
        let mut tampered = envelope.clone();
        let middle = tampered.len() / 2;
        tampered[middle] ^= 0x01;
        let changed = db
            .execute(
                "UPDATE submissions SET envelope = ?1 WHERE seq = (SELECT max(seq) FROM submissions)",
                [tampered],
            )
            .unwrap();
        assert_eq!(changed, 1);
    }

    // The first pull archives the two good cases and rejects the three bad ones, saying why.
    let archive = path("archive");
    let pull = || wave(&[server.pull_args(&key, &archive), vec!["--page-size", "2"]].concat());
    let first = pull();
    let report = stderr(&first);
    assert!(!first.status.success(), "{report}");
    assert!(
        report.contains("2 new, 0 already had, 3 rejected"),
        "{report}"
    );
    assert!(report.contains("1 attachment decrypted"), "{report}");
    for (id, kind) in [
        (junk, "undecryptable"),
        (mismatched, "attachment_hash_mismatch"),
        (altered, "bad_signature"),
    ] {
        assert!(
            report
                .lines()
                .any(|line| line.contains(&id.to_string()) && line.contains(kind)),
            "{id} {kind}: {report}"
        );
    }
    assert!(!report.contains(&server.token), "{report}");
    assert!(!report.contains(PASSPHRASE), "{report}");

    // Again: nothing new, nothing twice, and no new rejection (the undecryptable one is tried
    // again and still does not open).
    let second = pull();
    let report = stderr(&second);
    assert!(second.status.success(), "{report}");
    assert!(report.contains("0 new"), "{report}");
    assert!(
        report.contains("1 earlier rejection(s) still cannot be opened"),
        "{report}"
    );

    // Full exports: every case, every answer, with the ids staff need.
    let export = |format: &str, public: bool| {
        let mut args = vec!["staff", "export", "--archive", &archive, "--format", format];
        if public {
            args.push("--public");
        }
        ok(wave(&args))
    };
    let full_csv = export("csv", false);
    let mut rows = csv_records(&full_csv);
    assert_eq!(rows.len(), 3, "{full_csv}");
    let header = rows.remove(0);
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let own_words: Vec<&String> = rows.iter().map(|row| &row[column("own_words")]).collect();
    assert!(own_words.contains(&&format!("{MARKER}, they said \"sign\",\nthen hit me")));
    assert!(full_csv.contains(&refusing_id));
    let full_json: Value = serde_json::from_str(&export("json", false)).unwrap();
    assert_eq!(full_json["cases"].as_array().unwrap().len(), 2);
    let with_photo = full_json["cases"]
        .as_array()
        .unwrap()
        .iter()
        .find(|case| case["case_id"] == refusing_id.as_str())
        .unwrap();
    assert_eq!(
        with_photo["attachments"][0]["sha256"],
        Sha256Hex::digest(&photo).to_string()
    );
    let full_geo: Value = serde_json::from_str(&export("geojson", false)).unwrap();
    let points: Vec<&Value> = full_geo["features"]
        .as_array()
        .unwrap()
        .iter()
        .map(|feature| &feature["geometry"])
        .filter(|geometry| !geometry.is_null())
        .collect();
    assert_eq!(
        points,
        [&json!({"type": "Point", "coordinates": [76.9286, 43.2567]})]
    );

    // Public exports: only the consenting case, only public items, months, merged categories.
    let public_csv = export("csv", true);
    assert_eq!(
        public_csv,
        "age_group,incident_date,country,violations,officer_service\n\
         25_34,2026-05,kz,sexual_violence;v_extort;v_confisc,\n"
    );
    let public_json = export("json", true);
    let public_geo = export("geojson", true);
    for text in [&public_csv, &public_json, &public_geo] {
        for leak in [
            MARKER,
            "2026-05-14",
            "43.2567",
            "76.9286",
            "v_rape",
            "Almaty",
            refusing_id.as_str(),
        ] {
            assert!(!text.contains(leak), "public export carries {leak}: {text}");
        }
    }
    let public_geo: Value = serde_json::from_str(&public_geo).unwrap();
    assert_eq!(public_geo["features"].as_array().unwrap().len(), 1);
    assert_eq!(public_geo["features"][0]["geometry"], Value::Null);
    assert_eq!(public_geo["features"][0]["properties"]["country"], "kz");

    // Exports to a file are readable only by their owner.
    let out = path("export.json");
    ok(wave(&[
        "staff",
        "export",
        "--archive",
        &archive,
        "--format",
        "json",
        "--out",
        &out,
    ]));
    assert!(fs::read_to_string(&out).unwrap().contains(MARKER));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&out).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0);
    }

    // Statistics: public figures over the consenting case only, sexual violence merged.
    let stats: Value = serde_json::from_str(&ok(wave(&[
        "staff",
        "stats",
        "--archive",
        &archive,
        "--json",
    ])))
    .unwrap();
    assert_eq!(stats["all"]["cases"], 2);
    assert_eq!(stats["public"]["cases"], 1);
    assert_eq!(stats["public"]["by_country"], json!({"kz": 1}));
    assert_eq!(
        stats["public"]["by_violation"],
        json!({"sexual_violence": 1, "v_extort": 1, "v_confisc": 1})
    );
    assert_eq!(stats["public"]["by_month"], json!({"2026-05": 1}));
    assert_eq!(stats["all"]["by_violation"]["v_rape"], 1);
    assert_eq!(stats["all"]["by_month"]["2026-04"], 1);
    let table = ok(wave(&["staff", "stats", "--archive", &archive]));
    assert!(table.contains("sexual violence (all forms)"), "{table}");
    assert!(table.contains("by country"), "{table}");

    // The tables and a pull's rejections in the terminal's language: headings, row names
    // (the checklist's labels) and reasons in words, the kinds' codes as they are.
    let checklist = wave_core::form::police_violence().unwrap();
    let kz_label = |lang: &str| {
        let idx = checklist.item_idx("country").unwrap();
        let choice = checklist
            .choices(idx)
            .iter()
            .find(|c| c.value == "kz")
            .unwrap();
        checklist.text(&choice.label, lang).to_owned()
    };
    for (locale, lang, by_country, sexual_violence, signature, rejected) in [
        (
            "ru_RU.UTF-8",
            "ru",
            "по странам",
            "сексуальное насилие (все формы)",
            "Подпись устройства не совпадает с конвертом",
            "отклонена отправка",
        ),
        (
            "kk_KZ.UTF-8",
            "kk",
            "елдер бойынша",
            "жыныстық зорлық-зомбылық (барлық түрі)",
            "Құрылғының қолтаңбасы конвертке сәйкес келмейді",
            "жіберілімі қабылданбады",
        ),
    ] {
        let table = ok(wave_in(locale, &["staff", "stats", "--archive", &archive]));
        assert!(table.contains(by_country), "{lang}: {table}");
        assert!(table.contains(sexual_violence), "{lang}: {table}");
        assert!(table.contains(&kz_label(lang)), "{lang}: {table}");
        assert!(!table.contains("by country"), "{lang}: {table}");
        assert!(!table.contains(MARKER), "{lang}: {table}");

        // A fresh archive pulls everything again, the three rejections too.
        let archive = path(&format!("archive-{lang}"));
        let pulled = wave_in(locale, &server.pull_args(&key, &archive));
        let report = stderr(&pulled);
        assert!(!pulled.status.success(), "{lang}: {report}");
        let line = report
            .lines()
            .find(|line| line.contains(&altered.to_string()))
            .unwrap_or_default();
        assert!(line.contains(rejected), "{lang}: {report}");
        assert!(line.contains(signature), "{lang}: {report}");
        assert!(line.contains("(bad_signature)"), "{lang}: {report}");
        assert!(!report.contains("rejected submission"), "{lang}: {report}");
        assert!(!report.contains("does not match"), "{lang}: {report}");
        assert!(!report.contains(&server.token), "{lang}: {report}");
    }

    // Nothing the women said is readable in the archive's files.
    let archive_files = files(Path::new(&archive));
    assert!(archive_files.len() >= 3);
    for file in archive_files {
        let bytes = fs::read(&file).unwrap();
        for needle in [MARKER.as_bytes(), b"Almaty", b"they said"] {
            assert!(
                !contains(&bytes, needle),
                "{} is readable in {}",
                String::from_utf8_lossy(needle),
                file.display()
            );
        }
    }
}

#[test]
fn staff_errors_are_one_line_without_the_token() {
    let dir = tempfile::tempdir().unwrap();
    let server = start_server(&dir.path().join("server"));
    let key = dir.path().join("staff.key");
    let key = key.to_str().unwrap();
    let recipient = WAVE.keygen(key);
    let wrong_token = "d3JvbmctdG9rZW4tdGhhdC1sb29rcy1yZWFsLWVub3VnaA";
    // base64url: a token may begin with '-', and is still a token, not an option.
    let hyphen_token = "-3JvbmctdG9rZW4tdGhhdC1sb29rcy1yZWFsLWVub3VnaA";
    let archive = dir.path().join("archive");
    let archive = archive.to_str().unwrap();
    // A wrong token on first use leaves no archive behind.
    let refused = wave(&server.pull_args_as(wrong_token, key, archive));
    assert!(!refused.status.success());
    assert!(!Path::new(archive).exists(), "{}", stderr(&refused));
    ok(wave(&server.pull_args(key, archive)));
    for args in [
        server.enroll_code_args_as(wrong_token, &recipient),
        server.enroll_code_args_as(hyphen_token, &recipient),
        [
            server.enroll_code_args("age1notakey"),
            vec!["--expires", "1h"],
        ]
        .concat(),
        [
            server.enroll_code_args(&recipient),
            vec!["--expires", "45d"],
        ]
        .concat(),
        server.pull_args_as(wrong_token, key, archive),
        vec![
            "staff",
            "pull",
            "--server",
            "http://127.0.0.1:9",
            "--token",
            wrong_token,
            "--identity",
            key,
            "--archive",
            archive,
        ],
        vec!["staff", "export", "--archive", archive, "--format", "xml"],
        vec!["staff", "stats", "--archive", &format!("{archive}-missing")],
    ] {
        let output = wave(&args);
        let text = stderr(&output);
        assert!(!output.status.success(), "{args:?}");
        assert_eq!(text.trim_end().lines().count(), 1, "{args:?}: {text}");
        assert!(text.starts_with("wave: "), "{args:?}: {text}");
        assert!(
            !text.contains(wrong_token)
                && !text.contains(hyphen_token)
                && !text.contains(&server.token),
            "{text}"
        );
        assert!(!text.contains("panicked"), "{text}");
    }
    // The wrong passphrase on an existing archive is refused plainly.
    let output = Command::new(env!("CARGO_BIN_EXE_wave"))
        .args(["staff", "stats", "--archive", archive])
        .env("WAVE_PASSPHRASE", "not the passphrase")
        .output()
        .unwrap();
    assert!(
        stderr(&output).contains("wrong passphrase"),
        "{}",
        stderr(&output)
    );
    assert!(!stderr(&output).contains("not the passphrase"));
}

#[test]
fn enroll_code_writes_the_primary_and_backup_key_pins_and_refuses_a_malformed_one() {
    let dir = tempfile::tempdir().unwrap();
    let server = start_server(&dir.path().join("server"));
    let key = dir.path().join("staff.key");
    let key = key.to_str().unwrap();
    let recipient = WAVE.keygen(key);
    let primary = Sha256Hex::digest(b"current key");
    let backup = Sha256Hex::digest(b"backup key");
    let enroll_code = |pins: &[String]| {
        let mut args = server.enroll_code_args(&recipient);
        for pin in pins {
            args.extend(["--pin", pin.as_str()]);
        }
        wave(&args)
    };
    // Plain http to this machine has no TLS to check, so the pins only go into the string.
    let text = ok(enroll_code(&[
        primary.to_string(),
        backup.to_string().to_uppercase(),
    ]));
    let invite = EnrollmentInvite::decode(text.trim()).unwrap();
    assert_eq!(invite.pin_sha256, Some(primary));
    assert_eq!(invite.backup_pins_sha256, vec![backup]);
    let invite = EnrollmentInvite::decode(ok(enroll_code(&[])).trim()).unwrap();
    assert_eq!(
        (invite.pin_sha256, invite.backup_pins_sha256),
        (None, vec![])
    );
    let refused = enroll_code(&[primary.to_string(), "not-a-digest".into()]);
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).contains("--pin must be a SHA-256 digest of the server's public key"),
        "{}",
        stderr(&refused)
    );
}

/// Parses CSV text into rows of fields (quotes, doubled quotes and line breaks in quotes).
fn csv_records(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, '\r') => {}
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// The key commands end to end: a signing key, an enrollment string that carries its public
/// key, a recipient set published and shown (checked with the key, and refused with another),
/// and an identity and the signing key split into shares and restored from any three of five,
/// with a typo'd share refused and two shares not enough.
#[test]
fn signing_key_recipient_sets_and_shares() {
    let dir = tempfile::tempdir().unwrap();
    let server = start_server(&dir.path().join("server"));
    let path = |name: &str| dir.path().join(name).to_str().unwrap().to_owned();
    let (identity, signing, other) = (path("a.key"), path("signing.key"), path("other.key"));
    let recipient = WAVE.keygen(&identity);
    let public = ok(wave(&[
        "staff",
        "signing-key",
        "generate",
        "--out",
        &signing,
    ]))
    .trim()
    .to_owned();
    ok(wave(&["staff", "signing-key", "generate", "--out", &other]));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&signing).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // Never overwritten.
    assert!(
        !wave(&["staff", "signing-key", "generate", "--out", &signing])
            .status
            .success()
    );

    let enroll_code = |signing_public_key: &str| {
        let args = [
            server.enroll_code_args(&recipient),
            vec!["--signing-public-key", signing_public_key],
        ];
        wave(&args.concat())
    };
    let text = ok(enroll_code(&public));
    assert!(text.starts_with("wave-enroll:2:"), "{text}");
    let invite = EnrollmentInvite::decode(text.trim()).unwrap();
    assert_eq!(invite.signing_key.as_deref(), Some(public.as_str()));
    let refused = enroll_code("AAAA");
    assert!(!refused.status.success());

    let server_args = [
        "--server",
        server.url.as_str(),
        "--token",
        server.token.as_str(),
    ];
    let show = |key_args: &[&str]| {
        let mut args = vec!["staff", "recipients", "show"];
        args.extend(server_args);
        args.extend(key_args);
        wave(&args)
    };
    let nothing = show(&["--signing-public-key", &public]);
    assert!(
        stderr(&nothing).contains("No recipient set"),
        "{}",
        stderr(&nothing)
    );
    let publish = |version: Option<&str>| {
        let mut args = vec!["staff", "recipients", "publish"];
        args.extend(server_args);
        args.extend([
            "--signing-key",
            signing.as_str(),
            "--recipient",
            recipient.as_str(),
        ]);
        if let Some(version) = version {
            args.extend(["--version", version]);
        }
        wave(&args)
    };
    let published = ok(publish(None));
    assert!(published.contains("version: 1"), "{published}");
    assert!(
        published.contains(&format!("recipient: {recipient}")),
        "{published}"
    );
    assert!(ok(publish(None)).contains("version: 2"));
    let stale = publish(Some("2"));
    assert!(!stale.status.success());
    assert!(
        stderr(&stale).contains("stale_version"),
        "{}",
        stderr(&stale)
    );
    let shown = ok(show(&["--signing-key", &signing]));
    assert!(
        shown.contains("version: 2") && shown.contains(&recipient),
        "{shown}"
    );
    let wrong = show(&["--signing-key", &other]);
    assert!(!wrong.status.success());
    assert!(
        stderr(&wrong).contains("does not verify"),
        "{}",
        stderr(&wrong)
    );

    for (command, file) in [("identity", &identity), ("signing-key", &signing)] {
        let shares = dir.path().join(format!("{command}-shares"));
        ok(wave(&[
            "staff",
            command,
            "split",
            file,
            "--shares",
            "5",
            "--threshold",
            "3",
            "--out",
            shares.to_str().unwrap(),
        ]));
        let share = |n: usize| {
            shares
                .join(format!("share-{n}.txt"))
                .to_str()
                .unwrap()
                .to_owned()
        };
        for n in 1..=5 {
            let png = fs::read(shares.join(format!("share-{n}.png"))).unwrap();
            assert_eq!(&png[1..4], b"PNG");
        }
        let restored = path(&format!("{command}-restored"));
        ok(wave(&[
            "staff",
            command,
            "combine",
            "--out",
            &restored,
            &share(5),
            &share(2),
            &share(4),
        ]));
        assert_eq!(fs::read(&restored).unwrap(), fs::read(file).unwrap());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&restored).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let two = wave(&[
            "staff",
            command,
            "combine",
            "--out",
            &path("two"),
            &share(1),
            &share(3),
        ]);
        assert!(!two.status.success());
        assert!(
            stderr(&two).contains("3 different shares are needed"),
            "{}",
            stderr(&two)
        );
        // A typo in share 3, typed back as text.
        let text = fs::read_to_string(share(3)).unwrap();
        let line = text
            .lines()
            .find(|l| l.starts_with("WAVE-SHARE-1"))
            .unwrap();
        let at = line.len() - 15;
        let digit = if &line[at..at + 1] == "7" { "8" } else { "7" };
        let typo = format!("{}{digit}{}", &line[..at], &line[at + 1..]);
        let typed = |out: &str, typed: &str| {
            let mut child = WAVE
                .command(&[
                    "staff",
                    command,
                    "combine",
                    "--out",
                    out,
                    &share(1),
                    &share(2),
                    "-",
                ])
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            child
                .stdin
                .take()
                .unwrap()
                .write_all(typed.as_bytes())
                .unwrap();
            child.wait_with_output().unwrap()
        };
        let refused = typed(&path("typo"), &format!("# share 3\n{typo}\n"));
        assert!(!refused.status.success());
        assert!(
            stderr(&refused).contains("share 3 has a typo"),
            "{}",
            stderr(&refused)
        );
        assert!(!Path::new(&path("typo")).exists());
        // Typed right, it restores the file.
        let restored_typed = path(&format!("{command}-typed"));
        ok(typed(&restored_typed, &format!("{line}\n")));
        assert_eq!(fs::read(&restored_typed).unwrap(), fs::read(file).unwrap());
        // Never taken from the command line, where others see it; and not echoed.
        let refused = wave(&[
            "staff",
            command,
            "combine",
            "--out",
            &path(&format!("{command}-argument")),
            &share(1),
            &share(2),
            line,
        ]);
        assert!(!refused.status.success());
        assert!(
            stderr(&refused).contains("share 3 was given as text on the command line"),
            "{}",
            stderr(&refused)
        );
        assert!(!stderr(&refused).contains(&line[20..]));
        assert!(!Path::new(&path(&format!("{command}-argument"))).exists());
        // A share whose beginning was mistyped is taken for a file name, and never echoed.
        let garbled = line.replacen("WAVE-SHARE-1", "WAVE-SHARE-l", 1);
        let refused = wave(&[
            "staff",
            command,
            "combine",
            "--out",
            &path("garbled"),
            &share(1),
            &garbled,
        ]);
        assert!(!refused.status.success());
        assert!(stderr(&refused).contains("share 2"), "{}", stderr(&refused));
        assert!(
            !stderr(&refused).contains(&line[20..]),
            "{}",
            stderr(&refused)
        );
    }
    // Shares say what they restore.
    let mixed = wave(&[
        "staff",
        "identity",
        "combine",
        "--out",
        &path("mixed"),
        dir.path()
            .join("signing-key-shares/share-1.txt")
            .to_str()
            .unwrap(),
        dir.path()
            .join("signing-key-shares/share-2.txt")
            .to_str()
            .unwrap(),
        dir.path()
            .join("signing-key-shares/share-3.txt")
            .to_str()
            .unwrap(),
    ]);
    assert!(
        stderr(&mixed).contains("not an NGO identity"),
        "{}",
        stderr(&mixed)
    );
}

/// One HTTP/1.1 GET to the workspace; the status line and headers, lower-cased names.
fn http_get(address: &str, path: &str) -> (u16, Vec<(String, String)>) {
    use std::io::Read;
    let mut stream = std::net::TcpStream::connect(address).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    let mut buffer = [0u8; 4096];
    while !raw.windows(4).any(|w| w == b"\r\n\r\n") {
        let read = stream.read(&mut buffer).unwrap();
        if read == 0 {
            break;
        }
        raw.extend_from_slice(&buffer[..read]);
    }
    let text = String::from_utf8_lossy(&raw).into_owned();
    let head = text.split("\r\n\r\n").next().unwrap_or("");
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|line| line.split(' ').nth(1))
        .and_then(|code| code.parse().ok())
        .unwrap();
    let headers = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
        .collect();
    (status, headers)
}

#[test]
fn staff_serve_prints_a_one_time_loopback_link() {
    let dir = tempfile::tempdir().unwrap();
    let archive_dir = dir.path().join("archive");
    wave_staff::Archive::create(
        &archive_dir,
        &wave_core::vault::Passphrase::new(PASSPHRASE),
        wave_core::vault::KdfParams::FLOOR,
    )
    .unwrap()
    .lock();
    let archive = archive_dir.to_str().unwrap();

    let missing = dir.path().join("nothing-here");
    let output = wave(&[
        "staff",
        "serve",
        "--archive",
        missing.to_str().unwrap(),
        "--no-open",
    ]);
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("no staff archive"),
        "{}",
        stderr(&output)
    );
    let output = wave(&[
        "staff",
        "serve",
        "--archive",
        archive,
        "--idle-lock",
        "0",
        "--no-open",
    ]);
    assert!(
        stderr(&output).contains("--idle-lock"),
        "{}",
        stderr(&output)
    );

    let mut child = Command::new(env!("CARGO_BIN_EXE_wave"))
        .args(["staff", "serve", "--archive", archive, "--no-open"])
        .env_remove("WAVE_PASSPHRASE")
        .env_remove("WAVE_STAFF_TOKEN")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let url = common::first_line(&mut child).trim().to_owned();
    let rest = url
        .strip_prefix("http://127.0.0.1:")
        .expect("a loopback link");
    let (port, token) = rest.split_once("/start?token=").expect("a start link");
    assert!(port.parse::<u16>().is_ok());
    assert!(token.len() == 64 && token.chars().all(|c| c.is_ascii_hexdigit()));
    let address = format!("127.0.0.1:{port}");
    let path = format!("/start?token={token}");
    let (status, headers) = http_get(&address, &path);
    assert_eq!(status, 303);
    let cookie = headers
        .iter()
        .find(|(name, _)| name == "set-cookie")
        .map(|(_, value)| value.clone())
        .unwrap();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"));
    assert_eq!(http_get(&address, &path).0, 403, "the link works once");
    let _ = child.kill();
    let _ = child.wait();
}
