//! Property: random edits of real schemas never make the parser, validator or
//! formatter panic; validation always ends in success or diagnostics, and
//! every diagnostic span lies inside the file.

use proptest::prelude::*;
use std::path::{Path, PathBuf};

fn seed_schemas() -> &'static [String] {
    static SEEDS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    SEEDS.get_or_init(load_seeds)
}

fn load_seeds() -> Vec<String> {
    let mut paths: Vec<PathBuf> = Vec::new();
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    for entry in std::fs::read_dir(&examples).into_iter().flatten().flatten() {
        let p = entry.path().join("prisma/schema.prisma");
        if p.is_file() {
            paths.push(p);
        }
    }
    if let Some(corpus) = test_support::corpus_dir() {
        for dir in ["prisma-schemas", "psl-tests/reformatter"] {
            for entry in std::fs::read_dir(corpus.join(dir)).into_iter().flatten().flatten() {
                if entry.path().extension().is_some_and(|e| e == "prisma") {
                    paths.push(entry.path());
                }
            }
        }
    }
    paths.sort();
    let mut texts: Vec<String> = paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect();
    texts.push("model A {\n  id Int @id\n}\n".to_string());
    texts
}

/// One random edit: replace a byte range (snapped to char boundaries) with a snippet.
#[derive(Clone, Debug)]
struct Edit {
    at: usize,
    len: usize,
    insert: String,
}

fn snippet() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[{}()\\[\\]@\"\\n:,=?!/*. a-zA-Z0-9_-]{1,12}",
        Just("@relation(fields: [a], references: [b])".to_string()),
        Just("@@index([a(sort: Desc, length: 10)], type: Hash)".to_string()),
        Just("@default(dbgenerated(\"x\"))".to_string()),
        Just("/* open comment".to_string()),
        Just("\"unterminated".to_string()),
        Just("\r\n".to_string()),
        Just("\u{feff}é😀".to_string()),
        Just("model X {\n".to_string()),
        Just("}\n".to_string()),
    ]
}

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    prop::collection::vec(
        (any::<usize>(), 0usize..40, snippet()).prop_map(|(at, len, insert)| Edit { at, len, insert }),
        1..6,
    )
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut s = text.to_string();
    for e in edits {
        let mut start = if s.is_empty() { 0 } else { e.at % (s.len() + 1) };
        while !s.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = (start + e.len).min(s.len());
        while !s.is_char_boundary(end) {
            end += 1;
        }
        s.replace_range(start..end, &e.insert);
    }
    s
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn edited_schemas_never_panic(index in any::<usize>(), edits in edits()) {
        let seeds = seed_schemas();
        let text = apply(&seeds[index % seeds.len()], &edits);
        let validated = psl::validate(psl::SourceFile::new("schema.prisma", text.clone()));
        let source_len = validated.files[0].text.len();
        for d in validated.diagnostics.iter() {
            prop_assert!(d.span.start() <= d.span.end() && d.span.end() <= source_len, "span {:?} outside the file", d.span);
        }
        let _ = validated.render_diagnostics(true);
        let formatted = psl::format::reformat(&text, 2);
        if validated.is_valid() {
            prop_assert_eq!(psl::format::reformat(&formatted, 2), formatted, "format is not idempotent");
        }
    }
}
