//! `wave-server`: the NGO's sync server. It enrolls devices, stores the signed, end-to-end
//! encrypted envelopes and attachment blobs they send, and hands them to staff — without ever
//! holding a private key or decrypting anything.
//!
//! The binary (`main.rs`) is a thin CLI over this library; tests drive the same router and serve
//! loop in process.

pub mod app;
pub mod auth;
pub mod body;
pub mod error;
pub mod expiry;
#[cfg(any(test, feature = "fuzzing"))]
#[doc(hidden)]
pub mod fuzzing;
pub mod ratelimit;
pub mod routes;
pub mod serve;
pub mod store;
pub mod tls;

pub use app::{App, Config, SharedApp};
pub use error::ApiFailure;
pub use routes::router;
pub use serve::{ServeOptions, serve};
pub use store::postgres::PostgresStore;
pub use store::sqlite::SqliteStore;
pub use store::{Store, StoreError};
