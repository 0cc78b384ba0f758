//! SQLite: four queries joining `sqlite_master` with the table-valued pragma functions
//! (`pragma_table_xinfo`, `pragma_index_list` + `pragma_index_xinfo`,
//! `pragma_foreign_key_list`), whatever the number of tables. Check constraints are found in
//! the `CREATE TABLE` text, which is the only place SQLite keeps them.

use super::*;
use crate::row::Row;

const OBJECTS: &str = "SELECT type, name, tbl_name, sql FROM sqlite_master \
                       WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name";

const COLUMNS: &str =
    "SELECT m.type AS object_type, m.name AS table_name, p.cid AS cid, p.name AS column_name, p.type AS type, \
                       p.\"notnull\" AS not_null, p.dflt_value AS default_value, p.pk AS pk, p.hidden AS hidden \
                       FROM sqlite_master m JOIN pragma_table_xinfo(m.name) p \
                       WHERE m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' \
                       ORDER BY m.name, p.cid";

const INDEXES: &str = "SELECT m.name AS table_name, il.name AS index_name, il.\"unique\" AS is_unique, \
                       il.origin AS origin, il.partial AS partial, il.seq AS index_seq, ii.seqno AS seqno, ii.cid AS cid, \
                       ii.name AS column_name, ii.\"desc\" AS is_desc \
                       FROM sqlite_master m JOIN pragma_index_list(m.name) il JOIN pragma_index_xinfo(il.name) ii \
                       WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND ii.\"key\" = 1 \
                       ORDER BY m.name, il.seq, ii.seqno";

const FOREIGN_KEYS: &str = "SELECT m.name AS table_name, fk.id AS id, fk.seq AS seq, \
                            fk.\"table\" AS referenced_table, fk.\"from\" AS column_name, \
                            fk.\"to\" AS referenced_column, fk.on_update AS on_update, fk.on_delete AS on_delete \
                            FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) fk \
                            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' \
                            ORDER BY m.name, fk.id, fk.seq";

pub(super) async fn describe(conn: &mut Connection) -> Result<Raw, Error> {
    let objects = conn.query_rows(OBJECTS, &[]).await?;
    let columns = conn.query_rows(COLUMNS, &[]).await?;
    let indexes = conn.query_rows(INDEXES, &[]).await?;
    let foreign_keys = conn.query_rows(FOREIGN_KEYS, &[]).await?;

    let mut raw = Raw::default();
    let mut virtual_tables = Vec::new();
    for row in &objects {
        let name = row.string("name");
        let sql = row.text("sql").map(str::to_owned);
        let table = RawTable { namespace: None, name: row.string("tbl_name") };
        match row.text("type").unwrap_or_default() {
            "table" if sql.as_deref().is_some_and(is_virtual) => {
                raw.unrepresentable.push(
                    Unrepresentable::new(UnrepresentableKind::VirtualTable, None, name.clone()).with_definition(sql),
                );
                virtual_tables.push(name);
            }
            "table" => {
                for check in sql.as_deref().map(check_constraints).unwrap_or_default() {
                    raw.unrepresentable.push(
                        Unrepresentable::new(UnrepresentableKind::CheckConstraint, Some(&table), check.0)
                            .with_definition(Some(check.1)),
                    );
                }
                raw.tables.push(table);
            }
            "view" => {
                raw.views.push((RawTable { namespace: None, name: name.clone() }, sql.clone()));
                raw.unrepresentable
                    .push(Unrepresentable::new(UnrepresentableKind::View, None, name).with_definition(sql));
            }
            "trigger" => raw
                .unrepresentable
                .push(Unrepresentable::new(UnrepresentableKind::Trigger, Some(&table), name).with_definition(sql)),
            "index" if sql.as_deref().is_some_and(|s| has_keyword(s, "WHERE")) => raw
                .unrepresentable
                .push(Unrepresentable::new(UnrepresentableKind::PartialIndex, Some(&table), name).with_definition(sql)),
            _ => (),
        }
    }
    let index_sql: HashMap<String, String> = objects
        .iter()
        .filter(|r| r.text("type") == Some("index"))
        .filter_map(|r| Some((r.string("name"), r.text("sql")?.to_owned())))
        .collect();

    read_columns(&mut raw, &columns, &virtual_tables);
    read_indexes(&mut raw, &indexes, &index_sql);
    read_foreign_keys(&mut raw, &foreign_keys, &columns);
    Ok(raw)
}

fn is_virtual(sql: &str) -> bool {
    sql.trim_start().get(..20).is_some_and(|s| s.eq_ignore_ascii_case("CREATE VIRTUAL TABLE"))
}

fn read_columns(raw: &mut Raw, rows: &[Row], virtual_tables: &[String]) {
    let mut pk_counts: HashMap<&str, usize> = HashMap::new();
    for row in rows.iter().filter(|r| r.int("pk").unwrap_or(0) > 0) {
        *pk_counts.entry(row.text("table_name").unwrap_or_default()).or_default() += 1;
    }
    let pk_count = |table: &str| pk_counts.get(table).copied().unwrap_or(0);
    for row in rows {
        let table = RawTable { namespace: None, name: row.string("table_name") };
        if virtual_tables.contains(&table.name) {
            continue;
        }
        let name = row.string("column_name");
        let declared = row.string("type");
        let family = family_of(&declared);
        let hidden = row.int("hidden").unwrap_or(0);
        let pk = row.int("pk").unwrap_or(0);
        // A NOT NULL primary key is implicit for the rowid alias; other primary keys follow
        // their declaration, as SQLite allows NULLs in them.
        let required = row.bool("not_null").unwrap_or(false)
            || (pk > 0 && matches!(family, ColumnTypeFamily::Int) && declared.eq_ignore_ascii_case("INTEGER"));
        let arity = if required { ColumnArity::Required } else { ColumnArity::Nullable };
        if row.text("object_type") == Some("view") {
            let default = row.text("default_value").and_then(|d| parse_default(d, &family));
            let family = RawFamily::Resolved(family);
            let native_type = declared;
            raw.view_columns.push(RawColumn {
                table,
                name,
                family,
                native_type,
                arity,
                default,
                auto_increment: false,
            });
            continue;
        }
        let auto_increment = pk > 0 && declared.eq_ignore_ascii_case("INTEGER") && pk_count(&table.name) == 1;
        let default = if hidden == 2 || hidden == 3 {
            raw.unrepresentable.push(Unrepresentable::new(
                UnrepresentableKind::GeneratedColumn,
                Some(&table),
                name.clone(),
            ));
            None
        } else {
            row.text("default_value").and_then(|d| parse_default(d, &family))
        };
        raw.columns.push(RawColumn {
            table,
            name,
            family: RawFamily::Resolved(family),
            native_type: declared,
            arity,
            default,
            auto_increment,
        });
    }
    // Primary keys: `pk` is the column's position in the key.
    let mut keys: Vec<(String, i64, String)> = rows
        .iter()
        .filter(|r| r.int("pk").unwrap_or(0) > 0)
        .map(|r| (r.string("table_name"), r.int("pk").unwrap_or(0), r.string("column_name")))
        .collect();
    keys.sort();
    for (table, _, column) in keys {
        let table = RawTable { namespace: None, name: table };
        match raw.indexes.last_mut().filter(|i| i.kind.is_none() && i.table == table) {
            Some(pk) => pk.columns.push(plain_column(column)),
            None => raw.indexes.push(RawIndex {
                table,
                name: String::new(),
                kind: None,
                columns: vec![plain_column(column)],
                algorithm: None,
                position: None,
            }),
        }
    }
}

fn plain_column(name: String) -> RawIndexColumn {
    RawIndexColumn { name, sort_order: None, length: None, operator_class: None }
}

/// The family of a declared type, by Prisma's names first, then by SQLite's affinity rules.
fn family_of(declared: &str) -> ColumnTypeFamily {
    use ColumnTypeFamily as F;
    let upper = declared.to_ascii_uppercase();
    let base = upper.split('(').next().unwrap_or_default().trim();
    match base {
        "INTEGER" | "INT" | "SMALLINT" | "MEDIUMINT" | "TINYINT" | "INT2" => F::Int,
        "BIGINT" | "INT8" | "UNSIGNED BIG INT" => F::BigInt,
        "REAL" | "DOUBLE" | "DOUBLE PRECISION" | "FLOAT" => F::Float,
        "DECIMAL" | "NUMERIC" => F::Decimal,
        "BOOLEAN" | "BOOL" => F::Boolean,
        "TEXT" | "VARCHAR" | "CHAR" | "CHARACTER" | "NCHAR" | "NVARCHAR" | "VARYING CHARACTER" | "NATIVE CHARACTER"
        | "CLOB" => F::String,
        "DATETIME" | "DATE" | "TIMESTAMP" => F::DateTime,
        "BLOB" => F::Binary,
        "JSON" | "JSONB" => F::Json,
        _ => F::Unsupported(declared.to_owned()),
    }
}

/// Reads `dflt_value`, the default's SQL text as written in `CREATE TABLE`.
fn parse_default(text: &str, family: &ColumnTypeFamily) -> Option<DefaultValue> {
    let t = text.trim();
    if t.eq_ignore_ascii_case("null") {
        return None;
    }
    if matches!(family, ColumnTypeFamily::DateTime) && is_now(t) {
        return Some(DefaultValue::Now);
    }
    let literal = if let Some(inner) = t.strip_prefix('\'').and_then(|s| s.strip_suffix('\'')) {
        (!inner.replace("''", "").contains('\'')).then(|| inner.replace("''", "'"))
    } else if t.parse::<f64>().is_ok() || t.eq_ignore_ascii_case("true") || t.eq_ignore_ascii_case("false") {
        Some(t.to_owned())
    } else {
        None
    };
    match literal.and_then(|l| typed_literal(family, &l)) {
        Some(value) => Some(DefaultValue::Value(value)),
        None => Some(DefaultValue::DbGenerated(Some(t.to_owned()))),
    }
}

fn read_indexes(raw: &mut Raw, rows: &[Row], index_sql: &HashMap<String, String>) {
    let mut i = 0;
    while i < rows.len() {
        let key = (rows[i].text("table_name"), rows[i].text("index_name"));
        let end = rows[i..]
            .iter()
            .position(|r| (r.text("table_name"), r.text("index_name")) != key)
            .map_or(rows.len(), |n| i + n);
        let group = &rows[i..end];
        i = end;
        let first = &group[0];
        let table = RawTable { namespace: None, name: first.string("table_name") };
        let name = first.string("index_name");
        // Primary keys come from the columns; partial indexes were reported with the objects.
        if first.text("origin") == Some("pk") || first.int("partial") == Some(1) {
            continue;
        }
        if group.iter().any(|r| r.int("cid").unwrap_or(0) < 0 || r.is_null("column_name")) {
            raw.unrepresentable.push(
                Unrepresentable::new(UnrepresentableKind::ExpressionIndex, Some(&table), name.clone())
                    .with_definition(index_sql.get(&name).cloned()),
            );
            continue;
        }
        let columns = group
            .iter()
            .map(|r| RawIndexColumn {
                name: r.string("column_name"),
                sort_order: (r.int("is_desc") == Some(1)).then_some(SortOrder::Desc),
                length: None,
                operator_class: None,
            })
            .collect();
        let kind = if first.int("is_unique") == Some(1) { IndexKind::Unique } else { IndexKind::Normal };
        raw.indexes.push(RawIndex {
            table,
            name,
            kind: Some(kind),
            columns,
            algorithm: None,
            position: first.int("index_seq"),
        });
    }
}

fn read_foreign_keys(raw: &mut Raw, rows: &[Row], columns: &[Row]) {
    // The pragma lists a table's foreign keys last-declared first: restore declaration order.
    let mut keys: Vec<RawForeignKey> = Vec::new();
    let mut current: Option<(String, i64)> = None;
    for row in rows {
        let table = RawTable { namespace: None, name: row.string("table_name") };
        let id = row.int("id").unwrap_or(0);
        let referenced_table = RawTable { namespace: None, name: row.string("referenced_table") };
        let column = row.string("column_name");
        let referenced_column = match row.text("referenced_column") {
            Some(c) => c.to_owned(),
            // `REFERENCES t` without columns: the referenced table's primary key, in order.
            None => primary_key_column(columns, &referenced_table.name, row.int("seq").unwrap_or(0)),
        };
        if current.as_ref() == Some(&(table.name.clone(), id)) {
            let last = keys.last_mut().expect("a current key");
            last.columns.push(column);
            last.referenced_columns.push(referenced_column);
            continue;
        }
        current = Some((table.name.clone(), id));
        keys.push(RawForeignKey {
            table,
            name: None,
            columns: vec![column],
            referenced_table,
            referenced_columns: vec![referenced_column],
            on_delete: referential_action(row.text("on_delete").unwrap_or_default()),
            on_update: referential_action(row.text("on_update").unwrap_or_default()),
        });
    }
    // Within a table, highest id first is declaration order.
    let mut start = 0;
    while start < keys.len() {
        let end = keys[start..].iter().position(|k| k.table != keys[start].table).map_or(keys.len(), |n| start + n);
        keys[start..end].reverse();
        start = end;
    }
    raw.foreign_keys.extend(keys);
}

fn primary_key_column(columns: &[Row], table: &str, seq: i64) -> String {
    let mut key: Vec<(i64, String)> = columns
        .iter()
        .filter(|r| r.text("table_name") == Some(table) && r.int("pk").unwrap_or(0) > 0)
        .map(|r| (r.int("pk").unwrap_or(0), r.string("column_name")))
        .collect();
    key.sort();
    key.into_iter().nth(usize::try_from(seq).unwrap_or(0)).map(|(_, c)| c).unwrap_or_default()
}

/// Whether `sql` contains `keyword` as a word outside quotes and comments.
fn has_keyword(sql: &str, keyword: &str) -> bool {
    !keyword_positions(sql, keyword).is_empty()
}

/// Byte positions of `keyword` (case-insensitive, as a whole word) outside string literals,
/// quoted identifiers and comments.
fn keyword_positions(sql: &str, keyword: &str) -> Vec<usize> {
    let bytes = sql.as_bytes();
    let mut positions = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            q @ (b'\'' | b'"' | b'`') => {
                i += 1;
                while i < bytes.len() && bytes[i] != q {
                    i += 1;
                }
                i += 1;
            }
            b'[' => {
                while i < bytes.len() && bytes[i] != b']' {
                    i += 1;
                }
                i += 1;
            }
            b'-' if bytes.get(i + 1) == Some(&b'-') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < bytes.len() && !(bytes[i] == b'*' && bytes[i + 1] == b'/') {
                    i += 1;
                }
                i += 2;
            }
            c if c.is_ascii_alphabetic() || c == b'_' => {
                let start = i;
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_' || bytes[i] == b'$') {
                    i += 1;
                }
                if sql[start..i].eq_ignore_ascii_case(keyword) {
                    positions.push(start);
                }
            }
            _ => i += 1,
        }
    }
    positions
}

/// The `CHECK (…)` constraints of a `CREATE TABLE` text: (name, `CHECK (…)` text). Unnamed
/// checks are named `check_<n>` (1-based, in order).
fn check_constraints(sql: &str) -> Vec<(String, String)> {
    let mut checks = Vec::new();
    for (n, start) in keyword_positions(sql, "CHECK").into_iter().enumerate() {
        let after = &sql[start..];
        let Some(open) = after.find('(') else { continue };
        let mut depth = 0usize;
        let mut end = None;
        for (i, c) in after[open..].char_indices() {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        end = Some(open + i + 1);
                        break;
                    }
                }
                _ => (),
            }
        }
        let Some(end) = end else { continue };
        let name = constraint_name_before(&sql[..start]).unwrap_or_else(|| format!("check_{}", n + 1));
        checks.push((name, after[..end].to_owned()));
    }
    checks
}

/// The name in `CONSTRAINT name` right before a position, if any.
fn constraint_name_before(before: &str) -> Option<String> {
    let words: Vec<&str> = before.split_whitespace().rev().take(2).collect();
    match words.as_slice() {
        [name, kw] if kw.eq_ignore_ascii_case("CONSTRAINT") => {
            Some(name.trim_matches(|c| matches!(c, '"' | '`' | '[' | ']')).to_owned())
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ColumnTypeFamily as F;

    #[test]
    fn defaults() {
        let v = |v| Some(DefaultValue::Value(v));
        assert_eq!(parse_default("'it''s'", &F::String), v(Value::String("it's".into())));
        assert_eq!(parse_default("42", &F::Int), v(Value::Int(42)));
        assert_eq!(parse_default("-1.50", &F::Float), v(Value::Float("-1.5".into())));
        assert_eq!(parse_default("true", &F::Boolean), v(Value::Boolean(true)));
        assert_eq!(parse_default("CURRENT_TIMESTAMP", &F::DateTime), Some(DefaultValue::Now));
        assert_eq!(parse_default("NULL", &F::String), None);
        assert_eq!(
            parse_default("(lower('X'))", &F::String),
            Some(DefaultValue::DbGenerated(Some("(lower('X'))".into())))
        );
    }

    #[test]
    fn checks_and_keywords() {
        let sql = "CREATE TABLE \"t\" (\"check\" TEXT, a INT CHECK (a > (0)), b TEXT DEFAULT 'CHECK (x)', \
                   CONSTRAINT \"pos\" CHECK (b <> ''))";
        let checks = check_constraints(sql);
        assert_eq!(
            checks,
            [("check_1".to_owned(), "CHECK (a > (0))".to_owned()), ("pos".to_owned(), "CHECK (b <> '')".to_owned())]
        );
        assert!(has_keyword("CREATE INDEX i ON t(a) WHERE a > 0", "WHERE"));
        assert!(!has_keyword("CREATE INDEX \"where\" ON t(a)", "WHERE"));
    }

    #[test]
    fn families() {
        assert_eq!(family_of("INTEGER"), F::Int);
        assert_eq!(family_of("varchar(10)"), F::String);
        assert_eq!(family_of("DECIMAL"), F::Decimal);
        assert_eq!(family_of("JSONB"), F::Json);
        assert_eq!(family_of("point"), F::Unsupported("point".into()));
    }
}
