//! Work split over the machine's cores, with results kept in input order.
//!
//! Parsing, validating and rendering a large schema are cut into contiguous
//! pieces, several per thread, which the calling thread and the helper
//! threads of a pool that lives as long as the process claim one at a time
//! (rayon's scoped spawns: work may borrow from the caller). A thread that
//! starts late or runs slowly simply claims fewer pieces. Results come back
//! in input order, so everything downstream — diagnostics above all — is
//! the same as in a sequential run.

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

/// Pieces per thread that [`weighted_ranges`] cuts: threads claim pieces
/// one after another, so a thread that starts late or runs slowly (a busy
/// core, a costly stretch of the schema) takes fewer, and none waits long
/// for another at the end of a pass.
const PIECES_PER_THREAD: usize = 16;

/// Below this size a schema text is parsed and rendered on the calling
/// thread: handing work over costs more than it saves.
const TEXT_PIECE_MIN_BYTES: usize = 128 * 1024;

/// How many pieces `n` items are cut into: 1 (no split) unless each thread
/// gets at least `min_items` items, else [`PIECES_PER_THREAD`] per thread.
fn pieces_for(n: usize, min_items: usize) -> usize {
    match cores().min(n / min_items.max(1)) {
        0 | 1 => 1,
        threads => threads * PIECES_PER_THREAD,
    }
}

/// How many pieces a schema text of `len` bytes is parsed or rendered in
/// (1: on the calling thread).
pub(crate) fn text_pieces(len: usize) -> usize {
    pieces_for(len, TEXT_PIECE_MIN_BYTES)
}

/// [`pieces_for`], except under `split_always` (tests): up to three
/// whatever the size.
fn piece_count(n: usize, min_items: usize) -> usize {
    if forced_split() {
        return n.clamp(1, 3);
    }
    pieces_for(n, min_items)
}

/// Runs `work` on contiguous ranges covering `0..n` on up to one thread per
/// core, and returns its results in range order. Work is only split when
/// each thread gets at least `min_items` items (small inputs stay on the
/// calling thread, where handing work over would cost more than it saves);
/// then `0..n` is cut into [`PIECES_PER_THREAD`] pieces per thread of about
/// the same total `weight` (items of very different sizes, such as an enum
/// and a large model, still split the work evenly), which the threads claim
/// in order (see [`run_pieces`]).
pub(crate) fn weighted_ranges<R: Send>(
    n: usize,
    min_items: usize,
    weight: impl Fn(usize) -> usize,
    work: impl Fn(Range<usize>) -> R + Sync,
) -> Vec<R> {
    let pieces = piece_count(n, min_items);
    if pieces <= 1 {
        return vec![work(0..n)];
    }
    let weights: Vec<usize> = (0..n).map(|i| weight(i).max(1)).collect();
    let total: usize = weights.iter().sum();
    let mut bounds = vec![0];
    let mut sum = 0;
    for (i, w) in weights.iter().enumerate() {
        if bounds.len() < pieces && sum >= total * bounds.len() / pieces && i > *bounds.last().unwrap_or(&0) {
            bounds.push(i);
        }
        sum += w;
    }
    bounds.push(n);
    run_pieces(&bounds, work)
}

/// Runs `work` on each range between consecutive `cuts` (`[0, …, n]`) and
/// returns the results in range order. The calling thread and the helpers
/// claim the ranges in order, one at a time, until none is left. A panic in
/// any piece is resumed here.
pub(crate) fn run_pieces<R: Send>(cuts: &[usize], work: impl Fn(Range<usize>) -> R + Sync) -> Vec<R> {
    let ranges: Vec<Range<usize>> = cuts.windows(2).map(|w| w[0]..w[1]).collect();
    claim_in_turn(ranges, work)
}

/// Runs `work` on every piece, on the calling thread and up to one helper
/// per remaining core, and returns the results in piece order. Each thread
/// claims the next unclaimed piece when done with its last: the calling
/// thread from the front, the helpers from the back. So on two cores each
/// thread's pieces are contiguous, the calling thread's first: what it
/// builds and what a helper builds stay apart, and [`free_in_pieces`],
/// claiming the same way, mostly frees each piece on the thread that built
/// it, which is cheapest.
fn claim_in_turn<P: Send, R: Send>(pieces: Vec<P>, work: impl Fn(P) -> R + Sync) -> Vec<R> {
    let n = pieces.len();
    let pool = match pool() {
        Some(pool) if n > 1 => pool,
        _ => return pieces.into_iter().map(work).collect(),
    };
    let queue = std::sync::Mutex::new(pieces.into_iter().enumerate().collect::<std::collections::VecDeque<_>>());
    let claim = |from_front: bool| {
        let mut done = Vec::new();
        loop {
            // The lock is held only to take a piece, never during work, so
            // a panicking piece cannot poison it (the scope resumes the panic).
            let next = queue.lock().ok().and_then(|mut q| if from_front { q.pop_front() } else { q.pop_back() });
            let Some((i, piece)) = next else { return done };
            done.push((i, work(piece)));
        }
    };
    let helpers = (cores() - 1).min(n - 1);
    let mut found: Vec<Vec<(usize, R)>> = (0..helpers).map(|_| Vec::new()).collect();
    let mut mine = Vec::new();
    pool.in_place_scope(|scope| {
        for slot in found.iter_mut() {
            let claim = &claim;
            scope.spawn(move |_| *slot = claim(false));
        }
        mine = claim(true);
    });
    let mut results: Vec<Option<R>> = (0..n).map(|_| None).collect();
    for (i, r) in mine.into_iter().chain(found.into_iter().flatten()) {
        results[i] = Some(r);
    }
    results.into_iter().flatten().collect()
}

/// Calls `f` on each item of `items` with its update (`updates[i]` for
/// `items[i]`; items past the end of `updates` are left alone). Work is
/// split when each thread gets at least `min_items` items; the items are
/// then cut into [`PIECES_PER_THREAD`] pieces per thread of about equal
/// count, which the threads claim in turn.
pub(crate) fn update_each<T: Send, U: Send>(
    items: &mut [T],
    updates: Vec<U>,
    min_items: usize,
    f: impl Fn(&mut T, U) + Sync,
) {
    let n = items.len().min(updates.len());
    let pieces = piece_count(n, min_items);
    let mut updates = updates;
    updates.truncate(n);
    let mut cut: Vec<(&mut [T], Vec<U>)> = Vec::with_capacity(pieces);
    let mut rest = &mut items[..n];
    for k in (1..=pieces).rev() {
        let take = rest.len() / k;
        let (piece, after) = rest.split_at_mut(take);
        let piece_updates = updates.drain(..take).collect();
        cut.push((piece, piece_updates));
        rest = after;
    }
    claim_in_turn(cut, |(items, updates): (&mut [T], Vec<U>)| items.iter_mut().zip(updates).for_each(|(t, u)| f(t, u)));
}

/// From this many items on, [`free_in_pieces`] splits the freeing.
const FREE_IN_PIECES_MIN_ITEMS: usize = 256;

/// Frees `items`, a large list, in pieces that the threads claim in turn
/// (a short list, or any list on one core, is freed on this thread).
pub(crate) fn free_in_pieces<T: Send>(items: Vec<T>) {
    if items.len() < FREE_IN_PIECES_MIN_ITEMS || cores() < 2 {
        return;
    }
    let per_piece = items.len().div_ceil(cores() * PIECES_PER_THREAD);
    let mut pieces: Vec<Vec<T>> = Vec::new();
    let mut items = items.into_iter();
    loop {
        let piece: Vec<T> = items.by_ref().take(per_piece).collect();
        if piece.is_empty() {
            break;
        }
        pieces.push(piece);
    }
    claim_in_turn(pieces, drop);
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
                assert!(pieces.len() <= (cores() * PIECES_PER_THREAD).max(1));
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
    fn claimed_pieces_come_back_in_order() {
        // Pieces of very different cost, so the threads claim them unevenly.
        let pieces: Vec<usize> = (0..64).collect();
        let results = claim_in_turn(pieces, |i| {
            if i % 7 == 0 {
                std::thread::sleep(std::time::Duration::from_millis(2));
            }
            i * 10
        });
        assert_eq!(results, (0..64).map(|i| i * 10).collect::<Vec<_>>());
    }

    #[test]
    fn free_in_pieces_frees_every_item_once() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static FREED: AtomicUsize = AtomicUsize::new(0);
        struct Counted;
        impl Drop for Counted {
            fn drop(&mut self) {
                FREED.fetch_add(1, Ordering::Relaxed);
            }
        }
        for n in [0, 10, FREE_IN_PIECES_MIN_ITEMS, 1001] {
            FREED.store(0, Ordering::Relaxed);
            free_in_pieces((0..n).map(|_| Counted).collect());
            assert_eq!(FREED.load(Ordering::Relaxed), n);
        }
    }

    #[test]
    fn split_always_cuts_small_inputs() {
        let pieces = split_always(|| weighted_ranges(10, 1000, |_| 1, |range| range.len()));
        assert_eq!(pieces, vec![3, 3, 4]);
        assert_eq!(weighted_ranges(10, 1000, |_| 1, |range| range.len()), vec![10]);
    }
}
