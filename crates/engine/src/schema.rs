//! Finding and reading the schema: one file, or a folder of `.prisma` files.

use crate::EngineError;
use std::path::{Path, PathBuf};

/// Where a schema was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SchemaLocation {
    /// A single `schema.prisma`-style file.
    File(PathBuf),
    /// A folder whose `.prisma` files (recursively) form one schema.
    Folder(PathBuf),
}

impl SchemaLocation {
    /// The path as given or found.
    pub fn path(&self) -> &Path {
        match self {
            SchemaLocation::File(p) | SchemaLocation::Folder(p) => p,
        }
    }
}

/// A schema read from disk: its location and its files (path, text).
#[derive(Clone, Debug)]
pub struct LoadedSchema {
    /// Where it was read from.
    pub location: SchemaLocation,
    /// Each file's path and text, in a stable order.
    pub files: Vec<(PathBuf, String)>,
}

impl LoadedSchema {
    /// The files as [`psl::SourceFile`]s, named by their paths.
    pub fn source_files(&self) -> Vec<psl::SourceFile> {
        self.files.iter().map(|(p, t)| psl::SourceFile::new(p.display().to_string(), t.clone())).collect()
    }

    /// Validates the schema.
    pub fn validate(&self) -> psl::ValidatedSchema {
        psl::validate_files(self.source_files())
    }
}

/// Finds the schema: `explicit` if given (file or folder), else
/// `./prisma/schema.prisma`, else `./schema.prisma`, relative to `cwd`.
pub fn locate(explicit: Option<&Path>, cwd: &Path) -> Result<SchemaLocation, EngineError> {
    if let Some(path) = explicit {
        let full = if path.is_absolute() { path.to_path_buf() } else { cwd.join(path) };
        return if full.is_dir() {
            Ok(SchemaLocation::Folder(path.to_path_buf()))
        } else if full.is_file() {
            Ok(SchemaLocation::File(path.to_path_buf()))
        } else {
            Err(EngineError::SchemaNotFound { checked: vec![path.to_path_buf()] })
        };
    }
    let candidates = [PathBuf::from("prisma/schema.prisma"), PathBuf::from("schema.prisma")];
    for c in &candidates {
        if cwd.join(c).is_file() {
            return Ok(SchemaLocation::File(c.clone()));
        }
    }
    Err(EngineError::SchemaNotFound { checked: candidates.to_vec() })
}

/// Reads the schema at `location` (paths relative to `cwd`).
pub fn load(location: SchemaLocation, cwd: &Path) -> Result<LoadedSchema, EngineError> {
    let resolve = |p: &Path| if p.is_absolute() { p.to_path_buf() } else { cwd.join(p) };
    let paths = match &location {
        SchemaLocation::File(p) => vec![p.clone()],
        SchemaLocation::Folder(dir) => {
            let mut found = Vec::new();
            collect_prisma_files(&resolve(dir), dir, &mut found)?;
            found.sort();
            if found.is_empty() {
                return Err(EngineError::EmptySchemaFolder { path: dir.clone() });
            }
            found
        }
    };
    let mut files = Vec::with_capacity(paths.len());
    for p in paths {
        let bytes =
            std::fs::read(resolve(&p)).map_err(|source| EngineError::Io { action: "read", path: p.clone(), source })?;
        let text = String::from_utf8(bytes).map_err(|e| {
            let offset = e.utf8_error().valid_up_to();
            let line = e.as_bytes()[..offset].iter().filter(|b| **b == b'\n').count() + 1;
            EngineError::NotUtf8 { path: p.clone(), line, offset }
        })?;
        files.push((p, text));
    }
    Ok(LoadedSchema { location, files })
}

fn collect_prisma_files(dir: &Path, shown: &Path, out: &mut Vec<PathBuf>) -> Result<(), EngineError> {
    let entries = std::fs::read_dir(dir).map_err(|source| EngineError::Io {
        action: "read",
        path: shown.to_path_buf(),
        source,
    })?;
    for entry in entries {
        let entry = entry.map_err(|source| EngineError::Io { action: "read", path: shown.to_path_buf(), source })?;
        let name = entry.file_name();
        let full = entry.path();
        let shown_child = shown.join(&name);
        if full.is_dir() {
            collect_prisma_files(&full, &shown_child, out)?;
        } else if full.extension().is_some_and(|e| e == "prisma") {
            out.push(shown_child);
        }
    }
    Ok(())
}

/// Locates and reads the schema in one step.
pub fn locate_and_load(explicit: Option<&Path>, cwd: &Path) -> Result<LoadedSchema, EngineError> {
    load(locate(explicit, cwd)?, cwd)
}
