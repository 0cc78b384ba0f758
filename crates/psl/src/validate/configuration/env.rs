//! `env("VAR")` values.

use super::{coerce_string, render};
use crate::ast::Expression;
use crate::config::StringFromEnv;
use crate::diagnostics::Diagnostics;
use crate::messages::config as msg;

/// A string literal or `env("VAR")`; anything else is an error
/// `Expected a String value, …`.
pub(super) fn string_from_env(expression: &Expression, diagnostics: &mut Diagnostics) -> Option<StringFromEnv> {
    match expression {
        Expression::Function(name, ..) if name == "env" => env_var(expression, diagnostics).map(StringFromEnv::Env),
        Expression::StringValue(s, _) => Some(StringFromEnv::Literal(s.as_str().to_owned())),
        other => {
            diagnostics.push_error(msg::type_mismatch("String", other.describe_kind(), &render(other)), other.span());
            None
        }
    }
}

/// The variable name of an `env(…)` call, with Prisma's argument rules:
/// named arguments only warn, exactly one argument and no trailing comma.
pub(super) fn env_var(expression: &Expression, diagnostics: &mut Diagnostics) -> Option<String> {
    let Expression::Function(_, args, span) = expression else { return None };
    for arg in args.arguments.iter().filter(|a| a.name.is_some()) {
        diagnostics.push_warning(msg::env_named_argument(), arg.span);
    }
    if args.arguments.is_empty() && !args.empty_arguments().is_empty() {
        diagnostics.push_error(msg::env_expects_unnamed_string(), *span);
        return None;
    }
    if args.arguments.len() + args.empty_arguments().len() != 1 || args.trailing_comma().is_some() {
        diagnostics.push_error(msg::env_exactly_one_argument(), *span);
        return None;
    }
    coerce_string(&args.arguments[0].value, "string", diagnostics).map(str::to_string)
}
