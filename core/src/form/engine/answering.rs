//! Answering: validating an answer against its item, storing it and updating relevance,
//! `stop_if` and the safety gate, and the answers out (the map to store, pruning at finish).

use std::sync::Arc;

use super::relevance::{ALL, Ctx};
use super::{FormState, Position, Step};
use crate::form::answer::{Answer, Answers, Invalid, check_answer, is_given};
use crate::form::expr::{Expr, eval};
use crate::form::model::{Item, ItemIdx, ItemKind};

impl FormState {
    /// The stored answer at `pos` (relevant or not).
    pub fn answer(&self, pos: Position) -> Option<&Answer> {
        let idx = self.item_idx(pos)?;
        match pos.inner {
            None => self.answers.get(idx.0)?.as_ref(),
            Some(inner) => self.instance_at(pos)?.answers.get(inner.item)?.as_ref(),
        }
    }

    /// Checks `answer` for the item at `pos` without storing it: shape, choices, ranges,
    /// `required` (for `None` or an empty answer) and `constraint`. The error's
    /// [`Invalid::message`] is the text to show.
    pub fn validate(&self, pos: Position, answer: Option<&Answer>) -> Result<(), Invalid> {
        let idx = self.item_idx(pos).ok_or(Invalid::NoSuchPosition)?;
        let item = self.form.item(idx).ok_or(Invalid::NoSuchPosition)?;
        if matches!(item.kind, ItemKind::Repeat { .. }) {
            return Err(Invalid::RepeatNotSettable);
        }
        let Some(answer) = answer else {
            return if item.required {
                Err(Invalid::Required)
            } else {
                Ok(())
            };
        };
        check_answer(&self.form, idx, answer)?;
        if !is_given(item, answer) {
            return if item.required {
                Err(Invalid::Required)
            } else {
                Ok(())
            };
        }
        if let Some(rule) = &item.constraint
            && !self.rule_holds(&rule.expr, pos, item, answer)
        {
            return Err(Invalid::Constraint(idx));
        }
        Ok(())
    }

    fn rule_holds(
        &self,
        expr: &Expr<ItemIdx>,
        pos: Position,
        item: &Item,
        answer: &Answer,
    ) -> bool {
        let Some(idx) = self.item_idx(pos) else {
            return false;
        };
        let ctx = Ctx {
            state: self,
            instance: pos.inner.map(|i| i.instance),
            current: Some((idx, item, answer)),
        };
        eval(expr, &ctx).is_true()
    }

    /// Validates and stores the answer at `pos` (`None` clears it), updates relevance, then
    /// checks the item's `stop_if`. Nothing is stored when the answer is refused.
    pub fn set(&mut self, pos: Position, answer: Option<Answer>) -> Result<Step, Invalid> {
        if !self.is_relevant(pos) {
            return Err(if self.item_idx(pos).is_some() {
                Invalid::NotRelevant
            } else {
                Invalid::NoSuchPosition
            });
        }
        self.validate(pos, answer.as_ref())?;
        let idx = self.item_idx(pos).ok_or(Invalid::NoSuchPosition)?;
        let slot = match pos.inner {
            None => self.answers.get_mut(idx.0),
            Some(inner) => {
                let top = *self
                    .form
                    .sections
                    .get(pos.section)
                    .and_then(|s| s.items.get(pos.item))
                    .ok_or(Invalid::NoSuchPosition)?;
                self.instances
                    .get_mut(top.0)
                    .and_then(|v| v.get_mut(inner.instance))
                    .and_then(|i| i.answers.get_mut(inner.item))
            }
        };
        let slot = slot.ok_or(Invalid::NoSuchPosition)?;
        if *slot == answer {
            return Ok(self.stop_check(pos));
        }
        *slot = answer;
        let instance = pos.inner.map_or(ALL, |i| i.instance);
        let plan = &self.form.plan;
        let queue = plan
            .readers
            .get(idx.0)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .map(|&reader| (plan.rank(reader), instance))
            .collect();
        self.propagate(queue);
        Ok(self.stop_check(pos))
    }

    fn stop_check(&self, pos: Position) -> Step {
        if self.stop_fired(pos) {
            self.item_idx(pos).map_or(Step::Continue, Step::Stop)
        } else {
            Step::Continue
        }
    }

    /// Whether the `stop_if` of the item at `pos` holds for its current answer. A question not
    /// answered, or not relevant, never stops the session.
    pub fn stop_fired(&self, pos: Position) -> bool {
        let (Some(item), Some(answer)) = (self.item(pos), self.answer(pos)) else {
            return false;
        };
        let Some(rule) = &item.stop_if else {
            return false;
        };
        self.is_relevant(pos) && self.rule_holds(&rule.expr, pos, item, answer)
    }

    /// The first relevant position whose `stop_if` holds, if any.
    pub fn stopped_at(&self) -> Option<Position> {
        let mut found = None;
        self.for_each_relevant(|pos, item| {
            if found.is_none() && item.stop_if.is_some() && self.stop_fired(pos) {
                found = Some(pos);
            }
        });
        found
    }

    /// Whether the session may write to storage: the form's `persist_after` item is answered
    /// and no `stop_if` holds. Always true for a form without `persist_after`, unless stopped.
    pub fn gate_passed(&self) -> bool {
        if self.stopped_at().is_some() {
            return false;
        }
        let Some(gate) = self.form.persist_after else {
            return true;
        };
        let Some(item) = self.form.item(gate) else {
            return false;
        };
        let pos = Position::new(item.section, item.index_in_section);
        self.is_relevant(pos) && self.answered(pos, item)
    }

    /// Drops every answer to an item that is not relevant (and the instances of repeats that are
    /// not), as when a case is finished. Returns how many answers were dropped. Relevance does
    /// not change: such answers were already ignored by every expression.
    pub fn prune(&mut self) -> usize {
        let mut dropped = 0;
        let form = Arc::clone(&self.form);
        for (i, item) in form.items.iter().enumerate() {
            if item.repeat.is_some() || self.relevant.get(i) == Some(&true) {
                continue;
            }
            if let Some(slot) = self.answers.get_mut(i) {
                dropped += usize::from(slot.take().is_some());
            }
            if let Some(list) = self.instances.get_mut(i) {
                dropped += list.iter().flat_map(|x| &x.answers).flatten().count();
                list.clear();
            }
        }
        for list in &mut self.instances {
            for inst in list {
                for (answer, relevant) in inst.answers.iter_mut().zip(&inst.relevant) {
                    if !relevant {
                        dropped += usize::from(answer.take().is_some());
                    }
                }
            }
        }
        dropped
    }

    /// All answers as the id → answer map that is stored and exported. Repeats with no
    /// instances are left out.
    pub fn answers(&self) -> Answers {
        let mut out = Answers::new();
        for (i, item) in self.form.items.iter().enumerate() {
            if item.repeat.is_some() {
                continue;
            }
            if let ItemKind::Repeat { items, .. } = &item.kind {
                let list = self.instances.get(i).map_or(&[][..], Vec::as_slice);
                if list.is_empty() {
                    continue;
                }
                let instances = list
                    .iter()
                    .map(|inst| {
                        items
                            .iter()
                            .zip(&inst.answers)
                            .filter_map(|(idx, a)| {
                                let id = self.form.item(*idx)?.id.clone();
                                Some((id, a.clone()?))
                            })
                            .collect()
                    })
                    .collect();
                out.insert(item.id.clone(), Answer::Repeat(instances));
            } else if let Some(Some(a)) = self.answers.get(i) {
                out.insert(item.id.clone(), a.clone());
            }
        }
        out
    }
}
