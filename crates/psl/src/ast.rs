//! The syntax tree of a schema file.
//!
//! The tree keeps everything the formatter needs to reproduce a file: besides
//! the declarations it records comments, blank lines and unparseable lines in
//! source order (`items` on each block, [`SchemaAst::layout`] at the top).
//! Validation only looks at the declarations.

use crate::span::Span;
pub use smol_str::SmolStr;

/// A name as written in the source, with its span.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Identifier {
    /// The name (stored inline when short, as nearly all names are).
    pub name: SmolStr,
    /// Where it is written.
    pub span: Span,
}

/// A parsed schema file.
#[derive(Clone, Debug, Default)]
pub struct SchemaAst {
    /// Top-level declarations, in source order.
    pub tops: Vec<Top>,
    /// Declarations and trivia in source order, for the formatter.
    pub layout: Vec<TopItem>,
}

/// A top-level element in source order, including trivia.
#[derive(Clone, Debug)]
pub enum TopItem {
    /// Index into [`SchemaAst::tops`].
    Top(usize),
    /// A run of comment lines (`//`, `///` or `/* … */`), each verbatim to the
    /// end of its line (trailing blanks kept), without the newline; as in
    /// Prisma's grammar, the first starts at its `/` and the others keep the
    /// blanks before them.
    Comment(Vec<String>),
    /// One or more blank lines.
    EmptyLines,
    /// Text that is not part of any valid construct, verbatim as Prisma's
    /// grammar delimits it: a line from its first non-blank character through
    /// its line break, a block without a keyword through its `}`, or a type
    /// alias (`type A = String @id`).
    CatchAll(String),
}

/// A top-level declaration.
#[derive(Clone, Debug)]
pub enum Top {
    /// `model` or `view`.
    Model(Model),
    /// `enum`.
    Enum(Enum),
    /// `type` (composite type).
    CompositeType(Model),
    /// `datasource`.
    Source(ConfigBlock),
    /// `generator`.
    Generator(ConfigBlock),
}

impl Top {
    /// The declared name.
    pub fn name(&self) -> &Identifier {
        match self {
            Top::Model(m) | Top::CompositeType(m) => &m.name,
            Top::Enum(e) => &e.name,
            Top::Source(c) | Top::Generator(c) => &c.name,
        }
    }

    /// The whole declaration's span.
    pub fn span(&self) -> Span {
        match self {
            Top::Model(m) | Top::CompositeType(m) => m.span,
            Top::Enum(e) => e.span,
            Top::Source(c) | Top::Generator(c) => c.span,
        }
    }

    /// The keyword that introduces the block, as Prisma names it in messages.
    pub fn keyword(&self) -> &'static str {
        match self {
            Top::Model(m) if m.is_view => "view",
            Top::Model(_) => "model",
            Top::Enum(_) => "enum",
            Top::CompositeType(_) => "composite type",
            Top::Source(_) => "datasource",
            Top::Generator(_) => "generator",
        }
    }
}

/// An element of a block body in source order, including trivia.
#[derive(Clone, Debug)]
pub enum BlockItem {
    /// Index into the block's fields (or enum values, or config properties).
    Field(usize),
    /// Index into the block's attributes.
    Attribute(usize),
    /// A comment line, verbatim to the end of its line (trailing blanks kept).
    /// Consecutive comment items form one comment block; as in Prisma's
    /// grammar, the first starts at its `/` and the others keep the blanks
    /// before them.
    Comment(String),
    /// One or more blank lines.
    EmptyLines,
    /// An unparseable line, verbatim from its first non-blank character
    /// through its line break.
    CatchAll(String),
}

/// A `model`, `view` or composite `type` block.
#[derive(Clone, Debug)]
pub struct Model {
    /// The model's name.
    pub name: Identifier,
    /// Fields in source order.
    pub fields: Vec<Field>,
    /// Block attributes (`@@…`) in source order.
    pub attributes: Vec<Attribute>,
    /// `///` documentation above the block.
    pub documentation: Option<String>,
    /// Whether it was declared with `view`.
    pub is_view: bool,
    /// The whole block.
    pub span: Span,
    /// The keyword (`model`, `view`, `type`).
    pub keyword_span: Span,
    /// Body contents in source order.
    pub items: Vec<BlockItem>,
    /// Text after `{` on the opening line (usually empty or a comment).
    pub open_trailing: String,
}

/// `Required`, `Optional` (`?`) or `List` (`[]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FieldArity {
    /// No modifier.
    Required,
    /// `?`.
    Optional,
    /// `[]`.
    List,
}

/// A field's declared type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldType {
    /// A scalar, enum, model or composite type name.
    Supported(Identifier),
    /// `Unsupported("…")`: the string and the span of the whole type.
    Unsupported(String, Span),
}

impl FieldType {
    /// The span of the type name.
    pub fn span(&self) -> Span {
        match self {
            FieldType::Supported(id) => id.span,
            FieldType::Unsupported(_, span) => *span,
        }
    }

    /// The type name, or `None` for `Unsupported`.
    pub fn name(&self) -> Option<&str> {
        match self {
            FieldType::Supported(id) => Some(&id.name),
            FieldType::Unsupported(..) => None,
        }
    }
}

/// Legacy or irregular spellings of the type modifier, reported by validation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeSyntax {
    /// `Type`, `Type?`, `Type[]`.
    Regular,
    /// `Type[]?`.
    OptionalList,
    /// `Type!`.
    LegacyRequired,
    /// `[Type]`.
    LegacyList,
}

/// A field of a model, view or composite type.
#[derive(Clone, Debug)]
pub struct Field {
    /// The field's name.
    pub name: Identifier,
    /// Its type; `None` when the declaration has no type (an error).
    pub field_type: Option<FieldType>,
    /// The modifier.
    pub arity: FieldArity,
    /// How the modifier was written.
    pub type_syntax: TypeSyntax,
    /// Field attributes (`@…`) in source order.
    pub attributes: Vec<Attribute>,
    /// `///` documentation above the field.
    pub documentation: Option<String>,
    /// A `//` comment at the end of the line, verbatim.
    pub trailing_comment: Option<String>,
    /// Whether the name was followed by a legacy `:`.
    pub legacy_colon: bool,
    /// The whole declaration, including its newline.
    pub span: Span,
}

/// An `@attr(…)` or `@@attr(…)`.
#[derive(Clone, Debug)]
pub struct Attribute {
    /// The name without `@`/`@@`, e.g. `id`, `db.VarChar`.
    pub name: Identifier,
    /// The argument list (empty when there are no parentheses).
    pub arguments: ArgumentsList,
    /// Whether the attribute had parentheses.
    pub has_parens: bool,
    /// The whole attribute as Prisma spans it: from `@` to the end of the
    /// arguments, plus the blanks after an attribute without parentheses,
    /// and for a block attribute the blanks and comment after it.
    pub span: Span,
    /// A trailing comment after a block attribute, verbatim.
    pub trailing_comment: Option<String>,
}

impl Attribute {
    /// Where the attribute's own text ends: after `)`, or after the name
    /// when there are no parentheses (unlike `span.end`).
    pub fn text_end(&self) -> usize {
        if self.has_parens {
            self.arguments.span.end()
        } else {
            self.name.span.end()
        }
    }
}

/// The arguments between parentheses.
#[derive(Clone, Debug, Default)]
pub struct ArgumentsList {
    /// Arguments with values, in order.
    pub arguments: Vec<Argument>,
    /// What an argument list rarely has: arguments without a value, a
    /// trailing comma. Boxed, so that every attribute stays small.
    pub unusual: Option<Box<UnusualArguments>>,
    /// The span of the parentheses and their contents.
    pub span: Span,
}

/// The rare parts of an [`ArgumentsList`].
#[derive(Clone, Debug, Default)]
pub struct UnusualArguments {
    /// `name:` without a value (used by editors' completion).
    pub empty_arguments: Vec<Identifier>,
    /// A trailing comma, if any.
    pub trailing_comma: Option<Span>,
}

impl ArgumentsList {
    /// `name:` arguments without a value, in order.
    pub fn empty_arguments(&self) -> &[Identifier] {
        self.unusual.as_ref().map_or(&[], |u| &u.empty_arguments)
    }

    /// The trailing comma, if any.
    pub fn trailing_comma(&self) -> Option<Span> {
        self.unusual.as_ref().and_then(|u| u.trailing_comma)
    }

    fn unusual_mut(&mut self) -> &mut UnusualArguments {
        self.unusual.get_or_insert_with(Default::default)
    }

    /// Records an argument without a value.
    pub fn push_empty_argument(&mut self, name: Identifier) {
        self.unusual_mut().empty_arguments.push(name);
    }

    /// Records a trailing comma.
    pub fn set_trailing_comma(&mut self, span: Span) {
        self.unusual_mut().trailing_comma = Some(span);
    }
}

/// One argument: `value` or `name: value`.
#[derive(Clone, Debug)]
pub struct Argument {
    /// The name, for named arguments.
    pub name: Option<Identifier>,
    /// The value.
    pub value: Expression,
    /// The whole argument.
    pub span: Span,
}

/// A value in an argument or a configuration property.
#[derive(Clone, Debug)]
pub enum Expression {
    /// A number as written, e.g. `-1`, `2.5`.
    NumericValue(SmolStr, Span),
    /// A string literal, unescaped.
    StringValue(SmolStr, Span),
    /// A bare word or dotted path, e.g. `Cascade`, `true`, `Desc`.
    ConstantValue(SmolStr, Span),
    /// A call, e.g. `now()`, `env("URL")`, `a(sort: Desc)`. The arguments are
    /// boxed: calls are rare, and inline they would make every value 152 bytes
    /// instead of 56.
    Function(SmolStr, Box<ArgumentsList>, Span),
    /// `[a, b]`.
    Array(Vec<Expression>, Span),
}

impl Expression {
    /// The expression's span.
    pub fn span(&self) -> Span {
        match self {
            Expression::NumericValue(_, s)
            | Expression::StringValue(_, s)
            | Expression::ConstantValue(_, s)
            | Expression::Function(_, _, s)
            | Expression::Array(_, s) => *s,
        }
    }

    /// The string content, for string literals.
    pub fn as_string(&self) -> Option<&str> {
        match self {
            Expression::StringValue(s, _) => Some(s),
            _ => None,
        }
    }

    /// The word, for constants.
    pub fn as_constant(&self) -> Option<&str> {
        match self {
            Expression::ConstantValue(s, _) => Some(s),
            _ => None,
        }
    }

    /// How Prisma describes the kind of value in type errors.
    pub fn describe_kind(&self) -> &'static str {
        match self {
            Expression::NumericValue(..) => "numeric",
            Expression::StringValue(..) => "string",
            Expression::ConstantValue(..) => "literal",
            Expression::Function(..) => "functional",
            Expression::Array(..) => "array",
        }
    }
}

/// An `enum` block.
#[derive(Clone, Debug)]
pub struct Enum {
    /// The enum's name.
    pub name: Identifier,
    /// The values in source order.
    pub values: Vec<EnumValue>,
    /// Block attributes (`@@map`, `@@schema`).
    pub attributes: Vec<Attribute>,
    /// `///` documentation above the block.
    pub documentation: Option<String>,
    /// The whole block.
    pub span: Span,
    /// Body contents in source order.
    pub items: Vec<BlockItem>,
    /// Text after `{` on the opening line.
    pub open_trailing: String,
}

/// One value of an enum.
#[derive(Clone, Debug)]
pub struct EnumValue {
    /// The value's name.
    pub name: Identifier,
    /// Its attributes (`@map`).
    pub attributes: Vec<Attribute>,
    /// `///` documentation above it.
    pub documentation: Option<String>,
    /// A trailing `//` comment, verbatim.
    pub trailing_comment: Option<String>,
    /// The whole declaration.
    pub span: Span,
}

/// A `datasource` or `generator` block.
#[derive(Clone, Debug)]
pub struct ConfigBlock {
    /// The block's name.
    pub name: Identifier,
    /// `key = value` lines in source order.
    pub properties: Vec<ConfigProperty>,
    /// `///` documentation above the block.
    pub documentation: Option<String>,
    /// The whole block.
    pub span: Span,
    /// The span between the braces.
    pub inner_span: Span,
    /// Body contents in source order.
    pub items: Vec<BlockItem>,
    /// Text after `{` on the opening line.
    pub open_trailing: String,
}

impl ConfigBlock {
    /// The property named `name`, if present.
    pub fn property(&self, name: &str) -> Option<&ConfigProperty> {
        self.properties.iter().find(|p| p.name.name == name)
    }
}

/// `key = value` in a configuration block.
#[derive(Clone, Debug)]
pub struct ConfigProperty {
    /// The key.
    pub name: Identifier,
    /// The value; `None` when missing after `=`.
    pub value: Option<Expression>,
    /// A trailing comment, verbatim.
    pub trailing_comment: Option<String>,
    /// The whole property.
    pub span: Span,
}

impl Drop for SchemaAst {
    /// A large tree is freed on all threads (`parallel::free_in_pieces`):
    /// freeing its hundreds of thousands of small allocations is a
    /// noticeable part of validating a large schema.
    fn drop(&mut self) {
        crate::parallel::free_in_pieces(std::mem::take(&mut self.tops));
    }
}

impl SchemaAst {
    /// All models and views.
    pub fn models(&self) -> impl Iterator<Item = &Model> {
        self.tops.iter().filter_map(|t| match t {
            Top::Model(m) => Some(m),
            _ => None,
        })
    }

    /// All enums.
    pub fn enums(&self) -> impl Iterator<Item = &Enum> {
        self.tops.iter().filter_map(|t| match t {
            Top::Enum(e) => Some(e),
            _ => None,
        })
    }

    /// All datasource blocks.
    pub fn sources(&self) -> impl Iterator<Item = &ConfigBlock> {
        self.tops.iter().filter_map(|t| match t {
            Top::Source(s) => Some(s),
            _ => None,
        })
    }

    /// All generator blocks.
    pub fn generators(&self) -> impl Iterator<Item = &ConfigBlock> {
        self.tops.iter().filter_map(|t| match t {
            Top::Generator(g) => Some(g),
            _ => None,
        })
    }
}
