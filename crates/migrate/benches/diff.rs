//! `calculate` + `diff` + `render` on the generated 164- and 1,000-model schemas
//! (`crates/psl/benches/fixtures`, PostgreSQL-flavoured; their datamodel is calculated for each
//! dialect): from an empty database, and between two 1,000-model schemas that differ in every
//! 20th scalar field (5%). Parsing and validation are benchmarked by `psl`, except in the one
//! end-to-end row. Figures and Prisma's beside them: BENCHMARKS.md.

use criterion::{criterion_group, criterion_main, Criterion};
use migrate::calculate::calculate;
use migrate::{diff, render_script, Dialect};
use std::hint::black_box;

fn fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../psl/benches/fixtures").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn validate(text: &str) -> psl::ValidatedSchema {
    let schema = psl::validate(psl::SourceFile::new("schema.prisma", text));
    assert!(schema.is_valid(), "{}", schema.render_diagnostics(false));
    schema
}

/// The migration script from `from` to `to` on `dialect`: what `strata migrate diff` computes.
fn migration(from: Option<&psl::ValidatedSchema>, to: &psl::ValidatedSchema, dialect: Dialect) -> String {
    let previous = from.map(|s| calculate(s, dialect)).unwrap_or_default();
    let next = calculate(to, dialect);
    let steps = diff(&previous, &next, dialect);
    render_script(&steps, &previous, &next, dialect, &[])
}

const SCALARS: [&str; 9] = ["Int", "String", "Float", "Boolean", "DateTime", "Json", "Decimal", "BigInt", "Bytes"];

/// Schema B: schema A with every 20th scalar field toggled between required and optional
/// (ids, foreign key scalars and `@updatedAt` fields left alone, so B stays valid).
fn every_20th_field_changed(a: &str) -> (String, usize) {
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

fn bench(c: &mut Criterion) {
    let schemas = [
        ("164 models", validate(&fixture("models_164.prisma"))),
        ("1000 models", { validate(&fixture("models_1000.prisma")) }),
    ];
    for (label, schema) in &schemas {
        let mut group = c.benchmark_group(format!("migrate diff, empty → {label}"));
        group.sample_size(20);
        for dialect in Dialect::ALL {
            group.bench_function(dialect.provider(), |b| b.iter(|| migration(None, black_box(schema), dialect)));
        }
        group.finish();
    }

    let text_164 = fixture("models_164.prisma");
    let mut group = c.benchmark_group("migrate diff, empty → 164 models, end to end");
    group.sample_size(20);
    group.bench_function("postgresql (parse + validate + calculate + diff + render)", |b| {
        b.iter(|| migration(None, &validate(black_box(&text_164)), Dialect::Postgres))
    });
    group.finish();

    let a_text = fixture("models_1000.prisma");
    let (b_text, changed) = every_20th_field_changed(&a_text);
    assert!(changed > 100, "only {changed} fields changed");
    let (a, b) = (validate(&a_text), validate(&b_text));
    let mut group = c.benchmark_group(format!("migrate diff, 1000 models → {changed} fields changed"));
    group.sample_size(20);
    for dialect in Dialect::ALL {
        assert_ne!(migration(Some(&a), &b, dialect), "-- This is an empty migration.");
        group.bench_function(dialect.provider(), |bench| bench.iter(|| migration(Some(black_box(&a)), &b, dialect)));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
