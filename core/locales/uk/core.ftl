# Ядро Wave: що кажуть опитувальник і правило парольної фрази, українською.

## Чому відповідь не прийнято

invalid-required = Будь ласка, дайте відповідь на це питання.
invalid-wrong-type = Ця відповідь не підходить до питання.
invalid-unknown-choice = Будь ласка, оберіть один із варіантів.
invalid-duplicate-choice = Кожен варіант можна обрати лише один раз.
invalid-not-integer = Будь ласка, введіть ціле число.
invalid-below-min = Число має бути не менше {$min}.
invalid-above-max = Число має бути не більше {$max}.
invalid-bad-date = Це неправильна дата.
invalid-precision-not-allowed = «{$precision}» тут не допускається.
invalid-bad-time = Введіть час у форматі ГГ:ХХ (24 години).
invalid-bad-duration = Введіть ціле число хвилин, нуль або більше.
invalid-bad-latitude = Широта має бути від -90 до 90.
invalid-bad-longitude = Довгота має бути від -180 до 180.
invalid-bad-accuracy = Точність має бути не менше нуля метрів.
invalid-multi-line = Будь ласка, напишіть це в один рядок.
invalid-bad-attachment = Кожне вкладення можна додати лише один раз.
invalid-info-not-true = Будь ласка, підтвердіть, що ви це прочитали.
invalid-too-few = Додайте щонайменше {$count}.
invalid-too-many = Можна додати не більше {$count}.
invalid-constraint = Ця відповідь не приймається.
invalid-not-relevant = Це питання зараз не ставиться.
invalid-no-such-position = Такого питання немає.
invalid-repeat-not-settable = Додавайте або видаляйте записи по одному.

## Наскільки точна дата

precision-exact = точна дата
precision-estimated = приблизна дата
precision-month = лише місяць

## Відповідь так/ні

answer-yes = Так
answer-no = Ні

## Правило парольної фрази

passphrase-hint-empty = Введіть парольну фразу.
passphrase-hint-common = Це один із найпоширеніших паролів.
passphrase-hint-pattern = Ряди клавіш, повтори та послідовності на кшталт abc або 1234 легко вгадати.
passphrase-hint-date = Дати й роки легко вгадати.
passphrase-hint-single-word = Одне слово чи ім'я легко вгадати.
passphrase-hint-add-words = Занадто легко вгадати: додайте ще кілька слів, не пов'язаних між собою.
passphrase-hint-pin-too-short = { $digits ->
    [one] PIN-код має містити щонайменше {$digits} цифру.
    [few] PIN-код має містити щонайменше {$digits} цифри.
    [many] PIN-код має містити щонайменше {$digits} цифр.
   *[other] PIN-код має містити щонайменше {$digits} цифри.
}
passphrase-hint-pin-accepted = { $tries ->
    [one] PIN-код прийнято: його захищають сховище ключів пристрою та стирання після не більш ніж {$tries} невдалої спроби.
    [few] PIN-код прийнято: його захищають сховище ключів пристрою та стирання після не більш ніж {$tries} невдалих спроб.
    [many] PIN-код прийнято: його захищають сховище ключів пристрою та стирання після не більш ніж {$tries} невдалих спроб.
   *[other] PIN-код прийнято: його захищають сховище ключів пристрою та стирання після не більш ніж {$tries} невдалої спроби.
}
passphrase-hint-good = Достатньо надійно.
passphrase-hint-strong = Надійно.
passphrase-refusal = Ця парольна фраза занадто слабка. {$reason}

## Відповідь, показана знову (перевірка, підсумок відповідей)

answer-minutes = {$count} хв
answer-date = {$date} ({$precision})
answer-attachments = { $count ->
    [one] {$count} вкладення
    [few] {$count} вкладення
    [many] {$count} вкладень
   *[other] {$count} вкладення
}
answer-entries = { $count ->
    [one] {$count} запис
    [few] {$count} записи
    [many] {$count} записів
   *[other] {$count} запису
}

## Опитування запитано мовою, якої в опитувальнику немає

session-unknown-language = В опитувальнику немає мови "{$lang}"; є {$languages}.

## Помилки

error-wrong-passphrase = невірна парольна фраза
error-no-vault = у {$path} немає сховища
error-vault-exists = у {$path} уже є сховище
error-corrupted = збережені дані пошкоджено або змінено: {$detail}
error-platform-secret = секрет пристрою для цього сховища недоступний: {$detail}
error-not-found = не знайдено: {$kind} {$id}
error-invalid-state = {$detail}
error-locked = сховище було заблоковано або стерто під час роботи
error-invalid-input = неправильні дані: {$detail}
error-network = не вдалося зв'язатися із сервером: {$detail}
error-pin-mismatch = ключ сервера не збігається із закріпленим ключем: з'єднання може перехоплюватися, або сервер перейшов на ключ, який не було закріплено; нічого не надіслано
error-server = сервер відмовив: {$message} ({$code})
error-io = помилка файлу: {$detail}
error-database = помилка бази даних: {$detail}

## Продовження опитування та переходи в ньому

session-not-a-draft = Продовжити можна лише чернетку; спершу створіть нову версію випадку.
session-other-form = Випадок записано за опитувальником "{$recorded}", а не "{$form}".
session-other-version = Випадок записано за версією {$recorded} опитувальника "{$form}", а не за версією {$version}.
session-answers-do-not-fit = Збережені відповіді не підходять до опитувальника: {$detail}
session-answers-shape = Відповіді мають неочікуваний вигляд: {$detail}
session-no-section = Розділу "{$section}" немає.
session-section-not-relevant = Розділ "{$section}" зараз не ставиться.
session-no-repeat = Повторюваної групи "{$repeat}" немає.
session-repeat-yes-or-no = Відповідайте «так», щоб додати запис, або «ні», щоб продовжити.
