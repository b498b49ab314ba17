//! `wave staff …`: the NGO's tools. Make the NGO identity and signing key, hand out enrollment
//! codes, publish and check the signed recipient set, back keys up as shares, pull every new
//! submission into an encrypted archive (checking signatures and fingerprints), and export or
//! count the archived cases. Tokens and passphrases never appear in any message.

use std::fs::{self, OpenOptions};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use clap::{Args, Subcommand};
use wave_core::sync::{StaffIdentity, parse_recipients};
use wave_core::vault::{KdfParams, Safeguards};
use wave_protocol::encoding::encode_base64;
use wave_protocol::{EnrollmentInvite, Sha256Hex};
use wave_staff::backup::{self, SecretKind};
use wave_staff::keys;
use wave_staff::workspace::{PullSettings, ServeOptions};
use wave_staff::{Archive, ExportFormat, Forms, PullOptions, StaffClient, Stats, export_in, pull};

use crate::passphrase::{self, CURRENT_ENV, NEW_ENV, Which};
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
            .map(|pin| Sha256Hex::parse(pin.trim()).map_err(|_| Failure(t!("pin-invalid"))))
            .collect::<CliResult<Vec<_>>>()?;
        let client = StaffClient::pinned(&self.server, &self.token, &pins)?;
        Ok((client, pins))
    }
}

/// Where a pull reads from: the server, and the NGO identity that opens what it brings.
#[derive(Args)]
pub struct PullFrom {
    #[command(flatten)]
    server: ServerArgs,
    /// The NGO identity file (from `wave staff keygen`).
    #[arg(long, value_name = "KEYFILE")]
    identity: PathBuf,
}

impl PullFrom {
    /// The staff client for the server and the identity read from its file.
    fn open(&self) -> CliResult<(StaffClient, StaffIdentity)> {
        let identity = read_identity(&self.identity)?;
        let (client, _) = self.server.client()?;
        Ok((client, identity))
    }
}

/// [`PullFrom`] for `serve`, where pulling from the page is optional: each argument may be
/// left out, and what is given must make a whole [`PullFrom`]. Its own struct because clap
/// cannot make a flattened struct's arguments optional in one command and required in another.
#[derive(Args)]
pub struct MaybePullFrom {
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
}

impl MaybePullFrom {
    /// Where to pull from, if --server and --identity were given; a token is then needed.
    fn pull_from(self) -> CliResult<Option<PullFrom>> {
        let (Some(server), Some(identity)) = (self.server, self.identity) else {
            return Ok(None);
        };
        let token = self.token.ok_or_else(|| Failure(t!("serve-needs-token")))?;
        Ok(Some(PullFrom {
            server: ServerArgs {
                server,
                token,
                pins: self.pins,
            },
            identity,
        }))
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
    /// (wave-enroll:2:… with --signing-public-key, else wave-enroll:1:…) to give to one device.
    EnrollCode {
        #[command(flatten)]
        server: ServerArgs,
        /// An NGO public key (age1…) every case from the device is encrypted to; repeat for
        /// several staff members.
        #[arg(long = "recipient", value_name = "PUB", required = true)]
        recipients: Vec<String>,
        /// The NGO signing public key (from `wave staff signing-key generate`): the device will
        /// follow the recipient sets it signs. Without it the device keeps --recipient for good.
        #[arg(long, value_name = "BASE64")]
        signing_public_key: Option<String>,
        /// How long the code works: a number with s, m, h or d (at most 30d).
        #[arg(long, value_name = "DURATION", default_value = "7d")]
        expires: String,
    },
    /// Pull every new submission into the archive (made on first use): signatures, device keys
    /// and fingerprints are checked, and anything that fails is kept as rejected with its reason.
    /// Exits non-zero if this pull rejected anything.
    Pull {
        #[command(flatten)]
        from: PullFrom,
        #[command(flatten)]
        archive: ArchiveArg,
        /// When the archive is created: how long unlocking should take, in milliseconds
        /// (0 = the minimum, 19 MiB and 2 passes).
        #[arg(long, value_name = "MS", default_value_t = 500)]
        unlock_time: u64,
        /// Submissions asked for per page (1–1000).
        #[arg(long, value_name = "N", default_value_t = PullOptions::default().page_size)]
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
        /// The language of the JSON's form titles, field and choice labels: any the checklist
        /// has (default: the terminal's, if the checklist has it, else the checklist's default).
        /// CSV and GeoJSON hold codes and item ids, the same in every language.
        #[arg(long)]
        lang: Option<String>,
    },
    /// The NGO signing key, which signs the recipient sets devices follow.
    SigningKey {
        #[command(subcommand)]
        command: SigningKeyCommand,
    },
    /// The recipient set: which NGO keys enrolled devices encrypt new cases to.
    Recipients {
        #[command(subcommand)]
        command: RecipientsCommand,
    },
    /// Back up an NGO identity file as shares, and restore it from them.
    Identity {
        #[command(subcommand)]
        command: ShareCommand,
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
        #[command(flatten)]
        from: MaybePullFrom,
        /// Submissions asked for per page when pulling (1–1000).
        #[arg(long, value_name = "N", default_value_t = PullOptions::default().page_size)]
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

#[derive(Subcommand)]
pub enum SigningKeyCommand {
    /// Make the NGO signing key: writes the key file (readable only by you; keep it offline)
    /// and prints the public key for `enroll-code --signing-public-key`.
    Generate {
        /// Where to write the key; an existing file is never overwritten.
        #[arg(long, value_name = "KEYFILE")]
        out: PathBuf,
    },
    /// Split the signing key file into shares (see `identity split`).
    Split(SplitArgs),
    /// Restore the signing key file from shares.
    Combine(CombineArgs),
}

#[derive(Subcommand)]
pub enum RecipientsCommand {
    /// Sign and publish a new recipient set, then fetch it back and check it. Devices enrolled
    /// with the signing key encrypt every case finalized after their next sync to these
    /// recipients only (and re-encrypt what they have not sent yet if a key was removed).
    Publish {
        #[command(flatten)]
        server: ServerArgs,
        /// The NGO signing key file.
        #[arg(long, value_name = "KEYFILE")]
        signing_key: PathBuf,
        /// An NGO public key (age1…); repeat for every staff member's identity.
        #[arg(long = "recipient", value_name = "PUB", required = true)]
        recipients: Vec<String>,
        /// The set's version; by default the published version + 1.
        #[arg(long, value_name = "N")]
        version: Option<u64>,
    },
    /// Fetch the published recipient set, check its signature and print it.
    Show {
        #[command(flatten)]
        server: ServerArgs,
        /// The NGO signing public key (base64) to check the set with.
        #[arg(long, value_name = "BASE64", required_unless_present = "signing_key")]
        signing_public_key: Option<String>,
        /// Or the signing key file itself.
        #[arg(long, value_name = "KEYFILE", conflicts_with = "signing_public_key")]
        signing_key: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
pub enum ShareCommand {
    /// Split an identity file into shares: any THRESHOLD of them restore it, fewer reveal
    /// nothing. Writes share-N.txt and share-N.png (a QR code) per share into --out; give each
    /// share to a different person and keep none together.
    Split(SplitArgs),
    /// Restore an identity file from shares (files written by `split`, or - to type one).
    Combine(CombineArgs),
}

#[derive(Args)]
pub struct SplitArgs {
    /// The file to split.
    #[arg(value_name = "KEYFILE")]
    file: PathBuf,
    /// How many shares to make (2–255).
    #[arg(long, value_name = "N")]
    shares: u8,
    /// How many shares restore the file (2–N).
    #[arg(long, value_name = "K")]
    threshold: u8,
    /// A new folder for the shares (made readable only by you).
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
}

#[derive(Args)]
pub struct CombineArgs {
    /// Where to write the restored file (readable only by you); never overwritten.
    #[arg(long, value_name = "KEYFILE")]
    out: PathBuf,
    /// The shares: files written by `split`, or `-` for a share's text typed when asked.
    #[arg(value_name = "SHARE", required = true)]
    shares: Vec<String>,
}

pub fn run(command: StaffCommand) -> CliResult {
    match command {
        StaffCommand::Keygen { out } => keygen(&out),
        StaffCommand::EnrollCode {
            server,
            recipients,
            signing_public_key,
            expires,
        } => enroll_code(
            &server,
            &recipients,
            signing_public_key.as_deref(),
            &expires,
        ),
        StaffCommand::SigningKey { command } => match command {
            SigningKeyCommand::Generate { out } => signing_key_generate(&out),
            SigningKeyCommand::Split(args) => split(SecretKind::SigningKey, &args),
            SigningKeyCommand::Combine(args) => combine(SecretKind::SigningKey, &args),
        },
        StaffCommand::Recipients { command } => match command {
            RecipientsCommand::Publish {
                server,
                signing_key,
                recipients,
                version,
            } => recipients_publish(&server, &signing_key, &recipients, version),
            RecipientsCommand::Show {
                server,
                signing_public_key,
                signing_key,
            } => recipients_show(
                &server,
                signing_public_key.as_deref(),
                signing_key.as_deref(),
            ),
        },
        StaffCommand::Identity { command } => match command {
            ShareCommand::Split(args) => split(SecretKind::Identity, &args),
            ShareCommand::Combine(args) => combine(SecretKind::Identity, &args),
        },
        StaffCommand::Pull {
            from,
            archive,
            unlock_time,
            page_size,
        } => run_pull(&from, &archive.archive, unlock_time, page_size),
        StaffCommand::Export {
            archive,
            format,
            public,
            out,
            lang,
        } => run_export(
            &archive.archive,
            &format,
            public,
            out.as_deref(),
            lang.as_deref(),
        ),
        StaffCommand::Stats { archive, json } => run_stats(&archive.archive, json),
        StaffCommand::Serve {
            archive,
            port,
            idle_lock,
            no_open,
            from,
            page_size,
        } => {
            if !(1..=1000).contains(&page_size) {
                return Err(Failure(t!("page-size-invalid")));
            }
            if idle_lock == 0 || idle_lock > 24 * 60 {
                return Err(Failure(t!("idle-lock-invalid")));
            }
            let pull = match from.pull_from()? {
                Some(from) => {
                    let (client, identity) = from.open()?;
                    Some(PullSettings {
                        client,
                        identity,
                        page_size,
                    })
                }
                None => None,
            };
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .map_err(|error| Failure(t!("runtime-failed", error = &error.to_string())))?;
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

/// Writes `bytes` to a new file readable only by its owner, synced; an existing file is never
/// overwritten, and a file half written is removed.
fn write_private(out: &Path, bytes: &[u8]) -> CliResult {
    write_private_or(out, bytes, |file| {
        Failure(t!("file-exists-kept", file = file))
    })
}

/// [`write_private`], with `exists` telling that the file at `out` (shown) is there already.
fn write_private_or(out: &Path, bytes: &[u8], exists: impl FnOnce(&str) -> Failure) -> CliResult {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(out).map_err(|error| {
        let file = out.display().to_string();
        if error.kind() == std::io::ErrorKind::AlreadyExists {
            exists(&file)
        } else {
            Failure(t!(
                "cannot-create",
                file = &file,
                error = &error.to_string()
            ))
        }
    })?;
    let written = file.write_all(bytes).and_then(|()| file.sync_all());
    if let Err(error) = written {
        drop(file);
        let _ = fs::remove_file(out);
        let file = out.display().to_string();
        return Err(Failure(t!(
            "cannot-write",
            file = &file,
            error = &error.to_string()
        )));
    }
    Ok(())
}

/// Serves the workspace on `runtime` until Ctrl-C: prints the one-time link and, if `open`,
/// hands it to the desktop's browser.
pub fn serve(runtime: &tokio::runtime::Runtime, options: ServeOptions, open: bool) -> CliResult {
    if !Archive::exists(&options.archive) {
        let dir = options.archive.display().to_string();
        return Err(Failure(t!("serve-no-archive", dir = &dir)));
    }
    let running = runtime.block_on(wave_staff::workspace::start(options))?;
    println!("{}", running.start_url);
    eprintln!("{}", t!("serve-link"));
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
    eprintln!("{}", t!("serve-stopped"));
    Ok(())
}

fn keygen(out: &Path) -> CliResult {
    let identity = StaffIdentity::generate();
    write_private_or(out, identity.to_file_text().as_bytes(), |file| {
        Failure(t!("identity-exists", file = file))
    })?;
    println!("{}", identity.recipient());
    let file = out.display().to_string();
    eprintln!("{}", t!("identity-written", file = &file));
    Ok(())
}

/// `30m`, `24h`, `7d`, `90s`.
fn parse_duration(text: &str) -> CliResult<Duration> {
    let text = text.trim();
    let invalid = || Failure(t!("duration-invalid", given = text));
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
        .map_err(|error| Failure(t!("runtime-failed", error = &error.to_string())))
}

fn enroll_code(
    server: &ServerArgs,
    recipients: &[String],
    signing_public_key: Option<&str>,
    expires: &str,
) -> CliResult {
    let expires = parse_duration(expires)?;
    parse_recipients(recipients)?;
    let signing_key = signing_public_key
        .map(|text| keys::parse_public_key(text).map(|key| encode_base64(&key)))
        .transpose()?;
    // The code is asked for over a connection held to the same pins, so a pin that does not
    // match the server fails here, before any device is given a string it could not use.
    let (client, pins) = server.client()?;
    let mut invite = EnrollmentInvite {
        server: client.server().to_owned(),
        code: "checked-before-asking".into(),
        recipients: recipients.iter().map(|r| r.trim().to_owned()).collect(),
        pin_sha256: pins.first().copied(),
        backup_pins_sha256: pins.iter().skip(1).copied().collect(),
        signing_key,
    };
    // Checked before a code is made, so a bad address or key does not use one up.
    invite
        .validate()
        .map_err(|error| Failure(t!("enrollment-string-failed", error = &error.to_string())))?;
    let created = runtime()?.block_on(client.create_enrollment_code(expires))?;
    invite.code = created.code;
    let text = invite
        .encode()
        .map_err(|error| Failure(t!("enrollment-string-failed", error = &error.to_string())))?;
    println!("{text}");
    eprintln!(
        "{}",
        t!(
            "enrollment-code-made",
            code = &created.code_id.to_string(),
            until = &created.expires_at.to_string()
        )
    );
    if invite.signing_key.is_none() {
        eprintln!("{}", t!("enroll-code-unsigned"));
    }
    Ok(())
}

/// The messages of the key commands, in one place.
fn signing_key_generate(out: &Path) -> CliResult {
    let key = keys::NgoSigningKey::generate()?;
    write_private(out, key.to_file_text().as_bytes())?;
    println!("{}", key.public_key_base64());
    let file = out.display().to_string();
    eprintln!("{}", t!("signing-key-written", file = &file));
    Ok(())
}

fn read_signing_key(path: &Path) -> CliResult<keys::NgoSigningKey> {
    let text = zeroize::Zeroizing::new(fs::read_to_string(path).map_err(|error| {
        let file = path.display().to_string();
        Failure(t!("cannot-read", file = &file, error = &error.to_string()))
    })?);
    keys::NgoSigningKey::parse(&text).map_err(|error| {
        Failure(format!(
            "{}: {}",
            path.display(),
            error.message(crate::l10n::ui_language())
        ))
    })
}

fn print_set(set: &wave_protocol::RecipientSet) {
    let created = time::OffsetDateTime::from_unix_timestamp(set.created_at)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_else(|| set.created_at.to_string());
    println!("{}", t!("recipient-set-version", version = set.version));
    println!("{}", t!("recipient-set-created", created = &created));
    for recipient in &set.recipients {
        println!("{}", t!("recipient-set-recipient", recipient = recipient));
    }
}

fn recipients_publish(
    server: &ServerArgs,
    signing_key: &Path,
    recipients: &[String],
    version: Option<u64>,
) -> CliResult {
    let key = read_signing_key(signing_key)?;
    let (client, _) = server.client()?;
    let set = runtime()?.block_on(keys::publish_recipient_set(
        &client, &key, recipients, version,
    ))?;
    print_set(&set);
    Ok(())
}

fn recipients_show(
    server: &ServerArgs,
    public_key: Option<&str>,
    signing_key: Option<&Path>,
) -> CliResult {
    let public_key = match (public_key, signing_key) {
        (Some(text), _) => keys::parse_public_key(text)?,
        (None, Some(path)) => keys::parse_public_key(&read_signing_key(path)?.public_key_base64())?,
        (None, None) => {
            return Err(Failure(t!("recipient-set-need-key")));
        }
    };
    let (client, _) = server.client()?;
    match runtime()?.block_on(keys::show_recipient_set(&client, &public_key))? {
        Some(set) => print_set(&set),
        None => eprintln!("{}", t!("recipient-set-none")),
    }
    Ok(())
}

fn split(kind: SecretKind, args: &SplitArgs) -> CliResult {
    let secret = zeroize::Zeroizing::new(fs::read(&args.file).map_err(|error| {
        let file = args.file.display().to_string();
        Failure(t!("cannot-read", file = &file, error = &error.to_string()))
    })?);
    let shares = backup::split(kind, &secret, args.threshold, args.shares)?;
    let mut builder = fs::DirBuilder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    let dir = args.out.display().to_string();
    builder.create(&args.out).map_err(|error| {
        Failure(t!(
            "shares-folder-exists",
            dir = &dir,
            error = &error.to_string()
        ))
    })?;
    for (index, share) in shares.iter().enumerate() {
        let number = index + 1;
        let header = t!(
            "share-header",
            kind = kind_id(kind),
            number = number,
            total = u32::from(args.shares),
            threshold = u32::from(args.threshold)
        );
        let text = zeroize::Zeroizing::new(format!("{header}\n{}\n", share.as_str()));
        write_private(
            &args.out.join(format!("share-{number}.txt")),
            text.as_bytes(),
        )?;
        write_private(
            &args.out.join(format!("share-{number}.png")),
            &backup::share_qr_png(share)?,
        )?;
    }
    eprintln!(
        "{}",
        t!(
            "shares-written",
            kind = kind_id(kind),
            total = u32::from(args.shares),
            dir = &dir,
            threshold = u32::from(args.threshold)
        )
    );
    Ok(())
}

fn combine(kind: SecretKind, args: &CombineArgs) -> CliResult {
    let mut texts = Vec::new();
    let mut typed_shares = TypedShares::new();
    for (index, share) in args.shares.iter().enumerate() {
        let text = if share
            .trim_start()
            .to_ascii_uppercase()
            .starts_with("WAVE-SHARE-1")
        {
            // Other users of this computer see a command's arguments while it runs, and the
            // shell keeps them in its history: a threshold of shares there is the whole key.
            return Err(Failure(t!("share-as-argument", number = index + 1)));
        } else if share == "-" {
            typed_shares.next(index + 1)?
        } else {
            let content = zeroize::Zeroizing::new(
                // Not named: a mistyped share's text would be most of a secret.
                fs::read_to_string(share).map_err(|error| {
                    Failure(t!(
                        "share-unreadable",
                        number = index + 1,
                        error = &error.to_string()
                    ))
                })?,
            );
            zeroize::Zeroizing::new(
                content
                    .lines()
                    .filter(|line| !line.trim_start().starts_with('#'))
                    .collect::<Vec<_>>()
                    .join(""),
            )
        };
        texts.push(text);
    }
    let refs: Vec<&str> = texts.iter().map(|text| text.as_str()).collect();
    let (found, secret) = backup::combine(&refs)?;
    if found != kind {
        return Err(Failure(t!("shares-other-kind", kind = kind_id(found))));
    }
    write_private(&args.out, &secret)?;
    let file = args.out.display().to_string();
    eprintln!(
        "{}",
        t!("secret-restored", kind = kind_id(kind), file = &file)
    );
    Ok(())
}

/// Shares' text given as `-`: asked for at the terminal without showing it, or read a line at
/// a time from standard input when that is not a terminal (a pipe from a password manager).
struct TypedShares {
    piped: Option<std::io::StdinLock<'static>>,
}

impl TypedShares {
    fn new() -> TypedShares {
        use std::io::IsTerminal;
        let stdin = std::io::stdin();
        let piped = (!stdin.is_terminal()).then(|| stdin.lock());
        TypedShares { piped }
    }

    fn next(&mut self, number: usize) -> CliResult<zeroize::Zeroizing<String>> {
        let unreadable = |error: std::io::Error| {
            Failure(t!(
                "share-unreadable",
                number = number,
                error = &error.to_string()
            ))
        };
        let mut line = zeroize::Zeroizing::new(String::new());
        match &mut self.piped {
            Some(input) => {
                use std::io::BufRead;
                // Lines of comments (a share file's header) are passed over.
                loop {
                    line.clear();
                    if input.read_line(&mut line).map_err(unreadable)? == 0 {
                        break;
                    }
                    if !line.trim_start().starts_with('#') && !line.trim().is_empty() {
                        break;
                    }
                }
            }
            None => {
                let prompt = t!("share-prompt", number = number);
                line = zeroize::Zeroizing::new(
                    rpassword::prompt_password(format!("{prompt} ")).map_err(unreadable)?,
                );
            }
        }
        Ok(zeroize::Zeroizing::new(line.trim().to_owned()))
    }
}

/// The catalogs' selector for a kind of secret (`share-header`, `secret-restored`, …).
fn kind_id(kind: SecretKind) -> &'static str {
    match kind {
        SecretKind::Identity => "identity",
        SecretKind::SigningKey => "signing-key",
    }
}

fn read_identity(path: &Path) -> CliResult<StaffIdentity> {
    let text = zeroize::Zeroizing::new(fs::read_to_string(path).map_err(|error| {
        let file = path.display().to_string();
        Failure(t!("cannot-read", file = &file, error = &error.to_string()))
    })?);
    let identity = StaffIdentity::parse(&text).map_err(|error| {
        Failure(format!(
            "{}: {}",
            path.display(),
            error.message(crate::l10n::ui_language())
        ))
    })?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(meta) = fs::metadata(path)
            && meta.permissions().mode() & 0o077 != 0
        {
            let file = path.display().to_string();
            eprintln!("{}", t!("identity-readable", file = &file));
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
        Which::Archive,
        &[NEW_ENV, CURRENT_ENV],
        Safeguards::default(),
    )?;
    let params = if unlock_time == 0 {
        KdfParams::FLOOR
    } else {
        KdfParams::calibrate(Duration::from_millis(unlock_time))?
    };
    let archive = Archive::create(dir, &passphrase, params)?;
    let dir = dir.display().to_string();
    eprintln!("{}", t!("archive-created", dir = &dir));
    Ok(archive)
}

fn open_existing(dir: &Path) -> CliResult<Archive> {
    if !Archive::exists(dir) {
        let dir = dir.display().to_string();
        return Err(Failure(t!("archive-missing", dir = &dir)));
    }
    Ok(Archive::open(dir, &passphrase::current()?)?)
}

fn run_pull(from: &PullFrom, dir: &Path, unlock_time: u64, page_size: u32) -> CliResult {
    if !(1..=1000).contains(&page_size) {
        return Err(Failure(t!("page-size-invalid")));
    }
    let (client, identity) = from.open()?;
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
            wave_core::Error::Network(_) => {
                let error = error.message(crate::l10n::ui_language());
                Failure(t!("pull-interrupted", error = &error))
            }
            error => Failure::from(error),
        })?;
    eprintln!(
        "{}",
        t!(
            "pull-summary",
            server = client.server(),
            new = report.new,
            had = report.already_had,
            rejected = report.rejected.len(),
            recovered = report.recovered,
            still = report.still_rejected,
            attachments = report.attachments
        )
    );
    for rejection in &report.rejected {
        eprintln!(
            "{}",
            t!(
                "pull-rejected",
                submission = &rejection.submission_id.to_string(),
                seq = &rejection.seq.to_string(),
                device = &rejection.device_id.to_string(),
                // The kind's code beside the words: the same in every language, for scripts
                // and for telling a reader which check failed.
                reason = &format!(
                    "{} ({})",
                    rejection.reason.message(crate::l10n::ui_language()),
                    rejection.reason.kind
                )
            )
        );
    }
    if report.rejected.is_empty() {
        Ok(())
    } else {
        Err(Failure(t!(
            "pull-rejected-total",
            count = report.rejected.len()
        )))
    }
}

fn run_export(
    dir: &Path,
    format: &str,
    public: bool,
    out: Option<&Path>,
    lang: Option<&str>,
) -> CliResult {
    let format: ExportFormat = format.parse()?;
    // Checked against the latest checklist before the archive is opened; cases of an older
    // version without the language get that version's default language, which the JSON names.
    let checklist = crate::forms::load(None)?;
    let lang = crate::forms::choose_language(&checklist, lang)?;
    let archive = open_existing(dir)?;
    let cases = archive.latest_cases()?;
    let forms = Forms::builtin()?;
    let summary = match out {
        None => {
            let stdout = std::io::stdout();
            let mut writer = BufWriter::new(stdout.lock());
            export_in(&cases, &forms, format, public, Some(&lang), &mut writer)
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
                let dir = parent.display().to_string();
                Failure(t!(
                    "cannot-write-in",
                    dir = &dir,
                    error = &error.to_string()
                ))
            })?;
            let summary = {
                let mut writer = BufWriter::new(file.as_file_mut());
                let summary = export_in(&cases, &forms, format, public, Some(&lang), &mut writer)?;
                writer.flush()?;
                summary
            };
            file.as_file().sync_all()?;
            file.persist(path).map_err(|error| {
                let file = path.display().to_string();
                Failure(t!(
                    "cannot-write",
                    file = &file,
                    error = &error.error.to_string()
                ))
            })?;
            summary
        }
    };
    let format = format.to_string();
    if public {
        eprintln!(
            "{}",
            t!(
                "export-public-done",
                count = summary.cases,
                format = &format,
                without = summary.without_consent
            )
        );
    } else {
        eprintln!(
            "{}",
            t!("export-done", count = summary.cases, format = &format)
        );
    }
    if summary.unknown_form > 0 {
        eprintln!(
            "{}",
            t!("export-unknown-form", count = summary.unknown_form)
        );
    }
    Ok(())
}

fn run_stats(dir: &Path, json: bool) -> CliResult {
    let archive = open_existing(dir)?;
    let forms = Forms::builtin()?;
    let stats = Stats::compute(&archive.latest_cases()?, &forms);
    let text = if json {
        serde_json::to_string_pretty(&stats)?
    } else {
        stats.table(crate::l10n::ui_language(), &forms)
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
