-- Consent given or withdrawn, per purpose, per case: append-only, never overwritten.

CREATE TABLE consents (
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,                  -- 1, 2, … in the order they were given
    body BLOB NOT NULL,                    -- purpose, granted or not, when
    PRIMARY KEY (case_id, seq)
) STRICT;
