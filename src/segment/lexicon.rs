//! Word lists of the segmentation layer, compiled in from `data/segment/`.

use std::sync::OnceLock;

use super::chars::Fast;

const ABBREV_EN: &str = include_str!("../../data/segment/abbreviations_en.txt");
const ABBREV_AR: &str = include_str!("../../data/segment/abbreviations_ar.txt");
const STARTERS_EN: &str = include_str!("../../data/segment/starters_en.txt");
const STARTERS_AR: &str = include_str!("../../data/segment/starters_ar.txt");
const LABEL_BLOCKERS_AR: &str = include_str!("../../data/segment/label_blockers_ar.txt");
const OPENERS_EN: &str = include_str!("../../data/segment/openers_en.txt");
const CLOSED_CLASS_EN: &str = include_str!("../../data/segment/closed_class_en.txt");
const CLITIC_KEEP_AR: &str = include_str!("../../data/segment/clitic_exceptions_ar.txt");

use crate::text::wordlist::{FastMap as HashMap, FastSet as HashSet};

/// How an abbreviation behaves before a following word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Abbrev {
    /// Comes before a name or a number (`Mr.`, `No.`): never ends a sentence before a word.
    Title,
    /// May end a sentence (`etc.`, `Co.`): ends one only when a sentence opener follows.
    Plain,
}

/// The first bytes and byte lengths of a list's words: a word of another shape is not in the
/// list, which spares most hash lookups (the sentence splitter asks at every period and at most
/// capitals).
struct Shape {
    /// By first byte (ASCII-lowered when `fold`), the lengths seen (bit `len`, bit 63 for 63+).
    lens: Box<[u64; 256]>,
    /// By last byte (ASCII-lowered when `fold`), the same.
    last_lens: Box<[u64; 256]>,
    fold: bool,
}

impl Shape {
    fn new<'a>(words: impl Iterator<Item = &'a str>, fold: bool) -> Shape {
        let mut lens = Box::new([0u64; 256]);
        let mut last_lens = Box::new([0u64; 256]);
        let key = |x: u8| usize::from(if fold { x.to_ascii_lowercase() } else { x });
        for w in words {
            let b = w.as_bytes();
            if let (Some(&f), Some(&l)) = (b.first(), b.last()) {
                lens[key(f)] |= 1 << w.len().min(63);
                last_lens[key(l)] |= 1 << w.len().min(63);
            }
        }
        Shape {
            lens,
            last_lens,
            fold,
        }
    }

    /// False when `word` is surely not in the list (the empty word is never in it).
    #[inline]
    fn maybe(&self, word: &str) -> bool {
        let b = word.as_bytes();
        let (Some(&f), Some(&l)) = (b.first(), b.last()) else {
            return false;
        };
        let key = |x: u8| usize::from(if self.fold { x.to_ascii_lowercase() } else { x });
        let len = word.len().min(63);
        self.lens[key(f)] >> len & 1 == 1 && self.last_lens[key(l)] >> len & 1 == 1
    }
}

/// A bit for each key of a list, by [`signature`] (ASCII keys case-folded): a word whose bit is
/// clear is not in it.
struct Signatures(Box<[u64; 64]>);

/// The bit of a word among [`Signatures`]' 4096: its length, first two and last bytes (ASCII
/// ones case-folded), mixed.
#[inline]
fn signature(word: &[u8]) -> usize {
    let at = |k: usize| u32::from(word.get(k).map_or(0, u8::to_ascii_lowercase));
    let last = word.len().saturating_sub(1);
    let key = at(0) | at(1) << 8 | at(last) << 16 | (word.len().min(255) as u32) << 24;
    (key.wrapping_mul(0x9E37_79B1) >> 20) as usize
}

impl Signatures {
    fn new<'a>(words: impl Iterator<Item = &'a str>) -> Signatures {
        let mut bits = Box::new([0u64; 64]);
        for w in words {
            let k = signature(w.as_bytes());
            bits[k / 64] |= 1 << (k % 64);
        }
        Signatures(bits)
    }

    #[inline]
    fn maybe(&self, word: &[u8]) -> bool {
        let k = signature(word);
        self.0[k / 64] >> (k % 64) & 1 == 1
    }
}

pub(crate) struct Lexicon {
    /// The signatures of the English abbreviations (lowered): see [`Lexicon::english_maybe`].
    en_signatures: Signatures,
    /// The signatures of the Arabic abbreviations: see [`Lexicon::arabic_maybe`].
    ar_signatures: Signatures,
    en_exact: HashMap<&'static str, Abbrev>,
    /// The shapes of the English abbreviations (both maps' keys, first byte lowered): an ASCII
    /// word of another shape is none of them.
    en_shape: Shape,
    en_lower: HashMap<String, Abbrev>,
    ar: HashSet<&'static str>,
    ar_shape: Shape,
    starters: HashSet<&'static str>,
    starters_shape: Shape,
    openers_shape: Shape,
    closed_class_shape: Shape,
    label_blockers: HashSet<&'static str>,
    starters_ar: HashSet<&'static str>,
    openers: HashSet<&'static str>,
    closed_class: HashSet<&'static str>,
    clitic_keep: HashSet<&'static str>,
}

fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

pub(crate) fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut en_exact = HashMap::default();
        let mut en_lower = HashMap::default();
        for l in lines(ABBREV_EN) {
            let (w, class) = match l.split_once('\t') {
                Some((w, "title")) => (w, Abbrev::Title),
                Some((w, _)) => (w, Abbrev::Plain),
                None => (l, Abbrev::Plain),
            };
            en_exact.insert(w, class);
            en_lower.entry(w.to_lowercase()).or_insert(class);
        }
        let en_shape = Shape::new(
            en_exact
                .keys()
                .copied()
                .chain(en_lower.keys().map(String::as_str)),
            true,
        );
        Lexicon {
            en_signatures: Signatures::new(en_lower.keys().map(String::as_str)),
            ar_signatures: Signatures::new(lines(ABBREV_AR)),
            en_shape,
            ar_shape: Shape::new(lines(ABBREV_AR), false),
            starters_shape: Shape::new(lines(STARTERS_EN), false),
            openers_shape: Shape::new(lines(OPENERS_EN), false),
            closed_class_shape: Shape::new(lines(CLOSED_CLASS_EN), false),
            en_exact,
            en_lower,
            ar: lines(ABBREV_AR).collect(),
            starters: lines(STARTERS_EN).collect(),
            label_blockers: lines(LABEL_BLOCKERS_AR).collect(),
            starters_ar: lines(STARTERS_AR).collect(),
            openers: lines(OPENERS_EN).collect(),
            closed_class: lines(CLOSED_CLASS_EN).collect(),
            clitic_keep: lines(CLITIC_KEEP_AR).collect(),
        }
    })
}

impl Lexicon {
    /// The class of an English abbreviation written `word.` (case-sensitive first, then
    /// case-insensitive for plain ones: `CO.` is `co.`, but `ST.` is not the title `St.`).
    pub fn english(&self, word: &str) -> Option<Abbrev> {
        // ASCII lowering keeps the length; other words may change length when lowered
        if !self.en_shape.maybe(word) && word.is_ascii() {
            return None;
        }
        if let Some(&c) = self.en_exact.get(word) {
            return Some(c);
        }
        if word.len() > 12 {
            return None;
        }
        // ASCII words are lowered on the stack: this runs at every period
        let mut buf = [0u8; 12];
        let lowered;
        let lower: &str = if word.is_ascii() {
            let buf = &mut buf[..word.len()];
            buf.copy_from_slice(word.as_bytes());
            buf.make_ascii_lowercase();
            std::str::from_utf8(buf).unwrap_or_default()
        } else {
            lowered = word.to_lowercase();
            &lowered
        };
        match self.en_lower.get(lower) {
            Some(Abbrev::Plain) => Some(Abbrev::Plain),
            Some(Abbrev::Title) if word.chars().skip(1).all(|c| c.lowercase()) => {
                Some(Abbrev::Plain)
            }
            _ => None,
        }
    }

    /// False when the ASCII `word` is surely no English abbreviation ([`Self::english`] is
    /// `None`): a filter of a few instructions, for the tokenizer's words before a period.
    #[inline]
    pub fn english_maybe(&self, word: &[u8]) -> bool {
        self.en_signatures.maybe(word)
    }

    /// False when `word` is surely not a listed Arabic abbreviation ([`Self::arabic`] is
    /// false): a filter of a few instructions, for the tokenizer's words before a period.
    #[inline]
    pub fn arabic_maybe(&self, word: &[u8]) -> bool {
        self.ar_signatures.maybe(word)
    }

    pub fn arabic(&self, word: &str) -> bool {
        self.ar_shape.maybe(word) && self.ar.contains(word)
    }

    pub fn starter(&self, word: &str) -> bool {
        self.starters_shape.maybe(word) && self.starters.contains(word)
    }

    pub fn label_blocker(&self, word: &str) -> bool {
        self.label_blockers.contains(word)
    }

    /// An Arabic word that opens a sentence (`وقد`, `ثم`, `وأكد`): after a Latin abbreviation
    /// inside Arabic text, the period before it ends the sentence.
    pub fn starter_ar(&self, word: &str) -> bool {
        self.starters_ar.contains(word)
    }

    /// Opens a sentence even without a period before it.
    pub fn opener(&self, word: &str) -> bool {
        self.openers_shape.maybe(word) && self.openers.contains(word)
    }

    /// Does some opener start with the byte `first`?
    #[inline]
    pub fn opener_initial(&self, first: u8) -> bool {
        self.openers_shape.lens[usize::from(first)] != 0
    }

    /// A function word that does not end a sentence.
    pub fn closed_class(&self, word: &str) -> bool {
        self.closed_class_shape.maybe(word) && self.closed_class.contains(word)
    }

    pub fn clitic_keep(&self, word: &str) -> bool {
        self.clitic_keep.contains(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shape_filters_let_every_listed_word_through() {
        let lex = lexicon();
        for w in lines(ABBREV_EN).map(|l| l.split('\t').next().unwrap_or(l)) {
            assert!(lex.en_shape.maybe(w), "{w}");
            assert!(lex.en_shape.maybe(&w.to_ascii_uppercase()), "{w}");
            assert!(lex.english(w).is_some(), "{w}");
            if w.is_ascii() {
                assert!(lex.english_maybe(w.as_bytes()), "{w}");
                assert!(lex.english_maybe(w.to_ascii_uppercase().as_bytes()), "{w}");
                assert!(lex.english_maybe(w.to_ascii_lowercase().as_bytes()), "{w}");
            }
        }
        for w in lines(STARTERS_EN) {
            assert!(lex.starter(w), "{w}");
        }
        for w in lines(ABBREV_AR) {
            assert!(lex.arabic(w), "{w}");
            assert!(lex.arabic_maybe(w.as_bytes()), "{w}");
        }
        for w in lines(OPENERS_EN) {
            assert!(lex.opener(w), "{w}");
        }
        for w in lines(CLOSED_CLASS_EN) {
            assert!(lex.closed_class(w), "{w}");
        }
    }

    #[test]
    fn shape_filters_reject_other_shapes() {
        let lex = lexicon();
        assert!(!lex.opener(""));
        assert!(!lex.opener("Pleased"));
        assert!(lex.english("government").is_none());
        // the signature filter lets through no more than a few ordinary words
        let words = [
            "said",
            "government",
            "year",
            "minister",
            "week",
            "people",
            "there",
            "again",
            "talks",
            "country",
            "time",
            "war",
            "peace",
            "today",
            "region",
            "president",
            "state",
            "them",
        ];
        let passed = words
            .iter()
            .filter(|w| lex.english_maybe(w.as_bytes()))
            .count();
        assert!(passed <= 3, "{passed}");
    }
}
