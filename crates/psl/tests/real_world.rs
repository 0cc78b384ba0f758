//! Real-world schemas (`$STRATA_CORPUS/prisma-schemas`) get Prisma 6.19's
//! verdict, as recorded in `tests/real_world/<stem>.validate.txt`.
//!
//! Where Prisma's verdict is `invalid`, every error message Prisma printed
//! must be among ours too.

use std::path::Path;

fn expected(stem: &str) -> Option<(bool, String)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/real_world").join(format!("{stem}.validate.txt"));
    let text = std::fs::read_to_string(path).ok()?;
    let (verdict, rest) = text.split_once('\n').unwrap_or((&text, ""));
    Some((verdict.trim() == "valid", rest.to_string()))
}

#[test]
fn real_world_schemas_get_prismas_verdict() {
    let Some(corpus) = test_support::corpus_dir() else {
        eprintln!("{}", test_support::CORPUS_NOT_SET);
        return;
    };
    let dir = corpus.join("prisma-schemas");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "prisma"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no schemas in {}", dir.display());
    let mut mismatches = Vec::new();
    for path in &paths {
        let stem = path.file_stem().unwrap().to_string_lossy().to_string();
        let (want_valid, prisma_output) = expected(&stem)
            .unwrap_or_else(|| panic!("no committed fixture for {stem}: run scripts/regen-real-world-fixtures"));
        let text = std::fs::read_to_string(path).unwrap();
        let validated = psl::validate(psl::SourceFile::new(format!("{stem}.prisma"), text));
        if validated.is_valid() != want_valid {
            mismatches.push(format!(
                "{stem}: Prisma says {}, Strata says {}\n{}",
                if want_valid { "valid" } else { "invalid" },
                if validated.is_valid() { "valid" } else { "invalid" },
                validated.render_diagnostics(false)
            ));
            continue;
        }
        if !want_valid {
            let ours = validated.render_diagnostics(false);
            for line in prisma_output.lines().filter(|l| l.starts_with("error: ")) {
                if !line.contains("Argument \"url\" is missing") && !ours.contains(line) {
                    mismatches.push(format!("{stem}: Prisma reports `{line}`, Strata does not"));
                }
            }
        }
    }
    println!("real-world verdicts: {} / {} agree with Prisma 6.19", paths.len() - mismatches.len(), paths.len());
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}
