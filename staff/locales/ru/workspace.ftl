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
   *[many] { $count } байт
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
   *[many] Архив блокируется сам через { $count } минут бездействия.
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
   *[many] { $count } отклонённых отправок
}
inbox-count = { $count ->
    [one] Подходит { $count } случай
    [few] Подходят { $count } случая
   *[many] Подходит { $count } случаев
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
   *[many] { $count } случаев направлены или переданы дальше.
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
