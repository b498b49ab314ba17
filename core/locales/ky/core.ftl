# Wave өзөгү: сурамжылоо жана сырсөз эрежеси эмне дейт, кыргызча.
# Draft translation until a native speaker signs it off (docs/translating.md).
# Өзгөрмөлөр: $min, $max (сандар), $count (саны), $precision (датанын тактыгынын аталышы),
# $digits, $tries (сандар), $reason (төмөндөгү кеңештердин бири).

## Жооп эмне үчүн кабыл алынбайт

invalid-required = Бул суроого жооп бериңиз.
invalid-wrong-type = Бул жооп суроого туура келбейт.
invalid-unknown-choice = Варианттардын бирин тандаңыз.
invalid-duplicate-choice = Ар бир вариантты бир гана жолу тандоого болот.
invalid-not-integer = Бүтүн сан териңиз.
invalid-below-min = Сан кеминде {$min} болушу керек.
invalid-above-max = Сан эң көп дегенде {$max} болушу керек.
invalid-bad-date = Бул туура дата эмес.
invalid-precision-not-allowed = Бул жерде «{$precision}» тандоого болбойт.
invalid-bad-time = Убакытты СС:ММ түрүндө териңиз (24 сааттык).
invalid-bad-duration = Мүнөттөрдүн санын бүтүн сан менен териңиз: нөл же андан көп.
invalid-bad-latitude = Кеңдик -90дон 90го чейин болушу керек.
invalid-bad-longitude = Узундук -180ден 180ге чейин болушу керек.
invalid-bad-accuracy = Тактык нөл же андан көп метр болушу керек.
invalid-multi-line = Муну бир сапка жазыңыз.
invalid-bad-attachment = Ар бир тиркелген файлды бир гана жолу кошууга болот.
invalid-info-not-true = Муну окуганыңызды ырастаңыз.
invalid-too-few = Кеминде {$count} кошуңуз.
invalid-too-many = Эң көп дегенде {$count} кошууга болот.
invalid-constraint = Бул жооп кабыл алынбайт.
invalid-not-relevant = Бул суроо азыр тиешелүү эмес.
invalid-no-such-position = Мындай суроо жок.
invalid-repeat-not-settable = Пункттарды бирден кошуңуз же алып салыңыз.

## Дата канчалык так

precision-exact = так дата
precision-estimated = болжолдуу дата
precision-month = айы гана

## Ооба/жок жообу

answer-yes = Ооба
answer-no = Жок

## Сырсөз эрежеси

passphrase-hint-empty = Сырсөздү териңиз.
passphrase-hint-common = Бул — адамдар эң көп колдонгон сырсөздөрдүн бири.
passphrase-hint-pattern = Клавиатуранын катарларын, кайталоолорду жана abc же 1234 сыяктуу ырааттуулуктарды табуу оңой.
passphrase-hint-date = Даталарды жана жылдарды табуу оңой.
passphrase-hint-single-word = Бир эле сөздү же ысымды табуу оңой.
passphrase-hint-add-words = Табуу өтө оңой: бири-бирине байланышы жок дагы бир нече сөз кошуңуз.
passphrase-hint-pin-too-short = PIN-коддо кеминде {$digits} цифра болушу керек.
passphrase-hint-pin-accepted = PIN-код кабыл алынды: аны бул түзмөктүн ачкыч сактагычы жана эң көп дегенде {$tries} туура эмес аракеттен кийин баарын өчүрүү коргойт.
passphrase-hint-good = Жетиштүү бекем.
passphrase-hint-strong = Бекем.
passphrase-refusal = Бул сырсөз өтө алсыз. {$reason}

## Кайра көрсөтүлгөн жооп (текшерүү, жооптордун кыскача мазмуну)

answer-minutes = {$count} мүн.
answer-date = {$date} ({$precision})
answer-attachments = { $count ->
    [one] {$count} тиркелген файл
   *[other] {$count} тиркелген файл
}
answer-entries = { $count ->
    [one] {$count} пункт
   *[other] {$count} пункт
}

## Сурамжылоодо жок тилде суралган сурамжылоо

session-unknown-language = Сурамжылоодо «{$lang}» тили жок; бар тилдер: {$languages}.

## Каталар (катанын өз текстиндеги сөздөр)

error-wrong-passphrase = туура эмес сырсөз
error-no-vault = {$path} жолунда сактагыч жок
error-vault-exists = {$path} жолунда сактагыч мурунтан эле бар
error-corrupted = сакталган маалыматтар бузулган же өзгөртүлгөн: {$detail}
error-platform-secret = бул сактагыч үчүн түзмөктөгү купуя ачкыч жеткиликсиз: {$detail}
error-not-found = {$kind} {$id} табылган жок
error-invalid-state = {$detail}
error-locked = ошол аралыкта сактагыч кулпуланган же өчүрүлгөн
error-invalid-input = туура эмес маалымат: {$detail}
error-network = серверге туташуу мүмкүн болгон жок: {$detail}
error-pin-mismatch = сервердин ачкычы бекитилген ачкычка дал келбейт: байланышты кимдир бирөө кармап алышы мүмкүн, же сервер бекитилбеген ачкычка өткөн; эч нерсе жөнөтүлгөн жок
error-server = сервер баш тартты: {$message} ({$code})
error-io = файл катасы: {$detail}
error-database = маалымат базасынын катасы: {$detail}

## Сурамжылоону улантуу жана анын ичинде жылуу

session-not-a-draft = Долбоорду гана улантууга болот; адегенде жазуунун жаңы версиясын түзүңүз.
session-other-form = Бул жазуу «{$form}» эмес, «{$recorded}» сурамжылоосу боюнча жазылган.
session-other-version = Бул жазуу «{$form}» сурамжылоосунун {$version} версиясы эмес, {$recorded} версиясы боюнча жазылган.
session-answers-do-not-fit = Сакталган жооптор сурамжылоого туура келбейт: {$detail}
session-answers-shape = Жооптордун түзүлүшү күтүлбөгөндөй: {$detail}
session-no-section = «{$section}» деген бөлүм жок.
session-section-not-relevant = «{$section}» бөлүмү азыр тиешелүү эмес.
session-no-repeat = «{$repeat}» деген кайталануучу топ жок.
session-repeat-yes-or-no = Пункт кошуу үчүн «ооба», андан ары улантуу үчүн «жок» деп жооп бериңиз.
