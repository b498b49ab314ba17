//! AFL++ target: the NGO's signed recipient set, as a device reads it from the server
//! (`wave_core::fuzzing::recipient_set`).

fn main() {
    afl::fuzz!(|data: &[u8]| wave_core::fuzzing::recipient_set(data));
}
