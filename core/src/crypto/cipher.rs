//! The one AEAD the vault uses, XChaCha20-Poly1305 with random 192-bit nonces (safe to draw at
//! random for any number of messages). Everything that encrypts a small value goes through here.

use chacha20poly1305::aead::{Aead, AeadInOut, KeyInit, Payload};
use chacha20poly1305::{Tag, XChaCha20Poly1305, XNonce};

use super::secret::{SecretKey, random_bytes};

pub(crate) const NONCE_LEN: usize = 24;
pub(crate) const TAG_LEN: usize = 16;

/// Encrypts `plaintext` bound to `aad`; returns `nonce ‖ ciphertext ‖ tag`.
pub(crate) fn seal(key: &SecretKey, aad: &[u8], plaintext: &[u8]) -> Vec<u8> {
    let nonce: [u8; NONCE_LEN] = random_bytes();
    seal_with_nonce(key, &nonce, aad, plaintext)
}

pub(crate) fn seal_with_nonce(
    key: &SecretKey,
    nonce: &[u8; NONCE_LEN],
    aad: &[u8],
    plaintext: &[u8],
) -> Vec<u8> {
    let cipher = XChaCha20Poly1305::new(key.expose().into());
    let mut out = Vec::with_capacity(NONCE_LEN + plaintext.len() + TAG_LEN);
    out.extend_from_slice(nonce);
    // Encryption into a Vec fails only if the buffer cannot grow, which aborts anyway.
    if let Ok(ciphertext) = cipher.encrypt(
        &XNonce::from(*nonce),
        Payload {
            msg: plaintext,
            aad,
        },
    ) {
        out.extend_from_slice(&ciphertext);
    }
    out
}

/// Decrypts `nonce ‖ ciphertext ‖ tag`; `None` if it is too short or fails authentication.
pub(crate) fn open(key: &SecretKey, aad: &[u8], sealed: &[u8]) -> Option<Vec<u8>> {
    if sealed.len() < NONCE_LEN + TAG_LEN {
        return None;
    }
    let (nonce, ciphertext) = sealed.split_at(NONCE_LEN);
    let nonce = XNonce::try_from(nonce).ok()?;
    let cipher = XChaCha20Poly1305::new(key.expose().into());
    cipher
        .decrypt(
            &nonce,
            Payload {
                msg: ciphertext,
                aad,
            },
        )
        .ok()
}

/// Encrypts `buffer` in place, bound to `aad`, and returns the tag; for callers that lay the
/// plaintext out where its ciphertext goes, so no other copy of it is made. `None` only for a
/// message beyond the cipher's limit (256 GiB).
pub(crate) fn seal_in_place(
    key: &SecretKey,
    nonce: &[u8; NONCE_LEN],
    aad: &[u8],
    buffer: &mut [u8],
) -> Option<[u8; TAG_LEN]> {
    let cipher = XChaCha20Poly1305::new(key.expose().into());
    cipher
        .encrypt_inout_detached(&XNonce::from(*nonce), aad, buffer.into())
        .ok()
        .map(Into::into)
}

/// Decrypts `buffer` in place if `tag` authenticates it and `aad`; otherwise leaves it unchanged
/// and returns false. `nonce` and `tag` of the wrong length fail too.
pub(crate) fn open_in_place(
    key: &SecretKey,
    nonce: &[u8],
    aad: &[u8],
    buffer: &mut [u8],
    tag: &[u8],
) -> bool {
    let (Ok(nonce), Ok(tag)) = (XNonce::try_from(nonce), Tag::try_from(tag)) else {
        return false;
    };
    let cipher = XChaCha20Poly1305::new(key.expose().into());
    cipher
        .decrypt_inout_detached(&nonce, aad, buffer.into(), &tag)
        .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_binding_to_associated_data() {
        let key = SecretKey::generate();
        let sealed = seal(&key, b"row-1", b"hello");
        assert_eq!(sealed.len(), NONCE_LEN + 5 + TAG_LEN);
        assert_eq!(
            open(&key, b"row-1", &sealed).as_deref(),
            Some(&b"hello"[..])
        );
        assert!(open(&key, b"row-2", &sealed).is_none());
        assert!(open(&SecretKey::generate(), b"row-1", &sealed).is_none());
        assert!(open(&key, b"row-1", &sealed[..10]).is_none());
    }

    #[test]
    fn in_place_variants_match_the_allocating_ones() {
        let key = SecretKey::generate();
        let nonce = [3u8; NONCE_LEN];
        let mut buffer = b"hello".to_vec();
        let tag = seal_in_place(&key, &nonce, b"row-1", &mut buffer).unwrap();
        let mut expected = nonce.to_vec();
        expected.extend_from_slice(&buffer);
        expected.extend_from_slice(&tag);
        assert_eq!(seal_with_nonce(&key, &nonce, b"row-1", b"hello"), expected);
        let sealed = buffer.clone();
        assert!(!open_in_place(&key, &nonce, b"row-2", &mut buffer, &tag));
        assert_eq!(buffer, sealed, "left unchanged on failure");
        assert!(!open_in_place(
            &key,
            &nonce[..23],
            b"row-1",
            &mut buffer,
            &tag
        ));
        assert!(!open_in_place(
            &key,
            &nonce,
            b"row-1",
            &mut buffer,
            &tag[..15]
        ));
        assert!(open_in_place(&key, &nonce, b"row-1", &mut buffer, &tag));
        assert_eq!(buffer, b"hello");
    }
}
