# What is wrong in a form definition or a translation file (for form authors and translators): ids form-…
# Сауалнаманың өз атаулары (тармақтардың id-і, жолдар, тілдер, мәндер), өрнектер, таңбалар,
# өрнектер тілінің түрлері (boolean, number, string, date, selection, repeat), PO кілт сөздері
# және JSON оқу құралының немесе схема бойынша тексерудің сөздері сол күйінде келтіріледі.

## Мәселе қайда
form-error-at = { $path }: { $message }
form-error-at-field = { $path }: { $field }: { $message }

## Сауалнаманы жүктеу
form-not-json = жарамды JSON емес: { $reason }
form-schema = сауалнама пішіміне сәйкес емес: { $reason }
form-schema-broken = сауалнама схемасының өзі бүлінген: { $reason }
form-not-a-language = { $lang } languages тізімінде жоқ
form-review-missing = { $lang } үшін тексеру мәртебесі жоқ
form-review-not-source = { $lang } — әдепкі тіл емес, сондықтан бастапқы тіл бола алмайды
form-review-nobody = { $lang } үшін кім тексергені көрсетілмеген
form-review-date = { $lang }: { $date } — ЖЖЖЖ-АА-КК түріндегі күн емес
form-no-text = { $lang } тілінде мәтін жоқ
form-duplicate-choice = { $value } нұсқа мәні бұл тізімде екі рет кездеседі
form-duplicate-section = { $id } бөлім id-і мұнда да қолданылған: { $first }
form-duplicate-item = { $id } тармақ id-і мұнда да қолданылған: { $first }
form-sensitive-public = тармақ бір мезгілде сезімтал (sensitive) әрі ашық (public) бола алмайды
form-not-a-count = { $value } — сан мөлшері емес
form-max-below-min = max { $max } мәні min { $min } мәнінен кіші
form-nested-repeat = қайталанатын топтарды (repeat) бірінің ішіне бірін салуға болмайды
form-unknown-choice-list = { $name } нұсқалар тізімі жоқ
form-syntax = { $column }-бағандағы синтаксис қатесі: { $reason }
form-not-a-condition = мұнда шарт (true немесе false) керек, ал нәтижесі — { $type }
form-selected-unknown-value = selected(): { $value } — { $item } тармағының нұсқасы емес
form-unknown-item = { $item } тармағы жоқ
form-persist-in-repeat = { $item } қайталанатын топтың ішінде; сақтау нүктесі қайталанатын топтардан тыс тармақ болуы керек
form-cycle = қолданылуы өзіне-өзі тәуелді: { $cycle } (әрқайсысы келесісіне тәуелді)
form-cycle-step = { $node } → { $next }
form-cycle-section = { $id } бөлімі
form-builtin-broken = кірістірілген сауалнама жүктелмейді
form-unknown-version = іс { $form } сауалнамасының { $version } нұсқасымен жазылған; бұл қолданба оның { $latest } нұсқасына дейін біледі
form-unknown-form-of-case = іс { $form } сауалнамасының { $version } нұсқасымен жазылған; бұл қолданба ол сауалнаманы білмейді
form-unknown-form = бұл қолданба { $form } сауалнамасын білмейді

## Өрнектер: тексеру
form-type-opaque = тек '' мәнімен салыстыруға болатын жауап
form-expr-out-of-scope = { $item } { $repeat } қайталанатын тобының ішінде, оны тек сол топтың тармақтары қолдана алады
form-expr-current-not-allowed = '.' тек constraint пен stop_if ішінде қолданылады
form-expr-unary-minus = унарлы '-' үшін сан керек, ал берілгені — { $found }
form-expr-needs-booleans = '{ $op }' үшін екі boolean мән керек, ал берілгені — { $left } және { $right }
form-expr-compare-selection = '{ $op }' таңдауды (selection) салыстыра алмайды; selected() немесе count-selected() қолданыңыз
form-expr-compare-repeat = '{ $op }' қайталанатын топты (repeat) салыстыра алмайды; count() қолданыңыз
form-expr-compare-same-type = '{ $op }' бір түрдегі екі мәнді (немесе кез келген жауапты '' мәнімен) салыстырады, ал берілгені — { $left } және { $right }
form-expr-order = '{ $op }' екі санды, екі күнді немесе екі жолды салыстырады, ал берілгені — { $left } және { $right }
form-expr-add = '{ $op }' сандармен (және күндермен: күн ± тәулік, күн - күн) жұмыс істейді, ал берілгені — { $left } және { $right }
form-expr-needs-numbers = '{ $op }' үшін екі сан керек, ал берілгені — { $left } және { $right }
form-expr-not-a-date = date('{ $text }') — ЖЖЖЖ-АА-КК түріндегі күн емес
form-expr-selected-value = selected() екінші аргумент ретінде нұсқа мәнін жол түрінде алады, ал берілгені — { $found }
form-expr-if-condition = if() үшін boolean шарт керек, ал берілгені — { $found }
form-expr-if-branches = if() екі тармағы бір түрде болуы керек, ал берілгені — { $left } және { $right }
form-expr-argument = { $function }() { $allowed } алады, ал берілгені — { $found }
form-expr-argument-either = { $function }() { $first } немесе { $second } алады, ал берілгені — { $found }

## Өрнектер: оқу
form-expr-too-long = өрнек { $max } байттан ұзын
form-expr-unexpected-character = күтпеген таңба { $character }
form-expr-bad-reference = сілтеме былай жазылады: ${"{"}item_id{"}"}
form-expr-unterminated-string = жол жабылмаған
form-expr-invalid-number = жарамсыз сан { $text }
form-expr-expected-close = ')' күтілген еді, ал табылғаны — { $found }
form-expr-expected-close-end = ')' күтілген еді, бірақ өрнек аяқталды
form-expr-expected-open = функция атауынан кейін '(' күтілген еді, ал табылғаны — { $found }
form-expr-expected-open-end = функция атауынан кейін '(' күтілген еді, бірақ өрнек аяқталды
form-expr-expected-list = аргументтер тізімінде ',' немесе ')' күтілген еді
form-expr-too-nested = кірістіру { $max } деңгейден терең
form-expr-too-deep = өрнек { $max } амалдан терең
form-expr-unexpected-end = өрнек күтпеген жерде аяқталды
form-expr-unexpected = күтпеген: { $found }
form-expr-operator-alone = '{ $word }' үшін екі жағында да мән керек
form-expr-unknown-function = белгісіз функция { $word }()
form-expr-unexpected-word = күтпеген сөз '{ $word }' (тармаққа сілтеме былай жазылады: ${"{"}{ $word }{"}"})
form-expr-arity = { $function }() { $count ->
    [one] { $count } аргумент
   *[other] { $count } аргумент
} алады, ал берілгені — { $got }

## Аудармалар: PO файлдарын экспорттау және импорттау
form-translations-form-invalid = сауалнама жарамсыз ({ $count ->
    [one] { $count } қате
   *[other] { $count } қате
}; wave form check іске қосыңыз)
form-translations-bad-language = { $lang } — ru немесе kk сияқты тіл коды емес
form-translations-export-source = { $lang } — сауалнаманың бастапқы тілі; аудармалар осы тілден жасалады
form-translations-import-source = { $lang } — сауалнаманың бастапқы тілі; ол сауалнаманың өзінде өңделеді
form-translations-no-plural-rule = { $lang } үшін көпше түр ережесі белгісіз
form-translations-not-json = сауалнама JSON емес: { $reason }
form-translations-cannot-write = сауалнаманы жазу мүмкін емес: { $reason }
form-translations-no-language = PO тақырыбында Language жоқ (мысалы, "Language: kk")
form-po-no-context = { $line }-жол: msgctxt жоқ (мәтіннің сауалнамадағы орны)
form-po-repeated = { $line }-жол: { $path }: { $first }-жолда берілген
form-po-unknown-path = { $line }-жол: { $path }: сауалнамада мұндай мәтін жоқ
form-po-plural-count = { $line }-жол: { $path }: { $count ->
    [one] { $count } көпше түр
   *[other] { $count } көпше түр
}, ал { $lang } тілінде { $plurals }
form-po-no-plurals = { $line }-жол: { $path }: сауалнама мәтіндерінде көпше түрлер жоқ
form-po-stale = { $line }-жол: { $path }: ескірген: { $source } мәтіні бұл файл экспортталғаннан кейін өзгерді
form-po-placeholders = { $line }-жол: { $path }: { $found } орынбасарлары { $source } мәтініндегі { $expected } мәндерінен өзгеше
form-po-untranslated = { $path }: аударылмаған ({ $lang } — сауалнама үшін жаңа тіл, сондықтан әр мәтін керек)

## PO файлын оқу
form-po-too-large = файл { $max } МиБ-тан үлкен
form-po-line = { $line }-жол: { $reason }
form-po-no-keyword = алдында кілт сөзі жоқ тырнақшадағы мәтін
form-po-unknown-keyword = белгісіз кілт сөз { $keyword }
form-po-plural-order = { $expected } түрі күтілген жерде { $got } көпше түрі тұр
form-po-needs-string = { $keyword } кейін тырнақшадағы мәтін керек
form-po-header-first = тақырып (бос msgid) бірінші және бір рет тұруы керек
form-po-header-line = { $text } тақырып жолы "Name: value" түрінде емес
form-po-twice = { $keyword } бір жазбада екі рет
form-po-after = { $keyword } { $other } кейін тұр
form-po-before = { $keyword } { $other } алдында тұр
form-po-plural-needs-forms = көпше түрі бар жазбаға msgstr[0], msgstr[1], … керек
form-po-forms-without-plural = msgid_plural жоқ msgstr[N]
form-po-no-msgid = msgid жоқ жазба
form-po-no-msgstr = msgstr жоқ жазба
form-po-one-piece = мәтін тырнақшадағы бір бөлік болуы керек
form-po-bad-hex = { $escape } — екі он алтылық цифрдан тұратын экрандау емес
form-po-unknown-escape = белгісіз экрандау { $escape }
form-po-lone-backslash = мәтін жалғыз кері қиғаш сызықпен аяқталады
form-po-unescaped-quote = мәтін ішінде экрандалмаған тырнақша
form-po-control-character = мәтін ішінде басқару таңбасы
