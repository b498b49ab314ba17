//! `GuidedSession`: the police-violence checklist one question at a time. Answers cross the FFI
//! as JSON text (the same shapes the form format and `wave record --answers` use), so the shells
//! need no type per question kind; questions, outcomes and the review come back as records.
//! Every accepted answer is in the vault before `answer` returns.

use std::sync::{Arc, Mutex};

use serde::Serialize;
use wave_core::form::{Form, ItemType, POLICE_VIOLENCE, builtin_latest};
use wave_core::l10n::Arg;
use wave_core::record::{FormSession, Outcome, Problem, Question, ReviewSection};

use crate::cases::case_id;
use crate::error::{WaveError, WaveResult};
use crate::vault::{Shared, WaveVault};
use crate::{guard, lock};

/// The latest built-in checklist, which new cases start on; parsed and checked once per process.
pub(crate) fn checklist() -> WaveResult<Arc<Form>> {
    builtin_latest(POLICE_VIOLENCE).map_err(|error| WaveError::Internal {
        message: format!("the built-in checklist does not load: {error}"),
    })
}

/// Refuses a language `form` is not written in, naming the ones it is (in its default
/// language: the one asked for is not there to say it in).
fn check_language(form: &Form, language: &str) -> WaveResult<()> {
    if form.languages().iter().any(|l| l == language) {
        return Ok(());
    }
    let default = form.default_language();
    Err(WaveError::InvalidInput {
        message: wave_core::l10n::core_text(
            default,
            default,
            "session-unknown-language",
            &[
                ("lang", Arg::Text(language)),
                ("languages", Arg::Text(&form.languages().join(", "))),
            ],
        ),
    })
}

/// The language a resumed draft is asked in: the one asked for when the draft's checklist
/// version has it, otherwise the version's default.
fn resume_language<'a>(form: &'a Form, requested: &'a str) -> &'a str {
    if form.languages().iter().any(|l| l == requested) {
        requested
    } else {
        form.default_language()
    }
}

/// The local calendar is not known here; UTC's date only decides which dates count as "in the
/// future", and a day of slack there is harmless.
fn today() -> time::Date {
    time::OffsetDateTime::now_utc().date()
}

/// Counts cross the FFI as `u32`; nothing in a form comes near its limit.
fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn to_json(value: &impl Serialize) -> WaveResult<String> {
    serde_json::to_string(value).map_err(|error| WaveError::Internal {
        message: format!("cannot write JSON: {error}"),
    })
}

/// A serde unit enum's name (`"photo"`, `"month"`).
fn name_of(value: &impl Serialize) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|value| value.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// What kind of answer a question takes, and so which control the shell draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum ItemKind {
    /// One choice value: `"value"`.
    Single,
    /// Choice values: `["a", "b"]`.
    Multi,
    /// `true` / `false`.
    Yesno,
    /// `"text"`.
    Text,
    /// `"longer text"`.
    Longtext,
    /// A number: `2`.
    Number,
    /// `{"value": "2026-03-14", "precision": "exact" | "estimated"}` or `{"value": "2026-03", "precision": "month"}`.
    Date,
    /// `"21:30"`.
    Time,
    /// Whole minutes: `45`.
    Duration,
    /// `{"lat": 46.48, "lon": 30.72}`, optionally `"accuracy_m"`.
    Location,
    /// Attachment ids: `["…"]` (add them with `WaveVault.add_attachment` first).
    Attachment,
    /// A note to read: `true` once understood.
    Info,
    /// A repeated group: `true` adds an entry, `false` moves on.
    Repeat,
}

impl From<ItemType> for ItemKind {
    fn from(kind: ItemType) -> Self {
        match kind {
            ItemType::Single => ItemKind::Single,
            ItemType::Multi => ItemKind::Multi,
            ItemType::Yesno => ItemKind::Yesno,
            ItemType::Text => ItemKind::Text,
            ItemType::Longtext => ItemKind::Longtext,
            ItemType::Number => ItemKind::Number,
            ItemType::Date => ItemKind::Date,
            ItemType::Time => ItemKind::Time,
            ItemType::Duration => ItemKind::Duration,
            ItemType::Location => ItemKind::Location,
            ItemType::Attachment => ItemKind::Attachment,
            ItemType::Info => ItemKind::Info,
            ItemType::Repeat => ItemKind::Repeat,
        }
    }
}

/// One choice as shown.
#[derive(Debug, Clone, uniffi::Record)]
pub struct ChoiceRecord {
    pub value: String,
    pub label: String,
    pub help: Option<String>,
}

/// Where a question sits in a repeated group.
#[derive(Debug, Clone, uniffi::Record)]
pub struct RepeatRecord {
    pub repeat_id: String,
    /// The entry's name, e.g. "Officer".
    pub entry_label: String,
    /// The entry (0-based); for the group's own question, the number of entries so far.
    pub instance: u32,
    pub count: u32,
}

/// The question to show now, in the session's language.
#[derive(Debug, Clone, uniffi::Record)]
pub struct QuestionRecord {
    pub id: String,
    pub kind: ItemKind,
    pub section_id: String,
    pub section_label: String,
    pub section_index: u32,
    pub label: String,
    pub help: Option<String>,
    pub required: bool,
    pub choices: Vec<ChoiceRecord>,
    /// The answer given earlier, as JSON, if any.
    pub answer_json: Option<String>,
    /// That answer as text in the session's language (choice labels, yes/no, dates).
    pub shown_answer: Option<String>,
    pub repeat: Option<RepeatRecord>,
    /// For attachment questions: `photo`, `audio`, `video`, `file`.
    pub media: Vec<String>,
    /// For date questions: `exact`, `estimated`, `month`.
    pub precisions: Vec<String>,
    /// 1-based place among the questions that apply now, and how many apply.
    pub number: u32,
    pub total: u32,
}

/// What answering did.
// Crosses the FFI by value (serialized), so boxing the question would save nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, uniffi::Enum)]
pub enum AnswerOutcome {
    /// Stored; here is the next question.
    Next { question: QuestionRecord },
    /// Refused, nothing changed; the message is in the session's language.
    Invalid { message: String },
    /// The safety questions ended the record. If `stored` is false nothing was ever written.
    Stopped { message: String, stored: bool },
    /// Stored, and no question is left: review and finish.
    End,
}

/// Answered questions out of those that apply now.
#[derive(Debug, Clone, uniffi::Record)]
pub struct ProgressRecord {
    pub answered: u32,
    pub relevant: u32,
}

/// Something that keeps the case from being finished.
#[derive(Debug, Clone, uniffi::Record)]
pub struct ProblemRecord {
    pub item_id: String,
    /// The entry of a repeated group (0-based), if the item is in one.
    pub instance: Option<u32>,
    pub message: String,
}

impl From<Problem> for ProblemRecord {
    fn from(problem: Problem) -> Self {
        ProblemRecord {
            item_id: problem.item_id,
            instance: problem.instance.map(count),
            message: problem.message,
        }
    }
}

/// A question and its answer, for the review screen.
#[derive(Debug, Clone, uniffi::Record)]
pub struct ReviewItemRecord {
    pub id: String,
    pub label: String,
    pub answer_json: Option<String>,
    pub shown: String,
    pub instance: Option<u32>,
}

/// A section of the review screen.
#[derive(Debug, Clone, uniffi::Record)]
pub struct ReviewSectionRecord {
    pub id: String,
    pub label: String,
    pub items: Vec<ReviewItemRecord>,
}

/// The result of finishing.
#[derive(Debug, Clone, uniffi::Enum)]
pub enum FinishOutcome {
    /// The case version is finalized (and queued for sync once enrolled).
    Finished {
        case_id: String,
        version: u32,
        /// Answers dropped because their questions no longer applied.
        dropped: u32,
    },
    /// Nothing was finalized: these need fixing first.
    Problems { problems: Vec<ProblemRecord> },
}

/// A guided recording of one case. Stops working (with `VaultLocked`) once its vault is locked.
#[derive(uniffi::Object)]
pub struct GuidedSession {
    vault: Shared,
    session: Mutex<FormSession>,
}

impl std::fmt::Debug for GuidedSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GuidedSession").finish_non_exhaustive()
    }
}

fn question_record(session: &FormSession, question: Question) -> WaveResult<QuestionRecord> {
    let shown_answer = session.shown_answer(&question);
    let answer_json = question.answer.as_ref().map(to_json).transpose()?;
    Ok(QuestionRecord {
        kind: question.item_type.into(),
        section_index: count(question.section_index),
        choices: question
            .choices
            .into_iter()
            .map(|choice| ChoiceRecord {
                value: choice.value,
                label: choice.label,
                help: choice.help,
            })
            .collect(),
        answer_json,
        shown_answer,
        repeat: question.repeat.map(|repeat| RepeatRecord {
            repeat_id: repeat.repeat_id,
            entry_label: repeat.entry_label,
            instance: count(repeat.instance),
            count: count(repeat.count),
        }),
        media: question.media.iter().map(name_of).collect(),
        precisions: question.precisions.iter().map(name_of).collect(),
        number: count(question.number),
        total: count(question.total),
        id: question.id,
        section_id: question.section_id,
        section_label: question.section_label,
        label: question.label,
        help: question.help,
        required: question.required,
    })
}

fn review_record(section: ReviewSection) -> WaveResult<ReviewSectionRecord> {
    let items = section
        .items
        .into_iter()
        .map(|item| {
            Ok(ReviewItemRecord {
                answer_json: item.answer.as_ref().map(to_json).transpose()?,
                instance: item.instance.map(count),
                id: item.id,
                label: item.label,
                shown: item.shown,
            })
        })
        .collect::<WaveResult<Vec<_>>>()?;
    Ok(ReviewSectionRecord {
        id: section.id,
        label: section.label,
        items,
    })
}

#[uniffi::export]
impl WaveVault {
    /// Starts recording a new case with the checklist in `language`, one of
    /// [`crate::checklist_languages`] (another is refused with the list). Nothing is stored
    /// until the safety questions are passed.
    pub fn start_session(&self, language: String) -> WaveResult<Arc<GuidedSession>> {
        guard(|| {
            WaveVault::with_unlocked(&self.unlocked, |_| Ok(()))?;
            let form = checklist()?;
            check_language(&form, &language)?;
            let session = FormSession::start(form, &language, today());
            Ok(Arc::new(GuidedSession {
                vault: self.unlocked.clone(),
                session: Mutex::new(session),
            }))
        })
    }

    /// Continues a draft case at the question where it was left, in `language` when its
    /// checklist version has it, and otherwise in that version's own language: a draft begun
    /// under an earlier version with fewer languages must still be finished (the app's
    /// language is chosen from the latest version).
    pub fn resume_session(
        &self,
        case_id: String,
        language: String,
    ) -> WaveResult<Arc<GuidedSession>> {
        guard(|| {
            let id = self::case_id(&case_id)?;
            let session = WaveVault::with_unlocked(&self.unlocked, |unlocked| {
                // A draft continues under the checklist version it was begun with.
                let store = unlocked.store_ref();
                let recorded = wave_core::case::get_case(store, id)?.form;
                let form = wave_core::form::builtin(&recorded.id, u64::from(recorded.version))?;
                let language = resume_language(&form, &language).to_owned();
                Ok(FormSession::resume(store, form, id, &language, today())?)
            })?;
            Ok(Arc::new(GuidedSession {
                vault: self.unlocked.clone(),
                session: Mutex::new(session),
            }))
        })
    }
}

#[uniffi::export]
impl GuidedSession {
    /// The question to show now; `None` at the end (review and finish) or after a stop.
    pub fn current(&self) -> WaveResult<Option<QuestionRecord>> {
        guard(|| {
            let session = lock(&self.session);
            session
                .current()
                .map(|question| question_record(&session, question))
                .transpose()
        })
    }

    /// Answers the current question with `answer_json` (see [`ItemKind`] for the shapes; `null`
    /// skips a question that is not required). Stored before this returns.
    pub fn answer(&self, answer_json: String) -> WaveResult<AnswerOutcome> {
        guard(|| {
            let value: serde_json::Value = serde_json::from_str(&answer_json).map_err(|error| {
                WaveError::invalid_input(format!("the answer is not JSON: {error}"))
            })?;
            let mut session = lock(&self.session);
            let outcome = WaveVault::with_unlocked(&self.vault, |unlocked| {
                Ok(session.answer(unlocked.store(), value)?)
            })?;
            Ok(match outcome {
                Outcome::Next(question) => AnswerOutcome::Next {
                    question: question_record(&session, *question)?,
                },
                Outcome::Invalid(message) => AnswerOutcome::Invalid { message },
                Outcome::Stopped { message, stored } => AnswerOutcome::Stopped { message, stored },
                Outcome::End => AnswerOutcome::End,
            })
        })
    }

    /// Goes back to the previous question that applies.
    pub fn back(&self) -> WaveResult<Option<QuestionRecord>> {
        guard(|| {
            let mut session = lock(&self.session);
            session
                .back()
                .map(|question| question_record(&session, question))
                .transpose()
        })
    }

    /// Jumps to the first question of a section (by id, or 0-based index as text).
    pub fn jump(&self, section: String) -> WaveResult<QuestionRecord> {
        guard(|| {
            let mut session = lock(&self.session);
            let question = session.jump(&section)?;
            question_record(&session, question)
        })
    }

    /// Removes entry `instance` of a repeated group (e.g. an officer added by mistake).
    pub fn remove_entry(&self, repeat_id: String, instance: u32) -> WaveResult<()> {
        guard(|| {
            let mut session = lock(&self.session);
            WaveVault::with_unlocked(&self.vault, |unlocked| {
                Ok(session.remove_entry(unlocked.store(), &repeat_id, instance as usize)?)
            })
        })
    }

    pub fn progress(&self) -> ProgressRecord {
        let progress = lock(&self.session).progress();
        ProgressRecord {
            answered: count(progress.answered),
            relevant: count(progress.relevant),
        }
    }

    /// Every question that applies, with its answer, by section.
    pub fn review(&self) -> WaveResult<Vec<ReviewSectionRecord>> {
        guard(|| {
            lock(&self.session)
                .review()
                .into_iter()
                .map(review_record)
                .collect()
        })
    }

    /// What keeps the case from being finished now (empty when it can be).
    pub fn problems(&self) -> WaveResult<Vec<ProblemRecord>> {
        guard(|| {
            Ok(lock(&self.session)
                .problems()
                .into_iter()
                .map(ProblemRecord::from)
                .collect())
        })
    }

    /// Checks everything and finalizes the case version, or says what is missing.
    pub fn finish(&self) -> WaveResult<FinishOutcome> {
        guard(|| {
            let mut session = lock(&self.session);
            let finished = WaveVault::with_unlocked(&self.vault, |unlocked| {
                match session.finish(unlocked.store()) {
                    Ok(finished) => Ok(Ok(finished)),
                    Err(wave_core::record::FinishError::Problems(problems)) => Ok(Err(problems)),
                    Err(wave_core::record::FinishError::Store(error)) => Err(error.into()),
                }
            })?;
            // `FinishOutcome` has no place for a sealing deferred (its shape is the generated
            // API); the core keeps that reason as the sync status's last error, which the shell
            // shows, and the next sync seals the version.
            Ok(match finished {
                Ok(finished) => FinishOutcome::Finished {
                    case_id: finished.case_id.to_string(),
                    version: finished.version,
                    dropped: count(finished.dropped),
                },
                Err(problems) => FinishOutcome::Problems {
                    problems: problems.into_iter().map(ProblemRecord::from).collect(),
                },
            })
        })
    }

    /// The case this session writes, once the safety questions are passed.
    pub fn case_id(&self) -> Option<String> {
        lock(&self.session).case_id().map(|id| id.to_string())
    }

    /// The message of the stop, if the safety questions ended the record.
    pub fn stop_message(&self) -> Option<String> {
        lock(&self.session).stop_message()
    }

    pub fn language(&self) -> String {
        lock(&self.session).language().to_owned()
    }

    /// Switches the language of every text from now on (answers stay as they are).
    pub fn set_language(&self, language: String) {
        lock(&self.session).set_language(&language);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wave_core::form::builtin;

    #[test]
    fn a_draft_of_a_version_without_the_apps_language_resumes_in_the_versions_own() {
        let first = builtin(POLICE_VIOLENCE, 1).unwrap();
        let latest = builtin_latest(POLICE_VIOLENCE).unwrap();
        let missing: Vec<&String> = latest
            .languages()
            .iter()
            .filter(|lang| !first.languages().contains(lang))
            .collect();
        assert!(!missing.is_empty(), "the first version has fewer languages");
        for lang in missing {
            assert_eq!(resume_language(&first, lang), first.default_language());
            assert_eq!(resume_language(&latest, lang), lang.as_str());
        }
        assert_eq!(resume_language(&first, "ru"), "ru");
    }
}
