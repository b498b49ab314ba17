//! A passphrase's verdict under the strength rule: the estimate's data ([`Strength`], [`Hint`]),
//! the PIN limits its words quote, and the words themselves in English, Russian and Ukrainian.
//! On the ground floor because the error type carries a verdict; the rule that reaches one
//! (zxcvbn, the PIN exception) is the vault's (`vault/strength.rs`).

/// The shortest PIN the device-PIN exception allows.
pub const PIN_MIN_DIGITS: usize = 6;

/// The most wrong tries in a row a vault opened by a PIN may allow before it wipes itself.
pub const PIN_MAX_WIPE_AFTER: u32 = 10;

/// What the person should know about a passphrase; turned into words by [`Hint::message`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    Empty,
    /// One of the passwords people use most, or a small change of one.
    CommonPassword,
    /// Keyboard rows, repeated characters or sequences such as abc or 1234.
    Pattern,
    /// Dates and years.
    Date,
    /// A single word or name.
    SingleWord,
    /// Too weak, with nothing more specific to say.
    AddWords,
    /// A PIN is allowed here, but this one has fewer than [`PIN_MIN_DIGITS`] digits.
    PinTooShort,
    /// Accepted as a device PIN, because of the platform secret and the failure wipe.
    PinAccepted,
    /// Accepted.
    Good,
    /// Accepted, and well beyond the minimum.
    Strong,
}

/// The estimate of one passphrase. Holds nothing of the passphrase itself.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Strength {
    /// zxcvbn's score, 0 (guessed at once) to 4 (more than 10¹⁰ guesses).
    pub score: u8,
    /// log10 of zxcvbn's estimate of the guesses needed.
    pub guesses_log10: f64,
    /// Whether the rule accepts it (as a passphrase, or as a PIN under the exception).
    pub acceptable: bool,
    /// Accepted only as a device PIN: the vault then keeps its failure wipe on.
    pub as_pin: bool,
    pub hint: Hint,
}

impl Strength {
    /// The hint in `lang` (en, ru or uk; English for any other).
    pub fn message(&self, lang: &str) -> String {
        messages::hint(self.hint, lang)
    }

    /// The sentence that refuses this passphrase, in `lang`.
    pub fn refusal(&self, lang: &str) -> String {
        messages::refusal(self.hint, lang)
    }
}

/// Every sentence of the strength rule, in the languages Wave ships, in one place.
pub(crate) mod messages {
    use super::{Hint, PIN_MAX_WIPE_AFTER, PIN_MIN_DIGITS};

    #[derive(Clone, Copy)]
    enum Lang {
        En,
        Ru,
        Uk,
    }

    fn lang(tag: &str) -> Lang {
        match tag {
            "ru" => Lang::Ru,
            "uk" => Lang::Uk,
            _ => Lang::En,
        }
    }

    pub(crate) fn hint(hint: Hint, tag: &str) -> String {
        use Hint as H;
        use Lang::{En, Ru, Uk};
        match (hint, lang(tag)) {
            (H::Empty, En) => "Type a passphrase.".into(),
            (H::Empty, Ru) => "Введите парольную фразу.".into(),
            (H::Empty, Uk) => "Введіть парольну фразу.".into(),
            (H::CommonPassword, En) => "This is one of the passwords people use most.".into(),
            (H::CommonPassword, Ru) => "Это один из самых распространённых паролей.".into(),
            (H::CommonPassword, Uk) => "Це один із найпоширеніших паролів.".into(),
            (H::Pattern, En) => {
                "Keyboard rows, repeats and sequences like abc or 1234 are easy to guess.".into()
            }
            (H::Pattern, Ru) => {
                "Ряды клавиш, повторы и последовательности вроде abc или 1234 легко угадать.".into()
            }
            (H::Pattern, Uk) => {
                "Ряди клавіш, повтори та послідовності на кшталт abc або 1234 легко вгадати.".into()
            }
            (H::Date, En) => "Dates and years are easy to guess.".into(),
            (H::Date, Ru) => "Даты и годы легко угадать.".into(),
            (H::Date, Uk) => "Дати й роки легко вгадати.".into(),
            (H::SingleWord, En) => "A single word or name is easy to guess.".into(),
            (H::SingleWord, Ru) => "Одно слово или имя легко угадать.".into(),
            (H::SingleWord, Uk) => "Одне слово чи ім'я легко вгадати.".into(),
            (H::AddWords, En) => {
                "Too easy to guess: add a few more words that do not belong together.".into()
            }
            (H::AddWords, Ru) => {
                "Слишком легко угадать: добавьте ещё несколько слов, не связанных между собой."
                    .into()
            }
            (H::AddWords, Uk) => {
                "Занадто легко вгадати: додайте ще кілька слів, не пов'язаних між собою.".into()
            }
            (H::PinTooShort, En) => format!("A PIN needs at least {PIN_MIN_DIGITS} digits."),
            (H::PinTooShort, Ru) => format!("PIN-код должен быть не короче {PIN_MIN_DIGITS} цифр."),
            (H::PinTooShort, Uk) => {
                format!("PIN-код має містити щонайменше {PIN_MIN_DIGITS} цифр.")
            }
            (H::PinAccepted, En) => format!(
                "PIN accepted: this device's key storage and the wipe after \
                 {PIN_MAX_WIPE_AFTER} or fewer wrong tries protect it."
            ),
            (H::PinAccepted, Ru) => format!(
                "PIN-код принят: его защищают хранилище ключей устройства и стирание после \
                 не более чем {PIN_MAX_WIPE_AFTER} неверных попыток."
            ),
            (H::PinAccepted, Uk) => format!(
                "PIN-код прийнято: його захищають сховище ключів пристрою та стирання після \
                 не більш ніж {PIN_MAX_WIPE_AFTER} невдалих спроб."
            ),
            (H::Good, En) => "Good enough.".into(),
            (H::Good, Ru) => "Достаточно надёжно.".into(),
            (H::Good, Uk) => "Достатньо надійно.".into(),
            (H::Strong, En) => "Strong.".into(),
            (H::Strong, Ru) => "Надёжно.".into(),
            (H::Strong, Uk) => "Надійно.".into(),
        }
    }

    pub(super) fn refusal(hint: Hint, tag: &str) -> String {
        let reason = self::hint(hint, tag);
        match lang(tag) {
            Lang::En => format!("This passphrase is too weak. {reason}"),
            Lang::Ru => format!("Эта парольная фраза слишком слабая. {reason}"),
            Lang::Uk => format!("Ця парольна фраза занадто слабка. {reason}"),
        }
    }
}
