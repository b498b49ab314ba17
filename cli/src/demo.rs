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
            let dir = dir.display().to_string();
            return Err(Failure(t!("demo-folder-exists", dir = &dir)));
        }
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|error| Failure(t!("runtime-failed", error = &error.to_string())))?;

    step(&t!("demo-step-server"));
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
    let data = server_dir.display().to_string();
    println!(
        "   {}",
        t!("demo-server-listening", url = &server_url, dir = &data)
    );
    println!(
        "   {}",
        t!("demo-public-key", key = &identity.recipient().to_string())
    );

    step(&t!("demo-step-code"));
    let client = StaffClient::new(&server_url, &staff.text)?;
    let created = runtime.block_on(client.create_enrollment_code(Duration::from_secs(3600)))?;
    let invite = EnrollmentInvite {
        server: server_url.clone(),
        code: created.code,
        recipients: vec![identity.recipient()],
        pin_sha256: None,
        backup_pins_sha256: Vec::new(),
        signing_key: None,
    }
    .encode()
    .map_err(|error| Failure(error.to_string()))?;
    println!("   {}…", &invite[..invite.len().min(48)]);

    step(&t!("demo-step-phone"));
    let passphrase = Passphrase::new("demo: correct horse battery staple");
    let vault = Vault::at(&vault_dir);
    let mut unlocked = vault.create(&passphrase, KdfParams::FLOOR)?;
    let device = runtime.block_on(enroll(
        unlocked.store(),
        &invite,
        None,
        &SyncOptions::default(),
    ))?;
    let shown = vault_dir.display().to_string();
    println!("   {}", t!("demo-vault", dir = &shown));
    println!(
        "   {}",
        t!("demo-enrolled", device = &device.device_id.to_string())
    );

    step(&t!("demo-step-case"));
    let form = Arc::new(
        police_violence().map_err(|errors| Failure(errors.lines(crate::l10n::ui_language())))?,
    );
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
        "   {}",
        t!(
            "demo-case",
            id = &case_id.to_string(),
            version = finished.version,
            bytes = meta.size,
            sha256 = &meta.sha256[..16]
        )
    );
    if let Sealing::Deferred(reason) = &finished.sealing {
        println!(
            "   {}",
            t!(
                "demo-not-sealed",
                reason = &reason.message(crate::l10n::ui_language())
            )
        );
    }
    println!(
        "   {}",
        t!("demo-sealed", count = sync::sync_status(store)?.pending)
    );

    step(&t!("demo-step-sync"));
    let report = runtime.block_on(sync_now(store, &SyncOptions::default(), &NoObserver))?;
    println!(
        "   {}{}",
        t!(
            "demo-synced",
            sent = report.sent,
            blobs = report.blobs_uploaded,
            pending = report.pending
        ),
        report
            .failure
            .map(|failure| format!(" ({})", failure.message(crate::l10n::ui_language())))
            .unwrap_or_default()
    );

    step(&t!("demo-step-pull"));
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
        "   {}",
        t!(
            "demo-pulled",
            new = pulled.new,
            rejected = pulled.rejected.len(),
            attachments = pulled.attachments
        )
    );
    let cases = archive.latest_cases()?;
    let forms = Forms::builtin()?;
    let mut full = Vec::new();
    export(&cases, &forms, ExportFormat::Json, false, &mut full)?;
    let full: Value = serde_json::from_slice(&full)?;
    println!("   {}", t!("demo-staff-see"));
    let first = full
        .get("cases")
        .and_then(|cases| cases.get(0))
        .cloned()
        .unwrap_or(full.clone());
    for line in serde_json::to_string_pretty(&first)?.lines().take(40) {
        println!("      {line}");
    }
    println!("   {}", t!("demo-statistics"));
    let stats = Stats::compute(&cases, &forms).table(crate::l10n::ui_language(), &forms);
    for line in stats.lines() {
        println!("      {line}");
    }

    step(&t!("demo-step-examiner"));
    for (name, dir) in [
        (t!("demo-phone"), &vault_dir),
        (t!("demo-server"), &server_dir),
    ] {
        let files = files_under(dir)?;
        let found = files.iter().any(|(path, _)| {
            fs::read(path)
                .map(|bytes| {
                    contains(&bytes, STORY.as_bytes()) || contains(&bytes, CODE_NAME.as_bytes())
                })
                .unwrap_or(false)
        });
        let bytes: u64 = files.iter().map(|(_, size)| size).sum();
        let verdict = if found {
            t!("demo-plaintext-found")
        } else {
            t!("demo-plaintext-not-found")
        };
        println!(
            "   {}",
            t!(
                "demo-examined",
                name = &name,
                files = files.len(),
                bytes = bytes,
                verdict = &verdict
            )
        );
        if found {
            return Err(Failure(t!("demo-plaintext-failure", name = &name)));
        }
    }

    step(&t!("demo-step-duress"));
    unlocked.set_duress(&Passphrase::new("demo: duress"))?;
    let key_size = fs::metadata(vault_dir.join("key"))?.len();
    unlocked.lock();
    let coerced = vault.unlock(&Passphrase::new("demo: duress"))?;
    let enrolled = if sync::sync_status(coerced.store_ref())?.enrolled {
        t!("demo-yes")
    } else {
        t!("demo-no")
    };
    println!(
        "   {}",
        t!(
            "demo-duress-opened",
            count = case::list_cases(coerced.store_ref())?.len(),
            enrolled = &enrolled,
            bytes = key_size
        )
    );
    coerced.lock();
    match vault.unlock(&passphrase) {
        Err(wave_core::Error::WrongPassphrase) => println!("   {}", t!("demo-real-gone")),
        Ok(_) => return Err(Failure(t!("demo-real-still-works"))),
        Err(error) => return Err(error.into()),
    }

    step(&t!("demo-step-wipe"));
    vault.wipe()?;
    let exists = if vault_dir.exists() {
        t!("demo-yes")
    } else {
        t!("demo-no")
    };
    println!("   {}", t!("demo-wiped", dir = &shown, exists = &exists));
    archive.lock();
    if serve {
        step(&t!("demo-step-serve"));
        println!(
            "   {}",
            t!(
                "demo-serve-passphrase",
                passphrase = DEMO_ARCHIVE_PASSPHRASE
            )
        );
        crate::staff::serve(
            &runtime,
            ServeOptions {
                archive: archive_dir.clone(),
                port: 0,
                idle_lock: Duration::from_secs(15 * 60),
                pull: Some(PullSettings {
                    client,
                    identity,
                    page_size: PullOptions::default().page_size,
                }),
                forms: Forms::builtin()?,
            },
            true,
        )?;
    }
    runtime.shutdown_timeout(Duration::from_secs(1));
    println!("\n{}", t!("demo-done"));
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
