//! libFuzzer target: the NGO's signed recipient set, as a device reads it from the server
//! (`wave_core::fuzzing::recipient_set`).

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| wave_core::fuzzing::recipient_set(data));
