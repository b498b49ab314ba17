//! `wave sync` says why a case was not accepted, or why the sync stopped, in the terminal's
//! language — Russian and Georgian here — while `--json` keeps the English sentence and adds a
//! stable code. The servers are stubs that refuse the one case as too large, or keep failing.

use std::net::TcpStream;
use std::path::Path;
use std::process::Output;

use serde_json::Value;

mod common;

use common::{Locale, Wave, read_request};

const PASSPHRASE: &str = "pass two: amber kite over the river";

const WAVE: Wave = Wave {
    passphrase: Some(PASSPHRASE),
    locale: Locale::Lang("C"),
};

fn wave(args: &[&str], locale: &str) -> Output {
    WAVE.in_locale(Locale::Lang(locale)).run(args)
}

/// What the stub answers to a batch of submissions: status, extra header lines, JSON body.
type Answer = (u16, &'static str, &'static str);

/// A server that enrolls any device and answers every batch of submissions with `answer`.
fn serve(stream: TcpStream, (status, headers, body): Answer) {
    let Some((head, reader)) = read_request(stream) else {
        return;
    };
    let (status, headers, body) = if head.starts_with("POST /v1/enroll ") {
        (201, "", common::enrolled_device())
    } else if head.starts_with("POST /v1/submissions ") {
        (status, headers, body.to_owned())
    } else {
        (
            404,
            "",
            r#"{"error":{"code":"not_found","message":"no"}}"#.to_owned(),
        )
    };
    common::respond(reader, status, headers, &body);
}

/// A vault with one finalized case, enrolled with a stub server answering `answer`.
fn enrolled_vault(dir: &Path, answer: Answer) -> String {
    let vault = dir.join("vault").to_string_lossy().into_owned();
    WAVE.init_vault(&vault);
    WAVE.finalized_case(dir, &vault, "Nino");
    WAVE.enroll_with_stub(
        &vault,
        common::stub_server(move |stream| serve(stream, answer)),
    );
    vault
}

const TOO_LARGE: Answer = (
    413,
    "",
    r#"{"error":{"code":"too_large","message":"the request body is over 1000 bytes","limit_bytes":1000}}"#,
);

const FAILING: Answer = (
    503,
    "retry-after: 0\r\n",
    r#"{"error":{"code":"unavailable","message":"down for maintenance"}}"#,
);

#[test]
fn a_case_refused_as_too_large_is_named_with_the_reason_in_the_terminals_language() {
    for (locale, words, not_english) in [
        (
            "ru_RU.UTF-8",
            "слишком большой для сервера (ограничение в байтах: 1000)",
            true,
        ),
        (
            "ka_GE.UTF-8",
            "სერვერისთვის ძალიან დიდია (ზღვარი ბაიტებში: 1000)",
            true,
        ),
        (
            "C",
            "too large for the server (limit in bytes: 1000)",
            false,
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let vault = enrolled_vault(dir.path(), TOO_LARGE);
        let output = wave(&["sync", "--vault", &vault], locale);
        let stderr = String::from_utf8_lossy(&output.stderr);
        // Refused for good: nothing waits, so the sync itself succeeded.
        assert!(output.status.success(), "{locale}: {stderr}");
        let line = stderr
            .lines()
            .find(|line| line.contains(words))
            .unwrap_or_else(|| panic!("{locale}: no reason in {stderr}"));
        if not_english {
            assert!(!line.contains("too large"), "{locale}: {line}");
        }
    }
}

#[test]
fn a_sync_that_keeps_failing_says_why_in_the_terminals_language_and_json_keeps_a_code() {
    let dir = tempfile::tempdir().unwrap();
    let vault = enrolled_vault(dir.path(), FAILING);
    for (locale, words) in [
        (
            "ru_RU.UTF-8",
            "сервер занят или работает со сбоями: down for maintenance",
        ),
        (
            "ka_GE.UTF-8",
            "სერვერი დაკავებულია ან გაუმართავად მუშაობს: down for maintenance",
        ),
    ] {
        let output = wave(&["sync", "--vault", &vault], locale);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success(), "{locale}: {stderr}");
        assert!(stderr.contains(words), "{locale}: {stderr}");
        assert!(!stderr.contains("busy or failing"), "{locale}: {stderr}");
    }

    // Machine-readable output is the same in every language: the English sentence as before,
    // and the kind's stable code beside it.
    let output = wave(&["sync", "--vault", &vault, "--json"], "ru_RU.UTF-8");
    assert!(!output.status.success());
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["error_kind"], "network", "{report}");
    assert_eq!(
        report["error"],
        "the server could not be reached: the server is busy or failing: down for maintenance"
    );
    assert_eq!(report["pending"], 1);
    assert_eq!(report["rejected"], Value::Array(Vec::new()));
}

#[test]
fn json_names_each_refused_case_with_its_reasons_code() {
    let dir = tempfile::tempdir().unwrap();
    let vault = enrolled_vault(dir.path(), TOO_LARGE);
    let output = wave(&["sync", "--vault", &vault, "--json"], "kk_KZ.UTF-8");
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(output.status.success(), "{report}");
    assert_eq!(
        (report["failed"].as_u64(), report["error_kind"].is_null()),
        (Some(1), true)
    );
    let rejected = report["rejected"].as_array().unwrap();
    assert_eq!(rejected.len(), 1, "{report}");
    assert_eq!(rejected[0]["reason_code"], "too_large");
    assert_eq!(
        rejected[0]["reason"],
        "too large for the server (limit in bytes: 1000)"
    );
}
