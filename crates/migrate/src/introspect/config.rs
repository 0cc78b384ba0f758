//! The `generator` and `datasource` blocks of an introspected schema.
//!
//! Prisma re-renders them from the previous schema's configuration rather than copying text:
//! comments and documentation inside and above them are dropped, `previewFeatures` are sorted,
//! other generator properties are sorted by key and their values written as strings. Only the
//! first datasource is kept. Without a previous schema the header is the datasource alone.

use super::render::string_literal;
use psl::config::{GeneratorConfigValue, StringFromEnv};
use psl::{Provider, ValidatedSchema};
use std::fmt::Write;

fn env_or_literal(value: &StringFromEnv) -> String {
    match value {
        StringFromEnv::Literal(s) => string_literal(s),
        StringFromEnv::Env(var) => format!("env({})", string_literal(var)),
    }
}

fn config_value(value: &GeneratorConfigValue) -> String {
    match value {
        GeneratorConfigValue::String(s) => string_literal(s),
        GeneratorConfigValue::Env(var) => format!("env({})", string_literal(var)),
        GeneratorConfigValue::Array(items) => {
            let items: Vec<String> = items.iter().map(config_value).collect();
            format!("[{}]", items.join(", "))
        }
    }
}

/// The configuration blocks, unformatted, each followed by an empty line.
pub(crate) fn render(previous: Option<&ValidatedSchema>, provider: Provider) -> String {
    let mut out = String::new();
    let Some(previous) = previous else {
        let _ = writeln!(out, "datasource db {{\nprovider = {}\n}}\n", string_literal(provider.as_str()));
        return out;
    };
    let config = &previous.configuration;
    for generator in &config.generators {
        let _ = writeln!(out, "generator {} {{", generator.name);
        let _ = writeln!(out, "provider = {}", env_or_literal(&generator.provider));
        if let Some(output) = &generator.output {
            let _ = writeln!(out, "output = {}", env_or_literal(output));
        }
        if has_generator_property(previous, &generator.name, "previewFeatures") {
            let mut features = generator.preview_features.clone();
            features.sort_by_key(|f| f.to_ascii_lowercase());
            features.dedup();
            let features: Vec<String> = features.iter().map(|f| string_literal(f)).collect();
            let _ = writeln!(out, "previewFeatures = [{}]", features.join(", "));
        }
        if !generator.binary_targets.is_empty() {
            let targets: Vec<String> = generator.binary_targets.iter().map(env_or_literal).collect();
            let _ = writeln!(out, "binaryTargets = [{}]", targets.join(", "));
        }
        let mut custom: Vec<&(String, GeneratorConfigValue)> = generator.config.iter().collect();
        custom.sort_by(|a, b| a.0.cmp(&b.0));
        for (key, value) in custom {
            let _ = writeln!(out, "{key} = {}", config_value(value));
        }
        out.push_str("}\n\n");
    }
    if let Some(ds) = config.datasource() {
        let _ = writeln!(out, "datasource {} {{", ds.name);
        let _ = writeln!(out, "provider = {}", string_literal(&ds.provider));
        if let Some(url) = &ds.url {
            let _ = writeln!(out, "url = {}", env_or_literal(url));
        }
        if let Some(url) = &ds.direct_url {
            let _ = writeln!(out, "directUrl = {}", env_or_literal(url));
        }
        if let Some(url) = &ds.shadow_database_url {
            let _ = writeln!(out, "shadowDatabaseUrl = {}", env_or_literal(url));
        }
        if let Some(mode) = ds.relation_mode {
            let _ = writeln!(out, "relationMode = {}", string_literal(mode.as_str()));
        }
        if !ds.extensions.is_empty() && config.has_preview_feature("postgresqlExtensions") {
            let extensions: Vec<String> = ds
                .extensions
                .iter()
                .map(|e| {
                    let mut args = Vec::new();
                    if let Some(map) = &e.db_name {
                        args.push(format!("map: {}", string_literal(map)));
                    }
                    if let Some(version) = &e.version {
                        args.push(format!("version: {}", string_literal(version)));
                    }
                    if let Some(schema) = &e.schema {
                        args.push(format!("schema: {}", string_literal(schema)));
                    }
                    super::render::call(&e.name, &args)
                })
                .collect();
            let _ = writeln!(out, "extensions = [{}]", extensions.join(", "));
        }
        if !ds.schemas.is_empty() {
            let schemas: Vec<String> = ds.schemas.iter().map(|(s, _)| string_literal(s)).collect();
            let _ = writeln!(out, "schemas = [{}]", schemas.join(", "));
        }
        out.push_str("}\n\n");
    }
    out
}

/// Whether the generator block `name` of the previous schema writes the property `key`.
fn has_generator_property(previous: &ValidatedSchema, name: &str, key: &str) -> bool {
    previous.asts.iter().flat_map(|ast| ast.generators()).any(|g| g.name.name == name && g.property(key).is_some())
}
