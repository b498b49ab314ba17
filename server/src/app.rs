//! The application's shared state and configuration, which every handler receives; the router
//! that maps the protocol's paths to handlers is in `routes`.

use crate::ratelimit::RateLimiter;
use crate::store::Store;
use std::sync::Arc;
use wave_protocol::limits::MAX_PULL_PAGE_ENVELOPE_BYTES;

/// Settings of a running server that are not storage.
#[derive(Debug, Clone)]
pub struct Config {
    /// Sustained requests per second allowed per device.
    pub rate_per_second: f64,
    /// Requests a device may make at once before the rate applies.
    pub rate_burst: u32,
    /// Envelope bytes after which a staff pull page ends ([`MAX_PULL_PAGE_ENVELOPE_BYTES`]
    /// unless a test needs a small page).
    pub pull_page_envelope_bytes: u64,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            rate_per_second: 50.0,
            rate_burst: 100,
            pull_page_envelope_bytes: MAX_PULL_PAGE_ENVELOPE_BYTES,
        }
    }
}

/// State shared by all requests.
pub struct App<S> {
    /// Where everything is stored.
    pub store: S,
    /// Per-device request budget.
    pub limiter: RateLimiter,
    /// Envelope bytes after which a staff pull page ends (at least 1).
    pub pull_page_envelope_bytes: u64,
}

/// How handlers receive the state.
pub type SharedApp<S> = Arc<App<S>>;

impl<S: Store> App<S> {
    /// State over `store` with `config`.
    pub fn new(store: S, config: &Config) -> SharedApp<S> {
        Arc::new(Self {
            store,
            limiter: RateLimiter::new(config.rate_per_second, config.rate_burst),
            pull_page_envelope_bytes: config.pull_page_envelope_bytes.max(1),
        })
    }
}
