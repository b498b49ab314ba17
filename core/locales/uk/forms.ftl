# What is wrong in a form definition or a translation file (for form authors and translators): ids form-…
# Імена з самого опитувальника (id пунктів, шляхи, мови, значення), вирази, лексеми, типи мови
# виразів (boolean, number, string, date, selection, repeat), ключові слова PO і слова читача
# JSON або перевірки за схемою наводяться як є.

## Де проблема
form-error-at = { $path }: { $message }
form-error-at-field = { $path }: { $field }: { $message }

## Завантаження опитувальника
form-not-json = це не JSON: { $reason }
form-schema = не відповідає формату опитувальника: { $reason }
form-schema-broken = сама схема опитувальника пошкоджена: { $reason }
form-not-a-language = { $lang } немає серед languages
form-review-missing = немає статусу перевірки для { $lang }
form-review-not-source = { $lang } — не мова за замовчуванням, тому не може бути вихідною
form-review-nobody = для { $lang } не вказано, хто перевіряв
form-review-date = { $lang }: { $date } — не дата у вигляді РРРР-ММ-ДД
form-no-text = немає тексту мовою { $lang }
form-duplicate-choice = значення варіанта { $value } трапляється в цьому списку двічі
form-duplicate-section = id розділу { $id } уже зайнято: { $first }
form-duplicate-item = id пункту { $id } уже зайнято: { $first }
form-sensitive-public = пункт не може бути водночас чутливим (sensitive) і публічним (public)
form-not-a-count = { $value } — не кількість
form-max-below-min = max { $max } менше за min { $min }
form-nested-repeat = групи, що повторюються (repeat), не можна вкладати одна в одну
form-unknown-choice-list = немає списку варіантів { $name }
form-syntax = синтаксична помилка у стовпці { $column }: { $reason }
form-not-a-condition = тут потрібна умова (true або false), а виходить { $type }
form-selected-unknown-value = selected(): { $value } — не варіант пункту { $item }
form-unknown-item = немає пункту { $item }
form-persist-in-repeat = { $item } міститься всередині групи, що повторюється; точка збереження має бути поза такими групами
form-cycle = доречність залежить сама від себе: { $cycle } (кожен залежить від наступного)
form-cycle-step = { $node } → { $next }
form-cycle-section = розділ { $id }
form-builtin-broken = вбудований опитувальник не завантажується
form-unknown-version = випадок записано за версією { $version } опитувальника { $form }; цей застосунок знає версії до { $latest }
form-unknown-form-of-case = випадок записано за версією { $version } опитувальника { $form }; цей застосунок не знає такого опитувальника
form-unknown-form = цей застосунок не знає опитувальника { $form }

## Вирази: перевірка
form-type-opaque = відповідь, яку можна порівняти лише з ''
form-expr-out-of-scope = { $item } міститься всередині групи { $repeat }, що повторюється, і його можуть використовувати лише пункти цієї групи
form-expr-current-not-allowed = '.' можна використовувати лише в constraint і stop_if
form-expr-unary-minus = унарному '-' потрібне число, а дано { $found }
form-expr-needs-booleans = '{ $op }' потрібні два значення boolean, а дано { $left } і { $right }
form-expr-compare-selection = '{ $op }' не порівнює вибір (selection); використайте selected() або count-selected()
form-expr-compare-repeat = '{ $op }' не порівнює групу, що повторюється (repeat); використайте count()
form-expr-compare-same-type = '{ $op }' порівнює два значення одного типу (або будь-яку відповідь з ''), а дано { $left } і { $right }
form-expr-order = '{ $op }' порівнює два числа, дві дати або два рядки, а дано { $left } і { $right }
form-expr-add = '{ $op }' працює з числами (і з датами: дата ± дні, дата - дата), а дано { $left } і { $right }
form-expr-needs-numbers = '{ $op }' потрібні два числа, а дано { $left } і { $right }
form-expr-not-a-date = date('{ $text }') — не дата у вигляді РРРР-ММ-ДД
form-expr-selected-value = selected() приймає другим значення варіанта у вигляді рядка, а дано { $found }
form-expr-if-condition = if() потрібна умова boolean, а дано { $found }
form-expr-if-branches = в if() обидві гілки мають бути одного типу, а дано { $left } і { $right }
form-expr-argument = { $function }() приймає { $allowed }, а дано { $found }
form-expr-argument-either = { $function }() приймає { $first } або { $second }, а дано { $found }

## Вирази: читання
form-expr-too-long = вираз довший за { $max } байтів
form-expr-unexpected-character = несподіваний символ { $character }
form-expr-bad-reference = посилання пишеться так: ${"{"}item_id{"}"}
form-expr-unterminated-string = рядок не закрито
form-expr-invalid-number = неправильне число { $text }
form-expr-expected-close = очікувалася ')', а знайдено { $found }
form-expr-expected-close-end = очікувалася ')', а вираз закінчився
form-expr-expected-open = після імені функції очікувалася '(', а знайдено { $found }
form-expr-expected-open-end = після імені функції очікувалася '(', а вираз закінчився
form-expr-expected-list = у списку аргументів очікувалася ',' або ')'
form-expr-too-nested = вкладеність глибша за { $max } рівнів
form-expr-too-deep = вираз глибший за { $max } операцій
form-expr-unexpected-end = вираз несподівано закінчився
form-expr-unexpected = несподівано: { $found }
form-expr-operator-alone = '{ $word }' потрібне значення з кожного боку
form-expr-unknown-function = невідома функція { $word }()
form-expr-unexpected-word = несподіване слово '{ $word }' (посилання на пункти пишуться так: ${"{"}{ $word }{"}"})
form-expr-arity = { $function }() приймає { $count ->
    [one] { $count } аргумент
    [few] { $count } аргументи
    [many] { $count } аргументів
   *[other] { $count } аргументу
}, а дано { $got }

## Переклади: вивантаження і завантаження файлів PO
form-translations-form-invalid = опитувальник неправильний ({ $count ->
    [one] { $count } помилка
    [few] { $count } помилки
    [many] { $count } помилок
   *[other] { $count } помилки
}; запустіть wave form check)
form-translations-bad-language = { $lang } — не код мови на кшталт ru або kk
form-translations-export-source = { $lang } — вихідна мова опитувальника; перекладають з неї
form-translations-import-source = { $lang } — вихідна мова опитувальника; її редагують у самому опитувальнику
form-translations-no-plural-rule = для { $lang } не відоме правило множини
form-translations-not-json = опитувальник не у форматі JSON: { $reason }
form-translations-cannot-write = не вдається записати опитувальник: { $reason }
form-translations-no-language = у заголовку PO немає Language (наприклад, "Language: kk")
form-po-no-context = рядок { $line }: немає msgctxt (місця тексту в опитувальнику)
form-po-repeated = рядок { $line }: { $path }: уже є в рядку { $first }
form-po-unknown-path = рядок { $line }: { $path }: в опитувальнику немає такого тексту
form-po-plural-count = рядок { $line }: { $path }: { $count ->
    [one] { $count } форма множини
    [few] { $count } форми множини
    [many] { $count } форм множини
   *[other] { $count } форми множини
}, а в { $lang } їх { $plurals }
form-po-no-plurals = рядок { $line }: { $path }: тексти опитувальника не мають форм множини
form-po-stale = рядок { $line }: { $path }: застаріло: текст мовою { $source } змінився після вивантаження цього файлу
form-po-placeholders = рядок { $line }: { $path }: підстановки { $found } не збігаються з { $source } { $expected }
form-po-untranslated = { $path }: немає перекладу ({ $lang } — нова мова опитувальника, тому потрібен кожен текст)

## Читання файлу PO
form-po-too-large = файл більший за { $max } МіБ
form-po-line = рядок { $line }: { $reason }
form-po-no-keyword = текст у лапках без ключового слова перед ним
form-po-unknown-keyword = невідоме ключове слово { $keyword }
form-po-plural-order = форма множини { $got }, а очікувалася форма { $expected }
form-po-needs-string = після { $keyword } потрібен текст у лапках
form-po-header-first = заголовок (порожній msgid) має йти першим і один раз
form-po-header-line = рядок заголовка { $text } — не "Name: value"
form-po-twice = { $keyword } двічі в одному записі
form-po-after = { $keyword } після { $other }
form-po-before = { $keyword } перед { $other }
form-po-plural-needs-forms = запису з множиною потрібні msgstr[0], msgstr[1], …
form-po-forms-without-plural = msgstr[N] без msgid_plural
form-po-no-msgid = запис без msgid
form-po-no-msgstr = запис без msgstr
form-po-one-piece = текст має бути одним шматком у лапках
form-po-bad-hex = { $escape } — не екранування з двох шістнадцяткових цифр
form-po-unknown-escape = невідоме екранування { $escape }
form-po-lone-backslash = текст у лапках закінчується самотньою зворотною скісною рискою
form-po-unescaped-quote = неекранована лапка всередині тексту
form-po-control-character = керівний символ усередині тексту
