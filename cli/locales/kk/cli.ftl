# `wave` командалық жолы: жұмыс кезінде шығаратын барлық мәтіні, қазақша.
# Draft translation until a native speaker signs it off (docs/translating.md).
# clap-тың --help мәтіндері мұнда жоқ; олар ағылшынша қалады.

## Жалпы

internal-error = ішкі қате; қойма осы командаға дейінгі күйінде қалды
invalid-arguments = {$reason} (wave --help қараңыз)
cannot-read = {$file} файлын оқу мүмкін болмады: {$error}
cannot-write = {$file} файлына жазу мүмкін болмады: {$error}
cannot-write-in = {$dir} қалтасына жазу мүмкін болмады: {$error}
cannot-create = {$file} файлын жасау мүмкін болмады: {$error}
file-too-large = {$file} файлының көлемі {$mib} МиБ шегінен асады
not-json = {$file} — жарамды JSON емес: {$error}
not-a-file-name = {$file} — файл атауы емес
runtime-failed = желі ортасын іске қосу мүмкін болмады: {$error}
bytes = { $count ->
    [one] {$count} байт
   *[other] {$count} байт
}
problem-in-entry = {$item} ({$entry}-тармақ): {$message}
sealing-deferred = ескерту: жазба аяқталды, бірақ ұйым үшін әлі шифрланған жоқ ({$reason}); келесі `wave sync` оны шифрлап, жібереді

## Құпия сөздер

passphrase-prompt = Қойманың құпия сөзі:{" "}
passphrase-new-prompt = Қойманың жаңа құпия сөзі:{" "}
passphrase-repeat-prompt = Қойманың құпия сөзін қайталаңыз:{" "}
passphrase-differ = қойманың екі құпия сөзі бірдей емес; ештеңе өзгертілген жоқ
duress-new-prompt = Жаңа екінші құпия сөз (қауіп төнгенде):{" "}
duress-repeat-prompt = Екінші құпия сөзді (қауіп төнгенде) қайталаңыз:{" "}
duress-differ = екінші құпия сөздің екі нұсқасы бірдей емес; ештеңе өзгертілген жоқ
archive-new-prompt = Мұрағаттың жаңа құпия сөзі:{" "}
archive-repeat-prompt = Мұрағаттың құпия сөзін қайталаңыз:{" "}
archive-differ = мұрағаттың екі құпия сөзі бірдей емес; ештеңе өзгертілген жоқ
passphrase-empty = бос құпия сөзге рұқсат жоқ
passphrase-no-terminal = құпия сөзді сұрайтын терминал жоқ; скриптер үшін {$variable} айнымалысын орнатыңыз

## wave vault

vault-created = {$dir} ішінде қойма жасалды (Argon2id: {$mib} МиБ, { $passes ->
    [one] {$passes} өту
   *[other] {$passes} өту
}).
passphrase-changed = Құпия сөз өзгертілді.
duress-set = Екінші (қауіп төнгенде қолданылатын) құпия сөз орнатылды. Қойманы онымен ашу ондағы барлық жазбаны жояды.
wipe-after-invalid = қате әрекеттер саны немесе "off" күтілген еді, "{$given}" емес
wipe-after-set = { $count ->
    [one] Қатарынан {$count} қате құпия сөз енгізілгеннен кейін қойма өшіріледі.
   *[other] Қатарынан {$count} қате құпия сөз енгізілгеннен кейін қойма өшіріледі.
}
wipe-after-off = Қате әрекеттерден кейін өшіру сөндірілді.
vault-wiped = Қойма өшірілді.
vault-nothing-to-wipe = {$dir} ішінде қойма жоқ; өшіретін ештеңе жоқ.
vault-missing = {$dir} ішінде қойма жоқ

## wave case

case-add-refused = Ештеңе сақталған жоқ; мыналарды түзетіп, қайта қосыңыз:
answers-not-object = {$file} ішінде жауаптардың JSON нысаны болуы керек (сұрақ id → жауап)
cases-none = Жазбалар жоқ.
cases-count = { $count ->
    [one] {$count} жазба
   *[other] {$count} жазба
}
column-id = ID
column-status = КҮЙІ
column-updated = ӨЗГЕРТІЛДІ
column-title = АТАУЫ
case-status = { $status ->
    [draft] қаралама
    [finalized] аяқталған
   *[other-status] {$status}
}
case-finalized = {$id} жазбасы аяқталды (нұсқасы: {$version}).
attached = Тіркелді: {$bytes} байт, SHA-256 {$sha256}.
attachment-written = {$file} файлына {$bytes} байт жазылды (SHA-256 {$sha256} тексерілді).
case-deleted = {$id} жазбасы өшірілді.
case-heading = Жазба {$id}
case-field-status = күйі
case-field-form = сауалнама
case-field-created = жасалды
case-field-updated = өзгертілді
case-field-versions = нұсқалар
case-answers = Жауаптар:
case-attachments = Тіркемелер:

## wave form

form-valid = {$file}: «{$id}» сауалнамасы жарамды, нұсқасы {$version}: бөлімдер: {$sections}, сұрақтар: {$items}, тілдер: {$languages}
form-invalid = { $count ->
    [one] {$file} — жарамды сауалнама емес ({$count} қате; wave form check іске қосыңыз)
   *[other] {$file} — жарамды сауалнама емес ({$count} қате; wave form check іске қосыңыз)
}
builtin-form-broken = кірістірілген сауалнама бүлінген: {$errors}
form-no-language = сауалнамада «{$lang}» тілі жоқ; бар тілдер: {$languages}
outline-if = егер {$condition}
outline-required = міндетті
outline-sensitive = сезімтал
outline-public = ашық
review-status = { $status ->
    [source] бастапқы тіл
    [draft] қаралама: ана тілінде сөйлейтін адам әлі тексерген жоқ
   *[other-status] {$status}
}
review-reviewed = тексерген: {$reviewer}, {$date}
translations-exported = {$lang} мәтіндері {$file} файлына жазылды.
translations-imported = {$lang} тілі {$file} файлына импортталды: { $changed ->
    [one] {$changed} мәтін өзгертілді
   *[other] {$changed} мәтін өзгертілді
}, {$skipped} мәтін өзгеріссіз қалды (аударылмаған немесе fuzzy деп белгіленген).
translations-new-language = {$lang} — сауалнама үшін жаңа тіл: ана тілінде сөйлейтін тексеруші бекіткенше, ол "draft" деп белгіленеді (docs/translating.md).
translations-refused = { $count ->
    [one] {$count} мәселе; {$file} файлына ештеңе жазылған жоқ
   *[other] {$count} мәселе; {$file} файлына ештеңе жазылған жоқ
}

## wave record

record-stopped-nothing-saved = ештеңе сақталған жоқ: {$message}
record-needs-consent = ештеңе сақталған жоқ: жауаптарда {$item} (сақтауға келісім) болуы керек: {$error}
record-draft-with-problems = Қаралама сақталды; мыналарды түзетіп, --case {$id} арқылы қайта жазыңыз немесе жауаптарды өңдеңіз:
record-draft-saved = Қаралама ретінде сақталды; барлық жауап жарамды. Аяқтау үшін --finalize қосыңыз.
record-commands = Жауапты теріп, Enter басыңыз. ? — түсіндірме, < — артқа, = — барысы, review — тексеру, jump БӨЛІМ — бөлімге өту, quit — үзіліс. Бос жол — өткізіп жіберу.
record-paused = Қаралама сақталды; жалғастыру үшін: wave record --case {$id}
record-nothing-saved = Ештеңе сақталған жоқ.
record-no-help = Бұл сұраққа түсіндірме жоқ.
record-progress = Жауап берілді: {$answered}/{$relevant}
record-finish-prompt = Аяқтап, жазбаны біржола сақтайсыз ба? (иә/жоқ)
record-finalized = Жазба аяқталды: {$id}
record-incomplete = жазба толық емес; жалғастыру үшін wave record --case ID іске қосыңыз
record-stopped-draft-kept = жазу тоқтатылды; қаралама сақталды
record-add-entry = Қосасыз ба: {$entry}? (иә/жоқ)
record-current-answer = қазір: {$answer}
record-hint-multi = нөмірлер, үтір арқылы
record-hint-yes-no = иә/жоқ
record-hint-date = ЖЖЖЖ-АА-КК, шамамен болса ~ЖЖЖЖ-АА-КК, ЖЖЖЖ-АА
record-hint-time = СС:ММ
record-hint-minutes = минут
record-hint-location = ендік, бойлық
record-hint-files = файл жолдары, үтір арқылы
record-hint-info = Enter
record-no-such-choice = мұндай нұсқа жоқ: «{$choice}»
record-attach-before-saved = тіркемелерді жазба сақталғаннан кейін қосуға болады
record-review = Жауаптарыңызды тексеріңіз
# «Иә» және «жоқ» ретінде қабылданатын сөздер, үтір арқылы (ағылшын сөздері әрқашан қабылданады).
record-yes-words = иә, ия, и
record-no-words = жоқ, ж

## wave enroll, wave sync

enrolled = {$server} серверіне {$device} құрылғысы ретінде қосылды.
sync-wiped = қойма өшірілді; синхрондау тоқтады
sync-summary = Жіберілді: {$sent} ({$duplicates} бұрыннан бар еді), қабылданбады: {$failed}, әлі күтуде: {$pending}.
sync-waiting = кейбір жазбалар әлі жіберуді күтуде
sync-case-rejected = сервер {$case} жазбасын қабылдамады: {$reason}
sync-not-sent = { $count ->
    [one] {$count} жазба нұсқасы әлі жіберілген жоқ: {$reason}
   *[other] {$count} жазба нұсқасы әлі жіберілген жоқ: {$reason}
}

## wave staff

pin-invalid = --pin сервердің ашық кілтінің SHA-256 дайджесі болуы керек: 64 он алтылық цифр
identity-exists = {$file} бұрыннан бар; ұйымның кілт файлы ешқашан қайта жазылмайды
identity-written = Ұйымның кілті {$file} файлына жазылды. Оны құпия сақтаңыз және сақтық көшірмесін жасаңыз: онсыз ұйымға жіберілген бірде-бір жазбаны ашу мүмкін емес.
identity-readable = ескерту: {$file} файлын осы компьютердің басқа пайдаланушылары оқи алады (chmod 600 орындаңыз)
duration-invalid = жарамсыз мерзім «{$given}»: s, m, h немесе d жалғанған сан күтіледі, мысалы 30m, 24h немесе 7d
enrollment-string-failed = қосылу жолын жасау мүмкін болмады: {$error}
enrollment-code-made = Бір құрылғыға арналған бір реттік қосылу коды: {$code}; жарамдылық мерзімі: {$until}.
archive-created = {$dir} ішінде қызметкерлер мұрағаты жасалды.
archive-missing = {$dir} ішінде қызметкерлер мұрағаты жоқ
page-size-invalid = --page-size 1 мен 1000 аралығында болуы керек
pull-interrupted = {$error}; осыған дейін алынғанның бәрі сақталды, жалғастыру үшін қайта алыңыз
pull-summary = {$server} серверінен алынды: жаңа {$new}, бұрыннан бар {$had}, қабылданбаған {$rejected}{ $recovered ->
    [0] {""}
    [one] , бұрын қабылданбағандардың қазір ашылғаны: {$recovered}
   *[other] , бұрын қабылданбағандардың қазір ашылғаны: {$recovered}
}{ $still ->
    [0] {""}
    [one] , бұрын қабылданбағандардың әлі ашылмайтыны: {$still}
   *[other] , бұрын қабылданбағандардың әлі ашылмайтыны: {$still}
}; { $attachments ->
    [one] шифры шешілген тіркемелер: {$attachments}.
   *[other] шифры шешілген тіркемелер: {$attachments}.
}
pull-rejected =   {$submission} жіберілімі қабылданбады (сервердегі нөмірі {$seq}, құрылғы {$device}): {$reason}
pull-rejected-total = { $count ->
    [one] {$count} жіберілім қабылданбады; ол себебімен бірге мұрағатта сақталады
   *[other] {$count} жіберілім қабылданбады; әрқайсысы себебімен бірге мұрағатта сақталады
}
export-public-done = { $count ->
    [one] Статистикаға келісім берілген {$count} жазба ашық {$format} ретінде экспортталды; келісімсіз {$without} жазба қосылмады.
   *[other] Статистикаға келісім берілген {$count} жазба ашық {$format} ретінде экспортталды; келісімсіз {$without} жазба қосылмады.
}
export-done = { $count ->
    [one] {$count} жазба {$format} ретінде, сезімтал жауаптарымен бірге экспортталды: оны мұрағат сияқты қауіпсіз сақтаңыз.
   *[other] {$count} жазба {$format} ретінде, сезімтал жауаптарымен бірге экспортталды: оны мұрағат сияқты қауіпсіз сақтаңыз.
}
export-unknown-form = { $count ->
    [one] Бұл бағдарлама білмейтін сауалнама бойынша жазылған {$count} жазба қосылмады.
   *[other] Бұл бағдарлама білмейтін сауалнама бойынша жазылған {$count} жазба қосылмады.
}

## wave demo

demo-folder-exists = {$dir} бұрыннан бар; бос қалта таңдаңыз
demo-step-server = 1. Ұйым: осы компьютердегі синхрондау сервері, қызметкер токені, ұйымның кілті
demo-server-listening = сервер {$url} мекенжайын тыңдап тұр (деректер {$dir} ішінде)
demo-public-key = ұйымның ашық кілті: {$key}
demo-step-code = 2. Қызметкерлер аутрич-қызметкердің телефоны үшін бір реттік қосылу кодын жасайды
demo-step-phone = 3. Телефон: кодпен ұйымға қосылған шифрланған қойма
demo-vault = қойма {$dir} (демо үшін Argon2id 19 МиБ × 2; нақты қоймалар құрылғыға қарай бапталады)
demo-enrolled = {$device} құрылғысы ретінде қосылды
demo-step-case = 4. Сауалнама бойынша (орыс тілінде) жазылған, фотосы бар, аяқталған жазба
demo-case = жазба {$id}, нұсқасы {$version}; фото {$bytes} байт, SHA-256 {$sha256}…
demo-not-sealed = ұйым үшін әлі шифрланған жоқ ({$reason}); төмендегі синхрондау алдымен оны шифрлайды
demo-sealed = ұйым үшін бірден шифрланды: жіберуді күтуде: {$count}
demo-step-sync = 5. Байланыс болғанда синхрондау
demo-synced = жіберілді {$sent}, жүктелген тіркемелер {$blobs}, әлі күтуде {$pending}
demo-step-pull = 6. Қызметкерлер жазбаларды алады, құрылғының қолтаңбасын тексереді, шифрын шешіп, өздерінің шифрланған мұрағатына салады
demo-pulled = жаңа {$new}, қабылданбаған {$rejected}, шифры шешілген тіркемелер {$attachments}
demo-staff-see = қызметкерлер не көреді (толық экспорт, бірінші жазба):
demo-statistics = баяндамаға арналған статистика (тек келісім берілген жазбалар):
demo-step-examiner = 7. Телефонды немесе серверді көшіріп алған адам не табады
demo-phone = телефон
demo-server = сервер
demo-examined = {$name}: { $files ->
    [one] {$files} файл
   *[other] {$files} файл
}, {$bytes} байт; оның сөздері немесе шартты аты: {$verdict}
demo-plaintext-found = ТАБЫЛДЫ (бұл — қате)
demo-plaintext-not-found = табылған жоқ
demo-plaintext-failure = файлдардан ашық мәтін табылды ({$name})
demo-step-duress = 8. Мәжбүрлеген кезде қолданылатын екінші құпия сөз
demo-duress-opened = екінші құпия сөзбен ашылды: { $count ->
    [one] {$count} жазба
   *[other] {$count} жазба
}, қосылған: {$enrolled}; кілт файлы бұрынғыдай {$bytes} байт
demo-real-gone = нағыз құпия сөз енді ештеңе ашпайды: жазба телефоннан жойылды (ол ұйымда бар)
demo-real-still-works = нағыз құпия сөз екінші құпия сөз қолданылғаннан кейін де жұмыс істеді
demo-step-wipe = 9. Шұғыл өшіру (құпия сөз керек емес)
demo-wiped = өшіруден кейін {$dir} бар ма: {$exists}
demo-yes = иә
demo-no = жоқ
demo-done = Дайын. Өзіңіз байқап көріңіз: wave vault init --vault ҚАЛТА, содан кейін wave record --vault ҚАЛТА --lang ru.

## wave staff: ұйымның кілттері (алушылар жинағы, қолтаңба кілті, үлестер)

file-exists-kept = {$file} бұрыннан бар; Wave оны ешқашан қайта жазбайды
recipient-set-version = нұсқа: {$version}
recipient-set-created = жасалған: {$created}
recipient-set-recipient = алушы: {$recipient}
recipient-set-none = Бұл серверде алушылар жинағы жарияланбаған: құрылғылар өздерінің қосылу жолындағы алушыларға шифрлайды.
recipient-set-need-key = жинақты тексеру үшін --signing-public-key немесе --signing-key көрсетіңіз
recipient-set-refused = назар аударыңыз: ұйымның жаңа алушылар жинағы қабылданбады, сондықтан жазбалар бұрынғыдай қазіргі жинаққа шифрланады: {$problem}
signing-key-written = Ұйымның қолтаңба кілті {$file} файлына жазылды. Оны желіге қосылмаған жерде сақтаңыз және сақтық көшірмесін жасаңыз (wave staff signing-key split); құрылғыларға жоғарыдағы ашық кілтті беріңіз (wave staff enroll-code --signing-public-key).
enroll-code-unsigned = Ескерту: --signing-public-key болмаса, бұл құрылғы осы алушыларға біржола шифрлайды; кейін тәркіленген кілтті одан алып тастау мүмкін болмайды.
shares-folder-exists = {$dir} қалтасын жасау мүмкін болмады (ол әлі болмауы керек): {$error}
share-header = { $kind ->
    [identity] # Wave үлесі: {$number} / {$total} (ұйымның кілті); кез келген {$threshold} үлес оны қалпына келтіреді.
   *[signing-key] # Wave үлесі: {$number} / {$total} (ұйымның қолтаңба кілті); кез келген {$threshold} үлес оны қалпына келтіреді.
}
shares-written = { $kind ->
    [identity] Ұйым кілтінің үлестері ({$total}) {$dir} қалтасына жазылды; кез келген {$threshold} үлес оны қалпына келтіреді. Әр үлесті басқа адамға беріңіз, оларды бірге сақтамаңыз және таратып болған соң бұл қалтаны жойыңыз.
   *[signing-key] Ұйымның қолтаңба кілтінің үлестері ({$total}) {$dir} қалтасына жазылды; кез келген {$threshold} үлес оны қалпына келтіреді. Әр үлесті басқа адамға беріңіз, оларды бірге сақтамаңыз және таратып болған соң бұл қалтаны жойыңыз.
}
share-unreadable = {$number}-үлес: бұл үлес мәтіні емес, ал осындай атаулы файлды оқу мүмкін емес ({$error})
share-as-argument = {$number}-үлес пәрмен жолында мәтін ретінде берілді, оны осы компьютердің басқа пайдаланушылары мен қабықша тарихы көреді: оның орнына - деп жазып, сұралғанда енгізіңіз (немесе үлестерді құбыр арқылы, әр жолға біреуден беріңіз)
share-prompt = {$number}-үлес (көрсетілмейді):
shares-other-kind = { $kind ->
    [identity] бұл үлестер ұйымның қолтаңба кілтін емес, ұйымның кілтін қалпына келтіреді
   *[signing-key] бұл үлестер ұйымның кілтін емес, ұйымның қолтаңба кілтін қалпына келтіреді
}
secret-restored = { $kind ->
    [identity] Ұйымның кілті {$file} файлына қалпына келтірілді.
   *[signing-key] Ұйымның қолтаңба кілті {$file} файлына қалпына келтірілді.
}

## wave staff serve: қызметкерлердің жұмыс орны
demo-step-serve = 10. Көрсетілім мұрағатындағы қызметкерлердің жұмыс орны
demo-serve-passphrase = оны мына құпия сөзбен ашыңыз: {$passphrase}
idle-lock-invalid = --idle-lock 1 мен 1440 минут аралығында болуы керек
serve-needs-token = --server үшін --token (немесе WAVE_STAFF_TOKEN) қажет
serve-no-archive = {$dir} ішінде қызметкерлер мұрағаты жоқ; оны wave staff pull командасымен жасаңыз
serve-link = Қызметкерлердің жұмыс орны жоғарыдағы сілтеме арқылы ашылады (ол бір рет, бір браузерде жұмыс істейді). Құлыптап, тоқтату үшін Ctrl-C басыңыз.
serve-stopped = Құлыпталды және тоқтатылды.
