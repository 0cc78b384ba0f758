//! Relations, in two passes around the attributes pass (Prisma's order):
//!
//! - [`resolve_attributes`] reads the attributes of every relation field
//!   (`@relation(name?, fields:, references:, onDelete:, onUpdate:, map:)`,
//!   and the ones not allowed there: `@id`, `@default`, `@map`, `@unique`)
//!   into a [`RelationStore`], before any scalar or model attribute;
//! - [`infer`] pairs relation fields into relations exactly as Prisma's
//!   parser-database does, and fills [`crate::datamodel::RelationField`]
//!   and [`crate::datamodel::Datamodel::relations`].
//!
//! Neither reports relation rule violations: those are provider-specific
//! checks (`checks::relations`), run only on schemas without errors.

mod arguments;
mod attribute;
mod infer;

pub(crate) use attribute::resolve_attributes;
pub(crate) use infer::infer;

use crate::datamodel::{ModelId, ReferentialAction};
use crate::span::Span;

/// What the attributes of one relation field say, as written.
#[derive(Clone, Debug)]
pub(crate) struct RelationFieldAttributes {
    /// The model the field points to.
    pub target: ModelId,
    /// The `@relation` attribute, when present and usable.
    pub attribute_span: Option<Span>,
    /// `name` (or the unnamed first argument).
    pub name: Option<String>,
    /// `fields: […]`, resolved to field indexes (empty when unresolvable).
    pub fields: Option<Vec<usize>>,
    /// `references: […]`, resolved to field indexes of `target`.
    pub references: Option<Vec<usize>>,
    /// `onDelete:` with the span of its value.
    pub on_delete: Option<(ReferentialAction, Span)>,
    /// `onUpdate:` with the span of its value.
    pub on_update: Option<(ReferentialAction, Span)>,
    /// `map:`.
    pub map: Option<String>,
    /// `@ignore`.
    pub is_ignored: bool,
}

/// Relation fields' attributes, ordered by (model, field index): the order
/// Prisma walks them in.
#[derive(Clone, Debug, Default)]
pub(crate) struct RelationStore {
    /// Every relation field of every model and view: `(field index,
    /// attributes)`, model after model.
    fields: Vec<(usize, RelationFieldAttributes)>,
    /// For each model, where its relation fields start in `fields` (one more
    /// entry at the end).
    starts: Vec<usize>,
}

impl RelationStore {
    /// The store of the relation fields of each model in turn, each list in
    /// field order.
    pub(crate) fn from_models(per_model: Vec<Vec<(usize, RelationFieldAttributes)>>) -> Self {
        let mut starts = Vec::with_capacity(per_model.len() + 1);
        let mut fields = Vec::with_capacity(per_model.iter().map(Vec::len).sum());
        for model in per_model {
            starts.push(fields.len());
            fields.extend(model);
        }
        starts.push(fields.len());
        RelationStore { fields, starts }
    }

    /// The relation fields of one model, in field order.
    pub(crate) fn of_model(&self, model: ModelId) -> &[(usize, RelationFieldAttributes)] {
        let m = model.0 as usize;
        match (self.starts.get(m), self.starts.get(m + 1)) {
            (Some(&start), Some(&end)) => &self.fields[start..end],
            _ => &[],
        }
    }

    /// The attributes of one relation field.
    pub(crate) fn get(&self, model: ModelId, field: usize) -> Option<&RelationFieldAttributes> {
        let fields = self.of_model(model);
        fields.binary_search_by_key(&field, |(f, _)| *f).ok().map(|i| &fields[i].1)
    }
}
