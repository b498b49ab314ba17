//! Keeps `schemas/sync-api.yaml` in step with this crate: every error code, reject code, path,
//! header and limit defined here must appear in the OpenAPI description.

use wave_protocol::http::*;
use wave_protocol::limits::*;
use wave_protocol::{
    ErrorCode, RECIPIENT_SET_FORMAT, RECIPIENT_SET_SIGNING_DOMAIN, RejectCode,
    SUBMISSION_SIGNING_DOMAIN,
};

fn spec() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../schemas/sync-api.yaml");
    std::fs::read_to_string(path).expect("schemas/sync-api.yaml")
}

#[test]
fn every_code_is_documented_with_its_status() {
    let spec = spec();
    for code in ErrorCode::KNOWN {
        let line = format!("- {} ", code.as_str());
        let entry = spec
            .lines()
            .find(|l| l.trim_start().starts_with(line.trim_start()))
            .unwrap_or_else(|| panic!("error code {code} missing from the ErrorCode enum"));
        assert!(
            entry.contains(&format!("# {}", code.http_status())),
            "status of {code} differs: {entry}"
        );
    }
    for code in RejectCode::KNOWN {
        assert!(spec.contains(code.as_str()), "reject code {code} missing");
    }
}

#[test]
fn paths_headers_and_limits_are_documented() {
    let spec = spec();
    for path in [
        PATH_HEALTH,
        PATH_ENROLL,
        PATH_BLOBS,
        PATH_SUBMISSIONS,
        PATH_STAFF_ENROLLMENT_CODES,
        PATH_STAFF_SUBMISSIONS,
        PATH_STAFF_DEVICES,
        PATH_RECIPIENT_SET,
        PATH_STAFF_RECIPIENT_SET,
        "/v1/blobs/{sha256}:",
        "/v1/staff/blobs/{sha256}:",
    ] {
        assert!(spec.contains(&format!("  {path}")), "path {path} missing");
    }
    for name in [
        UPLOAD_OFFSET,
        UPLOAD_LENGTH,
        RETRY_AFTER,
        CONTENT_TYPE_OFFSET_OCTET_STREAM,
    ] {
        assert!(spec.contains(name), "{name} missing");
    }
    for limit in [
        MAX_REQUEST_BODY_BYTES,
        MAX_BATCH_ITEMS as u64,
        MAX_BLOBS_PER_SUBMISSION as u64,
        MAX_CHUNK_BYTES,
        MAX_BLOB_BYTES,
        u64::from(MAX_PULL_LIMIT),
        u64::from(DEFAULT_PULL_LIMIT),
        MAX_PULL_PAGE_ENVELOPE_BYTES,
        MAX_ENROLLMENT_CODE_TTL_SECONDS,
        MAX_ENROLLMENT_RECIPIENTS as u64,
        MAX_ENROLLMENT_BACKUP_PINS as u64,
        MAX_RECIPIENT_SET_BYTES as u64,
    ] {
        assert!(spec.contains(&limit.to_string()), "limit {limit} missing");
    }
    let domain = String::from_utf8_lossy(SUBMISSION_SIGNING_DOMAIN).replace('\0', "\\0");
    assert!(spec.contains(&domain), "signing domain missing");
    let domain = String::from_utf8_lossy(RECIPIENT_SET_SIGNING_DOMAIN).replace('\0', "\\0");
    assert!(
        spec.contains(&domain),
        "recipient set signing domain missing"
    );
    assert!(
        spec.contains(RECIPIENT_SET_FORMAT),
        "recipient set format missing"
    );
}
