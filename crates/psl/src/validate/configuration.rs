//! Pass 5: datasources, generators and preview features.

use super::Context;
use crate::ast::{Expression, Top};
use crate::config::*;

/// Reads every datasource and generator block into [`Configuration`].
pub(crate) fn load(ctx: &mut Context<'_>) {
    for top in ctx.tops.iter() {
        match top {
            Top::Source(block) => {
                let provider = block.property("provider").and_then(|p| p.value.as_ref()).and_then(|v| v.as_string());
                let Some(provider) = provider else { continue };
                let Some(active_provider) = Provider::from_name(provider) else { continue };
                let string_from_env = |name: &str| -> Option<StringFromEnv> {
                    match block.property(name)?.value.as_ref()? {
                        Expression::StringValue(s, _) => Some(StringFromEnv::Literal(s.clone())),
                        Expression::Function(f, args, _) if f == "env" => {
                            args.arguments.first()?.value.as_string().map(|v| StringFromEnv::Env(v.to_string()))
                        }
                        _ => None,
                    }
                };
                ctx.config.datasources.push(Datasource {
                    name: block.name.name.clone(),
                    provider: provider.to_string(),
                    active_provider,
                    url: string_from_env("url"),
                    direct_url: string_from_env("directUrl"),
                    shadow_database_url: string_from_env("shadowDatabaseUrl"),
                    relation_mode: None,
                    schemas: Vec::new(),
                    extensions: Vec::new(),
                    documentation: block.documentation.clone(),
                    span: block.span,
                });
            }
            Top::Generator(block) => {
                let preview_features = match block.property("previewFeatures").and_then(|p| p.value.as_ref()) {
                    Some(Expression::Array(items, _)) => {
                        items.iter().filter_map(|i| i.as_string().map(str::to_string)).collect()
                    }
                    _ => Vec::new(),
                };
                ctx.config.generators.push(Generator {
                    name: block.name.name.clone(),
                    provider: None,
                    output: None,
                    preview_features,
                    binary_targets: Vec::new(),
                    config: Vec::new(),
                    documentation: block.documentation.clone(),
                    span: block.span,
                });
            }
            _ => {}
        }
    }
}
