//! Form definitions: the JSON format, loading and checking it, the expression language, answers
//! and the navigation engine that guided sessions are built on.

pub mod expr;
