//! Lifting a `datasource` block, with Prisma 6.19's rules — except that
//! `url` is optional (Strata's documented departure: the URL may come from
//! `--url`, the environment or `strata.toml`).

use super::env::string_from_env;
use super::{coerce_array, coerce_string, properties, render, take};
use crate::ast::{ConfigBlock, ConfigProperty, Expression};
use crate::config::{Datasource, PostgresExtension, Provider, RelationMode, StringFromEnv};
use crate::diagnostics::Diagnostics;
use crate::messages::config as msg;
use crate::span::Span;

/// Validates one datasource block; `None` when it is unusable.
pub(super) fn lift(block: &ConfigBlock, diagnostics: &mut Diagnostics) -> Option<Datasource> {
    let name = block.name.name.as_str();
    let mut props = properties(block, "datasource", diagnostics)?;

    let Some((_, provider_value)) = take(&mut props, "provider") else {
        diagnostics.push_error(msg::datasource_argument_missing("provider", name), block.span);
        return None;
    };
    let provider = match provider_value {
        Expression::Function(f, ..) if f == "env" => {
            diagnostics.push_error(msg::provider_from_env(), block.span);
            return None;
        }
        Expression::StringValue(s, _) if s.is_empty() => {
            diagnostics.push_error(msg::provider_empty(name), provider_value.span());
            return None;
        }
        Expression::StringValue(s, _) => s.as_str(),
        other => {
            diagnostics.push_error(msg::provider_not_a_string(name), other.span());
            return None;
        }
    };
    let Some(active_provider) = Provider::from_name(provider) else {
        diagnostics.push_error(msg::provider_not_known(provider), provider_value.span());
        return None;
    };

    let relation_mode = relation_mode(&mut props, block, active_provider, diagnostics);

    let (extensions, extensions_span) = match active_provider {
        Provider::Postgres => match take(&mut props, "extensions") {
            Some((property, value)) => (extensions(value, diagnostics).unwrap_or_default(), Some(property.span)),
            None => (Vec::new(), None),
        },
        _ => (Vec::new(), None),
    };

    let (url, url_span) = match take(&mut props, "url") {
        Some((_, value)) => (Some(string_from_env(value, diagnostics)?), Some(value.span())),
        None => (None, None),
    };

    let shadow_database_url = take(&mut props, "shadowDatabaseUrl")
        .and_then(|(_, value)| string_from_env(value, diagnostics))
        .filter(|s| !matches!(s, StringFromEnv::Literal(l) if l.is_empty()));

    let (direct_url, direct_url_span) = match take(&mut props, "directUrl") {
        Some((_, value)) => (string_from_env(value, diagnostics), Some(value.span())),
        None => (None, None),
    };

    if let Some(shadow) = &shadow_database_url {
        if let (Some(direct), Some(span)) = (&direct_url, direct_url_span) {
            if shadow == direct {
                diagnostics.push_error(msg::shadow_database_is_direct_url(name), span);
            }
        }
        if let (Some(url), Some(span)) = (&url, url_span) {
            if shadow == url {
                diagnostics.push_error(msg::shadow_database_is_url(name), span);
            }
        }
    }

    if let Some((property, _)) = take(&mut props, "previewFeatures") {
        diagnostics.push_error(msg::preview_features_in_datasource(), property.span);
    }

    let (schemas, schemas_span) = match take(&mut props, "schemas") {
        Some((_, value)) if !active_provider.supports_multi_schema() => {
            diagnostics.push_error(msg::schemas_not_supported(), value.span());
            (Vec::new(), None)
        }
        Some((_, value)) => match schemas(value, diagnostics) {
            Some(schemas) => (schemas, Some(value.span())),
            None => (Vec::new(), None),
        },
        None => (Vec::new(), None),
    };

    for (property, _) in props {
        diagnostics.push_error(msg::property_not_known(&property.name.name), property.span);
    }

    Some(Datasource {
        name: name.to_string(),
        provider: provider.to_string(),
        active_provider,
        url,
        url_span,
        direct_url,
        direct_url_span,
        shadow_database_url,
        relation_mode,
        schemas,
        schemas_span,
        extensions,
        extensions_span,
        documentation: block.documentation.clone(),
        span: block.span,
    })
}

/// `relationMode`, or the deprecated `referentialIntegrity`.
fn relation_mode<'a>(
    props: &mut Vec<(&'a ConfigProperty, &'a Expression)>,
    block: &ConfigBlock,
    provider: Provider,
    diagnostics: &mut Diagnostics,
) -> Option<RelationMode> {
    if let Some((property, _)) = props.iter().find(|(p, _)| p.name.name == "referentialIntegrity") {
        diagnostics.push_warning(msg::referential_integrity_deprecated(), property.span);
    }
    let value = match (take(props, "relationMode"), take(props, "referentialIntegrity")) {
        (None, None) => return None,
        (Some(_), Some((legacy, _))) => {
            diagnostics.push_error(msg::relation_mode_and_referential_integrity(), legacy.span);
            return None;
        }
        (Some((_, value)), None) | (None, Some((_, value))) => value,
    };
    let mode = match coerce_string(value, "string", diagnostics)? {
        "prisma" => RelationMode::Prisma,
        "foreignKeys" => RelationMode::ForeignKeys,
        other => {
            diagnostics.push_error(msg::relation_mode_unknown(other), block.span);
            return None;
        }
    };
    let allowed = provider.allowed_relation_modes();
    if !allowed.contains(&mode) {
        let names: Vec<&str> = allowed.iter().map(|m| m.as_str()).collect();
        diagnostics.push_error(msg::relation_mode_not_allowed(mode.as_str(), &names), value.span());
    }
    Some(mode)
}

/// `schemas = [...]`: strings, not empty, no duplicates; sorted by name.
fn schemas(value: &Expression, diagnostics: &mut Diagnostics) -> Option<Vec<(String, Span)>> {
    let mut schemas =
        coerce_array(value, diagnostics, |e, d| coerce_string(e, "string", d).map(|s| (s.to_string(), e.span())))?;
    if schemas.is_empty() {
        diagnostics.push_error(msg::schemas_empty(), value.span());
        return None;
    }
    schemas.sort_by(|a, b| a.0.cmp(&b.0));
    for pair in schemas.windows(2) {
        if pair[0].0 == pair[1].0 {
            diagnostics.push_error(msg::schemas_duplicated(), pair[0].1);
        }
    }
    Some(schemas)
}

/// `extensions = [postgis, uuid_ossp(map: "uuid-ossp", schema: "…", version: "…")]`, sorted by name.
fn extensions(value: &Expression, diagnostics: &mut Diagnostics) -> Option<Vec<PostgresExtension>> {
    let mut out = coerce_array(value, diagnostics, |e, d| match e {
        Expression::ConstantValue(name, span) => Some(extension(name, None, *span, d)),
        Expression::Function(name, args, span) => Some(extension(name, Some(args), *span, d)),
        other => {
            d.push_error(
                msg::type_mismatch("constant or function", other.describe_kind(), &render(other)),
                other.span(),
            );
            None
        }
    })?;
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Some(out)
}

fn extension(
    name: &str,
    args: Option<&crate::ast::ArgumentsList>,
    span: Span,
    diagnostics: &mut Diagnostics,
) -> PostgresExtension {
    // Named arguments with their (string) values, first definition kept.
    let mut named: Vec<(&str, Span, Option<String>)> = Vec::new();
    for arg in args.map(|a| a.arguments.as_slice()).unwrap_or_default() {
        match &arg.name {
            Some(n) if named.iter().any(|(m, ..)| *m == n.name) => {
                diagnostics.push_error(msg::extension_argument_duplicated(&n.name), arg.span);
            }
            Some(n) => {
                let value = coerce_string(&arg.value, "string", diagnostics).map(str::to_string);
                named.push((&n.name, arg.span, value));
            }
            None => diagnostics.push_error(msg::extension_argument_unnamed(), arg.span),
        }
    }
    let mut fetch = |key: &str| -> Option<String> {
        let i = named.iter().position(|(n, ..)| *n == key)?;
        let (_, span, value) = named.remove(i);
        if value.is_none() {
            diagnostics.push_error(msg::extension_argument_not_a_string(key), span);
        }
        value
    };
    let db_name = fetch("map");
    let schema = fetch("schema");
    let version = fetch("version");
    for (n, span, _) in named {
        diagnostics.push_error(msg::argument_not_known(n), span);
    }
    PostgresExtension { name: name.to_string(), db_name, schema, version, span }
}
