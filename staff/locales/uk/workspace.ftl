# Робоче місце працівників Wave (wave staff serve): українська.

app-name = Робоче місце
lock = Заблокувати
back-home = На початкову сторінку
back-inbox = ← Усі випадки
error-title = Щось пішло не так
yes = Так
no = Ні
bytes = { $count ->
    [one] { $count } байт
    [few] { $count } байти
    [many] { $count } байтів
   *[other] { $count } байти
}
download = Завантажити

nav-inbox = Випадки
nav-followup = Супровід
nav-pull = Отримання
nav-exports = Вивантаження

unlock-title = Відкрити архів
unlock-intro = Архів лишається зашифрованим на цьому комп'ютері. Те, що ви відкриваєте тут, розшифровується лише в пам'яті й стирається під час блокування.
unlock-name = Ваше ім'я (зберігається в історії супроводу)
unlock-passphrase = Пароль архіву
unlock-button = Відкрити
unlock-idle = { $count ->
    [one] Архів блокується сам після { $count } хвилини бездіяльності.
    [few] Архів блокується сам після { $count } хвилин бездіяльності.
    [many] Архів блокується сам після { $count } хвилин бездіяльності.
   *[other] Архів блокується сам після { $count } хвилини бездіяльності.
}
unlock-wrong = Цей пароль не відкриває архів.
unlock-failed = Архів не вдалося відкрити. Перевірте, що в теці архів працівників.
unlock-name-missing = Введіть своє ім'я, щоб ваші зміни були підписані.

filter-search = Пошук у відповідях
filter-country = Країна
filter-violation = Порушення
filter-from = З місяця
filter-to = По місяць
filter-age = Вік
filter-status = Статус супроводу
filter-consent = Є згода на
filter-attachments = Лише з файлами
filter-any = Будь-який
filter-apply = Показати
filter-clear = Скинути фільтри
filter-rejected = { $count ->
    [one] { $count } відхилене надсилання
    [few] { $count } відхилені надсилання
    [many] { $count } відхилених надсилань
   *[other] { $count } відхилені надсилання
}
inbox-count = { $count ->
    [one] Підходить { $count } випадок
    [few] Підходять { $count } випадки
    [many] Підходять { $count } випадків
   *[other] Підходять { $count } випадки
}
inbox-total = усього в архіві: { $count }
inbox-empty = Немає випадків, що відповідають фільтрам.
no-code-name = (без кодового імені)
page-previous = ← Назад
page-next = Далі →
rejected-title = Відхилені надсилання
rejected-none = Нічого не відхилено.

col-code-name = Кодове ім'я
col-country = Країна
col-month = Місяць
col-violations = Порушення
col-status = Статус
col-attachments = Файли
col-received = Отримано
col-reason = Причина
col-detail = Подробиці
col-submission = Надсилання

status-new = Новий
status-reviewed = Переглянутий
status-referred = Направлений
status-complaint_filed = Скаргу подано
status-outcome = Результат
status-closed = Закритий

referral-lawyer = Юрист
referral-medical = Медична допомога
referral-shelter = Притулок
referral-social_worker = Соціальний працівник
complaint-police = Поліція
complaint-prosecutor = Прокуратура
complaint-ombudsperson = Омбудсман
complaint-court = Суд
complaint-un_body = Орган ООН

consent-store = Зберігання запису
consent-audio = Аудіозапис
consent-statistics = Анонімна статистика
consent-lawyer = Передача юристу
consent-un = Звернення до ООН
consent-intl_complaint = Міжнародні скарги
consent-media = ЗМІ
consent-recontact = Повторний зв'язок
consent-history = Історія згод
consent-none = Згоди не записані.
consent-purpose = Мета
consent-answer = Відповідь
consent-when = Коли

precision-estimated = приблизно
precision-month = лише місяць

case-title = Випадок
case-version = Версія
case-not-latest = раніша версія
case-other-answers = Інші відповіді
case-attachments = Файли
case-no-attachments = Файлів немає.
case-not-found = Такого випадку в архіві немає.
attachment-damaged = Файл не збігається зі своїм відбитком і не показується.

versions-title = Версії
versions-shown = відкрита
versions-finalized = завершена
versions-item = Питання
versions-before = Було
versions-after = Стало

verify-title = Перевірка
verify-signature = Підпис пристрою
verify-signature-ok = Перевірено
verify-signature-bad = Не перевірено
verify-key = Ключ пристрою (SHA-256)
verify-first-seen = Ключ пристрою
verify-first-seen-ok = Той самий ключ, що й під час першої появи пристрою
verify-first-seen-bad = Відрізняється від ключа першої появи
verify-device = Пристрій
verify-received = Отримано сервером
verify-pulled = Отримано в архів
verify-not-recorded = не записано
verify-unavailable = недоступно

followup-title = Юридичний супровід
followup-status = Статус
followup-new-status = Новий статус
followup-unchanged = (без змін)
followup-referred-to = Направлено до
followup-complaint-to = Скаргу подано до
followup-assignee = Відповідальна особа
followup-due = Термін
followup-note = Примітка
followup-save = Зберегти зміну
followup-history = Історія
followup-no-history = Супроводу ще немає.
followup-invalid = Зміну не збережено: перевірте дату та вибір.
followup-not-saved = Зміну не вдалося зберегти в архіві.
followup-counts = Випадки за статусами
followup-supported = { $count ->
    [one] { $count } випадок направлено або передано далі.
    [few] { $count } випадки направлено або передано далі.
    [many] { $count } випадків направлено або передано далі.
   *[other] { $count } випадки направлено або передано далі.
}
followup-due-list = Терміни
followup-nothing-due = Термінів немає.
followup-overdue = прострочено

pull-from = Нові надсилання надходять з { $value }.
pull-start = Отримати нові надсилання
pull-progress = Перебіг
pull-state = Стан
pull-new = Нові випадки
pull-already = Уже в архіві
pull-retried = Повторно перевірені відхилені
pull-rejected = Відхилено
pull-idle = Не розпочато
pull-running = Отримання…
pull-done = Готово
pull-failed = Зупинено з помилкою
pull-not-configured = Щоб отримувати звідси, запустіть робоче місце з адресою сервера, токеном працівника та файлом ключа організації:

exports-intro = Кожне вивантаження містить останню версію кожного випадку.
exports-warning = Повне вивантаження містить усі відповіді, зокрема чутливі: зберігайте його так само дбайливо, як архів. Публічне містить лише те, на що є згода.
export-full = Повне
export-public = Публічне
export-unknown = Такого вивантаження немає.
export-failed = Вивантаження не вдалося зробити.

## Статистика, мапа, редагування і звіти

nav-stats = Статистика
nav-map = Мапа
nav-reports = Звіти
stats-public = Публічні дані
stats-public-hint = Лише випадки зі згодою на анонімну статистику, за публічними правилами (види сексуального насильства рахуються разом). Їх можна публікувати.
stats-internal = Внутрішні дані
stats-internal-hint = Усі випадки, як записані. Лише для роботи організації — не для публікації.
stats-cases = { $count ->
    [one] { $count } випадок
    [few] { $count } випадки
    [many] { $count } випадків
   *[other] { $count } випадки
}
stats-none = Немає випадків.
stats-by-country = За країнами
stats-by-violation = За видами порушень
stats-by-month = За місяцем інциденту
stats-by-age = За віковими групами
stats-by-service = За службами працівників
stats-by-status = За статусом супроводу
stats-download-csv = Завантажити CSV
stats-csv-label = Назва
stats-csv-cases = Випадки
stats-unknown = Немає відповіді або варіант не зі списку
stats-sexual-violence = Сексуальне насильство (усі форми)
stats-unknown-table = Такої таблиці немає.
map-internal = Внутрішня: місця інцидентів
map-public = Публічна: лише країни
map-internal-hint = Кожна точка — місце, записане у випадку. Лише для внутрішньої роботи: нікому не показуйте.
map-public-hint = Випадки зі згодою на анонімну статистику, за країнами. Тут немає ні місць, ні випадків.
map-points = { $count ->
    [one] { $count } випадок на мапі
    [few] { $count } випадки на мапі
    [many] { $count } випадків на мапі
   *[other] { $count } випадки на мапі
}
map-unplaced = { $count ->
    [one] { $count } без місця
    [few] { $count } без місця
    [many] { $count } без місця
   *[other] { $count } без місця
}
map-open-case = Відкрити випадок
map-attribution = Межі країн: Natural Earth (суспільне надбання), входять до Wave; мапа працює без мережі.
redact-open = Підготувати текст для звітів
redact-title = Редагування
redact-back = До випадку
redact-intro = Перепишіть кожну розповідь без імен, місць, дат, прикмет працівників і всього, що може когось видати. Оригінал лишається в архіві без змін; звіти цитують лише відредагований текст і лише після позначки про перевірку.
redact-reviewed = Перевірено: немає даних, за якими можна впізнати людину
redact-not-reviewed = Не перевірено: до звітів не потрапляє
redact-never = Ще не відредаговано: до звітів не потрапляє
redact-saved-by = зберіг(ла)
redact-nothing = У цій версії немає розповіді для редагування.
redact-original = Оригінал (лишається в архіві)
redact-redacted = Текст для звітів
redact-mark-reviewed = Я перевірив(ла) ці тексти: за ними нікого не можна впізнати
redact-save = Зберегти
redact-invalid = Не збережено: текст задовгий або стосується відповіді, якої немає у випадку.
redact-not-saved = Не вдалося зберегти в архіві.
report-certificate = Довідка про докази
report-un-title = Подання до органу ООН
report-un-intro = Дані щодо випадків зі згодою на анонімну статистику за країну і період; цитати лише з випадків зі згодою на передачу до ООН, відредаговані й перевірені.
report-quotable = { $count ->
    [one] Доступна { $count } перевірена цитата.
    [few] Доступні { $count } перевірені цитати.
    [many] Доступно { $count } перевірених цитат.
   *[other] Доступні { $count } перевірені цитати.
}
report-un-body = Орган ООН
report-un-body-default = правозахисний орган ООН
report-make = Скласти звіт
report-certificate-title = Довідка про докази
report-certificate-intro = Для юриста: що було перевірено у версії випадку. У списку лише випадки зі згодою на передачу юристу.
report-no-certificates = У жодному випадку немає згоди на передачу юристу.
report-back = До звітів
report-print = Друк або PDF
report-un-heading = Подання до
report-period = Період
report-cases = Враховано випадків
report-generated = Складено
report-un-method = Усі цифри враховують лише випадки зі згодою на анонімну статистику; кожен випадок рахується один раз, за останньою версією.
report-quotations = Розповіді власними словами
report-quotations-rule = Цитується лише зі згодою на передачу до ООН, після редагування і перевірки на дані, за якими можна впізнати людину.
report-no-quotations = За цей період немає перевірених цитат.
report-all-time = За весь час
report-all-countries = Усі країни
report-certificate-statement = Ця довідка фіксує, що робоче місце працівників Wave перевірило в одній надісланій версії випадку. Перевірки зроблено на комп'ютері працівника; сервер жодного разу не бачив випадок у читабельному вигляді.
report-certificate-case = Випадок
report-case-id = Номер випадку на пристрої
report-submission = Надсилання
report-form = Опитувальник
report-file = Файл
report-finalized = Завершено на пристрої
report-media-type = Тип
report-size = Розмір (байт)
report-no-lawyer-consent = У цьому випадку немає згоди на передачу юристу, довідку скласти не можна.
report-record-unavailable = Не вдалося прочитати запис про перевірку цього випадку.

## Відмови та збої, показані простим текстом

refused-host = Відмовлено: неправильний Host. Робоче місце відповідає лише за адресою, яку надрукувала команда wave staff serve.
refused-no-session = Відмовлено: відкрийте посилання, яке надрукувала команда wave staff serve.
refused-link-used = Відмовлено: це посилання вже використано або воно неправильне; запустіть wave staff serve знову.
refused-too-large = Відмовлено: завеликий запит.
refused-csrf = Відмовлено: немає токена CSRF або він неправильний. Оновіть сторінку й спробуйте знову.
page-not-drawn = Сторінку не вдалося побудувати.
map-not-drawn = Мапу не вдалося побудувати.
no-random-source = Системне джерело випадкових чисел не спрацювало.
workspace-locked = Архів заблоковано.
