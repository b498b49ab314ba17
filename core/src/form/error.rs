//! The errors a form definition can have, each with where it is and what it says: a message id
//! of the core's catalog (`core/locales/LANG/forms.ftl`) and its arguments, put into words in
//! the reader's language when shown.

use std::fmt;

use crate::error::Detail;

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
#[derive(Debug, Clone, PartialEq)]
pub struct FormError {
    pub kind: FormErrorKind,
    /// Where: `form`, `sections[3]`, `sections[3].items[2] (violation_types)`,
    /// `choice_lists.countries[4] (ua)`, …
    pub path: String,
    /// The field at `path` the problem is in (`relevant`, `label`, …); empty when it is the
    /// whole object.
    pub field: String,
    /// What is wrong: a `form-…` message with its arguments (the form's own names, expressions
    /// and a JSON reader's or schema validator's words are arguments, quoted as they are).
    pub detail: Detail,
}

impl FormError {
    pub fn new(
        kind: FormErrorKind,
        path: impl Into<String>,
        field: impl Into<String>,
        detail: Detail,
    ) -> FormError {
        FormError {
            kind,
            path: path.into(),
            field: field.into(),
            detail,
        }
    }

    /// What is wrong, in `lang` (English for a language the catalog does not have).
    pub fn message(&self, lang: &str) -> String {
        self.detail.text(lang)
    }

    /// The message id: stable across languages and rewordings, for machine-readable output
    /// (`form-error` for a detail that is quoted text rather than one of the catalog's messages).
    pub fn code(&self) -> &'static str {
        self.detail.id().unwrap_or("form-error")
    }

    /// The whole line, place and message, as a detail (for a caller that reports it with
    /// others of its own).
    pub fn located(&self) -> Detail {
        let id = if self.field.is_empty() {
            "form-error-at"
        } else {
            "form-error-at-field"
        };
        Detail::new(id)
            .with("path", &self.path)
            .with("field", &self.field)
            .with_detail("message", self.detail.clone())
    }

    /// The whole line in `lang`: `path: field: message`, as [`Display`](fmt::Display) writes it
    /// in English.
    pub fn line(&self, lang: &str) -> String {
        self.located().text(lang)
    }
}

impl fmt::Display for FormError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.line(crate::l10n::SOURCE_LANGUAGE))
    }
}

/// Every problem found while loading a form; displayed one per line.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
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

impl FormErrors {
    /// Every error's line in `lang`, one per line.
    pub fn lines(&self, lang: &str) -> String {
        let lines: Vec<String> = self.0.iter().map(|e| e.line(lang)).collect();
        lines.join("\n")
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::Form;

    #[test]
    fn the_words_are_chosen_when_shown_and_display_stays_english() {
        let json = include_str!("../../tests/forms/broken/section_cycle.json");
        let errors = Form::load(json).unwrap_err();
        let error = &errors.0[0];
        assert_eq!(error.code(), "form-cycle");
        assert_eq!(
            error.to_string(),
            "sections[0] (main): relevant: relevance depends on itself: \
             section main → ${a} → section main (each depends on the next)"
        );
        assert_eq!(error.line("en"), error.to_string());
        assert_eq!(error.line("de"), error.to_string());
        // Inner words (the section) follow the language of the message around them.
        assert_eq!(
            error.message("uk"),
            "доречність залежить сама від себе: розділ main → ${a} → розділ main \
             (кожен залежить від наступного)"
        );
        assert!(
            error
                .line("ka")
                .starts_with("sections[0] (main): relevant: ")
        );
        assert_eq!(errors.lines("kk"), error.line("kk"));
        let whole = FormError::new(FormErrorKind::Json, "form", "", Detail::new("form-no-text"));
        assert!(
            whole.line("ru").starts_with("form: "),
            "{}",
            whole.line("ru")
        );
        assert_eq!(whole.located().id(), Some("form-error-at"));
    }
}
