//! Who may talk to the workspace: the browser that opened the one-time start URL. The printed URL
//! carries a random token that works once and is exchanged for an HttpOnly, SameSite=Strict
//! session cookie; every request must name exactly the loopback address and port in `Host`
//! (a page on another site that rebinds its DNS name to 127.0.0.1 sends its own name), and
//! every state-changing request must carry the session's CSRF token. Tokens are compared in
//! constant time and never logged.

use std::collections::HashMap;

use subtle::ConstantTimeEq;
use wave_core::{Error, Result};
use zeroize::Zeroizing;

/// The session cookie's name.
pub const COOKIE: &str = "wave_ws";
/// The form field and header that carry the CSRF token.
pub const CSRF_FIELD: &str = "csrf";
pub const CSRF_HEADER: &str = "x-csrf-token";

/// 32 random bytes as lowercase hex.
pub fn random_token() -> Result<Zeroizing<String>> {
    let mut raw = Zeroizing::new([0u8; 32]);
    getrandom::fill(raw.as_mut()).map_err(|_| Error::InvalidState("archive-random-failed"))?;
    let mut text = Zeroizing::new(String::with_capacity(64));
    for byte in raw.iter() {
        text.push(char::from(b"0123456789abcdef"[usize::from(byte >> 4)]));
        text.push(char::from(b"0123456789abcdef"[usize::from(byte & 15)]));
    }
    Ok(text)
}

pub fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

/// One browser's session.
pub struct Session {
    pub csrf: Zeroizing<String>,
    pub lang: &'static str,
}

/// The start token (until it is used) and the sessions made with it.
pub struct Sessions {
    start_token: Option<Zeroizing<String>>,
    sessions: HashMap<String, Session>,
}

impl Sessions {
    pub fn new(start_token: Zeroizing<String>) -> Sessions {
        Sessions {
            start_token: Some(start_token),
            sessions: HashMap::new(),
        }
    }

    /// Exchanges the start token for a new session id; the token works once.
    pub fn exchange(&mut self, token: &str, lang: &'static str) -> Result<Option<String>> {
        let valid = self
            .start_token
            .as_ref()
            .is_some_and(|expected| same(expected, token));
        if !valid {
            return Ok(None);
        }
        self.start_token = None;
        let id = random_token()?;
        let session = Session {
            csrf: random_token()?,
            lang,
        };
        self.sessions.insert(id.to_string(), session);
        Ok(Some(id.to_string()))
    }

    /// The session whose id is `id`.
    pub fn find(&mut self, id: &str) -> Option<(&str, &mut Session)> {
        // Compared one by one in constant time rather than hashed: there are one or two.
        self.sessions
            .iter_mut()
            .find(|(known, _)| same(known, id))
            .map(|(known, session)| (known.as_str(), session))
    }
}

/// The session id in a `Cookie` header, if any.
pub fn cookie_value(header: &str) -> Option<&str> {
    header
        .split(';')
        .map(str::trim)
        .find_map(|pair| pair.strip_prefix(COOKIE)?.strip_prefix('='))
}

/// The `Set-Cookie` value for a session id. No `Secure`: the workspace is plain HTTP on
/// loopback, which browsers treat as a secure context.
pub fn set_cookie(id: &str) -> String {
    format!("{COOKIE}={id}; Path=/; HttpOnly; SameSite=Strict")
}

/// Whether the `Host` header names exactly the address the workspace listens on.
pub fn host_allowed(host: Option<&str>, expected: &str) -> bool {
    host.is_some_and(|host| host == expected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_start_token_works_once_and_sessions_are_found_by_id() {
        let token = random_token().unwrap();
        let mut sessions = Sessions::new(token.clone());
        assert!(sessions.exchange("wrong", "en").unwrap().is_none());
        let id = sessions.exchange(&token, "uk").unwrap().unwrap();
        assert!(sessions.exchange(&token, "en").unwrap().is_none(), "reused");
        assert_eq!(sessions.find(&id).unwrap().1.lang, "uk");
        assert!(sessions.find(&id[1..]).is_none());
        assert!(sessions.find("").is_none());
    }

    #[test]
    fn cookies_and_hosts_are_read_exactly() {
        assert_eq!(cookie_value("a=b; wave_ws=abc; c=d"), Some("abc"));
        assert_eq!(cookie_value("wave_wsx=abc"), None);
        assert!(host_allowed(Some("127.0.0.1:8000"), "127.0.0.1:8000"));
        for host in [
            None,
            Some("localhost:8000"),
            Some("127.0.0.1:8001"),
            Some("evil.example:8000"),
            Some("127.0.0.1:8000.evil.example"),
        ] {
            assert!(!host_allowed(host, "127.0.0.1:8000"), "{host:?}");
        }
    }
}
