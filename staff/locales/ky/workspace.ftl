# Wave кызматкерлеринин иш орду (wave staff serve): кыргызча.

app-name = Иш орду
lock = Кулпулоо
back-home = Баштапкы бетке
back-inbox = ← Бардык жазуулар
error-title = Бир нерсе туура эмес болуп калды
yes = Ооба
no = Жок
bytes = { $count ->
    [one] { $count } байт
   *[other] { $count } байт
}
download = Жүктөп алуу

nav-inbox = Жазуулар
nav-followup = Коштоо
nav-pull = Алуу
nav-exports = Экспорт

unlock-title = Архивди ачуу
unlock-intro = Архив бул компьютерде шифрленген бойдон калат. Бул жерде ачканыңыз эс тутумда гана шифрден чечилет жана кулпулаганда өчүрүлөт.
unlock-name = Атыңыз (коштоо тарыхында сакталат)
unlock-passphrase = Архивдин сырсөзү
unlock-button = Ачуу
unlock-idle = { $count ->
    [one] Архив { $count } мүнөт колдонулбаса, өзү кулпуланат.
   *[other] Архив { $count } мүнөт колдонулбаса, өзү кулпуланат.
}
unlock-wrong = Бул сырсөз архивди ачпайт.
unlock-failed = Архивди ачуу мүмкүн болгон жок. Папкада кызматкерлердин архиви бар экенин текшериңиз.
unlock-name-missing = Өзгөртүүлөрүңүзгө кол коюлушу үчүн атыңызды жазыңыз.

filter-search = Жооптордон издөө
filter-country = Өлкө
filter-violation = Бузуу
filter-from = Айдан баштап
filter-to = Айга чейин
filter-age = Жаш тобу
filter-status = Коштоо абалы
filter-consent = Макулдук берилген
filter-attachments = Файлдары барлар гана
filter-any = Каалаган
filter-apply = Көрсөтүү
filter-clear = Чыпкаларды тазалоо
filter-rejected = { $count ->
    [one] Кабыл алынбаган { $count } жөнөтмө
   *[other] Кабыл алынбаган { $count } жөнөтмө
}
inbox-count = { $count ->
    [one] { $count } жазуу дал келет
   *[other] { $count } жазуу дал келет
}
inbox-total = архивде бардыгы: { $count }
inbox-empty = Бул чыпкаларга дал келген жазуу жок.
no-code-name = (код аты жок)
page-previous = ← Мурунку
page-next = Кийинки →
rejected-title = Кабыл алынбаган жөнөтмөлөр
rejected-none = Эч нерсе четке кагылган жок.

col-code-name = Код аты
col-country = Өлкө
col-month = Ай
col-violations = Бузуулар
col-status = Абалы
col-attachments = Файлдар
col-received = Алынды
col-reason = Себеби
col-detail = Кененирээк
col-submission = Жөнөтмө

status-new = Жаңы
status-reviewed = Каралды
status-referred = Жолдомо берилди
status-complaint_filed = Даттануу берилди
status-outcome = Натыйжа
status-closed = Жабылды

referral-lawyer = Юрист
referral-medical = Медициналык жардам
referral-shelter = Баш калкалоочу жай
referral-social_worker = Социалдык кызматкер
complaint-police = Милиция
complaint-prosecutor = Прокуратура
complaint-ombudsperson = Акыйкатчы
complaint-court = Сот
complaint-un_body = БУУ органы

consent-store = Жазууну сактоо
consent-audio = Үн жаздыруу
consent-statistics = Жашыруун статистика
consent-lawyer = Юристке берүү
consent-un = БУУга кайрылуулар
consent-intl_complaint = Эл аралык даттануулар
consent-media = ЖМК
consent-recontact = Кайра байланышуу
consent-history = Макулдуктардын тарыхы
consent-none = Макулдук жазылган эмес.
consent-purpose = Максаты
consent-answer = Жооп
consent-when = Качан

precision-estimated = болжол менен
precision-month = ай гана

case-title = Жазуу
case-version = Версия
case-not-latest = мурунку версия
case-other-answers = Башка жооптор
case-attachments = Файлдар
case-no-attachments = Файл жок.
case-not-found = Архивде мындай жазуу жок.
attachment-damaged = Бул файл өз изине дал келбейт, ошондуктан көрсөтүлбөйт.

versions-title = Версиялар
versions-shown = ачык
versions-finalized = аякталды
versions-item = Суроо
versions-before = Мурун
versions-after = Кийин

verify-title = Текшерүү
verify-signature = Түзмөктүн кол тамгасы
verify-signature-ok = Текшерилди
verify-signature-bad = Текшерилген жок
verify-key = Түзмөктүн ачкычы (SHA-256)
verify-first-seen = Түзмөктүн ачкычы
verify-first-seen-ok = Түзмөк биринчи көрүнгөндөгү ачкыч менен бирдей
verify-first-seen-bad = Биринчи көрүнгөн ачкычтан башка
verify-device = Түзмөк
verify-received = Сервер алды
verify-pulled = Архивге алынды
verify-not-recorded = жазылган эмес
verify-unavailable = жеткиликсиз

followup-title = Юридикалык коштоо
followup-status = Абалы
followup-new-status = Жаңы абалы
followup-unchanged = (өзгөрүүсүз)
followup-referred-to = Жолдомо берилген жер
followup-complaint-to = Даттануу берилген орган
followup-assignee = Жооптуу адам
followup-due = Мөөнөтү
followup-note = Эскертүү
followup-save = Өзгөртүүнү сактоо
followup-history = Тарых
followup-no-history = Азырынча коштоо жок.
followup-invalid = Өзгөртүү сакталган жок: датаны жана тандоону текшериңиз.
followup-not-saved = Өзгөртүүнү архивде сактоо мүмкүн болгон жок.
followup-counts = Абалы боюнча жазуулар
followup-supported = { $count ->
    [one] { $count } жазууга жолдомо берилди же ал андан ары өткөрүлдү.
   *[other] { $count } жазууга жолдомо берилди же ал андан ары өткөрүлдү.
}
followup-due-list = Мөөнөттөр
followup-nothing-due = Мөөнөт жок.
followup-overdue = мөөнөтү өттү

pull-from = Жаңы жөнөтмөлөр { $value } серверинен келет.
pull-start = Жаңы жөнөтмөлөрдү алуу
pull-progress = Жүрүшү
pull-state = Абалы
pull-new = Жаңы жазуулар
pull-already = Архивде мурунтан бар
pull-retried = Кайра текшерилген кабыл алынбагандар
pull-rejected = Кабыл алынган жок
pull-idle = Башталган жок
pull-running = Алынууда…
pull-done = Даяр
pull-failed = Ката менен токтоду
pull-not-configured = Бул жерден алуу үчүн иш ордун сервердин дареги, кызматкердин токени жана уюмдун ачкыч файлы менен иштетиңиз:

exports-intro = Ар бир экспортто ар бир жазуунун акыркы версиясы бар.
exports-warning = Толук экспортто бардык жооптор, анын ичинде сезимтал жооптор бар: аны архивдей эле кылдат сактаңыз. Ачык экспортто макулдук берилген нерсе гана бар.
export-full = Толук
export-public = Ачык
export-unknown = Мындай экспорт жок.
export-failed = Экспортту жасоо мүмкүн болгон жок.

## Статистика, карта, түзөтүү жана отчеттор

nav-stats = Статистика
nav-map = Карта
nav-reports = Отчеттор
stats-public = Ачык маалымат
stats-public-hint = Жашыруун статистикага макулдук берилген жазуулар гана, ачык эрежелер боюнча (сексуалдык зомбулуктун түрлөрү бирге саналат). Аларды жарыялоого болот.
stats-internal = Ички маалымат
stats-internal-hint = Бардык жазуулар, жазылган бойдон. Уюмдун өз иши үчүн гана — жарыялоо үчүн эмес.
stats-cases = { $count ->
    [one] { $count } жазуу
   *[other] { $count } жазуу
}
stats-none = Жазуу жок.
stats-by-country = Өлкөлөр боюнча
stats-by-violation = Бузуу түрлөрү боюнча
stats-by-month = Окуя болгон ай боюнча
stats-by-age = Жаш топтору боюнча
stats-by-service = Кызматкерлердин кызматы боюнча
stats-by-status = Коштоо абалы боюнча
stats-download-csv = CSV жүктөп алуу
stats-csv-label = Аталышы
stats-csv-cases = Жазуулар
stats-unknown = Жооп жок же тизмеде жок вариант
stats-sexual-violence = Сексуалдык зомбулук (бардык түрү)
stats-unknown-table = Мындай таблица жок.
map-internal = Ички: окуя болгон жерлер
map-public = Ачык: өлкөлөр гана
map-internal-hint = Ар бир чекит — жазууда көрсөтүлгөн жер. Ички иш үчүн гана: бул көрүнүштү эч кимге көрсөтпөңүз.
map-public-hint = Жашыруун статистикага макулдук берилген жазуулар, өлкөлөр боюнча саналган. Бул жерде эч бир жер да, жазуу да жок.
map-points = { $count ->
    [one] Картада { $count } жазуу
   *[other] Картада { $count } жазуу
}
map-unplaced = { $count ->
    [one] { $count } жазуунун орду жок
   *[other] { $count } жазуунун орду жок
}
map-open-case = Жазууну ачуу
map-attribution = Өлкөлөрдүн чек аралары: Natural Earth (коомдук байлык), Wave курамында; карта тармаксыз иштейт.
redact-open = Отчетторго текст даярдоо
redact-title = Түзөтүү
redact-back = Жазууга кайтуу
redact-intro = Ар бир баянды аттарсыз, жерлерсиз, даталарсыз, кызматкерлердин белгилерисиз жана бирөөнү тааныта турган эч нерсесиз кайра жазыңыз. Түпнуска архивде өзгөрүүсүз калат; отчеттор түзөтүлгөн текстти гана жана текшерилди деп белгиленгенден кийин гана келтирет.
redact-reviewed = Текшерилди: адамды тааный турган маалымат жок
redact-not-reviewed = Текшерилген жок: отчетторго кирбейт
redact-never = Азырынча түзөтүлгөн жок: отчетторго кирбейт
redact-saved-by = сактаган
redact-nothing = Бул версияда түзөтө турган баян жок.
redact-original = Түпнуска (архивде калат)
redact-redacted = Отчеттор үчүн текст
redact-mark-reviewed = Мен бул тексттерди текшердим: алар аркылуу эч кимди таанууга болбойт
redact-save = Сактоо
redact-invalid = Сакталган жок: текст өтө узун же бул жазууда жок жоопко тиешелүү.
redact-not-saved = Архивде сактоо мүмкүн болгон жок.
report-certificate = Далилдер жөнүндө маалымкат
report-un-title = БУУ органына сунуштоо
report-un-intro = Өлкө жана мезгил боюнча жашыруун статистикага макулдук берилген жазуулардын маалыматы; цитаталар БУУга берүүгө макулдук берилген, түзөтүлгөн жана текшерилген жазуулардан гана алынат.
report-quotable = { $count ->
    [one] Текшерилген { $count } цитата бар.
   *[other] Текшерилген { $count } цитата бар.
}
report-un-body = БУУ органы
report-un-body-default = БУУнун адам укуктары боюнча органы
report-make = Отчетту түзүү
report-certificate-title = Далилдер жөнүндө маалымкат
report-certificate-intro = Юрист үчүн: жазуунун версиясында эмне текшерилгени. Тизмеде юристке берүүгө макулдук берилген жазуулар гана бар.
report-no-certificates = Бир да жазууда юристке берүүгө макулдук жок.
report-back = Отчетторго кайтуу
report-print = Басып чыгаруу же PDF
report-un-heading = Сунушталуучу орган:
report-period = Мезгил
report-cases = Саналган жазуулар
report-generated = Даярдалды
report-un-method = Бардык сандар жашыруун статистикага макулдук берилген жазууларды гана эсептейт; ар бир жазуу акыркы версиясы боюнча бир жолу саналат.
report-quotations = Өз сөздөрү менен айтылган баяндар
report-quotations-rule = БУУга берүүгө макулдук болгондо гана, түзөтүүдөн жана адамды тааный турган маалыматка текшерүүдөн кийин келтирилет.
report-no-quotations = Бул мезгилде текшерилген цитата жок.
report-all-time = Бардык убакыт
report-all-countries = Бардык өлкөлөр
report-certificate-statement = Бул маалымкат Wave кызматкерлеринин иш орду жөнөтүлгөн бир жазуу версиясында эмнени текшергенин каттайт. Текшерүүлөр кызматкердин өз компьютеринде жасалды; сервер жазууну эч качан окула турган түрдө сактаган эмес.
report-certificate-case = Жазуу
report-case-id = Түзмөктөгү жазуунун номери
report-submission = Жөнөтмө
report-form = Сурамжылоо
report-file = Файл
report-finalized = Түзмөктө аякталды
report-media-type = Түрү
report-size = Өлчөмү (байт)
report-no-lawyer-consent = Бул жазууда юристке берүүгө макулдук жок, ошондуктан маалымкат түзүүгө болбойт.
report-record-unavailable = Бул жазуунун текшерүү жөнүндө маалыматын окуу мүмкүн болгон жок.

## Баш тартуулар жана каталар, жөнөкөй текст менен көрсөтүлөт

refused-host = Баш тартылды: Host туура эмес. Иш орду wave staff serve басып чыгарган дарек боюнча гана жооп берет.
refused-no-session = Баш тартылды: wave staff serve буйругу басып чыгарган шилтемени ачыңыз.
refused-link-used = Баш тартылды: бул шилтеме мурда колдонулган же туура эмес; wave staff serve буйругун кайра иштетиңиз.
refused-too-large = Баш тартылды: суроо өтө чоң.
refused-csrf = Баш тартылды: CSRF токени жок же туура эмес. Баракты жаңыртып, кайра аракет кылыңыз.
page-not-drawn = Баракты түзүү мүмкүн болгон жок.
map-not-drawn = Картаны тартуу мүмкүн болгон жок.
no-random-source = Системанын кокус сандар булагы иштеген жок.
workspace-locked = Архив кулпуланган.
