-- Redactions of archived cases for reports: staff rewrite a case's free-text answers without
-- identifying details and mark the result reviewed. Every save is one sealed row, never updated
-- or deleted; a submission's redaction is its latest row. The original answers stay in the case.
-- Which submission, the texts, who and when are all inside the sealed body.

CREATE TABLE archive_redactions (
    entry_id TEXT PRIMARY KEY NOT NULL,      -- random, made for the entry
    seq INTEGER NOT NULL UNIQUE,             -- order of entry
    body BLOB NOT NULL                       -- submission, texts, reviewed mark, who, when, sealed
) STRICT;

CREATE TRIGGER archive_redactions_no_update BEFORE UPDATE ON archive_redactions
BEGIN
    SELECT RAISE(ABORT, 'redactions are append-only');
END;

CREATE TRIGGER archive_redactions_no_delete BEFORE DELETE ON archive_redactions
BEGIN
    SELECT RAISE(ABORT, 'redactions are append-only');
END;
