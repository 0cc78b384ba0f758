//! Model and view attributes: the fields' attributes first, then `@@ignore`,
//! `@@id`, `@@map`, `@@schema`, `@@index`, `@@unique`, `@@fulltext` and
//! `@@shardKey`; everything lands in the datamodel at the end.

use super::field;
use super::fields::{self, relation_scalar_fields, Problem, Target};
use super::visitor::{Args, AttributeSet};
use super::{client_name, clustered_argument, constraint_map, map_argument, schema_argument};
use crate::ast::FieldArity;
use crate::datamodel::*;
use crate::diagnostics::Diagnostics;
use crate::hash::FxHashMap;
use crate::messages::model as msg;
use crate::validate::types::TypeNames;
use crate::validate::Context;

/// What the attributes of one model say, collected before it is written to the datamodel.
pub(super) struct ModelState {
    pub primary_key: Option<PrimaryKey>,
    pub pk_source_field: Option<usize>,
    pub field_uniques: Vec<Index>,
    pub shard_key: Option<ShardKey>,
    pub shard_key_source_field: Option<usize>,
    pub mapped_field_names: FxHashMap<String, usize>,
    /// By field index.
    pub fields: Vec<FieldState>,
    /// The larger, rarer findings, by field index in field order: most
    /// fields have none of them, and a few bytes per field keep the pass's
    /// working set small.
    pub field_values: FieldValues,
}

/// What the attributes of one field say, besides its [`FieldValues`].
#[derive(Clone, Copy, Default)]
pub(super) struct FieldState {
    pub is_scalar: bool,
    pub ignored: bool,
    pub updated_at: bool,
}

/// `@map` names, `@default`s and `@db.*` types of a model's fields, each
/// with its field's index, in field order.
#[derive(Default)]
pub(super) struct FieldValues {
    pub maps: Vec<(usize, String)>,
    pub defaults: Vec<(usize, DefaultValue)>,
    pub native_types: Vec<(usize, NativeType)>,
}

impl FieldValues {
    /// The `@map` name of field `field`, if it has been seen.
    pub fn map(&self, field: usize) -> Option<&str> {
        self.maps.iter().find(|(i, _)| *i == field).map(|(_, m)| m.as_str())
    }
}

/// What the attributes of one model say, to be written into its datamodel
/// entry by [`apply`].
pub(super) struct ModelUpdate {
    mapped_name: Option<String>,
    schema: Option<String>,
    is_ignored: bool,
    primary_key: Option<PrimaryKey>,
    indexes: Vec<Index>,
    shard_key: Option<ShardKey>,
    fields: Vec<FieldState>,
    field_values: FieldValues,
}

/// Validates the attributes of one model or view (`ast`, whose datamodel
/// entry with resolved field types is `dm`). Reads the context only, so
/// models can be visited on several threads; [`apply`] lowers the result.
pub(super) fn model(
    ctx: &Context<'_>,
    ast: &crate::ast::Model,
    dm: &Model,
    names: &TypeNames<'_>,
    d: &mut Diagnostics,
) -> ModelUpdate {
    let n = ast.fields.len();
    let mut state = ModelState {
        primary_key: None,
        pk_source_field: None,
        field_uniques: Vec::new(),
        shard_key: None,
        shard_key_source_field: None,
        mapped_field_names: FxHashMap::default(),
        fields: (0..n)
            .map(|i| FieldState {
                is_scalar: dm.fields.get(i).is_some_and(|f| matches!(f.kind, FieldKind::Scalar(_))),
                ..FieldState::default()
            })
            .collect(),
        field_values: FieldValues::default(),
    };
    for (fi, f) in ast.fields.iter().enumerate() {
        if state.fields[fi].is_scalar && names.resolves(f) {
            field::scalar_field(ctx, ast, dm, fi, &mut state, d);
        }
    }

    let composites: Vec<_> = ctx
        .composite_tops
        .iter()
        .zip(&ctx.datamodel.composite_types)
        .filter_map(|(i, ct)| match ctx.tops.get(*i) {
            Some(crate::ast::Top::CompositeType(a)) => Some((a, ct)),
            _ => None,
        })
        .collect();
    let target = Target { ast, model: dm, composites };
    let mut set = AttributeSet::new(&ast.attributes);

    let mut is_ignored = false;
    if let Some(args) = set.single("ignore", d) {
        for (fi, field) in state.fields.iter().enumerate() {
            if field.ignored {
                d.push_error(msg::attribute_error("@ignore", msg::IGNORE_ON_IGNORED_MODEL), ast.fields[fi].span);
            }
        }
        is_ignored = true;
        args.finish(d);
    }

    if let Some(mut args) = set.single("id", d) {
        compound_id(&mut args, &target, is_ignored, &mut state, d);
        args.finish(d);
    }

    let mut mapped_name = None;
    if let Some(mut args) = set.single("map", d) {
        mapped_name = map_argument(&mut args, d);
        args.finish(d);
    }

    let mut schema = None;
    if let Some(mut args) = set.single("schema", d) {
        schema = schema_argument(&mut args, d);
        args.finish(d);
    }

    let mut indexes = std::mem::take(&mut state.field_uniques);
    for kind in [IndexKind::Normal, IndexKind::Unique, IndexKind::Fulltext] {
        let attr_name = match kind {
            IndexKind::Normal => "index",
            IndexKind::Unique => "unique",
            IndexKind::Fulltext => "fulltext",
        };
        while let Some(mut args) = set.next_repeated(attr_name, d) {
            indexes.push(block_index(&mut args, kind, &target, d));
            args.finish(d);
        }
    }

    if let Some(mut args) = set.single("shardKey", d) {
        compound_shard_key(&mut args, &target, is_ignored, &mut state, d);
        args.finish(d);
    }

    if !is_ignored {
        if let (Some(pk), Some(fi)) = (&state.primary_key, state.pk_source_field) {
            if pk.defined_on_field && ast.fields[fi].arity != FieldArity::Required {
                d.push_error(msg::attribute_error("@id", msg::ID_MUST_BE_REQUIRED), pk.span);
            }
        }
        if let (Some(sk), Some(fi)) = (&state.shard_key, state.shard_key_source_field) {
            if sk.defined_on_field && ast.fields[fi].arity != FieldArity::Required {
                d.push_error(msg::attribute_error("@shardKey", msg::SHARD_KEY_MUST_BE_REQUIRED), sk.span);
            }
        }
    }
    set.finish(d);

    ModelUpdate {
        mapped_name,
        schema: schema.map(|(s, _)| s),
        is_ignored,
        primary_key: state.primary_key,
        indexes,
        shard_key: state.shard_key,
        fields: state.fields,
        field_values: state.field_values,
    }
}

/// Writes what [`model`] found into the model's datamodel entry.
pub(super) fn apply(m: &mut Model, update: ModelUpdate) {
    m.mapped_name = update.mapped_name;
    m.schema = update.schema;
    m.is_ignored = update.is_ignored;
    m.primary_key = update.primary_key;
    m.indexes = update.indexes;
    m.shard_key = update.shard_key;
    for (f, field) in m.fields.iter_mut().zip(update.fields) {
        if field.ignored {
            f.is_ignored = true;
        }
        if field.updated_at {
            if let FieldKind::Scalar(s) = &mut f.kind {
                s.is_updated_at = true;
            }
        }
    }
    let FieldValues { maps, defaults, native_types } = update.field_values;
    for (i, map) in maps {
        if let Some(f) = m.fields.get_mut(i) {
            f.mapped_name = Some(map);
        }
    }
    for (i, default) in defaults {
        if let Some(FieldKind::Scalar(s)) = m.fields.get_mut(i).map(|f| &mut f.kind) {
            s.default = Some(default);
        }
    }
    for (i, native_type) in native_types {
        if let Some(FieldKind::Scalar(s)) = m.fields.get_mut(i).map(|f| &mut f.kind) {
            s.native_type = Some(Box::new(native_type));
        }
    }
}

fn model_name<'a>(target: &'a Target<'_>) -> &'a str {
    &target.ast.name.name
}

/// `@@id([…], name:, map:, clustered:)`.
fn compound_id(
    args: &mut Args<'_>,
    target: &Target<'_>,
    is_ignored: bool,
    state: &mut ModelState,
    d: &mut Diagnostics,
) {
    let Some(value) = args.default_arg("fields", d) else { return };
    let resolved = match fields::resolve_with_args(target, value, args.span(), false, "model", d) {
        Ok(fields) => fields,
        Err(Problem::Reported) => return,
        Err(Problem::Fields { unknown, relation }) => {
            if !unknown.is_empty() {
                let message = msg::id_unknown_fields(&msg::fields_with_leading_word(&unknown));
                d.push_error(msg::model_error("model", model_name(target), &message), value.span());
            }
            if !relation.is_empty() {
                let names: Vec<&str> = relation.iter().map(|(n, _)| n.as_str()).collect();
                let message = msg::id_relation_fields(&msg::fields_with_leading_word(&names));
                d.push_error(msg::model_error("model", model_name(target), &message), args.span());
            }
            return;
        }
    };
    let optional: Vec<&str> = resolved
        .iter()
        .filter(|f| f.path.is_empty())
        .filter_map(|f| target.ast.fields.get(f.field))
        .filter(|f| f.arity != FieldArity::Required)
        .map(|f| f.name.name.as_str())
        .collect();
    if !optional.is_empty() && !is_ignored {
        let message = msg::id_optional_fields(&msg::fields_with_leading_word(&optional));
        d.push_error(msg::model_error("model", model_name(target), &message), args.span());
    }
    if state.primary_key.is_some() {
        d.push_error(msg::model_error("model", model_name(target), msg::ID_TWICE), target.ast.span);
    }
    let mapped_name = constraint_map(args, d);
    let name = client_name(args, d);
    if let Some(name) = &name {
        validate_client_name(name, "@@id", args.span(), target, d);
    }
    let clustered = clustered_argument(args, d);
    state.pk_source_field = None;
    state.primary_key =
        Some(PrimaryKey { fields: resolved, name, mapped_name, clustered, defined_on_field: false, span: args.span() });
}

/// `@@index`, `@@unique` or `@@fulltext`.
fn block_index(args: &mut Args<'_>, kind: IndexKind, target: &Target<'_>, d: &mut Diagnostics) -> Index {
    let unique = kind == IndexKind::Unique;
    let mut index = Index {
        kind,
        fields: Vec::new(),
        name: None,
        mapped_name: None,
        algorithm: None,
        clustered: None,
        defined_on_field: None,
        span: args.span(),
    };
    if let Some(value) = args.default_arg("fields", d) {
        match fields::resolve_with_args(target, value, args.span(), true, "model", d) {
            Ok(fields) => index.fields = fields,
            Err(Problem::Reported) => {}
            Err(Problem::Fields { unknown, relation }) => {
                if !unknown.is_empty() {
                    let message = msg::index_unknown_fields(unique, &unknown.join(", "));
                    d.push_error(msg::model_error("model", model_name(target), &message), args.span());
                }
                if !relation.is_empty() {
                    let mut suggested = Vec::new();
                    for (_, fi) in &relation {
                        if let Some(f) = target.ast.fields.get(*fi) {
                            suggested.extend(relation_scalar_fields(f));
                        }
                    }
                    let suggestion = if suggested.is_empty() {
                        String::new()
                    } else {
                        let attr = if unique { "unique" } else { "index" };
                        format!(" Did you mean `@@{attr}([{}])`?", suggested.join(", "))
                    };
                    let names: Vec<&str> = relation.iter().map(|(n, _)| n.as_str()).collect();
                    let message = msg::index_relation_fields(unique, &names.join(", "), &suggestion);
                    d.push_error(msg::model_error("model", model_name(target), &message), args.span());
                }
            }
        }
    }
    match kind {
        IndexKind::Fulltext => index.mapped_name = constraint_map(args, d),
        IndexKind::Normal => {
            let name = client_name(args, d);
            let mapped = constraint_map(args, d);
            index.mapped_name = match (name, mapped) {
                (Some(_), Some(_)) => {
                    args.error(d, msg::INDEX_NAME_AND_MAP);
                    None
                }
                (name, mapped) => mapped.or(name),
            };
            index.algorithm = match args.optional("type").and_then(|t| super::coerce::constant(t, d)) {
                Some("BTree") => Some(IndexAlgorithm::BTree),
                Some("Hash") => Some(IndexAlgorithm::Hash),
                Some("Gist") => Some(IndexAlgorithm::Gist),
                Some("Gin") => Some(IndexAlgorithm::Gin),
                Some("SpGist") => Some(IndexAlgorithm::SpGist),
                Some("Brin") => Some(IndexAlgorithm::Brin),
                Some(other) => {
                    args.error(d, &msg::unknown_index_type(other));
                    None
                }
                None => None,
            };
            index.clustered = clustered_argument(args, d);
        }
        IndexKind::Unique => {
            let name = client_name(args, d);
            index.mapped_name = constraint_map(args, d);
            if let Some(name) = &name {
                validate_client_name(name, "@@unique", args.span(), target, d);
            }
            index.name = name;
            index.clustered = clustered_argument(args, d);
        }
    }
    index
}

/// `@@shardKey([…])`.
fn compound_shard_key(
    args: &mut Args<'_>,
    target: &Target<'_>,
    is_ignored: bool,
    state: &mut ModelState,
    d: &mut Diagnostics,
) {
    let Some(value) = args.default_arg("fields", d) else { return };
    let resolved = match fields::resolve_without_args(target, value, args.span(), "model", d) {
        Ok(fields) => fields,
        Err(Problem::Reported) => return,
        Err(Problem::Fields { unknown, relation }) => {
            if !unknown.is_empty() {
                let message = msg::shard_key_unknown_fields(&msg::fields_with_leading_word(&unknown));
                d.push_error(msg::model_error("model", model_name(target), &message), value.span());
            }
            if !relation.is_empty() {
                let names: Vec<&str> = relation.iter().map(|(n, _)| n.as_str()).collect();
                let message = msg::shard_key_relation_fields(&msg::fields_with_leading_word(&names));
                d.push_error(msg::model_error("model", model_name(target), &message), args.span());
            }
            return;
        }
    };
    let optional: Vec<&str> = resolved
        .iter()
        .filter_map(|f| target.ast.fields.get(*f))
        .filter(|f| f.arity != FieldArity::Required)
        .map(|f| f.name.name.as_str())
        .collect();
    if !optional.is_empty() && !is_ignored {
        let message = msg::shard_key_optional_fields(&msg::fields_with_leading_word(&optional));
        d.push_error(msg::model_error("model", model_name(target), &message), args.span());
    }
    if state.shard_key.is_some() {
        d.push_error(msg::model_error("model", model_name(target), msg::SHARD_KEY_TWICE), target.ast.span);
    }
    state.shard_key_source_field = None;
    state.shard_key = Some(ShardKey { fields: resolved, defined_on_field: false, span: args.span() });
}

/// `name:` ends up in the client API: only `_a-zA-Z0-9`.
fn validate_client_name(
    name: &str,
    attribute: &str,
    span: crate::span::Span,
    target: &Target<'_>,
    d: &mut Diagnostics,
) {
    if name.chars().all(|c| c == '_' || c.is_ascii_alphanumeric()) {
        return;
    }
    d.push_error(msg::model_error("model", model_name(target), &msg::invalid_client_name(attribute)), span);
}
