//! Writes genuine inputs for a target into a folder, to start a corpus from nothing:
//! `samples TARGET DIR`. The sealed formats' samples are made under the fixed fuzzing key, so
//! a campaign starts past authentication; text targets have nothing here (their corpus starts
//! from files in the repository).

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let [_, target, dir] = args.as_slice() else {
        eprintln!("usage: samples TARGET DIR");
        return ExitCode::from(2);
    };
    let samples = if target == "server_request" {
        wave_server::fuzzing::samples()
    } else {
        wave_core::fuzzing::samples(target)
    };
    for (index, sample) in samples.iter().enumerate() {
        let path = Path::new(dir).join(format!("sample-{index}"));
        if let Err(error) = std::fs::write(&path, sample) {
            eprintln!("cannot write {}: {error}", path.display());
            return ExitCode::FAILURE;
        }
    }
    println!("{} samples for {target} in {dir}", samples.len());
    ExitCode::SUCCESS
}
