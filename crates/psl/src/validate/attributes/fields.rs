//! Resolving the field lists of `@@id`, `@@unique`, `@@index`, `@@fulltext`
//! and `@@shardKey` against a model: unknown fields, relation fields, fields
//! listed twice, and the per-field `sort:`/`length:`/`ops:` arguments.

use super::coerce;
use crate::ast::{self, Expression};
use crate::datamodel::{FieldKind, IndexField, Model, ScalarFieldType, SortOrder};
use crate::diagnostics::Diagnostics;
use crate::messages::model as msg;
use crate::span::Span;

/// The model being resolved against, with the composite types it may embed.
pub(crate) struct Target<'a> {
    /// The model's AST.
    pub ast: &'a ast::Model,
    /// The model's datamodel skeleton (field kinds).
    pub model: &'a Model,
    /// Composite types: AST and datamodel, by `CompositeTypeId`.
    pub composites: Vec<(&'a ast::Model, &'a crate::datamodel::CompositeType)>,
}

/// Why a field list could not be resolved.
pub(crate) enum Problem {
    /// Already reported (a coercion error, a field listed twice).
    Reported,
    /// Fields that do not exist, and relation fields (with their AST index).
    Fields { unknown: Vec<String>, relation: Vec<(String, usize)> },
}

impl Target<'_> {
    /// The model field named `name` (the last one, as Prisma resolves duplicates).
    fn find(&self, name: &str) -> Option<usize> {
        self.ast.fields.iter().rposition(|f| f.name.name == name)
    }

    fn is_scalar(&self, field: usize) -> bool {
        matches!(self.model.fields.get(field).map(|f| &f.kind), Some(FieldKind::Scalar(_)))
    }

    fn composite_of(ty: Option<&FieldKind>) -> Option<usize> {
        match ty {
            Some(FieldKind::Scalar(s)) => match s.ty {
                ScalarFieldType::CompositeType(id) => Some(id.0 as usize),
                _ => None,
            },
            _ => None,
        }
    }
}

struct Parsed<'a> {
    name: &'a str,
    sort_order: Option<SortOrder>,
    length: Option<u32>,
    operator_class: Option<String>,
}

/// `[a, b(sort: Desc)]` → field names with their arguments.
fn parse_with_args<'a>(expr: &'a Expression, diagnostics: &mut Diagnostics) -> Option<Vec<Parsed<'a>>> {
    coerce::array(expr, diagnostics, |item, diagnostics| match item {
        Expression::ConstantValue(name, _) => {
            Some(Parsed { name, sort_order: None, length: None, operator_class: None })
        }
        Expression::Function(name, args, _) => Some(parse_field_args(name, &args.arguments, diagnostics)),
        other => {
            diagnostics.push_error(
                msg::type_mismatch("constant literal", other.describe_kind(), &coerce::expression_text(other)),
                other.span(),
            );
            None
        }
    })
}

fn parse_field_args<'a>(name: &'a str, args: &'a [ast::Argument], diagnostics: &mut Diagnostics) -> Parsed<'a> {
    let find = |n: &str| args.iter().find(|a| a.name.as_ref().is_some_and(|i| i.name == n));
    let sort_order = find("sort").and_then(|arg| match coerce::constant(&arg.value, diagnostics) {
        Some("Asc") => Some(SortOrder::Asc),
        Some("Desc") => Some(SortOrder::Desc),
        Some(_) => {
            diagnostics.push_error(msg::EXPECTED_SORT, arg.span);
            None
        }
        None => None,
    });
    let length =
        find("length").and_then(|arg| coerce::integer(&arg.value, diagnostics)).and_then(|i| u32::try_from(i).ok());
    let operator_class = find("ops").and_then(|arg| match &arg.value {
        Expression::ConstantValue(class, span) => {
            if OPERATOR_CLASSES.contains(&class.as_str()) {
                Some(class.as_str().to_owned())
            } else {
                diagnostics.push_error(msg::invalid_operator_class(class), *span);
                None
            }
        }
        Expression::Function(f, fargs, span) if f == "raw" => match fargs.arguments.as_slice() {
            [one] => match &one.value {
                Expression::StringValue(..) => Some(coerce::expression_text(&arg.value)),
                _ => {
                    diagnostics.push_error(msg::RAW_OPS_NOT_STRING, *span);
                    None
                }
            },
            other => {
                diagnostics.push_error(msg::raw_ops_arity(other.len()), *span);
                None
            }
        },
        _ => {
            diagnostics.push_error(msg::OPS_NOT_CLASS, arg.span);
            None
        }
    });
    Parsed { name, sort_order, length, operator_class }
}

/// Resolves `[a, b(sort: Desc), c.d]` (composite paths only when
/// `follow_composites`).
pub(crate) fn resolve_with_args(
    target: &Target<'_>,
    expr: &Expression,
    attribute_span: Span,
    follow_composites: bool,
    block: &str,
    diagnostics: &mut Diagnostics,
) -> Result<Vec<IndexField>, Problem> {
    let parsed = parse_with_args(expr, diagnostics).ok_or(Problem::Reported)?;
    let mut out: Vec<IndexField> = Vec::with_capacity(parsed.len());
    let mut unknown = Vec::new();
    let mut relation = Vec::new();
    'fields: for p in parsed {
        let (field, path) = if p.name.contains('.') {
            if !follow_composites {
                unknown.push(p.name.to_string());
                continue;
            }
            let mut segments = p.name.split('.');
            let first = segments.next().unwrap_or("");
            let Some(root) = target.find(first) else {
                unknown.push(first.to_string());
                continue;
            };
            if !target.is_scalar(root) {
                relation.push((first.to_string(), root));
                continue;
            }
            let Some(mut ct) = Target::composite_of(target.model.fields.get(root).map(|f| &f.kind)) else {
                unknown.push(p.name.to_string());
                continue;
            };
            let rest: Vec<&str> = segments.collect();
            for (i, segment) in rest.iter().enumerate() {
                let Some((ct_ast, ct_model)) = target.composites.get(ct) else { continue 'fields };
                let Some(fi) = ct_ast.fields.iter().rposition(|f| f.name.name == *segment) else {
                    unknown.push(format!("{segment} in type {}", ct_ast.name.name));
                    continue 'fields;
                };
                match Target::composite_of(ct_model.fields.get(fi).map(|f| &f.kind)) {
                    Some(next) => ct = next,
                    None if i + 1 < rest.len() => {
                        unknown.push(p.name.to_string());
                        continue 'fields;
                    }
                    None => {}
                }
            }
            (root, rest.iter().map(|s| s.to_string()).collect::<Vec<_>>())
        } else {
            match target.find(p.name) {
                Some(f) if target.is_scalar(f) => (f, Vec::new()),
                Some(f) => {
                    relation.push((p.name.to_string(), f));
                    continue;
                }
                None => {
                    unknown.push(p.name.to_string());
                    continue;
                }
            }
        };
        if out.iter().any(|o| o.field == field && o.path == path) {
            let shown = match (path.last(), path.len()) {
                (Some(last), n) if n > 0 => {
                    let ct_name = composite_name_at(target, field, &path).unwrap_or_default();
                    format!("{last} in type {ct_name}")
                }
                _ => p.name.to_string(),
            };
            diagnostics.push_error(
                msg::model_error(block, &target.ast.name.name, &msg::field_used_twice(&shown)),
                attribute_span,
            );
            return Err(Problem::Reported);
        }
        out.push(IndexField {
            field,
            path,
            sort_order: p.sort_order,
            length: p.length,
            operator_class: p.operator_class,
        });
    }
    if unknown.is_empty() && relation.is_empty() {
        Ok(out)
    } else {
        Err(Problem::Fields { unknown, relation })
    }
}

/// The name of the composite type holding the last segment of `path`.
fn composite_name_at(target: &Target<'_>, root: usize, path: &[String]) -> Option<String> {
    let mut ct = Target::composite_of(target.model.fields.get(root).map(|f| &f.kind))?;
    for segment in &path[..path.len().saturating_sub(1)] {
        let (ct_ast, ct_model) = target.composites.get(ct)?;
        let fi = ct_ast.fields.iter().position(|f| f.name.name == *segment)?;
        ct = Target::composite_of(ct_model.fields.get(fi).map(|f| &f.kind))?;
    }
    target.composites.get(ct).map(|(a, _)| a.name.name.as_str().to_owned())
}

/// Resolves `[a, b]` (plain field names, no arguments).
pub(crate) fn resolve_without_args(
    target: &Target<'_>,
    expr: &Expression,
    attribute_span: Span,
    block: &str,
    diagnostics: &mut Diagnostics,
) -> Result<Vec<usize>, Problem> {
    let names = coerce::array(expr, diagnostics, coerce::constant).ok_or(Problem::Reported)?;
    let mut out = Vec::with_capacity(names.len());
    let mut unknown = Vec::new();
    let mut relation = Vec::new();
    for name in names {
        if name.contains('.') {
            unknown.push(name.to_string());
            continue;
        }
        let Some(field) = target.find(name) else {
            unknown.push(name.to_string());
            continue;
        };
        if !target.is_scalar(field) {
            relation.push((name.to_string(), field));
            continue;
        }
        if out.contains(&field) {
            diagnostics.push_error(
                msg::model_error(block, &target.ast.name.name, &msg::field_used_twice(name)),
                attribute_span,
            );
            return Err(Problem::Reported);
        }
        out.push(field);
    }
    if unknown.is_empty() && relation.is_empty() {
        Ok(out)
    } else {
        Err(Problem::Fields { unknown, relation })
    }
}

/// The field names in the `fields:` argument of a relation field's
/// `@relation`, as written (for "Did you mean" suggestions).
pub(crate) fn relation_scalar_fields(field: &ast::Field) -> Vec<String> {
    let Some(attr) = field.attributes.iter().find(|a| a.name.name == "relation") else { return Vec::new() };
    let Some(arg) = attr.arguments.arguments.iter().find(|a| a.name.as_ref().is_some_and(|n| n.name == "fields"))
    else {
        return Vec::new();
    };
    match &arg.value {
        Expression::Array(items, _) => items.iter().filter_map(|i| i.as_constant().map(str::to_string)).collect(),
        Expression::ConstantValue(c, _) => vec![c.as_str().to_owned()],
        _ => Vec::new(),
    }
}

/// The PostgreSQL operator classes Prisma knows by name.
const OPERATOR_CLASSES: &[&str] = &[
    "InetOps",
    "JsonbOps",
    "JsonbPathOps",
    "ArrayOps",
    "TextOps",
    "BitMinMaxOps",
    "VarBitMinMaxOps",
    "BpcharBloomOps",
    "BpcharMinMaxOps",
    "ByteaBloomOps",
    "ByteaMinMaxOps",
    "DateBloomOps",
    "DateMinMaxOps",
    "DateMinMaxMultiOps",
    "Float4BloomOps",
    "Float4MinMaxOps",
    "Float4MinMaxMultiOps",
    "Float8BloomOps",
    "Float8MinMaxOps",
    "Float8MinMaxMultiOps",
    "InetInclusionOps",
    "InetBloomOps",
    "InetMinMaxOps",
    "InetMinMaxMultiOps",
    "Int2BloomOps",
    "Int2MinMaxOps",
    "Int2MinMaxMultiOps",
    "Int4BloomOps",
    "Int4MinMaxOps",
    "Int4MinMaxMultiOps",
    "Int8BloomOps",
    "Int8MinMaxOps",
    "Int8MinMaxMultiOps",
    "NumericBloomOps",
    "NumericMinMaxOps",
    "NumericMinMaxMultiOps",
    "OidBloomOps",
    "OidMinMaxOps",
    "OidMinMaxMultiOps",
    "TextBloomOps",
    "TextMinMaxOps",
    "TimestampBloomOps",
    "TimestampMinMaxOps",
    "TimestampMinMaxMultiOps",
    "TimestampTzBloomOps",
    "TimestampTzMinMaxOps",
    "TimestampTzMinMaxMultiOps",
    "TimeBloomOps",
    "TimeMinMaxOps",
    "TimeMinMaxMultiOps",
    "TimeTzBloomOps",
    "TimeTzMinMaxOps",
    "TimeTzMinMaxMultiOps",
    "UuidBloomOps",
    "UuidMinMaxOps",
    "UuidMinMaxMultiOps",
];
