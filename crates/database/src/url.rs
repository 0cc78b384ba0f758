//! Connection URLs, read as Prisma reads them.
//!
//! | scheme | form | defaults |
//! |---|---|---|
//! | `postgresql://`, `postgres://` | `user:password@host:port/database?schema=s&…` | port 5432, database `postgres`, user `postgres`, schema `public` |
//! | `mysql://` | `user:password@host:port/database?…` | port 3306, database `mysql`, user `root` |
//! | `file:` | `file:./dev.db`, `file:dev.db`, `file:/abs/dev.db` | relative to the schema file's directory |
//!
//! User, password and database are percent-decoded; query parameters are form-decoded.
//! Parameters Prisma reads are kept (see [`PostgresUrl`], [`MysqlUrl`]); unknown parameters are
//! ignored, as Prisma ignores them. Invalid URLs fail with P1013 and the same reasons Prisma
//! gives (`invalid port number`, `empty host`, `The scheme is not recognized`), which come from
//! the same URL parser.
//!
//! The password lives in a [`Password`], whose `Debug` prints `****` and which has no
//! `Display`; [`ConnectionInfo`]'s `Display` prints `postgresql://user:****@host:5432/db`.

use crate::Error;
use sql_schema::Dialect;
use std::fmt;
use std::path::{Component, Path, PathBuf};
use std::time::Duration;

/// A password from a URL. It is never printed: `Debug` shows `****`, and there is no `Display`.
#[derive(Clone, PartialEq, Eq)]
pub struct Password(String);

impl Password {
    /// Wraps a password.
    pub fn new(password: impl Into<String>) -> Self {
        Password(password.into())
    }

    /// The password itself, for handing to a driver or a child process. Never log it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("****")
    }
}

/// Where and how to connect: a parsed connection URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConnectionInfo {
    /// `postgresql://` or `postgres://`.
    Postgres(PostgresUrl),
    /// `mysql://` (MySQL and MariaDB).
    Mysql(MysqlUrl),
    /// `file:` (SQLite).
    Sqlite(SqliteUrl),
}

/// PostgreSQL's `sslmode`, as Prisma reads it (other values fall back to `prefer`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SslMode {
    /// `disable`: never TLS.
    Disable,
    /// `prefer` (default): TLS if the server offers it.
    #[default]
    Prefer,
    /// `require`: TLS or fail.
    Require,
}

/// `sslaccept`: whether the server certificate is verified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslAccept {
    /// `strict`: verify the certificate chain and host name.
    Strict,
    /// `accept_invalid_certs`: encrypt without verifying (PostgreSQL's default).
    AcceptInvalidCerts,
}

/// A `postgresql://` URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostgresUrl {
    /// Host name or address (`localhost` when empty); brackets of IPv6 addresses removed.
    pub host: String,
    /// Port (default 5432).
    pub port: u16,
    /// User (default `postgres`).
    pub user: String,
    /// Password, if any.
    pub password: Option<Password>,
    /// Database (default `postgres`).
    pub database: String,
    /// `schema=`: the schema Strata works in (default `public`).
    pub schema: String,
    /// `sslmode=`.
    pub ssl_mode: SslMode,
    /// `sslaccept=` (default `accept_invalid_certs`).
    pub ssl_accept: SslAccept,
    /// `sslcert=`: the server's root certificate (resolved against the schema directory).
    pub ssl_cert: Option<PathBuf>,
    /// `connect_timeout=` in seconds (default 5; `0` is no timeout, `None`).
    pub connect_timeout: Option<Duration>,
    /// `connection_limit=`.
    pub connection_limit: Option<u32>,
    /// `pgbouncer=true`: no prepared statement cache, no startup options.
    pub pgbouncer: bool,
    /// `host=`: the directory of the server's Unix socket.
    pub socket_dir: Option<PathBuf>,
    /// `statement_cache_size=` (default 100; 0 with pgbouncer).
    pub statement_cache_size: usize,
    /// `application_name=`.
    pub application_name: Option<String>,
}

/// A `mysql://` URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MysqlUrl {
    /// Host name or address (`localhost` when empty).
    pub host: String,
    /// Port (default 3306).
    pub port: u16,
    /// User (default `root`).
    pub user: String,
    /// Password, if any.
    pub password: Option<Password>,
    /// Database (default `mysql`; empty when connecting to the server only).
    pub database: String,
    /// `sslaccept=` (setting it, or `sslcert`, requires TLS; without either TLS is used
    /// when the server offers it).
    pub ssl_accept: Option<SslAccept>,
    /// `sslcert=`: the server's root certificate (resolved against the schema directory).
    pub ssl_cert: Option<PathBuf>,
    /// `connect_timeout=` in seconds (default 5; `0` is no timeout, `None`).
    pub connect_timeout: Option<Duration>,
    /// `connection_limit=`.
    pub connection_limit: Option<u32>,
    /// `socket=`: path of the server's Unix socket.
    pub socket: Option<PathBuf>,
    /// `statement_cache_size=` (default 100).
    pub statement_cache_size: usize,
}

/// A `file:` URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SqliteUrl {
    /// The database file, absolute when the base directory was.
    pub path: PathBuf,
}

const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
const DEFAULT_STATEMENT_CACHE_SIZE: usize = 100;

impl ConnectionInfo {
    /// Parses a connection URL. `base_dir` is the directory of the schema file: relative SQLite
    /// paths and certificate paths are resolved against it, as Prisma does.
    pub fn parse(url: &str, base_dir: &Path) -> Result<Self, Error> {
        if let Some(rest) = url.strip_prefix("file:") {
            return parse_sqlite(rest, base_dir).map(ConnectionInfo::Sqlite);
        }
        let dialect = if url.starts_with("postgresql://") || url.starts_with("postgres://") {
            Dialect::Postgres
        } else if url.starts_with("mysql://") {
            Dialect::Mysql
        } else {
            return Err(Error::invalid_url("The scheme is not recognized"));
        };
        let parsed = url::Url::parse(url).map_err(|e| Error::invalid_url(e.to_string()))?;
        match dialect {
            Dialect::Postgres => parse_postgres(&parsed, base_dir).map(ConnectionInfo::Postgres),
            Dialect::Mysql => parse_mysql(&parsed, base_dir).map(ConnectionInfo::Mysql),
            Dialect::Sqlite => unreachable!("file: URLs are handled above"),
        }
    }

    /// The SQL dialect of the database.
    pub fn dialect(&self) -> Dialect {
        match self {
            ConnectionInfo::Postgres(_) => Dialect::Postgres,
            ConnectionInfo::Mysql(_) => Dialect::Mysql,
            ConnectionInfo::Sqlite(_) => Dialect::Sqlite,
        }
    }

    /// The database name (PostgreSQL, MySQL) or the file name (SQLite).
    pub fn database_name(&self) -> String {
        match self {
            ConnectionInfo::Postgres(pg) => pg.database.clone(),
            ConnectionInfo::Mysql(my) => my.database.clone(),
            ConnectionInfo::Sqlite(sqlite) => sqlite.file_name(),
        }
    }

    /// The same server and options with another database: `name` on PostgreSQL and MySQL, a
    /// file `name` in the same directory on SQLite.
    pub fn with_database(&self, name: &str) -> Self {
        let mut info = self.clone();
        match &mut info {
            ConnectionInfo::Postgres(pg) => pg.database = name.to_owned(),
            ConnectionInfo::Mysql(my) => my.database = name.to_owned(),
            ConnectionInfo::Sqlite(sqlite) => sqlite.path.set_file_name(name),
        }
        info
    }

    /// The connect timeout (`None`: wait as long as the operating system does).
    pub fn connect_timeout(&self) -> Option<Duration> {
        match self {
            ConnectionInfo::Postgres(pg) => pg.connect_timeout,
            ConnectionInfo::Mysql(my) => my.connect_timeout,
            ConnectionInfo::Sqlite(_) => None,
        }
    }

    /// The PostgreSQL schema the URL names (`public` by default); `None` on other dialects.
    pub fn schema(&self) -> Option<&str> {
        match self {
            ConnectionInfo::Postgres(pg) => Some(&pg.schema),
            ConnectionInfo::Mysql(_) | ConnectionInfo::Sqlite(_) => None,
        }
    }

    /// Host and port, for messages (`None` on SQLite).
    pub fn host_and_port(&self) -> Option<(&str, u16)> {
        match self {
            ConnectionInfo::Postgres(pg) => Some((&pg.host, pg.port)),
            ConnectionInfo::Mysql(my) => Some((&my.host, my.port)),
            ConnectionInfo::Sqlite(_) => None,
        }
    }
}

impl SqliteUrl {
    /// The file's name (`dev.db`).
    pub fn file_name(&self) -> String {
        self.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
    }
}

/// `postgresql://user:****@host:5432/db?schema=s`: the password is never shown.
impl fmt::Display for ConnectionInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConnectionInfo::Postgres(pg) => {
                write_server_url(f, "postgresql", &pg.user, pg.password.is_some(), &pg.host, pg.port, &pg.database)?;
                if pg.schema != "public" {
                    write!(f, "?schema={}", pg.schema)?;
                }
                Ok(())
            }
            ConnectionInfo::Mysql(my) => {
                write_server_url(f, "mysql", &my.user, my.password.is_some(), &my.host, my.port, &my.database)
            }
            ConnectionInfo::Sqlite(sqlite) => write!(f, "file:{}", sqlite.path.display()),
        }
    }
}

fn write_server_url(
    f: &mut fmt::Formatter<'_>,
    scheme: &str,
    user: &str,
    has_password: bool,
    host: &str,
    port: u16,
    database: &str,
) -> fmt::Result {
    write!(f, "{scheme}://{user}")?;
    if has_password {
        f.write_str(":****")?;
    }
    if host.contains(':') {
        write!(f, "@[{host}]:{port}/{database}")
    } else {
        write!(f, "@{host}:{port}/{database}")
    }
}

fn parse_sqlite(rest: &str, base_dir: &Path) -> Result<SqliteUrl, Error> {
    let path = rest.split('?').next().unwrap_or_default();
    // `file:///abs.db` has an empty authority before the absolute path.
    let path = path.strip_prefix("//").filter(|p| p.starts_with('/')).unwrap_or(path);
    if path.is_empty() {
        return Err(Error::invalid_url("The database file path is empty"));
    }
    Ok(SqliteUrl { path: resolve(base_dir, Path::new(path)) })
}

/// `path` against `base`, with `.` components removed (`..` is kept: it may cross a link).
fn resolve(base: &Path, path: &Path) -> PathBuf {
    let joined = if path.is_absolute() { path.to_path_buf() } else { base.join(path) };
    joined.components().filter(|c| !matches!(c, Component::CurDir)).collect()
}

/// The host of a server URL: brackets of IPv6 addresses removed, `localhost` when empty.
fn host_of(url: &url::Url) -> String {
    match url.host_str() {
        None | Some("") => "localhost".to_owned(),
        Some(host) => host.trim_start_matches('[').trim_end_matches(']').to_owned(),
    }
}

/// Percent-decodes a URL part; invalid UTF-8 keeps the raw text, as Prisma does.
fn percent_decode(raw: &str) -> String {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok().and_then(|h| u8::from_str_radix(h, 16).ok());
            if let Some(byte) = hex {
                out.push(byte);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| raw.to_owned())
}

fn database_of(url: &url::Url, default: &str) -> String {
    let first = url.path().trim_start_matches('/').split('/').next().unwrap_or_default();
    if first.is_empty() {
        default.to_owned()
    } else {
        percent_decode(first)
    }
}

fn user_and_password(url: &url::Url, default_user: &str) -> (String, Option<Password>) {
    let user = match url.username() {
        "" => default_user.to_owned(),
        raw => percent_decode(raw),
    };
    (user, url.password().map(|p| Password(percent_decode(p))))
}

fn unsupported_argument(name: &str, expected: &str) -> Error {
    Error::invalid_url(format!("The provided arguments are not supported (`{name}` must be {expected})"))
}

fn parse_number<T: std::str::FromStr>(name: &str, value: &str) -> Result<T, Error> {
    value.parse().map_err(|_| unsupported_argument(name, "a non-negative whole number"))
}

fn parse_timeout(name: &str, value: &str) -> Result<Option<Duration>, Error> {
    let seconds: u64 = parse_number(name, value)?;
    Ok((seconds > 0).then(|| Duration::from_secs(seconds)))
}

fn parse_bool(name: &str, value: &str) -> Result<bool, Error> {
    value.parse().map_err(|_| unsupported_argument(name, "`true` or `false`"))
}

fn parse_ssl_accept(value: &str) -> Option<SslAccept> {
    match value {
        "strict" => Some(SslAccept::Strict),
        "accept_invalid_certs" => Some(SslAccept::AcceptInvalidCerts),
        _ => None,
    }
}

fn parse_postgres(url: &url::Url, base_dir: &Path) -> Result<PostgresUrl, Error> {
    let (user, password) = user_and_password(url, "postgres");
    let mut pg = PostgresUrl {
        host: host_of(url),
        port: url.port().unwrap_or(5432),
        user,
        password,
        database: database_of(url, "postgres"),
        schema: "public".to_owned(),
        ssl_mode: SslMode::Prefer,
        ssl_accept: SslAccept::AcceptInvalidCerts,
        ssl_cert: None,
        connect_timeout: Some(DEFAULT_CONNECT_TIMEOUT),
        connection_limit: None,
        pgbouncer: false,
        socket_dir: None,
        statement_cache_size: DEFAULT_STATEMENT_CACHE_SIZE,
        application_name: None,
    };
    let mut statement_cache_size = None;
    for (name, value) in url.query_pairs() {
        match &*name {
            "schema" => pg.schema = value.into_owned(),
            "sslmode" => {
                pg.ssl_mode = match &*value {
                    "disable" => SslMode::Disable,
                    "require" => SslMode::Require,
                    _ => SslMode::Prefer,
                }
            }
            "sslaccept" => pg.ssl_accept = parse_ssl_accept(&value).unwrap_or(pg.ssl_accept),
            "sslcert" => pg.ssl_cert = Some(resolve(base_dir, Path::new(&*value))),
            "connect_timeout" => pg.connect_timeout = parse_timeout(&name, &value)?,
            "pool_timeout" | "socket_timeout" | "max_connection_lifetime" | "max_idle_connection_lifetime" => {
                parse_number::<u64>(&name, &value)?;
            }
            "connection_limit" => pg.connection_limit = Some(parse_number(&name, &value)?),
            "pgbouncer" => pg.pgbouncer = parse_bool(&name, &value)?,
            "statement_cache_size" => statement_cache_size = Some(parse_number(&name, &value)?),
            "host" => pg.socket_dir = Some(PathBuf::from(&*value)),
            "application_name" => pg.application_name = Some(value.into_owned()),
            _ => (),
        }
    }
    pg.statement_cache_size = match (statement_cache_size, pg.pgbouncer) {
        (_, true) => 0,
        (Some(size), false) => size,
        (None, false) => DEFAULT_STATEMENT_CACHE_SIZE,
    };
    Ok(pg)
}

fn parse_mysql(url: &url::Url, base_dir: &Path) -> Result<MysqlUrl, Error> {
    let (user, password) = user_and_password(url, "root");
    let mut my = MysqlUrl {
        host: host_of(url),
        port: url.port().unwrap_or(3306),
        user,
        password,
        database: database_of(url, "mysql"),
        ssl_accept: None,
        ssl_cert: None,
        connect_timeout: Some(DEFAULT_CONNECT_TIMEOUT),
        connection_limit: None,
        socket: None,
        statement_cache_size: DEFAULT_STATEMENT_CACHE_SIZE,
    };
    for (name, value) in url.query_pairs() {
        match &*name {
            "sslaccept" => my.ssl_accept = Some(parse_ssl_accept(&value).unwrap_or(SslAccept::Strict)),
            "sslcert" => my.ssl_cert = Some(resolve(base_dir, Path::new(&*value))),
            "connect_timeout" => my.connect_timeout = parse_timeout(&name, &value)?,
            "pool_timeout" | "socket_timeout" | "max_connection_lifetime" | "max_idle_connection_lifetime" => {
                parse_number::<u64>(&name, &value)?;
            }
            "connection_limit" => my.connection_limit = Some(parse_number(&name, &value)?),
            "statement_cache_size" => my.statement_cache_size = parse_number(&name, &value)?,
            "socket" => my.socket = Some(PathBuf::from(&*value)),
            _ => (),
        }
    }
    Ok(my)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_decoding() {
        assert_eq!(percent_decode("p%40ss%3Aw%2Fd"), "p@ss:w/d");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz"), "%zz");
        assert_eq!(percent_decode("%C3%A9t%C3%A9"), "été");
        assert_eq!(percent_decode("%ff"), "%ff");
    }

    #[test]
    fn resolving_paths() {
        assert_eq!(resolve(Path::new("/p/prisma"), Path::new("./dev.db")), PathBuf::from("/p/prisma/dev.db"));
        assert_eq!(resolve(Path::new("/p/prisma"), Path::new("../dev.db")), PathBuf::from("/p/prisma/../dev.db"));
        assert_eq!(resolve(Path::new("/p"), Path::new("/abs.db")), PathBuf::from("/abs.db"));
    }
}
