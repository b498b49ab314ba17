# Fixed details of the errors the staff tools raise through the core's error type: ids archive-…

## Мұрағат

archive-not-an-archive = {$path} — Wave қоймасы, бірақ қызметкерлер мұрағаты емес
archive-row-other-submission = мұрағат жолында басқа жіберілім аталған
archive-kind-submission = жіберілім
archive-page-check-failed = жіберілімдер бетін тексеру күтпеген жерден сәтсіз аяқталды
archive-case-without-version = мұрағаттағы жазбаның аяқталған нұсқасы жоқ
archive-journal-order = өзгерістер тарихы (жазбамен жұмыс немесе өңдеу) бұзылған: жазба орнынан жылжытылған немесе алынып тасталған
archive-newer-version = бұл мұрағатты Wave-тің жаңарақ нұсқасы жазған; оны ашу үшін Wave-ті жаңартыңыз
archive-digest-unparsed = тексерілген таңбаны оқу мүмкін болмады
archive-random-failed = жүйенің кездейсоқ сандар көзі істемеді
archive-no-random-source = кездейсоқ сандар көзі жоқ: {$error}
archive-csv-row = CSV жолын жазу мүмкін болмады
archive-csv-table = CSV кестесін жазу мүмкін болмады
archive-export-format = белгісіз экспорт пішімі {$format}: csv, json немесе geojson күтіледі

## Сервер және кілттер

archive-token-invalid = қызметкер токені бос немесе онда бос орындар не басқару таңбалары бар
archive-enrollment-code-lifetime = { $days ->
    [one] қосылу коды 1 секундтан {$days} күнге дейін жарамды
   *[other] қосылу коды 1 секундтан {$days} күнге дейін жарамды
}
archive-signing-key-file = бұл Wave қолтаңба кілтінің файлы емес (WAVE-SIGNING-KEY-1: деп басталатын бір жол күтіледі)
archive-signing-public-key-length = ашық қолтаңба кілті base64 түрінде 32 байт болуы керек
archive-signing-public-key-invalid = ашық қолтаңба кілті жарамды Ed25519 кілті емес
archive-recipient-set-unreadable = сервердегі алушылар жинағы зақымдалған: {$error}
archive-recipient-set-unverified = сервер беретін алушылар жинағы осы қолтаңба кілтімен тексеруден өтпейді: {$error}
archive-recipient-set-give-version = сервер беретін алушылар жинағын осы қолтаңба кілтімен тексеру мүмкін емес ({$error}); жариялайтын нұсқаны бұрын жарияланған барлық нұсқадан жоғары етіп анық көрсетіңіз
archive-recipient-set-last-version = жарияланған нұсқадан асу мүмкін емес
archive-recipient-set-unsigned = алушылар жинағын жасау мүмкін емес: {$error}

## Кілт файлының үлестері ($number: қай үлес, 1-ден бастап санағанда)

archive-share-threshold = шек кемінде 2 және үлестер санынан ({$total}) аспауы керек
archive-share-file-size = { $max ->
    [one] тек 1-ден {$max} байтқа дейінгі файлды бөлуге болады
   *[other] тек 1-ден {$max} байтқа дейінгі файлды бөлуге болады
}
archive-share-not-a-share = {$number}-үлес Wave үлесі емес (ол WAVE-SHARE-1 деп басталуы керек)
archive-share-typo = {$number}-үлесте қате бар: оның бақылау сомасы (соңғы топ) сәйкес келмейді; оны басып шығарылған үлеспен таңба бойынша салыстырыңыз
archive-share-fields = {$number}-үлес зақымдалған: онда күтілген өрістер жоқ
archive-share-other-secret = {$number}-үлес Wave кілтіне арналмаған
archive-share-threshold-unreadable = {$number}-үлес зақымдалған: оның шегін оқу мүмкін емес
archive-share-number-unreadable = {$number}-үлес зақымдалған: оның нөмірін оқу мүмкін емес
archive-share-not-hex = {$number}-үлес зақымдалған: ол он алтылық жазба емес
archive-share-too-short = {$number}-үлес зақымдалған: ол тым қысқа
archive-share-damaged = {$number}-үлес зақымдалған
archive-share-none = бірде-бір үлес берілмеді
archive-share-other-split = {$number}-үлес 1-үлестен басқа бөлуге жатады; бірге басып шығарылған үлестерді пайдаланыңыз
archive-share-too-few = { $kind ->
    [signing-key] Ұйымның қолтаңба кілтін
   *[identity] Ұйымның кілтін
} қалпына келтіру үшін { $needed ->
    [one] {$needed} түрлі үлес
   *[other] {$needed} түрлі үлес
} керек; берілген үлестер: {$given}
archive-share-no-restore = үлестер файлды қалпына келтірмейді: олардың бірі басқа бөлуден немесе өзгертілген
archive-share-qr-too-big = үлес QR кодқа сыймайды
archive-share-qr-image = QR суретін жазу мүмкін емес: {$error}

## Жұмыс орнындағы жазбамен жұмыс және өңдеу

archive-followup-empty = өзгеріс бос
archive-followup-no-author = өзгерісті кім енгізгені көрсетілмеген
archive-followup-referral = белгісіз жолдама
archive-followup-complaint = шағымға арналған белгісіз орган
archive-followup-due = мерзім күн болуы керек (ЖЖЖЖ-АА-КК)
archive-followup-too-long = мәтін тым ұзын
archive-redaction-author = өңдеуде оны кім және қашан жасағаны жазылуы керек
archive-redaction-item = өңделген жауап сұрақты атамайды
archive-redaction-too-long = { $max ->
    [one] өңделген жауап {$max} байттан ұзын
   *[other] өңделген жауап {$max} байттан ұзын
}

## Жұмыс орнының өз каталогы (бұзылған жинақ)

archive-workspace-catalog-parse = жұмыс орнының аударма файлы оқылмайды
archive-workspace-language-tag = жұмыс орнының тіл коды жарамсыз
archive-workspace-catalog-repeat = жұмыс орнының аударма файлында хабар қайталанады

archive-server-blob-offered-too-large = сервер кез келген тіркемеден үлкен файл ұсынды
archive-server-blob-sent-too-large = сервер кез келген тіркемеден үлкен файл жіберді
archive-server-answer-too-large = сервердің жауабы тым үлкен; деректерді кішірек беттермен жүктеңіз
archive-server-answer-unexpected = сервердің жауабы Wave-тің бұл нұсқасы күткендей емес
archive-server-no-explanation = сервер себебін түсіндірмеді
archive-server-set-missing = сервер жаңа ғана қабылдаған алушылар жинағын бермейді
archive-server-set-different = сервер жаңа ғана жарияланған алушылар жинағын емес, басқасын береді
