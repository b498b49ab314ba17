//! Recursive-descent parser with precedence climbing for the binary operators.

use super::ParseError;
use super::ast::{BinOp, Expr, Func};
use super::lexer::{Tok, Token, tokenize};
use crate::error::Detail;

/// Deepest syntax tree accepted. The checker, evaluator and printer recurse over the tree, so this
/// bounds their stack use whatever a form contains.
pub const MAX_DEPTH: usize = 256;

/// Deepest nesting of parentheses, calls and unary minus. Bounds the parser's own recursion, which
/// costs several stack frames per level.
pub const MAX_NESTING: usize = 64;

/// Parses one expression.
pub fn parse(src: &str) -> Result<Expr, ParseError> {
    let toks = tokenize(src)?;
    let end_col = src.chars().count() + 1;
    let mut p = Parser {
        toks,
        pos: 0,
        end_col,
        nesting: 0,
    };
    let (expr, _) = p.expr(0)?;
    match p.toks.get(p.pos) {
        None => Ok(expr),
        Some(t) => Err(ParseError::new(
            t.col,
            Detail::new("form-expr-unexpected").with("found", describe(&t.tok)),
        )),
    }
}

struct Parser {
    toks: Vec<Token>,
    pos: usize,
    end_col: usize,
    nesting: usize,
}

fn describe(tok: &Tok) -> String {
    match tok {
        Tok::Ref(n) => format!("${{{n}}}"),
        Tok::Dot => "'.'".into(),
        Tok::Str(_) => "string".into(),
        Tok::Num(_) => "number".into(),
        Tok::Word(w) => format!("'{w}'"),
        Tok::LParen => "'('".into(),
        Tok::RParen => "')'".into(),
        Tok::Comma => "','".into(),
        Tok::Eq => "'='".into(),
        Tok::Ne => "'!='".into(),
        Tok::Lt => "'<'".into(),
        Tok::Le => "'<='".into(),
        Tok::Gt => "'>'".into(),
        Tok::Ge => "'>='".into(),
        Tok::Plus => "'+'".into(),
        Tok::Minus => "'-'".into(),
        Tok::Star => "'*'".into(),
    }
}

fn binop(tok: &Tok) -> Option<BinOp> {
    Some(match tok {
        Tok::Word(w) => match w.as_str() {
            "or" => BinOp::Or,
            "and" => BinOp::And,
            "div" => BinOp::Div,
            "mod" => BinOp::Mod,
            _ => return None,
        },
        Tok::Eq => BinOp::Eq,
        Tok::Ne => BinOp::Ne,
        Tok::Lt => BinOp::Lt,
        Tok::Le => BinOp::Le,
        Tok::Gt => BinOp::Gt,
        Tok::Ge => BinOp::Ge,
        Tok::Plus => BinOp::Add,
        Tok::Minus => BinOp::Sub,
        Tok::Star => BinOp::Mul,
        _ => return None,
    })
}

type Parsed = Result<(Expr, usize), ParseError>;

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.toks.get(self.pos)
    }

    fn col(&self) -> usize {
        self.peek().map_or(self.end_col, |t| t.col)
    }

    fn error<T>(&self, detail: Detail) -> Result<T, ParseError> {
        Err(ParseError::new(self.col(), detail))
    }

    /// Takes `want`; else the error `found` (naming the token there) or, at the end, `end`.
    fn expect(
        &mut self,
        want: &Tok,
        found: &'static str,
        end: &'static str,
    ) -> Result<(), ParseError> {
        match self.peek() {
            Some(t) if &t.tok == want => {
                self.pos += 1;
                Ok(())
            }
            Some(t) => self.error(Detail::new(found).with("found", describe(&t.tok))),
            None => self.error(Detail::new(end)),
        }
    }

    fn enter(&mut self) -> Result<(), ParseError> {
        self.nesting += 1;
        if self.nesting > MAX_NESTING {
            return self.error(Detail::new("form-expr-too-nested").with("max", MAX_NESTING));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.nesting = self.nesting.saturating_sub(1);
    }

    fn check_depth(&self, depth: usize) -> Result<(), ParseError> {
        if depth > MAX_DEPTH {
            return self.error(Detail::new("form-expr-too-deep").with("max", MAX_DEPTH));
        }
        Ok(())
    }

    /// Parses operators of precedence `min_prec` and up. Each returned tree comes with its depth
    /// so the limit is checked without walking the tree again.
    fn expr(&mut self, min_prec: u8) -> Parsed {
        let (mut lhs, mut depth) = self.unary()?;
        while let Some(op) = self.peek().and_then(|t| binop(&t.tok)) {
            if op.precedence() < min_prec {
                break;
            }
            self.pos += 1;
            let (rhs, rdepth) = self.expr(op.precedence() + 1)?;
            depth = depth.max(rdepth) + 1;
            self.check_depth(depth)?;
            lhs = Expr::Binary(op, Box::new(lhs), Box::new(rhs));
        }
        Ok((lhs, depth))
    }

    fn unary(&mut self) -> Parsed {
        if self.peek().is_some_and(|t| t.tok == Tok::Minus) {
            self.pos += 1;
            self.enter()?;
            let (e, d) = self.unary()?;
            self.leave();
            self.check_depth(d + 1)?;
            return Ok((Expr::Neg(Box::new(e)), d + 1));
        }
        self.primary()
    }

    fn primary(&mut self) -> Parsed {
        let Some(token) = self.peek().cloned() else {
            return self.error(Detail::new("form-expr-unexpected-end"));
        };
        self.pos += 1;
        match token.tok {
            Tok::Ref(name) => Ok((Expr::Ref(name), 1)),
            Tok::Dot => Ok((Expr::Current, 1)),
            Tok::Str(s) => Ok((Expr::Str(s), 1)),
            Tok::Num(n) => Ok((Expr::Num(n), 1)),
            Tok::LParen => {
                self.enter()?;
                let inner = self.expr(0)?;
                self.expect(
                    &Tok::RParen,
                    "form-expr-expected-close",
                    "form-expr-expected-close-end",
                )?;
                self.leave();
                Ok(inner)
            }
            Tok::Word(word) => self.call(&word, token.col),
            other => Err(ParseError::new(
                token.col,
                Detail::new("form-expr-unexpected").with("found", describe(&other)),
            )),
        }
    }

    fn call(&mut self, word: &str, col: usize) -> Parsed {
        let Some(func) = Func::from_name(word) else {
            let id = if binop(&Tok::Word(word.to_string())).is_some() {
                "form-expr-operator-alone"
            } else if self.peek().is_some_and(|t| t.tok == Tok::LParen) {
                "form-expr-unknown-function"
            } else {
                "form-expr-unexpected-word"
            };
            return Err(ParseError::new(col, Detail::new(id).with("word", word)));
        };
        self.expect(
            &Tok::LParen,
            "form-expr-expected-open",
            "form-expr-expected-open-end",
        )?;
        self.enter()?;
        let mut args = Vec::new();
        let mut depth = 0;
        if self.peek().is_some_and(|t| t.tok == Tok::RParen) {
            self.pos += 1;
        } else {
            loop {
                let (arg, d) = self.expr(0)?;
                depth = depth.max(d);
                args.push(arg);
                match self.peek().map(|t| &t.tok) {
                    Some(Tok::Comma) => self.pos += 1,
                    Some(Tok::RParen) => {
                        self.pos += 1;
                        break;
                    }
                    _ => return self.error(Detail::new("form-expr-expected-list")),
                }
            }
        }
        self.leave();
        if args.len() != func.arity() {
            let detail = Detail::new("form-expr-arity")
                .with("function", func)
                .with_count("count", u64::try_from(func.arity()).unwrap_or(u64::MAX))
                .with("got", args.len());
            return Err(ParseError::new(col, detail));
        }
        self.check_depth(depth + 1)?;
        Ok((Expr::Call(func, args), depth + 1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(n: &str) -> Box<Expr> {
        Box::new(Expr::Ref(n.into()))
    }

    #[test]
    fn precedence_and_associativity() {
        let e = parse("${a} or ${b} and ${c}").unwrap();
        assert_eq!(
            e,
            Expr::Binary(
                BinOp::Or,
                r("a"),
                Box::new(Expr::Binary(BinOp::And, r("b"), r("c")))
            )
        );
        let e = parse("1 - 2 - 3").unwrap();
        assert_eq!(
            e,
            Expr::Binary(
                BinOp::Sub,
                Box::new(Expr::Binary(
                    BinOp::Sub,
                    Box::new(Expr::Num(1.0)),
                    Box::new(Expr::Num(2.0))
                )),
                Box::new(Expr::Num(3.0))
            )
        );
        let e = parse("-${a} * 2 + 1 > 3 = true()").unwrap();
        let Expr::Binary(BinOp::Eq, lhs, _) = e else {
            panic!("= binds loosest here")
        };
        assert!(matches!(*lhs, Expr::Binary(BinOp::Gt, _, _)));
    }

    #[test]
    fn calls_check_arity() {
        assert!(parse("selected(${v}, 'a')").is_ok());
        assert!(parse("today()").is_ok());
        let err = parse("selected(${v})").unwrap_err();
        assert!(
            err.detail.to_string().contains("takes 2 arguments"),
            "{err}"
        );
        assert!(
            parse("nope(1)")
                .unwrap_err()
                .detail
                .to_string()
                .contains("unknown function")
        );
        assert!(
            parse("foo")
                .unwrap_err()
                .detail
                .to_string()
                .contains("${foo}")
        );
    }

    #[test]
    fn rejects_malformed_input() {
        for bad in [
            "",
            "(",
            ")",
            "${a} =",
            "= 1",
            "1 2",
            "selected(${a}, 'b'",
            "not(,)",
            "and",
            "1 +* 2",
        ] {
            assert!(parse(bad).is_err(), "{bad:?} should not parse");
        }
        let err = parse("(${a} = 1").unwrap_err();
        assert_eq!(err.col, 10);
    }

    #[test]
    fn deep_input_is_an_error_not_a_crash() {
        let deep = format!("{}1{}", "(".repeat(100_000), ")".repeat(100_000));
        assert!(parse(&deep[..9_000]).is_err());
        assert!(parse(&"-".repeat(5_000)).is_err());
        assert!(parse(&"not(".repeat(2_000)).is_err());
        let long_chain = vec!["1"; 1_000].join(" + ");
        assert!(
            parse(&long_chain)
                .unwrap_err()
                .detail
                .to_string()
                .contains("deep")
        );
        let ok_chain = vec!["1"; 200].join(" + ");
        assert!(parse(&ok_chain).is_ok());
    }
}
