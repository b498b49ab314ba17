# Працоўнае месца супрацоўнікаў Wave (wave staff serve): беларуская.

app-name = Працоўнае месца
lock = Заблакаваць
back-home = На пачатковую старонку
back-inbox = ← Усе запісы
error-title = Нешта пайшло не так
yes = Так
no = Не
bytes = { $count ->
    [one] { $count } байт
    [few] { $count } байты
    [many] { $count } байтаў
   *[other] { $count } байта
}
download = Спампаваць

nav-inbox = Запісы
nav-followup = Суправаджэнне
nav-pull = Атрыманне
nav-exports = Выгрузка

unlock-title = Адкрыць архіў
unlock-intro = Архіў застаецца зашыфраваным на гэтым камп'ютары. Тое, што вы адкрываеце тут, расшыфроўваецца толькі ў памяці і сціраецца пры блакаванні.
unlock-name = Ваша імя (захоўваецца ў гісторыі суправаджэння)
unlock-passphrase = Пароль архіва
unlock-button = Адкрыць
unlock-idle = { $count ->
    [one] Архіў блакуецца сам праз { $count } хвіліну без выкарыстання.
    [few] Архіў блакуецца сам праз { $count } хвіліны без выкарыстання.
    [many] Архіў блакуецца сам праз { $count } хвілін без выкарыстання.
   *[other] Архіў блакуецца сам праз { $count } хвіліны без выкарыстання.
}
unlock-wrong = Гэты пароль не адкрывае архіў.
unlock-failed = Архіў не ўдалося адкрыць. Праверце, што ў папцы архіў супрацоўнікаў.
unlock-name-missing = Увядзіце сваё імя, каб вашы змены былі падпісаныя.

filter-search = Пошук па адказах
filter-country = Краіна
filter-violation = Парушэнне
filter-from = З месяца
filter-to = Па месяц
filter-age = Узрост
filter-status = Статус суправаджэння
filter-consent = Ёсць згода на
filter-attachments = Толькі з файламі
filter-any = Любы
filter-apply = Паказаць
filter-clear = Скінуць фільтры
filter-rejected = { $count ->
    [one] { $count } адхіленая адпраўка
    [few] { $count } адхіленыя адпраўкі
    [many] { $count } адхіленых адправак
   *[other] { $count } адхіленай адпраўкі
}
inbox-count = { $count ->
    [one] Падыходзіць { $count } запіс
    [few] Падыходзяць { $count } запісы
    [many] Падыходзіць { $count } запісаў
   *[other] Падыходзіць { $count } запісу
}
inbox-total = усяго ў архіве: { $count }
inbox-empty = Няма запісаў, якія падыходзяць пад фільтры.
no-code-name = (без кодавага імя)
page-previous = ← Назад
page-next = Далей →
rejected-title = Адхіленыя адпраўкі
rejected-none = Нічога не адхілена.

col-code-name = Кодавае імя
col-country = Краіна
col-month = Месяц
col-violations = Парушэнні
col-status = Статус
col-attachments = Файлы
col-received = Атрымана
col-reason = Прычына
col-detail = Падрабязнасці
col-submission = Адпраўка

status-new = Новы
status-reviewed = Прагледжаны
status-referred = Накіраваны
status-complaint_filed = Скарга пададзена
status-outcome = Вынік
status-closed = Закрыты

referral-lawyer = Юрыст
referral-medical = Медыцынская дапамога
referral-shelter = Прытулак
referral-social_worker = Сацыяльны работнік
complaint-police = Міліцыя
complaint-prosecutor = Пракуратура
complaint-ombudsperson = Амбудсмен
complaint-court = Суд
complaint-un_body = Орган ААН

consent-store = Захоўванне запісу
consent-audio = Аўдыязапіс
consent-statistics = Ананімная статыстыка
consent-lawyer = Перадача юрысту
consent-un = Звароты ў ААН
consent-intl_complaint = Міжнародныя скаргі
consent-media = СМІ
consent-recontact = Паўторная сувязь
consent-history = Гісторыя згод
consent-none = Згоды не запісаныя.
consent-purpose = Мэта
consent-answer = Адказ
consent-when = Калі

precision-estimated = прыблізна
precision-month = толькі месяц

case-title = Запіс
case-version = Версія
case-not-latest = больш ранняя версія
case-other-answers = Іншыя адказы
case-attachments = Файлы
case-no-attachments = Файлаў няма.
case-not-found = Такога запісу ў архіве няма.
attachment-damaged = Файл не супадае са сваім адбіткам і не паказваецца.

versions-title = Версіі
versions-shown = адкрыта
versions-finalized = завершана
versions-item = Пытанне
versions-before = Было
versions-after = Стала

verify-title = Праверка
verify-signature = Подпіс прылады
verify-signature-ok = Правераны
verify-signature-bad = Не правераны
verify-key = Ключ прылады (SHA-256)
verify-first-seen = Ключ прылады
verify-first-seen-ok = Той жа ключ, што пры першым з'яўленні прылады
verify-first-seen-bad = Адрозніваецца ад ключа пры першым з'яўленні
verify-device = Прылада
verify-received = Атрымана серверам
verify-pulled = Атрымана ў архіў
verify-not-recorded = не запісана
verify-unavailable = недаступна

followup-title = Юрыдычнае суправаджэнне
followup-status = Статус
followup-new-status = Новы статус
followup-unchanged = (без змен)
followup-referred-to = Накіраваны да
followup-complaint-to = Скарга пададзена ў
followup-assignee = Адказны
followup-due = Тэрмін
followup-note = Нататка
followup-save = Захаваць змену
followup-history = Гісторыя
followup-no-history = Суправаджэння пакуль няма.
followup-invalid = Змена не захавана: праверце дату і выбар.
followup-not-saved = Змену не ўдалося захаваць у архіве.
followup-counts = Запісы па статусах
followup-supported = { $count ->
    [one] { $count } запіс накіраваны або перададзены далей.
    [few] { $count } запісы накіраваныя або перададзеныя далей.
    [many] { $count } запісаў накіраваныя або перададзеныя далей.
   *[other] { $count } запісу накіраваныя або перададзеныя далей.
}
followup-due-list = Тэрміны
followup-nothing-due = Тэрмінаў няма.
followup-overdue = пратэрмінавана

pull-from = Новыя адпраўкі прыходзяць з { $value }.
pull-start = Атрымаць новыя адпраўкі
pull-progress = Ход
pull-state = Стан
pull-new = Новыя запісы
pull-already = Ужо ў архіве
pull-retried = Паўторна правераныя адхіленыя
pull-rejected = Адхілена
pull-idle = Не пачата
pull-running = Атрыманне…
pull-done = Гатова
pull-failed = Спынена з памылкай
pull-not-configured = Каб атрымліваць адсюль, запусціце працоўнае месца з адрасам сервера, токенам супрацоўніка і файлам ключа арганізацыі:

exports-intro = Кожная выгрузка ўтрымлівае апошнюю версію кожнага запісу.
exports-warning = Поўная выгрузка ўтрымлівае ўсе адказы, у тым ліку адчувальныя: захоўвайце яе гэтак жа беражліва, як архіў. Публічная ўтрымлівае толькі тое, на што ёсць згода.
export-full = Поўная
export-public = Публічная
export-unknown = Такой выгрузкі няма.
export-failed = Выгрузку не ўдалося зрабіць.

## Статыстыка, карта, рэдагаванне і справаздачы

nav-stats = Статыстыка
nav-map = Карта
nav-reports = Справаздачы
stats-public = Публічныя даныя
stats-public-hint = Толькі запісы са згодай на ананімную статыстыку, па публічных правілах (віды сэксуальнага гвалту лічацца разам). Іх можна публікаваць.
stats-internal = Унутраныя даныя
stats-internal-hint = Усе запісы, як яны запісаныя. Толькі для працы арганізацыі — не для публікацыі.
stats-cases = { $count ->
    [one] { $count } запіс
    [few] { $count } запісы
    [many] { $count } запісаў
   *[other] { $count } запісу
}
stats-none = Няма запісаў.
stats-by-country = Па краінах
stats-by-violation = Па відах парушэнняў
stats-by-month = Па месяцы інцыдэнту
stats-by-age = Па ўзроставых групах
stats-by-service = Па службах супрацоўнікаў
stats-by-status = Па статусе суправаджэння
stats-download-csv = Спампаваць CSV
stats-csv-label = Назва
stats-csv-cases = Запісы
stats-unknown = Няма адказу або варыянт не са спісу
stats-sexual-violence = Сэксуальны гвалт (усе формы)
stats-unknown-table = Такой табліцы няма.
map-internal = Унутраная: месцы інцыдэнтаў
map-public = Публічная: толькі краіны
map-internal-hint = Кожная кропка — месца, запісанае ў запісе. Толькі для ўнутранай працы: нікому не паказвайце.
map-public-hint = Запісы са згодай на ананімную статыстыку, па краінах. Тут няма ні месцаў, ні запісаў.
map-points = { $count ->
    [one] { $count } запіс на карце
    [few] { $count } запісы на карце
    [many] { $count } запісаў на карце
   *[other] { $count } запісу на карце
}
map-unplaced = { $count ->
    [one] { $count } без месца
    [few] { $count } без месца
    [many] { $count } без месца
   *[other] { $count } без месца
}
map-open-case = Адкрыць запіс
map-attribution = Межы краін: Natural Earth (грамадскі набытак), уваходзяць у Wave; карта працуе без сеткі.
redact-open = Падрыхтаваць тэкст для справаздач
redact-title = Рэдагаванне
redact-back = Да запісу
redact-intro = Перапішыце кожны аповед без імёнаў, месцаў, дат, прыкмет супрацоўнікаў і ўсяго, што можа кагосьці выдаць. Арыгінал застаецца ў архіве без змен; справаздачы цытуюць толькі адрэдагаваны тэкст і толькі пасля адзнакі пра праверку.
redact-reviewed = Праверана: няма даных, па якіх можна пазнаць чалавека
redact-not-reviewed = Не праверана: у справаздачы не трапляе
redact-never = Яшчэ не адрэдагавана: у справаздачы не трапляе
redact-saved-by = захаваў(ла)
redact-nothing = У гэтай версіі няма аповеду для рэдагавання.
redact-original = Арыгінал (застаецца ў архіве)
redact-redacted = Тэкст для справаздач
redact-mark-reviewed = Я праверыў(ла) гэтыя тэксты: па іх нікога нельга пазнаць
redact-save = Захаваць
redact-invalid = Не захавана: тэкст занадта доўгі або адносіцца да адказу, якога няма ў запісе.
redact-not-saved = Не ўдалося захаваць у архіве.
report-certificate = Даведка пра доказы
report-un-title = Прадстаўленне ў орган ААН
report-un-intro = Даныя па запісах са згодай на ананімную статыстыку за краіну і перыяд; цытаты толькі з запісаў са згодай на перадачу ў ААН, адрэдагаваныя і правераныя.
report-quotable = { $count ->
    [one] Даступная { $count } правераная цытата.
    [few] Даступныя { $count } правераныя цытаты.
    [many] Даступна { $count } правераных цытат.
   *[other] Даступна { $count } праверанай цытаты.
}
report-un-body = Орган ААН
report-un-body-default = праваабарончы орган ААН
report-make = Скласці справаздачу
report-certificate-title = Даведка пра доказы
report-certificate-intro = Для юрыста: што было праверана ў версіі запісу. У спісе толькі запісы са згодай на перадачу юрысту.
report-no-certificates = Ні ў адным запісе няма згоды на перадачу юрысту.
report-back = Да справаздач
report-print = Друк або PDF
report-un-heading = Прадстаўленне ў
report-period = Перыяд
report-cases = Улічана запісаў
report-generated = Складзена
report-un-method = Усе лічбы ўлічваюць толькі запісы са згодай на ананімную статыстыку; кожны запіс лічыцца адзін раз, па апошняй версіі.
report-quotations = Аповеды сваімі словамі
report-quotations-rule = Цытуецца толькі са згодай на перадачу ў ААН, пасля рэдагавання і праверкі на даныя, па якіх можна пазнаць чалавека.
report-no-quotations = За гэты перыяд няма правераных цытат.
report-all-time = За ўвесь час
report-all-countries = Усе краіны
report-certificate-statement = Гэтая даведка фіксуе, што працоўнае месца супрацоўнікаў Wave праверыла ў адной дасланай версіі запісу. Праверкі зроблены на камп'ютары супрацоўніка; сервер ніколі не бачыў запіс у чытэльным выглядзе.
report-certificate-case = Запіс
report-case-id = Нумар запісу на прыладзе
report-submission = Адпраўка
report-form = Апытальнік
report-file = Файл
report-finalized = Завершаны на прыладзе
report-media-type = Тып
report-size = Памер (байты)
report-no-lawyer-consent = У гэтым запісе няма згоды на перадачу юрысту, даведку скласці нельга.
report-record-unavailable = Не ўдалося прачытаць звесткі пра праверку гэтага запісу.

## Адмовы і збоі, паказаныя простым тэкстам

refused-host = Адмоўлена: няправільны Host. Працоўнае месца адказвае толькі па адрасе, які надрукавала каманда wave staff serve.
refused-no-session = Адмоўлена: адкрыйце спасылку, якую надрукавала каманда wave staff serve.
refused-link-used = Адмоўлена: гэтая спасылка ўжо выкарыстаная або няправільная; запусціце wave staff serve зноў.
refused-too-large = Адмоўлена: занадта вялікі запыт.
refused-csrf = Адмоўлена: няма токена CSRF або ён няправільны. Абнавіце старонку і паспрабуйце зноў.
page-not-drawn = Старонку не ўдалося пабудаваць.
map-not-drawn = Карту не ўдалося пабудаваць.
no-random-source = Сістэмная крыніца выпадковых лікаў не спрацавала.
workspace-locked = Архіў заблакаваны.
