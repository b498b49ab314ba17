//! Looking back over a session: every relevant question with its answer by section, and the
//! problems that keep the case from being finished.

use serde::Serialize;

use super::FormSession;
use crate::form::{Answer, Invalid, ItemKind, Position};

/// One problem that keeps a case from being finished.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Problem {
    pub item_id: String,
    /// For an item in a repeat: the entry (0-based).
    pub instance: Option<usize>,
    pub message: String,
}

/// A question and its answer, for review.
#[derive(Clone, PartialEq, Serialize)]
pub struct ReviewItem {
    pub id: String,
    pub label: String,
    pub answer: Option<Answer>,
    /// The answer as text in the session's language (choice labels, yes/no, dates).
    pub shown: String,
    pub instance: Option<usize>,
}

/// Leaves the answer and its words out, as [`Answer`]'s own `Debug` does.
impl std::fmt::Debug for ReviewItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReviewItem")
            .field("id", &self.id)
            .field("answer", &self.answer)
            .field("instance", &self.instance)
            .finish_non_exhaustive()
    }
}

/// A section of the review.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReviewSection {
    pub id: String,
    pub label: String,
    pub items: Vec<ReviewItem>,
}

impl FormSession {
    /// Every relevant question with its answer, grouped by section.
    pub fn review(&self) -> Vec<ReviewSection> {
        let form = self.state.form();
        let mut sections: Vec<ReviewSection> = Vec::new();
        for pos in self.state.positions() {
            let Some(item) = self.state.item(pos) else {
                continue;
            };
            if matches!(item.kind, ItemKind::Repeat { .. } | ItemKind::Info) {
                continue;
            }
            let Some(section) = form.sections().get(pos.section) else {
                continue;
            };
            if sections.last().is_none_or(|last| last.id != section.id) {
                sections.push(ReviewSection {
                    id: section.id.clone(),
                    label: form.text(&section.label, &self.lang).to_owned(),
                    items: Vec::new(),
                });
            }
            let answer = self.state.answer(pos).cloned();
            let shown = answer
                .as_ref()
                .map(|a| self.show(item, a))
                .unwrap_or_default();
            if let Some(last) = sections.last_mut() {
                last.items.push(ReviewItem {
                    id: item.id.clone(),
                    label: form.text(&item.label, &self.lang).to_owned(),
                    answer,
                    shown,
                    instance: pos.inner.map(|inner| inner.instance),
                });
            }
        }
        sections
    }

    /// Everything that keeps the case from being finished: missing required answers, answers
    /// that break a constraint given the rest, entries too few or too many.
    pub fn problems(&self) -> Vec<Problem> {
        let form = self.state.form();
        let mut problems = Vec::new();
        if let Some(idx) = self.stopped {
            let id = form
                .item(idx)
                .map(|item| item.id.clone())
                .unwrap_or_default();
            let message = self
                .state
                .stop_message(idx, &self.lang)
                .unwrap_or_default()
                .to_owned();
            problems.push(Problem {
                item_id: id,
                instance: None,
                message,
            });
        }
        for pos in self.state.missing_required() {
            problems.push(self.problem(pos, Invalid::Required));
        }
        for pos in self.state.positions() {
            let Some(item) = self.state.item(pos) else {
                continue;
            };
            if let ItemKind::Repeat { .. } = item.kind {
                if let Err(invalid) = self.state.check_instances(pos)
                    && !problems.iter().any(|p| p.item_id == item.id)
                {
                    problems.push(self.problem(pos, invalid));
                }
                continue;
            }
            if let Some(answer) = self.state.answer(pos)
                && let Err(invalid) = self.state.validate(pos, Some(answer))
            {
                problems.push(self.problem(pos, invalid));
            }
        }
        problems
    }

    fn problem(&self, pos: Position, invalid: Invalid) -> Problem {
        Problem {
            item_id: self
                .state
                .item(pos)
                .map(|item| item.id.clone())
                .unwrap_or_default(),
            instance: pos.inner.map(|inner| inner.instance),
            message: invalid.message(self.state.form(), &self.lang),
        }
    }
}
