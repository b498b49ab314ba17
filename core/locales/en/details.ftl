# Fixed details of the core's errors (damage, impossible states, refused input): ids detail-…
# They follow the error's own words ("stored data is damaged or was altered: …"), so they start
# in lower case. Variables: $reason (a library's or the protocol's own words, in English, quoted
# as they came), $text (what was typed, quoted), $tries (a count).

## What was looked for and not found ("case 1234 not found")

detail-kind-case = case
detail-kind-attachment = attachment
detail-kind-case-version = case version

## Stored data that is damaged or was altered

detail-kdf-params-invalid = key derivation parameters are invalid
detail-kdf-failed = key derivation failed
detail-key-file-altered = the key file was altered
detail-key-file-too-short = the key file is too short
detail-key-file-too-long = the key file is too long
detail-key-file-unknown-version = the key file has an unknown version
detail-key-file-header-damaged = the key file header is damaged
detail-key-file-header-malformed = the key file header is malformed
detail-key-file-impossible-costs = the key file asks for impossible key derivation costs
detail-record-empty = an encrypted record is empty
detail-record-unknown-version = an encrypted record has an unknown version
detail-record-failed-authentication = an encrypted record failed authentication
detail-record-impossible-length = an encrypted record has an impossible length
detail-record-unexpected-shape = an encrypted record has an unexpected shape
detail-attachment-truncated = an attachment file is truncated
detail-attachment-unknown-version = an attachment file has an unknown version
detail-attachment-failed-authentication = an attachment file failed authentication
detail-attachment-key-malformed = an attachment key is malformed
detail-attachment-fingerprint-mismatch = an attachment does not match its recorded fingerprint
detail-attachment-record-malformed = an attachment record is malformed
detail-attachment-of-another-case = an attachment record names another case
detail-attachment-id-malformed = an attachment id is malformed
detail-version-out-of-place = a finalized version is out of place
detail-case-id-malformed = a case id is malformed
detail-case-unknown-status = a case has an unknown status
detail-row-count-negative = a row count is negative
detail-database-missing = the case database is missing
detail-database-no-key-check = the case database has no key check
detail-database-other-vault = the case database does not belong to this vault
detail-database-integrity = the case database failed its integrity check

## A call made when it cannot be

detail-case-finalized = a finalized case cannot be changed; amend it first
detail-case-changed-meanwhile = the case changed while it was being saved; try again
detail-case-already-finalized = the case is already finalized
detail-case-not-finalized = only a finalized case can be amended
detail-case-not-stored = the case was not stored
detail-safety-stop = the safety questions stop the record: nothing is kept
detail-session-lost-place = the session lost its place; resume it
detail-section-no-question = the section has no question to show
detail-answers-not-written = answers could not be written
detail-database-exists = a case database already exists here
detail-vault-newer = this vault was written by a newer version of Wave; update the app to open it
detail-key-slot-unauthenticated = could not authenticate a key slot
detail-helper-thread-stopped = an attachment helper thread stopped
detail-attachment-encryption-failed = attachment encryption failed
detail-tls-setup = TLS could not be set up
detail-http-client-setup = the HTTP client could not be set up

## Refused input

detail-passphrase-empty = the passphrase is empty
detail-new-passphrase-empty = the new passphrase is empty
detail-duress-passphrase-empty = the duress passphrase is empty
detail-new-passphrase-is-duress = the new passphrase is the duress passphrase; choose another
detail-duress-same-as-passphrase = the duress passphrase must differ from the vault passphrase
detail-failure-limit-zero = the failure limit must be at least 1
detail-pin-needs-wipe = { $tries ->
    [one] the vault passphrase is a short PIN, which needs a wipe after at most {$tries} wrong try; change it to a passphrase first
   *[other] the vault passphrase is a short PIN, which needs a wipe after at most {$tries} wrong tries; change it to a passphrase first
}
detail-kdf-below-minimum = key derivation settings are below the minimum (19 MiB, 2 passes)
detail-attachment-too-large = the attachment is too large to encrypt
detail-record-too-large = a record is too large to store
detail-not-json = the record could not be written as JSON: {$reason}
detail-invalid-case-id = not a valid case id: {$text}
detail-invalid-attachment-id = not a valid attachment id: {$text}
detail-server-address = invalid server address: {$reason}

## The device's keystore

detail-no-keystore = this vault is bound to a device keystore; none was given

## Finishing a guided session

detail-finish-problems = { $count ->
    [one] {$count} problem keeps the case from being finished
   *[other] {$count} problems keep the case from being finished
}
detail-sealing-not-noted = {$reason} (and noting it in the sync status failed: {$noted})

## Why the server could not be reached

detail-pin-mismatch = the server's key does not match the pinned key
detail-server-timeout = the server did not answer in time
detail-no-connection = no connection to the server
detail-connection-broke = the connection broke while the server's answer was read
detail-request-failed = the request to the server failed

## The pages of case summaries

detail-page-malformed = a page of case summaries is malformed
detail-page-unknown-format = a page of case summaries has an unknown format
detail-pages-incomplete = the pages of case summaries do not cover every case
detail-page-unknown-case = a page of case summaries names a case that does not exist
detail-summary-too-large = a case summary is too large to store
