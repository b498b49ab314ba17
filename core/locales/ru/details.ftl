# Постоянные подробности ошибок ядра (повреждение, невозможное состояние, отклонённый ввод).
# Они идут после слов самой ошибки, поэтому начинаются со строчной буквы. $reason — слова
# библиотеки или протокола (по-английски, как пришли), $text — то, что было введено.

## Что искали и не нашли («не найдено: случай 1234»)

detail-kind-case = случай
detail-kind-attachment = вложение
detail-kind-case-version = версия случая

## Сохранённые данные повреждены или изменены

detail-kdf-params-invalid = параметры получения ключа недопустимы
detail-kdf-failed = не удалось получить ключ
detail-key-file-altered = файл ключей был изменён
detail-key-file-too-short = файл ключей слишком короткий
detail-key-file-too-long = файл ключей слишком длинный
detail-key-file-unknown-version = у файла ключей неизвестная версия
detail-key-file-header-damaged = заголовок файла ключей повреждён
detail-key-file-header-malformed = заголовок файла ключей имеет неправильный вид
detail-key-file-impossible-costs = файл ключей требует невозможных затрат на получение ключа
detail-record-empty = зашифрованная запись пуста
detail-record-unknown-version = у зашифрованной записи неизвестная версия
detail-record-failed-authentication = зашифрованная запись не прошла проверку подлинности
detail-record-impossible-length = у зашифрованной записи невозможная длина
detail-record-unexpected-shape = у зашифрованной записи неожиданный вид
detail-attachment-truncated = файл вложения обрезан
detail-attachment-unknown-version = у файла вложения неизвестная версия
detail-attachment-failed-authentication = файл вложения не прошёл проверку подлинности
detail-attachment-key-malformed = ключ вложения имеет неправильный вид
detail-attachment-fingerprint-mismatch = вложение не совпадает со своим записанным отпечатком
detail-attachment-record-malformed = запись о вложении имеет неправильный вид
detail-attachment-of-another-case = запись о вложении относится к другому случаю
detail-attachment-id-malformed = идентификатор вложения имеет неправильный вид
detail-version-out-of-place = завершённая версия стоит не на своём месте
detail-case-id-malformed = идентификатор случая имеет неправильный вид
detail-case-unknown-status = у случая неизвестное состояние
detail-row-count-negative = число строк отрицательное
detail-database-missing = база данных случаев отсутствует
detail-database-no-key-check = в базе данных случаев нет проверки ключа
detail-database-other-vault = база данных случаев не принадлежит этому хранилищу
detail-database-integrity = база данных случаев не прошла проверку целостности

## Действие, которое сейчас невозможно

detail-case-finalized = завершённый случай нельзя изменить; сначала создайте его новую версию
detail-case-changed-meanwhile = случай изменился во время сохранения; попробуйте ещё раз
detail-case-already-finalized = случай уже завершён
detail-case-not-finalized = новую версию можно создать только для завершённого случая
detail-case-not-stored = случай не был сохранён
detail-safety-stop = ответы на вопросы о безопасности останавливают запись: ничего не сохраняется
detail-session-lost-place = опрос потерял своё место; продолжите его заново
detail-section-no-question = в разделе нет вопроса, который можно показать
detail-answers-not-written = не удалось записать ответы
detail-database-exists = здесь уже есть база данных случаев
detail-vault-newer = это хранилище записано более новой версией Wave; обновите приложение, чтобы открыть его
detail-key-slot-unauthenticated = не удалось проверить подлинность ячейки ключа
detail-helper-thread-stopped = вспомогательный поток для вложений остановился
detail-attachment-encryption-failed = не удалось зашифровать вложение
detail-tls-setup = не удалось настроить TLS
detail-http-client-setup = не удалось настроить HTTP-клиент

## Отклонённый ввод

detail-passphrase-empty = парольная фраза пуста
detail-new-passphrase-empty = новая парольная фраза пуста
detail-duress-passphrase-empty = парольная фраза под принуждением пуста
detail-new-passphrase-is-duress = новая парольная фраза совпадает с парольной фразой под принуждением; выберите другую
detail-duress-same-as-passphrase = парольная фраза под принуждением должна отличаться от парольной фразы хранилища
detail-failure-limit-zero = предел неверных попыток должен быть не меньше 1
detail-pin-needs-wipe = { $tries ->
    [one] парольная фраза хранилища — короткий PIN-код, для него нужно стирание не позже чем после {$tries} неверной попытки; сначала замените его на парольную фразу
    [few] парольная фраза хранилища — короткий PIN-код, для него нужно стирание не позже чем после {$tries} неверных попыток; сначала замените его на парольную фразу
    [many] парольная фраза хранилища — короткий PIN-код, для него нужно стирание не позже чем после {$tries} неверных попыток; сначала замените его на парольную фразу
   *[other] парольная фраза хранилища — короткий PIN-код, для него нужно стирание не позже чем после {$tries} неверной попытки; сначала замените его на парольную фразу
}
detail-kdf-below-minimum = настройки получения ключа ниже минимума (19 МиБ, 2 прохода)
detail-attachment-too-large = вложение слишком большое, чтобы его зашифровать
detail-record-too-large = запись слишком большая, чтобы её сохранить
detail-not-json = запись не удалось записать как JSON: {$reason}
detail-invalid-case-id = это не идентификатор случая: {$text}
detail-invalid-attachment-id = это не идентификатор вложения: {$text}
detail-server-address = неправильный адрес сервера: {$reason}

## Хранилище ключей устройства

detail-no-keystore = это хранилище привязано к хранилищу ключей устройства, но оно не передано

## Завершение опроса

detail-finish-problems = { $count ->
    [one] {$count} проблема не даёт завершить случай
    [few] {$count} проблемы не дают завершить случай
    [many] {$count} проблем не дают завершить случай
   *[other] {$count} проблемы не дают завершить случай
}
detail-sealing-not-noted = {$reason} (и записать это в состояние синхронизации не удалось: {$noted})

## Почему не удалось связаться с сервером

detail-pin-mismatch = ключ сервера не совпадает с закреплённым ключом
detail-server-timeout = сервер не ответил вовремя
detail-no-connection = нет соединения с сервером
detail-connection-broke = соединение прервалось, пока читался ответ сервера
detail-request-failed = запрос к серверу не удался

detail-page-malformed = страница сводок случаев повреждена
detail-page-unknown-format = страница сводок случаев в неизвестном формате
detail-pages-incomplete = страницы сводок охватывают не все случаи
detail-page-unknown-case = страница сводок называет несуществующий случай
detail-summary-too-large = сводка случая слишком велика для хранения
