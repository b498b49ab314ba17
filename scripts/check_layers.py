#!/usr/bin/env python3
"""Check that no module of wave-core imports a module above it, and that no two of its files
import each other.

Standard library only. Usage:

    python3 scripts/check_layers.py

Exit status 0 when every import goes down (or stays on its floor), 1 otherwise, with one line per
offending import naming the file, the line and the rule. It also fails when a file outside
`store/` has an `impl Store` block: the store's own methods live in store/, everything built on
it is module-level functions taking the store.

The floors of wave-core, from the ground up (docs/design.md, "Map"):

    error, verdict,   the error type and the passphrase verdict it carries; the program's
    l10n              own words (Fluent catalogs) that messages of every floor are read from
    crypto, form      AEAD, secrets, key derivation, the row envelope and attachment stream
                      formats; beside them the pure form engine (no I/O, no store)
    vault             key file, slots, unlock logic, platform secret
    store             SQLite, its files, sealed rows
    case              cases, versions, attachments, consent
    http              the HTTP client rules shared by sync and the staff tools
    sync              outbox, sealing for the NGO, the sync engine
    record            guided sessions: the engine over the case store, finishing as
                      finalize → seal
    unlock            a vault unlocked with its store open: keys + store + housekeeping

Above wave-core: wave-protocol below it all; wave-staff, wave-ffi (bindings), wave (cli) and
wave-server above it. A module may import its own floor and any floor below. Imports are read
from `crate::...` paths in code (comments are skipped); `super::` paths are checked for the
second rule only: a file that imports another file which imports it back.
"""

import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORE = ROOT / "core" / "src"

FLOORS = [
    {"error", "verdict", "l10n"},
    {"crypto", "form"},
    {"vault"},
    {"store"},
    {"case"},
    {"http"},
    {"sync"},
    {"record"},
    {"unlock"},
]
RANK = {module: rank for rank, floor in enumerate(FLOORS) for module in floor}
# Test and fuzzing harnesses that drive the whole crate from the outside; never compiled into
# the library a phone loads (`#[cfg(test)]`, `#[cfg(feature = "fuzzing")]`).
HARNESSES = {"format_fixtures", "fuzzing", "lib"}

# Calls allowed to go up, each with a comment naming what removes it (none today). An import is named (file, module); a call of
# a `Store` method that a floor above defines in its own `impl Store` block, which no import
# shows, is named (file, "Store::method").
ALLOWED_UP: set[tuple[str, str]] = set()

# Floors whose files may not import each other in a loop: all of them, from the error type up to
# the composition of an unlocked vault.
LOOP_FREE = set(RANK)

CODE_PATH = re.compile(r"\b(crate|super)::")
IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def module_of(path):
    """The top module of wave-core a file belongs to: its first path component."""
    parts = path.relative_to(CORE).parts
    return parts[0] if len(parts) > 1 else path.stem


def code_lines(text):
    """Each line with its comment cut off; doc comments and `//` comments are no imports."""
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.lstrip()
        if stripped.startswith("//"):
            continue
        cut = re.sub(r"(?<![:\"'])//.*$", "", line)
        yield number, cut


def paths_after(line, start):
    """The first segments named after `crate::` or `super::` at `start`: one, or each of a
    brace group (`crate::{case::X, store}`)."""
    rest = line[start:]
    if rest.startswith("{"):
        depth, names, expect = 0, [], True
        for token in re.finditer(r"[{},]|[A-Za-z_][A-Za-z0-9_]*|::", rest):
            text = token.group(0)
            if text == "{":
                depth += 1
                expect = depth == 1
            elif text == "}":
                depth -= 1
                if depth == 0:
                    break
            elif text == ",":
                expect = depth == 1
            elif text == "::":
                continue
            elif expect and depth == 1:
                names.append(text)
                expect = False
        return names
    found = IDENT.match(rest)
    return [found.group(0)] if found else []


def resolve_file(module_dir, name):
    """The file a path segment names inside `module_dir`, if it is one."""
    for candidate in (module_dir / f"{name}.rs", module_dir / name / "mod.rs"):
        if candidate.exists():
            return candidate
    return None


def store_methods(text):
    """The names of the methods in the file's `impl Store` blocks."""
    names = set()
    for block in re.finditer(r"^impl Store \{", text, re.MULTILINE):
        depth, index = 0, block.end() - 1
        while index < len(text):
            if text[index] == "{":
                depth += 1
            elif text[index] == "}":
                depth -= 1
                if depth == 0:
                    break
            index += 1
        names.update(re.findall(r"\bfn ([a-z_][a-z0-9_]*)", text[block.end() : index]))
    return names


def foreign_impls(files, problems):
    """`impl Store` blocks outside `store/`: the store's methods live in store/mod.rs (and its
    own submodules) alone; cases, attachments, the outbox, sync status and the device identity
    are module-level functions in their own modules, found by following imports."""
    for path, text in files.items():
        if module_of(path) == "store":
            continue
        relative = path.relative_to(CORE).as_posix()
        for number, line in code_lines(text):
            if re.match(r"\s*impl(<[^>]*>)?\s+(crate::store::)?Store\s*\{", line):
                problems.append(
                    f"{relative}:{number}: an `impl Store` block outside store/; make its "
                    "methods functions taking the store in their own module"
                )


def upward_calls(files, problems, used):
    """Calls of `Store` methods defined by a floor above the caller's."""
    defined = {}
    for path, text in files.items():
        for name in store_methods(text):
            defined.setdefault(name, set()).add(module_of(path))
    for path, text in files.items():
        module = module_of(path)
        if module in HARNESSES or module not in RANK:
            continue
        relative = path.relative_to(CORE).as_posix()
        # Unit tests may drive the store through every floor's methods.
        text = text.split("#[cfg(test)]\nmod tests {")[0]
        for number, line in code_lines(text):
            # A call on the store at hand (`self.` inside `impl Store`, or a `store.`).
            for call in re.finditer(r"\b(?:self|store)\.([a-z_][a-z0-9_]*)\(", line):
                owners = defined.get(call.group(1), set())
                if not owners or any(RANK.get(owner, 0) <= RANK[module] for owner in owners):
                    continue
                entry = (relative, f"Store::{call.group(1)}")
                if entry in ALLOWED_UP:
                    used.add(entry)
                    continue
                owner = ", ".join(sorted(owners))
                problems.append(
                    f"{relative}:{number}: `{module}` calls Store::{call.group(1)}, which "
                    f"`{owner}` defines, a floor above it"
                )


def main():
    problems = []
    used = set()
    imports = {}
    files = {path: path.read_text(encoding="utf-8") for path in sorted(CORE.rglob("*.rs"))}
    upward_calls(files, problems, used)
    foreign_impls(files, problems)
    for path, text in files.items():
        relative = path.relative_to(CORE).as_posix()
        module = module_of(path)
        targets = set()
        # Unit tests may drive the store through the floors above it (as `upward_calls` lets
        # them); the library code before them may not.
        tests_at = text.find("#[cfg(test)]\nmod tests {")
        tests_line = text[:tests_at].count("\n") + 1 if tests_at >= 0 else None
        for number, line in code_lines(text):
            for match in CODE_PATH.finditer(line):
                kind = match.group(1)
                for name in paths_after(line, match.end()):
                    if kind == "crate":
                        target = resolve_file(CORE, name)
                        if target is not None:
                            targets.add(target)
                        if module in HARNESSES or name not in RANK:
                            continue
                        if tests_line is not None and number > tests_line:
                            continue
                        if module not in RANK:
                            problems.append(
                                f"{relative}:{number}: module `{module}` has no floor; "
                                "add it to FLOORS in scripts/check_layers.py"
                            )
                            continue
                        if RANK[name] <= RANK[module]:
                            continue
                        if (relative, name) in ALLOWED_UP:
                            used.add((relative, name))
                        else:
                            problems.append(
                                f"{relative}:{number}: `{module}` imports `crate::{name}`, "
                                f"a floor above it"
                            )
                    else:
                        # `super` of a/b.rs is a/mod.rs, whose files are a's; of a/mod.rs, a's
                        # parent.
                        parent = path.parent if path.name != "mod.rs" else path.parent.parent
                        target = resolve_file(parent, name)
                        if target is not None and target != path:
                            targets.add(target)
        imports[path] = targets
    for path, targets in imports.items():
        for target in targets:
            if target == path or path not in imports.get(target, set()):
                continue
            if module_of(path) not in LOOP_FREE or path.as_posix() > target.as_posix():
                continue
            pair = [p.relative_to(CORE).as_posix() for p in (path, target)]
            problems.append(f"{pair[0]} and {pair[1]} import each other")
    for entry in sorted(ALLOWED_UP - used):
        problems.append(
            f"allow-list entry {entry} is no longer needed: remove it from scripts/check_layers.py"
        )
    if problems:
        print("wave-core's layers are broken (scripts/check_layers.py says why):")
        for problem in problems:
            print(f"  {problem}")
        return 1
    print("layers: every import of wave-core goes down")
    return 0


if __name__ == "__main__":
    sys.exit(main())
