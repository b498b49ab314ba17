//! Answer values in their stored JSON shapes, and checking one answer against its item.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::expr::parse_iso_date;
pub use super::messages::Invalid;
use super::model::{Form, Item, ItemIdx, ItemKind, Precision};

/// One answer, in the JSON shape the form format gives for its item type. The shape alone does
/// not say the type (a string may answer `single`, `text` or `time`), so an answer is only
/// meaningful next to its item; [`check_answer`] checks the pair.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Answer {
    /// `yesno`, and `info` (`true`: read and understood).
    Bool(bool),
    /// `number`, and `duration` in whole minutes. Whole numbers are written as JSON integers.
    #[serde(serialize_with = "whole_as_integer")]
    Number(f64),
    /// `single` (the choice value), `text`, `longtext`, `time` (`HH:MM`).
    Text(String),
    /// `date`.
    Date(DateAnswer),
    /// `location`.
    Location(Location),
    /// `multi` (choice values) and `attachment` (attachment ids). Also how an empty repeat
    /// (`[]`) reads back from JSON.
    List(Vec<String>),
    /// `repeat`: one map of inner item id → answer per instance.
    Repeat(Vec<Instance>),
}

/// Names the kind of answer only: what she answered (a name, a place, what happened) must not
/// reach a log or a panic message through `{:?}` of a question, a review or a form's state.
impl std::fmt::Debug for Answer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = match self {
            Answer::Bool(_) => "Bool",
            Answer::Number(_) => "Number",
            Answer::Text(_) => "Text",
            Answer::Date(_) => "Date",
            Answer::Location(_) => "Location",
            Answer::List(_) => "List",
            Answer::Repeat(_) => "Repeat",
        };
        f.debug_tuple(kind).finish_non_exhaustive()
    }
}

/// Writes `30` rather than `30.0`, so stored durations and counts read as the integers the
/// format describes.
fn whole_as_integer<S: serde::Serializer>(n: &f64, s: S) -> Result<S::Ok, S::Error> {
    // Within ±2^53 every whole f64 converts to i64 exactly.
    const EXACT: f64 = 9_007_199_254_740_992.0;
    if n.fract() == 0.0 && n.abs() <= EXACT {
        s.serialize_i64(*n as i64)
    } else {
        s.serialize_f64(*n)
    }
}

/// One instance of a repeat: inner item id → answer.
pub type Instance = BTreeMap<String, Answer>;

/// All the answers of a case: item id → answer. Items inside repeats appear only within their
/// repeat's instances.
pub type Answers = BTreeMap<String, Answer>;

/// A `date` answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateAnswer {
    /// `YYYY-MM-DD`, or `YYYY-MM` when the precision is `month`.
    pub value: String,
    pub precision: Precision,
}

impl DateAnswer {
    /// The day the answer stands for; the first of the month for a month-precision date.
    pub fn day(&self) -> Option<time::Date> {
        match self.precision {
            Precision::Exact | Precision::Estimated => parse_iso_date(&self.value),
            Precision::Month => {
                if self.value.len() != 7 {
                    return None;
                }
                parse_iso_date(&format!("{}-01", self.value))
            }
        }
    }
}

/// A `location` answer, in WGS84 degrees.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Location {
    pub lat: f64,
    pub lon: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accuracy_m: Option<f64>,
}

impl Answer {
    /// The instances of a repeat answer; `[]` reads back from JSON as an empty list.
    pub fn instances(&self) -> Option<&[Instance]> {
        match self {
            Answer::Repeat(v) => Some(v),
            Answer::List(v) if v.is_empty() => Some(&[]),
            _ => None,
        }
    }
}

fn is_time(s: &str) -> bool {
    let b = s.as_bytes();
    let digit = |i: usize| b.get(i).filter(|c| c.is_ascii_digit()).map(|c| c - b'0');
    match (b.len(), digit(0), digit(1), b.get(2), digit(3), digit(4)) {
        (5, Some(h1), Some(h2), Some(b':'), Some(m1), Some(_)) => h1 * 10 + h2 < 24 && m1 < 6,
        _ => false,
    }
}

fn check_choices<'a>(
    form: &Form,
    idx: ItemIdx,
    values: impl Iterator<Item = &'a String>,
) -> Result<(), Invalid> {
    let choices = form.choices(idx);
    let mut seen: Vec<&str> = Vec::new();
    for v in values {
        if !choices.iter().any(|c| &c.value == v) {
            return Err(Invalid::UnknownChoice(v.clone()));
        }
        if seen.contains(&v.as_str()) {
            return Err(Invalid::DuplicateChoice(v.clone()));
        }
        seen.push(v);
    }
    Ok(())
}

/// Checks that `answer` has the right shape and range for `item`: type, choices, integer and
/// bounds, date precision and format, time format, duration, coordinates. Neither `required`
/// nor `constraint` is checked here (they need the rest of the answers; see the engine). For a
/// repeat only the number of instances is checked; inner answers are checked one by one.
pub fn check_answer(form: &Form, idx: ItemIdx, answer: &Answer) -> Result<(), Invalid> {
    let Some(item) = form.item(idx) else {
        return Err(Invalid::NoSuchPosition);
    };
    let wrong = || Err(Invalid::WrongType(item.kind.item_type()));
    match (&item.kind, answer) {
        (ItemKind::Single { .. }, Answer::Text(v)) => check_choices(form, idx, std::iter::once(v)),
        (ItemKind::Multi { .. }, Answer::List(v)) => check_choices(form, idx, v.iter()),
        (ItemKind::YesNo { .. }, Answer::Bool(_)) => Ok(()),
        (ItemKind::Text, Answer::Text(s)) => {
            if s.contains(['\n', '\r']) {
                Err(Invalid::MultiLine)
            } else {
                Ok(())
            }
        }
        (ItemKind::LongText, Answer::Text(_)) => Ok(()),
        (ItemKind::Number { integer, min, max }, Answer::Number(n)) => {
            if !n.is_finite() {
                return wrong();
            }
            if *integer && n.fract() != 0.0 {
                return Err(Invalid::NotInteger);
            }
            if let Some(min) = min.filter(|m| n < m) {
                return Err(Invalid::BelowMin(min));
            }
            if let Some(max) = max.filter(|m| n > m) {
                return Err(Invalid::AboveMax(max));
            }
            Ok(())
        }
        (ItemKind::Date { precisions }, Answer::Date(d)) => {
            if !precisions.contains(&d.precision) {
                return Err(Invalid::PrecisionNotAllowed(d.precision));
            }
            d.day().map(|_| ()).ok_or(Invalid::BadDate)
        }
        (ItemKind::Time, Answer::Text(s)) => {
            if is_time(s) {
                Ok(())
            } else {
                Err(Invalid::BadTime)
            }
        }
        (ItemKind::Duration, Answer::Number(n)) => {
            if n.is_finite() && *n >= 0.0 && n.fract() == 0.0 {
                Ok(())
            } else {
                Err(Invalid::BadDuration)
            }
        }
        (ItemKind::Location, Answer::Location(l)) => {
            if !(l.lat.is_finite() && (-90.0..=90.0).contains(&l.lat)) {
                Err(Invalid::BadLatitude)
            } else if !(l.lon.is_finite() && (-180.0..=180.0).contains(&l.lon)) {
                Err(Invalid::BadLongitude)
            } else if l.accuracy_m.is_some_and(|a| !(a.is_finite() && a >= 0.0)) {
                Err(Invalid::BadAccuracy)
            } else {
                Ok(())
            }
        }
        (ItemKind::Attachment { .. }, Answer::List(ids)) => {
            let distinct = ids
                .iter()
                .enumerate()
                .all(|(i, id)| !ids.iter().take(i).any(|o| o == id));
            if distinct && ids.iter().all(|id| !id.is_empty()) {
                Ok(())
            } else {
                Err(Invalid::BadAttachment)
            }
        }
        (ItemKind::Info, Answer::Bool(true)) => Ok(()),
        (ItemKind::Info, Answer::Bool(false)) => Err(Invalid::InfoNotTrue),
        (ItemKind::Repeat { min, max, .. }, a) => {
            let Some(instances) = a.instances() else {
                return wrong();
            };
            check_count(instances.len(), *min, *max)
        }
        _ => wrong(),
    }
}

/// Checks a repeat's number of instances against its `min` and `max`.
pub(crate) fn check_count(n: usize, min: Option<usize>, max: Option<usize>) -> Result<(), Invalid> {
    if let Some(min) = min.filter(|&m| n < m) {
        return Err(Invalid::TooFew(min));
    }
    if let Some(max) = max.filter(|&m| n > m) {
        return Err(Invalid::TooMany(max));
    }
    Ok(())
}

/// Whether `answer` counts as given for `item` (an empty `multi` selection or attachment list
/// does not).
pub(crate) fn is_given(item: &Item, answer: &Answer) -> bool {
    match (&item.kind, answer) {
        (ItemKind::Repeat { .. }, a) => a.instances().is_some_and(|i| !i.is_empty()),
        (_, Answer::List(v)) => !v.is_empty(),
        (_, Answer::Text(s)) => !s.is_empty(),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_output_never_holds_what_was_answered() {
        let answers = [
            Answer::Text("Quokka-7731".into()),
            Answer::List(vec!["Quokka-7731".into()]),
            Answer::Number(7731.0),
        ];
        for answer in answers {
            let shown = format!("{answer:?}");
            assert!(!shown.contains("7731"), "{shown}");
        }
    }

    #[test]
    fn json_shapes_round_trip() {
        for text in [
            "true",
            "30",
            "2.5",
            "-4",
            "\"v_threat\"",
            "[\"a\",\"b\"]",
            "[]",
            r#"{"value":"2025-03","precision":"month"}"#,
            r#"{"lat":50.45,"lon":30.52}"#,
            r#"{"lat":50.45,"lon":30.52,"accuracy_m":8.5}"#,
            r#"[{"officer_known":true,"officer_name":"X"},{}]"#,
        ] {
            let a: Answer = serde_json::from_str(text).unwrap();
            assert_eq!(serde_json::to_string(&a).unwrap(), text);
        }
        let date: Answer =
            serde_json::from_str(r#"{"value":"2025-03-14","precision":"estimated"}"#).unwrap();
        assert!(matches!(date, Answer::Date(_)));
        assert!(serde_json::from_str::<Answer>(r#"{"value":"x","precision":"day"}"#).is_err());
        assert!(serde_json::from_str::<Answer>("null").is_err());
    }
}
