//! libFuzzer target: an attachment file, as read from the blob folder and round-tripped (`wave_core::fuzzing::attachment_stream`).

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| wave_core::fuzzing::attachment_stream(data));
