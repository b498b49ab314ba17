//! Type checking and reference resolution: turns a parsed expression into one whose references are
//! resolved handles, or reports every problem found in it.

use std::fmt;

use super::ast::{BinOp, Expr, Func};
use super::date::parse_iso_date;
use crate::error::Detail;

/// The type of an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Type {
    Bool,
    Number,
    String,
    Date,
    /// The answer of a `multi` item: use `selected()` and `count-selected()`.
    Selection,
    /// A repeat group: use `count()`.
    Repeat,
    /// A location, attachment or info answer: only comparable with `''`.
    Opaque,
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Type::Bool => "boolean",
            Type::Number => "number",
            Type::String => "string",
            Type::Date => "date",
            Type::Selection => "selection",
            Type::Repeat => "repeat",
            Type::Opaque => "answer that can only be compared with ''",
        })
    }
}

impl Type {
    /// The type as messages name it: the expression language's own word for it (as the format
    /// documentation writes it), or words of the catalog for the kind of answer that has none.
    pub fn detail(self) -> Detail {
        match self {
            Type::Opaque => Detail::new("form-type-opaque"),
            other => Detail::quoted(other.to_string()),
        }
    }
}

/// Why a reference did not resolve.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResolveError {
    /// No item has that id.
    Unknown,
    /// The item is inside this repeat, and the expression is not.
    OutOfScope { repeat: String },
}

/// What the checker needs to know about the place an expression sits in.
pub trait Scope {
    /// The resolved handle references are turned into.
    type Ref;
    /// Resolves `${name}` to a handle and the item's type.
    fn resolve(&self, name: &str) -> Result<(Self::Ref, Type), ResolveError>;
    /// The type of `.`, or `None` where `.` means nothing.
    fn current(&self) -> Option<Type>;
}

/// A problem found by the checker.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum CheckError {
    #[error("{}", self.detail())]
    UnknownRef(String),
    #[error("{}", self.detail())]
    OutOfScope { name: String, repeat: String },
    #[error("{}", self.detail())]
    CurrentNotAllowed,
    /// A type mismatch: a `form-expr-…` message naming the operator or function and the types.
    #[error("{0}")]
    Type(Detail),
}

impl CheckError {
    /// What is wrong, to be put into words in the reader's language.
    pub fn detail(&self) -> Detail {
        let reference = |name: &str| format!("${{{name}}}");
        match self {
            CheckError::UnknownRef(name) => {
                Detail::new("form-unknown-item").with("item", reference(name))
            }
            CheckError::OutOfScope { name, repeat } => Detail::new("form-expr-out-of-scope")
                .with("item", reference(name))
                .with("repeat", repeat),
            CheckError::CurrentNotAllowed => Detail::new("form-expr-current-not-allowed"),
            CheckError::Type(detail) => detail.clone(),
        }
    }
}

/// A type error naming the operator and the two types it was given.
fn operands(id: &'static str, op: &str, left: Type, right: Type) -> Detail {
    Detail::new(id)
        .with("op", op)
        .with_detail("left", left.detail())
        .with_detail("right", right.detail())
}

/// Checks `expr` in `scope`, returning the resolved expression and its type, or every problem.
pub fn check<S: Scope>(expr: &Expr, scope: &S) -> Result<(Expr<S::Ref>, Type), Vec<CheckError>> {
    let mut checker = Checker {
        scope,
        errors: Vec::new(),
    };
    match checker.go(expr) {
        Some(typed) if checker.errors.is_empty() => Ok(typed),
        _ => Err(checker.errors),
    }
}

struct Checker<'s, S> {
    scope: &'s S,
    errors: Vec<CheckError>,
}

fn is_empty_literal(e: &Expr) -> bool {
    matches!(e, Expr::Str(s) if s.is_empty())
}

impl<S: Scope> Checker<'_, S> {
    fn type_error<T>(&mut self, detail: Detail) -> Option<T> {
        self.errors.push(CheckError::Type(detail));
        None
    }

    /// `None` means an error was recorded below; callers stop there so one mistake is reported
    /// once rather than again by every enclosing operator.
    fn go(&mut self, e: &Expr) -> Option<(Expr<S::Ref>, Type)> {
        match e {
            Expr::Ref(name) => match self.scope.resolve(name) {
                Ok((r, t)) => Some((Expr::Ref(r), t)),
                Err(ResolveError::Unknown) => {
                    self.errors.push(CheckError::UnknownRef(name.clone()));
                    None
                }
                Err(ResolveError::OutOfScope { repeat }) => {
                    self.errors.push(CheckError::OutOfScope {
                        name: name.clone(),
                        repeat,
                    });
                    None
                }
            },
            Expr::Current => match self.scope.current() {
                Some(t) => Some((Expr::Current, t)),
                None => {
                    self.errors.push(CheckError::CurrentNotAllowed);
                    None
                }
            },
            Expr::Str(s) => Some((Expr::Str(s.clone()), Type::String)),
            Expr::Num(n) => Some((Expr::Num(*n), Type::Number)),
            Expr::Neg(inner) => {
                let (e, t) = self.go(inner)?;
                if t != Type::Number {
                    return self.type_error(
                        Detail::new("form-expr-unary-minus").with_detail("found", t.detail()),
                    );
                }
                Some((Expr::Neg(Box::new(e)), Type::Number))
            }
            Expr::Binary(op, a, b) => {
                let lhs = self.go(a);
                let rhs = self.go(b);
                let ((ea, ta), (eb, tb)) = (lhs?, rhs?);
                let t = self.binary_type(*op, (a, ta), (b, tb))?;
                Some((Expr::Binary(*op, Box::new(ea), Box::new(eb)), t))
            }
            Expr::Call(func, args) => {
                let checked: Vec<_> = args.iter().map(|a| self.go(a)).collect();
                let checked: Option<Vec<_>> = checked.into_iter().collect();
                let (exprs, types): (Vec<_>, Vec<_>) = checked?.into_iter().unzip();
                let t = self.call_type(*func, args, &types)?;
                Some((Expr::Call(*func, exprs), t))
            }
        }
    }

    fn binary_type(
        &mut self,
        op: BinOp,
        (a, ta): (&Expr, Type),
        (b, tb): (&Expr, Type),
    ) -> Option<Type> {
        let sym = op.symbol();
        match op {
            BinOp::Or | BinOp::And => {
                if ta == Type::Bool && tb == Type::Bool {
                    Some(Type::Bool)
                } else {
                    self.type_error(operands("form-expr-needs-booleans", sym, ta, tb))
                }
            }
            BinOp::Eq | BinOp::Ne => {
                // Every answer may be compared with '' to ask whether it was given.
                let comparable =
                    matches!(ta, Type::Bool | Type::Number | Type::String | Type::Date);
                if is_empty_literal(a) || is_empty_literal(b) || (ta == tb && comparable) {
                    Some(Type::Bool)
                } else if ta == Type::Selection || tb == Type::Selection {
                    self.type_error(Detail::new("form-expr-compare-selection").with("op", sym))
                } else if ta == Type::Repeat || tb == Type::Repeat {
                    self.type_error(Detail::new("form-expr-compare-repeat").with("op", sym))
                } else {
                    self.type_error(operands("form-expr-compare-same-type", sym, ta, tb))
                }
            }
            BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
                if ta == tb && matches!(ta, Type::Number | Type::Date | Type::String) {
                    Some(Type::Bool)
                } else {
                    self.type_error(operands("form-expr-order", sym, ta, tb))
                }
            }
            BinOp::Add | BinOp::Sub => match (ta, tb) {
                (Type::Number, Type::Number) => Some(Type::Number),
                (Type::Date, Type::Date) if op == BinOp::Sub => Some(Type::Number),
                (Type::Date, Type::Number) => Some(Type::Date),
                (Type::Number, Type::Date) if op == BinOp::Add => Some(Type::Date),
                _ => self.type_error(operands("form-expr-add", sym, ta, tb)),
            },
            BinOp::Mul | BinOp::Div | BinOp::Mod => {
                if ta == Type::Number && tb == Type::Number {
                    Some(Type::Number)
                } else {
                    self.type_error(operands("form-expr-needs-numbers", sym, ta, tb))
                }
            }
        }
    }

    fn call_type(&mut self, func: Func, args: &[Expr], types: &[Type]) -> Option<Type> {
        let want = |i: usize| types.get(i).copied();
        match func {
            Func::True | Func::False => Some(Type::Bool),
            Func::Today => Some(Type::Date),
            Func::Not => self.arg(func, want(0), &[Type::Bool], Type::Bool),
            Func::StringLength => self.arg(func, want(0), &[Type::String], Type::Number),
            Func::CountSelected => self.arg(func, want(0), &[Type::Selection], Type::Number),
            Func::Count => self.arg(func, want(0), &[Type::Repeat], Type::Number),
            Func::Date => {
                let t = self.arg(func, want(0), &[Type::String], Type::Date)?;
                if let Some(Expr::Str(s)) = args.first()
                    && parse_iso_date(s).is_none()
                {
                    return self.type_error(Detail::new("form-expr-not-a-date").with("text", s));
                }
                Some(t)
            }
            Func::Selected => {
                self.arg(func, want(0), &[Type::Selection, Type::String], Type::Bool)?;
                if want(1) != Some(Type::String) {
                    let found = want(1).map_or(Detail::quoted(""), Type::detail);
                    return self.type_error(
                        Detail::new("form-expr-selected-value").with_detail("found", found),
                    );
                }
                Some(Type::Bool)
            }
            Func::If => {
                let (c, a, b) = (want(0), want(1), want(2));
                if c != Some(Type::Bool) {
                    let found = c.map_or(Detail::quoted(""), Type::detail);
                    return self.type_error(
                        Detail::new("form-expr-if-condition").with_detail("found", found),
                    );
                }
                match (a, b) {
                    (Some(a), Some(b)) if a == b => Some(a),
                    (Some(a), Some(b)) => self.type_error(
                        Detail::new("form-expr-if-branches")
                            .with_detail("left", a.detail())
                            .with_detail("right", b.detail()),
                    ),
                    _ => None,
                }
            }
        }
    }

    fn arg(
        &mut self,
        func: Func,
        found: Option<Type>,
        allowed: &[Type],
        result: Type,
    ) -> Option<Type> {
        match found {
            Some(t) if allowed.contains(&t) => Some(result),
            Some(t) => {
                let detail = match allowed {
                    [first, second, ..] => Detail::new("form-expr-argument-either")
                        .with_detail("first", first.detail())
                        .with_detail("second", second.detail()),
                    _ => Detail::new("form-expr-argument").with_detail(
                        "allowed",
                        allowed.first().map_or(Detail::quoted(""), |t| t.detail()),
                    ),
                };
                self.type_error(
                    detail
                        .with("function", func)
                        .with_detail("found", t.detail()),
                )
            }
            None => None,
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::super::parse;
    use super::*;

    /// A fixed scope: `n` number, `s` string, `d` date, `m` selection, `r` repeat, `loc` opaque,
    /// `inner` out of scope; `.` is a number.
    pub(crate) struct TestScope {
        pub current: Option<Type>,
    }

    impl Scope for TestScope {
        type Ref = String;
        fn resolve(&self, name: &str) -> Result<(String, Type), ResolveError> {
            let t = match name {
                "n" => Type::Number,
                "s" | "yn" => Type::String,
                "d" => Type::Date,
                "m" => Type::Selection,
                "r" => Type::Repeat,
                "loc" => Type::Opaque,
                "inner" => {
                    return Err(ResolveError::OutOfScope { repeat: "r".into() });
                }
                _ => return Err(ResolveError::Unknown),
            };
            Ok((name.to_string(), t))
        }
        fn current(&self) -> Option<Type> {
            self.current
        }
    }

    fn ty(src: &str) -> Result<Type, Vec<CheckError>> {
        let scope = TestScope {
            current: Some(Type::Number),
        };
        check(&parse(src).unwrap(), &scope).map(|(_, t)| t)
    }

    #[test]
    fn well_typed_expressions() {
        for (src, t) in [
            ("selected(${m}, 'a') and ${s} = 'yes'", Type::Bool),
            ("count-selected(${m}) + count(${r}) * 2", Type::Number),
            ("${d} <= today() and today() - ${d} < 30", Type::Bool),
            ("${d} + 1", Type::Date),
            (
                "${loc} != '' or ${m} = '' or ${r} = '' or ${n} = ''",
                Type::Bool,
            ),
            ("if(${n} > 1, 'many', 'one')", Type::String),
            ("string-length(${s}) > 0 and not(false())", Type::Bool),
            (". >= 0 and . mod 1 = 0", Type::Bool),
            ("date('2025-03-14') < ${d}", Type::Bool),
        ] {
            assert_eq!(ty(src), Ok(t), "{src}");
        }
    }

    #[test]
    fn type_errors() {
        for src in [
            "${n} and true()",
            "${n} = 'x'",
            "${m} = 'a'",
            "count(${m})",
            "count-selected(${r})",
            "${s} + 1",
            "-${s}",
            "not(${n})",
            "if(${n}, 1, 2)",
            "if(true(), 1, 'a')",
            "date('2025-02-30')",
            "selected(${n}, 'a')",
            "selected(${m}, 1)",
            "${loc} = 1",
            "${d} < 3",
        ] {
            let errs = ty(src).expect_err(src);
            assert_eq!(errs.len(), 1, "{src}: {errs:?}");
            assert!(matches!(errs[0], CheckError::Type(_)), "{src}");
        }
    }

    #[test]
    fn reference_errors_are_all_collected() {
        let errs = ty("${x} = 1 or ${inner} = 2 or ${y} > 0").unwrap_err();
        assert_eq!(
            errs,
            vec![
                CheckError::UnknownRef("x".into()),
                CheckError::OutOfScope {
                    name: "inner".into(),
                    repeat: "r".into()
                },
                CheckError::UnknownRef("y".into()),
            ]
        );
        let scope = TestScope { current: None };
        assert_eq!(
            check(&parse(". > 1").unwrap(), &scope).unwrap_err(),
            vec![CheckError::CurrentNotAllowed]
        );
    }
}
