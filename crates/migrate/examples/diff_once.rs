//! Times what `strata migrate diff` computes after validation (calculate + diff + render) on
//! the benchmark schemas, for instruction counts and for timings on a busy machine:
//!
//! ```text
//! diff_once empty|change 164|1000 sqlite|postgresql|mysql [N]
//! valgrind --tool=callgrind target/release/examples/diff_once change 1000 postgresql
//! ```
//!
//! `empty` migrates from an empty database, `change` from the 1,000-model schema to the same
//! with every 20th scalar field toggled (as the criterion bench). Without N it runs once. With N
//! it runs N times and prints the fastest and median wall-clock run and the mean CPU time per
//! run (user + system, from `/proc/self/stat`): on a loaded machine the CPU time is the steady
//! figure, since waiting for a core does not count.

#[path = "../benches/common/mod.rs"]
mod common;

use migrate::Dialect;
use std::time::Instant;

/// User + system CPU time of this process, in milliseconds (Linux; `None` elsewhere).
fn cpu_ms() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which may hold spaces) start at state, field 3.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some(ticks * 10.0) // USER_HZ is 100 on Linux.
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = || -> ! {
        eprintln!("usage: diff_once empty|change 164|1000 sqlite|postgresql|mysql [N]");
        std::process::exit(2)
    };
    if args.len() < 3 {
        usage();
    }
    let Some(dialect) = Dialect::from_provider(&args[2]) else { usage() };
    let file = match args[1].as_str() {
        "164" => "models_164.prisma",
        "1000" => "models_1000.prisma",
        _ => usage(),
    };
    let text = common::fixture(file);
    let (from, to) = match args[0].as_str() {
        "empty" => (None, common::validate(&text)),
        "change" => {
            let (changed, _) = common::every_20th_field_changed(&text);
            (Some(common::validate(&text)), common::validate(&changed))
        }
        _ => usage(),
    };
    let n: usize = args.get(3).and_then(|n| n.parse().ok()).unwrap_or(0);
    if n == 0 {
        println!("{} bytes of SQL", common::migration(from.as_ref(), &to, dialect).len());
        return;
    }
    let cpu_before = cpu_ms();
    let mut times: Vec<f64> = (0..n)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(common::migration(from.as_ref(), &to, dialect));
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    let cpu = cpu_before.zip(cpu_ms()).map(|(a, b)| (b - a) / n as f64);
    times.sort_by(f64::total_cmp);
    println!(
        "{} {} {}: min {:.2} ms, median {:.2} ms, CPU {} ms per run ({n} runs)",
        args[0],
        args[1],
        dialect.provider(),
        times[0],
        times[n / 2],
        cpu.map_or("?".to_owned(), |c| format!("{c:.2}"))
    );
}
