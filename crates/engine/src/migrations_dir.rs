//! The migrations folder on disk (`prisma/migrations/`): reading it the way Prisma's CLI does,
//! and writing a new migration so that a crash never leaves half a migration behind.
//!
//! What Prisma 7 reads (its CLI lists the folder, the engine only gets the contents):
//! - `migration_lock.toml`, if present ([`MigrationLock`]);
//! - every *directory* directly inside, whatever its name (dot-folders included; symbolic links
//!   are not directories to Node's `readdir` and are skipped), as one migration named after it,
//!   in name order;
//! - in each, `migration.sql` decoded as UTF-8 (invalid bytes replaced, a byte order mark kept).
//!   A folder without it is still a migration: `status` lists it as pending, `deploy` fails on it
//!   with P3015 ("Could not find the migration file at …").
//!
//! Everything else (files at the top level, other files in a migration folder) is ignored.
//! Strata reads one more file, `down.sql`, and exposes it; Prisma ignores it.

use migrate::history::{lock, HistoryError, LocalMigration, MigrationLock};
use std::collections::BTreeMap;
use std::ffi::OsString;
use std::fs;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// The script of a migration folder.
pub const MIGRATION_SCRIPT: &str = "migration.sql";

/// Strata's down script beside it.
pub const DOWN_SCRIPT: &str = "down.sql";

/// The migrations folder as read by [`read`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MigrationsDir {
    /// The folder.
    pub path: PathBuf,
    /// `migration_lock.toml`, if the folder has one.
    pub lock: Option<MigrationLock>,
    /// One entry per migration folder, in folder-name (byte) order.
    pub migrations: Vec<LocalMigration>,
    down_scripts: BTreeMap<String, String>,
}

impl MigrationsDir {
    /// The `down.sql` of migration `name`, if it has one.
    pub fn down_script(&self, name: &str) -> Option<&str> {
        self.down_scripts.get(name).map(String::as_str)
    }

    /// The folder of migration `name`.
    pub fn migration_path(&self, name: &str) -> PathBuf {
        self.path.join(name)
    }

    /// The migrations whose folder has no `migration.sql`.
    pub fn missing_scripts(&self) -> impl Iterator<Item = &LocalMigration> {
        self.migrations.iter().filter(|m| m.script().is_none())
    }

    /// P3019 when `migration_lock.toml` exists and names another provider than `provider` (the
    /// schema's canonical provider, e.g. `postgresql`). No lock file is no error, as for Prisma.
    pub fn check_provider(&self, provider: &str) -> Result<(), HistoryError> {
        self.lock.as_ref().map_or(Ok(()), |lock| lock.check(provider))
    }

    /// P3015 for migration `name`, naming the whole path of its missing `migration.sql`.
    pub fn missing_script_error(&self, name: &str) -> HistoryError {
        HistoryError::MigrationFileNotFound {
            migration_name: name.to_owned(),
            path: self.migration_path(name).join(MIGRATION_SCRIPT).display().to_string(),
        }
    }
}

/// An error reading or writing the migrations folder.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum MigrationsDirError {
    /// The folder could not be listed.
    #[error("cannot list the migrations folder {}: {source}. Check that it is a readable folder.", path.display())]
    ReadDir {
        /// The migrations folder.
        path: PathBuf,
        /// The cause.
        #[source]
        source: io::Error,
    },
    /// The path names a file, not a folder.
    #[error(
        "{} is a file, not a migrations folder. Move it away, or point Strata at the folder that holds the \
         migration folders.",
        path.display()
    )]
    NotADirectory {
        /// The path given as the migrations folder.
        path: PathBuf,
    },
    /// A file exists but could not be read.
    #[error("cannot read {}: {source}. Check the file's permissions.", path.display())]
    ReadFile {
        /// The file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: io::Error,
    },
    /// A migration folder's name is not valid UTF-8.
    #[error(
        "the migration folder {name:?} in {} has a name that is not valid UTF-8. Rename it \
         (migration folders are named YYYYMMDDHHMMSS_name).",
        dir.display()
    )]
    NonUtf8Name {
        /// The migrations folder.
        dir: PathBuf,
        /// The folder's name.
        name: OsString,
    },
    /// The new migration's name cannot be a folder name.
    #[error(
        "{name:?} cannot name a migration folder: use one folder name, without `/` or `\\`, other than `.` and \
         `..`."
    )]
    InvalidName {
        /// The name given.
        name: String,
    },
    /// The new migration's folder exists already.
    #[error(
        "the migration folder {} already exists. Choose another name, or create the migration again a second \
         later (the folder name starts with the time).",
        path.display()
    )]
    AlreadyExists {
        /// The folder.
        path: PathBuf,
    },
    /// Writing a file or folder failed; nothing was left in the migrations folder.
    #[error("cannot write {}: {source}. Check that the folder is writable and the disk is not full.", path.display())]
    Write {
        /// The file or folder.
        path: PathBuf,
        /// The cause.
        #[source]
        source: io::Error,
    },
}

/// Reads the migrations folder at `path`. A folder that does not exist reads as empty (no
/// migrations, no lock file), as for Prisma.
pub fn read(path: &Path) -> Result<MigrationsDir, MigrationsDirError> {
    let mut dir =
        MigrationsDir { path: path.to_owned(), lock: None, migrations: Vec::new(), down_scripts: BTreeMap::new() };
    let entries = match fs::read_dir(path) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(dir),
        Err(_) if path.is_file() => return Err(MigrationsDirError::NotADirectory { path: path.to_owned() }),
        Err(source) => return Err(MigrationsDirError::ReadDir { path: path.to_owned(), source }),
    };
    dir.lock = read_text(&path.join(lock::FILE_NAME))?.map(|text| MigrationLock::parse(&text));

    for entry in entries {
        let entry = entry.map_err(|source| MigrationsDirError::ReadDir { path: path.to_owned(), source })?;
        let file_type =
            entry.file_type().map_err(|source| MigrationsDirError::ReadDir { path: path.to_owned(), source })?;
        if !file_type.is_dir() {
            continue;
        }
        let name = entry
            .file_name()
            .into_string()
            .map_err(|name| MigrationsDirError::NonUtf8Name { dir: path.to_owned(), name })?;
        let folder = entry.path();
        let migration = match read_text(&folder.join(MIGRATION_SCRIPT))? {
            Some(script) => LocalMigration::new(name.clone(), script),
            None => LocalMigration::without_script(name.clone()),
        };
        if let Some(down) = read_text(&folder.join(DOWN_SCRIPT))? {
            dir.down_scripts.insert(name, down);
        }
        dir.migrations.push(migration);
    }
    dir.migrations.sort_by(|a, b| a.name().cmp(b.name()));
    Ok(dir)
}

/// A file's text as Prisma's CLI reads it (UTF-8, invalid bytes replaced, BOM kept), or `None`
/// if there is no such file.
fn read_text(path: &Path) -> Result<Option<String>, MigrationsDirError> {
    match fs::read(path) {
        Ok(bytes) => Ok(Some(match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        })),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(MigrationsDirError::ReadFile { path: path.to_owned(), source }),
    }
}

/// A migration to add to the folder.
#[derive(Debug, Clone, Copy)]
pub struct NewMigration<'a> {
    /// The folder name, e.g. from `MigrationName::generate`.
    pub name: &'a str,
    /// The contents of `migration.sql`.
    pub script: &'a str,
    /// The contents of `down.sql`, if any.
    pub down_script: Option<&'a str>,
}

/// Adds a migration folder to the migrations folder at `dir` (created if missing), then writes
/// `migration_lock.toml` for `lock` — as Prisma does each time it creates a migration. Returns
/// the new folder's path.
///
/// The folder is written under a temporary name beside `dir` (in its parent, where Prisma does
/// not look for migrations), then renamed into place, so `dir` never holds a partial migration.
/// The lock file is written to a temporary file in `dir` and renamed over the old one.
pub fn write_migration(dir: &Path, new: NewMigration<'_>, lock: &MigrationLock) -> Result<PathBuf, MigrationsDirError> {
    let name_ok = !matches!(new.name, "" | "." | "..") && !new.name.contains(['/', '\\']);
    if !name_ok {
        return Err(MigrationsDirError::InvalidName { name: new.name.to_owned() });
    }
    fs::create_dir_all(dir).map_err(|source| MigrationsDirError::Write { path: dir.to_owned(), source })?;
    let target = dir.join(new.name);
    if target.exists() {
        return Err(MigrationsDirError::AlreadyExists { path: target });
    }
    let parent = match dir.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        Some(_) => PathBuf::from("."),
        None => dir.to_owned(),
    };
    let staging = parent.join(format!(".strata-new-migration-{}-{}", std::process::id(), unique()));
    let result = stage_folder(&staging, new).and_then(|()| {
        fs::rename(&staging, &target).map_err(|source| MigrationsDirError::Write { path: target.clone(), source })
    });
    if let Err(e) = result {
        let _ = fs::remove_dir_all(&staging);
        return Err(e);
    }
    write_lock(dir, lock)?;
    Ok(target)
}

/// Writes `migration_lock.toml` in `dir` with Prisma's exact text, atomically.
pub fn write_lock(dir: &Path, lock: &MigrationLock) -> Result<(), MigrationsDirError> {
    let path = dir.join(lock::FILE_NAME);
    let staging = dir.join(format!(".{}.{}-{}.tmp", lock::FILE_NAME, std::process::id(), unique()));
    let result = write_file(&staging, &lock.render()).and_then(|()| {
        fs::rename(&staging, &path).map_err(|source| MigrationsDirError::Write { path: path.clone(), source })
    });
    if result.is_err() {
        let _ = fs::remove_file(&staging);
    }
    result
}

fn stage_folder(staging: &Path, new: NewMigration<'_>) -> Result<(), MigrationsDirError> {
    fs::create_dir(staging).map_err(|source| MigrationsDirError::Write { path: staging.to_owned(), source })?;
    write_file(&staging.join(MIGRATION_SCRIPT), new.script)?;
    if let Some(down) = new.down_script {
        write_file(&staging.join(DOWN_SCRIPT), down)?;
    }
    Ok(())
}

fn write_file(path: &Path, contents: &str) -> Result<(), MigrationsDirError> {
    let write = || -> io::Result<()> {
        let mut file = fs::File::create(path)?;
        file.write_all(contents.as_bytes())?;
        file.sync_all()
    };
    write().map_err(|source| MigrationsDirError::Write { path: path.to_owned(), source })
}

/// A number unique within this process, for temporary names.
fn unique() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use migrate::history::{plan, Checksum, MigrationStatus};

    /// A fresh folder under the system's temporary folder, removed on drop.
    struct TempDir(PathBuf);

    impl TempDir {
        fn new() -> TempDir {
            let path = std::env::temp_dir().join(format!("strata-migrations-dir-{}-{}", std::process::id(), unique()));
            fs::create_dir_all(&path).unwrap();
            TempDir(path)
        }

        fn write(&self, relative: &str, contents: &[u8]) {
            let path = self.0.join(relative);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, contents).unwrap();
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = fs::remove_dir_all(&self.0);
        }
    }

    fn entries(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> =
            fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
        names.sort();
        names
    }

    #[test]
    fn a_missing_folder_reads_as_empty() {
        let tmp = TempDir::new();
        let dir = read(&tmp.0.join("migrations")).unwrap();
        assert_eq!((dir.lock, dir.migrations.len()), (None, 0));
    }

    #[test]
    fn reads_like_prisma() {
        let tmp = TempDir::new();
        tmp.write("migration_lock.toml", MigrationLock::new("postgresql").render().as_bytes());
        tmp.write("README.md", b"notes");
        tmp.write("20240103000000_third/migration.sql", b"CREATE TABLE c (id INT);\n");
        tmp.write("20240101000000_init/migration.sql", b"CREATE TABLE a (id INT);\r\n");
        tmp.write("20240101000000_init/down.sql", b"DROP TABLE a;\n");
        tmp.write("20240101000000_init/notes.txt", b"ignored");
        tmp.write("20240102000000_bom/migration.sql", b"\xef\xbb\xbfCREATE TABLE b (id INT);\n");
        tmp.write("20240104000000_latin1/migration.sql", b"-- caf\xe9\n");
        fs::create_dir_all(tmp.0.join("20240105000000_empty/nested")).unwrap();

        let dir = read(&tmp.0).unwrap();
        assert_eq!(dir.lock, Some(MigrationLock::new("postgresql")));
        let names: Vec<&str> = dir.migrations.iter().map(|m| m.name()).collect();
        assert_eq!(
            names,
            [
                "20240101000000_init",
                "20240102000000_bom",
                "20240103000000_third",
                "20240104000000_latin1",
                "20240105000000_empty"
            ]
        );
        let script = |i: usize| dir.migrations[i].script();
        assert_eq!(script(0), Some("CREATE TABLE a (id INT);\r\n"));
        assert_eq!(script(1), Some("\u{feff}CREATE TABLE b (id INT);\n"));
        assert_eq!(script(3), Some("-- caf\u{fffd}\n"));
        assert_eq!(script(4), None);
        assert_eq!(dir.migrations[1].checksum(), Some(Checksum::of("\u{feff}CREATE TABLE b (id INT);\n")));
        assert_eq!(dir.down_script("20240101000000_init"), Some("DROP TABLE a;\n"));
        assert_eq!(dir.down_script("20240103000000_third"), None);
        let missing: Vec<&str> = dir.missing_scripts().map(|m| m.name()).collect();
        assert_eq!(missing, ["20240105000000_empty"]);
        let err = dir.missing_script_error("20240105000000_empty");
        assert_eq!(err.code(), "P3015");
        assert!(err.to_string().contains(&tmp.0.join("20240105000000_empty/migration.sql").display().to_string()));

        // The folder feeds the plan directly.
        let state = plan(&dir.migrations, None);
        assert!(state.migrations.iter().all(|m| m.status == MigrationStatus::Pending));
    }

    #[test]
    fn provider_check_follows_the_lock_file() {
        let tmp = TempDir::new();
        assert!(read(&tmp.0).unwrap().check_provider("sqlite").is_ok());
        tmp.write("migration_lock.toml", b"provider = \"mysql\"\n");
        let err = read(&tmp.0).unwrap().check_provider("sqlite").unwrap_err();
        assert_eq!(err.code(), "P3019");
    }

    #[test]
    fn a_file_is_not_a_migrations_folder() {
        let tmp = TempDir::new();
        tmp.write("migrations", b"");
        let err = read(&tmp.0.join("migrations")).unwrap_err();
        assert!(matches!(err, MigrationsDirError::NotADirectory { .. }), "{err}");
        assert!(err.to_string().contains("is a file, not a migrations folder"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn symlinks_are_skipped_and_odd_names_are_errors() {
        use std::os::unix::ffi::OsStrExt;
        let tmp = TempDir::new();
        let elsewhere = TempDir::new();
        elsewhere.write("20240101000000_linked/migration.sql", b"SELECT 1;");
        std::os::unix::fs::symlink(elsewhere.0.join("20240101000000_linked"), tmp.0.join("20240101000000_linked"))
            .unwrap();
        assert!(read(&tmp.0).unwrap().migrations.is_empty());

        fs::create_dir(tmp.0.join(std::ffi::OsStr::from_bytes(b"2024\xff"))).unwrap();
        let err = read(&tmp.0).unwrap_err();
        assert!(matches!(err, MigrationsDirError::NonUtf8Name { .. }), "{err}");
    }

    #[test]
    fn writes_a_migration_and_the_lock_file() {
        let tmp = TempDir::new();
        let migrations = tmp.0.join("prisma/migrations");
        let lock = MigrationLock::new("sqlite");
        let new = NewMigration {
            name: "20240101000000_init",
            script: "CREATE TABLE a (id INT);\n",
            down_script: Some("DROP TABLE a;\n"),
        };
        let path = write_migration(&migrations, new, &lock).unwrap();
        assert_eq!(path, migrations.join("20240101000000_init"));
        assert_eq!(entries(&migrations), ["20240101000000_init", "migration_lock.toml"]);
        assert_eq!(entries(&tmp.0.join("prisma")), ["migrations"], "no staging folder left behind");
        assert_eq!(fs::read_to_string(migrations.join("migration_lock.toml")).unwrap(), lock.render());

        let dir = read(&migrations).unwrap();
        assert_eq!(dir.migrations, [LocalMigration::new("20240101000000_init", "CREATE TABLE a (id INT);\n")]);
        assert_eq!(dir.down_script("20240101000000_init"), Some("DROP TABLE a;\n"));

        let err = write_migration(&migrations, new, &lock).unwrap_err();
        assert!(matches!(err, MigrationsDirError::AlreadyExists { .. }), "{err}");
        assert!(err.to_string().contains("20240101000000_init already exists"), "{err}");

        // A second migration, without down.sql; the lock file is rewritten for the new provider.
        let second = NewMigration { name: "20240102000000_two", script: "SELECT 1;\n", down_script: None };
        write_migration(&migrations, second, &MigrationLock::new("postgresql")).unwrap();
        let dir = read(&migrations).unwrap();
        assert_eq!(dir.migrations.len(), 2);
        assert_eq!(dir.lock, Some(MigrationLock::new("postgresql")));
        assert_eq!(entries(&migrations.join("20240102000000_two")), ["migration.sql"]);
    }

    #[test]
    fn names_must_be_one_folder() {
        let tmp = TempDir::new();
        for name in ["", ".", "..", "a/b", "a\\b"] {
            let new = NewMigration { name, script: "SELECT 1;", down_script: None };
            let err = write_migration(&tmp.0, new, &MigrationLock::new("sqlite")).unwrap_err();
            assert!(matches!(err, MigrationsDirError::InvalidName { .. }), "{name}: {err}");
        }
        assert!(entries(&tmp.0).is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn a_failed_write_leaves_nothing_behind() {
        let tmp = TempDir::new();
        let migrations = tmp.0.join("prisma/migrations");
        fs::create_dir_all(&migrations).unwrap();
        // A dangling symbolic link where the folder goes: not "existing", but renaming a folder
        // over it fails.
        std::os::unix::fs::symlink(tmp.0.join("nowhere"), migrations.join("20240101000000_init")).unwrap();
        let new = NewMigration { name: "20240101000000_init", script: "SELECT 1;", down_script: None };
        let err = write_migration(&migrations, new, &MigrationLock::new("sqlite")).unwrap_err();
        assert!(matches!(err, MigrationsDirError::Write { .. }), "{err}");
        assert!(err.to_string().contains("20240101000000_init"), "{err}");
        assert_eq!(entries(&migrations), ["20240101000000_init"], "no lock file, nothing else");
        assert_eq!(entries(&tmp.0.join("prisma")), ["migrations"], "the staging folder is removed");
    }
}
