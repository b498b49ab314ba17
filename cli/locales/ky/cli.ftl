# `wave` буйрук сабы: иш учурунда чыгаргандын баары, кыргызча. Жумушчу котормо (draft): аны эне
# тилинде сүйлөгөн адам текшерет (docs/translating.md).

## Жалпы

internal-error = ички ката; сактагыч ушул буйруктан мурун кандай болсо, ошондой калды
invalid-arguments = {$reason} (wave --help караңыз)
cannot-read = {$file} окулбай калды: {$error}
cannot-write = {$file} жазылбай калды: {$error}
cannot-write-in = {$dir} ичине жазуу мүмкүн болгон жок: {$error}
cannot-create = {$file} түзүлбөй калды: {$error}
file-too-large = {$file} {$mib} МиБдан чоң
not-json = {$file} туура JSON эмес: {$error}
not-a-file-name = {$file} файлдын аты эмес
runtime-failed = тармак чөйрөсүн иштетүү мүмкүн болгон жок: {$error}
bytes = {$count} байт
problem-in-entry = {$item} ({$entry}-жазуу): {$message}
sealing-deferred = көңүл буруңуз: окуя биротоло сакталды, бирок уюм үчүн али шифрлене элек ({$reason}); кийинки `wave sync` аны шифрлеп, жөнөтөт

## Сырсөздөр

passphrase-prompt = Сактагычтын сырсөзү:{" "}
passphrase-new-prompt = Сактагычтын жаңы сырсөзү:{" "}
passphrase-repeat-prompt = Сактагычтын сырсөзүн кайталаңыз:{" "}
passphrase-differ = сактагычтын эки сырсөзү дал келбейт; эч нерсе өзгөргөн жок
duress-new-prompt = Мажбурлоо учурундагы жаңы сырсөз:{" "}
duress-repeat-prompt = Мажбурлоо учурундагы сырсөздү кайталаңыз:{" "}
duress-differ = мажбурлоо учурундагы эки сырсөз дал келбейт; эч нерсе өзгөргөн жок
archive-new-prompt = Архивдин жаңы сырсөзү:{" "}
archive-repeat-prompt = Архивдин сырсөзүн кайталаңыз:{" "}
archive-differ = архивдин эки сырсөзү дал келбейт; эч нерсе өзгөргөн жок
passphrase-empty = бош сырсөзгө жол берилбейт
passphrase-no-terminal = сырсөздү сурай турган терминал жок; скрипттер үчүн {$variable} коюңуз

## wave vault

vault-created = Сактагыч {$dir} ичинде түзүлдү (Argon2id: {$mib} МиБ, {$passes} өтүү).
passphrase-changed = Сырсөз өзгөртүлдү.
duress-set = Мажбурлоо учурундагы сырсөз коюлду. Сактагычты аны менен ачуу андагы бардык окуяны жок кылат.
wipe-after-invalid = туура эмес аракеттердин саны же "off" күтүлгөн, "{$given}" эмес
wipe-after-set = Катары менен {$count} туура эмес сырсөздөн кийин сактагыч өчүрүлөт.
wipe-after-off = Туура эмес аракеттерден кийин өчүрүү өчүрүлдү.
vault-wiped = Сактагыч өчүрүлдү.
vault-nothing-to-wipe = {$dir} ичинде сактагыч жок; өчүрө турган эч нерсе жок.
vault-missing = {$dir} ичинде сактагыч жок

## wave case

case-add-refused = Эч нерсе сакталган жок; буларды оңдоп, кайра кошуңуз:
answers-not-object = {$file} ичинде жооптору бар JSON объекти болушу керек (суроонун id → жооп)
cases-none = Окуялар жок.
cases-count = {$count} окуя
column-id = ID
column-status = АБАЛЫ
column-updated = ӨЗГӨРТҮЛДҮ
column-title = АТАЛЫШЫ
case-status = { $status ->
    [draft] долбоор
    [finalized] бүтүрүлгөн
   *[other] {$status}
}
case-finalized = {$id} окуясы биротоло сакталды ({$version}-версия).
attached = Файл кошулду: {$bytes} байт, SHA-256 {$sha256}.
attachment-written = {$file} ичине {$bytes} байт жазылды (SHA-256 {$sha256} текшерилди).
case-deleted = {$id} окуясы өчүрүлдү.
case-heading = {$id} окуясы
case-field-status = абалы
case-field-form = суроолор
case-field-created = түзүлдү
case-field-updated = өзгөртүлдү
case-field-versions = версиялар
case-answers = Жооптор:
case-attachments = Файлдар:

## wave form

form-valid = {$file}: туура суроолор "{$id}", {$version}-версия: {$sections} бөлүм, {$items} суроо, тилдер {$languages}
form-invalid = {$file} туура суроолор эмес ({$count} ката; wave form check иштетиңиз)
builtin-form-broken = орнотулган суроолор бузулган: {$errors}
form-no-language = суроолордо "{$lang}" тили жок; бар тилдер: {$languages}
outline-if = эгер {$condition}
outline-required = милдеттүү
outline-sensitive = сезимтал
outline-public = ачык
review-status = { $status ->
    [source] баштапкы тил
    [draft] долбоор: эне тилинде сүйлөгөн адам али текшере элек
   *[other] {$status}
}
review-reviewed = текшерген: {$reviewer}, {$date}
translations-exported = {$lang} тилиндеги тексттер {$file} ичине жазылды.
translations-imported = {$lang} тили {$file} ичине импорттолду: {$changed} текст өзгөрдү, {$skipped} текст ошол бойдон калды (которулган эмес же fuzzy белгиси бар).
translations-new-language = {$lang} тили суроолордо жаңы: эне тилинде сүйлөгөн адам текшерип, бекиткенге чейин "draft" деп белгиленет (docs/translating.md).
translations-refused = {$count} көйгөй; {$file} ичине эч нерсе жазылган жок

## wave record

record-stopped-nothing-saved = эч нерсе сакталган жок: {$message}
record-needs-consent = эч нерсе сакталган жок: жоопто {$item} болушу керек (сактоого макулдук): {$error}
record-draft-with-problems = Долбоор сакталды; буларды оңдоп, --case {$id} менен кайра жазыңыз же жоопторду оңдоңуз:
record-draft-saved = Долбоор катары сакталды; бардык жооптор туура. Биротоло сактоо үчүн --finalize кошуңуз.
record-commands = Жоопту жазып, Enter басыңыз. ? — жардам, < — артка, = — жүрүшү, review — карап чыгуу, jump БӨЛҮМ, quit — тыныгуу. Бош сап — өткөрүп жиберүү.
record-paused = Долбоор сакталды; улантуу: wave record --case {$id}
record-nothing-saved = Эч нерсе сакталган жок.
record-no-help = Бул суроого жардам жок.
record-progress = Жооп берилди {$answered}/{$relevant}
record-finish-prompt = Бүтүрүп, биротоло сактайсызбы? (ооба/жок)
record-finalized = Окуя биротоло сакталды: {$id}
record-incomplete = окуя толук эмес; улантуу үчүн: wave record --case ID
record-stopped-draft-kept = жазуу токтотулду; долбоор сакталды
record-add-entry = Кошосузбу ({$entry})? (ооба/жок)
record-current-answer = азыр: {$answer}
record-hint-multi = номерлер, үтүр менен
record-hint-yes-no = ооба/жок
record-hint-date = ЖЖЖЖ-АА-КК, ~ЖЖЖЖ-АА-КК болжол менен, ЖЖЖЖ-АА
record-hint-time = СС:ММ
record-hint-minutes = мүнөт
record-hint-location = кеңдик, узундук
record-hint-files = файлдардын жолдору, үтүр менен
record-hint-info = Enter
record-no-such-choice = мындай вариант жок: "{$choice}"
record-attach-before-saved = файлдарды окуя сакталгандан кийин кошууга болот
record-review = Жоопторуңузду текшериңиз
record-yes-words = ооба, о
record-no-words = жок, ж

## wave enroll, wave sync

enrolled = {$server} серверине {$device} түзмөгү катары кошулду.
sync-wiped = сактагыч өчүрүлдү; шайкештирүү токтоду
sync-summary = Жөнөтүлдү {$sent} (ал жерде мурунтан бар: {$duplicates}), кабыл алынган жок {$failed}, дагы күтүүдө {$pending}.
sync-waiting = айрым окуялар дагы эле жөнөтүлүүнү күтүп жатат
sync-not-sent = Окуянын {$count} версиясы али жөнөтүлгөн жок: {$reason}

## wave staff

pin-invalid = --pin сервердин ачык ачкычынын SHA-256 мааниси болушу керек: 64 он алтылык сан
identity-exists = {$file} мурунтан бар; уюмдун ачкыч файлы эч качан кайра жазылбайт
identity-written = Уюмдун ачкычы {$file} ичине жазылды. Аны сыр сактаңыз жана камдык көчүрмөсүн жасаңыз: ансыз уюмга жөнөтүлгөн бир да окуяны ачууга болбойт.
identity-readable = көңүл буруңуз: {$file} файлын бул компьютердин башка колдонуучулары окуй алат (chmod 600 аткарыңыз)
duration-invalid = мөөнөт туура эмес "{$given}": s, m, h же d менен сан керек, мисалы 30m, 24h же 7d
enrollment-string-failed = кошулуу сабын түзүү мүмкүн болгон жок: {$error}
enrollment-code-made = Бир түзмөк үчүн бир жолку кошулуу коду {$code}, {$until} чейин жарактуу.
archive-created = Кызматкерлердин архиви {$dir} ичинде түзүлдү.
archive-missing = {$dir} ичинде кызматкерлердин архиви жок
page-size-invalid = --page-size 1 менен 1000дин ортосунда болушу керек
pull-interrupted = {$error}; буга чейин алынгандын баары сакталды, улантуу үчүн кайра иштетиңиз
pull-summary = {$server} серверинен алынды: жаңы {$new}, мурунтан бар {$had}, кабыл алынган жок {$rejected}{ $recovered ->
    [0] {""}
   *[other] , мурда кабыл алынбагандардан азыр ачылды: {$recovered}
}{ $still ->
    [0] {""}
   *[other] , мурда кабыл алынбагандардан дагы эле ачылбайт: {$still}
}; шифри ачылган файлдар: {$attachments}.
pull-rejected =   {$submission} жөнөтүүсү кабыл алынган жок (сервердеги номери {$seq}, түзмөк {$device}): {$reason}
pull-rejected-total = {$count} жөнөтүү кабыл алынган жок; ар бири себеби менен архивде сакталат
export-public-done = Статистикага макулдугу бар {$count} окуя ачык {$format} катары экспорттолду; макулдугу жок {$without} окуя кошулган жок.
export-done = {$count} окуя {$format} катары экспорттолду, сезимтал жооптору менен: файлды архивдей эле коопсуз сактаңыз.
export-unknown-form = Бул программа билбеген суроолорго тиешелүү {$count} окуя кошулган жок.

## wave demo

demo-folder-exists = {$dir} мурунтан бар; бош папканы тандаңыз
demo-step-server = 1. Уюм: ушул компьютердеги шайкештирүү сервери, кызматкердин токени, уюмдун ачкычы
demo-server-listening = сервер {$url} дарегин угуп турат (маалымат {$dir} ичинде)
demo-public-key = уюмдун ачык ачкычы {$key}
demo-step-code = 2. Кызматкерлер аутрич-кызматкердин телефону үчүн бир жолку кошулуу кодун түзүшөт
demo-step-phone = 3. Телефон: шифрленген сактагыч, код менен кошулган
demo-vault = сактагыч {$dir} (көрсөтүү үчүн Argon2id 19 МиБ × 2; чыныгы сактагычтар түзмөккө ылайыкталат)
demo-enrolled = {$device} түзмөгү катары кошулду
demo-step-case = 4. Суроолор боюнча жазылган окуя (орусча), сүрөтү менен, биротоло сакталды
demo-case = окуя {$id}, {$version}-версия; сүрөт {$bytes} байт, SHA-256 {$sha256}…
demo-not-sealed = уюм үчүн али шифрлене элек ({$reason}); төмөнкү шайкештирүү адегенде аны шифрлейт
demo-sealed = уюм үчүн дароо шифрленди: жөнөтүүнү күтүүдө {$count}
demo-step-sync = 5. Байланыш болгондо шайкештирүү
demo-synced = жөнөтүлдү {$sent}, жүктөлгөн файлдар {$blobs}, дагы күтүүдө {$pending}
demo-step-pull = 6. Кызматкерлер окуяларды алып, түзмөктүн колун текшерип, өздөрүнүн шифрленген архивине шифрин ачышат
demo-pulled = жаңы {$new}, кабыл алынган жок {$rejected}, шифри ачылган файлдар {$attachments}
demo-staff-see = кызматкерлер эмнени көрөт (толук экспорт, биринчи окуя):
demo-statistics = отчет үчүн статистика (макулдугу бар окуялар гана):
demo-step-examiner = 7. Телефонду же серверди көчүргөн адам эмне табат
demo-phone = телефон
demo-server = сервер
demo-examined = {$name}: {$files} файл, {$bytes} байт; анын сөздөрү же код аты: {$verdict}
demo-plaintext-found = ТАБЫЛДЫ (бул ката)
demo-plaintext-not-found = табылган жок
demo-plaintext-failure = файлдардан ({$name}) ачык текст табылды
demo-step-duress = 8. Мажбурлоо учурунда колдонулган сырсөз
demo-duress-opened = мажбурлоо учурундагы сырсөз менен ачылды: {$count} окуя, кошулган: {$enrolled}; ачкыч файлы мурункудай эле {$bytes} байт
demo-real-gone = чыныгы сырсөз эми эч нерсени ачпайт: окуя телефондо жок (ал уюмда)
demo-real-still-works = чыныгы сырсөз мажбурлоодон кийин да иштейт
demo-step-wipe = 9. Шашылыш өчүрүү (сырсөз керек эмес)
demo-wiped = {$dir} андан кийин да барбы: {$exists}
demo-yes = ооба
demo-no = жок
demo-done = Даяр. Өзүңүз байкап көрүңүз: wave vault init --vault ПАПКА, андан кийин wave record --vault ПАПКА --lang ru.
