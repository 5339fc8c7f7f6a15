//! Quick throughput check of `dates::find_dates` on the benchmark corpora, beside a reference
//! pass (`chars().count()`) timed in the same run: `cargo run --release --example datespeed`.
//! `WARRAQ_BENCH_MB` sets the corpus size (default 4 MiB), `DATESPEED_ROUNDS` the best-of count,
//! `WARRAQ_BENCH_CORPORA` a comma-separated list of corpora. Times are the best of the rounds by
//! the wall clock: run it on a quiet machine. (The thread's CPU time in
//! `/proc/thread-self/schedstat` is only brought up to date at scheduler ticks, 4 ms on the
//! machine this was written on: too coarse for a run of 30 ms.)

#[path = "../benches/common/mod.rs"]
mod common;

use std::hint::black_box;
use std::time::Instant;

fn best_of<T>(rounds: usize, mut f: impl FnMut() -> T) -> f64 {
    let mut best = f64::INFINITY;
    for _ in 0..rounds {
        let t = Instant::now();
        black_box(f());
        best = best.min(t.elapsed().as_secs_f64());
    }
    best
}

/// `DATESPEED_DUMP=<file>`: writes every mention found on each corpus and on each text of the
/// evaluation files (one document each), to compare outputs before and after a change.
fn dump(path: &str) {
    use std::fmt::Write as _;
    let opts = warraq::Options::default();
    let mut out = String::new();
    for c in common::corpora() {
        let _ = writeln!(out, "== corpus {}", c.name);
        for m in warraq::dates::find_dates(&c.text, &opts) {
            let _ = writeln!(out, "{m:?}");
        }
    }
    // the evaluation rows as the corpora read them (`WARRAQ_EVAL_DIR` too), one document each
    for (f, row) in common::eval_rows() {
        let Some(text) = row.get("text").and_then(|t| t.as_str()) else {
            continue;
        };
        let _ = writeln!(out, "== {} {:?}", f.display(), row.get("id"));
        for m in warraq::dates::find_dates(text, &opts) {
            let _ = writeln!(out, "{m:?}");
        }
    }
    std::fs::write(path, out).expect("dump written");
}

fn main() {
    if let Ok(path) = std::env::var("DATESPEED_DUMP") {
        dump(&path);
        return;
    }
    let rounds = std::env::var("DATESPEED_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5);
    let only = std::env::var("WARRAQ_BENCH_CORPORA").unwrap_or_default();
    let opts = warraq::Options::default();
    for c in common::corpora() {
        if !only.trim().is_empty() && !only.split(',').any(|n| n.trim() == c.name) {
            continue;
        }
        let text = c.text.as_str();
        let mb = text.len() as f64 / 1e6;
        let r = best_of(rounds, || black_box(text).chars().count());
        let d = best_of(rounds, || warraq::dates::find_dates(black_box(text), &opts));
        let n = warraq::dates::find_dates(text, &opts).len();
        println!(
            "{:<10} {:>9} B ({:>3} src)  ref chars {:>8.0} MB/s   find_dates {:>7.1} MB/s  ({} dates)",
            c.name,
            text.len(),
            c.sources,
            mb / r,
            mb / d,
            n
        );
    }
}
