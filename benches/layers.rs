//! Throughput of every layer of warraq, in bytes of UTF-8 per second, on the same texts as
//! `benches/compare.py`, beside reference lines that bound what is possible on that text:
//! a bare UTF-8 decode, a char-by-char script lookup (`unicode_script` on every char, and warraq's
//! own `text::strong_script` with its ASCII fast path), and unicode-segmentation's own word and
//! sentence iterators.
//!
//! Each layer is timed alone: its inputs (runs, sentences, dates) are computed once, outside the
//! timed loop. `warraq::analyze` is the whole pipeline. Single-threaded throughout.
//!
//! Run with `cargo bench --bench layers` (or `scripts/bench`, which also writes BENCHMARKS.md).
//! `WARRAQ_BENCH_MB` sets the corpus size (default 4 MiB), `WARRAQ_BENCH_CORPORA` a comma-separated
//! list of corpora to run, and `WARRAQ_BENCH_OUT` a folder where each corpus's facts (size, hash,
//! what each layer found) are written as JSON for the report.

mod common;

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, SamplingMode, Throughput};
use unicode_script::{Script, UnicodeScript};
use unicode_segmentation::UnicodeSegmentation;
use warraq::{Document, Options};

fn selected(name: &str) -> bool {
    match std::env::var("WARRAQ_BENCH_CORPORA") {
        Ok(list) if !list.trim().is_empty() => list.split(',').any(|n| n.trim() == name),
        _ => true,
    }
}

/// Writes what the pipeline found on this corpus, for the report.
fn write_facts(corpus: &common::Corpus, doc: &Document) {
    let Some(dir) = std::env::var_os("WARRAQ_BENCH_OUT") else {
        return;
    };
    let dir = std::path::PathBuf::from(dir);
    let facts = serde_json::json!({
        "corpus": corpus.name,
        "bytes": corpus.text.len(),
        "chars": corpus.text.chars().count(),
        "sources": corpus.sources,
        "fnv1a": format!("{:016x}", common::fnv1a(corpus.text.as_bytes())),
        "found": {
            "runs": doc.runs.len(),
            "tokens": doc.tokens.len(),
            "sentences": doc.sentences.len(),
            "dates": doc.dates.len(),
            "quotes": doc.quotes.len(),
        },
    });
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join(format!("corpus-{}.json", corpus.name));
    if let Err(e) = std::fs::write(&path, facts.to_string()) {
        eprintln!("warning: cannot write {}: {e}", path.display());
    }
}

/// A char-by-char classify pass: the Unicode script of every character.
fn classify(text: &str) -> (usize, usize) {
    let (mut arabic, mut latin) = (0usize, 0usize);
    for c in text.chars() {
        match c.script() {
            Script::Arabic => arabic += 1,
            Script::Latin => latin += 1,
            _ => {}
        }
    }
    (arabic, latin)
}

fn layers(c: &mut Criterion) {
    let opts = Options::default();
    for corpus in common::corpora() {
        if !selected(&corpus.name) {
            continue;
        }
        let text = corpus.text.as_str();
        // Inputs of each layer, computed once outside the timed loops.
        let doc = warraq::analyze(text, &opts);
        write_facts(&corpus, &doc);
        eprintln!(
            "corpus {}: {} bytes from {} sources, fnv1a {:016x}; found {} runs, {} tokens, {} sentences, {} dates, {} quotes",
            corpus.name,
            text.len(),
            corpus.sources,
            common::fnv1a(text.as_bytes()),
            doc.runs.len(),
            doc.tokens.len(),
            doc.sentences.len(),
            doc.dates.len(),
            doc.quotes.len()
        );

        let mut g = c.benchmark_group(corpus.name.as_str());
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.sampling_mode(SamplingMode::Flat);
        g.sample_size(10);
        g.warm_up_time(Duration::from_secs(1));
        g.measurement_time(Duration::from_secs(3));

        // Reference lines: what any pass over this text costs.
        g.bench_function("ref: chars().count()", |b| {
            b.iter(|| black_box(text).chars().count())
        });
        g.bench_function("ref: script of each char", |b| {
            b.iter(|| classify(black_box(text)))
        });
        g.bench_function("ref: strong_script of each char", |b| {
            b.iter(|| {
                black_box(text)
                    .chars()
                    .filter(|&c| warraq::text::strong_script(c) == Some(Script::Arabic))
                    .count()
            })
        });
        g.bench_function("ref: unicode-segmentation split_word_bounds", |b| {
            b.iter(|| black_box(text).split_word_bounds().count())
        });
        g.bench_function("ref: unicode-segmentation unicode_sentences", |b| {
            b.iter(|| black_box(text).unicode_sentences().count())
        });

        // warraq, layer by layer, then the whole pipeline.
        g.bench_function("text::runs", |b| {
            b.iter(|| warraq::text::runs(black_box(text)))
        });
        g.bench_function("segment::segment", |b| {
            b.iter(|| warraq::segment::segment(black_box(text), &doc.runs, &opts))
        });
        // its two halves
        g.bench_function("segment::tokenize", |b| {
            b.iter(|| warraq::segment::tokenize(black_box(text), &doc.runs, &opts))
        });
        g.bench_function("segment::sentences", |b| {
            b.iter(|| warraq::segment::sentences(black_box(text), &doc.runs, &opts))
        });
        g.bench_function("dates::find_dates", |b| {
            b.iter(|| warraq::dates::find_dates(black_box(text), &opts))
        });
        g.bench_function("quotes::find_quotes", |b| {
            b.iter(|| warraq::quotes::find_quotes(black_box(text), &doc.dates, &opts))
        });
        g.bench_function("analyze", |b| {
            b.iter(|| warraq::analyze(black_box(text), &opts))
        });
        // The same on a 256 KiB prefix: a much higher MB/s there than on the whole corpus would
        // mean a cost that grows faster than the text.
        let mut cut = text.len().min(256 * 1024);
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let head = &text[..cut];
        g.throughput(Throughput::Bytes(head.len() as u64));
        g.bench_function("analyze, first 256 KiB", |b| {
            b.iter(|| warraq::analyze(black_box(head), &opts))
        });
        g.finish();
    }
}

criterion_group!(benches, layers);
criterion_main!(benches);
