//! PostgreSQL index rules: `Xml` columns cannot be indexed, the index type
//! (`type:`) must suit each field's type and native type, operator classes
//! (`ops:`) must suit the index type and the field, SP-GiST is single-column.

use crate::connector::operator_class::{algorithm_name, OperatorClass};
use crate::datamodel::{Index, IndexAlgorithm, IndexKind, Model, ModelId, ScalarFieldType, ScalarType};
use crate::messages::config as msg;
use crate::span::Span;
use crate::validate::Worker;

/// Runs the PostgreSQL rules on every index of a model.
pub(crate) fn check_model(ctx: &mut Worker<'_, '_>, id: ModelId, model: &Model) {
    let ast = ctx.model_ast(id);
    let mut errors: Vec<(String, Span)> = Vec::new();
    for index in &model.indexes {
        xml_columns(model, ast, index, &mut errors);
        index_type_and_operator_classes(model, index, &mut errors);
        if index.algorithm == Some(IndexAlgorithm::SpGist) && index.fields.len() != 1 {
            errors.push((msg::attribute_validation(attribute_name(index), msg::spgist_multi_column()), index.span));
        }
    }
    for (message, span) in errors {
        ctx.diagnostics.push_error(message, span);
    }
}

/// `@unique`, `@@unique`, `@@index` or `@@fulltext`, as in messages.
pub(crate) fn attribute_name(index: &Index) -> &'static str {
    match (index.kind, index.defined_on_field.is_some()) {
        (IndexKind::Unique, true) => "@unique",
        (IndexKind::Unique, false) => "@@unique",
        (IndexKind::Normal, _) => "@@index",
        (IndexKind::Fulltext, _) => "@@fulltext",
    }
}

fn native_name(model: &Model, field: usize) -> Option<&str> {
    model.fields.get(field)?.as_scalar()?.native_type.as_deref().map(|n| n.name.as_str())
}

fn xml_columns(model: &Model, ast: &crate::ast::Model, index: &Index, errors: &mut Vec<(String, Span)>) {
    for f in &index.fields {
        if native_name(model, f.field) != Some("Xml") {
            continue;
        }
        let name = model.fields.get(f.field).map_or("", |x| x.name.as_str());
        let span = ast.fields.iter().find(|a| a.name.name == name).map_or(index.span, |a| a.span);
        let message = if index.kind == IndexKind::Unique {
            msg::native_type_in_unique("Xml", "Postgres", "")
        } else {
            msg::native_type_in_index("Xml", "Postgres", "")
        };
        errors.push((message, span));
        break;
    }
}

/// Which classes suit a BRIN index over a native type.
const BRIN_NATIVE: &[(&str, &[&str])] = &[
    ("Bit", &["BitMinMaxOps"]),
    ("VarBit", &["VarBitMinMaxOps"]),
    ("Char", &["BpcharBloomOps", "BpcharMinMaxOps"]),
    ("Date", &["DateBloomOps", "DateMinMaxOps", "DateMinMaxMultiOps"]),
    ("Real", &["Float4BloomOps", "Float4MinMaxOps", "Float4MinMaxMultiOps"]),
    ("DoublePrecision", &["Float8BloomOps", "Float8MinMaxOps", "Float8MinMaxMultiOps"]),
    ("Inet", &["InetInclusionOps", "InetBloomOps", "InetMinMaxOps", "InetMinMaxMultiOps"]),
    ("SmallInt", &["Int2BloomOps", "Int2MinMaxOps", "Int2MinMaxMultiOps"]),
    ("Integer", &["Int4BloomOps", "Int4MinMaxOps", "Int4MinMaxMultiOps"]),
    ("BigInt", &["Int8BloomOps", "Int8MinMaxOps", "Int8MinMaxMultiOps"]),
    ("Decimal", &["NumericBloomOps", "NumericMinMaxOps", "NumericMinMaxMultiOps"]),
    ("Oid", &["OidBloomOps", "OidMinMaxOps", "OidMinMaxMultiOps"]),
    ("ByteA", &["ByteaBloomOps", "ByteaMinMaxOps"]),
    ("Text", &["TextBloomOps", "TextMinMaxOps"]),
    ("VarChar", &["TextBloomOps", "TextMinMaxOps"]),
    ("Timestamp", &["TimestampBloomOps", "TimestampMinMaxOps", "TimestampMinMaxMultiOps"]),
    ("Timestamptz", &["TimestampTzBloomOps", "TimestampTzMinMaxOps", "TimestampTzMinMaxMultiOps"]),
    ("Time", &["TimeBloomOps", "TimeMinMaxOps", "TimeMinMaxMultiOps"]),
    ("Timetz", &["TimeTzBloomOps", "TimeTzMinMaxOps", "TimeTzMinMaxMultiOps"]),
    ("Uuid", &["UuidBloomOps", "UuidMinMaxOps", "UuidMinMaxMultiOps"]),
];

/// BRIN classes usable without a native type, by the scalar type they need.
const BRIN_SCALAR: &[(ScalarType, &[&str])] = &[
    (ScalarType::Float, &["Float8BloomOps", "Float8MinMaxOps", "Float8MinMaxMultiOps"]),
    (ScalarType::Int, &["Int4BloomOps", "Int4MinMaxOps", "Int4MinMaxMultiOps"]),
    (ScalarType::BigInt, &["Int8BloomOps", "Int8MinMaxOps", "Int8MinMaxMultiOps"]),
    (ScalarType::Decimal, &["NumericBloomOps", "NumericMinMaxOps", "NumericMinMaxMultiOps"]),
    (ScalarType::Bytes, &["ByteaBloomOps", "ByteaMinMaxOps"]),
    (ScalarType::String, &["TextBloomOps", "TextMinMaxOps"]),
    (ScalarType::DateTime, &["TimestampBloomOps", "TimestampMinMaxOps", "TimestampMinMaxMultiOps"]),
];

/// Whether the index type can index a field of this type without a class.
fn supports_field_type(algorithm: IndexAlgorithm, ty: &ScalarFieldType, is_list: bool) -> bool {
    let scalar = match ty {
        ScalarFieldType::Unsupported(_) => return true,
        ScalarFieldType::BuiltIn(s) => Some(*s),
        _ => None,
    };
    match algorithm {
        IndexAlgorithm::BTree | IndexAlgorithm::Hash => true,
        IndexAlgorithm::Gist | IndexAlgorithm::SpGist => scalar == Some(ScalarType::String),
        IndexAlgorithm::Gin => scalar == Some(ScalarType::Json) || is_list,
        IndexAlgorithm::Brin => scalar.is_some_and(|s| {
            matches!(
                s,
                ScalarType::String
                    | ScalarType::Bytes
                    | ScalarType::DateTime
                    | ScalarType::Float
                    | ScalarType::Int
                    | ScalarType::BigInt
                    | ScalarType::Decimal
            )
        }),
    }
}

fn index_type_and_operator_classes(model: &Model, index: &Index, errors: &mut Vec<(String, Span)>) {
    let algorithm = index.algorithm.unwrap_or(IndexAlgorithm::BTree);
    let algo = algorithm_name(algorithm);
    let attribute = attribute_name(index);
    let mut error = |message: String| errors.push((msg::attribute_validation(attribute, &message), index.span));
    for f in &index.fields {
        let class = f.operator_class.as_deref().and_then(OperatorClass::parse);
        if matches!(class, Some(OperatorClass::Raw(_))) {
            continue;
        }
        let Some(field) = model.fields.get(f.field) else { continue };
        let Some(scalar) = field.as_scalar() else { continue };
        let native = scalar.native_type.as_deref().map(|n| n.name.as_str());
        let class_name = class.as_ref().and_then(|c| c.name());
        let display = class.as_ref().map(|c| c.display_name());
        let ty = &scalar.ty;
        let is = |s: ScalarType| *ty == ScalarFieldType::BuiltIn(s);
        let is_list = field.arity == crate::datamodel::FieldArity::List;

        if let Some(c) = &class {
            if !c.supports_index_type(algorithm) {
                error(msg::operator_class_wrong_index_type(&c.display_name(), algo));
                continue;
            }
        }
        let default_error = |error: &mut dyn FnMut(String)| match (native, display.as_deref()) {
            (Some(nt), Some(c)) => error(msg::operator_class_wrong_native_type(c, nt, &field.name)),
            (Some(nt), None) => error(msg::no_default_operator_class(algo, nt)),
            (None, Some(c)) => error(msg::operator_class_needs_native_type(c, &field.name)),
            (None, None) => {
                if !supports_field_type(algorithm, ty, is_list) {
                    error(msg::index_type_field_type(algo, &field.name));
                }
            }
        };
        let wrong_scalar = |error: &mut dyn FnMut(String), wanted: &str| {
            error(msg::operator_class_wrong_scalar_type(display.as_deref().unwrap_or(""), &field.name, wanted))
        };

        match algorithm {
            IndexAlgorithm::Gist => match (native, class_name) {
                (Some("Inet"), Some("InetOps")) => {}
                _ => default_error(&mut error),
            },
            IndexAlgorithm::Gin => match (native, class_name) {
                (None, None) if is(ScalarType::Json) => {}
                (_, None) if is_list => {}
                (Some("JsonB"), Some("JsonbOps" | "JsonbPathOps") | None) => {}
                (None, Some("JsonbOps" | "JsonbPathOps")) => {
                    if !is(ScalarType::Json) {
                        wrong_scalar(&mut error, "Json");
                    }
                }
                (_, Some("ArrayOps")) => {
                    if !is_list {
                        error(msg::array_ops_not_a_list(&field.name));
                    }
                }
                _ => default_error(&mut error),
            },
            IndexAlgorithm::SpGist => match (native, class_name) {
                (Some("Inet"), Some("InetOps") | None) => {}
                (None, None) if is(ScalarType::String) => {}
                (None, Some("TextOps")) => {
                    if !is(ScalarType::String) {
                        wrong_scalar(&mut error, "String");
                    }
                }
                (Some("Text" | "VarChar" | "Char"), Some("TextOps") | None) => {}
                _ => default_error(&mut error),
            },
            IndexAlgorithm::Brin => {
                let by_native = native.and_then(|n| BRIN_NATIVE.iter().find(|(t, _)| *t == n));
                match (native, class_name) {
                    (Some(_), None) if by_native.is_some() => {}
                    (Some(_), Some(c)) if by_native.is_some_and(|(_, cs)| cs.contains(&c)) => {}
                    (None, None) if BRIN_SCALAR.iter().any(|(s, _)| is(*s)) => {}
                    (None, Some(c)) if BRIN_SCALAR.iter().any(|(_, cs)| cs.contains(&c)) => {
                        if let Some((wanted, _)) = BRIN_SCALAR.iter().find(|(_, cs)| cs.contains(&c)) {
                            if !is(*wanted) {
                                wrong_scalar(&mut error, wanted.as_str());
                            }
                        }
                    }
                    _ => default_error(&mut error),
                }
            }
            IndexAlgorithm::BTree | IndexAlgorithm::Hash => {}
        }
    }
}
