//! Navigation: positions in document order, the item at each, and moving to the next or
//! previous relevant one (never into a section or repeat instance that does not apply).

use super::{FormState, InstanceState, Position};
use crate::form::model::{Item, ItemIdx, ItemKind};

impl FormState {
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

    pub(super) fn instance_count_of(&self, repeat: ItemIdx) -> usize {
        self.instances.get(repeat.0).map_or(0, Vec::len)
    }

    /// The number of instances of the repeat at `pos` (its header position).
    pub fn instance_count(&self, pos: Position) -> usize {
        match self.item_idx(Position { inner: None, ..pos }) {
            Some(idx) => self.instance_count_of(idx),
            None => 0,
        }
    }

    pub(super) fn instance_at(&self, pos: Position) -> Option<&InstanceState> {
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
}
