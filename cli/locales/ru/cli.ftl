# Командная строка `wave`: всё, что она выводит во время работы, по-русски.

## Общее

internal-error = внутренняя ошибка; хранилище осталось таким, каким было до этой команды
invalid-arguments = {$reason} (см. wave --help)
cannot-read = не удаётся прочитать {$file}: {$error}
cannot-write = не удаётся записать {$file}: {$error}
cannot-write-in = не удаётся записать в {$dir}: {$error}
cannot-create = не удаётся создать {$file}: {$error}
file-too-large = {$file} больше {$mib} МиБ
not-json = {$file} — это не правильный JSON: {$error}
not-a-file-name = {$file} — это не имя файла
runtime-failed = не удаётся запустить сетевую среду: {$error}
bytes = { $count ->
    [one] {$count} байт
    [few] {$count} байта
    [many] {$count} байт
   *[other] {$count} байта
}
problem-in-entry = {$item} (запись {$entry}): {$message}
sealing-deferred = внимание: случай сохранён окончательно, но ещё не зашифрован для организации ({$reason}); следующий `wave sync` зашифрует и отправит его

## Парольные фразы

passphrase-prompt = Парольная фраза хранилища:{" "}
passphrase-new-prompt = Новая парольная фраза хранилища:{" "}
passphrase-repeat-prompt = Повторите парольную фразу хранилища:{" "}
passphrase-differ = две парольные фразы хранилища не совпадают; ничего не изменено
duress-new-prompt = Новая парольная фраза под принуждением:{" "}
duress-repeat-prompt = Повторите парольную фразу под принуждением:{" "}
duress-differ = две парольные фразы под принуждением не совпадают; ничего не изменено
archive-new-prompt = Новая парольная фраза архива:{" "}
archive-repeat-prompt = Повторите парольную фразу архива:{" "}
archive-differ = две парольные фразы архива не совпадают; ничего не изменено
passphrase-empty = пустая парольная фраза не допускается
passphrase-no-terminal = нет терминала, чтобы спросить парольную фразу; для скриптов задайте {$variable}

## wave vault

vault-created = Хранилище создано в {$dir} (Argon2id: {$mib} МиБ, { $passes ->
    [one] {$passes} проход
    [few] {$passes} прохода
    [many] {$passes} проходов
   *[other] {$passes} прохода
}).
passphrase-changed = Парольная фраза изменена.
duress-set = Парольная фраза под принуждением задана. Открытие хранилища ею уничтожает все случаи в нём.
wipe-after-invalid = ожидалось число неудачных попыток или "off", а не "{$given}"
wipe-after-set = { $count ->
    [one] Хранилище будет стёрто после {$count} неверной парольной фразы подряд.
    [few] Хранилище будет стёрто после {$count} неверных парольных фраз подряд.
    [many] Хранилище будет стёрто после {$count} неверных парольных фраз подряд.
   *[other] Хранилище будет стёрто после {$count} неверной парольной фразы подряд.
}
wipe-after-off = Стирание после неудачных попыток выключено.
vault-wiped = Хранилище стёрто.
vault-nothing-to-wipe = В {$dir} нет хранилища; стирать нечего.
vault-missing = в {$dir} нет хранилища

## wave case

case-add-refused = Ничего не сохранено; исправьте это и добавьте снова:
answers-not-object = {$file} должен содержать JSON-объект с ответами (id вопроса → ответ)
cases-none = Случаев нет.
cases-count = { $count ->
    [one] {$count} случай
    [few] {$count} случая
    [many] {$count} случаев
   *[other] {$count} случая
}
column-id = ID
column-status = СТАТУС
column-updated = ИЗМЕНЁН
column-title = НАЗВАНИЕ
case-status = { $status ->
    [draft] черновик
    [finalized] завершён
   *[other] {$status}
}
case-finalized = Случай {$id} сохранён окончательно (версия {$version}).
attached = Вложение добавлено: {$bytes} байт, SHA-256 {$sha256}.
attachment-written = Записано {$bytes} байт в {$file} (SHA-256 {$sha256} проверен).
case-deleted = Случай {$id} удалён.
case-heading = Случай {$id}
case-field-status = статус
case-field-form = опросник
case-field-created = создан
case-field-updated = изменён
case-field-versions = версий
case-answers = Ответы:
case-attachments = Вложения:

## wave form

form-valid = {$file}: правильный опросник "{$id}" версии {$version}: разделов {$sections}, вопросов {$items}, языки {$languages}
form-invalid = { $count ->
    [one] {$file} — неправильный опросник ({$count} ошибка; запустите wave form check)
    [few] {$file} — неправильный опросник ({$count} ошибки; запустите wave form check)
    [many] {$file} — неправильный опросник ({$count} ошибок; запустите wave form check)
   *[other] {$file} — неправильный опросник ({$count} ошибки; запустите wave form check)
}
builtin-form-broken = встроенный опросник повреждён: {$errors}
form-no-language = в опроснике нет языка "{$lang}"; есть {$languages}
outline-if = если {$condition}
outline-required = обязательный
outline-sensitive = чувствительный
outline-public = публичный
review-status = { $status ->
    [source] исходный язык
    [draft] черновик: ещё не проверен носителем языка
   *[other] {$status}
}
review-reviewed = проверено: {$reviewer}, {$date}
translations-exported = Тексты на языке {$lang} записаны в {$file}.
translations-imported = Язык {$lang} импортирован в {$file}: изменено текстов: {$changed}, оставлено как было: {$skipped} (не переведены или помечены fuzzy).
translations-new-language = Язык {$lang} в опроснике новый: он помечен как "draft", пока его не проверит и не подтвердит носитель языка (docs/translating.md).
translations-refused = { $count ->
    [one] {$count} проблема; в {$file} ничего не записано
    [few] {$count} проблемы; в {$file} ничего не записано
    [many] {$count} проблем; в {$file} ничего не записано
   *[other] {$count} проблемы; в {$file} ничего не записано
}

## wave record

record-stopped-nothing-saved = ничего не сохранено: {$message}
record-needs-consent = ничего не сохранено: в ответах должен быть {$item} (согласие на хранение): {$error}
record-draft-with-problems = Черновик сохранён; исправьте это и запишите снова с --case {$id} или исправьте ответы:
record-draft-saved = Сохранено как черновик; все ответы правильные. Добавьте --finalize, чтобы сохранить окончательно.
record-commands = Ответ и Enter. ? — подсказка, < — назад, = — прогресс, review — обзор, jump РАЗДЕЛ, quit — пауза. Пустая строка — пропустить.
record-paused = Черновик сохранён; продолжить: wave record --case {$id}
record-nothing-saved = Ничего не сохранено.
record-no-help = К этому вопросу нет подсказки.
record-progress = Отвечено {$answered}/{$relevant}
record-finish-prompt = Завершить и сохранить окончательно? (да/нет)
record-finalized = Случай сохранён окончательно: {$id}
record-incomplete = случай не заполнен до конца; продолжите: wave record --case ID
record-stopped-draft-kept = запись остановлена; черновик сохранён
record-add-entry = Добавить ({$entry})? (да/нет)
record-current-answer = сейчас: {$answer}
record-hint-multi = номера через запятую
record-hint-yes-no = да/нет
record-hint-date = ГГГГ-ММ-ДД, ~ГГГГ-ММ-ДД примерно, ГГГГ-ММ
record-hint-time = ЧЧ:ММ
record-hint-minutes = минуты
record-hint-location = широта, долгота
record-hint-files = пути к файлам через запятую
record-hint-info = Enter
record-no-such-choice = нет такого варианта: "{$choice}"
record-attach-before-saved = вложения можно добавить, когда случай сохранён
record-review = Проверьте ответы
record-yes-words = да, д
record-no-words = нет, н

## wave enroll, wave sync

enrolled = Подключено к {$server} как устройство {$device}.
sync-wiped = хранилище стёрто; синхронизация остановлена
sync-summary = Отправлено {$sent} (уже были там: {$duplicates}), отклонено {$failed}, ещё ждут {$pending}.
sync-waiting = некоторые случаи ещё ждут отправки
sync-case-rejected = сервер не принял случай {$case}: {$reason}
sync-not-sent = { $count ->
    [one] {$count} версия случая ещё не отправлена: {$reason}
    [few] {$count} версии случаев ещё не отправлены: {$reason}
    [many] {$count} версий случаев ещё не отправлены: {$reason}
   *[other] {$count} версии случаев ещё не отправлены: {$reason}
}

## wave staff

pin-invalid = --pin должен быть SHA-256 открытого ключа сервера: 64 шестнадцатеричные цифры
identity-exists = {$file} уже существует; файл ключа организации никогда не перезаписывается
identity-written = Ключ организации записан в {$file}. Храните его в тайне и сделайте резервную копию: без него ни один случай, отправленный организации, не открыть.
identity-readable = внимание: {$file} могут читать другие пользователи этого компьютера (выполните chmod 600)
duration-invalid = неправильный срок "{$given}": нужно число с s, m, h или d, например 30m, 24h или 7d
enrollment-string-failed = не удаётся составить строку подключения: {$error}
enrollment-code-made = Одноразовый код подключения {$code} для одного устройства, действует до {$until}.
archive-created = Архив сотрудников создан в {$dir}.
archive-missing = в {$dir} нет архива сотрудников
page-size-invalid = --page-size должен быть от 1 до 1000
pull-interrupted = {$error}; всё, что получено до этого, сохранено, запустите получение снова, чтобы продолжить
pull-summary = Получено с {$server}: новых {$new}, уже были {$had}, отклонено {$rejected}{ $recovered ->
    [0] {""}
   *[other] , ранее отклонённых открыто сейчас: {$recovered}
}{ $still ->
    [0] {""}
   *[other] , ранее отклонённых всё ещё не открыть: {$still}
}; расшифровано вложений: {$attachments}.
pull-rejected =   отклонена отправка {$submission} (номер на сервере {$seq}, устройство {$device}): {$reason}
pull-rejected-total = { $count ->
    [one] {$count} отправка отклонена; она хранится в архиве с причиной
    [few] {$count} отправки отклонены; каждая хранится в архиве с причиной
    [many] {$count} отправок отклонено; каждая хранится в архиве с причиной
   *[other] {$count} отправки отклонены; каждая хранится в архиве с причиной
}
export-public-done = { $count ->
    [one] Экспортирован {$count} случай с согласием на статистику как публичный {$format}; без согласия пропущено: {$without}.
    [few] Экспортировано {$count} случая с согласием на статистику как публичный {$format}; без согласия пропущено: {$without}.
    [many] Экспортировано {$count} случаев с согласием на статистику как публичный {$format}; без согласия пропущено: {$without}.
   *[other] Экспортировано {$count} случая с согласием на статистику как публичный {$format}; без согласия пропущено: {$without}.
}
export-done = { $count ->
    [one] Экспортирован {$count} случай как {$format}, вместе с чувствительными ответами: храните файл так же надёжно, как архив.
    [few] Экспортировано {$count} случая как {$format}, вместе с чувствительными ответами: храните файл так же надёжно, как архив.
    [many] Экспортировано {$count} случаев как {$format}, вместе с чувствительными ответами: храните файл так же надёжно, как архив.
   *[other] Экспортировано {$count} случая как {$format}, вместе с чувствительными ответами: храните файл так же надёжно, как архив.
}
export-unknown-form = { $count ->
    [one] {$count} случай по опроснику, который эта программа не знает, пропущен.
    [few] {$count} случая по опроснику, который эта программа не знает, пропущены.
    [many] {$count} случаев по опроснику, который эта программа не знает, пропущены.
   *[other] {$count} случая по опроснику, который эта программа не знает, пропущены.
}

## wave demo

demo-folder-exists = {$dir} уже существует; выберите пустую папку
demo-step-server = 1. Организация: сервер синхронизации на этом компьютере, токен сотрудника, ключ организации
demo-server-listening = сервер слушает {$url} (данные в {$dir})
demo-public-key = открытый ключ организации {$key}
demo-step-code = 2. Сотрудники создают одноразовый код подключения для телефона аутрич-работницы
demo-step-phone = 3. Телефон: зашифрованное хранилище, подключённое по коду
demo-vault = хранилище {$dir} (Argon2id 19 МиБ × 2 для демонстрации; настоящие хранилища настраиваются под устройство)
demo-enrolled = подключено как устройство {$device}
demo-step-case = 4. Случай, записанный по опроснику (по-русски), с фото, сохранён окончательно
demo-case = случай {$id}, версия {$version}; фото {$bytes} байт, SHA-256 {$sha256}…
demo-not-sealed = ещё не зашифрован для организации ({$reason}); синхронизация ниже сначала зашифрует его
demo-sealed = сразу зашифрован для организации: ждут отправки {$count}
demo-step-sync = 5. Синхронизация, когда есть связь
demo-synced = отправлено {$sent}, вложений загружено {$blobs}, ещё ждут {$pending}
demo-step-pull = 6. Сотрудники получают случаи, проверяют подпись устройства и расшифровывают в свой зашифрованный архив
demo-pulled = новых {$new}, отклонено {$rejected}, вложений расшифровано {$attachments}
demo-staff-see = что видят сотрудники (полный экспорт, первый случай):
demo-statistics = статистика для отчёта (только случаи с согласием):
demo-step-examiner = 7. Что найдёт тот, кто скопирует телефон или сервер
demo-phone = телефон
demo-server = сервер
demo-examined = {$name}: { $files ->
    [one] {$files} файл
    [few] {$files} файла
    [many] {$files} файлов
   *[other] {$files} файла
}, {$bytes} байт; её слова или кодовое имя: {$verdict}
demo-plaintext-found = НАЙДЕНО (это ошибка)
demo-plaintext-not-found = не найдено
demo-plaintext-failure = в файлах ({$name}) найден открытый текст
demo-step-duress = 8. Парольная фраза под принуждением
demo-duress-opened = открыто парольной фразой под принуждением: { $count ->
    [one] {$count} случай
    [few] {$count} случая
    [many] {$count} случаев
   *[other] {$count} случая
}, подключено: {$enrolled}; файл ключа по-прежнему {$bytes} байт
demo-real-gone = настоящая парольная фраза больше ничего не открывает: случая на телефоне нет (он есть у организации)
demo-real-still-works = настоящая парольная фраза всё ещё работает после принуждения
demo-step-wipe = 9. Экстренное стирание (парольная фраза не нужна)
demo-wiped = {$dir} существует после этого: {$exists}
demo-yes = да
demo-no = нет
demo-done = Готово. Попробуйте сами: wave vault init --vault ПАПКА, затем wave record --vault ПАПКА --lang ru.

## wave staff: ключи организации (наборы получателей, ключ подписи, доли)

file-exists-kept = {$file} уже существует; Wave никогда его не перезаписывает
recipient-set-version = версия: {$version}
recipient-set-created = создан: {$created}
recipient-set-recipient = получатель: {$recipient}
recipient-set-none = На этом сервере не опубликован набор получателей: устройства шифруют для получателей из своей строки подключения.
recipient-set-need-key = укажите --signing-public-key или --signing-key, чтобы проверить набор
recipient-set-refused = внимание: новый набор получателей организации отклонён, поэтому случаи по-прежнему шифруются для текущего: {$problem}
signing-key-written = Ключ подписи организации записан в {$file}. Храните его без доступа к сети и сделайте резервную копию (wave staff signing-key split); устройствам дайте открытый ключ, напечатанный выше (wave staff enroll-code --signing-public-key).
enroll-code-unsigned = Обратите внимание: без --signing-public-key это устройство навсегда шифрует для этих получателей; изъятый ключ потом нельзя будет из него убрать.
shares-folder-exists = не удаётся создать папку {$dir} (её ещё не должно быть): {$error}
share-header = { $kind ->
    [identity] # Доля Wave {$number} из {$total} (ключ организации); любые {$threshold} доли восстанавливают его.
   *[signing-key] # Доля Wave {$number} из {$total} (ключ подписи организации); любые {$threshold} доли восстанавливают его.
}
shares-written = { $kind ->
    [identity] Доли ключа организации ({$total}) записаны в {$dir}; любые {$threshold} восстанавливают его. Отдайте каждую долю отдельному человеку, не храните их вместе и удалите эту папку, когда раздадите их.
   *[signing-key] Доли ключа подписи организации ({$total}) записаны в {$dir}; любые {$threshold} восстанавливают его. Отдайте каждую долю отдельному человеку, не храните их вместе и удалите эту папку, когда раздадите их.
}
share-unreadable = доля {$number}: это не текст доли, и файл с таким именем не читается ({$error})
share-as-argument = доля {$number} дана текстом в командной строке, где её видят другие пользователи этого компьютера и история оболочки: укажите вместо неё - и введите её, когда спросят (или передайте доли через конвейер, по одной в строке)
share-prompt = Доля {$number} (не отображается):
shares-other-kind = { $kind ->
    [identity] эти доли восстанавливают ключ организации, а не ключ подписи организации
   *[signing-key] эти доли восстанавливают ключ подписи организации, а не ключ организации
}
secret-restored = { $kind ->
    [identity] Ключ организации восстановлен в {$file}.
   *[signing-key] Ключ подписи организации восстановлен в {$file}.
}

## wave staff serve: рабочее место сотрудников
demo-step-serve = 10. Рабочее место сотрудников на архиве демонстрации
demo-serve-passphrase = откройте его парольной фразой: {$passphrase}
idle-lock-invalid = --idle-lock должен быть от 1 до 1440 минут
serve-needs-token = для --server нужен --token (или WAVE_STAFF_TOKEN)
serve-no-archive = в {$dir} нет архива сотрудников; создайте его командой wave staff pull
serve-link = Рабочее место сотрудников открывается по ссылке выше (она срабатывает один раз, в одном браузере). Нажмите Ctrl-C, чтобы закрыть архив и остановить.
serve-stopped = Архив закрыт, работа остановлена.
