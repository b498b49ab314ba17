//! `wave demo`: the whole of Wave in one run, with nothing to set up. It starts an NGO server on
//! a free loopback port, makes a staff identity and an enrollment code, records a case through
//! the police-violence checklist in a new vault, syncs it, pulls and decrypts it as staff, and
//! shows what staff see — and what someone who copies the phone or the server finds (nothing
//! readable). Then the duress passphrase and the wipe.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use serde_json::{Value, json};
use wave_core::Vault;
use wave_core::form::police_violence;
use wave_core::record::{FormSession, Sealing};
use wave_core::sync::{NoObserver, StaffIdentity, SyncOptions, enroll, sync_now};
use wave_core::vault::{KdfParams, Passphrase};
use wave_protocol::EnrollmentInvite;
use wave_server::{App, Config, SqliteStore, Store as _, auth, router};
use wave_staff::workspace::{PullSettings, ServeOptions};
use wave_staff::{Archive, ExportFormat, Forms, PullOptions, StaffClient, Stats, export, pull};

use crate::{CliResult, Failure};
use wave_core::case;
use wave_core::sync;

const STORY: &str =
    "Two officers stopped me near the pharmacy, took my naloxone and demanded money.";
const CODE_NAME: &str = "Sunflower";
/// The demo archive's passphrase: printed, since the demo's data is made up.
const DEMO_ARCHIVE_PASSPHRASE: &str = "demo: staff archive";

pub fn run(dir: Option<PathBuf>, serve: bool) -> CliResult {
    let temporary = tempfile::tempdir()?;
    let base = dir.unwrap_or_else(|| temporary.path().to_path_buf());
    let vault_dir = base.join("phone-vault");
    let server_dir = base.join("ngo-server");
    let archive_dir = base.join("staff-archive");
    for dir in [&vault_dir, &server_dir, &archive_dir] {
        if dir.exists() {
            return Err(Failure(format!(
                "{} already exists; choose an empty folder",
                dir.display()
            )));
        }
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|error| Failure(format!("cannot start the network runtime: {error}")))?;

    step("1. The NGO: a sync server on this machine, a staff token, a staff identity");
    fs::create_dir_all(&server_dir)?;
    let store = SqliteStore::open(&server_dir).map_err(|error| Failure(error.to_string()))?;
    let staff = auth::new_secret();
    runtime
        .block_on(store.create_staff_token(
            wave_protocol::Uuid::new_v4(),
            staff.hash,
            wave_server::routes::now(),
        ))
        .map_err(|error| Failure(error.to_string()))?;
    let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))?;
    let server_url = format!("http://{}", listener.local_addr()?);
    let app = router(App::new(store, &Config::default()));
    runtime.spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    let identity = StaffIdentity::generate();
    println!(
        "   server listening on {server_url} (data in {})",
        server_dir.display()
    );
    println!("   NGO public key {}", identity.recipient());

    step("2. Staff make a one-time enrollment code for an outreach worker's phone");
    let client = StaffClient::new(&server_url, &staff.text)?;
    let created = runtime.block_on(client.create_enrollment_code(Duration::from_secs(3600)))?;
    let invite = EnrollmentInvite {
        server: server_url.clone(),
        code: created.code,
        recipients: vec![identity.recipient()],
        pin_sha256: None,
        backup_pins_sha256: Vec::new(),
    }
    .encode()
    .map_err(|error| Failure(error.to_string()))?;
    println!("   {}…", &invite[..invite.len().min(48)]);

    step("3. The phone: an encrypted vault, enrolled with the code");
    let passphrase = Passphrase::new("demo: correct horse battery staple");
    let vault = Vault::at(&vault_dir);
    let mut unlocked = vault.create(&passphrase, KdfParams::FLOOR)?;
    let device = runtime.block_on(enroll(
        unlocked.store(),
        &invite,
        None,
        &SyncOptions::default(),
    ))?;
    println!(
        "   vault {} (Argon2id 19 MiB × 2 for the demo; real vaults calibrate)",
        vault_dir.display()
    );
    println!("   enrolled as device {}", device.device_id);

    step("4. A case recorded through the checklist (in Russian), with a photo, finalized");
    let form = Arc::new(police_violence().map_err(|errors| Failure(errors.to_string()))?);
    let answers = sample_answers();
    let today = time::OffsetDateTime::now_utc().date();
    let mut session =
        FormSession::from_answers(form, &answers, "ru", today).map_err(|problems| {
            Failure(
                problems
                    .first()
                    .map(|p| format!("{}: {}", p.item_id, p.message))
                    .unwrap_or_default(),
            )
        })?;
    let store = unlocked.store();
    let case_id = session.save_draft(store)?;
    let photo: Vec<u8> = (0..200_000u32).map(|i| (i % 253) as u8).collect();
    let meta = case::add_attachment(
        store,
        case_id,
        &mut &photo[..],
        Some("injury.jpg"),
        "image/jpeg",
    )?;
    let finished = session
        .finish(store)
        .map_err(|error| Failure(error.to_string()))?;
    println!(
        "   case {case_id}, version {}; photo {} bytes, SHA-256 {}…",
        finished.version,
        meta.size,
        &meta.sha256[..16]
    );
    if let Sealing::Deferred(reason) = &finished.sealing {
        println!("   not sealed yet ({reason}); the sync below seals it first");
    }
    println!(
        "   sealed for the NGO at once: {} waiting to be sent",
        sync::sync_status(store)?.pending
    );

    step("5. Sync when a connection is there");
    let report = runtime.block_on(sync_now(store, &SyncOptions::default(), &NoObserver))?;
    println!(
        "   sent {}, attachments uploaded {}, still waiting {}{}",
        report.sent,
        report.blobs_uploaded,
        report.pending,
        report.error.map(|e| format!(" ({e})")).unwrap_or_default()
    );

    step("6. Staff pull, check the device's signature, decrypt into their own encrypted archive");
    let mut archive = Archive::create(
        &archive_dir,
        &Passphrase::new(DEMO_ARCHIVE_PASSPHRASE),
        KdfParams::FLOOR,
    )?;
    let pulled = runtime.block_on(pull(
        &mut archive,
        &client,
        &identity,
        &PullOptions::default(),
    ))?;
    println!(
        "   new {}, rejected {}, attachments decrypted {}",
        pulled.new,
        pulled.rejected.len(),
        pulled.attachments
    );
    let cases = archive.latest_cases()?;
    let forms = Forms::builtin()?;
    let mut full = Vec::new();
    export(&cases, &forms, ExportFormat::Json, false, &mut full)?;
    let full: Value = serde_json::from_slice(&full)?;
    println!("   what staff see (full export, first case):");
    let first = full
        .get("cases")
        .and_then(|cases| cases.get(0))
        .cloned()
        .unwrap_or(full.clone());
    for line in serde_json::to_string_pretty(&first)?.lines().take(40) {
        println!("      {line}");
    }
    println!("   statistics for a report (consenting cases only):");
    for line in Stats::compute(&cases, &forms).to_string().lines() {
        println!("      {line}");
    }

    step("7. What someone who copies the phone or the server finds");
    for (name, dir) in [("phone", &vault_dir), ("server", &server_dir)] {
        let files = files_under(dir)?;
        let found = files.iter().any(|(path, _)| {
            fs::read(path)
                .map(|bytes| {
                    contains(&bytes, STORY.as_bytes()) || contains(&bytes, CODE_NAME.as_bytes())
                })
                .unwrap_or(false)
        });
        let bytes: u64 = files.iter().map(|(_, size)| size).sum();
        println!(
            "   {name}: {} files, {bytes} bytes; her words or code name: {}",
            files.len(),
            if found {
                "FOUND (this is a bug)"
            } else {
                "not found"
            }
        );
        if found {
            return Err(Failure(format!(
                "plaintext was found in the {name}'s files"
            )));
        }
    }

    step("8. A duress passphrase, used under coercion");
    unlocked.set_duress(&Passphrase::new("demo: duress"))?;
    let key_size = fs::metadata(vault_dir.join("key"))?.len();
    unlocked.lock();
    let coerced = vault.unlock(&Passphrase::new("demo: duress"))?;
    println!(
        "   unlocked with the duress passphrase: {} cases, not enrolled: {}; key file still {key_size} bytes",
        case::list_cases(coerced.store_ref())?.len(),
        !sync::sync_status(coerced.store_ref())?.enrolled
    );
    coerced.lock();
    match vault.unlock(&passphrase) {
        Err(wave_core::Error::WrongPassphrase) => println!(
            "   the real passphrase opens nothing any more: the case is gone from the phone (the NGO has it)"
        ),
        Ok(_) => {
            return Err(Failure(
                "the real passphrase still worked after duress".into(),
            ));
        }
        Err(error) => return Err(error.into()),
    }

    step("9. Panic wipe (no passphrase needed)");
    vault.wipe()?;
    println!(
        "   {} exists afterwards: {}",
        vault_dir.display(),
        vault_dir.exists()
    );
    archive.lock();
    if serve {
        step("10. The staff workspace on the demo's archive");
        println!("   unlock it with the passphrase: {DEMO_ARCHIVE_PASSPHRASE}");
        crate::staff::serve(
            &runtime,
            ServeOptions {
                archive: archive_dir.clone(),
                port: 0,
                idle_lock: Duration::from_secs(15 * 60),
                pull: Some(PullSettings {
                    client,
                    identity,
                    page_size: 100,
                }),
                forms: Forms::builtin()?,
            },
            true,
        )?;
    }
    runtime.shutdown_timeout(Duration::from_secs(1));
    println!(
        "\nDone. Try it yourself: wave vault init --vault DIR, then wave record --vault DIR --lang ru."
    );
    Ok(())
}

/// A complete, consenting case as the checklist's answers.
fn sample_answers() -> serde_json::Map<String, Value> {
    let answers = json!({
        "safe_now": "safe",
        "phone_checked": "no",
        "urgent_needs": ["none"],
        "about_us": true,
        "agree_to_talk": true,
        "consent_store": true,
        "consent_statistics": true,
        "consent_lawyer": false,
        "code_name": CODE_NAME,
        "age_group": "25_34",
        "incident_date": {"value": "2026-10", "precision": "month"},
        "country": "ua",
        "city": "Odesa",
        "violations": ["v_extort", "v_confisc"],
        "extortion_demands": ["money"],
        "extortion_amount": 2000,
        "conf_items": ["naloxone", "syringes"],
        "officers": [{"officer_uniform": "uniform"}, {"officer_uniform": "plain_clothes"}],
        "own_words": STORY,
        "consent_recheck": "keep",
    });
    answers.as_object().cloned().unwrap_or_default()
}

fn step(title: &str) {
    println!("\n{title}");
}

fn files_under(dir: &Path) -> CliResult<Vec<(PathBuf, u64)>> {
    let mut files = Vec::new();
    if !dir.exists() {
        return Ok(files);
    }
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            files.extend(files_under(&path)?);
        } else {
            files.push((path, entry.metadata()?.len()));
        }
    }
    files.sort();
    Ok(files)
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}
