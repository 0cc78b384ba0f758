//! [`Pair`]: the previous and next version of one thing.

use sql_schema::{SqlSchema, Walker};

/// The `previous` (migrating from) and `next` (migrating to) version of a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Pair<T> {
    /// The value in the schema migrated from.
    pub previous: T,
    /// The value in the schema migrated to.
    pub next: T,
}

impl<T> Pair<T> {
    /// A pair of `previous` and `next`.
    pub fn new(previous: T, next: T) -> Self {
        Pair { previous, next }
    }

    /// Applies `f` to both sides.
    pub fn map<U>(self, mut f: impl FnMut(T) -> U) -> Pair<U> {
        Pair::new(f(self.previous), f(self.next))
    }

    /// Borrows both sides.
    pub fn as_ref(&self) -> Pair<&T> {
        Pair::new(&self.previous, &self.next)
    }

    /// Zips two pairs side by side.
    pub fn zip<U>(self, other: Pair<U>) -> Pair<(T, U)> {
        Pair::new((self.previous, other.previous), (self.next, other.next))
    }
}

impl<T> Pair<Option<T>> {
    /// `Some` pair when both sides are `Some`.
    pub fn transpose(self) -> Option<Pair<T>> {
        match (self.previous, self.next) {
            (Some(previous), Some(next)) => Some(Pair::new(previous, next)),
            _ => None,
        }
    }
}

impl<'a> Pair<&'a SqlSchema> {
    /// Walks a pair of ids, previous in `previous`, next in `next`.
    pub fn walk<I>(self, ids: Pair<I>) -> Pair<Walker<'a, I>> {
        Pair::new(self.previous.walk(ids.previous), self.next.walk(ids.next))
    }
}
