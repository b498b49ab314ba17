//! `wave`: Wave in the terminal. Record and keep cases in an encrypted vault; later, sync them
//! and run the NGO staff tools. Every failure is one readable line on stderr and a non-zero exit.

// First, so the `t!` and `tl!` macros are in scope in every module after it.
#[macro_use]
mod l10n;

mod cases;
mod demo;
mod forms;
mod help;
mod passphrase;
mod record;
mod staff;
mod sync;
mod vaults;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "wave",
    version,
    about = "Document police violence safely: an encrypted vault of cases"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create, re-key, protect or wipe a vault.
    #[command(subcommand)]
    Vault(vaults::VaultCommand),
    /// Add, list, show, finalize, attach to and delete cases.
    #[command(subcommand)]
    Case(cases::CaseCommand),
    /// Check a form definition or print its outline.
    #[command(subcommand)]
    Form(forms::FormCommand),
    /// Record a case through the checklist: one question at a time, or from a file of answers.
    Record(record::RecordArgs),
    /// Join an NGO's server with the one-time code staff gave you.
    Enroll(sync::EnrollArgs),
    /// Send every finalized case to the NGO's server; exit 0 when nothing is left waiting.
    Sync(sync::SyncArgs),
    /// NGO staff tools: the NGO key, enrollment codes, pulling cases into an encrypted archive,
    /// exports and statistics.
    #[command(subcommand)]
    Staff(staff::StaffCommand),
    /// A guided walk through Wave in a throw-away folder: make a vault, add a case, look at the
    /// files as an examiner would, wipe.
    Demo {
        /// Keep the demo's files in this folder instead of a temporary one.
        #[arg(long)]
        dir: Option<PathBuf>,
        /// At the end, open the staff workspace on the demo's archive (and its server) until
        /// Ctrl-C, instead of ending.
        #[arg(long)]
        serve: bool,
    },
}

/// The command line, read with `--help` in the terminal's language.
fn parse() -> Result<Cli, clap::Error> {
    let matches = help::localized(Cli::command(), l10n::ui_language()).try_get_matches()?;
    Cli::from_arg_matches(&matches)
}

/// A failure to report: one line, no secret, no backtrace.
pub struct Failure(String);

impl<E: std::fmt::Display + 'static> From<E> for Failure {
    fn from(error: E) -> Self {
        // The core's errors have words in the terminal's language; other errors (clap's, the
        // operating system's through them) are shown as they come.
        match (&error as &dyn std::any::Any).downcast_ref::<wave_core::Error>() {
            Some(core) => Failure(core.message(l10n::ui_language())),
            None => Failure(error.to_string()),
        }
    }
}

pub type CliResult<T = ()> = Result<T, Failure>;

fn main() -> ExitCode {
    // A panic message could carry data; say only that something went wrong.
    std::panic::set_hook(Box::new(|_| {
        eprintln!("wave: {}", t!("internal-error"));
    }));
    let cli = match parse() {
        Ok(cli) => cli,
        Err(error) => {
            use clap::error::ErrorKind;
            if matches!(
                error.kind(),
                ErrorKind::DisplayHelp
                    | ErrorKind::DisplayVersion
                    | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) {
                let _ = error.print();
                return ExitCode::SUCCESS;
            }
            let rendered = error.to_string();
            // clap's error messages stay English, like an operating system's error text.
            let first = rendered.lines().next().unwrap_or_default();
            let first = first.trim_start_matches("error: ");
            eprintln!("wave: {}", t!("invalid-arguments", reason = first));
            return ExitCode::from(2);
        }
    };
    let outcome = match cli.command {
        Command::Vault(command) => vaults::run(command),
        Command::Case(command) => cases::run(command),
        Command::Form(command) => forms::run(command),
        Command::Record(args) => record::run(args),
        Command::Enroll(args) => sync::run_enroll(args),
        Command::Sync(args) => sync::run_sync(args),
        Command::Staff(command) => staff::run(command),
        Command::Demo { dir, serve } => demo::run(dir, serve),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(message)) => {
            // An empty message: the command already explained itself, line by line.
            if !message.is_empty() {
                let first = message.lines().next().unwrap_or_default();
                eprintln!("wave: {first}");
            }
            ExitCode::FAILURE
        }
    }
}
