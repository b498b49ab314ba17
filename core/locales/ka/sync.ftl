# Why a sync could not finish or a case was not accepted, chosen when shown: ids sync-…

## Why a request kept failing (after every retry; the next sync continues)

sync-timeout = სერვერმა დროულად არ უპასუხა
sync-no-connection = სერვერთან კავშირი არ არის
sync-answer-broken = კავშირი გაწყდა, სანამ სერვერის პასუხი იკითხებოდა
sync-request-failed = სერვერთან მოთხოვნა ვერ შესრულდა
sync-answer-too-large = სერვერის პასუხი ძალიან დიდი იყო
sync-answer-unreadable = სერვერის პასუხის წაკითხვა ვერ მოხერხდა
sync-no-upload-offset = სერვერის პასუხში ატვირთვის პოზიცია არ იყო
sync-server-busy = სერვერი დაკავებულია ან გაუმართავად მუშაობს: {$message}
sync-answer-mismatch = სერვერის პასუხი არ შეესაბამება გაგზავნილ პაკეტს
sync-upload-stalled = სერვერი კვლავ და კვლავ უარს ამბობს დანართის შემდეგი ნაწილის მიღებაზე
sync-upload-incomplete = სერვერმა დანართის ატვირთვა ვერ დაასრულა
sync-upload-impossible-offset = სერვერმა ატვირთვის შეუძლებელი პოზიცია შეატყობინა

## Why a sync stopped

sync-too-large = მოთხოვნა აჭარბებს სერვერის ზღვარს
sync-too-large-limit = მოთხოვნა აჭარბებს სერვერის ზღვარს (ზღვარი ბაიტებში: {$limit})
sync-too-large-limit-mib = მოთხოვნა აჭარბებს სერვერის ზღვარს (ზღვარი: {$mib} MiB)
sync-attachments-unsendable = დანართები, რომელთა გაგზავნაც შეუძლებელია: {$count}. სერვერზე ისინი აღარ არის, ეს მოწყობილობა კი პირველი ატვირთვის შემდეგ თავის დაშიფრულ ასლს შლის; შემთხვევების ვერსიები, რომლებიც მათ შეიცავს, ელოდება
sync-sealing-deferred = დასრულებული შემთხვევა ორგანიზაციისთვის ჯერ არ არის დაშიფრული; შემდეგი სინქრონიზაცია მას დაშიფრავს: {$reason}
sync-earlier = ბოლო სინქრონიზაცია არ დასრულებულა: {$text}

## The NGO's recipient set

sync-set-unchecked = ორგანიზაციის მიმღებთა ნაკრების შემოწმება ვერ მოხერხდა: {$problem}
sync-set-refused = ორგანიზაციის მიმღებთა ახალი ნაკრები უარყოფილია: {$reason}
sync-set-malformed = ის დაზიანებულია ({$detail})
sync-set-not-verified = მან შემოწმება ვერ გაიარა ({$detail})
sync-set-replayed = ეს არის ვერსია {$offered}, გამოყენებულ ვერსია {$current}-ზე ძველი (ხელახლა გამოგზავნილი ნაკრები)
sync-set-changed = ეს არის ვერსია {$version}, გამოყენებული ვერსია, მაგრამ სხვა შინაარსით
sync-set-unusable-recipient = ერთ-ერთი მიმღების გამოყენება შეუძლებელია ({$detail})

## Why the server did not take a case

sync-case-too-large = სერვერისთვის ძალიან დიდია
sync-case-too-large-limit = სერვერისთვის ძალიან დიდია (ზღვარი ბაიტებში: {$limit})
sync-case-too-large-limit-mib = სერვერისთვის ძალიან დიდია (ზღვარი: {$mib} MiB)
sync-case-refused = სერვერმა უარი თქვა: {$message} ({$code})
sync-case-unexplained = სერვერმა უარი თქვა და მიზეზი არ დაასახელა

## Details of errors raised while syncing

sync-detail-store-in-use = საცავს უკვე იყენებს ეს სინქრონიზაცია
sync-detail-signing-key = ორგანიზაციის ხელმოწერის გასაღები დაზიანებულია
sync-detail-device-key = მოწყობილობის გასაღები დაზიანებულია
sync-detail-already-enrolled = ეს საცავი უკვე დაკავშირებულია სერვერთან
sync-detail-not-enrolled = ეს საცავი ჯერ არ არის დაკავშირებული სერვერთან
sync-detail-enrollment-code = ეს არ არის დაკავშირების კოდი: {$detail}
sync-detail-outbox-signature = გასაგზავნი რიგის ხელმოწერა დაზიანებულია
sync-detail-outbox-id = გასაგზავნი რიგის იდენტიფიკატორი დაზიანებულია
sync-detail-case-id = შემთხვევის იდენტიფიკატორი დაზიანებულია
sync-detail-row-count = სტრიქონების რაოდენობა უარყოფითია
sync-detail-recipients-together = ორგანიზაციის მიმღებთა გასაღებების ერთად გამოყენება შეუძლებელია
sync-detail-no-recipients = საჭიროა ორგანიზაციის მიმღების ერთი გასაღები მაინც
sync-detail-not-a-recipient = ეს არ არის age X25519 მიმღები: {$recipient}
sync-detail-not-an-identity = ეს არ არის age-ის გასაღების ფაილი (AGE-SECRET-KEY-1…)
sync-detail-identity-cannot-open = ორგანიზაციის ეს გასაღები დაშიფრულ ფაილს ვერ ხსნის
sync-detail-sealed-file = დაშიფრული ფაილი არ არის სწორი age ფაილი
sync-detail-sealed-file-altered = დაშიფრულმა ფაილმა ავთენტურობის შემოწმება ვერ გაიარა
sync-detail-payload-too-large = დაშიფრული მონაცემები ნებისმიერ შემთხვევაზე დიდია
sync-detail-payload-shape = დაშიფრულ მონაცემებს მოულოდნელი სტრუქტურა აქვს
sync-detail-payload-format = მონაცემების უცნობი ფორმატი {$format}
sync-detail-payload-moved = დაშიფრული მონაცემები სხვა გაგზავნის იდენტიფიკატორზე გადატანილია
