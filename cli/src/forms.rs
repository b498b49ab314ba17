//! `wave form …`: check a form definition, print its outline or its languages' review status,
//! and move its texts to and from translators' PO files.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use clap::Subcommand;
use serde_json::json;
use wave_core::form::{
    Form, FormErrorKind, FormErrors, ItemKind, Review, export_po, import_po, police_violence,
};

use crate::cases::{cannot_read, too_large};
use crate::{CliResult, Failure};

/// Largest form file accepted; the shipped checklist is about 250 KiB.
const MAX_FORM_FILE: u64 = 16 * 1024 * 1024;

#[derive(Subcommand)]
pub enum FormCommand {
    /// Check a form definition: every error is printed, one per line, naming the item.
    Check {
        file: PathBuf,
        /// Print the result as JSON on stdout: each error's kind, code (a stable message id),
        /// path, field and English message.
        #[arg(long)]
        json: bool,
    },
    /// Print a form's sections and questions (the built-in checklist if no FILE).
    Outline {
        file: Option<PathBuf>,
        /// The language (default: the terminal's, if the form has it, else the form's default).
        #[arg(long)]
        lang: Option<String>,
    },
    /// List a form's languages with each one's review status (the built-in checklist if no FILE).
    Languages { file: Option<PathBuf> },
    /// Move a form's texts to and from gettext PO files for translators.
    #[command(subcommand)]
    Translations(TranslationsCommand),
}

#[derive(Subcommand)]
pub enum TranslationsCommand {
    /// Write one language's texts as a PO file: each text's path as msgctxt, the source text as
    /// msgid, the translation (or nothing yet) as msgstr.
    Export {
        file: PathBuf,
        #[arg(long)]
        lang: String,
        #[arg(long, value_name = "LANG.po")]
        out: PathBuf,
    },
    /// Write a translated PO file's texts into the form file; nothing is written if anything in
    /// it does not fit the form (every problem is listed).
    Import {
        file: PathBuf,
        #[arg(value_name = "LANG.po")]
        po: PathBuf,
    },
}

pub fn run(command: FormCommand) -> CliResult {
    match command {
        FormCommand::Check { file, json } => {
            let text = read_form_file(&file)?;
            let loaded = Form::load(&text);
            if json {
                return check_json(&loaded);
            }
            match loaded {
                Ok(form) => {
                    println!(
                        "{}",
                        t!(
                            "form-valid",
                            file = &file.display().to_string(),
                            id = form.id(),
                            version = form.version(),
                            sections = form.sections().len(),
                            items = form.items().len(),
                            languages = &form.languages().join(", ")
                        )
                    );
                    Ok(())
                }
                Err(errors) => {
                    print_errors(&errors);
                    Err(Failure(String::new()))
                }
            }
        }
        FormCommand::Outline { file, lang } => {
            let form = load(file.as_deref())?;
            let lang = choose_language(&form, lang.as_deref())?;
            print_outline(&form, &lang);
            Ok(())
        }
        FormCommand::Languages { file } => {
            let form = load(file.as_deref())?;
            for lang in form.languages() {
                println!("{lang}  {}", review_line(&form, lang));
            }
            Ok(())
        }
        FormCommand::Translations(TranslationsCommand::Export { file, lang, out }) => {
            let text = read_form_file(&file)?;
            let po = export_po(&text, &lang)
                .map_err(|detail| Failure(detail.text(crate::l10n::ui_language())))?;
            write_file(&out, &po)?;
            eprintln!(
                "{}",
                t!(
                    "translations-exported",
                    lang = &lang,
                    file = &out.display().to_string()
                )
            );
            Ok(())
        }
        FormCommand::Translations(TranslationsCommand::Import { file, po }) => {
            let text = read_form_file(&file)?;
            let po_text = read_limited(&po, MAX_FORM_FILE)?;
            match import_po(&text, &po_text) {
                Ok(imported) => {
                    if imported.form_json != text {
                        write_file(&file, &imported.form_json)?;
                    }
                    eprintln!(
                        "{}",
                        t!(
                            "translations-imported",
                            lang = &imported.lang,
                            changed = imported.changed,
                            skipped = imported.skipped,
                            file = &file.display().to_string()
                        )
                    );
                    if imported.new_language {
                        eprintln!("{}", t!("translations-new-language", lang = &imported.lang));
                    }
                    Ok(())
                }
                Err(errors) => {
                    let po_file = po.display().to_string();
                    for error in &errors {
                        eprintln!("{po_file}: {}", error.text(crate::l10n::ui_language()));
                    }
                    Err(Failure(t!(
                        "translations-refused",
                        count = errors.len(),
                        file = &file.display().to_string()
                    )))
                }
            }
        }
    }
}

/// Every error of a form, one per line on stderr, in the terminal's language.
fn print_errors(errors: &FormErrors) {
    for error in errors.iter() {
        eprintln!("{}", error.line(crate::l10n::ui_language()));
    }
}

/// `wave form check --json`: the outcome on stdout for tools. The messages stay English and each
/// error carries its message id as `code`, which does not change with the language or a
/// rewording; the exit status says whether the form is valid.
fn check_json(loaded: &Result<Form, FormErrors>) -> CliResult {
    let report = match loaded {
        Ok(form) => json!({
            "valid": true,
            "id": form.id(),
            "version": form.version(),
            "errors": [],
        }),
        Err(errors) => {
            let list: Vec<serde_json::Value> = errors
                .iter()
                .map(|error| {
                    json!({
                        "kind": kind_name(error.kind),
                        "code": error.code(),
                        "path": error.path,
                        "field": error.field,
                        "message": error.detail.to_string(),
                    })
                })
                .collect();
            json!({ "valid": false, "errors": list })
        }
    };
    println!("{}", serde_json::to_string_pretty(&report)?);
    match loaded {
        Ok(_) => Ok(()),
        Err(_) => Err(Failure(String::new())),
    }
}

/// A kind of form error as machine-readable output names it.
fn kind_name(kind: FormErrorKind) -> &'static str {
    match kind {
        FormErrorKind::Json => "json",
        FormErrorKind::Schema => "schema",
        FormErrorKind::DuplicateId => "duplicate_id",
        FormErrorKind::UnknownReference => "unknown_reference",
        FormErrorKind::OutOfScope => "out_of_scope",
        FormErrorKind::UnknownChoiceList => "unknown_choice_list",
        FormErrorKind::UnknownChoiceValue => "unknown_choice_value",
        FormErrorKind::Cycle => "cycle",
        FormErrorKind::Syntax => "syntax",
        FormErrorKind::Type => "type",
        FormErrorKind::MissingTranslation => "missing_translation",
        FormErrorKind::Invalid => "invalid",
    }
}

/// The review status of `lang` in words for staff and translators.
fn review_line(form: &Form, lang: &str) -> String {
    match form.review(lang) {
        Some(Review::Reviewed { reviewer, date }) => {
            t!("review-reviewed", reviewer = reviewer, date = date)
        }
        Some(review) => t!("review-status", status = review.status()),
        None => t!("review-status", status = "draft"),
    }
}

/// `--lang` if the form has it; without it, the terminal's language if the form has it, else
/// the form's default language.
pub fn choose_language(form: &Form, lang: Option<&str>) -> CliResult<String> {
    match lang {
        Some(lang) => {
            check_language(form, lang)?;
            Ok(lang.to_owned())
        }
        None => Ok(crate::l10n::system_language()
            .filter(|lang| form.languages().iter().any(|l| l == lang))
            .unwrap_or_else(|| form.default_language().to_owned())),
    }
}

/// Writes `text` to `path` through a file beside it that is synced and renamed into place, so
/// a form file is never left half written.
fn write_file(path: &Path, text: &str) -> CliResult {
    let parent = path
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut file = tempfile::NamedTempFile::new_in(parent)
        .map_err(|error| crate::cases::cannot_write(path, &error))?;
    file.write_all(text.as_bytes())
        .and_then(|()| file.as_file().sync_all())
        .map_err(|error| crate::cases::cannot_write(path, &error))?;
    file.persist(path)
        .map_err(|error| crate::cases::cannot_write(path, &error.error))?;
    Ok(())
}

/// The form at `file`, or the built-in checklist.
pub fn load(file: Option<&Path>) -> CliResult<Arc<Form>> {
    let form = match file {
        Some(file) => {
            let text = read_form_file(file)?;
            Form::load(&text).map_err(|errors| {
                // Each problem first, then the one line that sums them up.
                print_errors(&errors);
                Failure(t!(
                    "form-invalid",
                    file = &file.display().to_string(),
                    count = errors.len()
                ))
            })?
        }
        None => police_violence().map_err(|errors| {
            Failure(t!(
                "builtin-form-broken",
                errors = &errors.lines(crate::l10n::ui_language())
            ))
        })?,
    };
    Ok(Arc::new(form))
}

pub fn check_language(form: &Form, lang: &str) -> CliResult {
    if form.languages().iter().any(|l| l == lang) {
        Ok(())
    } else {
        Err(Failure(t!(
            "form-no-language",
            lang = lang,
            languages = &form.languages().join(", ")
        )))
    }
}

fn read_form_file(path: &Path) -> CliResult<String> {
    read_limited(path, MAX_FORM_FILE)
}

fn read_limited(path: &Path, limit: u64) -> CliResult<String> {
    let size = std::fs::metadata(path)
        .map_err(|error| cannot_read(path, &error))?
        .len();
    if size > limit {
        return Err(too_large(path, limit));
    }
    std::fs::read_to_string(path).map_err(|error| cannot_read(path, &error))
}

fn print_outline(form: &Form, lang: &str) {
    println!("{} ({} v{})", form.title(lang), form.id(), form.version());
    // For staff and translators: how far this language's texts are checked.
    println!("{}: {}", lang, review_line(form, lang));
    for (number, section) in form.sections().iter().enumerate() {
        let condition = section
            .relevant
            .as_ref()
            .map(|c| format!("   [{}]", t!("outline-if", condition = &c.source)))
            .unwrap_or_default();
        println!(
            "\n{}. {}{}",
            number + 1,
            form.text(&section.label, lang),
            condition
        );
        for &idx in &section.items {
            let Some(item) = form.item(idx) else { continue };
            print_item(form, item, lang, "   ");
            if let ItemKind::Repeat { items, .. } = &item.kind {
                for &inner in items {
                    if let Some(inner) = form.item(inner) {
                        print_item(form, inner, lang, "       ");
                    }
                }
            }
        }
    }
}

fn print_item(form: &Form, item: &wave_core::form::Item, lang: &str, indent: &str) {
    // The item type is the format's own word (docs/form-format.md), not translated.
    let mut flags = vec![format!("{:?}", item.kind.item_type()).to_lowercase()];
    if item.required {
        flags.push(t!("outline-required"));
    }
    if item.sensitive {
        flags.push(t!("outline-sensitive"));
    }
    if item.public {
        flags.push(t!("outline-public"));
    }
    if let Some(condition) = &item.relevant {
        flags.push(t!("outline-if", condition = &condition.source));
    }
    println!(
        "{indent}- {}: {}  [{}]",
        item.id,
        form.text(&item.label, lang),
        flags.join(", ")
    );
    if let Some(idx) = form.item_idx(&item.id) {
        let choices: Vec<String> = form
            .choices(idx)
            .iter()
            .map(|c| form.text(&c.label, lang).to_owned())
            .collect();
        if !choices.is_empty() {
            println!("{indent}    {}", choices.join(" · "));
        }
    }
}
