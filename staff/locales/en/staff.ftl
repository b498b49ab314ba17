# The staff tools' own words: statistics tables (wave staff stats) and why a pulled submission
# was rejected (wave staff pull, the workspace). Case content never appears in any message.

## wave staff stats

stats-summary = Cases: {$all} in all, {$public} with consent to statistics.
stats-unknown-form = { $count ->
    [one] {$count} more case of a form this tool does not know, not counted.
   *[other] {$count} more cases of a form this tool does not know, not counted.
}
stats-public-title = Public figures (consenting cases only)
stats-all-title = All cases (internal, not for publication)
stats-cases-count = { $count ->
    [one] {$count} case
   *[other] {$count} cases
}
stats-by-country = by country
stats-by-violation = by violation
stats-by-month = by month
stats-none = (none)
stats-unknown = not answered
stats-sexual-violence = sexual violence (all forms)

## Why a submission was rejected ($subject: an attachment's address or id, or a payload's format)

reject-not-decodable = The envelope, signature or device key does not decode.
reject-bad-signature = The device signature does not match the envelope: it was altered after signing, or not signed by this device.
reject-device-key-changed = The server gave another public key for this device than when it was first seen.
reject-not-for-identity = The envelope is not sealed to this NGO identity, or its header is damaged.
reject-envelope-damaged = The envelope failed authentication: it is damaged.
reject-payload-too-large = The payload is larger than any case.
reject-payload-not-a-case = The payload is not a Wave case.
reject-payload-format = Unknown payload format {$subject}.
reject-payload-other-submission = The payload names another submission id: it was moved under this one.
reject-payload-case-id = The payload's case id is not a UUID.
reject-payload-too-many-attachments = The payload lists too many attachments.
reject-payload-attachment-list = An attachment has a malformed digest or a repeated id.
reject-blob-missing = The server has no attachment {$subject}.
reject-blob-hash-mismatch = The server's attachment {$subject} does not hash to its address.
reject-attachment-not-for-identity = Attachment {$subject} is not sealed to this NGO identity.
reject-attachment-damaged = Attachment {$subject} failed authentication part-way: it is damaged.
reject-attachment-mismatch = Attachment {$subject} does not match the SHA-256 and size recorded on the device.
reject-case-of-another-device = The case id was sent before by another device: a device may send versions of its own cases only.

## Rejections stored before the failed check was kept: the kind only

reject-kind-undecryptable = The envelope does not open with this NGO identity, or is damaged.
reject-kind-bad-payload = The envelope opened but does not hold a valid case for this submission.
reject-kind-blob-missing = The server has no attachment the case lists.
reject-kind-blob-hash-mismatch = An attachment from the server does not hash to its address.
reject-kind-attachment-undecryptable = An attachment does not open with this NGO identity, or is damaged.
reject-kind-attachment-hash-mismatch = An attachment does not match the SHA-256 and size recorded on the device.
