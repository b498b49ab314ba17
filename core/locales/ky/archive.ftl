# Fixed details of the errors the staff tools raise through the core's error type: ids archive-…

## Архив

archive-not-an-archive = {$path} — Wave сактагычы, бирок кызматкерлердин архиви эмес
archive-row-other-submission = архивдин сабында башка жөнөтмө аталган
archive-kind-submission = жөнөтмө
archive-page-check-failed = жөнөтмөлөр барагын текшерүү күтүлбөгөн жерден ишке ашкан жок
archive-case-without-version = архивдеги жазуунун аяктаган версиясы жок
archive-journal-order = өзгөртүүлөрдүн тарыхы (жазуу менен иштөө же түзөтүү) бузулган: жазуу ордунан жылдырылган же алып салынган
archive-newer-version = бул архивди Wave'дин жаңыраак версиясы жазган; аны ачуу үчүн Wave'ди жаңыртыңыз
archive-digest-unparsed = текшерилген изди окуу мүмкүн болгон жок
archive-random-failed = системанын кокус сандар булагы иштеген жок
archive-no-random-source = кокус сандар булагы жок: {$error}
archive-csv-row = CSV сабын жазуу мүмкүн болгон жок
archive-csv-table = CSV таблицасын жазуу мүмкүн болгон жок
archive-export-format = белгисиз экспорт форматы {$format}: csv, json же geojson күтүлөт

## Сервер жана ачкычтар

archive-token-invalid = кызматкердин токени бош же анда боштуктар же башкаруу белгилери бар
archive-enrollment-code-lifetime = { $days ->
    [one] туташуу коду 1 секунддан {$days} күнгө чейин жарактуу
   *[other] туташуу коду 1 секунддан {$days} күнгө чейин жарактуу
}
archive-signing-key-file = бул Wave кол тамга ачкычынын файлы эмес (WAVE-SIGNING-KEY-1: менен башталган бир сап күтүлөт)
archive-signing-public-key-length = ачык кол тамга ачкычы base64 түрүндө 32 байт болушу керек
archive-signing-public-key-invalid = ачык кол тамга ачкычы жарактуу Ed25519 ачкычы эмес
archive-recipient-set-unreadable = сервердеги алуучулар топтому бузулган: {$error}
archive-recipient-set-unverified = сервер берген алуучулар топтому бул кол тамга ачкычы менен текшерүүдөн өтпөйт: {$error}
archive-recipient-set-give-version = сервер берген алуучулар топтомун бул кол тамга ачкычы менен текшерүү мүмкүн эмес ({$error}); жарыялана турган версияны мурда жарыяланган бардык версиялардан жогору кылып так көрсөтүңүз
archive-recipient-set-last-version = жарыяланган версиядан ашууга болбойт
archive-recipient-set-unsigned = алуучулар топтомун түзүү мүмкүн эмес: {$error}

## Ачкыч файлынын үлүштөрү ($number: кайсы үлүш, 1ден баштап эсептегенде)

archive-share-threshold = чек жок дегенде 2 жана үлүштөрдүн санынан ({$total}) ашпашы керек
archive-share-file-size = { $max ->
    [one] 1ден {$max} байтка чейинки файлды гана бөлүүгө болот
   *[other] 1ден {$max} байтка чейинки файлды гана бөлүүгө болот
}
archive-share-not-a-share = {$number}-үлүш Wave үлүшү эмес (ал WAVE-SHARE-1 менен башталышы керек)
archive-share-typo = {$number}-үлүштө ката бар: анын текшерүү суммасы (акыркы топ) дал келбейт; аны басылып чыккан үлүш менен белги боюнча салыштырыңыз
archive-share-fields = {$number}-үлүш бузулган: анда күтүлгөн талаалар жок
archive-share-other-secret = {$number}-үлүш Wave ачкычы үчүн эмес
archive-share-threshold-unreadable = {$number}-үлүш бузулган: анын чегин окууга болбойт
archive-share-number-unreadable = {$number}-үлүш бузулган: анын номерин окууга болбойт
archive-share-not-hex = {$number}-үлүш бузулган: ал он алтылык жазуу эмес
archive-share-too-short = {$number}-үлүш бузулган: ал өтө кыска
archive-share-damaged = {$number}-үлүш бузулган
archive-share-none = бир да үлүш берилген жок
archive-share-other-split = {$number}-үлүш 1-үлүштөн башка бөлүүгө таандык; бирге басылып чыккан үлүштөрдү колдонуңуз
archive-share-too-few = { $kind ->
    [signing-key] Уюмдун кол тамга ачкычын
   *[identity] Уюмдун ачкычын
} калыбына келтирүү үчүн { $needed ->
    [one] {$needed} башка-башка үлүш
   *[other] {$needed} башка-башка үлүш
} керек; берилген үлүштөр: {$given}
archive-share-no-restore = үлүштөр файлды калыбына келтирбейт: алардын бири башка бөлүүдөн же өзгөртүлгөн
archive-share-qr-too-big = үлүш QR кодго батпайт
archive-share-qr-image = QR сүрөтүн жазуу мүмкүн эмес: {$error}

## Иш ордундагы жазуу менен иштөө жана түзөтүү

archive-followup-empty = өзгөртүү бош
archive-followup-no-author = өзгөртүүнү ким киргизгени көрсөтүлгөн эмес
archive-followup-referral = белгисиз жолдомо
archive-followup-complaint = даттануу үчүн белгисиз орган
archive-followup-due = мөөнөт дата болушу керек (ЖЖЖЖ-АА-КК)
archive-followup-too-long = текст өтө узун
archive-redaction-author = түзөтүүдө аны ким жана качан жасаганы жазылышы керек
archive-redaction-item = түзөтүлгөн жооп суроону атабайт
archive-redaction-too-long = { $max ->
    [one] түзөтүлгөн жооп {$max} байттан узун
   *[other] түзөтүлгөн жооп {$max} байттан узун
}

## Иш ордунун өз каталогу (бузулган жыйнак)

archive-workspace-catalog-parse = иш ордунун котормо файлы окулбайт
archive-workspace-language-tag = иш ордунун тил коду жараксыз
archive-workspace-catalog-repeat = иш ордунун котормо файлында билдирүү кайталанат

archive-server-blob-offered-too-large = сервер ар кандай тиркелген файлдан чоң файл сунуштады
archive-server-blob-sent-too-large = сервер ар кандай тиркелген файлдан чоң файл жөнөттү
archive-server-answer-too-large = сервердин жообу өтө чоң; маалыматты кичирээк барактар менен жүктөңүз
archive-server-answer-unexpected = сервердин жообу Wave'дин бул версиясы күткөндөй эмес
archive-server-no-explanation = сервер себебин түшүндүргөн жок
archive-server-set-missing = сервер жаңы эле кабыл алган алуучулар топтомун бербейт
archive-server-set-different = сервер жаңы эле жарыяланган алуучулар топтомун эмес, башкасын берет
