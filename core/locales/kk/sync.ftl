# Why a sync could not finish or a case was not accepted, chosen when shown: ids sync-…

## Why a request kept failing (after every retry; the next sync continues)

sync-timeout = сервер уақытында жауап бермеді
sync-no-connection = сервермен байланыс жоқ
sync-answer-broken = сервердің жауабы оқылып жатқанда байланыс үзілді
sync-request-failed = серверге сұрау сәтсіз болды
sync-answer-too-large = сервердің жауабы тым үлкен
sync-answer-unreadable = сервердің жауабын оқу мүмкін болмады
sync-no-upload-offset = сервердің жауабында жүктеу орны жоқ
sync-server-busy = сервер бос емес немесе ақаумен жұмыс істеп тұр: {$message}
sync-answer-mismatch = сервердің жауабы жіберілген топтамаға сәйкес келмейді
sync-upload-stalled = сервер тіркеменің келесі бөлігін қабылдаудан қайта-қайта бас тартады
sync-upload-incomplete = сервер тіркемені жүктеуді аяқтамады
sync-upload-impossible-offset = сервер мүмкін емес жүктеу орнын хабарлады

## Why a sync stopped

sync-too-large = сұрау сервердің шегінен асады
sync-too-large-limit = сұрау сервердің шегінен асады (шегі байтпен: {$limit})
sync-too-large-limit-mib = сұрау сервердің шегінен асады (шегі: {$mib} МиБ)
sync-attachments-unsendable = жіберуге болмайтын тіркемелер: {$count}. Серверде олар енді жоқ, ал бұл құрылғы алғашқы жүктеуден кейін өзінің шифрланған көшірмесін өшірді; оларды қамтитын жазба нұсқалары күтуде
sync-sealing-deferred = аяқталған жазба ұйым үшін әлі шифрланған жоқ; келесі синхрондау оны шифрлайды: {$reason}
sync-earlier = соңғы синхрондау аяқталмады: {$text}

## The NGO's recipient set

sync-set-unchecked = ұйымның алушылар жинағын тексеру мүмкін болмады: {$problem}
sync-set-refused = ұйымның жаңа алушылар жинағы қабылданбады: {$reason}
sync-set-malformed = ол бүлінген ({$detail})
sync-set-not-verified = ол тексеруден өтпеді ({$detail})
sync-set-replayed = бұл {$offered}-нұсқа, қолданыстағы {$current}-нұсқадан ескі (қайта жіберілген жинақ)
sync-set-changed = бұл {$version}-нұсқа, қолданыстағы нұсқа, бірақ мазмұны басқа
sync-set-unusable-recipient = алушылардың бірін қолдану мүмкін емес ({$detail})

## Why the server did not take a case

sync-case-too-large = сервер үшін тым үлкен
sync-case-too-large-limit = сервер үшін тым үлкен (шегі байтпен: {$limit})
sync-case-too-large-limit-mib = сервер үшін тым үлкен (шегі: {$mib} МиБ)
sync-case-refused = сервер бас тартты: {$message} ({$code})
sync-case-unexplained = сервер бас тартты, себебін айтпады

## Details of errors raised while syncing

sync-detail-store-in-use = қойманы осы синхрондау қолданып жатыр
sync-detail-signing-key = ұйымның қол қою кілті бүлінген
sync-detail-device-key = құрылғының кілті бүлінген
sync-detail-already-enrolled = бұл қойма серверге қосылып қойған
sync-detail-not-enrolled = бұл қойма серверге әлі қосылмаған
sync-detail-enrollment-code = бұл қосылу коды емес: {$detail}
sync-detail-outbox-signature = жіберу кезегіндегі қолтаңба бүлінген
sync-detail-outbox-id = жіберу кезегіндегі идентификатор бүлінген
sync-detail-case-id = жазбаның идентификаторы бүлінген
sync-detail-row-count = жолдар саны теріс
sync-detail-recipients-together = ұйым алушыларының кілттерін бірге қолдану мүмкін емес
sync-detail-no-recipients = ұйым алушысының кемінде бір кілті керек
sync-detail-not-a-recipient = бұл age X25519 алушысы емес: {$recipient}
sync-detail-not-an-identity = бұл age кілт файлы емес (AGE-SECRET-KEY-1…)
sync-detail-identity-cannot-open = ұйымның бұл кілті шифрланған файлды аша алмайды
sync-detail-sealed-file = шифрланған файл дұрыс age файлы емес
sync-detail-sealed-file-altered = шифрланған файл түпнұсқалықты тексеруден өтпеді
sync-detail-payload-too-large = шифрланған деректер кез келген жазбадан үлкен
sync-detail-payload-shape = шифрланған деректердің құрылымы күтпеген
sync-detail-payload-format = деректердің белгісіз пішімі {$format}
sync-detail-payload-moved = шифрланған деректер басқа жіберу идентификаторына ауыстырылған
