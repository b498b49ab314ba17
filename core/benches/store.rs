//! Case store benchmarks: Wave's encrypted store against a plaintext SQLite store with the same
//! schema, pragmas and rows, on 10,000 cases of about 2 KiB of answers each — durable inserts,
//! bulk import, listing, and reading every case back (against plaintext reads plus the raw cost
//! of XChaCha20-Poly1305 on the same bytes). Figures and commands: docs/benchmarks.md.

mod common;

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use criterion::{Criterion, SamplingMode, Throughput};
use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use wave_core::case::{Answers, Case, CaseId, CaseStatus, CaseSummary, FormRef, now};
use wave_core::vault::{KdfParams, Passphrase};
use wave_core::{UnlockedVault, Vault};

use common::{Comparison, Report, Target};
use wave_core::case;

const CASES: usize = 10_000;
/// Cases per criterion iteration of the durable-insert benchmark, each in its own transaction:
/// ten samples insert all 10,000.
const INSERT_BATCH: usize = 1_000;

/// The schema Wave's store creates, applied as is to the plaintext baseline.
const SCHEMA: &str = include_str!("../src/store/migrations/0001_init.sql");

fn main() {
    let mut c = common::criterion();
    let mut report = Report::default();
    let data = Dataset::generate(CASES);
    println!(
        "{} cases, answers JSON {} bytes on average ({}–{})",
        data.answers.len(),
        data.total_json / data.answers.len(),
        data.min_json,
        data.max_json
    );
    durable_inserts(&mut c, &mut report, &data);
    bulk_import(&mut c, &mut report, &data);
    list_and_read(&mut c, &mut report, &data);
    c.final_summary();
    report.print();
}

// ---------------------------------------------------------------------------------------------
// (a) One case per transaction, synced: what every save does.

fn durable_inserts(c: &mut Criterion, report: &mut Report, data: &Dataset) {
    let dir = tempfile::tempdir().unwrap();
    let mut plain = PlainStore::create(&dir.path().join("plain.db"));
    let mut wave = new_vault(&dir.path().join("vault"));
    let mut next = 0;
    let mut inserted = 0;
    report.compare_paired(
        c,
        Comparison {
            group: "store/insert_durable_1000",
            baseline: "plaintext SQLite, same schema and pragmas",
            target: Target::SlowdownAtMost(1.1),
            throughput: Some(Throughput::Elements(INSERT_BATCH as u64)),
            sampling: SamplingMode::Flat,
            // One iteration per sample: ten samples are the 10,000 cases, per function.
            measurement: Some(Duration::from_millis(100)),
        },
        // The two stores take turns case by case, so a slow moment of the shared disk falls on
        // both alike.
        |wave_first| {
            let batch: Vec<(Answers, Answers)> = data
                .next_batch(&mut next, INSERT_BATCH)
                .into_iter()
                .map(|answers| (answers.clone(), answers))
                .collect();
            let store = wave.store();
            let (mut base, mut ours) = (Duration::ZERO, Duration::ZERO);
            for (index, (for_plain, for_wave)) in batch.into_iter().enumerate() {
                let mut time_wave = |answers: Answers| {
                    let start = Instant::now();
                    black_box(case::create_case(store, data.form.clone(), answers).unwrap());
                    ours += start.elapsed();
                };
                let mut time_plain = |answers: Answers| {
                    let start = Instant::now();
                    black_box(plain.create_case(data.form.clone(), answers));
                    base += start.elapsed();
                };
                if wave_first == (index % 2 == 0) {
                    time_wave(for_wave);
                    time_plain(for_plain);
                } else {
                    time_plain(for_plain);
                    time_wave(for_wave);
                }
            }
            // A save leaves its summary to be folded into its page later (at a list, at lock, or
            // when a thousand wait): that fold is part of what the saves cost, so it is timed
            // with them, once per batch.
            let start = Instant::now();
            black_box(case::fold_summaries(store).unwrap());
            ours += start.elapsed();
            inserted += INSERT_BATCH;
            (base, ours)
        },
    );
    println!(
        "durable inserts: {inserted} cases into each store, one transaction each; Wave's time \
         includes one fold of the summaries per {INSERT_BATCH}"
    );
}

// ---------------------------------------------------------------------------------------------
// (b) All 10,000 cases in one transaction, into an empty store.

fn bulk_import(c: &mut Criterion, report: &mut Report, data: &Dataset) {
    let dir = tempfile::tempdir().unwrap();
    let (mut plain_round, mut wave_round) = (0, 0);
    report.compare(
        c,
        Comparison {
            group: "store/import_10000",
            baseline: "plaintext SQLite, one transaction",
            target: Target::SlowdownAtMost(1.5),
            throughput: Some(Throughput::Elements(CASES as u64)),
            sampling: SamplingMode::Flat,
            measurement: Some(Duration::from_millis(100)),
        },
        |iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                plain_round += 1;
                let path = dir.path().join(format!("plain-{plain_round}.db"));
                let mut plain = PlainStore::create(&path);
                let cases = data.cases();
                let start = Instant::now();
                black_box(plain.import_cases(cases));
                total += start.elapsed();
                drop(plain);
                remove_database(&path);
            }
            total
        },
        |iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                wave_round += 1;
                let path = dir.path().join(format!("vault-{wave_round}"));
                let mut vault = new_vault(&path);
                let cases = data.cases();
                let start = Instant::now();
                black_box(case::import_cases(vault.store(), cases).unwrap());
                total += start.elapsed();
                drop(vault);
                std::fs::remove_dir_all(&path).unwrap();
            }
            total
        },
    );
}

// ---------------------------------------------------------------------------------------------
// (c) Listing every case, and (d) reading every case back in full, from stores of 10,000.

fn list_and_read(c: &mut Criterion, report: &mut Report, data: &Dataset) {
    let dir = tempfile::tempdir().unwrap();
    let mut plain = PlainStore::create(&dir.path().join("plain.db"));
    let plain_ids = plain.import_cases(data.cases());
    let mut wave = new_vault(&dir.path().join("vault"));
    let wave_ids = case::import_cases(wave.store(), data.cases()).unwrap();
    let raw = RawCipher::for_bodies(&plain, "cases", &plain_ids);
    let raw_summaries = RawCipher::for_bodies(&plain, "case_summaries", &plain_ids);
    assert_eq!(plain.list().len(), CASES);
    assert_eq!(case::list_cases(wave.store_ref()).unwrap().len(), CASES);
    // The read baseline's two parts, once each, to show where its time goes.
    let start = Instant::now();
    for id in &plain_ids {
        black_box(plain.get_case(*id));
    }
    let reads = start.elapsed();
    let start = Instant::now();
    for index in 0..plain_ids.len() {
        black_box(raw.open(index));
    }
    println!(
        "read baseline parts, one pass: plaintext reads {}, raw decryption {}",
        common::format_seconds(reads.as_secs_f64()),
        common::format_seconds(start.elapsed().as_secs_f64())
    );
    // What the cipher alone would cost a list with one envelope per summary (before pages):
    // every summary, padded as an envelope pads it.
    let start = Instant::now();
    for index in 0..plain_ids.len() {
        black_box(raw_summaries.open(index));
    }
    println!(
        "list: raw decryption of every summary, one pass: {}",
        common::format_seconds(start.elapsed().as_secs_f64())
    );

    report.compare(
        c,
        Comparison {
            group: "store/list_10000",
            baseline: "plaintext SQLite",
            target: Target::SlowdownAtMost(1.1),
            throughput: Some(Throughput::Elements(CASES as u64)),
            sampling: SamplingMode::Linear,
            measurement: None,
        },
        |iters| {
            let start = Instant::now();
            for _ in 0..iters {
                black_box(plain.list());
            }
            start.elapsed()
        },
        |iters| {
            let store = wave.store_ref();
            let start = Instant::now();
            for _ in 0..iters {
                black_box(case::list_cases(store).unwrap());
            }
            start.elapsed()
        },
    );

    report.compare(
        c,
        Comparison {
            group: "store/read_all_10000",
            baseline: "plaintext SQLite + raw XChaCha20-Poly1305 on the same bytes",
            target: Target::SlowdownAtMost(1.2),
            throughput: Some(Throughput::Elements(CASES as u64)),
            sampling: SamplingMode::Flat,
            measurement: Some(Duration::from_millis(100)),
        },
        |iters| {
            let start = Instant::now();
            for _ in 0..iters {
                for (index, id) in plain_ids.iter().enumerate() {
                    black_box(plain.get_case(*id));
                    black_box(raw.open(index));
                }
            }
            start.elapsed()
        },
        |iters| {
            let store = wave.store_ref();
            let start = Instant::now();
            for _ in 0..iters {
                for id in &wave_ids {
                    black_box(case::get_case(store, *id).unwrap());
                }
            }
            start.elapsed()
        },
    );
}

fn new_vault(dir: &Path) -> UnlockedVault {
    Vault::at(dir)
        .create(&Passphrase::new("bench passphrase"), KdfParams::FLOOR)
        .unwrap()
}

fn remove_database(path: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        let _ = std::fs::remove_file(name);
    }
}

// ---------------------------------------------------------------------------------------------
// The baseline: the same store without encryption. Same schema, pragmas, rows and JSON bodies;
// statements prepared once; `body` holds the JSON itself instead of an envelope.

#[derive(Serialize, Deserialize)]
struct CaseBody {
    form: FormRef,
    answers: Answers,
    created_at: i64,
    updated_at: i64,
}

#[derive(Serialize, Deserialize)]
struct SummaryBody {
    title: String,
    form: FormRef,
    created_at: i64,
    updated_at: i64,
    versions: u32,
}

struct PlainStore {
    conn: Connection,
}

impl PlainStore {
    fn create(path: &Path) -> PlainStore {
        let mut conn = Connection::open(path).unwrap();
        conn.pragma_update(None, "journal_mode", "WAL").unwrap();
        conn.pragma_update(None, "synchronous", "FULL").unwrap();
        conn.pragma_update(None, "secure_delete", "ON").unwrap();
        conn.pragma_update(None, "foreign_keys", "ON").unwrap();
        conn.pragma_update(None, "temp_store", "MEMORY").unwrap();
        conn.busy_timeout(Duration::from_secs(5)).unwrap();
        let tx = conn.transaction().unwrap();
        tx.execute_batch(SCHEMA).unwrap();
        tx.pragma_update(None, "user_version", 1).unwrap();
        tx.commit().unwrap();
        PlainStore { conn }
    }

    fn bodies(form: FormRef, answers: Answers) -> (Vec<u8>, Vec<u8>) {
        let at = now();
        let body = CaseBody {
            form,
            answers,
            created_at: at,
            updated_at: at,
        };
        let summary = SummaryBody {
            title: title_of(&body.answers),
            form: body.form.clone(),
            created_at: at,
            updated_at: at,
            versions: 0,
        };
        (
            serde_json::to_vec(&body).unwrap(),
            serde_json::to_vec(&summary).unwrap(),
        )
    }

    fn insert(conn: &Connection, form: FormRef, answers: Answers) -> CaseId {
        let id = CaseId::generate();
        let id_text = id.to_string();
        let (body, summary) = PlainStore::bodies(form, answers);
        conn.prepare_cached("INSERT INTO cases (id, status, revision, body) VALUES (?1, 0, 1, ?2)")
            .unwrap()
            .execute(params![id_text, body])
            .unwrap();
        conn.prepare_cached(
            "INSERT INTO case_summaries (case_id, revision, body) VALUES (?1, 1, ?2)",
        )
        .unwrap()
        .execute(params![id_text, summary])
        .unwrap();
        id
    }

    fn create_case(&mut self, form: FormRef, answers: Answers) -> CaseId {
        let tx = self.conn.transaction().unwrap();
        let id = PlainStore::insert(&tx, form, answers);
        tx.commit().unwrap();
        id
    }

    fn import_cases(&mut self, cases: Vec<(FormRef, Answers)>) -> Vec<CaseId> {
        let tx = self.conn.transaction().unwrap();
        let ids = cases
            .into_iter()
            .map(|(form, answers)| PlainStore::insert(&tx, form, answers))
            .collect();
        tx.commit().unwrap();
        ids
    }

    fn list(&self) -> Vec<CaseSummary> {
        let mut statement = self
            .conn
            .prepare_cached(
                "SELECT c.id, c.status, s.revision, s.body FROM cases c JOIN case_summaries s ON s.case_id = c.id",
            )
            .unwrap();
        let rows = statement
            .query_map([], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, i64>(1)?,
                    row.get::<_, i64>(2)?,
                    row.get::<_, Vec<u8>>(3)?,
                ))
            })
            .unwrap();
        let mut summaries = Vec::new();
        for row in rows {
            let (id, status, _revision, body) = row.unwrap();
            let body: SummaryBody = serde_json::from_slice(&body).unwrap();
            summaries.push(CaseSummary {
                id: id.parse().unwrap(),
                status: status_of(status),
                title: body.title,
                form: body.form,
                created_at: body.created_at,
                updated_at: body.updated_at,
                versions: body.versions,
            });
        }
        summaries.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then(a.id.cmp(&b.id)));
        summaries
    }

    fn get_case(&self, id: CaseId) -> Case {
        let id_text = id.to_string();
        let (status, _revision, body): (i64, i64, Vec<u8>) = self
            .conn
            .prepare_cached("SELECT status, revision, body FROM cases WHERE id = ?1")
            .unwrap()
            .query_row([&id_text], |row| {
                Ok((row.get(0)?, row.get(1)?, row.get(2)?))
            })
            .unwrap();
        let body: CaseBody = serde_json::from_slice(&body).unwrap();
        let mut statement = self
            .conn
            .prepare_cached("SELECT seq, body FROM case_versions WHERE case_id = ?1 ORDER BY seq")
            .unwrap();
        let versions = statement
            .query_map([&id_text], |row| row.get::<_, Vec<u8>>(1))
            .unwrap()
            .map(|body| serde_json::from_slice(&body.unwrap()).unwrap())
            .collect();
        Case {
            id,
            status: status_of(status),
            form: body.form,
            answers: body.answers,
            created_at: body.created_at,
            updated_at: body.updated_at,
            versions,
            cursor: None,
        }
    }

    /// The stored JSON of a case (`cases`) or of its summary (`case_summaries`).
    fn raw_body(&self, table: &str, id: CaseId) -> Vec<u8> {
        let key = if table == "cases" { "id" } else { "case_id" };
        self.conn
            .query_row(
                &format!("SELECT body FROM {table} WHERE {key} = ?1"),
                [id.to_string()],
                |row| row.get(0),
            )
            .unwrap()
    }
}

fn status_of(code: i64) -> CaseStatus {
    if code == 0 {
        CaseStatus::Draft
    } else {
        CaseStatus::Finalized
    }
}

/// The list title, as the store derives it.
fn title_of(answers: &Answers) -> String {
    ["code_name", "title"]
        .iter()
        .find_map(|key| answers.get(*key).and_then(Value::as_str))
        .map(|title| title.chars().take(80).collect())
        .unwrap_or_default()
}

/// The cipher's share of reading a case: each case body sealed the way a row envelope is (length
/// prefix, padding to 256 bytes, associated data naming the row), opened with the AEAD alone.
struct RawCipher {
    cipher: XChaCha20Poly1305,
    sealed: Vec<([u8; 24], Vec<u8>, Vec<u8>)>,
}

impl RawCipher {
    fn for_bodies(plain: &PlainStore, table: &str, ids: &[CaseId]) -> RawCipher {
        let cipher = XChaCha20Poly1305::new(&[7u8; 32].into());
        let sealed = ids
            .iter()
            .enumerate()
            .map(|(index, id)| {
                let body = plain.raw_body(table, *id);
                let mut padded = (body.len() as u32).to_le_bytes().to_vec();
                padded.extend_from_slice(&body);
                padded.resize(padded.len().div_ceil(256) * 256, 0);
                let mut nonce = [0u8; 24];
                nonce[..8].copy_from_slice(&(index as u64).to_le_bytes());
                let mut aad = format!("wave/v1/row\0\x01{table}\0").into_bytes();
                aad.extend_from_slice(id.to_string().as_bytes());
                aad.extend_from_slice(&[0, 0, 0, 0, 0, 0, 0, 0, 1]);
                let msg = cipher
                    .encrypt(
                        &XNonce::from(nonce),
                        Payload {
                            msg: &padded,
                            aad: &aad,
                        },
                    )
                    .unwrap();
                (nonce, msg, aad)
            })
            .collect();
        RawCipher { cipher, sealed }
    }

    fn open(&self, index: usize) -> Vec<u8> {
        let (nonce, msg, aad) = &self.sealed[index];
        self.cipher
            .decrypt(&XNonce::from(*nonce), Payload { msg, aad })
            .unwrap()
    }
}

// ---------------------------------------------------------------------------------------------
// The data set: answers shaped like the police-violence checklist's, about 2 KiB of JSON each,
// text in Russian, Ukrainian, Romanian and English, with choice arrays and repeat groups.

struct Dataset {
    form: FormRef,
    answers: Vec<Answers>,
    total_json: usize,
    min_json: usize,
    max_json: usize,
}

impl Dataset {
    fn generate(count: usize) -> Dataset {
        let mut rng = Rng(0x5eed_0f2a_1100);
        let answers: Vec<Answers> = (0..count).map(|n| answers(&mut rng, n)).collect();
        let sizes: Vec<usize> = answers
            .iter()
            .map(|answers| serde_json::to_vec(answers).unwrap().len())
            .collect();
        Dataset {
            form: FormRef {
                id: "police-violence".into(),
                version: 1,
            },
            answers,
            total_json: sizes.iter().sum(),
            min_json: sizes.iter().copied().min().unwrap_or(0),
            max_json: sizes.iter().copied().max().unwrap_or(0),
        }
    }

    /// Every case, owned, ready to import.
    fn cases(&self) -> Vec<(FormRef, Answers)> {
        self.answers
            .iter()
            .map(|answers| (self.form.clone(), answers.clone()))
            .collect()
    }

    /// The next `count` answers, cycling through the data set from `*next`.
    fn next_batch(&self, next: &mut usize, count: usize) -> Vec<Answers> {
        (0..count)
            .map(|_| {
                let answers = self.answers[*next % self.answers.len()].clone();
                *next += 1;
                answers
            })
            .collect()
    }
}

/// SplitMix64: a fixed, dependency-free stream so every run uses the same data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    fn some<'a>(&mut self, items: &[&'a str], max: usize) -> Vec<&'a str> {
        let mut chosen: Vec<&str> = Vec::new();
        for _ in 0..=self.below(max) {
            let item = self.pick(items);
            if !chosen.contains(&item) {
                chosen.push(item);
            }
        }
        chosen
    }
}

const CODE_NAMES: &[&str] = &[
    "Ромашка",
    "Ластівка",
    "Sunflower",
    "Iris",
    "Берёза",
    "Калина",
    "Viorica",
    "Жаворонок",
    "Topaz",
    "Маргаритка",
    "Ainur",
    "Сирень",
];
const COUNTRIES: &[(&str, &[&str])] = &[
    ("ua", &["Київ", "Одеса", "Харків", "Дніпро", "Львів"]),
    ("md", &["Chișinău", "Bălți", "Tiraspol", "Cahul"]),
    ("kz", &["Алматы", "Астана", "Шымкент", "Караганда"]),
    ("kg", &["Бишкек", "Ош", "Каракол"]),
    ("ge", &["Tbilisi", "Batumi", "Kutaisi"]),
    (
        "ru",
        &["Москва", "Санкт-Петербург", "Екатеринбург", "Казань"],
    ),
];
const VIOLATIONS: &[&str] = &[
    "v_threat",
    "v_beating",
    "v_extort",
    "v_confisc",
    "v_planting",
    "v_sexual",
    "v_forced_test",
    "v_detention",
    "v_insult",
    "v_withdrawal",
];
const INJURIES: &[&str] = &["bruises", "cuts", "fracture", "head", "none", "other"];
const ROLES: &[&str] = &["patrol", "district", "drug_unit", "traffic", "unknown"];
const RELATIONS: &[&str] = &[
    "friend",
    "partner",
    "outreach_worker",
    "passer_by",
    "relative",
];
const SENTENCES: &[&str] = &[
    "Меня остановили возле аптеки и потребовали показать сумку.",
    "Сотрудник угрожал, что подбросит пакет, если я не заплачу.",
    "В отделении меня держали без воды почти шесть часов.",
    "Они забрали телефон и деньги, протокол не составляли.",
    "Мене затримали біля зупинки, коли я йшла від соціального працівника.",
    "Поліцейський вдарив мене кілька разів і погрожував забрати дитину.",
    "Нас змусили пройти тест без лікаря та без понятих.",
    "M-au oprit lângă farmacie și mi-au cerut bani ca să nu mă ducă la secție.",
    "Polițistul a spus că mă va înregistra ca traficantă dacă vorbesc.",
    "They took my methadone prescription and tore it up in front of me.",
    "Two officers in plain clothes followed me from the harm-reduction point.",
    "I was not allowed to call anyone until the next morning.",
    "Свидетельница видела всё из окна, но боится давать показания.",
    "Після цього я два тижні не могла ходити на програму замісної терапії.",
];

fn sentences(rng: &mut Rng, count: usize) -> String {
    (0..count)
        .map(|_| rng.pick(SENTENCES))
        .collect::<Vec<_>>()
        .join(" ")
}

/// One case's answers; the free text is filled until the JSON is about 2 KiB (1.8–2.3 KiB).
fn answers(rng: &mut Rng, n: usize) -> Answers {
    let (country, cities) = COUNTRIES[rng.below(COUNTRIES.len())];
    let perpetrators: Vec<Value> = (0..1 + rng.below(3))
        .map(|_| {
            json!({
                "perp_role": rng.pick(ROLES),
                "perp_count": 1 + rng.below(4),
                "perp_uniform": rng.below(2) == 0,
                "perp_description": sentences(rng, 1),
            })
        })
        .collect();
    let witnesses: Vec<Value> = (0..rng.below(3))
        .map(|_| {
            json!({
                "witness_relation": rng.pick(RELATIONS),
                "witness_contact_ok": rng.below(2) == 0,
            })
        })
        .collect();
    let mut value = json!({
        "consent_store": true,
        "consent_lawyer": rng.below(2) == 0,
        "consent_un": rng.below(3) == 0,
        "code_name": format!("{} {}", rng.pick(CODE_NAMES), n),
        "country": country,
        "city": rng.pick(cities),
        "incident_date": {
            "value": format!("2025-{:02}-{:02}", 1 + rng.below(12), 1 + rng.below(28)),
            "precision": if rng.below(4) == 0 { "estimated" } else { "exact" },
        },
        "incident_time": format!("{:02}:{:02}", rng.below(24), rng.below(60)),
        "location": {
            "lat": 40.0 + rng.below(12_000) as f64 / 1000.0,
            "lon": 28.0 + rng.below(50_000) as f64 / 1000.0,
            "accuracy_m": 5 + rng.below(60),
        },
        "violations": rng.some(VIOLATIONS, 4),
        "injuries": rng.some(INJURIES, 2),
        "medical_help": rng.below(2) == 0,
        "detention_minutes": rng.below(720),
        "perpetrators": perpetrators,
        "witnesses": witnesses,
        "attachments": [],
    });
    let target = 1800 + rng.below(500);
    let mut story = String::new();
    while serde_json::to_vec(&value).unwrap().len() + story.len() + 20 < target {
        if !story.is_empty() {
            story.push(' ');
        }
        story.push_str(rng.pick(SENTENCES));
    }
    value["own_words"] = Value::String(story);
    value.as_object().unwrap().clone()
}
