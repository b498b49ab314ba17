# Why a sync could not finish or a case was not accepted, chosen when shown: ids sync-…

## Why a request kept failing (after every retry; the next sync continues)

sync-timeout = сервер өз убагында жооп берген жок
sync-no-connection = сервер менен байланыш жок
sync-answer-broken = сервердин жообу окулуп жатканда байланыш үзүлдү
sync-request-failed = серверге суроо ийгиликсиз болду
sync-answer-too-large = сервердин жообу өтө чоң
sync-answer-unreadable = сервердин жообун окуу мүмкүн болгон жок
sync-no-upload-offset = сервердин жообунда жүктөө орду жок
sync-server-busy = сервер бош эмес же үзгүлтүк менен иштеп жатат: {$message}
sync-answer-mismatch = сервердин жообу жөнөтүлгөн топтомго дал келбейт
sync-upload-stalled = сервер тиркеменин кийинки бөлүгүн кабыл алуудан кайра-кайра баш тартат
sync-upload-incomplete = сервер тиркемени жүктөөнү бүтүргөн жок
sync-upload-impossible-offset = сервер мүмкүн эмес жүктөө ордун билдирди

## Why a sync stopped

sync-too-large = суроо сервердин чегинен ашат
sync-too-large-limit = суроо сервердин чегинен ашат (чеги байт менен: {$limit})
sync-too-large-limit-mib = суроо сервердин чегинен ашат (чеги: {$mib} МиБ)
sync-attachments-unsendable = жөнөтүүгө болбой турган тиркемелер: {$count}. Серверде алар мындан ары жок, ал эми бул түзмөк биринчи жүктөөдөн кийин өзүнүн шифрленген көчүрмөсүн өчүрүп салган; аларды камтыган жазуу версиялары күтүп турат
sync-sealing-deferred = бүткөн жазуу уюм үчүн азырынча шифрлене элек; кийинки синхрондоо аны шифрлейт: {$reason}
sync-earlier = акыркы синхрондоо бүткөн жок: {$text}

## The NGO's recipient set

sync-set-unchecked = уюмдун алуучулар топтомун текшерүү мүмкүн болгон жок: {$problem}
sync-set-refused = уюмдун жаңы алуучулар топтому кабыл алынган жок: {$reason}
sync-set-malformed = ал бузулган ({$detail})
sync-set-not-verified = ал текшерүүдөн өткөн жок ({$detail})
sync-set-replayed = бул {$offered}-версия, колдонулуп жаткан {$current}-версиядан эски (кайра жөнөтүлгөн топтом)
sync-set-changed = бул {$version}-версия, колдонулуп жаткан версия, бирок мазмуну башка
sync-set-unusable-recipient = алуучулардын бирин колдонуу мүмкүн эмес ({$detail})

## Why the server did not take a case

sync-case-too-large = сервер үчүн өтө чоң
sync-case-too-large-limit = сервер үчүн өтө чоң (чеги байт менен: {$limit})
sync-case-too-large-limit-mib = сервер үчүн өтө чоң (чеги: {$mib} МиБ)
sync-case-refused = сервер баш тартты: {$message} ({$code})
sync-case-unexplained = сервер баш тартты, себебин айткан жок

## Details of errors raised while syncing

sync-detail-store-in-use = сактагычты бул синхрондоо колдонуп жатат
sync-detail-signing-key = уюмдун кол коюу ачкычы бузулган
sync-detail-device-key = түзмөктүн ачкычы бузулган
sync-detail-already-enrolled = бул сактагыч серверге мурунтан эле туташкан
sync-detail-not-enrolled = бул сактагыч серверге азырынча туташа элек
sync-detail-enrollment-code = бул туташуу коду эмес: {$detail}
sync-detail-outbox-signature = жөнөтүү кезегиндеги кол тамга бузулган
sync-detail-outbox-id = жөнөтүү кезегиндеги идентификатор бузулган
sync-detail-case-id = жазуунун идентификатору бузулган
sync-detail-row-count = саптардын саны терс
sync-detail-recipients-together = уюмдун алуучуларынын ачкычтарын чогуу колдонуу мүмкүн эмес
sync-detail-no-recipients = уюмдун алуучусунун жок дегенде бир ачкычы керек
sync-detail-not-a-recipient = бул age X25519 алуучусу эмес: {$recipient}
sync-detail-not-an-identity = бул age ачкыч файлы эмес (AGE-SECRET-KEY-1…)
sync-detail-identity-cannot-open = уюмдун бул ачкычы шифрленген файлды ача албайт
sync-detail-sealed-file = шифрленген файл туура age файлы эмес
sync-detail-sealed-file-altered = шифрленген файл аныктыкты текшерүүдөн өткөн жок
sync-detail-payload-too-large = шифрленген маалыматтар каалаган жазуудан чоң
sync-detail-payload-shape = шифрленген маалыматтардын түзүлүшү күтүлбөгөн
sync-detail-payload-format = маалыматтардын белгисиз форматы {$format}
sync-detail-payload-moved = шифрленген маалыматтар башка жөнөтүү идентификаторуна көчүрүлгөн
