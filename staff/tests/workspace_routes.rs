//! The staff workspace over HTTP, on an archive filled by a real pull (device → wave-server →
//! staff): the start token, the Host check, CSRF, the security headers, unlock and lock (by hand
//! and when idle), the inbox's filters and search, the case page, attachments and exports as
//! downloads, the append-only follow-up history, a pull started from the page, and hostile
//! strings from a device coming back escaped.

mod common;

use std::time::{Duration, Instant};

use common::*;
use wave_core::vault::Passphrase;
use wave_staff::{Archive, FollowupStatus};

const LONG: Duration = Duration::from_secs(600);

fn unlocked(
    fixture: &Fixture,
    runtime: &tokio::runtime::Runtime,
) -> (wave_staff::workspace::Running, Client) {
    let running = fixture.serve(runtime, LONG);
    let mut client = Client::start(&running);
    let reply = client.unlock(PASSPHRASE);
    assert_eq!(reply.status, 303, "{}", reply.text());
    assert_eq!(reply.header("location"), Some("/inbox"));
    let inbox = client.get("/inbox");
    client.remember_csrf(&inbox);
    (running, client)
}

/// The submission id of the inbox row whose code name contains `name`.
fn submission_of(client: &Client, name: &str) -> String {
    let inbox = client.get("/inbox").text();
    inbox
        .split("<tr>")
        .find(|row| row.contains(name))
        .and_then(|row| row.split("href=\"/case/").nth(1))
        .and_then(|rest| rest.split('"').next())
        .map(str::to_owned)
        .unwrap_or_else(|| panic!("no row for {name}"))
}

#[test]
fn the_start_token_works_once_and_gives_a_strict_http_only_cookie() {
    let fixture = Fixture::new();
    let runtime = workspace_runtime();
    let running = fixture.serve(&runtime, LONG);
    assert!(running.start_url.starts_with("http://127.0.0.1:"));
    let stranger = Client::new(&running);
    assert_eq!(stranger.get("/").status, 403, "no session");
    assert_eq!(stranger.get("/start?token=00").status, 403, "wrong token");
    assert_eq!(stranger.get("/inbox").status, 403);

    let client = Client::start(&running);
    let cookie = {
        // Start again to look at the headers: the token is spent, so a second browser fails.
        let again = Client::new(&running);
        let path = running
            .start_url
            .split_once(&again.host)
            .unwrap()
            .1
            .to_owned();
        let reply = again.get(&path);
        assert_eq!(reply.status, 403, "the token works once");
        client.cookie.clone().unwrap()
    };
    assert!(cookie.starts_with("wave_ws="));
    let home = client.get("/");
    assert_eq!(home.status, 200);
    assert!(home.text().contains("name=\"passphrase\""));
    // A forged cookie is no session.
    let mut forged = Client::new(&running);
    forged.cookie = Some("wave_ws=0000".into());
    assert_eq!(forged.get("/").status, 403);
    runtime.block_on(running.stop());
}

#[test]
fn the_cookie_is_http_only_and_same_site_strict_and_the_token_leaves_the_url() {
    let fixture = Fixture::new();
    let runtime = workspace_runtime();
    let running = fixture.serve(&runtime, LONG);
    let client = Client::new(&running);
    let path = running
        .start_url
        .split_once(&client.host)
        .unwrap()
        .1
        .to_owned();
    let reply = client.get(&path);
    assert_eq!(reply.status, 303);
    assert_eq!(reply.header("location"), Some("/"));
    let cookie = reply.header("set-cookie").unwrap();
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(cookie.contains("SameSite=Strict"), "{cookie}");
    assert!(cookie.contains("Path=/"), "{cookie}");
    runtime.block_on(running.stop());
}

#[test]
fn a_foreign_host_is_refused_even_with_a_session() {
    let fixture = Fixture::new();
    let runtime = workspace_runtime();
    let (running, mut client) = unlocked(&fixture, &runtime);
    let port = running.address.port();
    for host in [
        format!("localhost:{port}"),
        format!("evil.example:{port}"),
        format!("127.0.0.1:{}", port.wrapping_add(1)),
        "127.0.0.1".to_owned(),
        format!("127.0.0.1:{port}.evil.example"),
    ] {
        client.host = host.clone();
        let reply = client.get("/inbox");
        assert_eq!(reply.status, 421, "{host}");
        assert!(!reply.text().contains("Sunflower"));
        let start = client.get("/start?token=x");
        assert_eq!(start.status, 421, "{host}");
    }
    runtime.block_on(running.stop());
}

#[test]
fn refusals_speak_the_browsers_language_before_a_session_and_the_sessions_after() {
    let fixture = Fixture::new();
    let runtime = workspace_runtime();
    let (running, client) = unlocked(&fixture, &runtime);
    let port = running.address.port();
    let russian = [("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.5")];
    // No session yet: a used or wrong start link, in the language the browser asks for.
    let mut stranger = Client::new(&running);
    let reply = stranger.send("GET", "/start?token=00", &russian, None);
    assert_eq!(reply.status, 403);
    assert!(
        reply.text().contains("ссылка уже использована"),
        "{}",
        reply.text()
    );
    let reply = stranger.send("GET", "/inbox", &[("Accept-Language", "ka")], None);
    assert_eq!(reply.status, 403);
    assert!(
        reply.text().contains("wave staff serve"),
        "{}",
        reply.text()
    );
    assert!(reply.text().contains("ბმული"), "{}", reply.text());
    stranger.host = format!("localhost:{port}");
    let reply = stranger.send("GET", "/inbox", &[("Accept-Language", "be")], None);
    assert_eq!(reply.status, 421);
    assert!(
        reply.text().contains("няправільны Host"),
        "{}",
        reply.text()
    );
    // Without a language the browser asks for, English.
    let reply = stranger.get("/inbox");
    assert!(
        reply.text().contains("refused: wrong Host"),
        "{}",
        reply.text()
    );
    // With a session: its language, whatever the browser asks for.
    client.post("/lang", &[("lang", "kk")]);
    let reply = client.send(
        "POST",
        "/lock",
        &[("Accept-Language", "ro")],
        Some(Vec::new()),
    );
    assert_eq!(reply.status, 403);
    assert!(reply.text().contains("CSRF токені"), "{}", reply.text());
    runtime.block_on(running.stop());
}

#[test]
fn state_changes_without_the_right_csrf_token_are_refused() {
    let fixture = Fixture::new();
    let runtime = workspace_runtime();
    let running = fixture.serve(&runtime, LONG);
    let client = Client::start(&running);
    let fields = [("name", "Olena"), ("passphrase", PASSPHRASE)];
    assert_eq!(client.post_raw("/unlock", &fields).status, 403, "missing");
    let mut wrong: Vec<(&str, &str)> = fields.to_vec();
    wrong.push((
        "csrf",
        "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
    ));
    assert_eq!(client.post_raw("/unlock", &wrong).status, 403, "wrong");
    assert_eq!(client.get("/inbox").status, 303, "still locked");
    // The header form (what the script uses) works like the field.
    let csrf = client.csrf.clone().unwrap();
    let body = serde_urlencoded::to_string(fields).unwrap();
    let reply = client.send(
        "POST",
        "/unlock",
        &[
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("X-CSRF-Token", &csrf),
        ],
        Some(body.into_bytes()),
    );
    assert_eq!(reply.status, 303);
    for path in ["/lock", "/pull", "/lang"] {
        assert_eq!(client.post_raw(path, &[]).status, 403, "{path}");
    }
    assert_eq!(client.get("/inbox").status, 200, "nothing was locked");
    runtime.block_on(running.stop());
}

#[test]
fn every_response_carries_the_security_headers() {
    let fixture = Fixture::new();
    let runtime = workspace_runtime();
    let (running, client) = unlocked(&fixture, &runtime);
    let sunflower = submission_of(&client, "Sunflower");
    let mut stranger = Client::new(&running);
    stranger.host = "evil.example".into();
    for reply in [
        client.get("/inbox"),
        client.get(&format!("/case/{sunflower}")),
        client.get(&format!("/case/{sunflower}/attachment/0")),
        client.get("/export/wave-export.csv"),
        client.get("/assets/workspace.js"),
        client.get("/pull/status"),
        client.get("/nowhere"),
        stranger.get("/"),
        Client::new(&running).get("/inbox"),
    ] {
        let csp = reply.header("content-security-policy").unwrap_or("");
        assert!(csp.contains("default-src 'none'"), "{csp}");
        assert!(
            !csp.contains("unsafe-inline") && !csp.contains("http"),
            "{csp}"
        );
        assert_eq!(reply.header("x-content-type-options"), Some("nosniff"));
        assert_eq!(reply.header("x-frame-options"), Some("DENY"));
        assert_eq!(reply.header("referrer-policy"), Some("no-referrer"));
        assert_eq!(reply.header("cache-control"), Some("no-store"));
    }
    let page = client.get("/inbox");
    let csp = page.header("content-security-policy").unwrap();
    assert!(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'"));
    let html = page.text();
    assert!(
        !html.contains("<script>") && !html.contains(" style="),
        "no inline script or style"
    );
    runtime.block_on(running.stop());
}

#[test]
fn a_wrong_passphrase_is_refused_and_locking_drops_everything() {
    let fixture = Fixture::new();
    let runtime = workspace_runtime();
    let running = fixture.serve(&runtime, LONG);
    let mut client = Client::start(&running);
    let wrong = client.unlock("not the archive passphrase at all");
    assert_eq!(wrong.status, 401);
    assert!(wrong.text().contains("does not open this archive"));
    assert!(
        !wrong.text().contains("not the archive passphrase"),
        "never echoed"
    );
    assert_eq!(client.get("/inbox").status, 303);
    let nameless = client.post("/unlock", &[("name", " "), ("passphrase", PASSPHRASE)]);
    assert_eq!(nameless.status, 400);

    assert_eq!(client.unlock(PASSPHRASE).status, 303);
    let inbox = client.get("/inbox");
    assert_eq!(inbox.status, 200);
    assert!(inbox.text().contains("Sunflower"));
    client.remember_csrf(&inbox);
    let sunflower = submission_of(&client, "Sunflower");

    let locked = client.post("/lock", &[]);
    assert_eq!(locked.status, 303);
    for path in [
        "/inbox".to_owned(),
        format!("/case/{sunflower}"),
        format!("/case/{sunflower}/attachment/0"),
        "/export/wave-export.csv".to_owned(),
        "/followup".to_owned(),
    ] {
        let reply = client.get(&path);
        assert_eq!(reply.status, 303, "{path}");
        assert_eq!(reply.header("location"), Some("/"));
        assert!(!reply.text().contains("Sunflower"));
    }
    assert!(client.get("/").text().contains("name=\"passphrase\""));
    runtime.block_on(running.stop());
}

#[test]
fn the_archive_locks_itself_when_idle() {
    let fixture = Fixture::new();
    let runtime = workspace_runtime();
    let running = fixture.serve(&runtime, Duration::from_millis(800));
    let mut client = Client::start(&running);
    assert_eq!(client.unlock(PASSPHRASE).status, 303);
    // Requests keep it open...
    for _ in 0..4 {
        std::thread::sleep(Duration::from_millis(300));
        assert_eq!(client.get("/inbox").status, 200);
    }
    // ...silence locks it.
    let deadline = Instant::now() + Duration::from_secs(10);
    std::thread::sleep(Duration::from_millis(1500));
    let reply = client.get("/inbox");
    assert!(Instant::now() < deadline);
    assert_eq!(reply.status, 303, "locked after the idle time");
    runtime.block_on(running.stop());
}

#[test]
fn filters_and_search_find_the_right_cases() {
    let fixture = Fixture::new();
    let runtime = workspace_runtime();
    let (running, client) = unlocked(&fixture, &runtime);
    let inbox = client.get("/inbox").text();
    assert!(
        inbox.contains("2 cases match"),
        "latest version of each case"
    );
    let count = |query: &str| {
        let text = client.get(&format!("/inbox?{query}")).text();
        let sunflower = text.contains("Sunflower");
        let hostile = text.contains("&#60;script&#62;");
        (sunflower, hostile)
    };
    assert_eq!(
        count(&format!("q={}", SEARCH_WORD.to_lowercase())),
        (true, false)
    );
    assert_eq!(count("q=naloxone+pharmacy"), (true, false));
    assert_eq!(count("q=naloxone+nothinglikethis"), (false, false));
    assert_eq!(
        count("country=ua"),
        (true, true),
        "the correction moved Sunflower to ua"
    );
    assert_eq!(
        count("country=kz"),
        (false, false),
        "only the latest version counts"
    );
    assert_eq!(count("violation=v_extort"), (true, false));
    assert_eq!(count("from=2026-04&to=2026-12"), (false, true));
    assert_eq!(count("from=2026-03&to=2026-03"), (true, false));
    assert_eq!(count("age=25_34"), (true, false));
    assert_eq!(count("attachments=1"), (true, true));
    assert_eq!(count("consent=lawyer"), (true, false));
    assert_eq!(count("status=new"), (true, true));
    assert_eq!(count("status=closed"), (false, false));
    let rejected = client.get("/inbox?rejected=1").text();
    assert!(rejected.contains("Nothing was rejected"));
    // Paging: one page here, and a page past the end shows the last.
    assert!(client.get("/inbox?page=99").text().contains("1 / 1"));
    runtime.block_on(running.stop());
}

#[test]
fn the_case_page_shows_labels_versions_consents_attachments_and_verification() {
    let fixture = Fixture::new();
    let runtime = workspace_runtime();
    let (running, mut client) = unlocked(&fixture, &runtime);
    let sunflower = submission_of(&client, "Sunflower");
    let page = client.get(&format!("/case/{sunflower}"));
    assert_eq!(page.status, 200);
    let html = page.text();
    // Question and choice labels from the form, not ids.
    assert!(html.contains("Ukraine"), "country label");
    assert!(!html.contains(">ua<"));
    assert!(
        html.contains("Patrol police") || html.contains("patrol"),
        "repeat group"
    );
    assert!(
        html.contains("<table class=\"repeat\">"),
        "repeat as a table"
    );
    // Two versions, the change between them.
    assert!(html.contains("Version 2"));
    assert!(
        html.contains("Kazakhstan") && html.contains("Ukraine"),
        "the diff"
    );
    // Consent history.
    assert!(html.contains("Sharing with a lawyer"));
    // The WAV is played inline; its fingerprint is shown.
    assert!(html.contains("<audio controls"));
    assert!(html.contains("type=\"audio/wav\""));
    assert!(html.contains("SHA-256 "));
    // Verification record.
    assert!(html.contains("Verified"));
    assert!(html.contains("Same key as when the device was first seen"));
    assert!(html.contains("Pulled into the archive"));
    assert!(!html.contains("not recorded"), "pull time recorded");
    // In Russian.
    let switched = client.post(
        "/lang",
        &[("lang", "ru"), ("back", &format!("/case/{sunflower}"))],
    );
    assert_eq!(
        switched.header("location"),
        Some(format!("/case/{sunflower}").as_str())
    );
    let russian = client.get(&format!("/case/{sunflower}")).text();
    assert!(
        russian.contains("Украина") && russian.contains("Проверка"),
        "ru labels"
    );
    client.remember_csrf(&client.get("/inbox"));
    let outside = client.post("/lang", &[("lang", "uk"), ("back", "//evil.example/")]);
    assert_eq!(
        outside.header("location"),
        Some("/"),
        "never leaves the workspace"
    );
    assert_eq!(client.get("/case/not-a-uuid").status, 404);
    assert_eq!(
        client
            .get(&format!("/case/{}", wave_protocol::Uuid::new_v4()))
            .status,
        404
    );
    runtime.block_on(running.stop());
}

#[test]
fn attachments_are_inline_only_when_their_bytes_are_media() {
    let fixture = Fixture::new();
    let runtime = workspace_runtime();
    let (running, client) = unlocked(&fixture, &runtime);
    let sunflower = submission_of(&client, "Sunflower");
    let audio = client.get(&format!("/case/{sunflower}/attachment/0"));
    assert_eq!(audio.status, 200);
    assert_eq!(audio.header("content-type"), Some("audio/wav"));
    assert_eq!(audio.header("content-disposition"), Some("inline"));
    assert_eq!(audio.body, wav(1.5));
    let forced = client.get(&format!("/case/{sunflower}/attachment/0?download=1"));
    assert_eq!(
        forced.header("content-type"),
        Some("application/octet-stream")
    );
    assert!(
        forced
            .header("content-disposition")
            .unwrap()
            .starts_with("attachment;")
    );

    let hostile = submission_of(&client, "&#60;script&#62;");
    for (index, bytes) in [(0, SVG), (1, HTML)] {
        let reply = client.get(&format!("/case/{hostile}/attachment/{index}"));
        assert_eq!(reply.status, 200);
        assert_eq!(reply.body, bytes);
        assert_eq!(
            reply.header("content-type"),
            Some("application/octet-stream")
        );
        let disposition = reply.header("content-disposition").unwrap();
        assert!(
            disposition.starts_with("attachment; filename=\""),
            "{disposition}"
        );
        let name = disposition
            .trim_start_matches("attachment; filename=\"")
            .trim_end_matches('"');
        assert!(
            name.chars()
                .all(|c| c.is_ascii_alphanumeric() || ".-_".contains(c)),
            "{name}"
        );
        assert!(
            reply
                .header("content-security-policy")
                .unwrap()
                .contains("sandbox")
        );
    }
    let page = client.get(&format!("/case/{hostile}")).text();
    assert!(
        !page.contains("<img src=\"/case/"),
        "an SVG is never an image here"
    );
    assert_eq!(
        client.get(&format!("/case/{hostile}/attachment/9")).status,
        404
    );
    runtime.block_on(running.stop());
}

#[test]
fn exports_download_with_their_headers() {
    let fixture = Fixture::new();
    let runtime = workspace_runtime();
    let (running, client) = unlocked(&fixture, &runtime);
    let full = client.get("/export/wave-export.csv");
    assert_eq!(full.status, 200);
    assert_eq!(full.header("content-type"), Some("text/csv; charset=utf-8"));
    assert_eq!(
        full.header("content-disposition"),
        Some("attachment; filename=\"wave-export.csv\"")
    );
    assert!(full.text().contains(SEARCH_WORD));
    let public = client.get("/export/wave-public.json");
    assert_eq!(public.status, 200);
    assert!(
        !public.text().contains(SEARCH_WORD),
        "no free text in public"
    );
    assert!(!public.text().contains("Sunflower"));
    let geo = client.get("/export/wave-export.geojson");
    assert_eq!(geo.header("content-type"), Some("application/geo+json"));
    assert_eq!(client.get("/export/..%2Fetc%2Fpasswd").status, 404);
    assert!(
        client
            .get("/exports")
            .text()
            .contains("/export/wave-public.csv")
    );
    let sunflower = submission_of(&client, "Sunflower");
    client.get(&format!("/case/{sunflower}"));
    client.get(&format!("/case/{sunflower}/attachment/0"));
    runtime.block_on(running.stop());

    // After pages, an attachment and every export: nothing readable in the archive's files.
    let mut folders = vec![fixture.archive.clone()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            let bytes = std::fs::read(&path).unwrap();
            for needle in [SEARCH_WORD.as_bytes(), b"Sunflower", b"RIFF"] {
                assert!(
                    !bytes.windows(needle.len()).any(|w| w == needle),
                    "{} holds plaintext",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn follow_up_changes_are_appended_with_who_and_when_and_never_rewritten() {
    let fixture = Fixture::new();
    let runtime = workspace_runtime();
    let (running, client) = unlocked(&fixture, &runtime);
    let sunflower = submission_of(&client, "Sunflower");
    let path = format!("/case/{sunflower}/followup");
    let reply = client.post(
        &path,
        &[
            ("status", "referred"),
            ("referred_to", "lawyer"),
            ("assignee", "Iryna"),
            ("due", "2026-01-15"),
            ("note", SCRIPT),
        ],
    );
    assert_eq!(reply.status, 303, "{}", reply.text());
    let reply = client.post(
        &path,
        &[
            ("status", "complaint_filed"),
            ("complaint_to", "prosecutor"),
        ],
    );
    assert_eq!(reply.status, 303);
    for bad in [
        vec![("status", "won")],
        vec![("referred_to", "mayor")],
        vec![("due", "tomorrow")],
        vec![],
    ] {
        assert_eq!(client.post(&path, &bad).status, 400, "{bad:?}");
    }
    let page = client.get(&format!("/case/{sunflower}")).text();
    assert!(page.contains("Complaint filed"));
    assert!(page.contains("Olena K."), "who");
    assert!(page.contains("&#60;script&#62;"), "the note, escaped");
    let history = page.split("id=\"history\"").nth(1).unwrap();
    assert_eq!(history.matches("<li>").count(), 2);
    let followup = client.get("/followup").text();
    assert!(followup.contains("overdue"), "due 2026-01-15 has passed");
    assert!(
        client
            .get("/inbox?status=complaint_filed")
            .text()
            .contains("Sunflower")
    );
    runtime.block_on(running.stop());

    // In the archive: two sealed entries, and SQLite itself refuses to rewrite them.
    let archive = Archive::open(&fixture.archive, &Passphrase::new(PASSPHRASE)).unwrap();
    let history = archive.followup_history().unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[0].status, Some(FollowupStatus::Referred));
    assert_eq!(history[0].by, "Olena K.");
    let conn = archive.store().conn();
    assert!(
        conn.execute("UPDATE archive_followup SET body = x'00'", [])
            .is_err()
    );
    assert!(conn.execute("DELETE FROM archive_followup", []).is_err());
    let raw = std::fs::read_dir(&fixture.archive)
        .unwrap()
        .filter_map(|entry| std::fs::read(entry.ok()?.path()).ok())
        .any(|bytes| bytes.windows(8).any(|w| w == b"Olena K."));
    assert!(!raw, "no plaintext follow-up on disk");
}

#[test]
fn a_pull_started_in_the_page_reports_progress_and_fills_the_inbox() {
    let fixture = Fixture::new();
    fixture.send_more(5);
    let runtime = workspace_runtime();
    let (running, client) = unlocked(&fixture, &runtime);
    assert!(client.get("/pull").text().contains("Pull new submissions"));
    let started = client.post("/pull", &[]);
    assert_eq!(started.status, 303);
    let deadline = Instant::now() + Duration::from_secs(60);
    let status = loop {
        let status: serde_json::Value =
            serde_json::from_slice(&client.get("/pull/status").body).unwrap();
        if status["state"] != "running" || Instant::now() > deadline {
            break status;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert_eq!(status["state"], "done", "{status}");
    assert_eq!(status["new"], 5);
    assert_eq!(status["rejected"].as_array().unwrap().len(), 0);
    let inbox = client.get("/inbox").text();
    assert!(inbox.contains("7 cases match"), "reloaded after the pull");
    assert!(inbox.contains("Later 4"));
    // Pulling again finds nothing new.
    client.post("/pull", &[]);
    let again = loop {
        let status: serde_json::Value =
            serde_json::from_slice(&client.get("/pull/status").body).unwrap();
        if status["state"] != "running" {
            break status;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert_eq!(again["new"], 0, "{again}");
    runtime.block_on(running.stop());
}

#[test]
fn hostile_strings_from_a_device_come_back_escaped() {
    let fixture = Fixture::new();
    let runtime = workspace_runtime();
    let (running, client) = unlocked(&fixture, &runtime);
    let hostile = submission_of(&client, "&#60;script&#62;");
    for path in [
        "/inbox".to_owned(),
        format!("/case/{hostile}"),
        "/inbox?q=zero".to_owned(),
    ] {
        let reply = client.get(&path);
        assert_eq!(reply.status, 200, "{path}");
        let html = reply.text();
        for raw in [
            SCRIPT,
            ATTRIBUTE,
            "<img src=x",
            "\"><img",
            "href=\"javascript:",
        ] {
            assert!(!html.contains(raw), "{path} carries {raw:?} unescaped");
        }
        assert!(html.contains("&#60;script&#62;"), "{path}: shown, escaped");
        // Device text sits in isolating elements so a right-to-left override cannot reorder
        // the page around it.
        assert!(html.contains("<bdi"), "{path}");
        assert!(
            html.len() < 200_000,
            "{path}: a huge answer is cut ({})",
            html.len()
        );
    }
    let case = client.get(&format!("/case/{hostile}")).text();
    assert!(
        !case.contains(RTL) && !case.contains('\u{200B}'),
        "never raw"
    );
    assert!(
        case.contains("⟦U+202E⟧gnp.exe"),
        "an override is shown for what it is"
    );
    assert!(case.contains("zero⟦U+200B⟧width⟦U+200D⟧joiner"));
    assert!(case.contains("javascript:alert"), "as text");
    runtime.block_on(running.stop());
}
