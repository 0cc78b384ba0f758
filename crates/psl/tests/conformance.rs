//! Conformance with Prisma's own PSL fixtures (`$STRATA_CORPUS/psl-tests`).
//!
//! Prints a pass table per folder. Fixtures whose datasource provider is
//! sqlite, postgresql, mysql, cockroachdb or absent must pass at 95% or more;
//! the others (mongodb, sqlserver) are counted and reported.
//! Set `STRATA_CONFORMANCE_SHOW=substring` to print the diff of failing fixtures.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const REQUIRED_SHARE: f64 = 0.95;

/// Fixtures where Strata departs from Prisma 6.19 on purpose (documented in
/// the README): they are checked to produce *no* diagnostics instead.
const DEPARTURES: &[(&str, &str)] = &[(
    "validation/preview_features/schema_engine_driver_adapters/postgres/url_is_still_required.prisma",
    "`url` is optional in Strata: the URL may come from --url or the environment",
)];

fn corpus() -> Option<PathBuf> {
    test_support::corpus_dir()
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "prisma") {
            out.push(p);
        }
    }
}

/// The expected diagnostics: the block of `//` lines still open at the end
/// of the file (Prisma's harness: a block opens at a newline followed by
/// `//`, any other line closes it).
fn expected_block(text: &str) -> String {
    let mut block: Option<usize> = None;
    for (i, b) in text.bytes().enumerate() {
        let next = i + 1;
        if b != b'\n' || next >= text.len() {
            continue;
        }
        if text[next..].starts_with("//") {
            block.get_or_insert(next);
        } else {
            block = None;
        }
    }
    let Some(start) = block else { return String::new() };
    let mut out = String::new();
    for line in text[start..].lines() {
        out.push_str(line.trim_start_matches("// "));
        out.push('\n');
    }
    out
}

fn provider_of(text: &str) -> &'static str {
    for p in ["postgresql", "postgres\"", "mysql", "sqlite", "cockroachdb", "mongodb", "sqlserver"] {
        let needle = if p.ends_with('"') { format!("\"{p}") } else { format!("\"{p}\"") };
        if text.lines().any(|l| l.trim_start().starts_with("provider") && l.contains(&needle)) {
            return match p {
                "postgres\"" => "postgresql",
                "mongodb" => "mongodb",
                "sqlserver" => "sqlserver",
                "mysql" => "mysql",
                "sqlite" => "sqlite",
                "cockroachdb" => "cockroachdb",
                _ => "postgresql",
            };
        }
    }
    "none"
}

fn in_scope(provider: &str) -> bool {
    !matches!(provider, "mongodb" | "sqlserver")
}

#[derive(Default)]
struct Tally {
    pass: usize,
    total: usize,
    out_pass: usize,
    out_total: usize,
}

fn record(table: &mut BTreeMap<String, Tally>, folder: String, scoped: bool, ok: bool) {
    let t = table.entry(folder).or_default();
    if scoped {
        t.total += 1;
        t.pass += ok as usize;
    } else {
        t.out_total += 1;
        t.out_pass += ok as usize;
    }
}

fn show(name: &str) -> bool {
    std::env::var("STRATA_CONFORMANCE_SHOW").is_ok_and(|s| !s.is_empty() && name.contains(&s))
}

#[test]
fn psl_conformance() {
    let Some(corpus) = corpus() else {
        eprintln!("conformance suite did not run: STRATA_CORPUS is not set");
        return;
    };
    let root = corpus.join("psl-tests");
    let mut table: BTreeMap<String, Tally> = BTreeMap::new();
    let mut failures = Vec::new();

    // Validation fixtures.
    let mut files = Vec::new();
    collect(&root.join("validation"), &mut files);
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        let rel = path.strip_prefix(&root).unwrap().to_string_lossy().to_string();
        let folder = rel.split('/').take(2).collect::<Vec<_>>().join("/");
        let departure = DEPARTURES.iter().find(|(f, _)| *f == rel);
        let expected = if departure.is_some() { String::new() } else { expected_block(&text) };
        if let Some((_, why)) = departure {
            println!("departure by design: {rel}: {why}");
        }
        let validated = psl::validate(psl::SourceFile::new("schema.prisma", text.clone()));
        let actual = validated.render_diagnostics(true);
        let ok = actual == expected;
        let provider = provider_of(&text);
        if !ok && show(&rel) {
            eprintln!("=== {rel}\n--- expected\n{expected}--- actual\n{actual}");
        }
        if !ok && in_scope(provider) {
            failures.push(rel.clone());
        }
        record(&mut table, folder, in_scope(provider), ok);
    }

    // Reformatter fixtures: NAME.prisma → NAME.reformatted.prisma, and idempotence.
    let mut files = Vec::new();
    collect(&root.join("reformatter"), &mut files);
    for path in files.iter().filter(|p| !p.to_string_lossy().ends_with(".reformatted.prisma")) {
        let expected_path = PathBuf::from(path.to_string_lossy().replace(".prisma", ".reformatted.prisma"));
        let input = std::fs::read_to_string(path).unwrap();
        let expected = std::fs::read_to_string(&expected_path).unwrap();
        let actual = psl::format::reformat(&input, 2);
        let again = psl::format::reformat(&expected, 2);
        let ok = actual == expected && again == expected;
        let rel = path.strip_prefix(&root).unwrap().to_string_lossy().to_string();
        if !ok && show(&rel) {
            eprintln!("=== {rel}\n--- expected\n{expected}--- actual\n{actual}");
        }
        if !ok {
            failures.push(rel.clone());
        }
        record(&mut table, "reformatter".into(), true, ok);
    }

    // Multi-file reformatter fixtures.
    let multi = root.join("reformatter_multi_file");
    let mut cases: Vec<_> = std::fs::read_dir(&multi)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir() && !p.to_string_lossy().ends_with(".reformatted"))
        .collect();
    cases.sort();
    for case in cases {
        let mut names: Vec<_> = std::fs::read_dir(&case).unwrap().map(|e| e.unwrap().file_name()).collect();
        names.sort();
        let inputs: Vec<(String, String)> = names
            .iter()
            .map(|n| (n.to_string_lossy().to_string(), std::fs::read_to_string(case.join(n)).unwrap()))
            .collect();
        let expected_dir = PathBuf::from(format!("{}.reformatted", case.to_string_lossy()));
        let actual = psl::format::reformat_multiple(&inputs, 2);
        let ok = actual.iter().all(|(n, t)| std::fs::read_to_string(expected_dir.join(n)).is_ok_and(|e| &e == t));
        let rel = case.strip_prefix(&root).unwrap().to_string_lossy().to_string();
        if !ok && show(&rel) {
            for (n, t) in &actual {
                let e = std::fs::read_to_string(expected_dir.join(n)).unwrap_or_default();
                eprintln!("=== {rel}/{n}\n--- expected\n{e}--- actual\n{t}");
            }
        }
        if !ok {
            failures.push(rel.clone());
        }
        record(&mut table, "reformatter_multi_file".into(), true, ok);
    }

    let (mut pass, mut total, mut opass, mut ototal) = (0, 0, 0, 0);
    println!("{:<40} {:>12} {:>22}", "folder", "in scope", "mongodb/sqlserver");
    for (folder, t) in &table {
        println!("{:<40} {:>5} / {:<5} {:>9} / {:<5}", folder, t.pass, t.total, t.out_pass, t.out_total);
        pass += t.pass;
        total += t.total;
        opass += t.out_pass;
        ototal += t.out_total;
    }
    let share = pass as f64 / total.max(1) as f64;
    println!("{:<40} {:>5} / {:<5} {:>9} / {:<5}", "TOTAL", pass, total, opass, ototal);
    println!("in-scope pass rate: {:.1}% (required {:.0}%)", share * 100.0, REQUIRED_SHARE * 100.0);
    if share < REQUIRED_SHARE {
        println!("failing in-scope fixtures:");
        for f in &failures {
            println!("  {f}");
        }
    }
    assert!(share >= REQUIRED_SHARE, "PSL conformance {:.1}% is below {:.0}%", share * 100.0, REQUIRED_SHARE * 100.0);
}
