//! Cases: the records a person writes, their finalized versions and their attachments.

mod attachments;
mod cases;
mod model;

pub use model::{
    Answers, AttachmentId, AttachmentMeta, Case, CaseId, CaseStatus, CaseSummary, ConsentRecord,
    FinalizedVersion, FormRef, Timestamp, format_timestamp, now,
};
