//! The errors a form definition can have, each with where it is.

use std::fmt;

/// What kind of problem a [`FormError`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FormErrorKind {
    /// The text is not JSON.
    Json,
    /// The document does not match `schemas/form.schema.json`.
    Schema,
    /// Two sections, two items or two choices of one list share an id or value.
    DuplicateId,
    /// `${ref}` or `persist_after` names no item.
    UnknownReference,
    /// `${ref}` names an item inside a repeat from outside it.
    OutOfScope,
    /// `choice_list` names no list.
    UnknownChoiceList,
    /// `selected()` is given a value that is not one of the item's choices.
    UnknownChoiceValue,
    /// An item's or section's relevance depends on itself.
    Cycle,
    /// An expression does not parse.
    Syntax,
    /// An expression does not type-check, or is not boolean where it must be.
    Type,
    /// A language of `languages` lacks a text.
    MissingTranslation,
    /// Any other rule of the format (e.g. an item both `sensitive` and `public`).
    Invalid,
}

/// One problem in a form definition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormError {
    pub kind: FormErrorKind,
    /// Where: `form`, `sections[3]`, `sections[3].items[2] (violation_types)`,
    /// `choice_lists.countries[4] (ua)`, …
    pub path: String,
    /// The field at `path` the problem is in (`relevant`, `label`, …); empty when it is the
    /// whole object.
    pub field: String,
    pub message: String,
}

impl fmt::Display for FormError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}: {}", self.path, self.message)
        } else {
            write!(f, "{}: {}: {}", self.path, self.field, self.message)
        }
    }
}

/// Every problem found while loading a form; displayed one per line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct FormErrors(pub Vec<FormError>);

impl FormErrors {
    pub fn iter(&self) -> impl Iterator<Item = &FormError> {
        self.0.iter()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for FormErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}
