//! The text layer as a spec: runs, offsets and normalization on any text.

use proptest::prelude::*;
use warraq::text::{normalize_with_map, runs, NormalizeOptions, OffsetMap, Script};

fn mixed() -> impl Strategy<Value = String> {
    let alphabet: Vec<char> = "ab Z.,:!?-'\"()[]\n0123456789قالوزيرأإآىةـ\u{064e}\u{0651}\u{0670}٠١٩۴٫،؛؟“”«»﴿﴾…😀\u{200d}\u{200e}\u{202b}\u{202c}\u{2066}پکیٹےé\u{301}中"
        .chars()
        .collect();
    proptest::collection::vec(proptest::sample::select(alphabet), 0..200)
        .prop_map(|v| v.into_iter().collect())
}

/// The run rule (see `text::runs`) read one char at a time with the general Unicode functions:
/// the oracle for the scanner's ASCII and two-byte fast paths.
fn reference_runs(text: &str) -> Vec<(usize, usize, Script)> {
    use unicode_script::UnicodeScript;
    let strong = |c: char| match c.script() {
        Script::Common | Script::Inherited | Script::Unknown => None,
        s => Some(s),
    };
    let clings = |c: char| {
        matches!(c, '\u{0640}' | '\u{200C}' | '\u{200D}') || c.script() == Script::Inherited
    };
    let mut out = Vec::new();
    // (script, start, end of its last letter or clinging mark)
    let mut cur: Option<(Script, usize, usize)> = None;
    for (i, c) in text.char_indices() {
        let next = i + c.len_utf8();
        match (strong(c), cur.as_mut()) {
            (Some(s), Some((cs, _, last))) if *cs == s => *last = next,
            (Some(s), Some(&mut (cs, start, last))) => {
                out.push((start, last, cs));
                if last < i {
                    out.push((last, i, Script::Common));
                }
                cur = Some((s, i, next));
            }
            (Some(s), None) => cur = Some((s, 0, next)),
            (None, Some((_, _, last))) if *last == i && clings(c) => *last = next,
            (None, _) => {}
        }
    }
    match cur {
        Some((s, start, _)) => out.push((start, text.len(), s)),
        None if !text.is_empty() => out.push((0, text.len(), Script::Common)),
        None => {}
    }
    out
}

/// Mostly Arabic, with harakat, tatweel, Arabic punctuation and digits, and now and then a
/// char that ends an Arabic run: long stretches for the scanner's sixteen-byte steps.
fn arabic_heavy() -> impl Strategy<Value = String> {
    let common: Vec<char> = "قالوزيرأإآىةـ  \u{064e}\u{064b}\u{0651}\u{0652}\u{0670}٠١٩،؛؟.,1"
        .chars()
        .collect();
    let rare: Vec<char> = "aZ«»é\u{301}پ😀\u{200d}\n".chars().collect();
    let ch = prop_oneof![
        30 => proptest::sample::select(common),
        1 => proptest::sample::select(rare),
    ];
    proptest::collection::vec(ch, 0..400).prop_map(|v| v.into_iter().collect())
}

proptest! {
    #[test]
    fn runs_of_long_arabic_stretches_agree_with_the_char_by_char_rule(text in arabic_heavy()) {
        let got: Vec<(usize, usize, Script)> =
            runs(&text).iter().map(|r| (r.start, r.end, r.script)).collect();
        prop_assert_eq!(got, reference_runs(&text));
    }

    #[test]
    fn runs_tile_the_text_on_char_boundaries(text in mixed()) {
        let rs = runs(&text);
        let mut pos = 0;
        for r in &rs {
            prop_assert_eq!(r.start, pos);
            prop_assert!(r.end > r.start);
            prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            pos = r.end;
        }
        prop_assert_eq!(pos, text.len());
        for w in rs.windows(2) {
            prop_assert_ne!(w[0].script, w[1].script);
        }
    }

    #[test]
    fn runs_agree_with_a_char_by_char_reading_of_the_rule(text in mixed()) {
        let got: Vec<(usize, usize, Script)> =
            runs(&text).iter().map(|r| (r.start, r.end, r.script)).collect();
        prop_assert_eq!(got, reference_runs(&text));
    }

    #[test]
    fn offset_map_agrees_with_char_indices(text in mixed()) {
        let m = OffsetMap::new(&text);
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            prop_assert_eq!(m.to_char(bi), ci);
            prop_assert_eq!(m.to_byte(ci), Some(bi));
        }
        prop_assert_eq!(m.to_char(text.len()), text.chars().count());
    }

    #[test]
    fn normalize_map_is_monotonic(text in mixed(), nfkc in any::<bool>(), ya in any::<bool>()) {
        let o = NormalizeOptions { nfkc, ya, ..Default::default() };
        let (out, map) = normalize_with_map(&text, &o);
        prop_assert_eq!(map.len(), out.chars().count() + 1);
        prop_assert_eq!(*map.last().unwrap(), text.chars().count());
        prop_assert!(map.windows(2).all(|w| w[0] <= w[1]));
    }

    #[test]
    fn analyze_never_panics(text in mixed()) {
        let _ = warraq::analyze(&text, &warraq::Options::default());
    }
}

#[test]
fn arabic_inside_english_parenthesis_is_its_own_run() {
    let text = "The word (القاهرة) means Cairo.";
    let rs = runs(text);
    let arabic: Vec<&str> = rs
        .iter()
        .filter(|r| r.script == Script::Arabic)
        .map(|r| &text[r.start..r.end])
        .collect();
    assert_eq!(arabic, ["القاهرة"]);
}

#[test]
fn digits_between_arabic_words_stay_in_the_arabic_run() {
    let text = "في عام ٢٠٢٢ قال";
    let rs = runs(text);
    assert_eq!(rs.len(), 1);
    assert_eq!(rs[0].script, Script::Arabic);
}

#[test]
fn bidi_controls_inside_arabic_stay_in_the_run() {
    let text = "د\u{202A}.\u{202C} أحمد";
    assert_eq!(runs(text).len(), 1);
}

#[test]
fn pathological_input_is_linear() {
    let text = "ـ".repeat(1_000_000);
    assert_eq!(runs(&text).len(), 1);
}
