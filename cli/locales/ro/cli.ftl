# Linia de comandă `wave`: tot ce afișează în timp ce lucrează, în română. Traducere de lucru
# (draft): o revizuiește un vorbitor nativ (docs/translating.md).

## Comune

internal-error = eroare internă; seiful a rămas așa cum era înainte de această comandă
invalid-arguments = {$reason} (vedeți wave --help)
cannot-read = nu se poate citi {$file}: {$error}
cannot-write = nu se poate scrie {$file}: {$error}
cannot-write-in = nu se poate scrie în {$dir}: {$error}
cannot-create = nu se poate crea {$file}: {$error}
file-too-large = {$file} este mai mare de {$mib} MiB
not-json = {$file} nu este JSON valid: {$error}
not-a-file-name = {$file} nu este un nume de fișier
runtime-failed = mediul de rețea nu poate porni: {$error}
bytes = { $count ->
    [one] {$count} octet
    [few] {$count} octeți
   *[other] {$count} de octeți
}
problem-in-entry = {$item} (înregistrarea {$entry}): {$message}
sealing-deferred = atenție: cazul este finalizat, dar încă nu este criptat pentru organizație ({$reason}); următorul `wave sync` îl criptează și îl trimite

## Parole

passphrase-prompt = Parola seifului:{" "}
passphrase-new-prompt = Parola nouă a seifului:{" "}
passphrase-repeat-prompt = Repetați parola seifului:{" "}
passphrase-differ = cele două parole ale seifului diferă; nu s-a schimbat nimic
duress-new-prompt = Parola nouă pentru constrângere:{" "}
duress-repeat-prompt = Repetați parola pentru constrângere:{" "}
duress-differ = cele două parole pentru constrângere diferă; nu s-a schimbat nimic
archive-new-prompt = Parola nouă a arhivei:{" "}
archive-repeat-prompt = Repetați parola arhivei:{" "}
archive-differ = cele două parole ale arhivei diferă; nu s-a schimbat nimic
passphrase-empty = o parolă goală nu este permisă
passphrase-no-terminal = nu există un terminal în care să fie cerută parola; pentru scripturi setați {$variable}

## wave vault

vault-created = Seif creat în {$dir} (Argon2id: {$mib} MiB, treceri: {$passes}).
passphrase-changed = Parola a fost schimbată.
duress-set = Parola pentru constrângere este setată. Deschiderea seifului cu ea distruge toate cazurile din el.
wipe-after-invalid = se aștepta un număr de încercări greșite sau "off", nu "{$given}"
wipe-after-set = Seiful va fi șters după încercări greșite la rând: {$count}.
wipe-after-off = Ștergerea după încercări greșite este oprită.
vault-wiped = Seiful a fost șters.
vault-nothing-to-wipe = Nu există niciun seif în {$dir}; nu e nimic de șters.
vault-missing = nu există niciun seif în {$dir}

## wave case

case-add-refused = Nu s-a salvat nimic; corectați acestea și adăugați din nou:
answers-not-object = {$file} trebuie să conțină un obiect JSON cu răspunsuri (id-ul întrebării → răspuns)
cases-none = Nu există cazuri.
cases-count = { $count ->
    [one] {$count} caz
    [few] {$count} cazuri
   *[other] {$count} de cazuri
}
column-id = ID
column-status = STARE
column-updated = MODIFICAT
column-title = TITLU
case-status = { $status ->
    [draft] ciornă
    [finalized] finalizat
   *[other] {$status}
}
case-finalized = Cazul {$id} a fost finalizat (versiunea {$version}).
attached = Fișier atașat: {$bytes} octeți, SHA-256 {$sha256}.
attachment-written = S-au scris {$bytes} octeți în {$file} (SHA-256 {$sha256} verificat).
case-deleted = Cazul {$id} a fost șters.
case-heading = Cazul {$id}
case-field-status = stare
case-field-form = chestionar
case-field-created = creat
case-field-updated = modificat
case-field-versions = versiuni
case-answers = Răspunsuri:
case-attachments = Fișiere atașate:

## wave form

form-valid = {$file}: chestionar valid „{$id}” versiunea {$version}: secțiuni {$sections}, întrebări {$items}, limbi {$languages}
form-invalid = {$file} nu este un chestionar valid (erori: {$count}; rulați wave form check)
builtin-form-broken = chestionarul încorporat este deteriorat: {$errors}
form-no-language = chestionarul nu are limba „{$lang}”; are {$languages}
outline-if = dacă {$condition}
outline-required = obligatoriu
outline-sensitive = sensibil
outline-public = public
review-status = { $status ->
    [source] limba sursă
    [draft] ciornă: încă neverificată de un vorbitor nativ
   *[other] {$status}
}
review-reviewed = verificat de {$reviewer} la {$date}
translations-exported = Textele în {$lang} au fost scrise în {$file}.
translations-imported = {$lang} a fost importată în {$file}: texte schimbate: {$changed}, lăsate cum erau: {$skipped} (netraduse sau marcate fuzzy).
translations-new-language = {$lang} este nouă în chestionar: este marcată „draft” până când o verifică și o aprobă un vorbitor nativ (docs/translating.md).
translations-refused = Probleme: {$count}; nu s-a scris nimic în {$file}

## wave record

record-stopped-nothing-saved = nu s-a salvat nimic: {$message}
record-needs-consent = nu s-a salvat nimic: răspunsurile trebuie să includă {$item} (acordul pentru păstrare): {$error}
record-draft-with-problems = Ciorna a fost păstrată; corectați acestea și înregistrați din nou cu --case {$id} sau corectați răspunsurile:
record-draft-saved = Salvat ca ciornă; toate răspunsurile sunt corecte. Adăugați --finalize ca să-l finalizați.
record-commands = Scrieți răspunsul și Enter. ? ajutor, < înapoi, = progres, review trecere în revistă, jump SECȚIUNE, quit pauză. Un rând gol sare peste întrebare.
record-paused = Ciorna a fost păstrată; continuați cu: wave record --case {$id}
record-nothing-saved = Nu s-a salvat nimic.
record-no-help = Această întrebare nu are ajutor.
record-progress = Răspunsuri {$answered}/{$relevant}
record-finish-prompt = Terminați și finalizați cazul? (da/nu)
record-finalized = Caz finalizat: {$id}
record-incomplete = cazul nu este complet; continuați cu wave record --case ID
record-stopped-draft-kept = înregistrarea a fost oprită; ciorna este păstrată
record-add-entry = Adăugați unul ({$entry})? (da/nu)
record-current-answer = acum: {$answer}
record-hint-multi = numere, despărțite prin virgulă
record-hint-yes-no = da/nu
record-hint-date = AAAA-LL-ZZ, ~AAAA-LL-ZZ dacă e aproximativă, AAAA-LL
record-hint-time = HH:MM
record-hint-minutes = minute
record-hint-location = latitudine, longitudine
record-hint-files = căile fișierelor, despărțite prin virgulă
record-hint-info = Enter
record-no-such-choice = nu există această variantă: „{$choice}”
record-attach-before-saved = fișierele pot fi adăugate după ce cazul este salvat
record-review = Verificați răspunsurile
record-yes-words = da, d
record-no-words = nu

## wave enroll, wave sync

enrolled = Conectat la {$server} ca dispozitivul {$device}.
sync-wiped = seiful a fost șters; sincronizarea s-a oprit
sync-summary = Trimise {$sent} ({$duplicates} erau deja acolo), refuzate {$failed}, încă în așteptare {$pending}.
sync-waiting = unele cazuri încă așteaptă să fie trimise
sync-not-sent = Versiuni de caz încă netrimise: {$count}: {$reason}

## wave staff

pin-invalid = --pin trebuie să fie amprenta SHA-256 a cheii publice a serverului: 64 de cifre hexazecimale
identity-exists = {$file} există deja; un fișier de identitate nu este suprascris niciodată
identity-written = Identitatea organizației a fost scrisă în {$file}. Păstrați-o secretă și faceți o copie de rezervă: fără ea, niciun caz trimis organizației nu poate fi deschis.
identity-readable = atenție: {$file} poate fi citit de alți utilizatori ai acestui calculator (rulați chmod 600)
duration-invalid = durată greșită „{$given}”: se așteaptă un număr cu s, m, h sau d, ca 30m, 24h sau 7d
enrollment-string-failed = nu se poate crea șirul de conectare: {$error}
enrollment-code-made = Cod de conectare de unică folosință {$code} pentru un dispozitiv, valabil până la {$until}.
archive-created = Arhiva personalului a fost creată în {$dir}.
archive-missing = nu există nicio arhivă a personalului în {$dir}
page-size-invalid = --page-size trebuie să fie între 1 și 1000
pull-interrupted = {$error}; tot ce s-a primit până acum este păstrat, rulați din nou ca să continuați
pull-summary = Primite de la {$server}: noi {$new}, existente deja {$had}, respinse {$rejected}{ $recovered ->
    [0] {""}
   *[other] , respinse anterior și deschise acum: {$recovered}
}{ $still ->
    [0] {""}
   *[other] , respinse anterior și încă imposibil de deschis: {$still}
}; fișiere decriptate: {$attachments}.
pull-rejected =   trimiterea {$submission} a fost respinsă (nr. pe server {$seq}, dispozitivul {$device}): {$reason}
pull-rejected-total = Trimiteri respinse: {$count}; fiecare este păstrată în arhivă cu motivul ei
export-public-done = Cazuri exportate cu acord pentru statistică, ca {$format} public: {$count}; fără acord, lăsate deoparte: {$without}.
export-done = Cazuri exportate ca {$format}, cu răspunsurile sensibile incluse: {$count}. Păstrați fișierul la fel de sigur ca arhiva.
export-unknown-form = Cazuri ale unui chestionar pe care acest program nu îl cunoaște, lăsate deoparte: {$count}.

## wave demo

demo-folder-exists = {$dir} există deja; alegeți un dosar gol
demo-step-server = 1. Organizația: un server de sincronizare pe acest calculator, un token pentru personal, identitatea organizației
demo-server-listening = serverul ascultă la {$url} (date în {$dir})
demo-public-key = cheia publică a organizației {$key}
demo-step-code = 2. Personalul face un cod de conectare de unică folosință pentru telefonul unei lucrătoare de teren
demo-step-phone = 3. Telefonul: un seif criptat, conectat cu codul
demo-vault = seiful {$dir} (Argon2id 19 MiB × 2 pentru demonstrație; seifurile reale se calibrează)
demo-enrolled = conectat ca dispozitivul {$device}
demo-step-case = 4. Un caz înregistrat prin chestionar (în rusă), cu o fotografie, finalizat
demo-case = cazul {$id}, versiunea {$version}; fotografie {$bytes} octeți, SHA-256 {$sha256}…
demo-not-sealed = încă necriptat pentru organizație ({$reason}); sincronizarea de mai jos îl criptează mai întâi
demo-sealed = criptat imediat pentru organizație: în așteptare {$count}
demo-step-sync = 5. Sincronizare când există conexiune
demo-synced = trimise {$sent}, fișiere încărcate {$blobs}, încă în așteptare {$pending}
demo-step-pull = 6. Personalul primește cazurile, verifică semnătura dispozitivului și le decriptează în propria arhivă criptată
demo-pulled = noi {$new}, respinse {$rejected}, fișiere decriptate {$attachments}
demo-staff-see = ce vede personalul (export complet, primul caz):
demo-statistics = statistici pentru un raport (doar cazurile cu acord):
demo-step-examiner = 7. Ce găsește cine copiază telefonul sau serverul
demo-phone = telefon
demo-server = server
demo-examined = {$name}: fișiere {$files}, {$bytes} octeți; cuvintele ei sau numele de cod: {$verdict}
demo-plaintext-found = GĂSITE (aceasta este o eroare)
demo-plaintext-not-found = negăsite
demo-plaintext-failure = s-a găsit text necriptat în fișierele ({$name})
demo-step-duress = 8. O parolă pentru constrângere, folosită sub presiune
demo-duress-opened = deschis cu parola pentru constrângere: cazuri {$count}, conectat: {$enrolled}; fișierul cheii are tot {$bytes} octeți
demo-real-gone = parola adevărată nu mai deschide nimic: cazul nu mai este pe telefon (îl are organizația)
demo-real-still-works = parola adevărată încă funcționează după constrângere
demo-step-wipe = 9. Ștergere de urgență (nu e nevoie de parolă)
demo-wiped = {$dir} există după aceea: {$exists}
demo-yes = da
demo-no = nu
demo-done = Gata. Încercați și dumneavoastră: wave vault init --vault DOSAR, apoi wave record --vault DOSAR --lang ru.
