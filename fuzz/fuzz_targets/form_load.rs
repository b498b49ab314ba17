//! libFuzzer target: a form definition, through `Form::load` and the engine (`wave_core::fuzzing::form_load`).

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| wave_core::fuzzing::form_load(data));
