//! Runs one psl operation on a file, for instruction counts and timings:
//! `valgrind --tool=callgrind target/release/examples/psl_once validate FILE`.
//! Operations: `parse`, `validate` (parse + validate), `format`, and
//! `diagnostics` (prints them as Prisma renders them; colours with `PSL_COLOR=1`).
//! With a count N after the file, runs the operation N times and prints the
//! fastest and the median run (in milliseconds) instead.

use std::time::Instant;

/// The allocator of the `strata` binary, so the figures are the ones users get.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn run(op: &str, path: &str, text: &str) -> usize {
    match op {
        "parse" => psl::parse(text).0.tops.len(),
        "validate" => psl::validate(psl::SourceFile::new(path, text)).diagnostics.iter().count(),
        "format" => psl::format::reformat(text, 2).len(),
        "diagnostics" => {
            let validated = psl::validate(psl::SourceFile::new(path, text));
            print!("{}", validated.render_diagnostics(std::env::var_os("PSL_COLOR").is_some()));
            validated.diagnostics.iter().count()
        }
        _ => {
            eprintln!("unknown operation {op}");
            std::process::exit(2);
        }
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(op), Some(path)) = (args.next(), args.next()) else {
        eprintln!("usage: psl_once parse|validate|format|diagnostics FILE [N]");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let Some(n) = args.next().and_then(|n| n.parse::<usize>().ok()) else {
        println!("{}", run(&op, &path, &text));
        return;
    };
    let mut times: Vec<f64> = (0..n.max(1))
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(run(&op, &path, &text));
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    println!("{op} {path}: min {:.2} ms, median {:.2} ms ({} runs)", times[0], times[times.len() / 2], times.len());
}
