//! Validation: AST → [`Datamodel`] plus diagnostics.
//!
//! The passes run in Prisma's order; like Prisma 6.19, the first four run
//! whatever they find, and only the provider checks wait for a clean schema:
//!
//! 1. `names` — duplicate and reserved names;
//! 2. `types` — resolve field types into the datamodel skeleton;
//! 3. `attributes` — interpret `@id`, `@unique`, `@default`, `@map`, … ;
//! 4. `relations` — parse `@relation`, pair relation fields;
//! 5. `configuration` — datasources, generators, preview features;
//! 6. if there is any error so far, stop; otherwise the provider-specific
//!    checks in `checks` (native types, index rules, relation rules, …).

pub(crate) mod attributes;
pub(crate) mod checks;
pub(crate) mod configuration;
pub(crate) mod names;
pub(crate) mod relations;
pub(crate) mod types;

use crate::ast::{SchemaAst, Top};
use crate::config::Configuration;
use crate::datamodel::Datamodel;
use crate::diagnostics::Diagnostics;

/// State shared by the validation passes.
pub(crate) struct Context<'a> {
    /// Every top-level declaration of every file, in source order.
    pub tops: Vec<&'a Top>,
    /// Datasources and generators (filled by the `configuration` pass).
    pub config: Configuration,
    /// Where every pass reports.
    pub diagnostics: Diagnostics,
    /// The datamodel being built.
    pub datamodel: Datamodel,
    /// For each model (by `ModelId`), its index in `tops`.
    pub model_tops: Vec<usize>,
    /// For each enum (by `EnumId`), its index in `tops`.
    pub enum_tops: Vec<usize>,
    /// For each composite type, its index in `tops`.
    pub composite_tops: Vec<usize>,
    /// What the attributes of relation fields say (filled by `relations`).
    pub relations: relations::RelationStore,
}

impl<'a> Context<'a> {
    /// The AST of a model by id.
    pub fn model_ast(&self, id: crate::datamodel::ModelId) -> &'a crate::ast::Model {
        match self.tops[self.model_tops[id.0 as usize]] {
            Top::Model(m) => m,
            _ => unreachable!("model_tops only points at models"),
        }
    }

    /// The AST of an enum by id.
    pub fn enum_ast(&self, id: crate::datamodel::EnumId) -> &'a crate::ast::Enum {
        match self.tops[self.enum_tops[id.0 as usize]] {
            Top::Enum(e) => e,
            _ => unreachable!("enum_tops only points at enums"),
        }
    }
}

/// Runs every pass over the parsed files.
pub(crate) fn run(asts: &[SchemaAst], parse_diagnostics: Diagnostics) -> (Configuration, Datamodel, Diagnostics) {
    let mut ctx = Context {
        tops: asts.iter().flat_map(|a| a.tops.iter()).collect(),
        config: Configuration::default(),
        diagnostics: parse_diagnostics,
        datamodel: Datamodel::default(),
        model_tops: Vec::new(),
        enum_tops: Vec::new(),
        composite_tops: Vec::new(),
        relations: relations::RelationStore::default(),
    };

    // Prisma 6.19 runs these four passes even when an earlier one found
    // errors (an unknown type and an unknown attribute are reported together).
    names::resolve(&mut ctx);
    types::resolve(&mut ctx);
    relations::resolve_attributes(&mut ctx);
    attributes::resolve(&mut ctx);
    relations::infer(&mut ctx);
    configuration::load(&mut ctx);
    if !ctx.diagnostics.has_errors() {
        checks::run(&mut ctx);
    }
    (ctx.config, ctx.datamodel, ctx.diagnostics)
}
