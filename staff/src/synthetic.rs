//! Made-up archived cases in bulk, for tests and benchmarks of the workspace at scale (10,000
//! cases): cheap to make — drafts stored in batches, finalized without a disk sync each — and
//! stored exactly as a pull stores them (a finalized case plus its sealed submission row), so
//! unlocking, the inbox, the case page and the exports read them like real ones. Never used on
//! real data: each case is random but reproducible from `seed`, and its device keys are made up.

use std::collections::HashMap;

use serde_json::{Value, json};
use wave_core::Result;
use wave_core::case::{self, ConsentRecord, FormRef};
use wave_protocol::Uuid;

use crate::archive::{Archive, ArchivedBody, Row};

const COUNTRIES: [&str; 8] = ["kz", "ua", "kg", "md", "ge", "tj", "uz", "am"];
const AGES: [&str; 3] = ["18_24", "25_34", "under_18"];
const VIOLATIONS: [&str; 8] = [
    "v_phys",
    "v_extort",
    "v_confisc",
    "v_detain",
    "v_phone",
    "v_plant",
    "v_rape",
    "v_sexhar",
];
const WORDS: [&str; 16] = [
    "officers",
    "stopped",
    "pharmacy",
    "station",
    "took",
    "money",
    "phone",
    "naloxone",
    "night",
    "car",
    "threatened",
    "searched",
    "bag",
    "street",
    "hospital",
    "documents",
];
const DEVICES: usize = 40;
const BATCH: usize = 500;

/// A small, reproducible generator (xorshift64*): the same seed makes the same archive.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[(self.next() % from.len() as u64) as usize]
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Case `n`'s answers: a country, an age group, a month in 2024–2026, one to three violations,
/// consent to statistics for about two in three, and a few sentences of free text in which
/// `marker N` appears (so a search for one case has one answer).
fn answers(random: &mut Random, n: usize) -> (Value, bool, bool) {
    let statistics = random.below(3) != 0;
    let lawyer = random.below(4) == 0;
    let mut violations = Vec::new();
    for _ in 0..=random.below(3) {
        let code = random.pick(&VIOLATIONS);
        if !violations.contains(&code) {
            violations.push(code);
        }
    }
    let words: Vec<&str> = (0..40).map(|_| random.pick(&WORDS)).collect();
    let value = json!({
        "code_name": format!("Case {n}"),
        "country": random.pick(&COUNTRIES),
        "age_group": random.pick(&AGES),
        "incident_date": {
            "value": format!("{}-{:02}-{:02}", 2024 + random.below(3), 1 + random.below(12), 1 + random.below(28)),
            "precision": "exact"
        },
        "violations": violations,
        "own_words": format!("{} marker{n}.", words.join(" ")),
        "officers": [{"officer_service": "patrol"}],
        "consent_statistics": statistics,
        "consent_lawyer": lawyer,
    });
    (value, statistics, lawyer)
}

/// Adds `count` made-up pulled cases to `archive`, after what it holds.
pub fn fill(archive: &mut Archive, count: usize, seed: u64) -> Result<()> {
    let mut random = Random(seed | 1);
    let devices: Vec<(Uuid, [u8; 32])> = (0..DEVICES)
        .map(|_| {
            let mut key = [0u8; 32];
            for chunk in key.chunks_mut(8) {
                chunk.copy_from_slice(&random.next().to_le_bytes());
            }
            (Uuid::new_v4(), key)
        })
        .collect();
    let first_seq: i64 = archive.store().conn().query_row(
        "SELECT coalesce(max(seq), 0) FROM archive_submissions",
        [],
        |row| row.get(0),
    )?;
    // One disk sync per batch instead of one per case: this is a fixture, not data to keep.
    let synchronous: i64 = archive
        .store()
        .conn()
        .query_row("PRAGMA synchronous", [], |row| row.get(0))?;
    archive
        .store()
        .conn()
        .execute_batch("PRAGMA synchronous = OFF")?;
    let form = FormRef {
        id: "police-violence".into(),
        version: 2,
    };
    let mut made = 0;
    let mut known_devices: HashMap<Uuid, [u8; 32]> = HashMap::new();
    while made < count {
        let size = BATCH.min(count - made);
        let mut batch = Vec::with_capacity(size);
        let mut consents = Vec::with_capacity(size);
        for k in 0..size {
            let (value, statistics, lawyer) = answers(&mut random, made + k);
            consents.push((statistics, lawyer));
            batch.push((form.clone(), value.as_object().cloned().unwrap_or_default()));
        }
        let ids = case::import_cases(archive.store_mut(), batch)?;
        let mut rows = Vec::with_capacity(size);
        let mut new_devices = HashMap::new();
        for (k, id) in ids.into_iter().enumerate() {
            case::finalize_case(archive.store_mut(), id)?;
            let (device_id, key) = devices[(made + k) % DEVICES];
            if known_devices.insert(device_id, key).is_none() {
                new_devices.insert(device_id, key);
            }
            let (statistics, lawyer) = consents[k];
            let at = case::now();
            rows.push(Row::Archived(ArchivedBody {
                submission_id: Uuid::new_v4(),
                seq: first_seq + (made + k) as i64 + 1,
                device_id,
                device_public_key: wave_protocol::encoding::encode_base64(&key),
                received_at: case::format_timestamp(at),
                signature_verified: true,
                archive_case_id: id,
                case_id: Uuid::new_v4().to_string(),
                version: 1,
                form: form.clone(),
                finalized_at: at,
                consents: vec![
                    ConsentRecord {
                        seq: 1,
                        purpose: "store".into(),
                        granted: true,
                        at,
                    },
                    ConsentRecord {
                        seq: 2,
                        purpose: "statistics".into(),
                        granted: statistics,
                        at,
                    },
                    ConsentRecord {
                        seq: 3,
                        purpose: "lawyer".into(),
                        granted: lawyer,
                        at,
                    },
                ],
                attachments: Vec::new(),
                pulled_at: Some(case::format_timestamp(at)),
            }));
        }
        archive.commit_page(rows, &new_devices, None)?;
        made += size;
    }
    archive
        .store()
        .conn()
        .execute_batch(&format!("PRAGMA synchronous = {synchronous}"))?;
    Ok(())
}
