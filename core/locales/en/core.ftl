# Wave's core: what the checklist and the passphrase rule say, in English (the source language).
# Variables: $min, $max (numbers), $count (a count), $precision (a date precision's name),
# $digits, $tries (counts), $reason (a hint below).

## Why an answer is refused

invalid-required = Please answer this question.
invalid-wrong-type = This answer does not fit the question.
invalid-unknown-choice = Please choose one of the options.
invalid-duplicate-choice = Each option can be chosen only once.
invalid-not-integer = Please enter a whole number.
invalid-below-min = The number must be at least {$min}.
invalid-above-max = The number must be at most {$max}.
invalid-bad-date = This is not a valid date.
invalid-precision-not-allowed = "{$precision}" is not allowed here.
invalid-bad-time = Please enter a time as HH:MM (24-hour).
invalid-bad-duration = Please enter a whole number of minutes, zero or more.
invalid-bad-latitude = Latitude must be between -90 and 90.
invalid-bad-longitude = Longitude must be between -180 and 180.
invalid-bad-accuracy = Accuracy must be zero or more metres.
invalid-multi-line = Please write this on one line.
invalid-bad-attachment = Each attachment can be added only once.
invalid-info-not-true = Please confirm that you have read this.
invalid-too-few = Please add at least {$count}.
invalid-too-many = No more than {$count} can be added.
invalid-constraint = This answer is not accepted.
invalid-not-relevant = This question does not apply now.
invalid-no-such-position = There is no such question.
invalid-repeat-not-settable = Add or remove entries one at a time.

## How precise a date is

precision-exact = exact date
precision-estimated = approximate date
precision-month = month only

## A yes/no answer

answer-yes = Yes
answer-no = No

## The passphrase rule

passphrase-hint-empty = Type a passphrase.
passphrase-hint-common = This is one of the passwords people use most.
passphrase-hint-pattern = Keyboard rows, repeats and sequences like abc or 1234 are easy to guess.
passphrase-hint-date = Dates and years are easy to guess.
passphrase-hint-single-word = A single word or name is easy to guess.
passphrase-hint-add-words = Too easy to guess: add a few more words that do not belong together.
passphrase-hint-pin-too-short = A PIN needs at least {$digits} digits.
passphrase-hint-pin-accepted = PIN accepted: this device's key storage and the wipe after {$tries} or fewer wrong tries protect it.
passphrase-hint-good = Good enough.
passphrase-hint-strong = Strong.
passphrase-refusal = This passphrase is too weak. {$reason}

## An answer shown back (review, the answer summary)

answer-minutes = {$count} min
answer-date = {$date} ({$precision})
answer-attachments = { $count ->
    [one] {$count} attachment
   *[other] {$count} attachments
}
answer-entries = { $count ->
    [one] {$count} entry
   *[other] {$count} entries
}

## A guided session asked for in a language the checklist does not have

session-unknown-language = The checklist has no language "{$lang}"; it has {$languages}.

## Errors (the same words as the error's own display)

error-wrong-passphrase = wrong passphrase
error-no-vault = no vault at {$path}
error-vault-exists = a vault already exists at {$path}
error-corrupted = stored data is damaged or was altered: {$detail}
error-platform-secret = the vault's platform secret is not available: {$detail}
error-not-found = {$kind} {$id} not found
error-invalid-state = {$detail}
error-locked = the vault was locked or wiped meanwhile
error-invalid-input = invalid input: {$detail}
error-network = the server could not be reached: {$detail}
error-pin-mismatch = the server's key does not match the pinned key: the connection may be intercepted, or the server changed to a key that was not pinned; nothing was sent
error-server = the server refused: {$message} ({$code})
error-io = file error: {$detail}
error-database = database error: {$detail}

## Continuing and moving through a guided session

session-not-a-draft = Only a draft can be continued; amend the case first.
session-other-form = The case was recorded with form "{$recorded}", not "{$form}".
session-other-version = The case was recorded with version {$recorded} of form "{$form}", not version {$version}.
session-answers-do-not-fit = The stored answers do not fit the form: {$detail}
session-answers-shape = The answers have an unexpected shape: {$detail}
session-no-section = There is no section "{$section}".
session-section-not-relevant = Section "{$section}" does not apply now.
session-no-repeat = There is no repeated group "{$repeat}".
session-repeat-yes-or-no = Answer yes to add an entry, or no to go on.
