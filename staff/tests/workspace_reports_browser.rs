//! Statistics, map, redaction and reports in a real headless Chromium (the same harness as
//! `workspace_browser.rs`): filter the statistics and see their charts drawn, open both maps,
//! redact a narrative and mark it reviewed, make the UN report and the evidence certificate and
//! render each to PDF in the browser, checking the PDF's text with `pdftotext` (poppler-utils,
//! installed by `scripts/install-browser`); nothing a device sent runs. Screenshots of these
//! pages in en, ru and uk go to `$CARGO_TARGET_DIR/screens/workspace/LANG/` beside the first
//! half's, and the PDFs beside them.
//!
//! Runs when `WAVE_TEST_CHROMEDRIVER` names chromedriver; otherwise it says so and passes.

mod common;
mod reports_fixture;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use common::webdriver::Browser;
use common::*;
use reports_fixture::*;

fn chromedriver() -> Option<PathBuf> {
    match std::env::var("WAVE_TEST_CHROMEDRIVER") {
        Ok(path) if !path.is_empty() => Some(PathBuf::from(path)),
        _ => {
            eprintln!(
                "WAVE_TEST_CHROMEDRIVER is not set: the reports' browser tests are skipped \
                 (scripts/install-browser prints the path)"
            );
            None
        }
    }
}

fn screens() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            let exe = std::env::current_exe().expect("test executable");
            exe.ancestors().nth(3).expect("target folder").to_path_buf()
        });
    target.join("screens").join("workspace")
}

fn wait_for(browser: &Browser, what: &str, check: impl Fn(&Browser) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !check(browser) {
        assert!(
            Instant::now() < deadline,
            "timed out waiting for {what} at {}: {}",
            browser.url(),
            browser.page_text().chars().take(300).collect::<String>()
        );
        std::thread::sleep(Duration::from_millis(150));
    }
}

fn attribute(browser: &Browser, css: &str, name: &str) -> String {
    browser
        .run(&format!(
            "var e = document.querySelector({}); return e ? (e.getAttribute({}) || '') : '';",
            serde_json::to_string(css).unwrap(),
            serde_json::to_string(name).unwrap()
        ))
        .as_str()
        .unwrap_or("")
        .to_owned()
}

fn no_injection(browser: &Browser, page: &str) {
    assert_eq!(browser.alert(), None, "{page}: a dialog opened");
    let injected = browser.run(
        "return document.querySelectorAll('img[src=\"x\"], [onerror], [onload], \
         script:not([src]), a[href^=\"javascript\"], iframe, object, embed').length;",
    );
    assert_eq!(injected, 0, "{page}: an injected element");
    let width = browser
        .run("return document.documentElement.scrollWidth;")
        .as_u64()
        .unwrap_or(u64::MAX);
    assert!(width <= 1300, "{page}: the layout overflows ({width}px)");
}

/// Unlocks from the page without following the redirect, so the test goes straight to the pages
/// it checks.
fn unlock(browser: &Browser, base: &str) {
    browser.goto(&format!("{base}/"));
    let status = browser.run_async(&format!(
        "var done = arguments[arguments.length - 1];
         var body = new URLSearchParams();
         body.set('name', 'Olena K.');
         body.set('passphrase', {});
         body.set('csrf', document.getElementById('main').getAttribute('data-csrf'));
         fetch('/unlock', {{method: 'POST', body: body, redirect: 'manual', credentials: 'same-origin'}})
           .then(function (r) {{ done(r.type + ' ' + r.status); }})
           .catch(function (e) {{ done('error ' + e); }});",
        serde_json::to_string(PASSPHRASE).unwrap()
    ));
    assert_eq!(status.as_str(), Some("opaqueredirect 0"), "{status}");
}

fn pdf_text(pdf: &[u8], path: &Path) -> String {
    std::fs::write(path, pdf).expect("write PDF");
    println!("pdf: {}", path.display());
    let out = Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils; scripts/install-browser installs it)");
    assert!(out.status.success(), "pdftotext failed");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn switch_language(browser: &Browser, lang: &str) {
    browser.click_and_wait_for_load(&format!("form.lang button[value=\"{lang}\"]"));
    wait_for(browser, "the language switch", |b| {
        attribute(b, "html", "lang") == lang
    });
}

#[test]
fn statistics_map_redaction_and_reports_work_in_a_real_browser() {
    let Some(driver) = chromedriver() else {
        return;
    };
    let fixture = Fixture::new();
    add_un_case(&fixture);
    let tulip = submission_of(&fixture, "Tulip");
    let sunflower = submission_of(&fixture, "Sunflower");
    let runtime = workspace_runtime();
    let running = fixture.serve(&runtime, Duration::from_secs(600));
    let base = running.base_url();
    let browser = Browser::start(&driver, "en");
    browser.goto(&running.start_url);
    unlock(&browser, &base);
    let shots = screens();

    // Statistics: charts drawn by the vendored library from the tables; a filter narrows them.
    browser.goto(&format!("{base}/stats"));
    wait_for(&browser, "the charts", |b| {
        attribute(b, "html", "data-charts")
            .parse::<u32>()
            .unwrap_or(0)
            >= 10
    });
    no_injection(&browser, "stats");
    assert!(browser.text("#public-cases").contains("2 cases"));
    browser
        .run("document.getElementById('country').value = 'kz'; return true;")
        .as_bool();
    browser.click("#stats-apply");
    wait_for(&browser, "the filtered statistics", |b| {
        b.url().contains("country=kz")
    });
    wait_for(&browser, "the filtered charts", |b| {
        !attribute(b, "html", "data-charts").is_empty()
    });
    assert!(browser.text("#internal-cases").contains("1 case"));
    let canvases = browser.run("return document.querySelectorAll('.chart canvas').length;");
    assert!(canvases.as_u64().unwrap_or(0) >= 10, "{canvases}");

    // The maps: shapes from the embedded Natural Earth file, points only in the internal one.
    browser.goto(&format!("{base}/map"));
    wait_for(&browser, "the internal map", |b| {
        !attribute(b, "#map", "data-drawn").is_empty()
    });
    assert_eq!(attribute(&browser, "#map", "data-drawn"), "2");
    let shapes = browser.run("return document.querySelectorAll('#map path').length;");
    assert!(
        shapes.as_u64().unwrap_or(0) > 100,
        "country shapes: {shapes}"
    );
    let markers =
        browser.run("return document.querySelectorAll('#map path.leaflet-interactive').length;");
    assert!(markers.as_u64().unwrap_or(0) >= 2, "{markers}");
    no_injection(&browser, "map");
    browser.goto(&format!("{base}/map?view=public"));
    wait_for(&browser, "the public map", |b| {
        !attribute(b, "#map", "data-drawn").is_empty()
    });
    assert_eq!(
        attribute(&browser, "#map", "data-drawn"),
        "0",
        "no point in public"
    );

    // Redact Tulip's account and mark it reviewed.
    browser.goto(&format!("{base}/case/{tulip}/redact"));
    assert!(
        browser.page_text().contains("Petrov"),
        "the original is shown"
    );
    browser.type_into("#text-own_words", REDACTED);
    browser.click("#reviewed");
    browser.click("#redact-save");
    wait_for(&browser, "the saved redaction", |b| {
        b.url().ends_with("#saved")
    });
    assert!(
        browser
            .text("#redaction-state")
            .contains("Reviewed for identifying details")
    );

    // The UN report, on screen and as the browser's PDF.
    browser.goto(&format!("{base}/reports"));
    no_injection(&browser, "reports");
    browser.type_into("#body", "CEDAW");
    browser
        .run("document.getElementById('country').value = 'kz'; return true;")
        .as_bool();
    browser.click("#un-make");
    wait_for(&browser, "the UN report", |b| {
        b.url().contains("/reports/un")
    });
    wait_for(&browser, "the report's charts", |b| {
        attribute(b, "html", "data-charts")
            .parse::<u32>()
            .unwrap_or(0)
            >= 4
    });
    let report_text = browser.page_text();
    assert!(report_text.contains(REDACTED), "{report_text}");
    assert!(!report_text.contains("Petrov"));
    no_injection(&browser, "UN report");
    let en = shots.join("en");
    std::fs::create_dir_all(&en).expect("screens folder");
    let text = pdf_text(&browser.print_pdf(), &en.join("report-un.pdf"));
    assert!(text.contains("CEDAW"), "{text}");
    assert!(text.contains(REDACTED), "{text}");
    assert!(text.contains("Kazakhstan"));
    assert!(!text.contains("Petrov"));
    assert!(
        !text.contains("Lock"),
        "the print stylesheet hides the frame"
    );

    // The evidence certificate.
    browser.goto(&format!("{base}/reports/certificate/{sunflower}"));
    let key = browser.text("#cert-key");
    assert_eq!(key.len(), 64, "{key}");
    let text = pdf_text(&browser.print_pdf(), &en.join("certificate.pdf"));
    assert!(text.contains("Evidence certificate"), "{text}");
    assert!(text.contains("statement.wav"));
    let joined: String = text.split_whitespace().collect();
    assert!(joined.contains(&key), "the key fingerprint in the PDF");
    assert!(joined.contains("SHA-256"));
    // The hostile case did not consent: refused, and nothing of it runs.
    let hostile = submission_of(&fixture, SCRIPT);
    browser.goto(&format!("{base}/reports/certificate/{hostile}"));
    assert!(browser.page_text().contains("not consented"));
    no_injection(&browser, "refused certificate");

    // Screenshots of every page of this half in each language.
    let pages = [
        ("stats", "/stats".to_owned(), "data-charts"),
        ("map-internal", "/map".to_owned(), "data-drawn"),
        ("map-public", "/map?view=public".to_owned(), "data-drawn"),
        ("redact", format!("/case/{tulip}/redact"), ""),
        ("reports", "/reports".to_owned(), ""),
        (
            "report-un",
            "/reports/un?country=kz&body=CEDAW".to_owned(),
            "data-charts",
        ),
        (
            "certificate",
            format!("/reports/certificate/{sunflower}"),
            "",
        ),
    ];
    for lang in ["en", "ru", "uk"] {
        browser.goto(&format!("{base}/reports"));
        switch_language(&browser, lang);
        for (name, path, ready) in &pages {
            browser.goto(&format!("{base}{path}"));
            match *ready {
                "data-charts" => wait_for(&browser, name, |b| {
                    !attribute(b, "html", "data-charts").is_empty()
                }),
                "data-drawn" => wait_for(&browser, name, |b| {
                    !attribute(b, "#map", "data-drawn").is_empty()
                }),
                _ => {}
            }
            no_injection(&browser, name);
            browser.screenshot(&shots.join(lang).join(format!("{name}.png")));
        }
    }
    let ru = browser.page_text();
    assert!(ru.contains("Справка") || ru.contains("Довідка"), "{ru}");
    drop(browser);
    runtime.block_on(running.stop());
}
