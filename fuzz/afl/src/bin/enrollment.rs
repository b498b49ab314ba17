//! AFL++ target: an enrollment string, as a device reads it (`wave_core::fuzzing::enrollment`).

fn main() {
    afl::fuzz!(|data: &[u8]| wave_core::fuzzing::enrollment(data));
}
