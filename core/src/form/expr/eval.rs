//! Evaluates a checked expression over the answers given by a [`Context`].
//!
//! Nothing here allocates: values borrow from the expression and from the answers.

use time::Date;

use super::ast::{BinOp, Expr, Func};
use super::date::parse_iso_date;

/// A value during evaluation.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value<'a> {
    /// No answer, or the answer of an item that is not relevant: reads as `''`.
    Empty,
    Bool(bool),
    Num(f64),
    Str(&'a str),
    /// A day, as a Julian day number.
    Date(i32),
    /// The chosen values of a `multi` item.
    Sel(&'a [String]),
    /// A repeat group with this many instances.
    Count(usize),
    /// A location, attachment or info answer, which expressions can only test for presence.
    Opaque,
}

impl Value<'_> {
    /// Whether the value reads as `''`.
    pub fn is_blank(&self) -> bool {
        match self {
            Value::Empty => true,
            Value::Str(s) => s.is_empty(),
            Value::Sel(v) => v.is_empty(),
            Value::Count(n) => *n == 0,
            Value::Bool(_) | Value::Num(_) | Value::Date(_) | Value::Opaque => false,
        }
    }

    /// The truth of a condition: only `true` is true, so a condition that cannot be worked out
    /// counts as false.
    pub fn is_true(&self) -> bool {
        matches!(self, Value::Bool(true))
    }
}

/// Where evaluation reads answers and the date from. `R` is the resolved reference handle.
pub trait Context<R> {
    /// The value of `${r}`; [`Value::Empty`] when unanswered or not relevant.
    fn value(&self, r: &R) -> Value<'_>;
    /// The value of `.`.
    fn current(&self) -> Value<'_>;
    /// Today's date, given by the caller so evaluation never reads a clock itself.
    fn today(&self) -> Date;
}

/// Evaluates `e`. Never panics: a value of the wrong kind (impossible after type checking) makes
/// the result [`Value::Empty`] or false.
pub fn eval<'a, R, C: Context<R> + ?Sized>(e: &'a Expr<R>, ctx: &'a C) -> Value<'a> {
    match e {
        Expr::Ref(r) => ctx.value(r),
        Expr::Current => ctx.current(),
        Expr::Str(s) => Value::Str(s),
        Expr::Num(n) => Value::Num(*n),
        Expr::Neg(inner) => match eval(inner, ctx) {
            Value::Num(n) => Value::Num(-n),
            _ => Value::Empty,
        },
        Expr::Binary(BinOp::And, a, b) => {
            Value::Bool(eval(a, ctx).is_true() && eval(b, ctx).is_true())
        }
        Expr::Binary(BinOp::Or, a, b) => {
            Value::Bool(eval(a, ctx).is_true() || eval(b, ctx).is_true())
        }
        Expr::Binary(op, a, b) => binary(*op, eval(a, ctx), eval(b, ctx)),
        Expr::Call(func, args) => call(*func, args, ctx),
    }
}

fn equal(a: Value<'_>, b: Value<'_>) -> bool {
    if a.is_blank() || b.is_blank() {
        return a.is_blank() && b.is_blank();
    }
    match (a, b) {
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Num(x), Value::Num(y)) => x == y,
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::Date(x), Value::Date(y)) => x == y,
        _ => false,
    }
}

fn date_plus(day: i32, days: f64) -> Value<'static> {
    let sum = f64::from(day) + days.floor();
    // Keeps the result inside the range `time` can represent; beyond it the value is unknown.
    let (min, max) = (
        f64::from(Date::MIN.to_julian_day()),
        f64::from(Date::MAX.to_julian_day()),
    );
    if sum.is_finite() && sum >= min && sum <= max {
        // In range, so the conversion is exact.
        Value::Date(sum as i32)
    } else {
        Value::Empty
    }
}

fn binary<'a>(op: BinOp, a: Value<'a>, b: Value<'a>) -> Value<'a> {
    use std::cmp::Ordering;
    let order = |a: Value<'_>, b: Value<'_>| -> Option<Ordering> {
        match (a, b) {
            (Value::Num(x), Value::Num(y)) => x.partial_cmp(&y),
            (Value::Date(x), Value::Date(y)) => Some(x.cmp(&y)),
            (Value::Str(x), Value::Str(y)) if !x.is_empty() && !y.is_empty() => Some(x.cmp(y)),
            _ => None,
        }
    };
    match op {
        BinOp::Eq => Value::Bool(equal(a, b)),
        BinOp::Ne => Value::Bool(!equal(a, b)),
        BinOp::Lt => Value::Bool(order(a, b) == Some(Ordering::Less)),
        BinOp::Le => Value::Bool(matches!(
            order(a, b),
            Some(Ordering::Less | Ordering::Equal)
        )),
        BinOp::Gt => Value::Bool(order(a, b) == Some(Ordering::Greater)),
        BinOp::Ge => Value::Bool(matches!(
            order(a, b),
            Some(Ordering::Greater | Ordering::Equal)
        )),
        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Mod => arith(op, a, b),
        // Handled with short-circuit in `eval`; kept total here.
        BinOp::And => Value::Bool(a.is_true() && b.is_true()),
        BinOp::Or => Value::Bool(a.is_true() || b.is_true()),
    }
}

/// Arithmetic on an unanswered value is unanswered, so `${n} + 1 > 3` is false until `n` is given.
fn arith<'a>(op: BinOp, a: Value<'a>, b: Value<'a>) -> Value<'a> {
    match (op, a, b) {
        (BinOp::Add, Value::Num(x), Value::Num(y)) => Value::Num(x + y),
        (BinOp::Sub, Value::Num(x), Value::Num(y)) => Value::Num(x - y),
        (BinOp::Mul, Value::Num(x), Value::Num(y)) => Value::Num(x * y),
        (BinOp::Div, Value::Num(x), Value::Num(y)) => Value::Num(x / y),
        (BinOp::Mod, Value::Num(x), Value::Num(y)) => Value::Num(x % y),
        (BinOp::Sub, Value::Date(x), Value::Date(y)) => Value::Num(f64::from(x) - f64::from(y)),
        (BinOp::Add, Value::Date(d), Value::Num(n))
        | (BinOp::Add, Value::Num(n), Value::Date(d)) => date_plus(d, n),
        (BinOp::Sub, Value::Date(d), Value::Num(n)) => date_plus(d, -n),
        _ => Value::Empty,
    }
}

fn count(n: usize) -> Value<'static> {
    // Counts here are lengths of in-memory lists, far below 2^53, so the conversion is exact.
    Value::Num(n as f64)
}

fn call<'a, R, C: Context<R> + ?Sized>(func: Func, args: &'a [Expr<R>], ctx: &'a C) -> Value<'a> {
    let arg = |i: usize| args.get(i).map_or(Value::Empty, |a| eval(a, ctx));
    match func {
        Func::True => Value::Bool(true),
        Func::False => Value::Bool(false),
        Func::Today => Value::Date(ctx.today().to_julian_day()),
        Func::Not => Value::Bool(!arg(0).is_true()),
        Func::If => {
            if arg(0).is_true() {
                arg(1)
            } else {
                arg(2)
            }
        }
        Func::Selected => {
            let Value::Str(want) = arg(1) else {
                return Value::Bool(false);
            };
            Value::Bool(match arg(0) {
                Value::Sel(chosen) => chosen.iter().any(|c| c == want),
                Value::Str(s) => s == want,
                _ => false,
            })
        }
        Func::CountSelected => match arg(0) {
            Value::Sel(chosen) => count(chosen.len()),
            _ => count(0),
        },
        Func::Count => match arg(0) {
            Value::Count(n) => count(n),
            _ => count(0),
        },
        Func::StringLength => match arg(0) {
            Value::Str(s) => count(s.chars().count()),
            _ => count(0),
        },
        Func::Date => match arg(0) {
            Value::Str(s) => {
                parse_iso_date(s).map_or(Value::Empty, |d| Value::Date(d.to_julian_day()))
            }
            _ => Value::Empty,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::super::check::{check, tests::TestScope};
    use super::super::parse;
    use super::*;

    struct Answers {
        n: Option<f64>,
        s: Option<&'static str>,
        d: Option<Date>,
        m: Vec<String>,
        r: usize,
        current: Option<f64>,
    }

    impl Context<String> for Answers {
        fn value(&self, r: &String) -> Value<'_> {
            match r.as_str() {
                "n" => self.n.map_or(Value::Empty, Value::Num),
                "s" => self.s.map_or(Value::Empty, Value::Str),
                "d" => self
                    .d
                    .map_or(Value::Empty, |d| Value::Date(d.to_julian_day())),
                "m" => Value::Sel(&self.m),
                "r" => Value::Count(self.r),
                _ => Value::Empty,
            }
        }
        fn current(&self) -> Value<'_> {
            self.current.map_or(Value::Empty, Value::Num)
        }
        fn today(&self) -> Date {
            parse_iso_date("2025-03-14").unwrap()
        }
    }

    fn run(src: &str, ctx: &Answers) -> String {
        let scope = TestScope {
            current: Some(super::super::Type::Number),
        };
        let (e, _) = check(&parse(src).unwrap(), &scope).unwrap();
        format!("{:?}", eval(&e, ctx))
    }

    fn answered() -> Answers {
        Answers {
            n: Some(7.0),
            s: Some("yes"),
            d: parse_iso_date("2025-03-01"),
            m: vec!["a".into(), "c".into()],
            r: 2,
            current: Some(4.0),
        }
    }

    fn blank() -> Answers {
        Answers {
            n: None,
            s: None,
            d: None,
            m: vec![],
            r: 0,
            current: None,
        }
    }

    #[test]
    fn evaluates_answers() {
        let a = answered();
        for (src, want) in [
            (
                "selected(${m}, 'c') and not(selected(${m}, 'b'))",
                "Bool(true)",
            ),
            ("count-selected(${m}) + count(${r})", "Num(4.0)"),
            ("${n} div 2", "Num(3.5)"),
            ("${n} mod 4", "Num(3.0)"),
            ("-${n} * 2", "Num(-14.0)"),
            ("${s} = 'yes'", "Bool(true)"),
            ("today() - ${d}", "Num(13.0)"),
            ("${d} + 13 = today()", "Bool(true)"),
            ("${d} < date('2025-03-02')", "Bool(true)"),
            ("if(${n} > 5, 'big', 'small')", "Str(\"big\")"),
            ("string-length('ab' ) = 2", "Bool(true)"),
            (". < ${n}", "Bool(true)"),
            ("${n} = ''", "Bool(false)"),
            ("1 div 0 > 1000", "Bool(true)"),
        ] {
            assert_eq!(run(src, &a), want, "{src}");
        }
    }

    #[test]
    fn unanswered_reads_as_empty_string() {
        let b = blank();
        for (src, want) in [
            (
                "${n} = '' and ${s} = '' and ${d} = '' and ${m} = '' and ${r} = ''",
                "Bool(true)",
            ),
            ("${n} > 3 or ${n} <= 3", "Bool(false)"),
            ("${n} + 1", "Empty"),
            ("${d} < today()", "Bool(false)"),
            ("selected(${m}, 'a')", "Bool(false)"),
            ("count-selected(${m}) + count(${r})", "Num(0.0)"),
            ("string-length(${s})", "Num(0.0)"),
            ("${s} != 'yes'", "Bool(true)"),
            (". = ''", "Bool(true)"),
        ] {
            assert_eq!(run(src, &b), want, "{src}");
        }
    }

    #[test]
    fn date_arithmetic_out_of_range_is_empty() {
        let a = answered();
        assert_eq!(run("${d} + 99999999999", &a), "Empty");
        assert_eq!(run("${d} - 1 div 0", &a), "Empty");
    }
}
