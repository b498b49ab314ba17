//! The relevance dependency graph: which conditions read which items, an evaluation order, and
//! the cycles that make a form unloadable. Computed once at load so a step only re-evaluates what
//! an answer can affect. The plan's shape ([`Plan`], [`Node`]) lives with the form it belongs to,
//! in `model.rs`; this file computes it.

use std::collections::VecDeque;

use super::model::{Item, ItemIdx, Section};
pub(crate) use super::model::{Node, Plan};

/// A relevance cycle, each node depending on the next and the last on the first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Cycle(pub Vec<Node>);

struct Graph {
    sections: usize,
    /// For each node, the nodes its relevance depends on.
    deps: Vec<Vec<usize>>,
    /// The reverse of `deps`.
    dependents: Vec<Vec<usize>>,
}

impl Graph {
    fn id(&self, node: Node) -> usize {
        match node {
            Node::Section(s) => s,
            Node::Item(i) => self.sections + i.0,
        }
    }

    fn node(&self, id: usize) -> Node {
        if id < self.sections {
            Node::Section(id)
        } else {
            Node::Item(ItemIdx(id - self.sections))
        }
    }
}

fn refs_of(cond: Option<&super::model::Condition>) -> Vec<ItemIdx> {
    let mut out = Vec::new();
    if let Some(c) = cond {
        c.expr.for_each_ref(&mut |r| {
            if !out.contains(r) {
                out.push(*r);
            }
        });
    }
    out
}

fn build_graph(sections: &[Section], items: &[Item]) -> (Graph, Vec<Vec<Node>>) {
    let n = sections.len() + items.len();
    let mut g = Graph {
        sections: sections.len(),
        deps: vec![Vec::new(); n],
        dependents: vec![Vec::new(); n],
    };
    let mut readers = vec![Vec::new(); items.len()];
    let add = |g: &mut Graph, from: Node, to: Node| {
        let (f, t) = (g.id(from), g.id(to));
        if let (Some(d), Some(r)) = (g.deps.get_mut(t), g.dependents.get_mut(f)) {
            d.push(f);
            r.push(t);
        }
    };
    for (s, section) in sections.iter().enumerate() {
        for r in refs_of(section.relevant.as_ref()) {
            add(&mut g, Node::Item(r), Node::Section(s));
            if let Some(list) = readers.get_mut(r.0) {
                list.push(Node::Section(s));
            }
        }
    }
    for (i, item) in items.iter().enumerate() {
        let me = Node::Item(ItemIdx(i));
        // An inner item hangs off its repeat, whose relevance already includes the section's.
        let parent = match item.repeat {
            Some((repeat, _)) => Node::Item(repeat),
            None => Node::Section(item.section),
        };
        add(&mut g, parent, me);
        for r in refs_of(item.relevant.as_ref()) {
            add(&mut g, Node::Item(r), me);
            if let Some(list) = readers.get_mut(r.0) {
                list.push(me);
            }
        }
    }
    (g, readers)
}

/// Orders the nodes so each comes after its dependencies, or returns the cycles that prevent it.
pub(crate) fn plan(sections: &[Section], items: &[Item]) -> Result<Plan, Vec<Cycle>> {
    let (g, readers) = build_graph(sections, items);
    let n = g.deps.len();
    let mut missing: Vec<usize> = g.deps.iter().map(Vec::len).collect();
    let mut queue: VecDeque<usize> = (0..n).filter(|&v| missing.get(v) == Some(&0)).collect();
    let mut order = Vec::with_capacity(n);
    while let Some(v) = queue.pop_front() {
        order.push(v);
        for &w in g.dependents.get(v).map_or(&[][..], Vec::as_slice) {
            if let Some(m) = missing.get_mut(w) {
                *m = m.saturating_sub(1);
                if *m == 0 {
                    queue.push_back(w);
                }
            }
        }
    }
    if order.len() < n {
        let mut left = vec![true; n];
        for &v in &order {
            if let Some(l) = left.get_mut(v) {
                *l = false;
            }
        }
        return Err(find_cycles(&g, left));
    }
    let mut section_rank = vec![0; sections.len()];
    let mut item_rank = vec![0; items.len()];
    for (rank, &v) in order.iter().enumerate() {
        match g.node(v) {
            Node::Section(s) => section_rank.get_mut(s).map(|r| *r = rank),
            Node::Item(i) => item_rank.get_mut(i.0).map(|r| *r = rank),
        };
    }
    Ok(Plan {
        order: order.into_iter().map(|v| g.node(v)).collect(),
        section_rank,
        item_rank,
        readers,
    })
}

/// Drops from `left` every node that is not on a path from a cycle back to a cycle: after this,
/// each node left has a dependency and a dependent that are left too.
fn trim(g: &Graph, left: &mut [bool]) {
    loop {
        let mut changed = false;
        for v in 0..left.len() {
            if !left.get(v).copied().unwrap_or(false) {
                continue;
            }
            let live = |list: Option<&Vec<usize>>| {
                list.is_some_and(|l| l.iter().any(|&w| left.get(w).copied().unwrap_or(false)))
            };
            if !live(g.deps.get(v)) || !live(g.dependents.get(v)) {
                if let Some(l) = left.get_mut(v) {
                    *l = false;
                }
                changed = true;
            }
        }
        if !changed {
            return;
        }
    }
}

/// Reports one cycle at a time, each starting at its earliest node, until none is left.
fn find_cycles(g: &Graph, mut left: Vec<bool>) -> Vec<Cycle> {
    let mut cycles = Vec::new();
    loop {
        trim(g, &mut left);
        let Some(start) = left.iter().position(|&l| l) else {
            return cycles;
        };
        // Every node left has a dependency left, so this walk only ends by meeting itself.
        let mut path = vec![start];
        let mut seen_at = vec![usize::MAX; left.len()];
        if let Some(s) = seen_at.get_mut(start) {
            *s = 0;
        }
        let mut v = start;
        let cycle = loop {
            let next = g.deps.get(v).and_then(|d| {
                d.iter()
                    .copied()
                    .find(|&w| left.get(w).copied().unwrap_or(false))
            });
            let Some(w) = next else {
                break Vec::new();
            };
            if let Some(&at) = seen_at.get(w).filter(|&&at| at != usize::MAX) {
                break path.get(at..).map(<[usize]>::to_vec).unwrap_or_default();
            }
            if let Some(s) = seen_at.get_mut(w) {
                *s = path.len();
            }
            path.push(w);
            v = w;
        };
        if cycle.is_empty() {
            if let Some(l) = left.get_mut(start) {
                *l = false;
            }
            continue;
        }
        for &v in &cycle {
            if let Some(l) = left.get_mut(v) {
                *l = false;
            }
        }
        let first = cycle
            .iter()
            .enumerate()
            .min_by_key(|&(_, &v)| v)
            .map_or(0, |(i, _)| i);
        let mut rotated: Vec<Node> = Vec::with_capacity(cycle.len());
        for k in 0..cycle.len() {
            if let Some(&v) = cycle.get((first + k) % cycle.len()) {
                rotated.push(g.node(v));
            }
        }
        cycles.push(Cycle(rotated));
    }
}
