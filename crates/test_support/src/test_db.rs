//! [`TestDb`]: a fresh, uniquely named database per test, so database tests run in parallel.

use database::{Connection, ConnectionInfo};
use std::path::Path;
use std::sync::atomic::{AtomicU32, Ordering};

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// A fresh database on one of the test servers (or a fresh SQLite file), with a connection.
///
/// ```no_run
/// # async fn example() {
/// let mut db = test_support::TestDb::postgres("describe_enums").await;
/// db.conn().raw_cmd("CREATE TABLE t (id INT PRIMARY KEY)").await.unwrap();
/// let url = db.url().to_owned(); // hand it to code under test
/// db.cleanup().await;
/// # }
/// ```
///
/// The database is named `strata_test_<hint>_<pid>_<n>` (hint reduced to `[a-z0-9_]`, at most
/// 24 characters), so parallel tests and parallel test binaries never share one. A leftover
/// database of that name (from a killed run whose pid came back) is dropped first.
/// [`TestDb::cleanup`] drops it; if a test forgets (or panics first), `Drop` drops it on a
/// helper thread, best effort.
pub struct TestDb {
    name: String,
    url: String,
    info: ConnectionInfo,
    conn: Option<Connection>,
    cleaned: bool,
}

impl TestDb {
    /// A fresh PostgreSQL database on the server of `STRATA_TEST_POSTGRES_URL`.
    pub async fn postgres(hint: &str) -> TestDb {
        TestDb::on_server(&crate::postgres_url(), hint).await
    }

    /// A fresh MySQL/MariaDB database on the server of `STRATA_TEST_MYSQL_URL`.
    pub async fn mysql(hint: &str) -> TestDb {
        TestDb::on_server(&crate::mysql_url(), hint).await
    }

    /// A fresh SQLite file in the system's temporary directory.
    pub async fn sqlite(hint: &str) -> TestDb {
        let name = unique_name(hint);
        let path = std::env::temp_dir().join(format!("{name}.db"));
        let url = format!("file:{}", path.display());
        TestDb::create(name, url).await
    }

    /// A fresh database on the server of `server_url` (any database in it is replaced).
    pub async fn on_server(server_url: &str, hint: &str) -> TestDb {
        let name = unique_name(hint);
        let mut url = url::Url::parse(server_url).unwrap_or_else(|e| panic!("bad test server URL: {e}"));
        url.set_path(&format!("/{name}"));
        TestDb::create(name, url.to_string()).await
    }

    async fn create(name: String, url: String) -> TestDb {
        let info = ConnectionInfo::parse(&url, Path::new("/")).unwrap_or_else(|e| panic!("{e}"));
        database::drop_database(&info).await.unwrap_or_else(|e| panic!("dropping leftover {info}: {e}"));
        database::create_database(&info).await.unwrap_or_else(|e| panic!("creating {info}: {e}"));
        let conn = Connection::connect(&info).await.unwrap_or_else(|e| panic!("connecting to {info}: {e}"));
        TestDb { name, url, info, conn: Some(conn), cleaned: false }
    }

    /// The database's name (the file name without `.db` on SQLite).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The database's URL, password included (test servers' passwords are not secrets).
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The parsed URL.
    pub fn info(&self) -> &ConnectionInfo {
        &self.info
    }

    /// The connection opened on the database.
    pub fn conn(&mut self) -> &mut Connection {
        self.conn.as_mut().expect("the connection is open until cleanup")
    }

    /// The user tables (not `_prisma_migrations` or SQLite's own), sorted.
    pub async fn user_tables(&mut self) -> Vec<String> {
        let sql = match self.conn().dialect() {
            sql_schema::Dialect::Postgres => "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'",
            sql_schema::Dialect::Mysql => {
                "SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
            }
            sql_schema::Dialect::Sqlite => {
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            }
        };
        let rows = self.conn().query_rows(sql, &[]).await.unwrap_or_else(|e| panic!("listing tables: {e}"));
        let mut names: Vec<String> =
            rows.iter().map(|r| r.string("name")).filter(|n| n != "_prisma_migrations").collect();
        names.sort();
        names
    }

    /// Closes the connection and drops the database.
    pub async fn cleanup(mut self) {
        if let Some(conn) = self.conn.take() {
            let _ = conn.close().await;
        }
        database::drop_database(&self.info).await.unwrap_or_else(|e| panic!("dropping {}: {e}", self.info));
        self.cleaned = true;
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if self.cleaned {
            return;
        }
        drop(self.conn.take());
        let info = self.info.clone();
        // A runtime of its own on a thread of its own: Drop may run inside the test's runtime.
        let dropper = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build();
            if let Ok(runtime) = runtime {
                let _ = runtime.block_on(database::drop_database(&info));
            }
        });
        let _ = dropper.join();
    }
}

impl std::fmt::Debug for TestDb {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TestDb").field("info", &self.info).finish_non_exhaustive()
    }
}

/// `strata_test_<hint>_<pid>_<n>`, within every dialect's identifier limit (63 bytes).
fn unique_name(hint: &str) -> String {
    let hint: String =
        hint.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '_' }).take(24).collect();
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    format!("strata_test_{hint}_{}_{n}", std::process::id())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_short() {
        let a = unique_name("Describe Enums!");
        let b = unique_name("Describe Enums!");
        assert_ne!(a, b);
        assert!(a.starts_with("strata_test_describe_enums__"), "{a}");
        let long = unique_name(&"x".repeat(200));
        assert!(long.len() <= 63, "{long}");
    }
}
