# Nucleul Wave: ce spun chestionarul și regula parolei, în română.
# Draft translation until a native speaker signs it off (docs/translating.md).
# Variabile: $min, $max (numere), $count (un număr de elemente), $precision (numele unei precizii de dată),
# $digits, $tries (numere), $reason (una dintre indicațiile de mai jos).

## De ce nu este acceptat un răspuns

invalid-required = Vă rugăm să răspundeți la această întrebare.
invalid-wrong-type = Acest răspuns nu se potrivește cu întrebarea.
invalid-unknown-choice = Vă rugăm să alegeți una dintre variante.
invalid-duplicate-choice = Fiecare variantă poate fi aleasă o singură dată.
invalid-not-integer = Vă rugăm să introduceți un număr întreg.
invalid-below-min = Numărul trebuie să fie cel puțin {$min}.
invalid-above-max = Numărul trebuie să fie cel mult {$max}.
invalid-bad-date = Aceasta nu este o dată validă.
invalid-precision-not-allowed = Varianta „{$precision}” nu este permisă aici.
invalid-bad-time = Vă rugăm să introduceți ora în forma HH:MM (format de 24 de ore).
invalid-bad-duration = Vă rugăm să introduceți un număr întreg de minute, zero sau mai mult.
invalid-bad-latitude = Latitudinea trebuie să fie între -90 și 90.
invalid-bad-longitude = Longitudinea trebuie să fie între -180 și 180.
invalid-bad-accuracy = Precizia trebuie să fie de zero metri sau mai mult.
invalid-multi-line = Vă rugăm să scrieți acest lucru pe un singur rând.
invalid-bad-attachment = Fiecare fișier atașat poate fi adăugat o singură dată.
invalid-info-not-true = Vă rugăm să confirmați că ați citit acest text.
invalid-too-few = Vă rugăm să adăugați cel puțin {$count}.
invalid-too-many = Nu se pot adăuga mai mult de {$count}.
invalid-constraint = Acest răspuns nu este acceptat.
invalid-not-relevant = Această întrebare nu se aplică acum.
invalid-no-such-position = Nu există o astfel de întrebare.
invalid-repeat-not-settable = Adăugați sau eliminați intrările pe rând, câte una.

## Cât de precisă este o dată

precision-exact = dată exactă
precision-estimated = dată aproximativă
precision-month = doar luna

## Un răspuns da/nu

answer-yes = Da
answer-no = Nu

## Regula parolei

passphrase-hint-empty = Tastați o parolă.
passphrase-hint-common = Aceasta este una dintre parolele folosite cel mai des.
passphrase-hint-pattern = Rândurile de taste, repetările și șirurile ca abc sau 1234 sunt ușor de ghicit.
passphrase-hint-date = Datele și anii sunt ușor de ghicit.
passphrase-hint-single-word = Un singur cuvânt sau un nume este ușor de ghicit.
passphrase-hint-add-words = Prea ușor de ghicit: adăugați încă câteva cuvinte fără legătură între ele.
passphrase-hint-pin-too-short = { $digits ->
    [one] Un cod PIN trebuie să aibă cel puțin {$digits} cifră.
    [few] Un cod PIN trebuie să aibă cel puțin {$digits} cifre.
   *[other] Un cod PIN trebuie să aibă cel puțin {$digits} de cifre.
}
passphrase-hint-pin-accepted = { $tries ->
    [one] Cod PIN acceptat: îl protejează spațiul securizat pentru chei al acestui dispozitiv și ștergerea totală după cel mult {$tries} încercare greșită.
    [few] Cod PIN acceptat: îl protejează spațiul securizat pentru chei al acestui dispozitiv și ștergerea totală după cel mult {$tries} încercări greșite.
   *[other] Cod PIN acceptat: îl protejează spațiul securizat pentru chei al acestui dispozitiv și ștergerea totală după cel mult {$tries} de încercări greșite.
}
passphrase-hint-good = Destul de puternică.
passphrase-hint-strong = Puternică.
passphrase-refusal = Această parolă este prea slabă. {$reason}

## Un răspuns arătat din nou (verificare, rezumatul răspunsurilor)

answer-minutes = {$count} min
answer-date = {$date} ({$precision})
answer-attachments = { $count ->
    [one] {$count} fișier atașat
    [few] {$count} fișiere atașate
   *[other] {$count} de fișiere atașate
}
answer-entries = { $count ->
    [one] {$count} intrare
    [few] {$count} intrări
   *[other] {$count} de intrări
}

## O sesiune ghidată cerută într-o limbă pe care chestionarul nu o are

session-unknown-language = Chestionarul nu are limba „{$lang}”; are: {$languages}.

## Erori (aceleași cuvinte ca afișarea proprie a erorii)

error-wrong-passphrase = parolă greșită
error-no-vault = nu există niciun seif în {$path}
error-vault-exists = în {$path} există deja un seif
error-corrupted = datele stocate sunt deteriorate sau au fost modificate: {$detail}
error-platform-secret = secretul de platformă al seifului nu este disponibil: {$detail}
error-not-found = nu s-a găsit: {$kind} {$id}
error-invalid-state = {$detail}
error-locked = seiful a fost blocat sau șters între timp
error-invalid-input = date de intrare nevalide: {$detail}
error-network = serverul nu a putut fi contactat: {$detail}
error-pin-mismatch = cheia serverului nu se potrivește cu cheia fixată: conexiunea ar putea fi interceptată sau serverul a trecut la o cheie care nu a fost fixată; nu s-a trimis nimic
error-server = serverul a refuzat: {$message} ({$code})
error-io = eroare de fișier: {$detail}
error-database = eroare a bazei de date: {$detail}

## Continuarea unei sesiuni ghidate și deplasarea prin ea

session-not-a-draft = Doar o ciornă poate fi continuată; mai întâi creați o versiune nouă a cazului.
session-other-form = Cazul a fost înregistrat cu chestionarul „{$recorded}”, nu „{$form}”.
session-other-version = Cazul a fost înregistrat cu versiunea {$recorded} a chestionarului „{$form}”, nu cu versiunea {$version}.
session-answers-do-not-fit = Răspunsurile salvate nu se potrivesc cu chestionarul: {$detail}
session-answers-shape = Răspunsurile au o formă neașteptată: {$detail}
session-no-section = Nu există secțiunea „{$section}”.
session-section-not-relevant = Secțiunea „{$section}” nu se aplică acum.
session-no-repeat = Nu există grupul repetat „{$repeat}”.
session-repeat-yes-or-no = Răspundeți „da” pentru a adăuga o intrare sau „nu” pentru a merge mai departe.
