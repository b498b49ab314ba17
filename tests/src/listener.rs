//! A loopback HTTP listener on its own thread and runtime, shared by the fault-injecting proxy
//! and the hostile-server stub: each connection is handed to the owner's `serve` function, and
//! dropping the listener stops it and cancels every connection still open.

use std::future::Future;
use std::sync::Arc;
use std::thread::JoinHandle;

use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;

/// See the module documentation.
pub struct Listener {
    pub url: String,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Listener {
    /// Listens on a free loopback port; every connection runs `serve(stream, Arc::clone(&state))`
    /// as its own task on a thread named `name`.
    pub fn start<S, F>(
        name: &str,
        state: Arc<S>,
        serve: impl Fn(TcpStream, Arc<S>) -> F + Send + 'static,
    ) -> Listener
    where
        S: Send + Sync + 'static,
        F: Future<Output = ()> + Send + 'static,
    {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind on loopback");
        listener.set_nonblocking(true).expect("non-blocking");
        let url = format!("http://{}", listener.local_addr().expect("local address"));
        let (stop, stopped) = oneshot::channel::<()>();
        let thread = std::thread::Builder::new()
            .name(name.into())
            .spawn(move || {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("listener runtime");
                runtime.block_on(async move {
                    let listener = TcpListener::from_std(listener).expect("tokio listener");
                    let accept = async {
                        loop {
                            let Ok((stream, _)) = listener.accept().await else {
                                continue;
                            };
                            tokio::spawn(serve(stream, Arc::clone(&state)));
                        }
                    };
                    tokio::select! {
                        () = accept => {}
                        _ = stopped => {}
                    }
                });
                // Dropping the runtime cancels every connection still open.
            })
            .expect("listener thread");
        Listener {
            url,
            stop: Some(stop),
            thread: Some(thread),
        }
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
