# Камандны радок `wave`: усё, што ён выводзіць падчас работы, па-беларуску.
# Draft translation until a native speaker signs it off (docs/translating.md).
# Тэксты --help (clap) тут няма; яны застаюцца па-англійску.

## Агульнае

internal-error = унутраная памылка; сховішча засталося такім, якім было да гэтай каманды
invalid-arguments = {$reason} (гл. wave --help)
cannot-read = не ўдаецца прачытаць {$file}: {$error}
cannot-write = не ўдаецца запісаць {$file}: {$error}
cannot-write-in = не ўдаецца запісаць у {$dir}: {$error}
cannot-create = не ўдаецца стварыць {$file}: {$error}
file-too-large = {$file} большы за {$mib} МіБ
not-json = {$file} — гэта няправільны JSON: {$error}
not-a-file-name = {$file} — гэта не імя файла
runtime-failed = не ўдаецца запусціць сеткавае асяроддзе: {$error}
bytes = { $count ->
    [one] {$count} байт
    [few] {$count} байты
    [many] {$count} байтаў
   *[other] {$count} байта
}
problem-in-entry = {$item} (пункт {$entry}): {$message}
sealing-deferred = увага: запіс завершаны, але яшчэ не зашыфраваны для арганізацыі ({$reason}); наступны `wave sync` зашыфруе і адправіць яго

## Парольныя фразы

passphrase-prompt = Парольная фраза сховішча:{" "}
passphrase-new-prompt = Новая парольная фраза сховішча:{" "}
passphrase-repeat-prompt = Паўтарыце парольную фразу сховішча:{" "}
passphrase-differ = дзве парольныя фразы сховішча не супадаюць; нічога не зменена
duress-new-prompt = Новая другая парольная фраза (на выпадак небяспекі):{" "}
duress-repeat-prompt = Паўтарыце другую парольную фразу:{" "}
duress-differ = дзве другія парольныя фразы не супадаюць; нічога не зменена
archive-new-prompt = Новая парольная фраза архіва:{" "}
archive-repeat-prompt = Паўтарыце парольную фразу архіва:{" "}
archive-differ = дзве парольныя фразы архіва не супадаюць; нічога не зменена
passphrase-empty = пустая парольная фраза не дапускаецца
passphrase-no-terminal = няма тэрмінала, каб спытаць парольную фразу; для скрыптоў задайце {$variable}

## wave vault

vault-created = Сховішча створана ў {$dir} (Argon2id: {$mib} МіБ, { $passes ->
    [one] {$passes} праход
    [few] {$passes} праходы
    [many] {$passes} праходаў
   *[other] {$passes} прахода
}).
passphrase-changed = Парольная фраза зменена.
duress-set = Другая парольная фраза зададзена. Калі адкрыць сховішча ёю, усе запісы ў ім будуць знішчаны.
wipe-after-invalid = чакалася колькасць няўдалых спроб або "off", а не "{$given}"
wipe-after-set = { $count ->
    [one] Сховішча будзе сцёрта пасля {$count} няправільнай парольнай фразы.
    [few] Сховішча будзе сцёрта пасля {$count} няправільных парольных фраз запар.
    [many] Сховішча будзе сцёрта пасля {$count} няправільных парольных фраз запар.
   *[other] Сховішча будзе сцёрта пасля {$count} няправільнай парольнай фразы запар.
}
wipe-after-off = Сціранне пасля няўдалых спроб выключана.
vault-wiped = Сховішча сцёрта.
vault-nothing-to-wipe = У {$dir} няма сховішча; сціраць няма чаго.
vault-missing = у {$dir} няма сховішча

## wave case

case-add-refused = Нічога не захавана; выпраўце гэта і дадайце зноў:
answers-not-object = {$file} павінен змяшчаць JSON-аб'ект з адказамі (id пытання → адказ)
cases-none = Запісаў няма.
cases-count = { $count ->
    [one] {$count} запіс
    [few] {$count} запісы
    [many] {$count} запісаў
   *[other] {$count} запісу
}
column-id = ID
column-status = СТАТУС
column-updated = ЗМЕНЕНЫ
column-title = НАЗВА
case-status = { $status ->
    [draft] чарнавік
    [finalized] завершаны
   *[unknown] {$status}
}
case-finalized = Запіс {$id} завершаны (версія {$version}).
attached = Файл далучаны (байтаў: {$bytes}, SHA-256 {$sha256}).
attachment-written = Файл {$file} запісаны (байтаў: {$bytes}; SHA-256 {$sha256} правераны).
case-deleted = Запіс {$id} выдалены.
case-heading = Запіс {$id}
case-field-status = статус
case-field-form = апытальнік
case-field-created = створаны
case-field-updated = зменены
case-field-versions = версіі
case-answers = Адказы:
case-attachments = Файлы:

## wave form

form-valid = {$file}: правільны апытальнік "{$id}" версіі {$version}: раздзелаў {$sections}, пытанняў {$items}, мовы {$languages}
form-invalid = { $count ->
    [one] {$file} — няправільны апытальнік ({$count} памылка; запусціце wave form check)
    [few] {$file} — няправільны апытальнік ({$count} памылкі; запусціце wave form check)
    [many] {$file} — няправільны апытальнік ({$count} памылак; запусціце wave form check)
   *[other] {$file} — няправільны апытальнік ({$count} памылкі; запусціце wave form check)
}
builtin-form-broken = убудаваны апытальнік пашкоджаны: {$errors}
form-no-language = у апытальніку няма мовы "{$lang}"; ёсць {$languages}
outline-if = калі {$condition}
outline-required = абавязковае
outline-sensitive = адчувальнае
outline-public = публічнае
review-status = { $status ->
    [source] зыходная мова
    [draft] чарнавік: яшчэ не правераны носьбітам мовы
   *[unknown] {$status}
}
review-reviewed = праверана: {$reviewer}, {$date}
translations-exported = Тэксты на мове {$lang} запісаныя ў {$file}.
translations-imported = Мова {$lang} імпартавана ў {$file}: зменена тэкстаў: {$changed}, пакінута як было: {$skipped} (не перакладзеныя або пазначаныя fuzzy).
translations-new-language = Мова {$lang} у апытальніку новая: яна пазначана як "draft", пакуль носьбіт мовы не праверыць і не пацвердзіць яе (docs/translating.md).
translations-refused = { $count ->
    [one] {$count} праблема; у {$file} нічога не запісана
    [few] {$count} праблемы; у {$file} нічога не запісана
    [many] {$count} праблем; у {$file} нічога не запісана
   *[other] {$count} праблемы; у {$file} нічога не запісана
}

## wave record

record-stopped-nothing-saved = нічога не захавана: {$message}
record-needs-consent = нічога не захавана: у адказах павінен быць {$item} (згода на захоўванне): {$error}
record-draft-with-problems = Чарнавік захаваны; выпраўце гэта і запішыце зноў з --case {$id} або выпраўце адказы:
record-draft-saved = Захавана як чарнавік; усе адказы правільныя. Дадайце --finalize, каб завяршыць запіс.
record-commands = Увядзіце адказ і націсніце Enter. ? — падказка, < — назад, = — прагрэс, review — праверка адказаў, jump РАЗДЗЕЛ — перайсці да раздзела, quit — паўза. Пусты радок — прапусціць.
record-paused = Чарнавік захаваны; каб працягнуць: wave record --case {$id}
record-nothing-saved = Нічога не захавана.
record-no-help = Да гэтага пытання няма падказкі.
record-progress = Адказана {$answered}/{$relevant}
record-finish-prompt = Скончыць і завяршыць запіс? (так/не)
record-finalized = Запіс завершаны: {$id}
record-incomplete = запіс не запоўнены да канца; каб працягнуць: wave record --case ID
record-stopped-draft-kept = апытанне спынена; чарнавік захаваны
record-add-entry = Дадаць ({$entry})? (так/не)
record-current-answer = цяпер: {$answer}
record-hint-multi = нумары праз коску
record-hint-yes-no = так/не
record-hint-date = ГГГГ-ММ-ДД, ~ГГГГ-ММ-ДД, калі прыблізна, ГГГГ-ММ
record-hint-time = ГГ:ХХ
record-hint-minutes = хвіліны
record-hint-location = шырата, даўгата
record-hint-files = шляхі да файлаў праз коску
record-hint-info = Enter
record-no-such-choice = няма такога варыянта: "{$choice}"
record-attach-before-saved = файлы можна далучыць, калі запіс будзе захаваны
record-review = Праверце адказы
# Словы, якія прымаюцца як «так» і як «не», праз коску (англійскія прымаюцца заўсёды).
record-yes-words = так, т
record-no-words = не, н

## wave enroll, wave sync

enrolled = Падключана да {$server} як прылада {$device}.
sync-wiped = сховішча сцёрта; сінхранізацыя спынена
sync-summary = Адпраўлена {$sent} (ужо былі там: {$duplicates}), адхілена {$failed}, яшчэ чакаюць {$pending}.
sync-waiting = некаторыя запісы яшчэ чакаюць адпраўкі
sync-case-rejected = сервер не прыняў запіс {$case}: {$reason}
sync-not-sent = { $count ->
    [one] {$count} версія запісу яшчэ не адпраўлена: {$reason}
    [few] {$count} версіі запісаў яшчэ не адпраўленыя: {$reason}
    [many] {$count} версій запісаў яшчэ не адпраўлена: {$reason}
   *[other] {$count} версіі запісу яшчэ не адпраўлена: {$reason}
}

## wave staff

pin-invalid = --pin павінен быць SHA-256 адкрытага ключа сервера: 64 шаснаццатковыя лічбы
identity-exists = {$file} ужо існуе; файл ключа арганізацыі ніколі не перазапісваецца
identity-written = Ключ арганізацыі запісаны ў {$file}. Захоўвайце яго ў тайне і зрабіце рэзервовую копію: без яго не адкрыць ніводны запіс, адпраўлены арганізацыі.
identity-readable = увага: {$file} могуць чытаць іншыя карыстальнікі гэтага камп'ютара (выканайце chmod 600)
duration-invalid = няправільны тэрмін "{$given}": патрэбны лік з s, m, h або d, напрыклад 30m, 24h або 7d
enrollment-string-failed = не ўдаецца скласці радок падключэння: {$error}
enrollment-code-made = Аднаразовы код падключэння {$code} для адной прылады, дзейнічае да {$until}.
archive-created = Архіў супрацоўнікаў створаны ў {$dir}.
archive-missing = у {$dir} няма архіва супрацоўнікаў
page-size-invalid = --page-size павінен быць ад 1 да 1000
pull-interrupted = {$error}; усё, што атрымана да гэтага, захавана; запусціце атрыманне зноў, каб працягнуць
pull-summary = Атрымана з {$server}: новых {$new}, ужо былі {$had}, адхілена {$rejected}{ $recovered ->
    [0] {""}
    [one] , раней адхіленых адкрыта цяпер: {$recovered}
    [few] , раней адхіленых адкрыта цяпер: {$recovered}
    [many] , раней адхіленых адкрыта цяпер: {$recovered}
   *[other] , раней адхіленых адкрыта цяпер: {$recovered}
}{ $still ->
    [0] {""}
    [one] , раней адхіленых усё яшчэ не адкрыць: {$still}
    [few] , раней адхіленых усё яшчэ не адкрыць: {$still}
    [many] , раней адхіленых усё яшчэ не адкрыць: {$still}
   *[other] , раней адхіленых усё яшчэ не адкрыць: {$still}
}; расшыфравана файлаў: {$attachments}.
pull-rejected =   адхілена адпраўка {$submission} (нумар на серверы {$seq}, прылада {$device}): {$reason}
pull-rejected-total = { $count ->
    [one] {$count} адпраўка адхілена; яна захоўваецца ў архіве з прычынай
    [few] {$count} адпраўкі адхіленыя; кожная захоўваецца ў архіве з прычынай
    [many] {$count} адправак адхілена; кожная захоўваецца ў архіве з прычынай
   *[other] {$count} адпраўкі адхілена; кожная захоўваецца ў архіве з прычынай
}
export-public-done = { $count ->
    [one] Экспартаваны {$count} запіс са згодай на статыстыку як публічны {$format}; без згоды прапушчана: {$without}.
    [few] Экспартавана {$count} запісы са згодай на статыстыку як публічны {$format}; без згоды прапушчана: {$without}.
    [many] Экспартавана {$count} запісаў са згодай на статыстыку як публічны {$format}; без згоды прапушчана: {$without}.
   *[other] Экспартавана {$count} запісу са згодай на статыстыку як публічны {$format}; без згоды прапушчана: {$without}.
}
export-done = { $count ->
    [one] Экспартаваны {$count} запіс як {$format}, разам з адчувальнымі адказамі: захоўвайце файл гэтак жа надзейна, як архіў.
    [few] Экспартавана {$count} запісы як {$format}, разам з адчувальнымі адказамі: захоўвайце файл гэтак жа надзейна, як архіў.
    [many] Экспартавана {$count} запісаў як {$format}, разам з адчувальнымі адказамі: захоўвайце файл гэтак жа надзейна, як архіў.
   *[other] Экспартавана {$count} запісу як {$format}, разам з адчувальнымі адказамі: захоўвайце файл гэтак жа надзейна, як архіў.
}
export-unknown-form = { $count ->
    [one] {$count} запіс па апытальніку, якога гэтая праграма не ведае, прапушчаны.
    [few] {$count} запісы па апытальніку, якога гэтая праграма не ведае, прапушчаныя.
    [many] {$count} запісаў па апытальніку, якога гэтая праграма не ведае, прапушчана.
   *[other] {$count} запісу па апытальніку, якога гэтая праграма не ведае, прапушчана.
}

## wave demo

demo-folder-exists = {$dir} ужо існуе; выберыце пустую папку
demo-step-server = 1. Арганізацыя: сервер сінхранізацыі на гэтым камп'ютары, токен супрацоўніка, ключ арганізацыі
demo-server-listening = сервер слухае {$url} (даныя ў {$dir})
demo-public-key = адкрыты ключ арганізацыі {$key}
demo-step-code = 2. Супрацоўнікі ствараюць аднаразовы код падключэння для тэлефона аўтрыч-работніка
demo-step-phone = 3. Тэлефон: зашыфраванае сховішча, падключанае па кодзе
demo-vault = сховішча {$dir} (Argon2id 19 МіБ × 2 для дэманстрацыі; сапраўдныя сховішчы наладжваюцца пад прыладу)
demo-enrolled = падключана як прылада {$device}
demo-step-case = 4. Запіс, зроблены па апытальніку (па-руску), з фота, завершаны
demo-case = запіс {$id}, версія {$version}; фота (байтаў: {$bytes}), SHA-256 {$sha256}…
demo-not-sealed = яшчэ не зашыфраваны для арганізацыі ({$reason}); сінхранізацыя ніжэй спачатку зашыфруе яго
demo-sealed = адразу зашыфраваны для арганізацыі: чакаюць адпраўкі {$count}
demo-step-sync = 5. Сінхранізацыя, калі ёсць сувязь
demo-synced = адпраўлена {$sent}, файлаў загружана {$blobs}, яшчэ чакаюць {$pending}
demo-step-pull = 6. Супрацоўнікі атрымліваюць запісы, правяраюць подпіс прылады і расшыфроўваюць іх у свой зашыфраваны архіў
demo-pulled = новых {$new}, адхілена {$rejected}, файлаў расшыфравана {$attachments}
demo-staff-see = што бачаць супрацоўнікі (поўны экспарт, першы запіс):
demo-statistics = статыстыка для справаздачы (толькі запісы са згодай):
demo-step-examiner = 7. Што знойдзе той, хто скапіруе тэлефон або сервер
demo-phone = тэлефон
demo-server = сервер
demo-examined = {$name}: { $files ->
    [one] {$files} файл
    [few] {$files} файлы
    [many] {$files} файлаў
   *[other] {$files} файла
}, байтаў: {$bytes}; яе словы або кодавае імя: {$verdict}
demo-plaintext-found = ЗНОЙДЗЕНА (гэта памылка)
demo-plaintext-not-found = не знойдзена
demo-plaintext-failure = у файлах ({$name}) знойдзены адкрыты тэкст
demo-step-duress = 8. Другая парольная фраза, калі прымушаюць адкрыць сховішча
demo-duress-opened = адкрыта другой парольнай фразай: { $count ->
    [one] {$count} запіс
    [few] {$count} запісы
    [many] {$count} запісаў
   *[other] {$count} запісу
}, падключана: {$enrolled}; файл ключа па-ранейшаму на месцы (байтаў: {$bytes})
demo-real-gone = сапраўдная парольная фраза больш нічога не адкрывае: запісу на тэлефоне няма (ён ёсць у арганізацыі)
demo-real-still-works = сапраўдная парольная фраза ўсё яшчэ працавала пасля другой парольнай фразы
demo-step-wipe = 9. Экстраннае сціранне (парольная фраза не патрэбная)
demo-wiped = {$dir} існуе пасля гэтага: {$exists}
demo-yes = так
demo-no = не
demo-done = Гатова. Паспрабуйце самі: wave vault init --vault ПАПКА, потым wave record --vault ПАПКА --lang ru.

## wave staff: ключы арганізацыі (наборы атрымальнікаў, ключ подпісу, долі)

file-exists-kept = {$file} ужо існуе; Wave ніколі яго не перазапісвае
recipient-set-version = версія: {$version}
recipient-set-created = створаны: {$created}
recipient-set-recipient = атрымальнік: {$recipient}
recipient-set-none = На гэтым серверы не апублікаваны набор атрымальнікаў: прылады шыфруюць для атрымальнікаў са свайго радка падключэння.
recipient-set-need-key = укажыце --signing-public-key або --signing-key, каб праверыць набор
recipient-set-refused = увага: новы набор атрымальнікаў арганізацыі адхілены, таму запісы, як і раней, шыфруюцца для бягучага: {$problem}
signing-key-written = Ключ подпісу арганізацыі запісаны ў {$file}. Захоўвайце яго без доступу да сеткі і зрабіце рэзервовую копію (wave staff signing-key split); прыладам дайце адкрыты ключ, надрукаваны вышэй (wave staff enroll-code --signing-public-key).
enroll-code-unsigned = Увага: без --signing-public-key гэтая прылада назаўсёды шыфруе для гэтых атрымальнікаў; канфіскаваны ключ потым не атрымаецца з яе прыбраць.
shares-folder-exists = не ўдаецца стварыць папку {$dir} (яе яшчэ не павінна быць): {$error}
share-header = { $kind ->
    [identity] # Доля Wave {$number} з {$total} (ключ арганізацыі); любыя {$threshold} долі аднаўляюць яго.
   *[signing-key] # Доля Wave {$number} з {$total} (ключ подпісу арганізацыі); любыя {$threshold} долі аднаўляюць яго.
}
shares-written = { $kind ->
    [identity] Долі ключа арганізацыі ({$total}) запісаны ў {$dir}; любыя {$threshold} аднаўляюць яго. Аддайце кожную долю асобнаму чалавеку, не захоўвайце іх разам і выдаліце гэтую папку, калі раздасце іх.
   *[signing-key] Долі ключа подпісу арганізацыі ({$total}) запісаны ў {$dir}; любыя {$threshold} аднаўляюць яго. Аддайце кожную долю асобнаму чалавеку, не захоўвайце іх разам і выдаліце гэтую папку, калі раздасце іх.
}
share-unreadable = доля {$number}: гэта не тэкст долі, і файл з такой назвай не чытаецца ({$error})
share-as-argument = долю {$number} дадзена тэкстам у камандным радку, дзе яе бачаць іншыя карыстальнікі гэтага камп'ютара і гісторыя абалонкі: укажыце замест яе - і ўвядзіце яе, калі спытаюць (або перадайце долі праз канвеер, па адной у радку)
share-prompt = Доля {$number} (не паказваецца):
shares-other-kind = { $kind ->
    [identity] гэтыя долі аднаўляюць ключ арганізацыі, а не ключ подпісу арганізацыі
   *[signing-key] гэтыя долі аднаўляюць ключ подпісу арганізацыі, а не ключ арганізацыі
}
secret-restored = { $kind ->
    [identity] Ключ арганізацыі адноўлены ў {$file}.
   *[signing-key] Ключ подпісу арганізацыі адноўлены ў {$file}.
}

## wave staff serve: працоўнае месца супрацоўнікаў
demo-step-serve = 10. Працоўнае месца супрацоўнікаў на архіве дэманстрацыі
demo-serve-passphrase = адкрыйце яго парольнай фразай: {$passphrase}
idle-lock-invalid = --idle-lock павінен быць ад 1 да 1440 хвілін
serve-needs-token = для --server патрэбны --token (або WAVE_STAFF_TOKEN)
serve-no-archive = у {$dir} няма архіва супрацоўнікаў; стварыце яго камандай wave staff pull
serve-link = Працоўнае месца супрацоўнікаў адкрываецца па спасылцы вышэй (яна спрацоўвае адзін раз, у адным браўзеры). Націсніце Ctrl-C, каб замкнуць архіў і спыніць.
serve-stopped = Архіў замкнуты, працу спынена.
