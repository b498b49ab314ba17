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
