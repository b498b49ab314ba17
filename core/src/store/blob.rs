//! Attachment files: streamed through the STREAM construction (XChaCha20-Poly1305, 64 KiB
//! chunks, big-endian counter and last-chunk flag), so memory stays constant whatever the size and
//! truncating, reordering or extending the chunks fails authentication. Each file has its own
//! random key, kept in the attachment's row envelope: deleting the row shreds the file.
//!
//! File: version (1) ‖ nonce prefix (19) ‖ chunks, each 64 KiB of ciphertext + 16-byte tag, the
//! last one shorter (possibly empty + tag). Every chunk's associated data is the 20-byte header,
//! padded with zeros to 64 bytes in version 2 (see [`associated_data`]); version 1 files, whose
//! associated data is the bare header, are still read.

use std::fs::{File, OpenOptions};
use std::io::{ErrorKind, Read, Write};
use std::path::Path;
use std::thread;

use aead_stream::{NewStream, StreamBE32};
use chacha20poly1305::XChaCha20Poly1305;
use chacha20poly1305::aead::KeyInit;
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::feed::{Consumer, Feed};
use super::lanes::{Chunk, ChunkCipher, Direction, Group, Lanes};
use super::sealer::{Destination, FileDestination, seal_stream};
use crate::crypto::{SecretKey, random_bytes};
use crate::error::{Error, Result};

pub(crate) const CHUNK_LEN: usize = 64 * 1024;
const TAG_LEN: usize = 16;
/// The version written.
const VERSION: u8 = 2;
/// The first version: the bare header as associated data. Read, never written.
const VERSION_BARE_HEADER: u8 = 1;
/// Version 2's associated data: the header and zeros, four Poly1305 blocks.
const ASSOCIATED_LEN: usize = 64;
const NONCE_PREFIX_LEN: usize = 19;
const HEADER_LEN: usize = 1 + NONCE_PREFIX_LEN;
/// Plaintext goes to the hashing thread in batches of this many bytes when decrypting: one
/// hand-over (and thread wake-up) per batch rather than per chunk.
const HASH_BATCH: usize = 4 * CHUNK_LEN;
/// Hashing batch buffers that exist at most: 768 KiB.
const HASH_BUFFERS: usize = 3;
/// Chunks per group in each cipher lane when decrypting: 256 KiB, so a hand-over costs little
/// against the work.
const GROUP_CHUNKS: usize = 4;

/// What streaming a file through produced: its plaintext length and SHA-256.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BlobDigest {
    pub size: u64,
    pub sha256: [u8; 32],
}

/// Encrypts everything `source` yields into a new file at `path` and syncs it; on any error the
/// file is removed again. The work is shared with a helper thread ([`sealer`](super::sealer)).
pub(crate) fn encrypt_to_file(
    key: &SecretKey,
    source: &mut dyn Read,
    path: &Path,
) -> Result<BlobDigest> {
    let file = OpenOptions::new().write(true).create_new(true).open(path)?;
    let result = encrypt_stream(key, source, &FileDestination::new(&file))
        .and_then(|digest| Ok(file.sync_all().map(|()| digest)?));
    if result.is_err() {
        drop(file);
        let _ = std::fs::remove_file(path);
    }
    result
}

/// Where chunk `position` of the stream starts in a file, sealed.
pub(super) fn sealed_chunk_offset(position: u32) -> Result<u64> {
    u64::from(position)
        .checked_mul((CHUNK_LEN + TAG_LEN) as u64)
        .and_then(|offset| offset.checked_add(HEADER_LEN as u64))
        .ok_or(Error::InvalidInput(
            "the attachment is too large to encrypt".into(),
        ))
}

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

/// Every chunk's associated data, by the header's version: the header itself (version 1), or the
/// header padded with zeros to [`ASSOCIATED_LEN`] (version 2, and any version the caller has not
/// refused, which then fails authentication).
///
/// Why the padding: the associated data goes through Poly1305 first, 16 bytes at a time, and the
/// AVX2 Poly1305 takes four blocks at once only while it has no blocks left over; a 20-byte header
/// leaves two, and every block of the chunk after it then goes through the one-block path, a
/// third slower. 64 bytes leave none. (Elsewhere Poly1305 goes one block at a time anyway, and four
/// more blocks per 64 KiB chunk cost nothing measurable.)
fn associated_data(header: &[u8; HEADER_LEN]) -> AssociatedData {
    let mut padded = [0u8; ASSOCIATED_LEN];
    padded[..HEADER_LEN].copy_from_slice(header);
    AssociatedData {
        padded,
        len: if header[0] == VERSION_BARE_HEADER {
            HEADER_LEN
        } else {
            ASSOCIATED_LEN
        },
    }
}

/// See [`associated_data`].
struct AssociatedData {
    padded: [u8; ASSOCIATED_LEN],
    len: usize,
}

impl AssociatedData {
    fn bytes(&self) -> &[u8] {
        &self.padded[..self.len]
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

pub(crate) fn encrypt_stream(
    key: &SecretKey,
    source: &mut dyn Read,
    destination: &dyn Destination,
) -> Result<BlobDigest> {
    let prefix: [u8; NONCE_PREFIX_LEN] = random_bytes();
    let mut header = [0u8; HEADER_LEN];
    header[0] = VERSION;
    header[1..].copy_from_slice(&prefix);
    destination.write_at(&header, 0)?;

    let stream = StreamBE32::from_aead(XChaCha20Poly1305::new(key.expose().into()), &prefix.into());
    let associated = associated_data(&header);
    let cipher = ChunkCipher::new(stream, associated.bytes(), Direction::Seal);
    seal_stream(&cipher, ChunkReader::new(source, CHUNK_LEN)?, destination)
}

/// Decrypts the file at `path` into `sink`, chunk by chunk. Bytes reach `sink` only after their
/// chunk authenticated, but a file damaged part-way fails after earlier chunks were written: the
/// caller decides what to do with a partial output.
pub(crate) fn decrypt_from_file(
    key: &SecretKey,
    path: &Path,
    sink: &mut dyn Write,
) -> Result<BlobDigest> {
    let mut file = File::open(path)?;
    decrypt_stream(key, &mut file, sink)
}

pub(crate) fn decrypt_stream(
    key: &SecretKey,
    source: &mut dyn Read,
    sink: &mut dyn Write,
) -> Result<BlobDigest> {
    let mut header = [0u8; HEADER_LEN];
    let mut header_buffer = Vec::with_capacity(HEADER_LEN);
    fill_chunk(source, &mut header_buffer, HEADER_LEN)?;
    if header_buffer.len() != HEADER_LEN {
        return Err(Error::Corrupted("an attachment file is truncated"));
    }
    header.copy_from_slice(&header_buffer);
    if header[0] != VERSION && header[0] != VERSION_BARE_HEADER {
        return Err(Error::Corrupted(
            "an attachment file has an unknown version",
        ));
    }
    let stream = StreamBE32::from_aead(
        XChaCha20Poly1305::new(key.expose().into()),
        header[1..]
            .try_into()
            .map_err(|_| Error::Corrupted("an attachment file is truncated"))?,
    );
    let associated = associated_data(&header);
    let cipher = ChunkCipher::new(stream, associated.bytes(), Direction::Open);
    fingerprinted(|hasher| {
        let mut size = 0;
        let reader = ChunkReader::new(source, CHUNK_LEN + TAG_LEN)?;
        run_lanes(
            &cipher,
            reader,
            |chunk| {
                if chunk.len() < TAG_LEN {
                    return Err(Error::Corrupted("an attachment file is truncated"));
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
                .ok_or(Error::InvalidInput(
                    "the attachment is too large to encrypt".into(),
                ))?;
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
fn fill_chunk(source: &mut dyn Read, buffer: &mut Vec<u8>, want: usize) -> Result<()> {
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

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use proptest::prelude::*;

    use super::*;
    use crate::store::sealer::GROUP_CHUNKS as SEAL_GROUP_CHUNKS;

    fn encrypt(key: &SecretKey, data: &[u8]) -> Vec<u8> {
        let out = Mutex::new(Vec::new());
        encrypt_stream(key, &mut &data[..], &out).unwrap();
        out.into_inner().unwrap()
    }

    fn decrypt(key: &SecretKey, sealed: &[u8]) -> Result<Vec<u8>> {
        let mut out = Vec::new();
        decrypt_stream(key, &mut &sealed[..], &mut out)?;
        Ok(out)
    }

    #[test]
    fn sizes_around_chunk_boundaries_round_trip() {
        let key = SecretKey::generate();
        for size in [0, 1, CHUNK_LEN - 1, CHUNK_LEN, CHUNK_LEN + 1, 3 * CHUNK_LEN] {
            let data: Vec<u8> = (0..size).map(|i| (i % 251) as u8).collect();
            let sealed = encrypt(&key, &data);
            assert_eq!(decrypt(&key, &sealed).unwrap(), data, "size {size}");
        }
    }

    #[test]
    fn size_and_fingerprint_are_those_of_the_plaintext() {
        let key = SecretKey::generate();
        // Up to more batches than the hashing thread has buffers, so buffers are reused.
        for size in [
            0,
            1,
            CHUNK_LEN,
            CHUNK_LEN + 1,
            HASH_BATCH,
            HASH_BATCH + 1,
            (HASH_BUFFERS + 2) * HASH_BATCH + 7,
        ] {
            let data: Vec<u8> = (0..size).map(|i| (i % 241) as u8).collect();
            let expected = BlobDigest {
                size: size as u64,
                sha256: Sha256::digest(&data).into(),
            };
            let sealed = Mutex::new(Vec::new());
            let written = encrypt_stream(&key, &mut &data[..], &sealed).unwrap();
            assert_eq!(written, expected, "size {size}");
            let sealed = sealed.into_inner().unwrap();
            let mut out = Vec::new();
            let read = decrypt_stream(&key, &mut &sealed[..], &mut out).unwrap();
            assert_eq!(read, expected, "size {size}");
            assert_eq!(out, data);
        }
    }

    #[test]
    fn files_of_many_groups_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let key = SecretKey::generate();
        let size = 9 * SEAL_GROUP_CHUNKS * CHUNK_LEN + 5;
        let data: Vec<u8> = (0..size).map(|i| (i % 239) as u8).collect();
        let path = dir.path().join("blob");
        let written = encrypt_to_file(&key, &mut &data[..], &path).unwrap();
        assert_eq!(written.size, size as u64);
        assert_eq!(written.sha256, <[u8; 32]>::from(Sha256::digest(&data)));
        let mut out = Vec::new();
        assert_eq!(decrypt_from_file(&key, &path, &mut out).unwrap(), written);
        assert_eq!(out, data);
        // A file that exists already is never overwritten, and is left alone.
        assert!(encrypt_to_file(&key, &mut &data[..10], &path).is_err());
        assert!(path.exists());
    }

    /// `data` sealed by one sequential STREAM encryptor: `header`, then the chunks, each with
    /// `associated` as its associated data.
    fn seal_sequentially(
        key: &SecretKey,
        header: &[u8],
        associated: &[u8],
        data: &[u8],
    ) -> Vec<u8> {
        use aead_stream::EncryptorBE32;
        let cipher = XChaCha20Poly1305::new(key.expose().into());
        let mut single = EncryptorBE32::from_aead(cipher, header[1..].try_into().unwrap());
        let pieces: Vec<&[u8]> = if data.is_empty() {
            vec![&[]]
        } else {
            data.chunks(CHUNK_LEN).collect()
        };
        let (last, rest) = pieces.split_last().unwrap();
        let mut sealed = header.to_vec();
        for piece in rest {
            sealed.extend(
                single
                    .encrypt_next(aead_payload(piece, associated))
                    .unwrap(),
            );
        }
        sealed.extend(single.encrypt_last(aead_payload(last, associated)).unwrap());
        sealed
    }

    /// A file opened by one sequential STREAM decryptor.
    fn open_sequentially(key: &SecretKey, sealed: &[u8], associated: &[u8]) -> Vec<u8> {
        use aead_stream::DecryptorBE32;
        let cipher = XChaCha20Poly1305::new(key.expose().into());
        let mut single =
            DecryptorBE32::from_aead(cipher, sealed[1..HEADER_LEN].try_into().unwrap());
        let pieces: Vec<&[u8]> = sealed[HEADER_LEN..].chunks(CHUNK_LEN + TAG_LEN).collect();
        let (last, rest) = pieces.split_last().unwrap();
        let mut opened = Vec::new();
        for piece in rest {
            opened.extend(
                single
                    .decrypt_next(aead_payload(piece, associated))
                    .unwrap(),
            );
        }
        opened.extend(single.decrypt_last(aead_payload(last, associated)).unwrap());
        opened
    }

    fn aead_payload<'a>(msg: &'a [u8], aad: &'a [u8]) -> chacha20poly1305::aead::Payload<'a, 'a> {
        chacha20poly1305::aead::Payload { msg, aad }
    }

    /// Sealing on two threads writes exactly what one sequential STREAM encryptor writes, and
    /// what it writes the two opening lanes read back: the file format does not depend on how it
    /// was made.
    #[test]
    fn files_are_those_a_single_stream_writes() {
        let key = SecretKey::generate();
        let (group, sealing_group) = (GROUP_CHUNKS * CHUNK_LEN, SEAL_GROUP_CHUNKS * CHUNK_LEN);
        for size in [
            0,
            1,
            CHUNK_LEN,
            group - 1,
            group,
            group + 1,
            2 * group,
            2 * group + CHUNK_LEN + 5,
            5 * group + 3,
            sealing_group - 1,
            sealing_group,
            sealing_group + 1,
            7 * sealing_group + 2 * CHUNK_LEN,
        ] {
            let data: Vec<u8> = (0..size).map(|i| (i % 233) as u8).collect();
            let sealed = encrypt(&key, &data);
            let header = &sealed[..HEADER_LEN];
            assert_eq!(header[0], VERSION);
            let mut associated = header.to_vec();
            associated.resize(ASSOCIATED_LEN, 0);
            let expected = seal_sequentially(&key, header, &associated, &data);
            assert_eq!(sealed, expected, "size {size}");
            assert_eq!(
                open_sequentially(&key, &sealed, &associated),
                data,
                "size {size}"
            );
            assert_eq!(decrypt(&key, &expected).unwrap(), data, "size {size}");
        }
    }

    /// Files written before the associated data was padded (version 1: the bare header) are
    /// still read, in both lanes; and neither version's file passes for the other.
    #[test]
    fn version_1_files_are_still_read() {
        let key = SecretKey::generate();
        let data: Vec<u8> = (0..3 * GROUP_CHUNKS * CHUNK_LEN + 9)
            .map(|i| (i % 229) as u8)
            .collect();
        let mut header = [0u8; HEADER_LEN];
        header[0] = VERSION_BARE_HEADER;
        header[1..].copy_from_slice(&random_bytes::<NONCE_PREFIX_LEN>());
        let old = seal_sequentially(&key, &header, &header, &data);
        assert_eq!(decrypt(&key, &old).unwrap(), data);

        let mut relabelled = old.clone();
        relabelled[0] = VERSION;
        assert!(matches!(
            decrypt(&key, &relabelled),
            Err(Error::Corrupted(_))
        ));
        let mut current = encrypt(&key, &data);
        current[0] = VERSION_BARE_HEADER;
        assert!(matches!(decrypt(&key, &current), Err(Error::Corrupted(_))));
        current[0] = 3;
        assert!(matches!(decrypt(&key, &current), Err(Error::Corrupted(_))));
    }

    #[test]
    fn a_damaged_chunk_in_either_lane_is_detected() {
        let key = SecretKey::generate();
        let data = vec![3u8; 4 * GROUP_CHUNKS * CHUNK_LEN + 11];
        let sealed = encrypt(&key, &data);
        let chunk = CHUNK_LEN + TAG_LEN;
        // Chunks of the first group go to the helper lane, those of the second stay here.
        for index in [
            0,
            1,
            GROUP_CHUNKS,
            GROUP_CHUNKS + 2,
            3 * GROUP_CHUNKS,
            4 * GROUP_CHUNKS,
        ] {
            let mut damaged = sealed.clone();
            damaged[HEADER_LEN + index * chunk + 7] ^= 0x40;
            assert!(
                matches!(decrypt(&key, &damaged), Err(Error::Corrupted(_))),
                "chunk {index}"
            );
            // Two chunks swapped across the lanes fail too.
            let mut swapped = sealed.clone();
            let (a, b) = (HEADER_LEN + index * chunk, HEADER_LEN + (index + 1) * chunk);
            if b + chunk <= sealed.len() {
                let first = sealed[a..a + chunk].to_vec();
                swapped.copy_within(b..b + chunk, a);
                swapped[b..b + chunk].copy_from_slice(&first);
                assert!(decrypt(&key, &swapped).is_err(), "chunks {index} and next");
            }
        }
    }

    #[test]
    fn truncation_at_a_chunk_boundary_and_extension_fail() {
        let key = SecretKey::generate();
        let data = vec![7u8; 2 * CHUNK_LEN + 10];
        let sealed = encrypt(&key, &data);
        let one_chunk = HEADER_LEN + CHUNK_LEN + TAG_LEN;
        assert!(decrypt(&key, &sealed[..one_chunk]).is_err());
        // Cut at a group boundary too, where the helper lane's last chunk is not the last.
        let long = encrypt(&key, &vec![7u8; 3 * GROUP_CHUNKS * CHUNK_LEN]);
        for groups in 1..3 {
            let cut = HEADER_LEN + groups * GROUP_CHUNKS * (CHUNK_LEN + TAG_LEN);
            assert!(
                decrypt(&key, &long[..cut]).is_err(),
                "cut after {groups} groups"
            );
        }
        let mut extended = sealed.clone();
        extended.extend_from_slice(&[0u8; TAG_LEN]);
        assert!(decrypt(&key, &extended).is_err());
        assert!(decrypt(&key, &sealed[..HEADER_LEN]).is_err());
        assert!(decrypt(&key, &sealed[..5]).is_err());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn any_flipped_byte_is_detected(len in 0usize..(GROUP_CHUNKS * CHUNK_LEN * 2 + 100), at in any::<prop::sample::Index>(), bit in 0u8..8) {
            let key = SecretKey::generate();
            let data = vec![0x5a; len];
            let mut sealed = encrypt(&key, &data);
            let index = at.index(sealed.len());
            sealed[index] ^= 1 << bit;
            prop_assert!(decrypt(&key, &sealed).is_err());
        }
    }
}
