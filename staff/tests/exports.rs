//! Exports and statistics over made-up archived cases: CSV quoting, public filtering, consent,
//! merging, the latest version of a case, both checklist versions together.

use serde_json::{Value, json};
use wave_core::case::{CaseId, ConsentRecord, FormRef};
use wave_protocol::Uuid;
use wave_staff::{
    ArchivedCase, EXPORT_FORMAT, ExportFormat, ExportSummary, Forms, Stats, UNKNOWN,
    consents_to_statistics, export, export_in, latest_versions,
};

const MARKER: &str = "Quokka-7731";

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
fn stats_count_only_the_checklists_choices() {
    // A device put free text (a terminal's escapes, a name) where a choice belongs.
    let hostile = consenting(
        "\u{1b}[2J0 cases",
        &["v_extort", "\u{1b}]52;c;aGk=\u{7}", MARKER],
    );
    let stats = Stats::compute(&[hostile], &Forms::builtin().unwrap());
    for figures in [&stats.all, &stats.public] {
        assert_eq!(figures.by_country.keys().collect::<Vec<_>>(), [UNKNOWN]);
        assert_eq!(figures.by_violation[UNKNOWN], 1);
        assert_eq!(figures.by_violation["v_extort"], 1);
        assert_eq!(figures.by_violation.len(), 2);
    }
    let text = stats.table("en", &Forms::builtin().unwrap());
    assert!(
        !text.chars().any(|c| c.is_control() && c != '\n'),
        "{text:?}"
    );
    assert!(!text.contains(MARKER));
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
    let forms = Forms::builtin().unwrap();
    let text = stats.table("en", &forms);
    assert!(text.contains("sexual violence (all forms)"), "{text}");
    assert!(text.contains("Public figures"), "{text}");
    assert!(!text.contains(MARKER));
    // The same tables in Russian: headings and row names in the staff's language.
    let text = stats.table("ru", &forms);
    assert!(text.contains("сексуальное насилие (все формы)"), "{text}");
    assert!(text.contains("по странам"), "{text}");
    assert!(!text.contains("by country"), "{text}");
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
    let latest = latest_versions(vec![second.clone(), first, other]);
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

#[test]
fn json_codebook_is_in_the_staffs_language_where_each_form_has_it() {
    let forms = Forms::builtin().unwrap();
    let first = consenting("kz", &["v_rape", "v_extort"]);
    let mut second = consenting("kg", &["v_extort"]);
    second.form.version = 2;
    let export_json = |public: bool, lang: Option<&str>| -> Value {
        let mut out = Vec::new();
        export_in(
            &[first.clone(), second.clone()],
            &forms,
            ExportFormat::Json,
            public,
            lang,
            &mut out,
        )
        .unwrap();
        serde_json::from_slice(&out).unwrap()
    };
    let field = |form: &Value, id: &str| -> Value {
        form["fields"]
            .as_array()
            .unwrap()
            .iter()
            .find(|field| field["id"] == id)
            .cloned()
            .unwrap()
    };
    let choice = |field: &Value, value: &str| -> Value {
        field["choices"]
            .as_array()
            .unwrap()
            .iter()
            .find(|choice| choice["value"] == value)
            .cloned()
            .unwrap_or(Value::Null)
    };
    let georgian = |text: &Value| {
        text.as_str()
            .unwrap()
            .chars()
            .any(|c| ('\u{10D0}'..='\u{10FF}').contains(&c))
    };
    for public in [false, true] {
        let document = export_json(public, Some("ka"));
        let described = document["forms"].as_array().unwrap();
        let v2 = described.iter().find(|form| form["version"] == 2).unwrap();
        assert_eq!(v2["language"], "ka");
        assert_eq!(v2["review"], "draft");
        assert!(georgian(&v2["title"]));
        let violations = field(v2, "violations");
        assert!(georgian(&violations["label"]));
        assert!(georgian(&choice(&violations, "v_extort")["label"]));
        assert!(field(v2, "country")["choices"].as_array().unwrap().len() > 3);
        // Version 1 has no Georgian: its default language, and the document says so.
        let v1 = described.iter().find(|form| form["version"] == 1).unwrap();
        assert_eq!(v1["language"], "en");
        assert_eq!(v1["review"], "source");
        assert!(!georgian(&field(v1, "violations")["label"]));
        // The codebook reads the cells: in a public export the sexual-violence codes are one.
        let merged = choice(&violations, "sexual_violence");
        let rape = choice(&violations, "v_rape");
        if public {
            assert_eq!(rape, Value::Null);
            assert_eq!(merged["label"].as_str().unwrap().matches(" / ").count(), 2);
            assert!(georgian(&merged["label"]));
        } else {
            assert_eq!(merged, Value::Null);
            assert!(georgian(&rape["label"]));
        }
    }
    // Without a language, and with one no form has, the forms' default languages.
    for lang in [None, Some("fr")] {
        let document = export_json(false, lang);
        for described in document["forms"].as_array().unwrap() {
            assert_eq!(described["language"], "en");
        }
    }
}
