//! Splits a migration file into statements, keeping each statement's line and the comments
//! above it, so that one unparsable statement never hides the others.
//!
//! The scanner knows just enough SQL lexing to find the `;` that end statements: quoted
//! strings and identifiers, `--` and `/* */` comments (nested on PostgreSQL), `#` comments on
//! MySQL, and PostgreSQL dollar-quoted bodies (`$$ … $$`, `$tag$ … $tag$`).

use sql_schema::Dialect;

/// One statement of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawStatement<'a> {
    /// The statement text, from its first token to before its `;`.
    pub text: &'a str,
    /// The 1-based line of the statement's first token.
    pub line: usize,
    /// The comments between the previous statement and this one, one entry per comment.
    pub leading_comments: Vec<&'a str>,
}

/// Splits `sql` into statements.
pub(crate) fn split(sql: &str, dialect: Dialect) -> Vec<RawStatement<'_>> {
    let bytes = sql.as_bytes();
    let mut statements = Vec::new();
    let mut comments: Vec<&str> = Vec::new();
    let mut start: Option<usize> = None;
    let mut line = 1usize;
    let mut start_line = 1usize;
    let mut i = 0;

    let hash_comments = dialect == Dialect::Mysql;
    while i < bytes.len() {
        let b = bytes[i];
        // Comments.
        if (b == b'-' && bytes.get(i + 1) == Some(&b'-')) || (hash_comments && b == b'#') {
            let end = sql[i..].find('\n').map_or(bytes.len(), |n| i + n);
            if start.is_none() {
                comments.push(&sql[i..end]);
            }
            i = end;
            continue;
        }
        if b == b'/' && bytes.get(i + 1) == Some(&b'*') {
            let end = block_comment_end(sql, i, dialect == Dialect::Postgres);
            if start.is_none() {
                comments.push(&sql[i..end]);
            }
            line += sql[i..end].matches('\n').count();
            i = end;
            continue;
        }
        if b == b'\n' {
            line += 1;
            i += 1;
            continue;
        }
        if b.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if b == b';' {
            if let Some(s) = start.take() {
                statements.push(RawStatement {
                    text: sql[s..i].trim_end(),
                    line: start_line,
                    leading_comments: std::mem::take(&mut comments),
                });
            } else {
                comments.clear();
            }
            i += 1;
            continue;
        }
        if start.is_none() {
            start = Some(i);
            start_line = line;
        }
        // Quoted text.
        let end = match b {
            b'\'' => quoted_end(bytes, i, b'\'', dialect == Dialect::Mysql),
            b'"' => quoted_end(bytes, i, b'"', false),
            b'`' => quoted_end(bytes, i, b'`', false),
            b'$' if dialect == Dialect::Postgres => dollar_quoted_end(sql, i),
            _ => {
                i += 1;
                continue;
            }
        };
        line += sql[i..end].matches('\n').count();
        i = end;
    }
    if let Some(s) = start {
        statements.push(RawStatement { text: sql[s..].trim_end(), line: start_line, leading_comments: comments });
    }
    statements
}

/// The end (exclusive) of a quoted run starting at `i`, with doubled quotes (and backslash
/// escapes on MySQL strings).
fn quoted_end(bytes: &[u8], i: usize, quote: u8, backslash: bool) -> usize {
    let mut j = i + 1;
    while j < bytes.len() {
        match bytes[j] {
            b'\\' if backslash => j += 2,
            c if c == quote => {
                if bytes.get(j + 1) == Some(&quote) {
                    j += 2;
                } else {
                    return j + 1;
                }
            }
            _ => j += 1,
        }
    }
    bytes.len()
}

/// The end of a `/* */` comment starting at `i`.
fn block_comment_end(sql: &str, i: usize, nested: bool) -> usize {
    let bytes = sql.as_bytes();
    let mut depth = 0usize;
    let mut j = i;
    while j + 1 < bytes.len() {
        if bytes[j] == b'/' && bytes[j + 1] == b'*' {
            depth += 1;
            j += 2;
            if !nested {
                depth = 1;
            }
        } else if bytes[j] == b'*' && bytes[j + 1] == b'/' {
            depth -= 1;
            j += 2;
            if depth == 0 {
                return j;
            }
        } else {
            j += 1;
        }
    }
    bytes.len()
}

/// The end of a dollar-quoted body starting at `i` (`$tag$ … $tag$`), or `i + 1` when the `$`
/// opens no body (a parameter like `$1`).
fn dollar_quoted_end(sql: &str, i: usize) -> usize {
    let rest = &sql[i + 1..];
    let Some(close) = rest.find('$') else { return i + 1 };
    let tag = &rest[..close];
    if !tag.chars().all(|c| c.is_alphanumeric() || c == '_') || tag.starts_with(|c: char| c.is_ascii_digit()) {
        return i + 1;
    }
    let delimiter = &sql[i..i + close + 2];
    let body_start = i + delimiter.len();
    match sql[body_start..].find(delimiter) {
        Some(n) => body_start + n + delimiter.len(),
        None => sql.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statements_lines_and_comments() {
        let sql = "-- CreateTable\nCREATE TABLE \"a;b\" (\n  x TEXT DEFAULT 'it''s;'\n);\n\n/* c;\n */\n-- strata-lint: allow drop-table\nDROP TABLE t;\nSELECT $$ ; $$";
        let s = split(sql, Dialect::Postgres);
        assert_eq!(s.len(), 3);
        assert_eq!(s[0].line, 2);
        assert_eq!(s[0].leading_comments, ["-- CreateTable"]);
        assert!(s[0].text.ends_with(')'));
        assert_eq!((s[1].text, s[1].line), ("DROP TABLE t", 9));
        assert_eq!(s[1].leading_comments.len(), 2);
        assert_eq!((s[2].text, s[2].line), ("SELECT $$ ; $$", 10));
    }

    #[test]
    fn mysql_hash_comments_and_backslashes() {
        let s = split("# x;\nINSERT INTO t VALUES ('a\\';b');\nDELETE FROM t", Dialect::Mysql);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].line, 2);
        assert_eq!(s[1].line, 3);
    }
}
