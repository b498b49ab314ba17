//! AFL++ target: the key file, as read from disk, and a slot's plaintext (`wave_core::fuzzing::key_file`).

fn main() {
    afl::fuzz!(|data: &[u8]| wave_core::fuzzing::key_file(data));
}
