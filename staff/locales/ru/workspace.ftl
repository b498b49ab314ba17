# Рабочее место сотрудников Wave (wave staff serve): русский.

app-name = Рабочее место
lock = Заблокировать
back-home = На начальную страницу
back-inbox = ← Все случаи
error-title = Что-то пошло не так
yes = Да
no = Нет
bytes = { $count ->
    [one] { $count } байт
    [few] { $count } байта
    [many] { $count } байт
   *[other] { $count } байта
}
download = Скачать

nav-inbox = Случаи
nav-followup = Сопровождение
nav-pull = Получение
nav-exports = Выгрузка

unlock-title = Открыть архив
unlock-intro = Архив остаётся зашифрованным на этом компьютере. То, что вы открываете здесь, расшифровывается только в памяти и стирается при блокировке.
unlock-name = Ваше имя (сохраняется в истории сопровождения)
unlock-passphrase = Пароль архива
unlock-button = Открыть
unlock-idle = { $count ->
    [one] Архив блокируется сам через { $count } минуту бездействия.
    [few] Архив блокируется сам через { $count } минуты бездействия.
    [many] Архив блокируется сам через { $count } минут бездействия.
   *[other] Архив блокируется сам через { $count } минуты бездействия.
}
unlock-wrong = Этот пароль не открывает архив.
unlock-failed = Архив не удалось открыть. Проверьте, что в папке архив сотрудников.
unlock-name-missing = Введите своё имя, чтобы ваши изменения были подписаны.

filter-search = Поиск по ответам
filter-country = Страна
filter-violation = Нарушение
filter-from = С месяца
filter-to = По месяц
filter-age = Возраст
filter-status = Статус сопровождения
filter-consent = Есть согласие на
filter-attachments = Только с файлами
filter-any = Любой
filter-apply = Показать
filter-clear = Сбросить фильтры
filter-rejected = { $count ->
    [one] { $count } отклонённая отправка
    [few] { $count } отклонённые отправки
    [many] { $count } отклонённых отправок
   *[other] { $count } отклонённые отправки
}
inbox-count = { $count ->
    [one] Подходит { $count } случай
    [few] Подходят { $count } случая
    [many] Подходит { $count } случаев
   *[other] Подходят { $count } случая
}
inbox-total = всего в архиве: { $count }
inbox-empty = Нет случаев, подходящих под фильтры.
no-code-name = (без кодового имени)
page-previous = ← Назад
page-next = Дальше →
rejected-title = Отклонённые отправки
rejected-none = Ничего не отклонено.

col-code-name = Кодовое имя
col-country = Страна
col-month = Месяц
col-violations = Нарушения
col-status = Статус
col-attachments = Файлы
col-received = Получено
col-reason = Причина
col-detail = Подробности
col-submission = Отправка

status-new = Новый
status-reviewed = Просмотрен
status-referred = Направлен
status-complaint_filed = Жалоба подана
status-outcome = Результат
status-closed = Закрыт

referral-lawyer = Юрист
referral-medical = Медицинская помощь
referral-shelter = Убежище
referral-social_worker = Социальный работник
complaint-police = Полиция
complaint-prosecutor = Прокуратура
complaint-ombudsperson = Омбудсмен
complaint-court = Суд
complaint-un_body = Орган ООН

consent-store = Хранение записи
consent-audio = Аудиозапись
consent-statistics = Анонимная статистика
consent-lawyer = Передача юристу
consent-un = Обращения в ООН
consent-intl_complaint = Международные жалобы
consent-media = СМИ
consent-recontact = Повторная связь
consent-history = История согласий
consent-none = Согласия не записаны.
consent-purpose = Цель
consent-answer = Ответ
consent-when = Когда

precision-estimated = примерно
precision-month = только месяц

case-title = Случай
case-version = Версия
case-not-latest = более ранняя версия
case-other-answers = Другие ответы
case-attachments = Файлы
case-no-attachments = Файлов нет.
case-not-found = Такого случая в архиве нет.
attachment-damaged = Файл не совпадает со своим отпечатком и не показывается.

versions-title = Версии
versions-shown = открыта
versions-finalized = завершена
versions-item = Вопрос
versions-before = Было
versions-after = Стало

verify-title = Проверка
verify-signature = Подпись устройства
verify-signature-ok = Проверена
verify-signature-bad = Не проверена
verify-key = Ключ устройства (SHA-256)
verify-first-seen = Ключ устройства
verify-first-seen-ok = Тот же ключ, что при первом появлении устройства
verify-first-seen-bad = Отличается от ключа при первом появлении
verify-device = Устройство
verify-received = Получено сервером
verify-pulled = Получено в архив
verify-not-recorded = не записано
verify-unavailable = недоступно

followup-title = Юридическое сопровождение
followup-status = Статус
followup-new-status = Новый статус
followup-unchanged = (без изменений)
followup-referred-to = Направлен к
followup-complaint-to = Жалоба подана в
followup-assignee = Ответственный
followup-due = Срок
followup-note = Заметка
followup-save = Сохранить изменение
followup-history = История
followup-no-history = Сопровождения пока нет.
followup-invalid = Изменение не сохранено: проверьте дату и выбор.
followup-not-saved = Изменение не удалось сохранить в архиве.
followup-counts = Случаи по статусам
followup-supported = { $count ->
    [one] { $count } случай направлен или передан дальше.
    [few] { $count } случая направлены или переданы дальше.
    [many] { $count } случаев направлены или переданы дальше.
   *[other] { $count } случая направлены или переданы дальше.
}
followup-due-list = Сроки
followup-nothing-due = Сроков нет.
followup-overdue = просрочено

pull-from = Новые отправки приходят с { $value }.
pull-start = Получить новые отправки
pull-progress = Ход
pull-state = Состояние
pull-new = Новые случаи
pull-already = Уже в архиве
pull-retried = Повторно проверены отклонённые
pull-rejected = Отклонено
pull-idle = Не начато
pull-running = Получение…
pull-done = Готово
pull-failed = Остановлено с ошибкой
pull-not-configured = Чтобы получать отсюда, запустите рабочее место с адресом сервера, токеном сотрудника и файлом ключа организации:

exports-intro = Каждая выгрузка содержит последнюю версию каждого случая.
exports-warning = Полная выгрузка содержит все ответы, в том числе чувствительные: храните её так же бережно, как архив. Публичная содержит только то, на что есть согласие.
export-full = Полная
export-public = Публичная
export-unknown = Такой выгрузки нет.
export-failed = Выгрузку не удалось сделать.

## Статистика, карта, редактирование и отчёты

nav-stats = Статистика
nav-map = Карта
nav-reports = Отчёты
stats-public = Публичные данные
stats-public-hint = Только случаи с согласием на анонимную статистику, по публичным правилам (виды сексуального насилия считаются вместе). Их можно публиковать.
stats-internal = Внутренние данные
stats-internal-hint = Все случаи, как записаны. Только для работы организации — не для публикации.
stats-cases = { $count ->
    [one] { $count } случай
    [few] { $count } случая
    [many] { $count } случаев
   *[other] { $count } случая
}
stats-none = Нет случаев.
stats-by-country = По странам
stats-by-violation = По видам нарушений
stats-by-month = По месяцу инцидента
stats-by-age = По возрастным группам
stats-by-service = По службам сотрудников
stats-by-status = По статусу сопровождения
stats-download-csv = Скачать CSV
stats-csv-label = Название
stats-csv-cases = Случаи
stats-unknown = Нет ответа или вариант не из списка
stats-sexual-violence = Сексуальное насилие (все формы)
stats-unknown-table = Такой таблицы нет.
map-internal = Внутренняя: места инцидентов
map-public = Публичная: только страны
map-internal-hint = Каждая точка — место, записанное в случае. Только для внутренней работы: никому не показывайте.
map-public-hint = Случаи с согласием на анонимную статистику, по странам. Здесь нет ни мест, ни случаев.
map-points = { $count ->
    [one] { $count } случай на карте
    [few] { $count } случая на карте
    [many] { $count } случаев на карте
   *[other] { $count } случая на карте
}
map-unplaced = { $count ->
    [one] { $count } без места
    [few] { $count } без места
    [many] { $count } без места
   *[other] { $count } без места
}
map-open-case = Открыть случай
map-attribution = Границы стран: Natural Earth (общественное достояние), входят в Wave; карта работает без сети.
redact-open = Подготовить текст для отчётов
redact-title = Редактирование
redact-back = К случаю
redact-intro = Перепишите каждый рассказ без имён, мест, дат, примет сотрудников и всего, что может кого-то выдать. Оригинал остаётся в архиве без изменений; отчёты цитируют только отредактированный текст и только после отметки о проверке.
redact-reviewed = Проверено: нет данных, по которым можно узнать человека
redact-not-reviewed = Не проверено: в отчёты не попадает
redact-never = Ещё не отредактировано: в отчёты не попадает
redact-saved-by = сохранил(а)
redact-nothing = В этой версии нет рассказа для редактирования.
redact-original = Оригинал (остаётся в архиве)
redact-redacted = Текст для отчётов
redact-mark-reviewed = Я проверил(а) эти тексты: по ним никого нельзя узнать
redact-save = Сохранить
redact-invalid = Не сохранено: текст слишком длинный или относится к ответу, которого нет в случае.
redact-not-saved = Не удалось сохранить в архиве.
report-certificate = Справка о доказательствах
report-un-title = Представление в орган ООН
report-un-intro = Данные по случаям с согласием на анонимную статистику за страну и период; цитаты только из случаев с согласием на передачу в ООН, отредактированные и проверенные.
report-quotable = { $count ->
    [one] Доступна { $count } проверенная цитата.
    [few] Доступны { $count } проверенные цитаты.
    [many] Доступно { $count } проверенных цитат.
   *[other] Доступны { $count } проверенные цитаты.
}
report-un-body = Орган ООН
report-un-body-default = правозащитный орган ООН
report-make = Составить отчёт
report-certificate-title = Справка о доказательствах
report-certificate-intro = Для юриста: что было проверено в версии случая. В списке только случаи с согласием на передачу юристу.
report-no-certificates = Ни в одном случае нет согласия на передачу юристу.
report-back = К отчётам
report-print = Печать или PDF
report-un-heading = Представление в
report-period = Период
report-cases = Учтено случаев
report-generated = Составлено
report-un-method = Все цифры учитывают только случаи с согласием на анонимную статистику; каждый случай считается один раз, по последней версии.
report-quotations = Рассказы своими словами
report-quotations-rule = Цитируется только с согласием на передачу в ООН, после редактирования и проверки на данные, по которым можно узнать человека.
report-no-quotations = За этот период нет проверенных цитат.
report-all-time = За всё время
report-all-countries = Все страны
report-certificate-statement = Эта справка фиксирует, что рабочее место сотрудников Wave проверило в одной присланной версии случая. Проверки сделаны на компьютере сотрудника; сервер ни разу не видел случай в читаемом виде.
report-certificate-case = Случай
report-case-id = Номер случая на устройстве
report-submission = Отправка
report-form = Опросник
report-file = Файл
report-finalized = Завершён на устройстве
report-media-type = Тип
report-size = Размер (байт)
report-no-lawyer-consent = В этом случае нет согласия на передачу юристу, справку составить нельзя.
report-record-unavailable = Не удалось прочитать запись о проверке этого случая.

## Отказы и сбои, показываемые простым текстом

refused-host = Отказано: неверный Host. Рабочее место отвечает только по адресу, который напечатала команда wave staff serve.
refused-no-session = Отказано: откройте ссылку, которую напечатала команда wave staff serve.
refused-link-used = Отказано: эта ссылка уже использована или неверна; запустите wave staff serve снова.
refused-too-large = Отказано: слишком большой запрос.
refused-csrf = Отказано: нет токена CSRF или он неверен. Обновите страницу и попробуйте снова.
page-not-drawn = Страницу не удалось построить.
map-not-drawn = Карту не удалось построить.
no-random-source = Системный источник случайных чисел не сработал.
workspace-locked = Архив заблокирован.
