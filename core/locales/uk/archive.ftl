# Fixed details of the errors the staff tools raise through the core's error type: ids archive-…

## Архів

archive-not-an-archive = {$path} — сховище Wave, але не архів працівників
archive-row-other-submission = рядок архіву називає інше надсилання
archive-kind-submission = надсилання
archive-page-check-failed = перевірка сторінки надсилань несподівано не вдалася
archive-case-without-version = у випадку в архіві немає завершеної версії
archive-journal-order = історію змін (робота з випадком або редагування) порушено: запис переставлено або вилучено
archive-newer-version = цей архів записано новішою версією Wave; оновіть Wave, щоб відкрити його
archive-digest-unparsed = перевірений відбиток не вдалося прочитати
archive-random-failed = системне джерело випадкових чисел не спрацювало
archive-no-random-source = немає джерела випадкових чисел: {$error}
archive-csv-row = не вдалося записати рядок CSV
archive-csv-table = не вдалося записати таблицю CSV
archive-export-format = невідомий формат вивантаження {$format}: потрібен csv, json або geojson

## Сервер і ключі

archive-token-invalid = токен працівника порожній або містить пробіли чи керівні символи
archive-enrollment-code-lifetime = { $days ->
    [one] код підключення діє від 1 секунди до {$days} дня
    [few] код підключення діє від 1 секунди до {$days} днів
    [many] код підключення діє від 1 секунди до {$days} днів
   *[other] код підключення діє від 1 секунди до {$days} дня
}
archive-signing-key-file = це не файл ключа підпису Wave (потрібен один рядок, що починається з WAVE-SIGNING-KEY-1:)
archive-signing-public-key-length = відкритий ключ підпису має бути 32 байтами в base64
archive-signing-public-key-invalid = відкритий ключ підпису — не правильний ключ Ed25519
archive-recipient-set-unreadable = набір отримувачів на сервері пошкоджено: {$error}
archive-recipient-set-unverified = набір отримувачів, який віддає сервер, не проходить перевірку цим ключем підпису: {$error}
archive-recipient-set-give-version = набір отримувачів, який віддає сервер, не вдається перевірити цим ключем підпису ({$error}); вкажіть версію для публікації явно, вищу за всі версії, опубліковані раніше
archive-recipient-set-last-version = опубліковану версію не можна перевищити
archive-recipient-set-unsigned = не вдається скласти набір отримувачів: {$error}

## Частки файлу ключа ($number: яка частка, рахуючи з 1)

archive-share-threshold = поріг має бути не менше 2 і не більше кількості часток ({$total})
archive-share-file-size = { $max ->
    [one] розділити можна лише файл від 1 до {$max} байта
    [few] розділити можна лише файл від 1 до {$max} байтів
    [many] розділити можна лише файл від 1 до {$max} байтів
   *[other] розділити можна лише файл від 1 до {$max} байта
}
archive-share-not-a-share = частка {$number} — не частка Wave (вона має починатися з WAVE-SHARE-1)
archive-share-typo = у частці {$number} помилка: її контрольна сума (остання група) не збігається; порівняйте її з надрукованою часткою знак за знаком
archive-share-fields = частку {$number} пошкоджено: у ній не ті поля
archive-share-other-secret = частка {$number} не для ключа Wave
archive-share-threshold-unreadable = частку {$number} пошкоджено: її поріг не прочитати
archive-share-number-unreadable = частку {$number} пошкоджено: її номер не прочитати
archive-share-not-hex = частку {$number} пошкоджено: це не шістнадцятковий запис
archive-share-too-short = частку {$number} пошкоджено: вона закоротка
archive-share-damaged = частку {$number} пошкоджено
archive-share-none = не дано жодної частки
archive-share-other-split = частка {$number} з іншого поділу, ніж частка 1; використовуйте частки, надруковані разом
archive-share-too-few = { $needed ->
    [one] потрібна {$needed} різна частка
    [few] потрібні {$needed} різні частки
    [many] потрібно {$needed} різних часток
   *[other] потрібно {$needed} різної частки
}, щоб відновити { $kind ->
    [signing-key] ключ підпису організації
   *[identity] ключ організації
}; дано часток: {$given}
archive-share-no-restore = частки не відновлюють файл: одна з них з іншого поділу або змінена
archive-share-qr-too-big = частка не вміщується в QR-код
archive-share-qr-image = не вдається записати зображення QR-коду: {$error}

## Робота з випадком і редагування в робочому місці

archive-followup-empty = зміна порожня
archive-followup-no-author = не вказано, хто вніс зміну
archive-followup-referral = невідоме скерування
archive-followup-complaint = невідомий орган для скарги
archive-followup-due = строк має бути датою (РРРР-ММ-ДД)
archive-followup-too-long = текст задовгий
archive-redaction-author = у редакції має бути вказано, хто і коли її зробив
archive-redaction-item = відредагована відповідь не називає питання
archive-redaction-too-long = { $max ->
    [one] відредагована відповідь довша за {$max} байт
    [few] відредагована відповідь довша за {$max} байти
    [many] відредагована відповідь довша за {$max} байтів
   *[other] відредагована відповідь довша за {$max} байта
}

## Власний каталог робочого місця (зламана збірка)

archive-workspace-catalog-parse = файл перекладу робочого місця не читається
archive-workspace-language-tag = код мови робочого місця неправильний
archive-workspace-catalog-repeat = у файлі перекладу робочого місця повідомлення повторюється

archive-server-blob-offered-too-large = сервер запропонував файл, більший за будь-яке вкладення
archive-server-blob-sent-too-large = сервер надіслав файл, більший за будь-яке вкладення
archive-server-answer-too-large = відповідь сервера завелика; завантажуйте дані сторінками меншого розміру
archive-server-answer-unexpected = відповідь сервера не така, якої очікує ця версія Wave
archive-server-no-explanation = сервер не пояснив причину
archive-server-set-missing = сервер не віддає набір отримувачів, який щойно прийняв
archive-server-set-different = сервер віддає не той набір отримувачів, який щойно опубліковано
