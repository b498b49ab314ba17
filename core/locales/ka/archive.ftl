# Fixed details of the errors the staff tools raise through the core's error type: ids archive-…

## არქივი

archive-not-an-archive = {$path} Wave-ის საცავია, მაგრამ არა თანამშრომლების არქივი
archive-row-other-submission = არქივის სტრიქონში სხვა გზავნილია დასახელებული
archive-kind-submission = გზავნილი
archive-page-check-failed = გზავნილების გვერდის შემოწმება მოულოდნელად ჩაიშალა
archive-case-without-version = არქივის შემთხვევას დასრულებული ვერსია არ აქვს
archive-journal-order = ცვლილებების ისტორია (შემთხვევაზე მუშაობა ან რედაქტირება) დარღვეულია: ჩანაწერი გადაადგილებულია ან ამოღებულია
archive-newer-version = ეს არქივი Wave-ის უფრო ახალი ვერსიით არის ჩაწერილი; მის გასახსნელად განაახლეთ Wave
archive-digest-unparsed = შემოწმებული ანაბეჭდის წაკითხვა ვერ მოხერხდა
archive-random-failed = სისტემის შემთხვევითი რიცხვების წყარომ ვერ იმუშავა
archive-no-random-source = შემთხვევითი რიცხვების წყარო არ არის: {$error}
archive-csv-row = CSV-ის სტრიქონის ჩაწერა ვერ მოხერხდა
archive-csv-table = CSV-ის ცხრილის ჩაწერა ვერ მოხერხდა
archive-export-format = ექსპორტის უცნობი ფორმატი {$format}: მოსალოდნელია csv, json ან geojson

## სერვერი და გასაღებები

archive-token-invalid = თანამშრომლის ტოკენი ცარიელია ან შეიცავს ჰარებს ან მმართველ სიმბოლოებს
archive-enrollment-code-lifetime = { $days ->
    [one] დაკავშირების კოდი მოქმედებს 1 წამიდან {$days} დღემდე
   *[other] დაკავშირების კოდი მოქმედებს 1 წამიდან {$days} დღემდე
}
archive-signing-key-file = ეს Wave-ის ხელმოწერის გასაღების ფაილი არ არის (მოსალოდნელია ერთი სტრიქონი, რომელიც WAVE-SIGNING-KEY-1:-ით იწყება)
archive-signing-public-key-length = ხელმოწერის საჯარო გასაღები base64-ში 32 ბაიტი უნდა იყოს
archive-signing-public-key-invalid = ხელმოწერის საჯარო გასაღები სწორი Ed25519 გასაღები არ არის
archive-recipient-set-unreadable = სერვერზე მიმღებთა ნაკრები დაზიანებულია: {$error}
archive-recipient-set-unverified = სერვერის მიერ მოწოდებული მიმღებთა ნაკრები ამ ხელმოწერის გასაღებით შემოწმებას ვერ გადის: {$error}
archive-recipient-set-give-version = სერვერის მიერ მოწოდებული მიმღებთა ნაკრების შემოწმება ამ ხელმოწერის გასაღებით ვერ ხერხდება ({$error}); გამოსაქვეყნებელი ვერსია პირდაპირ მიუთითეთ, ადრე გამოქვეყნებულ ყველა ვერსიაზე მაღალი
archive-recipient-set-last-version = გამოქვეყნებული ვერსიის გადაჭარბება შეუძლებელია
archive-recipient-set-unsigned = მიმღებთა ნაკრების შექმნა ვერ ხერხდება: {$error}

## გასაღების ფაილის წილები ($number: რომელი წილი, 1-დან დათვლით)

archive-share-threshold = ზღვარი უნდა იყოს მინიმუმ 2 და მაქსიმუმ წილების რაოდენობა ({$total})
archive-share-file-size = { $max ->
    [one] გაყოფა შეიძლება მხოლოდ 1-დან {$max} ბაიტამდე ფაილის
   *[other] გაყოფა შეიძლება მხოლოდ 1-დან {$max} ბაიტამდე ფაილის
}
archive-share-not-a-share = წილი {$number} Wave-ის წილი არ არის (ის WAVE-SHARE-1-ით უნდა იწყებოდეს)
archive-share-typo = წილში {$number} შეცდომაა: მისი საკონტროლო ჯამი (ბოლო ჯგუფი) არ ემთხვევა; შეადარეთ ის დაბეჭდილ წილს სიმბოლო-სიმბოლო
archive-share-fields = წილი {$number} დაზიანებულია: მას მოსალოდნელი ველები არ აქვს
archive-share-other-secret = წილი {$number} Wave-ის გასაღებისთვის არ არის
archive-share-threshold-unreadable = წილი {$number} დაზიანებულია: მისი ზღვრის წაკითხვა შეუძლებელია
archive-share-number-unreadable = წილი {$number} დაზიანებულია: მისი ნომრის წაკითხვა შეუძლებელია
archive-share-not-hex = წილი {$number} დაზიანებულია: ის თექვსმეტობითი არ არის
archive-share-too-short = წილი {$number} დაზიანებულია: ის ძალიან მოკლეა
archive-share-damaged = წილი {$number} დაზიანებულია
archive-share-none = არცერთი წილი არ არის მოცემული
archive-share-other-split = წილი {$number} სხვა დაყოფას ეკუთვნის, ვიდრე წილი 1; გამოიყენეთ ერთად დაბეჭდილი წილები
archive-share-too-few = { $needed ->
    [one] საჭიროა {$needed} განსხვავებული წილი
   *[other] საჭიროა {$needed} განსხვავებული წილი
}, რომ აღდგეს { $kind ->
    [signing-key] ორგანიზაციის ხელმოწერის გასაღები
   *[identity] ორგანიზაციის გასაღები
}; მოცემული წილები: {$given}
archive-share-no-restore = წილები ფაილს ვერ აღადგენს: ერთ-ერთი მათგანი სხვა დაყოფიდანაა ან შეცვლილია
archive-share-qr-too-big = წილი QR-კოდში არ ეტევა
archive-share-qr-image = QR-სურათის ჩაწერა ვერ ხერხდება: {$error}

## შემთხვევაზე მუშაობა და რედაქტირება სამუშაო სივრცეში

archive-followup-empty = ცვლილება ცარიელია
archive-followup-no-author = არ არის მითითებული, ვინ შეიტანა ცვლილება
archive-followup-referral = უცნობი გადამისამართება
archive-followup-complaint = საჩივრის უცნობი ორგანო
archive-followup-due = ვადა თარიღი უნდა იყოს (წწწწ-თთ-დდ)
archive-followup-too-long = ტექსტი ძალიან გრძელია
archive-redaction-author = რედაქციაში ჩაწერილი უნდა იყოს, ვინ და როდის გააკეთა
archive-redaction-item = რედაქტირებული პასუხი კითხვას არ ასახელებს
archive-redaction-too-long = { $max ->
    [one] რედაქტირებული პასუხი {$max} ბაიტზე გრძელია
   *[other] რედაქტირებული პასუხი {$max} ბაიტზე გრძელია
}

## სამუშაო სივრცის საკუთარი კატალოგი (გაფუჭებული აწყობა)

archive-workspace-catalog-parse = სამუშაო სივრცის თარგმანის ფაილი არ იკითხება
archive-workspace-language-tag = სამუშაო სივრცის ენის კოდი არასწორია
archive-workspace-catalog-repeat = სამუშაო სივრცის თარგმანის ფაილში შეტყობინება მეორდება

archive-server-blob-offered-too-large = სერვერმა შემოგვთავაზა ფაილი, რომელიც ნებისმიერ დანართზე დიდია
archive-server-blob-sent-too-large = სერვერმა გამოგზავნა ფაილი, რომელიც ნებისმიერ დანართზე დიდია
archive-server-answer-too-large = სერვერის პასუხი ზედმეტად დიდია; ჩამოტვირთეთ უფრო მცირე გვერდებით
archive-server-answer-unexpected = სერვერის პასუხი არ არის ის, რასაც Wave-ის ეს ვერსია ელის
archive-server-no-explanation = სერვერმა მიზეზი არ განმარტა
archive-server-set-missing = სერვერი არ გასცემს მიმღებთა ნაკრებს, რომელიც ახლახან მიიღო
archive-server-set-different = სერვერი გასცემს სხვა მიმღებთა ნაკრებს და არა ახლახან გამოქვეყნებულს
