//! libFuzzer target: the key file, as read from disk, and a slot's plaintext (`wave_core::fuzzing::key_file`).

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| wave_core::fuzzing::key_file(data));
