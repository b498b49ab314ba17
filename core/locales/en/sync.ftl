# Why a sync could not finish or a case was not accepted, chosen when shown: ids sync-…

## Why a request kept failing (after every retry; the next sync continues)

sync-timeout = the server did not answer in time
sync-no-connection = no connection to the server
sync-answer-broken = the connection broke while the server's answer was read
sync-request-failed = the request to the server failed
sync-answer-too-large = the server's answer was too large
sync-answer-unreadable = the server's answer could not be read
sync-no-upload-offset = the server's answer had no upload offset
sync-server-busy = the server is busy or failing: {$message}
sync-answer-mismatch = the server's answer did not match the batch sent
sync-upload-stalled = the server keeps refusing the next part of an attachment
sync-upload-incomplete = the server did not complete an attachment upload
sync-upload-impossible-offset = the server reported an impossible upload offset

## Why a sync stopped

sync-too-large = the request is over the server's limit
sync-too-large-limit = the request is over the server's limit (limit in bytes: {$limit})
sync-too-large-limit-mib = the request is over the server's limit (limit: {$mib} MiB)
sync-attachments-unsendable = attachments that cannot be sent: {$count}. The server no longer has them and this device removed its sealed copy after the first upload; the case versions that include them wait
sync-sealing-deferred = a finalized case is not sealed for the NGO yet; the next sync seals it: {$reason}
sync-earlier = the last sync did not finish: {$text}

## The NGO's recipient set

sync-set-unchecked = the NGO's recipient set could not be checked: {$problem}
sync-set-refused = the NGO's new recipient set was refused: {$reason}
sync-set-malformed = it is malformed ({$detail})
sync-set-not-verified = it did not pass the check ({$detail})
sync-set-replayed = it is version {$offered}, older than the version {$current} in use (a replayed set)
sync-set-changed = it is version {$version}, the version in use, but with other contents
sync-set-unusable-recipient = a recipient cannot be used ({$detail})

## Why the server did not take a case

sync-case-too-large = too large for the server
sync-case-too-large-limit = too large for the server (limit in bytes: {$limit})
sync-case-too-large-limit-mib = too large for the server (limit: {$mib} MiB)
sync-case-refused = the server refused it: {$message} ({$code})
sync-case-unexplained = the server refused it and gave no reason

## Details of errors raised while syncing

sync-detail-store-in-use = the store is already in use by this sync
sync-detail-signing-key = the NGO signing key is malformed
sync-detail-device-key = the device key is malformed
sync-detail-already-enrolled = this vault is already enrolled with a server
sync-detail-not-enrolled = this vault is not enrolled with a server yet
sync-detail-enrollment-code = not a valid enrollment code: {$detail}
sync-detail-outbox-signature = an outbox signature is malformed
sync-detail-outbox-id = an outbox id is malformed
sync-detail-case-id = a case id is malformed
sync-detail-row-count = a row count is negative
sync-detail-recipients-together = the NGO recipient keys cannot be used together
sync-detail-no-recipients = at least one NGO recipient key is needed
sync-detail-not-a-recipient = not an age X25519 recipient: {$recipient}
sync-detail-not-an-identity = not an age identity file (AGE-SECRET-KEY-1…)
sync-detail-identity-cannot-open = this NGO identity cannot open the sealed file
sync-detail-sealed-file = a sealed file is not a valid age file
sync-detail-sealed-file-altered = a sealed file failed authentication
sync-detail-payload-too-large = a sealed payload is larger than any case
sync-detail-payload-shape = a sealed payload has an unexpected shape
sync-detail-payload-format = unknown payload format {$format}
sync-detail-payload-moved = a sealed payload was moved under another submission id
