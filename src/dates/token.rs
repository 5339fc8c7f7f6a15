//! A small tokenizer for the date layer: words (with folded keys), digit runs (Latin,
//! Arabic-Indic and Persian digits) and punctuation, over a window of the text.

use unicode_normalization::UnicodeNormalization;

use crate::text::normalize::{arabic_digit_value, is_arabic_diacritic, is_bidi_control};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Num,
    Punct(char),
}

/// A token's lookup key: the text itself when folding changes nothing (most words and Latin
/// digit runs: no copy), else the folded form in a buffer of its own.
#[derive(Clone)]
pub(crate) enum Key<'a> {
    Text(&'a str),
    Own(String),
}

impl Key<'_> {
    #[inline]
    pub(crate) fn as_str(&self) -> &str {
        match self {
            Key::Text(s) => s,
            Key::Own(s) => s.as_str(),
        }
    }
}

impl std::ops::Deref for Key<'_> {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl std::fmt::Debug for Key<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.as_str().fmt(f)
    }
}

impl PartialEq<str> for Key<'_> {
    #[inline]
    fn eq(&self, other: &str) -> bool {
        same_str(self.as_str(), other)
    }
}

impl PartialEq<&str> for Key<'_> {
    #[inline]
    fn eq(&self, other: &&str) -> bool {
        same_str(self.as_str(), other)
    }
}

impl PartialEq<String> for Key<'_> {
    #[inline]
    fn eq(&self, other: &String) -> bool {
        same_str(self.as_str(), other)
    }
}

/// `a == b` for short strings (the keys of words: a few bytes to a few dozen) without a call
/// to `memcmp`: the lengths, then two overlapping loads from each end.
#[inline]
pub(crate) fn same_str(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let n = a.len();
    if n != b.len() {
        return false;
    }
    // (`n` bytes long each: every read below is in bounds, the defaults never taken)
    let w4 = |x: &[u8], i: usize| -> u32 {
        let mut t = [0u8; 4];
        if let Some(v) = x.get(i..i + 4) {
            t.copy_from_slice(v);
        }
        u32::from_le_bytes(t)
    };
    let w8 = |x: &[u8], i: usize| -> u64 {
        let mut t = [0u8; 8];
        if let Some(v) = x.get(i..i + 8) {
            t.copy_from_slice(v);
        }
        u64::from_le_bytes(t)
    };
    let at = |x: &[u8], i: usize| x.get(i).copied();
    match n {
        0 => true,
        // bytes 0, n / 2 and n - 1: every byte
        1..=3 => {
            at(a, 0) == at(b, 0) && at(a, n / 2) == at(b, n / 2) && at(a, n - 1) == at(b, n - 1)
        }
        4..=7 => w4(a, 0) == w4(b, 0) && w4(a, n - 4) == w4(b, n - 4),
        8..=16 => w8(a, 0) == w8(b, 0) && w8(a, n - 8) == w8(b, n - 8),
        _ => a == b,
    }
}

#[derive(Clone, Debug)]
pub(crate) struct Tok<'a> {
    /// Byte offsets in the text.
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Words: lowercased, folded; numbers: the ASCII digits.
    pub key: Key<'a>,
    /// Numbers: the value (saturating) and the digit count.
    pub value: u32,
    pub digits: u8,
    /// `31st`, `2nd`.
    pub ordinal: bool,
    /// `1,300`: digit groups; never a date part.
    pub grouped: bool,
    /// Starts with an uppercase letter.
    pub cap: bool,
    pub arabic: bool,
    /// Whitespace before the token.
    pub space_before: bool,
    pub newline_before: bool,
    /// The word (or its stem after a proclitic) starts some lexicon entry; set by the
    /// recognizer (`None` until then: look it up).
    pub hit: Option<bool>,
    /// The lexicon's entry lists for the word and its stems (`Lexicon::lists_of`), looked up
    /// once by the recognizer for words that hit.
    pub lists: Option<[Option<u32>; 3]>,
    /// The categories (bits `1 << Cat`) those lists hold, together: set with `lists`.
    pub cats: u16,
}

#[inline]
fn digit(c: char) -> Option<u8> {
    if c.is_ascii_digit() {
        Some(c as u8 - b'0')
    } else if c.is_ascii() {
        None
    } else {
        arabic_digit_value(c)
    }
}

use crate::text::is_arabic_letter;

/// `char::is_alphabetic` with the common cases (ASCII, basic Arabic letters) decided without
/// the Unicode table, and the rest of the first 2048 code points (Latin, Arabic: punctuation
/// such as `،` and `؟`, marks) and the General Punctuation block (dashes, curly quotes) from a
/// bitmap of that table.
#[inline]
fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else if matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}') {
        true
    } else {
        let n = c as usize;
        let k = match n {
            0..=0x7FF => n,
            0x2000..=0x206F => n - 0x2000 + 0x800,
            _ => return c.is_alphabetic(),
        };
        ALPHABETIC_LOW[k / 64] >> (k % 64) & 1 == 1
    }
}

/// `char::is_alphabetic` for U+0000–U+07FF (bits 0–2047) and U+2000–U+206F (bits 2048–2159).
static ALPHABETIC_LOW: std::sync::LazyLock<[u64; 34]> = std::sync::LazyLock::new(|| {
    let mut m = [0u64; 34];
    let chars = (0..0x800u32).chain(0x2000..0x2070);
    for (k, n) in chars.enumerate() {
        if char::from_u32(n).is_some_and(char::is_alphabetic) {
            m[k / 64] |= 1 << (k % 64);
        }
    }
    m
});

#[inline]
fn transparent(c: char) -> bool {
    is_bidi_control(c)
        || matches!(
            c,
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' | '\u{0640}'
        )
}

#[inline]
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʿ' | 'ʾ' | '‘' | 'ʻ' | '`' | 'ʼ')
}

/// An apostrophe followed by `rest` stays inside the word (`Sha'ban`), except the possessive
/// `'s` (`Friday's` is `Friday`).
fn inner_apostrophe(rest: &str) -> bool {
    let mut cs = rest.chars();
    match cs.next() {
        Some('s' | 'S') => cs.next().is_some_and(|x| x.is_alphabetic()),
        Some(x) => x.is_alphabetic() && !is_arabic_letter(x),
        None => false,
    }
}

/// Whether the bytes `x`, `y` encode one of the basic Arabic letters (U+0621–U+063A,
/// U+0641–U+064A).
#[inline]
fn basic_arabic_letter(x: u8, y: u8) -> bool {
    // the two byte ranges as two ranges of one big-endian `u16`: two compares
    let v = u16::from_be_bytes([x, y]);
    v.wrapping_sub(0xD8A1) <= 0xD8BA - 0xD8A1 || v.wrapping_sub(0xD981) <= 0xD98A - 0xD981
}

/// Folds one word to its lookup key, appended to `out` (a recycled buffer: no allocation per
/// word once the buffers have grown).
fn word_key_into(w: &str, arabic: bool, out: &mut String) {
    if arabic {
        // unchanged stretches are copied whole; only the letters that fold are pushed one by one
        let mut from = 0;
        let wb = w.as_bytes();
        let mut i = 0;
        while i < wb.len() {
            // the basic letters other than alef with hamza/madda (آ أ إ), ta marbuta (ة) and
            // alef maqsura (ى) stay as they are: tested on the bytes, without decoding
            if let Some(&[x, y]) = wb.get(i..i + 2) {
                if basic_arabic_letter(x, y) && !folding_arabic_letter(x, y) {
                    i += 2;
                    continue;
                }
            }
            let Some(c) = w.get(i..).and_then(|r| r.chars().next()) else {
                break;
            };
            let len = c.len_utf8();
            let to = if is_arabic_diacritic(c) || transparent(c) {
                None
            } else {
                match c {
                    'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => Some('ا'),
                    'ى' | 'ی' => Some('ي'),
                    'ة' => Some('ه'),
                    'ک' => Some('ك'),
                    'ھ' => Some('ه'),
                    _ => {
                        i += len;
                        continue;
                    }
                }
            };
            out.push_str(w.get(from..i).unwrap_or_default());
            out.extend(to);
            i += len;
            from = i;
        }
        out.push_str(w.get(from..).unwrap_or_default());
    } else if w.is_ascii() {
        if w.bytes().any(|b| b == b'\'' || b == b'`') {
            for c in w.chars() {
                if !is_apostrophe(c) {
                    out.push(c.to_ascii_lowercase());
                }
            }
        } else {
            let start = out.len();
            out.push_str(w);
            if let Some(added) = out.get_mut(start..) {
                added.make_ascii_lowercase();
            }
        }
    } else {
        for c in w.nfd() {
            if is_apostrophe(c)
                || unicode_normalization::char::is_combining_mark(c)
                || transparent(c)
            {
                continue;
            }
            for l in c.to_lowercase() {
                out.push(l);
            }
        }
    }
}

/// Tokenizes `s`, whose first byte is at `offset` in the text.
pub(crate) fn tokenize(s: &str, offset: usize) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    tokenize_into(s, offset, &mut out, &mut Vec::new());
    out
}

/// Whether the two bytes of a basic Arabic letter (`basic_arabic_letter`) are one the key
/// folds: alef with hamza or madda (آ أ إ), ta marbuta (ة), alef maqsura (ى).
#[inline]
fn folding_arabic_letter(x: u8, y: u8) -> bool {
    matches!((x, y), (0xD8, 0xA2 | 0xA3 | 0xA5 | 0xA9) | (0xD9, 0x89))
}

/// `word_key_into` for a word of basic Arabic letters only (`basic_arabic_letter`): each
/// letter that folds becomes another two-byte letter.
fn fold_basic_arabic(w: &str, out: &mut String) {
    let wb = w.as_bytes();
    let (mut from, mut k) = (0, 0);
    while let Some(&[x, y]) = wb.get(k..k + 2) {
        let to = match (x, y) {
            (0xD8, 0xA2 | 0xA3 | 0xA5) => "ا",
            (0xD8, 0xA9) => "ه",
            (0xD9, 0x89) => "ي",
            _ => {
                k += 2;
                continue;
            }
        };
        out.push_str(w.get(from..k).unwrap_or_default());
        out.push_str(to);
        k += 2;
        from = k;
    }
    out.push_str(w.get(from..).unwrap_or_default());
}

/// Tokenizes `s` into `out` (cleared first). Keys are borrowed from `s` when folding changes
/// nothing; the others are built in buffers taken from `spare`, and the old tokens' buffers go
/// back to it: windows are tokenized one after another, and allocating a key per token was a
/// large part of the layer's cost.
pub(crate) fn tokenize_into<'a>(
    s: &'a str,
    offset: usize,
    out: &mut Vec<Tok<'a>>,
    spare: &mut Vec<String>,
) {
    spare.extend(out.drain(..).filter_map(|t| match t.key {
        Key::Own(k) if k.capacity() > 0 => Some(k),
        _ => None,
    }));
    let b = s.as_bytes();
    let mut space = false;
    let mut newline = false;
    // a byte cursor rather than a peekable char iterator: ASCII is read without decoding, and
    // runs of ASCII letters are skipped a byte at a time
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        // (a plain space, one in every few bytes of text, before any decoding)
        if x == b' ' {
            space = true;
            i += 1;
            continue;
        }
        let Some(c) = char_at(s, i) else {
            break;
        };
        // a basic Arabic letter (most characters of Arabic text) starts a word: no white space,
        // transparent, digit or letter tests for it
        let ar_letter =
            !c.is_ascii() && matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}');
        // (no white space in the Arabic block: no table lookup for Arabic letters)
        if !ar_letter && !('\u{0600}'..='\u{06FF}').contains(&c) && c.is_whitespace() {
            space = true;
            if c == '\n' || c == '\r' || c == '\u{2029}' {
                newline = true;
            }
            i += c.len_utf8();
            continue;
        }
        if !ar_letter && !c.is_ascii() && transparent(c) {
            i += c.len_utf8();
            continue;
        }
        let mut tok = Tok {
            start: offset + i,
            end: offset + i + c.len_utf8(),
            kind: Kind::Punct(c),
            key: Key::Text(""),
            value: 0,
            digits: 0,
            ordinal: false,
            grouped: false,
            cap: false,
            arabic: false,
            space_before: space,
            newline_before: newline,
            hit: None,
            lists: None,
            cats: 0,
        };
        space = false;
        newline = false;
        if let Some(d) = digit(c).filter(|_| !ar_letter) {
            let mut v: u32 = d as u32;
            let mut n: u32 = 1;
            // Latin digits only: the key is the text
            let mut latin = c.is_ascii();
            // `end`: after the last digit; `j`: the next character to read
            let mut end = i + c.len_utf8();
            let mut j = end;
            while let Some(c2) = char_at(s, j) {
                if let Some(d2) = digit(c2) {
                    v = v.saturating_mul(10).saturating_add(d2 as u32);
                    n += 1;
                    latin &= c2.is_ascii();
                    end = j + c2.len_utf8();
                    j = end;
                } else if c2 == ',' || c2 == '٬' {
                    // thousands groups: `1,300`, `20,000`
                    let rest = s.get(j + c2.len_utf8()..).unwrap_or_default();
                    let mut ds = rest.chars();
                    let three = ds.by_ref().take(3).filter(|&x| digit(x).is_some()).count() == 3;
                    let after_ok = ds.next().is_none_or(|x| digit(x).is_none());
                    if three && after_ok && n <= 3 {
                        tok.grouped = true;
                        j += c2.len_utf8();
                        continue;
                    }
                    break;
                } else {
                    break;
                }
            }
            let run = s.get(i..end).unwrap_or_default();
            tok.key = if latin && !tok.grouped {
                Key::Text(run)
            } else {
                let mut key = spare.pop().unwrap_or_default();
                key.clear();
                key.extend(run.chars().filter_map(digit).map(|d| (b'0' + d) as char));
                Key::Own(key)
            };
            // ordinal suffix: 1st 2nd 3rd 4th
            let rest = b.get(end..).unwrap_or_default();
            if let [x, y, ..] = rest {
                let suffix = matches!(
                    (x.to_ascii_lowercase(), y.to_ascii_lowercase()),
                    (b's', b't') | (b'n', b'd') | (b'r', b'd') | (b't', b'h')
                );
                // not followed by a letter (`4thly` is no ordinal)
                if suffix && !char_at(s, end + 2).is_some_and(|x| x.is_alphabetic()) {
                    tok.ordinal = true;
                    end += 2;
                }
            }
            tok.kind = Kind::Num;
            tok.value = v;
            tok.digits = n.min(255) as u8;
            tok.end = offset + end;
            out.push(tok);
            i = end;
            continue;
        }
        // (ASCII: letters only, no table or range lookups)
        let letter = if c.is_ascii() {
            c.is_ascii_alphabetic()
        } else if ar_letter {
            true
        } else {
            (is_letter(c) || is_arabic_diacritic(c)) && !is_apostrophe(c)
        };
        if letter {
            let arabic =
                ar_letter || (!c.is_ascii() && (is_arabic_letter(c) || is_arabic_diacritic(c)));
            let mut end = i + c.len_utf8();
            // ASCII letters only so far: the key is the word lowercased
            let mut plain = c.is_ascii();
            // Arabic: basic letters only so far (the key is the word, with the letters that fold
            // changed in place), and whether one folds
            let mut ar_basic = ar_letter;
            let mut ar_fold = ar_letter
                && b.get(i..i + 2)
                    .is_some_and(|xy| folding_arabic_letter(xy[0], xy[1]));
            loop {
                if !arabic {
                    // eight bytes at a time (a bitmask of the ASCII letters), then byte by byte
                    // near the end of the window
                    while let Some(chunk) = b.get(end..end + 8) {
                        let mut a = [0u8; 8];
                        a.copy_from_slice(chunk);
                        let m = super::prefilter::letter_mask8(u64::from_le_bytes(a));
                        let run = (!m | 0x100).trailing_zeros() as usize;
                        end += run;
                        if run < 8 {
                            break;
                        }
                    }
                    while b.get(end).is_some_and(u8::is_ascii_alphabetic) {
                        end += 1;
                    }
                } else {
                    // the basic letters, read as bytes
                    while let Some(&[x, y]) = b.get(end..end + 2) {
                        if !basic_arabic_letter(x, y) {
                            break;
                        }
                        ar_fold |= folding_arabic_letter(x, y);
                        end += 2;
                    }
                }
                let Some(c2) = char_at(s, end) else {
                    break;
                };
                let ok = if c2.is_ascii() {
                    if arabic {
                        false
                    } else if c2 == '\'' || c2 == '`' {
                        inner_apostrophe(s.get(end + 1..).unwrap_or_default())
                    } else {
                        c2.is_ascii_alphabetic()
                    }
                } else if arabic {
                    is_arabic_letter(c2) || is_arabic_diacritic(c2) || transparent(c2)
                } else if is_apostrophe(c2) {
                    // inside a Latin word only: `Sha'ban`, `Qa’dah`
                    inner_apostrophe(s.get(end + c2.len_utf8()..).unwrap_or_default())
                } else {
                    (is_letter(c2) && !is_arabic_letter(c2))
                        || unicode_normalization::char::is_combining_mark(c2)
                };
                if !ok {
                    break;
                }
                plain &= c2.is_ascii_alphabetic();
                // (read one by one: a mark, a tatweel or a letter outside the basic ones)
                ar_basic = false;
                end += c2.len_utf8();
            }
            let w = s.get(i..end).unwrap_or_default();
            tok.kind = Kind::Word;
            tok.arabic = arabic;
            // Arabic letters and marks have no case: no table lookup for them
            tok.cap = !arabic && c.is_uppercase();
            tok.key = if (ar_basic && !ar_fold)
                || (plain && !w.bytes().any(|x| x.is_ascii_uppercase()))
            {
                Key::Text(w)
            } else {
                let mut key = spare.pop().unwrap_or_default();
                key.clear();
                if ar_basic {
                    fold_basic_arabic(w, &mut key);
                } else if plain {
                    key.push_str(w);
                    key.make_ascii_lowercase();
                } else {
                    word_key_into(w, arabic, &mut key);
                }
                Key::Own(key)
            };
            tok.end = offset + end;
            out.push(tok);
            i = end;
            continue;
        }
        out.push(tok);
        i += c.len_utf8();
    }
}

/// The character starting at byte `i` of `s` (ASCII without decoding); `None` at the end.
#[inline]
fn char_at(s: &str, i: usize) -> Option<char> {
    let b = s.as_bytes();
    match b.get(i) {
        Some(&x) if x.is_ascii() => Some(x as char),
        // two-byte characters (Arabic, accented Latin) decoded in place; `i` is always a
        // character boundary, so `x` leads a valid sequence
        Some(&x) if (0xC2..=0xDF).contains(&x) => {
            let y = *b.get(i + 1)?;
            char::from_u32(((x as u32 & 0x1F) << 6) | (y as u32 & 0x3F))
        }
        Some(_) => s.get(i..).and_then(|r| r.chars().next()),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_str_is_string_equality_at_every_length() {
        let base = "abcdefghijklmnopqrstuvwxyz0123456789";
        for n in 0..=base.len() {
            let a = &base[..n];
            assert!(same_str(a, a));
            assert!(!same_str(a, &base[..n.saturating_sub(1)]) || n == 0);
            // one byte changed anywhere
            for k in 0..n {
                let mut b = a.as_bytes().to_vec();
                b[k] = b'!';
                let b = String::from_utf8(b).unwrap();
                assert!(!same_str(a, &b), "{a:?} {b:?}");
            }
        }
        assert!(same_str("رمضان", "رمضان"));
        assert!(!same_str("رمضان", "رمضاة"));
    }

    #[test]
    fn tokens_of_a_mixed_line() {
        let t = tokenize(
            "12 Jumādā al-Ākhirah 1443هـ – ١٥/٠١/٢٠٢٢م, 1,300 31st Sha'ban",
            0,
        );
        let keys: Vec<&str> = t.iter().map(|t| t.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "12", "jumada", "al", "", "akhirah", "1443", "ه", "", "15", "", "01", "", "2022",
                "م", "", "1300", "31", "shaban"
            ]
        );
        assert!(t[15].grouped);
        assert!(t[16].ordinal);
    }

    /// Keys borrowed from the text, or folded letter by letter in place, are the keys the full
    /// fold gives.
    #[test]
    fn shortcut_keys_are_the_full_fold() {
        let text = "الأربعاء القادمة إلى مستشفى آذار أيلول رمضان 2022 ١٤٤٣ 1,300 May may \
                    Sha'ban Jumādā WEDNESDAY رمَضان ـرمضان";
        for t in tokenize(text, 0) {
            let w = &text[t.start..t.end];
            if t.kind != Kind::Word {
                continue;
            }
            let mut full = String::new();
            word_key_into(w, t.arabic, &mut full);
            assert_eq!(t.key.as_str(), full, "{w}");
            let borrowed = matches!(t.key, Key::Text(_));
            assert_eq!(borrowed, full == w, "{w}");
            if t.arabic
                && w.chars()
                    .all(|c| matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}'))
            {
                let mut fast = String::new();
                fold_basic_arabic(w, &mut fast);
                assert_eq!(fast, full, "{w}");
            }
        }
    }

    #[test]
    fn letters_are_the_alphabetic_characters() {
        for n in 0..0x3000u32 {
            if let Some(c) = char::from_u32(n) {
                assert_eq!(is_letter(c), c.is_alphabetic(), "{n:#x}");
            }
        }
    }

    #[test]
    fn long_words_are_read_whole_up_to_the_window_end() {
        // words read eight bytes at a time: runs of exactly eight and sixteen letters, a run
        // ending at the last byte, a letter after a non-ASCII byte
        let t = tokenize(
            "abcdefgh abcdefghijklmnop Internationalization-day xyzé8 Sha'ban",
            0,
        );
        let keys: Vec<&str> = t.iter().map(|t| t.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "abcdefgh",
                "abcdefghijklmnop",
                "internationalization",
                "",
                "day",
                "xyze",
                "8",
                "shaban"
            ]
        );
        let t = tokenize("Wednesday", 7);
        assert_eq!((t.len(), t[0].start, t[0].end), (1, 7, 16));
    }
}
