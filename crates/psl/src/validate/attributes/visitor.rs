//! The generic part of attribute validation, as Prisma does it.
//!
//! An [`AttributeSet`] walks the attributes of one field or block: each
//! attribute a validator asks for is marked as used, duplicates of single
//! attributes are reported, and whatever is left at the end is "not known".
//! The [`Args`] of one attribute work the same way for arguments: the
//! validator takes the arguments it understands, and the rest are reported
//! as "No such argument.".

use super::coerce;
use crate::ast::{Argument, Attribute, Expression};
use crate::diagnostics::Diagnostics;
use crate::messages::model as msg;
use crate::span::Span;

/// The attributes of one field, enum value or block, being validated.
pub(crate) struct AttributeSet<'a> {
    attributes: &'a [Attribute],
    /// Which of the first 64 attributes were visited (a bit set: this runs
    /// for every field, and fields have a handful of attributes).
    used: u64,
    /// The same for attributes past the 64th.
    used_beyond: Vec<bool>,
    /// The [`name_bit`] of every attribute: most lookups are for attributes
    /// a field does not have, and are answered here without comparing names.
    names: u64,
}

/// One of 64 bits for an attribute name (by its length and first byte).
fn name_bit(name: &str) -> u64 {
    let first = name.as_bytes().first().copied().unwrap_or(0) as usize;
    1 << ((name.len() * 7 + first) % 64)
}

impl<'a> AttributeSet<'a> {
    /// Starts validating `attributes`.
    pub(crate) fn new(attributes: &'a [Attribute]) -> Self {
        let names = attributes.iter().fold(0, |bits, a| bits | name_bit(&a.name.name));
        AttributeSet { attributes, used: 0, used_beyond: vec![false; attributes.len().saturating_sub(64)], names }
    }

    fn is_used(&self, i: usize) -> bool {
        if i < 64 {
            self.used & (1 << i) != 0
        } else {
            self.used_beyond[i - 64]
        }
    }

    fn mark_used(&mut self, i: usize) {
        if i < 64 {
            self.used |= 1 << i;
        } else {
            self.used_beyond[i - 64] = true;
        }
    }

    /// An attribute that may appear at most once. All copies of a repeated
    /// one are reported and none is validated.
    pub(crate) fn single(&mut self, name: &str, diagnostics: &mut Diagnostics) -> Option<Args<'a>> {
        if self.names & name_bit(name) == 0 {
            return None;
        }
        let mut matching = (0..self.attributes.len()).filter(|i| self.attributes[*i].name.name == name);
        let first = matching.next()?;
        if matching.next().is_none() {
            self.mark_used(first);
            return Args::new(&self.attributes[first], diagnostics);
        }
        for (i, attr) in self.attributes.iter().enumerate().filter(|(_, a)| a.name.name == name) {
            self.mark_used(i);
            diagnostics.push_error(msg::duplicate_attribute(&attr.name.name), attr.span);
        }
        None
    }

    /// The next not yet visited copy of an attribute that may be repeated.
    pub(crate) fn next_repeated(&mut self, name: &str, diagnostics: &mut Diagnostics) -> Option<Args<'a>> {
        if self.names & name_bit(name) == 0 {
            return None;
        }
        loop {
            let i = (0..self.attributes.len()).find(|i| !self.is_used(*i) && self.attributes[*i].name.name == name)?;
            self.mark_used(i);
            if let Some(args) = Args::new(&self.attributes[i], diagnostics) {
                return Some(args);
            }
        }
    }

    /// The datasource-scoped attribute (`@db.VarChar(191)`), if any: it is
    /// marked as used, and a second one is reported as a duplicate.
    pub(crate) fn datasource_scoped(&mut self, diagnostics: &mut Diagnostics) -> Option<&'a Attribute> {
        let mut found: Option<&'a Attribute> = None;
        for (i, attr) in self.attributes.iter().enumerate() {
            let Some((scope, _)) = attr.name.name.split_once('.') else { continue };
            self.mark_used(i);
            if found.replace(attr).is_some() {
                diagnostics.push_error(msg::duplicate_attribute(scope), attr.span);
            }
        }
        found
    }

    /// Reports every attribute nobody asked for.
    pub(crate) fn finish(self, diagnostics: &mut Diagnostics) {
        for (i, attr) in self.attributes.iter().enumerate() {
            if !self.is_used(i) {
                diagnostics.push_error(msg::attribute_not_known(&attr.name.name), attr.span);
            }
        }
    }
}

/// The arguments of an attribute not visited yet, by position in the
/// argument list, at most one per name (the last one given). A bit set:
/// attributes have a handful of arguments (positions past 64 go to a list).
#[derive(Default)]
pub(crate) struct Remaining<'a> {
    arguments: &'a [Argument],
    bits: u64,
    overflow: Vec<usize>,
}

impl<'a> Remaining<'a> {
    pub(crate) fn new(arguments: &'a [Argument]) -> Self {
        Remaining { arguments, bits: 0, overflow: Vec::new() }
    }

    fn name(&self, i: usize) -> Option<&'a str> {
        self.arguments[i].name.as_ref().map(|n| n.name.as_str())
    }

    /// Positions in increasing order.
    pub(crate) fn positions(&self) -> impl Iterator<Item = usize> + '_ {
        let mut bits = self.bits;
        let set = std::iter::from_fn(move || {
            let i = (bits != 0).then(|| bits.trailing_zeros() as usize)?;
            bits &= bits - 1;
            Some(i)
        });
        set.chain(self.overflow.iter().copied())
    }

    /// The remaining argument named `name` (`None`: unnamed), if any.
    pub(crate) fn find(&self, name: Option<&str>) -> Option<usize> {
        self.positions().find(|i| self.name(*i) == name)
    }

    /// Adds the argument at `i` (after any already added).
    pub(crate) fn insert(&mut self, i: usize) {
        if i < 64 {
            self.bits |= 1u64 << i;
        } else {
            self.overflow.push(i);
        }
    }

    pub(crate) fn remove(&mut self, i: usize) {
        if i < 64 {
            self.bits &= !(1u64 << i);
        } else {
            self.overflow.retain(|x| *x != i);
        }
    }

    /// Takes the remaining argument named `name`.
    pub(crate) fn take(&mut self, name: Option<&str>) -> Option<usize> {
        let i = self.find(name)?;
        self.remove(i);
        Some(i)
    }
}

/// The arguments of one attribute, being validated.
pub(crate) struct Args<'a> {
    /// The attribute.
    pub(crate) attribute: &'a Attribute,
    remaining: Remaining<'a>,
}

impl<'a> Args<'a> {
    /// Starts validating the arguments of `attribute`. `None` when an
    /// argument has no value (the attribute is then skipped, as Prisma does).
    pub(crate) fn new(attribute: &'a Attribute, diagnostics: &mut Diagnostics) -> Option<Self> {
        let attr_name = || format!("@{}", attribute.name.name);
        let mut reasonably_valid = true;
        let nested = attribute.arguments.arguments.iter().filter_map(|a| match &a.value {
            Expression::Function(_, args, _) => Some(&**args),
            _ => None,
        });
        for list in std::iter::once(&attribute.arguments).chain(nested) {
            for empty in list.empty_arguments() {
                diagnostics.push_error(
                    msg::attribute_error(&attr_name(), &msg::argument_missing_value(&empty.name)),
                    empty.span,
                );
                reasonably_valid = false;
            }
            for arg in &list.arguments {
                let Expression::Array(items, _) = &arg.value else { continue };
                for item in items {
                    let Expression::Function(_, inner, _) = item else { continue };
                    for empty in inner.empty_arguments() {
                        diagnostics.push_error(
                            msg::attribute_error(
                                &format!("@@{}", attribute.name.name),
                                &msg::argument_missing_value(&empty.name),
                            ),
                            empty.span,
                        );
                    }
                }
            }
            if let Some(span) = list.trailing_comma() {
                diagnostics.push_error(msg::attribute_error(&attr_name(), msg::TRAILING_COMMA), span);
            }
        }
        if !reasonably_valid {
            return None;
        }

        let mut remaining = Remaining::new(&attribute.arguments.arguments);
        let mut unnamed: Vec<String> = Vec::new();
        for (i, arg) in attribute.arguments.arguments.iter().enumerate() {
            let name = arg.name.as_ref().map(|n| n.name.as_str());
            if let Some(existing) = remaining.find(name) {
                remaining.remove(existing);
                match &arg.name {
                    None => {
                        if unnamed.is_empty() {
                            unnamed.push(coerce::expression_text(&attribute.arguments.arguments[existing].value));
                        }
                        unnamed.push(coerce::expression_text(&arg.value));
                    }
                    Some(n) => diagnostics.push_error(msg::duplicate_argument(&n.name), arg.span),
                }
            }
            remaining.insert(i);
        }
        let args = Args { attribute, remaining };
        if !unnamed.is_empty() {
            args.error(diagnostics, &msg::multiple_unnamed_arguments(&unnamed.join(", ")));
        }
        Some(args)
    }

    /// The attribute's span.
    pub(crate) fn span(&self) -> Span {
        self.attribute.span
    }

    /// `@name` as Prisma quotes it in "Error parsing attribute" messages.
    pub(crate) fn display_name(&self) -> String {
        format!("@{}", self.attribute.name.name)
    }

    /// Reports `Error parsing attribute "@name": message` on the attribute.
    pub(crate) fn error(&self, diagnostics: &mut Diagnostics, message: &str) {
        diagnostics.push_error(msg::attribute_error(&self.display_name(), message), self.attribute.span);
    }

    fn take(&mut self, name: Option<&str>) -> Option<usize> {
        self.remaining.take(name)
    }

    /// The argument named `name`, or else the unnamed one. Errors when
    /// both or neither are given.
    pub(crate) fn default_arg(&mut self, name: &str, diagnostics: &mut Diagnostics) -> Option<&'a Expression> {
        self.default_arg_with_index(name, diagnostics).map(|(_, e)| e)
    }

    /// Like [`Args::default_arg`], with the argument's index.
    pub(crate) fn default_arg_with_index(
        &mut self,
        name: &str,
        diagnostics: &mut Diagnostics,
    ) -> Option<(usize, &'a Expression)> {
        let args = &self.attribute.arguments.arguments;
        match (self.take(Some(name)), self.take(None)) {
            (Some(i), None) | (None, Some(i)) => Some((i, &args[i].value)),
            (Some(i), Some(_)) => {
                diagnostics.push_error(msg::duplicate_default_argument(name), args[i].span);
                None
            }
            (None, None) => {
                diagnostics.push_error(msg::argument_not_found(name), self.attribute.span);
                None
            }
        }
    }

    /// The optional argument named `name`.
    pub(crate) fn optional(&mut self, name: &str) -> Option<&'a Expression> {
        let i = self.take(Some(name))?;
        Some(&self.attribute.arguments.arguments[i].value)
    }

    /// Reports the arguments nobody asked for.
    pub(crate) fn finish(self, diagnostics: &mut Diagnostics) {
        for i in self.remaining.positions() {
            diagnostics.push_error(msg::NO_SUCH_ARGUMENT, self.attribute.arguments.arguments[i].span);
        }
    }
}
