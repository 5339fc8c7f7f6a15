//! The tokenizer: a hand-written scanner for Latin and Arabic text (UAX #29 word boundaries with
//! Arabic rules on top), UAX #29 itself (unicode-segmentation) for other scripts.
//!
//! - Harakat, shadda, Quranic marks, tatweel and ZWJ/ZWNJ stay inside their word.
//! - Digits (ASCII, Arabic-Indic, Persian) with `.` `,` `٫` `٬` between them are one `number`;
//!   a number glued to Arabic letters (`٢٠٢٢م`, `1443هـ`) splits into the number and the era
//!   marker; glued to Latin letters (`5th`, `G7`) it is one word, as in UAX #29.
//! - Dotted abbreviations (`U.S.`, `a.m.`, `e.g.`, `أ.د.`), listed abbreviations (`Mr.`, `etc.`)
//!   and single Arabic letters with a period (`د.`) keep their period.
//! - URLs, e-mail addresses, `#hashtags` and `@mentions` are single tokens.

use std::sync::OnceLock;

use unicode_segmentation::UnicodeSegmentation;

use super::chars::*;
use super::lexicon::{lexicon, Lexicon};
use super::{Token, TokenKind};
use crate::text::Lang;
use crate::text::Run;
use crate::text::Script;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Space,
    Latin,
    Arabic,
    OtherLetter,
    Digit,
    Mark,
    Other,
}

/// The class of each ASCII character.
static ASCII_CLASS: [Class; 128] = {
    let mut t = [Class::Other; 128];
    let mut k = 0;
    while k < 128 {
        let c = k as u8;
        t[k] = if c.is_ascii_alphabetic() {
            Class::Latin
        } else if c.is_ascii_digit() {
            Class::Digit
        } else if c.is_ascii_whitespace() {
            Class::Space
        } else {
            Class::Other
        };
        k += 1;
    }
    t
};

/// ASCII bytes after an ASCII word or number that end it with nothing more to check: not a
/// letter or digit, nor a byte that may continue it or make it special (`.` `,` `'` `-` `@`
/// `_` `%` `+` `:`). Non-ASCII bytes are not in it.
static SIMPLE_END: [bool; 256] = {
    let mut t = [false; 256];
    let mut k = 0;
    while k < 128 {
        let c = k as u8;
        t[k] = !c.is_ascii_alphanumeric()
            && !matches!(
                c,
                b'.' | b',' | b'\'' | b'-' | b'@' | b'_' | b'%' | b'+' | b':'
            );
        k += 1;
    }
    t
};

/// What the scan does at a byte, before any decoding: see [`BYTE_FAST`].
#[derive(Clone, Copy, PartialEq, Eq)]
enum ByteFast {
    /// ASCII whitespace: no token.
    Skip,
    /// An ASCII letter or digit: a word or number, maybe [`Tokenizer::ascii_fast`].
    Alnum,
    /// ASCII punctuation that is a token of its own.
    Punct,
    /// `.` `!` `?` `-`: a token of its own unless more of them follow.
    Group,
    /// An ASCII symbol (`$` `+` `<` `=` `>` `^` `` ` `` `|` `~`): a token of its own unless an
    /// emoji modifier follows.
    Symbol,
    /// A lead byte of a two-byte char (maybe an Arabic letter).
    Lead,
    /// Anything else (`#` `@`, other non-ASCII bytes): the general step.
    Slow,
}

/// [`ByteFast`] of each byte: the same classes as [`class`] and [`is_punct`] give ASCII.
static BYTE_FAST: [ByteFast; 256] = {
    let mut t = [ByteFast::Slow; 256];
    let mut k = 0;
    while k < 256 {
        let c = k as u8;
        t[k] = if c >= 0xC0 && c < 0xE0 {
            ByteFast::Lead
        } else if !c.is_ascii() || c == b'#' || c == b'@' {
            ByteFast::Slow
        } else if c.is_ascii_alphanumeric() {
            ByteFast::Alnum
        } else if c.is_ascii_whitespace() {
            ByteFast::Skip
        } else if matches!(c, b'.' | b'!' | b'?' | b'-') {
            ByteFast::Group
        } else if matches!(
            c,
            b'$' | b'+' | b'<' | b'=' | b'>' | b'^' | b'`' | b'|' | b'~'
        ) {
            ByteFast::Symbol
        } else {
            ByteFast::Punct
        };
        k += 1;
    }
    t
};

/// The high bit of every byte of a `u64`.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// `x` in every byte of a `u64`.
const fn splat(x: u8) -> u64 {
    0x0101_0101_0101_0101 * x as u64
}

/// The ASCII letters and the ASCII digits among the eight bytes of `w`, as the high bit of each
/// such byte. Each byte is compared on its own: the sums and differences below never carry or
/// borrow across bytes, because the bytes compared have their high bit clear (the others are
/// masked out).
#[inline(always)]
fn alnum_masks(w: u64) -> (u64, u64) {
    let ascii = !w & HIGH;
    let low7 = w & !HIGH;
    // letters: `x | 0x20` in `a..=z`
    let y = low7 | splat(0x20);
    let letters = (y + splat(0x80 - b'a')) & (splat(0x80 + b'z') - y) & ascii;
    // digits: `0..=9`
    let digits = (low7 + splat(0x80 - b'0')) & (splat(0x80 + b'9') - low7) & ascii;
    (letters & HIGH, digits & HIGH)
}

/// The end of the ASCII letters and digits from `e`, eight bytes at a time (letter and digit
/// masks); `word` is set if there is a letter among them.
#[inline(always)]
fn scan_alnum(bytes: &[u8], mut e: usize, word: &mut bool) -> usize {
    while let Some(chunk) = bytes.get(e..e + 8) {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        let (alpha, digits) = alnum_masks(u64::from_le_bytes(w));
        let stop = !(alpha | digits) & HIGH;
        // the bits of the bytes before the first one that is neither
        let before = stop.wrapping_sub(1) & !stop;
        *word |= alpha & before != 0;
        if stop != 0 {
            return e + stop.trailing_zeros() as usize / 8;
        }
        e += 8;
    }
    while let Some(&y) = bytes.get(e) {
        if !y.is_ascii_alphanumeric() {
            break;
        }
        *word |= y.is_ascii_alphabetic();
        e += 1;
    }
    e
}

/// How many bytes [`ascii_block`] reads at a time (about five words of prose).
const ASCII_BLOCK: usize = 32;

/// The ASCII letters and digits (first mask) and the ASCII letters (second mask) among the
/// first [`ASCII_BLOCK`] bytes of `block` (which has that many), bit `k` for byte `k`.
#[inline(always)]
fn ascii_block(block: &[u8]) -> (u64, u64) {
    let word = |k: usize| {
        let mut w = [0u8; 8];
        if let Some(b) = block.get(k..k + 8) {
            w.copy_from_slice(b);
        }
        u64::from_le_bytes(w)
    };
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    // SAFETY: the function only needs SSE2, which this target has (`cfg` above)
    let (lo, hi) = unsafe {
        (
            ascii_block_sse2(word(0), word(8)),
            ascii_block_sse2(word(16), word(24)),
        )
    };
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    let (lo, hi) = (
        ascii_block_swar(word(0), word(8)),
        ascii_block_swar(word(16), word(24)),
    );
    (
        u64::from(lo.0) | u64::from(hi.0) << 16,
        u64::from(lo.1) | u64::from(hi.1) << 16,
    )
}

/// The masks of [`ascii_block`] for the sixteen bytes of `lo` then `hi` (little-endian), at once.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[target_feature(enable = "sse2")]
fn ascii_block_sse2(lo: u64, hi: u64) -> (u32, u32) {
    use std::arch::x86_64::*;
    let v = _mm_set_epi64x(hi as i64, lo as i64);
    // `x | 0x20` in `a..=z`, `x` in `0..=9`: `x - low <= high - low`, unsigned
    let l = _mm_sub_epi8(
        _mm_or_si128(v, _mm_set1_epi8(0x20)),
        _mm_set1_epi8(b'a' as i8),
    );
    let letters = _mm_cmpeq_epi8(_mm_min_epu8(l, _mm_set1_epi8(25)), l);
    let d = _mm_sub_epi8(v, _mm_set1_epi8(b'0' as i8));
    let digits = _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(9)), d);
    let letters = _mm_movemask_epi8(letters) as u32;
    let digits = _mm_movemask_epi8(digits) as u32;
    (letters | digits, letters)
}

/// [`ascii_block`] of the bytes of `lo` then `hi` (little-endian) on other machines: the masks
/// of [`alnum_masks`], eight bytes at a time, their high bits gathered into one byte each.
#[cfg_attr(all(target_arch = "x86_64", target_feature = "sse2"), allow(dead_code))]
#[inline(always)]
fn ascii_block_swar(lo: u64, hi: u64) -> (u32, u32) {
    // the high bit of byte `j` to bit `j` of the top byte (each partial product lands on its
    // own bit: no carries)
    let gather = |m: u64| ((m >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56) as u32;
    let (l0, d0) = alnum_masks(lo);
    let (l1, d1) = alnum_masks(hi);
    let letters = gather(l0) | gather(l1) << 8;
    (letters | gather(d0) | gather(d1) << 8, letters)
}

/// How many bytes [`arabic_block`] reads at a time (Arabic words are long: about two of them).
const ARABIC_BLOCK: usize = 32;

/// The pairs of bytes `D8 A0..=BF` and `D9 80..=9F` (U+0620..=U+065F, as in
/// [`arabic_simple_misses`]) among the [`ARABIC_BLOCK`] bytes of `block`, bit `k` for the pair
/// at `k` (never the last bit, whose pair goes past the block).
#[inline(always)]
fn arabic_block(block: &[u8]) -> u64 {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    {
        let word = |k: usize| {
            let mut w = [0u8; 8];
            if let Some(b) = block.get(k..k + 8) {
                w.copy_from_slice(b);
            }
            u64::from_le_bytes(w)
        };
        // SAFETY: the function only needs SSE2, which this target has (`cfg` above)
        unsafe { arabic_block_sse2([word(0), word(8), word(16), word(24)]) }
    }
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    arabic_block_bytes(block)
}

/// [`arabic_block`] of the thirty-two bytes of `w` (little-endian), sixteen at a time.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[target_feature(enable = "sse2")]
fn arabic_block_sse2(w: [u64; 4]) -> u64 {
    use std::arch::x86_64::*;
    let lo = _mm_set_epi64x(w[1] as i64, w[0] as i64);
    let hi = _mm_set_epi64x(w[3] as i64, w[2] as i64);
    // the bytes equal to `x` (after `and`ing them with `keep`), bit `k` for byte `k`
    let mask = |keep: u8, x: u8| {
        let eq = |v: __m128i| {
            let v = _mm_and_si128(v, _mm_set1_epi8(keep as i8));
            _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(x as i8))) as u16 as u64
        };
        eq(lo) | eq(hi) << 16
    };
    let d8 = mask(0xFF, 0xD8);
    let d9 = mask(0xFF, 0xD9);
    let a0 = mask(0xE0, 0xA0);
    let x80 = mask(0xE0, 0x80);
    (d8 & a0 >> 1) | (d9 & x80 >> 1)
}

/// [`arabic_block`] byte by byte: other machines' and the tests' oracle.
#[cfg_attr(
    all(target_arch = "x86_64", target_feature = "sse2", not(test)),
    allow(dead_code)
)]
fn arabic_block_bytes(block: &[u8]) -> u64 {
    let mut pairs = 0;
    for k in 0..ARABIC_BLOCK - 1 {
        if let (Some(&x), Some(&y)) = (block.get(k), block.get(k + 1)) {
            let common = (x == 0xD8 && (0xA0..=0xBF).contains(&y))
                || (x == 0xD9 && (0x80..=0x9F).contains(&y));
            pairs |= u64::from(common) << k;
        }
    }
    pairs
}

/// [`ascii_block`] byte by byte: the tests' oracle.
#[cfg(test)]
fn ascii_block_bytes(block: &[u8]) -> (u64, u64) {
    let (mut alnum, mut letters) = (0, 0);
    for (k, x) in block.iter().take(ASCII_BLOCK).enumerate() {
        alnum |= u64::from(x.is_ascii_alphanumeric()) << k;
        letters |= u64::from(x.is_ascii_alphabetic()) << k;
    }
    (alnum, letters)
}

/// Is the two-byte sequence `x y` an Arabic letter, tatweel or mark of U+0600..=U+06FF?
#[inline(always)]
fn arabic_pair(x: u8, y: u8) -> bool {
    matches!(arabic_block_class(x, y), AR_LETTER | AR_MARK)
}

/// The pairs of bytes `D8 A0..=BF` and `D9 80..=9F` (U+0620..=U+065F: the common Arabic
/// letters, tatweel and harakat, all letters or marks of a word) among the four pairs of `w`
/// (little-endian): the bits of the low byte of each pair that is NOT one of them are set.
#[inline(always)]
fn arabic_simple_misses(w: u64) -> u64 {
    const LOW: u64 = 0x0001_0001_0001_0001;
    // the lead byte is `D8` or `D9`
    let lead = (w & 0x00FE_00FE_00FE_00FE) ^ 0x00D8_00D8_00D8_00D8;
    // bit 5 of the trail byte (bit 13 of the pair) differs from bit 0 of the lead
    let half = ((w >> 13) ^ w ^ LOW) & LOW;
    lead | half
}

/// The end of the two-byte Arabic letters and marks from `e`: the common ones four at a time
/// (eight bytes, [`arabic_simple_misses`]), the others one pair at a time.
#[inline(always)]
fn scan_arabic(bytes: &[u8], mut e: usize) -> usize {
    loop {
        if let Some(chunk) = bytes.get(e..e + 8) {
            let mut w = [0u8; 8];
            w.copy_from_slice(chunk);
            let misses = arabic_simple_misses(u64::from_le_bytes(w));
            if misses == 0 {
                e += 8;
                continue;
            }
            // the common pairs before the first other one
            e += misses.trailing_zeros() as usize / 16 * 2;
        }
        match bytes.get(e..e + 2) {
            Some(&[x, y]) if arabic_pair(x, y) => e += 2,
            _ => return e,
        }
    }
}

/// The code points below this have their class in a table, computed once by [`class_slow`].
const CLASS_TABLE_END: u32 = 0x0900;

/// The class of a character: a table lookup for ASCII, Latin, Arabic and the other blocks below
/// U+0900 (the same answers as [`class_slow`], which fills the table), computed otherwise.
#[inline]
fn class(c: char) -> Class {
    let cp = c as u32;
    if cp < 128 {
        return ASCII_CLASS[cp as usize];
    }
    if cp < CLASS_TABLE_END {
        static TABLE: OnceLock<Box<[Class]>> = OnceLock::new();
        let t = TABLE.get_or_init(|| {
            (0..CLASS_TABLE_END)
                .map(|cp| char::from_u32(cp).map_or(Class::Other, class_slow))
                .collect()
        });
        if let Some(&cl) = t.get(cp as usize) {
            return cl;
        }
    }
    class_slow(c)
}

fn class_slow(c: char) -> Class {
    if c.is_ascii() {
        return ASCII_CLASS[c as usize];
    }
    if matches!(c, '\u{00C0}'..='\u{024F}') && c != '\u{00D7}' && c != '\u{00F7}' {
        return Class::Latin;
    }
    if is_digit(c) {
        return Class::Digit;
    }
    if is_arabic_letter(c) || c == TATWEEL {
        return Class::Arabic;
    }
    if is_mark(c) || c == '\u{200C}' || c == '\u{200D}' {
        return Class::Mark;
    }
    if c.whitespace() || is_format(c) {
        return Class::Space;
    }
    if c.alphabetic() {
        return match crate::text::script_of(c) {
            Script::Latin => Class::Latin,
            Script::Arabic => Class::Arabic,
            _ => Class::OtherLetter,
        };
    }
    if c.numeric() {
        return Class::OtherLetter; // other scripts' digits: UAX #29 decides
    }
    Class::Other
}

/// Punctuation (as opposed to symbols) among the characters that are neither letters nor digits.
fn is_punct(c: char) -> bool {
    if c.is_ascii() {
        return !matches!(c, '$' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~');
    }
    matches!(c,
        '\u{00A1}' | '\u{00A7}' | '\u{00AB}' | '\u{00B6}' | '\u{00B7}' | '\u{00BB}' | '\u{00BF}'
        | '\u{060C}' | '\u{060D}' | '\u{061B}' | '\u{061E}' | '\u{061F}' | '\u{066A}'..='\u{066D}'
        | '\u{06D4}' | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}' | '\u{3001}'..='\u{3003}'
        | '\u{3008}'..='\u{3011}' | '\u{FD3E}' | '\u{FD3F}' | '\u{FE10}'..='\u{FE19}'
        | '\u{FE30}'..='\u{FE4F}' | '\u{FF01}'..='\u{FF0F}' | '\u{FF1A}'..='\u{FF20}')
}

fn joins_emoji(c: char) -> bool {
    matches!(c, '\u{200D}' | '\u{FE0F}' | '\u{FE0E}' | '\u{20E3}' | '\u{1F3FB}'..='\u{1F3FF}' | '\u{E0020}'..='\u{E007F}')
}

struct Tokenizer<'t> {
    text: &'t str,
    lex: &'static Lexicon,
    out: Vec<Token>,
    runs: &'t [Run],
    /// (from, at): the first `@` at or after `from` is at `at` (`usize::MAX` for none).
    next_at: (usize, usize),
    /// The run of the last token pushed, and its start, length, script and language.
    run: usize,
    cur: (usize, usize, Script, Lang),
}

/// Tokens of `text`, in order, non-overlapping, on char boundaries, each with the script and
/// language of the run it starts in.
pub(crate) fn tokenize(text: &str, runs: &[Run]) -> Vec<Token> {
    tokenize_with(text, runs, true)
}

/// [`tokenize`], with or without the byte fast paths (without: every token from the general
/// step, the oracle of the fast paths in the tests).
fn tokenize_with(text: &str, runs: &[Run], fast: bool) -> Vec<Token> {
    let mut t = Tokenizer {
        text,
        lex: lexicon(),
        // about one token per four or five bytes of prose
        out: Vec::with_capacity(text.len() / 4 + 1),
        runs,
        run: 0,
        next_at: (0, 0),
        cur: (0, 0, Script::Common, Lang::Und),
    };
    // the byte fast paths always, except in the tests that check them: a constant in the scan
    if fast {
        t.run::<true>();
    } else {
        t.run::<false>();
    }
    t.out
}

impl<'t> Tokenizer<'t> {
    /// Pushes the token `start..end` (if not empty) with the script and language of the run it
    /// starts in. Tokens come in order, except that a step may replace its own tokens (an
    /// e-mail address over the word it started with): then the run is looked up backwards.
    #[inline(always)]
    fn push(&mut self, start: usize, end: usize, kind: TokenKind) {
        if end > start {
            self.push_some(start, end, kind);
        }
    }

    /// [`Self::push`] of a token known not to be empty (`end > start`): the fast paths'.
    #[inline(always)]
    fn push_some(&mut self, start: usize, end: usize, kind: TokenKind) {
        debug_assert!(end > start);
        if end - start > u32::MAX as usize {
            return self.push_long(start, end, kind);
        }
        // built in registers, never through memory: a token written field by field and read
        // back whole stalls the store
        let (script, lang) = self.run_at(start);
        self.out
            .push(Token::with_run(start, end, kind, script, lang));
    }

    /// [`Self::push`] of the one-byte token at `i`.
    #[inline(always)]
    fn push_byte(&mut self, i: usize, kind: TokenKind) {
        let (script, lang) = self.run_at(i);
        self.out.push(Token::with_run(i, i + 1, kind, script, lang));
    }

    /// The script and language of the run at `start`: most tokens start in the run of the one
    /// before (its bounds and values are kept at hand), the others look it up.
    #[inline(always)]
    fn run_at(&mut self, start: usize) -> (Script, Lang) {
        // `cur.0 <= start < cur.0 + cur.1` in one comparison
        if start.wrapping_sub(self.cur.0) < self.cur.1 {
            (self.cur.2, self.cur.3)
        } else {
            self.find_run(start)
        }
    }

    #[inline(never)]
    fn find_run(&mut self, start: usize) -> (Script, Lang) {
        let runs = self.runs;
        while self.run > 0 && runs.get(self.run).is_some_and(|r| r.start > start) {
            self.run -= 1;
        }
        while self.run + 1 < runs.len() && runs[self.run].end <= start {
            self.run += 1;
        }
        match runs
            .get(self.run)
            .filter(|run| run.start <= start && start < run.end)
        {
            Some(run) => {
                self.cur = (
                    run.start,
                    run.end.saturating_sub(run.start),
                    run.script,
                    run.lang,
                );
                (run.script, run.lang)
            }
            None => (Script::Common, Lang::Und),
        }
    }

    /// A token longer than 4 GiB, cut into pieces that fit [`Token`]'s length.
    #[cold]
    fn push_long(&mut self, mut start: usize, end: usize, kind: TokenKind) {
        while start < end {
            let e = floor_boundary(self.text, start.saturating_add(u32::MAX as usize).min(end));
            let e = if e <= start { end } else { e };
            let (script, lang) = self.run_at(start);
            self.out.push(Token::with_run(start, e, kind, script, lang));
            start = e;
        }
    }

    fn at(&self, i: usize) -> Option<char> {
        char_at(self.text, i)
    }

    fn run<const FAST: bool>(&mut self) {
        let n = self.text.len();
        let bytes = self.text.as_bytes();
        let mut i = 0;
        while i < n {
            let x = bytes[i];
            // the space between words: no token, nothing to look up
            if x == b' ' {
                i += 1;
                continue;
            }
            // the common cases, decided by bytes (the same tokens as the general step)
            if FAST {
                // by comparisons in the order the text favours (a jump table mispredicts)
                if x.is_ascii_alphanumeric() {
                    i = self.ascii_words(i);
                    continue;
                }
                if x & 0xE0 == 0xC0 {
                    // the lead byte of a two-byte char
                    let next = bytes.get(i + 1).copied().unwrap_or(0);
                    if arabic_block_class(x, next) == AR_LETTER {
                        i = self.arabic_words(i);
                        continue;
                    }
                    if self.arabic_comma(i) {
                        i += 2;
                        continue;
                    }
                } else if x.is_ascii() {
                    if x.is_ascii_whitespace() {
                        i += 1;
                        continue;
                    }
                    if self.one_byte_token(i) {
                        i += 1;
                        continue;
                    }
                }
            }
            i = self.step(i);
        }
    }

    /// The token of the ASCII punctuation or symbol at `i` when it is one byte long (not `..`,
    /// `?!`, `--`, nor a symbol before an emoji modifier): pushes it and returns true.
    #[inline(always)]
    fn one_byte_token(&mut self, i: usize) -> bool {
        let bytes = self.text.as_bytes();
        let Some(&x) = bytes.get(i) else {
            return false;
        };
        let next = bytes.get(i + 1).copied();
        let kind = match BYTE_FAST[usize::from(x)] {
            ByteFast::Punct => TokenKind::Punct,
            // a run of `.` `!` `?` `؟` is one token, a run of `-` too
            ByteFast::Group
                if next.is_none_or(|y| {
                    y.is_ascii() && !matches!(y, b'.' | b'!' | b'?') && (x != b'-' || y != b'-')
                }) =>
            {
                TokenKind::Punct
            }
            // emoji modifiers and joiners are not ASCII
            ByteFast::Symbol if next.is_none_or(|y| y.is_ascii()) => TokenKind::Symbol,
            _ => return false,
        };
        self.push_byte(i, kind);
        true
    }

    /// The Arabic comma `،` or semicolon `؛` at `i` (a token of its own, never in a run):
    /// pushes it and returns true.
    #[inline(always)]
    fn arabic_comma(&mut self, i: usize) -> bool {
        if !matches!(
            self.text.as_bytes().get(i..i + 2),
            Some(&[0xD8, 0x8C | 0x9B])
        ) {
            return false;
        }
        self.push_some(i, i + 2, TokenKind::Punct);
        true
    }

    /// After an Arabic word ending at `e`: a comma or a period there gets its token, as the main
    /// loop would push it (`،` `؛`, or one byte); returns where the next token may start.
    #[inline(always)]
    fn punct_after_arabic(&mut self, e: usize) -> usize {
        if self.arabic_comma(e) {
            e + 2
        } else if self.one_byte_token(e) {
            e + 1
        } else {
            e
        }
    }

    /// ASCII words and numbers from `i` (an ASCII letter or digit), one after the other while
    /// single spaces separate them: [`ASCII_BLOCK`] bytes at a time ([`ascii_block`]: every word
    /// that ends inside the block at a space is read from two masks), the others by
    /// [`Self::ascii_fast`], and a word that needs more by the general step. Returns where the
    /// scan goes on. (Not inlined: the scan of each kind of word keeps its own registers.)
    #[inline(never)]
    fn ascii_words(&mut self, i: usize) -> usize {
        let bytes = self.text.as_bytes();
        let mut s = i;
        'blocks: while let Some(block) = bytes.get(s..s + ASCII_BLOCK) {
            let (alnum, letters) = ascii_block(block);
            // the block lies in the run of the last token: its script and language
            let run = s
                .checked_sub(self.cur.0)
                .is_some_and(|d| d + ASCII_BLOCK <= self.cur.1)
                .then_some((self.cur.2, self.cur.3));
            // a word starts at `s + k` (bit `k` of `alnum` is set)
            let mut k = 0usize;
            loop {
                let len = (!(alnum >> k)).trailing_zeros() as usize;
                let end = k + len;
                if end < ASCII_BLOCK && block[end] == b' ' {
                    // a letter among the word's bytes
                    let kind = if ((letters >> k).trailing_zeros() as usize) < len {
                        TokenKind::Word
                    } else {
                        TokenKind::Number
                    };
                    match run {
                        Some((script, lang)) => {
                            self.out
                                .push(Token::with_run(s + k, s + end, kind, script, lang))
                        }
                        None => self.push_some(s + k, s + end, kind),
                    }
                    k = end + 1;
                    if (alnum >> k) & 1 != 0 {
                        continue;
                    }
                    if k == ASCII_BLOCK && bytes.get(s + k).is_some_and(u8::is_ascii_alphanumeric) {
                        s += k;
                        continue 'blocks;
                    }
                    return s + k;
                }
                // a word that may go on past the block: read again from its start
                if end == ASCII_BLOCK && k > 0 {
                    s += k;
                    continue 'blocks;
                }
                let t = s + k;
                let next = if end < ASCII_BLOCK && block[end] != b'\'' {
                    self.ascii_end(t, s + end, (letters >> k) & ((1 << len) - 1) != 0)
                } else {
                    self.ascii_fast(t)
                };
                let Some(mut e) = next else {
                    return self.step(t);
                };
                // a comma or a period after the word: its token, as the main loop would push it
                if self.one_byte_token(e) {
                    e += 1;
                }
                if bytes.get(e) == Some(&b' ')
                    && bytes.get(e + 1).is_some_and(u8::is_ascii_alphanumeric)
                {
                    s = e + 1;
                    continue 'blocks;
                }
                return e;
            }
        }
        // the last bytes of the text
        loop {
            let Some(e) = self.ascii_fast(s) else {
                return self.step(s);
            };
            if bytes.get(e) == Some(&b' ')
                && bytes.get(e + 1).is_some_and(u8::is_ascii_alphanumeric)
            {
                s = e + 1;
            } else {
                return e;
            }
        }
    }

    /// An ASCII word or number at `i` that ends at a byte that needs no further look (a space,
    /// most punctuation; not `.` `'` `-` `@` `_` `%` `+` `:` `,`, nor a non-ASCII char): pushes
    /// it and returns its end, else `None` for [`Self::step`] to decide. Such a word is no URL,
    /// e-mail or abbreviation, and such a number goes on with no separator.
    #[inline]
    fn ascii_fast(&mut self, i: usize) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let mut word = false;
        let mut e = scan_alnum(bytes, i, &mut word);
        // an apostrophe between letters inside a word (`don't`, `Russia's`): the word goes on
        while bytes.get(e) == Some(&b'\'')
            && bytes[i].is_ascii_alphabetic()
            && bytes.get(e + 1).is_some_and(u8::is_ascii_alphabetic)
        {
            e = scan_alnum(bytes, e + 1, &mut word);
        }
        self.ascii_end(i, e, word)
    }

    /// The end of [`Self::ascii_fast`]: the ASCII letters and digits at `i..e` are a `word`
    /// (some letter) or a number (digits only).
    #[inline(always)]
    fn ascii_end(&mut self, i: usize, e: usize, word: bool) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let kind = if word {
            TokenKind::Word
        } else {
            TokenKind::Number
        };
        let Some(&y) = bytes.get(e) else {
            self.push_some(i, e, kind);
            return Some(e);
        };
        if SIMPLE_END[usize::from(y)] {
            self.push_some(i, e, kind);
            return Some(e);
        }
        let url_letter = matches!(bytes[i], b'h' | b'w');
        let next = bytes.get(e + 1).copied();
        // (the common ends first, by comparisons: a jump table on `y` mispredicts)
        let simple = if y == b',' {
            // `1,000` goes on
            word || next.is_none_or(|z| z.is_ascii() && !z.is_ascii_digit())
        } else if y == b'.' {
            if !word {
                // a number's period goes on before a digit (`2.7`)
                next.is_none_or(|z| z.is_ascii() && !z.is_ascii_digit()) && self.no_email_at(i, e)
            } else if !bytes[i].is_ascii_alphabetic() {
                // a word that starts with a digit (`5th`) is read as a number's tail: no
                // abbreviation
                self.no_email_at(i, e)
            } else if !(url_letter && bytes.get(i..e) == Some(b"www")) && self.no_email_at(i, e) {
                // a word's period may be an abbreviation's (`www.` may start a URL)
                let letters = bytes[i..e]
                    .iter()
                    .filter(|x| x.is_ascii_alphabetic())
                    .count();
                let e = self.ascii_abbreviation_end(i, e, letters);
                self.push_some(i, e, TokenKind::Word);
                return Some(e);
            } else {
                false
            }
        } else {
            self.ascii_end_rare(i, e, y, word)
        };
        if !simple {
            return None;
        }
        self.push_some(i, e, kind);
        Some(e)
    }

    /// [`Self::ascii_end`] of a word `i..e` before `y`, neither a comma nor a period (nor a
    /// byte of [`SIMPLE_END`]): does the word end there with nothing more to check? (Not
    /// inlined: its `match` would turn the common comparisons into a jump table.)
    #[inline(never)]
    fn ascii_end_rare(&mut self, i: usize, e: usize, y: u8, word: bool) -> bool {
        let bytes = self.text.as_bytes();
        match y {
            // a URL starts with `http://` or `https://`
            b':' => !matches!(bytes.get(i..e), Some(b"http" | b"https")),
            // characters of an e-mail's local part: an address needs an `@` close by
            b'-' | b'_' | b'%' | b'+' => self.no_email_at(i, e),
            // a char that goes in no Latin word or number (`”` `—` `«` `،`), no curly
            // apostrophe and no format character before an abbreviation's period
            0xC0.. => char_at(self.text, e).is_some_and(|c| {
                c != '\u{2019}'
                    && !is_format(c)
                    && !matches!(class(c), Class::Latin | Class::Mark | Class::Digit)
                    && (word || !matches!(c, '\u{066B}' | '\u{066C}'))
            }),
            _ => false,
        }
    }

    /// No e-mail address starts at `i`, where the ASCII letters and digits of a word end at `e`
    /// (`i..e` may hold apostrophes, which no address has): no `@` in the 512 bytes from `i`,
    /// or the characters of an address's local part from `e` stop at something else than an
    /// `@` (an address is looked for no further than 512 bytes from `i`, nor past a space).
    #[inline]
    fn no_email_at(&mut self, i: usize, e: usize) -> bool {
        if self.no_at_near(i) {
            return true;
        }
        let b = self.text.as_bytes();
        let lim = b.len().min(i.saturating_add(512));
        let stop = b.get(e..lim).unwrap_or_default().iter().find(|x| {
            !(x.is_ascii_alphanumeric() || matches!(x, b'.' | b'_' | b'%' | b'+' | b'-'))
        });
        stop != Some(&b'@')
    }

    /// No `@` in the 512 bytes from `i` (as far as an e-mail address starting at `i` is looked
    /// for): then no e-mail starts there. `i` only grows between calls, but any `i` is answered.
    #[inline]
    fn no_at_near(&mut self, i: usize) -> bool {
        if self.next_at.0 > i {
            // the cursor was placed for a later `i`: look again
            return memchr::memchr(b'@', &self.text.as_bytes()[i..]).is_none_or(|p| p >= 512);
        }
        if self.next_at.1 < i {
            let b = self.text.as_bytes();
            self.next_at = (
                i,
                memchr::memchr(b'@', &b[i..]).map_or(usize::MAX, |p| i + p),
            );
        }
        self.next_at.1 >= i.saturating_add(512)
    }

    /// Arabic words from `i` (a two-byte Arabic letter), one after the other while single
    /// spaces separate them: [`ARABIC_BLOCK`] bytes at a time ([`arabic_block`]: every word of
    /// common letters and marks that ends inside the block at a space is read from the mask),
    /// the others by [`Self::arabic_fast`], and a word that needs more by the general step.
    /// Returns where the scan goes on. (Not inlined: the scan of each kind of word keeps its
    /// own registers.)
    #[inline(never)]
    fn arabic_words(&mut self, i: usize) -> usize {
        let bytes = self.text.as_bytes();
        // an Arabic letter at `e + 1` after a space at `e`: the next word
        let next_word = |e: usize| {
            matches!(bytes.get(e..e + 3),
                Some(&[b' ', x, y]) if arabic_block_class(x, y) == AR_LETTER)
        };
        let mut s = i;
        'blocks: while let Some(block) = bytes.get(s..s + ARABIC_BLOCK) {
            let pairs = arabic_block(block);
            // the block lies in the run of the last token: its script and language
            let run = s
                .checked_sub(self.cur.0)
                .is_some_and(|d| d + ARABIC_BLOCK <= self.cur.1)
                .then_some((self.cur.2, self.cur.3));
            // a word starts at `s + k` with a letter (two bytes)
            let mut k = 0usize;
            loop {
                // the common pairs after the first letter, to the first other pair
                let end = k + 2 + (!(pairs >> (k + 2)) & 0x5555_5555).trailing_zeros() as usize;
                if end < ARABIC_BLOCK && block[end] == b' ' {
                    match run {
                        Some((script, lang)) => self.out.push(Token::with_run(
                            s + k,
                            s + end,
                            TokenKind::Word,
                            script,
                            lang,
                        )),
                        None => self.push_some(s + k, s + end, TokenKind::Word),
                    }
                    if !next_word(s + end) {
                        return s + end + 1;
                    }
                    k = end + 1;
                    if k + 2 < ARABIC_BLOCK {
                        continue;
                    }
                    s += k;
                    continue 'blocks;
                }
                // a word that ends inside the block at an ASCII byte other than a period, or at
                // `،` `؛`: the word, and that comma's token if it is one
                if end + 1 < ARABIC_BLOCK
                    && (block[end].is_ascii() && block[end] != b'.'
                        || block[end] == 0xD8 && matches!(block[end + 1], 0x8C | 0x9B))
                {
                    self.push_some(s + k, s + end, TokenKind::Word);
                    let e = self.punct_after_arabic(s + end);
                    if next_word(e) {
                        s = e + 1;
                        continue 'blocks;
                    }
                    return e;
                }
                // a word that may go on past the block: read again from its start
                if end >= ARABIC_BLOCK && k > 0 {
                    s += k;
                    continue 'blocks;
                }
                let t = s + k;
                let Some(e) = self.arabic_fast(t) else {
                    return self.step(t);
                };
                let e = self.punct_after_arabic(e);
                if next_word(e) {
                    s = e + 1;
                    continue 'blocks;
                }
                return e;
            }
        }
        // the last bytes of the text
        loop {
            let Some(e) = self.arabic_fast(s) else {
                return self.step(s);
            };
            if next_word(e) {
                s = e + 1;
            } else {
                return e;
            }
        }
    }

    /// An Arabic word of two-byte letters and marks at `i` followed by an ASCII byte (or the
    /// end; before a period, with an abbreviation's period if it is one): pushes it and returns
    /// its end, else `None`.
    #[inline]
    fn arabic_fast(&mut self, i: usize) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let e = scan_arabic(bytes, i + 2);
        let end = match bytes.get(e) {
            None => true,
            // a period may be an abbreviation's (`د.`): the general step's word, read here
            Some(&b'.') => {
                let (mut letters, mut marks) = (0, false);
                for p in bytes[i..e].chunks_exact(2) {
                    let class = arabic_block_class(p[0], p[1]);
                    letters += usize::from(class == AR_LETTER);
                    marks |= class == AR_MARK;
                }
                // a word of two letters or more, bare of marks, before a period that no
                // Arabic letter follows (no `أ.د.`): only the list can keep the period, and
                // most words are not in it (by their signature, before any hashing)
                let listed = marks
                    || letters < 2
                    || bytes.get(e + 1).is_some_and(|z| !z.is_ascii())
                    || self.lex.arabic_maybe(&bytes[i..e]);
                let e = if listed {
                    self.abbreviation_end_marks(i, e, true, letters, Some(marks))
                } else {
                    e
                };
                self.push_some(i, e, TokenKind::Word);
                return Some(e);
            }
            Some(&y) if y.is_ascii() => true,
            // a char that goes in no Arabic word (`،` `؟` `»` `”`) and is no format character
            // before an abbreviation's period
            Some(0xC0..) => char_at(self.text, e)
                .is_some_and(|c| !matches!(class(c), Class::Arabic | Class::Mark) && !is_format(c)),
            _ => false,
        };
        if !end {
            return None;
        }
        self.push_some(i, e, TokenKind::Word);
        Some(e)
    }

    /// One step of the general scan at `i` (not inside a char): the tokens there, and where
    /// the scan goes on.
    fn step(&mut self, i: usize) -> usize {
        let Some(c) = self.at(i) else {
            return self.text.len();
        };
        let cl = class(c);
        match cl {
            Class::Space => i + c.len_utf8(),
            Class::Latin | Class::Digit if matches!(c, 'h' | 'w') && self.special_start(i) => {
                self.special(i)
            }
            Class::Latin | Class::Digit => {
                let e = if cl == Class::Digit {
                    self.number(i)
                } else {
                    self.word(i)
                };
                self.maybe_email(i, e)
            }
            Class::Arabic | Class::Mark => self.word(i),
            Class::OtherLetter => self.uax29(i),
            Class::Other => match c {
                '#' | '@' if self.special_start(i) => self.special(i),
                _ => self.other(i, c),
            },
        }
    }

    // ------------------------------------------------------------------ URLs, e-mails, tags

    /// Cheap check: could a URL, an e-mail, a hashtag or a mention start at `i`?
    fn special_start(&self, i: usize) -> bool {
        let b = self.text.as_bytes();
        let prev_word = i > 0 && {
            let p = char_before(self.text, i).unwrap_or(' ');
            p.alphanumeric() || p == '_'
        };
        match b[i] {
            b'#' | b'@' => {
                !prev_word && self.at(i + 1).is_some_and(|c| c.alphanumeric() || c == '_')
            }
            _ => {
                if prev_word {
                    return false;
                }
                let rest = &b[i..b.len().min(i + 12)];
                if matches!(b[i], b'h' | b'w')
                    && (rest.starts_with(b"http://")
                        || rest.starts_with(b"https://")
                        || rest.starts_with(b"www."))
                {
                    return true;
                }
                // an e-mail: only when the alphanumeric run stops at a character of a local part
                let k = i + b[i..]
                    .iter()
                    .position(|x| !x.is_ascii_alphanumeric())
                    .unwrap_or(b.len() - i);
                if !matches!(b.get(k), Some(b'@' | b'.' | b'_' | b'%' | b'+' | b'-')) {
                    return false;
                }
                let chunk_end = self.chunk_end(i);
                memchr::memchr(b'@', &b[i..chunk_end]).is_some()
            }
        }
    }

    /// A word or number at `i..e` that stops at a character of an e-mail's local part may be
    /// the start of an e-mail address: then the address replaces it.
    fn maybe_email(&mut self, i: usize, e: usize) -> usize {
        let b = self.text.as_bytes();
        if !matches!(b.get(e), Some(b'@' | b'.' | b'_' | b'%' | b'+' | b'-')) {
            return e;
        }
        if char_before(self.text, i).is_some_and(|p| p.alphanumeric() || p == '_') {
            return e;
        }
        let Some(m) = self.email(i, self.chunk_end(i)) else {
            return e;
        };
        while self.out.last().is_some_and(|t| t.start() >= i) {
            self.out.pop();
        }
        self.push(i, m, TokenKind::Email);
        m
    }

    fn chunk_end(&self, i: usize) -> usize {
        let b = self.text.as_bytes();
        let lim = b.len().min(i + 512);
        let rel = b[i..lim]
            .iter()
            .position(|x| x.is_ascii_whitespace())
            .unwrap_or(lim - i);
        floor_boundary(self.text, i + rel)
    }

    fn special(&mut self, i: usize) -> usize {
        let text = self.text;
        let b = text.as_bytes();
        let chunk_end = self.chunk_end(i);
        match b[i] {
            b'#' | b'@' => {
                let mut e = i + 1;
                for c in text[i + 1..].chars() {
                    if c.alphanumeric() || c == '_' || is_mark(c) || c == TATWEEL {
                        e += c.len_utf8();
                    } else {
                        break;
                    }
                }
                let kind = if b[i] == b'#' {
                    TokenKind::Hashtag
                } else {
                    TokenKind::Mention
                };
                self.push(i, e, kind);
                e
            }
            _ => {
                let rest = &b[i..];
                if rest.starts_with(b"http://")
                    || rest.starts_with(b"https://")
                    || rest.starts_with(b"www.")
                {
                    let e = self.trim_url(i, chunk_end);
                    if e > i + 4 {
                        self.push(i, e, TokenKind::Url);
                        return e;
                    }
                }
                if let Some(e) = self.email(i, chunk_end) {
                    self.push(i, e, TokenKind::Email);
                    return e;
                }
                // not special after all
                match class(self.at(i).unwrap_or(' ')) {
                    Class::Digit => self.number(i),
                    _ => self.word(i),
                }
            }
        }
    }

    /// The URL's end: trailing punctuation that closes the sentence or a bracket is not part of it.
    fn trim_url(&self, i: usize, chunk_end: usize) -> usize {
        let text = self.text;
        let url = &text[i..chunk_end];
        let opens = url.matches('(').count();
        let mut e = chunk_end;
        let mut closes = url.matches(')').count();
        while e > i {
            let Some(c) = char_before(text, e) else { break };
            let strip = match c {
                ')' if closes > opens => {
                    closes -= 1;
                    true
                }
                '.' | ',' | ';' | ':' | '!' | '?' | ']' | '}' | '"' | '\'' | '\u{201D}'
                | '\u{2019}' | '\u{00BB}' | '>' | '\u{060C}' | '\u{061F}' => true,
                _ => false,
            };
            if !strip {
                break;
            }
            e -= c.len_utf8();
        }
        e
    }

    fn email(&self, i: usize, chunk_end: usize) -> Option<usize> {
        let b = self.text.as_bytes();
        let mut j = i;
        while j < chunk_end
            && (b[j].is_ascii_alphanumeric() || matches!(b[j], b'.' | b'_' | b'%' | b'+' | b'-'))
        {
            j += 1;
        }
        if j == i || j >= chunk_end || b[j] != b'@' {
            return None;
        }
        let d0 = j + 1;
        let mut k = d0;
        let mut last_dot = None;
        while k < chunk_end && (b[k].is_ascii_alphanumeric() || b[k] == b'-' || b[k] == b'.') {
            if b[k] == b'.' {
                last_dot = Some(k);
            }
            k += 1;
        }
        // strip trailing dots
        while k > d0 && b[k - 1] == b'.' {
            k -= 1;
        }
        let dot = last_dot.filter(|&d| d + 2 < k + 1 && d > d0)?;
        if dot + 2 > k || !b[dot + 1..k].iter().all(u8::is_ascii_alphabetic) {
            return None;
        }
        Some(k)
    }

    // ------------------------------------------------------------------ words

    fn word(&mut self, i: usize) -> usize {
        let text = self.text;
        let bytes = text.as_bytes();
        let first = self.at(i).unwrap_or(' ');
        let arabic = class(first) == Class::Arabic;
        let mut e = i;
        let mut letters = 0usize;
        while e < bytes.len() {
            let x = bytes[e];
            if x.is_ascii() {
                // ASCII letters and digits of a Latin word: bytes, no decoding
                if !arabic && x.is_ascii_alphanumeric() {
                    letters += usize::from(x.is_ascii_alphabetic());
                    e += 1;
                    continue;
                }
                if !arabic
                    && x == b'\''
                    && letters > 0
                    && bytes.get(e + 1).is_some_and(u8::is_ascii_alphabetic)
                {
                    e += 1; // don't, Michael's
                    continue;
                }
                break;
            }
            // two-byte Arabic letters and marks of an Arabic word: one table lookup
            if arabic {
                if let Some(&y) = bytes.get(e + 1) {
                    match arabic_block_class(x, y) {
                        AR_LETTER => {
                            letters += 1;
                            e += 2;
                            continue;
                        }
                        AR_MARK => {
                            e += 2;
                            continue;
                        }
                        _ => {}
                    }
                }
            }
            let Some(c) = char_at(text, e) else { break };
            let cl = class(c);
            let ok = match cl {
                Class::Latin => !arabic,
                Class::Arabic => arabic,
                Class::Mark => true,
                Class::Digit => !arabic,
                Class::Other if c == '\u{2019}' && !arabic && letters > 0 => {
                    char_at(text, e + c.len_utf8()).is_some_and(|n| class(n) == Class::Latin)
                }
                _ => false,
            };
            if !ok {
                break;
            }
            if matches!(cl, Class::Latin | Class::Arabic) {
                letters += 1;
            }
            e += c.len_utf8();
        }
        if e == i {
            // a lone mark or joiner: attach to nothing, make it a symbol
            let c = self.at(i).unwrap_or(' ');
            let e = i + c.len_utf8();
            self.push(i, e, TokenKind::Symbol);
            return e;
        }
        let e = self.abbreviation_end(i, e, arabic, letters);
        self.push(i, e, TokenKind::Word);
        e
    }

    /// Extends a word over the period(s) of an abbreviation: `U.S.`, `e.g.`, `Mr.`, `د.`, `أ.د.`.
    fn abbreviation_end(&self, i: usize, e: usize, arabic: bool, letters: usize) -> usize {
        self.abbreviation_end_marks(i, e, arabic, letters, None)
    }

    /// [`Self::abbreviation_end`], told whether an Arabic word has Arabic marks when that is
    /// known (`None`: they are looked for if needed).
    #[inline]
    fn abbreviation_end_marks(
        &self,
        i: usize,
        e: usize,
        arabic: bool,
        letters: usize,
        marks: Option<bool>,
    ) -> usize {
        let text = self.text;
        let b = text.as_bytes();
        // most words end at a space or an ASCII mark other than a period: nothing to extend
        if b.get(e).is_none_or(|&x| x.is_ascii() && x != b'.') {
            return e;
        }
        // format characters between the word and the period (`د\u{202A}.\u{202C}`)
        let mut dot = e;
        // (most words stop right at their period: no format character to look through)
        while let Some(c) = self.at(dot).filter(|_| b[dot] != b'.') {
            if is_format(c) {
                dot += c.len_utf8();
            } else {
                break;
            }
        }
        if b.get(dot) != Some(&b'.') {
            return e;
        }
        let word = &text[i..e];
        let max_seg = if arabic { 2 } else { 3 };
        // dotted: short segments each followed by a period
        if letters <= max_seg {
            let mut k = dot + 1;
            let mut segs = 0;
            loop {
                let mut s = k;
                let mut n = 0;
                while let Some(c) = self.at(s) {
                    let cl = class(c);
                    let same = if arabic {
                        cl == Class::Arabic || cl == Class::Mark
                    } else {
                        cl == Class::Latin
                    };
                    if !same {
                        break;
                    }
                    if cl != Class::Mark {
                        n += 1;
                    }
                    s += c.len_utf8();
                }
                if n == 0 || n > max_seg || b.get(s) != Some(&b'.') {
                    break;
                }
                segs += 1;
                k = s + 1;
            }
            if segs > 0 {
                return k;
            }
        }
        if arabic {
            let after_digit = char_before(text, i).is_some_and(is_digit);
            // the listed form is bare of marks (a word without any is its own bare form)
            let listed = || {
                if marks.unwrap_or_else(|| word.chars().any(is_arabic_mark)) {
                    let bare: String = word.chars().filter(|&c| !is_arabic_mark(c)).collect();
                    self.lex.arabic(&bare)
                } else {
                    self.lex.arabic(word)
                }
            };
            if !after_digit && (letters == 1 || listed()) {
                return dot + 1;
            }
            return e;
        }
        // listed English abbreviations keep their period (not a bare initial: `I.` ends sentences)
        if (letters >= 2 || word == "p") && self.lex.english(word).is_some() {
            return dot + 1;
        }
        e
    }

    /// [`Self::abbreviation_end`] of the ASCII word `i..e` (letters, digits, apostrophes)
    /// before its period at `e`: when no letter follows the period (no `U.S.`, `a.m.`), only the
    /// list can keep it, and most words are not in it (by their signature, before any hashing).
    #[inline]
    fn ascii_abbreviation_end(&self, i: usize, e: usize, letters: usize) -> usize {
        let b = self.text.as_bytes();
        if b.get(e + 1)
            .is_none_or(|&z| z.is_ascii() && !z.is_ascii_alphabetic())
        {
            let word = b.get(i..e).unwrap_or_default();
            let listed = (letters >= 2 || word == b"p")
                && self.lex.english_maybe(word)
                && self
                    .text
                    .get(i..e)
                    .and_then(|w| self.lex.english(w))
                    .is_some();
            return if listed { e + 1 } else { e };
        }
        self.abbreviation_end(i, e, false, letters)
    }

    // ------------------------------------------------------------------ numbers

    fn number(&mut self, i: usize) -> usize {
        let text = self.text;
        let mut e = i;
        let mut it = text[i..].char_indices().peekable();
        while let Some((off, c)) = it.next() {
            if is_digit(c) {
                e = i + off + c.len_utf8();
                continue;
            }
            if matches!(c, '.' | ',' | '\u{066B}' | '\u{066C}') && e == i + off {
                if let Some(&(_, n)) = it.peek() {
                    if is_digit(n) {
                        continue;
                    }
                }
            }
            break;
        }
        // `5th`, `G7`, `km2`: digits glued to Latin letters form one word, as in UAX #29
        if let Some(c) = self.at(e) {
            if class(c) == Class::Latin {
                let mut w = e;
                for c in text[e..].chars() {
                    match class(c) {
                        Class::Latin | Class::Digit | Class::Mark => w += c.len_utf8(),
                        _ => break,
                    }
                }
                self.push(i, w, TokenKind::Word);
                return w;
            }
        }
        self.push(i, e, TokenKind::Number);
        e
    }

    // ------------------------------------------------------------------ punctuation, symbols

    fn other(&mut self, i: usize, c: char) -> usize {
        let text = self.text;
        let mut e = i + c.len_utf8();
        if is_punct(c) {
            // runs: `...`, `!!`, `?!`, `--`
            let groupable = |x: char| matches!(x, '.' | '!' | '?' | '\u{061F}');
            for n in text[e..].chars() {
                let same = if groupable(c) {
                    groupable(n)
                } else {
                    n == c && c == '-'
                };
                if !same {
                    break;
                }
                e += n.len_utf8();
            }
            self.push(i, e, TokenKind::Punct);
            return e;
        }
        // a symbol, with emoji modifiers and ZWJ sequences
        let mut it = text[e..].chars().peekable();
        while let Some(n) = it.next() {
            if n == '\u{200D}' {
                match it.peek() {
                    Some(&m) if !m.whitespace() => {
                        e += n.len_utf8() + m.len_utf8();
                        it.next();
                    }
                    _ => break,
                }
            } else if joins_emoji(n) {
                e += n.len_utf8();
            } else if ('\u{1F1E6}'..='\u{1F1FF}').contains(&c)
                && ('\u{1F1E6}'..='\u{1F1FF}').contains(&n)
                && e == i + c.len_utf8()
            {
                e += n.len_utf8(); // a flag: two regional indicators
            } else {
                break;
            }
        }
        self.push(i, e, TokenKind::Symbol);
        e
    }

    // ------------------------------------------------------------------ other scripts: UAX #29

    fn uax29(&mut self, i: usize) -> usize {
        let text = self.text;
        let mut e = i;
        for c in text[i..].chars() {
            match class(c) {
                Class::OtherLetter | Class::Mark | Class::Digit => e += c.len_utf8(),
                Class::Other if !is_punct(c) && c.alphanumeric() => e += c.len_utf8(),
                _ => {
                    // other scripts' combining marks (Devanagari vowel signs, …) stay in
                    if !c.whitespace()
                        && !c.is_ascii()
                        && !is_punct(c)
                        && !c.alphabetic()
                        && crate::text::script_of(c) != Script::Common
                    {
                        e += c.len_utf8();
                    } else {
                        break;
                    }
                }
            }
        }
        if e == i {
            e = i + self.at(i).map_or(1, char::len_utf8);
        }
        for (off, piece) in text[i..e].split_word_bound_indices() {
            let s = i + off;
            let kind = if piece.chars().any(char::alphabetic) {
                TokenKind::Word
            } else if piece.chars().any(char::numeric) {
                TokenKind::Number
            } else if piece.chars().all(char::whitespace) {
                continue;
            } else if piece.chars().any(is_punct) {
                TokenKind::Punct
            } else {
                TokenKind::Symbol
            };
            self.push(s, s + piece.len(), kind);
        }
        e
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Pieces the fast paths decide on (and the cases at their edges) to build texts from.
    const PIECES: &[&str] = &[
        " ",
        "  ",
        "\n",
        "\n\n",
        "\t",
        ",",
        ", ",
        ".",
        ". ",
        "...",
        "'",
        "’",
        "-",
        "--",
        "@",
        "#",
        ":",
        "_",
        "%",
        "+",
        "(",
        ")",
        "\"",
        "the",
        "State",
        "U.S.",
        "Mr",
        "Dr.",
        "e.g.",
        "don't",
        "Michael's",
        "G7",
        "5th",
        "2022",
        "1,000",
        "2.7",
        "3",
        "abcdefghijklmnop",
        "ABCDEFGHIJ123",
        "http://example.org/a",
        "www.x.com",
        "jane@example.org",
        "hw",
        "w",
        "h",
        "q.",
        "café",
        "naïve",
        "\u{0301}",
        "قال",
        "الحكومة",
        "وَالْكِتَابُ",
        "والاستقلالية",
        "پاکستانیها",
        "گفتگوی",
        "د.",
        "أ.د.",
        "٢٠٢٢م",
        "1443هـ",
        "٫",
        "،",
        "؟",
        "\u{0640}",
        "\u{200C}",
        "\u{200F}",
        "پ",
        "ی",
        "हिन्दी",
        "日本",
        "😀",
        "\u{200D}",
        "Привет",
        "x",
        "Z",
        "0",
        "9",
        "a1b2c3d4e5f6g7h8",
        "!",
        "?",
        "!!",
        "?!",
        ";",
        "$",
        "=",
        "~",
        "|",
        "\u{000B}",
        "\r",
        "\u{0000}",
        "-x",
        "a@b.co",
        "x-y",
        "1-2",
        "1.",
        "1.a",
        "w.",
        "h:",
        "www",
        "http",
        "https",
        "://",
        "a_b",
        "%",
        "Inc.",
        "etc.",
        "a.m.",
        "p.",
        "U.S.-led",
        "\u{060C}",
        "\u{061B}",
        "\u{06D4}",
        "\u{0661}",
        "\u{06D5}",
        "\u{061C}",
        "\u{0750}",
        "\u{FEFF}",
        "\u{FB50}",
        "\u{0663}\u{066B}\u{0665}",
        "\u{FE0F}",
        "\u{2026}",
        "\u{00E9}",
        "\u{00D7}",
    ];

    #[test]
    fn every_pair_the_eight_byte_arabic_scan_takes_is_a_letter_or_mark() {
        for c in '\u{0080}'..='\u{07FF}' {
            let mut b = [0u8; 2];
            c.encode_utf8(&mut b);
            let w = u64::from_le_bytes([b[0], b[1], b[0], b[1], b[0], b[1], b[0], b[1]]);
            let simple = arabic_simple_misses(w) == 0;
            assert_eq!(simple, ('\u{0620}'..='\u{065F}').contains(&c), "{c:?}");
            if simple {
                assert!(arabic_pair(b[0], b[1]), "{c:?}");
            }
        }
    }

    #[test]
    fn block_masks_are_the_bytes_letters_and_digits() {
        let mut block = [0u8; ASCII_BLOCK];
        for seed in 0u32..4096 {
            for (k, b) in block.iter_mut().enumerate() {
                *b = (seed.wrapping_mul(2_654_435_761).rotate_left(k as u32 * 3) as u8)
                    .wrapping_add((k as u8).wrapping_mul(17));
            }
            let want = ascii_block_bytes(&block);
            assert_eq!(ascii_block(&block), want, "{block:?}");
            // the sixteen-byte halves, on every machine
            let word = |k: usize| u64::from_le_bytes(block[k..k + 8].try_into().unwrap());
            let (alnum, letters) = ascii_block_swar(word(0), word(8));
            assert_eq!(
                (u64::from(alnum), u64::from(letters)),
                (want.0 & 0xFFFF, want.1 & 0xFFFF)
            );
        }
        for x in 0..=255u8 {
            let block = [x; ASCII_BLOCK];
            assert_eq!(ascii_block(&block), ascii_block_bytes(&block), "{x}");
        }
    }

    #[test]
    fn block_arabic_mask_is_the_common_pairs() {
        let bytes = [
            0x20, 0x2E, 0x41, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xD7, 0xD8, 0xD9, 0xDA, 0xDB,
        ];
        let mut block = [0u8; ARABIC_BLOCK];
        for seed in 0u32..20000 {
            for (k, b) in block.iter_mut().enumerate() {
                let r = seed.wrapping_mul(2_654_435_761).rotate_left(k as u32 * 5) ^ k as u32;
                *b = bytes[r as usize % bytes.len()];
            }
            assert_eq!(
                arabic_block(&block),
                arabic_block_bytes(&block),
                "{block:?}"
            );
        }
        let text = "قال الوزير والسفير الجديد";
        // letters at 0, 2, 4, a space at 6, letters at 7, 9, …, 17, a space at 19, letters at
        // 20, 22, …, 30 (the next one goes past the block)
        assert_eq!(
            arabic_block(text.as_bytes()),
            0b0101_0101_0101_0010_1010_1010_1001_0101
        );
    }

    #[test]
    fn words_before_an_at_sign_that_starts_no_address_read_as_the_general_step_reads_them() {
        for text in [
            "a well-known reply. Write to jane.doe@example.org today",
            "U.S. e-mail: a.b-c@d.org, x_y@z.co, 5.@ 100%@x and re-sent@",
            "state-run media @RT said ... U.S.-led (news@x.com)",
            "don't.@x it's-a@b.co 2.7@x G7.@y",
        ] {
            let runs = crate::text::runs(text);
            assert_eq!(
                tokenize_with(text, &runs, true),
                tokenize_with(text, &runs, false),
                "{text}"
            );
        }
    }

    #[test]
    fn arabic_scan_stops_at_the_first_pair_outside_a_word() {
        // letters, a rarer letter (U+06A9 keheh), a mark, then `،` and a space
        let text = "كتابکَتب، ";
        let bytes = text.as_bytes();
        assert_eq!(scan_arabic(bytes, 0), text.find('،').unwrap_or(0));
        assert_eq!(scan_arabic(b"ab", 0), 0);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn fast_paths_give_the_tokens_of_the_general_step(
            parts in prop::collection::vec(prop::sample::select(PIECES), 0..40)
        ) {
            let text = parts.concat();
            let runs = crate::text::runs(&text);
            prop_assert_eq!(tokenize_with(&text, &runs, true), tokenize_with(&text, &runs, false));
        }

        #[test]
        fn fast_paths_agree_on_any_text(text in "\\PC{0,60}") {
            let runs = crate::text::runs(&text);
            prop_assert_eq!(tokenize_with(&text, &runs, true), tokenize_with(&text, &runs, false));
        }
    }
}
