//! Sync: sealing finalized case versions for the NGO, the outbox, and shipping it to the server
//! exactly once over flaky networks.

mod access;
mod device;
mod engine;
mod failure;
mod outbox;
pub mod payload;
mod recipients;
mod status;
mod transport;

pub use access::{SoleAccess, StoreAccess};
// Enrollment writes the device through the engine; the format fixtures and unit tests enroll
// directly.
#[cfg(test)]
pub(crate) use device::set_device;
pub use device::{Device, device};
pub use engine::{
    NoObserver, SyncObserver, SyncOptions, SyncReport, enroll, enroll_with, sync_now, sync_with,
};
pub use failure::{NetworkProblem, Rejection, SetRefusal, SyncFailure};
pub(crate) use outbox::recorded_outbox_files;
pub use outbox::{enqueue_finalized, seal_after_finalize};
// The format fixtures read the outbox as the engine would.
#[cfg(test)]
pub(crate) use outbox::{pending_blobs, pending_submissions_after};
pub use payload::{
    PAYLOAD_FORMAT, PayloadAttachment, StaffIdentity, SubmissionPayload, parse_recipients,
    seal_payload,
};
pub(crate) use status::note_sealing_deferred;
pub use status::{CaseSyncState, SyncStatus, case_sync_states, sync_status};
pub use transport::{Transport, TransportError};
