//! The serve loop: accepts TCP connections (optionally ending TLS), bounds how many are open at
//! once, and drives each with hyper's HTTP/1.1 server under timeouts, so a slow, stalled or idle
//! client cannot pin a connection; a handler's panic still gets the protocol's JSON 500.
//!
//! `axum::serve` has none of these bounds, so the router is served here instead.

use crate::error::ApiFailure;
use crate::tls::TlsFiles;
use axum::Router;
use axum::body::Body;
use axum::http::{HeaderValue, Request, Response, header};
use axum::response::IntoResponse;
use bytes::Bytes;
use futures_util::FutureExt;
use http_body::Frame;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use std::convert::Infallible;
use std::future::Future;
use std::io;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, watch};
use tokio::time::{Instant, Sleep};
use tower::ServiceExt;
use wave_protocol::{ApiError, ErrorCode};

/// Connections over the bound that are still answered (503 with `Retry-After`) at once; past
/// this they are closed unanswered, so a flood cannot turn refusals into the new resource drain.
const REFUSALS_AT_ONCE: usize = 32;

/// How connections are served.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// Longest wait for a complete request head, counted from when the server starts waiting for
    /// one: the first request's and every next one's on a kept-alive connection, so this is also
    /// how long an idle connection stays open. A TLS handshake gets the same time.
    pub header_timeout: Duration,
    /// Longest pause while a request body arrives, and while a client does not take the answer.
    /// A pause, not a total: a slow phone link that keeps moving is never cut off.
    pub body_timeout: Duration,
    /// Most connections served at once; more are answered 503 `unavailable` and closed.
    pub max_connections: usize,
    /// How long open connections may finish their requests once shutdown begins.
    pub shutdown_grace: Duration,
}

impl Default for ServeOptions {
    fn default() -> Self {
        Self {
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(30),
            max_connections: 512,
            shutdown_grace: Duration::from_secs(30),
        }
    }
}

/// Serves `router` on `listener` until `shutdown` completes, then lets open connections finish
/// their requests for up to the grace period. With `tls`, every connection is TLS, with the
/// certificate current at its handshake.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    options: ServeOptions,
    tls: Option<Arc<TlsFiles>>,
    shutdown: impl Future<Output = ()>,
) {
    let max = options.max_connections.clamp(1, Semaphore::MAX_PERMITS);
    let open = Arc::new(Semaphore::new(max));
    let refusing = Arc::new(Semaphore::new(REFUSALS_AT_ONCE));
    let (stop, stopped) = watch::channel(false);
    let options = Arc::new(options);
    tokio::pin!(shutdown);
    loop {
        let stream = tokio::select! {
            () = &mut shutdown => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, _peer)) => stream,
                Err(e) => {
                    // Out of file descriptors and the like: pause rather than spin; the
                    // connections being served will free some. No peer address is logged.
                    tracing::warn!(error = %e, "accepting a connection failed");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
        };
        let _ = stream.set_nodelay(true);
        let (permit, refuse) = match open.clone().try_acquire_owned() {
            Ok(permit) => (permit, false),
            Err(_) => match refusing.clone().try_acquire_owned() {
                Ok(permit) => (permit, true),
                Err(_) => continue,
            },
        };
        if refuse {
            tracing::warn!(max, "connection bound reached; refusing a connection");
        }
        tokio::spawn(connection(
            stream,
            permit,
            refuse,
            router.clone(),
            options.clone(),
            tls.clone(),
            stopped.clone(),
        ));
    }
    drop(listener);
    let _ = stop.send(true);
    let all = u32::try_from(max).unwrap_or(u32::MAX);
    if tokio::time::timeout(options.shutdown_grace, open.acquire_many(all))
        .await
        .is_err()
    {
        tracing::warn!("connections still open after the shutdown grace period; closing them");
    }
}

async fn connection(
    stream: TcpStream,
    permit: OwnedSemaphorePermit,
    refuse: bool,
    router: Router,
    options: Arc<ServeOptions>,
    tls: Option<Arc<TlsFiles>>,
    stopped: watch::Receiver<bool>,
) {
    let _permit = permit;
    let stream = StallGuard::new(stream, options.body_timeout);
    match tls {
        None => drive(stream, refuse, router, &options, stopped).await,
        Some(tls) => {
            let handshake = tls.acceptor().accept(stream);
            match tokio::time::timeout(options.header_timeout, handshake).await {
                Ok(Ok(stream)) => drive(stream, refuse, router, &options, stopped).await,
                Ok(Err(e)) => tracing::debug!(error = %e, "TLS handshake failed"),
                Err(_) => tracing::debug!("TLS handshake timed out"),
            }
        }
    }
}

async fn drive<I>(
    io: I,
    refuse: bool,
    router: Router,
    options: &ServeOptions,
    mut stopped: watch::Receiver<bool>,
) where
    I: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let body_timeout = options.body_timeout;
    let service = hyper::service::service_fn(move |request: Request<Incoming>| {
        let router = router.clone();
        async move {
            if refuse {
                Ok::<_, Infallible>(over_the_bound())
            } else {
                Ok(handle(router, body_timeout, request).await)
            }
        }
    });
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(options.header_timeout)
        .keep_alive(!refuse);
    let conn = builder.serve_connection(TokioIo::new(io), service);
    tokio::pin!(conn);
    let result = tokio::select! {
        result = conn.as_mut() => result,
        () = stop_requested(&mut stopped) => {
            conn.as_mut().graceful_shutdown();
            conn.await
        }
    };
    if let Err(e) = result {
        // Timeouts, resets and malformed requests are the client's business; the error says
        // which without anything the client sent.
        tracing::debug!(error = %e, "connection ended");
    }
}

/// Completes once shutdown began (or the serve loop is gone).
async fn stop_requested(stopped: &mut watch::Receiver<bool>) {
    let _ = stopped.wait_for(|stop| *stop).await.map(|_| ());
}

async fn handle(
    router: Router,
    body_timeout: Duration,
    request: Request<Incoming>,
) -> Response<Body> {
    let request = request.map(|body| Body::new(TimeoutBody::new(body, body_timeout)));
    match AssertUnwindSafe(router.oneshot(request))
        .catch_unwind()
        .await
    {
        Ok(Ok(response)) => response,
        Ok(Err(never)) => match never {},
        Err(_) => {
            tracing::error!("a request handler panicked");
            let mut response =
                ApiFailure::new(ErrorCode::Internal, "internal server error; retry later")
                    .into_response();
            no_store(&mut response);
            response
        }
    }
}

/// The answer on a connection over the bound: retry shortly, on a new connection.
fn over_the_bound() -> Response<Body> {
    let mut err = ApiError::new(
        ErrorCode::Unavailable,
        "the server has as many connections open as it may; retry shortly",
    );
    err.retry_after_seconds = Some(1);
    let mut response = ApiFailure(err).into_response();
    no_store(&mut response);
    response
}

fn no_store(response: &mut Response<Body>) {
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
}

/// The error a request body gives when the client paused for longer than the body timeout.
#[derive(Debug, Clone, Copy, thiserror::Error)]
#[error("the request body stopped arriving for {limit:?}")]
pub struct BodyTimedOut {
    /// The pause allowed.
    pub limit: Duration,
}

impl BodyTimedOut {
    /// The timeout behind `error`, wherever in its chain of sources it is.
    pub fn find(error: &(dyn std::error::Error + 'static)) -> Option<Self> {
        let mut current = Some(error);
        while let Some(e) = current {
            if let Some(found) = e.downcast_ref::<Self>() {
                return Some(*found);
            }
            current = e.source();
        }
        None
    }
}

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// A request body that fails with [`BodyTimedOut`] when no frame arrives for `limit` while it is
/// being read; once timed out it stays failed, so draining it afterwards does not wait again.
struct TimeoutBody<B> {
    inner: B,
    limit: Duration,
    sleep: Pin<Box<Sleep>>,
    /// The deadline must be moved before the next wait: a frame arrived since it was set.
    rearm: bool,
    timed_out: bool,
}

impl<B> TimeoutBody<B> {
    fn new(inner: B, limit: Duration) -> Self {
        Self {
            inner,
            limit,
            sleep: Box::pin(tokio::time::sleep(limit)),
            rearm: true,
            timed_out: false,
        }
    }
}

impl<B> http_body::Body for TimeoutBody<B>
where
    B: http_body::Body<Data = Bytes> + Unpin,
    B::Error: Into<BoxError>,
{
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, BoxError>>> {
        let this = &mut *self;
        if this.timed_out {
            return Poll::Ready(Some(Err(Box::new(BodyTimedOut { limit: this.limit }))));
        }
        match Pin::new(&mut this.inner).poll_frame(cx) {
            Poll::Ready(frame) => {
                this.rearm = true;
                Poll::Ready(frame.map(|f| f.map_err(Into::into)))
            }
            Poll::Pending => {
                if this.rearm {
                    this.rearm = false;
                    this.sleep.as_mut().reset(Instant::now() + this.limit);
                }
                if this.sleep.as_mut().poll(cx).is_ready() {
                    this.timed_out = true;
                    return Poll::Ready(Some(Err(Box::new(BodyTimedOut { limit: this.limit }))));
                }
                Poll::Pending
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        !self.timed_out && self.inner.is_end_stream()
    }

    fn size_hint(&self) -> http_body::SizeHint {
        self.inner.size_hint()
    }
}

/// A connection's byte stream whose writes fail once they have been blocked for `limit`: a
/// client that stops reading the answer (its receive window closed) would otherwise hold the
/// connection forever. Reads are not limited here: waiting for the next request is the header
/// timeout's business, and a body's pauses the body timeout's.
struct StallGuard<T> {
    inner: T,
    limit: Duration,
    stalled_since: Option<Pin<Box<Sleep>>>,
}

impl<T> StallGuard<T> {
    fn new(inner: T, limit: Duration) -> Self {
        Self {
            inner,
            limit,
            stalled_since: None,
        }
    }

    fn watch<R>(&mut self, cx: &mut Context<'_>, poll: Poll<io::Result<R>>) -> Poll<io::Result<R>> {
        match poll {
            Poll::Ready(result) => {
                self.stalled_since = None;
                Poll::Ready(result)
            }
            Poll::Pending => {
                let limit = self.limit;
                let sleep = self
                    .stalled_since
                    .get_or_insert_with(|| Box::pin(tokio::time::sleep(limit)));
                if sleep.as_mut().poll(cx).is_ready() {
                    self.stalled_since = None;
                    return Poll::Ready(Err(io::Error::new(
                        io::ErrorKind::TimedOut,
                        "the client stopped reading the answer",
                    )));
                }
                Poll::Pending
            }
        }
    }
}

impl<T: AsyncRead + Unpin> AsyncRead for StallGuard<T> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl<T: AsyncWrite + Unpin> AsyncWrite for StallGuard<T> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let poll = Pin::new(&mut self.inner).poll_write(cx, buf);
        self.watch(cx, poll)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let poll = Pin::new(&mut self.inner).poll_write_vectored(cx, bufs);
        self.watch(cx, poll)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let poll = Pin::new(&mut self.inner).poll_flush(cx);
        self.watch(cx, poll)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let poll = Pin::new(&mut self.inner).poll_shutdown(cx);
        self.watch(cx, poll)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use http_body_util::{BodyExt, StreamBody};

    #[tokio::test(start_paused = true)]
    async fn a_paused_body_times_out_and_stays_failed() {
        let (tx, rx) = tokio::sync::mpsc::channel::<Result<Frame<Bytes>, Infallible>>(1);
        let stream = futures_util::stream::unfold(rx, |mut rx| async move {
            rx.recv().await.map(|item| (item, rx))
        });
        let mut body = TimeoutBody::new(StreamBody::new(Box::pin(stream)), Duration::from_secs(5));
        tx.send(Ok(Frame::data(Bytes::from_static(b"a"))))
            .await
            .unwrap();
        assert!(body.frame().await.unwrap().is_ok());
        // A pause shorter than the limit, twice: each frame moves the deadline.
        for _ in 0..2 {
            let sender = tx.clone();
            tokio::spawn(async move {
                tokio::time::sleep(Duration::from_secs(4)).await;
                let _ = sender.send(Ok(Frame::data(Bytes::from_static(b"b")))).await;
            });
            assert!(body.frame().await.unwrap().is_ok());
        }
        let started = Instant::now();
        let err = body.frame().await.unwrap().unwrap_err();
        let waited = started.elapsed();
        assert!(
            waited >= Duration::from_secs(5) && waited < Duration::from_secs(6),
            "{waited:?}"
        );
        assert_eq!(
            BodyTimedOut::find(err.as_ref()).map(|t| t.limit),
            Some(Duration::from_secs(5))
        );
        assert!(!http_body::Body::is_end_stream(&body));
        let again = body.frame().await.unwrap().unwrap_err();
        assert!(BodyTimedOut::find(again.as_ref()).is_some());
        assert_eq!(started.elapsed(), waited, "waited again");
    }

    #[tokio::test(start_paused = true)]
    async fn a_write_blocked_for_the_limit_fails() {
        use tokio::io::AsyncWriteExt;
        let (near, mut far) = tokio::io::duplex(64);
        let mut guarded = StallGuard::new(near, Duration::from_secs(3));
        // Writes that get through reset the clock, however long the whole answer takes.
        for _ in 0..4 {
            guarded.write_all(&[7u8; 64]).await.unwrap();
            tokio::time::sleep(Duration::from_secs(2)).await;
            let mut sink = [0u8; 64];
            tokio::io::AsyncReadExt::read_exact(&mut far, &mut sink)
                .await
                .unwrap();
        }
        // The peer stops reading: the buffer fills and the write fails after the limit.
        guarded.write_all(&[7u8; 64]).await.unwrap();
        let started = Instant::now();
        let err = guarded.write_all(&[7u8; 64]).await.unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::TimedOut);
        let waited = started.elapsed();
        assert!(
            waited >= Duration::from_secs(3) && waited < Duration::from_secs(4),
            "{waited:?}"
        );
    }

    #[test]
    fn the_timeout_is_found_through_wrapping_errors() {
        let inner: BoxError = Box::new(BodyTimedOut {
            limit: Duration::from_millis(1500),
        });
        let wrapped = axum::Error::new(axum::Error::new(inner));
        assert_eq!(
            BodyTimedOut::find(&wrapped).map(|t| t.limit),
            Some(Duration::from_millis(1500))
        );
        let other = axum::Error::new(io::Error::other("reset"));
        assert!(BodyTimedOut::find(&other).is_none());
    }
}
