# Сталыя падрабязнасці памылак ядра (пашкоджанне, немагчымы стан, адхілены ўвод).
# Draft translation until a native speaker signs it off (docs/translating.md).
# Яны ідуць пасля слоў самой памылкі, таму пачынаюцца з малой літары. $reason — словы
# бібліятэкі ці пратакола (па-англійску, як прыйшлі), $text — тое, што было ўведзена.

## Што шукалі і не знайшлі («не знойдзена: запіс 1234»)

detail-kind-case = запіс
detail-kind-attachment = файл
detail-kind-case-version = версія запісу

## Захаваныя даныя пашкоджаныя або змененыя

detail-kdf-params-invalid = параметры атрымання ключа недапушчальныя
detail-kdf-failed = не ўдалося атрымаць ключ
detail-key-file-altered = файл ключоў быў зменены
detail-key-file-too-short = файл ключоў занадта кароткі
detail-key-file-too-long = файл ключоў занадта доўгі
detail-key-file-unknown-version = у файла ключоў невядомая версія
detail-key-file-header-damaged = загаловак файла ключоў пашкоджаны
detail-key-file-header-malformed = загаловак файла ключоў мае няправільны выгляд
detail-key-file-impossible-costs = файл ключоў патрабуе немагчымых выдаткаў на атрыманне ключа
detail-record-empty = зашыфраваны блок даных пусты
detail-record-unknown-version = у зашыфраванага блока даных невядомая версія
detail-record-failed-authentication = зашыфраваны блок даных не прайшоў праверку сапраўднасці
detail-record-impossible-length = у зашыфраванага блока даных немагчымая даўжыня
detail-record-unexpected-shape = у зашыфраванага блока даных нечаканы выгляд
detail-attachment-truncated = далучаны файл абрэзаны
detail-attachment-unknown-version = у далучанага файла невядомая версія
detail-attachment-failed-authentication = далучаны файл не прайшоў праверку сапраўднасці
detail-attachment-key-malformed = ключ далучанага файла мае няправільны выгляд
detail-attachment-fingerprint-mismatch = далучаны файл не супадае са сваім запісаным адбіткам
detail-attachment-record-malformed = звесткі пра далучаны файл маюць няправільны выгляд
detail-attachment-of-another-case = звесткі пра далучаны файл належаць да іншага запісу
detail-attachment-id-malformed = ідэнтыфікатар далучанага файла мае няправільны выгляд
detail-version-out-of-place = завершаная версія стаіць не на сваім месцы
detail-case-id-malformed = ідэнтыфікатар запісу мае няправільны выгляд
detail-case-unknown-status = у запісу невядомы стан
detail-row-count-negative = колькасць радкоў адмоўная
detail-database-missing = базы даных запісаў няма
detail-database-no-key-check = у базе даных запісаў няма праверкі ключа
detail-database-other-vault = база даных запісаў не належыць гэтаму сховішчу
detail-database-integrity = база даных запісаў не прайшла праверку цэласнасці

## Дзеянне, якое зараз немагчымае

detail-case-finalized = завершаны запіс нельга змяніць; спачатку стварыце яго новую версію
detail-case-changed-meanwhile = запіс змяніўся падчас захавання; паспрабуйце яшчэ раз
detail-case-already-finalized = запіс ужо завершаны
detail-case-not-finalized = новую версію можна стварыць толькі для завершанага запісу
detail-case-not-stored = запіс не быў захаваны
detail-safety-stop = адказы на пытанні пра бяспеку спыняюць запіс: нічога не захоўваецца
detail-session-lost-place = апытанне страціла сваё месца; працягніце яго зноў
detail-section-no-question = у раздзеле няма пытання, якое можна паказаць
detail-answers-not-written = не ўдалося запісаць адказы
detail-database-exists = тут ужо ёсць база даных запісаў
detail-vault-newer = гэта сховішча запісана навейшай версіяй Wave; абнавіце праграму, каб адкрыць яго
detail-key-slot-unauthenticated = не ўдалося праверыць сапраўднасць ячэйкі ключа
detail-helper-thread-stopped = дапаможны струмень для далучаных файлаў спыніўся
detail-attachment-encryption-failed = не ўдалося зашыфраваць далучаны файл
detail-tls-setup = не ўдалося наладзіць TLS
detail-http-client-setup = не ўдалося наладзіць HTTP-кліент

## Адхілены ўвод

detail-passphrase-empty = парольная фраза пустая
detail-new-passphrase-empty = новая парольная фраза пустая
detail-duress-passphrase-empty = другая парольная фраза (на выпадак небяспекі) пустая
detail-new-passphrase-is-duress = новая парольная фраза супадае з другой парольнай фразай (на выпадак небяспекі); выберыце іншую
detail-duress-same-as-passphrase = другая парольная фраза (на выпадак небяспекі) павінна адрознівацца ад парольнай фразы сховішча
detail-failure-limit-zero = мяжа няправільных спроб павінна быць не меншай за 1
detail-pin-needs-wipe = { $tries ->
    [one] парольная фраза сховішча — кароткі PIN-код, для яго патрэбна сціранне ўсяго не пазней, чым пасля {$tries} няправільнай спробы; спачатку замяніце яго на парольную фразу
    [few] парольная фраза сховішча — кароткі PIN-код, для яго патрэбна сціранне ўсяго не пазней, чым пасля {$tries} няправільных спроб; спачатку замяніце яго на парольную фразу
    [many] парольная фраза сховішча — кароткі PIN-код, для яго патрэбна сціранне ўсяго не пазней, чым пасля {$tries} няправільных спроб; спачатку замяніце яго на парольную фразу
   *[other] парольная фраза сховішча — кароткі PIN-код, для яго патрэбна сціранне ўсяго не пазней, чым пасля {$tries} няправільнай спробы; спачатку замяніце яго на парольную фразу
}
detail-kdf-below-minimum = налады атрымання ключа ніжэй за мінімум (19 МіБ, 2 праходы)
detail-attachment-too-large = далучаны файл занадта вялікі, каб яго зашыфраваць
detail-record-too-large = даныя занадта вялікія, каб іх захаваць
detail-not-json = даныя не ўдалося запісаць як JSON: {$reason}
detail-invalid-case-id = гэта не ідэнтыфікатар запісу: {$text}
detail-invalid-attachment-id = гэта не ідэнтыфікатар далучанага файла: {$text}
detail-server-address = няправільны адрас сервера: {$reason}

## Сховішча ключоў прылады

detail-no-keystore = гэта сховішча прывязана да сховішча ключоў прылады, але яго не перададзена

## Завяршэнне апытання

detail-finish-problems = { $count ->
    [one] {$count} праблема не дае завяршыць запіс
    [few] {$count} праблемы не даюць завяршыць запіс
    [many] {$count} праблем не даюць завяршыць запіс
   *[other] {$count} праблемы не даюць завяршыць запіс
}
detail-sealing-not-noted = {$reason} (і запісаць гэта ў стан сінхранізацыі не ўдалося: {$noted})

## Чаму не ўдалося злучыцца з серверам

detail-pin-mismatch = ключ сервера не супадае з замацаваным ключом
detail-server-timeout = сервер не адказаў своечасова
detail-no-connection = няма злучэння з серверам
detail-connection-broke = злучэнне перарвалася, пакуль чытаўся адказ сервера
detail-request-failed = запыт да сервера не ўдаўся

detail-page-malformed = старонка кароткіх звестак пра запісы пашкоджаная
detail-page-unknown-format = старонка кароткіх звестак пра запісы мае невядомы фармат
detail-pages-incomplete = старонкі кароткіх звестак ахопліваюць не ўсе запісы
detail-page-unknown-case = старонка кароткіх звестак называе запіс, якога няма
detail-summary-too-large = кароткія звесткі пра запіс завялікія для захоўвання
