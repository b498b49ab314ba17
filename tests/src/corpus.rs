//! Cases for the end-to-end tests and the sync benchmark, generated from their number so that
//! what staff receive can be checked against what was recorded without keeping it all in
//! memory: answers, attachments of chosen sizes, and the SHA-256 of every original byte. Also
//! the staff side of a check: pull everything, verify every signature, open every payload,
//! download and decrypt every attachment, and count each case version.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use serde_json::json;
use sha2::{Digest, Sha256};
use wave_core::case::{Answers, CaseId, FormRef};
use wave_core::record::finalize_and_seal;
use wave_core::store::Store;
use wave_core::sync::{StaffIdentity, Transport};
use wave_protocol::{PullResponse, PulledSubmission, Sha256Hex, http};

use crate::proxy::splitmix64;
use wave_core::case;

/// Which attachments the cases get.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mix {
    /// Every `small_every`-th case gets a small attachment (1–50 KiB); 0 for none.
    pub small_every: u32,
    /// Every `pair_every`-th case gets two more small ones; 0 for none.
    pub pair_every: u32,
    /// Every `large_every`-th case gets one of about 1 MiB; 0 for none.
    pub large_every: u32,
    /// Characters of free text in each case's answers.
    pub narrative_chars: usize,
}

impl Mix {
    /// Answers only.
    pub fn answers_only(narrative_chars: usize) -> Mix {
        Mix {
            small_every: 0,
            pair_every: 0,
            large_every: 0,
            narrative_chars,
        }
    }
}

/// What one case should look like when staff open it.
#[derive(Debug, Clone, PartialEq)]
pub struct ExpectedCase {
    pub n: u32,
    pub answers: Answers,
    /// (size, SHA-256 hex) of each attachment's original bytes, sorted.
    pub attachments: Vec<(u64, String)>,
}

/// Every case recorded, by case id.
pub type Expected = BTreeMap<String, ExpectedCase>;

fn seed_for(n: u32, k: u32) -> u64 {
    (u64::from(n) << 32 | u64::from(k)) ^ 0x5741_5645_5445_5354
}

/// The answers of case `n`.
pub fn answers(n: u32, narrative_chars: usize) -> Answers {
    let words = [
        "двор", "night", "stop", "ulitsa", "шум", "kerb", "van", "paper",
    ];
    let mut state = seed_for(n, u32::MAX);
    let mut narrative = String::with_capacity(narrative_chars + 16);
    while narrative.chars().count() < narrative_chars {
        narrative.push_str(words[(splitmix64(&mut state) % words.len() as u64) as usize]);
        narrative.push(' ');
    }
    json!({
        "code_name": format!("case-{n}"),
        "n": n,
        "incident_date": format!("2024-{:02}-{:02}", 1 + n % 12, 1 + n % 28),
        "own_words": narrative,
        "consent_share": n.is_multiple_of(2),
    })
    .as_object()
    .cloned()
    .expect("an object")
}

/// The sizes of case `n`'s attachments.
pub fn attachment_sizes(n: u32, mix: &Mix) -> Vec<u64> {
    let mut sizes = Vec::new();
    let mut state = seed_for(n, 1000);
    let mut small = || 1024 + splitmix64(&mut state) % (49 * 1024);
    if mix.small_every > 0 && n.is_multiple_of(mix.small_every) {
        sizes.push(small());
    }
    if mix.pair_every > 0 && n % mix.pair_every == 1 {
        sizes.push(small());
        sizes.push(small());
    }
    if mix.large_every > 0 && n % mix.large_every == mix.large_every / 2 {
        sizes.push(1024 * 1024 + splitmix64(&mut state) % 4096);
    }
    sizes
}

/// Attachment `k` of case `n`: `size` bytes from a generator seeded by both.
pub fn attachment_bytes(n: u32, k: u32, size: u64) -> Vec<u8> {
    let mut state = seed_for(n, k);
    let mut bytes = Vec::with_capacity(size as usize + 8);
    while (bytes.len() as u64) < size {
        bytes.extend_from_slice(&splitmix64(&mut state).to_le_bytes());
    }
    bytes.truncate(size as usize);
    bytes
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256Hex::digest(bytes).to_string()
}

/// Records cases `range` in `store` — answers, attachments — and finalizes each.
pub fn record_cases(store: &mut Store, range: std::ops::Range<u32>, mix: &Mix) -> Expected {
    let form = FormRef {
        id: "police-violence".into(),
        version: 1,
    };
    let mut expected = Expected::new();
    for n in range {
        let answers = answers(n, mix.narrative_chars);
        let id: CaseId =
            case::create_case(store, form.clone(), answers.clone()).expect("create case");
        let mut attachments = Vec::new();
        for (k, size) in attachment_sizes(n, mix).into_iter().enumerate() {
            let bytes = attachment_bytes(n, k as u32, size);
            case::add_attachment(
                store,
                id,
                &mut bytes.as_slice(),
                Some(&format!("evidence-{n}-{k}.bin")),
                "application/octet-stream",
            )
            .expect("add attachment");
            attachments.push((size, sha256_hex(&bytes)));
        }
        attachments.sort();
        finalize_and_seal(store, id).expect("finalize");
        expected.insert(
            id.to_string(),
            ExpectedCase {
                n,
                answers,
                attachments,
            },
        );
    }
    expected
}

/// Every submission stored on the server at `server_url`, in server order.
pub fn pull_all(server_url: &str, staff_token: &str) -> Vec<PulledSubmission> {
    let runtime = crate::runtime();
    let transport = Transport::new(server_url, None, Duration::from_secs(30))
        .expect("transport")
        .with_token(staff_token);
    let mut items = Vec::new();
    let mut after: Option<String> = None;
    for _ in 0..100_000 {
        let path = match &after {
            Some(cursor) => format!("{}?after={cursor}&limit=1000", http::PATH_STAFF_SUBMISSIONS),
            None => format!("{}?limit=1000", http::PATH_STAFF_SUBMISSIONS),
        };
        let page: PullResponse = runtime
            .block_on(transport.get_json(&path))
            .expect("staff pull");
        items.extend(page.items);
        if !page.has_more {
            return items;
        }
        after = page.next_cursor;
    }
    panic!("the pull did not end");
}

/// Downloads one complete blob as staff.
pub fn download_blob(server_url: &str, staff_token: &str, sha256: &Sha256Hex) -> Vec<u8> {
    let runtime = crate::runtime();
    runtime.block_on(async {
        let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
        let tls = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .expect("TLS versions")
            .with_root_certificates(rustls::RootCertStore::empty())
            .with_no_client_auth();
        let client = reqwest::Client::builder()
            .use_preconfigured_tls(tls)
            .timeout(Duration::from_secs(60))
            .build()
            .expect("client");
        let response = client
            .get(format!("{server_url}{}", http::staff_blob_path(sha256)))
            .header(http::AUTHORIZATION, http::bearer(staff_token))
            .send()
            .await
            .expect("download blob");
        assert_eq!(response.status().as_u16(), 200, "blob {sha256}");
        response.bytes().await.expect("blob body").to_vec()
    })
}

/// What a delivery check looked at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Delivered {
    pub submissions: usize,
    pub attachments: usize,
    pub attachment_bytes: u64,
}

/// Pulls everything from the server as staff and checks it against `expected`: every case
/// version exactly once (by case id and version), every signature valid, every payload opened
/// by `identity` and equal to what was recorded, every attachment downloaded, intact as sealed,
/// and byte-identical (by SHA-256) to the original once decrypted. Panics on any difference.
pub fn check_delivery(
    server_url: &str,
    staff_token: &str,
    identity: &StaffIdentity,
    expected: &Expected,
) -> Delivered {
    let pulled = pull_all(server_url, staff_token);
    let mut seen_ids = BTreeSet::new();
    let mut versions: BTreeMap<(String, u32), usize> = BTreeMap::new();
    let mut attachments = 0;
    let mut attachment_bytes = 0u64;
    for item in &pulled {
        assert!(seen_ids.insert(item.id), "submission {} twice", item.id);
        item.verify()
            .unwrap_or_else(|e| panic!("signature of {}: {e}", item.id));
        let envelope = item.envelope_bytes().expect("envelope");
        let payload = identity
            .open_payload(&envelope, &item.id.to_string())
            .unwrap_or_else(|e| panic!("open {}: {e}", item.id));
        *versions
            .entry((payload.case_id.clone(), payload.version))
            .or_default() += 1;
        let case = expected
            .get(&payload.case_id)
            .unwrap_or_else(|| panic!("case {} was never recorded", payload.case_id));
        assert_eq!(payload.version, 1, "case {}", case.n);
        assert!(
            payload.answers == case.answers,
            "answers of case {}",
            case.n
        );
        let sealed: BTreeSet<String> = payload
            .attachments
            .iter()
            .map(|a| a.sealed_sha256.clone())
            .collect();
        let referenced: BTreeSet<String> = item.blobs.iter().map(ToString::to_string).collect();
        assert_eq!(sealed, referenced, "blob references of case {}", case.n);
        let mut got = Vec::new();
        for attachment in &payload.attachments {
            let digest = Sha256Hex::parse(&attachment.sealed_sha256).expect("sealed digest");
            let sealed_bytes = download_blob(server_url, staff_token, &digest);
            assert_eq!(
                Sha256Hex::digest(&sealed_bytes),
                digest,
                "sealed blob of case {} changed on the way",
                case.n
            );
            let mut hasher = HashingSink::default();
            let size = identity
                .decrypt(&mut sealed_bytes.as_slice(), &mut hasher)
                .unwrap_or_else(|e| panic!("decrypt attachment of case {}: {e}", case.n));
            let plain = Sha256Hex::from_bytes(hasher.0.finalize().into()).to_string();
            assert_eq!(plain, attachment.sha256, "attachment of case {}", case.n);
            assert_eq!(size, attachment.size, "attachment size of case {}", case.n);
            got.push((size, plain));
            attachments += 1;
            attachment_bytes += size;
        }
        got.sort();
        assert_eq!(got, case.attachments, "attachments of case {}", case.n);
    }
    for (key, count) in &versions {
        assert_eq!(
            *count, 1,
            "case {} version {} arrived {count} times",
            key.0, key.1
        );
    }
    let arrived: BTreeSet<&String> = versions.keys().map(|(case, _)| case).collect();
    let missing: Vec<u32> = expected
        .iter()
        .filter(|(id, _)| !arrived.contains(id))
        .map(|(_, case)| case.n)
        .collect();
    assert!(missing.is_empty(), "never arrived: cases {missing:?}");
    assert_eq!(pulled.len(), expected.len());
    Delivered {
        submissions: pulled.len(),
        attachments,
        attachment_bytes,
    }
}

/// Hashes what is written to it.
#[derive(Default)]
struct HashingSink(Sha256);

impl std::io::Write for HashingSink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.update(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
