//! libFuzzer target: a translator's PO file, read, written back and imported into the checklist (`wave_core::fuzzing::po_parse`).

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| wave_core::fuzzing::po_parse(data));
