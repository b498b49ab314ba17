//! Property tests of the parts of the protocol that read untrusted text or verify signatures:
//! the enrollment string, digests, tokens, and the submission signature round trip.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ed25519_dalek::SigningKey;
use proptest::prelude::*;
use wave_protocol::encoding::{decode_base64, decode_token};
use wave_protocol::{
    EnrollmentInvite, Sha256Hex, SignatureError, Uuid, sign_submission, verify_submission_signature,
};

fn recipient() -> impl Strategy<Value = String> {
    "[a-z0-9]{1,80}".prop_map(|s| format!("age1{s}"))
}

fn server() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z][a-z0-9-]{0,20}(\\.[a-z]{2,6}){1,2}(:[0-9]{2,5})?(/[a-z0-9]{1,8}){0,2}"
            .prop_map(|h| format!("https://{h}")),
        (1u16..=65535).prop_map(|p| format!("http://127.0.0.1:{p}")),
        (1u16..=65535).prop_map(|p| format!("http://localhost:{p}")),
    ]
}

fn invite() -> impl Strategy<Value = EnrollmentInvite> {
    (
        server(),
        "[A-Za-z0-9_-]{1,128}",
        proptest::collection::vec(recipient(), 1..5),
        proptest::option::of(any::<[u8; 32]>()),
    )
        .prop_map(|(server, code, recipients, pin)| EnrollmentInvite {
            server,
            code,
            recipients,
            pin_sha256: pin.map(Sha256Hex::from_bytes),
            backup_pins_sha256: Vec::new(),
            signing_key: None,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn valid_invites_round_trip(inv in invite()) {
        let text = inv.encode().unwrap();
        prop_assert!(text.starts_with("wave-enroll:1:"));
        prop_assert_eq!(EnrollmentInvite::decode(&text).unwrap(), inv);
    }

    #[test]
    fn arbitrary_strings_never_panic(text in any::<String>()) {
        let _ = EnrollmentInvite::decode(&text);
        let _ = EnrollmentInvite::decode(&format!("wave-enroll:{text}"));
        let _ = EnrollmentInvite::decode(&format!("wave-enroll:1:{text}"));
        let _ = Sha256Hex::parse(&text);
        let _ = decode_token(&text);
        let _ = decode_base64(&text);
    }

    #[test]
    fn arbitrary_payloads_never_panic(bytes in any::<Vec<u8>>()) {
        let text = format!("wave-enroll:1:{}", URL_SAFE_NO_PAD.encode(&bytes));
        if let Ok(inv) = EnrollmentInvite::decode(&text) {
            prop_assert!(inv.validate().is_ok());
        }
    }

    #[test]
    fn json_shaped_payloads_are_validated(
        server in "[ -~]{0,40}",
        code in "[ -~]{0,40}",
        recipients in proptest::collection::vec("[ -~]{0,20}", 0..3),
        pin in proptest::option::of("[0-9a-fA-Fg]{60,68}"),
    ) {
        let json = serde_json::json!({
            "server": server, "code": code, "recipients": recipients, "pin_sha256": pin,
        });
        let text = format!("wave-enroll:1:{}", URL_SAFE_NO_PAD.encode(json.to_string()));
        if let Ok(inv) = EnrollmentInvite::decode(&text) {
            prop_assert!(inv.validate().is_ok());
            prop_assert!(inv.encode().is_ok());
        }
    }

    #[test]
    fn corrupted_strings_are_refused_or_still_valid(inv in invite(), pos in any::<usize>(), c in any::<char>()) {
        let text = inv.encode().unwrap();
        let mut chars: Vec<char> = text.chars().collect();
        let i = pos % chars.len();
        chars[i] = c;
        let damaged: String = chars.into_iter().collect();
        if let Ok(decoded) = EnrollmentInvite::decode(&damaged) {
            prop_assert!(decoded.validate().is_ok());
        }
    }

    #[test]
    fn digests_round_trip(bytes in any::<[u8; 32]>()) {
        let d = Sha256Hex::from_bytes(bytes);
        prop_assert_eq!(Sha256Hex::parse(&d.to_string()).unwrap(), d);
        prop_assert_eq!(Sha256Hex::parse(&d.to_string().to_uppercase()).unwrap(), d);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn signatures_round_trip_and_bind_every_input(
        seed in any::<[u8; 32]>(),
        id in any::<u128>(),
        envelope in proptest::collection::vec(any::<u8>(), 0..512),
        flip in any::<usize>(),
    ) {
        let key = SigningKey::from_bytes(&seed);
        let public = key.verifying_key().to_bytes();
        let id = Uuid::from_u128(id);
        let sig = sign_submission(&key, &id, &envelope);
        prop_assert_eq!(verify_submission_signature(&public, &id, &envelope, &sig), Ok(()));

        let mut bad_sig = sig;
        bad_sig[flip % 64] ^= 1 << (flip % 8);
        prop_assert!(verify_submission_signature(&public, &id, &envelope, &bad_sig).is_err());

        let other_id = Uuid::from_u128(id.as_u128() ^ (1 << (flip % 128)));
        prop_assert_eq!(
            verify_submission_signature(&public, &other_id, &envelope, &sig),
            Err(SignatureError::Mismatch)
        );

        let mut bad_env = envelope.clone();
        if bad_env.is_empty() {
            bad_env.push(0);
        } else {
            let i = flip % bad_env.len();
            bad_env[i] ^= 1 << (flip % 8);
        }
        prop_assert_eq!(
            verify_submission_signature(&public, &id, &bad_env, &sig),
            Err(SignatureError::Mismatch)
        );

        let other = SigningKey::from_bytes(&seed.map(|b| b ^ 0x55)).verifying_key().to_bytes();
        prop_assert!(verify_submission_signature(&other, &id, &envelope, &sig).is_err());
    }

    #[test]
    fn arbitrary_keys_and_signatures_never_panic(
        key in any::<[u8; 32]>(),
        sig in proptest::collection::vec(any::<u8>(), 64),
        envelope in proptest::collection::vec(any::<u8>(), 0..64),
    ) {
        let sig: [u8; 64] = sig.try_into().unwrap();
        let _ = verify_submission_signature(&key, &Uuid::nil(), &envelope, &sig);
    }
}
