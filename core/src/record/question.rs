//! What a session shows: the current question in the session's language, with its choices,
//! where it sits in a repeat, and an answer given earlier as text.

use serde::Serialize;

use super::FormSession;
use crate::form::{
    Answer, Item, ItemKind, ItemType, LocalizedText, Media, Position, Precision, precision_id,
};
use crate::l10n::{Arg, core_text};

/// One choice as shown.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChoiceView {
    pub value: String,
    pub label: String,
    pub help: Option<String>,
}

/// Where a question sits inside a repeat.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RepeatContext {
    pub repeat_id: String,
    /// The entry's name, e.g. "Officer".
    pub entry_label: String,
    /// Which entry this question belongs to (0-based); for the repeat's own question, the number
    /// of entries so far.
    pub instance: usize,
    pub count: usize,
}

/// The question to show now.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Question {
    pub id: String,
    #[serde(skip)]
    pub position: Position,
    pub item_type: ItemType,
    pub section_id: String,
    pub section_label: String,
    pub section_index: usize,
    pub label: String,
    pub help: Option<String>,
    pub required: bool,
    pub choices: Vec<ChoiceView>,
    /// The answer given earlier, if any.
    pub answer: Option<Answer>,
    pub repeat: Option<RepeatContext>,
    pub media: Vec<Media>,
    pub precisions: Vec<Precision>,
    /// 1-based place among the relevant questions, and how many there are now.
    pub number: usize,
    pub total: usize,
}

impl FormSession {
    /// The current answer of `question` as text in the session's language, if it has one.
    pub fn shown_answer(&self, question: &Question) -> Option<String> {
        let item = self.state.item(question.position)?;
        question
            .answer
            .as_ref()
            .map(|answer| self.show(item, answer))
    }

    pub(super) fn question_at(&self, pos: Position) -> Option<Question> {
        let form = self.state.form();
        let item = self.state.item(pos)?;
        let section = form.sections().get(pos.section)?;
        let idx = self.state.item_idx(pos)?;
        let text = |t: &LocalizedText| form.text(t, &self.lang).to_owned();
        let choices = form
            .choices(idx)
            .iter()
            .map(|choice| ChoiceView {
                value: choice.value.clone(),
                label: text(&choice.label),
                help: choice.help.as_ref().map(text),
            })
            .collect();
        let repeat = self.repeat_context(pos, item);
        let (media, precisions) = match &item.kind {
            ItemKind::Attachment { media } => (media.clone(), Vec::new()),
            ItemKind::Date { precisions } => (Vec::new(), precisions.clone()),
            _ => (Vec::new(), Vec::new()),
        };
        let positions = self.state.positions();
        let questions: Vec<&Position> = positions
            .iter()
            .filter(|p| {
                self.state
                    .item(**p)
                    .is_some_and(|i| !matches!(i.kind, ItemKind::Repeat { .. }))
            })
            .collect();
        let number = questions
            .iter()
            .position(|p| **p == pos)
            .map_or(0, |n| n + 1);
        Some(Question {
            id: item.id.clone(),
            position: pos,
            item_type: item.kind.item_type(),
            section_id: section.id.clone(),
            section_label: text(&section.label),
            section_index: pos.section,
            label: text(&item.label),
            help: item.help.as_ref().map(text),
            required: item.required,
            choices,
            answer: self.state.answer(pos).cloned(),
            repeat,
            media,
            precisions,
            number,
            total: questions.len(),
        })
    }

    fn repeat_context(&self, pos: Position, item: &Item) -> Option<RepeatContext> {
        let form = self.state.form();
        let header = Position { inner: None, ..pos };
        let repeat = self.state.item(header)?;
        let ItemKind::Repeat { repeat_label, .. } = &repeat.kind else {
            return None;
        };
        let count = self.state.instance_count(header);
        let entry_label = repeat_label
            .as_ref()
            .map(|label| form.text(label, &self.lang).to_owned())
            .unwrap_or_else(|| form.text(&repeat.label, &self.lang).to_owned());
        let instance = match pos.inner {
            Some(inner) => inner.instance,
            None if std::ptr::eq(item, repeat) => count,
            None => return None,
        };
        Some(RepeatContext {
            repeat_id: repeat.id.clone(),
            entry_label,
            instance,
            count,
        })
    }

    /// An answer as text in the session's language.
    pub(super) fn show(&self, item: &Item, answer: &Answer) -> String {
        let form = self.state.form();
        let choice_label = |value: &str| -> String {
            form.item_idx(&item.id)
                .and_then(|idx| form.choices(idx).iter().find(|c| c.value == value))
                .map(|c| form.text(&c.label, &self.lang).to_owned())
                .unwrap_or_else(|| value.to_owned())
        };
        let words = |id: &str, args: &[(&str, Arg<'_>)]| {
            core_text(&self.lang, form.default_language(), id, args)
        };
        let count = |n: usize| Arg::Count(u64::try_from(n).unwrap_or(u64::MAX));
        match (answer, &item.kind) {
            (Answer::Text(value), ItemKind::Single { .. }) => choice_label(value),
            (Answer::List(values), ItemKind::Multi { .. }) => values
                .iter()
                .map(|v| choice_label(v))
                .collect::<Vec<_>>()
                .join("; "),
            (Answer::Bool(true), _) => crate::form::yes_no(true, &self.lang),
            (Answer::Bool(false), _) => crate::form::yes_no(false, &self.lang),
            (Answer::Text(text), _) => text.clone(),
            (Answer::Number(n), ItemKind::Duration) => {
                words("answer-minutes", &[("count", Arg::Number(*n))])
            }
            (Answer::Number(n), _) => format!("{n}"),
            (Answer::Date(date), _) => {
                let precision = words(precision_id(date.precision), &[]);
                words(
                    "answer-date",
                    &[
                        ("date", Arg::Text(&date.value)),
                        ("precision", Arg::Text(&precision)),
                    ],
                )
            }
            (Answer::Location(location), _) => format!("{:.5}, {:.5}", location.lat, location.lon),
            (Answer::List(ids), _) => words("answer-attachments", &[("count", count(ids.len()))]),
            (Answer::Repeat(instances), _) => {
                words("answer-entries", &[("count", count(instances.len()))])
            }
        }
    }
}
