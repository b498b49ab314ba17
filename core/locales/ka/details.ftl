# ბირთვის შეცდომების მუდმივი დეტალები (დაზიანება, შეუძლებელი მდგომარეობა, უარყოფილი მონაცემები).
# Draft translation until a native speaker signs it off (docs/translating.md).
# ისინი შეცდომის საკუთარი სიტყვების შემდეგ მოდის. $reason: ბიბლიოთეკის ან პროტოკოლის სიტყვები
# (ინგლისურად, როგორც მოვიდა); $text: რაც აიკრიფა.

## რას ეძებდნენ და ვერ იპოვეს („ვერ მოიძებნა: შემთხვევა 1234“)

detail-kind-case = შემთხვევა
detail-kind-attachment = დანართი
detail-kind-case-version = შემთხვევის ვერსია

## შენახული მონაცემები დაზიანებული ან შეცვლილია

detail-kdf-params-invalid = გასაღების მიღების პარამეტრები დაუშვებელია
detail-kdf-failed = გასაღების მიღება ვერ მოხერხდა
detail-key-file-altered = გასაღებების ფაილი შეცვლილია
detail-key-file-too-short = გასაღებების ფაილი ძალიან მოკლეა
detail-key-file-too-long = გასაღებების ფაილი ძალიან გრძელია
detail-key-file-unknown-version = გასაღებების ფაილის ვერსია უცნობია
detail-key-file-header-damaged = გასაღებების ფაილის სათაური დაზიანებულია
detail-key-file-header-malformed = გასაღებების ფაილის სათაურს არასწორი ფორმა აქვს
detail-key-file-impossible-costs = გასაღებების ფაილი გასაღების მისაღებად შეუძლებელ დანახარჯს ითხოვს
detail-record-empty = დაშიფრული ჩანაწერი ცარიელია
detail-record-unknown-version = დაშიფრული ჩანაწერის ვერსია უცნობია
detail-record-failed-authentication = დაშიფრულმა ჩანაწერმა ნამდვილობის შემოწმება ვერ გაიარა
detail-record-impossible-length = დაშიფრულ ჩანაწერს შეუძლებელი სიგრძე აქვს
detail-record-unexpected-shape = დაშიფრულ ჩანაწერს მოულოდნელი ფორმა აქვს
detail-attachment-truncated = დანართის ფაილი შეკვეცილია
detail-attachment-unknown-version = დანართის ფაილის ვერსია უცნობია
detail-attachment-failed-authentication = დანართის ფაილმა ნამდვილობის შემოწმება ვერ გაიარა
detail-attachment-key-malformed = დანართის გასაღებს არასწორი ფორმა აქვს
detail-attachment-fingerprint-mismatch = დანართი არ ემთხვევა მის ჩაწერილ ანაბეჭდს
detail-attachment-record-malformed = დანართის შესახებ ჩანაწერს არასწორი ფორმა აქვს
detail-attachment-of-another-case = დანართის შესახებ ჩანაწერი სხვა შემთხვევას ეკუთვნის
detail-attachment-id-malformed = დანართის იდენტიფიკატორს არასწორი ფორმა აქვს
detail-version-out-of-place = დასრულებული ვერსია თავის ადგილზე არ არის
detail-case-id-malformed = შემთხვევის იდენტიფიკატორს არასწორი ფორმა აქვს
detail-case-unknown-status = შემთხვევის მდგომარეობა უცნობია
detail-row-count-negative = სტრიქონების რაოდენობა უარყოფითია
detail-database-missing = შემთხვევების მონაცემთა ბაზა არ არის
detail-database-no-key-check = შემთხვევების მონაცემთა ბაზას გასაღების შემოწმება არ აქვს
detail-database-other-vault = შემთხვევების მონაცემთა ბაზა ამ საცავს არ ეკუთვნის
detail-database-integrity = შემთხვევების მონაცემთა ბაზამ მთლიანობის შემოწმება ვერ გაიარა

## მოქმედება, რომელიც ახლა შეუძლებელია

detail-case-finalized = დასრულებული შემთხვევის შეცვლა შეუძლებელია; ჯერ შექმენით შემთხვევის ახალი ვერსია
detail-case-changed-meanwhile = შემთხვევა შენახვისას შეიცვალა; სცადეთ ხელახლა
detail-case-already-finalized = შემთხვევა უკვე დასრულებულია
detail-case-not-finalized = ახალი ვერსიის შექმნა მხოლოდ დასრულებული შემთხვევისთვის შეიძლება
detail-case-not-stored = შემთხვევა არ შენახულა
detail-safety-stop = უსაფრთხოების კითხვები ჩაწერას აჩერებს: არაფერი ინახება
detail-session-lost-place = კითხვარმა თავისი ადგილი დაკარგა; განაახლეთ იგი
detail-section-no-question = განყოფილებაში საჩვენებელი კითხვა არ არის
detail-answers-not-written = პასუხების ჩაწერა ვერ მოხერხდა
detail-database-exists = აქ შემთხვევების მონაცემთა ბაზა უკვე არსებობს
detail-vault-newer = ეს საცავი Wave-ის უფრო ახალმა ვერსიამ ჩაწერა; მის გასახსნელად განაახლეთ აპლიკაცია
detail-key-slot-unauthenticated = გასაღების უჯრის ნამდვილობის შემოწმება ვერ მოხერხდა
detail-helper-thread-stopped = დანართების დამხმარე ნაკადი შეჩერდა
detail-attachment-encryption-failed = დანართის დაშიფვრა ვერ მოხერხდა
detail-tls-setup = TLS-ის მომზადება ვერ მოხერხდა
detail-http-client-setup = HTTP კლიენტის მომზადება ვერ მოხერხდა

## უარყოფილი მონაცემები

detail-passphrase-empty = საიდუმლო ფრაზა ცარიელია
detail-new-passphrase-empty = ახალი საიდუმლო ფრაზა ცარიელია
detail-duress-passphrase-empty = მეორე საიდუმლო ფრაზა (საფრთხის შემთხვევისთვის) ცარიელია
detail-new-passphrase-is-duress = ახალი საიდუმლო ფრაზა ემთხვევა მეორე საიდუმლო ფრაზას (საფრთხის შემთხვევისთვის); აირჩიეთ სხვა
detail-duress-same-as-passphrase = მეორე საიდუმლო ფრაზა (საფრთხის შემთხვევისთვის) საცავის საიდუმლო ფრაზისგან უნდა განსხვავდებოდეს
detail-failure-limit-zero = არასწორი ცდების ზღვარი სულ მცირე 1 უნდა იყოს
detail-pin-needs-wipe = { $tries ->
    [one] საცავის საიდუმლო ფრაზა მოკლე პინ-კოდია, რომელსაც ყველაფრის წაშლა სჭირდება არაუმეტეს {$tries} არასწორი ცდის შემდეგ; ჯერ შეცვალეთ იგი საიდუმლო ფრაზით
   *[other] საცავის საიდუმლო ფრაზა მოკლე პინ-კოდია, რომელსაც ყველაფრის წაშლა სჭირდება არაუმეტეს {$tries} არასწორი ცდის შემდეგ; ჯერ შეცვალეთ იგი საიდუმლო ფრაზით
}
detail-kdf-below-minimum = გასაღების მიღების პარამეტრები მინიმუმზე დაბალია (19 MiB, 2 გავლა)
detail-attachment-too-large = დანართი ძალიან დიდია დასაშიფრად
detail-record-too-large = ჩანაწერი ძალიან დიდია შესანახად
detail-not-json = ჩანაწერის JSON-ად ჩაწერა ვერ მოხერხდა: {$reason}
detail-invalid-case-id = ეს არ არის შემთხვევის იდენტიფიკატორი: {$text}
detail-invalid-attachment-id = ეს არ არის დანართის იდენტიფიკატორი: {$text}
detail-server-address = სერვერის მისამართი არასწორია: {$reason}

## მოწყობილობის გასაღებების დაცული საცავი

detail-no-keystore = ეს საცავი მოწყობილობის გასაღებების დაცულ საცავთანაა მიბმული, მაგრამ ის არ გადმოცემულა

## კითხვარის დასრულება

detail-finish-problems = { $count ->
    [one] {$count} პრობლემა ხელს უშლის შემთხვევის დასრულებას
   *[other] {$count} პრობლემა ხელს უშლის შემთხვევის დასრულებას
}
detail-sealing-not-noted = {$reason} (ამის სინქრონიზაციის მდგომარეობაში ჩაწერაც ვერ მოხერხდა: {$noted})

## რატომ ვერ დავუკავშირდით სერვერს

detail-pin-mismatch = სერვერის გასაღები არ ემთხვევა დამაგრებულ გასაღებს
detail-server-timeout = სერვერმა დროულად არ უპასუხა
detail-no-connection = სერვერთან კავშირი არ არის
detail-connection-broke = კავშირი გაწყდა სერვერის პასუხის კითხვისას
detail-request-failed = სერვერთან მოთხოვნა ვერ შესრულდა

detail-page-malformed = შემთხვევების შეჯამებების გვერდი დაზიანებულია
detail-page-unknown-format = შემთხვევების შეჯამებების გვერდს უცნობი ფორმატი აქვს
detail-pages-incomplete = შეჯამებების გვერდები ყველა შემთხვევას არ მოიცავს
detail-page-unknown-case = შეჯამებების გვერდი ასახელებს შემთხვევას, რომელიც არ არსებობს
detail-summary-too-large = შემთხვევის შეჯამება შესანახად ზედმეტად დიდია
