//! `db seed --export`: the current rows of chosen tables written as a seed set — one JSON file
//! per model, rows ordered by their identity, keys in field order, relations as raw foreign key
//! scalars — so that another environment can be seeded with exactly these rows.

use super::plan::SeedPlan;
use super::resolve::decode_rows;
use database::bulk::BulkConnection;
use std::path::Path;

/// One file written by an export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportedFile {
    /// The model.
    pub model: String,
    /// The file, as shown.
    pub path: String,
    /// Rows written.
    pub rows: usize,
}

/// Writes `<dir>/<Model>.json` for each of `tables` (indexes into the plan).
pub async fn export(
    conn: &mut BulkConnection,
    plan: &SeedPlan,
    tables: &[usize],
    dir: &Path,
    shown_dir: &str,
) -> Result<Vec<ExportedFile>, super::SeedError> {
    std::fs::create_dir_all(dir).map_err(|source| super::SeedError::Io { path: dir.to_path_buf(), source })?;
    let dialect = conn.dialect();
    let mut out = Vec::new();
    for &t in tables {
        let table = &plan.tables[t];
        let columns: Vec<usize> = (0..table.columns.len()).filter(|c| !table.columns[*c].list).collect();
        let select: Vec<String> = columns
            .iter()
            .map(|c| table.columns[*c].kind.select_expr(dialect, &dialect.quote_identifier(&table.columns[*c].db_name)))
            .collect();
        let order: Vec<String> =
            table.identity().iter().map(|c| dialect.quote_identifier(&table.columns[*c].db_name)).collect();
        let mut sql = format!("SELECT {} FROM {}", select.join(", "), table.quoted);
        if !order.is_empty() {
            sql.push_str(&format!(" ORDER BY {}", order.join(", ")));
        }
        let rows = decode_rows(table, &columns, &conn.query(&sql, &[]).await?);
        let mut text = String::from("[");
        for (i, row) in rows.iter().enumerate() {
            text.push_str(if i == 0 { "\n  {" } else { ",\n  {" });
            for (j, (c, v)) in columns.iter().zip(row).enumerate() {
                let column = &table.columns[*c];
                if j > 0 {
                    text.push_str(", ");
                }
                text.push_str(&serde_json::to_string(&column.name).unwrap_or_default());
                text.push_str(": ");
                text.push_str(&serde_json::to_string(&column.kind.to_json(v)).unwrap_or_default());
            }
            text.push('}');
        }
        text.push_str(if rows.is_empty() { "]\n" } else { "\n]\n" });
        let path = dir.join(format!("{}.json", table.name));
        std::fs::write(&path, text).map_err(|source| super::SeedError::Io { path: path.clone(), source })?;
        out.push(ExportedFile {
            model: table.name.clone(),
            path: format!("{shown_dir}/{}.json", table.name),
            rows: rows.len(),
        });
    }
    Ok(out)
}
