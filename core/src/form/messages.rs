//! Why an answer is refused ([`Invalid`]) and how to say it: the form's own constraint message, or
//! the built-in text in the languages Wave ships (English, Russian, Ukrainian).

use super::model::{Form, ItemIdx, Precision};

/// Why an answer was refused. [`Invalid::message`] gives the text to show.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Invalid {
    #[error("an answer is required")]
    Required,
    #[error("the answer has the wrong shape for a {0:?} item")]
    WrongType(super::model::ItemType),
    #[error("{0:?} is not one of the choices")]
    UnknownChoice(String),
    #[error("{0:?} is chosen more than once")]
    DuplicateChoice(String),
    #[error("not a whole number")]
    NotInteger,
    #[error("below the minimum {0}")]
    BelowMin(f64),
    #[error("above the maximum {0}")]
    AboveMax(f64),
    #[error("not a valid date")]
    BadDate,
    #[error("date precision {0:?} is not allowed here")]
    PrecisionNotAllowed(Precision),
    #[error("not a valid time HH:MM")]
    BadTime,
    #[error("a duration is a whole, non-negative number of minutes")]
    BadDuration,
    #[error("latitude must be between -90 and 90")]
    BadLatitude,
    #[error("longitude must be between -180 and 180")]
    BadLongitude,
    #[error("accuracy must be a non-negative number of metres")]
    BadAccuracy,
    #[error("the text must be on one line")]
    MultiLine,
    #[error("attachment ids must be distinct and not empty")]
    BadAttachment,
    #[error("an info item can only be answered with true")]
    InfoNotTrue,
    #[error("at least {0} entries are needed")]
    TooFew(usize),
    #[error("at most {0} entries are allowed")]
    TooMany(usize),
    /// The item's `constraint` is false; the message is the item's `constraint_message`.
    #[error("the answer breaks the constraint of {}", .0.index())]
    Constraint(ItemIdx),
    #[error("this question does not apply now")]
    NotRelevant,
    #[error("no such question")]
    NoSuchPosition,
    /// A repeat's instances are added and removed one by one, not set as a whole.
    #[error("a repeat is changed by adding or removing entries")]
    RepeatNotSettable,
}

impl Invalid {
    /// The message to show, in `lang`: the form's `constraint_message` for a constraint, else the
    /// built-in text (English, Russian or Ukrainian; other languages fall back to the form's
    /// default language, then English).
    pub fn message(&self, form: &Form, lang: &str) -> String {
        if let Invalid::Constraint(idx) = self
            && let Some(rule) = form.item(*idx).and_then(|i| i.constraint.as_ref())
        {
            return form.text(&rule.message, lang).to_string();
        }
        builtin(self, lang, form.default_language())
    }
}

#[derive(Clone, Copy)]
enum Lang {
    En,
    Ru,
    Uk,
}

fn lang(tag: &str) -> Option<Lang> {
    match tag {
        "en" => Some(Lang::En),
        "ru" => Some(Lang::Ru),
        "uk" => Some(Lang::Uk),
        _ => None,
    }
}

fn precision(p: Precision, l: Lang) -> &'static str {
    match (p, l) {
        (Precision::Exact, Lang::En) => "exact date",
        (Precision::Exact, Lang::Ru) => "точная дата",
        (Precision::Exact, Lang::Uk) => "точна дата",
        (Precision::Estimated, Lang::En) => "approximate date",
        (Precision::Estimated, Lang::Ru) => "примерная дата",
        (Precision::Estimated, Lang::Uk) => "приблизна дата",
        (Precision::Month, Lang::En) => "month only",
        (Precision::Month, Lang::Ru) => "только месяц",
        (Precision::Month, Lang::Uk) => "лише місяць",
    }
}

/// The message for `invalid` in `tag`, else in `fallback`, else in English.
pub(crate) fn builtin(invalid: &Invalid, tag: &str, fallback: &str) -> String {
    let l = lang(tag).or_else(|| lang(fallback)).unwrap_or(Lang::En);
    use Invalid as I;
    use Lang::{En, Ru, Uk};
    match (invalid, l) {
        (I::Required, En) => "Please answer this question.".into(),
        (I::Required, Ru) => "Пожалуйста, ответьте на этот вопрос.".into(),
        (I::Required, Uk) => "Будь ласка, дайте відповідь на це питання.".into(),
        (I::WrongType(_), En) => "This answer does not fit the question.".into(),
        (I::WrongType(_), Ru) => "Этот ответ не подходит к вопросу.".into(),
        (I::WrongType(_), Uk) => "Ця відповідь не підходить до питання.".into(),
        (I::UnknownChoice(_), En) => "Please choose one of the options.".into(),
        (I::UnknownChoice(_), Ru) => "Пожалуйста, выберите один из вариантов.".into(),
        (I::UnknownChoice(_), Uk) => "Будь ласка, оберіть один із варіантів.".into(),
        (I::DuplicateChoice(_), En) => "Each option can be chosen only once.".into(),
        (I::DuplicateChoice(_), Ru) => "Каждый вариант можно выбрать только один раз.".into(),
        (I::DuplicateChoice(_), Uk) => "Кожен варіант можна обрати лише один раз.".into(),
        (I::NotInteger, En) => "Please enter a whole number.".into(),
        (I::NotInteger, Ru) => "Пожалуйста, введите целое число.".into(),
        (I::NotInteger, Uk) => "Будь ласка, введіть ціле число.".into(),
        (I::BelowMin(m), En) => format!("The number must be at least {m}."),
        (I::BelowMin(m), Ru) => format!("Число должно быть не меньше {m}."),
        (I::BelowMin(m), Uk) => format!("Число має бути не менше {m}."),
        (I::AboveMax(m), En) => format!("The number must be at most {m}."),
        (I::AboveMax(m), Ru) => format!("Число должно быть не больше {m}."),
        (I::AboveMax(m), Uk) => format!("Число має бути не більше {m}."),
        (I::BadDate, En) => "This is not a valid date.".into(),
        (I::BadDate, Ru) => "Это неправильная дата.".into(),
        (I::BadDate, Uk) => "Це неправильна дата.".into(),
        (I::PrecisionNotAllowed(p), En) => {
            format!("\"{}\" is not allowed here.", precision(*p, En))
        }
        (I::PrecisionNotAllowed(p), Ru) => format!("«{}» здесь не допускается.", precision(*p, Ru)),
        (I::PrecisionNotAllowed(p), Uk) => format!("«{}» тут не допускається.", precision(*p, Uk)),
        (I::BadTime, En) => "Please enter a time as HH:MM (24-hour).".into(),
        (I::BadTime, Ru) => "Введите время в формате ЧЧ:ММ (24 часа).".into(),
        (I::BadTime, Uk) => "Введіть час у форматі ГГ:ХХ (24 години).".into(),
        (I::BadDuration, En) => "Please enter a whole number of minutes, zero or more.".into(),
        (I::BadDuration, Ru) => "Введите целое число минут, ноль или больше.".into(),
        (I::BadDuration, Uk) => "Введіть ціле число хвилин, нуль або більше.".into(),
        (I::BadLatitude, En) => "Latitude must be between -90 and 90.".into(),
        (I::BadLatitude, Ru) => "Широта должна быть от -90 до 90.".into(),
        (I::BadLatitude, Uk) => "Широта має бути від -90 до 90.".into(),
        (I::BadLongitude, En) => "Longitude must be between -180 and 180.".into(),
        (I::BadLongitude, Ru) => "Долгота должна быть от -180 до 180.".into(),
        (I::BadLongitude, Uk) => "Довгота має бути від -180 до 180.".into(),
        (I::BadAccuracy, En) => "Accuracy must be zero or more metres.".into(),
        (I::BadAccuracy, Ru) => "Точность должна быть не меньше нуля метров.".into(),
        (I::BadAccuracy, Uk) => "Точність має бути не менше нуля метрів.".into(),
        (I::MultiLine, En) => "Please write this on one line.".into(),
        (I::MultiLine, Ru) => "Пожалуйста, напишите это в одну строку.".into(),
        (I::MultiLine, Uk) => "Будь ласка, напишіть це в один рядок.".into(),
        (I::BadAttachment, En) => "Each attachment can be added only once.".into(),
        (I::BadAttachment, Ru) => "Каждое вложение можно добавить только один раз.".into(),
        (I::BadAttachment, Uk) => "Кожне вкладення можна додати лише один раз.".into(),
        (I::InfoNotTrue, En) => "Please confirm that you have read this.".into(),
        (I::InfoNotTrue, Ru) => "Пожалуйста, подтвердите, что вы это прочитали.".into(),
        (I::InfoNotTrue, Uk) => "Будь ласка, підтвердіть, що ви це прочитали.".into(),
        (I::TooFew(n), En) => format!("Please add at least {n}."),
        (I::TooFew(n), Ru) => format!("Добавьте как минимум {n}."),
        (I::TooFew(n), Uk) => format!("Додайте щонайменше {n}."),
        (I::TooMany(n), En) => format!("No more than {n} can be added."),
        (I::TooMany(n), Ru) => format!("Можно добавить не больше {n}."),
        (I::TooMany(n), Uk) => format!("Можна додати не більше {n}."),
        (I::Constraint(_), En) => "This answer is not accepted.".into(),
        (I::Constraint(_), Ru) => "Этот ответ не принимается.".into(),
        (I::Constraint(_), Uk) => "Ця відповідь не приймається.".into(),
        (I::NotRelevant, En) => "This question does not apply now.".into(),
        (I::NotRelevant, Ru) => "Этот вопрос сейчас не задаётся.".into(),
        (I::NotRelevant, Uk) => "Це питання зараз не ставиться.".into(),
        (I::NoSuchPosition, En) => "There is no such question.".into(),
        (I::NoSuchPosition, Ru) => "Такого вопроса нет.".into(),
        (I::NoSuchPosition, Uk) => "Такого питання немає.".into(),
        (I::RepeatNotSettable, En) => "Add or remove entries one at a time.".into(),
        (I::RepeatNotSettable, Ru) => "Добавляйте или удаляйте записи по одной.".into(),
        (I::RepeatNotSettable, Uk) => "Додавайте або видаляйте записи по одному.".into(),
    }
}

/// "Yes" or "No" in `tag` (English when the language is not one Wave ships).
pub(crate) fn yes_no(answer: bool, tag: &str) -> &'static str {
    match (answer, lang(tag).unwrap_or(Lang::En)) {
        (true, Lang::En) => "Yes",
        (true, Lang::Ru) => "Да",
        (true, Lang::Uk) => "Так",
        (false, Lang::En) => "No",
        (false, Lang::Ru) => "Нет",
        (false, Lang::Uk) => "Ні",
    }
}
