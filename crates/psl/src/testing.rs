//! Test helpers shared by the crate's unit tests.

use std::path::PathBuf;

/// Every schema file at hand: the benchmark fixtures, the examples and, when
/// `STRATA_CORPUS` is set, the corpus's real-world schemas and Prisma's
/// reformatter and validation fixtures.
pub(crate) fn schemas_at_hand() -> Vec<PathBuf> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut dirs = vec![root.join("benches/fixtures")];
    for entry in std::fs::read_dir(root.join("../../examples")).into_iter().flatten().flatten() {
        dirs.push(entry.path().join("prisma"));
    }
    if let Some(corpus) = test_support::corpus_dir() {
        for dir in ["prisma-schemas", "psl-tests/reformatter", "psl-tests/validation"] {
            dirs.push(corpus.join(dir));
        }
    } else {
        eprintln!("{}", test_support::CORPUS_NOT_SET);
    }
    let mut files = Vec::new();
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "prisma") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}
