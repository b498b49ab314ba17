# Кызматкерлердин куралдарынын сөздөрү: статистика таблицалары (wave staff stats) жана алынган
# жөнөтмөнүн кабыл алынбаган себептери (wave staff pull, иш орду). Жазуулардын мазмуну бул жерде көрүнбөйт.

## wave staff stats

stats-summary = Жазуулар: бардыгы {$all}, статистикага макулдугу менен {$public}.
stats-unknown-form = { $count ->
    [one] Бул программа билбеген сурамжылоо боюнча дагы {$count} жазуу эсепке алынган жок.
   *[other] Бул программа билбеген сурамжылоо боюнча дагы {$count} жазуу эсепке алынган жок.
}
stats-public-title = Ачык маалымат (макулдук берилген жазуулар гана)
stats-all-title = Бардык жазуулар (ички иш үчүн, жарыялоо үчүн эмес)
stats-cases-count = { $count ->
    [one] {$count} жазуу
   *[other] {$count} жазуу
}
stats-by-country = өлкөлөр боюнча
stats-by-violation = бузуу түрлөрү боюнча
stats-by-month = айлар боюнча
stats-none = (жок)
stats-unknown = жооп жок
stats-sexual-violence = сексуалдык зомбулук (бардык түрү)

## Жөнөтмө эмне үчүн кабыл алынган жок ($subject: тиркеменин дареги же номери, же мазмундун форматы)

reject-not-decodable = Конвертти, кол тамганы же түзмөктүн ачкычын окууга болбойт.
reject-bad-signature = Түзмөктүн кол тамгасы конвертке дал келбейт: ал кол коюлгандан кийин өзгөртүлгөн же ага бул түзмөк кол койгон эмес.
reject-device-key-changed = Сервер бул түзмөк үчүн ал биринчи көрүнгөндөгүдөн башка ачык ачкыч берди.
reject-not-for-identity = Конверт уюмдун бул ачкычына шифрленген эмес же анын башы бузулган.
reject-envelope-damaged = Конверт аныктыгын текшерүүдөн өткөн жок: ал бузулган.
reject-payload-too-large = Мазмун каалаган жазуудан чоң.
reject-payload-not-a-case = Мазмун Wave жазуусу эмес.
reject-payload-format = Мазмундун белгисиз форматы {$subject}.
reject-payload-other-submission = Мазмунда башка жөнөтмөнүн номери көрсөтүлгөн: ал ушул номердин астына которулган.
reject-payload-case-id = Мазмундагы жазуунун номери UUID эмес.
reject-payload-too-many-attachments = Мазмунда тиркемелер өтө көп.
reject-payload-attachment-list = Тиркеменин изи туура эмес же номери кайталанат.
reject-blob-missing = Серверде {$subject} тиркемеси жок.
reject-blob-hash-mismatch = Сервердеги {$subject} тиркемесинин изи анын дарегине дал келбейт.
reject-attachment-not-for-identity = {$subject} тиркемеси уюмдун бул ачкычына шифрленген эмес.
reject-attachment-damaged = {$subject} тиркемеси аныктыгын текшерүүдөн жарым жолдо өткөн жок: ал бузулган.
reject-attachment-mismatch = {$subject} тиркемеси түзмөктө жазылган SHA-256 изине жана өлчөмүнө дал келбейт.
reject-case-of-another-device = Бул жазуунун номерин мурун башка түзмөк жөнөткөн: түзмөк өз жазууларынын версияларын гана жөнөтө алат.

## Текшерүү сакталганга чейин сакталган четке кагуулар: түрү гана

reject-kind-undecryptable = Конверт уюмдун бул ачкычы менен ачылбайт же бузулган.
reject-kind-bad-payload = Конверт ачылды, бирок анда бул жөнөтмө үчүн туура жазуу жок.
reject-kind-blob-missing = Серверде жазууда аталган тиркеме жок.
reject-kind-blob-hash-mismatch = Сервердеги тиркеменин изи анын дарегине дал келбейт.
reject-kind-attachment-undecryptable = Тиркеме уюмдун бул ачкычы менен ачылбайт же бузулган.
reject-kind-attachment-hash-mismatch = Тиркеме түзмөктө жазылган SHA-256 изине жана өлчөмүнө дал келбейт.
