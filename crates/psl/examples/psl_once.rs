//! Runs one psl operation once on a file, for instruction counts:
//! `valgrind --tool=callgrind target/release/examples/psl_once validate FILE`.
//! Operations: `parse`, `validate` (parse + validate), `format`, and
//! `diagnostics` (prints them as Prisma renders them; colours with `PSL_COLOR=1`).

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(op), Some(path)) = (args.next(), args.next()) else {
        eprintln!("usage: psl_once parse|validate|format FILE");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let size = match op.as_str() {
        "parse" => psl::parse(&text).0.tops.len(),
        "validate" => psl::validate(psl::SourceFile::new(path.as_str(), text)).diagnostics.iter().count(),
        "format" => psl::format::reformat(&text, 2).len(),
        "diagnostics" => {
            let validated = psl::validate(psl::SourceFile::new(path.as_str(), text));
            print!("{}", validated.render_diagnostics(std::env::var_os("PSL_COLOR").is_some()));
            validated.diagnostics.iter().count()
        }
        _ => {
            eprintln!("unknown operation {op}");
            std::process::exit(2);
        }
    };
    println!("{size}");
}
