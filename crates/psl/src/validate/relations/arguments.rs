//! Visiting the arguments of one attribute the way Prisma does: argument
//! list sanity first (missing values, trailing commas, duplicates, several
//! unnamed arguments), then each argument is taken by name, and whatever is
//! left over is reported as "No such argument.".

use crate::ast::{ArgumentsList, Attribute, Expression};
use crate::diagnostics::Diagnostics;
use crate::messages::relation as msg;
use crate::validate::attributes::visitor::Remaining;

/// The not-yet-visited arguments of one attribute.
pub(crate) struct Arguments<'a> {
    attribute: &'a Attribute,
    /// One argument per name (`None`: unnamed), the last given.
    remaining: Remaining<'a>,
}

impl<'a> Arguments<'a> {
    /// Starts visiting `attribute` (displayed as `@{name}`). Returns `None`
    /// when an argument is missing its value: Prisma then skips the attribute.
    pub(crate) fn start(attribute: &'a Attribute, diagnostics: &mut Diagnostics) -> Option<Self> {
        let display = || format!("@{}", attribute.name.name);
        let mut usable = true;
        let nested = attribute.arguments.arguments.iter().filter_map(|a| match &a.value {
            Expression::Function(_, args, _) => Some(&**args),
            _ => None,
        });
        for args in std::iter::once(&attribute.arguments).chain(nested) {
            usable &= check_list(args, &attribute.name.name, diagnostics);
        }
        if !usable {
            return None;
        }

        let mut remaining = Remaining::new(&attribute.arguments.arguments);
        let mut unnamed = Vec::new();
        for (i, arg) in attribute.arguments.arguments.iter().enumerate() {
            let name = arg.name.as_ref().map(|n| n.name.as_str());
            if let Some(existing) = remaining.find(name) {
                match name {
                    None => {
                        if unnamed.is_empty() {
                            unnamed.push(render(&attribute.arguments.arguments[existing].value));
                        }
                        unnamed.push(render(&arg.value));
                    }
                    Some(name) => diagnostics.push_error(msg::duplicate_argument(name), arg.span),
                }
                remaining.remove(existing);
            }
            remaining.insert(i);
        }
        if !unnamed.is_empty() {
            diagnostics.push_error(
                msg::attribute_error(&display(), &msg::multiple_unnamed_arguments(&unnamed)),
                attribute.span,
            );
        }
        Some(Arguments { attribute, remaining })
    }

    fn take(&mut self, name: Option<&str>) -> Option<usize> {
        self.remaining.take(name)
    }

    /// The named argument `name`, if given.
    pub(crate) fn optional(&mut self, name: &str) -> Option<&'a Expression> {
        let i = self.take(Some(name))?;
        Some(&self.attribute.arguments.arguments[i].value)
    }

    /// The argument named `name`, or else the unnamed one. `Err` carries the
    /// message and span of the problem (missing, or given both ways).
    pub(crate) fn default_argument(&mut self, name: &str) -> Result<&'a Expression, (String, crate::Span)> {
        let args = &self.attribute.arguments.arguments;
        match (self.take(Some(name)), self.take(None)) {
            (Some(i), None) | (None, Some(i)) => Ok(&args[i].value),
            (Some(i), Some(_)) => Err((msg::duplicate_default_argument(name), args[i].span)),
            (None, None) => Err((msg::argument_not_found(name), self.attribute.span)),
        }
    }

    /// Reports every argument nobody asked for.
    pub(crate) fn finish(self, diagnostics: &mut Diagnostics) {
        for i in self.remaining.positions() {
            diagnostics.push_error(msg::unused_argument(), self.attribute.arguments.arguments[i].span);
        }
    }
}

/// Missing values and trailing commas in one argument list; false when a value is missing.
fn check_list(args: &ArgumentsList, name: &str, diagnostics: &mut Diagnostics) -> bool {
    let display = || format!("@{name}");
    let mut usable = true;
    for empty in args.empty_arguments() {
        diagnostics.push_error(msg::attribute_error(&display(), &msg::argument_missing_value(&empty.name)), empty.span);
        usable = false;
    }
    for arg in &args.arguments {
        let Expression::Array(items, _) = &arg.value else { continue };
        for item in items {
            if let Expression::Function(_, inner, _) = item {
                for empty in inner.empty_arguments() {
                    diagnostics.push_error(
                        msg::attribute_error(&format!("@@{name}"), &msg::argument_missing_value(&empty.name)),
                        empty.span,
                    );
                }
            }
        }
    }
    if let Some(span) = args.trailing_comma() {
        diagnostics.push_error(msg::attribute_error(&display(), msg::trailing_comma()), span);
    }
    usable
}

/// An expression as Prisma prints it in messages.
pub(crate) fn render(expr: &Expression) -> String {
    match expr {
        Expression::NumericValue(s, _) | Expression::ConstantValue(s, _) => s.as_str().to_owned(),
        Expression::StringValue(s, _) => format!("\"{s}\""),
        Expression::Array(items, _) => {
            format!("[{}]", items.iter().map(render).collect::<Vec<_>>().join(", "))
        }
        Expression::Function(name, args, _) => {
            let inner: Vec<String> = args
                .arguments
                .iter()
                .map(|a| match &a.name {
                    Some(n) => format!("{}: {}", n.name, render(&a.value)),
                    None => render(&a.value),
                })
                .collect();
            format!("{name}({})", inner.join(", "))
        }
    }
}

/// The constant in `expr`, or a type-mismatch error.
pub(crate) fn constant<'e>(expr: &'e Expression, diagnostics: &mut Diagnostics) -> Option<&'e str> {
    match expr {
        Expression::ConstantValue(s, _) => Some(s),
        _ => {
            mismatch("constant", expr, diagnostics);
            None
        }
    }
}

/// The string in `expr`, or a type-mismatch error.
pub(crate) fn string<'e>(expr: &'e Expression, diagnostics: &mut Diagnostics) -> Option<&'e str> {
    match expr {
        Expression::StringValue(s, _) => Some(s),
        _ => {
            mismatch("string", expr, diagnostics);
            None
        }
    }
}

/// A list of constants (a lone constant counts as a list of one); `None`
/// after reporting every element of the wrong kind.
pub(crate) fn constant_list<'e>(expr: &'e Expression, diagnostics: &mut Diagnostics) -> Option<Vec<&'e str>> {
    match expr {
        Expression::Array(items, _) => {
            let mut out = Vec::new();
            let mut ok = true;
            for item in items {
                match constant(item, diagnostics) {
                    Some(s) => out.push(s),
                    None => ok = false,
                }
            }
            ok.then_some(out)
        }
        other => constant(other, diagnostics).map(|s| vec![s]),
    }
}

fn mismatch(expected: &str, expr: &Expression, diagnostics: &mut Diagnostics) {
    diagnostics.push_error(msg::type_mismatch(expected, expr.describe_kind(), &render(expr)), expr.span());
}
