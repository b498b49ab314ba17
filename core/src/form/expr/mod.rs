//! The form expression language (XLSForm syntax): lexing, parsing, printing, type checking and
//! evaluation. Expressions are parsed and checked once, when a form loads.

mod ast;
mod check;
mod date;
mod eval;
mod lexer;
mod parser;
mod print;

pub use ast::{BinOp, Expr, Func};
pub use check::{CheckError, ResolveError, Scope, Type, check};
pub use date::parse_iso_date;
pub use eval::{Context, Value, eval};
pub use lexer::MAX_LEN;
pub use parser::{MAX_DEPTH, MAX_NESTING, parse};

/// A syntax error, with the 1-based column (in characters) where it was found.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("column {col}: {message}")]
pub struct ParseError {
    pub col: usize,
    pub message: String,
}

impl ParseError {
    pub(crate) fn new(col: usize, message: String) -> Self {
        ParseError { col, message }
    }
}

#[cfg(test)]
mod tests;
