# Detaliile fixe ale erorilor nucleului (deteriorare, stare imposibilă, date refuzate).
# Draft translation until a native speaker signs it off (docs/translating.md).
# Urmează după cuvintele erorii înseși, de aceea încep cu literă mică. $reason: cuvintele unei
# biblioteci sau ale protocolului (în engleză, cum au venit); $text: ce s-a tastat.

## Ce s-a căutat și nu s-a găsit („nu s-a găsit: cazul 1234”)

detail-kind-case = cazul
detail-kind-attachment = fișierul atașat
detail-kind-case-version = versiunea cazului

## Date stocate deteriorate sau modificate

detail-kdf-params-invalid = parametrii de derivare a cheii nu sunt valizi
detail-kdf-failed = derivarea cheii a eșuat
detail-key-file-altered = fișierul cu chei a fost modificat
detail-key-file-too-short = fișierul cu chei este prea scurt
detail-key-file-too-long = fișierul cu chei este prea lung
detail-key-file-unknown-version = fișierul cu chei are o versiune necunoscută
detail-key-file-header-damaged = antetul fișierului cu chei este deteriorat
detail-key-file-header-malformed = antetul fișierului cu chei are o formă greșită
detail-key-file-impossible-costs = fișierul cu chei cere costuri imposibile pentru derivarea cheii
detail-record-empty = o înregistrare criptată este goală
detail-record-unknown-version = o înregistrare criptată are o versiune necunoscută
detail-record-failed-authentication = o înregistrare criptată nu a trecut verificarea autenticității
detail-record-impossible-length = o înregistrare criptată are o lungime imposibilă
detail-record-unexpected-shape = o înregistrare criptată are o formă neașteptată
detail-attachment-truncated = un fișier atașat este trunchiat
detail-attachment-unknown-version = un fișier atașat are o versiune necunoscută
detail-attachment-failed-authentication = un fișier atașat nu a trecut verificarea autenticității
detail-attachment-key-malformed = cheia unui fișier atașat are o formă greșită
detail-attachment-fingerprint-mismatch = un fișier atașat nu se potrivește cu amprenta înregistrată
detail-attachment-record-malformed = datele despre un fișier atașat au o formă greșită
detail-attachment-of-another-case = datele despre un fișier atașat aparțin altui caz
detail-attachment-id-malformed = identificatorul unui fișier atașat are o formă greșită
detail-version-out-of-place = o versiune finalizată nu este la locul ei
detail-case-id-malformed = identificatorul unui caz are o formă greșită
detail-case-unknown-status = un caz are o stare necunoscută
detail-row-count-negative = un număr de rânduri este negativ
detail-database-missing = baza de date a cazurilor lipsește
detail-database-no-key-check = baza de date a cazurilor nu are verificarea cheii
detail-database-other-vault = baza de date a cazurilor nu aparține acestui seif
detail-database-integrity = baza de date a cazurilor nu a trecut verificarea integrității

## O acțiune care nu se poate face acum

detail-case-finalized = un caz finalizat nu poate fi schimbat; mai întâi creați o versiune nouă a cazului
detail-case-changed-meanwhile = cazul s-a schimbat în timp ce era salvat; încercați din nou
detail-case-already-finalized = cazul este deja finalizat
detail-case-not-finalized = o versiune nouă se poate crea doar pentru un caz finalizat
detail-case-not-stored = cazul nu a fost salvat
detail-safety-stop = întrebările de siguranță opresc înregistrarea: nu se păstrează nimic
detail-session-lost-place = chestionarul și-a pierdut locul; reluați-l
detail-section-no-question = secțiunea nu are nicio întrebare de arătat
detail-answers-not-written = răspunsurile nu au putut fi scrise
detail-database-exists = aici există deja o bază de date a cazurilor
detail-vault-newer = acest seif a fost scris de o versiune mai nouă a Wave; actualizați aplicația pentru a-l deschide
detail-key-slot-unauthenticated = autenticitatea unui loc de cheie nu a putut fi verificată
detail-helper-thread-stopped = un fir de lucru auxiliar pentru fișierele atașate s-a oprit
detail-attachment-encryption-failed = criptarea fișierului atașat a eșuat
detail-tls-setup = TLS nu a putut fi configurat
detail-http-client-setup = clientul HTTP nu a putut fi configurat

## Date refuzate

detail-passphrase-empty = parola este goală
detail-new-passphrase-empty = parola nouă este goală
detail-duress-passphrase-empty = a doua parolă (pentru caz de pericol) este goală
detail-new-passphrase-is-duress = parola nouă este aceeași cu a doua parolă (pentru caz de pericol); alegeți alta
detail-duress-same-as-passphrase = a doua parolă (pentru caz de pericol) trebuie să fie diferită de parola seifului
detail-failure-limit-zero = limita de încercări greșite trebuie să fie cel puțin 1
detail-pin-needs-wipe = { $tries ->
    [one] parola seifului este un cod PIN scurt, care cere ștergerea totală după cel mult {$tries} încercare greșită; mai întâi schimbați-o într-o parolă
    [few] parola seifului este un cod PIN scurt, care cere ștergerea totală după cel mult {$tries} încercări greșite; mai întâi schimbați-o într-o parolă
   *[other] parola seifului este un cod PIN scurt, care cere ștergerea totală după cel mult {$tries} de încercări greșite; mai întâi schimbați-o într-o parolă
}
detail-kdf-below-minimum = setările de derivare a cheii sunt sub minim (19 MiB, 2 treceri)
detail-attachment-too-large = fișierul atașat este prea mare pentru a fi criptat
detail-record-too-large = o înregistrare este prea mare pentru a fi stocată
detail-not-json = înregistrarea nu a putut fi scrisă ca JSON: {$reason}
detail-invalid-case-id = nu este un identificator de caz valid: {$text}
detail-invalid-attachment-id = nu este un identificator de fișier atașat valid: {$text}
detail-server-address = adresa serverului nu este validă: {$reason}

## Spațiul securizat pentru chei al dispozitivului

detail-no-keystore = acest seif este legat de spațiul securizat pentru chei al dispozitivului, dar acesta nu a fost dat

## Încheierea chestionarului

detail-finish-problems = { $count ->
    [one] {$count} problemă împiedică finalizarea cazului
    [few] {$count} probleme împiedică finalizarea cazului
   *[other] {$count} de probleme împiedică finalizarea cazului
}
detail-sealing-not-noted = {$reason} (iar notarea acestui lucru în starea sincronizării a eșuat: {$noted})

## De ce serverul nu a putut fi contactat

detail-pin-mismatch = cheia serverului nu se potrivește cu cheia fixată
detail-server-timeout = serverul nu a răspuns la timp
detail-no-connection = nu există conexiune cu serverul
detail-connection-broke = conexiunea s-a întrerupt în timp ce se citea răspunsul serverului
detail-request-failed = cererea către server a eșuat

detail-page-malformed = o pagină de rezumate ale cazurilor este deteriorată
detail-page-unknown-format = o pagină de rezumate ale cazurilor are un format necunoscut
detail-pages-incomplete = paginile de rezumate nu cuprind toate cazurile
detail-page-unknown-case = o pagină de rezumate numește un caz care nu există
detail-summary-too-large = rezumatul unui caz este prea mare pentru a fi păstrat
