//! Seed files → typed rows, with every problem that can be found without a database: types,
//! unknown fields, required fields, enum values, keys, duplicate unique values within and across
//! files, and relation lookups that do not name a unique key of their target.

use super::load::{FileContent, SeedFile};
use super::plan::{SeedPlan, TablePlan};
use super::value::Value;
use super::SeedProblem;
use std::collections::HashMap;

/// How a row names the row a relation points at.
#[derive(Debug, Clone, PartialEq)]
pub enum Lookup {
    /// `"author": null`.
    Null,
    /// `"author": {"email": "a@example.com"}`: target columns and their values.
    By {
        /// Columns of the target table (a key of it).
        columns: Vec<usize>,
        /// Their values.
        values: Vec<Value>,
    },
}

/// One seed row, typed.
#[derive(Debug, Clone)]
pub struct SeedRow {
    /// Index of its file.
    pub file: usize,
    /// The line it starts on.
    pub line: u32,
    /// Values given for columns (foreign key scalars included), by column.
    pub given: Vec<Option<Value>>,
    /// Lookups given for relations, by relation of the table.
    pub lookups: Vec<Option<Lookup>>,
    /// The columns the row is matched by.
    pub key: Vec<usize>,
}

impl SeedRow {
    /// Whether column `c` will have a non-null value from the file (given, or through a lookup).
    fn available(&self, table: &TablePlan, c: usize) -> bool {
        match &self.given[c] {
            Some(v) => *v != Value::Null,
            None => table
                .relations
                .iter()
                .zip(&self.lookups)
                .any(|(r, l)| r.columns.contains(&c) && matches!(l, Some(Lookup::By { .. }))),
        }
    }

    /// A stable text for the row's values of `columns` (lookups stand in for foreign keys).
    fn canonical(&self, table: &TablePlan, columns: &[usize]) -> String {
        let mut out = String::new();
        for c in columns {
            match &self.given[*c] {
                Some(v) => super::resolve::push_canon(&mut out, v),
                None => {
                    for (r, l) in table.relations.iter().zip(&self.lookups) {
                        if let (Some(pos), Some(Lookup::By { values, .. })) = (r.columns.iter().position(|x| x == c), l)
                        {
                            out.push_str(&format!("{}.{pos}={values:?}|", r.name));
                        }
                    }
                }
            }
        }
        out
    }
}

/// The rows of every file, grouped by table (index into the plan's tables).
pub fn prepare(plan: &SeedPlan, files: &[SeedFile], problems: &mut Vec<SeedProblem>) -> Vec<Vec<SeedRow>> {
    let mut rows: Vec<Vec<SeedRow>> = vec![Vec::new(); plan.tables.len()];
    // Rows replaced by a row of a later set.
    let mut replaced: Vec<Vec<bool>> = vec![Vec::new(); plan.tables.len()];
    // (table, key index, canonical values) → where first seen (file, line, row index).
    let mut seen: HashMap<(usize, usize, String), (usize, u32, usize)> = HashMap::new();
    for (fi, file) in files.iter().enumerate() {
        let table = &plan.tables[file.table];
        let file_key = match &file.key {
            Some(names) => match names.iter().map(|n| table.column(n)).collect::<Option<Vec<_>>>() {
                Some(cols) if table.is_key(&cols) => Some(cols),
                _ => {
                    problems.push(SeedProblem::file(
                        &file.shown,
                        format!("$key {names:?} is not the @id or a @unique/@@unique of {}", table.name),
                    ));
                    continue;
                }
            },
            None => None,
        };
        let mut push_row = |line: u32, cells: Vec<(String, Cell)>, problems: &mut Vec<SeedProblem>| {
            let is_csv = matches!(file.content, FileContent::Csv { .. });
            if let Some(row) = prepare_row(plan, table, fi, file, line, cells, file_key.as_deref(), is_csv, problems) {
                let keys: Vec<Vec<usize>> = table.keys().map(<[usize]>::to_vec).collect();
                let index = rows[file.table].len();
                for (ki, key) in keys.iter().enumerate() {
                    if !key.iter().all(|c| row.available(table, *c)) {
                        continue;
                    }
                    let canonical = row.canonical(table, key);
                    let earlier = seen.get(&(file.table, ki, canonical.clone())).copied();
                    // A row of a later set replaces the row of an earlier set with the same key
                    // (`dev` overrides `common`).
                    if let Some((_, _, other_index)) = earlier.filter(|(f, ..)| files[*f].set != file.set) {
                        replaced[file.table][other_index] = true;
                        seen.insert((file.table, ki, canonical), (fi, line, index));
                    } else if let Some((other_file, other_line, _)) = earlier {
                        let names: Vec<&str> = key.iter().map(|c| table.columns[*c].name.as_str()).collect();
                        problems.push(SeedProblem::at(
                            &file.shown,
                            line,
                            None,
                            None,
                            format!(
                                "duplicate {} ({}): the same value is at {}:{other_line}",
                                if ki == 0 && !table.primary_key.is_empty() { "@id" } else { "unique key" },
                                names.join(", "),
                                files[other_file].shown
                            ),
                        ));
                    } else {
                        seen.insert((file.table, ki, canonical), (fi, line, index));
                    }
                }
                rows[file.table].push(row);
                replaced[file.table].push(false);
            }
        };
        match &file.content {
            FileContent::Json(j) => {
                for (line, map) in &j.rows {
                    let cells = map.iter().map(|(k, v)| (k.clone(), Cell::Json(v.clone()))).collect();
                    push_row(*line, cells, problems);
                }
            }
            FileContent::Csv { header, records } => {
                for record in records {
                    let cells = header.iter().cloned().zip(record.cells.iter().cloned().map(Cell::Text)).collect();
                    push_row(record.line, cells, problems);
                }
            }
        }
    }
    for (table_rows, replaced) in rows.iter_mut().zip(replaced) {
        let mut flags = replaced.into_iter();
        table_rows.retain(|_| !flags.next().unwrap_or(false));
    }
    rows
}

/// A cell as read.
#[derive(Debug, Clone)]
pub enum Cell {
    /// A JSON value.
    Json(serde_json::Value),
    /// A CSV cell (`None`: empty and unquoted, NULL).
    Text(Option<String>),
}

#[allow(clippy::too_many_arguments)]
fn prepare_row(
    plan: &SeedPlan,
    table: &TablePlan,
    fi: usize,
    file: &SeedFile,
    line: u32,
    cells: Vec<(String, Cell)>,
    file_key: Option<&[usize]>,
    is_csv: bool,
    problems: &mut Vec<SeedProblem>,
) -> Option<SeedRow> {
    let before = problems.len();
    let label = if is_csv { "column" } else { "field" };
    let mut problem = |name: &str, message: String| {
        problems.push(SeedProblem::at(&file.shown, line, None, Some(format!("{label} {name:?}")), message));
    };
    let mut row = SeedRow {
        file: fi,
        line,
        given: vec![None; table.columns.len()],
        lookups: vec![None; table.relations.len()],
        key: Vec::new(),
    };
    // CSV lookups arrive as `author.email` cells; they are gathered per relation.
    let mut csv_lookups: Vec<Vec<(String, Cell)>> = vec![Vec::new(); table.relations.len()];
    for (name, cell) in cells {
        if let Some(c) = table.column(&name) {
            let column = &table.columns[c];
            if column.list {
                problem(&name, "scalar lists cannot be seeded from files yet".into());
                continue;
            }
            let parsed = match &cell {
                Cell::Json(v) => column.kind.from_json(v),
                // An empty CSV cell leaves a column with a default to its default.
                Cell::Text(None) if column.default != super::plan::DefaultPlan::None || column.updated_at => continue,
                Cell::Text(None) => Ok(Value::Null),
                Cell::Text(Some(s)) => column.kind.from_text(s),
            };
            match parsed {
                Ok(Value::Null) if column.required => problem(&name, format!("{name} is required and cannot be null")),
                Ok(v) => row.given[c] = Some(v),
                Err(e) => problem(&name, e),
            }
        } else if let Some(ri) = table.relations.iter().position(|r| r.name == name) {
            match cell {
                Cell::Json(serde_json::Value::Null) | Cell::Text(None) => row.lookups[ri] = Some(Lookup::Null),
                Cell::Json(serde_json::Value::Object(map)) => {
                    csv_lookups[ri] = map.into_iter().map(|(k, v)| (k, Cell::Json(v))).collect();
                }
                _ => problem(
                    &name,
                    format!("a relation is given as an object of a unique key of the target, e.g. {{\"{}\": …}}", {
                        let target = &plan.tables[table.relations[ri].target];
                        target.identity().first().map_or("id", |c| target.columns[*c].name.as_str()).to_owned()
                    }),
                ),
            }
        } else if let Some((rel, field)) = name.split_once('.').filter(|_| is_csv) {
            match table.relations.iter().position(|r| r.name == rel) {
                Some(ri) => csv_lookups[ri].push((field.to_owned(), cell)),
                None => problem(&name, format!("{} has no relation field {rel:?}", table.name)),
            }
        } else if table.back_relations.contains(&name) {
            problem(&name, format!("{name} is a list relation: seed it from the other model's side"))
        } else if !name.starts_with('$') {
            problem(&name, format!("{} has no field {name:?}", table.name));
        }
    }
    for (ri, cells) in csv_lookups.into_iter().enumerate() {
        if cells.is_empty() {
            continue;
        }
        let relation = &table.relations[ri];
        let target = &plan.tables[relation.target];
        if cells.iter().all(|(_, c)| matches!(c, Cell::Text(None) | Cell::Json(serde_json::Value::Null))) {
            row.lookups[ri] = Some(Lookup::Null);
            continue;
        }
        let mut columns = Vec::new();
        let mut values = Vec::new();
        for (field, cell) in &cells {
            let shown = format!("{}.{field}", relation.name);
            let Some(c) = target.column(field) else {
                problem(&shown, format!("{} has no field {field:?}", target.name));
                continue;
            };
            let parsed = match cell {
                Cell::Json(v) => target.columns[c].kind.from_json(v),
                Cell::Text(None) => Ok(Value::Null),
                Cell::Text(Some(s)) => target.columns[c].kind.from_text(s),
            };
            match parsed {
                Ok(v) => {
                    columns.push(c);
                    values.push(v);
                }
                Err(e) => problem(&shown, e),
            }
        }
        if columns.len() == cells.len() {
            if !target.is_key(&columns) {
                let names: Vec<&str> = columns.iter().map(|c| target.columns[*c].name.as_str()).collect();
                problem(
                    &relation.name,
                    format!(
                        "({}) is not the @id or a @unique of {}: a relation must name exactly one row",
                        names.join(", "),
                        target.name
                    ),
                );
            } else {
                row.lookups[ri] = Some(Lookup::By { columns, values });
            }
        }
    }
    for (ri, relation) in table.relations.iter().enumerate() {
        match &row.lookups[ri] {
            Some(_) if relation.columns.iter().any(|c| row.given[*c].is_some()) => problem(
                &relation.name,
                format!(
                    "give either the relation {} or its foreign key ({}), not both",
                    relation.name,
                    relation.columns.iter().map(|c| table.columns[*c].name.as_str()).collect::<Vec<_>>().join(", ")
                ),
            ),
            Some(Lookup::Null) if !relation.nullable => {
                problem(&relation.name, format!("the relation {} is required and cannot be null", relation.name))
            }
            _ => {}
        }
    }
    for (c, column) in table.columns.iter().enumerate() {
        if column.required
            && row.given[c].is_none()
            && column.default == super::plan::DefaultPlan::None
            && !column.updated_at
            && !row.available(table, c)
        {
            let via = table
                .relations
                .iter()
                .find(|r| r.columns.contains(&c))
                .map(|r| format!(" (or the relation {})", r.name));
            problem(&column.name, format!("the required field {} is missing{}", column.name, via.unwrap_or_default()));
        }
    }
    row.key = match file_key {
        Some(k) if k.iter().all(|c| row.available(table, *c)) => k.to_vec(),
        Some(k) => {
            let names: Vec<&str> = k.iter().map(|c| table.columns[*c].name.as_str()).collect();
            problems.push(SeedProblem::at(
                &file.shown,
                line,
                None,
                None,
                format!("the $key field(s) {} must be given", names.join(", ")),
            ));
            Vec::new()
        }
        None => match table.keys().find(|k| k.iter().all(|c| row.available(table, *c))) {
            Some(k) => k.to_vec(),
            None => {
                let keys: Vec<String> = table
                    .keys()
                    .map(|k| k.iter().map(|c| table.columns[*c].name.as_str()).collect::<Vec<_>>().join(" + "))
                    .collect();
                problems.push(SeedProblem::at(
                    &file.shown,
                    line,
                    None,
                    None,
                    format!(
                        "the row has no key to match it by on a second run: give {} (or declare \"$key\")",
                        if keys.is_empty() { "an @id".to_owned() } else { keys.join(" or ") }
                    ),
                ));
                Vec::new()
            }
        },
    };
    (problems.len() == before).then_some(row)
}
