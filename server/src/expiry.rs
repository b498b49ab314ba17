//! Abandoned uploads. A device that is wiped, revoked or made to seal an attachment again leaves
//! its unfinished upload behind, and nothing would ever complete or remove it: up to 1 GiB each
//! on the NGO's disk, for good. While the server runs, a task removes every upload begun longer
//! ago than the expiry and still incomplete, one at a time. A device that comes back to an
//! upload removed meanwhile finds none, creates it again and starts from the first byte. The
//! expiry is a week unless `--upload-expiry-hours` says otherwise: far longer than a 1 GiB
//! upload takes on a slow link, and long enough for a phone to be offline for some days.

use std::time::Duration;

use crate::app::SharedApp;
use crate::routes::now;
use crate::store::Store;

/// Removes expired uploads now and then, for as long as the server runs: every quarter of the
/// expiry, at most hourly, at least every tenth of a second (tests use short expiries).
pub fn spawn_upload_expiry<S: Store>(app: SharedApp<S>, expiry: Duration) {
    let every = (expiry / 4).clamp(Duration::from_millis(100), Duration::from_secs(3600));
    tokio::spawn(async move {
        let mut ticks = tokio::time::interval(every);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticks.tick().await;
            expire_uploads(&app.store, expiry).await;
        }
    });
}

/// Removes every upload begun more than `expiry` ago and still incomplete; a store error ends
/// this round (logged), and the next round tries again.
pub async fn expire_uploads<S: Store>(store: &S, expiry: Duration) -> u64 {
    let seconds = i64::try_from(expiry.as_secs_f64().ceil() as u64).unwrap_or(i64::MAX);
    let started_before = now().saturating_sub(seconds);
    let (mut removed, mut bytes) = (0u64, 0u64);
    loop {
        match store.expire_one_upload(started_before).await {
            Ok(Some(upload)) => {
                removed += 1;
                bytes = bytes.saturating_add(upload.uploaded);
            }
            Ok(None) => break,
            Err(error) => {
                tracing::warn!(%error, "removing abandoned uploads failed; trying again later");
                break;
            }
        }
    }
    if removed > 0 {
        tracing::info!(removed, bytes, "removed abandoned uploads");
    }
    removed
}
