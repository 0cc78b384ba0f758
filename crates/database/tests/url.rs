//! Connection URLs as Prisma reads them: defaults, parameters, P1013 reasons, and a password
//! that never shows up in `Display`, `Debug` or error text.

use database::{ConnectionInfo, Error, SslAccept, SslMode};
use std::path::{Path, PathBuf};
use std::time::Duration;

fn parse(url: &str) -> ConnectionInfo {
    ConnectionInfo::parse(url, Path::new("/project/prisma")).unwrap_or_else(|e| panic!("{url}: {e}"))
}

fn postgres(url: &str) -> database::PostgresUrl {
    match parse(url) {
        ConnectionInfo::Postgres(pg) => pg,
        other => panic!("{url} is not PostgreSQL: {other:?}"),
    }
}

fn mysql(url: &str) -> database::MysqlUrl {
    match parse(url) {
        ConnectionInfo::Mysql(my) => my,
        other => panic!("{url} is not MySQL: {other:?}"),
    }
}

fn invalid(url: &str) -> String {
    match ConnectionInfo::parse(url, Path::new("/project/prisma")) {
        Err(e @ Error::InvalidUrl { .. }) => {
            assert_eq!(e.code(), Some("P1013"));
            e.to_string()
        }
        other => panic!("{url}: expected P1013, got {other:?}"),
    }
}

#[test]
fn postgres_defaults() {
    let pg = postgres("postgresql://localhost");
    assert_eq!(
        (pg.host.as_str(), pg.port, pg.user.as_str(), pg.database.as_str()),
        ("localhost", 5432, "postgres", "postgres")
    );
    assert_eq!(pg.schema, "public");
    assert_eq!(pg.ssl_mode, SslMode::Prefer);
    assert_eq!(pg.ssl_accept, SslAccept::AcceptInvalidCerts);
    assert_eq!(pg.connect_timeout, Some(Duration::from_secs(5)));
    assert_eq!(pg.statement_cache_size, 100);
    assert!(!pg.pgbouncer);
    assert!(pg.password.is_none());
}

/// An assertion on a parsed PostgreSQL URL.
type Check = dyn Fn(&database::PostgresUrl);

#[test]
fn postgres_parts_and_parameters() {
    let cases: &[(&str, &Check)] = &[
        ("postgres://u:p@db.example.com:6543/app", &|pg| {
            assert_eq!(
                (pg.user.as_str(), pg.host.as_str(), pg.port, pg.database.as_str()),
                ("u", "db.example.com", 6543, "app")
            );
            assert_eq!(pg.password.as_ref().map(|p| p.expose()), Some("p"));
        }),
        ("postgresql://us%40er:p%40ss%23w%2Frd@h/d%20b", &|pg| {
            assert_eq!(pg.user, "us@er");
            assert_eq!(pg.password.as_ref().unwrap().expose(), "p@ss#w/rd");
            assert_eq!(pg.database, "d b");
        }),
        ("postgresql://h/db?schema=tenant_1", &|pg| assert_eq!(pg.schema, "tenant_1")),
        ("postgresql://h/db?schema=My%20Schema", &|pg| assert_eq!(pg.schema, "My Schema")),
        ("postgresql://h/db?sslmode=require&sslaccept=strict", &|pg| {
            assert_eq!((pg.ssl_mode, pg.ssl_accept), (SslMode::Require, SslAccept::Strict))
        }),
        ("postgresql://h/db?sslmode=disable", &|pg| assert_eq!(pg.ssl_mode, SslMode::Disable)),
        ("postgresql://h/db?sslmode=verify-full", &|pg| assert_eq!(pg.ssl_mode, SslMode::Prefer)),
        ("postgresql://h/db?sslcert=./root.crt", &|pg| {
            assert_eq!(pg.ssl_cert.as_deref(), Some(Path::new("/project/prisma/root.crt")))
        }),
        ("postgresql://h/db?connect_timeout=12", &|pg| assert_eq!(pg.connect_timeout, Some(Duration::from_secs(12)))),
        ("postgresql://h/db?connect_timeout=0", &|pg| assert_eq!(pg.connect_timeout, None)),
        ("postgresql://h/db?connection_limit=3", &|pg| assert_eq!(pg.connection_limit, Some(3))),
        ("postgresql://h/db?pgbouncer=true", &|pg| {
            assert!(pg.pgbouncer);
            assert_eq!(pg.statement_cache_size, 0);
        }),
        ("postgresql://h/db?statement_cache_size=7", &|pg| assert_eq!(pg.statement_cache_size, 7)),
        ("postgresql://localhost/db?host=/var/run/postgresql", &|pg| {
            assert_eq!(pg.socket_dir.as_deref(), Some(Path::new("/var/run/postgresql")))
        }),
        ("postgresql:///db?host=/tmp", &|pg| {
            assert_eq!(pg.host, "localhost");
            assert_eq!(pg.socket_dir.as_deref(), Some(Path::new("/tmp")));
        }),
        ("postgresql://h/db?application_name=strata&unknown=1&options=x", &|pg| {
            assert_eq!(pg.application_name.as_deref(), Some("strata"))
        }),
        ("postgresql://[::1]:5433/db", &|pg| assert_eq!((pg.host.as_str(), pg.port), ("::1", 5433))),
    ];
    for (url, check) in cases {
        check(&postgres(url));
    }
}

#[test]
fn mysql_parts_and_parameters() {
    let my = mysql("mysql://localhost");
    assert_eq!((my.port, my.user.as_str(), my.database.as_str()), (3306, "root", "mysql"));
    assert_eq!(my.ssl_accept, None);
    assert_eq!(my.connect_timeout, Some(Duration::from_secs(5)));

    let my = mysql("mysql://app:s%3Acret@10.0.0.2:3307/shop?sslaccept=accept_invalid_certs&connect_timeout=3&connection_limit=9&socket=/run/mysqld/mysqld.sock&x=y");
    assert_eq!((my.user.as_str(), my.host.as_str(), my.port, my.database.as_str()), ("app", "10.0.0.2", 3307, "shop"));
    assert_eq!(my.password.as_ref().unwrap().expose(), "s:cret");
    assert_eq!(my.ssl_accept, Some(SslAccept::AcceptInvalidCerts));
    assert_eq!(my.connect_timeout, Some(Duration::from_secs(3)));
    assert_eq!(my.connection_limit, Some(9));
    assert_eq!(my.socket.as_deref(), Some(Path::new("/run/mysqld/mysqld.sock")));
    assert_eq!(mysql("mysql://h/db?sslaccept=strict").ssl_accept, Some(SslAccept::Strict));
}

#[test]
fn sqlite_paths_are_relative_to_the_schema_directory() {
    let cases = [
        ("file:./dev.db", "/project/prisma/dev.db"),
        ("file:dev.db", "/project/prisma/dev.db"),
        ("file:../data/dev.db", "/project/prisma/../data/dev.db"),
        ("file:/abs.db", "/abs.db"),
        ("file:///var/lib/app.db", "/var/lib/app.db"),
        ("file:./dev.db?connection_limit=1&socket_timeout=10", "/project/prisma/dev.db"),
    ];
    for (url, expected) in cases {
        match parse(url) {
            ConnectionInfo::Sqlite(sqlite) => assert_eq!(sqlite.path, PathBuf::from(expected), "{url}"),
            other => panic!("{url}: {other:?}"),
        }
    }
    assert_eq!(parse("file:./dev.db").database_name(), "dev.db");
    assert_eq!(parse("file:./dev.db").dialect(), sql_schema::Dialect::Sqlite);
}

#[test]
fn invalid_urls_are_p1013_with_prismas_reason() {
    let cases = [
        ("postgresql://user:pa#ss@localhost:5432/db", "invalid port number"),
        ("mysql://user:pass@localhost:port/db", "invalid port number"),
        ("postgresql://root:prisma@/prisma", "empty host"),
        ("sqlserver://localhost", "The scheme is not recognized"),
        ("mongodb://localhost/db", "The scheme is not recognized"),
        ("", "The scheme is not recognized"),
        ("localhost:5432", "The scheme is not recognized"),
        ("postgresql://h/db?connect_timeout=soon", "The provided arguments are not supported (`connect_timeout`"),
        ("postgresql://h/db?pgbouncer=yes", "The provided arguments are not supported (`pgbouncer`"),
        ("mysql://h/db?connection_limit=-1", "The provided arguments are not supported (`connection_limit`"),
        ("file:", "The database file path is empty"),
    ];
    for (url, reason) in cases {
        let message = invalid(url);
        assert!(message.starts_with(&format!("The provided database string is invalid. {reason}")), "{url}: {message}");
        assert!(message.contains("in database URL. Please refer to the documentation in https://pris.ly/d/config-url"));
    }
}

#[test]
fn display_redacts_the_password() {
    let cases = [
        ("postgresql://alice:S3cr3t-Pw@db:5432/app", "postgresql://alice:****@db:5432/app"),
        ("postgresql://alice:S3cr3t-Pw@db/app?schema=s1", "postgresql://alice:****@db:5432/app?schema=s1"),
        ("postgresql://alice@db/app", "postgresql://alice@db:5432/app"),
        ("mysql://root:S3cr3t-Pw@127.0.0.1/shop", "mysql://root:****@127.0.0.1:3306/shop"),
        ("postgresql://a:S3cr3t-Pw@[::1]/x", "postgresql://a:****@[::1]:5432/x"),
        ("file:/tmp/dev.db", "file:/tmp/dev.db"),
    ];
    for (url, shown) in cases {
        let info = parse(url);
        assert_eq!(info.to_string(), shown);
        assert!(!format!("{info:?}").contains("S3cr3t"), "{info:?}");
        assert!(!format!("{info:#?}").contains("S3cr3t"));
    }
}

#[test]
fn invalid_url_errors_never_contain_the_password() {
    for url in [
        "postgresql://user:S3cr3t#Pw@localhost:5432/db",
        "mysql://user:S3cr3t@host:notaport/db",
        "postgresql://user:S3cr3t@h/db?connect_timeout=soon",
        "file:",
    ] {
        let err = ConnectionInfo::parse(url, Path::new("/")).unwrap_err();
        assert!(!err.to_string().contains("S3cr3t"), "{err}");
        assert!(!format!("{err:?}").contains("S3cr3t"), "{err:?}");
    }
}

#[test]
fn with_database_keeps_the_server() {
    let info = parse("postgresql://u:pw@h:1234/app?schema=s");
    let other = info.with_database("shadow");
    assert_eq!(other.to_string(), "postgresql://u:****@h:1234/shadow?schema=s");
    let sqlite = parse("file:./dev.db").with_database("shadow.db");
    assert_eq!(sqlite.to_string(), "file:/project/prisma/shadow.db");
}
