//! The form document exactly as written in JSON, before any checking beyond its shape.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::model::{ItemType, LocalizedText, Media, Precision, Review};

#[derive(Debug, Clone, Deserialize)]
pub(crate) struct FormDoc {
    pub id: String,
    pub version: u64,
    pub languages: Vec<String>,
    pub default_language: String,
    #[serde(default)]
    pub review: Option<BTreeMap<String, Review>>,
    pub title: LocalizedText,
    #[serde(default)]
    pub persist_after: Option<String>,
    #[serde(default)]
    pub choice_lists: BTreeMap<String, Vec<ChoiceDoc>>,
    pub sections: Vec<SectionDoc>,
}

#[derive(Debug, Clone, Deserialize)]
pub(crate) struct SectionDoc {
    pub id: String,
    pub label: LocalizedText,
    #[serde(default)]
    pub help: Option<LocalizedText>,
    #[serde(default)]
    pub relevant: Option<String>,
    pub items: Vec<ItemDoc>,
}

#[derive(Debug, Clone, Deserialize)]
pub(crate) struct ChoiceDoc {
    pub value: String,
    pub label: LocalizedText,
    #[serde(default)]
    pub help: Option<LocalizedText>,
}

/// One flat shape for every item type; which fields a type may carry is the schema's business.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct ItemDoc {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: ItemType,
    pub label: LocalizedText,
    #[serde(default)]
    pub help: Option<LocalizedText>,
    #[serde(default)]
    pub required: bool,
    #[serde(default)]
    pub relevant: Option<String>,
    #[serde(default)]
    pub constraint: Option<String>,
    #[serde(default)]
    pub constraint_message: Option<LocalizedText>,
    #[serde(default)]
    pub sensitive: bool,
    #[serde(default)]
    pub public: bool,
    #[serde(default)]
    pub stop_if: Option<String>,
    #[serde(default)]
    pub stop_message: Option<LocalizedText>,
    #[serde(default)]
    pub consent: Option<String>,
    #[serde(default)]
    pub choices: Option<Vec<ChoiceDoc>>,
    #[serde(default)]
    pub choice_list: Option<String>,
    #[serde(default)]
    pub integer: bool,
    #[serde(default)]
    pub min: Option<f64>,
    #[serde(default)]
    pub max: Option<f64>,
    #[serde(default)]
    pub precisions: Option<Vec<Precision>>,
    #[serde(default)]
    pub media: Option<Vec<Media>>,
    #[serde(default)]
    pub items: Option<Vec<ItemDoc>>,
    #[serde(default)]
    pub repeat_label: Option<LocalizedText>,
}
