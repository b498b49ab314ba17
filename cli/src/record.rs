//! `wave record`: a case through the checklist in the terminal — one question at a time with
//! help, back, progress, jump and review before finishing; or all at once from a file of answers.
//! Every accepted answer is in the encrypted vault before the next question is shown.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use clap::Args;
use serde_json::{Value, json};
use wave_core::case::CaseId;
use wave_core::form::{Form, ItemType};
use wave_core::record::{FinishError, FormSession, Outcome, Problem, Question, Sealing};
use wave_core::store::Store;

use crate::cases::read_answers;
use crate::forms;
use crate::vaults::{VaultArg, unlock};
use crate::{CliResult, Failure};
use wave_core::case;

#[derive(Args)]
pub struct RecordArgs {
    #[command(flatten)]
    vault: VaultArg,
    /// Language of the questions: any the form has (default: the terminal's, if the form has
    /// it, else the form's default).
    #[arg(long)]
    lang: Option<String>,
    /// Answers keyed by item id (repeats as arrays of objects), instead of asking.
    #[arg(long, value_name = "FILE.json")]
    answers: Option<PathBuf>,
    /// With --answers: finalize the case if every answer is valid and complete.
    #[arg(long, requires = "answers")]
    finalize: bool,
    /// Continue a draft case instead of starting a new one.
    #[arg(long, value_name = "ID")]
    case: Option<String>,
    /// Use this form definition instead of the built-in checklist.
    #[arg(long, value_name = "FORM.json")]
    form: Option<PathBuf>,
}

pub fn run(args: RecordArgs) -> CliResult {
    let form = forms::load(args.form.as_deref())?;
    let lang = forms::choose_language(&form, args.lang.as_deref())?;
    let today = today();
    match &args.answers {
        Some(path) => record_from_file(&args, &lang, form, path, today),
        None => {
            let mut unlocked = unlock(&args.vault)?;
            let session = match &args.case {
                Some(id) => {
                    let id: CaseId = id.parse()?;
                    match &args.form {
                        Some(_) => {
                            FormSession::resume(unlocked.store_ref(), form, id, &lang, today)?
                        }
                        // A draft continues under the checklist version it was begun with.
                        None => {
                            FormSession::resume_builtin(unlocked.store_ref(), id, &lang, today)?
                        }
                    }
                }
                None => FormSession::start(form, &lang, today),
            };
            let stdin = std::io::stdin();
            let mut input = stdin.lock();
            let mut output = std::io::stdout();
            Recorder {
                session,
                lang,
                input: &mut input,
                output: &mut output,
            }
            .run(unlocked.store())
        }
    }
}

pub fn today() -> time::Date {
    time::OffsetDateTime::now_utc().date()
}

/// Non-interactive: validate everything, keep what fits as a draft, list every problem.
fn record_from_file(
    args: &RecordArgs,
    lang: &str,
    form: Arc<Form>,
    path: &Path,
    today: time::Date,
) -> CliResult {
    let mut answers = read_answers(path)?;
    let mut problems: Vec<Problem> = Vec::new();
    // Answers of the wrong shape cannot be kept; drop them, keep the rest, report all.
    let mut session = loop {
        match FormSession::from_answers(Arc::clone(&form), &answers, lang, today) {
            Ok(session) => break session,
            Err(found) => {
                let before = answers.len();
                for problem in &found {
                    answers.remove(&problem.item_id);
                }
                problems.extend(found);
                if answers.len() == before {
                    return Err(report(&problems));
                }
            }
        }
    };
    if let Some(message) = session.stop_message() {
        return Err(Failure(tl!(
            lang,
            "record-stopped-nothing-saved",
            message = &message
        )));
    }
    let mut unlocked = unlock(&args.vault)?;
    let store = unlocked.store();
    let case_id = session.save_draft(store).map_err(|error| {
        let gate = form
            .persist_after()
            .and_then(|idx| form.item(idx))
            .map(|item| item.id.clone());
        match gate {
            Some(gate) => Failure(tl!(
                lang,
                "record-needs-consent",
                item = &gate,
                error = &error.message(lang)
            )),
            None => Failure(error.message(lang)),
        }
    })?;
    println!("{case_id}");
    problems.extend(session.problems());
    if !problems.is_empty() {
        let case_id = case_id.to_string();
        eprintln!("{}", tl!(lang, "record-draft-with-problems", id = &case_id));
        return Err(report(&problems));
    }
    if args.finalize {
        match session.finish(store) {
            Ok(finished) => {
                let id = finished.case_id.to_string();
                eprintln!(
                    "{}",
                    tl!(lang, "case-finalized", id = &id, version = finished.version)
                );
                warn_if_deferred(&finished.sealing);
            }
            Err(FinishError::Problems(problems)) => return Err(report(&problems)),
            Err(FinishError::Store(error)) => return Err(error.into()),
        }
    } else {
        eprintln!("{}", tl!(lang, "record-draft-saved"));
    }
    Ok(())
}

/// Says on stderr when a version just finalized could not be sealed for the NGO. Not a failure:
/// the version is finalized and kept, and the next `wave sync` seals it before sending.
pub fn warn_if_deferred(sealing: &Sealing) {
    if let Sealing::Deferred(reason) = sealing {
        eprintln!(
            "{}",
            t!(
                "sealing-deferred",
                reason = &reason.message(crate::l10n::ui_language())
            )
        );
    }
}

/// Lists every problem on stderr, one a line by item id, and fails without a further message.
pub fn report(problems: &[Problem]) -> Failure {
    for problem in problems {
        match problem.instance {
            Some(instance) => eprintln!(
                "{}",
                t!(
                    "problem-in-entry",
                    item = &problem.item_id,
                    entry = instance + 1,
                    message = &problem.message
                )
            ),
            None => eprintln!("{}: {}", problem.item_id, problem.message),
        }
    }
    Failure(String::new())
}

struct Recorder<'a> {
    session: FormSession,
    lang: String,
    input: &'a mut dyn BufRead,
    output: &'a mut dyn Write,
}

impl Recorder<'_> {
    fn run(mut self, store: &mut Store) -> CliResult {
        self.say(&format!(
            "\n{}\n{}\n",
            self.session.form().title(&self.lang),
            self.ui("record-commands")
        ))?;
        loop {
            let Some(question) = self.session.current() else {
                if let Some(message) = self.session.stop_message() {
                    self.say(&format!("\n{message}\n"))?;
                    return Ok(());
                }
                return self.finish(store);
            };
            self.show(&question)?;
            let Some(line) = self.read_line()? else {
                return self.pause();
            };
            let line = line.trim().to_owned();
            match line.as_str() {
                "?" => {
                    let help = question
                        .help
                        .clone()
                        .unwrap_or_else(|| self.ui("record-no-help"));
                    self.say(&format!("  {help}\n"))?;
                    continue;
                }
                "<" => {
                    self.session.back();
                    continue;
                }
                "=" => {
                    let progress = self.session.progress();
                    let line = tl!(
                        &self.lang,
                        "record-progress",
                        answered = progress.answered,
                        relevant = progress.relevant
                    );
                    self.say(&format!("  {line}\n"))?;
                    continue;
                }
                "review" => {
                    self.print_review()?;
                    continue;
                }
                "quit" => return self.pause(),
                _ => {}
            }
            if let Some(section) = line.strip_prefix("jump ") {
                if let Err(error) = self.session.jump(section.trim()) {
                    self.say(&format!("  {}\n", error.message(&self.lang)))?;
                }
                continue;
            }
            let value = match self.parse_line(&question, &line, store) {
                Ok(value) => value,
                Err(message) => {
                    self.say(&format!("  ! {message}\n"))?;
                    continue;
                }
            };
            match self.session.answer(store, value)? {
                Outcome::Next(_) | Outcome::End => {}
                Outcome::Invalid(message) => self.say(&format!("  ! {message}\n"))?,
                Outcome::Stopped { message, stored } => {
                    self.say(&format!("\n{message}\n"))?;
                    if !stored {
                        return Ok(());
                    }
                    return Err(Failure(self.ui("record-stopped-draft-kept")));
                }
            }
        }
    }

    /// Leaves the draft as it is (every answer is already saved) and says how to go on.
    fn pause(&mut self) -> CliResult {
        match self.session.case_id() {
            Some(id) => {
                let paused = tl!(&self.lang, "record-paused", id = &id.to_string());
                self.say(&format!("\n{paused}\n"))?;
                println!("{id}");
            }
            None => {
                let nothing = self.ui("record-nothing-saved");
                self.say(&format!("\n{nothing}\n"))?
            }
        }
        Ok(())
    }

    fn finish(&mut self, store: &mut Store) -> CliResult {
        self.print_review()?;
        let prompt = self.ui("record-finish-prompt");
        self.say(&format!("\n{prompt} "))?;
        let answer = self.read_line()?.unwrap_or_default();
        if !is_yes(answer.trim(), &self.lang) {
            return self.pause();
        }
        match self.session.finish(store) {
            Ok(finished) => {
                let done = tl!(
                    &self.lang,
                    "record-finalized",
                    id = &finished.case_id.to_string()
                );
                self.say(&format!("{done}\n"))?;
                warn_if_deferred(&finished.sealing);
                println!("{}", finished.case_id);
                Ok(())
            }
            Err(FinishError::Problems(problems)) => {
                for problem in &problems {
                    self.say(&format!("  ! {}: {}\n", problem.item_id, problem.message))?;
                }
                Err(Failure(self.ui("record-incomplete")))
            }
            Err(FinishError::Store(error)) => Err(error.into()),
        }
    }

    fn show(&mut self, question: &Question) -> CliResult {
        let mut text = format!(
            "\n[{}/{}] {} · {}\n",
            question.number, question.total, question.section_label, question.label
        );
        if let Some(repeat) = &question.repeat {
            if question.item_type == ItemType::Repeat {
                text = format!(
                    "\n[{}] {} ({}: {})\n{} ",
                    question.section_label,
                    question.label,
                    repeat.entry_label,
                    repeat.count,
                    tl!(&self.lang, "record-add-entry", entry = &repeat.entry_label)
                );
                return self.say(&text);
            }
            text.push_str(&format!(
                "  ({} {})\n",
                repeat.entry_label,
                repeat.instance + 1
            ));
        }
        for (number, choice) in question.choices.iter().enumerate() {
            text.push_str(&format!("  {}) {}\n", number + 1, choice.label));
        }
        if let Some(previous) = self.session.shown_answer(question) {
            let current = tl!(&self.lang, "record-current-answer", answer = &previous);
            text.push_str(&format!("  ({current})\n"));
        }
        let hint = match question.item_type {
            ItemType::Multi => self.ui("record-hint-multi"),
            ItemType::Yesno => self.ui("record-hint-yes-no"),
            ItemType::Date => self.ui("record-hint-date"),
            ItemType::Time => self.ui("record-hint-time"),
            ItemType::Duration => self.ui("record-hint-minutes"),
            ItemType::Location => self.ui("record-hint-location"),
            ItemType::Attachment => self.ui("record-hint-files"),
            ItemType::Info => self.ui("record-hint-info"),
            _ => String::new(),
        };
        let required = if question.required { "*" } else { "" };
        text.push_str(&format!("{required}{hint}> "));
        self.say(&text)
    }

    /// Turns a typed line into an answer value; an empty line skips.
    fn parse_line(
        &mut self,
        question: &Question,
        line: &str,
        store: &mut Store,
    ) -> Result<Value, String> {
        if line.is_empty() {
            return Ok(match question.item_type {
                ItemType::Info if question.required => json!(true),
                ItemType::Repeat => json!(false),
                _ => Value::Null,
            });
        }
        let choice = |token: &str| -> Result<String, String> {
            let token = token.trim();
            if let Ok(number) = token.parse::<usize>()
                && let Some(choice) = number.checked_sub(1).and_then(|i| question.choices.get(i))
            {
                return Ok(choice.value.clone());
            }
            question
                .choices
                .iter()
                .find(|c| c.value == token || c.label.eq_ignore_ascii_case(token))
                .map(|c| c.value.clone())
                .ok_or_else(|| tl!(&self.lang, "record-no-such-choice", choice = token))
        };
        Ok(match question.item_type {
            ItemType::Single => json!(choice(line)?),
            ItemType::Multi => {
                let values: Result<Vec<String>, String> = line
                    .split(',')
                    .filter(|t| !t.trim().is_empty())
                    .map(choice)
                    .collect();
                json!(values?)
            }
            ItemType::Yesno | ItemType::Info | ItemType::Repeat => {
                if is_yes(line, &self.lang) {
                    json!(true)
                } else if is_no(line, &self.lang) {
                    json!(false)
                } else {
                    return Err(self.ui("record-hint-yes-no"));
                }
            }
            ItemType::Date => {
                let (value, precision) = match line.strip_prefix('~') {
                    Some(rest) => (rest.trim(), "estimated"),
                    None if line.len() == 7 => (line, "month"),
                    None => (line, "exact"),
                };
                json!({ "value": value, "precision": precision })
            }
            ItemType::Location => {
                let parts: Vec<&str> = line.split(',').map(str::trim).collect();
                match parts.as_slice() {
                    [lat, lon] => match (lat.parse::<f64>(), lon.parse::<f64>()) {
                        (Ok(lat), Ok(lon)) => json!({ "lat": lat, "lon": lon }),
                        _ => return Err(self.ui("record-hint-location")),
                    },
                    _ => return Err(self.ui("record-hint-location")),
                }
            }
            ItemType::Attachment => json!(self.attach_files(line, store)?),
            ItemType::Number
            | ItemType::Duration
            | ItemType::Text
            | ItemType::Longtext
            | ItemType::Time => json!(line),
        })
    }

    /// Encrypts each named file into the vault; the answer is the list of attachment ids.
    fn attach_files(&mut self, line: &str, store: &mut Store) -> Result<Vec<String>, String> {
        let Some(case_id) = self.session.case_id() else {
            return Err(self.ui("record-attach-before-saved"));
        };
        let mut ids = Vec::new();
        for path in line.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let file = std::fs::File::open(path).map_err(|error| format!("{path}: {error}"))?;
            let name = Path::new(path)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned());
            let meta = case::add_attachment(
                store,
                case_id,
                &mut std::io::BufReader::new(file),
                name.as_deref(),
                "application/octet-stream",
            )
            .map_err(|error| error.to_string())?;
            ids.push(meta.id.to_string());
        }
        Ok(ids)
    }

    fn print_review(&mut self) -> CliResult {
        let review = self.session.review();
        let mut text = format!("\n== {} ==\n", self.ui("record-review"));
        for section in review {
            text.push_str(&format!("\n{}\n", section.label));
            for item in section.items {
                let entry = item
                    .instance
                    .map(|i| format!(" #{}", i + 1))
                    .unwrap_or_default();
                let shown = if item.shown.is_empty() {
                    "—".to_owned()
                } else {
                    item.shown
                };
                text.push_str(&format!("  {}{}: {}\n", item.label, entry, shown));
            }
        }
        self.say(&text)
    }

    fn read_line(&mut self) -> CliResult<Option<String>> {
        let mut line = String::new();
        if self.input.read_line(&mut line)? == 0 {
            return Ok(None);
        }
        Ok(Some(line))
    }

    /// One of the recorder's own messages, in the session's language.
    fn ui(&self, id: &str) -> String {
        crate::l10n::text_in(&self.lang, id, &[])
    }

    fn say(&mut self, text: &str) -> CliResult {
        self.output.write_all(text.as_bytes())?;
        self.output.flush()?;
        Ok(())
    }
}

/// Whether `text` is one of the words for yes in `lang` (or in English, which every keyboard
/// can type).
fn is_yes(text: &str, lang: &str) -> bool {
    is_one_of(text, lang, "record-yes-words")
}

fn is_no(text: &str, lang: &str) -> bool {
    is_one_of(text, lang, "record-no-words")
}

fn is_one_of(text: &str, lang: &str, id: &str) -> bool {
    let text = text.trim().to_lowercase();
    [lang, "en"].iter().any(|lang| {
        crate::l10n::text_in(lang, id, &[])
            .split(',')
            .any(|word| word.trim().to_lowercase() == text)
    })
}
