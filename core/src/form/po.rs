//! gettext PO files, the format translation tools (Weblate, Pootle, Poedit, Crowdin) read and
//! write: a strict reader that names the line of every problem, and a writer whose output it
//! reads back to the same entries. Only what a form's translations need: context, source,
//! translation, plural forms, the fuzzy flag; other comments are read and dropped.

use std::fmt::Write as _;

use crate::error::Detail;

/// One message of a PO file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PoEntry {
    /// `msgctxt`: for a form, the text's path.
    pub context: Option<String>,
    /// `msgid`: the source (English) text.
    pub id: String,
    /// `msgid_plural`, for an entry with plural forms.
    pub id_plural: Option<String>,
    /// `msgstr`, or `msgstr[0]`, `msgstr[1]`, … for a plural entry. Empty: not translated.
    pub translations: Vec<String>,
    /// Marked `#, fuzzy`: a guess a translator has not confirmed, not to be used.
    pub fuzzy: bool,
    /// The line of the entry's first keyword (1-based; 0 for an entry not read from a file).
    pub line: usize,
}

/// A PO file: its header (the entry with an empty `msgid`, as `Name: value` fields) and its
/// messages in file order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PoFile {
    pub header: Vec<(String, String)>,
    pub entries: Vec<PoEntry>,
}

impl PoFile {
    /// A header field's value (`Language`, `Plural-Forms`, …).
    pub fn header_field(&self, name: &str) -> Option<&str> {
        self.header
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// A PO file that cannot be read; every problem found, each with its line (`form-po-…`
/// messages, put into words when shown).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{}", english(.0))]
pub struct PoErrors(pub Vec<Detail>);

fn english(errors: &[Detail]) -> String {
    let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
    lines.join("\n")
}

/// A problem of the file at line `line` (1-based).
fn at_line(line: usize, reason: Detail) -> Detail {
    Detail::new("form-po-line")
        .with("line", line)
        .with_detail("reason", reason)
}

/// Largest PO file read; the shipped checklist's is about 200 KiB per language.
pub const MAX_PO_LEN: usize = 16 * 1024 * 1024;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Field {
    Context,
    Id,
    IdPlural,
    Str(usize),
}

#[derive(Default)]
struct Pending {
    entry: PoEntry,
    seen_id: bool,
    seen_str: bool,
    started: bool,
    fuzzy_flag: bool,
    /// A string of it was refused: its text is incomplete, so it is not judged further.
    broken: bool,
}

/// Reads a PO file. Refuses (naming each line) what the format does not allow: an unknown
/// keyword, a string that is not closed or has an unknown escape, a keyword twice or out of
/// order in one entry, an entry without `msgid` or `msgstr`, plural forms not numbered 0, 1, …
/// in order, a header that is not `Name: value` lines.
pub fn parse(text: &str) -> Result<PoFile, PoErrors> {
    let mut errors = Vec::new();
    if text.len() > MAX_PO_LEN {
        return Err(PoErrors(vec![
            Detail::new("form-po-too-large").with("max", MAX_PO_LEN >> 20),
        ]));
    }
    let mut entries: Vec<PoEntry> = Vec::new();
    let mut pending = Pending::default();
    let mut field: Option<Field> = None;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    for (index, raw) in text.split('\n').enumerate() {
        let number = index + 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw).trim();
        if line.is_empty() {
            continue;
        }
        if let Some(comment) = line.strip_prefix('#') {
            // A comment after an entry's strings begins the next entry.
            if pending.seen_str {
                finish(&mut pending, &mut entries, &mut errors);
                field = None;
            }
            if comment.starts_with('~') {
                // Obsolete entries are kept by tools for reuse; they are not messages.
                continue;
            }
            if let Some(flags) = comment.strip_prefix(',') {
                pending.started = true;
                if flags.split(',').any(|flag| flag.trim() == "fuzzy") {
                    pending.fuzzy_flag = true;
                }
            }
            continue;
        }
        if line.starts_with('"') {
            let Some(current) = field else {
                errors.push(at_line(number, Detail::new("form-po-no-keyword")));
                continue;
            };
            match unquote(line) {
                Ok(value) => append(&mut pending.entry, current, &value),
                Err(why) => {
                    pending.broken = true;
                    errors.push(at_line(number, why));
                }
            }
            continue;
        }
        let (keyword, rest) = match line.find(|c: char| c.is_whitespace()) {
            Some(at) => (&line[..at], line[at..].trim_start()),
            None => (line, ""),
        };
        let next = match keyword {
            "msgctxt" => Field::Context,
            "msgid" => Field::Id,
            "msgid_plural" => Field::IdPlural,
            "msgstr" => Field::Str(0),
            _ => match keyword
                .strip_prefix("msgstr[")
                .and_then(|n| n.strip_suffix(']'))
                .and_then(|n| n.parse::<usize>().ok())
            {
                Some(n) if n < 64 => Field::Str(n),
                _ => {
                    errors.push(at_line(
                        number,
                        Detail::new("form-po-unknown-keyword")
                            .with("keyword", format_args!("{keyword:?}")),
                    ));
                    field = None;
                    continue;
                }
            },
        };
        // A msgctxt or msgid after the strings of an entry begins the next one.
        if pending.seen_str && matches!(next, Field::Context | Field::Id) {
            finish(&mut pending, &mut entries, &mut errors);
        }
        if pending.entry.line == 0 {
            pending.entry.line = number;
        }
        pending.started = true;
        if let Some(why) = out_of_order(&pending, next, keyword == "msgstr") {
            errors.push(at_line(number, why));
        }
        match next {
            Field::Context => pending.entry.context = Some(String::new()),
            Field::Id => pending.seen_id = true,
            Field::IdPlural => pending.entry.id_plural = Some(String::new()),
            Field::Str(n) => {
                pending.seen_str = true;
                if n != pending.entry.translations.len() {
                    errors.push(at_line(
                        number,
                        Detail::new("form-po-plural-order")
                            .with("got", n)
                            .with("expected", pending.entry.translations.len()),
                    ));
                }
                pending.entry.translations.push(String::new());
            }
        }
        field = Some(match next {
            Field::Str(_) => Field::Str(pending.entry.translations.len().saturating_sub(1)),
            other => other,
        });
        if !rest.starts_with('"') {
            errors.push(at_line(
                number,
                Detail::new("form-po-needs-string").with("keyword", keyword),
            ));
            continue;
        }
        match unquote(rest) {
            Ok(value) => append(&mut pending.entry, field.unwrap_or(next), &value),
            Err(why) => {
                pending.broken = true;
                errors.push(at_line(number, why));
            }
        }
    }
    if pending.started {
        finish(&mut pending, &mut entries, &mut errors);
    }
    let mut file = PoFile::default();
    let mut seen_header = false;
    for entry in entries {
        if entry.context.is_none() && entry.id.is_empty() && entry.id_plural.is_none() {
            if seen_header || !file.entries.is_empty() {
                errors.push(at_line(entry.line, Detail::new("form-po-header-first")));
                continue;
            }
            let body = entry.translations.first().cloned().unwrap_or_default();
            for field_line in body.lines().filter(|l| !l.trim().is_empty()) {
                match field_line.split_once(':') {
                    Some((name, value)) if !name.trim().is_empty() => file
                        .header
                        .push((name.trim().to_owned(), value.trim().to_owned())),
                    _ => errors.push(at_line(
                        entry.line,
                        Detail::new("form-po-header-line")
                            .with("text", format_args!("{field_line:?}")),
                    )),
                }
            }
            seen_header = true;
            continue;
        }
        file.entries.push(entry);
    }
    if errors.is_empty() {
        Ok(file)
    } else {
        Err(PoErrors(errors))
    }
}

fn out_of_order(pending: &Pending, next: Field, plain_msgstr: bool) -> Option<Detail> {
    let e = &pending.entry;
    let twice = |keyword: &str| Detail::new("form-po-twice").with("keyword", keyword);
    let after = |keyword: &str, other: &str| {
        Detail::new("form-po-after")
            .with("keyword", keyword)
            .with("other", other)
    };
    let before = |keyword: &str, other: &str| {
        Detail::new("form-po-before")
            .with("keyword", keyword)
            .with("other", other)
    };
    match next {
        Field::Context if e.context.is_some() => Some(twice("msgctxt")),
        Field::Context if pending.seen_id => Some(after("msgctxt", "msgid")),
        Field::Id if pending.seen_id => Some(twice("msgid")),
        Field::IdPlural if !pending.seen_id => Some(before("msgid_plural", "msgid")),
        Field::IdPlural if e.id_plural.is_some() => Some(twice("msgid_plural")),
        Field::IdPlural if pending.seen_str => Some(after("msgid_plural", "msgstr")),
        Field::Str(_) if !pending.seen_id => Some(before("msgstr", "msgid")),
        Field::Str(_) if e.id_plural.is_some() && plain_msgstr => {
            Some(Detail::new("form-po-plural-needs-forms"))
        }
        Field::Str(_) if e.id_plural.is_none() && !plain_msgstr => {
            Some(Detail::new("form-po-forms-without-plural"))
        }
        Field::Str(_) if e.id_plural.is_none() && pending.seen_str => Some(twice("msgstr")),
        _ => None,
    }
}

fn append(entry: &mut PoEntry, field: Field, value: &str) {
    let target = match field {
        Field::Context => entry.context.get_or_insert_with(String::new),
        Field::Id => &mut entry.id,
        Field::IdPlural => entry.id_plural.get_or_insert_with(String::new),
        Field::Str(n) => match entry.translations.get_mut(n) {
            Some(target) => target,
            None => return,
        },
    };
    target.push_str(value);
}

fn finish(pending: &mut Pending, entries: &mut Vec<PoEntry>, errors: &mut Vec<Detail>) {
    let mut done = std::mem::take(pending);
    if !done.seen_id && !done.seen_str && done.entry.context.is_none() {
        // Only comments: nothing to keep.
        return;
    }
    if !done.seen_id {
        errors.push(at_line(done.entry.line, Detail::new("form-po-no-msgid")));
    } else if !done.seen_str {
        errors.push(at_line(done.entry.line, Detail::new("form-po-no-msgstr")));
    }
    done.entry.fuzzy = done.fuzzy_flag;
    if !done.broken {
        entries.push(done.entry);
    }
}

/// The content of one quoted PO string (the line must be exactly `"…"`).
fn unquote(line: &str) -> Result<String, Detail> {
    let line = line.trim_end();
    let inner = line
        .strip_prefix('"')
        .and_then(|l| l.strip_suffix('"'))
        .filter(|_| line.len() >= 2)
        .ok_or_else(|| Detail::new("form-po-one-piece"))?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push(match chars.next() {
                Some('n') => '\n',
                Some('t') => '\t',
                Some('r') => '\r',
                Some('"') => '"',
                Some('\\') => '\\',
                Some('a') => '\u{7}',
                Some('b') => '\u{8}',
                Some('f') => '\u{c}',
                Some('v') => '\u{b}',
                Some('x') => {
                    let digits: String = chars.by_ref().take(2).collect();
                    u8::from_str_radix(&digits, 16)
                        .ok()
                        .filter(|_| digits.len() == 2)
                        .map(char::from)
                        .filter(char::is_ascii)
                        .ok_or_else(|| {
                            Detail::new("form-po-bad-hex")
                                .with("escape", format_args!("\\x{digits}"))
                        })?
                }
                Some(other) => {
                    return Err(Detail::new("form-po-unknown-escape")
                        .with("escape", format_args!("\\{other}")));
                }
                None => return Err(Detail::new("form-po-lone-backslash")),
            }),
            '"' => return Err(Detail::new("form-po-unescaped-quote")),
            c if (c as u32) < 0x20 => return Err(Detail::new("form-po-control-character")),
            c => out.push(c),
        }
    }
    Ok(out)
}

fn quote(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\u{b}' => out.push_str("\\v"),
            // Other control characters have no named escape; written as hex so they are kept.
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// One keyword and its string; a string with line breaks is split after each, as gettext does,
/// so translators see the lines.
fn write_field(out: &mut String, keyword: &str, value: &str) {
    let pieces: Vec<&str> = value.split_inclusive('\n').collect();
    if pieces.len() <= 1 {
        let _ = writeln!(out, "{keyword} {}", quote(value));
    } else {
        let _ = writeln!(out, "{keyword} \"\"");
        for piece in pieces {
            let _ = writeln!(out, "{}", quote(piece));
        }
    }
}

/// The PO text of `file`, with `comment` (one `# ` line each) at the top. [`parse`] reads it
/// back to the same header and entries (lines aside).
pub fn write(file: &PoFile, comment: &[&str]) -> String {
    let mut out = String::new();
    for line in comment {
        let _ = writeln!(out, "# {line}");
    }
    let mut header = String::new();
    for (name, value) in &file.header {
        let _ = writeln!(header, "{name}: {value}");
    }
    write_field(&mut out, "msgid", "");
    write_field(&mut out, "msgstr", &header);
    for entry in &file.entries {
        out.push('\n');
        if entry.fuzzy {
            out.push_str("#, fuzzy\n");
        }
        if let Some(context) = &entry.context {
            write_field(&mut out, "msgctxt", context);
        }
        write_field(&mut out, "msgid", &entry.id);
        match &entry.id_plural {
            None => {
                let text = entry.translations.first().map_or("", String::as_str);
                write_field(&mut out, "msgstr", text);
            }
            Some(plural) => {
                write_field(&mut out, "msgid_plural", plural);
                for (n, text) in entry.translations.iter().enumerate() {
                    write_field(&mut out, &format!("msgstr[{n}]"), text);
                }
            }
        }
    }
    out
}

/// gettext's `Plural-Forms` for a language: the number of forms and the formula choosing one,
/// as the gettext manual and CLDR give them. `None` for a language not listed here.
pub fn plural_forms(lang: &str) -> Option<(usize, &'static str)> {
    const SLAVIC: &str =
        "(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2)";
    Some(match lang {
        "en" | "ka" | "kk" | "ky" | "tg" => (2, "(n != 1)"),
        "ru" | "uk" | "be" => (3, SLAVIC),
        "ro" => (
            3,
            "(n==1 ? 0 : (n==0 || (n%100 > 0 && n%100 < 20)) ? 1 : 2)",
        ),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_a_file_tools_write() {
        let text = "# comment\nmsgid \"\"\nmsgstr \"\"\n\"Language: ru\\n\"\n\"Plural-Forms: nplurals=3; plural=x;\\n\"\n\n#: ref\n#, fuzzy, c-format\nmsgctxt \"items/a/label\"\nmsgid \"Hello \\\"you\\\"\"\nmsgstr \"\"\n\"Привет\\n\"\n\"вам\"\n\nmsgid \"one\"\nmsgid_plural \"many\"\nmsgstr[0] \"a\"\nmsgstr[1] \"b\"\n\n#~ msgid \"old\"\n#~ msgstr \"старое\"\n";
        let file = parse(text).unwrap();
        assert_eq!(file.header_field("language"), Some("ru"));
        assert_eq!(file.entries.len(), 2);
        let first = &file.entries[0];
        assert_eq!(first.context.as_deref(), Some("items/a/label"));
        assert_eq!(first.id, "Hello \"you\"");
        assert_eq!(first.translations, ["Привет\nвам"]);
        assert!(first.fuzzy);
        assert_eq!(first.line, 9);
        assert_eq!(file.entries[1].translations, ["a", "b"]);
        assert!(!file.entries[1].fuzzy);
    }

    #[test]
    fn every_broken_line_is_named() {
        let text = "msgid \"\"\nmsgstr \"\"\n\nmsgid \"a\nmsgstr \"x\\q\"\nmsgfoo \"y\"\n\"stray\"\nmsgid \"b\"\nmsgstr[1] \"z\"\n";
        let errors: Vec<String> = parse(text)
            .unwrap_err()
            .0
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            errors,
            [
                "line 4: a string must be one quoted piece",
                "line 5: unknown escape \\q",
                "line 6: unknown keyword \"msgfoo\"",
                "line 7: a string with no keyword before it",
                "line 9: msgstr[N] without msgid_plural",
                "line 9: plural form 1 where form 0 was expected",
            ]
        );
    }

    #[test]
    fn entries_missing_parts_are_refused() {
        assert!(parse("msgid \"a\"\n").is_err());
        assert!(parse("msgstr \"a\"\n").is_err());
        assert!(parse("msgid \"a\"\nmsgstr \"b\"\nmsgstr \"c\"\n").is_err());
        assert!(parse("msgid \"a\"\nmsgid_plural \"b\"\nmsgstr \"c\"\n").is_err());
        assert!(parse("msgid \"a\"\nmsgstr \"b\"\n\nmsgid \"\"\nmsgstr \"X: y\\n\"\n").is_err());
    }

    fn text() -> impl Strategy<Value = String> {
        proptest::string::string_regex("[a-zA-Zа-я0-9 \"\\\\\n\t{}$.:#]{0,24}").unwrap()
    }

    fn entry() -> impl Strategy<Value = PoEntry> {
        (
            proptest::option::of(text()),
            text().prop_filter("not the header", |s| !s.is_empty()),
            proptest::option::of(text()),
            proptest::collection::vec(text(), 1..4),
            any::<bool>(),
        )
            .prop_map(|(context, id, id_plural, mut translations, fuzzy)| {
                if id_plural.is_none() {
                    translations.truncate(1);
                }
                PoEntry {
                    context,
                    id,
                    id_plural,
                    translations,
                    fuzzy,
                    line: 0,
                }
            })
    }

    proptest! {
        #[test]
        fn what_is_written_reads_back_the_same(
            entries in proptest::collection::vec(entry(), 0..6),
            language in "[a-z]{2}",
        ) {
            let file = PoFile {
                header: vec![("Language".into(), language)],
                entries,
            };
            let mut read = parse(&write(&file, &["a comment"])).unwrap();
            for entry in &mut read.entries {
                entry.line = 0;
            }
            prop_assert_eq!(read, file);
        }

        #[test]
        fn any_text_is_read_or_refused_without_a_panic(text in "(msg(id|str|ctxt)(\\[[0-9]\\])? |\"|#|\\\\|[a-z]|\n){0,60}") {
            let _ = parse(&text);
        }
    }

    #[test]
    fn plural_forms_match_the_cldr_categories() {
        for lang in ["en", "ru", "uk", "ro", "ka", "kk", "ky", "be"] {
            let (count, _) = plural_forms(lang).unwrap();
            let categories = crate::l10n::plural_categories(lang).unwrap();
            // gettext counts integer forms only; CLDR's `other` for fractions is one more in
            // the Slavic languages, whose `many` covers 5, 11, 100.
            let integer_forms = categories.len()
                - usize::from(categories.contains("many") && categories.contains("few"));
            assert_eq!(count, integer_forms, "{lang}: {categories:?}");
        }
    }
}
