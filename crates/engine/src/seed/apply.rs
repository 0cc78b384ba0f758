//! Writing seed rows: table by table in foreign-key order, each row matched by its key against
//! the database and classified as *inserted*, *updated* or *unchanged*; rows of the table that no
//! seed file has are *stale* (pruned with `--prune`). Deferred foreign keys are filled in a
//! second pass. With `dry_run` everything is read and classified, nothing is written.

use super::generate::{self, Generators};
use super::plan::{DefaultPlan, SeedPlan, TablePlan};
use super::prepare::{Lookup, SeedRow};
use super::resolve::{canon, decode_rows, select_rows};
use super::value::Value;
use super::{Progress, TableReport};
use database::bulk::BulkConnection;
use database::SqlValue;
use sql_schema::Dialect;
use std::collections::HashMap;

/// Rows per progress step (and per call to the bulk writer).
const STEP_ROWS: usize = 20_000;

/// Counts per seed file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Rows inserted.
    pub inserted: usize,
    /// Rows updated.
    pub updated: usize,
    /// Rows already as in the file.
    pub unchanged: usize,
    /// Rows deleted by `--prune` (attributed to the table's last file).
    pub pruned: usize,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Insert,
    Update,
    Unchanged,
}

/// The state of one run over the active tables.
pub struct Apply<'a> {
    /// The connection (inside the run's transaction unless dry).
    pub conn: &'a mut BulkConnection,
    /// The plan.
    pub plan: &'a SeedPlan,
    /// Clock and randomness.
    pub generators: &'a mut dyn Generators,
    /// Progress callback.
    pub progress: &'a mut dyn FnMut(&Progress),
    /// Read and classify only.
    pub dry_run: bool,
    /// Delete stale rows.
    pub prune: bool,
    /// Final values of each processed table's seed rows (by table).
    finals: Vec<Option<Vec<Vec<Option<Value>>>>>,
    classes: Vec<Vec<Class>>,
    cuid_counter: u64,
}

impl<'a> Apply<'a> {
    /// A run over `plan`.
    pub fn new(
        conn: &'a mut BulkConnection,
        plan: &'a SeedPlan,
        generators: &'a mut dyn Generators,
        progress: &'a mut dyn FnMut(&Progress),
        dry_run: bool,
        prune: bool,
    ) -> Self {
        let n = plan.tables.len();
        Apply {
            conn,
            plan,
            generators,
            progress,
            dry_run,
            prune,
            finals: vec![None; n],
            classes: vec![Vec::new(); n],
            cuid_counter: 0,
        }
    }

    /// Seeds the `active` tables (in plan order) from `rows`; returns a report per table and
    /// counts per file.
    pub async fn run(
        &mut self,
        rows: &[Vec<SeedRow>],
        active: &[bool],
        file_count: usize,
    ) -> Result<(Vec<TableReport>, Vec<Counts>), database::Error> {
        let mut reports = Vec::new();
        let mut counts = vec![Counts::default(); file_count];
        let mut stale_keys: Vec<(usize, Vec<Vec<Value>>)> = Vec::new();
        for &t in &self.plan.order {
            if !active[t] {
                continue;
            }
            let (report, stale) = self.table(t, &rows[t], &mut counts).await?;
            reports.push(report);
            stale_keys.push((t, stale));
        }
        self.second_pass(rows, active, &mut counts, &mut reports).await?;
        for (t, stale) in stale_keys.iter().rev() {
            let table = &self.plan.tables[*t];
            if self.prune && !stale.is_empty() {
                if !self.dry_run {
                    let identity = table.identity().to_vec();
                    let names: Vec<&str> = identity.iter().map(|c| table.columns[*c].db_name.as_str()).collect();
                    let dialect = self.conn.dialect();
                    let keys: Vec<Vec<SqlValue>> = stale
                        .iter()
                        .map(|k| {
                            k.iter().zip(&identity).map(|(v, c)| table.columns[*c].kind.encode(v, dialect)).collect()
                        })
                        .collect();
                    self.conn.delete(&table.quoted, &names, &keys).await?;
                }
                if let Some(r) = reports.iter_mut().find(|r| r.model == table.name) {
                    r.pruned = stale.len();
                }
                if let Some(last) = rows[*t].iter().map(|r| r.file).max() {
                    counts[last].pruned = stale.len();
                }
            }
        }
        Ok((reports, counts))
    }

    async fn table(
        &mut self,
        t: usize,
        rows: &[SeedRow],
        counts: &mut [Counts],
    ) -> Result<(TableReport, Vec<Vec<Value>>), database::Error> {
        let plan = self.plan;
        let table = &plan.tables[t];
        let dialect = self.conn.dialect();
        let all: Vec<usize> = (0..table.columns.len()).collect();
        let deferred_columns: Vec<usize> =
            table.relations.iter().filter(|r| r.deferred).flat_map(|r| r.columns.iter().copied()).collect();

        // 1. Values from the file, with lookups of non-deferred relations resolved.
        let mut values: Vec<Vec<Option<Value>>> = rows.iter().map(|r| r.given.clone()).collect();
        for (ri, relation) in table.relations.iter().enumerate() {
            if relation.deferred {
                // Written NULL now, filled by the second pass.
                continue;
            }
            let resolved = self.resolve(t, ri, rows).await?;
            for (i, r) in resolved.into_iter().enumerate() {
                if let Some(r) = r {
                    for (c, v) in relation.columns.iter().zip(r) {
                        values[i][*c] = v;
                    }
                }
            }
        }

        // 2. Match rows by key.
        let mut existing: Vec<Option<Vec<Value>>> = vec![None; rows.len()];
        let mut groups: HashMap<Vec<usize>, Vec<usize>> = HashMap::new();
        for (i, r) in rows.iter().enumerate() {
            if r.key.iter().all(|c| matches!(&values[i][*c], Some(v) if *v != Value::Null)) {
                groups.entry(r.key.clone()).or_default().push(i);
            }
        }
        let mut groups: Vec<_> = groups.into_iter().collect();
        groups.sort();
        for (key, members) in groups {
            let keys: Vec<Vec<Value>> = members
                .iter()
                .map(|i| key.iter().map(|c| values[*i][*c].clone().unwrap_or(Value::Null)).collect())
                .collect();
            let found = select_rows(self.conn, table, &all, &key, &keys).await?;
            let by_key: HashMap<String, Vec<Value>> = found
                .into_iter()
                .map(|row| (canon(&key.iter().map(|c| row[*c].clone()).collect::<Vec<_>>()), row))
                .collect();
            for (i, k) in members.iter().zip(&keys) {
                existing[*i] = by_key.get(&canon(k)).cloned();
            }
        }

        // 3. Classify, and complete each row's final values.
        let now = self.generators.now_micros();
        let mut classes = Vec::with_capacity(rows.len());
        let mut finals: Vec<Vec<Option<Value>>> = Vec::with_capacity(rows.len());
        let mut report = TableReport { model: table.name.clone(), ..TableReport::default() };
        for (i, row) in rows.iter().enumerate() {
            let class;
            let mut fin: Vec<Option<Value>>;
            match &existing[i] {
                Some(db) => {
                    fin = db.iter().cloned().map(Some).collect();
                    let changed = (0..table.columns.len()).any(|c| {
                        !deferred_columns.contains(&c)
                            && matches!(&values[i][c], Some(v) if !table.columns[c].kind.same(&db[c], v))
                    });
                    for (c, v) in values[i].iter().enumerate() {
                        if let (Some(v), false) = (v, deferred_columns.contains(&c)) {
                            fin[c] = Some(v.clone());
                        }
                    }
                    class = if changed { Class::Update } else { Class::Unchanged };
                    if changed {
                        for (c, column) in table.columns.iter().enumerate() {
                            if column.updated_at && values[i][c].is_none() {
                                fin[c] = Some(Value::DateTime(now));
                            }
                        }
                    }
                }
                None => {
                    class = Class::Insert;
                    fin = values[i].clone();
                    for c in &deferred_columns {
                        fin[*c] = Some(Value::Null);
                    }
                    for (c, column) in table.columns.iter().enumerate() {
                        if fin[c].is_some() {
                            continue;
                        }
                        fin[c] = match &column.default {
                            DefaultPlan::Database => None,
                            _ if column.updated_at => Some(Value::DateTime(now)),
                            DefaultPlan::None => Some(Value::Null),
                            DefaultPlan::Literal(v) => Some(v.clone()),
                            DefaultPlan::Now => Some(Value::DateTime(now)),
                            DefaultPlan::Uuid(7) => Some(Value::Text(generate::uuid_v7(self.generators))),
                            DefaultPlan::Uuid(_) => Some(Value::Text(generate::uuid_v4(self.generators))),
                            DefaultPlan::Cuid(2) => Some(Value::Text(generate::cuid_v2(self.generators))),
                            DefaultPlan::Cuid(_) => {
                                self.cuid_counter += 1;
                                Some(Value::Text(generate::cuid_v1(self.generators, self.cuid_counter)))
                            }
                            DefaultPlan::Nanoid(n) => Some(Value::Text(generate::nanoid(self.generators, *n))),
                            DefaultPlan::Ulid => Some(Value::Text(generate::ulid(self.generators))),
                        };
                    }
                }
            }
            let c = &mut counts[row.file];
            match class {
                Class::Insert => {
                    c.inserted += 1;
                    report.inserted += 1;
                }
                Class::Update => {
                    c.updated += 1;
                    report.updated += 1;
                }
                Class::Unchanged => {
                    c.unchanged += 1;
                    report.unchanged += 1;
                }
            }
            classes.push(class);
            finals.push(fin);
        }

        // 4. Stale rows: in the table, in no seed file.
        let identity = table.identity().to_vec();
        let mut stale = Vec::new();
        if !identity.is_empty() {
            let matched: std::collections::HashSet<String> = existing
                .iter()
                .flatten()
                .map(|db| canon(&identity.iter().map(|c| db[*c].clone()).collect::<Vec<_>>()))
                .collect();
            let select: Vec<String> = identity
                .iter()
                .map(|c| {
                    table.columns[*c].kind.select_expr(dialect, &dialect.quote_identifier(&table.columns[*c].db_name))
                })
                .collect();
            let sql = format!("SELECT {} FROM {}", select.join(", "), table.quoted);
            let all_rows = self.conn.query(&sql, &[]).await?;
            for key in decode_rows(table, &identity, &all_rows) {
                if !matched.contains(&canon(&key)) {
                    stale.push(key);
                }
            }
        }
        report.stale = stale.len();

        // 5. Write.
        if !self.dry_run {
            let inserts: Vec<usize> = (0..rows.len()).filter(|i| classes[*i] == Class::Insert).collect();
            self.write_inserts(table, &finals, &inserts).await?;
            let updates: Vec<usize> = (0..rows.len()).filter(|i| classes[*i] == Class::Update).collect();
            let set_of = |i: usize| -> Vec<usize> {
                (0..table.columns.len())
                    .filter(|c| !table.identity().contains(c) && !deferred_columns.contains(c))
                    .filter(|c| values[i][*c].is_some() || (table.columns[*c].updated_at && values[i][*c].is_none()))
                    .collect()
            };
            let mut by_set: Vec<(Vec<usize>, Vec<usize>)> = Vec::new();
            for i in updates {
                let set = set_of(i);
                match by_set.iter_mut().find(|(s, _)| *s == set) {
                    Some((_, members)) => members.push(i),
                    None => by_set.push((set, vec![i])),
                }
            }
            for (set, members) in by_set {
                self.write_updates(table, &finals, &members, &set, &rows[0].key).await?;
            }
        }
        self.finals[t] = Some(finals);
        self.classes[t] = classes;
        Ok((report, stale))
    }

    async fn write_inserts(
        &mut self,
        table: &TablePlan,
        finals: &[Vec<Option<Value>>],
        members: &[usize],
    ) -> Result<(), database::Error> {
        let dialect = self.conn.dialect();
        // Rows that leave different database-filled columns out go in different statements.
        let mut groups: Vec<(Vec<usize>, Vec<usize>)> = Vec::new();
        for &i in members {
            let columns: Vec<usize> = (0..table.columns.len()).filter(|c| finals[i][*c].is_some()).collect();
            match groups.iter_mut().find(|(c, _)| *c == columns) {
                Some((_, m)) => m.push(i),
                None => groups.push((columns, vec![i])),
            }
        }
        let total = members.len();
        let mut done = 0;
        for (columns, rows) in groups {
            let names: Vec<&str> = columns.iter().map(|c| table.columns[*c].db_name.as_str()).collect();
            for chunk in rows.chunks(STEP_ROWS) {
                let encoded: Vec<Vec<SqlValue>> = chunk
                    .iter()
                    .map(|i| {
                        columns
                            .iter()
                            .map(|c| {
                                table.columns[*c].kind.encode(finals[*i][*c].as_ref().unwrap_or(&Value::Null), dialect)
                            })
                            .collect()
                    })
                    .collect();
                self.conn.insert(&table.quoted, &names, &encoded).await?;
                done += chunk.len();
                (self.progress)(&Progress { table: table.name.clone(), done, total });
            }
            // Explicit values in a serial column: move its sequence past them (PostgreSQL).
            if dialect == Dialect::Postgres {
                for c in &columns {
                    let column = &table.columns[*c];
                    if column.default == DefaultPlan::Database
                        && matches!(column.kind, super::value::ColumnKind::Int | super::value::ColumnKind::BigInt)
                    {
                        let col = dialect.quote_identifier(&column.db_name);
                        let sql = format!(
                            "SELECT setval(s, m) FROM (SELECT pg_get_serial_sequence({}, {}) AS s, (SELECT MAX({col}) FROM {}) AS m) x WHERE s IS NOT NULL AND m IS NOT NULL",
                            dialect.quote_string(&table.quoted),
                            dialect.quote_string(&column.db_name),
                            table.quoted
                        );
                        self.conn.query(&sql, &[]).await?;
                    }
                }
            }
        }
        Ok(())
    }

    async fn write_updates(
        &mut self,
        table: &TablePlan,
        finals: &[Vec<Option<Value>>],
        members: &[usize],
        set: &[usize],
        _key: &[usize],
    ) -> Result<(), database::Error> {
        if set.is_empty() {
            return Ok(());
        }
        let dialect = self.conn.dialect();
        let columns: Vec<usize> =
            (0..table.columns.len()).filter(|c| members.iter().all(|i| finals[*i][*c].is_some())).collect();
        let names: Vec<&str> = columns.iter().map(|c| table.columns[*c].db_name.as_str()).collect();
        let identity: Vec<&str> = table.identity().iter().map(|c| table.columns[*c].db_name.as_str()).collect();
        let set_names: Vec<&str> = set.iter().map(|c| table.columns[*c].db_name.as_str()).collect();
        for chunk in members.chunks(STEP_ROWS) {
            let encoded: Vec<Vec<SqlValue>> = chunk
                .iter()
                .map(|i| {
                    columns
                        .iter()
                        .map(|c| {
                            table.columns[*c].kind.encode(finals[*i][*c].as_ref().unwrap_or(&Value::Null), dialect)
                        })
                        .collect()
                })
                .collect();
            self.conn.update(&table.quoted, &names, &identity, &set_names, &encoded).await?;
        }
        Ok(())
    }

    /// The foreign key values of relation `ri` of table `t` for each row (`None`: the row does
    /// not give the relation; `Some(None…)` values unknown in a dry run).
    async fn resolve(
        &mut self,
        t: usize,
        ri: usize,
        rows: &[SeedRow],
    ) -> Result<Vec<Option<Vec<Option<Value>>>>, database::Error> {
        let plan = self.plan;
        let relation = &plan.tables[t].relations[ri];
        let target = &plan.tables[relation.target];
        let mut out: Vec<Option<Vec<Option<Value>>>> = vec![None; rows.len()];
        // Lookup columns → (canonical → referenced values) from the target's processed rows.
        let mut index: HashMap<Vec<usize>, HashMap<String, Vec<Option<Value>>>> = HashMap::new();
        let mut misses: HashMap<Vec<usize>, Vec<(usize, Vec<Value>)>> = HashMap::new();
        for (i, row) in rows.iter().enumerate() {
            match &row.lookups[ri] {
                None => {}
                Some(Lookup::Null) => out[i] = Some(vec![Some(Value::Null); relation.columns.len()]),
                Some(Lookup::By { columns, values }) => {
                    if *columns == relation.references {
                        out[i] = Some(values.iter().cloned().map(Some).collect());
                        continue;
                    }
                    let map = index.entry(columns.clone()).or_insert_with(|| {
                        let mut m = HashMap::new();
                        if let Some(finals) = &self.finals[relation.target] {
                            for f in finals {
                                let key: Option<Vec<Value>> = columns.iter().map(|c| f[*c].clone()).collect();
                                let refs: Vec<Option<Value>> =
                                    relation.references.iter().map(|c| f[*c].clone()).collect();
                                if let (Some(key), true) = (key, refs.iter().all(Option::is_some)) {
                                    m.insert(canon(&key), refs);
                                }
                            }
                        }
                        m
                    });
                    match map.get(&canon(values)) {
                        Some(refs) => out[i] = Some(refs.clone()),
                        None => misses.entry(columns.clone()).or_default().push((i, values.clone())),
                    }
                }
            }
        }
        let mut misses: Vec<_> = misses.into_iter().collect();
        misses.sort_by(|a, b| a.0.cmp(&b.0));
        for (columns, items) in misses {
            let mut wanted: Vec<usize> = relation.references.clone();
            wanted.extend(columns.iter().copied());
            let keys: Vec<Vec<Value>> = items.iter().map(|(_, v)| v.clone()).collect();
            let found = select_rows(self.conn, target, &wanted, &columns, &keys).await?;
            let n = relation.references.len();
            let map: HashMap<String, Vec<Value>> =
                found.into_iter().map(|r| (canon(&r[n..]), r[..n].to_vec())).collect();
            for (i, values) in items {
                out[i] = Some(match map.get(&canon(&values)) {
                    Some(refs) => refs.iter().cloned().map(Some).collect(),
                    // Only in a dry run: the target row is not written yet.
                    None => vec![None; n],
                });
            }
        }
        Ok(out)
    }

    /// Fills deferred foreign keys once every table is written.
    async fn second_pass(
        &mut self,
        rows: &[Vec<SeedRow>],
        active: &[bool],
        counts: &mut [Counts],
        reports: &mut [TableReport],
    ) -> Result<(), database::Error> {
        let plan = self.plan;
        for &t in &plan.order {
            let table = &plan.tables[t];
            if !active[t] || !table.relations.iter().any(|r| r.deferred) {
                continue;
            }
            let mut changed: Vec<usize> = Vec::new();
            let mut set: Vec<usize> = Vec::new();
            for (ri, relation) in table.relations.iter().enumerate() {
                if !relation.deferred {
                    continue;
                }
                let mut resolved = self.resolve(t, ri, &rows[t]).await?;
                // Raw foreign keys of deferred relations are written in this pass too.
                for (i, row) in rows[t].iter().enumerate() {
                    if resolved[i].is_none() && relation.columns.iter().any(|c| row.given[*c].is_some()) {
                        resolved[i] = Some(relation.columns.iter().map(|c| row.given[*c].clone()).collect());
                    }
                }
                let Some(finals) = self.finals[t].as_mut() else { continue };
                for (i, r) in resolved.into_iter().enumerate() {
                    let Some(r) = r else { continue };
                    let mut differs = false;
                    for (c, v) in relation.columns.iter().zip(r) {
                        let v = v.unwrap_or(Value::Null);
                        let current = finals[i][*c].clone().unwrap_or(Value::Null);
                        if !table.columns[*c].kind.same(&current, &v) {
                            differs = true;
                        }
                        finals[i][*c] = Some(v);
                    }
                    if differs {
                        changed.push(i);
                        set.extend(relation.columns.iter().copied());
                    }
                }
            }
            changed.sort_unstable();
            changed.dedup();
            set.sort_unstable();
            set.dedup();
            let report = reports.iter_mut().find(|r| r.model == table.name);
            let mut newly_updated = 0;
            for &i in &changed {
                if self.classes[t][i] == Class::Unchanged {
                    self.classes[t][i] = Class::Update;
                    let c = &mut counts[rows[t][i].file];
                    c.unchanged -= 1;
                    c.updated += 1;
                    newly_updated += 1;
                }
            }
            if let Some(report) = report {
                report.unchanged -= newly_updated;
                report.updated += newly_updated;
            }
            if !self.dry_run && !changed.is_empty() {
                // Rows inserted moments ago with NULL have every column known except those the
                // database filled: read those back so the update statement has full rows.
                self.complete_from_database(t, &changed).await?;
                let finals = self.finals[t].take().unwrap_or_default();
                let result = self.write_updates(table, &finals, &changed, &set, &[]).await;
                self.finals[t] = Some(finals);
                result?;
            }
        }
        Ok(())
    }

    /// Fills unknown final values (database defaults of inserted rows) by reading the rows back
    /// by a unique key whose values are known.
    async fn complete_from_database(&mut self, t: usize, members: &[usize]) -> Result<(), database::Error> {
        let plan = self.plan;
        let table = &plan.tables[t];
        let Some(finals) = self.finals[t].as_ref() else { return Ok(()) };
        let incomplete: Vec<usize> =
            members.iter().copied().filter(|i| finals[*i].iter().any(Option::is_none)).collect();
        if incomplete.is_empty() {
            return Ok(());
        }
        let key = table
            .keys()
            .find(|k| {
                incomplete.iter().all(|i| k.iter().all(|c| finals[*i][*c].as_ref().is_some_and(|v| *v != Value::Null)))
            })
            .map(<[usize]>::to_vec);
        let Some(key) = key else { return Ok(()) };
        let all: Vec<usize> = (0..table.columns.len()).collect();
        let keys: Vec<Vec<Value>> = incomplete
            .iter()
            .map(|i| key.iter().map(|c| finals[*i][*c].clone().unwrap_or(Value::Null)).collect())
            .collect();
        let found = select_rows(self.conn, table, &all, &key, &keys).await?;
        let by_key: HashMap<String, Vec<Value>> =
            found.into_iter().map(|r| (canon(&key.iter().map(|c| r[*c].clone()).collect::<Vec<_>>()), r)).collect();
        let finals = self.finals[t].as_mut().expect("checked above");
        for (i, k) in incomplete.iter().zip(keys) {
            if let Some(db) = by_key.get(&canon(&k)) {
                for (c, v) in db.iter().enumerate() {
                    if finals[*i][c].is_none() {
                        finals[*i][c] = Some(v.clone());
                    }
                }
            }
        }
        Ok(())
    }
}
