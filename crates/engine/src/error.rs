//! Errors of the use cases that are not schema diagnostics.

use std::path::PathBuf;

/// Something went wrong before or around the real work: a file could not be
/// found or read, or an argument does not make sense.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum EngineError {
    /// No schema file at the given or default locations.
    #[error("Could not find a schema file. Checked: {}. Pass --schema PATH to point at yours.", checked.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", "))]
    SchemaNotFound {
        /// The paths that were tried, in order.
        checked: Vec<PathBuf>,
    },
    /// `--schema` names a folder without any `.prisma` file.
    #[error("The folder {} contains no .prisma files. Pass --schema with a schema file or a folder of .prisma files.", path.display())]
    EmptySchemaFolder {
        /// The folder.
        path: PathBuf,
    },
    /// The schema file is not UTF-8.
    #[error("The schema file {} is not valid UTF-8 (first invalid byte on line {line}, at byte offset {offset}). Save it as UTF-8 and try again.", path.display())]
    NotUtf8 {
        /// The file.
        path: PathBuf,
        /// 1-based line of the first invalid sequence.
        line: usize,
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// Reading or writing a file failed.
    #[error("Could not {action} {}: {source}", path.display())]
    Io {
        /// What was being done (`read`, `write`).
        action: &'static str,
        /// The file.
        path: PathBuf,
        /// The operating system's error.
        #[source]
        source: std::io::Error,
    },
}
