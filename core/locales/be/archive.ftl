# Fixed details of the errors the staff tools raise through the core's error type: ids archive-…

## Архіў

archive-not-an-archive = {$path} — сховішча Wave, але не архіў супрацоўнікаў
archive-row-other-submission = радок архіва называе іншую адпраўку
archive-kind-submission = адпраўка
archive-page-check-failed = праверка старонкі адправак нечакана не ўдалася
archive-case-without-version = у запісу ў архіве няма завершанай версіі
archive-journal-order = гісторыя змен (праца з запісам або рэдагаванне) парушана: запіс перастаўлены або выдалены
archive-newer-version = гэты архіў запісаны навейшай версіяй Wave; абнавіце Wave, каб адкрыць яго
archive-digest-unparsed = правераны адбітак не ўдалося прачытаць
archive-random-failed = сістэмная крыніца выпадковых лікаў не спрацавала
archive-no-random-source = няма крыніцы выпадковых лікаў: {$error}
archive-csv-row = не ўдалося запісаць радок CSV
archive-csv-table = не ўдалося запісаць табліцу CSV
archive-export-format = невядомы фармат выгрузкі {$format}: патрэбны csv, json або geojson

## Сервер і ключы

archive-token-invalid = токен супрацоўніка пусты або мае прабелы ці кіравальныя сімвалы
archive-enrollment-code-lifetime = { $days ->
    [one] код падключэння дзейнічае ад 1 секунды да {$days} дня
    [few] код падключэння дзейнічае ад 1 секунды да {$days} дзён
    [many] код падключэння дзейнічае ад 1 секунды да {$days} дзён
   *[other] код падключэння дзейнічае ад 1 секунды да {$days} дня
}
archive-signing-key-file = гэта не файл ключа подпісу Wave (патрэбны адзін радок, які пачынаецца з WAVE-SIGNING-KEY-1:)
archive-signing-public-key-length = адкрыты ключ подпісу павінен быць 32 байтамі ў base64
archive-signing-public-key-invalid = адкрыты ключ подпісу — не правільны ключ Ed25519
archive-recipient-set-unreadable = набор атрымальнікаў на серверы пашкоджаны: {$error}
archive-recipient-set-unverified = набор атрымальнікаў, які аддае сервер, не праходзіць праверку гэтым ключом подпісу: {$error}
archive-recipient-set-give-version = набор атрымальнікаў, які аддае сервер, не ўдаецца праверыць гэтым ключом подпісу ({$error}); укажыце версію для публікацыі яўна, вышэйшую за ўсе версіі, апублікаваныя раней
archive-recipient-set-last-version = апублікаваную версію нельга перавысіць
archive-recipient-set-unsigned = не ўдаецца скласці набор атрымальнікаў: {$error}

## Долі файла ключа ($number: якая доля, лічачы з 1)

archive-share-threshold = парог павінен быць не менш за 2 і не больш за колькасць доляў ({$total})
archive-share-file-size = { $max ->
    [one] падзяліць можна толькі файл ад 1 да {$max} байта
    [few] падзяліць можна толькі файл ад 1 да {$max} байтаў
    [many] падзяліць можна толькі файл ад 1 да {$max} байтаў
   *[other] падзяліць можна толькі файл ад 1 да {$max} байта
}
archive-share-not-a-share = доля {$number} — не доля Wave (яна павінна пачынацца з WAVE-SHARE-1)
archive-share-typo = у долі {$number} памылка: яе кантрольная сума (апошняя група) не супадае; параўнайце яе з надрукаванай доляй знак за знакам
archive-share-fields = доля {$number} пашкоджана: у ёй не тыя палі
archive-share-other-secret = доля {$number} не для ключа Wave
archive-share-threshold-unreadable = доля {$number} пашкоджана: яе парог не прачытаць
archive-share-number-unreadable = доля {$number} пашкоджана: яе нумар не прачытаць
archive-share-not-hex = доля {$number} пашкоджана: гэта не шаснаццатковы запіс
archive-share-too-short = доля {$number} пашкоджана: яна занадта кароткая
archive-share-damaged = доля {$number} пашкоджана
archive-share-none = не дадзена ніводнай долі
archive-share-other-split = доля {$number} з іншага падзелу, чым доля 1; выкарыстоўвайце долі, надрукаваныя разам
archive-share-too-few = { $needed ->
    [one] патрэбна {$needed} розная доля
    [few] патрэбны {$needed} розныя долі
    [many] патрэбна {$needed} розных доляў
   *[other] патрэбна {$needed} рознай долі
}, каб аднавіць { $kind ->
    [signing-key] ключ подпісу арганізацыі
   *[identity] ключ арганізацыі
}; дадзена доляў: {$given}
archive-share-no-restore = долі не аднаўляюць файл: адна з іх з іншага падзелу або змененая
archive-share-qr-too-big = доля не змяшчаецца ў QR-код
archive-share-qr-image = не ўдаецца запісаць выяву QR-кода: {$error}

## Праца з запісам і рэдагаванне ў працоўным месцы

archive-followup-empty = змена пустая
archive-followup-no-author = не пазначана, хто ўнёс змену
archive-followup-referral = невядомае накіраванне
archive-followup-complaint = невядомы орган для скаргі
archive-followup-due = тэрмін павінен быць датай (ГГГГ-ММ-ДД)
archive-followup-too-long = тэкст занадта доўгі
archive-redaction-author = у рэдакцыі павінна быць пазначана, хто і калі яе зрабіў
archive-redaction-item = адрэдагаваны адказ не называе пытанне
archive-redaction-too-long = { $max ->
    [one] адрэдагаваны адказ даўжэйшы за {$max} байт
    [few] адрэдагаваны адказ даўжэйшы за {$max} байты
    [many] адрэдагаваны адказ даўжэйшы за {$max} байтаў
   *[other] адрэдагаваны адказ даўжэйшы за {$max} байта
}

## Уласны каталог працоўнага месца (зламаная зборка)

archive-workspace-catalog-parse = файл перакладу працоўнага месца не чытаецца
archive-workspace-language-tag = код мовы працоўнага месца няправільны
archive-workspace-catalog-repeat = у файле перакладу працоўнага месца паведамленне паўтараецца

archive-server-blob-offered-too-large = сервер прапанаваў файл, большы за любое ўкладанне
archive-server-blob-sent-too-large = сервер даслаў файл, большы за любое ўкладанне
archive-server-answer-too-large = адказ сервера завялікі; загружайце даныя старонкамі меншага памеру
archive-server-answer-unexpected = адказ сервера не такі, якога чакае гэтая версія Wave
archive-server-no-explanation = сервер не растлумачыў прычыну
archive-server-set-missing = сервер не аддае набор атрымальнікаў, які толькі што прыняў
archive-server-set-different = сервер аддае не той набор атрымальнікаў, які толькі што апублікаваны
