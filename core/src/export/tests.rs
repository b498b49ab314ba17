//! Tests of the staff side without a server: pulls from an in-memory source (checks, rejections,
//! idempotence, cursor resume) and exports and statistics over made-up cases (CSV quoting,
//! public filtering, consent, merging).

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::future::Future;
use std::io::Write;

use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use wave_protocol::ed25519_dalek::SigningKey;
use wave_protocol::encoding::encode_base64;
use wave_protocol::{PullResponse, PulledSubmission, Sha256Hex, Uuid, sign_submission};

use super::*;
use crate::case::{AttachmentId, CaseId, ConsentRecord, FormRef};
use crate::sync::payload::encrypt_to;
use crate::sync::{PAYLOAD_FORMAT, PayloadAttachment, StaffIdentity, SubmissionPayload};
use crate::sync::{parse_recipients, seal_payload};
use crate::vault::{KdfParams, Passphrase};

const MARKER: &str = "Quokka-7731";

// ---- made-up cases for exports and statistics ----

fn consent(seq: u32, purpose: &str, granted: bool) -> ConsentRecord {
    ConsentRecord {
        seq,
        purpose: purpose.into(),
        granted,
        at: 1_700_000_000_000 + i64::from(seq),
    }
}

fn case(answers: Value, consents: Vec<ConsentRecord>) -> ArchivedCase {
    ArchivedCase {
        submission_id: Uuid::new_v4(),
        seq: 1,
        device_id: Uuid::new_v4(),
        received_at: "2026-06-01T10:00:00Z".into(),
        signature_verified: true,
        archive_case_id: CaseId::generate(),
        case_id: Uuid::new_v4().to_string(),
        version: 1,
        form: FormRef {
            id: "police-violence".into(),
            version: 1,
        },
        finalized_at: 1_700_000_000_000,
        answers: answers.as_object().cloned().unwrap_or_default(),
        consents,
        attachments: vec![],
    }
}

fn consenting(country: &str, violations: &[&str]) -> ArchivedCase {
    case(
        json!({
            "consent_statistics": true,
            "code_name": MARKER,
            "real_name": MARKER,
            "own_words": format!("{MARKER}, said \"stop\"\nand ran"),
            "country": country,
            "age_group": "25_34",
            "incident_date": {"value": "2026-05-14", "precision": "exact"},
            "incident_time": "23:15",
            "city": MARKER,
            "place_location": {"lat": 43.2389, "lon": 76.8897},
            "violations": violations,
            "officers": [
                {"officer_service": "patrol", "officer_name_badge": MARKER},
                {"officer_service": "drug_police"}
            ],
        }),
        vec![consent(1, "store", true), consent(2, "statistics", true)],
    )
}

fn refusing() -> ArchivedCase {
    let mut refusing = consenting("ua", &["v_phys"]);
    // Said yes first, then withdrew: the latest record wins.
    refusing.consents.push(consent(3, "statistics", false));
    refusing
        .answers
        .insert("consent_statistics".into(), json!(false));
    refusing
}

fn run(cases: &[ArchivedCase], format: ExportFormat, public: bool) -> (String, ExportSummary) {
    let forms = Forms::builtin().unwrap();
    let mut out = Vec::new();
    let summary = export(cases, &forms, format, public, &mut out).unwrap();
    (String::from_utf8(out).unwrap(), summary)
}

#[test]
fn csv_keeps_commas_quotes_and_line_breaks_inside_their_fields() {
    let cases = [consenting("kz", &["v_extort", "v_confisc"])];
    let (text, summary) = run(&cases, ExportFormat::Csv, false);
    assert_eq!(summary.cases, 1);
    let mut reader = ::csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let row = reader.records().next().unwrap().unwrap();
    let get = |name: &str| {
        let index = headers.iter().position(|h| h == name).unwrap();
        row[index].to_owned()
    };
    assert_eq!(
        get("own_words"),
        format!("{MARKER}, said \"stop\"\nand ran")
    );
    assert_eq!(get("violations"), "v_extort;v_confisc");
    assert_eq!(get("officers"), "2");
    assert_eq!(get("officer_service"), "patrol | drug_police");
    assert_eq!(get("officer_name_badge"), format!("{MARKER} | "));
    assert_eq!(get("incident_date"), "2026-05-14");
    assert_eq!(get("incident_date_precision"), "exact");
    assert_eq!(get("place_location"), "43.2389,76.8897");
    assert_eq!(get("case_id"), cases[0].case_id);
    assert_eq!(get("signature_verified"), "true");
    assert_eq!(reader.records().count(), 0);
}

#[test]
fn public_exports_drop_sensitive_items_refusing_cases_ids_and_exact_places() {
    let cases = [
        consenting("kz", &["v_rape", "v_sexhar", "v_extort"]),
        refusing(),
        consenting("ua", &["v_phys"]),
    ];
    for format in [ExportFormat::Csv, ExportFormat::Json, ExportFormat::GeoJson] {
        let (text, summary) = run(&cases, format, true);
        assert_eq!(summary.cases, 2, "{format}");
        assert_eq!(summary.without_consent, 1, "{format}");
        assert!(!text.contains(MARKER), "{format}: {text}");
        assert!(!text.contains("v_phys\n") || format != ExportFormat::Csv);
        for case in &cases {
            assert!(!text.contains(&case.case_id), "{format}");
            assert!(!text.contains(&case.submission_id.to_string()), "{format}");
            assert!(!text.contains(&case.device_id.to_string()), "{format}");
        }
        for leak in [
            "2026-05-14",
            "23:15",
            "43.2389",
            "76.8897",
            "v_rape",
            "v_sexhar",
        ] {
            assert!(!text.contains(leak), "{format} carries {leak}: {text}");
        }
        assert!(text.contains("2026-05"), "{format}");
        assert!(text.contains("sexual_violence"), "{format}");
    }
    let (csv_text, _) = run(&cases, ExportFormat::Csv, true);
    assert_eq!(
        csv_text.lines().next().unwrap(),
        "age_group,incident_date,country,violations,officer_service"
    );
    // The refusing case (Ukraine, physical violence) is not there; the consenting Ukrainian
    // one is, once.
    assert_eq!(csv_text.matches(",ua,").count(), 1);
    let (geo, _) = run(&cases, ExportFormat::GeoJson, true);
    let geo: Value = serde_json::from_str(&geo).unwrap();
    for feature in geo["features"].as_array().unwrap() {
        assert_eq!(feature["geometry"], Value::Null);
        assert!(feature["properties"]["country"].is_string());
        assert_eq!(feature["properties"]["incident_date"], "2026-05");
    }
    let (full_geo, _) = run(&cases, ExportFormat::GeoJson, false);
    let full_geo: Value = serde_json::from_str(&full_geo).unwrap();
    assert_eq!(
        full_geo["features"][0]["geometry"],
        json!({"type": "Point", "coordinates": [76.8897, 43.2389]})
    );
}

#[test]
fn public_json_describes_only_public_fields() {
    let (text, _) = run(&[consenting("kz", &["v_extort"])], ExportFormat::Json, true);
    let document: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(document["format"], EXPORT_FORMAT);
    assert_eq!(document["public"], true);
    let fields: Vec<&str> = document["forms"][0]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|field| field["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        fields,
        [
            "age_group",
            "incident_date",
            "country",
            "violations",
            "officer_service"
        ]
    );
    assert_eq!(
        document["cases"][0]["officer_service"],
        json!(["patrol", "drug_police"])
    );
}

#[test]
fn consent_falls_back_to_the_answer_only_without_any_record() {
    let forms = Forms::builtin().unwrap();
    let form = forms.get("police-violence");
    let mut no_log = consenting("kz", &[]);
    no_log.consents.clear();
    assert!(consents_to_statistics(&no_log, form));
    no_log.answers.remove("consent_statistics");
    assert!(!consents_to_statistics(&no_log, form));
    // A record, even an earlier one, beats the answer.
    let mut log_says_no = consenting("kz", &[]);
    log_says_no.consents = vec![consent(4, "statistics", false)];
    assert!(!consents_to_statistics(&log_says_no, form));
    let mut back_to_yes = refusing();
    back_to_yes.consents.push(consent(4, "statistics", true));
    assert!(consents_to_statistics(&back_to_yes, form));
}

#[test]
fn stats_merge_sexual_violence_in_public_figures_only() {
    let mut undated = consenting("kz", &["v_sexext"]);
    undated.answers.remove("incident_date");
    let cases = [
        consenting("kz", &["v_rape", "v_sexhar", "v_extort"]),
        refusing(),
        undated,
    ];
    let stats = Stats::compute(&cases, &Forms::builtin().unwrap());
    assert_eq!(stats.all.cases, 3);
    assert_eq!(stats.public.cases, 2);
    assert_eq!(stats.public.by_violation["sexual_violence"], 2);
    assert_eq!(stats.public.by_violation["v_extort"], 1);
    assert!(!stats.public.by_violation.contains_key("v_rape"));
    assert!(!stats.public.by_violation.contains_key("v_phys"));
    assert_eq!(stats.all.by_violation["v_rape"], 1);
    assert_eq!(stats.all.by_violation["v_phys"], 1);
    assert_eq!(stats.public.by_country["kz"], 2);
    assert_eq!(stats.all.by_country["ua"], 1);
    assert_eq!(stats.public.by_month["2026-05"], 1);
    assert_eq!(stats.public.by_month[UNKNOWN], 1);
    let json = serde_json::to_value(&stats).unwrap();
    assert_eq!(json["public"]["by_violation"]["sexual_violence"], 2);
    let text = stats.to_string();
    assert!(text.contains("sexual_violence"), "{text}");
    assert!(!text.contains(MARKER));
}

#[test]
fn only_the_latest_version_of_a_case_counts() {
    let first = consenting("kz", &["v_extort"]);
    let mut second = first.clone();
    second.version = 2;
    second.seq = 2;
    second.answers.insert("country".into(), json!("kg"));
    let other = consenting("ua", &[]);
    let latest = archive::latest_versions(vec![second.clone(), first, other]);
    assert_eq!(latest.len(), 2);
    assert_eq!(latest[0], second);
}

/// A case recorded under version 2 of the checklist; `case` makes version 1 ones.
fn on_version_2(mut case: ArchivedCase) -> ArchivedCase {
    case.form.version = 2;
    case
}

#[test]
fn cases_of_both_checklist_versions_export_together_each_under_its_own_questions() {
    // Version 1 asked whether planted drugs were "planted" (yes / no) and had a single
    // sign_what; version 2 asks where they came from and lets several signing answers be true.
    let old = case(
        json!({"code_name": "Old", "country": "ua", "violations": ["v_plant", "v_confess"],
               "search_planted": "yes", "sign_what": "confessed",
               "report_date": {"value": "2026-04-02", "precision": "exact"}}),
        vec![],
    );
    let new = on_version_2(case(
        json!({"code_name": "New", "country": "ge", "violations": ["v_plant", "v_phone"],
               "phone_checked": "yes", "found_origin": "planted",
               "sign_what": ["signed_forced", "confessed"],
               "complaints": [{"complaint_body": "sis", "complaint_reg_number": "77"}]}),
        vec![],
    ));
    let (text, summary) = run(&[old.clone(), new.clone()], ExportFormat::Csv, false);
    assert_eq!((summary.cases, summary.unknown_form), (2, 0));
    let mut reader = ::csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let rows: Vec<::csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let get = |row: usize, name: &str| {
        let matching: Vec<usize> = headers
            .iter()
            .enumerate()
            .filter(|(_, header)| *header == name)
            .map(|(index, _)| index)
            .collect();
        assert_eq!(matching.len(), 1, "column {name} once");
        rows[row][matching[0]].to_owned()
    };
    assert_eq!(
        (get(0, "form_version"), get(1, "form_version")),
        ("1".into(), "2".into())
    );
    // Columns of either version are there; each case fills only its own version's.
    assert_eq!(
        (get(0, "search_planted"), get(1, "search_planted")),
        ("yes".into(), String::new())
    );
    assert_eq!(get(0, "report_date"), "2026-04-02");
    assert_eq!(
        (get(0, "found_origin"), get(1, "found_origin")),
        (String::new(), "planted".into())
    );
    assert_eq!(
        (get(0, "phone_checked"), get(1, "phone_checked")),
        (String::new(), "yes".into())
    );
    assert_eq!(get(0, "sign_what"), "confessed");
    assert_eq!(get(1, "sign_what"), "signed_forced;confessed");
    assert_eq!(get(1, "complaints"), "1");
    assert_eq!(get(1, "complaint_body"), "sis");
    assert_eq!(
        (get(0, "code_name"), get(1, "code_name")),
        ("Old".into(), "New".into())
    );

    let (text, _) = run(&[old.clone(), new.clone()], ExportFormat::Json, false);
    let document: Value = serde_json::from_str(&text).unwrap();
    let versions: Vec<&Value> = document["forms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|form| &form["version"])
        .collect();
    assert_eq!(versions, [&json!(1), &json!(2)]);
    assert_eq!(document["cases"][0]["form"]["version"], 1);
    assert_eq!(document["cases"][1]["answers"]["found_origin"], "planted");

    let stats = Stats::compute(&[old, new], &Forms::builtin().unwrap());
    assert_eq!(stats.all.cases, 2);
    assert_eq!(stats.all.by_country["ua"], 1);
    assert_eq!(stats.all.by_country["ge"], 1);
    assert_eq!(stats.all.by_violation["v_plant"], 2);
}

#[test]
fn a_case_of_an_unknown_later_version_is_read_by_the_latest_known() {
    let forms = Forms::builtin().unwrap();
    let mut future = consenting("kz", &["v_extort"]);
    future.form.version = 99;
    assert_eq!(forms.for_case(&future.form).unwrap().version(), 2);
    assert_eq!(
        forms
            .for_case(&consenting("kz", &[]).form)
            .unwrap()
            .version(),
        1
    );
    future.form.id = "another-form".into();
    assert!(forms.for_case(&future.form).is_none());
}

#[test]
fn formats_parse() {
    assert_eq!(
        "GeoJSON".parse::<ExportFormat>().unwrap(),
        ExportFormat::GeoJson
    );
    assert!("xml".parse::<ExportFormat>().is_err());
}

// ---- pulls from an in-memory source ----

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
            key: SigningKey::from_bytes(&crate::crypto::random_bytes::<32>()),
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

    fn archive(&self) -> Archive {
        let dir = self.dir.path().join("archive");
        let passphrase = Passphrase::new("staff archive passphrase");
        if Archive::exists(&dir) {
            Archive::open(&dir, &passphrase).unwrap()
        } else {
            Archive::create(&dir, &passphrase, KdfParams::FLOOR).unwrap()
        }
    }

    fn seal(&self, plain: &[u8]) -> Vec<u8> {
        let mut sealed = Vec::new();
        encrypt_to(&self.recipients, &mut &plain[..], &mut sealed).unwrap();
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
                sha256: crate::crypto::hex(&Sha256::digest(bytes)),
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
    archive
        .store()
        .read_attachment(cases[0].archive_case_id, attachment.archive_id, &mut out)
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
    assert_eq!(archive.store().case_count().unwrap(), 2);
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
    assert_eq!(archive.store().case_count().unwrap(), 5);
}

#[test]
fn an_interrupted_page_leaves_no_half_made_cases() {
    let mut fixture = Fixture::new();
    let device = Device::new();
    let payload = fixture.payload(Uuid::new_v4(), &[b"evidence"]);
    fixture.submit(&device, &payload, None);
    let mut archive = fixture.archive();
    // A case made before a crash, its page never committed.
    archive
        .store_mut()
        .create_case(payload.form.clone(), payload.answers.clone())
        .unwrap();
    std::fs::create_dir_all(archive.incoming_dir()).unwrap();
    std::fs::write(archive.incoming_dir().join("partial"), b"half a blob").unwrap();
    let report = fixture.pull(&mut archive, 10).unwrap();
    assert_eq!((report.cleaned_up, report.new), (1, 1));
    assert_eq!(archive.store().case_count().unwrap(), 1);
    assert_eq!(
        std::fs::read_dir(archive.incoming_dir()).unwrap().count(),
        0
    );
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
    relabelled.attachments[0].sha256 = crate::crypto::hex(&Sha256::digest(b"other"));
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
    assert_eq!(archive.store().case_count().unwrap(), 1);
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
    assert_eq!(archive.store().case_count().unwrap(), 0);
    fixture.source.blobs.insert(digest, sealed);
    let report = fixture.pull(&mut archive, 10).unwrap();
    assert_eq!(report.recovered, 1);
}

#[test]
fn a_device_vault_is_not_taken_for_an_archive() {
    let dir = tempfile::tempdir().unwrap();
    let passphrase = Passphrase::new("device passphrase");
    crate::unlock::Vault::at(dir.path())
        .create(&passphrase, KdfParams::FLOOR)
        .unwrap()
        .lock();
    let error = Archive::open(dir.path(), &passphrase).unwrap_err();
    assert!(error.to_string().contains("not a staff archive"), "{error}");
}
