//! libFuzzer target: an enrollment string, as a device reads it (`wave_core::fuzzing::enrollment`).

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| wave_core::fuzzing::enrollment(data));
