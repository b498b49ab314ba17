#!/usr/bin/env python3
"""Check that no user-visible words are left in the Rust source of the CLI and of the core's
message code, outside the Fluent catalogs (cli/locales, core/locales).

Standard library only. Usage:

    python3 scripts/check_strings.py

Exit status 0 when clean, 1 otherwise, with one line per finding naming the file, the line and
the literal.

What counts as user-visible: a string literal with a letter in it (after `{…}` placeholders are
taken out) given to `println!`, `eprintln!`, `print!`, `eprint!`, `write!`, `writeln!`,
`format!`, `panic!`, `Failure(…)` or `Error::InvalidInput(…)`, in:

  * every file of the CLI (cli/src/), and
  * the core's files that speak to the person (the guided session, answers shown back, the
    refusal of an answer, the passphrase verdict, the error type's messages), and
  * the sync code (core/src/sync/), whose reasons are stored and shown later: there the
    details given to `Error::Corrupted`/`InvalidState`/`Network`, `Detail::quoted`, a recipient
    set's `Judgement::Refuse(…)` and a literal set as a `reason:`/`message:`/`detail:`/`text:`/
    `problem:` field are sinks too, so a sentence stored there is caught. A message id
    (`sync-detail-…`: lowercase words joined by hyphens) is what they take instead.

Not checked: comments and doc comments, `#[…]` attributes (clap's --help texts stay English, as
docs/translating.md says), `#[cfg(test)]` modules, the message ids given to `t!`/`tl!`/
`core_text`, JSON keys inside `json!(…)` (field names of the machine-readable output),
`Error::InvalidState`'s fixed details (a broken invariant, for a bug report; the error's own
words around it are translated), and the short ALLOWED list below (each with its reason).
"""

import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent

# The CLI entire, and the core's files whose strings reach the person.
FILES = sorted((ROOT / "cli" / "src").glob("*.rs")) + [
    ROOT / "core" / "src" / p
    for p in (
        "error.rs",
        "verdict.rs",
        "vault/strength.rs",
        "form/messages.rs",
        "record/question.rs",
        "record/session.rs",
        "record/review.rs",
    )
]
FILES += sorted((ROOT / "core" / "src" / "sync").glob("*.rs"))
SYNC = ROOT / "core" / "src" / "sync"

SINKS = re.compile(
    r"\b(?:println!|eprintln!|print!|eprint!|writeln!|write!|format!|panic!|Failure|"
    r"Error::InvalidInput)\s*\("
)
# Where the sync code builds what it stores: details and reasons, shown later.
STORED_SINKS = re.compile(
    r"\b(?:Error::Corrupted|Error::InvalidState|Error::Network|Detail::quoted|"
    r"Judgement::Refuse)\s*\("
)
STORED_FIELD = re.compile(r"\b(?:reason|message|detail|text|problem)\s*:\s*(?=\")")
MESSAGE_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+")
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
    ("cli/src/cases.rs", "  {}  {}  {}  sha256 {}  {}"): "the digest's name, as the JSON field",
    ("core/src/record/question.rs", "{n}"): "a number",
    ("cli/src/staff.rs", "share-{number}.txt"): "a file's name, the same in every language",
    ("cli/src/staff.rs", "share-{number}.png"): "a file's name, the same in every language",
    ("core/src/sync/payload.rs", "# Wave NGO identity. Keep this file secret; it opens every case "
     "sent to the NGO.\\n# public key: {}\\n{}\\n"): "a key file's header, written once for staff like age's own",
    ("core/src/sync/payload.rs", "StaffIdentity({})"): "a Debug form, for developers",
    ("core/src/sync/transport.rs", "HTTP {}"): "the status a server answered without words, as HTTP names it",
    ("core/src/sync/transport.rs", "http_{}"): "a stable code, never shown as words",
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


def strip_line_comment(line):
    in_string = False
    escaped = False
    for i, c in enumerate(line):
        if in_string:
            if escaped:
                escaped = False
            elif c == "\\":
                escaped = True
            elif c == '"':
                in_string = False
        elif c == '"':
            in_string = True
        elif c == "/" and line[i : i + 2] == "//":
            return line[:i]
    return line


def call_arguments(code, start):
    """The text between the parenthesis at `start` and its match."""
    depth = 0
    i = start
    in_string = False
    escaped = False
    while i < len(code):
        c = code[i]
        if in_string:
            if escaped:
                escaped = False
            elif c == "\\":
                escaped = True
            elif c == '"':
                in_string = False
        elif c == '"':
            in_string = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return code[start + 1 : i]
        i += 1
    return code[start + 1 :]


JSON = re.compile(r"\bjson!\s*\(")


def blank_json(arguments):
    """`arguments` with the inside of every `json!(…)` blanked: its strings are field names."""
    out = arguments
    for match in JSON.finditer(arguments):
        inner = call_arguments(arguments, match.end() - 1)
        begin = match.end()
        out = out[:begin] + " " * len(inner) + out[begin + len(inner) :]
    return out


# Message lookups: their first literal is an id, not words.
LOOKUP = re.compile(r"\b(?:t!|tl!|core_text|text_in|text|words|self\.ui|self\.words)\s*\(")
# A message variable's name beside its value: `("count", Arg::Count(n))`.
VARIABLE_NAME = re.compile(r'"[a-z_]+"(?=\s*,\s*Arg::)|(?<=\.with\()"[a-z_]+"|(?<=\.with_count\()"[a-z_]+"')


def blank_lookups(arguments):
    """`arguments` with every message lookup's id and variable names blanked, so only words
    written inline stay."""
    out = VARIABLE_NAME.sub(lambda m: '""' + " " * (len(m.group(0)) - 2), arguments)
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
    return bool(LETTER.search(words))


def literals(code, stored=False):
    """(offset, literal) of every literal with words given to a sink, each once; with `stored`,
    the sync code's sinks of stored reasons too, where a message id is no words."""
    seen = {}
    sinks = list(SINKS.finditer(code))
    if stored:
        sinks += list(STORED_SINKS.finditer(code))
    for sink in sinks:
        start = sink.end()
        arguments = blank_json(blank_lookups(call_arguments(code, start - 1)))
        for literal in STRING.finditer(arguments):
            if stored and MESSAGE_ID.fullmatch(literal.group(1)):
                continue
            if has_words(literal.group(1)):
                seen.setdefault(start + literal.start(), literal.group(1))
    if stored:
        for field in STORED_FIELD.finditer(code):
            literal = STRING.match(code, field.end())
            if literal and not MESSAGE_ID.fullmatch(literal.group(1)) and has_words(literal.group(1)):
                seen.setdefault(field.end(), literal.group(1))
    return sorted(seen.items())


def findings():
    found = []
    for path in FILES:
        rel = path.relative_to(ROOT).as_posix()
        code = code_without_comments_and_tests(path.read_text(encoding="utf-8"))
        for offset, literal in literals(code, stored=path.parent == SYNC):
            if (rel, literal) in ALLOWED:
                continue
            line = code.count("\n", 0, offset) + 1
            found.append(f"{rel}:{line}: words outside the Fluent catalogs: \"{literal}\"")
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
        '}',
        '#[cfg(test)]',
        'mod tests {',
        '    fn g() { println!("test words"); }',
        '}',
    ])
    hits = [literal for _, literal in literals(code_without_comments_and_tests(sample))]
    assert hits == ["Hello {name}", "{} is {}"], hits
    stored = '\n'.join([
        'fn f() {',
        '    Error::Corrupted("a row is bad");',
        '    Error::Corrupted("sync-detail-case-id");',
        '    Judgement::Refuse(format!("it is older than {v}"));',
        '    TransportError::Retryable { reason: "the server is down".into(), retry_after: None };',
        '    Rejection::Server { code: "too_large".into(), message: "sync-case-too-large".into() };',
        '}',
    ])
    hits = [literal for _, literal in literals(code_without_comments_and_tests(stored), True)]
    assert hits == ["a row is bad", "it is older than {v}", "the server is down"], hits


def main():
    self_test()
    found = findings()
    for line in found:
        print(line)
    if found:
        print(f"{len(found)} user-visible string(s) in Rust source; move them to cli/locales or "
              "core/locales (docs/translating.md)")
        return 1
    print(f"strings: no user-visible words outside the Fluent catalogs ({len(FILES)} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
