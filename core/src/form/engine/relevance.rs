//! Relevance: which sections and items apply given the answers, how expressions read answers,
//! and keeping that current incrementally, in the dependency order computed when the form
//! loaded.

use std::collections::BTreeSet;
use std::sync::Arc;

use time::Date;

use super::{FormState, Position};
use crate::form::answer::Answer;
use crate::form::deps::Node;
use crate::form::expr::{Context, Expr, Value, eval};
use crate::form::model::{Item, ItemIdx, ItemKind};

/// Marks "every instance" (or "not in a repeat") in the work queue.
pub(super) const ALL: usize = usize::MAX;

pub(super) struct Ctx<'a> {
    pub(super) state: &'a FormState,
    pub(super) instance: Option<usize>,
    /// The item being checked and the answer being given to it: `.`, and also `${item}` itself,
    /// read that answer (forms often write `${x}` for `.` in x's own constraint, as XLSForm
    /// allows).
    pub(super) current: Option<(ItemIdx, &'a Item, &'a Answer)>,
}

impl Context<ItemIdx> for Ctx<'_> {
    fn value(&self, r: &ItemIdx) -> Value<'_> {
        let st = self.state;
        if let Some((idx, item, answer)) = self.current
            && idx == *r
        {
            return answer_value(item, Some(answer));
        }
        let Some(item) = st.form.item(*r) else {
            return Value::Empty;
        };
        match item.repeat {
            Some((repeat, k)) => {
                let inst = self
                    .instance
                    .and_then(|n| st.instances.get(repeat.0).and_then(|v| v.get(n)));
                match inst {
                    Some(inst) if inst.relevant.get(k) == Some(&true) => {
                        answer_value(item, inst.answers.get(k).and_then(Option::as_ref))
                    }
                    _ => Value::Empty,
                }
            }
            None if st.relevant.get(r.0) != Some(&true) => Value::Empty,
            None if matches!(item.kind, ItemKind::Repeat { .. }) => {
                Value::Count(st.instances.get(r.0).map_or(0, Vec::len))
            }
            None => answer_value(item, st.answers.get(r.0).and_then(Option::as_ref)),
        }
    }

    fn current(&self) -> Value<'_> {
        match self.current {
            Some((_, item, answer)) => answer_value(item, Some(answer)),
            None => Value::Empty,
        }
    }

    fn today(&self) -> Date {
        self.state.today
    }
}

/// How an answer reads in expressions (see the format doc's typing of `${item}`).
fn answer_value<'a>(item: &Item, answer: Option<&'a Answer>) -> Value<'a> {
    let Some(answer) = answer else {
        return Value::Empty;
    };
    match (&item.kind, answer) {
        (ItemKind::YesNo { .. }, Answer::Bool(b)) => Value::Str(if *b { "yes" } else { "no" }),
        (
            ItemKind::Single { .. } | ItemKind::Text | ItemKind::LongText | ItemKind::Time,
            Answer::Text(s),
        ) => Value::Str(s),
        (ItemKind::Number { .. } | ItemKind::Duration, Answer::Number(n)) => Value::Num(*n),
        (ItemKind::Date { .. }, Answer::Date(d)) => d
            .day()
            .map_or(Value::Empty, |d| Value::Date(d.to_julian_day())),
        (ItemKind::Multi { .. }, Answer::List(v)) => Value::Sel(v),
        (ItemKind::Attachment { .. }, Answer::List(v)) if v.is_empty() => Value::Empty,
        (ItemKind::Location | ItemKind::Attachment { .. } | ItemKind::Info, _) => Value::Opaque,
        _ => Value::Empty,
    }
}

impl FormState {
    fn holds(&self, cond: Option<&Expr<ItemIdx>>, instance: Option<usize>) -> bool {
        let Some(expr) = cond else { return true };
        let ctx = Ctx {
            state: self,
            instance,
            current: None,
        };
        eval(expr, &ctx).is_true()
    }

    fn compute_section(&mut self, s: usize) -> bool {
        self.evaluations += 1;
        let cond = self.form.sections.get(s).and_then(|x| x.relevant.as_ref());
        self.holds(cond.map(|c| &c.expr), None)
    }

    fn compute_item(&mut self, idx: ItemIdx, instance: Option<usize>) -> bool {
        self.evaluations += 1;
        let Some(item) = self.form.item(idx) else {
            return false;
        };
        let parent = match item.repeat {
            Some((repeat, _)) => self.relevant.get(repeat.0).copied().unwrap_or(false),
            None => self
                .section_relevant
                .get(item.section)
                .copied()
                .unwrap_or(false),
        };
        parent && self.holds(item.relevant.as_ref().map(|c| &c.expr), instance)
    }

    pub(super) fn recompute_all(&mut self) {
        let form = Arc::clone(&self.form);
        for &node in &form.plan.order {
            match node {
                Node::Section(s) => {
                    let r = self.compute_section(s);
                    if let Some(slot) = self.section_relevant.get_mut(s) {
                        *slot = r;
                    }
                }
                Node::Item(idx) => match form.item(idx).and_then(|i| i.repeat) {
                    Some((repeat, k)) => {
                        let count = self.instances.get(repeat.0).map_or(0, Vec::len);
                        for n in 0..count {
                            let r = self.compute_item(idx, Some(n));
                            self.set_inner_relevant(repeat, n, k, r);
                        }
                    }
                    None => {
                        let r = self.compute_item(idx, None);
                        if let Some(slot) = self.relevant.get_mut(idx.0) {
                            *slot = r;
                        }
                    }
                },
            }
        }
    }

    fn set_inner_relevant(&mut self, repeat: ItemIdx, n: usize, k: usize, value: bool) -> bool {
        let slot = self
            .instances
            .get_mut(repeat.0)
            .and_then(|v| v.get_mut(n))
            .and_then(|i| i.relevant.get_mut(k));
        match slot {
            Some(slot) if *slot != value => {
                *slot = value;
                true
            }
            _ => false,
        }
    }

    /// Re-evaluates, in dependency order, the nodes in `queue` and whatever their changes reach.
    /// Entries are (rank in the plan, instance or [`ALL`]).
    pub(super) fn propagate(&mut self, mut queue: BTreeSet<(usize, usize)>) {
        let form = Arc::clone(&self.form);
        let plan = &form.plan;
        let push_readers = |queue: &mut BTreeSet<(usize, usize)>, idx: ItemIdx, instance: usize| {
            for &reader in plan.readers.get(idx.0).map_or(&[][..], Vec::as_slice) {
                queue.insert((plan.rank(reader), instance));
            }
        };
        while let Some((rank, instance)) = queue.pop_first() {
            let Some(&node) = plan.order.get(rank) else {
                continue;
            };
            match node {
                Node::Section(s) => {
                    let r = self.compute_section(s);
                    if self.section_relevant.get(s) != Some(&r) {
                        if let Some(slot) = self.section_relevant.get_mut(s) {
                            *slot = r;
                        }
                        for &child in form.sections.get(s).map_or(&[][..], |x| x.items.as_slice()) {
                            queue.insert((plan.rank(Node::Item(child)), ALL));
                        }
                    }
                }
                Node::Item(idx) => {
                    let Some(item) = form.item(idx) else { continue };
                    match item.repeat {
                        None => {
                            let r = self.compute_item(idx, None);
                            if self.relevant.get(idx.0) == Some(&r) {
                                continue;
                            }
                            if let Some(slot) = self.relevant.get_mut(idx.0) {
                                *slot = r;
                            }
                            push_readers(&mut queue, idx, ALL);
                            if let ItemKind::Repeat { items, .. } = &item.kind {
                                for &inner in items {
                                    queue.insert((plan.rank(Node::Item(inner)), ALL));
                                }
                            }
                        }
                        Some((repeat, k)) => {
                            let count = self.instances.get(repeat.0).map_or(0, Vec::len);
                            let range = if instance == ALL {
                                0..count
                            } else {
                                instance..(instance + 1).min(count)
                            };
                            for n in range {
                                let r = self.compute_item(idx, Some(n));
                                if self.set_inner_relevant(repeat, n, k, r) {
                                    // Only items of the same repeat can read an inner item.
                                    push_readers(&mut queue, idx, n);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Whether the section applies given the answers so far.
    pub fn section_relevant(&self, section: usize) -> bool {
        self.section_relevant.get(section).copied().unwrap_or(false)
    }

    /// Whether the item at `pos` applies given the answers so far (its section, its repeat and
    /// its own `relevant` included).
    pub fn is_relevant(&self, pos: Position) -> bool {
        let Some(idx) = self.item_idx(pos) else {
            return false;
        };
        match pos.inner {
            None => self.relevant.get(idx.0).copied().unwrap_or(false),
            Some(inner) => self
                .instance_at(pos)
                .and_then(|i| i.relevant.get(inner.item))
                .copied()
                .unwrap_or(false),
        }
    }
}
