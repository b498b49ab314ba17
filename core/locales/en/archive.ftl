# Fixed details of the errors the staff tools raise through the core's error type: ids archive-…

## The archive

archive-not-an-archive = {$path} is a Wave vault but not a staff archive
archive-row-other-submission = an archive row names another submission
archive-kind-submission = submission
archive-page-check-failed = checking a page of submissions failed unexpectedly
archive-case-without-version = an archived case has no finalized version
archive-journal-order = the history of changes (follow-up or redactions) is out of order or has a gap: an entry was moved or taken out
archive-newer-version = this archive was written by a newer version of Wave; update Wave to open it
archive-digest-unparsed = a checked digest did not parse
archive-random-failed = the system's random source failed
archive-no-random-source = no random source: {$error}
archive-csv-row = a CSV row could not be written
archive-csv-table = a CSV table could not be written
archive-export-format = unknown export format {$format}: expected csv, json or geojson

## The server and the keys

archive-token-invalid = the staff token is empty or has spaces or control characters
archive-enrollment-code-lifetime = { $days ->
    [one] an enrollment code lives between 1 second and {$days} day
   *[other] an enrollment code lives between 1 second and {$days} days
}
archive-signing-key-file = not a Wave signing key file (expected one line starting with WAVE-SIGNING-KEY-1:)
archive-signing-public-key-length = the signing public key must be 32 bytes in base64
archive-signing-public-key-invalid = the signing public key is not a valid Ed25519 key
archive-recipient-set-unreadable = the server's recipient set is malformed: {$error}
archive-recipient-set-unverified = the recipient set the server serves does not verify with this signing key: {$error}
archive-recipient-set-give-version = the recipient set the server serves cannot be checked with this signing key ({$error}); give the version to publish explicitly, above every version published before
archive-recipient-set-last-version = the published version cannot be exceeded
archive-recipient-set-unsigned = cannot make the recipient set: {$error}

## Shares of a key file ($number: which share, counted from 1)

archive-share-threshold = the threshold must be at least 2 and at most the number of shares ({$total})
archive-share-file-size = { $max ->
    [one] only a file of 1 to {$max} byte can be split
   *[other] only a file of 1 to {$max} bytes can be split
}
archive-share-not-a-share = share {$number} is not a Wave share (it must start with WAVE-SHARE-1)
archive-share-typo = share {$number} has a typo: its checksum (the last group) does not match; compare it with the printed share character by character
archive-share-fields = share {$number} is damaged: it does not have the expected fields
archive-share-other-secret = share {$number} is for something else than a Wave key
archive-share-threshold-unreadable = share {$number} is damaged: its threshold is unreadable
archive-share-number-unreadable = share {$number} is damaged: its number is unreadable
archive-share-not-hex = share {$number} is damaged: it is not hex
archive-share-too-short = share {$number} is damaged: it is too short
archive-share-damaged = share {$number} is damaged
archive-share-none = no share given
archive-share-other-split = share {$number} belongs to another split than share 1; use shares printed together
archive-share-too-few = { $needed ->
    [one] {$needed} different share is needed
   *[other] {$needed} different shares are needed
} to restore { $kind ->
    [signing-key] the NGO signing key
   *[identity] an NGO identity
}; shares given: {$given}
archive-share-no-restore = the shares do not restore the file: one of them is from another split or was altered
archive-share-qr-too-big = the share does not fit a QR code
archive-share-qr-image = cannot write the QR image: {$error}

## Follow-up and redaction in the workspace

archive-followup-empty = the change is empty
archive-followup-no-author = who made the change is missing
archive-followup-referral = unknown referral
archive-followup-complaint = unknown complaint body
archive-followup-due = the due date must be a date (YYYY-MM-DD)
archive-followup-too-long = a text is too long
archive-redaction-author = a redaction records who made it and when
archive-redaction-item = a redacted answer names no item
archive-redaction-too-long = { $max ->
    [one] a redacted answer is longer than {$max} byte
   *[other] a redacted answer is longer than {$max} bytes
}

## The workspace's own catalog (a broken build)

archive-workspace-catalog-parse = a workspace translation file does not parse
archive-workspace-language-tag = a workspace language tag is invalid
archive-workspace-catalog-repeat = a workspace translation file repeats a message

## What the staff client says about a server's answer it cannot use (an error's "message")

archive-server-blob-offered-too-large = the server offered a file larger than any attachment
archive-server-blob-sent-too-large = the server sent a file larger than any attachment
archive-server-answer-too-large = the server's answer is too large; pull with a smaller page size
archive-server-answer-unexpected = the server's answer is not what this version of Wave expects
archive-server-no-explanation = the server gave no explanation
archive-server-set-missing = the server does not serve the recipient set it just accepted
archive-server-set-different = the server serves another recipient set than the one just published
