//! Seed rows, typed, streamed from their files: [`RowReader`] reads a file one row at a time and
//! [`prepare_row`] types each row against the schema — types, unknown fields, required fields,
//! enum values, keys, and relation lookups that do not name a unique key of their target. Cells
//! are borrowed from the reader's buffer; nothing per cell is copied until it is typed.

use super::load::{Format, SeedFile};
use super::plan::{SeedPlan, TablePlan};
use super::resolve::{KeyBuilder, KeyHasher};
use super::value::Value;
use super::{csv, json, SeedProblem};
use sha2::Digest as _;
use std::io::{BufReader, Read};
use std::sync::{Arc, Mutex};

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
    /// Its index in the file (0-based, counting rows with problems).
    pub index: u32,
    /// The line it starts on.
    pub line: u32,
    /// Values given for columns (foreign key scalars included), by column.
    pub given: Vec<Option<Value>>,
    /// Lookups given for relations, by relation of the table.
    pub lookups: Vec<Option<Lookup>>,
    /// Rows of implicit many-to-many relations, by link of the table (each a `Lookup::By`).
    pub links: Vec<Option<Vec<Lookup>>>,
    /// The columns the row is matched by.
    pub key: Vec<usize>,
}

impl SeedRow {
    /// Whether column `c` will have a non-null value from the file (given, or through a lookup).
    pub fn available(&self, table: &TablePlan, c: usize) -> bool {
        match &self.given[c] {
            Some(v) => *v != Value::Null,
            None => table
                .relations
                .iter()
                .zip(&self.lookups)
                .any(|(r, l)| r.columns.contains(&c) && matches!(l, Some(Lookup::By { .. }))),
        }
    }

    /// About how many bytes the row takes in memory.
    pub fn size(&self) -> usize {
        let value = |v: &Value| match v {
            Value::Text(s) | Value::Decimal(s) => s.capacity(),
            Value::Bytes(b) => b.len(),
            Value::Json(j) => j.to_string().len() * 2,
            _ => 0,
        };
        std::mem::size_of::<SeedRow>()
            + self.given.len() * std::mem::size_of::<Option<Value>>()
            + self.given.iter().flatten().map(value).sum::<usize>()
            + self.lookups.len() * std::mem::size_of::<Option<Lookup>>()
            + self.key.len() * 8
            + self
                .lookups
                .iter()
                .flatten()
                .chain(self.links.iter().flatten().flatten())
                .map(|l| match l {
                    Lookup::By { values, .. } => 64 + values.iter().map(value).sum::<usize>(),
                    Lookup::Null => 0,
                })
                .sum::<usize>()
    }

    /// The hash of the row's values of `columns` (a lookup stands in for the foreign key it
    /// gives), as the database compares them.
    pub fn key_hash(&self, hasher: &KeyHasher, plan: &SeedPlan, table: &TablePlan, columns: &[usize]) -> u128 {
        let mut k: KeyBuilder = hasher.start();
        for c in columns {
            match &self.given[*c] {
                Some(v) => k.value(v, table.columns[*c].fold),
                None => {
                    for (ri, (r, l)) in table.relations.iter().zip(&self.lookups).enumerate() {
                        if let (Some(pos), Some(Lookup::By { columns, values })) =
                            (r.columns.iter().position(|x| x == c), l)
                        {
                            k.tag(u64::MAX - ri as u64);
                            k.tag(pos as u64);
                            let target = &plan.tables[r.target];
                            for (tc, v) in columns.iter().zip(values) {
                                k.tag(*tc as u64);
                                k.value(v, target.columns[*tc].fold);
                            }
                        }
                    }
                }
            }
        }
        k.finish()
    }
}

/// A `Read` that hashes what passes through it (SHA-256 of the file as it is read).
struct Hashing {
    file: std::fs::File,
    digest: Arc<Mutex<sha2::Sha256>>,
}

impl Read for Hashing {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.file.read(buf)?;
        if let Ok(mut d) = self.digest.lock() {
            d.update(&buf[..n]);
        }
        Ok(n)
    }
}

type Input = BufReader<Hashing>;

enum Source {
    Csv { reader: Box<csv::Reader<Input>>, record: csv::Record },
    Json(Box<json::Rows<Input>>),
}

/// A cell as read, borrowed.
#[derive(Debug, Clone, Copy)]
pub enum Cell<'a> {
    /// A JSON value.
    Json(&'a serde_json::Value),
    /// A CSV cell (`None`: empty and unquoted, NULL).
    Text(Option<&'a str>),
}

/// Reads one seed file a row at a time, hashing its bytes on the way.
pub struct RowReader {
    source: Source,
    digest: Arc<Mutex<sha2::Sha256>>,
    /// Rows read so far.
    pub rows: u32,
}

impl RowReader {
    /// Opens `file`; a syntax error in the header is a problem of the file.
    pub fn open(file: &SeedFile) -> Result<RowReader, SeedProblem> {
        let opened = std::fs::File::open(&file.path)
            .map_err(|e| SeedProblem::file(&file.shown, format!("could not read the file: {e}")))?;
        let digest = Arc::new(Mutex::new(sha2::Sha256::new()));
        let input = BufReader::with_capacity(1 << 16, Hashing { file: opened, digest: digest.clone() });
        let source = match file.format {
            Format::Csv => {
                let reader = csv::Reader::new(input)
                    .map_err(|e| SeedProblem::at(&file.shown, e.line, Some(e.column), None, e.message))?;
                Source::Csv { reader: Box::new(reader), record: csv::Record::default() }
            }
            Format::Json => Source::Json(Box::new(json::Rows::new(input))),
        };
        Ok(RowReader { source, digest, rows: 0 })
    }

    /// Reads the next row and types it: `Ok(None)` at the end; `Ok(Some(None))` for a row with
    /// problems (added to `problems`); `Err` for a syntax error (the rest of the file is not
    /// read).
    pub fn next(
        &mut self,
        plan: &SeedPlan,
        fi: usize,
        file: &SeedFile,
        file_key: Option<&[usize]>,
        problems: &mut Vec<SeedProblem>,
    ) -> Result<Option<Option<SeedRow>>, SeedProblem> {
        let table = &plan.tables[file.table];
        let syntax =
            |line: u32, column: u32, message: String| SeedProblem::at(&file.shown, line, Some(column), None, message);
        let index = self.rows;
        let row = match &mut self.source {
            Source::Csv { reader, record } => {
                if !reader.next(record).map_err(|e| syntax(e.line, e.column, e.message))? {
                    return Ok(None);
                }
                let cells = reader.header().iter().map(String::as_str).zip(record.cells().map(Cell::Text));
                let line = record.line;
                prepare_row(plan, table, fi, index, file, line, cells, file_key, true, problems)
            }
            Source::Json(rows) => {
                let Some((line, map)) = rows.next().map_err(|e| syntax(e.line, e.column, e.message))? else {
                    return Ok(None);
                };
                let cells = map.iter().map(|(k, v)| (k.as_str(), Cell::Json(v)));
                prepare_row(plan, table, fi, index, file, line, cells, file_key, false, problems)
            }
        };
        self.rows += 1;
        Ok(Some(row))
    }

    /// SHA-256 of the bytes read so far, lowercase hex (the whole file once it is read to the
    /// end).
    pub fn checksum(&self) -> String {
        let digest = self.digest.lock().map(|d| d.clone().finalize()).unwrap_or_default();
        super::load::hex(&digest)
    }
}

/// Types one row; `None` if it has problems (added to `problems`).
#[allow(clippy::too_many_arguments)]
pub fn prepare_row<'a>(
    plan: &SeedPlan,
    table: &TablePlan,
    fi: usize,
    index: u32,
    file: &SeedFile,
    line: u32,
    cells: impl Iterator<Item = (&'a str, Cell<'a>)>,
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
        index,
        line,
        given: vec![None; table.columns.len()],
        lookups: vec![None; table.relations.len()],
        links: vec![None; table.links.len()],
        key: Vec::new(),
    };
    // Lookups arrive as `author.email` cells (CSV) or `{"email": …}` objects (JSON); they are
    // gathered per relation.
    let mut lookup_cells: Vec<Vec<(&str, Cell<'_>)>> = vec![Vec::new(); table.relations.len()];
    for (name, cell) in cells {
        if let Some(c) = table.column(name) {
            let column = &table.columns[c];
            if column.list {
                problem(name, "scalar lists cannot be seeded from files yet".into());
                continue;
            }
            let parsed = match cell {
                Cell::Json(v) => column.kind.from_json(v),
                // An empty CSV cell leaves a column with a default to its default.
                Cell::Text(None) if column.default != super::plan::DefaultPlan::None || column.updated_at => continue,
                Cell::Text(None) => Ok(Value::Null),
                Cell::Text(Some(s)) => column.kind.from_text(s),
            };
            match parsed {
                Ok(Value::Null) if column.required => problem(name, format!("{name} is required and cannot be null")),
                Ok(v) => row.given[c] = Some(v),
                Err(e) => problem(name, e),
            }
        } else if let Some(ri) = table.relations.iter().position(|r| r.name == name) {
            match cell {
                Cell::Json(serde_json::Value::Null) | Cell::Text(None) => row.lookups[ri] = Some(Lookup::Null),
                Cell::Json(serde_json::Value::Object(map)) => {
                    lookup_cells[ri] = map.iter().map(|(k, v)| (k.as_str(), Cell::Json(v))).collect();
                }
                _ => problem(
                    name,
                    format!("a relation is given as an object of a unique key of the target, e.g. {{\"{}\": …}}", {
                        let target = &plan.tables[table.relations[ri].target];
                        target.identity().first().map_or("id", |c| target.columns[*c].name.as_str()).to_owned()
                    }),
                ),
            }
        } else if let Some(li) = table.links.iter().position(|l| l.name == name) {
            let target = &plan.tables[table.links[li].target];
            let parsed_text;
            let items = match cell {
                Cell::Json(serde_json::Value::Array(items)) => Some(items),
                Cell::Text(Some(s)) => {
                    parsed_text = serde_json::from_str::<serde_json::Value>(s).ok();
                    parsed_text.as_ref().and_then(|v| v.as_array())
                }
                Cell::Json(serde_json::Value::Null) | Cell::Text(None) => continue,
                _ => None,
            };
            let Some(items) = items else {
                problem(
                    name,
                    format!(
                        "a many-to-many relation is given as a list of unique keys of {}, e.g. [{{\"{}\": …}}]",
                        target.name,
                        target.identity().first().map_or("id", |c| target.columns[*c].name.as_str())
                    ),
                );
                continue;
            };
            let mut lookups = Vec::with_capacity(items.len());
            for item in items {
                let Some(map) = item.as_object() else {
                    problem(name, format!("each item is an object of a unique key of {}", target.name));
                    continue;
                };
                let cells: Vec<(&str, Cell<'_>)> = map.iter().map(|(k, v)| (k.as_str(), Cell::Json(v))).collect();
                if let Some(l) = lookup(target, name, &cells, &mut problem) {
                    lookups.push(l);
                }
            }
            row.links[li] = Some(lookups);
        } else if let Some((rel, field)) = name.split_once('.').filter(|_| is_csv) {
            match table.relations.iter().position(|r| r.name == rel) {
                Some(ri) => lookup_cells[ri].push((field, cell)),
                None => problem(name, format!("{} has no relation field {rel:?}", table.name)),
            }
        } else if table.back_relations.iter().any(|b| b == name) {
            problem(name, format!("{name} is a list relation: seed it from the other model's side"))
        } else if !name.starts_with('$') {
            problem(name, format!("{} has no field {name:?}", table.name));
        }
    }
    for (ri, cells) in lookup_cells.into_iter().enumerate() {
        if cells.is_empty() {
            continue;
        }
        let relation = &table.relations[ri];
        let target = &plan.tables[relation.target];
        if cells.iter().all(|(_, c)| matches!(c, Cell::Text(None) | Cell::Json(serde_json::Value::Null))) {
            row.lookups[ri] = Some(Lookup::Null);
            continue;
        }
        if let Some(l) = lookup(target, &relation.name, &cells, &mut problem) {
            row.lookups[ri] = Some(l);
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

/// A lookup of a row of `target` from `(field, cell)` pairs; problems are named `relation.field`
/// for fields and `relation` for the key as a whole.
fn lookup(
    target: &TablePlan,
    relation: &str,
    cells: &[(&str, Cell<'_>)],
    problem: &mut dyn FnMut(&str, String),
) -> Option<Lookup> {
    let mut columns = Vec::new();
    let mut values = Vec::new();
    for (field, cell) in cells {
        let shown = format!("{relation}.{field}");
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
    if columns.len() != cells.len() {
        return None;
    }
    if !target.is_key(&columns) {
        let names: Vec<&str> = columns.iter().map(|c| target.columns[*c].name.as_str()).collect();
        problem(
            relation,
            format!(
                "({}) is not the @id or a @unique of {}: a relation must name exactly one row",
                names.join(", "),
                target.name
            ),
        );
        return None;
    }
    Some(Lookup::By { columns, values })
}
