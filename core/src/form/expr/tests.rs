//! Property tests: printing then parsing gives the same tree, and no input makes the lexer, parser,
//! checker or evaluator panic.

use proptest::prelude::*;

use super::check::tests::TestScope;
use super::{BinOp, Context, Expr, Func, Type, Value, check, eval, parse, parse_iso_date};

fn leaf() -> impl Strategy<Value = Expr> {
    prop_oneof![
        "[a-z_][a-z0-9_-]{0,8}".prop_map(Expr::Ref),
        Just(Expr::Current),
        any::<String>().prop_map(Expr::Str),
        "[ a-z'\"]{0,6}".prop_map(Expr::Str),
        (0u32..10_000).prop_map(|n| Expr::Num(f64::from(n))),
        (0.0f64..1e9).prop_map(Expr::Num),
        any::<f64>()
            .prop_filter("finite, not negative", |n| n.is_finite()
                && n.is_sign_positive())
            .prop_map(Expr::Num),
    ]
}

fn expr() -> impl Strategy<Value = Expr> {
    leaf().prop_recursive(8, 64, 3, |inner| {
        prop_oneof![
            inner.clone().prop_map(|e| Expr::Neg(Box::new(e))),
            (
                prop::sample::select(BinOp::ALL.to_vec()),
                inner.clone(),
                inner.clone()
            )
                .prop_map(|(op, a, b)| Expr::Binary(op, Box::new(a), Box::new(b))),
            (
                prop::sample::select(Func::ALL.to_vec()),
                prop::collection::vec(inner, 3)
            )
                .prop_map(|(f, mut args)| {
                    args.truncate(f.arity());
                    Expr::Call(f, args)
                }),
        ]
    })
}

/// Strings made of the language's own pieces reach deeper into the parser than random text.
fn token_soup() -> impl Strategy<Value = String> {
    let pieces = vec![
        "${n}",
        "${m}",
        "${r}",
        "${d}",
        "${s}",
        "${x}",
        "${inner}",
        ".",
        "'a'",
        "''",
        "\"b\"",
        "1",
        "2.5",
        "(",
        ")",
        ",",
        " or ",
        " and ",
        "=",
        "!=",
        "<",
        "<=",
        ">",
        ">=",
        "+",
        "-",
        "*",
        " div ",
        " mod ",
        "selected(",
        "count-selected(",
        "count(",
        "not(",
        "today()",
        "date(",
        "'2025-01-02'",
        "string-length(",
        "if(",
        "true()",
        "false()",
        "${",
        "'",
        "$",
    ];
    prop::collection::vec(prop::sample::select(pieces), 0..40).prop_map(|v| v.concat())
}

struct Blank;

impl Context<String> for Blank {
    fn value(&self, r: &String) -> Value<'_> {
        match r.as_str() {
            "n" => Value::Num(2.0),
            "s" => Value::Str("yes"),
            _ => Value::Empty,
        }
    }
    fn current(&self) -> Value<'_> {
        Value::Num(-1.0)
    }
    fn today(&self) -> time::Date {
        parse_iso_date("2025-03-14").unwrap_or(time::Date::MIN)
    }
}

/// Runs every stage on `src`; any panic fails the property.
fn exercise(src: &str) {
    let Ok(e) = parse(src) else { return };
    let printed = e.to_string();
    assert_eq!(
        parse(&printed).as_ref(),
        Ok(&e),
        "{src:?} printed as {printed:?}"
    );
    let scope = TestScope {
        current: Some(Type::Number),
    };
    if let Ok((resolved, _)) = check(&e, &scope) {
        let _ = eval(&resolved, &Blank);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn print_then_parse_round_trips(e in expr()) {
        let printed = e.to_string();
        prop_assert_eq!(parse(&printed), Ok(e), "printed: {}", printed);
    }

    #[test]
    fn random_text_never_panics(s in any::<String>()) {
        exercise(&s);
    }

    #[test]
    fn token_soup_never_panics(s in token_soup()) {
        exercise(&s);
    }
}
