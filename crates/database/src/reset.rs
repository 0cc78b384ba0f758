//! Emptying a database: what `migrate reset`, `db push --force-reset`, `migrate dev` (after
//! consent) and a reused shadow database need before migrations are replayed.
//!
//! | dialect | what [`reset`] does |
//! |---|---|
//! | PostgreSQL | `DROP SCHEMA … CASCADE` then `CREATE SCHEMA …` for the URL's schema and every schema passed in (multiSchema), in one transaction, as Prisma does |
//! | MySQL | drops every view, table, sequence, stored routine and event of the URL's database, with foreign key checks off; the database itself (its character set, its grants) stays |
//! | SQLite | drops every view, trigger and table of the file, with foreign keys off, then `VACUUM`s it; the file stays |
//!
//! Nothing outside the URL's schema(s) or database is touched. The catalog is read with one
//! query, whatever the number of objects.

use crate::{Connection, Error};
use sql_schema::Dialect;

/// What [`reset`] dropped, for reports and tests.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ResetReport {
    /// PostgreSQL: the schemas dropped and created again. Empty elsewhere.
    pub schemas: Vec<String>,
    /// MySQL and SQLite: the objects dropped, as `kind name` (`table User`, `view Stats`).
    /// Empty on PostgreSQL, where dropping the schema drops everything in it.
    pub objects: Vec<String>,
}

/// Drops every object of the database `conn` is connected to (see the module docs).
/// `namespaces` are PostgreSQL schemas to reset besides the URL's (multiSchema); other dialects
/// ignore them.
pub async fn reset(conn: &mut Connection, namespaces: &[String]) -> Result<ResetReport, Error> {
    match conn.dialect() {
        Dialect::Postgres => reset_postgres(conn, namespaces).await,
        Dialect::Mysql => reset_mysql(conn).await,
        Dialect::Sqlite => reset_sqlite(conn).await,
    }
}

async fn reset_postgres(conn: &mut Connection, namespaces: &[String]) -> Result<ResetReport, Error> {
    let mut schemas = vec![conn.info().schema().unwrap_or("public").to_owned()];
    for namespace in namespaces {
        if !schemas.contains(namespace) {
            schemas.push(namespace.clone());
        }
    }
    let script: String = schemas
        .iter()
        .map(|s| {
            let quoted = Dialect::Postgres.quote_identifier(s);
            format!("DROP SCHEMA IF EXISTS {quoted} CASCADE;\nCREATE SCHEMA {quoted};\n")
        })
        .collect();
    // One simple-query message: one implicit transaction.
    conn.raw_cmd(&script).await?;
    Ok(ResetReport { schemas, objects: Vec::new() })
}

async fn reset_mysql(conn: &mut Connection) -> Result<ResetReport, Error> {
    let sql = "SELECT TABLE_TYPE AS kind, TABLE_NAME AS name FROM information_schema.TABLES \
               WHERE TABLE_SCHEMA = DATABASE() \
               UNION ALL SELECT ROUTINE_TYPE, ROUTINE_NAME FROM information_schema.ROUTINES \
               WHERE ROUTINE_SCHEMA = DATABASE() \
               UNION ALL SELECT 'EVENT', EVENT_NAME FROM information_schema.EVENTS WHERE EVENT_SCHEMA = DATABASE()";
    let rows = conn.query_rows(sql, &[]).await?;
    let mut objects: Vec<(MysqlObject, String)> = rows
        .iter()
        .filter_map(|row| Some((MysqlObject::from_catalog(row.text("kind")?)?, row.string("name"))))
        .collect();
    objects.sort();
    let mut statements = vec!["SET FOREIGN_KEY_CHECKS = 0".to_owned()];
    statements.extend(
        objects
            .iter()
            .map(|(kind, name)| format!("DROP {} IF EXISTS {}", kind.keyword(), Dialect::Mysql.quote_identifier(name))),
    );
    let mut result = Ok(());
    for statement in &statements {
        result = conn.raw_cmd(statement).await;
        if result.is_err() {
            break;
        }
    }
    // The session setting is restored even when a drop failed.
    let restored = conn.raw_cmd("SET FOREIGN_KEY_CHECKS = 1").await;
    result.and(restored)?;
    Ok(ResetReport {
        schemas: Vec::new(),
        objects: objects.into_iter().map(|(kind, name)| format!("{} {name}", kind.keyword().to_lowercase())).collect(),
    })
}

/// MySQL objects, in the order they are dropped: views before the tables they read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum MysqlObject {
    View,
    Table,
    Sequence,
    Procedure,
    Function,
    Event,
}

impl MysqlObject {
    fn from_catalog(kind: &str) -> Option<MysqlObject> {
        Some(match kind {
            "VIEW" | "SYSTEM VIEW" => MysqlObject::View,
            "BASE TABLE" | "SYSTEM VERSIONED" => MysqlObject::Table,
            "SEQUENCE" => MysqlObject::Sequence,
            "PROCEDURE" => MysqlObject::Procedure,
            "FUNCTION" => MysqlObject::Function,
            "EVENT" => MysqlObject::Event,
            // Temporary tables belong to their session, not to the database.
            _ => return None,
        })
    }

    fn keyword(self) -> &'static str {
        match self {
            MysqlObject::View => "VIEW",
            MysqlObject::Table => "TABLE",
            MysqlObject::Sequence => "SEQUENCE",
            MysqlObject::Procedure => "PROCEDURE",
            MysqlObject::Function => "FUNCTION",
            MysqlObject::Event => "EVENT",
        }
    }
}

async fn reset_sqlite(conn: &mut Connection) -> Result<ResetReport, Error> {
    let sql = "SELECT type AS kind, name FROM sqlite_master \
               WHERE type IN ('view', 'trigger', 'table') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' \
               ORDER BY CASE type WHEN 'view' THEN 0 WHEN 'trigger' THEN 1 ELSE 2 END, name";
    let rows = conn.query_rows(sql, &[]).await?;
    let objects: Vec<(String, String)> = rows.iter().map(|r| (r.string("kind"), r.string("name"))).collect();
    if objects.is_empty() {
        return Ok(ResetReport::default());
    }
    // `PRAGMA foreign_keys` is a no-op inside a transaction: switched off around it.
    conn.raw_cmd("PRAGMA foreign_keys = OFF").await?;
    let mut script = String::from("BEGIN;\n");
    for (kind, name) in &objects {
        script.push_str(&format!(
            "DROP {} IF EXISTS {};\n",
            kind.to_uppercase(),
            Dialect::Sqlite.quote_identifier(name)
        ));
    }
    script.push_str("COMMIT;\n");
    let result = conn.raw_cmd(&script).await;
    if result.is_err() {
        let _ = conn.raw_cmd("ROLLBACK").await;
    }
    let restored = conn.raw_cmd("PRAGMA foreign_keys = ON").await;
    result.and(restored)?;
    conn.raw_cmd("VACUUM").await?;
    Ok(ResetReport { schemas: Vec::new(), objects: objects.into_iter().map(|(k, n)| format!("{k} {n}")).collect() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mysql_views_go_before_tables_and_temporary_tables_are_left_alone() {
        let mut kinds: Vec<MysqlObject> =
            ["BASE TABLE", "FUNCTION", "VIEW", "EVENT"].iter().filter_map(|k| MysqlObject::from_catalog(k)).collect();
        kinds.sort();
        assert_eq!(kinds, [MysqlObject::View, MysqlObject::Table, MysqlObject::Function, MysqlObject::Event]);
        assert_eq!(MysqlObject::from_catalog("TEMPORARY"), None);
    }
}
