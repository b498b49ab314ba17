-- The device's outbox: finalized case versions sealed for the NGO, and sealed attachments,
-- waiting for the server's acknowledgement. The sealed bytes are already encrypted to the NGO;
-- they are kept inside envelopes all the same, so the outbox looks like every other table.

CREATE TABLE outbox (
    id TEXT PRIMARY KEY NOT NULL,          -- submission id (random UUID v4), chosen once, reused on retry
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,                  -- the case version
    state INTEGER NOT NULL,                -- 0 pending, 1 acknowledged by the server, 2 rejected
    body BLOB NOT NULL,                    -- sealed payload, signature, blob digests
    error BLOB,                            -- why it was rejected or last failed
    UNIQUE (case_id, seq)
) STRICT;

CREATE TABLE outbox_blobs (
    attachment_id TEXT PRIMARY KEY NOT NULL,
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    state INTEGER NOT NULL,                -- 0 to upload, 1 complete on the server
    body BLOB NOT NULL                     -- sealed file name, size, SHA-256
) STRICT;
