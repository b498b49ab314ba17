//! Shared by the criterion benchmarks: short-run criterion settings, paired measurement of Wave
//! against its baseline, and the ratio table each bench binary prints when it ends.
//!
//! The machine these run on is shared and noisy, so no figure is an absolute time: every
//! comparison runs the baseline and Wave alternately, call after call, and reports the median of
//! the per-call ratios. A burst of outside load then skews one pair, not one side.

use std::fs;
use std::time::Duration;

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, SamplingMode, Throughput};

/// Criterion settings for runs of minutes: ten samples, one second of warm-up. Command-line
/// options (`--warm-up-time`, `--measurement-time`, `--sample-size`) still override these.
pub fn criterion() -> Criterion {
    Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args()
}

/// What a comparison must show to meet its target.
#[derive(Clone, Copy)]
#[allow(dead_code)] // no bench binary uses every kind
pub enum Target {
    /// Wave's time is at most this multiple of the baseline's.
    SlowdownAtMost(f64),
    /// Wave's throughput is at least this share of the baseline's.
    ThroughputAtLeast(f64),
    /// No target: the slowdown is reported for what it shows.
    Informational,
}

/// One comparison: a criterion group with a `baseline` and a `wave` function.
pub struct Comparison<'a> {
    pub group: &'a str,
    /// What the baseline is, in a few words, for the report.
    pub baseline: &'a str,
    pub target: Target,
    pub throughput: Option<Throughput>,
    /// `Flat` for operations that take long per call: every sample then does the same number.
    pub sampling: SamplingMode,
    /// Overrides the measurement time; with `Flat` sampling and a short time, every sample is a
    /// single iteration.
    pub measurement: Option<Duration>,
}

struct Row {
    group: String,
    baseline: String,
    target: Target,
    /// Per iteration: (baseline, wave) seconds.
    pairs: Vec<(f64, f64)>,
}

/// Collects every comparison of one bench binary and prints them at the end.
#[derive(Default)]
pub struct Report {
    rows: Vec<Row>,
}

impl Report {
    /// Benchmarks `baseline` against `wave`. Each closure is handed an iteration count, does that
    /// many operations (any setup it needs outside its own timing) and returns the time they took.
    /// Both criterion functions run both closures, one iteration at a time in alternating order,
    /// and record each pair; criterion itself sees only its own side.
    pub fn compare(
        &mut self,
        c: &mut Criterion,
        spec: Comparison<'_>,
        mut baseline: impl FnMut(u64) -> Duration,
        mut wave: impl FnMut(u64) -> Duration,
    ) {
        self.compare_paired(c, spec, |wave_first| {
            if wave_first {
                let ours = wave(1);
                (baseline(1), ours)
            } else {
                let base = baseline(1);
                (base, wave(1))
            }
        });
    }

    /// Like [`Report::compare`], for operations that interleave both sides within one iteration:
    /// `pair` does one iteration of each, starting with Wave when told to, and returns the
    /// (baseline, Wave) times.
    pub fn compare_paired(
        &mut self,
        c: &mut Criterion,
        spec: Comparison<'_>,
        mut pair: impl FnMut(bool) -> (Duration, Duration),
    ) {
        let mut pairs = Vec::new();
        let mut wave_first = false;
        let mut run = |iters: u64, pairs: &mut Vec<(f64, f64)>| {
            let (mut base_total, mut ours_total) = (Duration::ZERO, Duration::ZERO);
            for _ in 0..iters {
                wave_first = !wave_first;
                let (base, ours) = pair(wave_first);
                pairs.push((base.as_secs_f64(), ours.as_secs_f64()));
                base_total += base;
                ours_total += ours;
            }
            (base_total, ours_total)
        };
        let mut group: BenchmarkGroup<'_, WallTime> = c.benchmark_group(spec.group);
        group.sampling_mode(spec.sampling);
        if let Some(time) = spec.measurement {
            group.measurement_time(time);
        }
        if let Some(throughput) = spec.throughput {
            group.throughput(throughput);
        }
        group.bench_function("baseline", |b| {
            b.iter_custom(|iters| run(iters, &mut pairs).0)
        });
        group.bench_function("wave", |b| b.iter_custom(|iters| run(iters, &mut pairs).1));
        group.finish();
        if !pairs.is_empty() {
            self.rows.push(Row {
                group: spec.group.to_owned(),
                baseline: spec.baseline.to_owned(),
                target: spec.target,
                pairs,
            });
        }
    }

    /// Prints one line per comparison: medians of each side, the median paired ratio with its
    /// interquartile range, the target and whether it was met.
    pub fn print(&self) {
        println!();
        println!(
            "== ratios (median of paired calls; load {})",
            load_average()
        );
        for row in &self.rows {
            let base = median(row.pairs.iter().map(|pair| pair.0).collect());
            let ours = median(row.pairs.iter().map(|pair| pair.1).collect());
            let (shown, ratios, target, met) = match row.target {
                Target::SlowdownAtMost(limit) => {
                    let ratios = row.pairs.iter().map(|(b, w)| w / b).collect();
                    let (low, mid, high) = quartiles(ratios);
                    let shown = format!("slowdown {mid:.3}×");
                    (shown, (low, high), format!("≤ {limit:.2}×"), mid <= limit)
                }
                Target::Informational => {
                    let ratios = row.pairs.iter().map(|(b, w)| w / b).collect();
                    let (low, mid, high) = quartiles(ratios);
                    let shown = format!("slowdown {mid:.3}×");
                    (shown, (low, high), "none".to_owned(), true)
                }
                Target::ThroughputAtLeast(share) => {
                    let ratios = row.pairs.iter().map(|(b, w)| b / w).collect();
                    let (low, mid, high) = quartiles(ratios);
                    let shown = format!("throughput share {:.1} %", mid * 100.0);
                    let target = format!("≥ {:.0} %", share * 100.0);
                    (shown, (low, high), target, mid >= share)
                }
            };
            println!(
                "{:<32} baseline ({}) {}  wave {}  {shown} (IQR {:.3}–{:.3}, {} pairs)  target {target}  {}",
                row.group,
                row.baseline,
                format_seconds(base),
                format_seconds(ours),
                ratios.0,
                ratios.1,
                row.pairs.len(),
                match (row.target, met) {
                    (Target::Informational, _) => "-",
                    (_, true) => "MET",
                    (_, false) => "NOT MET",
                },
            );
        }
    }
}

pub fn median(mut values: Vec<f64>) -> f64 {
    quartiles_sorted(&mut values).1
}

fn quartiles(mut values: Vec<f64>) -> (f64, f64, f64) {
    quartiles_sorted(&mut values)
}

fn quartiles_sorted(values: &mut [f64]) -> (f64, f64, f64) {
    values.sort_by(f64::total_cmp);
    let at = |q: f64| {
        let position = q * (values.len() - 1) as f64;
        let (low, high) = (position.floor() as usize, position.ceil() as usize);
        values[low] + (values[high] - values[low]) * (position - low as f64)
    };
    (at(0.25), at(0.5), at(0.75))
}

pub fn format_seconds(seconds: f64) -> String {
    if seconds >= 1.0 {
        format!("{seconds:.3} s")
    } else if seconds >= 1e-3 {
        format!("{:.3} ms", seconds * 1e3)
    } else {
        format!("{:.3} µs", seconds * 1e6)
    }
}

/// The 1-, 5- and 15-minute load averages, to judge how busy the machine was.
pub fn load_average() -> String {
    fs::read_to_string("/proc/loadavg")
        .map(|text| {
            text.split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_else(|_| "unknown".into())
}
