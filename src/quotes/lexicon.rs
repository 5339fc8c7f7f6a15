//! The speech-verb lexicons (English, Arabic) and the outlet list, compiled in from `data/quotes/`.

use crate::text::wordlist::{FastMap as HashMap, FastSet as HashSet};
use std::sync::OnceLock;

const EN: &str = include_str!("../../data/quotes/speech_verbs_en.txt");
const AR: &str = include_str!("../../data/quotes/speech_verbs_ar.txt");
const OUTLETS: &str = include_str!("../../data/quotes/outlets.txt");
const NAME_NOUNS: &str = include_str!("../../data/quotes/name_nouns.txt");

/// What an English verb form is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct EnVerb {
    /// Attributes only close to the quote.
    pub weak: bool,
    /// An `-ing` form (`saying`): its subject is the clause's.
    pub participle: bool,
}

/// What an Arabic cue word is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ArCue {
    /// قال، أكد: the speaker usually follows (verb-subject order).
    Verb,
    /// قائلاً: the speaker is the clause's subject.
    Participle,
    /// بحسب، وفقاً لـ: the speaker follows.
    According,
}

pub(crate) struct Lexicon {
    pub en: HashMap<&'static str, EnVerb>,
    pub ar: HashMap<String, ArCue>,
    pub outlets: HashSet<&'static str>,
    /// Nouns that head an outlet's name (English lower case, Arabic as written).
    pub outlet_nouns: HashSet<&'static str>,
    /// Nouns that head the name of a party, movement, operation or campaign.
    pub body_nouns: HashSet<&'static str>,
}

/// The words of the `[section]`s of a word-list file whose names start with `prefix`.
fn section_words(file: &'static str, prefix: &str) -> HashSet<&'static str> {
    crate::text::wordlist::sections(file, |s| s.starts_with(prefix))
        .into_iter()
        .collect()
}

const WORD_LISTS: &str = include_str!("../../data/quotes/word_lists.txt");

/// A word list of `data/quotes/word_lists.txt`, read on first use.
pub(crate) type Words = std::sync::LazyLock<Vec<&'static str>>;

/// The words of section `[name]` of `data/quotes/word_lists.txt`.
pub(crate) fn word_list(name: &str) -> Vec<&'static str> {
    let words = crate::text::wordlist::sections(WORD_LISTS, |s| s == name);
    debug_assert!(!words.is_empty(), "no word list [{name}]");
    words
}

pub(crate) fn lexicon() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(|| {
        let mut en = HashMap::default();
        for line in EN.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (weak, forms) = match line.strip_prefix('!') {
                Some(r) => (true, r),
                None => (false, line),
            };
            for f in forms.split_whitespace() {
                en.insert(
                    f,
                    EnVerb {
                        weak,
                        participle: f.ends_with("ing"),
                    },
                );
            }
        }
        let mut ar = HashMap::default();
        for line in AR.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (kind, forms) = if let Some(r) = line.strip_prefix('=') {
                (ArCue::Participle, r)
            } else if let Some(r) = line.strip_prefix('@') {
                (ArCue::According, r)
            } else {
                (ArCue::Verb, line)
            };
            for f in forms.split_whitespace() {
                ar.insert(ar_key(f), kind);
            }
        }
        let outlets = OUTLETS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        Lexicon {
            en,
            ar,
            outlets,
            outlet_nouns: section_words(NAME_NOUNS, "outlet_"),
            body_nouns: section_words(NAME_NOUNS, "body_"),
        }
    })
}

/// Arabic lookup key: harakat, shadda and tatweel removed, hamza-alef forms folded.
pub(crate) fn ar_key(s: &str) -> String {
    s.chars()
        .filter(|&c| !crate::text::normalize::is_arabic_diacritic(c) && c != '\u{0640}')
        .map(|c| match c {
            'أ' | 'إ' | 'آ' => 'ا',
            c => c,
        })
        .collect()
}

impl Lexicon {
    /// The English verb this word is (case-insensitive).
    pub fn en_verb(&self, w: &str) -> Option<EnVerb> {
        if w.len() > 20 || !w.is_ascii() {
            return None;
        }
        let mut buf = [0u8; 20];
        let lw = &mut buf[..w.len()];
        lw.copy_from_slice(w.as_bytes());
        lw.make_ascii_lowercase();
        let lw = std::str::from_utf8(lw).ok()?;
        self.en.get(lw).copied()
    }

    /// The Arabic cue this word is, with the prefixes و and ف allowed; the byte length of the
    /// prefix is returned too.
    pub fn ar_cue(&self, w: &str) -> Option<(ArCue, usize)> {
        let k = ar_key(w);
        if let Some(&c) = self.ar.get(&k) {
            return Some((c, 0));
        }
        for p in ['و', 'ف'] {
            if let Some(r) = k.strip_prefix(p) {
                if let Some(&c) = self.ar.get(r) {
                    // the prefix length in the word as written (it may start with a mark)
                    return Some((c, if w.starts_with(p) { p.len_utf8() } else { 0 }));
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_load() {
        let l = lexicon();
        assert!(l.en_verb("Said").is_some());
        assert!(l.en_verb("saying").is_some_and(|v| v.participle));
        assert!(l.en_verb("responded").is_some_and(|v| v.weak));
        assert!(l.en_verb("statement").is_none());
        assert_eq!(l.ar_cue("وأضاف").map(|c| c.0), Some(ArCue::Verb));
        assert_eq!(l.ar_cue("صرّح").map(|c| c.0), Some(ArCue::Verb));
        assert_eq!(l.ar_cue("قائلاً").map(|c| c.0), Some(ArCue::Participle));
        assert_eq!(l.ar_cue("وبحسب").map(|c| c.0), Some(ArCue::According));
        assert!(l.outlets.contains("AFP"));
    }
}

#[cfg(test)]
mod word_list_tests {
    use super::{word_list, WORD_LISTS};

    #[test]
    fn every_section_of_the_word_lists_has_words_and_no_stray_spaces() {
        let names: Vec<&str> = WORD_LISTS
            .lines()
            .filter_map(|l| l.trim().strip_prefix('[')?.strip_suffix(']'))
            .collect();
        assert!(names.len() >= 15, "{names:?}");
        for n in names {
            let words = word_list(n);
            assert!(!words.is_empty(), "[{n}] is empty");
            assert!(
                words.iter().all(|w| w.trim() == *w && !w.is_empty()),
                "[{n}]"
            );
        }
    }
}
