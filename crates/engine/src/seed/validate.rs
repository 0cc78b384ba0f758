//! The first pass over the seed files: every row is read and typed, and checked against every
//! other row and the database — before anything is written. The pass streams; what it keeps is
//! one 128-bit hash per key of each row (for duplicates and for references), where each row
//! is, and the references that no seed row satisfies (checked against the database at the end).

use super::load::SeedFile;
use super::plan::{SeedPlan, TablePlan};
use super::prepare::{Lookup, RowReader, SeedRow};
use super::resolve::{select_rows, show, KeyHasher};
use super::value::Value;
use super::SeedProblem;
use database::bulk::BulkConnection;
use std::collections::{HashMap, HashSet};

/// What the first pass learned, for the writing passes.
#[derive(Debug, Clone, Default)]
pub struct Index {
    /// Rows replaced by a row of a later set with the same key: (file, row index).
    pub replaced: HashSet<(u32, u32)>,
    /// Rows to write per table (replaced rows left out).
    pub table_rows: Vec<usize>,
    /// Each file's `$key` as columns.
    pub file_keys: Vec<Option<Vec<usize>>>,
    /// Join tables for which some row gives a list (the others are left alone).
    pub joins_listed: Vec<bool>,
}

/// A reference from a row to a row of `target` by a key of it.
struct Reference {
    target: usize,
    /// The target's key (index into `keys()`), and the values in that key's column order.
    key: usize,
    values: Vec<Value>,
    file: u32,
    line: u32,
    field: String,
}

/// Typed rows kept from the first pass, by file (`None`: read the file again).
pub type RowCache = Vec<Option<Vec<SeedRow>>>;

/// Reads every file, types every row, and reports every problem: types, keys, duplicates
/// within and across files, and references that name no row in the files or the database.
/// Fills each file's checksum and row count. Whole files of typed rows are kept while they fit
/// in `budget` bytes.
pub async fn validate(
    conn: &mut BulkConnection,
    plan: &SeedPlan,
    files: &mut [SeedFile],
    hasher: &KeyHasher,
    budget: usize,
    problems: &mut Vec<SeedProblem>,
) -> Result<(Index, RowCache), database::Error> {
    let mut cache: RowCache = vec![None; files.len()];
    let mut cached_bytes = 0usize;
    let mut index = Index {
        table_rows: vec![0; plan.tables.len()],
        joins_listed: vec![false; plan.joins.len()],
        ..Index::default()
    };
    index.file_keys = files
        .iter()
        .map(|file| {
            let table = &plan.tables[file.table];
            let names = file.key.as_ref()?;
            match names.iter().map(|n| table.column(n)).collect::<Option<Vec<_>>>() {
                Some(cols) if table.is_key(&cols) => Some(cols),
                _ => {
                    problems.push(SeedProblem::file(
                        &file.shown,
                        format!("$key {names:?} is not the @id or a @unique/@@unique of {}", table.name),
                    ));
                    None
                }
            }
        })
        .collect();
    let bad_key: Vec<bool> = files.iter().zip(&index.file_keys).map(|(f, k)| f.key.is_some() && k.is_none()).collect();
    // (table, key index, hash) → where first seen (file, line, row index).
    let mut seen: HashMap<(u32, u32, u128), (u32, u32, u32)> = HashMap::new();
    let mut done = vec![false; plan.tables.len()];
    let mut pending: Vec<Reference> = Vec::new();
    let mut wanted: Vec<Reference> = Vec::new();
    for &t in &plan.order {
        let table = &plan.tables[t];
        for fi in 0..files.len() {
            if files[fi].table != t || bad_key[fi] {
                continue;
            }
            let mut reader = match RowReader::open(&files[fi]) {
                Ok(r) => r,
                Err(p) => {
                    problems.push(p);
                    continue;
                }
            };
            let file_key = index.file_keys[fi].clone();
            let mut kept: Option<Vec<SeedRow>> = (cached_bytes < budget).then(Vec::new);
            loop {
                let row = match reader.next(plan, fi, &files[fi], file_key.as_deref(), problems) {
                    Ok(Some(Some(row))) => row,
                    Ok(Some(None)) => continue,
                    Ok(None) => break,
                    Err(p) => {
                        problems.push(p);
                        break;
                    }
                };
                index.table_rows[t] += 1;
                for (li, link) in table.links.iter().enumerate() {
                    if row.links[li].is_some() {
                        index.joins_listed[link.join] = true;
                    }
                }
                // Duplicates, and rows of a later set replacing rows of an earlier one.
                for (ki, key) in table.keys().enumerate() {
                    if !key.iter().all(|c| row.available(table, *c)) {
                        continue;
                    }
                    let h = row.key_hash(hasher, plan, table, key);
                    let slot = (t as u32, ki as u32, h);
                    let here = (fi as u32, row.line, row.index);
                    match seen.get(&slot).copied() {
                        None => {
                            seen.insert(slot, here);
                        }
                        Some((other, _, other_index)) if files[other as usize].set != files[fi].set => {
                            // `dev` overrides `common`.
                            if index.replaced.insert((other, other_index)) {
                                index.table_rows[t] -= 1;
                            }
                            seen.insert(slot, here);
                        }
                        Some((other, other_line, _)) => {
                            let names: Vec<&str> = key.iter().map(|c| table.columns[*c].name.as_str()).collect();
                            problems.push(SeedProblem::at(
                                &files[fi].shown,
                                row.line,
                                None,
                                None,
                                format!(
                                    "duplicate {} ({}): the same value is at {}:{other_line}",
                                    if ki == 0 && !table.primary_key.is_empty() { "@id" } else { "unique key" },
                                    names.join(", "),
                                    files[other as usize].shown
                                ),
                            ));
                        }
                    }
                }
                for_each_reference(plan, table, &row, |target, ki, key, columns, values, field| {
                    let in_order = || key.iter().map(|c| &values[columns.iter().position(|x| x == c).unwrap_or(0)]);
                    if done[target] {
                        let h = hasher.values(&plan.tables[target], key, in_order());
                        if seen.contains_key(&(target as u32, ki as u32, h)) {
                            return;
                        }
                    }
                    let reference = Reference {
                        target,
                        key: ki,
                        values: in_order().cloned().collect(),
                        file: fi as u32,
                        line: row.line,
                        field: field.to_owned(),
                    };
                    if done[target] {
                        wanted.push(reference);
                    } else {
                        pending.push(reference);
                    }
                });
                if let Some(rows) = &mut kept {
                    cached_bytes += row.size();
                    if cached_bytes > budget {
                        kept = None;
                    } else {
                        rows.push(row);
                    }
                }
            }
            cache[fi] = kept;
            files[fi].checksum = reader.checksum();
            files[fi].rows = reader.rows as usize;
        }
        done[t] = true;
    }
    for reference in pending {
        check(plan, hasher, &seen, reference, &mut wanted);
    }
    // References the files do not satisfy: in the database? (Only once the files are otherwise
    // clean: a bad file would make these noise.)
    if problems.is_empty() && !wanted.is_empty() {
        check_database(conn, plan, hasher, wanted, files, problems).await?;
    }
    Ok((index, cache))
}

/// Calls `f(target, key index, key columns, columns, values, field)` for each reference a row
/// makes: relations (by lookup or raw foreign key) and many-to-many items. `values` are in
/// `columns` order, which is the target key's columns in any order.
fn for_each_reference(
    plan: &SeedPlan,
    table: &TablePlan,
    row: &SeedRow,
    mut f: impl FnMut(usize, usize, &[usize], &[usize], &[Value], &str),
) {
    let mut one = |target: usize, columns: &[usize], values: &[Value], field: &str| {
        let found = plan.tables[target]
            .keys()
            .enumerate()
            .find(|(_, k)| k.len() == columns.len() && k.iter().all(|c| columns.contains(c)));
        if let Some((ki, key)) = found {
            f(target, ki, key, columns, values, field);
        }
    };
    for (ri, relation) in table.relations.iter().enumerate() {
        match &row.lookups[ri] {
            Some(Lookup::By { columns, values }) => one(relation.target, columns, values, &relation.name),
            Some(Lookup::Null) => {}
            None => match relation.columns.as_slice() {
                [c] => {
                    if let Some(v) = row.given[*c].as_ref().filter(|v| **v != Value::Null) {
                        one(relation.target, &relation.references, std::slice::from_ref(v), &relation.name);
                    }
                }
                columns => {
                    let given: Option<Vec<Value>> = columns.iter().map(|c| row.given[*c].clone()).collect();
                    if let Some(v) = given.filter(|v| v.iter().all(|x| *x != Value::Null)) {
                        one(relation.target, &relation.references, &v, &relation.name);
                    }
                }
            },
        }
    }
    for (li, link) in table.links.iter().enumerate() {
        for l in row.links[li].iter().flatten() {
            if let Lookup::By { columns, values } = l {
                one(link.target, columns, values, &link.name);
            }
        }
    }
}

fn check(
    plan: &SeedPlan,
    hasher: &KeyHasher,
    seen: &HashMap<(u32, u32, u128), (u32, u32, u32)>,
    reference: Reference,
    wanted: &mut Vec<Reference>,
) {
    let target = &plan.tables[reference.target];
    let Some(key) = target.keys().nth(reference.key) else { return };
    let h = hasher.values(target, key, &reference.values);
    if !seen.contains_key(&(reference.target as u32, reference.key as u32, h)) {
        wanted.push(reference);
    }
}

async fn check_database(
    conn: &mut BulkConnection,
    plan: &SeedPlan,
    hasher: &KeyHasher,
    mut wanted: Vec<Reference>,
    files: &[SeedFile],
    problems: &mut Vec<SeedProblem>,
) -> Result<(), database::Error> {
    wanted.sort_by_key(|r| (r.target, r.key));
    for group in wanted.chunk_by(|a, b| (a.target, a.key) == (b.target, b.key)) {
        let table = &plan.tables[group[0].target];
        let Some(key) = table.keys().nth(group[0].key) else { continue };
        let mut distinct: Vec<Vec<Value>> = Vec::new();
        let mut hashes = HashSet::new();
        for r in group {
            if hashes.insert(hasher.values(table, key, &r.values)) {
                distinct.push(r.values.clone());
            }
        }
        let found: HashSet<u128> =
            select_rows(conn, table, key, key, &distinct).await?.iter().map(|v| hasher.values(table, key, v)).collect();
        for r in group {
            if !found.contains(&hasher.values(table, key, &r.values)) {
                let what: Vec<String> = key
                    .iter()
                    .zip(&r.values)
                    .map(|(c, v)| format!("{} = {}", table.columns[*c].name, show(v)))
                    .collect();
                problems.push(SeedProblem::at(
                    &files[r.file as usize].shown,
                    r.line,
                    None,
                    Some(format!("field {:?}", r.field)),
                    format!("no {} with {} in the seed files or the database", table.name, what.join(", ")),
                ));
            }
        }
    }
    Ok(())
}
