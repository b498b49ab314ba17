//! Stopping a store's long work from another thread. Streaming an attachment through a cipher
//! holds the store for as long as the file takes — seconds for a video — and whoever locks the
//! vault waits for the store. Quick exit must not: it sets the store's [`Interrupter`] first,
//! the stream checks it between chunks and fails with [`Error::Locked`], its partial file is
//! removed as on any failure, and the store is free within one chunk.

use std::io::{self, Read, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::error::Error;

/// Tells a store that it is being closed: every long operation under way stops at its next
/// chunk, and every one started later fails at once. One way, for the store's remaining life
/// (the store of the next unlock has its own).
#[derive(Debug, Clone, Default)]
pub struct Interrupter(Arc<AtomicBool>);

impl Interrupter {
    /// Stops the store's long work; returns at once, without waiting for it to stop.
    pub fn interrupt(&self) {
        self.0.store(true, Ordering::Release);
    }

    pub(crate) fn is_set(&self) -> bool {
        self.0.load(Ordering::Acquire)
    }

    /// `source`, failing each read once the store was interrupted.
    pub(crate) fn reader<'a>(&'a self, source: &'a mut dyn Read) -> impl Read + 'a {
        Checked {
            inner: source,
            interrupter: self,
        }
    }

    /// `sink`, failing each write once the store was interrupted.
    pub(crate) fn writer<'a>(&'a self, sink: &'a mut dyn Write) -> impl Write + 'a {
        Checked {
            inner: sink,
            interrupter: self,
        }
    }

    /// What a long operation that failed reports: [`Error::Locked`] if the store was interrupted
    /// meanwhile (the failure is then the interruption, or came after it and no longer matters),
    /// the failure itself otherwise.
    pub(crate) fn explain(&self, error: Error) -> Error {
        if self.is_set() { Error::Locked } else { error }
    }

    fn check(&self) -> io::Result<()> {
        if self.is_set() {
            // Not `ErrorKind::Interrupted`: readers and writers retry that one.
            Err(io::Error::other(Interruption))
        } else {
            Ok(())
        }
    }
}

/// The error a checked stream fails with; [`Interrupter::explain`] turns the failure it causes
/// into [`Error::Locked`].
#[derive(Debug)]
struct Interruption;

impl std::fmt::Display for Interruption {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the store is being closed")
    }
}

impl std::error::Error for Interruption {}

struct Checked<'a, T: ?Sized> {
    inner: &'a mut T,
    interrupter: &'a Interrupter,
}

impl<T: Read + ?Sized> Read for Checked<'_, T> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.interrupter.check()?;
        self.inner.read(buf)
    }
}

impl<T: Write + ?Sized> Write for Checked<'_, T> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.interrupter.check()?;
        self.inner.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes_pass_until_interrupted_then_fail() {
        let interrupter = Interrupter::default();
        let mut source: &[u8] = b"abcdef";
        let mut sink = Vec::new();
        {
            let mut reader = interrupter.reader(&mut source);
            let mut first = [0u8; 3];
            reader.read_exact(&mut first).unwrap();
            assert_eq!(&first, b"abc");
            let mut writer = interrupter.writer(&mut sink);
            writer.write_all(&first).unwrap();
            interrupter.clone().interrupt();
            assert!(reader.read(&mut first).is_err());
            assert!(writer.write(b"x").is_err());
        }
        assert_eq!(sink, b"abc");
    }

    #[test]
    fn a_failure_after_an_interruption_is_reported_as_locked() {
        let interrupter = Interrupter::default();
        let before = interrupter.explain(Error::Io(io::Error::other("disk")));
        assert!(matches!(before, Error::Io(_)));
        interrupter.interrupt();
        let after = interrupter.explain(Error::Io(io::Error::other("disk")));
        assert!(matches!(after, Error::Locked));
    }
}
