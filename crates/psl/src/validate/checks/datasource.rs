//! Datasource checks that need the preview features: PostgreSQL `extensions`.

use crate::config::Provider;
use crate::messages::config::{self as msg, ExtensionNameProblem};
use crate::validate::Context;

/// `extensions` needs `postgresqlExtensions`, and names Prisma can express.
pub(crate) fn run(ctx: &mut Context<'_>) {
    let Some(ds) = ctx.config.datasource() else { return };
    if ds.active_provider != Provider::Postgres {
        return;
    }
    let Some(span) = ds.extensions_span else { return };
    if !ctx.config.has_preview_feature("postgresqlExtensions") {
        ctx.diagnostics.push_error(msg::extensions_need_preview_feature(), span);
        return;
    }
    let mut problems = Vec::new();
    for extension in &ds.extensions {
        let problem = match extension.name.chars().next() {
            None => Some(ExtensionNameProblem::Empty),
            Some(c) if c.is_numeric() => Some(ExtensionNameProblem::StartsWithNumber),
            Some(_) if extension.name.contains('-') => Some(ExtensionNameProblem::Dash),
            Some(_) => None,
        };
        if let Some(problem) = problem {
            problems.push((msg::extension_name_invalid(problem), extension.span));
        }
    }
    for (message, span) in problems {
        ctx.diagnostics.push_error(message, span);
    }
}
