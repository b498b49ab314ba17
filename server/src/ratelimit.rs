//! Per-device token buckets. The only in-process state of the server: with several processes
//! each enforces its own budget, which only loosens the limit, never breaks correctness.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};
use uuid::Uuid;

/// Past this many tracked devices, buckets that have refilled completely are forgotten, so the
/// map stays bounded by the number of recently active devices.
const PRUNE_THRESHOLD: usize = 10_000;

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    last: Instant,
}

/// A token bucket per key: `rate` tokens a second, holding at most `burst`.
#[derive(Debug)]
pub struct RateLimiter {
    rate: f64,
    burst: f64,
    buckets: Mutex<HashMap<Uuid, Bucket>>,
}

impl RateLimiter {
    /// `rate` requests a second on average, `burst` at once. Both must be positive.
    pub fn new(rate: f64, burst: u32) -> Self {
        Self {
            rate: rate.max(f64::MIN_POSITIVE),
            burst: f64::from(burst.max(1)),
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Takes one token for `key`; when there is none, how long until there is.
    pub fn check(&self, key: Uuid, now: Instant) -> Result<(), Duration> {
        // The map holds no invariant a panic could break halfway, so a poisoned lock is fine.
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        if buckets.len() > PRUNE_THRESHOLD {
            let (rate, burst) = (self.rate, self.burst);
            buckets.retain(|_, b| {
                b.tokens + now.saturating_duration_since(b.last).as_secs_f64() * rate < burst
            });
        }
        let bucket = buckets.entry(key).or_insert(Bucket {
            tokens: self.burst,
            last: now,
        });
        let elapsed = now.saturating_duration_since(bucket.last).as_secs_f64();
        bucket.tokens = (bucket.tokens + elapsed * self.rate).min(self.burst);
        bucket.last = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(())
        } else {
            Err(Duration::from_secs_f64((1.0 - bucket.tokens) / self.rate))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn burst_then_refill() {
        let limiter = RateLimiter::new(2.0, 3);
        let key = Uuid::from_u128(1);
        let t0 = Instant::now();
        for _ in 0..3 {
            assert!(limiter.check(key, t0).is_ok());
        }
        let wait = limiter.check(key, t0).unwrap_err();
        assert!(wait <= Duration::from_millis(500) && wait > Duration::ZERO);
        // Another device has its own bucket.
        assert!(limiter.check(Uuid::from_u128(2), t0).is_ok());
        assert!(limiter.check(key, t0 + Duration::from_millis(500)).is_ok());
        assert!(limiter.check(key, t0 + Duration::from_millis(500)).is_err());
    }
}
