//! The staff workspace (`wave staff serve`): a web application served by the staff's own machine
//! on loopback, over the encrypted archive, opened in the staff's browser. It decrypts in this
//! process only, keeps what it decrypted in memory while unlocked (never on disk), and treats
//! every string a device sent as hostile. One file per concern:
//!
//! - `server`: the shared state, the route table and the navigation entries, starting and
//!   stopping;
//! - `session`: the one-time start token, the session cookie, CSRF tokens and the Host check;
//! - `headers`: the security headers every response carries;
//! - `unlocking`: unlock with the passphrase, the lock button, the idle lock;
//! - `pulljob`: a pull from the NGO server in the background, with progress;
//! - `inbox`: the case list with filters and the in-memory full-text index;
//! - `casepage`: one case — answers by section, versions and what changed, consent history,
//!   attachments, verification record;
//! - `followup`: legal follow-up (status, referral, complaint, assignee, due date, notes);
//! - `exports`: the CSV, JSON and GeoJSON exports as downloads;
//! - `statistics`: public and internal figures side by side, with charts and CSV downloads;
//! - `map`: cases on offline country shapes, points internally, countries only in public;
//! - `redaction`: the redaction editor and the reviewed mark, for quotations in reports;
//! - `reports`: the UN submission and the lawyer's evidence certificate, printable as PDF;
//! - `i18n`: the UI strings (Project Fluent, in the eight languages Wave ships);
//! - `templates`: the compile-time checked, auto-escaping page templates;
//! - `assets`: the stylesheet and the small script, compiled into the binary.
//!
//! A new page is one file with its handler and template struct, one route in
//! `server::router` and, if it belongs in the navigation, one entry in `server::NAV`.

mod assets;
mod casepage;
mod exports;
mod followup;
mod headers;
pub(crate) mod i18n;
mod inbox;
mod map;
mod pulljob;
mod redaction;
mod reports;
mod server;
mod session;
mod statistics;
mod templates;
mod unlocking;

pub use inbox::{CaseData, Query as InboxQuery};
pub use server::{PullSettings, Running, ServeOptions, start};
