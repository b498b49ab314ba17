//! Sync: sealing finalized case versions for the NGO, the outbox, and shipping it to the server
//! exactly once over flaky networks.

pub mod payload;

pub use payload::{
    PAYLOAD_FORMAT, PayloadAttachment, StaffIdentity, SubmissionPayload, parse_recipients,
    seal_payload,
};
