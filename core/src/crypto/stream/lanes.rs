//! The STREAM cipher of attachment files applied to groups of chunks ([`ChunkCipher`], used by
//! both directions), and two lanes for opening them: a helper thread opens one group while the
//! caller reads and opens the next. STREAM chunks are independent given their position and
//! last-chunk flag, so any thread may seal or open any group; the cipher is the largest single
//! cost of an attachment, and a phone has cores to spare. (Sealing shares its groups differently,
//! in `sealer.rs`, because the fingerprint must see the plaintext in order first.)
//!
//! The caller never hands the helper the stream's last chunk, so the helper needs no lookahead.
//! If no thread can be started, every group runs on the caller.

use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::thread::{self, Scope};

use aead_stream::{StreamBE32, StreamPrimitive};
use chacha20poly1305::XChaCha20Poly1305;

use super::chunks::{Group, GroupBuffer};
use crate::error::{Detail, Error, Result};

/// Whether the lanes seal plaintext or open ciphertext.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Direction {
    Seal,
    Open,
}

/// The cipher both lanes share; `StreamBE32` takes the position explicitly and is `Sync`.
pub(crate) struct ChunkCipher<'a> {
    stream: StreamBE32<XChaCha20Poly1305>,
    /// Every chunk's associated data (the file header).
    header: &'a [u8],
    direction: Direction,
}

impl<'a> ChunkCipher<'a> {
    pub(crate) fn new(
        stream: StreamBE32<XChaCha20Poly1305>,
        header: &'a [u8],
        direction: Direction,
    ) -> ChunkCipher<'a> {
        ChunkCipher {
            stream,
            header,
            direction,
        }
    }

    /// Seals or opens every chunk of `group` in place.
    pub(crate) fn apply(&self, group: &mut Group) -> Result<()> {
        let count = group.chunks.len();
        for (offset, chunk) in group.chunks.iter_mut().enumerate() {
            let position = u32::try_from(offset)
                .ok()
                .and_then(|offset| group.first.checked_add(offset))
                .ok_or(Error::InvalidInput(Detail::new(
                    "detail-attachment-too-large",
                )))?;
            let last = group.ends && offset + 1 == count;
            let buffer: &mut Vec<u8> = chunk;
            match self.direction {
                Direction::Seal => self
                    .stream
                    .encrypt_in_place(position, last, self.header, buffer)
                    .map_err(|_| Error::InvalidState("detail-attachment-encryption-failed"))?,
                Direction::Open => self
                    .stream
                    .decrypt_in_place(position, last, self.header, buffer)
                    .map_err(|_| Error::Corrupted("detail-attachment-failed-authentication"))?,
            }
        }
        Ok(())
    }
}

impl ChunkCipher<'_> {
    /// Seals every chunk of `group` in place, each tag right after its chunk.
    pub(super) fn seal_group(&self, group: &mut GroupBuffer) -> Result<()> {
        if self.direction != Direction::Seal {
            return Err(Error::InvalidState("detail-attachment-encryption-failed"));
        }
        group.seal_each(|position, last, buffer| {
            self.stream
                .encrypt_in_place(position, last, self.header, buffer)
                .map_err(|_| Error::InvalidState("detail-attachment-encryption-failed"))
        })
    }
}

/// The helper lane; see the module documentation.
pub(crate) struct Lanes<'scope> {
    helper: Option<Helper>,
    cipher: &'scope ChunkCipher<'scope>,
}

struct Helper {
    to_thread: SyncSender<Group>,
    from_thread: Receiver<Result<Group>>,
}

fn stopped() -> Error {
    Error::InvalidState("detail-helper-thread-stopped")
}

impl<'scope> Lanes<'scope> {
    pub(crate) fn start<'env>(
        scope: &'scope Scope<'scope, 'env>,
        cipher: &'scope ChunkCipher<'scope>,
    ) -> Lanes<'scope> {
        let (to_thread, groups) = sync_channel::<Group>(1);
        let (give_back, from_thread) = sync_channel::<Result<Group>>(1);
        let spawned = thread::Builder::new()
            .name("wave-attachment-cipher".into())
            .spawn_scoped(scope, move || {
                for mut group in groups {
                    let done = cipher.apply(&mut group).map(|()| group);
                    if give_back.send(done).is_err() {
                        break;
                    }
                }
            });
        let helper = spawned.ok().map(|_| Helper {
            to_thread,
            from_thread,
        });
        Lanes { helper, cipher }
    }

    /// Starts on `group` in the helper lane (or, with no helper, right here); [`Lanes::take`]
    /// returns it. One group at a time.
    pub(crate) fn hand_over(&mut self, mut group: Group) -> Result<Option<Group>> {
        match &self.helper {
            Some(helper) => {
                helper.to_thread.send(group).map_err(|_| stopped())?;
                Ok(None)
            }
            None => {
                self.cipher.apply(&mut group)?;
                Ok(Some(group))
            }
        }
    }

    /// The group handed over, sealed or opened. `inline` is what `hand_over` returned.
    pub(crate) fn take(&mut self, inline: Option<Group>) -> Result<Group> {
        match (inline, &self.helper) {
            (Some(group), _) => Ok(group),
            (None, Some(helper)) => helper.from_thread.recv().map_err(|_| stopped())?,
            (None, None) => Err(stopped()),
        }
    }
}
