//! The row envelope: every sensitive value in the database is `version ‖ nonce ‖ ciphertext`,
//! with associated data naming its table, row id and row version, so a row cannot be moved to
//! another row or rolled back to an older revision without failing to decrypt. Plaintexts are
//! padded to a multiple of [`PAD_TO`] bytes so a row's size says little about what it holds.

use zeroize::Zeroizing;

use crate::crypto::cipher::{self, NONCE_LEN};
use crate::crypto::{SecretKey, random_bytes};
use crate::error::{Detail, Error, Result};

pub(crate) const ENVELOPE_VERSION: u8 = 1;
/// Plaintexts are padded up to a multiple of this many bytes.
pub(crate) const PAD_TO: usize = 256;
pub(crate) const LENGTH_PREFIX: usize = 4;
/// Where the ciphertext starts: after the version byte and the nonce.
const BODY_START: usize = 1 + NONCE_LEN;

/// Which row an envelope belongs to.
#[derive(Debug, Clone, Copy)]
pub struct RowRef<'a> {
    pub table: &'static str,
    pub id: &'a str,
    pub version: u64,
}

impl RowRef<'_> {
    pub(crate) fn associated_data(&self) -> Vec<u8> {
        let mut aad = Vec::with_capacity(16 + self.table.len() + self.id.len());
        aad.extend_from_slice(b"wave/v1/row\0");
        aad.push(ENVELOPE_VERSION);
        aad.extend_from_slice(self.table.as_bytes());
        aad.push(0);
        aad.extend_from_slice(self.id.as_bytes());
        aad.push(0);
        aad.extend_from_slice(&self.version.to_be_bytes());
        aad
    }
}

/// Seals `payload` for `row`. The padded plaintext is laid out where its ciphertext goes and
/// encrypted in place: one buffer, and no plaintext copy left behind if anything fails.
pub(crate) fn seal(key: &SecretKey, row: RowRef<'_>, payload: &[u8]) -> Result<Vec<u8>> {
    let too_large = || Error::InvalidInput(Detail::new("detail-record-too-large"));
    let length = u32::try_from(payload.len()).map_err(|_| too_large())?;
    let padded_len = (LENGTH_PREFIX + payload.len()).div_ceil(PAD_TO) * PAD_TO;
    let nonce: [u8; NONCE_LEN] = random_bytes();
    let mut envelope = Zeroizing::new(Vec::with_capacity(
        BODY_START + padded_len + cipher::TAG_LEN,
    ));
    envelope.push(ENVELOPE_VERSION);
    envelope.extend_from_slice(&nonce);
    envelope.extend_from_slice(&length.to_le_bytes());
    envelope.extend_from_slice(payload);
    envelope.resize(BODY_START + padded_len, 0);
    let tag = cipher::seal_in_place(
        key,
        &nonce,
        &row.associated_data(),
        &mut envelope[BODY_START..],
    )
    .ok_or_else(too_large)?;
    envelope.extend_from_slice(&tag);
    Ok(std::mem::take(&mut *envelope))
}

/// An opened envelope's payload. Wiped from memory when dropped.
pub(crate) struct Plaintext {
    /// The length prefix, the payload and the padding, decrypted.
    padded: Zeroizing<Vec<u8>>,
    len: usize,
}

impl Plaintext {
    /// The payload alone, in the buffer it was opened in (moved down over the length prefix,
    /// so no copy of it is left anywhere else).
    pub(crate) fn into_payload(self) -> Zeroizing<Vec<u8>> {
        let Plaintext { mut padded, len } = self;
        padded.copy_within(LENGTH_PREFIX..LENGTH_PREFIX + len, 0);
        padded.truncate(len);
        padded
    }
}

impl std::ops::Deref for Plaintext {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        &self.padded[LENGTH_PREFIX..LENGTH_PREFIX + self.len]
    }
}

/// Opens an envelope sealed for `row`; any damage, a wrong row or an old revision is an error.
pub(crate) fn open(key: &SecretKey, row: RowRef<'_>, envelope: &[u8]) -> Result<Plaintext> {
    let Some((&version, sealed)) = envelope.split_first() else {
        return Err(Error::Corrupted("detail-record-empty"));
    };
    if version != ENVELOPE_VERSION {
        return Err(Error::Corrupted("detail-record-unknown-version"));
    }
    let failed = Error::Corrupted("detail-record-failed-authentication");
    if sealed.len() < NONCE_LEN + cipher::TAG_LEN {
        return Err(failed);
    }
    let (nonce, rest) = sealed.split_at(NONCE_LEN);
    let (ciphertext, tag) = rest.split_at(rest.len() - cipher::TAG_LEN);
    let mut padded = Zeroizing::new(ciphertext.to_vec());
    if !cipher::open_in_place(key, nonce, &row.associated_data(), &mut padded, tag) {
        return Err(failed);
    }
    if padded.len() < LENGTH_PREFIX || padded.len() % PAD_TO != 0 {
        return Err(Error::Corrupted("detail-record-impossible-length"));
    }
    let mut prefix = [0u8; LENGTH_PREFIX];
    prefix.copy_from_slice(&padded[..LENGTH_PREFIX]);
    let len = u32::from_le_bytes(prefix) as usize;
    if len > padded.len() - LENGTH_PREFIX {
        return Err(Error::Corrupted("detail-record-impossible-length"));
    }
    Ok(Plaintext { padded, len })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn row(id: &str, version: u64) -> RowRef<'_> {
        RowRef {
            table: "cases",
            id,
            version,
        }
    }

    proptest! {
        #[test]
        fn round_trip(payload in proptest::collection::vec(any::<u8>(), 0..3000), version in any::<u64>()) {
            let key = SecretKey::generate();
            let sealed = seal(&key, row("a", version), &payload).unwrap();
            prop_assert_eq!((sealed.len() - 1 - 24 - 16) % PAD_TO, 0);
            let opened = open(&key, row("a", version), &sealed).unwrap();
            prop_assert_eq!(&opened[..], &payload[..]);
        }

        #[test]
        fn any_single_byte_flip_is_detected(payload in proptest::collection::vec(any::<u8>(), 0..600), at in any::<prop::sample::Index>(), bit in 0u8..8) {
            let key = SecretKey::generate();
            let mut sealed = seal(&key, row("a", 1), &payload).unwrap();
            let index = at.index(sealed.len());
            sealed[index] ^= 1 << bit;
            prop_assert!(open(&key, row("a", 1), &sealed).is_err());
        }

        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let key = SecretKey::generate();
            prop_assert!(open(&key, row("a", 1), &bytes).is_err());
        }
    }

    #[test]
    fn envelope_is_bound_to_table_row_and_version() {
        let key = SecretKey::generate();
        let sealed = seal(&key, row("a", 3), b"secret").unwrap();
        assert!(open(&key, row("b", 3), &sealed).is_err());
        assert!(open(&key, row("a", 2), &sealed).is_err());
        let other_table = RowRef {
            table: "attachments",
            id: "a",
            version: 3,
        };
        assert!(open(&key, other_table, &sealed).is_err());
    }
}
