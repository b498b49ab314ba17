//! The attachment file format: STREAM (XChaCha20-Poly1305, 64 KiB chunks, big-endian counter and
//! last-chunk flag), the header, every chunk's associated data and where each chunk sits. No
//! thread, file or buffer here: the sealer and the opener build on it.
//!
//! File: version (1) ‖ nonce prefix (19) ‖ chunks, each 64 KiB of ciphertext + 16-byte tag, the
//! last one shorter (possibly empty + tag). Every chunk's associated data is the 20-byte header,
//! padded with zeros to 64 bytes in version 2 (see [`associated_data`]); version 1 files, whose
//! associated data is the bare header, are still read.

use aead_stream::{NewStream, StreamBE32};
use chacha20poly1305::XChaCha20Poly1305;
use chacha20poly1305::aead::KeyInit;

use crate::crypto::SecretKey;
use crate::error::{Detail, Error, Result};

pub(crate) const CHUNK_LEN: usize = 64 * 1024;
pub(super) const TAG_LEN: usize = 16;
/// The version written.
pub(super) const VERSION: u8 = 2;
/// The first version: the bare header as associated data. Read, never written.
pub(super) const VERSION_BARE_HEADER: u8 = 1;
/// Version 2's associated data: the header and zeros, four Poly1305 blocks.
pub(super) const ASSOCIATED_LEN: usize = 64;
pub(super) const NONCE_PREFIX_LEN: usize = 19;
pub(super) const HEADER_LEN: usize = 1 + NONCE_PREFIX_LEN;

/// What streaming a file through produced: its plaintext length and SHA-256.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BlobDigest {
    pub size: u64,
    pub sha256: [u8; 32],
}

/// Where chunk `position` of the stream starts in a file, sealed.
pub(super) fn sealed_chunk_offset(position: u32) -> Result<u64> {
    u64::from(position)
        .checked_mul((CHUNK_LEN + TAG_LEN) as u64)
        .and_then(|offset| offset.checked_add(HEADER_LEN as u64))
        .ok_or(Error::InvalidInput(Detail::new(
            "detail-attachment-too-large",
        )))
}

/// The STREAM of `key` under the header's nonce prefix.
pub(super) fn stream(
    key: &SecretKey,
    header: &[u8; HEADER_LEN],
) -> Result<StreamBE32<XChaCha20Poly1305>> {
    Ok(StreamBE32::from_aead(
        XChaCha20Poly1305::new(key.expose().into()),
        header[1..]
            .try_into()
            .map_err(|_| Error::Corrupted("detail-attachment-truncated"))?,
    ))
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
pub(super) fn associated_data(header: &[u8; HEADER_LEN]) -> AssociatedData {
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
pub(super) struct AssociatedData {
    padded: [u8; ASSOCIATED_LEN],
    len: usize,
}

impl AssociatedData {
    pub(super) fn bytes(&self) -> &[u8] {
        &self.padded[..self.len]
    }
}
