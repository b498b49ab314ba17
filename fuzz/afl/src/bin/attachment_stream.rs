//! AFL++ target: an attachment file, as read from the blob folder and round-tripped (`wave_core::fuzzing::attachment_stream`).

fn main() {
    afl::fuzz!(|data: &[u8]| wave_core::fuzzing::attachment_stream(data));
}
