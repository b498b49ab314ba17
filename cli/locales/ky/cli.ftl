# `wave` буйрук сабы: иштеп жатканда чыгарган бардык тексти, кыргызча.
# Draft translation until a native speaker signs it off (docs/translating.md).
# clap'тын --help тексттери бул жерде жок; алар англисче калат.

## Жалпы

internal-error = ички ката; сактагыч бул буйрукка чейинки абалында калды
invalid-arguments = {$reason} (wave --help караңыз)
cannot-read = {$file} файлын окуу мүмкүн болгон жок: {$error}
cannot-write = {$file} файлына жазуу мүмкүн болгон жок: {$error}
cannot-write-in = {$dir} папкасына жазуу мүмкүн болгон жок: {$error}
cannot-create = {$file} файлын түзүү мүмкүн болгон жок: {$error}
file-too-large = {$file} файлынын көлөмү {$mib} МиБ чегинен ашат
not-json = {$file} — туура JSON эмес: {$error}
not-a-file-name = {$file} — файлдын аты эмес
runtime-failed = тармак чөйрөсүн иштетүү мүмкүн болгон жок: {$error}
bytes = { $count ->
    [one] {$count} байт
   *[other] {$count} байт
}
problem-in-entry = {$item} ({$entry}-пункт): {$message}
sealing-deferred = эскертүү: жазуу бүттү, бирок уюм үчүн азырынча шифрлене элек ({$reason}); кийинки `wave sync` аны шифрлеп, жөнөтөт

## Сырсөздөр

passphrase-prompt = Сактагычтын сырсөзү:{" "}
passphrase-new-prompt = Сактагычтын жаңы сырсөзү:{" "}
passphrase-repeat-prompt = Сактагычтын сырсөзүн кайталаңыз:{" "}
passphrase-differ = сактагычтын эки сырсөзү бирдей эмес; эч нерсе өзгөртүлгөн жок
duress-new-prompt = Жаңы экинчи сырсөз (коркунуч учуру үчүн):{" "}
duress-repeat-prompt = Экинчи сырсөздү (коркунуч учуру үчүн) кайталаңыз:{" "}
duress-differ = экинчи сырсөздүн эки жолу терилгени бирдей эмес; эч нерсе өзгөртүлгөн жок
archive-new-prompt = Архивдин жаңы сырсөзү:{" "}
archive-repeat-prompt = Архивдин сырсөзүн кайталаңыз:{" "}
archive-differ = архивдин эки сырсөзү бирдей эмес; эч нерсе өзгөртүлгөн жок
passphrase-empty = бош сырсөзгө уруксат жок
passphrase-no-terminal = сырсөздү сурай турган терминал жок; скрипттер үчүн {$variable} өзгөрмөсүн коюңуз

## wave vault

vault-created = {$dir} ичинде сактагыч түзүлдү (Argon2id: {$mib} МиБ, { $passes ->
    [one] {$passes} өтүү
   *[other] {$passes} өтүү
}).
passphrase-changed = Сырсөз өзгөртүлдү.
duress-set = Экинчи (коркунуч учуру үчүн) сырсөз орнотулду. Сактагычты аны менен ачуу андагы бардык жазууларды жок кылат.
wipe-after-invalid = туура эмес аракеттердин саны же "off" күтүлгөн, "{$given}" эмес
wipe-after-set = { $count ->
    [one] Катары менен {$count} жолу туура эмес сырсөз терилгенден кийин сактагыч өчүрүлөт.
   *[other] Катары менен {$count} жолу туура эмес сырсөз терилгенден кийин сактагыч өчүрүлөт.
}
wipe-after-off = Туура эмес аракеттерден кийин баарын өчүрүү ажыратылды.
vault-wiped = Сактагыч өчүрүлдү.
vault-nothing-to-wipe = {$dir} ичинде сактагыч жок; өчүрө турган эч нерсе жок.
vault-missing = {$dir} ичинде сактагыч жок

## wave case

case-add-refused = Эч нерсе сакталган жок; буларды оңдоп, кайра кошуңуз:
answers-not-object = {$file} ичинде жооптордун JSON объекти болушу керек (суроонун id → жооп)
cases-none = Жазуулар жок.
cases-count = { $count ->
    [one] {$count} жазуу
   *[other] {$count} жазуу
}
column-id = ID
column-status = АБАЛЫ
column-updated = ӨЗГӨРТҮЛДҮ
column-title = АТАЛЫШЫ
case-status = { $status ->
    [draft] долбоор
    [finalized] бүткөн
   *[other-status] {$status}
}
case-finalized = {$id} жазуусу бүттү (версиясы: {$version}).
attached = Тиркелди: {$bytes} байт, SHA-256 {$sha256}.
attachment-written = {$file} файлына {$bytes} байт жазылды (SHA-256 {$sha256} текшерилди).
case-deleted = {$id} жазуусу өчүрүлдү.
case-heading = Жазуу {$id}
case-field-status = абалы
case-field-form = сурамжылоо
case-field-created = түзүлдү
case-field-updated = өзгөртүлдү
case-field-versions = версиялар
case-answers = Жооптор:
case-attachments = Тиркелген файлдар:

## wave form

form-valid = {$file}: «{$id}» сурамжылоосу туура, версиясы {$version}: бөлүмдөр: {$sections}, суроолор: {$items}, тилдер: {$languages}
form-invalid = { $count ->
    [one] {$file} — туура сурамжылоо эмес ({$count} ката; wave form check иштетиңиз)
   *[other] {$file} — туура сурамжылоо эмес ({$count} ката; wave form check иштетиңиз)
}
builtin-form-broken = камтылган сурамжылоо бузулган: {$errors}
form-no-language = сурамжылоодо «{$lang}» тили жок; бар тилдер: {$languages}
outline-if = эгер {$condition}
outline-required = милдеттүү
outline-sensitive = сезимтал
outline-public = ачык
review-status = { $status ->
    [source] баштапкы тил
    [draft] долбоор: эне тилинде сүйлөгөн адам азырынча текшере элек
   *[other-status] {$status}
}
review-reviewed = текшерген: {$reviewer}, {$date}
translations-exported = {$lang} тексттери {$file} файлына жазылды.
translations-imported = {$lang} тили {$file} файлына импорттолду: { $changed ->
    [one] {$changed} текст өзгөртүлдү
   *[other] {$changed} текст өзгөртүлдү
}, {$skipped} текст мурункудай калды (которулган эмес же fuzzy деп белгиленген).
translations-new-language = {$lang} — сурамжылоо үчүн жаңы тил: эне тилинде сүйлөгөн текшерүүчү бекиткенге чейин ал "draft" деп белгиленет (docs/translating.md).
translations-refused = { $count ->
    [one] {$count} көйгөй; {$file} файлына эч нерсе жазылган жок
   *[other] {$count} көйгөй; {$file} файлына эч нерсе жазылган жок
}

## wave record

record-stopped-nothing-saved = эч нерсе сакталган жок: {$message}
record-needs-consent = эч нерсе сакталган жок: жоопторда {$item} (сактоого макулдук) болушу керек: {$error}
record-draft-with-problems = Долбоор сакталды; буларды оңдоп, --case {$id} менен кайра жазыңыз же жоопторду түзөтүңүз:
record-draft-saved = Долбоор катары сакталды; бардык жооптор туура. Бүтүрүү үчүн --finalize кошуңуз.
record-commands = Жоопту терип, Enter басыңыз. ? — жардам, < — артка, = — жүрүшү, review — карап чыгуу, jump БӨЛҮМ — бөлүмгө өтүү, quit — тыныгуу. Бош сап — өткөрүп жиберүү.
record-paused = Долбоор сакталды; улантуу үчүн: wave record --case {$id}
record-nothing-saved = Эч нерсе сакталган жок.
record-no-help = Бул суроого жардам жок.
record-progress = Жооп берилди: {$answered}/{$relevant}
record-finish-prompt = Бүтүрүп, жазууну биротоло сактайсызбы? (ооба/жок)
record-finalized = Жазуу бүттү: {$id}
record-incomplete = жазуу толук эмес; улантуу үчүн wave record --case ID иштетиңиз
record-stopped-draft-kept = жазуу токтотулду; долбоор сакталды
record-add-entry = Кошосузбу: {$entry}? (ооба/жок)
record-current-answer = азыр: {$answer}
record-hint-multi = номерлер, үтүр менен
record-hint-yes-no = ооба/жок
record-hint-date = ЖЖЖЖ-АА-КК, болжолдуу болсо ~ЖЖЖЖ-АА-КК, ЖЖЖЖ-АА
record-hint-time = СС:ММ
record-hint-minutes = мүнөт
record-hint-location = кеңдик, узундук
record-hint-files = файлдардын жолдору, үтүр менен
record-hint-info = Enter
record-no-such-choice = мындай вариант жок: «{$choice}»
record-attach-before-saved = тиркелген файлдарды жазуу сакталгандан кийин кошууга болот
record-review = Жоопторуңузду текшериңиз
# «Ооба» жана «жок» катары кабыл алынган сөздөр, үтүр менен (англисче сөздөр дайыма кабыл алынат).
record-yes-words = ооба, о
record-no-words = жок, ж

## wave enroll, wave sync

enrolled = {$server} серверине {$device} түзмөгү катары туташты.
sync-wiped = сактагыч өчүрүлдү; синхрондоо токтоду
sync-summary = Жөнөтүлдү: {$sent} ({$duplicates} мурунтан эле бар болчу), кабыл алынган жок: {$failed}, дагы күтүүдө: {$pending}.
sync-waiting = айрым жазуулар дагы эле жөнөтүлүүнү күтүп жатат
sync-case-rejected = сервер {$case} жазуусун кабыл алган жок: {$reason}
sync-not-sent = { $count ->
    [one] жазуунун {$count} версиясы азырынча жөнөтүлө элек: {$reason}
   *[other] жазуунун {$count} версиясы азырынча жөнөтүлө элек: {$reason}
}

## wave staff

pin-invalid = --pin сервердин ачык ачкычынын SHA-256 дайджести болушу керек: 64 он алтылык цифра
identity-exists = {$file} мурунтан эле бар; уюмдун ачкыч файлы эч качан кайра жазылбайт
identity-written = Уюмдун ачкычы {$file} файлына жазылды. Аны сыр сактаңыз жана камдык көчүрмөсүн жасаңыз: ансыз уюмга жөнөтүлгөн бир да жазууну ачууга болбойт.
identity-readable = эскертүү: {$file} файлын бул компьютердин башка колдонуучулары окуй алат (chmod 600 аткарыңыз)
duration-invalid = туура эмес мөөнөт «{$given}»: s, m, h же d кошулган сан күтүлөт, мисалы 30m, 24h же 7d
enrollment-string-failed = туташуу сабын түзүү мүмкүн болгон жок: {$error}
enrollment-code-made = Бир түзмөк үчүн бир жолку туташуу коду: {$code}; жарактуулук мөөнөтү: {$until}.
archive-created = {$dir} ичинде кызматкерлердин архиви түзүлдү.
archive-missing = {$dir} ичинде кызматкерлердин архиви жок
page-size-invalid = --page-size 1ден 1000ге чейин болушу керек
pull-interrupted = {$error}; буга чейин алынгандын баары сакталды, улантуу үчүн кайра алыңыз
pull-summary = {$server} серверинен алынды: жаңы {$new}, мурунтан бар {$had}, кабыл алынбаган {$rejected}{ $recovered ->
    [0] {""}
    [one] , мурда кабыл алынбагандардан азыр ачылганы: {$recovered}
   *[other] , мурда кабыл алынбагандардан азыр ачылганы: {$recovered}
}{ $still ->
    [0] {""}
    [one] , мурда кабыл алынбагандардан дагы эле ачылбаганы: {$still}
   *[other] , мурда кабыл алынбагандардан дагы эле ачылбаганы: {$still}
}; { $attachments ->
    [one] шифри чечилген тиркелген файлдар: {$attachments}.
   *[other] шифри чечилген тиркелген файлдар: {$attachments}.
}
pull-rejected =   {$submission} жөнөтмөсү кабыл алынган жок (сервердеги номери {$seq}, түзмөк {$device}): {$reason}
pull-rejected-total = { $count ->
    [one] {$count} жөнөтмө кабыл алынган жок; ал себеби менен кошо архивде сакталат
   *[other] {$count} жөнөтмө кабыл алынган жок; ар бири себеби менен кошо архивде сакталат
}
export-public-done = { $count ->
    [one] Статистикага макулдук берилген {$count} жазуу ачык {$format} катары экспорттолду; макулдугу жок {$without} жазуу кошулган жок.
   *[other] Статистикага макулдук берилген {$count} жазуу ачык {$format} катары экспорттолду; макулдугу жок {$without} жазуу кошулган жок.
}
export-done = { $count ->
    [one] {$count} жазуу {$format} катары, сезимтал жооптору менен кошо экспорттолду: аны архивдей эле коопсуз сактаңыз.
   *[other] {$count} жазуу {$format} катары, сезимтал жооптору менен кошо экспорттолду: аны архивдей эле коопсуз сактаңыз.
}
export-unknown-form = { $count ->
    [one] Бул программа билбеген сурамжылоо боюнча жазылган {$count} жазуу кошулган жок.
   *[other] Бул программа билбеген сурамжылоо боюнча жазылган {$count} жазуу кошулган жок.
}

## wave demo

demo-folder-exists = {$dir} мурунтан эле бар; бош папка тандаңыз
demo-step-server = 1. Уюм: бул компьютердеги синхрондоо сервери, кызматкердин токени, уюмдун ачкычы
demo-server-listening = сервер {$url} дарегин угуп турат (маалыматтар {$dir} ичинде)
demo-public-key = уюмдун ачык ачкычы: {$key}
demo-step-code = 2. Кызматкерлер аутрич-кызматкердин телефону үчүн бир жолку туташуу кодун түзүшөт
demo-step-phone = 3. Телефон: код менен уюмга туташкан шифрленген сактагыч
demo-vault = сактагыч {$dir} (демо үчүн Argon2id 19 МиБ × 2; чыныгы сактагычтар түзмөккө жараша жөндөлөт)
demo-enrolled = {$device} түзмөгү катары туташты
demo-step-case = 4. Сурамжылоо боюнча (орусча) жазылган, сүрөтү бар, бүткөн жазуу
demo-case = жазуу {$id}, версиясы {$version}; сүрөт {$bytes} байт, SHA-256 {$sha256}…
demo-not-sealed = уюм үчүн азырынча шифрлене элек ({$reason}); төмөндөгү синхрондоо адегенде аны шифрлейт
demo-sealed = уюм үчүн дароо шифрленди: жөнөтүүнү күтүүдө: {$count}
demo-step-sync = 5. Байланыш болгондо синхрондоо
demo-synced = жөнөтүлдү {$sent}, жүктөлгөн тиркелген файлдар {$blobs}, дагы күтүүдө {$pending}
demo-step-pull = 6. Кызматкерлер жазууларды алышат, түзмөктүн кол тамгасын текшеришет, шифрин чечип, өздөрүнүн шифрленген архивине салышат
demo-pulled = жаңы {$new}, кабыл алынбаган {$rejected}, шифри чечилген тиркелген файлдар {$attachments}
demo-staff-see = кызматкерлер эмнени көрөт (толук экспорт, биринчи жазуу):
demo-statistics = баяндама үчүн статистика (макулдук берилген жазуулар гана):
demo-step-examiner = 7. Телефонду же серверди көчүрүп алган адам эмне табат
demo-phone = телефон
demo-server = сервер
demo-examined = {$name}: { $files ->
    [one] {$files} файл
   *[other] {$files} файл
}, {$bytes} байт; анын сөздөрү же код аты: {$verdict}
demo-plaintext-found = ТАБЫЛДЫ (бул — ката)
demo-plaintext-not-found = табылган жок
demo-plaintext-failure = файлдардан ачык текст табылды ({$name})
demo-step-duress = 8. Мажбурлаган учурда колдонулуучу экинчи сырсөз
demo-duress-opened = экинчи сырсөз менен ачылды: { $count ->
    [one] {$count} жазуу
   *[other] {$count} жазуу
}, туташкан: {$enrolled}; ачкыч файлы мурункудай эле {$bytes} байт
demo-real-gone = чыныгы сырсөз эми эч нерсени ачпайт: жазуу телефондон жок болду (ал уюмда бар)
demo-real-still-works = чыныгы сырсөз экинчи сырсөз колдонулгандан кийин да иштеди
demo-step-wipe = 9. Шашылыш өчүрүү (сырсөз керек эмес)
demo-wiped = өчүрүүдөн кийин {$dir} барбы: {$exists}
demo-yes = ооба
demo-no = жок
demo-done = Даяр. Өзүңүз сынап көрүңүз: wave vault init --vault ПАПКА, андан кийин wave record --vault ПАПКА --lang ru.

## wave staff: уюмдун ачкычтары (алуучулар топтому, кол тамга ачкычы, үлүштөр)

file-exists-kept = {$file} мурунтан эле бар; Wave аны эч качан кайра жазбайт
recipient-set-version = версия: {$version}
recipient-set-created = түзүлгөн: {$created}
recipient-set-recipient = алуучу: {$recipient}
recipient-set-none = Бул серверде алуучулар топтому жарыяланган эмес: түзмөктөр өздөрүнүн туташуу сабындагы алуучуларга шифрлешет.
recipient-set-need-key = топтомду текшерүү үчүн --signing-public-key же --signing-key көрсөтүңүз
recipient-set-refused = көңүл буруңуз: уюмдун жаңы алуучулар топтому кабыл алынган жок, ошондуктан жазуулар мурункудай учурдагы топтомго шифрленет: {$problem}
signing-key-written = Уюмдун кол тамга ачкычы {$file} файлына жазылды. Аны тармакка туташпаган жерде сактаңыз жана камдык көчүрмөсүн жасаңыз (wave staff signing-key split); түзмөктөргө жогорудагы ачык ачкычты бериңиз (wave staff enroll-code --signing-public-key).
enroll-code-unsigned = Эскертүү: --signing-public-key болбосо, бул түзмөк ушул алуучуларга биротоло шифрлейт; кийин алынып коюлган ачкычты андан алып салууга болбойт.
shares-folder-exists = {$dir} папкасын түзүү мүмкүн болгон жок (ал азырынча болбошу керек): {$error}
share-header = { $kind ->
    [identity] # Wave үлүшү: {$number} / {$total} (уюмдун ачкычы); каалаган {$threshold} үлүш аны калыбына келтирет.
   *[signing-key] # Wave үлүшү: {$number} / {$total} (уюмдун кол тамга ачкычы); каалаган {$threshold} үлүш аны калыбына келтирет.
}
shares-written = { $kind ->
    [identity] Уюмдун ачкычынын үлүштөрү ({$total}) {$dir} папкасына жазылды; каалаган {$threshold} үлүш аны калыбына келтирет. Ар бир үлүштү башка адамга бериңиз, аларды чогуу сактабаңыз жана таратып бүткөндөн кийин бул папканы өчүрүңүз.
   *[signing-key] Уюмдун кол тамга ачкычынын үлүштөрү ({$total}) {$dir} папкасына жазылды; каалаган {$threshold} үлүш аны калыбына келтирет. Ар бир үлүштү башка адамга бериңиз, аларды чогуу сактабаңыз жана таратып бүткөндөн кийин бул папканы өчүрүңүз.
}
share-unreadable = {$number}-үлүш: бул үлүштүн тексти эмес, мындай аталыштагы файлды окуу мүмкүн эмес ({$error})
share-as-argument = {$number}-үлүш буйрук сабында текст катары берилди, аны бул компьютердин башка колдонуучулары жана кабык тарыхы көрөт: анын ордуна - деп жазып, суралганда киргизиңиз (же үлүштөрдү түтүк аркылуу, ар бир сапка бирден бериңиз)
share-prompt = {$number}-үлүш (көрсөтүлбөйт):
shares-other-kind = { $kind ->
    [identity] бул үлүштөр уюмдун кол тамга ачкычын эмес, уюмдун ачкычын калыбына келтирет
   *[signing-key] бул үлүштөр уюмдун ачкычын эмес, уюмдун кол тамга ачкычын калыбына келтирет
}
secret-restored = { $kind ->
    [identity] Уюмдун ачкычы {$file} файлына калыбына келтирилди.
   *[signing-key] Уюмдун кол тамга ачкычы {$file} файлына калыбына келтирилди.
}

## wave staff serve: кызматкерлердин иш орду
demo-step-serve = 10. Көрсөтүү архивиндеги кызматкерлердин иш орду
demo-serve-passphrase = аны бул сырсөз менен ачыңыз: {$passphrase}
idle-lock-invalid = --idle-lock 1ден 1440 мүнөткө чейин болушу керек
serve-needs-token = --server үчүн --token (же WAVE_STAFF_TOKEN) керек
serve-no-archive = {$dir} ичинде кызматкерлердин архиви жок; аны wave staff pull буйругу менен түзүңүз
serve-link = Кызматкерлердин иш орду жогорудагы шилтеме аркылуу ачылат (ал бир жолу, бир браузерде иштейт). Кулпулап, токтотуу үчүн Ctrl-C басыңыз.
serve-stopped = Кулпуланды жана токтотулду.
