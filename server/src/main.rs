//! The `wave-server` command line: `serve`, `create-staff-token`, `revoke-device`.

use clap::{Args, Parser, Subcommand};
use std::io::{IsTerminal, Write};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use uuid::Uuid;
use wave_server::{App, Config, PostgresStore, SqliteStore, Store, StoreError, auth, router};

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
    /// Most PostgreSQL connections this process opens.
    #[arg(long, value_name = "N", default_value_t = 16)]
    db_pool_size: usize,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the sync API over plain HTTP (put a TLS terminator in front of it).
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
    },
    /// Create a staff token and print it (shown once; only its hash is stored).
    CreateStaffToken {
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
    let storage = match &command {
        Command::Serve { storage, .. }
        | Command::CreateStaffToken { storage }
        | Command::RevokeDevice { storage, .. } => storage.clone(),
    };
    match storage.database_url.as_deref().filter(|u| !u.is_empty()) {
        Some(url) => {
            let store = PostgresStore::connect(url, storage.db_pool_size).await?;
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

async fn execute<S: Store>(store: S, command: Command) -> Result<(), CliError> {
    match command {
        Command::Serve {
            listen,
            rate_per_second,
            rate_burst,
            ..
        } => {
            if !(rate_per_second.is_finite() && rate_per_second > 0.0) || rate_burst == 0 {
                return Err(CliError::Usage(
                    "--rate-per-second must be a positive number and --rate-burst at least 1",
                ));
            }
            let config = Config {
                rate_per_second,
                rate_burst,
            };
            let listener = tokio::net::TcpListener::bind(listen)
                .await
                .map_err(|source| CliError::Listen {
                    addr: listen,
                    source,
                })?;
            let addr = listener.local_addr().map_err(CliError::Serve)?;
            let mut stdout = std::io::stdout();
            writeln!(stdout, "listening on http://{addr}").map_err(CliError::Stdout)?;
            stdout.flush().map_err(CliError::Stdout)?;
            tracing::info!(%addr, "serving");
            axum::serve(listener, router(App::new(store, &config)))
                .with_graceful_shutdown(shutdown_signal())
                .await
                .map_err(CliError::Serve)
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
