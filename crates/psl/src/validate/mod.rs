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
//!
//! In a schema without composite types, a model's attributes are validated
//! by the `types` pass, right after its field types (its tree and datamodel
//! entry are then in the cache); their diagnostics are held back and
//! reported where the `attributes` pass reports, so the order is Prisma's.

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
    /// By `ModelId`: what validating the model's attributes reported, when
    /// the types pass did it (see `attributes::model_with_types`); reported
    /// by the attributes pass.
    pub model_attribute_diagnostics: Vec<Diagnostics>,
}

impl<'a> Context<'a> {
    /// The AST of a model by id.
    pub fn model_ast(&self, id: crate::datamodel::ModelId) -> &'a crate::ast::Model {
        match self.tops[self.model_tops[id.0 as usize]] {
            Top::Model(m) => m,
            _ => unreachable!("model_tops only points at models"),
        }
    }

    /// How much validation work the top-level block at `i` is, roughly: its
    /// fields or values (used to split passes evenly over threads).
    pub fn top_weight(&self, i: usize) -> usize {
        match self.tops.get(i) {
            Some(Top::Model(m) | Top::CompositeType(m)) => m.fields.len() + 1,
            Some(Top::Enum(e)) => e.values.len() / 4 + 1,
            _ => 1,
        }
    }

    /// How much validation work the model with index `i` is, roughly.
    pub fn model_weight(&self, i: usize) -> usize {
        self.datamodel.models.get(i).map_or(1, model_weight)
    }

    /// The AST of an enum by id.
    pub fn enum_ast(&self, id: crate::datamodel::EnumId) -> &'a crate::ast::Enum {
        match self.tops[self.enum_tops[id.0 as usize]] {
            Top::Enum(e) => e,
            _ => unreachable!("enum_tops only points at enums"),
        }
    }
}

/// The context as seen by work that may run on another thread: it reads the
/// shared context (through `Deref`) and reports into its own diagnostics,
/// which [`per_item`] appends to the context in item order. Code written
/// against `&mut Worker` reads like code written against `&mut Context`:
/// `ctx.diagnostics` is the worker's own list, everything else is shared.
pub(crate) struct Worker<'c, 'a> {
    shared: &'c Context<'a>,
    /// What this worker found, in the order found.
    pub diagnostics: Diagnostics,
}

impl<'c, 'a> Worker<'c, 'a> {
    /// The shared context, for code that reads it while it reports into
    /// `diagnostics`.
    pub fn shared(&self) -> &'c Context<'a> {
        self.shared
    }

    /// Whether any error has been reported: before the pass, or by this worker.
    pub fn has_errors(&self) -> bool {
        self.shared.diagnostics.has_errors() || self.diagnostics.has_errors()
    }
}

impl<'a> std::ops::Deref for Worker<'_, 'a> {
    type Target = Context<'a>;

    fn deref(&self) -> &Context<'a> {
        self.shared
    }
}

/// Below this many items a pass runs on the calling thread.
pub(crate) const MIN_ITEMS_PER_THREAD: usize = 128;

/// Runs `work` on every item `0..n` of a pass whose items are independent
/// (each reads the context and reports; none writes the context), on up to
/// one thread per core. Returns the results in item order and appends the
/// diagnostics to the context in item order, so both are exactly what a
/// sequential loop would produce.
///
/// `weight` estimates each item's cost (see [`Context::top_weight`] and
/// [`Context::model_weight`]), so that every thread gets about as much work.
pub(crate) fn per_item<'a, R: Send>(
    ctx: &mut Context<'a>,
    n: usize,
    weight: impl Fn(&Context<'a>, usize) -> usize,
    work: impl Fn(&mut Worker<'_, 'a>, usize) -> R + Sync,
) -> Vec<R> {
    let shared = &*ctx;
    let pieces = crate::parallel::weighted_ranges(
        n,
        MIN_ITEMS_PER_THREAD,
        |i| weight(shared, i),
        |range| {
            let mut worker = Worker { shared, diagnostics: Diagnostics::new() };
            let results: Vec<R> = range.map(|i| work(&mut worker, i)).collect();
            (results, worker.diagnostics)
        },
    );
    let mut all = Vec::with_capacity(n);
    for (results, diagnostics) in pieces {
        all.extend(results);
        ctx.diagnostics.extend(diagnostics);
    }
    all
}

/// [`per_item`] for work that may end the pass: items run in order until
/// one breaks, and what the items after it report is dropped, exactly as a
/// sequential loop that stops there (on several threads the items after it
/// may already have run; their findings are discarded).
pub(crate) fn per_item_until_break<'a>(
    ctx: &mut Context<'a>,
    n: usize,
    weight: impl Fn(&Context<'a>, usize) -> usize,
    work: impl Fn(&mut Worker<'_, 'a>, usize) -> std::ops::ControlFlow<()> + Sync,
) -> std::ops::ControlFlow<()> {
    let shared = &*ctx;
    let pieces = crate::parallel::weighted_ranges(
        n,
        MIN_ITEMS_PER_THREAD,
        |i| weight(shared, i),
        |mut range| {
            let mut worker = Worker { shared, diagnostics: Diagnostics::new() };
            let broke = range.any(|i| work(&mut worker, i).is_break());
            (broke, worker.diagnostics)
        },
    );
    for (broke, diagnostics) in pieces {
        ctx.diagnostics.extend(diagnostics);
        if broke {
            return std::ops::ControlFlow::Break(());
        }
    }
    std::ops::ControlFlow::Continue(())
}

/// [`per_item`] for work that decides what to check by whether any error
/// was reported before it ([`Worker::has_errors`]). The items run in ranges
/// on several threads, each range seeing only the errors from before the
/// pass and its own. That is what a sequential loop sees as long as no
/// range but the last reports an error; should one do so, the ranges after
/// it may have decided differently, and the pass runs again sequentially.
pub(crate) fn per_item_speculative<'a>(
    ctx: &mut Context<'a>,
    n: usize,
    work: impl Fn(&mut Worker<'_, 'a>, usize) + Sync,
) {
    let shared = &*ctx;
    let pieces = crate::parallel::weighted_ranges(
        n,
        MIN_ITEMS_PER_THREAD,
        |_| 1,
        |range| {
            let mut worker = Worker { shared, diagnostics: Diagnostics::new() };
            range.for_each(|i| work(&mut worker, i));
            worker.diagnostics
        },
    );
    if pieces.iter().rev().skip(1).any(Diagnostics::has_errors) {
        on_worker(ctx, |w| (0..n).for_each(|i| work(w, i)));
        return;
    }
    for diagnostics in pieces {
        ctx.diagnostics.extend(diagnostics);
    }
}

/// Runs `work` on a worker on the calling thread and appends what it reports.
pub(crate) fn on_worker<'a, R>(ctx: &mut Context<'a>, work: impl FnOnce(&mut Worker<'_, 'a>) -> R) -> R {
    let mut worker = Worker { shared: &*ctx, diagnostics: Diagnostics::new() };
    let result = work(&mut worker);
    let diagnostics = worker.diagnostics;
    ctx.diagnostics.extend(diagnostics);
    result
}

/// How much validation work a model is, roughly: its fields.
pub(crate) fn model_weight(model: &crate::datamodel::Model) -> usize {
    model.fields.len() + 1
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
        model_attribute_diagnostics: Vec::new(),
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

#[cfg(test)]
mod tests {
    use crate::SourceFile;

    /// Diagnostics (rendered, so order and wording count) and the datamodel,
    /// as text for comparing two runs.
    fn outcome(name: &str, text: &str) -> String {
        let validated = crate::validate(SourceFile::new(name, text));
        format!("{}\n{:?}\n{:?}", validated.render_diagnostics(false), validated.datamodel, validated.configuration)
    }

    /// More than 64 attributes on one block (past the visited-attribute bit
    /// set): each is visited, and only the unknown one is reported.
    #[test]
    fn blocks_with_more_than_64_attributes() {
        let mut text =
            String::from("datasource db {\n  provider = \"postgresql\"\n}\n\nmodel A {\n  id Int @id\n  x  Int\n");
        for _ in 0..70 {
            text.push_str("  @@index([x])\n");
        }
        text.push_str("  @@nonsense\n}\n");
        let validated = crate::validate(SourceFile::new("schema.prisma", text));
        let errors: Vec<&str> = validated.diagnostics.errors().iter().map(|d| d.message.as_str()).collect();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].contains("nonsense"), "{errors:?}");
        assert_eq!(validated.datamodel.models[0].indexes.len(), 70);
    }

    /// Validation split over threads gives exactly what the sequential run
    /// gives — diagnostics in the same order, the same datamodel — on every
    /// schema at hand, valid or not (with `STRATA_CORPUS`, that includes
    /// Prisma's hundreds of invalid validation fixtures).
    #[test]
    fn validation_split_over_threads_matches_the_sequential_run() {
        let files = crate::testing::schemas_at_hand();
        let mut invalid = 0;
        for path in &files {
            let Ok(text) = std::fs::read_to_string(path) else { continue };
            let name = path.display().to_string();
            let sequential = outcome(&name, &text);
            if sequential.contains("error: ") {
                invalid += 1;
            }
            let split = crate::parallel::split_always(|| outcome(&name, &text));
            assert_eq!(split, sequential, "{name}");
        }
        assert!(files.len() >= 2, "the benchmark fixtures at least");
        eprintln!("{} schemas ({invalid} invalid) validate the same split over threads", files.len());
    }
}
