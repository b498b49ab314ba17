//! Why an answer is refused ([`Invalid`]) and how to say it: the form's own constraint message, or
//! the core's message for it (`core/locales/LANG/core.ftl`, through [`crate::l10n`]).

use super::model::{Form, ItemIdx, Precision};
use crate::l10n::{Arg, SOURCE_LANGUAGE, core_text};

/// Why an answer was refused. [`Invalid::message`] gives the text to show.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Invalid {
    #[error("an answer is required")]
    Required,
    #[error("the answer has the wrong shape for a {0:?} item")]
    WrongType(super::model::ItemType),
    #[error("{0:?} is not one of the choices")]
    UnknownChoice(String),
    #[error("{0:?} is chosen more than once")]
    DuplicateChoice(String),
    #[error("not a whole number")]
    NotInteger,
    #[error("below the minimum {0}")]
    BelowMin(f64),
    #[error("above the maximum {0}")]
    AboveMax(f64),
    #[error("not a valid date")]
    BadDate,
    #[error("date precision {0:?} is not allowed here")]
    PrecisionNotAllowed(Precision),
    #[error("not a valid time HH:MM")]
    BadTime,
    #[error("a duration is a whole, non-negative number of minutes")]
    BadDuration,
    #[error("latitude must be between -90 and 90")]
    BadLatitude,
    #[error("longitude must be between -180 and 180")]
    BadLongitude,
    #[error("accuracy must be a non-negative number of metres")]
    BadAccuracy,
    #[error("the text must be on one line")]
    MultiLine,
    #[error("attachment ids must be distinct and not empty")]
    BadAttachment,
    #[error("an info item can only be answered with true")]
    InfoNotTrue,
    #[error("at least {0} entries are needed")]
    TooFew(usize),
    #[error("at most {0} entries are allowed")]
    TooMany(usize),
    /// The item's `constraint` is false; the message is the item's `constraint_message`.
    #[error("the answer breaks the constraint of {}", .0.index())]
    Constraint(ItemIdx),
    #[error("this question does not apply now")]
    NotRelevant,
    #[error("no such question")]
    NoSuchPosition,
    /// A repeat's instances are added and removed one by one, not set as a whole.
    #[error("a repeat is changed by adding or removing entries")]
    RepeatNotSettable,
}

impl Invalid {
    /// The message to show, in `lang`: the form's `constraint_message` for a constraint, else the
    /// core's message (a language the core has no words in falls back to the form's default
    /// language, then English).
    pub fn message(&self, form: &Form, lang: &str) -> String {
        if let Invalid::Constraint(idx) = self
            && let Some(rule) = form.item(*idx).and_then(|i| i.constraint.as_ref())
        {
            return form.text(&rule.message, lang).to_string();
        }
        builtin(self, lang, form.default_language())
    }
}

/// The core's message id naming a date precision.
pub(crate) fn precision_id(p: Precision) -> &'static str {
    match p {
        Precision::Exact => "precision-exact",
        Precision::Estimated => "precision-estimated",
        Precision::Month => "precision-month",
    }
}

/// The message for `invalid` in `tag`, else in `fallback`, else in English.
pub(crate) fn builtin(invalid: &Invalid, tag: &str, fallback: &str) -> String {
    use Invalid as I;
    let text = |id: &str, args: &[(&str, Arg<'_>)]| core_text(tag, fallback, id, args);
    let count = |n: usize| Arg::Count(u64::try_from(n).unwrap_or(u64::MAX));
    match invalid {
        I::Required => text("invalid-required", &[]),
        I::WrongType(_) => text("invalid-wrong-type", &[]),
        I::UnknownChoice(_) => text("invalid-unknown-choice", &[]),
        I::DuplicateChoice(_) => text("invalid-duplicate-choice", &[]),
        I::NotInteger => text("invalid-not-integer", &[]),
        I::BelowMin(m) => text("invalid-below-min", &[("min", Arg::Number(*m))]),
        I::AboveMax(m) => text("invalid-above-max", &[("max", Arg::Number(*m))]),
        I::BadDate => text("invalid-bad-date", &[]),
        I::PrecisionNotAllowed(p) => {
            let name = core_text(tag, fallback, precision_id(*p), &[]);
            text(
                "invalid-precision-not-allowed",
                &[("precision", Arg::Text(&name))],
            )
        }
        I::BadTime => text("invalid-bad-time", &[]),
        I::BadDuration => text("invalid-bad-duration", &[]),
        I::BadLatitude => text("invalid-bad-latitude", &[]),
        I::BadLongitude => text("invalid-bad-longitude", &[]),
        I::BadAccuracy => text("invalid-bad-accuracy", &[]),
        I::MultiLine => text("invalid-multi-line", &[]),
        I::BadAttachment => text("invalid-bad-attachment", &[]),
        I::InfoNotTrue => text("invalid-info-not-true", &[]),
        I::TooFew(n) => text("invalid-too-few", &[("count", count(*n))]),
        I::TooMany(n) => text("invalid-too-many", &[("count", count(*n))]),
        I::Constraint(_) => text("invalid-constraint", &[]),
        I::NotRelevant => text("invalid-not-relevant", &[]),
        I::NoSuchPosition => text("invalid-no-such-position", &[]),
        I::RepeatNotSettable => text("invalid-repeat-not-settable", &[]),
    }
}

/// "Yes" or "No" in `tag` (English when the core has no words in that language).
pub(crate) fn yes_no(answer: bool, tag: &str) -> String {
    let id = if answer { "answer-yes" } else { "answer-no" };
    core_text(tag, SOURCE_LANGUAGE, id, &[])
}
