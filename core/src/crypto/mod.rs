//! The one floor a security reviewer audits: the AEAD and random bytes (`cipher`), zeroizing
//! secret types (`secret`), key derivation (`kdf`: Argon2id, HKDF and the `derive_*` keys), hex,
//! and the two formats built on them: the row envelope (`envelope`) and the attachment stream
//! with its sealer and opener (`stream`). Nothing here names, opens or syncs a file or touches
//! the database; the vault, the store and sync build on it.

pub(crate) mod cipher;
pub(crate) mod envelope;
mod hex;
pub(crate) mod kdf;
mod secret;
pub(crate) mod stream;

pub use kdf::KdfParams;
pub use secret::{Passphrase, SecretKey};
pub use stream::BlobDigest;

pub(crate) use hex::hex;
pub(crate) use kdf::derive_row_key;
pub(crate) use secret::{fill_random, random_bytes};
