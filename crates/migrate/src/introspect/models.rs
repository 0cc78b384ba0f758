//! Model blocks: one per table that is not a join table, with scalar fields in column order,
//! relation fields after them, then `@@id`, indexes, `@@map`, `@@ignore` and `@@schema`.

use super::context::{Context, Direction};
use super::render::{call, string_literal, Block, Line};
use super::warnings::Warnings;
use super::{defaults, types, DatabaseNoteKind};
use psl::constraint_names;
use psl::datamodel::{FieldArity, ModelId};
use sql_schema::{
    ColumnArity, ColumnId, ColumnTypeFamily, ForeignKeyAction, ForeignKeyWalker, IndexColumn, IndexKind, IndexWalker,
    SortOrder, TableId,
};

const RESERVED_RENAMED: &str =
    "This model has been renamed to '{name}' during introspection, because the original name '{original}' is reserved.";
const CHECK_CONSTRAINTS_DOC: &str = "This table contains check constraints and requires additional setup for migrations. Visit https://pris.ly/d/check-constraints for more info.";
const EXCLUSION_CONSTRAINTS_DOC: &str = "This table contains exclusion constraints and requires additional setup for migrations. Visit https://pris.ly/d/exclusion-constraints for more info.";
const NO_COLUMNS_POSTGRES_DOC: &str = "We could not retrieve columns for the underlying table. Either it has none or you are missing rights to see them. Please check your privileges.";
const NO_COLUMNS_DOC: &str = "We could not retrieve columns for the underlying table. You probably have no rights to see them. Please check your privileges.";
pub(crate) const NO_UNIQUE_IDENTIFIER_DOC: &str = "The underlying table does not contain a valid unique identifier and can therefore currently not be handled by Prisma Client.";
const EXPRESSION_INDEX_DOC: &str = "This model contains an expression index which requires additional setup for migrations. Visit https://pris.ly/d/expression-indexes for more info.";
const INVALID_FIELD_NAME_DOC: &str =
    "This field was commented out because of an invalid name. Please provide a valid one that matches [a-zA-Z][a-zA-Z0-9_]*";

/// Renders the model of `table` and collects its warnings.
pub(crate) fn render_model(ctx: &Context<'_>, table: TableId, warnings: &mut Warnings) -> Block {
    let t = ctx.schema.walk(table);
    let name = ctx.model_name(table);
    let previous = ctx.previous_model(table);
    let mapped = ctx.model_names[table.index()].mapped_name();
    let mut block = Block::new("model", &name);

    if let Some(doc) = previous.and_then(|m| m.documentation.as_deref()) {
        block.documentation(doc);
    }
    if let Some(mapped) = &mapped {
        if previous.is_none() && super::names::is_reserved_type_name(t.name()) {
            block.documentation(&RESERVED_RENAMED.replace("{name}", &name).replace("{original}", mapped));
        }
    }
    let checks: Vec<_> = ctx.notes_for(table, DatabaseNoteKind::CheckConstraint).collect();
    if previous.is_none() && !checks.is_empty() {
        block.documentation(CHECK_CONSTRAINTS_DOC);
    }
    let exclusions: Vec<_> = ctx.notes_for(table, DatabaseNoteKind::ExclusionConstraint).collect();
    if previous.is_none() && !exclusions.is_empty() {
        block.documentation(EXCLUSION_CONSTRAINTS_DOC);
    }

    let ignored_in_psl = previous.is_some_and(|m| m.is_ignored);
    let usable = ctx.has_usable_identifier(table);
    if t.columns().len() == 0 {
        block.documentation(if ctx.dialect == sql_schema::Dialect::Postgres {
            NO_COLUMNS_POSTGRES_DOC
        } else {
            NO_COLUMNS_DOC
        });
        block.comment_out();
        warnings.models_without_columns.push(format!("\"{name}\""));
    } else if !usable && !ignored_in_psl {
        block.documentation(NO_UNIQUE_IDENTIFIER_DOC);
        warnings.models_without_identifiers.push(format!("\"{name}\""));
    }
    let expression_indexes: Vec<_> = ctx.notes_for(table, DatabaseNoteKind::ExpressionIndex).collect();
    if !expression_indexes.is_empty() {
        block.documentation(EXPRESSION_INDEX_DOC);
    }

    if previous.is_none() && !ctx.name_is_unique(t.name()) {
        warnings.duplicate_names.push(format!("Type: \"model\", name: \"{name}\""));
    }
    if previous.is_some_and(|m| m.mapped_name.is_some()) {
        warnings.remapped_models.push(format!("\"{name}\""));
    }

    for col in t.columns() {
        block.push_line(scalar_field(ctx, &name, col.id, warnings));
    }
    for line in relation_fields(ctx, table, warnings) {
        block.push_line(line);
    }

    if let Some(pk) = t.primary_key().filter(|pk| pk.columns.len() > 1) {
        let mut args = vec![format!("[{}]", index_fields(ctx, &pk.columns, false).join(", "))];
        if let Some(n) = previous.and_then(|m| m.primary_key.as_ref()).and_then(|pk| pk.name.as_deref()) {
            args.push(format!("name: {}", string_literal(n)));
            warnings.reintrospected_id_names.push(format!("\"{name}\""));
        }
        if let Some(map) = primary_key_map(ctx, table) {
            args.push(format!("map: {}", string_literal(&map)));
        }
        block.push_attribute(call("@@id", &args));
    }
    for index in model_indexes(ctx, table) {
        block.push_attribute(render_index(ctx, table, index));
    }
    if let Some(mapped) = &mapped {
        block.push_attribute(format!("@@map({})", string_literal(mapped)));
    }
    if ctx.model_is_ignored(table) {
        block.push_attribute("@@ignore");
    }
    if ctx.uses_namespaces {
        if let Some(ns) = ctx.namespace_of(t.namespace_name()) {
            block.push_attribute(format!("@@schema({})", string_literal(ns)));
        }
    }

    for check in checks {
        warnings.check_constraints.push(format!("Model: \"{name}\", constraint: \"{}\"", check.name));
    }
    for exclusion in exclusions {
        warnings.exclusion_constraints.push(format!("Model: \"{name}\", constraint: \"{}\"", exclusion.name));
    }
    for index in expression_indexes {
        warnings.expression_indexes.push(format!("Model: \"{name}\", constraint: \"{}\"", index.name));
    }
    block
}

/// The `map:` of a table's primary key, when its name is not Prisma's default.
fn primary_key_map(ctx: &Context<'_>, table: TableId) -> Option<String> {
    let t = ctx.schema.walk(table);
    let name = t.primary_key()?.constraint_name.as_deref()?;
    let default = constraint_names::primary_key_name(t.name(), Some(ctx.provider));
    (!name.is_empty() && name != default).then(|| name.to_owned())
}

/// The fields of an index or key: `name`, `name(length: 10, sort: Desc, ops: …)`.
fn index_fields(ctx: &Context<'_>, columns: &[IndexColumn], with_ops: bool) -> Vec<String> {
    columns
        .iter()
        .map(|c| {
            let mut args = Vec::new();
            if let Some(length) = c.length {
                args.push(format!("length: {length}"));
            }
            if c.sort_order == Some(SortOrder::Desc) {
                args.push("sort: Desc".to_owned());
            }
            if with_ops {
                if let Some(ops) = &c.operator_class {
                    args.push(format!("ops: {}", types::operator_class(ops)));
                }
            }
            call(&field_display_name(ctx, c.column), &args)
        })
        .collect()
}

/// The name a column's field is shown with (its database name when nothing valid remains).
fn field_display_name(ctx: &Context<'_>, column: ColumnId) -> String {
    let name = ctx.column_name(column);
    if name.is_empty() {
        ctx.schema.walk(column).name().to_owned()
    } else {
        name.to_owned()
    }
}

fn scalar_field(ctx: &Context<'_>, model: &str, column: ColumnId, warnings: &mut Warnings) -> Line {
    let col = ctx.schema.walk(column);
    let family = ctx.family(column);
    let name = field_display_name(ctx, column);
    let previous = ctx.previous_field(column);
    let previous_enum = previous
        .and_then(|f| f.as_scalar())
        .and_then(|s| match s.ty {
            psl::datamodel::ScalarFieldType::Enum(id) => {
                ctx.datamodel().map(|dm| dm.enum_(id).name.as_str().to_owned())
            }
            _ => None,
        })
        .filter(|_| ctx.dialect == sql_schema::Dialect::Sqlite && family == ColumnTypeFamily::String);
    let type_name = match &family {
        _ if previous_enum.is_some() => previous_enum.unwrap_or_default(),
        ColumnTypeFamily::Enum(id) => ctx.enum_names[id.index()].prisma_name(),
        ColumnTypeFamily::Unsupported(text) => format!("Unsupported({})", string_literal(text)),
        other => types::scalar_type_name(other).unwrap_or("String").to_owned(),
    };
    let arity = match col.arity() {
        ColumnArity::Required => "",
        ColumnArity::Nullable => "?",
        ColumnArity::List => "[]",
    };
    let mut line = Line::new(format!("{name} {type_name}{arity}"));
    if let Some(doc) = previous.and_then(|f| f.documentation.as_deref()) {
        line.documentation(doc);
    }
    if previous.and_then(|f| f.as_scalar()).is_some_and(|s| s.is_updated_at) {
        line.attribute("@updatedAt");
    }
    if let Some(unique) = field_unique(ctx, column) {
        line.attribute(unique);
    }
    if let Some(id) = field_id(ctx, column) {
        line.attribute(id);
    }
    if let Some(default) = defaults::render(ctx, column) {
        line.attribute(format!("@default({default})"));
    }
    if let Some(mapped) = &ctx.column_names[column.index()].mapped {
        line.attribute(format!("@map({})", string_literal(mapped)));
    }
    if let Some((native, args)) = types::native_type_attribute(ctx.dialect, &family, ctx.native_type(column)) {
        line.attribute(format!("@{}.{}", ctx.datasource_name, call(native, &args)));
    }
    if previous.is_some_and(|f| f.is_ignored) {
        line.attribute("@ignore");
    }
    if ctx.column_name(column).is_empty() {
        line.documentation(INVALID_FIELD_NAME_DOC);
        line.comment_out();
        warnings.fields_with_empty_names.push((model.to_owned(), name.clone()));
    }
    if previous.is_some_and(|f| f.mapped_name.is_some()) {
        warnings.remapped_fields.push(format!("Model: \"{model}\", field: \"{name}\""));
    }
    if let ColumnTypeFamily::Unsupported(text) = &family {
        warnings
            .unsupported_types
            .push(format!("Model: \"{model}\", field: \"{name}\", original data type: \"{text}\""));
    }
    line
}

/// `@id(…)` when the column is the single-column primary key.
fn field_id(ctx: &Context<'_>, column: ColumnId) -> Option<String> {
    let t = ctx.schema.walk(column).table();
    let pk = t.primary_key().filter(|pk| pk.columns.len() == 1 && pk.columns[0].column == column)?;
    let c = &pk.columns[0];
    let mut args = Vec::new();
    if c.sort_order == Some(SortOrder::Desc) {
        args.push("sort: Desc".to_owned());
    }
    if let Some(length) = c.length {
        args.push(format!("length: {length}"));
    }
    if let Some(map) = primary_key_map(ctx, t.id) {
        args.push(format!("map: {}", string_literal(&map)));
    }
    Some(call("@id", &args))
}

/// `@unique(…)` for the first single-column unique index on the column.
fn field_unique(ctx: &Context<'_>, column: ColumnId) -> Option<String> {
    let t = ctx.schema.walk(column).table();
    let index = t
        .indexes()
        .filter(|i| i.kind() == IndexKind::Unique && i.columns().len() == 1)
        .find(|i| i.contains_column(column))?;
    let c = &index.get().columns[0];
    let mut args = Vec::new();
    if let Some(map) = index_map(ctx, index) {
        args.push(format!("map: {}", string_literal(&map)));
    }
    if c.sort_order == Some(SortOrder::Desc) {
        args.push("sort: Desc".to_owned());
    }
    if let Some(length) = c.length {
        args.push(format!("length: {length}"));
    }
    Some(call("@unique", &args))
}

/// The `map:` of an index, when its name is not Prisma's default.
fn index_map(ctx: &Context<'_>, index: IndexWalker<'_>) -> Option<String> {
    let table = index.table().name();
    let columns: Vec<&str> = index.column_names().collect();
    let default = match index.kind() {
        IndexKind::Unique => constraint_names::unique_index_name(table, &columns, Some(ctx.provider)),
        IndexKind::Normal | IndexKind::Fulltext => {
            constraint_names::non_unique_index_name(table, &columns, Some(ctx.provider))
        }
    };
    (index.name() != default).then(|| index.name().to_owned())
}

/// The previous index an index of the database corresponds to: same constraint name, or (for
/// schemas older than Prisma 3) a `name:` equal to the database name.
fn previous_index<'a>(ctx: &Context<'a>, table: TableId, index: IndexWalker<'_>) -> Option<&'a psl::datamodel::Index> {
    let model = ctx.previous_model(table)?;
    model.indexes.iter().find(|idx| {
        (idx.mapped_name.is_none() && idx.name.as_deref() == Some(index.name()))
            || constraint_names::index_constraint_name(model, idx, Some(ctx.provider)) == index.name()
    })
}

/// Model-level indexes: every index but single-column unique ones (rendered as `@unique`), in
/// the previous schema's order, then uniques, normal and fulltext indexes in database order.
fn model_indexes<'a>(ctx: &Context<'a>, table: TableId) -> Vec<IndexWalker<'a>> {
    let t = ctx.schema.walk(table);
    let mut indexes: Vec<IndexWalker<'a>> =
        t.indexes().filter(|i| !(i.kind() == IndexKind::Unique && i.columns().len() == 1)).collect();
    indexes.sort_by_key(|i| match i.kind() {
        IndexKind::Unique => 0,
        IndexKind::Normal => 1,
        IndexKind::Fulltext => 2,
    });
    indexes.sort_by_key(|i| previous_index(ctx, table, *i).map_or(usize::MAX, |p| p.span.start()));
    indexes
}

fn render_index(ctx: &Context<'_>, table: TableId, index: IndexWalker<'_>) -> String {
    let attribute = match index.kind() {
        IndexKind::Unique => "@@unique",
        IndexKind::Normal => "@@index",
        IndexKind::Fulltext => "@@fulltext",
    };
    let with_ops = ctx.dialect == sql_schema::Dialect::Postgres;
    // Prisma's `db pull` shows operator classes only on indexes of another kind than B-tree
    // (`text_pattern_ops` on a B-tree index is left out).
    let btree = matches!(index.get().algorithm, None | Some(sql_schema::IndexAlgorithm::BTree));
    let mut args = vec![format!("[{}]", index_fields(ctx, &index.get().columns, with_ops && !btree).join(", "))];
    if let Some(name) = previous_index(ctx, table, index).and_then(|p| p.name.as_deref()) {
        args.push(format!("name: {}", string_literal(name)));
    }
    if let Some(map) = index_map(ctx, index) {
        args.push(format!("map: {}", string_literal(&map)));
    }
    if with_ops {
        if let Some(algorithm) = index.get().algorithm {
            let name = match algorithm {
                sql_schema::IndexAlgorithm::BTree => None,
                sql_schema::IndexAlgorithm::Hash => Some("Hash"),
                sql_schema::IndexAlgorithm::Gist => Some("Gist"),
                sql_schema::IndexAlgorithm::Gin => Some("Gin"),
                sql_schema::IndexAlgorithm::SpGist => Some("SpGist"),
                sql_schema::IndexAlgorithm::Brin => Some("Brin"),
            };
            if let Some(name) = name {
                args.push(format!("type: {name}"));
            }
        }
    }
    call(attribute, &args)
}

/// Whether a foreign key's columns are covered by a primary key or unique index of its table
/// (then the back relation field is singular).
fn forward_is_unique(fk: ForeignKeyWalker<'_>) -> bool {
    let t = fk.table();
    let covered = |cols: &[IndexColumn]| cols.iter().all(|c| fk.get().columns.contains(&c.column));
    t.primary_key().is_some_and(|pk| covered(&pk.columns))
        || t.indexes().filter(|i| i.kind() == IndexKind::Unique).any(|i| covered(&i.get().columns))
}

fn action_name(action: ForeignKeyAction) -> &'static str {
    match action {
        ForeignKeyAction::NoAction => "NoAction",
        ForeignKeyAction::Restrict => "Restrict",
        ForeignKeyAction::Cascade => "Cascade",
        ForeignKeyAction::SetNull => "SetNull",
        ForeignKeyAction::SetDefault => "SetDefault",
    }
}

fn relation_fields(ctx: &Context<'_>, table: TableId, warnings: &mut Warnings) -> Vec<Line> {
    if !ctx.foreign_keys_enabled {
        return emulated_relation_fields(ctx, table, warnings);
    }
    let mut lines = Vec::new();
    for &(t, fk, direction) in &ctx.inline_positions {
        if t != table || !ctx.inline_names.contains_key(&fk) {
            continue;
        }
        lines.push(inline_relation_field(ctx, ctx.schema.walk(fk), direction));
    }
    for &(t, fk, direction) in &ctx.m2m_positions {
        if t == table {
            lines.push(m2m_relation_field(ctx, ctx.schema.walk(fk), direction));
        }
    }
    lines
}

fn inline_relation_field(ctx: &Context<'_>, fk: ForeignKeyWalker<'_>, direction: Direction) -> Line {
    let names = &ctx.inline_names[&fk.id];
    let existing = ctx.complete_inline_relation(fk.id);
    let dm = ctx.datamodel();
    let existing_field = |side_a: bool| -> Option<&str> {
        let rel = existing?;
        let (model, field) = if side_a { (rel.model_a, rel.field_a?) } else { (rel.model_b, rel.field_b?) };
        dm.map(|dm| dm.model(model).fields[field].name.as_str())
    };
    let relation_name = match existing {
        Some(rel) if rel.is_named => rel.name.clone(),
        Some(_) => String::new(),
        None => names[0].clone(),
    };
    let forward = direction == Direction::Forward;
    let field_name = if forward {
        existing_field(true).map(str::to_owned).unwrap_or_else(|| names[1].clone())
    } else {
        existing_field(false).map(str::to_owned).unwrap_or_else(|| names[2].clone())
    };
    let target = if forward { fk.referenced_table().id } else { fk.table().id };
    let arity = if forward {
        if fk.constrained_columns().any(|c| !c.arity().is_required()) {
            "?"
        } else {
            ""
        }
    } else if forward_is_unique(fk) {
        "?"
    } else {
        "[]"
    };
    let mut line = Line::new(format!("{field_name} {}{arity}", ctx.model_name(target)));
    let mut args = Vec::new();
    if !relation_name.is_empty() {
        args.push(string_literal(&relation_name));
    }
    if forward {
        let fields: Vec<String> = fk.constrained_columns().map(|c| field_display_name(ctx, c.id)).collect();
        let references: Vec<String> = fk.referenced_columns().map(|c| field_display_name(ctx, c.id)).collect();
        args.push(format!("fields: [{}]", fields.join(", ")));
        args.push(format!("references: [{}]", references.join(", ")));
        let any_required = fk.constrained_columns().any(|c| c.arity().is_required());
        let on_delete = match (any_required, fk.on_delete()) {
            (false, ForeignKeyAction::SetNull) | (true, ForeignKeyAction::Restrict) => None,
            (_, action) => Some(action_name(action)),
        };
        if let Some(action) = on_delete {
            args.push(format!("onDelete: {action}"));
        }
        if fk.on_update() != ForeignKeyAction::Cascade {
            args.push(format!("onUpdate: {}", action_name(fk.on_update())));
        }
        let previous_map = existing
            .and_then(|rel| rel.field_a.map(|f| (rel.model_a, f)))
            .and_then(|(m, f)| dm.map(|dm| &dm.model(m).fields[f]))
            .and_then(|f| f.as_relation())
            .and_then(|r| r.mapped_name.clone());
        let map = previous_map.or_else(|| {
            let cols: Vec<&str> = fk.constrained_columns().map(|c| c.name()).collect();
            let default = constraint_names::foreign_key_name(fk.table().name(), &cols, Some(ctx.provider));
            fk.constraint_name().filter(|n| *n != default).map(str::to_owned)
        });
        if let Some(map) = map {
            args.push(format!("map: {}", string_literal(&map)));
        }
    }
    if !args.is_empty() {
        line.attribute(format!("@relation({})", args.join(", ")));
    }
    let missing_identifiers =
        !ctx.has_usable_identifier(fk.table().id) || !ctx.has_usable_identifier(fk.referenced_table().id);
    let model_ignored = ctx.model_is_ignored(if forward { fk.table().id } else { fk.referenced_table().id });
    if missing_identifiers && !model_ignored {
        line.attribute("@ignore");
    }
    line
}

fn m2m_relation_field(ctx: &Context<'_>, fk: ForeignKeyWalker<'_>, direction: Direction) -> Line {
    let join_table = fk.table().id;
    let names = &ctx.m2m_names[&join_table];
    let existing = ctx.existing_m2m.get(&join_table).and_then(|id| ctx.datamodel().map(|dm| dm.relation(*id)));
    let dm = ctx.datamodel();
    let existing_name = |side_a: bool| -> Option<String> {
        let rel = existing.filter(|r| r.model_a != r.model_b)?;
        let (model, field) = if side_a { (rel.model_a, rel.field_a?) } else { (rel.model_b, rel.field_b?) };
        dm.map(|dm| dm.model(model).fields[field].name.as_str().to_owned())
    };
    let field_name = match direction {
        Direction::Forward => existing_name(true).unwrap_or_else(|| names[1].clone()),
        Direction::Back => existing_name(false).unwrap_or_else(|| names[2].clone()),
    };
    let relation_name = existing.map(|r| r.name.clone()).unwrap_or_else(|| names[0].clone());
    let mut line = Line::new(format!("{field_name} {}[]", ctx.model_name(fk.referenced_table().id)));
    if !relation_name.is_empty() {
        line.attribute(format!("@relation({})", string_literal(&relation_name)));
    }
    line
}

/// With `relationMode = "prisma"`, relation fields are copied from the previous schema (for
/// related models whose tables still exist).
fn emulated_relation_fields(ctx: &Context<'_>, table: TableId, warnings: &mut Warnings) -> Vec<Line> {
    let (Some(dm), Some(&model_id)) = (ctx.datamodel(), ctx.existing_models.get(&table)) else {
        return Vec::new();
    };
    let model = dm.model(model_id);
    let mut lines = Vec::new();
    for (_, field, rf) in model.relation_fields() {
        if ctx.missing_models.contains(&rf.target) {
            continue;
        }
        let related = dm.model(rf.target);
        let arity = match field.arity {
            FieldArity::Required => "",
            FieldArity::Optional => "?",
            FieldArity::List => "[]",
        };
        let mut line = Line::new(format!("{} {}{arity}", field.name, related.name));
        let relation = dm.relation(rf.relation);
        let mut args = Vec::new();
        if relation.is_named {
            args.push(string_literal(&relation.name));
        }
        if !rf.fields.is_empty() {
            let names: Vec<&str> = rf.fields.iter().map(|f| model.fields[*f].name.as_str()).collect();
            args.push(format!("fields: [{}]", names.join(", ")));
        }
        if !rf.references.is_empty() {
            let names: Vec<&str> = rf.references.iter().map(|f| related.fields[*f].name.as_str()).collect();
            args.push(format!("references: [{}]", names.join(", ")));
        }
        if let Some(action) = rf.on_delete {
            args.push(format!("onDelete: {}", action.as_str()));
        }
        if let Some(action) = rf.on_update {
            args.push(format!("onUpdate: {}", action.as_str()));
        }
        if let Some(map) = &rf.mapped_name {
            args.push(format!("map: {}", string_literal(map)));
        }
        if !args.is_empty() {
            line.attribute(format!("@relation({})", args.join(", ")));
        }
        if field.is_ignored {
            line.attribute("@ignore");
        }
        warnings.reintrospected_relations.push(format!("\"{}\"", related.name));
        lines.push(line);
    }
    lines
}

/// The previous position of a table's model, for ordering (`None`: new model).
pub(crate) fn previous_position(ctx: &Context<'_>, table: TableId) -> Option<ModelId> {
    ctx.existing_models.get(&table).copied()
}
