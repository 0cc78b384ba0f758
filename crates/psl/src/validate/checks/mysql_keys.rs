//! MySQL: `TEXT`/`BLOB` columns can only be keys with a `length:` prefix.

use crate::datamodel::{IndexField, IndexKind, Model};
use crate::messages::config as msg;
use crate::validate::Worker;

const UNBOUNDED: &[&str] =
    &["Text", "LongText", "MediumText", "TinyText", "Blob", "TinyBlob", "MediumBlob", "LongBlob"];

/// The first unbounded native type among `fields` without a length.
fn unbounded<'m>(model: &'m Model, fields: &[IndexField]) -> Option<&'m str> {
    fields.iter().filter(|f| f.length.is_none()).find_map(|f| {
        let native = model.fields.get(f.field)?.as_scalar()?.native_type.as_deref()?;
        UNBOUNDED.contains(&native.name.as_str()).then_some(native.name.as_str())
    })
}

/// Checks a model's indexes and primary key.
pub(crate) fn check_model(ctx: &mut Worker<'_, '_>, model: &Model) {
    let mut errors = Vec::new();
    for index in model.indexes.iter().filter(|i| i.kind != IndexKind::Fulltext) {
        if let Some(native) = unbounded(model, &index.fields) {
            let message = if index.kind == IndexKind::Unique {
                msg::native_type_in_unique(native, "MySQL", msg::MYSQL_LENGTH_GUIDE)
            } else {
                msg::native_type_in_index(native, "MySQL", msg::MYSQL_LENGTH_GUIDE)
            };
            errors.push((message, index.span));
        }
    }
    if let Some(pk) = &model.primary_key {
        if let Some(native) = unbounded(model, &pk.fields) {
            errors.push((msg::native_type_in_id(native, "MySQL", msg::MYSQL_LENGTH_GUIDE), pk.span));
        }
    }
    for (message, span) in errors {
        ctx.diagnostics.push_error(message, span);
    }
}
