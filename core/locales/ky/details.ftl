# Өзөктүн каталарынын туруктуу чоо-жайы (бузулуу, мүмкүн эмес абал, кабыл алынбаган маалымат).
# Draft translation until a native speaker signs it off (docs/translating.md).
# Алар катанын өз сөздөрүнөн кийин келет, ошондуктан кичине тамга менен башталат. $reason —
# китепкананын же протоколдун сөздөрү (англисче, келген бойдон), $text — терилген текст.

## Эмне изделип, табылган жок («1234 жазуусу табылган жок»)

detail-kind-case = жазуу
detail-kind-attachment = тиркелген файл
detail-kind-case-version = жазуунун версиясы

## Сакталган маалыматтар бузулган же өзгөртүлгөн

detail-kdf-params-invalid = ачкыч алуу параметрлери жараксыз
detail-kdf-failed = ачкычты алуу мүмкүн болгон жок
detail-key-file-altered = ачкычтар файлы өзгөртүлгөн
detail-key-file-too-short = ачкычтар файлы өтө кыска
detail-key-file-too-long = ачкычтар файлы өтө узун
detail-key-file-unknown-version = ачкычтар файлынын версиясы белгисиз
detail-key-file-header-damaged = ачкычтар файлынын башы бузулган
detail-key-file-header-malformed = ачкычтар файлынын башы туура эмес түрдө
detail-key-file-impossible-costs = ачкычтар файлы ачкыч алуу үчүн мүмкүн эмес чыгымды талап кылат
detail-record-empty = шифрленген маалымат блогу бош
detail-record-unknown-version = шифрленген маалымат блогунун версиясы белгисиз
detail-record-failed-authentication = шифрленген маалымат блогу түпнускалык текшерүүдөн өткөн жок
detail-record-impossible-length = шифрленген маалымат блогунун узундугу мүмкүн эмес
detail-record-unexpected-shape = шифрленген маалымат блогунун түрү күтүлбөгөн
detail-attachment-truncated = тиркелген файл кыскартылган
detail-attachment-unknown-version = тиркелген файлдын версиясы белгисиз
detail-attachment-failed-authentication = тиркелген файл түпнускалык текшерүүдөн өткөн жок
detail-attachment-key-malformed = тиркелген файлдын ачкычы туура эмес түрдө
detail-attachment-fingerprint-mismatch = тиркелген файл жазылган санариптик изине дал келбейт
detail-attachment-record-malformed = тиркелген файл тууралуу маалымат туура эмес түрдө
detail-attachment-of-another-case = тиркелген файл тууралуу маалымат башка жазууга тиешелүү
detail-attachment-id-malformed = тиркелген файлдын идентификатору туура эмес түрдө
detail-version-out-of-place = бүткөн версия өз ордунда эмес
detail-case-id-malformed = жазуунун идентификатору туура эмес түрдө
detail-case-unknown-status = жазуунун абалы белгисиз
detail-row-count-negative = саптардын саны терс
detail-database-missing = жазуулардын маалымат базасы жок
detail-database-no-key-check = жазуулардын маалымат базасында ачкычты текшерүү жок
detail-database-other-vault = жазуулардын маалымат базасы бул сактагычка таандык эмес
detail-database-integrity = жазуулардын маалымат базасы бүтүндүк текшерүүсүнөн өткөн жок

## Азыр мүмкүн болбогон аракет

detail-case-finalized = бүткөн жазууну өзгөртүүгө болбойт; адегенде жазуунун жаңы версиясын түзүңүз
detail-case-changed-meanwhile = жазуу сакталып жатканда өзгөрдү; кайра аракет кылыңыз
detail-case-already-finalized = жазуу мурунтан эле бүткөн
detail-case-not-finalized = жаңы версияны бүткөн жазуу үчүн гана түзүүгө болот
detail-case-not-stored = жазуу сакталган жок
detail-safety-stop = коопсуздук тууралуу суроолор жазууну токтотот: эч нерсе сакталбайт
detail-session-lost-place = сурамжылоо өз ордун жоготту; аны кайра улантыңыз
detail-section-no-question = бөлүмдө көрсөтө турган суроо жок
detail-answers-not-written = жоопторду жазуу мүмкүн болгон жок
detail-database-exists = бул жерде жазуулардын маалымат базасы мурунтан эле бар
detail-vault-newer = бул сактагычты Wave-дин жаңыраак версиясы жазган; аны ачуу үчүн колдонмону жаңыртыңыз
detail-key-slot-unauthenticated = ачкыч уячасынын түпнускалыгын текшерүү мүмкүн болгон жок
detail-helper-thread-stopped = тиркелген файлдар үчүн көмөкчү агым токтоду
detail-attachment-encryption-failed = тиркелген файлды шифрлөө мүмкүн болгон жок
detail-tls-setup = TLS-ти жөндөө мүмкүн болгон жок
detail-http-client-setup = HTTP кардарын жөндөө мүмкүн болгон жок

## Кабыл алынбаган маалымат

detail-passphrase-empty = сырсөз бош
detail-new-passphrase-empty = жаңы сырсөз бош
detail-duress-passphrase-empty = экинчи сырсөз (коркунуч учуру үчүн) бош
detail-new-passphrase-is-duress = жаңы сырсөз экинчи сырсөз (коркунуч учуру үчүн) менен бирдей; башкасын тандаңыз
detail-duress-same-as-passphrase = экинчи сырсөз (коркунуч учуру үчүн) сактагычтын сырсөзүнөн башка болушу керек
detail-failure-limit-zero = туура эмес аракеттердин чеги жок дегенде 1 болушу керек
detail-pin-needs-wipe = { $tries ->
    [one] сактагычтын сырсөзү — кыска PIN-код, ал үчүн эң көп дегенде {$tries} туура эмес аракеттен кийин баарын өчүрүү керек; адегенде аны сырсөзгө алмаштырыңыз
   *[other] сактагычтын сырсөзү — кыска PIN-код, ал үчүн эң көп дегенде {$tries} туура эмес аракеттен кийин баарын өчүрүү керек; адегенде аны сырсөзгө алмаштырыңыз
}
detail-kdf-below-minimum = ачкыч алуу жөндөөлөрү эң төмөнкү чектен төмөн (19 МиБ, 2 өтүү)
detail-attachment-too-large = тиркелген файл шифрлөө үчүн өтө чоң
detail-record-too-large = маалымат сактоо үчүн өтө чоң
detail-not-json = маалыматты JSON катары жазуу мүмкүн болгон жок: {$reason}
detail-invalid-case-id = бул жазуунун идентификатору эмес: {$text}
detail-invalid-attachment-id = бул тиркелген файлдын идентификатору эмес: {$text}
detail-server-address = сервердин дареги туура эмес: {$reason}

## Түзмөктүн ачкыч сактагычы

detail-no-keystore = бул сактагыч түзмөктүн ачкыч сактагычына байланган, бирок ал берилген жок

## Сурамжылоону бүтүрүү

detail-finish-problems = { $count ->
    [one] {$count} көйгөй жазууну бүтүрүүгө тоскоол болот
   *[other] {$count} көйгөй жазууну бүтүрүүгө тоскоол болот
}
detail-sealing-not-noted = {$reason} (муну синхрондоо абалына жазуу да мүмкүн болгон жок: {$noted})

## Серверге эмне үчүн туташуу мүмкүн болгон жок

detail-pin-mismatch = сервердин ачкычы бекитилген ачкычка дал келбейт
detail-server-timeout = сервер өз убагында жооп берген жок
detail-no-connection = сервер менен байланыш жок
detail-connection-broke = сервердин жообу окулуп жатканда байланыш үзүлдү
detail-request-failed = серверге суроо-талап аткарылган жок

detail-page-malformed = жазуулардын кыскача баяндамаларынын барагы бузулган
detail-page-unknown-format = жазуулардын кыскача баяндамаларынын барагы белгисиз форматта
detail-pages-incomplete = кыскача баяндама барактары бардык жазууларды камтыбайт
detail-page-unknown-case = кыскача баяндама барагы жок жазууну атайт
detail-summary-too-large = жазуунун кыскача баяндамасы сактоо үчүн өтө чоң
