//! Tokens and who holds them: generation, hashing, and the extractors that let a handler run only
//! for a live device (rate limited) or for staff.

use crate::app::SharedApp;
use crate::error::ApiFailure;
use crate::store::{Principal, Store};
use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;
use sha2::{Digest, Sha256};
use std::time::Instant;
use uuid::Uuid;
use wave_protocol::encoding::{decode_token, encode_token};
use wave_protocol::limits::TOKEN_BYTES;
use wave_protocol::{ApiError, ErrorCode};

/// A fresh secret (token or enrollment code): its text form and the SHA-256 the server keeps.
pub struct NewSecret {
    /// Shown once to whoever receives it.
    pub text: String,
    /// What is stored.
    pub hash: [u8; 32],
}

/// 32 random bytes from the operating system, as unpadded base64url.
pub fn new_secret() -> NewSecret {
    let mut bytes = [0u8; TOKEN_BYTES];
    // Without randomness no token can be made; stopping is the only safe answer.
    if let Err(error) = getrandom::fill(&mut bytes) {
        panic!("the operating system's random source failed: {error}");
    }
    let secret = NewSecret {
        text: encode_token(&bytes),
        hash: hash_secret(&bytes),
    };
    bytes.fill(0);
    secret
}

/// The stored form of a secret: SHA-256 of its bytes. A fast hash is enough because the secret
/// has 256 bits of entropy; there is nothing to guess. Lookups go by this hash through an index,
/// so response timing depends only on the hash of what was presented, which an attacker cannot
/// steer towards a stored one; no byte-by-byte comparison of a secret ever happens.
pub fn hash_secret(bytes: &[u8; TOKEN_BYTES]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

/// Hash of a secret in its text form, or `None` if it is not shaped like one of ours.
pub fn hash_secret_text(text: &str) -> Option<[u8; 32]> {
    decode_token(text).ok().map(|b| hash_secret(&b))
}

async fn principal<S: Store>(parts: &Parts, app: &SharedApp<S>) -> Result<Principal, ApiFailure> {
    let value = parts
        .headers
        .get(header::AUTHORIZATION)
        .ok_or_else(|| ApiFailure::unauthorized("missing Authorization: Bearer <token> header"))?;
    // The token itself never appears in a message: it could be logged by a proxy or a client.
    let malformed =
        || ApiFailure::unauthorized("malformed Authorization header: expected Bearer <token>");
    let value = value.to_str().map_err(|_| malformed())?;
    let (scheme, token) = value.split_once(' ').ok_or_else(malformed)?;
    if !scheme.eq_ignore_ascii_case("bearer") {
        return Err(malformed());
    }
    let hash = hash_secret_text(token.trim()).ok_or_else(malformed)?;
    let found = app.store.authenticate(hash).await?;
    found.ok_or_else(|| ApiFailure::unauthorized("unknown token"))
}

/// A request made with a live device token.
#[derive(Debug, Clone, Copy)]
pub struct DeviceAuth {
    /// The device.
    pub id: Uuid,
    /// Its Ed25519 public key.
    pub public_key: [u8; 32],
}

/// A request made with a staff token.
#[derive(Debug, Clone, Copy)]
pub struct StaffAuth {
    /// The staff token's id.
    pub id: Uuid,
}

pub(crate) fn revoked() -> ApiFailure {
    ApiFailure::new(
        ErrorCode::DeviceRevoked,
        "this device was revoked by the NGO; it can no longer sync",
    )
}

impl<S: Store> FromRequestParts<SharedApp<S>> for DeviceAuth {
    type Rejection = ApiFailure;

    async fn from_request_parts(
        parts: &mut Parts,
        app: &SharedApp<S>,
    ) -> Result<Self, Self::Rejection> {
        match principal(parts, app).await? {
            Principal::Device { revoked: true, .. } => Err(revoked()),
            Principal::Device { id, public_key, .. } => {
                if let Err(wait) = app.limiter.check(id, Instant::now()) {
                    let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
                    let seconds = seconds.max(1);
                    let mut err = ApiError::new(
                        ErrorCode::RateLimited,
                        format!("too many requests from this device; retry in {seconds} s"),
                    );
                    err.retry_after_seconds = Some(seconds);
                    return Err(ApiFailure(err));
                }
                Ok(Self { id, public_key })
            }
            Principal::Staff { .. } => Err(ApiFailure::forbidden(
                "a staff token cannot be used on device endpoints",
            )),
        }
    }
}

impl<S: Store> FromRequestParts<SharedApp<S>> for StaffAuth {
    type Rejection = ApiFailure;

    async fn from_request_parts(
        parts: &mut Parts,
        app: &SharedApp<S>,
    ) -> Result<Self, Self::Rejection> {
        match principal(parts, app).await? {
            Principal::Staff { id } => Ok(Self { id }),
            Principal::Device { revoked: true, .. } => Err(revoked()),
            Principal::Device { .. } => Err(ApiFailure::forbidden(
                "a device token cannot be used on staff endpoints",
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_random_and_hash_consistently() {
        let a = new_secret();
        let b = new_secret();
        assert_ne!(a.text, b.text);
        assert_eq!(a.text.len(), 43);
        assert_eq!(hash_secret_text(&a.text).unwrap(), a.hash);
        assert_ne!(a.hash, b.hash);
        assert!(hash_secret_text("not a token").is_none());
    }
}
