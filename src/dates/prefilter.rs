//! The prefilter: where dates can be. Digits (Latin, Arabic-Indic, Persian) and the lexicon's
//! words are found with one Aho-Corasick pass; everything else in the text is skipped.

use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder};

use super::lexicon::{lexicon, FxHasher};
use super::resolve::DocHints;

/// Bytes of context read on each side of an anchor.
const MARGIN: usize = 72;
/// Words of context read on each side of an anchor (at most `MARGIN` bytes).
const MARGIN_WORDS: usize = 6;

/// The Latin anchor keys (ASCII letters, at least three): lowercase, with a bitmap of their
/// three-letter prefixes and their lengths.
struct LatinKeys {
    keys: std::collections::HashSet<Vec<u8>, BuildHasherDefault<FxHasher>>,
    /// Bit `26 * 26 * a + 26 * b + c` for each key starting with the letters `a b c`.
    prefix3: Vec<u64>,
    max_len: usize,
}

fn latin_keys() -> &'static LatinKeys {
    static KEYS: OnceLock<LatinKeys> = OnceLock::new();
    KEYS.get_or_init(|| {
        let mut out = LatinKeys {
            keys: Default::default(),
            prefix3: vec![0; 26 * 26 * 26 / 64 + 1],
            max_len: 0,
        };
        for k in lexicon().anchor_keys() {
            if k.is_ascii() && k.len() >= 3 && k.bytes().all(|c| c.is_ascii_alphabetic()) {
                let k = k.to_ascii_lowercase().into_bytes();
                let bit = prefix3_bit(k[0], k[1], k[2]);
                out.prefix3[bit / 64] |= 1 << (bit % 64);
                out.max_len = out.max_len.max(k.len());
                out.keys.insert(k);
            }
        }
        out
    })
}

#[inline]
fn prefix3_bit(a: u8, b: u8, c: u8) -> usize {
    let l = |x: u8| (x.to_ascii_lowercase().wrapping_sub(b'a') as usize).min(25);
    26 * 26 * l(a) + 26 * l(b) + l(c)
}

/// Bit `k` set when byte `k` of `x` (little-endian) is an ASCII letter: eight bytes at once.
#[inline]
pub(crate) fn letter_mask8(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let y = x | (0x20 * ONES);
    let low7 = y & (0x7F * ONES);
    // bytes of `y` strictly between 0x60 and 0x7B (`a..=z`), none of them 0x80 or above; no
    // borrow or carry crosses a byte
    let t = ((ONES * (127 + 0x7B)) - low7) & !y & (low7 + ONES * (127 - 0x60)) & (0x80 * ONES);
    // the eight high bits gathered into the top byte
    ((t >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// Bit `k` set when `chunk[k]` (at most 64 bytes) is an ASCII letter.
#[inline]
fn letter_mask(chunk: &[u8]) -> u64 {
    byte_mask(chunk, letter_mask8, |c| c.is_ascii_alphabetic())
}

/// Bit `k` set when `chunk[k]` (at most 64 bytes) passes `byte`: eight bytes at a time by
/// `eight` (the same test on a little-endian word, one bit per byte in its low eight bits), the
/// tail byte by byte.
#[inline(always)]
fn byte_mask(chunk: &[u8], eight: impl Fn(u64) -> u64, byte: impl Fn(u8) -> bool) -> u64 {
    let mut m = 0u64;
    let mut words = chunk.chunks_exact(8);
    for (k, w) in (&mut words).enumerate() {
        let mut a = [0u8; 8];
        a.copy_from_slice(w);
        m |= eight(u64::from_le_bytes(a)) << (8 * k);
    }
    let done = chunk.len() - words.remainder().len();
    for (k, &c) in words.remainder().iter().enumerate() {
        m |= u64::from(byte(c)) << (done + k);
    }
    m
}

/// Where a Latin anchor key starts a run of ASCII letters (the run preceded by no letter), and
/// where the shortest such key ends: the matches the leftmost-first automaton over the sorted
/// keys gave at the starts of letter runs, found a run at a time. Runs whose first three letters
/// start no key are passed over after one bitmap test.
///
/// Each is checked (`latin_anchor`) as soon as it is found, while its bytes are in the cache,
/// and pushed to `out` when it anchors.
fn latin_starts(text: &str, out: &mut Vec<(usize, usize)>) {
    let b = text.as_bytes();
    let keys = latin_keys();
    let mut w = String::new();
    let mut low = [0u8; 64];
    let max_len = keys.max_len.min(low.len());
    let letter = |c: u8| (c | 0x20).wrapping_sub(b'a') < 26;
    // 64 bytes at a time: a bitmask of the ASCII letters (branch-free, vectorized), then the
    // starts of letter runs, one bit each
    let mut prev = 0u64;
    let chunk_at = |base: usize| b.get(base..(base + 64).min(b.len())).unwrap_or_default();
    let mut m = letter_mask(chunk_at(0));
    for base in (0..b.len()).step_by(64) {
        let chunk = chunk_at(base);
        let next = letter_mask(chunk_at(base + 64));
        // runs of at least three letters: a letter start followed by two letters
        let starts = m & !((m << 1) | prev);
        let mut starts = starts & ((m >> 1) | (next << 63)) & ((m >> 2) | (next << 62));
        prev = m >> (chunk.len() - 1);
        m = next;
        while starts != 0 {
            let s = base + starts.trailing_zeros() as usize;
            starts &= starts - 1;
            // a key starting with the three letters
            let Some(&[x, y, z]) = b.get(s..s + 3) else {
                continue;
            };
            let bit = prefix3_bit(x, y, z);
            if keys.prefix3[bit / 64] & (1 << (bit % 64)) == 0 {
                continue;
            }
            let mut e = s + 3;
            while e < b.len() && e - s < max_len && letter(b[e]) {
                e += 1;
            }
            for (d, &c) in low.iter_mut().zip(&b[s..e]) {
                *d = c.to_ascii_lowercase();
            }
            if let Some(len) = (3..=e - s).find(|&l| keys.keys.contains(&low[..l])) {
                if latin_anchor(text, s, s + len, &mut w) {
                    out.push((s, s + len));
                }
            }
        }
    }
}

/// Words that make a unit word (`day`, `years`) near them a date word: `last`, `ago`, `one `,
/// `end of`, matched anywhere in the stretch around it, in any ASCII case.
fn near_words() -> &'static AhoCorasick {
    static AC: OnceLock<AhoCorasick> = OnceLock::new();
    AC.get_or_init(|| {
        AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .build([
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
                "following",
                "previous",
                "preceding",
                "prior",
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
            ])
            .expect("near-word patterns build")
    })
}

/// Whether the Latin key match `s..e` anchors a window: the whole word is a lexicon word, and
/// the frequent ones only near a number or a direction word. `w` is a reused buffer.
fn latin_anchor(text: &str, s: usize, e: usize, w: &mut String) -> bool {
    let b = text.as_bytes();
    let lex = lexicon();
    // Latin keys start a word
    if b[s].is_ascii_alphabetic() && s > 0 && b[s - 1].is_ascii_alphabetic() {
        return false;
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
        if !lex.is_anchor(w) {
            return false;
        }
        // frequent words that are dates only next to a number or a direction word:
        // units (`day`, `years`) and lowercase `may`
        let unit = lex.is_unit_only(w);
        if unit || (&text[s..we] == "may") {
            // (on character boundaries: cut inside an Arabic letter, the test saw nothing)
            let lo = floor_boundary(text, s.saturating_sub(24));
            let hi = ceil_boundary(text, (we + 16).min(b.len()));
            let near_digit = b[lo..hi].iter().any(u8::is_ascii_digit);
            // (the words tested only when no digit decided it)
            let near_word =
                !near_digit && unit && near_words().is_match(text.get(lo..hi).unwrap_or(""));
            if !near_digit && !near_word {
                return false;
            }
        }
    }
    true
}

/// The Arabic anchor spellings (`arabic_variants` of the Arabic anchor keys), sorted.
fn arabic_patterns() -> Vec<String> {
    let mut arabic: Vec<String> = Vec::new();
    for k in lexicon().anchor_keys() {
        if !k.is_ascii() && k.chars().count() >= 3 {
            arabic.extend(arabic_variants(k));
        }
    }
    arabic.sort();
    arabic.dedup();
    arabic
}

/// The Arabic anchor finder (run only on stretches of Arabic script): a bitmap over the first
/// six bytes (three letters) of every spelling, then the spellings with those six bytes, in
/// order. The same matches as a leftmost-first automaton over the sorted spellings (at each
/// start the first spelling in order wins, the shortest; the search resumes after it), which
/// read every byte of Arabic text through a table too large for the cache.
struct ArabicFinder {
    /// Bit `starts_bit(first six bytes)` for each spelling.
    starts: Vec<u64>,
    /// First six bytes -> the rest of each spelling starting with them, in sorted order.
    rests: std::collections::HashMap<u64, Vec<Rest>, BuildHasherDefault<FxHasher>>,
}

/// The rest of a spelling after its first six bytes: its first eight bytes (or fewer) as a
/// masked word, compared in one go, then the bytes after those.
struct Rest {
    word: u64,
    mask: u64,
    len: usize,
    tail: Box<[u8]>,
}

/// Up to eight bytes of `b` from `p` as the low bytes of a `u64` (zeros past the end).
#[inline]
fn word_at(b: &[u8], p: usize) -> u64 {
    let mut a = [0u8; 8];
    if let Some(w) = b.get(p..p + 8) {
        a.copy_from_slice(w);
    } else if let Some(w) = b.get(p..) {
        a[..w.len()].copy_from_slice(w);
    }
    u64::from_le_bytes(a)
}

/// Bytes of a spelling the `starts` bitmap reads: every spelling has as many or more.
const AR_PREFIX: usize = 6;

#[inline]
fn starts_bit(six: u64) -> usize {
    (six.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 48) as usize
}

/// The six bytes at `p` (`b.len() >= p + 6`) as the low bytes of a `u64`.
#[inline]
fn six_at(b: &[u8], p: usize) -> u64 {
    let mut a = [0u8; 8];
    if let Some(w) = b.get(p..p + 8) {
        a.copy_from_slice(w);
    } else if let Some(w) = b.get(p..p + AR_PREFIX) {
        a[..AR_PREFIX].copy_from_slice(w);
    }
    u64::from_le_bytes(a) & 0xFFFF_FFFF_FFFF
}

fn arabic_finder() -> &'static ArabicFinder {
    static F: OnceLock<ArabicFinder> = OnceLock::new();
    F.get_or_init(|| {
        let mut f = ArabicFinder {
            starts: vec![0u64; (1 << 16) / 64],
            rests: Default::default(),
        };
        for p in arabic_patterns() {
            // (every anchor spelling has three letters or more, each of two bytes)
            assert!(p.len() >= AR_PREFIX, "short Arabic anchor {p:?}");
            let six = six_at(p.as_bytes(), 0);
            let bit = starts_bit(six);
            f.starts[bit / 64] |= 1 << (bit % 64);
            let rest = &p.as_bytes()[AR_PREFIX..];
            let n = rest.len().min(8);
            f.rests.entry(six).or_default().push(Rest {
                word: word_at(&rest[..n], 0),
                mask: if n == 8 {
                    u64::MAX
                } else {
                    (1u64 << (8 * n)) - 1
                },
                len: rest.len(),
                tail: rest[n..].into(),
            });
        }
        f
    })
}

impl ArabicFinder {
    /// The anchors in `seg`, `base` added to their offsets, pushed to `out`.
    ///
    /// Spellings start at characters: the starts of characters (the bytes that are not UTF-8
    /// continuation bytes) are found 64 bytes at a time as a bitmask, and each is tested in
    /// turn, with no chain of loads from one character to the next.
    fn find_into(&self, seg: &str, base: usize, out: &mut Vec<(usize, usize)>) {
        let b = seg.as_bytes();
        let Some(last) = b.len().checked_sub(AR_PREFIX) else {
            return;
        };
        // the next position a spelling may start at: a character boundary
        let mut p = 0;
        'blocks: while p <= last {
            let chunk = b.get(p..(p + 64).min(last + 1)).unwrap_or_default();
            let mut starts = char_start_mask(chunk);
            while starts != 0 {
                let q = p + starts.trailing_zeros() as usize;
                starts &= starts - 1;
                let six = six_at(b, q);
                let bit = starts_bit(six);
                if self.starts[bit / 64] & (1 << (bit % 64)) == 0 {
                    continue;
                }
                if let Some(e) = self.rest_at(b, six, q + AR_PREFIX) {
                    out.push((base + q, base + e));
                    // on from the match's end (a character boundary)
                    p = e;
                    continue 'blocks;
                }
            }
            p += chunk.len();
        }
    }

    /// Where the first spelling (in order) starting with `six` and going on at `at` ends.
    #[inline]
    fn rest_at(&self, b: &[u8], six: u64, at: usize) -> Option<usize> {
        let rs = self.rests.get(&six)?;
        // (a spelling has no zero byte: the zeros past the end match none)
        let next = word_at(b, at);
        rs.iter()
            .find(|r| {
                next & r.mask == r.word
                    && (r.tail.is_empty()
                        || b.get(at + 8..).is_some_and(|x| x.starts_with(&r.tail)))
            })
            .map(|r| at + r.len)
    }
}

/// Bit `k` set when byte `k` of `x` (little-endian) starts a UTF-8 character (is not a
/// continuation byte `10xxxxxx`): eight bytes at once.
#[inline]
fn char_start_mask8(x: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // high bit of each byte: bit 7 set and bit 6 clear (`x << 1` carries only into bit 0)
    let cont = x & !(x << 1) & HIGH;
    let starts = !cont & HIGH;
    ((starts >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// Bit `k` set when `chunk[k]` (at most 64 bytes) starts a UTF-8 character.
#[inline]
fn char_start_mask(chunk: &[u8]) -> u64 {
    byte_mask(chunk, char_start_mask8, |c| c & 0xC0 != 0x80)
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

/// Bit `k` set when byte `k` of `x` (little-endian) is ASCII white space (`\t \n \x0C \r`,
/// space): eight bytes at once.
#[inline]
fn space_mask8(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LO7: u64 = 0x7F * ONES;
    const HI: u64 = 0x80 * ONES;
    // the high bit of each zero byte of `v` (exact: no carry crosses a byte)
    let zero = |v: u64| !(((v & LO7) + LO7) | v) & HI;
    let low7 = x & LO7;
    // most words of text hold no control byte (below 0x20): the spaces alone then
    if ((low7 + 0x60 * ONES) | x) & HI == HI {
        return ((zero(x ^ (0x20 * ONES)) >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56;
    }
    // bytes strictly between 0x08 and 0x0E, none of them 0x80 or above
    let ctl = ((ONES * (127 + 0x0E)) - low7) & !x & (low7 + ONES * (127 - 0x08)) & HI;
    let ws = zero(x ^ (0x20 * ONES)) | (ctl & !zero(x ^ (0x0B * ONES)));
    ((ws >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// Bit `k` set when `b[from + k]` is ASCII white space, for `k < len` (at most 128; bytes past
/// the end of `b` are not white space).
#[inline]
fn space_bits(b: &[u8], from: usize, len: usize) -> u128 {
    let bytes = b
        .get(from..(from + len.min(128)).min(b.len()))
        .unwrap_or_default();
    // eight bits a byte of `m`, stored rather than shifted into a `u128`
    let mut m = [0u8; 16];
    let mut words = bytes.chunks_exact(8);
    for (d, w) in m.iter_mut().zip(&mut words) {
        let mut a = [0u8; 8];
        a.copy_from_slice(w);
        *d = space_mask8(u64::from_le_bytes(a)) as u8;
    }
    let rest = words.remainder();
    if let Some(d) = m.get_mut((bytes.len() - rest.len()) / 8) {
        *d = rest
            .iter()
            .enumerate()
            .fold(0, |r, (k, c)| r | u8::from(c.is_ascii_whitespace()) << k);
    }
    u128::from_le_bytes(m)
}

/// Where the `n`-th white-space-separated word before `s` starts, if within `max` bytes (else
/// `None`). Always a character boundary: just after an ASCII white space byte.
#[inline]
fn words_before(b: &[u8], s: usize, n: usize, max: usize) -> Option<usize> {
    debug_assert!(max < 127);
    let lo = s.saturating_sub(max);
    // bit `j`: byte `lo + j` is white space, for `lo..=s`
    let w = space_bits(b, lo, s - lo + 1);
    // word starts at `lo + j`, `lo < lo + j <= s`: white space, then none (a byte exists at `s`)
    let keep = if s - lo + 1 >= 128 {
        u128::MAX
    } else {
        (1u128 << (s - lo + 1)) - 1
    };
    let mut starts = (w << 1) & !w & keep & !1;
    if s >= b.len() {
        starts &= !(1u128 << (s - lo));
    }
    // the (n + 1)-th from the anchor back
    for _ in 0..n {
        if starts == 0 {
            break;
        }
        starts &= !(1u128 << (127 - starts.leading_zeros()));
    }
    if starts != 0 {
        return Some(lo + (127 - starts.leading_zeros()) as usize);
    }
    (lo == 0).then_some(0)
}

/// Where the `n`-th white-space-separated word after `e` ends, if within `max` bytes (else
/// `None`). Always a character boundary: an ASCII white space byte or the end.
#[inline]
fn words_after(b: &[u8], e: usize, n: usize, max: usize) -> Option<usize> {
    debug_assert!(max < 127);
    let hi = (e + max).min(b.len());
    if e >= hi {
        return (hi == b.len()).then_some(hi);
    }
    // bit `j`: byte `e - 1 + j` is white space (before the text: counted as white space)
    let w = if e == 0 {
        (space_bits(b, 0, hi) << 1) | 1
    } else {
        space_bits(b, e - 1, hi - e + 1)
    };
    // word ends at `e - 1 + j`, `e <= e - 1 + j < hi`: white space after none
    let mut ends = w & !(w << 1) & !1;
    for _ in 0..n {
        ends &= ends.wrapping_sub(1);
    }
    if ends != 0 {
        return Some(e + ends.trailing_zeros() as usize - 1);
    }
    (hi == b.len()).then_some(hi)
}

/// Byte ranges of the text worth reading, merged and on character boundaries.
pub(crate) fn windows(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    // (some room up front, a sixteenth of the text's size: an anchor every 256 bytes; more
    // would reserve memory that text with few dates never uses)
    let mut anchors: Vec<(usize, usize)> = Vec::with_capacity(b.len() / 256);
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
    let arabic = arabic_finder();
    // the Arabic finder runs only over stretches of Arabic script
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
            // (Arabic anchors need no more checks)
            arabic.find_into(seg, s0, &mut anchors);
        }
        pos = e0.max(p + 1);
        if pos >= b.len() {
            break;
        }
    }
    latin_starts(text, &mut anchors);
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
    // a window's end depends on the last anchor's end only (the context after an anchor ends
    // no earlier than the context after an earlier one), so it is worked out once per cluster
    // of anchors joined in one white-space-separated chunk (`5/1/2022`, `1443هـ`)
    let ws_of = |s: usize| {
        if let Some(ws) = words_before(b, s, MARGIN_WORDS, MARGIN) {
            return ws;
        }
        let mut ws = floor(s.saturating_sub(MARGIN));
        // back to a space, so the window starts at a word
        let limit = ws.saturating_sub(32);
        while ws > limit && ws > 0 && !b[ws - 1].is_ascii_whitespace() {
            ws -= 1;
        }
        floor(ws)
    };
    let we_of = |e: usize| {
        if let Some(we) = words_after(b, e, MARGIN_WORDS, MARGIN) {
            return we;
        }
        let mut we = ceil((e + MARGIN).min(b.len()));
        let limit = (we + 32).min(b.len());
        while we < limit && !b[we].is_ascii_whitespace() {
            we += 1;
        }
        ceil(we)
    };
    let mut out: Vec<(usize, usize)> = Vec::new();
    // the open window: its start and its last anchor's end
    let mut open: Option<(usize, usize)> = None;
    // the last window end worked out, and the anchor end it was worked out for: a later
    // anchor's window ends no earlier, so an anchor before this end joins without working
    // out the end again
    let mut known: Option<(usize, usize)> = None;
    for (s, e) in anchors {
        let Some((ws0, last_e)) = open else {
            open = Some((ws_of(s), e));
            continue;
        };
        // `MARGIN_WORDS` words on each side, at most `MARGIN` bytes
        let joined = s <= last_e
            || b.get(last_e..s)
                .is_some_and(|gap| gap.len() <= 8 && !gap.iter().any(u8::is_ascii_whitespace));
        if joined {
            open = Some((ws0, last_e.max(e)));
            continue;
        }
        if known.is_some_and(|(ke, kwe)| ke <= last_e && s <= kwe) {
            open = Some((ws0, e.max(last_e)));
            continue;
        }
        let we = we_of(last_e);
        known = Some((last_e, we));
        // an anchor inside the window joins it, wherever its own context starts
        if s <= we {
            open = Some((ws0, e.max(last_e)));
            continue;
        }
        let ws = ws_of(s);
        if ws <= we {
            open = Some((ws0, e.max(last_e)));
        } else {
            out.push((ws0, we));
            open = Some((ws, e));
        }
    }
    if let Some((ws0, last_e)) = open {
        let we = match known {
            Some((ke, kwe)) if ke == last_e => kwe,
            _ => we_of(last_e),
        };
        out.push((ws0, we));
    }
    out
}

/// The outlet names, and for each whether it is an acronym (matched in capitals only).
fn outlets() -> &'static (AhoCorasick, Vec<bool>) {
    static AC: OnceLock<(AhoCorasick, Vec<bool>)> = OnceLock::new();
    AC.get_or_init(|| {
        let pats: Vec<&str> = include_str!("../../data/dates/outlets.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        let acronym = pats
            .iter()
            .map(|p| p.bytes().all(|b| b.is_ascii_uppercase()))
            .collect();
        // leftmost-longest: `Al Quds Al-Arabi` over `Al Quds`; one pass, no overlaps to visit
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(&pats)
            .expect("outlet patterns build");
        (ac, acronym)
    })
}

/// Whether `text` names an outlet of the Arabic-speaking world: as whole words (`Roya` is not in
/// `royal`, `قنا` not in `قناة`), an acronym in capitals (`SANA`, not the name `Sana`).
fn cites_arab_outlet(text: &str) -> bool {
    let (ac, acronym) = outlets();
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || is_mark(c));
    ac.find_iter(text).any(|m| {
        let (s, e) = (m.start(), m.end());
        let hit = &text[s..e];
        !word(text[..s].chars().next_back())
            && !word(text[e..].chars().next())
            && (!acronym[m.pattern().as_usize()] || hit.bytes().all(|b| b.is_ascii_uppercase()))
    })
}

/// A combining mark (harakat, shadda): part of the word it follows.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}')
}

/// Whether the document is mostly Arabic, and whether it cites Arabic-world outlets.
pub(crate) fn hints(text: &str) -> DocHints {
    let b = text.as_bytes();
    let arabic_letters = b.iter().filter(|&&c| (0xD8..=0xDB).contains(&c)).count();
    let latin_letters = b.iter().filter(|c| c.is_ascii_alphabetic()).count();
    DocHints {
        arabic: arabic_letters * 3 > latin_letters,
        arab_outlet: cites_arab_outlet(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `windows` runs the Latin automaton over stretches of ASCII letters only: right as long
    /// as no Latin key holds anything else.
    /// The bit-parallel word walks give what walking byte by byte gives.
    #[test]
    fn word_walks_match_a_byte_walk() {
        fn before_slow(b: &[u8], s: usize, n: usize, max: usize) -> Option<usize> {
            let lo = s.saturating_sub(max);
            let mut words = 0;
            let mut i = s;
            while i > lo {
                if b[i - 1].is_ascii_whitespace()
                    && b.get(i).is_some_and(|c| !c.is_ascii_whitespace())
                {
                    words += 1;
                    if words > n {
                        return Some(i);
                    }
                }
                i -= 1;
            }
            (i == 0).then_some(0)
        }
        fn after_slow(b: &[u8], e: usize, n: usize, max: usize) -> Option<usize> {
            let hi = (e + max).min(b.len());
            let mut words = 0;
            let mut i = e;
            while i < hi {
                if b[i].is_ascii_whitespace() && i > 0 && !b[i - 1].is_ascii_whitespace() {
                    words += 1;
                    if words > n {
                        return Some(i);
                    }
                }
                i += 1;
            }
            (i == b.len()).then_some(i)
        }
        let text = "a bb  ccc\tdd\n\neee f\x0Bg h\x0Ci\rj كلمة  عربية 12/3/2020 x  y z\n".repeat(3);
        let b = text.as_bytes();
        for n in [0, 1, 3, 6] {
            for max in [0, 5, 72] {
                for s in 0..=b.len() {
                    if s < b.len() {
                        assert_eq!(
                            words_before(b, s, n, max),
                            before_slow(b, s, n, max),
                            "before {s} {n} {max}"
                        );
                    }
                    assert_eq!(
                        words_after(b, s, n, max),
                        after_slow(b, s, n, max),
                        "after {s} {n} {max}"
                    );
                }
            }
        }
        // the eight-byte reads cut at `len` and at the end of the text
        for from in 0..b.len() + 9 {
            for len in 0..=130 {
                let want = (0..len.min(128)).fold(0u128, |m, k| {
                    m | u128::from(b.get(from + k).is_some_and(u8::is_ascii_whitespace)) << k
                });
                assert_eq!(space_bits(b, from, len), want, "{from} {len}");
            }
        }
        for c in 0..=255u8 {
            // (with a control byte, and without one unless `c` is one)
            for x in [
                u64::from_le_bytes([c, b'a', c, 0x20, 0x0B, c, 0xFF, c]),
                u64::from_le_bytes([c, b'a', c, 0x20, 0x21, c, 0xFF, 0x9F]),
            ] {
                let m = space_mask8(x);
                for (k, v) in x.to_le_bytes().iter().enumerate() {
                    assert_eq!(m >> k & 1 == 1, v.is_ascii_whitespace(), "{v:#x}");
                }
            }
        }
    }

    #[test]
    fn char_start_masks_skip_continuation_bytes_only() {
        let all: Vec<u8> = (0..=255u8).collect();
        for chunk in all.chunks(64).chain(all[3..50].chunks(47)) {
            let m = char_start_mask(chunk);
            for (k, c) in chunk.iter().enumerate() {
                assert_eq!(m >> k & 1 == 1, c & 0xC0 != 0x80, "{c:#x}");
            }
        }
    }

    #[test]
    fn letter_masks_mark_ascii_letters_only() {
        let all: Vec<u8> = (0..=255u8).collect();
        for chunk in all.chunks(64).chain(all[3..50].chunks(47)) {
            let m = letter_mask(chunk);
            for (k, c) in chunk.iter().enumerate() {
                assert_eq!(m >> k & 1 == 1, c.is_ascii_alphabetic(), "{c:#x}");
            }
        }
    }

    /// The bitmap-started anchored search finds what the unanchored leftmost-first automaton
    /// over the same spellings finds.
    #[test]
    fn arabic_finder_matches_the_unanchored_automaton() {
        let pats = arabic_patterns();
        let ac = AhoCorasickBuilder::new()
            .match_kind(aho_corasick::MatchKind::LeftmostFirst)
            .build(&pats)
            .unwrap();
        let mut texts = vec![
            "في يوم الخميس ١٥ رمضان ١٤٤٣هـ الموافق 17 أبريل، واليومين المقبلين والأسبوع الماضي"
                .to_owned(),
            "وبالأمس قال إنه في العام المقبل سيعود في شهر يناير وفبراير ومارس، وبعد غد الجمعة"
                .to_owned(),
        ];
        // every spelling alone, glued to another, and cut short
        let joined: String = pats.iter().map(|p| format!("{p}و{p} ")).collect();
        texts.push(joined);
        let cut: String = pats
            .iter()
            .map(|p| {
                let n = p.chars().count() - 1;
                p.chars().take(n).collect::<String>() + " "
            })
            .collect();
        texts.push(cut);
        let glued: String = pats.concat();
        texts.push(glued);
        // pseudo-random letters, spaces and digits, the spellings' pieces among them
        let pieces = [
            "ال", "ا", "أ", "ي", "و", "م", "ر", "ث", "ن", "ع", " ", "1", "ة", "ى", "ل", "س",
        ];
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        let random: String = (0..20_000)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                pieces[(x % pieces.len() as u64) as usize]
            })
            .collect();
        texts.push(random);
        for t in &texts {
            let want: Vec<(usize, usize)> = ac
                .find_iter(t.as_str())
                .map(|m| (m.start(), m.end()))
                .collect();
            let mut got = Vec::new();
            arabic_finder().find_into(t, 0, &mut got);
            assert_eq!(got, want);
        }
    }

    #[test]
    fn latin_anchor_keys_are_letters() {
        for k in lexicon().anchor_keys() {
            if k.is_ascii() {
                assert!(k.bytes().all(|c| c.is_ascii_alphabetic()), "{k:?}");
            }
        }
    }
}
