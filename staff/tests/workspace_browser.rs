//! The staff workspace in a real headless Chromium (Debian's chromium and chromium-driver,
//! driven over WebDriver), on an archive filled by a real pull: unlock, pull from the page,
//! filter, open a case, play its audio, change the follow-up status, lock; the hostile case runs
//! nothing and keeps its layout; a wrong token, a foreign Host and a missing CSRF token are
//! refused. Screenshots of every page in en, ru, uk and ka (the longest words) go to
//! `$CARGO_TARGET_DIR/screens/workspace/LANG/` (each path is printed).
//!
//! Runs when `WAVE_TEST_CHROMEDRIVER` names chromedriver (`scripts/install-browser` prints it;
//! `scripts/test` sets it); otherwise it says so and passes.

mod common;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use common::webdriver::Browser;
use common::*;

fn chromedriver() -> Option<PathBuf> {
    match std::env::var("WAVE_TEST_CHROMEDRIVER") {
        Ok(path) if !path.is_empty() => Some(PathBuf::from(path)),
        _ => {
            eprintln!(
                "WAVE_TEST_CHROMEDRIVER is not set: the workspace's browser tests are skipped \
                 (scripts/install-browser prints the path)"
            );
            None
        }
    }
}

/// `$CARGO_TARGET_DIR/screens/workspace`, or beside this test's executable's target folder.
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
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(150));
    }
}

fn no_injection(browser: &Browser, page: &str) {
    assert_eq!(browser.alert(), None, "{page}: a dialog opened");
    let injected = browser.run(
        "return document.querySelectorAll('img[src=\"x\"], [onerror], [onload], \
         script:not([src]), a[href^=\"javascript\"], iframe, object, embed').length;",
    );
    assert_eq!(injected, 0, "{page}: an injected element");
    let width = browser.run("return document.documentElement.scrollWidth;");
    let width = width.as_u64().unwrap_or(u64::MAX);
    assert!(width <= 1300, "{page}: the layout overflows ({width}px)");
}

#[test]
fn the_workspace_works_in_a_real_browser_and_refuses_what_it_must() {
    let Some(driver) = chromedriver() else {
        return;
    };
    let fixture = Fixture::new();
    fixture.send_more(3);
    let runtime = workspace_runtime();
    let running = fixture.serve(&runtime, Duration::from_secs(600));
    let base = running.base_url();
    let browser = Browser::start(&driver, "en");

    // A wrong token opens nothing.
    browser.goto(&format!("{base}/start?token=0000"));
    assert!(
        browser.page_text().contains("refused"),
        "{}",
        browser.page_text()
    );
    // The right one: a cookie, and the token leaves the address bar.
    browser.goto(&running.start_url);
    assert_eq!(browser.url(), format!("{base}/"));
    assert!(!browser.url().contains("token"));
    browser.screenshot(&screens().join("en/01-unlock.png"));

    // A wrong passphrase, then the right one.
    browser.type_into("#name", "Olena K.");
    browser.type_into("#passphrase", "wrong passphrase for this");
    browser.click("#unlock");
    wait_for(&browser, "the refusal", |b| {
        b.page_text().contains("does not open")
    });
    browser.type_into("#name", "Olena K.");
    browser.type_into("#passphrase", PASSPHRASE);
    browser.click("#unlock");
    wait_for(&browser, "the inbox", |b| b.url().ends_with("/inbox"));
    assert!(browser.page_text().contains("Sunflower"));

    // A state change without the CSRF token, from the page's own origin, is refused.
    let status = browser.run_async(
        "const done = arguments[arguments.length - 1];
         fetch('/lock', {method: 'POST'}).then(r => done(r.status)).catch(e => done(String(e)));",
    );
    assert_eq!(status, 403);
    // The page as another host name (what DNS rebinding looks like) is refused.
    browser.goto(&base.replace("127.0.0.1", "localhost"));
    assert!(
        browser.page_text().contains("wrong Host"),
        "{}",
        browser.page_text()
    );
    browser.goto(&format!("{base}/inbox"));
    assert!(browser.page_text().contains("Sunflower"), "still unlocked");

    // Pull from the page, with progress.
    browser.goto(&format!("{base}/pull"));
    browser.click("#pull-start");
    wait_for(&browser, "the pull", |b| {
        b.run("return document.getElementById('main').getAttribute('data-pull-state');") == "done"
    });
    assert_eq!(browser.text("#pull-new"), "3");

    // Filter and search.
    browser.goto(&format!("{base}/inbox"));
    browser.type_into("#q", "naloxone");
    browser.click("#apply");
    wait_for(&browser, "the search", |b| b.url().contains("q=naloxone"));
    let text = browser.page_text();
    assert!(
        text.contains("Sunflower") && !text.contains("Later 1"),
        "{text}"
    );

    // Open the case; play its recording.
    browser.click("a.case-link");
    wait_for(&browser, "the case", |b| b.url().contains("/case/"));
    assert!(browser.page_text().contains("Verification"));
    let played = browser.run_async(
        "const done = arguments[arguments.length - 1];
         const audio = document.querySelector('audio');
         audio.muted = true;
         audio.play().then(() => setTimeout(() => done(audio.currentTime), 600))
              .catch(e => done('failed: ' + e));",
    );
    assert!(
        played.as_f64().is_some_and(|t| t > 0.0),
        "audio did not play: {played}"
    );

    // Change the follow-up status.
    browser.run("document.getElementById('fu-status').value = 'reviewed';");
    browser.type_into("#fu-note", "Called her back; she wants a lawyer.");
    browser.click("#followup-save");
    wait_for(&browser, "the saved change", |b| {
        b.text("#current-status") == "Reviewed"
    });
    assert!(browser.page_text().contains("Olena K."));

    // Screens of every page in each language.
    let sunflower_url = browser.url();
    let sunflower_url = sunflower_url.split('#').next().unwrap_or("").to_owned();
    browser.goto(&format!("{base}/inbox"));
    let hostile_url = browser
        .run(
            "const rows = [...document.querySelectorAll('a.case-link')];
             const row = rows.find(a => a.textContent.includes('<script>'));
             return row ? row.href : '';",
        )
        .as_str()
        .unwrap_or("")
        .to_owned();
    assert!(!hostile_url.is_empty(), "the hostile case is listed");
    for lang in ["en", "ru", "uk", "ka"] {
        browser.goto(&format!("{base}/inbox"));
        browser.click_and_wait_for_load(&format!("form.lang button[value=\"{lang}\"]"));
        wait_for(&browser, "the language", |b| {
            b.run("return document.documentElement.lang;") == lang
        });
        let dir = screens().join(lang);
        for (name, url) in [
            ("02-inbox", format!("{base}/inbox")),
            (
                "03-inbox-filtered",
                format!("{base}/inbox?country=ua&attachments=1"),
            ),
            ("04-rejected", format!("{base}/inbox?rejected=1")),
            ("05-case", sunflower_url.clone()),
            ("06-case-hostile", hostile_url.clone()),
            ("07-followup", format!("{base}/followup")),
            ("08-pull", format!("{base}/pull")),
            ("09-exports", format!("{base}/exports")),
        ] {
            browser.goto(&url);
            browser.screenshot(&dir.join(format!("{name}.png")));
            no_injection(&browser, &format!("{lang} {name}"));
        }
    }

    // Lock: back to the unlock page, and the case is gone.
    browser.goto(&format!("{base}/inbox"));
    browser.click_and_wait_for_load("form.lang button[value=\"en\"]");
    // The language switch reloads the page; the lock must be clicked on the new one.
    wait_for(&browser, "the English page", |b| {
        b.run("return document.documentElement.lang;") == "en"
    });
    browser.click("#lock");
    wait_for(&browser, "the lock", |b| b.url() == format!("{base}/"));
    browser.goto(&sunflower_url);
    assert!(!browser.page_text().contains("Sunflower"));
    assert!(browser.page_text().contains("Unlock the archive"));
    for lang in ["ru", "uk", "ka"] {
        browser.click_and_wait_for_load(&format!("form.lang button[value=\"{lang}\"]"));
        wait_for(&browser, "the language", |b| {
            b.run("return document.documentElement.lang;") == lang
        });
        browser.screenshot(&screens().join(lang).join("01-unlock.png"));
    }
    drop(browser);
    runtime.block_on(running.stop());
}
