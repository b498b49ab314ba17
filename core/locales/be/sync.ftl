# Why a sync could not finish or a case was not accepted, chosen when shown: ids sync-…

## Why a request kept failing (after every retry; the next sync continues)

sync-timeout = сервер не адказаў своечасова
sync-no-connection = няма злучэння з серверам
sync-answer-broken = злучэнне перарвалася, пакуль чыталі адказ сервера
sync-request-failed = запыт да сервера не ўдаўся
sync-answer-too-large = адказ сервера занадта вялікі
sync-answer-unreadable = адказ сервера не ўдалося прачытаць
sync-no-upload-offset = у адказе сервера няма пазіцыі загрузкі
sync-server-busy = сервер заняты або працуе са збоямі: {$message}
sync-answer-mismatch = адказ сервера не адпавядае адпраўленаму пакету
sync-upload-stalled = сервер зноў і зноў адмаўляецца прыняць наступную частку ўкладання
sync-upload-incomplete = сервер не завяршыў загрузку ўкладання
sync-upload-impossible-offset = сервер паведаміў немагчымую пазіцыю загрузкі

## Why a sync stopped

sync-too-large = запыт перавышае абмежаванне сервера
sync-too-large-limit = запыт перавышае абмежаванне сервера (абмежаванне ў байтах: {$limit})
sync-too-large-limit-mib = запыт перавышае абмежаванне сервера (абмежаванне: {$mib} МіБ)
sync-attachments-unsendable = укладанняў, якія нельга адправіць: {$count}. На серверы іх больш няма, а гэта прылада выдаліла сваю зашыфраваную копію пасля першай загрузкі; версіі запісаў з гэтымі ўкладаннямі чакаюць
sync-sealing-deferred = канчаткова захаваны запіс яшчэ не зашыфраваны для арганізацыі; наступная сінхранізацыя зашыфруе яго: {$reason}
sync-earlier = апошняя сінхранізацыя не завяршылася: {$text}

## The NGO's recipient set

sync-set-unchecked = не ўдалося праверыць набор атрымальнікаў арганізацыі: {$problem}
sync-set-refused = новы набор атрымальнікаў арганізацыі адхілены: {$reason}
sync-set-malformed = ён пашкоджаны ({$detail})
sync-set-not-verified = ён не прайшоў праверку ({$detail})
sync-set-replayed = гэта версія {$offered}, яна старэйшая за бягучую версію {$current} (паўторна дасланы набор)
sync-set-changed = гэта версія {$version}, тая ж, што ўжываецца, але з іншым зместам
sync-set-unusable-recipient = аднаго з атрымальнікаў нельга ўжыць ({$detail})

## Why the server did not take a case

sync-case-too-large = занадта вялікі для сервера
sync-case-too-large-limit = занадта вялікі для сервера (абмежаванне ў байтах: {$limit})
sync-case-too-large-limit-mib = занадта вялікі для сервера (абмежаванне: {$mib} МіБ)
sync-case-refused = сервер адмовіў: {$message} ({$code})
sync-case-unexplained = сервер адмовіў і не назваў прычыну

## Details of errors raised while syncing

sync-detail-store-in-use = сховішча ўжо занятае гэтай сінхранізацыяй
sync-detail-signing-key = ключ подпісу арганізацыі пашкоджаны
sync-detail-device-key = ключ прылады пашкоджаны
sync-detail-already-enrolled = гэта сховішча ўжо падключана да сервера
sync-detail-not-enrolled = гэта сховішча яшчэ не падключана да сервера
sync-detail-enrollment-code = гэта не код падключэння: {$detail}
sync-detail-outbox-signature = подпіс у чарзе адпраўкі пашкоджаны
sync-detail-outbox-id = ідэнтыфікатар у чарзе адпраўкі пашкоджаны
sync-detail-case-id = ідэнтыфікатар запісу пашкоджаны
sync-detail-row-count = колькасць радкоў адмоўная
sync-detail-recipients-together = ключы атрымальнікаў арганізацыі нельга ўжыць разам
sync-detail-no-recipients = патрэбны хаця б адзін ключ атрымальніка арганізацыі
sync-detail-not-a-recipient = гэта не атрымальнік age X25519: {$recipient}
sync-detail-not-an-identity = гэта не файл ключа age (AGE-SECRET-KEY-1…)
sync-detail-identity-cannot-open = гэты ключ арганізацыі не адкрывае зашыфраваны файл
sync-detail-sealed-file = зашыфраваны файл не з'яўляецца файлам age
sync-detail-sealed-file-altered = зашыфраваны файл не прайшоў праверку сапраўднасці
sync-detail-payload-too-large = зашыфраваныя даныя большыя за любы запіс
sync-detail-payload-shape = у зашыфраваных даных нечаканая структура
sync-detail-payload-format = невядомы фармат даных {$format}
sync-detail-payload-moved = зашыфраваныя даныя перанесены пад іншы ідэнтыфікатар адпраўкі
