//! libFuzzer target: a request body, query or blob address, as the server parses it (`wave_server::fuzzing::request`).

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| wave_server::fuzzing::request(data));
