# Cuvintele instrumentelor pentru personal: tabelele de statistici (wave staff stats) și motivele
# pentru care o trimitere preluată a fost respinsă (wave staff pull, spațiul de lucru). Conținutul
# cazurilor nu apare în niciun mesaj.

## wave staff stats

stats-summary = Cazuri: {$all} în total, {$public} cu acord pentru statistici.
stats-unknown-form = { $count ->
    [one] Încă {$count} caz dintr-un chestionar pe care acest program nu îl cunoaște, nenumărat.
    [few] Încă {$count} cazuri dintr-un chestionar pe care acest program nu îl cunoaște, nenumărate.
   *[other] Încă {$count} de cazuri dintr-un chestionar pe care acest program nu îl cunoaște, nenumărate.
}
stats-public-title = Cifre publice (doar cazurile cu acord)
stats-all-title = Toate cazurile (uz intern, nu pentru publicare)
stats-cases-count = { $count ->
    [one] {$count} caz
    [few] {$count} cazuri
   *[other] {$count} de cazuri
}
stats-by-country = pe țări
stats-by-violation = pe tipuri de încălcări
stats-by-month = pe luni
stats-none = (niciunul)
stats-unknown = fără răspuns
stats-sexual-violence = violență sexuală (toate formele)

## De ce a fost respinsă o trimitere ($subject: adresa sau id-ul unui fișier atașat, ori formatul conținutului)

reject-not-decodable = Plicul, semnătura sau cheia dispozitivului nu pot fi citite.
reject-bad-signature = Semnătura dispozitivului nu se potrivește cu plicul: a fost modificat după semnare sau nu a fost semnat de acest dispozitiv.
reject-device-key-changed = Serverul a dat pentru acest dispozitiv altă cheie publică decât atunci când a apărut prima dată.
reject-not-for-identity = Plicul nu este criptat pentru această identitate a organizației sau antetul lui este deteriorat.
reject-envelope-damaged = Plicul nu a trecut verificarea de autenticitate: este deteriorat.
reject-payload-too-large = Conținutul este mai mare decât orice caz.
reject-payload-not-a-case = Conținutul nu este un caz Wave.
reject-payload-format = Format de conținut necunoscut {$subject}.
reject-payload-other-submission = Conținutul numește alt id de trimitere: a fost mutat sub acesta.
reject-payload-case-id = Id-ul cazului din conținut nu este un UUID.
reject-payload-too-many-attachments = Conținutul enumeră prea multe fișiere atașate.
reject-payload-attachment-list = Un fișier atașat are o amprentă greșită sau un id repetat.
reject-blob-missing = Serverul nu are fișierul atașat {$subject}.
reject-blob-hash-mismatch = Amprenta fișierului atașat {$subject} de pe server nu se potrivește cu adresa lui.
reject-attachment-not-for-identity = Fișierul atașat {$subject} nu este criptat pentru această identitate a organizației.
reject-attachment-damaged = Fișierul atașat {$subject} nu a trecut verificarea de autenticitate pe parcurs: este deteriorat.
reject-attachment-mismatch = Fișierul atașat {$subject} nu se potrivește cu amprenta SHA-256 și dimensiunea înregistrate pe dispozitiv.
reject-case-of-another-device = Id-ul cazului a fost trimis înainte de alt dispozitiv: un dispozitiv poate trimite doar versiuni ale propriilor cazuri.

## Respingeri păstrate înainte ca verificarea eșuată să fie înregistrată: doar tipul

reject-kind-undecryptable = Plicul nu se deschide cu această identitate a organizației sau este deteriorat.
reject-kind-bad-payload = Plicul s-a deschis, dar nu conține un caz valid pentru această trimitere.
reject-kind-blob-missing = Serverul nu are un fișier atașat pe care îl enumeră cazul.
reject-kind-blob-hash-mismatch = Amprenta unui fișier atașat de pe server nu se potrivește cu adresa lui.
reject-kind-attachment-undecryptable = Un fișier atașat nu se deschide cu această identitate a organizației sau este deteriorat.
reject-kind-attachment-hash-mismatch = Un fișier atașat nu se potrivește cu amprenta SHA-256 și dimensiunea înregistrate pe dispozitiv.
