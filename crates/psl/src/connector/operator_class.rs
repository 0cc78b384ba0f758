//! PostgreSQL operator classes for `@@index([field(ops: …)])`.

use crate::datamodel::IndexAlgorithm;

/// A known operator class, or `raw("…")` (never validated).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OperatorClass {
    /// One of Prisma's named classes, by its name in the schema.
    Known(&'static str),
    /// `raw("…")`: passed to the database as written.
    Raw(String),
}

/// Known classes: (name, the index type it belongs to).
const CLASSES: &[(&str, IndexAlgorithm)] = {
    use IndexAlgorithm::*;
    &[
        ("InetOps", Gist),
        ("JsonbOps", Gin),
        ("JsonbPathOps", Gin),
        ("ArrayOps", Gin),
        ("TextOps", SpGist),
        ("BitMinMaxOps", Brin),
        ("VarBitMinMaxOps", Brin),
        ("BpcharBloomOps", Brin),
        ("BpcharMinMaxOps", Brin),
        ("ByteaBloomOps", Brin),
        ("ByteaMinMaxOps", Brin),
        ("DateBloomOps", Brin),
        ("DateMinMaxOps", Brin),
        ("DateMinMaxMultiOps", Brin),
        ("Float4BloomOps", Brin),
        ("Float4MinMaxOps", Brin),
        ("Float4MinMaxMultiOps", Brin),
        ("Float8BloomOps", Brin),
        ("Float8MinMaxOps", Brin),
        ("Float8MinMaxMultiOps", Brin),
        ("InetInclusionOps", Brin),
        ("InetBloomOps", Brin),
        ("InetMinMaxOps", Brin),
        ("InetMinMaxMultiOps", Brin),
        ("Int2BloomOps", Brin),
        ("Int2MinMaxOps", Brin),
        ("Int2MinMaxMultiOps", Brin),
        ("Int4BloomOps", Brin),
        ("Int4MinMaxOps", Brin),
        ("Int4MinMaxMultiOps", Brin),
        ("Int8BloomOps", Brin),
        ("Int8MinMaxOps", Brin),
        ("Int8MinMaxMultiOps", Brin),
        ("NumericBloomOps", Brin),
        ("NumericMinMaxOps", Brin),
        ("NumericMinMaxMultiOps", Brin),
        ("OidBloomOps", Brin),
        ("OidMinMaxOps", Brin),
        ("OidMinMaxMultiOps", Brin),
        ("TextBloomOps", Brin),
        ("TextMinMaxOps", Brin),
        ("TimestampBloomOps", Brin),
        ("TimestampMinMaxOps", Brin),
        ("TimestampMinMaxMultiOps", Brin),
        ("TimestampTzBloomOps", Brin),
        ("TimestampTzMinMaxOps", Brin),
        ("TimestampTzMinMaxMultiOps", Brin),
        ("TimeBloomOps", Brin),
        ("TimeMinMaxOps", Brin),
        ("TimeMinMaxMultiOps", Brin),
        ("TimeTzBloomOps", Brin),
        ("TimeTzMinMaxOps", Brin),
        ("TimeTzMinMaxMultiOps", Brin),
        ("UuidBloomOps", Brin),
        ("UuidMinMaxOps", Brin),
        ("UuidMinMaxMultiOps", Brin),
    ]
};

impl OperatorClass {
    /// Interprets `ops:` as written: a class name or `raw("…")`.
    pub fn parse(text: &str) -> Option<OperatorClass> {
        let text = text.trim();
        if let Some(inner) = text.strip_prefix("raw(").and_then(|r| r.strip_suffix(')')) {
            let inner = inner.trim();
            let inner = inner.strip_prefix('"').and_then(|i| i.strip_suffix('"')).unwrap_or(inner);
            return Some(OperatorClass::Raw(inner.to_string()));
        }
        CLASSES.iter().find(|(name, _)| *name == text).map(|(name, _)| OperatorClass::Known(name))
    }

    /// The class name, for known classes.
    pub fn name(&self) -> Option<&'static str> {
        match self {
            OperatorClass::Known(name) => Some(name),
            OperatorClass::Raw(_) => None,
        }
    }

    /// Whether the class can be used with the index type `algorithm`.
    pub fn supports_index_type(&self, algorithm: IndexAlgorithm) -> bool {
        match self {
            OperatorClass::Raw(_) => true,
            OperatorClass::Known("InetOps") => matches!(algorithm, IndexAlgorithm::Gist | IndexAlgorithm::SpGist),
            OperatorClass::Known(name) => CLASSES.iter().any(|(n, a)| n == name && *a == algorithm),
        }
    }

    /// How Prisma 6.19 prints the class in messages. Faithful to Prisma,
    /// `UuidMinMaxMultiOps` prints as `BitMinMaxOps`.
    pub fn display_name(&self) -> String {
        match self {
            OperatorClass::Known("UuidMinMaxMultiOps") => "BitMinMaxOps".to_string(),
            OperatorClass::Known(name) => name.to_string(),
            OperatorClass::Raw(raw) => format!("raw(\"{raw}\")"),
        }
    }
}

/// The name Prisma prints for an index type, e.g. `SpGist`.
pub fn algorithm_name(algorithm: IndexAlgorithm) -> &'static str {
    match algorithm {
        IndexAlgorithm::BTree => "BTree",
        IndexAlgorithm::Hash => "Hash",
        IndexAlgorithm::Gist => "Gist",
        IndexAlgorithm::Gin => "Gin",
        IndexAlgorithm::SpGist => "SpGist",
        IndexAlgorithm::Brin => "Brin",
    }
}
