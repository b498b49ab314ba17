//! Turns expression text into tokens, each with the column it starts at.

use super::ParseError;
use crate::error::Detail;

/// Longest expression accepted, in bytes. Real forms stay far below; the limit keeps a hostile
/// form from making loading slow.
pub const MAX_LEN: usize = 10_000;

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Tok {
    /// `${name}`
    Ref(String),
    /// `.`
    Dot,
    Str(String),
    Num(f64),
    /// A bare word: a function name or one of `and`, `or`, `div`, `mod`.
    Word(String),
    LParen,
    RParen,
    Comma,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Plus,
    Minus,
    Star,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Token {
    pub tok: Tok,
    /// 1-based column, counted in characters, where the token starts.
    pub col: usize,
}

pub(crate) fn tokenize(src: &str) -> Result<Vec<Token>, ParseError> {
    if src.len() > MAX_LEN {
        return Err(ParseError::new(
            1,
            Detail::new("form-expr-too-long").with("max", MAX_LEN),
        ));
    }
    let chars: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        let col = i + 1;
        let next = chars.get(i + 1).copied();
        let (tok, len) = match c {
            c if c.is_whitespace() => {
                i += 1;
                continue;
            }
            '(' => (Tok::LParen, 1),
            ')' => (Tok::RParen, 1),
            ',' => (Tok::Comma, 1),
            '=' => (Tok::Eq, 1),
            '+' => (Tok::Plus, 1),
            '-' => (Tok::Minus, 1),
            '*' => (Tok::Star, 1),
            '!' if next == Some('=') => (Tok::Ne, 2),
            '<' if next == Some('=') => (Tok::Le, 2),
            '<' => (Tok::Lt, 1),
            '>' if next == Some('=') => (Tok::Ge, 2),
            '>' => (Tok::Gt, 1),
            '$' if next == Some('{') => lex_ref(&chars, i)?,
            '\'' | '"' => lex_str(&chars, i, c)?,
            '.' if next.is_some_and(|n| n.is_ascii_digit()) => lex_num(&chars, i)?,
            '.' => (Tok::Dot, 1),
            c if c.is_ascii_digit() => lex_num(&chars, i)?,
            c if c.is_ascii_alphabetic() || c == '_' => lex_word(&chars, i),
            other => {
                return Err(ParseError::new(
                    col,
                    Detail::new("form-expr-unexpected-character")
                        .with("character", format_args!("{other:?}")),
                ));
            }
        };
        out.push(Token { tok, col });
        i += len;
    }
    Ok(out)
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '-'
}

/// `${name}`; the name may hold letters, digits, `_` and `-` and must not start with a digit or `-`.
fn lex_ref(chars: &[char], start: usize) -> Result<(Tok, usize), ParseError> {
    let body = start + 2;
    let mut end = body;
    while chars.get(end).is_some_and(|&c| is_name_char(c)) {
        end += 1;
    }
    let name: String = chars.get(body..end).unwrap_or_default().iter().collect();
    let valid_start = name
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
    if !valid_start || chars.get(end) != Some(&'}') {
        return Err(ParseError::new(
            start + 1,
            Detail::new("form-expr-bad-reference"),
        ));
    }
    Ok((Tok::Ref(name), end + 1 - start))
}

/// A quoted string. XPath 1.0 has no escapes; as in XPath 2.0, a doubled quote stands for one, so
/// every string can be written (and printed back).
fn lex_str(chars: &[char], start: usize, quote: char) -> Result<(Tok, usize), ParseError> {
    let mut s = String::new();
    let mut i = start + 1;
    loop {
        match chars.get(i) {
            None => {
                return Err(ParseError::new(
                    start + 1,
                    Detail::new("form-expr-unterminated-string"),
                ));
            }
            Some(&c) if c == quote => {
                if chars.get(i + 1) == Some(&quote) {
                    s.push(quote);
                    i += 2;
                } else {
                    return Ok((Tok::Str(s), i + 1 - start));
                }
            }
            Some(&c) => {
                s.push(c);
                i += 1;
            }
        }
    }
}

/// `12`, `3.5`, `.5` or `5.`; no sign (that is unary minus) and no exponent.
fn lex_num(chars: &[char], start: usize) -> Result<(Tok, usize), ParseError> {
    let mut end = start;
    while chars.get(end).is_some_and(char::is_ascii_digit) {
        end += 1;
    }
    if chars.get(end) == Some(&'.') {
        end += 1;
        while chars.get(end).is_some_and(char::is_ascii_digit) {
            end += 1;
        }
    }
    let text: String = chars.get(start..end).unwrap_or_default().iter().collect();
    match text.parse::<f64>() {
        Ok(n) if n.is_finite() => Ok((Tok::Num(n), end - start)),
        _ => Err(ParseError::new(
            start + 1,
            Detail::new("form-expr-invalid-number").with("text", text),
        )),
    }
}

/// A bare word. `-` belongs to the word only when a letter follows, so `count-selected` is one
/// word while `2 div-1` still reads as `2 div -1`.
fn lex_word(chars: &[char], start: usize) -> (Tok, usize) {
    let mut end = start;
    loop {
        match chars.get(end) {
            Some(&c) if c.is_ascii_alphanumeric() || c == '_' => end += 1,
            Some('-') if chars.get(end + 1).is_some_and(|c| c.is_ascii_alphabetic()) => end += 1,
            _ => break,
        }
    }
    let word: String = chars.get(start..end).unwrap_or_default().iter().collect();
    (Tok::Word(word), end - start)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<Tok> {
        tokenize(s).unwrap().into_iter().map(|t| t.tok).collect()
    }

    #[test]
    fn lexes_operators_and_literals() {
        assert_eq!(
            toks("${a} != 'x' and . <= 3.5"),
            vec![
                Tok::Ref("a".into()),
                Tok::Ne,
                Tok::Str("x".into()),
                Tok::Word("and".into()),
                Tok::Dot,
                Tok::Le,
                Tok::Num(3.5),
            ]
        );
    }

    #[test]
    fn hyphenated_function_names_are_one_word() {
        assert_eq!(
            toks("count-selected(${v})"),
            vec![
                Tok::Word("count-selected".into()),
                Tok::LParen,
                Tok::Ref("v".into()),
                Tok::RParen
            ]
        );
        assert_eq!(
            toks("2 div-1"),
            vec![
                Tok::Num(2.0),
                Tok::Word("div".into()),
                Tok::Minus,
                Tok::Num(1.0)
            ]
        );
    }

    #[test]
    fn doubled_quotes_escape() {
        assert_eq!(toks("'it''s'"), vec![Tok::Str("it's".into())]);
        assert_eq!(
            toks("\"say \"\"hi\"\"\""),
            vec![Tok::Str("say \"hi\"".into())]
        );
    }

    #[test]
    fn reports_columns() {
        let err = tokenize("${a} = 'x").unwrap_err();
        assert_eq!(err.col, 8);
        assert!(tokenize("${1a}").is_err());
        assert!(tokenize("${a b}").is_err());
        assert!(tokenize("#").is_err());
        assert!(
            tokenize(&"9".repeat(400)).is_err(),
            "infinite numbers are rejected"
        );
    }
}
