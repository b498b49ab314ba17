#!/usr/bin/env python3
"""Check that no user-visible words are left in the Rust source of the CLI, of the core's
message code and of the staff tools, outside the Fluent catalogs (cli/locales, core/locales,
staff/locales).

Standard library only. Usage:

    python3 scripts/check_strings.py

Exit status 0 when clean, 1 otherwise, with one line per finding naming the file, the line and
the literal.

What counts as user-visible: a string literal with a letter in it (after `{…}` placeholders are
taken out) given to `println!`, `eprintln!`, `print!`, `eprint!`, `write!`, `writeln!`,
`format!`, `format_args!`, `panic!`, `Failure(…)`, `Error::InvalidInput(…)` or
`Outcome::Invalid(…)`, or to what
carries a form author's or translator's error (`FormError::new(…)`, `Detail::quoted(…)`,
`Detail::from(…)`, `ParseError::new(…)`, `CheckError::Type(…)`, `PoErrors(…)`,
`type_error(…)`), in:

  * every file of the CLI (cli/src/),
  * the core's files that speak to the person (the guided session, answers shown back, the
    refusal of an answer, the passphrase verdict, the error type's messages), and every file of
    the core outside core/src/form/ and core/src/sync/ (but the NOT_SHOWN ones),
  * core/src/form/ entire but its `tests.rs` files (loading, expressions, translations, PO
    files: what form authors and translators read),
  * every file of wave-staff (staff/src/; its pages' templates are Fluent already), where
    `Error::InvalidState(…)` and `Error::Corrupted(…)` are sinks too: their details are ids
    of the core's catalog (core/locales/LANG/archive.ftl), and
  * the sync code (core/src/sync/), whose reasons are stored and shown later: there the
    details given to `Error::Corrupted`/`InvalidState`/`Network`, `Detail::quoted`, a recipient
    set's `Judgement::Refuse(…)` and a literal set as a `reason:`/`message:`/`detail:`/`text:`/
    `problem:` field are sinks too, so a sentence stored there is caught. A message id
    (`sync-detail-…`: lowercase words joined by hyphens) is what they take instead.

Those areas, the calls each takes words through and the rules each adds are one table, `AREAS`.


In the core's files, a core error's fixed detail must be a message id of the core's English
catalog (any file of core/locales/en), which every other language then has (the completeness
test): the literal given to `Error::Corrupted`, `Error::InvalidState`, `Error::PlatformSecret`,
`Error::Network` and `Detail::new`, a `NotFound` error's `kind`, and every `"detail-…"` literal.
An `Error::InvalidInput` gets a `Detail` built from an id (a library's reason goes in as one of
its variables, `.with("reason", error)`), or `Detail::quoted(…)` for words that came from
elsewhere or were already looked up in the person's language; one composed in place
(`format!(…)`, `error.to_string()`) is a finding.

A literal that is a message id or a machine code (`status-{}`, `http_{status}`), a path or
URL, or an SQL statement is not words.

Not checked: comments and doc comments, `#[…]` attributes (the doc comments and `about` on
clap's derive types stay as developer documentation: `wave --help` replaces every one of them at
run time by its message in cli/locales/LANG/help.ftl, and a unit test in cli/src/help.rs fails
when a command or an argument has none), `#[cfg(test)]` modules, the message ids given to `t!`/`tl!`/
`core_text`/`staff_text`/`Detail::new` and the workspace's `tr.t`/`tr.n`/`tr.s`, the variable
names given to `.with(…)`, `.with_count(…)`, `.with_detail(…)`, JSON keys inside `json!(…)`
(field names of the machine-readable output), `Error::InvalidState`'s fixed details outside
wave-staff (a broken invariant, for a bug report; the error's own words around it are
translated), and the short ALLOWED list below (each with its reason).
"""

import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORE = ROOT / "core" / "src"


def sinks(*names):
    """A pattern that finds a call to any of `names` (a macro, a function or a variant)."""
    return re.compile(r"\b(?:" + "|".join(re.escape(name) for name in names) + r")\s*\(")


# What takes words the person reads, in every area: printing and formatting, the CLI's failure,
# an invalid input or answer, and what carries a form author's or translator's error.
SHOWN = (
    "println!", "eprintln!", "print!", "eprint!", "writeln!", "write!", "format!",
    "format_args!", "panic!", "Failure", "Error::InvalidInput", "FormError::new",
    "Detail::quoted", "Detail::from", "ParseError::new", "CheckError::Type", "PoErrors",
    "type_error", "Outcome::Invalid",
)


class Area:
    """Files checked alike: `files` (relative to the root) take words through the calls in
    `sinks`; with `stored`, what the code stores to show later is checked too (a literal set
    as a `reason:`/`message:`/`detail:`/`text:`/`problem:` field); with `details`, a core
    error's fixed details must be message ids of the core's catalog (`detail_problems`)."""

    def __init__(self, name, files, extra_sinks=(), stored=False, details=False):
        self.name = name
        self.files = files
        self.sinks = sinks(*SHOWN, *extra_sinks)
        self.stored = stored
        self.details = details


def core_files(folder):
    """The core's files outside its own folders (`folder` None), or those of one of them."""
    for path in sorted(CORE.rglob("*.rs")):
        parts = path.relative_to(CORE).parts
        if folder is None and not {"form", "sync"} & set(parts):
            yield path
        elif folder is not None and parts[0] == folder:
            yield path


# Each file is in the first area that lists it.
AREAS = (
    Area("the CLI", lambda: sorted((ROOT / "cli" / "src").glob("*.rs"))),
    # wave-staff's details of damage and impossible states are ids of the core's catalog
    # (core/locales/LANG/archive.ftl): a sentence there is words outside the catalogs too.
    Area("wave-staff", lambda: sorted((ROOT / "staff" / "src").glob("**/*.rs")),
         extra_sinks=("Error::InvalidState", "Error::Corrupted")),
    # Where the sync code builds what it stores: details and reasons, shown later.
    Area("the sync code", lambda: sorted((CORE / "sync").glob("*.rs")),
         extra_sinks=("Error::Corrupted", "Error::InvalidState", "Error::Network",
                      "Judgement::Refuse"),
         stored=True, details=True),
    # Loading, expressions, translations and PO files: what form authors and translators read
    # (core/locales/LANG/forms.ftl).
    Area("the checklist engine",
         lambda: [p for p in core_files("form") if p.name != "tests.rs"], details=True),
    # The guided session, answers shown back, the refusal of an answer, the passphrase verdict,
    # the error type's messages, and every other file of the core.
    Area("the rest of the core", lambda: core_files(None), details=True),
)

# Files whose words no person using Wave sees: (file relative to the root): why.
NOT_SHOWN = {
    "core/src/fuzzing.rs": "compiled only for the tests and the fuzzers",
    "core/src/format_fixtures.rs": "compiled only for the tests (the fixtures of earlier formats)",
    "core/src/l10n.rs": "the catalogs' completeness problems, for the tests and translators' tools",
}


def files_by_area():
    """(path, area) for every file checked, each once, in the order of their paths."""
    chosen = {}
    for area in AREAS:
        for path in area.files():
            if path.relative_to(ROOT).as_posix() not in NOT_SHOWN:
                chosen.setdefault(path, area)
    return sorted(chosen.items())


def area(name):
    return next(area for area in AREAS if area.name == name)


STORED_FIELD = re.compile(r"\b(?:reason|message|detail|text|problem)\s*:\s*(?=\")")
STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
LETTER = re.compile(r"[^\W\d_]", re.UNICODE)

# (file relative to the root, literal): why it may stay in the source.
ALLOWED = {
    ("cli/src/cases.rs", ".{}.partial"): "a temporary file's name, never shown",
    ("cli/src/cases.rs", "{} v{}"): "form id and version, as the form file writes them",
    ("cli/src/forms.rs", "{} ({} v{})"): "form title, id and version, as the form file writes them",
    ("cli/src/demo.rs", "http://{}"): "a URL scheme",
    ("cli/src/main.rs", "wave: {}"): "the program's name before each message, as tools do",
    ("cli/src/main.rs", "wave: {first}"): "the program's name before each message, as tools do",
    ("cli/src/help.rs", "{{before-help}}{{about-with-newline}}\\n{usage}{}{usage:#} {{usage}}"):
        "clap's help template tags; the heading's words come from help.ftl",
    ("cli/src/cases.rs", "  {}  {}  {}  sha256 {}  {}"): "the digest's name, as the JSON field",
    ("core/src/record/question.rs", "{n}"): "a number",
    ("cli/src/staff.rs", "share-{number}.txt"): "a file's name, the same in every language",
    ("cli/src/staff.rs", "share-{number}.png"): "a file's name, the same in every language",
    # Places in a form, written as the form's own paths (docs/form-format.md), in every language.
    ("core/src/form/load.rs", "form"): "the path of the form's top level",
    ("core/src/form/schema.rs", "form"): "the path of the form's top level",
    ("core/src/form/load.rs", "choice_lists.{name}"): "a path in the form",
    ("core/src/form/load.rs", "sections[{s}]"): "a path in the form",
    ("core/src/form/load.rs", "sections[{first}]"): "a path in the form",
    ("core/src/form/load.rs", "sections[{s}].items[{j}]"): "a path in the form",
    ("core/src/form/load.rs", "{base}.items[{k}]"): "a path in the form",
    ("core/src/form/load.rs", "{base}.choices"): "a path in the form",
    ("core/src/form/schema.rs", "choice_lists.{name}[{i}]"): "a path in the form",
    ("core/src/form/translations.rs", "items/{name}"): "a text's place, the PO file's msgctxt",
    # The PO format's own notation.
    ("core/src/form/po.rs", r"\\x{digits}"): "an escape as the file wrote it",
    ("core/src/form/po.rs", r"\\x{:02x}"): "an escape written into the file",
    ("core/src/form/po.rs", "msgstr[{n}]"): "a PO keyword",
    ("core/src/form/translations.rs", "nplurals={plurals}; plural={formula};"): "a PO header value",
    ("core/src/form/translations.rs",
     "{title}: {} version {}, {lang}. msgctxt is each text's place in the form."):
        "the exported file's comment for translation tools, in the source language like msgid",
    ("staff/src/backup.rs", "{SHARE_PREFIX}:{}:{threshold}-OF-{total}:{split_id}:{x:02X}:{}"):
        "a share's text format, the same in every language",
    ("staff/src/synthetic.rs", "Case {n}"): "synthetic cases' answers for tests and benchmarks",
    ("staff/src/synthetic.rs", "{} marker{n}."): "synthetic cases' answers for tests and benchmarks",
    ("staff/src/workspace/casepage.rs", "⟦U+{:04X}⟧"): "a code point's notation",
    ("staff/src/workspace/casepage.rs", "{} v{}"): "form id and version, as the form file writes them",
    ("staff/src/workspace/reports.rs", "{} v{}"): "form id and version, as the form file writes them",
    ("staff/src/workspace/casepage.rs", 'attachment; filename=\\"{name}\\"'): "an HTTP header",
    ("staff/src/workspace/exports.rs", 'attachment; filename=\\"{name}\\"'): "an HTTP header",
    ("staff/src/workspace/statistics.rs", 'attachment; filename=\\"wave-stats-{set}-{}.csv\\"'):
        "an HTTP header",
    ("staff/src/workspace/session.rs", "{COOKIE}={id}; Path=/; HttpOnly; SameSite=Strict"):
        "an HTTP header",
    ("core/src/sync/payload.rs", "# Wave NGO identity. Keep this file secret; it opens every case "
     "sent to the NGO.\\n# public key: {}\\n{}\\n"): "a key file's header, written once for staff like age's own",
    ("core/src/sync/payload.rs", "StaffIdentity({})"): "a Debug form, for developers",
    ("core/src/sync/transport.rs", "HTTP {}"): "the status a server answered without words, as HTTP names it",
    ("core/src/sync/transport.rs", "http_{}"): "a stable code, never shown as words",
    ("core/src/case/cases.rs", "SELECT seq, body FROM {table} WHERE case_id = ?1 ORDER BY seq"):
        "SQL, never shown",
    ("core/src/case/model.rs", "<{} answers>"): "a Debug form, for developers; never the answers",
    ("core/src/crypto/secret.rs", "the operating system's random source failed: {error}"):
        "a panic's message, for a bug report (the bindings report it as an internal error)",
}


def code_without_comments_and_tests(text):
    """The source with comments, attributes and `#[cfg(test)]` modules blanked out (line
    numbers kept)."""
    lines = text.split("\n")
    out = []
    skip_depth = None
    depth = 0
    pending_test = False
    for line in lines:
        stripped = line.strip()
        if skip_depth is None and stripped.startswith("#[cfg(test)]"):
            pending_test = True
            out.append("")
            continue
        opens, closes = code_braces(line)
        if pending_test and opens:
            skip_depth = depth
            pending_test = False
        depth += opens - closes
        if skip_depth is not None:
            out.append("")
            if depth <= skip_depth:
                skip_depth = None
            continue
        if stripped.startswith("//") or stripped.startswith("#["):
            out.append("")
            continue
        out.append(strip_line_comment(line))
    return "\n".join(out)


def code_braces(line):
    code = STRING.sub('""', strip_line_comment(line))
    return code.count("{"), code.count("}")


def outside_strings(text, start=0):
    """(index, character) of every character of `text` from `start` on that is outside the
    string literals and is not a quote."""
    in_string = False
    escaped = False
    for i in range(start, len(text)):
        c = text[i]
        if in_string:
            if escaped:
                escaped = False
            elif c == "\\":
                escaped = True
            elif c == '"':
                in_string = False
        elif c == '"':
            in_string = True
        else:
            yield i, c


def strip_line_comment(line):
    for i, c in outside_strings(line):
        if c == "/" and line[i : i + 2] == "//":
            return line[:i]
    return line


def call_arguments(code, start):
    """The text between the parenthesis at `start` and its match."""
    depth = 0
    for i, c in outside_strings(code, start):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return code[start + 1 : i]
    return code[start + 1 :]


JSON = re.compile(r"\bjson!\s*\(")


def blank_json(arguments):
    """`arguments` with the inside of every `json!(…)` blanked: its strings are field names."""
    return blank_calls(arguments, JSON)


# Message lookups: their first literal is an id, not words.
LOOKUP = re.compile(
    r"(?:\b(?:t!|tl!|core_text|detail_text|text_in|text|words|self\.ui|self\.words|staff_text|Detail::new|"
    r"with|with_count|with_detail|operands)|\.(?:t|n|s))\s*\("
)
# A message variable's name beside its value: `("count", Arg::Count(n))`, `.with("path", p)`.
VARIABLE_NAME = re.compile(r'"[a-z_]+"(?=\s*,\s*Arg::)|(?<=\.with\()\s*"[a-z_]+"|(?<=\.with_count\()\s*"[a-z_]+"')
# Not words: a message id or a machine code, whole or built from parts (`status-{}`,
# `http_{status}`); a path or URL; an SQL statement.
NOT_WORDS = re.compile(
    r"(?:[a-z0-9]*[-_][a-z0-9_-]*|/.*|https?://.*|(?:SELECT|INSERT|UPDATE|DELETE|PRAGMA|CREATE) .*)",
    re.DOTALL,
)


def blank_lookups(arguments):
    """`arguments` with every message lookup's id and variable names blanked, so only words
    written inline stay."""
    out = VARIABLE_NAME.sub(lambda m: " " * (len(m.group(0)) - 2) + '""', arguments)
    for match in LOOKUP.finditer(arguments):
        inner = call_arguments(arguments, match.end() - 1)
        first = STRING.search(inner)
        if first and re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", first.group(1)):
            begin = match.end() + first.start()
            out = out[:begin] + '""' + " " * (len(first.group(0)) - 2) + out[begin + len(first.group(0)) :]
    return out


def has_words(literal):
    words = PLACEHOLDER.sub("", literal.replace("{{", "").replace("}}", ""))
    words = re.sub(r"\\[nrt]", " ", words)
    return bool(LETTER.search(words)) and not NOT_WORDS.fullmatch(words)


def literals(code, area):
    """(offset, literal) of every literal with words given to one of `area`'s sinks, each once;
    in an area that stores what it shows later, the stored fields too, where a message id is no
    words."""
    seen = {}
    for sink in area.sinks.finditer(code):
        start = sink.end()
        arguments = blank_json(blank_lookups(call_arguments(code, start - 1)))
        for literal in STRING.finditer(arguments):
            if has_words(literal.group(1)):
                seen.setdefault(start + literal.start(), literal.group(1))
    if area.stored:
        for field in STORED_FIELD.finditer(code):
            literal = STRING.match(code, field.end())
            if literal and has_words(literal.group(1)):
                seen.setdefault(field.end(), literal.group(1))
    return sorted(seen.items())


# The core's errors whose fixed details are message ids of its catalog, shown in the reader's
# language: the literal given to them must be an id the English catalog has.
ID_SINKS = re.compile(
    r"\bError::(?:Corrupted|InvalidState|PlatformSecret|Network)\s*\(|\bDetail::new\s*\("
)
NOT_FOUND_KIND = re.compile(r"\bError::NotFound\s*\{[^}]*?\bkind\s*:\s*\"((?:[^\"\\]|\\.)*)\"")
INVALID_INPUT = re.compile(r"\bError::InvalidInput\s*\(")
# Where an `InvalidInput` takes text it did not choose from the catalog: English composed in
# place, or a library's reason with no words of the catalog around it.
COMPOSED = re.compile(r"\bformat!\s*\(|\.to_string\(\)")
QUOTED_OR_ARGUMENT = re.compile(r"(?:\bDetail::quoted|\.with|\.with_count)\s*\(")
DETAIL_ID = re.compile(r'"(detail-[a-z0-9]+(?:-[a-z0-9]+)*)"')
MESSAGE_ID = re.compile(r"^([A-Za-z][A-Za-z0-9_-]*)\s*=", re.MULTILINE)


def catalog_ids():
    """Every message id of the core's English catalog (all the files of core/locales/en)."""
    ids = set()
    for path in sorted((ROOT / "core" / "locales" / "en").glob("*.ftl")):
        ids.update(MESSAGE_ID.findall(path.read_text(encoding="utf-8")))
    return ids


def blank_calls(arguments, pattern):
    """`arguments` with the inside of every call `pattern` finds blanked."""
    out = arguments
    for match in pattern.finditer(arguments):
        inner = call_arguments(arguments, match.end() - 1)
        begin = match.end()
        out = out[:begin] + " " * len(inner) + out[begin + len(inner) :]
    return out


def detail_problems(code, ids):
    """(offset, problem) for every fixed detail of a core error that is not a message id of the
    catalog, every `detail-…` id the catalog lacks, and every `InvalidInput` whose detail is
    composed in place instead of built from an id."""
    problems = {}
    for sink in ID_SINKS.finditer(code):
        arguments = call_arguments(code, sink.end() - 1)
        first = STRING.search(arguments)
        if first is None:
            continue
        literal = first.group(1)
        if literal not in ids and LETTER.search(literal):
            offset = sink.end() + first.start(1)
            problems[offset] = f'a detail that is not a message id of core/locales/en: "{literal}"'
    for kind in NOT_FOUND_KIND.finditer(code):
        if kind.group(1) not in ids:
            problems[kind.start(1)] = (
                f'a not-found kind that is not a message id of core/locales/en: "{kind.group(1)}"'
            )
    for sink in INVALID_INPUT.finditer(code):
        # What is quoted on purpose, a message's variables and words already looked up in a
        # catalog (in the person's language) are not composed in place.
        arguments = call_arguments(code, sink.end() - 1)
        arguments = blank_calls(blank_calls(arguments, QUOTED_OR_ARGUMENT), LOOKUP)
        composed = COMPOSED.search(arguments)
        if composed:
            problems.setdefault(
                sink.end() + composed.start(),
                "an invalid-input detail composed in place: build it with Detail::new(\"detail-…\")",
            )
    for match in DETAIL_ID.finditer(code):
        if match.group(1) not in ids:
            problems.setdefault(match.start(1), f'"{match.group(1)}" is not in core/locales/en')
    return sorted(problems.items())


def findings():
    found = []
    ids = catalog_ids()
    for path, area in files_by_area():
        rel = path.relative_to(ROOT).as_posix()
        code = code_without_comments_and_tests(path.read_text(encoding="utf-8"))
        for offset, literal in literals(code, area):
            if (rel, literal) in ALLOWED:
                continue
            line = code.count("\n", 0, offset) + 1
            found.append(f"{rel}:{line}: words outside the Fluent catalogs: \"{literal}\"")
        if area.details:
            for offset, problem in detail_problems(code, ids):
                line = code.count("\n", 0, offset) + 1
                found.append(f"{rel}:{line}: {problem}")
    return found


def self_test():
    """The checker finds what it must and passes what it may."""
    sample = '\n'.join([
        'fn f() {',
        '    println!("Hello {name}");',
        '    eprintln!("{}", t!("some-id", name = &x));',
        '    Failure(format!("{} is {}", a, b));',
        '    // println!("in a comment");',
        '    #[arg(help = "clap help")]',
        '    println!("{}: {}", a, b);',
        '    println!("{}", json!({"sent": 1}));',
        '    errors.push(FormError::new(kind, path, field, Detail::quoted("no text here")));',
        '    let d = Detail::new("form-no-text").with("lang", quoted(lang));',
        '    return Err(ParseError::new(col, Detail::new("form-x").with_detail("why", inner)));',
        '    self.type_error(Detail::from("bad types"));',
        '}',
        '#[cfg(test)]',
        'mod tests {',
        '    fn g() { println!("test words"); }',
        '}',
    ])
    hits = [literal for _, literal in literals(code_without_comments_and_tests(sample), area("the CLI"))]
    assert hits == ["Hello {name}", "{} is {}", "no text here", "bad types"], hits
    staff = '\n'.join([
        'fn f() {',
        '    Err(Error::InvalidState("a row could not be written"))',
        '    Err(Error::Corrupted("archive-row-other-submission"))',
        '    Err(Error::InvalidInput(Detail::new("archive-not-an-archive").with("path", p)))',
        '    Err(Error::InvalidInput(Detail::new("x-y").with_count("max", 3)))',
        '    format!("status-{}", key); format!("/case/{}", id); tr.t("nav-inbox");',
        '    format!("SELECT body FROM {table}"); format!("{}: {}", a, b);',
        '}',
    ])
    hits = [literal for _, literal in literals(code_without_comments_and_tests(staff), area("wave-staff"))]
    assert hits == ["a row could not be written"], hits
    stored = '\n'.join([
        'fn f() {',
        '    Error::Corrupted("a row is bad");',
        '    Error::Corrupted("sync-detail-case-id");',
        '    Judgement::Refuse(format!("it is older than {v}"));',
        '    TransportError::Retryable { reason: "the server is down".into(), retry_after: None };',
        '    Rejection::Server { code: "too_large".into(), message: "sync-case-too-large".into() };',
        '}',
    ])
    hits = [literal for _, literal in literals(code_without_comments_and_tests(stored), area("the sync code"))]
    assert hits == ["a row is bad", "it is older than {v}", "the server is down"], hits

    # A core error's detail: a message id the catalog has, never English.
    ids = {"detail-key-file-altered", "detail-passphrase-empty", "detail-kind-case",
           "detail-server-address"}
    planted = '\n'.join([
        'fn f() {',
        '    Err(Error::Corrupted("detail-key-file-altered"))?;',
        '    Err(Error::Corrupted("the key file was altered"))?;',
        '    Err(wave_core::Error::InvalidState(\n        "a case cannot be changed",\n    ))?;',
        '    Err(crate::Error::InvalidState("detail-no-such-message"))?;',
        '    Err(Error::PlatformSecret("no keystore was given".into()))?;',
        '    Err(Error::InvalidState(WHY))?;',
        '    Err(Error::NotFound { kind: "case", id })?;',
        '    Err(Error::NotFound { kind: "detail-kind-case", id })?;',
        '    Err(Error::InvalidInput(Detail::new("detail-passphrase-empty")))?;',
        '    Err(Error::InvalidInput(Detail::new("detail-server-address").with("reason", r)))?;',
        '    Err(Error::InvalidInput(Detail::new("detail-missing").with_count("n", 2)))?;',
        '    Err(Error::InvalidInput(error.to_string().into()))?;',
        '    Err(Error::InvalidInput(format!("{a}: {b}").into()))?;',
        '    Err(Error::InvalidInput(Detail::quoted(reason.to_string())))?;',
        '    Err(Error::InvalidInput(words("session-x", &[("d", Arg::Text(&e.to_string()))]).into()))?;',
        '    Err(Error::InvalidInput("the passphrase is empty".into()))?;',
        '}',
        '#[cfg(test)]',
        'mod tests {',
        '    fn g() { Error::Corrupted("a row"); }',
        '}',
    ])
    code = code_without_comments_and_tests(planted)
    lines = [(code.count("\n", 0, offset) + 1, problem.split(":")[0])
             for offset, problem in detail_problems(code, ids)]
    assert lines == [
        (3, "a detail that is not a message id of core/locales/en"),
        (5, "a detail that is not a message id of core/locales/en"),
        (7, "a detail that is not a message id of core/locales/en"),
        (8, "a detail that is not a message id of core/locales/en"),
        (10, "a not-found kind that is not a message id of core/locales/en"),
        (14, "a detail that is not a message id of core/locales/en"),
        (15, "an invalid-input detail composed in place"),
        (16, "an invalid-input detail composed in place"),
    ], lines
    words = [literal for _, literal in literals(code, area("the rest of the core"))]
    assert words == ["the passphrase is empty"], words


def main():
    self_test()
    found = findings()
    for line in found:
        print(line)
    if found:
        print(f"{len(found)} user-visible string(s) in Rust source; move them to cli/locales or "
              "core/locales (docs/translating.md)")
        return 1
    print(f"strings: no user-visible words outside the Fluent catalogs ({len(files_by_area())} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
