//! Parse + validate, and format, of generated schemas with 164 and 1,000 models
//! (`benches/fixtures`, made by the Prisma oracle's `gen_schema.py`).
//! Runs with mimalloc, the `strata` binary's allocator. Figures and Prisma's beside them: BENCHMARKS.md.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

/// The allocator of the `strata` binary, so the figures are the ones users get.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/fixtures").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn bench(c: &mut Criterion) {
    for (label, file) in [("164 models", "models_164.prisma"), ("1000 models", "models_1000.prisma")] {
        let text = fixture(file);
        let mut group = c.benchmark_group(label);
        group.sample_size(20);
        group.bench_function("parse + validate", |b| {
            b.iter(|| psl::validate(psl::SourceFile::new("schema.prisma", black_box(text.as_str()))))
        });
        group.bench_function("format", |b| b.iter(|| psl::format::reformat(black_box(&text), 2)));
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
