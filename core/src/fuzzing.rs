//! Fuzzing entry points, one per input the core reads from outside: a form definition, a
//! translator's PO file, an expression, an enrollment string, a row envelope, an attachment file and the key file. The
//! AFL++ and cargo-fuzz targets in `fuzz/` call these, and so does the test that replays every
//! input a campaign ever failed on (`fuzz/regressions/TARGET/`) and the committed corpus.
//!
//! Each panics only on a finding: a panic inside the code under test, or a broken property
//! (something accepted that re-reads differently, an authenticated format that opened bytes it
//! never sealed). Formats behind an AEAD are driven twice: as the bytes found on disk, which no
//! fuzzer can forge, and as plaintexts sealed here under a fixed key, so that what runs after
//! authentication is fuzzed too.
//!
//! Not part of the crate's interface: built only with the `fuzzing` feature (and for tests).

use std::sync::{Arc, Mutex};

use sha2::{Digest, Sha256};
use time::{Date, Month};

use crate::crypto::cipher::{self, NONCE_LEN};
use crate::crypto::envelope::{self, ENVELOPE_VERSION, LENGTH_PREFIX, PAD_TO};
use crate::crypto::stream;
use crate::crypto::{KdfParams, SecretKey};
use crate::form::expr::{self, Context, Value};
use crate::form::{Form, FormState, po};
use crate::store::RowRef;
use crate::vault::keyfile::{
    self, AUTHENTICATED_HEADER_LEN, CHECKSUM_OFFSET, KEY_FILE_LEN, KeyFile, SLOT_COUNT,
    SLOT_PLAINTEXT_LEN, SlotContents,
};

/// A target's body: one input, a panic for a finding.
pub type Target = fn(&[u8]);

/// The targets, by the names `fuzz/` uses for their folders and binaries.
pub const TARGETS: [(&str, Target); 8] = [
    ("form_load", form_load),
    ("po_parse", po_parse),
    ("expr_parse", expr_parse),
    ("enrollment", enrollment),
    ("row_envelope", row_envelope),
    ("attachment_stream", attachment_stream),
    ("key_file", key_file),
    ("recipient_set", recipient_set),
];

/// The key the sealed formats are fuzzed under: fixed, so a corpus entry sealed with it stays
/// a genuine file that mutations start from.
fn fixed_key() -> SecretKey {
    SecretKey::from_bytes([0x42; 32])
}

/// `Form::load` on any text; whatever loads is walked by the engine.
pub fn form_load(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(form) = Form::load(text) {
        let state = FormState::empty(Arc::new(form), Date::MIN);
        let positions = state.positions();
        for pair in positions.windows(2) {
            if let [a, b] = pair {
                assert_eq!(state.prev(*b), Some(*a));
            }
        }
        let _ = state.progress();
    }
}

/// A translator's PO file: whatever is read is written and read back to the same header and
/// entries; whatever is read imports into the shipped checklist or is refused, never a panic.
pub fn po_parse(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(file) = po::parse(text) else {
        return;
    };
    let mut again = match po::parse(&po::write(&file, &["fuzz"])) {
        Ok(again) => again,
        Err(errors) => panic!("written PO does not read back: {errors}"),
    };
    let mut first = file;
    for entry in first.entries.iter_mut().chain(again.entries.iter_mut()) {
        entry.line = 0;
    }
    assert_eq!(first, again);
    let _ = crate::form::import_po(crate::form::POLICE_VIOLENCE_JSON, text);
}

/// Answers for [`expr_parse`]: the reference's name decides its value, so every kind of value
/// meets every operator.
struct NamedAnswers;

impl Context<String> for NamedAnswers {
    fn value(&self, r: &String) -> Value<'_> {
        match r.len() % 5 {
            0 => Value::Empty,
            1 => Value::Num(r.len() as f64),
            2 if r.len() > 7 => Value::Str("2024-02-29"),
            2 => Value::Str("yes"),
            3 => Value::Bool(true),
            _ => Value::Count(r.len()),
        }
    }

    fn current(&self) -> Value<'_> {
        Value::Num(-0.5)
    }

    fn today(&self) -> Date {
        Date::from_calendar_date(2024, Month::February, 29).unwrap_or(Date::MIN)
    }
}

/// The expression parser on any text: whatever parses prints and parses back to the same tree,
/// and evaluates without panicking.
pub fn expr_parse(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(parsed) = expr::parse(text) {
        let printed = parsed.to_string();
        assert_eq!(expr::parse(&printed).as_ref(), Ok(&parsed), "{printed}");
        let _ = expr::eval(&parsed, &NamedAnswers);
    }
}

/// An enrollment string as the device reads it (`sync::enroll`): decoded, recipients parsed.
/// Whatever is accepted encodes again and decodes to the same invitation.
pub fn enrollment(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(invite) = wave_protocol::EnrollmentInvite::decode(text.trim()) else {
        return;
    };
    let _ = crate::sync::payload::parse_recipients(&invite.recipients);
    let encoded = invite.encode();
    assert!(encoded.is_ok(), "{encoded:?}");
    if let Ok(encoded) = encoded {
        assert_eq!(
            wave_protocol::EnrollmentInvite::decode(&encoded).as_ref(),
            Ok(&invite)
        );
    }
}

/// The NGO signing key the recipient set target signs with: fixed, so a corpus entry is a
/// genuine signed set that mutations start from.
fn fixed_signing_key() -> wave_protocol::ed25519_dalek::SigningKey {
    wave_protocol::ed25519_dalek::SigningKey::from_bytes(&[0x24; 32])
}

/// A recipient set body (`{"document", "signature"}`) as a device reads it from the server: a
/// body that decodes is verified with the fixed key, and a document that parses writes back to
/// itself and, signed, verifies as the same set. Nothing unsigned is ever accepted.
pub fn recipient_set(data: &[u8]) {
    use wave_protocol::{RecipientSet, RecipientSetBody, verify_recipient_set};
    let key = fixed_signing_key();
    let public = key.verifying_key().to_bytes();
    let Ok(body) = serde_json::from_slice::<RecipientSetBody>(data) else {
        if let Ok(set) = RecipientSet::parse(data) {
            let again = set.to_document().map(|doc| RecipientSet::parse(&doc));
            assert!(
                matches!(again, Ok(Ok(ref read)) if *read == set),
                "{again:?}"
            );
        }
        return;
    };
    let Ok(signed) = body.decode() else {
        return;
    };
    if let Ok(set) = verify_recipient_set(&public, &signed) {
        let _ = crate::sync::payload::parse_recipients(&set.recipients);
        let resigned = wave_protocol::sign_recipient_set(&key, &set);
        assert!(
            resigned.is_ok_and(|again| verify_recipient_set(&public, &again).as_ref() == Ok(&set))
        );
    }
}

fn fuzz_row() -> RowRef<'static> {
    RowRef {
        table: "cases",
        id: "0123456789abcdef0123456789abcdef",
        version: 3,
    }
}

/// A row envelope three ways: the bytes as read from the database; the bytes as the padded
/// plaintext of a genuine envelope (length prefix, payload, padding), sealed here; and the bytes
/// as a payload, sealed and opened again.
pub fn row_envelope(data: &[u8]) {
    let key = fixed_key();
    let row = fuzz_row();
    if let Ok(opened) = envelope::open(&key, row, data) {
        assert!(opened.len() + 1 + NONCE_LEN + cipher::TAG_LEN + LENGTH_PREFIX <= data.len());
    }

    let nonce = [0x24; NONCE_LEN];
    let mut sealed = vec![ENVELOPE_VERSION];
    sealed.extend_from_slice(&nonce);
    let mut body = data.to_vec();
    if let Some(tag) = cipher::seal_in_place(&key, &nonce, &row.associated_data(), &mut body) {
        sealed.extend_from_slice(&body);
        sealed.extend_from_slice(&tag);
        let declared = data
            .get(..LENGTH_PREFIX)
            .and_then(|prefix| <[u8; LENGTH_PREFIX]>::try_from(prefix).ok())
            .map(|prefix| u32::from_le_bytes(prefix) as usize);
        let well_formed = data.len().is_multiple_of(PAD_TO)
            && declared.is_some_and(|len| len <= data.len() - LENGTH_PREFIX);
        match envelope::open(&key, row, &sealed) {
            Ok(opened) => {
                assert!(well_formed);
                let len = declared.unwrap_or(0);
                assert_eq!(&opened[..], &data[LENGTH_PREFIX..LENGTH_PREFIX + len]);
            }
            Err(_) => assert!(!well_formed),
        }
    }

    if let Ok(sealed) = envelope::seal(&key, row, data) {
        let opened = envelope::open(&key, row, &sealed);
        assert!(opened.is_ok_and(|opened| opened[..] == *data));
        let other = RowRef {
            version: row.version + 1,
            ..row
        };
        assert!(envelope::open(&key, other, &sealed).is_err());
    }
}

/// An attachment file two ways: the bytes as read from the blob folder (only a genuine file
/// opens, and then to what its digest says), and the bytes as an attachment, encrypted and
/// decrypted again, whole, cut short and extended.
pub fn attachment_stream(data: &[u8]) {
    let key = fixed_key();
    let mut plain = Vec::new();
    if let Ok(digest) = stream::decrypt_stream(&key, &mut &data[..], &mut plain) {
        assert_eq!(digest.size, plain.len() as u64);
        assert_eq!(digest.sha256, <[u8; 32]>::from(Sha256::digest(&plain)));
    }

    let sealed = Mutex::new(Vec::new());
    let Ok(written) = stream::encrypt_stream(&key, &mut &data[..], &sealed) else {
        panic!("encrypting an attachment in memory failed");
    };
    let sealed = sealed.into_inner().unwrap_or_else(|e| e.into_inner());
    let mut plain = Vec::new();
    let read = stream::decrypt_stream(&key, &mut sealed.as_slice(), &mut plain);
    assert!(read.is_ok_and(|read| read == written));
    assert_eq!(plain, data);
    let cut = data.first().map_or(1, |&b| usize::from(b) + 1);
    let shorter = &sealed[..sealed.len().saturating_sub(cut)];
    assert!(stream::decrypt_stream(&key, &mut &shorter[..], &mut std::io::sink()).is_err());
    let mut longer = sealed.clone();
    longer.extend_from_slice(&data[..data.len().min(cut)]);
    longer.push(0);
    assert!(stream::decrypt_stream(&key, &mut longer.as_slice(), &mut std::io::sink()).is_err());
}

/// The key file three ways: the bytes as read from disk; the same with the header checksum
/// repaired, so the checks after it are reached; and the first 96 bytes as a slot's plaintext,
/// as found once a slot opened, which must write back to the same bytes.
pub fn key_file(data: &[u8]) {
    read_key_file(data);
    if data.len() >= CHECKSUM_OFFSET + 8 {
        let mut repaired = data.to_vec();
        let checksum = keyfile::header_checksum(&repaired[..AUTHENTICATED_HEADER_LEN]);
        repaired[CHECKSUM_OFFSET..CHECKSUM_OFFSET + 8].copy_from_slice(&checksum);
        read_key_file(&repaired);
    }
    if let Some(plain) = data.get(..SLOT_PLAINTEXT_LEN)
        && let Some(contents) = SlotContents::from_plaintext(plain)
    {
        assert_eq!(contents.to_plaintext().as_slice(), plain);
    }
}

fn read_key_file(data: &[u8]) {
    let Ok(file) = KeyFile::from_reader(&mut &data[..]) else {
        return;
    };
    assert_eq!(data.len(), KEY_FILE_LEN);
    let params = file.params();
    assert!(params.within_ceiling());
    let _ = (file.kdf_salt(), file.platform_bound());
    let _ = (file.failed_attempts(), file.wipe_after());
    let key = fixed_key();
    for index in 0..SLOT_COUNT {
        assert_eq!(file.slot_salt(index).len(), 16);
        // Opens only a slot sealed under the fixed key, as in the corpus's own key file.
        if let Some(contents) = file.open_slot(index, &key) {
            assert!(contents.duress_slot.is_none_or(|slot| slot < SLOT_COUNT));
        }
    }
}

/// Genuine inputs for the sealed formats, for a new corpus: envelopes, attachment files and a
/// key file made under the fixed key. The text formats start from files in the repository.
pub fn samples(target: &str) -> Vec<Vec<u8>> {
    let key = fixed_key();
    match target {
        "row_envelope" => [&b""[..], b"{\"answers\":{}}", &[7u8; 300]]
            .iter()
            .filter_map(|payload| envelope::seal(&key, fuzz_row(), payload).ok())
            .collect(),
        "attachment_stream" => [&b""[..], b"photo", &[1u8; 100]]
            .iter()
            .filter_map(|plain| {
                let sealed = Mutex::new(Vec::new());
                stream::encrypt_stream(&key, &mut &plain[..], &sealed).ok()?;
                sealed.into_inner().ok()
            })
            .collect(),
        "key_file" => {
            let params = KdfParams {
                memory_kib: 19 * 1024,
                iterations: 2,
                parallelism: 1,
            };
            let mut file = KeyFile::new(params, false);
            let contents = SlotContents {
                kind: keyfile::SlotKind::Data,
                data_key: SecretKey::from_bytes([9; 32]),
                duress_slot: Some(5),
                store_id: [3; 16],
                replaces: [Some(1), None],
                duress_tag: [4; keyfile::TAG_LEN_SLOT],
                replaced_tags: [[5; keyfile::TAG_LEN_SLOT]; 2],
            };
            file.seal_slot(2, &[8; 16], &key, &contents);
            vec![file.bytes().to_vec()]
        }
        "recipient_set" => {
            let set = wave_protocol::RecipientSet {
                version: 3,
                created_at: 1_764_500_000,
                signing_key_id: wave_protocol::Sha256Hex::digest(b""),
                recipients: vec![
                    "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p".into(),
                ],
            };
            wave_protocol::sign_recipient_set(&fixed_signing_key(), &set)
                .ok()
                .and_then(|signed| {
                    serde_json::to_vec(&wave_protocol::RecipientSetBody::new(&signed)).ok()
                })
                .into_iter()
                .collect()
        }
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::*;

    fn fuzz_dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz")
    }

    /// Every input that ever made a campaign fail, and the committed corpus, pass now; so do
    /// the samples, which a fresh campaign starts from.
    #[test]
    fn regressions_and_corpus_pass() {
        for (name, target) in TARGETS {
            let mut count = 0;
            for dir in ["regressions", "corpus"] {
                let Ok(entries) = std::fs::read_dir(fuzz_dir().join(dir).join(name)) else {
                    continue;
                };
                for entry in entries {
                    let path = entry.unwrap().path();
                    target(&std::fs::read(&path).unwrap());
                    count += 1;
                }
            }
            for sample in samples(name) {
                target(&sample);
            }
            assert!(
                count > 0,
                "no corpus for {name} under {}",
                fuzz_dir().display()
            );
        }
    }

    /// The samples are genuine: they open under the fixed key, so the fuzzer starts past the
    /// authentication.
    #[test]
    fn samples_open() {
        let key = fixed_key();
        for sealed in samples("row_envelope") {
            assert!(envelope::open(&key, fuzz_row(), &sealed).is_ok());
        }
        for sealed in samples("attachment_stream") {
            assert!(
                stream::decrypt_stream(&key, &mut sealed.as_slice(), &mut std::io::sink()).is_ok()
            );
        }
        let [file] = samples("key_file").try_into().unwrap();
        let file = KeyFile::from_reader(&mut file.as_slice()).unwrap();
        assert!(file.open_slot(2, &key).is_some());
    }
}
