//! The attachment stream format and its two directions: STREAM (XChaCha20-Poly1305, 64 KiB
//! chunks, big-endian counter and last-chunk flag), so memory stays constant whatever the size and
//! truncating, reordering or extending the chunks fails authentication. Each file has its own
//! random key, which the store keeps in the attachment's row envelope: deleting the row shreds
//! the file. What a file is called, where it lives and when it is synced belong to the store.
//!
//! - `format`: the header, the chunk layout, the associated data, the digest.
//! - `chunks`: the chunk and group buffers and the readers that fill them.
//! - `lanes`: the chunk cipher both directions share, and the two opening lanes.
//! - `feed`: bytes handed to a helper thread in batches (the hash when opening).
//! - `sealer`: encrypting on two threads, each group sealed in one buffer laid out as in the file
//!   and written at its place in a [`Destination`] with one call.
//! - `opener`: decrypting in two lanes while a third thread hashes.

mod chunks;
mod feed;
mod format;
mod lanes;
mod opener;
mod sealer;

pub use format::BlobDigest;
#[cfg(test)]
pub(crate) use format::CHUNK_LEN;
pub(crate) use opener::decrypt_stream;
#[cfg(test)]
pub(crate) use sealer::GROUP_CHUNKS as SEAL_GROUP_CHUNKS;
pub(crate) use sealer::{Destination, encrypt_stream};

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use proptest::prelude::*;

    use chacha20poly1305::XChaCha20Poly1305;
    use chacha20poly1305::aead::KeyInit;
    use sha2::{Digest, Sha256};

    use super::format::{
        ASSOCIATED_LEN, CHUNK_LEN, HEADER_LEN, NONCE_PREFIX_LEN, TAG_LEN, VERSION,
        VERSION_BARE_HEADER,
    };
    use super::opener::{GROUP_CHUNKS, HASH_BATCH, HASH_BUFFERS};
    use super::sealer::GROUP_CHUNKS as SEAL_GROUP_CHUNKS;
    use super::*;
    use crate::crypto::{SecretKey, random_bytes};
    use crate::error::{Error, Result};

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
