//! `wave demo`: a scripted walk through what Wave does, in a throw-away folder, with nothing to
//! set up: a vault, a case with an attachment, what an examiner holding the files would find, the
//! duress passphrase, and the wipe.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::json;
use wave_core::case::FormRef;
use wave_core::vault::{KdfParams, Passphrase, Vault};

use crate::cases::summary_json;
use crate::{CliResult, Failure};

const STORY: &str =
    "Two officers stopped me near the pharmacy, took my naloxone and demanded money.";

pub fn run(dir: Option<PathBuf>) -> CliResult {
    let temporary = tempfile::tempdir()?;
    let base = dir.unwrap_or_else(|| temporary.path().to_path_buf());
    let vault_dir = base.join("vault");
    if Vault::at(&vault_dir).exists() {
        return Err(Failure(format!(
            "{} already holds a vault; choose an empty folder",
            vault_dir.display()
        )));
    }

    step("1. Create an encrypted vault");
    let passphrase = Passphrase::new("demo: correct horse battery staple");
    let vault = Vault::at(&vault_dir);
    let mut unlocked = vault.create(&passphrase, KdfParams::FLOOR)?;
    println!(
        "   {} (Argon2id 19 MiB × 2 for the demo; real vaults calibrate to the device)",
        vault_dir.display()
    );

    step("2. Record a case and attach a photo");
    let answers = json!({
        "code_name": "Sunflower",
        "country": "ua",
        "city": "Odesa",
        "incident_date": {"value": "2026-10", "precision": "month"},
        "violations": ["v_extort", "v_confisc"],
        "own_words": STORY,
    });
    let answers = answers.as_object().cloned().unwrap_or_default();
    let store = unlocked.store();
    let id = store.create_case(
        FormRef {
            id: "police-violence".into(),
            version: 1,
        },
        answers,
    )?;
    let photo: Vec<u8> = (0..200_000u32).map(|i| (i % 253) as u8).collect();
    let meta = store.add_attachment(id, &mut &photo[..], Some("injury.jpg"), "image/jpeg")?;
    let seq = store.finalize_case(id)?;
    println!("   case {id}, finalized as version {seq}");
    println!(
        "   attachment {} ({} bytes, SHA-256 {}…)",
        meta.id,
        meta.size,
        &meta.sha256[..16]
    );

    step("3. What the owner sees after unlocking");
    for summary in store.list_cases()? {
        println!("   {}", summary_json(&summary));
    }

    step("4. What someone who copies the phone's files sees");
    let files = files_under(&vault_dir)?;
    for (path, size) in &files {
        let shown = path.strip_prefix(&vault_dir).unwrap_or(path);
        println!("   {:>8} bytes  {}", size, shown.display());
    }
    let found = files.iter().any(|(path, _)| {
        fs::read(path)
            .map(|bytes| contains(&bytes, STORY.as_bytes()) || contains(&bytes, b"Sunflower"))
            .unwrap_or(false)
    });
    println!(
        "   searching every byte for her words or her code name: {}",
        if found {
            "FOUND (this is a bug)"
        } else {
            "not found"
        }
    );
    if found {
        return Err(Failure("plaintext was found in the vault's files".into()));
    }

    step("5. A duress passphrase, used under coercion");
    unlocked.set_duress(&Passphrase::new("demo: duress"))?;
    let key_size = fs::metadata(vault_dir.join("key"))?.len();
    unlocked.lock();
    let coerced = vault.unlock(&Passphrase::new("demo: duress"))?;
    println!(
        "   unlocked with the duress passphrase: {} cases; key file still {key_size} bytes",
        coerced.store_ref().list_cases()?.len()
    );
    coerced.lock();
    match vault.unlock(&passphrase) {
        Err(wave_core::Error::WrongPassphrase) => {
            println!("   the real passphrase no longer opens anything: the case is gone")
        }
        Ok(_) => {
            return Err(Failure(
                "the real passphrase still worked after duress".into(),
            ));
        }
        Err(error) => return Err(error.into()),
    }

    step("6. Panic wipe (no passphrase needed)");
    vault.wipe()?;
    println!(
        "   {} exists afterwards: {}",
        vault_dir.display(),
        vault_dir.exists()
    );
    println!("\nDone. Try it yourself: wave vault init --vault DIR, then wave case --help.");
    Ok(())
}

fn step(title: &str) {
    println!("\n{title}");
}

fn files_under(dir: &Path) -> CliResult<Vec<(PathBuf, u64)>> {
    let mut files = Vec::new();
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
