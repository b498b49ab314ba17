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
        /// Language of the problems listed: en, ru or uk.
        #[arg(long, default_value = "en")]
        lang: String,
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
            forms::check_language(&form, &lang)?;
            let answers = read_answers(&answers)?;
            // Checked before the vault is opened: a refused file costs no unlock attempt.
            let mut session = checked_session(form, &answers, &lang).map_err(|problems| {
                eprintln!("Nothing was saved; fix these and add again:");
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
                println!("No cases.");
            } else {
                println!("{:<36}  {:<9}  {:<20}  TITLE", "ID", "STATUS", "UPDATED");
                for case in &cases {
                    println!(
                        "{:<36}  {:<9}  {:<20}  {}",
                        case.id,
                        case.status.as_str(),
                        short_time(case.updated_at),
                        case.title
                    );
                }
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
            eprintln!("Case {id} finalized (version {}).", finalized.version);
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
            let source = File::open(&file)
                .map_err(|error| Failure(format!("cannot read {}: {error}", file.display())))?;
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
            eprintln!("Attached {} bytes, SHA-256 {}.", meta.size, meta.sha256);
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
                "Wrote {} bytes to {} (SHA-256 {} verified).",
                meta.size,
                out.display(),
                meta.sha256
            );
            Ok(())
        }
        CaseCommand::Delete { id, vault } => {
            let id: CaseId = id.parse()?;
            case::delete_case(unlock(&vault)?.store(), id)?;
            eprintln!("Case {id} deleted.");
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
        .map_err(|error| Failure(format!("cannot read {}: {error}", path.display())))?
        .len();
    if size > MAX_ANSWERS_FILE {
        return Err(Failure(format!(
            "{} is larger than {} MiB",
            path.display(),
            MAX_ANSWERS_FILE >> 20
        )));
    }
    let text = fs::read_to_string(path)
        .map_err(|error| Failure(format!("cannot read {}: {error}", path.display())))?;
    match serde_json::from_str::<Value>(&text) {
        Ok(Value::Object(answers)) => Ok(answers),
        Ok(_) => Err(Failure(format!(
            "{} must hold a JSON object of answers (item id → answer)",
            path.display()
        ))),
        Err(error) => Err(Failure(format!(
            "{} is not valid JSON: {error}",
            path.display()
        ))),
    }
}

/// Writes through a temporary file next to `out` and renames it into place only on success, so
/// a damaged attachment never leaves a half-written file behind.
fn write_atomically<T>(
    out: &Path,
    write: impl FnOnce(&mut dyn Write) -> CliResult<T>,
) -> CliResult<T> {
    let dir = out
        .parent()
        .filter(|dir| !dir.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = out
        .file_name()
        .ok_or_else(|| Failure(format!("{} is not a file name", out.display())))?;
    let temporary = dir.join(format!(".{}.partial", name.to_string_lossy()));
    let file = File::create(&temporary)
        .map_err(|error| Failure(format!("cannot write {}: {error}", out.display())))?;
    let mut sink = BufWriter::new(file);
    let result = write(&mut sink).and_then(|value| {
        let file = sink
            .into_inner()
            .map_err(|error| Failure(error.to_string()))?;
        file.sync_all()?;
        fs::rename(&temporary, out)?;
        Ok(value)
    });
    if result.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    result
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
    println!("Case {}", case.id);
    println!("  status   {}", case.status.as_str());
    println!("  form     {} v{}", case.form.id, case.form.version);
    println!("  created  {}", short_time(case.created_at));
    println!("  updated  {}", short_time(case.updated_at));
    println!("  versions {}", case.versions.len());
    println!("Answers:");
    for (item, answer) in &case.answers {
        let shown = match answer {
            Value::String(text) => text.clone(),
            other => serde_json::to_string(other)?,
        };
        println!("  {item}: {shown}");
    }
    if !attachments.is_empty() {
        println!("Attachments:");
        for meta in attachments {
            println!(
                "  {}  {}  {} bytes  sha256 {}  {}",
                meta.id,
                meta.media_type,
                meta.size,
                meta.sha256,
                meta.file_name.as_deref().unwrap_or("")
            );
        }
    }
    Ok(())
}
