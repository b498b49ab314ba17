# Қызметкерлер құралдарының сөздері: статистика кестелері (wave staff stats) және алынған жіберілімнің
# қабылданбау себептері (wave staff pull, жұмыс орны). Жазбалардың мазмұны мұнда көрінбейді.

## wave staff stats

stats-summary = Жазбалар: барлығы {$all}, статистикаға келісіммен {$public}.
stats-unknown-form = { $count ->
    [one] Бұл бағдарлама білмейтін сауалнама бойынша тағы {$count} жазба есепке алынбады.
   *[other] Бұл бағдарлама білмейтін сауалнама бойынша тағы {$count} жазба есепке алынбады.
}
stats-public-title = Ашық деректер (тек келісім берілген жазбалар)
stats-all-title = Барлық жазбалар (ішкі жұмыс үшін, жариялауға емес)
stats-cases-count = { $count ->
    [one] {$count} жазба
   *[other] {$count} жазба
}
stats-by-country = елдер бойынша
stats-by-violation = бұзушылық түрлері бойынша
stats-by-month = айлар бойынша
stats-none = (жоқ)
stats-unknown = жауап жоқ
stats-sexual-violence = жыныстық зорлық-зомбылық (барлық түрі)

## Жіберілім неге қабылданбады ($subject: тіркеменің мекенжайы не нөмірі, не мазмұнның пішімі)

reject-not-decodable = Конвертті, қолтаңбаны немесе құрылғы кілтін оқу мүмкін емес.
reject-bad-signature = Құрылғының қолтаңбасы конвертке сәйкес келмейді: ол қол қойылғаннан кейін өзгертілген немесе оған бұл құрылғы қол қоймаған.
reject-device-key-changed = Сервер бұл құрылғы үшін ол алғаш көрінгендегіден басқа ашық кілт берді.
reject-not-for-identity = Конверт ұйымның осы кілтіне шифрланбаған немесе оның тақырыбы зақымдалған.
reject-envelope-damaged = Конверт түпнұсқалықты тексеруден өтпеді: ол зақымдалған.
reject-payload-too-large = Мазмұн кез келген жазбадан үлкен.
reject-payload-not-a-case = Мазмұн Wave жазбасы емес.
reject-payload-format = Мазмұнның белгісіз пішімі {$subject}.
reject-payload-other-submission = Мазмұнда басқа жіберілім нөмірі көрсетілген: ол осы нөмірдің астына ауыстырылған.
reject-payload-case-id = Мазмұндағы жазба нөмірі UUID емес.
reject-payload-too-many-attachments = Мазмұнда тіркемелер тым көп.
reject-payload-attachment-list = Тіркеменің таңбасы қате немесе нөмірі қайталанады.
reject-blob-missing = Серверде {$subject} тіркемесі жоқ.
reject-blob-hash-mismatch = Сервердегі {$subject} тіркемесінің таңбасы оның мекенжайына сәйкес келмейді.
reject-attachment-not-for-identity = {$subject} тіркемесі ұйымның осы кілтіне шифрланбаған.
reject-attachment-damaged = {$subject} тіркемесі түпнұсқалықты тексеруден жартылай жолда өтпеді: ол зақымдалған.
reject-attachment-mismatch = {$subject} тіркемесі құрылғыда жазылған SHA-256 таңбасына және өлшеміне сәйкес келмейді.
reject-case-of-another-device = Бұл жазба нөмірін бұрын басқа құрылғы жіберген: құрылғы тек өз жазбаларының нұсқаларын жібере алады.

## Тексеру сақталмай тұрып сақталған бас тартулар: тек түрі

reject-kind-undecryptable = Конверт ұйымның осы кілтімен ашылмайды немесе зақымдалған.
reject-kind-bad-payload = Конверт ашылды, бірақ онда бұл жіберілімге дұрыс жазба жоқ.
reject-kind-blob-missing = Серверде жазбада аталған тіркеме жоқ.
reject-kind-blob-hash-mismatch = Сервердегі тіркеменің таңбасы оның мекенжайына сәйкес келмейді.
reject-kind-attachment-undecryptable = Тіркеме ұйымның осы кілтімен ашылмайды немесе зақымдалған.
reject-kind-attachment-hash-mismatch = Тіркеме құрылғыда жазылған SHA-256 таңбасына және өлшеміне сәйкес келмейді.
