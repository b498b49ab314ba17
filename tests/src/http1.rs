//! Just enough HTTP/1.1 for the fault-injecting proxy and the hostile server stub: read one
//! request or response with its body (Content-Length, chunked, or until the connection closes),
//! and write one back with an exact Content-Length. Every read is bounded in size.

use std::io;

use tokio::io::{AsyncBufRead, AsyncBufReadExt, AsyncReadExt, AsyncWrite, AsyncWriteExt};

/// Longest request or status line, and longest header line.
const MAX_LINE: usize = 16 * 1024;
/// Most header lines in one message.
const MAX_HEADERS: usize = 100;
/// Largest body read into memory (the server's limits are 8 MiB per JSON body and 4 MiB per chunk).
pub const MAX_BODY: usize = 64 * 1024 * 1024;

/// Headers that belong to one connection and are never forwarded as they are.
const HOP_BY_HOP: &[&str] = &[
    "connection",
    "keep-alive",
    "proxy-connection",
    "transfer-encoding",
    "te",
    "trailer",
    "upgrade",
    "content-length",
];

/// One HTTP request, body read completely.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub method: String,
    pub target: String,
    /// `HTTP/1.1` or `HTTP/1.0`.
    pub version: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

/// One HTTP response, body read completely.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    pub reason: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

fn bad(what: impl Into<String>) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, what.into())
}

/// The first value of header `name` (case-insensitive).
pub fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(key, _)| key.eq_ignore_ascii_case(name))
        .map(|(_, value)| value.as_str())
}

fn has_token(headers: &[(String, String)], name: &str, token: &str) -> bool {
    headers
        .iter()
        .filter(|(key, _)| key.eq_ignore_ascii_case(name))
        .flat_map(|(_, value)| value.split(','))
        .any(|part| part.trim().eq_ignore_ascii_case(token))
}

impl Request {
    /// Whether the client keeps the connection open after this exchange.
    pub fn keep_alive(&self) -> bool {
        if self.version == "HTTP/1.0" {
            has_token(&self.headers, "connection", "keep-alive")
        } else {
            !has_token(&self.headers, "connection", "close")
        }
    }

    /// The request line and headers for forwarding, with an exact Content-Length and the
    /// connection closed after the answer.
    pub fn to_bytes_for_upstream(&self) -> Vec<u8> {
        let mut out = format!("{} {} HTTP/1.1\r\n", self.method, self.target).into_bytes();
        for (key, value) in &self.headers {
            if !HOP_BY_HOP.contains(&key.to_ascii_lowercase().as_str()) {
                out.extend_from_slice(format!("{key}: {value}\r\n").as_bytes());
            }
        }
        if !self.body.is_empty() || !matches!(self.method.as_str(), "GET" | "HEAD") {
            out.extend_from_slice(format!("Content-Length: {}\r\n", self.body.len()).as_bytes());
        }
        out.extend_from_slice(b"Connection: close\r\n\r\n");
        out.extend_from_slice(&self.body);
        out
    }
}

impl Response {
    /// A response with a body and a content type.
    pub fn new(status: u16, content_type: &str, body: Vec<u8>) -> Response {
        Response {
            status,
            reason: reason(status).to_owned(),
            headers: vec![("Content-Type".into(), content_type.into())],
            body,
        }
    }

    /// A JSON error body in the protocol's shape.
    pub fn error(status: u16, code: &str, message: &str) -> Response {
        let body = serde_json::json!({"error": {"code": code, "message": message}});
        Response::new(status, "application/json", body.to_string().into_bytes())
    }

    /// The bytes to send to a client. `head_request`: the body is left out and the upstream
    /// Content-Length kept (a HEAD response describes a body it does not carry).
    pub fn to_bytes(&self, head_request: bool, close: bool) -> Vec<u8> {
        let mut out = format!("HTTP/1.1 {} {}\r\n", self.status, self.reason).into_bytes();
        for (key, value) in &self.headers {
            let lower = key.to_ascii_lowercase();
            let keep_length = head_request && lower == "content-length";
            if keep_length || !HOP_BY_HOP.contains(&lower.as_str()) {
                out.extend_from_slice(format!("{key}: {value}\r\n").as_bytes());
            }
        }
        if !head_request && !no_body_status(self.status) {
            out.extend_from_slice(format!("Content-Length: {}\r\n", self.body.len()).as_bytes());
        }
        if close {
            out.extend_from_slice(b"Connection: close\r\n");
        }
        out.extend_from_slice(b"\r\n");
        if !head_request && !no_body_status(self.status) {
            out.extend_from_slice(&self.body);
        }
        out
    }
}

/// The usual reason phrase of a status.
pub fn reason(status: u16) -> &'static str {
    match status {
        100 => "Continue",
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        409 => "Conflict",
        413 => "Payload Too Large",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => "Status",
    }
}

fn no_body_status(status: u16) -> bool {
    (100..200).contains(&status) || status == 204 || status == 304
}

/// Reads one line ending in `\n`, without it (and without a `\r` before it). `None` at a clean
/// end of stream before any byte.
async fn read_line<R: AsyncBufRead + Unpin>(reader: &mut R) -> io::Result<Option<String>> {
    let mut line = Vec::new();
    let mut limited = (&mut *reader).take(MAX_LINE as u64 + 1);
    let read = limited.read_until(b'\n', &mut line).await?;
    if read == 0 {
        return Ok(None);
    }
    if line.last() != Some(&b'\n') {
        return Err(if line.len() > MAX_LINE {
            bad("line too long")
        } else {
            io::Error::new(io::ErrorKind::UnexpectedEof, "connection closed mid-line")
        });
    }
    line.pop();
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    String::from_utf8(line)
        .map(Some)
        .map_err(|_| bad("line is not UTF-8"))
}

async fn read_headers<R: AsyncBufRead + Unpin>(
    reader: &mut R,
) -> io::Result<Vec<(String, String)>> {
    let mut headers = Vec::new();
    loop {
        let line = read_line(reader)
            .await?
            .ok_or_else(|| io::Error::new(io::ErrorKind::UnexpectedEof, "closed in headers"))?;
        if line.is_empty() {
            return Ok(headers);
        }
        if headers.len() >= MAX_HEADERS {
            return Err(bad("too many headers"));
        }
        let (key, value) = line
            .split_once(':')
            .ok_or_else(|| bad("header without ':'"))?;
        headers.push((key.trim().to_owned(), value.trim().to_owned()));
    }
}

/// Reads a chunked body, trailers included (and dropped).
async fn read_chunked<R: AsyncBufRead + Unpin>(reader: &mut R) -> io::Result<Vec<u8>> {
    let mut body = Vec::new();
    loop {
        let line = read_line(reader)
            .await?
            .ok_or_else(|| io::Error::new(io::ErrorKind::UnexpectedEof, "closed in chunks"))?;
        let size_text = line.split(';').next().unwrap_or_default().trim();
        let size = usize::from_str_radix(size_text, 16).map_err(|_| bad("bad chunk size"))?;
        if size == 0 {
            read_headers(reader).await?;
            return Ok(body);
        }
        if body.len() + size > MAX_BODY {
            return Err(bad("chunked body too large"));
        }
        let start = body.len();
        body.resize(start + size, 0);
        reader.read_exact(&mut body[start..]).await?;
        let end = read_line(reader).await?;
        if end.as_deref() != Some("") {
            return Err(bad("chunk not followed by CRLF"));
        }
    }
}

async fn read_exact_body<R: AsyncBufRead + Unpin>(
    reader: &mut R,
    length: &str,
) -> io::Result<Vec<u8>> {
    let length: usize = length.parse().map_err(|_| bad("bad Content-Length"))?;
    if length > MAX_BODY {
        return Err(bad("body too large"));
    }
    let mut body = vec![0u8; length];
    reader.read_exact(&mut body).await?;
    Ok(body)
}

/// Reads one request. `None` when the client closed the connection between requests.
/// `continue_to`: where to write `100 Continue` if the client waits for it.
pub async fn read_request<R, W>(reader: &mut R, continue_to: &mut W) -> io::Result<Option<Request>>
where
    R: AsyncBufRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let line = loop {
        match read_line(reader).await? {
            None => return Ok(None),
            // Tolerate empty lines between requests (RFC 9112, 2.2).
            Some(line) if line.is_empty() => continue,
            Some(line) => break line,
        }
    };
    let mut parts = line.split_whitespace();
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(bad("bad request line"));
    };
    if !version.starts_with("HTTP/1.") {
        return Err(bad("not HTTP/1.x"));
    }
    let headers = read_headers(reader).await?;
    if has_token(&headers, "expect", "100-continue") {
        continue_to
            .write_all(b"HTTP/1.1 100 Continue\r\n\r\n")
            .await?;
        continue_to.flush().await?;
    }
    let body = if has_token(&headers, "transfer-encoding", "chunked") {
        read_chunked(reader).await?
    } else if let Some(length) = header(&headers, "content-length") {
        read_exact_body(reader, length).await?
    } else {
        Vec::new()
    };
    Ok(Some(Request {
        method: method.to_owned(),
        target: target.to_owned(),
        version: version.to_owned(),
        headers,
        body,
    }))
}

/// Reads one response to a request made with `method`; a body with no framing runs to the end
/// of the connection.
pub async fn read_response<R: AsyncBufRead + Unpin>(
    reader: &mut R,
    method: &str,
) -> io::Result<Response> {
    loop {
        let line = read_line(reader)
            .await?
            .ok_or_else(|| io::Error::new(io::ErrorKind::UnexpectedEof, "no response"))?;
        let mut parts = line.splitn(3, ' ');
        let (Some(version), Some(status)) = (parts.next(), parts.next()) else {
            return Err(bad("bad status line"));
        };
        if !version.starts_with("HTTP/1.") {
            return Err(bad("not HTTP/1.x"));
        }
        let status: u16 = status.parse().map_err(|_| bad("bad status"))?;
        let reason = parts.next().unwrap_or_default().to_owned();
        let headers = read_headers(reader).await?;
        if (100..200).contains(&status) {
            continue; // an interim response; the real one follows
        }
        let body = if method == "HEAD" || no_body_status(status) {
            Vec::new()
        } else if has_token(&headers, "transfer-encoding", "chunked") {
            read_chunked(reader).await?
        } else if let Some(length) = header(&headers, "content-length") {
            read_exact_body(reader, length).await?
        } else {
            let mut body = Vec::new();
            (&mut *reader)
                .take(MAX_BODY as u64 + 1)
                .read_to_end(&mut body)
                .await?;
            if body.len() > MAX_BODY {
                return Err(bad("body too large"));
            }
            body
        };
        return Ok(Response {
            status,
            reason,
            headers,
            body,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::BufReader;

    fn block_on<F: std::future::Future>(future: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(future)
    }

    #[test]
    fn keep_alive_requests_with_both_body_framings() {
        let wire = b"POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello\
POST /b HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\nX-Trailer: t\r\n\r\n\
GET /c HTTP/1.1\r\nConnection: close\r\n\r\n";
        block_on(async {
            let mut reader = BufReader::new(&wire[..]);
            let mut sink = Vec::new();
            let first = read_request(&mut reader, &mut sink).await.unwrap().unwrap();
            assert_eq!(
                (first.target.as_str(), &first.body[..]),
                ("/a", &b"hello"[..])
            );
            assert!(first.keep_alive());
            let second = read_request(&mut reader, &mut sink).await.unwrap().unwrap();
            assert_eq!(
                (second.target.as_str(), &second.body[..]),
                ("/b", &b"abcde"[..])
            );
            let upstream = String::from_utf8(second.to_bytes_for_upstream()).unwrap();
            assert!(upstream.contains("Content-Length: 5\r\n"), "{upstream}");
            assert!(
                !upstream.to_ascii_lowercase().contains("chunked"),
                "{upstream}"
            );
            let third = read_request(&mut reader, &mut sink).await.unwrap().unwrap();
            assert!(!third.keep_alive() && third.body.is_empty());
            assert!(
                read_request(&mut reader, &mut sink)
                    .await
                    .unwrap()
                    .is_none()
            );
            assert!(sink.is_empty());
        });
    }

    #[test]
    fn responses_by_length_chunks_close_and_head() {
        block_on(async {
            let wire = b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nwave\r\n0\r\n\r\n";
            let response = read_response(&mut BufReader::new(&wire[..]), "POST")
                .await
                .unwrap();
            assert_eq!((response.status, &response.body[..]), (200, &b"wave"[..]));
            let wire = b"HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\n";
            let head = read_response(&mut BufReader::new(&wire[..]), "HEAD")
                .await
                .unwrap();
            assert!(head.body.is_empty());
            let bytes = String::from_utf8(head.to_bytes(true, false)).unwrap();
            assert!(bytes.contains("Content-Length: 9\r\n"), "{bytes}");
            let wire = b"HTTP/1.1 200 OK\r\n\r\nuntil the end";
            let until = read_response(&mut BufReader::new(&wire[..]), "GET")
                .await
                .unwrap();
            assert_eq!(until.body, b"until the end");
            let wire = b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort";
            assert!(
                read_response(&mut BufReader::new(&wire[..]), "GET")
                    .await
                    .is_err()
            );
            let wire = b"HTTP/1.1 204 No Content\r\nUpload-Offset: 3\r\n\r\n";
            let empty = read_response(&mut BufReader::new(&wire[..]), "PATCH")
                .await
                .unwrap();
            let bytes = String::from_utf8(empty.to_bytes(false, false)).unwrap();
            assert_eq!(bytes, "HTTP/1.1 204 No Content\r\nUpload-Offset: 3\r\n\r\n");
        });
    }

    #[test]
    fn expect_continue_is_answered_and_oversized_input_refused() {
        block_on(async {
            let wire = b"PUT /x HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nok";
            let mut sink = Vec::new();
            let request = read_request(&mut BufReader::new(&wire[..]), &mut sink)
                .await
                .unwrap()
                .unwrap();
            assert_eq!(request.body, b"ok");
            assert_eq!(sink, b"HTTP/1.1 100 Continue\r\n\r\n");
            let long = format!("GET /{} HTTP/1.1\r\n\r\n", "a".repeat(MAX_LINE));
            assert!(
                read_request(&mut BufReader::new(long.as_bytes()), &mut sink)
                    .await
                    .is_err()
            );
            let huge = format!(
                "POST / HTTP/1.1\r\nContent-Length: {}\r\n\r\n",
                MAX_BODY + 1
            );
            assert!(
                read_request(&mut BufReader::new(huge.as_bytes()), &mut sink)
                    .await
                    .is_err()
            );
        });
    }
}
