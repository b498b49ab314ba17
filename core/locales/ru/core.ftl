# Ядро Wave: что говорят опросник и правило парольной фразы, по-русски.

## Почему ответ не принят

invalid-required = Пожалуйста, ответьте на этот вопрос.
invalid-wrong-type = Этот ответ не подходит к вопросу.
invalid-unknown-choice = Пожалуйста, выберите один из вариантов.
invalid-duplicate-choice = Каждый вариант можно выбрать только один раз.
invalid-not-integer = Пожалуйста, введите целое число.
invalid-below-min = Число должно быть не меньше {$min}.
invalid-above-max = Число должно быть не больше {$max}.
invalid-bad-date = Это неправильная дата.
invalid-precision-not-allowed = «{$precision}» здесь не допускается.
invalid-bad-time = Введите время в формате ЧЧ:ММ (24 часа).
invalid-bad-duration = Введите целое число минут, ноль или больше.
invalid-bad-latitude = Широта должна быть от -90 до 90.
invalid-bad-longitude = Долгота должна быть от -180 до 180.
invalid-bad-accuracy = Точность должна быть не меньше нуля метров.
invalid-multi-line = Пожалуйста, напишите это в одну строку.
invalid-bad-attachment = Каждое вложение можно добавить только один раз.
invalid-info-not-true = Пожалуйста, подтвердите, что вы это прочитали.
invalid-too-few = Добавьте как минимум {$count}.
invalid-too-many = Можно добавить не больше {$count}.
invalid-constraint = Этот ответ не принимается.
invalid-not-relevant = Этот вопрос сейчас не задаётся.
invalid-no-such-position = Такого вопроса нет.
invalid-repeat-not-settable = Добавляйте или удаляйте записи по одной.

## Насколько точна дата

precision-exact = точная дата
precision-estimated = примерная дата
precision-month = только месяц

## Ответ да/нет

answer-yes = Да
answer-no = Нет

## Правило парольной фразы

passphrase-hint-empty = Введите парольную фразу.
passphrase-hint-common = Это один из самых распространённых паролей.
passphrase-hint-pattern = Ряды клавиш, повторы и последовательности вроде abc или 1234 легко угадать.
passphrase-hint-date = Даты и годы легко угадать.
passphrase-hint-single-word = Одно слово или имя легко угадать.
passphrase-hint-add-words = Слишком легко угадать: добавьте ещё несколько слов, не связанных между собой.
passphrase-hint-pin-too-short = { $digits ->
    [one] PIN-код должен быть не короче {$digits} цифры.
    [few] PIN-код должен быть не короче {$digits} цифр.
    [many] PIN-код должен быть не короче {$digits} цифр.
   *[other] PIN-код должен быть не короче {$digits} цифры.
}
passphrase-hint-pin-accepted = { $tries ->
    [one] PIN-код принят: его защищают хранилище ключей устройства и стирание после не более чем {$tries} неверной попытки.
    [few] PIN-код принят: его защищают хранилище ключей устройства и стирание после не более чем {$tries} неверных попыток.
    [many] PIN-код принят: его защищают хранилище ключей устройства и стирание после не более чем {$tries} неверных попыток.
   *[other] PIN-код принят: его защищают хранилище ключей устройства и стирание после не более чем {$tries} неверной попытки.
}
passphrase-hint-good = Достаточно надёжно.
passphrase-hint-strong = Надёжно.
passphrase-refusal = Эта парольная фраза слишком слабая. {$reason}

## Ответ, показанный снова (проверка, сводка ответов)

answer-minutes = {$count} мин.
answer-date = {$date} ({$precision})
answer-attachments = { $count ->
    [one] {$count} вложение
    [few] {$count} вложения
    [many] {$count} вложений
   *[other] {$count} вложения
}
answer-entries = { $count ->
    [one] {$count} запись
    [few] {$count} записи
    [many] {$count} записей
   *[other] {$count} записи
}

## Опрос запрошен на языке, которого в опроснике нет

session-unknown-language = В опроснике нет языка "{$lang}"; есть {$languages}.

## Ошибки

error-wrong-passphrase = неверная парольная фраза
error-no-vault = в {$path} нет хранилища
error-vault-exists = в {$path} уже есть хранилище
error-corrupted = сохранённые данные повреждены или изменены: {$detail}
error-platform-secret = секрет устройства для этого хранилища недоступен: {$detail}
error-not-found = не найдено: {$kind} {$id}
error-invalid-state = {$detail}
error-locked = хранилище было заблокировано или стёрто во время работы
error-invalid-input = неправильные данные: {$detail}
error-network = не удалось связаться с сервером: {$detail}
error-pin-mismatch = ключ сервера не совпадает с закреплённым ключом: соединение может перехватываться, или сервер перешёл на ключ, который не был закреплён; ничего не отправлено
error-server = сервер отказал: {$message} ({$code})
error-io = ошибка файла: {$detail}
error-database = ошибка базы данных: {$detail}

## Продолжение опроса и переходы в нём

session-not-a-draft = Продолжить можно только черновик; сначала создайте новую версию случая.
session-other-form = Случай записан по опроснику "{$recorded}", а не "{$form}".
session-other-version = Случай записан по версии {$recorded} опросника "{$form}", а не по версии {$version}.
session-answers-do-not-fit = Сохранённые ответы не подходят к опроснику: {$detail}
session-answers-shape = Ответы имеют неожиданный вид: {$detail}
session-no-section = Раздела "{$section}" нет.
session-section-not-relevant = Раздел "{$section}" сейчас не задаётся.
session-no-repeat = Повторяющейся группы "{$repeat}" нет.
session-repeat-yes-or-no = Ответьте «да», чтобы добавить запись, или «нет», чтобы продолжить.
