//! PostgreSQL: five catalog queries (`pg_catalog`), whatever the number of tables — objects
//! (and the database's extensions), columns, enums, indexes, constraints — each filtered by
//! `nspname = ANY($1)`.

use super::*;
use crate::row::{Param, Row};

const OBJECTS: &str = r#"
SELECT 'namespace' AS kind, n.nspname::text AS namespace, NULL::text AS table_name, n.nspname::text AS name,
       NULL::text AS definition
FROM pg_namespace n
WHERE n.nspname = ANY($1)
UNION ALL
SELECT CASE
         WHEN c.relispartition THEN 'partition'
         WHEN c.relkind IN ('r', 'p') THEN 'table'
         WHEN c.relkind = 'v' THEN 'view'
         WHEN c.relkind = 'm' THEN 'materialized_view'
         WHEN c.relkind = 'f' THEN 'foreign_table'
         ELSE 'sequence'
       END,
       n.nspname::text, NULL, c.relname::text,
       CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY($1) AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
UNION ALL
SELECT 'trigger', n.nspname::text, c.relname::text, t.tgname::text, pg_get_triggerdef(t.oid)
FROM pg_trigger t
JOIN pg_class c ON c.oid = t.tgrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY($1) AND NOT t.tgisinternal
UNION ALL
SELECT 'extension', n.nspname::text, NULL, e.extname::text, e.extversion::text
FROM pg_extension e
JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE e.extname <> 'plpgsql'
"#;

const COLUMNS: &str = r#"
SELECT n.nspname::text AS namespace, c.relname::text AS table_name, a.attname::text AS column_name,
       c.relkind::text AS relkind, a.attnotnull AS not_null, a.atttypmod AS typmod,
       CASE WHEN COALESCE(et.typname, t.typname) IN ('int2', 'int4', 'int8', 'oid', 'float4', 'float8', 'numeric',
                 'money', 'bool', 'text', 'varchar', 'bpchar', 'citext', 'uuid', 'xml', 'inet', 'bit', 'varbit',
                 'date', 'timestamp', 'timestamptz', 'time', 'timetz', 'json', 'jsonb', 'bytea')
              AND COALESCE(et.typtype, t.typtype) <> 'e'
            THEN NULL ELSE format_type(a.atttypid, a.atttypmod) END AS formatted,
       (t.typcategory = 'A') AS is_array,
       COALESCE(et.typname, t.typname)::text AS type_name,
       COALESCE(et.typtype, t.typtype)::text AS type_kind,
       COALESCE(etn.nspname, tn.nspname)::text AS type_namespace,
       pg_get_expr(d.adbin, d.adrelid) AS default_expr,
       a.attidentity::text AS identity,
       a.attgenerated::text AS generated
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
JOIN pg_namespace tn ON tn.oid = t.typnamespace
LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
LEFT JOIN pg_namespace etn ON etn.oid = et.typnamespace
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE n.nspname = ANY($1) AND c.relkind IN ('r', 'p', 'v') AND NOT c.relispartition
  AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY n.nspname, c.relname, a.attnum
"#;

const ENUMS: &str = r#"
SELECT n.nspname::text AS namespace, t.typname::text AS enum_name, e.enumlabel::text AS value
FROM pg_type t
JOIN pg_enum e ON e.enumtypid = t.oid
JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE n.nspname = ANY($1)
ORDER BY n.nspname, t.typname, e.enumsortorder
"#;

const INDEXES: &str = r#"
SELECT n.nspname::text AS namespace, t.relname::text AS table_name, i.relname::text AS index_name,
       ix.indisprimary AS is_primary, ix.indisunique AS is_unique, am.amname::text AS method,
       (ix.indpred IS NOT NULL) AS is_partial, ix.indisexclusion AS is_exclusion,
       ix.indnkeyatts AS key_count, k.ord AS position, a.attname::text AS column_name,
       k.option AS option, opc.opcname::text AS opclass, opc.opcdefault AS opclass_is_default,
       CASE WHEN k.ord = 1 AND (ix.indpred IS NOT NULL OR ix.indexprs IS NOT NULL OR ix.indnatts > ix.indnkeyatts
                 OR am.amname NOT IN ('btree', 'hash', 'gist', 'gin', 'spgist', 'brin'))
            THEN pg_get_indexdef(i.oid) END AS definition
FROM pg_index ix
JOIN pg_class i ON i.oid = ix.indexrelid
JOIN pg_class t ON t.oid = ix.indrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
JOIN pg_am am ON am.oid = i.relam
CROSS JOIN LATERAL unnest(ix.indkey::int2[], ix.indclass::oid[], ix.indoption::int2[])
  WITH ORDINALITY AS k(attnum, opclass, option, ord)
LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum AND k.attnum > 0
LEFT JOIN pg_opclass opc ON opc.oid = k.opclass
WHERE n.nspname = ANY($1) AND t.relkind IN ('r', 'p') AND NOT t.relispartition
ORDER BY n.nspname, t.relname, i.relname, k.ord
"#;

const CONSTRAINTS: &str = r#"
SELECT con.contype::text AS kind, n.nspname::text AS namespace, c.relname::text AS table_name,
       con.conname::text AS name, k.ord AS position, a.attname::text AS column_name,
       rn.nspname::text AS referenced_namespace, rc.relname::text AS referenced_table,
       ra.attname::text AS referenced_column,
       con.confupdtype::text AS on_update, con.confdeltype::text AS on_delete,
       CASE WHEN con.contype <> 'f' THEN pg_get_constraintdef(con.oid) END AS definition
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(attnum, fattnum, ord)
  ON con.contype = 'f'
LEFT JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
LEFT JOIN pg_class rc ON rc.oid = con.confrelid
LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
LEFT JOIN pg_attribute ra ON ra.attrelid = con.confrelid AND ra.attnum = k.fattnum
WHERE n.nspname = ANY($1) AND con.contype IN ('f', 'c', 'x') AND c.relkind IN ('r', 'p')
  AND NOT c.relispartition
ORDER BY n.nspname, c.relname, con.conname, k.ord
"#;

/// Maps catalog namespaces to the IR's: objects of the default schema (the URL's) are
/// unqualified (`None`), objects of other listed schemas are qualified.
struct Namespaces {
    listed: Option<Vec<String>>,
    default: String,
}

impl Namespaces {
    fn names(&self) -> Vec<String> {
        self.listed.clone().unwrap_or_else(|| vec![self.default.clone()])
    }

    fn ir(&self, catalog: &str) -> Option<String> {
        (catalog != self.default).then(|| catalog.to_owned())
    }

    fn described(&self, catalog: &str) -> bool {
        match &self.listed {
            Some(list) => list.iter().any(|n| n == catalog),
            None => catalog == self.default,
        }
    }

    fn table(&self, row: &Row, ns_col: &str, table_col: &str) -> RawTable {
        RawTable { namespace: self.ir(row.text(ns_col).unwrap_or_default()), name: row.string(table_col) }
    }
}

pub(super) async fn describe(
    conn: &mut Connection,
    default_schema: &str,
    options: &DescribeOptions,
) -> Result<Raw, Error> {
    let namespaces = Namespaces { listed: options.namespaces.clone(), default: default_schema.to_owned() };
    let params = [Param::TextList(namespaces.names())];
    let objects = conn.query_rows(OBJECTS, &params).await?;
    let columns = conn.query_rows(COLUMNS, &params).await?;
    let enums = conn.query_rows(ENUMS, &params).await?;
    let indexes = conn.query_rows(INDEXES, &params).await?;
    let constraints = conn.query_rows(CONSTRAINTS, &params).await?;

    let mut raw = Raw { default_namespace: Some(namespaces.default.clone()), ..Raw::default() };
    read_objects(&mut raw, &namespaces, &objects);
    read_enums(&mut raw, &namespaces, &enums);
    read_columns(&mut raw, &namespaces, &columns);
    read_indexes(&mut raw, &namespaces, &indexes);
    read_constraints(&mut raw, &namespaces, &constraints);
    Ok(raw)
}

fn read_objects(raw: &mut Raw, namespaces: &Namespaces, rows: &[Row]) {
    // The described schemas that exist, in the order given.
    for ns in namespaces.names() {
        if rows.iter().any(|r| r.text("kind") == Some("namespace") && r.text("name") == Some(&ns)) {
            raw.namespaces.push(ns);
        }
    }
    for row in rows {
        let ns = namespaces.ir(row.text("namespace").unwrap_or_default());
        let name = row.string("name");
        let relation = RawTable { namespace: ns.clone(), name: name.clone() };
        let kind = match row.text("kind").unwrap_or_default() {
            "table" => {
                raw.tables.push(relation);
                continue;
            }
            "sequence" => {
                raw.sequences.push((ns, name));
                continue;
            }
            "namespace" => continue,
            "extension" => {
                // Extensions belong to the database; the one every database has is left out.
                raw.extensions.push(Extension {
                    name,
                    schema: row.text("namespace").map(str::to_owned),
                    version: row.text("definition").map(str::to_owned),
                });
                continue;
            }
            "view" => {
                raw.views.push((relation.clone(), row.text("definition").map(str::to_owned)));
                UnrepresentableKind::View
            }
            "materialized_view" => UnrepresentableKind::MaterializedView,
            "foreign_table" => UnrepresentableKind::ForeignTable,
            "partition" => UnrepresentableKind::Partition,
            _ => UnrepresentableKind::Trigger,
        };
        let table = match kind {
            UnrepresentableKind::Trigger => Some(namespaces.table(row, "namespace", "table_name")),
            _ => None,
        };
        let mut item =
            Unrepresentable::new(kind, table.as_ref(), name).with_definition(row.text("definition").map(str::to_owned));
        item.namespace = ns;
        raw.unrepresentable.push(item);
    }
}

fn read_enums(raw: &mut Raw, namespaces: &Namespaces, rows: &[Row]) {
    for row in rows {
        let namespace = namespaces.ir(row.text("namespace").unwrap_or_default());
        let name = row.string("enum_name");
        let value = row.string("value");
        match raw.enums.last_mut() {
            Some(last) if last.namespace == namespace && last.name == name => last.values.push(value),
            _ => raw.enums.push(RawEnum { namespace, name, values: vec![value] }),
        }
    }
}

fn read_columns(raw: &mut Raw, namespaces: &Namespaces, rows: &[Row]) {
    for row in rows {
        let table = namespaces.table(row, "namespace", "table_name");
        let name = row.string("column_name");
        let is_array = row.bool("is_array").unwrap_or(false);
        let type_name = row.text("type_name").unwrap_or_default();
        let typmod = row.int("typmod").unwrap_or(-1);
        let formatted = row.text("formatted").unwrap_or_default();
        let formatted = formatted.strip_suffix("[]").unwrap_or(formatted);
        let type_namespace = row.text("type_namespace").unwrap_or_default();

        let (family, native_type) = if row.text("type_kind") == Some("e") && namespaces.described(type_namespace) {
            (RawFamily::Enum(namespaces.ir(type_namespace), type_name.to_owned()), String::new())
        } else {
            let (family, native) = column_type(type_name, typmod, formatted);
            (RawFamily::Resolved(family), native)
        };
        let arity = if is_array {
            ColumnArity::List
        } else if row.bool("not_null").unwrap_or(false) {
            ColumnArity::Required
        } else {
            ColumnArity::Nullable
        };

        let resolved_family = match &family {
            RawFamily::Resolved(f) => f.clone(),
            // Only the literal parsing cares, and it treats enums alike.
            RawFamily::Enum(..) => ColumnTypeFamily::Enum(EnumId(0)),
        };
        let mut auto_increment = false;
        let mut default = None;
        let generated = row.text("generated").is_some_and(|g| !g.is_empty());
        if generated {
            raw.unrepresentable.push(
                Unrepresentable::new(UnrepresentableKind::GeneratedColumn, Some(&table), name.clone())
                    .with_definition(row.text("default_expr").map(str::to_owned)),
            );
        } else if row.text("identity").is_some_and(|i| !i.is_empty()) {
            auto_increment = true;
            default = Some(DefaultValue::Sequence(format!("{}_{}_seq", table.name, name)));
        } else if let Some(expr) = row.text("default_expr") {
            default = parse_default(expr, &resolved_family, is_array);
            auto_increment = matches!(default, Some(DefaultValue::Sequence(_)));
        }
        let column = RawColumn { table, name, family, native_type, arity, default, auto_increment };
        if row.text("relkind") == Some("v") {
            raw.view_columns.push(column);
        } else {
            raw.tables.push(column.table.clone());
            raw.columns.push(column);
        }
    }
}

/// Family and native type text of a (non-enum) PostgreSQL type. `formatted` (`format_type`) is
/// only read for types outside this list; `COLUMNS` asks for it only then (it is the costliest
/// part of the query), so the two lists must agree.
fn column_type(type_name: &str, typmod: i64, formatted: &str) -> (ColumnTypeFamily, String) {
    use ColumnTypeFamily as F;
    let length = |name: &str| match typmod {
        m if m >= 4 => format!("{name}({})", m - 4),
        _ => name.to_owned(),
    };
    let precision = |name: &str| match typmod {
        m if m >= 0 => format!("{name}({m})"),
        _ => format!("{name}(6)"),
    };
    let bits = |name: &str| match typmod {
        m if m >= 0 => format!("{name}({m})"),
        _ => name.to_owned(),
    };
    let (family, native) = match type_name {
        "int2" => (F::Int, "SMALLINT".to_owned()),
        "int4" => (F::Int, "INTEGER".to_owned()),
        "int8" => (F::BigInt, "BIGINT".to_owned()),
        "oid" => (F::Int, "OID".to_owned()),
        "float4" => (F::Float, "REAL".to_owned()),
        "float8" => (F::Float, "DOUBLE PRECISION".to_owned()),
        "numeric" => {
            let native = if typmod >= 4 {
                let m = typmod - 4;
                format!("DECIMAL({},{})", (m >> 16) & 0xffff, m & 0xffff)
            } else {
                "DECIMAL".to_owned()
            };
            (F::Decimal, native)
        }
        "money" => (F::Decimal, "MONEY".to_owned()),
        "bool" => (F::Boolean, "BOOLEAN".to_owned()),
        "text" => (F::String, "TEXT".to_owned()),
        "varchar" => (F::String, length("VARCHAR")),
        "bpchar" => (F::String, length("CHAR")),
        "citext" => (F::String, "CITEXT".to_owned()),
        "uuid" => (F::String, "UUID".to_owned()),
        "xml" => (F::String, "XML".to_owned()),
        "inet" => (F::String, "INET".to_owned()),
        "bit" => (F::String, bits("BIT")),
        "varbit" => (F::String, bits("VARBIT")),
        "date" => (F::DateTime, "DATE".to_owned()),
        "timestamp" => (F::DateTime, precision("TIMESTAMP")),
        "timestamptz" => (F::DateTime, precision("TIMESTAMPTZ")),
        "time" => (F::DateTime, precision("TIME")),
        "timetz" => (F::DateTime, precision("TIMETZ")),
        "json" => (F::Json, "JSON".to_owned()),
        "jsonb" => (F::Json, "JSONB".to_owned()),
        "bytea" => (F::Binary, "BYTEA".to_owned()),
        _ => (F::Unsupported(formatted.to_owned()), formatted.to_owned()),
    };
    (family, native)
}

/// Reads a default expression as `pg_get_expr` prints it.
fn parse_default(expr: &str, family: &ColumnTypeFamily, is_list: bool) -> Option<DefaultValue> {
    let expr = expr.trim();
    if let Some(sequence) = sequence_name(expr) {
        return Some(DefaultValue::Sequence(sequence));
    }
    if expr.eq_ignore_ascii_case("null") || expr.to_ascii_lowercase().starts_with("null::") {
        return None;
    }
    let generated = || Some(DefaultValue::DbGenerated(Some(expr.to_owned())));
    if is_list {
        return match parse_array(expr, family) {
            Some(values) => Some(DefaultValue::Value(Value::List(values))),
            None => generated(),
        };
    }
    if matches!(family, ColumnTypeFamily::DateTime) && super::is_now(expr) {
        return Some(DefaultValue::Now);
    }
    match scalar(expr, family) {
        Some(value) => Some(DefaultValue::Value(value)),
        None => generated(),
    }
}

/// One literal (`42`, `'x'::text`, `'-1'::integer`, `true`, `E'a\nb'`) as a value.
fn scalar(expr: &str, family: &ColumnTypeFamily) -> Option<Value> {
    let (text, quoted) = literal_text(expr)?;
    match family {
        ColumnTypeFamily::Binary => {
            let hex = text.strip_prefix("\\x")?;
            Some(Value::Bytes(decode_hex(hex)?))
        }
        ColumnTypeFamily::Unsupported(_) => None,
        ColumnTypeFamily::String | ColumnTypeFamily::Enum(_) | ColumnTypeFamily::Json | ColumnTypeFamily::DateTime
            if !quoted =>
        {
            None
        }
        _ => typed_literal(family, &text),
    }
}

/// The text of a literal and whether it was quoted, with any trailing `::type` cast removed.
/// `None` when the expression is not a single literal.
fn literal_text(expr: &str) -> Option<(String, bool)> {
    let expr = expr.trim();
    let (body, rest) = if expr.starts_with('\'') || expr.starts_with("E'") || expr.starts_with("e'") {
        let (text, used) = unquote(expr)?;
        (Some(text), &expr[used..])
    } else {
        let end = expr.find("::").unwrap_or(expr.len());
        (None, &expr[end..])
    };
    if !(rest.is_empty() || rest.strip_prefix("::").is_some_and(is_simple_cast)) {
        return None;
    }
    match body {
        Some(text) => Some((text, true)),
        None => {
            let end = expr.find("::").unwrap_or(expr.len());
            let bare = expr[..end].trim();
            // Bare literals are numbers and booleans, possibly parenthesized (`(-1)`).
            let bare = bare.strip_prefix('(').and_then(|b| b.strip_suffix(')')).unwrap_or(bare);
            let ok = !bare.is_empty()
                && bare.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '+'))
                && (bare.eq_ignore_ascii_case("true")
                    || bare.eq_ignore_ascii_case("false")
                    || bare.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '+' || c == '.'));
            ok.then(|| (bare.to_owned(), false))
        }
    }
}

/// A cast target such as `character varying(10)`, `"Role"`, `timestamp(3) without time zone`,
/// `text[]` (and not an operator expression).
fn is_simple_cast(target: &str) -> bool {
    !target.is_empty()
        && target
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '_' | '"' | '(' | ')' | ',' | '[' | ']' | '.'))
}

/// Reads a quoted string at the start of `expr` (`'it''s'` or `E'a\nb'`): its text and the
/// number of bytes it spans.
fn unquote(expr: &str) -> Option<(String, usize)> {
    let escapes = expr.starts_with('E') || expr.starts_with('e');
    let start = if escapes { 2 } else { 1 };
    let mut out = String::new();
    let mut chars = expr[start..].char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '\'' => {
                if chars.peek().map(|(_, n)| *n) == Some('\'') {
                    chars.next();
                    out.push('\'');
                } else {
                    return Some((out, start + i + 1));
                }
            }
            '\\' if escapes => {
                let (_, next) = chars.next()?;
                out.push(match next {
                    'n' => '\n',
                    't' => '\t',
                    'r' => '\r',
                    'b' => '\u{8}',
                    'f' => '\u{c}',
                    other => other,
                });
            }
            other => out.push(other),
        }
    }
    None
}

/// `nextval('"User_id_seq"'::regclass)` → `User_id_seq` (schema prefix dropped).
fn sequence_name(expr: &str) -> Option<String> {
    let inner = expr.strip_prefix("nextval(")?.strip_suffix(')')?;
    let (text, _) = unquote(inner.trim())?;
    let unqualified = split_qualified(&text).pop()?;
    Some(unqualified)
}

/// Splits `a."B".c` into identifiers, unquoting quoted ones.
fn split_qualified(text: &str) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut in_quotes = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if in_quotes && chars.peek() == Some(&'"') => {
                chars.next();
                parts.last_mut().unwrap().push('"');
            }
            '"' => in_quotes = !in_quotes,
            '.' if !in_quotes => parts.push(String::new()),
            other => parts.last_mut().unwrap().push(other),
        }
    }
    parts
}

/// `ARRAY['a'::text, 'b'::text]`, `ARRAY[1, 2]`, `'{a,b}'::text[]`, `ARRAY[]::text[]`.
fn parse_array(expr: &str, family: &ColumnTypeFamily) -> Option<Vec<Value>> {
    if let Some(rest) = expr.strip_prefix("ARRAY[") {
        let close = matching_bracket(rest)?;
        let tail = &rest[close + 1..];
        if !(tail.is_empty() || tail.starts_with("::")) {
            return None;
        }
        return split_top_level(&rest[..close])
            .iter()
            .filter(|item| !item.trim().is_empty())
            .map(|item| scalar(item, family))
            .collect();
    }
    let (text, quoted) = literal_text(expr)?;
    if !quoted {
        return None;
    }
    let items = text.strip_prefix('{')?.strip_suffix('}')?;
    array_items(items)?
        .into_iter()
        .map(|item| match item {
            ArrayItem::Quoted(s) | ArrayItem::Bare(s) => typed_literal(family, &s),
        })
        .collect()
}

enum ArrayItem {
    Quoted(String),
    Bare(String),
}

/// The items of a PostgreSQL array literal body (`a,"b c",d`). `None` on nested arrays or NULLs.
fn array_items(body: &str) -> Option<Vec<ArrayItem>> {
    let mut items = Vec::new();
    if body.trim().is_empty() {
        return Some(items);
    }
    let mut chars = body.chars().peekable();
    loop {
        if chars.peek() == Some(&'"') {
            chars.next();
            let mut s = String::new();
            loop {
                match chars.next()? {
                    '\\' => s.push(chars.next()?),
                    '"' => break,
                    c => s.push(c),
                }
            }
            items.push(ArrayItem::Quoted(s));
        } else {
            let mut s = String::new();
            while let Some(&c) = chars.peek() {
                if c == ',' {
                    break;
                }
                if c == '{' {
                    return None;
                }
                s.push(c);
                chars.next();
            }
            if s.trim().eq_ignore_ascii_case("null") {
                return None;
            }
            items.push(ArrayItem::Bare(s.trim().to_owned()));
        }
        match chars.next() {
            Some(',') => continue,
            None => return Some(items),
            Some(_) => return None,
        }
    }
}

/// Index of the `]` closing an `ARRAY[` whose content starts `text`.
fn matching_bracket(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut in_quote = false;
    for (i, c) in text.char_indices() {
        match c {
            '\'' => in_quote = !in_quote,
            '[' | '(' if !in_quote => depth += 1,
            ']' if !in_quote && depth == 0 => return Some(i),
            ']' | ')' if !in_quote => depth = depth.saturating_sub(1),
            _ => (),
        }
    }
    None
}

/// Splits at commas outside quotes and parentheses.
fn split_top_level(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut depth = 0usize;
    let mut in_quote = false;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        match c {
            '\'' => in_quote = !in_quote,
            '(' | '[' if !in_quote => depth += 1,
            ')' | ']' if !in_quote => depth = depth.saturating_sub(1),
            ',' if !in_quote && depth == 0 => {
                parts.push(&text[start..i]);
                start = i + 1;
            }
            _ => (),
        }
    }
    parts.push(&text[start..]);
    parts
}

fn decode_hex(hex: &str) -> Option<Vec<u8>> {
    hex.as_bytes()
        .chunks(2)
        .map(|pair| match pair {
            [hi, lo] => u8::from_str_radix(std::str::from_utf8(&[*hi, *lo]).ok()?, 16).ok(),
            _ => None,
        })
        .collect()
}

fn read_indexes(raw: &mut Raw, namespaces: &Namespaces, rows: &[Row]) {
    let mut i = 0;
    while i < rows.len() {
        let first = &rows[i];
        let key = (first.text("namespace"), first.text("table_name"), first.text("index_name"));
        let end = rows[i..]
            .iter()
            .position(|r| (r.text("namespace"), r.text("table_name"), r.text("index_name")) != key)
            .map_or(rows.len(), |n| i + n);
        read_index(raw, namespaces, &rows[i..end]);
        i = end;
    }
}

fn read_index(raw: &mut Raw, namespaces: &Namespaces, rows: &[Row]) {
    let first = &rows[0];
    let table = namespaces.table(first, "namespace", "table_name");
    let name = first.string("index_name");
    let definition = first.text("definition").map(str::to_owned);
    let skip = |kind| Unrepresentable::new(kind, Some(&table), name.clone()).with_definition(definition.clone());
    if first.bool("is_exclusion").unwrap_or(false) {
        return; // Reported with its constraint.
    }
    if first.bool("is_partial").unwrap_or(false) {
        raw.unrepresentable.push(skip(UnrepresentableKind::PartialIndex));
        return;
    }
    let key_count = first.int("key_count").unwrap_or(rows.len() as i64);
    if rows.iter().any(|r| r.is_null("column_name")) {
        raw.unrepresentable.push(skip(UnrepresentableKind::ExpressionIndex));
        return;
    }
    if (rows.len() as i64) > key_count {
        raw.unrepresentable.push(skip(UnrepresentableKind::CoveringIndex));
        return;
    }
    let algorithm = match first.text("method").unwrap_or_default() {
        "btree" => None,
        "hash" => Some(IndexAlgorithm::Hash),
        "gist" => Some(IndexAlgorithm::Gist),
        "gin" => Some(IndexAlgorithm::Gin),
        "spgist" => Some(IndexAlgorithm::SpGist),
        "brin" => Some(IndexAlgorithm::Brin),
        _ => {
            raw.unrepresentable.push(skip(UnrepresentableKind::UnsupportedIndexType));
            return;
        }
    };
    let columns = rows
        .iter()
        .map(|r| RawIndexColumn {
            name: r.string("column_name"),
            sort_order: (r.int("option").unwrap_or(0) & 1 == 1).then_some(SortOrder::Desc),
            length: None,
            operator_class: match r.bool("opclass_is_default") {
                Some(false) => r.text("opclass").map(str::to_owned),
                _ => None,
            },
        })
        .collect();
    let kind = if first.bool("is_primary").unwrap_or(false) {
        None
    } else if first.bool("is_unique").unwrap_or(false) {
        Some(IndexKind::Unique)
    } else {
        Some(IndexKind::Normal)
    };
    raw.indexes.push(RawIndex { table, name, kind, columns, algorithm, position: None });
}

fn read_constraints(raw: &mut Raw, namespaces: &Namespaces, rows: &[Row]) {
    for row in rows {
        let table = namespaces.table(row, "namespace", "table_name");
        let name = row.string("name");
        match row.text("kind").unwrap_or_default() {
            "f" => {
                let column = row.string("column_name");
                let referenced_column = row.string("referenced_column");
                if let Some(last) = raw
                    .foreign_keys
                    .last_mut()
                    .filter(|fk| fk.table == table && fk.name.as_deref() == Some(name.as_str()))
                {
                    last.columns.push(column);
                    last.referenced_columns.push(referenced_column);
                    continue;
                }
                let referenced_ns = row.text("referenced_namespace").unwrap_or_default();
                let referenced_table = RawTable {
                    namespace: if namespaces.described(referenced_ns) {
                        namespaces.ir(referenced_ns)
                    } else {
                        Some(referenced_ns.to_owned())
                    },
                    name: row.string("referenced_table"),
                };
                raw.foreign_keys.push(RawForeignKey {
                    table,
                    name: Some(name),
                    columns: vec![column],
                    referenced_table,
                    referenced_columns: vec![referenced_column],
                    on_delete: action(row.text("on_delete")),
                    on_update: action(row.text("on_update")),
                });
            }
            kind => {
                let kind = if kind == "x" {
                    UnrepresentableKind::ExclusionConstraint
                } else {
                    UnrepresentableKind::CheckConstraint
                };
                raw.unrepresentable.push(
                    Unrepresentable::new(kind, Some(&table), name)
                        .with_definition(row.text("definition").map(str::to_owned)),
                );
            }
        }
    }
}

fn action(code: Option<&str>) -> ForeignKeyAction {
    match code.unwrap_or_default() {
        "r" => ForeignKeyAction::Restrict,
        "c" => ForeignKeyAction::Cascade,
        "n" => ForeignKeyAction::SetNull,
        "d" => ForeignKeyAction::SetDefault,
        _ => ForeignKeyAction::NoAction,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ColumnTypeFamily as F;

    fn value(expr: &str, family: F) -> Option<DefaultValue> {
        parse_default(expr, &family, false)
    }

    #[test]
    fn defaults() {
        let v = |v| Some(DefaultValue::Value(v));
        assert_eq!(
            value("nextval('\"User_id_seq\"'::regclass)", F::Int),
            Some(DefaultValue::Sequence("User_id_seq".into()))
        );
        assert_eq!(
            value("nextval('s.\"Odd\"\"name\"'::regclass)", F::Int),
            Some(DefaultValue::Sequence("Odd\"name".into()))
        );
        assert_eq!(value("42", F::Int), v(Value::Int(42)));
        assert_eq!(value("'-1'::integer", F::Int), v(Value::Int(-1)));
        assert_eq!(value("'-9000000000'::bigint", F::BigInt), v(Value::BigInt(-9000000000)));
        assert_eq!(value("1.50", F::Decimal), v(Value::Float("1.50".into())));
        assert_eq!(value("true", F::Boolean), v(Value::Boolean(true)));
        assert_eq!(value("'it''s'::text", F::String), v(Value::String("it's".into())));
        assert_eq!(value("'a:b'::character varying", F::String), v(Value::String("a:b".into())));
        assert_eq!(value("E'a\\nb'::text", F::String), v(Value::String("a\nb".into())));
        assert_eq!(value("'ADMIN'::\"Role\"", F::Enum(EnumId(0))), v(Value::Enum("ADMIN".into())));
        assert_eq!(value("'{}'::jsonb", F::Json), v(Value::Json("{}".into())));
        assert_eq!(value("'\\x0aff'::bytea", F::Binary), v(Value::Bytes(vec![10, 255])));
        assert_eq!(value("now()", F::DateTime), Some(DefaultValue::Now));
        assert_eq!(value("CURRENT_TIMESTAMP", F::DateTime), Some(DefaultValue::Now));
        assert_eq!(
            value("'2020-01-01 00:00:00'::timestamp without time zone", F::DateTime),
            v(Value::DateTime("2020-01-01 00:00:00".into()))
        );
        assert_eq!(
            value("gen_random_uuid()", F::String),
            Some(DefaultValue::DbGenerated(Some("gen_random_uuid()".into())))
        );
        assert_eq!(
            value("('a'::text || 'b'::text)", F::String),
            Some(DefaultValue::DbGenerated(Some("('a'::text || 'b'::text)".into())))
        );
        assert_eq!(value("NULL::text", F::String), None);
        assert_eq!(value("'\\x0'::bytea", F::Binary), Some(DefaultValue::DbGenerated(Some("'\\x0'::bytea".into()))));
        assert_eq!(
            value("lower('X'::text)", F::String),
            Some(DefaultValue::DbGenerated(Some("lower('X'::text)".into())))
        );
    }

    #[test]
    fn array_defaults() {
        let list = |expr, family| parse_default(expr, &family, true);
        let l = |values| Some(DefaultValue::Value(Value::List(values)));
        assert_eq!(
            list("ARRAY['a'::text, 'b''c'::text]", F::String),
            l(vec![Value::String("a".into()), Value::String("b'c".into())])
        );
        assert_eq!(list("ARRAY[1, 2]", F::Int), l(vec![Value::Int(1), Value::Int(2)]));
        assert_eq!(list("ARRAY[]::text[]", F::String), l(vec![]));
        assert_eq!(list("'{}'::text[]", F::String), l(vec![]));
        assert_eq!(
            list("'{a,\"b c\"}'::text[]", F::String),
            l(vec![Value::String("a".into()), Value::String("b c".into())])
        );
        assert_eq!(list("'{1,2}'::integer[]", F::Int), l(vec![Value::Int(1), Value::Int(2)]));
    }

    #[test]
    fn types() {
        assert_eq!(column_type("varchar", 259, "character varying(255)"), (F::String, "VARCHAR(255)".into()));
        assert_eq!(column_type("varchar", -1, "character varying"), (F::String, "VARCHAR".into()));
        assert_eq!(
            column_type("numeric", (65 << 16) + 30 + 4, "numeric(65,30)"),
            (F::Decimal, "DECIMAL(65,30)".into())
        );
        assert_eq!(column_type("timestamp", 3, "timestamp(3) without time zone"), (F::DateTime, "TIMESTAMP(3)".into()));
        assert_eq!(column_type("timestamptz", -1, "timestamp with time zone"), (F::DateTime, "TIMESTAMPTZ(6)".into()));
        assert_eq!(column_type("interval", -1, "interval"), (F::Unsupported("interval".into()), "interval".into()));
    }
}
