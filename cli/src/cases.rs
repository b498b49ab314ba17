//! `wave case …`: add, list, show, finalize, attach, read back and delete cases.

use std::fs::{self, File};
use std::io::{BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use clap::Subcommand;
use serde_json::{Value, json};
use wave_core::case::{
    Answers, AttachmentId, AttachmentMeta, Case, CaseId, CaseSummary, format_timestamp,
};
use wave_core::form::Form;
use wave_core::record::{FormSession, Problem, finalize_and_seal};

use crate::forms;
use crate::record::{report, today, warn_if_deferred};
use crate::vaults::{VaultArg, unlock};
use crate::{CliResult, Failure};
use wave_core::case;

/// Largest answers file accepted: a case is a few kilobytes; this leaves room for long stories.
const MAX_ANSWERS_FILE: u64 = 8 * 1024 * 1024;

#[derive(Subcommand)]
pub enum CaseCommand {
    /// Add a complete case from a JSON object of answers, as a draft to finalize; prints the new
    /// case id. The answers are checked against the checklist as `wave record --answers` checks
    /// them; if anything is wrong or missing, every problem is listed and nothing is written.
    Add {
        #[command(flatten)]
        vault: VaultArg,
        /// A JSON object: item id → answer (repeats as arrays of objects).
        #[arg(long, value_name = "FILE.json")]
        answers: PathBuf,
        /// Check against this form definition instead of the built-in checklist.
        #[arg(long, value_name = "FORM.json")]
        form: Option<PathBuf>,
        /// Language of the problems listed: any the form has (default: the terminal's, if the
        /// form has it, else the form's default).
        #[arg(long)]
        lang: Option<String>,
    },
    /// List cases, most recently changed first.
    List {
        #[command(flatten)]
        vault: VaultArg,
        /// A JSON array instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Show one case with its answers, versions and attachments.
    Show {
        id: String,
        #[command(flatten)]
        vault: VaultArg,
        #[arg(long)]
        json: bool,
    },
    /// Seal the current answers as a finalized version.
    Finalize {
        id: String,
        #[command(flatten)]
        vault: VaultArg,
    },
    /// Encrypt a file into the vault as an attachment of a case; prints the attachment id.
    Attach {
        id: String,
        file: PathBuf,
        #[command(flatten)]
        vault: VaultArg,
        /// The media type; guessed from the file name if not given.
        #[arg(long)]
        media_type: Option<String>,
    },
    /// Write an attachment's decrypted bytes to a file (its fingerprint is checked).
    Attachment {
        id: String,
        attachment_id: String,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        #[command(flatten)]
        vault: VaultArg,
    },
    /// Delete a case, its versions and its attachments.
    Delete {
        id: String,
        #[command(flatten)]
        vault: VaultArg,
    },
}

pub fn run(command: CaseCommand) -> CliResult {
    match command {
        CaseCommand::Add {
            vault,
            answers,
            form,
            lang,
        } => {
            let form = forms::load(form.as_deref())?;
            let lang = forms::choose_language(&form, lang.as_deref())?;
            let answers = read_answers(&answers)?;
            // Checked before the vault is opened: a refused file costs no unlock attempt.
            let mut session = checked_session(form, &answers, &lang).map_err(|problems| {
                eprintln!("{}", t!("case-add-refused"));
                report(&problems)
            })?;
            let mut unlocked = unlock(&vault)?;
            let id = session.save_draft(unlocked.store())?;
            println!("{id}");
            Ok(())
        }
        CaseCommand::List { vault, json } => {
            let unlocked = unlock(&vault)?;
            let cases = case::list_cases(unlocked.store_ref())?;
            if json {
                let list: Vec<Value> = cases.iter().map(summary_json).collect();
                println!("{}", serde_json::to_string_pretty(&list)?);
            } else if cases.is_empty() {
                println!("{}", t!("cases-none"));
            } else {
                println!(
                    "{:<36}  {:<11}  {:<20}  {}",
                    t!("column-id"),
                    t!("column-status"),
                    t!("column-updated"),
                    t!("column-title")
                );
                for case in &cases {
                    println!(
                        "{:<36}  {:<11}  {:<20}  {}",
                        case.id,
                        t!("case-status", status = case.status.as_str()),
                        short_time(case.updated_at),
                        case.title
                    );
                }
                println!("{}", t!("cases-count", count = cases.len()));
            }
            Ok(())
        }
        CaseCommand::Show { id, vault, json } => {
            let id: CaseId = id.parse()?;
            let unlocked = unlock(&vault)?;
            let case = case::get_case(unlocked.store_ref(), id)?;
            let attachments = case::list_attachments(unlocked.store_ref(), id)?;
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&case_json(&case, &attachments))?
                );
            } else {
                print_case(&case, &attachments)?;
            }
            Ok(())
        }
        CaseCommand::Finalize { id, vault } => {
            let id: CaseId = id.parse()?;
            let finalized = finalize_and_seal(unlock(&vault)?.store(), id)?;
            let id = id.to_string();
            eprintln!(
                "{}",
                t!("case-finalized", id = &id, version = finalized.version)
            );
            warn_if_deferred(&finalized.sealing);
            Ok(())
        }
        CaseCommand::Attach {
            id,
            file,
            vault,
            media_type,
        } => {
            let id: CaseId = id.parse()?;
            let source = File::open(&file).map_err(|error| cannot_read(&file, &error))?;
            let name = file
                .file_name()
                .map(|name| name.to_string_lossy().into_owned());
            let media_type = media_type.unwrap_or_else(|| guess_media_type(&file).to_owned());
            let mut unlocked = unlock(&vault)?;
            let meta = case::add_attachment(
                unlocked.store(),
                id,
                &mut BufReader::new(source),
                name.as_deref(),
                &media_type,
            )?;
            println!("{}", meta.id);
            eprintln!(
                "{}",
                t!(
                    "attached",
                    bytes = meta.size,
                    sha256 = &meta.sha256.to_string()
                )
            );
            Ok(())
        }
        CaseCommand::Attachment {
            id,
            attachment_id,
            out,
            vault,
        } => {
            let id: CaseId = id.parse()?;
            let attachment_id: AttachmentId = attachment_id.parse()?;
            let unlocked = unlock(&vault)?;
            let meta = write_atomically(&out, |sink| {
                Ok(case::read_attachment(
                    unlocked.store_ref(),
                    id,
                    attachment_id,
                    sink,
                )?)
            })?;
            eprintln!(
                "{}",
                t!(
                    "attachment-written",
                    bytes = meta.size,
                    file = &out.display().to_string(),
                    sha256 = &meta.sha256.to_string()
                )
            );
            Ok(())
        }
        CaseCommand::Delete { id, vault } => {
            let id: CaseId = id.parse()?;
            case::delete_case(unlock(&vault)?.store(), id)?;
            let id = id.to_string();
            eprintln!("{}", t!("case-deleted", id = &id));
            Ok(())
        }
    }
}

/// A session over `answers` if they are a complete, valid case that may be kept; otherwise every
/// problem: answers that do not fit their question or name no question, each under its item id;
/// then, given the answers that fit, whatever keeps the case from being finished (a missing
/// required answer, a broken constraint, a safety question that stops the record).
fn checked_session(
    form: Arc<Form>,
    answers: &Answers,
    lang: &str,
) -> Result<FormSession, Vec<Problem>> {
    let today = today();
    let mut problems = Vec::new();
    let mut fitting = Answers::new();
    // One at a time, so an answer of an impossible shape is named rather than hiding the rest.
    for (id, value) in answers {
        let single = Answers::from_iter([(id.clone(), value.clone())]);
        match FormSession::from_answers(Arc::clone(&form), &single, lang, today) {
            Ok(_) => {
                fitting.insert(id.clone(), value.clone());
            }
            Err(found) => problems.extend(found.into_iter().map(|mut problem| {
                if problem.item_id.is_empty() {
                    problem.item_id = id.clone();
                }
                problem
            })),
        }
    }
    let session = match FormSession::from_answers(form, &fitting, lang, today) {
        Ok(session) => session,
        Err(found) => {
            problems.extend(found);
            return Err(problems);
        }
    };
    // An answer already refused shows up again as missing; once is enough.
    for problem in session.problems() {
        let named = problems.iter().any(|earlier| {
            earlier.item_id == problem.item_id && earlier.instance == problem.instance
        });
        if !named {
            problems.push(problem);
        }
    }
    if problems.is_empty() {
        Ok(session)
    } else {
        Err(problems)
    }
}

/// Reads a JSON object of answers, refusing anything else with a clear reason.
pub fn read_answers(path: &Path) -> CliResult<Answers> {
    let size = fs::metadata(path)
        .map_err(|error| cannot_read(path, &error))?
        .len();
    if size > MAX_ANSWERS_FILE {
        return Err(too_large(path, MAX_ANSWERS_FILE));
    }
    let text = fs::read_to_string(path).map_err(|error| cannot_read(path, &error))?;
    let file = path.display().to_string();
    match serde_json::from_str::<Value>(&text) {
        Ok(Value::Object(answers)) => Ok(answers),
        Ok(_) => Err(Failure(t!("answers-not-object", file = &file))),
        Err(error) => Err(Failure(t!(
            "not-json",
            file = &file,
            error = &error.to_string()
        ))),
    }
}

/// "cannot read FILE: why", in the terminal's language.
pub fn cannot_read(path: &Path, error: &dyn std::fmt::Display) -> Failure {
    let file = path.display().to_string();
    Failure(t!("cannot-read", file = &file, error = &error.to_string()))
}

/// "cannot write FILE: why", in the terminal's language.
pub fn cannot_write(path: &Path, error: &dyn std::fmt::Display) -> Failure {
    let file = path.display().to_string();
    Failure(t!("cannot-write", file = &file, error = &error.to_string()))
}

/// "FILE is larger than N MiB", in the terminal's language.
pub fn too_large(path: &Path, limit: u64) -> Failure {
    let file = path.display().to_string();
    Failure(t!("file-too-large", file = &file, mib = limit >> 20))
}

/// Writes through a temporary file next to `out` and renames it into place only on success, so
/// a damaged attachment never leaves a half-written file behind. The temporary file is made
/// new (never one an attacker placed or linked there) and readable by its owner only, as the
/// decrypted file then is.
fn write_atomically<T>(
    out: &Path,
    write: impl FnOnce(&mut dyn Write) -> CliResult<T>,
) -> CliResult<T> {
    let dir = out
        .parent()
        .filter(|dir| !dir.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = out.file_name().ok_or_else(|| {
        let file = out.display().to_string();
        Failure(t!("not-a-file-name", file = &file))
    })?;
    let temporary = tempfile::Builder::new()
        .prefix(&format!(".{}.", name.to_string_lossy()))
        .suffix(".partial")
        .tempfile_in(dir)
        .map_err(|error| cannot_write(out, &error))?;
    let mut sink = BufWriter::new(temporary);
    // On failure the temporary file is removed when it is dropped.
    write(&mut sink).and_then(|value| {
        let temporary = sink
            .into_inner()
            .map_err(|error| Failure(error.to_string()))?;
        temporary.as_file().sync_all()?;
        temporary
            .persist(out)
            .map_err(|error| cannot_write(out, &error.error))?;
        Ok(value)
    })
}

fn guess_media_type(path: &Path) -> &'static str {
    let extension = path
        .extension()
        .map(|ext| ext.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "heic" => "image/heic",
        "webp" => "image/webp",
        "mp4" => "video/mp4",
        "mov" => "video/quicktime",
        "3gp" => "video/3gpp",
        "m4a" => "audio/mp4",
        "mp3" => "audio/mpeg",
        "ogg" | "opus" => "audio/ogg",
        "wav" => "audio/wav",
        "pdf" => "application/pdf",
        "txt" => "text/plain",
        _ => "application/octet-stream",
    }
}

fn short_time(at: i64) -> String {
    format_timestamp(at)
        .chars()
        .take(19)
        .collect::<String>()
        .replace('T', " ")
}

pub fn summary_json(case: &CaseSummary) -> Value {
    json!({
        "id": case.id.to_string(),
        "status": case.status.as_str(),
        "title": case.title,
        "form_id": case.form.id,
        "form_version": case.form.version,
        "created_at": format_timestamp(case.created_at),
        "updated_at": format_timestamp(case.updated_at),
        "versions": case.versions,
    })
}

pub fn case_json(case: &Case, attachments: &[AttachmentMeta]) -> Value {
    json!({
        "id": case.id.to_string(),
        "status": case.status.as_str(),
        "form_id": case.form.id,
        "form_version": case.form.version,
        "created_at": format_timestamp(case.created_at),
        "updated_at": format_timestamp(case.updated_at),
        "answers": case.answers,
        "versions": case.versions.iter().map(|version| json!({
            "seq": version.seq,
            "finalized_at": format_timestamp(version.finalized_at),
            "answers": version.answers,
        })).collect::<Vec<_>>(),
        "attachments": attachments.iter().map(|meta| json!({
            "id": meta.id.to_string(),
            "file_name": meta.file_name,
            "media_type": meta.media_type,
            "size": meta.size,
            "sha256": meta.sha256,
            "added_at": format_timestamp(meta.added_at),
        })).collect::<Vec<_>>(),
    })
}

fn print_case(case: &Case, attachments: &[AttachmentMeta]) -> CliResult {
    let id = case.id.to_string();
    println!("{}", t!("case-heading", id = &id));
    let rows = [
        (
            t!("case-field-status"),
            t!("case-status", status = case.status.as_str()),
        ),
        (
            t!("case-field-form"),
            format!("{} v{}", case.form.id, case.form.version),
        ),
        (t!("case-field-created"), short_time(case.created_at)),
        (t!("case-field-updated"), short_time(case.updated_at)),
        (t!("case-field-versions"), case.versions.len().to_string()),
    ];
    let width = rows
        .iter()
        .map(|(name, _)| name.chars().count())
        .max()
        .unwrap_or(0);
    for (name, value) in rows {
        println!("  {name:<width$} {value}");
    }
    println!("{}", t!("case-answers"));
    for (item, answer) in &case.answers {
        let shown = match answer {
            Value::String(text) => text.clone(),
            other => serde_json::to_string(other)?,
        };
        println!("  {item}: {shown}");
    }
    if !attachments.is_empty() {
        println!("{}", t!("case-attachments"));
        for meta in attachments {
            println!(
                "  {}  {}  {}  sha256 {}  {}",
                meta.id,
                meta.media_type,
                t!("bytes", count = meta.size),
                meta.sha256,
                meta.file_name.as_deref().unwrap_or_default()
            );
        }
    }
    Ok(())
}
