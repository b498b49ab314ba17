//! The navigation engine a guided session wraps: which items are relevant, the order of
//! positions, next/previous, progress, validating and storing answers, `stop_if`, repeat
//! instances and pruning. Pure and I/O-free: the session does storage, clocks and screens.
//!
//! Relevance is cached and kept up to date incrementally: an answer re-evaluates only the
//! conditions that read it (and, if their outcome changes, those that read those), in the
//! dependency order computed when the form loaded. A step therefore costs what it affects, not
//! the size of the form.

use std::collections::BTreeSet;
use std::sync::Arc;

use time::Date;

use super::answer::{Answer, Answers, Instance, Invalid, check_answer, check_count, is_given};
use super::deps::Node;
use super::expr::{Context, Expr, Value, eval};
use super::model::{Form, Item, ItemIdx, ItemKind};

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

/// Marks "every instance" (or "not in a repeat") in the work queue.
const ALL: usize = usize::MAX;

struct Ctx<'a> {
    state: &'a FormState,
    instance: Option<usize>,
    /// The item being checked and the answer being given to it: `.`, and also `${item}` itself,
    /// read that answer (forms often write `${x}` for `.` in x's own constraint, as XLSForm
    /// allows).
    current: Option<(ItemIdx, &'a Item, &'a Answer)>,
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

    // ---- relevance ----

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

    fn recompute_all(&mut self) {
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
    fn propagate(&mut self, mut queue: BTreeSet<(usize, usize)>) {
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

    // ---- positions ----

    /// The item at `pos`, by index.
    pub fn item_idx(&self, pos: Position) -> Option<ItemIdx> {
        let top = *self.form.sections.get(pos.section)?.items.get(pos.item)?;
        match pos.inner {
            None => Some(top),
            Some(inner) => match &self.form.item(top)?.kind {
                ItemKind::Repeat { items, .. } => {
                    if inner.instance >= self.instance_count_of(top) {
                        return None;
                    }
                    items.get(inner.item).copied()
                }
                _ => None,
            },
        }
    }

    /// The item at `pos`.
    pub fn item(&self, pos: Position) -> Option<&Item> {
        self.form.item(self.item_idx(pos)?)
    }

    /// Where an item is: `instance` is needed (and only allowed) for an item inside a repeat.
    pub fn position_of(&self, id: &str, instance: Option<usize>) -> Option<Position> {
        let item = self.form.item(self.form.item_idx(id)?)?;
        let pos = match (item.repeat, instance) {
            (None, None) => Position::new(item.section, item.index_in_section),
            (Some((_, k)), Some(n)) => Position::inner(item.section, item.index_in_section, n, k),
            _ => return None,
        };
        self.item_idx(pos).map(|_| pos)
    }

    fn instance_count_of(&self, repeat: ItemIdx) -> usize {
        self.instances.get(repeat.0).map_or(0, Vec::len)
    }

    /// The number of instances of the repeat at `pos` (its header position).
    pub fn instance_count(&self, pos: Position) -> usize {
        match self.item_idx(Position { inner: None, ..pos }) {
            Some(idx) => self.instance_count_of(idx),
            None => 0,
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

    fn instance_at(&self, pos: Position) -> Option<&InstanceState> {
        let inner = pos.inner?;
        let top = *self.form.sections.get(pos.section)?.items.get(pos.item)?;
        self.instances.get(top.0)?.get(inner.instance)
    }

    fn section_len(&self, s: usize) -> usize {
        self.form.sections.get(s).map_or(0, |x| x.items.len())
    }

    fn inner_len(&self, top: ItemIdx) -> usize {
        match self.form.item(top).map(|i| &i.kind) {
            Some(ItemKind::Repeat { items, .. }) => items.len(),
            _ => 0,
        }
    }

    /// The position right after `pos` in document order, relevant or not; it does not go into
    /// a section or repeat instances that are not relevant, since nothing there can be.
    fn successor(&self, pos: Position) -> Option<Position> {
        let top = *self.form.sections.get(pos.section)?.items.get(pos.item)?;
        let inner_len = self.inner_len(top);
        let count = self.instance_count_of(top);
        match pos.inner {
            Some(i) if i.item + 1 < inner_len => {
                return Some(Position::inner(
                    pos.section,
                    pos.item,
                    i.instance,
                    i.item + 1,
                ));
            }
            Some(i) if i.instance + 1 < count => {
                return Some(Position::inner(pos.section, pos.item, i.instance + 1, 0));
            }
            Some(_) => {}
            None => {
                let repeat_relevant = self.relevant.get(top.0) == Some(&true);
                if inner_len > 0 && count > 0 && repeat_relevant {
                    return Some(Position::inner(pos.section, pos.item, 0, 0));
                }
            }
        }
        if pos.item + 1 < self.section_len(pos.section) {
            return Some(Position::new(pos.section, pos.item + 1));
        }
        self.section_start(pos.section + 1)
    }

    /// The first position of the first relevant, non-empty section from `s` on.
    fn section_start(&self, from: usize) -> Option<Position> {
        (from..self.form.sections.len())
            .find(|&s| self.section_relevant(s) && self.section_len(s) > 0)
            .map(|s| Position::new(s, 0))
    }

    /// The last position of a top-level item, inside its last instance if it has any.
    fn last_of(&self, section: usize, item: usize) -> Option<Position> {
        let top = *self.form.sections.get(section)?.items.get(item)?;
        let inner_len = self.inner_len(top);
        let count = self.instance_count_of(top);
        if inner_len > 0 && count > 0 && self.relevant.get(top.0) == Some(&true) {
            Some(Position::inner(section, item, count - 1, inner_len - 1))
        } else {
            Some(Position::new(section, item))
        }
    }

    fn predecessor(&self, pos: Position) -> Option<Position> {
        match pos.inner {
            Some(i) if i.item > 0 => {
                return Some(Position::inner(
                    pos.section,
                    pos.item,
                    i.instance,
                    i.item - 1,
                ));
            }
            Some(i) if i.instance > 0 => {
                let top = *self.form.sections.get(pos.section)?.items.get(pos.item)?;
                let last = self.inner_len(top).checked_sub(1)?;
                return Some(Position::inner(pos.section, pos.item, i.instance - 1, last));
            }
            Some(_) => return Some(Position::new(pos.section, pos.item)),
            None => {}
        }
        if pos.item > 0 {
            return self.last_of(pos.section, pos.item - 1);
        }
        let s = (0..pos.section)
            .rev()
            .find(|&s| self.section_relevant(s) && self.section_len(s) > 0)?;
        self.last_of(s, self.section_len(s) - 1)
    }

    /// The first relevant position of the form.
    pub fn first(&self) -> Option<Position> {
        let start = self.section_start(0)?;
        if self.is_relevant(start) {
            Some(start)
        } else {
            self.next(start)
        }
    }

    /// The first relevant position of `section` (to jump to it), if it has any.
    pub fn first_in_section(&self, section: usize) -> Option<Position> {
        if !self.section_relevant(section) || self.section_len(section) == 0 {
            return None;
        }
        let start = Position::new(section, 0);
        let found = if self.is_relevant(start) {
            Some(start)
        } else {
            self.next(start)
        };
        found.filter(|p| p.section == section)
    }

    /// The next relevant position after `pos`, or `None` at the end. When the returned position
    /// is outside the repeat `pos` was in, a session typically offers
    /// [`add_instance`](Self::add_instance) first.
    pub fn next(&self, pos: Position) -> Option<Position> {
        let mut at = self.successor(pos)?;
        loop {
            if self.is_relevant(at) {
                return Some(at);
            }
            at = self.successor(at)?;
        }
    }

    /// The previous relevant position before `pos`, or `None` at the start.
    pub fn prev(&self, pos: Position) -> Option<Position> {
        let mut at = self.predecessor(pos)?;
        loop {
            if self.is_relevant(at) {
                return Some(at);
            }
            at = self.predecessor(at)?;
        }
    }

    /// Every relevant position, in order (for review screens).
    pub fn positions(&self) -> Vec<Position> {
        let mut out = Vec::new();
        let mut at = self.first();
        while let Some(pos) = at {
            out.push(pos);
            at = self.next(pos);
        }
        out
    }

    // ---- answers ----

    /// The stored answer at `pos` (relevant or not).
    pub fn answer(&self, pos: Position) -> Option<&Answer> {
        let idx = self.item_idx(pos)?;
        match pos.inner {
            None => self.answers.get(idx.0)?.as_ref(),
            Some(inner) => self.instance_at(pos)?.answers.get(inner.item)?.as_ref(),
        }
    }

    fn is_question(item: &Item) -> bool {
        match item.kind {
            ItemKind::Repeat { .. } => false,
            ItemKind::Info => item.required,
            _ => true,
        }
    }

    fn answered(&self, pos: Position, item: &Item) -> bool {
        self.answer(pos).is_some_and(|a| is_given(item, a))
    }

    /// Relevant questions answered, out of relevant questions.
    pub fn progress(&self) -> Progress {
        let mut p = Progress {
            answered: 0,
            relevant: 0,
        };
        self.for_each_relevant(|pos, item| {
            if Self::is_question(item) {
                p.relevant += 1;
                if self.answered(pos, item) {
                    p.answered += 1;
                }
            }
        });
        p
    }

    /// Calls `f` on every relevant position; cheaper than [`positions`](Self::positions) since
    /// it walks the sections directly.
    fn for_each_relevant(&self, mut f: impl FnMut(Position, &Item)) {
        let form = &self.form;
        for (s, section) in form.sections.iter().enumerate() {
            if !self.section_relevant(s) {
                continue;
            }
            for (j, &top) in section.items.iter().enumerate() {
                if self.relevant.get(top.0) != Some(&true) {
                    continue;
                }
                let Some(item) = form.item(top) else { continue };
                f(Position::new(s, j), item);
                let ItemKind::Repeat { items, .. } = &item.kind else {
                    continue;
                };
                for (n, inst) in self.instances.get(top.0).into_iter().flatten().enumerate() {
                    for (k, &inner) in items.iter().enumerate() {
                        if inst.relevant.get(k) == Some(&true)
                            && let Some(inner_item) = form.item(inner)
                        {
                            f(Position::inner(s, j, n, k), inner_item);
                        }
                    }
                }
            }
        }
    }

    /// Relevant positions that still need an answer before the case can be finished: required
    /// questions without one, and repeats with fewer instances than their `min` (or none when
    /// `required`).
    pub fn missing_required(&self) -> Vec<Position> {
        let mut out = Vec::new();
        self.for_each_relevant(|pos, item| match &item.kind {
            ItemKind::Repeat { min, .. } => {
                let n = self.instance_count(pos);
                let min = min.unwrap_or(0).max(usize::from(item.required));
                if n < min {
                    out.push(pos);
                }
            }
            _ if item.required && !self.answered(pos, item) => out.push(pos),
            _ => {}
        });
        out
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

    /// Adds an empty instance to the repeat at `pos` (its header) and returns its index.
    pub fn add_instance(&mut self, pos: Position) -> Result<usize, Invalid> {
        let (idx, max, inner) = self.repeat_at(pos)?;
        let n = self.instance_count_of(idx);
        if max.is_some_and(|m| n >= m) {
            return Err(Invalid::TooMany(max.unwrap_or(n)));
        }
        if let Some(list) = self.instances.get_mut(idx.0) {
            list.push(InstanceState {
                answers: vec![None; inner.len()],
                relevant: vec![false; inner.len()],
            });
        }
        let plan = &self.form.plan;
        let mut queue: BTreeSet<(usize, usize)> = inner
            .iter()
            .map(|&i| (plan.rank(Node::Item(i)), n))
            .collect();
        for &reader in plan.readers.get(idx.0).map_or(&[][..], Vec::as_slice) {
            queue.insert((plan.rank(reader), ALL));
        }
        self.propagate(queue);
        Ok(n)
    }

    /// Removes instance `instance` of the repeat at `pos` (its header); later instances move
    /// down by one.
    pub fn remove_instance(&mut self, pos: Position, instance: usize) -> Result<(), Invalid> {
        let (idx, _, _) = self.repeat_at(pos)?;
        match self.instances.get_mut(idx.0) {
            Some(list) if instance < list.len() => {
                list.remove(instance);
            }
            _ => return Err(Invalid::NoSuchPosition),
        }
        let plan = &self.form.plan;
        let queue = plan
            .readers
            .get(idx.0)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .map(|&reader| (plan.rank(reader), ALL))
            .collect();
        self.propagate(queue);
        Ok(())
    }

    fn repeat_at(&self, pos: Position) -> Result<(ItemIdx, Option<usize>, Vec<ItemIdx>), Invalid> {
        let header = Position { inner: None, ..pos };
        let idx = self.item_idx(header).ok_or(Invalid::NoSuchPosition)?;
        let item = self.form.item(idx).ok_or(Invalid::NoSuchPosition)?;
        let ItemKind::Repeat { items, max, .. } = &item.kind else {
            return Err(Invalid::NoSuchPosition);
        };
        if !self.is_relevant(header) {
            return Err(Invalid::NotRelevant);
        }
        Ok((idx, *max, items.clone()))
    }

    /// Checks the number of instances of the repeat at `pos` against its `min` and `max`.
    pub fn check_instances(&self, pos: Position) -> Result<(), Invalid> {
        let header = Position { inner: None, ..pos };
        let idx = self.item_idx(header).ok_or(Invalid::NoSuchPosition)?;
        match self.form.item(idx).map(|i| &i.kind) {
            Some(ItemKind::Repeat { min, max, .. }) => {
                check_count(self.instance_count_of(idx), *min, *max)
            }
            _ => Err(Invalid::NoSuchPosition),
        }
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

    // ---- text ----

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
