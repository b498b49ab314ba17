//! The whole checklist in Romanian, Georgian, Kazakh, Kyrgyz and Belarusian through the `wave`
//! CLI: a complete case from a file with `--lang`, and the same case answered one question at a
//! time in a real terminal (a pty, through util-linux `script`) whose locale is the language,
//! every question read off the screen and answered with the language's own words; both are
//! finalized, synced to a real `wave-server`, pulled by staff and exported with the labels in
//! each language and in Russian.

// util-linux `script` gives the session its terminal; BSD `script` takes other options.
#![cfg(target_os = "linux")]

use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use serde_json::Value;
use wave_core::form::{Form, ItemKind, ItemType, police_violence};

mod common;

use common::{Locale, Wave, ok};

const PASSPHRASE: &str = "five languages: quiet heron over slate";
const LANGUAGES: [&str; 5] = ["ro", "ka", "kk", "ky", "be"];
const COMPLETE_CASE: &str = include_str!("data/complete-case.json");

/// `wave` with the passphrases set and the terminal's locale cleared (or set to `locale`).
fn wave(args: &[&str], locale: Option<&str>) -> Output {
    WAVE.in_locale(locale.map_or(Locale::Cleared, Locale::Lang))
        .run(args)
}

const WAVE: Wave = Wave {
    passphrase: Some(PASSPHRASE),
    locale: Locale::Cleared,
};

/// Whether `text` is written in `lang`'s own script, with the letters only it uses.
fn in_script(lang: &str, text: &str) -> bool {
    let has = |letters: &str| text.chars().any(|c| letters.contains(c));
    match lang {
        // Comma below, never the cedilla look-alikes.
        "ro" => has("șțȘȚ") && !has("şţŞŢ"),
        "ka" => text.chars().any(|c| ('\u{10D0}'..='\u{10FF}').contains(&c)),
        "kk" => has("әғқңөұүһі"),
        "ky" => has("ңөү") && !has("әғқұһі"),
        "be" => has("ў") && has("і") && !has("щъ"),
        "ru" => has("ыэ") && !has("ўіїє"),
        _ => false,
    }
}

/// One message of a Fluent catalog, for the single-line messages the guided session uses.
fn message(catalog: &str, id: &str) -> String {
    catalog
        .lines()
        .find_map(|line| line.strip_prefix(id)?.trim_start().strip_prefix('='))
        .unwrap_or_else(|| panic!("{id} missing"))
        .trim()
        .to_owned()
}

fn catalog(component: &str, lang: &str) -> String {
    let path = format!(
        "{}/../{component}/locales/{lang}/{component}.ftl",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(path).unwrap()
}

/// Every word the checklist and the program have in `lang`: its form texts and both catalogs.
fn vocabulary(lang: &str) -> BTreeSet<String> {
    fn collect(value: &Value, lang: &str, out: &mut String) {
        match value {
            Value::Object(map) => {
                for (key, value) in map {
                    match value {
                        Value::String(text) if key == lang => {
                            out.push_str(text);
                            out.push('\n');
                        }
                        _ => collect(value, lang, out),
                    }
                }
            }
            Value::Array(values) => values.iter().for_each(|value| collect(value, lang, out)),
            _ => {}
        }
    }
    let form: Value =
        serde_json::from_str(include_str!("../../schemas/forms/police-violence.json")).unwrap();
    let mut text = catalog("cli", lang) + &catalog("core", lang);
    collect(&form, lang, &mut text);
    words(&text).collect()
}

/// The words of `text`: runs of letters (any script), lower-cased, two letters or more.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|word| word.chars().count() >= 2)
        .map(str::to_lowercase)
}

/// A `wave` command in a pseudo-terminal: what it prints, as it comes, and what we type.
struct Terminal {
    child: std::process::Child,
    input: std::process::ChildStdin,
    output: mpsc::Receiver<Vec<u8>>,
    bytes: Vec<u8>,
}

impl Terminal {
    fn open(args: &[&str], locale: &str) -> Terminal {
        let quoted: Vec<String> = std::iter::once(env!("CARGO_BIN_EXE_wave"))
            .chain(args.iter().copied())
            .map(|arg| format!("'{}'", arg.replace('\'', r"'\''")))
            .collect();
        let mut child = Command::new("script")
            .args(["-qfec", &quoted.join(" "), "/dev/null"])
            .env("WAVE_PASSPHRASE", PASSPHRASE)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", locale)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("util-linux `script` runs the interactive session in a pseudo-terminal");
        let input = child.stdin.take().unwrap();
        let mut stdout = child.stdout.take().unwrap();
        let (sender, output) = mpsc::channel();
        std::thread::spawn(move || {
            let mut buffer = [0u8; 8192];
            while let Ok(read @ 1..) = stdout.read(&mut buffer) {
                if sender.send(buffer[..read].to_vec()).is_err() {
                    break;
                }
            }
        });
        Terminal {
            child,
            input,
            output,
            bytes: Vec::new(),
        }
    }

    /// Everything shown so far, as the terminal shows it (without its carriage returns).
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.bytes).replace('\r', "")
    }

    /// Waits until the screen after `from` satisfies `done`; `false` when the program ended.
    fn wait_for(&mut self, from: usize, done: impl Fn(&str) -> bool) -> bool {
        loop {
            if done(&self.text()[from..]) {
                return true;
            }
            // Generous for a loaded machine; a prompt the walk does not recognise ends here.
            match self.output.recv_timeout(Duration::from_secs(30)) {
                Ok(chunk) => self.bytes.extend(chunk),
                Err(mpsc::RecvTimeoutError::Disconnected) => return done(&self.text()[from..]),
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    panic!("the session stopped answering:\n{}", self.text())
                }
            }
        }
    }

    fn type_line(&mut self, line: &str) {
        self.input
            .write_all(format!("{line}\n").as_bytes())
            .unwrap();
        self.input.flush().unwrap();
    }

    /// Waits for the program to end; its exit status and the whole screen.
    fn close(mut self) -> (std::process::ExitStatus, String) {
        while let Ok(chunk) = self.output.recv_timeout(Duration::from_secs(120)) {
            self.bytes.extend(chunk);
        }
        let status = self.child.wait().unwrap();
        let text = self.text();
        (status, text)
    }
}

/// The first line of a text.
fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or_default()
}

/// Answers the checklist in a terminal in `lang` with `answers`, every question as it comes;
/// returns the finalized case's id and the screens of the questions, without what was typed.
fn walk_in_terminal(form: &Form, lang: &str, vault: &str, answers: &Value) -> (String, String) {
    let cli = catalog("cli", lang);
    let longest = |id: &str| {
        message(&cli, id)
            .split(',')
            .map(str::trim)
            .max_by_key(|word| word.chars().count())
            .unwrap()
            .to_owned()
    };
    let (yes, no) = (longest("record-yes-words"), longest("record-no-words"));
    let finish_prompt = format!("{} ", message(&cli, "record-finish-prompt"));
    let add_entry = message(&cli, "record-add-entry");
    let (add_before, add_after) = add_entry.split_once("{$entry}").unwrap();
    let add_after = format!("{add_after} ");
    let is_add_entry = |screen: &str| {
        let last = screen.rsplit('\n').next().unwrap_or_default();
        last.starts_with(add_before) && last.ends_with(&add_after)
    };
    let locale = format!("{lang}.UTF-8");
    let mut terminal = Terminal::open(&["record", "--vault", vault], &locale);
    let mut screens = String::new();
    let mut mark = 0;
    let mut asked: std::collections::HashMap<String, usize> = Default::default();
    // Entries given so far in each repeat; inner questions answer the current entry.
    let mut entries: std::collections::HashMap<String, usize> = Default::default();
    loop {
        let prompted = terminal.wait_for(mark, |screen| {
            screen.ends_with("> ") || screen.ends_with(&finish_prompt) || is_add_entry(screen)
        });
        assert!(prompted, "ended before finishing:\n{}", terminal.text());
        let text = terminal.text();
        // What was typed last is echoed on the line before the new screen.
        let screen = match text[mark..].split_once('\n') {
            Some((_, rest)) if mark > 0 => rest.to_owned(),
            _ => text[mark..].to_owned(),
        };
        mark = text.len();
        if screen.ends_with(&finish_prompt) {
            screens.push_str(&finish_prompt);
            terminal.type_line(&yes);
            break;
        }
        let times = asked.entry(screen.clone()).or_default();
        *times += 1;
        assert!(*times < 3, "asked again:\n{}", terminal.text());
        if is_add_entry(&screen) {
            screens.push_str(&screen);
            screens.push('\n');
            let header = screen.lines().rev().nth(1).unwrap_or_default();
            let repeat = form
                .items()
                .iter()
                .find(|item| {
                    item.kind.item_type() == ItemType::Repeat
                        && header.contains(first_line(form.text(&item.label, lang)))
                })
                .unwrap_or_else(|| panic!("no repeat for {header:?}"));
            let wanted = answers[&repeat.id].as_array().map_or(0, Vec::len);
            let given = entries.entry(repeat.id.clone()).or_default();
            if *given < wanted {
                *given += 1;
                terminal.type_line(&yes);
            } else {
                terminal.type_line(&no);
            }
            continue;
        }
        screens.push_str(&screen);
        screens.push('\n');
        let header = screen
            .lines()
            .find(|line| line.starts_with('['))
            .unwrap_or_else(|| panic!("no question in {screen:?}"));
        let item = form
            .items()
            .iter()
            .find(|item| {
                header.ends_with(&format!(" · {}", first_line(form.text(&item.label, lang))))
            })
            .unwrap_or_else(|| panic!("no question labelled {header:?}"));
        let answer = match item.repeat {
            None => &answers[&item.id],
            Some((repeat, _)) => {
                let repeat = &form.item(repeat).unwrap().id;
                let entry = entries.get(repeat).copied().unwrap_or(1) - 1;
                &answers[repeat][entry][&item.id]
            }
        };
        let shown: Vec<(usize, &str)> = screen
            .lines()
            .filter_map(|line| {
                let (number, label) = line.trim_start().split_once(") ")?;
                Some((number.parse().ok()?, label))
            })
            .collect();
        let number_of = |value: &Value| -> String {
            let idx = form.item_idx(&item.id).unwrap();
            let choice = form
                .choices(idx)
                .iter()
                .find(|choice| Some(choice.value.as_str()) == value.as_str())
                .unwrap_or_else(|| panic!("{}: no choice {value}", item.id));
            let label = form.text(&choice.label, lang);
            let (number, _) = shown
                .iter()
                .find(|(_, shown)| *shown == label)
                .unwrap_or_else(|| panic!("{label:?} not shown in {screen:?}"));
            number.to_string()
        };
        let line = match (&item.kind, answer) {
            (_, Value::Null) => String::new(),
            (ItemKind::Single { .. }, value) => number_of(value),
            (ItemKind::Multi { .. }, Value::Array(values)) => {
                values.iter().map(number_of).collect::<Vec<_>>().join(",")
            }
            (ItemKind::YesNo { .. }, Value::Bool(true)) => yes.clone(),
            (ItemKind::YesNo { .. }, Value::Bool(false)) => no.clone(),
            (ItemKind::Info, _) => String::new(),
            (ItemKind::Date { .. }, value) => value["value"].as_str().unwrap().to_owned(),
            (_, Value::String(text)) => text.clone(),
            (_, Value::Number(number)) => number.to_string(),
            (kind, value) => panic!("{}: cannot type {value} for {kind:?}", item.id),
        };
        terminal.type_line(&line);
    }
    let (status, text) = terminal.close();
    assert!(status.success(), "{text}");
    let done = message(&cli, "record-finalized");
    let (done, _) = done.split_once("{$id}").unwrap();
    let after = &text[text.rfind(done).expect("finalized")..];
    let id = after.lines().last().unwrap().trim().to_owned();
    assert!(after.contains(&id) && id.len() == 36, "{after}");
    (id, screens)
}

#[test]
fn the_whole_checklist_in_each_new_language_is_recorded_synced_and_exported() {
    assert!(
        Command::new("script").arg("--version").output().is_ok(),
        "the interactive walk needs util-linux `script`"
    );
    let form = police_violence().unwrap();
    let answers: Value = serde_json::from_str(COMPLETE_CASE).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name).to_string_lossy().into_owned();
    let server = common::start_server(&dir.path().join("server"));
    let vault = path("device");
    WAVE.init_vault(&vault);

    let mut recorded: Vec<(&str, String)> = Vec::new();
    for lang in LANGUAGES {
        // From a file, the case's words checked and the messages given in the language.
        let output = wave(
            &[
                "record",
                "--vault",
                &vault,
                "--lang",
                lang,
                "--answers",
                &format!(
                    "{}/tests/data/complete-case.json",
                    env!("CARGO_MANIFEST_DIR")
                ),
                "--finalize",
            ],
            None,
        );
        let said = String::from_utf8_lossy(&output.stderr).into_owned();
        let id = ok(output).trim().to_owned();
        let finalized = message(&catalog("cli", lang), "case-finalized");
        for part in finalized
            .split(['{', '}'])
            .filter(|part| !part.starts_with('$'))
        {
            assert!(said.contains(part), "{lang}: {said}");
        }
        recorded.push((lang, id));

        // In a terminal whose locale is the language, every question as the session asks it.
        let (id, screens) = walk_in_terminal(&form, lang, &vault, &answers);
        // Every answer was taken the first time: each choice was found by its label.
        assert!(
            !screens.lines().any(|line| line.starts_with("  ! ")),
            "{lang}: refused\n{screens}"
        );
        assert!(in_script(lang, &screens), "{lang}: {screens}");
        // Every word on the screens is one the checklist or the program has in the language:
        // nothing English, nothing from another language.
        let known = vocabulary(lang);
        let strangers: BTreeSet<String> = words(&screens)
            .filter(|word| !known.contains(word))
            .collect();
        assert!(strangers.is_empty(), "{lang}: {strangers:?} in\n{screens}");
        let shown: Value = serde_json::from_str(&ok(wave(
            &["case", "show", &id, "--vault", &vault, "--json"],
            None,
        )))
        .unwrap();
        assert_eq!(shown["status"], "finalized", "{lang}");
        for (item, answer) in answers.as_object().unwrap() {
            assert_eq!(&shown["answers"][item], answer, "{lang}: {item}");
        }
        recorded.push((lang, id));
    }

    // Sent to the NGO's server and pulled by staff.
    let key = path("staff.key");
    let recipient = WAVE.keygen(&key);
    let code = ok(wave(&server.enroll_code_args(&recipient), None))
        .trim()
        .to_owned();
    ok(wave(&["enroll", &code, "--vault", &vault], None));
    ok(wave(&["sync", "--vault", &vault], None));
    let archive = path("archive");
    ok(wave(&server.pull_args(&key, &archive), None));

    let export = |format: &str, lang: Option<&str>, locale: Option<&str>| {
        let mut args = vec!["staff", "export", "--archive", &archive, "--format", format];
        if let Some(lang) = lang {
            args.extend(["--lang", lang]);
        }
        ok(wave(&args, locale))
    };
    let violations = form.item_idx("violations").unwrap();
    let extortion = form
        .choices(violations)
        .iter()
        .find(|choice| choice.value == "v_extort")
        .unwrap();
    for lang in LANGUAGES.iter().copied().chain(["ru"]) {
        for (document, how) in [
            (export("json", Some(lang), None), "--lang"),
            (
                export("json", None, Some(&format!("{lang}.UTF-8"))),
                "locale",
            ),
        ] {
            let document: Value = serde_json::from_str(&document).unwrap();
            let described = &document["forms"][0];
            assert_eq!(described["version"], form.version(), "{lang} {how}");
            assert_eq!(described["language"], lang, "{lang} {how}");
            assert_eq!(described["review"], "draft", "{lang} {how}");
            assert_eq!(described["title"], form.title(lang), "{lang} {how}");
            let field = described["fields"]
                .as_array()
                .unwrap()
                .iter()
                .find(|field| field["id"] == "violations")
                .unwrap();
            let label = field["label"].as_str().unwrap();
            assert_eq!(
                label,
                form.text(&form.item(violations).unwrap().label, lang)
            );
            let labels: String = described["fields"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|field| field["label"].as_str())
                .collect();
            assert!(in_script(lang, &labels), "{lang} {how}: {labels}");
            let choice = field["choices"]
                .as_array()
                .unwrap()
                .iter()
                .find(|choice| choice["value"] == "v_extort")
                .unwrap();
            assert_eq!(choice["label"], form.text(&extortion.label, lang));
            let cases = document["cases"].as_array().unwrap();
            for (_, id) in &recorded {
                let case = cases
                    .iter()
                    .find(|case| case["case_id"] == id.as_str())
                    .unwrap_or_else(|| panic!("{id} not exported"));
                assert_eq!(case["answers"]["violations"], answers["violations"]);
            }
        }
    }
    // A language the checklist does not have is refused, and CSV and GeoJSON hold codes: the
    // same bytes in every language.
    assert!(
        !wave(
            &[
                "staff",
                "export",
                "--archive",
                &archive,
                "--format",
                "json",
                "--lang",
                "fr"
            ],
            None
        )
        .status
        .success()
    );
    for format in ["csv", "geojson"] {
        let english = export(format, Some("en"), None);
        assert!(english.contains(&recorded[0].1));
        for lang in LANGUAGES {
            assert_eq!(export(format, Some(lang), None), english, "{format} {lang}");
        }
    }
}
