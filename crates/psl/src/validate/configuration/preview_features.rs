//! Prisma 6.19's preview features: which are active, hidden, deprecated or
//! renamed, and the diagnostics for each.

use crate::config::Provider;
use crate::diagnostics::Diagnostics;
use crate::messages::config as msg;
use crate::span::Span;

/// The state of a preview feature in Prisma 6.19.
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    /// Valid and listed in error messages.
    Active,
    /// Valid only with this provider (and listed then).
    ActiveFor(Provider),
    /// Valid, never listed.
    Hidden,
    /// Generally available now: a warning.
    Deprecated,
    /// Deprecated and going away: another warning.
    GoingAway,
    /// Known to Prisma but no longer accepted.
    Removed,
}

/// Every feature Prisma 6.19 knows, by canonical name.
const FEATURES: &[(&str, State)] = {
    use State::*;
    &[
        ("aggregateApi", Deprecated),
        ("atomicNumberOperations", Deprecated),
        ("clientExtensions", Deprecated),
        ("cockroachdb", Deprecated),
        ("connectOrCreate", Deprecated),
        ("createMany", Deprecated),
        ("dataProxy", Deprecated),
        ("deno", Deprecated),
        ("distinct", Deprecated),
        ("driverAdapters", Deprecated),
        ("esm", Removed),
        ("extendedIndexes", Deprecated),
        ("extendedWhereUnique", Deprecated),
        ("fieldReference", Deprecated),
        ("filteredRelationCount", Deprecated),
        ("filterJson", Deprecated),
        ("fullTextIndex", Deprecated),
        ("fullTextSearch", Deprecated),
        ("fullTextSearchPostgres", ActiveFor(Provider::Postgres)),
        ("groupBy", Deprecated),
        ("improvedQueryRaw", Deprecated),
        ("interactiveTransactions", Deprecated),
        ("jsonProtocol", Deprecated),
        ("metrics", GoingAway),
        ("microsoftSqlServer", Deprecated),
        ("middlewares", Deprecated),
        ("mongoDb", Deprecated),
        ("multiSchema", Deprecated),
        ("namedConstraints", Deprecated),
        ("nApi", Deprecated),
        ("nativeDistinct", Active),
        ("nativeTypes", Deprecated),
        ("omitApi", Deprecated),
        ("orderByAggregateGroup", Deprecated),
        ("orderByNulls", Deprecated),
        ("orderByRelation", Deprecated),
        ("postgresqlExtensions", Active),
        ("prismaSchemaFolder", Deprecated),
        ("queryCompiler", Deprecated),
        ("reactNative", Hidden),
        ("referentialActions", Deprecated),
        ("referentialIntegrity", Deprecated),
        ("relationJoins", Active),
        ("schemaEngineDriverAdapters", Active),
        ("selectRelationCount", Deprecated),
        ("shardKeys", Active),
        ("strictUndefinedChecks", Active),
        ("tracing", Deprecated),
        ("transactionApi", Deprecated),
        ("typedSql", Hidden),
        ("uncheckedScalarInputs", Deprecated),
        ("views", Active),
    ]
};

/// Features renamed for one provider: (old, provider, new, pris.ly link).
const RENAMED: &[(&str, Provider, &str, &str)] =
    &[("fullTextSearch", Provider::Postgres, "fullTextSearchPostgres", "fts-postgres")];

/// The features listed in "Expected one of" for `provider`, sorted.
fn listed(provider: Option<Provider>) -> Vec<&'static str> {
    let mut names: Vec<&str> = FEATURES
        .iter()
        .filter(|(_, s)| match s {
            State::Active | State::GoingAway => true,
            State::ActiveFor(p) => Some(*p) == provider,
            _ => false,
        })
        .map(|(n, _)| *n)
        .collect();
    names.sort_unstable();
    names
}

/// Checks `previewFeatures` (all diagnostics at the array's span) and
/// returns the enabled features by canonical name.
pub(super) fn validate(
    names: &[&str],
    provider: Option<Provider>,
    span: Span,
    diagnostics: &mut Diagnostics,
) -> Vec<String> {
    let mut enabled = Vec::new();
    for &written in names {
        let known = FEATURES.iter().find(|(n, _)| n.eq_ignore_ascii_case(written));
        let Some(&(canonical, state)) = known else {
            diagnostics.push_error(msg::preview_feature_not_known(written, &listed(provider)), span);
            continue;
        };
        match state {
            State::Deprecated | State::GoingAway => {
                let renamed = RENAMED.iter().find(|(old, p, ..)| *old == canonical && Some(*p) == provider);
                if let Some((_, p, new, link)) = renamed {
                    diagnostics
                        .push_warning(msg::preview_feature_renamed_for_provider(p.as_str(), written, new, link), span);
                    enabled.push(new.to_string());
                    continue;
                }
                if state == State::GoingAway {
                    diagnostics.push_warning(msg::preview_feature_going_away(written), span);
                } else {
                    diagnostics.push_warning(msg::preview_feature_deprecated(written), span);
                }
                enabled.push(canonical.to_string());
            }
            State::ActiveFor(p) if Some(p) != provider => {
                diagnostics.push_error(msg::preview_feature_not_known(written, &listed(provider)), span);
            }
            State::Removed => {
                diagnostics.push_error(msg::preview_feature_not_known(written, &listed(provider)), span);
            }
            State::Active | State::ActiveFor(_) | State::Hidden => enabled.push(canonical.to_string()),
        }
    }
    enabled
}
