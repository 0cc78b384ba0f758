//! View blocks (`view B { … }`), rendered when the previous schema enables the `views` preview
//! feature, after the models, as Prisma does. A view has no key: each column becomes a scalar
//! field with the database's nullability (SQLite and PostgreSQL report every view column as
//! nullable), its type and its native type attribute. Names are made valid like model and field
//! names, with `@@map`/`@map` to the database's; a view or column whose name has nothing valid
//! left is not rendered.

use super::context::Context;
use super::names::sanitize;
use super::render::{call, string_literal, Block, Line};
use super::types;
use sql_schema::{ColumnArity, ColumnTypeFamily, Dialect, View};

/// Whether views are rendered: the previous schema's generators enable `views`.
pub(crate) fn enabled(previous: Option<&psl::ValidatedSchema>) -> bool {
    previous.is_some_and(|p| p.configuration.has_preview_feature("views"))
}

/// The block of one view, or `None` when its name has nothing valid left.
pub(crate) fn render_view<'a>(ctx: &Context<'a>, view: &'a View) -> Option<Block> {
    let name = sanitize(&view.name);
    if name.is_empty() {
        return None;
    }
    let mut block = Block::new("view", &name);
    for column in &view.columns {
        let field = sanitize(&column.name);
        if field.is_empty() {
            continue;
        }
        let family = match ctx.dialect {
            Dialect::Sqlite => types::sqlite_family(&column.tpe.native_type, &column.tpe.family),
            Dialect::Postgres => types::postgres_family(&column.tpe.family, column.tpe.arity),
            Dialect::Mysql => column.tpe.family.clone(),
        };
        let type_name = match &family {
            ColumnTypeFamily::Enum(id) => ctx.enum_names[id.index()].prisma_name(),
            ColumnTypeFamily::Unsupported(text) => format!("Unsupported({})", string_literal(text)),
            other => types::scalar_type_name(other).unwrap_or("String").to_owned(),
        };
        let arity = match column.tpe.arity {
            ColumnArity::Required => "",
            ColumnArity::Nullable => "?",
            ColumnArity::List => "[]",
        };
        let mut line = Line::new(format!("{field} {type_name}{arity}"));
        if field != column.name {
            line.attribute(format!("@map({})", string_literal(&column.name)));
        }
        if let Some((native, args)) = types::native_type_attribute(ctx.dialect, &family, &column.tpe.native_type) {
            line.attribute(format!("@{}.{}", ctx.datasource_name, call(native, &args)));
        }
        block.push_line(line);
    }
    if name != view.name {
        block.push_attribute(format!("@@map({})", string_literal(&view.name)));
    }
    if ctx.uses_namespaces {
        if let Some(ns) = ctx.namespace_of(view.namespace.as_deref()) {
            block.push_attribute(format!("@@schema({})", string_literal(ns)));
        }
    }
    Some(block)
}
