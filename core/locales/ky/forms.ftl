# What is wrong in a form definition or a translation file (for form authors and translators): ids form-…
# Сурамжылоонун өз аттары (пункттардын id'си, жолдор, тилдер, маанилер), туюнтмалар, белгилер,
# туюнтмалар тилинин түрлөрү (boolean, number, string, date, selection, repeat), PO ачкыч
# сөздөрү жана JSON окугучтун же схема боюнча текшерүүнүн сөздөрү кандай болсо, ошондой берилет.

## Көйгөй кайда
form-error-at = { $path }: { $message }
form-error-at-field = { $path }: { $field }: { $message }

## Сурамжылоону жүктөө
form-not-json = туура JSON эмес: { $reason }
form-schema = сурамжылоонун форматына туура келбейт: { $reason }
form-schema-broken = сурамжылоонун схемасынын өзү бузулган: { $reason }
form-not-a-language = { $lang } languages тизмесинде жок
form-review-missing = { $lang } үчүн текшерүү абалы жок
form-review-not-source = { $lang } — демейки тил эмес, ошондуктан баштапкы тил боло албайт
form-review-nobody = { $lang } үчүн ким текшергени көрсөтүлгөн эмес
form-review-date = { $lang }: { $date } — ЖЖЖЖ-АА-КК түрүндөгү күн эмес
form-no-text = { $lang } тилинде текст жок
form-duplicate-choice = { $value } вариант мааниси бул тизмеде эки жолу кездешет
form-duplicate-section = { $id } бөлүм id'си бул жерде да колдонулган: { $first }
form-duplicate-item = { $id } пункт id'си бул жерде да колдонулган: { $first }
form-sensitive-public = пункт бир эле учурда сезимтал (sensitive) жана ачык (public) боло албайт
form-not-a-count = { $value } — сан өлчөмү эмес
form-max-below-min = max { $max } мааниси min { $min } маанисинен кичине
form-nested-repeat = кайталануучу топторду (repeat) бирин экинчисинин ичине салууга болбойт
form-unknown-choice-list = { $name } варианттар тизмеси жок
form-syntax = { $column }-мамычадагы синтаксис катасы: { $reason }
form-not-a-condition = бул жерде шарт (true же false) керек, бирок жыйынтыгы — { $type }
form-selected-unknown-value = selected(): { $value } — { $item } пунктунун варианты эмес
form-unknown-item = { $item } пункту жок
form-persist-in-repeat = { $item } кайталануучу топтун ичинде; сактоо чекити кайталануучу топтордун сыртындагы пункт болушу керек
form-cycle = колдонулушу өзүнө өзү көз каранды: { $cycle } (ар бири кийинкисине көз каранды)
form-cycle-step = { $node } → { $next }
form-cycle-section = { $id } бөлүмү
form-builtin-broken = камтылган сурамжылоо жүктөлбөйт
form-unknown-version = иш { $form } сурамжылоосунун { $version } версиясы менен жазылган; бул колдонмо анын { $latest } версиясына чейин билет
form-unknown-form-of-case = иш { $form } сурамжылоосунун { $version } версиясы менен жазылган; бул колдонмо ал сурамжылоону билбейт
form-unknown-form = бул колдонмо { $form } сурамжылоосун билбейт

## Туюнтмалар: текшерүү
form-type-opaque = '' менен гана салыштырууга мүмкүн болгон жооп
form-expr-out-of-scope = { $item } { $repeat } кайталануучу тобунун ичинде, аны ошол топтун пункттары гана колдоно алат
form-expr-current-not-allowed = '.' constraint жана stop_if ичинде гана колдонулат
form-expr-unary-minus = унардык '-' үчүн сан керек, бирок берилгени — { $found }
form-expr-needs-booleans = '{ $op }' үчүн эки boolean маани керек, бирок берилгени — { $left } жана { $right }
form-expr-compare-selection = '{ $op }' тандоону (selection) салыштыра албайт; selected() же count-selected() колдонуңуз
form-expr-compare-repeat = '{ $op }' кайталануучу топту (repeat) салыштыра албайт; count() колдонуңуз
form-expr-compare-same-type = '{ $op }' бир түрдөгү эки маанини (же каалаган жоопту '' менен) салыштырат, бирок берилгени — { $left } жана { $right }
form-expr-order = '{ $op }' эки санды, эки күндү же эки сапты салыштырат, бирок берилгени — { $left } жана { $right }
form-expr-add = '{ $op }' сандар менен (жана күндөр менен: күн ± сутка, күн - күн) иштейт, бирок берилгени — { $left } жана { $right }
form-expr-needs-numbers = '{ $op }' үчүн эки сан керек, бирок берилгени — { $left } жана { $right }
form-expr-not-a-date = date('{ $text }') — ЖЖЖЖ-АА-КК түрүндөгү күн эмес
form-expr-selected-value = selected() экинчи аргумент катары вариант маанисин сап түрүндө алат, бирок берилгени — { $found }
form-expr-if-condition = if() үчүн boolean шарт керек, бирок берилгени — { $found }
form-expr-if-branches = if() эки бутагы бир түрдө болушу керек, бирок берилгени — { $left } жана { $right }
form-expr-argument = { $function }() { $allowed } алат, бирок берилгени — { $found }
form-expr-argument-either = { $function }() { $first } же { $second } алат, бирок берилгени — { $found }

## Туюнтмалар: окуу
form-expr-too-long = туюнтма { $max } байттан узун
form-expr-unexpected-character = күтүлбөгөн белги { $character }
form-expr-bad-reference = шилтеме мындай жазылат: ${"{"}item_id{"}"}
form-expr-unterminated-string = сап жабылган эмес
form-expr-invalid-number = туура эмес сан { $text }
form-expr-expected-close = ')' күтүлгөн, бирок табылганы — { $found }
form-expr-expected-close-end = ')' күтүлгөн, бирок туюнтма бүтүп калды
form-expr-expected-open = функциянын атынан кийин '(' күтүлгөн, бирок табылганы — { $found }
form-expr-expected-open-end = функциянын атынан кийин '(' күтүлгөн, бирок туюнтма бүтүп калды
form-expr-expected-list = аргументтер тизмесинде ',' же ')' күтүлгөн
form-expr-too-nested = уюштуруу { $max } деңгээлден терең
form-expr-too-deep = туюнтма { $max } амалдан терең
form-expr-unexpected-end = туюнтма күтүлбөгөн жерде бүттү
form-expr-unexpected = күтүлбөгөн: { $found }
form-expr-operator-alone = '{ $word }' үчүн эки тарабында тең маани керек
form-expr-unknown-function = белгисиз функция { $word }()
form-expr-unexpected-word = күтүлбөгөн сөз '{ $word }' (пунктка шилтеме мындай жазылат: ${"{"}{ $word }{"}"})
form-expr-arity = { $function }() { $count ->
    [one] { $count } аргумент
   *[other] { $count } аргумент
} алат, бирок берилгени — { $got }

## Котормолор: PO файлдарын экспорттоо жана импорттоо
form-translations-form-invalid = сурамжылоо туура эмес ({ $count ->
    [one] { $count } ката
   *[other] { $count } ката
}; wave form check иштетиңиз)
form-translations-bad-language = { $lang } — ru же kk сыяктуу тил коду эмес
form-translations-export-source = { $lang } — сурамжылоонун баштапкы тили; котормолор ушул тилден жасалат
form-translations-import-source = { $lang } — сурамжылоонун баштапкы тили; ал сурамжылоонун өзүндө оңдолот
form-translations-no-plural-rule = { $lang } үчүн көптүк сан эрежеси белгисиз
form-translations-not-json = сурамжылоо JSON эмес: { $reason }
form-translations-cannot-write = сурамжылоону жазуу мүмкүн эмес: { $reason }
form-translations-no-language = PO башында Language жок (мисалы, "Language: kk")
form-po-no-context = { $line }-сап: msgctxt жок (тексттин сурамжылоодогу орду)
form-po-repeated = { $line }-сап: { $path }: { $first }-сапта берилген
form-po-unknown-path = { $line }-сап: { $path }: сурамжылоодо мындай текст жок
form-po-plural-count = { $line }-сап: { $path }: { $count ->
    [one] көптүк сандын { $count } формасы
   *[other] көптүк сандын { $count } формасы
}, бирок { $lang } тилинде { $plurals }
form-po-no-plurals = { $line }-сап: { $path }: сурамжылоонун тексттеринде көптүк сандын формалары жок
form-po-stale = { $line }-сап: { $path }: эскирген: { $source } тексти бул файл экспорттолгондон кийин өзгөрдү
form-po-placeholders = { $line }-сап: { $path }: { $found } ордун басуучулары { $source } текстиндеги { $expected } маанилеринен башка
form-po-untranslated = { $path }: которулган эмес ({ $lang } — сурамжылоо үчүн жаңы тил, ошондуктан ар бир текст керек)

## PO файлын окуу
form-po-too-large = файл { $max } МиБ'дан чоң
form-po-line = { $line }-сап: { $reason }
form-po-no-keyword = алдында ачкыч сөзү жок тырмакчадагы текст
form-po-unknown-keyword = белгисиз ачкыч сөз { $keyword }
form-po-plural-order = { $expected } формасы күтүлгөн жерде көптүк сандын { $got } формасы турат
form-po-needs-string = { $keyword } кийин тырмакчадагы текст керек
form-po-header-first = баш сап (бош msgid) биринчи жана бир жолу турушу керек
form-po-header-line = { $text } баш сабы "Name: value" түрүндө эмес
form-po-twice = { $keyword } бир жазууда эки жолу
form-po-after = { $keyword } { $other } кийин турат
form-po-before = { $keyword } { $other } алдында турат
form-po-plural-needs-forms = көптүк сандуу жазууга msgstr[0], msgstr[1], … керек
form-po-forms-without-plural = msgid_plural жок msgstr[N]
form-po-no-msgid = msgid жок жазуу
form-po-no-msgstr = msgstr жок жазуу
form-po-one-piece = текст тырмакчадагы бир бөлүк болушу керек
form-po-bad-hex = { $escape } — эки он алтылык цифрадан турган экрандоо эмес
form-po-unknown-escape = белгисиз экрандоо { $escape }
form-po-lone-backslash = текст жалгыз тескери жантык сызык менен бүтөт
form-po-unescaped-quote = текст ичинде экрандалбаган тырмакча
form-po-control-character = текст ичинде башкаруу белгиси
