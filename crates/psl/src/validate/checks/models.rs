//! Provider checks on models, views and their fields, primary keys and
//! indexes, in Prisma's order (model by model).

use super::constraint_namespace::{ConstraintKind, ConstraintNamespace};
use crate::ast;
use crate::config::Provider;
use crate::datamodel::*;
use crate::hash::FxHashMap;
use crate::messages::model as msg;
use crate::span::Span;
use crate::validate::{Context, Worker};

/// Runs every model-level check.
pub(crate) fn run(ctx: &mut Context<'_>, ns: &ConstraintNamespace) {
    let provider = ctx.config.provider();
    unknown_default_functions(ctx, provider);
    super::datasource::run(ctx);
    database_name_clashes(ctx);
    // Models are checked independently, on several threads for a large schema.
    crate::validate::per_item(ctx, ctx.datamodel.models.len(), Context::model_weight, |w, m| {
        let id = ModelId(m as u32);
        let ast = w.model_ast(id);
        Checker { ctx: w, ast, id, provider, ns }.model();
    });
}

struct Checker<'c, 'w, 'a> {
    ctx: &'c mut Worker<'w, 'a>,
    ast: &'a ast::Model,
    id: ModelId,
    provider: Option<Provider>,
    ns: &'c ConstraintNamespace,
}

/// `@default(foo())` with a function neither Prisma nor the provider knows.
fn unknown_default_functions(ctx: &mut Context<'_>, provider: Option<Provider>) {
    crate::validate::per_item(ctx, ctx.datamodel.models.len(), Context::model_weight, |ctx, m| {
        let ast = ctx.model_ast(ModelId(m as u32));
        for (fi, field) in ast.fields.iter().enumerate() {
            let is_builtin = matches!(
                ctx.datamodel.models[m].fields.get(fi).map(|f| &f.kind),
                Some(FieldKind::Scalar(ScalarField { ty: ScalarFieldType::BuiltIn(_), .. }))
            );
            if !is_builtin {
                continue;
            }
            let Some(attr) = field.attributes.iter().find(|a| a.name.name == "default") else { continue };
            let Some(arg) = attr.arguments.arguments.iter().find(|a| a.name.as_ref().is_none_or(|n| n.name == "value"))
            else {
                continue;
            };
            let ast::Expression::Function(name, _, span) = &arg.value else { continue };
            if crate::validate::attributes::is_known_function(name) {
                continue;
            }
            if name == "sequence" && provider == Some(Provider::CockroachDb) {
                continue;
            }
            ctx.diagnostics.push_error(msg::unknown_default_function(name), *span);
        }
    });
}

/// Two models with the same table name (in the same schema).
fn database_name_clashes(ctx: &mut Context<'_>) {
    let models = &ctx.datamodel.models;
    let mut seen: FxHashMap<(Option<&str>, &str), usize> =
        FxHashMap::with_capacity_and_hasher(models.len(), Default::default());
    for (m, model) in models.iter().enumerate() {
        if model.is_view {
            continue;
        }
        let key = (model.schema.as_deref(), model.database_name());
        let Some(existing) = seen.insert(key, m) else { continue };
        let (holder, other_name) = if model.mapped_name.is_some() {
            (m, ctx.datamodel.models[existing].name.clone())
        } else {
            (existing, model.name.clone())
        };
        let ast = ctx.model_ast(ModelId(holder as u32));
        let Some(attr) = ast.attributes.iter().find(|a| a.name.name == "map") else { continue };
        let db_name = model.database_name().to_string();
        ctx.diagnostics.push_error(
            format!(
                "The model with database name \"{db_name}\" could not be defined because another model or view with this name exists: \"{other_name}\""
            ),
            attr.span,
        );
    }
}

impl Checker<'_, '_, '_> {
    fn error(&mut self, message: impl Into<String>, span: Span) {
        self.ctx.diagnostics.push_error(message, span);
    }

    fn block(&self) -> &'static str {
        if self.ast.is_view {
            "view"
        } else {
            "model"
        }
    }

    /// Checks the model; helpers get it as an argument, borrowed from the
    /// shared context while they report into the worker.
    fn model(&mut self) {
        let shared = self.ctx.shared();
        self.check(&shared.datamodel.models[self.id.0 as usize]);
    }

    fn check(&mut self, model: &Model) {
        if model.is_view && !self.ctx.config.has_preview_feature("views") {
            self.error(
                msg::validation_error("View definitions are only available with the `views` preview feature."),
                self.ast.span,
            );
        }
        if !model.is_view {
            self.strict_unique_criteria(model);
        }
        if let Some(pk) = &model.primary_key {
            self.primary_key(model, pk);
        }
        self.fulltext_count(model);
        self.shard_key(model);
        super::multi_schema::check_model(self.ctx, self.id, model);
        super::provider_model::check_model(self.ctx, self.id, model);
        self.autoincrement(model);
        if let Some(pk) = &model.primary_key {
            for f in &pk.fields {
                self.length_type(model, f, attr_name(pk.defined_on_field, "id"), pk.span);
            }
            if pk.clustered.is_some() && !self.supports_clustering() {
                self.attr_error(attr_name(pk.defined_on_field, "id"), msg_clustering(), pk.span);
            }
            if self.supports_clustering()
                && pk.clustered != Some(false)
                && model.indexes.iter().any(|i| i.clustered == Some(true))
            {
                self.attr_error(
                    attr_name(pk.defined_on_field, "id"),
                    "A model can only hold one clustered index or id.",
                    pk.span,
                );
            }
        }
        for (fi, field) in model.fields.iter().enumerate() {
            if let FieldKind::Scalar(s) = &field.kind {
                self.scalar_field(model, fi, field, s);
            }
        }
        for (i, index) in model.indexes.iter().enumerate() {
            self.index(model, i, index);
        }
    }

    fn supports_clustering(&self) -> bool {
        self.provider.is_some_and(Provider::supports_clustering)
    }

    fn attr_error(&mut self, attribute: &str, message: &str, span: Span) {
        self.error(msg::attribute_error(attribute, message), span);
    }

    fn strict_unique_criteria(&mut self, model: &Model) {
        if model.is_ignored {
            return;
        }
        let required = |fields: &[IndexField]| {
            fields.iter().all(|f| {
                model.fields.get(f.field).is_some_and(|mf| {
                    mf.arity == FieldArity::Required
                        && !matches!(
                            mf.kind,
                            FieldKind::Scalar(ScalarField { ty: ScalarFieldType::Unsupported(_), .. })
                        )
                })
            })
        };
        let mut criteria: Vec<&[IndexField]> = Vec::new();
        if let Some(pk) = &model.primary_key {
            criteria.push(&pk.fields);
        }
        for index in model.indexes.iter().filter(|i| i.kind == IndexKind::Unique) {
            criteria.push(&index.fields);
        }
        if criteria.iter().any(|c| required(c)) {
            return;
        }
        let mut message = "Each model must have at least one unique criteria that has only required fields. Either mark a single field with `@id`, `@unique` or add a multi field criterion with `@@id([])` or `@@unique([])` to the model.".to_string();
        if !criteria.is_empty() {
            message.push_str(
                " The following unique criterias were not considered as they contain fields that are not required:\n",
            );
            let lines: Vec<String> = criteria
                .iter()
                .map(|c| {
                    let names: Vec<&str> =
                        c.iter().filter_map(|f| model.fields.get(f.field)).map(|f| f.name.as_str()).collect();
                    format!("- {}", names.join(", "))
                })
                .collect();
            message.push_str(&lines.join("\n"));
        }
        self.error(msg::model_error("model", &model.name, &message), self.ast.span);
    }

    fn primary_key(&mut self, model: &Model, pk: &PrimaryKey) {
        let attr = attr_name(pk.defined_on_field, "id");
        if model.is_view {
            self.error(msg::validation_error("Views cannot have primary keys."), pk.span);
        }
        let ns = self.ns;
        if let Some(name) = ns.primary_key_name(self.id) {
            self.name_length(model, Some(name), "id", !pk.defined_on_field, pk.span);
            for scope in ns.violations(self.id, ConstraintKind::PrimaryKey, name) {
                let message = constraint_clash(name, &scope.description(&model.name));
                let span = self.arg_span(pk.span, "map").unwrap_or(pk.span);
                self.attr_error(attr, &message, span);
            }
        }
        if let Some(name) = &pk.name {
            if self.ns.custom_name_clashes(self.id, name) {
                let message = format!("The given custom name `{name}` has to be unique on the model. Please provide a different name for the `name` argument.");
                let span = self.arg_span(pk.span, "name").unwrap_or(pk.span);
                self.attr_error(attr, &message, span);
            }
        }
        if pk.fields.is_empty() {
            self.attr_error(
                attr,
                "The list of fields in an `@@id()` attribute cannot be empty. Please specify at least one field.",
                pk.span,
            );
        }
        if pk.fields.len() > 1 && pk.name.is_none() {
            let client_name: Vec<&str> =
                pk.fields.iter().filter_map(|f| model.fields.get(f.field)).map(|f| f.name.as_str()).collect();
            let client_name = client_name.join("_");
            if model.scalar_fields().any(|(_, f, _)| f.name == client_name) {
                let message = format!("The field `{client_name}` clashes with the `@@id` attribute's name. Please resolve the conflict by providing a custom id name: `@@id([...], name: \"custom_name\")`");
                self.error(msg::model_error("model", &model.name, &message), pk.span);
            }
        }
        if pk.mapped_name.is_some() && !self.provider.is_some_and(Provider::supports_named_primary_keys) {
            self.error(
                msg::model_error("model", &model.name, "You defined a database name for the primary key on the model. This is not supported by the provider."),
                self.ast.span,
            );
        }
        if pk.fields.len() > 1 && self.provider.is_some_and(|p| !p.supports_compound_ids()) {
            self.error(
                msg::model_error("model", &model.name, "The current connector does not support compound ids."),
                pk.span,
            );
        }
        if !self.provider.is_some_and(Provider::supports_index_length) && pk.fields.iter().any(|f| f.length.is_some()) {
            self.attr_error(
                attr,
                "The length argument is not supported in the primary key with the current connector",
                pk.span,
            );
        }
        if !self.provider.is_some_and(Provider::supports_primary_key_sort_order)
            && pk.fields.iter().any(|f| f.sort_order.is_some())
        {
            self.attr_error(
                attr,
                "The sort argument is not supported in the primary key with the current connector",
                pk.span,
            );
        }
    }

    fn fulltext_count(&mut self, model: &Model) {
        let Some(p) = self.provider else { return };
        if !p.supports_fulltext_index() || p.supports_multiple_fulltext_indexes() {
            return;
        }
        let spans: Vec<Span> = model.indexes.iter().filter(|i| i.kind == IndexKind::Fulltext).map(|i| i.span).collect();
        if spans.len() > 1 {
            for span in spans {
                self.attr_error(
                    "@@fulltext",
                    "The current connector only allows one fulltext attribute per model",
                    span,
                );
            }
        }
    }

    fn shard_key(&mut self, model: &Model) {
        let Some(sk) = &model.shard_key else { return };
        let attr = attr_name(sk.defined_on_field, "shardKey");
        if !self.ctx.config.has_preview_feature("shardKeys") {
            self.attr_error(attr, "Defining shard keys requires enabling the `shardKeys` preview feature", sk.span);
            return;
        }
        if let Some(p) = self.provider {
            if p != Provider::Mysql {
                let message = format!("Shard keys are not currently supported for provider {}", p.as_str());
                self.attr_error(attr, &message, sk.span);
                return;
            }
        }
        if sk.fields.is_empty() {
            self.attr_error(
                attr,
                "The list of fields in a `@@shardKey()` attribute cannot be empty. Please specify at least one field.",
                sk.span,
            );
        }
    }

    fn autoincrement(&mut self, model: &Model) {
        let Some(p) = self.provider else { return };
        let fields: Vec<(usize, &Field, &DefaultValue)> = model
            .scalar_fields()
            .filter_map(|(i, f, s)| {
                s.default.as_ref().filter(|d| d.kind == DefaultKind::Autoincrement).map(|d| (i, f, d))
            })
            .collect();
        if fields.is_empty() {
            return;
        }
        if !p.supports_autoincrement() {
            for (_, _, d) in &fields {
                self.attr_error(
                    "@default",
                    "The `autoincrement()` default value is used with a datasource that does not support it.",
                    d.span,
                );
            }
            return;
        }
        if !p.supports_multiple_autoincrement() && fields.len() > 1 {
            self.attr_error("@default", "The `autoincrement()` default value is used multiple times on this model even though the underlying datasource only supports one instance per table.", self.ast.span);
        }
        for (i, f, _) in &fields {
            let single_pk =
                model.primary_key.as_ref().is_some_and(|pk| pk.fields.len() == 1 && pk.fields[0].field == *i);
            if !p.supports_autoincrement_on_non_id() && !single_pk {
                self.attr_error("@default", "The `autoincrement()` default value is used on a non-id field even though the datasource does not support this.", f.span);
            }
            let indexed = model.primary_key.as_ref().is_some_and(|pk| pk.fields.first().is_some_and(|x| x.field == *i))
                || model.indexes.iter().any(|ix| ix.fields.first().is_some_and(|x| x.field == *i));
            if !p.supports_non_indexed_autoincrement() && !indexed {
                self.attr_error("@default", "The `autoincrement()` default value is used on a non-indexed field even though the datasource does not support this.", f.span);
            }
        }
    }

    fn length_type(&mut self, model: &Model, f: &IndexField, attribute: &str, span: Span) {
        if !self.provider.is_some_and(Provider::supports_index_length) || f.length.is_none() || !f.path.is_empty() {
            return;
        }
        let ok = match model.fields.get(f.field).map(|x| &x.kind) {
            Some(FieldKind::Scalar(s)) => matches!(
                s.ty,
                ScalarFieldType::Unsupported(_) | ScalarFieldType::BuiltIn(ScalarType::String | ScalarType::Bytes)
            ),
            _ => true,
        };
        if !ok {
            self.attr_error(
                attribute,
                "The length argument is only allowed with field types `String` or `Bytes`.",
                span,
            );
        }
    }

    fn scalar_field(&mut self, model: &Model, fi: usize, field: &Field, s: &ScalarField) {
        let container = self.block();
        let ast_field = &self.ast.fields[fi];
        if let Some(p) = self.provider {
            match s.ty {
                ScalarFieldType::BuiltIn(ScalarType::Json)
                    if field.arity == FieldArity::List && !p.supports_json_lists() =>
                {
                    let m = format!("Field `{}` in {container} `{}` can't be of type Json[]. The current connector does not support the Json List type.", field.name, model.name);
                    self.error(msg::field_error(container, &model.name, &field.name, &m), ast_field.span);
                }
                ScalarFieldType::BuiltIn(ScalarType::Decimal) if !p.supports_decimal() => {
                    let m = format!("Field `{}` in {container} `{}` can't be of type Decimal. The current connector does not support the Decimal type.", field.name, model.name);
                    self.error(msg::field_error(container, &model.name, &field.name, &m), ast_field.span);
                }
                _ => {}
            }
        }
        let lists_supported = self.provider.is_some_and(Provider::supports_scalar_lists);
        if field.arity == FieldArity::List && !lists_supported {
            self.error(
                format!("Field \"{}\" in {container} \"{}\" can't be a list. The current connector does not support lists of primitive types.", field.name, model.name),
                ast_field.span,
            );
        }
        for (taken, attr) in [(IndexKind::Normal, "@@index"), (IndexKind::Unique, "@@unique")] {
            if model.indexes.iter().any(|i| i.kind == taken && i.name.as_deref() == Some(field.name.as_str())) {
                let m = format!("The custom name `{}` specified for the `{attr}` attribute is already used as a name for a field. Please choose a different name.", field.name);
                self.error(msg::model_error(container, &model.name, &m), self.ast.span);
            }
        }
        if model.primary_key.as_ref().and_then(|pk| pk.name.as_deref()) == Some(field.name.as_str()) {
            let m = format!("The custom name `{}` specified for the `@@id` attribute is already used as a name for a field. Please choose a different name.", field.name);
            self.error(msg::model_error(container, &model.name, &m), self.ast.span);
        }
        let ns = self.ns;
        if let Some(name) = ns.default_name(self.id, fi) {
            for scope in ns.violations(self.id, ConstraintKind::Default, name) {
                let message = constraint_clash(name, &scope.description(&model.name));
                let map = s.default.as_ref().and_then(|d| self.arg_span(d.span, "map"));
                let span = map.unwrap_or(ast_field.span);
                self.attr_error("@default", &message, span);
            }
        }
        super::native_types::check_field(self.ctx, model, fi);
        if let Some(d) = &s.default {
            if d.mapped_name.is_some() && !self.provider.is_some_and(Provider::supports_named_default_values) {
                self.attr_error("@default", "You defined a database name for the default value of a field on the model. This is not supported by the provider.", d.span);
            }
            if d.mapped_name.is_some() {
                self.name_length(model, d.mapped_name.as_deref(), "default", false, d.span);
            }
            if let (DefaultKind::Value(v), ScalarFieldType::BuiltIn(t)) = (&d.kind, &s.ty) {
                self.literal_value(v, *t, ast_field);
            }
            if d.kind == DefaultKind::Auto && self.provider != Some(Provider::MongoDb) {
                if let Some(span) = default_function_span(ast_field) {
                    self.attr_error("@default", "The current connector does not support the `auto()` function.", span);
                }
            }
        }
    }

    /// Literal defaults that must parse: integers, JSON, DateTime.
    fn literal_value(&mut self, v: &LiteralValue, t: ScalarType, ast_field: &ast::Field) {
        let values: Vec<(&LiteralValue, Option<Span>)> = match v {
            LiteralValue::List(items) => {
                items.iter().zip(default_item_spans(ast_field)).map(|(i, s)| (i, Some(s))).collect()
            }
            other => vec![(other, default_value_span(ast_field))],
        };
        for (value, span) in values {
            let Some(span) = span else { continue };
            match (t, value) {
                (ScalarType::Int | ScalarType::BigInt, LiteralValue::Numeric(n)) => {
                    if let Err(e) = n.parse::<i64>() {
                        let m = format!("Parse error: \"{n}\" is not a valid integer. ({e})");
                        self.attr_error("@default", &m, span);
                    }
                }
                (ScalarType::DateTime, LiteralValue::String(s)) if !is_rfc3339(s) => {
                    let m = format!("Parse error: \"{s}\" is not a valid rfc3339 datetime string. (input contains invalid characters)");
                    self.attr_error("@default", &m, span);
                }
                _ => {}
            }
        }
    }

    fn index(&mut self, model: &Model, i: usize, index: &Index) {
        let attr = index_attr_name(index);
        if model.is_view {
            self.view_index(index, attr);
            return;
        }
        if index.fields.is_empty() && index.defined_on_field.is_none() {
            self.attr_error(
                attr,
                "The list of fields in an index cannot be empty. Please specify at least one field.",
                index.span,
            );
        }
        let ns = self.ns;
        let name = ns.index_name(self.id, i);
        for scope in ns.violations(self.id, ConstraintKind::Index, name) {
            let message = constraint_clash(name, &scope.description(&model.name));
            let span =
                self.arg_span(index.span, "map").or_else(|| self.arg_span(index.span, "name")).unwrap_or(index.span);
            self.attr_error(attr, &message, span);
        }
        if index.kind == IndexKind::Unique && index.fields.len() > 1 {
            let client: Vec<&str> =
                index.fields.iter().filter_map(|f| model.fields.get(f.field)).map(|f| f.name.as_str()).collect();
            let client = client.join("_");
            if index.name.is_none() && model.scalar_fields().any(|(_, f, _)| f.name == client) {
                let m = format!("The field `{client}` clashes with the `{attr}` name. Please resolve the conflict by providing a custom id name: `{attr}([...], name: \"custom_name\")`");
                self.error(msg::model_error(self.block(), &model.name, &m), index.span);
            }
        }
        if let Some(n) = &index.name {
            if self.ns.custom_name_clashes(self.id, n) {
                let m = format!("The given custom name `{n}` has to be unique on the model. Please provide a different name for the `name` argument.");
                let span = self.arg_span(index.span, "name").unwrap_or(index.span);
                self.attr_error(attr, &m, span);
            }
        }
        if !self.provider.is_some_and(Provider::supports_index_length)
            && index.fields.iter().any(|f| f.length.is_some())
        {
            self.attr_error(
                attr,
                "The length argument is not supported in an index definition with the current connector",
                index.span,
            );
        }
        super::index_rules::check_index_type(self.ctx, self.id, model, i);
        if index.kind == IndexKind::Fulltext {
            self.fulltext(index, attr);
        }
        self.name_length(
            model,
            index.mapped_name.as_deref(),
            &attr[attr.rfind('@').map_or(0, |p| p + 1)..],
            index.defined_on_field.is_none(),
            index.span,
        );
        if index.clustered.is_some() && !self.supports_clustering() {
            self.attr_error(attr, msg_clustering(), index.span);
        }
        if self.supports_clustering() && index.clustered == Some(true) {
            if model.primary_key.as_ref().is_some_and(|pk| pk.clustered != Some(false)) {
                self.attr_error(attr, "A model can only hold one clustered index or key.", index.span);
            }
            if model.indexes.iter().enumerate().any(|(j, o)| j != i && o.clustered == Some(true)) {
                self.attr_error(attr, "A model can only hold one clustered index.", index.span);
            }
        }
        super::index_rules::check_operator_classes(self.ctx, model, i);
        if index.kind == IndexKind::Unique && index.fields.len() > 1 {
            let composite = index.fields.iter().find(|f| {
                matches!(
                    model.fields.get(f.field).map(|x| &x.kind),
                    Some(FieldKind::Scalar(ScalarField { ty: ScalarFieldType::CompositeType(_), .. }))
                )
            });
            if let Some(f) = composite {
                let fname = model.fields.get(f.field).map(|x| x.name.as_str()).unwrap_or("");
                let m = format!("Prisma does not currently support composite types in compound unique indices, please remove {fname:?} from the index. See https://pris.ly/d/mongodb-composite-compound-indices for more details");
                self.attr_error(attr, &m, index.span);
            }
        }
        for f in &index.fields {
            self.length_type(model, f, attr, index.span);
        }
    }

    fn view_index(&mut self, index: &Index, attr: &str) {
        match index.kind {
            IndexKind::Unique => {
                if index.mapped_name.is_some() {
                    self.error(msg::validation_error("@@unique annotations on views are not backed by unique indexes in the database and cannot specify a mapped database name."), index.span);
                }
                if index.clustered.is_some() {
                    self.error(msg::validation_error("@@unique annotations on views are not backed by unique indexes in the database and cannot be clustered."), index.span);
                }
                if index
                    .fields
                    .iter()
                    .any(|f| f.sort_order.is_some() || f.length.is_some() || f.operator_class.is_some())
                {
                    self.attr_error(
                        attr,
                        "Scalar fields in @@unique attributes in views cannot have arguments.",
                        index.span,
                    );
                }
            }
            _ => self.error(msg::validation_error("Views cannot have indexes."), index.span),
        }
    }

    fn fulltext(&mut self, index: &Index, attr: &str) {
        let Some(p) = self.provider.filter(|p| p.supports_fulltext_index()) else {
            self.attr_error(attr, "Defining fulltext indexes is not supported with the current connector.", index.span);
            return;
        };
        if index.fields.iter().any(|f| f.length.is_some()) {
            self.attr_error(attr, "The length argument is not supported in a @@fulltext attribute.", index.span);
        }
        if !p.supports_fulltext_sort_order() && index.fields.iter().any(|f| f.sort_order.is_some()) {
            self.attr_error(
                attr,
                "The sort argument is not supported in a @@fulltext attribute in the current connector.",
                index.span,
            );
        }
    }

    /// A `map:` longer than the provider's identifier limit.
    fn name_length(&mut self, model: &Model, name: Option<&str>, attribute: &str, double_at: bool, span: Span) {
        let Some(name) = name else { return };
        let max = self.provider.map(Provider::max_identifier_length).unwrap_or(usize::MAX);
        if name.len() > max {
            let ats = if double_at { "@@" } else { "@" };
            let m = format!("The constraint name '{name}' specified in the `map` argument for the `{ats}{attribute}` constraint is too long for your chosen provider. The maximum allowed length is {max} bytes.");
            self.error(msg::model_error("model", &model.name, &m), span);
        }
    }

    /// The span of argument `name` of the attribute at `attr_span`.
    fn arg_span(&self, attr_span: Span, name: &str) -> Option<Span> {
        let attrs = self.ast.attributes.iter().chain(self.ast.fields.iter().flat_map(|f| f.attributes.iter()));
        let attr = attrs.into_iter().find(|a| a.span == attr_span)?;
        attr.arguments.arguments.iter().find(|a| a.name.as_ref().is_some_and(|n| n.name == name)).map(|a| a.span)
    }
}

fn msg_clustering() -> &'static str {
    "Defining clustering is not supported in the current connector."
}

pub(super) fn constraint_clash(name: &str, namespace: &str) -> String {
    format!("The given constraint name `{name}` has to be unique in the following namespace: {namespace}. Please provide a different name using the `map` argument.")
}

/// `@id`/`@@id` or `@shardKey`/`@@shardKey`.
fn attr_name(on_field: bool, name: &str) -> &'static str {
    match (on_field, name) {
        (true, "id") => "@id",
        (false, "id") => "@@id",
        (true, _) => "@shardKey",
        (false, _) => "@@shardKey",
    }
}

fn index_attr_name(index: &Index) -> &'static str {
    match (index.kind, index.defined_on_field.is_some()) {
        (IndexKind::Unique, true) => "@unique",
        (IndexKind::Unique, false) => "@@unique",
        (IndexKind::Normal, _) => "@@index",
        (IndexKind::Fulltext, _) => "@@fulltext",
    }
}

fn default_argument(field: &ast::Field) -> Option<&ast::Expression> {
    let attr = field.attributes.iter().find(|a| a.name.name == "default")?;
    attr.arguments.arguments.iter().find(|a| a.name.as_ref().is_none_or(|n| n.name == "value")).map(|a| &a.value)
}

fn default_function_span(field: &ast::Field) -> Option<Span> {
    match default_argument(field)? {
        ast::Expression::Function(_, _, span) => Some(*span),
        _ => None,
    }
}

fn default_value_span(field: &ast::Field) -> Option<Span> {
    default_argument(field).map(|e| e.span())
}

fn default_item_spans(field: &ast::Field) -> Vec<Span> {
    match default_argument(field) {
        Some(ast::Expression::Array(items, _)) => items.iter().map(|i| i.span()).collect(),
        _ => Vec::new(),
    }
}

/// A loose RFC 3339 check: `YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)`.
fn is_rfc3339(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r.clone()).is_some_and(|x| x.iter().all(u8::is_ascii_digit));
    if b.len() < 20 || !digits(0..4) || b[4] != b'-' || !digits(5..7) || b[7] != b'-' || !digits(8..10) {
        return false;
    }
    if !matches!(b[10], b'T' | b't' | b' ')
        || !digits(11..13)
        || b[13] != b':'
        || !digits(14..16)
        || b[16] != b':'
        || !digits(17..19)
    {
        return false;
    }
    let mut i = 19;
    if b.get(i) == Some(&b'.') {
        i += 1;
        let start = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == start {
            return false;
        }
    }
    match b.get(i) {
        Some(b'Z' | b'z') => i + 1 == b.len(),
        Some(b'+' | b'-') => b.len() == i + 6 && digits(i + 1..i + 3) && b[i + 3] == b':' && digits(i + 4..i + 6),
        _ => false,
    }
}
