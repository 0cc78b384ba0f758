//! Running SQL scripts: `strata db execute`, and how `migrate deploy` runs a migration's
//! script on each dialect ([`ApplyMode`]).
//!
//! - **PostgreSQL**: the whole script in one simple-query message, as Prisma's engine sends it.
//!   PostgreSQL runs such a message as one implicit transaction, so a failing script leaves none
//!   of its statements behind.
//! - **MySQL**: no transactional DDL. Statement by statement ([`split`]), so a failure can say
//!   how many statements had been applied. A script with compound statements
//!   (`CREATE PROCEDURE … BEGIN … END`) is sent whole, as Prisma sends every script.
//! - **SQLite**: Prisma runs the script with no transaction, so a failure leaves the statements
//!   before it. Strata wraps it in one transaction where that means the same thing
//!   ([`sqlite_mode`]). The catch is `PRAGMA foreign_keys`: inside a transaction it is a silent
//!   no-op, and Prisma's table redefinitions rely on it — with foreign keys still on, the
//!   `DROP TABLE` of a redefined parent table cascades and deletes the children's rows. So a
//!   script that switches foreign keys off runs with them off *for the whole transaction*,
//!   switched off before `BEGIN` and on again after — but only when everything it runs outside
//!   its foreign-keys-off blocks is DDL that foreign keys do not affect. A script that does
//!   anything else there (writes rows, drops tables), or controls transactions itself, runs as
//!   Prisma runs it.

use database::{Connection, ConnectionInfo};
use sql_schema::Dialect;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How `deploy` runs one script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApplyMode {
    /// PostgreSQL: one message, one implicit transaction; the bookkeeping rides in the same
    /// message.
    SingleTransaction,
    /// SQLite: `BEGIN`, the script, the bookkeeping, `COMMIT`.
    Transaction,
    /// SQLite: `PRAGMA foreign_keys=OFF`, then as [`ApplyMode::Transaction`], then
    /// `PRAGMA foreign_keys=ON`.
    TransactionForeignKeysOff,
    /// SQLite, as Prisma: the script alone; a failure leaves its earlier statements.
    Unwrapped,
    /// MySQL: statement by statement, no transaction.
    StatementByStatement,
    /// MySQL, a script that cannot be split safely: sent whole, no transaction.
    Whole,
}

impl ApplyMode {
    /// Whether a failure leaves none of the script's statements.
    pub fn is_atomic(self) -> bool {
        matches!(self, ApplyMode::SingleTransaction | ApplyMode::Transaction | ApplyMode::TransactionForeignKeysOff)
    }

    /// A short name for reports (`--json`).
    pub fn as_str(self) -> &'static str {
        match self {
            ApplyMode::SingleTransaction => "single-transaction",
            ApplyMode::Transaction => "transaction",
            ApplyMode::TransactionForeignKeysOff => "transaction-foreign-keys-off",
            ApplyMode::Unwrapped => "no-transaction",
            ApplyMode::StatementByStatement => "statement-by-statement",
            ApplyMode::Whole => "whole-script",
        }
    }
}

/// How `deploy` runs `script` on `dialect`.
pub fn apply_mode(dialect: Dialect, script: &str) -> ApplyMode {
    match dialect {
        Dialect::Postgres => ApplyMode::SingleTransaction,
        Dialect::Mysql => match split(script, Dialect::Mysql) {
            Some(_) => ApplyMode::StatementByStatement,
            None => ApplyMode::Whole,
        },
        Dialect::Sqlite => sqlite_mode(script),
    }
}

/// The SQLite mode of `script` (see the module docs).
pub fn sqlite_mode(script: &str) -> ApplyMode {
    let Some(statements) = split(script, Dialect::Sqlite) else { return ApplyMode::Unwrapped };
    let mut switches_foreign_keys = false;
    let mut foreign_keys_on = true;
    // Whether something ran with foreign keys on that they would affect.
    let mut sensitive_while_on = false;
    for statement in &statements {
        let words = leading_words(statement, 3);
        let word = |i: usize| words.get(i).map(String::as_str).unwrap_or("");
        match word(0) {
            "BEGIN" | "COMMIT" | "END" | "ROLLBACK" | "SAVEPOINT" | "RELEASE" | "VACUUM" | "ATTACH" | "DETACH" => {
                return ApplyMode::Unwrapped
            }
            "PRAGMA" => {
                let pragma = pragma_name_and_value(statement);
                match pragma.0.as_str() {
                    "FOREIGN_KEYS" => {
                        switches_foreign_keys = true;
                        foreign_keys_on = matches!(pragma.1.as_str(), "ON" | "1" | "TRUE" | "YES");
                    }
                    "JOURNAL_MODE" | "LOCKING_MODE" => return ApplyMode::Unwrapped,
                    _ => (),
                }
            }
            "CREATE" | "ALTER" => (),
            "DROP" if matches!(word(1), "INDEX" | "VIEW" | "TRIGGER") => (),
            "SELECT" | "EXPLAIN" | "ANALYZE" | "REINDEX" => (),
            // Rows written, tables dropped, anything unknown: foreign keys matter.
            _ => sensitive_while_on |= foreign_keys_on,
        }
    }
    match (switches_foreign_keys, sensitive_while_on) {
        (false, _) => ApplyMode::Transaction,
        (true, false) => ApplyMode::TransactionForeignKeysOff,
        (true, true) => ApplyMode::Unwrapped,
    }
}

fn pragma_name_and_value(statement: &str) -> (String, String) {
    let text = strip_leading_comments(statement);
    let body = text.get(6..).unwrap_or("").trim();
    let body = body.strip_prefix("main.").unwrap_or(body);
    let (name, value) = match body.split_once('=') {
        Some((n, v)) => (n, v),
        None => match body.split_once('(') {
            Some((n, v)) => (n, v.trim_end_matches(')')),
            None => (body, ""),
        },
    };
    let clean =
        |s: &str| s.trim().trim_end_matches(';').trim().trim_matches(|c| c == '\'' || c == '"').to_ascii_uppercase();
    (clean(name), clean(value))
}

/// The first `n` words of a statement, upper case, after comments.
fn leading_words(statement: &str, n: usize) -> Vec<String> {
    strip_leading_comments(statement)
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .take(n)
        .map(str::to_ascii_uppercase)
        .collect()
}

fn strip_leading_comments(mut s: &str) -> &str {
    loop {
        s = s.trim_start();
        if let Some(rest) = s.strip_prefix("--") {
            s = rest.split_once('\n').map_or("", |(_, r)| r);
        } else if let Some(rest) = s.strip_prefix("/*") {
            s = rest.split_once("*/").map_or("", |(_, r)| r);
        } else {
            return s;
        }
    }
}

/// Runs `body` inside `BEGIN` … `COMMIT` (SQLite's explicit transaction for a migration),
/// rolling back if any of it fails. With `foreign_keys_off`, `PRAGMA foreign_keys` is off
/// around the transaction: SQLite ignores the pragma inside one, and a table redefinition's
/// `DROP TABLE` would otherwise cascade to child rows.
///
/// The outer error is a failure to switch the pragma; the inner result is the transaction's.
pub(crate) async fn in_transaction(
    conn: &mut Connection,
    foreign_keys_off: bool,
    body: impl AsyncFnOnce(&mut Connection) -> Result<(), database::Error>,
) -> Result<Result<(), database::Error>, database::Error> {
    if foreign_keys_off {
        conn.raw_cmd("PRAGMA foreign_keys=OFF").await?;
    }
    let mut result = conn.raw_cmd("BEGIN").await;
    if result.is_ok() {
        result = body(conn).await;
    }
    if result.is_ok() {
        result = conn.raw_cmd("COMMIT").await;
    }
    if result.is_err() {
        let _ = conn.raw_cmd("ROLLBACK").await;
    }
    if foreign_keys_off {
        conn.raw_cmd("PRAGMA foreign_keys=ON").await?;
    }
    Ok(result)
}

/// Runs a script one statement at a time (MySQL, where DDL commits by itself), stopping at
/// the first failure. Returns the outcome and how many of how many statements ran.
pub(crate) async fn statement_by_statement(
    conn: &mut Connection,
    script: &str,
    dialect: Dialect,
) -> (Result<(), database::Error>, usize, usize) {
    let parts = split(script, dialect).unwrap_or_default();
    let mut done = 0;
    for statement in &parts {
        if let Err(error) = conn.raw_cmd(statement).await {
            return (Err(error), done, parts.len());
        }
        done += 1;
    }
    (Ok(()), done, parts.len())
}

/// Splits a script into statements (each without its `;`, comments kept, empty ones dropped).
/// `None` when it cannot be split safely: an unterminated quote or comment, or a compound
/// statement (MySQL `CREATE PROCEDURE/FUNCTION/TRIGGER/EVENT`, whose body has its own `;`).
/// SQLite `CREATE TRIGGER … BEGIN … END` is kept whole.
pub fn split(script: &str, dialect: Dialect) -> Option<Vec<&str>> {
    let bytes = script.as_bytes();
    let mut statements = Vec::new();
    let mut start = 0;
    let mut i = 0;
    // Inside `CREATE TRIGGER … BEGIN`: `;` does not end the statement until `END`.
    let mut in_trigger_body = false;
    while i < bytes.len() {
        let c = bytes[i];
        match c {
            b'\'' | b'"' | b'`' => i = skip_quoted(bytes, i, dialect)?,
            b'[' if dialect == Dialect::Sqlite => i = bytes[i..].iter().position(|&b| b == b']').map(|p| i + p + 1)?,
            b'-' if bytes.get(i + 1) == Some(&b'-') => {
                i = bytes[i..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |p| i + p + 1)
            }
            b'#' if dialect == Dialect::Mysql => {
                i = bytes[i..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |p| i + p + 1)
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => i = script[i + 2..].find("*/").map(|p| i + 2 + p + 2)?,
            b';' => {
                let statement = &script[start..i];
                let words = leading_words(statement, 6);
                let compound = words.first().is_some_and(|w| w == "CREATE")
                    && words.iter().any(|w| matches!(w.as_str(), "TRIGGER" | "PROCEDURE" | "FUNCTION" | "EVENT"));
                if compound && dialect == Dialect::Mysql {
                    return None;
                }
                if compound && !in_trigger_body && has_word(statement, "BEGIN") {
                    in_trigger_body = true;
                }
                let ends_body = in_trigger_body && last_word(statement).as_deref() == Some("END");
                if !in_trigger_body || ends_body {
                    in_trigger_body = false;
                    if !strip_leading_comments(statement).is_empty() {
                        statements.push(statement);
                    }
                    start = i + 1;
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    if in_trigger_body {
        return None;
    }
    let tail = &script[start..];
    if !strip_leading_comments(tail).is_empty() {
        statements.push(tail);
    }
    Some(statements)
}

fn skip_quoted(bytes: &[u8], open: usize, dialect: Dialect) -> Option<usize> {
    let quote = bytes[open];
    let mut i = open + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if dialect == Dialect::Mysql && quote != b'`' => i += 2,
            b if b == quote => {
                if bytes.get(i + 1) == Some(&quote) {
                    i += 2;
                } else {
                    return Some(i + 1);
                }
            }
            _ => i += 1,
        }
    }
    None
}

fn has_word(statement: &str, word: &str) -> bool {
    statement.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).any(|w| w.eq_ignore_ascii_case(word))
}

fn last_word(statement: &str) -> Option<String> {
    let mut text = statement.trim_end();
    // Drop trailing `-- comment` lines.
    while let Some(line_start) = text.rfind('\n') {
        if text[line_start + 1..].trim_start().starts_with("--") {
            text = text[..line_start].trim_end();
        } else {
            break;
        }
    }
    text.rsplit(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).find(|w| !w.is_empty()).map(str::to_ascii_uppercase)
}

/// Where `db execute` reads the script from.
#[derive(Debug, Clone)]
pub enum ScriptSource {
    /// `--file PATH` (relative to the working directory).
    File(PathBuf),
    /// `--stdin`: the text, already read.
    Stdin(String),
}

/// A request for `strata db execute`.
#[derive(Debug, Clone)]
pub struct ExecuteRequest {
    /// The script.
    pub script: ScriptSource,
    /// `--url`.
    pub url: Option<String>,
    /// `--schema`.
    pub schema: Option<PathBuf>,
    /// The working directory.
    pub cwd: PathBuf,
}

/// What `db execute` did.
#[derive(Debug, Clone)]
pub struct ExecuteReport {
    /// The database (redacted URL).
    pub database: String,
    /// How long the script took.
    pub duration: Duration,
}

/// An error of `db execute`.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ExecuteError {
    /// Neither `--url` nor `--schema` (nor a default schema) gave a database.
    #[error(transparent)]
    Url(#[from] crate::url::UrlError),
    /// The schema could not be found or read.
    #[error(transparent)]
    Schema(#[from] crate::EngineError),
    /// The script file could not be read.
    #[error("Could not read the script {}: {source}", path.display())]
    ReadScript {
        /// The file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// Connecting, or the script itself, failed.
    #[error(transparent)]
    Database(#[from] database::Error),
}

impl ExecuteError {
    /// Prisma's code, where there is one.
    pub fn code(&self) -> Option<&'static str> {
        match self {
            ExecuteError::Url(e) => e.code(),
            ExecuteError::Database(e) => e.code(),
            _ => None,
        }
    }
}

/// `strata db execute`: runs the script on the database (`--url`, else the schema's datasource
/// `url`), as one message on PostgreSQL (one implicit transaction), one multi-statement query on
/// MySQL, statement after statement on SQLite — as Prisma. Writes no history.
pub async fn execute(request: ExecuteRequest) -> Result<ExecuteReport, ExecuteError> {
    let script = match &request.script {
        ScriptSource::File(path) => {
            let full = if path.is_absolute() { path.clone() } else { request.cwd.join(path) };
            let bytes =
                std::fs::read(&full).map_err(|source| ExecuteError::ReadScript { path: path.clone(), source })?;
            String::from_utf8_lossy(&bytes).into_owned()
        }
        ScriptSource::Stdin(text) => text.clone(),
    };
    let info = execute_target(&request)?;
    let mut conn = Connection::connect(&info).await?;
    let started = Instant::now();
    let result = conn.raw_cmd(&script).await;
    let duration = started.elapsed();
    let _ = conn.close().await;
    result?;
    Ok(ExecuteReport { database: info.to_string(), duration })
}

fn execute_target(request: &ExecuteRequest) -> Result<ConnectionInfo, ExecuteError> {
    if let Some(url) = &request.url {
        let resolved = crate::url::resolve(crate::url::UrlRequest {
            explicit: Some(url),
            datasource: None,
            schema_path: None,
            schema_dir: None,
            cwd: &request.cwd,
            purpose: crate::url::UrlPurpose::Query,
        })?;
        return Ok(resolved.info);
    }
    let loaded = crate::schema::locate_and_load(request.schema.as_deref(), &request.cwd)?;
    let validated = loaded.validate();
    let schema_path = loaded.location.path().to_path_buf();
    let dir = schema_dir(&loaded.location);
    let resolved = crate::url::resolve(crate::url::UrlRequest {
        explicit: None,
        datasource: validated.configuration.datasource(),
        schema_path: Some(&schema_path),
        schema_dir: Some(&dir),
        cwd: &request.cwd,
        purpose: crate::url::UrlPurpose::Query,
    })?;
    Ok(resolved.info)
}

/// The directory of a schema: the file's directory, or the folder of a multi-file schema.
pub fn schema_dir(location: &crate::schema::SchemaLocation) -> PathBuf {
    match location {
        crate::schema::SchemaLocation::File(path) => {
            path.parent().map(Path::to_path_buf).filter(|p| !p.as_os_str().is_empty()).unwrap_or_else(|| ".".into())
        }
        crate::schema::SchemaLocation::Folder(path) => path.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const REDEFINE: &str = "-- RedefineTables\nPRAGMA defer_foreign_keys=ON;\nPRAGMA foreign_keys=OFF;\n\
        CREATE TABLE \"new_User\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"age\" INTEGER);\n\
        INSERT INTO \"new_User\" (\"id\") SELECT \"id\" FROM \"User\";\nDROP TABLE \"User\";\n\
        ALTER TABLE \"new_User\" RENAME TO \"User\";\nPRAGMA foreign_keys=ON;\nPRAGMA defer_foreign_keys=OFF;\n";

    #[test]
    fn splits_around_quotes_and_comments() {
        let script =
            "CREATE TABLE \"a;b\" (x TEXT DEFAULT 'it''s;');\n-- a; comment\n/* b; */ INSERT INTO t VALUES (1);\n";
        assert_eq!(split(script, Dialect::Sqlite).unwrap().len(), 2);
        assert_eq!(split("SELECT 'a\\';'; SELECT 2 # x;\n", Dialect::Mysql).unwrap().len(), 2);
        assert_eq!(split("SELECT 'open", Dialect::Sqlite), None);
        assert_eq!(split("-- only a comment\n", Dialect::Sqlite).unwrap().len(), 0);
    }

    #[test]
    fn keeps_sqlite_triggers_whole_and_refuses_mysql_compound_statements() {
        let trigger =
            "CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); DELETE FROM c; END;\nSELECT 1;";
        let statements = split(trigger, Dialect::Sqlite).unwrap();
        assert_eq!(statements.len(), 2, "{statements:?}");
        assert_eq!(split("CREATE PROCEDURE p() BEGIN SELECT 1; END;", Dialect::Mysql), None);
    }

    #[test]
    fn sqlite_modes() {
        assert_eq!(sqlite_mode("CREATE TABLE a (id INTEGER);\nINSERT INTO a VALUES (1);\n"), ApplyMode::Transaction);
        assert_eq!(sqlite_mode(REDEFINE), ApplyMode::TransactionForeignKeysOff);
        let drop = "PRAGMA foreign_keys=off;\nDROP TABLE \"Post\";\nPRAGMA foreign_keys=on;\nCREATE INDEX i ON a(x);\n";
        assert_eq!(sqlite_mode(drop), ApplyMode::TransactionForeignKeysOff);
        assert_eq!(sqlite_mode(&format!("{REDEFINE}DELETE FROM \"User\";\n")), ApplyMode::Unwrapped);
        assert_eq!(sqlite_mode(&format!("DROP TABLE x;\n{REDEFINE}")), ApplyMode::Unwrapped);
        assert_eq!(sqlite_mode("BEGIN;\nCREATE TABLE a (id INTEGER);\nCOMMIT;\n"), ApplyMode::Unwrapped);
        assert_eq!(sqlite_mode("VACUUM;"), ApplyMode::Unwrapped);
    }
}
