//! Backing up the NGO's secret files (an identity file, the signing key file) as Shamir shares:
//! any `threshold` of the printed shares restore the file exactly; fewer reveal nothing about it.
//!
//! The sharing itself is the `blahaj` crate (byte-wise Shamir over GF(256)), the maintained
//! fork of `sharks` that fixed its biased polynomial coefficients; nothing of the arithmetic is
//! ours. What is ours is the framing around it:
//!
//! - The file is shared together with the first 8 bytes of its SHA-256, inside the secret, so a
//!   restore that used a share of another split (or one altered consistently with its checksum)
//!   is refused instead of writing a wrong file. The digest is never visible in a share.
//! - Each share is one line of text, upper-case so a QR code holds it in alphanumeric mode:
//!   `WAVE-SHARE-1:<KIND>:<K>-OF-<N>:<SPLIT ID>:<X>:<Y>:<CHECK>`, hex throughout, where CHECK is
//!   the first 4 bytes of the SHA-256 of everything before it: a typo when a share is typed back
//!   is caught by the share itself, naming which one. Spaces and line breaks are ignored when
//!   reading, so a share may be printed in groups.
//! - The split id (random) keeps shares of two different splits from being combined.

use std::collections::BTreeSet;

use blahaj::{Share, Sharks};
use sha2::{Digest, Sha256};
use wave_core::error::Detail;
use wave_core::{Error, Result};
use zeroize::Zeroizing;

/// The first field of every share.
const SHARE_PREFIX: &str = "WAVE-SHARE-1";
/// Bytes of SHA-256 carried inside the shared secret to check a restore.
const TAG_BYTES: usize = 8;
/// Largest file that can be split: an identity or signing key file is a few hundred bytes, and a
/// share must still fit one QR code.
pub const MAX_SECRET_BYTES: usize = 1024;

/// What a share set restores; written into each share so that a share says what it is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretKind {
    /// An NGO identity file (age), which opens cases.
    Identity,
    /// The NGO signing key file, which signs recipient sets.
    SigningKey,
}

impl SecretKind {
    fn label(self) -> &'static str {
        match self {
            SecretKind::Identity => "IDENTITY",
            SecretKind::SigningKey => "SIGNING-KEY",
        }
    }

    fn from_label(label: &str) -> Option<SecretKind> {
        match label {
            "IDENTITY" => Some(SecretKind::Identity),
            "SIGNING-KEY" => Some(SecretKind::SigningKey),
            _ => None,
        }
    }

    /// The selector the catalogs' messages choose their words by (`identity`, `signing-key`).
    pub fn id(self) -> &'static str {
        match self {
            SecretKind::Identity => "identity",
            SecretKind::SigningKey => "signing-key",
        }
    }
}

/// One share, parsed and checked against its own checksum.
struct ParsedShare {
    kind: SecretKind,
    threshold: u8,
    total: u8,
    split_id: String,
    share: Share,
}

fn hex_upper(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02X}")).collect()
}

fn from_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| {
            text.get(i..i + 2)
                .and_then(|pair| u8::from_str_radix(pair, 16).ok())
        })
        .collect()
}

fn checksum(body: &str) -> String {
    hex_upper(&Sha256::digest(body.as_bytes())[..4])
}

/// Splits `secret` into `total` shares of which any `threshold` restore it. Each share is one
/// line of text (see the module's description); secret material, to be handled like the file.
pub fn split(
    kind: SecretKind,
    secret: &[u8],
    threshold: u8,
    total: u8,
) -> Result<Vec<Zeroizing<String>>> {
    if threshold < 2 || threshold > total {
        return Err(Error::InvalidInput(
            Detail::new("archive-share-threshold").with_count("total", u64::from(total)),
        ));
    }
    if secret.is_empty() || secret.len() > MAX_SECRET_BYTES {
        return Err(Error::InvalidInput(
            Detail::new("archive-share-file-size").with_count("max", MAX_SECRET_BYTES as u64),
        ));
    }
    let mut framed = Zeroizing::new(secret.to_vec());
    framed.extend_from_slice(&Sha256::digest(secret)[..TAG_BYTES]);
    let mut id = [0u8; 4];
    getrandom::fill(&mut id).map_err(|error| {
        Error::InvalidInput(Detail::new("archive-no-random-source").with("error", error))
    })?;
    let split_id = hex_upper(&id);
    let dealer = Sharks(threshold).dealer(&framed);
    let shares = dealer
        .take(usize::from(total))
        .map(|share| {
            let bytes = Zeroizing::new(Vec::<u8>::from(&share));
            let (x, y) = bytes.split_first().unwrap_or((&0, &[]));
            let y = Zeroizing::new(hex_upper(y));
            let body = Zeroizing::new(format!(
                "{SHARE_PREFIX}:{}:{threshold}-OF-{total}:{split_id}:{x:02X}:{}",
                kind.label(),
                y.as_str()
            ));
            let check = checksum(&body);
            Zeroizing::new(format!("{}:{check}", body.as_str()))
        })
        .collect();
    Ok(shares)
}

/// Reads one share; `number` (from 1) names it in messages.
fn parse_share(text: &str, number: usize) -> Result<ParsedShare> {
    let bad =
        |id: &'static str| Error::InvalidInput(Detail::new(id).with_count("number", number as u64));
    let compact = Zeroizing::new(
        text.chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_uppercase(),
    );
    let (body, check) = compact
        .rsplit_once(':')
        .ok_or_else(|| bad("archive-share-not-a-share"))?;
    if !body.starts_with(SHARE_PREFIX) {
        return Err(bad("archive-share-not-a-share"));
    }
    if checksum(body) != check {
        return Err(bad("archive-share-typo"));
    }
    let fields: Vec<&str> = body.split(':').collect();
    let [_, kind, counts, split_id, x, y] = fields.as_slice() else {
        return Err(bad("archive-share-fields"));
    };
    let kind = SecretKind::from_label(kind).ok_or_else(|| bad("archive-share-other-secret"))?;
    let (threshold, total) = counts
        .split_once("-OF-")
        .and_then(|(k, n)| Some((k.parse::<u8>().ok()?, n.parse::<u8>().ok()?)))
        .filter(|(k, n)| *k >= 2 && k <= n)
        .ok_or_else(|| bad("archive-share-threshold-unreadable"))?;
    let x = from_hex(x)
        .filter(|x| x.len() == 1 && x[0] != 0)
        .ok_or_else(|| bad("archive-share-number-unreadable"))?;
    let y = Zeroizing::new(from_hex(y).ok_or_else(|| bad("archive-share-not-hex"))?);
    if y.len() <= TAG_BYTES {
        return Err(bad("archive-share-too-short"));
    }
    let mut bytes = Zeroizing::new(x);
    bytes.extend_from_slice(&y);
    let share = Share::try_from(bytes.as_slice()).map_err(|_| bad("archive-share-damaged"))?;
    Ok(ParsedShare {
        kind,
        threshold,
        total,
        split_id: split_id.to_string(),
        share,
    })
}

/// Restores a file from shares made by [`split`]: at least the threshold of them, all of the
/// same split. Every share is checked on its own first, so a typo is reported for the share
/// that has it.
pub fn combine(shares: &[&str]) -> Result<(SecretKind, Zeroizing<Vec<u8>>)> {
    let parsed = shares
        .iter()
        .enumerate()
        .map(|(index, text)| parse_share(text, index + 1))
        .collect::<Result<Vec<_>>>()?;
    let first = parsed
        .first()
        .ok_or_else(|| Error::InvalidInput(Detail::new("archive-share-none")))?;
    for (index, share) in parsed.iter().enumerate() {
        if share.split_id != first.split_id
            || share.kind != first.kind
            || share.threshold != first.threshold
            || share.total != first.total
        {
            return Err(Error::InvalidInput(
                Detail::new("archive-share-other-split").with_count("number", index as u64 + 1),
            ));
        }
    }
    let distinct: BTreeSet<u8> = parsed.iter().map(|share| share.share.x.0).collect();
    if distinct.len() < usize::from(first.threshold) {
        return Err(Error::InvalidInput(
            Detail::new("archive-share-too-few")
                .with_count("needed", u64::from(first.threshold))
                .with("kind", first.kind.id())
                .with_count("given", distinct.len() as u64),
        ));
    }
    let secret = recover(first.threshold, parsed.iter().map(|share| &share.share))?;
    Ok((first.kind, secret))
}

/// Interpolates and checks the tag inside the secret.
fn recover<'a>(
    threshold: u8,
    shares: impl Iterator<Item = &'a Share>,
) -> Result<Zeroizing<Vec<u8>>> {
    let refused = || Error::InvalidInput(Detail::new("archive-share-no-restore"));
    let framed = Zeroizing::new(
        Sharks(threshold)
            .recover(shares.collect::<Vec<_>>())
            .map_err(|_| refused())?,
    );
    let split_at = framed.len().checked_sub(TAG_BYTES).ok_or_else(refused)?;
    let (secret, tag) = framed.split_at(split_at);
    if Sha256::digest(secret)[..TAG_BYTES] != *tag {
        return Err(refused());
    }
    Ok(Zeroizing::new(secret.to_vec()))
}

/// A QR code of one share as a PNG image: black modules on white, 8 pixels each, with the
/// four-module quiet zone readers need.
pub fn share_qr_png(share: &str) -> Result<Vec<u8>> {
    let code = qrcode::QrCode::with_error_correction_level(share.as_bytes(), qrcode::EcLevel::M)
        .map_err(|_| Error::InvalidInput(Detail::new("archive-share-qr-too-big")))?;
    const SCALE: usize = 8;
    const QUIET: usize = 4;
    let modules = code.width();
    let colors = code.to_colors();
    let side = (modules + 2 * QUIET) * SCALE;
    let mut pixels = Zeroizing::new(vec![255u8; side * side]);
    for (index, color) in colors.iter().enumerate() {
        if *color != qrcode::Color::Dark {
            continue;
        }
        let (row, column) = (index / modules, index % modules);
        for dy in 0..SCALE {
            let start = ((row + QUIET) * SCALE + dy) * side + (column + QUIET) * SCALE;
            pixels[start..start + SCALE].fill(0);
        }
    }
    let side_u32 = u32::try_from(side)
        .map_err(|_| Error::InvalidInput(Detail::new("archive-share-qr-too-big")))?;
    let mut png_bytes = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut png_bytes, side_u32, side_u32);
        encoder.set_color(png::ColorType::Grayscale);
        encoder.set_depth(png::BitDepth::Eight);
        let qr_image = |error: png::EncodingError| {
            Error::InvalidInput(Detail::new("archive-share-qr-image").with("error", error))
        };
        let mut writer = encoder.write_header().map_err(qr_image)?;
        writer.write_image_data(&pixels).map_err(qr_image)?;
    }
    Ok(png_bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &[u8] = b"# created: 2026-11-30T10:00:00Z\n# public key: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p\nAGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ\n";

    /// Every subset of `items` of size `k`.
    fn subsets(items: &[usize], k: usize) -> Vec<Vec<usize>> {
        if k == 0 {
            return vec![Vec::new()];
        }
        let mut all = Vec::new();
        for (i, &first) in items.iter().enumerate() {
            for mut rest in subsets(&items[i + 1..], k - 1) {
                rest.insert(0, first);
                all.push(rest);
            }
        }
        all
    }

    #[test]
    fn every_threshold_subset_restores_and_fewer_do_not() {
        let shares = split(SecretKind::Identity, FILE, 3, 5).unwrap();
        assert_eq!(shares.len(), 5);
        let indices: Vec<usize> = (0..5).collect();
        for k in 3..=5 {
            for subset in subsets(&indices, k) {
                let chosen: Vec<&str> = subset.iter().map(|&i| shares[i].as_str()).collect();
                let (kind, restored) = combine(&chosen).unwrap();
                assert_eq!(kind, SecretKind::Identity);
                assert_eq!(restored.as_slice(), FILE, "{subset:?}");
            }
        }
        assert_eq!(subsets(&indices, 3).len(), 10);
        for subset in subsets(&indices, 2) {
            let chosen: Vec<&str> = subset.iter().map(|&i| shares[i].as_str()).collect();
            let error = combine(&chosen).unwrap_err().to_string();
            assert!(error.contains("3 different shares are needed"), "{error}");
            // Even forced through the interpolation, two shares of a threshold-3 split give
            // something that is not the file, and the tag inside refuses it.
            let parsed: Vec<ParsedShare> = chosen
                .iter()
                .enumerate()
                .map(|(i, text)| parse_share(text, i + 1).unwrap())
                .collect();
            assert!(recover(2, parsed.iter().map(|p| &p.share)).is_err());
        }
        // The same share twice is one share.
        let twice = [shares[0].as_str(), shares[0].as_str(), shares[1].as_str()];
        assert!(combine(&twice).is_err());
    }

    #[test]
    fn a_typo_is_caught_by_the_share_that_has_it() {
        let shares = split(SecretKind::SigningKey, b"secret signing key file", 2, 3).unwrap();
        let original = shares[1].as_str();
        // Change one hex digit of the payload to every other digit.
        let position = original.len() - 12;
        for replacement in "0123456789ABCDEF".chars() {
            let mut typo = original.to_owned();
            if typo[position..].starts_with(replacement) {
                continue;
            }
            typo.replace_range(position..position + 1, &replacement.to_string());
            let error = combine(&[shares[0].as_str(), &typo])
                .unwrap_err()
                .to_string();
            assert!(error.contains("share 2 has a typo"), "{error}");
        }
        // Grouping spaces, line breaks and lower case are fine.
        let spaced: String = original
            .to_ascii_lowercase()
            .chars()
            .enumerate()
            .flat_map(|(i, c)| if i % 8 == 7 { vec![c, ' '] } else { vec![c] })
            .collect();
        let (kind, restored) = combine(&[shares[0].as_str(), &format!("{spaced}\n")]).unwrap();
        assert_eq!(kind, SecretKind::SigningKey);
        assert_eq!(restored.as_slice(), b"secret signing key file");
    }

    #[test]
    fn shares_of_two_splits_do_not_mix_and_bad_parameters_are_refused() {
        let a = split(SecretKind::Identity, FILE, 2, 3).unwrap();
        let b = split(SecretKind::Identity, FILE, 2, 3).unwrap();
        let error = combine(&[a[0].as_str(), b[1].as_str()])
            .unwrap_err()
            .to_string();
        assert!(error.contains("another split"), "{error}");
        assert!(split(SecretKind::Identity, FILE, 1, 3).is_err());
        assert!(split(SecretKind::Identity, FILE, 4, 3).is_err());
        assert!(split(SecretKind::Identity, b"", 2, 3).is_err());
        assert!(split(SecretKind::Identity, &[1; MAX_SECRET_BYTES + 1], 2, 3).is_err());
        assert!(combine(&["hello"]).is_err());
        assert!(combine(&[]).is_err());
    }

    #[test]
    fn the_largest_share_fits_a_qr_code() {
        let shares = split(SecretKind::Identity, &[0xA5; MAX_SECRET_BYTES], 2, 2).unwrap();
        let png = share_qr_png(&shares[0]).unwrap();
        assert_eq!(&png[1..4], b"PNG");
    }
}
