//! The formatter on real-world schemas (`$STRATA_CORPUS/prisma-schemas`):
//! `reformat(schema, 2)` must equal Prisma 6.19's `format` output, committed
//! as `tests/real_world/<stem>.formatted.prisma`, and formatting that output
//! again must not change it. Every schema must pass.
//! Set `STRATA_CONFORMANCE_SHOW=<substring>` to print the first differing
//! lines of failing schemas.

use std::path::Path;

fn first_difference(expected: &str, actual: &str) -> String {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.split('\n').collect(), actual.split('\n').collect());
    let line = e.iter().zip(a.iter()).position(|(x, y)| x != y).unwrap_or(e.len().min(a.len()));
    format!(
        "line {}:\n  expected: {:?}\n  actual:   {:?}",
        line + 1,
        e.get(line).copied().unwrap_or("<end>"),
        a.get(line).copied().unwrap_or("<end>")
    )
}

#[test]
fn real_world_schemas_format_like_prisma() {
    let Some(corpus) = test_support::corpus_dir() else {
        eprintln!("{}", test_support::CORPUS_NOT_SET);
        return;
    };
    let schemas = corpus.join("prisma-schemas");
    let expected_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/real_world");
    let mut paths: Vec<_> = std::fs::read_dir(&schemas)
        .expect("prisma-schemas folder")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "prisma"))
        .collect();
    paths.sort();
    let show = std::env::var("STRATA_CONFORMANCE_SHOW").unwrap_or_default();

    let mut failures = Vec::new();
    for path in &paths {
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        let input = std::fs::read_to_string(path).expect("schema");
        let expected_path = expected_dir.join(format!("{stem}.formatted.prisma"));
        let Ok(expected) = std::fs::read_to_string(&expected_path) else {
            failures.push(format!("{stem}: missing {}", expected_path.display()));
            continue;
        };
        let actual = psl::format::reformat(&input, 2);
        let again = psl::format::reformat(&expected, 2);
        let problem = if actual != expected {
            Some(format!("differs from Prisma, {}", first_difference(&expected, &actual)))
        } else if again != expected {
            Some(format!("not idempotent, {}", first_difference(&expected, &again)))
        } else {
            None
        };
        if let Some(problem) = problem {
            if !show.is_empty() && stem.contains(&show) {
                eprintln!("=== {stem}\n--- expected\n{expected}--- actual\n{actual}");
            }
            failures.push(format!("{stem}: {problem}"));
        }
    }
    let total = paths.len();
    println!("real-world format: {} / {} byte-identical to Prisma 6.19", total - failures.len(), total);
    for failure in &failures {
        println!("  {failure}");
    }
    assert!(total > 0, "no schemas found in {}", schemas.display());
    assert!(failures.is_empty(), "{} of {} real-world schemas do not format like Prisma", failures.len(), total);
}
