//! What the server spends per submission before it stores it: parsing a batch's JSON, decoding
//! the base64 envelope and signature, hashing the envelope and the strict Ed25519 check against
//! a device key parsed once. Prints microseconds per item for each part, on one thread.
//!
//! ```sh
//! cargo bench -p wave-protocol --bench verify
//! ```

use std::time::Instant;

use ed25519_dalek::SigningKey;
use sha2::{Digest, Sha256};
use uuid::Uuid;
use wave_protocol::encoding::encode_base64;
use wave_protocol::{DeviceKey, SubmissionItem, SubmitRequest, sign_submission};

/// Items per batch, about what a 1 MiB request holds with 2.3 KiB envelopes.
const ITEMS: usize = 400;
/// Bytes of one sealed envelope of a case with about 2 KiB of answers.
const ENVELOPE_BYTES: usize = 2_350;
const ROUNDS: usize = 5;

fn main() {
    let key = SigningKey::from_bytes(&[9u8; 32]);
    let device = DeviceKey::parse(&key.verifying_key().to_bytes()).expect("a valid key");
    let envelopes: Vec<Vec<u8>> = (0..ITEMS)
        .map(|i| {
            (0..ENVELOPE_BYTES)
                .map(|j| (i * 31 + j * 7) as u8)
                .collect()
        })
        .collect();
    let items: Vec<SubmissionItem> = envelopes
        .iter()
        .enumerate()
        .map(|(i, envelope)| {
            let id = Uuid::from_u128(i as u128 + 1);
            SubmissionItem {
                id,
                envelope: encode_base64(envelope),
                signature: encode_base64(&sign_submission(&key, &id, envelope)),
                blobs: Vec::new(),
            }
        })
        .collect();
    let body = serde_json::to_vec(&SubmitRequest { items }).expect("serializable");

    let per_item = |f: &mut dyn FnMut()| {
        let mut best = f64::MAX;
        for _ in 0..ROUNDS {
            let started = Instant::now();
            f();
            best = best.min(started.elapsed().as_secs_f64() * 1e6 / ITEMS as f64);
        }
        best
    };

    let mut parsed = Vec::new();
    let json = per_item(&mut || {
        let request: SubmitRequest = serde_json::from_slice(&body).expect("valid JSON");
        parsed = request.items;
    });
    let mut decoded = Vec::new();
    let base64 = per_item(&mut || {
        decoded = parsed
            .iter()
            .map(|item| {
                (
                    item.envelope_bytes().expect("base64"),
                    item.signature_bytes().expect("base64"),
                )
            })
            .collect();
    });
    let hash = per_item(&mut || {
        for (envelope, _) in &decoded {
            std::hint::black_box(Sha256::digest(envelope));
        }
    });
    let verify = per_item(&mut || {
        for (item, (envelope, signature)) in parsed.iter().zip(&decoded) {
            device
                .verify_submission(&item.id, envelope, signature)
                .expect("a valid signature");
        }
    });
    println!(
        "per submission of {ENVELOPE_BYTES} bytes, one thread, best of {ROUNDS} batches of {ITEMS}:"
    );
    println!("  JSON parse      {json:6.2} µs");
    println!("  base64 decode   {base64:6.2} µs");
    println!("  SHA-256         {hash:6.2} µs");
    println!("  verify (strict, hash included) {verify:6.2} µs");
}
