//! The expression syntax tree shared by the parser, the printer, the type checker and the evaluator.

use std::fmt;

/// A parsed expression. `R` is how an item reference is held: the item id as written (`String`)
/// straight out of the parser, or a resolved handle after type checking, so evaluation never looks
/// a name up.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr<R = String> {
    /// `${item}`.
    Ref(R),
    /// `.`, the value being checked.
    Current,
    /// A string literal.
    Str(String),
    /// A number literal; never negative (a leading `-` is [`Expr::Neg`]) and always finite.
    Num(f64),
    /// Unary minus.
    Neg(Box<Expr<R>>),
    /// A binary operation.
    Binary(BinOp, Box<Expr<R>>, Box<Expr<R>>),
    /// A function call; the parser guarantees the argument count matches [`Func::arity`].
    Call(Func, Vec<Expr<R>>),
}

/// Binary operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BinOp {
    Or,
    And,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Add,
    Sub,
    Mul,
    Div,
    Mod,
}

impl BinOp {
    /// Binding strength; higher binds tighter. All binary operators are left-associative.
    pub fn precedence(self) -> u8 {
        match self {
            BinOp::Or => 1,
            BinOp::And => 2,
            BinOp::Eq | BinOp::Ne => 3,
            BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => 4,
            BinOp::Add | BinOp::Sub => 5,
            BinOp::Mul | BinOp::Div | BinOp::Mod => 6,
        }
    }

    /// The operator as written in a form.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Or => "or",
            BinOp::And => "and",
            BinOp::Eq => "=",
            BinOp::Ne => "!=",
            BinOp::Lt => "<",
            BinOp::Le => "<=",
            BinOp::Gt => ">",
            BinOp::Ge => ">=",
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "div",
            BinOp::Mod => "mod",
        }
    }

    /// Every operator, for tests and generators.
    pub const ALL: [BinOp; 13] = [
        BinOp::Or,
        BinOp::And,
        BinOp::Eq,
        BinOp::Ne,
        BinOp::Lt,
        BinOp::Le,
        BinOp::Gt,
        BinOp::Ge,
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::Div,
        BinOp::Mod,
    ];
}

/// Unary minus binds tighter than every binary operator.
pub(crate) const UNARY_PRECEDENCE: u8 = 7;

/// The functions a form may call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Func {
    Selected,
    CountSelected,
    Count,
    Not,
    Today,
    Date,
    StringLength,
    If,
    True,
    False,
}

impl Func {
    /// Every function, for tests and generators.
    pub const ALL: [Func; 10] = [
        Func::Selected,
        Func::CountSelected,
        Func::Count,
        Func::Not,
        Func::Today,
        Func::Date,
        Func::StringLength,
        Func::If,
        Func::True,
        Func::False,
    ];

    /// The function's name as written in a form.
    pub fn name(self) -> &'static str {
        match self {
            Func::Selected => "selected",
            Func::CountSelected => "count-selected",
            Func::Count => "count",
            Func::Not => "not",
            Func::Today => "today",
            Func::Date => "date",
            Func::StringLength => "string-length",
            Func::If => "if",
            Func::True => "true",
            Func::False => "false",
        }
    }

    /// Looks a function up by the name written in a form.
    pub fn from_name(name: &str) -> Option<Func> {
        Func::ALL.into_iter().find(|f| f.name() == name)
    }

    /// How many arguments the function takes.
    pub fn arity(self) -> usize {
        match self {
            Func::Today | Func::True | Func::False => 0,
            Func::CountSelected | Func::Count | Func::Not | Func::Date | Func::StringLength => 1,
            Func::Selected => 2,
            Func::If => 3,
        }
    }
}

impl fmt::Display for Func {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl<R> Expr<R> {
    /// Calls `f` on every reference in the expression, in source order.
    pub fn for_each_ref<'a>(&'a self, f: &mut impl FnMut(&'a R)) {
        match self {
            Expr::Ref(r) => f(r),
            Expr::Current | Expr::Str(_) | Expr::Num(_) => {}
            Expr::Neg(e) => e.for_each_ref(f),
            Expr::Binary(_, a, b) => {
                a.for_each_ref(f);
                b.for_each_ref(f);
            }
            Expr::Call(_, args) => args.iter().for_each(|a| a.for_each_ref(f)),
        }
    }

    /// Calls `f` on every function call, outermost first.
    pub fn for_each_call<'a>(&'a self, f: &mut impl FnMut(Func, &'a [Expr<R>])) {
        match self {
            Expr::Ref(_) | Expr::Current | Expr::Str(_) | Expr::Num(_) => {}
            Expr::Neg(e) => e.for_each_call(f),
            Expr::Binary(_, a, b) => {
                a.for_each_call(f);
                b.for_each_call(f);
            }
            Expr::Call(func, args) => {
                f(*func, args);
                args.iter().for_each(|a| a.for_each_call(f));
            }
        }
    }

    /// Whether the expression reads `.`.
    pub fn uses_current(&self) -> bool {
        match self {
            Expr::Current => true,
            Expr::Ref(_) | Expr::Str(_) | Expr::Num(_) => false,
            Expr::Neg(e) => e.uses_current(),
            Expr::Binary(_, a, b) => a.uses_current() || b.uses_current(),
            Expr::Call(_, args) => args.iter().any(Expr::uses_current),
        }
    }
}
