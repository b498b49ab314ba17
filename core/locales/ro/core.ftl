# Nucleul Wave: ce spun chestionarul și regula parolei, în română. Traducere de lucru (draft):
# o revizuiește un vorbitor nativ (docs/translating.md).

## De ce nu este primit un răspuns

invalid-required = Vă rugăm să răspundeți la această întrebare.
invalid-wrong-type = Acest răspuns nu se potrivește cu întrebarea.
invalid-unknown-choice = Vă rugăm să alegeți una dintre variante.
invalid-duplicate-choice = Fiecare variantă poate fi aleasă o singură dată.
invalid-not-integer = Vă rugăm să scrieți un număr întreg.
invalid-below-min = Numărul trebuie să fie cel puțin {$min}.
invalid-above-max = Numărul trebuie să fie cel mult {$max}.
invalid-bad-date = Aceasta nu este o dată corectă.
invalid-precision-not-allowed = „{$precision}” nu este permisă aici.
invalid-bad-time = Vă rugăm să scrieți ora ca HH:MM (24 de ore).
invalid-bad-duration = Vă rugăm să scrieți un număr întreg de minute, zero sau mai mult.
invalid-bad-latitude = Latitudinea trebuie să fie între -90 și 90.
invalid-bad-longitude = Longitudinea trebuie să fie între -180 și 180.
invalid-bad-accuracy = Precizia trebuie să fie zero metri sau mai mult.
invalid-multi-line = Vă rugăm să scrieți acest lucru pe un singur rând.
invalid-bad-attachment = Fiecare fișier poate fi adăugat o singură dată.
invalid-info-not-true = Vă rugăm să confirmați că ați citit acest text.
invalid-too-few = Vă rugăm să adăugați cel puțin {$count}.
invalid-too-many = Nu se pot adăuga mai mult de {$count}.
invalid-constraint = Acest răspuns nu este primit.
invalid-not-relevant = Această întrebare nu se pune acum.
invalid-no-such-position = Nu există această întrebare.
invalid-repeat-not-settable = Adăugați sau eliminați înregistrările pe rând.

## Cât de exactă este o dată

precision-exact = data exactă
precision-estimated = data aproximativă
precision-month = doar luna

## Un răspuns da/nu

answer-yes = Da
answer-no = Nu

## Regula parolei

passphrase-hint-empty = Scrieți o parolă.
passphrase-hint-common = Aceasta este una dintre parolele folosite cel mai des.
passphrase-hint-pattern = Rândurile de taste, repetările și șirurile ca abc sau 1234 sunt ușor de ghicit.
passphrase-hint-date = Datele și anii sunt ușor de ghicit.
passphrase-hint-single-word = Un singur cuvânt sau nume este ușor de ghicit.
passphrase-hint-add-words = Prea ușor de ghicit: mai adăugați câteva cuvinte care nu au legătură între ele.
passphrase-hint-pin-too-short = Un cod PIN trebuie să aibă cel puțin {$digits} cifre.
passphrase-hint-pin-accepted = Codul PIN este primit: îl protejează spațiul de chei al acestui dispozitiv și ștergerea după cel mult {$tries} încercări greșite.
passphrase-hint-good = Destul de sigură.
passphrase-hint-strong = Sigură.
passphrase-refusal = Această parolă este prea slabă. {$reason}

## Un răspuns arătat din nou

answer-minutes = {$count} min
answer-date = {$date} ({$precision})
answer-attachments = { $count ->
    [one] {$count} fișier
    [few] {$count} fișiere
   *[other] {$count} de fișiere
}
answer-entries = { $count ->
    [one] {$count} înregistrare
    [few] {$count} înregistrări
   *[other] {$count} de înregistrări
}

## O sesiune cerută într-o limbă pe care chestionarul nu o are

session-unknown-language = Chestionarul nu are limba „{$lang}”; are {$languages}.

## Erori

error-wrong-passphrase = parolă greșită
error-no-vault = nu există niciun seif în {$path}
error-vault-exists = există deja un seif în {$path}
error-corrupted = datele păstrate sunt deteriorate sau au fost modificate: {$detail}
error-platform-secret = secretul dispozitivului pentru acest seif nu este disponibil: {$detail}
error-not-found = nu a fost găsit: { $kind ->
    [case] cazul
    [attachment] fișierul
   *[other] {$kind}
} {$id}
error-invalid-state = eroare internă de stare: {$detail}
error-locked = seiful a fost blocat sau șters între timp
error-invalid-input = date greșite: {$detail}
error-network = serverul nu a putut fi contactat: {$detail}
error-pin-mismatch = cheia serverului nu se potrivește cu cheia fixată: conexiunea poate fi interceptată sau serverul a trecut la o cheie care nu a fost fixată; nu s-a trimis nimic
error-server = serverul a refuzat: {$message} ({$code})
error-io = eroare de fișier: {$detail}
error-database = eroare de bază de date: {$detail}

## Continuarea unei sesiuni și mutarea în ea

session-not-a-draft = Se poate continua doar o ciornă; mai întâi faceți o versiune nouă a cazului.
session-other-form = Cazul a fost înregistrat cu chestionarul „{$recorded}”, nu „{$form}”.
session-other-version = Cazul a fost înregistrat cu versiunea {$recorded} a chestionarului „{$form}”, nu cu versiunea {$version}.
session-answers-do-not-fit = Răspunsurile păstrate nu se potrivesc cu chestionarul: {$detail}
session-answers-shape = Răspunsurile au o formă neașteptată: {$detail}
session-no-section = Nu există secțiunea „{$section}”.
session-section-not-relevant = Secțiunea „{$section}” nu se aplică acum.
session-no-repeat = Nu există grupul repetat „{$repeat}”.
