//! Pass 2: the datamodel skeleton — models, enums, composite types, and each
//! field's resolved type (built-in scalar, enum, composite type or relation).

use super::Context;
use crate::ast::{self, Top};
use crate::datamodel::*;
use std::collections::HashMap;

/// Builds models, enums and composite types with resolved field types.
pub(crate) fn resolve(ctx: &mut Context<'_>) {
    let mut models = HashMap::new();
    let mut enums = HashMap::new();
    let mut composites = HashMap::new();
    for (i, top) in ctx.tops.iter().enumerate() {
        match top {
            Top::Model(m) => {
                models.entry(m.name.name.as_str()).or_insert(ModelId(ctx.model_tops.len() as u32));
                ctx.model_tops.push(i);
            }
            Top::Enum(e) => {
                enums.entry(e.name.name.as_str()).or_insert(EnumId(ctx.enum_tops.len() as u32));
                ctx.enum_tops.push(i);
            }
            Top::CompositeType(c) => {
                composites.entry(c.name.name.as_str()).or_insert(CompositeTypeId(ctx.composite_tops.len() as u32));
                ctx.composite_tops.push(i);
            }
            Top::Source(_) | Top::Generator(_) => {}
        }
    }
    let resolve_field = |field: &ast::Field, diagnostics: &mut crate::diagnostics::Diagnostics| -> Option<FieldKind> {
        let ty = field.field_type.as_ref()?;
        let scalar = |ty| FieldKind::Scalar(ScalarField { ty, native_type: None, default: None, is_updated_at: false });
        Some(match ty {
            ast::FieldType::Unsupported(s, _) => scalar(ScalarFieldType::Unsupported(s.clone())),
            ast::FieldType::Supported(id) => {
                if let Some(t) = ScalarType::from_name(&id.name) {
                    scalar(ScalarFieldType::BuiltIn(t))
                } else if let Some(e) = enums.get(id.name.as_str()) {
                    scalar(ScalarFieldType::Enum(*e))
                } else if let Some(c) = composites.get(id.name.as_str()) {
                    scalar(ScalarFieldType::CompositeType(*c))
                } else if let Some(m) = models.get(id.name.as_str()) {
                    FieldKind::Relation(RelationField {
                        target: *m,
                        relation: RelationId(u32::MAX),
                        relation_name: None,
                        fields: Vec::new(),
                        references: Vec::new(),
                        on_delete: None,
                        on_update: None,
                        mapped_name: None,
                    })
                } else {
                    diagnostics.push_error(
                        format!(
                            "Type \"{}\" is neither a built-in type, nor refers to another model, composite type, or enum.",
                            id.name
                        ),
                        id.span,
                    );
                    return None;
                }
            }
        })
    };
    let lower_fields = |fields: &[ast::Field], diagnostics: &mut crate::diagnostics::Diagnostics| -> Vec<Field> {
        fields
            .iter()
            .filter_map(|f| {
                let kind = resolve_field(f, diagnostics)?;
                Some(Field {
                    name: f.name.name.clone(),
                    mapped_name: None,
                    arity: f.arity,
                    kind,
                    is_ignored: false,
                    documentation: f.documentation.clone(),
                    span: f.span,
                })
            })
            .collect()
    };
    for top in ctx.tops.iter() {
        match top {
            Top::Model(m) => {
                let fields = lower_fields(&m.fields, &mut ctx.diagnostics);
                ctx.datamodel.models.push(Model {
                    name: m.name.name.clone(),
                    mapped_name: None,
                    schema: None,
                    is_view: m.is_view,
                    is_ignored: false,
                    documentation: m.documentation.clone(),
                    fields,
                    primary_key: None,
                    indexes: Vec::new(),
                    span: m.span,
                });
            }
            Top::Enum(e) => ctx.datamodel.enums.push(Enum {
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
            }),
            Top::CompositeType(c) => {
                let fields = lower_fields(&c.fields, &mut ctx.diagnostics);
                ctx.datamodel.composite_types.push(CompositeType { name: c.name.name.clone(), fields, span: c.span });
            }
            Top::Source(_) | Top::Generator(_) => {}
        }
    }
}
