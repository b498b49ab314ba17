-- Legal follow-up of archived cases: every change (status, referral, complaint, assignee, due
-- date, note) is one sealed row, never updated or deleted, so the history is the table. Which
-- case, who, when and what are all inside the sealed body: SQLite sees a random id, an order and
-- ciphertext.

CREATE TABLE archive_followup (
    entry_id TEXT PRIMARY KEY NOT NULL,      -- random, made for the entry
    seq INTEGER NOT NULL UNIQUE,             -- order of entry
    body BLOB NOT NULL                       -- case, who, when, status and the rest, sealed
) STRICT;

CREATE TRIGGER archive_followup_no_update BEFORE UPDATE ON archive_followup
BEGIN
    SELECT RAISE(ABORT, 'the follow-up history is append-only');
END;

CREATE TRIGGER archive_followup_no_delete BEFORE DELETE ON archive_followup
BEGIN
    SELECT RAISE(ABORT, 'the follow-up history is append-only');
END;
