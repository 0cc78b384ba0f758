//! Lifting a `generator` block: kept, never run.

use super::env::{env_var, string_from_env};
use super::{coerce_array, coerce_string, preview_features, properties, render, take};
use crate::ast::{ConfigBlock, Expression};
use crate::config::{Generator, GeneratorConfigValue, Provider};
use crate::diagnostics::Diagnostics;
use crate::messages::config as msg;

/// Validates one generator block; `None` when it is unusable.
pub(super) fn lift(
    block: &ConfigBlock,
    provider: Option<Provider>,
    diagnostics: &mut Diagnostics,
) -> Option<Generator> {
    let name = block.name.name.as_str();
    let mut props = properties(block, "generator", diagnostics)?;

    if let Some((_, value)) = props.iter().find(|(p, _)| p.name.name == "engineType") {
        if !matches!(value, Expression::StringValue(..)) {
            diagnostics.push_error(msg::type_mismatch("String", value.describe_kind(), &render(value)), value.span());
        }
    }

    let provider_value = match take(&mut props, "provider") {
        Some((_, value)) => string_from_env(value, diagnostics)?,
        None => {
            diagnostics.push_error(msg::generator_argument_missing("provider", name), block.span);
            return None;
        }
    };

    let output = take(&mut props, "output").and_then(|(_, value)| string_from_env(value, diagnostics));

    let binary_targets = take(&mut props, "binaryTargets")
        .and_then(|(_, value)| coerce_array(value, diagnostics, string_from_env))
        .unwrap_or_default();

    let preview_features = take(&mut props, "previewFeatures")
        .and_then(|(_, value)| {
            coerce_array(value, diagnostics, |e, d| coerce_string(e, "string", d)).map(|names| (names, value.span()))
        })
        .map(|(names, span)| preview_features::validate(&names, provider, span, diagnostics))
        .unwrap_or_default();

    let mut config = Vec::new();
    for (property, value) in props {
        config.push((property.name.name.as_str().to_owned(), config_value(value, diagnostics)?));
    }

    Some(Generator {
        name: name.to_string(),
        provider: provider_value,
        output,
        preview_features,
        binary_targets,
        config,
        documentation: block.documentation.clone(),
        span: block.span,
    })
}

/// Any value is accepted; only `env(…)` calls are checked.
fn config_value(value: &Expression, diagnostics: &mut Diagnostics) -> Option<GeneratorConfigValue> {
    Some(match value {
        Expression::Function(name, ..) if name == "env" => GeneratorConfigValue::Env(env_var(value, diagnostics)?),
        Expression::StringValue(s, _) => GeneratorConfigValue::String(s.as_str().to_owned()),
        Expression::Array(items, _) => {
            let mut values = Vec::with_capacity(items.len());
            for item in items {
                values.push(config_value(item, diagnostics)?);
            }
            GeneratorConfigValue::Array(values)
        }
        other => GeneratorConfigValue::String(render(other)),
    })
}
