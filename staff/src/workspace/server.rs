//! The workspace server: its shared state, the route table, the navigation, the guard every
//! request passes (Host check, session, CSRF, security headers), and starting on loopback with
//! a one-time start URL. Pages are added as one handler file, one route below and, for the
//! navigation, one entry in [`NAV`].

use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use askama::Template;
use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use wave_core::sync::StaffIdentity;
use wave_core::{Error, Result};
use zeroize::Zeroizing;

use super::i18n::{Catalog, Tr};
use super::pulljob::Progress;
use super::session::{self, Sessions};
use super::templates::Message;
use super::unlocking::Unlocked;
use super::{casepage, exports, followup, headers, inbox, pulljob, unlocking};
use super::{map, redaction, reports, statistics};
use crate::{Forms, StaffClient};

/// The navigation: (path, message id). The layout marks the entry whose path starts the
/// current page's path.
pub const NAV: &[(&str, &str)] = &[
    ("/inbox", "nav-inbox"),
    ("/followup", "nav-followup"),
    ("/stats", "nav-stats"),
    ("/map", "nav-map"),
    ("/reports", "nav-reports"),
    ("/pull", "nav-pull"),
    ("/exports", "nav-exports"),
];

/// Where and how a pull started from the page reaches the NGO server: what `wave staff pull`
/// is given.
pub struct PullSettings {
    pub client: StaffClient,
    pub identity: StaffIdentity,
    pub page_size: u32,
}

/// How to serve.
pub struct ServeOptions {
    pub archive: PathBuf,
    /// 0 for any free port.
    pub port: u16,
    /// Lock after this long without a request.
    pub idle_lock: Duration,
    /// `None`: the page explains how to start the workspace to pull.
    pub pull: Option<PullSettings>,
    pub forms: Forms,
}

/// Everything the handlers share.
pub struct AppState {
    /// `127.0.0.1:PORT`: the only `Host` accepted.
    pub host: String,
    pub archive_dir: PathBuf,
    pub idle_lock: Duration,
    pub pull: Option<Arc<PullSettings>>,
    pub forms: Forms,
    pub catalog: Catalog,
    pub sessions: Mutex<Sessions>,
    pub vault: Mutex<Option<Unlocked>>,
    pub activity: Mutex<Instant>,
    pub progress: Mutex<Progress>,
    /// Moves on every lock, so a pull running in the background sees it and stops.
    pub generation: AtomicU64,
    /// Whether `vault` holds an unlocked archive, readable while a handler holds `vault`.
    pub open: AtomicBool,
}

pub type Shared = Arc<AppState>;

/// A poisoned lock means a handler panicked while holding it; the data under it is still the
/// data (nothing is half-written in memory that matters), so it is used rather than failing
/// every later request.
pub fn hold<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl AppState {
    /// Locks: drops (and wipes) everything decrypted, and stops a running pull.
    pub fn lock(&self) {
        self.generation.fetch_add(1, Ordering::SeqCst);
        let unlocked = {
            let mut vault = hold(&self.vault);
            self.open.store(false, Ordering::SeqCst);
            vault.take()
        };
        drop(unlocked);
    }

    pub fn is_unlocked(&self) -> bool {
        self.open.load(Ordering::SeqCst)
    }
}

/// What the guard learned about the request's session, for handlers.
#[derive(Clone)]
pub struct Ctx {
    pub lang: &'static str,
    pub csrf: Zeroizing<String>,
    /// The session's id (the cookie's value).
    pub session: Zeroizing<String>,
    /// The request's path, for the navigation.
    pub path: String,
}

/// A running workspace.
pub struct Running {
    /// The one-time start URL (with its token): print it, or open it in the browser.
    pub start_url: String,
    pub address: SocketAddr,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<()>,
    state: Shared,
}

impl Running {
    /// `http://127.0.0.1:PORT`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.address)
    }

    /// Locks and stops serving.
    pub async fn stop(mut self) {
        self.state.lock();
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        let _ = self.task.await;
    }
}

/// Binds to loopback and serves in the background of the current (multi-threaded) tokio
/// runtime. The archive must exist; it is opened only when someone unlocks it in the page.
pub async fn start(options: ServeOptions) -> Result<Running> {
    if !crate::Archive::exists(&options.archive) {
        return Err(Error::NoVault(options.archive.clone()));
    }
    let listener = tokio::net::TcpListener::bind((Ipv4Addr::LOCALHOST, options.port))
        .await
        .map_err(Error::Io)?;
    let address = listener.local_addr().map_err(Error::Io)?;
    let token = session::random_token()?;
    let start_url = format!("http://{address}/start?token={}", token.as_str());
    let state = Arc::new(AppState {
        host: address.to_string(),
        archive_dir: options.archive,
        idle_lock: options.idle_lock,
        pull: options.pull.map(Arc::new),
        forms: options.forms,
        catalog: Catalog::new()?,
        sessions: Mutex::new(Sessions::new(token)),
        vault: Mutex::new(None),
        activity: Mutex::new(Instant::now()),
        progress: Mutex::new(Progress::default()),
        generation: AtomicU64::new(0),
        open: AtomicBool::new(false),
    });
    let app = router(state.clone());
    let (shutdown, stopped) = tokio::sync::oneshot::channel::<()>();
    let idle = tokio::spawn(unlocking::idle_lock(state.clone()));
    let task = tokio::spawn(async move {
        let served = axum::serve(listener, app).with_graceful_shutdown(async move {
            let _ = stopped.await;
        });
        let _ = served.await;
        idle.abort();
    });
    Ok(Running {
        start_url,
        address,
        shutdown: Some(shutdown),
        task,
        state,
    })
}

pub fn router(state: Shared) -> Router {
    Router::new()
        .route("/start", get(unlocking::start))
        .route("/", get(unlocking::home))
        .route("/unlock", post(unlocking::unlock))
        .route("/lock", post(unlocking::lock))
        .route("/lang", post(unlocking::language))
        .route("/inbox", get(inbox::page))
        .route("/case/{submission}", get(casepage::page))
        .route(
            "/case/{submission}/attachment/{index}",
            get(casepage::attachment),
        )
        .route("/case/{submission}/followup", post(followup::change))
        .route("/followup", get(followup::page))
        .route("/pull", get(pulljob::page).post(pulljob::begin))
        .route("/pull/status", get(pulljob::status))
        .route("/exports", get(exports::page))
        .route("/export/{file}", get(exports::download))
        .route("/stats", get(statistics::page))
        .route("/stats/{set}/{file}", get(statistics::download))
        .route("/map", get(map::page))
        .route("/map/data", get(map::data))
        .route(
            "/case/{submission}/redact",
            get(redaction::page).post(redaction::save),
        )
        .route("/reports", get(reports::page))
        .route("/reports/un", get(reports::un))
        .route(
            "/reports/certificate/{submission}",
            get(reports::certificate),
        )
        .route("/assets/{file}", get(super::assets::serve))
        .layer(middleware::from_fn_with_state(state.clone(), guard))
        .with_state(state)
}

/// The most a form post may carry (follow-up notes are the largest).
const MAX_FORM: usize = 256 * 1024;

/// Every request: Host check, then (except the start URL and the static assets) a session,
/// then (for anything but GET) the CSRF token; every response gets the security headers.
async fn guard(State(state): State<Shared>, request: Request, next: Next) -> Response {
    let mut response = guarded(state, request, next).await;
    headers::apply(response.headers_mut());
    response
}

async fn guarded(state: Shared, mut request: Request, next: Next) -> Response {
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|value| value.to_str().ok());
    // Before a session is known, refusals speak the browser's language.
    let asked = request
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok())
        .map_or("en", unlocking::preferred_language);
    let tr = state.catalog.tr(asked);
    if !session::host_allowed(host, &state.host) {
        return refuse(StatusCode::MISDIRECTED_REQUEST, tr.t("refused-host"));
    }
    let path = request.uri().path().to_owned();
    if path == "/start" || path.starts_with("/assets/") {
        return next.run(request).await;
    }
    let cookie = request
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find_map(session::cookie_value)
        .map(str::to_owned);
    let ctx = {
        let mut sessions = hold(&state.sessions);
        match cookie.as_deref().and_then(|id| sessions.find(id)) {
            Some((id, session)) => Ctx {
                session: Zeroizing::new(id.to_owned()),
                lang: session.lang,
                csrf: session.csrf.clone(),
                path: path.clone(),
            },
            None => {
                return refuse(StatusCode::FORBIDDEN, tr.t("refused-no-session"));
            }
        }
    };
    if request.method() != Method::GET && request.method() != Method::HEAD {
        let from_header = request
            .headers()
            .get(session::CSRF_HEADER)
            .and_then(|value| value.to_str().ok())
            .map(|text| Zeroizing::new(text.to_owned()));
        let (parts, body) = request.into_parts();
        let Ok(bytes) = axum::body::to_bytes(body, MAX_FORM).await else {
            return refuse(
                StatusCode::PAYLOAD_TOO_LARGE,
                state.catalog.tr(ctx.lang).t("refused-too-large"),
            );
        };
        let from_form = serde_urlencoded::from_bytes::<Vec<(String, String)>>(&bytes)
            .ok()
            .and_then(|fields| {
                fields
                    .into_iter()
                    .find(|(name, _)| name == session::CSRF_FIELD)
                    .map(|(_, value)| Zeroizing::new(value))
            });
        let valid = from_header
            .or(from_form)
            .is_some_and(|token| session::same(&token, &ctx.csrf));
        if !valid {
            return refuse(
                StatusCode::FORBIDDEN,
                state.catalog.tr(ctx.lang).t("refused-csrf"),
            );
        }
        request = Request::from_parts(parts, Body::from(bytes));
    }
    *hold(&state.activity) = Instant::now();
    request.extensions_mut().insert(ctx);
    next.run(request).await
}

pub fn refuse(status: StatusCode, text: String) -> Response {
    let mut response = (status, text).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    response
}

/// A page of the workspace: its template, and the words of the reader it is drawn for.
pub trait Page: Template {
    fn tr(&self) -> Tr<'_>;
}

macro_rules! pages {
    ($($page:ty),* $(,)?) => {
        $(impl Page for $page {
            fn tr(&self) -> Tr<'_> {
                self.t
            }
        })*
    };
}

pages!(
    super::templates::Message<'_>,
    super::templates::UnlockPage<'_>,
    super::templates::InboxPage<'_>,
    super::templates::CasePage<'_>,
    super::templates::FollowupPage<'_>,
    super::templates::PullPage<'_>,
    super::templates::ExportsPage<'_>,
    map::MapPage<'_>,
    redaction::RedactPage<'_>,
    reports::ReportsPage<'_>,
    reports::UnReport<'_>,
    reports::Certificate<'_>,
    statistics::StatsPage<'_>,
);

/// Renders a page template, or a plain 500 (never with case content) in the reader's language
/// if rendering fails.
pub fn render(page: &impl Page) -> Response {
    match page.render() {
        Ok(html) => Html(html).into_response(),
        Err(_) => refuse(
            StatusCode::INTERNAL_SERVER_ERROR,
            page.tr().t("page-not-drawn"),
        ),
    }
}

/// A 303 to `to` (after a form post).
pub fn see_other(to: &str) -> Response {
    Redirect::to(to).into_response()
}

/// The page for a failure: its message in the staff's language, never case content.
pub fn failure(state: &AppState, ctx: &Ctx, status: StatusCode, message_id: &str) -> Response {
    let tr = state.catalog.tr(ctx.lang);
    let page = Message {
        chrome: super::templates::Chrome::new(state, ctx),
        t: tr,
        title: tr.t("error-title"),
        text: tr.t(message_id),
    };
    let mut response = render(&page);
    *response.status_mut() = status;
    response
}
