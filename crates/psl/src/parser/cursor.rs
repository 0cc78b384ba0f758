//! A byte cursor with the lexical rules of the schema language.
//!
//! Whitespace between tokens is only spaces and tabs: the language is line
//! oriented, and newlines are significant.
//!
//! The scanners (`scan_*`) only move the cursor; callers slice the source
//! with the span they covered, so a token is copied into a `String` at most
//! once, when it ends up in the AST. ASCII is handled byte by byte; other
//! characters are decoded only where they occur.

use crate::ast::SmolStr;
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

    /// The source text from `start` to the cursor.
    pub fn text_from(&self, start: usize) -> &'a str {
        &self.src[start..self.pos]
    }

    pub fn rest(&self) -> &'a str {
        &self.src[self.pos..]
    }

    pub fn at_end(&self) -> bool {
        self.pos >= self.src.len()
    }

    /// The byte under the cursor.
    #[inline]
    pub fn byte(&self) -> Option<u8> {
        self.src.as_bytes().get(self.pos).copied()
    }

    /// The character under the cursor.
    fn char_here(&self) -> Option<char> {
        self.rest().chars().next()
    }

    pub fn starts_with(&self, s: &str) -> bool {
        self.src.as_bytes()[self.pos..].starts_with(s.as_bytes())
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

    /// Consumes the byte `b` (ASCII) if it is next.
    #[inline]
    pub fn eat_byte(&mut self, b: u8) -> bool {
        if self.byte() == Some(b) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    /// Skips spaces, tabs and other space separators (never newlines).
    #[inline]
    pub fn skip_ws(&mut self) {
        if matches!(self.byte(), Some(b) if b == b' ' || b == b'\t' || b >= 0x80) {
            self.skip_ws_slow();
        }
    }

    fn skip_ws_slow(&mut self) {
        let bytes = self.src.as_bytes();
        let mut i = self.pos;
        loop {
            match bytes.get(i) {
                Some(b' ' | b'\t') => i += 1,
                Some(b) if *b >= 0x80 => match self.src[i..].chars().next() {
                    Some(c) if is_inline_whitespace(c) => i += c.len_utf8(),
                    _ => break,
                },
                _ => break,
            }
        }
        self.pos = i;
    }

    /// Consumes one newline (`\n`, `\r\n` or `\r`).
    pub fn eat_newline(&mut self) -> bool {
        match self.byte() {
            Some(b'\n') => {
                self.pos += 1;
                true
            }
            Some(b'\r') => {
                self.pos += 1;
                self.eat_byte(b'\n');
                true
            }
            _ => false,
        }
    }

    /// Advances to the next newline (not consuming it).
    pub fn skip_to_eol(&mut self) {
        let rest = &self.src.as_bytes()[self.pos..];
        self.pos += rest.iter().position(|b| matches!(b, b'\n' | b'\r')).unwrap_or(rest.len());
    }

    /// `identifier = (LETTER | DIGIT) ~ ("_" | "-" | LETTER | DIGIT)*`;
    /// moves past it and says whether there was one.
    pub fn scan_identifier(&mut self) -> bool {
        let bytes = self.src.as_bytes();
        let mut i = self.pos;
        match bytes.get(i) {
            Some(b) if b.is_ascii_alphanumeric() => i += 1,
            Some(b) if *b >= 0x80 => match self.src[i..].chars().next() {
                Some(c) if c.is_alphabetic() => i += c.len_utf8(),
                _ => return false,
            },
            _ => return false,
        }
        loop {
            while bytes.get(i).is_some_and(|b| IDENT_REST[*b as usize]) {
                i += 1;
            }
            match bytes.get(i) {
                Some(b) if *b >= 0x80 => match self.src[i..].chars().next() {
                    Some(c) if c.is_alphabetic() => i += c.len_utf8(),
                    _ => break,
                },
                _ => break,
            }
        }
        self.pos = i;
        true
    }

    /// An identifier, copied.
    pub fn identifier(&mut self) -> Option<(SmolStr, Span)> {
        let start = self.pos;
        self.scan_identifier().then(|| (SmolStr::new(self.text_from(start)), self.span(start)))
    }

    /// `path = identifier ~ ("." ~ path?)*`, e.g. `db.VarChar`; moves past it.
    pub fn scan_path(&mut self) -> bool {
        if !self.scan_identifier() {
            return false;
        }
        while self.eat_byte(b'.') {
            self.scan_identifier();
        }
        true
    }

    /// A path, copied.
    pub fn path(&mut self) -> Option<(SmolStr, Span)> {
        let start = self.pos;
        self.scan_path().then(|| (SmolStr::new(self.text_from(start)), self.span(start)))
    }

    /// `"-"? DIGIT+ ("." DIGIT+)?`; moves past it.
    pub fn scan_numeric(&mut self) -> bool {
        let start = self.pos;
        self.eat_byte(b'-');
        if self.digits() == 0 {
            self.pos = start;
            return false;
        }
        let save = self.pos;
        if self.eat_byte(b'.') && self.digits() == 0 {
            self.pos = save;
        }
        true
    }

    fn digits(&mut self) -> usize {
        let n = self.src.as_bytes()[self.pos..].iter().take_while(|b| b.is_ascii_digit()).count();
        self.pos += n;
        n
    }

    /// A JSON-style string literal; returns the unescaped value.
    pub fn string_literal(&mut self) -> Option<(SmolStr, Span)> {
        let start = self.pos;
        if !self.eat_byte(b'"') {
            return None;
        }
        // Fast path: no escape before the closing quote.
        let body = &self.src.as_bytes()[self.pos..];
        if let Some(end) = body.iter().position(|b| matches!(b, b'"' | b'\\') || *b < 0x20) {
            if body[end] == b'"' {
                let value = SmolStr::new(&self.src[self.pos..self.pos + end]);
                self.pos += end + 1;
                return Some((value, self.span(start)));
            }
        }
        let mut value = String::new();
        loop {
            let c = match self.char_here() {
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
                let Some(e) = self.char_here() else {
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
        Some((SmolStr::from(value), self.span(start)))
    }
}

/// ASCII bytes that may continue an identifier: letters, digits, `_`, `-`.
static IDENT_REST: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric() || c == b'_' || c == b'-';
        b += 1;
    }
    table
};

/// Space separators (Unicode category Zs) and tabs; not the line and
/// paragraph separators U+2028 and U+2029.
pub(crate) fn is_inline_whitespace(c: char) -> bool {
    c == ' ' || c == '\t' || (c.is_whitespace() && !c.is_control() && !matches!(c, '\u{2028}' | '\u{2029}'))
}
