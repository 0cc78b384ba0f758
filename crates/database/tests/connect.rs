//! Connecting, Prisma's connection error codes, scripts, queries, and whole-database helpers,
//! against the test servers (each test on its own fresh database).
//!
//! PostgreSQL on the test machine trusts every local login (pg_hba `trust`), so it cannot
//! reject a password: P1000 is tested on MariaDB, with a user created for the purpose.

use database::{Connection, ConnectionInfo, Error, Param, RetryPolicy, SqlValue};
use std::path::Path;
use std::time::{Duration, Instant};
use test_support::TestDb;

fn info(url: &str) -> ConnectionInfo {
    ConnectionInfo::parse(url, Path::new("/")).unwrap()
}

/// A URL of the test server `server_url` with `database` and optional credentials swapped in.
fn server_url_with(server_url: &str, database: &str, credentials: Option<(&str, &str)>) -> String {
    let mut url = url::Url::parse(server_url).unwrap();
    url.set_path(&format!("/{database}"));
    if let Some((user, password)) = credentials {
        url.set_username(user).unwrap();
        url.set_password(Some(password)).unwrap();
    }
    url.to_string()
}

/// A port on 127.0.0.1 where nothing listens.
fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

#[tokio::test]
async fn unreachable_server_is_p1001_after_bounded_retries() {
    for scheme in ["postgresql", "mysql"] {
        let port = closed_port();
        let info = info(&format!("{scheme}://user:S3cr3t@127.0.0.1:{port}/db"));
        let started = Instant::now();
        let err = Connection::connect(&info).await.unwrap_err();
        let elapsed = started.elapsed();
        assert_eq!(err.code(), Some("P1001"), "{err:?}");
        assert_eq!(
            err.to_string(),
            format!(
                "Can't reach database server at `127.0.0.1`:`{port}`\n\nPlease make sure your database server is \
                 running at `127.0.0.1`:`{port}`."
            )
        );
        // Retried after 100, 300 and 900 ms, then gave up.
        assert!(elapsed >= Duration::from_millis(1300), "{elapsed:?}");
        assert!(elapsed < Duration::from_secs(5), "{elapsed:?}");
        assert!(!format!("{err:?}").contains("S3cr3t"));

        let started = Instant::now();
        let err = Connection::connect_with(&info, &RetryPolicy::none()).await.unwrap_err();
        assert_eq!(err.code(), Some("P1001"));
        assert!(started.elapsed() < Duration::from_millis(1000));
    }
}

#[tokio::test]
async fn connect_timeout_bounds_an_unanswered_connect() {
    // A listener that accepts TCP but never speaks: the handshake waits for the timeout.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let info = info(&format!("postgresql://u@127.0.0.1:{port}/db?connect_timeout=1"));
    let started = Instant::now();
    let err = Connection::connect(&info).await.unwrap_err();
    assert_eq!(err.code(), Some("P1001"), "{err:?}");
    assert!(started.elapsed() < Duration::from_secs(3));
    drop(listener);
}

#[tokio::test]
async fn missing_database_is_p1003() {
    let pg = info(&server_url_with(&test_support::postgres_url(), "strata_no_such_db", None));
    let err = Connection::connect(&pg).await.unwrap_err();
    assert_eq!(err.code(), Some("P1003"), "{err:?}");
    let (host, port) = pg.host_and_port().unwrap();
    assert_eq!(
        err.to_string(),
        format!("Database `strata_no_such_db` does not exist on the database server at `{host}:{port}`.")
    );

    let my = info(&server_url_with(&test_support::mysql_url(), "strata_no_such_db", None));
    let err = Connection::connect(&my).await.unwrap_err();
    assert_eq!(err.code(), Some("P1003"), "{err:?}");
    let (host, port) = my.host_and_port().unwrap();
    assert_eq!(
        err.to_string(),
        format!("Database `strata_no_such_db` does not exist on the database server at `{host}:{port}`.")
    );

    let path = std::env::temp_dir().join(format!("strata_missing_{}.db", std::process::id()));
    let sqlite = info(&format!("file:{}", path.display()));
    let err = Connection::connect(&sqlite).await.unwrap_err();
    assert_eq!(err.code(), Some("P1003"), "{err:?}");
    let name = path.file_name().unwrap().to_string_lossy();
    assert_eq!(err.to_string(), format!("Database {name} does not exist at {}", path.display()));
    assert!(!path.exists(), "connect must not create the file");
}

#[tokio::test]
async fn unknown_postgres_role_is_p1010_as_in_prisma() {
    let mut url = url::Url::parse(&test_support::postgres_url()).unwrap();
    url.set_username("strata_no_such_role").unwrap();
    let err = Connection::connect(&info(url.as_str())).await.unwrap_err();
    assert_eq!(err.code(), Some("P1010"), "{err:?}");
    assert!(err.to_string().starts_with("User `strata_no_such_role` was denied access on the database"));
}

/// A MariaDB user with a password and no privileges, dropped at the end.
struct MysqlUser {
    name: String,
    admin: Connection,
}

impl MysqlUser {
    async fn create(password: &str) -> MysqlUser {
        let name = format!("strata_pw_{}", std::process::id());
        let mut admin = Connection::connect(&info(&test_support::mysql_url())).await.unwrap();
        for host in ["localhost", "127.0.0.1", "%"] {
            admin
                .raw_cmd(&format!(
                    "DROP USER IF EXISTS '{name}'@'{host}'; CREATE USER '{name}'@'{host}' IDENTIFIED BY '{password}'"
                ))
                .await
                .unwrap();
        }
        MysqlUser { name, admin }
    }

    async fn drop(mut self) {
        for host in ["localhost", "127.0.0.1", "%"] {
            self.admin.raw_cmd(&format!("DROP USER IF EXISTS '{}'@'{host}'", self.name)).await.unwrap();
        }
    }
}

#[tokio::test]
async fn wrong_password_is_p1000_and_access_denied_is_p1010_on_mysql() {
    let password = "Right-Pw-4711";
    let user = MysqlUser::create(password).await;
    let mut db = TestDb::mysql("access").await;
    let server = test_support::mysql_url();

    let wrong = info(&server_url_with(&server, db.name(), Some((&user.name, "Wr0ng-Pw-0815"))));
    let err = Connection::connect(&wrong).await.unwrap_err();
    assert_eq!(err.code(), Some("P1000"), "{err:?}");
    let host = wrong.host_and_port().unwrap().0.to_owned();
    assert_eq!(
        err.to_string(),
        format!(
            "Authentication failed against database server at `{host}`, the provided database credentials for `{}` \
             are not valid.\n\nPlease make sure to provide valid database credentials for the database server at \
             `{host}`.",
            user.name
        )
    );
    for text in [err.to_string(), format!("{err:?}"), wrong.to_string(), format!("{wrong:?}")] {
        assert!(!text.contains("Wr0ng-Pw-0815"), "{text}");
    }

    // The right password, but no privilege on the database.
    let denied = info(&server_url_with(&server, db.name(), Some((&user.name, password))));
    let err = Connection::connect(&denied).await.unwrap_err();
    assert_eq!(err.code(), Some("P1010"), "{err:?}");
    assert_eq!(err.to_string(), format!("User `{}` was denied access on the database `{}`", user.name, db.name()));
    assert!(!format!("{err:?}").contains(password));

    // Granted, the same URL connects; the connection's Debug does not show the password.
    let db_name = db.name().to_owned();
    for host in ["localhost", "127.0.0.1", "%"] {
        db.conn().raw_cmd(&format!("GRANT ALL ON `{db_name}`.* TO '{}'@'{host}'", user.name)).await.unwrap();
    }
    let conn = Connection::connect(&denied).await.unwrap();
    assert!(!format!("{conn:?}").contains(password));
    conn.close().await.unwrap();

    user.drop().await;
    db.cleanup().await;
}

#[tokio::test]
async fn scripts_queries_and_versions_on_every_dialect() {
    for mut db in [TestDb::postgres("scripts").await, TestDb::mysql("scripts").await, TestDb::sqlite("scripts").await] {
        let conn = db.conn();
        let dialect = conn.dialect();
        conn.raw_cmd(
            "CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(20) NOT NULL);\n\
             INSERT INTO t (id, name) VALUES (1, 'a');\n\
             INSERT INTO t (id, name) VALUES (2, 'b');",
        )
        .await
        .unwrap_or_else(|e| panic!("{dialect:?}: {e}"));

        let sql = match dialect {
            sql_schema::Dialect::Postgres => "SELECT id, name FROM t WHERE id >= $1 ORDER BY id",
            _ => "SELECT id, name FROM t WHERE id >= ? ORDER BY id",
        };
        let rows = conn.query_rows(sql, &[Param::Int(1)]).await.unwrap();
        assert_eq!(rows.len(), 2, "{dialect:?}");
        assert_eq!(rows[1].int("id"), Some(2));
        assert_eq!(rows[1].text("name"), Some("b"));
        assert_eq!(rows[0].get("name"), &SqlValue::Text("a".into()));

        // A failing statement stops the script and reports the database's own error.
        let err = conn.raw_cmd("INSERT INTO t (id, name) VALUES (3, 'c'); SELECT * FROM no_such_table;").await;
        match err {
            Err(Error::Query { code, message }) => {
                assert!(code.is_some(), "{dialect:?}: {message}");
                assert!(message.contains("no_such_table"), "{dialect:?}: {message}");
            }
            other => panic!("{dialect:?}: {other:?}"),
        }

        let version = conn.version().await.unwrap();
        assert!(version.chars().next().is_some_and(|c| c.is_ascii_digit()), "{dialect:?}: {version}");
        assert_eq!(conn.is_mariadb().await.unwrap(), version.contains("MariaDB"));
        db.cleanup().await;
    }
}

#[tokio::test]
async fn create_and_drop_databases() {
    for server in [test_support::postgres_url(), test_support::mysql_url()] {
        let name = format!("strata_create_drop_{}", std::process::id());
        let target = info(&server_url_with(&server, &name, None));
        database::drop_database(&target).await.unwrap();
        assert!(!database::database_exists(&target).await.unwrap());
        database::create_database(&target).await.unwrap();
        assert!(database::database_exists(&target).await.unwrap());
        let err = database::create_database(&target).await.unwrap_err();
        assert_eq!(err.code(), Some("P1009"), "{err:?}");
        // Dropping works with a session still open on the database (PostgreSQL terminates it).
        let open = Connection::connect(&target).await.unwrap();
        database::drop_database(&target).await.unwrap();
        assert!(!database::database_exists(&target).await.unwrap());
        drop(open);
        // Dropping what does not exist is fine.
        database::drop_database(&target).await.unwrap();
    }

    let dir = std::env::temp_dir().join(format!("strata_create_{}", std::process::id()));
    let sqlite = info(&format!("file:{}/nested/dev.db", dir.display()));
    database::create_database(&sqlite).await.unwrap();
    assert!(database::database_exists(&sqlite).await.unwrap());
    let conn = Connection::connect(&sqlite).await.unwrap();
    conn.close().await.unwrap();
    database::drop_database(&sqlite).await.unwrap();
    assert!(!database::database_exists(&sqlite).await.unwrap());
    std::fs::remove_dir_all(dir).unwrap();
}

#[tokio::test]
async fn the_url_schema_is_the_search_path() {
    let mut db = TestDb::postgres("search_path").await;
    db.conn().raw_cmd("CREATE SCHEMA \"Tenant One\"").await.unwrap();
    // Startup options normally; a `SET` after connecting behind pgbouncer.
    for (table, extra) in [("t1", ""), ("t2", "&pgbouncer=true")] {
        let url = format!("{}?schema=Tenant%20One{extra}", db.url());
        let mut conn = Connection::connect(&info(&url)).await.unwrap();
        assert_eq!(conn.query_count(), 0);
        conn.raw_cmd(&format!("CREATE TABLE {table} (id INT)")).await.unwrap();
        let rows = conn
            .query_rows(
                "SELECT table_schema::text AS s FROM information_schema.tables WHERE table_name = $1",
                &[Param::Text(table.into())],
            )
            .await
            .unwrap();
        assert_eq!(rows[0].text("s"), Some("Tenant One"), "{extra}");
        conn.close().await.unwrap();
    }
    db.cleanup().await;
}

#[tokio::test]
async fn test_databases_are_fresh_and_dropped() {
    let mut a = TestDb::postgres("fresh").await;
    let b = TestDb::postgres("fresh").await;
    assert_ne!(a.name(), b.name());
    a.conn().raw_cmd("CREATE TABLE only_in_a (id INT)").await.unwrap();
    let a_info = a.info().clone();
    a.cleanup().await;
    assert!(!database::database_exists(&a_info).await.unwrap());
    // Dropped without cleanup: Drop removes it.
    let b_info = b.info().clone();
    drop(b);
    assert!(!database::database_exists(&b_info).await.unwrap());
}
