//! Handing a finished slow call back to the app without leaving a thread inside the app's code.
//!
//! A slow call finishes on a thread of the core's blocking pool, which wakes the app's waiting
//! future by calling the app's continuation (uniffi's foreign callback). That callback may lose
//! the processor half-way: Python's, for one, schedules the wake-up on its event loop and then
//! still has to return, taking the interpreter lock again to do so. If the app's thread picks the
//! result up meanwhile and the process exits, the pool thread is still inside the callback when
//! the interpreter finalizes; Python then ends that thread with `pthread_exit`, whose forced
//! unwinding through Rust frames aborts the process ("FATAL: exception not rethrown").
//!
//! [`HandedOff`] closes that window: the future it wraps is only reported ready once every wake
//! of it that another thread started has returned from the app's callback. The app's thread then
//! cannot finish before the pool thread is back in Rust, where nothing touches the app again.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Condvar, Mutex};
use std::task::{Context, Poll, Wake, Waker};
use std::thread::{self, ThreadId};
use std::time::{Duration, Instant};

use crate::lock;

/// How long a result waits for a wake still under way in the app's callback. A callback takes
/// microseconds; the bound only keeps a callback that hangs from hanging the call too.
const SETTLE_LIMIT: Duration = Duration::from_secs(2);

/// A future whose readiness waits for the wakes of it still running on other threads.
pub(crate) struct HandedOff<F> {
    inner: F,
    wakes: Arc<Wakes>,
}

impl<F> HandedOff<F> {
    pub(crate) fn new(inner: F) -> HandedOff<F> {
        HandedOff {
            inner,
            wakes: Arc::new(Wakes::default()),
        }
    }
}

/// The threads now inside a wake of one [`HandedOff`].
#[derive(Default)]
struct Wakes {
    running: Mutex<Vec<ThreadId>>,
    finished: Condvar,
}

impl Wakes {
    /// Waits until no other thread is inside a wake. The calling thread's own wake (an app that
    /// polls from inside its callback) is not waited for: it returns after this poll does.
    fn settle(&self) {
        let me = thread::current().id();
        let deadline = Instant::now() + SETTLE_LIMIT;
        let mut running = lock(&self.running);
        while running.iter().any(|thread| *thread != me) {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return;
            }
            running = self
                .finished
                .wait_timeout(running, left)
                .map(|(guard, _)| guard)
                .unwrap_or_else(|poisoned| poisoned.into_inner().0);
        }
    }
}

/// Passes a wake on to the app's waker, recording that this thread is inside it meanwhile.
struct Relay {
    app: Waker,
    wakes: Arc<Wakes>,
}

impl Wake for Relay {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }

    fn wake_by_ref(self: &Arc<Self>) {
        let me = thread::current().id();
        lock(&self.wakes.running).push(me);
        self.app.wake_by_ref();
        let mut running = lock(&self.wakes.running);
        if let Some(position) = running.iter().position(|thread| *thread == me) {
            running.swap_remove(position);
        }
        drop(running);
        self.wakes.finished.notify_all();
    }
}

impl<F: Future + Unpin> Future for HandedOff<F> {
    type Output = F::Output;

    fn poll(mut self: Pin<&mut Self>, context: &mut Context<'_>) -> Poll<F::Output> {
        let relay = Waker::from(Arc::new(Relay {
            app: context.waker().clone(),
            wakes: Arc::clone(&self.wakes),
        }));
        match Pin::new(&mut self.inner).poll(&mut Context::from_waker(&relay)) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(output) => {
                self.wakes.settle();
                Poll::Ready(output)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicBool, Ordering};

    /// Ready as soon as `done` is set.
    struct Flag(Arc<AtomicBool>);

    impl Future for Flag {
        type Output = ();
        fn poll(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<()> {
            if self.0.load(Ordering::SeqCst) {
                Poll::Ready(())
            } else {
                Poll::Pending
            }
        }
    }

    /// The app's waker: tells that the wake began, then stays "inside the callback" a while.
    struct SlowApp {
        began: Arc<AtomicBool>,
        returned: Arc<AtomicBool>,
    }

    impl Wake for SlowApp {
        fn wake(self: Arc<Self>) {
            self.began.store(true, Ordering::SeqCst);
            thread::sleep(Duration::from_millis(200));
            self.returned.store(true, Ordering::SeqCst);
        }
    }

    #[test]
    fn a_result_waits_for_a_wake_still_inside_the_apps_callback() {
        let done = Arc::new(AtomicBool::new(false));
        let began = Arc::new(AtomicBool::new(false));
        let returned = Arc::new(AtomicBool::new(false));
        let app = Waker::from(Arc::new(SlowApp {
            began: Arc::clone(&began),
            returned: Arc::clone(&returned),
        }));
        let mut future = HandedOff::new(Flag(Arc::clone(&done)));
        let mut context = Context::from_waker(&app);
        assert!(Pin::new(&mut future).poll(&mut context).is_pending());
        // The wake the inner future would get, as a pool thread would deliver it once done.
        let relay = Waker::from(Arc::new(Relay {
            app: app.clone(),
            wakes: Arc::clone(&future.wakes),
        }));
        done.store(true, Ordering::SeqCst);
        let waker = thread::spawn(move || relay.wake());
        while !began.load(Ordering::SeqCst) {
            thread::yield_now();
        }
        assert!(Pin::new(&mut future).poll(&mut context).is_ready());
        assert!(
            returned.load(Ordering::SeqCst),
            "ready before the app's callback returned"
        );
        waker.join().unwrap();
    }

    #[test]
    fn a_wake_on_the_polling_thread_itself_is_not_waited_for() {
        let wakes = Arc::new(Wakes::default());
        lock(&wakes.running).push(thread::current().id());
        let started = Instant::now();
        wakes.settle();
        assert!(started.elapsed() < Duration::from_millis(100));
    }
}
