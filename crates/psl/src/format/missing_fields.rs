//! The parts of relations that `prisma format` adds, computed on the AST and
//! returned as text insertions into the source (applied before rendering).
//!
//! Prisma infers relations from the relation fields (fields whose type is a
//! model), pairing each with the field on the other model that points back
//! with the same relation name. For every 1:1 and 1:n relation it then adds:
//! - the missing back-relation field on the referenced model
//!   (`posts Post[]`, or `post Post?` for a 1:1),
//! - the missing forward field on the referencing model, with
//!   `@relation(fields: […], references: […])`,
//! - the missing scalar fields named in `fields` (`blogId Int?`, with the
//!   referenced field's native type attribute),
//! - `@relation(fields: […], references: […])` on a forward field that lacks
//!   it, or the missing `fields`/`references` arguments.
//!
//! Names: a scalar field is `<referencedModel camelCase><ReferencedField>`;
//! the referenced fields are the primary key or first unique criteria of the
//! referenced model. Nothing is added when the schema has errors that stop
//! relation inference (syntax errors, unknown types, duplicate names, relation
//! arguments naming unknown fields).

use super::inflect::{camel_case, plural};
use crate::ast::*;
use crate::hash::{FxHashMap, FxHashSet};

/// Text to insert at a byte offset of one file.
#[derive(Debug)]
pub(super) struct Insertion {
    position: usize,
    text: String,
}

/// Inserts `bits` (sorted by position) into `text`.
pub(super) fn apply(text: &str, bits: &[Insertion]) -> String {
    let mut out = String::with_capacity(text.len() + bits.iter().map(|b| b.text.len()).sum::<usize>());
    let mut last = 0;
    for bit in bits {
        let Some(chunk) = text.get(last..bit.position) else { continue };
        out.push_str(chunk);
        out.push_str(&bit.text);
        last = bit.position;
    }
    out.push_str(text.get(last..).unwrap_or_default());
    out
}

const SCALARS: [&str; 9] = ["String", "Boolean", "Int", "BigInt", "Float", "Decimal", "DateTime", "Json", "Bytes"];

/// The insertions for each file, in file order; `None` when relations cannot
/// be inferred.
pub(super) fn insertions(asts: &[SchemaAst], texts: &[&str]) -> Option<Vec<Vec<Insertion>>> {
    let schema = Schema::new(asts)?;
    let relations = schema.relations();
    let mut bits: Vec<Vec<(usize, Insertion)>> = asts.iter().map(|_| Vec::new()).collect();
    let mut order = 0usize;
    let mut push = |file: usize, position: usize, text: String| {
        if let Some(list) = bits.get_mut(file) {
            list.push((order, Insertion { position, text }));
            order += 1;
        }
    };
    for relation in &relations {
        schema.missing_relation_fields(relation, &mut push);
        schema.missing_scalar_fields(relation, texts, &mut push);
    }
    for relation in &relations {
        schema.missing_relation_attribute(relation, texts, &mut push);
    }
    for relation in &relations {
        schema.missing_relation_arguments(relation, &mut push);
    }
    Some(
        bits.into_iter()
            .map(|mut list| {
                list.sort_by_key(|(order, bit)| (bit.position, *order));
                list.into_iter().map(|(_, bit)| bit).collect()
            })
            .collect(),
    )
}

/// A model of the schema, with the file it is in.
struct ModelRef<'a> {
    file: usize,
    model: &'a Model,
}

/// What a type name refers to.
#[derive(Clone, Copy)]
enum TypeRef {
    Model(usize),
    Other,
}

/// A field whose type is a model, with what its `@relation` says.
struct RelationField<'a> {
    model: usize,
    field: &'a Field,
    target: usize,
    name: Option<&'a str>,
    fields: Option<Vec<&'a str>>,
    references: Option<Vec<&'a str>>,
    attribute: Option<&'a Attribute>,
}

/// A 1:1 or 1:n relation: model A holds the foreign key, model B is referenced.
struct Relation {
    one_to_one: bool,
    model_a: usize,
    model_b: usize,
    forward: Option<usize>,
    back: Option<usize>,
}

struct Schema<'a> {
    models: Vec<ModelRef<'a>>,
    relation_fields: Vec<RelationField<'a>>,
    /// For each model, the range of its fields in `relation_fields`.
    relation_fields_of: Vec<std::ops::Range<usize>>,
    /// The addresses of the relation fields, for [`Schema::is_scalar`].
    relation_field_addresses: FxHashSet<usize>,
}

impl<'a> Schema<'a> {
    /// Indexes the schema; `None` when it has errors that stop inference.
    fn new(asts: &'a [SchemaAst]) -> Option<Self> {
        let mut models = Vec::new();
        let mut names: FxHashMap<&str, TypeRef> = FxHashMap::default();
        let mut composites = Vec::new();
        for (file, ast) in asts.iter().enumerate() {
            for top in &ast.tops {
                let kind = match top {
                    Top::Model(model) => {
                        models.push(ModelRef { file, model });
                        TypeRef::Model(models.len() - 1)
                    }
                    Top::CompositeType(model) => {
                        composites.push(model);
                        TypeRef::Other
                    }
                    Top::Enum(_) => TypeRef::Other,
                    Top::Source(_) | Top::Generator(_) => continue,
                };
                if names.insert(&top.name().name, kind).is_some() {
                    return None;
                }
            }
        }
        for model in models.iter().map(|m| m.model).chain(composites) {
            for (i, field) in model.fields.iter().enumerate() {
                match &field.field_type {
                    Some(FieldType::Supported(id)) => {
                        if !SCALARS.contains(&id.name.as_str()) && !names.contains_key(id.name.as_str()) {
                            return None;
                        }
                    }
                    Some(FieldType::Unsupported(..)) => {}
                    None => return None,
                }
                if model.fields[..i].iter().any(|f| f.name.name == field.name.name) {
                    return None;
                }
            }
        }
        let mut relation_fields = Vec::new();
        let mut relation_fields_of = Vec::with_capacity(models.len());
        for (model_index, model) in models.iter().enumerate() {
            let first = relation_fields.len();
            for field in &model.model.fields {
                let Some(TypeRef::Model(target)) =
                    field.field_type.as_ref().and_then(|t| t.name()).and_then(|n| names.get(n).copied())
                else {
                    continue;
                };
                let mut relation = RelationField {
                    model: model_index,
                    field,
                    target,
                    name: None,
                    fields: None,
                    references: None,
                    attribute: None,
                };
                let mut attributes = field.attributes.iter().filter(|a| a.name.name == "relation");
                if let Some(attribute) = attributes.next() {
                    if attributes.next().is_some() {
                        return None;
                    }
                    relation.attribute = Some(attribute);
                    read_relation_arguments(attribute, &mut relation)?;
                }
                let has_field = |m: usize, name: &str| models[m].model.fields.iter().any(|f| f.name.name == name);
                if relation.fields.iter().flatten().any(|f| !has_field(model_index, f))
                    || relation.references.iter().flatten().any(|f| !has_field(target, f))
                {
                    return None;
                }
                relation_fields.push(relation);
            }
            relation_fields_of.push(first..relation_fields.len());
        }
        let relation_field_addresses = relation_fields.iter().map(|rf| address(rf.field)).collect();
        let schema = Schema { models, relation_fields, relation_fields_of, relation_field_addresses };
        schema.attributes_are_known().then_some(schema)
    }

    /// Whether attributes pass the checks Prisma makes before inferring
    /// relations: known names, nothing but `@relation`/`@ignore` on relation
    /// fields, and block attributes naming existing scalar fields.
    fn attributes_are_known(&self) -> bool {
        const FIELD: [&str; 8] = ["id", "unique", "default", "updatedAt", "map", "relation", "ignore", "shardKey"];
        const BLOCK: [&str; 8] = ["id", "unique", "index", "fulltext", "map", "ignore", "schema", "shardKey"];
        const NAMING_FIELDS: [&str; 5] = ["id", "unique", "index", "fulltext", "shardKey"];
        for (index, model) in self.models.iter().enumerate() {
            for field in &model.model.fields {
                let relation = !self.is_scalar(field);
                for attribute in &field.attributes {
                    let name = attribute.name.name.as_str();
                    let known = if relation { matches!(name, "relation" | "ignore") } else { name != "relation" };
                    if !known || (!name.contains('.') && !FIELD.contains(&name)) {
                        return false;
                    }
                }
            }
            for attribute in &model.model.attributes {
                let name = attribute.name.name.as_str();
                if !BLOCK.contains(&name) {
                    return false;
                }
                if NAMING_FIELDS.contains(&name)
                    && field_list(attribute).iter().any(|f| {
                        let root = f.split('.').next().unwrap_or(f);
                        self.field(index, root).is_none_or(|f| !self.is_scalar(f))
                    })
                {
                    return false;
                }
            }
        }
        true
    }

    fn model(&self, i: usize) -> &'a Model {
        self.models[i].model
    }

    /// Pairs relation fields into relations, as Prisma does (its order is
    /// the order of the fields that define them).
    fn relations(&self) -> Vec<Relation> {
        let mut relations = Vec::new();
        for (index, rf) in self.relation_fields.iter().enumerate() {
            let is_self = rf.model == rf.target;
            let candidates = self.relation_fields_of[rf.target].clone();
            let opposite = candidates
                .map(|i| (i, &self.relation_fields[i]))
                .find(|(i, o)| o.target == rf.model && !(is_self && *i == index) && o.name == rf.name);
            let model_name = &self.model(rf.model).name.name;
            let target_name = &self.model(rf.target).name.name;
            let before_opposite = |o: &RelationField<'_>| {
                (model_name.as_str(), rf.field.name.name.as_str()) <= (target_name.as_str(), o.field.name.name.as_str())
            };
            let one_to_one = |back: Option<usize>| Relation {
                one_to_one: true,
                model_a: rf.model,
                model_b: rf.target,
                forward: Some(index),
                back,
            };
            let one_to_many = |back: Option<usize>| Relation {
                one_to_one: false,
                model_a: rf.model,
                model_b: rf.target,
                forward: Some(index),
                back,
            };
            use FieldArity::*;
            let relation = match (rf.field.arity, opposite) {
                (List, Some((_, o))) if o.field.arity == List => None,
                (Required, Some((i, o))) if o.field.arity == Optional => Some(one_to_one(Some(i))),
                (Required, Some((i, o))) if o.field.arity == Required => {
                    before_opposite(o).then(|| one_to_one(Some(i)))
                }
                (Optional, Some((_, o))) if o.field.arity == Required => None,
                (Optional, Some((i, o))) if o.field.arity == Optional => {
                    if rf.fields.is_some() {
                        Some(one_to_one(Some(i)))
                    } else if o.fields.is_none() {
                        before_opposite(o).then(|| one_to_one(Some(i)))
                    } else {
                        None
                    }
                }
                (List, Some(_)) => None,
                (List, None) => Some(Relation {
                    one_to_one: false,
                    model_a: rf.target,
                    model_b: rf.model,
                    forward: None,
                    back: Some(index),
                }),
                (_, Some((i, _))) => Some(one_to_many(Some(i))),
                (_, None) => match &rf.fields {
                    Some(fields) if self.unique_criteria(rf.model, false).iter().any(|c| c == fields) => {
                        Some(one_to_one(None))
                    }
                    _ => Some(one_to_many(None)),
                },
            };
            relations.extend(relation);
        }
        relations
    }

    /// The primary key (when `with_primary_key`) and unique constraints of a
    /// model, as field name lists, in Prisma's order.
    fn unique_criteria(&self, model: usize, with_primary_key: bool) -> Vec<Vec<&'a str>> {
        let model = self.model(model);
        let mut out = Vec::new();
        if with_primary_key {
            if let Some(field) = model.fields.iter().find(|f| f.attributes.iter().any(|a| a.name.name == "id")) {
                out.push(vec![field.name.name.as_str()]);
            } else if let Some(attribute) = model.attributes.iter().find(|a| a.name.name == "id") {
                out.push(field_list(attribute));
            }
        }
        for field in &model.fields {
            if field.attributes.iter().any(|a| a.name.name == "unique") {
                out.push(vec![field.name.name.as_str()]);
            }
        }
        for attribute in model.attributes.iter().filter(|a| a.name.name == "unique") {
            out.push(field_list(attribute));
        }
        out
    }

    fn field(&self, model: usize, name: &str) -> Option<&'a Field> {
        self.model(model).fields.iter().find(|f| f.name.name == name)
    }

    /// Whether `field` is a scalar field (not a relation field).
    fn is_scalar(&self, field: &Field) -> bool {
        !self.relation_field_addresses.contains(&address(field))
    }

    /// The scalar fields Prisma would put in `fields: […]`: one per field of
    /// the referenced model's first unique criteria.
    fn inferred_scalar_fields(&self, relation: &Relation) -> Vec<InferredField<'a>> {
        let Some(criteria) = self.unique_criteria(relation.model_b, true).into_iter().next() else {
            return Vec::new();
        };
        let referenced = self.model(relation.model_b);
        let prefix = lower_first(&referenced.name.name);
        let forward_arity = relation.forward.map(|f| self.relation_fields[f].field.arity);
        criteria
            .into_iter()
            .filter_map(|name| {
                let blueprint = self.field(relation.model_b, name)?;
                let field_name = format!("{prefix}{}", upper_first(name));
                let existing =
                    self.model(relation.model_a).fields.iter().find(|f| f.name.name == field_name && self.is_scalar(f));
                let arity = match existing {
                    Some(field) => field.arity,
                    None => forward_arity.unwrap_or(FieldArity::Optional),
                };
                Some(InferredField { name: field_name, arity, exists: existing.is_some(), blueprint })
            })
            .collect()
    }

    fn fields_argument(&self, relation: &Relation) -> String {
        let names: Vec<String> = self.inferred_scalar_fields(relation).into_iter().map(|f| f.name).collect();
        format!("fields: [{}]", names.join(", "))
    }

    fn references_argument(&self, relation: &Relation) -> String {
        let explicit = relation.forward.and_then(|f| self.relation_fields[f].references.clone());
        let names = explicit.unwrap_or_else(|| {
            self.unique_criteria(relation.model_b, true)
                .into_iter()
                .find(|criteria| {
                    criteria.iter().all(|name| {
                        self.field(relation.model_b, name).is_some_and(|f| {
                            f.arity == FieldArity::Required && matches!(f.field_type, Some(FieldType::Supported(_)))
                        })
                    })
                })
                .unwrap_or_default()
        });
        format!("references: [{}]", names.join(", "))
    }

    /// The back-relation field or the forward field, when missing.
    fn missing_relation_fields(&self, relation: &Relation, push: &mut impl FnMut(usize, usize, String)) {
        let referencing = &self.models[relation.model_a];
        let referenced = &self.models[relation.model_b];
        if relation.back.is_none() {
            let model_name = &referencing.model.name.name;
            let ignore =
                if referencing.model.attributes.iter().any(|a| a.name.name == "ignore") { "@ignore" } else { "" };
            let (arity, field_name) = if relation.one_to_one {
                ("?", camel_case(model_name))
            } else {
                ("[]", plural(&camel_case(model_name)))
            };
            push(
                referenced.file,
                referenced.model.span.end().saturating_sub(1),
                format!("{field_name} {model_name}{arity} {ignore}\n"),
            );
        }
        if relation.forward.is_none() {
            let model_name = &referenced.model.name.name;
            let optional = self.inferred_scalar_fields(relation).iter().any(|f| f.arity == FieldArity::Optional);
            let arity = if optional { "?" } else { "" };
            push(
                referencing.file,
                referencing.model.span.end().saturating_sub(1),
                format!(
                    "{} {model_name}{arity} @relation({}, {})\n",
                    camel_case(model_name),
                    self.fields_argument(relation),
                    self.references_argument(relation)
                ),
            );
        }
    }

    /// The scalar fields named in `fields: […]`, when the forward field has no
    /// `fields` argument and they do not exist yet.
    fn missing_scalar_fields(&self, relation: &Relation, texts: &[&str], push: &mut impl FnMut(usize, usize, String)) {
        if relation.forward.is_some_and(|f| self.relation_fields[f].fields.is_some()) {
            return;
        }
        let referencing = &self.models[relation.model_a];
        let referenced_file = self.models[relation.model_b].file;
        for field in self.inferred_scalar_fields(relation) {
            if field.exists {
                continue;
            }
            let Some(type_name) =
                field.blueprint.field_type.as_ref().and_then(|t| t.name()).filter(|n| SCALARS.contains(n))
            else {
                return;
            };
            let arity = match field.arity {
                FieldArity::Required => "",
                FieldArity::Optional => "?",
                FieldArity::List => "[]",
            };
            let native = field
                .blueprint
                .attributes
                .iter()
                .find(|a| a.name.name.contains('.'))
                .and_then(|a| texts.get(referenced_file).and_then(|t| t.get(a.span.start()..a.text_end())))
                .unwrap_or_default();
            push(
                referencing.file,
                referencing.model.span.end().saturating_sub(1),
                format!("{} {type_name}{arity} {native}\n", field.name),
            );
        }
    }

    /// `@relation(fields: […], references: […])` on a forward field without `@relation`.
    fn missing_relation_attribute(
        &self,
        relation: &Relation,
        texts: &[&str],
        push: &mut impl FnMut(usize, usize, String),
    ) {
        let Some(forward) = relation.forward.map(|f| &self.relation_fields[f]) else { return };
        if forward.attribute.is_some() {
            return;
        }
        let Some(field_type) = &forward.field.field_type else { return };
        let file = self.models[relation.model_a].file;
        let type_end = field_type.span().end();
        let skipped = texts
            .get(file)
            .and_then(|t| t.get(type_end..))
            .map(|rest| rest.bytes().take_while(|b| matches!(b, b'[' | b']' | b'?' | b'!')).count())
            .unwrap_or(0);
        push(
            file,
            type_end + skipped,
            format!(" @relation({}, {})", self.fields_argument(relation), self.references_argument(relation)),
        );
    }

    /// The `fields` and `references` arguments missing from an `@relation`.
    fn missing_relation_arguments(&self, relation: &Relation, push: &mut impl FnMut(usize, usize, String)) {
        let Some(forward) = relation.forward.map(|f| &self.relation_fields[f]) else { return };
        let Some(attribute) = forward.attribute else { return };
        let mut extra = Vec::new();
        if forward.fields.is_none() {
            extra.push(self.fields_argument(relation));
        }
        if forward.references.is_none() {
            extra.push(self.references_argument(relation));
        }
        if extra.is_empty() {
            return;
        }
        let extra = extra.join(", ");
        let file = self.models[relation.model_a].file;
        if attribute.arguments.arguments.is_empty() {
            push(file, attribute.text_end(), format!("({extra})"));
        } else {
            push(file, attribute.text_end().saturating_sub(1), format!(", {extra}"));
        }
    }
}

/// A scalar field that `fields: […]` names.
struct InferredField<'a> {
    name: String,
    arity: FieldArity,
    exists: bool,
    blueprint: &'a Field,
}

/// Reads `name`, `fields` and `references` from `@relation(…)`; `None` when
/// they are malformed.
fn read_relation_arguments<'a>(attribute: &'a Attribute, relation: &mut RelationField<'a>) -> Option<()> {
    for (i, argument) in attribute.arguments.arguments.iter().enumerate() {
        match argument.name.as_ref().map(|n| n.name.as_str()) {
            None if i == 0 => relation.name = Some(argument.value.as_string()?),
            Some("name") => relation.name = Some(argument.value.as_string()?),
            Some("fields") => relation.fields = Some(names_in(&argument.value)?),
            Some("references") => relation.references = Some(names_in(&argument.value)?),
            None => return None,
            Some(_) => {}
        }
    }
    Some(())
}

/// Field names in `[a, b]` (or a single `a`).
fn names_in(expression: &Expression) -> Option<Vec<&str>> {
    match expression {
        Expression::Array(items, _) => items.iter().map(|e| e.as_constant()).collect(),
        Expression::ConstantValue(name, _) => Some(vec![name.as_str()]),
        _ => None,
    }
}

/// The field names of `@@id([…])` or `@@unique([…])` (`a(sort: Desc)` counts as `a`).
fn field_list(attribute: &Attribute) -> Vec<&str> {
    let value = attribute
        .arguments
        .arguments
        .iter()
        .find(|a| a.name.as_ref().is_none_or(|n| n.name == "fields"))
        .map(|a| &a.value);
    match value {
        Some(Expression::Array(items, _)) => items
            .iter()
            .filter_map(|e| match e {
                Expression::ConstantValue(name, _) => Some(name.as_str()),
                Expression::Function(name, _, _) => Some(name.as_str()),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// A field's address, which identifies it within one schema.
fn address(field: &Field) -> usize {
    field as *const Field as usize
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn upper_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn insertions_for(text: &str) -> Vec<Insertion> {
        let mut diagnostics = crate::diagnostics::Diagnostics::new();
        let ast = crate::parser::parse_schema(text, crate::span::FileId(0), &mut diagnostics);
        insertions(&[ast], &[text]).and_then(|mut files| files.pop()).unwrap_or_default()
    }

    #[test]
    fn complete_relations_need_no_insertion() {
        // A schema whose relations are complete must not be re-parsed: `format`
        // only parses the text a second time when something is inserted.
        let text = "model A {\n  id Int @id\n  bId Int\n  b B @relation(\"x\", fields: [bId], references: [id], onDelete: Cascade)\n}\n\nmodel B {\n  id Int @id\n  as A[] @relation(\"x\")\n}\n";
        assert!(insertions_for(text).is_empty());
    }

    #[test]
    fn missing_references_are_inserted_before_the_parenthesis() {
        let text = "model A {\n  id Int @id\n  bId Int\n  b B @relation(fields: [bId])\n}\n\nmodel B {\n  id Int @id\n  as A[]\n}\n";
        let bits = insertions_for(text);
        assert_eq!(bits.len(), 1, "{bits:?}");
        assert_eq!(bits[0].text, ", references: [id]");
        assert_eq!(&text[bits[0].position..bits[0].position + 1], ")");
    }
}
