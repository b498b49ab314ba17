//! Progress: relevant questions answered out of relevant questions, and what still keeps a
//! case from being finished.

use super::{FormState, Position, Progress};
use crate::form::answer::is_given;
use crate::form::model::{Item, ItemKind};

impl FormState {
    fn is_question(item: &Item) -> bool {
        match item.kind {
            ItemKind::Repeat { .. } => false,
            ItemKind::Info => item.required,
            _ => true,
        }
    }

    pub(super) fn answered(&self, pos: Position, item: &Item) -> bool {
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
    pub(super) fn for_each_relevant(&self, mut f: impl FnMut(Position, &Item)) {
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
}
