//! Pass 1: top-level and field names — duplicates, reserved words, invalid identifiers.
//!
//! Models, views, enums and composite types share one namespace;
//! datasources and generators each have their own.

use super::Context;
use crate::ast::{Attribute, ConfigProperty, Identifier, Top};
use crate::datamodel::ScalarType;
use crate::diagnostics::Diagnostics;
use crate::hash::{FxHashMap, FxHashSet};
use crate::messages::model as msg;

/// JavaScript keywords and `PrismaClient`: not usable as model or enum names.
const RESERVED_NAMES: &[&str] = &[
    "PrismaClient",
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "enum",
    "export",
    "extends",
    "false",
    "finally",
    "for",
    "function",
    "if",
    "implements",
    "import",
    "in",
    "instanceof",
    "interface",
    "let",
    "new",
    "null",
    "package",
    "private",
    "protected",
    "public",
    "return",
    "super",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeof",
    "var",
    "void",
    "while",
    "with",
    "yield",
];

/// Whether `name` is reserved for the generated client API.
pub(crate) fn is_reserved_type_name(name: &str) -> bool {
    RESERVED_NAMES.contains(&name)
}

/// Reports name clashes between blocks and between fields of one block.
///
/// Each block's own names are checked independently (on several threads for
/// a large schema); the clashes between blocks are then found in source
/// order, each reported right after the block's own findings, as Prisma does.
pub(crate) fn resolve(ctx: &mut Context<'_>) {
    let all = &ctx.tops;
    let per_top: Vec<(Namespace, Diagnostics)> = crate::parallel::weighted_ranges(
        all.len(),
        crate::validate::MIN_ITEMS_PER_THREAD,
        |i| ctx.top_weight(i),
        |range| {
            range
                .map(|i| {
                    let mut diagnostics = Diagnostics::new();
                    let namespace = check_block(all[i], &mut diagnostics);
                    (namespace, diagnostics)
                })
                .collect::<Vec<_>>()
        },
    )
    .into_iter()
    .flatten()
    .collect();

    let mut tops: FxHashMap<&str, &Top> = FxHashMap::with_capacity_and_hasher(ctx.tops.len(), Default::default());
    let mut generators: FxHashMap<&str, &Top> = FxHashMap::default();
    let mut datasources: FxHashMap<&str, &Top> = FxHashMap::default();
    for (top, (namespace, found)) in ctx.tops.iter().copied().zip(per_top) {
        ctx.diagnostics.extend(found);
        let namespace = match namespace {
            Namespace::Types => &mut tops,
            Namespace::Datasources => &mut datasources,
            Namespace::Generators => &mut generators,
        };
        let name = top.name();
        if let Some(existing) = namespace.insert(name.name.as_str(), top) {
            ctx.diagnostics.push_error(msg::duplicate_top(&name.name, top.keyword(), existing.keyword()), name.span);
        }
    }
}

/// The namespaces of top-level names.
enum Namespace {
    /// Models, views, enums and composite types.
    Types,
    Datasources,
    Generators,
}

/// The names within one block: reserved and invalid names, duplicate fields,
/// values and properties.
fn check_block(top: &Top, diagnostics: &mut Diagnostics) -> Namespace {
    let name = top.name();
    if ScalarType::from_name(&name.name).is_some() {
        diagnostics.push_error(msg::reserved_scalar_type(&name.name), name.span);
    }
    match top {
        Top::Enum(e) => {
            validate_identifier(&e.name, "Enum", diagnostics);
            if is_reserved_type_name(&e.name.name) {
                diagnostics.push_error(msg::enum_error(&e.name.name, &msg::reserved_enum_name(&e.name.name)), e.span);
            }
            validate_attribute_identifiers(&e.attributes, diagnostics);
            let mut seen = FxHashSet::with_capacity_and_hasher(e.values.len(), Default::default());
            for value in &e.values {
                validate_identifier(&value.name, "Enum Value", diagnostics);
                validate_attribute_identifiers(&value.attributes, diagnostics);
                if !seen.insert(value.name.name.as_str()) {
                    diagnostics.push_error(msg::duplicate_enum_value(&e.name.name, &value.name.name), value.span);
                }
            }
            Namespace::Types
        }
        Top::Model(m) => {
            let (block, field_item, container) =
                if m.is_view { ("view", "field", "view") } else { ("Model", "Field", "model") };
            validate_identifier(&m.name, block, diagnostics);
            if is_reserved_type_name(&m.name.name) {
                diagnostics.push_error(
                    msg::model_error("model", &m.name.name, &msg::reserved_model_name(container, &m.name.name)),
                    m.span,
                );
            }
            validate_attribute_identifiers(&m.attributes, diagnostics);
            let mut seen = FxHashSet::with_capacity_and_hasher(m.fields.len(), Default::default());
            for field in &m.fields {
                validate_identifier(&field.name, field_item, diagnostics);
                validate_attribute_identifiers(&field.attributes, diagnostics);
                if !seen.insert(field.name.name.as_str()) {
                    diagnostics
                        .push_error(msg::duplicate_field(&m.name.name, &field.name.name, container), field.name.span);
                }
            }
            Namespace::Types
        }
        Top::CompositeType(c) => {
            validate_identifier(&c.name, "Composite type", diagnostics);
            let mut seen = FxHashSet::with_capacity_and_hasher(c.fields.len(), Default::default());
            for field in &c.fields {
                if !seen.insert(field.name.name.as_str()) {
                    diagnostics.push_error(
                        msg::duplicate_field(&c.name.name, &field.name.name, "composite type"),
                        field.name.span,
                    );
                }
            }
            Namespace::Types
        }
        Top::Source(block) => {
            duplicate_properties(top, &block.properties, diagnostics);
            Namespace::Datasources
        }
        Top::Generator(block) => {
            duplicate_properties(top, &block.properties, diagnostics);
            Namespace::Generators
        }
    }
}

fn duplicate_properties(top: &Top, properties: &[ConfigProperty], diagnostics: &mut Diagnostics) {
    let mut seen = FxHashSet::default();
    let block = format!("{} \"{}\"", top.keyword(), top.name().name);
    for property in properties {
        if !seen.insert(property.name.name.as_str()) {
            diagnostics.push_error(msg::duplicate_config_key(&block, &property.name.name), property.name.span);
        }
    }
}

fn validate_attribute_identifiers(attributes: &[Attribute], diagnostics: &mut Diagnostics) {
    for attribute in attributes {
        validate_identifier(&attribute.name, "Attribute", diagnostics);
    }
}

fn validate_identifier(ident: &Identifier, item: &str, diagnostics: &mut Diagnostics) {
    // Fast path for the usual name: an ASCII letter or `_`, then no `-`.
    let bytes = ident.name.as_bytes();
    if bytes.first().is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_') && !bytes.contains(&b'-') {
        return;
    }
    let message = match ident.name.chars().next() {
        None => msg::empty_name(item),
        Some(c) if c.is_numeric() => msg::name_starts_with_number(item),
        Some(_) if ident.name.contains('-') => msg::name_with_dash(item),
        Some(_) => return,
    };
    diagnostics.push_error(msg::validation_error(&message), ident.span);
}
