# Wave-ის თანამშრომლების სამუშაო სივრცე (wave staff serve): ქართული.

app-name = სამუშაო სივრცე
lock = ჩაკეტვა
back-home = საწყის გვერდზე
back-inbox = ← ყველა შემთხვევა
error-title = რაღაც ვერ მოხერხდა
yes = დიახ
no = არა
bytes = { $count ->
    [one] { $count } ბაიტი
   *[other] { $count } ბაიტი
}
download = ჩამოტვირთვა

nav-inbox = შემთხვევები
nav-followup = თანხლება
nav-pull = მიღება
nav-exports = ექსპორტი

unlock-title = არქივის გახსნა
unlock-intro = არქივი ამ კომპიუტერზე დაშიფრული რჩება. რასაც აქ ხსნით, მხოლოდ მეხსიერებაში იშიფრება და ჩაკეტვისას იშლება.
unlock-name = თქვენი სახელი (ინახება თანხლების ისტორიაში)
unlock-passphrase = არქივის პაროლი
unlock-button = გახსნა
unlock-idle = { $count ->
    [one] არქივი თავისით იკეტება { $count } წუთის უმოქმედობის შემდეგ.
   *[other] არქივი თავისით იკეტება { $count } წუთის უმოქმედობის შემდეგ.
}
unlock-wrong = ეს პაროლი არქივს არ ხსნის.
unlock-failed = არქივის გახსნა ვერ მოხერხდა. შეამოწმეთ, რომ საქაღალდეში თანამშრომლების არქივია.
unlock-name-missing = ჩაწერეთ თქვენი სახელი, რომ თქვენი ცვლილებები თქვენ მოგეწეროთ.

filter-search = პასუხებში ძებნა
filter-country = ქვეყანა
filter-violation = დარღვევა
filter-from = თვიდან
filter-to = თვემდე
filter-age = ასაკობრივი ჯგუფი
filter-status = თანხლების სტატუსი
filter-consent = თანხმობა მიცემულია
filter-attachments = მხოლოდ ფაილებით
filter-any = ნებისმიერი
filter-apply = ჩვენება
filter-clear = ფილტრების გასუფთავება
filter-rejected = { $count ->
    [one] { $count } უარყოფილი გზავნილი
   *[other] { $count } უარყოფილი გზავნილი
}
inbox-count = { $count ->
    [one] შეესაბამება { $count } შემთხვევა
   *[other] შეესაბამება { $count } შემთხვევა
}
inbox-total = არქივში სულ: { $count }
inbox-empty = ამ ფილტრებს არცერთი შემთხვევა არ შეესაბამება.
no-code-name = (კოდური სახელის გარეშე)
page-previous = ← წინა
page-next = შემდეგი →
rejected-title = უარყოფილი გზავნილები
rejected-none = არაფერი უარყოფილა.

col-code-name = კოდური სახელი
col-country = ქვეყანა
col-month = თვე
col-violations = დარღვევები
col-status = სტატუსი
col-attachments = ფაილები
col-received = მიღებულია
col-reason = მიზეზი
col-detail = დეტალები
col-submission = გზავნილი

status-new = ახალი
status-reviewed = განხილული
status-referred = გადამისამართებული
status-complaint_filed = საჩივარი შეტანილია
status-outcome = შედეგი
status-closed = დახურული

referral-lawyer = ადვოკატი
referral-medical = სამედიცინო დახმარება
referral-shelter = თავშესაფარი
referral-social_worker = სოციალური მუშაკი
complaint-police = პოლიცია
complaint-prosecutor = პროკურატურა
complaint-ombudsperson = სახალხო დამცველი
complaint-court = სასამართლო
complaint-un_body = გაეროს ორგანო

consent-store = ჩანაწერის შენახვა
consent-audio = აუდიოჩანაწერი
consent-statistics = ანონიმური სტატისტიკა
consent-lawyer = ადვოკატისთვის გადაცემა
consent-un = მიმართვები გაეროში
consent-intl_complaint = საერთაშორისო საჩივრები
consent-media = მედია
consent-recontact = ხელახლა დაკავშირება
consent-history = თანხმობების ისტორია
consent-none = თანხმობა არ არის ჩაწერილი.
consent-purpose = მიზანი
consent-answer = პასუხი
consent-when = როდის

precision-estimated = დაახლოებით
precision-month = მხოლოდ თვე

case-title = შემთხვევა
case-version = ვერსია
case-not-latest = ადრინდელი ვერსია
case-other-answers = სხვა პასუხები
case-attachments = ფაილები
case-no-attachments = ფაილები არ არის.
case-not-found = არქივში ასეთი შემთხვევა არ არის.
attachment-damaged = ეს ფაილი თავის ანაბეჭდს არ ემთხვევა და არ ჩანს.

versions-title = ვერსიები
versions-shown = ნაჩვენები
versions-finalized = დასრულებული
versions-item = კითხვა
versions-before = მანამდე
versions-after = შემდეგ

verify-title = შემოწმება
verify-signature = მოწყობილობის ხელმოწერა
verify-signature-ok = შემოწმებულია
verify-signature-bad = არ არის შემოწმებული
verify-key = მოწყობილობის გასაღები (SHA-256)
verify-first-seen = მოწყობილობის გასაღები
verify-first-seen-ok = იგივე გასაღები, რაც მოწყობილობის პირველად გამოჩენისას
verify-first-seen-bad = განსხვავდება პირველად ნანახი გასაღებისგან
verify-device = მოწყობილობა
verify-received = სერვერმა მიიღო
verify-pulled = არქივში მიღებულია
verify-not-recorded = არ არის ჩაწერილი
verify-unavailable = მიუწვდომელია

followup-title = სამართლებრივი თანხლება
followup-status = სტატუსი
followup-new-status = ახალი სტატუსი
followup-unchanged = (უცვლელი)
followup-referred-to = გადამისამართებულია
followup-complaint-to = საჩივარი შეტანილია
followup-assignee = პასუხისმგებელი
followup-due = ვადა
followup-note = შენიშვნა
followup-save = ცვლილების შენახვა
followup-history = ისტორია
followup-no-history = თანხლება ჯერ არ არის.
followup-invalid = ცვლილება არ შეინახა: შეამოწმეთ თარიღი და არჩევანი.
followup-not-saved = ცვლილების არქივში შენახვა ვერ მოხერხდა.
followup-counts = შემთხვევები სტატუსის მიხედვით
followup-supported = { $count ->
    [one] { $count } შემთხვევა გადამისამართდა ან შემდგომ გადაიგზავნა.
   *[other] { $count } შემთხვევა გადამისამართდა ან შემდგომ გადაიგზავნა.
}
followup-due-list = ვადები
followup-nothing-due = ვადები არ არის.
followup-overdue = ვადაგასული

pull-from = ახალი გზავნილები მოდის სერვერიდან { $value }.
pull-start = ახალი გზავნილების მიღება
pull-progress = მიმდინარეობა
pull-state = მდგომარეობა
pull-new = ახალი შემთხვევები
pull-already = უკვე არქივშია
pull-retried = ხელახლა შემოწმებული უარყოფილი
pull-rejected = უარყოფილი
pull-idle = არ დაწყებულა
pull-running = მიმდინარეობს მიღება…
pull-done = დასრულდა
pull-failed = შეჩერდა შეცდომით
pull-not-configured = აქედან მისაღებად გაუშვით სამუშაო სივრცე სერვერის მისამართით, თანამშრომლის ტოკენით და ორგანიზაციის გასაღების ფაილით:

exports-intro = თითოეული ექსპორტი შეიცავს თითოეული შემთხვევის ბოლო ვერსიას.
exports-warning = სრული ექსპორტი შეიცავს ყველა პასუხს, მგრძნობიარეების ჩათვლით: შეინახეთ ის ისეთივე სიფრთხილით, როგორც არქივი. საჯარო ექსპორტი შეიცავს მხოლოდ იმას, რაზეც თანხმობაა მიცემული.
export-full = სრული
export-public = საჯარო
export-unknown = ასეთი ექსპორტი არ არსებობს.
export-failed = ექსპორტის გაკეთება ვერ მოხერხდა.

## სტატისტიკა, რუკა, რედაქტირება და ანგარიშები

nav-stats = სტატისტიკა
nav-map = რუკა
nav-reports = ანგარიშები
stats-public = საჯარო მონაცემები
stats-public-hint = მხოლოდ ანონიმურ სტატისტიკაზე თანხმობის მქონე შემთხვევები, საჯარო წესებით (სექსუალური ძალადობის სახეები ერთად ითვლება). მათი გამოქვეყნება შეიძლება.
stats-internal = შიდა მონაცემები
stats-internal-hint = ყველა შემთხვევა, როგორც ჩაიწერა. მხოლოდ ორგანიზაციის საკუთარი სამუშაოსთვის — არა გამოსაქვეყნებლად.
stats-cases = { $count ->
    [one] { $count } შემთხვევა
   *[other] { $count } შემთხვევა
}
stats-none = შემთხვევები არ არის.
stats-by-country = ქვეყნების მიხედვით
stats-by-violation = დარღვევის სახეების მიხედვით
stats-by-month = ინციდენტის თვის მიხედვით
stats-by-age = ასაკობრივი ჯგუფების მიხედვით
stats-by-service = მოძალადის სამსახურის მიხედვით
stats-by-status = თანხლების სტატუსის მიხედვით
stats-download-csv = CSV-ის ჩამოტვირთვა
stats-csv-label = დასახელება
stats-csv-cases = შემთხვევები
stats-unknown = პასუხი არ არის ან ვარიანტი სიიდან არ არის
stats-sexual-violence = სექსუალური ძალადობა (ყველა ფორმა)
stats-unknown-table = ასეთი ცხრილი არ არსებობს.
map-internal = შიდა: ინციდენტების ადგილები
map-public = საჯარო: მხოლოდ ქვეყნები
map-internal-hint = თითოეული წერტილი შემთხვევაში ჩაწერილი ადგილია. მხოლოდ შიდა სამუშაოსთვის: ეს ხედი არავის აჩვენოთ.
map-public-hint = ანონიმურ სტატისტიკაზე თანხმობის მქონე შემთხვევები, დათვლილი ქვეყნების მიხედვით. ამ ხედში არც ადგილია და არც შემთხვევა.
map-points = { $count ->
    [one] რუკაზე { $count } შემთხვევაა
   *[other] რუკაზე { $count } შემთხვევაა
}
map-unplaced = { $count ->
    [one] { $count } ადგილის გარეშე
   *[other] { $count } ადგილის გარეშე
}
map-open-case = შემთხვევის გახსნა
map-attribution = ქვეყნების საზღვრები: Natural Earth (საჯარო საკუთრება), Wave-ის შემადგენლობაში; რუკა ქსელის გარეშე მუშაობს.
redact-open = ანგარიშებისთვის მომზადება
redact-title = რედაქტირება
redact-back = შემთხვევაზე დაბრუნება
redact-intro = ყოველი მონათხრობი გადაწერეთ სახელების, ადგილების, თარიღების, თანამშრომლების ნიშნების და ყველაფრის გარეშე, რამაც შეიძლება ვინმე ამოიცნოს. ორიგინალი არქივში უცვლელი რჩება; ანგარიშები მხოლოდ რედაქტირებულ ტექსტს ციტირებს და მხოლოდ მას შემდეგ, რაც ის შემოწმებულად მოინიშნება.
redact-reviewed = შემოწმებულია ამომცნობ დეტალებზე
redact-not-reviewed = არ არის შემოწმებული: ანგარიშებში არ ციტირდება
redact-never = ჯერ არ არის რედაქტირებული: ანგარიშებში არ ციტირდება
redact-saved-by = შეინახა
redact-nothing = ამ ვერსიაში რედაქტირებისთვის მონათხრობი არ არის.
redact-original = ორიგინალი (რჩება არქივში)
redact-redacted = რედაქტირებული ტექსტი ანგარიშებისთვის
redact-mark-reviewed = ეს ტექსტები შევამოწმე: მათში ვერავინ ამოიცნობა
redact-save = რედაქტირების შენახვა
redact-invalid = რედაქტირება უარყოფილია: ტექსტი ძალიან გრძელია ან ისეთ პასუხს ეხება, რომელიც ამ შემთხვევას არ აქვს.
redact-not-saved = რედაქტირების არქივში შენახვა ვერ მოხერხდა.
report-certificate = მტკიცებულების ცნობა
report-un-title = წარდგინება გაეროს ორგანოში
report-un-intro = მონაცემები ანონიმურ სტატისტიკაზე თანხმობის მქონე შემთხვევებიდან, ქვეყნისა და პერიოდის მიხედვით; ციტატები მხოლოდ იმ შემთხვევებიდან, რომლებზეც გაეროსთვის გადაცემის თანხმობაა და რომელთა რედაქტირება შემოწმებულია.
report-quotable = { $count ->
    [one] ხელმისაწვდომია { $count } შემოწმებული ციტატა.
   *[other] ხელმისაწვდომია { $count } შემოწმებული ციტატა.
}
report-un-body = გაეროს ორგანო
report-un-body-default = გაეროს ადამიანის უფლებათა ორგანო
report-make = ანგარიშის შედგენა
report-certificate-title = მტკიცებულების ცნობა
report-certificate-intro = ადვოკატისთვის: რა შემოწმდა შემთხვევის ვერსიაში. სიაში მხოლოდ ადვოკატისთვის გადაცემის თანხმობის მქონე შემთხვევებია.
report-no-certificates = არცერთ შემთხვევას არ აქვს ადვოკატისთვის გადაცემის თანხმობა.
report-back = ანგარიშებზე დაბრუნება
report-print = ბეჭდვა ან PDF-ად შენახვა
report-un-heading = წარდგინება:
report-period = პერიოდი
report-cases = დათვლილი შემთხვევები
report-generated = მომზადდა
report-un-method = ყველა რიცხვი ითვლის მხოლოდ იმ შემთხვევებს, რომელთა ავტორმაც ანონიმურ სტატისტიკაზე თანხმობა მისცა; თითოეული შემთხვევა ერთხელ ითვლება, ბოლო ვერსიის მიხედვით.
report-quotations = მონათხრობები საკუთარი სიტყვებით
report-quotations-rule = ციტირდება მხოლოდ გაეროსთვის გადაცემის თანხმობით, რედაქტირებისა და ამომცნობ დეტალებზე შემოწმების შემდეგ.
report-no-quotations = ამ პერიოდში შემოწმებული ციტატა არ არის.
report-all-time = ყველა თარიღი
report-all-countries = ყველა ქვეყანა
report-certificate-statement = ეს ცნობა აღრიცხავს, რა შეამოწმა Wave-ის თანამშრომლების სამუშაო სივრცემ შემთხვევის ერთ გაგზავნილ ვერსიაში. შემოწმებები თანამშრომლის საკუთარ კომპიუტერზე ჩატარდა; სერვერს შემთხვევა წაკითხვად სახით არასდროს ჰქონია.
report-certificate-case = შემთხვევა
report-case-id = შემთხვევის ნომერი მოწყობილობაზე
report-submission = გზავნილი
report-form = კითხვარი
report-file = ფაილი
report-finalized = დასრულდა მოწყობილობაზე
report-media-type = ტიპი
report-size = ზომა (ბაიტი)
report-no-lawyer-consent = ამ შემთხვევას ადვოკატისთვის გადაცემის თანხმობა არ აქვს, ამიტომ ცნობის შედგენა შეუძლებელია.
report-record-unavailable = ამ შემთხვევის შემოწმების ჩანაწერის წაკითხვა ვერ მოხერხდა.

## უარი და შეცდომები, ნაჩვენები უბრალო ტექსტად

refused-host = უარყოფილია: არასწორი Host. სამუშაო სივრცე პასუხობს მხოლოდ იმ მისამართზე, რომელიც wave staff serve-მა დაბეჭდა.
refused-no-session = უარყოფილია: გახსენით ბმული, რომელიც wave staff serve ბრძანებამ დაბეჭდა.
refused-link-used = უარყოფილია: ეს ბმული უკვე გამოყენებულია ან არასწორია; ხელახლა გაუშვით wave staff serve.
refused-too-large = უარყოფილია: მოთხოვნა ძალიან დიდია.
refused-csrf = უარყოფილია: CSRF ტოკენი აკლია ან არასწორია. განაახლეთ გვერდი და კიდევ სცადეთ.
page-not-drawn = გვერდის აგება ვერ მოხერხდა.
map-not-drawn = რუკის აგება ვერ მოხერხდა.
no-random-source = სისტემის შემთხვევითი რიცხვების წყარომ ვერ იმუშავა.
workspace-locked = არქივი ჩაკეტილია.
