# What is wrong in a form definition or a translation file (for form authors and translators): ids form-…
# The form's own names (item ids, paths, languages, values), expressions, tokens, types of the
# expression language (boolean, number, string, date, selection, repeat), PO keywords and what a
# JSON reader or the schema validator said are quoted as they are, in every language.

## Where a problem is
form-error-at = { $path }: { $message }
form-error-at-field = { $path }: { $field }: { $message }

## Loading a form
form-not-json = not valid JSON: { $reason }
form-schema = does not fit the form format: { $reason }
form-schema-broken = the form schema itself is broken: { $reason }
form-not-a-language = { $lang } is not one of languages
form-review-missing = no review status for { $lang }
form-review-not-source = { $lang } is not the default language, so not the source
form-review-nobody = { $lang } is reviewed by nobody
form-review-date = { $lang }: { $date } is not a date YYYY-MM-DD
form-no-text = no text in { $lang }
form-duplicate-choice = choice value { $value } is used twice in this list
form-duplicate-section = section id { $id } is also used by { $first }
form-duplicate-item = item id { $id } is also used by { $first }
form-sensitive-public = an item cannot be both sensitive and public
form-not-a-count = { $value } is not a count
form-max-below-min = max { $max } is below min { $min }
form-nested-repeat = repeats cannot be nested
form-unknown-choice-list = unknown choice list { $name }
form-syntax = syntax error at column { $column }: { $reason }
form-not-a-condition = must be a condition (true or false), but is a { $type }
form-selected-unknown-value = selected(): { $value } is not a choice of { $item }
form-unknown-item = unknown item { $item }
form-persist-in-repeat = { $item } is inside a repeat; the gate must be an item outside repeats
form-cycle = relevance depends on itself: { $cycle } (each depends on the next)
form-cycle-step = { $node } → { $next }
form-cycle-section = section { $id }
form-builtin-broken = a built-in form does not load
form-unknown-version = the case was recorded with version { $version } of form { $form }; this app knows versions up to { $latest } of it
form-unknown-form-of-case = the case was recorded with version { $version } of form { $form }; this app does not know that form
form-unknown-form = this app does not know the form { $form }

## Expressions: checking
form-type-opaque = answer that can only be compared with ''
form-expr-out-of-scope = { $item } is inside repeat { $repeat } and can only be used by items of that repeat
form-expr-current-not-allowed = '.' can only be used in constraint and stop_if
form-expr-unary-minus = unary '-' needs a number, found { $found }
form-expr-needs-booleans = '{ $op }' needs two booleans, found { $left } and { $right }
form-expr-compare-selection = '{ $op }' cannot compare a selection; use selected() or count-selected()
form-expr-compare-repeat = '{ $op }' cannot compare a repeat; use count()
form-expr-compare-same-type = '{ $op }' compares two values of the same type (or any answer with ''), found { $left } and { $right }
form-expr-order = '{ $op }' compares two numbers, two dates or two strings, found { $left } and { $right }
form-expr-add = '{ $op }' works on numbers (and on dates: date ± days, date - date), found { $left } and { $right }
form-expr-needs-numbers = '{ $op }' needs two numbers, found { $left } and { $right }
form-expr-not-a-date = date('{ $text }') is not a date YYYY-MM-DD
form-expr-selected-value = selected() takes a choice value as a string second, found { $found }
form-expr-if-condition = if() needs a boolean condition, found { $found }
form-expr-if-branches = if() needs both branches of the same type, found { $left } and { $right }
form-expr-argument = { $function }() takes a { $allowed }, found { $found }
form-expr-argument-either = { $function }() takes a { $first } or { $second }, found { $found }

## Expressions: reading
form-expr-too-long = expression longer than { $max } bytes
form-expr-unexpected-character = unexpected character { $character }
form-expr-bad-reference = a reference must look like ${"{"}item_id{"}"}
form-expr-unterminated-string = unterminated string
form-expr-invalid-number = invalid number { $text }
form-expr-expected-close = expected ')', found { $found }
form-expr-expected-close-end = expected ')', found the end
form-expr-expected-open = expected '(' after the function name, found { $found }
form-expr-expected-open-end = expected '(' after the function name, found the end
form-expr-expected-list = expected ',' or ')' in the argument list
form-expr-too-nested = nested more than { $max } levels deep
form-expr-too-deep = expression more than { $max } operations deep
form-expr-unexpected-end = unexpected end of expression
form-expr-unexpected = unexpected { $found }
form-expr-operator-alone = '{ $word }' needs a value on each side
form-expr-unknown-function = unknown function { $word }()
form-expr-unexpected-word = unexpected word '{ $word }' (item references are written ${"{"}{ $word }{"}"})
form-expr-arity = { $function }() takes { $count ->
    [one] { $count } argument
   *[other] { $count } arguments
}, got { $got }

## Translations: exporting and importing PO files
form-translations-form-invalid = the form is not valid ({ $count ->
    [one] { $count } error
   *[other] { $count } errors
}; run wave form check)
form-translations-bad-language = { $lang } is not a language tag like ru or kk
form-translations-export-source = { $lang } is the form's source language; translations are made from it
form-translations-import-source = { $lang } is the form's source language; it is edited in the form itself
form-translations-no-plural-rule = no plural rule is known for { $lang }
form-translations-not-json = the form is not JSON: { $reason }
form-translations-cannot-write = cannot write the form: { $reason }
form-translations-no-language = the PO header has no Language (e.g. "Language: kk")
form-po-no-context = line { $line }: no msgctxt (the text's place in the form)
form-po-repeated = line { $line }: { $path }: already given on line { $first }
form-po-unknown-path = line { $line }: { $path }: the form has no such text
form-po-plural-count = line { $line }: { $path }: { $count ->
    [one] { $count } plural form
   *[other] { $count } plural forms
}, but { $lang } has { $plurals }
form-po-no-plurals = line { $line }: { $path }: form texts have no plural forms
form-po-stale = line { $line }: { $path }: stale: the { $source } text has changed since this file was exported
form-po-placeholders = line { $line }: { $path }: placeholders { $found } differ from the { $source } { $expected }
form-po-untranslated = { $path }: not translated ({ $lang } is new to the form, so every text is needed)

## Reading a PO file
form-po-too-large = the file is larger than { $max } MiB
form-po-line = line { $line }: { $reason }
form-po-no-keyword = a string with no keyword before it
form-po-unknown-keyword = unknown keyword { $keyword }
form-po-plural-order = plural form { $got } where form { $expected } was expected
form-po-needs-string = { $keyword } needs a quoted string
form-po-header-first = the header (empty msgid) must come first, once
form-po-header-line = header line { $text } is not "Name: value"
form-po-twice = { $keyword } twice in one entry
form-po-after = { $keyword } after { $other }
form-po-before = { $keyword } before { $other }
form-po-plural-needs-forms = a plural entry needs msgstr[0], msgstr[1], …
form-po-forms-without-plural = msgstr[N] without msgid_plural
form-po-no-msgid = an entry without msgid
form-po-no-msgstr = an entry without msgstr
form-po-one-piece = a string must be one quoted piece
form-po-bad-hex = { $escape } is not an escape of two hex digits
form-po-unknown-escape = unknown escape { $escape }
form-po-lone-backslash = a string ends with a lone backslash
form-po-unescaped-quote = an unescaped quote inside a string
form-po-control-character = a control character inside a string
