# What is wrong in a form definition or a translation file (for form authors and translators): ids form-…
# Numele din chestionar (id-urile elementelor, căile, limbile, valorile), expresiile, simbolurile,
# tipurile limbajului de expresii (boolean, number, string, date, selection, repeat), cuvintele
# cheie PO și cuvintele cititorului JSON sau ale verificării după schemă sunt citate așa cum sunt.

## Unde este problema
form-error-at = { $path }: { $message }
form-error-at-field = { $path }: { $field }: { $message }

## Încărcarea chestionarului
form-not-json = nu este JSON valid: { $reason }
form-schema = nu respectă formatul chestionarului: { $reason }
form-schema-broken = schema chestionarului însăși este deteriorată: { $reason }
form-not-a-language = { $lang } nu este printre languages
form-review-missing = nu există stare de verificare pentru { $lang }
form-review-not-source = { $lang } nu este limba implicită, deci nu poate fi limba sursă
form-review-nobody = pentru { $lang } nu este indicat cine a verificat
form-review-date = { $lang }: { $date } nu este o dată de forma AAAA-LL-ZZ
form-no-text = nu există text în { $lang }
form-duplicate-choice = valoarea de opțiune { $value } apare de două ori în această listă
form-duplicate-section = id-ul de secțiune { $id } este folosit și de { $first }
form-duplicate-item = id-ul de element { $id } este folosit și de { $first }
form-sensitive-public = un element nu poate fi în același timp sensibil (sensitive) și public (public)
form-not-a-count = { $value } nu este un număr de bucăți
form-max-below-min = max { $max } este sub min { $min }
form-nested-repeat = grupurile repetate (repeat) nu pot fi puse unul în altul
form-unknown-choice-list = nu există lista de opțiuni { $name }
form-syntax = eroare de sintaxă la coloana { $column }: { $reason }
form-not-a-condition = aici trebuie o condiție (true sau false), dar rezultatul este { $type }
form-selected-unknown-value = selected(): { $value } nu este o opțiune a lui { $item }
form-unknown-item = nu există elementul { $item }
form-persist-in-repeat = { $item } este într-un grup repetat; punctul de salvare trebuie să fie un element din afara grupurilor repetate
form-cycle = aplicabilitatea depinde de ea însăși: { $cycle } (fiecare depinde de următorul)
form-cycle-step = { $node } → { $next }
form-cycle-section = secțiunea { $id }
form-builtin-broken = un chestionar încorporat nu se încarcă
form-unknown-version = cazul a fost înregistrat cu versiunea { $version } a chestionarului { $form }; această aplicație cunoaște versiunile până la { $latest }
form-unknown-form-of-case = cazul a fost înregistrat cu versiunea { $version } a chestionarului { $form }; această aplicație nu cunoaște acest chestionar
form-unknown-form = această aplicație nu cunoaște chestionarul { $form }

## Expresii: verificare
form-type-opaque = răspuns care poate fi comparat doar cu ''
form-expr-out-of-scope = { $item } este în grupul repetat { $repeat } și poate fi folosit doar de elementele acelui grup
form-expr-current-not-allowed = '.' poate fi folosit doar în constraint și stop_if
form-expr-unary-minus = '-' unar are nevoie de un număr, s-a găsit { $found }
form-expr-needs-booleans = '{ $op }' are nevoie de două valori boolean, s-au găsit { $left } și { $right }
form-expr-compare-selection = '{ $op }' nu poate compara o selecție (selection); folosiți selected() sau count-selected()
form-expr-compare-repeat = '{ $op }' nu poate compara un grup repetat (repeat); folosiți count()
form-expr-compare-same-type = '{ $op }' compară două valori de același tip (sau orice răspuns cu ''), s-au găsit { $left } și { $right }
form-expr-order = '{ $op }' compară două numere, două date sau două șiruri, s-au găsit { $left } și { $right }
form-expr-add = '{ $op }' lucrează cu numere (și cu date: dată ± zile, dată - dată), s-au găsit { $left } și { $right }
form-expr-needs-numbers = '{ $op }' are nevoie de două numere, s-au găsit { $left } și { $right }
form-expr-not-a-date = date('{ $text }') nu este o dată de forma AAAA-LL-ZZ
form-expr-selected-value = selected() primește ca al doilea argument o valoare de opțiune ca șir, s-a găsit { $found }
form-expr-if-condition = if() are nevoie de o condiție boolean, s-a găsit { $found }
form-expr-if-branches = if() are nevoie de ambele ramuri de același tip, s-au găsit { $left } și { $right }
form-expr-argument = { $function }() primește { $allowed }, s-a găsit { $found }
form-expr-argument-either = { $function }() primește { $first } sau { $second }, s-a găsit { $found }

## Expresii: citire
form-expr-too-long = expresie mai lungă de { $max } octeți
form-expr-unexpected-character = caracter neașteptat { $character }
form-expr-bad-reference = o referință se scrie așa: ${"{"}item_id{"}"}
form-expr-unterminated-string = șir neînchis
form-expr-invalid-number = număr nevalid { $text }
form-expr-expected-close = se aștepta ')', s-a găsit { $found }
form-expr-expected-close-end = se aștepta ')', dar expresia s-a terminat
form-expr-expected-open = se aștepta '(' după numele funcției, s-a găsit { $found }
form-expr-expected-open-end = se aștepta '(' după numele funcției, dar expresia s-a terminat
form-expr-expected-list = în lista de argumente se aștepta ',' sau ')'
form-expr-too-nested = imbricare mai adâncă de { $max } niveluri
form-expr-too-deep = expresie mai adâncă de { $max } operații
form-expr-unexpected-end = expresia s-a terminat neașteptat
form-expr-unexpected = neașteptat: { $found }
form-expr-operator-alone = '{ $word }' are nevoie de o valoare de fiecare parte
form-expr-unknown-function = funcție necunoscută { $word }()
form-expr-unexpected-word = cuvânt neașteptat '{ $word }' (referințele la elemente se scriu ${"{"}{ $word }{"}"})
form-expr-arity = { $function }() primește { $count ->
    [one] { $count } argument
    [few] { $count } argumente
   *[other] { $count } de argumente
}, s-au dat { $got }

## Traduceri: exportul și importul fișierelor PO
form-translations-form-invalid = chestionarul nu este valid ({ $count ->
    [one] { $count } eroare
    [few] { $count } erori
   *[other] { $count } de erori
}; rulați wave form check)
form-translations-bad-language = { $lang } nu este un cod de limbă precum ru sau kk
form-translations-export-source = { $lang } este limba sursă a chestionarului; traducerile se fac din ea
form-translations-import-source = { $lang } este limba sursă a chestionarului; se editează în chestionarul însuși
form-translations-no-plural-rule = nu se cunoaște nicio regulă de plural pentru { $lang }
form-translations-not-json = chestionarul nu este JSON: { $reason }
form-translations-cannot-write = chestionarul nu poate fi scris: { $reason }
form-translations-no-language = antetul PO nu are Language (de ex. "Language: kk")
form-po-no-context = linia { $line }: lipsește msgctxt (locul textului în chestionar)
form-po-repeated = linia { $line }: { $path }: dat deja pe linia { $first }
form-po-unknown-path = linia { $line }: { $path }: chestionarul nu are un astfel de text
form-po-plural-count = linia { $line }: { $path }: { $count ->
    [one] { $count } formă de plural
    [few] { $count } forme de plural
   *[other] { $count } de forme de plural
}, dar { $lang } are { $plurals }
form-po-no-plurals = linia { $line }: { $path }: textele chestionarului nu au forme de plural
form-po-stale = linia { $line }: { $path }: învechit: textul în { $source } s-a schimbat de când a fost exportat acest fișier
form-po-placeholders = linia { $line }: { $path }: substituțiile { $found } diferă de cele din { $source } { $expected }
form-po-untranslated = { $path }: netradus ({ $lang } este nouă în chestionar, deci este nevoie de fiecare text)

## Citirea unui fișier PO
form-po-too-large = fișierul este mai mare de { $max } MiB
form-po-line = linia { $line }: { $reason }
form-po-no-keyword = un text între ghilimele fără cuvânt cheie înainte
form-po-unknown-keyword = cuvânt cheie necunoscut { $keyword }
form-po-plural-order = forma de plural { $got } acolo unde se aștepta forma { $expected }
form-po-needs-string = { $keyword } are nevoie de un text între ghilimele
form-po-header-first = antetul (msgid gol) trebuie să fie primul, o singură dată
form-po-header-line = linia de antet { $text } nu este "Name: value"
form-po-twice = { $keyword } de două ori în aceeași intrare
form-po-after = { $keyword } după { $other }
form-po-before = { $keyword } înainte de { $other }
form-po-plural-needs-forms = o intrare cu plural are nevoie de msgstr[0], msgstr[1], …
form-po-forms-without-plural = msgstr[N] fără msgid_plural
form-po-no-msgid = o intrare fără msgid
form-po-no-msgstr = o intrare fără msgstr
form-po-one-piece = un text trebuie să fie o singură bucată între ghilimele
form-po-bad-hex = { $escape } nu este o secvență de escape cu două cifre hexazecimale
form-po-unknown-escape = secvență de escape necunoscută { $escape }
form-po-lone-backslash = un text se termină cu o bară inversă singură
form-po-unescaped-quote = ghilimele fără escape în interiorul unui text
form-po-control-character = un caracter de control în interiorul unui text
