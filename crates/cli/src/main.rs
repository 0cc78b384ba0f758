//! The `strata` binary: parse arguments, run one use case, print its report.
//!
//! Exit codes: 0 success, 1 the command's check failed (invalid schema,
//! unformatted file, …), 2 usage or I/O error.

mod args;
mod commands;
mod output;

use clap::Parser;
use std::process::ExitCode;

/// Schemas, SQL schemas and seed rows are many small allocations; mimalloc serves them in a
/// fraction of glibc's instructions (BENCHMARKS.md, "Schema language").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    let mut out = output::Output::new();
    let result = match cli.command {
        args::Command::Validate(a) => commands::validate::run(a, &mut out),
        args::Command::Format(a) => commands::format::run(a, &mut out),
        args::Command::Migrate(args::MigrateCommand::Dev(a)) => commands::migrate_dev::run(a, &mut out),
        args::Command::Migrate(args::MigrateCommand::Reset(a)) => commands::migrate_reset::run(a, &mut out),
        args::Command::Migrate(args::MigrateCommand::Diff(a)) => commands::migrate_diff::run(a, &mut out),
        args::Command::Migrate(args::MigrateCommand::Deploy(a)) => commands::migrate_deploy::run(a, &mut out),
        args::Command::Migrate(args::MigrateCommand::Status(a)) => commands::migrate_status::run(a, &mut out),
        args::Command::Migrate(args::MigrateCommand::Resolve(a)) => commands::migrate_resolve::run(a, &mut out),
        args::Command::Migrate(args::MigrateCommand::Lint(a)) => commands::migrate_lint::run(a, &mut out),
        args::Command::Migrate(args::MigrateCommand::Check(a)) => commands::migrate_check::run(a, &mut out),
        args::Command::Migrate(args::MigrateCommand::Down(a)) => commands::migrate_down::run(a, &mut out),
        args::Command::Db(args::DbCommand::Push(a)) => commands::db_push::run(a, &mut out),
        args::Command::Db(args::DbCommand::Execute(a)) => commands::db_execute::run(a, &mut out),
        args::Command::Db(args::DbCommand::Seed(a)) => commands::db_seed::run(a, &mut out),
        args::Command::Db(args::DbCommand::Pull(a)) => commands::db_pull::run(a, &mut out),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            out.error(&e.to_string());
            ExitCode::from(2)
        }
    }
}
