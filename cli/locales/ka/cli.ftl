# `wave` ბრძანების სტრიქონი: ყველაფერი, რასაც ის მუშაობისას ბეჭდავს, ქართულად.
# Draft translation until a native speaker signs it off (docs/translating.md).
# clap-ის --help ტექსტები აქ არ არის; ისინი ინგლისურად რჩება.

## საერთო

internal-error = შიდა შეცდომა; საცავი დარჩა ისეთი, როგორიც ამ ბრძანებამდე იყო
invalid-arguments = {$reason} (იხ. wave --help)
cannot-read = {$file}-ის წაკითხვა ვერ ხერხდება: {$error}
cannot-write = {$file}-ის ჩაწერა ვერ ხერხდება: {$error}
cannot-write-in = {$dir}-ში ჩაწერა ვერ ხერხდება: {$error}
cannot-create = {$file}-ის შექმნა ვერ ხერხდება: {$error}
file-too-large = {$file} {$mib} MiB-ზე დიდია
not-json = {$file} არ არის სწორი JSON: {$error}
not-a-file-name = {$file} არ არის ფაილის სახელი
runtime-failed = ქსელური გარემოს გაშვება ვერ ხერხდება: {$error}
bytes = { $count ->
    [one] {$count} ბაიტი
   *[other] {$count} ბაიტი
}
problem-in-entry = {$item} (ჩანაწერი {$entry}): {$message}
sealing-deferred = გაფრთხილება: შემთხვევა დასრულებულია, მაგრამ ორგანიზაციისთვის ჯერ არ არის დაშიფრული ({$reason}); შემდეგი `wave sync` მას დაშიფრავს და გაგზავნის

## საიდუმლო ფრაზები

passphrase-prompt = საცავის საიდუმლო ფრაზა:{" "}
passphrase-new-prompt = საცავის ახალი საიდუმლო ფრაზა:{" "}
passphrase-repeat-prompt = გაიმეორეთ საცავის საიდუმლო ფრაზა:{" "}
passphrase-differ = საცავის ორი საიდუმლო ფრაზა ერთმანეთს არ ემთხვევა; არაფერი შეცვლილა
duress-new-prompt = ახალი მეორე საიდუმლო ფრაზა (საფრთხის შემთხვევისთვის):{" "}
duress-repeat-prompt = გაიმეორეთ მეორე საიდუმლო ფრაზა (საფრთხის შემთხვევისთვის):{" "}
duress-differ = ორჯერ აკრეფილი მეორე საიდუმლო ფრაზა (საფრთხის შემთხვევისთვის) ერთმანეთს არ ემთხვევა; არაფერი შეცვლილა
archive-new-prompt = არქივის ახალი საიდუმლო ფრაზა:{" "}
archive-repeat-prompt = გაიმეორეთ არქივის საიდუმლო ფრაზა:{" "}
archive-differ = არქივის ორი საიდუმლო ფრაზა ერთმანეთს არ ემთხვევა; არაფერი შეცვლილა
passphrase-empty = ცარიელი საიდუმლო ფრაზა დაუშვებელია
passphrase-no-terminal = საიდუმლო ფრაზის მოსათხოვად ტერმინალი არ არის; სკრიპტებისთვის მიუთითეთ {$variable}

## wave vault

vault-created = საცავი შეიქმნა: {$dir} (Argon2id: {$mib} MiB, { $passes ->
    [one] {$passes} იტერაცია
   *[other] {$passes} იტერაცია
}).
passphrase-changed = საიდუმლო ფრაზა შეიცვალა.
duress-set = მეორე საიდუმლო ფრაზა (საფრთხის შემთხვევისთვის) დაყენებულია. თუ საცავს მისით გახსნით, მასში ყველა შემთხვევა განადგურდება.
wipe-after-invalid = მოსალოდნელი იყო წარუმატებელი ცდების რაოდენობა ან „off“ და არა „{$given}“
wipe-after-set = { $count ->
    [one] საცავი წაიშლება {$count} არასწორი საიდუმლო ფრაზის შემდეგ.
   *[other] საცავი წაიშლება ზედიზედ {$count} არასწორი საიდუმლო ფრაზის შემდეგ.
}
wipe-after-off = წარუმატებელი ცდების შემდეგ წაშლა გამორთულია.
vault-wiped = საცავი წაიშალა.
vault-nothing-to-wipe = მისამართზე {$dir} საცავი არ არის; წასაშლელი არაფერია.
vault-missing = მისამართზე {$dir} საცავი არ არის

## wave case

case-add-refused = არაფერი შენახულა; გაასწორეთ ეს და ხელახლა დაამატეთ:
answers-not-object = {$file} უნდა შეიცავდეს პასუხების JSON ობიექტს (კითხვის id → პასუხი)
cases-none = შემთხვევები არ არის.
cases-count = { $count ->
    [one] {$count} შემთხვევა
   *[other] {$count} შემთხვევა
}
column-id = ID
column-status = სტატუსი
column-updated = განახლდა
column-title = სათაური
# $status is the status's code; the default variant shows it as it came.
case-status = { $status ->
    [draft] მონახაზი
    [finalized] დასრულებული
   *[unknown] {$status}
}
case-finalized = შემთხვევა {$id} დასრულდა (ვერსია {$version}).
attached = დაემატა {$bytes} ბაიტი, SHA-256 {$sha256}.
attachment-written = {$bytes} ბაიტი ჩაიწერა ფაილში {$file} (SHA-256 {$sha256} შემოწმებულია).
case-deleted = შემთხვევა {$id} წაიშალა.
case-heading = შემთხვევა {$id}
case-field-status = სტატუსი
case-field-form = კითხვარი
case-field-created = შეიქმნა
case-field-updated = განახლდა
case-field-versions = ვერსიები
case-answers = პასუხები:
case-attachments = დანართები:

## wave form

form-valid = {$file}: სწორი კითხვარი „{$id}“, ვერსია {$version}: განყოფილებები: {$sections}, კითხვები: {$items}, ენები: {$languages}
form-invalid = { $count ->
    [one] {$file} არ არის სწორი კითხვარი ({$count} შეცდომა; გაუშვით wave form check)
   *[other] {$file} არ არის სწორი კითხვარი ({$count} შეცდომა; გაუშვით wave form check)
}
builtin-form-broken = ჩაშენებული კითხვარი დაზიანებულია: {$errors}
form-no-language = კითხვარში არ არის ენა „{$lang}“; არის: {$languages}
outline-if = თუ {$condition}
outline-required = სავალდებულო
outline-sensitive = მგრძნობიარე
outline-public = საჯარო
# $status is the review status's code; the default variant shows it as it came.
review-status = { $status ->
    [source] საწყისი ენა
    [draft] მონახაზი: მშობლიური ენის მცოდნეს ჯერ არ გადაუმოწმებია
   *[unknown] {$status}
}
review-reviewed = გადაამოწმა {$reviewer}, {$date}
translations-exported = ენის ({$lang}) ტექსტები ჩაიწერა ფაილში {$file}.
translations-imported = ენა {$lang} იმპორტირებულია ფაილში {$file}: { $changed ->
    [one] შეიცვალა {$changed} ტექსტი
   *[other] შეიცვალა {$changed} ტექსტი
}, უცვლელად დარჩა {$skipped} (უთარგმნელი ან მონიშნული როგორც fuzzy).
translations-new-language = ენა {$lang} კითხვარისთვის ახალია: ის მონიშნულია როგორც „draft“, სანამ მას მშობლიური ენის მცოდნე რეცენზენტი არ დაამტკიცებს (docs/translating.md).
translations-refused = { $count ->
    [one] {$count} პრობლემა; ფაილში {$file} არაფერი ჩაწერილა
   *[other] {$count} პრობლემა; ფაილში {$file} არაფერი ჩაწერილა
}

## wave record

record-stopped-nothing-saved = არაფერი შენახულა: {$message}
record-needs-consent = არაფერი შენახულა: პასუხებში უნდა იყოს {$item} (შენახვაზე თანხმობა): {$error}
record-draft-with-problems = მონახაზი შენახულია; გაასწორეთ ეს და ხელახლა ჩაწერეთ პარამეტრით --case {$id}, ან შეცვალეთ პასუხები:
record-draft-saved = შენახულია მონახაზად; ყველა პასუხი სწორია. დასასრულებლად დაამატეთ --finalize.
record-commands = აკრიფეთ პასუხი და დააჭირეთ Enter-ს. ? — მინიშნება, < — უკან, = — პროგრესი, review — გადამოწმება, jump <განყოფილება> — გადასვლა, quit — პაუზა. ცარიელი ხაზი — გამოტოვება.
record-paused = მონახაზი შენახულია; გასაგრძელებლად: wave record --case {$id}
record-nothing-saved = არაფერი შენახულა.
record-no-help = ამ კითხვისთვის მინიშნება არ არის.
record-progress = პასუხი გაცემულია: {$answered}/{$relevant}
record-finish-prompt = დავასრულოთ და საბოლოოდ შევინახოთ შემთხვევა? (დიახ/არა)
record-finalized = შემთხვევა დასრულებულია: {$id}
record-incomplete = შემთხვევა ბოლომდე არ არის შევსებული; გასაგრძელებლად გაუშვით wave record --case ID
record-stopped-draft-kept = ჩაწერა შეჩერდა; მონახაზი შენახულია
record-add-entry = დაემატოს ჩანაწერი ({$entry})? (დიახ/არა)
record-current-answer = ახლა: {$answer}
record-hint-multi = ნომრები, მძიმით გამოყოფილი
record-hint-yes-no = დიახ/არა
record-hint-date = წწწწ-თთ-დდ, ~წწწწ-თთ-დდ თუ დაახლოებითია, წწწწ-თთ
record-hint-time = სთ:წთ
record-hint-minutes = წუთები
record-hint-location = განედი, გრძედი
record-hint-files = ფაილების მისამართები, მძიმით გამოყოფილი
record-hint-info = Enter
record-no-such-choice = ასეთი ვარიანტი არ არის: „{$choice}“
record-attach-before-saved = დანართების დამატება შესაძლებელია მას შემდეგ, რაც შემთხვევა შეინახება
record-review = გადაამოწმეთ თქვენი პასუხები
# სიტყვები, რომლებიც მიიღება „დიახ“-ად და „არა“-დ, მძიმით გამოყოფილი (ინგლისური სიტყვებიც ყოველთვის მიიღება).
record-yes-words = დიახ, კი, ჰო
record-no-words = არა

## wave enroll, wave sync

enrolled = დაკავშირებულია სერვერთან {$server}; მოწყობილობა: {$device}.
sync-wiped = საცავი წაიშალა; სინქრონიზაცია შეჩერდა
sync-summary = გაიგზავნა: {$sent} (უკვე იყო სერვერზე: {$duplicates}), უარყოფილია: {$failed}, კვლავ ელოდება: {$pending}.
sync-waiting = ზოგიერთი შემთხვევა ჯერ კიდევ გაგზავნას ელოდება
sync-case-rejected = სერვერმა შემთხვევა {$case} არ მიიღო: {$reason}
sync-not-sent = { $count ->
    [one] შემთხვევის {$count} ვერსია ჯერ არ გაგზავნილა: {$reason}
   *[other] შემთხვევის {$count} ვერსია ჯერ არ გაგზავნილა: {$reason}
}

## wave staff

pin-invalid = --pin უნდა იყოს სერვერის საჯარო გასაღების SHA-256 დაიჯესტი: 64 თექვსმეტობითი ციფრი
identity-exists = {$file} უკვე არსებობს; ორგანიზაციის გასაღების ფაილი არასდროს გადაიწერება
identity-written = ორგანიზაციის გასაღები ჩაიწერა ფაილში {$file}. შეინახეთ ის საიდუმლოდ და გააკეთეთ სარეზერვო ასლი: მის გარეშე ორგანიზაციისთვის გაგზავნილი ვერცერთი შემთხვევა ვერ გაიხსნება.
identity-readable = გაფრთხილება: {$file}-ის წაკითხვა ამ კომპიუტერის სხვა მომხმარებლებსაც შეუძლიათ (გაუშვით chmod 600)
duration-invalid = არასწორი ხანგრძლივობა „{$given}“: მოსალოდნელია რიცხვი s, m, h ან d-ით, მაგალითად 30m, 24h ან 7d
enrollment-string-failed = დაკავშირების სტრიქონის შექმნა ვერ ხერხდება: {$error}
enrollment-code-made = ერთჯერადი დაკავშირების კოდი {$code} ერთი მოწყობილობისთვის, მოქმედებს {$until}-მდე.
archive-created = თანამშრომლების არქივი შეიქმნა: {$dir}.
archive-missing = მისამართზე {$dir} თანამშრომლების არქივი არ არის
page-size-invalid = --page-size უნდა იყოს 1-დან 1000-მდე
pull-interrupted = {$error}; ყველაფერი, რაც აქამდე ჩამოიტვირთა, შენახულია; გასაგრძელებლად ხელახლა გაუშვით ჩამოტვირთვა
pull-summary = ჩამოტვირთულია სერვერიდან {$server}: ახალი: {$new}, უკვე იყო: {$had}, უარყოფილი: {$rejected}{ $recovered ->
    [0] {""}
    [one] , ადრე უარყოფილი და ახლა გახსნილი: {$recovered}
   *[other] , ადრე უარყოფილი და ახლა გახსნილი: {$recovered}
}{ $still ->
    [0] {""}
    [one] , ადრე უარყოფილი და კვლავ ვერ გახსნილი: {$still}
   *[other] , ადრე უარყოფილი და კვლავ ვერ გახსნილი: {$still}
}; { $attachments ->
    [one] გაშიფრულია {$attachments} დანართი.
   *[other] გაშიფრულია {$attachments} დანართი.
}
pull-rejected =   უარყოფილი გზავნილი {$submission} (სერვერის ნომერი {$seq}, მოწყობილობა {$device}): {$reason}
pull-rejected-total = { $count ->
    [one] {$count} გზავნილი უარყოფილია; ის არქივში ინახება მიზეზთან ერთად
   *[other] {$count} გზავნილი უარყოფილია; თითოეული არქივში ინახება მიზეზთან ერთად
}
export-public-done = { $count ->
    [one] {$count} შემთხვევა, რომელზეც სტატისტიკისთვის თანხმობაა მიცემული, ექსპორტირებულია როგორც საჯარო {$format}; თანხმობის გარეშე გამოტოვებულია: {$without}.
   *[other] {$count} შემთხვევა, რომლებზეც სტატისტიკისთვის თანხმობაა მიცემული, ექსპორტირებულია როგორც საჯარო {$format}; თანხმობის გარეშე გამოტოვებულია: {$without}.
}
export-done = { $count ->
    [one] {$count} შემთხვევა ექსპორტირებულია როგორც {$format}, მგრძნობიარე პასუხების ჩათვლით: შეინახეთ ის ისეთივე დაცულად, როგორც არქივი.
   *[other] {$count} შემთხვევა ექსპორტირებულია როგორც {$format}, მგრძნობიარე პასუხების ჩათვლით: შეინახეთ ის ისეთივე დაცულად, როგორც არქივი.
}
export-unknown-form = { $count ->
    [one] გამოტოვებულია {$count} შემთხვევა კითხვარიდან, რომელსაც ეს პროგრამა არ იცნობს.
   *[other] გამოტოვებულია {$count} შემთხვევა კითხვარიდან, რომელსაც ეს პროგრამა არ იცნობს.
}

## wave demo

demo-folder-exists = {$dir} უკვე არსებობს; აირჩიეთ ცარიელი საქაღალდე
demo-step-server = 1. ორგანიზაცია: სინქრონიზაციის სერვერი ამ კომპიუტერზე, თანამშრომლის ტოკენი, ორგანიზაციის გასაღები
demo-server-listening = სერვერი უსმენს მისამართს {$url} (მონაცემები: {$dir})
demo-public-key = ორგანიზაციის საჯარო გასაღები: {$key}
demo-step-code = 2. თანამშრომლები ქმნიან ერთჯერად დაკავშირების კოდს აუთრიჩ-მუშაკის ტელეფონისთვის
demo-step-phone = 3. ტელეფონი: დაშიფრული საცავი, დაკავშირებული ამ კოდით
demo-vault = საცავი {$dir} (Argon2id 19 MiB × 2 დემონსტრაციისთვის; ნამდვილი საცავები მოწყობილობას ერგება)
demo-enrolled = დაკავშირებულია; მოწყობილობა: {$device}
demo-step-case = 4. შემთხვევა, ჩაწერილი კითხვარით (რუსულად), ფოტოთი, დასრულებული
demo-case = შემთხვევა {$id}, ვერსია {$version}; ფოტო: {$bytes} ბაიტი, SHA-256 {$sha256}…
demo-not-sealed = ორგანიზაციისთვის ჯერ არ არის დაშიფრული ({$reason}); ქვემოთ სინქრონიზაცია ჯერ მას დაშიფრავს
demo-sealed = მაშინვე დაიშიფრა ორგანიზაციისთვის: გაგზავნას ელოდება {$count}
demo-step-sync = 5. სინქრონიზაცია, როცა კავშირი არის
demo-synced = გაიგზავნა: {$sent}, ატვირთული დანართები: {$blobs}, კვლავ ელოდება: {$pending}
demo-step-pull = 6. თანამშრომლები ჩამოტვირთავენ შემთხვევებს, ამოწმებენ მოწყობილობის ხელმოწერას და შიფრს ხსნიან საკუთარ დაშიფრულ არქივში
demo-pulled = ახალი: {$new}, უარყოფილი: {$rejected}, გაშიფრული დანართები: {$attachments}
demo-staff-see = რას ხედავენ თანამშრომლები (სრული ექსპორტი, პირველი შემთხვევა):
demo-statistics = სტატისტიკა ანგარიშისთვის (მხოლოდ შემთხვევები, რომლებზეც თანხმობაა მიცემული):
demo-step-examiner = 7. რას იპოვის ის, ვინც ტელეფონს ან სერვერს დააკოპირებს
demo-phone = ტელეფონი
demo-server = სერვერი
demo-examined = {$name}: { $files ->
    [one] {$files} ფაილი
   *[other] {$files} ფაილი
}, {$bytes} ბაიტი; მისი სიტყვები ან კოდური სახელი: {$verdict}
demo-plaintext-found = ნაპოვნია (ეს შეცდომაა)
demo-plaintext-not-found = ვერ მოიძებნა
demo-plaintext-failure = {$name}: ფაილებში ნაპოვნია დაუშიფრავი ტექსტი
demo-step-duress = 8. მეორე საიდუმლო ფრაზა (საფრთხის შემთხვევისთვის), გამოყენებული იძულებით
demo-duress-opened = გაიხსნა მეორე საიდუმლო ფრაზით: { $count ->
    [one] {$count} შემთხვევა
   *[other] {$count} შემთხვევა
}, დაკავშირებულია: {$enrolled}; გასაღების ფაილი კვლავ {$bytes} ბაიტია
demo-real-gone = ნამდვილი საიდუმლო ფრაზა აღარაფერს ხსნის: შემთხვევა ტელეფონიდან გაქრა (ის ორგანიზაციას აქვს)
demo-real-still-works = ნამდვილი საიდუმლო ფრაზა მეორე ფრაზის გამოყენების შემდეგაც მუშაობდა
demo-step-wipe = 9. სასწრაფო წაშლა (საიდუმლო ფრაზა საჭირო არ არის)
demo-wiped = არსებობს თუ არა {$dir} ამის შემდეგ: {$exists}
demo-yes = დიახ
demo-no = არა
demo-done = მზადაა. სცადეთ თავად: wave vault init --vault საქაღალდე, შემდეგ wave record --vault საქაღალდე --lang ru.

## wave staff: ორგანიზაციის გასაღებები (მიმღებთა ნაკრები, ხელმოწერის გასაღები, წილები)

file-exists-kept = {$file} უკვე არსებობს; Wave მას არასოდეს გადააწერს
recipient-set-version = ვერსია: {$version}
recipient-set-created = შექმნილია: {$created}
recipient-set-recipient = მიმღები: {$recipient}
recipient-set-none = ამ სერვერზე მიმღებთა ნაკრები არ გამოქვეყნებულა: მოწყობილობები შიფრავენ მათი დაკავშირების სტრიქონის მიმღებებისთვის.
recipient-set-need-key = ნაკრების შესამოწმებლად მიუთითეთ --signing-public-key ან --signing-key
recipient-set-refused = ყურადღება: ორგანიზაციის მიმღებთა ახალი ნაკრები უარყოფილია, ამიტომ შემთხვევები კვლავ მიმდინარე ნაკრებისთვის იშიფრება: {$problem}
signing-key-written = ორგანიზაციის ხელმოწერის გასაღები ჩაიწერა ფაილში {$file}. შეინახეთ ის ქსელის გარეშე და გააკეთეთ სარეზერვო ასლი (wave staff signing-key split); მოწყობილობებს მიეცით ზემოთ მოცემული საჯარო გასაღები (wave staff enroll-code --signing-public-key).
enroll-code-unsigned = შენიშვნა: --signing-public-key-ის გარეშე ეს მოწყობილობა სამუდამოდ ამ მიმღებებისთვის შიფრავს; ჩამორთმეულ გასაღებს მისგან მოგვიანებით ვეღარ მოაშორებთ.
shares-folder-exists = საქაღალდის {$dir} შექმნა ვერ ხერხდება (ის ჯერ არ უნდა არსებობდეს): {$error}
share-header = { $kind ->
    [identity] # Wave-ის წილი {$number} / {$total} (ორგანიზაციის გასაღები); მის აღსადგენად საკმარისია ნებისმიერი {$threshold} წილი.
   *[signing-key] # Wave-ის წილი {$number} / {$total} (ორგანიზაციის ხელმოწერის გასაღები); მის აღსადგენად საკმარისია ნებისმიერი {$threshold} წილი.
}
shares-written = { $kind ->
    [identity] ორგანიზაციის გასაღების წილები ({$total}) ჩაიწერა საქაღალდეში {$dir}; მის აღსადგენად საკმარისია ნებისმიერი {$threshold}. თითოეული წილი სხვადასხვა ადამიანს მიეცით, ერთად არ შეინახოთ და წაშალეთ ეს საქაღალდე, როცა წილებს დაარიგებთ.
   *[signing-key] ორგანიზაციის ხელმოწერის გასაღების წილები ({$total}) ჩაიწერა საქაღალდეში {$dir}; მის აღსადგენად საკმარისია ნებისმიერი {$threshold}. თითოეული წილი სხვადასხვა ადამიანს მიეცით, ერთად არ შეინახოთ და წაშალეთ ეს საქაღალდე, როცა წილებს დაარიგებთ.
}
share-unreadable = წილი {$number}: ეს არ არის წილის ტექსტი და ამ სახელის ფაილიც ვერ იკითხება ({$error})
share-as-argument = წილი {$number} ბრძანების სტრიქონში ტექსტად მიეცა, სადაც მას ამ კომპიუტერის სხვა მომხმარებლები და გარსის ისტორია ხედავს: მის ნაცვლად მიუთითეთ - და შეიყვანეთ, როცა გკითხავთ (ან წილები არხით გადაეცით, თითო სტრიქონზე თითო)
share-prompt = წილი {$number} (არ ჩანს):
shares-other-kind = { $kind ->
    [identity] ეს წილები აღადგენს ორგანიზაციის გასაღებს და არა ორგანიზაციის ხელმოწერის გასაღებს
   *[signing-key] ეს წილები აღადგენს ორგანიზაციის ხელმოწერის გასაღებს და არა ორგანიზაციის გასაღებს
}
secret-restored = { $kind ->
    [identity] ორგანიზაციის გასაღები აღდგა ფაილში {$file}.
   *[signing-key] ორგანიზაციის ხელმოწერის გასაღები აღდგა ფაილში {$file}.
}

## wave staff serve: თანამშრომლების სამუშაო სივრცე
demo-step-serve = 10. თანამშრომლების სამუშაო სივრცე დემონსტრაციის არქივზე
demo-serve-passphrase = გახსენით ის საიდუმლო ფრაზით: {$passphrase}
idle-lock-invalid = --idle-lock უნდა იყოს 1-დან 1440 წუთამდე
serve-needs-token = --server-ს სჭირდება --token (ან WAVE_STAFF_TOKEN)
serve-no-archive = {$dir}-ში თანამშრომლების არქივი არ არის; შექმენით ის ბრძანებით wave staff pull
serve-link = თანამშრომლების სამუშაო სივრცე იხსნება ზემოთ მოცემული ბმულით (ის ერთხელ მუშაობს, ერთ ბრაუზერში). დასაკეტად და გასაჩერებლად დააჭირეთ Ctrl-C-ს.
serve-stopped = დაიკეტა და გაჩერდა.
