//! The parser: schema text → [`SchemaAst`].
//!
//! A hand-written recursive-descent parser with the exact grammar of Prisma
//! 6.19's schema language (a PEG; ordered choice, backtracking per rule).
//! It never fails: lines it cannot read become diagnostics and
//! [`TopItem::CatchAll`] / [`BlockItem::CatchAll`] entries, so the formatter
//! can still reproduce them.

mod cursor;

use crate::ast::*;
use crate::diagnostics::Diagnostics;
use crate::span::{FileId, Span};
use cursor::Cursor;

/// Parses one file. Syntax errors go to `diagnostics`.
///
/// A large file is parsed in pieces on several threads (see `parse_in_pieces`);
/// the result is the same tree the sequential parse builds.
pub fn parse_schema(src: &str, file: FileId, diagnostics: &mut Diagnostics) -> SchemaAst {
    if let Some(ast) = parse_in_pieces(src, file) {
        return ast;
    }
    parse_from(src, 0, file, diagnostics)
}

/// Parses `src` from byte `start` to its end (spans stay relative to all of `src`).
fn parse_from(src: &str, start: usize, file: FileId, diagnostics: &mut Diagnostics) -> SchemaAst {
    let mut c = Cursor::new(src, file);
    c.pos = start;
    let mut p = Parser {
        c,
        diagnostics,
        fields: Vec::new(),
        attributes: Vec::new(),
        arguments: Vec::new(),
        expressions: Vec::new(),
        items: Vec::new(),
    };
    p.schema()
}

/// Parses a large file (`parallel::text_pieces`) in pieces, which the threads
/// claim in turn, or returns `None` when it should be parsed sequentially.
///
/// A file is cut only just after a `}` that starts a line and is followed by a
/// line break: there a sequential parse has just finished a block and starts
/// afresh (no pending documentation comment, the line break becomes the
/// `EmptyLines` item that always follows a block). Each piece is parsed on
/// its own; the pieces are kept only if none of them has a diagnostic and
/// each piece but the last ends with a block that ends exactly at the cut,
/// which is when the sequential parse makes the same decisions. Otherwise
/// (syntax errors, a `}` inside something unfinished) the file is parsed
/// sequentially, so diagnostics and recovery are always the sequential ones.
fn parse_in_pieces(src: &str, file: FileId) -> Option<SchemaAst> {
    parse_split(src, file, crate::parallel::text_pieces(src.len()))
}

/// Parses `src` cut into up to `pieces` pieces, which the threads claim in
/// turn (see [`parse_in_pieces`]).
fn parse_split(src: &str, file: FileId, pieces: usize) -> Option<SchemaAst> {
    if pieces < 2 {
        return None;
    }
    let mut cuts = vec![0];
    for k in 1..pieces {
        let last = *cuts.last()?;
        match block_end_after(src, (src.len() * k / pieces).max(last)) {
            Some(cut) if cut > last && cut < src.len() => cuts.push(cut),
            _ => break,
        }
    }
    if cuts.len() < 2 {
        return None;
    }
    cuts.push(src.len());
    let pieces = crate::parallel::run_pieces(&cuts, |range| parse_piece(src, range.start, range.end, file));
    let mut ast = SchemaAst::default();
    for piece in pieces {
        let mut piece = piece?;
        let offset = ast.tops.len();
        ast.tops.append(&mut piece.tops);
        ast.layout.extend(std::mem::take(&mut piece.layout).into_iter().map(|item| match item {
            TopItem::Top(i) => TopItem::Top(i + offset),
            other => other,
        }));
    }
    Some(ast)
}

/// Parses `src[start..end]` as one piece of a file; `None` if the piece has a
/// diagnostic or (unless it is the last) does not end with a whole block.
fn parse_piece(src: &str, start: usize, end: usize, file: FileId) -> Option<SchemaAst> {
    let mut diagnostics = Diagnostics::new();
    let ast = parse_from(&src[..end], start, file, &mut diagnostics);
    if !diagnostics.is_empty() {
        return None;
    }
    if end < src.len() {
        let ends_with_block = match ast.layout.last() {
            Some(TopItem::Top(i)) => ast.tops.get(*i).is_some_and(|top| top.span().end() == end),
            _ => false,
        };
        if !ends_with_block {
            return None;
        }
    }
    Some(ast)
}

/// The first position at or after `from` that directly follows a `}` standing
/// at the start of a line and followed by a line break.
fn block_end_after(src: &str, from: usize) -> Option<usize> {
    let found = src.as_bytes().get(from..)?.windows(3).position(|w| w == b"\n}\n" || w == b"\n}\r")?;
    Some(from + found + 2)
}

struct Parser<'a, 'd> {
    c: Cursor<'a>,
    diagnostics: &'d mut Diagnostics,
    // Scratch stacks: the elements of a list are pushed here, and the list
    // gets a vector of exactly its length when it is complete. (A vector
    // grown by pushes reserves room for four elements, then doubles: the
    // unused room made the AST of a large schema almost twice as big, and
    // validating it slower.) Nested lists push above their parent's
    // elements and take them off before the parent continues.
    fields: Vec<Field>,
    /// Field attributes, and a model's block attributes below them.
    attributes: Vec<Attribute>,
    arguments: Vec<Argument>,
    expressions: Vec<Expression>,
    /// A model's layout items.
    items: Vec<BlockItem>,
}

/// A run of comment lines and the `///` documentation it carries.
struct CommentBlock {
    lines: Vec<String>,
    doc: Option<String>,
}

enum Keyword {
    Model,
    View,
    Type,
}

impl<'a, 'd> Parser<'a, 'd> {
    fn error(&mut self, message: impl Into<String>, span: Span) {
        self.diagnostics.push_error(message, span);
    }

    fn schema(&mut self) -> SchemaAst {
        let mut ast = SchemaAst::default();
        let mut pending_doc: Option<String> = None;
        loop {
            self.c.skip_ws();
            if self.c.at_end() {
                break;
            }
            if let Some(block) = self.comment_block() {
                pending_doc = block.doc;
                ast.layout.push(TopItem::Comment(block.lines));
                continue;
            }
            if self.empty_lines() {
                pending_doc = None;
                ast.layout.push(TopItem::EmptyLines);
                continue;
            }
            let doc = pending_doc.take();
            if let Some(top) = self.top_declaration(doc) {
                ast.layout.push(TopItem::Top(ast.tops.len()));
                ast.tops.push(top);
                continue;
            }
            let start = self.c.pos;
            if self.type_alias() {
                let span = self.c.span(start);
                ast.layout.push(TopItem::CatchAll(self.c.src[start..self.c.pos].to_string()));
                self.error(
                    "Error validating: Invalid type definition. Please check the documentation in https://pris.ly/d/composite-types",
                    span,
                );
                continue;
            }
            if self.arbitrary_block() {
                let span = self.c.span(start);
                ast.layout.push(TopItem::CatchAll(self.c.src[start..self.c.pos].to_string()));
                self.error(
                    "Error validating: This block is invalid. It does not start with any known Prisma schema keyword. Valid keywords include 'model', 'enum', 'type', 'datasource' and 'generator'.",
                    span,
                );
                continue;
            }
            self.c.skip_to_eol();
            self.c.eat_newline();
            let span = self.c.span(start);
            ast.layout.push(TopItem::CatchAll(self.c.src[start..self.c.pos].to_string()));
            self.error(
                "Error validating: This line is invalid. It does not start with any known Prisma schema keyword.",
                span,
            );
        }
        ast
    }

    fn top_declaration(&mut self, doc: Option<String>) -> Option<Top> {
        let start = self.c.pos;
        let kw = if self.c.eat("model") {
            Some(Keyword::Model)
        } else if self.c.eat("type") {
            Some(Keyword::Type)
        } else if self.c.eat("view") {
            Some(Keyword::View)
        } else {
            None
        };
        if let Some(kw) = kw {
            let keyword_span = self.c.span(start);
            if let Some(model) = self.model_declaration(start, keyword_span, &kw, doc.clone()) {
                return Some(match kw {
                    Keyword::Type => Top::CompositeType(model),
                    _ => Top::Model(model),
                });
            }
            self.c.pos = start;
        }
        if self.c.eat("enum") {
            if let Some(e) = self.enum_declaration(start, doc.clone()) {
                return Some(Top::Enum(e));
            }
            self.c.pos = start;
        }
        for (keyword, is_source) in [("datasource", true), ("generator", false)] {
            if self.c.eat(keyword) {
                if let Some(block) = self.config_block(start, keyword, doc.clone()) {
                    return Some(if is_source { Top::Source(block) } else { Top::Generator(block) });
                }
                self.c.pos = start;
            }
        }
        None
    }

    /// `{` and the rest of its line, up to and including the newline.
    fn block_open(&mut self) -> Option<String> {
        if !self.c.eat("{") {
            return None;
        }
        let start = self.c.pos;
        self.c.skip_to_eol();
        let trailing = self.c.src[start..self.c.pos].trim().to_string();
        self.c.eat_newline().then_some(trailing)
    }

    fn model_declaration(
        &mut self,
        start: usize,
        keyword_span: Span,
        kw: &Keyword,
        doc: Option<String>,
    ) -> Option<Model> {
        self.c.skip_ws();
        let (name, name_span) = self.c.identifier()?;
        self.c.skip_ws();
        let open_trailing = self.block_open()?;
        let container = match kw {
            Keyword::Model => "model",
            Keyword::View => "view",
            Keyword::Type => "type",
        };
        let mut model = Model {
            name: Identifier { name, span: name_span },
            fields: Vec::new(),
            attributes: Vec::new(),
            documentation: doc,
            is_view: matches!(kw, Keyword::View),
            span: Span::empty(),
            keyword_span,
            items: Vec::new(),
            open_trailing,
        };
        let mut pending_doc: Option<String> = None;
        let mut errors = Vec::new();
        let mark = self.fields.len();
        let items_mark = self.items.len();
        let attributes_mark = self.attributes.len();
        loop {
            self.c.skip_ws();
            if self.c.eat("}") {
                break;
            }
            if self.c.at_end() {
                self.fields.truncate(mark);
                self.items.truncate(items_mark);
                self.attributes.truncate(attributes_mark);
                return None;
            }
            let line_start = self.c.pos;
            if let Some(field) = self.field_declaration(pending_doc.take()) {
                if field.field_type.is_none() {
                    errors.push((
                        format!(
                            "Error validating {container} \"{}\": This field declaration is invalid. It is either missing a name or a type.",
                            model.name.name
                        ),
                        field.span,
                    ));
                }
                self.items.push(BlockItem::Field(self.fields.len() - mark));
                self.fields.push(field);
                continue;
            }
            self.c.pos = line_start;
            if let Some(attr) = self.block_attribute() {
                // `block_attribute ~ NEWLINE`: blanks may sit between them.
                self.c.skip_ws();
                if self.c.eat_newline() {
                    self.items.push(BlockItem::Attribute(self.attributes.len() - attributes_mark));
                    self.attributes.push(attr);
                    pending_doc = None;
                    continue;
                }
                self.c.pos = line_start;
            }
            if let Some(block) = self.comment_block() {
                pending_doc = block.doc;
                self.items.extend(block.lines.into_iter().map(BlockItem::Comment));
                continue;
            }
            if self.empty_lines() {
                pending_doc = None;
                self.items.push(BlockItem::EmptyLines);
                continue;
            }
            pending_doc = None;
            let text = self.catch_all_line();
            self.items.push(BlockItem::CatchAll(text));
            errors.push((
                "Error validating: This line is not a valid field or attribute definition.".to_string(),
                self.c.span(line_start),
            ));
        }
        model.span = self.c.span(start);
        model.fields = take_from(&mut self.fields, mark);
        model.attributes = take_from(&mut self.attributes, attributes_mark);
        model.items = take_from(&mut self.items, items_mark);
        for (message, span) in errors {
            self.error(message, span);
        }
        Some(model)
    }

    /// Consumes the rest of the line (at least one character) and its newline;
    /// returns them verbatim.
    fn catch_all_line(&mut self) -> String {
        let start = self.c.pos;
        self.c.skip_to_eol();
        self.c.eat_newline();
        self.c.src[start..self.c.pos].to_string()
    }

    fn field_declaration(&mut self, doc: Option<String>) -> Option<Field> {
        let start = self.c.pos;
        let (name, name_span) = self.c.identifier()?;
        self.c.skip_ws();
        let legacy_colon = self.c.eat(":");
        self.c.skip_ws();
        let ty = self.field_type();
        let mark = self.attributes.len();
        loop {
            self.c.skip_ws();
            let save = self.c.pos;
            match self.field_attribute() {
                Some(a) => self.attributes.push(a),
                None => {
                    self.c.pos = save;
                    break;
                }
            }
        }
        self.c.skip_ws();
        let trailing = self.trailing_comment();
        self.c.skip_ws();
        if !self.c.eat_newline() {
            self.attributes.truncate(mark);
            self.c.pos = start;
            return None;
        }
        let attributes: Vec<Attribute> = take_from(&mut self.attributes, mark);
        let span = self.c.span(start);
        let (field_type, arity, type_syntax) = match ty {
            Some((t, a, s)) => (Some(t), a, s),
            None => (None, FieldArity::Required, TypeSyntax::Regular),
        };
        let mut documentation = doc;
        if let Some(text) = trailing.as_deref().and_then(doc_text) {
            documentation = Some(match documentation {
                Some(d) => format!("{d}\n{text}"),
                None => text,
            });
        }
        if legacy_colon {
            self.error("Field declarations don't require a `:`.", span);
        }
        if let Some(t) = &field_type {
            let type_span = t.span();
            match type_syntax {
                TypeSyntax::OptionalList => {
                    self.error("Optional lists are not supported. Use either `Type[]` or `Type?`.", type_span)
                }
                TypeSyntax::LegacyRequired => {
                    self.error("Fields are required by default, `!` is no longer required.", type_span)
                }
                TypeSyntax::LegacyList => {
                    self.error("To specify a list, please use `Type[]` instead of `[Type]`.", type_span)
                }
                TypeSyntax::Regular => {}
            }
        }
        Some(Field {
            name: Identifier { name, span: name_span },
            field_type,
            arity,
            type_syntax,
            attributes,
            documentation,
            trailing_comment: trailing,
            legacy_colon,
            span,
        })
    }

    /// The ordered alternatives of `field_type`.
    fn field_type(&mut self) -> Option<(FieldType, FieldArity, TypeSyntax)> {
        let start = self.c.pos;
        if let Some(base) = self.base_type() {
            let after_base = self.c.pos;
            self.c.skip_ws();
            if self.c.eat("[]") {
                let after_list = self.c.pos;
                self.c.skip_ws();
                if self.c.eat("?") {
                    return Some((base, FieldArity::List, TypeSyntax::OptionalList));
                }
                self.c.pos = after_list;
                return Some((base, FieldArity::List, TypeSyntax::Regular));
            }
            if self.c.eat("?") {
                return Some((base, FieldArity::Optional, TypeSyntax::Regular));
            }
            if self.c.eat("!") {
                return Some((base, FieldArity::Required, TypeSyntax::LegacyRequired));
            }
            self.c.pos = after_base;
            return Some((base, FieldArity::Required, TypeSyntax::Regular));
        }
        self.c.pos = start;
        if self.c.eat("[") {
            self.c.skip_ws();
            if let Some(base) = self.base_type() {
                self.c.skip_ws();
                if self.c.eat("]") {
                    return Some((base, FieldArity::List, TypeSyntax::LegacyList));
                }
            }
        }
        self.c.pos = start;
        None
    }

    fn base_type(&mut self) -> Option<FieldType> {
        let start = self.c.pos;
        if self.c.eat("Unsupported(") {
            self.c.skip_ws();
            if let Some((value, _)) = self.c.string_literal() {
                self.c.skip_ws();
                if self.c.eat(")") {
                    return Some(FieldType::Unsupported(value.as_str().to_owned(), self.c.span(start)));
                }
            }
            self.c.pos = start;
        }
        let (name, span) = self.c.identifier()?;
        Some(FieldType::Supported(Identifier { name, span }))
    }

    fn field_attribute(&mut self) -> Option<Attribute> {
        let start = self.c.pos;
        if self.c.starts_with("@@") || !self.c.eat("@") {
            return None;
        }
        self.attribute_body(start)
    }

    fn block_attribute(&mut self) -> Option<Attribute> {
        let start = self.c.pos;
        if !self.c.eat("@@") {
            return None;
        }
        let Some(mut attr) = self.attribute_body(start) else {
            self.c.pos = start;
            return None;
        };
        // `"@@" ~ path ~ arguments_list? ~ trailing_comment?`: the blanks
        // and the comment after the arguments are part of the attribute.
        self.c.skip_ws();
        attr.trailing_comment = self.trailing_comment();
        attr.span = self.c.span(start);
        Some(attr)
    }

    /// `path ~ arguments_list?` after the `@`/`@@`. As in Prisma's grammar,
    /// the blanks between the path and a missing argument list stay
    /// consumed: they belong to the attribute's span (`@unique ` in
    /// `@unique @db.Text`), and diagnostics underline them.
    fn attribute_body(&mut self, start: usize) -> Option<Attribute> {
        self.c.skip_ws();
        let (name, name_span) = self.c.path()?;
        self.c.skip_ws();
        let (arguments, has_parens) = match self.arguments_list() {
            Some(args) => (args, true),
            None => (ArgumentsList::default(), false),
        };
        Some(Attribute {
            name: Identifier { name, span: name_span },
            arguments,
            has_parens,
            span: self.c.span(start),
            trailing_comment: None,
        })
    }

    fn arguments_list(&mut self) -> Option<ArgumentsList> {
        let start = self.c.pos;
        if !self.c.eat("(") {
            return None;
        }
        let mut list = ArgumentsList::default();
        let mark = self.arguments.len();
        self.c.skip_ws();
        if self.argument(&mut list) {
            loop {
                let save = self.c.pos;
                self.c.skip_ws();
                if self.c.eat(",") {
                    self.c.skip_ws();
                    if self.argument(&mut list) {
                        continue;
                    }
                }
                self.c.pos = save;
                break;
            }
        }
        self.c.skip_ws();
        let comma_start = self.c.pos;
        if self.c.eat(",") {
            list.set_trailing_comma(self.c.span(comma_start));
        }
        self.c.skip_ws();
        if !self.c.eat(")") {
            self.arguments.truncate(mark);
            self.c.pos = start;
            return None;
        }
        list.arguments = take_from(&mut self.arguments, mark);
        list.span = self.c.span(start);
        Some(list)
    }

    /// `named_argument | empty_argument | expression`.
    fn argument(&mut self, list: &mut ArgumentsList) -> bool {
        let start = self.c.pos;
        if self.c.scan_identifier() {
            let span = self.c.span(start);
            self.c.skip_ws();
            if self.c.eat_byte(b':') {
                let name = SmolStr::new(&self.c.src[span.start()..span.end()]);
                let after_colon = self.c.pos;
                self.c.skip_ws();
                if let Some(value) = self.expression() {
                    self.arguments.push(Argument {
                        name: Some(Identifier { name, span }),
                        value,
                        span: self.c.span(start),
                    });
                    return true;
                }
                self.c.pos = after_colon;
                list.push_empty_argument(Identifier { name, span });
                return true;
            }
        }
        self.c.pos = start;
        match self.expression() {
            Some(value) => {
                self.arguments.push(Argument { name: None, value, span: self.c.span(start) });
                true
            }
            None => {
                self.c.pos = start;
                false
            }
        }
    }

    /// `expression = function_call | array_expression | numeric_literal |
    /// string_literal | path`, decided in one pass: the first byte rules out
    /// most alternatives, and a path is scanned once — a function call when
    /// an argument list follows, else a number when it starts with a digit
    /// (identifiers may start with one: `1a` is the number `1` followed by
    /// garbage, as in Prisma), else a constant.
    fn expression(&mut self) -> Option<Expression> {
        let start = self.c.pos;
        match self.c.byte()? {
            b'[' => return self.array_expression(start),
            b'"' => return self.c.string_literal().map(|(s, span)| Expression::StringValue(s, span)),
            b'-' => return self.numeric_literal(start),
            _ => {}
        }
        if !self.c.scan_path() {
            return None;
        }
        let path_end = self.c.pos;
        self.c.skip_ws();
        if self.c.byte() == Some(b'(') {
            if let Some(args) = self.arguments_list() {
                let name = SmolStr::new(&self.c.src[start..path_end]);
                return Some(Expression::Function(name, Box::new(args), self.c.span(start)));
            }
        }
        if self.c.src.as_bytes()[start].is_ascii_digit() {
            self.c.pos = start;
            return self.numeric_literal(start);
        }
        self.c.pos = path_end;
        Some(Expression::ConstantValue(SmolStr::new(self.c.text_from(start)), self.c.span(start)))
    }

    fn numeric_literal(&mut self, start: usize) -> Option<Expression> {
        self.c
            .scan_numeric()
            .then(|| Expression::NumericValue(SmolStr::new(self.c.text_from(start)), self.c.span(start)))
    }

    /// `"[" ~ (expression ~ ("," ~ expression)*)? ~ "]"`.
    fn array_expression(&mut self, start: usize) -> Option<Expression> {
        self.c.pos += 1;
        let mark = self.expressions.len();
        self.c.skip_ws();
        if let Some(first) = self.expression() {
            self.expressions.push(first);
            loop {
                let save = self.c.pos;
                self.c.skip_ws();
                if self.c.eat_byte(b',') {
                    self.c.skip_ws();
                    if let Some(e) = self.expression() {
                        self.expressions.push(e);
                        continue;
                    }
                }
                self.c.pos = save;
                break;
            }
        }
        self.c.skip_ws();
        if self.c.eat_byte(b']') {
            let items = take_from(&mut self.expressions, mark);
            return Some(Expression::Array(items, self.c.span(start)));
        }
        self.expressions.truncate(mark);
        self.c.pos = start;
        None
    }

    /// One `//`, `///` or `/* … */` comment on the current line (leading whitespace allowed).
    fn single_comment(&mut self) -> Option<String> {
        let start = self.c.pos;
        self.c.skip_ws();
        let text_start = self.c.pos;
        if self.c.eat("//") {
            self.c.skip_to_eol();
            return Some(self.c.src[text_start..self.c.pos].to_string());
        }
        if self.c.eat("/*") {
            match self.c.rest().find("*/") {
                Some(i) => {
                    self.c.pos += i + 2;
                    return Some(self.c.src[text_start..self.c.pos].to_string());
                }
                None => {
                    self.c.pos = start;
                    return None;
                }
            }
        }
        self.c.pos = start;
        None
    }

    fn trailing_comment(&mut self) -> Option<String> {
        self.single_comment()
    }

    /// `comment_block = ((doc_comment | comment | multi_line_comment) ~ NEWLINE?)+`.
    fn comment_block(&mut self) -> Option<CommentBlock> {
        let mut lines = Vec::new();
        let mut docs = Vec::new();
        loop {
            // A comment after the first keeps the blanks before it, as in Prisma's grammar.
            let line_start = self.c.pos;
            let Some(text) = self.single_comment() else { break };
            if let Some(d) = doc_text(&text) {
                docs.push(d);
            }
            lines.push(self.c.src[line_start..self.c.pos].to_string());
            self.c.eat_newline();
        }
        if lines.is_empty() {
            return None;
        }
        let doc = (!docs.is_empty()).then(|| docs.join("\n"));
        Some(CommentBlock { lines, doc })
    }

    /// `empty_lines = (WHITESPACE* ~ NEWLINE)+`.
    fn empty_lines(&mut self) -> bool {
        let mut any = false;
        loop {
            let save = self.c.pos;
            self.c.skip_ws();
            if self.c.eat_newline() {
                any = true;
            } else {
                self.c.pos = save;
                return any;
            }
        }
    }

    /// `type_alias = TYPE_KEYWORD ~ identifier ~ "=" ~ base_type ~ field_attribute*`.
    ///
    /// Ends where Prisma's grammar ends it: whitespace after the base type or
    /// after an attribute without arguments belongs to the alias (the implicit
    /// whitespace before an optional part that does not match is not given back).
    fn type_alias(&mut self) -> bool {
        let start = self.c.pos;
        if self.type_alias_head().is_none() {
            self.c.pos = start;
            return false;
        }
        self.c.skip_ws();
        let mut first = true;
        loop {
            let save = self.c.pos;
            if !first {
                self.c.skip_ws();
            }
            if !self.c.eat("@") {
                self.c.pos = save;
                break;
            }
            self.c.skip_ws();
            if self.c.path().is_none() {
                self.c.pos = save;
                break;
            }
            // Whitespace skipped before missing arguments stays consumed.
            self.c.skip_ws();
            let _ = self.arguments_list();
            first = false;
        }
        true
    }

    /// `TYPE_KEYWORD ~ identifier ~ "=" ~ base_type`.
    fn type_alias_head(&mut self) -> Option<()> {
        self.c.eat("type").then_some(())?;
        self.c.skip_ws();
        self.c.identifier()?;
        self.c.skip_ws();
        self.c.eat("=").then_some(())?;
        self.c.skip_ws();
        self.base_type().map(|_| ())
    }

    /// `identifier BLOCK_OPEN … }`: a block without a known keyword.
    fn arbitrary_block(&mut self) -> bool {
        let start = self.c.pos;
        if self.c.identifier().is_some() {
            self.c.skip_ws();
            if self.block_open().is_some() {
                if let Some(i) = self.c.rest().find('}') {
                    self.c.pos += i + 1;
                    return true;
                }
            }
        }
        self.c.pos = start;
        false
    }

    fn enum_declaration(&mut self, start: usize, doc: Option<String>) -> Option<Enum> {
        self.c.skip_ws();
        let (name, name_span) = self.c.identifier()?;
        self.c.skip_ws();
        let open_trailing = self.block_open()?;
        let mut e = Enum {
            name: Identifier { name, span: name_span },
            values: Vec::new(),
            attributes: Vec::new(),
            documentation: doc,
            span: Span::empty(),
            items: Vec::new(),
            open_trailing,
        };
        let mut pending_doc: Option<String> = None;
        let mut errors = Vec::new();
        loop {
            self.c.skip_ws();
            if self.c.eat("}") {
                break;
            }
            if self.c.at_end() {
                return None;
            }
            let line_start = self.c.pos;
            if let Some(value) = self.enum_value(pending_doc.take()) {
                e.items.push(BlockItem::Field(e.values.len()));
                e.values.push(value);
                continue;
            }
            self.c.pos = line_start;
            if let Some(attr) = self.block_attribute() {
                // `block_attribute ~ NEWLINE`: blanks may sit between them.
                self.c.skip_ws();
                if self.c.eat_newline() {
                    e.items.push(BlockItem::Attribute(e.attributes.len()));
                    e.attributes.push(attr);
                    continue;
                }
                self.c.pos = line_start;
            }
            if let Some(block) = self.comment_block() {
                pending_doc = block.doc;
                e.items.extend(block.lines.into_iter().map(BlockItem::Comment));
                continue;
            }
            if self.empty_lines() {
                pending_doc = None;
                e.items.push(BlockItem::EmptyLines);
                continue;
            }
            pending_doc = None;
            let text = self.catch_all_line();
            e.items.push(BlockItem::CatchAll(text));
            errors.push((
                "Error validating: This line is not an enum value definition.".to_string(),
                self.c.span(line_start),
            ));
        }
        e.span = self.c.span(start);
        for (message, span) in errors {
            self.error(message, span);
        }
        Some(e)
    }

    fn enum_value(&mut self, doc: Option<String>) -> Option<EnumValue> {
        let start = self.c.pos;
        let (name, name_span) = self.c.identifier()?;
        let mark = self.attributes.len();
        loop {
            self.c.skip_ws();
            let save = self.c.pos;
            match self.field_attribute() {
                Some(a) => self.attributes.push(a),
                None => {
                    self.c.pos = save;
                    break;
                }
            }
        }
        self.c.skip_ws();
        let trailing = self.trailing_comment();
        self.c.skip_ws();
        if !self.c.eat_newline() {
            self.attributes.truncate(mark);
            self.c.pos = start;
            return None;
        }
        let attributes: Vec<Attribute> = take_from(&mut self.attributes, mark);
        let mut documentation = doc;
        if let Some(text) = trailing.as_deref().and_then(doc_text) {
            documentation = Some(match documentation {
                Some(d) => format!("{d}\n{text}"),
                None => text,
            });
        }
        Some(EnumValue {
            name: Identifier { name, span: name_span },
            attributes,
            documentation,
            trailing_comment: trailing,
            span: self.c.span(start),
        })
    }

    fn config_block(&mut self, start: usize, keyword: &str, doc: Option<String>) -> Option<ConfigBlock> {
        self.c.skip_ws();
        let (name, name_span) = self.c.identifier()?;
        self.c.skip_ws();
        let open_trailing = self.block_open()?;
        let inner_start = self.c.pos;
        let mut block = ConfigBlock {
            name: Identifier { name, span: name_span },
            properties: Vec::new(),
            documentation: doc,
            span: Span::empty(),
            inner_span: Span::empty(),
            items: Vec::new(),
            open_trailing,
        };
        let mut errors = Vec::new();
        loop {
            self.c.skip_ws();
            let inner_end = self.c.pos;
            if self.c.eat("}") {
                block.inner_span = Span::new(inner_start, inner_end, self.c.file);
                break;
            }
            if self.c.at_end() {
                return None;
            }
            let line_start = self.c.pos;
            if let Some(prop) = self.key_value() {
                if self.c.eat_newline() {
                    block.items.push(BlockItem::Field(block.properties.len()));
                    block.properties.push(prop);
                    continue;
                }
                self.c.pos = line_start;
            }
            if let Some(comments) = self.comment_block() {
                block.items.extend(comments.lines.into_iter().map(BlockItem::Comment));
                continue;
            }
            if self.empty_lines() {
                block.items.push(BlockItem::EmptyLines);
                continue;
            }
            let text = self.catch_all_line();
            block.items.push(BlockItem::CatchAll(text));
            let kind = if keyword == "datasource" { "datasource" } else { "generator" };
            errors.push((
                format!("Error validating: This line is not a valid definition within a {kind}."),
                self.c.span(line_start),
            ));
        }
        block.span = self.c.span(start);
        for (message, span) in errors {
            self.error(message, span);
        }
        Some(block)
    }

    fn key_value(&mut self) -> Option<ConfigProperty> {
        let start = self.c.pos;
        let (name, name_span) = self.c.identifier()?;
        self.c.skip_ws();
        if !self.c.eat("=") {
            self.c.pos = start;
            return None;
        }
        let after_eq = self.c.pos;
        self.c.skip_ws();
        let value = self.expression();
        if value.is_none() {
            self.c.pos = after_eq;
        }
        let value_end = self.c.pos;
        self.c.skip_ws();
        let trailing = self.trailing_comment();
        if trailing.is_none() {
            self.c.pos = value_end;
            self.c.skip_ws();
        }
        let span = Span::new(start, if trailing.is_some() { self.c.pos } else { value_end }, self.c.file);
        self.c.skip_ws();
        Some(ConfigProperty { name: Identifier { name, span: name_span }, value, trailing_comment: trailing, span })
    }
}

/// The items pushed on a scratch stack since `mark`, moved in one copy into
/// a vector of exactly their number (the scratch keeps its capacity).
fn take_from<T>(scratch: &mut Vec<T>, mark: usize) -> Vec<T> {
    if mark > 0 {
        // At a mark past 0 this allocates exactly the tail and copies it once.
        return scratch.split_off(mark);
    }
    let mut out = Vec::with_capacity(scratch.len());
    out.append(scratch);
    out
}

/// The documentation text of a `///` comment, trimmed; `None` for other comments.
fn doc_text(comment: &str) -> Option<String> {
    let t = comment.trim_start();
    t.strip_prefix("///").map(|d| d.trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tree as text, for comparing two parses.
    fn parse_text(src: &str, pieces: usize) -> Option<String> {
        parse_split(src, FileId(0), pieces).map(|ast| format!("{ast:?}"))
    }

    fn sequential_text(src: &str) -> String {
        format!("{:?}", parse_from(src, 0, FileId(0), &mut Diagnostics::new()))
    }

    #[test]
    fn pieces_parse_like_the_whole_file() {
        let src = "model A {\n  id Int @id\n}\n/// doc\nmodel B {\n  id Int @id\n}\n\nenum E {\n  X\n}\n// tail\n";
        for pieces in 2..6 {
            let split = parse_text(src, pieces).expect("a clean file is cut");
            assert_eq!(split, sequential_text(src), "{pieces} pieces");
        }
    }

    #[test]
    fn a_piece_with_an_error_falls_back() {
        let src = "model A {\n  id Int @id\n}\nmodel B {\n  id Int @id\n  !!\n}\nmodel C {\n  id Int @id\n}\n";
        assert_eq!(parse_text(src, 3), None);
    }

    #[test]
    fn a_brace_inside_an_unfinished_block_falls_back() {
        // The `}` on its own line closes `A` early in the first piece; the
        // rest only parses as one block, so the cut is refused.
        let src = "model A {\n  id Int @id\n}\n  name String\n}\nmodel C {\n  id Int @id\n}\n";
        for pieces in 2..5 {
            if let Some(split) = parse_text(src, pieces) {
                assert_eq!(split, sequential_text(src));
            }
        }
    }

    /// Every schema at hand — the examples, the benchmark fixtures and, with
    /// `STRATA_CORPUS`, the corpus — parses to the same tree in pieces.
    #[test]
    fn real_schemas_parse_the_same_in_pieces() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let (mut files, mut cut) = (0, 0);
        for path in crate::testing::schemas_at_hand() {
            let Ok(src) = std::fs::read_to_string(&path) else { continue };
            files += 1;
            let sequential = sequential_text(&src);
            for pieces in [2, 3, 7] {
                if let Some(split) = parse_text(&src, pieces) {
                    cut += 1;
                    assert_eq!(split, sequential, "{} in {pieces} pieces", path.display());
                }
            }
        }
        assert!(cut > 0, "no file was cut ({files} files)");
        let big = std::fs::read_to_string(root.join("benches/fixtures/models_1000.prisma")).unwrap();
        assert!(parse_split(&big, FileId(0), 2).is_some(), "the 1,000-model schema is cut in two");
    }

    proptest::proptest! {
        /// Braces and lines inserted anywhere never make the cut parse differ
        /// from the sequential one.
        #[test]
        fn edited_schemas_parse_the_same_in_pieces(
            edits in proptest::collection::vec((0usize..4000, 0usize..6), 1..6),
            pieces in 2usize..5,
        ) {
            let base = include_str!("../../benches/fixtures/models_164.prisma");
            let mut src: String = base.chars().take(4000).collect();
            const SNIPPETS: [&str; 6] = ["}\n", "\n}\n", "{", "model X {\n", "/// doc\n", "  f Int\n"];
            for (at, snippet) in edits {
                let mut at = at.min(src.len());
                while !src.is_char_boundary(at) {
                    at -= 1;
                }
                src.insert_str(at, SNIPPETS[snippet]);
            }
            if let Some(split) = parse_text(&src, pieces) {
                proptest::prop_assert_eq!(split, sequential_text(&src));
            }
        }
    }
}
