//! Attachment throughput: a 64 MiB file streamed through `case::add_attachment` (encrypt, hash,
//! write, sync) and `case::read_attachment` (read, decrypt, hash, check), against raw
//! XChaCha20-Poly1305 over the same bytes in 64 KiB chunks in memory — the cipher's own limit.
//! Figures and commands: docs/benchmarks.md.

mod common;

use std::hint::black_box;
use std::time::{Duration, Instant};

use chacha20poly1305::aead::{AeadInOut, KeyInit};
use chacha20poly1305::{Tag, XChaCha20Poly1305, XNonce};
use criterion::{SamplingMode, Throughput};
use wave_core::Vault;
use wave_core::case::{Answers, FormRef};
use wave_core::vault::{KdfParams, Passphrase};

use common::{Comparison, Report, Target};
use wave_core::case;

const SIZE: usize = 64 * 1024 * 1024;
const CHUNK: usize = 64 * 1024;

fn main() {
    let mut c = common::criterion();
    let mut report = Report::default();
    let data = content(SIZE);

    let dir = tempfile::tempdir().unwrap();
    let mut vault = Vault::at(dir.path().join("vault"))
        .create(&Passphrase::new("bench passphrase"), KdfParams::FLOOR)
        .unwrap();
    let case = case::create_case(
        vault.store(),
        FormRef {
            id: "police-violence".into(),
            version: 1,
        },
        Answers::new(),
    )
    .unwrap();
    let raw = RawChunks::new();
    let mut clocks = [
        [Clocks::default(), Clocks::default()],
        [Clocks::default(), Clocks::default()],
    ];
    let [encrypt_clocks, decrypt_clocks] = &mut clocks;

    let mut buffer = vec![0u8; CHUNK];
    let [raw_clock, wave_clock] = encrypt_clocks;
    report.compare(
        &mut c,
        Comparison {
            group: "attachments/encrypt_64MiB",
            baseline: "raw XChaCha20-Poly1305, 64 KiB chunks in memory",
            target: Target::ThroughputAtLeast(0.7),
            throughput: Some(Throughput::Bytes(SIZE as u64)),
            sampling: SamplingMode::Flat,
            measurement: Some(Duration::from_millis(100)),
        },
        |iters| {
            raw_clock.measure(|| {
                for _ in 0..iters {
                    black_box(raw.seal_all(&data, &mut buffer));
                }
            })
        },
        |iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let store = vault.store();
                let mut meta = None;
                total += wave_clock.measure(|| {
                    meta = Some(
                        case::add_attachment(
                            store,
                            case,
                            &mut &data[..],
                            Some("video.mp4"),
                            "video/mp4",
                        )
                        .unwrap(),
                    );
                });
                case::delete_attachment(store, case, meta.unwrap().id).unwrap();
            }
            total
        },
    );

    let meta = case::add_attachment(
        vault.store(),
        case,
        &mut &data[..],
        Some("video.mp4"),
        "video/mp4",
    )
    .unwrap();
    let sealed = raw.sealed(&data);
    let [raw_clock, wave_clock] = decrypt_clocks;
    report.compare(
        &mut c,
        Comparison {
            group: "attachments/decrypt_64MiB",
            baseline: "raw XChaCha20-Poly1305, 64 KiB chunks in memory",
            target: Target::ThroughputAtLeast(0.7),
            throughput: Some(Throughput::Bytes(SIZE as u64)),
            sampling: SamplingMode::Flat,
            measurement: Some(Duration::from_millis(100)),
        },
        |iters| {
            raw_clock.measure(|| {
                for _ in 0..iters {
                    black_box(raw.open_all(&sealed, &mut buffer));
                }
            })
        },
        |iters| {
            let store = vault.store_ref();
            wave_clock.measure(|| {
                for _ in 0..iters {
                    black_box(
                        case::read_attachment(store, case, meta.id, &mut std::io::sink()).unwrap(),
                    );
                }
            })
        },
    );

    c.final_summary();
    report.print();
    println!();
    println!("== the calling thread's share of the work (Wave shares it with helper threads)");
    for (name, [raw, wave]) in ["encrypt_64MiB", "decrypt_64MiB"].iter().zip(&clocks) {
        if raw.cpu.is_empty() || wave.cpu.is_empty() {
            continue;
        }
        let (raw_cpu, wave_cpu) = (
            common::median(raw.cpu.clone()),
            common::median(wave.cpu.clone()),
        );
        println!(
            "attachments/{name:<19} calling-thread CPU: baseline {}  wave {}  share {:.1} %; \
             waiting for a CPU: baseline {}  wave {}",
            common::format_seconds(raw_cpu),
            common::format_seconds(wave_cpu),
            raw_cpu / wave_cpu * 100.0,
            common::format_seconds(common::median(raw.waited.clone())),
            common::format_seconds(common::median(wave.waited.clone())),
        );
    }
}

/// What the calling thread spent of an operation: time on a CPU and time runnable but waiting for
/// one (busy machine), from /proc/thread-self/schedstat, per call.
#[derive(Default)]
struct Clocks {
    cpu: Vec<f64>,
    waited: Vec<f64>,
}

impl Clocks {
    fn measure(&mut self, operation: impl FnOnce()) -> Duration {
        let (cpu, waited) = thread_clock();
        let start = Instant::now();
        operation();
        let elapsed = start.elapsed();
        let (cpu_after, waited_after) = thread_clock();
        self.cpu.push(cpu_after - cpu);
        self.waited.push(waited_after - waited);
        elapsed
    }
}

/// Seconds on a CPU and seconds waiting for one, of the calling thread so far.
fn thread_clock() -> (f64, f64) {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").unwrap_or_default();
    let mut fields = text
        .split_whitespace()
        .map(|field| field.parse::<f64>().unwrap_or(0.0) / 1e9);
    (fields.next().unwrap_or(0.0), fields.next().unwrap_or(0.0))
}

/// Incompressible-looking bytes, the same every run.
fn content(size: usize) -> Vec<u8> {
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut data = Vec::with_capacity(size);
    while data.len() < size {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        data.extend_from_slice(&state.to_le_bytes());
    }
    data.truncate(size);
    data
}

/// The AEAD alone: each 64 KiB chunk copied into a buffer and sealed or opened in place under
/// its own nonce — no file, no hash, no STREAM bookkeeping.
struct RawChunks {
    cipher: XChaCha20Poly1305,
}

impl RawChunks {
    fn new() -> RawChunks {
        RawChunks {
            cipher: XChaCha20Poly1305::new(&[9u8; 32].into()),
        }
    }

    fn nonce(index: usize) -> XNonce {
        let mut nonce = [0u8; 24];
        nonce[..8].copy_from_slice(&(index as u64).to_be_bytes());
        nonce.into()
    }

    /// Seals every chunk; returns the tags, XOR-folded, so nothing is optimised away.
    fn seal_all(&self, data: &[u8], buffer: &mut Vec<u8>) -> u8 {
        let mut fold = 0;
        for (index, chunk) in data.chunks(CHUNK).enumerate() {
            buffer.clear();
            buffer.extend_from_slice(chunk);
            let tag = self
                .cipher
                .encrypt_inout_detached(&RawChunks::nonce(index), b"", buffer.as_mut_slice().into())
                .unwrap();
            fold ^= tag[0] ^ buffer[0];
        }
        fold
    }

    fn sealed(&self, data: &[u8]) -> Vec<(Vec<u8>, Tag)> {
        data.chunks(CHUNK)
            .enumerate()
            .map(|(index, chunk)| {
                let mut buffer = chunk.to_vec();
                let tag = self
                    .cipher
                    .encrypt_inout_detached(
                        &RawChunks::nonce(index),
                        b"",
                        buffer.as_mut_slice().into(),
                    )
                    .unwrap();
                (buffer, tag)
            })
            .collect()
    }

    fn open_all(&self, sealed: &[(Vec<u8>, Tag)], buffer: &mut Vec<u8>) -> u8 {
        let mut fold = 0;
        for (index, (chunk, tag)) in sealed.iter().enumerate() {
            buffer.clear();
            buffer.extend_from_slice(chunk);
            self.cipher
                .decrypt_inout_detached(
                    &RawChunks::nonce(index),
                    b"",
                    buffer.as_mut_slice().into(),
                    tag,
                )
                .unwrap();
            fold ^= buffer[0];
        }
        fold
    }
}
