//! Writing seed rows, streamed from their files in batches: table by table in foreign-key
//! order, each row matched by its key against the database and classified as *inserted*,
//! *updated* or *unchanged*; rows of the table that no seed file has are *stale* (pruned with
//! `--prune`). Deferred foreign keys are filled in a second pass over the files, and the join
//! tables of implicit many-to-many relations in a third. With `dry_run` everything is read and
//! classified, nothing is written.
//!
//! The files were validated by the first pass ([`super::validate`]); each is read again here and
//! must still have the checksum it had then.

use super::generate::{self, Generators};
use super::load::SeedFile;
use super::plan::{DefaultPlan, SeedPlan, TablePlan};
use super::prepare::{Lookup, RowReader, SeedRow};
use super::resolve::{decode_rows, select_rows, KeyHasher};
use super::validate::{Index, RowCache};
use super::value::Value;
use super::{Progress, SeedError, SeedProblem, TableReport};
use database::bulk::BulkConnection;
use database::SqlValue;
use sql_schema::Dialect;
use std::collections::{HashMap, HashSet};

/// Rows read, matched and written together (and per progress step).
const BATCH_ROWS: usize = 10_000;

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

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
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
    /// The files, validated.
    pub files: &'a [SeedFile],
    /// What validation learned.
    pub index: &'a Index,
    /// Rows kept from validation (taken by the first read of each file).
    cache: &'a mut RowCache,
    /// Key hashing.
    pub hasher: &'a KeyHasher,
    /// Classes of rows of tables with deferred relations, by file and row index.
    classes: HashMap<usize, Vec<Class>>,
    cuid_counter: u64,
}

/// Stale rows of a table: identities, for `--prune`.
type Stale = Vec<Vec<Value>>;

impl<'a> Apply<'a> {
    /// A run over `plan`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        conn: &'a mut BulkConnection,
        plan: &'a SeedPlan,
        files: &'a [SeedFile],
        index: &'a Index,
        cache: &'a mut RowCache,
        hasher: &'a KeyHasher,
        generators: &'a mut dyn Generators,
        progress: &'a mut dyn FnMut(&Progress),
        dry_run: bool,
        prune: bool,
    ) -> Self {
        Apply {
            conn,
            plan,
            generators,
            progress,
            dry_run,
            prune,
            files,
            index,
            cache,
            hasher,
            classes: HashMap::new(),
            cuid_counter: 0,
        }
    }

    /// Seeds the `active` tables (in plan order); returns a report per table (join tables
    /// last) and counts per file.
    pub async fn run(&mut self, active: &[bool]) -> Result<(Vec<TableReport>, Vec<Counts>), SeedError> {
        let mut reports = Vec::new();
        let mut counts = vec![Counts::default(); self.files.len()];
        let mut stale_keys: Vec<(usize, Stale)> = Vec::new();
        for &t in &self.plan.order {
            if !active[t] {
                continue;
            }
            let (report, stale) = self.table(t, &mut counts).await?;
            reports.push(report);
            stale_keys.push((t, stale));
        }
        self.second_pass(active, &mut counts, &mut reports).await?;
        let mut join_stale = Vec::new();
        for j in 0..self.plan.joins.len() {
            let linked = self
                .plan
                .tables
                .iter()
                .enumerate()
                .any(|(t, table)| active[t] && table.links.iter().any(|l| l.join == j));
            if linked && self.index.joins_listed[j] {
                let (report, stale) = self.join(j).await?;
                reports.push(report);
                join_stale.push((j, stale));
            }
        }
        if self.prune {
            let dialect = self.conn.dialect();
            for (j, stale) in &join_stale {
                if stale.is_empty() {
                    continue;
                }
                let join = &self.plan.joins[*j];
                if !self.dry_run {
                    let (ta, ca) = join.a;
                    let (tb, cb) = join.b;
                    let kinds = [&self.plan.tables[ta].columns[ca].kind, &self.plan.tables[tb].columns[cb].kind];
                    let keys: Vec<Vec<SqlValue>> = stale
                        .iter()
                        .map(|k| k.iter().zip(kinds).map(|(v, kind)| kind.encode(v, dialect)).collect())
                        .collect();
                    self.conn.delete(&join.quoted, &["A", "B"], &keys).await?;
                }
                if let Some(r) = reports.iter_mut().find(|r| r.model == join.name) {
                    r.pruned = stale.len();
                }
            }
        }
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
                if let Some(last) = (0..self.files.len()).rev().find(|f| self.files[*f].table == *t) {
                    counts[last].pruned = stale.len();
                }
            }
        }
        Ok((reports, counts))
    }

    async fn table(&mut self, t: usize, counts: &mut [Counts]) -> Result<(TableReport, Stale), SeedError> {
        let plan = self.plan;
        let table = &plan.tables[t];
        let dialect = self.conn.dialect();
        // Every row of the table by identity: what is not matched is stale.
        let identity = table.identity().to_vec();
        let mut present: HashMap<u128, Vec<Value>> = HashMap::new();
        if !identity.is_empty() {
            let select: Vec<String> = identity
                .iter()
                .map(|c| {
                    table.columns[*c].kind.select_expr(dialect, &dialect.quote_identifier(&table.columns[*c].db_name))
                })
                .collect();
            let sql = format!("SELECT {} FROM {}", select.join(", "), table.quoted);
            let all_rows = self.conn.query(&sql, &[]).await?;
            for key in decode_rows(table, &identity, &all_rows) {
                present.insert(self.hasher.values(table, &identity, &key), key);
            }
        }
        let mut state = TableState {
            t,
            was_empty: present.is_empty() && !identity.is_empty(),
            present,
            report: TableReport { model: table.name.clone(), ..TableReport::default() },
            counts: vec![Counts::default(); self.files.len()],
            done: 0,
            total: self.index.table_rows[t],
        };
        let has_deferred = table.relations.iter().any(|r| r.deferred);
        if has_deferred {
            for (fi, f) in self.files.iter().enumerate() {
                if f.table == t {
                    self.classes.insert(fi, vec![Class::Insert; f.rows]);
                }
            }
        }
        let mut batches = Batches::new(t);
        while let Some((fi, batch)) = batches.next(self.plan, self.files, self.index, self.cache)? {
            self.batch(&mut state, fi, batch).await?;
        }
        for (c, n) in counts.iter_mut().zip(&state.counts) {
            c.inserted += n.inserted;
            c.updated += n.updated;
            c.unchanged += n.unchanged;
        }
        let stale: Stale = state.present.into_values().collect();
        state.report.stale = stale.len();
        Ok((state.report, stale))
    }

    /// One batch of table rows: resolve, match, classify, write.
    async fn batch(&mut self, s: &mut TableState, fi: usize, mut rows: Vec<SeedRow>) -> Result<(), SeedError> {
        let plan = self.plan;
        let t = s.t;
        let table = &plan.tables[t];
        let all: Vec<usize> = (0..table.columns.len()).collect();
        let deferred_columns: Vec<usize> =
            table.relations.iter().filter(|r| r.deferred).flat_map(|r| r.columns.iter().copied()).collect();
        let mut values = self.values(t, &mut rows, false).await?;

        // Match rows by key (an empty table has nothing to match).
        let mut existing: Vec<Option<Vec<Value>>> = vec![None; rows.len()];
        if !s.was_empty {
            let mut groups: HashMap<&[usize], Vec<usize>> = HashMap::new();
            for (i, r) in rows.iter().enumerate() {
                if r.key.iter().all(|c| matches!(&values[i][*c], Some(v) if *v != Value::Null)) {
                    groups.entry(r.key.as_slice()).or_default().push(i);
                }
            }
            let mut groups: Vec<_> = groups.into_iter().collect();
            groups.sort();
            for (key, members) in groups {
                let keys: Vec<Vec<Value>> = members
                    .iter()
                    .map(|i| key.iter().map(|c| values[*i][*c].clone().unwrap_or(Value::Null)).collect())
                    .collect();
                let found = select_rows(self.conn, table, &all, key, &keys).await?;
                let mut by_key: HashMap<u128, Vec<Value>> = found
                    .into_iter()
                    .map(|row| (self.hasher.values(table, key, key.iter().map(|c| &row[*c])), row))
                    .collect();
                for (i, k) in members.iter().zip(&keys) {
                    existing[*i] = by_key.remove(&self.hasher.values(table, key, k));
                }
            }
        }

        // Classify, and complete each row's final values.
        let now = self.generators.now_micros();
        let identity = table.identity();
        let mut classes = Vec::with_capacity(rows.len());
        let mut finals: Vec<Vec<Option<Value>>> = Vec::with_capacity(rows.len());
        for (i, row) in rows.iter().enumerate() {
            let class;
            let mut fin: Vec<Option<Value>>;
            match existing[i].take() {
                Some(db) => {
                    s.present.remove(&self.hasher.values(table, identity, identity.iter().map(|c| &db[*c])));
                    let changed = (0..table.columns.len()).any(|c| {
                        !deferred_columns.contains(&c)
                            && matches!(&values[i][c], Some(v) if !table.columns[c].kind.same(&db[c], v))
                    });
                    fin = db.into_iter().map(Some).collect();
                    for (c, v) in values[i].iter_mut().enumerate() {
                        if v.is_some() && !deferred_columns.contains(&c) {
                            fin[c] = v.clone();
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
                    fin = std::mem::take(&mut values[i]);
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
            let c = &mut s.counts[row.file];
            match class {
                Class::Insert => {
                    c.inserted += 1;
                    s.report.inserted += 1;
                }
                Class::Update => {
                    c.updated += 1;
                    s.report.updated += 1;
                }
                Class::Unchanged => {
                    c.unchanged += 1;
                    s.report.unchanged += 1;
                }
            }
            if let Some(classes) = self.classes.get_mut(&fi) {
                if let Some(slot) = classes.get_mut(row.index as usize) {
                    *slot = class;
                }
            }
            classes.push(class);
            finals.push(fin);
        }

        if !self.dry_run {
            let inserts: Vec<usize> = (0..rows.len()).filter(|i| classes[*i] == Class::Insert).collect();
            let updates: Vec<usize> = (0..rows.len()).filter(|i| classes[*i] == Class::Update).collect();
            // Which columns each update sets: those the file gives, and `@updatedAt`.
            let mut by_set: Vec<(Vec<usize>, Vec<usize>)> = Vec::new();
            for &i in &updates {
                // What the file gives (lookups resolved), and `@updatedAt`.
                let set: Vec<usize> = (0..table.columns.len())
                    .filter(|c| !identity.contains(c) && !deferred_columns.contains(c))
                    .filter(|c| values[i][*c].is_some() || table.columns[*c].updated_at)
                    .collect();
                match by_set.iter_mut().find(|(s, _)| *s == set) {
                    Some((_, members)) => members.push(i),
                    None => by_set.push((set, vec![i])),
                }
            }
            self.write_inserts(table, &mut finals, &inserts).await?;
            for (set, members) in by_set {
                self.write_updates(table, &finals, &members, &set).await?;
            }
        }
        s.done += rows.len();
        (self.progress)(&Progress { table: table.name.clone(), done: s.done, total: s.total });
        Ok(())
    }

    /// Each row's values (moved out of the rows): what the file gives, with lookups of relations resolved (the
    /// non-deferred ones, or with `deferred` all of them).
    async fn values(
        &mut self,
        t: usize,
        rows: &mut [SeedRow],
        deferred: bool,
    ) -> Result<Vec<Vec<Option<Value>>>, SeedError> {
        let table = &self.plan.tables[t];
        let mut values: Vec<Vec<Option<Value>>> = rows.iter_mut().map(|r| std::mem::take(&mut r.given)).collect();
        for (ri, relation) in table.relations.iter().enumerate() {
            if relation.deferred && !deferred {
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
        Ok(values)
    }

    async fn write_inserts(
        &mut self,
        table: &TablePlan,
        finals: &mut [Vec<Option<Value>>],
        members: &[usize],
    ) -> Result<(), SeedError> {
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
        for (columns, rows) in groups {
            let names: Vec<&str> = columns.iter().map(|c| table.columns[*c].db_name.as_str()).collect();
            let encoded: Vec<Vec<SqlValue>> = rows
                .iter()
                .map(|i| {
                    columns
                        .iter()
                        .map(|c| {
                            table.columns[*c].kind.encode_owned(finals[*i][*c].take().unwrap_or(Value::Null), dialect)
                        })
                        .collect()
                })
                .collect();
            self.conn.insert(&table.quoted, &names, &encoded).await?;
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
    ) -> Result<(), SeedError> {
        if set.is_empty() {
            return Ok(());
        }
        let dialect = self.conn.dialect();
        let columns: Vec<usize> =
            (0..table.columns.len()).filter(|c| members.iter().all(|i| finals[*i][*c].is_some())).collect();
        let names: Vec<&str> = columns.iter().map(|c| table.columns[*c].db_name.as_str()).collect();
        let identity: Vec<&str> = table.identity().iter().map(|c| table.columns[*c].db_name.as_str()).collect();
        let set_names: Vec<&str> = set.iter().map(|c| table.columns[*c].db_name.as_str()).collect();
        let encoded: Vec<Vec<SqlValue>> = members
            .iter()
            .map(|i| {
                columns
                    .iter()
                    .map(|c| table.columns[*c].kind.encode(finals[*i][*c].as_ref().unwrap_or(&Value::Null), dialect))
                    .collect()
            })
            .collect();
        self.conn.update(&table.quoted, &names, &identity, &set_names, &encoded).await?;
        Ok(())
    }

    /// The foreign key values of relation `ri` of table `t` for each row (`None`: the row does
    /// not give the relation; `Some(None…)`: values unknown, in a dry run). Lookups are read
    /// from the database: their targets were written earlier in this transaction.
    async fn resolve(
        &mut self,
        t: usize,
        ri: usize,
        rows: &[SeedRow],
    ) -> Result<Vec<Option<Vec<Option<Value>>>>, SeedError> {
        let plan = self.plan;
        let relation = &plan.tables[t].relations[ri];
        let mut out: Vec<Option<Vec<Option<Value>>>> = vec![None; rows.len()];
        let mut misses: HashMap<&[usize], Vec<(usize, &[Value])>> = HashMap::new();
        for (i, row) in rows.iter().enumerate() {
            match &row.lookups[ri] {
                None => {}
                Some(Lookup::Null) => out[i] = Some(vec![Some(Value::Null); relation.columns.len()]),
                Some(Lookup::By { columns, values }) => {
                    if *columns == relation.references {
                        out[i] = Some(values.iter().cloned().map(Some).collect());
                    } else {
                        misses.entry(columns.as_slice()).or_default().push((i, values.as_slice()));
                    }
                }
            }
        }
        let mut misses: Vec<_> = misses.into_iter().collect();
        misses.sort_by(|a, b| a.0.cmp(b.0));
        for (columns, items) in misses {
            let found = self.lookup(relation.target, &relation.references, columns, &items).await?;
            for ((i, _), refs) in items.iter().zip(found) {
                out[*i] = Some(
                    refs.map_or_else(|| vec![None; relation.references.len()], |r| r.into_iter().map(Some).collect()),
                );
            }
        }
        Ok(out)
    }

    /// Reads `wanted` columns of the rows of table `target` whose `columns` equal each item's
    /// values (`None`: no such row, which validation rules out except in a dry run).
    async fn lookup(
        &mut self,
        target: usize,
        wanted: &[usize],
        columns: &[usize],
        items: &[(usize, &[Value])],
    ) -> Result<Vec<Option<Vec<Value>>>, SeedError> {
        let table = &self.plan.tables[target];
        let mut select: Vec<usize> = wanted.to_vec();
        select.extend(columns.iter().copied());
        let mut keys: Vec<Vec<Value>> = Vec::new();
        let mut seen = HashSet::new();
        for (_, v) in items {
            if seen.insert(self.hasher.values(table, columns, v.iter())) {
                keys.push(v.to_vec());
            }
        }
        let found = select_rows(self.conn, table, &select, columns, &keys).await?;
        let n = wanted.len();
        let map: HashMap<u128, Vec<Value>> =
            found.into_iter().map(|r| (self.hasher.values(table, columns, &r[n..]), r[..n].to_vec())).collect();
        Ok(items.iter().map(|(_, v)| map.get(&self.hasher.values(table, columns, v.iter())).cloned()).collect())
    }

    /// Fills deferred foreign keys once every table is written: the files of tables with
    /// deferred relations are read again, and rows whose deferred keys differ are updated.
    async fn second_pass(
        &mut self,
        active: &[bool],
        counts: &mut [Counts],
        reports: &mut [TableReport],
    ) -> Result<(), SeedError> {
        let plan = self.plan;
        for &t in &plan.order {
            let table = &plan.tables[t];
            if !active[t] || !table.relations.iter().any(|r| r.deferred) {
                continue;
            }
            let mut newly_updated = Vec::new();
            let mut batches = Batches::new(t);
            while let Some((fi, batch)) = batches.next(self.plan, self.files, self.index, self.cache)? {
                newly_updated.extend(self.deferred_batch(t, fi, batch).await?);
            }
            let report = reports.iter_mut().find(|r| r.model == table.name);
            let mut n = 0;
            for (fi, index) in &newly_updated {
                if let Some(class) = self.classes.get_mut(fi).and_then(|c| c.get_mut(*index as usize)) {
                    if *class == Class::Unchanged {
                        *class = Class::Update;
                        counts[*fi].unchanged -= 1;
                        counts[*fi].updated += 1;
                        n += 1;
                    }
                }
            }
            if let Some(report) = report {
                report.unchanged -= n;
                report.updated += n;
            }
        }
        Ok(())
    }

    /// One batch of the second pass; returns the (file, row index) of rows whose deferred keys
    /// changed.
    async fn deferred_batch(
        &mut self,
        t: usize,
        fi: usize,
        mut rows: Vec<SeedRow>,
    ) -> Result<Vec<(usize, u32)>, SeedError> {
        let plan = self.plan;
        let table = &plan.tables[t];
        let deferred: Vec<usize> =
            table.relations.iter().filter(|r| r.deferred).flat_map(|r| r.columns.iter().copied()).collect();
        let values = self.values(t, &mut rows, true).await?;
        // The rows as they are now, by key.
        let all: Vec<usize> = (0..table.columns.len()).collect();
        let mut current: Vec<Option<Vec<Value>>> = vec![None; rows.len()];
        let mut groups: HashMap<&[usize], Vec<usize>> = HashMap::new();
        for (i, r) in rows.iter().enumerate() {
            let gives = deferred.iter().any(|c| values[i][*c].is_some());
            if gives && r.key.iter().all(|c| matches!(&values[i][*c], Some(v) if *v != Value::Null)) {
                groups.entry(r.key.as_slice()).or_default().push(i);
            }
        }
        let mut groups: Vec<_> = groups.into_iter().collect();
        groups.sort();
        for (key, members) in groups {
            let keys: Vec<Vec<Value>> = members
                .iter()
                .map(|i| key.iter().map(|c| values[*i][*c].clone().unwrap_or(Value::Null)).collect())
                .collect();
            let found = select_rows(self.conn, table, &all, key, &keys).await?;
            let mut by_key: HashMap<u128, Vec<Value>> = found
                .into_iter()
                .map(|row| (self.hasher.values(table, key, key.iter().map(|c| &row[*c])), row))
                .collect();
            for (i, k) in members.iter().zip(&keys) {
                current[*i] = by_key.remove(&self.hasher.values(table, key, k));
            }
        }
        let mut changed = Vec::new();
        let mut finals: Vec<Vec<Option<Value>>> = Vec::new();
        for (i, row) in rows.iter().enumerate() {
            // In a dry run, rows to insert are not there: nothing to compare.
            let Some(db) = current[i].take() else { continue };
            let differs = deferred.iter().any(|c| match &values[i][*c] {
                Some(v) => !table.columns[*c].kind.same(&db[*c], v),
                None => false,
            });
            if differs {
                let mut fin: Vec<Option<Value>> = db.into_iter().map(Some).collect();
                for c in &deferred {
                    if let Some(v) = &values[i][*c] {
                        fin[*c] = Some(v.clone());
                    }
                }
                finals.push(fin);
                changed.push((fi, row.index));
            }
        }
        if !self.dry_run && !finals.is_empty() {
            let members: Vec<usize> = (0..finals.len()).collect();
            self.write_updates(table, &finals, &members, &deferred).await?;
        }
        Ok(changed)
    }

    /// Fills the join table `j` of an implicit many-to-many relation from the lists of both
    /// sides' files: missing pairs are inserted; pairs that no file has are stale.
    async fn join(&mut self, j: usize) -> Result<(TableReport, Stale), SeedError> {
        let plan = self.plan;
        let join = &plan.joins[j];
        let dialect = self.conn.dialect();
        let (ta, ca) = join.a;
        let (tb, cb) = join.b;
        let kind_a = &plan.tables[ta].columns[ca].kind;
        let kind_b = &plan.tables[tb].columns[cb].kind;
        let fold = (plan.tables[ta].columns[ca].fold, plan.tables[tb].columns[cb].fold);
        let pair_hash = |hasher: &KeyHasher, a: &Value, b: &Value| {
            let mut k = hasher.start();
            k.value(a, fold.0);
            k.value(b, fold.1);
            k.finish()
        };
        // The pairs in the table now.
        let sql = format!(
            "SELECT {}, {} FROM {}",
            kind_a.select_expr(dialect, &dialect.quote_identifier("A")),
            kind_b.select_expr(dialect, &dialect.quote_identifier("B")),
            join.quoted
        );
        let mut present: HashMap<u128, Vec<Value>> = HashMap::new();
        for row in self.conn.query(&sql, &[]).await? {
            let v = row.values();
            let a = v.first().map(|x| kind_a.decode(x).unwrap_or(Value::Null)).unwrap_or(Value::Null);
            let b = v.get(1).map(|x| kind_b.decode(x).unwrap_or(Value::Null)).unwrap_or(Value::Null);
            present.insert(pair_hash(self.hasher, &a, &b), vec![a, b]);
        }
        // The pairs the files list.
        let mut wanted: Vec<(Value, Value)> = Vec::new();
        let mut wanted_hashes: HashSet<u128> = HashSet::new();
        let mut report = TableReport { model: join.name.clone(), ..TableReport::default() };
        for (t, table) in plan.tables.iter().enumerate() {
            // Both fields of a self-relation are links of the same table.
            let links: Vec<usize> = (0..table.links.len()).filter(|li| table.links[*li].join == j).collect();
            for li in links {
                let mut pairs = Vec::new();
                let mut batches = Batches::new(t);
                while let Some((_, batch)) = batches.next(self.plan, self.files, self.index, self.cache)? {
                    pairs.extend(self.link_batch(t, li, batch).await?);
                }
                for (a, b) in pairs {
                    if wanted_hashes.insert(pair_hash(self.hasher, &a, &b)) {
                        wanted.push((a, b));
                    }
                }
            }
        }
        let mut inserts: Vec<Vec<SqlValue>> = Vec::new();
        for (a, b) in wanted {
            if present.remove(&pair_hash(self.hasher, &a, &b)).is_some() {
                report.unchanged += 1;
            } else {
                report.inserted += 1;
                inserts.push(vec![kind_a.encode(&a, dialect), kind_b.encode(&b, dialect)]);
            }
        }
        if !self.dry_run && !inserts.is_empty() {
            self.conn.insert(&join.quoted, &["A", "B"], &inserts).await?;
        }
        let stale: Stale = present.into_values().collect();
        report.stale = stale.len();
        Ok((report, stale))
    }

    /// The (A, B) pairs a batch of rows of table `t` lists through link `li` (pairs whose ids
    /// are unknown — rows not inserted in a dry run — are left out).
    async fn link_batch(&mut self, t: usize, li: usize, rows: Vec<SeedRow>) -> Result<Vec<(Value, Value)>, SeedError> {
        let plan = self.plan;
        let table = &plan.tables[t];
        let link = &table.links[li];
        let join = &plan.joins[link.join];
        let (own_id, target_id) = if link.this_is_a { (join.a.1, join.b.1) } else { (join.b.1, join.a.1) };
        let mut rows: Vec<SeedRow> = rows.into_iter().filter(|r| r.links[li].is_some()).collect();
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        // This row's id: given, or read by the row's key.
        let values = self.values(t, &mut rows, false).await?;
        let mut ids: Vec<Option<Value>> = values.iter().map(|v| v[own_id].clone()).collect();
        let mut by_key: HashMap<&[usize], Vec<(usize, Vec<Value>)>> = HashMap::new();
        for (i, r) in rows.iter().enumerate() {
            if ids[i].is_none() {
                let key: Option<Vec<Value>> = r.key.iter().map(|c| values[i][*c].clone()).collect();
                if let Some(key) = key {
                    by_key.entry(r.key.as_slice()).or_default().push((i, key));
                }
            }
        }
        for (key, items) in by_key {
            let refs: Vec<(usize, &[Value])> = items.iter().map(|(i, v)| (*i, v.as_slice())).collect();
            let found = self.lookup(t, &[own_id], key, &refs).await?;
            for ((i, _), f) in items.iter().zip(found) {
                ids[*i] = f.and_then(|v| v.into_iter().next());
            }
        }
        // The listed rows' ids.
        let mut targets: Vec<(usize, Lookup)> = Vec::new();
        for (i, r) in rows.iter().enumerate() {
            for l in r.links[li].iter().flatten() {
                targets.push((i, l.clone()));
            }
        }
        let mut target_ids: Vec<Option<Value>> = vec![None; targets.len()];
        let mut misses: HashMap<Vec<usize>, Vec<(usize, Vec<Value>)>> = HashMap::new();
        for (n, (_, l)) in targets.iter().enumerate() {
            if let Lookup::By { columns, values } = l {
                if columns.as_slice() == [target_id] {
                    target_ids[n] = values.first().cloned();
                } else {
                    misses.entry(columns.clone()).or_default().push((n, values.clone()));
                }
            }
        }
        for (columns, items) in misses {
            let refs: Vec<(usize, &[Value])> = items.iter().map(|(n, v)| (*n, v.as_slice())).collect();
            let found = self.lookup(link.target, &[target_id], &columns, &refs).await?;
            for ((n, _), f) in items.iter().zip(found) {
                target_ids[*n] = f.and_then(|v| v.into_iter().next());
            }
        }
        let mut pairs = Vec::new();
        for ((i, _), target) in targets.iter().zip(target_ids) {
            if let (Some(own), Some(other)) = (&ids[*i], target) {
                if *own == Value::Null || other == Value::Null {
                    continue;
                }
                pairs.push(if link.this_is_a { (own.clone(), other) } else { (other, own.clone()) });
            }
        }
        Ok(pairs)
    }
}

/// The rows of table `t`'s files in batches of [`BATCH_ROWS`] (replaced rows left out). Each
/// file must still have the checksum validation saw.
struct Batches {
    t: usize,
    next_file: usize,
    reader: Option<(usize, Source)>,
}

/// Where a file's rows come from: kept by validation, or read again.
enum Source {
    Kept(std::vec::IntoIter<SeedRow>),
    File(Box<RowReader>),
}

impl Batches {
    fn new(t: usize) -> Self {
        Batches { t, next_file: 0, reader: None }
    }

    fn next(
        &mut self,
        plan: &SeedPlan,
        files: &[SeedFile],
        index: &Index,
        cache: &mut RowCache,
    ) -> Result<Option<(usize, Vec<SeedRow>)>, SeedError> {
        loop {
            let (fi, source) = match &mut self.reader {
                Some((fi, source)) => (*fi, source),
                None => {
                    let Some(fi) = (self.next_file..files.len()).find(|f| files[*f].table == self.t) else {
                        return Ok(None);
                    };
                    self.next_file = fi + 1;
                    let source = match cache[fi].take() {
                        Some(rows) => Source::Kept(rows.into_iter()),
                        None => Source::File(Box::new(
                            RowReader::open(&files[fi]).map_err(|p| SeedError::Problems { problems: vec![p] })?,
                        )),
                    };
                    let (_, source) = self.reader.insert((fi, source));
                    (fi, source)
                }
            };
            let file = &files[fi];
            let key = index.file_keys[fi].as_deref();
            let mut problems = Vec::new();
            let mut batch = Vec::with_capacity(BATCH_ROWS.min(file.rows));
            let mut ended = false;
            while batch.len() < BATCH_ROWS {
                let row = match source {
                    Source::Kept(rows) => rows.next(),
                    Source::File(reader) => match reader.next(plan, fi, file, key, &mut problems) {
                        Ok(Some(Some(row))) => Some(row),
                        Ok(Some(None)) | Err(_) => return Err(changed(file)),
                        Ok(None) => {
                            if reader.checksum() != file.checksum {
                                return Err(changed(file));
                            }
                            None
                        }
                    },
                };
                match row {
                    Some(row) if !index.replaced.contains(&(fi as u32, row.index)) => batch.push(row),
                    Some(_) => {}
                    None => {
                        ended = true;
                        break;
                    }
                }
            }
            if ended {
                self.reader = None;
            }
            if !batch.is_empty() {
                return Ok(Some((fi, batch)));
            }
        }
    }
}

/// Per-table state while its batches are written.
struct TableState {
    t: usize,
    was_empty: bool,
    /// Rows of the table by identity hash, not matched yet.
    present: HashMap<u128, Vec<Value>>,
    report: TableReport,
    counts: Vec<Counts>,
    done: usize,
    total: usize,
}

fn changed(file: &SeedFile) -> SeedError {
    SeedError::Problems {
        problems: vec![SeedProblem::file(
            &file.shown,
            "the file changed while it was being seeded; nothing was written".to_owned(),
        )],
    }
}
