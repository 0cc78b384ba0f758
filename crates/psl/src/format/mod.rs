//! The formatter: byte-identical to Prisma 6.19's `prisma format`.
//!
//! Formatting is two passes, as in Prisma:
//! 1. `missing_fields`: when the schema parses cleanly and its relations can
//!    be inferred, the missing parts of relations (back-relation fields,
//!    forward relation fields, their scalar fields, `@relation(fields,
//!    references)`) are inserted into the source text.
//! 2. `render`: each file is parsed again and printed with Prisma's layout.
//!
//! Files with syntax errors are still formatted: what parses is laid out,
//! unparseable text is kept verbatim, and no relation field is added.
//!
//! One deliberate departure: a leading byte-order mark is kept in the output
//! but not treated as part of the first line (Prisma 6.19 would see it as an
//! unknown keyword and leave the whole file unformatted).

mod inflect;
mod missing_fields;
mod render;
mod table;

use crate::diagnostics::Diagnostics;
use crate::span::FileId;

const BOM: char = '\u{feff}';

/// Formats one schema file with `indent_width` spaces of indentation.
pub fn reformat(source: &str, indent_width: usize) -> String {
    let files = [("schema.prisma".to_string(), source.to_string())];
    reformat_multiple(&files, indent_width).pop().map(|(_, text)| text).unwrap_or_else(|| "\n".to_string())
}

/// Formats the files of a multi-file schema together (missing relation
/// fields may be added in any of them). Returns `(name, text)` pairs in input order.
pub fn reformat_multiple(files: &[(String, String)], indent_width: usize) -> Vec<(String, String)> {
    let sources: Vec<(bool, &str)> = files
        .iter()
        .map(|(_, text)| match text.strip_prefix(BOM) {
            Some(rest) => (true, rest),
            None => (false, text.as_str()),
        })
        .collect();
    let mut diagnostics = Diagnostics::new();
    let asts: Vec<_> = sources
        .iter()
        .enumerate()
        .map(|(i, (_, text))| crate::parser::parse_schema(text, FileId(i as u32), &mut diagnostics))
        .collect();
    let texts: Vec<&str> = sources.iter().map(|(_, text)| *text).collect();
    let insertions = if diagnostics.has_errors() { None } else { missing_fields::insertions(&asts, &texts) };

    files
        .iter()
        .zip(sources.iter())
        .enumerate()
        .map(|(i, ((name, _), (bom, text)))| {
            let bits = insertions.as_ref().and_then(|all| all.get(i)).filter(|bits| !bits.is_empty());
            let formatted = match bits {
                Some(bits) => {
                    let enriched = missing_fields::apply(text, bits);
                    let mut scratch = Diagnostics::new();
                    let ast = crate::parser::parse_schema(&enriched, FileId(i as u32), &mut scratch);
                    render::render(&ast, &enriched, indent_width)
                }
                None => match asts.get(i) {
                    Some(ast) => render::render(ast, text, indent_width),
                    None => text.to_string(),
                },
            };
            let formatted = if *bom { format!("{BOM}{formatted}") } else { formatted };
            (name.clone(), formatted)
        })
        .collect()
}
