//! One module per command: arguments → engine call → printed report.

pub mod db_execute;
pub mod db_pull;
pub mod db_push;
pub mod db_seed;
pub mod format;
pub mod migrate_check;
pub mod migrate_deploy;
pub mod migrate_dev;
pub mod migrate_diff;
pub mod migrate_down;
pub mod migrate_lint;
pub mod migrate_reset;
pub mod migrate_resolve;
pub mod migrate_status;
pub mod validate;

use std::path::PathBuf;

/// The working directory, for resolving relative paths.
pub fn cwd() -> Result<PathBuf, engine::EngineError> {
    std::env::current_dir().map_err(|source| engine::EngineError::Io {
        action: "read",
        path: PathBuf::from("."),
        source,
    })
}
