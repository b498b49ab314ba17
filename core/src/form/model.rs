//! The loaded, checked form: sections, items, choices and localized text, with every expression
//! already compiled. Built only by [`Form::load`](super::Form::load).

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use super::expr::{Expr, Type};

/// Text in several languages: language tag → text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LocalizedText(pub BTreeMap<String, String>);

impl LocalizedText {
    /// The text in `lang`, else in `fallback`, else in any language, else `""`.
    pub fn get<'a>(&'a self, lang: &str, fallback: &str) -> &'a str {
        self.0
            .get(lang)
            .or_else(|| self.0.get(fallback))
            .or_else(|| self.0.values().next())
            .map_or("", String::as_str)
    }
}

/// How far one language's texts are checked (the form's `review`). Shown to staff and
/// translators (`wave form outline`, `wave form languages`); never in a guided session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "lowercase", deny_unknown_fields)]
pub enum Review {
    /// The language the form is written in; translations are made from it.
    Source,
    /// Translated, not yet signed off by a native-speaking reviewer.
    Draft,
    /// Signed off by a native-speaking reviewer (name and organisation) on `date` (YYYY-MM-DD).
    Reviewed { reviewer: String, date: String },
}

impl Review {
    /// `source`, `draft` or `reviewed`, as in the form file.
    pub fn status(&self) -> &'static str {
        match self {
            Review::Source => "source",
            Review::Draft => "draft",
            Review::Reviewed { .. } => "reviewed",
        }
    }
}

/// The `type` of an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ItemType {
    Single,
    Multi,
    Yesno,
    Text,
    Longtext,
    Number,
    Date,
    Time,
    Duration,
    Location,
    Attachment,
    Info,
    Repeat,
}

/// How exactly a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Exact,
    Estimated,
    /// Only the month is known; the value is `YYYY-MM`.
    Month,
}

/// A kind of attachment an `attachment` item accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Media {
    Photo,
    Audio,
    Video,
    File,
}

/// One choice of a `single` or `multi` item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub value: String,
    pub label: LocalizedText,
    pub help: Option<LocalizedText>,
}

/// Index of an item in [`Form::items`]; items are numbered in document order, a repeat's inner
/// items right after the repeat.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ItemIdx(pub(crate) usize);

impl ItemIdx {
    pub fn index(self) -> usize {
        self.0
    }
}

/// Index of a choice list in the form (named lists and inline `choices` alike).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ChoiceListIdx(pub(crate) usize);

/// A compiled condition with its message: `constraint` + `constraint_message`, or `stop_if` +
/// `stop_message`.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    pub expr: Expr<ItemIdx>,
    /// The expression as written, for display.
    pub source: String,
    pub message: LocalizedText,
}

/// A compiled `relevant` condition.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    pub expr: Expr<ItemIdx>,
    pub source: String,
}

/// What an item asks for, with its type-specific settings.
#[derive(Debug, Clone, PartialEq)]
pub enum ItemKind {
    Single {
        choices: ChoiceListIdx,
    },
    Multi {
        choices: ChoiceListIdx,
    },
    /// `consent` names the purpose when this yes/no question records consent.
    YesNo {
        consent: Option<String>,
    },
    Text,
    LongText,
    Number {
        integer: bool,
        min: Option<f64>,
        max: Option<f64>,
    },
    Date {
        precisions: Vec<Precision>,
    },
    Time,
    Duration,
    Location,
    Attachment {
        media: Vec<Media>,
    },
    Info,
    Repeat {
        items: Vec<ItemIdx>,
        min: Option<usize>,
        max: Option<usize>,
        repeat_label: Option<LocalizedText>,
    },
}

impl ItemKind {
    /// The item's `type` as written.
    pub fn item_type(&self) -> ItemType {
        match self {
            ItemKind::Single { .. } => ItemType::Single,
            ItemKind::Multi { .. } => ItemType::Multi,
            ItemKind::YesNo { .. } => ItemType::Yesno,
            ItemKind::Text => ItemType::Text,
            ItemKind::LongText => ItemType::Longtext,
            ItemKind::Number { .. } => ItemType::Number,
            ItemKind::Date { .. } => ItemType::Date,
            ItemKind::Time => ItemType::Time,
            ItemKind::Duration => ItemType::Duration,
            ItemKind::Location => ItemType::Location,
            ItemKind::Attachment { .. } => ItemType::Attachment,
            ItemKind::Info => ItemType::Info,
            ItemKind::Repeat { .. } => ItemType::Repeat,
        }
    }

    /// The type `${item}` has in expressions.
    pub fn expr_type(&self) -> Type {
        match self.item_type() {
            ItemType::Single
            | ItemType::Yesno
            | ItemType::Text
            | ItemType::Longtext
            | ItemType::Time => Type::String,
            ItemType::Number | ItemType::Duration => Type::Number,
            ItemType::Date => Type::Date,
            ItemType::Multi => Type::Selection,
            ItemType::Repeat => Type::Repeat,
            ItemType::Location | ItemType::Attachment | ItemType::Info => Type::Opaque,
        }
    }
}

/// One item (question, note or repeat group).
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub id: String,
    pub kind: ItemKind,
    pub label: LocalizedText,
    pub help: Option<LocalizedText>,
    pub required: bool,
    pub relevant: Option<Condition>,
    pub constraint: Option<Rule>,
    pub stop_if: Option<Rule>,
    pub sensitive: bool,
    pub public: bool,
    /// Index of the section holding the item.
    pub section: usize,
    /// Index among the section's items; for an inner item, that of its repeat.
    pub index_in_section: usize,
    /// For an item inside a repeat: the repeat and the item's index among the repeat's items.
    pub repeat: Option<(ItemIdx, usize)>,
}

impl Item {
    /// The consent purpose, for a yes/no item that records consent.
    pub fn consent(&self) -> Option<&str> {
        match &self.kind {
            ItemKind::YesNo { consent } => consent.as_deref(),
            _ => None,
        }
    }
}

/// A section: a titled run of items with an optional shared `relevant`.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub id: String,
    pub label: LocalizedText,
    pub help: Option<LocalizedText>,
    pub relevant: Option<Condition>,
    /// The section's own items, in order (inner items are reached through their repeat).
    pub items: Vec<ItemIdx>,
}

/// A loaded form definition: checked, with every expression compiled. Immutable; share it
/// (`Arc<Form>`) between sessions.
#[derive(Debug, Clone)]
pub struct Form {
    pub(crate) id: String,
    pub(crate) version: u64,
    pub(crate) languages: Vec<String>,
    pub(crate) default_language: String,
    /// One entry per language, in the order of `languages`.
    pub(crate) review: Vec<Review>,
    pub(crate) title: LocalizedText,
    pub(crate) persist_after: Option<ItemIdx>,
    pub(crate) sections: Vec<Section>,
    pub(crate) items: Vec<Item>,
    pub(crate) ids: HashMap<String, ItemIdx>,
    pub(crate) choice_lists: Vec<Vec<Choice>>,
    pub(crate) plan: Plan,
}

impl Form {
    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn version(&self) -> u64 {
        self.version
    }

    pub fn languages(&self) -> &[String] {
        &self.languages
    }

    pub fn default_language(&self) -> &str {
        &self.default_language
    }

    /// How far `lang`'s texts are checked; `None` for a language the form does not have.
    pub fn review(&self, lang: &str) -> Option<&Review> {
        let index = self.languages.iter().position(|l| l == lang)?;
        self.review.get(index)
    }

    /// The form's title in `lang` (falling back to the default language).
    pub fn title(&self, lang: &str) -> &str {
        self.text(&self.title, lang)
    }

    /// Localized text in `lang`, falling back to the default language.
    pub fn text<'a>(&self, text: &'a LocalizedText, lang: &str) -> &'a str {
        text.get(lang, &self.default_language)
    }

    /// The item that must be answered before anything is written to storage.
    pub fn persist_after(&self) -> Option<ItemIdx> {
        self.persist_after
    }

    pub fn sections(&self) -> &[Section] {
        &self.sections
    }

    /// Every item in document order, inner items included.
    pub fn items(&self) -> &[Item] {
        &self.items
    }

    pub fn item(&self, idx: ItemIdx) -> Option<&Item> {
        self.items.get(idx.0)
    }

    /// Looks an item up by id.
    pub fn item_idx(&self, id: &str) -> Option<ItemIdx> {
        self.ids.get(id).copied()
    }

    /// The choices of a `single` or `multi` item; empty for other items.
    pub fn choices(&self, idx: ItemIdx) -> &[Choice] {
        match self.item(idx).map(|i| &i.kind) {
            Some(ItemKind::Single { choices } | ItemKind::Multi { choices }) => {
                self.choice_lists.get(choices.0).map_or(&[], Vec::as_slice)
            }
            _ => &[],
        }
    }
}

/// Something with a relevance: a section or an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Node {
    Section(usize),
    Item(ItemIdx),
}

/// Precomputed evaluation plan.
#[derive(Debug, Clone, Default)]
pub(crate) struct Plan {
    /// Every node, each after everything its relevance depends on.
    pub order: Vec<Node>,
    /// Position of each section in `order`.
    pub section_rank: Vec<usize>,
    /// Position of each item in `order`.
    pub item_rank: Vec<usize>,
    /// For each item, the nodes whose `relevant` reads it.
    pub readers: Vec<Vec<Node>>,
}

impl Plan {
    pub fn rank(&self, node: Node) -> usize {
        let rank = match node {
            Node::Section(s) => self.section_rank.get(s),
            Node::Item(i) => self.item_rank.get(i.0),
        };
        rank.copied().unwrap_or(usize::MAX)
    }
}
