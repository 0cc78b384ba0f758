//! The inputs of the `migrate diff` benchmarks, shared by `benches/diff.rs` and
//! `examples/diff_once.rs`.

#![allow(dead_code)]

use migrate::calculate::calculate;
use migrate::{diff, render_script, Dialect};

/// A generated schema of `crates/psl/benches/fixtures`.
pub fn fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../psl/benches/fixtures").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The validated schema (it must be valid).
pub fn validate(text: &str) -> psl::ValidatedSchema {
    let schema = psl::validate(psl::SourceFile::new("schema.prisma", text));
    assert!(schema.is_valid(), "{}", schema.render_diagnostics(false));
    schema
}

/// The migration script from `from` to `to` on `dialect`: what `strata migrate diff` computes.
pub fn migration(from: Option<&psl::ValidatedSchema>, to: &psl::ValidatedSchema, dialect: Dialect) -> String {
    let previous = from.map(|s| calculate(s, dialect)).unwrap_or_default();
    let next = calculate(to, dialect);
    let steps = diff(&previous, &next, dialect);
    render_script(&steps, &previous, &next, dialect, &[])
}

const SCALARS: [&str; 9] = ["Int", "String", "Float", "Boolean", "DateTime", "Json", "Decimal", "BigInt", "Bytes"];

/// Schema B: schema A with every 20th scalar field toggled between required and optional
/// (ids, foreign key scalars and `@updatedAt` fields left alone, so B stays valid).
pub fn every_20th_field_changed(a: &str) -> (String, usize) {
    let (mut out, mut seen, mut changed) = (String::with_capacity(a.len()), 0usize, 0usize);
    let mut in_model = false;
    for line in a.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.starts_with("model ") {
            in_model = true;
        } else if trimmed == "}" {
            in_model = false;
        }
        let mut parts = trimmed.split_whitespace();
        let (name, ty) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
        let base = ty.trim_end_matches('?');
        let eligible = in_model
            && SCALARS.contains(&base)
            && !trimmed.contains("@id")
            && !trimmed.contains("@updatedAt")
            && !name.trim_end_matches(|c: char| c.is_ascii_digit()).ends_with("Id");
        if !eligible {
            out.push_str(line);
            continue;
        }
        seen += 1;
        if seen % 20 != 0 {
            out.push_str(line);
            continue;
        }
        changed += 1;
        let toggled = if ty.ends_with('?') { base.to_owned() } else { format!("{ty}?") };
        let at = line.find(ty).expect("the type is on the line");
        out.push_str(&line[..at]);
        out.push_str(&toggled);
        out.push_str(&line[at + ty.len()..]);
    }
    (out, changed)
}
