# Wave-ის ბირთვი: რას ამბობს კითხვარი და საიდუმლო ფრაზის წესი, ქართულად. სამუშაო თარგმანი
# (draft): მას ამოწმებს მშობლიური ენის მცოდნე (docs/translating.md).

## რატომ არ მიიღება პასუხი

invalid-required = გთხოვთ, უპასუხოთ ამ კითხვას.
invalid-wrong-type = ეს პასუხი კითხვას არ შეესაბამება.
invalid-unknown-choice = გთხოვთ, აირჩიოთ ერთ-ერთი ვარიანტი.
invalid-duplicate-choice = თითოეული ვარიანტის არჩევა მხოლოდ ერთხელ შეიძლება.
invalid-not-integer = გთხოვთ, ჩაწეროთ მთელი რიცხვი.
invalid-below-min = რიცხვი უნდა იყოს არანაკლებ {$min}.
invalid-above-max = რიცხვი უნდა იყოს არაუმეტეს {$max}.
invalid-bad-date = ეს სწორი თარიღი არ არის.
invalid-precision-not-allowed = „{$precision}“ აქ დაუშვებელია.
invalid-bad-time = ჩაწერეთ დრო სს:წწ ფორმატით (24 საათი).
invalid-bad-duration = ჩაწერეთ წუთების მთელი რიცხვი, ნული ან მეტი.
invalid-bad-latitude = განედი უნდა იყოს -90-დან 90-მდე.
invalid-bad-longitude = გრძედი უნდა იყოს -180-დან 180-მდე.
invalid-bad-accuracy = სიზუსტე უნდა იყოს ნული მეტრი ან მეტი.
invalid-multi-line = გთხოვთ, ეს ერთ ხაზზე დაწეროთ.
invalid-bad-attachment = თითოეული ფაილის დამატება მხოლოდ ერთხელ შეიძლება.
invalid-info-not-true = გთხოვთ, დაადასტუროთ, რომ ეს წაიკითხეთ.
invalid-too-few = გთხოვთ, დაამატოთ მინიმუმ {$count}.
invalid-too-many = {$count}-ზე მეტის დამატება არ შეიძლება.
invalid-constraint = ეს პასუხი არ მიიღება.
invalid-not-relevant = ეს კითხვა ახლა არ ისმება.
invalid-no-such-position = ასეთი კითხვა არ არსებობს.
invalid-repeat-not-settable = ჩანაწერები თითო-თითოდ დაამატეთ ან წაშალეთ.

## რამდენად ზუსტია თარიღი

precision-exact = ზუსტი თარიღი
precision-estimated = მიახლოებითი თარიღი
precision-month = მხოლოდ თვე

## პასუხი დიახ/არა

answer-yes = დიახ
answer-no = არა

## საიდუმლო ფრაზის წესი

passphrase-hint-empty = ჩაწერეთ საიდუმლო ფრაზა.
passphrase-hint-common = ეს ერთ-ერთი ყველაზე ხშირად გამოყენებული პაროლია.
passphrase-hint-pattern = კლავიშების რიგები, გამეორებები და ისეთი მიმდევრობები, როგორიცაა abc ან 1234, ადვილად გამოსაცნობია.
passphrase-hint-date = თარიღები და წლები ადვილად გამოსაცნობია.
passphrase-hint-single-word = ერთი სიტყვა ან სახელი ადვილად გამოსაცნობია.
passphrase-hint-add-words = ძალიან ადვილად გამოსაცნობია: დაამატეთ კიდევ რამდენიმე ერთმანეთთან დაუკავშირებელი სიტყვა.
passphrase-hint-pin-too-short = პინ-კოდს უნდა ჰქონდეს მინიმუმ {$digits} ციფრი.
passphrase-hint-pin-accepted = პინ-კოდი მიღებულია: მას იცავს ამ მოწყობილობის გასაღებების საცავი და ყველაფრის წაშლა არაუმეტეს {$tries} არასწორი ცდის შემდეგ.
passphrase-hint-good = საკმარისად საიმედოა.
passphrase-hint-strong = საიმედოა.
passphrase-refusal = ეს საიდუმლო ფრაზა ძალიან სუსტია. {$reason}

## ხელახლა ნაჩვენები პასუხი

answer-minutes = {$count} წთ
answer-date = {$date} ({$precision})
answer-attachments = {$count} ფაილი
answer-entries = {$count} ჩანაწერი

## სესია მოთხოვნილია ენაზე, რომელიც კითხვარს არ აქვს

session-unknown-language = კითხვარს არ აქვს ენა „{$lang}“; აქვს: {$languages}.

## შეცდომები

error-wrong-passphrase = საიდუმლო ფრაზა არასწორია
error-no-vault = {$path}-ში საცავი არ არის
error-vault-exists = {$path}-ში საცავი უკვე არსებობს
error-corrupted = შენახული მონაცემები დაზიანებულია ან შეცვლილია: {$detail}
error-platform-secret = ამ საცავისთვის მოწყობილობის საიდუმლო მიუწვდომელია: {$detail}
error-not-found = ვერ მოიძებნა: { $kind ->
    [case] შემთხვევა
    [attachment] ფაილი
   *[other] {$kind}
} {$id}
error-invalid-state = მდგომარეობის შიდა შეცდომა: {$detail}
error-locked = მუშაობისას საცავი დაიბლოკა ან წაიშალა
error-invalid-input = არასწორი მონაცემები: {$detail}
error-network = სერვერთან დაკავშირება ვერ მოხერხდა: {$detail}
error-pin-mismatch = სერვერის გასაღები არ ემთხვევა დამაგრებულ გასაღებს: კავშირი შესაძლოა ვინმე უსმენდეს, ან სერვერი გადავიდა გასაღებზე, რომელიც არ იყო დამაგრებული; არაფერი გაგზავნილა
error-server = სერვერმა უარი თქვა: {$message} ({$code})
error-io = ფაილის შეცდომა: {$detail}
error-database = მონაცემთა ბაზის შეცდომა: {$detail}

## სესიის გაგრძელება და მასში გადაადგილება

session-not-a-draft = გაგრძელება მხოლოდ მონახაზისთვის შეიძლება; ჯერ შექმენით შემთხვევის ახალი ვერსია.
session-other-form = შემთხვევა ჩაწერილია კითხვარით „{$recorded}“ და არა „{$form}“.
session-other-version = შემთხვევა ჩაწერილია კითხვარის „{$form}“ ვერსიით {$recorded} და არა ვერსიით {$version}.
session-answers-do-not-fit = შენახული პასუხები კითხვარს არ შეესაბამება: {$detail}
session-answers-shape = პასუხებს მოულოდნელი სახე აქვს: {$detail}
session-no-section = განყოფილება „{$section}“ არ არსებობს.
session-section-not-relevant = განყოფილება „{$section}“ ახლა არ ისმება.
session-no-repeat = განმეორებადი ჯგუფი „{$repeat}“ არ არსებობს.
