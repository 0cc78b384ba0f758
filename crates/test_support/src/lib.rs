//! Helpers shared by Strata's tests: where the conformance corpus is, and how to reach the
//! PostgreSQL and MariaDB servers the database tests run against.
//!
//! Run the tests through `scripts/test`: it starts the servers (or says which one is down and how
//! to start it) and exports the variables read here. Nothing here skips a test silently: a missing
//! server or a wrong corpus path makes the test fail.
//!
//! Glossary:
//! - *corpus*: `shared/corpus` beside the repository (Prisma's own fixtures and real-world
//!   schemas), found through [`CORPUS_ENV`]. Optional on a developer machine, always set by
//!   `.ci/run`.
//! - *server URL*: a connection URL for a running test server, read from [`POSTGRES_URL_ENV`] or
//!   [`MYSQL_URL_ENV`]; tests derive a fresh database per test from it, so they run in parallel.
//! - *test database*: [`TestDb`], a fresh uniquely named database (or SQLite file) with a
//!   connection, dropped by [`TestDb::cleanup`] (or, best effort, when the value is dropped).

mod test_db;

use std::ffi::OsString;
use std::path::PathBuf;

pub use test_db::TestDb;

/// Environment variable holding the absolute path of the conformance corpus (`shared/corpus`).
pub const CORPUS_ENV: &str = "STRATA_CORPUS";

/// Environment variable holding the PostgreSQL test server URL.
pub const POSTGRES_URL_ENV: &str = "STRATA_TEST_POSTGRES_URL";

/// Environment variable holding the MySQL/MariaDB test server URL.
pub const MYSQL_URL_ENV: &str = "STRATA_TEST_MYSQL_URL";

/// What a conformance test prints when [`corpus_dir`] returns `None`, so every suite says it the
/// same way.
pub const CORPUS_NOT_SET: &str = "conformance suite did not run: STRATA_CORPUS is not set";

/// The conformance corpus directory named by `STRATA_CORPUS`.
///
/// Returns `None` when the variable is unset or empty; the caller then prints
/// [`CORPUS_NOT_SET`] and returns. Panics (failing the test) when the variable is set but does not
/// name an existing directory by an absolute path: a corpus that was asked for must be found.
pub fn corpus_dir() -> Option<PathBuf> {
    corpus_dir_from(std::env::var_os(CORPUS_ENV))
}

/// [`corpus_dir`] for a given value of `STRATA_CORPUS`.
fn corpus_dir_from(value: Option<OsString>) -> Option<PathBuf> {
    let value = value.filter(|v| !v.is_empty())?;
    let path = PathBuf::from(value);
    assert!(
        path.is_absolute(),
        "{CORPUS_ENV} must be an absolute path (tests run from each crate's folder), got {}",
        path.display()
    );
    assert!(
        path.is_dir(),
        "{CORPUS_ENV} is set to {} but that is not a directory: point it at shared/corpus or unset it",
        path.display()
    );
    Some(path)
}

/// The PostgreSQL test server URL (`postgresql://postgres@127.0.0.1:5432/postgres` under
/// `scripts/test`). Panics with a hint when `STRATA_TEST_POSTGRES_URL` is not set.
pub fn postgres_url() -> String {
    server_url(POSTGRES_URL_ENV)
}

/// The MySQL/MariaDB test server URL (`mysql://root@127.0.0.1:3306/mysql` under `scripts/test`).
/// Panics with a hint when `STRATA_TEST_MYSQL_URL` is not set.
pub fn mysql_url() -> String {
    server_url(MYSQL_URL_ENV)
}

fn server_url(var: &str) -> String {
    match std::env::var(var) {
        Ok(url) if !url.is_empty() => url,
        _ => {
            panic!("{var} is not set: run the tests through scripts/test, which starts the servers")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unset_or_empty_corpus_means_none() {
        assert_eq!(corpus_dir_from(None), None);
        assert_eq!(corpus_dir_from(Some(OsString::new())), None);
    }

    #[test]
    fn existing_corpus_directory_is_returned() {
        let dir = std::env::temp_dir();
        assert_eq!(corpus_dir_from(Some(dir.clone().into())), Some(dir));
    }

    #[test]
    #[should_panic(expected = "is not a directory")]
    fn missing_corpus_directory_fails() {
        corpus_dir_from(Some("/nonexistent/strata/corpus".into()));
    }

    #[test]
    #[should_panic(expected = "must be an absolute path")]
    fn relative_corpus_path_fails() {
        corpus_dir_from(Some("../shared/corpus".into()));
    }
}
