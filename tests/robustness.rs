//! Robustness of the whole pipeline on texts built from the genre's pieces: date fragments in
//! every form, quote marks of every kind (paired or not), speech verbs, outlets in parentheses,
//! brackets, line breaks of every kind, bidi controls, harakat, tatweel, emoji, NUL, very long
//! numbers and random unicode.
//!
//! For every layer: no panic, offsets on char boundaries inside the text, spans in order and
//! not overlapping where the layer promises it (runs and sentences tile the text, tokens and
//! dates never overlap), dual dates link both ways, `iso` parses at its precision, a Hijri
//! month's first Gregorian day is not after its last, and a quote's speaker/cue/source lie
//! inside the text.

use proptest::prelude::*;
use warraq::dates::{DateOrder, Precision};
use warraq::{analyze, Analysis, Document, Options};

/// Pieces of the genre, with the characters that break naive code.
const PIECES: &[&str] = &[
    // numeric dates, every separator, Arabic-Indic and Persian digits, years alone
    "15/01/2022",
    "1/1/",
    "8/1/2022",
    "2022-01-15",
    "15.01.2022",
    "15-1-2022",
    "١٥/٠١/٢٠٢٢",
    "٢٠٢٢",
    "۱۴۰۱",
    "1443",
    "12",
    "31",
    "0",
    "00",
    "2022",
    "99999999999999999999999",
    "1/",
    "/",
    "-",
    ".",
    "٫",
    "٬",
    "1st",
    "2nd",
    "3rd",
    "21st",
    // month names: English, Arabic, Levantine, Maghrebi, Hijri (Arabic and transliterated)
    "January",
    "Jan.",
    "Sept",
    "March",
    "May",
    "December",
    "يناير",
    "فبراير",
    "أيار",
    "كانون الثاني",
    "تشرين الأول",
    "آب",
    "جانفي",
    "ماي",
    "غشت",
    "محرم",
    "صفر",
    "ربيع الأول",
    "جمادى الآخرة",
    "رمضان",
    "ذو الحجة",
    "Muharram",
    "Rabi' al-Awwal",
    "Jumada II",
    "Jumada al-Akhirah",
    "Ramadan",
    "Shawwal",
    "Dhu al-Hijjah",
    "Rajab",
    // eras
    "هـ",
    "ه",
    "م",
    "AH",
    "A.H.",
    "CE",
    "BC",
    "BCE",
    "BH",
    "AD",
    "للهجرة",
    "ميلادي",
    // ranges and links
    "–",
    "—",
    " to ",
    " - ",
    "إلى",
    "حتى",
    "الموافق",
    "corresponding to",
    " and ",
    "between",
    // relative words, weekdays, parts, occasions
    "the following day",
    "the previous year",
    "next week",
    "last Friday",
    "yesterday",
    "التالي",
    "الماضي",
    "المقبل",
    "أمس",
    "اليوم",
    "Monday",
    "الجمعة",
    "يوم السبت",
    "early",
    "mid-",
    "late",
    "أوائل",
    "منتصف",
    "أواخر",
    "the end of",
    "Eid",
    "Eid al-Adha",
    "عيد الفطر",
    "Ashura",
    "ليلة القدر",
    "Christmas",
    "the year",
    "العام",
    "of",
    "في",
    "عام",
    "سنة",
    // quote marks of every kind
    "“",
    "”",
    "\"",
    "«",
    "»",
    "‘",
    "’",
    "'",
    "„",
    "‹",
    "›",
    "﴿",
    "﴾",
    "「",
    "」",
    // speech verbs and speakers
    "said",
    "said:",
    "told",
    "added",
    "according to",
    "stressed",
    "he said",
    "the minister said",
    "قال",
    "قال:",
    "صرّح",
    "أكد",
    "أضاف",
    "وفق",
    "حسب",
    "وقال الوزير",
    "Lavrov",
    "the spokesman",
    // outlets and citations, brackets, Quran references
    "(RT 8/1/2022)",
    "(Al Jazeera, 3/2/2021)",
    "(TASS)",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "[Al-Hajj: 40]",
    "[البقرة: 255]",
    "[2:255]",
    "(p. 12)",
    // sentence pieces and abbreviations
    ". ",
    "? ",
    "! ",
    "؟ ",
    "، ",
    "؛ ",
    "۔",
    "... ",
    "…",
    "Dr.",
    "U.S.",
    "Mr.",
    "د.",
    "1- ",
    "a- ",
    "3.5",
    "No.",
    "e.g.",
    // whitespace and line breaks of every kind
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\r\n\r\n",
    "\r",
    "\t",
    "\u{2028}",
    "\u{2029}",
    "\u{85}",
    "\u{a0}",
    // bidi controls, tatweel, harakat, combining marks, zero-width, NUL, emoji
    "\u{200e}",
    "\u{200f}",
    "\u{202a}",
    "\u{202b}",
    "\u{202c}",
    "\u{202d}",
    "\u{202e}",
    "\u{2066}",
    "\u{2067}",
    "\u{2068}",
    "\u{2069}",
    "\u{61c}",
    "ـ",
    "ـــ",
    "\u{64e}",
    "\u{651}",
    "\u{650}\u{652}",
    "\u{670}",
    "e\u{301}",
    "\u{301}",
    "\u{200d}",
    "\u{200c}",
    "\u{feff}",
    "\0",
    "😀",
    "👍🏽",
    "🇸🇦",
    "中文",
    // words
    "the",
    "minister",
    "Moscow",
    "Kazakhstan’s",
    "الوزير",
    "في",
    "بيان",
    "الرئيس",
    "و",
];

/// A text of genre pieces, random characters and random unicode, glued with or without spaces.
fn genre_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        6 => proptest::sample::select(PIECES).prop_map(str::to_string),
        1 => "[0-9٠-٩]{1,30}",
        1 => any::<char>().prop_map(|c| c.to_string()),
        1 => "[a-zA-Zء-ي \u{64b}-\u{652}.,:;!?\"'()]{0,6}",
    ];
    let glue = proptest::sample::select(&["", " ", " ", "\n", ", "][..]);
    proptest::collection::vec((piece, glue), 0..80).prop_map(|parts| {
        let mut s = String::new();
        for (p, g) in parts {
            s.push_str(&p);
            s.push_str(g);
        }
        s
    })
}

/// Date and quote pieces packed tight (no glue or one space), where rules meet each other.
fn packed_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        8 => proptest::sample::select(PIECES).prop_map(str::to_string),
        1 => "[0-9٠-٩]{1,5}",
    ];
    let glue = proptest::sample::select(&["", " ", "", "-", "/"][..]);
    proptest::collection::vec((piece, glue), 0..16).prop_map(|parts| {
        parts.into_iter().fold(String::new(), |mut s, (p, g)| {
            s.push_str(&p);
            s.push_str(g);
            s
        })
    })
}

fn options() -> impl Strategy<Value = Options> {
    (
        proptest::sample::select(&[DateOrder::Auto, DateOrder::Dmy, DateOrder::Mdy][..]),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(date_order, reference, split_clitics, arabic_clauses)| Options {
                date_order,
                reference_date: reference.then_some(warraq::dates::SimpleDate {
                    year: 2022,
                    month: 1,
                    day: 15,
                }),
                split_clitics,
                arabic_clauses,
            },
        )
}

fn span_ok(text: &str, start: usize, end: usize) -> bool {
    start <= end && end <= text.len() && text.is_char_boundary(start) && text.is_char_boundary(end)
}

fn is_blank(s: &str) -> bool {
    s.chars().all(|c| {
        c.is_whitespace()
            || c == '\0'
            || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{61c}' | '\u{feff}')
    })
}

/// `iso` at `precision`: `[-]YYYY`, `[-]YYYY-MM`, `[-]YYYY-MM-DD` (a real day), `[-]YYYY-Www`.
fn iso_parses(iso: &str, precision: Precision) -> bool {
    let body = iso.strip_prefix('-').unwrap_or(iso);
    let parts: Vec<&str> = body.split('-').collect();
    let num = |s: &str| s.len() >= 2 && s.bytes().all(|b| b.is_ascii_digit());
    let Some(year) = parts.first() else {
        return false;
    };
    if !(num(year) && year.len() >= 4) {
        return false;
    }
    match (precision, parts.len()) {
        (Precision::Year, 1) => true,
        (Precision::Month, 2) => {
            num(parts[1])
                && parts[1].len() == 2
                && (1..=12).contains(&parts[1].parse::<u8>().unwrap_or(0))
        }
        (Precision::Day, 3) => {
            let (Ok(y), Ok(m), Ok(d)) = (
                iso[..iso.len() - 6].parse::<i64>(),
                parts[1].parse::<u32>(),
                parts[2].parse::<u32>(),
            ) else {
                return false;
            };
            let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
            let days = [
                31,
                if leap { 29 } else { 28 },
                31,
                30,
                31,
                30,
                31,
                31,
                30,
                31,
                30,
                31,
            ];
            (1..=12).contains(&m) && d >= 1 && d <= days[(m - 1) as usize]
        }
        (Precision::Week, 2) => parts[1]
            .strip_prefix('W')
            .and_then(|w| w.parse::<u8>().ok())
            .is_some_and(|w| (1..=53).contains(&w)),
        _ => false,
    }
}

fn check(text: &str, doc: &Document) {
    // runs tile the text
    let mut at = 0;
    for r in &doc.runs {
        assert_eq!(r.start, at, "runs leave a gap: {:?}", doc.runs);
        assert!(
            span_ok(text, r.start, r.end) && r.start < r.end,
            "bad run {r:?}"
        );
        at = r.end;
    }
    assert_eq!(at, text.len(), "runs stop short");

    // tokens: on char boundaries, in order, not overlapping
    let mut prev_end = 0;
    for t in &doc.tokens {
        assert!(span_ok(text, t.start(), t.end()), "bad token {t:?}");
        assert!(t.start() >= prev_end, "tokens overlap at {t:?}");
        prev_end = t.end();
        if let Some((s, e)) = t.stem() {
            assert!(t.start() <= s && s <= e && e <= t.end() && span_ok(text, s, e));
        }
    }

    // sentences: on char boundaries, in order, not overlapping, nothing but space between them
    let mut prev_end = 0;
    for s in &doc.sentences {
        assert!(
            span_ok(text, s.start, s.end) && s.start < s.end,
            "bad sentence {s:?}"
        );
        assert!(s.start >= prev_end, "sentences overlap at {s:?}");
        let gap = &text[prev_end..s.start];
        assert!(is_blank(gap), "text outside any sentence: {gap:?}");
        prev_end = s.end;
    }
    let tail = &text[prev_end..];
    assert!(is_blank(tail), "text after the last sentence: {tail:?}");

    // dates: on char boundaries, in order, never overlapping, links both ways, values sane
    let mut prev_end = 0;
    for (i, d) in doc.dates.iter().enumerate() {
        assert!(
            span_ok(text, d.start, d.end) && d.start < d.end,
            "bad date {d:?}"
        );
        assert!(
            d.start >= prev_end,
            "dates overlap at {:?}",
            &text[d.start..d.end]
        );
        prev_end = d.end;
        if let Some(l) = d.linked {
            let other = doc.dates.get(l).expect("linked index inside the dates");
            assert_ne!(l, i, "a date linked to itself");
            assert_eq!(other.linked, Some(i), "link does not point back");
        }
        if let Some(iso) = &d.iso {
            assert!(
                iso_parses(iso, d.precision),
                "iso {iso:?} at {:?}: {d:?}",
                d.precision
            );
        }
        if let (Some(a), Some(b)) = (&d.gregorian_start, &d.gregorian_end) {
            assert!(
                iso_parses(a, Precision::Day) && iso_parses(b, Precision::Day),
                "{d:?}"
            );
            let key = |s: &str| -> (i64, String) {
                let neg = s.starts_with('-');
                let y: i64 = s
                    .trim_start_matches('-')
                    .split('-')
                    .next()
                    .unwrap_or("0")
                    .parse()
                    .unwrap_or(0);
                (
                    if neg { -y } else { y },
                    s.trim_start_matches('-')[s.trim_start_matches('-').find('-').unwrap_or(0)..]
                        .to_string(),
                )
            };
            assert!(
                key(a) <= key(b),
                "gregorian_start after gregorian_end: {d:?}"
            );
        }
        if let Some(m) = d.month {
            assert!((1..=12).contains(&m), "{d:?}");
        }
        if let Some(day) = d.day {
            assert!((1..=31).contains(&day), "{d:?}");
        }
    }

    // quotes: content, speaker, cue and source inside the text on char boundaries
    for q in &doc.quotes {
        assert!(span_ok(text, q.start, q.end), "bad quote {q:?}");
        for (s, e) in [q.speaker, q.cue, q.source].into_iter().flatten() {
            assert!(span_ok(text, s, e), "bad quote part {q:?}");
        }
    }
}

fn run(text: &str, options: &Options) {
    let doc = analyze(text, options);
    check(text, &doc);
    // the lazy analysis computes the same layers, in any order
    let lazy = Analysis::new(text.to_string(), options.clone());
    assert_eq!(lazy.quotes(), &doc.quotes[..]);
    assert_eq!(lazy.sentences(), &doc.sentences[..]);
    assert_eq!(lazy.tokens(), &doc.tokens[..]);
}

/// `PROPTEST_CASES` for a longer hunt, else `default` (keeps `cargo test` quick).
fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(1500), ..ProptestConfig::default() })]

    #[test]
    fn every_layer_holds_its_promises_on_genre_text(text in genre_text(), options in options()) {
        run(&text, &options);
    }

    #[test]
    fn every_layer_holds_its_promises_on_packed_pieces(text in packed_text(), options in options()) {
        run(&text, &options);
    }

    #[test]
    fn every_layer_holds_its_promises_on_random_unicode(text in "\\PC{0,200}", options in options()) {
        run(&text, &options);
    }

    #[test]
    fn every_layer_holds_its_promises_on_any_chars(chars in proptest::collection::vec(any::<char>(), 0..120)) {
        let text: String = chars.into_iter().collect();
        run(&text, &Options::default());
    }
}

// Inputs the properties above found, kept as named regressions.

/// `the following` at the very end of a date window once indexed past the window's tokens.
#[test]
fn the_following_at_the_end_of_a_window_does_not_panic() {
    for text in [
        "كانون الثاني the minister said the following dayA",
        "January the following",
        "the following",
    ] {
        run(text, &Options::default());
    }
}

/// A megabyte-scale chain of `he said "` once made every quote rescan the text back to its cue
/// for an outlet (`told CNN`, `in an interview with`): quadratic. Now the window is bounded.
#[test]
fn a_long_chain_of_cued_straight_quotes_is_analyzed_once() {
    let text = "he said \"".repeat(6000);
    run(&text, &Options::default());
    let text = "قال: «".repeat(3000);
    run(&text, &Options::default());
}

/// A Hijri date between two Gregorian ones was linked from both sides, and linked back to the
/// second only: a dual date is one pair, the first.
#[test]
fn a_date_between_two_of_the_other_calendar_is_the_dual_of_the_first_only() {
    for text in [
        "15/01/2022 1محرم15/01/2022",
        "12 Jumada II 1443 AH – 15/01/2022 CE – 12 Jumada II 1443 AH",
        "١٥/٠١/٢٠٢٢ الموافق ١٢ جمادى الآخرة ١٤٤٣هـ الموافق ١٥/٠١/٢٠٢٢",
    ] {
        let doc = analyze(text, &Options::default());
        check(text, &doc);
        assert!(
            doc.dates.iter().any(|d| d.linked.is_some()),
            "{text}: {:?}",
            doc.dates
        );
    }
}
