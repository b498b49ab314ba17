//! AFL++ target: an expression, parsed, printed, parsed again and evaluated (`wave_core::fuzzing::expr_parse`).

fn main() {
    afl::fuzz!(|data: &[u8]| wave_core::fuzzing::expr_parse(data));
}
