# Wave staff workspace (wave staff serve): English.

app-name = Staff workspace
lock = Lock
back-home = Back to the start
back-inbox = ← All cases
error-title = Something went wrong
yes = Yes
no = No
bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}
download = Download

nav-inbox = Cases
nav-followup = Follow-up
nav-pull = Pull
nav-exports = Exports

unlock-title = Unlock the archive
unlock-intro = The archive stays encrypted on this computer. What you open here is decrypted in memory only, and is dropped when you lock.
unlock-name = Your name (kept in the follow-up history)
unlock-passphrase = Archive passphrase
unlock-button = Unlock
unlock-idle = { $count ->
    [one] The archive locks itself after { $count } minute without use.
   *[other] The archive locks itself after { $count } minutes without use.
}
unlock-wrong = That passphrase does not open this archive.
unlock-failed = The archive could not be opened. Check that the folder holds a staff archive.
unlock-name-missing = Type your name, so changes you make can be attributed.

filter-search = Search the answers
filter-country = Country
filter-violation = Violation
filter-from = From month
filter-to = To month
filter-age = Age group
filter-status = Follow-up status
filter-consent = Consent given for
filter-attachments = With attachments only
filter-any = Any
filter-apply = Show
filter-clear = Clear filters
filter-rejected = { $count ->
    [one] { $count } rejected submission
   *[other] { $count } rejected submissions
}
inbox-count = { $count ->
    [one] { $count } case matches
   *[other] { $count } cases match
}
inbox-total = { $count } in the archive
inbox-empty = No case matches these filters.
no-code-name = (no code name)
page-previous = ← Previous
page-next = Next →
rejected-title = Rejected submissions
rejected-none = Nothing was rejected.

col-code-name = Code name
col-country = Country
col-month = Month
col-violations = Violations
col-status = Status
col-attachments = Files
col-received = Received
col-reason = Reason
col-detail = Detail
col-submission = Submission

status-new = New
status-reviewed = Reviewed
status-referred = Referred
status-complaint_filed = Complaint filed
status-outcome = Outcome
status-closed = Closed

referral-lawyer = Lawyer
referral-medical = Medical care
referral-shelter = Shelter
referral-social_worker = Social worker
complaint-police = Police
complaint-prosecutor = Prosecutor
complaint-ombudsperson = Ombudsperson
complaint-court = Court
complaint-un_body = UN body

consent-store = Keeping the record
consent-audio = Audio recording
consent-statistics = Anonymous statistics
consent-lawyer = Sharing with a lawyer
consent-un = Submissions to the UN
consent-intl_complaint = International complaints
consent-media = Media
consent-recontact = Being contacted again
consent-history = Consent history
consent-none = No consent was recorded.
consent-purpose = Purpose
consent-answer = Answer
consent-when = When

precision-estimated = estimated
precision-month = month only

case-title = Case
case-version = Version
case-not-latest = an earlier version
case-other-answers = Other answers
case-attachments = Attachments
case-no-attachments = No attachments.
case-not-found = There is no such case in the archive.
attachment-damaged = This attachment does not match its fingerprint and is not shown.

versions-title = Versions
versions-shown = shown
versions-finalized = finalized
versions-item = Question
versions-before = Before
versions-after = After

verify-title = Verification
verify-signature = Device signature
verify-signature-ok = Verified
verify-signature-bad = Not verified
verify-key = Device key (SHA-256)
verify-first-seen = Device key
verify-first-seen-ok = Same key as when the device was first seen
verify-first-seen-bad = Differs from the key first seen
verify-device = Device
verify-received = Received by the server
verify-pulled = Pulled into the archive
verify-not-recorded = not recorded
verify-unavailable = unavailable

followup-title = Legal follow-up
followup-status = Status
followup-new-status = Change status to
followup-unchanged = (unchanged)
followup-referred-to = Referred to
followup-complaint-to = Complaint filed with
followup-assignee = Assigned to
followup-due = Due
followup-note = Note
followup-save = Save the change
followup-history = History
followup-no-history = No follow-up yet.
followup-invalid = The change was not saved: check the date and the choices.
followup-not-saved = The change could not be saved in the archive.
followup-counts = Cases by status
followup-supported = { $count ->
    [one] { $count } case has been referred or taken further.
   *[other] { $count } cases have been referred or taken further.
}
followup-due-list = Due
followup-nothing-due = Nothing is due.
followup-overdue = overdue

pull-from = New submissions come from { $value }.
pull-start = Pull new submissions
pull-progress = Progress
pull-state = State
pull-new = New cases
pull-already = Already in the archive
pull-retried = Earlier rejections tried again
pull-rejected = Rejected
pull-idle = Not started
pull-running = Pulling…
pull-done = Finished
pull-failed = Stopped with an error
pull-not-configured = To pull from here, start the workspace with the server address, the staff token and the NGO identity file:

exports-intro = Each export holds the latest version of every case.
exports-warning = A full export holds every answer, sensitive ones included: keep it as carefully as the archive. A public export holds only what consenting cases allow.
export-full = Full
export-public = Public
export-unknown = There is no such export.
export-failed = The export could not be made.

## Statistics, map, redaction and reports

nav-stats = Statistics
nav-map = Map
nav-reports = Reports
stats-public = Public figures
stats-public-hint = Only cases that consented to anonymous statistics, under the public rules (sexual-violence types counted as one). These may be published.
stats-internal = Internal figures
stats-internal-hint = Every case, as recorded. For the organisation's own work only — not for publication.
stats-cases = { $count ->
    [one] { $count } case
   *[other] { $count } cases
}
stats-none = No cases.
stats-by-country = By country
stats-by-violation = By violation type
stats-by-month = By month of the incident
stats-by-age = By age group
stats-by-service = By perpetrator service
stats-by-status = By follow-up status
stats-download-csv = Download as CSV
stats-csv-label = Label
stats-csv-cases = Cases
stats-unknown = Not answered or not a listed choice
stats-sexual-violence = Sexual violence (all forms)
stats-unknown-table = There is no such table.
map-internal = Internal: places of incidents
map-public = Public: countries only
map-internal-hint = Each point is the place a case recorded. Internal only: never share this view.
map-public-hint = Cases that consented to anonymous statistics, counted by country. No place or case is in this view.
map-points = { $count ->
    [one] { $count } case on the map
   *[other] { $count } cases on the map
}
map-unplaced = { $count ->
    [one] { $count } without a place
   *[other] { $count } without a place
}
map-open-case = Open the case
map-attribution = Country shapes: Natural Earth (public domain), shipped with Wave; the map works offline.
redact-open = Redact for reports
redact-title = Redaction
redact-back = Back to the case
redact-intro = Rewrite each account without names, places, dates, officers' details or anything else that could identify someone. The original stays in the archive unchanged; reports quote only the redacted text, and only once it is marked reviewed.
redact-reviewed = Reviewed for identifying details
redact-not-reviewed = Not reviewed: not quoted in reports
redact-never = Not redacted yet: not quoted in reports
redact-saved-by = saved by
redact-nothing = This version has no account to redact.
redact-original = Original (stays in the archive)
redact-redacted = Redacted text for reports
redact-mark-reviewed = I have checked these texts: nothing in them identifies anyone
redact-save = Save redaction
redact-invalid = The redaction was refused: a text is too long or names an answer this case does not have.
redact-not-saved = The redaction could not be saved in the archive.
report-certificate = Evidence certificate
report-un-title = Submission to a UN body
report-un-intro = Figures from cases that consented to anonymous statistics, for a country and a period, with quotations only from cases that consented to UN submissions and whose redaction was reviewed.
report-quotable = { $count ->
    [one] { $count } reviewed quotation is available.
   *[other] { $count } reviewed quotations are available.
}
report-un-body = UN body
report-un-body-default = UN human-rights body
report-make = Make the report
report-certificate-title = Evidence certificate
report-certificate-intro = For a lawyer: what was checked about a case version. Only cases that consented to sharing with a lawyer are listed.
report-no-certificates = No case has consented to sharing with a lawyer.
report-back = Back to reports
report-print = Print or save as PDF
report-un-heading = Submission to
report-period = Period
report-cases = Cases counted
report-generated = Prepared
report-un-method = All figures count only cases whose author consented to anonymous statistics; each case counts once, as its latest version stands.
report-quotations = Accounts in their own words
report-quotations-rule = Quoted only with consent to UN submissions, after redaction and review for identifying details.
report-no-quotations = No reviewed quotation in this period.
report-all-time = All dates
report-all-countries = All countries
report-certificate-statement = This certificate records what the Wave staff workspace verified about one submitted case version. The checks were made on the staff's own machine; the server never held the case in readable form.
report-certificate-case = Case
report-case-id = Case id on the device
report-submission = Submission
report-form = Checklist
report-file = File
report-finalized = Finalized on the device
report-media-type = Type
report-size = Size (bytes)
report-no-lawyer-consent = This case has not consented to sharing with a lawyer, so no certificate can be made.
report-record-unavailable = The verification record of this case could not be read.

## Refusals and failures, shown as plain text

refused-host = refused: wrong Host. The workspace answers only at the address wave staff serve printed.
refused-no-session = refused: open the link the wave staff serve command printed.
refused-link-used = refused: this link has been used or is wrong; start wave staff serve again.
refused-too-large = refused: too large.
refused-csrf = refused: missing or wrong CSRF token. Reload the page and try again.
page-not-drawn = The page could not be drawn.
map-not-drawn = The map could not be drawn.
no-random-source = The system's random source failed.
workspace-locked = The archive is locked.
