# Why a sync could not finish or a case was not accepted, chosen when shown: ids sync-…

## Why a request kept failing (after every retry; the next sync continues)

sync-timeout = сервер не ответил вовремя
sync-no-connection = нет соединения с сервером
sync-answer-broken = соединение прервалось, пока читался ответ сервера
sync-request-failed = запрос к серверу не удался
sync-answer-too-large = ответ сервера слишком большой
sync-answer-unreadable = ответ сервера не удалось прочитать
sync-no-upload-offset = в ответе сервера нет позиции загрузки
sync-server-busy = сервер занят или работает со сбоями: {$message}
sync-answer-mismatch = ответ сервера не соответствует отправленному пакету
sync-upload-stalled = сервер снова и снова отказывается принять следующую часть вложения
sync-upload-incomplete = сервер не завершил загрузку вложения
sync-upload-impossible-offset = сервер сообщил невозможную позицию загрузки

## Why a sync stopped

sync-too-large = запрос превышает ограничение сервера
sync-too-large-limit = запрос превышает ограничение сервера (ограничение в байтах: {$limit})
sync-too-large-limit-mib = запрос превышает ограничение сервера (ограничение: {$mib} МиБ)
sync-attachments-unsendable = вложений, которые нельзя отправить: {$count}. На сервере их больше нет, а это устройство удалило свою зашифрованную копию после первой загрузки; версии случаев с этими вложениями ждут
sync-sealing-deferred = окончательно сохранённый случай ещё не зашифрован для организации; следующая синхронизация зашифрует его: {$reason}
sync-earlier = последняя синхронизация не завершилась: {$text}

## The NGO's recipient set

sync-set-unchecked = не удалось проверить набор получателей организации: {$problem}
sync-set-refused = новый набор получателей организации отклонён: {$reason}
sync-set-malformed = он повреждён ({$detail})
sync-set-not-verified = он не прошёл проверку ({$detail})
sync-set-replayed = это версия {$offered}, она старее используемой версии {$current} (повторно присланный набор)
sync-set-changed = это версия {$version}, та же, что используется, но с другим содержимым
sync-set-unusable-recipient = одного из получателей нельзя использовать ({$detail})

## Why the server did not take a case

sync-case-too-large = слишком большой для сервера
sync-case-too-large-limit = слишком большой для сервера (ограничение в байтах: {$limit})
sync-case-too-large-limit-mib = слишком большой для сервера (ограничение: {$mib} МиБ)
sync-case-refused = сервер отказал: {$message} ({$code})
sync-case-unexplained = сервер отказал и не назвал причину

## Details of errors raised while syncing

sync-detail-store-in-use = хранилище уже используется этой синхронизацией
sync-detail-signing-key = ключ подписи организации повреждён
sync-detail-device-key = ключ устройства повреждён
sync-detail-already-enrolled = это хранилище уже подключено к серверу
sync-detail-not-enrolled = это хранилище ещё не подключено к серверу
sync-detail-enrollment-code = это не код подключения: {$detail}
sync-detail-outbox-signature = подпись в очереди отправки повреждена
sync-detail-outbox-id = идентификатор в очереди отправки повреждён
sync-detail-case-id = идентификатор случая повреждён
sync-detail-row-count = число строк отрицательное
sync-detail-recipients-together = ключи получателей организации нельзя использовать вместе
sync-detail-no-recipients = нужен хотя бы один ключ получателя организации
sync-detail-not-a-recipient = это не получатель age X25519: {$recipient}
sync-detail-not-an-identity = это не файл ключа age (AGE-SECRET-KEY-1…)
sync-detail-identity-cannot-open = этот ключ организации не открывает зашифрованный файл
sync-detail-sealed-file = зашифрованный файл — не файл age
sync-detail-sealed-file-altered = зашифрованный файл не прошёл проверку подлинности
sync-detail-payload-too-large = зашифрованные данные больше любого случая
sync-detail-payload-shape = у зашифрованных данных неожиданная структура
sync-detail-payload-format = неизвестный формат данных {$format}
sync-detail-payload-moved = зашифрованные данные перенесены под другой идентификатор отправки
