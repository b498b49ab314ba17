-- Case summaries sealed in pages: one envelope holds the summaries of every case whose id starts
-- with `prefix` (core/src/case/pages.rs), so a list opens one envelope per page instead of one
-- per case. The summaries a store already holds in `case_summaries` need the data key to be
-- moved, so the next unlock moves them in one transaction and leaves that table empty; it
-- stays so that an unlock of a store at this version still finds where they were.

CREATE TABLE summary_pages (
    prefix TEXT PRIMARY KEY NOT NULL,      -- the leading bits ('0'/'1') of the ids it holds
    body BLOB NOT NULL                     -- their titles, forms, times; 256-byte slots each
) STRICT;
