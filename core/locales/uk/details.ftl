# Сталі подробиці помилок ядра (пошкодження, неможливий стан, відхилене введення).
# Вони йдуть після слів самої помилки, тому починаються з малої літери. $reason — слова
# бібліотеки чи протоколу (англійською, як надійшли), $text — те, що було введено.

## Що шукали й не знайшли («не знайдено: випадок 1234»)

detail-kind-case = випадок
detail-kind-attachment = вкладення
detail-kind-case-version = версія випадку

## Збережені дані пошкоджено або змінено

detail-kdf-params-invalid = параметри отримання ключа неприпустимі
detail-kdf-failed = не вдалося отримати ключ
detail-key-file-altered = файл ключів було змінено
detail-key-file-too-short = файл ключів закороткий
detail-key-file-too-long = файл ключів задовгий
detail-key-file-unknown-version = файл ключів має невідому версію
detail-key-file-header-damaged = заголовок файлу ключів пошкоджено
detail-key-file-header-malformed = заголовок файлу ключів має неправильний вигляд
detail-key-file-impossible-costs = файл ключів вимагає неможливих витрат на отримання ключа
detail-record-empty = зашифрований запис порожній
detail-record-unknown-version = зашифрований запис має невідому версію
detail-record-failed-authentication = зашифрований запис не пройшов перевірку справжності
detail-record-impossible-length = зашифрований запис має неможливу довжину
detail-record-unexpected-shape = зашифрований запис має неочікуваний вигляд
detail-attachment-truncated = файл вкладення обрізано
detail-attachment-unknown-version = файл вкладення має невідому версію
detail-attachment-failed-authentication = файл вкладення не пройшов перевірку справжності
detail-attachment-key-malformed = ключ вкладення має неправильний вигляд
detail-attachment-fingerprint-mismatch = вкладення не збігається зі своїм записаним відбитком
detail-attachment-record-malformed = запис про вкладення має неправильний вигляд
detail-attachment-of-another-case = запис про вкладення належить до іншого випадку
detail-attachment-id-malformed = ідентифікатор вкладення має неправильний вигляд
detail-version-out-of-place = завершена версія стоїть не на своєму місці
detail-case-id-malformed = ідентифікатор випадку має неправильний вигляд
detail-case-unknown-status = випадок має невідомий стан
detail-row-count-negative = кількість рядків від'ємна
detail-database-missing = бази даних випадків немає
detail-database-no-key-check = у базі даних випадків немає перевірки ключа
detail-database-other-vault = база даних випадків не належить цьому сховищу
detail-database-integrity = база даних випадків не пройшла перевірку цілісності

## Дія, яка зараз неможлива

detail-case-finalized = завершений випадок не можна змінити; спершу створіть його нову версію
detail-case-changed-meanwhile = випадок змінився під час збереження; спробуйте ще раз
detail-case-already-finalized = випадок уже завершено
detail-case-not-finalized = нову версію можна створити лише для завершеного випадку
detail-case-not-stored = випадок не було збережено
detail-safety-stop = відповіді на питання про безпеку зупиняють запис: нічого не зберігається
detail-session-lost-place = опитування втратило своє місце; продовжте його знову
detail-section-no-question = у розділі немає питання, яке можна показати
detail-answers-not-written = не вдалося записати відповіді
detail-database-exists = тут уже є база даних випадків
detail-vault-newer = це сховище записано новішою версією Wave; оновіть застосунок, щоб його відкрити
detail-key-slot-unauthenticated = не вдалося перевірити справжність комірки ключа
detail-helper-thread-stopped = допоміжний потік для вкладень зупинився
detail-attachment-encryption-failed = не вдалося зашифрувати вкладення
detail-tls-setup = не вдалося налаштувати TLS
detail-http-client-setup = не вдалося налаштувати HTTP-клієнт

## Відхилене введення

detail-passphrase-empty = парольна фраза порожня
detail-new-passphrase-empty = нова парольна фраза порожня
detail-duress-passphrase-empty = парольна фраза під примусом порожня
detail-new-passphrase-is-duress = нова парольна фраза збігається з парольною фразою під примусом; виберіть іншу
detail-duress-same-as-passphrase = парольна фраза під примусом має відрізнятися від парольної фрази сховища
detail-failure-limit-zero = межа невдалих спроб має бути не менше 1
detail-pin-needs-wipe = { $tries ->
    [one] парольна фраза сховища — короткий PIN-код, для нього потрібне стирання не пізніше ніж після {$tries} невдалої спроби; спершу замініть його на парольну фразу
    [few] парольна фраза сховища — короткий PIN-код, для нього потрібне стирання не пізніше ніж після {$tries} невдалих спроб; спершу замініть його на парольну фразу
    [many] парольна фраза сховища — короткий PIN-код, для нього потрібне стирання не пізніше ніж після {$tries} невдалих спроб; спершу замініть його на парольну фразу
   *[other] парольна фраза сховища — короткий PIN-код, для нього потрібне стирання не пізніше ніж після {$tries} невдалої спроби; спершу замініть його на парольну фразу
}
detail-kdf-below-minimum = налаштування отримання ключа нижчі за мінімум (19 МіБ, 2 проходи)
detail-attachment-too-large = вкладення завелике, щоб його зашифрувати
detail-record-too-large = запис завеликий, щоб його зберегти
detail-not-json = запис не вдалося записати як JSON: {$reason}
detail-invalid-case-id = це не ідентифікатор випадку: {$text}
detail-invalid-attachment-id = це не ідентифікатор вкладення: {$text}
detail-server-address = неправильна адреса сервера: {$reason}

## Сховище ключів пристрою

detail-no-keystore = це сховище прив'язане до сховища ключів пристрою, але його не передано

## Завершення опитування

detail-finish-problems = { $count ->
    [one] {$count} проблема не дає завершити випадок
    [few] {$count} проблеми не дають завершити випадок
    [many] {$count} проблем не дають завершити випадок
   *[other] {$count} проблеми не дають завершити випадок
}
detail-sealing-not-noted = {$reason} (і записати це в стан синхронізації не вдалося: {$noted})

## Чому не вдалося зв'язатися із сервером

detail-pin-mismatch = ключ сервера не збігається із закріпленим ключем
detail-server-timeout = сервер не відповів вчасно
detail-no-connection = немає з'єднання із сервером
detail-connection-broke = з'єднання обірвалося, поки читалася відповідь сервера
detail-request-failed = запит до сервера не вдався

detail-page-malformed = сторінка зведень випадків пошкоджена
detail-page-unknown-format = сторінка зведень випадків має невідомий формат
detail-pages-incomplete = сторінки зведень охоплюють не всі випадки
detail-page-unknown-case = сторінка зведень називає випадок, якого немає
detail-summary-too-large = зведення випадку завелике для зберігання
