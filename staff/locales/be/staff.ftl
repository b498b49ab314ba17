# Словы інструментаў супрацоўнікаў: табліцы статыстыкі (wave staff stats) і прычыны, з якіх
# атрыманая адпраўка адхілена (wave staff pull, працоўнае месца). Змесціва запісаў сюды не трапляе.

## wave staff stats

stats-summary = Запісаў: усяго {$all}, са згодай на статыстыку {$public}.
stats-unknown-form = { $count ->
    [one] Яшчэ {$count} запіс па апытальніку, якога гэтая праграма не ведае, не ўлічаны.
    [few] Яшчэ {$count} запісы па апытальніку, якога гэтая праграма не ведае, не ўлічаныя.
    [many] Яшчэ {$count} запісаў па апытальніку, якога гэтая праграма не ведае, не ўлічана.
   *[other] Яшчэ {$count} запісу па апытальніку, якога гэтая праграма не ведае, не ўлічана.
}
stats-public-title = Публічныя даныя (толькі запісы са згодай)
stats-all-title = Усе запісы (для ўнутранай працы, не для публікацыі)
stats-cases-count = { $count ->
    [one] {$count} запіс
    [few] {$count} запісы
    [many] {$count} запісаў
   *[other] {$count} запісу
}
stats-by-country = па краінах
stats-by-violation = па відах парушэнняў
stats-by-month = па месяцах
stats-none = (няма)
stats-unknown = няма адказу
stats-sexual-violence = сэксуальны гвалт (усе формы)

## Чаму адпраўка адхілена ($subject: адрас або нумар файла ці фармат змесціва)

reject-not-decodable = Канверт, подпіс або ключ прылады не ўдаецца прачытаць.
reject-bad-signature = Подпіс прылады не супадае з канвертам: яго змянілі пасля подпісу або падпісала не гэтая прылада.
reject-device-key-changed = Сервер даў для гэтай прылады іншы адкрыты ключ, чым калі яна з'явілася ўпершыню.
reject-not-for-identity = Канверт зашыфраваны не для гэтага ключа арганізацыі, або яго загаловак пашкоджаны.
reject-envelope-damaged = Канверт не прайшоў праверку сапраўднасці: ён пашкоджаны.
reject-payload-too-large = Змесціва большае за любы запіс.
reject-payload-not-a-case = Змесціва — не запіс Wave.
reject-payload-format = Невядомы фармат змесціва {$subject}.
reject-payload-other-submission = Змесціва называе іншы нумар адпраўкі: яго перанеслі пад гэты.
reject-payload-case-id = Нумар запісу ў змесціве — не UUID.
reject-payload-too-many-attachments = У змесціве зашмат файлаў.
reject-payload-attachment-list = У файла няправільны адбітак або паўторны нумар.
reject-blob-missing = На серверы няма файла {$subject}.
reject-blob-hash-mismatch = Адбітак файла {$subject} на серверы не супадае з яго адрасам.
reject-attachment-not-for-identity = Файл {$subject} зашыфраваны не для гэтага ключа арганізацыі.
reject-attachment-damaged = Файл {$subject} не прайшоў праверку сапраўднасці на паўдарозе: ён пашкоджаны.
reject-attachment-mismatch = Файл {$subject} не супадае з адбіткам SHA-256 і памерам, запісанымі на прыладзе.
reject-case-of-another-device = Гэты нумар запісу ўжо даслала іншая прылада: прылада можа дасылаць толькі версіі сваіх запісаў.

## Адхіленні, захаваныя да таго, як стала захоўвацца праверка: толькі від

reject-kind-undecryptable = Канверт не адкрываецца гэтым ключом арганізацыі або пашкоджаны.
reject-kind-bad-payload = Канверт адкрыўся, але ў ім няма правільнага запісу для гэтай адпраўкі.
reject-kind-blob-missing = На серверы няма файла, названага ў запісе.
reject-kind-blob-hash-mismatch = Адбітак файла на серверы не супадае з яго адрасам.
reject-kind-attachment-undecryptable = Файл не адкрываецца гэтым ключом арганізацыі або пашкоджаны.
reject-kind-attachment-hash-mismatch = Файл не супадае з адбіткам SHA-256 і памерам, запісанымі на прыладзе.
