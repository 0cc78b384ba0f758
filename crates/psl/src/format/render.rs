//! Renders one parsed file the way `prisma format` prints it.
//!
//! The rules, in Prisma's words and ours:
//! - Top level: leading and trailing blank lines go; any run of blank lines
//!   becomes one; a block is always followed by a line break, so the line
//!   break after its `}` becomes a blank line before whatever follows on the
//!   next line. Unparseable text is written verbatim.
//! - Blocks: `keyword Name {`, the body indented, `}`. Text after `{` on the
//!   opening line is dropped. Blank lines at the start and end of the body go.
//! - Body lines are aligned in columns (see [`super::table`]); a blank line
//!   followed by a field, a value or an unparseable line starts a new
//!   alignment group; comments and unparseable lines do not.
//! - Block attributes (`@@…`) move to the end of the body, after one blank
//!   line, sorted (`id`, `unique`, `default`, `updatedAt`, `index`,
//!   `fulltext`, `map`, `relation`, `ignore`, then the others in source
//!   order); a comment block directly above an attribute moves with it.
//! - Field attributes are sorted the same way; enum value attributes are not.
//! - `/* … */` comments are rewritten as `/**`, ` * line`…, ` */`.

use super::table::{Output, Table};
use crate::ast::*;

/// Renders `ast`, parsed from `src`.
///
/// A large file is rendered in pieces (`parallel::text_pieces`), which the
/// threads claim in turn: the layout is cut just after a block, where the
/// output is at the start of an unindented line, so each piece renders as
/// it would in one pass.
pub(super) fn render(ast: &SchemaAst, src: &str, indent_width: usize) -> String {
    render_in_pieces(ast, src, indent_width, crate::parallel::text_pieces(src.len()))
}

/// [`render`] with the layout cut into at most `pieces` pieces.
fn render_in_pieces(ast: &SchemaAst, src: &str, indent_width: usize, pieces: usize) -> String {
    let mut items = ast.layout.as_slice();
    if matches!(items.first(), Some(TopItem::EmptyLines)) {
        items = &items[1..];
    }
    let cuts = piece_cuts(items, pieces);
    let mut text = if cuts.len() <= 2 {
        render_items(ast, items, src, indent_width, src.len() + src.len() / 4)
    } else {
        let capacity = (src.len() + src.len() / 4) / (cuts.len() - 1);
        let pieces =
            crate::parallel::run_pieces(&cuts, |range| render_items(ast, &items[range], src, indent_width, capacity));
        pieces.concat()
    };
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text
}

/// Where to cut `items` for rendering in pieces: `[0, …, items.len()]`, each
/// inner cut just after a block.
fn piece_cuts(items: &[TopItem], pieces: usize) -> Vec<usize> {
    let mut cuts = vec![0];
    for k in 1..pieces {
        let from = (items.len() * k / pieces).max(*cuts.last().unwrap_or(&0));
        if let Some(after_block) = items[from..].iter().position(|item| matches!(item, TopItem::Top(_))) {
            let cut = from + after_block + 1;
            if cut < items.len() && cut > *cuts.last().unwrap_or(&0) {
                cuts.push(cut);
            }
        }
    }
    cuts.push(items.len());
    cuts
}

/// Renders a run of layout items into a fresh output.
fn render_items(ast: &SchemaAst, items: &[TopItem], src: &str, indent_width: usize, capacity: usize) -> String {
    let mut out = Output::new(indent_width, capacity);
    let mut items = items.iter().peekable();
    while let Some(item) = items.next() {
        match item {
            TopItem::Top(i) => {
                if let Some(top) = ast.tops.get(*i) {
                    render_top(top, src, &mut out);
                }
            }
            TopItem::Comment(lines) => {
                let mut table = Table::default();
                comment_rows(lines.iter().map(String::as_str), &mut table);
                table.flush(&mut out);
            }
            TopItem::EmptyLines => {
                if items.peek().is_some() {
                    out.end_line();
                }
            }
            TopItem::CatchAll(text) => out.write(text),
        }
    }
    out.text
}

/// What the body of a block holds.
#[derive(Clone, Copy)]
enum Body<'a> {
    Model(&'a Model),
    Enum(&'a Enum),
    Config(&'a ConfigBlock),
}

impl<'a> Body<'a> {
    fn items(self) -> &'a [BlockItem] {
        match self {
            Body::Model(m) => &m.items,
            Body::Enum(e) => &e.items,
            Body::Config(c) => &c.items,
        }
    }

    fn attribute(self, i: usize) -> Option<&'a Attribute> {
        match self {
            Body::Model(m) => m.attributes.get(i),
            Body::Enum(e) => e.attributes.get(i),
            Body::Config(_) => None,
        }
    }
}

fn render_top(top: &Top, src: &str, out: &mut Output) {
    let (keyword, name, body) = match top {
        Top::Model(m) => (if m.is_view { "view" } else { "model" }, &m.name, Body::Model(m)),
        Top::CompositeType(m) => ("type", &m.name, Body::Model(m)),
        Top::Enum(e) => ("enum", &e.name, Body::Enum(e)),
        Top::Source(c) => ("datasource", &c.name, Body::Config(c)),
        Top::Generator(c) => ("generator", &c.name, Body::Config(c)),
    };
    out.write(keyword);
    out.write(" ");
    out.write(&name.name);
    out.write(" {");
    out.end_line();
    out.indent_up();
    render_body(body, src, out);
    out.indent_down();
    out.write("}");
    out.end_line();
}

/// One element of a body as Prisma's grammar sees it: consecutive comment
/// lines are one comment block.
enum Element<'a> {
    Line(usize),
    Attribute(usize),
    Comments(Vec<&'a str>),
    EmptyLines,
    CatchAll(&'a str),
}

fn elements(items: &[BlockItem]) -> Vec<Element<'_>> {
    let mut out: Vec<Element<'_>> = Vec::with_capacity(items.len());
    for item in items {
        match item {
            BlockItem::Field(i) => out.push(Element::Line(*i)),
            BlockItem::Attribute(i) => out.push(Element::Attribute(*i)),
            BlockItem::Comment(text) => match out.last_mut() {
                Some(Element::Comments(lines)) => lines.push(text),
                _ => out.push(Element::Comments(vec![text])),
            },
            BlockItem::EmptyLines => {
                if !matches!(out.last(), Some(Element::EmptyLines)) {
                    out.push(Element::EmptyLines);
                }
            }
            BlockItem::CatchAll(text) => out.push(Element::CatchAll(text)),
        }
    }
    out
}

fn render_body(body: Body<'_>, src: &str, out: &mut Output) {
    let elements = elements(body.items());
    let mut elements = elements.iter().peekable();
    let mut table = Table::default();
    // Block attributes, each with the comment block that sat right above it.
    let mut attributes: Vec<(Option<&[&str]>, &Attribute)> = Vec::new();
    let mut pending_comments: Option<&[&str]> = None;

    if matches!(elements.peek(), Some(Element::EmptyLines)) {
        elements.next();
    }
    loop {
        let ate_empty_lines = matches!(elements.peek(), Some(Element::EmptyLines));
        if ate_empty_lines {
            elements.next();
            match elements.peek() {
                None | Some(Element::Attribute(_)) | Some(Element::Comments(_)) => {}
                Some(_) => {
                    table.flush(out);
                    table.new_row();
                }
            }
        }
        let Some(element) = elements.next() else { break };
        match element {
            Element::Comments(lines) => {
                if matches!(elements.peek(), Some(Element::Attribute(_))) {
                    pending_comments = Some(lines);
                } else {
                    if ate_empty_lines {
                        table.flush(out);
                        table.new_row();
                    }
                    comment_rows(lines.iter().copied(), &mut table);
                }
            }
            Element::Line(i) => match body {
                Body::Model(m) => {
                    if let Some(field) = m.fields.get(*i) {
                        field_row(field, src, &mut table);
                    }
                }
                Body::Enum(e) => {
                    if let Some(value) = e.values.get(*i) {
                        enum_value_row(value, src, &mut table);
                    }
                }
                Body::Config(c) => {
                    if let Some(property) = c.properties.get(*i) {
                        property_row(property, src, &mut table);
                    }
                }
            },
            Element::Attribute(i) => {
                if let Some(attribute) = body.attribute(*i) {
                    attributes.push((pending_comments.take(), attribute));
                }
            }
            Element::CatchAll(text) => table.verbatim(text.trim_end_matches('\n')),
            Element::EmptyLines => {}
        }
    }
    table.flush(out);
    if !attributes.is_empty() {
        table.new_row();
    }
    attributes.sort_by_key(|(_, a)| attribute_rank(&a.name.name));
    for (comments, attribute) in attributes {
        if let Some(lines) = comments {
            comment_rows(lines.iter().copied(), &mut table);
        }
        table.new_row();
        let cell = table.cell(0);
        cell.push_str("@@");
        write_call(attribute, src, cell);
        if let Some(comment) = &attribute.trailing_comment {
            table.suffix(comment);
        }
    }
    table.flush(out);
}

/// Where an attribute goes when attributes are sorted.
fn attribute_rank(name: &str) -> usize {
    ATTRIBUTE_ORDER.iter().position(|n| *n == name).unwrap_or(usize::MAX)
}

const ATTRIBUTE_ORDER: [&str; 9] =
    ["id", "unique", "default", "updatedAt", "index", "fulltext", "map", "relation", "ignore"];

const NAME_COLUMN: usize = 0;
const TYPE_COLUMN: usize = 1;
const ATTRIBUTES_COLUMN: usize = 2;

fn field_row(field: &Field, src: &str, table: &mut Table) {
    table.new_row();
    table.cell(NAME_COLUMN).push_str(&field.name.name);
    if let Some(field_type) = &field.field_type {
        let cell = table.cell(TYPE_COLUMN);
        match field_type {
            FieldType::Supported(id) => cell.push_str(&id.name),
            FieldType::Unsupported(value, span) => cell.push_str(source_or(src, *span, value)),
        }
        cell.push_str(match (field.arity, field.type_syntax) {
            (_, TypeSyntax::OptionalList) => "[]?",
            (FieldArity::List, _) => "[]",
            (FieldArity::Optional, _) => "?",
            (FieldArity::Required, _) => "",
        });
    }
    if let Some(comment) = &field.trailing_comment {
        table.suffix(comment);
    }
    let cell = table.cell(ATTRIBUTES_COLUMN);
    // Sorted by rank, stable: one pass per rank (fields have few attributes).
    let ranks = (0..=ATTRIBUTE_ORDER.len()).flat_map(|rank| {
        field.attributes.iter().filter(move |a| attribute_rank(&a.name.name).min(ATTRIBUTE_ORDER.len()) == rank)
    });
    for (i, attribute) in ranks.enumerate() {
        if i > 0 {
            cell.push(' ');
        }
        cell.push('@');
        write_call(attribute, src, cell);
    }
}

fn enum_value_row(value: &EnumValue, src: &str, table: &mut Table) {
    table.new_row();
    table.cell(0).push_str(&value.name.name);
    for attribute in &value.attributes {
        let cell = table.cell(1);
        cell.push('@');
        write_call(attribute, src, cell);
    }
    if let Some(comment) = &value.trailing_comment {
        table.suffix(comment);
    }
}

fn property_row(property: &ConfigProperty, src: &str, table: &mut Table) {
    table.new_row();
    table.cell(0).push_str(&property.name.name);
    if let Some(value) = &property.value {
        let cell = table.cell(1);
        cell.push_str("= ");
        write_expression(value, src, cell);
    }
    if let Some(comment) = &property.trailing_comment {
        table.suffix(comment);
    }
}

/// Comment lines as rows without cells; `/* … */` comments canonicalised.
///
/// Like Prisma, the text of a `/* … */` comment is taken as its raw text
/// minus two bytes at each end, so blanks kept before a comment that is not
/// the first of its block shift what is seen as the inside.
fn comment_rows<'a>(lines: impl Iterator<Item = &'a str>, table: &mut Table) {
    for line in lines {
        let trimmed = line.trim_start();
        if !trimmed.starts_with("/*") {
            table.new_row();
            table.suffix(trimmed);
            continue;
        }
        let inner = line
            .len()
            .checked_sub(2)
            .and_then(|end| line.get(2..end))
            .or_else(|| trimmed.get(2..trimmed.len().saturating_sub(2)))
            .unwrap_or_default();
        table.new_row();
        table.suffix("/**");
        for text in inner.lines() {
            let text = text.trim();
            let text = text.strip_prefix('*').map(str::trim_start).unwrap_or(text);
            if !text.is_empty() {
                table.new_row();
                table.suffix(" * ");
                table.suffix(text);
            }
        }
        table.new_row();
        table.suffix(" */");
    }
}

/// `name(arguments)` of an attribute, without its `@` or `@@`.
fn write_call(attribute: &Attribute, src: &str, out: &mut String) {
    out.push_str(&attribute.name.name);
    if attribute.has_parens {
        write_arguments(&attribute.arguments, src, out);
    }
}

/// `(a, name: b, empty: )`: arguments in source order, trailing comma dropped.
fn write_arguments(list: &ArgumentsList, src: &str, out: &mut String) {
    if list.empty_arguments().is_empty() {
        out.push('(');
        for (i, a) in list.arguments.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            if let Some(name) = &a.name {
                out.push_str(&name.name);
                out.push_str(": ");
            }
            write_expression(&a.value, src, out);
        }
        out.push(')');
        return;
    }
    enum Arg<'a> {
        Value(&'a Argument),
        Empty(&'a Identifier),
    }
    let mut args: Vec<(usize, Arg<'_>)> = list.arguments.iter().map(|a| (a.span.start(), Arg::Value(a))).collect();
    args.extend(list.empty_arguments().iter().map(|e| (e.span.start(), Arg::Empty(e))));
    args.sort_by_key(|(start, _)| *start);
    out.push('(');
    for (i, (_, arg)) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        match arg {
            Arg::Value(a) => {
                if let Some(name) = &a.name {
                    out.push_str(&name.name);
                    out.push_str(": ");
                }
                write_expression(&a.value, src, out);
            }
            Arg::Empty(name) => {
                out.push_str(&name.name);
                out.push_str(": ");
            }
        }
    }
    out.push(')');
}

fn write_expression(expression: &Expression, src: &str, out: &mut String) {
    match expression {
        Expression::NumericValue(text, _) | Expression::ConstantValue(text, _) => out.push_str(text),
        Expression::StringValue(value, span) => match src.get(span.start()..span.end()) {
            Some(raw) => out.push_str(raw),
            None => {
                out.push('"');
                out.push_str(value);
                out.push('"');
            }
        },
        Expression::Function(name, arguments, _) => {
            out.push_str(name);
            write_arguments(arguments, src, out);
        }
        Expression::Array(items, _) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_expression(item, src, out);
            }
            out.push(']');
        }
    }
}

/// The source text of `span`, or `fallback` when the span does not fit `src`.
fn source_or<'a>(src: &'a str, span: crate::Span, fallback: &'a str) -> &'a str {
    src.get(span.start()..span.end()).unwrap_or(fallback)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_render_like_one_pass() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut paths = vec![root.join("benches/fixtures/models_164.prisma")];
        for entry in std::fs::read_dir(root.join("../../examples")).into_iter().flatten().flatten() {
            paths.push(entry.path().join("prisma/schema.prisma"));
        }
        let mut seen = 0;
        for path in paths {
            let Ok(src) = std::fs::read_to_string(&path) else { continue };
            let src = format!("\n\n// lead\n{src}\nnot a block\n// tail");
            let ast =
                crate::parser::parse_schema(&src, crate::span::FileId(0), &mut crate::diagnostics::Diagnostics::new());
            let whole = render_in_pieces(&ast, &src, 2, 1);
            for pieces in [2, 3, 8] {
                assert_eq!(render_in_pieces(&ast, &src, 2, pieces), whole, "{} in {pieces} pieces", path.display());
            }
            seen += 1;
        }
        assert!(seen >= 2);
    }
}
