//! What the statistics, map and reports tests share: one more case pulled into the common
//! fixture's archive — Kazakhstan, consent to statistics and to UN submissions, a narrative
//! naming a person and a place — and finding a case's submission id in the archive.

#![allow(dead_code)]

use serde_json::{Value, json};
use wave_core::case::{self, FormRef};
use wave_core::record::finalize_and_seal;
use wave_core::sync::{NoObserver, StaffIdentity, SyncOptions, sync_now};
use wave_core::vault::Passphrase;
use wave_staff::{Archive, PullOptions, StaffClient, pull};

use super::common::{Fixture, PASSPHRASE};

pub const UN_STORY: &str = "Officer Petrov held me at the Abay street post in Almaty overnight.";
pub const REDACTED: &str = "An officer held me at a police post overnight.";

/// Sends one more case — Kazakhstan, consent to statistics and to UN submissions — and pulls
/// it into the fixture's archive.
pub fn add_un_case(fixture: &Fixture) {
    let mut vault = wave_core::Vault::at(fixture.dir.path().join("device"))
        .unlock(&Passphrase::new("test vault: amber canoe drifting"))
        .expect("device vault");
    let store = vault.store();
    let id = case::create_draft(
        store,
        FormRef {
            id: "police-violence".into(),
            version: 2,
        },
        json!({
            "code_name": "Tulip",
            "country": "kz",
            "age_group": "18_24",
            "incident_date": {"value": "2026-04-09", "precision": "exact"},
            "violations": ["v_detain", "v_rape"],
            "own_words": UN_STORY,
            "place_location": {"lat": 51.1694, "lon": 71.4491},
            "officers": [{"officer_service": "patrol"}],
        })
        .as_object()
        .cloned()
        .unwrap_or_default(),
        None,
        &[
            ("store".into(), true),
            ("statistics".into(), true),
            ("un".into(), true),
        ],
    )
    .expect("case");
    finalize_and_seal(store, id).expect("finalize");
    let runtime = wave_tests::runtime();
    let report = runtime
        .block_on(sync_now(store, &SyncOptions::default(), &NoObserver))
        .expect("sync");
    assert_eq!(report.sent, 1, "{report:?}");
    let mut archive =
        Archive::open(&fixture.archive, &Passphrase::new(PASSPHRASE)).expect("archive");
    let client = StaffClient::new(&fixture.server.url, &fixture.staff_token).expect("client");
    let identity = StaffIdentity::parse(&fixture.identity_text).expect("identity");
    let pulled = runtime
        .block_on(pull(
            &mut archive,
            &client,
            &identity,
            &PullOptions::default(),
        ))
        .expect("pull");
    assert_eq!(pulled.new, 1, "{pulled:?}");
    archive.lock();
}

/// The submission id of the latest version of the case whose code name contains `name`, read
/// from the archive before it is served.
pub fn submission_of(fixture: &Fixture, name: &str) -> String {
    let archive = Archive::open(&fixture.archive, &Passphrase::new(PASSPHRASE)).expect("archive");
    let cases = archive.latest_cases().expect("cases");
    let found = cases
        .iter()
        .find(|case| {
            case.answers
                .get("code_name")
                .and_then(Value::as_str)
                .is_some_and(|code| code.contains(name))
        })
        .map(|case| case.submission_id.to_string())
        .unwrap_or_else(|| panic!("no case {name}"));
    archive.lock();
    found
}
