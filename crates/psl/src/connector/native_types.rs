//! Native types (`@db.X(args)`) per provider: names, argument shapes,
//! compatible scalar types and argument range checks, as Prisma 6.19 has them.

use crate::config::Provider;
use crate::datamodel::ScalarType;

/// The arguments a native type takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arguments {
    /// None, e.g. `Text`.
    None,
    /// One required nonnegative integer, e.g. MySQL `VarChar(191)`.
    Number,
    /// An optional nonnegative integer, e.g. PostgreSQL `VarChar(191)?`.
    OptionalNumber,
    /// Optional precision and scale, e.g. `Decimal(10, 2)`.
    OptionalPair,
    /// An optional integer or `Max` (SQL Server).
    OptionalNumberOrMax,
}

impl Arguments {
    /// How many arguments are required.
    pub fn required(self) -> usize {
        match self {
            Arguments::Number => 1,
            _ => 0,
        }
    }

    /// How many arguments may be given on top of the required ones.
    pub fn optional(self) -> usize {
        match self {
            Arguments::None | Arguments::Number => 0,
            Arguments::OptionalNumber | Arguments::OptionalNumberOrMax => 1,
            Arguments::OptionalPair => 2,
        }
    }

    /// How Prisma describes the expected arguments in parse errors.
    pub fn description(self) -> &'static str {
        match self {
            Arguments::None => "",
            Arguments::Number | Arguments::OptionalNumber => "a nonnegative integer",
            Arguments::OptionalPair => "two nonnegative integers",
            Arguments::OptionalNumberOrMax => "an integer or `Max`",
        }
    }

    /// Parses the arguments as written; `None` when they do not fit.
    fn parse(self, args: &[String]) -> Option<Vec<Argument>> {
        let number = |s: &str| s.parse::<u32>().ok().map(Argument::Number);
        match (self, args) {
            (Arguments::None, []) => Some(Vec::new()),
            (Arguments::OptionalNumber | Arguments::OptionalPair | Arguments::OptionalNumberOrMax, []) => {
                Some(Vec::new())
            }
            (Arguments::Number | Arguments::OptionalNumber, [n]) => Some(vec![number(n)?]),
            (Arguments::OptionalPair, [a, b]) => Some(vec![number(a)?, number(b)?]),
            (Arguments::OptionalNumberOrMax, [p]) if p.eq_ignore_ascii_case("max") => Some(vec![Argument::Max]),
            (Arguments::OptionalNumberOrMax, [p]) => p.parse::<u16>().ok().map(|n| vec![Argument::Number(n.into())]),
            _ => None,
        }
    }
}

/// One parsed native type argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Argument {
    /// A number.
    Number(u32),
    /// `Max` (SQL Server).
    Max,
}

/// A native type a provider offers.
#[derive(Debug)]
pub struct NativeTypeConstructor {
    /// The name after `@db.`.
    pub name: &'static str,
    /// The arguments it takes.
    pub arguments: Arguments,
    /// The scalar types a field with this native type may have.
    pub scalar_types: &'static [ScalarType],
}

/// A native type with parsed arguments, e.g. `VarChar(191)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NativeTypeInstance {
    /// The type name.
    pub name: &'static str,
    /// The parsed arguments.
    pub args: Vec<Argument>,
}

impl NativeTypeInstance {
    /// Rendered as Prisma prints it in messages: `Decimal(10,2)`, `Text`.
    pub fn render(&self) -> String {
        if self.args.is_empty() {
            return self.name.to_string();
        }
        let args: Vec<String> = self
            .args
            .iter()
            .map(|a| match a {
                Argument::Number(n) => n.to_string(),
                Argument::Max => "Max".to_string(),
            })
            .collect();
        format!("{}({})", self.name, args.join(","))
    }

    fn number(&self, i: usize) -> Option<u32> {
        match self.args.get(i) {
            Some(Argument::Number(n)) => Some(*n),
            _ => None,
        }
    }
}

/// Why a native type's arguments are invalid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArgumentError {
    /// `Decimal(p, s)` with `s > p`.
    ScaleLargerThanPrecision,
    /// An argument outside its range; the text explains the range.
    OutOfRange(&'static str),
}

use ScalarType::{BigInt, Boolean, Bytes, DateTime, Decimal, Float, Int, Json, String as Str};

macro_rules! table {
    ($($name:literal $args:ident [$($scalar:ident)|*],)*) => {
        &[$(NativeTypeConstructor { name: $name, arguments: Arguments::$args, scalar_types: &[$($scalar),*] },)*]
    };
}

const POSTGRES: &[NativeTypeConstructor] = table! {
    "SmallInt" None [Int],
    "Integer" None [Int],
    "BigInt" None [BigInt],
    "Decimal" OptionalPair [Decimal],
    "Money" None [Decimal],
    "Inet" None [Str],
    "Oid" None [Int],
    "Citext" None [Str],
    "Real" None [Float],
    "DoublePrecision" None [Float],
    "VarChar" OptionalNumber [Str],
    "Char" OptionalNumber [Str],
    "Text" None [Str],
    "ByteA" None [Bytes],
    "Timestamp" OptionalNumber [DateTime],
    "Timestamptz" OptionalNumber [DateTime],
    "Date" None [DateTime],
    "Time" OptionalNumber [DateTime],
    "Timetz" OptionalNumber [DateTime],
    "Boolean" None [Boolean],
    "Bit" OptionalNumber [Str],
    "VarBit" OptionalNumber [Str],
    "Uuid" None [Str],
    "Xml" None [Str],
    "Json" None [Json],
    "JsonB" None [Json],
};

const COCKROACH: &[NativeTypeConstructor] = table! {
    "Bit" OptionalNumber [Str],
    "Bool" None [Boolean],
    "Bytes" None [Bytes],
    "Char" OptionalNumber [Str],
    "Date" None [DateTime],
    "Decimal" OptionalPair [Decimal],
    "Float4" None [Float],
    "Float8" None [Float],
    "Inet" None [Str],
    "Int2" None [Int],
    "Int4" None [Int],
    "Int8" None [BigInt],
    "JsonB" None [Json],
    "Oid" None [Int],
    "CatalogSingleChar" None [Str],
    "String" OptionalNumber [Str],
    "Time" OptionalNumber [DateTime],
    "Timestamp" OptionalNumber [DateTime],
    "Timestamptz" OptionalNumber [DateTime],
    "Timetz" OptionalNumber [DateTime],
    "Uuid" None [Str],
    "VarBit" OptionalNumber [Str],
};

const MYSQL: &[NativeTypeConstructor] = table! {
    "Int" None [Int],
    "UnsignedInt" None [Int],
    "SmallInt" None [Int],
    "UnsignedSmallInt" None [Int],
    "TinyInt" None [Boolean | Int],
    "UnsignedTinyInt" None [Boolean | Int],
    "MediumInt" None [Int],
    "UnsignedMediumInt" None [Int],
    "BigInt" None [BigInt],
    "Decimal" OptionalPair [Decimal],
    "UnsignedBigInt" None [BigInt],
    "Float" None [Float],
    "Double" None [Float],
    "Bit" Number [Boolean | Bytes],
    "Char" Number [Str],
    "VarChar" Number [Str],
    "Binary" Number [Bytes],
    "VarBinary" Number [Bytes],
    "TinyBlob" None [Bytes],
    "Blob" None [Bytes],
    "MediumBlob" None [Bytes],
    "LongBlob" None [Bytes],
    "TinyText" None [Str],
    "Text" None [Str],
    "MediumText" None [Str],
    "LongText" None [Str],
    "Date" None [DateTime],
    "Time" OptionalNumber [DateTime],
    "DateTime" OptionalNumber [DateTime],
    "Timestamp" OptionalNumber [DateTime],
    "Year" None [Int],
    "Json" None [Json],
};

const SQL_SERVER: &[NativeTypeConstructor] = table! {
    "TinyInt" None [Int],
    "SmallInt" None [Int],
    "Int" None [Int],
    "BigInt" None [BigInt],
    "Decimal" OptionalPair [Decimal],
    "Money" None [Float],
    "SmallMoney" None [Float],
    "Bit" None [Boolean | Int],
    "Float" OptionalNumber [Float],
    "Real" None [Float],
    "Date" None [DateTime],
    "Time" None [DateTime],
    "DateTime" None [DateTime],
    "DateTime2" None [DateTime],
    "DateTimeOffset" None [DateTime],
    "SmallDateTime" None [DateTime],
    "Char" OptionalNumber [Str],
    "NChar" OptionalNumber [Str],
    "VarChar" OptionalNumberOrMax [Str],
    "Text" None [Str],
    "NVarChar" OptionalNumberOrMax [Str],
    "NText" None [Str],
    "Binary" OptionalNumber [Bytes],
    "VarBinary" OptionalNumberOrMax [Bytes],
    "Image" None [Bytes],
    "Xml" None [Str],
    "UniqueIdentifier" None [Str],
};

const MONGODB: &[NativeTypeConstructor] = table! {
    "String" None [Str],
    "Double" None [Float],
    "BinData" None [Bytes],
    "ObjectId" None [Str | Bytes],
    "Bool" None [Boolean],
    "Date" None [DateTime],
    "Int" None [Int],
    "Timestamp" None [DateTime],
    "Long" None [Int | BigInt],
    "Json" None [Json],
};

impl Provider {
    /// Every native type of this provider (none for SQLite).
    pub fn native_types(self) -> &'static [NativeTypeConstructor] {
        match self {
            Provider::Postgres => POSTGRES,
            Provider::CockroachDb => COCKROACH,
            Provider::Mysql => MYSQL,
            Provider::SqlServer => SQL_SERVER,
            Provider::MongoDb => MONGODB,
            Provider::Sqlite => &[],
        }
    }

    /// The native type named `name`, if this provider has it.
    pub fn find_native_type(self, name: &str) -> Option<&'static NativeTypeConstructor> {
        self.native_types().iter().find(|c| c.name == name)
    }

    /// Parses `name(args)`; `Err` carries the expected-arguments description
    /// when the type exists but the arguments do not parse, `Ok(None)` when
    /// the type does not exist.
    pub fn parse_native_type(self, name: &str, args: &[String]) -> Result<Option<NativeTypeInstance>, &'static str> {
        let Some(constructor) = self.find_native_type(name) else { return Ok(None) };
        match constructor.arguments.parse(args) {
            Some(args) => Ok(Some(NativeTypeInstance { name: constructor.name, args })),
            None => Err(constructor.arguments.description()),
        }
    }

    /// The scalar type Prisma associates with a native type (used to suggest
    /// `@db.*` instead of `Unsupported(…)`).
    pub fn scalar_type_for_native_type(self, native_type: &NativeTypeInstance) -> Option<ScalarType> {
        let constructor = self.find_native_type(native_type.name)?;
        Some(match (self, native_type.name) {
            (Provider::Mysql, "TinyInt" | "UnsignedTinyInt") => Int,
            (Provider::Mysql, "Bit") => Bytes,
            (Provider::MongoDb, "Long") => BigInt,
            _ => *constructor.scalar_types.first()?,
        })
    }

    /// Checks argument ranges, as the provider's database would.
    pub fn validate_native_type_arguments(
        self,
        native_type: &NativeTypeInstance,
        scalar_type: ScalarType,
    ) -> Option<ArgumentError> {
        use ArgumentError::*;
        let (a, b) = (native_type.number(0), native_type.number(1));
        match (self, native_type.name) {
            (Provider::Postgres | Provider::CockroachDb, "Decimal") => match (a, b) {
                (Some(p), Some(s)) if s > p => Some(ScaleLargerThanPrecision),
                (Some(p), _) if p > 1000 || p == 0 => {
                    Some(OutOfRange("Precision must be positive with a maximum value of 1000."))
                }
                _ => None,
            },
            (Provider::Postgres | Provider::CockroachDb, "Bit" | "VarBit") if a == Some(0) => {
                Some(OutOfRange("M must be a positive integer."))
            }
            (Provider::Postgres | Provider::CockroachDb, "Timestamp" | "Timestamptz" | "Time" | "Timetz")
                if a.is_some_and(|p| p > 6) =>
            {
                Some(OutOfRange("M can range from 0 to 6."))
            }
            (Provider::Mysql, "Decimal") => match (a, b) {
                (Some(p), Some(s)) if s > p => Some(ScaleLargerThanPrecision),
                (Some(p), _) if p > 65 => Some(OutOfRange("Precision can range from 1 to 65.")),
                (_, Some(s)) if s > 30 => Some(OutOfRange("Scale can range from 0 to 30.")),
                _ => None,
            },
            (Provider::Mysql, "Bit") => match a {
                Some(n) if n == 0 || n > 64 => Some(OutOfRange("M can range from 1 to 64.")),
                Some(n) if n > 1 && scalar_type == Boolean => Some(OutOfRange("only Bit(1) can be used as Boolean.")),
                _ => None,
            },
            (Provider::Mysql, "Char") if a.is_some_and(|n| n > 255) => Some(OutOfRange("M can range from 0 to 255.")),
            (Provider::Mysql, "VarChar") if a.is_some_and(|n| n > 65535) => {
                Some(OutOfRange("M can range from 0 to 65,535."))
            }
            (Provider::SqlServer, "Decimal") => match (a, b) {
                (Some(p), Some(s)) if s > p => Some(ScaleLargerThanPrecision),
                (Some(p), _) if p == 0 || p > 38 => Some(OutOfRange("Precision can range from 1 to 38.")),
                (_, Some(s)) if s > 38 => Some(OutOfRange("Scale can range from 0 to 38.")),
                _ => None,
            },
            (Provider::SqlServer, "Float") if a.is_some_and(|n| n == 0 || n > 53) => {
                Some(OutOfRange("Bits can range from 1 to 53."))
            }
            (Provider::SqlServer, "VarChar" | "VarBinary" | "Char" | "Binary")
                if a.is_some_and(|n| n == 0 || n > 8000) =>
            {
                Some(OutOfRange("Length can range from 1 to 8000. For larger sizes, use the `Max` variant."))
            }
            (Provider::SqlServer, "NVarChar" | "NChar") if a.is_some_and(|n| n == 0 || n > 4000) => {
                Some(OutOfRange("Length can range from 1 to 4000. For larger sizes, use the `Max` variant."))
            }
            _ => None,
        }
    }
}
