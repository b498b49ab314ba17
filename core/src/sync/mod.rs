//! Sync: sealing finalized case versions for the NGO, the outbox, and shipping it to the server
//! exactly once over flaky networks.

mod access;
mod device;
mod engine;
mod outbox;
pub mod payload;
mod status;
mod transport;

pub use access::{SoleAccess, StoreAccess};
pub use device::Device;
pub use engine::{
    NoObserver, SyncObserver, SyncOptions, SyncReport, enroll, enroll_with, sync_now, sync_with,
};
pub use payload::{
    PAYLOAD_FORMAT, PayloadAttachment, StaffIdentity, SubmissionPayload, parse_recipients,
    seal_payload,
};
pub use status::{CaseSyncState, SyncStatus};
pub use transport::{Transport, TransportError};
