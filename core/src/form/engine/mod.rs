//! The navigation engine a guided session wraps: which items are relevant, the order of
//! positions, next/previous, progress, validating and storing answers, `stop_if`, repeat
//! instances and pruning. Pure and I/O-free: the session does storage, clocks and screens.
//!
//! Relevance is cached and kept up to date incrementally: an answer re-evaluates only the
//! conditions that read it (and, if their outcome changes, those that read those), in the
//! dependency order computed when the form loaded. A step therefore costs what it affects, not
//! the size of the form.
//!
//! The engine's one type, [`FormState`], is written in parts: `relevance` (which sections and
//! items apply, kept current), `navigation` (positions, next and previous), `answering`
//! (validating and storing answers, `stop_if`, the safety gate, the map to store), `repeats`
//! (instances) and `progress` (counts and what is still missing).

use std::sync::Arc;

use time::Date;

use super::answer::{Answer, Answers, Instance, Invalid, check_answer};
use super::model::{Form, Item, ItemIdx, ItemKind};

mod answering;
mod navigation;
mod progress;
mod relevance;
mod repeats;
#[cfg(test)]
mod tests;

/// A place in the walk through a form.
///
/// Ordering follows the document: sections, then items, a repeat's header before its
/// instances, instances in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Position {
    /// Index into [`Form::sections`].
    pub section: usize,
    /// Index into the section's items.
    pub item: usize,
    /// Inside a repeat: which instance, and which of the repeat's items. `None` for an item
    /// outside repeats, and for a repeat's own header position.
    pub inner: Option<InnerPosition>,
}

/// A position inside one instance of a repeat.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct InnerPosition {
    pub instance: usize,
    /// Index among the repeat's items.
    pub item: usize,
}

impl Position {
    pub fn new(section: usize, item: usize) -> Self {
        Position {
            section,
            item,
            inner: None,
        }
    }

    pub fn inner(section: usize, item: usize, instance: usize, inner_item: usize) -> Self {
        Position {
            section,
            item,
            inner: Some(InnerPosition {
                instance,
                item: inner_item,
            }),
        }
    }
}

/// How far through the form the answers are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Relevant questions that have an answer.
    pub answered: usize,
    /// Relevant questions (repeat headers and optional info notes are not questions).
    pub relevant: usize,
}

/// What happened after an answer was stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Go on.
    Continue,
    /// The item's `stop_if` fired: the session ends now and shows the item's `stop_message`.
    Stop(ItemIdx),
}

/// A stored answer set that does not fit the form.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AnswersError {
    #[error("answer to unknown item {0:?}")]
    UnknownItem(String),
    #[error("{0:?} is inside a repeat; its answers belong in the repeat's instances")]
    NotTopLevel(String),
    #[error("{repeat:?} instance {instance}: {item:?} is not one of the repeat's items")]
    NotInRepeat {
        repeat: String,
        instance: usize,
        item: String,
    },
    #[error("answer to {id:?}{}: {invalid}", .instance.map(|i| format!(" (instance {i})")).unwrap_or_default())]
    Invalid {
        id: String,
        instance: Option<usize>,
        invalid: Invalid,
    },
}

#[derive(Debug, Clone, Default)]
struct InstanceState {
    /// By index among the repeat's items.
    answers: Vec<Option<Answer>>,
    relevant: Vec<bool>,
}

/// The answers of one case with everything the engine derives from them.
///
/// Build it with [`FormState::new`] from stored answers, then drive it one step at a time:
/// [`set`](Self::set) an answer, move with [`next`](Self::next) / [`prev`](Self::prev), show
/// [`progress`](Self::progress). [`answers`](Self::answers) gives the map to store.
#[derive(Debug, Clone)]
pub struct FormState {
    form: Arc<Form>,
    today: Date,
    section_relevant: Vec<bool>,
    /// By item; meaningful for items outside repeats (and repeats themselves).
    relevant: Vec<bool>,
    /// By item; for items outside repeats.
    answers: Vec<Option<Answer>>,
    /// By item; the instances of each repeat (empty for other items).
    instances: Vec<Vec<InstanceState>>,
    /// Conditions evaluated so far; lets tests check that a step stays local.
    evaluations: u64,
}

impl FormState {
    /// A state with no answers yet. `today` is the date `today()` returns.
    pub fn empty(form: Arc<Form>, today: Date) -> Self {
        let n = form.items.len();
        let mut state = FormState {
            section_relevant: vec![false; form.sections.len()],
            relevant: vec![false; n],
            answers: vec![None; n],
            instances: vec![Vec::new(); n],
            form,
            today,
            evaluations: 0,
        };
        state.recompute_all();
        state
    }

    /// A state holding stored `answers` (as given by [`answers`](Self::answers)). Each answer
    /// must fit its item's type; `required` and `constraint` are not re-checked, and answers to
    /// items that are no longer relevant are kept until [`prune`](Self::prune).
    pub fn new(form: Arc<Form>, answers: &Answers, today: Date) -> Result<Self, Vec<AnswersError>> {
        let mut state = FormState::empty(form, today);
        let form = Arc::clone(&state.form);
        let mut errors = Vec::new();
        for (id, answer) in answers {
            let Some(idx) = form.item_idx(id) else {
                errors.push(AnswersError::UnknownItem(id.clone()));
                continue;
            };
            let Some(item) = form.item(idx) else { continue };
            if item.repeat.is_some() {
                errors.push(AnswersError::NotTopLevel(id.clone()));
                continue;
            }
            if let Err(invalid) = check_answer(&form, idx, answer) {
                errors.push(AnswersError::Invalid {
                    id: id.clone(),
                    instance: None,
                    invalid,
                });
                continue;
            }
            match (&item.kind, answer.instances()) {
                (ItemKind::Repeat { items, .. }, Some(instances)) => {
                    let built = instances
                        .iter()
                        .enumerate()
                        .map(|(n, inst)| {
                            state.load_instance(&form, item, items, n, inst, &mut errors)
                        })
                        .collect();
                    if let Some(slot) = state.instances.get_mut(idx.0) {
                        *slot = built;
                    }
                }
                _ => {
                    if let Some(slot) = state.answers.get_mut(idx.0) {
                        *slot = Some(answer.clone());
                    }
                }
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        state.recompute_all();
        Ok(state)
    }

    fn load_instance(
        &self,
        form: &Form,
        repeat: &Item,
        inner: &[ItemIdx],
        n: usize,
        given: &Instance,
        errors: &mut Vec<AnswersError>,
    ) -> InstanceState {
        let mut inst = InstanceState {
            answers: vec![None; inner.len()],
            relevant: vec![false; inner.len()],
        };
        for (id, answer) in given {
            let found = inner
                .iter()
                .enumerate()
                .find(|(_, idx)| form.item(**idx).is_some_and(|i| &i.id == id));
            let Some((k, &idx)) = found else {
                errors.push(AnswersError::NotInRepeat {
                    repeat: repeat.id.clone(),
                    instance: n,
                    item: id.clone(),
                });
                continue;
            };
            match check_answer(form, idx, answer) {
                Ok(()) => {
                    if let Some(slot) = inst.answers.get_mut(k) {
                        *slot = Some(answer.clone());
                    }
                }
                Err(invalid) => errors.push(AnswersError::Invalid {
                    id: id.clone(),
                    instance: Some(n),
                    invalid,
                }),
            }
        }
        inst
    }

    pub fn form(&self) -> &Form {
        &self.form
    }

    /// The shared form, for building other states.
    pub fn form_arc(&self) -> &Arc<Form> {
        &self.form
    }

    pub fn today(&self) -> Date {
        self.today
    }

    /// Changes the date `today()` returns (a session resumed on another day) and re-evaluates.
    pub fn set_today(&mut self, today: Date) {
        self.today = today;
        self.recompute_all();
    }

    /// How many conditions have been evaluated since the state was built.
    pub fn evaluations(&self) -> u64 {
        self.evaluations
    }

    /// The label of the item at `pos` in `lang` (falling back to the default language).
    pub fn label(&self, pos: Position, lang: &str) -> Option<&str> {
        let item = self.item(pos)?;
        Some(self.form.text(&item.label, lang))
    }

    /// The help text of the item at `pos`, if it has one.
    pub fn help(&self, pos: Position, lang: &str) -> Option<&str> {
        let item = self.item(pos)?;
        item.help.as_ref().map(|h| self.form.text(h, lang))
    }

    /// The `stop_message` of an item, for [`Step::Stop`].
    pub fn stop_message(&self, item: ItemIdx, lang: &str) -> Option<&str> {
        let rule = self.form.item(item)?.stop_if.as_ref()?;
        Some(self.form.text(&rule.message, lang))
    }
}
