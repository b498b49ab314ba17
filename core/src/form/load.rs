//! Loading a form: JSON → schema validation → every check of the format doc → a compiled
//! [`Form`]. All problems are collected and returned together.

use std::collections::HashMap;

use serde::Deserialize;
use serde_json::Value;

use super::deps::{self, Node};
use super::doc::{ChoiceDoc, FormDoc, ItemDoc};
use super::error::{FormError, FormErrorKind as Kind, FormErrors};
use super::expr::{self, CheckError, Expr, Func, ResolveError, Scope, Type};
use super::model::{
    Choice, ChoiceListIdx, Condition, Form, Item, ItemIdx, ItemKind, ItemType, LocalizedText,
    Media, Precision, Review, Rule, Section,
};
use super::schema;
use crate::error::Detail;

impl Form {
    /// Loads and checks a form definition (see `docs/form-format.md`, "What loading checks").
    /// Every expression is parsed and type-checked here, once.
    pub fn load(json: &str) -> Result<Form, FormErrors> {
        let value: Value = serde_json::from_str(json).map_err(|e| {
            FormErrors(vec![FormError::new(
                Kind::Json,
                "form",
                "",
                Detail::new("form-not-json").with("reason", e),
            )])
        })?;
        let mut errors = schema::validate(&value);
        let doc = match FormDoc::deserialize(&value) {
            Ok(doc) => doc,
            Err(e) => {
                // Schema errors already say why the document has the wrong shape.
                if errors.is_empty() {
                    errors.push(FormError::new(
                        Kind::Schema,
                        "form",
                        "",
                        Detail::new("form-schema").with("reason", e),
                    ));
                }
                return Err(FormErrors(errors));
            }
        };
        // The semantic checks still run on a document that breaks the schema but has the right
        // shape, so one load reports as much as possible.
        Builder::new(&doc, errors).build()
    }
}

/// Where an item sits in the document, for error messages.
struct ItemPlace {
    /// `sections[0].items[3]` or `sections[0].items[3].items[1]`.
    base: String,
}

struct Builder<'d> {
    doc: &'d FormDoc,
    errors: Vec<FormError>,
    items: Vec<Item>,
    item_docs: Vec<&'d ItemDoc>,
    places: Vec<ItemPlace>,
    ids: HashMap<String, ItemIdx>,
    lists: Vec<Vec<Choice>>,
    named_lists: HashMap<&'d str, usize>,
    sections: Vec<Section>,
}

fn with_name(base: &str, name: &str) -> String {
    format!("{base} ({name})")
}

/// A name or value of the form as messages quote it: in double quotes, escaped as in JSON.
fn quoted(text: &str) -> String {
    format!("{text:?}")
}

/// An item as expressions refer to it: `${id}`.
pub(crate) fn reference(id: &str) -> String {
    format!("${{{id}}}")
}

struct LoadScope<'a> {
    ids: &'a HashMap<String, ItemIdx>,
    items: &'a [Item],
    repeat: Option<ItemIdx>,
    current: Option<Type>,
}

impl Scope for LoadScope<'_> {
    type Ref = ItemIdx;

    fn resolve(&self, name: &str) -> Result<(ItemIdx, Type), ResolveError> {
        let idx = *self.ids.get(name).ok_or(ResolveError::Unknown)?;
        let item = self.items.get(idx.0).ok_or(ResolveError::Unknown)?;
        if let Some((repeat, _)) = item.repeat
            && Some(repeat) != self.repeat
        {
            let repeat = self.items.get(repeat.0).map_or("?", |r| r.id.as_str());
            return Err(ResolveError::OutOfScope {
                repeat: repeat.to_string(),
            });
        }
        Ok((idx, item.kind.expr_type()))
    }

    fn current(&self) -> Option<Type> {
        self.current
    }
}

impl<'d> Builder<'d> {
    fn new(doc: &'d FormDoc, errors: Vec<FormError>) -> Self {
        Builder {
            doc,
            errors,
            items: Vec::new(),
            item_docs: Vec::new(),
            places: Vec::new(),
            ids: HashMap::new(),
            lists: Vec::new(),
            named_lists: HashMap::new(),
            sections: Vec::new(),
        }
    }

    fn error(&mut self, kind: Kind, path: &str, field: &str, detail: Detail) {
        self.errors.push(FormError::new(kind, path, field, detail));
    }

    fn build(mut self) -> Result<Form, FormErrors> {
        let doc = self.doc;
        if !doc.languages.contains(&doc.default_language) {
            self.error(
                Kind::Invalid,
                "form",
                "default_language",
                Detail::new("form-not-a-language").with("lang", quoted(&doc.default_language)),
            );
        }
        let review = self.review();
        self.text(&doc.title, "form", "title");
        for (name, choices) in &doc.choice_lists {
            let list = self.choices(choices, &format!("choice_lists.{name}"));
            self.named_lists.insert(name.as_str(), list.0);
        }
        self.walk_sections();
        self.compile_expressions();
        let persist_after = self.persist_after();
        if !self.errors.is_empty() {
            return Err(FormErrors(self.errors));
        }
        let plan = match deps::plan(&self.sections, &self.items) {
            Ok(plan) => plan,
            Err(cycles) => {
                for cycle in cycles {
                    self.report_cycle(&cycle.0);
                }
                return Err(FormErrors(self.errors));
            }
        };
        Ok(Form {
            id: doc.id.clone(),
            version: doc.version,
            languages: doc.languages.clone(),
            default_language: doc.default_language.clone(),
            review,
            title: doc.title.clone(),
            persist_after,
            sections: self.sections,
            items: self.items,
            ids: self.ids,
            choice_lists: self.lists,
            plan,
        })
    }

    /// Each language's review status, in the order of `languages`. Without a `review` the
    /// default language is the source and every other a draft; with one, every language has
    /// exactly one entry, only the default language is the source, and a sign-off names a
    /// reviewer and a real date.
    fn review(&mut self) -> Vec<Review> {
        let doc = self.doc;
        let Some(review) = &doc.review else {
            return doc
                .languages
                .iter()
                .map(|lang| {
                    if *lang == doc.default_language {
                        Review::Source
                    } else {
                        Review::Draft
                    }
                })
                .collect();
        };
        let mut out = Vec::with_capacity(doc.languages.len());
        for lang in &doc.languages {
            match review.get(lang) {
                None => {
                    self.error(
                        Kind::MissingTranslation,
                        "form",
                        "review",
                        Detail::new("form-review-missing").with("lang", quoted(lang)),
                    );
                    out.push(Review::Draft);
                }
                Some(entry) => {
                    match entry {
                        Review::Source if *lang != doc.default_language => self.error(
                            Kind::Invalid,
                            "form",
                            "review",
                            Detail::new("form-review-not-source").with("lang", quoted(lang)),
                        ),
                        Review::Reviewed { reviewer, date } => {
                            if reviewer.trim().is_empty() {
                                self.error(
                                    Kind::Invalid,
                                    "form",
                                    "review",
                                    Detail::new("form-review-nobody").with("lang", quoted(lang)),
                                );
                            }
                            let format = time::macros::format_description!("[year]-[month]-[day]");
                            if time::Date::parse(date, format).is_err() {
                                self.error(
                                    Kind::Invalid,
                                    "form",
                                    "review",
                                    Detail::new("form-review-date")
                                        .with("lang", quoted(lang))
                                        .with("date", quoted(date)),
                                );
                            }
                        }
                        _ => {}
                    }
                    out.push(entry.clone());
                }
            }
        }
        for lang in review.keys() {
            if !doc.languages.contains(lang) {
                self.error(
                    Kind::Invalid,
                    "form",
                    "review",
                    Detail::new("form-not-a-language").with("lang", quoted(lang)),
                );
            }
        }
        out
    }

    /// Every language must have a non-blank text.
    fn text(&mut self, text: &LocalizedText, path: &str, field: &str) {
        for lang in &self.doc.languages {
            // An empty string is the schema's to report; a blank one is not caught there.
            let missing = match text.0.get(lang) {
                None => true,
                Some(s) => !s.is_empty() && s.trim().is_empty(),
            };
            if missing {
                self.error(
                    Kind::MissingTranslation,
                    path,
                    field,
                    Detail::new("form-no-text").with("lang", quoted(lang)),
                );
            }
        }
    }

    fn opt_text(&mut self, text: Option<&LocalizedText>, path: &str, field: &str) {
        if let Some(t) = text {
            self.text(t, path, field);
        }
    }

    fn choices(&mut self, docs: &[ChoiceDoc], base: &str) -> ChoiceListIdx {
        let mut list: Vec<Choice> = Vec::with_capacity(docs.len());
        for (k, c) in docs.iter().enumerate() {
            let path = with_name(&format!("{base}[{k}]"), &c.value);
            if list.iter().any(|prev| prev.value == c.value) {
                self.error(
                    Kind::DuplicateId,
                    &path,
                    "value",
                    Detail::new("form-duplicate-choice").with("value", quoted(&c.value)),
                );
            }
            self.text(&c.label, &path, "label");
            self.opt_text(c.help.as_ref(), &path, "help");
            list.push(Choice {
                value: c.value.clone(),
                label: c.label.clone(),
                help: c.help.clone(),
            });
        }
        self.lists.push(list);
        ChoiceListIdx(self.lists.len() - 1)
    }

    fn walk_sections(&mut self) {
        let doc = self.doc;
        let mut section_ids: HashMap<&str, usize> = HashMap::new();
        for (s, sec) in doc.sections.iter().enumerate() {
            let path = with_name(&format!("sections[{s}]"), &sec.id);
            if let Some(first) = section_ids.insert(sec.id.as_str(), s) {
                section_ids.insert(sec.id.as_str(), first);
                self.error(
                    Kind::DuplicateId,
                    &path,
                    "id",
                    Detail::new("form-duplicate-section")
                        .with("id", quoted(&sec.id))
                        .with("first", format_args!("sections[{first}]")),
                );
            }
            self.text(&sec.label, &path, "label");
            self.opt_text(sec.help.as_ref(), &path, "help");
            let mut top = Vec::with_capacity(sec.items.len());
            for (j, item) in sec.items.iter().enumerate() {
                let base = format!("sections[{s}].items[{j}]");
                top.push(self.add_item(item, base, s, j, None));
            }
            self.sections.push(Section {
                id: sec.id.clone(),
                label: sec.label.clone(),
                help: sec.help.clone(),
                relevant: None,
                items: top,
            });
        }
    }

    fn add_item(
        &mut self,
        d: &'d ItemDoc,
        base: String,
        section: usize,
        index_in_section: usize,
        repeat: Option<(ItemIdx, usize)>,
    ) -> ItemIdx {
        let idx = ItemIdx(self.items.len());
        let path = with_name(&base, &d.id);
        if let Some(&first) = self.ids.get(&d.id) {
            let where_ = self
                .places
                .get(first.0)
                .map_or("", |p| p.base.as_str())
                .to_string();
            self.error(
                Kind::DuplicateId,
                &path,
                "id",
                Detail::new("form-duplicate-item")
                    .with("id", quoted(&d.id))
                    .with("first", where_),
            );
        } else {
            self.ids.insert(d.id.clone(), idx);
        }
        self.text(&d.label, &path, "label");
        self.opt_text(d.help.as_ref(), &path, "help");
        self.opt_text(d.constraint_message.as_ref(), &path, "constraint_message");
        self.opt_text(d.stop_message.as_ref(), &path, "stop_message");
        if d.sensitive && d.public {
            self.error(
                Kind::Invalid,
                &path,
                "public",
                Detail::new("form-sensitive-public"),
            );
        }
        // The item goes in before its kind is known so a repeat's inner items come right after
        // it in document order.
        self.items.push(Item {
            id: d.id.clone(),
            kind: ItemKind::Info,
            label: d.label.clone(),
            help: d.help.clone(),
            required: d.required,
            relevant: None,
            constraint: None,
            stop_if: None,
            sensitive: d.sensitive,
            public: d.public,
            section,
            index_in_section,
            repeat,
        });
        self.item_docs.push(d);
        self.places.push(ItemPlace { base: base.clone() });
        let kind = self.kind(
            d,
            idx,
            &base,
            &path,
            section,
            index_in_section,
            repeat.is_some(),
        );
        if let Some(item) = self.items.get_mut(idx.0) {
            item.kind = kind;
        }
        idx
    }

    #[allow(clippy::too_many_arguments)]
    fn kind(
        &mut self,
        d: &'d ItemDoc,
        idx: ItemIdx,
        base: &str,
        path: &str,
        section: usize,
        index_in_section: usize,
        in_repeat: bool,
    ) -> ItemKind {
        let bound = |this: &mut Self, v: Option<f64>, field: &str| -> Option<usize> {
            let v = v?;
            if v >= 0.0 && v.fract() == 0.0 && v <= 1e9 {
                // Checked whole and in range just above, so nothing is lost.
                Some(v as usize)
            } else {
                let detail = Detail::new("form-not-a-count").with("value", v);
                this.error(Kind::Invalid, path, field, detail);
                None
            }
        };
        if let (Some(min), Some(max)) = (d.min, d.max)
            && min > max
            && matches!(d.kind, ItemType::Number | ItemType::Repeat)
        {
            self.error(
                Kind::Invalid,
                path,
                "max",
                Detail::new("form-max-below-min")
                    .with("max", max)
                    .with("min", min),
            );
        }
        match d.kind {
            ItemType::Single | ItemType::Multi => {
                let list = self.item_choices(d, base, path);
                if d.kind == ItemType::Single {
                    ItemKind::Single { choices: list }
                } else {
                    ItemKind::Multi { choices: list }
                }
            }
            ItemType::Yesno => ItemKind::YesNo {
                consent: d.consent.clone(),
            },
            ItemType::Text => ItemKind::Text,
            ItemType::Longtext => ItemKind::LongText,
            ItemType::Number => ItemKind::Number {
                integer: d.integer,
                min: d.min,
                max: d.max,
            },
            ItemType::Date => ItemKind::Date {
                precisions: d.precisions.clone().unwrap_or_else(|| {
                    vec![Precision::Exact, Precision::Estimated, Precision::Month]
                }),
            },
            ItemType::Time => ItemKind::Time,
            ItemType::Duration => ItemKind::Duration,
            ItemType::Location => ItemKind::Location,
            ItemType::Attachment => ItemKind::Attachment {
                media: d
                    .media
                    .clone()
                    .unwrap_or_else(|| vec![Media::Photo, Media::Audio, Media::Video, Media::File]),
            },
            ItemType::Info => ItemKind::Info,
            ItemType::Repeat => {
                let min = bound(self, d.min, "min");
                let max = bound(self, d.max, "max");
                self.opt_text(d.repeat_label.as_ref(), path, "repeat_label");
                let mut inner = Vec::new();
                if in_repeat {
                    self.error(
                        Kind::Invalid,
                        path,
                        "type",
                        Detail::new("form-nested-repeat"),
                    );
                } else {
                    for (k, child) in d.items.iter().flatten().enumerate() {
                        let child_base = format!("{base}.items[{k}]");
                        let at = Some((idx, k));
                        inner.push(self.add_item(child, child_base, section, index_in_section, at));
                    }
                }
                ItemKind::Repeat {
                    items: inner,
                    min,
                    max,
                    repeat_label: d.repeat_label.clone(),
                }
            }
        }
    }

    fn item_choices(&mut self, d: &'d ItemDoc, base: &str, path: &str) -> ChoiceListIdx {
        match (&d.choices, &d.choice_list) {
            (Some(choices), _) => self.choices(choices, &format!("{base}.choices")),
            (None, Some(name)) => match self.named_lists.get(name.as_str()) {
                Some(&list) => ChoiceListIdx(list),
                None => {
                    self.error(
                        Kind::UnknownChoiceList,
                        path,
                        "choice_list",
                        Detail::new("form-unknown-choice-list").with("name", quoted(name)),
                    );
                    self.empty_list()
                }
            },
            // The schema reports a choice item without choices.
            (None, None) => self.empty_list(),
        }
    }

    fn empty_list(&mut self) -> ChoiceListIdx {
        self.lists.push(Vec::new());
        ChoiceListIdx(self.lists.len() - 1)
    }

    /// Parses and checks one expression; `None` (with errors recorded) if it is unusable.
    fn compile(
        &mut self,
        src: &str,
        repeat: Option<ItemIdx>,
        current: Option<(ItemIdx, Type)>,
        path: &str,
        field: &str,
    ) -> Option<Expr<ItemIdx>> {
        let parsed = match expr::parse(src) {
            Ok(e) => e,
            Err(e) => {
                let detail = Detail::new("form-syntax")
                    .with("column", e.col)
                    .with_detail("reason", e.detail);
                self.error(Kind::Syntax, path, field, detail);
                return None;
            }
        };
        let scope = LoadScope {
            ids: &self.ids,
            items: &self.items,
            repeat,
            current: current.map(|(_, t)| t),
        };
        let (compiled, t) = match expr::check(&parsed, &scope) {
            Ok(ok) => ok,
            Err(errs) => {
                for e in errs {
                    let kind = match e {
                        CheckError::UnknownRef(_) => Kind::UnknownReference,
                        CheckError::OutOfScope { .. } => Kind::OutOfScope,
                        CheckError::CurrentNotAllowed | CheckError::Type(_) => Kind::Type,
                    };
                    self.error(kind, path, field, e.detail());
                }
                return None;
            }
        };
        if t != Type::Bool {
            self.error(
                Kind::Type,
                path,
                field,
                Detail::new("form-not-a-condition").with_detail("type", t.detail()),
            );
            return None;
        }
        self.check_selected(&compiled, current.map(|(i, _)| i), path, field);
        Some(compiled)
    }

    /// Every literal value given to `selected()` must be one of the item's choices.
    fn check_selected(
        &mut self,
        e: &Expr<ItemIdx>,
        current: Option<ItemIdx>,
        path: &str,
        field: &str,
    ) {
        let mut bad = Vec::new();
        e.for_each_call(&mut |func, args| {
            if func != Func::Selected {
                return;
            }
            let target = match args.first() {
                Some(Expr::Ref(idx)) => Some(*idx),
                Some(Expr::Current) => current,
                _ => None,
            };
            let (Some(target), Some(Expr::Str(value))) = (target, args.get(1)) else {
                return;
            };
            let Some(item) = self.items.get(target.0) else {
                return;
            };
            let list = match &item.kind {
                ItemKind::Single { choices } | ItemKind::Multi { choices } => choices.0,
                _ => return,
            };
            let known = self
                .lists
                .get(list)
                .is_some_and(|l| l.iter().any(|c| &c.value == value));
            if !known {
                bad.push(
                    Detail::new("form-selected-unknown-value")
                        .with("value", quoted(value))
                        .with("item", reference(&item.id)),
                );
            }
        });
        for detail in bad {
            self.error(Kind::UnknownChoiceValue, path, field, detail);
        }
    }

    fn compile_expressions(&mut self) {
        let doc = self.doc;
        for (s, sec) in doc.sections.iter().enumerate() {
            if let Some(src) = &sec.relevant {
                let path = with_name(&format!("sections[{s}]"), &sec.id);
                let expr = self.compile(src, None, None, &path, "relevant");
                if let (Some(expr), Some(section)) = (expr, self.sections.get_mut(s)) {
                    section.relevant = Some(Condition {
                        expr,
                        source: src.clone(),
                    });
                }
            }
        }
        for i in 0..self.items.len() {
            let idx = ItemIdx(i);
            let (Some(d), Some(item), Some(place)) = (
                self.item_docs.get(i).copied(),
                self.items.get(i),
                self.places.get(i),
            ) else {
                continue;
            };
            let path = with_name(&place.base, &d.id);
            let repeat = item.repeat.map(|(r, _)| r);
            let own = Some((idx, item.kind.expr_type()));
            let relevant = d.relevant.as_ref().and_then(|src| {
                let expr = self.compile(src, repeat, None, &path, "relevant")?;
                Some(Condition {
                    expr,
                    source: src.clone(),
                })
            });
            let constraint = d.constraint.as_ref().and_then(|src| {
                let expr = self.compile(src, repeat, own, &path, "constraint")?;
                Some(Rule {
                    expr,
                    source: src.clone(),
                    message: d.constraint_message.clone().unwrap_or_default(),
                })
            });
            let stop_if = d.stop_if.as_ref().and_then(|src| {
                let expr = self.compile(src, repeat, own, &path, "stop_if")?;
                Some(Rule {
                    expr,
                    source: src.clone(),
                    message: d.stop_message.clone().unwrap_or_default(),
                })
            });
            if let Some(item) = self.items.get_mut(i) {
                item.relevant = relevant;
                item.constraint = constraint;
                item.stop_if = stop_if;
            }
        }
    }

    fn persist_after(&mut self) -> Option<ItemIdx> {
        let name = self.doc.persist_after.as_ref()?;
        let Some(&idx) = self.ids.get(name) else {
            self.error(
                Kind::UnknownReference,
                "form",
                "persist_after",
                Detail::new("form-unknown-item").with("item", quoted(name)),
            );
            return None;
        };
        if self.items.get(idx.0).is_some_and(|i| i.repeat.is_some()) {
            self.error(
                Kind::OutOfScope,
                "form",
                "persist_after",
                Detail::new("form-persist-in-repeat").with("item", quoted(name)),
            );
        }
        Some(idx)
    }

    fn node_name(&self, node: Node) -> (String, Detail) {
        match node {
            Node::Section(s) => {
                let id = self.sections.get(s).map_or("?", |x| x.id.as_str());
                (
                    with_name(&format!("sections[{s}]"), id),
                    Detail::new("form-cycle-section").with("id", id),
                )
            }
            Node::Item(i) => {
                let id = self.items.get(i.0).map_or("?", |x| x.id.as_str());
                let base = self.places.get(i.0).map_or("?", |p| p.base.as_str());
                (with_name(base, id), Detail::quoted(reference(id)))
            }
        }
    }

    fn report_cycle(&mut self, cycle: &[Node]) {
        let Some(&first) = cycle.first() else { return };
        let (path, first_name) = self.node_name(first);
        // The chain back to the first node, built from its end: each step names a node and
        // what follows it.
        let mut chain = first_name.clone();
        for &node in cycle.iter().rev() {
            chain = Detail::new("form-cycle-step")
                .with_detail("node", self.node_name(node).1)
                .with_detail("next", chain);
        }
        self.error(
            Kind::Cycle,
            &path,
            "relevant",
            Detail::new("form-cycle").with_detail("cycle", chain),
        );
    }
}

#[cfg(test)]
mod tests {
    //! Loader tests: no input makes loading (or a state built on what loads) panic.

    use std::sync::Arc;

    use proptest::prelude::*;
    use serde_json::Value;

    use crate::form::{Form, FormState};

    const SAMPLE: &str = include_str!("../../tests/forms/sample.json");

    /// Every JSON pointer in `v`.
    fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
        out.push(at.clone());
        match v {
            Value::Object(m) => {
                for (k, child) in m {
                    pointers(
                        child,
                        format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                        out,
                    );
                }
            }
            Value::Array(a) => {
                for (i, child) in a.iter().enumerate() {
                    pointers(child, format!("{at}/{i}"), out);
                }
            }
            _ => {}
        }
    }

    #[derive(Debug, Clone)]
    enum Mutation {
        Replace(Value),
        Remove,
        Expression(String),
    }

    fn expression() -> impl Strategy<Value = String> {
        let pieces = vec![
            "${violations}",
            "${officers}",
            "${officer_name}",
            "${safe_now}",
            "${incident_date}",
            "${people_count}",
            "${nope}",
            ".",
            "'v_beating'",
            "'x'",
            "''",
            "1",
            "(",
            ")",
            ",",
            " or ",
            " and ",
            " = ",
            " != ",
            " < ",
            " + ",
            " div ",
            "selected(",
            "count-selected(",
            "count(",
            "not(",
            "today()",
            "date('2025-01-01')",
            "string-length(",
            "if(",
            "true()",
            "false()",
        ];
        prop::collection::vec(prop::sample::select(pieces), 1..12).prop_map(|v| v.concat())
    }

    fn mutation() -> impl Strategy<Value = Mutation> {
        prop_oneof![
            Just(Mutation::Remove),
            expression().prop_map(Mutation::Expression),
            prop_oneof![
                Just(Value::Null),
                any::<bool>().prop_map(Value::Bool),
                any::<i64>().prop_map(Value::from),
                any::<String>().prop_map(Value::String),
                Just(serde_json::json!([])),
                Just(serde_json::json!({})),
            ]
            .prop_map(Mutation::Replace),
        ]
    }

    fn mutate(doc: &mut Value, pointer: &str, m: &Mutation) {
        match m {
            Mutation::Replace(v) => {
                if let Some(slot) = doc.pointer_mut(pointer) {
                    *slot = v.clone();
                }
            }
            Mutation::Expression(e) => {
                if let Some(slot) = doc.pointer_mut(pointer) {
                    *slot = Value::String(e.clone());
                }
            }
            Mutation::Remove => {
                let Some((parent, key)) = pointer.rsplit_once('/') else {
                    return;
                };
                match doc.pointer_mut(parent) {
                    Some(Value::Object(map)) => {
                        map.remove(&key.replace("~1", "/").replace("~0", "~"));
                    }
                    Some(Value::Array(list)) => {
                        if let Ok(i) = key.parse::<usize>()
                            && i < list.len()
                        {
                            list.remove(i);
                        }
                    }
                    _ => {}
                }
            }
        }
    }

    fn load_and_walk(json: &str) {
        if let Ok(form) = Form::load(json) {
            let today = time::Date::MIN;
            let st = FormState::empty(Arc::new(form), today);
            let _ = st.positions();
            let _ = st.progress();
        }
    }

    #[test]
    fn deeply_nested_json_is_an_error() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(Form::load(&deep).is_err());
        let deep_obj = format!("{}1{}", "{\"a\":".repeat(5_000), "}".repeat(5_000));
        assert!(Form::load(&deep_obj).is_err());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn random_text_never_panics(s in any::<String>()) {
            load_and_walk(&s);
        }

        #[test]
        fn mutated_sample_never_panics(
            picks in prop::collection::vec((any::<prop::sample::Index>(), mutation()), 1..4)
        ) {
            let mut doc: Value = serde_json::from_str(SAMPLE).unwrap();
            for (pick, m) in &picks {
                let mut all = Vec::new();
                pointers(&doc, String::new(), &mut all);
                let pointer = pick.get(&all).clone();
                mutate(&mut doc, &pointer, m);
            }
            load_and_walk(&doc.to_string());
        }
    }

    fn with_review(review: Value) -> Result<Form, crate::form::FormErrors> {
        let mut doc: Value = serde_json::from_str(SAMPLE).unwrap();
        doc["review"] = review;
        Form::load(&doc.to_string())
    }

    #[test]
    fn without_a_review_the_default_language_is_the_source_and_the_others_drafts() {
        let form = Form::load(SAMPLE).unwrap();
        assert_eq!(form.review("en"), Some(&crate::form::Review::Source));
        assert_eq!(form.review("ru"), Some(&crate::form::Review::Draft));
        assert_eq!(form.review("de"), None);
    }

    #[test]
    fn a_sign_off_names_the_reviewer_and_the_date() {
        let form = with_review(serde_json::json!({
            "en": {"status": "source"},
            "ru": {"status": "reviewed", "reviewer": "A. Reviewer, NGO", "date": "2026-11-30"},
            "uk": {"status": "draft"},
        }))
        .unwrap();
        assert_eq!(
            form.review("ru"),
            Some(&crate::form::Review::Reviewed {
                reviewer: "A. Reviewer, NGO".into(),
                date: "2026-11-30".into()
            })
        );
        assert_eq!(form.review("uk").map(|r| r.status()), Some("draft"));
    }

    #[test]
    fn a_wrong_review_is_refused_naming_each_problem() {
        let errors = with_review(serde_json::json!({
            "en": {"status": "source"},
            "ru": {"status": "source"},
            "uk": {"status": "reviewed", "reviewer": " ", "date": "2026-13-45"},
            "de": {"status": "draft"},
        }))
        .unwrap_err()
        .to_string();
        for expected in [
            "\"ru\" is not the default language",
            "\"de\" is not one of languages",
        ] {
            assert!(errors.contains(expected), "{expected} not in {errors}");
        }
        let errors = with_review(serde_json::json!({"en": {"status": "source"}}))
            .unwrap_err()
            .to_string();
        assert!(errors.contains("no review status for \"ru\""), "{errors}");
        assert!(errors.contains("no review status for \"uk\""), "{errors}");
        // Without the schema a blank reviewer and an impossible date are still caught.
        let errors = with_review(serde_json::json!({
            "en": {"status": "source"},
            "ru": {"status": "draft"},
            "uk": {"status": "reviewed", "reviewer": "", "date": "2026-13-45"},
        }))
        .unwrap_err()
        .to_string();
        assert!(!errors.is_empty());
    }
}
