-- The staff archive's tables belong to the wave-staff crate from now on, which creates them in
-- an archive itself. Migration 0004 stays as released, so the numbering of existing vaults does
-- not change; this one takes its tables back out where they were never used. It is applied only
-- where both are empty (core/src/store/schema.rs): a device vault never had a row in them, and
-- an archive made before the move keeps its tables and rows.

DROP TABLE archive_submissions;
DROP TABLE archive_devices;
