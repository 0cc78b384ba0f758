//! A byte cursor with the lexical rules of the schema language.
//!
//! Whitespace between tokens is only spaces and tabs: the language is line
//! oriented, and newlines are significant.

use crate::span::{FileId, Span};

/// A position in the source plus the primitive token recognisers.
#[derive(Clone, Copy)]
pub(crate) struct Cursor<'a> {
    pub src: &'a str,
    pub pos: usize,
    pub file: FileId,
}

impl<'a> Cursor<'a> {
    pub fn new(src: &'a str, file: FileId) -> Self {
        Cursor { src, pos: 0, file }
    }

    pub fn span(&self, start: usize) -> Span {
        Span::new(start, self.pos, self.file)
    }

    pub fn rest(&self) -> &'a str {
        &self.src[self.pos..]
    }

    pub fn at_end(&self) -> bool {
        self.pos >= self.src.len()
    }

    pub fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    pub fn starts_with(&self, s: &str) -> bool {
        self.rest().starts_with(s)
    }

    /// Consumes `s` if the input starts with it.
    pub fn eat(&mut self, s: &str) -> bool {
        if self.starts_with(s) {
            self.pos += s.len();
            true
        } else {
            false
        }
    }

    /// Skips spaces, tabs and other space separators (never newlines).
    pub fn skip_ws(&mut self) {
        while let Some(c) = self.peek() {
            if is_inline_whitespace(c) {
                self.pos += c.len_utf8();
            } else {
                break;
            }
        }
    }

    /// Consumes one newline (`\n`, `\r\n` or `\r`).
    pub fn eat_newline(&mut self) -> bool {
        self.eat("\r\n") || self.eat("\n") || self.eat("\r")
    }

    /// Advances to the next newline (not consuming it).
    pub fn skip_to_eol(&mut self) {
        while let Some(c) = self.peek() {
            if c == '\n' || c == '\r' {
                break;
            }
            self.pos += c.len_utf8();
        }
    }

    /// `identifier = (LETTER | DIGIT) ~ ("_" | "-" | LETTER | DIGIT)*`.
    pub fn identifier(&mut self) -> Option<(String, Span)> {
        let start = self.pos;
        let mut chars = self.rest().chars();
        let first = chars.next()?;
        if !is_ident_start(first) {
            return None;
        }
        self.pos += first.len_utf8();
        for c in chars {
            if is_ident_start(c) || c == '_' || c == '-' {
                self.pos += c.len_utf8();
            } else {
                break;
            }
        }
        Some((self.src[start..self.pos].to_string(), self.span(start)))
    }

    /// `path = identifier ~ ("." ~ path?)*`, e.g. `db.VarChar`.
    pub fn path(&mut self) -> Option<(String, Span)> {
        let start = self.pos;
        self.identifier()?;
        loop {
            if self.eat(".") {
                let save = self.pos;
                if self.identifier().is_none() {
                    self.pos = save;
                }
            } else {
                break;
            }
        }
        Some((self.src[start..self.pos].to_string(), self.span(start)))
    }

    /// `"-"? DIGIT+ ("." DIGIT+)?`.
    pub fn numeric(&mut self) -> Option<(String, Span)> {
        let start = self.pos;
        self.eat("-");
        let digits = self.digits();
        if digits == 0 {
            self.pos = start;
            return None;
        }
        let save = self.pos;
        if self.eat(".") && self.digits() == 0 {
            self.pos = save;
        }
        Some((self.src[start..self.pos].to_string(), self.span(start)))
    }

    fn digits(&mut self) -> usize {
        let n = self.rest().bytes().take_while(|b| b.is_ascii_digit()).count();
        self.pos += n;
        n
    }

    /// A JSON-style string literal; returns the unescaped value.
    pub fn string_literal(&mut self) -> Option<(String, Span)> {
        let start = self.pos;
        if !self.eat("\"") {
            return None;
        }
        let mut value = String::new();
        loop {
            let c = match self.peek() {
                Some(c) => c,
                None => {
                    self.pos = start;
                    return None;
                }
            };
            if c == '"' {
                self.pos += 1;
                break;
            }
            if (c as u32) < 0x20 {
                self.pos = start;
                return None;
            }
            self.pos += c.len_utf8();
            if c == '\\' {
                let Some(e) = self.peek() else {
                    self.pos = start;
                    return None;
                };
                self.pos += e.len_utf8();
                match e {
                    'n' => value.push('\n'),
                    't' => value.push('\t'),
                    'r' => value.push('\r'),
                    'b' => value.push('\u{8}'),
                    'f' => value.push('\u{c}'),
                    '"' => value.push('"'),
                    '\\' => value.push('\\'),
                    '/' => value.push('/'),
                    'u' => {
                        let hex = self.rest().get(..4).filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()));
                        match hex.and_then(|h| u32::from_str_radix(h, 16).ok()).and_then(char::from_u32) {
                            Some(ch) => {
                                value.push(ch);
                                self.pos += 4;
                            }
                            None => {
                                value.push('\\');
                                value.push('u');
                            }
                        }
                    }
                    other => {
                        value.push('\\');
                        value.push(other);
                    }
                }
            } else {
                value.push(c);
            }
        }
        Some((value, self.span(start)))
    }
}

/// `LETTER | ASCII_DIGIT`.
pub(crate) fn is_ident_start(c: char) -> bool {
    c.is_ascii_digit() || c.is_alphabetic()
}

/// Space separators (Unicode category Zs) and tabs; not the line and
/// paragraph separators U+2028 and U+2029.
pub(crate) fn is_inline_whitespace(c: char) -> bool {
    c == ' ' || c == '\t' || (c.is_whitespace() && !c.is_control() && !matches!(c, '\u{2028}' | '\u{2029}'))
}
