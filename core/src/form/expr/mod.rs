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

use crate::error::Detail;

/// A syntax error, with the 1-based column (in characters) where it was found and what is wrong
/// (a `form-expr-…` message, put into words when shown).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("column {col}: {detail}")]
pub struct ParseError {
    pub col: usize,
    pub detail: Detail,
}

impl ParseError {
    pub(crate) fn new(col: usize, detail: Detail) -> Self {
        ParseError { col, detail }
    }
}

#[cfg(test)]
mod tests;
