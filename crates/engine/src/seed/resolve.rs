//! Relations by key: checking, before anything is written, that every lookup
//! (`"author": {"email": …}`) and every raw foreign key names a row that exists — in the seed
//! files or already in the database — and, while writing, turning lookups into foreign key
//! values.

use super::plan::{SeedPlan, TablePlan};
use super::prepare::{Lookup, SeedRow};
use super::value::Value;
use super::SeedProblem;
use database::bulk::BulkConnection;
use std::collections::{HashMap, HashSet};

/// A stable text for values (hash key).
pub fn canon(values: &[Value]) -> String {
    let mut out = String::with_capacity(16 * values.len());
    for v in values {
        push_canon(&mut out, v);
    }
    out
}

/// Appends a value's stable text: a type tag, the value, and a separator no value contains
/// unescaped (hot: called for every key of every row).
pub fn push_canon(out: &mut String, v: &Value) {
    use std::fmt::Write as _;
    let _ = match v {
        Value::Null => write!(out, "N"),
        Value::Bool(b) => write!(out, "B{b}"),
        Value::Int(i) => write!(out, "I{i}"),
        Value::Float(f) => write!(out, "F{f}"),
        Value::Decimal(d) => write!(out, "D{d}"),
        Value::Text(s) => {
            out.push('T');
            for c in s.chars() {
                if c == '\u{1}' || c == '\\' {
                    out.push('\\');
                }
                out.push(c);
            }
            Ok(())
        }
        Value::DateTime(m) => write!(out, "M{m}"),
        Value::Json(j) => write!(out, "J{j}"),
        Value::Bytes(b) => write!(out, "X{b:?}"),
    };
    out.push('\u{1}');
}

/// Reads `columns` of `table` for the rows whose `key` columns equal one of `keys`, decoded.
pub async fn select_rows(
    conn: &mut BulkConnection,
    table: &TablePlan,
    columns: &[usize],
    key: &[usize],
    keys: &[Vec<Value>],
) -> Result<Vec<Vec<Value>>, database::Error> {
    let dialect = conn.dialect();
    let select: Vec<String> = columns
        .iter()
        .map(|c| table.columns[*c].kind.select_expr(dialect, &dialect.quote_identifier(&table.columns[*c].db_name)))
        .collect();
    let key_names: Vec<&str> = key.iter().map(|c| table.columns[*c].db_name.as_str()).collect();
    let encoded: Vec<Vec<database::SqlValue>> = keys
        .iter()
        .map(|k| k.iter().zip(key).map(|(v, c)| table.columns[*c].kind.encode(v, dialect)).collect())
        .collect();
    let rows = conn.select_by_keys(&table.quoted, &select, &key_names, &encoded).await?;
    Ok(decode_rows(table, columns, &rows))
}

/// Decodes rows read through [`super::value::ColumnKind::select_expr`] of `columns`.
pub fn decode_rows(table: &TablePlan, columns: &[usize], rows: &[database::Row]) -> Vec<Vec<Value>> {
    rows.iter()
        .map(|r| {
            columns
                .iter()
                .zip(r.values())
                .map(|(c, v)| table.columns[*c].kind.decode(v).unwrap_or(Value::Null))
                .collect()
        })
        .collect()
}

/// Checks every lookup and raw foreign key; problems are added for those that name no row.
pub async fn check_references(
    conn: &mut BulkConnection,
    plan: &SeedPlan,
    rows: &[Vec<SeedRow>],
    shown: &[String],
    problems: &mut Vec<SeedProblem>,
) -> Result<(), database::Error> {
    // (target, columns) → canonical values of seed rows.
    let mut seeded: HashMap<(usize, Vec<usize>), HashSet<String>> = HashMap::new();
    // (target, columns) → wanted values and the rows wanting them (file, line, relation name).
    type Wanted = Vec<(Vec<Value>, usize, u32, String)>;
    let mut wanted: HashMap<(usize, Vec<usize>), Wanted> = HashMap::new();
    for (t, table) in plan.tables.iter().enumerate() {
        for row in &rows[t] {
            for (ri, relation) in table.relations.iter().enumerate() {
                let (columns, values) = match &row.lookups[ri] {
                    Some(Lookup::By { columns, values }) => (columns.clone(), values.clone()),
                    Some(Lookup::Null) => continue,
                    None => {
                        let given: Option<Vec<Value>> =
                            relation.columns.iter().map(|c| row.given[*c].clone()).collect();
                        match given {
                            Some(v) if v.iter().all(|x| *x != Value::Null) => (relation.references.clone(), v),
                            _ => continue,
                        }
                    }
                };
                let entry = seeded.entry((relation.target, columns.clone())).or_insert_with(|| {
                    rows[relation.target]
                        .iter()
                        .filter_map(|r| columns.iter().map(|c| r.given[*c].clone()).collect::<Option<Vec<_>>>())
                        .map(|v| canon(&v))
                        .collect()
                });
                if !entry.contains(&canon(&values)) {
                    wanted.entry((relation.target, columns)).or_default().push((
                        values,
                        row.file,
                        row.line,
                        relation.name.clone(),
                    ));
                }
            }
        }
    }
    let mut wanted: Vec<_> = wanted.into_iter().collect();
    wanted.sort_by(|a, b| a.0.cmp(&b.0));
    for ((target, columns), items) in wanted {
        let table = &plan.tables[target];
        let mut distinct: Vec<Vec<Value>> = Vec::new();
        let mut seen = HashSet::new();
        for (values, ..) in &items {
            if seen.insert(canon(values)) {
                distinct.push(values.clone());
            }
        }
        let found: HashSet<String> =
            select_rows(conn, table, &columns, &columns, &distinct).await?.iter().map(|v| canon(v)).collect();
        for (values, file, line, relation) in items {
            if !found.contains(&canon(&values)) {
                let what: Vec<String> = columns
                    .iter()
                    .zip(&values)
                    .map(|(c, v)| format!("{} = {}", table.columns[*c].name, show(v)))
                    .collect();
                problems.push(SeedProblem::at(
                    &shown[file],
                    line,
                    None,
                    Some(format!("field {relation:?}")),
                    format!("no {} with {} in the seed files or the database", table.name, what.join(", ")),
                ));
            }
        }
    }
    Ok(())
}

/// A value as users wrote it, for messages.
pub fn show(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => f.to_string(),
        Value::Decimal(d) => d.clone(),
        Value::Text(s) => format!("{s:?}"),
        Value::DateTime(m) => super::value::format_datetime(*m),
        Value::Json(j) => j.to_string(),
        Value::Bytes(b) => format!("<{} bytes>", b.len()),
    }
}
