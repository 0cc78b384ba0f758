//! Work split over the machine's cores, with results kept in input order.
//!
//! Parsing, validating and rendering a large schema are cut into contiguous
//! ranges: the calling thread takes the first, helper threads of a pool
//! that lives as long as the process take the others (rayon's scoped
//! spawns: work may borrow from the caller). Results come back in input
//! order, so everything downstream — diagnostics above all — is the same as
//! in a sequential run.

use std::ops::Range;
use std::sync::OnceLock;

/// How many threads work may be split over: the cores available to this
/// process (read once; the lookup reads cgroup files on Linux), at most 8.
pub(crate) fn cores() -> usize {
    static CORES: OnceLock<usize> = OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()).min(8))
}

/// The helper threads: one fewer than [`cores`], since the calling thread
/// always takes a share. They live as long as the process, so splitting a
/// pass costs a hand-over rather than a thread start, and memory they
/// allocate stays in a live heap (freeing it later from another thread is a
/// cheap hand-back, not the reclaiming of an exited thread's pages).
/// `None` when the system would not start them: everything then runs on
/// the calling thread, in the same order.
fn pool() -> Option<&'static rayon::ThreadPool> {
    static POOL: OnceLock<Option<rayon::ThreadPool>> = OnceLock::new();
    POOL.get_or_init(|| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(cores().saturating_sub(1).max(1))
            .thread_name(|i| format!("psl-{i}"))
            .build()
            .ok()
    })
    .as_ref()
}

/// Runs `work` on contiguous ranges covering `0..n`, one per thread, and
/// returns its results in range order. Each range holds at least `min_items`
/// items (so small inputs stay on the calling thread, where starting a
/// thread would cost more than it saves), and the cuts are placed so that
/// each range holds about the same total `weight` (items of very different
/// sizes, such as an enum and a large model, still split the work evenly).
pub(crate) fn weighted_ranges<R: Send>(
    n: usize,
    min_items: usize,
    weight: impl Fn(usize) -> usize,
    work: impl Fn(Range<usize>) -> R + Sync,
) -> Vec<R> {
    let threads = if forced_split() { n.min(3) } else { cores().min(n / min_items.max(1)) }.max(1);
    if threads == 1 {
        return vec![work(0..n)];
    }
    let weights: Vec<usize> = (0..n).map(|i| weight(i).max(1)).collect();
    let total: usize = weights.iter().sum();
    let mut bounds = vec![0];
    let mut sum = 0;
    for (i, w) in weights.iter().enumerate() {
        if bounds.len() < threads && sum >= total * bounds.len() / threads && i > *bounds.last().unwrap_or(&0) {
            bounds.push(i);
        }
        sum += w;
    }
    bounds.push(n);
    run_pieces(&bounds, work)
}

/// Runs `work` on each range between consecutive `cuts` (`[0, …, n]`), the
/// first on the calling thread and every other on a thread of its own, and
/// returns the results in range order. A panic in any piece is resumed here.
pub(crate) fn run_pieces<R: Send>(cuts: &[usize], work: impl Fn(Range<usize>) -> R + Sync) -> Vec<R> {
    if cuts.len() <= 2 {
        return cuts.first().zip(cuts.last()).map(|(&a, &b)| work(a..b)).into_iter().collect();
    }
    let work = &work;
    let Some(pool) = pool() else {
        return cuts.windows(2).map(|w| work(w[0]..w[1])).collect();
    };
    let mut results: Vec<Option<R>> = cuts[1..].iter().map(|_| None).collect();
    if let Some((first, rest)) = results.split_first_mut() {
        pool.in_place_scope(|scope| {
            for (slot, w) in rest.iter_mut().zip(cuts[1..].windows(2)) {
                let range = w[0]..w[1];
                scope.spawn(move |_| *slot = Some(work(range)));
            }
            *first = Some(work(cuts[0]..cuts[1]));
        });
    }
    results.into_iter().flatten().collect()
}

/// Calls `f` on each item of `items` with its update (`updates[i]` for
/// `items[i]`; items past the end of `updates` are left alone), splitting
/// the items into contiguous ranges of about equal count, one per thread,
/// with at least `min_items` items each.
pub(crate) fn update_each<T: Send, U: Send>(
    items: &mut [T],
    updates: Vec<U>,
    min_items: usize,
    f: impl Fn(&mut T, U) + Sync,
) {
    let n = items.len().min(updates.len());
    let threads = if forced_split() { n.min(3) } else { cores().min(n / min_items.max(1)) }.max(1);
    let mut updates = updates;
    updates.truncate(n);
    let mut pieces: Vec<(&mut [T], Vec<U>)> = Vec::with_capacity(threads);
    let mut rest = &mut items[..n];
    for k in (1..=threads).rev() {
        let take = rest.len() / k;
        let (piece, after) = rest.split_at_mut(take);
        let piece_updates = updates.drain(..take).collect();
        pieces.push((piece, piece_updates));
        rest = after;
    }
    let f = &f;
    let run = move |(items, updates): (&mut [T], Vec<U>)| items.iter_mut().zip(updates).for_each(|(t, u)| f(t, u));
    let mut pieces = pieces.into_iter();
    let Some(first) = pieces.next() else { return };
    let pool = match pool() {
        // One piece needs no helper (nor starts one, on a small schema).
        Some(pool) if pieces.len() > 0 => pool,
        _ => {
            run(first);
            return pieces.for_each(run);
        }
    };
    pool.in_place_scope(|scope| {
        for piece in pieces {
            scope.spawn(move |_| run(piece));
        }
        run(first);
    });
}

/// From this many items on, [`free_in_halves`] splits the freeing.
const FREE_IN_HALVES_MIN_ITEMS: usize = 256;

/// Frees `items`, a large list on two threads: the second half on the
/// helper, which built it (the passes give the helper the later ranges), so
/// each half goes back to the heap it came from, which is cheapest.
pub(crate) fn free_in_halves<T: Send>(mut items: Vec<T>) {
    if items.len() < FREE_IN_HALVES_MIN_ITEMS || cores() < 2 {
        return;
    }
    let second = items.split_off(items.len() / 2);
    join(move || drop(second), move || drop(items));
}

/// Runs `a` on a helper thread and `b` on this one, and returns when both are done.
pub(crate) fn join(a: impl FnOnce() + Send, b: impl FnOnce()) {
    let Some(pool) = pool() else {
        a();
        return b();
    };
    pool.in_place_scope(|scope| {
        scope.spawn(|_| a());
        b();
    });
}

#[cfg(test)]
thread_local! {
    static SPLIT_ALWAYS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f` with every [`weighted_ranges`] call made on this thread cut into up to
/// three ranges whatever the input size and the machine, so tests check on
/// small inputs that splitting changes nothing.
#[cfg(test)]
pub(crate) fn split_always<R>(f: impl FnOnce() -> R) -> R {
    SPLIT_ALWAYS.with(|s| s.set(true));
    let result = f();
    SPLIT_ALWAYS.with(|s| s.set(false));
    result
}

fn forced_split() -> bool {
    #[cfg(test)]
    return SPLIT_ALWAYS.with(|s| s.get());
    #[cfg(not(test))]
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_cover_the_input_in_order() {
        for n in [0, 1, 7, 100, 1001] {
            for min_items in [1, 3, 50, 2000] {
                let pieces = weighted_ranges(n, min_items, |_| 1, |range| range.collect::<Vec<_>>());
                assert!(pieces.len() <= cores().max(1));
                let all: Vec<usize> = pieces.into_iter().flatten().collect();
                assert_eq!(all, (0..n).collect::<Vec<_>>(), "n = {n}, min_items = {min_items}");
            }
        }
    }

    #[test]
    fn weighted_ranges_balance_the_weight() {
        // One heavy item first: with two threads it gets a range of its own.
        let pieces =
            split_always(|| weighted_ranges(4, 1, |i| if i == 0 { 30 } else { 10 }, |r| r.collect::<Vec<_>>()));
        let all: Vec<usize> = pieces.iter().flatten().copied().collect();
        assert_eq!(all, vec![0, 1, 2, 3]);
        assert_eq!(pieces[0], vec![0], "{pieces:?}");
    }

    #[test]
    fn update_each_updates_every_item_once() {
        for split in [false, true] {
            let mut items: Vec<usize> = (0..10).collect();
            let updates: Vec<usize> = (0..8).map(|i| i * 100).collect();
            let run = || update_each(&mut items, updates, 2, |item, update| *item += update);
            if split {
                split_always(run);
            } else {
                run();
            }
            assert_eq!(items, [0, 101, 202, 303, 404, 505, 606, 707, 8, 9], "split: {split}");
        }
    }

    #[test]
    fn split_always_cuts_small_inputs() {
        let pieces = split_always(|| weighted_ranges(10, 1000, |_| 1, |range| range.len()));
        assert_eq!(pieces, vec![3, 3, 4]);
        assert_eq!(weighted_ranges(10, 1000, |_| 1, |range| range.len()), vec![10]);
    }
}
