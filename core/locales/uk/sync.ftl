# Why a sync could not finish or a case was not accepted, chosen when shown: ids sync-…

## Why a request kept failing (after every retry; the next sync continues)

sync-timeout = сервер не відповів вчасно
sync-no-connection = немає з'єднання із сервером
sync-answer-broken = з'єднання обірвалося, поки читалася відповідь сервера
sync-request-failed = запит до сервера не вдався
sync-answer-too-large = відповідь сервера завелика
sync-answer-unreadable = відповідь сервера не вдалося прочитати
sync-no-upload-offset = у відповіді сервера немає позиції завантаження
sync-server-busy = сервер зайнятий або працює зі збоями: {$message}
sync-answer-mismatch = відповідь сервера не відповідає надісланому пакету
sync-upload-stalled = сервер знову й знову відмовляється прийняти наступну частину вкладення
sync-upload-incomplete = сервер не завершив завантаження вкладення
sync-upload-impossible-offset = сервер повідомив неможливу позицію завантаження

## Why a sync stopped

sync-too-large = запит перевищує обмеження сервера
sync-too-large-limit = запит перевищує обмеження сервера (обмеження в байтах: {$limit})
sync-too-large-limit-mib = запит перевищує обмеження сервера (обмеження: {$mib} МіБ)
sync-attachments-unsendable = вкладень, які не можна надіслати: {$count}. На сервері їх більше немає, а цей пристрій видалив свою зашифровану копію після першого завантаження; версії випадків із цими вкладеннями чекають
sync-sealing-deferred = остаточно збережений випадок ще не зашифровано для організації; наступна синхронізація зашифрує його: {$reason}
sync-earlier = остання синхронізація не завершилася: {$text}

## The NGO's recipient set

sync-set-unchecked = не вдалося перевірити набір отримувачів організації: {$problem}
sync-set-refused = новий набір отримувачів організації відхилено: {$reason}
sync-set-malformed = його пошкоджено ({$detail})
sync-set-not-verified = він не пройшов перевірку ({$detail})
sync-set-replayed = це версія {$offered}, вона старіша за версію {$current}, що використовується (повторно надісланий набір)
sync-set-changed = це версія {$version}, та сама, що використовується, але з іншим вмістом
sync-set-unusable-recipient = одного з отримувачів не можна використати ({$detail})

## Why the server did not take a case

sync-case-too-large = завеликий для сервера
sync-case-too-large-limit = завеликий для сервера (обмеження в байтах: {$limit})
sync-case-too-large-limit-mib = завеликий для сервера (обмеження: {$mib} МіБ)
sync-case-refused = сервер відмовив: {$message} ({$code})
sync-case-unexplained = сервер відмовив і не назвав причини

## Details of errors raised while syncing

sync-detail-store-in-use = сховище вже використовується цією синхронізацією
sync-detail-signing-key = ключ підпису організації пошкоджено
sync-detail-device-key = ключ пристрою пошкоджено
sync-detail-already-enrolled = це сховище вже підключено до сервера
sync-detail-not-enrolled = це сховище ще не підключено до сервера
sync-detail-enrollment-code = це не код підключення: {$detail}
sync-detail-outbox-signature = підпис у черзі надсилання пошкоджено
sync-detail-outbox-id = ідентифікатор у черзі надсилання пошкоджено
sync-detail-case-id = ідентифікатор випадку пошкоджено
sync-detail-row-count = кількість рядків від'ємна
sync-detail-recipients-together = ключі отримувачів організації не можна використати разом
sync-detail-no-recipients = потрібен хоча б один ключ отримувача організації
sync-detail-not-a-recipient = це не отримувач age X25519: {$recipient}
sync-detail-not-an-identity = це не файл ключа age (AGE-SECRET-KEY-1…)
sync-detail-identity-cannot-open = цей ключ організації не відкриває зашифрований файл
sync-detail-sealed-file = зашифрований файл — не файл age
sync-detail-sealed-file-altered = зашифрований файл не пройшов перевірку автентичності
sync-detail-payload-too-large = зашифровані дані більші за будь-який випадок
sync-detail-payload-shape = зашифровані дані мають неочікувану структуру
sync-detail-payload-format = невідомий формат даних {$format}
sync-detail-payload-moved = зашифровані дані перенесено під інший ідентифікатор надсилання
