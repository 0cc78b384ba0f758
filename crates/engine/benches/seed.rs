//! The pure half of seeding on 100,000 rows: reading CSV and JSON seed files, and typing values.
//! The database half (writes, against each database's native loader) is `scripts/bench-seed`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use engine::seed::value::{ColumnKind, DateTimeKind};

const ROWS: usize = 100_000;

fn csv_text() -> String {
    let mut s = String::from("id,email,name,createdAt\n");
    for i in 0..ROWS {
        s.push_str(&format!("{i},user{i}@example.com,\"User, number {i}\",2024-01-02 03:04:05.678\n"));
    }
    s
}

fn json_text() -> String {
    let rows: Vec<String> = (0..ROWS)
        .map(|i| format!("  {{\"id\": {i}, \"email\": \"user{i}@example.com\", \"name\": \"User {i}\", \"createdAt\": \"2024-01-02T03:04:05.678Z\"}}"))
        .collect();
    format!("[\n{}\n]\n", rows.join(",\n"))
}

fn bench(c: &mut Criterion) {
    let csv = csv_text();
    let json = json_text();
    let mut group = c.benchmark_group("seed_files");
    group.throughput(Throughput::Elements(ROWS as u64));
    group.sample_size(10);
    group.bench_function("csv_parse_100k", |b| b.iter(|| engine::seed::csv::parse(&csv).unwrap()));
    group.bench_function("json_parse_100k", |b| b.iter(|| engine::seed::json::parse(&json).unwrap()));
    let datetime = ColumnKind::DateTime(DateTimeKind::Timestamp { precision: 3 });
    group.bench_function("datetime_values_100k", |b| {
        b.iter(|| (0..ROWS).filter(|_| datetime.from_text("2024-01-02T03:04:05.678Z").is_ok()).count())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
