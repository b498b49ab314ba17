//! libFuzzer target: a row envelope, as read from the database and after authentication (`wave_core::fuzzing::row_envelope`).

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| wave_core::fuzzing::row_envelope(data));
