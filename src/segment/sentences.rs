//! The sentence splitter: one pass over the bytes, careful work only at candidate bytes.
//!
//! Policy (see the module docs of [`crate::segment`] for the full statement):
//! - a sentence ends at `.` `!` `?` `…` `؟` `۔` (and runs of them) when a new sentence follows;
//! - at a paragraph break (a blank line) always, and at a single line break unless the next line
//!   continues a long line of prose in lower case;
//! - before a list item (`1.`, `2)`, `b.` following `a.`, a bullet `•`);
//! - after a short Arabic label ending in a colon (`سؤال وجواب:`), not after a colon that
//!   introduces speech or a quotation;
//! - never at an abbreviation before a name (`Mr.`, `د.`), at an initial or acronym unless a
//!   sentence-opening word follows (`U.S. How…`), inside numbers, URLs and e-mail addresses, or at
//!   an ellipsis followed by lower case (`Kazakhstan… and`).
//! - closing quotes and brackets, and a citation right after a closing quote (`.” (RT 8/1/2022)]`),
//!   stay with the sentence they close.

use super::chars::*;
use super::lexicon::{lexicon, Abbrev, Lexicon};
use crate::Options;

/// Bytes at which the scanner stops to look closer: `.` `!` `?` `\n` `:` `)` `,` `-` `=` `*` `_`
/// and the ASCII capitals; ، ؛ ؟ (D8 8C, D8 9B, D8 9F) and ۔ (DB 94) on their *second* byte (their
/// lead bytes also start most Arabic letters, their second bytes few); E2 (… ‼ ⁇ • ⁃ U+2028
/// U+2029), E3 (。) and EF (！ ？ ．).
///
/// Compares and range tests, no table: over a fixed block of bytes the compiler turns them into
/// SIMD compares (see [`trigger_mask`]). Its ranges and masks take in a few other bytes (`+` `;`
/// `<` `>` `[` `\` `]` `^`, the second bytes 0x8D..=0x9E and the lead bytes 0xE6 0xE7 0xEA 0xEB
/// 0xEE), fewer tests than the bytes one by one: [`Splitter::step`] passes over them ([`TRIGGER`]
/// holds the exact set).
#[inline(always)]
const fn is_trigger(b: u8) -> bool {
    (b == b'\n')
        | (b == b'!')
        // ) * + , - .
        | (b.wrapping_sub(b')') <= b'.' - b')')
        // : ; < = > ?
        | (b.wrapping_sub(b':') <= b'?' - b':')
        // A..Z _
        | (b.wrapping_sub(b'A') <= b'_' - b'A')
        // 0x8C 0x94 0x9B 0x9F
        | (b.wrapping_sub(0x8C) <= 0x9F - 0x8C)
        // 0xE2 0xE3 0xEF
        | (b & 0xF2 == 0xE2)
}

/// The trigger bytes exactly, for the byte-at-a-time checks.
static TRIGGER: [u8; 256] = {
    let mut t = [0u8; 256];
    let exact = b".!?\n:),-=*_";
    let mut k = 0;
    while k < exact.len() {
        t[exact[k] as usize] = 1;
        k += 1;
    }
    let mut c = b'A';
    while c <= b'Z' {
        t[c as usize] = 1;
        c += 1;
    }
    let second = [0x8C, 0x9B, 0x9F, 0x94, 0xE2, 0xE3, 0xEF];
    k = 0;
    while k < second.len() {
        t[second[k]] = 1;
        k += 1;
    }
    t
};

/// The triggers among 32 bytes as a bit mask (bit `k` for byte `k`).
#[inline(always)]
fn trigger_mask(chunk: &[u8; 32]) -> u32 {
    byte_mask(chunk, is_trigger)
}

/// The bytes of `chunk` that pass `test`, as a bit mask (bit `k` for byte `k`): the tests fill an
/// array of 0/1 (SIMD compares when `test` is compares), and each eight of them become eight bits
/// by one multiplication (byte `k` of the word lands on bit `56 + k` of the product, without
/// carries).
#[inline(always)]
fn byte_mask(chunk: &[u8; 32], test: impl Fn(u8) -> bool) -> u32 {
    let mut t = [0u8; 32];
    for (x, &b) in t.iter_mut().zip(chunk) {
        *x = u8::from(test(b));
    }
    let mut mask = 0u32;
    for (k, eight) in t.chunks_exact(8).enumerate() {
        let mut w = [0u8; 8];
        w.copy_from_slice(eight);
        let bits = u64::from_le_bytes(w).wrapping_mul(0x0102_0408_1020_4080) >> 56;
        mask |= (bits as u32) << (8 * k);
    }
    mask
}

/// The window [`block_mask_avx2`] reads for the 32 bytes at `base`: from two bytes before them to
/// two bytes after (`base - 2 .. base + 34`). The scan reads two of them at a time, for 64 bytes.
const WINDOW: usize = 36;

/// Can the byte `x` (with `p2 p1` before it and `n1 n2` after it) call for work? What
/// [`block_mask_avx2`] computes for each byte: a trigger ([`is_trigger`]) unless it is
/// - a capital not after a space, or after a space that follows none of `0x30..=0x7F`, `(`, `)`
///   (the bytes of [`CAPITAL_AFTER`] and a few more) unless `all_capitals` (an `@` is near: see
///   [`Splitter::capital`]);
/// - a comma not followed by a space and an ASCII capital ([`Splitter::comma`]);
/// - a `-` not followed by another ([`Splitter::separator`]: a line of them);
/// - a `)` not followed by a space ([`Splitter::paren_marker`]: a list marker `b) `);
/// - a byte `0x8C..=0x9F` not after `D8` or `DB` (not the second byte of ، ؛ ؟ ۔).
///
/// The scan drops the bytes this rules out before [`Splitter::step`] sees them: each rule above
/// must return at once in those contexts, without effect (a rule that starts to act in more
/// contexts must widen this test and [`block_mask_avx2`] with it).
#[cfg_attr(not(test), allow(dead_code))]
const fn may_act(p2: u8, p1: u8, x: u8, n1: u8, n2: u8, all_capitals: bool) -> bool {
    if !is_trigger(x) {
        return false;
    }
    if x.is_ascii_uppercase() {
        return p1 == b' ' && (all_capitals || matches!(p2, 0x30..=0x7F | b'(' | b')'));
    }
    match x {
        b',' => n1 == b' ' && n2.is_ascii_uppercase(),
        b'-' => n1 == b'-',
        b')' => n1 == b' ',
        0x8C..=0x9F => matches!(p1, 0xD8 | 0xDB),
        _ => true,
    }
}

/// The bytes `w[2..34]` that [`may_act`] (bit `k` for byte `w[k + 2]`), 32 at a time from five
/// loads (the bytes, and the same shifted by one and two bytes either way).
///
/// # Safety
/// The CPU must have AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
unsafe fn block_mask_avx2(w: &[u8; WINDOW], all_capitals: bool) -> u32 {
    use std::arch::x86_64::*;
    let set = |b: u8| _mm256_set1_epi8(b as i8);
    let eq = |v: __m256i, b: u8| _mm256_cmpeq_epi8(v, set(b));
    let and = |a: __m256i, b: __m256i| _mm256_and_si256(a, b);
    let or = |a: __m256i, b: __m256i| _mm256_or_si256(a, b);
    // the bytes `lo..=hi` (`hi - lo < 127`): shifted to start at -128, one signed compare
    let within = |v: __m256i, lo: u8, hi: u8| {
        let t = _mm256_add_epi8(v, set(0x80u8.wrapping_sub(lo)));
        _mm256_cmpgt_epi8(set(0x81u8.wrapping_add(hi - lo)), t)
    };
    // the five loads read 32 bytes inside the 36 of `w` (they start at 0..=4)
    let load = |k: usize| _mm256_loadu_si256(w.as_ptr().add(k).cast());
    let (p2, p1, x, n1, n2) = (load(0), load(1), load(2), load(3), load(4));
    // the triggers that need no context, by their two nibbles (a bit per high nibble, set in the
    // table of the low nibbles it goes with): `\n`; `!` `*` `+` `.`; `:`..=`?`; `[`..=`_`;
    // the lead bytes E2 E3 EF (and E6 E7 EA EB EE, as in `is_trigger`)
    let lo_table = _mm256_broadcastsi128_si256(_mm_setr_epi8(
        0,
        2,
        16,
        16,
        0,
        0,
        16,
        16,
        0,
        0,
        1 | 2 | 4 | 16,
        2 | 4 | 8 | 16,
        4 | 8,
        4 | 8,
        2 | 4 | 8 | 16,
        4 | 8 | 16,
    ));
    let hi_table = _mm256_broadcastsi128_si256(_mm_setr_epi8(
        1, 0, 2, 4, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 16, 0,
    ));
    let lo_bits = _mm256_shuffle_epi8(lo_table, and(x, set(0x0F)));
    let hi_bits = _mm256_shuffle_epi8(hi_table, and(_mm256_srli_epi16::<4>(x), set(0x0F)));
    let plain = and(lo_bits, hi_bits);
    // 0x8C..=0x9F after D8 or DB
    let second = and(within(x, 0x8C, 0x9F), or(eq(p1, 0xD8), eq(p1, 0xDB)));
    // a `-` before another
    let dash = and(eq(x, b'-'), eq(n1, b'-'));
    // a capital after a space after 0x30..=0x7F, `(` or `)`
    let cap_after = or(
        _mm256_cmpgt_epi8(p2, set(0x2F)),
        eq(and(p2, set(0xFE)), b'('),
    );
    let capital = and(
        and(within(x, b'A', b'Z'), eq(p1, b' ')),
        or(cap_after, set(if all_capitals { 0xFF } else { 0 })),
    );
    // a comma before a space and a capital, a `)` before a space
    let space_after = eq(n1, b' ');
    let comma = and(and(eq(x, b','), space_after), within(n2, b'A', b'Z'));
    let paren = and(eq(x, b')'), space_after);
    let context = or(or(or(second, dash), paren), or(capital, comma));
    // `plain` holds bits, the others whole bytes: a byte is in when either is not zero
    let none = _mm256_cmpeq_epi8(or(plain, context), _mm256_setzero_si256());
    !(_mm256_movemask_epi8(none) as u32)
}

/// The bytes two before a capital (`x C`) after which [`Splitter::capital`] has a rule: the end
/// of a lower-case word or a number, and the last byte of an emoticon (`:)` `:(` `:D` `:P`).
static CAPITAL_AFTER: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut k = 0;
    while k < 128 {
        let c = k as u8;
        if c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b')' | b'(' | b'D' | b'P') {
            t[k] = 1;
        }
        k += 1;
    }
    t
};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MarkerKind {
    Digit,
    Lower,
    Upper,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Marker {
    kind: MarkerKind,
    value: u32,
    paren: bool,
}

struct Splitter<'t> {
    text: &'t str,
    bytes: &'t [u8],
    lex: &'static Lexicon,
    clauses: bool,
    /// The sentences so far, trimmed ([`trim`]) as each cut is made (the text is still in the
    /// cache then).
    spans: Vec<(usize, usize)>,
    /// Where the current sentence starts (the last cut).
    sent_start: usize,
    line_start: usize,
    last_marker: Option<Marker>,
    /// The document starts sentences in lower case often enough to read `. x` as a boundary
    /// (computed when first needed: only before a lower-case word).
    lowercase_starts: Option<bool>,
    /// [`Splitter::last_at_before`]'s cursor: the first `@` at or after `at_from` (or the end),
    /// and the last one before `at_from`.
    at_from: usize,
    at_next: usize,
    at_last: Option<usize>,
    /// Where the sentence after the last sign-off (`Best,`) starts.
    signoff_end: usize,
}

/// Sentence spans of `text` (byte offsets, trimmed of surrounding whitespace).
pub(crate) fn sentence_spans(text: &str, options: &Options) -> Vec<(usize, usize)> {
    let mut s = Splitter::new(text, options);
    s.run();
    s.finish()
}

impl<'t> Splitter<'t> {
    fn new(text: &'t str, options: &Options) -> Splitter<'t> {
        Splitter {
            text,
            bytes: text.as_bytes(),
            lex: lexicon(),
            clauses: options.arabic_clauses,
            // about one sentence per hundred bytes of prose
            spans: Vec::with_capacity(text.len() / 64),
            sent_start: 0,
            line_start: 0,
            last_marker: None,
            lowercase_starts: None,
            at_from: 0,
            at_next: memchr::memchr(b'@', text.as_bytes()).unwrap_or(text.len()),
            at_last: None,
            signoff_end: usize::MAX,
        }
    }

    /// The spans, with the last sentence (from the last cut).
    fn finish(mut self) -> Vec<(usize, usize)> {
        if let Some(span) = trim(self.text, self.sent_start, self.text.len()) {
            self.spans.push(span);
        }
        self.spans
    }
}

/// Does the text start sentences in lower case (chat, comments, e-mail)? True when at least one
/// in five of the words after `. ` `? ` `! ` is lower-case.
fn lowercase_starts(text: &str) -> bool {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has AVX2 (checked just above)
        return unsafe { lowercase_starts_avx2(text) };
    }
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    {
        // SAFETY: the function only needs SSE2, which this target has (`cfg` above)
        tally_lowercase_starts(text, |w| unsafe { terminator_space_pairs_sse2(w) })
    }
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    tally_lowercase_starts(text, terminator_space_pairs)
}

/// [`lowercase_starts`] with AVX2.
///
/// # Safety
/// The CPU must have AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn lowercase_starts_avx2(text: &str) -> bool {
    // SAFETY: the CPU has AVX2 (the caller's contract)
    tally_lowercase_starts(text, |w| unsafe { terminator_space_pairs_avx2(w) })
}

/// [`lowercase_starts`] with `pairs` giving the `. ` pairs among 32 bytes.
#[inline(always)]
fn tally_lowercase_starts(text: &str, pairs: impl Fn(&[u8; 33]) -> u32) -> bool {
    let b = text.as_bytes();
    let (mut lower, mut upper) = (0usize, 0usize);
    let mut tally = |p: usize| match b.get(p + 2) {
        Some(c) if c.is_ascii_lowercase() => lower += 1,
        Some(c) if c.is_ascii_uppercase() => upper += 1,
        _ => {}
    };
    // one pass by blocks of 32 bytes: the `. ` pairs as one bit mask (bit `k` when byte `k` is
    // a terminator and byte `k + 1` a space), then each pair looks at the byte after the space
    let mut base = 0;
    while let Some(window) = b
        .get(base..base + 33)
        .and_then(|w| <&[u8; 33]>::try_from(w).ok())
    {
        let mut found = pairs(window);
        while found != 0 {
            tally(base + found.trailing_zeros() as usize);
            found &= found - 1;
        }
        base += 32;
    }
    // the rest, byte by byte
    for p in base..b.len() {
        if matches!(b[p], b'.' | b'?' | b'!') && b.get(p + 1) == Some(&b' ') {
            tally(p);
        }
    }
    lower > 0 && lower * 5 >= lower + upper
}

/// The terminators (`.` `?` `!`) among the first 32 bytes of `w` that a space follows, as a bit
/// mask (bit `k` for byte `k`), one byte at a time.
#[cfg_attr(
    all(target_arch = "x86_64", target_feature = "sse2", not(test)),
    allow(dead_code)
)]
fn terminator_space_pairs(w: &[u8; 33]) -> u32 {
    (0..32).fold(0, |m, k| {
        let pair = matches!(w[k], b'.' | b'?' | b'!') && w[k + 1] == b' ';
        m | u32::from(pair) << k
    })
}

/// [`terminator_space_pairs`] with AVX2.
///
/// # Safety
/// The CPU must have AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
unsafe fn terminator_space_pairs_avx2(w: &[u8; 33]) -> u32 {
    use std::arch::x86_64::*;
    let eq = |v: __m256i, b: u8| _mm256_cmpeq_epi8(v, _mm256_set1_epi8(b as i8));
    // both loads read 32 bytes inside the 33 of `w`
    let here = _mm256_loadu_si256(w.as_ptr().cast());
    let next = _mm256_loadu_si256(w.as_ptr().add(1).cast());
    let term = _mm256_or_si256(
        _mm256_or_si256(eq(here, b'.'), eq(here, b'?')),
        eq(here, b'!'),
    );
    _mm256_movemask_epi8(_mm256_and_si256(term, eq(next, b' '))) as u32
}

/// The terminators (`.` `?` `!`) among the first 32 bytes of `w` that a space follows, as a bit
/// mask (bit `k` for byte `k`).
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[inline(always)]
unsafe fn terminator_space_pairs_sse2(w: &[u8; 33]) -> u32 {
    use std::arch::x86_64::*;
    // the 16 bytes at `at` that are terminators followed by a space: all four loads read 16
    // bytes inside the 33 of `w` (`at` is 0 or 16)
    let half = |at: usize| {
        let here = _mm_loadu_si128(w.as_ptr().add(at).cast());
        let next = _mm_loadu_si128(w.as_ptr().add(at + 1).cast());
        let term = _mm_or_si128(
            _mm_or_si128(
                _mm_cmpeq_epi8(here, _mm_set1_epi8(b'.' as i8)),
                _mm_cmpeq_epi8(here, _mm_set1_epi8(b'?' as i8)),
            ),
            _mm_cmpeq_epi8(here, _mm_set1_epi8(b'!' as i8)),
        );
        let space = _mm_cmpeq_epi8(next, _mm_set1_epi8(b' ' as i8));
        _mm_movemask_epi8(_mm_and_si128(term, space)) as u16 as u32
    };
    half(0) | (half(16) << 16)
}

/// An e-mail address, bare or in angle brackets (`jane@example.org`, `<j...@example.org>`).
fn is_email(chunk: &str) -> bool {
    let c = chunk.trim_start_matches('<').trim_end_matches('>');
    match c.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.ends_with('.')
                && c.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"._%+-@".contains(&b))
        }
        None => false,
    }
}

/// `start..end` without surrounding whitespace and invisible format characters; `None` if empty.
/// Bidi controls glued to the sentence's first or last visible char stay in it (`\u{202B}قال`,
/// `وصل.\u{202C}`, `القاعة.\u{200F}`): they belong to its text as the writer typed it, up to
/// the space; one standing apart between spaces, a zero-width space and a BOM are trimmed.
fn trim(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let seg = text.get(start..end)?;
    // ASCII spaces around the text (a sentence after a cut starts with the space after the
    // terminator), from the bytes
    let b = seg.as_bytes();
    let ascii_space = |x: u8| matches!(x, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r');
    let s0 = b.iter().position(|&x| !ascii_space(x)).unwrap_or(b.len());
    let e0 = b
        .iter()
        .rposition(|&x| !ascii_space(x))
        .map_or(s0, |k| k + 1);
    // once those are trimmed, most sentences start and end with a visible char (not a space
    // nor a format char; any other ASCII byte, read without decoding): nothing more to trim
    let visible = |c: Option<char>| c.is_some_and(|c| !(is_space(c) || is_format(c)));
    if s0 < e0
        && (b[s0].is_ascii() || visible(char_at(seg, s0)))
        && (b[e0 - 1].is_ascii() || visible(char_before(seg, e0)))
    {
        return Some((start + s0, start + e0));
    }
    let blank = |c: char| is_space(c) || is_format(c);
    let core = seg.trim_start_matches(blank);
    let mut lead = seg.len() - core.len();
    let core = core.trim_end_matches(blank);
    if core.is_empty() {
        return None;
    }
    let mut trail = seg.len() - lead - core.len();
    // give back the bidi controls right next to the visible text
    while let Some(c) = char_before(seg, lead).filter(|&c| is_bidi_control(c)) {
        lead -= c.len_utf8();
    }
    while let Some(c) = char_at(seg, seg.len() - trail).filter(|&c| is_bidi_control(c)) {
        trail -= c.len_utf8();
    }
    Some((start + lead, end - trail))
}

/// Bidi marks, embeddings, overrides and isolates (U+200E U+200F U+061C U+202A..U+202E
/// U+2066..U+2069).
fn is_bidi_control(c: char) -> bool {
    is_format(c) && !matches!(c, '\u{200B}' | '\u{FEFF}')
}

/// The end of the last whitespace char in `seg`, reading ASCII bytes without decoding.
fn last_space_end(seg: &str) -> Option<usize> {
    let b = seg.as_bytes();
    let mut k = b.len();
    // sixteen bytes at a time from the end (most words are shorter): the bytes that may start a
    // whitespace char as a bit mask, then each of them from the last
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    while let Some(chunk) = k
        .checked_sub(16)
        .and_then(|lo| b.get(lo..k))
        .and_then(|c| <&[u8; 16]>::try_from(c).ok())
    {
        // SAFETY: the function only needs SSE2, which this target has (`cfg` above)
        let mut m = unsafe { may_start_space_sse2(chunk) };
        while m != 0 {
            let top = 31 - m.leading_zeros() as usize;
            if let Some(end) = space_end_at(seg, k - 16 + top) {
                return Some(end);
            }
            m &= !(1 << top);
        }
        k -= 16;
    }
    // the rest (all of it without SSE2), byte by byte
    while k > 0 {
        k -= 1;
        if !may_start_space(b[k]) {
            continue;
        }
        if let Some(end) = space_end_at(seg, k) {
            return Some(end);
        }
    }
    None
}

/// Can the byte start a whitespace char? ASCII controls and space, and the lead bytes of the
/// multi-byte spaces (U+0085, U+00A0, U+1680, U+2000..U+205F, U+3000: no other lead byte starts
/// one).
const fn may_start_space(x: u8) -> bool {
    x <= 0x20 || matches!(x, 0xC2 | 0xE1..=0xE3)
}

/// The bytes of `chunk` that [`may_start_space`], as a bit mask (bit `k` for byte `k`).
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[inline(always)]
unsafe fn may_start_space_sse2(chunk: &[u8; 16]) -> u32 {
    use std::arch::x86_64::*;
    let x = _mm_loadu_si128(chunk.as_ptr().cast());
    // x <= 0x20 (unsigned): the minimum of the two is x
    let low = _mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8(0x20)), x);
    let c2 = _mm_cmpeq_epi8(x, _mm_set1_epi8(0xC2u8 as i8));
    // E1..=E3: shifted to start at -128, one signed compare
    let e1 = _mm_cmplt_epi8(
        _mm_add_epi8(x, _mm_set1_epi8((0x80u8.wrapping_sub(0xE1)) as i8)),
        _mm_set1_epi8((0x80u8 + 3) as i8),
    );
    _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(low, c2), e1)) as u32
}

/// The end of the whitespace char starting at byte `k` of `seg`, if one does (`k` holds a byte
/// that [`may_start_space`]).
#[inline(always)]
fn space_end_at(seg: &str, k: usize) -> Option<usize> {
    let x = *seg.as_bytes().get(k)?;
    if x.is_ascii() {
        return char::from(x).whitespace().then_some(k + 1);
    }
    let c = char_at(seg, k)?;
    is_space(c).then(|| k + c.len_utf8())
}

/// Does `head` hold a quotation mark or an opening bracket (`"` `«` `“` `(` `[`)? A byte search.
fn quote_or_bracket(head: &str) -> bool {
    let b = head.as_bytes();
    memchr::memchr3(b'"', b'(', b'[', b).is_some()
        || memchr::memmem::find(b, "\u{00AB}".as_bytes()).is_some()
        || memchr::memmem::find(b, "\u{201C}".as_bytes()).is_some()
}

/// Does `head` hold a quotation mark, a `[`, or a `(` not closed after it? A byte search.
fn quote_or_open_bracket(head: &str) -> bool {
    let b = head.as_bytes();
    memchr::memchr2(b'"', b'[', b).is_some()
        || memchr::memmem::find(b, "\u{00AB}".as_bytes()).is_some()
        || memchr::memmem::find(b, "\u{201C}".as_bytes()).is_some()
        || memchr::memrchr(b'(', b).is_some_and(|p| memchr::memchr(b')', &b[p..]).is_none())
}

/// A pictographic emoji, a skin-tone modifier or a regional indicator (flags), not a bullet.
fn is_emoji(c: char) -> bool {
    matches!(c, '\u{1F000}'..='\u{1FAFF}' | '\u{2600}'..='\u{27BF}') && !is_bullet(c)
}

fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '\u{201D}' | '\u{2019}' | '\u{00BB}' | '\u{203A}' | '\u{201C}'
    )
}

impl<'t> Splitter<'t> {
    fn run(&mut self) {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU has AVX2 (checked just above)
            unsafe { self.scan_avx2() };
            return;
        }
        // SAFETY: the scan without its filter needs no AVX2
        unsafe { self.scan::<false>() };
    }

    /// [`Splitter::scan`] with its filter.
    ///
    /// # Safety
    /// The CPU must have AVX2.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    unsafe fn scan_avx2(&mut self) {
        self.scan::<true>();
    }

    /// The scan: `FILTER` drops the triggers whose context rules out any work ([`may_act`]);
    /// without it, every trigger goes to [`Splitter::step`] (the same cuts, more slowly: the
    /// tests compare the two).
    ///
    /// # Safety
    /// With `FILTER`, the CPU must have AVX2.
    #[inline(always)]
    unsafe fn scan<const FILTER: bool>(&mut self) {
        let n = self.bytes.len();
        let mut i = 0;
        // the `@`s for the capitals' e-mail case: the first at or after the current block's end
        // (or `n`), and the last before it
        #[cfg(target_arch = "x86_64")]
        let mut at_next = if FILTER {
            memchr::memchr(b'@', self.bytes).unwrap_or(n)
        } else {
            n
        };
        #[cfg(target_arch = "x86_64")]
        let mut at_last: Option<usize> = None;
        while i < n {
            // the triggers among the 64 (or 32) bytes at `base`: a bit mask of them (no branch
            // per byte), then a jump to each bit in turn (the mask depends on the bytes only,
            // so it serves every trigger of the block)
            let base = i;
            // the windows of the two halves (they overlap by four bytes)
            let windows = (if FILTER { base.checked_sub(2) } else { None })
                .and_then(|lo| self.bytes.get(lo..lo + WINDOW + 32))
                .and_then(|w| {
                    let lo = <&[u8; WINDOW]>::try_from(w.get(..WINDOW)?).ok()?;
                    let hi = <&[u8; WINDOW]>::try_from(w.get(32..)?).ok()?;
                    Some((lo, hi))
                });
            let (mut mask, len) = match windows {
                #[cfg(target_arch = "x86_64")]
                Some((lo, hi)) if FILTER => {
                    // an `@` less than 64 bytes before a capital may make an e-mail address
                    // end a line (`Splitter::capital`): near one, every capital after a space
                    // goes to `step`
                    while at_next < base + 64 {
                        at_last = Some(at_next);
                        at_next = memchr::memchr(b'@', &self.bytes[at_next + 1..])
                            .map_or(n, |p| at_next + 1 + p);
                    }
                    let near_at = at_last.is_some_and(|p| p + 64 >= base);
                    // SAFETY: the CPU has AVX2 (the caller's contract with `FILTER`)
                    let (lo, hi) =
                        unsafe { (block_mask_avx2(lo, near_at), block_mask_avx2(hi, near_at)) };
                    (u64::from(lo) | u64::from(hi) << 32, 64)
                }
                _ => {
                    let Some(chunk) = self
                        .bytes
                        .get(base..base + 32)
                        .and_then(|c| <&[u8; 32]>::try_from(c).ok())
                    else {
                        // fewer than 32 bytes left: byte by byte
                        i = self.step(i);
                        continue;
                    };
                    (u64::from(trigger_mask(chunk)), 32)
                }
            };
            while mask != 0 {
                i = self.step(base + mask.trailing_zeros() as usize);
                let done = i - base;
                if done >= len {
                    break;
                }
                // the bits of the bytes the step went past are dropped
                mask &= u64::MAX << done;
            }
            i = i.max(base + len);
        }
    }

    /// The byte at `i`, when it is a trigger: the rule it calls for. Returns where the scan
    /// resumes (after `i`).
    #[inline(always)]
    fn step(&mut self, i: usize) -> usize {
        let b = self.bytes[i];
        if TRIGGER[b as usize] == 0 {
            return i + 1;
        }
        // most capitals need no look (see `capital`): not after a space, or after a space
        // that follows neither a lower-case word, a digit, an emoticon nor an e-mail address
        if b.is_ascii_uppercase()
            && (i < 2
                || self.bytes[i - 1] != b' '
                || CAPITAL_AFTER[usize::from(self.bytes[i - 2])] == 0
                    && self
                        .last_at_before(i - 1)
                        .is_none_or(|p| p < i.saturating_sub(64)))
        {
            return i + 1;
        }
        // the common triggers first, by tests that a predictor learns better than one jump
        // through a table
        if b == b'.' {
            return self.terminator(i);
        }
        if b == b'\n' {
            return self.newline(i);
        }
        if b.is_ascii_uppercase() {
            return self.capital(i);
        }
        match b {
            b'!' | b'?' => self.terminator(i),
            b':' => self.colon(i),
            b')' => {
                self.paren_marker(i);
                i + 1
            }
            b',' => {
                self.comma(i);
                i + 1
            }
            b'-' | b'=' | b'*' | b'_' => self.separator(i),
            0x80..=0xBF => {
                // the second byte of ، ؛ ؟ ۔ (the scan resumes only at char boundaries, so
                // it passed their lead byte just before); other chars are skipped
                let lead = i.checked_sub(1).and_then(|p| self.bytes.get(p));
                if !matches!(
                    (lead, b),
                    (Some(0xD8), 0x8C | 0x9B | 0x9F) | (Some(0xDB), 0x94)
                ) {
                    return i + 1;
                }
                self.special_char(i - 1)
            }
            _ => self.special_char(i),
        }
    }

    /// The non-ASCII trigger char at `i`: terminators, paragraph and line separators, Arabic
    /// commas and bullets. Returns where scanning resumes.
    fn special_char(&mut self, i: usize) -> usize {
        let Some(c) = char_at(self.text, i) else {
            return i + 1;
        };
        let next = i + c.len_utf8();
        match c {
            '\u{2029}' => self.newline(i),
            '\u{2028}' => self.newline(i),
            '\u{060C}' | '\u{061B}' => {
                self.clause(next);
                next
            }
            c if is_terminator(c) => self.terminator(i),
            c if is_bullet(c) => {
                self.bullet(i);
                next
            }
            '\u{FD3E}' | '\u{FD3F}' => {
                self.verse_end(c, next);
                next
            }
            _ => next,
        }
    }

    /// A Quran verse in ornate parentheses (`﴿…﴾`, the closing one `c` ending before `next`) is
    /// often written without a period after it: a sentence-opening English word right after it
    /// (`…﴾ This verse…`) starts a new sentence. A reference, an ayah number or a translation
    /// after it (`﴾ [Al-Hajj: 40]`, `﴾ ﴿١٢٦﴾`, `﴾ “And Allah…”`) stays with the verse. (The
    /// verse opens with U+FD3F and closes with U+FD3E, or the other way round in some texts.)
    fn verse_end(&mut self, c: char, next: usize) {
        if self.bytes.get(next) != Some(&b' ') {
            return;
        }
        let (f, ws) = self.next_word(next);
        if !f.is_some_and(|f| f.is_ascii_uppercase()) || !self.lex.starter(self.word_at(ws)) {
            return;
        }
        // the verse opened in this sentence
        let open = if c == '\u{FD3E}' {
            '\u{FD3F}'
        } else {
            '\u{FD3E}'
        };
        if self.text[self.sent_start.min(next)..next].contains(open) {
            self.cut(next);
        }
    }

    fn cut(&mut self, pos: usize) {
        if pos <= self.sent_start || pos > self.text.len() {
            return;
        }
        // only a cut after real content: the sentence trimmed of blanks (spaces and format
        // characters) is not empty
        let Some(span) = trim(self.text, self.sent_start, pos) else {
            return;
        };
        self.spans.push(span);
        self.sent_start = pos;
    }

    /// True when nothing but spaces, bullets and format characters lies between the current
    /// sentence start and `pos`.
    fn at_sentence_start(&self, pos: usize) -> bool {
        let head = &self.text[self.sent_start.min(pos)..pos];
        head.chars()
            .rev()
            .all(|c| is_space(c) || is_bullet(c) || is_format(c) || c == '-')
    }

    // ------------------------------------------------------------------ line breaks

    fn newline(&mut self, i: usize) -> usize {
        // the common paragraph break, `\n\n` then a visible ASCII char or an Arabic letter: what
        // the loop below finds
        if let Some(&[b'\n', b'\n', x, y]) = self.bytes.get(i..i + 4) {
            if x.is_ascii_graphic() || arabic_block_class(x, y) == AR_LETTER {
                self.line_start = i + 2;
                self.cut(i);
                return i + 2;
            }
        }
        let mut breaks = 0;
        let mut j = i;
        for c in self.text[i..].chars() {
            match c {
                '\n' | '\u{2028}' => breaks += 1,
                '\u{2029}' => breaks += 2,
                c if is_space(c) || is_format(c) => {}
                _ => break,
            }
            j += c.len_utf8();
        }
        let line_start = std::mem::replace(&mut self.line_start, j);
        if breaks >= 2 || j >= self.text.len() {
            self.cut(i);
            return j;
        }
        let prev_line = self.text.get(line_start..i).unwrap_or("").trim();
        if !self.line_continues(prev_line, j) {
            self.cut(i);
        }
        j
    }

    /// A single line break inside prose: the line before is long and does not end a heading, and
    /// the next one goes on in lower case (or the line before ends in a comma).
    fn line_continues(&self, prev_line: &str, next: usize) -> bool {
        let Some(last) = prev_line.chars().next_back() else {
            return false;
        };
        if matches!(last, ':' | '.' | '!' | '?' | '\u{061F}') {
            return false;
        }
        // (fewer than 40 chars: under 40 bytes surely, 160 bytes or more surely not)
        let short = prev_line.len() < 40
            || prev_line.len() < 160 && prev_line.chars().take(40).count() < 40;
        if short {
            // a short line still goes on when both sides are lower-case prose: `It was a cold
            // \nnight` (a PDF or e-mail wrap), but not a heading or a name in a list
            let words = prev_line.split_whitespace().count();
            let next_lower = char_at(self.text, next).is_some_and(|f| f.is_lowercase());
            return words >= 3 && last.is_lowercase() && next_lower && !self.list_item_at(next);
        }
        if self.list_item_at(next) {
            return false;
        }
        let first = char_at(self.text, next);
        match first {
            Some(f) if f.lowercase() => true,
            // hard-wrapped prose: `…met with\nPresident Tokayev…`, but not after a heading in
            // title case
            Some(f) if f.uppercase() && (last.lowercase() || last == ',') => {
                let words = prev_line.split_whitespace().filter(|w| w.len() > 3);
                let (mut n, mut caps) = (0, 0);
                for w in words {
                    n += 1;
                    caps += usize::from(w.starts_with(|c: char| c.uppercase()));
                }
                prev_line.len() >= 50 && caps * 2 < n
            }
            // Arabic has no case: only a line ending in a comma goes on
            _ => matches!(last, ',' | '\u{060C}' | ';' | '\u{061B}'),
        }
    }

    /// A list item starts at `pos`: `1-`, `1.`, `1)`, `a-`, `A)`, `(b)`, a bullet, `-`/`*`.
    fn list_item_at(&self, pos: usize) -> bool {
        let rest = &self.text[pos..];
        let mut chars = rest.chars();
        let Some(c0) = chars.next() else { return false };
        if is_bullet(c0) || ((c0 == '-' || c0 == '*') && chars.clone().next() == Some(' ')) {
            return true;
        }
        let body = rest.strip_prefix('(').unwrap_or(rest);
        let mut n_digits = body.bytes().take_while(u8::is_ascii_digit).count();
        let mut digit_len = n_digits;
        if n_digits == 0 {
            // Arabic-Indic and Persian digits (`١-`, `۲.`), two bytes each
            let digits = body.chars().take_while(|&c| is_digit(c) && !c.is_ascii());
            n_digits = digits.clone().count();
            digit_len = digits.map(char::len_utf8).sum();
        }
        let n = if n_digits > 0 {
            if n_digits > 3 {
                return false;
            }
            digit_len
        } else if body.chars().next().is_some_and(|c| c.alphabetic()) {
            body.chars().next().map_or(0, char::len_utf8)
        } else {
            return false;
        };
        let after = &body[n..];
        let mut a = after.chars();
        matches!(a.next(), Some('-' | '.' | ')' | '\u{2013}'))
            && a.next().is_some_and(|c| c == ' ' || c == ')')
    }

    // ------------------------------------------------------------------ terminators

    /// Handles the terminator at `i`; returns where scanning resumes.
    fn terminator(&mut self, i: usize) -> usize {
        let text = self.text;
        // the common case, `word. Next` (a lone period, spaces or line breaks, an ASCII letter
        // or digit): what the general path below decides, without decoding the run of
        // terminators (blanks then a letter hold no closer, citation nor ellipsis)
        if let Some(&[b'.', b' ' | b'\n']) = self.bytes.get(i..i + 2) {
            let mut ws = i + 2;
            while let Some(b' ' | b'\n') = self.bytes.get(ws) {
                ws += 1;
            }
            if let Some(&x) = self.bytes.get(ws).filter(|x| x.is_ascii_alphanumeric()) {
                let end = i + 1;
                if self.period_marker(i) {
                    return end;
                }
                let f = char::from(x);
                if f.lowercase() {
                    if self.arabic_word_before(i) {
                        // an Arabic sentence, then English in lower case (see below)
                        self.cut(end);
                    } else if *self
                        .lowercase_starts
                        .get_or_insert_with(|| lowercase_starts(text))
                        && self.lowercase_restart(i, false, true)
                    {
                        self.cut(end);
                    }
                } else if self.period_ends(i, f, ws) {
                    self.cut(end);
                }
                return end;
            }
        }
        let n = text.len();
        let Some(c0) = char_at(text, i) else {
            return i + 1;
        };
        let attached = char_before(text, i).is_some_and(|c| !is_space(c));

        // A period glued to what follows: numbers (2.7, 8.1.2022), URLs, e-mails, acronyms;
        // or two sentences without a space (`world.Today`).
        if c0 == '.' {
            if let Some(nc) = char_at(text, i + 1) {
                if !is_space(nc) && !is_terminator(nc) && !is_closer(nc) && !is_format(nc) {
                    if self.glued_period_ends(i) {
                        self.cut(i + 1);
                    }
                    return i + 1;
                }
            }
        }

        // The run of terminators (with `. . .` spaced dots and format characters inside).
        let mut j = i;
        let mut dots = 0usize;
        let mut periods_only = true; // only ASCII '.'
        let mut strong = false;
        let mut ellipsis = false;
        let mut spaced = false;
        while j < n {
            let Some(c) = char_at(text, j) else { break };
            if c == '.' {
                dots += 1;
            } else if c == '\u{2026}' {
                ellipsis = true;
                periods_only = false;
            } else if is_terminator(c) {
                periods_only = false;
                if matches!(
                    c,
                    '!' | '?' | '\u{061F}' | '\u{203C}' | '\u{2047}'
                        ..='\u{2049}' | '\u{FF01}' | '\u{FF1F}'
                ) {
                    strong = true;
                }
            } else if is_format(c) {
            } else if c == ' ' && dots > 0 && periods_only && self.bytes.get(j + 1) == Some(&b'.') {
                spaced = true;
            } else {
                break;
            }
            j += c.len_utf8();
        }
        let run_end = j;
        if dots >= 2 {
            ellipsis = true;
        }

        // `[...]` and `(...)`: an elision inside a sentence.
        if ellipsis && !strong {
            let before = char_before(text, i);
            let after = char_at(text, run_end);
            if matches!(before, Some('[' | '(')) && matches!(after, Some(']' | ')')) {
                return run_end;
            }
        }

        // Closing quotes and brackets, a citation after a closing quote, and their closers.
        let end = self.absorb_emoji(self.absorb_closers(run_end));
        let resume = end.max(run_end);

        // List markers: `1.`, `a.`, `2.)`.
        if dots == 1 && periods_only && !spaced && self.period_marker(i) {
            return resume;
        }

        let Some(next) = char_at(text, end) else {
            // end of text: the final segment ends here anyway
            return resume;
        };
        if !is_space(next) {
            // `…من ذلك؟What does…`, `…الوعود؟ولماذا…`: a question or exclamation mark glued to
            // the next sentence, when the mark is Arabic or the script changes with it
            if strong && end == run_end && next.alphabetic() && !next.lowercase() {
                let before = char_before(text, i).filter(|&c| c.alphabetic() || is_mark(c));
                let arabic_mark = text[i..run_end].contains('\u{061F}');
                if before
                    .is_some_and(|b| arabic_mark || is_arabic_letter(b) != is_arabic_letter(next))
                {
                    self.cut(end);
                }
            }
            return resume;
        }
        let (first, ws) = self.next_word(end);
        let Some(f) = first else {
            self.cut(end);
            return resume;
        };
        if matches!(f, ',' | ';' | ':' | '\u{060C}' | '\u{061B}') {
            return resume;
        }
        // `«هل ستغادر؟» سأل الصحفي`: a quoted question or statement, then its attribution with a
        // bare verb of saying (a new sentence would open with `وقال`)
        if end > run_end
            && is_arabic_letter(f)
            && text[run_end..end].contains(is_quote)
            && !text[run_end..end].contains(is_terminator)
            && self.lex.label_blocker(self.word_at(ws))
            && !self.word_at(ws).starts_with(['\u{0648}', '\u{0641}'])
        {
            return resume;
        }
        if f.lowercase() {
            // an Arabic sentence, then English in lower case (`…ما فهمت شي. what do you mean?`):
            // the script changes with the sentence (not after an abbreviation such as `د.`)
            if end == run_end
                && !ellipsis
                && !spaced
                && f.is_ascii_lowercase()
                && self.arabic_word_before(i)
            {
                self.cut(end);
                return resume;
            }
            if end == run_end
                && !ellipsis
                && !spaced
                && *self
                    .lowercase_starts
                    .get_or_insert_with(|| lowercase_starts(text))
                && self.lowercase_restart(i, strong, periods_only)
            {
                self.cut(end);
            }
            return resume;
        }

        if spaced {
            // `word. . . . Next`: a period, then an ellipsis opening the next sentence.
            if attached && dots >= 4 {
                self.cut(i + 1);
                return resume;
            }
            // ` . . . ` inside a sentence: an elision; four dots end it.
            if dots < 4 {
                return resume;
            }
            self.cut(end);
            return resume;
        }
        // an ellipsis before an Arabic word is a pause (`…الائتمان... فيما`), not an end; but
        // after an English word, an Arabic sentence after it is a new one (`…talks failed...
        // وعاد الوفد…`)
        if ellipsis && !strong && is_arabic_letter(f) {
            let latin_before = text[..i]
                .chars()
                .rev()
                .find(|c| !is_closer(*c) && !is_format(*c))
                .is_some_and(|c| c.is_ascii_alphabetic());
            if latin_before && self.arabic_sentence_follows(ws, true) {
                self.cut(end);
            }
            return resume;
        }
        if strong || ellipsis || !periods_only {
            self.cut(end);
            return resume;
        }
        if self.period_ends(i, f, ws) {
            self.cut(end);
        }
        resume
    }

    /// Closing quotes/brackets after a terminator run, a citation parenthetical right after a
    /// closing quote, and the closers and period after that.
    fn absorb_closers(&self, mut j: usize) -> usize {
        let text = self.text;
        let mut saw_quote = false;
        while let Some(c) = char_at(text, j) {
            if is_closer(c) || is_format(c) || (j > 0 && is_terminator(c)) {
                saw_quote |= is_quote(c);
                j += c.len_utf8();
            } else {
                break;
            }
        }
        // `.” (RT 8/1/2022)]` / `.”(AFP, 6/1/2022).` / `…on 6/1/2022… (Al-Jazeera 6/1/2022).`
        let mut k = j;
        while self.bytes.get(k) == Some(&b' ') {
            k += 1;
        }
        if self.bytes.get(k) != Some(&b'(') {
            return j;
        }
        let limit = (k + 96).min(text.len());
        let Some(close) = self.bytes[k + 1..limit]
            .iter()
            .position(|&b| b == b')' || b == b'(' || b == b'\n')
        else {
            return j;
        };
        let close = k + 1 + close;
        if self.bytes[close] != b')' {
            return j;
        }
        let inner = &text[k + 1..close];
        let has_digit = inner.bytes().any(|b| b.is_ascii_digit()) || inner.chars().any(is_digit);
        // a sentence inside (`(He left. They stayed)`) makes it no citation; abbreviations
        // before numbers (`No. 425, p. 12`) are fine
        let has_stop = inner.char_indices().any(|(p, c)| {
            matches!(c, '!' | '?')
                || (c == '.'
                    && inner[p + 1..].starts_with(' ')
                    && inner[p + 1..]
                        .trim_start()
                        .starts_with(|n: char| n.alphabetic())
                    && inner[..p]
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| w.chars().count() > 3))
        });
        // a date or a number (`RT 8/1/2022`), or right after a closing quote a short name
        // (`(Reuters)`, `(Smith 55)`)
        let short_name = saw_quote
            && inner.split_whitespace().count() <= 4
            && inner.chars().next().is_some_and(char::uppercase);
        if !(has_digit || short_name) || has_stop || inner.trim().is_empty() {
            return j;
        }
        let mut m = close + 1;
        while let Some(c) = char_at(text, m) {
            if is_closer(c) || is_format(c) || c == '.' {
                m += c.len_utf8();
            } else {
                break;
            }
        }
        // without a closing quote before it, the parenthetical is a citation only when nothing
        // but the end of the sentence follows it: `(Al-Jazeera Net 6/1/2022).`
        if !saw_quote {
            let tail = text[close + 1..m].contains(['.', ']']);
            let after = char_at(text, m);
            // or, right after a sentence's end, an outlet and a date before the next sentence:
            // `…قتلوا. (Reuters, 9/1/2022) The figure…` (a few capitalized words or Arabic
            // ones and a date: not a remark such as `(In 2019 he left)` or `(Table 2)`)
            let dated = inner.contains('/')
                || inner
                    .split(|c: char| !is_digit(c))
                    .any(|d| d.chars().count() == 4);
            let cited = after == Some(' ')
                && has_digit
                && dated
                && inner.split_whitespace().count() <= 5
                && inner.split_whitespace().all(|w| {
                    w.starts_with(|c: char| c.uppercase() || is_digit(c) || is_arabic_letter(c))
                })
                && text[m..]
                    .trim_start_matches(' ')
                    .starts_with(|c: char| c.uppercase() || is_arabic_letter(c));
            if !(tail || cited || after.is_none() || after == Some('\n')) {
                return j;
            }
        }
        m
    }

    /// Emoji on the same line right after a sentence's end (`…للعلم! 🎉 See you`, `…this.” 🇰🇿
    /// وأرفقها`) stay with the sentence they react to: where they end, or `j` when none follow.
    fn absorb_emoji(&self, j: usize) -> usize {
        let b = self.bytes;
        let mut k = j;
        while b.get(k) == Some(&b' ') {
            k += 1;
        }
        // (every emoji starts with the byte F0 or E2: a one-byte check for the common case)
        if k == j || !matches!(b.get(k), Some(0xF0 | 0xE2)) {
            return j;
        }
        let mut end = j;
        let mut m = k;
        while let Some(c) = char_at(self.text, m) {
            if is_emoji(c)
                || end > j && matches!(c, '\u{200D}' | '\u{FE0F}' | '\u{E0020}'..='\u{E007F}')
            {
                m += c.len_utf8();
                end = m;
            } else if end > j && c == ' ' {
                m += 1;
            } else {
                break;
            }
        }
        end
    }

    /// The first character of the next word after whitespace at `pos` (skipping opening quotes and
    /// brackets) and where the word starts ([`Splitter::word_at`] reads it, when needed).
    fn next_word(&self, pos: usize) -> (Option<char>, usize) {
        let text = self.text;
        let bytes = self.bytes;
        let mut j = pos;
        while bytes.get(j) == Some(&b' ') {
            j += 1;
        }
        // the common case: an ASCII letter or digit after the spaces is the word's first char
        if let Some(&x) = bytes.get(j).filter(|x| x.is_ascii_alphanumeric()) {
            return (Some(char::from(x)), j);
        }
        // and an Arabic letter (no opener, bullet, space or format character either)
        if let (Some(&x), Some(&y)) = (bytes.get(j), bytes.get(j + 1)) {
            if arabic_block_class(x, y) == AR_LETTER {
                if let Some(c) = char_at(text, j).filter(|c| c.alphanumeric()) {
                    return (Some(c), j);
                }
            }
        }
        while let Some(c) = char_at(text, j) {
            if is_space(c) || is_format(c) {
                j += c.len_utf8();
            } else {
                break;
            }
        }
        let mut first = None;
        // an ASCII letter or digit is no opener, bullet or format character
        while let Some(c) = char_at(text, j).filter(|c| !c.is_ascii_alphanumeric()) {
            if is_opener(c) || is_format(c) || is_bullet(c) {
                j += c.len_utf8();
                if first.is_none() && !is_format(c) {
                    first = Some(c);
                }
            } else {
                break;
            }
        }
        // (the word's first char, when it has one, is the char at its start)
        let wc = char_at(text, j);
        // An opening mark counts as a capital; but a word right after it decides case.
        let f = match (first, wc) {
            (_, Some(w)) if w.alphanumeric() => Some(w),
            (Some(o), _) => Some(o),
            (None, w) => w,
        };
        (f, j)
    }

    /// The word starting at `ws` (letters, digits, marks and apostrophes; about 40 bytes at most).
    fn word_at(&self, ws: usize) -> &'t str {
        let text = self.text;
        let bytes = self.bytes;
        let mut e = ws;
        while let Some(&x) = bytes.get(e) {
            // ASCII letters and digits without decoding
            let len = if x.is_ascii() {
                if !(x.is_ascii_alphanumeric() || x == b'\'') {
                    break;
                }
                1
            } else if matches!(
                arabic_block_class(x, bytes.get(e + 1).copied().unwrap_or(0)),
                AR_LETTER | AR_MARK
            ) {
                // an Arabic letter (alphabetic) or mark, from the byte pair
                2
            } else {
                match char_at(text, e) {
                    Some(c) if c.alphanumeric() || is_mark(c) || c == '\u{2019}' => c.len_utf8(),
                    _ => break,
                }
            };
            e += len;
            if e - ws > 40 {
                break;
            }
        }
        &text[ws..e]
    }

    /// The chunk before `i` back to whitespace (at most 64 bytes), without leading openers and
    /// bullets or trailing format characters, and its start.
    fn prev_chunk(&self, i: usize) -> (usize, &'t str) {
        let text = self.text;
        let lo = floor_boundary(text, i.saturating_sub(64)).max(self.sent_start.min(i));
        let seg = &text[lo..i];
        let start = last_space_end(seg).map_or(lo, |p| lo + p);
        let mut chunk = &text[start..i];
        let mut s = start;
        // an ASCII letter or digit, or an Arabic letter or mark (not U+061C, a format char), is
        // no opener, bullet or format char: the common ends of a chunk, read from the bytes
        let plain = |p: &[u8]| match p {
            [x, ..] if x.is_ascii() => x.is_ascii_alphanumeric(),
            [0xD8, 0x9C, ..] => false,
            [x, y, ..] => matches!(arabic_block_class(*x, *y), AR_LETTER | AR_MARK),
            _ => false,
        };
        if !plain(chunk.as_bytes()) {
            while let Some(c) = chunk.chars().next() {
                if is_opener(c) || is_bullet(c) || is_format(c) {
                    chunk = &chunk[c.len_utf8()..];
                    s += c.len_utf8();
                } else {
                    break;
                }
            }
        }
        let b = chunk.as_bytes();
        let last_plain = match b {
            [.., x] if x.is_ascii() => true,
            [.., 0xD8, 0x9C] => false,
            [.., x, y] => matches!(arabic_block_class(*x, *y), AR_LETTER | AR_MARK),
            _ => false,
        };
        let chunk = if last_plain {
            chunk
        } else {
            chunk.trim_end_matches(is_format)
        };
        (s, chunk)
    }

    /// Does the single period at `i`, followed by a word starting with `f` at `ws`, end a sentence?
    fn period_ends(&self, i: usize, f: char, ws: usize) -> bool {
        let (cs, core) = self.prev_chunk(i);
        // the common cases first, from the bytes: a word of ASCII letters or of Arabic letters
        // (without marks or tatweel), two letters at least, that is no abbreviation
        let b = core.as_bytes();
        if b.len() >= 2 && b.iter().all(u8::is_ascii_alphabetic) && self.lex.english(core).is_none()
        {
            return true;
        }
        if b.len() >= 4
            && b.len() % 2 == 0
            && b.chunks_exact(2)
                .all(|p| arabic_block_class(p[0], p[1]) == AR_LETTER && p != [0xD9, 0x80])
            && !self.lex.arabic(core)
        {
            return true;
        }
        let Some(last) = core.chars().next_back() else {
            return true;
        };
        let lex = self.lex;

        // Arabic: abbreviations and single letters (د. م. ص.), unless an era marker after a year.
        if is_arabic_letter(last) || last == TATWEEL || is_arabic_mark(last) {
            // (a word without marks is its own bare form: no copy)
            let bare: std::borrow::Cow<str> = if core.chars().any(is_arabic_mark) {
                core.chars().filter(|&c| !is_arabic_mark(c)).collect()
            } else {
                core.into()
            };
            let letters = bare.chars().filter(|&c| is_arabic_letter(c)).count();
            let dotted = bare.contains('.') && bare.split('.').all(|p| p.chars().count() <= 2);
            if letters == 1 || dotted || lex.arabic(&bare) {
                let after_number = core.chars().next().is_some_and(is_digit)
                    || char_before(self.text, cs).is_some_and(|c| c == ' ')
                        && char_before(self.text, cs.saturating_sub(1)).is_some_and(is_digit);
                // a single Arabic letter ending an English sentence (`…the letter ب. The next…`,
                // `…is ب. Dr. Ali…`); the titles `د.` `م.` `أ.` only before an opener
                let title = matches!(bare.as_ref(), "\u{062F}" | "\u{0645}" | "\u{0623}");
                let english_letter = letters == 1
                    && f.is_ascii_uppercase()
                    && (!title || lex.starter(self.word_at(ws)))
                    && self.latin_before(cs);
                return after_number || english_letter;
            }
            return true;
        }
        if is_digit(last) {
            return true;
        }
        let abbrev = lex.english(core);
        if let Some(Abbrev::Title) = abbrev {
            // `…at 10 Downing St. The PM…`: after a capitalized name it is a street or a mount
            // closing the sentence when a sentence opener follows
            let lo = floor_boundary(self.text, cs.saturating_sub(64));
            let after_name = self.text[lo..cs]
                .trim_end()
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.starts_with(|c: char| c.uppercase()) && w.len() > 1);
            if !f.alphanumeric() {
                return true;
            }
            let next = self.word_at(ws);
            return after_name && lex.starter(next) && next != "Who";
        }
        if !last.alphabetic() {
            return true;
        }
        if core.eq_ignore_ascii_case("a.m") || core.eq_ignore_ascii_case("p.m") {
            if !(f.uppercase() || f.alphabetic() && !f.lowercase()) {
                return false;
            }
            // `At 5 a.m. Mr. Smith went…`: a fronted time phrase is not a sentence.
            let head = &self.text[self.sent_start.min(cs)..cs];
            return head.split_whitespace().count() >= 3;
        }
        match abbrev {
            Some(Abbrev::Title) => return !(f.alphanumeric()),
            Some(Abbrev::Plain) => {
                return lex.starter(self.word_at(ws))
                    || !f.alphanumeric() && !is_opener(f)
                    || self.arabic_opens(cs, f, ws)
            }
            None => {}
        }
        let letters_only = core.chars().all(|c| c.alphabetic() || c == '.');
        let dotted = letters_only
            && core.contains('.')
            && core
                .split('.')
                .all(|p| (1..=3).contains(&p.chars().count()));
        let initial = {
            let mut cs = core.chars();
            cs.next().is_some() && cs.next().is_none()
        };
        if dotted || initial {
            return lex.starter(self.word_at(ws)) || self.arabic_opens(cs, f, ws);
        }
        true
    }

    /// Is the word before the terminator at `i` an Arabic word of two letters or more that is no
    /// abbreviation (`شي.`, not `د.` or `أ.د.`)?
    fn arabic_word_before(&self, i: usize) -> bool {
        // (an Arabic letter's last byte is no ASCII byte: one check for the common case)
        if i == 0 || self.bytes[i - 1].is_ascii() {
            return false;
        }
        let (_, core) = self.prev_chunk(i);
        core.chars().filter(|&c| is_arabic_letter(c)).count() >= 2
            && core
                .chars()
                .all(|c| is_arabic_letter(c) || is_arabic_mark(c) || c == TATWEEL)
            && !self.lex.arabic(core)
    }

    /// Does the Arabic text at `ws` reach a terminator (`.` `!` `?` `؟`) before any Latin letter
    /// (and, unless `line_ends`, before a line break or the end of the text)? Looked at up to 256
    /// bytes on: longer, it is taken as a sentence.
    fn arabic_sentence_follows(&self, ws: usize, line_ends: bool) -> bool {
        let hi = (ws + 256).min(self.bytes.len());
        for (k, &x) in self.bytes[ws..hi].iter().enumerate() {
            if x.is_ascii_alphabetic() {
                return false;
            }
            if x == b'\n' {
                return line_ends;
            }
            if matches!(x, b'.' | b'!' | b'?')
                || x == 0x9F && k > 0 && self.bytes.get(ws + k - 1) == Some(&0xD8)
            {
                return true;
            }
        }
        hi < self.bytes.len() || line_ends
    }

    /// Is the last letter before `cs` in this sentence (looked at up to 64 bytes back) a letter
    /// of another script than Arabic (an English word)?
    fn latin_before(&self, cs: usize) -> bool {
        let lo = floor_boundary(self.text, cs.saturating_sub(64)).max(self.sent_start.min(cs));
        self.text[lo..cs]
            .chars()
            .rev()
            .find(|c| c.alphabetic())
            .is_some_and(|c| !is_arabic_letter(c))
    }

    /// After a Latin abbreviation or acronym ending at `cs`, does the Arabic word starting with
    /// `f` at `ws` open a new sentence? Yes when the sentence so far is English (its last letter
    /// before the abbreviation is Latin: `…flew back to the U.S. وصرح…`, the script changes with
    /// the period), or when the word is an Arabic sentence opener (`…مقرها في U.S.A. وقد…`); not
    /// for an acronym inside Arabic text (`…السفارة U.S. في عمّان`).
    fn arabic_opens(&self, cs: usize, f: char, ws: usize) -> bool {
        if !is_arabic_letter(f) {
            return false;
        }
        if self.lex.starter_ar(self.word_at(ws)) {
            return true;
        }
        if !self.latin_before(cs) {
            return false;
        }
        // …and the Arabic that follows is a sentence of its own, not a name or a phrase inside
        // the English one (`…firms, e.g. شركة النفط الوطنية, had bid…`)
        self.arabic_sentence_follows(ws, true)
    }

    /// Informal text starts sentences in lower case (`…to the vet. obviously…`, `…this issue? is
    /// it…`): a lone `.` or `?` (or `!` after a word that is not a name, unlike `Yahoo! in`)
    /// after an ordinary word ends a sentence before a lower-case word too. Abbreviations,
    /// initials and closing quotes (`'Great.' she said`) keep it going.
    fn lowercase_restart(&self, i: usize, strong: bool, periods_only: bool) -> bool {
        let (_, core) = self.prev_chunk(i);
        let Some(last) = core.chars().next_back() else {
            return false;
        };
        if !(last.alphabetic() || last.is_ascii_digit()) || is_arabic_letter(last) {
            return false;
        }
        if core.contains(['.', '@', '/']) {
            return false;
        }
        if strong {
            let bang = self.bytes.get(i) == Some(&b'!');
            let titlecase = core.chars().next().is_some_and(char::uppercase)
                && core.chars().skip(1).any(char::lowercase);
            return !(bang && titlecase);
        }
        if !periods_only || core.chars().count() < 2 {
            return false;
        }
        if self.lex.english(core).is_some() || core.chars().all(|c| c.is_ascii_digit()) {
            return false;
        }
        true
    }

    // ------------------------------------------------------------------ missing periods

    /// A capitalized sentence opener (`Please`, `We`, `Thanks`) right after a lower-case word that
    /// can end a sentence, with nothing between them but a space: the period is missing.
    /// The last `@` before `end`, found by a cursor that moves forward with the scan (a search
    /// backwards when asked about an earlier place).
    fn last_at_before(&mut self, end: usize) -> Option<usize> {
        if end < self.at_from {
            return memchr::memrchr(b'@', &self.bytes[..end]);
        }
        while self.at_next < end {
            self.at_last = Some(self.at_next);
            self.at_from = self.at_next + 1;
            self.at_next = memchr::memchr(b'@', &self.bytes[self.at_from..])
                .map_or(self.bytes.len(), |p| self.at_from + p);
        }
        self.at_last
    }

    /// (The scan passes over most capitals without calling this: see [`may_act`].)
    fn capital(&mut self, i: usize) -> usize {
        let b = self.bytes;
        // a capital inside a word: nothing to do (the scan goes on at the next byte; the word's
        // other capitals land here too)
        if i < 2 || b[i - 1] != b' ' {
            return i + 1;
        }
        // (returning `i + 1` rather than the word's end changes nothing: the scan stops again only
        // at the word's other capitals, which are inside it)
        // an emoticon or an e-mail address ends a line of chat or a signature; e-mail-like: an
        // `@` after the last space of the 64 bytes before the space
        let lo = i.saturating_sub(64);
        let email_like = self
            .last_at_before(i - 1)
            .is_some_and(|p| p >= lo && !b[p..i - 1].contains(&b' '));
        if matches!(b[i - 2], b')' | b'(' | b'D' | b'P' | b'p') || email_like {
            let (_, prev) = self.prev_chunk(i - 1);
            if matches!(
                prev,
                ":)" | ":-)"
                    | ";)"
                    | ";-)"
                    | ":D"
                    | ":-D"
                    | ":P"
                    | ":p"
                    | "(:"
                    | ":("
                    | ":-("
                    | "=)"
            ) || is_email(prev)
            {
                self.cut(i - 1);
                return i + 1;
            }
        }
        if !(b[i - 2].is_ascii_lowercase() || b[i - 2].is_ascii_digit()) {
            return i + 1;
        }
        // no opener starts with this capital (`Kazakhstan`, `Reuters`): nothing below applies
        // unless a sign-off's name may end here
        if self.sent_start != self.signoff_end && !self.lex.opener_initial(b[i]) {
            return i + 1;
        }
        let mut e = i + 1;
        while e < b.len() && (b[e].is_ascii_alphabetic() || b[e] == b'\'') {
            e += 1;
        }
        // the word ends there (`Please,` or `We ` but not `Weather`)
        if e < b.len() && !(b[e] == b' ' || b[e] == b',' || b[e] == b'!' || b[e] == b'?') {
            return e;
        }
        let word = &self.text[i..e];
        // the name signing a sign-off (`Best, Jeff Here is…`): one capitalized word,
        // then a word that opens a sentence
        if self.sent_start == self.signoff_end
            && (self.lex.starter(word) || self.lex.opener(word))
            && self.text.get(self.sent_start..i - 1).is_some_and(|head| {
                let head = head.trim_start();
                head.len() >= 2
                    && head.starts_with(|c: char| c.is_ascii_uppercase())
                    && head.bytes().skip(1).all(|c| c.is_ascii_lowercase())
            })
        {
            self.cut(i - 1);
            return e;
        }
        if e - i > 8 || !self.lex.opener(word) {
            return e;
        }
        let (_, prev) = self.prev_chunk(i - 1);
        if prev.len() < 2
            || !prev
                .bytes()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'\'')
            || self.lex.closed_class(prev)
        {
            return e;
        }
        self.cut(i - 1);
        e
    }

    /// Greetings and sign-offs of letters and e-mails end with a comma before a capital:
    /// `Hello Louise, I know…`, `Thanks, Martin`, `Vince, Are you…`. (The scan calls this only
    /// before ` X`: see [`may_act`].)
    #[inline]
    fn comma(&mut self, i: usize) {
        if i.saturating_sub(self.sent_start) > 40 || self.bytes.get(i + 1) != Some(&b' ') {
            return;
        }
        // the next word must start with an ASCII capital (checked on the byte first)
        if !self.bytes.get(i + 2).is_some_and(u8::is_ascii_uppercase) {
            return;
        }
        self.comma_at(i);
    }

    /// [`Splitter::comma`] past its byte checks (inlined at every comma; this part is rarely
    /// reached).
    #[inline(never)]
    fn comma_at(&mut self, i: usize) {
        let next = &self.text[i + 2..];
        let mut nw = next.split(|c: char| !c.alphanumeric() && c != '\'');
        let Some(nword) = nw.next() else { return };
        if !nword.chars().next().is_some_and(|c| c.is_ascii_uppercase()) {
            return;
        }
        let Some(head) = self.text.get(self.sent_start..i) else {
            return;
        };
        let head = head.trim();
        // a greeting, a sign-off or a name has at most three words
        if head.split_whitespace().nth(3).is_some() {
            return;
        }
        let words: Vec<&str> = head.split_whitespace().collect();
        let Some(&first) = words.first() else { return };
        if !words.iter().all(|w| w.chars().all(char::alphabetic)) {
            return;
        }
        let lower = head.to_ascii_lowercase();
        let greeting = matches!(first, "Hi" | "Hello" | "Hey" | "Dear") && words.len() <= 3;
        let signoff = matches!(
            lower.as_str(),
            "thanks"
                | "thank you"
                | "best"
                | "regards"
                | "best regards"
                | "kind regards"
                | "warm regards"
                | "cheers"
                | "sincerely"
                | "thanks and regards"
                | "many thanks"
                | "good luck"
                | "all the best"
                | "best wishes"
                | "yours"
                | "love"
                | "take care"
                | "respectfully"
        );
        let discourse = matches!(
            first,
            "Well"
                | "Oh"
                | "Ok"
                | "Okay"
                | "Again"
                | "Besides"
                | "Overall"
                | "First"
                | "Second"
                | "Third"
                | "Next"
                | "Last"
                | "Later"
                | "Earlier"
                | "Afterwards"
                | "Sure"
                | "Yeah"
                | "Right"
                | "Plus"
                | "Actually"
                | "Anyway"
                | "Unfortunately"
                | "Fortunately"
                | "Personally"
                | "Honestly"
        );
        let name = words.len() == 1
            && !discourse
            && first.len() >= 2
            && first.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && first.chars().skip(1).all(|c| c.is_ascii_lowercase())
            && !first.ends_with("ly")
            && !self.lex.starter(first)
            // `Vince, Are you…` but not a list `Arts, History, Music`
            && (self.lex.starter(nword) || self.lex.opener(nword));
        if greeting || signoff || name {
            self.cut(i + 1);
            if signoff {
                self.signoff_end = self.sent_start;
            }
        }
    }

    /// A period glued to the next character ends a sentence only in `word.Next` (two sentences
    /// typed without a space): a plain lower-case word or number before, a capitalized word after.
    fn glued_period_ends(&self, i: usize) -> bool {
        let text = self.text;
        // an ASCII character after the period other than a capital: neither case below
        if self
            .bytes
            .get(i + 1)
            .is_some_and(|x| x.is_ascii() && !x.is_ascii_uppercase())
        {
            return false;
        }
        let mut after = text[i + 1..].chars();
        let (Some(a), Some(b)) = (after.next(), after.next()) else {
            return false;
        };
        if is_arabic_letter(a) && is_arabic_letter(b) {
            // `البلاد.وقال`: a missing space between Arabic sentences; not `أ.ف.ب` or `أ.د`
            let (_, core) = self.prev_chunk(i);
            // `He said.وقال`: an English word that is no abbreviation, then Arabic
            if core.len() >= 2
                && core.bytes().all(|x| x.is_ascii_alphabetic())
                && self.lex.english(core).is_none()
            {
                return true;
            }
            let seg = core.rsplit('.').next().unwrap_or("");
            return seg.chars().filter(|&c| is_arabic_letter(c)).count() >= 3
                && seg
                    .chars()
                    .all(|c| is_arabic_letter(c) || is_arabic_mark(c) || c == TATWEEL);
        }
        if !(a.uppercase() && b.lowercase()) {
            return false;
        }
        let (_, core) = self.prev_chunk(i);
        if core.chars().count() < 2 {
            return false;
        }
        // `…البلاد.The…`: an Arabic word (three letters at least: not `د.` or `أ.د.`), then English
        if core.chars().filter(|&c| is_arabic_letter(c)).count() >= 3
            && core
                .chars()
                .all(|c| is_arabic_letter(c) || is_arabic_mark(c) || c == TATWEEL)
        {
            return true;
        }
        let Some(last) = core.chars().next_back() else {
            return false;
        };
        if !(last.lowercase() || last.is_ascii_digit()) {
            return false;
        }
        if !core
            .chars()
            .all(|c| c.alphanumeric() || c == ',' || c == '\'' || c == '\u{2019}')
        {
            return false;
        }
        // not a domain or a file name: the word after must end in space or punctuation
        let rest = &text[i + 1..];
        let wlen = rest.find(|c: char| !c.alphanumeric()).unwrap_or(rest.len());
        !matches!(rest[wlen..].chars().next(), Some('.' | '@' | '/'))
            || rest[wlen..].starts_with(". ")
    }

    // ------------------------------------------------------------------ list markers

    fn marker_of(chunk: &str, paren: bool) -> Option<Marker> {
        let chunk = chunk.strip_prefix('(').unwrap_or(chunk);
        if !chunk.is_empty() && chunk.len() <= 3 && chunk.bytes().all(|b| b.is_ascii_digit()) {
            let value = chunk.parse().ok()?;
            return Some(Marker {
                kind: MarkerKind::Digit,
                value,
                paren,
            });
        }
        // Arabic-Indic and Persian digits (`١.` `۲)`): two bytes each
        if (2..=6).contains(&chunk.len()) && chunk.chars().all(|c| is_digit(c) && !c.is_ascii()) {
            let value = chunk.chars().fold(0u32, |v, c| {
                let zero = if c >= '\u{06F0}' { 0x06F0 } else { 0x0660 };
                v * 10 + (c as u32 - zero)
            });
            return Some(Marker {
                kind: MarkerKind::Digit,
                value,
                paren,
            });
        }
        let mut cs = chunk.chars();
        let c = cs.next()?;
        if cs.next().is_some() || !c.is_ascii_alphabetic() {
            return None;
        }
        let kind = if c.is_ascii_lowercase() {
            MarkerKind::Lower
        } else {
            MarkerKind::Upper
        };
        Some(Marker {
            kind,
            value: (c.to_ascii_lowercase() as u32) - ('a' as u32) + 1,
            paren,
        })
    }

    /// Records the list marker ending at the delimiter `d..d_end`; true if it is one.
    #[inline]
    fn list_marker(&mut self, d: usize, d_end: usize, paren: bool) -> bool {
        // a marker is one to three digits or one ASCII letter: most words before a period are
        // not, as their last two bytes show
        let b = self.bytes;
        if let Some(&x1) = d.checked_sub(1).and_then(|k| b.get(k)) {
            let x2 = d
                .checked_sub(2)
                .and_then(|k| b.get(k))
                .copied()
                .unwrap_or(b' ');
            if x1.is_ascii()
                && (!x1.is_ascii_alphanumeric()
                    || x1.is_ascii_alphabetic() && x2.is_ascii_alphanumeric()
                    || x1.is_ascii_digit() && x2.is_ascii_alphabetic())
            {
                return false;
            }
            // a word in another script (an Arabic word before its period): only a format
            // character or an Arabic-Indic or Persian digit (`١.`, `۲)`) may stand between a
            // marker and its delimiter
            if !x1.is_ascii()
                && !matches!((x2, x1), (0xD9, 0xA0..=0xA9) | (0xDB, 0xB0..=0xB9))
                && !char_before(self.text, d).is_some_and(is_format)
            {
                return false;
            }
        }
        // the marker is followed by a space and a capitalized word (or an opener)
        if self.bytes.get(d_end) != Some(&b' ') {
            return false;
        }
        self.list_marker_at(d, d_end, paren)
    }

    /// [`Splitter::list_marker`] once the bytes around the delimiter allow a marker (the checks
    /// above are inlined at every period; this part is rarely reached).
    #[inline(never)]
    fn list_marker_at(&mut self, d: usize, d_end: usize, paren: bool) -> bool {
        let (first, _) = self.next_word(d_end);
        let Some(f) = first else { return false };
        if f.lowercase() || !(f.alphanumeric() || is_opener(f)) {
            return false;
        }
        let (cs, chunk) = self.prev_chunk(d);
        let Some(m) = Self::marker_of(chunk, paren) else {
            return false;
        };
        // the chunk must start after whitespace, a bullet or the start of the text
        if cs > 0
            && !char_before(self.text, cs).is_some_and(|c| is_space(c) || is_bullet(c) || c == '(')
        {
            return false;
        }
        let at_start = self.at_sentence_start(cs);
        let successor = self
            .last_marker
            .is_some_and(|p| p.kind == m.kind && p.paren == m.paren && p.value + 1 == m.value);
        if at_start {
            // `a.` / `1.` opening a sentence; an initial like `E.` also lands here, harmlessly
            if m.kind == MarkerKind::Digit || m.value <= 2 || successor {
                self.last_marker = Some(m);
            }
            return m.kind == MarkerKind::Digit || m.value <= 2 || successor;
        }
        if successor {
            let mut cut_at = cs;
            while let Some(c) = char_before(self.text, cut_at) {
                if c == '(' || is_bullet(c) {
                    cut_at -= c.len_utf8();
                } else {
                    break;
                }
            }
            self.cut(cut_at);
            self.last_marker = Some(m);
            return true;
        }
        false
    }

    /// `1.`, `a.`, `2.)`.
    fn period_marker(&mut self, i: usize) -> bool {
        if self.bytes.get(i + 1) == Some(&b')') {
            return self.list_marker(i, i + 2, true);
        }
        self.list_marker(i, i + 1, false)
    }

    /// `1)`, `b)`, `(c)`. (The scan calls this only before a space: see [`may_act`].)
    fn paren_marker(&mut self, i: usize) {
        if self.bytes.get(i.wrapping_sub(1)) == Some(&b'.') || i == 0 {
            return;
        }
        self.list_marker(i, i + 1, true);
    }

    fn bullet(&mut self, i: usize) {
        if char_before(self.text, i).is_none_or(is_space) {
            self.cut(i);
        }
    }

    // ------------------------------------------------------------------ Arabic colon and clauses

    /// A colon after a short Arabic label (`سؤال وجواب:`, a dateline and outlet) ends a sentence;
    /// one introducing speech, a quotation, an explanation or a time (`05:01`) does not.
    fn colon(&mut self, i: usize) -> usize {
        if self.bytes.get(i + 1) == Some(&b'/') {
            return self.url_end(i);
        }
        if let Some(resume) = self.timestamp(i) {
            return resume;
        }
        self.label_colon(i);
        i + 1
    }

    /// The colon of a time after a date (`06/02/2001 10:53 AM`, `1/24/2001 02:45:50 PM`): the
    /// header line of a forwarded e-mail or a post. The date and time end their sentence when a
    /// capitalized word follows, and stand apart from a name right before them (`Mike Curry 11/14/2000 11:37
    /// AM`) but not from a preposition (`on 01/24/2001 …`). Returns where the scan resumes.
    fn timestamp(&mut self, i: usize) -> Option<usize> {
        let b = self.bytes;
        let digits_before = |end: usize, max: usize| {
            let mut k = end;
            while k > 0 && end - k < max && b[k - 1].is_ascii_digit() {
                k -= 1;
            }
            k
        };
        // the hour, a space, then d/m/y (one or two digits, one or two, two to four)
        let h = digits_before(i, 2);
        if h == i || h < 2 || b[h - 1] != b' ' {
            return None;
        }
        let y = digits_before(h - 1, 4);
        if h - 1 - y < 2 || y == 0 || b[y - 1] != b'/' {
            return None;
        }
        let m = digits_before(y - 1, 2);
        if m == y - 1 || m == 0 || b[m - 1] != b'/' {
            return None;
        }
        let d = digits_before(m - 1, 2);
        if d == m - 1 || (d > 0 && b[d - 1] != b' ') {
            return None;
        }
        // minutes, seconds, AM/PM
        let two_digits = |k: usize| {
            b.get(k..k + 2)
                .is_some_and(|x| x.iter().all(u8::is_ascii_digit))
        };
        if !two_digits(i + 1) {
            return None;
        }
        let mut e = i + 3;
        if b.get(e) == Some(&b':') && two_digits(e + 1) {
            e += 3;
        }
        if b.get(e) == Some(&b' ')
            && b.get(e + 1..e + 3).is_some_and(|x| {
                matches!(x[0], b'A' | b'P' | b'a' | b'p') && matches!(x[1], b'M' | b'm')
            })
            && b.get(e + 3).is_none_or(|x| !x.is_ascii_alphanumeric())
        {
            e += 3;
        }
        if b.get(e)
            .is_some_and(|x| x.is_ascii_alphanumeric() || *x == b':')
        {
            return None;
        }
        // before: a name (capitalized, or an address `Edison@ENRON`), not a lower-case word
        if d > 1 {
            let (_, prev) = self.prev_chunk(d - 1);
            let name = prev.chars().next().is_some_and(|c| c.is_uppercase())
                && prev
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '@' | '/' | '-' | '.' | '\''))
                && !prev.ends_with('.');
            if name {
                self.cut(d - 1);
            }
        }
        // after: the first word of the message, capitalized (`… 10:53 AM I have settled…`; not
        // `… 10:30 the talks began`)
        if b.get(e) == Some(&b' ') && char_at(self.text, e + 1).is_some_and(char::is_uppercase) {
            self.cut(e);
        }
        Some(e)
    }

    fn label_colon(&mut self, i: usize) {
        let text = self.text;
        if i.saturating_sub(self.sent_start) > 300 || self.bytes.get(i + 1) != Some(&b' ') {
            return;
        }
        let Some(head) = text.get(self.sent_start..i) else {
            return;
        };
        let Some(lead) = head.chars().find(|c| c.alphabetic()) else {
            return;
        };
        let after = text[i + 1..].trim_start_matches(|c: char| c == ' ' || is_format(c));
        let Some(f) = after.chars().next() else {
            return;
        };
        // (the cheap conditions first: they all must hold)
        if !is_arabic_letter(lead) {
            // an English label before an Arabic sentence: `Question: ما حكم…؟` (one or two
            // capitalized words, and the Arabic after it reaches its terminator on that line)
            if is_arabic_letter(f) {
                let words: Vec<&str> = head.split_whitespace().collect();
                if (1..=2).contains(&words.len())
                    && words[0].starts_with(|c: char| c.is_ascii_uppercase())
                    && words
                        .iter()
                        .all(|w| w.bytes().all(|x| x.is_ascii_alphabetic()))
                    && !words
                        .iter()
                        .any(|w| self.lex.closed_class(&w.to_ascii_lowercase()))
                    && self.arabic_sentence_follows(text.len() - after.len(), false)
                {
                    self.cut(i + 1);
                }
                return;
            }
            // English: `Vince: I just wanted…`, `Description: Our client…` (a short label, then a
            // capitalized word; not a quotation or a list)
            if !f.is_ascii_uppercase() {
                return;
            }
            let nword = after
                .split(|c: char| !(c.alphanumeric() || c == '\''))
                .next()
                .unwrap_or("");
            if !(self.lex.starter(nword) || self.lex.opener(nword))
                || head.split_whitespace().nth(3).is_some()
                || quote_or_bracket(head)
            {
                return;
            }
            let words: Vec<&str> = head.split_whitespace().collect();
            if (1..=3).contains(&words.len())
                && words.iter().all(|w| {
                    w.chars()
                        .all(|c| c.alphanumeric() || matches!(c, '&' | '\'' | '-'))
                })
                && !words
                    .iter()
                    .any(|w| self.lex.closed_class(&w.to_ascii_lowercase()))
            {
                self.cut(i + 1);
            }
            return;
        }
        // (a closed parenthesis is fine: the outlet of a dateline, `عمّان (رويترز):`)
        if !is_arabic_letter(f) || quote_or_open_bracket(head) {
            return;
        }
        let mut words = 0;
        for w in head.split_whitespace() {
            let w = w.trim_matches(|c: char| !c.alphabetic());
            if w.is_empty() {
                continue;
            }
            words += 1;
            if words > 6 {
                return; // too long for a label, whatever its words
            }
            let bare = w.strip_prefix(['\u{0648}', '\u{0641}']).unwrap_or(w);
            if self.lex.label_blocker(w) || self.lex.label_blocker(bare) {
                return;
            }
        }
        if (1..=6).contains(&words) {
            self.cut(i + 1);
        }
    }

    /// A bare URL (`http://…`) followed by a capitalized word or another URL ends a line of a
    /// list or a signature: the sentence ends with it.
    fn url_end(&mut self, i: usize) -> usize {
        let (_, scheme) = self.prev_chunk(i);
        if !(scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")) {
            return i + 1;
        }
        let b = self.bytes;
        let lim = b.len().min(i + 2048);
        let Some(rel) = b[i..lim].iter().position(|x| x.is_ascii_whitespace()) else {
            return i + 1;
        };
        let e = i + rel;
        if b.get(e) != Some(&b' ') {
            return i + 1;
        }
        let last = b[e - 1];
        if matches!(last, b'.' | b'!' | b'?') {
            return i + 1; // the terminator decides
        }
        let next = &b[e + 1..];
        if next.first().is_some_and(u8::is_ascii_uppercase)
            || next.starts_with(b"http")
            || next.starts_with(b"www.")
        {
            self.cut(e);
            return e;
        }
        i + 1
    }

    /// A separator line typed inline (`------`, `--`, `=====`) followed by a capital ends what
    /// came before it and stands apart from what follows. (The scan passes over a lone `-`
    /// without calling this: see [`may_act`].)
    fn separator(&mut self, i: usize) -> usize {
        let b = self.bytes;
        let c = b[i];
        let mut e = i;
        while e < b.len() && b[e] == c {
            e += 1;
        }
        if e - i < 2 || (i > 0 && b[i - 1] != b' ') {
            return e;
        }
        if b.get(e) == Some(&b' ') && b.get(e + 1).is_some_and(u8::is_ascii_uppercase) {
            self.cut(e);
        }
        e
    }

    /// With `arabic_clauses`: the Arabic comma and semicolon end clause units.
    fn clause(&mut self, next: usize) {
        if !self.clauses {
            return;
        }
        if !char_at(self.text, next).is_none_or(is_space) {
            return;
        }
        // a one-word item of an enumeration (`الدم، والقلب،`) is not a clause of its own
        let rest = self.text[next..].trim_start_matches(' ');
        let word_len = rest
            .find(|c: char| !(c.alphabetic() || is_mark(c) || c == TATWEEL))
            .unwrap_or(rest.len());
        if word_len > 0
            && rest[word_len..]
                .trim_start_matches(' ')
                .starts_with(['\u{060C}', '\u{061B}'])
        {
            return;
        }
        self.cut(next);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trigger_table_holds_exactly_the_trigger_bytes() {
        for b in 0..=255u8 {
            let want = b".!?\n:),-=*_".contains(&b)
                || b.is_ascii_uppercase()
                || matches!(b, 0x8C | 0x9B | 0x9F | 0x94 | 0xE2 | 0xE3 | 0xEF);
            assert_eq!(TRIGGER[usize::from(b)] == 1, want, "{b:#04x}");
            // the SIMD test has every trigger, and only the bytes of its ranges besides
            let extra = matches!(
                b,
                b'+' | b';' | b'<' | b'>' | b'[' | b'\\' | b']' | b'^' | 0x8D
                    ..=0x9E | 0xE6 | 0xE7 | 0xEA | 0xEB | 0xEE
            );
            assert_eq!(is_trigger(b), want || extra, "{b:#04x}");
        }
    }

    /// A generator of test bytes (xorshift), the same on every run.
    struct Bytes(u64);

    impl Bytes {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        fn pick<'a, T>(&mut self, from: &'a [T]) -> &'a T {
            &from[(self.next() % from.len() as u64) as usize]
        }
    }

    /// The bytes around which `may_act` decides, and a few others.
    const NEAR: &[u8] =
        b" \n,-.:()@ADPZaz09/!?_=*\x80\x8c\x94\x9b\x9f\xd8\xd9\xdb\xe2\xe3\xef\x2f\x30\x7f\xff";

    #[cfg(target_arch = "x86_64")]
    #[test]
    fn avx2_block_mask_is_may_act_at_every_alignment() {
        if !std::arch::is_x86_feature_detected!("avx2") {
            return;
        }
        let check = |w: &[u8; WINDOW], all_capitals: bool| {
            // SAFETY: the CPU has AVX2 (checked above)
            let mask = unsafe { block_mask_avx2(w, all_capitals) };
            for k in 0..32 {
                let want = may_act(w[k], w[k + 1], w[k + 2], w[k + 3], w[k + 4], all_capitals);
                assert_eq!(mask >> k & 1 == 1, want, "{w:02x?} bit {k} {all_capitals}");
            }
        };
        // every byte at every alignment, among neighbours that decide
        for x in 0..=255u8 {
            for k in 2..34 {
                for (&p, &q) in NEAR.iter().zip(NEAR.iter().rev()) {
                    let mut w = [b'a'; WINDOW];
                    w[k] = x;
                    w[k - 1] = p;
                    w[k - 2] = q;
                    if k + 2 < WINDOW {
                        w[k + 1] = q;
                        w[k + 2] = p;
                    }
                    check(&w, false);
                    check(&w, true);
                }
            }
        }
        // and windows of bytes drawn from the deciding ones and at random
        let mut g = Bytes(0x9E37_79B9_7F4A_7C15);
        for _ in 0..20_000 {
            let mut w = [0u8; WINDOW];
            for b in &mut w {
                *b = if g.next() % 4 == 0 {
                    g.next() as u8
                } else {
                    *g.pick(NEAR)
                };
            }
            check(&w, g.next() % 2 == 0);
        }
    }

    /// Texts made of pieces that the rules read, in any order.
    fn stress_texts() -> Vec<String> {
        let pieces = [
            "a",
            "z",
            "0",
            " ",
            " ",
            "  ",
            "\n",
            "\n\n",
            ".",
            ". ",
            "!",
            "?",
            ",",
            ", ",
            ":",
            ": ",
            ")",
            "(",
            "-",
            "--",
            "=",
            "==",
            "*",
            "_",
            "@",
            "D",
            "P",
            "p",
            "A",
            "Mr",
            "We",
            "Please",
            "Thanks",
            "Hello",
            "Best",
            "Jeff",
            "Vince",
            "http://x.org/a",
            "jane@example.org",
            "U.S.",
            "1.",
            "2)",
            "a.",
            "b)",
            ":)",
            ":D",
            ":P",
            "(:",
            "\u{060C}",
            "\u{061B}",
            "\u{061F}",
            "\u{06D4}",
            "\u{2026}",
            "\u{2022}",
            "\u{2028}",
            "\u{201D}",
            "\u{2014}",
            "\u{3002}",
            "\u{FF01}",
            "قال",
            "د",
            "الرئيس",
            "\u{200F}",
            "\u{00A0}",
            "\"",
            "[",
            "]",
            "10:53",
            "06/02/2001",
            "AM",
            "Kazakhstan",
            "the",
            "said",
            "The",
            "It",
            "(RT 8/1/2022)",
            "ـ",
            "\t",
            "'",
            ";",
        ];
        let mut g = Bytes(0x2545_F491_4F6C_DD1D);
        (0..1500)
            .map(|_| {
                let n = 10 + g.next() % 300;
                (0..n).map(|_| *g.pick(&pieces)).collect()
            })
            .collect()
    }

    #[test]
    fn terminator_space_pairs_agree_at_every_alignment() {
        let mut g = Bytes(0x0123_4567_89AB_CDEF);
        let near = b". ?! a";
        for _ in 0..20_000 {
            let mut w = [0u8; 33];
            for b in &mut w {
                *b = *g.pick(near);
            }
            let want = terminator_space_pairs(&w);
            #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
            // SAFETY: the function only needs SSE2, which this target has (`cfg` above)
            assert_eq!(unsafe { terminator_space_pairs_sse2(&w) }, want, "{w:?}");
            #[cfg(target_arch = "x86_64")]
            if std::arch::is_x86_feature_detected!("avx2") {
                // SAFETY: the CPU has AVX2 (checked just above)
                assert_eq!(unsafe { terminator_space_pairs_avx2(&w) }, want, "{w:?}");
            }
        }
    }

    #[test]
    fn lowercase_starts_counts_every_pair() {
        let byte_by_byte = |text: &str| {
            let b = text.as_bytes();
            let (mut lower, mut upper) = (0, 0);
            for p in 0..b.len() {
                if matches!(b[p], b'.' | b'?' | b'!') && b.get(p + 1) == Some(&b' ') {
                    match b.get(p + 2) {
                        Some(c) if c.is_ascii_lowercase() => lower += 1,
                        Some(c) if c.is_ascii_uppercase() => upper += 1,
                        _ => {}
                    }
                }
            }
            lower > 0 && lower * 5 >= lower + upper
        };
        let mut g = Bytes(0x7F4A_7C15_9E37_79B9);
        let pieces = [
            "a", "b", "A", "Z", " ", ". ", "? ", "! ", ".", "\n", "é", "x. y", "x. Y",
        ];
        for _ in 0..3000 {
            let n = g.next() % 200;
            let text: String = (0..n).map(|_| *g.pick(&pieces)).collect();
            assert_eq!(lowercase_starts(&text), byte_by_byte(&text), "{text:?}");
        }
    }

    #[test]
    fn last_space_end_finds_the_last_space_at_every_alignment() {
        let byte_by_byte = |seg: &str| {
            let mut last = None;
            for (p, c) in seg.char_indices() {
                if c.is_whitespace() {
                    last = Some(p + c.len_utf8());
                }
            }
            last
        };
        let pieces = [
            "a", "bc", " ", "\t", "\n", "\u{0B}", "\u{1C}", "\u{00A0}", "\u{0085}", "\u{2009}",
            "\u{3000}", "\u{1680}", "\u{201D}", "\u{2019}", "é", "ق", "\u{E100}", "\u{0}",
        ];
        let mut g = Bytes(0x5851_F42D_4C95_7F2D);
        for _ in 0..20_000 {
            let n = g.next() % 40;
            let seg: String = (0..n).map(|_| *g.pick(&pieces)).collect();
            assert_eq!(last_space_end(&seg), byte_by_byte(&seg), "{seg:?}");
        }
        for k in 0..70 {
            let seg = format!("{}{}", "x".repeat(k), "\u{00A0}word");
            assert_eq!(last_space_end(&seg), Some(k + 2));
            assert_eq!(last_space_end(&format!("{seg}\u{201D}")), Some(k + 2));
        }
    }

    #[test]
    fn address_ending_a_line_is_found_at_every_offset_of_the_blocks() {
        let options = Options::default();
        // (an address ending in `-` or `+` leaves no byte before the space that the mask keeps
        // capitals after: the scan must know that an `@` is near)
        let addresses = [
            "jane@example.org",
            "<j.doe@example.org>",
            "jane@example.org-",
            "j@x.org+",
        ];
        for k in 0..140 {
            for address in addresses {
                let text = format!("{}Write to {address} Please call, Thanks", "a".repeat(k));
                let mut plain = Splitter::new(&text, &options);
                // SAFETY: the scan without its filter needs no AVX2
                unsafe { plain.scan::<false>() };
                let plain = plain.finish();
                let spans = sentence_spans(&text, &options);
                assert_eq!(spans, plain, "{text:?}");
                assert!(
                    spans.iter().any(|&(s, e)| text[s..e].ends_with(address)),
                    "{text:?}"
                );
            }
        }
    }

    #[test]
    fn filtered_scan_cuts_like_the_plain_scan() {
        for clauses in [false, true] {
            let options = Options {
                arabic_clauses: clauses,
                ..Options::default()
            };
            for text in stress_texts() {
                let mut plain = Splitter::new(&text, &options);
                // SAFETY: the scan without its filter needs no AVX2
                unsafe { plain.scan::<false>() };
                let mut filtered = Splitter::new(&text, &options);
                filtered.run();
                assert_eq!(filtered.finish(), plain.finish(), "{text:?}");
            }
        }
    }

    #[test]
    fn byte_mask_sets_bit_k_for_byte_k() {
        for b in 0..=255u8 {
            for k in [0usize, 7, 8, 15, 16, 23, 24, 31] {
                let mut chunk = [b'a'; 32];
                chunk[k] = b;
                let want = if is_trigger(b) { 1u32 << k } else { 0 };
                assert_eq!(trigger_mask(&chunk), want, "{b:#04x} at {k}");
            }
        }
        assert_eq!(trigger_mask(&[b'.'; 32]), u32::MAX);
    }
}
