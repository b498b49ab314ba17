//! The staff side of the sync API over HTTP: create enrollment codes, pull submissions page by
//! page, download sealed attachments, read and publish the recipient set, on the shared client of [`wave_core::http`] (public roots).
//! Errors carry the server's own code and message; the staff token is never part of any message
//! or `Debug` output.

use std::io::Write;
use std::sync::Arc;
use std::time::Duration;

use sha2::{Digest, Sha256};
use wave_core::error::Detail;
use wave_core::http::{ClientSettings, ReadError, connection_problem_id, quote_server_text};
use wave_core::{Error, Result};
use wave_protocol::limits::{MAX_BLOB_BYTES, MAX_ENROLLMENT_CODE_TTL_SECONDS, MAX_PULL_LIMIT};
use wave_protocol::{
    CreateEnrollmentCodeRequest, CreateEnrollmentCodeResponse, ErrorBody, PullQuery, PullResponse,
    RecipientSetBody, Sha256Hex, http,
};
use zeroize::Zeroizing;

/// Largest JSON answer read into memory. A page of envelopes is the only large one; a page of
/// 1,000 ordinary cases is a few megabytes, and a smaller page size always gets under this.
const MAX_JSON_BYTES: usize = 256 * 1024 * 1024;

/// What a blob download produced: its length and SHA-256, computed while it was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BlobDownload {
    pub size: u64,
    pub sha256: Sha256Hex,
}

/// A connection to one NGO server with a staff token.
pub struct StaffClient {
    client: reqwest::Client,
    base: String,
    token: Arc<Zeroizing<String>>,
}

impl std::fmt::Debug for StaffClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StaffClient")
            .field("base", &self.base)
            .finish_non_exhaustive()
    }
}

impl StaffClient {
    /// A client for `server` (an `http://` or `https://` base URL, without `/v1`). Certificates
    /// must chain to a public root.
    pub fn new(server: &str, token: &str) -> Result<StaffClient> {
        StaffClient::pinned(server, token, &[])
    }

    /// A client for `server` that accepts only a TLS key whose SHA-256 (of the DER
    /// SubjectPublicKeyInfo) is one of `pins`, as a device does (see
    /// [`wave_core::sync::Transport::pinned`]); with no pins, public roots.
    pub fn pinned(server: &str, token: &str, pins: &[Sha256Hex]) -> Result<StaffClient> {
        let base = wave_core::http::server_base(server)?;
        let token = token.trim();
        if token.is_empty() || !token.bytes().all(|b| b.is_ascii_graphic()) {
            // Not quoted: a mistyped token is still most of a secret.
            return Err(Error::InvalidInput(Detail::new("archive-token-invalid")));
        }
        let client = wave_core::http::client(&ClientSettings {
            pins: pins.to_vec(),
            // No total limit but a read timeout: a large video may take long to download, but
            // a server that stops sending for a minute is gone.
            timeout: None,
            connect_timeout: Duration::from_secs(20),
            read_timeout: Some(Duration::from_secs(60)),
        })?;
        Ok(StaffClient {
            client,
            base,
            token: Arc::new(Zeroizing::new(token.to_owned())),
        })
    }

    /// The server's base URL, as given.
    pub fn server(&self) -> &str {
        &self.base
    }

    fn request(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        self.client
            .request(method, format!("{}{path}", self.base))
            .header(http::AUTHORIZATION, http::bearer(&self.token))
    }

    /// Asks for a one-time enrollment code valid for `expires_in` (1 s to 30 days).
    pub async fn create_enrollment_code(
        &self,
        expires_in: Duration,
    ) -> Result<CreateEnrollmentCodeResponse> {
        let seconds = expires_in.as_secs();
        if seconds == 0 || seconds > MAX_ENROLLMENT_CODE_TTL_SECONDS {
            return Err(Error::InvalidInput(
                Detail::new("archive-enrollment-code-lifetime")
                    .with_count("days", MAX_ENROLLMENT_CODE_TTL_SECONDS / 86_400),
            ));
        }
        let body = serde_json::to_vec(&CreateEnrollmentCodeRequest {
            expires_in_seconds: seconds,
        })
        .map_err(|error| Error::InvalidInput(error.to_string().into()))?;
        let response = self
            .request(reqwest::Method::POST, http::PATH_STAFF_ENROLLMENT_CODES)
            .header(reqwest::header::CONTENT_TYPE, http::CONTENT_TYPE_JSON)
            .body(body)
            .send()
            .await
            .map_err(|error| self.connection_error(&error))?;
        self.parse_json(response).await
    }

    /// One page of submissions after `after` (a `next_cursor` from an earlier page; `None` for
    /// the start), at most `limit` items.
    pub async fn pull_page(&self, after: Option<&str>, limit: u32) -> Result<PullResponse> {
        let query = PullQuery {
            after: after.map(str::to_owned),
            limit: Some(limit.clamp(1, MAX_PULL_LIMIT)),
        };
        let response = self
            .request(reqwest::Method::GET, http::PATH_STAFF_SUBMISSIONS)
            .query(&query)
            .send()
            .await
            .map_err(|error| self.connection_error(&error))?;
        self.parse_json(response).await
    }

    /// Streams the sealed blob `sha256` into `sink`, one network chunk at a time, hashing as it
    /// goes. The caller compares the digest with the address: this call does not judge it.
    /// A blob the server does not have is `Error::Server` with code `not_found`.
    pub async fn download_blob(
        &self,
        sha256: &Sha256Hex,
        sink: &mut dyn Write,
    ) -> Result<BlobDownload> {
        let mut response = self
            .request(reqwest::Method::GET, &http::staff_blob_path(sha256))
            .send()
            .await
            .map_err(|error| self.connection_error(&error))?;
        if !response.status().is_success() {
            return Err(self.error_from(response).await);
        }
        if response
            .content_length()
            .is_some_and(|length| length > MAX_BLOB_BYTES)
        {
            return Err(Error::Server {
                code: "too_large".into(),
                message: "archive-server-blob-offered-too-large".into(),
            });
        }
        let mut hasher = Sha256::new();
        let mut size = 0u64;
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|error| self.connection_error(&error))?
        {
            size += chunk.len() as u64;
            if size > MAX_BLOB_BYTES {
                return Err(Error::Server {
                    code: "too_large".into(),
                    message: "archive-server-blob-sent-too-large".into(),
                });
            }
            hasher.update(&chunk);
            sink.write_all(&chunk)?;
        }
        sink.flush()?;
        Ok(BlobDownload {
            size,
            sha256: Sha256Hex::from_bytes(hasher.finalize().into()),
        })
    }

    /// The recipient set the server serves, as it serves it (not verified here: see
    /// [`crate::keys::show_recipient_set`]); `None` when none was published.
    pub async fn recipient_set(&self) -> Result<Option<RecipientSetBody>> {
        let response = self
            .request(reqwest::Method::GET, http::PATH_STAFF_RECIPIENT_SET)
            .send()
            .await
            .map_err(|error| self.connection_error(&error))?;
        if response.status() == reqwest::StatusCode::NOT_FOUND {
            return Ok(None);
        }
        self.parse_json(response).await.map(Some)
    }

    /// Publishes a signed recipient set; the server refuses a version not greater than its own
    /// (`stale_version`).
    pub async fn publish_recipient_set(&self, body: &RecipientSetBody) -> Result<RecipientSetBody> {
        let bytes = serde_json::to_vec(body)
            .map_err(|error| Error::InvalidInput(error.to_string().into()))?;
        let response = self
            .request(reqwest::Method::PUT, http::PATH_STAFF_RECIPIENT_SET)
            .header(reqwest::header::CONTENT_TYPE, http::CONTENT_TYPE_JSON)
            .body(bytes)
            .send()
            .await
            .map_err(|error| self.connection_error(&error))?;
        self.parse_json(response).await
    }

    fn connection_error(&self, error: &reqwest::Error) -> Error {
        if wave_core::http::is_pin_mismatch(error) {
            return Error::PinMismatch;
        }
        Error::Network(connection_problem_id(error).to_owned())
    }

    async fn read_bounded(&self, response: reqwest::Response, limit: usize) -> Result<Vec<u8>> {
        wave_core::http::read_bounded(response, limit)
            .await
            .map_err(|error| match error {
                ReadError::Connection(error) => self.connection_error(&error),
                ReadError::TooLarge => Error::Server {
                    code: "too_large".into(),
                    message: "archive-server-answer-too-large".into(),
                },
            })
    }

    async fn parse_json<T: serde::de::DeserializeOwned>(
        &self,
        response: reqwest::Response,
    ) -> Result<T> {
        if !response.status().is_success() {
            return Err(self.error_from(response).await);
        }
        let body = self.read_bounded(response, MAX_JSON_BYTES).await?;
        serde_json::from_slice(&body).map_err(|_| Error::Server {
            code: "unreadable_answer".into(),
            message: "archive-server-answer-unexpected".into(),
        })
    }

    /// The server's `{"error": {"code", "message"}}`, or the bare HTTP status when the answer
    /// is not one (a proxy's error page, say).
    async fn error_from(&self, response: reqwest::Response) -> Error {
        let status = response.status().as_u16();
        let body = self
            .read_bounded(response, 64 * 1024)
            .await
            .unwrap_or_default();
        match serde_json::from_slice::<ErrorBody>(&body) {
            Ok(parsed) => Error::Server {
                code: parsed.error.code.to_string(),
                message: self.scrub(&parsed.error.message),
            },
            Err(_) => Error::Server {
                code: format!("http_{status}"),
                message: "archive-server-no-explanation".into(),
            },
        }
    }

    /// A server message, shortened and without the token should a broken server echo it.
    fn scrub(&self, message: &str) -> String {
        quote_server_text(message, Some(self.token.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use std::io::{BufRead, BufReader, Read, Write};
    use std::net::TcpListener;

    use super::*;

    const TOKEN: &str = "c2VjcmV0LXN0YWZmLXRva2VuLWZvci10ZXN0aW5nLW9ubHk";

    /// A one-connection HTTP stub: answers every request with `status` and `body`, and hands
    /// back the request head it saw.
    fn stub(status: &'static str, body: Vec<u8>) -> (String, std::thread::JoinHandle<String>) {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let handle = std::thread::spawn(move || {
            let (stream, _) = listener.accept().unwrap();
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut head = String::new();
            let mut length = 0usize;
            loop {
                let mut line = String::new();
                reader.read_line(&mut line).unwrap();
                if let Some(value) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                    length = value.trim().parse().unwrap();
                }
                if line == "\r\n" || line.is_empty() {
                    break;
                }
                head.push_str(&line);
            }
            let mut request_body = vec![0u8; length];
            reader.read_exact(&mut request_body).unwrap();
            head.push_str(&String::from_utf8_lossy(&request_body));
            let mut stream = stream;
            write!(
                stream,
                "HTTP/1.1 {status}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
                body.len()
            )
            .unwrap();
            stream.write_all(&body).unwrap();
            head
        });
        (url, handle)
    }

    fn runtime() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
    }

    #[test]
    fn server_errors_are_reported_with_code_and_message_and_never_the_token() {
        let body =
            format!(r#"{{"error":{{"code":"unauthorized","message":"unknown token {TOKEN}"}}}}"#);
        let (url, server) = stub("401 Unauthorized", body.into_bytes());
        let client = StaffClient::new(&url, TOKEN).unwrap();
        let error = runtime().block_on(client.pull_page(None, 10)).unwrap_err();
        let head = server.join().unwrap();
        assert!(
            head.starts_with("GET /v1/staff/submissions?limit=10 "),
            "{head}"
        );
        assert!(
            head.contains(&format!("authorization: Bearer {TOKEN}")),
            "{head}"
        );
        let text = error.to_string();
        assert!(matches!(&error, Error::Server { code, .. } if code == "unauthorized"));
        assert!(text.contains("unknown token"), "{text}");
        assert!(!text.contains(TOKEN), "{text}");
        assert!(!format!("{client:?}").contains(TOKEN));
    }

    #[test]
    fn a_non_json_error_names_the_status() {
        let (url, server) = stub("502 Bad Gateway", b"<html>proxy</html>".to_vec());
        let client = StaffClient::new(&url, TOKEN).unwrap();
        let error = runtime()
            .block_on(client.create_enrollment_code(Duration::from_secs(60)))
            .unwrap_err();
        let head = server.join().unwrap();
        assert!(head.contains(r#"{"expires_in_seconds":60}"#), "{head}");
        assert!(
            error.to_string().contains("no explanation (http_502)"),
            "{error}"
        );
        let ru = error.message("ru");
        assert!(ru.contains("http_502") && ru.contains("объясн"), "{ru}");
    }

    #[test]
    fn blobs_are_streamed_and_hashed_and_a_dead_server_is_a_network_error() {
        let data: Vec<u8> = (0..300_000u32).map(|i| (i % 251) as u8).collect();
        let (url, server) = stub("200 OK", data.clone());
        let client = StaffClient::new(&url, TOKEN).unwrap();
        let digest = Sha256Hex::digest(&data);
        let mut sink = Vec::new();
        let download = runtime()
            .block_on(client.download_blob(&digest, &mut sink))
            .unwrap();
        let head = server.join().unwrap();
        assert!(head.starts_with(&format!("GET /v1/staff/blobs/{digest} ")));
        assert_eq!(download.size, data.len() as u64);
        assert_eq!(download.sha256, digest);
        assert_eq!(sink, data);

        let closed = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", closed.local_addr().unwrap());
        drop(closed);
        let client = StaffClient::new(&url, TOKEN).unwrap();
        let error = runtime().block_on(client.pull_page(None, 1)).unwrap_err();
        assert!(matches!(error, Error::Network(_)), "{error}");
    }

    #[test]
    fn bad_addresses_tokens_and_lifetimes_are_refused() {
        assert!(StaffClient::new("ftp://x", TOKEN).is_err());
        assert!(StaffClient::new("https://", TOKEN).is_err());
        assert!(StaffClient::new("http://ngo.example", TOKEN).is_err());
        assert!(StaffClient::new("http://127.0.0.1.example.org", TOKEN).is_err());
        assert!(StaffClient::new("https://ngo.example", TOKEN).is_ok());
        assert!(StaffClient::new("http://[::1]:8080", TOKEN).is_ok());
        assert!(StaffClient::new("http://localhost:8080", TOKEN).is_ok());
        let error = StaffClient::new("http://127.0.0.1:9", "two words").unwrap_err();
        assert!(!error.to_string().contains("two words"));
        let client = StaffClient::new("http://127.0.0.1:9/", TOKEN).unwrap();
        assert_eq!(client.server(), "http://127.0.0.1:9");
        let too_long = Duration::from_secs(MAX_ENROLLMENT_CODE_TTL_SECONDS + 1);
        assert!(
            runtime()
                .block_on(client.create_enrollment_code(too_long))
                .is_err()
        );
    }
}
