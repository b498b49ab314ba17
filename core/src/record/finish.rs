//! Finishing a session: everything re-checked, answers to questions that no longer apply
//! dropped, and the case version finalized.

use super::FormSession;
use super::review::Problem;
use crate::case::CaseId;
use crate::error::Error;
use crate::store::Store;

/// The result of finishing.
#[derive(Debug, Clone, PartialEq)]
pub struct Finished {
    pub case_id: CaseId,
    pub version: u32,
    /// Answers dropped because their questions no longer applied.
    pub dropped: usize,
}

/// Why finishing failed.
#[derive(Debug)]
pub enum FinishError {
    /// The answers are incomplete or invalid; nothing was finalized.
    Problems(Vec<Problem>),
    Store(Error),
}

impl From<Error> for FinishError {
    fn from(error: Error) -> Self {
        FinishError::Store(error)
    }
}

impl std::fmt::Display for FinishError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FinishError::Problems(problems) => {
                write!(
                    f,
                    "{} problem(s) keep the case from being finished",
                    problems.len()
                )
            }
            FinishError::Store(error) => error.fmt(f),
        }
    }
}

impl FormSession {
    /// Checks everything, drops answers to questions that no longer apply, and finalizes the case
    /// version. Nothing is finalized if a problem remains.
    pub fn finish(&mut self, store: &mut Store) -> std::result::Result<Finished, FinishError> {
        let problems = self.problems();
        if !problems.is_empty() {
            return Err(FinishError::Problems(problems));
        }
        if !self.state.gate_passed() {
            return Err(FinishError::Store(Error::InvalidState(
                "the safety questions stop the record: nothing is kept",
            )));
        }
        let dropped = self.state.prune();
        self.persist(store, None, None)?;
        let case_id = self
            .case_id
            .ok_or(Error::InvalidState("the case was not stored"))?;
        let version = store.finalize_case(case_id)?;
        self.position = None;
        Ok(Finished {
            case_id,
            version,
            dropped,
        })
    }
}
