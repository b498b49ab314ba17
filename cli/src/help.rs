//! `wave --help` in the terminal's language: the command line's definition (from clap's derive)
//! with every command's description, every argument's help, clap's own flags and headings
//! replaced by the messages of `cli/locales/LANG/help.ftl`. The doc comments on the derive types
//! stay as developer documentation; people read the catalog's words.

use clap::builder::Styles;
use clap::{Arg, ArgAction, Command};

use crate::l10n::text_in;

/// The message id of the command at `path` (the subcommand names below `wave`).
pub fn command_id(path: &[&str]) -> String {
    if path.is_empty() {
        "help-wave".to_owned()
    } else {
        format!("help-{}", path.join("-"))
    }
}

/// The message id of the argument `arg` (clap's id, a field name) of the command at `path`.
pub fn arg_id(path: &[&str], arg: &str) -> String {
    format!("{}-{}", command_id(path), arg.replace('_', "-"))
}

/// The message id of a command's long description (its doc comment's later paragraphs).
pub fn long_id(id: &str) -> String {
    format!("{id}--long")
}

/// The help flag's texts (clap's own `-h`/`--help`), the version flag's and the `help`
/// subcommand's.
const HELP_FLAG: &str = "help-flag";
const HELP_FLAG_MORE: &str = "help-flag-more";
const HELP_FLAG_SUMMARY: &str = "help-flag-summary";
const VERSION_FLAG: &str = "help-version-flag";
const HELP_COMMAND: &str = "help-help-command";
const HEADING_USAGE: &str = "help-heading-usage";
const HEADING_COMMANDS: &str = "help-heading-commands";
const HEADING_ARGUMENTS: &str = "help-heading-arguments";
const HEADING_OPTIONS: &str = "help-heading-options";
const SPEC_DEFAULT: &str = "help-spec-default";
const SPEC_ENV: &str = "help-spec-env";

/// clap's name for its generated `help` subcommand and its flags' ids.
const HELP: &str = "help";
const VERSION: &str = "version";

/// `command` (the whole tree, from `Cli::command()`) with its texts in `lang`; built, ready to
/// parse.
pub fn localized(command: Command, lang: &str) -> Command {
    // Descriptions first: building copies each subcommand's description into the `help`
    // subcommand's tree, so the copies carry the translated words.
    let mut command = describe(command, lang, &[]);
    command.build();
    built_ins(command, lang)
}

fn message(lang: &str, id: &str) -> String {
    text_in(lang, id, &[])
}

/// Whether the catalog has `id` (in English, which every other language must match).
#[cfg(test)]
fn has_message(id: &str) -> bool {
    // The catalog answers with the id itself when no language has the message.
    let english = wave_core::l10n::SOURCE_LANGUAGE;
    crate::l10n::CLI.text(english, english, id, &[]) != id
}

fn describe(command: Command, lang: &str, path: &[String]) -> Command {
    let names: Vec<&str> = path.iter().map(String::as_str).collect();
    let id = command_id(&names);
    let mut command = command.about(message(lang, &id));
    if command.get_long_about().is_some() {
        command = command.long_about(message(lang, &long_id(&id)));
    }
    // In place (`mut_args`): `mut_arg` moves the argument to the end, which reorders the usage.
    let mut command = command.mut_args(|arg| {
        let id = arg_id(&names, arg.get_id().as_str());
        let has_long = arg.get_long_help().is_some();
        let arg = arg.help(message(lang, &id));
        if has_long {
            arg.long_help(message(lang, &long_id(&id)))
        } else {
            arg
        }
    });
    let children: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_owned())
        .collect();
    for child in children {
        let mut below = path.to_vec();
        below.push(child.clone());
        command = command.mut_subcommand(&child, |sub| describe(sub, lang, &below));
    }
    command
}

/// clap's own texts, which exist only once the command is built: the help and version flags,
/// the `help` subcommand, the headings.
fn built_ins(mut command: Command, lang: &str) -> Command {
    let styles = command.get_styles().clone();
    command = command.mut_args(|arg| {
        // By action as well as id: a command may have an argument of its own named `version`.
        match arg.get_action() {
            ArgAction::Help if arg.get_id() == HELP => {
                // clap words the flag by whether the command has a longer help than its summary.
                if arg.get_long_help().is_some() {
                    arg.help(message(lang, HELP_FLAG_MORE))
                        .long_help(message(lang, HELP_FLAG_SUMMARY))
                } else {
                    arg.help(message(lang, HELP_FLAG))
                }
            }
            ArgAction::Version if arg.get_id() == VERSION => arg.help(message(lang, VERSION_FLAG)),
            _ => {
                let specs = spec_values(&styles, &arg, lang);
                if specs.is_empty() {
                    return arg;
                }
                let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
                // Where clap puts them: after the summary on one line, on their own lines after
                // a blank one in the long help.
                arg.hide_default_value(true)
                    .hide_env(true)
                    .help(format!("{help} {}", specs.join(" ")))
                    .long_help(format!("{help}\n\n{}", specs.join("\n")))
            }
        }
    });
    let template = template(&command, lang);
    command = command.help_template(template);
    command.mut_subcommands(|sub| {
        if sub.get_name() == HELP {
            help_command(sub, lang)
        } else {
            built_ins(sub, lang)
        }
    })
}

/// What clap adds after an argument's help, `[env: NAME]` and `[default: VALUE]`, in `lang`;
/// the variable's and the value's text stay as they are.
fn spec_values(styles: &Styles, arg: &Arg, lang: &str) -> Vec<String> {
    let context = styles.get_context();
    let value = styles.get_context_value();
    let mut specs = Vec::new();
    if let Some(name) = arg.get_env().filter(|_| !arg.is_hide_env_set()) {
        // Only the name: a value could be a token (the staff token is read from one).
        if arg.is_hide_env_values_set() {
            specs.push(format!(
                "{context}[{} {context:#}{value}{}{value:#}{context}]{context:#}",
                message(lang, SPEC_ENV),
                name.to_string_lossy()
            ));
        } else {
            // clap shows the variable's value here; leave that to clap rather than copy a
            // value that could be secret into the help text.
            return Vec::new();
        }
    }
    let defaults = arg.get_default_values();
    if arg.get_num_args().is_some_and(|range| range.takes_values())
        && !arg.is_hide_default_value_set()
        && !defaults.is_empty()
    {
        let shown: Vec<String> = defaults
            .iter()
            .map(|value| value.to_string_lossy().into_owned())
            .collect();
        if shown
            .iter()
            .any(|value| value.contains(char::is_whitespace))
        {
            // clap quotes such values; none of ours has one, and clap's own rendering stays
            // correct if one ever does.
            return Vec::new();
        }
        specs.push(format!(
            "{context}[{} {context:#}{value}{}{value:#}{context}]{context:#}",
            message(lang, SPEC_DEFAULT),
            shown.join(" ")
        ));
    }
    specs
}

/// The generated `help` subcommand: its description, and the same on the `help help` inside
/// it; the other subcommands below it are copies already translated.
fn help_command(command: Command, lang: &str) -> Command {
    let command = command.about(message(lang, HELP_COMMAND));
    let template = template(&command, lang);
    command
        .help_template(template)
        .mut_subcommands(|sub| help_command_copy(sub, lang))
}

fn help_command_copy(command: Command, lang: &str) -> Command {
    let command = if command.get_name() == HELP {
        command.about(message(lang, HELP_COMMAND))
    } else {
        command
    };
    let template = template(&command, lang);
    command
        .help_template(template)
        .mut_subcommands(|sub| help_command_copy(sub, lang))
}

/// clap's default layout with the headings in `lang`, keeping clap's styles (bold, underline
/// on a terminal; plain when the output is not one).
fn template(command: &Command, lang: &str) -> String {
    let styles = command.get_styles();
    let usage = styles.get_usage();
    let header = styles.get_header();
    let mut template = format!(
        "{{before-help}}{{about-with-newline}}\n{usage}{}{usage:#} {{usage}}",
        message(lang, HEADING_USAGE)
    );
    let mut section = |heading: &str, tag: &str| {
        template.push_str(&format!(
            "\n\n{header}{}{header:#}\n{{{tag}}}",
            message(lang, heading)
        ));
    };
    if command.get_subcommands().any(|sub| !sub.is_hide_set()) {
        section(HEADING_COMMANDS, "subcommands");
    }
    if command.get_positionals().any(|arg| !arg.is_hide_set()) {
        section(HEADING_ARGUMENTS, "positionals");
    }
    if command
        .get_arguments()
        .any(|arg| !arg.is_positional() && !arg.is_hide_set())
    {
        section(HEADING_OPTIONS, "options");
    }
    template.push_str("{after-help}");
    template
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use clap::CommandFactory;
    use wave_core::l10n::SOURCE_LANGUAGE;

    use super::*;

    /// Every message id the command tree asks for, with where it is asked for.
    fn wanted(command: &Command, path: &[String], ids: &mut Vec<(String, String)>) {
        let names: Vec<&str> = path.iter().map(String::as_str).collect();
        let id = command_id(&names);
        let place = format!("wave {}", names.join(" "));
        ids.push((id.clone(), place.clone()));
        if command.get_long_about().is_some() {
            ids.push((long_id(&id), place.clone()));
        }
        for arg in command.get_arguments() {
            let id = arg_id(&names, arg.get_id().as_str());
            let place = format!("{place} <{}>", arg.get_id());
            if arg.get_long_help().is_some() {
                ids.push((long_id(&id), place.clone()));
            }
            ids.push((id, place));
        }
        for sub in command.get_subcommands() {
            let mut below = path.to_vec();
            below.push(sub.get_name().to_owned());
            wanted(sub, &below, ids);
        }
    }

    #[test]
    fn every_command_and_argument_has_its_help_in_the_catalog() {
        let mut ids = Vec::new();
        wanted(&crate::Cli::command(), &[], &mut ids);
        assert!(ids.len() > 100, "{}", ids.len());
        let missing: Vec<String> = ids
            .iter()
            .filter(|(id, _)| !has_message(id))
            .map(|(id, place)| format!("{id} ({place})"))
            .collect();
        assert!(missing.is_empty(), "not in help.ftl: {missing:#?}");
        let mut seen = BTreeSet::new();
        let twice: Vec<&String> = ids
            .iter()
            .map(|(id, _)| id)
            .filter(|id| !seen.insert(*id))
            .collect();
        assert!(twice.is_empty(), "two places share an id: {twice:?}");
        for id in [
            HELP_FLAG,
            HELP_FLAG_MORE,
            HELP_FLAG_SUMMARY,
            VERSION_FLAG,
            HELP_COMMAND,
            HEADING_USAGE,
            HEADING_COMMANDS,
            HEADING_ARGUMENTS,
            HEADING_OPTIONS,
            SPEC_DEFAULT,
            SPEC_ENV,
        ] {
            assert!(has_message(id), "{id}");
        }
    }

    /// Every command's help, short and long, by its path.
    fn rendered(command: &mut Command, path: &str, out: &mut Vec<(String, String)>) {
        out.push((format!("{path} -h"), command.render_help().to_string()));
        out.push((
            format!("{path} --help"),
            command.render_long_help().to_string(),
        ));
        for sub in command.get_subcommands_mut() {
            let below = format!("{path} {}", sub.get_name());
            rendered(sub, &below, out);
        }
    }

    #[test]
    fn english_help_is_laid_out_exactly_as_clap_lays_it_out() {
        // The same words through clap's own template and flags, and through ours.
        let mut clap_own = describe(crate::Cli::command(), SOURCE_LANGUAGE, &[]);
        clap_own.build();
        let mut ours = localized(crate::Cli::command(), SOURCE_LANGUAGE);
        let (mut expected, mut actual) = (Vec::new(), Vec::new());
        rendered(&mut clap_own, "wave", &mut expected);
        rendered(&mut ours, "wave", &mut actual);
        assert!(expected.len() > 50, "{}", expected.len());
        assert_eq!(expected.len(), actual.len());
        for ((place, want), (_, got)) in expected.iter().zip(&actual) {
            assert_eq!(want, got, "{place}");
        }
    }

    #[test]
    fn russian_help_has_russian_headings_flags_and_descriptions() {
        let mut command = localized(crate::Cli::command(), "ru");
        let top = command.render_help().to_string();
        for english in [
            "Usage:",
            "Commands:",
            "Options:",
            "Print help",
            "Print version",
        ] {
            assert!(!top.contains(english), "{english} in\n{top}");
        }
        assert!(
            top.contains(&text_in("ru", "help-heading-usage", &[])),
            "{top}"
        );
        let staff = command
            .find_subcommand_mut("staff")
            .and_then(|staff| staff.find_subcommand_mut("pull"))
            .map(|pull| pull.render_help().to_string())
            .unwrap_or_default();
        assert!(
            staff.contains(&text_in("ru", "help-staff-pull-archive", &[])),
            "{staff}"
        );
        let help = command
            .find_subcommand_mut("help")
            .map(|help| help.render_help().to_string())
            .unwrap_or_default();
        assert!(
            help.contains(&text_in("ru", "help-help-command", &[])),
            "{help}"
        );
        assert!(help.contains(&text_in("ru", "help-staff", &[])), "{help}");
    }

    #[test]
    fn the_localized_tree_still_parses_what_the_derive_reads() {
        use clap::FromArgMatches;
        let command = localized(crate::Cli::command(), "kk");
        let matches = command
            .try_get_matches_from(["wave", "case", "list", "--vault", "v", "--json"])
            .unwrap();
        assert!(crate::Cli::from_arg_matches(&matches).is_ok());
        let help = localized(crate::Cli::command(), "kk")
            .try_get_matches_from(["wave", "help", "staff", "pull"])
            .err()
            .map(|error| error.to_string())
            .unwrap_or_default();
        assert!(
            help.contains(&text_in("kk", "help-staff-pull-archive", &[])),
            "{help}"
        );
    }
}
