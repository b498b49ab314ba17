//! AFL++ target: a translator's PO file, read, written back and imported into the checklist (`wave_core::fuzzing::po_parse`).

fn main() {
    afl::fuzz!(|data: &[u8]| wave_core::fuzzing::po_parse(data));
}
