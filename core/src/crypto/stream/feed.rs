//! Bytes handed to a helper thread in batches, so work on them (hashing what an attachment's
//! decryption yields) runs beside the caller's own (the cipher). Bounded: at most a fixed number
//! of batch buffers exist, handed back once consumed, so memory stays constant whatever flows
//! through. The buffers are zeroizing, as a batch may hold plaintext.

use std::io;
use std::sync::mpsc::{Receiver, SyncSender, TryRecvError, channel, sync_channel};
use std::thread::{self, Scope, ScopedJoinHandle};

use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// What the helper thread does with the bytes, in order.
pub(crate) trait Consumer: Send {
    type Output: Send;

    fn consume(&mut self, bytes: &[u8]) -> io::Result<()>;

    fn finish(self) -> io::Result<Self::Output>;
}

/// The feeding end; see the module documentation.
pub(crate) struct Feed<'scope, C: Consumer> {
    batch_len: usize,
    mode: Mode<'scope, C>,
}

enum Mode<'scope, C: Consumer> {
    /// No thread could be started: the consumer runs on the caller's thread.
    Inline(C),
    Background {
        to_thread: SyncSender<Zeroizing<Vec<u8>>>,
        returned: Receiver<Zeroizing<Vec<u8>>>,
        /// The batch being filled; allocated at full size and never grown, since growing would
        /// leave an unzeroed copy behind.
        filling: Zeroizing<Vec<u8>>,
        buffers: usize,
        max_buffers: usize,
        handle: ScopedJoinHandle<'scope, io::Result<C::Output>>,
    },
}

fn stopped() -> Error {
    Error::InvalidState("detail-helper-thread-stopped")
}

impl<'scope, C: Consumer + 'scope> Feed<'scope, C> {
    /// Starts a thread named `name` running the consumer `make` returns, fed in batches of
    /// `batch_len` bytes through at most `max_buffers` buffers. If no thread can be started, a
    /// second consumer from `make` runs inline instead.
    pub(crate) fn start<'env>(
        scope: &'scope Scope<'scope, 'env>,
        name: &str,
        batch_len: usize,
        max_buffers: usize,
        make: impl Fn() -> C,
    ) -> Feed<'scope, C> {
        let (to_thread, batches) = sync_channel::<Zeroizing<Vec<u8>>>(max_buffers);
        let (give_back, returned) = channel();
        let mut consumer = make();
        let spawned = thread::Builder::new()
            .name(name.into())
            .spawn_scoped(scope, move || {
                for batch in batches {
                    consumer.consume(&batch)?;
                    // The feeding end may be gone already; the buffer is then just dropped.
                    let _ = give_back.send(batch);
                }
                consumer.finish()
            });
        let mode = match spawned {
            Ok(handle) => Mode::Background {
                to_thread,
                returned,
                filling: Zeroizing::new(Vec::with_capacity(batch_len)),
                buffers: 1,
                max_buffers: max_buffers.max(1),
                handle,
            },
            Err(_) => Mode::Inline(make()),
        };
        Feed { batch_len, mode }
    }

    /// Copies `bytes` into the current batch, handing full batches to the thread; waits for a
    /// buffer to come back when all are out.
    pub(crate) fn push(&mut self, bytes: &[u8]) -> Result<()> {
        let batch_len = self.batch_len;
        match &mut self.mode {
            Mode::Inline(consumer) => consumer.consume(bytes)?,
            Mode::Background {
                to_thread,
                returned,
                filling,
                buffers,
                max_buffers,
                ..
            } => {
                for piece in bytes.chunks(batch_len) {
                    if filling.len() + piece.len() > batch_len {
                        let mut next = match returned.try_recv() {
                            Ok(buffer) => buffer,
                            Err(TryRecvError::Empty) if *buffers < *max_buffers => {
                                *buffers += 1;
                                Zeroizing::new(Vec::with_capacity(batch_len))
                            }
                            Err(TryRecvError::Empty) => returned.recv().map_err(|_| stopped())?,
                            Err(TryRecvError::Disconnected) => return Err(stopped()),
                        };
                        next.clear();
                        let full = std::mem::replace(filling, next);
                        to_thread.send(full).map_err(|_| stopped())?;
                    }
                    filling.extend_from_slice(piece);
                }
            }
        }
        Ok(())
    }

    /// Hands over the last batch, waits for the thread, and returns what the consumer made of
    /// everything, or the error that stopped it.
    pub(crate) fn finish(self) -> Result<C::Output> {
        match self.mode {
            Mode::Inline(consumer) => Ok(consumer.finish()?),
            Mode::Background {
                to_thread,
                filling,
                handle,
                ..
            } => {
                // If the thread already stopped, its own error is what `join` returns.
                let _ = to_thread.send(filling);
                drop(to_thread);
                match handle.join() {
                    Ok(output) => Ok(output?),
                    Err(_) => Err(stopped()),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Collects what it is given; fails on a byte 0xff.
    struct Collect(Vec<u8>);

    impl Consumer for Collect {
        type Output = Vec<u8>;

        fn consume(&mut self, bytes: &[u8]) -> io::Result<()> {
            if bytes.contains(&0xff) {
                return Err(io::Error::other("refused"));
            }
            self.0.extend_from_slice(bytes);
            Ok(())
        }

        fn finish(self) -> io::Result<Vec<u8>> {
            Ok(self.0)
        }
    }

    #[test]
    fn everything_arrives_in_order_through_few_buffers() {
        let data: Vec<u8> = (0..10_000u32).map(|i| (i % 251) as u8).collect();
        let out = thread::scope(|scope| {
            let mut feed = Feed::start(scope, "test", 64, 2, || Collect(Vec::new()));
            for piece in data.chunks(7).chain([&data[..0], &data[..200]]) {
                feed.push(piece).unwrap();
            }
            feed.finish().unwrap()
        });
        let mut expected = data.clone();
        expected.extend_from_slice(&data[..200]);
        assert_eq!(out, expected);
    }

    #[test]
    fn the_consumers_error_is_reported() {
        let result = thread::scope(|scope| {
            let mut feed = Feed::start(scope, "test", 16, 2, || Collect(Vec::new()));
            let pushed: Result<()> = (0..100).try_for_each(|_| feed.push(&[0xff; 16]));
            (pushed, feed.finish())
        });
        assert!(matches!(result.1, Err(Error::Io(_))), "{:?}", result.1);
    }
}
