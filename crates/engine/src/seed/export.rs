//! `db seed --export`: the current rows of chosen tables written as a seed set — one JSON file
//! per model, rows ordered by their identity, keys in field order, relations as raw foreign key
//! scalars, implicit many-to-many relations as lists of the other side's ids
//! (`"tags": [{"id": 1}, …]`, written on one side only) — so that another environment can be
//! seeded with exactly these rows.

use super::plan::SeedPlan;
use super::resolve::{decode_rows, KeyHasher};
use super::value::{ColumnKind, Value};
use database::bulk::BulkConnection;
use std::collections::HashMap;
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
    let hasher = KeyHasher::default();
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
        let links = links(conn, plan, t, tables, &hasher).await?;
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
            for (name, id_position, target_key, lists) in &links {
                let own = &row[*id_position];
                let items =
                    lists.get(&hasher.values(table, &[columns[*id_position]], [own])).map_or(&[][..], Vec::as_slice);
                text.push_str(", ");
                text.push_str(&serde_json::to_string(name).unwrap_or_default());
                text.push_str(": [");
                for (k, item) in items.iter().enumerate() {
                    if k > 0 {
                        text.push_str(", ");
                    }
                    text.push_str(&format!(
                        "{{{}: {}}}",
                        serde_json::to_string(&target_key.0).unwrap_or_default(),
                        serde_json::to_string(&target_key.1.to_json(item)).unwrap_or_default()
                    ));
                }
                text.push(']');
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

/// A list field to write: its name, the position of the row's id among the exported columns,
/// the target's id field (name and kind), and the target ids per row id hash.
type LinkColumn = (String, usize, (String, ColumnKind), HashMap<u128, Vec<Value>>);

/// The many-to-many lists table `t` writes: a relation is written on its `A` side when that
/// model is exported (and has the field), else on its `B` side.
async fn links(
    conn: &mut BulkConnection,
    plan: &SeedPlan,
    t: usize,
    exported: &[usize],
    hasher: &KeyHasher,
) -> Result<Vec<LinkColumn>, super::SeedError> {
    let dialect = conn.dialect();
    let table = &plan.tables[t];
    let columns: Vec<usize> = (0..table.columns.len()).filter(|c| !table.columns[*c].list).collect();
    let mut out = Vec::new();
    for link in &table.links {
        let join = &plan.joins[link.join];
        let a_side = plan.tables[join.a.0].links.iter().any(|l| l.join == link.join && l.this_is_a);
        let writes = if link.this_is_a { true } else { !(a_side && exported.contains(&join.a.0)) };
        if !writes {
            continue;
        }
        let ((_, own), (other_table, other)) = if link.this_is_a { (join.a, join.b) } else { (join.b, join.a) };
        let (own_column, other_column) = if link.this_is_a { ("A", "B") } else { ("B", "A") };
        let own_kind = &table.columns[own].kind;
        let target = &plan.tables[other_table];
        let other_kind = &target.columns[other].kind;
        let sql = format!(
            "SELECT {}, {} FROM {} ORDER BY {}, {}",
            own_kind.select_expr(dialect, &dialect.quote_identifier(own_column)),
            other_kind.select_expr(dialect, &dialect.quote_identifier(other_column)),
            join.quoted,
            dialect.quote_identifier(own_column),
            dialect.quote_identifier(other_column),
        );
        let mut lists: HashMap<u128, Vec<Value>> = HashMap::new();
        for row in conn.query(&sql, &[]).await? {
            let v = row.values();
            let (Some(a), Some(b)) = (v.first(), v.get(1)) else { continue };
            let own_value = own_kind.decode(a).unwrap_or(Value::Null);
            let other_value = other_kind.decode(b).unwrap_or(Value::Null);
            lists.entry(hasher.values(table, &[own], [&own_value])).or_default().push(other_value);
        }
        let Some(position) = columns.iter().position(|c| *c == own) else { continue };
        out.push((link.name.clone(), position, (target.columns[other].name.clone(), other_kind.clone()), lists));
    }
    Ok(out)
}
