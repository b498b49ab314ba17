# Wave қызметкерлерінің жұмыс орны (wave staff serve): қазақша.

app-name = Жұмыс орны
lock = Құлыптау
back-home = Бастапқы бетке
back-inbox = ← Барлық жазбалар
error-title = Бірдеңе дұрыс болмады
yes = Иә
no = Жоқ
bytes = { $count ->
    [one] { $count } байт
   *[other] { $count } байт
}
download = Жүктеп алу

nav-inbox = Жазбалар
nav-followup = Сүйемелдеу
nav-pull = Алу
nav-exports = Экспорт

unlock-title = Мұрағатты ашу
unlock-intro = Мұрағат осы компьютерде шифрланған күйде қалады. Мұнда ашқаныңыз тек жадта шифрдан шешіледі және құлыптағанда өшіріледі.
unlock-name = Атыңыз (сүйемелдеу тарихында сақталады)
unlock-passphrase = Мұрағаттың құпиясөзі
unlock-button = Ашу
unlock-idle = { $count ->
    [one] Мұрағат { $count } минут қолданылмаса, өзі құлыпталады.
   *[other] Мұрағат { $count } минут қолданылмаса, өзі құлыпталады.
}
unlock-wrong = Бұл құпиясөз мұрағатты ашпайды.
unlock-failed = Мұрағатты ашу мүмкін болмады. Қалтада қызметкерлер мұрағаты бар екенін тексеріңіз.
unlock-name-missing = Өзгерістеріңізге қол қойылуы үшін атыңызды енгізіңіз.

filter-search = Жауаптардан іздеу
filter-country = Ел
filter-violation = Бұзушылық
filter-from = Айдан бастап
filter-to = Айға дейін
filter-age = Жас тобы
filter-status = Сүйемелдеу мәртебесі
filter-consent = Келісім берілген
filter-attachments = Тек файлдары барлар
filter-any = Кез келген
filter-apply = Көрсету
filter-clear = Сүзгілерді тазарту
filter-rejected = { $count ->
    [one] Қабылданбаған { $count } жіберілім
   *[other] Қабылданбаған { $count } жіберілім
}
inbox-count = { $count ->
    [one] { $count } жазба сәйкес келеді
   *[other] { $count } жазба сәйкес келеді
}
inbox-total = мұрағатта барлығы: { $count }
inbox-empty = Бұл сүзгілерге сәйкес жазба жоқ.
no-code-name = (код атауы жоқ)
page-previous = ← Алдыңғы
page-next = Келесі →
rejected-title = Қабылданбаған жіберілімдер
rejected-none = Ештеңе қабылданбай қалған жоқ.

col-code-name = Код атауы
col-country = Ел
col-month = Ай
col-violations = Бұзушылықтар
col-status = Мәртебе
col-attachments = Файлдар
col-received = Алынды
col-reason = Себеп
col-detail = Толығырақ
col-submission = Жіберілім

status-new = Жаңа
status-reviewed = Қаралды
status-referred = Жолданды
status-complaint_filed = Шағым берілді
status-outcome = Нәтиже
status-closed = Жабылды

referral-lawyer = Заңгер
referral-medical = Медициналық көмек
referral-shelter = Баспана
referral-social_worker = Әлеуметтік қызметкер
complaint-police = Полиция
complaint-prosecutor = Прокуратура
complaint-ombudsperson = Омбудсмен
complaint-court = Сот
complaint-un_body = БҰҰ органы

consent-store = Жазбаны сақтау
consent-audio = Дыбыс жазу
consent-statistics = Жасырын статистика
consent-lawyer = Заңгерге беру
consent-un = БҰҰ-ға өтініштер
consent-intl_complaint = Халықаралық шағымдар
consent-media = БАҚ
consent-recontact = Қайта хабарласу
consent-history = Келісімдер тарихы
consent-none = Келісім жазылмаған.
consent-purpose = Мақсат
consent-answer = Жауап
consent-when = Қашан

precision-estimated = шамамен
precision-month = тек ай

case-title = Жазба
case-version = Нұсқа
case-not-latest = ертерек нұсқа
case-other-answers = Басқа жауаптар
case-attachments = Файлдар
case-no-attachments = Файл жоқ.
case-not-found = Мұрағатта мұндай жазба жоқ.
attachment-damaged = Бұл файл өз таңбасына сәйкес келмейді, сондықтан көрсетілмейді.

versions-title = Нұсқалар
versions-shown = ашық
versions-finalized = аяқталды
versions-item = Сұрақ
versions-before = Бұрын
versions-after = Кейін

verify-title = Тексеру
verify-signature = Құрылғының қолтаңбасы
verify-signature-ok = Тексерілді
verify-signature-bad = Тексерілмеді
verify-key = Құрылғы кілті (SHA-256)
verify-first-seen = Құрылғы кілті
verify-first-seen-ok = Құрылғы алғаш көрінгендегі кілтпен бірдей
verify-first-seen-bad = Алғаш көрінген кілттен өзгеше
verify-device = Құрылғы
verify-received = Сервер алды
verify-pulled = Мұрағатқа алынды
verify-not-recorded = жазылмаған
verify-unavailable = қолжетімсіз

followup-title = Заңдық сүйемелдеу
followup-status = Мәртебе
followup-new-status = Жаңа мәртебе
followup-unchanged = (өзгеріссіз)
followup-referred-to = Жолданған жері
followup-complaint-to = Шағым берілген орган
followup-assignee = Жауапты адам
followup-due = Мерзімі
followup-note = Ескертпе
followup-save = Өзгерісті сақтау
followup-history = Тарих
followup-no-history = Әзірге сүйемелдеу жоқ.
followup-invalid = Өзгеріс сақталмады: күн мен таңдауды тексеріңіз.
followup-not-saved = Өзгерісті мұрағатта сақтау мүмкін болмады.
followup-counts = Мәртебе бойынша жазбалар
followup-supported = { $count ->
    [one] { $count } жазба жолданды немесе әрі қарай берілді.
   *[other] { $count } жазба жолданды немесе әрі қарай берілді.
}
followup-due-list = Мерзімдер
followup-nothing-due = Мерзім жоқ.
followup-overdue = мерзімі өтті

pull-from = Жаңа жіберілімдер { $value } серверінен келеді.
pull-start = Жаңа жіберілімдерді алу
pull-progress = Барысы
pull-state = Күйі
pull-new = Жаңа жазбалар
pull-already = Мұрағатта бұрыннан бар
pull-retried = Қайта тексерілген қабылданбағандар
pull-rejected = Қабылданбады
pull-idle = Басталған жоқ
pull-running = Алынуда…
pull-done = Дайын
pull-failed = Қатемен тоқтады
pull-not-configured = Осы жерден алу үшін жұмыс орнын сервер мекенжайымен, қызметкер токенімен және ұйым кілтінің файлымен іске қосыңыз:

exports-intro = Әр экспортта әр жазбаның соңғы нұсқасы бар.
exports-warning = Толық экспортта барлық жауап, соның ішінде сезімтал жауаптар бар: оны мұрағат сияқты мұқият сақтаңыз. Ашық экспортта тек келісім берілген нәрсе ғана бар.
export-full = Толық
export-public = Ашық
export-unknown = Мұндай экспорт жоқ.
export-failed = Экспортты жасау мүмкін болмады.

## Статистика, карта, өңдеу және есептер

nav-stats = Статистика
nav-map = Карта
nav-reports = Есептер
stats-public = Ашық деректер
stats-public-hint = Тек жасырын статистикаға келісім берілген жазбалар, ашық ережелер бойынша (жыныстық зорлық-зомбылық түрлері бірге саналады). Оларды жариялауға болады.
stats-internal = Ішкі деректер
stats-internal-hint = Барлық жазба, жазылған күйінде. Тек ұйымның өз жұмысы үшін — жариялауға емес.
stats-cases = { $count ->
    [one] { $count } жазба
   *[other] { $count } жазба
}
stats-none = Жазба жоқ.
stats-by-country = Елдер бойынша
stats-by-violation = Бұзушылық түрлері бойынша
stats-by-month = Оқиға болған ай бойынша
stats-by-age = Жас топтары бойынша
stats-by-service = Қызметкерлердің қызметі бойынша
stats-by-status = Сүйемелдеу мәртебесі бойынша
stats-download-csv = CSV жүктеп алу
stats-csv-label = Атауы
stats-csv-cases = Жазбалар
stats-unknown = Жауап жоқ немесе тізімде жоқ нұсқа
stats-sexual-violence = Жыныстық зорлық-зомбылық (барлық түрі)
stats-unknown-table = Мұндай кесте жоқ.
map-internal = Ішкі: оқиға болған жерлер
map-public = Ашық: тек елдер
map-internal-hint = Әр нүкте — жазбада көрсетілген жер. Тек ішкі жұмыс үшін: бұл көріністі ешкімге көрсетпеңіз.
map-public-hint = Жасырын статистикаға келісім берілген жазбалар, елдер бойынша саналған. Мұнда ешбір жер де, жазба да жоқ.
map-points = { $count ->
    [one] Картада { $count } жазба
   *[other] Картада { $count } жазба
}
map-unplaced = { $count ->
    [one] { $count } жазбаның орны жоқ
   *[other] { $count } жазбаның орны жоқ
}
map-open-case = Жазбаны ашу
map-attribution = Елдердің шекаралары: Natural Earth (қоғамдық игілік), Wave құрамында; карта желісіз жұмыс істейді.
redact-open = Есептерге мәтін дайындау
redact-title = Өңдеу
redact-back = Жазбаға оралу
redact-intro = Әр әңгімені аттарсыз, жерлерсіз, күндерсіз, қызметкерлердің белгілерінсіз және біреуді танытуы мүмкін кез келген нәрсесіз қайта жазыңыз. Түпнұсқа мұрағатта өзгеріссіз қалады; есептер тек өңделген мәтінді және тек тексерілді деп белгіленгеннен кейін ғана келтіреді.
redact-reviewed = Тексерілді: адамды тануға болатын дерек жоқ
redact-not-reviewed = Тексерілмеді: есептерге кірмейді
redact-never = Әлі өңделмеді: есептерге кірмейді
redact-saved-by = сақтаған
redact-nothing = Бұл нұсқада өңдейтін әңгіме жоқ.
redact-original = Түпнұсқа (мұрағатта қалады)
redact-redacted = Есептерге арналған мәтін
redact-mark-reviewed = Мен бұл мәтіндерді тексердім: олар арқылы ешкімді тану мүмкін емес
redact-save = Сақтау
redact-invalid = Сақталмады: мәтін тым ұзын немесе бұл жазбада жоқ жауапқа қатысты.
redact-not-saved = Мұрағатта сақтау мүмкін болмады.
report-certificate = Дәлелдер туралы анықтама
report-un-title = БҰҰ органына ұсыну
report-un-intro = Ел мен кезең бойынша жасырын статистикаға келісім берілген жазбалардың деректері; дәйексөздер тек БҰҰ-ға беруге келісім берілген, өңделген және тексерілген жазбалардан алынады.
report-quotable = { $count ->
    [one] Тексерілген { $count } дәйексөз бар.
   *[other] Тексерілген { $count } дәйексөз бар.
}
report-un-body = БҰҰ органы
report-un-body-default = БҰҰ-ның адам құқықтары жөніндегі органы
report-make = Есепті жасау
report-certificate-title = Дәлелдер туралы анықтама
report-certificate-intro = Заңгер үшін: жазба нұсқасында не тексерілгені. Тізімде тек заңгерге беруге келісім берілген жазбалар бар.
report-no-certificates = Бірде-бір жазбада заңгерге беруге келісім жоқ.
report-back = Есептерге оралу
report-print = Басып шығару немесе PDF
report-un-heading = Ұсынылатын орган:
report-period = Кезең
report-cases = Саналған жазбалар
report-generated = Дайындалды
report-un-method = Барлық сандар тек жасырын статистикаға келісім берілген жазбаларды санайды; әр жазба соңғы нұсқасы бойынша бір рет саналады.
report-quotations = Өз сөздерімен айтылған әңгімелер
report-quotations-rule = Тек БҰҰ-ға беруге келісім болса, өңдеуден және адамды тануға болатын деректерге тексеруден кейін ғана келтіріледі.
report-no-quotations = Бұл кезеңде тексерілген дәйексөз жоқ.
report-all-time = Барлық уақыт
report-all-countries = Барлық елдер
report-certificate-statement = Бұл анықтама Wave қызметкерлерінің жұмыс орны жіберілген бір жазба нұсқасында нені тексергенін тіркейді. Тексерулер қызметкердің өз компьютерінде жасалды; сервер жазбаны ешқашан оқылатын түрде сақтаған жоқ.
report-certificate-case = Жазба
report-case-id = Құрылғыдағы жазба нөмірі
report-submission = Жіберілім
report-form = Сауалнама
report-file = Файл
report-finalized = Құрылғыда аяқталды
report-media-type = Түрі
report-size = Өлшемі (байт)
report-no-lawyer-consent = Бұл жазбада заңгерге беруге келісім жоқ, сондықтан анықтама жасау мүмкін емес.
report-record-unavailable = Бұл жазбаның тексеру туралы мәліметін оқу мүмкін болмады.

## Бас тартулар мен қателер, қарапайым мәтінмен көрсетіледі

refused-host = Бас тартылды: Host қате. Жұмыс орны тек wave staff serve басып шығарған мекенжай бойынша жауап береді.
refused-no-session = Бас тартылды: wave staff serve командасы басып шығарған сілтемені ашыңыз.
refused-link-used = Бас тартылды: бұл сілтеме бұрын қолданылған немесе қате; wave staff serve командасын қайта іске қосыңыз.
refused-too-large = Бас тартылды: сұрау тым үлкен.
refused-csrf = Бас тартылды: CSRF токені жоқ немесе қате. Бетті жаңартып, қайта көріңіз.
page-not-drawn = Бетті құру мүмкін болмады.
map-not-drawn = Картаны салу мүмкін болмады.
no-random-source = Жүйенің кездейсоқ сандар көзі істемеді.
workspace-locked = Мұрағат құлыпталған.
