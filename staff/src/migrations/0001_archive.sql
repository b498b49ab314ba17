-- The staff archive: every submission pulled from the NGO server, archived or rejected. The
-- same tables wave-core's migration 0004 made in every vault before they moved here: an archive
-- made then already has them (with its rows), hence IF NOT EXISTS.

CREATE TABLE IF NOT EXISTS archive_submissions (
    submission_id TEXT PRIMARY KEY NOT NULL, -- the device's random UUID for the submission
    seq INTEGER NOT NULL,                    -- the server's sequence number
    state INTEGER NOT NULL,                  -- 0 archived, 1 rejected; bound into the envelope
    case_id TEXT REFERENCES cases(id),       -- the archive's copy of the case; null when rejected
    body BLOB NOT NULL                       -- device, times, checks, original case id and version, or the reason
) STRICT;

CREATE INDEX IF NOT EXISTS archive_submissions_by_seq ON archive_submissions(seq);

CREATE TABLE IF NOT EXISTS archive_devices (
    device_id TEXT PRIMARY KEY NOT NULL,     -- the server's id of a submitting device
    body BLOB NOT NULL                       -- its Ed25519 public key as first seen
) STRICT;
