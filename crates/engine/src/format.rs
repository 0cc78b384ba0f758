//! `format`: Prisma's formatting of every schema file.

use crate::schema::LoadedSchema;
use crate::EngineError;
use std::path::{Path, PathBuf};

/// One file's formatting outcome.
#[derive(Clone, Debug)]
pub struct FormattedFile {
    /// The file.
    pub path: PathBuf,
    /// Its formatted text.
    pub formatted: String,
    /// Whether the formatted text differs from the file.
    pub changed: bool,
}

/// The outcome of formatting a schema.
#[derive(Debug)]
pub enum FormatReport {
    /// The schema is invalid: nothing was formatted (as `prisma format`).
    Invalid(Box<crate::validate::ValidateReport>),
    /// Every file, formatted.
    Formatted(Vec<FormattedFile>),
}

/// Formats a loaded schema without writing anything. Invalid schemas are
/// refused with their diagnostics, because formatting adds relation fields
/// that only make sense on a valid schema.
pub fn format(schema: &LoadedSchema) -> FormatReport {
    let report = crate::validate::validate(schema);
    if !report.is_valid() {
        return FormatReport::Invalid(Box::new(report));
    }
    // The trees validation just built are formatted as they are: no second parse.
    let outputs = psl::format::reformat_validated(&report.schema, 2);
    let files = schema
        .files
        .iter()
        .zip(outputs)
        .map(|((path, original), formatted)| FormattedFile {
            path: path.clone(),
            changed: &formatted != original,
            formatted,
        })
        .collect();
    FormatReport::Formatted(files)
}

/// Writes the changed files (paths relative to `cwd`); returns how many were written.
pub fn write_changed(files: &[FormattedFile], cwd: &Path) -> Result<usize, EngineError> {
    let mut written = 0;
    for f in files.iter().filter(|f| f.changed) {
        let full = if f.path.is_absolute() { f.path.clone() } else { cwd.join(&f.path) };
        std::fs::write(&full, &f.formatted).map_err(|source| EngineError::Io {
            action: "write",
            path: f.path.clone(),
            source,
        })?;
        written += 1;
    }
    Ok(written)
}
