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
use std::collections::BTreeMap;

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

/// Relation fields' attributes, keyed and ordered by (model, field index):
/// the order Prisma walks them in.
#[derive(Clone, Debug, Default)]
pub(crate) struct RelationStore {
    /// Every relation field of every model and view.
    pub fields: BTreeMap<(ModelId, usize), RelationFieldAttributes>,
}

impl RelationStore {
    /// The attributes of one relation field.
    pub(crate) fn get(&self, model: ModelId, field: usize) -> Option<&RelationFieldAttributes> {
        self.fields.get(&(model, field))
    }
}
