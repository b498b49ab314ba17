//! Prints an expression back as form text, with only the parentheses it needs, so that printing
//! and parsing again gives the same tree.

use std::fmt;

use super::ast::{Expr, UNARY_PRECEDENCE};

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expr::Ref(name) => write!(f, "${{{name}}}"),
            Expr::Current => f.write_str("."),
            Expr::Str(s) => write_string(f, s),
            Expr::Num(n) => write!(f, "{n}"),
            Expr::Neg(e) => {
                f.write_str("-")?;
                write_operand(f, e, UNARY_PRECEDENCE, false)
            }
            Expr::Binary(op, a, b) => {
                let prec = op.precedence();
                write_operand(f, a, prec, false)?;
                write!(f, " {} ", op.symbol())?;
                write_operand(f, b, prec, true)
            }
            Expr::Call(func, args) => {
                write!(f, "{func}(")?;
                for (i, arg) in args.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{arg}")?;
                }
                f.write_str(")")
            }
        }
    }
}

/// Operators are left-associative, so a right operand of equal precedence needs parentheses and a
/// left one does not.
fn write_operand(f: &mut fmt::Formatter<'_>, e: &Expr, parent: u8, right: bool) -> fmt::Result {
    let needs_parens = match e {
        Expr::Binary(op, _, _) => op.precedence() < parent || (right && op.precedence() == parent),
        _ => false,
    };
    if needs_parens {
        write!(f, "({e})")
    } else {
        write!(f, "{e}")
    }
}

/// Picks the quote that needs no escaping when it can, and doubles the quote otherwise.
fn write_string(f: &mut fmt::Formatter<'_>, s: &str) -> fmt::Result {
    if s.contains('\'') && !s.contains('"') {
        write!(f, "\"{s}\"")
    } else {
        write!(f, "'{}'", s.replace('\'', "''"))
    }
}

#[cfg(test)]
mod tests {
    use super::super::parse;

    #[test]
    fn prints_minimal_parentheses() {
        for (src, printed) in [
            ("${a}  or(${b}and ${c})", "${a} or ${b} and ${c}"),
            ("(${a} or ${b}) and ${c}", "(${a} or ${b}) and ${c}"),
            ("1 - (2 - 3)", "1 - (2 - 3)"),
            ("(1 - 2) - 3", "1 - 2 - 3"),
            ("-(1 + 2) * -3", "-(1 + 2) * -3"),
            ("selected( ${v} ,\"it's\")", "selected(${v}, \"it's\")"),
            ("'a''b\"c'", "'a''b\"c'"),
            (
                "today() - date('2025-01-01') >= 3.25",
                "today() - date('2025-01-01') >= 3.25",
            ),
            (". div 2 mod 3", ". div 2 mod 3"),
        ] {
            let e = parse(src).unwrap();
            assert_eq!(e.to_string(), printed);
            assert_eq!(parse(printed).unwrap(), e);
        }
    }
}
