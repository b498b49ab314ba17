//! Cases: the records a person writes, their finalized versions and their attachments.

mod attachments;
mod cases;
mod folding;
mod model;
mod pages;
mod status;

pub(crate) use attachments::bind_attachments_to_cases;
pub(crate) use attachments::recorded_attachment_files;
pub use attachments::{
    add_attachment, attachment_meta, delete_attachment, list_attachments, read_attachment,
};
pub use cases::{
    DraftState, FinalizedImport, amend_case, case_count, consents, create_case, create_draft,
    create_held_draft, current_consents, delete_case, finalize_case, fold_summaries, get_case,
    import_cases, import_finalized, list_cases, save_answers, save_draft, save_held_draft,
};
pub(crate) use cases::{create_held_draft_of, move_summaries_into_pages, save_held_draft_of};
pub(crate) use model::title_from;
pub use model::{
    Answers, AttachmentId, AttachmentMeta, Case, CaseId, CaseStatus, CaseSummary, ConsentRecord,
    FinalizedVersion, FormRef, Timestamp, format_timestamp, now,
};
pub use status::case_status;
