//! MySQL and MariaDB: `information_schema`, one query per kind of object (tables, columns,
//! indexes, foreign key columns, foreign key rules, checks, triggers), plus the server version
//! (asked once per connection), whatever the number of tables. Separate queries rather than
//! `UNION`s: the catalogs' collations differ between servers and `UNION` would have to reconcile
//! them. Separate rather than joined, too: MariaDB joins `information_schema` views by filling
//! one for every row of the other (`KEY_COLUMN_USAGE` ⋈ `REFERENTIAL_CONSTRAINTS` took 5.5 s on
//! 1,131 tables, the two queries 65 ms), so the foreign keys' rules are matched here.
//!
//! The two servers differ in ways the SQL and the parsing account for: MariaDB quotes string
//! defaults and writes `current_timestamp()` in lower case, MySQL 8 gives raw values and marks
//! expressions `DEFAULT_GENERATED`; MariaDB's `JSON` is `longtext` with a `json_valid` check;
//! only MySQL 8 has functional indexes (`STATISTICS.EXPRESSION`).

use super::*;
use crate::row::Row;

const TABLES: &str = "SELECT TABLE_NAME AS table_name, TABLE_TYPE AS table_type, \
                      NULL AS definition \
                      FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME";

const COLUMNS: &str = "SELECT TABLE_NAME AS table_name, COLUMN_NAME AS column_name, \
                       ORDINAL_POSITION AS position, COLUMN_DEFAULT AS column_default, \
                       IS_NULLABLE AS is_nullable, DATA_TYPE AS data_type, COLUMN_TYPE AS column_type, \
                       DATETIME_PRECISION AS datetime_precision, EXTRA AS extra, \
                       GENERATION_EXPRESSION AS generation_expression \
                       FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() \
                       ORDER BY TABLE_NAME, ORDINAL_POSITION";

const INDEXES_MARIADB: &str = "SELECT TABLE_NAME AS table_name, INDEX_NAME AS index_name, \
                               NON_UNIQUE AS non_unique, SEQ_IN_INDEX AS seq, COLUMN_NAME AS column_name, \
                               SUB_PART AS sub_part, COLLATION AS collation, INDEX_TYPE AS index_type \
                               FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() \
                               ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX";

const INDEXES_MYSQL: &str = "SELECT TABLE_NAME AS table_name, INDEX_NAME AS index_name, \
                             NON_UNIQUE AS non_unique, SEQ_IN_INDEX AS seq, COLUMN_NAME AS column_name, \
                             SUB_PART AS sub_part, COLLATION AS collation, INDEX_TYPE AS index_type, \
                             EXPRESSION AS expression \
                             FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() \
                             ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX";

const FOREIGN_KEYS: &str = "SELECT TABLE_NAME AS table_name, CONSTRAINT_NAME AS constraint_name, \
                            COLUMN_NAME AS column_name, ORDINAL_POSITION AS position, \
                            REFERENCED_TABLE_SCHEMA AS referenced_schema, \
                            REFERENCED_TABLE_NAME AS referenced_table, \
                            REFERENCED_COLUMN_NAME AS referenced_column \
                            FROM information_schema.KEY_COLUMN_USAGE \
                            WHERE TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME IS NOT NULL \
                            ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION";

const FOREIGN_KEY_RULES: &str = "SELECT TABLE_NAME AS table_name, CONSTRAINT_NAME AS constraint_name, \
                                 UPDATE_RULE AS on_update, DELETE_RULE AS on_delete \
                                 FROM information_schema.REFERENTIAL_CONSTRAINTS \
                                 WHERE CONSTRAINT_SCHEMA = DATABASE()";

const CHECKS_MARIADB: &str = "SELECT TABLE_NAME AS table_name, CONSTRAINT_NAME AS name, CHECK_CLAUSE AS definition \
                              FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() \
                              ORDER BY TABLE_NAME, CONSTRAINT_NAME";

const CHECKS_MYSQL: &str = "SELECT tc.TABLE_NAME AS table_name, tc.CONSTRAINT_NAME AS name, \
                            cc.CHECK_CLAUSE AS definition \
                            FROM information_schema.TABLE_CONSTRAINTS tc \
                            JOIN information_schema.CHECK_CONSTRAINTS cc \
                              ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME \
                            WHERE tc.TABLE_SCHEMA = DATABASE() AND tc.CONSTRAINT_TYPE = 'CHECK' \
                            ORDER BY tc.TABLE_NAME, tc.CONSTRAINT_NAME";

const TRIGGERS: &str = "SELECT EVENT_OBJECT_TABLE AS table_name, TRIGGER_NAME AS name, \
                        ACTION_STATEMENT AS definition \
                        FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() \
                        ORDER BY EVENT_OBJECT_TABLE, TRIGGER_NAME";

pub(super) async fn describe(conn: &mut Connection) -> Result<Raw, Error> {
    let mariadb = conn.is_mariadb().await?;
    let tables = conn.query_rows(TABLES, &[]).await?;
    let columns = conn.query_rows(COLUMNS, &[]).await?;
    let indexes = conn.query_rows(if mariadb { INDEXES_MARIADB } else { INDEXES_MYSQL }, &[]).await?;
    let foreign_keys = conn.query_rows(FOREIGN_KEYS, &[]).await?;
    let foreign_key_rules = conn.query_rows(FOREIGN_KEY_RULES, &[]).await?;
    let checks = conn.query_rows(if mariadb { CHECKS_MARIADB } else { CHECKS_MYSQL }, &[]).await?;
    let triggers = conn.query_rows(TRIGGERS, &[]).await?;
    let database = conn.info().database_name();

    let mut raw = Raw::default();
    for row in &tables {
        let table = table_of(row);
        if row.text("table_type") == Some("VIEW") {
            raw.views.push((table.clone(), None));
            raw.unrepresentable.push(Unrepresentable::new(UnrepresentableKind::View, None, table.name));
        } else {
            raw.tables.push(table);
        }
    }
    // MariaDB's JSON columns are `longtext` with a `json_valid(`column`)` check of the same name.
    let mut json_columns = Vec::new();
    for row in &checks {
        let table = table_of(row);
        let name = row.string("name");
        let definition = row.string("definition");
        if definition == format!("json_valid(`{name}`)") {
            json_columns.push((table, name));
        } else {
            raw.unrepresentable.push(
                Unrepresentable::new(UnrepresentableKind::CheckConstraint, Some(&table), name)
                    .with_definition(Some(definition)),
            );
        }
    }
    for row in &triggers {
        let table = table_of(row);
        raw.unrepresentable.push(
            Unrepresentable::new(UnrepresentableKind::Trigger, Some(&table), row.string("name"))
                .with_definition(row.text("definition").map(str::to_owned)),
        );
    }
    let views: std::collections::HashSet<RawTable> = raw.views.iter().map(|(v, _)| v.clone()).collect();
    for row in &columns {
        let table = table_of(row);
        let name = row.string("column_name");
        let is_json = json_columns.iter().any(|(t, c)| *t == table && *c == name);
        if views.contains(&table) {
            // A view's enum column is no enum of its own: read apart, its enum left out.
            let mut view = Raw::default();
            read_column(&mut view, row, table, name, is_json, mariadb);
            raw.view_columns.append(&mut view.columns);
            raw.unrepresentable.append(&mut view.unrepresentable);
        } else {
            read_column(&mut raw, row, table, name, is_json, mariadb);
        }
    }
    read_indexes(&mut raw, &indexes);
    read_foreign_keys(&mut raw, &foreign_keys, &foreign_key_rules, &database);
    Ok(raw)
}

fn table_of(row: &Row) -> RawTable {
    RawTable { namespace: None, name: row.string("table_name") }
}

fn read_column(raw: &mut Raw, row: &Row, table: RawTable, name: String, is_json: bool, mariadb: bool) {
    let data_type = row.string("data_type").to_ascii_lowercase();
    let column_type = row.string("column_type");
    let extra = row.string("extra").to_ascii_lowercase();
    let (family, native_type) = if data_type == "enum" {
        let values = enum_values(&column_type);
        let enum_name = format!("{}_{}", table.name, name);
        raw.enums.push(RawEnum { namespace: None, name: enum_name.clone(), values });
        (RawFamily::Enum(None, enum_name), String::new())
    } else if is_json {
        (RawFamily::Resolved(ColumnTypeFamily::Json), "JSON".to_owned())
    } else {
        let (family, native) = column_type_of(&data_type, &column_type, row.int("datetime_precision"));
        (RawFamily::Resolved(family), native)
    };
    let arity = if row.text("is_nullable") == Some("YES") { ColumnArity::Nullable } else { ColumnArity::Required };
    let auto_increment = extra.contains("auto_increment");
    let generated = extra.contains("generated") && !extra.contains("default_generated");
    let default = if generated {
        raw.unrepresentable.push(
            Unrepresentable::new(UnrepresentableKind::GeneratedColumn, Some(&table), name.clone())
                .with_definition(row.text("generation_expression").map(str::to_owned)),
        );
        None
    } else {
        let literal_family = match &family {
            RawFamily::Resolved(f) => f.clone(),
            RawFamily::Enum(..) => ColumnTypeFamily::Enum(EnumId(0)),
        };
        row.text("column_default")
            .and_then(|d| parse_default(d, &literal_family, mariadb, extra.contains("default_generated")))
    };
    raw.columns.push(RawColumn { table, name, family, native_type, arity, default, auto_increment });
}

/// Family and native type text (as Prisma's MySQL migrations write it) from `DATA_TYPE`,
/// `COLUMN_TYPE` and `DATETIME_PRECISION` (temporal types always carry their precision, as
/// Prisma describes them: `datetime` is `DATETIME(0)`).
fn column_type_of(data_type: &str, column_type: &str, precision: Option<i64>) -> (ColumnTypeFamily, String) {
    use ColumnTypeFamily as F;
    let lower = column_type.to_ascii_lowercase();
    let unsigned = if lower.contains("unsigned") { " UNSIGNED" } else { "" };
    let args = lower
        .split_once('(')
        .and_then(|(_, rest)| rest.split_once(')'))
        .map(|(args, _)| args.split(',').map(|a| a.trim().to_owned()).collect::<Vec<_>>())
        .unwrap_or_default();
    let with_args = |name: &str| match args.as_slice() {
        [] => name.to_owned(),
        args => format!("{name}({})", args.join(", ")),
    };
    match data_type {
        "tinyint" if lower.starts_with("tinyint(1)") && unsigned.is_empty() => (F::Boolean, "BOOLEAN".to_owned()),
        "tinyint" => (F::Int, format!("TINYINT{unsigned}")),
        "smallint" => (F::Int, format!("SMALLINT{unsigned}")),
        "mediumint" => (F::Int, format!("MEDIUMINT{unsigned}")),
        "int" | "integer" => (F::Int, format!("INTEGER{unsigned}")),
        "bigint" => (F::BigInt, format!("BIGINT{unsigned}")),
        "decimal" | "numeric" => (F::Decimal, with_args("DECIMAL")),
        "float" => (F::Float, "FLOAT".to_owned()),
        "double" | "real" => (F::Float, "DOUBLE".to_owned()),
        "bit" if args == ["1"] => (F::Boolean, "BIT(1)".to_owned()),
        "bit" => (F::Binary, with_args("BIT")),
        "char" => (F::String, with_args("CHAR")),
        "varchar" => (F::String, with_args("VARCHAR")),
        "tinytext" | "text" | "mediumtext" | "longtext" => (F::String, data_type.to_ascii_uppercase()),
        "binary" => (F::Binary, with_args("BINARY")),
        "varbinary" => (F::Binary, with_args("VARBINARY")),
        "tinyblob" | "blob" | "mediumblob" | "longblob" => (F::Binary, data_type.to_ascii_uppercase()),
        "date" => (F::DateTime, "DATE".to_owned()),
        "time" | "datetime" | "timestamp" => {
            let name = data_type.to_ascii_uppercase();
            match precision {
                Some(p) => (F::DateTime, format!("{name}({p})")),
                None => (F::DateTime, with_args(&name)),
            }
        }
        "year" => (F::Int, "YEAR".to_owned()),
        "json" => (F::Json, "JSON".to_owned()),
        _ => (F::Unsupported(column_type.to_owned()), column_type.to_owned()),
    }
}

/// The values of `enum('a','b''c')`.
fn enum_values(column_type: &str) -> Vec<String> {
    let Some(body) = column_type.find('(').map(|i| &column_type[i + 1..]) else { return Vec::new() };
    let mut values = Vec::new();
    let mut rest = body;
    while let Some(start) = rest.find('\'') {
        match unquote(&rest[start..]) {
            Some((value, used)) => {
                values.push(value);
                rest = &rest[start + used..];
            }
            None => break,
        }
    }
    values
}

/// Reads a single-quoted literal at the start of `text` (`''` and backslash escapes); returns
/// its value and the bytes it spans.
fn unquote(text: &str) -> Option<(String, usize)> {
    let mut out = String::new();
    let mut chars = text.char_indices().skip(1).peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '\'' if chars.peek().map(|(_, n)| *n) == Some('\'') => {
                chars.next();
                out.push('\'');
            }
            '\'' => return Some((out, i + 1)),
            '\\' => {
                let (_, next) = chars.next()?;
                out.push(match next {
                    'n' => '\n',
                    't' => '\t',
                    'r' => '\r',
                    '0' => '\0',
                    'Z' => '\u{1a}',
                    other => other,
                });
            }
            other => out.push(other),
        }
    }
    None
}

/// Reads `COLUMN_DEFAULT`. MariaDB: literals are quoted, `NULL` is the text `NULL`, anything
/// unquoted that is not a number is an expression. MySQL 8: literals are raw, expressions are
/// flagged `DEFAULT_GENERATED`.
fn parse_default(text: &str, family: &ColumnTypeFamily, mariadb: bool, generated: bool) -> Option<DefaultValue> {
    let trimmed = text.trim();
    let expression = |e: &str| {
        if matches!(family, ColumnTypeFamily::DateTime) && is_now(e) {
            Some(DefaultValue::Now)
        } else {
            Some(DefaultValue::DbGenerated(Some(e.to_owned())))
        }
    };
    let literal = |value: &str| match typed_literal(family, value) {
        Some(value) => Some(DefaultValue::Value(value)),
        None => Some(DefaultValue::DbGenerated(Some(trimmed.to_owned()))),
    };
    if mariadb {
        if trimmed.eq_ignore_ascii_case("null") {
            return None;
        }
        if trimmed.starts_with('\'') {
            return match unquote(trimmed) {
                Some((value, used)) if used == trimmed.len() => literal(&value),
                _ => expression(trimmed),
            };
        }
        let numeric = trimmed.parse::<f64>().is_ok() && !trimmed.contains(|c: char| c.is_ascii_alphabetic());
        if numeric {
            return literal(trimmed);
        }
        return expression(trimmed);
    }
    if generated || (matches!(family, ColumnTypeFamily::DateTime) && is_now(trimmed)) {
        return expression(trimmed);
    }
    literal(text)
}

fn read_indexes(raw: &mut Raw, rows: &[Row]) {
    let mut i = 0;
    while i < rows.len() {
        let key = (rows[i].text("table_name"), rows[i].text("index_name"));
        let end = rows[i..]
            .iter()
            .position(|r| (r.text("table_name"), r.text("index_name")) != key)
            .map_or(rows.len(), |n| i + n);
        read_index(raw, &rows[i..end]);
        i = end;
    }
}

fn read_index(raw: &mut Raw, rows: &[Row]) {
    let first = &rows[0];
    let table = table_of(first);
    let name = first.string("index_name");
    if rows.iter().any(|r| r.is_null("column_name")) {
        let expressions: Vec<&str> = rows.iter().filter_map(|r| r.text("expression")).collect();
        raw.unrepresentable.push(
            Unrepresentable::new(UnrepresentableKind::ExpressionIndex, Some(&table), name)
                .with_definition((!expressions.is_empty()).then(|| expressions.join(", "))),
        );
        return;
    }
    let kind = match first.text("index_type").unwrap_or_default() {
        "FULLTEXT" => Some(IndexKind::Fulltext),
        "BTREE" | "HASH" => {
            if name == "PRIMARY" {
                None
            } else if first.int("non_unique") == Some(0) {
                Some(IndexKind::Unique)
            } else {
                Some(IndexKind::Normal)
            }
        }
        other => {
            raw.unrepresentable.push(
                Unrepresentable::new(UnrepresentableKind::UnsupportedIndexType, Some(&table), name)
                    .with_definition(Some(other.to_owned())),
            );
            return;
        }
    };
    let columns = rows
        .iter()
        .map(|r| RawIndexColumn {
            name: r.string("column_name"),
            sort_order: (r.text("collation") == Some("D")).then_some(SortOrder::Desc),
            length: r.int("sub_part").and_then(|l| u32::try_from(l).ok()),
            operator_class: None,
        })
        .collect();
    // MySQL primary keys have no name of their own.
    let name = if kind.is_none() { String::new() } else { name };
    raw.indexes.push(RawIndex { table, name, kind, columns, algorithm: None, position: None });
}

fn read_foreign_keys(raw: &mut Raw, rows: &[Row], rules: &[Row], database: &str) {
    // (table, constraint) → (ON UPDATE, ON DELETE)
    let rules: HashMap<(&str, &str), (&str, &str)> = rules
        .iter()
        .map(|r| {
            let key = (r.text("table_name").unwrap_or_default(), r.text("constraint_name").unwrap_or_default());
            (key, (r.text("on_update").unwrap_or_default(), r.text("on_delete").unwrap_or_default()))
        })
        .collect();
    for row in rows {
        let table = table_of(row);
        let name = row.string("constraint_name");
        let column = row.string("column_name");
        let referenced_column = row.string("referenced_column");
        if let Some(last) =
            raw.foreign_keys.last_mut().filter(|fk| fk.table == table && fk.name.as_deref() == Some(name.as_str()))
        {
            last.columns.push(column);
            last.referenced_columns.push(referenced_column);
            continue;
        }
        let rule = rules.get(&(table.name.as_str(), name.as_str())).copied().unwrap_or_default();
        let referenced_schema = row.string("referenced_schema");
        let referenced_table = RawTable {
            // A table of another database is never described.
            namespace: (referenced_schema != database).then_some(referenced_schema),
            name: row.string("referenced_table"),
        };
        raw.foreign_keys.push(RawForeignKey {
            table,
            name: Some(name),
            columns: vec![column],
            referenced_table,
            referenced_columns: vec![referenced_column],
            on_delete: referential_action(rule.1),
            on_update: referential_action(rule.0),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ColumnTypeFamily as F;

    #[test]
    fn types() {
        assert_eq!(column_type_of("int", "int(11)", None), (F::Int, "INTEGER".into()));
        assert_eq!(column_type_of("int", "int(10) unsigned", None), (F::Int, "INTEGER UNSIGNED".into()));
        assert_eq!(column_type_of("tinyint", "tinyint(1)", None), (F::Boolean, "BOOLEAN".into()));
        assert_eq!(column_type_of("tinyint", "tinyint(4)", None), (F::Int, "TINYINT".into()));
        assert_eq!(column_type_of("decimal", "decimal(65,30)", None), (F::Decimal, "DECIMAL(65, 30)".into()));
        assert_eq!(column_type_of("varchar", "varchar(191)", None), (F::String, "VARCHAR(191)".into()));
        assert_eq!(column_type_of("datetime", "datetime(3)", Some(3)), (F::DateTime, "DATETIME(3)".into()));
        assert_eq!(column_type_of("datetime", "datetime", Some(0)), (F::DateTime, "DATETIME(0)".into()));
        assert_eq!(column_type_of("bigint", "bigint(20) unsigned", None), (F::BigInt, "BIGINT UNSIGNED".into()));
        assert_eq!(
            column_type_of("geometry", "geometry", None),
            (F::Unsupported("geometry".into()), "geometry".into())
        );
    }

    #[test]
    fn enums() {
        assert_eq!(enum_values("enum('a','b''c','d,e')"), ["a", "b'c", "d,e"]);
        assert_eq!(enum_values("enum('x\\\\y')"), ["x\\y"]);
    }

    #[test]
    fn mariadb_defaults() {
        let d = |text, family| parse_default(text, &family, true, false);
        let v = |v| Some(DefaultValue::Value(v));
        assert_eq!(d("NULL", F::String), None);
        assert_eq!(d("'it''s \\\\ x'", F::String), v(Value::String("it's \\ x".into())));
        assert_eq!(d("'NULL'", F::String), v(Value::String("NULL".into())));
        assert_eq!(d("42", F::Int), v(Value::Int(42)));
        assert_eq!(d("-1", F::BigInt), v(Value::BigInt(-1)));
        assert_eq!(d("1.50", F::Decimal), v(Value::Float("1.50".into())));
        assert_eq!(d("1", F::Boolean), v(Value::Boolean(true)));
        assert_eq!(d("current_timestamp(3)", F::DateTime), Some(DefaultValue::Now));
        assert_eq!(d("uuid()", F::String), Some(DefaultValue::DbGenerated(Some("uuid()".into()))));
        assert_eq!(d("'b''c'", F::Enum(EnumId(0))), v(Value::Enum("b'c".into())));
    }

    #[test]
    fn mysql8_defaults() {
        let d = |text, family, generated| parse_default(text, &family, false, generated);
        let v = |v| Some(DefaultValue::Value(v));
        assert_eq!(d("it's", F::String, false), v(Value::String("it's".into())));
        assert_eq!(d("CURRENT_TIMESTAMP(3)", F::DateTime, true), Some(DefaultValue::Now));
        assert_eq!(d("uuid()", F::String, true), Some(DefaultValue::DbGenerated(Some("uuid()".into()))));
        assert_eq!(d("0", F::Boolean, false), v(Value::Boolean(false)));
    }
}
