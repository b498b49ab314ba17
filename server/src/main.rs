//! The `wave-server` command line: `serve`, `create-staff-token`, `revoke-device`.

use clap::{Args, Parser, Subcommand};
use std::io::{IsTerminal, Write};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;
use uuid::Uuid;
use wave_protocol::limits::MAX_PULL_PAGE_ENVELOPE_BYTES;
use wave_server::expiry::spawn_upload_expiry;
use wave_server::tls::{TlsError, TlsFiles};
use wave_server::{
    App, Config, PostgresStore, ServeOptions, SqliteStore, Store, StoreError, auth, router, serve,
};

#[derive(Parser)]
#[command(name = "wave-server", version, about = "Wave's NGO sync server")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Args, Clone)]
struct Storage {
    /// Directory of the embedded SQLite database (created if missing; used when no database URL
    /// is given).
    #[arg(long, value_name = "DIR", default_value = "wave-server-data")]
    data: PathBuf,
    /// PostgreSQL connection string (postgres://user@host:port/db). Prefer the environment
    /// variable: command lines are visible to every user of the machine.
    #[arg(
        long,
        value_name = "URL",
        env = "WAVE_DATABASE_URL",
        hide_env_values = true
    )]
    database_url: Option<String>,
    /// CA certificates (PEM) the PostgreSQL server's certificate must chain to, for a database
    /// on another machine. Given, the database is reached over TLS only (the URL's `sslmode` is
    /// raised to `require`); without it, `sslmode=require` in the URL checks the certificate
    /// against the public roots, and no `sslmode` speaks in the clear (a database on this
    /// machine or a link that is trusted).
    #[arg(long, value_name = "FILE", env = "WAVE_DATABASE_CA")]
    database_ca: Option<PathBuf>,
    /// Most PostgreSQL connections this process opens.
    #[arg(long, value_name = "N", default_value_t = 16)]
    db_pool_size: usize,
}

/// How connections are bounded, and TLS.
#[derive(Args)]
struct Connections {
    /// Seconds a request head may take to arrive, counted from when the server starts waiting
    /// for it; also how long an idle kept-alive connection stays open, and the TLS handshake's
    /// limit.
    #[arg(long, value_name = "SECONDS", default_value = "10", value_parser = seconds)]
    header_timeout: Duration,
    /// Seconds a request body may pause (no byte arriving), and a client may leave the answer
    /// unread, before the connection is closed.
    #[arg(long, value_name = "SECONDS", default_value = "30", value_parser = seconds)]
    body_timeout: Duration,
    /// Most connections served at once; more are answered 503 and closed.
    #[arg(long, value_name = "N", default_value_t = 512,
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    max_connections: u32,
    /// PEM certificate chain (leaf first) to serve TLS with; read again on SIGHUP.
    #[arg(long, value_name = "FILE", requires = "tls_key")]
    tls_cert: Option<PathBuf>,
    /// PEM private key of --tls-cert (PKCS#8, PKCS#1 or SEC1); read again on SIGHUP.
    #[arg(long, value_name = "FILE", requires = "tls_cert")]
    tls_key: Option<PathBuf>,
}

/// A positive number of seconds, fractions allowed (tests use short ones), at most a day.
fn seconds(text: &str) -> Result<Duration, String> {
    positive_amount(text, "seconds", 86_400.0, 1.0)
}

/// A positive number of hours, fractions allowed (tests use short ones), at most a year.
fn hours(text: &str) -> Result<Duration, String> {
    positive_amount(text, "hours", 8_760.0, 3600.0)
}

/// `text` as a number of `unit`s above 0 and at most `max`, each `unit_seconds` long.
fn positive_amount(
    text: &str,
    unit: &str,
    max: f64,
    unit_seconds: f64,
) -> Result<Duration, String> {
    let value: f64 = text
        .trim()
        .parse()
        .map_err(|_| format!("{text:?} is not a number of {unit}"))?;
    if !(value.is_finite() && value > 0.0 && value <= max) {
        return Err(format!("give a number of {unit} above 0 and at most {max}"));
    }
    Ok(Duration::from_secs_f64(value * unit_seconds))
}

#[derive(Subcommand)]
enum Command {
    /// Serve the sync API: plain HTTP behind a TLS terminator, or TLS itself with --tls-cert
    /// and --tls-key.
    Serve {
        #[command(flatten)]
        storage: Storage,
        /// Address to listen on; port 0 picks a free one. The first line on stdout is
        /// `listening on http://IP:PORT`.
        #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8080")]
        listen: SocketAddr,
        /// Sustained requests per second allowed per device.
        #[arg(long, value_name = "N", default_value_t = 50.0)]
        rate_per_second: f64,
        /// Requests a device may make in a burst.
        #[arg(long, value_name = "N", default_value_t = 100)]
        rate_burst: u32,
        /// Envelope bytes after which a staff pull page ends, whatever its item limit (the
        /// page holds the submission that reaches it, and always at least one).
        #[arg(long, value_name = "BYTES", default_value_t = MAX_PULL_PAGE_ENVELOPE_BYTES)]
        pull_page_bytes: u64,
        /// Hours after which an upload begun and never completed (a device wiped or revoked
        /// mid-upload) is removed with its bytes; fractions allowed. A device that comes back
        /// to it starts it again.
        #[arg(long, value_name = "HOURS", default_value = "168", value_parser = hours)]
        upload_expiry_hours: Duration,
        #[command(flatten)]
        connections: Connections,
    },
    /// Create a staff token and print it (shown once; only its hash is stored).
    CreateStaffToken {
        #[command(flatten)]
        storage: Storage,
    },
    /// Back up the SQLite database of a server, running or not, into a new file (a consistent
    /// snapshot, checked and synced). Restore by putting the file as `wave-server.db` in an
    /// empty data directory. With PostgreSQL use `pg_dump` or WAL archiving instead.
    Backup {
        /// Where to write the copy; the file must not exist.
        #[arg(long, value_name = "FILE")]
        to: PathBuf,
        #[command(flatten)]
        storage: Storage,
    },
    /// Revoke a device: its token is refused from the next request on.
    RevokeDevice {
        /// The device id (as listed by GET /v1/staff/devices).
        device_id: Uuid,
        #[command(flatten)]
        storage: Storage,
    },
}

#[derive(Debug, thiserror::Error)]
enum CliError {
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error("cannot listen on {addr}: {source}")]
    Listen {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("server failed: {0}")]
    Serve(std::io::Error),
    #[error("{0}")]
    Tls(#[from] TlsError),
    #[error("writing to stdout failed: {0}")]
    Stdout(std::io::Error),
    #[error("no device with id {0}")]
    NoSuchDevice(Uuid),
    #[error("{0}")]
    Usage(&'static str),
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("WAVE_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .init();
    // With no arguments at all the server just runs, with its defaults.
    let cli = if std::env::args_os().len() <= 1 {
        Cli::parse_from(["wave-server", "serve"])
    } else {
        Cli::parse()
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli.command)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn run(command: Command) -> Result<(), CliError> {
    if let Command::Backup { to, storage } = command {
        return backup(to, storage).await;
    }
    let storage = match &command {
        Command::Serve { storage, .. }
        | Command::CreateStaffToken { storage }
        | Command::RevokeDevice { storage, .. }
        | Command::Backup { storage, .. } => storage.clone(),
    };
    match storage.database_url.as_deref().filter(|u| !u.is_empty()) {
        Some(url) => {
            let store = PostgresStore::connect_with(
                url,
                storage.db_pool_size,
                storage.database_ca.as_deref(),
            )
            .await?;
            execute(store, command).await
        }
        None => {
            let dir = storage.data.clone();
            let store = tokio::task::spawn_blocking(move || SqliteStore::open(&dir))
                .await
                .map_err(|e| StoreError::Task(e.to_string()))??;
            execute(store, command).await
        }
    }
}

/// `wave-server backup`: SQLite only; it never opens (or migrates) the store itself.
async fn backup(to: PathBuf, storage: Storage) -> Result<(), CliError> {
    if storage
        .database_url
        .as_deref()
        .is_some_and(|u| !u.is_empty())
    {
        return Err(CliError::Usage(
            "backup copies the SQLite database; back up PostgreSQL with pg_dump or WAL archiving",
        ));
    }
    let dir = storage.data;
    let target = to.clone();
    let bytes =
        tokio::task::spawn_blocking(move || wave_server::store::sqlite::backup(&dir, &target))
            .await
            .map_err(|e| StoreError::Task(e.to_string()))??;
    println!("backed up {bytes} bytes to {}", to.display());
    Ok(())
}

async fn execute<S: Store>(store: S, command: Command) -> Result<(), CliError> {
    match command {
        Command::Backup { .. } => Err(CliError::Usage("backup does not open the store")),
        Command::Serve {
            listen,
            rate_per_second,
            rate_burst,
            pull_page_bytes,
            upload_expiry_hours,
            connections,
            ..
        } => {
            if !(rate_per_second.is_finite() && rate_per_second > 0.0) || rate_burst == 0 {
                return Err(CliError::Usage(
                    "--rate-per-second must be a positive number and --rate-burst at least 1",
                ));
            }
            if !(1..=MAX_PULL_PAGE_ENVELOPE_BYTES).contains(&pull_page_bytes) {
                return Err(CliError::Usage(
                    "--pull-page-bytes must be at least 1 and at most 33554432 (32 MiB)",
                ));
            }
            let config = Config {
                rate_per_second,
                rate_burst,
                pull_page_envelope_bytes: pull_page_bytes,
            };
            let tls = match (&connections.tls_cert, &connections.tls_key) {
                (Some(cert), Some(key)) => Some(Arc::new(TlsFiles::load(cert, key)?)),
                _ => None,
            };
            let options = ServeOptions {
                header_timeout: connections.header_timeout,
                body_timeout: connections.body_timeout,
                max_connections: connections.max_connections as usize,
                ..ServeOptions::default()
            };
            let listener = tokio::net::TcpListener::bind(listen)
                .await
                .map_err(|source| CliError::Listen {
                    addr: listen,
                    source,
                })?;
            let addr = listener.local_addr().map_err(CliError::Serve)?;
            let mut stdout = std::io::stdout();
            let scheme = if tls.is_some() { "https" } else { "http" };
            writeln!(stdout, "listening on {scheme}://{addr}").map_err(CliError::Stdout)?;
            stdout.flush().map_err(CliError::Stdout)?;
            tracing::info!(%addr, scheme, "serving");
            if let Some(tls) = &tls {
                reload_on_hangup(tls.clone());
            }
            let app = App::new(store, &config);
            spawn_upload_expiry(app.clone(), upload_expiry_hours);
            serve(listener, router(app), options, tls, shutdown_signal()).await;
            Ok(())
        }
        Command::CreateStaffToken { .. } => {
            let token = auth::new_secret();
            let id = Uuid::new_v4();
            store
                .create_staff_token(id, token.hash, wave_server::routes::now())
                .await?;
            let mut stdout = std::io::stdout();
            writeln!(stdout, "{}", token.text).map_err(CliError::Stdout)?;
            stdout.flush().map_err(CliError::Stdout)
        }
        Command::RevokeDevice { device_id, .. } => {
            if store
                .revoke_device(device_id, wave_server::routes::now())
                .await?
            {
                println!("revoked device {device_id}");
                Ok(())
            } else {
                Err(CliError::NoSuchDevice(device_id))
            }
        }
    }
}

/// Renewing a certificate is: replace the files, send SIGHUP. A pair that cannot be used is
/// logged and the one served so far kept, so a botched renewal does not take the server down.
fn reload_on_hangup(tls: Arc<TlsFiles>) {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::hangup()) {
            Ok(mut hangups) => {
                tokio::spawn(async move {
                    while hangups.recv().await.is_some() {
                        match tls.reload() {
                            Ok(()) => tracing::info!("TLS certificate and key reloaded"),
                            Err(e) => tracing::error!(
                                error = %e,
                                "TLS reload failed; still serving the previous certificate"
                            ),
                        }
                    }
                });
            }
            Err(e) => tracing::warn!(error = %e, "cannot listen for SIGHUP; TLS reload disabled"),
        }
    }
    #[cfg(not(unix))]
    let _ = tls;
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
