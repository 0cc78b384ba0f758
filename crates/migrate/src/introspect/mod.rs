//! `introspect`: a described database ([`SqlSchema`]) → the `schema.prisma` text Prisma's
//! `db pull` writes for it, with Prisma's warnings.
//!
//! Without a previous schema the result is the datasource block and one model per table (and
//! one enum per database enum). With one — *re-introspection* — the previous schema's names
//! are kept wherever they still match the database: model, field, enum and enum value names
//! (matched through `@@map`/`@map`), relation field and relation names, compound id and index
//! `name:`s, `///` documentation, the order of models and enums, `@updatedAt`, `@ignore`,
//! `@@ignore`, and the Prisma-level defaults (`cuid()`, `uuid()`, `nanoid()`, `ulid()`) the
//! database cannot show. Its generator and datasource blocks are re-rendered (as Prisma does).
//!
//! The text is rendered unformatted and laid out by [`psl::format::reformat`], exactly as
//! Prisma lays out its introspection result with its formatter.
//!
//! Pure: no I/O. The rules follow Prisma 7.10's engines (see each submodule); where the IR
//! holds less than Prisma's describer reads (column comments, partial indexes, row level
//! security, …) those parts are absent from the output; what `describe` reports separately can
//! be passed in as [`DatabaseNote`]s, and views (outside the IR) as [`View`]s, rendered as `view`
//! blocks with the `views` preview feature.
//!
//! # Glossary
//! - **Join table**: Prisma's table `_AToB` behind an implicit many-to-many relation; it becomes
//!   a list relation field on each side instead of a model.
//! - **Inline relation**: a relation backed by a foreign key of one of the two models.
//! - **Forward / back field**: the relation field on the model holding the foreign key (model
//!   `A` for many-to-many) / on the other model.
//! - **Ambiguous relation**: one of several relations between the same two models, whose names
//!   must be disambiguated.

mod config;
mod context;
mod defaults;
mod enums;
mod models;
mod names;
mod relations;
mod render;
mod types;
mod views;
mod warnings;

pub use warnings::{render_warnings, Warning};

use context::Context;
use sql_schema::{Dialect, SqlSchema, View};

/// What introspection works from.
#[derive(Debug, Clone, Copy)]
pub struct IntrospectionInput<'a> {
    /// The described database.
    pub schema: &'a SqlSchema,
    /// Its dialect (decides the provider's type mapping and naming rules).
    pub dialect: Dialect,
    /// The existing `schema.prisma`, for re-introspection.
    pub previous: Option<&'a psl::ValidatedSchema>,
    /// Objects the IR does not hold but Prisma annotates (check constraints, expression
    /// indexes, …).
    pub notes: &'a [DatabaseNote],
    /// PostgreSQL: the schema of the connection (the URL's `schema`, `public` when `None`),
    /// which the IR leaves unqualified.
    pub default_namespace: Option<&'a str>,
    /// The database's views (rendered with the `views` preview feature only).
    pub views: &'a [View],
}

/// A database object outside the IR that Prisma mentions in documentation and warnings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatabaseNote {
    /// What it is.
    pub kind: DatabaseNoteKind,
    /// The namespace of its table (`None` for the default schema or other dialects).
    pub namespace: Option<String>,
    /// Its table.
    pub table: String,
    /// Its name.
    pub name: String,
}

/// Kinds of [`DatabaseNote`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DatabaseNoteKind {
    /// A `CHECK` constraint.
    CheckConstraint,
    /// An exclusion constraint (PostgreSQL).
    ExclusionConstraint,
    /// An index on expressions.
    ExpressionIndex,
}

/// The outcome of introspection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IntrospectionResult {
    /// The formatted schema text.
    pub schema_text: String,
    /// Prisma's warnings, in Prisma's order.
    pub warnings: Vec<Warning>,
    /// Whether the database had no table or enum to introspect (Prisma's P4001).
    pub is_empty: bool,
}

impl IntrospectionResult {
    /// The warnings as Prisma prints them (`*** WARNING ***` and the groups); empty when none.
    pub fn warnings_text(&self) -> String {
        render_warnings(&self.warnings)
    }
}

/// Introspects `schema` (a database of `dialect`), on top of the `previous` schema if any.
pub fn introspect(
    schema: &SqlSchema,
    dialect: Dialect,
    previous: Option<&psl::ValidatedSchema>,
) -> IntrospectionResult {
    introspect_with(&IntrospectionInput { schema, dialect, previous, notes: &[], default_namespace: None, views: &[] })
}

/// [`introspect`] with every input.
pub fn introspect_with(input: &IntrospectionInput<'_>) -> IntrospectionResult {
    let ctx = Context::new(input);
    let mut warnings = warnings::Warnings::default();

    // Enums: rendered in the previous schema's order, warned about in database order.
    let mut enum_blocks = std::collections::HashMap::new();
    for id in enums::database_order(&ctx) {
        let mut w = warnings::Warnings::default();
        enum_blocks.insert(id, enums::render_enum(&ctx, id, &mut w));
        warnings.extend(w);
    }
    // Models: likewise.
    let mut models: Vec<_> = Vec::new();
    for table in ctx.model_tables().collect::<Vec<_>>() {
        let block = models::render_model(&ctx, table, &mut warnings);
        models.push((models::previous_position(&ctx, table), block));
    }
    models.sort_by_key(|(position, _)| position.map_or(u32::MAX, |p| p.0));

    let mut text = config::render(input.previous, ctx.provider);
    for (_, block) in &models {
        text.push_str(&block.to_string());
        text.push('\n');
    }
    if views::enabled(input.previous) {
        for block in input.views.iter().filter_map(|v| views::render_view(&ctx, v)) {
            text.push_str(&block.to_string());
            text.push('\n');
        }
    }
    let enum_ids = enums::enum_order(&ctx);
    for id in &enum_ids {
        if let Some(block) = enum_blocks.get(id) {
            text.push_str(&block.to_string());
            text.push('\n');
        }
    }
    if !input.dialect.supports_enums_as_types() && !input.dialect.has_inline_enums() {
        for enm in input.previous.map(|p| p.datamodel.enums.as_slice()).unwrap_or_default() {
            text.push_str(&enums::render_previous_enum(enm).to_string());
            text.push('\n');
        }
    }
    IntrospectionResult {
        schema_text: psl::format::reformat(&text, 2),
        warnings: warnings.into_list(),
        is_empty: models.is_empty() && enum_ids.is_empty(),
    }
}
