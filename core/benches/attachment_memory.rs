//! Peak memory of streaming a 1 GiB attachment into the store and back out: the bytes come from a
//! generating reader and go to a counting writer, so only the store's own buffers can show up in
//! the peak resident set (VmHWM in /proc/self/status). Target: under 64 MiB. Figures and
//! commands: docs/benchmarks.md.

use std::fs;
use std::io::{self, Read, Write};
use std::time::Instant;

use wave_core::Vault;
use wave_core::case;
use wave_core::case::{Answers, FormRef};
use wave_core::vault::{KdfParams, Passphrase};

const SIZE: u64 = 1024 * 1024 * 1024;
const TARGET_KIB: u64 = 64 * 1024;

fn main() {
    // `cargo bench` passes `--bench` and any criterion options (numbers are their values); a
    // name filter that is not ours means another benchmark was asked for.
    if std::env::args().skip(1).any(|arg| {
        !arg.starts_with('-') && arg.parse::<f64>().is_err() && !"attachment_memory".contains(&arg)
    }) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut vault = Vault::at(dir.path().join("vault"))
        .create(&Passphrase::new("bench passphrase"), KdfParams::FLOOR)
        .unwrap();
    let store = vault.store();
    let case = case::create_case(
        store,
        FormRef {
            id: "police-violence".into(),
            version: 1,
        },
        Answers::new(),
    )
    .unwrap();
    let after_setup = status_kib("VmHWM");
    println!("peak RSS after creating the vault (Argon2id 19 MiB): {after_setup} KiB");
    reset_peak();
    let before = status_kib("VmHWM");
    println!("peak RSS reset to {before} KiB before streaming");

    let start = Instant::now();
    let meta = case::add_attachment(
        store,
        case,
        &mut Generated::new(SIZE),
        Some("video.mp4"),
        "video/mp4",
    )
    .unwrap();
    let written = start.elapsed();
    assert_eq!(meta.size, SIZE);
    let peak_in = status_kib("VmHWM");

    let start = Instant::now();
    let mut sink = Counting(0);
    case::read_attachment(store, case, meta.id, &mut sink).unwrap();
    let read = start.elapsed();
    assert_eq!(sink.0, SIZE);
    let peak_out = status_kib("VmHWM");

    let mib = SIZE as f64 / (1024.0 * 1024.0);
    println!(
        "add_attachment 1 GiB: {:.2} s ({:.0} MiB/s), peak RSS {peak_in} KiB",
        written.as_secs_f64(),
        mib / written.as_secs_f64()
    );
    println!(
        "read_attachment 1 GiB: {:.2} s ({:.0} MiB/s), peak RSS {peak_out} KiB",
        read.as_secs_f64(),
        mib / read.as_secs_f64()
    );
    let peak = peak_in.max(peak_out);
    println!(
        "peak RSS while streaming: {peak} KiB ({:.1} MiB; growth over the reset point {} KiB); \
         whole process incl. vault creation: {} KiB; target < {} MiB: {}",
        peak as f64 / 1024.0,
        peak.saturating_sub(before),
        peak.max(after_setup),
        TARGET_KIB / 1024,
        if peak.max(after_setup) < TARGET_KIB {
            "MET"
        } else {
            "NOT MET"
        }
    );
}

/// A value from /proc/self/status, in KiB.
fn status_kib(field: &str) -> u64 {
    let status = fs::read_to_string("/proc/self/status").unwrap();
    status
        .lines()
        .find_map(|line| line.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap()
}

/// Resets VmHWM to the current resident set (Linux ≥ 4.0), so the next reading is the peak of
/// what follows only.
fn reset_peak() {
    fs::write("/proc/self/clear_refs", "5").unwrap();
}

/// Yields `remaining` pseudo-random bytes without holding them.
struct Generated {
    remaining: u64,
    state: u64,
}

impl Generated {
    fn new(size: u64) -> Generated {
        Generated {
            remaining: size,
            state: 0x2545_f491_4f6c_dd1d,
        }
    }
}

impl Generated {
    fn next(&mut self) -> u64 {
        self.state ^= self.state << 13;
        self.state ^= self.state >> 7;
        self.state ^= self.state << 17;
        self.state
    }
}

impl Read for Generated {
    fn read(&mut self, buffer: &mut [u8]) -> io::Result<usize> {
        let len = buffer.len().min(self.remaining as usize);
        let mut words = buffer[..len].chunks_exact_mut(8);
        for word in &mut words {
            word.copy_from_slice(&self.next().to_le_bytes());
        }
        let tail = words.into_remainder();
        let last = self.next().to_le_bytes();
        tail.copy_from_slice(&last[..tail.len()]);
        self.remaining -= len as u64;
        Ok(len)
    }
}

/// Counts what it is given and keeps none of it.
struct Counting(u64);

impl Write for Counting {
    fn write(&mut self, buffer: &[u8]) -> io::Result<usize> {
        self.0 += buffer.len() as u64;
        Ok(buffer.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}
