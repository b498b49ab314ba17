# Командний рядок `wave`: усе, що він виводить під час роботи, українською.

## Спільне

internal-error = внутрішня помилка; сховище залишилося таким, яким було до цієї команди
invalid-arguments = {$reason} (див. wave --help)
cannot-read = не вдається прочитати {$file}: {$error}
cannot-write = не вдається записати {$file}: {$error}
cannot-write-in = не вдається записати в {$dir}: {$error}
cannot-create = не вдається створити {$file}: {$error}
file-too-large = {$file} більший за {$mib} МіБ
not-json = {$file} — це не правильний JSON: {$error}
not-a-file-name = {$file} — це не ім'я файлу
runtime-failed = не вдається запустити мережеве середовище: {$error}
bytes = { $count ->
    [one] {$count} байт
    [few] {$count} байти
    [many] {$count} байтів
   *[other] {$count} байта
}
problem-in-entry = {$item} (запис {$entry}): {$message}
sealing-deferred = увага: випадок збережено остаточно, але ще не зашифровано для організації ({$reason}); наступний `wave sync` зашифрує й надішле його

## Парольні фрази

passphrase-prompt = Парольна фраза сховища:{" "}
passphrase-new-prompt = Нова парольна фраза сховища:{" "}
passphrase-repeat-prompt = Повторіть парольну фразу сховища:{" "}
passphrase-differ = дві парольні фрази сховища не збігаються; нічого не змінено
duress-new-prompt = Нова парольна фраза під примусом:{" "}
duress-repeat-prompt = Повторіть парольну фразу під примусом:{" "}
duress-differ = дві парольні фрази під примусом не збігаються; нічого не змінено
archive-new-prompt = Нова парольна фраза архіву:{" "}
archive-repeat-prompt = Повторіть парольну фразу архіву:{" "}
archive-differ = дві парольні фрази архіву не збігаються; нічого не змінено
passphrase-empty = порожня парольна фраза не допускається
passphrase-no-terminal = немає термінала, щоб запитати парольну фразу; для скриптів задайте {$variable}

## wave vault

vault-created = Сховище створено в {$dir} (Argon2id: {$mib} МіБ, { $passes ->
    [one] {$passes} прохід
    [few] {$passes} проходи
    [many] {$passes} проходів
   *[other] {$passes} проходу
}).
passphrase-changed = Парольну фразу змінено.
duress-set = Парольну фразу під примусом задано. Відкриття сховища нею знищує всі випадки в ньому.
wipe-after-invalid = очікувалося число невдалих спроб або "off", а не "{$given}"
wipe-after-set = { $count ->
    [one] Сховище буде стерто після {$count} невірної парольної фрази поспіль.
    [few] Сховище буде стерто після {$count} невірних парольних фраз поспіль.
    [many] Сховище буде стерто після {$count} невірних парольних фраз поспіль.
   *[other] Сховище буде стерто після {$count} невірної парольної фрази поспіль.
}
wipe-after-off = Стирання після невдалих спроб вимкнено.
vault-wiped = Сховище стерто.
vault-nothing-to-wipe = У {$dir} немає сховища; стирати нічого.
vault-missing = у {$dir} немає сховища

## wave case

case-add-refused = Нічого не збережено; виправте це й додайте знову:
answers-not-object = {$file} має містити JSON-об'єкт із відповідями (id питання → відповідь)
cases-none = Випадків немає.
cases-count = { $count ->
    [one] {$count} випадок
    [few] {$count} випадки
    [many] {$count} випадків
   *[other] {$count} випадку
}
column-id = ID
column-status = СТАТУС
column-updated = ЗМІНЕНО
column-title = НАЗВА
case-status = { $status ->
    [draft] чернетка
    [finalized] завершено
   *[other] {$status}
}
case-finalized = Випадок {$id} збережено остаточно (версія {$version}).
attached = Вкладення додано: {$bytes} байтів, SHA-256 {$sha256}.
attachment-written = Записано {$bytes} байтів у {$file} (SHA-256 {$sha256} перевірено).
case-deleted = Випадок {$id} видалено.
case-heading = Випадок {$id}
case-field-status = статус
case-field-form = опитувальник
case-field-created = створено
case-field-updated = змінено
case-field-versions = версій
case-answers = Відповіді:
case-attachments = Вкладення:

## wave form

form-valid = {$file}: правильний опитувальник "{$id}" версії {$version}: розділів {$sections}, питань {$items}, мови {$languages}
form-invalid = { $count ->
    [one] {$file} — неправильний опитувальник ({$count} помилка; запустіть wave form check)
    [few] {$file} — неправильний опитувальник ({$count} помилки; запустіть wave form check)
    [many] {$file} — неправильний опитувальник ({$count} помилок; запустіть wave form check)
   *[other] {$file} — неправильний опитувальник ({$count} помилки; запустіть wave form check)
}
builtin-form-broken = вбудований опитувальник пошкоджено: {$errors}
form-no-language = в опитувальнику немає мови "{$lang}"; є {$languages}
outline-if = якщо {$condition}
outline-required = обов'язкове
outline-sensitive = чутливе
outline-public = публічне
review-status = { $status ->
    [source] вихідна мова
    [draft] чернетка: ще не перевірено носієм мови
   *[other] {$status}
}
review-reviewed = перевірено: {$reviewer}, {$date}
translations-exported = Тексти мовою {$lang} записано в {$file}.
translations-imported = Мову {$lang} імпортовано в {$file}: змінено текстів: {$changed}, залишено як було: {$skipped} (не перекладені або позначені fuzzy).
translations-new-language = Мова {$lang} в опитувальнику нова: її позначено як "draft", доки її не перевірить і не підтвердить носій мови (docs/translating.md).
translations-refused = { $count ->
    [one] {$count} проблема; у {$file} нічого не записано
    [few] {$count} проблеми; у {$file} нічого не записано
    [many] {$count} проблем; у {$file} нічого не записано
   *[other] {$count} проблеми; у {$file} нічого не записано
}

## wave record

record-stopped-nothing-saved = нічого не збережено: {$message}
record-needs-consent = нічого не збережено: у відповідях має бути {$item} (згода на зберігання): {$error}
record-draft-with-problems = Чернетку збережено; виправте це й запишіть знову з --case {$id} або виправте відповіді:
record-draft-saved = Збережено як чернетку; усі відповіді правильні. Додайте --finalize, щоб зберегти остаточно.
record-commands = Відповідь і Enter. ? — підказка, < — назад, = — прогрес, review — огляд, jump РОЗДІЛ, quit — пауза. Порожній рядок — пропустити.
record-paused = Чернетку збережено; продовжити: wave record --case {$id}
record-nothing-saved = Нічого не збережено.
record-no-help = До цього питання немає підказки.
record-progress = Відповіли {$answered}/{$relevant}
record-finish-prompt = Завершити і зберегти остаточно? (так/ні)
record-finalized = Випадок збережено остаточно: {$id}
record-incomplete = випадок заповнено не до кінця; продовжте: wave record --case ID
record-stopped-draft-kept = запис зупинено; чернетку збережено
record-add-entry = Додати ({$entry})? (так/ні)
record-current-answer = зараз: {$answer}
record-hint-multi = номери через кому
record-hint-yes-no = так/ні
record-hint-date = РРРР-ММ-ДД, ~РРРР-ММ-ДД приблизно, РРРР-ММ
record-hint-time = ГГ:ХХ
record-hint-minutes = хвилини
record-hint-location = широта, довгота
record-hint-files = шляхи до файлів через кому
record-hint-info = Enter
record-no-such-choice = немає такого варіанта: "{$choice}"
record-attach-before-saved = вкладення можна додати, коли випадок збережено
record-review = Перевірте відповіді
record-yes-words = так, т
record-no-words = ні

## wave enroll, wave sync

enrolled = Підключено до {$server} як пристрій {$device}.
sync-wiped = сховище стерто; синхронізацію зупинено
sync-summary = Надіслано {$sent} (уже були там: {$duplicates}), відхилено {$failed}, ще чекають {$pending}.
sync-waiting = деякі випадки ще чекають надсилання
sync-case-rejected = сервер не прийняв випадок {$case}: {$reason}
sync-not-sent = { $count ->
    [one] {$count} версію випадку ще не надіслано: {$reason}
    [few] {$count} версії випадків ще не надіслано: {$reason}
    [many] {$count} версій випадків ще не надіслано: {$reason}
   *[other] {$count} версії випадків ще не надіслано: {$reason}
}

## wave staff

pin-invalid = --pin має бути SHA-256 відкритого ключа сервера: 64 шістнадцяткові цифри
identity-exists = {$file} уже існує; файл ключа організації ніколи не перезаписується
identity-written = Ключ організації записано в {$file}. Зберігайте його в таємниці й зробіть резервну копію: без нього жоден випадок, надісланий організації, не відкрити.
identity-readable = увага: {$file} можуть читати інші користувачі цього комп'ютера (виконайте chmod 600)
duration-invalid = неправильний строк "{$given}": потрібне число з s, m, h або d, наприклад 30m, 24h або 7d
enrollment-string-failed = не вдається скласти рядок підключення: {$error}
enrollment-code-made = Одноразовий код підключення {$code} для одного пристрою, діє до {$until}.
archive-created = Архів працівників створено в {$dir}.
archive-missing = у {$dir} немає архіву працівників
page-size-invalid = --page-size має бути від 1 до 1000
pull-interrupted = {$error}; усе, що отримано до цього, збережено, запустіть отримання знову, щоб продовжити
pull-summary = Отримано з {$server}: нових {$new}, уже були {$had}, відхилено {$rejected}{ $recovered ->
    [0] {""}
   *[other] , раніше відхилених відкрито зараз: {$recovered}
}{ $still ->
    [0] {""}
   *[other] , раніше відхилених усе ще не відкрити: {$still}
}; розшифровано вкладень: {$attachments}.
pull-rejected =   відхилено надсилання {$submission} (номер на сервері {$seq}, пристрій {$device}): {$reason}
pull-rejected-total = { $count ->
    [one] {$count} надсилання відхилено; воно зберігається в архіві з причиною
    [few] {$count} надсилання відхилено; кожне зберігається в архіві з причиною
    [many] {$count} надсилань відхилено; кожне зберігається в архіві з причиною
   *[other] {$count} надсилання відхилено; кожне зберігається в архіві з причиною
}
export-public-done = { $count ->
    [one] Експортовано {$count} випадок зі згодою на статистику як публічний {$format}; без згоди пропущено: {$without}.
    [few] Експортовано {$count} випадки зі згодою на статистику як публічний {$format}; без згоди пропущено: {$without}.
    [many] Експортовано {$count} випадків зі згодою на статистику як публічний {$format}; без згоди пропущено: {$without}.
   *[other] Експортовано {$count} випадку зі згодою на статистику як публічний {$format}; без згоди пропущено: {$without}.
}
export-done = { $count ->
    [one] Експортовано {$count} випадок як {$format}, разом із чутливими відповідями: зберігайте файл так само надійно, як архів.
    [few] Експортовано {$count} випадки як {$format}, разом із чутливими відповідями: зберігайте файл так само надійно, як архів.
    [many] Експортовано {$count} випадків як {$format}, разом із чутливими відповідями: зберігайте файл так само надійно, як архів.
   *[other] Експортовано {$count} випадку як {$format}, разом із чутливими відповідями: зберігайте файл так само надійно, як архів.
}
export-unknown-form = { $count ->
    [one] {$count} випадок за опитувальником, якого ця програма не знає, пропущено.
    [few] {$count} випадки за опитувальником, якого ця програма не знає, пропущено.
    [many] {$count} випадків за опитувальником, якого ця програма не знає, пропущено.
   *[other] {$count} випадку за опитувальником, якого ця програма не знає, пропущено.
}

## wave demo

demo-folder-exists = {$dir} уже існує; виберіть порожню теку
demo-step-server = 1. Організація: сервер синхронізації на цьому комп'ютері, токен працівника, ключ організації
demo-server-listening = сервер слухає {$url} (дані в {$dir})
demo-public-key = відкритий ключ організації {$key}
demo-step-code = 2. Працівники створюють одноразовий код підключення для телефона аутріч-працівниці
demo-step-phone = 3. Телефон: зашифроване сховище, підключене за кодом
demo-vault = сховище {$dir} (Argon2id 19 МіБ × 2 для демонстрації; справжні сховища налаштовуються під пристрій)
demo-enrolled = підключено як пристрій {$device}
demo-step-case = 4. Випадок, записаний за опитувальником (російською), з фото, збережено остаточно
demo-case = випадок {$id}, версія {$version}; фото {$bytes} байтів, SHA-256 {$sha256}…
demo-not-sealed = ще не зашифровано для організації ({$reason}); синхронізація нижче спершу зашифрує його
demo-sealed = одразу зашифровано для організації: чекають надсилання {$count}
demo-step-sync = 5. Синхронізація, коли є зв'язок
demo-synced = надіслано {$sent}, вкладень завантажено {$blobs}, ще чекають {$pending}
demo-step-pull = 6. Працівники отримують випадки, перевіряють підпис пристрою й розшифровують у свій зашифрований архів
demo-pulled = нових {$new}, відхилено {$rejected}, вкладень розшифровано {$attachments}
demo-staff-see = що бачать працівники (повний експорт, перший випадок):
demo-statistics = статистика для звіту (лише випадки зі згодою):
demo-step-examiner = 7. Що знайде той, хто скопіює телефон або сервер
demo-phone = телефон
demo-server = сервер
demo-examined = {$name}: { $files ->
    [one] {$files} файл
    [few] {$files} файли
    [many] {$files} файлів
   *[other] {$files} файлу
}, {$bytes} байтів; її слова або кодове ім'я: {$verdict}
demo-plaintext-found = ЗНАЙДЕНО (це помилка)
demo-plaintext-not-found = не знайдено
demo-plaintext-failure = у файлах ({$name}) знайдено відкритий текст
demo-step-duress = 8. Парольна фраза під примусом
demo-duress-opened = відкрито парольною фразою під примусом: { $count ->
    [one] {$count} випадок
    [few] {$count} випадки
    [many] {$count} випадків
   *[other] {$count} випадку
}, підключено: {$enrolled}; файл ключа, як і раніше, {$bytes} байтів
demo-real-gone = справжня парольна фраза більше нічого не відкриває: випадку на телефоні немає (він є в організації)
demo-real-still-works = справжня парольна фраза досі працює після примусу
demo-step-wipe = 9. Екстрене стирання (парольна фраза не потрібна)
demo-wiped = {$dir} існує після цього: {$exists}
demo-yes = так
demo-no = ні
demo-done = Готово. Спробуйте самі: wave vault init --vault ТЕКА, потім wave record --vault ТЕКА --lang uk.

## wave staff: ключі організації (набори отримувачів, ключ підпису, частки)

file-exists-kept = {$file} вже існує; Wave ніколи його не перезаписує
recipient-set-version = версія: {$version}
recipient-set-created = створено: {$created}
recipient-set-recipient = отримувач: {$recipient}
recipient-set-none = На цьому сервері не опубліковано набір отримувачів: пристрої шифрують для отримувачів зі свого рядка підключення.
recipient-set-need-key = вкажіть --signing-public-key або --signing-key, щоб перевірити набір
recipient-set-refused = увага: новий набір отримувачів організації відхилено, тож випадки й далі шифруються для поточного: {$problem}
signing-key-written = Ключ підпису організації записано в {$file}. Зберігайте його без доступу до мережі й зробіть резервну копію (wave staff signing-key split); пристроям дайте відкритий ключ, надрукований вище (wave staff enroll-code --signing-public-key).
enroll-code-unsigned = Зверніть увагу: без --signing-public-key цей пристрій назавжди шифрує для цих отримувачів; вилучений ключ потім не вдасться з нього прибрати.
shares-folder-exists = не вдається створити теку {$dir} (її ще не має бути): {$error}
share-header = { $kind ->
    [identity] # Частка Wave {$number} з {$total} (ключ організації); будь-які {$threshold} частки відновлюють його.
   *[signing-key] # Частка Wave {$number} з {$total} (ключ підпису організації); будь-які {$threshold} частки відновлюють його.
}
shares-written = { $kind ->
    [identity] Частки ключа організації ({$total}) записано в {$dir}; будь-які {$threshold} відновлюють його. Віддайте кожну частку окремій людині, не зберігайте їх разом і видаліть цю теку, коли роздасте їх.
   *[signing-key] Частки ключа підпису організації ({$total}) записано в {$dir}; будь-які {$threshold} відновлюють його. Віддайте кожну частку окремій людині, не зберігайте їх разом і видаліть цю теку, коли роздасте їх.
}
share-unreadable = частка {$number}: це не текст частки, і файл із такою назвою не читається ({$error})
share-as-argument = частку {$number} подано текстом у командному рядку, де її бачать інші користувачі цього комп'ютера та історія оболонки: укажіть замість неї - і введіть її, коли спитають (або передайте частки конвеєром, по одній у рядку)
share-prompt = Частка {$number} (не відображається):
shares-other-kind = { $kind ->
    [identity] ці частки відновлюють ключ організації, а не ключ підпису організації
   *[signing-key] ці частки відновлюють ключ підпису організації, а не ключ організації
}
secret-restored = { $kind ->
    [identity] Ключ організації відновлено в {$file}.
   *[signing-key] Ключ підпису організації відновлено в {$file}.
}

## wave staff serve: робоче місце працівників
demo-step-serve = 10. Робоче місце працівників на архіві демонстрації
demo-serve-passphrase = відкрийте його парольною фразою: {$passphrase}
idle-lock-invalid = --idle-lock має бути від 1 до 1440 хвилин
serve-needs-token = для --server потрібен --token (або WAVE_STAFF_TOKEN)
serve-no-archive = у {$dir} немає архіву працівників; створіть його командою wave staff pull
serve-link = Робоче місце працівників відкривається за посиланням вище (воно спрацьовує один раз, в одному браузері). Натисніть Ctrl-C, щоб закрити архів і зупинити.
serve-stopped = Архів закрито, роботу зупинено.
