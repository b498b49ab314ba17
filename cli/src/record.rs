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
    /// Language of the questions: en, ru or uk.
    #[arg(long, default_value = "en")]
    lang: String,
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
    forms::check_language(&form, &args.lang)?;
    let today = today();
    match &args.answers {
        Some(path) => record_from_file(&args, form, path, today),
        None => {
            let mut unlocked = unlock(&args.vault)?;
            let session = match &args.case {
                Some(id) => {
                    let id: CaseId = id.parse()?;
                    match &args.form {
                        Some(_) => {
                            FormSession::resume(unlocked.store_ref(), form, id, &args.lang, today)?
                        }
                        // A draft continues under the checklist version it was begun with.
                        None => FormSession::resume_builtin(
                            unlocked.store_ref(),
                            id,
                            &args.lang,
                            today,
                        )?,
                    }
                }
                None => FormSession::start(form, &args.lang, today),
            };
            let stdin = std::io::stdin();
            let mut input = stdin.lock();
            let mut output = std::io::stdout();
            Recorder {
                session,
                lang: args.lang.clone(),
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
    form: Arc<Form>,
    path: &Path,
    today: time::Date,
) -> CliResult {
    let mut answers = read_answers(path)?;
    let mut problems: Vec<Problem> = Vec::new();
    // Answers of the wrong shape cannot be kept; drop them, keep the rest, report all.
    let mut session = loop {
        match FormSession::from_answers(Arc::clone(&form), &answers, &args.lang, today) {
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
        return Err(Failure(format!("nothing was saved: {message}")));
    }
    let mut unlocked = unlock(&args.vault)?;
    let store = unlocked.store();
    let case_id = session.save_draft(store).map_err(|error| {
        let gate = form
            .persist_after()
            .and_then(|idx| form.item(idx))
            .map(|item| item.id.clone());
        match gate {
            Some(gate) => Failure(format!(
                "nothing was saved: the answers must include {gate} (consent to store): {error}"
            )),
            None => Failure(error.to_string()),
        }
    })?;
    println!("{case_id}");
    problems.extend(session.problems());
    if !problems.is_empty() {
        eprintln!(
            "The draft was kept; fix these and record again with --case {case_id}, or edit the answers:"
        );
        return Err(report(&problems));
    }
    if args.finalize {
        match session.finish(store) {
            Ok(finished) => {
                eprintln!(
                    "Case {} finalized (version {}).",
                    finished.case_id, finished.version
                );
                warn_if_deferred(&finished.sealing);
            }
            Err(FinishError::Problems(problems)) => return Err(report(&problems)),
            Err(FinishError::Store(error)) => return Err(error.into()),
        }
    } else {
        eprintln!("Saved as a draft; every answer is valid. Add --finalize to finalize it.");
    }
    Ok(())
}

/// Says on stderr when a version just finalized could not be sealed for the NGO. Not a failure:
/// the version is finalized and kept, and the next `wave sync` seals it before sending.
pub fn warn_if_deferred(sealing: &Sealing) {
    if let Sealing::Deferred(reason) = sealing {
        eprintln!(
            "warning: the case is finalized but not yet sealed for the NGO ({reason}); \
             the next `wave sync` seals and sends it"
        );
    }
}

/// Lists every problem on stderr, one a line by item id, and fails without a further message.
pub fn report(problems: &[Problem]) -> Failure {
    for problem in problems {
        match problem.instance {
            Some(instance) => eprintln!(
                "{} (entry {}): {}",
                problem.item_id,
                instance + 1,
                problem.message
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
            ui(&self.lang, Text::Commands)
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
                        .unwrap_or_else(|| ui(&self.lang, Text::NoHelp).to_owned());
                    self.say(&format!("  {help}\n"))?;
                    continue;
                }
                "<" => {
                    self.session.back();
                    continue;
                }
                "=" => {
                    let progress = self.session.progress();
                    self.say(&format!(
                        "  {} {}/{}\n",
                        ui(&self.lang, Text::Progress),
                        progress.answered,
                        progress.relevant
                    ))?;
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
                    self.say(&format!("  {error}\n"))?;
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
                    return Err(Failure("the record was stopped; the draft is kept".into()));
                }
            }
        }
    }

    /// Leaves the draft as it is (every answer is already saved) and says how to go on.
    fn pause(&mut self) -> CliResult {
        match self.session.case_id() {
            Some(id) => {
                self.say(&format!("\n{} {id}\n", ui(&self.lang, Text::Paused)))?;
                println!("{id}");
            }
            None => self.say(&format!("\n{}\n", ui(&self.lang, Text::NothingSaved)))?,
        }
        Ok(())
    }

    fn finish(&mut self, store: &mut Store) -> CliResult {
        self.print_review()?;
        self.say(&format!("\n{} ", ui(&self.lang, Text::FinishPrompt)))?;
        let answer = self.read_line()?.unwrap_or_default();
        if !is_yes(answer.trim()) {
            return self.pause();
        }
        match self.session.finish(store) {
            Ok(finished) => {
                self.say(&format!(
                    "{} {}\n",
                    ui(&self.lang, Text::Finalized),
                    finished.case_id
                ))?;
                warn_if_deferred(&finished.sealing);
                println!("{}", finished.case_id);
                Ok(())
            }
            Err(FinishError::Problems(problems)) => {
                for problem in &problems {
                    self.say(&format!("  ! {}: {}\n", problem.item_id, problem.message))?;
                }
                Err(Failure(
                    "the case is not complete; run wave record --case ID to continue".into(),
                ))
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
                    ui(&self.lang, Text::AddEntry).replace("{}", &repeat.entry_label)
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
            text.push_str(&format!(
                "  ({}: {previous})\n",
                ui(&self.lang, Text::Current)
            ));
        }
        let hint = match question.item_type {
            ItemType::Multi => ui(&self.lang, Text::HintMulti),
            ItemType::Yesno => ui(&self.lang, Text::HintYesNo),
            ItemType::Date => ui(&self.lang, Text::HintDate),
            ItemType::Time => "HH:MM",
            ItemType::Duration => ui(&self.lang, Text::HintMinutes),
            ItemType::Location => "lat, lon",
            ItemType::Attachment => ui(&self.lang, Text::HintFiles),
            ItemType::Info => ui(&self.lang, Text::HintInfo),
            _ => "",
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
                .ok_or_else(|| format!("{} {token:?}", ui(&self.lang, Text::NoSuchChoice)))
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
                if is_yes(line) {
                    json!(true)
                } else if is_no(line) {
                    json!(false)
                } else {
                    return Err(ui(&self.lang, Text::HintYesNo).to_owned());
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
                        _ => return Err("lat, lon".into()),
                    },
                    _ => return Err("lat, lon".into()),
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
            return Err("attachments can be added once the case is saved".into());
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
        let mut text = format!("\n== {} ==\n", ui(&self.lang, Text::Review));
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

    fn say(&mut self, text: &str) -> CliResult {
        self.output.write_all(text.as_bytes())?;
        self.output.flush()?;
        Ok(())
    }
}

fn is_yes(text: &str) -> bool {
    matches!(
        text.to_lowercase().as_str(),
        "y" | "yes" | "да" | "д" | "так" | "т" | "ok"
    )
}

fn is_no(text: &str) -> bool {
    matches!(
        text.to_lowercase().as_str(),
        "n" | "no" | "нет" | "н" | "ні"
    )
}

#[derive(Clone, Copy)]
enum Text {
    Commands,
    Paused,
    NothingSaved,
    NoHelp,
    Progress,
    FinishPrompt,
    Finalized,
    AddEntry,
    Current,
    HintMulti,
    HintYesNo,
    HintDate,
    HintMinutes,
    HintFiles,
    HintInfo,
    NoSuchChoice,
    Review,
}

/// The recorder's own words in English, Russian and Ukrainian.
fn ui(lang: &str, text: Text) -> &'static str {
    use Text::*;
    match (lang, text) {
        ("ru", Commands) => {
            "Ответ и Enter. ? — подсказка, < — назад, = — прогресс, review — обзор, jump РАЗДЕЛ, quit — пауза. Пустая строка — пропустить."
        }
        ("uk", Commands) => {
            "Відповідь і Enter. ? — підказка, < — назад, = — прогрес, review — огляд, jump РОЗДІЛ, quit — пауза. Порожній рядок — пропустити."
        }
        (_, Commands) => {
            "Type the answer and Enter. ? help, < back, = progress, review, jump SECTION, quit to pause. An empty line skips."
        }
        ("ru", Paused) => "Черновик сохранён; продолжить: wave record --case",
        ("uk", Paused) => "Чернетку збережено; продовжити: wave record --case",
        (_, Paused) => "Draft kept; continue with: wave record --case",
        ("ru", NothingSaved) => "Ничего не сохранено.",
        ("uk", NothingSaved) => "Нічого не збережено.",
        (_, NothingSaved) => "Nothing was saved.",
        ("ru", NoHelp) => "К этому вопросу нет подсказки.",
        ("uk", NoHelp) => "До цього питання немає підказки.",
        (_, NoHelp) => "There is no help for this question.",
        ("ru", Progress) => "Отвечено",
        ("uk", Progress) => "Відповіли",
        (_, Progress) => "Answered",
        ("ru", FinishPrompt) => "Завершить и сохранить окончательно? (да/нет)",
        ("uk", FinishPrompt) => "Завершити і зберегти остаточно? (так/ні)",
        (_, FinishPrompt) => "Finish and finalize the case? (yes/no)",
        ("ru", Finalized) => "Случай сохранён окончательно:",
        ("uk", Finalized) => "Випадок збережено остаточно:",
        (_, Finalized) => "Case finalized:",
        ("ru", AddEntry) => "Добавить ({})? (да/нет)",
        ("uk", AddEntry) => "Додати ({})? (так/ні)",
        (_, AddEntry) => "Add one ({})? (yes/no)",
        ("ru", Current) => "сейчас",
        ("uk", Current) => "зараз",
        (_, Current) => "now",
        ("ru", HintMulti) => "номера через запятую",
        ("uk", HintMulti) => "номери через кому",
        (_, HintMulti) => "numbers, comma-separated",
        ("ru", HintYesNo) => "да/нет",
        ("uk", HintYesNo) => "так/ні",
        (_, HintYesNo) => "yes/no",
        ("ru", HintDate) => "ГГГГ-ММ-ДД, ~ГГГГ-ММ-ДД примерно, ГГГГ-ММ",
        ("uk", HintDate) => "РРРР-ММ-ДД, ~РРРР-ММ-ДД приблизно, РРРР-ММ",
        (_, HintDate) => "YYYY-MM-DD, ~YYYY-MM-DD if estimated, YYYY-MM",
        ("ru", HintMinutes) => "минуты",
        ("uk", HintMinutes) => "хвилини",
        (_, HintMinutes) => "minutes",
        ("ru", HintFiles) => "пути к файлам через запятую",
        ("uk", HintFiles) => "шляхи до файлів через кому",
        (_, HintFiles) => "file paths, comma-separated",
        ("ru", HintInfo) => "Enter",
        ("uk", HintInfo) => "Enter",
        (_, HintInfo) => "Enter",
        ("ru", NoSuchChoice) => "нет такого варианта:",
        ("uk", NoSuchChoice) => "немає такого варіанта:",
        (_, NoSuchChoice) => "no such choice:",
        ("ru", Review) => "Проверьте ответы",
        ("uk", Review) => "Перевірте відповіді",
        (_, Review) => "Review your answers",
    }
}
