//! Request bodies: reading under a byte limit, parsing JSON with the protocol's errors (413 with
//! the limit, 400 with the parser's message), and draining what a handler left unread.
//!
//! The draining matters to clients: a server that answers (say, 401 or 413) and closes while the
//! client is still sending makes most HTTP clients fail with a broken connection instead of
//! reading the answer, and a client that wrote its whole body may reuse a connection the server
//! is about to close. So whatever a handler did not read is read and discarded (up to a bound)
//! before the response goes out, and the connection stays usable.

use crate::error::ApiFailure;
use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use bytes::{Bytes, BytesMut};
use http_body::Frame;
use http_body_util::BodyExt;
use serde::de::DeserializeOwned;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::sync::oneshot;
use wave_protocol::ErrorCode;

/// Most bytes of an unread body that are drained before answering; past this the connection
/// is closed instead.
const DRAIN_MAX_BYTES: u64 = 64 * 1024 * 1024;
/// Longest time spent draining; a client trickling bytes cannot hold the task longer.
const DRAIN_MAX_TIME: Duration = Duration::from_secs(30);

/// Reads the whole body if it is at most `limit` bytes; `what` names it in the 413 message.
pub async fn read_limited(
    headers: &HeaderMap,
    body: Body,
    limit: u64,
    what: &str,
) -> Result<Bytes, ApiFailure> {
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit) {
        return Err(ApiFailure::too_large_bytes(what, limit));
    }
    let mut body = body;
    let mut buf = BytesMut::new();
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|e| match crate::serve::BodyTimedOut::find(&e) {
            // The client may well still be there (a phone between cells): 408 is worth a retry.
            Some(timeout) => ApiFailure::new(
                ErrorCode::RequestTimeout,
                format!(
                    "the request body stopped arriving for {:?}; send the request again",
                    timeout.limit
                ),
            ),
            None => ApiFailure::bad_request("the request body could not be read completely"),
        })?;
        let Ok(data) = frame.into_data() else {
            continue;
        };
        if (buf.len() + data.len()) as u64 > limit {
            return Err(ApiFailure::too_large_bytes(what, limit));
        }
        buf.extend_from_slice(&data);
    }
    Ok(buf.freeze())
}

/// Parses a JSON body; the 400 carries serde's explanation (line, column, what was expected).
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiFailure> {
    serde_json::from_slice(bytes).map_err(|e| {
        ApiFailure::new(
            ErrorCode::MalformedJson,
            format!("the request body is not valid JSON for this endpoint: {e}"),
        )
    })
}

/// A request body that, dropped before its end, hands itself back for draining.
struct ReturnOnDrop {
    inner: Option<Body>,
    back: Option<oneshot::Sender<Body>>,
}

impl http_body::Body for ReturnOnDrop {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, axum::Error>>> {
        match self.inner.as_mut() {
            Some(body) => Pin::new(body).poll_frame(cx),
            None => Poll::Ready(None),
        }
    }

    fn is_end_stream(&self) -> bool {
        self.inner
            .as_ref()
            .is_none_or(http_body::Body::is_end_stream)
    }

    fn size_hint(&self) -> http_body::SizeHint {
        self.inner
            .as_ref()
            .map(http_body::Body::size_hint)
            .unwrap_or_default()
    }
}

impl Drop for ReturnOnDrop {
    fn drop(&mut self) {
        if let (Some(body), Some(back)) = (self.inner.take(), self.back.take())
            && !http_body::Body::is_end_stream(&body)
        {
            let _ = back.send(body);
        }
    }
}

/// Middleware: after the handler answered, reads and discards what it left of the request body.
pub async fn drain_unread(request: Request, next: Next) -> Response {
    let (parts, body) = request.into_parts();
    let (back, returned) = oneshot::channel();
    let body = Body::new(ReturnOnDrop {
        inner: Some(body),
        back: Some(back),
    });
    let mut response = next.run(Request::from_parts(parts, body)).await;
    if let Ok(mut rest) = returned.await {
        let drained = tokio::time::timeout(DRAIN_MAX_TIME, async {
            let mut total: u64 = 0;
            while let Some(frame) = rest.frame().await {
                let Ok(frame) = frame else { return false };
                if let Some(data) = frame.data_ref() {
                    total = total.saturating_add(data.len() as u64);
                    if total > DRAIN_MAX_BYTES {
                        return false;
                    }
                }
            }
            true
        })
        .await
        .unwrap_or(false);
        if !drained {
            response
                .headers_mut()
                .insert(header::CONNECTION, HeaderValue::from_static("close"));
        }
    }
    response
}
