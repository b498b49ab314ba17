# Wave өзегі: сауалнама мен құпия сөз ережесі не айтады, қазақша. Жұмыс аудармасы (draft):
# оны ана тілінде сөйлейтін адам тексереді (docs/translating.md).

## Жауап неге қабылданбады

invalid-required = Осы сұраққа жауап беріңізші.
invalid-wrong-type = Бұл жауап сұраққа сәйкес келмейді.
invalid-unknown-choice = Нұсқалардың бірін таңдаңызшы.
invalid-duplicate-choice = Әр нұсқаны тек бір рет таңдауға болады.
invalid-not-integer = Бүтін сан енгізіңізші.
invalid-below-min = Сан {$min} санынан кем болмауы керек.
invalid-above-max = Сан {$max} санынан көп болмауы керек.
invalid-bad-date = Бұл дұрыс күн емес.
invalid-precision-not-allowed = «{$precision}» мұнда рұқсат етілмейді.
invalid-bad-time = Уақытты СС:ММ түрінде енгізіңіз (24 сағат).
invalid-bad-duration = Минуттың бүтін санын енгізіңіз, нөл немесе одан көп.
invalid-bad-latitude = Ендік -90 пен 90 аралығында болуы керек.
invalid-bad-longitude = Бойлық -180 мен 180 аралығында болуы керек.
invalid-bad-accuracy = Дәлдік нөл метр немесе одан көп болуы керек.
invalid-multi-line = Мұны бір жолға жазыңызшы.
invalid-bad-attachment = Әр файлды тек бір рет қосуға болады.
invalid-info-not-true = Мұны оқығаныңызды растаңызшы.
invalid-too-few = Кемінде {$count} қосыңыз.
invalid-too-many = {$count} артық қосуға болмайды.
invalid-constraint = Бұл жауап қабылданбайды.
invalid-not-relevant = Бұл сұрақ қазір қойылмайды.
invalid-no-such-position = Мұндай сұрақ жоқ.
invalid-repeat-not-settable = Жазбаларды бір-бірден қосыңыз немесе алып тастаңыз.

## Күн қаншалықты нақты

precision-exact = нақты күн
precision-estimated = шамамен алынған күн
precision-month = тек айы

## Иә/жоқ жауабы

answer-yes = Иә
answer-no = Жоқ

## Құпия сөз ережесі

passphrase-hint-empty = Құпия сөзді енгізіңіз.
passphrase-hint-common = Бұл адамдар ең жиі қолданатын құпия сөздердің бірі.
passphrase-hint-pattern = Пернелер қатары, қайталаулар және abc немесе 1234 сияқты тізбектер оңай табылады.
passphrase-hint-date = Күндер мен жылдар оңай табылады.
passphrase-hint-single-word = Жалғыз сөзді немесе атты табу оңай.
passphrase-hint-add-words = Табу тым оңай: бір-бірімен байланысы жоқ тағы бірнеше сөз қосыңыз.
passphrase-hint-pin-too-short = PIN-кодта кемінде {$digits} цифр болуы керек.
passphrase-hint-pin-accepted = PIN-код қабылданды: оны осы құрылғының кілт қоймасы және {$tries} немесе одан аз қате әрекеттен кейін бәрін өшіру қорғайды.
passphrase-hint-good = Жеткілікті сенімді.
passphrase-hint-strong = Сенімді.
passphrase-refusal = Бұл құпия сөз тым әлсіз. {$reason}

## Қайта көрсетілген жауап

answer-minutes = {$count} мин
answer-date = {$date} ({$precision})
answer-attachments = {$count} файл
answer-entries = {$count} жазба

## Сауалнамада жоқ тілде сұралған сессия

session-unknown-language = Сауалнамада "{$lang}" тілі жоқ; бар тілдер: {$languages}.

## Қателер

error-wrong-passphrase = құпия сөз қате
error-no-vault = {$path} ішінде қойма жоқ
error-vault-exists = {$path} ішінде қойма бұрыннан бар
error-corrupted = сақталған деректер бүлінген немесе өзгертілген: {$detail}
error-platform-secret = осы қойманың құрылғыдағы құпиясы қолжетімсіз: {$detail}
error-not-found = табылмады: { $kind ->
    [case] оқиға
    [attachment] файл
   *[other] {$kind}
} {$id}
error-invalid-state = ішкі күй қатесі: {$detail}
error-locked = жұмыс кезінде қойма құлыпталды немесе өшірілді
error-invalid-input = деректер қате: {$detail}
error-network = сервермен байланысу мүмкін болмады: {$detail}
error-pin-mismatch = сервердің кілті бекітілген кілтке сәйкес келмейді: байланысты біреу ұстап алуы мүмкін, немесе сервер бекітілмеген кілтке ауысқан; ештеңе жіберілген жоқ
error-server = сервер бас тартты: {$message} ({$code})
error-io = файл қатесі: {$detail}
error-database = дерекқор қатесі: {$detail}

## Сессияны жалғастыру және ішінде жылжу

session-not-a-draft = Тек жобаны жалғастыруға болады; алдымен оқиғаның жаңа нұсқасын жасаңыз.
session-other-form = Оқиға "{$form}" емес, "{$recorded}" сауалнамасымен жазылған.
session-other-version = Оқиға "{$form}" сауалнамасының {$version} нұсқасымен емес, {$recorded} нұсқасымен жазылған.
session-answers-do-not-fit = Сақталған жауаптар сауалнамаға сәйкес келмейді: {$detail}
session-answers-shape = Жауаптардың түрі күтпеген: {$detail}
session-no-section = "{$section}" бөлімі жоқ.
session-section-not-relevant = "{$section}" бөлімі қазір қойылмайды.
session-no-repeat = "{$repeat}" қайталанатын тобы жоқ.
