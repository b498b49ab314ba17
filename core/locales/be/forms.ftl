# What is wrong in a form definition or a translation file (for form authors and translators): ids form-…
# Імёны з самога апытальніка (id пунктаў, шляхі, мовы, значэнні), выразы, лексемы, тыпы мовы
# выразаў (boolean, number, string, date, selection, repeat), ключавыя словы PO і словы чытальніка
# JSON або праверкі паводле схемы прыводзяцца як ёсць.

## Дзе праблема
form-error-at = { $path }: { $message }
form-error-at-field = { $path }: { $field }: { $message }

## Загрузка апытальніка
form-not-json = гэта не JSON: { $reason }
form-schema = не адпавядае фармату апытальніка: { $reason }
form-schema-broken = сама схема апытальніка пашкоджана: { $reason }
form-not-a-language = { $lang } няма сярод languages
form-review-missing = няма статусу праверкі для { $lang }
form-review-not-source = { $lang } — не мова па змаўчанні, таму не можа быць зыходнай
form-review-nobody = для { $lang } не пазначана, хто правяраў
form-review-date = { $lang }: { $date } — не дата ў выглядзе ГГГГ-ММ-ДД
form-no-text = няма тэксту на { $lang }
form-duplicate-choice = значэнне варыянта { $value } сустракаецца ў гэтым спісе двойчы
form-duplicate-section = id раздзела { $id } ужо заняты: { $first }
form-duplicate-item = id пункта { $id } ужо заняты: { $first }
form-sensitive-public = пункт не можа быць адначасова адчувальным (sensitive) і публічным (public)
form-not-a-count = { $value } — не колькасць
form-max-below-min = max { $max } меншы за min { $min }
form-nested-repeat = групы, што паўтараюцца (repeat), нельга ўкладаць адна ў адну
form-unknown-choice-list = няма спіса варыянтаў { $name }
form-syntax = сінтаксічная памылка ў слупку { $column }: { $reason }
form-not-a-condition = тут патрэбна ўмова (true або false), а атрымліваецца { $type }
form-selected-unknown-value = selected(): { $value } — не варыянт пункта { $item }
form-unknown-item = няма пункта { $item }
form-persist-in-repeat = { $item } знаходзіцца ўнутры групы, што паўтараецца; пункт захавання павінен быць па-за такімі групамі
form-cycle = дарэчнасць залежыць сама ад сябе: { $cycle } (кожны залежыць ад наступнага)
form-cycle-step = { $node } → { $next }
form-cycle-section = раздзел { $id }
form-builtin-broken = убудаваны апытальнік не загружаецца
form-unknown-version = выпадак запісаны паводле версіі { $version } апытальніка { $form }; гэта праграма ведае версіі да { $latest }
form-unknown-form-of-case = выпадак запісаны паводле версіі { $version } апытальніка { $form }; гэта праграма не ведае такога апытальніка
form-unknown-form = гэта праграма не ведае апытальніка { $form }

## Выразы: праверка
form-type-opaque = адказ, які можна параўнаць толькі з ''
form-expr-out-of-scope = { $item } знаходзіцца ўнутры групы { $repeat }, што паўтараецца, і яго могуць выкарыстоўваць толькі пункты гэтай групы
form-expr-current-not-allowed = '.' можна выкарыстоўваць толькі ў constraint і stop_if
form-expr-unary-minus = унарнаму '-' патрэбны лік, а дадзена { $found }
form-expr-needs-booleans = '{ $op }' патрэбны два значэнні boolean, а дадзена { $left } і { $right }
form-expr-compare-selection = '{ $op }' не параўноўвае выбар (selection); выкарыстайце selected() або count-selected()
form-expr-compare-repeat = '{ $op }' не параўноўвае групу, што паўтараецца (repeat); выкарыстайце count()
form-expr-compare-same-type = '{ $op }' параўноўвае два значэнні аднаго тыпу (або любы адказ з ''), а дадзена { $left } і { $right }
form-expr-order = '{ $op }' параўноўвае два лікі, дзве даты або два радкі, а дадзена { $left } і { $right }
form-expr-add = '{ $op }' працуе з лікамі (і з датамі: дата ± дні, дата - дата), а дадзена { $left } і { $right }
form-expr-needs-numbers = '{ $op }' патрэбны два лікі, а дадзена { $left } і { $right }
form-expr-not-a-date = date('{ $text }') — не дата ў выглядзе ГГГГ-ММ-ДД
form-expr-selected-value = selected() прымае другім значэнне варыянта ў выглядзе радка, а дадзена { $found }
form-expr-if-condition = if() патрэбна ўмова boolean, а дадзена { $found }
form-expr-if-branches = у if() абедзве галіны павінны быць аднаго тыпу, а дадзена { $left } і { $right }
form-expr-argument = { $function }() прымае { $allowed }, а дадзена { $found }
form-expr-argument-either = { $function }() прымае { $first } або { $second }, а дадзена { $found }

## Выразы: чытанне
form-expr-too-long = выраз даўжэйшы за { $max } байтаў
form-expr-unexpected-character = нечаканы сімвал { $character }
form-expr-bad-reference = спасылка пішацца так: ${"{"}item_id{"}"}
form-expr-unterminated-string = радок не закрыты
form-expr-invalid-number = няправільны лік { $text }
form-expr-expected-close = чакалася ')', а знойдзена { $found }
form-expr-expected-close-end = чакалася ')', а выраз скончыўся
form-expr-expected-open = пасля імя функцыі чакалася '(', а знойдзена { $found }
form-expr-expected-open-end = пасля імя функцыі чакалася '(', а выраз скончыўся
form-expr-expected-list = у спісе аргументаў чакалася ',' або ')'
form-expr-too-nested = укладзенасць глыбейшая за { $max } узроўняў
form-expr-too-deep = выраз глыбейшы за { $max } аперацый
form-expr-unexpected-end = выраз нечакана скончыўся
form-expr-unexpected = нечакана: { $found }
form-expr-operator-alone = '{ $word }' патрэбна значэнне з кожнага боку
form-expr-unknown-function = невядомая функцыя { $word }()
form-expr-unexpected-word = нечаканае слова '{ $word }' (спасылкі на пункты пішуцца так: ${"{"}{ $word }{"}"})
form-expr-arity = { $function }() прымае { $count ->
    [one] { $count } аргумент
    [few] { $count } аргументы
    [many] { $count } аргументаў
   *[other] { $count } аргумента
}, а дадзена { $got }

## Пераклады: выгрузка і загрузка файлаў PO
form-translations-form-invalid = апытальнік няправільны ({ $count ->
    [one] { $count } памылка
    [few] { $count } памылкі
    [many] { $count } памылак
   *[other] { $count } памылкі
}; запусціце wave form check)
form-translations-bad-language = { $lang } — не код мовы накшталт ru або kk
form-translations-export-source = { $lang } — зыходная мова апытальніка; перакладаюць з яе
form-translations-import-source = { $lang } — зыходная мова апытальніка; яе правяць у самім апытальніку
form-translations-no-plural-rule = для { $lang } не вядома правіла множнага ліку
form-translations-not-json = апытальнік не ў фармаце JSON: { $reason }
form-translations-cannot-write = не ўдаецца запісаць апытальнік: { $reason }
form-translations-no-language = у загалоўку PO няма Language (напрыклад, "Language: kk")
form-po-no-context = радок { $line }: няма msgctxt (месца тэксту ў апытальніку)
form-po-repeated = радок { $line }: { $path }: ужо ёсць у радку { $first }
form-po-unknown-path = радок { $line }: { $path }: у апытальніку няма такога тэксту
form-po-plural-count = радок { $line }: { $path }: { $count ->
    [one] { $count } форма множнага ліку
    [few] { $count } формы множнага ліку
    [many] { $count } формаў множнага ліку
   *[other] { $count } формы множнага ліку
}, а ў { $lang } іх { $plurals }
form-po-no-plurals = радок { $line }: { $path }: у тэкстаў апытальніка няма формаў множнага ліку
form-po-stale = радок { $line }: { $path }: састарэла: тэкст на { $source } змяніўся пасля выгрузкі гэтага файла
form-po-placeholders = радок { $line }: { $path }: падстаноўкі { $found } не супадаюць з { $source } { $expected }
form-po-untranslated = { $path }: няма перакладу ({ $lang } — новая мова апытальніка, таму патрэбны кожны тэкст)

## Чытанне файла PO
form-po-too-large = файл большы за { $max } МіБ
form-po-line = радок { $line }: { $reason }
form-po-no-keyword = тэкст у двукоссі без ключавога слова перад ім
form-po-unknown-keyword = невядомае ключавое слова { $keyword }
form-po-plural-order = форма множнага ліку { $got }, а чакалася форма { $expected }
form-po-needs-string = пасля { $keyword } патрэбны тэкст у двукоссі
form-po-header-first = загаловак (пусты msgid) павінен ісці першым і адзін раз
form-po-header-line = радок загалоўка { $text } — не "Name: value"
form-po-twice = { $keyword } двойчы ў адным запісе
form-po-after = { $keyword } пасля { $other }
form-po-before = { $keyword } перад { $other }
form-po-plural-needs-forms = запісу з множным лікам патрэбны msgstr[0], msgstr[1], …
form-po-forms-without-plural = msgstr[N] без msgid_plural
form-po-no-msgid = запіс без msgid
form-po-no-msgstr = запіс без msgstr
form-po-one-piece = тэкст павінен быць адным кавалкам у двукоссі
form-po-bad-hex = { $escape } — не экранаванне з дзвюх шаснаццатковых лічбаў
form-po-unknown-escape = невядомае экранаванне { $escape }
form-po-lone-backslash = тэкст у двукоссі канчаецца адзінокай адваротнай касой рысай
form-po-unescaped-quote = неэкранаванае двукоссе ўнутры тэксту
form-po-control-character = кіравальны сімвал унутры тэксту
