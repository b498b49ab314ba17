# Fixed details of the errors the staff tools raise through the core's error type: ids archive-…

## Архив

archive-not-an-archive = {$path} — хранилище Wave, но не архив сотрудников
archive-row-other-submission = строка архива называет другую отправку
archive-kind-submission = отправка
archive-page-check-failed = проверка страницы отправок неожиданно не удалась
archive-case-without-version = у случая в архиве нет завершённой версии
archive-journal-order = история изменений (работа по случаю или редактирование) нарушена: запись переставлена или удалена
archive-newer-version = этот архив записан более новой версией Wave; обновите Wave, чтобы открыть его
archive-digest-unparsed = проверенный отпечаток не удалось прочитать
archive-random-failed = системный источник случайных чисел не сработал
archive-no-random-source = нет источника случайных чисел: {$error}
archive-csv-row = не удалось записать строку CSV
archive-csv-table = не удалось записать таблицу CSV
archive-export-format = неизвестный формат выгрузки {$format}: нужен csv, json или geojson

## Сервер и ключи

archive-token-invalid = токен сотрудника пустой или содержит пробелы или управляющие символы
archive-enrollment-code-lifetime = { $days ->
    [one] код подключения действует от 1 секунды до {$days} дня
    [few] код подключения действует от 1 секунды до {$days} дней
    [many] код подключения действует от 1 секунды до {$days} дней
   *[other] код подключения действует от 1 секунды до {$days} дня
}
archive-signing-key-file = это не файл ключа подписи Wave (нужна одна строка, начинающаяся с WAVE-SIGNING-KEY-1:)
archive-signing-public-key-length = открытый ключ подписи должен быть 32 байтами в base64
archive-signing-public-key-invalid = открытый ключ подписи — не правильный ключ Ed25519
archive-recipient-set-unreadable = набор получателей на сервере повреждён: {$error}
archive-recipient-set-unverified = набор получателей, который отдаёт сервер, не проходит проверку этим ключом подписи: {$error}
archive-recipient-set-give-version = набор получателей, который отдаёт сервер, не удаётся проверить этим ключом подписи ({$error}); укажите версию для публикации явно, выше всех версий, опубликованных раньше
archive-recipient-set-last-version = опубликованную версию нельзя превысить
archive-recipient-set-unsigned = не удаётся составить набор получателей: {$error}

## Доли файла ключа ($number: какая доля, считая с 1)

archive-share-threshold = порог должен быть не меньше 2 и не больше числа долей ({$total})
archive-share-file-size = { $max ->
    [one] разделить можно только файл от 1 до {$max} байта
    [few] разделить можно только файл от 1 до {$max} байт
    [many] разделить можно только файл от 1 до {$max} байт
   *[other] разделить можно только файл от 1 до {$max} байта
}
archive-share-not-a-share = доля {$number} — не доля Wave (она должна начинаться с WAVE-SHARE-1)
archive-share-typo = в доле {$number} опечатка: её контрольная сумма (последняя группа) не совпадает; сравните её с напечатанной долей знак за знаком
archive-share-fields = доля {$number} повреждена: в ней не те поля
archive-share-other-secret = доля {$number} не для ключа Wave
archive-share-threshold-unreadable = доля {$number} повреждена: её порог не прочитать
archive-share-number-unreadable = доля {$number} повреждена: её номер не прочитать
archive-share-not-hex = доля {$number} повреждена: это не шестнадцатеричная запись
archive-share-too-short = доля {$number} повреждена: она слишком короткая
archive-share-damaged = доля {$number} повреждена
archive-share-none = не дано ни одной доли
archive-share-other-split = доля {$number} из другого разделения, чем доля 1; используйте доли, напечатанные вместе
archive-share-too-few = { $needed ->
    [one] нужна {$needed} разная доля
    [few] нужны {$needed} разные доли
    [many] нужно {$needed} разных долей
   *[other] нужно {$needed} разной доли
}, чтобы восстановить { $kind ->
    [signing-key] ключ подписи организации
   *[identity] ключ организации
}; дано долей: {$given}
archive-share-no-restore = доли не восстанавливают файл: одна из них из другого разделения или изменена
archive-share-qr-too-big = доля не помещается в QR-код
archive-share-qr-image = не удаётся записать изображение QR-кода: {$error}

## Работа по случаю и редактирование в рабочем месте

archive-followup-empty = изменение пустое
archive-followup-no-author = не указано, кто внёс изменение
archive-followup-referral = неизвестное направление
archive-followup-complaint = неизвестный орган для жалобы
archive-followup-due = срок должен быть датой (ГГГГ-ММ-ДД)
archive-followup-too-long = текст слишком длинный
archive-redaction-author = у редакции должно быть указано, кто и когда её сделал
archive-redaction-item = отредактированный ответ не называет вопрос
archive-redaction-too-long = { $max ->
    [one] отредактированный ответ длиннее {$max} байта
    [few] отредактированный ответ длиннее {$max} байт
    [many] отредактированный ответ длиннее {$max} байт
   *[other] отредактированный ответ длиннее {$max} байта
}

## Собственный каталог рабочего места (сломанная сборка)

archive-workspace-catalog-parse = файл перевода рабочего места не читается
archive-workspace-language-tag = код языка рабочего места неправильный
archive-workspace-catalog-repeat = в файле перевода рабочего места сообщение повторяется

archive-server-blob-offered-too-large = сервер предложил файл больше любого вложения
archive-server-blob-sent-too-large = сервер прислал файл больше любого вложения
archive-server-answer-too-large = ответ сервера слишком велик; загрузите данные страницами меньшего размера
archive-server-answer-unexpected = ответ сервера не такой, какого ждёт эта версия Wave
archive-server-no-explanation = сервер не объяснил причину
archive-server-set-missing = сервер не отдаёт набор получателей, который только что принял
archive-server-set-different = сервер отдаёт не тот набор получателей, который только что опубликован
