//! The migration lock: one deployer at a time per database, Strata and Prisma alike.
//!
//! | dialect | how | released |
//! |---|---|---|
//! | PostgreSQL | `SELECT pg_advisory_lock(72707369)`, Prisma's key, waited for at most the timeout (client side, as Prisma) | [`MigrationLock::release`], or when the session ends |
//! | MySQL | `SELECT GET_LOCK('prisma_migrate', 10)`, Prisma's name and timeout; unlike Prisma, a result other than 1 (timed out) is an error | `RELEASE_LOCK`, or when the session ends |
//! | SQLite | `BEGIN EXCLUSIVE`, then `PRAGMA main.locking_mode=EXCLUSIVE` (Prisma's statement) and `COMMIT` | `locking_mode=NORMAL` and a read, or when the connection closes |
//!
//! **SQLite.** Prisma's pragma alone does not exclude anything until the connection first
//! *writes*: two deployers can both read the history, both see migration X pending, and both
//! apply it, one after the other. `BEGIN EXCLUSIVE` takes the file's exclusive lock at once
//! (waiting in normal locking mode, where waiters cannot deadlock each other), and switched to
//! exclusive locking mode inside that transaction SQLite keeps the lock after `COMMIT` until the
//! mode is reset — so the history is read, and every script run, under the lock. Other connections (other Strata
//! processes, Prisma, the application) wait up to their busy timeout (10 s for Strata) and then
//! fail with "database is locked". The lock is the operating system's lock on the database file
//! itself: it is released when the process dies, and there is no lock file to go stale. (A lock
//! on a side connection would not work: an exclusive lock held elsewhere would lock out the
//! connection that runs the scripts too.)

use crate::{Connection, Error, SqlValue};
use sql_schema::Dialect;
use std::time::Duration;

/// Prisma's advisory lock key on PostgreSQL.
pub const POSTGRES_ADVISORY_LOCK_KEY: i64 = 72_707_369;

/// Prisma's user-lock name on MySQL.
pub const MYSQL_LOCK_NAME: &str = "prisma_migrate";

/// How long to wait for the lock, as Prisma (10 s).
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// Could not take the lock.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LockError {
    /// Another deployer held the lock for the whole timeout.
    #[error(
        "Timed out after {seconds} s waiting for the migration lock ({how}): another `strata migrate` or `prisma \
         migrate` command is working on this database. Try again when it has finished."
    )]
    Timeout {
        /// The statement that waited.
        how: &'static str,
        /// How long it waited.
        seconds: u64,
    },
    /// The database failed otherwise.
    #[error(transparent)]
    Database(#[from] Error),
}

/// Proof that the connection holds the migration lock. Release it with
/// [`MigrationLock::release`]; closing the connection (or the process ending) releases it too.
#[derive(Debug)]
#[must_use = "the lock is held until released or the connection closes"]
pub struct MigrationLock {
    dialect: Dialect,
}

/// The statement that takes the lock on `dialect` (Prisma's).
pub fn acquire_sql(dialect: Dialect) -> &'static str {
    match dialect {
        Dialect::Postgres => "SELECT pg_advisory_lock(72707369)",
        Dialect::Mysql => "SELECT GET_LOCK('prisma_migrate', 10)",
        Dialect::Sqlite => "PRAGMA main.locking_mode=EXCLUSIVE",
    }
}

impl MigrationLock {
    /// Takes the lock on `conn`, waiting at most `timeout` (PostgreSQL, SQLite's busy timeout is
    /// the connection's; MySQL always waits Prisma's 10 s).
    pub async fn acquire(conn: &mut Connection, timeout: Duration) -> Result<MigrationLock, LockError> {
        let dialect = conn.dialect();
        let how = acquire_sql(dialect);
        let seconds = timeout.as_secs();
        match dialect {
            Dialect::Postgres => match tokio::time::timeout(timeout, conn.query_rows(how, &[])).await {
                Ok(result) => result.map(drop)?,
                // The connection is left waiting; the caller drops it, which ends the session.
                Err(_) => return Err(LockError::Timeout { how, seconds }),
            },
            Dialect::Mysql => {
                let rows = conn.query_rows(&format!("{how} AS locked"), &[]).await?;
                let locked = rows.first().map(|r| r.get("locked").clone());
                if locked != Some(SqlValue::Int(1)) {
                    return Err(LockError::Timeout { how, seconds: 10 });
                }
            }
            Dialect::Sqlite => {
                // Wait for the file in normal locking mode: a failed attempt there gives its
                // shared lock back before the busy handler waits, so waiters cannot deadlock
                // (in exclusive mode they would keep it, and block the holder's successor).
                match conn.raw_cmd("BEGIN EXCLUSIVE").await {
                    Ok(()) => (),
                    // SQLITE_BUSY: someone held the file for the whole busy timeout.
                    Err(Error::Query { code: Some(code), .. }) if code.parse::<i64>().is_ok_and(|c| c & 0xff == 5) => {
                        return Err(LockError::Timeout { how: "BEGIN EXCLUSIVE", seconds })
                    }
                    Err(e) => return Err(e.into()),
                }
                // Exclusive mode keeps the exclusive lock after COMMIT, until released.
                let kept = conn.raw_cmd(how).await;
                conn.raw_cmd("COMMIT").await?;
                kept?;
            }
        }
        Ok(MigrationLock { dialect })
    }

    /// Releases the lock.
    pub async fn release(self, conn: &mut Connection) -> Result<(), Error> {
        debug_assert_eq!(self.dialect, conn.dialect());
        match self.dialect {
            Dialect::Postgres => conn.query_rows("SELECT pg_advisory_unlock(72707369)", &[]).await.map(drop),
            Dialect::Mysql => conn.query_rows("SELECT RELEASE_LOCK('prisma_migrate') AS released", &[]).await.map(drop),
            Dialect::Sqlite => {
                conn.raw_cmd("PRAGMA main.locking_mode=NORMAL").await?;
                // The mode takes effect at the next access, which drops the file lock.
                conn.query_rows("SELECT count(*) AS n FROM sqlite_master", &[]).await.map(drop)
            }
        }
    }
}
