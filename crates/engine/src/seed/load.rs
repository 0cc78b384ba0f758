//! Finding seed files (their rows are streamed later): `<seeds>/<set>/<Model>.json|.csv`, plus the set's optional
//! `_meta.json` (`{"User": {"$key": ["email"]}}`) for keys of CSV files.

use super::plan::SeedPlan;
use super::{json, SeedProblem};
use std::path::{Path, PathBuf};

/// A seed file's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// An array of row objects, or `{"$key": […], "rows": […]}`.
    Json,
    /// A header row and records.
    Csv,
}

/// One seed file, found; its rows are streamed from `path` ([`super::prepare::RowReader`]).
#[derive(Debug, Clone)]
pub struct SeedFile {
    /// The set (folder) it is in.
    pub set: String,
    /// Its file name.
    pub name: String,
    /// Its path as shown in messages.
    pub shown: String,
    /// Where it is.
    pub path: PathBuf,
    /// The table it seeds (index into the plan's tables).
    pub table: usize,
    /// JSON or CSV.
    pub format: Format,
    /// SHA-256 of its bytes, lowercase hex (known once the file was read).
    pub checksum: String,
    /// How many rows it has (known once the file was read).
    pub rows: usize,
    /// The key its rows are matched by (`$key` or `_meta.json`), as field names.
    pub key: Option<Vec<String>>,
}

/// The sets for `env`: `common`, then `env` (if given and different).
pub fn set_names(env: Option<&str>) -> Vec<String> {
    let mut sets = vec!["common".to_owned()];
    if let Some(env) = env.filter(|e| *e != "common") {
        sets.push(env.to_owned());
    }
    sets
}

/// Reads every file of the `sets` under `seeds_dir` (shown as `shown_dir`). Problems (bad
/// files, unknown models) are collected; sets that do not exist are returned apart.
pub fn load(
    seeds_dir: &Path,
    shown_dir: &str,
    sets: &[String],
    plan: &SeedPlan,
    problems: &mut Vec<SeedProblem>,
) -> Result<(Vec<SeedFile>, Vec<String>), std::io::Error> {
    let mut files = Vec::new();
    let mut missing = Vec::new();
    for set in sets {
        let dir = seeds_dir.join(set);
        if !dir.is_dir() {
            missing.push(set.clone());
            continue;
        }
        let shown_set = format!("{shown_dir}/{set}");
        let meta = read_meta(&dir.join("_meta.json"), &format!("{shown_set}/_meta.json"), problems)?;
        let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_file() && matches!(p.extension().and_then(|e| e.to_str()), Some("json" | "csv")))
            .filter(|p| !p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with(['_', '.'])))
            .collect();
        names.sort();
        for path in names {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_owned();
            let shown = format!("{shown_set}/{name}");
            let stem = path.file_stem().and_then(|n| n.to_str()).unwrap_or_default();
            let Some(table) = plan.find(stem) else {
                problems.push(SeedProblem::file(&shown, format!("there is no model named {stem:?} in the schema")));
                continue;
            };
            if !plan.tables[table].seedable {
                problems.push(SeedProblem::file(
                    &shown,
                    format!("{stem} is a view or an ignored model: it cannot be seeded"),
                ));
                continue;
            }
            let model_name = plan.tables[table].name.clone();
            let format = if name.ends_with(".json") { Format::Json } else { Format::Csv };
            // `$key` may follow the rows: read it before the rows are streamed.
            let file_key = match format {
                Format::Json => json::scan_key(std::io::BufReader::new(std::fs::File::open(&path)?)),
                Format::Csv => None,
            };
            let key =
                file_key.or_else(|| meta.iter().find(|(m, _)| *m == model_name || *m == stem).map(|(_, k)| k.clone()));
            files.push(SeedFile {
                set: set.clone(),
                name,
                shown,
                path,
                table,
                format,
                checksum: String::new(),
                rows: 0,
                key,
            });
        }
    }
    Ok((files, missing))
}

fn read_meta(
    path: &Path,
    shown: &str,
    problems: &mut Vec<SeedProblem>,
) -> Result<Vec<(String, Vec<String>)>, std::io::Error> {
    if !path.is_file() {
        return Ok(Vec::new());
    }
    let text = std::fs::read_to_string(path)?;
    let value: serde_json::Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => {
            problems.push(SeedProblem::at(shown, e.line() as u32, Some(e.column() as u32), None, e.to_string()));
            return Ok(Vec::new());
        }
    };
    let mut out = Vec::new();
    let bad = |problems: &mut Vec<SeedProblem>| {
        problems.push(SeedProblem::file(shown, "expected {\"Model\": {\"$key\": [\"field\", …]}, …}".into()));
    };
    let Some(models) = value.as_object() else {
        bad(problems);
        return Ok(out);
    };
    for (model, settings) in models {
        match settings.get("$key").and_then(|k| k.as_array()) {
            Some(items) if items.iter().all(|i| i.is_string()) => {
                out.push((model.clone(), items.iter().filter_map(|i| i.as_str().map(str::to_owned)).collect()))
            }
            _ => bad(problems),
        }
    }
    Ok(out)
}

/// Lowercase hex.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
