//! Errors, with Prisma's `P` codes and wording for everything a user may script against.
//!
//! No variant ever holds a password: URLs are parsed into [`crate::ConnectionInfo`] before
//! anything can fail with them, and errors carry only the parts they name (user, host, port,
//! database). The messages are Prisma's (`libs/user-facing-errors`), so scripts and habits that
//! match on them keep working.

use std::path::PathBuf;

/// The end of every P1013 message, after the reason.
const URL_HELP: &str = "Please refer to the documentation in https://pris.ly/d/config-url for constructing a correct \
                        connection string. In some cases, certain characters must be escaped. Please check the string \
                        for any illegal characters.";

/// What can go wrong when parsing a URL, connecting, or talking to a database.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// P1013: the connection URL cannot be used. `reason` says why (`invalid port number`,
    /// `empty host`, `The scheme is not recognized`, …); it never contains the URL.
    #[error("The provided database string is invalid. {reason} in database URL. {URL_HELP}")]
    InvalidUrl {
        /// Why the URL is invalid.
        reason: String,
    },

    /// P1000: the server refused the credentials.
    #[error(
        "Authentication failed against database server at `{host}`, the provided database credentials for \
         `{user}` are not valid.\n\nPlease make sure to provide valid database credentials for the database server \
         at `{host}`."
    )]
    AuthenticationFailed {
        /// The user that tried to log in.
        user: String,
        /// The server's host.
        host: String,
    },

    /// P1001: nothing answered at the address (refused, unresolvable, or timed out).
    #[error(
        "Can't reach database server at `{host}`:`{port}`\n\nPlease make sure your database server is running at \
         `{host}`:`{port}`."
    )]
    Unreachable {
        /// The server's host (or socket path).
        host: String,
        /// The server's port.
        port: u16,
        /// What the operating system or driver said (for logs; not part of the message).
        cause: String,
    },

    /// P1003 on PostgreSQL and MySQL: the database named in the URL does not exist.
    #[error("Database `{database}` does not exist on the database server at `{host}:{port}`.")]
    DatabaseDoesNotExist {
        /// The missing database.
        database: String,
        /// The server's host.
        host: String,
        /// The server's port.
        port: u16,
    },

    /// P1003 on SQLite: the database file does not exist.
    #[error("Database {file_name} does not exist at {}", path.display())]
    SqliteFileDoesNotExist {
        /// The file's name (`dev.db`).
        file_name: String,
        /// The file's full path.
        path: PathBuf,
    },

    /// P1009: creating a database that already exists.
    #[error("Database `{database}` already exists on the database server at `{host}:{port}`")]
    DatabaseAlreadyExists {
        /// The existing database.
        database: String,
        /// The server's host.
        host: String,
        /// The server's port.
        port: u16,
    },

    /// P1010: the user may log in but not use this database.
    #[error("User `{user}` was denied access on the database `{database}`")]
    AccessDenied {
        /// The user.
        user: String,
        /// The database.
        database: String,
    },

    /// P1011: the TLS handshake failed.
    #[error("Error opening a TLS connection: {message}")]
    Tls {
        /// The TLS library's message.
        message: String,
    },

    /// P1017: the server closed the connection.
    #[error("Server has closed the connection.")]
    ConnectionClosed,

    /// A statement failed: the database's own error code (SQLSTATE on PostgreSQL, error number
    /// on MySQL, result code on SQLite) and message.
    #[error("{}", query_message(code.as_deref(), message))]
    Query {
        /// The database's error code, if it gave one.
        code: Option<String>,
        /// The database's message.
        message: String,
    },

    /// A query parameter the dialect cannot bind (e.g. a text list outside PostgreSQL).
    #[error("unsupported query parameter: {0}")]
    UnsupportedParameter(&'static str),

    /// A file-system operation on a SQLite database file failed.
    #[error("{action} {}: {source}", path.display())]
    File {
        /// What was attempted (`creating`, `deleting`).
        action: &'static str,
        /// The file.
        path: PathBuf,
        /// The operating system's error.
        #[source]
        source: std::io::Error,
    },
}

fn query_message(code: Option<&str>, message: &str) -> String {
    match code {
        Some(code) => format!("Database error code {code}: {message}"),
        None => format!("Database error: {message}"),
    }
}

impl Error {
    /// Prisma's error code (`P1001`, …), for the errors Prisma names.
    pub fn code(&self) -> Option<&'static str> {
        Some(match self {
            Error::InvalidUrl { .. } => "P1013",
            Error::AuthenticationFailed { .. } => "P1000",
            Error::Unreachable { .. } => "P1001",
            Error::DatabaseDoesNotExist { .. } | Error::SqliteFileDoesNotExist { .. } => "P1003",
            Error::DatabaseAlreadyExists { .. } => "P1009",
            Error::AccessDenied { .. } => "P1010",
            Error::Tls { .. } => "P1011",
            Error::ConnectionClosed => "P1017",
            Error::Query { .. } | Error::UnsupportedParameter(_) | Error::File { .. } => return None,
        })
    }

    /// The database's own error code, for [`Error::Query`].
    pub fn database_code(&self) -> Option<&str> {
        match self {
            Error::Query { code, .. } => code.as_deref(),
            _ => None,
        }
    }

    pub(crate) fn invalid_url(reason: impl Into<String>) -> Self {
        Error::InvalidUrl { reason: reason.into() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_prismas() {
        let e = Error::Unreachable { host: "localhost".into(), port: 5432, cause: "refused".into() };
        assert_eq!(
            e.to_string(),
            "Can't reach database server at `localhost`:`5432`\n\nPlease make sure your database server is running \
             at `localhost`:`5432`."
        );
        assert_eq!(e.code(), Some("P1001"));

        let e = Error::DatabaseDoesNotExist { database: "x".into(), host: "h".into(), port: 1 };
        assert_eq!(e.to_string(), "Database `x` does not exist on the database server at `h:1`.");

        let e = Error::SqliteFileDoesNotExist { file_name: "dev.db".into(), path: "/tmp/dev.db".into() };
        assert_eq!(e.to_string(), "Database dev.db does not exist at /tmp/dev.db");
        assert_eq!(e.code(), Some("P1003"));

        let e = Error::invalid_url("invalid port number");
        assert!(e.to_string().starts_with(
            "The provided database string is invalid. invalid port number in database URL. Please refer to"
        ));
        assert_eq!(Error::ConnectionClosed.to_string(), "Server has closed the connection.");
        let e = Error::Query { code: Some("42P01".into()), message: "relation \"x\" does not exist".into() };
        assert_eq!(e.database_code(), Some("42P01"));
        assert_eq!(e.code(), None);
    }
}
