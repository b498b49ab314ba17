# Why a sync could not finish or a case was not accepted, chosen when shown: ids sync-…

## Why a request kept failing (after every retry; the next sync continues)

sync-timeout = serverul nu a răspuns la timp
sync-no-connection = nu există conexiune cu serverul
sync-answer-broken = conexiunea s-a întrerupt în timp ce se citea răspunsul serverului
sync-request-failed = cererea către server nu a reușit
sync-answer-too-large = răspunsul serverului a fost prea mare
sync-answer-unreadable = răspunsul serverului nu a putut fi citit
sync-no-upload-offset = răspunsul serverului nu conținea poziția încărcării
sync-server-busy = serverul este ocupat sau are probleme: {$message}
sync-answer-mismatch = răspunsul serverului nu corespunde lotului trimis
sync-upload-stalled = serverul refuză mereu următoarea parte a unui atașament
sync-upload-incomplete = serverul nu a finalizat încărcarea unui atașament
sync-upload-impossible-offset = serverul a raportat o poziție de încărcare imposibilă

## Why a sync stopped

sync-too-large = cererea depășește limita serverului
sync-too-large-limit = cererea depășește limita serverului (limita în octeți: {$limit})
sync-too-large-limit-mib = cererea depășește limita serverului (limita: {$mib} MiB)
sync-attachments-unsendable = atașamente care nu pot fi trimise: {$count}. Serverul nu le mai are, iar acest dispozitiv și-a șters copia criptată după prima încărcare; versiunile cazurilor care le includ așteaptă
sync-sealing-deferred = un caz finalizat nu este încă criptat pentru organizație; următoarea sincronizare îl criptează: {$reason}
sync-earlier = ultima sincronizare nu s-a încheiat: {$text}

## The NGO's recipient set

sync-set-unchecked = setul de destinatari al organizației nu a putut fi verificat: {$problem}
sync-set-refused = noul set de destinatari al organizației a fost respins: {$reason}
sync-set-malformed = este deteriorat ({$detail})
sync-set-not-verified = nu a trecut verificarea ({$detail})
sync-set-replayed = este versiunea {$offered}, mai veche decât versiunea {$current} folosită (un set retrimis)
sync-set-changed = este versiunea {$version}, cea folosită, dar cu alt conținut
sync-set-unusable-recipient = un destinatar nu poate fi folosit ({$detail})

## Why the server did not take a case

sync-case-too-large = prea mare pentru server
sync-case-too-large-limit = prea mare pentru server (limita în octeți: {$limit})
sync-case-too-large-limit-mib = prea mare pentru server (limita: {$mib} MiB)
sync-case-refused = serverul l-a refuzat: {$message} ({$code})
sync-case-unexplained = serverul l-a refuzat fără să dea un motiv

## Details of errors raised while syncing

sync-detail-store-in-use = stocarea este deja folosită de această sincronizare
sync-detail-signing-key = cheia de semnare a organizației este deteriorată
sync-detail-device-key = cheia dispozitivului este deteriorată
sync-detail-already-enrolled = acest seif este deja înregistrat la un server
sync-detail-not-enrolled = acest seif nu este încă înregistrat la un server
sync-detail-enrollment-code = nu este un cod de înregistrare valid: {$detail}
sync-detail-outbox-signature = o semnătură din coada de trimitere este deteriorată
sync-detail-outbox-id = un identificator din coada de trimitere este deteriorat
sync-detail-case-id = un identificator de caz este deteriorat
sync-detail-row-count = un număr de rânduri este negativ
sync-detail-recipients-together = cheile destinatarilor organizației nu pot fi folosite împreună
sync-detail-no-recipients = este nevoie de cel puțin o cheie de destinatar a organizației
sync-detail-not-a-recipient = nu este un destinatar age X25519: {$recipient}
sync-detail-not-an-identity = nu este un fișier de cheie age (AGE-SECRET-KEY-1…)
sync-detail-identity-cannot-open = această cheie a organizației nu poate deschide fișierul criptat
sync-detail-sealed-file = un fișier criptat nu este un fișier age valid
sync-detail-sealed-file-altered = un fișier criptat nu a trecut verificarea autenticității
sync-detail-payload-too-large = datele criptate sunt mai mari decât orice caz
sync-detail-payload-shape = datele criptate au o structură neașteptată
sync-detail-payload-format = format de date necunoscut {$format}
sync-detail-payload-moved = datele criptate au fost mutate sub alt identificator de trimitere
