//! `wave staff …`: the NGO's tools. Make the NGO identity, hand out enrollment codes, pull every
//! new submission into an encrypted archive (checking signatures and fingerprints), and export
//! or count the archived cases. Tokens and passphrases never appear in any message.

use std::fs::{self, OpenOptions};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use clap::{Args, Subcommand};
use wave_core::sync::{StaffIdentity, parse_recipients};
use wave_core::vault::{KdfParams, Safeguards};
use wave_protocol::{EnrollmentInvite, Sha256Hex};
use wave_staff::workspace::{PullSettings, ServeOptions};
use wave_staff::{Archive, ExportFormat, Forms, PullOptions, StaffClient, Stats, export, pull};

use crate::passphrase::{self, CURRENT_ENV, NEW_ENV};
use crate::{CliResult, Failure};

/// The environment variable a staff token may come from instead of `--token`, which other users
/// of the machine can see in the process list.
const TOKEN_ENV: &str = "WAVE_STAFF_TOKEN";

#[derive(Args)]
pub struct ServerArgs {
    /// The NGO server's address (https://…; http:// only to this machine, for testing).
    #[arg(long, value_name = "URL")]
    server: String,
    /// A staff token from `wave-server create-staff-token` (or set WAVE_STAFF_TOKEN).
    // A token is base64url, so one in 32 begins with '-': taken as a value, never as an option.
    #[arg(
        long,
        value_name = "TOKEN",
        env = TOKEN_ENV,
        hide_env_values = true,
        allow_hyphen_values = true
    )]
    token: String,
    /// SHA-256 (hex) of the server's TLS public key (its DER SubjectPublicKeyInfo): only a
    /// server with that key is accepted, instead of any with a publicly trusted certificate.
    /// Repeat to add a backup key; the first is the primary pin. `enroll-code` also writes
    /// them into the enrollment string, for devices to pin.
    #[arg(long = "pin", value_name = "SHA256")]
    pins: Vec<String>,
}

impl ServerArgs {
    /// The staff client for this server, with its pins; the pins themselves for enrollment.
    fn client(&self) -> CliResult<(StaffClient, Vec<Sha256Hex>)> {
        let pins = self
            .pins
            .iter()
            .map(|pin| {
                Sha256Hex::parse(pin.trim()).map_err(|_| {
                    Failure(
                        "--pin must be a SHA-256 digest of the server's public key: 64 hex digits"
                            .into(),
                    )
                })
            })
            .collect::<CliResult<Vec<_>>>()?;
        let client = StaffClient::pinned(&self.server, &self.token, &pins)?;
        Ok((client, pins))
    }
}

#[derive(Args)]
pub struct ArchiveArg {
    /// The staff archive's folder (an encrypted vault; passphrase from WAVE_PASSPHRASE or asked).
    #[arg(long, value_name = "DIR")]
    archive: PathBuf,
}

#[derive(Subcommand)]
pub enum StaffCommand {
    /// Make a new NGO identity: writes the private key file (readable only by you) and prints
    /// the public key devices encrypt to.
    Keygen {
        /// Where to write the private identity; an existing file is never overwritten.
        #[arg(long, value_name = "KEYFILE")]
        out: PathBuf,
    },
    /// Ask the server for a one-time enrollment code and print the enrollment string
    /// (wave-enroll:1:…) to give to one device.
    EnrollCode {
        #[command(flatten)]
        server: ServerArgs,
        /// An NGO public key (age1…) every case from the device is encrypted to; repeat for
        /// several staff members.
        #[arg(long = "recipient", value_name = "PUB", required = true)]
        recipients: Vec<String>,
        /// How long the code works: a number with s, m, h or d (at most 30d).
        #[arg(long, value_name = "DURATION", default_value = "7d")]
        expires: String,
    },
    /// Pull every new submission into the archive (made on first use): signatures, device keys
    /// and fingerprints are checked, and anything that fails is kept as rejected with its reason.
    /// Exits non-zero if this pull rejected anything.
    Pull {
        #[command(flatten)]
        server: ServerArgs,
        /// The NGO identity file (from `wave staff keygen`).
        #[arg(long, value_name = "KEYFILE")]
        identity: PathBuf,
        #[command(flatten)]
        archive: ArchiveArg,
        /// When the archive is created: how long unlocking should take, in milliseconds
        /// (0 = the minimum, 19 MiB and 2 passes).
        #[arg(long, value_name = "MS", default_value_t = 500)]
        unlock_time: u64,
        /// Submissions asked for per page (1–1000).
        #[arg(long, value_name = "N", default_value_t = 100)]
        page_size: u32,
    },
    /// Export the archived cases (the latest version of each). The full export holds every
    /// answer, sensitive ones included; --public holds only public items of consenting cases.
    Export {
        #[command(flatten)]
        archive: ArchiveArg,
        /// csv, json or geojson.
        #[arg(long, value_name = "FORMAT")]
        format: String,
        /// Only what may be published: public items, consenting cases, months instead of
        /// dates, no ids, places, free text or attachments.
        #[arg(long)]
        public: bool,
        /// Write here (readable only by you) instead of to standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Open the staff workspace: a local web app over the archive (unlock, pull, inbox and
    /// search, each case, legal follow-up, exports) on 127.0.0.1 only. Prints a one-time link;
    /// the archive is unlocked in the page. Stops on Ctrl-C.
    Serve {
        #[command(flatten)]
        archive: ArchiveArg,
        /// The loopback port (0 = any free port).
        #[arg(long, value_name = "P", default_value_t = 0)]
        port: u16,
        /// Lock the archive after this many minutes without use.
        #[arg(long, value_name = "MINUTES", default_value_t = 15)]
        idle_lock: u64,
        /// Print the link but do not open a browser.
        #[arg(long)]
        no_open: bool,
        /// To pull from the page: the NGO server (as for `pull`).
        #[arg(long, value_name = "URL", requires = "identity")]
        server: Option<String>,
        /// The staff token for --server (or set WAVE_STAFF_TOKEN).
        #[arg(
            long,
            value_name = "TOKEN",
            env = TOKEN_ENV,
            hide_env_values = true,
            allow_hyphen_values = true
        )]
        token: Option<String>,
        /// The NGO identity file, to pull from the page.
        #[arg(long, value_name = "KEYFILE", requires = "server")]
        identity: Option<PathBuf>,
        /// SHA-256 of the server's TLS public key, as for `pull`.
        #[arg(long = "pin", value_name = "SHA256")]
        pins: Vec<String>,
        /// Submissions asked for per page when pulling (1–1000).
        #[arg(long, value_name = "N", default_value_t = 100)]
        page_size: u32,
    },
    /// Count the archived cases by country, violation type and month.
    Stats {
        #[command(flatten)]
        archive: ArchiveArg,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
}

pub fn run(command: StaffCommand) -> CliResult {
    match command {
        StaffCommand::Keygen { out } => keygen(&out),
        StaffCommand::EnrollCode {
            server,
            recipients,
            expires,
        } => enroll_code(&server, &recipients, &expires),
        StaffCommand::Pull {
            server,
            identity,
            archive,
            unlock_time,
            page_size,
        } => run_pull(&server, &identity, &archive.archive, unlock_time, page_size),
        StaffCommand::Export {
            archive,
            format,
            public,
            out,
        } => run_export(&archive.archive, &format, public, out.as_deref()),
        StaffCommand::Stats { archive, json } => run_stats(&archive.archive, json),
        StaffCommand::Serve {
            archive,
            port,
            idle_lock,
            no_open,
            server,
            token,
            identity,
            pins,
            page_size,
        } => {
            if !(1..=1000).contains(&page_size) {
                return Err(Failure("--page-size must be between 1 and 1000".into()));
            }
            if idle_lock == 0 || idle_lock > 24 * 60 {
                return Err(Failure(
                    "--idle-lock must be between 1 and 1440 minutes".into(),
                ));
            }
            let pull = match (server, identity) {
                (Some(server), Some(identity)) => {
                    let token = token.ok_or_else(|| {
                        Failure("--server needs --token (or WAVE_STAFF_TOKEN)".into())
                    })?;
                    let (client, _) = ServerArgs {
                        server,
                        token,
                        pins,
                    }
                    .client()?;
                    Some(PullSettings {
                        client,
                        identity: read_identity(&identity)?,
                        page_size,
                    })
                }
                _ => None,
            };
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .map_err(|error| Failure(format!("cannot start the server runtime: {error}")))?;
            serve(
                &runtime,
                ServeOptions {
                    archive: archive.archive,
                    port,
                    idle_lock: Duration::from_secs(idle_lock * 60),
                    pull,
                    forms: Forms::builtin()?,
                },
                !no_open,
            )
        }
    }
}

/// Serves the workspace on `runtime` until Ctrl-C: prints the one-time link and, if `open`,
/// hands it to the desktop's browser.
pub fn serve(runtime: &tokio::runtime::Runtime, options: ServeOptions, open: bool) -> CliResult {
    if !Archive::exists(&options.archive) {
        return Err(Failure(format!(
            "no staff archive at {}; make one with wave staff pull",
            options.archive.display()
        )));
    }
    let running = runtime.block_on(wave_staff::workspace::start(options))?;
    println!("{}", running.start_url);
    eprintln!(
        "The staff workspace is at the link above (it works once, in one browser). \
         Press Ctrl-C to lock and stop."
    );
    if open {
        // The desktop's opener; if there is none, the printed link is the way in.
        let _ = std::process::Command::new("xdg-open")
            .arg(&running.start_url)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn();
    }
    let _ = runtime.block_on(tokio::signal::ctrl_c());
    runtime.block_on(running.stop());
    eprintln!("Locked and stopped.");
    Ok(())
}

fn keygen(out: &Path) -> CliResult {
    let identity = StaffIdentity::generate();
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(out).map_err(|error| {
        if error.kind() == std::io::ErrorKind::AlreadyExists {
            Failure(format!(
                "{} already exists; an identity file is never overwritten",
                out.display()
            ))
        } else {
            Failure(format!("cannot create {}: {error}", out.display()))
        }
    })?;
    let written = file
        .write_all(identity.to_file_text().as_bytes())
        .and_then(|()| file.sync_all());
    if let Err(error) = written {
        drop(file);
        let _ = fs::remove_file(out);
        return Err(Failure(format!("cannot write {}: {error}", out.display())));
    }
    println!("{}", identity.recipient());
    eprintln!(
        "Wrote the NGO identity to {}. Keep it secret and backed up: without it, no case sent \
         to the NGO can be opened.",
        out.display()
    );
    Ok(())
}

/// `30m`, `24h`, `7d`, `90s`.
fn parse_duration(text: &str) -> CliResult<Duration> {
    let text = text.trim();
    let invalid = || {
        Failure(format!(
            "invalid duration {text:?}: expected a number with s, m, h or d, like 30m, 24h or 7d"
        ))
    };
    let unit = text.chars().last().ok_or_else(invalid)?;
    let seconds_per = match unit {
        's' => 1,
        'm' => 60,
        'h' => 3600,
        'd' => 86_400,
        _ => return Err(invalid()),
    };
    let number: u64 = text[..text.len() - 1].parse().map_err(|_| invalid())?;
    number
        .checked_mul(seconds_per)
        .filter(|seconds| *seconds > 0)
        .map(Duration::from_secs)
        .ok_or_else(invalid)
}

fn runtime() -> CliResult<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|error| Failure(format!("cannot start the network runtime: {error}")))
}

fn enroll_code(server: &ServerArgs, recipients: &[String], expires: &str) -> CliResult {
    let expires = parse_duration(expires)?;
    parse_recipients(recipients)?;
    // The code is asked for over a connection held to the same pins, so a pin that does not
    // match the server fails here, before any device is given a string it could not use.
    let (client, pins) = server.client()?;
    let mut invite = EnrollmentInvite {
        server: client.server().to_owned(),
        code: "checked-before-asking".into(),
        recipients: recipients.iter().map(|r| r.trim().to_owned()).collect(),
        pin_sha256: pins.first().copied(),
        backup_pins_sha256: pins.iter().skip(1).copied().collect(),
    };
    // Checked before a code is made, so a bad address or key does not use one up.
    invite
        .validate()
        .map_err(|error| Failure(format!("cannot make an enrollment string: {error}")))?;
    let created = runtime()?.block_on(client.create_enrollment_code(expires))?;
    invite.code = created.code;
    let text = invite
        .encode()
        .map_err(|error| Failure(format!("cannot make an enrollment string: {error}")))?;
    println!("{text}");
    eprintln!(
        "One-time enrollment code {} for one device, valid until {}.",
        created.code_id, created.expires_at
    );
    Ok(())
}

fn read_identity(path: &Path) -> CliResult<StaffIdentity> {
    let text = zeroize::Zeroizing::new(
        fs::read_to_string(path)
            .map_err(|error| Failure(format!("cannot read {}: {error}", path.display())))?,
    );
    let identity = StaffIdentity::parse(&text)
        .map_err(|error| Failure(format!("{}: {error}", path.display())))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(meta) = fs::metadata(path)
            && meta.permissions().mode() & 0o077 != 0
        {
            eprintln!(
                "warning: {} can be read by other users of this machine (chmod 600 it)",
                path.display()
            );
        }
    }
    Ok(identity)
}

/// Opens the archive, or creates it if the folder holds no vault yet.
fn open_or_create(dir: &Path, unlock_time: u64) -> CliResult<Archive> {
    if Archive::exists(dir) {
        return Ok(Archive::open(dir, &passphrase::current()?)?);
    }
    let passphrase = passphrase::new(
        "archive passphrase",
        &[NEW_ENV, CURRENT_ENV],
        Safeguards::default(),
    )?;
    let params = if unlock_time == 0 {
        KdfParams::FLOOR
    } else {
        KdfParams::calibrate(Duration::from_millis(unlock_time))?
    };
    let archive = Archive::create(dir, &passphrase, params)?;
    eprintln!("Created a staff archive in {}.", dir.display());
    Ok(archive)
}

fn open_existing(dir: &Path) -> CliResult<Archive> {
    if !Archive::exists(dir) {
        return Err(Failure(format!("no staff archive at {}", dir.display())));
    }
    Ok(Archive::open(dir, &passphrase::current()?)?)
}

fn run_pull(
    server: &ServerArgs,
    identity: &Path,
    dir: &Path,
    unlock_time: u64,
    page_size: u32,
) -> CliResult {
    if !(1..=1000).contains(&page_size) {
        return Err(Failure("--page-size must be between 1 and 1000".into()));
    }
    let identity = read_identity(identity)?;
    let (client, _) = server.client()?;
    let runtime = runtime()?;
    if !Archive::exists(dir) {
        // A mistyped address or token should not leave an empty archive behind.
        runtime.block_on(client.pull_page(None, 1))?;
    }
    let mut archive = open_or_create(dir, unlock_time)?;
    let options = PullOptions { page_size };
    let report = runtime
        .block_on(pull(&mut archive, &client, &identity, &options))
        .map_err(|error| match error {
            wave_core::Error::Network(_) => Failure(format!(
                "{error}; everything pulled before this is kept, pull again to go on"
            )),
            error => Failure::from(error),
        })?;
    let mut summary = format!(
        "Pulled from {}: {} new, {} already had, {} rejected",
        client.server(),
        report.new,
        report.already_had,
        report.rejected.len()
    );
    if report.recovered > 0 {
        summary.push_str(&format!(
            ", {} earlier rejection(s) opened now",
            report.recovered
        ));
    }
    if report.still_rejected > 0 {
        summary.push_str(&format!(
            ", {} earlier rejection(s) still cannot be opened",
            report.still_rejected
        ));
    }
    eprintln!("{summary}; {} attachment(s) decrypted.", report.attachments);
    for rejection in &report.rejected {
        eprintln!(
            "  rejected submission {} (server seq {}, device {}): {}",
            rejection.submission_id, rejection.seq, rejection.device_id, rejection.reason
        );
    }
    if report.rejected.is_empty() {
        Ok(())
    } else {
        Err(Failure(format!(
            "{} submission(s) rejected; each is kept in the archive with its reason",
            report.rejected.len()
        )))
    }
}

fn run_export(dir: &Path, format: &str, public: bool, out: Option<&Path>) -> CliResult {
    let format: ExportFormat = format.parse()?;
    let archive = open_existing(dir)?;
    let cases = archive.latest_cases()?;
    let forms = Forms::builtin()?;
    let summary = match out {
        None => {
            let stdout = std::io::stdout();
            let mut writer = BufWriter::new(stdout.lock());
            export(&cases, &forms, format, public, &mut writer)
                .and_then(|summary| Ok(writer.flush().map(|()| summary)?))
                .map_err(quiet_broken_pipe)?
        }
        Some(path) => {
            // Written beside the target and renamed into place: a failed export never leaves
            // half a file, and the file is created readable only by its owner.
            let parent = path
                .parent()
                .filter(|parent| !parent.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let mut file = tempfile::NamedTempFile::new_in(parent).map_err(|error| {
                Failure(format!("cannot write in {}: {error}", parent.display()))
            })?;
            let summary = {
                let mut writer = BufWriter::new(file.as_file_mut());
                let summary = export(&cases, &forms, format, public, &mut writer)?;
                writer.flush()?;
                summary
            };
            file.as_file().sync_all()?;
            file.persist(path).map_err(|error| {
                Failure(format!("cannot write {}: {}", path.display(), error.error))
            })?;
            summary
        }
    };
    if public {
        eprintln!(
            "Exported {} case(s) with consent to statistics as public {format}; {} without \
             consent left out.",
            summary.cases, summary.without_consent
        );
    } else {
        eprintln!(
            "Exported {} case(s) as {format}, sensitive answers included: keep it as safe as \
             the archive.",
            summary.cases
        );
    }
    if summary.unknown_form > 0 {
        eprintln!(
            "{} case(s) of a form this tool does not know were left out.",
            summary.unknown_form
        );
    }
    Ok(())
}

fn run_stats(dir: &Path, json: bool) -> CliResult {
    let archive = open_existing(dir)?;
    let stats = Stats::compute(&archive.latest_cases()?, &Forms::builtin()?);
    let text = if json {
        serde_json::to_string_pretty(&stats)?
    } else {
        stats.to_string()
    };
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "{}", text.trim_end()).map_err(|error| quiet_broken_pipe(error.into()))
}

/// A reader that stopped early (`| head`) is not a failure worth a message.
fn quiet_broken_pipe(error: wave_core::Error) -> Failure {
    match &error {
        wave_core::Error::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe => {
            Failure(String::new())
        }
        _ => Failure::from(error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("30m").ok(), Some(Duration::from_secs(1800)));
        assert_eq!(
            parse_duration("24h").ok(),
            Some(Duration::from_secs(86_400))
        );
        assert_eq!(
            parse_duration("7d").ok(),
            Some(Duration::from_secs(604_800))
        );
        assert_eq!(parse_duration("90s").ok(), Some(Duration::from_secs(90)));
        for bad in [
            "",
            "d",
            "0d",
            "7",
            "7w",
            "-1d",
            "1.5h",
            "99999999999999999999d",
        ] {
            assert!(parse_duration(bad).is_err(), "{bad}");
        }
    }
}
