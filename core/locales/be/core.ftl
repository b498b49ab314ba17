# Ядро Wave: што кажуць апытальнік і правіла парольнай фразы, па-беларуску.
# Draft translation until a native speaker signs it off (docs/translating.md).
# Пераменныя: $min, $max (лікі), $count (колькасць), $precision (назва дакладнасці даты),
# $digits, $tries (колькасці), $reason (адна з падказак ніжэй).

## Чаму адказ не прыняты

invalid-required = Калі ласка, адкажыце на гэта пытанне.
invalid-wrong-type = Гэты адказ не падыходзіць да пытання.
invalid-unknown-choice = Калі ласка, выберыце адзін з варыянтаў.
invalid-duplicate-choice = Кожны варыянт можна выбраць толькі адзін раз.
invalid-not-integer = Калі ласка, увядзіце цэлы лік.
invalid-below-min = Лік павінен быць не менш за {$min}.
invalid-above-max = Лік павінен быць не больш за {$max}.
invalid-bad-date = Гэта няправільная дата.
invalid-precision-not-allowed = «{$precision}» тут не дапускаецца.
invalid-bad-time = Увядзіце час у фармаце ГГ:ХХ (24 гадзіны).
invalid-bad-duration = Увядзіце цэлы лік хвілін: нуль або больш.
invalid-bad-latitude = Шырата павінна быць ад -90 да 90.
invalid-bad-longitude = Даўгата павінна быць ад -180 да 180.
invalid-bad-accuracy = Дакладнасць павінна быць не менш за нуль метраў.
invalid-multi-line = Калі ласка, напішыце гэта ў адзін радок.
invalid-bad-attachment = Кожны файл можна далучыць толькі адзін раз.
invalid-info-not-true = Калі ласка, пацвердзіце, што вы гэта прачыталі.
invalid-too-few = Дадайце не менш за {$count}.
invalid-too-many = Можна дадаць не больш за {$count}.
invalid-constraint = Гэты адказ не прымаецца.
invalid-not-relevant = Гэта пытанне цяпер не патрэбнае.
invalid-no-such-position = Такога пытання няма.
invalid-repeat-not-settable = Дадавайце або выдаляйце пункты па адным.

## Наколькі дакладная дата

precision-exact = дакладная дата
precision-estimated = прыблізная дата
precision-month = толькі месяц

## Адказ так/не

answer-yes = Так
answer-no = Не

## Правіла парольнай фразы

passphrase-hint-empty = Увядзіце парольную фразу.
passphrase-hint-common = Гэта адзін з самых распаўсюджаных пароляў.
passphrase-hint-pattern = Рады клавіш, паўторы і паслядоўнасці накшталт abc або 1234 лёгка адгадаць.
passphrase-hint-date = Даты і гады лёгка адгадаць.
passphrase-hint-single-word = Адно слова або імя лёгка адгадаць.
passphrase-hint-add-words = Занадта лёгка адгадаць: дадайце яшчэ некалькі слоў, не звязаных паміж сабой.
passphrase-hint-pin-too-short = { $digits ->
    [one] PIN-код павінен мець не менш за {$digits} лічбу.
    [few] PIN-код павінен мець не менш за {$digits} лічбы.
    [many] PIN-код павінен мець не менш за {$digits} лічбаў.
   *[other] PIN-код павінен мець не менш за {$digits} лічбы.
}
passphrase-hint-pin-accepted = { $tries ->
    [one] PIN-код прыняты: яго абараняюць сховішча ключоў гэтай прылады і сціранне ўсяго не пазней, чым пасля {$tries} няправільнай спробы.
    [few] PIN-код прыняты: яго абараняюць сховішча ключоў гэтай прылады і сціранне ўсяго не пазней, чым пасля {$tries} няправільных спроб.
    [many] PIN-код прыняты: яго абараняюць сховішча ключоў гэтай прылады і сціранне ўсяго не пазней, чым пасля {$tries} няправільных спроб.
   *[other] PIN-код прыняты: яго абараняюць сховішча ключоў гэтай прылады і сціранне ўсяго не пазней, чым пасля {$tries} няправільнай спробы.
}
passphrase-hint-good = Дастаткова надзейная.
passphrase-hint-strong = Надзейная.
passphrase-refusal = Гэтая парольная фраза занадта слабая. {$reason}

## Адказ, паказаны зноў (праверка, вынікі адказаў)

answer-minutes = {$count} хв
answer-date = {$date} ({$precision})
answer-attachments = { $count ->
    [one] {$count} файл
    [few] {$count} файлы
    [many] {$count} файлаў
   *[other] {$count} файла
}
answer-entries = { $count ->
    [one] {$count} пункт
    [few] {$count} пункты
    [many] {$count} пунктаў
   *[other] {$count} пункта
}

## Апытанне запытана на мове, якой у апытальніку няма

session-unknown-language = У апытальніку няма мовы "{$lang}"; ёсць: {$languages}.

## Памылкі

error-wrong-passphrase = няправільная парольная фраза
error-no-vault = у {$path} няма сховішча
error-vault-exists = у {$path} ужо ёсць сховішча
error-corrupted = захаваныя даныя пашкоджаныя або змененыя: {$detail}
error-platform-secret = сакрэт прылады для гэтага сховішча недаступны: {$detail}
error-not-found = не знойдзена: {$kind} {$id}
error-invalid-state = {$detail}
error-locked = тым часам сховішча замкнулі або сцерлі
error-invalid-input = няправільныя даныя: {$detail}
error-network = не ўдалося злучыцца з серверам: {$detail}
error-pin-mismatch = ключ сервера не супадае з замацаваным ключом: злучэнне могуць перахопліваць, або сервер перайшоў на ключ, які не быў замацаваны; нічога не адпраўлена
error-server = сервер адмовіў: {$message} ({$code})
error-io = памылка файла: {$detail}
error-database = памылка базы даных: {$detail}

## Працяг апытання і пераходы ў ім

session-not-a-draft = Працягнуць можна толькі чарнавік; спачатку стварыце новую версію запісу.
session-other-form = Запіс зроблены па апытальніку "{$recorded}", а не "{$form}".
session-other-version = Запіс зроблены па версіі {$recorded} апытальніка "{$form}", а не па версіі {$version}.
session-answers-do-not-fit = Захаваныя адказы не падыходзяць да апытальніка: {$detail}
session-answers-shape = Адказы маюць нечаканы выгляд: {$detail}
session-no-section = Раздзела "{$section}" няма.
session-section-not-relevant = Раздзел "{$section}" цяпер не патрэбны.
session-no-repeat = Паўтаральнай групы "{$repeat}" няма.
session-repeat-yes-or-no = Адкажыце «так», каб дадаць пункт, або «не», каб працягнуць.
