//! Key derivation: Argon2id from the passphrase (cost calibrated per device, with a floor), then
//! HKDF-SHA256 to mix in the optional platform secret and to separate keys by purpose.

use std::time::{Duration, Instant};

use argon2::{Algorithm, Argon2, Params, Version};
use hkdf::Hkdf;
use sha2::Sha256;
use zeroize::Zeroizing;

use super::secret::{Passphrase, SecretKey};
use crate::error::{Error, Result};

/// Argon2id cost parameters. Stored in the key file header and shared by every slot, so a slot in
/// use cannot be told from an unused one by its parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KdfParams {
    /// Memory in KiB.
    pub memory_kib: u32,
    /// Passes over memory.
    pub iterations: u32,
    /// Lanes.
    pub parallelism: u32,
}

impl KdfParams {
    /// OWASP's minimum for Argon2id (19 MiB, 2 passes, 1 lane). Nothing weaker is ever accepted
    /// for a new vault.
    pub const FLOOR: KdfParams = KdfParams {
        memory_kib: 19 * 1024,
        iterations: 2,
        parallelism: 1,
    };

    /// Used when no calibration was asked for: 64 MiB, 3 passes — about half a second on a
    /// mid-range phone.
    pub const DEFAULT: KdfParams = KdfParams {
        memory_kib: 64 * 1024,
        iterations: 3,
        parallelism: 1,
    };

    /// The most a key file may ask for. Protects a device from a doctored header that would make
    /// unlocking exhaust its memory.
    pub const CEILING: KdfParams = KdfParams {
        memory_kib: 1024 * 1024,
        iterations: 64,
        parallelism: 16,
    };

    /// Memory is raised first (it is what hurts a GPU attacker), up to this much.
    const CALIBRATION_MEMORY_CAP_KIB: u32 = 256 * 1024;

    /// A very cheap setting so unit tests run fast. Only compiled into this crate's own unit
    /// tests: no build a person runs can select it.
    #[cfg(test)]
    pub(crate) const INSECURE_TEST: KdfParams = KdfParams {
        memory_kib: 64,
        iterations: 1,
        parallelism: 1,
    };

    /// Picks parameters that take about `target` to derive on this device, never below
    /// [`KdfParams::FLOOR`]: memory doubles until the target or the memory cap is reached, then
    /// passes are added.
    pub fn calibrate(target: Duration) -> Result<KdfParams> {
        let probe = Passphrase::new("calibration");
        let salt = [0u8; 16];
        Self::calibrate_with(target, |params| time_derivation(&probe, &salt, params))
    }

    /// [`KdfParams::calibrate`] with the clock given: `time(params)` says how long one
    /// derivation takes.
    fn calibrate_with(
        target: Duration,
        mut time: impl FnMut(KdfParams) -> Result<Duration>,
    ) -> Result<KdfParams> {
        let mut params = KdfParams::FLOOR;
        let mut elapsed = time(params)?;
        while elapsed < target && params.memory_kib < Self::CALIBRATION_MEMORY_CAP_KIB {
            let next = KdfParams {
                memory_kib: (params.memory_kib * 2).min(Self::CALIBRATION_MEMORY_CAP_KIB),
                ..params
            };
            let next_elapsed = time(next)?;
            if next_elapsed > target.mul_f32(1.25) {
                break;
            }
            params = next;
            elapsed = next_elapsed;
        }
        if elapsed < target && !elapsed.is_zero() {
            // Time grows linearly with passes, so one estimate is enough.
            let per_pass = elapsed / params.iterations;
            let wanted = (target.as_secs_f64() / per_pass.as_secs_f64().max(1e-6)).floor() as u32;
            params.iterations = wanted.clamp(params.iterations, Self::CEILING.iterations);
        }
        Ok(params)
    }

    /// Whether a new vault may be created with these parameters.
    pub(crate) fn meets_floor(&self) -> bool {
        #[cfg(test)]
        if *self == Self::INSECURE_TEST {
            return true;
        }
        self.memory_kib >= Self::FLOOR.memory_kib
            && self.iterations >= Self::FLOOR.iterations
            && self.parallelism >= Self::FLOOR.parallelism
    }

    /// Whether a stored header's parameters are sane enough to attempt a derivation.
    pub(crate) fn within_ceiling(&self) -> bool {
        self.memory_kib <= Self::CEILING.memory_kib
            && self.iterations <= Self::CEILING.iterations
            && (1..=Self::CEILING.parallelism).contains(&self.parallelism)
            && self.iterations >= 1
            && self.memory_kib >= 8 * self.parallelism
    }

    fn argon2(&self) -> Result<Argon2<'static>> {
        let params = Params::new(self.memory_kib, self.iterations, self.parallelism, Some(32))
            .map_err(|_| Error::Corrupted("detail-kdf-params-invalid"))?;
        Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
    }
}

fn time_derivation(passphrase: &Passphrase, salt: &[u8], params: KdfParams) -> Result<Duration> {
    let start = Instant::now();
    derive_passphrase_key(passphrase, salt, params)?;
    Ok(start.elapsed())
}

/// The slow step: Argon2id over the passphrase. Done once per unlock, whatever the slot count.
pub(crate) fn derive_passphrase_key(
    passphrase: &Passphrase,
    salt: &[u8],
    params: KdfParams,
) -> Result<SecretKey> {
    let mut output = Zeroizing::new([0u8; 32]);
    params
        .argon2()?
        .hash_password_into(passphrase.as_bytes(), salt, output.as_mut())
        .map_err(|_| Error::Corrupted("detail-kdf-failed"))?;
    SecretKey::from_slice(output.as_ref()).ok_or(Error::Corrupted("detail-kdf-failed"))
}

/// The key that wraps one slot: HKDF over the Argon2id output, salted with the platform secret
/// when the vault is bound to a device, and separated per slot by the slot's own salt.
pub(crate) fn derive_slot_key(
    passphrase_key: &SecretKey,
    platform_secret: Option<&[u8]>,
    slot_salt: &[u8],
) -> Result<SecretKey> {
    let hkdf = Hkdf::<Sha256>::new(platform_secret, passphrase_key.expose());
    let mut okm = Zeroizing::new([0u8; 32]);
    let info = [b"wave/v1/slot-key/".as_slice(), slot_salt].concat();
    hkdf.expand(&info, okm.as_mut())
        .map_err(|_| Error::Corrupted("detail-kdf-failed"))?;
    SecretKey::from_slice(okm.as_ref()).ok_or(Error::Corrupted("detail-kdf-failed"))
}

/// A purpose-bound subkey of the data key, so the row cipher and any later use never share a key.
pub(crate) fn derive_subkey(data_key: &SecretKey, purpose: &str) -> SecretKey {
    let hkdf = Hkdf::<Sha256>::new(None, data_key.expose());
    let mut okm = Zeroizing::new([0u8; 32]);
    let info = [b"wave/v1/subkey/".as_slice(), purpose.as_bytes()].concat();
    // A 32-byte output is always within HKDF-SHA256's limit, so expand cannot fail here.
    let _ = hkdf.expand(&info, okm.as_mut());
    SecretKey::from_bytes(*okm)
}

/// The key that seals database rows.
pub(crate) fn derive_row_key(data_key: &SecretKey) -> SecretKey {
    derive_subkey(data_key, "rows")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floor_is_owasp_minimum_and_calibration_never_goes_below_it() {
        assert!(KdfParams::FLOOR.meets_floor());
        assert!(KdfParams::DEFAULT.meets_floor());
        let weaker = KdfParams {
            iterations: 1,
            ..KdfParams::FLOOR
        };
        assert!(!weaker.meets_floor());
        let calibrated = KdfParams::calibrate(Duration::from_millis(1)).unwrap();
        assert!(calibrated.meets_floor());
        assert_eq!(calibrated, KdfParams::FLOOR);
    }

    /// A device where a derivation costs 1 ms per MiB and pass (the clock is the model, so the
    /// test does not depend on how busy the machine is).
    fn modelled(params: KdfParams) -> Result<Duration> {
        Ok(Duration::from_millis(
            u64::from(params.memory_kib / 1024) * u64::from(params.iterations),
        ))
    }

    #[test]
    fn calibration_raises_cost_for_a_longer_target() {
        let floor_time = modelled(KdfParams::FLOOR).unwrap();
        let calibrated = KdfParams::calibrate_with(floor_time * 10, modelled).unwrap();
        assert!(calibrated.meets_floor());
        assert!(calibrated.memory_kib > KdfParams::FLOOR.memory_kib);
        let took = modelled(calibrated).unwrap();
        assert!(
            took <= floor_time * 10 && took * 2 > floor_time * 10,
            "{calibrated:?} takes {took:?}"
        );
        // Memory is capped; passes make up the rest of a long target.
        let long = KdfParams::calibrate_with(Duration::from_secs(30), modelled).unwrap();
        assert_eq!(long.memory_kib, KdfParams::CALIBRATION_MEMORY_CAP_KIB);
        assert!(long.iterations > KdfParams::FLOOR.iterations);
        // On the real clock it never goes below the floor.
        assert!(
            KdfParams::calibrate(Duration::from_millis(50))
                .unwrap()
                .meets_floor()
        );
    }

    #[test]
    fn platform_secret_changes_the_slot_key() {
        let master = SecretKey::from_bytes([7; 32]);
        let plain = derive_slot_key(&master, None, b"salt").unwrap();
        let bound = derive_slot_key(&master, Some(b"device"), b"salt").unwrap();
        let other_salt = derive_slot_key(&master, None, b"other").unwrap();
        assert_ne!(plain.expose(), bound.expose());
        assert_ne!(plain.expose(), other_salt.expose());
    }

    #[test]
    fn hostile_parameters_are_refused_before_derivation() {
        let huge = KdfParams {
            memory_kib: u32::MAX,
            iterations: 1,
            parallelism: 1,
        };
        assert!(!huge.within_ceiling());
        let zero_lanes = KdfParams {
            parallelism: 0,
            ..KdfParams::FLOOR
        };
        assert!(!zero_lanes.within_ceiling());
    }
}
