# Wave ядросы: сауалнама мен құпия сөз ережесі не дейді, қазақша.
# Draft translation until a native speaker signs it off (docs/translating.md).
# Айнымалылар: $min, $max (сандар), $count (саны), $precision (күн дәлдігінің атауы),
# $digits, $tries (сандар), $reason (төмендегі кеңестердің бірі).

## Жауаптың қабылданбау себебі

invalid-required = Осы сұраққа жауап беріңіз.
invalid-wrong-type = Бұл жауап сұраққа сәйкес келмейді.
invalid-unknown-choice = Нұсқалардың бірін таңдаңыз.
invalid-duplicate-choice = Әр нұсқаны тек бір рет таңдауға болады.
invalid-not-integer = Бүтін сан енгізіңіз.
invalid-below-min = Сан кемінде {$min} болуы керек.
invalid-above-max = Сан ең көбі {$max} болуы керек.
invalid-bad-date = Бұл дұрыс күн емес.
invalid-precision-not-allowed = Мұнда «{$precision}» таңдауға болмайды.
invalid-bad-time = Уақытты СС:ММ түрінде енгізіңіз (24 сағаттық).
invalid-bad-duration = Минут санын бүтін санмен енгізіңіз: нөл немесе одан көп.
invalid-bad-latitude = Ендік -90 мен 90 аралығында болуы керек.
invalid-bad-longitude = Бойлық -180 мен 180 аралығында болуы керек.
invalid-bad-accuracy = Дәлдік нөл немесе одан көп метр болуы керек.
invalid-multi-line = Мұны бір жолға жазыңыз.
invalid-bad-attachment = Әр тіркемені тек бір рет қосуға болады.
invalid-info-not-true = Мұны оқығаныңызды растаңыз.
invalid-too-few = Кемінде {$count} қосыңыз.
invalid-too-many = Ең көбі {$count} қосуға болады.
invalid-constraint = Бұл жауап қабылданбайды.
invalid-not-relevant = Бұл сұрақ қазір қатысты емес.
invalid-no-such-position = Мұндай сұрақ жоқ.
invalid-repeat-not-settable = Тармақтарды бір-бірден қосыңыз немесе алып тастаңыз.

## Күннің дәлдігі

precision-exact = нақты күн
precision-estimated = шамамен көрсетілген күн
precision-month = тек айы

## Иә/жоқ жауабы

answer-yes = Иә
answer-no = Жоқ

## Құпия сөз ережесі

passphrase-hint-empty = Құпия сөзді теріңіз.
passphrase-hint-common = Бұл — адамдар ең жиі қолданатын құпия сөздердің бірі.
passphrase-hint-pattern = Пернетақта қатарларын, қайталауларды және abc немесе 1234 сияқты тізбектерді табу оңай.
passphrase-hint-date = Күндер мен жылдарды табу оңай.
passphrase-hint-single-word = Жалғыз сөзді немесе есімді табу оңай.
passphrase-hint-add-words = Табу тым оңай: бір-біріне қатысы жоқ тағы бірнеше сөз қосыңыз.
passphrase-hint-pin-too-short = PIN-кодта кемінде {$digits} цифр болуы керек.
passphrase-hint-pin-accepted = PIN-код қабылданды: оны осы құрылғының кілт қоймасы және ең көбі {$tries} қате әрекеттен кейін бәрін өшіру қорғайды.
passphrase-hint-good = Жеткілікті берік.
passphrase-hint-strong = Берік.
passphrase-refusal = Бұл құпия сөз тым әлсіз. {$reason}

## Қайта көрсетілген жауап (тексеру, жауаптардың қысқаша мазмұны)

answer-minutes = {$count} мин
answer-date = {$date} ({$precision})
answer-attachments = { $count ->
    [one] {$count} тіркеме
   *[other] {$count} тіркеме
}
answer-entries = { $count ->
    [one] {$count} тармақ
   *[other] {$count} тармақ
}

## Сауалнамада жоқ тілде сұралған сауалнама

session-unknown-language = Сауалнамада «{$lang}» тілі жоқ; бар тілдер: {$languages}.

## Қателер (қатенің өз мәтініндегі сөздер)

error-wrong-passphrase = қате құпия сөз
error-no-vault = {$path} жолында қойма жоқ
error-vault-exists = {$path} жолында қойма бұрыннан бар
error-corrupted = сақталған деректер бүлінген немесе өзгертілген: {$detail}
error-platform-secret = осы қоймаға арналған құрылғы құпиясы қолжетімсіз: {$detail}
error-not-found = {$kind} {$id} табылмады
error-invalid-state = {$detail}
error-locked = осы аралықта қойма құлыпталды немесе өшірілді
error-invalid-input = жарамсыз деректер: {$detail}
error-network = серверге қосылу мүмкін болмады: {$detail}
error-pin-mismatch = сервердің кілті бекітілген кілтке сәйкес келмейді: байланысты біреу ұстап алуы мүмкін немесе сервер бекітілмеген кілтке ауысқан; ештеңе жіберілген жоқ
error-server = сервер бас тартты: {$message} ({$code})
error-io = файл қатесі: {$detail}
error-database = дерекқор қатесі: {$detail}

## Сауалнаманы жалғастыру және оның ішінде жылжу

session-not-a-draft = Тек қараламаны жалғастыруға болады; алдымен жазбаның жаңа нұсқасын жасаңыз.
session-other-form = Бұл жазба «{$form}» емес, «{$recorded}» сауалнамасы бойынша жазылған.
session-other-version = Бұл жазба «{$form}» сауалнамасының {$version} нұсқасы емес, {$recorded} нұсқасы бойынша жазылған.
session-answers-do-not-fit = Сақталған жауаптар сауалнамаға сәйкес келмейді: {$detail}
session-answers-shape = Жауаптардың пішімі күтпеген: {$detail}
session-no-section = «{$section}» деген бөлім жоқ.
session-section-not-relevant = «{$section}» бөлімі қазір қатысты емес.
session-no-repeat = «{$repeat}» деген қайталанатын топ жоқ.
session-repeat-yes-or-no = Тармақ қосу үшін «иә», әрі қарай жалғастыру үшін «жоқ» деп жауап беріңіз.
