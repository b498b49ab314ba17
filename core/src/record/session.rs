//! The session itself: starting a case, resuming a draft at its question, answering (durable
//! before return), moving back and between sections, repeat entries, and saving a draft.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde_json::Value;
use time::Date;

use super::FormSession;
use super::question::Question;
use super::review::Problem;
use crate::case;
use crate::case::{CaseId, CaseStatus, FormRef};
use crate::error::{Error, Result};
use crate::form::{
    Answer, Answers, AnswersError, Form, FormState, Item, ItemIdx, ItemKind, Position, Progress,
    Step, builtin,
};
use crate::l10n::{Arg, SOURCE_LANGUAGE, core_text};
use crate::store::Store;

/// What answering did.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Stored; here is the next question.
    Next(Box<Question>),
    /// Refused; nothing changed. The message is in the session's language.
    Invalid(String),
    /// The item's stop condition fired: the session is over. If the safety gate had not been
    /// passed, nothing was ever stored.
    Stopped { message: String, stored: bool },
    /// Stored, and no question is left: review and finish.
    End,
}

impl FormSession {
    /// One of the core's messages in the session's language.
    fn words(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        core_text(&self.lang, self.state.form().default_language(), id, args)
    }

    /// A session for a new case. Nothing is stored until the form's safety gate is passed.
    pub fn start(form: Arc<Form>, lang: &str, today: Date) -> FormSession {
        let state = FormState::empty(form, today);
        let position = state.first();
        FormSession {
            state,
            lang: lang.to_owned(),
            case_id: None,
            position,
            stopped: None,
            consents: BTreeMap::new(),
            pending_consents: Vec::new(),
            draft: None,
        }
    }

    /// Resumes a stored draft at the question where it was left.
    pub fn resume(
        store: &Store,
        form: Arc<Form>,
        case_id: CaseId,
        lang: &str,
        today: Date,
    ) -> Result<FormSession> {
        let case = case::get_case(store, case_id)?;
        let fallback = form.default_language().to_owned();
        let words = |id: &str, args: &[(&str, Arg<'_>)]| core_text(lang, &fallback, id, args);
        if case.status != CaseStatus::Draft {
            return Err(Error::InvalidInput(
                words("session-not-a-draft", &[]).into(),
            ));
        }
        if case.form.id != form.id() {
            return Err(Error::InvalidInput(
                words(
                    "session-other-form",
                    &[
                        ("recorded", Arg::Text(&case.form.id)),
                        ("form", Arg::Text(form.id())),
                    ],
                )
                .into(),
            ));
        }
        // Items, choices and conditions differ between versions: answers given under one
        // version are only meaningful under that version.
        if u64::from(case.form.version) != form.version() {
            return Err(Error::InvalidInput(
                words(
                    "session-other-version",
                    &[
                        ("recorded", Arg::Count(u64::from(case.form.version))),
                        ("form", Arg::Text(&case.form.id)),
                        ("version", Arg::Count(form.version())),
                    ],
                )
                .into(),
            ));
        }
        let answers = answers_from_json(&case.answers, lang)?;
        let state = FormState::new(form, &answers, today).map_err(|errors| {
            let first = errors.first().map(ToString::to_string).unwrap_or_default();
            Error::InvalidInput(
                words(
                    "session-answers-do-not-fit",
                    &[("detail", Arg::Text(&first))],
                )
                .into(),
            )
        })?;
        let at_end = case
            .cursor
            .as_ref()
            .and_then(|c| c.get("end"))
            .and_then(Value::as_bool);
        let position = match (&case.cursor, at_end) {
            (Some(_), Some(true)) => None,
            (Some(cursor), _) => {
                position_from_cursor(&state, cursor).or_else(|| first_unanswered(&state))
            }
            (None, _) => first_unanswered(&state),
        };
        Ok(FormSession {
            state,
            lang: lang.to_owned(),
            case_id: Some(case_id),
            position,
            stopped: None,
            consents: case::current_consents(store, case_id)?,
            pending_consents: Vec::new(),
            draft: None,
        })
    }

    /// Resumes a stored draft with the built-in form version it was recorded with, so a draft
    /// begun before a new version shipped is finished under the questions it started with.
    pub fn resume_builtin(
        store: &Store,
        case_id: CaseId,
        lang: &str,
        today: Date,
    ) -> Result<FormSession> {
        let form = case::get_case(store, case_id)?.form;
        let form = builtin(&form.id, u64::from(form.version))?;
        FormSession::resume(store, form, case_id, lang, today)
    }

    /// A session over answers given all at once (for the terminal's non-interactive mode). Each
    /// answer must fit its item; missing or invalid answers are reported by
    /// [`problems`](Self::problems).
    pub fn from_answers(
        form: Arc<Form>,
        answers: &serde_json::Map<String, Value>,
        lang: &str,
        today: Date,
    ) -> std::result::Result<FormSession, Vec<Problem>> {
        let typed = answers_from_json(answers, lang).map_err(|error| {
            vec![Problem {
                item_id: String::new(),
                instance: None,
                message: error.to_string(),
            }]
        })?;
        let state = FormState::new(Arc::clone(&form), &typed, today).map_err(|errors| {
            errors
                .into_iter()
                .map(|error| {
                    let (item_id, instance) = match &error {
                        AnswersError::UnknownItem(id) | AnswersError::NotTopLevel(id) => {
                            (id.clone(), None)
                        }
                        AnswersError::NotInRepeat { item, instance, .. } => {
                            (item.clone(), Some(*instance))
                        }
                        AnswersError::Invalid { id, instance, .. } => (id.clone(), *instance),
                    };
                    let message = match &error {
                        AnswersError::Invalid { invalid, .. } => invalid.message(&form, lang),
                        other => other.to_string(),
                    };
                    Problem {
                        item_id,
                        instance,
                        message,
                    }
                })
                .collect::<Vec<_>>()
        })?;
        let mut consents = BTreeMap::new();
        let mut pending = Vec::new();
        for item in form.items() {
            if let (Some(purpose), Some(Answer::Bool(granted))) =
                (item.consent(), typed.get(&item.id))
            {
                consents.insert(purpose.to_owned(), *granted);
                pending.push((purpose.to_owned(), *granted));
            }
        }
        let stopped = state.stopped_at().and_then(|pos| state.item_idx(pos));
        let position = first_unanswered(&state);
        Ok(FormSession {
            state,
            lang: lang.to_owned(),
            case_id: None,
            position,
            stopped,
            consents,
            pending_consents: pending,
            draft: None,
        })
    }

    pub fn form(&self) -> &Form {
        self.state.form()
    }

    pub fn case_id(&self) -> Option<CaseId> {
        self.case_id
    }

    pub fn language(&self) -> &str {
        &self.lang
    }

    pub fn set_language(&mut self, lang: &str) {
        self.lang = lang.to_owned();
    }

    /// The stop message, if a stop condition ended the session.
    pub fn stop_message(&self) -> Option<String> {
        self.stopped
            .and_then(|idx| self.state.stop_message(idx, &self.lang))
            .map(str::to_owned)
    }

    /// The question to show now; `None` when every question has been passed (review and finish)
    /// or the session was stopped.
    pub fn current(&self) -> Option<Question> {
        if self.stopped.is_some() {
            return None;
        }
        self.position.and_then(|pos| self.question_at(pos))
    }

    /// Relevant questions answered, out of relevant questions.
    pub fn progress(&self) -> Progress {
        self.state.progress()
    }

    /// Answers the current question. `Value::Null` skips a question that is not required. For a
    /// repeat's own question, `true` adds an entry and `false` moves past the repeat.
    pub fn answer(&mut self, store: &mut Store, value: Value) -> Result<Outcome> {
        if let Some(idx) = self.stopped {
            let message = self
                .state
                .stop_message(idx, &self.lang)
                .unwrap_or_default()
                .to_owned();
            return Ok(Outcome::Stopped {
                message,
                stored: self.case_id.is_some(),
            });
        }
        let Some(pos) = self.position else {
            return Ok(Outcome::End);
        };
        let Some(item) = self.state.item(pos).cloned() else {
            return Err(Error::InvalidState("detail-session-lost-place"));
        };
        if let ItemKind::Repeat { .. } = item.kind {
            return self.answer_repeat(store, pos, &value);
        }
        let answer = match parse_answer(&item, value, &self.lang) {
            Ok(answer) => answer,
            Err(message) => return Ok(Outcome::Invalid(message)),
        };
        if let Err(invalid) = self.state.validate(pos, answer.as_ref()) {
            return Ok(Outcome::Invalid(
                invalid.message(self.state.form(), &self.lang),
            ));
        }
        let consent = match (item.consent(), &answer) {
            (Some(purpose), Some(Answer::Bool(granted)))
                if self.consents.get(purpose) != Some(granted) =>
            {
                Some((purpose.to_owned(), *granted))
            }
            _ => None,
        };
        let step = match self.state.set(pos, answer) {
            Ok(step) => step,
            Err(invalid) => {
                return Ok(Outcome::Invalid(
                    invalid.message(self.state.form(), &self.lang),
                ));
            }
        };
        if let Some((purpose, granted)) = &consent {
            self.consents.insert(purpose.clone(), *granted);
        }
        if let Step::Stop(idx) = step {
            return self.stop(store, idx, consent);
        }
        let next = self.advance(pos);
        self.persist(store, next, consent)?;
        self.position = next;
        Ok(match next.and_then(|pos| self.question_at(pos)) {
            Some(question) => Outcome::Next(Box::new(question)),
            None => Outcome::End,
        })
    }

    /// Goes back to the previous relevant question.
    pub fn back(&mut self) -> Option<Question> {
        let target = match self.position {
            Some(pos) => self.state.prev(pos),
            None => self.state.positions().last().copied(),
        };
        if let Some(target) = target {
            self.position = Some(target);
        }
        self.current()
    }

    /// Jumps to the first relevant question of a section (by id or 0-based index).
    pub fn jump(&mut self, section: &str) -> Result<Question> {
        let sections = self.state.form().sections();
        let index = sections
            .iter()
            .position(|s| s.id == section)
            .or_else(|| {
                section
                    .parse::<usize>()
                    .ok()
                    .filter(|i| *i < sections.len())
            })
            .ok_or_else(|| {
                Error::InvalidInput(
                    self.words("session-no-section", &[("section", Arg::Text(section))])
                        .into(),
                )
            })?;
        let target = self.state.first_in_section(index).ok_or_else(|| {
            Error::InvalidInput(
                self.words(
                    "session-section-not-relevant",
                    &[("section", Arg::Text(section))],
                )
                .into(),
            )
        })?;
        self.position = Some(target);
        self.current()
            .ok_or(Error::InvalidState("detail-section-no-question"))
    }

    /// Removes entry `instance` of a repeat (e.g. an officer added by mistake) and saves.
    pub fn remove_entry(
        &mut self,
        store: &mut Store,
        repeat_id: &str,
        instance: usize,
    ) -> Result<()> {
        let header = self.state.position_of(repeat_id, None).ok_or_else(|| {
            Error::InvalidInput(
                self.words("session-no-repeat", &[("repeat", Arg::Text(repeat_id))])
                    .into(),
            )
        })?;
        self.state
            .remove_instance(header, instance)
            .map_err(|invalid| {
                Error::InvalidInput(invalid.message(self.state.form(), &self.lang).into())
            })?;
        if self
            .position
            .is_some_and(|pos| pos.section == header.section && pos.item == header.item)
        {
            self.position = Some(header);
        }
        self.persist(store, self.position, None)
    }

    /// Stores the answers as a draft without finishing (for the non-interactive mode): creates
    /// the case if needed. Refuses when a stop condition holds, since nothing may be kept then.
    pub fn save_draft(&mut self, store: &mut Store) -> Result<CaseId> {
        if self.stopped.is_some() || !self.state.gate_passed() {
            return Err(Error::InvalidState("detail-safety-stop"));
        }
        self.persist(store, self.position, None)?;
        self.case_id
            .ok_or(Error::InvalidState("detail-case-not-stored"))
    }

    fn answer_repeat(
        &mut self,
        store: &mut Store,
        pos: Position,
        value: &Value,
    ) -> Result<Outcome> {
        let add = match value {
            Value::Bool(add) => *add,
            Value::Null => false,
            _ => {
                return Ok(Outcome::Invalid(
                    self.words("session-repeat-yes-or-no", &[]),
                ));
            }
        };
        let next = if add {
            let instance = match self.state.add_instance(pos) {
                Ok(instance) => instance,
                Err(invalid) => {
                    return Ok(Outcome::Invalid(
                        invalid.message(self.state.form(), &self.lang),
                    ));
                }
            };
            self.first_in_instance(pos, instance).or(Some(pos))
        } else {
            if let Err(invalid) = self.state.check_instances(pos) {
                return Ok(Outcome::Invalid(
                    invalid.message(self.state.form(), &self.lang),
                ));
            }
            self.after_repeat(pos)
        };
        self.persist(store, next, None)?;
        self.position = next;
        Ok(match next.and_then(|pos| self.question_at(pos)) {
            Some(question) => Outcome::Next(Box::new(question)),
            None => Outcome::End,
        })
    }

    fn stop(
        &mut self,
        store: &mut Store,
        idx: ItemIdx,
        consent: Option<(String, bool)>,
    ) -> Result<Outcome> {
        let message = self
            .state
            .stop_message(idx, &self.lang)
            .unwrap_or_default()
            .to_owned();
        let stored = self.case_id.is_some();
        if stored {
            // Past the gate the draft stays, with the answer that stopped it. Stopped only once
            // that is written: a save that failed is tried again by answering again.
            self.persist(store, self.position, consent)?;
        } else {
            // Before the gate: forget everything, store nothing.
            self.state = FormState::empty(Arc::clone(self.state.form_arc()), self.state.today());
            self.pending_consents.clear();
            self.consents.clear();
            self.position = None;
        }
        self.stopped = Some(idx);
        Ok(Outcome::Stopped { message, stored })
    }

    /// The next position after answering at `pos`: normally the engine's next; leaving a
    /// repeat's last entry comes back to the repeat's question ("add another?").
    fn advance(&self, pos: Position) -> Option<Position> {
        let next = self.state.next(pos);
        if pos.inner.is_some() {
            let header = Position { inner: None, ..pos };
            let still_inside = next.is_some_and(|n| n.section == pos.section && n.item == pos.item);
            if !still_inside {
                return Some(header);
            }
            // Moving on to another entry also returns to the repeat's question first.
            if let (Some(n), Some(inner)) = (next, pos.inner)
                && n.inner.is_some_and(|ni| ni.instance != inner.instance)
            {
                return Some(header);
            }
        }
        next
    }

    fn first_in_instance(&self, header: Position, instance: usize) -> Option<Position> {
        let mut at = self.state.next(header);
        while let Some(pos) = at {
            if pos.section != header.section || pos.item != header.item {
                return None;
            }
            if pos.inner.is_some_and(|inner| inner.instance == instance) {
                return Some(pos);
            }
            at = self.state.next(pos);
        }
        None
    }

    fn after_repeat(&self, header: Position) -> Option<Position> {
        let mut at = self.state.next(header);
        while let Some(pos) = at {
            if pos.section != header.section || pos.item != header.item {
                return Some(pos);
            }
            at = self.state.next(pos);
        }
        None
    }

    /// Writes the answers, the next position and a consent change, creating the case when the
    /// gate has just been passed. Before the gate, keeps everything in memory.
    pub(super) fn persist(
        &mut self,
        store: &mut Store,
        next: Option<Position>,
        consent: Option<(String, bool)>,
    ) -> Result<()> {
        if let Some(consent) = consent {
            self.pending_consents.push(consent);
        }
        if self.case_id.is_none() && !self.state.gate_passed() {
            return Ok(());
        }
        // Written as the engine holds them: copying every answer into JSON values first, at
        // every answer, cost as much as sealing and writing the case.
        let answers = self.state.answers();
        let title = case::title_from(|key| match serde_json::to_value(answers.get(key)?) {
            Ok(Value::String(text)) => Some(text),
            _ => None,
        });
        let cursor = match next {
            Some(pos) => self.cursor_of(pos),
            None => serde_json::json!({ "end": true }),
        };
        let consents = std::mem::take(&mut self.pending_consents);
        let written = match self.case_id {
            Some(id) => case::save_held_draft_of(
                store,
                id,
                self.draft.as_ref(),
                &answers,
                title,
                Some(&cursor),
                &consents,
            )
            .map(|held| (id, held)),
            None => {
                let form = self.state.form();
                let form_ref = FormRef {
                    id: form.id().to_owned(),
                    version: form.version() as u32,
                };
                case::create_held_draft_of(
                    store,
                    form_ref,
                    &answers,
                    title,
                    Some(&cursor),
                    &consents,
                )
            }
        };
        match written {
            Ok((id, held)) => {
                self.case_id = Some(id);
                self.draft = Some(held);
                Ok(())
            }
            Err(error) => {
                self.pending_consents = consents;
                // Whatever the store holds now, the next save reads it first.
                self.draft = None;
                Err(error)
            }
        }
    }

    fn cursor_of(&self, pos: Position) -> Value {
        let id = self
            .state
            .item(pos)
            .map(|item| item.id.clone())
            .unwrap_or_default();
        match pos.inner {
            Some(inner) => serde_json::json!({ "item": id, "instance": inner.instance }),
            None => serde_json::json!({ "item": id }),
        }
    }
}

/// A value typed in for `item`, in the answer's JSON shape, with the shorthands a terminal user
/// or a script may give: "yes"/"no" for yes/no, a bare "YYYY-MM-DD" or "YYYY-MM" for a date, a
/// number given as text. `Value::Null` means no answer (skip).
fn parse_answer(
    item: &Item,
    value: Value,
    lang: &str,
) -> std::result::Result<Option<Answer>, String> {
    if value.is_null() {
        return Ok(None);
    }
    let value = match (&item.kind, value) {
        (ItemKind::YesNo { .. } | ItemKind::Info, Value::String(text)) => {
            match text.trim().to_lowercase().as_str() {
                "yes" | "y" | "true" | "да" | "так" | "д" | "т" => Value::Bool(true),
                "no" | "n" | "false" | "нет" | "ні" | "н" => Value::Bool(false),
                _ => Value::String(text),
            }
        }
        (ItemKind::Date { .. }, Value::String(text)) => {
            let text = text.trim().to_owned();
            let precision = if text.len() == 7 { "month" } else { "exact" };
            serde_json::json!({ "value": text, "precision": precision })
        }
        (ItemKind::Number { .. } | ItemKind::Duration, Value::String(text)) => {
            match text.trim().replace(',', ".").parse::<f64>() {
                Ok(number) if number.is_finite() => serde_json::json!(number),
                _ => Value::String(text),
            }
        }
        (_, value) => value,
    };
    serde_json::from_value::<Answer>(value)
        .map(Some)
        .map_err(|_| core_text(lang, SOURCE_LANGUAGE, "invalid-wrong-type", &[]))
}

fn first_unanswered(state: &FormState) -> Option<Position> {
    state
        .positions()
        .into_iter()
        .find(|pos| {
            state
                .item(*pos)
                .is_some_and(|item| !matches!(item.kind, ItemKind::Repeat { .. }))
                && state.answer(*pos).is_none()
        })
        .or_else(|| state.first())
}

fn position_from_cursor(state: &FormState, cursor: &Value) -> Option<Position> {
    let id = cursor.get("item")?.as_str()?;
    let instance = cursor
        .get("instance")
        .and_then(Value::as_u64)
        .map(|n| n as usize);
    let pos = state.position_of(id, instance)?;
    state.is_relevant(pos).then_some(pos)
}

/// The store keeps answers as a JSON map; the engine as typed answers.
pub(crate) fn answers_from_json(
    map: &serde_json::Map<String, Value>,
    lang: &str,
) -> Result<Answers> {
    serde_json::from_value(Value::Object(map.clone())).map_err(|error| {
        Error::InvalidInput(
            core_text(
                lang,
                SOURCE_LANGUAGE,
                "session-answers-shape",
                &[("detail", Arg::Text(&error.to_string()))],
            )
            .into(),
        )
    })
}
