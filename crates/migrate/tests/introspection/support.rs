//! Helpers shared by the introspection tests that run against real databases: a fresh
//! database per case, the SQL applied, the schema described and introspected.

#![allow(dead_code)]

use database::{DescribeOptions, Unrepresentable, UnrepresentableKind};
use migrate::introspect::{introspect_with, DatabaseNote, DatabaseNoteKind, IntrospectionInput, IntrospectionResult};
use sql_schema::Dialect;
use test_support::TestDb;

/// A fresh database of `dialect`.
pub async fn fresh_db(dialect: Dialect, hint: &str) -> TestDb {
    match dialect {
        Dialect::Postgres => TestDb::postgres(hint).await,
        Dialect::Mysql => TestDb::mysql(hint).await,
        Dialect::Sqlite => TestDb::sqlite(hint).await,
    }
}

/// The notes introspection takes from what describe could not represent.
pub fn notes(unrepresentable: &[Unrepresentable]) -> Vec<DatabaseNote> {
    unrepresentable
        .iter()
        .filter_map(|u| {
            let kind = match u.kind {
                UnrepresentableKind::CheckConstraint => DatabaseNoteKind::CheckConstraint,
                UnrepresentableKind::ExclusionConstraint => DatabaseNoteKind::ExclusionConstraint,
                UnrepresentableKind::ExpressionIndex => DatabaseNoteKind::ExpressionIndex,
                _ => return None,
            };
            Some(DatabaseNote { kind, namespace: u.namespace.clone(), table: u.table.clone()?, name: u.name.clone() })
        })
        .collect()
}

/// Applies `sql` to a fresh database, describes it and introspects it on top of `previous`.
/// `Err` carries the reason when the SQL or describe fails.
pub async fn pull(
    dialect: Dialect,
    hint: &str,
    sql: &str,
    namespaces: Option<Vec<String>>,
    previous: Option<&psl::ValidatedSchema>,
) -> Result<IntrospectionResult, String> {
    let mut db = fresh_db(dialect, hint).await;
    let result = async {
        db.conn().raw_cmd(sql).await.map_err(|e| format!("applying the SQL: {e}"))?;
        // Like `db pull`, describe the datasource's `schemas` when it lists some.
        let from_previous = previous
            .and_then(|p| p.configuration.datasource())
            .map(|d| d.schemas.iter().map(|(s, _)| s.clone()).collect::<Vec<_>>())
            .filter(|s| !s.is_empty());
        let options = DescribeOptions { namespaces: namespaces.or(from_previous), ..Default::default() };
        let described = db.conn().describe(&options).await.map_err(|e| format!("describe: {e}"))?;
        let notes = notes(&described.unrepresentable);
        let input = IntrospectionInput {
            schema: &described.schema,
            dialect,
            previous,
            notes: &notes,
            default_namespace: None,
            views: &described.views,
        };
        Ok(introspect_with(&input))
    }
    .await;
    db.cleanup().await;
    result
}

/// The first line where two texts differ, for failure messages.
pub fn first_difference(expected: &str, actual: &str) -> String {
    for (i, (e, a)) in expected.lines().zip(actual.lines()).enumerate() {
        if e != a {
            return format!("line {}: expected `{e}`, got `{a}`", i + 1);
        }
    }
    format!("lengths differ: expected {} lines, got {}", expected.lines().count(), actual.lines().count())
}

/// A unified-ish diff of two texts (every line marked), for printing.
pub fn show_diff(expected: &str, actual: &str) -> String {
    let mut out = String::new();
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    for i in 0..e.len().max(a.len()) {
        match (e.get(i), a.get(i)) {
            (Some(x), Some(y)) if x == y => out.push_str(&format!("  {x}\n")),
            (x, y) => {
                if let Some(x) = x {
                    out.push_str(&format!("- {x}\n"));
                }
                if let Some(y) = y {
                    out.push_str(&format!("+ {y}\n"));
                }
            }
        }
    }
    out
}
