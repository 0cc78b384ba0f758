//! `pull_once URL [RUNS]`: times what `strata db pull` does with a live database, RUNS times
//! (default 5), each on a new connection: connect, describe (with the number of catalog queries
//! it sent) and introspect. Prints one tab-separated line per run, then the fastest and median
//! of each phase. Used by `scripts/bench-pull`; build it with `--release`.

use database::{Connection, ConnectionInfo, DescribeOptions};
use migrate::introspect::{introspect_with, IntrospectionInput};
use std::time::{Duration, Instant};

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let url = args.next().ok_or("usage: pull_once URL [RUNS]")?;
    let runs: usize = args.next().map(|r| r.parse()).transpose()?.unwrap_or(5);
    let info = ConnectionInfo::parse(&url, &std::env::current_dir()?)?;
    println!("run\tconnect_ms\tdescribe_ms\tqueries\ttables\tintrospect_ms\ttotal_ms\tmodels");
    let mut phases: Vec<[f64; 4]> = Vec::new();
    for run in 1..=runs {
        let start = Instant::now();
        let mut conn = Connection::connect(&info).await?;
        let connected = start.elapsed();
        let described = conn.describe(&DescribeOptions::default()).await?;
        conn.close().await?;
        let notes = engine::pull::database_notes(&described.unrepresentable);
        let introspect_start = Instant::now();
        let input = IntrospectionInput {
            schema: &described.schema,
            dialect: info.dialect(),
            previous: None,
            notes: &notes,
            default_namespace: info.schema(),
            views: &described.views,
        };
        let result = introspect_with(&input);
        let introspected = introspect_start.elapsed();
        let total = start.elapsed();
        let models = result.schema_text.lines().filter(|l| l.starts_with("model ")).count();
        println!(
            "{run}\t{:.1}\t{:.1}\t{}\t{}\t{:.1}\t{:.1}\t{models}",
            ms(connected),
            ms(described.stats.elapsed),
            described.stats.queries,
            described.schema.tables.len(),
            ms(introspected),
            ms(total),
        );
        phases.push([ms(connected), ms(described.stats.elapsed), ms(introspected), ms(total)]);
    }
    for (i, name) in ["connect", "describe", "introspect", "total"].iter().enumerate() {
        let mut values: Vec<f64> = phases.iter().map(|p| p[i]).collect();
        values.sort_by(f64::total_cmp);
        println!("{name}\tfastest {:.1} ms\tmedian {:.1} ms", values[0], values[values.len() / 2]);
    }
    Ok(())
}
