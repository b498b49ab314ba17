//! AFL++ target: a form definition, through `Form::load` and the engine (`wave_core::fuzzing::form_load`).

fn main() {
    afl::fuzz!(|data: &[u8]| wave_core::fuzzing::form_load(data));
}
