//! Index rules that depend on the provider: the index type (`type:`), `sort:`
//! on Hash indexes, and operator classes outside `@@index`.

use super::postgres_indexes::attribute_name;
use crate::datamodel::{IndexAlgorithm, IndexKind, Model, ModelId};
use crate::messages::config as msg;
use crate::validate::Worker;

/// `type:` must be supported by the provider, and Hash indexes take no `sort:`.
pub(crate) fn check_index_type(ctx: &mut Worker<'_, '_>, id: ModelId, model: &Model, index: usize) {
    let Some(idx) = model.indexes.get(index) else { return };
    let provider = ctx.config.provider();
    let supports = |a: IndexAlgorithm| match provider {
        Some(p) => p.supports_index_algorithm(a),
        None => a == IndexAlgorithm::BTree,
    };
    let attribute = attribute_name(idx);
    let mut errors = Vec::new();
    if let Some(algorithm) = idx.algorithm {
        if !supports(algorithm) {
            let ast = ctx.model_ast(id);
            let span = ast
                .attributes
                .iter()
                .find(|a| a.span == idx.span)
                .and_then(|a| {
                    a.arguments.arguments.iter().find(|arg| arg.name.as_ref().is_some_and(|n| n.name == "type"))
                })
                .map_or(idx.span, |arg| arg.span);
            errors.push((msg::attribute_validation(attribute, msg::index_type_not_supported()), span));
        }
    }
    if supports(IndexAlgorithm::Hash)
        && idx.algorithm == Some(IndexAlgorithm::Hash)
        && idx.fields.iter().any(|f| f.sort_order.is_some())
    {
        errors.push((msg::attribute_validation(attribute, msg::hash_index_sort()), idx.span));
    }
    for (message, span) in errors {
        ctx.diagnostics.push_error(message, span);
    }
}

/// `ops:` is only for `@@index`.
pub(crate) fn check_operator_classes(ctx: &mut Worker<'_, '_>, model: &Model, index: usize) {
    let Some(idx) = model.indexes.get(index) else { return };
    if idx.kind == IndexKind::Normal || idx.fields.iter().all(|f| f.operator_class.is_none()) {
        return;
    }
    let message = msg::attribute_validation(attribute_name(idx), msg::operator_class_on_non_normal_index());
    let span = idx.span;
    ctx.diagnostics.push_error(message, span);
}
