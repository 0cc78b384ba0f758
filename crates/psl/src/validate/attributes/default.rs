//! `@default(…)` on model and composite type fields: the value must fit the
//! field's type; functions are checked for their arguments. Functions Prisma
//! does not know are left to the provider checks (`sequence()` on
//! CockroachDB, an error elsewhere).

use super::coerce;
use super::visitor::Args;
use crate::ast::{self, Expression, FieldArity};
use crate::datamodel::{DefaultKind, DefaultValue, LiteralValue, ScalarFieldType, ScalarType};
use crate::diagnostics::Diagnostics;
use crate::messages::model as msg;

/// Functions Prisma validates itself.
const KNOWN_FUNCTIONS: &[&str] = &["autoincrement", "cuid", "dbgenerated", "nanoid", "now", "uuid", "ulid", "auto"];

/// Whether a default function is one Prisma knows (others go to the provider).
pub(crate) fn is_known_function(name: &str) -> bool {
    KNOWN_FUNCTIONS.contains(&name)
}

/// Where the field lives.
pub(crate) struct FieldInfo<'a> {
    /// The field's resolved type.
    pub ty: &'a ScalarFieldType,
    /// The field's arity.
    pub arity: FieldArity,
    /// The enum's values, for enum fields.
    pub enum_values: &'a [ast::EnumValue],
    /// For composite-typed fields: the composite type's name and the field name.
    pub composite: Option<(&'a str, &'a str)>,
}

/// `@default` on a model field.
pub(crate) fn model_field(args: &mut Args<'_>, field: &FieldInfo<'_>, d: &mut Diagnostics) -> Option<DefaultValue> {
    let value = args.default_arg("value", d)?;
    let mapped_name = match args.optional("map").and_then(|m| coerce::string(m, d)) {
        Some("") => {
            args.error(d, msg::EMPTY_MAP);
            None
        }
        other => other.map(str::to_string),
    };
    let make = |kind| Some(DefaultValue { kind, mapped_name: mapped_name.clone(), span: args.span() });

    if let Expression::Function(name, fargs, _) = value {
        if name == "dbgenerated" {
            return dbgenerated(args, &fargs.arguments, d).and_then(&make);
        }
    }
    match field.ty {
        ScalarFieldType::CompositeType(_) => {
            composite_default_error(args, field, d);
            None
        }
        ScalarFieldType::Enum(_) => enum_default(args, value, field, d).and_then(make),
        ScalarFieldType::Unsupported(_) => {
            args.error(d, msg::DEFAULT_ON_UNSUPPORTED);
            None
        }
        ScalarFieldType::BuiltIn(t) => {
            if let Expression::Function(name, fargs, _) = value {
                if name == "autoincrement" && mapped_name.is_some() {
                    args.error(d, msg::NAMED_AUTOINCREMENT);
                    return None;
                }
                let kind = match (t, name.as_str()) {
                    (ScalarType::Int | ScalarType::BigInt, "autoincrement") => {
                        no_args(args, name, &fargs.arguments, DefaultKind::Autoincrement, d)
                    }
                    (ScalarType::String, "cuid") => cuid(args, &fargs.arguments, d),
                    (ScalarType::String, "uuid") => uuid(args, &fargs.arguments, d),
                    (ScalarType::String, "nanoid") => nanoid(args, &fargs.arguments, d),
                    (ScalarType::String, "ulid") => no_args(args, name, &fargs.arguments, DefaultKind::Ulid, d),
                    (ScalarType::DateTime, "now") => no_args(args, name, &fargs.arguments, DefaultKind::Now, d),
                    (_, "auto") => {
                        if fargs.arguments.is_empty() {
                            Some(DefaultKind::Auto)
                        } else {
                            args.error(d, msg::AUTO_TAKES_NO_ARGUMENTS);
                            None
                        }
                    }
                    (_, "sequence") => Some(DefaultKind::Sequence(
                        fargs
                            .arguments
                            .iter()
                            .map(|a| {
                                let name = a.name.as_ref().map(|n| n.name.as_str().to_owned()).unwrap_or_default();
                                (name, coerce::expression_text(&a.value))
                            })
                            .collect(),
                    )),
                    (_, other) if !is_known_function(other) => None,
                    (t, other) => {
                        args.error(d, &msg::function_on_wrong_type(other, t.as_str()));
                        None
                    }
                };
                return kind.and_then(make);
            }
            literal_default(args, *t, value, field.arity, d).map(DefaultKind::Value).and_then(make)
        }
    }
}

/// `@default` on a composite type field.
pub(crate) fn composite_field(args: &mut Args<'_>, field: &FieldInfo<'_>, d: &mut Diagnostics) -> Option<DefaultValue> {
    let value = args.default_arg("value", d)?;
    if args.optional("map").is_some() {
        args.error(d, msg::DEFAULT_MAP_IN_COMPOSITE);
    }
    let make = |kind| Some(DefaultValue { kind, mapped_name: None, span: args.span() });
    if let Expression::Function(name, ..) = value {
        if name == "dbgenerated" {
            args.error(d, msg::DBGENERATED_IN_COMPOSITE);
            return None;
        }
    }
    match field.ty {
        ScalarFieldType::CompositeType(_) => {
            composite_default_error(args, field, d);
            None
        }
        ScalarFieldType::Enum(_) => enum_default(args, value, field, d).and_then(make),
        ScalarFieldType::Unsupported(_) => {
            args.error(d, msg::DEFAULT_ON_COMPOSITE_UNSUPPORTED);
            None
        }
        ScalarFieldType::BuiltIn(t) => {
            if let Expression::Function(name, fargs, span) = value {
                let kind = match (t, name.as_str()) {
                    (ScalarType::String, "cuid") => cuid(args, &fargs.arguments, d),
                    (ScalarType::String, "uuid") => uuid(args, &fargs.arguments, d),
                    (ScalarType::DateTime, "now") => no_args(args, name, &fargs.arguments, DefaultKind::Now, d),
                    (_, "autoincrement" | "auto") => {
                        args.error(d, &msg::function_not_on_composite(name));
                        None
                    }
                    (_, other) if !is_known_function(other) => {
                        d.push_error(msg::unknown_default_function(other), *span);
                        None
                    }
                    (t, other) => {
                        args.error(d, &msg::function_on_wrong_type(other, t.as_str()));
                        None
                    }
                };
                return kind.and_then(make);
            }
            literal_default(args, *t, value, field.arity, d).map(DefaultKind::Value).and_then(make)
        }
    }
}

fn composite_default_error(args: &Args<'_>, field: &FieldInfo<'_>, d: &mut Diagnostics) {
    let (ct, name) = field.composite.unwrap_or(("", ""));
    d.push_error(msg::composite_type_field_error(ct, name, msg::DEFAULT_ON_COMPOSITE), args.span());
}

fn no_args(
    args: &Args<'_>,
    name: &str,
    fargs: &[ast::Argument],
    kind: DefaultKind,
    d: &mut Diagnostics,
) -> Option<DefaultKind> {
    if fargs.is_empty() {
        Some(kind)
    } else {
        args.error(d, &msg::function_takes_no_arguments(name));
        None
    }
}

fn dbgenerated(args: &Args<'_>, fargs: &[ast::Argument], d: &mut Diagnostics) -> Option<DefaultKind> {
    if fargs.len() > 1 {
        args.error(d, msg::DBGENERATED_NOT_STRING);
    }
    match fargs.first().map(|a| &a.value) {
        Some(Expression::StringValue(v, _)) if v.is_empty() => {
            args.error(d, msg::DBGENERATED_EMPTY);
            None
        }
        None => Some(DefaultKind::DbGenerated(None)),
        Some(Expression::StringValue(v, _)) => Some(DefaultKind::DbGenerated(Some(v.as_str().to_owned()))),
        Some(_) => {
            args.error(d, msg::DBGENERATED_NOT_STRING);
            None
        }
    }
}

/// The single optional integer argument of `cuid`/`uuid`/`nanoid`.
fn int_arg(args: &Args<'_>, fargs: &[ast::Argument], bad_args: &str, d: &mut Diagnostics) -> Result<Option<i64>, ()> {
    if fargs.len() > 1 {
        args.error(d, bad_args);
        return Err(());
    }
    match fargs.first().map(|a| &a.value) {
        None => Ok(None),
        Some(Expression::NumericValue(v, _)) => Ok(Some(v.parse::<i64>().unwrap_or(i64::MAX))),
        Some(_) => {
            args.error(d, bad_args);
            Err(())
        }
    }
}

fn cuid(args: &Args<'_>, fargs: &[ast::Argument], d: &mut Diagnostics) -> Option<DefaultKind> {
    match int_arg(args, fargs, msg::CUID_ARGS, d).ok()? {
        None => Some(DefaultKind::Cuid(1)),
        Some(v @ (1 | 2)) => Some(DefaultKind::Cuid(v as u8)),
        Some(_) => {
            args.error(d, msg::CUID_VERSION);
            None
        }
    }
}

fn uuid(args: &Args<'_>, fargs: &[ast::Argument], d: &mut Diagnostics) -> Option<DefaultKind> {
    match int_arg(args, fargs, msg::UUID_ARGS, d).ok()? {
        None => Some(DefaultKind::Uuid(4)),
        Some(v @ (4 | 7)) => Some(DefaultKind::Uuid(v as u8)),
        Some(_) => {
            args.error(d, msg::UUID_VERSION);
            None
        }
    }
}

fn nanoid(args: &Args<'_>, fargs: &[ast::Argument], d: &mut Diagnostics) -> Option<DefaultKind> {
    match int_arg(args, fargs, msg::NANOID_ARGS, d).ok()? {
        None => Some(DefaultKind::Nanoid(None)),
        Some(v @ 2..=255) => Some(DefaultKind::Nanoid(Some(v as u8))),
        Some(_) => {
            args.error(d, msg::NANOID_LENGTH);
            None
        }
    }
}

fn enum_default(
    args: &Args<'_>,
    value: &Expression,
    field: &FieldInfo<'_>,
    d: &mut Diagnostics,
) -> Option<DefaultKind> {
    let single = |value: &Expression, d: &mut Diagnostics| -> Option<LiteralValue> {
        match value {
            Expression::ConstantValue(v, _) if field.enum_values.iter().any(|e| e.name.name == *v) => {
                Some(LiteralValue::EnumValue(v.as_str().to_owned()))
            }
            Expression::ConstantValue(v, _) => {
                args.error(d, &msg::default_not_enum_value(v));
                None
            }
            other => {
                args.error(d, &msg::default_expected_enum(&coerce::expression_text(other)));
                None
            }
        }
    };
    if field.arity == FieldArity::List {
        match value {
            Expression::Array(items, _) => {
                let mut out = Vec::with_capacity(items.len());
                for item in items {
                    out.push(single(item, d)?);
                }
                Some(DefaultKind::Value(LiteralValue::List(out)))
            }
            other => {
                args.error(d, &msg::default_expected_enum(&coerce::expression_text(other)));
                None
            }
        }
    } else {
        single(value, d).map(DefaultKind::Value)
    }
}

fn literal_default(
    args: &Args<'_>,
    t: ScalarType,
    value: &Expression,
    arity: FieldArity,
    d: &mut Diagnostics,
) -> Option<LiteralValue> {
    if arity == FieldArity::List {
        let Expression::Array(items, _) = value else {
            args.error(d, msg::DEFAULT_SCALAR_ON_LIST);
            return None;
        };
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            out.push(scalar_literal(args, t, item, d)?);
        }
        return Some(LiteralValue::List(out));
    }
    if let Expression::Array(..) = value {
        args.error(d, msg::DEFAULT_LIST_ON_SCALAR);
        return None;
    }
    scalar_literal(args, t, value, d)
}

fn scalar_literal(args: &Args<'_>, t: ScalarType, value: &Expression, d: &mut Diagnostics) -> Option<LiteralValue> {
    use ScalarType::*;
    match (t, value) {
        (String | Json | Bytes | DateTime | Decimal, Expression::StringValue(v, _)) => {
            Some(LiteralValue::String(v.as_str().to_owned()))
        }
        (Int | BigInt | Float | Decimal, Expression::NumericValue(v, _)) => {
            Some(LiteralValue::Numeric(v.as_str().to_owned()))
        }
        (Boolean, Expression::ConstantValue(v, span)) => match v.as_str() {
            "true" => Some(LiteralValue::Boolean(true)),
            "false" => Some(LiteralValue::Boolean(false)),
            _ => {
                d.push_error(msg::attribute_error("@default", msg::DEFAULT_BAD_BOOLEAN), *span);
                None
            }
        },
        (t, value) => {
            args.error(d, &msg::default_wrong_literal(t.as_str(), &coerce::expression_text(value)));
            None
        }
    }
}
