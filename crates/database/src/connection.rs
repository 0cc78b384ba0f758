//! One connection to one database, whatever its dialect.
//!
//! [`Connection::connect`] turns a [`ConnectionInfo`] into a live connection: each attempt is
//! bounded by the URL's `connect_timeout`, and failures that are typical of a server still
//! starting up (connection refused or reset, "the database system is starting up") are retried
//! with backoff ([`RetryPolicy`]). Authentication and missing-database errors are never
//! retried. Driver errors become [`Error`]s with Prisma's codes.

use crate::row::{self, Param, Row};
use crate::url::{MysqlUrl, PostgresUrl, SqliteUrl, SslAccept, SslMode};
use crate::{ConnectionInfo, Error};
use sql_schema::Dialect;
use sqlx::{ConnectOptions as _, Connection as _};
use std::time::Duration;

/// How often and how patiently [`Connection::connect_with`] retries transient failures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    /// The pause before each retry; its length is the number of retries.
    pub backoff: Vec<Duration>,
}

impl Default for RetryPolicy {
    /// Three retries, after 100, 300 and 900 ms.
    fn default() -> Self {
        RetryPolicy { backoff: [100, 300, 900].into_iter().map(Duration::from_millis).collect() }
    }
}

impl RetryPolicy {
    /// No retries: fail on the first error.
    pub fn none() -> Self {
        RetryPolicy { backoff: Vec::new() }
    }
}

/// A live connection to a PostgreSQL, MySQL or SQLite database.
pub struct Connection {
    inner: Inner,
    info: ConnectionInfo,
    queries: u64,
    version: Option<String>,
}

/// Shows the dialect, the redacted URL and the query count; nothing of the driver's state.
impl std::fmt::Debug for Connection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Connection")
            .field("dialect", &self.dialect())
            .field("url", &self.info.to_string())
            .field("queries", &self.queries)
            .finish_non_exhaustive()
    }
}

enum Inner {
    Postgres(sqlx::PgConnection),
    Mysql(sqlx::MySqlConnection),
    Sqlite(sqlx::SqliteConnection),
}

impl Connection {
    /// Connects with the default [`RetryPolicy`].
    pub async fn connect(info: &ConnectionInfo) -> Result<Connection, Error> {
        Connection::connect_with(info, &RetryPolicy::default()).await
    }

    /// Connects, retrying transient failures as `retry` says.
    pub async fn connect_with(info: &ConnectionInfo, retry: &RetryPolicy) -> Result<Connection, Error> {
        let mut pauses = retry.backoff.iter();
        loop {
            match connect_once(info).await {
                Ok(inner) => {
                    let mut conn = Connection { inner, info: info.clone(), queries: 0, version: None };
                    conn.set_search_path_without_startup_options().await?;
                    return Ok(conn);
                }
                Err(failure) if failure.transient => match pauses.next() {
                    Some(pause) => tokio::time::sleep(*pause).await,
                    None => return Err(failure.error),
                },
                Err(failure) => return Err(failure.error),
            }
        }
    }

    /// Behind pgbouncer, startup options are refused: the schema is set with `SET` instead.
    async fn set_search_path_without_startup_options(&mut self) -> Result<(), Error> {
        if let ConnectionInfo::Postgres(pg) = &self.info {
            if pg.pgbouncer {
                let sql = format!("SET search_path = {}", crate::admin::quote_postgres(&pg.schema));
                self.raw_cmd(&sql).await?;
                self.queries = 0;
            }
        }
        Ok(())
    }

    /// The dialect of the database.
    pub fn dialect(&self) -> Dialect {
        self.info.dialect()
    }

    /// What this connection was opened with.
    pub fn info(&self) -> &ConnectionInfo {
        &self.info
    }

    /// How many statements and scripts this connection has sent so far.
    pub fn query_count(&self) -> u64 {
        self.queries
    }

    /// Executes a script of any number of statements, in one round trip where the dialect
    /// allows: the simple query protocol on PostgreSQL, a multi-statement query on MySQL,
    /// statement after statement on SQLite. The first failing statement stops the script.
    pub async fn raw_cmd(&mut self, sql: &str) -> Result<(), Error> {
        self.queries += 1;
        let result = match &mut self.inner {
            Inner::Postgres(conn) => sqlx::raw_sql(sql).execute(conn).await.map(drop),
            Inner::Mysql(conn) => sqlx::raw_sql(sql).execute(conn).await.map(drop),
            Inner::Sqlite(conn) => sqlx::raw_sql(sql).execute(conn).await.map(drop),
        };
        result.map_err(query_error)
    }

    /// Runs one query with parameters (`$1` on PostgreSQL, `?` elsewhere) and returns its
    /// rows. Meant for catalog and bookkeeping queries: cast exotic types to text in the SQL.
    pub async fn query_rows(&mut self, sql: &str, params: &[Param]) -> Result<Vec<Row>, Error> {
        self.queries += 1;
        match &mut self.inner {
            Inner::Postgres(conn) => {
                let mut query = sqlx::query(sql);
                for param in params {
                    query = match param {
                        Param::Text(s) => query.bind(s.clone()),
                        Param::Int(i) => query.bind(*i),
                        Param::TextList(list) => query.bind(list.clone()),
                    };
                }
                row::from_postgres(query.fetch_all(conn).await.map_err(query_error)?)
            }
            Inner::Mysql(conn) => {
                let mut query = sqlx::query(sql);
                for param in params {
                    query = match param {
                        Param::Text(s) => query.bind(s.clone()),
                        Param::Int(i) => query.bind(*i),
                        Param::TextList(_) => return Err(Error::UnsupportedParameter("text lists on MySQL")),
                    };
                }
                row::from_mysql(query.fetch_all(conn).await.map_err(query_error)?)
            }
            Inner::Sqlite(conn) => {
                let mut query = sqlx::query(sql);
                for param in params {
                    query = match param {
                        Param::Text(s) => query.bind(s.clone()),
                        Param::Int(i) => query.bind(*i),
                        Param::TextList(_) => return Err(Error::UnsupportedParameter("text lists on SQLite")),
                    };
                }
                row::from_sqlite(query.fetch_all(conn).await.map_err(query_error)?)
            }
        }
    }

    /// The server's version string (`15.4 (Debian …)`, `10.11.6-MariaDB-…`, `3.46.0`), asked
    /// once and remembered.
    pub async fn version(&mut self) -> Result<String, Error> {
        if let Some(version) = &self.version {
            return Ok(version.clone());
        }
        let sql = match self.dialect() {
            Dialect::Postgres => "SHOW server_version",
            Dialect::Mysql => "SELECT VERSION() AS version",
            Dialect::Sqlite => "SELECT sqlite_version() AS version",
        };
        let rows = self.query_rows(sql, &[]).await?;
        let version = rows.first().and_then(|r| r.values().first()).map_or_else(String::new, |v| match v {
            row::SqlValue::Text(s) => s.clone(),
            other => format!("{other:?}"),
        });
        self.version = Some(version.clone());
        Ok(version)
    }

    /// Whether the server is MariaDB (asks for the version once).
    pub async fn is_mariadb(&mut self) -> Result<bool, Error> {
        Ok(self.dialect() == Dialect::Mysql && self.version().await?.contains("MariaDB"))
    }

    /// Describes the live schema (see [`crate::describe()`]).
    pub async fn describe(&mut self, options: &crate::DescribeOptions) -> Result<crate::DescribedSchema, Error> {
        crate::describe::describe(self, options).await
    }

    /// Closes the connection politely.
    pub async fn close(self) -> Result<(), Error> {
        let result = match self.inner {
            Inner::Postgres(conn) => conn.close().await,
            Inner::Mysql(conn) => conn.close().await,
            Inner::Sqlite(conn) => conn.close().await,
        };
        result.map_err(query_error)
    }
}

/// A failed connection attempt, and whether trying again may help.
struct Failure {
    error: Error,
    transient: bool,
}

async fn connect_once(info: &ConnectionInfo) -> Result<Inner, Failure> {
    let attempt = async {
        match info {
            ConnectionInfo::Postgres(pg) => postgres_options(pg).connect().await.map(Inner::Postgres),
            ConnectionInfo::Mysql(my) => mysql_options(my).connect().await.map(Inner::Mysql),
            ConnectionInfo::Sqlite(sqlite) => {
                if !sqlite.path.exists() {
                    return Err(sqlx::Error::Io(std::io::ErrorKind::NotFound.into()));
                }
                sqlite_options(sqlite, false).connect().await.map(Inner::Sqlite)
            }
        }
    };
    let result = match info.connect_timeout() {
        Some(timeout) => match tokio::time::timeout(timeout, attempt).await {
            Ok(result) => result,
            Err(_) => {
                return Err(Failure {
                    error: unreachable(info, format!("timed out after {} s", timeout.as_secs())),
                    transient: false,
                })
            }
        },
        None => attempt.await,
    };
    result.map_err(|e| connect_error(e, info))
}

pub(crate) fn postgres_options(pg: &PostgresUrl) -> sqlx::postgres::PgConnectOptions {
    use sqlx::postgres::PgSslMode;
    let mut options = sqlx::postgres::PgConnectOptions::new_without_pgpass()
        .host(&pg.host)
        .port(pg.port)
        .username(&pg.user)
        .database(&pg.database)
        .statement_cache_capacity(pg.statement_cache_size)
        .ssl_mode(match (pg.ssl_mode, pg.ssl_accept) {
            (SslMode::Disable, _) => PgSslMode::Disable,
            (SslMode::Prefer, _) => PgSslMode::Prefer,
            (SslMode::Require, SslAccept::AcceptInvalidCerts) => PgSslMode::Require,
            (SslMode::Require, SslAccept::Strict) => PgSslMode::VerifyFull,
        })
        .disable_statement_logging();
    if let Some(password) = &pg.password {
        options = options.password(password.expose());
    }
    if let Some(dir) = &pg.socket_dir {
        options = options.socket(dir);
    }
    if let Some(cert) = &pg.ssl_cert {
        options = options.ssl_root_cert(cert);
    }
    if let Some(name) = &pg.application_name {
        options = options.application_name(name);
    }
    // pgbouncer rejects startup options: the schema is then set after connecting.
    if !pg.pgbouncer {
        let escaped = pg.schema.replace('\\', "\\\\").replace(' ', "\\ ").replace('"', "\"\"");
        options = options.options([("search_path", format!("\"{escaped}\""))]);
    }
    options
}

pub(crate) fn mysql_options(my: &MysqlUrl) -> sqlx::mysql::MySqlConnectOptions {
    use sqlx::mysql::MySqlSslMode;
    let mut options = sqlx::mysql::MySqlConnectOptions::new()
        .host(&my.host)
        .port(my.port)
        .username(&my.user)
        .statement_cache_capacity(my.statement_cache_size)
        // Leave the session as a plain client would: scripts must mean what they say.
        .pipes_as_concat(false)
        .no_engine_substitution(false)
        .timezone(None)
        .ssl_mode(match (my.ssl_accept, &my.ssl_cert) {
            (Some(SslAccept::AcceptInvalidCerts), _) => MySqlSslMode::Required,
            (Some(SslAccept::Strict), _) | (None, Some(_)) => MySqlSslMode::VerifyIdentity,
            (None, None) => MySqlSslMode::Preferred,
        })
        .disable_statement_logging();
    if !my.database.is_empty() {
        options = options.database(&my.database);
    }
    if let Some(password) = &my.password {
        options = options.password(password.expose());
    }
    if let Some(socket) = &my.socket {
        options = options.socket(socket);
    }
    if let Some(cert) = &my.ssl_cert {
        options = options.ssl_ca(cert);
    }
    options
}

pub(crate) fn sqlite_options(sqlite: &SqliteUrl, create: bool) -> sqlx::sqlite::SqliteConnectOptions {
    sqlx::sqlite::SqliteConnectOptions::new()
        .filename(&sqlite.path)
        .create_if_missing(create)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(10))
        .disable_statement_logging()
}

fn unreachable(info: &ConnectionInfo, cause: String) -> Error {
    let (host, port) = info.host_and_port().unwrap_or(("localhost", 0));
    let host = match info {
        ConnectionInfo::Postgres(PostgresUrl { socket_dir: Some(dir), .. }) => dir.display().to_string(),
        ConnectionInfo::Mysql(MysqlUrl { socket: Some(path), .. }) => path.display().to_string(),
        _ => host.to_owned(),
    };
    Error::Unreachable { host, port, cause }
}

/// P1003 for a SQLite file that does not exist.
pub(crate) fn missing_file(sqlite: &SqliteUrl) -> Error {
    Error::SqliteFileDoesNotExist { file_name: sqlite.file_name(), path: sqlite.path.clone() }
}

fn user_of(info: &ConnectionInfo) -> String {
    match info {
        ConnectionInfo::Postgres(pg) => pg.user.clone(),
        ConnectionInfo::Mysql(my) => my.user.clone(),
        ConnectionInfo::Sqlite(_) => String::new(),
    }
}

/// Maps an error of a connection attempt.
fn connect_error(error: sqlx::Error, info: &ConnectionInfo) -> Failure {
    use std::io::ErrorKind;
    let permanent = |error| Failure { error, transient: false };
    match error {
        sqlx::Error::Io(io) => match (info, io.kind()) {
            (ConnectionInfo::Sqlite(sqlite), ErrorKind::NotFound) => permanent(missing_file(sqlite)),
            (ConnectionInfo::Sqlite(_), _) => permanent(Error::Query { code: None, message: io.to_string() }),
            (_, ErrorKind::ConnectionRefused | ErrorKind::ConnectionReset | ErrorKind::ConnectionAborted) => {
                Failure { error: unreachable(info, io.to_string()), transient: true }
            }
            (_, ErrorKind::UnexpectedEof | ErrorKind::BrokenPipe) => {
                Failure { error: Error::ConnectionClosed, transient: true }
            }
            _ => permanent(unreachable(info, io.to_string())),
        },
        sqlx::Error::Tls(e) => permanent(Error::Tls { message: e.to_string() }),
        sqlx::Error::Database(db) => {
            let transient = db.code().as_deref() == Some("57P03"); // the database system is starting up
            permanent_or(connect_database_error(&*db, info), transient)
        }
        other => permanent(query_error(other)),
    }
}

fn permanent_or(error: Error, transient: bool) -> Failure {
    Failure { error, transient }
}

fn connect_database_error(db: &dyn sqlx::error::DatabaseError, info: &ConnectionInfo) -> Error {
    let (host, port) = info.host_and_port().map(|(h, p)| (h.to_owned(), p)).unwrap_or_default();
    let user = user_of(info);
    let database = info.database_name();
    match info {
        ConnectionInfo::Postgres(_) => match db.code().as_deref() {
            Some("28P01") => Error::AuthenticationFailed { user, host },
            // As Prisma: every `invalid_authorization_specification` (no pg_hba entry, unknown
            // role under trust authentication, …) is P1010.
            Some("28000") => Error::AccessDenied { user, database },
            Some("3D000") => Error::DatabaseDoesNotExist { database, host, port },
            _ => database_error(db),
        },
        ConnectionInfo::Mysql(_) => match mysql_number(db) {
            Some(1045 | 1698) => Error::AuthenticationFailed { user, host },
            Some(1044) => Error::AccessDenied { user, database },
            Some(1049) => Error::DatabaseDoesNotExist { database, host, port },
            _ => database_error(db),
        },
        ConnectionInfo::Sqlite(_) => database_error(db),
    }
}

fn mysql_number(db: &dyn sqlx::error::DatabaseError) -> Option<u16> {
    db.try_downcast_ref::<sqlx::mysql::MySqlDatabaseError>().map(|e| e.number())
}

fn database_error(db: &dyn sqlx::error::DatabaseError) -> Error {
    let code = match mysql_number(db) {
        Some(number) => Some(number.to_string()),
        None => db.code().map(|c| c.into_owned()),
    };
    Error::Query { code, message: db.message().to_owned() }
}

/// Maps an error of a statement on an open connection.
pub(crate) fn query_error(error: sqlx::Error) -> Error {
    use std::io::ErrorKind;
    match error {
        sqlx::Error::Database(db) => database_error(&*db),
        sqlx::Error::Io(io)
            if matches!(
                io.kind(),
                ErrorKind::UnexpectedEof
                    | ErrorKind::ConnectionReset
                    | ErrorKind::BrokenPipe
                    | ErrorKind::ConnectionAborted
            ) =>
        {
            Error::ConnectionClosed
        }
        sqlx::Error::Tls(e) => Error::Tls { message: e.to_string() },
        other => Error::Query { code: None, message: other.to_string() },
    }
}
