//! The row envelope: every sensitive value in the database is `version ‖ nonce ‖ ciphertext`,
//! with associated data naming its table, row id and row version, so a row cannot be moved to
//! another row or rolled back to an older revision without failing to decrypt. Plaintexts are
//! padded to a multiple of [`PAD_TO`] bytes so a row's size says little about what it holds.

use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::vault::SecretKey;
use crate::vault::cipher;

const ENVELOPE_VERSION: u8 = 1;
/// Plaintexts are padded up to a multiple of this many bytes.
pub(crate) const PAD_TO: usize = 256;
const LENGTH_PREFIX: usize = 4;

/// Which row an envelope belongs to.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RowRef<'a> {
    pub table: &'static str,
    pub id: &'a str,
    pub version: u64,
}

impl RowRef<'_> {
    fn associated_data(&self) -> Vec<u8> {
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

/// Seals `payload` for `row`.
pub(crate) fn seal(key: &SecretKey, row: RowRef<'_>, payload: &[u8]) -> Result<Vec<u8>> {
    let length = u32::try_from(payload.len())
        .map_err(|_| Error::InvalidInput("a record is too large to store".into()))?;
    let padded_len = (LENGTH_PREFIX + payload.len()).div_ceil(PAD_TO) * PAD_TO;
    let mut plain = Zeroizing::new(Vec::with_capacity(padded_len));
    plain.extend_from_slice(&length.to_le_bytes());
    plain.extend_from_slice(payload);
    plain.resize(padded_len, 0);
    let sealed = cipher::seal(key, &row.associated_data(), &plain);
    let mut envelope = Vec::with_capacity(1 + sealed.len());
    envelope.push(ENVELOPE_VERSION);
    envelope.extend_from_slice(&sealed);
    Ok(envelope)
}

/// Opens an envelope sealed for `row`; any damage, a wrong row or an old revision is an error.
pub(crate) fn open(
    key: &SecretKey,
    row: RowRef<'_>,
    envelope: &[u8],
) -> Result<Zeroizing<Vec<u8>>> {
    let Some((&version, sealed)) = envelope.split_first() else {
        return Err(Error::Corrupted("an encrypted record is empty"));
    };
    if version != ENVELOPE_VERSION {
        return Err(Error::Corrupted(
            "an encrypted record has an unknown version",
        ));
    }
    let mut plain = Zeroizing::new(cipher::open(key, &row.associated_data(), sealed).ok_or(
        Error::Corrupted("an encrypted record failed authentication"),
    )?);
    if plain.len() < LENGTH_PREFIX || plain.len() % PAD_TO != 0 {
        return Err(Error::Corrupted(
            "an encrypted record has an impossible length",
        ));
    }
    let mut prefix = [0u8; LENGTH_PREFIX];
    prefix.copy_from_slice(&plain[..LENGTH_PREFIX]);
    let length = u32::from_le_bytes(prefix) as usize;
    if length > plain.len() - LENGTH_PREFIX {
        return Err(Error::Corrupted(
            "an encrypted record has an impossible length",
        ));
    }
    plain.truncate(LENGTH_PREFIX + length);
    plain.drain(..LENGTH_PREFIX);
    Ok(plain)
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
