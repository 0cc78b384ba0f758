//! Rendering: blocks of unformatted PSL text, laid out afterwards by the formatter.
//!
//! Attribute order follows Prisma's renderer: on fields `@updatedAt`, `@unique`, `@id`,
//! `@default`, `@map`, `@relation`, `@db.*`, `@ignore`; on models `@@id`, indexes, `@@map`,
//! `@@ignore`, `@@schema`; on enums `@@map`, `@@schema`.

use std::fmt::{self, Write};

/// A PSL string literal, escaped like Prisma (JSON string rules).
pub(crate) fn string_literal(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '"' => out.push_str("\\\""),
            '\r' => out.push_str("\\r"),
            '\\' => out.push_str("\\\\"),
            c if c.is_ascii_control() => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Appends documentation lines (`/// …`).
fn write_documentation(f: &mut fmt::Formatter<'_>, doc: &str) -> fmt::Result {
    for line in doc.split('\n') {
        if line.is_empty() {
            writeln!(f, "///")?;
        } else {
            writeln!(f, "/// {line}")?;
        }
    }
    Ok(())
}

/// A field or enum value line.
#[derive(Debug, Clone)]
pub(crate) struct Line {
    documentation: Option<String>,
    commented_out: bool,
    text: String,
    attributes: Vec<String>,
}

impl Line {
    /// A line starting with `text` (a field name and type, or an enum value).
    pub fn new(text: impl Into<String>) -> Line {
        Line { documentation: None, commented_out: false, text: text.into(), attributes: Vec::new() }
    }

    /// Adds documentation (appended on a new line to what is there).
    pub fn documentation(&mut self, doc: &str) {
        match &mut self.documentation {
            Some(d) => {
                d.push('\n');
                d.push_str(doc);
            }
            None => self.documentation = Some(doc.to_owned()),
        }
    }

    /// Comments the line out.
    pub fn comment_out(&mut self) {
        self.commented_out = true;
    }

    /// Appends an attribute.
    pub fn attribute(&mut self, attribute: impl Into<String>) {
        self.attributes.push(attribute.into());
    }
}

impl fmt::Display for Line {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(doc) = &self.documentation {
            write_documentation(f, doc)?;
        }
        if self.commented_out {
            f.write_str("// ")?;
        }
        f.write_str(&self.text)?;
        for a in &self.attributes {
            write!(f, " {a}")?;
        }
        Ok(())
    }
}

/// A `model` or `enum` block.
#[derive(Debug, Clone)]
pub(crate) struct Block {
    keyword: &'static str,
    name: String,
    documentation: Option<String>,
    commented_out: bool,
    lines: Vec<Line>,
    attributes: Vec<String>,
}

impl Block {
    /// An empty block.
    pub fn new(keyword: &'static str, name: &str) -> Block {
        Block {
            keyword,
            name: name.to_owned(),
            documentation: None,
            commented_out: false,
            lines: Vec::new(),
            attributes: Vec::new(),
        }
    }

    /// Adds documentation, unless the block's documentation already contains it.
    pub fn documentation(&mut self, doc: &str) {
        match &mut self.documentation {
            Some(d) if d.contains(doc) => (),
            Some(d) => {
                d.push('\n');
                d.push_str(doc);
            }
            None => self.documentation = Some(doc.to_owned()),
        }
    }

    /// Comments the whole block out.
    pub fn comment_out(&mut self) {
        self.commented_out = true;
    }

    /// Appends a field or value line.
    pub fn push_line(&mut self, line: Line) {
        self.lines.push(line);
    }

    /// Appends a block attribute (`@@…`).
    pub fn push_attribute(&mut self, attribute: impl Into<String>) {
        self.attributes.push(attribute.into());
    }
}

impl fmt::Display for Block {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let c = if self.commented_out { "// " } else { "" };
        if let Some(doc) = &self.documentation {
            write_documentation(f, doc)?;
        }
        writeln!(f, "{c}{} {} {{", self.keyword, self.name)?;
        for line in &self.lines {
            writeln!(f, "{c}{line}")?;
        }
        for attribute in &self.attributes {
            writeln!(f, "{c}{attribute}")?;
        }
        writeln!(f, "{c}}}")
    }
}

/// An attribute with arguments: `name(a, b: c)`, or just `name` without arguments.
pub(crate) fn call(name: &str, args: &[String]) -> String {
    if args.is_empty() {
        name.to_owned()
    } else {
        format!("{name}({})", args.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_literals() {
        assert_eq!(string_literal("a \" b\"c d"), r#""a \" b\"c d""#);
        assert_eq!(string_literal("x\ny\\"), r#""x\ny\\""#);
        assert_eq!(string_literal("\u{1}"), r#""\u0001""#);
    }

    #[test]
    fn blocks() {
        let mut b = Block::new("model", "A");
        b.documentation("one");
        b.documentation("one");
        b.documentation("two");
        let mut l = Line::new("id Int");
        l.attribute("@id");
        b.push_line(l);
        b.push_attribute("@@map(\"a\")");
        assert_eq!(b.to_string(), "/// one\n/// two\nmodel A {\nid Int @id\n@@map(\"a\")\n}\n");
    }
}
