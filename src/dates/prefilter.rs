//! The prefilter: where dates can be. Digits (Latin, Arabic-Indic, Persian) and the lexicon's
//! words are found with one Aho-Corasick pass; everything else in the text is skipped.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use super::lexicon::lexicon;
use super::resolve::DocHints;

/// Bytes of context read on each side of an anchor.
const MARGIN: usize = 72;

/// Two automata: Latin keys (a DFA, case-insensitive) and Arabic spellings (run only on text
/// that has Arabic letters).
fn anchors_ac() -> &'static (AhoCorasick, AhoCorasick) {
    static AC: OnceLock<(AhoCorasick, AhoCorasick)> = OnceLock::new();
    AC.get_or_init(|| {
        let mut latin: Vec<String> = Vec::new();
        let mut arabic: Vec<String> = Vec::new();
        for k in lexicon().anchor_keys() {
            if k.is_ascii() {
                if k.len() >= 3 {
                    latin.push(k.to_owned());
                }
            } else if k.chars().count() >= 3 {
                arabic.extend(arabic_variants(k));
            }
        }
        for v in [&mut latin, &mut arabic] {
            v.sort();
            v.dedup();
        }
        let latin = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostFirst)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&latin)
            .expect("anchor patterns build");
        let arabic = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostFirst)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&arabic)
            .or_else(|_| {
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::LeftmostFirst)
                    .build(&arabic)
            })
            .expect("anchor patterns build");
        (latin, arabic)
    })
}

/// Raw spellings of a folded Arabic key: alef with hamza or madda, final ya as alef maqsura,
/// final ha as ta marbuta.
fn arabic_variants(k: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let n = k.chars().count();
    for (i, c) in k.chars().enumerate() {
        let opts: &[char] = match c {
            'ا' if out.len() < 16 => &['ا', 'أ', 'إ', 'آ'],
            'ي' if i + 1 == n => &['ي', 'ى'],
            'ه' if i + 1 == n => &['ه', 'ة'],
            _ => &[],
        };
        if opts.is_empty() {
            for s in &mut out {
                s.push(c);
            }
        } else {
            let mut next = Vec::with_capacity(out.len() * opts.len());
            for s in &out {
                for &o in opts {
                    let mut s2 = s.clone();
                    s2.push(o);
                    next.push(s2);
                }
            }
            out = next;
        }
    }
    out
}

#[inline]
fn is_digit_at(b: &[u8], i: usize) -> Option<usize> {
    let c = *b.get(i)?;
    if c.is_ascii_digit() {
        return Some(1);
    }
    if (c == 0xD9 || c == 0xDB) && i + 1 < b.len() {
        let d = b[i + 1];
        if (c == 0xD9 && (0xA0..=0xA9).contains(&d)) || (c == 0xDB && (0xB0..=0xB9).contains(&d)) {
            return Some(2);
        }
    }
    None
}

/// Whether the bytes `c`, `d` start a digit (`is_digit_at`), without branches.
#[inline]
fn digit_pair(c: u8, d: u8) -> bool {
    (c.wrapping_sub(b'0') < 10)
        | ((c == 0xD9) & (d.wrapping_sub(0xA0) < 10))
        | ((c == 0xDB) & (d.wrapping_sub(0xB0) < 10))
}

/// The first position at or after `from` where a digit starts. Blocks of 32 bytes are tested
/// with a branch-free fold (vectorized by the compiler): in Arabic text every other byte is a
/// lead byte 0xD8/0xD9, and testing them one by one cost more than everything else here.
fn next_digit(b: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while let Some(w) = b.get(i..i + 33) {
        let any = w[..32]
            .iter()
            .zip(&w[1..])
            .fold(false, |acc, (&c, &d)| acc | digit_pair(c, d));
        if any {
            break;
        }
        i += 32;
    }
    (i..b.len()).find(|&j| is_digit_at(b, j).is_some())
}

fn floor_boundary(text: &str, mut x: usize) -> usize {
    while x > 0 && !text.is_char_boundary(x) {
        x -= 1;
    }
    x
}

fn ceil_boundary(text: &str, mut x: usize) -> usize {
    while x < text.len() && !text.is_char_boundary(x) {
        x += 1;
    }
    x.min(text.len())
}

/// Byte ranges of the text worth reading, merged and on character boundaries.
pub(crate) fn windows(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut anchors: Vec<(usize, usize)> = Vec::new();
    // digit runs: ASCII, Arabic-Indic and Persian digits
    let mut i = 0;
    while let Some(s) = next_digit(b, i) {
        let mut e = s;
        while let Some(w) = is_digit_at(b, e) {
            e += w;
        }
        anchors.push((s, e));
        i = e;
    }
    let lex = lexicon();
    let (latin, arabic) = anchors_ac();
    // the Arabic automaton runs only over stretches of Arabic script
    let mut arabic_hits: Vec<(usize, usize)> = Vec::new();
    let mut pos = 0;
    while let Some(p) = memchr::memchr3(0xD8, 0xD9, 0xDB, &b[pos..]).map(|p| pos + p) {
        // on to the last Arabic lead byte of each next 64 bytes, until 64 bytes hold none: the
        // same end as stepping lead by lead, with one step per 64 bytes of Arabic text
        let mut end = p + 2;
        while let Some(q) = b
            .get(end..(end + 64).min(b.len()))
            .and_then(|w| w.iter().rposition(|&c| matches!(c, 0xD8 | 0xD9 | 0xDB)))
        {
            end += q + 2;
        }
        let (s0, e0) = (
            floor_boundary(text, p),
            ceil_boundary(text, end.min(b.len())),
        );
        if let Some(seg) = text.get(s0..e0) {
            arabic_hits.extend(
                arabic
                    .find_iter(seg)
                    .map(|m| (s0 + m.start(), s0 + m.end())),
            );
        }
        pos = e0.max(p + 1);
        if pos >= b.len() {
            break;
        }
    }
    // The Latin automaton runs only over stretches with ASCII letters (Arabic text has few):
    // its keys are ASCII letters only (`latin_anchor_keys_are_letters`), so every match lies
    // inside one run of letters, and a stretch starts at such a run and ends after one.
    let mut latin_hits: Vec<(usize, usize)> = Vec::new();
    let mut pos = 0;
    while let Some(p) = b[pos..]
        .iter()
        .position(u8::is_ascii_alphabetic)
        .map(|p| pos + p)
    {
        // on to the last letter of each next 64 bytes (one or two bytes read per step in
        // English), until 64 bytes hold none; `end` is always just after a letter
        let mut end = p + 1;
        while let Some(q) = b
            .get(end..(end + 64).min(b.len()))
            .and_then(|w| w.iter().rposition(u8::is_ascii_alphabetic))
        {
            end += q + 1;
        }
        if let Some(seg) = text.get(p..end) {
            latin_hits.extend(latin.find_iter(seg).map(|m| (p + m.start(), p + m.end())));
        }
        pos = end;
    }
    let mut w = String::new();
    for (s, e) in latin_hits.into_iter().chain(arabic_hits) {
        // Latin keys start a word
        if b[s].is_ascii_alphabetic() && s > 0 && b[s - 1].is_ascii_alphabetic() {
            continue;
        }
        if b[s].is_ascii_alphabetic() {
            // the whole word must be a lexicon word (`Decide` is not `Dec`)
            let mut we = e;
            while we < b.len() && (b[we].is_ascii_alphabetic() || b[we] == b'\'') {
                we += 1;
            }
            let raw = &text[s..we];
            let raw = raw
                .strip_suffix("'s")
                .or_else(|| raw.strip_suffix("'S"))
                .unwrap_or(raw);
            // (into one reused buffer: there is a match every few dozen bytes of English)
            w.clear();
            w.extend(
                raw.chars()
                    .filter(|&c| c != '\'')
                    .map(|c| c.to_ascii_lowercase()),
            );
            if !lex.is_anchor(&w) {
                continue;
            }
            // frequent words that are dates only next to a number or a direction word:
            // units (`day`, `years`) and lowercase `may`
            let unit = lex.is_unit_only(&w);
            if unit || (&text[s..we] == "may") {
                let lo = s.saturating_sub(24);
                let hi = (we + 16).min(b.len());
                let near_digit = b[lo..hi].iter().any(u8::is_ascii_digit);
                let around = text.get(lo..hi).unwrap_or("").to_ascii_lowercase();
                let near_word = unit
                    && [
                        "last",
                        "next",
                        "this",
                        "current",
                        "coming",
                        "ago",
                        "hence",
                        "from now",
                        "one ",
                        "two ",
                        "three ",
                        "four ",
                        "five ",
                        "six ",
                        "seven ",
                        "eight ",
                        "nine ",
                        "ten ",
                        "a ",
                        "an ",
                        "upcoming",
                        "later",
                        "after",
                        "before",
                        "yr",
                        // `the end of the year`: a part of the reference's year or month
                        "end of",
                        "beginning of",
                        "start of",
                        "middle of",
                        "close of",
                        "early in",
                        "late in",
                    ]
                    .iter()
                    .any(|k| around.contains(k));
                if !near_digit && !near_word {
                    continue;
                }
            }
        }
        anchors.push((s, e));
    }
    if anchors.is_empty() {
        return Vec::new();
    }
    // three sorted runs (digits, Latin words, Arabic words): the stable sort merges runs in
    // linear time, and equal anchors are identical, so the order is the same as any sort's
    anchors.sort();
    let floor = |mut x: usize| {
        while x > 0 && !text.is_char_boundary(x) {
            x -= 1;
        }
        x
    };
    let ceil = |mut x: usize| {
        while x < b.len() && !text.is_char_boundary(x) {
            x += 1;
        }
        x.min(b.len())
    };
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (s, e) in anchors {
        let mut ws = floor(s.saturating_sub(MARGIN));
        // back to a space, so the window starts at a word
        let limit = ws.saturating_sub(32);
        while ws > limit && ws > 0 && !b[ws - 1].is_ascii_whitespace() {
            ws -= 1;
        }
        let ws = floor(ws);
        let mut we = ceil((e + MARGIN).min(b.len()));
        let limit = (we + 32).min(b.len());
        while we < limit && !b[we].is_ascii_whitespace() {
            we += 1;
        }
        let we = ceil(we);
        match out.last_mut() {
            Some(last) if ws <= last.1 => last.1 = last.1.max(we),
            _ => out.push((ws, we)),
        }
    }
    out
}

fn outlets_ac() -> &'static AhoCorasick {
    static AC: OnceLock<AhoCorasick> = OnceLock::new();
    AC.get_or_init(|| {
        let pats: Vec<&str> = include_str!("../../data/dates/outlets.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .build(pats)
            .expect("outlet patterns build")
    })
}

/// Whether the document is mostly Arabic, and whether it cites Arabic-world outlets.
pub(crate) fn hints(text: &str) -> DocHints {
    let b = text.as_bytes();
    let arabic_letters = b.iter().filter(|&&c| (0xD8..=0xDB).contains(&c)).count();
    let latin_letters = b.iter().filter(|c| c.is_ascii_alphabetic()).count();
    DocHints {
        arabic: arabic_letters * 3 > latin_letters,
        arab_outlet: outlets_ac().is_match(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `windows` runs the Latin automaton over stretches of ASCII letters only: right as long
    /// as no Latin key holds anything else.
    #[test]
    fn latin_anchor_keys_are_letters() {
        for k in lexicon().anchor_keys() {
            if k.is_ascii() {
                assert!(k.bytes().all(|c| c.is_ascii_alphabetic()), "{k:?}");
            }
        }
    }
}
