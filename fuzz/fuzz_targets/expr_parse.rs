//! Feeds arbitrary text to the expression parser; whatever parses must print and parse back to
//! the same tree.

#![no_main]

use libfuzzer_sys::fuzz_target;
use wave_core::form::expr::parse;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(expr) = parse(text) {
        let printed = expr.to_string();
        assert_eq!(parse(&printed).as_ref(), Ok(&expr), "{printed}");
    }
});
