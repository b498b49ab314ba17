//! `uniffi-bindgen`: the binding generator, kept out of the library so clap and the generators
//! never end up in the app. Run it on the built library: `generate --library PATH --language L`.

fn main() {
    uniffi::uniffi_bindgen_main()
}
