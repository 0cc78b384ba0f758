//! # psl — the Prisma Schema Language
//!
//! Parses, validates and formats `schema.prisma` files exactly as Prisma 6.19
//! does: the same grammar, the same diagnostics (wording, order and rendering)
//! and the same formatting. Pure: no I/O, no clock.
//!
//! Glossary:
//! - **AST** ([`ast`]) — the syntax tree of one file, with comments and blank
//!   lines kept for the formatter.
//! - **Datamodel** ([`datamodel`]) — the validated meaning: models, fields with
//!   resolved types, keys, indexes, relations. What `migrate` consumes.
//! - **Configuration** ([`config`]) — datasources and generators.
//! - **Diagnostics** ([`diagnostics`]) — every error and warning found, never
//!   fail-fast, rendered like Prisma.
//! - **Provider** — the database family of the datasource.

pub mod ast;
pub mod config;
pub mod connector;
pub mod constraint_names;
pub mod datamodel;
pub mod diagnostics;
pub mod format;
mod hash;
mod messages;
mod parallel;
pub mod parser;
pub mod span;
#[cfg(test)]
mod testing;
mod validate;

pub use config::{Configuration, Provider};
pub use datamodel::Datamodel;
pub use diagnostics::{Diagnostic, Diagnostics, Severity};
pub use span::{FileId, Span};

/// One schema source file.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// The display name (a path, or `schema.prisma`).
    pub name: String,
    /// The text, with any byte-order mark removed.
    pub text: String,
}

impl SourceFile {
    /// A source file; a leading byte-order mark is dropped, as Prisma does.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let text = match text.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_string(),
            None => text,
        };
        SourceFile { name: name.into(), text }
    }
}

/// The result of validating a schema: always a datamodel (best effort when
/// there are errors) plus every diagnostic.
#[derive(Debug)]
pub struct ValidatedSchema {
    /// The source files, indexed by [`FileId`].
    pub files: Vec<SourceFile>,
    /// One AST per file.
    pub asts: Vec<ast::SchemaAst>,
    /// Datasources and generators.
    pub configuration: Configuration,
    /// Models, enums and relations.
    pub datamodel: Datamodel,
    /// Errors and warnings.
    pub diagnostics: Diagnostics,
}

impl ValidatedSchema {
    /// Whether the schema has no errors.
    pub fn is_valid(&self) -> bool {
        !self.diagnostics.has_errors()
    }

    /// Renders all diagnostics as Prisma prints them.
    pub fn render_diagnostics(&self, color: bool) -> String {
        let files: Vec<(&str, &str)> = self.files.iter().map(|f| (f.name.as_str(), f.text.as_str())).collect();
        self.diagnostics.render(&files, color)
    }
}

/// Whether `name` is reserved for the generated client (a JavaScript keyword or
/// `PrismaClient`), so no model or enum may be called that.
pub fn is_reserved_type_name(name: &str) -> bool {
    validate::names::is_reserved_type_name(name)
}

/// Parses one file without validating it.
pub fn parse(text: &str) -> (ast::SchemaAst, Diagnostics) {
    let mut diagnostics = Diagnostics::new();
    let ast = parser::parse_schema(text, FileId(0), &mut diagnostics);
    (ast, diagnostics)
}

/// Validates a single-file schema.
pub fn validate(file: SourceFile) -> ValidatedSchema {
    validate_files(vec![file])
}

/// Validates a schema made of several files (a `prisma/schema/` folder).
pub fn validate_files(files: Vec<SourceFile>) -> ValidatedSchema {
    let mut diagnostics = Diagnostics::new();
    let asts: Vec<ast::SchemaAst> = files
        .iter()
        .enumerate()
        .map(|(i, f)| parser::parse_schema(&f.text, FileId(i as u32), &mut diagnostics))
        .collect();
    let (configuration, datamodel, diagnostics) = validate::run(&asts, diagnostics);
    ValidatedSchema { files, asts, configuration, datamodel, diagnostics }
}
