# What is wrong in a form definition or a translation file (for form authors and translators): ids form-…
# Имена из самого опросника (id пунктов, пути, языки, значения), выражения, лексемы, типы языка
# выражений (boolean, number, string, date, selection, repeat), ключевые слова PO и слова
# читателя JSON или проверки по схеме приводятся как есть.

## Где проблема
form-error-at = { $path }: { $message }
form-error-at-field = { $path }: { $field }: { $message }

## Загрузка опросника
form-not-json = это не JSON: { $reason }
form-schema = не соответствует формату опросника: { $reason }
form-schema-broken = сама схема опросника повреждена: { $reason }
form-not-a-language = { $lang } нет среди languages
form-review-missing = нет статуса проверки для { $lang }
form-review-not-source = { $lang } — не язык по умолчанию, поэтому не может быть исходным
form-review-nobody = у { $lang } не указан проверяющий
form-review-date = { $lang }: { $date } — не дата в виде ГГГГ-ММ-ДД
form-no-text = нет текста на { $lang }
form-duplicate-choice = значение варианта { $value } встречается в этом списке дважды
form-duplicate-section = id раздела { $id } уже занят: { $first }
form-duplicate-item = id пункта { $id } уже занят: { $first }
form-sensitive-public = пункт не может быть одновременно чувствительным (sensitive) и публичным (public)
form-not-a-count = { $value } — не количество
form-max-below-min = max { $max } меньше min { $min }
form-nested-repeat = повторяющиеся группы (repeat) нельзя вкладывать друг в друга
form-unknown-choice-list = нет списка вариантов { $name }
form-syntax = синтаксическая ошибка в столбце { $column }: { $reason }
form-not-a-condition = здесь нужно условие (true или false), а получается { $type }
form-selected-unknown-value = selected(): { $value } — не вариант пункта { $item }
form-unknown-item = нет пункта { $item }
form-persist-in-repeat = { $item } находится внутри повторяющейся группы; точка сохранения должна быть вне повторяющихся групп
form-cycle = применимость зависит сама от себя: { $cycle } (каждый зависит от следующего)
form-cycle-step = { $node } → { $next }
form-cycle-section = раздел { $id }
form-builtin-broken = встроенный опросник не загружается
form-unknown-version = случай записан по версии { $version } опросника { $form }; это приложение знает версии до { $latest }
form-unknown-form-of-case = случай записан по версии { $version } опросника { $form }; это приложение не знает такого опросника
form-unknown-form = это приложение не знает опросника { $form }

## Выражения: проверка
form-type-opaque = ответ, который можно сравнить только с ''
form-expr-out-of-scope = { $item } находится внутри повторяющейся группы { $repeat }, и его могут использовать только пункты этой группы
form-expr-current-not-allowed = '.' можно использовать только в constraint и stop_if
form-expr-unary-minus = унарному '-' нужно число, а дано { $found }
form-expr-needs-booleans = '{ $op }' нужны два значения boolean, а даны { $left } и { $right }
form-expr-compare-selection = '{ $op }' не сравнивает выбор (selection); используйте selected() или count-selected()
form-expr-compare-repeat = '{ $op }' не сравнивает повторяющуюся группу (repeat); используйте count()
form-expr-compare-same-type = '{ $op }' сравнивает два значения одного типа (или любой ответ с ''), а даны { $left } и { $right }
form-expr-order = '{ $op }' сравнивает два числа, две даты или две строки, а даны { $left } и { $right }
form-expr-add = '{ $op }' работает с числами (и с датами: дата ± дни, дата - дата), а даны { $left } и { $right }
form-expr-needs-numbers = '{ $op }' нужны два числа, а даны { $left } и { $right }
form-expr-not-a-date = date('{ $text }') — не дата в виде ГГГГ-ММ-ДД
form-expr-selected-value = selected() принимает вторым значение варианта в виде строки, а дано { $found }
form-expr-if-condition = if() нужно условие boolean, а дано { $found }
form-expr-if-branches = у if() обе ветви должны быть одного типа, а даны { $left } и { $right }
form-expr-argument = { $function }() принимает { $allowed }, а дано { $found }
form-expr-argument-either = { $function }() принимает { $first } или { $second }, а дано { $found }

## Выражения: чтение
form-expr-too-long = выражение длиннее { $max } байт
form-expr-unexpected-character = неожиданный символ { $character }
form-expr-bad-reference = ссылка пишется так: ${"{"}item_id{"}"}
form-expr-unterminated-string = строка не закрыта
form-expr-invalid-number = неправильное число { $text }
form-expr-expected-close = ожидалась ')', а найдено { $found }
form-expr-expected-close-end = ожидалась ')', а выражение закончилось
form-expr-expected-open = после имени функции ожидалась '(', а найдено { $found }
form-expr-expected-open-end = после имени функции ожидалась '(', а выражение закончилось
form-expr-expected-list = в списке аргументов ожидалась ',' или ')'
form-expr-too-nested = вложенность глубже { $max } уровней
form-expr-too-deep = выражение глубже { $max } операций
form-expr-unexpected-end = выражение неожиданно закончилось
form-expr-unexpected = неожиданно: { $found }
form-expr-operator-alone = '{ $word }' нужно значение с каждой стороны
form-expr-unknown-function = неизвестная функция { $word }()
form-expr-unexpected-word = неожиданное слово '{ $word }' (ссылки на пункты пишутся так: ${"{"}{ $word }{"}"})
form-expr-arity = { $function }() принимает { $count ->
    [one] { $count } аргумент
    [few] { $count } аргумента
    [many] { $count } аргументов
   *[other] { $count } аргумента
}, а дано { $got }

## Переводы: выгрузка и загрузка файлов PO
form-translations-form-invalid = опросник неправильный ({ $count ->
    [one] { $count } ошибка
    [few] { $count } ошибки
    [many] { $count } ошибок
   *[other] { $count } ошибки
}; запустите wave form check)
form-translations-bad-language = { $lang } — не код языка вроде ru или kk
form-translations-export-source = { $lang } — исходный язык опросника; переводят с него
form-translations-import-source = { $lang } — исходный язык опросника; его правят в самом опроснике
form-translations-no-plural-rule = для { $lang } не известно правило множественного числа
form-translations-not-json = опросник не в формате JSON: { $reason }
form-translations-cannot-write = не удаётся записать опросник: { $reason }
form-translations-no-language = в заголовке PO нет Language (например, "Language: kk")
form-po-no-context = строка { $line }: нет msgctxt (места текста в опроснике)
form-po-repeated = строка { $line }: { $path }: уже есть в строке { $first }
form-po-unknown-path = строка { $line }: { $path }: в опроснике нет такого текста
form-po-plural-count = строка { $line }: { $path }: { $count ->
    [one] { $count } форма множественного числа
    [few] { $count } формы множественного числа
    [many] { $count } форм множественного числа
   *[other] { $count } формы множественного числа
}, а в { $lang } их { $plurals }
form-po-no-plurals = строка { $line }: { $path }: у текстов опросника нет форм множественного числа
form-po-stale = строка { $line }: { $path }: устарело: текст на { $source } изменился после выгрузки этого файла
form-po-placeholders = строка { $line }: { $path }: подстановки { $found } не совпадают с { $source } { $expected }
form-po-untranslated = { $path }: нет перевода ({ $lang } — новый язык опросника, поэтому нужен каждый текст)

## Чтение файла PO
form-po-too-large = файл больше { $max } МиБ
form-po-line = строка { $line }: { $reason }
form-po-no-keyword = текст в кавычках без ключевого слова перед ним
form-po-unknown-keyword = неизвестное ключевое слово { $keyword }
form-po-plural-order = форма множественного числа { $got }, а ожидалась форма { $expected }
form-po-needs-string = после { $keyword } нужен текст в кавычках
form-po-header-first = заголовок (пустой msgid) должен идти первым и один раз
form-po-header-line = строка заголовка { $text } — не "Name: value"
form-po-twice = { $keyword } дважды в одной записи
form-po-after = { $keyword } после { $other }
form-po-before = { $keyword } перед { $other }
form-po-plural-needs-forms = записи с множественным числом нужны msgstr[0], msgstr[1], …
form-po-forms-without-plural = msgstr[N] без msgid_plural
form-po-no-msgid = запись без msgid
form-po-no-msgstr = запись без msgstr
form-po-one-piece = текст должен быть одним куском в кавычках
form-po-bad-hex = { $escape } — не экранирование из двух шестнадцатеричных цифр
form-po-unknown-escape = неизвестное экранирование { $escape }
form-po-lone-backslash = текст в кавычках кончается одиночной обратной косой чертой
form-po-unescaped-quote = неэкранированная кавычка внутри текста
form-po-control-character = управляющий символ внутри текста
