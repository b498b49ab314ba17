//! Just enough of the W3C WebDriver protocol (JSON over HTTP) to drive a headless Chromium
//! through chromedriver: sessions, navigation, elements, scripts, alerts and screenshots.

use std::net::{SocketAddr, TcpListener};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine;
use serde_json::{Value, json};

use super::{Client, Reply};

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

/// A chromedriver process and one browser session in it; both end when dropped.
pub struct Browser {
    driver: Child,
    http: Client,
    session: String,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .expect("free port")
}

impl Browser {
    pub fn start(chromedriver: &Path, lang: &str) -> Browser {
        let port = free_port();
        let driver = Command::new(chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let address: SocketAddr = format!("127.0.0.1:{port}").parse().expect("address");
        let http = Client {
            address,
            host: address.to_string(),
            cookie: None,
            csrf: None,
        };
        let mut browser = Browser {
            driver,
            http,
            session: String::new(),
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(address).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        let binary = ["/usr/bin/chromium", "/usr/lib/chromium/chromium"]
            .into_iter()
            .find(|path| Path::new(path).exists())
            .unwrap_or("/usr/bin/chromium");
        let created = browser.call(
            "POST",
            "/session",
            json!({"capabilities": {"alwaysMatch": {
                "browserName": "chrome",
                "goog:chromeOptions": {
                    "binary": binary,
                    "args": [
                        "--headless=new", "--no-sandbox", "--disable-gpu",
                        "--disable-dev-shm-usage", "--window-size=1280,900",
                        "--autoplay-policy=no-user-gesture-required",
                        "--no-first-run", "--disable-extensions",
                        format!("--lang={lang}")
                    ]
                }
            }}}),
        );
        browser.session = created["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session: {created}"))
            .to_owned();
        browser
    }

    fn call(&self, method: &str, path: &str, body: Value) -> Value {
        let reply: Reply = self.http.send(
            method,
            path,
            &[("Content-Type", "application/json")],
            (method == "POST").then(|| body.to_string().into_bytes()),
        );
        let value: Value = serde_json::from_slice(&reply.body).unwrap_or(Value::Null);
        value["value"].clone()
    }

    fn session_call(&self, method: &str, path: &str, body: Value) -> Value {
        self.call(method, &format!("/session/{}{path}", self.session), body)
    }

    pub fn goto(&self, url: &str) {
        self.session_call("POST", "/url", json!({ "url": url }));
    }

    pub fn url(&self) -> String {
        self.session_call("GET", "/url", Value::Null)
            .as_str()
            .unwrap_or("")
            .to_owned()
    }

    /// The element matching `css`, waiting up to five seconds for it.
    pub fn find(&self, css: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            let found = self.session_call(
                "POST",
                "/element",
                json!({"using": "css selector", "value": css}),
            );
            if let Some(id) = found[ELEMENT].as_str() {
                return id.to_owned();
            }
            assert!(Instant::now() < deadline, "no element {css}: {found}");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    pub fn click(&self, css: &str) {
        let id = self.find(css);
        self.session_call("POST", &format!("/element/{id}/click"), json!({}));
    }

    /// Clicks what submits a form or follows a link, and waits until the next document has
    /// loaded: a navigation the click starts may otherwise land after the caller's next `goto`
    /// and replace its page (a language switch to the language already shown looks done at
    /// once).
    pub fn click_and_wait_for_load(&self, css: &str) {
        self.run("window.__waveBeforeClick = true;");
        self.click(css);
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let loaded = self.run(
                "return window.__waveBeforeClick === undefined \
                 && document.readyState === 'complete';",
            );
            if loaded == Value::Bool(true) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "no new page after clicking {css} at {}",
                self.url()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn type_into(&self, css: &str, text: &str) {
        let id = self.find(css);
        self.session_call("POST", &format!("/element/{id}/clear"), json!({}));
        self.session_call(
            "POST",
            &format!("/element/{id}/value"),
            json!({ "text": text }),
        );
    }

    pub fn text(&self, css: &str) -> String {
        let id = self.find(css);
        self.session_call("GET", &format!("/element/{id}/text"), Value::Null)
            .as_str()
            .unwrap_or("")
            .to_owned()
    }

    pub fn run(&self, script: &str) -> Value {
        self.session_call(
            "POST",
            "/execute/sync",
            json!({"script": script, "args": []}),
        )
    }

    pub fn run_async(&self, script: &str) -> Value {
        self.session_call(
            "POST",
            "/execute/async",
            json!({"script": script, "args": []}),
        )
    }

    /// The text of an open alert, confirm or prompt, if one is open.
    pub fn alert(&self) -> Option<String> {
        let reply = self.session_call("GET", "/alert/text", Value::Null);
        reply.as_str().map(str::to_owned)
    }

    /// The whole page's text.
    pub fn page_text(&self) -> String {
        self.run("return document.body ? document.body.innerText : '';")
            .as_str()
            .unwrap_or("")
            .to_owned()
    }

    /// The page as PDF, rendered by the browser (WebDriver's print endpoint: Chromium's own
    /// print to PDF, with the page's print stylesheet).
    pub fn print_pdf(&self) -> Vec<u8> {
        let data = self.session_call(
            "POST",
            "/print",
            json!({"background": true, "shrinkToFit": true}),
        );
        base64::engine::general_purpose::STANDARD
            .decode(data.as_str().unwrap_or_else(|| panic!("no PDF: {data}")))
            .expect("base64")
    }

    pub fn screenshot(&self, path: &Path) {
        let data = self.session_call("GET", "/screenshot", Value::Null);
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(data.as_str().expect("screenshot data"))
            .expect("base64");
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("screens folder");
        }
        std::fs::write(path, bytes).expect("write screenshot");
        println!("screenshot: {}", path.display());
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let path = format!("/session/{}", self.session);
            let _ = self.http.send("DELETE", &path, &[], None);
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}
