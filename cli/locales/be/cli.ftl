# Камандны радок `wave`: усё, што ён выводзіць падчас работы, па-беларуску. Працоўны пераклад
# (draft): яго правярае носьбіт мовы (docs/translating.md).

## Агульнае

internal-error = унутраная памылка; сховішча засталося такім, якім было да гэтай каманды
invalid-arguments = {$reason} (гл. wave --help)
cannot-read = не ўдаецца прачытаць {$file}: {$error}
cannot-write = не ўдаецца запісаць {$file}: {$error}
cannot-write-in = не ўдаецца запісаць у {$dir}: {$error}
cannot-create = не ўдаецца стварыць {$file}: {$error}
file-too-large = {$file} большы за {$mib} МіБ
not-json = {$file} — гэта не правільны JSON: {$error}
not-a-file-name = {$file} — гэта не імя файла
runtime-failed = не ўдаецца запусціць сеткавае асяроддзе: {$error}
bytes = { $count ->
    [one] {$count} байт
    [few] {$count} байты
    [many] {$count} байтаў
   *[other] {$count} байта
}
problem-in-entry = {$item} (запіс {$entry}): {$message}
sealing-deferred = увага: выпадак захаваны канчаткова, але яшчэ не зашыфраваны для арганізацыі ({$reason}); наступны `wave sync` зашыфруе і адправіць яго

## Парольныя фразы

passphrase-prompt = Парольная фраза сховішча:{" "}
passphrase-new-prompt = Новая парольная фраза сховішча:{" "}
passphrase-repeat-prompt = Паўтарыце парольную фразу сховішча:{" "}
passphrase-differ = дзве парольныя фразы сховішча не супадаюць; нічога не зменена
duress-new-prompt = Новая парольная фраза пад прымусам:{" "}
duress-repeat-prompt = Паўтарыце парольную фразу пад прымусам:{" "}
duress-differ = дзве парольныя фразы пад прымусам не супадаюць; нічога не зменена
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
duress-set = Парольная фраза пад прымусам зададзена. Адкрыццё сховішча ёю знішчае ўсе выпадкі ў ім.
wipe-after-invalid = чакалася колькасць няўдалых спроб або "off", а не "{$given}"
wipe-after-set = { $count ->
    [one] Сховішча будзе сцёрта пасля {$count} няправільнай парольнай фразы запар.
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
cases-none = Выпадкаў няма.
cases-count = { $count ->
    [one] {$count} выпадак
    [few] {$count} выпадкі
    [many] {$count} выпадкаў
   *[other] {$count} выпадку
}
column-id = ID
column-status = СТАТУС
column-updated = ЗМЕНЕНА
column-title = НАЗВА
case-status = { $status ->
    [draft] чарнавік
    [finalized] завершаны
   *[other] {$status}
}
case-finalized = Выпадак {$id} захаваны канчаткова (версія {$version}).
attached = Файл дададзены: {$bytes} байтаў, SHA-256 {$sha256}.
attachment-written = Запісана {$bytes} байтаў у {$file} (SHA-256 {$sha256} правераны).
case-deleted = Выпадак {$id} выдалены.
case-heading = Выпадак {$id}
case-field-status = статус
case-field-form = апытальнік
case-field-created = створаны
case-field-updated = зменены
case-field-versions = версій
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
   *[other] {$status}
}
review-reviewed = праверана: {$reviewer}, {$date}
translations-exported = Тэксты на мове {$lang} запісаны ў {$file}.
translations-imported = Мова {$lang} імпартавана ў {$file}: зменена тэкстаў: {$changed}, пакінута як было: {$skipped} (не перакладзеныя або пазначаныя fuzzy).
translations-new-language = Мова {$lang} у апытальніку новая: яна пазначана як "draft", пакуль яе не праверыць і не пацвердзіць носьбіт мовы (docs/translating.md).
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
record-draft-saved = Захавана як чарнавік; усе адказы правільныя. Дадайце --finalize, каб захаваць канчаткова.
record-commands = Адказ і Enter. ? — падказка, < — назад, = — прагрэс, review — агляд, jump РАЗДЗЕЛ, quit — паўза. Пусты радок — прапусціць.
record-paused = Чарнавік захаваны; працягнуць: wave record --case {$id}
record-nothing-saved = Нічога не захавана.
record-no-help = Да гэтага пытання няма падказкі.
record-progress = Адказана {$answered}/{$relevant}
record-finish-prompt = Завяршыць і захаваць канчаткова? (так/не)
record-finalized = Выпадак захаваны канчаткова: {$id}
record-incomplete = выпадак запоўнены не да канца; працягніце: wave record --case ID
record-stopped-draft-kept = запіс спынены; чарнавік захаваны
record-add-entry = Дадаць ({$entry})? (так/не)
record-current-answer = цяпер: {$answer}
record-hint-multi = нумары праз коску
record-hint-yes-no = так/не
record-hint-date = ГГГГ-ММ-ДД, ~ГГГГ-ММ-ДД прыблізна, ГГГГ-ММ
record-hint-time = ГГ:ХХ
record-hint-minutes = хвіліны
record-hint-location = шырата, даўгата
record-hint-files = шляхі да файлаў праз коску
record-hint-info = Enter
record-no-such-choice = няма такога варыянта: "{$choice}"
record-attach-before-saved = файлы можна дадаць, калі выпадак захаваны
record-review = Праверце адказы
record-yes-words = так, т
record-no-words = не, н

## wave enroll, wave sync

enrolled = Падключана да {$server} як прылада {$device}.
sync-wiped = сховішча сцёрта; сінхранізацыя спынена
sync-summary = Адпраўлена {$sent} (ужо былі там: {$duplicates}), адхілена {$failed}, яшчэ чакаюць {$pending}.
sync-waiting = некаторыя выпадкі яшчэ чакаюць адпраўкі
sync-not-sent = { $count ->
    [one] {$count} версія выпадку яшчэ не адпраўлена: {$reason}
    [few] {$count} версіі выпадкаў яшчэ не адпраўлены: {$reason}
    [many] {$count} версій выпадкаў яшчэ не адпраўлена: {$reason}
   *[other] {$count} версіі выпадкаў яшчэ не адпраўлены: {$reason}
}

## wave staff

pin-invalid = --pin павінен быць SHA-256 адкрытага ключа сервера: 64 шаснаццатковыя лічбы
identity-exists = {$file} ужо існуе; файл ключа арганізацыі ніколі не перазапісваецца
identity-written = Ключ арганізацыі запісаны ў {$file}. Захоўвайце яго ў тайне і зрабіце рэзервовую копію: без яго ніводзін выпадак, адпраўлены арганізацыі, не адкрыць.
identity-readable = увага: {$file} могуць чытаць іншыя карыстальнікі гэтага камп'ютара (выканайце chmod 600)
duration-invalid = няправільны тэрмін "{$given}": патрэбны лік з s, m, h або d, напрыклад 30m, 24h або 7d
enrollment-string-failed = не ўдаецца скласці радок падключэння: {$error}
enrollment-code-made = Аднаразовы код падключэння {$code} для адной прылады, дзейнічае да {$until}.
archive-created = Архіў супрацоўнікаў створаны ў {$dir}.
archive-missing = у {$dir} няма архіва супрацоўнікаў
page-size-invalid = --page-size павінен быць ад 1 да 1000
pull-interrupted = {$error}; усё, што атрымана да гэтага, захавана, запусціце атрыманне зноў, каб працягнуць
pull-summary = Атрымана з {$server}: новых {$new}, ужо былі {$had}, адхілена {$rejected}{ $recovered ->
    [0] {""}
   *[other] , раней адхіленых адкрыта цяпер: {$recovered}
}{ $still ->
    [0] {""}
   *[other] , раней адхіленых усё яшчэ не адкрыць: {$still}
}; расшыфравана файлаў: {$attachments}.
pull-rejected =   адхілена адпраўка {$submission} (нумар на серверы {$seq}, прылада {$device}): {$reason}
pull-rejected-total = { $count ->
    [one] {$count} адпраўка адхілена; яна захоўваецца ў архіве з прычынай
    [few] {$count} адпраўкі адхілены; кожная захоўваецца ў архіве з прычынай
    [many] {$count} адправак адхілена; кожная захоўваецца ў архіве з прычынай
   *[other] {$count} адпраўкі адхілены; кожная захоўваецца ў архіве з прычынай
}
export-public-done = Экспартавана выпадкаў са згодай на статыстыку: {$count}, як публічны {$format}; без згоды прапушчана: {$without}.
export-done = Экспартавана выпадкаў: {$count}, як {$format}, разам з адчувальнымі адказамі: захоўвайце файл гэтак жа надзейна, як архіў.
export-unknown-form = Прапушчана выпадкаў па апытальніку, якога гэтая праграма не ведае: {$count}.

## wave demo

demo-folder-exists = {$dir} ужо існуе; выберыце пустую папку
demo-step-server = 1. Арганізацыя: сервер сінхранізацыі на гэтым камп'ютары, токен супрацоўніка, ключ арганізацыі
demo-server-listening = сервер слухае {$url} (даныя ў {$dir})
demo-public-key = адкрыты ключ арганізацыі {$key}
demo-step-code = 2. Супрацоўнікі ствараюць аднаразовы код падключэння для тэлефона аўтрыч-работніцы
demo-step-phone = 3. Тэлефон: зашыфраванае сховішча, падключанае па кодзе
demo-vault = сховішча {$dir} (Argon2id 19 МіБ × 2 для дэманстрацыі; сапраўдныя сховішчы наладжваюцца пад прыладу)
demo-enrolled = падключана як прылада {$device}
demo-step-case = 4. Выпадак, запісаны па апытальніку (па-руску), з фота, захаваны канчаткова
demo-case = выпадак {$id}, версія {$version}; фота {$bytes} байтаў, SHA-256 {$sha256}…
demo-not-sealed = яшчэ не зашыфраваны для арганізацыі ({$reason}); сінхранізацыя ніжэй спачатку зашыфруе яго
demo-sealed = адразу зашыфраваны для арганізацыі: чакаюць адпраўкі {$count}
demo-step-sync = 5. Сінхранізацыя, калі ёсць сувязь
demo-synced = адпраўлена {$sent}, файлаў загружана {$blobs}, яшчэ чакаюць {$pending}
demo-step-pull = 6. Супрацоўнікі атрымліваюць выпадкі, правяраюць подпіс прылады і расшыфроўваюць у свой зашыфраваны архіў
demo-pulled = новых {$new}, адхілена {$rejected}, файлаў расшыфравана {$attachments}
demo-staff-see = што бачаць супрацоўнікі (поўны экспарт, першы выпадак):
demo-statistics = статыстыка для справаздачы (толькі выпадкі са згодай):
demo-step-examiner = 7. Што знойдзе той, хто скапіюе тэлефон або сервер
demo-phone = тэлефон
demo-server = сервер
demo-examined = {$name}: файлаў {$files}, {$bytes} байтаў; яе словы або кодавае імя: {$verdict}
demo-plaintext-found = ЗНОЙДЗЕНА (гэта памылка)
demo-plaintext-not-found = не знойдзена
demo-plaintext-failure = у файлах ({$name}) знойдзены адкрыты тэкст
demo-step-duress = 8. Парольная фраза пад прымусам
demo-duress-opened = адкрыта парольнай фразай пад прымусам: выпадкаў {$count}, падключана: {$enrolled}; файл ключа па-ранейшаму {$bytes} байтаў
demo-real-gone = сапраўдная парольная фраза больш нічога не адкрывае: выпадку на тэлефоне няма (ён ёсць у арганізацыі)
demo-real-still-works = сапраўдная парольная фраза ўсё яшчэ працуе пасля прымусу
demo-step-wipe = 9. Экстранае сціранне (парольная фраза не патрэбна)
demo-wiped = {$dir} існуе пасля гэтага: {$exists}
demo-yes = так
demo-no = не
demo-done = Гатова. Паспрабуйце самі: wave vault init --vault ПАПКА, потым wave record --vault ПАПКА --lang ru.
