#!/usr/bin/env python3
"""Check a Wave form definition against the structural rules of docs/form-format.md.

Standard library only. Usage:

    python3 scripts/check_checklist.py [FORM.json] [--summary]

The default form is schemas/forms/police-violence.json (relative to the repository root).
Exit status 0 when there are no errors, 1 otherwise. Warnings never change the exit status.

What it checks:
  * document fields (id, version, languages, default_language, title, persist_after, choice_lists,
    sections) and the allowed fields of every section, item and choice;
  * ids: patterns, items unique across the whole form (repeats included), sections unique among
    sections, choice values unique within a list;
  * item types and their type-specific fields (choices / choice_list, number bounds, date precisions,
    attachment media, repeat items with no nested repeat);
  * `consent` only on yesno items; `sensitive` and `public` never both; `constraint` with
    `constraint_message` and `stop_if` with `stop_message` (both or neither);
  * expressions (relevant, constraint, stop_if) are parsed with the XLSForm grammar of the format
    doc: every ${ref} exists and is in scope, `.` only in constraint, every selected() value is one
    of the item's choices, literals compared with single / yesno answers are valid values, and the
    whole expression type-checks to a boolean;
  * `relevant` dependencies have no cycle;
  * every localized text has every language, non-empty, with the same `${…}` references and `{…}`
    placeholders as the English, and simple checks that each language is in its own script: the
    Russian and Ukrainian texts are not English nor each other's alphabet; Georgian is in Georgian
    script; Kazakh, Kyrgyz and Belarusian in Cyrillic (Belarusian without и, щ, ъ); Romanian in
    Latin with ș and ț (comma below, never the cedilla forms); none is a placeholder;
  * `review`: one entry per language (`source` only for the default language, `draft`, or
    `reviewed` with a reviewer and a date);
  * checklist policy: `public` only on closed-answer items (single, multi, date, number), and
    `persist_after` names a required yesno item with consent `store` outside any repeat;
  * who sees what: every combination of answers (each optional one also skipped) to the questions
    that decide whether a worker-only item (the `case_management` section) is shown is walked with
    `recorded_by` answered 'self' or skipped, and none may show it to a woman recording alone.
"""

import json
import re
import sys
from pathlib import Path

ITEM_ID = re.compile(r"^[a-z][a-z0-9_]*$")
FORM_ID = re.compile(r"^[a-z][a-z0-9_-]*$")
CHOICE_VALUE = re.compile(r"^[a-z0-9_]+$")
CONSENT_WORD = re.compile(r"^[a-z_]+$")
LANG_TAG = re.compile(r"^[a-z]{2,3}$")

TYPES = {"single", "multi", "yesno", "text", "longtext", "number", "date", "time", "duration",
         "location", "attachment", "info", "repeat"}
COMMON_KEYS = {"id", "type", "label", "help", "required", "relevant", "constraint",
               "constraint_message", "sensitive", "public", "stop_if", "stop_message"}
EXTRA_KEYS = {
    "single": {"choices", "choice_list"},
    "multi": {"choices", "choice_list"},
    "yesno": {"consent"},
    "number": {"integer", "min", "max"},
    "date": {"precisions"},
    "attachment": {"media"},
    "repeat": {"items", "min", "max", "repeat_label"},
}
PRECISIONS = {"exact", "estimated", "month"}
MEDIA = {"photo", "audio", "video", "file"}
DOC_KEYS = {"id", "version", "languages", "default_language", "review", "title", "persist_after",
            "choice_lists", "sections"}
REVIEW_STATUSES = {"source", "draft", "reviewed"}
DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
# What a translation must carry over unchanged: `${item}` references and `{name}` placeholders.
PLACEHOLDER_TOKEN = re.compile(r"\$\{[^}]*\}|\{[^}]*\}")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
GEORGIAN = re.compile(r"[\u10A0-\u10FF\u1C90-\u1CBF]")
CYRILLIC_LANGS = {"ru", "uk", "be", "kk", "ky"}
SECTION_KEYS = {"id", "label", "help", "relevant", "items"}
CHOICE_KEYS = {"value", "label", "help"}

# Expression types
BOOL, STRING, NUMBER, DATE, SELECTION, REPEAT, OPAQUE = (
    "boolean", "string", "number", "date", "selection", "repeat", "opaque")
ANSWER_TYPE = {
    "single": STRING, "text": STRING, "longtext": STRING, "time": STRING, "yesno": STRING,
    "number": NUMBER, "duration": NUMBER, "date": DATE, "multi": SELECTION, "repeat": REPEAT,
    "location": OPAQUE, "attachment": OPAQUE, "info": OPAQUE,
}

# Latin words allowed inside Russian / Ukrainian text (currency codes, treaty acronyms).
LATIN_ALLOWED = {"UAH", "RUB", "BYN", "KZT", "KGS", "MDL", "GEL", "AMD", "AZN", "TJS", "UZS", "USD",
                 "EUR", "CEDAW"}
PLACEHOLDERS = re.compile(r"\b(TODO|TBD|FIXME|XXX|lorem)\b|\?\?\?|^\s*…\s*$", re.IGNORECASE)


class Report:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def error(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    def warn(self, where, msg):
        self.warnings.append(f"{where}: {msg}")


# ---------------------------------------------------------------------------- expressions

class ExprError(Exception):
    pass


TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<ref>\$\{(?P<refname>[^}]*)\})
  | (?P<num>\d+(?:\.\d+)?)
  | (?P<str>'[^']*'|"[^"]*")
  | (?P<name>[a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)*)
  | (?P<op><=|>=|!=|=|<|>|\+|-|\*)
  | (?P<dot>\.)
  | (?P<lp>\()
  | (?P<rp>\))
  | (?P<comma>,)
""", re.VERBOSE)

KEYWORD_OPS = {"or", "and", "div", "mod"}


def tokenize(src):
    pos, out = 0, []
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m:
            raise ExprError(f"unexpected character {src[pos]!r} at {pos}")
        pos = m.end()
        kind = m.lastgroup
        if kind == "ws":
            continue
        if kind == "ref":
            out.append(("ref", m.group("refname")))
        elif kind == "num":
            out.append(("num", float(m.group("num"))))
        elif kind == "str":
            out.append(("str", m.group("str")[1:-1]))
        elif kind == "name":
            word = m.group("name")
            out.append(("op", word) if word in KEYWORD_OPS else ("name", word))
        elif kind == "op":
            out.append(("op", m.group("op")))
        else:
            out.append((kind, m.group(kind)))
    out.append(("end", None))
    return out


class Parser:
    LEVELS = [{"or"}, {"and"}, {"=", "!="}, {"<", "<=", ">", ">="}, {"+", "-"}, {"*", "div", "mod"}]

    def __init__(self, src):
        self.toks = tokenize(src)
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def take(self):
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def expect(self, kind):
        tok = self.take()
        if tok[0] != kind:
            raise ExprError(f"expected {kind}, found {tok[1]!r}")
        return tok

    def parse(self):
        node = self.binary(0)
        if self.peek()[0] != "end":
            raise ExprError(f"unexpected {self.peek()[1]!r} after the expression")
        return node

    def binary(self, level):
        if level == len(self.LEVELS):
            return self.unary()
        left = self.binary(level + 1)
        while self.peek()[0] == "op" and self.peek()[1] in self.LEVELS[level]:
            op = self.take()[1]
            right = self.binary(level + 1)
            left = ("bin", op, left, right)
        return left

    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return ("neg", self.unary())
        return self.primary()

    def primary(self):
        kind, val = self.take()
        if kind == "ref":
            return ("ref", val)
        if kind == "num":
            return ("num", val)
        if kind == "str":
            return ("str", val)
        if kind == "dot":
            return ("dot",)
        if kind == "lp":
            node = self.binary(0)
            self.expect("rp")
            return node
        if kind == "name":
            self.expect("lp")
            args = []
            if self.peek()[0] != "rp":
                args.append(self.binary(0))
                while self.peek()[0] == "comma":
                    self.take()
                    args.append(self.binary(0))
            self.expect("rp")
            return ("call", val, args)
        raise ExprError(f"unexpected {val!r}")


def refs_in(node):
    if node[0] == "ref":
        yield node[1]
    elif node[0] == "bin":
        yield from refs_in(node[2])
        yield from refs_in(node[3])
    elif node[0] == "neg":
        yield from refs_in(node[1])
    elif node[0] == "call":
        for a in node[2]:
            yield from refs_in(a)


class Checker:
    """Type-checks one expression in the context of one item (or section)."""

    def __init__(self, form, kind, owner, scope_repeat):
        self.form = form            # FormIndex
        self.kind = kind            # "relevant", "constraint" or "stop_if"
        self.owner = owner          # item dict, or None for a section
        self.scope = scope_repeat   # id of the enclosing repeat, or None
        self.problems = []

    def fail(self, msg):
        self.problems.append(msg)

    def item_of(self, node):
        """The item an expression node names directly (${x} or `.`), else None."""
        if node[0] == "ref":
            return self.form.items.get(node[1])
        if node[0] == "dot" and self.owner is not None:
            return self.owner
        return None

    def check_value_literal(self, item_node, lit_node):
        item = self.item_of(item_node)
        if item is None or lit_node[0] != "str" or lit_node[1] == "":
            return
        values = self.form.values_of(item)
        if item["type"] == "yesno":
            values = {"yes", "no"}
        if values is not None and lit_node[1] not in values:
            self.fail(f"'{lit_node[1]}' is not a value of {item['id']} "
                      f"(one of: {', '.join(sorted(values))})")

    def type_of(self, node):
        tag = node[0]
        if tag == "num":
            return NUMBER
        if tag == "str":
            return STRING
        if tag == "dot":
            if self.kind != "constraint":
                self.fail("`.` is only allowed in constraint")
                return OPAQUE
            return ANSWER_TYPE[self.owner["type"]]
        if tag == "ref":
            name = node[1]
            item = self.form.items.get(name)
            if item is None:
                self.fail(f"unknown item ${{{name}}}")
                return OPAQUE
            inner_of = self.form.repeat_of.get(name)
            if inner_of is not None and inner_of != self.scope:
                self.fail(f"${{{name}}} is inside repeat {inner_of} and is not in scope here")
            return ANSWER_TYPE[item["type"]]
        if tag == "neg":
            self.want(node[1], NUMBER, "unary -")
            return NUMBER
        if tag == "bin":
            return self.type_of_bin(node)
        if tag == "call":
            return self.type_of_call(node)
        raise AssertionError(node)

    def want(self, node, expected, what):
        got = self.type_of(node)
        if got != expected:
            self.fail(f"{what} needs {expected}, found {got}")
        return got

    def type_of_bin(self, node):
        _, op, left, right = node
        if op in ("or", "and"):
            self.want(left, BOOL, op)
            self.want(right, BOOL, op)
            return BOOL
        if op in ("=", "!="):
            lt, rt = self.type_of(left), self.type_of(right)
            empty = lambda n: n[0] == "str" and n[1] == ""
            if lt != rt and not (empty(left) or empty(right)):
                self.fail(f"cannot compare {lt} with {rt} using {op}")
            if (lt in (OPAQUE, SELECTION, REPEAT) or rt in (OPAQUE, SELECTION, REPEAT)) and not (
                    empty(left) or empty(right)):
                self.fail(f"a {lt if lt in (OPAQUE, SELECTION, REPEAT) else rt} answer can only be compared with ''")
            self.check_value_literal(left, right)
            self.check_value_literal(right, left)
            return BOOL
        if op in ("<", "<=", ">", ">="):
            lt, rt = self.type_of(left), self.type_of(right)
            if lt != rt or lt not in (NUMBER, DATE):
                self.fail(f"{op} needs two numbers or two dates, found {lt} and {rt}")
            return BOOL
        # + - * div mod
        self.want(left, NUMBER, op)
        self.want(right, NUMBER, op)
        return NUMBER

    def type_of_call(self, node):
        _, name, args = node

        def arity(n):
            if len(args) != n:
                self.fail(f"{name}() takes {n} argument(s), got {len(args)}")
                return False
            return True

        if name == "selected":
            if not arity(2):
                return BOOL
            target, value = args
            t = self.type_of(target)
            item = self.item_of(target)
            if item is None or item["type"] not in ("single", "multi"):
                self.fail("selected() needs a single or multi item as its first argument")
            elif t not in (STRING, SELECTION):
                self.fail(f"selected() on {t}")
            if value[0] != "str":
                self.fail("selected() needs a string literal as its second argument")
            elif item is not None and item["type"] in ("single", "multi"):
                values = self.form.values_of(item)
                if values is not None and value[1] not in values:
                    self.fail(f"selected(): '{value[1]}' is not a choice of {item['id']}")
            return BOOL
        if name == "count-selected":
            if arity(1):
                self.want(args[0], SELECTION, "count-selected()")
            return NUMBER
        if name == "count":
            if arity(1):
                if args[0][0] != "ref":
                    self.fail("count() takes a repeat: count(${repeat})")
                else:
                    self.want(args[0], REPEAT, "count()")
            return NUMBER
        if name == "not":
            if arity(1):
                self.want(args[0], BOOL, "not()")
            return BOOL
        if name == "today":
            arity(0)
            return DATE
        if name == "date":
            if arity(1):
                if args[0][0] != "str" or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", args[0][1]):
                    self.fail("date() takes a literal 'YYYY-MM-DD'")
            return DATE
        if name == "string-length":
            if arity(1):
                self.want(args[0], STRING, "string-length()")
            return NUMBER
        if name == "if":
            if not arity(3):
                return OPAQUE
            self.want(args[0], BOOL, "if() condition")
            a, b = self.type_of(args[1]), self.type_of(args[2])
            if a != b:
                self.fail(f"if() branches differ: {a} and {b}")
            return a
        if name in ("true", "false"):
            arity(0)
            return BOOL
        self.fail(f"unknown function {name}()")
        return OPAQUE


# ---------------------------------------------------------------------------- the form

class FormIndex:
    def __init__(self, doc):
        self.doc = doc
        self.items = {}          # id -> item
        self.where = {}          # id -> location string
        self.repeat_of = {}      # inner item id -> repeat id
        self.section_of = {}     # item id -> section dict
        self.order = []          # item ids in form order
        self.choice_lists = doc.get("choice_lists") if isinstance(doc.get("choice_lists"), dict) else {}

    def values_of(self, item):
        if isinstance(item.get("choices"), list):
            return {c.get("value") for c in item["choices"] if isinstance(c, dict)}
        name = item.get("choice_list")
        if isinstance(name, str) and isinstance(self.choice_lists.get(name), list):
            return {c.get("value") for c in self.choice_lists[name] if isinstance(c, dict)}
        return None


def check_localized(rep, where, text, langs, required=True):
    if text is None:
        if required:
            rep.error(where, "missing")
        return
    if not isinstance(text, dict):
        rep.error(where, "must be an object from language tag to string")
        return
    for lang in langs:
        val = text.get(lang)
        if not isinstance(val, str) or not val.strip():
            rep.error(where, f"missing or empty '{lang}' text")
    for lang in text:
        if lang not in langs:
            rep.error(where, f"language '{lang}' is not in `languages`")
    check_text_quality(rep, where, text, langs)


def check_text_quality(rep, where, text, langs):
    en = text.get("en")
    for lang in langs:
        val = text.get(lang)
        if not isinstance(val, str):
            continue
        if PLACEHOLDERS.search(val):
            rep.error(where, f"'{lang}' text looks like a placeholder: {val[:60]!r}")
        if lang != "en" and isinstance(en, str) \
                and sorted(PLACEHOLDER_TOKEN.findall(val)) != sorted(PLACEHOLDER_TOKEN.findall(en)):
            rep.error(where, f"'{lang}' placeholders {PLACEHOLDER_TOKEN.findall(val)} differ from "
                             f"the English {PLACEHOLDER_TOKEN.findall(en)}")
        if lang in ("en", "ro") and CYRILLIC.search(val):
            rep.error(where, f"'{lang}' text contains Cyrillic letters")
        if lang in CYRILLIC_LANGS:
            latin = [w for w in re.findall(r"[A-Za-z]{2,}", val) if w not in LATIN_ALLOWED]
            if latin:
                rep.error(where, f"'{lang}' text contains Latin words: {', '.join(latin[:5])}")
            if isinstance(en, str) and val == en and re.search(r"[A-Za-z]", en):
                rep.error(where, f"'{lang}' text is identical to the English text")
        if lang == "ru" and re.search(r"[іїєґІЇЄҐ]", val):
            rep.error(where, "'ru' text contains Ukrainian letters (і, ї, є, ґ)")
        if lang == "uk" and re.search(r"[ыэёъЫЭЁЪ]", val):
            rep.error(where, "'uk' text contains Russian letters (ы, э, ё, ъ)")
        if lang == "be" and re.search(r"[иИщЩъЪ]", val):
            rep.error(where, "'be' text contains и, щ or ъ, which Belarusian does not use")
        if lang == "ka":
            if CYRILLIC.search(val) or re.search(r"[A-Za-z]{2,}", val) and not GEORGIAN.search(val):
                rep.error(where, "'ka' text is not in Georgian script")
        if lang == "ro" and re.search(r"[şţŞŢ]", val):
            rep.error(where, "'ro' text has ş/ţ with a cedilla; Romanian uses ș/ț (comma below)")


def check_review(rep, doc, langs):
    review = doc.get("review")
    if review is None:
        return
    if not isinstance(review, dict):
        rep.error("review", "must be an object from language tag to review status")
        return
    for lang in langs:
        if lang not in review:
            rep.error("review", f"no review status for '{lang}'")
    for lang, entry in review.items():
        where = f"review.{lang}"
        if lang not in langs:
            rep.error(where, f"'{lang}' is not in `languages`")
        if not isinstance(entry, dict) or entry.get("status") not in REVIEW_STATUSES:
            rep.error(where, "must be {\"status\": \"source\" | \"draft\" | \"reviewed\", …}")
            continue
        status = entry["status"]
        allowed = {"status", "reviewer", "date"} if status == "reviewed" else {"status"}
        for k in entry:
            if k not in allowed:
                rep.error(where, f"unknown field `{k}` for status '{status}'")
        if status == "source" and lang != doc.get("default_language"):
            rep.error(where, "only the default language is the source")
        if status == "reviewed":
            if not isinstance(entry.get("reviewer"), str) or not entry["reviewer"].strip():
                rep.error(where, "a sign-off names its reviewer")
            if not isinstance(entry.get("date"), str) or not DATE.match(entry["date"]):
                rep.error(where, "a sign-off has a date YYYY-MM-DD")


def check_choices(rep, where, choices, langs):
    if not isinstance(choices, list) or not choices:
        rep.error(where, "must be a non-empty list of choices")
        return
    seen = set()
    for j, ch in enumerate(choices):
        cw = f"{where}[{j}]"
        if not isinstance(ch, dict):
            rep.error(cw, "choice must be an object")
            continue
        for k in ch:
            if k not in CHOICE_KEYS:
                rep.error(cw, f"unknown field `{k}`")
        val = ch.get("value")
        if not isinstance(val, str) or not CHOICE_VALUE.match(val):
            rep.error(cw, f"value {val!r} does not match [a-z0-9_]+")
        elif val in seen:
            rep.error(cw, f"duplicate value '{val}'")
        seen.add(val)
        check_localized(rep, f"{cw} ({val}).label", ch.get("label"), langs)
        if "help" in ch:
            check_localized(rep, f"{cw} ({val}).help", ch.get("help"), langs)


def is_bool(v):
    return isinstance(v, bool)


def is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def check_item(rep, idx, item, where, langs, section, repeat_id):
    if not isinstance(item, dict):
        rep.error(where, "item must be an object")
        return
    iid = item.get("id")
    where = f"{where} ({iid})"
    typ = item.get("type")
    if not isinstance(iid, str) or not ITEM_ID.match(iid):
        rep.error(where, f"id {iid!r} does not match [a-z][a-z0-9_]*")
    elif iid in idx.items:
        rep.error(where, f"duplicate item id '{iid}' (first at {idx.where[iid]})")
    else:
        idx.items[iid] = item
        idx.where[iid] = where
        idx.section_of[iid] = section
        idx.order.append(iid)
        if repeat_id is not None:
            idx.repeat_of[iid] = repeat_id
    if typ not in TYPES:
        rep.error(where, f"unknown type {typ!r}")
        return
    allowed = COMMON_KEYS | EXTRA_KEYS.get(typ, set())
    for k in item:
        if k not in allowed:
            rep.error(where, f"field `{k}` is not allowed on a {typ} item")

    check_localized(rep, f"{where}.label", item.get("label"), langs)
    if "help" in item:
        check_localized(rep, f"{where}.help", item["help"], langs)
    for flag in ("required", "sensitive", "public"):
        if flag in item and not is_bool(item[flag]):
            rep.error(where, f"`{flag}` must be true or false")
    if item.get("sensitive") is True and item.get("public") is True:
        rep.error(where, "an item cannot be both sensitive and public")
    if ("constraint" in item) != ("constraint_message" in item):
        rep.error(where, "`constraint` and `constraint_message` go together (both or neither)")
    if "constraint_message" in item:
        check_localized(rep, f"{where}.constraint_message", item["constraint_message"], langs)
    if ("stop_if" in item) != ("stop_message" in item):
        rep.error(where, "`stop_if` and `stop_message` go together (both or neither)")
    if "stop_message" in item:
        check_localized(rep, f"{where}.stop_message", item["stop_message"], langs)
    for key in ("relevant", "constraint", "stop_if"):
        if key in item and (not isinstance(item[key], str) or not item[key].strip()):
            rep.error(where, f"`{key}` must be a non-empty expression string")

    if "consent" in item:
        # the allowed-keys check above already rejects consent on non-yesno items
        if not isinstance(item["consent"], str) or not CONSENT_WORD.match(item["consent"]):
            rep.error(where, f"consent purpose {item['consent']!r} does not match [a-z_]+")

    if typ in ("single", "multi"):
        has_c, has_l = "choices" in item, "choice_list" in item
        if has_c == has_l:
            rep.error(where, "needs exactly one of `choices` or `choice_list`")
        if has_c:
            check_choices(rep, f"{where}.choices", item["choices"], langs)
        if has_l and item["choice_list"] not in idx.choice_lists:
            rep.error(where, f"unknown choice_list '{item['choice_list']}'")
    if typ == "number":
        if "integer" in item and not is_bool(item["integer"]):
            rep.error(where, "`integer` must be true or false")
        for b in ("min", "max"):
            if b in item and not is_num(item[b]):
                rep.error(where, f"`{b}` must be a number")
        if is_num(item.get("min")) and is_num(item.get("max")) and item["min"] > item["max"]:
            rep.error(where, "`min` is greater than `max`")
    if typ == "date" and "precisions" in item:
        p = item["precisions"]
        if not isinstance(p, list) or not p or len(set(p)) != len(p) or not set(p) <= PRECISIONS:
            rep.error(where, f"`precisions` must be a non-empty subset of {sorted(PRECISIONS)}")
    if typ == "attachment":
        m = item.get("media")
        if m is not None and (not isinstance(m, list) or not m or len(set(m)) != len(m) or not set(m) <= MEDIA):
            rep.error(where, f"`media` must be a non-empty subset of {sorted(MEDIA)}")
    if typ == "info" and any(k in item for k in ("constraint",)):
        rep.error(where, "an info item has no answer to constrain")
    if typ == "repeat":
        if repeat_id is not None:
            rep.error(where, f"repeat inside repeat {repeat_id}: repeats may not be nested")
        for b in ("min", "max"):
            if b in item and (not isinstance(item[b], int) or is_bool(item[b]) or item[b] < 0):
                rep.error(where, f"`{b}` must be a non-negative integer")
        if isinstance(item.get("min"), int) and isinstance(item.get("max"), int) and item["min"] > item["max"]:
            rep.error(where, "`min` is greater than `max`")
        if "repeat_label" in item:
            check_localized(rep, f"{where}.repeat_label", item["repeat_label"], langs)
        inner = item.get("items")
        if not isinstance(inner, list) or not inner:
            rep.error(where, "a repeat needs a non-empty `items` list")
        else:
            for k, sub in enumerate(inner):
                check_item(rep, idx, sub, f"{where}.items[{k}]", langs, section,
                           iid if repeat_id is None else repeat_id)


def check_expressions(rep, idx):
    """Parse and type-check every expression; return relevance dependency edges."""
    deps = {}

    def run(where, src, kind, owner, scope):
        try:
            ast = Parser(src).parse()
        except ExprError as e:
            rep.error(where, f"{kind}: cannot parse {src!r}: {e}")
            return None
        chk = Checker(idx, kind, owner, scope)
        t = chk.type_of(ast)
        for p in chk.problems:
            rep.error(where, f"{kind}: {p}")
        if t != BOOL and not chk.problems:
            rep.error(where, f"{kind}: must be boolean, is {t}")
        return ast

    section_refs = {}
    for s_i, section in enumerate(idx.doc.get("sections") or []):
        if not isinstance(section, dict):
            continue
        refs = set()
        if isinstance(section.get("relevant"), str):
            ast = run(f"sections[{s_i}] ({section.get('id')})", section["relevant"], "relevant", None, None)
            if ast is not None:
                refs = set(refs_in(ast))
        section_refs[id(section)] = refs

    for iid in idx.order:
        item = idx.items[iid]
        where = idx.where[iid]
        scope = idx.repeat_of.get(iid)
        rel_refs = set()
        for kind in ("relevant", "constraint", "stop_if"):
            src = item.get(kind)
            if not isinstance(src, str):
                continue
            ast = run(where, src, kind, item, scope)
            if ast is not None and kind == "relevant":
                rel_refs = set(refs_in(ast))
        # an item's relevance depends on its own relevant, its section's and its repeat's
        rel_refs |= section_refs.get(id(idx.section_of[iid]), set())
        if scope is not None:
            rel_refs.add(scope)  # the repeat's relevance (edge to the repeat item)
        deps[iid] = {r for r in rel_refs if r in idx.items}
        # forward references in relevant are legal but usually a mistake in a guided form
        pos = idx.order.index(iid)
        for r in deps[iid]:
            if r != scope and r in idx.items and idx.order.index(r) > pos:
                rep.warn(where, f"relevant depends on ${{{r}}}, which comes later in the form")
    return deps


def find_cycles(rep, idx, deps):
    WHITE, GREY, BLACK = 0, 1, 2
    color = {k: WHITE for k in deps}
    stack = []
    reported = set()

    def visit(n):
        color[n] = GREY
        stack.append(n)
        for m in sorted(deps.get(n, ())):
            if color.get(m, BLACK) == GREY:
                cyc = stack[stack.index(m):] + [m]
                key = frozenset(cyc)
                if key not in reported:
                    reported.add(key)
                    rep.error(idx.where[n], "relevant dependency cycle: " + " -> ".join(cyc))
            elif color.get(m) == WHITE:
                visit(m)
        stack.pop()
        color[n] = BLACK

    sys.setrecursionlimit(10000)
    for n in list(deps):
        if color[n] == WHITE:
            visit(n)


def check_form(doc):
    rep = Report()
    if not isinstance(doc, dict):
        rep.error("document", "must be a JSON object")
        return rep, None
    for k in doc:
        if k not in DOC_KEYS:
            rep.error("document", f"unknown field `{k}`")
    if not isinstance(doc.get("id"), str) or not FORM_ID.match(doc["id"]):
        rep.error("id", f"{doc.get('id')!r} does not match [a-z][a-z0-9_-]*")
    v = doc.get("version")
    if not isinstance(v, int) or is_bool(v) or v < 1:
        rep.error("version", "must be an integer >= 1")
    langs = doc.get("languages")
    if not isinstance(langs, list) or not langs or not all(isinstance(l, str) and LANG_TAG.match(l) for l in langs) \
            or len(set(langs)) != len(langs):
        rep.error("languages", "must be a non-empty list of distinct primary language tags")
        langs = [l for l in (langs or []) if isinstance(l, str)] or ["en"]
    if doc.get("default_language") not in langs:
        rep.error("default_language", "must be one of `languages`")
    check_review(rep, doc, langs)
    check_localized(rep, "title", doc.get("title"), langs)

    idx = FormIndex(doc)
    cls = doc.get("choice_lists", {})
    if not isinstance(cls, dict):
        rep.error("choice_lists", "must be an object from list name to choices")
    else:
        for name, lst in cls.items():
            check_choices(rep, f"choice_lists.{name}", lst, langs)

    sections = doc.get("sections")
    if not isinstance(sections, list) or not sections:
        rep.error("sections", "needs at least one section")
        sections = []
    section_ids = {}
    for s_i, section in enumerate(sections):
        sw = f"sections[{s_i}]"
        if not isinstance(section, dict):
            rep.error(sw, "section must be an object")
            continue
        sid = section.get("id")
        sw = f"{sw} ({sid})"
        for k in section:
            if k not in SECTION_KEYS:
                rep.error(sw, f"unknown field `{k}`")
        if not isinstance(sid, str) or not ITEM_ID.match(sid):
            rep.error(sw, f"section id {sid!r} does not match [a-z][a-z0-9_]*")
        elif sid in section_ids:
            rep.error(sw, f"duplicate section id '{sid}'")
        section_ids[sid] = s_i
        check_localized(rep, f"{sw}.label", section.get("label"), langs)
        if "help" in section:
            check_localized(rep, f"{sw}.help", section["help"], langs)
        items = section.get("items")
        if not isinstance(items, list) or not items:
            rep.error(sw, "a section needs a non-empty `items` list")
            continue
        for i_i, item in enumerate(items):
            check_item(rep, idx, item, f"{sw}.items[{i_i}]", langs, section, None)

    for sid, s_i in section_ids.items():
        if sid in idx.items:
            rep.warn(f"sections[{s_i}] ({sid})", "section id is also an item id (allowed, but confusing)")

    # persist_after: the safety gate
    pa = doc.get("persist_after")
    if pa is not None:
        item = idx.items.get(pa)
        if item is None:
            rep.error("persist_after", f"unknown item '{pa}'")
        else:
            if pa in idx.repeat_of:
                rep.error("persist_after", f"'{pa}' is inside a repeat")
            if item.get("type") != "yesno" or item.get("consent") != "store" or item.get("required") is not True:
                rep.error("persist_after", f"'{pa}' should be the required yesno item with consent 'store'")
            if "relevant" in item or "relevant" in idx.section_of[pa]:
                rep.error("persist_after", f"'{pa}' must always be asked (no relevant on it or its section)")

    # checklist policy: public answers must be closed answers
    for iid, item in idx.items.items():
        if item.get("public") is True and item.get("type") not in ("single", "multi", "date", "number"):
            rep.error(idx.where[iid], f"public {item.get('type')} item: only closed answers may be public")

    deps = check_expressions(rep, idx)
    find_cycles(rep, idx, deps)
    if not rep.errors:
        check_worker_only_paths(rep, idx)
    return rep, idx


# ---------------------------------------------------------------------------- who sees what

# Sections written for the outreach worker alone (the worker's assessment and case notes). A woman
# who records alone, answering `recorded_by` with 'self' or skipping it, must never see them: the
# texts speak about her in the third person and ask for judgements she should not be asked to make.
WORKER_ONLY_SECTIONS = {"case_management"}
RECORDER_ITEM = "recorded_by"
ALONE_ANSWERS = ("self", None)
MAX_COMBINATIONS = 200_000
PRESENT = "<answered>"


def cmp_value(v):
    """A value as `=` / `!=` see it: unanswered and empty selections read as ''."""
    if v is None or v == frozenset():
        return ""
    return v


def evaluate(node, env):
    """Evaluates an expression over `env` (item id -> value; None is unanswered) with the
    semantics of docs/form-format.md. Dates are not modelled: callers refuse them first."""
    tag = node[0]
    if tag == "ref":
        return env.get(node[1])
    if tag in ("str", "num"):
        return node[1]
    if tag == "neg":
        v = evaluate(node[1], env)
        return None if v is None else -v
    if tag == "bin":
        op, left, right = node[1], node[2], node[3]
        if op == "or":
            return evaluate(left, env) is True or evaluate(right, env) is True
        if op == "and":
            return evaluate(left, env) is True and evaluate(right, env) is True
        a, b = evaluate(left, env), evaluate(right, env)
        if op == "=":
            return cmp_value(a) == cmp_value(b)
        if op == "!=":
            return cmp_value(a) != cmp_value(b)
        if a is None or b is None or not is_num(a) or not is_num(b):
            return False if op in ("<", "<=", ">", ">=") else None
        return {"<": lambda: a < b, "<=": lambda: a <= b, ">": lambda: a > b, ">=": lambda: a >= b,
                "+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b,
                "div": lambda: a / b if b else None, "mod": lambda: a % b if b else None}[op]()
    if tag == "call":
        name, args = node[1], node[2]
        vals = [evaluate(a, env) for a in args] if name != "if" else []
        if name == "selected":
            target, value = vals
            if isinstance(target, frozenset):
                return value in target
            return target is not None and target == value
        if name == "count-selected":
            return float(len(vals[0])) if isinstance(vals[0], frozenset) else 0.0
        if name == "count":
            return float(vals[0]) if is_num(vals[0]) else 0.0
        if name == "not":
            return vals[0] is not True
        if name == "string-length":
            return float(len(vals[0])) if isinstance(vals[0], str) else 0.0
        if name == "if":
            return evaluate(args[1] if evaluate(args[0], env) is True else args[2], env)
        if name == "true":
            return True
        if name == "false":
            return False
    raise ExprError(f"cannot evaluate {node!r}")


def literals_in(node, out):
    """Collects, per item id, the literals an expression compares it with or selects."""
    if node[0] == "bin":
        for a, b in ((node[2], node[3]), (node[3], node[2])):
            if a[0] == "ref" and b[0] in ("str", "num"):
                out.setdefault(a[1], set()).add(b[1])
        literals_in(node[2], out)
        literals_in(node[3], out)
    elif node[0] == "neg":
        literals_in(node[1], out)
    elif node[0] == "call":
        if node[1] == "selected" and node[2][0][0] == "ref" and node[2][1][0] == "str":
            out.setdefault(node[2][0][1], set()).add(node[2][1][1])
        for a in node[2]:
            literals_in(a, out)


def uses_dates(node):
    if node[0] == "call" and node[1] in ("today", "date"):
        return True
    children = {"bin": node[2:4], "neg": node[1:2], "call": node[2] if node[0] == "call" else []}
    return any(uses_dates(c) for c in children.get(node[0], []))


def relevance_asts(idx, iid):
    """The parsed conditions that decide whether item `iid` is shown: its section's, its
    repeat's (and that repeat's own) and its own."""
    asts = []
    chain = [iid] + ([idx.repeat_of[iid]] if iid in idx.repeat_of else [])
    for cid in chain:
        src = idx.items[cid].get("relevant")
        if isinstance(src, str):
            asts.append(Parser(src).parse())
    section = idx.section_of[iid]
    if isinstance(section.get("relevant"), str):
        asts.append(Parser(section["relevant"]).parse())
    return asts


def domain(idx, iid, literals):
    """Every answer to `iid` that can change how the given conditions evaluate, unanswered
    included: all choices of a single; every subset of the mentioned choices of a multi, with
    and without one unmentioned choice (so counts come out right); the compared literals of
    other types, plus one value that equals none of them."""
    item = idx.items[iid]
    kind = item.get("type")
    mentioned = literals.get(iid, set())
    if kind == "single":
        return [None] + sorted(idx.values_of(item) or mentioned)
    if kind == "yesno":
        return [None, "yes", "no"]
    if kind == "multi":
        values = sorted(v for v in mentioned if isinstance(v, str))
        spare = sorted((idx.values_of(item) or set()) - set(values))[:1]
        pool = values + spare
        subsets = []
        for mask in range(1 << len(pool)):
            subsets.append(frozenset(v for k, v in enumerate(pool) if mask >> k & 1))
        return [None] + subsets
    if kind in ("number", "duration"):
        nums = {float(v) for v in mentioned if is_num(v)}
        return [None, 0.0] + sorted({n + d for n in nums for d in (-1.0, 0.0, 1.0)})
    if kind == "repeat":
        return [0.0, 1.0, 2.0]
    if kind in ("text", "longtext", "time"):
        return [None, PRESENT] + sorted(v for v in mentioned if isinstance(v, str) and v)
    return [None, PRESENT]


def check_worker_only_paths(rep, idx):
    """Walks every combination of answers (each optional one also skipped) to the questions that
    decide whether a worker-only item is shown, with `recorded_by` answered 'self' or skipped,
    and reports any combination that shows it to a woman recording alone."""
    if RECORDER_ITEM not in idx.items:
        return
    worker_items = [iid for iid in idx.order if idx.section_of[iid].get("id") in WORKER_ONLY_SECTIONS]
    for iid in worker_items:
        try:
            asts = relevance_asts(idx, iid)
        except ExprError:
            continue  # already reported by check_expressions
        # every item the decision reads, and the items those items' own relevance reads
        involved, todo, conditions = [], [refs for a in asts for refs in refs_in(a)], {}
        while todo:
            ref = todo.pop()
            if ref in involved or ref not in idx.items:
                continue
            involved.append(ref)
            try:
                conditions[ref] = relevance_asts(idx, ref)
            except ExprError:
                conditions[ref] = []
            todo.extend(r for a in conditions[ref] for r in refs_in(a))
        all_asts = asts + [a for c in conditions.values() for a in c]
        if any(uses_dates(a) for a in all_asts):
            rep.error(idx.where[iid], "worker-only path check: conditions on dates cannot be walked")
            continue
        literals = {}
        for a in all_asts:
            literals_in(a, literals)
        involved.sort(key=idx.order.index)
        domains = [list(ALONE_ANSWERS) if ref == RECORDER_ITEM else domain(idx, ref, literals)
                   for ref in involved]
        total = 1
        for d in domains:
            total *= len(d)
        if total > MAX_COMBINATIONS:
            rep.error(idx.where[iid], f"worker-only path check: {total} answer combinations, "
                                      f"more than {MAX_COMBINATIONS}; simplify its conditions")
            continue
        shown = find_showing(involved, domains, conditions, asts)
        if shown is not None:
            answers = ", ".join(f"{r}={'(skipped)' if v is None else sorted(v) if isinstance(v, frozenset) else v}"
                                for r, v in shown.items())
            rep.error(idx.where[iid], f"worker-only item shown to a woman recording alone when {answers}")


def find_showing(involved, domains, conditions, asts):
    """The first assignment under which every condition in `asts` holds, or None. An item whose
    own relevance fails reads as unanswered, as in the engine."""
    def walk(k, raw):
        if k == len(involved):
            env = {}
            for ref in involved:  # form order: relevance reads earlier items
                relevant = all(evaluate(a, env) is True for a in conditions[ref])
                env[ref] = raw[ref] if relevant else None
            if all(evaluate(a, env) is True for a in asts):
                return dict(raw)
            return None
        for value in domains[k]:
            raw[involved[k]] = value
            found = walk(k + 1, raw)
            if found is not None:
                return found
        return None
    return walk(0, {})


def summary(doc, idx):
    lines = []
    total = 0
    for section in doc.get("sections", []):
        n = 0
        for item in section.get("items", []):
            n += 1
            if item.get("type") == "repeat":
                n += len(item.get("items", []))
        total += n
        rel = " [conditional]" if "relevant" in section else ""
        lines.append(f"  {section.get('id'):<22} {n:>3} items{rel}")
    flags = {k: sorted(i for i, it in idx.items.items() if it.get(k) is True) for k in ("required", "public")}
    sens = sum(1 for it in idx.items.values() if it.get("sensitive") is True)
    consents = [(i, it["consent"]) for i, it in idx.items.items() if "consent" in it]
    repeats = [i for i, it in idx.items.items() if it.get("type") == "repeat"]
    lines.append(f"  {'total':<22} {total:>3} items in {len(doc.get('sections', []))} sections")
    lines.append(f"  required: {', '.join(flags['required'])}")
    lines.append(f"  public:   {', '.join(flags['public'])}")
    lines.append(f"  sensitive items: {sens}")
    lines.append(f"  consent:  {', '.join(f'{i} ({p})' for i, p in consents)}")
    lines.append(f"  repeats:  {', '.join(repeats)}")
    lines.append(f"  persist_after: {doc.get('persist_after')}")
    return "\n".join(lines)


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    root = Path(__file__).resolve().parent.parent
    path = Path(args[0]) if args else root / "schemas" / "forms" / "police-violence.json"
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        print(f"{path}: cannot read: {e}", file=sys.stderr)
        return 1
    rep, idx = check_form(doc)
    for w in rep.warnings:
        print(f"warning: {w}")
    for e in rep.errors:
        print(f"error: {e}")
    if "--summary" in argv and idx is not None:
        print(summary(doc, idx))
    if rep.errors:
        print(f"{path}: {len(rep.errors)} error(s)")
        return 1
    print(f"{path}: OK ({len(idx.items)} items, {len(rep.warnings)} warning(s))")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
