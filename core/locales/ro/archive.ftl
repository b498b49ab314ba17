# Fixed details of the errors the staff tools raise through the core's error type: ids archive-…

## Arhiva

archive-not-an-archive = {$path} este un seif Wave, dar nu o arhivă a personalului
archive-row-other-submission = un rând al arhivei numește altă trimitere
archive-kind-submission = trimiterea
archive-page-check-failed = verificarea unei pagini de trimiteri a eșuat neașteptat
archive-case-without-version = un caz din arhivă nu are nicio versiune finalizată
archive-journal-order = istoricul modificărilor (urmărirea cazului sau redactări) nu este în ordine sau are un gol: o intrare a fost mutată sau scoasă
archive-newer-version = această arhivă a fost scrisă de o versiune mai nouă a Wave; actualizați Wave pentru a o deschide
archive-digest-unparsed = o amprentă verificată nu a putut fi citită
archive-random-failed = sursa de numere aleatorii a sistemului a eșuat
archive-no-random-source = nu există o sursă de numere aleatorii: {$error}
archive-csv-row = un rând CSV nu a putut fi scris
archive-csv-table = un tabel CSV nu a putut fi scris
archive-export-format = format de export necunoscut {$format}: se aștepta csv, json sau geojson

## Serverul și cheile

archive-token-invalid = tokenul personalului este gol sau conține spații ori caractere de control
archive-enrollment-code-lifetime = { $days ->
    [one] un cod de înrolare este valabil între 1 secundă și {$days} zi
    [few] un cod de înrolare este valabil între 1 secundă și {$days} zile
   *[other] un cod de înrolare este valabil între 1 secundă și {$days} de zile
}
archive-signing-key-file = nu este un fișier de cheie de semnare Wave (se aștepta un rând care începe cu WAVE-SIGNING-KEY-1:)
archive-signing-public-key-length = cheia publică de semnare trebuie să aibă 32 de octeți în base64
archive-signing-public-key-invalid = cheia publică de semnare nu este o cheie Ed25519 validă
archive-recipient-set-unreadable = setul de destinatari de pe server este deteriorat: {$error}
archive-recipient-set-unverified = setul de destinatari servit de server nu trece verificarea cu această cheie de semnare: {$error}
archive-recipient-set-give-version = setul de destinatari servit de server nu poate fi verificat cu această cheie de semnare ({$error}); indicați explicit versiunea de publicat, mai mare decât orice versiune publicată înainte
archive-recipient-set-last-version = versiunea publicată nu poate fi depășită
archive-recipient-set-unsigned = nu se poate crea setul de destinatari: {$error}

## Fragmentele unui fișier de cheie ($number: care fragment, numărat de la 1)

archive-share-threshold = pragul trebuie să fie cel puțin 2 și cel mult numărul de fragmente ({$total})
archive-share-file-size = { $max ->
    [one] se poate împărți doar un fișier de 1 până la {$max} octet
    [few] se poate împărți doar un fișier de 1 până la {$max} octeți
   *[other] se poate împărți doar un fișier de 1 până la {$max} de octeți
}
archive-share-not-a-share = fragmentul {$number} nu este un fragment Wave (trebuie să înceapă cu WAVE-SHARE-1)
archive-share-typo = fragmentul {$number} are o greșeală de tastare: suma lui de control (ultimul grup) nu se potrivește; comparați-l caracter cu caracter cu fragmentul tipărit
archive-share-fields = fragmentul {$number} este deteriorat: nu are câmpurile așteptate
archive-share-other-secret = fragmentul {$number} este pentru altceva decât o cheie Wave
archive-share-threshold-unreadable = fragmentul {$number} este deteriorat: pragul lui nu poate fi citit
archive-share-number-unreadable = fragmentul {$number} este deteriorat: numărul lui nu poate fi citit
archive-share-not-hex = fragmentul {$number} este deteriorat: nu este hexazecimal
archive-share-too-short = fragmentul {$number} este deteriorat: este prea scurt
archive-share-damaged = fragmentul {$number} este deteriorat
archive-share-none = nu a fost dat niciun fragment
archive-share-other-split = fragmentul {$number} aparține altei împărțiri decât fragmentul 1; folosiți fragmente tipărite împreună
archive-share-too-few = { $needed ->
    [one] este nevoie de {$needed} fragment diferit
    [few] este nevoie de {$needed} fragmente diferite
   *[other] este nevoie de {$needed} de fragmente diferite
} pentru a restabili { $kind ->
    [signing-key] cheia de semnare a organizației
   *[identity] o identitate a organizației
}; fragmente date: {$given}
archive-share-no-restore = fragmentele nu restabilesc fișierul: unul dintre ele provine din altă împărțire sau a fost modificat
archive-share-qr-too-big = fragmentul nu încape într-un cod QR
archive-share-qr-image = imaginea QR nu poate fi scrisă: {$error}

## Urmărirea cazului și redactarea în spațiul de lucru

archive-followup-empty = modificarea este goală
archive-followup-no-author = lipsește cine a făcut modificarea
archive-followup-referral = trimitere către un serviciu necunoscut
archive-followup-complaint = organ de plângere necunoscut
archive-followup-due = termenul trebuie să fie o dată (AAAA-LL-ZZ)
archive-followup-too-long = un text este prea lung
archive-redaction-author = o redactare înregistrează cine a făcut-o și când
archive-redaction-item = un răspuns redactat nu numește nicio întrebare
archive-redaction-too-long = { $max ->
    [one] un răspuns redactat are mai mult de {$max} octet
    [few] un răspuns redactat are mai mult de {$max} octeți
   *[other] un răspuns redactat are mai mult de {$max} de octeți
}

## Catalogul propriu al spațiului de lucru (o versiune compilată greșit)

archive-workspace-catalog-parse = un fișier de traducere al spațiului de lucru nu poate fi citit
archive-workspace-language-tag = un cod de limbă al spațiului de lucru nu este valid
archive-workspace-catalog-repeat = un fișier de traducere al spațiului de lucru repetă un mesaj

archive-server-blob-offered-too-large = serverul a oferit un fișier mai mare decât orice atașament
archive-server-blob-sent-too-large = serverul a trimis un fișier mai mare decât orice atașament
archive-server-answer-too-large = răspunsul serverului este prea mare; descărcați cu pagini mai mici
archive-server-answer-unexpected = răspunsul serverului nu este cel pe care îl așteaptă această versiune Wave
archive-server-no-explanation = serverul nu a dat nicio explicație
archive-server-set-missing = serverul nu oferă setul de destinatari pe care tocmai l-a acceptat
archive-server-set-different = serverul oferă alt set de destinatari decât cel tocmai publicat
