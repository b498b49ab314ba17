# `wave` пәрмен жолы: жұмыс кезінде шығаратынның бәрі, қазақша. Жұмыс аудармасы (draft): оны
# ана тілінде сөйлейтін адам тексереді (docs/translating.md).

## Ортақ

internal-error = ішкі қате; қойма осы пәрменге дейін қандай болса, солай қалды
invalid-arguments = {$reason} (wave --help қараңыз)
cannot-read = {$file} оқылмады: {$error}
cannot-write = {$file} жазылмады: {$error}
cannot-write-in = {$dir} ішіне жазу мүмкін болмады: {$error}
cannot-create = {$file} жасалмады: {$error}
file-too-large = {$file} {$mib} МиБ-тан үлкен
not-json = {$file} дұрыс JSON емес: {$error}
not-a-file-name = {$file} файл атауы емес
runtime-failed = желілік ортаны іске қосу мүмкін болмады: {$error}
bytes = {$count} байт
problem-in-entry = {$item} ({$entry}-жазба): {$message}
sealing-deferred = назар аударыңыз: оқиға түпкілікті сақталды, бірақ ұйым үшін әлі шифрланған жоқ ({$reason}); келесі `wave sync` оны шифрлап, жібереді

## Құпия сөздер

passphrase-prompt = Қойманың құпия сөзі:{" "}
passphrase-new-prompt = Қойманың жаңа құпия сөзі:{" "}
passphrase-repeat-prompt = Қойманың құпия сөзін қайталаңыз:{" "}
passphrase-differ = қойманың екі құпия сөзі сәйкес келмейді; ештеңе өзгерген жоқ
duress-new-prompt = Мәжбүрлеу кезіндегі жаңа құпия сөз:{" "}
duress-repeat-prompt = Мәжбүрлеу кезіндегі құпия сөзді қайталаңыз:{" "}
duress-differ = мәжбүрлеу кезіндегі екі құпия сөз сәйкес келмейді; ештеңе өзгерген жоқ
archive-new-prompt = Мұрағаттың жаңа құпия сөзі:{" "}
archive-repeat-prompt = Мұрағаттың құпия сөзін қайталаңыз:{" "}
archive-differ = мұрағаттың екі құпия сөзі сәйкес келмейді; ештеңе өзгерген жоқ
passphrase-empty = бос құпия сөзге рұқсат жоқ
passphrase-no-terminal = құпия сөзді сұрайтын терминал жоқ; скрипттер үшін {$variable} орнатыңыз

## wave vault

vault-created = Қойма {$dir} ішінде жасалды (Argon2id: {$mib} МиБ, {$passes} өту).
passphrase-changed = Құпия сөз өзгертілді.
duress-set = Мәжбүрлеу кезіндегі құпия сөз орнатылды. Қойманы онымен ашу ондағы барлық оқиғаны жояды.
wipe-after-invalid = қате әрекеттер саны немесе "off" күтілді, "{$given}" емес
wipe-after-set = Қатарынан {$count} қате құпия сөзден кейін қойма өшіріледі.
wipe-after-off = Қате әрекеттерден кейін өшіру сөндірілді.
vault-wiped = Қойма өшірілді.
vault-nothing-to-wipe = {$dir} ішінде қойма жоқ; өшіретін ештеңе жоқ.
vault-missing = {$dir} ішінде қойма жоқ

## wave case

case-add-refused = Ештеңе сақталмады; мыналарды түзетіп, қайта қосыңыз:
answers-not-object = {$file} ішінде жауаптары бар JSON нысаны болуы керек (сұрақ id → жауап)
cases-none = Оқиғалар жоқ.
cases-count = {$count} оқиға
column-id = ID
column-status = КҮЙІ
column-updated = ӨЗГЕРТІЛДІ
column-title = АТАУЫ
case-status = { $status ->
    [draft] жоба
    [finalized] аяқталған
   *[other] {$status}
}
case-finalized = {$id} оқиғасы түпкілікті сақталды ({$version}-нұсқа).
attached = Файл қосылды: {$bytes} байт, SHA-256 {$sha256}.
attachment-written = {$file} ішіне {$bytes} байт жазылды (SHA-256 {$sha256} тексерілді).
case-deleted = {$id} оқиғасы жойылды.
case-heading = {$id} оқиғасы
case-field-status = күйі
case-field-form = сауалнама
case-field-created = жасалды
case-field-updated = өзгертілді
case-field-versions = нұсқалар
case-answers = Жауаптар:
case-attachments = Файлдар:

## wave form

form-valid = {$file}: дұрыс сауалнама "{$id}", {$version}-нұсқа: {$sections} бөлім, {$items} сұрақ, тілдер {$languages}
form-invalid = {$file} дұрыс сауалнама емес ({$count} қате; wave form check іске қосыңыз)
builtin-form-broken = кіріктірілген сауалнама бүлінген: {$errors}
form-no-language = сауалнамада "{$lang}" тілі жоқ; бар тілдер: {$languages}
outline-if = егер {$condition}
outline-required = міндетті
outline-sensitive = сезімтал
outline-public = жария
review-status = { $status ->
    [source] бастапқы тіл
    [draft] жоба: ана тілінде сөйлейтін адам әлі тексерген жоқ
   *[other] {$status}
}
review-reviewed = тексерген: {$reviewer}, {$date}
translations-exported = {$lang} тіліндегі мәтіндер {$file} ішіне жазылды.
translations-imported = {$lang} тілі {$file} ішіне импортталды: {$changed} мәтін өзгерді, {$skipped} мәтін сол күйінде қалды (аударылмаған немесе fuzzy белгісі бар).
translations-new-language = {$lang} тілі сауалнамада жаңа: ана тілінде сөйлейтін адам тексеріп, бекіткенге дейін "draft" деп белгіленеді (docs/translating.md).
translations-refused = {$count} мәселе; {$file} ішіне ештеңе жазылған жоқ

## wave record

record-stopped-nothing-saved = ештеңе сақталмады: {$message}
record-needs-consent = ештеңе сақталмады: жауаптарда {$item} болуы керек (сақтауға келісім): {$error}
record-draft-with-problems = Жоба сақталды; мыналарды түзетіп, --case {$id} арқылы қайта жазыңыз немесе жауаптарды түзетіңіз:
record-draft-saved = Жоба ретінде сақталды; барлық жауап дұрыс. Түпкілікті сақтау үшін --finalize қосыңыз.
record-commands = Жауапты жазып, Enter басыңыз. ? — көмек, < — артқа, = — барысы, review — шолу, jump БӨЛІМ, quit — үзіліс. Бос жол — өткізіп жіберу.
record-paused = Жоба сақталды; жалғастыру: wave record --case {$id}
record-nothing-saved = Ештеңе сақталмады.
record-no-help = Бұл сұраққа көмек жоқ.
record-progress = Жауап берілді {$answered}/{$relevant}
record-finish-prompt = Аяқтап, түпкілікті сақтайсыз ба? (иә/жоқ)
record-finalized = Оқиға түпкілікті сақталды: {$id}
record-incomplete = оқиға толық емес; жалғастыру үшін: wave record --case ID
record-stopped-draft-kept = жазу тоқтатылды; жоба сақталды
record-add-entry = Қосасыз ба ({$entry})? (иә/жоқ)
record-current-answer = қазір: {$answer}
record-hint-multi = нөмірлер, үтір арқылы
record-hint-yes-no = иә/жоқ
record-hint-date = ЖЖЖЖ-АА-КК, ~ЖЖЖЖ-АА-КК шамамен, ЖЖЖЖ-АА
record-hint-time = СС:ММ
record-hint-minutes = минут
record-hint-location = ендік, бойлық
record-hint-files = файл жолдары, үтір арқылы
record-hint-info = Enter
record-no-such-choice = мұндай нұсқа жоқ: "{$choice}"
record-attach-before-saved = файлдарды оқиға сақталғаннан кейін қосуға болады
record-review = Жауаптарды тексеріңіз
record-yes-words = иә, и
record-no-words = жоқ, ж

## wave enroll, wave sync

enrolled = {$server} серверіне {$device} құрылғысы ретінде қосылды.
sync-wiped = қойма өшірілді; синхрондау тоқтады
sync-summary = Жіберілді {$sent} (онда бұрыннан бар: {$duplicates}), қабылданбады {$failed}, әлі күтуде {$pending}.
sync-waiting = кейбір оқиғалар әлі жіберуді күтіп тұр
sync-not-sent = Оқиғаның {$count} нұсқасы әлі жіберілген жоқ: {$reason}

## wave staff

pin-invalid = --pin сервердің ашық кілтінің SHA-256 мәні болуы керек: 64 оналтылық цифр
identity-exists = {$file} бұрыннан бар; ұйым кілтінің файлы ешқашан қайта жазылмайды
identity-written = Ұйымның кілті {$file} ішіне жазылды. Оны құпия сақтаңыз және сақтық көшірмесін жасаңыз: онсыз ұйымға жіберілген бірде-бір оқиғаны ашу мүмкін емес.
identity-readable = назар аударыңыз: {$file} файлын осы компьютердің басқа пайдаланушылары оқи алады (chmod 600 орындаңыз)
duration-invalid = мерзім қате "{$given}": s, m, h немесе d бар сан керек, мысалы 30m, 24h немесе 7d
enrollment-string-failed = қосылу жолын жасау мүмкін болмады: {$error}
enrollment-code-made = Бір құрылғыға арналған бір реттік қосылу коды {$code}, {$until} дейін жарамды.
archive-created = Қызметкерлер мұрағаты {$dir} ішінде жасалды.
archive-missing = {$dir} ішінде қызметкерлер мұрағаты жоқ
page-size-invalid = --page-size 1 мен 1000 аралығында болуы керек
pull-interrupted = {$error}; осыған дейін алынғанның бәрі сақталды, жалғастыру үшін қайта іске қосыңыз
pull-summary = {$server} серверінен алынды: жаңа {$new}, бұрыннан бар {$had}, қабылданбады {$rejected}{ $recovered ->
    [0] {""}
   *[other] , бұрын қабылданбағандардан қазір ашылды: {$recovered}
}{ $still ->
    [0] {""}
   *[other] , бұрын қабылданбағандардан әлі ашылмайды: {$still}
}; шифры ашылған файлдар: {$attachments}.
pull-rejected =   {$submission} жіберілімі қабылданбады (сервердегі нөмірі {$seq}, құрылғы {$device}): {$reason}
pull-rejected-total = {$count} жіберілім қабылданбады; әрқайсысы себебімен бірге мұрағатта сақталады
export-public-done = Статистикаға келісімі бар {$count} оқиға жария {$format} ретінде экспортталды; келісімсіз {$without} оқиға қосылмады.
export-done = {$count} оқиға {$format} ретінде экспортталды, сезімтал жауаптармен бірге: файлды мұрағат сияқты қауіпсіз сақтаңыз.
export-unknown-form = Бұл бағдарлама білмейтін сауалнамаға жататын {$count} оқиға қосылмады.

## wave demo

demo-folder-exists = {$dir} бұрыннан бар; бос қалтаны таңдаңыз
demo-step-server = 1. Ұйым: осы компьютердегі синхрондау сервері, қызметкер токені, ұйым кілті
demo-server-listening = сервер {$url} мекенжайын тыңдап тұр (деректер {$dir} ішінде)
demo-public-key = ұйымның ашық кілті {$key}
demo-step-code = 2. Қызметкерлер аутрич-қызметкердің телефонына бір реттік қосылу кодын жасайды
demo-step-phone = 3. Телефон: шифрланған қойма, код арқылы қосылған
demo-vault = қойма {$dir} (демонстрация үшін Argon2id 19 МиБ × 2; нақты қоймалар құрылғыға бапталады)
demo-enrolled = {$device} құрылғысы ретінде қосылды
demo-step-case = 4. Сауалнама бойынша жазылған оқиға (орысша), фотосуретімен, түпкілікті сақталды
demo-case = оқиға {$id}, {$version}-нұсқа; фото {$bytes} байт, SHA-256 {$sha256}…
demo-not-sealed = ұйым үшін әлі шифрланған жоқ ({$reason}); төмендегі синхрондау алдымен оны шифрлайды
demo-sealed = ұйым үшін бірден шифрланды: жіберуді күтуде {$count}
demo-step-sync = 5. Байланыс болғанда синхрондау
demo-synced = жіберілді {$sent}, жүктелген файлдар {$blobs}, әлі күтуде {$pending}
demo-step-pull = 6. Қызметкерлер оқиғаларды алады, құрылғының қолтаңбасын тексереді және өз шифрланған мұрағатына шифрын ашады
demo-pulled = жаңа {$new}, қабылданбады {$rejected}, шифры ашылған файлдар {$attachments}
demo-staff-see = қызметкерлер не көреді (толық экспорт, бірінші оқиға):
demo-statistics = есепке арналған статистика (тек келісімі бар оқиғалар):
demo-step-examiner = 7. Телефонды немесе серверді көшірген адам не табады
demo-phone = телефон
demo-server = сервер
demo-examined = {$name}: {$files} файл, {$bytes} байт; оның сөздері немесе код аты: {$verdict}
demo-plaintext-found = ТАБЫЛДЫ (бұл қате)
demo-plaintext-not-found = табылмады
demo-plaintext-failure = файлдардан ({$name}) ашық мәтін табылды
demo-step-duress = 8. Мәжбүрлеу кезінде қолданылған құпия сөз
demo-duress-opened = мәжбүрлеу кезіндегі құпия сөзбен ашылды: {$count} оқиға, қосылған: {$enrolled}; кілт файлы бұрынғыдай {$bytes} байт
demo-real-gone = нағыз құпия сөз енді ештеңені ашпайды: оқиға телефонда жоқ (ол ұйымда)
demo-real-still-works = нағыз құпия сөз мәжбүрлеуден кейін де жұмыс істейді
demo-step-wipe = 9. Шұғыл өшіру (құпия сөз қажет емес)
demo-wiped = {$dir} кейін де бар ма: {$exists}
demo-yes = иә
demo-no = жоқ
demo-done = Дайын. Өзіңіз байқап көріңіз: wave vault init --vault ҚАЛТА, содан кейін wave record --vault ҚАЛТА --lang ru.
