//! Pass 5: datasources, generators and preview features.
//!
//! Mirrors Prisma's configuration loading: every datasource block is lifted
//! (`datasource`), then every generator (`generator`, whose preview features
//! are checked against the provider of the first datasource in
//! `preview_features`). String values may come from `env("…")` (`env`).

mod datasource;
mod env;
mod generator;
mod preview_features;

use super::Context;
use crate::ast::{ArgumentsList, ConfigBlock, ConfigProperty, Expression, Top};
use crate::diagnostics::Diagnostics;
use crate::messages::config as msg;

/// Reads every datasource and generator block into the configuration.
pub(crate) fn load(ctx: &mut Context<'_>) {
    let sources: Vec<&ConfigBlock> = ctx
        .tops
        .iter()
        .filter_map(|t| match t {
            Top::Source(s) => Some(s),
            _ => None,
        })
        .collect();
    for source in &sources {
        if let Some(datasource) = datasource::lift(source, &mut ctx.diagnostics) {
            ctx.config.datasources.push(datasource);
        }
    }
    if ctx.config.datasources.len() > 1 {
        for source in &sources {
            ctx.diagnostics.push_error(msg::several_datasources(&source.name.name), source.span);
        }
    }

    let provider = ctx.config.provider();
    let generators: Vec<&ConfigBlock> = ctx
        .tops
        .iter()
        .filter_map(|t| match t {
            Top::Generator(g) => Some(g),
            _ => None,
        })
        .collect();
    for block in generators {
        if let Some(generator) = generator::lift(block, provider, &mut ctx.diagnostics) {
            ctx.config.generators.push(generator);
        }
    }
}

/// The properties of a block by name (the last definition wins), or `None`
/// after reporting the first property without a value.
fn properties<'a>(
    block: &'a ConfigBlock,
    kind: &str,
    diagnostics: &mut Diagnostics,
) -> Option<Vec<(&'a ConfigProperty, &'a Expression)>> {
    let mut out: Vec<(&ConfigProperty, &Expression)> = Vec::new();
    for property in &block.properties {
        let Some(value) = &property.value else {
            diagnostics
                .push_error(msg::property_missing_value(&property.name.name, kind, &block.name.name), block.span);
            return None;
        };
        out.retain(|(p, _)| p.name.name != property.name.name);
        out.push((property, value));
    }
    Some(out)
}

/// Removes and returns the property named `name`.
fn take<'a>(
    properties: &mut Vec<(&'a ConfigProperty, &'a Expression)>,
    name: &str,
) -> Option<(&'a ConfigProperty, &'a Expression)> {
    let i = properties.iter().position(|(p, _)| p.name.name == name)?;
    Some(properties.remove(i))
}

/// The value as Prisma prints it in messages (`[1,2]`, `"a"`, `f(x: 1,2)`).
pub(crate) fn render(expression: &Expression) -> String {
    match expression {
        Expression::NumericValue(v, _) | Expression::ConstantValue(v, _) => v.as_str().to_owned(),
        Expression::StringValue(v, _) => format!("\"{}\"", v.replace('\\', "\\\\").replace('"', "\\\"")),
        Expression::Function(name, args, _) => format!("{name}({})", render_arguments(args)),
        Expression::Array(values, _) => {
            format!("[{}]", values.iter().map(render).collect::<Vec<_>>().join(","))
        }
    }
}

fn render_arguments(args: &ArgumentsList) -> String {
    args.arguments
        .iter()
        .map(|a| match &a.name {
            Some(name) => format!("{}: {}", name.name, render(&a.value)),
            None => render(&a.value),
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// A string literal, or an error `Expected a {label} value, …`.
fn coerce_string<'a>(expression: &'a Expression, label: &str, diagnostics: &mut Diagnostics) -> Option<&'a str> {
    match expression {
        Expression::StringValue(s, _) => Some(s),
        other => {
            diagnostics.push_error(msg::type_mismatch(label, other.describe_kind(), &render(other)), other.span());
            None
        }
    }
}

/// Coerces every element of an array (or a single value, as a one-element
/// array); reports every element that fails, and then yields `None`.
fn coerce_array<'a, T>(
    expression: &'a Expression,
    diagnostics: &mut Diagnostics,
    mut coerce: impl FnMut(&'a Expression, &mut Diagnostics) -> Option<T>,
) -> Option<Vec<T>> {
    let items: Vec<&Expression> = match expression {
        Expression::Array(items, _) => items.iter().collect(),
        single => vec![single],
    };
    let mut out = Vec::with_capacity(items.len());
    let mut ok = true;
    for item in items {
        match coerce(item, diagnostics) {
            Some(v) => out.push(v),
            None => ok = false,
        }
    }
    ok.then_some(out)
}
