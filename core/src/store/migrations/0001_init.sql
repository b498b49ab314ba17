-- Cases and their attachments. Plaintext columns hold only random ids, status codes and
-- sequence numbers; everything a person wrote is inside the `body` envelopes.

CREATE TABLE vault_meta (
    name TEXT PRIMARY KEY NOT NULL,
    body BLOB NOT NULL
) STRICT;

CREATE TABLE cases (
    id TEXT PRIMARY KEY NOT NULL,          -- random UUID v4
    status INTEGER NOT NULL,               -- 0 draft, 1 finalized
    revision INTEGER NOT NULL,             -- bumped on every save; bound into the envelope
    body BLOB NOT NULL                     -- form, answers, times
) STRICT;

CREATE TABLE case_summaries (
    case_id TEXT PRIMARY KEY NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    body BLOB NOT NULL                     -- title and times, all a list needs
) STRICT;

CREATE TABLE case_versions (
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,                  -- 1, 2, … in order of finalizing
    body BLOB NOT NULL,                    -- the answers as finalized, and when
    PRIMARY KEY (case_id, seq)
) STRICT;

CREATE TABLE attachments (
    id TEXT PRIMARY KEY NOT NULL,          -- random UUID v4
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    body BLOB NOT NULL                     -- file key, file name, media type, size, SHA-256
) STRICT;

CREATE INDEX attachments_by_case ON attachments(case_id);
