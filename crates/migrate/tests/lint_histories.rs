//! Lint over the real migration histories of `$STRATA_CORPUS/histories` (PostgreSQL, MySQL and
//! SQLite projects): each project's initial migration — tables created by the same file — reports
//! nothing, and no statement of any migration fails to parse.

use migrate::history::MigrationLock;
use migrate::lint::{lint, LintConfig};
use migrate::Dialect;
use std::path::PathBuf;

#[test]
fn initial_migrations_of_real_histories_report_nothing() {
    let Some(corpus) = test_support::corpus_dir() else {
        println!("lint_histories: {}", test_support::CORPUS_NOT_SET);
        return;
    };
    let root = corpus.join("histories");
    let mut projects: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("migrations").is_dir())
        .collect();
    projects.sort();
    assert!(projects.len() >= 4, "histories missing in {}", root.display());
    let (mut files, mut dialects, mut problems) = (0, std::collections::BTreeSet::new(), Vec::new());
    for project in &projects {
        let migrations = project.join("migrations");
        let lock = std::fs::read_to_string(migrations.join("migration_lock.toml")).unwrap();
        let provider = MigrationLock::parse(&lock).provider().to_owned();
        let dialect = Dialect::from_provider(&provider).unwrap();
        dialects.insert(provider);
        let mut folders: Vec<PathBuf> =
            std::fs::read_dir(&migrations).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()).collect();
        folders.sort();
        for (i, folder) in folders.iter().enumerate() {
            let sql = std::fs::read_to_string(folder.join("migration.sql")).unwrap();
            files += 1;
            for f in lint(&sql, dialect, &LintConfig::default(), None) {
                if i == 0 || f.rule == "parse-error" {
                    problems.push(format!("{}:{}: [{}] {}", folder.display(), f.line, f.rule, f.message));
                }
            }
        }
    }
    println!("{} projects ({:?}), {files} migrations", projects.len(), dialects);
    assert_eq!(dialects.len(), 3, "the histories cover the three dialects");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
