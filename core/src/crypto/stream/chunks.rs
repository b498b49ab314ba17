//! A stream cut into chunks of the attachment format: the chunk and group buffers both directions
//! pass around, and the readers that fill them one chunk ahead, so they know which chunk is the
//! last. Buffers are zeroizing, as a chunk may hold plaintext.
//!
//! Opening passes groups of separate chunk buffers ([`Group`], [`ChunkReader`]). Sealing reads
//! each group straight into one buffer laid out as the group lies in the file ([`GroupBuffer`],
//! [`GroupReader`]): every chunk sealed in place with its tag right after it, the whole group is
//! then one contiguous run of the file, written with one call.

use std::io::{ErrorKind, Read};

use chacha20poly1305::aead;
use zeroize::Zeroizing;

use super::format::{CHUNK_LEN, TAG_LEN};
use crate::error::{Detail, Error, Result};

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

/// What one chunk takes in a [`GroupBuffer`] and in the file: the chunk and its tag.
pub(super) const SLOT_LEN: usize = CHUNK_LEN + TAG_LEN;

/// Consecutive chunks from position `first` in one buffer, chunk `i` at `i × SLOT_LEN` with room
/// for its tag after it: sealed in place, the group is exactly the bytes of the file from its
/// first chunk on ([`GroupBuffer::sealed`]). Every chunk but the last is full (`CHUNK_LEN`), so
/// the last one's length says where the group ends.
pub(super) struct GroupBuffer {
    bytes: Zeroizing<Vec<u8>>,
    pub(super) first: u32,
    /// Chunks held, at least one once read.
    pub(super) count: usize,
    /// The last chunk's length: plaintext, or with its tag once sealed.
    last_len: usize,
    /// Whether the last chunk ends the stream.
    pub(super) ends: bool,
}

impl GroupBuffer {
    /// A buffer for up to `chunks` chunks, allocated zeroed (fresh pages from the system, not a
    /// pass over them) and never grown, since growing would leave an unzeroed copy behind.
    fn new(chunks: usize) -> GroupBuffer {
        GroupBuffer {
            bytes: Zeroizing::new(vec![0u8; chunks * SLOT_LEN]),
            first: 0,
            count: 0,
            last_len: 0,
            ends: false,
        }
    }

    /// The chunks read so far, in order.
    pub(super) fn chunks(&self) -> impl Iterator<Item = &[u8]> {
        (0..self.count).map(|index| {
            let start = index * SLOT_LEN;
            let len = if index + 1 == self.count {
                self.last_len
            } else {
                CHUNK_LEN
            };
            &self.bytes[start..start + len]
        })
    }

    /// Applies `seal` to every chunk in place, in order, with its position in the stream and
    /// whether it is the stream's last; `seal` appends the tag.
    pub(super) fn seal_each(
        &mut self,
        mut seal: impl FnMut(u32, bool, &mut dyn aead::Buffer) -> Result<()>,
    ) -> Result<()> {
        let count = self.count;
        for (index, slot) in self.bytes.chunks_mut(SLOT_LEN).take(count).enumerate() {
            let position = u32::try_from(index)
                .ok()
                .and_then(|index| self.first.checked_add(index))
                .ok_or(Error::InvalidInput(Detail::new(
                    "detail-attachment-too-large",
                )))?;
            let is_last = index + 1 == count;
            let len = if is_last { self.last_len } else { CHUNK_LEN };
            let mut slot = Slot { bytes: slot, len };
            seal(position, self.ends && is_last, &mut slot)?;
            if slot.len != len + TAG_LEN {
                return Err(Error::InvalidState("detail-attachment-encryption-failed"));
            }
        }
        self.last_len += TAG_LEN;
        Ok(())
    }

    /// The group as it lies in the file, once every chunk is sealed.
    pub(super) fn sealed(&self) -> &[u8] {
        match self.count {
            0 => &[],
            count => &self.bytes[..(count - 1) * SLOT_LEN + self.last_len],
        }
    }

    /// Reads chunk `index` from `source`; returns its length, short only at the stream's end.
    fn fill(&mut self, source: &mut dyn Read, index: usize) -> Result<usize> {
        let start = index * SLOT_LEN;
        read_full(source, &mut self.bytes[start..start + CHUNK_LEN])
    }
}

/// One chunk's place in a [`GroupBuffer`], for the cipher to seal in place: `len` bytes of chunk,
/// then room for the tag, which the cipher appends.
struct Slot<'a> {
    bytes: &'a mut [u8],
    len: usize,
}

impl AsRef<[u8]> for Slot<'_> {
    fn as_ref(&self) -> &[u8] {
        &self.bytes[..self.len]
    }
}

impl AsMut<[u8]> for Slot<'_> {
    fn as_mut(&mut self) -> &mut [u8] {
        &mut self.bytes[..self.len]
    }
}

impl aead::Buffer for Slot<'_> {
    fn extend_from_slice(&mut self, other: &[u8]) -> aead::Result<()> {
        let end = self.len.checked_add(other.len()).ok_or(aead::Error)?;
        self.bytes
            .get_mut(self.len..end)
            .ok_or(aead::Error)?
            .copy_from_slice(other);
        self.len = end;
        Ok(())
    }

    fn truncate(&mut self, len: usize) {
        self.len = self.len.min(len);
    }
}

/// Reads a stream into [`GroupBuffer`]s of up to a fixed number of chunks, read one chunk ahead
/// (into the next group's buffer) so it knows which chunk is the last; keeps the buffers of
/// groups already written for reuse.
pub(super) struct GroupReader<'a> {
    source: &'a mut dyn Read,
    chunks: usize,
    next_first: u32,
    /// The next group, its first chunk read already (the one read ahead), if there is one.
    ahead: Option<GroupBuffer>,
    started: bool,
    spare: Vec<GroupBuffer>,
}

impl<'a> GroupReader<'a> {
    pub(super) fn new(source: &'a mut dyn Read, chunks: usize) -> GroupReader<'a> {
        GroupReader {
            source,
            chunks: chunks.max(1),
            next_first: 0,
            ahead: None,
            started: false,
            spare: Vec::new(),
        }
    }

    /// The next group; `ends` once the source is exhausted. An empty stream is one empty chunk.
    /// Never called again after a group that ends.
    pub(super) fn group(&mut self) -> Result<GroupBuffer> {
        let mut group = match self.ahead.take() {
            Some(group) => group,
            None => {
                let mut group = self.buffer();
                let len = group.fill(self.source, 0)?;
                if self.started && len == 0 {
                    // Only a caller that goes on after a group that ended gets here.
                    return Err(Error::InvalidState("detail-attachment-encryption-failed"));
                }
                group.count = 1;
                group.last_len = len;
                group.ends = len < CHUNK_LEN;
                group
            }
        };
        self.started = true;
        group.first = self.next_first;
        while !group.ends && group.count < self.chunks {
            let len = group.fill(self.source, group.count)?;
            if len == 0 {
                group.ends = true;
                break;
            }
            group.count += 1;
            group.last_len = len;
            group.ends = len < CHUNK_LEN;
        }
        if !group.ends {
            // Full, with a full last chunk: whether it ends the stream is up to the next byte.
            let mut next = self.buffer();
            let len = next.fill(self.source, 0)?;
            if len == 0 {
                group.ends = true;
                self.spare.push(next);
            } else {
                next.count = 1;
                next.last_len = len;
                next.ends = len < CHUNK_LEN;
                self.ahead = Some(next);
            }
        }
        self.next_first = u32::try_from(group.count)
            .ok()
            .and_then(|count| self.next_first.checked_add(count))
            .ok_or(Error::InvalidInput(Detail::new(
                "detail-attachment-too-large",
            )))?;
        Ok(group)
    }

    /// Takes back the buffer of a group that is written.
    pub(super) fn recycle(&mut self, mut group: GroupBuffer) {
        group.count = 0;
        group.last_len = 0;
        group.ends = false;
        self.spare.push(group);
    }

    fn buffer(&mut self) -> GroupBuffer {
        self.spare
            .pop()
            .unwrap_or_else(|| GroupBuffer::new(self.chunks))
    }
}

/// Reads until `buffer` is full or the source ends; returns how much was read.
fn read_full(source: &mut dyn Read, buffer: &mut [u8]) -> Result<usize> {
    let mut filled = 0;
    while filled < buffer.len() {
        match source.read(&mut buffer[filled..]) {
            Ok(0) => break,
            Ok(read) => filled += read,
            Err(error) if error.kind() == ErrorKind::Interrupted => continue,
            Err(error) => return Err(error.into()),
        }
    }
    Ok(filled)
}

#[cfg(test)]
mod tests {
    use chacha20poly1305::aead::Buffer;

    use super::*;

    /// Hands out at most `step` bytes per read, as a pipe or a socket does.
    struct Trickle<'a> {
        data: &'a [u8],
        step: usize,
    }

    impl Read for Trickle<'_> {
        fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
            let len = buffer.len().min(self.step).min(self.data.len());
            buffer[..len].copy_from_slice(&self.data[..len]);
            self.data = &self.data[len..];
            Ok(len)
        }
    }

    /// Every group holds the next chunks at consecutive positions, all full but the stream's
    /// last, and only the last group ends; an empty stream is one empty chunk. Short reads from
    /// the source still fill whole chunks.
    #[test]
    fn groups_cover_the_stream_in_full_chunks() {
        let per_group = 3;
        let group = per_group * CHUNK_LEN;
        for size in [
            0,
            1,
            CHUNK_LEN - 1,
            CHUNK_LEN,
            CHUNK_LEN + 1,
            group - 1,
            group,
            group + 1,
            2 * group,
            2 * group + CHUNK_LEN,
            3 * group + 7,
        ] {
            let data: Vec<u8> = (0..size).map(|i| (i % 247) as u8).collect();
            for step in [usize::MAX, 1000] {
                let mut source = Trickle { data: &data, step };
                let mut reader = GroupReader::new(&mut source, per_group);
                let (mut read, mut position, mut groups) = (Vec::new(), 0u32, 0);
                loop {
                    let group = reader.group().unwrap();
                    assert_eq!(group.first, position, "size {size}");
                    assert!((1..=per_group).contains(&group.count));
                    let chunks: Vec<&[u8]> = group.chunks().collect();
                    let (last, full) = chunks.split_last().unwrap();
                    assert!(full.iter().all(|chunk| chunk.len() == CHUNK_LEN));
                    assert!(last.len() <= CHUNK_LEN);
                    if !group.ends {
                        assert_eq!(last.len(), CHUNK_LEN, "size {size}");
                    }
                    chunks
                        .iter()
                        .for_each(|chunk| read.extend_from_slice(chunk));
                    position += group.count as u32;
                    groups += 1;
                    let ends = group.ends;
                    reader.recycle(group);
                    if ends {
                        break;
                    }
                }
                assert_eq!(read, data, "size {size}, step {step}");
                let chunks = size.div_ceil(CHUNK_LEN).max(1);
                assert_eq!(position as usize, chunks, "size {size}");
                assert_eq!(groups, chunks.div_ceil(per_group), "size {size}");
            }
        }
    }

    /// Sealed in place, a group is one run of bytes: each chunk followed by what the cipher
    /// appended to it, with nothing between them.
    #[test]
    fn a_sealed_group_is_contiguous() {
        let data: Vec<u8> = (0..2 * CHUNK_LEN + 5).map(|i| (i % 13) as u8).collect();
        let mut source = &data[..];
        let mut group = GroupReader::new(&mut source, 4).group().unwrap();
        assert!(group.ends);
        let mut seen = Vec::new();
        group
            .seal_each(|position, last, buffer| {
                seen.push((position, last, buffer.len()));
                buffer
                    .extend_from_slice(&[position as u8; TAG_LEN])
                    .map_err(|_| Error::InvalidState("detail-attachment-encryption-failed"))
            })
            .unwrap();
        assert_eq!(
            seen,
            [(0, false, CHUNK_LEN), (1, false, CHUNK_LEN), (2, true, 5)]
        );
        let mut expected = Vec::new();
        for (index, chunk) in data.chunks(CHUNK_LEN).enumerate() {
            expected.extend_from_slice(chunk);
            expected.extend_from_slice(&[index as u8; TAG_LEN]);
        }
        assert_eq!(group.sealed(), expected);
    }

    /// A chunk's place has room for one tag and no more.
    #[test]
    fn a_slot_never_grows_past_its_place() {
        let mut place = [0u8; 10];
        let mut slot = Slot {
            bytes: &mut place,
            len: 4,
        };
        assert!(slot.extend_from_slice(&[1; 6]).is_ok());
        assert_eq!(slot.as_ref(), &[0, 0, 0, 0, 1, 1, 1, 1, 1, 1]);
        assert!(slot.extend_from_slice(&[1]).is_err());
        slot.truncate(3);
        assert_eq!(slot.len(), 3);
        slot.truncate(8);
        assert_eq!(slot.len(), 3);
    }
}
