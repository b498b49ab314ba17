//! The workspace's pages as askama templates (`staff/templates/workspace/`): checked when the
//! crate compiles, and HTML-escaping every value they print, so a string a device sent can
//! never become markup. Templates only lay out what the handlers prepared; every page extends
//! `base.html`, whose [`Chrome`] carries the navigation, the language switch, the lock button
//! and the CSRF token for forms.

use askama::Template;

use super::i18n::{LANGUAGES, Tr};
use super::server::{AppState, Ctx, NAV};

pub struct NavItem {
    pub href: &'static str,
    pub label: String,
    pub current: bool,
}

pub struct LangItem {
    pub code: &'static str,
    pub name: &'static str,
    pub current: bool,
}

/// What every page's frame shows.
pub struct Chrome {
    pub lang: &'static str,
    pub csrf: String,
    pub path: String,
    pub nav: Vec<NavItem>,
    pub languages: Vec<LangItem>,
    pub unlocked: bool,
}

impl Chrome {
    pub fn new(state: &AppState, ctx: &Ctx) -> Chrome {
        let tr = state.catalog.tr(ctx.lang);
        Chrome {
            lang: ctx.lang,
            csrf: ctx.csrf.to_string(),
            path: ctx.path.clone(),
            nav: NAV
                .iter()
                .map(|(href, id)| NavItem {
                    href,
                    label: tr.t(id),
                    current: ctx.path.starts_with(href),
                })
                .collect(),
            languages: LANGUAGES
                .iter()
                .map(|(code, name)| LangItem {
                    code,
                    name,
                    current: *code == ctx.lang,
                })
                .collect(),
            unlocked: state.is_unlocked(),
        }
    }
}

#[derive(Template)]
#[template(path = "workspace/message.html")]
pub struct Message<'a> {
    pub chrome: Chrome,
    pub t: Tr<'a>,
    pub title: String,
    pub text: String,
}

#[derive(Template)]
#[template(path = "workspace/unlock.html")]
pub struct UnlockPage<'a> {
    pub chrome: Chrome,
    pub t: Tr<'a>,
    pub error: Option<String>,
    pub idle_minutes: u64,
}

/// A choice in a filter.
pub struct Option_ {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

pub struct InboxRow {
    pub submission: String,
    pub code_name: String,
    pub country: String,
    pub month: String,
    pub violations: String,
    pub version: u32,
    pub status: String,
    pub attachments: usize,
    pub received: String,
}

pub struct RejectedRow {
    pub submission: String,
    pub received: String,
    pub kind: String,
    pub detail: String,
}

#[derive(Template)]
#[template(path = "workspace/inbox.html")]
pub struct InboxPage<'a> {
    pub chrome: Chrome,
    pub t: Tr<'a>,
    pub total: usize,
    pub matching: usize,
    pub rejected_count: usize,
    pub showing_rejected: bool,
    pub rows: Vec<InboxRow>,
    pub rejected: Vec<RejectedRow>,
    pub q: String,
    pub from: String,
    pub to: String,
    pub attachments: bool,
    pub countries: Vec<Option_>,
    pub violations: Vec<Option_>,
    pub ages: Vec<Option_>,
    pub statuses: Vec<Option_>,
    pub consents: Vec<Option_>,
    pub page: usize,
    pub pages: usize,
    pub previous: Option<String>,
    pub next: Option<String>,
}

/// An answered question, or a repeat group as a table.
pub struct Field {
    pub label: String,
    pub value: String,
    pub table: Option<Table>,
}

pub struct Table {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

pub struct SectionView {
    pub title: String,
    pub fields: Vec<Field>,
}

pub struct AttachmentView {
    pub url: String,
    pub name: String,
    pub declared: String,
    pub size: u64,
    pub sha256: String,
    /// "image", "audio", "video", or "" for a download.
    pub kind: &'static str,
    pub media_type: &'static str,
}

pub struct Change {
    pub label: String,
    pub before: String,
    pub after: String,
}

pub struct VersionView {
    pub version: u32,
    pub url: String,
    pub received: String,
    pub finalized: String,
    pub current: bool,
    pub changes: Vec<Change>,
}

pub struct ConsentView {
    pub purpose: String,
    pub granted: String,
    pub at: String,
}

pub struct HistoryView {
    pub at: String,
    pub by: String,
    pub what: Vec<String>,
    pub note: String,
}

pub struct Verification {
    pub signature: String,
    pub key_fingerprint: String,
    pub key_first_seen: String,
    pub received: String,
    pub pulled: String,
    pub device: String,
}

#[derive(Template)]
#[template(path = "workspace/case.html")]
pub struct CasePage<'a> {
    pub chrome: Chrome,
    pub t: Tr<'a>,
    pub code_name: String,
    pub case_id: String,
    pub version: u32,
    pub form: String,
    pub latest: bool,
    pub submission: String,
    pub sections: Vec<SectionView>,
    pub attachments: Vec<AttachmentView>,
    pub versions: Vec<VersionView>,
    pub consents: Vec<ConsentView>,
    pub verification: Verification,
    pub status: String,
    pub referred_to: String,
    pub complaint_to: String,
    pub assignee: String,
    pub due: String,
    pub history: Vec<HistoryView>,
    pub statuses: Vec<Option_>,
    pub referrals: Vec<Option_>,
    pub complaints: Vec<Option_>,
    pub error: Option<String>,
}

pub struct DueRow {
    pub url: String,
    pub code_name: String,
    pub due: String,
    pub overdue: bool,
    pub status: String,
    pub assignee: String,
}

pub struct StatusCount {
    pub label: String,
    pub count: usize,
    pub url: String,
}

#[derive(Template)]
#[template(path = "workspace/followup.html")]
pub struct FollowupPage<'a> {
    pub chrome: Chrome,
    pub t: Tr<'a>,
    pub counts: Vec<StatusCount>,
    pub due: Vec<DueRow>,
    pub supported: usize,
}

#[derive(Template)]
#[template(path = "workspace/pull.html")]
pub struct PullPage<'a> {
    pub chrome: Chrome,
    pub t: Tr<'a>,
    pub configured: bool,
    pub server: String,
}

pub struct ExportLink {
    pub label: String,
    pub url: String,
    pub public: bool,
}

#[derive(Template)]
#[template(path = "workspace/exports.html")]
pub struct ExportsPage<'a> {
    pub chrome: Chrome,
    pub t: Tr<'a>,
    pub links: Vec<ExportLink>,
}
