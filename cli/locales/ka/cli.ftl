# `wave` ბრძანების სტრიქონი: ყველაფერი, რასაც მუშაობისას ბეჭდავს, ქართულად. სამუშაო თარგმანი
# (draft): მას ამოწმებს მშობლიური ენის მცოდნე (docs/translating.md).

## საერთო

internal-error = შიდა შეცდომა; საცავი დარჩა ისეთი, როგორიც ამ ბრძანებამდე იყო
invalid-arguments = {$reason} (იხ. wave --help)
cannot-read = {$file} ვერ წაიკითხა: {$error}
cannot-write = {$file} ვერ ჩაიწერა: {$error}
cannot-write-in = {$dir}-ში ჩაწერა ვერ მოხერხდა: {$error}
cannot-create = {$file} ვერ შეიქმნა: {$error}
file-too-large = {$file} {$mib} მიბ-ზე დიდია
not-json = {$file} სწორი JSON არ არის: {$error}
not-a-file-name = {$file} ფაილის სახელი არ არის
runtime-failed = ქსელური გარემო ვერ გაეშვა: {$error}
bytes = {$count} ბაიტი
problem-in-entry = {$item} (ჩანაწერი {$entry}): {$message}
sealing-deferred = ყურადღება: შემთხვევა საბოლოოდ შენახულია, მაგრამ ორგანიზაციისთვის ჯერ არ არის დაშიფრული ({$reason}); შემდეგი `wave sync` დაშიფრავს და გაგზავნის მას

## საიდუმლო ფრაზები

passphrase-prompt = საცავის საიდუმლო ფრაზა:{" "}
passphrase-new-prompt = საცავის ახალი საიდუმლო ფრაზა:{" "}
passphrase-repeat-prompt = გაიმეორეთ საცავის საიდუმლო ფრაზა:{" "}
passphrase-differ = საცავის ორი საიდუმლო ფრაზა არ ემთხვევა; არაფერი შეცვლილა
duress-new-prompt = იძულების ახალი საიდუმლო ფრაზა:{" "}
duress-repeat-prompt = გაიმეორეთ იძულების საიდუმლო ფრაზა:{" "}
duress-differ = იძულების ორი საიდუმლო ფრაზა არ ემთხვევა; არაფერი შეცვლილა
archive-new-prompt = არქივის ახალი საიდუმლო ფრაზა:{" "}
archive-repeat-prompt = გაიმეორეთ არქივის საიდუმლო ფრაზა:{" "}
archive-differ = არქივის ორი საიდუმლო ფრაზა არ ემთხვევა; არაფერი შეცვლილა
passphrase-empty = ცარიელი საიდუმლო ფრაზა დაუშვებელია
passphrase-no-terminal = საიდუმლო ფრაზის მოსათხოვნად ტერმინალი არ არის; სკრიპტებისთვის დააყენეთ {$variable}

## wave vault

vault-created = საცავი შეიქმნა {$dir}-ში (Argon2id: {$mib} მიბ, გავლები: {$passes}).
passphrase-changed = საიდუმლო ფრაზა შეიცვალა.
duress-set = იძულების საიდუმლო ფრაზა დაყენებულია. მისით საცავის გახსნა მასში არსებულ ყველა შემთხვევას ანადგურებს.
wipe-after-invalid = მოსალოდნელი იყო არასწორი ცდების რაოდენობა ან "off", და არა "{$given}"
wipe-after-set = საცავი წაიშლება ზედიზედ {$count} არასწორი საიდუმლო ფრაზის შემდეგ.
wipe-after-off = არასწორი ცდების შემდეგ წაშლა გამორთულია.
vault-wiped = საცავი წაიშალა.
vault-nothing-to-wipe = {$dir}-ში საცავი არ არის; წასაშლელი არაფერია.
vault-missing = {$dir}-ში საცავი არ არის

## wave case

case-add-refused = არაფერი შენახულა; გაასწორეთ ეს და ხელახლა დაამატეთ:
answers-not-object = {$file} უნდა შეიცავდეს JSON ობიექტს პასუხებით (კითხვის id → პასუხი)
cases-none = შემთხვევები არ არის.
cases-count = {$count} შემთხვევა
column-id = ID
column-status = სტატუსი
column-updated = შეიცვალა
column-title = სათაური
case-status = { $status ->
    [draft] მონახაზი
    [finalized] დასრულებული
   *[other] {$status}
}
case-finalized = შემთხვევა {$id} საბოლოოდ შეინახა (ვერსია {$version}).
attached = ფაილი დაემატა: {$bytes} ბაიტი, SHA-256 {$sha256}.
attachment-written = {$file}-ში ჩაიწერა {$bytes} ბაიტი (SHA-256 {$sha256} შემოწმებულია).
case-deleted = შემთხვევა {$id} წაიშალა.
case-heading = შემთხვევა {$id}
case-field-status = სტატუსი
case-field-form = კითხვარი
case-field-created = შეიქმნა
case-field-updated = შეიცვალა
case-field-versions = ვერსიები
case-answers = პასუხები:
case-attachments = ფაილები:

## wave form

form-valid = {$file}: სწორი კითხვარი „{$id}“, ვერსია {$version}: განყოფილებები {$sections}, კითხვები {$items}, ენები {$languages}
form-invalid = {$file} სწორი კითხვარი არ არის (შეცდომები: {$count}; გაუშვით wave form check)
builtin-form-broken = ჩაშენებული კითხვარი დაზიანებულია: {$errors}
form-no-language = კითხვარს არ აქვს ენა „{$lang}“; აქვს: {$languages}
outline-if = თუ {$condition}
outline-required = სავალდებულო
outline-sensitive = მგრძნობიარე
outline-public = საჯარო
review-status = { $status ->
    [source] წყარო ენა
    [draft] მონახაზი: მშობლიური ენის მცოდნეს ჯერ არ შეუმოწმებია
   *[other] {$status}
}
review-reviewed = შეამოწმა: {$reviewer}, {$date}
translations-exported = ტექსტები ენაზე {$lang} ჩაიწერა {$file}-ში.
translations-imported = ენა {$lang} იმპორტირებულია {$file}-ში: შეიცვალა ტექსტები: {$changed}, დარჩა უცვლელი: {$skipped} (უთარგმნელი ან fuzzy ნიშნით).
translations-new-language = ენა {$lang} კითხვარში ახალია: მონიშნულია როგორც „draft“, სანამ მშობლიური ენის მცოდნე არ შეამოწმებს და არ დაადასტურებს (docs/translating.md).
translations-refused = პრობლემები: {$count}; {$file}-ში არაფერი ჩაწერილა

## wave record

record-stopped-nothing-saved = არაფერი შენახულა: {$message}
record-needs-consent = არაფერი შენახულა: პასუხებში უნდა იყოს {$item} (შენახვაზე თანხმობა): {$error}
record-draft-with-problems = მონახაზი შენახულია; გაასწორეთ ეს და ხელახლა ჩაწერეთ --case {$id}-ით, ან შეასწორეთ პასუხები:
record-draft-saved = შენახულია მონახაზად; ყველა პასუხი სწორია. საბოლოოდ შესანახად დაამატეთ --finalize.
record-commands = ჩაწერეთ პასუხი და დააჭირეთ Enter-ს. ? — დახმარება, < — უკან, = — პროგრესი, review — გადახედვა, jump განყოფილება, quit — პაუზა. ცარიელი ხაზი — გამოტოვება.
record-paused = მონახაზი შენახულია; გაგრძელება: wave record --case {$id}
record-nothing-saved = არაფერი შენახულა.
record-no-help = ამ კითხვას დახმარება არ აქვს.
record-progress = პასუხი გაცემულია {$answered}/{$relevant}
record-finish-prompt = დავასრულოთ და საბოლოოდ შევინახოთ? (დიახ/არა)
record-finalized = შემთხვევა საბოლოოდ შეინახა: {$id}
record-incomplete = შემთხვევა სრული არ არის; გასაგრძელებლად: wave record --case ID
record-stopped-draft-kept = ჩაწერა შეჩერდა; მონახაზი შენახულია
record-add-entry = დავამატოთ ({$entry})? (დიახ/არა)
record-current-answer = ახლა: {$answer}
record-hint-multi = ნომრები, მძიმით გამოყოფილი
record-hint-yes-no = დიახ/არა
record-hint-date = წწწწ-თთ-დდ, ~წწწწ-თთ-დდ დაახლოებით, წწწწ-თთ
record-hint-time = სს:წწ
record-hint-minutes = წუთები
record-hint-location = განედი, გრძედი
record-hint-files = ფაილების გზები, მძიმით გამოყოფილი
record-hint-info = Enter
record-no-such-choice = ასეთი ვარიანტი არ არის: „{$choice}“
record-attach-before-saved = ფაილების დამატება შეიძლება შემთხვევის შენახვის შემდეგ
record-review = გადაამოწმეთ პასუხები
record-yes-words = დიახ, კი, ჰო
record-no-words = არა

## wave enroll, wave sync

enrolled = დაკავშირებულია {$server}-თან როგორც მოწყობილობა {$device}.
sync-wiped = საცავი წაიშალა; სინქრონიზაცია შეჩერდა
sync-summary = გაიგზავნა {$sent} (უკვე იყო იქ: {$duplicates}), უარყოფილია {$failed}, კიდევ ელოდება {$pending}.
sync-waiting = ზოგიერთი შემთხვევა ჯერ კიდევ ელოდება გაგზავნას
sync-not-sent = შემთხვევის ვერსიები, რომლებიც ჯერ არ გაგზავნილა: {$count}: {$reason}

## wave staff

pin-invalid = --pin უნდა იყოს სერვერის საჯარო გასაღების SHA-256: 64 თექვსმეტობითი ციფრი
identity-exists = {$file} უკვე არსებობს; ორგანიზაციის გასაღების ფაილი არასოდეს გადაიწერება
identity-written = ორგანიზაციის გასაღები ჩაიწერა {$file}-ში. შეინახეთ ის საიდუმლოდ და გააკეთეთ სარეზერვო ასლი: მის გარეშე ორგანიზაციისთვის გაგზავნილ ვერცერთ შემთხვევას ვერ გახსნით.
identity-readable = ყურადღება: {$file}-ის წაკითხვა ამ კომპიუტერის სხვა მომხმარებლებსაც შეუძლიათ (გაუშვით chmod 600)
duration-invalid = არასწორი ვადა „{$given}“: საჭიროა რიცხვი s, m, h ან d-ით, მაგალითად 30m, 24h ან 7d
enrollment-string-failed = დაკავშირების სტრიქონი ვერ შეიქმნა: {$error}
enrollment-code-made = ერთჯერადი დაკავშირების კოდი {$code} ერთი მოწყობილობისთვის, მოქმედებს {$until}-მდე.
archive-created = თანამშრომლების არქივი შეიქმნა {$dir}-ში.
archive-missing = {$dir}-ში თანამშრომლების არქივი არ არის
page-size-invalid = --page-size უნდა იყოს 1-დან 1000-მდე
pull-interrupted = {$error}; აქამდე მიღებული ყველაფერი შენახულია, გასაგრძელებლად ხელახლა გაუშვით
pull-summary = მიღებულია {$server}-დან: ახალი {$new}, უკვე იყო {$had}, უარყოფილი {$rejected}{ $recovered ->
    [0] {""}
   *[other] , ადრე უარყოფილიდან ახლა გაიხსნა: {$recovered}
}{ $still ->
    [0] {""}
   *[other] , ადრე უარყოფილიდან ჯერ კიდევ ვერ იხსნება: {$still}
}; გაშიფრული ფაილები: {$attachments}.
pull-rejected =   გაგზავნა {$submission} უარყოფილია (სერვერზე ნომერი {$seq}, მოწყობილობა {$device}): {$reason}
pull-rejected-total = უარყოფილი გაგზავნები: {$count}; თითოეული მიზეზთან ერთად ინახება არქივში
export-public-done = სტატისტიკაზე თანხმობით ექსპორტირებული შემთხვევები, საჯარო {$format}-ად: {$count}; თანხმობის გარეშე გამოტოვებული: {$without}.
export-done = ექსპორტირებული შემთხვევები {$format}-ად, მგრძნობიარე პასუხებითურთ: {$count}. შეინახეთ ფაილი ისევე უსაფრთხოდ, როგორც არქივი.
export-unknown-form = გამოტოვებული შემთხვევები კითხვარისა, რომელსაც ეს პროგრამა არ იცნობს: {$count}.

## wave demo

demo-folder-exists = {$dir} უკვე არსებობს; აირჩიეთ ცარიელი საქაღალდე
demo-step-server = 1. ორგანიზაცია: სინქრონიზაციის სერვერი ამ კომპიუტერზე, თანამშრომლის ტოკენი, ორგანიზაციის გასაღები
demo-server-listening = სერვერი უსმენს {$url}-ს (მონაცემები {$dir}-ში)
demo-public-key = ორგანიზაციის საჯარო გასაღები {$key}
demo-step-code = 2. თანამშრომლები ქმნიან ერთჯერად დაკავშირების კოდს აუთრიჩ-მუშაკის ტელეფონისთვის
demo-step-phone = 3. ტელეფონი: დაშიფრული საცავი, კოდით დაკავშირებული
demo-vault = საცავი {$dir} (Argon2id 19 მიბ × 2 დემონსტრაციისთვის; ნამდვილი საცავები მოწყობილობას ერგება)
demo-enrolled = დაკავშირებულია როგორც მოწყობილობა {$device}
demo-step-case = 4. კითხვარით ჩაწერილი შემთხვევა (რუსულად), ფოტოთი, საბოლოოდ შენახული
demo-case = შემთხვევა {$id}, ვერსია {$version}; ფოტო {$bytes} ბაიტი, SHA-256 {$sha256}…
demo-not-sealed = ორგანიზაციისთვის ჯერ არ არის დაშიფრული ({$reason}); ქვემოთ სინქრონიზაცია ჯერ მას დაშიფრავს
demo-sealed = მაშინვე დაიშიფრა ორგანიზაციისთვის: გაგზავნას ელოდება {$count}
demo-step-sync = 5. სინქრონიზაცია, როცა კავშირი არის
demo-synced = გაიგზავნა {$sent}, ატვირთული ფაილები {$blobs}, კიდევ ელოდება {$pending}
demo-step-pull = 6. თანამშრომლები იღებენ შემთხვევებს, ამოწმებენ მოწყობილობის ხელმოწერას და შიფრს ხსნიან საკუთარ დაშიფრულ არქივში
demo-pulled = ახალი {$new}, უარყოფილი {$rejected}, გაშიფრული ფაილები {$attachments}
demo-staff-see = რას ხედავენ თანამშრომლები (სრული ექსპორტი, პირველი შემთხვევა):
demo-statistics = სტატისტიკა ანგარიშისთვის (მხოლოდ თანხმობის მქონე შემთხვევები):
demo-step-examiner = 7. რას იპოვის ის, ვინც ტელეფონს ან სერვერს დააკოპირებს
demo-phone = ტელეფონი
demo-server = სერვერი
demo-examined = {$name}: {$files} ფაილი, {$bytes} ბაიტი; მისი სიტყვები ან კოდური სახელი: {$verdict}
demo-plaintext-found = ნაპოვნია (ეს შეცდომაა)
demo-plaintext-not-found = ვერ მოიძებნა
demo-plaintext-failure = ფაილებში ({$name}) ნაპოვნია დაუშიფრავი ტექსტი
demo-step-duress = 8. იძულების საიდუმლო ფრაზა, გამოყენებული ზეწოლის ქვეშ
demo-duress-opened = გაიხსნა იძულების საიდუმლო ფრაზით: {$count} შემთხვევა, დაკავშირებული: {$enrolled}; გასაღების ფაილი კვლავ {$bytes} ბაიტია
demo-real-gone = ნამდვილი საიდუმლო ფრაზა აღარაფერს ხსნის: შემთხვევა ტელეფონზე აღარ არის (ის ორგანიზაციას აქვს)
demo-real-still-works = ნამდვილი საიდუმლო ფრაზა იძულების შემდეგაც მუშაობს
demo-step-wipe = 9. სასწრაფო წაშლა (საიდუმლო ფრაზა საჭირო არ არის)
demo-wiped = {$dir} არსებობს ამის შემდეგ: {$exists}
demo-yes = დიახ
demo-no = არა
demo-done = მზადაა. სცადეთ თავად: wave vault init --vault საქაღალდე, შემდეგ wave record --vault საქაღალდე --lang ru.
