# Spațiul de lucru al personalului Wave (wave staff serve): română.

app-name = Spațiul de lucru
lock = Blocare
back-home = Înapoi la început
back-inbox = ← Toate cazurile
error-title = Ceva nu a mers bine
yes = Da
no = Nu
bytes = { $count ->
    [one] { $count } octet
    [few] { $count } octeți
   *[other] { $count } de octeți
}
download = Descărcare

nav-inbox = Cazuri
nav-followup = Urmărire
nav-pull = Preluare
nav-exports = Exporturi

unlock-title = Deblocarea arhivei
unlock-intro = Arhiva rămâne criptată pe acest calculator. Ce deschideți aici este decriptat doar în memorie și este șters la blocare.
unlock-name = Numele dumneavoastră (păstrat în istoricul urmăririi)
unlock-passphrase = Parola arhivei
unlock-button = Deblocare
unlock-idle = { $count ->
    [one] Arhiva se blochează singură după { $count } minut fără utilizare.
    [few] Arhiva se blochează singură după { $count } minute fără utilizare.
   *[other] Arhiva se blochează singură după { $count } de minute fără utilizare.
}
unlock-wrong = Această parolă nu deschide arhiva.
unlock-failed = Arhiva nu a putut fi deschisă. Verificați că dosarul conține o arhivă a personalului.
unlock-name-missing = Scrieți-vă numele, ca modificările făcute să vă poată fi atribuite.

filter-search = Căutare în răspunsuri
filter-country = Țara
filter-violation = Încălcarea
filter-from = De la luna
filter-to = Până la luna
filter-age = Grupa de vârstă
filter-status = Stadiul urmăririi
filter-consent = Acord dat pentru
filter-attachments = Doar cu fișiere atașate
filter-any = Oricare
filter-apply = Afișare
filter-clear = Ștergerea filtrelor
filter-rejected = { $count ->
    [one] { $count } trimitere respinsă
    [few] { $count } trimiteri respinse
   *[other] { $count } de trimiteri respinse
}
inbox-count = { $count ->
    [one] { $count } caz corespunde
    [few] { $count } cazuri corespund
   *[other] { $count } de cazuri corespund
}
inbox-total = { $count } în arhivă
inbox-empty = Niciun caz nu corespunde acestor filtre.
no-code-name = (fără nume de cod)
page-previous = ← Înapoi
page-next = Înainte →
rejected-title = Trimiteri respinse
rejected-none = Nu a fost respins nimic.

col-code-name = Nume de cod
col-country = Țara
col-month = Luna
col-violations = Încălcări
col-status = Stadiul
col-attachments = Fișiere
col-received = Primit
col-reason = Motivul
col-detail = Detalii
col-submission = Trimiterea

status-new = Nou
status-reviewed = Examinat
status-referred = Îndrumat
status-complaint_filed = Plângere depusă
status-outcome = Rezultat
status-closed = Închis

referral-lawyer = Avocat
referral-medical = Îngrijire medicală
referral-shelter = Adăpost
referral-social_worker = Asistent social
complaint-police = Poliția
complaint-prosecutor = Procuratura
complaint-ombudsperson = Avocatul Poporului
complaint-court = Instanța
complaint-un_body = Organ ONU

consent-store = Păstrarea înregistrării
consent-audio = Înregistrare audio
consent-statistics = Statistici anonime
consent-lawyer = Transmiterea către un avocat
consent-un = Sesizări către ONU
consent-intl_complaint = Plângeri internaționale
consent-media = Presa
consent-recontact = Recontactarea
consent-history = Istoricul acordurilor
consent-none = Nu a fost înregistrat niciun acord.
consent-purpose = Scopul
consent-answer = Răspunsul
consent-when = Când

precision-estimated = estimat
precision-month = doar luna

case-title = Caz
case-version = Versiunea
case-not-latest = o versiune anterioară
case-other-answers = Alte răspunsuri
case-attachments = Fișiere atașate
case-no-attachments = Nu există fișiere atașate.
case-not-found = Nu există un astfel de caz în arhivă.
attachment-damaged = Acest fișier atașat nu corespunde amprentei sale și nu este afișat.

versions-title = Versiuni
versions-shown = afișată
versions-finalized = finalizată
versions-item = Întrebarea
versions-before = Înainte
versions-after = După

verify-title = Verificare
verify-signature = Semnătura dispozitivului
verify-signature-ok = Verificată
verify-signature-bad = Neverificată
verify-key = Cheia dispozitivului (SHA-256)
verify-first-seen = Cheia dispozitivului
verify-first-seen-ok = Aceeași cheie ca la prima apariție a dispozitivului
verify-first-seen-bad = Diferă de cheia de la prima apariție
verify-device = Dispozitivul
verify-received = Primit de server
verify-pulled = Preluat în arhivă
verify-not-recorded = neînregistrat
verify-unavailable = indisponibil

followup-title = Urmărire juridică
followup-status = Stadiul
followup-new-status = Schimbați stadiul în
followup-unchanged = (neschimbat)
followup-referred-to = Îndrumat către
followup-complaint-to = Plângere depusă la
followup-assignee = Responsabil
followup-due = Termen
followup-note = Notă
followup-save = Salvarea modificării
followup-history = Istoric
followup-no-history = Încă nu există urmărire.
followup-invalid = Modificarea nu a fost salvată: verificați data și opțiunile.
followup-not-saved = Modificarea nu a putut fi salvată în arhivă.
followup-counts = Cazuri după stadiu
followup-supported = { $count ->
    [one] { $count } caz a fost îndrumat sau dus mai departe.
    [few] { $count } cazuri au fost îndrumate sau duse mai departe.
   *[other] { $count } de cazuri au fost îndrumate sau duse mai departe.
}
followup-due-list = Termene
followup-nothing-due = Niciun termen.
followup-overdue = depășit

pull-from = Trimiterile noi vin de la { $value }.
pull-start = Preluarea trimiterilor noi
pull-progress = Progres
pull-state = Starea
pull-new = Cazuri noi
pull-already = Deja în arhivă
pull-retried = Respingeri anterioare încercate din nou
pull-rejected = Respinse
pull-idle = Nepornită
pull-running = Se preia…
pull-done = Încheiată
pull-failed = Oprită cu o eroare
pull-not-configured = Pentru a prelua de aici, porniți spațiul de lucru cu adresa serverului, tokenul personalului și fișierul de identitate al organizației:

exports-intro = Fiecare export conține ultima versiune a fiecărui caz.
exports-warning = Un export complet conține toate răspunsurile, inclusiv cele sensibile: păstrați-l la fel de atent ca arhiva. Un export public conține doar ce permit cazurile cu acord.
export-full = Complet
export-public = Public
export-unknown = Nu există un astfel de export.
export-failed = Exportul nu a putut fi făcut.

## Statistici, hartă, redactare și rapoarte

nav-stats = Statistici
nav-map = Hartă
nav-reports = Rapoarte
stats-public = Cifre publice
stats-public-hint = Doar cazurile cu acord pentru statistici anonime, după regulile publice (tipurile de violență sexuală numărate împreună). Acestea pot fi publicate.
stats-internal = Cifre interne
stats-internal-hint = Toate cazurile, așa cum au fost înregistrate. Doar pentru munca organizației — nu pentru publicare.
stats-cases = { $count ->
    [one] { $count } caz
    [few] { $count } cazuri
   *[other] { $count } de cazuri
}
stats-none = Niciun caz.
stats-by-country = Pe țări
stats-by-violation = Pe tipuri de încălcări
stats-by-month = Pe luna incidentului
stats-by-age = Pe grupe de vârstă
stats-by-service = Pe serviciul agresorului
stats-by-status = Pe stadiul urmăririi
stats-download-csv = Descărcare CSV
stats-csv-label = Eticheta
stats-csv-cases = Cazuri
stats-unknown = Fără răspuns sau o opțiune din afara listei
stats-sexual-violence = Violență sexuală (toate formele)
stats-unknown-table = Nu există un astfel de tabel.
map-internal = Intern: locurile incidentelor
map-public = Public: doar țări
map-internal-hint = Fiecare punct este locul înregistrat într-un caz. Doar intern: nu arătați niciodată această vedere.
map-public-hint = Cazurile cu acord pentru statistici anonime, numărate pe țări. Nu există niciun loc sau caz în această vedere.
map-points = { $count ->
    [one] { $count } caz pe hartă
    [few] { $count } cazuri pe hartă
   *[other] { $count } de cazuri pe hartă
}
map-unplaced = { $count ->
    [one] { $count } fără loc
    [few] { $count } fără loc
   *[other] { $count } fără loc
}
map-open-case = Deschiderea cazului
map-attribution = Contururile țărilor: Natural Earth (domeniu public), incluse în Wave; harta funcționează fără rețea.
redact-open = Redactare pentru rapoarte
redact-title = Redactare
redact-back = Înapoi la caz
redact-intro = Rescrieți fiecare relatare fără nume, locuri, date, detalii despre agenți sau orice altceva care ar putea identifica pe cineva. Originalul rămâne neschimbat în arhivă; rapoartele citează doar textul redactat și doar după ce este marcat ca verificat.
redact-reviewed = Verificat pentru detalii de identificare
redact-not-reviewed = Neverificat: nu este citat în rapoarte
redact-never = Încă neredactat: nu este citat în rapoarte
redact-saved-by = salvat de
redact-nothing = Această versiune nu are nicio relatare de redactat.
redact-original = Originalul (rămâne în arhivă)
redact-redacted = Textul redactat pentru rapoarte
redact-mark-reviewed = Am verificat aceste texte: nimic din ele nu identifică pe cineva
redact-save = Salvarea redactării
redact-invalid = Redactarea a fost refuzată: un text este prea lung sau numește un răspuns pe care acest caz nu îl are.
redact-not-saved = Redactarea nu a putut fi salvată în arhivă.
report-certificate = Certificat de probă
report-un-title = Sesizare către un organ ONU
report-un-intro = Cifre din cazurile cu acord pentru statistici anonime, pentru o țară și o perioadă, cu citate doar din cazurile cu acord pentru sesizări către ONU și a căror redactare a fost verificată.
report-quotable = { $count ->
    [one] Este disponibil { $count } citat verificat.
    [few] Sunt disponibile { $count } citate verificate.
   *[other] Sunt disponibile { $count } de citate verificate.
}
report-un-body = Organ ONU
report-un-body-default = Organ ONU pentru drepturile omului
report-make = Întocmirea raportului
report-certificate-title = Certificat de probă
report-certificate-intro = Pentru un avocat: ce s-a verificat despre o versiune a unui caz. Sunt listate doar cazurile cu acord pentru transmiterea către un avocat.
report-no-certificates = Niciun caz nu are acord pentru transmiterea către un avocat.
report-back = Înapoi la rapoarte
report-print = Tipărire sau salvare ca PDF
report-un-heading = Sesizare către
report-period = Perioada
report-cases = Cazuri numărate
report-generated = Întocmit
report-un-method = Toate cifrele numără doar cazurile ale căror autoare au dat acord pentru statistici anonime; fiecare caz este numărat o singură dată, după ultima versiune.
report-quotations = Relatări în propriile cuvinte
report-quotations-rule = Citate doar cu acord pentru sesizări către ONU, după redactare și verificarea detaliilor de identificare.
report-no-quotations = Niciun citat verificat în această perioadă.
report-all-time = Toate datele
report-all-countries = Toate țările
report-certificate-statement = Acest certificat consemnează ce a verificat spațiul de lucru al personalului Wave despre o versiune trimisă a unui caz. Verificările au fost făcute pe calculatorul personalului; serverul nu a deținut niciodată cazul într-o formă lizibilă.
report-certificate-case = Caz
report-case-id = Id-ul cazului pe dispozitiv
report-submission = Trimiterea
report-form = Chestionarul
report-file = Fișierul
report-finalized = Finalizat pe dispozitiv
report-media-type = Tipul
report-size = Dimensiunea (octeți)
report-no-lawyer-consent = Acest caz nu are acord pentru transmiterea către un avocat, așa că nu se poate face un certificat.
report-record-unavailable = Înregistrarea verificării acestui caz nu a putut fi citită.

## Refuzuri și erori, afișate ca text simplu

refused-host = Refuzat: Host greșit. Spațiul de lucru răspunde doar la adresa tipărită de wave staff serve.
refused-no-session = Refuzat: deschideți linkul tipărit de comanda wave staff serve.
refused-link-used = Refuzat: acest link a fost deja folosit sau este greșit; porniți din nou wave staff serve.
refused-too-large = Refuzat: cererea este prea mare.
refused-csrf = Refuzat: tokenul CSRF lipsește sau este greșit. Reîncărcați pagina și încercați din nou.
page-not-drawn = Pagina nu a putut fi afișată.
map-not-drawn = Harta nu a putut fi desenată.
no-random-source = Sursa de numere aleatorii a sistemului a eșuat.
workspace-locked = Arhiva este blocată.
