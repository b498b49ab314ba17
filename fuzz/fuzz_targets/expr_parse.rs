//! libFuzzer target: an expression, parsed, printed, parsed again and evaluated (`wave_core::fuzzing::expr_parse`).

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| wave_core::fuzzing::expr_parse(data));
