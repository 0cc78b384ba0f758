//! Pass 2: the datamodel skeleton — models, enums, composite types, and each
//! field's resolved type (built-in scalar, enum, composite type or relation).
//!
//! Every AST field gets a datamodel field at the same index, so later passes
//! can go from one to the other; a field whose type cannot be resolved (an
//! error) gets an `Unsupported` placeholder and is skipped by attribute
//! validation.

use super::Context;
use crate::ast::{self, Top};
use crate::datamodel::*;
use crate::diagnostics::Diagnostics;
use crate::hash::FxHashMap;
use crate::messages::model as msg;

/// What a type name (or a top-level block) is, with its id.
#[derive(Clone, Copy)]
pub(crate) enum Named {
    Model(ModelId),
    Enum(EnumId),
    Composite(CompositeTypeId),
}

/// The id of each top-level block, in order: models, enums and composite
/// types are each numbered in source order; datasources and generators have
/// none.
pub(crate) fn block_ids(tops: &[&Top]) -> Vec<Option<Named>> {
    let (mut models, mut enums, mut composites) = (0u32, 0u32, 0u32);
    tops.iter()
        .map(|top| match top {
            Top::Model(_) => {
                models += 1;
                Some(Named::Model(ModelId(models - 1)))
            }
            Top::Enum(_) => {
                enums += 1;
                Some(Named::Enum(EnumId(enums - 1)))
            }
            Top::CompositeType(_) => {
                composites += 1;
                Some(Named::Composite(CompositeTypeId(composites - 1)))
            }
            Top::Source(_) | Top::Generator(_) => None,
        })
        .collect()
}

/// The names of models, enums and composite types (first declaration wins).
pub(crate) struct TypeNames<'a> {
    names: FxHashMap<&'a str, Named>,
    /// The names in declaration order (for suggestions).
    order: Vec<&'a str>,
}

impl<'a> TypeNames<'a> {
    /// Collects the names declared in `tops`.
    pub(crate) fn new(tops: &[&'a Top]) -> Self {
        let mut names = FxHashMap::with_capacity_and_hasher(tops.len(), Default::default());
        let mut order = Vec::with_capacity(tops.len());
        for (top, named) in tops.iter().zip(block_ids(tops)) {
            let Some(named) = named else { continue };
            let name = top.name().name.as_str();
            if !names.contains_key(name) {
                names.insert(name, named);
                order.push(name);
            }
        }
        TypeNames { names, order }
    }

    /// Whether a field's declared type resolves (always true for `Unsupported`).
    pub(crate) fn resolves(&self, field: &ast::Field) -> bool {
        match &field.field_type {
            Some(ast::FieldType::Supported(id)) => {
                ScalarType::from_name(&id.name).is_some() || self.names.contains_key(id.name.as_str())
            }
            Some(ast::FieldType::Unsupported(..)) => true,
            None => false,
        }
    }

    fn suggestion(&self, name: &str) -> Option<&'a str> {
        const BUILTINS: [&str; 9] =
            ["Int", "BigInt", "Float", "Boolean", "String", "DateTime", "Json", "Bytes", "Decimal"];
        if let Some(b) = BUILTINS.iter().find(|b| b.eq_ignore_ascii_case(name)) {
            return Some(b);
        }
        self.order.iter().find(|top| top.to_lowercase() == name).copied()
    }
}

/// Builds models, enums and composite types with resolved field types.
///
/// Blocks are lowered independently (on several threads for a large schema)
/// and added to the datamodel in source order. In a schema without
/// composite types, each model's attributes are validated right after its
/// field types, while its tree and datamodel entry are in the cache; the
/// diagnostics wait for the attributes pass (Prisma reports them after
/// those of the relation attributes).
pub(crate) fn resolve(ctx: &mut Context<'_>) {
    let names = TypeNames::new(&ctx.tops);
    // The block indexes first: validating attributes reads them.
    for (i, block) in block_ids(&ctx.tops).into_iter().enumerate() {
        match block {
            Some(Named::Model(_)) => ctx.model_tops.push(i),
            Some(Named::Enum(_)) => ctx.enum_tops.push(i),
            Some(Named::Composite(_)) => ctx.composite_tops.push(i),
            None => {}
        }
    }
    let with_attributes = ctx.composite_tops.is_empty();
    let lowered = super::per_item(ctx, ctx.tops.len(), Context::top_weight, |w, i| {
        let mut block = lower(w.tops[i], &names, &mut w.diagnostics);
        let mut attribute_diagnostics = None;
        if let (true, Lowered::Model(model), Top::Model(ast)) = (with_attributes, &mut block, w.tops[i]) {
            attribute_diagnostics = Some(super::attributes::model_with_types(w.shared(), ast, model, &names));
        }
        (block, attribute_diagnostics)
    });
    // Sized up front: large vectors that grow free large blocks, which is
    // slow with the system allocator.
    ctx.datamodel.models.reserve_exact(ctx.model_tops.len());
    if with_attributes {
        ctx.model_attribute_diagnostics.reserve_exact(ctx.model_tops.len());
    }
    for (block, attribute_diagnostics) in lowered {
        match block {
            Lowered::Model(model) => ctx.datamodel.models.push(model),
            Lowered::Enum(e) => ctx.datamodel.enums.push(e),
            Lowered::CompositeType(c) => ctx.datamodel.composite_types.push(c),
            Lowered::Other => {}
        }
        ctx.model_attribute_diagnostics.extend(attribute_diagnostics);
    }
}

/// A top-level block in datamodel form.
enum Lowered {
    Model(Model),
    Enum(Enum),
    CompositeType(CompositeType),
    Other,
}

fn lower(top: &Top, names: &TypeNames<'_>, diagnostics: &mut Diagnostics) -> Lowered {
    match top {
        Top::Model(m) => Lowered::Model(Model {
            name: m.name.name.clone(),
            mapped_name: None,
            schema: None,
            is_view: m.is_view,
            is_ignored: false,
            documentation: m.documentation.clone(),
            fields: lower_fields(m, names, false, diagnostics),
            primary_key: None,
            indexes: Vec::new(),
            shard_key: None,
            span: m.span,
        }),
        Top::Enum(e) => {
            if e.values.is_empty() {
                diagnostics.push_error(msg::validation_error(msg::EMPTY_ENUM), e.span);
            }
            Lowered::Enum(Enum {
                name: e.name.name.clone(),
                mapped_name: None,
                schema: None,
                values: e
                    .values
                    .iter()
                    .map(|v| EnumValue {
                        name: v.name.name.clone(),
                        mapped_name: None,
                        documentation: v.documentation.clone(),
                    })
                    .collect(),
                documentation: e.documentation.clone(),
                span: e.span,
            })
        }
        Top::CompositeType(c) => Lowered::CompositeType(CompositeType {
            name: c.name.name.as_str().to_owned(),
            fields: lower_fields(c, names, true, diagnostics),
            span: c.span,
        }),
        Top::Source(_) | Top::Generator(_) => Lowered::Other,
    }
}

fn lower_fields(
    block: &ast::Model,
    names: &TypeNames<'_>,
    composite: bool,
    diagnostics: &mut Diagnostics,
) -> Vec<Field> {
    block
        .fields
        .iter()
        .map(|f| {
            let kind = resolve_field(f, block, names, composite, diagnostics).unwrap_or_else(|| {
                scalar(ScalarFieldType::Unsupported(
                    f.field_type.as_ref().and_then(|t| t.name()).unwrap_or("").to_string(),
                ))
            });
            Field {
                name: f.name.name.clone(),
                mapped_name: None,
                arity: f.arity,
                kind,
                is_ignored: false,
                documentation: f.documentation.clone(),
                span: f.span,
            }
        })
        .collect()
}

fn scalar(ty: ScalarFieldType) -> FieldKind {
    FieldKind::Scalar(ScalarField { ty, native_type: None, default: None, is_updated_at: false })
}

fn resolve_field(
    field: &ast::Field,
    block: &ast::Model,
    names: &TypeNames<'_>,
    composite: bool,
    diagnostics: &mut Diagnostics,
) -> Option<FieldKind> {
    let id = match field.field_type.as_ref()? {
        ast::FieldType::Unsupported(s, _) => return Some(scalar(ScalarFieldType::Unsupported(s.clone()))),
        ast::FieldType::Supported(id) => id,
    };
    if let Some(t) = ScalarType::from_name(&id.name) {
        return Some(scalar(ScalarFieldType::BuiltIn(t)));
    }
    match names.names.get(id.name.as_str()) {
        Some(Named::Enum(e)) => Some(scalar(ScalarFieldType::Enum(*e))),
        Some(Named::Composite(c)) => Some(scalar(ScalarFieldType::CompositeType(*c))),
        Some(Named::Model(_)) if composite => {
            diagnostics.push_error(
                msg::composite_type_error(&block.name.name, &msg::composite_type_relation(&id.name)),
                id.span,
            );
            None
        }
        Some(Named::Model(m)) => Some(FieldKind::Relation(RelationField {
            target: *m,
            relation: RelationId(u32::MAX),
            relation_name: None,
            fields: Vec::new(),
            references: Vec::new(),
            on_delete: None,
            on_update: None,
            mapped_name: None,
        })),
        None => {
            let message = match names.suggestion(&id.name) {
                Some(s) => msg::type_not_found_suggestion(&id.name, s),
                None => msg::type_not_found(&id.name),
            };
            diagnostics.push_error(message, id.span);
            None
        }
    }
}
