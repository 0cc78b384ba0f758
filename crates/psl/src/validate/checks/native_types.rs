//! `@db.*` native types: the datasource prefix, whether the provider has
//! the type, its arguments, and compatibility with the field's scalar type.

use crate::datamodel::{Model, ScalarFieldType};
use crate::messages::config as msg;
use crate::validate::Worker;

/// Checks the native type of field `field` of model `model`, if it has one.
pub(crate) fn check_field(ctx: &mut Worker<'_, '_>, model: &Model, field: usize) {
    let Some(scalar) = model.fields.get(field) else { return };
    let Some(s) = scalar.as_scalar() else { return };
    let ScalarFieldType::BuiltIn(scalar_type) = s.ty else { return };
    let Some(native) = s.native_type.as_deref() else { return };
    let datasource = ctx.config.datasource();
    let provider = datasource.map(|d| d.active_provider);
    let connector_name = provider.map_or("Default", |p| p.as_str());
    let span = native.span;

    if let Some(ds) = datasource {
        if ds.name != native.scope {
            let message = msg::native_type_prefix_invalid(&native.scope, &ds.name, &native.name);
            ctx.diagnostics.push_error(message, span);
        }
    }
    let Some(provider) = provider else {
        ctx.diagnostics.push_error(msg::native_type_not_supported(&native.name, connector_name), span);
        return;
    };
    let Some(constructor) = provider.find_native_type(&native.name) else {
        ctx.diagnostics.push_error(msg::native_type_not_supported(&native.name, connector_name), span);
        return;
    };

    let (given, required, optional) =
        (native.args.len(), constructor.arguments.required(), constructor.arguments.optional());
    if given < required || (given > required && optional == 0) {
        ctx.diagnostics.push_error(msg::native_type_argument_count(&native.name, required, given), span);
        return;
    }
    if given > required + optional && optional > 0 {
        ctx.diagnostics.push_error(msg::native_type_optional_argument_count(&native.name, optional, given), span);
        return;
    }
    if !constructor.scalar_types.contains(&scalar_type) {
        let expected: Vec<&str> = constructor.scalar_types.iter().map(|t| t.as_str()).collect();
        let message = msg::native_type_incompatible(&native.name, scalar_type.as_str(), &expected.join(" or "));
        ctx.diagnostics.push_error(message, span);
        return;
    }
    let instance = match provider.parse_native_type(&native.name, &native.args) {
        Ok(Some(instance)) => instance,
        Ok(None) => return,
        Err(expected) => {
            let found = format!("({})", native.args.join(", "));
            ctx.diagnostics.push_error(msg::native_type_arguments_unparsable(expected, &found), span);
            return;
        }
    };
    use crate::connector::native_types::ArgumentError;
    match provider.validate_native_type_arguments(&instance, scalar_type) {
        Some(ArgumentError::ScaleLargerThanPrecision) => {
            let message = msg::native_type_scale_larger_than_precision(&instance.render(), provider.display_name());
            ctx.diagnostics.push_error(message, span);
        }
        Some(ArgumentError::OutOfRange(detail)) => {
            let message = msg::native_type_argument_out_of_range(&instance.render(), provider.display_name(), detail);
            ctx.diagnostics.push_error(message, span);
        }
        None => {}
    }
}
