# What is wrong in a form definition or a translation file (for form authors and translators): ids form-…
# კითხვარის საკუთარი სახელები (პუნქტების id, გზები, ენები, მნიშვნელობები), გამოსახულებები,
# ნიშნები, გამოსახულებების ენის ტიპები (boolean, number, string, date, selection, repeat), PO-ს
# საკვანძო სიტყვები და JSON-ის წამკითხველის ან სქემით შემოწმების სიტყვები მოყვანილია ისე, როგორც არის.

## სად არის პრობლემა
form-error-at = { $path }: { $message }
form-error-at-field = { $path }: { $field }: { $message }

## კითხვარის ჩატვირთვა
form-not-json = ეს არ არის სწორი JSON: { $reason }
form-schema = არ შეესაბამება კითხვარის ფორმატს: { $reason }
form-schema-broken = თავად კითხვარის სქემაა დაზიანებული: { $reason }
form-not-a-language = { $lang } არ არის languages-ში
form-review-missing = { $lang }-ისთვის შემოწმების სტატუსი არ არის
form-review-not-source = { $lang } არ არის ნაგულისხმევი ენა, ამიტომ ვერ იქნება საწყისი
form-review-nobody = { $lang }-ისთვის არ არის მითითებული, ვინ შეამოწმა
form-review-date = { $lang }: { $date } არ არის თარიღი ფორმით წწწწ-თთ-დდ
form-no-text = ტექსტი ენაზე { $lang } არ არის
form-duplicate-choice = ვარიანტის მნიშვნელობა { $value } ამ სიაში ორჯერ გვხვდება
form-duplicate-section = განყოფილების id { $id } უკვე გამოყენებულია აქ: { $first }
form-duplicate-item = პუნქტის id { $id } უკვე გამოყენებულია აქ: { $first }
form-sensitive-public = პუნქტი ვერ იქნება ერთდროულად მგრძნობიარე (sensitive) და საჯარო (public)
form-not-a-count = { $value } არ არის რაოდენობა
form-max-below-min = max { $max } ნაკლებია min { $min }-ზე
form-nested-repeat = განმეორებადი ჯგუფები (repeat) ერთმანეთში ვერ ჩაიდება
form-unknown-choice-list = ვარიანტების სია { $name } არ არსებობს
form-syntax = სინტაქსური შეცდომა სვეტში { $column }: { $reason }
form-not-a-condition = აქ საჭიროა პირობა (true ან false), მაგრამ გამოდის { $type }
form-selected-unknown-value = selected(): { $value } არ არის { $item }-ის ვარიანტი
form-unknown-item = პუნქტი { $item } არ არსებობს
form-persist-in-repeat = { $item } განმეორებადი ჯგუფის შიგნითაა; შენახვის წერტილი განმეორებადი ჯგუფების გარეთ უნდა იყოს
form-cycle = გამოყენებადობა თავის თავზეა დამოკიდებული: { $cycle } (თითოეული შემდეგზეა დამოკიდებული)
form-cycle-step = { $node } → { $next }
form-cycle-section = განყოფილება { $id }
form-builtin-broken = ჩაშენებული კითხვარი ვერ იტვირთება
form-unknown-version = შემთხვევა ჩაწერილია კითხვარის { $form } ვერსიით { $version }; ეს აპლიკაცია იცნობს ვერსიებს { $latest }-მდე
form-unknown-form-of-case = შემთხვევა ჩაწერილია კითხვარის { $form } ვერსიით { $version }; ეს აპლიკაცია ამ კითხვარს არ იცნობს
form-unknown-form = ეს აპლიკაცია არ იცნობს კითხვარს { $form }

## გამოსახულებები: შემოწმება
form-type-opaque = პასუხი, რომლის შედარებაც მხოლოდ ''-თან შეიძლება
form-expr-out-of-scope = { $item } განმეორებადი ჯგუფის { $repeat } შიგნითაა და მისი გამოყენება მხოლოდ ამ ჯგუფის პუნქტებს შეუძლიათ
form-expr-current-not-allowed = '.' მხოლოდ constraint-სა და stop_if-ში შეიძლება
form-expr-unary-minus = უნარულ '-'-ს რიცხვი სჭირდება, მოცემულია { $found }
form-expr-needs-booleans = '{ $op }'-ს ორი boolean მნიშვნელობა სჭირდება, მოცემულია { $left } და { $right }
form-expr-compare-selection = '{ $op }' ვერ ადარებს არჩევანს (selection); გამოიყენეთ selected() ან count-selected()
form-expr-compare-repeat = '{ $op }' ვერ ადარებს განმეორებად ჯგუფს (repeat); გამოიყენეთ count()
form-expr-compare-same-type = '{ $op }' ადარებს ერთი ტიპის ორ მნიშვნელობას (ან ნებისმიერ პასუხს ''-თან), მოცემულია { $left } და { $right }
form-expr-order = '{ $op }' ადარებს ორ რიცხვს, ორ თარიღს ან ორ სტრიქონს, მოცემულია { $left } და { $right }
form-expr-add = '{ $op }' მუშაობს რიცხვებზე (და თარიღებზე: თარიღი ± დღეები, თარიღი - თარიღი), მოცემულია { $left } და { $right }
form-expr-needs-numbers = '{ $op }'-ს ორი რიცხვი სჭირდება, მოცემულია { $left } და { $right }
form-expr-not-a-date = date('{ $text }') არ არის თარიღი ფორმით წწწწ-თთ-დდ
form-expr-selected-value = selected()-ის მეორე არგუმენტი ვარიანტის მნიშვნელობაა სტრიქონის სახით, მოცემულია { $found }
form-expr-if-condition = if()-ს boolean პირობა სჭირდება, მოცემულია { $found }
form-expr-if-branches = if()-ის ორივე განშტოება ერთი ტიპის უნდა იყოს, მოცემულია { $left } და { $right }
form-expr-argument = { $function }() იღებს { $allowed }-ს, მოცემულია { $found }
form-expr-argument-either = { $function }() იღებს { $first }-ს ან { $second }-ს, მოცემულია { $found }

## გამოსახულებები: წაკითხვა
form-expr-too-long = გამოსახულება { $max } ბაიტზე გრძელია
form-expr-unexpected-character = მოულოდნელი სიმბოლო { $character }
form-expr-bad-reference = მითითება ასე იწერება: ${"{"}item_id{"}"}
form-expr-unterminated-string = სტრიქონი არ არის დახურული
form-expr-invalid-number = არასწორი რიცხვი { $text }
form-expr-expected-close = მოსალოდნელი იყო ')', ნაპოვნია { $found }
form-expr-expected-close-end = მოსალოდნელი იყო ')', მაგრამ გამოსახულება დასრულდა
form-expr-expected-open = ფუნქციის სახელის შემდეგ მოსალოდნელი იყო '(', ნაპოვნია { $found }
form-expr-expected-open-end = ფუნქციის სახელის შემდეგ მოსალოდნელი იყო '(', მაგრამ გამოსახულება დასრულდა
form-expr-expected-list = არგუმენტების სიაში მოსალოდნელი იყო ',' ან ')'
form-expr-too-nested = ჩადგმა { $max } დონეზე ღრმაა
form-expr-too-deep = გამოსახულება { $max } ოპერაციაზე ღრმაა
form-expr-unexpected-end = გამოსახულება მოულოდნელად დასრულდა
form-expr-unexpected = მოულოდნელია: { $found }
form-expr-operator-alone = '{ $word }'-ს ორივე მხარეს მნიშვნელობა სჭირდება
form-expr-unknown-function = უცნობი ფუნქცია { $word }()
form-expr-unexpected-word = მოულოდნელი სიტყვა '{ $word }' (პუნქტებზე მითითება ასე იწერება: ${"{"}{ $word }{"}"})
form-expr-arity = { $function }() იღებს { $count ->
    [one] { $count } არგუმენტს
   *[other] { $count } არგუმენტს
}, მოცემულია { $got }

## თარგმანები: PO ფაილების ექსპორტი და იმპორტი
form-translations-form-invalid = კითხვარი არ არის სწორი ({ $count ->
    [one] { $count } შეცდომა
   *[other] { $count } შეცდომა
}; გაუშვით wave form check)
form-translations-bad-language = { $lang } არ არის ენის კოდი, როგორიცაა ru ან kk
form-translations-export-source = { $lang } კითხვარის საწყისი ენაა; თარგმანები მისგან კეთდება
form-translations-import-source = { $lang } კითხვარის საწყისი ენაა; ის თავად კითხვარში რედაქტირდება
form-translations-no-plural-rule = { $lang }-ისთვის მრავლობითის წესი უცნობია
form-translations-not-json = კითხვარი არ არის JSON: { $reason }
form-translations-cannot-write = კითხვარის ჩაწერა ვერ ხერხდება: { $reason }
form-translations-no-language = PO-ს სათაურში არ არის Language (მაგალითად, "Language: kk")
form-po-no-context = სტრიქონი { $line }: არ არის msgctxt (ტექსტის ადგილი კითხვარში)
form-po-repeated = სტრიქონი { $line }: { $path }: უკვე მოცემულია სტრიქონზე { $first }
form-po-unknown-path = სტრიქონი { $line }: { $path }: კითხვარში ასეთი ტექსტი არ არის
form-po-plural-count = სტრიქონი { $line }: { $path }: { $count ->
    [one] მრავლობითის { $count } ფორმა
   *[other] მრავლობითის { $count } ფორმა
}, მაგრამ { $lang }-ს აქვს { $plurals }
form-po-no-plurals = სტრიქონი { $line }: { $path }: კითხვარის ტექსტებს მრავლობითის ფორმები არ აქვს
form-po-stale = სტრიქონი { $line }: { $path }: მოძველებულია: { $source } ტექსტი შეიცვალა ამ ფაილის ექსპორტის შემდეგ
form-po-placeholders = სტრიქონი { $line }: { $path }: ჩანაცვლებები { $found } განსხვავდება { $source } ტექსტისგან { $expected }
form-po-untranslated = { $path }: თარგმნილი არ არის ({ $lang } კითხვარისთვის ახალი ენაა, ამიტომ ყველა ტექსტია საჭირო)

## PO ფაილის წაკითხვა
form-po-too-large = ფაილი { $max } მებიბაიტზე დიდია
form-po-line = სტრიქონი { $line }: { $reason }
form-po-no-keyword = ბრჭყალებში ჩასმული ტექსტი, რომელსაც წინ საკვანძო სიტყვა არ უძღვის
form-po-unknown-keyword = უცნობი საკვანძო სიტყვა { $keyword }
form-po-plural-order = მრავლობითის ფორმა { $got } იქ, სადაც მოსალოდნელი იყო ფორმა { $expected }
form-po-needs-string = { $keyword }-ს ბრჭყალებში ჩასმული ტექსტი სჭირდება
form-po-header-first = სათაური (ცარიელი msgid) პირველი უნდა იყოს და ერთხელ
form-po-header-line = სათაურის სტრიქონი { $text } არ არის "Name: value"
form-po-twice = { $keyword } ერთ ჩანაწერში ორჯერ
form-po-after = { $keyword } { $other }-ის შემდეგ
form-po-before = { $keyword } { $other }-მდე
form-po-plural-needs-forms = მრავლობითიან ჩანაწერს სჭირდება msgstr[0], msgstr[1], …
form-po-forms-without-plural = msgstr[N] msgid_plural-ის გარეშე
form-po-no-msgid = ჩანაწერი msgid-ის გარეშე
form-po-no-msgstr = ჩანაწერი msgstr-ის გარეშე
form-po-one-piece = ტექსტი ბრჭყალებში ერთი ნაწილი უნდა იყოს
form-po-bad-hex = { $escape } არ არის ორი თექვსმეტობითი ციფრის ეკრანირება
form-po-unknown-escape = უცნობი ეკრანირება { $escape }
form-po-lone-backslash = ტექსტი მარტოხელა უკუდახრილი ხაზით მთავრდება
form-po-unescaped-quote = ეკრანირების გარეშე ბრჭყალი ტექსტის შიგნით
form-po-control-character = მმართველი სიმბოლო ტექსტის შიგნით
