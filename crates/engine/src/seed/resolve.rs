//! Keys and reads by key: hashing key values as the database compares them ([`KeyHasher`]),
//! reading rows by key, and decoding what the database returns.

use super::plan::{Fold, TablePlan};
use super::value::Value;
use database::bulk::BulkConnection;

/// Hashes keys as the database compares them: each text value is folded as its column's
/// collation compares (see [`Fold`]), and two independently keyed SipHash-1-3 make 128 bits, so
/// a key is hashed once and stored as a `u128` (two different keys collide with probability
/// about 2^-128 per pair).
#[derive(Debug, Clone)]
pub struct KeyHasher {
    a: std::hash::RandomState,
    b: std::hash::RandomState,
}

impl Default for KeyHasher {
    fn default() -> Self {
        KeyHasher { a: std::hash::RandomState::new(), b: std::hash::RandomState::new() }
    }
}

/// Builds one key hash from values and parts of lookups.
pub struct KeyBuilder {
    a: std::hash::DefaultHasher,
    b: std::hash::DefaultHasher,
}

impl KeyHasher {
    /// Starts a key.
    pub fn start(&self) -> KeyBuilder {
        use std::hash::BuildHasher as _;
        KeyBuilder { a: self.a.build_hasher(), b: self.b.build_hasher() }
    }

    /// The hash of `values` of `columns` of `table`.
    pub fn values<'v>(
        &self,
        table: &TablePlan,
        columns: &[usize],
        values: impl IntoIterator<Item = &'v Value>,
    ) -> u128 {
        let mut k = self.start();
        for (c, v) in columns.iter().zip(values) {
            k.value(v, table.columns[*c].fold);
        }
        k.finish()
    }
}

impl KeyBuilder {
    /// Adds a value compared as `fold` says.
    pub fn value(&mut self, v: &Value, fold: Fold) {
        use std::hash::Hasher as _;
        let (a, b) = (&mut self.a, &mut self.b);
        let mut both = |f: &dyn Fn(&mut std::hash::DefaultHasher)| {
            f(a);
            f(b);
        };
        match v {
            Value::Null => both(&|h| h.write_u8(0)),
            Value::Bool(x) => both(&|h| {
                h.write_u8(1);
                h.write_u8(*x as u8)
            }),
            Value::Int(i) => both(&|h| {
                h.write_u8(2);
                h.write_i64(*i)
            }),
            Value::Float(f) => both(&|h| {
                h.write_u8(3);
                h.write_u64(f.to_bits())
            }),
            Value::Decimal(d) => both(&|h| {
                h.write_u8(4);
                h.write(d.as_bytes());
                h.write_u8(0xff)
            }),
            Value::Text(s) => {
                let s = if fold.trailing_spaces { s.trim_end_matches(' ') } else { s.as_str() };
                if fold.case && s.is_ascii() {
                    let mut buf = [0u8; 64];
                    both(&|h| h.write_u8(5));
                    for chunk in s.as_bytes().chunks(64) {
                        for (d, c) in buf.iter_mut().zip(chunk) {
                            *d = c.to_ascii_lowercase();
                        }
                        let part = &buf[..chunk.len()];
                        both(&|h| h.write(part));
                    }
                } else if fold.case {
                    let lower = s.to_lowercase();
                    both(&|h| {
                        h.write_u8(5);
                        h.write(lower.as_bytes())
                    });
                } else {
                    both(&|h| {
                        h.write_u8(5);
                        h.write(s.as_bytes())
                    });
                }
                both(&|h| h.write_u8(0xff));
            }
            Value::DateTime(m) => both(&|h| {
                h.write_u8(6);
                h.write_i64(*m)
            }),
            Value::Json(j) => {
                let text = j.to_string();
                both(&|h| {
                    h.write_u8(7);
                    h.write(text.as_bytes());
                    h.write_u8(0xff)
                })
            }
            Value::Bytes(x) => both(&|h| {
                h.write_u8(8);
                h.write_usize(x.len());
                h.write(x)
            }),
        }
    }

    /// Adds a plain number (a tag, a relation's index).
    pub fn tag(&mut self, n: u64) {
        use std::hash::Hasher as _;
        self.a.write_u64(n);
        self.b.write_u64(n);
    }

    /// The 128-bit hash.
    pub fn finish(self) -> u128 {
        use std::hash::Hasher as _;
        ((self.a.finish() as u128) << 64) | self.b.finish() as u128
    }
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
