//! The Prisma-compatible seed command: `"prisma": {"seed": "…"}` in `package.json`, or
//! `[seed] command = "…"` in `strata.toml` (which wins when both are set), run through the shell
//! in the project folder with the environment passed through, as `prisma db seed` does.

use std::path::{Path, PathBuf};

/// Where the command was configured.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedCommand {
    /// The command line.
    pub command: String,
    /// The file it was read from.
    pub source: PathBuf,
}

/// What running the seed command did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedCommandReport {
    /// The command line.
    pub command: String,
    /// The file it was read from.
    pub source: PathBuf,
    /// The exit code (`None` if killed by a signal).
    pub exit_code: Option<i32>,
    /// Whether it exited with 0.
    pub success: bool,
}

/// Reading the configuration or starting the command failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SeedCommandError {
    /// A configuration file cannot be read or parsed.
    #[error("Could not read the seed command from {}: {message}", path.display())]
    Config {
        /// The file.
        path: PathBuf,
        /// Why.
        message: String,
    },
    /// The shell could not be started.
    #[error("Could not run the seed command `{command}`: {source}")]
    Spawn {
        /// The command line.
        command: String,
        /// The operating system's error.
        #[source]
        source: std::io::Error,
    },
}

/// The configured seed command of the project in `project_dir`, if any.
pub fn find_seed_command(project_dir: &Path) -> Result<Option<SeedCommand>, SeedCommandError> {
    let toml_path = project_dir.join("strata.toml");
    if toml_path.is_file() {
        let text = std::fs::read_to_string(&toml_path)
            .map_err(|e| SeedCommandError::Config { path: toml_path.clone(), message: e.to_string() })?;
        let value: toml::Table = toml::from_str(&text)
            .map_err(|e| SeedCommandError::Config { path: toml_path.clone(), message: e.to_string() })?;
        if let Some(command) = value.get("seed").and_then(|s| s.get("command")) {
            let Some(command) = command.as_str() else {
                return Err(SeedCommandError::Config {
                    path: toml_path,
                    message: "[seed] command must be a string".into(),
                });
            };
            return Ok(Some(SeedCommand { command: command.to_owned(), source: toml_path }));
        }
    }
    let package = project_dir.join("package.json");
    if package.is_file() {
        let text = std::fs::read_to_string(&package)
            .map_err(|e| SeedCommandError::Config { path: package.clone(), message: e.to_string() })?;
        let value: serde_json::Value = serde_json::from_str(&text)
            .map_err(|e| SeedCommandError::Config { path: package.clone(), message: e.to_string() })?;
        if let Some(seed) = value.get("prisma").and_then(|p| p.get("seed")) {
            let Some(command) = seed.as_str() else {
                return Err(SeedCommandError::Config {
                    path: package,
                    message: "\"prisma\".\"seed\" must be a string".into(),
                });
            };
            return Ok(Some(SeedCommand { command: command.to_owned(), source: package }));
        }
    }
    Ok(None)
}

/// Runs the project's seed command, if one is configured: through `sh -c` (`cmd /C` on
/// Windows), in `project_dir`, inheriting the environment and the standard streams. `Ok(None)`
/// when no command is configured; a command that fails is a report with `success: false`.
pub fn run_seed_command(project_dir: &Path) -> Result<Option<SeedCommandReport>, SeedCommandError> {
    let Some(SeedCommand { command, source }) = find_seed_command(project_dir)? else { return Ok(None) };
    let mut shell = if cfg!(windows) {
        let mut c = std::process::Command::new("cmd");
        c.arg("/C");
        c
    } else {
        let mut c = std::process::Command::new("sh");
        c.arg("-c");
        c
    };
    let status = shell
        .arg(&command)
        .current_dir(project_dir)
        .status()
        .map_err(|source| SeedCommandError::Spawn { command: command.clone(), source })?;
    Ok(Some(SeedCommandReport { command, source, exit_code: status.code(), success: status.success() }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn project(files: &[(&str, &str)]) -> PathBuf {
        static N: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let dir = std::env::temp_dir().join(format!(
            "strata_seed_cmd_{}_{}",
            std::process::id(),
            N.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for (name, text) in files {
            std::fs::write(dir.join(name), text).unwrap();
        }
        dir
    }

    #[test]
    fn package_json_command_runs_in_the_project_with_the_environment() {
        let dir =
            project(&[("package.json", r#"{"prisma": {"seed": "echo \"$STRATA_SEED_TEST_VAR\" > out.txt; exit 3"}}"#)]);
        std::env::set_var("STRATA_SEED_TEST_VAR", "passed through");
        let report = run_seed_command(&dir).unwrap().unwrap();
        assert_eq!(report.exit_code, Some(3));
        assert!(!report.success);
        assert_eq!(std::fs::read_to_string(dir.join("out.txt")).unwrap().trim(), "passed through");
    }

    #[test]
    fn strata_toml_wins_and_none_without_configuration() {
        let dir = project(&[
            ("package.json", r#"{"prisma": {"seed": "exit 1"}}"#),
            ("strata.toml", "[seed]\ncommand = \"true\"\n"),
        ]);
        let report = run_seed_command(&dir).unwrap().unwrap();
        assert!(report.success);
        assert!(report.source.ends_with("strata.toml"));
        assert_eq!(run_seed_command(&project(&[("package.json", "{}")])).unwrap(), None);
        assert!(matches!(run_seed_command(&project(&[("package.json", "{")])), Err(SeedCommandError::Config { .. })));
    }
}
