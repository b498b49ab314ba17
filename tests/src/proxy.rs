//! A fault-injecting HTTP/1.1 proxy for the end-to-end tests: it sits on 127.0.0.1 between a
//! device and `wave-server` and, following a seeded plan, drops connections (before forwarding,
//! or after the server did the work so the client never hears), delays, truncates responses,
//! forwards requests twice, or answers 500, 503 or 429 itself — or passes the exchange through.
//!
//! Every decision comes from the seed and the request's number, so a run with the same seed and
//! the same sequence of requests meets the same faults. The proxy counts what it injected, so a
//! test can assert that faults really happened. It runs on its own thread and stops when dropped.
//!
//! It can also be told to stall from some request on, like a network that hangs: requests are
//! swallowed, or forwarded with the server's answer swallowed, and the connection stays open and
//! silent until the client gives up or the proxy is dropped.

use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use tokio::io::{AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

use crate::http1::{self, Request, Response};
use crate::listener::Listener;

/// How long the proxy waits for a client's next request, or for the server, before giving up on
/// the connection.
const IO_TIMEOUT: Duration = Duration::from_secs(60);

/// What the proxy does to one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// Forward and answer faithfully.
    Pass,
    /// Close the client's connection without forwarding.
    DropBefore,
    /// Forward, then close the client's connection without answering.
    DropAfter,
    /// Wait this long, then forward and answer.
    Delay(Duration),
    /// Forward, then send only part of the answer and close.
    Truncate,
    /// Forward the request twice and answer with the second response.
    Duplicate,
    /// Answer 500 `internal` without forwarding.
    Error500,
    /// Answer 503 `unavailable` without forwarding.
    Error503,
    /// Answer 429 `rate_limited` with `Retry-After: 1` without forwarding.
    RateLimited,
}

/// Rates of each fault, in parts per 10,000 requests; the rest pass through.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FaultPlan {
    pub seed: u64,
    pub drop_before: u32,
    pub drop_after: u32,
    pub delay: u32,
    pub truncate: u32,
    pub duplicate: u32,
    pub error_500: u32,
    pub error_503: u32,
    pub rate_limited: u32,
    /// Range of an injected delay.
    pub delay_range: (Duration, Duration),
    /// Added to every request (to slow a sync down evenly), on top of any fault.
    pub base_latency: Duration,
}

impl FaultPlan {
    /// Forwards everything faithfully.
    pub fn pass_through() -> FaultPlan {
        FaultPlan {
            seed: 0,
            drop_before: 0,
            drop_after: 0,
            delay: 0,
            truncate: 0,
            duplicate: 0,
            error_500: 0,
            error_503: 0,
            rate_limited: 0,
            delay_range: (Duration::from_millis(1), Duration::from_millis(50)),
            base_latency: Duration::ZERO,
        }
    }

    /// Every fault at `each` per 10,000 requests.
    pub fn every_fault(seed: u64, each: u32) -> FaultPlan {
        FaultPlan {
            seed,
            drop_before: each,
            drop_after: each,
            delay: each,
            truncate: each,
            duplicate: each,
            error_500: each,
            error_503: each,
            rate_limited: each,
            ..FaultPlan::pass_through()
        }
    }

    /// The fault for request number `n` (counted from 0 across all connections).
    pub fn decide(&self, n: u64) -> Fault {
        let mut state = self.seed ^ n.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let roll = (splitmix64(&mut state) % 10_000) as u32;
        let table = [
            (self.drop_before, Fault::DropBefore),
            (self.drop_after, Fault::DropAfter),
            (self.delay, Fault::Delay(Duration::ZERO)),
            (self.truncate, Fault::Truncate),
            (self.duplicate, Fault::Duplicate),
            (self.error_500, Fault::Error500),
            (self.error_503, Fault::Error503),
            (self.rate_limited, Fault::RateLimited),
        ];
        let mut bound = 0u32;
        for (rate, fault) in table {
            bound = bound.saturating_add(rate);
            if roll < bound {
                if let Fault::Delay(_) = fault {
                    let (low, high) = self.delay_range;
                    let span = high.saturating_sub(low).as_micros() as u64 + 1;
                    let extra = splitmix64(&mut state) % span;
                    return Fault::Delay(low + Duration::from_micros(extra));
                }
                return fault;
            }
        }
        Fault::Pass
    }
}

/// A small, good-enough mixing generator (SplitMix64): deterministic and dependency-free.
pub fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// How many of each thing the proxy did.
#[derive(Debug, Default)]
pub struct FaultCounts {
    pub requests: AtomicU64,
    pub passed: AtomicU64,
    pub drop_before: AtomicU64,
    pub drop_after: AtomicU64,
    pub delayed: AtomicU64,
    pub truncated: AtomicU64,
    pub duplicated: AtomicU64,
    pub error_500: AtomicU64,
    pub error_503: AtomicU64,
    pub rate_limited: AtomicU64,
    /// Requests the server could not be reached for (connection refused while it restarts, say):
    /// the client's connection is dropped.
    pub upstream_failures: AtomicU64,
}

/// A snapshot of [`FaultCounts`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FaultSnapshot {
    pub requests: u64,
    pub passed: u64,
    pub drop_before: u64,
    pub drop_after: u64,
    pub delayed: u64,
    pub truncated: u64,
    pub duplicated: u64,
    pub error_500: u64,
    pub error_503: u64,
    pub rate_limited: u64,
    pub upstream_failures: u64,
}

impl FaultSnapshot {
    /// Requests that met a fault of any kind.
    pub fn injected(&self) -> u64 {
        self.drop_before
            + self.drop_after
            + self.delayed
            + self.truncated
            + self.duplicated
            + self.error_500
            + self.error_503
            + self.rate_limited
    }
}

impl FaultCounts {
    fn snapshot(&self) -> FaultSnapshot {
        let get = |counter: &AtomicU64| counter.load(Ordering::SeqCst);
        FaultSnapshot {
            requests: get(&self.requests),
            passed: get(&self.passed),
            drop_before: get(&self.drop_before),
            drop_after: get(&self.drop_after),
            delayed: get(&self.delayed),
            truncated: get(&self.truncated),
            duplicated: get(&self.duplicated),
            error_500: get(&self.error_500),
            error_503: get(&self.error_503),
            rate_limited: get(&self.rate_limited),
            upstream_failures: get(&self.upstream_failures),
        }
    }
}

/// How the proxy stalls (see [`Proxy::stall_from`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stall {
    /// Swallow the request: the server never sees it.
    Before,
    /// Forward the request, swallow the answer: the server did the work, the client never hears.
    After,
}

struct Shared {
    upstream: SocketAddr,
    plan: FaultPlan,
    /// From which request on (counted from 0) the proxy stalls, and how.
    stall: std::sync::Mutex<Option<(u64, Stall)>>,
    /// Requests stalled so far.
    stalled: AtomicU64,
    /// Off: everything passes (enrollment, say), though requests are still counted.
    faults_on: AtomicBool,
    counts: FaultCounts,
    /// Requests between their arrival and the end of their answer, now and at most so far.
    at_once: AtomicU64,
    most_at_once: AtomicU64,
}

/// One request counted in [`Shared::at_once`] while it lives.
struct Exchange<'a>(&'a Shared);

impl<'a> Exchange<'a> {
    fn begin(shared: &'a Shared) -> Exchange<'a> {
        let now = shared.at_once.fetch_add(1, Ordering::SeqCst) + 1;
        shared.most_at_once.fetch_max(now, Ordering::SeqCst);
        Exchange(shared)
    }
}

impl Drop for Exchange<'_> {
    fn drop(&mut self) {
        self.0.at_once.fetch_sub(1, Ordering::SeqCst);
    }
}

/// A running proxy; stops (closing every connection) when dropped.
pub struct Proxy {
    /// `http://127.0.0.1:PORT`, to put into an enrollment invite.
    pub url: String,
    shared: Arc<Shared>,
    _listener: Listener,
}

impl Proxy {
    /// Starts a proxy to `upstream` (an `http://IP:PORT` URL) following `plan`.
    pub fn start(upstream: &str, plan: FaultPlan) -> Proxy {
        let upstream: SocketAddr = upstream
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .parse()
            .expect("the upstream is http://IP:PORT");
        let shared = Arc::new(Shared {
            upstream,
            plan,
            stall: std::sync::Mutex::new(None),
            stalled: AtomicU64::new(0),
            faults_on: AtomicBool::new(true),
            counts: FaultCounts::default(),
            at_once: AtomicU64::new(0),
            most_at_once: AtomicU64::new(0),
        });
        let listener = Listener::start(
            "fault-proxy",
            Arc::clone(&shared),
            |stream, shared| async move {
                let _ = serve_connection(stream, shared).await;
            },
        );
        Proxy {
            url: listener.url.clone(),
            shared,
            _listener: listener,
        }
    }

    /// What the proxy did so far.
    pub fn counts(&self) -> FaultSnapshot {
        self.shared.counts.snapshot()
    }

    /// The most requests that were open at once (arrived and not yet answered or dropped).
    pub fn most_at_once(&self) -> u64 {
        self.shared.most_at_once.load(Ordering::SeqCst)
    }

    /// Waits until no request is open (every one answered, dropped or hung up on); false after
    /// `timeout`. Once it is, the server has finished with everything forwarded to it.
    pub fn wait_until_idle(&self, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        while self.shared.at_once.load(Ordering::SeqCst) > 0 {
            if Instant::now() >= deadline {
                return false;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        true
    }

    /// Turns fault injection on or off (it starts on).
    pub fn set_faults(&self, on: bool) {
        self.shared.faults_on.store(on, Ordering::SeqCst);
    }

    /// Stalls every request from number `from` on (counted from 0 across all connections), as
    /// `how` says; `None` stops stalling new requests.
    pub fn stall_from(&self, stall: Option<(u64, Stall)>) {
        *self.shared.stall.lock().unwrap_or_else(|p| p.into_inner()) = stall;
    }

    /// Waits until at least `n` requests were stalled; false after `timeout`.
    pub fn wait_for_stalled(&self, n: u64, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        while self.shared.stalled.load(Ordering::SeqCst) < n {
            if Instant::now() >= deadline {
                return false;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        true
    }

    /// Waits until at least `n` requests arrived; false after `timeout`.
    pub fn wait_for_requests(&self, n: u64, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        while self.shared.counts.requests.load(Ordering::SeqCst) < n {
            if Instant::now() >= deadline {
                return false;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        true
    }
}

async fn with_timeout<T>(
    future: impl std::future::Future<Output = io::Result<T>>,
) -> io::Result<T> {
    tokio::time::timeout(IO_TIMEOUT, future)
        .await
        .unwrap_or_else(|_| Err(io::Error::new(io::ErrorKind::TimedOut, "proxy timeout")))
}

async fn serve_connection(stream: TcpStream, shared: Arc<Shared>) -> io::Result<()> {
    let _ = stream.set_nodelay(true);
    let (read, mut write) = stream.into_split();
    let mut reader = BufReader::new(read);
    loop {
        let Some(request) = with_timeout(http1::read_request(&mut reader, &mut write)).await?
        else {
            return Ok(());
        };
        let _exchange = Exchange::begin(&shared);
        let counts = &shared.counts;
        let n = counts.requests.fetch_add(1, Ordering::SeqCst);
        let stall = *shared.stall.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((_, how)) = stall.filter(|(from, _)| n >= *from) {
            if how == Stall::After {
                let _ = forward(&shared, &request).await;
            }
            shared.stalled.fetch_add(1, Ordering::SeqCst);
            // Silent until the client hangs up or the proxy stops.
            let mut rest = [0u8; 1024];
            while matches!(
                tokio::io::AsyncReadExt::read(&mut reader, &mut rest).await,
                Ok(read) if read > 0
            ) {}
            return Ok(());
        }
        let fault = if shared.faults_on.load(Ordering::SeqCst) {
            shared.plan.decide(n)
        } else {
            Fault::Pass
        };
        if !shared.plan.base_latency.is_zero() {
            tokio::time::sleep(shared.plan.base_latency).await;
        }
        let head = request.method == "HEAD";
        let close = !request.keep_alive();
        let response = match fault {
            Fault::DropBefore => {
                counts.drop_before.fetch_add(1, Ordering::SeqCst);
                return Ok(());
            }
            Fault::Error500 | Fault::Error503 | Fault::RateLimited => {
                let response = match fault {
                    Fault::Error500 => {
                        counts.error_500.fetch_add(1, Ordering::SeqCst);
                        Response::error(500, "internal", "injected by the test proxy")
                    }
                    Fault::Error503 => {
                        counts.error_503.fetch_add(1, Ordering::SeqCst);
                        Response::error(503, "unavailable", "injected by the test proxy")
                    }
                    _ => {
                        counts.rate_limited.fetch_add(1, Ordering::SeqCst);
                        let mut response =
                            Response::error(429, "rate_limited", "injected by the test proxy");
                        response.headers.push(("Retry-After".into(), "1".into()));
                        response
                    }
                };
                write.write_all(&response.to_bytes(head, close)).await?;
                write.flush().await?;
                if close {
                    return Ok(());
                }
                continue;
            }
            Fault::Delay(delay) => {
                counts.delayed.fetch_add(1, Ordering::SeqCst);
                tokio::time::sleep(delay).await;
                forward(&shared, &request).await
            }
            Fault::Duplicate => {
                counts.duplicated.fetch_add(1, Ordering::SeqCst);
                match forward(&shared, &request).await {
                    Ok(_) => forward(&shared, &request).await,
                    Err(error) => Err(error),
                }
            }
            Fault::Pass | Fault::DropAfter | Fault::Truncate => forward(&shared, &request).await,
        };
        let Ok(response) = response else {
            counts.upstream_failures.fetch_add(1, Ordering::SeqCst);
            return Ok(());
        };
        let bytes = response.to_bytes(head, close);
        match fault {
            Fault::DropAfter => {
                counts.drop_after.fetch_add(1, Ordering::SeqCst);
                return Ok(());
            }
            Fault::Truncate => {
                counts.truncated.fetch_add(1, Ordering::SeqCst);
                let mut state = shared.plan.seed ^ n;
                let cut = (splitmix64(&mut state) % bytes.len().max(1) as u64) as usize;
                write.write_all(&bytes[..cut]).await?;
                write.flush().await?;
                return Ok(());
            }
            Fault::Pass => {
                counts.passed.fetch_add(1, Ordering::SeqCst);
            }
            _ => {}
        }
        write.write_all(&bytes).await?;
        write.flush().await?;
        if close {
            return Ok(());
        }
    }
}

/// Sends `request` to the server on a fresh connection and reads the whole answer.
async fn forward(shared: &Shared, request: &Request) -> io::Result<Response> {
    with_timeout(async {
        let stream = TcpStream::connect(shared.upstream).await?;
        let _ = stream.set_nodelay(true);
        let (read, mut write) = stream.into_split();
        write.write_all(&request.to_bytes_for_upstream()).await?;
        write.flush().await?;
        let mut reader = BufReader::new(read);
        http1::read_response(&mut reader, &request.method).await
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_plan_is_deterministic_and_follows_its_rates() {
        let plan = FaultPlan::every_fault(42, 500);
        let first: Vec<Fault> = (0..20_000).map(|n| plan.decide(n)).collect();
        let again: Vec<Fault> = (0..20_000).map(|n| plan.decide(n)).collect();
        assert_eq!(first, again);
        let passed = first.iter().filter(|f| **f == Fault::Pass).count();
        // 8 faults at 5% each: about 60% pass.
        assert!((11_000..13_000).contains(&passed), "{passed}");
        for kind in [Fault::DropBefore, Fault::Truncate, Fault::RateLimited] {
            let count = first.iter().filter(|f| **f == kind).count();
            assert!((800..1_200).contains(&count), "{kind:?}: {count}");
        }
        assert!(
            first
                .iter()
                .any(|f| matches!(f, Fault::Delay(d) if !d.is_zero()))
        );
        let other = FaultPlan::every_fault(43, 500);
        assert_ne!(
            first,
            (0..20_000).map(|n| other.decide(n)).collect::<Vec<_>>()
        );
        assert!((0..1000).all(|n| FaultPlan::pass_through().decide(n) == Fault::Pass));
    }
}
