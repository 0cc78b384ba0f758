//! Helpers shared by the CLI tests: run the `strata` binary and read its output.
#![allow(dead_code)] // each test file uses its own subset

use std::path::Path;
use std::process::{Command, Output};

/// Runs the `strata` binary in `dir` with `args`: no colours, and no `DATABASE_URL` from the
/// caller's environment (each test names its database).
pub fn strata(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_strata"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("DATABASE_URL")
        .output()
        .expect("run strata")
}

/// Output bytes as text (lossy, for assertions and failure messages).
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
