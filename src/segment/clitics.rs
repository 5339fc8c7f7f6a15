//! Light Arabic proclitic splitting: the conjunctions و ف, the prepositions ب ك ل, the article
//! ال (and لل for ل + ال), and future س before an imperfect prefix. This is *light*: it looks at
//! letters only, never at morphology, and strips a prefix only when at least three letters remain
//! (two after the article). Frequent words whose first letter belongs to the root (وزير, بين,
//! كان…) are listed in `data/segment/clitic_exceptions_ar.txt` and left whole.

use super::chars::{is_arabic_mark, TATWEEL};
use super::lexicon::lexicon;

const WAW: char = '\u{0648}';
const FA: char = '\u{0641}';
const BA: char = '\u{0628}';
const KAF: char = '\u{0643}';
const LAM: char = '\u{0644}';
const ALEF: char = '\u{0627}';
const SIN: char = '\u{0633}';

/// The stem's byte span inside `word` (relative offsets), when a proclitic was split off.
pub(crate) fn stem(word: &str) -> Option<(usize, usize)> {
    // letters with their byte offsets, marks skipped
    let letters: Vec<(usize, char)> = word
        .char_indices()
        .filter(|&(_, c)| !is_arabic_mark(c) && c != TATWEEL)
        .collect();
    if letters.len() < 4 {
        return None;
    }
    let bare: String = letters.iter().map(|&(_, c)| c).collect();
    let lex = lexicon();
    if lex.clitic_keep(&bare) {
        return None;
    }
    let at = |k: usize| letters.get(k).map(|&(_, c)| c);
    let mut k = 0;
    // conjunction
    if matches!(at(0), Some(WAW | FA)) {
        k = 1;
    }
    // preposition or future marker
    let mut prep = false;
    match at(k) {
        Some(BA | KAF) if at(k + 1) == Some(ALEF) && at(k + 2) == Some(LAM) => {
            k += 1;
            prep = true;
        }
        Some(LAM) if at(k + 1) == Some(LAM) && letters.len() - k >= 4 => {
            // لل = ل + ال: the stem starts after the second lam
            let start = letters[k + 2].0;
            return Some((start, word.len()));
        }
        Some(SIN)
            if matches!(
                at(k + 1),
                Some('\u{064A}' | '\u{062A}' | '\u{0646}' | '\u{0623}')
            ) && k == 1 =>
        {
            k += 1;
        }
        _ => {}
    }
    // article
    if at(k) == Some(ALEF) && at(k + 1) == Some(LAM) && letters.len() - (k + 2) >= 2 {
        k += 2;
    } else if prep {
        k -= 1;
    }
    if k == 0 {
        return None;
    }
    // a bare conjunction (or conjunction + future) needs three letters left and a word that is not
    // itself listed whole
    let rest: String = letters[k..].iter().map(|&(_, c)| c).collect();
    if letters.len() - k < 2 || (k == 1 && (rest.chars().count() < 3 || lex.clitic_keep(&rest))) {
        return None;
    }
    Some((letters[k].0, word.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(w: &str) -> Option<&str> {
        stem(w).map(|(s, e)| &w[s..e])
    }

    #[test]
    fn conjunction_and_article_are_split() {
        assert_eq!(show("والحكومة"), Some("حكومة"));
        assert_eq!(show("بالعربية"), Some("عربية"));
        assert_eq!(show("للسلام"), Some("سلام"));
        assert_eq!(show("وقال"), Some("قال"));
    }

    #[test]
    fn root_letters_are_not_clitics() {
        assert_eq!(show("وزير"), None);
        assert_eq!(show("بين"), None);
        assert_eq!(show("كان"), None);
        assert_eq!(show("ولد"), None);
    }

    #[test]
    fn vocalized_words_keep_their_marks_in_the_stem() {
        assert_eq!(show("وَالْكِتَابُ"), Some("كِتَابُ"));
    }
}
