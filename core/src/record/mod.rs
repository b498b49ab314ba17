//! Guided sessions: the pure form engine composed with the case store. A session starts a case,
//! resumes a draft where it was left, writes every accepted answer (and where it stands, and any
//! consent) to the encrypted store before `answer` returns, and finishes it. Before the form's
//! safety gate is passed nothing at all is written.

use std::collections::BTreeMap;

use crate::case::{CaseId, DraftState};
use crate::form::{FormState, ItemIdx, Position};

mod finish;
mod question;
mod review;
mod session;

pub use finish::{DeferredReason, Finalized, FinishError, Finished, Sealing, finalize_and_seal};
pub use question::{ChoiceView, Question, RepeatContext};
pub use review::{Problem, ReviewItem, ReviewSection};
pub use session::Outcome;

/// A guided session over one case.
pub struct FormSession {
    state: FormState,
    lang: String,
    case_id: Option<CaseId>,
    position: Option<Position>,
    stopped: Option<ItemIdx>,
    /// Consent per purpose as last recorded, so only a change adds a record.
    consents: BTreeMap<String, bool>,
    /// Consents given before the case exists, written with it.
    pending_consents: Vec<(String, bool)>,
    /// The draft as this session last wrote it, so an answer writes without reading it back.
    draft: Option<DraftState>,
}

impl std::fmt::Debug for FormSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FormSession")
            .field("form", &self.state.form().id())
            .field("case_id", &self.case_id)
            .field("position", &self.position)
            .finish_non_exhaustive()
    }
}
