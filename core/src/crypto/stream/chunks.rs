//! A stream cut into chunks of the attachment format: the chunk and group buffers both directions
//! pass around, and the reader that fills them one chunk ahead, so it knows which chunk is the
//! last. Buffers are zeroizing, as a chunk may hold plaintext.

use std::io::{ErrorKind, Read};

use zeroize::Zeroizing;

use super::format::{CHUNK_LEN, TAG_LEN};
use crate::error::Result;

/// One chunk's bytes: plaintext, or ciphertext with its tag.
pub(crate) type Chunk = Zeroizing<Vec<u8>>;

/// Chunks at consecutive positions from `first`; the last of them ends the stream if `ends`.
#[derive(Default)]
pub(crate) struct Group {
    pub(crate) first: u32,
    pub(crate) chunks: Vec<Chunk>,
    pub(crate) ends: bool,
}

/// Reads a stream in chunks of a fixed length, one chunk ahead so it knows which is the last;
/// reuses the buffers of groups already written.
pub(super) struct ChunkReader<'a> {
    source: &'a mut dyn Read,
    chunk_len: usize,
    ahead: Chunk,
    spare: Vec<Chunk>,
}

impl<'a> ChunkReader<'a> {
    pub(super) fn new(source: &'a mut dyn Read, chunk_len: usize) -> Result<ChunkReader<'a>> {
        let mut reader = ChunkReader {
            source,
            chunk_len,
            ahead: new_chunk(),
            spare: Vec::new(),
        };
        fill_chunk(reader.source, &mut reader.ahead, chunk_len)?;
        Ok(reader)
    }

    /// Up to `max` chunks from position `first` on; `ends` once the source is exhausted. Never
    /// called again after a group that ends.
    pub(super) fn group(&mut self, first: u32, max: usize) -> Result<Group> {
        let mut chunks = Vec::with_capacity(max);
        let mut ends = false;
        while chunks.len() < max {
            let mut next = self.spare.pop().unwrap_or_else(new_chunk);
            fill_chunk(self.source, &mut next, self.chunk_len)?;
            chunks.push(std::mem::replace(&mut self.ahead, next));
            if self.ahead.is_empty() {
                ends = true;
                break;
            }
        }
        Ok(Group {
            first,
            chunks,
            ends,
        })
    }

    pub(super) fn recycle(&mut self, group: Group) {
        self.spare.extend(group.chunks);
    }
}

/// A chunk buffer with room for the tag, so sealing in place never reallocates (which would
/// leave an unzeroed copy of the plaintext behind).
fn new_chunk() -> Chunk {
    Zeroizing::new(Vec::with_capacity(CHUNK_LEN + TAG_LEN))
}

/// Reads until `buffer` holds `want` bytes or the source ends. What the buffer held before (the
/// chunk before last, which the cipher already consumed) is overwritten or cut off, not zeroed
/// first: that would cost a pass over every chunk.
pub(super) fn fill_chunk(source: &mut dyn Read, buffer: &mut Vec<u8>, want: usize) -> Result<()> {
    buffer.resize(want, 0);
    let mut filled = 0;
    while filled < want {
        match source.read(&mut buffer[filled..]) {
            Ok(0) => break,
            Ok(read) => filled += read,
            Err(error) if error.kind() == ErrorKind::Interrupted => continue,
            Err(error) => return Err(error.into()),
        }
    }
    buffer.truncate(filled);
    Ok(())
}
