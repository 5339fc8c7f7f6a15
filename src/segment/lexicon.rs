//! Word lists of the segmentation layer, compiled in from `data/segment/`.

use std::collections::HashSet;
use std::sync::OnceLock;

const ABBREV_EN: &str = include_str!("../../data/segment/abbreviations_en.txt");
const ABBREV_AR: &str = include_str!("../../data/segment/abbreviations_ar.txt");
const STARTERS_EN: &str = include_str!("../../data/segment/starters_en.txt");
const LABEL_BLOCKERS_AR: &str = include_str!("../../data/segment/label_blockers_ar.txt");
const OPENERS_EN: &str = include_str!("../../data/segment/openers_en.txt");
const CLOSED_CLASS_EN: &str = include_str!("../../data/segment/closed_class_en.txt");
const CLITIC_KEEP_AR: &str = include_str!("../../data/segment/clitic_exceptions_ar.txt");

/// How an abbreviation behaves before a following word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Abbrev {
    /// Comes before a name or a number (`Mr.`, `No.`): never ends a sentence before a word.
    Title,
    /// May end a sentence (`etc.`, `Co.`): ends one only when a sentence opener follows.
    Plain,
}

pub(crate) struct Lexicon {
    en_exact: std::collections::HashMap<&'static str, Abbrev>,
    en_lower: std::collections::HashMap<String, Abbrev>,
    ar: HashSet<&'static str>,
    starters: HashSet<&'static str>,
    label_blockers: HashSet<&'static str>,
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
        let mut en_exact = std::collections::HashMap::new();
        let mut en_lower = std::collections::HashMap::new();
        for l in lines(ABBREV_EN) {
            let (w, class) = match l.split_once('\t') {
                Some((w, "title")) => (w, Abbrev::Title),
                Some((w, _)) => (w, Abbrev::Plain),
                None => (l, Abbrev::Plain),
            };
            en_exact.insert(w, class);
            en_lower.entry(w.to_lowercase()).or_insert(class);
        }
        Lexicon {
            en_exact,
            en_lower,
            ar: lines(ABBREV_AR).collect(),
            starters: lines(STARTERS_EN).collect(),
            label_blockers: lines(LABEL_BLOCKERS_AR).collect(),
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
        if let Some(&c) = self.en_exact.get(word) {
            return Some(c);
        }
        if word.len() > 12 {
            return None;
        }
        match self.en_lower.get(&word.to_lowercase()) {
            Some(Abbrev::Plain) => Some(Abbrev::Plain),
            Some(Abbrev::Title) if word.chars().skip(1).all(|c| c.is_lowercase()) => {
                Some(Abbrev::Plain)
            }
            _ => None,
        }
    }

    pub fn arabic(&self, word: &str) -> bool {
        self.ar.contains(word)
    }

    pub fn starter(&self, word: &str) -> bool {
        self.starters.contains(word)
    }

    pub fn label_blocker(&self, word: &str) -> bool {
        self.label_blockers.contains(word)
    }

    /// Opens a sentence even without a period before it.
    pub fn opener(&self, word: &str) -> bool {
        self.openers.contains(word)
    }

    /// A function word that does not end a sentence.
    pub fn closed_class(&self, word: &str) -> bool {
        self.closed_class.contains(word)
    }

    pub fn clitic_keep(&self, word: &str) -> bool {
        self.clitic_keep.contains(word)
    }
}
