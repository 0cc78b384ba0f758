//! Structured reading of native type text, for the few algorithms that need the parts.

/// A native type text split into its name and numeric arguments:
/// `VARCHAR(191)` is `("VARCHAR", [191])`, `DECIMAL(10, 2)` is `("DECIMAL", [10, 2])`,
/// `DOUBLE PRECISION` is `("DOUBLE PRECISION", [])`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NativeType<'a> {
    /// The type name, upper case as written in DDL.
    pub name: &'a str,
    /// The numeric arguments in parentheses, if any.
    pub args: Vec<u32>,
    /// Text after the closing parenthesis (` UNSIGNED`), trimmed.
    pub suffix: &'a str,
}

impl<'a> NativeType<'a> {
    /// Splits a native type text. Never fails: text it cannot read is all name.
    pub fn parse(text: &'a str) -> Self {
        let text = text.trim();
        let Some(open) = text.find('(') else {
            return NativeType { name: text, args: Vec::new(), suffix: "" };
        };
        let Some(close) = text[open..].find(')').map(|i| open + i) else {
            return NativeType { name: text, args: Vec::new(), suffix: "" };
        };
        let args: Option<Vec<u32>> = text[open + 1..close].split(',').map(|a| a.trim().parse().ok()).collect();
        match args {
            Some(args) => NativeType { name: text[..open].trim_end(), args, suffix: text[close + 1..].trim() },
            None => NativeType { name: text, args: Vec::new(), suffix: "" },
        }
    }

    /// The first argument (length or precision), if any.
    pub fn first_arg(&self) -> Option<u32> {
        self.args.first().copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_common_shapes() {
        assert_eq!(NativeType::parse("VARCHAR(191)").name, "VARCHAR");
        assert_eq!(NativeType::parse("VARCHAR(191)").args, vec![191]);
        assert_eq!(NativeType::parse("DECIMAL(10, 2)").args, vec![10, 2]);
        assert_eq!(NativeType::parse("DECIMAL(65,30)").args, vec![65, 30]);
        let dp = NativeType::parse("DOUBLE PRECISION");
        assert_eq!((dp.name, dp.args.len()), ("DOUBLE PRECISION", 0));
        let u = NativeType::parse("INTEGER UNSIGNED");
        assert_eq!(u.name, "INTEGER UNSIGNED");
        let weird = NativeType::parse("geometry(Point, 4326)");
        assert_eq!(weird.name, "geometry(Point, 4326)");
    }
}
