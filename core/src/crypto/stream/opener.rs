//! Decrypting an attachment stream: two cipher lanes open groups of chunks while a third thread
//! hashes the plaintext, so the fingerprint is re-checked on every read at little cost. Bytes
//! reach the sink only after their chunk authenticated.

use std::io::{Read, Write};
use std::thread;

use sha2::{Digest, Sha256};

use super::chunks::{ChunkReader, Group, fill_chunk};
use super::feed::{Consumer, Feed};
use super::format::{
    BlobDigest, CHUNK_LEN, HEADER_LEN, TAG_LEN, VERSION, VERSION_BARE_HEADER, associated_data,
    stream,
};
use super::lanes::{ChunkCipher, Direction, Lanes};
use crate::crypto::SecretKey;
use crate::error::{Detail, Error, Result};

/// Plaintext goes to the hashing thread in batches of this many bytes when decrypting: one
/// hand-over (and thread wake-up) per batch rather than per chunk.
pub(super) const HASH_BATCH: usize = 4 * CHUNK_LEN;
/// Hashing batch buffers that exist at most: 768 KiB.
pub(super) const HASH_BUFFERS: usize = 3;
/// Chunks per group in each cipher lane when decrypting: 256 KiB, so a hand-over costs little
/// against the work.
pub(super) const GROUP_CHUNKS: usize = 4;

/// The fingerprint, when decrypting.
impl Consumer for Sha256 {
    type Output = sha2::digest::Output<Sha256>;

    fn consume(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        Digest::update(self, bytes);
        Ok(())
    }

    fn finish(self) -> std::io::Result<Self::Output> {
        Ok(self.finalize())
    }
}

/// Runs `stream`, which pushes every plaintext chunk into the hasher and returns the total size.
/// When decrypting, SHA-256 runs on a helper thread beside the two cipher lanes.
fn fingerprinted(stream: impl FnOnce(&mut Feed<'_, Sha256>) -> Result<u64>) -> Result<BlobDigest> {
    thread::scope(|scope| {
        let mut hasher = Feed::start(
            scope,
            "wave-attachment-hash",
            HASH_BATCH,
            HASH_BUFFERS,
            Sha256::new,
        );
        let streamed = stream(&mut hasher);
        let sha256 = hasher.finish();
        let size = streamed?;
        Ok(BlobDigest {
            size,
            sha256: sha256?.into(),
        })
    })
}

/// Decrypts the stream `source` yields into `sink`, chunk by chunk, and returns the plaintext's
/// size and SHA-256. A stream damaged part-way fails after earlier chunks were written: the
/// caller decides what to do with a partial output.
pub(crate) fn decrypt_stream(
    key: &SecretKey,
    source: &mut dyn Read,
    sink: &mut dyn Write,
) -> Result<BlobDigest> {
    let mut header = [0u8; HEADER_LEN];
    let mut header_buffer = Vec::with_capacity(HEADER_LEN);
    fill_chunk(source, &mut header_buffer, HEADER_LEN)?;
    if header_buffer.len() != HEADER_LEN {
        return Err(Error::Corrupted("detail-attachment-truncated"));
    }
    header.copy_from_slice(&header_buffer);
    if header[0] != VERSION && header[0] != VERSION_BARE_HEADER {
        return Err(Error::Corrupted("detail-attachment-unknown-version"));
    }
    let associated = associated_data(&header);
    let cipher = ChunkCipher::new(stream(key, &header)?, associated.bytes(), Direction::Open);
    fingerprinted(|hasher| {
        let mut size = 0;
        let reader = ChunkReader::new(source, CHUNK_LEN + TAG_LEN)?;
        run_lanes(
            &cipher,
            reader,
            |chunk| {
                if chunk.len() < TAG_LEN {
                    return Err(Error::Corrupted("detail-attachment-truncated"));
                }
                Ok(())
            },
            |chunk| {
                hasher.push(chunk)?;
                size += chunk.len() as u64;
                Ok(sink.write_all(chunk)?)
            },
        )?;
        Ok(size)
    })
}

/// Streams every chunk `reader` yields through the cipher in order, in two lanes: the helper
/// lane takes one group while this thread reads and processes the next. `read` sees each chunk
/// as read, `done` each chunk once sealed or opened, both in stream order.
fn run_lanes(
    cipher: &ChunkCipher<'_>,
    mut reader: ChunkReader<'_>,
    mut read: impl FnMut(&[u8]) -> Result<()>,
    mut done: impl FnMut(&[u8]) -> Result<()>,
) -> Result<()> {
    thread::scope(|scope| {
        let mut lanes = Lanes::start(scope, cipher);
        let mut next_group = |reader: &mut ChunkReader<'_>, position: &mut u32| -> Result<Group> {
            let group = reader.group(*position, GROUP_CHUNKS)?;
            *position = u32::try_from(group.chunks.len())
                .ok()
                .and_then(|count| position.checked_add(count))
                .ok_or(Error::InvalidInput(Detail::new(
                    "detail-attachment-too-large",
                )))?;
            group.chunks.iter().try_for_each(|chunk| read(chunk))?;
            Ok(group)
        };
        let mut position = 0u32;
        loop {
            let mut first = next_group(&mut reader, &mut position)?;
            if first.ends {
                cipher.apply(&mut first)?;
                return first.chunks.iter().try_for_each(|chunk| done(chunk));
            }
            let handed = lanes.hand_over(first)?;
            let mut second = next_group(&mut reader, &mut position)?;
            cipher.apply(&mut second)?;
            let first = lanes.take(handed)?;
            first.chunks.iter().try_for_each(|chunk| done(chunk))?;
            reader.recycle(first);
            second.chunks.iter().try_for_each(|chunk| done(chunk))?;
            if second.ends {
                return Ok(());
            }
            reader.recycle(second);
        }
    })
}
