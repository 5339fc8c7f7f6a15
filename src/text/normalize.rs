//! Arabic normalization with an offset map back to the original text.

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::UnicodeNormalization;

/// What [`normalize`] folds or removes. The default matches `warraq.normalize()`'s defaults.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NormalizeOptions {
    /// Remove harakat (U+064B–U+065F), the superscript alef, Quranic annotation marks.
    pub diacritics: bool,
    /// Remove tatweel (U+0640).
    pub tatweel: bool,
    /// Fold أ إ آ ٱ ٲ ٳ to ا.
    pub alef: bool,
    /// Fold ى (alef maqsura) to ي.
    pub ya: bool,
    /// Fold ة (ta marbuta) to ه.
    pub ta_marbuta: bool,
    /// Arabic-Indic (٠–٩) and Persian (۰–۹) digits to ASCII, ٫ to `.`, ٬ to `,`.
    pub digits: bool,
    /// Remove bidi controls (LRM, RLM, ALM, embeddings, overrides, isolates).
    pub bidi_controls: bool,
    /// Apply NFKC first (folds Arabic presentation forms), per starter-led cluster.
    pub nfkc: bool,
}

impl Default for NormalizeOptions {
    fn default() -> Self {
        NormalizeOptions {
            diacritics: true,
            tatweel: true,
            alef: true,
            ya: false,
            ta_marbuta: false,
            digits: true,
            bidi_controls: true,
            nfkc: false,
        }
    }
}

/// True for harakat and Quranic marks that [`normalize`] removes with `diacritics`.
#[inline]
pub fn is_arabic_diacritic(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E4}'
        | '\u{06E7}' | '\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{08D3}'..='\u{08E1}'
        | '\u{08E3}'..='\u{08FF}')
}

/// True for the bidi formatting controls.
#[inline]
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The ASCII digit of an Arabic-Indic or Persian digit.
#[inline]
pub fn arabic_digit_value(c: char) -> Option<u8> {
    match c {
        '\u{0660}'..='\u{0669}' => Some((c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => Some((c as u32 - 0x06F0) as u8),
        _ => None,
    }
}

#[inline]
fn fold(c: char, o: &NormalizeOptions) -> Option<char> {
    if o.diacritics && is_arabic_diacritic(c) {
        return None;
    }
    if o.tatweel && c == '\u{0640}' {
        return None;
    }
    if o.bidi_controls && is_bidi_control(c) {
        return None;
    }
    if o.digits {
        if let Some(d) = arabic_digit_value(c) {
            return Some((b'0' + d) as char);
        }
        match c {
            '\u{066B}' => return Some('.'),
            '\u{066C}' => return Some(','),
            _ => {}
        }
    }
    Some(match c {
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' if o.alef => 'ا',
        'ى' if o.ya => 'ي',
        'ة' if o.ta_marbuta => 'ه',
        _ => c,
    })
}

/// Normalizes `text` and returns, for each code point of the result, the code-point index in
/// `text` it came from, plus one last entry: the length of `text` in code points.
///
/// ```
/// use warraq::text::{normalize_with_map, NormalizeOptions};
/// let (out, map) = normalize_with_map("كـــتاب ٢٠٢٢", &NormalizeOptions::default());
/// assert_eq!(out, "كتاب 2022");
/// assert_eq!(map[1], 4); // 'ت' was the 5th code point
/// assert_eq!(*map.last().unwrap(), 12);
/// ```
pub fn normalize_with_map(text: &str, o: &NormalizeOptions) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len());
    let mut n = 0usize;
    if o.nfkc {
        // NFKC composes across a starter and its marks, so it runs per starter-led cluster;
        // every character it yields maps to the cluster's first code point.
        let chars: Vec<char> = text.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let mut j = i + 1;
            while j < chars.len() && canonical_combining_class(chars[j]) != 0 {
                j += 1;
            }
            for c in chars[i..j].iter().copied().nfkc() {
                if let Some(f) = fold(c, o) {
                    out.push(f);
                    map.push(i);
                }
            }
            i = j;
        }
        n = chars.len();
    } else {
        for c in text.chars() {
            if let Some(f) = fold(c, o) {
                out.push(f);
                map.push(n);
            }
            n += 1;
        }
    }
    map.push(n);
    (out, map)
}

/// Normalizes `text` (see [`NormalizeOptions`]).
///
/// ```
/// use warraq::text::{normalize, NormalizeOptions};
/// let o = NormalizeOptions::default();
/// assert_eq!(normalize("الْعَرَبِيَّة", &o), "العربية");
/// assert_eq!(normalize("كـــتاب", &o), "كتاب");
/// assert_eq!(normalize("٢٠٢٢", &o), "2022");
/// ```
pub fn normalize(text: &str, o: &NormalizeOptions) -> String {
    if !o.nfkc {
        let mut out = String::with_capacity(text.len());
        out.extend(text.chars().filter_map(|c| fold(c, o)));
        return out;
    }
    normalize_with_map(text, o).0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hamza_forms_fold_to_bare_alef() {
        assert_eq!(normalize("أحمد إلى آخر ٱلله", &NormalizeOptions::default()), "احمد الى اخر الله");
    }

    #[test]
    fn ya_and_ta_marbuta_fold_only_when_asked() {
        let mut o = NormalizeOptions::default();
        assert_eq!(normalize("على مدرسة", &o), "على مدرسة");
        o.ya = true;
        o.ta_marbuta = true;
        assert_eq!(normalize("على مدرسة", &o), "علي مدرسه");
    }

    #[test]
    fn bidi_controls_go_and_the_map_skips_them() {
        let (out, map) = normalize_with_map("د\u{202A}.\u{202C}", &NormalizeOptions::default());
        assert_eq!(out, "د.");
        assert_eq!(map, vec![0, 2, 4]);
    }

    #[test]
    fn nfkc_folds_presentation_forms() {
        let o = NormalizeOptions {
            nfkc: true,
            ..Default::default()
        };
        assert_eq!(normalize("\u{FEFB}", &o), "لا");
    }
}
