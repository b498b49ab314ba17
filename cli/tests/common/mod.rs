//! What several CLI test files share: a real `wave-server` to sync to and pull from.

// Each test file compiles this module on its own and uses only part of it.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use wave_protocol::Uuid;

/// A running server: the `wave-server` binary when it was built beside `wave` (as a workspace
/// test run does), else the same server library in this process.
pub enum Server {
    Process(Child),
    /// Kept so the server's tasks keep running until the test ends.
    InProcess {
        _runtime: tokio::runtime::Runtime,
    },
}

pub struct Running {
    server: Server,
    pub url: String,
    pub token: String,
    pub data: PathBuf,
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Server::Process(child) = &mut self.server {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

fn server_binary() -> Option<PathBuf> {
    let wave = Path::new(env!("CARGO_BIN_EXE_wave"));
    let binary = wave.with_file_name(format!("wave-server{}", std::env::consts::EXE_SUFFIX));
    binary.exists().then_some(binary)
}

pub fn start_server(data: &Path) -> Running {
    match server_binary() {
        Some(binary) => {
            let token = Command::new(&binary)
                .args(["create-staff-token", "--data"])
                .arg(data)
                .env_remove("WAVE_DATABASE_URL")
                .output()
                .unwrap();
            assert!(
                token.status.success(),
                "{}",
                String::from_utf8_lossy(&token.stderr)
            );
            let token = String::from_utf8(token.stdout).unwrap().trim().to_owned();
            let mut child = Command::new(&binary)
                .args(["serve", "--listen", "127.0.0.1:0", "--data"])
                .arg(data)
                .env_remove("WAVE_DATABASE_URL")
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .unwrap();
            let mut line = String::new();
            BufReader::new(child.stdout.take().unwrap())
                .read_line(&mut line)
                .unwrap();
            let url = line
                .trim()
                .strip_prefix("listening on ")
                .unwrap_or_else(|| panic!("server did not start: {line:?}"))
                .to_owned();
            Running {
                server: Server::Process(child),
                url,
                token,
                data: data.to_owned(),
            }
        }
        None => {
            use wave_server::Store;
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .unwrap();
            let store = wave_server::SqliteStore::open(data).unwrap();
            let secret = wave_server::auth::new_secret();
            let (listener, url) = runtime.block_on(async {
                store
                    .create_staff_token(Uuid::new_v4(), secret.hash, wave_server::routes::now())
                    .await
                    .unwrap();
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
                let url = format!("http://{}", listener.local_addr().unwrap());
                (listener, url)
            });
            let app = wave_server::App::new(store, &wave_server::Config::default());
            runtime.spawn(async move {
                let _ = axum::serve(listener, wave_server::router(app)).await;
            });
            Running {
                server: Server::InProcess { _runtime: runtime },
                url,
                token: secret.text,
                data: data.to_owned(),
            }
        }
    }
}
