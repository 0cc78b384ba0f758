//! Coercing attribute argument values to the type an attribute expects, with
//! Prisma's type-mismatch diagnostics, and printing expressions the way
//! Prisma quotes them in messages.

use crate::ast::{Argument, Expression};
use crate::diagnostics::Diagnostics;
use crate::messages::model as msg;
use std::fmt::Write as _;

/// The expression as Prisma prints it in messages (`"a"`, `[a,b]`, `f(x: 1)`).
pub(crate) fn expression_text(expr: &Expression) -> String {
    let mut out = String::new();
    write_expression(&mut out, expr);
    out
}

fn write_expression(out: &mut String, expr: &Expression) {
    match expr {
        Expression::NumericValue(v, _) | Expression::ConstantValue(v, _) => out.push_str(v),
        Expression::StringValue(v, _) => write_string_literal(out, v),
        Expression::Function(name, args, _) => {
            out.push_str(name);
            out.push('(');
            for (i, arg) in args.arguments.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_argument(out, arg);
            }
            out.push(')');
        }
        Expression::Array(items, _) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_expression(out, item);
            }
            out.push(']');
        }
    }
}

fn write_argument(out: &mut String, arg: &Argument) {
    if let Some(name) = &arg.name {
        out.push_str(&name.name);
        out.push_str(": ");
    }
    write_expression(out, &arg.value);
}

fn write_string_literal(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '"' => out.push_str("\\\""),
            '\r' => out.push_str("\\r"),
            '\\' => out.push_str("\\\\"),
            c if c.is_ascii_control() => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn mismatch(expected: &str, expr: &Expression, diagnostics: &mut Diagnostics) {
    diagnostics.push_error(msg::type_mismatch(expected, expr.describe_kind(), &expression_text(expr)), expr.span());
}

/// A string literal, or a "Expected a string value" error.
pub(crate) fn string<'a>(expr: &'a Expression, diagnostics: &mut Diagnostics) -> Option<&'a str> {
    match expr {
        Expression::StringValue(s, _) => Some(s),
        _ => {
            mismatch("string", expr, diagnostics);
            None
        }
    }
}

/// A bare constant, or a "Expected a constant value" error.
pub(crate) fn constant<'a>(expr: &'a Expression, diagnostics: &mut Diagnostics) -> Option<&'a str> {
    match expr {
        Expression::ConstantValue(s, _) => Some(s),
        _ => {
            mismatch("constant", expr, diagnostics);
            None
        }
    }
}

/// `true` or `false`, or a "Expected a boolean value" error.
pub(crate) fn boolean(expr: &Expression, diagnostics: &mut Diagnostics) -> Option<bool> {
    match expr {
        Expression::ConstantValue(s, _) if s == "true" => Some(true),
        Expression::ConstantValue(s, _) if s == "false" => Some(false),
        _ => {
            mismatch("boolean", expr, diagnostics);
            None
        }
    }
}

/// An integer, or a "Expected a numeric value" error.
pub(crate) fn integer(expr: &Expression, diagnostics: &mut Diagnostics) -> Option<i64> {
    match expr {
        Expression::NumericValue(s, _) => match s.parse() {
            Ok(i) => Some(i),
            Err(_) => {
                mismatch("numeric", expr, diagnostics);
                None
            }
        },
        _ => {
            mismatch("numeric", expr, diagnostics);
            None
        }
    }
}

/// An array of values coerced by `item` (a single value counts as a one-element array).
/// Every element is coerced, so each bad element gets its diagnostic.
pub(crate) fn array<'a, T>(
    expr: &'a Expression,
    diagnostics: &mut Diagnostics,
    item: impl Fn(&'a Expression, &mut Diagnostics) -> Option<T>,
) -> Option<Vec<T>> {
    match expr {
        Expression::Array(items, _) => {
            let mut out = Vec::with_capacity(items.len());
            let mut valid = true;
            for i in items {
                match item(i, diagnostics) {
                    Some(v) => out.push(v),
                    None => valid = false,
                }
            }
            valid.then_some(out)
        }
        _ => Some(vec![item(expr, diagnostics)?]),
    }
}
