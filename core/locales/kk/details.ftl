# Ядро қателерінің тұрақты мәліметтері (бүліну, мүмкін емес күй, қабылданбаған деректер).
# Draft translation until a native speaker signs it off (docs/translating.md).
# Олар қатенің өз сөздерінен кейін келеді, сондықтан кіші әріппен басталады. $reason —
# кітапхананың не хаттаманың сөздері (ағылшынша, келген күйі), $text — терілген мәтін.

## Не ізделді және табылмады («жазба 1234 табылмады»)

detail-kind-case = жазба
detail-kind-attachment = тіркеме
detail-kind-case-version = жазба нұсқасы

## Сақталған деректер бүлінген немесе өзгертілген

detail-kdf-params-invalid = кілт алу параметрлері жарамсыз
detail-kdf-failed = кілтті алу мүмкін болмады
detail-key-file-altered = кілттер файлы өзгертілген
detail-key-file-too-short = кілттер файлы тым қысқа
detail-key-file-too-long = кілттер файлы тым ұзын
detail-key-file-unknown-version = кілттер файлының нұсқасы белгісіз
detail-key-file-header-damaged = кілттер файлының тақырыбы бүлінген
detail-key-file-header-malformed = кілттер файлының тақырыбы дұрыс пішінде емес
detail-key-file-impossible-costs = кілттер файлы кілт алу үшін мүмкін емес шығын сұрайды
detail-record-empty = шифрланған деректер блогы бос
detail-record-unknown-version = шифрланған деректер блогының нұсқасы белгісіз
detail-record-failed-authentication = шифрланған деректер блогы түпнұсқалық тексеруінен өтпеді
detail-record-impossible-length = шифрланған деректер блогының ұзындығы мүмкін емес
detail-record-unexpected-shape = шифрланған деректер блогының пішіні күтпеген
detail-attachment-truncated = тіркеме файлы қысқартылған
detail-attachment-unknown-version = тіркеме файлының нұсқасы белгісіз
detail-attachment-failed-authentication = тіркеме файлы түпнұсқалық тексеруінен өтпеді
detail-attachment-key-malformed = тіркеменің кілті дұрыс пішінде емес
detail-attachment-fingerprint-mismatch = тіркеме жазылған цифрлық ізіне сәйкес келмейді
detail-attachment-record-malformed = тіркеме туралы деректер дұрыс пішінде емес
detail-attachment-of-another-case = тіркеме туралы деректер басқа жазбаға жатады
detail-attachment-id-malformed = тіркеменің идентификаторы дұрыс пішінде емес
detail-version-out-of-place = аяқталған нұсқа өз орнында емес
detail-case-id-malformed = жазбаның идентификаторы дұрыс пішінде емес
detail-case-unknown-status = жазбаның күйі белгісіз
detail-row-count-negative = жолдар саны теріс
detail-database-missing = жазбалар дерекқоры жоқ
detail-database-no-key-check = жазбалар дерекқорында кілтті тексеру жоқ
detail-database-other-vault = жазбалар дерекқоры осы қоймаға тиесілі емес
detail-database-integrity = жазбалар дерекқоры тұтастық тексеруінен өтпеді

## Қазір мүмкін емес әрекет

detail-case-finalized = аяқталған жазбаны өзгертуге болмайды; алдымен жазбаның жаңа нұсқасын жасаңыз
detail-case-changed-meanwhile = жазба сақталып жатқанда өзгерді; қайталап көріңіз
detail-case-already-finalized = жазба әлдеқашан аяқталған
detail-case-not-finalized = жаңа нұсқаны тек аяқталған жазба үшін жасауға болады
detail-case-not-stored = жазба сақталмады
detail-safety-stop = қауіпсіздік туралы сұрақтар жазуды тоқтатады: ештеңе сақталмайды
detail-session-lost-place = сауалнама өз орнын жоғалтты; оны қайта жалғастырыңыз
detail-section-no-question = бөлімде көрсететін сұрақ жоқ
detail-answers-not-written = жауаптарды жазу мүмкін болмады
detail-database-exists = мұнда жазбалар дерекқоры бұрыннан бар
detail-vault-newer = бұл қойманы Wave-тің жаңарақ нұсқасы жазған; оны ашу үшін қолданбаны жаңартыңыз
detail-key-slot-unauthenticated = кілт ұяшығының түпнұсқалығын тексеру мүмкін болмады
detail-helper-thread-stopped = тіркемелерге арналған көмекші ағын тоқтады
detail-attachment-encryption-failed = тіркемені шифрлау мүмкін болмады
detail-tls-setup = TLS-ті баптау мүмкін болмады
detail-http-client-setup = HTTP клиентін баптау мүмкін болмады

## Қабылданбаған деректер

detail-passphrase-empty = құпия сөз бос
detail-new-passphrase-empty = жаңа құпия сөз бос
detail-duress-passphrase-empty = екінші құпия сөз (қауіп төнгенде) бос
detail-new-passphrase-is-duress = жаңа құпия сөз екінші құпия сөзбен (қауіп төнгенде) бірдей; басқасын таңдаңыз
detail-duress-same-as-passphrase = екінші құпия сөз (қауіп төнгенде) қойманың құпия сөзінен өзгеше болуы керек
detail-failure-limit-zero = қате әрекеттер шегі кемінде 1 болуы керек
detail-pin-needs-wipe = { $tries ->
    [one] қойманың құпия сөзі — қысқа PIN-код, ол үшін ең көбі {$tries} қате әрекеттен кейін бәрін өшіру қажет; алдымен оны құпия сөзге ауыстырыңыз
   *[other] қойманың құпия сөзі — қысқа PIN-код, ол үшін ең көбі {$tries} қате әрекеттен кейін бәрін өшіру қажет; алдымен оны құпия сөзге ауыстырыңыз
}
detail-kdf-below-minimum = кілт алу баптаулары ең төменгі шектен төмен (19 МиБ, 2 өту)
detail-attachment-too-large = тіркеме шифрлау үшін тым үлкен
detail-record-too-large = деректер сақтау үшін тым үлкен
detail-not-json = деректерді JSON ретінде жазу мүмкін болмады: {$reason}
detail-invalid-case-id = бұл жазбаның идентификаторы емес: {$text}
detail-invalid-attachment-id = бұл тіркеменің идентификаторы емес: {$text}
detail-server-address = сервер мекенжайы жарамсыз: {$reason}

## Құрылғының кілт қоймасы

detail-no-keystore = бұл қойма құрылғының кілт қоймасына байланған, бірақ ол берілмеді

## Сауалнаманы аяқтау

detail-finish-problems = { $count ->
    [one] {$count} мәселе жазбаны аяқтауға кедергі келтіреді
   *[other] {$count} мәселе жазбаны аяқтауға кедергі келтіреді
}
detail-sealing-not-noted = {$reason} (мұны синхрондау күйіне жазу да мүмкін болмады: {$noted})

## Серверге неге қосылу мүмкін болмады

detail-pin-mismatch = сервердің кілті бекітілген кілтке сәйкес келмейді
detail-server-timeout = сервер уақытында жауап бермеді
detail-no-connection = серверге байланыс жоқ
detail-connection-broke = сервердің жауабы оқылып жатқанда байланыс үзілді
detail-request-failed = серверге сұрау орындалмады

detail-page-malformed = жазбалар қысқаша мазмұнының беті бүлінген
detail-page-unknown-format = жазбалар қысқаша мазмұнының беті белгісіз пішімде
detail-pages-incomplete = қысқаша мазмұн беттері барлық жазбаны қамтымайды
detail-page-unknown-case = қысқаша мазмұн беті жоқ жазбаны атайды
detail-summary-too-large = жазбаның қысқаша мазмұны сақтау үшін тым үлкен
