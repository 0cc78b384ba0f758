//! `strata migrate dev`: create a migration from the schema's changes and apply it to the
//! development database, as `prisma migrate dev`.
//!
//! Questions (reset the database? accept data-loss warnings? the migration's name?) are asked
//! on a terminal only ([`Terminal`]). Without one — stdin not a terminal, `TERM=dumb`, or CI —
//! a reset or a data-loss warning fails the command with the explanation (exit 1) and nothing
//! is touched, and a migration without `--name` gets the timestamp alone as its name, as
//! Prisma names it. Exit codes: 0 done, 1 error, 2 the command cannot start (no schema, no
//! URL), 130 cancelled at a prompt.

use super::migrate_deploy::{block_on, print_error, setup_exit_code};
use crate::output::Output;
use clap::Args;
use engine::dev::{self, DevError, DevEvent, DevOutcome, DevRequest, Interaction, Question};
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// `strata migrate dev`.
#[derive(Debug, Args)]
pub struct MigrateDevArgs {
    /// Name the migration (sanitised as Prisma does: `Add User table!` → `add_user_table`).
    #[arg(long, short = 'n', value_name = "NAME")]
    pub name: Option<String>,
    /// Create the migration without applying it (it may then be edited).
    #[arg(long)]
    pub create_only: bool,
    /// Schema file or folder [default: ./prisma/schema.prisma, then ./schema.prisma].
    #[arg(long, value_name = "PATH")]
    pub schema: Option<PathBuf>,
    /// Database URL [default: the datasource's directUrl, else its url].
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// Do not run the seed command after the database was reset.
    #[arg(long)]
    pub skip_seed: bool,
}

/// Whether a person can answer questions: stdin is a terminal, `TERM` is not `dumb`, and this
/// is not CI (as Prisma decides).
pub(crate) fn is_interactive() -> bool {
    let ci = ["CI", "CONTINUOUS_INTEGRATION", "BUILD_NUMBER", "RUN_ID", "GITHUB_ACTIONS"]
        .iter()
        .any(|var| std::env::var(var).is_ok_and(|v| !v.is_empty() && v != "false" && v != "0"));
    std::io::stdin().is_terminal() && std::env::var("TERM").map_or(true, |t| t != "dumb") && !ci
}

/// Answers the engine's questions on the terminal, and prints what happens as it happens.
pub(crate) struct Terminal<'a> {
    pub(crate) out: &'a mut Output,
    pub(crate) interactive: bool,
    /// The migrations folder as shown (`prisma/migrations`).
    pub(crate) migrations_display: String,
}

impl Terminal<'_> {
    fn ask(&mut self, question: &str) -> Option<String> {
        self.out.out(&format!("? {question} "));
        let _ = std::io::stdout().flush();
        let mut line = String::new();
        match std::io::stdin().lock().read_line(&mut line) {
            Ok(0) | Err(_) => None,
            Ok(_) => Some(line.trim().to_owned()),
        }
    }

    fn yes(&mut self, question: &str) -> bool {
        let answer = self.ask(&format!("{question} › (y/N)"));
        matches!(answer.as_deref().map(str::to_ascii_lowercase).as_deref(), Some("y" | "yes"))
    }
}

impl Interaction for Terminal<'_> {
    fn is_interactive(&self) -> bool {
        self.interactive
    }

    fn confirm(&mut self, question: Question<'_>) -> bool {
        match question {
            Question::Reset { reason, target } => {
                self.out.out(&format!("{reason}\n{target}\n\n"));
                self.yes("Do you want to continue? All data will be lost.")
            }
            Question::DevWarnings { warnings, create_only } => {
                self.out.out(&warnings_block("Warnings for the current datasource", warnings, false));
                let question = if create_only {
                    "Are you sure you want to create this migration?"
                } else {
                    "Are you sure you want to create and apply this migration?"
                };
                self.yes(question)
            }
            Question::PushWarnings { warnings } => {
                self.out.out(&warnings_block("There might be data loss when applying the changes", warnings, true));
                self.yes("Do you want to ignore the warning(s)?")
            }
        }
    }

    fn migration_name(&mut self) -> Option<String> {
        self.ask("Enter a name for the new migration: ›")
    }

    fn notify(&mut self, event: &DevEvent) {
        match event {
            DevEvent::Reset => self.out.out("Database reset successful\n"),
            DevEvent::Applied(names) => {
                self.out.out(&format!(
                    "\nThe following migration(s) have been applied:\n\n{}\n",
                    tree(&self.migrations_display, names)
                ));
            }
        }
    }
}

/// `\n⚠️  {title}:\n\n  • warning\n…\n`, as Prisma prints warnings (`db push` leaves a blank
/// line after each: `spaced`).
pub(crate) fn warnings_block(title: &str, warnings: &[String], spaced: bool) -> String {
    let mut text = format!("\n\u{26a0}\u{fe0f}  {title}:\n\n");
    for warning in warnings {
        text.push_str(&format!("  \u{2022} {warning}\n"));
        if spaced {
            text.push('\n');
        }
    }
    text.push('\n');
    text
}

/// Prisma's tree of migration folders: `migrations/\n  └─ name/\n    └─ migration.sql`.
pub(crate) fn tree(dir: &str, names: &[String]) -> String {
    let mut text = format!("{dir}/");
    for name in names {
        text.push_str(&format!("\n  \u{2514}\u{2500} {name}/\n    \u{2514}\u{2500} migration.sql"));
    }
    text
}

/// Runs the project's seed command, as `prisma migrate reset` and `migrate dev` after a reset
/// did (Prisma 6). Returns false when it failed.
pub(crate) fn run_seed(out: &mut Output, cwd: &std::path::Path) -> bool {
    let command = match engine::seed::find_seed_command(cwd) {
        Ok(Some(command)) => command,
        Ok(None) => return true,
        Err(e) => {
            out.error(&e.to_string());
            return false;
        }
    };
    out.out(&format!("\nRunning seed command `{}` ...\n", command.command));
    match engine::seed::run_seed_command(cwd) {
        Ok(Some(report)) if report.success => {
            out.out("\n\u{1f331}  The seed command has been executed.\n");
            true
        }
        Ok(Some(report)) => {
            let code = report.exit_code.map_or_else(|| "a signal".to_owned(), |c| format!("exit code {c}"));
            out.err(&format!(
                "\nAn error occurred while running the seed command:\n`{}` ended with {code}\n",
                report.command
            ));
            false
        }
        Ok(None) => true,
        Err(e) => {
            out.err(&format!("\nAn error occurred while running the seed command:\n{e}\n"));
            false
        }
    }
}

/// Runs `migrate dev`.
pub fn run(args: MigrateDevArgs, out: &mut Output) -> Result<ExitCode, engine::EngineError> {
    let cwd = super::cwd()?;
    let request = DevRequest {
        schema: args.schema.clone(),
        url: args.url.clone(),
        name: args.name.clone(),
        create_only: args.create_only,
        // Seeding is done here, after the report is printed.
        skip_seed: true,
        cwd: cwd.clone(),
        now: None,
    };
    // The datasource line first, as Prisma prints it, before any question.
    let project = match dev::Project::load(args.schema.as_deref(), args.url.as_deref(), &cwd, false) {
        Ok(project) => project,
        Err(e) => return Ok(print_dev_error(out, &e)),
    };
    out.out(&format!("{}\n\n", project.target.datasource_line()));
    match block_on(engine::deploy::ensure_database(&project.target.info)) {
        Ok(true) => out.out(&format!("{}\n\n", project.target.created_line())),
        Ok(false) => (),
        Err(e) => return Ok(print_dev_error(out, &DevError::Migrate(e))),
    }
    let migrations_display = project.target.migrations_display.clone();
    let interactive = is_interactive();
    let mut terminal = Terminal { out, interactive, migrations_display: migrations_display.clone() };
    let result = block_on(dev::dev(&request, &mut terminal));
    let report = match result {
        Ok(report) => report,
        Err(e) => return Ok(print_dev_error(out, &e)),
    };
    if !report.unexecutable.is_empty() {
        let lines: Vec<String> =
            report.unexecutable.iter().map(|(step, m)| format!("  \u{2022} Step {step} {m}")).collect();
        out.err(&format!("\n\u{26a0}\u{fe0f} We found changes that cannot be executed:\n\n{}\n", lines.join("\n")));
    }
    if let Some(created) = &report.created {
        let label = format!("{migrations_display}/{}/migration.sql", created.name);
        super::migrate_lint::print_generated(out, &label, &report.lint);
    }
    match report.outcome {
        DevOutcome::AlreadyInSync => out.out("Already in sync, no schema change or pending migration was found.\n"),
        DevOutcome::NowInSync => out.out("\nYour database is now in sync with your schema.\n"),
        DevOutcome::Created => {
            let name = report.created.as_ref().map(|c| c.name.as_str()).unwrap_or_default();
            out.out(&format!(
                "Strata created the following migration without applying it {name}\n\nYou can now edit it and apply it \
                 by running `strata migrate dev`.\n"
            ));
        }
        DevOutcome::CreatedAndApplied => {
            let names: Vec<String> = report.created.iter().map(|c| c.name.clone()).collect();
            if !report.applied.is_empty() {
                out.out("\n");
            }
            out.out(&format!(
                "\nThe following migration(s) have been created and applied from new schema changes:\n\n{}\n\nYour \
                 database is now in sync with your schema.\n",
                tree(&migrations_display, &names)
            ));
        }
    }
    if report.reset.is_some() && !args.skip_seed && !run_seed(out, &cwd) {
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// Prints a `migrate dev` error as Prisma does; returns the exit code.
fn print_dev_error(out: &mut Output, error: &DevError) -> ExitCode {
    match error {
        DevError::InvalidSchema { path, diagnostics } => {
            out.err(diagnostics);
            out.error(&format!("The schema at {} is invalid.", path.display()));
            ExitCode::from(1)
        }
        DevError::Migrate(e) => {
            print_error(out, e);
            setup_exit_code(e)
        }
        DevError::NeedsReset { .. } => {
            out.err(&format!("{error}\n"));
            ExitCode::from(1)
        }
        DevError::NonInteractiveWarnings { warnings } => {
            out.out(&warnings_block("Warnings for the current datasource", warnings, false));
            out.err(&format!("Error: {error}\n"));
            ExitCode::from(1)
        }
        DevError::ResetCancelled | DevError::Cancelled => {
            out.out(&format!("{error}\n"));
            ExitCode::from(130)
        }
        other => {
            match other.code() {
                Some(code) => out.err(&format!("Error: {code}\n\n{}\n", other.to_string().trim_end())),
                None => out.err(&format!("Error: {}\n", other.to_string().trim_end())),
            }
            if let Some(hint) = other.hint() {
                out.err(&format!("\n{hint}\n"));
            }
            ExitCode::from(1)
        }
    }
}
