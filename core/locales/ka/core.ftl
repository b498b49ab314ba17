# Wave-ის ბირთვი: რას ამბობს კითხვარი და საიდუმლო ფრაზის წესი, ქართულად.
# Draft translation until a native speaker signs it off (docs/translating.md).
# ცვლადები: $min, $max (რიცხვები), $count (რაოდენობა), $precision (თარიღის სიზუსტის სახელი),
# $digits, $tries (რაოდენობები), $reason (ქვემოთ მოცემული ერთ-ერთი მინიშნება).

## რატომ არ მიიღება პასუხი

invalid-required = გთხოვთ, უპასუხოთ ამ კითხვას.
invalid-wrong-type = ეს პასუხი კითხვას არ შეესაბამება.
invalid-unknown-choice = გთხოვთ, აირჩიოთ ერთ-ერთი ვარიანტი.
invalid-duplicate-choice = თითოეული ვარიანტის არჩევა მხოლოდ ერთხელ შეიძლება.
invalid-not-integer = გთხოვთ, შეიყვანოთ მთელი რიცხვი.
invalid-below-min = რიცხვი არ უნდა იყოს {$min}-ზე ნაკლები.
invalid-above-max = რიცხვი არ უნდა იყოს {$max}-ზე მეტი.
invalid-bad-date = ეს არასწორი თარიღია.
invalid-precision-not-allowed = „{$precision}“ აქ დაშვებული არ არის.
invalid-bad-time = გთხოვთ, დრო შეიყვანოთ ასე: სთ:წთ (24-საათიანი ფორმატით).
invalid-bad-duration = გთხოვთ, შეიყვანოთ წუთების მთელი რაოდენობა — ნული ან მეტი.
invalid-bad-latitude = განედი უნდა იყოს -90-სა და 90-ს შორის.
invalid-bad-longitude = გრძედი უნდა იყოს -180-სა და 180-ს შორის.
invalid-bad-accuracy = სიზუსტე უნდა იყოს ნული მეტრი ან მეტი.
invalid-multi-line = გთხოვთ, ეს ერთ ხაზზე დაწეროთ.
invalid-bad-attachment = თითოეული დანართის დამატება მხოლოდ ერთხელ შეიძლება.
invalid-info-not-true = გთხოვთ, დაადასტუროთ, რომ ეს წაიკითხეთ.
invalid-too-few = გთხოვთ, დაამატოთ მინიმუმ {$count}.
invalid-too-many = შეიძლება დაემატოს არაუმეტეს {$count}.
invalid-constraint = ეს პასუხი არ მიიღება.
invalid-not-relevant = ეს კითხვა ახლა საჭირო არ არის.
invalid-no-such-position = ასეთი კითხვა არ არსებობს.
invalid-repeat-not-settable = ჩანაწერები სათითაოდ დაამატეთ ან წაშალეთ.

## რამდენად ზუსტია თარიღი

precision-exact = ზუსტი თარიღი
precision-estimated = დაახლოებითი თარიღი
precision-month = მხოლოდ თვე

## პასუხი დიახ/არა

answer-yes = დიახ
answer-no = არა

## საიდუმლო ფრაზის წესი

passphrase-hint-empty = აკრიფეთ საიდუმლო ფრაზა.
passphrase-hint-common = ეს ერთ-ერთი ყველაზე ხშირად გამოყენებული პაროლია.
passphrase-hint-pattern = კლავიატურის მწკრივები, გამეორებები და ისეთი მიმდევრობები, როგორიცაა abc ან 1234, ადვილი გამოსაცნობია.
passphrase-hint-date = თარიღები და წლები ადვილი გამოსაცნობია.
passphrase-hint-single-word = ერთი სიტყვა ან სახელი ადვილი გამოსაცნობია.
passphrase-hint-add-words = ძალიან ადვილი გამოსაცნობია: დაამატეთ კიდევ რამდენიმე სიტყვა, რომლებიც ერთმანეთთან არ არის დაკავშირებული.
passphrase-hint-pin-too-short = პინ-კოდი მინიმუმ {$digits} ციფრისგან უნდა შედგებოდეს.
passphrase-hint-pin-accepted = პინ-კოდი მიღებულია: მას იცავს ამ მოწყობილობის გასაღებების დაცული საცავი და ყველაფრის წაშლა არაუმეტეს {$tries} არასწორი ცდის შემდეგ.
passphrase-hint-good = საკმარისად ძლიერია.
passphrase-hint-strong = ძლიერია.
passphrase-refusal = ეს საიდუმლო ფრაზა ძალიან სუსტია. {$reason}

## ხელახლა ნაჩვენები პასუხი (გადამოწმება, პასუხების შეჯამება)

answer-minutes = {$count} წთ
answer-date = {$date} ({$precision})
answer-attachments = { $count ->
    [one] {$count} დანართი
   *[other] {$count} დანართი
}
answer-entries = { $count ->
    [one] {$count} ჩანაწერი
   *[other] {$count} ჩანაწერი
}

## მართული სესია მოთხოვნილია ენაზე, რომელიც კითხვარში არ არის

session-unknown-language = კითხვარში არ არის ენა „{$lang}“; არის: {$languages}.

## შეცდომები (იგივე სიტყვები, რაც შეცდომის საკუთარ ჩვენებაში)

error-wrong-passphrase = არასწორი საიდუმლო ფრაზა
error-no-vault = მისამართზე {$path} საცავი არ არის
error-vault-exists = მისამართზე {$path} საცავი უკვე არსებობს
error-corrupted = შენახული მონაცემები დაზიანებული ან შეცვლილია: {$detail}
error-platform-secret = საცავის პლატფორმის საიდუმლო მიუწვდომელია: {$detail}
error-not-found = ვერ მოიძებნა: {$kind} {$id}
error-invalid-state = {$detail}
error-locked = საცავი ამასობაში ჩაიკეტა ან წაიშალა
error-invalid-input = არასწორი შეყვანილი მონაცემები: {$detail}
error-network = სერვერთან დაკავშირება ვერ მოხერხდა: {$detail}
error-pin-mismatch = სერვერის გასაღები არ ემთხვევა დამაგრებულ გასაღებს: შესაძლოა, კავშირი ჩაჭრილია, ან სერვერმა გასაღები შეცვალა ისეთით, რომელიც არ იყო დამაგრებული; არაფერი გაგზავნილა
error-server = სერვერმა უარი თქვა: {$message} ({$code})
error-io = ფაილის შეცდომა: {$detail}
error-database = მონაცემთა ბაზის შეცდომა: {$detail}

## მართული სესიის გაგრძელება და მასში გადაადგილება

session-not-a-draft = გაგრძელება მხოლოდ მონახაზისაა შესაძლებელი; ჯერ შექმენით შემთხვევის ახალი ვერსია.
session-other-form = შემთხვევა ჩაწერილია კითხვარით „{$recorded}“ და არა „{$form}“.
session-other-version = შემთხვევა ჩაწერილია კითხვარის „{$form}“ ვერსიით {$recorded} და არა ვერსიით {$version}.
session-answers-do-not-fit = შენახული პასუხები კითხვარს არ შეესაბამება: {$detail}
session-answers-shape = პასუხებს მოულოდნელი სახე აქვს: {$detail}
session-no-section = განყოფილება „{$section}“ არ არსებობს.
session-section-not-relevant = განყოფილება „{$section}“ ახლა საჭირო არ არის.
session-no-repeat = განმეორებადი ჯგუფი „{$repeat}“ არ არსებობს.
session-repeat-yes-or-no = უპასუხეთ „დიახ“, რომ დაამატოთ ჩანაწერი, ან „არა“, რომ გააგრძელოთ.
