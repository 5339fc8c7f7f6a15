//! Character classes shared by the tokenizer and the sentence splitter.

use crate::text::{has_flag, ALPHABETIC, LOWERCASE, NUMERIC, UPPERCASE, WHITESPACE};

/// Bidi controls and other invisible format characters that may sit around punctuation
/// (`د\u{202A}.\u{202C}`) and must be looked through.
#[inline]
pub(crate) fn is_format(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{061C}'
            | '\u{FEFF}'
    )
}

/// Arabic harakat, Quranic annotation marks, superscript alef, and other marks that stay inside
/// their word.
#[inline]
pub(crate) const fn is_arabic_mark(c: char) -> bool {
    matches!(
        c,
        '\u{0610}'..='\u{061A}'
            | '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{06D6}'..='\u{06DC}'
            | '\u{06DF}'..='\u{06E8}'
            | '\u{06EA}'..='\u{06ED}'
            | '\u{08D3}'..='\u{08FF}'
    )
}

/// Any combining mark we keep inside a word (Arabic marks, Latin combining diacritics, and the
/// general-purpose combining blocks).
#[inline]
pub(crate) fn is_mark(c: char) -> bool {
    is_arabic_mark(c)
        || matches!(
            c,
            '\u{0300}'..='\u{036F}'
                | '\u{1AB0}'..='\u{1AFF}'
                | '\u{1DC0}'..='\u{1DFF}'
                | '\u{20D0}'..='\u{20FF}'
                | '\u{FE20}'..='\u{FE2F}'
        )
}

/// Tatweel (kashida).
pub(crate) const TATWEEL: char = '\u{0640}';

pub(crate) use crate::text::is_arabic_letter;

/// In [`ARABIC_BLOCK`]: an Arabic letter or tatweel.
pub(crate) const AR_LETTER: u8 = 1;
/// In [`ARABIC_BLOCK`]: an Arabic mark.
pub(crate) const AR_MARK: u8 = 2;

/// `is_arabic_letter(c) || c == TATWEEL` and `is_arabic_mark(c)` for U+0600..=U+06FF, the block
/// most Arabic text is written in, as one table lookup.
static ARABIC_BLOCK: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut k = 0;
    while k < 256 {
        if let Some(c) = char::from_u32(0x0600 + k as u32) {
            if is_arabic_letter(c) || c as u32 == TATWEEL as u32 {
                t[k] |= AR_LETTER;
            }
            if is_arabic_mark(c) {
                t[k] |= AR_MARK;
            }
        }
        k += 1;
    }
    t
};

/// The [`ARABIC_BLOCK`] class of the two-byte UTF-8 sequence `x y` when `x` is a lead byte of
/// U+0600..=U+06FF (0xD8..=0xDB), else 0.
#[inline]
pub(crate) fn arabic_block_class(x: u8, y: u8) -> u8 {
    if !(0xD8..=0xDB).contains(&x) {
        return 0;
    }
    ARABIC_BLOCK[usize::from(x & 0x03) << 6 | usize::from(y & 0x3F)]
}

/// A digit of any of the three systems warraq reads (ASCII, Arabic-Indic, Persian).
#[inline]
pub(crate) fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}')
}

/// Sentence-final punctuation: `.` `!` `?` `…` `؟` `۔` and their relatives.
#[inline]
pub(crate) fn is_terminator(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '\u{2026}' | '\u{061F}' | '\u{06D4}' | '\u{203C}' | '\u{2047}'
            ..='\u{2049}' | '\u{3002}' | '\u{FF01}' | '\u{FF1F}' | '\u{FF0E}'
    )
}

/// Marks that close a quotation or a bracket and stay with the sentence they follow.
#[inline]
pub(crate) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | ')'
            | ']'
            | '}'
            | '\u{201D}'
            | '\u{2019}'
            | '\u{00BB}'
            | '\u{203A}'
            | '\u{201C}' // used as a closer in some Arabic typography
            | '\u{FD3E}'
            | '\u{FD3F}'
    )
}

/// Marks that open a quotation or a bracket.
#[inline]
pub(crate) fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '('
            | '['
            | '{'
            | '\u{201C}'
            | '\u{2018}'
            | '\u{00AB}'
            | '\u{2039}'
            | '\u{201E}'
            | '\u{FD3E}'
            | '\u{FD3F}'
            | '\u{00BF}'
            | '\u{00A1}'
    )
}

/// List bullets that start an item wherever they appear.
#[inline]
pub(crate) fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '\u{2022}' | '\u{2043}' | '\u{2023}' | '\u{25E6}' | '\u{25AA}' | '\u{25CF}' | '\u{27A2}'
    )
}

#[inline]
pub(crate) fn is_space(c: char) -> bool {
    c.whitespace()
}

/// The char starting at byte `i`, `None` at the end or inside a char. ASCII and two-byte
/// sequences (Latin accents, Arabic) are decoded by hand: the scanners ask for chars constantly.
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    let b = text.as_bytes();
    match *b.get(i)? {
        x if x.is_ascii() => Some(char::from(x)),
        // a lead byte in a `&str` is always followed by its continuation byte
        x @ 0xC0..=0xDF => {
            let y = *b.get(i + 1)?;
            char::from_u32((u32::from(x & 0x1F) << 6) | u32::from(y & 0x3F))
        }
        _ => text.get(i..).and_then(|s| s.chars().next()),
    }
}

/// The char ending at byte `i`, `None` at the start or inside a char.
#[inline]
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    // an ASCII byte before `i` makes `i` a char boundary
    match text.as_bytes().get(i.wrapping_sub(1)) {
        Some(&x) if x.is_ascii() => Some(char::from(x)),
        _ => text.get(..i).and_then(|s| s.chars().next_back()),
    }
}

/// The largest char boundary `<= i`.
#[inline]
pub(crate) fn floor_boundary(text: &str, mut i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// `char`'s Unicode properties, answered from the text layer's table for ASCII, Latin, Arabic and
/// general punctuation (the same answers as the `is_*` methods, without their per-char binary
/// search), and by those methods for other characters.
pub(crate) trait Fast {
    fn alphabetic(self) -> bool;
    fn numeric(self) -> bool;
    fn lowercase(self) -> bool;
    fn uppercase(self) -> bool;
    fn whitespace(self) -> bool;
    fn alphanumeric(self) -> bool;
}

impl Fast for char {
    #[inline]
    fn alphabetic(self) -> bool {
        if self.is_ascii() {
            return self.is_ascii_alphabetic();
        }
        has_flag(self, ALPHABETIC, char::is_alphabetic)
    }
    #[inline]
    fn numeric(self) -> bool {
        if self.is_ascii() {
            return self.is_ascii_digit();
        }
        has_flag(self, NUMERIC, char::is_numeric)
    }
    #[inline]
    fn lowercase(self) -> bool {
        if self.is_ascii() {
            return self.is_ascii_lowercase();
        }
        has_flag(self, LOWERCASE, char::is_lowercase)
    }
    #[inline]
    fn uppercase(self) -> bool {
        if self.is_ascii() {
            return self.is_ascii_uppercase();
        }
        has_flag(self, UPPERCASE, char::is_uppercase)
    }
    #[inline]
    fn whitespace(self) -> bool {
        if self.is_ascii() {
            // `char::is_whitespace` on ASCII: also U+000B, unlike `is_ascii_whitespace`
            return matches!(self, ' ' | '\t' | '\n' | '\u{000B}' | '\u{000C}' | '\r');
        }
        has_flag(self, WHITESPACE, char::is_whitespace)
    }
    #[inline]
    fn alphanumeric(self) -> bool {
        self.alphabetic() || self.numeric()
    }
}

#[cfg(test)]
mod fast_tests {
    use super::Fast;

    #[test]
    fn fast_properties_agree_with_std() {
        for cp in (0u32..0x3_0000).chain([0xE_0001, 0x10_FFFF]) {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            assert_eq!(c.alphabetic(), c.is_alphabetic(), "{cp:x}");
            assert_eq!(c.numeric(), c.is_numeric(), "{cp:x}");
            assert_eq!(c.lowercase(), c.is_lowercase(), "{cp:x}");
            assert_eq!(c.uppercase(), c.is_uppercase(), "{cp:x}");
            assert_eq!(c.whitespace(), c.is_whitespace(), "{cp:x}");
            assert_eq!(c.alphanumeric(), c.is_alphanumeric(), "{cp:x}");
        }
    }
}
