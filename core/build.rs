//! Build step: every shipped checklist version is embedded in the library without the
//! indentation its source file keeps for translators and reviewers, which would otherwise be a
//! third of the embedded text (the mobile library has a size budget).

use std::error::Error;
use std::path::PathBuf;

/// The form files `src/form/registry.rs` embeds, relative to this crate.
const FORMS: [&str; 2] = ["police-violence.json", "police-violence-v1.json"];

fn main() -> Result<(), Box<dyn Error>> {
    let out_dir = PathBuf::from(std::env::var("OUT_DIR")?);
    for name in FORMS {
        let source = format!("../schemas/forms/{name}");
        println!("cargo::rerun-if-changed={source}");
        let text = std::fs::read_to_string(&source)
            .map_err(|error| format!("cannot read {source}: {error}"))?;
        let value: serde_json::Value = serde_json::from_str(&text)
            .map_err(|error| format!("{source} is not JSON: {error}"))?;
        std::fs::write(out_dir.join(name), serde_json::to_string(&value)?)?;
    }
    Ok(())
}
