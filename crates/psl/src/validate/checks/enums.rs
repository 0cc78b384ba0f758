//! Provider checks on enums: support, and database name clashes.

use crate::hash::FxHashSet;
use crate::validate::Context;

/// Runs the enum checks.
pub(crate) fn run(ctx: &mut Context<'_>) {
    let provider = ctx.config.provider();
    if provider.is_none_or(|p| p.supports_enums()) {
        let mut seen = FxHashSet::default();
        for e in &ctx.datamodel.enums {
            if !seen.insert((e.schema.clone(), e.database_name().to_string())) {
                ctx.diagnostics.push_error("An enum with the same database name is already defined.", e.span);
            }
        }
    }
    if let Some(p) = provider.filter(|p| !p.supports_enums()) {
        let _ = p;
        for e in &ctx.datamodel.enums {
            ctx.diagnostics.push_error(
                crate::messages::model::validation_error(&format!(
                    "You defined the enum `{}`. But the current connector does not support enums.",
                    e.name
                )),
                e.span,
            );
        }
    }
    for e in 0..ctx.datamodel.enums.len() {
        crate::validate::on_worker(ctx, |w| super::multi_schema::check_enum(w, crate::datamodel::EnumId(e as u32)));
    }
}
