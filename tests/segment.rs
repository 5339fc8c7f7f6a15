//! The segmentation layer as a spec: named hard cases for sentences and tokens, in the genre
//! warraq reads (translated political commentary, news, statements; English, Arabic, mixed), and
//! property tests (spans in bounds, on char boundaries, ordered, non-overlapping; no panics;
//! linear time on pathological input).

use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation;
use warraq::segment::{self, TokenKind};
use warraq::{text, Options};

fn sents_with(t: &str, o: &Options) -> Vec<String> {
    let runs = text::runs(t);
    segment::sentences(t, &runs, o)
        .iter()
        .map(|s| t[s.start..s.end].to_owned())
        .collect()
}

fn sents(t: &str) -> Vec<String> {
    sents_with(t, &Options::default())
}

fn toks(t: &str) -> Vec<(String, &'static str)> {
    let runs = text::runs(t);
    segment::tokenize(t, &runs, &Options::default())
        .iter()
        .map(|k| (t[k.start()..k.end()].to_owned(), k.kind.as_str()))
        .collect()
}

fn words(t: &str) -> Vec<String> {
    toks(t).into_iter().map(|(w, _)| w).collect()
}

// ------------------------------------------------------------------ sentences: abbreviations

#[test]
fn dr_arabic_abbreviation_does_not_end_sentence() {
    let t = "استقبل الوزير د. خالد العمري في مكتبه. وناقش الطرفان الأزمة.";
    assert_eq!(
        sents(t),
        [
            "استقبل الوزير د. خالد العمري في مكتبه.",
            "وناقش الطرفان الأزمة."
        ]
    );
}

#[test]
fn dr_arabic_abbreviation_with_bidi_controls_around_the_dot() {
    let t = "وصرح د\u{202A}.\u{202C} سامر الحلبي بأن المفاوضات متوقفة. ولم يعلق الطرف الآخر.";
    assert_eq!(sents(t).len(), 2);
    assert!(sents(t)[0].ends_with("متوقفة."));
}

#[test]
fn us_abbreviation_mid_sentence_does_not_end_it() {
    let t = "The U.S. envoy arrived in Almaty on Monday. Talks began at once.";
    assert_eq!(
        sents(t),
        [
            "The U.S. envoy arrived in Almaty on Monday.",
            "Talks began at once."
        ]
    );
}

#[test]
fn us_abbreviation_before_a_sentence_opener_ends_it() {
    assert_eq!(
        sents("The envoy flew back to the U.S. What happens next is unclear."),
        [
            "The envoy flew back to the U.S.",
            "What happens next is unclear."
        ]
    );
}

#[test]
fn titles_before_names_never_end_a_sentence() {
    let t = "Gen. Lt. Col. Aidar Bekov met Mr. Novak and Dr. Hale at St. George's Hall.";
    assert_eq!(sents(t).len(), 1);
}

#[test]
fn initials_stay_inside_a_name() {
    assert_eq!(
        sents("The report by J. R. Mason was leaked. Nobody denied it.").len(),
        2
    );
}

#[test]
fn era_marker_after_a_year_may_end_a_sentence() {
    let t = "صدر البيان في ١٢ جمادى الآخرة ١٤٤٣هـ. ونشرته الصحف في اليوم التالي.";
    assert_eq!(sents(t).len(), 2);
}

#[test]
fn decimals_dates_and_money_do_not_end_sentences() {
    let t = "Output rose by 2.7 percent on 8/1/2022 to $1,250.50 per ton. Exports fell.";
    assert_eq!(sents(t).len(), 2);
}

// ------------------------------------------------------------------ quotes and citations

#[test]
fn citation_stays_with_quote() {
    let t = "The ministry said: [“The situation is under control. Order has been restored.” \
             (Tass 9/1/2022)]. Observers were not convinced.";
    assert_eq!(
        sents(t),
        [
            "The ministry said: [“The situation is under control.",
            "Order has been restored.” (Tass 9/1/2022)].",
            "Observers were not convinced."
        ]
    );
}

#[test]
fn citation_without_space_after_the_closing_quote_stays_too() {
    let t = "He called it “a lawful operation.”(Interfax 7/1/2022)] The next day troops arrived.";
    let s = sents(t);
    assert_eq!(s.len(), 2);
    assert!(s[0].ends_with("(Interfax 7/1/2022)]"));
}

#[test]
fn citation_after_an_ellipsis_stays_with_its_sentence() {
    let t = "The first unit landed on 6/1/2022… (Anadolu 6/1/2022). More followed.";
    assert_eq!(
        sents(t),
        [
            "The first unit landed on 6/1/2022… (Anadolu 6/1/2022).",
            "More followed."
        ]
    );
}

#[test]
fn quoted_attribution_in_lower_case_continues_the_sentence() {
    assert_eq!(sents("“We will not leave.” the spokesman said.").len(), 1);
}

#[test]
fn unclosed_quote_never_glues_the_rest_of_the_document() {
    let t = "The minister declared, “Our forces will stay as long as needed. \
             Nobody can dictate our policy.\n\nThe opposition rejected the statement. It called for protests.";
    let s = sents(t);
    assert_eq!(s.len(), 4);
    assert_eq!(s[3], "It called for protests.");
}

#[test]
fn arabic_quotation_after_a_speech_colon_is_not_split_off() {
    let t = "وقال المتحدث: «لن نتراجع عن موقفنا». وأضاف أن الحوار مستمر.";
    assert_eq!(
        sents(t),
        [
            "وقال المتحدث: «لن نتراجع عن موقفنا».",
            "وأضاف أن الحوار مستمر."
        ]
    );
}

// ------------------------------------------------------------------ ellipses

#[test]
fn ellipsis_before_lower_case_is_mid_sentence() {
    let t = "The troops must leave Bishkek… and their presence worries the region.";
    assert_eq!(sents(t).len(), 1);
}

#[test]
fn ellipsis_before_a_capital_ends_a_sentence() {
    let t = "Prices doubled and the crowds grew… Moscow blamed foreign hands.";
    assert_eq!(sents(t).len(), 2);
}

#[test]
fn bracketed_elision_is_not_an_end() {
    assert_eq!(
        sents("“The talks […] will resume in spring [...] at the latest.” (Reuters)").len(),
        1
    );
}

// ------------------------------------------------------------------ lines, headings, lists

#[test]
fn paragraph_break_always_ends_a_sentence() {
    let t = "The council met without a statement\n\nthe delegates left early";
    assert_eq!(sents(t).len(), 2);
}

#[test]
fn question_heading_on_its_own_line_is_its_own_sentence() {
    let t = "Question:\nWhy did the talks fail? What comes next?\n\nAnswer:\nTo answer, we review two matters.";
    assert_eq!(
        sents(t),
        [
            "Question:",
            "Why did the talks fail?",
            "What comes next?",
            "Answer:",
            "To answer, we review two matters."
        ]
    );
}

#[test]
fn numbered_and_lettered_list_markers_start_sentences() {
    let t = "We review the following:\n1- The economy is weak\n2- The army is divided\n\
             a- Prices rose\nb) Wages fell\nA- Conclusion follows";
    assert_eq!(
        sents(t),
        [
            "We review the following:",
            "1- The economy is weak",
            "2- The army is divided",
            "a- Prices rose",
            "b) Wages fell",
            "A- Conclusion follows"
        ]
    );
}

#[test]
fn inline_numbered_items_are_split() {
    assert_eq!(
        sents("1. Prices rose 2. Wages fell 3. Protests began"),
        ["1. Prices rose", "2. Wages fell", "3. Protests began"]
    );
}

#[test]
fn a_long_wrapped_line_continues_in_lower_case() {
    let t = "The delegation from the ministry of foreign affairs arrived in\nthe capital late on Sunday.";
    assert_eq!(sents(t).len(), 1);
}

#[test]
fn a_short_wrapped_line_continues_when_both_sides_are_lower_case() {
    // a PDF or e-mail wrap in the middle of a sentence
    assert_eq!(sents("The talks were held\nbehind closed doors.").len(), 1);
    // but a short heading or a name in a list still stands alone
    assert_eq!(
        sents("Summary\nthe talks were held behind closed doors.").len(),
        2
    );
    assert_eq!(sents("Signed by\nJohn Smith\nMary Jones").len(), 3);
}

// ------------------------------------------------------------------ Arabic

#[test]
fn arabic_question_mark_and_full_stop() {
    let t = "لماذا تدخلت موسكو بهذه السرعة؟ الجواب ليس بسيطاً. الأسباب كثيرة!";
    assert_eq!(sents(t).len(), 3);
}

#[test]
fn arabic_comma_does_not_end_a_sentence_by_default() {
    let t = "ارتفعت الأسعار، وخرج الناس إلى الشوارع، وأعلنت الحكومة استقالتها.";
    assert_eq!(sents(t).len(), 1);
}

#[test]
fn arabic_clauses_option_splits_at_the_comma() {
    let t = "ارتفعت الأسعار، وخرج الناس إلى الشوارع، وأعلنت الحكومة استقالتها.";
    let o = Options {
        arabic_clauses: true,
        ..Options::default()
    };
    assert_eq!(sents_with(t, &o).len(), 3);
}

#[test]
fn arabic_clauses_keep_a_one_word_enumeration_item() {
    let t = "وجدوا أدوية للضغط، والسكري، ثم غادروا المكان";
    let o = Options {
        arabic_clauses: true,
        ..Options::default()
    };
    assert_eq!(
        sents_with(t, &o),
        ["وجدوا أدوية للضغط، والسكري،", "ثم غادروا المكان"]
    );
}

#[test]
fn short_arabic_label_with_colon_is_a_heading() {
    let t = "تحليل سياسي: ما الذي يجري في آسيا الوسطى؟ الأحداث تتسارع.";
    assert_eq!(
        sents(t),
        [
            "تحليل سياسي:",
            "ما الذي يجري في آسيا الوسطى؟",
            "الأحداث تتسارع."
        ]
    );
}

#[test]
fn mixed_paragraph_gets_a_language_per_sentence() {
    let t = "The verse was recited at the end. وَاللَّهُ غَالِبٌ عَلَى أَمْرِهِ. Then the meeting closed.";
    let runs = text::runs(t);
    let got: Vec<&str> = segment::sentences(t, &runs, &Options::default())
        .iter()
        .map(|s| s.lang.as_str())
        .collect();
    assert_eq!(got, ["en", "ar", "en"]);
}

// ------------------------------------------------------------------ tokens

#[test]
fn harakat_and_tatweel_stay_inside_the_word() {
    assert_eq!(words("وَلَيَنْصُرَنَّ العربيـــة"), ["وَلَيَنْصُرَنَّ", "العربيـــة"]);
}

#[test]
fn arabic_indic_numbers_with_separators_are_one_token() {
    assert_eq!(
        toks("١٢٫٥ و١٬٠٠٠ ۱۲۳"),
        [
            ("١٢٫٥".into(), "number"),
            ("و".into(), "word"),
            ("١٬٠٠٠".into(), "number"),
            ("۱۲۳".into(), "number")
        ]
    );
}

#[test]
fn era_markers_split_from_their_year() {
    assert_eq!(words("٢٠٢٢م 1443هـ"), ["٢٠٢٢", "م", "1443", "هـ"]);
}

#[test]
fn abbreviations_keep_their_periods() {
    assert_eq!(
        words("U.S. a.m. e.g. د. أ.د. Mr."),
        ["U.S.", "a.m.", "e.g.", "د.", "أ.د.", "Mr."]
    );
}

#[test]
fn urls_emails_hashtags_and_mentions_are_single_tokens() {
    let got =
        toks("See https://example.org/news?id=4. Write to press@example.org #Almaty @un_news");
    let kinds: Vec<(&str, &str)> = got.iter().map(|(w, k)| (w.as_str(), *k)).collect();
    assert!(kinds.contains(&("https://example.org/news?id=4", "url")));
    assert!(kinds.contains(&("press@example.org", "email")));
    assert!(kinds.contains(&("#Almaty", "hashtag")));
    assert!(kinds.contains(&("@un_news", "mention")));
}

#[test]
fn emoji_sequences_are_one_symbol() {
    assert_eq!(
        toks("👨\u{200D}👩\u{200D}👧 👍🏽"),
        [
            ("👨\u{200D}👩\u{200D}👧".into(), "symbol"),
            ("👍🏽".into(), "symbol")
        ]
    );
}

#[test]
fn other_scripts_use_uax29() {
    let t = "Привет мир";
    assert_eq!(words(t), t.unicode_words().collect::<Vec<_>>());
}

#[test]
fn clitics_give_a_stem_only_when_asked() {
    let t = "والحكومة وزير للسلام";
    let runs = text::runs(t);
    let plain = segment::tokenize(t, &runs, &Options::default());
    assert!(plain.iter().all(|k| k.stem().is_none()));
    let o = Options {
        split_clitics: true,
        ..Options::default()
    };
    let stems: Vec<Option<&str>> = segment::tokenize(t, &runs, &o)
        .iter()
        .map(|k| k.stem().map(|(s, e)| &t[s..e]))
        .collect();
    assert_eq!(stems, [Some("حكومة"), None, Some("سلام")]);
}

#[test]
fn clitic_buried_under_a_pile_of_marks_is_left_whole() {
    // a token keeps its stem as an offset of at most 255 bytes: a conjunction carrying 200
    // harakat (no real word does) gives no stem rather than a wrong one
    let t = format!("و{}الكتاب والكتاب", "\u{064E}".repeat(200));
    let runs = text::runs(&t);
    let o = Options {
        split_clitics: true,
        ..Options::default()
    };
    let toks = segment::tokenize(&t, &runs, &o);
    assert_eq!(toks.len(), 2);
    assert_eq!(toks[0].stem(), None);
    assert_eq!(toks[1].stem().map(|(s, e)| &t[s..e]), Some("كتاب"));
}

#[test]
fn a_token_takes_at_most_sixteen_bytes() {
    // about one token per five bytes of text: their size is a visible share of the time
    assert!(std::mem::size_of::<segment::Token>() <= 16);
}

#[test]
fn token_kinds_cover_punct_and_symbols() {
    let got = toks("(10%) + $5");
    assert_eq!(got[0], ("(".into(), "punct"));
    assert!(got.contains(&("+".into(), "symbol")));
    assert!(got.contains(&("$".into(), "symbol")));
    let _ = TokenKind::Word;
}

#[test]
fn words_that_merely_start_like_a_url_end_at_their_period_or_colon() {
    // `h` and `w` may start `http://` or `www.`: other such words before a period or a colon
    // are plain words
    assert_eq!(
        words("The talks went well. He warned: who knows what happens when."),
        [
            "The", "talks", "went", "well", ".", "He", "warned", ":", "who", "knows", "what",
            "happens", "when", "."
        ]
    );
    let got = toks("Visit www.example.org/a or http://example.org today, www. and http: too");
    assert!(got.contains(&("www.example.org/a".into(), "url")));
    assert!(got.contains(&("http://example.org".into(), "url")));
    assert!(got.contains(&("www".into(), "word")));
    assert!(got.contains(&("http".into(), "word")));
}

#[test]
fn only_listed_words_keep_a_period_before_a_space() {
    assert_eq!(
        words("Gen. Tokayev met Mr. Putin in Moscow. Prof. Sami said so etc. Then 2. and 5th."),
        [
            "Gen.", "Tokayev", "met", "Mr.", "Putin", "in", "Moscow", ".", "Prof.", "Sami", "said",
            "so", "etc.", "Then", "2", ".", "and", "5th", "."
        ]
    );
    // an Arabic title keeps its period; an ordinary word before a period does not
    assert_eq!(
        words("وقال د. سامر إن الاتفاق انتهى. ثم غادر"),
        [
            "وقال",
            "د.",
            "سامر",
            "إن",
            "الاتفاق",
            "انتهى",
            ".",
            "ثم",
            "غادر"
        ]
    );
}

// ------------------------------------------------------------------ properties

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("word".to_string()),
        Just("Mr.".to_string()),
        Just("U.S.".to_string()),
        Just("د.".to_string()),
        Just("قال".to_string()),
        Just("اللَّهُ".to_string()),
        Just("ـــ".to_string()),
        Just("٢٠٢٢م".to_string()),
        Just("١٢٫٥".to_string()),
        Just("8/1/2022".to_string()),
        Just(". ".to_string()),
        Just("… ".to_string()),
        Just("؟ ".to_string()),
        Just("، ".to_string()),
        Just("?!".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("«".to_string()),
        Just("»".to_string()),
        Just("(RT 8/1/2022)]".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just(" ".to_string()),
        Just("1- ".to_string()),
        Just("a. ".to_string()),
        Just("2) ".to_string()),
        Just("\u{202A}".to_string()),
        Just("\u{202C}".to_string()),
        Just("\u{200F}".to_string()),
        Just("\u{200D}".to_string()),
        Just("👍🏽".to_string()),
        Just("http://x.org/a.b".to_string()),
        Just("a@b.co".to_string()),
        Just("http://a.org/x,y:8080/ ".to_string()),
        Just(" Vince, We ".to_string()),
        Just(" Thanks ".to_string()),
        Just(" :) ".to_string()),
        Just(" ---- ".to_string()),
        Just("سؤال وجواب: ".to_string()),
        Just("#وسم".to_string()),
        Just(":".to_string()),
        Just("Question:".to_string()),
        "[a-zA-Z0-9 .!?,:;'\"()\\[\\]-]{0,6}",
        "[\u{0600}-\u{06FF}\u{0660}-\u{0669} ]{0,6}",
        any::<char>().prop_map(|c| c.to_string()),
    ]
}

fn doc() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..40).prop_map(|v| v.concat())
}

fn check_spans(t: &str, spans: &[(usize, usize)], trimmed: bool) -> Result<(), TestCaseError> {
    let mut prev_end = 0;
    for &(s, e) in spans {
        prop_assert!(s < e && e <= t.len(), "span {s}..{e} out of bounds");
        prop_assert!(t.is_char_boundary(s) && t.is_char_boundary(e));
        prop_assert!(s >= prev_end, "overlap or disorder at {s}");
        if trimmed {
            let x = &t[s..e];
            prop_assert!(x.trim() == x && !x.is_empty());
        }
        prev_end = e;
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn spans_are_in_bounds_ordered_and_on_char_boundaries(t in doc(), clauses in any::<bool>()) {
        let o = Options { arabic_clauses: clauses, split_clitics: true, ..Options::default() };
        let runs = text::runs(&t);
        let (tokens, sentences) = segment::segment(&t, &runs, &o);
        let ts: Vec<_> = tokens.iter().map(|k| (k.start(), k.end())).collect();
        let ss: Vec<_> = sentences.iter().map(|s| (s.start, s.end)).collect();
        check_spans(&t, &ts, false)?;
        check_spans(&t, &ss, true)?;
        for k in &tokens {
            if let Some((s, e)) = k.stem() {
                prop_assert!(k.start() <= s && s < e && e <= k.end());
                prop_assert!(t.is_char_boundary(s) && t.is_char_boundary(e));
            }
        }
    }

    #[test]
    fn sentences_cover_every_non_space_character(t in doc()) {
        let runs = text::runs(&t);
        let sentences = segment::sentences(&t, &runs, &Options::default());
        let mut covered = vec![false; t.len()];
        for s in &sentences {
            covered[s.start..s.end].iter_mut().for_each(|c| *c = true);
        }
        for (i, c) in t.char_indices() {
            if !c.is_whitespace() && !matches!(c, '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{061C}' | '\u{FEFF}') {
                prop_assert!(covered[i], "char {c:?} at {i} in no sentence");
            }
        }
    }

    #[test]
    fn tokens_never_cross_a_uax29_boundary_inside_plain_words(w in "[a-zA-Z]{1,12}( [a-zA-Z]{1,12}){0,6}") {
        // on plain Latin words the scanner agrees with UAX #29
        let got: Vec<String> = words(&w);
        let want: Vec<&str> = w.unicode_words().collect();
        prop_assert_eq!(got, want);
    }

    #[test]
    fn vocalized_arabic_words_agree_with_uax29(w in "[\u{0621}-\u{063A}\u{0641}-\u{064A}][\u{0621}-\u{063A}\u{0641}-\u{064A}\u{064B}-\u{0652}\u{0640}]{0,10}( [\u{0621}-\u{063A}\u{0641}-\u{064A}][\u{0621}-\u{063A}\u{0641}-\u{064A}\u{064B}-\u{0652}\u{0640}]{0,10}){0,5}") {
        let got: Vec<String> = words(&w);
        let want: Vec<&str> = w.unicode_words().collect();
        prop_assert_eq!(got, want);
    }

    #[test]
    fn tokens_cover_every_letter_and_digit(t in doc()) {
        let runs = text::runs(&t);
        let tokens = segment::tokenize(&t, &runs, &Options::default());
        let mut covered = vec![false; t.len()];
        for k in &tokens {
            covered[k.start()..k.end()].iter_mut().for_each(|c| *c = true);
        }
        for (i, c) in t.char_indices() {
            if c.is_alphanumeric() {
                prop_assert!(covered[i], "char {c:?} at {i} in no token");
            }
        }
    }
}

// ------------------------------------------------------------------ pathological input

fn big(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes / unit.len())
}

#[test]
fn pathological_inputs_finish_and_stay_well_formed() {
    // Quadratic behaviour on 1 MB would take minutes; these finish in well under a second each
    // in a release build (no timing asserted: the test suite has no timed tests).
    for unit in [
        ".", "«", "“", "(", "\n", " .", "a.", "1. ", "د.", "…", ":", ",", "-", "،", "http:", "A ",
    ] {
        let t = big(unit, 1 << 20);
        for clauses in [false, true] {
            let o = Options {
                arabic_clauses: clauses,
                split_clitics: true,
                ..Options::default()
            };
            let runs = text::runs(&t);
            let (tokens, sentences) = segment::segment(&t, &runs, &o);
            assert!(sentences.iter().all(|s| s.end <= t.len()));
            assert!(tokens.iter().all(|k| k.end() <= t.len()));
        }
    }
}

#[test]
fn arabic_ordinal_before_a_colon_opens_its_point() {
    let t = "أولاً: الاقتصاد متدهور. ثانياً: السياسة غير مستقرة.";
    assert_eq!(
        sents(t),
        ["أولاً: الاقتصاد متدهور.", "ثانياً: السياسة غير مستقرة."]
    );
}

#[test]
fn time_after_am_pm_with_a_full_clause_ends_the_sentence() {
    assert_eq!(
        sents("The session closed at 6 p.m. The delegates flew home."),
        ["The session closed at 6 p.m.", "The delegates flew home."]
    );
    assert_eq!(sents("At 6 a.m. Gen. Ivanov crossed the border.").len(), 1);
}

#[test]
fn informal_text_may_start_sentences_in_lower_case() {
    let t = "we landed late. the hotel was closed. no taxis either.";
    assert_eq!(sents(t).len(), 3);
    // but not in formal text, where a lower-case word after a period is a continuation
    let f = "The envoy said the talks failed. They will resume in spring. Officials refused \
             comment. Troops stayed in the capital. Prices rose again. The opposition called for \
             calm. The CSTO forces must leave soon. to uphold the pledge is vital.";
    assert_eq!(sents(f).len(), 7);
}

#[test]
fn greetings_and_signoffs_end_without_a_period() {
    let t = "Hello Maryam, I attach the draft statement. Thanks, Omar";
    assert_eq!(
        sents(t),
        [
            "Hello Maryam,",
            "I attach the draft statement.",
            "Thanks,",
            "Omar"
        ]
    );
}

#[test]
fn hard_wrapped_prose_continues_before_a_name() {
    let t = "On Thursday the foreign minister of the republic met with\nPresident Tokayev in the capital.";
    assert_eq!(sents(t).len(), 1);
}

#[test]
fn title_case_heading_line_stands_alone() {
    let t = "The Events in Kazakhstan and the Russian Intervention Explained\nProtests began in the west.";
    assert_eq!(sents(t).len(), 2);
}

#[test]
fn arabic_heading_line_stands_alone() {
    let t = "التطورات الأخيرة في كازاخستان والتدخل الروسي باسم منظمة الأمن الجماعي\nبدأت الاحتجاجات في غرب البلاد.";
    assert_eq!(sents(t).len(), 2);
}

#[test]
fn arabic_etc_closes_its_sentence() {
    let t = "طالبوا بالخبز والعمل والحرية إلخ. ثم تفرقت الحشود.";
    assert_eq!(sents(t).len(), 2);
}

#[test]
fn agency_abbreviation_inside_brackets_is_one_piece() {
    let t = "أعلنت الوزارة الخبر (أ.ف.ب). ولم تعلق السفارة.";
    assert_eq!(
        sents(t),
        ["أعلنت الوزارة الخبر (أ.ف.ب).", "ولم تعلق السفارة."]
    );
}

#[test]
fn missing_space_between_arabic_sentences() {
    let t = "انتهى الاجتماع في العاصمة.وقال المتحدث إن الحوار مستمر.";
    assert_eq!(
        sents(t),
        ["انتهى الاجتماع في العاصمة.", "وقال المتحدث إن الحوار مستمر."]
    );
}

#[test]
fn pronouns_capitalized_for_god_do_not_start_sentences() {
    let t = "They follow what He has revealed and obey His commands, and we worship You alone.";
    assert_eq!(sents(t).len(), 1);
}

#[test]
fn street_abbreviation_after_a_name_can_end_a_sentence() {
    assert_eq!(
        sents("The envoy went to Downing St. The talks lasted an hour."),
        ["The envoy went to Downing St.", "The talks lasted an hour."]
    );
    assert_eq!(sents("They prayed at St. Mary's. Then they left.").len(), 2);
}

#[test]
fn arabic_colon_after_a_reporting_phrase_is_not_a_label() {
    let t = "وجاء في البيان: إن الحكومة ملتزمة بالحوار.";
    assert_eq!(sents(t).len(), 1);
    let t = "المصدر: وكالة الأنباء الرسمية";
    assert_eq!(sents(t), ["المصدر:", "وكالة الأنباء الرسمية"]);
}

#[test]
fn arabic_attribution_after_a_quoted_question_continues_the_sentence() {
    let t =
        "«هل ستنسحب القوات؟» سأل الصحفي. «لا» قال الوزير. «ومتى؟». وقال المتحدث إن الموعد لم يحدد.";
    assert_eq!(
        sents(t),
        [
            "«هل ستنسحب القوات؟» سأل الصحفي.",
            "«لا» قال الوزير.",
            "«ومتى؟».",
            "وقال المتحدث إن الموعد لم يحدد."
        ]
    );
}

#[test]
fn ornate_parentheses_are_not_part_of_a_verse_word() {
    let t = "﴿الحمد لله﴾ قال";
    let toks: Vec<&str> = warraq::segment::tokenize(t, &warraq::text::runs(t), &Default::default())
        .iter()
        .map(|k| &t[k.start()..k.end()])
        .collect();
    assert_eq!(toks, ["﴿", "الحمد", "لله", "﴾", "قال"]);
}

#[test]
fn a_label_at_the_very_start_of_the_text_stands_apart() {
    // the first bytes of the text go through the same scan as the rest
    let t = "Answer:\n\nThe delegation left Vienna on Monday.";
    assert_eq!(
        sents(t),
        ["Answer:", "The delegation left Vienna on Monday."]
    );
}

#[test]
fn a_plain_word_before_a_period_ends_the_sentence_in_either_script() {
    let t = "The talks ended in Doha. Both sides will meet again in spring.";
    assert_eq!(
        sents(t),
        [
            "The talks ended in Doha.",
            "Both sides will meet again in spring."
        ]
    );
    let t = "انتهت المحادثات في الدوحة. وسيلتقي الطرفان مجددا في الربيع.";
    assert_eq!(sents(t).len(), 2);
    // with harakat or tatweel on the last word too
    let t = "انتهى الاجتماعُ. وغادر الوفد العاصمة.";
    assert_eq!(sents(t).len(), 2);
    let t = "وصل الوفـــد. وبدأت الجلسة.";
    assert_eq!(sents(t).len(), 2);
}

#[test]
fn abbreviations_still_decide_with_the_word_that_follows() {
    // a plain abbreviation ends a sentence only before a sentence opener
    let t = "They discussed tariffs, quotas, etc. The ministers then left.";
    assert_eq!(sents(t).len(), 2);
    let t = "They discussed tariffs, quotas, etc. and then they left.";
    assert_eq!(sents(t).len(), 1);
    // a title never does before a name
    let t = "The statement was read by Gen. Hassan at noon.";
    assert_eq!(sents(t).len(), 1);
}

#[test]
fn an_arabic_word_before_a_period_is_no_list_marker() {
    // a marker is one to three digits or one ASCII letter; an Arabic word's period is a
    // sentence's
    let t = "تحدث الوزير عن الأمن. الاقتصاد كان الموضوع الثاني.";
    assert_eq!(sents(t).len(), 2);
}

// ------------------------------------------------------------------ mixed English/Arabic passages

fn langs(t: &str) -> Vec<&'static str> {
    let runs = text::runs(t);
    segment::sentences(t, &runs, &Options::default())
        .iter()
        .map(|s| s.lang.as_str())
        .collect()
}

#[test]
fn arabic_quote_inside_english_sentence_stays_whole() {
    let t = "The slogan «الشعب يريد إسقاط النظام» rang through the square all night. Nobody left.";
    assert_eq!(
        sents(t),
        [
            "The slogan «الشعب يريد إسقاط النظام» rang through the square all night.",
            "Nobody left."
        ]
    );
    assert_eq!(langs(t), ["en", "en"]);
}

#[test]
fn arabic_name_in_brackets_inside_english_sentence() {
    let t = "Sheikh Nasser al-Hamdan (ناصر الحمدان) received the delegation on Sunday. The visit was brief.";
    assert_eq!(sents(t).len(), 2);
    assert!(sents(t)[0].ends_with("on Sunday."));
}

#[test]
fn english_terms_inside_arabic_sentences() {
    let t = "ذكرت وكالة Reuters أن الوفد وصل إلى فيينا. وقال المتحدث Ned Carter إن المحادثات بناءة. ولم تعلق طهران.";
    assert_eq!(
        sents(t),
        [
            "ذكرت وكالة Reuters أن الوفد وصل إلى فيينا.",
            "وقال المتحدث Ned Carter إن المحادثات بناءة.",
            "ولم تعلق طهران."
        ]
    );
    assert_eq!(langs(t), ["ar", "ar", "ar"]);
}

#[test]
fn arabic_sentence_ending_in_a_period_then_an_english_one() {
    let t = "وأكد الوزير أن الحوار مستمر. The minister later denied the report. وقال مصدر آخر إن اللقاء تأجل.";
    assert_eq!(
        sents(t),
        [
            "وأكد الوزير أن الحوار مستمر.",
            "The minister later denied the report.",
            "وقال مصدر آخر إن اللقاء تأجل."
        ]
    );
    assert_eq!(langs(t), ["ar", "en", "ar"]);
}

#[test]
fn arabic_question_mark_then_latin() {
    let t = "هل ستحضر الرياض القمة؟ Officials declined to comment. هل من جديد؟! No.";
    assert_eq!(
        sents(t),
        [
            "هل ستحضر الرياض القمة؟",
            "Officials declined to comment.",
            "هل من جديد؟!",
            "No."
        ]
    );
}

#[test]
fn arabic_full_stop_lookalike_ends_a_sentence_without_making_it_urdu() {
    let t = "انتهى الاجتماع۔ بدأت المفاوضات بعد الظهر.";
    assert_eq!(sents(t), ["انتهى الاجتماع۔", "بدأت المفاوضات بعد الظهر."]);
    assert_eq!(langs(t), ["ar", "ar"]);
    // real Urdu still reads as Urdu
    assert_eq!(langs("وزیر نے کہا کہ بات چیت جاری رہے گی۔"), ["ur"]);
}

#[test]
fn arabic_abbreviations_next_to_english_text() {
    let t = "The lecture was given by د. منى الخالدي at the institute. A reply came from أ.د. سليم حداد the next day.";
    assert_eq!(sents(t).len(), 2);
    assert!(sents(t)[0].ends_with("at the institute."));
    let t = "قال م. فراس إن المشروع تأخر. وأشار ص. 12 من التقرير إلى ذلك. It was built in 1443 هـ. Work resumed later.";
    assert_eq!(
        sents(t),
        [
            "قال م. فراس إن المشروع تأخر.",
            "وأشار ص. 12 من التقرير إلى ذلك.",
            "It was built in 1443 هـ.",
            "Work resumed later."
        ]
    );
}

#[test]
fn transliterations_with_ayn_and_apostrophes_stay_inside_sentences() {
    let t = "The jurist Muḥammad b. Idrīs al-Shāfiʿī (d. 820) wrote on ʿilm al-uṣūl. His students spread it. The term ‘ulamā’ means scholars.";
    assert_eq!(
        sents(t),
        [
            "The jurist Muḥammad b. Idrīs al-Shāfiʿī (d. 820) wrote on ʿilm al-uṣūl.",
            "His students spread it.",
            "The term ‘ulamā’ means scholars."
        ]
    );
}

#[test]
fn arabic_decimal_separator_is_no_period() {
    let t = "بلغ التضخم ٣٫٥٪ في الربع الأول. Inflation reached 3.5% in the first quarter.";
    assert_eq!(
        sents(t),
        [
            "بلغ التضخم ٣٫٥٪ في الربع الأول.",
            "Inflation reached 3.5% in the first quarter."
        ]
    );
}

#[test]
fn vocalized_verse_in_ornate_brackets_with_its_reference_is_one_sentence() {
    let t =
        "قال تعالى: ﴿وَلَا تَقْفُ مَا لَيْسَ لَكَ بِهِ عِلْمٌ﴾ [الإسراء: ٣٦]. This verse is often cited. وهذا معروف.";
    assert_eq!(
        sents(t),
        [
            "قال تعالى: ﴿وَلَا تَقْفُ مَا لَيْسَ لَكَ بِهِ عِلْمٌ﴾ [الإسراء: ٣٦].",
            "This verse is often cited.",
            "وهذا معروف."
        ]
    );
}

#[test]
fn arabic_list_items_with_digits_and_letters() {
    let t = "أبرز المطالب:\n1- وقف إطلاق النار\n2- تبادل الأسرى\nأ- الانسحاب الكامل\nب- رفع الحصار";
    assert_eq!(
        sents(t),
        [
            "أبرز المطالب:",
            "1- وقف إطلاق النار",
            "2- تبادل الأسرى",
            "أ- الانسحاب الكامل",
            "ب- رفع الحصار"
        ]
    );
}

#[test]
fn arabic_question_and_answer_headings_stand_apart() {
    let t = "السؤال: ما موقفكم من المبادرة؟ الجواب: نؤيدها بشروط.";
    assert_eq!(
        sents(t),
        [
            "السؤال:",
            "ما موقفكم من المبادرة؟",
            "الجواب:",
            "نؤيدها بشروط."
        ]
    );
}

#[test]
fn bidi_controls_glued_to_a_sentence_stay_in_it() {
    // an embedding around an Arabic sentence, a mark after its period, an isolate in English
    let t = "\u{202B}قال المتحدث إن الوفد وصل.\u{202C} The delegation arrived on Friday.";
    assert_eq!(
        sents(t),
        [
            "\u{202B}قال المتحدث إن الوفد وصل.\u{202C}",
            "The delegation arrived on Friday."
        ]
    );
    let t = "ثم غادر القاعة.\u{200F} The banner read \u{2067}لا للحرب\u{2069}. Police left.";
    assert_eq!(
        sents(t),
        [
            "ثم غادر القاعة.\u{200F}",
            "The banner read \u{2067}لا للحرب\u{2069}.",
            "Police left."
        ]
    );
    // a control standing alone between spaces, a zero-width space and a BOM are trimmed
    assert_eq!(
        sents("\u{FEFF}The talks ended. \u{200F} \u{200B}They resume today."),
        ["The talks ended.", "They resume today."]
    );
}

#[test]
fn mixed_runs_are_not_broken_by_spaces_digits_or_punctuation_inside_arabic() {
    let t = "He said: «بلغ العجز ١٢٫٥ مليار، أي ٣٪ من الناتج» on Monday.";
    let runs = text::runs(t);
    let arabic: Vec<&str> = runs
        .iter()
        .filter(|r| r.script == text::Script::Arabic)
        .map(|r| &t[r.start..r.end])
        .collect();
    assert_eq!(arabic, ["بلغ العجز ١٢٫٥ مليار، أي ٣٪ من الناتج"]);
    assert!(runs
        .iter()
        .filter(|r| r.script == text::Script::Arabic)
        .all(|r| r.direction == text::Direction::Rtl && r.lang == text::Lang::Ar));
}

#[test]
fn arabic_colon_opening_an_enumeration_is_not_a_heading() {
    let t = "ومن أبرز الحضور: الأمير فيصل بن فرحان، ووزير الخارجية الأمريكي Antony Blinken. وقد استمر اللقاء ساعتين.";
    assert_eq!(sents(t).len(), 2);
    assert!(sents(t)[0].ends_with("Antony Blinken."));
    // a short label still stands apart
    assert_eq!(sents("سؤال وجواب: ما موقفكم؟")[0], "سؤال وجواب:");
}

#[test]
fn email_header_timestamps_stand_apart() {
    let t = "Thanks. Mike Curry 11/14/2000 11:37 AM With the comments added. Sara Nolan@ENRON 06/02/2001 10:53 PM It is too late.";
    assert_eq!(
        sents(t),
        [
            "Thanks.",
            "Mike Curry",
            "11/14/2000 11:37 AM",
            "With the comments added.",
            "Sara Nolan@ENRON",
            "06/02/2001 10:53 PM",
            "It is too late."
        ]
    );
    // after a preposition the date and time close the sentence they belong to
    assert_eq!(
        sents("Posted by Dana Reed at 2/14/2005 07:03:00 PM Please reply soon."),
        [
            "Posted by Dana Reed at 2/14/2005 07:03:00 PM",
            "Please reply soon."
        ]
    );
    // a time without a date, or a date and time inside running text, is no header
    assert_eq!(
        sents("The vote on 8/1/2022 at 10:30, the clerk said, was close. It passed.").len(),
        2
    );
    assert_eq!(sents("They met at 10:30 Monday in Doha.").len(), 1);
    assert_eq!(
        sents("It began on 8/1/2022 10:30 after the talks failed.").len(),
        1
    );
}

#[test]
fn name_after_a_signoff_stands_apart() {
    assert_eq!(
        sents("I think you might like it. Best, Omar Here is the schedule."),
        [
            "I think you might like it.",
            "Best,",
            "Omar",
            "Here is the schedule."
        ]
    );
    // a full name stays whole
    assert_eq!(
        sents("Thanks for the note. Regards, Omar Haddad"),
        ["Thanks for the note.", "Regards,", "Omar Haddad"]
    );
}

#[test]
fn long_lines_of_words_keep_every_word_whole_across_the_scan_blocks() {
    // words of every length up to forty bytes, one space apart, and a comma or a period after
    // some of them: the tokenizer reads such lines thirty-two bytes at a time
    let mut line = String::new();
    let mut want = Vec::new();
    for n in 1..=40 {
        let w: String = (0..n)
            .map(|k| (b'a' + (k * 7 + n) as u8 % 26) as char)
            .collect();
        let w = if n % 5 == 0 { format!("{n}{w}") } else { w };
        line.push_str(&w);
        want.push(w);
        if n % 7 == 0 {
            line.push(',');
            want.push(",".to_owned());
        }
        line.push(' ');
    }
    for shift in 0..33 {
        let text = format!("{}{line}", " ".repeat(shift));
        assert_eq!(words(&text), want, "shifted by {shift}");
    }
}

#[test]
fn long_lines_of_arabic_words_keep_every_word_whole_across_the_scan_blocks() {
    // short and long words, harakat, a word glued to its comma
    let base = [
        "قال",
        "الوزير",
        "والاستقلالية",
        "وَالْكِتَابُ",
        "في",
        "المؤتمر،",
        "ب",
    ];
    let mut line = String::new();
    let mut want = Vec::new();
    for k in 0..60 {
        let w = base[k % base.len()].repeat(1 + k % 4);
        line.push_str(&w);
        line.push(' ');
        // a comma between repetitions is a token of its own, not part of a word
        want.extend(w.split('،').filter(|p| !p.is_empty()).map(str::to_owned));
    }
    for shift in 0..33 {
        let text = format!("{}{line}", " ".repeat(shift));
        let got: Vec<String> = toks(&text)
            .into_iter()
            .filter(|(_, kind)| *kind == "word")
            .map(|(t, _)| t)
            .collect();
        assert_eq!(got, want, "shifted by {shift}");
    }
}
