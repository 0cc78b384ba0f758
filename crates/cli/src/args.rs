//! Command-line arguments (clap definitions only; no logic).

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// Strata: schema migrations for Prisma projects, in one binary.
#[derive(Debug, Parser)]
#[command(name = "strata", version, about, long_about = None, disable_help_subcommand = true)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The top-level commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check the schema for errors, exactly as Prisma does.
    Validate(ValidateArgs),
    /// Format the schema in place, exactly as `prisma format`.
    Format(FormatArgs),
    /// Migrations: dev, reset, diff, deploy, status, resolve, lint, check, down.
    #[command(subcommand)]
    Migrate(MigrateCommand),
    /// The database itself: execute a script, seed.
    #[command(subcommand)]
    Db(DbCommand),
}

/// `strata migrate …`.
#[derive(Debug, Subcommand)]
pub enum MigrateCommand {
    /// Create a migration from schema changes and apply it to the development database, as `prisma migrate dev`.
    Dev(crate::commands::migrate_dev::MigrateDevArgs),
    /// Drop everything in the database, apply every migration again, then seed, as `prisma migrate reset`.
    Reset(crate::commands::migrate_reset::MigrateResetArgs),
    /// Compare two schema states and print the migration between them, as `prisma migrate diff`.
    Diff(crate::commands::migrate_diff::MigrateDiffArgs),
    /// Apply every pending migration (production and CI), as `prisma migrate deploy`.
    Deploy(crate::commands::migrate_deploy::MigrateDeployArgs),
    /// Compare the migrations folder with the database's history, as `prisma migrate status`.
    Status(crate::commands::migrate_status::MigrateStatusArgs),
    /// Mark a migration applied or rolled back in the history, as `prisma migrate resolve`.
    Resolve(crate::commands::migrate_resolve::MigrateResolveArgs),
    /// Lint migration files: data loss, failures on existing data, locks, hygiene (exit 1 on findings at --deny).
    Lint(crate::commands::migrate_lint::MigrateLintArgs),
    /// CI gate: migrations in sync with the schema, history intact, lint clean, down migrations round-trip.
    Check(crate::commands::migrate_check::MigrateCheckArgs),
    /// Roll back the last applied migrations with their down.sql (--steps N, --to NAME), or write a down.sql (--create).
    Down(crate::commands::migrate_down::MigrateDownArgs),
}

/// `strata db …`.
#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// Make the database match the schema without a migration, as `prisma db push`.
    Push(crate::commands::db_push::DbPushArgs),
    /// Run a SQL script on the database, as `prisma db execute`.
    Execute(crate::commands::db_execute::DbExecuteArgs),
    /// Seed the database from prisma/seeds/ and the project's seed command, as `prisma db seed`.
    Seed(crate::commands::db_seed::DbSeedArgs),
    /// Introspect the database into the schema, as `prisma db pull`.
    Pull(crate::commands::db_pull::DbPullArgs),
}

/// Where the schema is.
#[derive(Debug, Args)]
pub struct SchemaArg {
    /// Schema file or folder [default: ./prisma/schema.prisma, then ./schema.prisma].
    #[arg(long, value_name = "PATH")]
    pub schema: Option<PathBuf>,
}

/// `strata validate`.
#[derive(Debug, Args)]
pub struct ValidateArgs {
    #[command(flatten)]
    pub schema: SchemaArg,
    /// Print the diagnostics as JSON on stdout.
    #[arg(long)]
    pub json: bool,
}

/// `strata format`.
#[derive(Debug, Args)]
pub struct FormatArgs {
    #[command(flatten)]
    pub schema: SchemaArg,
    /// Write nothing; exit 1 if any file is not formatted.
    #[arg(long)]
    pub check: bool,
    /// Print the result as JSON on stdout.
    #[arg(long)]
    pub json: bool,
}
