//! AFL++ target: a request body, query or blob address, as the server parses it (`wave_server::fuzzing::request`).

fn main() {
    afl::fuzz!(|data: &[u8]| wave_server::fuzzing::request(data));
}
