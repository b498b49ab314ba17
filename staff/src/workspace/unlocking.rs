//! Opening and closing the archive from the page: the start URL's token exchange, unlocking
//! with the archive passphrase (and the staff member's name, which the follow-up history
//! records), the lock button, the idle lock, and the language switch. Locking drops the archive's
//! keys and every decrypted case, wiping the answers and the search index from memory.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Extension;
use axum::extract::{Form, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::Response;
use serde::Deserialize;
use wave_core::Error;
use wave_core::vault::Passphrase;
use zeroize::{Zeroize, Zeroizing};

use super::i18n::Catalog;
use super::inbox::CaseData;
use super::server::{Ctx, Shared, hold, refuse, render, see_other};
use super::session;
use super::templates::{Chrome, UnlockPage};
use crate::Archive;

/// The archive while it is unlocked, with what was decrypted from it.
pub struct Unlocked {
    pub archive: Archive,
    /// Kept to open a second connection for a background pull; wiped on lock.
    pub passphrase: Passphrase,
    /// Who is working, as typed at unlock; recorded in the follow-up history.
    pub staff: Zeroizing<String>,
    pub data: CaseData,
}

#[derive(Deserialize)]
pub struct StartQuery {
    token: Option<String>,
}

/// `GET /start?token=…`: the one-time exchange for a session cookie, then a redirect to a URL
/// without the token (so it is not left in the history or the address bar).
pub async fn start(
    State(state): State<Shared>,
    headers: HeaderMap,
    Query(query): Query<StartQuery>,
) -> Response {
    let token = Zeroizing::new(query.token.unwrap_or_default());
    let lang = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok())
        .map(preferred_language)
        .unwrap_or("en");
    let exchanged = hold(&state.sessions).exchange(&token, lang);
    match exchanged {
        Ok(Some(id)) => {
            let mut response = see_other("/");
            if let Ok(value) = HeaderValue::from_str(&session::set_cookie(&id)) {
                response.headers_mut().insert(header::SET_COOKIE, value);
            }
            response
        }
        Ok(None) => refuse(
            StatusCode::FORBIDDEN,
            state.catalog.tr(lang).t("refused-link-used"),
        ),
        Err(_) => refuse(
            StatusCode::INTERNAL_SERVER_ERROR,
            state.catalog.tr(lang).t("no-random-source"),
        ),
    }
}

/// The first of the UI's languages the browser asks for (`Accept-Language`), else English.
pub(crate) fn preferred_language(header: &str) -> &'static str {
    header
        .split(',')
        .filter_map(|part| part.split(';').next())
        .map(|tag| tag.trim().to_ascii_lowercase())
        .find_map(|tag| {
            let primary = tag.split('-').next().unwrap_or("");
            super::i18n::LANGUAGES
                .iter()
                .find(|(code, _)| *code == primary)
                .map(|(code, _)| *code)
        })
        .unwrap_or("en")
}

/// `GET /`: the unlock page, or the inbox when unlocked.
pub async fn home(State(state): State<Shared>, Extension(ctx): Extension<Ctx>) -> Response {
    if state.is_unlocked() {
        return see_other("/inbox");
    }
    unlock_page(&state, &ctx, None, StatusCode::OK)
}

fn unlock_page(state: &Shared, ctx: &Ctx, error: Option<String>, status: StatusCode) -> Response {
    let tr = state.catalog.tr(ctx.lang);
    let page = UnlockPage {
        chrome: Chrome::new(state, ctx),
        t: tr,
        error,
        idle_minutes: state.idle_lock.as_secs().div_ceil(60).max(1),
    };
    let mut response = render(&page);
    *response.status_mut() = status;
    response
}

#[derive(Deserialize)]
pub struct UnlockForm {
    passphrase: String,
    name: String,
}

/// `POST /unlock`.
pub async fn unlock(
    State(state): State<Shared>,
    Extension(ctx): Extension<Ctx>,
    Form(mut form): Form<UnlockForm>,
) -> Response {
    let passphrase = Passphrase::new(std::mem::take(&mut form.passphrase));
    let name = Zeroizing::new(form.name.trim().chars().take(200).collect::<String>());
    form.name.zeroize();
    let tr = state.catalog.tr(ctx.lang);
    if name.is_empty() {
        return unlock_page(
            &state,
            &ctx,
            Some(tr.t("unlock-name-missing")),
            StatusCode::BAD_REQUEST,
        );
    }
    if state.is_unlocked() {
        return see_other("/inbox");
    }
    let dir = state.archive_dir.clone();
    let forms = state.forms.clone();
    let opened = tokio::task::spawn_blocking(move || {
        let archive = Archive::open(&dir, &passphrase)?;
        let data = CaseData::load(&archive, &forms)?;
        Ok::<_, Error>((archive, passphrase, data))
    })
    .await;
    match opened {
        Ok(Ok((archive, passphrase, data))) => {
            let mut vault = hold(&state.vault);
            if vault.is_none() {
                *vault = Some(Unlocked {
                    archive,
                    passphrase,
                    staff: name,
                    data,
                });
                state.open.store(true, std::sync::atomic::Ordering::SeqCst);
            }
            *hold(&state.activity) = Instant::now();
            see_other("/inbox")
        }
        Ok(Err(Error::WrongPassphrase)) => unlock_page(
            &state,
            &ctx,
            Some(tr.t("unlock-wrong")),
            StatusCode::UNAUTHORIZED,
        ),
        Ok(Err(_)) | Err(_) => unlock_page(
            &state,
            &ctx,
            Some(tr.t("unlock-failed")),
            StatusCode::INTERNAL_SERVER_ERROR,
        ),
    }
}

/// `POST /lock`.
pub async fn lock(State(state): State<Shared>) -> Response {
    state.lock();
    see_other("/")
}

#[derive(Deserialize)]
pub struct LanguageForm {
    lang: String,
    back: Option<String>,
}

/// `POST /lang`: switches this session's language and returns to the page it came from (a
/// path on this server only).
pub async fn language(
    State(state): State<Shared>,
    Extension(ctx): Extension<Ctx>,
    Form(form): Form<LanguageForm>,
) -> Response {
    let lang = Catalog::lang(&form.lang);
    if let Some((_, session)) = hold(&state.sessions).find(&ctx.session) {
        session.lang = lang;
    }
    let back = form
        .back
        .filter(|back| {
            back.starts_with('/')
                && !back.starts_with("//")
                && !back.contains('\\')
                && !back.chars().any(char::is_control)
        })
        .unwrap_or_else(|| "/".to_owned());
    see_other(&back)
}

/// Locks the archive once no request has come for the idle time.
pub async fn idle_lock(state: Shared) {
    let tick = (state.idle_lock / 4).clamp(Duration::from_millis(50), Duration::from_secs(5));
    loop {
        tokio::time::sleep(tick).await;
        let idle = hold(&state.activity).elapsed();
        if idle >= state.idle_lock && state.is_unlocked() {
            state.lock();
        }
        if Arc::strong_count(&state) == 1 {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::preferred_language;

    #[test]
    fn the_browser_language_is_taken_when_the_ui_has_it() {
        assert_eq!(preferred_language("uk-UA,uk;q=0.9,en;q=0.8"), "uk");
        assert_eq!(preferred_language("de-DE, ru;q=0.7"), "ru");
        assert_eq!(preferred_language("fr"), "en");
        assert_eq!(preferred_language(""), "en");
    }
}
