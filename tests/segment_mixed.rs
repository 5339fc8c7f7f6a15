//! Sentences and runs on mixed English/Arabic text: the hard cases by name. The whole fixture set
//! (`tests/fixtures/sentences_mixed.jsonl`) is run by `tests/python/test_sentences_mixed.py`.

use warraq::segment;
use warraq::text::{self, Lang, Script};
use warraq::Options;

fn sents(t: &str) -> Vec<String> {
    let runs = text::runs(t);
    segment::sentences(t, &runs, &Options::default())
        .iter()
        .map(|s| t[s.start..s.end].to_owned())
        .collect()
}

fn langs(t: &str) -> Vec<Lang> {
    let runs = text::runs(t);
    segment::sentences(t, &runs, &Options::default())
        .iter()
        .map(|s| s.lang)
        .collect()
}

fn arabic_runs(t: &str) -> Vec<&str> {
    text::runs(t)
        .into_iter()
        .filter(|r| r.script == Script::Arabic)
        .map(|r| &t[r.start..r.end])
        .collect()
}

// ------------------------------------------------------------------ script changes at a period

#[test]
fn arabic_question_mark_then_english_sentence_splits() {
    assert_eq!(
        sents("سأل المذيع: هل انتهت الأزمة؟ The guest did not answer."),
        ["سأل المذيع: هل انتهت الأزمة؟", "The guest did not answer."]
    );
}

#[test]
fn english_question_then_arabic_sentence_splits() {
    assert_eq!(
        sents("Who gave the order? لم تجب الحكومة حتى الآن."),
        ["Who gave the order?", "لم تجب الحكومة حتى الآن."]
    );
}

#[test]
fn acronym_ending_an_english_sentence_before_arabic_ends_it() {
    // the script changes with the period, and the Arabic runs on to its own period
    assert_eq!(
        sents("The delegation flew back to the U.S. وصرح مصدر مطلع بأن المحادثات ستستأنف."),
        [
            "The delegation flew back to the U.S.",
            "وصرح مصدر مطلع بأن المحادثات ستستأنف."
        ]
    );
    assert_eq!(
        sents("The list includes oil, gas, etc. وهذه كلها ثروات."),
        ["The list includes oil, gas, etc.", "وهذه كلها ثروات."]
    );
}

#[test]
fn acronym_inside_arabic_text_does_not_end_the_sentence() {
    assert_eq!(
        sents("التقى الوزير بالمبعوث في مقر السفارة U.S. في عمّان. ثم غادر."),
        [
            "التقى الوزير بالمبعوث في مقر السفارة U.S. في عمّان.",
            "ثم غادر."
        ]
    );
}

#[test]
fn acronym_inside_arabic_text_before_an_arabic_sentence_opener_ends_it() {
    assert_eq!(
        sents("تمثل الشركة مجموعة مقرها في U.S.A. وقد رفضت التعليق."),
        ["تمثل الشركة مجموعة مقرها في U.S.A.", "وقد رفضت التعليق."]
    );
    assert_eq!(
        sents("وقعت الحكومة العقد مع Gulf Energy Inc. وأكد متحدث باسمها ذلك."),
        [
            "وقعت الحكومة العقد مع Gulf Energy Inc.",
            "وأكد متحدث باسمها ذلك."
        ]
    );
}

#[test]
fn eg_before_an_arabic_name_inside_english_does_not_end_the_sentence() {
    // the Arabic is a name inside the English sentence: English goes on before any terminator
    let t = "Several firms, e.g. شركة النفط الوطنية, had bid as well. The award is under review.";
    assert_eq!(
        sents(t),
        [
            "Several firms, e.g. شركة النفط الوطنية, had bid as well.",
            "The award is under review."
        ]
    );
}

#[test]
fn titles_before_arabic_names_never_end_a_sentence() {
    assert_eq!(
        sents("Dr. خالد العمري and Mr. سمير spoke first. Their talks were brief."),
        [
            "Dr. خالد العمري and Mr. سمير spoke first.",
            "Their talks were brief."
        ]
    );
}

// ------------------------------------------------------------------ glued terminators

#[test]
fn arabic_question_mark_glued_to_the_next_sentence_splits() {
    assert_eq!(
        sents("ما هو موقف أمريكا من ذلك؟What does Washington want?"),
        ["ما هو موقف أمريكا من ذلك؟", "What does Washington want?"]
    );
    assert_eq!(
        sents("هل انتهت الأزمة؟ولماذا تأخر الحل؟"),
        ["هل انتهت الأزمة؟", "ولماذا تأخر الحل؟"]
    );
}

#[test]
fn english_period_glued_to_an_arabic_sentence_splits() {
    assert_eq!(
        sents("The envoy said nothing.وقال مساعده إن الرد سيأتي."),
        ["The envoy said nothing.", "وقال مساعده إن الرد سيأتي."]
    );
}

#[test]
fn arabic_period_glued_to_an_english_sentence_splits() {
    assert_eq!(
        sents("انتهى المؤتمر الصحفي.The reporters left."),
        ["انتهى المؤتمر الصحفي.", "The reporters left."]
    );
}

#[test]
fn glued_abbreviations_and_question_marks_in_urls_do_not_split() {
    assert_eq!(sents("See e.g.النفط for details.").len(), 1);
    assert_eq!(
        sents("Visit https://example.org/search?Query=x today.").len(),
        1
    );
    assert_eq!(sents("Yahoo!News reported it.").len(), 1);
}

// ------------------------------------------------------------------ lists, labels, quotes

#[test]
fn arabic_indic_list_markers_with_a_period_open_their_item() {
    let t = "أسباب الأزمة:\n١. ارتفاع الأسعار.\n٢. انتشار الاحتجاجات.\n١٢. تدخل القوات.";
    assert_eq!(
        sents(t),
        [
            "أسباب الأزمة:",
            "١. ارتفاع الأسعار.",
            "٢. انتشار الاحتجاجات.",
            "١٢. تدخل القوات."
        ]
    );
}

#[test]
fn arabic_indic_list_item_after_a_comma_line_starts_a_new_sentence() {
    let t = "وتشمل المطالب ما يلي،\n١- خفض الأسعار\n٢- الإفراج عن المعتقلين";
    assert_eq!(
        sents(t),
        [
            "وتشمل المطالب ما يلي،",
            "١- خفض الأسعار",
            "٢- الإفراج عن المعتقلين"
        ]
    );
}

#[test]
fn arabic_dateline_with_an_outlet_in_parentheses_ends_at_its_colon() {
    assert_eq!(
        sents("عمّان (رويترز): أعلنت الحكومة استقالتها مساء الأحد."),
        ["عمّان (رويترز):", "أعلنت الحكومة استقالتها مساء الأحد."]
    );
}

#[test]
fn see_before_a_reference_does_not_end_at_its_colon() {
    assert_eq!(sents("انظر: المرجع السابق، ص. 45.").len(), 1);
    assert_eq!(sents("وللمزيد راجع: تقرير الأمم المتحدة.").len(), 1);
}

#[test]
fn quoted_arabic_slogan_stays_with_its_chanting_attribution() {
    assert_eq!(
        sents("“لا للتدخل الأجنبي!” هتف المتظاهرون. The police dispersed them."),
        [
            "“لا للتدخل الأجنبي!” هتف المتظاهرون.",
            "The police dispersed them."
        ]
    );
}

#[test]
fn bidi_marks_after_arabic_terminators_stay_with_their_sentence() {
    assert_eq!(
        sents("هل يمكن الوثوق بهذه الوعود؟\u{200F} Many in Almaty doubt it."),
        [
            "هل يمكن الوثوق بهذه الوعود؟\u{200F}",
            "Many in Almaty doubt it."
        ]
    );
    assert_eq!(
        sents("The decree reads: \u{202B}يعلن الحداد ثلاثة أيام.\u{202C} Flags were lowered."),
        [
            "The decree reads: \u{202B}يعلن الحداد ثلاثة أيام.\u{202C}",
            "Flags were lowered."
        ]
    );
}

// ------------------------------------------------------------------ language and runs

#[test]
fn sentence_lang_counts_letters_not_bytes() {
    // eleven Latin letters (and a quote mark) against sixteen Arabic ones
    assert_eq!(
        langs("“Is this a coup?” تساءل أحد الصحفيين. ولم يجب المتحدث."),
        [Lang::Ar, Lang::Ar]
    );
    assert_eq!(
        langs("The minister posted: «لن نقبل» and left the hall at once."),
        [Lang::En]
    );
}

#[test]
fn arabic_run_holds_punctuation_between_arabic_words_not_the_english_around() {
    assert_eq!(
        arabic_runs("The banner read «الشعب يريد الإصلاح.» and nobody tore it down."),
        ["الشعب يريد الإصلاح"]
    );
    assert_eq!(
        arabic_runs("He wrote (السيادة، والكرامة) twice."),
        ["السيادة، والكرامة"]
    );
}

// ------------------------------------------------------------------ emoji and labels

#[test]
fn emoji_after_a_sentence_end_stay_with_that_sentence() {
    assert_eq!(
        sents("وكتب: “We will overcome this.” 🇰🇿 وأرفقها بصورة."),
        ["وكتب: “We will overcome this.” 🇰🇿", "وأرفقها بصورة."]
    );
    assert_eq!(
        sents("مبروك! 👨\u{200D}👩\u{200D}👧 ❤\u{FE0F} نلتقي غدا."),
        ["مبروك! 👨\u{200D}👩\u{200D}👧 ❤\u{FE0F}", "نلتقي غدا."]
    );
    assert_eq!(sents("Great news! 🎉"), ["Great news! 🎉"]);
    // an emoji opening the next line opens the next sentence
    assert_eq!(
        sents("Done.\n🔴 Breaking: protests in Almaty."),
        ["Done.", "🔴 Breaking: protests in Almaty."]
    );
}

#[test]
fn english_label_before_an_arabic_question_ends_at_its_colon() {
    assert_eq!(
        sents("Question: ما حكم المشاركة في الانتخابات؟"),
        ["Question:", "ما حكم المشاركة في الانتخابات؟"]
    );
}

#[test]
fn english_gloss_label_before_an_arabic_name_does_not_end() {
    assert_eq!(sents("Arabic: القاهرة"), ["Arabic: القاهرة"]);
    assert_eq!(sents("The minister said: لن نقبل.").len(), 1);
}

// ------------------------------------------------------------------ verses and citations

#[test]
fn verse_in_ornate_brackets_then_an_english_opener_ends_without_a_period() {
    assert_eq!(
        sents("The Qur'an warns ﴿وَلَا تَرْكَنُوا﴾ This verse is clear."),
        ["The Qur'an warns ﴿وَلَا تَرْكَنُوا﴾", "This verse is clear."]
    );
    // the ornate brackets the other way round
    assert_eq!(
        sents("Allah says ﴾اتَّقُوا اللَّهَ﴿ This is a command."),
        ["Allah says ﴾اتَّقُوا اللَّهَ﴿", "This is a command."]
    );
}

#[test]
fn verse_reference_number_or_translation_stays_with_the_verse() {
    assert_eq!(
        sents("﴿وَمَا النَّصْرُ إِلَّا مِنْ عِندِ اللَّهِ﴾ ﴿١٢٦﴾ This verse was quoted."),
        ["﴿وَمَا النَّصْرُ إِلَّا مِنْ عِندِ اللَّهِ﴾ ﴿١٢٦﴾", "This verse was quoted."]
    );
    assert_eq!(
        sents("Allah says ﴿اتَّقُوا اللَّهَ﴾ “Fear Allah” [Aal-i-Imran: 102]. It is general.").len(),
        2
    );
    assert_eq!(
        sents("Allah says ﴿اتَّقُوا اللَّهَ﴾ Allah also says more.").len(),
        1
    );
}

#[test]
fn dated_citation_after_a_period_stays_with_the_sentence_before() {
    assert_eq!(
        sents("وذكرت الوكالة أن 164 شخصا قتلوا. (Reuters, 9/1/2022) The figure was revised."),
        [
            "وذكرت الوكالة أن 164 شخصا قتلوا. (Reuters, 9/1/2022)",
            "The figure was revised."
        ]
    );
    assert_eq!(
        sents("Prices rose. (Table 2) The effect was large."),
        ["Prices rose.", "(Table 2) The effect was large."]
    );
}

#[test]
fn eng_is_a_title_before_a_name() {
    assert_eq!(
        sents("Eng. Ali Hassan (م. علي حسن) attended. كان الاجتماع مثمرا."),
        [
            "Eng. Ali Hassan (م. علي حسن) attended.",
            "كان الاجتماع مثمرا."
        ]
    );
}

#[test]
fn arabic_colon_opening_an_enumeration_is_no_label() {
    assert_eq!(
        sents("وتشمل ثروات البلاد: النفط، الغاز، اليورانيوم."),
        ["وتشمل ثروات البلاد: النفط، الغاز، اليورانيوم."]
    );
}

#[test]
fn english_ellipsis_before_an_arabic_sentence_ends_it() {
    assert_eq!(
        sents("The talks failed... وعاد الوفد إلى بلاده. Nobody was surprised."),
        [
            "The talks failed...",
            "وعاد الوفد إلى بلاده.",
            "Nobody was surprised."
        ]
    );
    // an Arabic ellipsis before Arabic stays a pause, and an Arabic phrase inside English
    // does not end the English sentence
    assert_eq!(
        sents("أُعلنت استقالة الحكومة… لكن الاحتجاجات لم تتوقف!").len(),
        1
    );
    assert_eq!(sents("Kazakhstan… وهو بلد كبير… has oil.").len(), 1);
}

#[test]
fn arabic_sentence_then_lower_case_english_splits() {
    assert_eq!(
        sents("والله ما فهمت شي من الخطاب. what did he promise?"),
        ["والله ما فهمت شي من الخطاب.", "what did he promise?"]
    );
    // not after an Arabic abbreviation, nor inside a quotation the English sentence goes on after
    assert_eq!(sents("وقال د. john إن الوضع خطير.").len(), 1);
    assert_eq!(
        sents("The banner read «الشعب يريد الإصلاح.» and nobody tore it down.").len(),
        1
    );
}

#[test]
fn single_arabic_letter_ending_an_english_sentence_ends_it() {
    assert_eq!(
        sents("The second letter is ب. The third is ت."),
        ["The second letter is ب.", "The third is ت."]
    );
    // the Arabic title `د.` before a name keeps going
    assert_eq!(sents("He met د. Sami Haddad in Amman.").len(), 1);
}
