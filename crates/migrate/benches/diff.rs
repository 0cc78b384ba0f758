//! `calculate` + `diff` + `render` on the generated 164- and 1,000-model schemas
//! (`crates/psl/benches/fixtures`, PostgreSQL-flavoured; their datamodel is calculated for each
//! dialect): from an empty database, and between two 1,000-model schemas that differ in every
//! 20th scalar field (5%). Parsing and validation are benchmarked by `psl`, except in the one
//! end-to-end row. Figures and Prisma's beside them: BENCHMARKS.md.

mod common;

use common::{every_20th_field_changed, fixture, migration, validate};
use criterion::{criterion_group, criterion_main, Criterion};
use migrate::Dialect;
use std::hint::black_box;

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
