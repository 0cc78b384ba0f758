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
    /// The database itself.
    #[command(subcommand)]
    Db(DbCommand),
}

/// `strata db …`.
#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// Seed the database from prisma/seeds/ and the project's seed command, as `prisma db seed`.
    Seed(crate::commands::db_seed::DbSeedArgs),
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
