//! AFL++ target: a row envelope, as read from the database and after authentication (`wave_core::fuzzing::row_envelope`).

fn main() {
    afl::fuzz!(|data: &[u8]| wave_core::fuzzing::row_envelope(data));
}
