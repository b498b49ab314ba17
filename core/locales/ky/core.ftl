# Wave өзөгү: суроолор жана сырсөз эрежеси эмне дейт, кыргызча. Жумушчу котормо (draft):
# аны эне тилинде сүйлөгөн адам текшерет (docs/translating.md).

## Жооп эмне үчүн кабыл алынган жок

invalid-required = Сураныч, бул суроого жооп бериңиз.
invalid-wrong-type = Бул жооп суроого туура келбейт.
invalid-unknown-choice = Сураныч, варианттардын бирин тандаңыз.
invalid-duplicate-choice = Ар бир вариантты бир гана жолу тандоого болот.
invalid-not-integer = Сураныч, бүтүн сан жазыңыз.
invalid-below-min = Сан {$min} сандан кем болбошу керек.
invalid-above-max = Сан {$max} сандан көп болбошу керек.
invalid-bad-date = Бул туура дата эмес.
invalid-precision-not-allowed = «{$precision}» бул жерде болбойт.
invalid-bad-time = Убакытты СС:ММ түрүндө жазыңыз (24 саат).
invalid-bad-duration = Мүнөттүн бүтүн санын жазыңыз, нөл же андан көп.
invalid-bad-latitude = Кеңдик -90 менен 90дун ортосунда болушу керек.
invalid-bad-longitude = Узундук -180 менен 180дин ортосунда болушу керек.
invalid-bad-accuracy = Тактык нөл метр же андан көп болушу керек.
invalid-multi-line = Сураныч, муну бир сапка жазыңыз.
invalid-bad-attachment = Ар бир файлды бир гана жолу кошууга болот.
invalid-info-not-true = Сураныч, муну окуганыңызды ырастаңыз.
invalid-too-few = Жок дегенде {$count} кошуңуз.
invalid-too-many = {$count} ашык кошууга болбойт.
invalid-constraint = Бул жооп кабыл алынбайт.
invalid-not-relevant = Бул суроо азыр берилбейт.
invalid-no-such-position = Мындай суроо жок.
invalid-repeat-not-settable = Жазууларды бир-бирден кошуңуз же алып салыңыз.

## Дата канчалык так

precision-exact = так дата
precision-estimated = болжолдуу дата
precision-month = айы гана

## Ооба/жок жообу

answer-yes = Ооба
answer-no = Жок

## Сырсөз эрежеси

passphrase-hint-empty = Сырсөздү жазыңыз.
passphrase-hint-common = Бул адамдар эң көп колдонгон сырсөздөрдүн бири.
passphrase-hint-pattern = Баскычтардын катары, кайталоолор жана abc же 1234 сыяктуу ырааттуулуктар оңой табылат.
passphrase-hint-date = Даталар жана жылдар оңой табылат.
passphrase-hint-single-word = Жалгыз сөздү же атты табуу оңой.
passphrase-hint-add-words = Табуу өтө оңой: бири-бирине байланышы жок дагы бир нече сөз кошуңуз.
passphrase-hint-pin-too-short = PIN-коддо жок дегенде {$digits} сан болушу керек.
passphrase-hint-pin-accepted = PIN-код кабыл алынды: аны бул түзмөктүн ачкыч сактагычы жана {$tries} же андан аз туура эмес аракеттен кийин баарын өчүрүү коргойт.
passphrase-hint-good = Жетиштүү ишенимдүү.
passphrase-hint-strong = Ишенимдүү.
passphrase-refusal = Бул сырсөз өтө алсыз. {$reason}

## Кайра көрсөтүлгөн жооп

answer-minutes = {$count} мүн
answer-date = {$date} ({$precision})
answer-attachments = {$count} файл
answer-entries = {$count} жазуу

## Суроолордо жок тилде суралган сессия

session-unknown-language = Суроолордо "{$lang}" тили жок; бар тилдер: {$languages}.

## Каталар

error-wrong-passphrase = сырсөз туура эмес
error-no-vault = {$path} ичинде сактагыч жок
error-vault-exists = {$path} ичинде сактагыч мурунтан эле бар
error-corrupted = сакталган маалымат бузулган же өзгөртүлгөн: {$detail}
error-platform-secret = бул сактагыч үчүн түзмөктүн сыры жеткиликсиз: {$detail}
error-not-found = табылган жок: { $kind ->
    [case] окуя
    [attachment] файл
   *[other] {$kind}
} {$id}
error-invalid-state = ички абал катасы: {$detail}
error-locked = иш учурунда сактагыч кулпуланды же өчүрүлдү
error-invalid-input = маалымат туура эмес: {$detail}
error-network = сервер менен байланышуу мүмкүн болгон жок: {$detail}
error-pin-mismatch = сервердин ачкычы бекитилген ачкычка туура келбейт: байланышты бирөө кармап алышы мүмкүн, же сервер бекитилбеген ачкычка өттү; эч нерсе жөнөтүлгөн жок
error-server = сервер баш тартты: {$message} ({$code})
error-io = файл катасы: {$detail}
error-database = маалымат базасынын катасы: {$detail}

## Сессияны улантуу жана анын ичинде жылуу

session-not-a-draft = Долбоорду гана улантууга болот; адегенде окуянын жаңы версиясын түзүңүз.
session-other-form = Окуя "{$form}" эмес, "{$recorded}" суроолору менен жазылган.
session-other-version = Окуя "{$form}" суроолорунун {$version} версиясы менен эмес, {$recorded} версиясы менен жазылган.
session-answers-do-not-fit = Сакталган жооптор суроолорго туура келбейт: {$detail}
session-answers-shape = Жооптордун түрү күтүлбөгөн: {$detail}
session-no-section = "{$section}" бөлүмү жок.
session-section-not-relevant = "{$section}" бөлүмү азыр берилбейт.
session-no-repeat = "{$repeat}" кайталануучу тобу жок.
