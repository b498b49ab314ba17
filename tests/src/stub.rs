//! A scriptable stand-in for `wave-server` on 127.0.0.1, for tests of how the client copes with
//! a hostile or broken server: every request goes to a handler that decides the answer — any
//! status and body, a connection closed without answer, or an endless body. It records every
//! request it got and stops when dropped.

use std::io;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

use crate::http1::{self, Request, Response};
use crate::listener::Listener;

/// What the stub does with one request.
pub enum Reply {
    /// Answer with this response.
    Respond(Response),
    /// Close the connection without answering.
    Close,
    /// Answer `status` with a body of `bytes` zero bytes, sent as it goes (the client should
    /// stop reading long before the end).
    Stream { status: u16, bytes: u64 },
}

type Handler = dyn Fn(&Request) -> Reply + Send + Sync;

struct Shared {
    handler: Box<Handler>,
    requests: Mutex<Vec<Request>>,
}

/// A running stub server.
pub struct Stub {
    /// `http://127.0.0.1:PORT`.
    pub url: String,
    shared: Arc<Shared>,
    _listener: Listener,
}

impl Stub {
    /// Serves every request with `handler`.
    pub fn start(handler: impl Fn(&Request) -> Reply + Send + Sync + 'static) -> Stub {
        let shared = Arc::new(Shared {
            handler: Box::new(handler),
            requests: Mutex::new(Vec::new()),
        });
        let listener = Listener::start(
            "stub-server",
            Arc::clone(&shared),
            |stream, shared| async move {
                let _ = serve_connection(stream, shared).await;
            },
        );
        Stub {
            url: listener.url.clone(),
            shared,
            _listener: listener,
        }
    }

    /// Every request received so far, in order.
    pub fn requests(&self) -> Vec<Request> {
        self.shared
            .requests
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }
}

async fn serve_connection(stream: TcpStream, shared: Arc<Shared>) -> io::Result<()> {
    let _ = stream.set_nodelay(true);
    let (read, mut write) = stream.into_split();
    let mut reader = BufReader::new(read);
    loop {
        let next = tokio::time::timeout(
            Duration::from_secs(60),
            http1::read_request(&mut reader, &mut write),
        )
        .await;
        let Ok(Ok(Some(request))) = next else {
            return Ok(());
        };
        let reply = (shared.handler)(&request);
        let head = request.method == "HEAD";
        let close = !request.keep_alive();
        shared
            .requests
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(request);
        match reply {
            Reply::Respond(response) => {
                write.write_all(&response.to_bytes(head, close)).await?;
                write.flush().await?;
                if close {
                    return Ok(());
                }
            }
            Reply::Close => return Ok(()),
            Reply::Stream { status, bytes } => {
                let head = format!(
                    "HTTP/1.1 {status} {}\r\nContent-Type: application/json\r\nContent-Length: {bytes}\r\n\r\n",
                    http1::reason(status)
                );
                write.write_all(head.as_bytes()).await?;
                let block = vec![b' '; 64 * 1024];
                let mut left = bytes;
                while left > 0 {
                    let take = left.min(block.len() as u64) as usize;
                    // The client hanging up ends this with an error, as it should.
                    write.write_all(&block[..take]).await?;
                    left -= take as u64;
                }
                return Ok(());
            }
        }
    }
}
