//! The vault as a person uses it: create, unlock, wrong passphrase, change of passphrase, duress,
//! failure wipe, panic wipe, platform binding, and a key file whose shape never changes.

use std::fs;
use std::path::Path;
use std::sync::Arc;

use serde_json::json;
use wave_core::Error;
use wave_core::Vault;
use wave_core::case;
use wave_core::case::{Answers, FormRef};
use wave_core::vault::{
    CreateOptions, Hint, KdfParams, MemoryPlatformSecret, PIN_MAX_WIPE_AFTER, Passphrase,
};

fn form() -> FormRef {
    FormRef {
        id: "police-violence".into(),
        version: 1,
    }
}

fn answers(code_name: &str) -> Answers {
    json!({ "code_name": code_name, "city": "Odesa" })
        .as_object()
        .unwrap()
        .clone()
}

fn pass(text: &str) -> Passphrase {
    Passphrase::new(text)
}

fn key_file(dir: &Path) -> Vec<u8> {
    fs::read(dir.join("key")).unwrap()
}

#[test]
fn create_lock_unlock_keeps_cases() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::at(dir.path().join("v"));
    let mut unlocked = vault
        .create(
            &pass("river stone, yellow kite, cold tea"),
            KdfParams::FLOOR,
        )
        .unwrap();
    let id = case::create_case(unlocked.store(), form(), answers("Lily")).unwrap();
    unlocked.lock();

    let mut unlocked = vault
        .unlock(&pass("river stone, yellow kite, cold tea"))
        .unwrap();
    let case = case::get_case(unlocked.store(), id).unwrap();
    assert_eq!(case.answers["code_name"], "Lily");
    assert!(matches!(
        vault.create(&pass("x"), KdfParams::FLOOR),
        Err(Error::VaultExists(_))
    ));
}

#[test]
fn weak_parameters_and_empty_passphrases_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::at(dir.path().join("v"));
    let weak = KdfParams {
        memory_kib: 1024,
        iterations: 1,
        parallelism: 1,
    };
    assert!(matches!(
        vault.create(&pass("pale river stone lantern"), weak),
        Err(Error::InvalidInput(_))
    ));
    assert!(matches!(
        vault.create(&pass(""), KdfParams::FLOOR),
        Err(Error::InvalidInput(_))
    ));
    assert!(!vault.exists());
}

#[test]
fn weak_passphrases_are_refused_everywhere_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::at(dir.path().join("v"));
    for weak in ["abc", "password1", "correct horse", "583920"] {
        match vault.create(&pass(weak), KdfParams::FLOOR) {
            Err(Error::WeakPassphrase(strength)) => assert!(!strength.acceptable),
            other => panic!("{weak:?}: {other:?}"),
        }
    }
    assert!(!vault.exists() && !vault.dir().exists());

    let mut unlocked = vault
        .create(&pass("pale river stone lantern"), KdfParams::FLOOR)
        .unwrap();
    let before = key_file(vault.dir());
    assert!(matches!(
        unlocked.change_passphrase(&pass("abc")),
        Err(Error::WeakPassphrase(_))
    ));
    assert!(matches!(
        unlocked.set_duress(&pass("123456")),
        Err(Error::WeakPassphrase(_))
    ));
    assert_eq!(key_file(vault.dir()), before, "the key file is untouched");
    unlocked.lock();
    vault
        .unlock(&pass("pale river stone lantern"))
        .unwrap()
        .lock();
}

#[test]
fn a_device_pin_needs_the_platform_secret_and_a_failure_wipe_that_stays_on() {
    let dir = tempfile::tempdir().unwrap();
    let secret = Arc::new(MemoryPlatformSecret::generate());
    let bound = Vault::at(dir.path().join("v")).with_platform_secret(secret.clone());
    let with_wipe = CreateOptions {
        wipe_after_failures: Some(PIN_MAX_WIPE_AFTER),
    };
    // No failure wipe, too lax a one, or no platform secret: refused.
    for (vault, options) in [
        (&bound, CreateOptions::default()),
        (
            &bound,
            CreateOptions {
                wipe_after_failures: Some(PIN_MAX_WIPE_AFTER + 1),
            },
        ),
        (&Vault::at(dir.path().join("plain")), with_wipe),
    ] {
        match vault.create_with(&pass("583920"), KdfParams::FLOOR, options) {
            Err(Error::WeakPassphrase(strength)) => assert!(!strength.as_pin),
            other => panic!("{options:?}: {other:?}"),
        }
    }
    match bound.create_with(&pass("123456"), KdfParams::FLOOR, with_wipe) {
        Err(Error::WeakPassphrase(strength)) => assert_eq!(strength.hint, Hint::CommonPassword),
        other => panic!("{other:?}"),
    }

    let mut unlocked = bound
        .create_with(&pass("583920"), KdfParams::FLOOR, with_wipe)
        .unwrap();
    assert_eq!(unlocked.wipe_after_failures(), Some(PIN_MAX_WIPE_AFTER));
    unlocked.set_wipe_after_failures(Some(3)).unwrap();
    for laxer in [None, Some(PIN_MAX_WIPE_AFTER + 1)] {
        assert!(matches!(
            unlocked.set_wipe_after_failures(laxer),
            Err(Error::InvalidInput(_))
        ));
    }
    // A duress PIN is judged by the same rule.
    unlocked.set_duress(&pass("907153")).unwrap();
    unlocked.lock();

    // The rule holds after an unlock too, and ends when the PIN becomes a passphrase.
    let mut unlocked = bound.unlock(&pass("583920")).unwrap();
    assert_eq!(unlocked.wipe_after_failures(), Some(3));
    assert!(unlocked.set_wipe_after_failures(None).is_err());
    unlocked
        .change_passphrase(&pass("real quiet orchard window"))
        .unwrap();
    unlocked.set_wipe_after_failures(None).unwrap();
    // Back to a PIN only while the wipe is on.
    assert!(matches!(
        unlocked.change_passphrase(&pass("248613")),
        Err(Error::WeakPassphrase(_))
    ));
    unlocked.set_wipe_after_failures(Some(5)).unwrap();
    unlocked.change_passphrase(&pass("248613")).unwrap();
    assert!(unlocked.set_wipe_after_failures(None).is_err());
    unlocked.lock();

    // The failure wipe guards the PIN: the limit's worth of wrong tries destroys the vault.
    for _ in 0..5 {
        assert!(bound.unlock(&pass("000001")).is_err());
    }
    assert!(!bound.exists());
}

#[test]
fn wrong_passphrase_is_counted_before_the_attempt_and_cleared_on_success() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::at(dir.path().join("v"));
    vault
        .create(&pass("right: silver fox on a tin roof"), KdfParams::FLOOR)
        .unwrap()
        .lock();
    for expected in 1..=3 {
        assert!(matches!(
            vault.unlock(&pass("wrong")),
            Err(Error::WrongPassphrase)
        ));
        assert_eq!(vault.failed_attempts().unwrap(), expected);
    }
    let message = vault.unlock(&pass("wrong")).unwrap_err().to_string();
    assert_eq!(message, "wrong passphrase");
    vault
        .unlock(&pass("right: silver fox on a tin roof"))
        .unwrap()
        .lock();
    assert_eq!(vault.failed_attempts().unwrap(), 0);
}

#[test]
fn wipe_after_failures_is_off_by_default_and_wipes_when_set() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::at(dir.path().join("v"));
    let mut unlocked = vault
        .create(&pass("right: silver fox on a tin roof"), KdfParams::FLOOR)
        .unwrap();
    assert_eq!(unlocked.wipe_after_failures(), None);
    case::create_case(unlocked.store(), form(), answers("A")).unwrap();
    unlocked.set_wipe_after_failures(Some(3)).unwrap();
    unlocked.lock();
    for _ in 0..2 {
        assert!(matches!(
            vault.unlock(&pass("wrong")),
            Err(Error::WrongPassphrase)
        ));
        assert!(vault.exists());
    }
    assert!(matches!(
        vault.unlock(&pass("wrong")),
        Err(Error::WrongPassphrase)
    ));
    assert!(!vault.exists(), "third failure wipes");
    assert!(matches!(
        vault.unlock(&pass("right: silver fox on a tin roof")),
        Err(Error::NoVault(_))
    ));
}

#[test]
fn change_passphrase_rewraps_only_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::at(dir.path().join("v"));
    let mut unlocked = vault
        .create(&pass("old one: amber lantern harbour"), KdfParams::FLOOR)
        .unwrap();
    let id = case::create_case(unlocked.store(), form(), answers("Rose")).unwrap();
    let store_dir = store_dir(&vault);
    let rows_before = case_rows(&store_dir);
    let size_before = key_file(vault.dir()).len();
    unlocked
        .change_passphrase(&pass("new one: violet tram under the bridge"))
        .unwrap();
    unlocked.lock();
    assert_eq!(case_rows(&store_dir), rows_before, "no case re-encrypted");
    assert_eq!(key_file(vault.dir()).len(), size_before);
    assert!(matches!(
        vault.unlock(&pass("old one: amber lantern harbour")),
        Err(Error::WrongPassphrase)
    ));
    let mut unlocked = vault
        .unlock(&pass("new one: violet tram under the bridge"))
        .unwrap();
    assert_eq!(
        case::get_case(unlocked.store(), id).unwrap().answers["code_name"],
        "Rose"
    );
}

#[test]
fn a_key_derived_beforehand_is_applied_only_to_the_vault_it_was_derived_for() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::at(dir.path().join("v"));
    let mut unlocked = vault
        .create(&pass("real pass: quiet orchard window"), KdfParams::FLOOR)
        .unwrap();
    unlocked
        .set_duress(&pass("duress copper kettle meadow"))
        .unwrap();

    // The checks come before the slow part, and again when the key is applied.
    let derivation = unlocked.key_derivation();
    assert!(matches!(
        derivation.derive_passphrase(&pass("")),
        Err(Error::InvalidInput(_))
    ));
    assert!(matches!(
        derivation.derive_duress(&pass("1234")),
        Err(Error::WeakPassphrase(_))
    ));
    assert!(matches!(
        unlocked.change_passphrase_derived(
            derivation
                .derive_duress(&pass("duress copper kettle meadow"))
                .unwrap()
        ),
        Err(Error::InvalidInput(_))
    ));

    // Derived while the vault is open, applied after someone opened it with the duress
    // passphrase: the vault it was meant for is gone, and the empty one keeps its passphrase.
    let derived = derivation
        .derive_passphrase(&pass("new one: violet tram under the bridge"))
        .unwrap();
    assert!(!format!("{derived:?} {derivation:?}").contains("violet"));
    let stale = derivation
        .derive_passphrase(&pass("stale one: heron over grey water"))
        .unwrap();
    unlocked.lock();
    let mut coerced = vault.unlock(&pass("duress copper kettle meadow")).unwrap();
    assert!(matches!(
        coerced.change_passphrase_derived(stale),
        Err(Error::Locked)
    ));
    coerced.lock();
    assert!(matches!(
        vault.unlock(&pass("stale one: heron over grey water")),
        Err(Error::WrongPassphrase)
    ));
    vault
        .unlock(&pass("duress copper kettle meadow"))
        .unwrap()
        .lock();

    // On a vault still the same, the key derived beforehand is the one applied.
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::at(dir.path().join("v"));
    let mut unlocked = vault
        .create(&pass("old one: amber lantern harbour"), KdfParams::FLOOR)
        .unwrap();
    let id_kept = case::create_case(unlocked.store(), form(), answers("Rose")).unwrap();
    let derived = unlocked
        .key_derivation()
        .derive_passphrase(&pass("new one: violet tram under the bridge"))
        .unwrap();
    unlocked.change_passphrase_derived(derived).unwrap();
    let duress = unlocked
        .key_derivation()
        .derive_duress(&pass("duress copper kettle meadow"))
        .unwrap();
    unlocked.set_duress_derived(duress).unwrap();
    unlocked.lock();
    assert!(matches!(
        vault.unlock(&pass("old one: amber lantern harbour")),
        Err(Error::WrongPassphrase)
    ));
    let mut unlocked = vault
        .unlock(&pass("new one: violet tram under the bridge"))
        .unwrap();
    assert!(case::get_case(unlocked.store(), id_kept).is_ok());
    unlocked.lock();
    let coerced = vault.unlock(&pass("duress copper kettle meadow")).unwrap();
    assert!(case::list_cases(coerced.store_ref()).unwrap().is_empty());
}

fn case_rows(store_dir: &Path) -> Vec<Vec<u8>> {
    let conn = rusqlite::Connection::open(store_dir.join("cases.db")).unwrap();
    let mut statement = conn.prepare("SELECT body FROM cases ORDER BY id").unwrap();
    statement
        .query_map([], |row| row.get(0))
        .unwrap()
        .map(|row| row.unwrap())
        .collect()
}

fn store_dir(vault: &Vault) -> std::path::PathBuf {
    fs::read_dir(vault.dir())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .find(|path| path.is_dir())
        .unwrap()
}

#[test]
fn duress_passphrase_destroys_the_vault_and_opens_an_empty_one() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::at(dir.path().join("v"));
    let mut unlocked = vault
        .create(&pass("real pass: quiet orchard window"), KdfParams::FLOOR)
        .unwrap();
    let id = case::create_case(unlocked.store(), form(), answers("Marker-Duress-7f3a")).unwrap();
    let size_without = key_file(vault.dir()).len();
    unlocked
        .set_duress(&pass("duress copper kettle meadow"))
        .unwrap();
    assert_eq!(
        key_file(vault.dir()).len(),
        size_without,
        "same size with a duress passphrase"
    );
    unlocked.lock();
    // The real passphrase still works while no one has used the duress one.
    vault
        .unlock(&pass("real pass: quiet orchard window"))
        .unwrap()
        .lock();

    let mut coerced = vault.unlock(&pass("duress copper kettle meadow")).unwrap();
    assert!(case::list_cases(coerced.store()).unwrap().is_empty());
    assert!(matches!(
        case::get_case(coerced.store(), id),
        Err(Error::NotFound { .. })
    ));
    coerced.lock();
    let folders = fs::read_dir(vault.dir())
        .unwrap()
        .filter(|entry| entry.as_ref().unwrap().path().is_dir())
        .count();
    assert_eq!(folders, 1, "the old store is gone once the vault is locked");

    assert!(matches!(
        vault.unlock(&pass("real pass: quiet orchard window")),
        Err(Error::WrongPassphrase)
    ));
    let files = all_bytes(vault.dir());
    assert!(!contains(&files, b"Marker-Duress-7f3a"));
    assert_eq!(key_file(vault.dir()).len(), size_without);
    // The duress passphrase now opens the new vault like any vault: no marker, still empty.
    let again = vault.unlock(&pass("duress copper kettle meadow")).unwrap();
    assert!(case::list_cases(again.store_ref()).unwrap().is_empty());
}

#[test]
fn a_store_left_behind_by_a_killed_process_is_removed_at_the_next_unlock() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::at(dir.path().join("v"));
    vault
        .create(&pass("pale river stone lantern"), KdfParams::FLOOR)
        .unwrap()
        .lock();
    // What a duress unlock killed before its old store was deleted leaves next to the new one.
    let leftover = vault.dir().join("0123456789abcdef0123456789abcdef");
    fs::create_dir_all(leftover.join("blobs")).unwrap();
    fs::write(leftover.join("cases.db"), b"old ciphertext").unwrap();
    let unrelated = vault.dir().join("notes");
    fs::create_dir(&unrelated).unwrap();
    vault
        .unlock(&pass("pale river stone lantern"))
        .unwrap()
        .lock();
    assert!(!leftover.exists());
    assert!(unrelated.exists(), "only store folders are ever deleted");
}

#[test]
fn duress_must_differ_from_the_passphrase_and_can_be_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::at(dir.path().join("v"));
    let mut unlocked = vault
        .create(&pass("real quiet orchard window"), KdfParams::FLOOR)
        .unwrap();
    assert!(matches!(
        unlocked.set_duress(&pass("real quiet orchard window")),
        Err(Error::InvalidInput(_))
    ));
    unlocked
        .set_duress(&pass("first duress: amber canoe drifting"))
        .unwrap();
    unlocked
        .set_duress(&pass("second duress: rusty bell by the pier"))
        .unwrap();
    assert!(matches!(
        unlocked.change_passphrase(&pass("second duress: rusty bell by the pier")),
        Err(Error::InvalidInput(_))
    ));
    unlocked
        .change_passphrase(&pass("newer real: quiet orchard window"))
        .unwrap();
    let id = case::create_case(unlocked.store(), form(), answers("B")).unwrap();
    unlocked.lock();
    assert!(matches!(
        vault.unlock(&pass("first duress: amber canoe drifting")),
        Err(Error::WrongPassphrase)
    ));
    let mut real = vault
        .unlock(&pass("newer real: quiet orchard window"))
        .unwrap();
    assert!(case::get_case(real.store(), id).is_ok());
    real.lock();
    let coerced = vault
        .unlock(&pass("second duress: rusty bell by the pier"))
        .unwrap();
    assert!(case::list_cases(coerced.store_ref()).unwrap().is_empty());
}

#[test]
fn panic_wipe_needs_no_passphrase_and_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::at(dir.path().join("v"));
    let mut unlocked = vault
        .create(&pass("pale river stone lantern"), KdfParams::FLOOR)
        .unwrap();
    let id = case::create_case(unlocked.store(), form(), answers("C")).unwrap();
    case::add_attachment(
        unlocked.store(),
        id,
        &mut &b"photo bytes"[..],
        Some("a.jpg"),
        "image/jpeg",
    )
    .unwrap();
    unlocked.lock();
    Vault::at(vault.dir()).wipe().unwrap();
    assert!(!vault.dir().exists());
    assert!(matches!(
        vault.unlock(&pass("pale river stone lantern")),
        Err(Error::NoVault(_))
    ));
    // Wiping nothing is not an error: the button may be pressed twice.
    Vault::at(vault.dir()).wipe().unwrap();
}

#[test]
fn wipe_leaves_foreign_files_alone() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::at(dir.path());
    vault
        .create(&pass("pale river stone lantern"), KdfParams::FLOOR)
        .unwrap()
        .lock();
    fs::write(dir.path().join("notes.txt"), b"not ours").unwrap();
    vault.wipe().unwrap();
    assert_eq!(fs::read(dir.path().join("notes.txt")).unwrap(), b"not ours");
    assert!(!dir.path().join("key").exists());
}

#[test]
fn platform_bound_vault_needs_the_same_platform_secret() {
    let dir = tempfile::tempdir().unwrap();
    let device = Arc::new(MemoryPlatformSecret::generate());
    let vault = Vault::at(dir.path().join("v")).with_platform_secret(device.clone());
    vault
        .create(&pass("pale river stone lantern"), KdfParams::FLOOR)
        .unwrap()
        .lock();
    vault
        .unlock(&pass("pale river stone lantern"))
        .unwrap()
        .lock();

    let copied = Vault::at(dir.path().join("v"));
    assert!(matches!(
        copied.unlock(&pass("pale river stone lantern")),
        Err(Error::PlatformSecret(_))
    ));
    let other_device = Vault::at(dir.path().join("v"))
        .with_platform_secret(Arc::new(MemoryPlatformSecret::generate()));
    assert!(matches!(
        other_device.unlock(&pass("pale river stone lantern")),
        Err(Error::WrongPassphrase)
    ));
}

#[test]
fn key_file_has_the_same_size_whatever_is_configured() {
    let dir = tempfile::tempdir().unwrap();
    let plain = Vault::at(dir.path().join("plain"));
    plain
        .create(&pass("pale river stone lantern"), KdfParams::FLOOR)
        .unwrap()
        .lock();
    let bound = Vault::at(dir.path().join("bound"))
        .with_platform_secret(Arc::new(MemoryPlatformSecret::generate()));
    let mut unlocked = bound
        .create(&pass("pale river stone lantern"), KdfParams::DEFAULT)
        .unwrap();
    unlocked
        .set_duress(&pass("dusty violin under snow"))
        .unwrap();
    unlocked.set_wipe_after_failures(Some(5)).unwrap();
    unlocked.lock();
    assert_eq!(key_file(plain.dir()).len(), 1280);
    assert_eq!(key_file(bound.dir()).len(), 1280);
}

#[test]
fn flipping_any_key_file_byte_is_detected() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::at(dir.path().join("v"));
    let mut unlocked = vault
        .create(&pass("pale river stone lantern"), KdfParams::FLOOR)
        .unwrap();
    unlocked
        .set_duress(&pass("dusty violin under snow"))
        .unwrap();
    unlocked.lock();
    let original = key_file(vault.dir());
    let counters = 48..56;
    for offset in 0..original.len() {
        if counters.contains(&offset) {
            continue;
        }
        let mut damaged = original.clone();
        damaged[offset] ^= 0x01;
        fs::write(vault.dir().join("key"), &damaged).unwrap();
        let result = vault.unlock(&pass("pale river stone lantern"));
        assert!(result.is_err(), "flip at {offset} went unnoticed");
    }
    fs::write(vault.dir().join("key"), &original).unwrap();
    vault.unlock(&pass("pale river stone lantern")).unwrap();
}

#[test]
fn truncated_or_extended_key_file_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::at(dir.path().join("v"));
    vault
        .create(&pass("pale river stone lantern"), KdfParams::FLOOR)
        .unwrap()
        .lock();
    let original = key_file(vault.dir());
    fs::write(vault.dir().join("key"), &original[..500]).unwrap();
    assert!(matches!(
        vault.unlock(&pass("pale river stone lantern")),
        Err(Error::Corrupted(_))
    ));
    let mut longer = original.clone();
    longer.push(0);
    fs::write(vault.dir().join("key"), &longer).unwrap();
    assert!(matches!(
        vault.unlock(&pass("pale river stone lantern")),
        Err(Error::Corrupted(_))
    ));
    fs::write(vault.dir().join("key"), b"").unwrap();
    assert!(matches!(
        vault.unlock(&pass("pale river stone lantern")),
        Err(Error::Corrupted(_))
    ));
}

#[test]
fn errors_and_debug_output_carry_no_secret() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::at(dir.path().join("v"));
    let mut unlocked = vault
        .create(&pass("hunter2-secret marble owl ferry"), KdfParams::FLOOR)
        .unwrap();
    let id = case::create_case(unlocked.store(), form(), answers("Marker-Debug-91c")).unwrap();
    let case = case::get_case(unlocked.store(), id).unwrap();
    let shown = format!(
        "{unlocked:?} {case:?} {:?} {:?}",
        case::list_cases(unlocked.store()).unwrap(),
        pass("hunter2-secret marble owl ferry")
    );
    assert!(!shown.contains("Marker-Debug-91c"));
    assert!(!shown.contains("hunter2"));
    unlocked.lock();
    let error = vault.unlock(&pass("hunter2-wrong")).unwrap_err();
    assert!(!format!("{error} {error:?}").contains("hunter2"));
}

fn all_bytes(dir: &Path) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for entry in walk(dir) {
        out.push(fs::read(entry).unwrap());
    }
    out
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

fn contains(files: &[Vec<u8>], needle: &[u8]) -> bool {
    files
        .iter()
        .any(|bytes| bytes.windows(needle.len()).any(|window| window == needle))
}
