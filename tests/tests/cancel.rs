//! Locking or wiping a vault while its sync hangs on the network: the sync is stopped at once
//! (its requests dropped, not awaited), nothing the server acknowledged is lost, nothing it stored
//! unacknowledged is recorded as sent, and the next sync delivers every case exactly once. The
//! vault is shared the way the bindings share it: behind a mutex that the sync takes for one
//! local step at a time.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::sync::Notify;
use wave_core::store::Store;
use wave_core::sync;
use wave_core::sync::{
    NoObserver, StaffIdentity, StoreAccess, SyncOptions, SyncReport, enroll, sync_now, sync_with,
};
use wave_core::vault::Passphrase;
use wave_core::{UnlockedVault, Vault};
use wave_tests::corpus::{Mix, check_delivery, pull_all, record_cases};
use wave_tests::proxy::{FaultPlan, Proxy, Stall};
use wave_tests::{Backend, Server, enrollment_for, memory_tempdir, new_vault, runtime};

const CASES: u32 = 40;

/// The vault as an app holds it, and the signal a lock sends to work in flight.
#[derive(Default)]
struct App {
    vault: Mutex<Option<UnlockedVault>>,
    stopped: AtomicBool,
    stop: Notify,
}

impl App {
    /// What the app's lock button does; returns how long it took.
    fn lock(&self) -> Duration {
        let started = Instant::now();
        self.stopped.store(true, Ordering::SeqCst);
        self.stop.notify_waiters();
        if let Some(vault) = self.vault.lock().unwrap().take() {
            vault.lock();
        }
        started.elapsed()
    }
}

impl StoreAccess for App {
    fn with_store<T>(
        &self,
        step: impl FnOnce(&mut Store) -> wave_core::Result<T>,
    ) -> wave_core::Result<T> {
        let mut vault = self.vault.lock().unwrap();
        if self.stopped.load(Ordering::SeqCst) {
            return Err(wave_core::Error::Locked);
        }
        step(vault.as_mut().ok_or(wave_core::Error::Locked)?.store())
    }
}

/// Small batches, so a sync takes many requests, and patience enough to hang for good.
fn options() -> SyncOptions {
    SyncOptions {
        max_batch_bytes: 8 * 1024,
        max_attempts: 1,
        timeout: Duration::from_secs(600),
        ..SyncOptions::default()
    }
}

/// Runs a sync on its own thread until the app stops it; returns the sync's result.
fn sync_until_stopped(
    app: Arc<App>,
) -> std::thread::JoinHandle<Option<wave_core::Result<SyncReport>>> {
    std::thread::spawn(move || {
        let options = options();
        runtime().block_on(async {
            let stopped = async {
                let notified = app.stop.notified();
                if !app.stopped.load(Ordering::SeqCst) {
                    notified.await;
                }
            };
            tokio::select! {
                biased;
                () = stopped => None,
                report = sync_with(app.as_ref(), &options, &NoObserver) => Some(report),
            }
        })
    })
}

#[test]
fn a_lock_stops_a_hanging_sync_at_once_and_each_case_arrives_once() {
    for stall in [Stall::Before, Stall::After] {
        let dir = memory_tempdir();
        let server = Server::start(&dir.path().join("server"), &Backend::Sqlite);
        let staff_token = server.staff_token();
        let ngo = StaffIdentity::generate();
        let proxy = Proxy::start(&server.url, FaultPlan::pass_through());
        let vault_dir = dir.path().join("device");
        let mut vault = new_vault(&vault_dir);
        let expected = record_cases(vault.store(), 0..CASES, &Mix::answers_only(400));
        let invite = enrollment_for(&server.url, &proxy.url, &staff_token, &[&ngo]);
        runtime()
            .block_on(enroll(
                vault.store(),
                &invite,
                None,
                &SyncOptions::default(),
            ))
            .unwrap();

        // Three batches go through, then the network hangs.
        let hang_from = proxy.counts().requests + 3;
        proxy.stall_from(Some((hang_from, stall)));
        let app = Arc::new(App::default());
        *app.vault.lock().unwrap() = Some(vault);
        let sync = sync_until_stopped(Arc::clone(&app));
        assert!(
            proxy.wait_for_stalled(1, Duration::from_secs(60)),
            "{stall:?}: the sync never reached the hanging request"
        );
        // The app stays usable meanwhile.
        let started = Instant::now();
        let pending = app
            .with_store(|store| Ok(sync::sync_status(store)?.pending))
            .unwrap();
        assert!(pending > 0, "{stall:?}");
        assert!(started.elapsed() < Duration::from_secs(1), "{stall:?}");

        let took = app.lock();
        assert!(
            took < Duration::from_secs(1),
            "{stall:?}: lock took {took:?}"
        );
        let started = Instant::now();
        // Dropped where it waited for the server, or, when the lock came during one of its
        // steps on the store (the answer to the batch beside the hanging one), ended by that
        // step with `Locked`: either way at once, and nothing recorded after the lock.
        let stopped = sync.join().unwrap();
        assert!(
            matches!(stopped, None | Some(Err(wave_core::Error::Locked))),
            "{stall:?}: the sync was not stopped: {stopped:?}"
        );
        assert!(started.elapsed() < Duration::from_secs(1), "{stall:?}");

        proxy.stall_from(None);
        // What the server stored by the time it has finished with every request it was given.
        assert!(
            proxy.wait_until_idle(Duration::from_secs(30)),
            "{stall:?}: requests still open after the lock"
        );
        let stored = pull_all(&server.url, &staff_token).len() as u64;
        let mut vault = Vault::at(&vault_dir)
            .unlock(&Passphrase::new("test vault: amber canoe drifting"))
            .unwrap();
        let status = sync::sync_status(vault.store()).unwrap();
        assert!(
            status.sent > 0 && status.pending > 0,
            "{stall:?}: {status:?}"
        );
        let report = runtime()
            .block_on(sync_now(
                vault.store(),
                &SyncOptions::default(),
                &NoObserver,
            ))
            .unwrap();
        assert_eq!(report.pending, 0, "{stall:?}: {report:?}");
        assert_eq!(report.sent, status.pending, "{stall:?}: {report:?}");
        // What the server stored but the device never heard of — the batch whose answer hung,
        // and the one beside it whose answer was not yet recorded at the lock — is sent again
        // and counted as delivered; nothing else is.
        assert_eq!(
            report.duplicates,
            stored - status.sent,
            "{stall:?}: {report:?}"
        );
        if stall == Stall::After {
            assert!(report.duplicates > 0, "{stall:?}: {report:?}");
        }
        check_delivery(&server.url, &staff_token, &ngo, &expected);
    }
}
