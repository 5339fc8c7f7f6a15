//! The text layer: offsets, script runs with direction and language, and Arabic normalization.

mod lang;
pub mod normalize;
pub mod offsets;
mod runs;
pub(crate) mod wordlist;

use std::sync::OnceLock;

pub use lang::{Direction, Lang};
pub use normalize::{normalize, normalize_with_map, NormalizeOptions};
pub use offsets::OffsetMap;
pub use runs::{runs, Run};
pub use unicode_script::Script;

/// An Arabic-script letter: not a haraka or Quranic mark, digit, punctuation mark or symbol
/// (the ornate parentheses `﴾﴿` and the rial sign are not letters), without a Unicode table
/// lookup. Shared by every layer that reads Arabic words.
#[inline]
pub const fn is_arabic_letter(c: char) -> bool {
    matches!(c,
        '\u{0620}'..='\u{063F}'
        | '\u{0641}'..='\u{064A}'
        | '\u{066E}'..='\u{066F}'
        | '\u{0671}'..='\u{06D3}'
        | '\u{06D5}'
        | '\u{06EE}'..='\u{06EF}'
        | '\u{06FA}'..='\u{06FC}'
        | '\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{08A0}'..='\u{08C9}'
        | '\u{FB50}'..='\u{FBB1}'
        | '\u{FBD3}'..='\u{FD3D}'
        | '\u{FD50}'..='\u{FD8F}'
        | '\u{FD92}'..='\u{FDC7}'
        | '\u{FDF0}'..='\u{FDFB}'
        | '\u{FE70}'..='\u{FE74}'
        | '\u{FE76}'..='\u{FEFC}')
}

/// The script of one character as used for runs: Common and Inherited characters (spaces, digits,
/// punctuation, harakat, tatweel, bidi controls) are `None`: they join the run around them.
#[inline]
pub fn strong_script(c: char) -> Option<Script> {
    if c.is_ascii() {
        return if c.is_ascii_alphabetic() {
            Some(Script::Latin)
        } else {
            None
        };
    }
    strong(script_of(c))
}

/// `Some(script)` for a script that makes runs, `None` for Common, Inherited and Unknown.
#[inline]
pub(crate) fn strong(s: Script) -> Option<Script> {
    match s {
        Script::Common | Script::Inherited | Script::Unknown => None,
        s => Some(s),
    }
}

// ---------------------------------------------------------------------- character properties
//
// `char::is_alphabetic` and `unicode_script` do a binary search per non-ASCII character, which
// dominated the runs and segmentation profiles on Arabic text. The blocks warraq reads most (Latin,
// Greek, Cyrillic, Hebrew, Arabic and its supplements, general punctuation, Arabic presentation
// forms) are precomputed once into a flat table *by calling those same functions*, so the answers
// are identical by construction; other characters fall back to the general functions.

pub(crate) const ALPHABETIC: u8 = 1;
pub(crate) const NUMERIC: u8 = 2;
pub(crate) const LOWERCASE: u8 = 4;
pub(crate) const UPPERCASE: u8 = 8;
pub(crate) const WHITESPACE: u8 = 16;

/// Precomputed properties of one character.
#[derive(Clone, Copy)]
pub(crate) struct CharInfo {
    pub script: Script,
    pub flags: u8,
}

impl CharInfo {
    fn compute(c: char) -> CharInfo {
        use unicode_script::UnicodeScript;
        let mut flags = 0;
        for (yes, flag) in [
            (c.is_alphabetic(), ALPHABETIC),
            (c.is_numeric(), NUMERIC),
            (c.is_lowercase(), LOWERCASE),
            (c.is_uppercase(), UPPERCASE),
            (c.is_whitespace(), WHITESPACE),
        ] {
            if yes {
                flags |= flag;
            }
        }
        CharInfo {
            script: c.script(),
            flags,
        }
    }
}

/// The code point ranges in the table, and where each starts in it.
const BLOCKS: [(u32, u32, usize); 3] = [
    (0x0000, 0x0900, 0),               // Latin … Arabic Extended-A
    (0x2000, 0x2070, 0x0900),          // General Punctuation
    (0xFB50, 0xFF00, 0x0900 + 0x0070), // Arabic presentation forms, small and half forms
];
const TABLE_LEN: usize = 0x0900 + 0x0070 + (0xFF00 - 0xFB50);

#[inline]
fn slot(cp: u32) -> Option<usize> {
    if cp < 0x0900 {
        return Some(cp as usize);
    }
    BLOCKS[1..]
        .iter()
        .find(|&&(lo, hi, _)| lo <= cp && cp < hi)
        .map(|&(lo, _, at)| at + (cp - lo) as usize)
}

pub(crate) fn table() -> &'static [CharInfo] {
    static TABLE: OnceLock<Box<[CharInfo]>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = vec![
            CharInfo {
                script: Script::Unknown,
                flags: 0
            };
            TABLE_LEN
        ];
        for &(lo, hi, at) in &BLOCKS {
            for cp in lo..hi {
                if let Some(c) = char::from_u32(cp) {
                    t[at + (cp - lo) as usize] = CharInfo::compute(c);
                }
            }
        }
        t.into_boxed_slice()
    })
}

/// `c.script()`, fast for the common blocks.
#[inline]
pub(crate) fn script_of(c: char) -> Script {
    script_in(table(), c)
}

/// `c.script()` with the table already at hand (for loops over every char).
#[inline]
pub(crate) fn script_in(table: &[CharInfo], c: char) -> Script {
    use unicode_script::UnicodeScript;
    match slot(c as u32).and_then(|k| table.get(k)) {
        Some(info) => info.script,
        None => c.script(),
    }
}

/// One of the flags above for `c`, or `slow(c)` outside the table.
#[inline]
pub(crate) fn has_flag(c: char, flag: u8, slow: fn(char) -> bool) -> bool {
    match slot(c as u32).and_then(|k| table().get(k)) {
        Some(info) => info.flags & flag != 0,
        None => slow(c),
    }
}

#[cfg(test)]
mod table_tests {
    use super::*;

    #[test]
    fn table_agrees_with_the_general_functions() {
        use unicode_script::UnicodeScript;
        for cp in (0u32..0x3_0000).chain([0xE_0001, 0x10_FFFF]) {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            assert_eq!(script_of(c), c.script(), "{cp:x}");
            assert_eq!(
                has_flag(c, ALPHABETIC, char::is_alphabetic),
                c.is_alphabetic()
            );
            assert_eq!(has_flag(c, NUMERIC, char::is_numeric), c.is_numeric());
            assert_eq!(has_flag(c, LOWERCASE, char::is_lowercase), c.is_lowercase());
            assert_eq!(has_flag(c, UPPERCASE, char::is_uppercase), c.is_uppercase());
            assert_eq!(
                has_flag(c, WHITESPACE, char::is_whitespace),
                c.is_whitespace()
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_script::UnicodeScript;

    #[test]
    fn arabic_letters_agree_with_unicode() {
        let blocks = [
            0x0600..=0x06FF,
            0x0750..=0x077F,
            0x08A0..=0x08FF,
            0xFB50..=0xFDFF,
            0xFE70..=0xFEFF,
        ];
        for c in blocks.into_iter().flatten().filter_map(char::from_u32) {
            let unicode = c.is_alphabetic()
                && c.script() == Script::Arabic
                && !normalize::is_arabic_diacritic(c)
                && unicode_normalization::char::canonical_combining_class(c) == 0;
            // The small waw and small ya (U+06E5, U+06E6) are modifier letters in Unicode but
            // Quranic annotation in use: they never start or carry a word.
            let unicode = unicode && !matches!(c, '\u{06E5}' | '\u{06E6}');
            assert_eq!(is_arabic_letter(c), unicode, "U+{:04X} {c}", c as u32);
        }
    }
}
