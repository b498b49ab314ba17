//! Repeats: adding and removing instances of a repeat group and checking their number.

use std::collections::BTreeSet;

use super::relevance::ALL;
use super::{FormState, InstanceState, Position};
use crate::form::answer::{Invalid, check_count};
use crate::form::deps::Node;
use crate::form::model::{ItemIdx, ItemKind};

impl FormState {
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
}
