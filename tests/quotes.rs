//! The quotes layer, as a spec: quote spans, kinds, speakers, citations and Quran references.

use proptest::prelude::*;
use warraq::quotes::{find_quotes, quran, Quote, QuoteKind};
use warraq::{analyze, Options};

fn quotes(text: &str) -> Vec<Quote> {
    analyze(text, &Options::default()).quotes
}

fn content<'t>(text: &'t str, q: &Quote) -> &'t str {
    &text[q.start..q.end]
}

fn part(text: &str, span: Option<(usize, usize)>) -> Option<&str> {
    span.map(|(s, e)| &text[s..e])
}

fn iso(q: &Quote) -> Option<String> {
    q.source_date
        .map(|d| format!("{:04}-{:02}-{:02}", d.year, d.month, d.day))
}

#[test]
fn direct_quote_after_a_colon() {
    let t = "The Omani foreign minister said: “Dialogue remains the only road to stability.”";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert_eq!(
        content(t, &q[0]),
        "Dialogue remains the only road to stability."
    );
    assert_eq!(q[0].kind, QuoteKind::Direct);
    assert_eq!(part(t, q[0].speaker), Some("The Omani foreign minister"));
    assert_eq!(part(t, q[0].cue), Some("said"));
    assert!(q[0].closed);
}

#[test]
fn a_pronoun_after_relayed_words_is_the_person_relayed_not_the_outlet() {
    let t = "Reuters quoted a senior official as saying the talks had failed. \
             “We are done,” he said.";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert_eq!(part(t, q[0].speaker), Some("a senior official"));
    assert!(q[0].speaker_resolved);
}

#[test]
fn apostrophe_is_not_a_quote() {
    let t = "Egypt’s envoy didn’t attend the talks held on 3 Rabi' al-Awwal, the Gulf states’ capitals said nothing.";
    assert!(quotes(t).is_empty());
}

#[test]
fn unclosed_quote_ends_at_paragraph() {
    let t = "The Tunisian president said: “We will not hand the country to chaos.\n\nThe opposition rejected the speech and called for protests.";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert!(!q[0].closed);
    assert_eq!(content(t, &q[0]), "We will not hand the country to chaos.");
}

#[test]
fn newspaper_quote_over_paragraphs_is_one_quote() {
    let t = "The mufti said: “Fasting begins on Saturday.\n\n“The moon was sighted in two provinces.”\n\nOther countries disagreed.";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert!(content(t, &q[0]).starts_with("Fasting begins"));
    assert!(content(t, &q[0]).ends_with("two provinces."));
    assert!(q[0].closed);
}

#[test]
fn nested_quote_inside_a_bracketed_passage_carries_the_citation() {
    let t = "[The Algerian army announced the arrest of a retired general on charges of “espionage.” (El Khabar 14/3/2021)]";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert_eq!(content(t, &q[0]), "espionage.");
    assert_eq!(q[0].kind, QuoteKind::Partial);
    assert_eq!(part(t, q[0].source), Some("El Khabar"));
    assert_eq!(iso(&q[0]).as_deref(), Some("2021-03-14"));
    assert_eq!(part(t, q[0].speaker), Some("The Algerian army"));
}

#[test]
fn citation_gives_source_and_date() {
    let t =
        "The Yemeni envoy said: [“The truce is holding in most provinces.” (Saba Net, 19/4/2022)].";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert_eq!(part(t, q[0].source), Some("Saba Net"));
    assert_eq!(iso(&q[0]).as_deref(), Some("2022-04-19"));
}

#[test]
fn citing_phrase_gives_source_and_date() {
    let t = "An aide said: [“The deal is close” citing Gulf Times 22/5/2020)].";
    let q = quotes(t);
    assert_eq!(part(t, q[0].source), Some("Gulf Times"));
    assert_eq!(iso(&q[0]).as_deref(), Some("2020-05-22"));
}

#[test]
fn citation_on_its_own_line_after_an_unclosed_quote() {
    let t = "He said, “Talks will resume in Muscat next week.\n\n(Reuters 13/2/2021)\n\nMeanwhile, prices rose.";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert!(!q[0].closed);
    assert_eq!(part(t, q[0].source), Some("Reuters"));
    assert_eq!(iso(&q[0]).as_deref(), Some("2021-02-13"));
}

#[test]
fn arabic_citation() {
    let t = "وقال الوزير: «سنعيد فتح المعبر» (الجزيرة نت 16/3/2021)";
    let q = quotes(t);
    assert_eq!(part(t, q[0].source), Some("الجزيرة نت"));
    assert_eq!(iso(&q[0]).as_deref(), Some("2021-03-16"));
}

#[test]
fn dateline_is_not_a_citation() {
    let t = "AMMAN (AFP) - The government said it would “review all contracts signed since 2015.”";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].source, None);
    assert_eq!(part(t, q[0].speaker), Some("The government"));
}

#[test]
fn photo_credit_is_not_a_citation() {
    let t = "Protesters in Khartoum (Photo: AFP 2/2/2021) chanted “freedom, peace, justice.” (Photo: Reuters)";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].source, None);
}

#[test]
fn bracketed_passage_without_marks_is_a_passage() {
    let t = "[The Arab League called for an emergency summit to discuss the crisis (Asharq Al-Awsat 28/6/2021)]";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].kind, QuoteKind::Passage);
    assert_eq!(part(t, q[0].source), Some("Asharq Al-Awsat"));
    assert_eq!(iso(&q[0]).as_deref(), Some("2021-06-28"));
    assert!(content(t, &q[0]).ends_with("the crisis"));
    assert_eq!(part(t, q[0].speaker), Some("The Arab League"));
    let t = "[أعلنت وزارة الداخلية اعتقال عشرين مشتبها (الجزيرة نت 3/3/2021)]";
    let q = quotes(t);
    assert_eq!(q[0].kind, QuoteKind::Passage);
    // verb-subject-object: the mention runs on into the object (no parser to split them)
    assert!(part(t, q[0].speaker).is_some_and(|s| s.starts_with("وزارة الداخلية")));
}

#[test]
fn pronoun_resolves_to_previous_speaker() {
    let t = "Iraqi Foreign Minister Fuad Hussein said that “the visit opens a new page.” He added, “We want balanced relations with all neighbours.”";
    let q = quotes(t);
    assert_eq!(q.len(), 2);
    assert_eq!(
        part(t, q[1].speaker),
        Some("Iraqi Foreign Minister Fuad Hussein")
    );
    assert!(q[1].speaker_resolved);
    assert_eq!(part(t, q[1].cue), Some("added"));
}

#[test]
fn pronoun_resolves_across_a_paragraph() {
    let t = "Sudanese army chief Abdel Fattah al-Burhan addressed the troops on Sunday.\n\nHe said: “The army will hand power to civilians.”";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert!(part(t, q[0].speaker).is_some_and(|s| s.ends_with("al-Burhan")));
    assert!(q[0].speaker_resolved);
}

#[test]
fn passive_cue_has_no_speaker() {
    let t = "It is stated that “exports fell by a third in the first quarter.”";
    let q = quotes(t);
    assert_eq!(q[0].speaker, None);
    assert_eq!(part(t, q[0].cue), Some("stated"));
}

#[test]
fn speaker_after_the_quote() {
    let t = "“We will not accept foreign troops on our soil,” Libyan Prime Minister Abdul Hamid Dbeibah said on Tuesday.";
    let q = quotes(t);
    assert_eq!(
        part(t, q[0].speaker),
        Some("Libyan Prime Minister Abdul Hamid Dbeibah")
    );
    let t = "“The border will stay open,” said the Turkish interior minister.";
    let q = quotes(t);
    assert_eq!(part(t, q[0].speaker), Some("the Turkish interior minister"));
}

#[test]
fn participle_takes_the_clause_subject() {
    let t = "After the meeting, Qatar's emir spoke on the phone with the Saudi crown prince, saying: “Our unity is our strength.”";
    let q = quotes(t);
    assert_eq!(part(t, q[0].speaker), Some("Qatar's emir"));
    assert_eq!(part(t, q[0].cue), Some("saying"));
}

#[test]
fn appositive_speaker_keeps_the_name() {
    let t = "Meanwhile, the head of the mission, German diplomat Volker Perthes, said: “Time is running out.”";
    let q = quotes(t);
    assert!(part(t, q[0].speaker).is_some_and(|s| s.contains("Perthes")));
}

#[test]
fn according_to_gives_the_speaker() {
    let t =
        "According to the statement of the Ministry of Interior: “Forty suspects were arrested.”";
    let q = quotes(t);
    assert_eq!(part(t, q[0].speaker), Some("the Ministry of Interior"));
}

#[test]
fn arabic_verb_then_speaker() {
    let t = "قال وزير الخارجية الأردني في مؤتمر صحفي: «لن نقبل بأي حل لا يضمن حقوق الفلسطينيين».";
    let q = quotes(t);
    assert_eq!(part(t, q[0].speaker), Some("وزير الخارجية الأردني"));
    assert_eq!(part(t, q[0].cue), Some("قال"));
}

#[test]
fn arabic_added_without_subject_resolves() {
    let t = "أكد رئيس الوزراء العراقي أن «الانتخابات ستجري في موعدها»، وأضاف أن «الحكومة لن تتدخل في النتائج».";
    let q = quotes(t);
    assert_eq!(q.len(), 2);
    assert_eq!(part(t, q[1].speaker), Some("رئيس الوزراء العراقي"));
    assert!(q[1].speaker_resolved);
    assert_eq!(part(t, q[1].cue), Some("أضاف"));
}

#[test]
fn arabic_according_to() {
    let t = "وبحسب وكالة الأنباء السورية، فإن «الهجوم أسفر عن خسائر مادية».";
    let q = quotes(t);
    assert_eq!(part(t, q[0].speaker), Some("وكالة الأنباء السورية"));
}

#[test]
fn arabic_quoted_from() {
    let t = "ونقلت وكالة الأناضول عن مصدر دبلوماسي قوله: «المحادثات ستستأنف الأسبوع المقبل».";
    let q = quotes(t);
    assert_eq!(part(t, q[0].speaker), Some("مصدر دبلوماسي"));
}

#[test]
fn partial_quote_woven_into_the_sentence() {
    let t = "The ministry described the report as “baseless fabrications” and demanded an apology.";
    let q = quotes(t);
    assert_eq!(q[0].kind, QuoteKind::Partial);
    assert_eq!(part(t, q[0].speaker), Some("The ministry"));
}

#[test]
fn so_called_and_titles_are_not_quotes() {
    assert!(quotes("The so-called “national dialogue” never met.").is_empty());
    assert!(quotes("His book “Roots of the Crisis” sold well.").is_empty());
}

#[test]
fn verse_with_reference() {
    let t = "[إِنَّ مَعَ الْعُسْرِ يُسْرًا]\n\n“Indeed, with hardship comes ease” [Ash-Sharh: 6]";
    let q = quotes(t);
    assert_eq!(q.len(), 2);
    assert!(q.iter().all(|x| x.kind == QuoteKind::Verse));
    assert!(q.iter().all(|x| x.verse == Some((94, 6, 6))));
}

#[test]
fn verse_in_ornate_parentheses() {
    let t = "قال تعالى: ﴿وَاعْتَصِمُوا بِحَبْلِ اللَّهِ جَمِيعًا وَلَا تَفَرَّقُوا﴾ (آل عمران: 103)";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].kind, QuoteKind::Verse);
    assert_eq!(q[0].verse, Some((3, 103, 103)));
}

#[test]
fn reference_forms_give_surah_and_ayat() {
    assert_eq!(quran::parse_reference("Al-Hajj: 40"), Some((22, 40, 40)));
    assert_eq!(quran::parse_reference("al-Ḥajj 40"), Some((22, 40, 40)));
    assert_eq!(quran::parse_reference("22:40"), Some((22, 40, 40)));
    assert_eq!(quran::parse_reference("البقرة: 255"), Some((2, 255, 255)));
    assert_eq!(
        quran::parse_reference("Al-Baqarah 2:255-257"),
        Some((2, 255, 257))
    );
    let r = quran::find_running_references("كما في سورة الحج، الآية 40");
    assert_eq!(r.first().map(|x| x.2), Some((22, 40, 40)));
}

#[test]
fn impossible_ayah_is_not_a_reference() {
    assert_eq!(quran::parse_reference("Al-Hajj: 79"), None);
    assert_eq!(quran::parse_reference("Al-Kawthar 4"), None);
    assert_eq!(quran::parse_reference("2:287"), None);
    assert_eq!(quran::parse_reference("115:2"), None);
    let t = "“Some words” [Al-Ikhlas: 5]";
    let q = quotes(t);
    assert_eq!(q[0].verse, None);
    assert_ne!(q[0].kind, QuoteKind::Verse);
}

#[test]
fn straight_quotes_pair_by_spacing() {
    let t = "Lebanon's speaker said \"the session is postponed\" and that 'no date' was set, don't ask.";
    let q = quotes(t);
    let texts: Vec<&str> = q.iter().map(|x| content(t, x)).collect();
    assert_eq!(texts, ["the session is postponed", "no date"]);
}

#[test]
fn reversed_arabic_marks_and_guillemets() {
    let t = "قال النائب ”لا ثقة بالحكومة“ ثم قال «سنصوت ضدها»";
    let q = quotes(t);
    let texts: Vec<&str> = q.iter().map(|x| content(t, x)).collect();
    assert_eq!(texts, ["لا ثقة بالحكومة", "سنصوت ضدها"]);
}

#[test]
fn direct_entry_point_works_without_other_layers() {
    let t = "He said: “Yes.”";
    assert_eq!(find_quotes(t, &[], &Options::default()).len(), 1);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn never_panics_and_spans_are_on_char_boundaries(s in "[a-zA-Z \\n“”‘’«»„\"'()\\[\\]:,.؟،قالوأن0-9/﴿﴾ـَُ]{0,300}") {
        let q = quotes(&s);
        for x in &q {
            prop_assert!(x.start <= x.end && x.end <= s.len());
            prop_assert!(s.is_char_boundary(x.start) && s.is_char_boundary(x.end));
            for sp in [x.speaker, x.cue, x.source].into_iter().flatten() {
                prop_assert!(sp.0 <= sp.1 && sp.1 <= s.len());
                prop_assert!(s.is_char_boundary(sp.0) && s.is_char_boundary(sp.1));
            }
        }
    }

    #[test]
    fn never_panics_on_any_text(s in "\\PC{0,200}") {
        let _ = quotes(&s);
    }
}

#[test]
fn pathological_input_stays_linear() {
    // a megabyte of one mark or one bracket (and a quarter of one of dense quotes): the work is
    // linear, so these finish at once; nothing panics and no quote swallows the text
    for (unit, size) in [
        ("“", 1 << 20),
        ("(", 1 << 20),
        ("[", 1 << 20),
        ("\"", 1 << 20),
        ("”", 1 << 20),
        ("«", 1 << 20),
        ("“a” said ", 1 << 18),
        ("He said “x” (RT 1/1/2022) ", 1 << 18),
    ] {
        let n = size / unit.len();
        let t = unit.repeat(n);
        let q = quotes(&t);
        assert!(q.len() <= n);
        assert!(q.iter().all(|x| x.end - x.start < 1000));
    }
}

#[test]
fn colon_list_in_parentheses_is_not_a_quote() {
    let t = "وتضم المجموعة ثلاث دول هي: (الصين وروسيا وإيران)";
    assert!(quotes(t).is_empty());
    let t = "وقال الوزير: (إن الحكومة لن تتراجع عن قرارها)";
    assert_eq!(quotes(t).len(), 1);
}

#[test]
fn source_prefix_and_web_address_outlets() {
    let t = "The ministry said: “The port is closed.” (Source: Anadolu Agency 2/2/2022)";
    assert_eq!(part(t, quotes(t)[0].source), Some("Anadolu Agency"));
    let t = "The ministry said: “The port is closed.” (aljazeera.net 2/2/2022)";
    assert_eq!(part(t, quotes(t)[0].source), Some("aljazeera.net"));
}

#[test]
fn according_to_after_the_quote() {
    let t = "“The crossing will reopen on Sunday,” according to the Egyptian border authority.";
    assert_eq!(
        part(t, quotes(t)[0].speaker),
        Some("the Egyptian border authority")
    );
}

#[test]
fn hard_wrapped_lines_do_not_cut_attribution() {
    let t = "The envoy said on Monday that the talks were\n“frank and constructive.”\n\nNext paragraph.";
    let q = quotes(t);
    assert_eq!(part(t, q[0].speaker), Some("The envoy"));
}

#[test]
fn arabic_passive_has_no_speaker() {
    let t = "قال الوزير إن «الوضع مستقر». وذُكر أن «الاشتباكات توقفت مساء أمس».";
    let q = quotes(t);
    assert_eq!(q.len(), 2);
    assert_eq!(q[1].speaker, None);
}

#[test]
fn arabic_subject_before_the_verb() {
    let t = "المتحدث العسكري قال إن «القوات سيطرت على المعبر».";
    assert_eq!(part(t, quotes(t)[0].speaker), Some("المتحدث العسكري"));
}

#[test]
fn marks_before_a_prefixed_verb_do_not_break_spans() {
    for t in [
        "\u{08D3}وقال الوزير: «نعم»",
        "ـوقال الوزير: «نعم»",
        "\u{064E}وأضاف أن «لا»",
    ] {
        for q in quotes(t) {
            for sp in [q.speaker, q.cue, q.source].into_iter().flatten() {
                assert!(t.is_char_boundary(sp.0) && t.is_char_boundary(sp.1));
            }
        }
    }
}

#[test]
fn arabic_object_with_pronoun_ends_the_speaker() {
    let t = "أعلن الجيش السوداني سيطرته على المدينة، وقال إن «المعارك انتهت».";
    let q = quotes(t);
    assert_eq!(part(t, q[0].speaker), Some("الجيش السوداني"));
    assert!(q[0].speaker_resolved);
}

#[test]
fn speaker_keeps_dotted_abbreviations_and_titles() {
    for (t, want) in [
        (
            "The U.S. envoy described the proposal as “a serious start”.",
            "The U.S. envoy",
        ),
        (
            "U.N. Secretary-General António Guterres said: “The shelling must stop.”",
            "U.N. Secretary-General António Guterres",
        ),
        (
            "“We will not accept this,” said Dr. Hanan Khalil, a senior official.",
            "Dr. Hanan Khalil",
        ),
        (
            "Gen. Omar Saleh told the committee: “The withdrawal was a failure.”",
            "Gen. Omar Saleh",
        ),
        ("قال د. محمد سليم: «الحصار يجب أن ينتهي».", "د. محمد سليم"),
    ] {
        let q = quotes(t);
        assert_eq!(q.len(), 1, "{t}");
        assert_eq!(part(t, q[0].speaker), Some(want), "{t}");
    }
}

// ------------------------------------------------------------------ outlets that relay words

/// (speaker, source) of each quote.
fn who(t: &str) -> Vec<(Option<&str>, Option<&str>)> {
    quotes(t)
        .iter()
        .map(|q| (part(t, q.speaker), part(t, q.source)))
        .collect()
}

#[test]
fn agency_quoted_x_as_saying_makes_x_the_speaker_and_the_agency_the_source() {
    let t = "Reuters quoted a senior Iraqi official as saying: “The talks have collapsed.”";
    assert_eq!(who(t), [(Some("a senior Iraqi official"), Some("Reuters"))]);
    let t = "Iraq's state news agency INA quoted the prime minister as saying: “We will vote.”";
    // the source is the agency's name, as a citation would give it
    assert_eq!(who(t), [(Some("the prime minister"), Some("INA"))]);
}

#[test]
fn a_described_outlet_is_named_by_its_name() {
    let t = "“The border is closed,” a senior official told the state news agency INA on Sunday.";
    assert_eq!(who(t), [(Some("a senior official"), Some("INA"))]);
    let t = "“We reject the claims,” the spokesman said in a statement carried by the official IRNA news agency.";
    assert_eq!(who(t), [(Some("the spokesman"), Some("IRNA"))]);
    // a nationality is not a name, an all-name outlet stays whole
    let t = "“The vote is void,” the judge told Iraqi state television.";
    assert_eq!(
        who(t),
        [(Some("the judge"), Some("Iraqi state television"))]
    );
    let t = "“Talks resume today,” the minister told the Saudi Press Agency.";
    assert_eq!(who(t), [(Some("the minister"), Some("Saudi Press Agency"))]);
    // `Qatar-based` describes the outlet it comes before
    let t = "“We will respond,” the minister told the Qatar-based Al Jazeera network.";
    assert_eq!(who(t), [(Some("the minister"), Some("Al Jazeera"))]);
}

#[test]
fn a_person_who_quotes_another_is_not_an_outlet() {
    let t = "The envoy quoted the king as saying: “Our door is open.”";
    assert_eq!(who(t), [(Some("the king"), None)]);
}

#[test]
fn told_an_outlet_makes_it_the_source_but_told_reporters_does_not() {
    let t = "“We will not retreat,” the minister told Al Jazeera on Sunday.";
    assert_eq!(who(t), [(Some("the minister"), Some("Al Jazeera"))]);
    let t = "Salem told the BBC: “We will not retreat.”";
    assert_eq!(who(t), [(Some("Salem"), Some("BBC"))]);
    let t = "The minister told reporters: “We will not retreat.”";
    assert_eq!(who(t), [(Some("The minister"), None)]);
}

#[test]
fn arabic_agency_relaying_an_official_is_the_source() {
    let t = "ونقلت وكالة رويترز عن مسؤول عراقي قوله: «المحادثات انهارت».";
    assert_eq!(who(t), [(Some("مسؤول عراقي"), Some("وكالة رويترز"))]);
    let t = "وقال وزير الخارجية لوكالة الأنباء الألمانية: «لن نتراجع».";
    assert_eq!(
        who(t),
        [(Some("وزير الخارجية"), Some("وكالة الأنباء الألمانية"))]
    );
}

#[test]
fn a_citation_wins_over_a_relaying_outlet() {
    let t = "Reuters quoted an official as saying: “Talks collapsed.” (RT 15/1/2022)";
    let q = quotes(t);
    assert_eq!(part(t, q[0].source), Some("RT"));
    assert_eq!(iso(&q[0]).as_deref(), Some("2022-01-15"));
}

#[test]
fn citation_after_the_attribution_that_follows_the_quote() {
    for t in [
        "“The deal is dead,” he said (RT 15/1/2022).",
        "“The deal is dead,” he said. (RT 15/1/2022)",
        "“The deal is dead,” the minister said, citing RT 15/1/2022.",
    ] {
        let q = quotes(t);
        assert_eq!(part(t, q[0].source), Some("RT"), "{t}");
        assert_eq!(iso(&q[0]).as_deref(), Some("2022-01-15"), "{t}");
    }
    // a parenthesis that is not a citation stays out
    let t = "“The deal is dead,” he said. (This was later denied.)";
    assert_eq!(quotes(t)[0].source, None);
}

#[test]
fn citing_phrase_ends_with_its_sentence() {
    let t = "He called it “dead”, citing RT 15/1/2022. Then he left the hall.";
    let q = quotes(t);
    assert_eq!(part(t, q[0].source), Some("RT"));
    assert_eq!(iso(&q[0]).as_deref(), Some("2022-01-15"));
}

#[test]
fn a_bodys_quoted_name_is_not_a_quote_but_part_of_the_name() {
    let t = "ونقلت صحيفة \"الشرق الأوسط\" عن مصادر مطلعة قولها إن \"المفاوضات متعثرة\".";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert_eq!(content(t, &q[0]), "المفاوضات متعثرة");
    assert_eq!(
        who(t),
        [(Some("مصادر مطلعة"), Some("صحيفة \"الشرق الأوسط\""))]
    );
    let t = "وأعلنت حركة «حماس» أن «الهدنة انتهت».";
    assert_eq!(who(t), [(Some("حركة «حماس»"), None)]);
    // after a colon it is speech again
    let t = "He told the newspaper: “We will win.”";
    assert_eq!(quotes(t).len(), 1);
}

#[test]
fn an_outlet_spoken_to_anywhere_in_the_cue_sentence_is_the_source() {
    let t = "Speaking to CNN, the general said: “The war is over.”";
    assert_eq!(who(t), [(Some("the general"), Some("CNN"))]);
    let t = "“The war is over,” the general said in an interview with the BBC.";
    assert_eq!(who(t), [(Some("the general"), Some("BBC"))]);
    let t = "وقال الوزير في مقابلة مع قناة الجزيرة إن «الحل سياسي».";
    assert_eq!(who(t), [(Some("الوزير"), Some("قناة الجزيرة"))]);
    // an outlet inside the quote is not where it was said
    let t = "“I told the BBC nothing,” he said.";
    assert_eq!(who(t), [(Some("he"), None)]);
}

#[test]
fn speaker_with_an_appositive_between_commas_after_the_quote() {
    let t = "“We are ready,” Lavrov, the Russian foreign minister, told reporters.";
    let q = quotes(t);
    assert_eq!(part(t, q[0].speaker), Some("Lavrov"));
    assert_eq!(part(t, q[0].cue), Some("told"));
}

// ------------------------------------------------------------------ quotes inside quotes

#[test]
fn nested_quote_is_its_own_quote_and_the_outer_stays_whole() {
    let t = "“He told me ‘we will not leave’ and left,” she said.";
    let q = quotes(t);
    assert_eq!(q.len(), 2);
    assert_eq!(
        content(t, &q[0]),
        "He told me ‘we will not leave’ and left,"
    );
    assert_eq!(part(t, q[0].speaker), Some("she"));
    assert_eq!(content(t, &q[1]), "we will not leave");
    // a pronoun inside the outer quote names nobody
    assert_eq!(q[1].speaker, None);
}

#[test]
fn nested_quote_speaker_is_the_one_named_inside_the_outer_quote() {
    let t = "The witness said: “The officer shouted ‘Get back now!’ and then fired.”";
    let q = quotes(t);
    assert_eq!(q.len(), 2);
    assert_eq!(part(t, q[0].speaker), Some("The witness"));
    assert_eq!(content(t, &q[1]), "Get back now!");
    assert_eq!(part(t, q[1].speaker), Some("The officer"));
    assert_eq!(part(t, q[1].cue), Some("shouted"));
}

#[test]
fn arabic_nested_quote_and_the_object_pronoun_is_not_a_speaker() {
    let t = "«قال لي \"لن نرحل\" ثم غادر» قالت المرأة.";
    let q = quotes(t);
    assert_eq!(q.len(), 2);
    assert_eq!(content(t, &q[0]), "قال لي \"لن نرحل\" ثم غادر");
    assert_eq!(part(t, q[0].speaker), Some("المرأة"));
    assert_eq!(content(t, &q[1]), "لن نرحل");
    assert_eq!(q[1].speaker, None);
    let t = "وقال الشاهد: «أعلن الضابط \"انتهى الأمر\" ثم غادر».";
    let q = quotes(t);
    assert_eq!(part(t, q[1].speaker), Some("الضابط"));
}

#[test]
fn nested_quote_carries_the_outer_citation() {
    let t = "“The general replied, ‘We have orders,’ and walked away,” the reporter said (RT 15/1/2022).";
    let q = quotes(t);
    assert_eq!(q.len(), 2);
    assert_eq!(part(t, q[1].speaker), Some("The general"));
    assert_eq!(part(t, q[1].source), Some("RT"));
    assert_eq!(iso(&q[1]).as_deref(), Some("2022-01-15"));
}

#[test]
fn apostrophes_inside_a_quote_open_no_nested_quote() {
    let t = "“I don’t think Russia’s plan from the ’90s will work,” the analyst said.";
    assert_eq!(quotes(t).len(), 1);
    // a scare quote inside a quote is dropped like any other
    let t = "The minister said: “The so-called ‘reform’ failed.”";
    assert_eq!(quotes(t).len(), 1);
}

#[test]
fn a_quote_inside_an_unclosed_single_mark_is_not_lost() {
    let t = "He wrote ‘the \"plan\" is dead and nobody cares about it.";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert_eq!(content(t, &q[0]), "plan");
}

// ------------------------------------------------------------------ relayed words, more forms

#[test]
fn cited_x_as_saying_makes_x_the_speaker() {
    let t = "Interfax cited a military source as saying that “the drills will end on Friday.”";
    assert_eq!(who(t), [(Some("a military source"), Some("Interfax"))]);
}

#[test]
fn passive_quoted_as_saying_keeps_the_subject_and_the_agent_outlet() {
    let t = "The minister was quoted as saying: “We are ready for talks.”";
    assert_eq!(who(t), [(Some("The minister"), None)]);
    let t = "“We will stay,” the official was quoted by Reuters as saying.";
    assert_eq!(who(t), [(Some("the official"), Some("Reuters"))]);
}

#[test]
fn quoted_by_an_outlet_between_commas_is_the_source_not_part_of_the_speaker() {
    let t = "The official, quoted by AFP, said: “Aid is blocked at the border.”";
    assert_eq!(who(t), [(Some("The official"), Some("AFP"))]);
    let t = "“There will be no deal,” an official quoted by the state news agency IRNA said.";
    assert_eq!(who(t), [(Some("an official"), Some("IRNA"))]);
}

#[test]
fn arabic_outlet_with_its_short_name_in_brackets_still_relays() {
    let t = "ونقلت وكالة الأنباء السعودية (واس) عن مصدر مسؤول قوله إن «المملكة ترفض ذلك».";
    assert_eq!(
        who(t),
        [(Some("مصدر مسؤول"), Some("وكالة الأنباء السعودية"))]
    );
}

#[test]
fn arabic_ascribed_to_x_makes_x_the_speaker() {
    let t = "ونسبت صحيفة \"واشنطن بوست\" إلى مسؤول أمريكي قوله إن «الخطة جاهزة».";
    assert_eq!(
        who(t),
        [(Some("مسؤول أمريكي"), Some("صحيفة \"واشنطن بوست\""))]
    );
    // نسب as a noun (rates) is no cue
    let t = "وارتفعت نسب البطالة، وقال الوزير إن «الوضع صعب».";
    assert_eq!(who(t), [(Some("الوزير"), None)]);
}

#[test]
fn arabic_speaker_stops_before_time_and_circumstance() {
    for (t, want) in [
        (
            "وقال نائب وزير الخارجية علي باقري كني عقب الاجتماع إن «الجولة كانت جيدة».",
            "نائب وزير الخارجية علي باقري كني",
        ),
        (
            "وأكد الرئيس المصري لدى استقباله الوفد أن «الأمن القومي خط أحمر».",
            "الرئيس المصري",
        ),
        (
            "وقال وزير الخارجية الروسي سيرغي لافروف للصحفيين إن «الغرب يتجاهل مخاوفنا».",
            "وزير الخارجية الروسي سيرغي لافروف",
        ),
        (
            "وقال الرئيس الفرنسي إيمانويل ماكرون يوم الخميس إن «أوروبا يجب أن تستعد».",
            "الرئيس الفرنسي إيمانويل ماكرون",
        ),
        (
            "وأضاف الوزير الذي كان يتحدث في مؤتمر صحفي مشترك أن «التعاون مستمر».",
            "الوزير",
        ),
        (
            "وأضاف الوزير في حديثه للصحفيين أن «الوقت ينفد».",
            "الوزير",
        ),
        (
            "وشدد الرئيس الفلسطيني محمود عباس مجدداً على أن «القدس خط أحمر».",
            "الرئيس الفلسطيني محمود عباس",
        ),
        (
            "وقال مسؤول أمريكي رفيع طلب عدم الكشف عن هويته إن «واشنطن تدرس الخيارات».",
            "مسؤول أمريكي رفيع",
        ),
        ("كما قال الوزير سابقا إن «الحرب انتهت».", "الوزير"),
        (
            "وقالت المتحدثة باسم البيت الأبيض كارين جان بيير للصحفيين على متن الطائرة إن «الرئيس سيزور المنطقة».",
            "المتحدثة باسم البيت الأبيض كارين جان بيير",
        ),
    ] {
        let q = quotes(t);
        assert_eq!(part(t, q[0].speaker), Some(want), "{t}");
    }
}

#[test]
fn arabic_participle_cue_continues_the_previous_speaker() {
    let t = "وأوضح الوزير أن «الاتفاق لم يمت»، معتبراً أن «الضغوط الغربية فشلت».";
    let q = quotes(t);
    assert_eq!(part(t, q[1].speaker), Some("الوزير"));
    assert_eq!(part(t, q[1].cue), Some("معتبراً"));
    let t = "وقال وزير الخارجية: «نرفض التدخل». مشيراً إلى أن «الحوار هو الحل».";
    let q = quotes(t);
    assert_eq!(part(t, q[1].speaker), Some("وزير الخارجية"));
}

// ------------------------------------------------------------------ a speaker named by a phrase

#[test]
fn as_x_put_it_names_the_speaker() {
    let t = "As the foreign minister put it, “There is no military solution.”";
    let q = quotes(t);
    assert_eq!(part(t, q[0].speaker), Some("the foreign minister"));
    assert_eq!(part(t, q[0].cue), Some("put it"));
}

#[test]
fn in_the_words_of_x_and_xs_words_name_the_speaker() {
    for (t, want) in [
        (
            "In the words of the UN envoy, “The ceasefire is fragile.”",
            "the UN envoy",
        ),
        (
            "The president’s words: “We will rebuild every house.”",
            "The president",
        ),
        ("In Lavrov’s words, “the West has lost its mind.”", "Lavrov"),
        (
            "The minister repeated the president’s words: “We will rebuild.”",
            "the president",
        ),
        (
            "According to the spokesman, “The hostages are safe.”",
            "the spokesman",
        ),
        (
            "وعلى حد تعبير وزير الخارجية، «لا حل عسكرياً».",
            "وزير الخارجية",
        ),
        ("وبتعبير المبعوث الأممي: «الهدنة هشة».", "المبعوث الأممي"),
        (
            "على لسان المتحدث باسم الجيش: «العملية انتهت».",
            "المتحدث باسم الجيش",
        ),
    ] {
        let q = quotes(t);
        assert_eq!(part(t, q[0].speaker), Some(want), "{t}");
    }
}

#[test]
fn someone_elses_words_rejected_do_not_make_them_the_speaker() {
    // the phrase must end right before the quote; here the participle's subject speaks
    let t = "The minister rejected the envoy’s words, saying “They mean nothing.”";
    let q = quotes(t);
    assert_eq!(part(t, q[0].speaker), Some("The minister"));
    assert_eq!(part(t, q[0].cue), Some("saying"));
}

// ------------------------------------------------------------------ scare quotes

#[test]
fn scare_quote_without_a_cue_is_partial_with_no_speaker() {
    for t in [
        "The army began a “special operation” in the east.",
        "وبدأ الجيش «عملية خاصة» في الشرق.",
        "The “Sultan” of the markets and his “friends” left town.",
    ] {
        let q = quotes(t);
        assert!(!q.is_empty(), "{t}");
        for x in &q {
            assert_eq!(x.kind, QuoteKind::Partial, "{t}");
            assert_eq!(x.speaker, None, "{t}");
        }
    }
    // with a cue in its sentence it is the cue's speaker's term
    let t = "Officials called it a “special operation”, not a war.";
    assert_eq!(who(t), [(Some("Officials"), None)]);
    // a naming word makes it a name, not a quote
    assert!(quotes("The group known as “the Committee” met on Monday.").is_empty());
}

#[test]
fn a_quote_ending_its_sentence_ends_the_cue_sentence() {
    let t = "The minister said: “We will not retreat.” The army began a “special operation” in the east.";
    let q = quotes(t);
    assert_eq!(q.len(), 2);
    assert_eq!(part(t, q[0].speaker), Some("The minister"));
    assert_eq!(q[1].speaker, None);
    let t = "وقال الوزير: «لن نتراجع». وبدأ الجيش «عملية خاصة» في الشرق.";
    let q = quotes(t);
    assert_eq!(q[1].speaker, None);
}

#[test]
fn arabic_outlet_named_in_quotes_after_the_particle_is_the_source() {
    let t = "وقال مصدر دبلوماسي لـ\"العربي الجديد\" إن «الاتفاق بات قريباً».";
    assert_eq!(who(t), [(Some("مصدر دبلوماسي"), Some("العربي الجديد"))]);
    let t = "وأضاف الوزير في حديثه لقناة \"العربية\" أن «الوقت ينفد».";
    assert_eq!(who(t), [(Some("الوزير"), Some("قناة \"العربية\""))]);
}

#[test]
fn arabic_according_to_what_x_said_or_relayed() {
    let t = "«الأزمة ستنتهي قريباً»، بحسب ما قاله وزير الخارجية في مؤتمر صحفي.";
    assert_eq!(who(t), [(Some("وزير الخارجية"), None)]);
    let t = "«الهدنة صامدة»، وفق ما نقلته وكالة رويترز عن مسؤول أممي.";
    assert_eq!(who(t), [(Some("مسؤول أممي"), Some("وكالة رويترز"))]);
}

#[test]
fn arabic_subject_between_kana_and_qad() {
    let t = "وكان الرئيس قد قال في وقت سابق إن «الانتخابات في موعدها».";
    assert_eq!(who(t), [(Some("الرئيس"), None)]);
}

#[test]
fn arabic_speaker_ends_before_the_outlet_spoken_to() {
    let t = "وقال الرئيس الأمريكي جو بايدن لشبكة \"سي إن إن\" إن «الخيار الدبلوماسي قائم».";
    assert_eq!(
        who(t),
        [(Some("الرئيس الأمريكي جو بايدن"), Some("شبكة \"سي إن إن\""))]
    );
    // لل + a title inside the mention stays: `الأمين العام للأمم المتحدة`
    let t = "وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن «الوضع خطير».";
    assert_eq!(
        who(t),
        [(Some("الأمين العام للأمم المتحدة أنطونيو غوتيريش"), None)]
    );
}

#[test]
fn long_titled_speaker_after_the_quote_with_its_article() {
    let t = "“We will respond,” the Iranian foreign ministry spokesman Nasser Kanaani said in a statement on Monday.";
    assert_eq!(
        who(t),
        [(
            Some("the Iranian foreign ministry spokesman Nasser Kanaani"),
            None
        )]
    );
}

#[test]
fn the_media_relaying_an_official_is_the_source() {
    let t = "Iraqi state media quoted the head of the judiciary as saying that courts were “ready to rule”.";
    assert_eq!(
        who(t),
        [(Some("the head of the judiciary"), Some("Iraqi state media"))]
    );
    let t = "ونقلت وسائل إعلام رسمية عن رئيس مجلس القضاء قوله إن المحاكم \"مستعدة للبت في النزاع\".";
    assert_eq!(
        who(t),
        [(Some("رئيس مجلس القضاء"), Some("وسائل إعلام رسمية"))]
    );
}

#[test]
fn arabic_described_x_as_keeps_the_object_out_of_the_speaker() {
    let t = "ووصف التيار الصدري الخطاب بأنه \"تكرار لما سبق\".";
    assert_eq!(who(t), [(Some("التيار الصدري"), None)]);
}

#[test]
fn arabic_object_pronoun_before_the_subject() {
    let t = "وتابع: «قال لنا الضابط \"عودوا إلى بيوتكم\" لكننا بقينا».";
    let q = quotes(t);
    assert_eq!(q.len(), 2);
    assert_eq!(content(t, &q[1]), "عودوا إلى بيوتكم");
    assert_eq!(part(t, q[1].speaker), Some("الضابط"));
}

#[test]
fn according_to_an_outlet_in_the_cue_sentence_is_the_source() {
    let t = "“The Americans are lying,” Khamenei said, according to Reuters.";
    assert_eq!(who(t), [(Some("Khamenei"), Some("Reuters"))]);
    let t = "According to Reuters, the minister said: “We will not sign.”";
    assert_eq!(who(t), [(Some("the minister"), Some("Reuters"))]);
    // according to something that is not an outlet
    let t = "“We will not sign,” the minister said, according to a statement from his office.";
    assert_eq!(who(t), [(Some("the minister"), None)]);
}

#[test]
fn described_speaker_with_an_inserted_phrase_after_the_quote() {
    let t =
        "“Talks are dead,” a senior Western diplomat, speaking on condition of anonymity, said.";
    assert_eq!(who(t), [(Some("a senior Western diplomat"), None)]);
    // a verb before the comma is no speaker
    let t = "“Talks are dead,” he said, adding, as he left, that nothing changed.";
    assert_eq!(who(t), [(Some("he"), None)]);
}

#[test]
fn attribution_written_as_a_sentence_of_its_own_after_the_quote() {
    for (t, want) in [
        ("“We will not retreat.” Lavrov said.", "Lavrov"),
        (
            "“We will not retreat.” Lavrov said on Monday, adding that talks would continue.",
            "Lavrov",
        ),
        (
            "“We will not retreat.” The minister told reporters in Moscow.",
            "The minister",
        ),
        ("«لن نتراجع». قال الوزير.", "الوزير"),
    ] {
        assert_eq!(who(t)[0], (Some(want), None), "{t}");
    }
    // a new report, or a sentence that introduces the next quote, is not the attribution
    for t in [
        "“We will not retreat.” The minister said the talks had failed.",
        "“We will not retreat.” The army then moved north.",
        "“We will not retreat.” The president had declared, “We will win.”",
        "«لن نتراجع». قال الوزير إن «الجيش مستعد».",
    ] {
        assert_eq!(who(t)[0], (None, None), "{t}");
    }
}

#[test]
fn relayed_words_read_after_the_quote() {
    let t = "“The drills will end on Friday,” Interfax quoted a military source as saying.";
    assert_eq!(who(t), [(Some("a military source"), Some("Interfax"))]);
    let t = "«المحادثات توقفت»، نقلت رويترز عن مسؤول كبير.";
    assert_eq!(who(t), [(Some("مسؤول كبير"), Some("رويترز"))]);
    let t = "«الخطة جاهزة»، ونسبت صحيفة \"واشنطن بوست\" إلى مسؤول أمريكي قوله ذلك.";
    let q = quotes(t);
    assert_eq!(part(t, q[0].speaker), Some("مسؤول أمريكي"));
    assert_eq!(part(t, q[0].cue), Some("نسبت"));
    let t = "“We will stay,” the envoy quoted the king as saying.";
    assert_eq!(who(t), [(Some("the king"), None)]);
}

#[test]
fn arabic_long_title_keeps_the_name_at_its_end() {
    let t = "وقال نائب رئيس مجلس الوزراء وزير الخارجية الأردني أيمن الصفدي إن «الحل سياسي».";
    assert_eq!(
        who(t),
        [(
            Some("نائب رئيس مجلس الوزراء وزير الخارجية الأردني أيمن الصفدي"),
            None
        )]
    );
}

#[test]
fn arabic_subject_before_the_verb_with_a_comma_or_amma_fa() {
    let t = "من جهته، وزير الخارجية الروسي سيرغي لافروف، قال إن «الغرب يكذب».";
    assert_eq!(who(t), [(Some("وزير الخارجية الروسي سيرغي لافروف"), None)]);
    let t = "أما وزير الخارجية الأمريكي أنتوني بلينكن فقال إن «الدبلوماسية ممكنة».";
    assert_eq!(
        who(t),
        [(Some("وزير الخارجية الأمريكي أنتوني بلينكن"), None)]
    );
    // an occasion before the comma is no subject: the verb has none and continues the speaker
    let t = "وقال الوزير: «الحل سياسي». وفي تصريح للصحفيين، قال إن «الحوار مستمر».";
    let q = quotes(t);
    assert_eq!(part(t, q[1].speaker), Some("الوزير"));
    assert!(q[1].speaker_resolved);
}

#[test]
fn headline_name_and_colon_names_the_speaker() {
    for (t, want) in [
        ("Lavrov: “The West has lost its mind.”", "Lavrov"),
        (
            "Russian Foreign Minister Sergei Lavrov: “The West has lost its mind.”",
            "Russian Foreign Minister Sergei Lavrov",
        ),
        ("لافروف: «الغرب فقد عقله»", "لافروف"),
        (
            "وزير الخارجية القطري: «الوساطة مستمرة»",
            "وزير الخارجية القطري",
        ),
    ] {
        assert_eq!(who(t), [(Some(want), None)], "{t}");
    }
    // a label is not a speaker
    for t in [
        "The result: “a total failure.”",
        "Update: “We are safe.”",
        "النتيجة: «فشل تام».",
        "عاجل: «انفجار في الميناء».",
    ] {
        assert_eq!(who(t), [(None, None)], "{t}");
    }
}

#[test]
fn inserted_past_participle_phrase_is_not_part_of_the_speaker() {
    let t = "The Kremlin’s spokesman, asked about the report, said: “We have nothing to add.”";
    assert_eq!(who(t), [(Some("The Kremlin’s spokesman"), None)]);
}

#[test]
fn arabic_pro_drop_resolves_to_the_speaker_of_its_gender() {
    let t = "وقالت المتحدثة باسم الخارجية: «نرفض التدخل». وقال وزير الدفاع: «الجيش جاهز». وأضافت: «الحوار هو الحل».";
    let q = quotes(t);
    assert_eq!(part(t, q[2].speaker), Some("المتحدثة باسم الخارجية"));
    assert!(q[2].speaker_resolved);
    let t = "وقالت المتحدثة باسم الخارجية: «نرفض التدخل». وقال وزير الدفاع: «الجيش جاهز». وأضاف: «لن نتراجع».";
    assert_eq!(part(t, quotes(t)[2].speaker), Some("وزير الدفاع"));
    let t = "وقالت الوزيرة: «نرفض التدخل». وقال السفير: «نحن معها». مشيرة إلى أن «الحوار مستمر».";
    assert_eq!(part(t, quotes(t)[2].speaker), Some("الوزيرة"));
}

#[test]
fn a_quote_opening_its_paragraph_after_said_colon_is_that_speakers() {
    let t = "At a briefing in Amman, the Jordanian foreign minister Ayman Safadi said:\n\n\
             “The region cannot afford another war. We say this to everyone.”\n\nTalks resume on Monday.";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert_eq!(
        part(t, q[0].speaker),
        Some("the Jordanian foreign minister Ayman Safadi")
    );
    assert_eq!(part(t, q[0].cue), Some("said"));
}

#[test]
fn a_paragraph_ending_without_a_colon_does_not_introduce_the_next_quote() {
    let t = "The minister said the talks had failed.\n\n“Nothing will change,” one resident wrote.";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert_eq!(part(t, q[0].speaker), Some("one resident"));
}

#[test]
fn arabic_guillemets_opening_a_paragraph_after_qal_colon() {
    let t = "وقال رئيس البرلمان العراقي في كلمته:\n\n«لن نسمح بتعطيل عمل المؤسسات الدستورية».";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert_eq!(part(t, q[0].speaker), Some("رئيس البرلمان العراقي"));
}

#[test]
fn a_pronoun_attribution_with_a_place_between_split_quotes_carries_on() {
    let t = "The Somali president Hassan Sheikh Mohamud toured the camps. \
             “We need food before the rains,” he told reporters in Baidoa. “Children are dying.”";
    let q = quotes(t);
    assert_eq!(q.len(), 2);
    assert_eq!(part(t, q[1].speaker), part(t, q[0].speaker));
    assert!(part(t, q[1].speaker).is_some_and(|s| s.contains("Mohamud")));
    assert_eq!(part(t, q[1].cue), Some("told"));
}

#[test]
fn a_second_sentence_between_two_quotes_breaks_the_continuation() {
    let t = "“We need food,” the governor said. Aid agencies disagreed. “The roads are open.”";
    let q = quotes(t);
    assert_eq!(q.len(), 2);
    assert_eq!(q[1].speaker, None);
}

#[test]
fn fa_inna_before_a_guillemet_introduces_a_direct_quote() {
    let t = "وبحسب بيان الجيش، فإن «الوحدات انتشرت على الحدود».";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].kind, QuoteKind::Direct);
    assert!(part(t, q[0].speaker).is_some_and(|s| s.ends_with("الجيش")));
}

#[test]
fn ablagh_reports_to_a_body_and_ladaa_keeps_the_post_whole() {
    let t = "وأبلغ السفير السعودي لدى واشنطن الصحفيين أن «المملكة تدعم الحل السياسي».";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert_eq!(part(t, q[0].cue), Some("أبلغ"));
    assert!(part(t, q[0].speaker).is_some_and(|s| s.starts_with("السفير السعودي لدى واشنطن")));
}

#[test]
fn a_name_given_after_bism_or_laqab_is_not_a_quote() {
    let t = "وتعرف المنطقة باسم «وادي الذئاب» منذ سنوات، وأطلق عليها السكان لقب «المدينة المنسية».";
    assert!(quotes(t).is_empty());
}

#[test]
fn an_outlet_named_before_the_arabic_cue_is_the_source() {
    let t = "وفي تصريح لقناة العربية، قال وزير الخارجية اليمني إن «الحوثيين رفضوا كل المبادرات».";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert_eq!(part(t, q[0].source), Some("قناة العربية"));
    assert_eq!(part(t, q[0].speaker), Some("وزير الخارجية اليمني"));
}

#[test]
fn russia_today_keeps_its_today_in_an_interview_with() {
    let t =
        "وقال رئيس الوزراء العراقي، في مقابلة مع قناة روسيا اليوم، إن «بغداد ترفض سياسة المحاور».";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert_eq!(part(t, q[0].source), Some("قناة روسيا اليوم"));
}

#[test]
fn an_outlet_search_after_a_closing_guillemet_stays_on_char_boundaries() {
    let t = "أكد الوزير أن «الهدنة صامدة»، مشيراً إلى أن «المساعدات تصل».";
    let q = quotes(t);
    assert_eq!(q.len(), 2);
    assert_eq!(q[1].source, None);
}

#[test]
fn khatam_bilqawl_has_no_written_subject_and_takes_the_earlier_speaker() {
    let t = "وتحدث وزير الخارجية العماني بدر البوسعيدي عن جهود الوساطة، وختم بالقول: «الحوار هو الطريق الوحيد».";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert_eq!(
        part(t, q[0].speaker),
        Some("وزير الخارجية العماني بدر البوسعيدي")
    );
    assert!(q[0].speaker_resolved);
}

#[test]
fn an_outlet_in_parentheses_after_the_attribution_clause_is_the_source() {
    let t = "“The border will stay open,” the ministry said in a statement (SANA). Trucks waited.";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert_eq!(part(t, q[0].source), Some("SANA"));
}

#[test]
fn a_parenthesis_in_the_next_sentence_is_not_the_quotes_source() {
    let t = "“The border will stay open,” the minister said. Later (AFP) reported delays.";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].source, None);
}

#[test]
fn an_aside_in_parentheses_after_the_attribution_is_not_a_source() {
    let t = "“We will rebuild,” the mayor said on Monday (local time), standing in the ruins.";
    let q = quotes(t);
    assert_eq!(q[0].source, None);
}

#[test]
fn an_outlet_name_in_guillemets_after_li_is_the_source_not_a_quote() {
    let t = "وقال مصدر حكومي لـ«العربية» إن «الحكومة ستعلن خطة إنقاذ خلال أيام».";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert_eq!(content(t, &q[0]), "الحكومة ستعلن خطة إنقاذ خلال أيام");
    assert_eq!(part(t, q[0].source), Some("العربية"));
    assert_eq!(part(t, q[0].speaker), Some("مصدر حكومي"));
}

#[test]
fn qala_li_a_programme_has_no_written_subject() {
    let t = "وتحدث وزير المالية البريطاني عن الميزانية. وقال لبرنامج \"صباح الأحد\" على بي بي سي: «لن نرفع الضرائب».";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert_eq!(content(t, &q[0]), "لن نرفع الضرائب");
    assert!(part(t, q[0].speaker).is_some_and(|s| s.starts_with("وزير المالية")));
}

#[test]
fn a_contact_label_before_a_colon_is_not_a_speaker() {
    let t = "Email: \"Sarah\" and the rest of the team.";
    let q = quotes(t);
    assert!(q.iter().all(|q| q.speaker.is_none()));
}

#[test]
fn a_determiner_alone_is_never_a_speaker() {
    let t = "\"Marvelous!\" Winston beams. \"Well,\" says the, and then nothing more.";
    for q in quotes(t) {
        if let Some(sp) = part(t, q.speaker) {
            assert_ne!(sp.to_ascii_lowercase(), "the");
        }
    }
}

#[test]
fn tablugh_amounts_to_and_is_no_speech_verb() {
    let t = "تبلغ كلفة التعرفة الثابتة لدى شركة \"نور\" نحو مئة دينار.";
    assert!(quotes(t)
        .iter()
        .all(|q| q.speaker.is_none() && q.cue.is_none()));
}

#[test]
fn ma_bayna_is_no_speaker_and_cue() {
    let t = "تتراوح الأسعار ما بين \"نكتار\" و\"زهرة\" في السوق.";
    for q in quotes(t) {
        assert_ne!(part(t, q.speaker), Some("ما"));
    }
}

#[test]
fn according_to_an_outlet_after_a_right_attribution_is_the_source() {
    let t =
        "“The talks collapsed over the withdrawal,” a Qatari official said, according to Al-Ahram.";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert_eq!(part(t, q[0].speaker), Some("a Qatari official"));
    assert_eq!(part(t, q[0].source), Some("Al-Ahram"));
}

#[test]
fn according_to_a_person_after_a_right_attribution_is_no_source() {
    let t = "“The talks collapsed,” a Qatari official said, according to Mr. Hamad, his aide.";
    let q = quotes(t);
    assert_eq!(q[0].source, None);
}

#[test]
fn an_envoy_to_a_country_keeps_the_destination_in_the_speaker() {
    let t = "وقال المبعوث الأممي إلى اليمن هانس غروندبرغ إن «الهدنة ما زالت صامدة».";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert_eq!(
        part(t, q[0].speaker),
        Some("المبعوث الأممي إلى اليمن هانس غروندبرغ")
    );
}

#[test]
fn ila_after_a_minister_who_calls_for_something_is_not_a_destination() {
    let t = "ودعا وزير الخارجية إلى الحوار، قائلاً: «لا بديل عن الحل السياسي».";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert_eq!(part(t, q[0].speaker), Some("وزير الخارجية"));
}

#[test]
fn a_feminine_cue_after_rahhabat_takes_the_woman_who_welcomed() {
    let t = "وقال المبعوث الأممي إن «الانتخابات ممكنة». ورحبت نائبته ستيفاني خوري بالتصريح، وأضافت: «المهم التوافق على القوانين».";
    let q = quotes(t);
    assert_eq!(q.len(), 2);
    assert!(part(t, q[1].speaker).is_some_and(|s| s.ends_with("ستيفاني خوري")));
}

#[test]
fn quote_first_then_bihadhihi_alkalimat_khatab() {
    let t = "«لن نترك أهلنا وحدهم»، بهذه الكلمات خاطب رئيس الحكومة المتظاهرين.";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert!(part(t, q[0].speaker).is_some_and(|s| s.starts_with("رئيس الحكومة")));
    assert_eq!(part(t, q[0].cue), Some("خاطب"));
}

#[test]
fn an_infinitive_speech_verb_gives_no_speaker_to_a_later_pronoun() {
    let t = "The envoy left Geneva. He declined to say when the delegations would meet again.\n\n\
             “We are not asking for favours,” he said.";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert_ne!(part(t, q[0].speaker), Some("He declined to"));
}

#[test]
fn a_description_then_a_name_between_commas_before_said_is_one_speaker() {
    let t =
        "“There is no military solution,” the UN envoy to Sudan, Ramtane Lamamra, said on Friday.";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert_eq!(
        part(t, q[0].speaker),
        Some("the UN envoy to Sudan, Ramtane Lamamra")
    );
    assert_eq!(part(t, q[0].cue), Some("said"));
}

#[test]
fn an_outlet_in_guillemets_before_the_arabic_cue_is_the_source() {
    let t = "وفي حديث لصحيفة «الشرق الأوسط»، قال الوزير: «نحن أمام مرحلة جديدة».";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert!(part(t, q[0].source).is_some_and(|s| s.contains("الشرق الأوسط")));
    assert_eq!(part(t, q[0].speaker), Some("الوزير"));
}

#[test]
fn an_interview_with_a_listed_network_names_the_source() {
    let t = "Jordan's Queen Rania said in an interview with CBS: “The double standard is glaring.”";
    let q = quotes(t);
    assert_eq!(part(t, q[0].source), Some("CBS"));
}

#[test]
fn a_listed_agency_beside_a_nationality_is_the_outlets_name() {
    let t = "“This is a dangerous escalation,” warned the Arab League in a statement carried by the Egyptian news agency MENA.";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert_eq!(part(t, q[0].source), Some("MENA"));
}

#[test]
fn a_pronoun_after_a_described_speaker_with_no_name_is_that_speaker() {
    let t = "The spokesman said: [“The forces will leave within ten days.” He added that “the mission has been completed.” (TASS 13/1/2022)]";
    let q = quotes(t);
    assert_eq!(q.len(), 2);
    assert_eq!(part(t, q[1].speaker), Some("The spokesman"));
    assert!(q[1].speaker_resolved);
}

#[test]
fn a_pronoun_still_prefers_an_earlier_name_to_a_description() {
    let t = "Ned Price said the talks were useful. The spokesman said: “We are hopeful.” He added: “Nothing is agreed.”";
    let q = quotes(t);
    assert_eq!(q.len(), 2);
    assert_eq!(part(t, q[1].speaker), Some("Ned Price"));
}

#[test]
fn a_relaying_agency_is_named_without_its_article() {
    let t = "The Saudi Press Agency (SPA) quoted an official source as saying: “The Kingdom is following the developments.”";
    let q = quotes(t);
    assert_eq!(part(t, q[0].source), Some("Saudi Press Agency"));
}
