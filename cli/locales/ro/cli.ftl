# Linia de comandă `wave`: tot ce afișează în timp ce rulează, în română.
# Draft translation until a native speaker signs it off (docs/translating.md).
# Textele --help ale clap nu sunt aici; ele rămân în engleză.

## Comun

internal-error = eroare internă; seiful a rămas așa cum era înainte de această comandă
invalid-arguments = {$reason} (vedeți wave --help)
cannot-read = nu se poate citi {$file}: {$error}
cannot-write = nu se poate scrie {$file}: {$error}
cannot-write-in = nu se poate scrie în {$dir}: {$error}
cannot-create = nu se poate crea {$file}: {$error}
file-too-large = {$file} este mai mare de {$mib} MiB
not-json = {$file} nu este JSON valid: {$error}
not-a-file-name = {$file} nu este un nume de fișier
runtime-failed = nu se poate porni mediul de execuție pentru rețea: {$error}
bytes = { $count ->
    [one] {$count} octet
    [few] {$count} octeți
   *[other] {$count} de octeți
}
problem-in-entry = {$item} (intrarea {$entry}): {$message}
sealing-deferred = atenție: cazul este finalizat, dar încă nu este criptat pentru organizație ({$reason}); următoarea comandă `wave sync` îl criptează și îl trimite

## Parole

passphrase-prompt = Parola seifului:{" "}
passphrase-new-prompt = Parola nouă a seifului:{" "}
passphrase-repeat-prompt = Repetați parola seifului:{" "}
passphrase-differ = cele două parole ale seifului diferă; nu s-a schimbat nimic
duress-new-prompt = A doua parolă nouă (pentru caz de pericol):{" "}
duress-repeat-prompt = Repetați a doua parolă (pentru caz de pericol):{" "}
duress-differ = a doua parolă (pentru caz de pericol) nu a fost tastată la fel de ambele dăți; nu s-a schimbat nimic
archive-new-prompt = Parola nouă a arhivei:{" "}
archive-repeat-prompt = Repetați parola arhivei:{" "}
archive-differ = cele două parole ale arhivei diferă; nu s-a schimbat nimic
passphrase-empty = o parolă goală nu este permisă
passphrase-no-terminal = nu există un terminal în care să se ceară parola; pentru scripturi, setați {$variable}

## wave vault

vault-created = S-a creat un seif în {$dir} (Argon2id: {$mib} MiB, { $passes ->
    [one] {$passes} trecere
    [few] {$passes} treceri
   *[other] {$passes} de treceri
}).
passphrase-changed = Parola a fost schimbată.
duress-set = A doua parolă (pentru caz de pericol) a fost setată. Deblocarea seifului cu ea distruge toate cazurile din el.
wipe-after-invalid = se aștepta un număr de încercări eșuate sau „off”, nu „{$given}”
wipe-after-set = { $count ->
    [one] Seiful va fi șters după {$count} parolă greșită.
    [few] Seiful va fi șters după {$count} parole greșite la rând.
   *[other] Seiful va fi șters după {$count} de parole greșite la rând.
}
wipe-after-off = Ștergerea după încercări eșuate a fost dezactivată.
vault-wiped = Seiful a fost șters.
vault-nothing-to-wipe = Nu există niciun seif în {$dir}; nu este nimic de șters.
vault-missing = nu există niciun seif în {$dir}

## wave case

case-add-refused = Nu s-a salvat nimic; corectați următoarele și adăugați din nou:
answers-not-object = {$file} trebuie să conțină un obiect JSON cu răspunsuri (id-ul întrebării → răspuns)
cases-none = Niciun caz.
cases-count = { $count ->
    [one] {$count} caz
    [few] {$count} cazuri
   *[other] {$count} de cazuri
}
column-id = ID
column-status = STARE
column-updated = ACTUALIZAT
column-title = TITLU
# $status is the status's code; the default variant shows it as it came.
case-status = { $status ->
    [draft] ciornă
    [finalized] finalizat
   *[unknown] {$status}
}
case-finalized = Cazul {$id} a fost finalizat (versiunea {$version}).
attached = { $bytes ->
    [one] S-a atașat {$bytes} octet, SHA-256 {$sha256}.
    [few] S-au atașat {$bytes} octeți, SHA-256 {$sha256}.
   *[other] S-au atașat {$bytes} de octeți, SHA-256 {$sha256}.
}
attachment-written = { $bytes ->
    [one] S-a scris {$bytes} octet în {$file} (SHA-256 {$sha256} verificat).
    [few] S-au scris {$bytes} octeți în {$file} (SHA-256 {$sha256} verificat).
   *[other] S-au scris {$bytes} de octeți în {$file} (SHA-256 {$sha256} verificat).
}
case-deleted = Cazul {$id} a fost șters.
case-heading = Cazul {$id}
case-field-status = stare
case-field-form = chestionar
case-field-created = creat
case-field-updated = actualizat
case-field-versions = versiuni
case-answers = Răspunsuri:
case-attachments = Fișiere atașate:

## wave form

form-valid = {$file}: chestionar valid „{$id}”, versiunea {$version}: secțiuni: {$sections}, întrebări: {$items}, limbi: {$languages}
form-invalid = { $count ->
    [one] {$file} nu este un chestionar valid ({$count} eroare; rulați wave form check)
    [few] {$file} nu este un chestionar valid ({$count} erori; rulați wave form check)
   *[other] {$file} nu este un chestionar valid ({$count} de erori; rulați wave form check)
}
builtin-form-broken = chestionarul integrat este defect: {$errors}
form-no-language = chestionarul nu are limba „{$lang}”; are: {$languages}
outline-if = dacă {$condition}
outline-required = obligatoriu
outline-sensitive = sensibil
outline-public = public
# $status is the review status's code; the default variant shows it as it came.
review-status = { $status ->
    [source] limba sursă
    [draft] ciornă: încă neverificată de un vorbitor nativ
   *[unknown] {$status}
}
review-reviewed = verificată de {$reviewer} la {$date}
translations-exported = Textele în limba {$lang} au fost scrise în {$file}.
translations-imported = Limba {$lang} a fost importată în {$file}: { $changed ->
    [one] {$changed} text modificat
    [few] {$changed} texte modificate
   *[other] {$changed} de texte modificate
}, lăsate neschimbate: {$skipped} (netraduse sau marcate fuzzy).
translations-new-language = Limba {$lang} este nouă în chestionar: este marcată „draft” până când un recenzent vorbitor nativ o aprobă (docs/translating.md).
translations-refused = { $count ->
    [one] {$count} problemă; nu s-a scris nimic în {$file}
    [few] {$count} probleme; nu s-a scris nimic în {$file}
   *[other] {$count} de probleme; nu s-a scris nimic în {$file}
}

## wave record

record-stopped-nothing-saved = nu s-a salvat nimic: {$message}
record-needs-consent = nu s-a salvat nimic: răspunsurile trebuie să includă {$item} (acordul pentru păstrare): {$error}
record-draft-with-problems = Ciorna a fost păstrată; corectați următoarele și înregistrați din nou cu --case {$id} sau modificați răspunsurile:
record-draft-saved = Salvat ca ciornă; toate răspunsurile sunt valide. Adăugați --finalize ca să o finalizați.
record-commands = Tastați răspunsul și Enter. ? ajutor, < înapoi, = progres, review verificare, jump SECȚIUNE, quit pauză. Un rând gol sare peste întrebare.
record-paused = Ciorna a fost păstrată; continuați cu: wave record --case {$id}
record-nothing-saved = Nu s-a salvat nimic.
record-no-help = Nu există ajutor pentru această întrebare.
record-progress = Răspunsuri date: {$answered}/{$relevant}
record-finish-prompt = Terminați și finalizați cazul? (da/nu)
record-finalized = Caz finalizat: {$id}
record-incomplete = cazul nu este complet; rulați wave record --case ID ca să continuați
record-stopped-draft-kept = înregistrarea a fost oprită; ciorna este păstrată
record-add-entry = Adăugați o intrare ({$entry})? (da/nu)
record-current-answer = acum: {$answer}
record-hint-multi = numere, separate prin virgulă
record-hint-yes-no = da/nu
record-hint-date = AAAA-LL-ZZ, ~AAAA-LL-ZZ dacă este aproximativă, AAAA-LL
record-hint-time = HH:MM
record-hint-minutes = minute
record-hint-location = latitudine, longitudine
record-hint-files = căi de fișiere, separate prin virgulă
record-hint-info = Enter
record-no-such-choice = nu există varianta „{$choice}”
record-attach-before-saved = fișierele pot fi atașate după ce cazul este salvat
record-review = Verificați răspunsurile
# Cuvintele acceptate pentru da și pentru nu, separate prin virgulă (cele englezești sunt acceptate întotdeauna).
record-yes-words = d, da
record-no-words = n, nu

## wave enroll, wave sync

enrolled = Conectat la {$server} ca dispozitivul {$device}.
sync-wiped = seiful a fost șters; sincronizarea s-a oprit
sync-summary = Trimise: {$sent} (erau deja acolo: {$duplicates}), refuzate: {$failed}, încă în așteptare: {$pending}.
sync-waiting = unele cazuri încă așteaptă să fie trimise
sync-case-rejected = serverul nu a acceptat cazul {$case}: {$reason}
sync-not-sent = { $count ->
    [one] {$count} versiune de caz nu a fost încă trimisă: {$reason}
    [few] {$count} versiuni de caz nu au fost încă trimise: {$reason}
   *[other] {$count} de versiuni de caz nu au fost încă trimise: {$reason}
}

## wave staff

pin-invalid = --pin trebuie să fie un rezumat SHA-256 al cheii publice a serverului: 64 de cifre hexazecimale
identity-exists = {$file} există deja; un fișier de identitate nu este niciodată suprascris
identity-written = Identitatea organizației a fost scrisă în {$file}. Păstrați-o secretă și faceți o copie de rezervă: fără ea, niciun caz trimis organizației nu poate fi deschis.
identity-readable = atenție: {$file} poate fi citit de alți utilizatori ai acestui calculator (rulați chmod 600 pentru el)
duration-invalid = durată nevalidă „{$given}”: se aștepta un număr cu s, m, h sau d, de exemplu 30m, 24h sau 7d
enrollment-string-failed = nu se poate crea un șir de conectare: {$error}
enrollment-code-made = Cod de conectare de unică folosință {$code} pentru un singur dispozitiv, valabil până la {$until}.
archive-created = S-a creat o arhivă a personalului în {$dir}.
archive-missing = nu există nicio arhivă a personalului în {$dir}
page-size-invalid = --page-size trebuie să fie între 1 și 1000
pull-interrupted = {$error}; tot ce s-a preluat până aici este păstrat; preluați din nou ca să continuați
pull-summary = Preluate de la {$server}: noi: {$new}, existente deja: {$had}, respinse: {$rejected}{ $recovered ->
    [0] {""}
    [one] , {$recovered} trimitere respinsă anterior a putut fi deschisă acum
    [few] , {$recovered} trimiteri respinse anterior au putut fi deschise acum
   *[other] , {$recovered} de trimiteri respinse anterior au putut fi deschise acum
}{ $still ->
    [0] {""}
    [one] , {$still} trimitere respinsă anterior încă nu poate fi deschisă
    [few] , {$still} trimiteri respinse anterior încă nu pot fi deschise
   *[other] , {$still} de trimiteri respinse anterior încă nu pot fi deschise
}; { $attachments ->
    [one] {$attachments} fișier atașat decriptat.
    [few] {$attachments} fișiere atașate decriptate.
   *[other] {$attachments} de fișiere atașate decriptate.
}
pull-rejected =   trimitere respinsă {$submission} (nr. pe server {$seq}, dispozitivul {$device}): {$reason}
pull-rejected-total = { $count ->
    [one] {$count} trimitere respinsă; este păstrată în arhivă împreună cu motivul
    [few] {$count} trimiteri respinse; fiecare este păstrată în arhivă împreună cu motivul
   *[other] {$count} de trimiteri respinse; fiecare este păstrată în arhivă împreună cu motivul
}
export-public-done = { $count ->
    [one] S-a exportat {$count} caz cu acord pentru statistici, ca {$format} public; omise pentru că nu au acord: {$without}.
    [few] S-au exportat {$count} cazuri cu acord pentru statistici, ca {$format} public; omise pentru că nu au acord: {$without}.
   *[other] S-au exportat {$count} de cazuri cu acord pentru statistici, ca {$format} public; omise pentru că nu au acord: {$without}.
}
export-done = { $count ->
    [one] S-a exportat {$count} caz ca {$format}, inclusiv răspunsurile sensibile: păstrați fișierul la fel de protejat ca arhiva.
    [few] S-au exportat {$count} cazuri ca {$format}, inclusiv răspunsurile sensibile: păstrați fișierul la fel de protejat ca arhiva.
   *[other] S-au exportat {$count} de cazuri ca {$format}, inclusiv răspunsurile sensibile: păstrați fișierul la fel de protejat ca arhiva.
}
export-unknown-form = { $count ->
    [one] {$count} caz dintr-un chestionar pe care acest program nu îl cunoaște a fost omis.
    [few] {$count} cazuri dintr-un chestionar pe care acest program nu îl cunoaște au fost omise.
   *[other] {$count} de cazuri dintr-un chestionar pe care acest program nu îl cunoaște au fost omise.
}

## wave demo

demo-folder-exists = {$dir} există deja; alegeți un folder gol
demo-step-server = 1. Organizația: un server de sincronizare pe acest calculator, un token pentru personal, o identitate a personalului
demo-server-listening = serverul ascultă la {$url} (datele în {$dir})
demo-public-key = cheia publică a organizației: {$key}
demo-step-code = 2. Personalul creează un cod de conectare de unică folosință pentru telefonul unui lucrător outreach
demo-step-phone = 3. Telefonul: un seif criptat, conectat cu acest cod
demo-vault = seiful {$dir} (Argon2id 19 MiB × 2 pentru demonstrație; seifurile reale se calibrează)
demo-enrolled = conectat ca dispozitivul {$device}
demo-step-case = 4. Un caz înregistrat cu chestionarul (în rusă), cu o fotografie, finalizat
demo-case = { $bytes ->
    [one] cazul {$id}, versiunea {$version}; fotografie de {$bytes} octet, SHA-256 {$sha256}…
    [few] cazul {$id}, versiunea {$version}; fotografie de {$bytes} octeți, SHA-256 {$sha256}…
   *[other] cazul {$id}, versiunea {$version}; fotografie de {$bytes} de octeți, SHA-256 {$sha256}…
}
demo-not-sealed = încă necriptat pentru organizație ({$reason}); sincronizarea de mai jos îl criptează mai întâi
demo-sealed = criptat imediat pentru organizație: în așteptare pentru trimitere: {$count}
demo-step-sync = 5. Sincronizare, când există conexiune
demo-synced = trimise: {$sent}, fișiere atașate încărcate: {$blobs}, încă în așteptare: {$pending}
demo-step-pull = 6. Personalul preia cazurile, verifică semnătura dispozitivului și le decriptează în propria arhivă criptată
demo-pulled = noi: {$new}, respinse: {$rejected}, fișiere atașate decriptate: {$attachments}
demo-staff-see = ce vede personalul (export complet, primul caz):
demo-statistics = statistici pentru un raport (doar cazurile cu acord):
demo-step-examiner = 7. Ce găsește cineva care copiază telefonul sau serverul
demo-phone = telefon
demo-server = server
demo-examined = {$name}: { $files ->
    [one] {$files} fișier
    [few] {$files} fișiere
   *[other] {$files} de fișiere
}, octeți: {$bytes}; cuvintele ei sau numele de cod: {$verdict}
demo-plaintext-found = GĂSITE (aceasta este o eroare)
demo-plaintext-not-found = negăsite
demo-plaintext-failure = s-a găsit text necriptat în fișierele de pe {$name}
demo-step-duress = 8. A doua parolă (pentru caz de pericol), folosită sub constrângere
demo-duress-opened = deblocat cu a doua parolă (de pericol): { $count ->
    [one] {$count} caz
    [few] {$count} cazuri
   *[other] {$count} de cazuri
}, conectat: {$enrolled}; fișierul cheii are în continuare { $bytes ->
    [one] {$bytes} octet
    [few] {$bytes} octeți
   *[other] {$bytes} de octeți
}
demo-real-gone = parola reală nu mai deschide nimic: cazul nu mai este pe telefon (îl are organizația)
demo-real-still-works = parola reală încă funcționa după folosirea celei de-a doua parole
demo-step-wipe = 9. Ștergere de urgență (nu este nevoie de parolă)
demo-wiped = {$dir} există după aceea: {$exists}
demo-yes = da
demo-no = nu
demo-done = Gata. Încercați și dumneavoastră: wave vault init --vault FOLDER, apoi wave record --vault FOLDER --lang ru.

## wave staff: cheile organizației (seturi de destinatari, cheia de semnare, fragmente)

file-exists-kept = {$file} există deja; Wave nu îl suprascrie niciodată
recipient-set-version = versiune: {$version}
recipient-set-created = creat: {$created}
recipient-set-recipient = destinatar: {$recipient}
recipient-set-none = Pe acest server nu a fost publicat niciun set de destinatari: dispozitivele criptează pentru destinatarii din șirul lor de conectare.
recipient-set-need-key = indicați --signing-public-key sau --signing-key pentru a verifica setul
recipient-set-refused = atenție: noul set de destinatari al organizației a fost respins, așa că cazurile merg în continuare către cel actual: {$problem}
signing-key-written = Cheia de semnare a organizației a fost scrisă în {$file}. Păstrați-o fără acces la rețea și faceți o copie de rezervă (wave staff signing-key split); dați dispozitivelor cheia publică de mai sus (wave staff enroll-code --signing-public-key).
enroll-code-unsigned = Notă: fără --signing-public-key, acest dispozitiv criptează pentru totdeauna pentru acești destinatari; o cheie confiscată nu mai poate fi scoasă ulterior.
shares-folder-exists = nu se poate crea dosarul {$dir} (nu trebuie să existe încă): {$error}
share-header = { $kind ->
    [identity] # Fragment Wave {$number} din {$total} (identitatea organizației); oricare {$threshold} fragmente o restabilesc.
   *[signing-key] # Fragment Wave {$number} din {$total} (cheia de semnare a organizației); oricare {$threshold} fragmente o restabilesc.
}
shares-written = { $kind ->
    [identity] Fragmentele identității organizației ({$total}) au fost scrise în {$dir}; oricare {$threshold} o restabilesc. Dați fiecare fragment unei alte persoane, nu le păstrați împreună și ștergeți acest dosar după ce le-ați împărțit.
   *[signing-key] Fragmentele cheii de semnare a organizației ({$total}) au fost scrise în {$dir}; oricare {$threshold} o restabilesc. Dați fiecare fragment unei alte persoane, nu le păstrați împreună și ștergeți acest dosar după ce le-ați împărțit.
}
share-unreadable = fragmentul {$number}: nu este textul unui fragment și niciun fișier cu acest nume nu poate fi citit ({$error})
share-as-argument = fragmentul {$number} a fost dat ca text în linia de comandă, unde îl pot citi alți utilizatori ai acestui calculator și istoricul shell-ului: puneți - în locul lui și tastați-l când vi se cere (sau trimiteți fragmentele printr-un pipe, câte unul pe linie)
share-prompt = Fragmentul {$number} (nu se afișează):
shares-other-kind = { $kind ->
    [identity] aceste fragmente restabilesc identitatea organizației, nu cheia de semnare a organizației
   *[signing-key] aceste fragmente restabilesc cheia de semnare a organizației, nu identitatea organizației
}
secret-restored = { $kind ->
    [identity] Identitatea organizației a fost restabilită în {$file}.
   *[signing-key] Cheia de semnare a organizației a fost restabilită în {$file}.
}

## wave staff serve: spațiul de lucru al personalului
demo-step-serve = 10. Spațiul de lucru al personalului pe arhiva demonstrației
demo-serve-passphrase = deschideți-o cu parola: {$passphrase}
idle-lock-invalid = --idle-lock trebuie să fie între 1 și 1440 de minute
serve-needs-token = --server are nevoie de --token (sau WAVE_STAFF_TOKEN)
serve-no-archive = nu există nicio arhivă a personalului în {$dir}; creați una cu wave staff pull
serve-link = Spațiul de lucru al personalului se deschide prin linkul de mai sus (funcționează o singură dată, într-un singur browser). Apăsați Ctrl-C pentru a încuia și a opri.
serve-stopped = Încuiat și oprit.
