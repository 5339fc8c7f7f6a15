//! The benchmark corpora, built exactly as `benches/corpus.py` builds them (same bytes, checked by
//! the FNV-1a hash that both print): paragraphs written for this project, shuffled
//! deterministically and concatenated to the target size.
//!
//! Corpora: `mixed` (translated commentary with Arabic passages, dates, citations), `arabic`
//! (Arabic news), `english` (plain English news), all date-dense (a date every few hundred bytes),
//! and `news` (ordinary English and Arabic news prose and commentary with few dates: one every
//! few KB). When `../shared/eval/*.jsonl` exists at run time
//! (or `WARRAQ_EVAL_DIR` points at such files) two more are built from it, never committed:
//! `eval-seed` (the seed document repeated) and `eval-all` (every distinct text of those files).

use std::path::PathBuf;

/// One corpus: its name, its text, and how many source paragraphs or texts it was built from.
pub struct Corpus {
    pub name: String,
    pub text: String,
    pub sources: usize,
}

const MIXED: &str = include_str!("../corpus/mixed.txt");
const ARABIC: &str = include_str!("../corpus/arabic.txt");
const ENGLISH: &str = include_str!("../corpus/english.txt");
const NEWS: &str = include_str!("../corpus/news.txt");

/// Target size in bytes: `WARRAQ_BENCH_MB` megabytes (MiB), 4 by default.
pub fn target_bytes() -> usize {
    let mb = std::env::var("WARRAQ_BENCH_MB")
        .ok()
        .and_then(|s| s.parse::<f64>().ok())
        .filter(|mb| *mb > 0.0)
        .unwrap_or(4.0);
    (mb * 1024.0 * 1024.0) as usize
}

/// 64-bit FNV-1a, to check that Rust and Python measured the same bytes.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// splitmix64: a tiny deterministic generator, the same in `corpus.py`.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

/// The paragraphs of a corpus file: split at blank lines, newlines trimmed, empty ones dropped.
pub fn paragraphs(file: &str) -> Vec<String> {
    file.replace("\r\n", "\n")
        .split("\n\n")
        .map(|p| p.trim_matches('\n').to_owned())
        .filter(|p| !p.trim().is_empty())
        .collect()
}

/// Concatenates `parts`, each followed by a blank line, in rounds of deterministic shuffles
/// (seeded by the corpus name) until the text reaches `target` bytes.
pub fn build(name: &str, parts: &[String], target: usize) -> String {
    let mut out = String::with_capacity(target + 64 * 1024);
    if parts.is_empty() {
        return out;
    }
    let mut rng = SplitMix(fnv1a(name.as_bytes()));
    let mut order: Vec<usize> = (0..parts.len()).collect();
    while out.len() < target {
        for i in (1..order.len()).rev() {
            let j = (rng.next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        for &k in &order {
            out.push_str(&parts[k]);
            out.push_str("\n\n");
            if out.len() >= target {
                break;
            }
        }
    }
    out
}

/// Where the evaluation files are, if anywhere.
fn eval_dir() -> Option<PathBuf> {
    let dir = match std::env::var_os("WARRAQ_EVAL_DIR") {
        Some(d) => PathBuf::from(d),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/eval"),
    };
    dir.is_dir().then_some(dir)
}

/// Every row of every `*.jsonl` file of the evaluation folder (files in name order, rows in
/// file order), with its file; empty when the folder is absent (`WARRAQ_EVAL_DIR` or
/// `../shared/eval`).
pub fn eval_rows() -> Vec<(PathBuf, serde_json::Value)> {
    let Some(dir) = eval_dir() else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut rows = Vec::new();
    for f in files {
        let Ok(body) = std::fs::read_to_string(&f) else {
            continue;
        };
        for line in body.lines() {
            if let Ok(row) = serde_json::from_str::<serde_json::Value>(line) {
                rows.push((f.clone(), row));
            }
        }
    }
    rows
}

/// The distinct `text` fields of the evaluation rows, and the seed document's text (from
/// `seed_*.jsonl`).
fn eval_texts() -> (Vec<String>, Vec<String>) {
    let mut all = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut seed = Vec::new();
    for (f, row) in eval_rows() {
        let is_seed = f
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with("seed_"));
        let Some(text) = row.get("text").and_then(|t| t.as_str()) else {
            continue;
        };
        if text.trim().is_empty() || !seen.insert(text.to_owned()) {
            continue;
        }
        all.push(text.to_owned());
        if is_seed {
            seed.push(text.to_owned());
        }
    }
    (all, seed)
}

/// Every corpus available, in a fixed order.
pub fn corpora() -> Vec<Corpus> {
    let target = target_bytes();
    let mut out = Vec::new();
    for (name, file) in [
        ("mixed", MIXED),
        ("arabic", ARABIC),
        ("english", ENGLISH),
        ("news", NEWS),
    ] {
        let parts = paragraphs(file);
        out.push(Corpus {
            name: name.to_owned(),
            text: build(name, &parts, target),
            sources: parts.len(),
        });
    }
    let (all, seed) = eval_texts();
    for (name, parts) in [("eval-seed", seed), ("eval-all", all)] {
        if !parts.is_empty() {
            out.push(Corpus {
                name: name.to_owned(),
                text: build(name, &parts, target),
                sources: parts.len(),
            });
        }
    }
    out
}
