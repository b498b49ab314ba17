//! Feeds arbitrary bytes to `Form::load`; whatever loads is walked by the engine too.

#![no_main]

use std::sync::Arc;

use libfuzzer_sys::fuzz_target;
use wave_core::form::{Form, FormState};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(form) = Form::load(text) {
        let state = FormState::empty(Arc::new(form), time::Date::MIN);
        let positions = state.positions();
        for pair in positions.windows(2) {
            if let [a, b] = pair {
                assert_eq!(state.prev(*b), Some(*a));
            }
        }
        let _ = state.progress();
    }
});
