//! A pull started from the page: what `wave staff pull` does, on a thread of its own with a
//! second connection to the archive, reporting after every page (new, already had, retried,
//! rejected with reasons) to a progress record the page polls. Locking stops it after the page
//! under way; when it ends, the workspace reloads what it shows.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use axum::Extension;
use axum::Json;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::inbox::CaseData;
use super::server::{AppState, Ctx, Shared, hold, render, see_other};
use super::templates::{Chrome, PullPage};
use crate::{Archive, PullOptions, pull_observed};

/// What the page shows of the current or last pull. Holds no case content; the reasons and the
/// failure are kept as kinds and put in words for each request, in its reader's language.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Progress {
    /// "idle", "running", "done" or "failed".
    pub state: &'static str,
    pub new: u64,
    pub already_had: u64,
    /// Earlier rejections tried again (recovered or still failing).
    pub retried: u64,
    pub recovered: u64,
    pub rejected: Vec<RejectedNow>,
    pub error: Option<String>,
    /// What stopped the pull; `error` is its message in the language of the request.
    #[serde(skip)]
    pub failure: Option<Arc<wave_core::Error>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RejectedNow {
    pub submission: String,
    pub kind: &'static str,
    /// Filled in the language of the request from `reason`.
    pub detail: String,
    #[serde(skip)]
    pub reason: Option<crate::RejectReason>,
}

impl Progress {
    fn from_report(report: &crate::PullReport, state: &'static str) -> Progress {
        Progress {
            state,
            new: report.new,
            already_had: report.already_had,
            retried: report.recovered + report.still_rejected,
            recovered: report.recovered,
            rejected: report
                .rejected
                .iter()
                .map(|rejection| RejectedNow {
                    submission: rejection.submission_id.to_string(),
                    kind: rejection.reason.kind.as_str(),
                    detail: String::new(),
                    reason: Some(rejection.reason.clone()),
                })
                .collect(),
            error: None,
            failure: None,
        }
    }
}

/// `GET /pull`.
pub async fn page(State(state): State<Shared>, Extension(ctx): Extension<Ctx>) -> Response {
    if !state.is_unlocked() {
        return see_other("/");
    }
    let page = PullPage {
        chrome: Chrome::new(&state, &ctx),
        t: state.catalog.tr(ctx.lang),
        configured: state.pull.is_some(),
        server: state
            .pull
            .as_ref()
            .map(|pull| pull.client.server().to_owned())
            .unwrap_or_default(),
    };
    render(&page)
}

/// `GET /pull/status`: the progress as JSON, its words in the session's language.
pub async fn status(State(state): State<Shared>, Extension(ctx): Extension<Ctx>) -> Response {
    let mut progress = hold(&state.progress).clone();
    if progress.state.is_empty() {
        progress.state = "idle";
    }
    for rejected in &mut progress.rejected {
        if let Some(reason) = &rejected.reason {
            rejected.detail = reason.message(ctx.lang);
        }
    }
    if let Some(failure) = &progress.failure {
        progress.error = Some(failure.message(ctx.lang));
    }
    Json(progress).into_response()
}

/// `POST /pull`: starts a pull unless one runs. Answers at once; the page polls the status.
pub async fn begin(State(state): State<Shared>) -> Response {
    let Some(settings) = state.pull.clone() else {
        return see_other("/pull");
    };
    let passphrase = match hold(&state.vault).as_ref() {
        Some(unlocked) => unlocked.passphrase.clone(),
        None => return see_other("/"),
    };
    {
        let mut progress = hold(&state.progress);
        if progress.state == "running" {
            return see_other("/pull");
        }
        *progress = Progress {
            state: "running",
            ..Progress::default()
        };
    }
    let generation = state.generation.load(Ordering::SeqCst);
    let shared: Arc<AppState> = state.clone();
    let spawned = std::thread::Builder::new()
        .name("workspace-pull".into())
        .spawn(move || run(shared, settings, passphrase, generation));
    if spawned.is_err() {
        hold(&state.progress).state = "failed";
    }
    see_other("/pull")
}

fn run(
    state: Shared,
    settings: Arc<super::server::PullSettings>,
    passphrase: wave_core::vault::Passphrase,
    generation: u64,
) {
    let finish = |state: &AppState, outcome: Result<Progress, wave_core::Error>| {
        let mut progress = hold(&state.progress);
        match outcome {
            Ok(done) => *progress = done,
            Err(error) => {
                progress.state = "failed";
                progress.failure = Some(Arc::new(error));
            }
        }
    };
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => return finish(&state, Err(error.into())),
    };
    let mut archive = match Archive::open(&state.archive_dir, &passphrase) {
        Ok(archive) => archive,
        Err(error) => return finish(&state, Err(error)),
    };
    drop(passphrase);
    let options = PullOptions {
        page_size: settings.page_size,
    };
    let observer_state = state.clone();
    let mut observer = |report: &crate::PullReport| {
        *hold(&observer_state.progress) = Progress::from_report(report, "running");
        observer_state.generation.load(Ordering::SeqCst) == generation
    };
    let outcome = runtime.block_on(pull_observed(
        &mut archive,
        &settings.client,
        &settings.identity,
        &options,
        &mut observer,
    ));
    archive.lock();
    match outcome {
        Ok(report) => {
            reload(&state, generation);
            finish(&state, Ok(Progress::from_report(&report, "done")));
        }
        Err(error) => {
            reload(&state, generation);
            finish(&state, Err(error));
        }
    }
}

/// Rebuilds what the workspace shows from the archive, if it is still the same unlock.
fn reload(state: &AppState, generation: u64) {
    let mut guard = hold(&state.vault);
    if state.generation.load(Ordering::SeqCst) != generation {
        return;
    }
    if let Some(unlocked) = guard.as_mut()
        && let Ok(data) = CaseData::load(&unlocked.archive, &state.forms)
    {
        unlocked.data = data;
    }
}
