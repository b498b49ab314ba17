//! `wave form …`: check a form definition and print its outline in a language.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use clap::Subcommand;
use wave_core::form::{Form, ItemKind, police_violence};

use crate::{CliResult, Failure};

/// Largest form file accepted; the shipped checklist is about 250 KiB.
const MAX_FORM_FILE: u64 = 16 * 1024 * 1024;

#[derive(Subcommand)]
pub enum FormCommand {
    /// Check a form definition: every error is printed, one per line, naming the item.
    Check { file: PathBuf },
    /// Print a form's sections and questions (the built-in checklist if no FILE).
    Outline {
        file: Option<PathBuf>,
        #[arg(long, default_value = "en")]
        lang: String,
    },
}

pub fn run(command: FormCommand) -> CliResult {
    match command {
        FormCommand::Check { file } => {
            let text = read_form_file(&file)?;
            match Form::load(&text) {
                Ok(form) => {
                    let items = form.items().len();
                    println!(
                        "{}: valid form {:?} version {}: {} sections, {} items, languages {}",
                        file.display(),
                        form.id(),
                        form.version(),
                        form.sections().len(),
                        items,
                        form.languages().join(", ")
                    );
                    Ok(())
                }
                Err(errors) => {
                    for error in errors.iter() {
                        eprintln!("{error}");
                    }
                    Err(Failure(String::new()))
                }
            }
        }
        FormCommand::Outline { file, lang } => {
            let form = load(file.as_deref())?;
            check_language(&form, &lang)?;
            print_outline(&form, &lang);
            Ok(())
        }
    }
}

/// The form at `file`, or the built-in checklist.
pub fn load(file: Option<&Path>) -> CliResult<Arc<Form>> {
    let form = match file {
        Some(file) => {
            let text = read_form_file(file)?;
            Form::load(&text).map_err(|errors| {
                Failure(format!(
                    "{} is not a valid form ({} errors; run wave form check)",
                    file.display(),
                    errors.len()
                ))
            })?
        }
        None => police_violence()
            .map_err(|errors| Failure(format!("the built-in checklist is broken: {errors}")))?,
    };
    Ok(Arc::new(form))
}

pub fn check_language(form: &Form, lang: &str) -> CliResult {
    if form.languages().iter().any(|l| l == lang) {
        Ok(())
    } else {
        Err(Failure(format!(
            "the form has no language {lang:?}; it has {}",
            form.languages().join(", ")
        )))
    }
}

fn read_form_file(path: &Path) -> CliResult<String> {
    let size = std::fs::metadata(path)
        .map_err(|error| Failure(format!("cannot read {}: {error}", path.display())))?
        .len();
    if size > MAX_FORM_FILE {
        return Err(Failure(format!(
            "{} is larger than {} MiB",
            path.display(),
            MAX_FORM_FILE >> 20
        )));
    }
    std::fs::read_to_string(path)
        .map_err(|error| Failure(format!("cannot read {}: {error}", path.display())))
}

fn print_outline(form: &Form, lang: &str) {
    println!("{} ({} v{})", form.title(lang), form.id(), form.version());
    for (number, section) in form.sections().iter().enumerate() {
        let condition = section
            .relevant
            .as_ref()
            .map(|c| format!("   [if {}]", c.source))
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
    let mut flags = vec![format!("{:?}", item.kind.item_type()).to_lowercase()];
    if item.required {
        flags.push("required".into());
    }
    if item.sensitive {
        flags.push("sensitive".into());
    }
    if item.public {
        flags.push("public".into());
    }
    if let Some(condition) = &item.relevant {
        flags.push(format!("if {}", condition.source));
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
