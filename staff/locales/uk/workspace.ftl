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
   *[many] { $count } байтів
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
   *[other] Архів блокується сам після { $count } хвилин бездіяльності.
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
   *[many] { $count } відхилених надсилань
}
inbox-count = { $count ->
    [one] Підходить { $count } випадок
    [few] Підходять { $count } випадки
   *[many] Підходять { $count } випадків
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
   *[many] { $count } випадків направлено або передано далі.
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
