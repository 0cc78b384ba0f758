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
    let formatted = format_parsed(&asts, &texts, !diagnostics.has_errors(), indent_width);
    files
        .iter()
        .zip(sources.iter())
        .zip(formatted)
        .map(|(((name, _), (bom, _)), formatted)| {
            let formatted = if *bom { format!("{BOM}{formatted}") } else { formatted };
            (name.clone(), formatted)
        })
        .collect()
}

/// Formats the files of a schema that was just validated, reusing its syntax
/// trees instead of parsing again; the texts in file order. Gives what
/// [`reformat_multiple`] gives for the same files without their byte-order
/// marks (which [`crate::SourceFile`] removed).
pub fn reformat_validated(validated: &crate::ValidatedSchema, indent_width: usize) -> Vec<String> {
    let texts: Vec<&str> = validated.files.iter().map(|f| f.text.as_str()).collect();
    let parsed_cleanly = !validated.diagnostics.has_errors();
    if !parsed_cleanly {
        // The trees may hold syntax errors, which stop relation completion;
        // only a fresh parse tells them from other errors.
        let files: Vec<(String, String)> = validated.files.iter().map(|f| (f.name.clone(), f.text.clone())).collect();
        return reformat_multiple(&files, indent_width).into_iter().map(|(_, text)| text).collect();
    }
    format_parsed(&validated.asts, &texts, true, indent_width)
}

/// Completes relations (when `complete_relations`) and renders each parsed file.
fn format_parsed(
    asts: &[crate::ast::SchemaAst],
    texts: &[&str],
    complete_relations: bool,
    indent_width: usize,
) -> Vec<String> {
    let insertions = if complete_relations { missing_fields::insertions(asts, texts) } else { None };
    texts
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let bits = insertions.as_ref().and_then(|all| all.get(i)).filter(|bits| !bits.is_empty());
            match bits {
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
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    /// Formatting the trees of a validated schema gives what formatting the
    /// text gives, on every schema at hand, valid or not.
    #[test]
    fn reformat_validated_matches_reformat() {
        let files = crate::testing::schemas_at_hand();
        for path in &files {
            let Ok(text) = std::fs::read_to_string(path) else { continue };
            let text = text.strip_prefix(super::BOM).unwrap_or(&text);
            let validated = crate::validate(crate::SourceFile::new("schema.prisma", text));
            let reused = super::reformat_validated(&validated, 2);
            assert_eq!(reused, vec![super::reformat(text, 2)], "{}", path.display());
        }
        assert!(files.len() >= 2);
    }
}
