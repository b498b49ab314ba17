# The `wave` command line: everything it prints while it runs, in English (the source language).
# clap's --help texts are not here; they stay English.

## Shared

internal-error = internal error; the vault was left as it was before this command
invalid-arguments = {$reason} (see wave --help)
cannot-read = cannot read {$file}: {$error}
cannot-write = cannot write {$file}: {$error}
cannot-write-in = cannot write in {$dir}: {$error}
cannot-create = cannot create {$file}: {$error}
file-too-large = {$file} is larger than {$mib} MiB
not-json = {$file} is not valid JSON: {$error}
not-a-file-name = {$file} is not a file name
runtime-failed = cannot start the network runtime: {$error}
bytes = { $count ->
    [one] {$count} byte
   *[other] {$count} bytes
}
problem-in-entry = {$item} (entry {$entry}): {$message}
sealing-deferred = warning: the case is finalized but not yet sealed for the NGO ({$reason}); the next `wave sync` seals and sends it

## Passphrases

passphrase-prompt = Vault passphrase:{" "}
passphrase-new-prompt = New vault passphrase:{" "}
passphrase-repeat-prompt = Repeat the vault passphrase:{" "}
passphrase-differ = the two vault passphrases differ; nothing was changed
duress-new-prompt = New duress passphrase:{" "}
duress-repeat-prompt = Repeat the duress passphrase:{" "}
duress-differ = the two duress passphrases differ; nothing was changed
archive-new-prompt = New archive passphrase:{" "}
archive-repeat-prompt = Repeat the archive passphrase:{" "}
archive-differ = the two archive passphrases differ; nothing was changed
passphrase-empty = an empty passphrase is not allowed
passphrase-no-terminal = no terminal to ask for the passphrase; set {$variable} for scripts

## wave vault

vault-created = Created a vault in {$dir} (Argon2id: {$mib} MiB, { $passes ->
    [one] {$passes} pass
   *[other] {$passes} passes
}).
passphrase-changed = Passphrase changed.
duress-set = Duress passphrase set. Unlocking with it destroys every case in this vault.
wipe-after-invalid = expected a number of failures or "off", not "{$given}"
wipe-after-set = { $count ->
    [one] The vault will be wiped after {$count} wrong passphrase.
   *[other] The vault will be wiped after {$count} wrong passphrases in a row.
}
wipe-after-off = Failure wipe turned off.
vault-wiped = Vault wiped.
vault-nothing-to-wipe = No vault at {$dir}; nothing to wipe.
vault-missing = no vault at {$dir}

## wave case

case-add-refused = Nothing was saved; fix these and add again:
answers-not-object = {$file} must hold a JSON object of answers (item id → answer)
cases-none = No cases.
cases-count = { $count ->
    [one] {$count} case
   *[other] {$count} cases
}
column-id = ID
column-status = STATUS
column-updated = UPDATED
column-title = TITLE
case-status = { $status ->
    [draft] draft
    [finalized] finalized
   *[other] {$status}
}
case-finalized = Case {$id} finalized (version {$version}).
attached = Attached {$bytes} bytes, SHA-256 {$sha256}.
attachment-written = Wrote {$bytes} bytes to {$file} (SHA-256 {$sha256} verified).
case-deleted = Case {$id} deleted.
case-heading = Case {$id}
case-field-status = status
case-field-form = form
case-field-created = created
case-field-updated = updated
case-field-versions = versions
case-answers = Answers:
case-attachments = Attachments:

## wave form

form-valid = {$file}: valid form "{$id}" version {$version}: {$sections} sections, {$items} items, languages {$languages}
form-invalid = { $count ->
    [one] {$file} is not a valid form ({$count} error; run wave form check)
   *[other] {$file} is not a valid form ({$count} errors; run wave form check)
}
builtin-form-broken = the built-in checklist is broken: {$errors}
form-no-language = the form has no language "{$lang}"; it has {$languages}
outline-if = if {$condition}
outline-required = required
outline-sensitive = sensitive
outline-public = public
review-status = { $status ->
    [source] source language
    [draft] draft: not yet reviewed by a native speaker
   *[other] {$status}
}
review-reviewed = reviewed by {$reviewer} on {$date}
translations-exported = Wrote the {$lang} texts to {$file}.
translations-imported = Imported {$lang} into {$file}: { $changed ->
    [one] {$changed} text changed
   *[other] {$changed} texts changed
}, {$skipped} left as they were (not translated, or fuzzy).
translations-new-language = {$lang} is new to the form: it is marked "draft" until a native-speaking reviewer signs it off (docs/translating.md).
translations-refused = { $count ->
    [one] {$count} problem; nothing was written to {$file}
   *[other] {$count} problems; nothing was written to {$file}
}

## wave record

record-stopped-nothing-saved = nothing was saved: {$message}
record-needs-consent = nothing was saved: the answers must include {$item} (consent to store): {$error}
record-draft-with-problems = The draft was kept; fix these and record again with --case {$id}, or edit the answers:
record-draft-saved = Saved as a draft; every answer is valid. Add --finalize to finalize it.
record-commands = Type the answer and Enter. ? help, < back, = progress, review, jump SECTION, quit to pause. An empty line skips.
record-paused = Draft kept; continue with: wave record --case {$id}
record-nothing-saved = Nothing was saved.
record-no-help = There is no help for this question.
record-progress = Answered {$answered}/{$relevant}
record-finish-prompt = Finish and finalize the case? (yes/no)
record-finalized = Case finalized: {$id}
record-incomplete = the case is not complete; run wave record --case ID to continue
record-stopped-draft-kept = the record was stopped; the draft is kept
record-add-entry = Add one ({$entry})? (yes/no)
record-current-answer = now: {$answer}
record-hint-multi = numbers, comma-separated
record-hint-yes-no = yes/no
record-hint-date = YYYY-MM-DD, ~YYYY-MM-DD if estimated, YYYY-MM
record-hint-time = HH:MM
record-hint-minutes = minutes
record-hint-location = lat, lon
record-hint-files = file paths, comma-separated
record-hint-info = Enter
record-no-such-choice = no such choice: "{$choice}"
record-attach-before-saved = attachments can be added once the case is saved
record-review = Review your answers
# The words accepted for yes and for no, comma-separated (English ones are always accepted too).
record-yes-words = y, yes, ok
record-no-words = n, no

## wave enroll, wave sync

enrolled = Enrolled with {$server} as device {$device}.
sync-wiped = the vault was wiped; the sync stopped
sync-summary = Sent {$sent} ({$duplicates} already there), {$failed} refused, {$pending} still waiting.
sync-waiting = some cases are still waiting to be sent
sync-case-rejected = case {$case} was not accepted by the server: {$reason}
sync-not-sent = { $count ->
    [one] {$count} case version not sent yet: {$reason}
   *[other] {$count} case versions not sent yet: {$reason}
}

## wave staff

pin-invalid = --pin must be a SHA-256 digest of the server's public key: 64 hex digits
identity-exists = {$file} already exists; an identity file is never overwritten
identity-written = Wrote the NGO identity to {$file}. Keep it secret and backed up: without it, no case sent to the NGO can be opened.
identity-readable = warning: {$file} can be read by other users of this machine (chmod 600 it)
duration-invalid = invalid duration "{$given}": expected a number with s, m, h or d, like 30m, 24h or 7d
enrollment-string-failed = cannot make an enrollment string: {$error}
enrollment-code-made = One-time enrollment code {$code} for one device, valid until {$until}.
archive-created = Created a staff archive in {$dir}.
archive-missing = no staff archive at {$dir}
page-size-invalid = --page-size must be between 1 and 1000
pull-interrupted = {$error}; everything pulled before this is kept, pull again to go on
pull-summary = Pulled from {$server}: {$new} new, {$had} already had, {$rejected} rejected{ $recovered ->
    [0] {""}
   *[other] , {$recovered} earlier rejection(s) opened now
}{ $still ->
    [0] {""}
   *[other] , {$still} earlier rejection(s) still cannot be opened
}; { $attachments ->
    [one] {$attachments} attachment decrypted.
   *[other] {$attachments} attachments decrypted.
}
pull-rejected =   rejected submission {$submission} (server seq {$seq}, device {$device}): {$reason}
pull-rejected-total = { $count ->
    [one] {$count} submission rejected; it is kept in the archive with its reason
   *[other] {$count} submissions rejected; each is kept in the archive with its reason
}
export-public-done = { $count ->
    [one] Exported {$count} case with consent to statistics as public {$format}; {$without} without consent left out.
   *[other] Exported {$count} cases with consent to statistics as public {$format}; {$without} without consent left out.
}
export-done = { $count ->
    [one] Exported {$count} case as {$format}, sensitive answers included: keep it as safe as the archive.
   *[other] Exported {$count} cases as {$format}, sensitive answers included: keep it as safe as the archive.
}
export-unknown-form = { $count ->
    [one] {$count} case of a form this tool does not know was left out.
   *[other] {$count} cases of a form this tool does not know were left out.
}

## wave demo

demo-folder-exists = {$dir} already exists; choose an empty folder
demo-step-server = 1. The NGO: a sync server on this machine, a staff token, a staff identity
demo-server-listening = server listening on {$url} (data in {$dir})
demo-public-key = NGO public key {$key}
demo-step-code = 2. Staff make a one-time enrollment code for an outreach worker's phone
demo-step-phone = 3. The phone: an encrypted vault, enrolled with the code
demo-vault = vault {$dir} (Argon2id 19 MiB × 2 for the demo; real vaults calibrate)
demo-enrolled = enrolled as device {$device}
demo-step-case = 4. A case recorded through the checklist (in Russian), with a photo, finalized
demo-case = case {$id}, version {$version}; photo {$bytes} bytes, SHA-256 {$sha256}…
demo-not-sealed = not sealed yet ({$reason}); the sync below seals it first
demo-sealed = sealed for the NGO at once: {$count} waiting to be sent
demo-step-sync = 5. Sync when a connection is there
demo-synced = sent {$sent}, attachments uploaded {$blobs}, still waiting {$pending}
demo-step-pull = 6. Staff pull, check the device's signature, decrypt into their own encrypted archive
demo-pulled = new {$new}, rejected {$rejected}, attachments decrypted {$attachments}
demo-staff-see = what staff see (full export, first case):
demo-statistics = statistics for a report (consenting cases only):
demo-step-examiner = 7. What someone who copies the phone or the server finds
demo-phone = phone
demo-server = server
demo-examined = {$name}: { $files ->
    [one] {$files} file
   *[other] {$files} files
}, {$bytes} bytes; her words or code name: {$verdict}
demo-plaintext-found = FOUND (this is a bug)
demo-plaintext-not-found = not found
demo-plaintext-failure = plaintext was found in the files of the {$name}
demo-step-duress = 8. A duress passphrase, used under coercion
demo-duress-opened = unlocked with the duress passphrase: { $count ->
    [one] {$count} case
   *[other] {$count} cases
}, enrolled: {$enrolled}; key file still {$bytes} bytes
demo-real-gone = the real passphrase opens nothing any more: the case is gone from the phone (the NGO has it)
demo-real-still-works = the real passphrase still worked after duress
demo-step-wipe = 9. Panic wipe (no passphrase needed)
demo-wiped = {$dir} exists afterwards: {$exists}
demo-yes = yes
demo-no = no
demo-done = Done. Try it yourself: wave vault init --vault DIR, then wave record --vault DIR --lang ru.

## wave staff: the NGO's keys (recipient sets, signing key, shares)

file-exists-kept = {$file} already exists; Wave never overwrites it
recipient-set-version = version: {$version}
recipient-set-created = created: {$created}
recipient-set-recipient = recipient: {$recipient}
recipient-set-none = No recipient set has been published on this server: devices encrypt to the recipients of their enrollment string.
recipient-set-need-key = give --signing-public-key or --signing-key to check the set with
recipient-set-refused = warning: the organisation's new recipient set was refused, so cases still go to the current one: {$problem}
signing-key-written = Wrote the NGO signing key to {$file}. Keep it offline and back it up (wave staff signing-key split); give devices the public key above (wave staff enroll-code --signing-public-key).
enroll-code-unsigned = Note: without --signing-public-key this device encrypts to these recipients for good; a seized key cannot be removed from it later.
shares-folder-exists = cannot make the folder {$dir} (it must not exist yet): {$error}
share-header = { $kind ->
    [identity] # Wave share {$number} of {$total} (an NGO identity); any {$threshold} shares restore it.
   *[signing-key] # Wave share {$number} of {$total} (the NGO signing key); any {$threshold} shares restore it.
}
shares-written = { $kind ->
    [identity] Wrote {$total} shares of the NGO identity to {$dir}; any {$threshold} restore it. Give each share to a different person, keep none together, and delete this folder once they are handed out.
   *[signing-key] Wrote {$total} shares of the NGO signing key to {$dir}; any {$threshold} restore it. Give each share to a different person, keep none together, and delete this folder once they are handed out.
}
share-unreadable = share {$number}: not a share's text, and no file of that name can be read ({$error})
share-as-argument = share {$number} was given as text on the command line, where other users of this computer and the shell's history can read it: give - in its place and type it when asked (or pipe the shares in, one a line)
share-prompt = Share {$number} (not shown):
shares-other-kind = { $kind ->
    [identity] these shares restore an NGO identity, not the NGO signing key
   *[signing-key] these shares restore the NGO signing key, not an NGO identity
}
secret-restored = { $kind ->
    [identity] Restored the NGO identity to {$file}.
   *[signing-key] Restored the NGO signing key to {$file}.
}

## wave staff serve: the staff workspace
demo-step-serve = 10. The staff workspace on the demo's archive
demo-serve-passphrase = unlock it with the passphrase: {$passphrase}
idle-lock-invalid = --idle-lock must be between 1 and 1440 minutes
serve-needs-token = --server needs --token (or WAVE_STAFF_TOKEN)
serve-no-archive = no staff archive at {$dir}; make one with wave staff pull
serve-link = The staff workspace is at the link above (it works once, in one browser). Press Ctrl-C to lock and stop.
serve-stopped = Locked and stopped.
