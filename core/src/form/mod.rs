//! Form definitions: the JSON format, loading and checking it, the expression language, answers
//! and the navigation engine that guided sessions (`crate::record`) are built on. Pure and
//! I/O-free: nothing here reads or writes a file or the store.

mod answer;
mod deps;
mod doc;
mod engine;
mod error;
pub mod expr;
mod load;
mod messages;
mod model;
pub mod po;
mod registry;
mod schema;
mod translations;

pub use answer::{Answer, Answers, DateAnswer, Instance, Invalid, Location, check_answer};
pub use engine::{AnswersError, FormState, InnerPosition, Position, Progress, Step};
pub use error::{FormError, FormErrorKind, FormErrors};
pub(crate) use messages::{precision_id, yes_no};
pub use model::{
    Choice, ChoiceListIdx, Condition, Form, Item, ItemIdx, ItemKind, ItemType, LocalizedText,
    Media, Precision, Review, Rule, Section,
};
pub use registry::{
    POLICE_VIOLENCE, builtin, builtin_json, builtin_latest, builtin_versions, latest_version,
};
pub use schema::FORM_SCHEMA;
pub use translations::{Imported, export_po, import_po};

/// The police-violence checklist Wave ships and starts new cases on (its latest version; every
/// earlier one stays embedded for the cases recorded with it, see [`builtin`]). The text is
/// `schemas/forms/police-violence.json` without its indentation (`build.rs`).
pub const POLICE_VIOLENCE_JSON: &str =
    include_str!(concat!(env!("OUT_DIR"), "/police-violence.json"));

/// Loads the latest built-in police-violence checklist.
pub fn police_violence() -> Result<Form, FormErrors> {
    Form::load(POLICE_VIOLENCE_JSON)
}
