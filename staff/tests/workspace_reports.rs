//! The workspace's statistics, map, redaction and reports over HTTP, on an archive filled by a
//! real pull (device → wave-server → staff), with one more case that consented to UN
//! submissions: public and internal figures and their CSV files, the public map carrying no
//! point, a redaction saved sealed and quoted only once marked reviewed, the evidence
//! certificate only with the lawyer consent, and hostile strings kept out of public tables.

mod common;
mod reports_fixture;

use std::time::Duration;

use common::*;
use reports_fixture::*;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use wave_core::vault::Passphrase;
use wave_staff::Archive;

const LONG: Duration = Duration::from_secs(600);

fn unlocked(
    fixture: &Fixture,
    runtime: &tokio::runtime::Runtime,
) -> (wave_staff::workspace::Running, Client) {
    let running = fixture.serve(runtime, LONG);
    let mut client = Client::start(&running);
    let reply = client.unlock(PASSPHRASE);
    assert_eq!(reply.status, 303, "{}", reply.text());
    let page = client.get("/reports");
    client.remember_csrf(&page);
    (running, client)
}

/// The text between `id="ID"` and the end of its table.
fn table_after<'a>(page: &'a str, marker: &str) -> &'a str {
    let start = page.find(marker).unwrap_or_else(|| panic!("no {marker}"));
    let rest = &page[start..];
    &rest[..rest.find("</section>").unwrap_or(rest.len())]
}

fn assert_no_raw_markup(page: &str, what: &str) {
    for raw in [SCRIPT, ATTRIBUTE, "<img src=x"] {
        assert!(!page.contains(raw), "{what}: {raw} unescaped");
    }
}

#[test]
fn statistics_show_public_and_internal_figures_and_download_as_csv() {
    let fixture = Fixture::new();
    add_un_case(&fixture);
    let runtime = workspace_runtime();
    let (running, client) = unlocked(&fixture, &runtime);

    let reply = client.get("/stats");
    assert_eq!(reply.status, 200);
    let csp = reply.header("content-security-policy").unwrap_or("");
    assert!(
        csp.contains("script-src 'self'") && !csp.contains("unsafe"),
        "{csp}"
    );
    assert_eq!(reply.header("cache-control"), Some("no-store"));
    let page = reply.text();
    assert_no_raw_markup(&page, "stats");
    assert!(page.contains("/assets/chart.umd.min.js"));
    assert!(!page.contains("<script>"), "no inline script");
    // Sunflower (latest version, Ukraine) and Tulip consented; the hostile case did not.
    assert!(page.contains("id=\"public-cases\">2 cases"), "{page}");
    assert!(page.contains("id=\"internal-cases\">3 cases"));
    let violations = table_after(&page, "id=\"stats-violation\"");
    let public = &violations[..violations.find("side-internal").unwrap()];
    assert!(public.contains("Sexual violence (all forms)"), "{public}");
    assert!(
        !public.contains("&lt;script"),
        "device text in a public table"
    );

    // A filter: Kazakhstan only (Sunflower's first version said Kazakhstan; only the latest counts).
    let kz = client.get("/stats?country=kz&from=&to=").text();
    assert!(kz.contains("id=\"public-cases\">1 case<"), "{kz}");
    assert!(kz.contains("id=\"internal-cases\">1 case<"));
    let months = client.get("/stats?from=2026-05&to=2026-12").text();
    assert!(
        months.contains("id=\"internal-cases\">1 case<"),
        "the hostile case's May"
    );

    let csv = client.get("/stats/public/violation.csv");
    assert_eq!(csv.status, 200);
    assert_eq!(csv.header("content-type"), Some("text/csv; charset=utf-8"));
    assert!(
        csv.header("content-disposition")
            .unwrap_or("")
            .starts_with("attachment;")
    );
    assert_eq!(csv.header("cache-control"), Some("no-store"));
    let text = csv.text();
    assert!(text.starts_with("violation,Label,Cases"), "{text}");
    assert!(
        text.contains("sexual_violence,Sexual violence (all forms),1"),
        "{text}"
    );
    assert!(!text.contains("v_rape"), "merged in public figures");
    let internal = client.get("/stats/internal/violation.csv").text();
    assert!(internal.contains("v_rape,"), "{internal}");
    assert!(internal.contains("v_phys,"), "{internal}");
    let filtered = client.get("/stats/internal/country.csv?country=kz").text();
    assert_eq!(filtered.lines().count(), 2, "{filtered}");
    assert_eq!(client.get("/stats/secret/violation.csv").status, 404);
    assert_eq!(client.get("/stats/public/names.csv").status, 404);
    runtime.block_on(running.stop());
}

#[test]
fn the_public_map_carries_countries_only_and_the_internal_map_the_places() {
    let fixture = Fixture::new();
    add_un_case(&fixture);
    let runtime = workspace_runtime();
    let (running, client) = unlocked(&fixture, &runtime);

    let page = client.get("/map").text();
    for asset in [
        "/assets/leaflet.js",
        "/assets/leaflet.css",
        "/assets/topojson-client.min.js",
        "/assets/map.js",
    ] {
        assert!(page.contains(asset), "{asset}");
        let reply = client.get(asset);
        assert_eq!(reply.status, 200, "{asset}");
    }
    assert!(
        !page.contains("http://") && !page.contains("https://"),
        "no other origin"
    );
    let world = client.get("/assets/countries-50m.json");
    assert_eq!(world.header("content-type"), Some("application/json"));
    let world: Value = serde_json::from_slice(&world.body).expect("topojson");
    assert_eq!(world["type"], "Topology");

    let internal: Value =
        serde_json::from_slice(&client.get("/map/data?view=internal").body).expect("json");
    let points = internal["points"].as_array().expect("points");
    assert_eq!(points.len(), 2, "{internal}");
    assert!(
        points
            .iter()
            .any(|p| p["lat"] == json!(43.2389) && p["label"] == "Sunflower")
    );
    assert_eq!(
        internal["countries"]["804"], 2,
        "Sunflower and the hostile case"
    );

    let public_reply = client.get("/map/data?view=public");
    let public_text = public_reply.text();
    let public: Value = serde_json::from_str(&public_text).expect("json");
    for leak in [
        "lat",
        "lon",
        "43.2389",
        "51.1694",
        "Sunflower",
        "Tulip",
        "/case/",
    ] {
        assert!(
            !public_text.contains(leak),
            "{leak} in the public map: {public_text}"
        );
    }
    assert_eq!(public["cases"], 2);
    assert_eq!(public["countries"]["804"], 1);
    assert_eq!(public["countries"]["398"], 1);
    let public_page = client.get("/map?view=public").text();
    assert!(public_page.contains("data-view=\"public\""));
    runtime.block_on(running.stop());
}

#[test]
fn a_un_report_quotes_only_reviewed_redactions_and_they_stay_sealed() {
    let fixture = Fixture::new();
    add_un_case(&fixture);
    let runtime = workspace_runtime();
    let tulip = submission_of(&fixture, "Tulip");
    let (running, mut client) = unlocked(&fixture, &runtime);
    let report_url = "/reports/un?country=kz&from=2026-01&to=2026-12&body=CEDAW";

    let before = client.get(report_url).text();
    assert!(before.contains("CEDAW"));
    assert!(before.contains("No reviewed quotation"), "{before}");
    assert!(!before.contains("Petrov"), "the original is never quoted");

    let editor = client.get(&format!("/case/{tulip}/redact"));
    assert_eq!(editor.status, 200);
    let editor_text = editor.text();
    assert!(
        editor_text.contains("name=\"text:own_words\""),
        "{editor_text}"
    );
    assert!(editor_text.contains("Not redacted yet"));
    client.remember_csrf(&editor);

    // Without the CSRF token nothing is saved.
    let refused = client.post_raw(
        &format!("/case/{tulip}/redact"),
        &[("text:own_words", REDACTED), ("reviewed", "yes")],
    );
    assert_eq!(refused.status, 403);

    // Saved but not marked reviewed: still not quoted.
    let saved = client.post(
        &format!("/case/{tulip}/redact"),
        &[("text:own_words", REDACTED)],
    );
    assert_eq!(saved.status, 303, "{}", saved.text());
    assert!(
        client
            .get(report_url)
            .text()
            .contains("No reviewed quotation")
    );
    // An answer the case does not have is refused.
    let bad = client.post(
        &format!("/case/{tulip}/redact"),
        &[("text:real_name", "x"), ("reviewed", "yes")],
    );
    assert_eq!(bad.status, 400);

    let reviewed = client.post(
        &format!("/case/{tulip}/redact"),
        &[("text:own_words", REDACTED), ("reviewed", "yes")],
    );
    assert_eq!(reviewed.status, 303);
    let editor = client.get(&format!("/case/{tulip}/redact")).text();
    assert!(
        editor.contains("Reviewed for identifying details"),
        "{editor}"
    );
    assert!(editor.contains("Olena K."), "who reviewed");
    let report = client.get(report_url).text();
    assert!(report.contains(REDACTED), "{report}");
    assert!(!report.contains("Petrov") && !report.contains("Tulip"));
    assert!(report.contains("2026-04 · Kazakhstan"));
    assert!(report.contains("id=\"report-cases\">1<"));
    assert!(report.contains("/assets/chart.umd.min.js"));
    assert!(report.contains("id=\"print\""));
    // Another period has none of it.
    let other = client.get("/reports/un?from=2025-01&to=2025-12").text();
    assert!(!other.contains(REDACTED));

    // Sealed in the archive: kept across a lock, and nowhere on disk in the clear.
    client.post("/lock", &[]);
    let again = client.unlock(PASSPHRASE);
    assert_eq!(again.status, 303);
    assert!(client.get(report_url).text().contains(REDACTED));
    runtime.block_on(running.stop());
    for entry in walk(&fixture.archive) {
        let bytes = std::fs::read(&entry).unwrap_or_default();
        assert!(
            !bytes
                .windows(REDACTED.len())
                .any(|window| window == REDACTED.as_bytes()),
            "{} holds the redacted text in the clear",
            entry.display()
        );
    }
    let archive = Archive::open(&fixture.archive, &Passphrase::new(PASSPHRASE)).expect("archive");
    let history = archive.redaction_history().expect("history");
    assert_eq!(history.len(), 2, "both saves kept");
    assert!(!history[0].reviewed && history[1].reviewed);
    assert_eq!(history[1].by, "Olena K.");
    // The original answer is unchanged.
    let tulip_case = archive
        .latest_cases()
        .expect("cases")
        .into_iter()
        .find(|case| case.submission_id.to_string() == tulip)
        .expect("Tulip");
    assert_eq!(tulip_case.answers["own_words"], UN_STORY);
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

#[test]
fn the_evidence_certificate_needs_the_lawyer_consent_and_lists_what_was_checked() {
    let fixture = Fixture::new();
    let runtime = workspace_runtime();
    let sunflower = submission_of(&fixture, "Sunflower");
    let hostile = submission_of(&fixture, SCRIPT);
    let (running, client) = unlocked(&fixture, &runtime);

    let list = client.get("/reports").text();
    assert!(list.contains(&format!("/reports/certificate/{sunflower}")));
    assert!(!list.contains(&format!("/reports/certificate/{hostile}")));

    let reply = client.get(&format!("/reports/certificate/{sunflower}"));
    assert_eq!(reply.status, 200);
    let page = reply.text();
    let audio = wav(1.5);
    let sha = Sha256::digest(&audio)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<String>();
    assert!(page.contains(&sha), "the attachment's SHA-256");
    assert!(page.contains(&audio.len().to_string()), "its size");
    assert!(page.contains("statement.wav"));
    assert!(page.contains("id=\"cert-version\">2<"));
    assert!(
        page.contains("Signature verified") || page.contains("verified"),
        "{page}"
    );
    let key = table_after(&page, "id=\"cert-key\">");
    assert!(
        key["id=\"cert-key\">".len()..]
            .chars()
            .take(64)
            .all(|c| c.is_ascii_hexdigit()),
        "{key}"
    );
    assert!(page.contains("Sharing with a lawyer"), "the consent record");
    assert!(page.contains("Olena K."), "who made it");

    let refused = client.get(&format!("/reports/certificate/{hostile}"));
    assert_eq!(refused.status, 403);
    assert!(
        refused
            .text()
            .contains("not consented to sharing with a lawyer")
    );
    assert_eq!(client.get("/reports/certificate/not-a-uuid").status, 404);
    runtime.block_on(running.stop());
}
