//! The dates layer, as a spec: what is a date in our users' text, and what is not.

use proptest::prelude::*;
use warraq::dates::{Calendar, DateOrder, Precision, SimpleDate};
use warraq::{analyze, Options};

fn found(text: &str) -> Vec<(String, Option<String>)> {
    found_with(text, &Options::default())
}

fn found_with(text: &str, o: &Options) -> Vec<(String, Option<String>)> {
    analyze(text, o)
        .dates
        .iter()
        .map(|d| (text[d.start..d.end].to_owned(), d.iso.clone()))
        .collect()
}

fn iso(text: &str) -> Vec<Option<String>> {
    found(text).into_iter().map(|x| x.1).collect()
}

fn s(x: &str) -> Option<String> {
    Some(x.to_owned())
}

fn with_ref(y: i32, m: u8, d: u8) -> Options {
    Options {
        reference_date: Some(SimpleDate {
            year: y,
            month: m,
            day: d,
        }),
        ..Options::default()
    }
}

#[test]
fn a_day_without_a_year_takes_the_year_nearest_the_dateline() {
    // an upcoming date more than a month after the dateline stays in the dateline's year
    let t = "BEIRUT, March 14, 2023\n\nThe deal was signed in April 2022.\n\nEid falls around April 21.";
    assert_eq!(iso(t).last().cloned().flatten(), s("2023-04-21"));
    // a past date just before a January dateline is in the year before
    let t = "Cairo, 5 January 2022\n\nThe talks began on 28 December and ended in November.";
    assert_eq!(iso(t)[1..], [s("2021-12-28"), s("2021-11")]);
    // a December dateline that looks ahead to early January
    let t = "Riyadh, 28 December 2022\n\nThe new budget takes effect on 3 January.";
    assert_eq!(iso(t)[1..], [s("2023-01-03")]);
}

#[test]
fn the_following_year_counts_from_the_year_just_named_not_from_today() {
    let o = with_ref(2022, 1, 5);
    let t = "The war began in 2011. The following year, elections were held.";
    assert_eq!(
        found_with(t, &o)[1],
        ("The following year".to_owned(), s("2012"))
    );
    let t = "وفي عام 2011 اندلعت الثورة، وفي العام التالي جرت الانتخابات.";
    assert_eq!(found_with(t, &o)[1], ("العام التالي".to_owned(), s("2012")));
    let t = "اعتقل في 5 آذار 2011 وأفرج عنه في اليوم التالي.";
    assert_eq!(
        found_with(t, &o)[1],
        ("اليوم التالي".to_owned(), s("2011-03-06"))
    );
    let t = "He was arrested in March 2011 and released the following month.";
    assert_eq!(found_with(t, &o)[1].1, s("2011-04"));
    // `next year` is deictic: from the reference, whatever the text named before
    let t = "In 2011 the uprising began; next year the country votes again.";
    assert_eq!(found_with(t, &o)[1].1, s("2023"));
}

#[test]
fn the_following_day_after_a_bare_year_has_no_value_rather_than_a_wrong_one() {
    let t = "He was arrested in 2011 and released the following day.";
    assert_eq!(
        found_with(t, &with_ref(2022, 1, 5))[1],
        ("the following day".to_owned(), None)
    );
    // no earlier date and no reference given: no value either
    assert_eq!(
        found("وصل الوفد في اليوم التالي."),
        [("اليوم التالي".to_owned(), None)]
    );
    // the day after an event is not a date
    assert!(found("سيعقد الاجتماع في اليوم التالي للانتخابات.").is_empty());
}

#[test]
fn years_bc_are_negative_without_a_year_zero() {
    // historical numbering, as annotations write it (not ISO 8601's astronomical -0043)
    assert_eq!(iso("Caesar was killed in 44 BC."), [s("-0044")]);
    assert_eq!(iso("in 500 B.C.E."), [s("-0500")]);
}

#[test]
fn a_year_before_the_hijra_is_not_read_as_a_gregorian_year() {
    // the Hijri calendars start at 1 AH: `53 BH` is dropped, not the Gregorian year 53, and
    // the day and month before it get no year from elsewhere in the text
    assert!(found("عام 53 قبل الهجرة").is_empty());
    assert!(found("ولد سنة 13 ق.هـ").is_empty());
    assert_eq!(
        found("Born 12 Rabi' al-Awwal 53 BH (570 CE). Died 8 June 632 CE."),
        [
            ("570 CE".to_owned(), s("0570")),
            ("8 June 632 CE".to_owned(), s("0632-06-08"))
        ]
    );
}

#[test]
fn russia_today_is_not_a_date() {
    let t = "The minister told Russia Today that the troops would stay. (Al Arabiya 10/1/2022)";
    assert_eq!(found(t), [("10/1/2022".to_owned(), s("2022-01-10"))]);
    assert!(found("ونقلت روسيا اليوم عن المتحدث قوله").is_empty());
}

#[test]
fn percent_is_not_a_date() {
    assert!(found("Turnout reached 75% and prices rose 21% in the west.").is_empty());
    assert!(found("ارتفعت الأسعار بنسبة ٢٠٪ هذا الشهر")
        .iter()
        .all(|d| !d.0.contains('٢')));
}

#[test]
fn quantities_are_not_dates() {
    let t = "About 1,300 shops burned, 20,000 fighters and 2500 soldiers arrived, losses of 2 and 3 billion dollars, 10 thousand arrests.";
    assert!(found(t).is_empty(), "{:?}", found(t));
    assert!(found("a force of 1500 troops").is_empty());
}

#[test]
fn verse_article_time_and_phone_are_not_dates() {
    let t = "He recited [Al-Baqarah: 255] and cited Article 175 at 10:30; call 0123-456-7890.";
    assert!(found(t).is_empty(), "{:?}", found(t));
}

#[test]
fn may_as_verb_is_not_a_date() {
    let t = "This may lead to war, and the crowds may march on the capital.";
    assert!(found(t).is_empty(), "{:?}", found(t));
    assert_eq!(iso("Elections were held in May 2021."), [s("2021-05")]);
}

#[test]
fn hijri_year_1443_is_not_gregorian() {
    let d = analyze("The decree was issued in 1443 AH.", &Options::default()).dates;
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].calendar, Calendar::Hijri);
    assert_eq!(d[0].year, Some(1443));
    assert_eq!(d[0].iso, None);
    assert_eq!(d[0].hijri.as_deref(), Some("1443"));
    assert_eq!(d[0].gregorian_start.as_deref(), Some("2021-08-09"));
    assert_eq!(d[0].gregorian_end.as_deref(), Some("2022-07-29"));
}

#[test]
fn dual_dateline_is_linked() {
    let t = "Issued 3 Rajab 1443 AH – 04/02/2022 CE";
    let d = analyze(t, &Options::default()).dates;
    assert_eq!(d.len(), 2);
    assert_eq!(d[0].calendar, Calendar::Hijri);
    assert_eq!(d[0].iso.as_deref(), Some("2022-02-04"));
    assert_eq!(d[0].linked, Some(1));
    assert_eq!(d[1].linked, Some(0));
    assert_eq!(d[0].agrees, Some(true));
    assert_eq!(d[1].hijri.as_deref(), Some("1443-07-03"));
}

#[test]
fn arabic_dual_date_with_muwafiq_is_linked_and_checked() {
    let t = "صدر في ١٠ شعبان ١٤٤٣هـ الموافق ١٥/٠٣/٢٠٢٢م";
    let d = analyze(t, &Options::default()).dates;
    assert_eq!(d.len(), 2, "{d:?}");
    assert_eq!(d[0].linked, Some(1));
    // 10 Sha'ban 1443 is 13 March 2022: the two halves disagree, and say so
    assert_eq!(d[0].iso.as_deref(), Some("2022-03-13"));
    assert_eq!(d[1].iso.as_deref(), Some("2022-03-15"));
    assert_eq!(d[0].agrees, Some(false));
}

#[test]
fn impossible_hijri_day_is_not_reported() {
    // Jumada II 1443 has 29 days under Umm al-Qura
    assert!(found("The letter is dated 30 Jumada II 1443 AH.").is_empty());
    assert!(found("بتاريخ ٣٠ جمادى الآخرة ١٤٤٣هـ").is_empty());
    assert_eq!(found("dated 29 Jumada II 1443 AH").len(), 1);
}

#[test]
fn impossible_gregorian_day_is_not_reported() {
    assert!(found("on 31/02/2022").is_empty());
}

#[test]
fn numeric_order_is_decided_by_an_unambiguous_date() {
    let t = "Talks began on 3/4/2022 and ended on 25/4/2022.";
    assert_eq!(iso(t), [s("2022-04-03"), s("2022-04-25")]);
    let d = analyze(t, &Options::default()).dates;
    assert!(!d[0].ambiguous);
    let t = "Talks began on 3/4/2022 and ended on 4/25/2022.";
    assert_eq!(iso(t), [s("2022-03-04"), s("2022-04-25")]);
}

#[test]
fn arab_outlet_makes_day_first_assumed() {
    let t = "The army withdrew, the ministry said. (Al-Mayadeen 2/3/2022)";
    let d = analyze(t, &Options::default()).dates;
    assert_eq!(d[0].iso.as_deref(), Some("2022-03-02"));
    assert!(d[0].ambiguous);
}

#[test]
fn arab_state_agency_acronym_makes_day_first() {
    let t = "\"We will not accept interference,\" the minister said. (SPA 12/3/2023)";
    assert_eq!(iso(t), [s("2023-03-12")]);
}

#[test]
fn outlet_names_count_only_as_whole_words() {
    // `Roya` (a Jordanian channel) inside `royal`, `Kuna` the currency, `Sana` a name: none is
    // an Arab outlet, so the default order stays month-first
    for t in [
        "The royal visit is set for 4/5/2023.",
        "The price was 20 kuna on 4/5/2023.",
        "Sana Khan arrived on 4/5/2023.",
    ] {
        assert_eq!(iso(t), [s("2023-04-05")], "{t}");
    }
}

#[test]
fn forced_order_is_not_ambiguous() {
    let o = Options {
        date_order: DateOrder::Mdy,
        ..Options::default()
    };
    let d = analyze("Signed 2/3/2022.", &o).dates;
    assert_eq!(d[0].iso.as_deref(), Some("2022-02-03"));
    assert!(!d[0].ambiguous);
}

#[test]
fn dotted_dates_are_day_first() {
    assert_eq!(iso("Signed 5.1.2022 in Geneva."), [s("2022-01-05")]);
}

#[test]
fn numeric_forms() {
    assert_eq!(iso("on 2022-01-05"), [s("2022-01-05")]);
    assert_eq!(iso("on 2022/1/5"), [s("2022-01-05")]);
    assert_eq!(iso("on ١٥/٠١/٢٠٢٢"), [s("2022-01-15")]);
    assert_eq!(iso("on 15-01-2022"), [s("2022-01-15")]);
    assert_eq!(iso("in 2014-10"), [s("2014-10")]);
}

#[test]
fn hijri_numeric_date_is_hijri() {
    let d = analyze("بتاريخ 15/06/1443هـ", &Options::default()).dates;
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].calendar, Calendar::Hijri);
    assert_eq!(d[0].hijri.as_deref(), Some("1443-06-15"));
    assert_eq!(d[0].iso.as_deref(), Some("2022-01-18"));
}

#[test]
fn english_month_forms() {
    assert_eq!(iso("on 6 January 2022"), [s("2022-01-06")]);
    assert_eq!(iso("on January 6, 2022"), [s("2022-01-06")]);
    assert_eq!(iso("on Thursday, January 6, 2022"), [s("2022-01-06")]);
    assert_eq!(iso("in Sept. 2021"), [s("2021-09")]);
    assert_eq!(iso("on the 6th of January 2022"), [s("2022-01-06")]);
}

#[test]
fn precision_is_honest() {
    let d = analyze(
        "He resigned in March 2019; the state was founded in 1991.",
        &Options::default(),
    )
    .dates;
    assert_eq!(d[0].precision, Precision::Month);
    assert_eq!(d[0].iso.as_deref(), Some("2019-03"));
    assert_eq!(d[0].day, None);
    assert_eq!(d[1].precision, Precision::Year);
    assert_eq!(d[1].iso.as_deref(), Some("1991"));
}

#[test]
fn hijri_month_has_no_single_iso() {
    let d = analyze("during Ramadan 1443 AH", &Options::default()).dates;
    assert_eq!(d[0].precision, Precision::Month);
    assert_eq!(d[0].iso, None);
    assert_eq!(d[0].hijri.as_deref(), Some("1443-09"));
    assert_eq!(d[0].gregorian_start.as_deref(), Some("2022-04-02"));
    assert_eq!(d[0].gregorian_end.as_deref(), Some("2022-05-01"));
}

#[test]
fn transliterated_hijri_months() {
    for t in [
        "12 Rabi' al-Awwal 1444",
        "12 Rabi al-Awal 1444",
        "12 Rabi I 1444",
        "12 Rabiul Awal 1444",
        "12 Rabīʿ al-Awwal 1444",
    ] {
        let d = analyze(t, &Options::default()).dates;
        assert_eq!(d.len(), 1, "{t}");
        assert_eq!(d[0].hijri.as_deref(), Some("1444-03-12"), "{t}");
    }
    for t in [
        "1 Dhu al-Hijjah 1442",
        "1 Dhul-Hijja 1442",
        "1 Zul Hijja 1442",
        "1 Dhu’l-Hijjah 1442",
    ] {
        let d = analyze(t, &Options::default()).dates;
        assert_eq!(
            d.first().and_then(|x| x.hijri.as_deref()),
            Some("1442-12-01"),
            "{t}"
        );
    }
}

#[test]
fn arabic_month_names_of_every_region() {
    assert_eq!(iso("في 3 كانون الثاني 2022"), [s("2022-01-03")]);
    assert_eq!(iso("في 3 كانون 2 2022"), [s("2022-01-03")]);
    assert_eq!(iso("في 3 جانفي 2022"), [s("2022-01-03")]);
    assert_eq!(iso("في 3 غشت 2022"), [s("2022-08-03")]);
    assert_eq!(iso("في 3 يوليه 2022"), [s("2022-07-03")]);
    assert_eq!(iso("خلال كانون الثاني/يناير 2022"), [s("2022-01")]);
    assert_eq!(iso("الخميس ٦ يناير ٢٠٢٢م"), [s("2022-01-06")]);
}

#[test]
fn arabic_hijri_month_spellings() {
    for t in [
        "5 جمادى الآخرة 1443",
        "5 جمادي الاخرة 1443",
        "5 جمادى الثانية 1443",
    ] {
        let d = analyze(t, &Options::default()).dates;
        assert_eq!(
            d.first().and_then(|x| x.hijri.as_deref()),
            Some("1443-06-05"),
            "{t}"
        );
    }
    let d = analyze("10 ذي الحجة 1443 هـ", &Options::default()).dates;
    assert_eq!(d[0].hijri.as_deref(), Some("1443-12-10"));
}

#[test]
fn years_need_a_year_context() {
    assert_eq!(iso("ruling since 1989 until 2019"), [s("1989"), s("2019")]);
    assert_eq!(iso("في عام 1991 استقلت البلاد"), [s("1991")]);
    assert!(found("There were 1991 votes.").is_empty());
}

#[test]
fn ranges_give_both_ends() {
    assert_eq!(
        iso("The talks ran 5–8 January 2022."),
        [s("2022-01-05"), s("2022-01-08")]
    );
    assert_eq!(iso("between 2019 and 2021"), [s("2019"), s("2021")]);
    let d = analyze("from 1443 to 1445 AH", &Options::default()).dates;
    assert_eq!(d.len(), 2);
    assert!(d.iter().all(|m| m.calendar == Calendar::Hijri));
}

#[test]
fn relative_dates_resolve_against_the_reference() {
    let o = with_ref(2022, 1, 12); // a Wednesday
    assert_eq!(found_with("yesterday", &o)[0].1, s("2022-01-11"));
    assert_eq!(found_with("last Friday", &o)[0].1, s("2022-01-07"));
    assert_eq!(found_with("two days ago", &o)[0].1, s("2022-01-10"));
    assert_eq!(found_with("next month", &o)[0].1, s("2022-02"));
    assert_eq!(found_with("منذ ثلاثة أيام", &o)[0].1, s("2022-01-09"));
    assert_eq!(found_with("الثلاثاء الماضي", &o)[0].1, s("2022-01-11"));
    assert_eq!(found_with("العام الماضي", &o)[0].1, s("2021"));
    assert_eq!(found_with("الأول من آذار", &o)[0].1, s("2022-03-01"));
    assert!(analyze("yesterday", &o).dates[0].inferred);
}

#[test]
fn today_and_its_weekday_are_one_mention() {
    let o = with_ref(2022, 1, 12); // a Wednesday
    let f = |t: &str| found_with(t, &o);
    assert_eq!(
        f("أعلنت الوزارة اليوم الأربعاء أن الاجتماع تأجل."),
        [(s("اليوم الأربعاء").unwrap(), s("2022-01-12"))]
    );
    assert_eq!(
        f("وقال أمس الثلاثاء إن"),
        [(s("أمس الثلاثاء").unwrap(), s("2022-01-11"))]
    );
    assert_eq!(
        f("The ministry said today, Wednesday, that"),
        [(s("today, Wednesday").unwrap(), s("2022-01-12"))]
    );
    assert_eq!(
        f("He left yesterday (Tuesday) for Doha."),
        [(s("yesterday (Tuesday)").unwrap(), s("2022-01-11"))]
    );
    // a weekday on the next line is its own mention
    assert_eq!(f("left yesterday\nTuesday was calm").len(), 2);
}

#[test]
fn relative_dates_without_reference_have_no_value() {
    let d = analyze(
        "The ministry said yesterday that it would respond.",
        &Options::default(),
    )
    .dates;
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].iso, None);
}

#[test]
fn citation_supplies_the_year() {
    let t =
        "[The committee said: \"On March 3 of this year, the inquiry opened.\" (Sputnik 9/3/2022)]";
    let d = analyze(t, &Options::default()).dates;
    assert_eq!(d[0].iso.as_deref(), Some("2022-03-03"));
    assert!(d[0].inferred);
}

#[test]
fn islamic_occasions_use_the_hijri_calendar() {
    assert_eq!(iso("Eid al-Fitr 2022"), [s("2022-05-02")]);
    assert_eq!(iso("عيد الأضحى 1443 هـ"), [s("2022-07-09")]);
    let o = with_ref(2022, 1, 12);
    assert_eq!(found_with("ليلة القدر", &o)[0].1, s("2022-04-28"));
}

#[test]
fn names_with_weekdays_are_not_dates() {
    assert!(found("Shoppers flocked to Black Friday sales.").is_empty());
    assert!(found("أدى المصلون صلاة الجمعة").is_empty());
}

proptest! {
    #[test]
    fn never_panics_and_spans_are_on_char_boundaries(s in "\\PC{0,80}") {
        let d = analyze(&s, &Options::default()).dates;
        for m in d {
            prop_assert!(s.is_char_boundary(m.start) && s.is_char_boundary(m.end) && m.start < m.end);
        }
    }

    #[test]
    fn date_like_noise_never_panics(s in "[0-9٠-٩/.\\- ،,هـمAHCE()a-zجمادىرمضان]{0,60}") {
        let d = analyze(&s, &Options::default()).dates;
        for m in d {
            prop_assert!(s.is_char_boundary(m.start) && s.is_char_boundary(m.end));
        }
    }
}

#[test]
fn metres_are_not_years() {
    assert!(found("يبلغ طول الجدار 5 م تقريبا").is_empty());
}

#[test]
fn newspaper_sun_is_not_sunday() {
    assert!(found("The story ran in (The Sun) and on Sat.").is_empty());
}

#[test]
fn a_dense_document_stays_linear() {
    // one merged window with many dates and relative mentions
    let unit = "On 3/4/2022 it met (Reuters 5/4/2022); two days ago and yesterday it did not. ";
    let text = unit.repeat(3000);
    let d = analyze(&text, &Options::default()).dates;
    assert_eq!(d.len(), 4 * 3000);
}

#[test]
fn day_of_the_current_month() {
    let o = with_ref(2022, 1, 12);
    assert_eq!(
        found_with("اندلعت في الثاني من الشهر الجاري", &o)[0].1,
        s("2022-01-02")
    );
    assert_eq!(
        found_with("on the 20th of next month", &o)[0].1,
        s("2022-02-20")
    );
}

#[test]
fn weekday_prefix_and_dateline_give_the_year() {
    let t =
        "BEIRUT, 9 January 2022 — The envoy said on Tuesday, 4 January, that talks would resume.";
    let d = analyze(t, &Options::default()).dates;
    assert_eq!(d[1].iso.as_deref(), Some("2022-01-04"));
    assert!(d[1].inferred);
}

#[test]
fn hijri_month_with_honorific_and_hijri_year_words() {
    let d = analyze("خلال شهر رمضان المبارك لعام 1443هـ", &Options::default()).dates;
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].hijri.as_deref(), Some("1443-09"));
    let d = analyze("مع بداية السنة الهجرية 1444", &Options::default()).dates;
    assert_eq!(d[0].calendar, Calendar::Hijri);
    assert_eq!(d[0].hijri.as_deref(), Some("1444"));
}

#[test]
fn narrative_later_is_not_a_reference_date() {
    let o = with_ref(2022, 1, 12);
    assert!(found_with("Two weeks later, the talks collapsed.", &o).is_empty());
}

#[test]
fn numeric_hijri_dates_without_era() {
    let d = analyze("١٤٤٣/٠٦/١٢", &Options::default()).dates;
    assert_eq!(d[0].calendar, Calendar::Hijri);
    assert_eq!(d[0].iso.as_deref(), Some("2022-01-15"));
    assert!(found("٣٠/٦/١٤٤٣هـ").is_empty());
}

const WORDS: &[&str] = &[
    "5",
    "12",
    "2022",
    "1443",
    "٢٠٢٢",
    "١٥",
    "/",
    "-",
    "–",
    ".",
    ",",
    "(",
    ")",
    "AH",
    "A.H.",
    "H",
    "هـ",
    "م",
    "CE",
    "of",
    "the",
    "on",
    "in",
    "since",
    "between",
    "and",
    "to",
    "from",
    "January",
    "May",
    "may",
    "Sept.",
    "Jumada",
    "II",
    "al-Akhirah",
    "Rabi'",
    "al-Awwal",
    "Dhul-Hijja",
    "Ramadan",
    "Eid",
    "al-Fitr",
    "last",
    "next",
    "this",
    "Friday",
    "year",
    "month",
    "days",
    "ago",
    "two",
    "يوم",
    "الخميس",
    "الماضي",
    "المقبل",
    "منذ",
    "ثلاثة",
    "أيام",
    "الأول",
    "من",
    "آذار",
    "كانون",
    "الثاني",
    "2",
    "جمادى",
    "الآخرة",
    "الموافق",
    "عام",
    "العام",
    "الشهر",
    "الجاري",
    "اليوم",
    "أمس",
    "عيد",
    "الأضحى",
    "رمضان",
    "المبارك",
    "first",
    "Monday",
    "of",
    "March",
    "30",
    "31",
    "29",
    "%",
    "Today",
    "Russia",
    "ثالث",
    "ثلاثاء",
    "الهجرية",
    "السنة",
    "\u{200f}",
    "\u{640}",
    "\n",
];

proptest! {
    #[test]
    fn lexicon_soup_never_panics(idx in proptest::collection::vec(0..WORDS.len(), 0..14), seps in proptest::collection::vec(0..3usize, 14)) {
        let mut s = String::new();
        for (k, &i) in idx.iter().enumerate() {
            s.push_str(WORDS[i]);
            s.push_str(["", " ", "  "][seps[k % seps.len()]]);
        }
        for o in [Options::default(), with_ref(2013, 2, 12)] {
            for m in analyze(&s, &o).dates {
                prop_assert!(s.is_char_boundary(m.start) && s.is_char_boundary(m.end) && m.start < m.end);
            }
        }
    }
}

#[test]
fn a_report_looks_back_across_new_year() {
    let t = "The talks, which began on 28 December, resumed. (Al Jazeera 5/1/2022)";
    assert_eq!(iso(t)[0], s("2021-12-28"));
}

#[test]
fn the_hijri_half_of_a_dual_date_proves_the_order() {
    let t = "7 Jumada II 1443 AH – 10/1/2022 CE. Another meeting on 3/2/2022.";
    let d = analyze(t, &Options::default()).dates;
    assert_eq!(d[1].iso.as_deref(), Some("2022-01-10"));
    assert!(!d[1].ambiguous);
    assert_eq!(d[2].iso.as_deref(), Some("2022-02-03"));
}

#[test]
fn the_weekday_before_a_numeric_date_proves_the_order() {
    // 4 January 2022 was a Tuesday, 1 April 2022 a Friday: an English page that would be read
    // month-first is day-first here, and the other dates of the page follow
    let t = "Posted Tue 4/1/2022. The vote was held on 3/2/2022.";
    let d = analyze(t, &Options::default()).dates;
    assert_eq!(d[0].iso.as_deref(), Some("2022-01-04"));
    assert!(!d[0].ambiguous);
    assert_eq!(d[1].iso.as_deref(), Some("2022-02-03"));
    // and month-first where the weekday fits that reading: 1 April 2022 was a Friday
    let d = analyze("Friday, 4/1/2022", &Options::default()).dates;
    assert_eq!(d[0].iso.as_deref(), Some("2022-04-01"));
    assert!(!d[0].ambiguous);
    // a weekday that fits neither reading proves nothing: the assumed order stays, flagged
    let d = analyze("Sunday, 4/1/2022", &Options::default()).dates;
    assert!(d[0].ambiguous);
}

#[test]
fn weekday_picks_the_year_and_mid_month_is_a_month() {
    let o = with_ref(2013, 2, 12);
    assert_eq!(found_with("Fri, Jul 18", &o)[0].1, s("2014-07-18"));
    assert_eq!(found_with("by mid-January", &o)[0].1, s("2013-01"));
}

#[test]
fn scholarly_transliterations_and_old_hijri_years() {
    for (t, h) in [
        ("al-Muḥarram 900", "0900-01"),
        ("Ṣafar 581", "0581-02"),
        ("Rabīʿ al-ʾAwwal 901", "0901-03"),
        ("Jumada al-`Awwal 1081", "1081-05"),
        ("Rabīʿ ath-Thānī 343", "0343-04"),
        ("Jumādā ath-Thāniyah 901", "0901-06"),
        ("Shaʿbān 900", "0900-08"),
        ("Zū al-Qaʿdah 124", "0124-11"),
        ("Dhu l-Qa'da 124", "0124-11"),
        ("901 Rabīʿ I", "0901-03"),
        ("901 Rabīʿ I 12", "0901-03-12"),
        ("7 Jumādā I 1243", "1243-05-07"),
    ] {
        let d = analyze(t, &Options::default()).dates;
        assert_eq!(d.len(), 1, "{t}: {d:?}");
        assert_eq!(d[0].hijri.as_deref(), Some(h), "{t}");
    }
    let d = analyze("7 Jumādā I 1243", &Options::default()).dates;
    assert_eq!(d[0].iso.as_deref(), Some("1827-11-26"));
    assert!(found("0 Muḥarram 1243").is_empty());
    assert!(found("31 Muḥarram 1243").is_empty());
}

#[test]
fn dates_that_name_a_group_are_not_dates() {
    assert!(found("The March 14 Alliance and the 8 March coalition met.").is_empty());
    assert!(found("اجتمعت قوى 14 آذار في بيروت").is_empty());
}

#[test]
fn possessive_weekdays_and_day_before_yesterday() {
    let o = with_ref(2022, 1, 12);
    assert_eq!(
        found_with("after last Friday's attack", &o)[0].1,
        s("2022-01-07")
    );
    assert_eq!(found_with("وقع الهجوم أمس الأول", &o)[0].1, s("2022-01-10"));
    assert_eq!(found_with("last week's Sunday", &o)[0].1, s("2022-01-09"));
}

#[test]
fn arabic_citation_supplies_the_reference() {
    let t = "وقال الوزير إن الاجتماع عقد الثلاثاء الماضي (الجزيرة نت، 13/1/2022)";
    let d = analyze(t, &Options::default()).dates;
    assert_eq!(d[0].iso.as_deref(), Some("2022-01-11"));
    assert!(d[0].inferred);
}

#[test]
fn era_before_the_year() {
    let d = analyze(
        "The manuscript is dated AH 1243 and was copied in A.D. 1828.",
        &Options::default(),
    )
    .dates;
    assert_eq!(d.len(), 2, "{d:?}");
    assert_eq!(d[0].calendar, Calendar::Hijri);
    assert_eq!(d[0].hijri.as_deref(), Some("1243"));
    assert_eq!(d[1].iso.as_deref(), Some("1828"));
}

#[test]
fn hijri_month_alone_takes_the_reference_year() {
    let o = with_ref(2022, 1, 12); // 9 Jumada II 1443
    let d = analyze("خلال شهر رمضان المبارك", &o).dates;
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].hijri.as_deref(), Some("1443-09"));
    assert_eq!(d[0].gregorian_start.as_deref(), Some("2022-04-02"));
    let d = analyze("Fighting eased during Ramadan.", &Options::default()).dates;
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].hijri, None);
    assert!(found("قال محمد رمضان إن").is_empty());
}

#[test]
fn closing_dateline_before_a_translated_note() {
    let t = "The council said last year that it would act.\n\n3 Rajab 1443 AH – 04/02/2022 CE\n\n(Translated)";
    let d = analyze(t, &Options::default()).dates;
    assert_eq!(d[0].iso.as_deref(), Some("2021"));
}

#[test]
fn named_dates_written_day_first_make_numbers_day_first() {
    let t = "The talks opened on 6 January 2022 and closed on 2/3/2022.";
    assert_eq!(iso(t)[1], s("2022-03-02"));
    let t = "The talks opened on January 6, 2022 and closed on 2/3/2022.";
    assert_eq!(iso(t)[1], s("2022-02-03"));
}

#[test]
fn hijri_written_out_after_the_year() {
    let d = analyze("It was built in 1332 Hijri (1914).", &Options::default()).dates;
    assert_eq!(d[0].calendar, Calendar::Hijri);
    assert_eq!(d[0].hijri.as_deref(), Some("1332"));
    assert_eq!(d[1].iso.as_deref(), Some("1914"));
}

#[test]
fn a_gregorian_year_can_hold_the_same_occasion_twice() {
    // 10 Dhu al-Hijjah fell on 10 January and again on 31 December 2006: with nothing to choose
    // by, the first is given, marked ambiguous, and the other is the alternative
    let d = analyze(
        "Pilgrims marked Eid al-Adha 2006 in Mecca.",
        &Options::default(),
    )
    .dates;
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].iso.as_deref(), Some("2006-01-10"));
    assert!(d[0].ambiguous);
    assert_eq!(d[0].alternative.as_deref(), Some("2006-12-31"));
    // a reference in that year picks the nearer one
    let d = analyze("Eid al-Adha 2006", &with_ref(2006, 12, 20)).dates;
    assert_eq!(d[0].iso.as_deref(), Some("2006-12-31"));
    assert_eq!(d[0].hijri.as_deref(), Some("1427-12-10"));
    assert!(!d[0].ambiguous);
    assert_eq!(d[0].alternative.as_deref(), Some("2006-01-10"));
    // so does the citation the text gives
    let t = "[\"The crowds for Eid al-Adha 2006 were the largest yet.\" (Al Arabiya 28/12/2006)]";
    let d = analyze(t, &Options::default()).dates;
    assert_eq!(d[0].iso.as_deref(), Some("2006-12-31"));
    assert!(!d[0].ambiguous);
    // a year that holds it once has no alternative
    let d = analyze("Eid al-Fitr 2022", &Options::default()).dates;
    assert_eq!(d[0].alternative, None);
    assert!(!d[0].ambiguous);
}

fn weeks(text: &str, o: &Options) -> Vec<(String, Option<String>, Precision)> {
    analyze(text, o)
        .dates
        .iter()
        .map(|d| (text[d.start..d.end].to_owned(), d.iso.clone(), d.precision))
        .collect()
}

#[test]
fn a_week_is_a_week_not_a_day() {
    // reference Wednesday 12 January 2022 (ISO week 2)
    let o = with_ref(2022, 1, 12);
    let w = |t: &str| weeks(t, &o);
    assert_eq!(
        w("The talks resumed last week."),
        [("last week".into(), s("2022-W01"), Precision::Week)]
    );
    assert_eq!(w("this week")[0].1, s("2022-W02"));
    assert_eq!(w("The envoy returns next week.")[0].1, s("2022-W03"));
    assert_eq!(w("وعقد الاجتماع الأسبوع الماضي")[0].1, s("2022-W01"));
    assert_eq!(w("تستأنف المفاوضات الأسبوع المقبل")[0].1, s("2022-W03"));
    assert_eq!(w("الأسبوع القادم")[0].1, s("2022-W03"));
    assert_eq!(w("هذا الأسبوع")[0].1, s("2022-W02"));
    let d = analyze("last week", &o).dates;
    assert_eq!(d[0].gregorian_start.as_deref(), Some("2022-01-03"));
    assert_eq!(d[0].gregorian_end.as_deref(), Some("2022-01-09"));
    assert_eq!((d[0].year, d[0].month, d[0].day), (Some(2022), None, None));
    assert!(d[0].inferred);
}

#[test]
fn the_week_of_a_day_is_the_iso_week_holding_it() {
    let o = Options::default();
    // 5 January 2022 is a Wednesday of ISO week 1 (Monday 3 January)
    let d = analyze("Fighting eased in the week of 5 January 2022.", &o).dates;
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].precision, Precision::Week);
    assert_eq!(d[0].iso.as_deref(), Some("2022-W01"));
    assert_eq!(d[0].gregorian_start.as_deref(), Some("2022-01-03"));
    assert!(!d[0].inferred);
    // 1 January 2021, a Friday, still belongs to the last ISO week of 2020
    let t = "the week of January 1, 2021";
    assert_eq!(weeks(t, &o), [(t.into(), s("2020-W53"), Precision::Week)]);
    // a week without a reference has no value
    let d = analyze("The strike ended last week.", &o).dates;
    assert_eq!((d[0].precision, d[0].iso.clone()), (Precision::Week, None));
    // weekdays of a week stay days
    let o = with_ref(2022, 1, 12);
    assert_eq!(weeks("wednesday of next week", &o)[0].2, Precision::Day);
    assert_eq!(weeks("الاحد من الاسبوع الماضي", &o)[0].2, Precision::Day);
}

fn parts(
    text: &str,
    o: &Options,
) -> Vec<(String, Option<String>, Precision, Option<&'static str>)> {
    analyze(text, o)
        .dates
        .iter()
        .map(|d| {
            (
                text[d.start..d.end].to_owned(),
                d.iso.clone(),
                d.precision,
                d.part.map(|p| p.as_str()),
            )
        })
        .collect()
}

#[test]
fn part_of_month_qualifiers_keep_the_precision_and_widen_the_span() {
    let o = with_ref(2022, 1, 12);
    let p = |t: &str| parts(t, &o);
    assert_eq!(
        p("The offensive began in early March 2019."),
        [(
            "early March 2019".into(),
            s("2019-03"),
            Precision::Month,
            Some("early")
        )]
    );
    assert_eq!(
        p("by mid-January"),
        [(
            "mid-January".into(),
            s("2022-01"),
            Precision::Month,
            Some("mid")
        )]
    );
    assert_eq!(
        p("Elections are due in late 2021."),
        [("late 2021".into(), s("2021"), Precision::Year, Some("late"))]
    );
    assert_eq!(
        p("prices rose until mid-2023"),
        [("mid-2023".into(), s("2023"), Precision::Year, Some("mid"))]
    );
    assert_eq!(
        p("by the end of 2021"),
        [(
            "the end of 2021".into(),
            s("2021"),
            Precision::Year,
            Some("late")
        )]
    );
    assert_eq!(
        p("at the beginning of March"),
        [(
            "the beginning of March".into(),
            s("2022-03"),
            Precision::Month,
            Some("early")
        )]
    );
    assert_eq!(
        p("early this year")[0],
        (
            "early this year".into(),
            s("2022"),
            Precision::Year,
            Some("early")
        )
    );
    assert_eq!(
        p("late last year")[0],
        (
            "late last year".into(),
            s("2021"),
            Precision::Year,
            Some("late")
        )
    );
    // a month or year of the reference named only by its part
    assert_eq!(
        p("The law should pass by the end of the year.")[0],
        (
            "the end of the year".into(),
            s("2022"),
            Precision::Year,
            Some("late")
        )
    );
    assert_eq!(
        p("at the beginning of the month")[0],
        (
            "the beginning of the month".into(),
            s("2022-01"),
            Precision::Month,
            Some("early")
        )
    );
    assert_eq!(
        p("The talks collapsed late in 2019.")[0],
        (
            "late in 2019".into(),
            s("2019"),
            Precision::Year,
            Some("late")
        )
    );
    assert_eq!(
        p("early in the year")[0],
        (
            "early in the year".into(),
            s("2022"),
            Precision::Year,
            Some("early")
        )
    );
    assert_eq!(p("early next week")[0].3, Some("early"));
    // a date with its day has no part
    assert_eq!(p("on 5 March 2019")[0].3, None);
}

#[test]
fn the_first_week_of_a_month_is_its_early_part_not_its_first_day() {
    let o = with_ref(2022, 1, 12);
    assert_eq!(
        parts("خلال الأسبوع الأول من يناير 2022", &o),
        [(
            "الأسبوع الأول من يناير 2022".into(),
            s("2022-01"),
            Precision::Month,
            Some("early")
        )]
    );
    assert_eq!(
        parts("in the last week of March 2021", &o),
        [(
            "the last week of March 2021".into(),
            s("2021-03"),
            Precision::Month,
            Some("late")
        )]
    );
    assert_eq!(parts("the second week of January", &o)[0].3, Some("mid"));
    // the first of January is a day
    assert_eq!(parts("الأول من يناير", &o)[0].2, Precision::Day);
    // the final week of a campaign is not the week before the reference
    assert!(parts("in the last week of the campaign", &o).is_empty());
}

#[test]
fn on_this_day_in_1948_is_an_anniversary_not_today() {
    let o = with_ref(2022, 5, 15);
    assert_eq!(
        found_with("في مثل هذا اليوم من عام 1948 أعلن قيام الدولة", &o),
        [("1948".into(), s("1948"))]
    );
    assert_eq!(found_with("وصل الوفد هذا اليوم", &o)[0].1, s("2022-05-15"));
}

#[test]
fn arabic_part_qualifiers() {
    let o = with_ref(2022, 1, 12);
    let p = |t: &str| parts(t, &o);
    assert_eq!(
        p("يصل الوفد في أوائل آذار"),
        [(
            "أوائل آذار".into(),
            s("2022-03"),
            Precision::Month,
            Some("early")
        )]
    );
    assert_eq!(
        p("ستجرى الانتخابات أواخر العام"),
        [(
            "أواخر العام".into(),
            s("2022"),
            Precision::Year,
            Some("late")
        )]
    );
    assert_eq!(
        p("أواخر العام الماضي")[0],
        (
            "أواخر العام الماضي".into(),
            s("2021"),
            Precision::Year,
            Some("late")
        )
    );
    assert_eq!(
        p("مطلع عام 2020")[0],
        (
            "مطلع عام 2020".into(),
            s("2020"),
            Precision::Year,
            Some("early")
        )
    );
    assert_eq!(
        p("في أواخر شهر مارس")[0],
        (
            "أواخر شهر مارس".into(),
            s("2022-03"),
            Precision::Month,
            Some("late")
        )
    );
    assert_eq!(p("بنهاية الشهر الجاري")[0].3, Some("late"));
    // `منتصف` before a month name reads as its fifteenth day, as Arabic writers use it
    assert_eq!(p("منتصف يناير")[0].1, s("2022-01-15"));
}

#[test]
fn a_year_with_an_adjective_is_not_the_reference_year() {
    let o = with_ref(2022, 1, 12);
    // `بداية العام الدراسي`: the school year, not this calendar year
    assert!(found_with("مع بداية العام الدراسي", &o).is_empty());
    assert!(found_with("by the end of the fiscal year", &o).is_empty());
}

#[test]
fn a_bare_arabic_year_is_hijri_only_in_a_hijri_dated_text() {
    let o = Options::default();
    let one = |t: &str| {
        let d = analyze(t, &o).dates;
        assert_eq!(d.len(), 1, "{t}: {d:?}");
        (d[0].calendar, d[0].year, d[0].ambiguous)
    };
    // Hijri in so many words
    for t in [
        "صدر الكتاب سنة 1443 للهجرة",
        "وفي العام الهجري 1443 تغير الأمر",
        "طبع عام 1443 هجرية",
        "printed in the year 1443 of the Hijra",
        "completed in 1443 Hijri",
    ] {
        assert_eq!(one(t), (Calendar::Hijri, Some(1443), false), "{t}");
    }
    // no era, and no other Hijri date: the calendar is assumed Gregorian, and says so
    assert_eq!(
        one("سقطت غرناطة عام 1492 وانتهى حكم المسلمين في الأندلس"),
        (Calendar::Gregorian, Some(1492), true)
    );
    // a text dated in Hijri reads its bare years as Hijri
    let t = "صدر القرار في 5 رجب 1443 هـ، بعد أن بدأ العمل به عام 1440";
    let d = analyze(t, &o).dates;
    assert_eq!(d.len(), 2);
    assert_eq!((d[1].calendar, d[1].year), (Calendar::Hijri, Some(1440)));
    assert!(!d[1].ambiguous);
}

#[test]
fn counted_units_and_weekdays_from_the_reference() {
    // reference Tuesday 12 February 2013
    let o = with_ref(2013, 2, 12);
    let f = |t: &str| found_with(t, &o);
    assert_eq!(f("in the upcoming two days")[0].1, s("2013-02-14"));
    assert_eq!(f("over the 2 upcoming months")[0].1, s("2013-04"));
    assert_eq!(f("the coming two weeks")[0].1, s("2013-02-26"));
    // the nth such weekday strictly after or before the reference day
    assert_eq!(f("3 Fridays from now")[0].1, s("2013-03-01"));
    assert_eq!(f("4 Tuesdays from now")[0].1, s("2013-03-12"));
    assert_eq!(f("2 Thursdays ago")[0].1, s("2013-01-31"));
    // vague counts are not dates
    assert!(f("in the coming days").is_empty());
    // the Arabic duals
    assert_eq!(f("خلال اليومين المقبلين")[0].1, s("2013-02-14"));
    assert_eq!(f("في الأسبوعين القادمين")[0].1, s("2013-02-26"));
    assert!(f("خلال الأيام المقبلة").is_empty());
}

#[test]
fn a_weekday_picks_the_month_of_a_bare_day() {
    let o = with_ref(2013, 2, 12);
    // 15 February 2013 is a Friday: the next 15th that is a Thursday is in August
    assert_eq!(found_with("Thu 15th", &o)[0].1, s("2013-08-15"));
    assert_eq!(found_with("Tuesday the 19th", &o)[0].1, s("2013-02-19"));
    // a weekday after a date without its year picks the year
    assert_eq!(
        found_with("Jul 18, Fri", &o),
        [("Jul 18, Fri".into(), s("2014-07-18"))]
    );
}

#[test]
fn the_last_friday_of_ramadan() {
    // Jumu'at al-Wida: the last Friday of Ramadan 1438 was 23 June 2017
    assert_eq!(iso("Jamat ul-Vida 2017"), [s("2017-06-23")]);
    assert_eq!(iso("Jumu'atul-Wida 2018"), [s("2018-06-08")]);
    let d = analyze("جمعة الوداع", &with_ref(2022, 4, 1)).dates;
    assert_eq!(d[0].hijri.as_deref(), Some("1443-09-28"));
    assert_eq!(d[0].iso.as_deref(), Some("2022-04-29"));
}

#[test]
fn days_counted_from_a_date_in_the_text() {
    assert_eq!(
        found("Talks resumed three days after Eid al-Fitr 2022."),
        [("three days after Eid al-Fitr 2022".into(), s("2022-05-05"))]
    );
    assert_eq!(iso("two weeks before 5 January 2022"), [s("2021-12-22")]);
    assert_eq!(
        iso("استؤنفت المحادثات بعد يومين من 5 يناير 2022"),
        [s("2022-01-07")]
    );
    assert_eq!(iso("قبل ثلاثة أيام من عيد الأضحى 1443 هـ"), [s("2022-07-06")]);
    // from the reference when no date follows
    let d = found_with("بعد يومين", &with_ref(2022, 1, 12));
    assert_eq!(d[0].1, s("2022-01-14"));
    // a year is not a day to count from
    assert_eq!(iso("two days after the 2011 revolution"), [s("2011")]);
}

#[test]
fn orthodox_and_coptic_easter_follow_the_julian_computus() {
    assert_eq!(iso("Orthodox Easter 2018"), [s("2018-04-08")]);
    assert_eq!(iso("orthodox good friday 2020"), [s("2020-04-17")]);
    assert_eq!(iso("clean monday 2018"), [s("2018-02-19")]);
    // Egypt's spring holiday is the Monday after Coptic Easter (24 April 2022)
    assert_eq!(iso("احتفل المصريون بشم النسيم 2022"), [s("2022-04-25")]);
    // Western Easter stays Western
    assert_eq!(iso("Easter 2018"), [s("2018-04-01")]);
    // a clean sweep on Monday is not a feast
    assert_eq!(
        found_with("a clean sweep on Monday", &with_ref(2022, 1, 12)),
        [("Monday".into(), s("2022-01-17"))]
    );
}

#[test]
fn feasts_under_their_arabic_names_and_translations() {
    assert_eq!(iso("Covenant Thursday 2013"), [s("2013-03-28")]);
    assert_eq!(iso("خميس العهد 2013"), [s("2013-03-28")]);
    assert_eq!(iso("branch sunday 2013"), [s("2013-03-24")]);
    assert_eq!(iso("white sunday 2013"), [s("2013-05-19")]);
    let o = with_ref(2013, 2, 12);
    assert_eq!(
        found_with("Monday of the Holy Spirit", &o)[0].1,
        s("2013-05-20")
    );
    assert_eq!(
        found_with("beware the ides of March", &o)[0].1,
        s("2013-03-15")
    );
}

#[test]
fn a_gregorian_year_can_hold_two_ramadans() {
    // Ramadan 1451 begins in January 2030 and Ramadan 1452 in December 2030
    let d = analyze("Ramadan 2030", &Options::default()).dates;
    assert_eq!(d[0].hijri.as_deref(), Some("1451-09"));
    assert!(d[0].ambiguous);
    assert_eq!(d[0].alternative.as_deref(), Some("1452-09"));
    let d = analyze("Ramadan 2030", &with_ref(2030, 11, 1)).dates;
    assert_eq!(d[0].hijri.as_deref(), Some("1452-09"));
    assert_eq!(d[0].alternative.as_deref(), Some("1451-09"));
    // Ramadan 2019 was one month only
    let d = analyze("Ramadan 2019", &Options::default()).dates;
    assert_eq!((d[0].alternative.clone(), d[0].ambiguous), (None, false));
}

#[test]
fn the_nth_weekday_after_a_date_in_the_text() {
    assert_eq!(
        iso("the third Tuesday after Christmas 2014"),
        [s("2015-01-13")]
    );
    assert_eq!(iso("ثالث ثلاثاء بعد كريسماس 2014"), [s("2015-01-13")]);
    // 10 July 2022 (Eid al-Adha 1443) was a Sunday: the first Friday after it, the 15th
    assert_eq!(
        found("Protests resumed on the first Friday after Eid al-Adha 2022."),
        [(
            "the first Friday after Eid al-Adha 2022".into(),
            s("2022-07-15")
        )]
    );
    // 5 May 2021 was a Wednesday
    assert_eq!(iso("the last Monday before 5 May 2021"), [s("2021-05-03")]);
}

#[test]
fn arabic_ranges_with_ila_and_hatta() {
    // `إلى` and `حتى` end in alef maqsura, folded to ya like every key
    assert_eq!(
        iso("في الفترة من 5 إلى 8 يناير 2022"),
        [s("2022-01-05"), s("2022-01-08")]
    );
    assert_eq!(iso("من 1443 إلى 1445 هـ").len(), 2);
    assert_eq!(
        iso("استمرت الحرب من عام 1980 حتى 1988"),
        [s("1980"), s("1988")]
    );
}

#[test]
fn a_year_before_a_function_word_is_still_a_year() {
    assert_eq!(
        iso("The summit ended in early 2023 without a deal."),
        [s("2023")]
    );
    assert_eq!(
        iso("Prices have risen since 2011 despite the aid."),
        [s("2011")]
    );
    // a count of people is not
    assert!(found("Since 2000 people fled, the town is empty.").is_empty());
}

#[test]
fn ghurra_is_the_first_day_and_more_islamic_occasions() {
    assert_eq!(
        found("أعلن المجلس أن غرة شوال 1443 ثبتت"),
        [("غرة شوال 1443".into(), s("2022-05-02"))]
    );
    let o = with_ref(2022, 1, 12);
    let h = |t: &str| analyze(t, &o).dates[0].hijri.clone();
    assert_eq!(h("ليلة النصف من شعبان"), s("1443-08-15"));
    assert_eq!(h("يوم التروية"), s("1443-12-08"));
    assert_eq!(h("عيد الغدير"), s("1443-12-18"));
    assert_eq!(iso("Arbaeen 2021"), [s("2021-09-27")]);
    // a fortieth-day memorial for anyone is not Arbaeen
    assert!(found("أقيمت ذكرى الأربعين للفقيد").is_empty());
}

#[test]
fn years_and_days_that_name_events() {
    let o = with_ref(2022, 1, 12);
    assert_eq!(
        found("a return to the 1967 borders"),
        [("1967".into(), s("1967"))]
    );
    assert_eq!(
        found("after the 1982 siege of Beirut"),
        [("1982".into(), s("1982"))]
    );
    // `the 25 January revolution` names the uprising; it is not 25 January of this year
    assert!(found_with("the anniversary of the 25 January revolution", &o).is_empty());
    assert_eq!(iso("ahead of the 2020 presidential election"), [s("2020")]);
    // a count is not a year
    assert!(found("the 2000 soldiers deployed").is_empty());
    assert!(found("in 2020 presidential candidates").is_empty());
}

#[test]
fn arabic_day_ranges_with_ila_and_hatta_give_both_ends() {
    let o = with_ref(2013, 2, 12);
    let got = |t: &str| -> Vec<Option<String>> {
        found_with(t, &o).into_iter().map(|(_, iso)| iso).collect()
    };
    // `إلى` and `حتى` are read through the tokenizer's folding (final ى as ي, hamza forms as ا)
    assert_eq!(
        got("من 13 إلى 15 تموز 2013"),
        [s("2013-07-13"), s("2013-07-15")]
    );
    assert_eq!(
        got("13 حتى 15 تموز 2013"),
        [s("2013-07-13"), s("2013-07-15")]
    );
    assert_eq!(
        got("تموز 13 الى 15 2013"),
        [s("2013-07-13"), s("2013-07-15")]
    );
}

#[test]
fn dhu_al_hijjah_without_digits_is_found() {
    // `ذي` is too short to anchor a window: the month's last word does
    let o = with_ref(2022, 1, 12);
    let h = |t: &str| analyze(t, &o).dates.first().and_then(|d| d.hijri.clone());
    assert_eq!(h("في العاشر من ذي الحجة"), s("1443-12-10"));
    assert_eq!(h("في الأول من ذي القعدة"), s("1443-11-01"));
}

#[test]
fn an_arabic_month_with_a_direction_word() {
    // reference 12 January 2022
    let o = with_ref(2022, 1, 12);
    assert_eq!(
        found_with("وفي نوفمبر الماضي أعلنت الحكومة", &o),
        [("نوفمبر الماضي".into(), s("2021-11"))]
    );
    assert_eq!(
        found_with("في شهر أغسطس/آب الماضي", &o),
        [("شهر أغسطس/آب الماضي".into(), s("2021-08"))]
    );
    assert_eq!(found_with("في 5 آذار المقبل", &o)[0].1, s("2022-03-05"));
    assert_eq!(
        found_with("في الخامس من مارس الماضي", &o)[0].1,
        s("2021-03-05")
    );
    assert_eq!(found_with("في يناير الجاري", &o)[0].1, s("2022-01"));
    // a day already passed this year is this year's
    assert_eq!(
        found_with("في الخامس من يناير الماضي", &o)[0].1,
        s("2022-01-05")
    );
    assert_eq!(found_with("في 20 يناير المقبل", &o)[0].1, s("2022-01-20"));
    // Hijri months too: in Jumada II 1443, last Ramadan was 1442's
    let h = |t: &str| analyze(t, &o).dates.first().and_then(|d| d.hijri.clone());
    assert_eq!(h("خلال شهر رمضان الماضي"), s("1442-09"));
    assert_eq!(h("في رمضان المقبل"), s("1443-09"));
    assert_eq!(h("في العاشر من محرم الماضي"), s("1443-01-10"));
    assert_eq!(h("during last Ramadan"), s("1442-09"));
    assert_eq!(h("next Ramadan"), s("1443-09"));
    // the year relative to the reference's, one mention
    let d = found_with("في نوفمبر من العام الماضي", &o);
    assert_eq!(d, [("نوفمبر من العام الماضي".into(), s("2021-11"))]);
    assert_eq!(h("في رمضان من العام الماضي"), s("1442-09"));
    let d = analyze("في أواخر شهر رمضان من العام الماضي", &o).dates;
    assert_eq!(d[0].part, Some(warraq::dates::Part::Late));
}

#[test]
fn part_qualifiers_keep_the_precision_and_narrow_the_gregorian_bounds() {
    let o = with_ref(2013, 2, 12);
    let one = |t: &str| analyze(t, &o).dates.into_iter().next().expect(t);
    let m = one("early March 2019");
    assert_eq!(m.iso.as_deref(), Some("2019-03"));
    assert_eq!(
        (m.gregorian_start.as_deref(), m.gregorian_end.as_deref()),
        (Some("2019-03-01"), Some("2019-03-10"))
    );
    let m = one("في أواخر شهر فبراير 2024");
    assert_eq!(
        (m.gregorian_start.as_deref(), m.gregorian_end.as_deref()),
        (Some("2024-02-21"), Some("2024-02-29"))
    );
    let m = one("late 2021");
    assert_eq!(m.iso.as_deref(), Some("2021"));
    assert_eq!(m.gregorian_start.as_deref(), Some("2021-09-01"));
    // a Hijri month: the last third of its days
    let m = one("أواخر رمضان 1443");
    assert_eq!(
        (m.gregorian_start.as_deref(), m.gregorian_end.as_deref()),
        (Some("2022-04-22"), Some("2022-05-01"))
    );
}

const FEATURE_WORDS: &[&str] = &[
    "the",
    "week",
    "of",
    "early",
    "mid",
    "-",
    "late",
    "end",
    "last",
    "next",
    "upcoming",
    "2",
    "two",
    "days",
    "after",
    "before",
    "Eid",
    "al-Fitr",
    "2022",
    "5",
    "January",
    "الأسبوع",
    "المقبل",
    "أواخر",
    "العام",
    "بعد",
    "يومين",
    "من",
    "رمضان",
    "الماضي",
    "Fridays",
    "from",
    "now",
    "ago",
    "غرة",
    "شوال",
    "1443",
    "عام",
    "first",
    "Friday",
    "in",
    "year",
    "Thu",
    "15th",
    ",",
    "اليومين",
    "مثل",
    "هذا",
    "اليوم",
    "نوفمبر",
    "ذي",
    "الحجة",
    "Orthodox",
    "Easter",
];

proptest! {
    #[test]
    fn new_forms_never_panic_in_any_order(
        ws in proptest::collection::vec(proptest::sample::select(FEATURE_WORDS), 0..14),
        with_reference in any::<bool>(),
    ) {
        let s = ws.join(" ");
        let o = if with_reference { with_ref(2022, 1, 12) } else { Options::default() };
        let d = analyze(&s, &o).dates;
        for m in &d {
            prop_assert!(s.is_char_boundary(m.start) && s.is_char_boundary(m.end) && m.start < m.end);
        }
        for w in d.windows(2) {
            prop_assert!(w[0].end <= w[1].start, "{:?} overlaps {:?} in {s:?}", &s[w[0].start..w[0].end], &s[w[1].start..w[1].end]);
        }
    }
}

#[test]
fn the_eve_of_a_date_is_the_day_before() {
    assert_eq!(
        found("Clashes broke out on the eve of Eid al-Fitr 2022."),
        [("the eve of Eid al-Fitr 2022".into(), s("2022-05-01"))]
    );
    assert_eq!(iso("عشية عيد الأضحى 1443 هـ"), [s("2022-07-08")]);
    assert_eq!(iso("on the eve of 5 January 2022"), [s("2022-01-04")]);
    // the eve of an event that is not a date is not a date
    assert!(found("on the eve of the vote").is_empty());
}

/// The prefilter tests a unit word (`year`) for a direction word around it: that test must not
/// be lost when the bytes it reads end inside an Arabic letter after the phrase.
#[test]
fn next_year_before_arabic_text_is_found() {
    let o = with_ref(2022, 1, 15);
    for gap in ["\n\n", " \n\n", "  \n\n", "\n\n "] {
        let t =
            format!("Plans for the market hall.\n\nnext year{gap}من الثالث والعشرين وحتى السادس");
        assert_eq!(
            found_with(&t, &o),
            [("next year".to_owned(), s("2023"))],
            "{t:?}"
        );
    }
}

/// Dates far from any other date are read with only a few words of context around them: a
/// long text with one date in it finds that date, with its weekday and era.
#[test]
fn lone_dates_in_long_prose_are_found() {
    let filler = "The council met again to discuss the budget and the roads. ".repeat(40);
    let t = format!(
        "{filler}The hall reopened on Tuesday, 14 March 2023, after repairs. {filler}\
         وقّعت الحكومة يوم ٢٣ أكتوبر ٢٠٢٢ اتفاقاً جديداً. {filler}"
    );
    assert_eq!(iso(&t), [s("2023-03-14"), s("2022-10-23")]);
}

/// Found by the proptest over the new forms: two readings of the same words must not both be
/// reported.
#[test]
fn overlapping_readings_give_one_mention() {
    let o = with_ref(2022, 1, 15);
    for t in ["أواخر الأسبوع شوال 2", "late this week Shawwal 2"] {
        let d = analyze(t, &o).dates;
        for w in d.windows(2) {
            assert!(w[0].end <= w[1].start, "{t:?}: {:?}", d);
        }
    }
}

#[test]
fn coordinated_day_month_pairs_are_each_a_date_but_fractions_are_not() {
    let o = Options {
        date_order: DateOrder::Dmy,
        ..with_ref(2022, 1, 12)
    };
    let got = |t: &str| -> Vec<Option<String>> {
        found_with(t, &o).into_iter().map(|(_, iso)| iso).collect()
    };
    assert_eq!(got("on 6/1 and 7/1"), [s("2022-01-06"), s("2022-01-07")]);
    assert_eq!(
        got("between 6/1 and 7/1"),
        [s("2022-01-06"), s("2022-01-07")]
    );
    assert_eq!(got("يومي 6/1 و7/1"), [s("2022-01-06"), s("2022-01-07")]);
    assert_eq!(got("من 6/1 إلى 9/1"), [s("2022-01-06"), s("2022-01-09")]);
    assert!(got("between 1/2 and 3/4 of the members").is_empty());
    assert!(got("بين 1/3 و2/3 من الأعضاء").is_empty());
}

// ---------------------------------------------------------------- ranges and parts (issue #4)

/// Every range is reported as its two ends, each a full date: the first day takes the month
/// (and year) written after the last.
#[test]
fn day_ranges_with_the_and_through_are_two_full_dates() {
    let o = with_ref(2022, 3, 1);
    let got = |t: &str| -> Vec<(String, Option<String>)> { found_with(t, &o) };
    for t in [
        "from the 13th to the 15th of July",
        "from the 13 to the 15 July",
        "from 13 to the 15th of July",
        "July 13 through 15",
        "July 13 thru 15",
    ] {
        let isos: Vec<_> = got(t).into_iter().map(|x| x.1).collect();
        assert_eq!(isos, [s("2022-07-13"), s("2022-07-15")], "{t}");
    }
    // the opening `the` belongs to the first end
    assert_eq!(got("from the 13th to the 15th of July")[0].0, "the 13th");
}

#[test]
fn parts_of_a_week_are_three_days() {
    let o = with_ref(2013, 2, 12);
    let span = |t: &str| {
        let d = analyze(t, &o).dates;
        assert_eq!(d.len(), 1, "{t}: {d:?}");
        (d[0].gregorian_start.clone(), d[0].gregorian_end.clone())
    };
    assert_eq!(
        span("at the beginning of next week"),
        (s("2013-02-18"), s("2013-02-20"))
    );
    assert_eq!(
        span("by the end of this week"),
        (s("2013-02-15"), s("2013-02-17"))
    );
}

#[test]
fn abbreviated_second_year_is_the_next_year() {
    assert_eq!(iso("the 2019–20 season"), [s("2019"), s("2020")]);
    assert_eq!(iso("in 2011-12 the budget fell"), [s("2011"), s("2012")]);
    assert_eq!(iso("the war of 1939–45"), [s("1939"), s("1945")]);
    assert_eq!(iso("Suleiman (r. 1520–66)"), [s("1520"), s("1566")]);
    assert_eq!(iso("the 1999-00 season"), [s("1999"), s("2000")]);
    assert_eq!(iso("the 2021/22 season"), [s("2021"), s("2022")]);
    assert!(found("ref 1/2021/22").is_empty());
    // not a year range: a year and month, a score
    assert_eq!(iso("in 2014-10 the office"), [s("2014-10")]);
}

#[test]
fn a_range_of_quantities_is_not_a_range_of_years() {
    assert!(found("between 1500 and 2000 soldiers were sent").is_empty());
    assert!(found("some 1500-2000 protesters gathered").is_empty());
    assert_eq!(iso("the 2019-2021 period"), [s("2019"), s("2021")]);
}

// ---------------------------------------------------------------- web pages (issue #4)

#[test]
fn apostrophe_two_digit_year_after_a_month() {
    let o = with_ref(2030, 6, 1);
    assert_eq!(
        found_with("the summit of 5th Jan '22 ended", &o),
        [("5th Jan '22".to_owned(), s("2022-01-05"))]
    );
    assert_eq!(
        found_with("since June ’21 the talks", &o),
        [("June ’21".to_owned(), s("2021-06"))]
    );
}

#[test]
fn copyright_lines_are_years() {
    assert_eq!(iso("© 2022 Reuters. All rights reserved."), [s("2022")]);
    assert_eq!(iso("Copyright © 2021 Middle East Eye"), [s("2021")]);
    assert_eq!(iso("(c) 2020 all rights reserved"), [s("2020")]);
}

#[test]
fn three_digit_year_closing_a_day_and_month() {
    // a Hijri dateline with its Gregorian equivalent in brackets, as in history pages
    let d = found("He fell on 10 Muharram 61 AH (10 October 680).");
    assert_eq!(d.len(), 2);
    assert_eq!(d[1], ("10 October 680".to_owned(), s("0680-10-10")));
    // a quantity after a day and month is not its year
    let o = with_ref(2022, 3, 1);
    assert_eq!(
        found_with("On 5 May 300 soldiers left.", &o),
        [("5 May".to_owned(), s("2022-05-05"))]
    );
}

// ---------------------------------------------------------------- Hijri in other spellings (issue #4)

#[test]
fn hijri_months_with_their_honorifics() {
    for (t, want) in [
        ("1 Muharram-ul-Haram 1444", "2022-07-30"),
        ("1 Safar ul Muzaffar 1444", "2022-08-28"),
        ("1 Rajab ul Murajjab 1443", "2022-02-02"),
        ("15 Shaban ul Moazzam 1443", "2022-03-18"),
        ("1 Shawwal ul Mukarram 1443", "2022-05-02"),
        ("1 جماد الأول 1444", "2022-11-25"),
    ] {
        assert_eq!(found(t), [(t.to_owned(), s(want))], "{t}");
    }
}

#[test]
fn hijri_year_named_in_english_is_hijri() {
    for t in [
        "in the Hijri year 1443",
        "in the Islamic year 1443",
        "1443 Hijriyya",
    ] {
        let d = analyze(t, &Options::default()).dates;
        assert_eq!(d.len(), 1, "{t}");
        assert_eq!(d[0].calendar, Calendar::Hijri, "{t}");
        assert_eq!(d[0].gregorian_start.as_deref(), Some("2021-08-09"), "{t}");
    }
}

#[test]
fn a_day_and_month_naming_a_past_event_is_not_this_year() {
    let o = with_ref(2022, 3, 1);
    assert!(found_with("since the January 6 riot", &o).is_empty());
    assert!(found_with("after the October 7 attacks", &o).is_empty());
    assert!(found_with("منذ هجمات 11 سبتمبر", &o).is_empty());
    assert!(found_with("في ذكرى 11 سبتمبر", &o).is_empty());
    assert!(found_with("احتفلت مصر بذكرى ثورة 23 يوليو", &o).is_empty());
    // with its year it is a date as usual
    assert_eq!(
        found_with("منذ أحداث 11 سبتمبر 2001", &o),
        [("11 سبتمبر 2001".to_owned(), s("2001-09-11"))]
    );
    // and a plain day before the event word is still a date
    assert_eq!(
        found_with("On January 6 the riot began.", &o),
        [("January 6".to_owned(), s("2022-01-06"))]
    );
}

#[test]
fn page_ranges_are_not_years() {
    assert!(found("see pp. 1998-2005 of the report").is_empty());
    assert!(found("pages 1443-1450").is_empty());
}

#[test]
fn circa_years_in_biographies() {
    assert_eq!(
        found("the Prophet (c. 570 – 8 June 632)"),
        [
            ("570".to_owned(), s("0570")),
            ("8 June 632".to_owned(), s("0632-06-08"))
        ]
    );
    assert_eq!(iso("a mosque built ca. 1850 by"), [s("1850")]);
    assert!(found("Inc. 500 employees").is_empty());
}

#[test]
fn ranges_of_ordinal_words_are_two_dates() {
    let o = with_ref(2013, 2, 12);
    let isos =
        |t: &str| -> Vec<Option<String>> { found_with(t, &o).into_iter().map(|x| x.1).collect() };
    assert_eq!(
        isos("من الثالث والعشرين وحتى السادس والعشرين من شهر أكتوبر"),
        [s("2013-10-23"), s("2013-10-26")]
    );
    assert_eq!(
        isos("from the first to the third of July"),
        [s("2013-07-01"), s("2013-07-03")]
    );
}

// ---------------------------------------------------------------- Arabic relative forms (issue #4)

#[test]
fn the_one_before_last_and_the_one_after_next() {
    // Tuesday 1 March 2022
    let o = with_ref(2022, 3, 1);
    let isos =
        |t: &str| -> Vec<Option<String>> { found_with(t, &o).into_iter().map(|x| x.1).collect() };
    assert_eq!(isos("العام قبل الماضي"), [s("2020")]);
    assert_eq!(isos("السنة بعد المقبلة"), [s("2024")]);
    assert_eq!(isos("الشهر قبل الماضي"), [s("2022-01")]);
    assert_eq!(isos("الأسبوع قبل الماضي"), [s("2022-W07")]);
    // last Sunday was 27 February; the one before, 20 February
    assert_eq!(isos("الأحد قبل الماضي"), [s("2022-02-20")]);
    // this coming Thursday is 3 March; the one after, 10 March
    assert_eq!(isos("الخميس بعد القادم"), [s("2022-03-10")]);
    assert_eq!(isos("اليوم قبل الماضي"), [s("2022-02-27")]);
}

#[test]
fn counts_in_tens_and_accusative_units() {
    let o = with_ref(2022, 3, 1);
    let isos =
        |t: &str| -> Vec<Option<String>> { found_with(t, &o).into_iter().map(|x| x.1).collect() };
    assert_eq!(isos("وقعت الحادثة قبل عشرين عاماً"), [s("2002")]);
    assert_eq!(isos("قبل 15 يوما"), [s("2022-02-14")]);
    assert_eq!(isos("قبل خمسة عشر عاما"), [s("2007")]);
    assert_eq!(isos("thirty years ago"), [s("1992")]);
}

#[test]
fn a_month_with_an_arabic_direction_needs_no_other_context() {
    let o = with_ref(2022, 3, 1);
    assert_eq!(
        found_with("حزيران الماضي", &o),
        [("حزيران الماضي".to_owned(), s("2021-06"))]
    );
    let d = analyze("رمضان المقبل", &o).dates;
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].hijri.as_deref(), Some("1443-09"));
}

#[test]
fn a_range_whose_ends_have_their_own_months() {
    let o = with_ref(2022, 3, 1);
    let isos =
        |t: &str| -> Vec<Option<String>> { found_with(t, &o).into_iter().map(|x| x.1).collect() };
    assert_eq!(
        isos("من شباط 13 الى 15 تموز"),
        [s("2022-02-13"), s("2022-07-15")]
    );
    assert_eq!(
        isos("from February 13 to 15 July"),
        [s("2022-02-13"), s("2022-07-15")]
    );
}

#[test]
fn nth_weekday_of_a_hijri_month() {
    // 1 Jumada I 1443 was Sunday 5 December 2021; 1 Shawwal 1443 Monday 2 May 2022
    for (t, want) in [
        ("أول اثنين من شهر جمادى الأولى من عام 1443", "2021-12-06"),
        ("آخر جمعة من رمضان 1443 هـ", "2022-04-29"),
        ("the first Friday of Ramadan 1443 AH", "2022-04-08"),
        ("the last Friday of Dhu al-Hijjah 1443", "2022-07-29"),
        ("ثاني خميس من شوال 1443", "2022-05-12"),
    ] {
        assert_eq!(iso(t), [s(want)], "{t}");
    }
}

#[test]
fn a_pages_published_line_is_its_reference() {
    let t = "Lebanon's cabinet to meet after a three-month pause, ministers say\n\
             By a staff writer in Beirut, with reporting from Paris and Cairo bureaus\n\
             Updated 3:45 PM GMT, Jan 5, 2022\n\
             The cabinet will meet on Monday, a minister said on Wednesday.";
    let d = analyze(t, &Options::default()).dates;
    let got: Vec<_> = d
        .iter()
        .map(|m| (&t[m.start..m.end], m.iso.as_deref()))
        .collect();
    // (without the stamp line, the weekdays would have no value at all)
    assert_eq!(got[0], ("Jan 5, 2022", Some("2022-01-05")));
    assert_eq!(got[1].0, "Monday");
    assert!(got[1].1.is_some_and(|v| v.starts_with("2022-01-")));
    assert_eq!(got[2], ("Wednesday", Some("2022-01-05")));
    let t = "عنوان الخبر هنا وهو طويل بما يكفي ليتجاوز المئة حرف في السطر الأول من الصفحة كلها\n\
             آخر تحديث: 5/1/2022\n\
             قال الوزير أمس إن الاجتماع سيعقد الأسبوع المقبل.";
    let d = analyze(t, &Options::default()).dates;
    assert_eq!(d[1].iso.as_deref(), Some("2022-01-04"));
}

#[test]
fn a_part_of_a_hijri_month() {
    let o = with_ref(2022, 3, 1);
    let d = analyze("Fighting eased in mid-Ramadan.", &o).dates;
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].hijri.as_deref(), Some("1443-09"));
    assert_eq!(d[0].gregorian_start.as_deref(), Some("2022-04-12"));
    assert_eq!(d[0].gregorian_end.as_deref(), Some("2022-04-21"));
}

#[test]
fn arabic_before_christ_with_dots_and_words() {
    for t in ["عاش نحو عام 3300 ق.م تقريباً", "حوالي عام 1600 قبل الميلاد"]
    {
        let d = analyze(t, &Options::default()).dates;
        assert_eq!(d.len(), 1, "{t}");
        assert!(d[0].year.is_some_and(|y| y < 0), "{t}: {:?}", d[0]);
    }
}

#[test]
fn a_decimal_after_a_year_word_is_not_a_year() {
    assert!(found("بلغ مجموع الدفع لذلك العام 1,5 مليون دولار").is_empty());
}

#[test]
fn an_apostrophe_year_after_of() {
    assert_eq!(
        iso("By December of '68 the index had fallen."),
        [s("1968-12")]
    );
}

#[test]
fn an_ordinal_numbering_a_place_is_not_a_day() {
    let o = with_ref(2022, 3, 1);
    assert!(found_with("The church is on 5th st. near the light.", &o).is_empty());
    assert!(found_with("Our office is on the 3rd floor.", &o).is_empty());
    assert_eq!(
        iso_with("We meet on the 5th and talk.", &o),
        [s("2022-03-05")]
    );
    // after a past verb, the 5th before the reference
    assert_eq!(
        iso_with("We met on the 5th and talked.", &o),
        [s("2022-02-05")]
    );
}

fn iso_with(t: &str, o: &Options) -> Vec<Option<String>> {
    found_with(t, o).into_iter().map(|x| x.1).collect()
}

#[test]
fn a_month_range_with_one_year_gives_both_months_that_year() {
    let o = with_ref(2022, 3, 1);
    for (t, a, b) in [
        ("between June and August 2010", "2010-06", "2010-08"),
        ("from March to May 2021", "2021-03", "2021-05"),
        ("January–March 2022", "2022-01", "2022-03"),
        ("من مارس إلى مايو 2021", "2021-03", "2021-05"),
        ("ما بين حزيران وآب من عام 2010", "2010-06", "2010-08"),
        // the first month later in the year: the year before
        ("from December to February 2021", "2020-12", "2021-02"),
    ] {
        assert_eq!(iso_with(t, &o), [s(a), s(b)], "{t}");
    }
    // each with its own year: as written
    assert_eq!(
        iso_with("from January 2020 to March 2021", &o),
        [s("2020-01"), s("2021-03")]
    );
}

#[test]
fn a_day_range_across_months_with_one_year_gives_the_first_day_that_year() {
    let o = with_ref(2022, 3, 1);
    for (t, a, b) in [
        ("5 January to 8 February 2019", "2019-01-05", "2019-02-08"),
        ("Jan 5 to Jan 8, 2019", "2019-01-05", "2019-01-08"),
        (
            "from 28 December to 3 January 2019",
            "2018-12-28",
            "2019-01-03",
        ),
        ("من 5 يناير إلى 8 فبراير 2019", "2019-01-05", "2019-02-08"),
    ] {
        assert_eq!(iso_with(t, &o), [s(a), s(b)], "{t}");
    }
}

#[test]
fn a_day_of_a_relative_month_without_min() {
    let o = with_ref(2022, 3, 1);
    assert_eq!(
        iso_with("يعقد الاجتماع في 14 الشهر المقبل", &o),
        [s("2022-04-14")]
    );
    // a count before the month is not its day
    assert_eq!(iso_with("قتل 14 الشهر الماضي", &o), [s("2022-02")]);
}

#[test]
fn a_spaced_dash_between_two_years_within_a_century() {
    assert_eq!(iso("1960 - 1961"), [s("1960"), s("1961")]);
    assert!(found("1500 - 2000 soldiers").is_empty());
    assert!(found("the score was 2 - 1").is_empty());
}

#[test]
fn a_day_and_month_in_figures_takes_the_year_written_after_it() {
    let o = Options {
        date_order: DateOrder::Dmy,
        ..with_ref(2022, 3, 1)
    };
    assert_eq!(iso_with("في 5/3 من عام 2019", &o), [s("2019-03-05")]);
    assert_eq!(iso_with("في 5/3 من العام الماضي", &o), [s("2021-03-05")]);
    assert_eq!(iso_with("on 5/3 of this year", &o), [s("2022-03-05")]);
    // fractions are not dates
    assert!(iso_with("في 2/3 من الحالات", &o).is_empty());
    assert!(iso_with("in 2/3 of cases", &o).is_empty());
}

#[test]
fn a_weekday_before_a_day_of_a_relative_month_is_one_mention() {
    let o = with_ref(2022, 3, 1);
    for t in [
        "الخميس 17 من الشهر الجاري",
        "الخميس الموافق السابع عشر من الشهر الجاري",
        "يوم الخميس 17 الشهر الجاري",
    ] {
        assert_eq!(found_with(t, &o), [(t.to_owned(), s("2022-03-17"))], "{t}");
    }
}

#[test]
fn the_last_ten_days_of_ramadan_are_its_late_part() {
    let o = with_ref(2022, 3, 1);
    let d = analyze("يكثف المصلون العبادة في العشر الأواخر من رمضان", &o).dates;
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].part, Some(warraq::dates::Part::Late));
    // 21 Ramadan 1443 to its last day
    assert_eq!(d[0].gregorian_start.as_deref(), Some("2022-04-22"));
    assert_eq!(d[0].gregorian_end.as_deref(), Some("2022-05-01"));
    let d = analyze("العشر الأوائل من ذي الحجة 1443", &o).dates;
    assert_eq!(d[0].part, Some(warraq::dates::Part::Early));
    assert_eq!(d[0].gregorian_start.as_deref(), Some("2022-06-30"));
}

#[test]
fn a_hijri_year_with_its_gregorian_year_after_a_slash() {
    let d = analyze("خلال عام 1443/2022 تضاعفت الصادرات", &Options::default()).dates;
    assert_eq!(d.len(), 2);
    assert_eq!(d[0].calendar, Calendar::Hijri);
    assert!(!d[0].ambiguous);
    assert_eq!(d[1].iso.as_deref(), Some("2022"));
    assert_eq!(iso("Ramadan 1443/2022"), [None, s("2022")]);
}

#[test]
fn mid_arabic_month_is_its_fifteenth_marked_as_the_middle() {
    let d = analyze("في منتصف يناير", &with_ref(2022, 3, 1)).dates;
    assert_eq!(d[0].iso.as_deref(), Some("2022-01-15"));
    assert_eq!(d[0].part, Some(warraq::dates::Part::Mid));
}

#[test]
fn previous_week_is_last_week() {
    let o = with_ref(2013, 2, 12);
    let d = analyze("at the end of previous week", &o).dates;
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].gregorian_start.as_deref(), Some("2013-02-08"));
    assert_eq!(d[0].gregorian_end.as_deref(), Some("2013-02-10"));
}

// ---- held-out forms: other libraries' Hijri/Arabic test forms and web-page datelines ----

#[test]
fn cldr_arabic_full_date_with_weekday_and_arabic_digits() {
    assert_eq!(
        found("أعلنت الوزارة القرار الأربعاء، ٥ يناير ٢٠٢٢ في مؤتمر صحفي."),
        [("الأربعاء، ٥ يناير ٢٠٢٢".to_owned(), s("2022-01-05"))]
    );
}

#[test]
fn cldr_arabic_short_date_with_rlm_marks() {
    // ICU writes a right-to-left mark after each number of a short Arabic date
    let t = "وقّع الطرفان الاتفاق يوم ٠٥\u{200f}/٠١\u{200f}/٢٠٢٢ في الرياض.";
    assert_eq!(iso(t), [s("2022-01-05")]);
    let t = "وقّع الطرفان الاتفاق يوم 05\u{200f}/01\u{200f}/2022 في الرياض.";
    assert_eq!(iso(t), [s("2022-01-05")]);
}

#[test]
fn hijri_numeric_dates_with_era_and_a_time_after() {
    // year first, day first, attached or spaced `هـ`, a clock time after the comma
    assert_eq!(iso("صدر التعميم بتاريخ 1443/6/12هـ"), [s("2022-01-15")]);
    assert_eq!(iso("صدر التعميم بتاريخ ١٤٤٣/٦/١٢ هـ"), [s("2022-01-15")]);
    let t = "The circular is dated 14-09-1432 هـ, 09:40 صباحاً and was read aloud.";
    assert_eq!(found(t), [("14-09-1432 هـ".to_owned(), s("2011-08-14"))]);
    assert_eq!(
        iso("وُزّع البيان في 17-01-1437 هـ 08:30 مساءً"),
        [s("2015-10-30")]
    );
}

#[test]
fn hijri_numeric_date_on_a_day_the_month_lacks_is_not_a_date() {
    // Safar 1433 has 29 days under Umm al-Qura: no rollover into Rabi' I
    assert_eq!(
        iso("وُزّع البيان في 30-02-1433"),
        Vec::<Option<String>>::new()
    );
}

#[test]
fn transliterated_hijri_months_with_article_before_them() {
    assert_eq!(
        found("The governor arrived on 12 al-Muḥarram 1443 AH."),
        [("12 al-Muḥarram 1443 AH".to_owned(), s("2021-08-20"))]
    );
    assert_eq!(iso("He left on 3 el-Muharram 1443."), [s("2021-08-11")]);
    // `al` alone is not swallowed before other words
    assert_eq!(
        iso("Talks on 12 al-Aqsa compound access"),
        Vec::<Option<String>>::new()
    );
}

#[test]
fn malay_and_indonesian_renderings_of_hijri_months() {
    for (t, want) in [
        ("Celebrations began on 1 Syawal 1443 AH.", "2022-05-02"),
        ("The fast ends after 29 Ramadhan 1443 AH.", "2022-04-30"),
        ("The circular was issued on 12 Rejab 1443 AH.", "2022-02-13"),
        ("Pilgrims gathered on 9 Zulhijjah 1443 AH.", "2022-07-08"),
        ("The decree is dated 12 Zulkaedah 1443 AH.", "2022-06-11"),
        ("Schools reopen on 15 Syaaban 1443 AH.", "2022-03-18"),
    ] {
        assert_eq!(iso(t), [s(want)], "{t}");
    }
}

#[test]
fn transliterations_with_ayn_hamza_and_macrons() {
    for (t, want) in [
        ("copied on 7 Jumādā I 1243", "1827-11-26"),
        ("fell on 12 Rabīʿ ath-Thānī 1443 AH", "2021-11-17"),
        ("fell on 12 Jumada al-`Awwal 1443 AH", "2021-12-16"),
        ("fell on 12 Jumādā ath-Thāniyah 1443 AH", "2022-01-15"),
        ("fell on 12 Zū al-Qaʿdah 1443 AH", "2022-06-11"),
        ("fell on 12 Dhu l-Qa'da 1443 AH", "2022-06-11"),
        ("fell on 12 Thul-Hijjah 1443 AH", "2022-07-11"),
        ("dated Muharram 1, 1445 AH", "2023-07-19"),
        ("dated 1st Muharram, 1445 Hijri", "2023-07-19"),
    ] {
        assert_eq!(iso(t), [s(want)], "{t}");
    }
}

#[test]
fn headline_date_before_a_colon_is_a_date_but_a_clock_time_is_not() {
    let o = with_ref(2022, 1, 12);
    assert_eq!(
        found_with("January 10: Ministers meet in Doha", &o),
        [("January 10".to_owned(), s("2022-01-10"))]
    );
    assert_eq!(
        found_with("Monday, Jan 10: Ministers meet in Doha", &o),
        [("Monday, Jan 10".to_owned(), s("2022-01-10"))]
    );
    // `May 5:30` stays a time
    assert_eq!(found_with("The train leaves May 5:30 sharp", &o).len(), 0);
}

#[test]
fn web_page_datelines_with_times_give_their_dates() {
    for t in [
        "Published 5 January 2022, 10:32 GMT",
        "Updated: Jan. 5, 2022 at 10:32 a.m. ET",
        "Posted 2022-01-05T10:32:00Z by staff",
        "Last modified 2022-01-05 10:32:14 UTC",
        "Wed, 05 Jan 2022 17:45:00 +0000",
        "First published on Wed 5 Jan 2022 05.00 GMT",
        "نُشر في: ٥ يناير ٢٠٢٢ - ١٠:٣٢ ص",
        "آخر تحديث: الأربعاء 5 يناير 2022 - 10:32 م بتوقيت مكة",
        "تاريخ النشر: 2022/01/05 الساعة 10:32",
        "الأربعاء 05 يناير 2022 | 10:32 صباحاً",
    ] {
        assert_eq!(iso(t), [s("2022-01-05")], "{t}");
    }
}

#[test]
fn iso_timestamp_gives_its_date() {
    assert_eq!(
        found("<time datetime=\"2022-01-05T10:32:00+03:00\">"),
        [("2022-01-05".to_owned(), s("2022-01-05"))]
    );
}

#[test]
fn reporting_periods_give_their_year() {
    assert_eq!(
        found("Growth slowed in Q3 2021 as prices rose."),
        [("2021".to_owned(), s("2021"))]
    );
    assert_eq!(iso("The H1 2022 results were weak."), [s("2022")]);
    assert_eq!(iso("Revenue fell in fiscal 2022."), [s("2022")]);
    assert_eq!(iso("Earnings for FY2022 rose sharply."), [s("2022")]);
    assert_eq!(iso("Earnings for fiscal year 2022 rose."), [s("2022")]);
    assert_eq!(
        iso("تراجع الإنتاج في الربع الأول من 2022 بشكل حاد."),
        [s("2022")]
    );
    assert_eq!(iso("ارتفعت الصادرات في النصف الثاني من 2021"), [s("2021")]);
    // a quarter's number or a count after `of` is no year
    assert_eq!(
        iso("Q3 results: 2021 units sold"),
        Vec::<Option<String>>::new()
    );
}

#[test]
fn decades_are_not_reported() {
    // a decade has no yyyy / yyyy-mm / yyyy-mm-dd value: reporting its first year would be wrong
    for t in [
        "Such movements flourished in the 1990s.",
        "during the 2010s",
        "في تسعينيات القرن الماضي",
    ] {
        assert_eq!(iso(t), Vec::<Option<String>>::new(), "{t}");
    }
}

#[test]
fn season_of_two_years_gives_both_years() {
    assert_eq!(
        iso("The 2020-21 season was cut short."),
        [s("2020"), s("2021")]
    );
    assert_eq!(
        iso("The 2021/2022 season ended early."),
        [s("2021"), s("2022")]
    );
}

#[test]
fn version_numbers_and_phone_numbers_are_not_dates() {
    for t in [
        "Version 1.2.2022 released.",
        "Update to v1.2.2022 now.",
        "Call +971 4 2022 1443 for details.",
        "Order ID 2022-0105-1032 confirmed.",
        "ISBN 978-1-2022-1443-5",
        "Troops moved at 1430 GMT.",
        "وصل الوفد الساعة 20:22 بتوقيت غرينتش.",
    ] {
        assert_eq!(iso(t), Vec::<Option<String>>::new(), "{t}");
    }
}

#[test]
fn arabic_dual_and_relative_counts() {
    let o = with_ref(2022, 1, 12);
    let v = |t: &str| {
        found_with(t, &o)
            .into_iter()
            .map(|x| x.1)
            .collect::<Vec<_>>()
    };
    assert_eq!(v("وصل الوفد قبل يومين."), [s("2022-01-10")]);
    assert_eq!(v("سيصل الوفد بعد أسبوعين."), [s("2022-01-26")]);
    assert_eq!(v("عاد قبل شهرين."), [s("2021-11-12")]);
    assert_eq!(v("نشر قبل 2 يوم"), [s("2022-01-10")]);
    // hours and minutes ago are times, not dates
    assert_eq!(v("نشر منذ 3 ساعات"), Vec::<Option<String>>::new());
    assert_eq!(v("Updated 2 hours ago"), Vec::<Option<String>>::new());
}

#[test]
fn feminine_compound_ordinal_day_is_read_whole() {
    // `الثانية والعشرون` is the 22nd, not `والعشرون` (the 20th) with a stray word before it
    let o = with_ref(2016, 11, 7);
    assert_eq!(
        found_with("تنطلق الجولة الثانية والعشرون من يونيو", &o),
        [("الثانية والعشرون من يونيو".to_owned(), s("2016-06-22"))]
    );
    assert_eq!(
        found_with("وصلت البعثة في الحادية والثلاثين من أكتوبر", &o)[0].1,
        s("2016-10-31")
    );
}

#[test]
fn day_before_yesterday_with_yawm_between() {
    let o = with_ref(2016, 11, 7);
    assert_eq!(
        found_with("وصل الوزير قبل يوم أمس إلى العاصمة", &o),
        [("قبل يوم أمس".to_owned(), s("2016-11-05"))]
    );
}

#[test]
fn arabic_week_then_its_weekday_is_that_weeks_day() {
    // reference Monday 7 November 2016; weeks run Monday to Sunday
    let o = with_ref(2016, 11, 7);
    assert_eq!(
        found_with("يزور الوفد الأسبوع المقبل يوم الجمعة عمّان", &o),
        [("الأسبوع المقبل يوم الجمعة".to_owned(), s("2016-11-18"))]
    );
    assert_eq!(
        found_with("عقدت الجلسة الأسبوع الماضي الأحد", &o)[0].1,
        s("2016-11-06")
    );
    // a date after the weekday is read with it
    let got = found_with("يبدأ الأسبوع المقبل يوم الخميس 17 نوفمبر", &o);
    assert_eq!(got.last().cloned().map(|x| x.1), Some(s("2016-11-17")));
}

#[test]
fn arabic_day_with_a_mark_before_the_month() {
    let o = with_ref(2016, 11, 7);
    for t in [
        "تنتهي المهلة يوم 2. أكتوبر",
        "تنتهي المهلة يوم 2- أكتوبر",
        "تنتهي المهلة يوم 2/ أكتوبر",
    ] {
        assert_eq!(found_with(t, &o).len(), 1, "{t}");
        assert_eq!(found_with(t, &o)[0].1, s("2016-10-02"), "{t}");
    }
    // a numbered list item before an English month is not read so
    assert_eq!(found_with("Items: 2. October sales", &o).len(), 0);
}

#[test]
fn translated_month_then_arabic_ordinal_with_its_year() {
    let o = with_ref(2016, 11, 7);
    assert_eq!(
        found_with("الاثنين، يناير الثاني والعشرين، 2018", &o),
        [(
            "الاثنين، يناير الثاني والعشرين، 2018".to_owned(),
            s("2018-01-22")
        )]
    );
}

#[test]
fn weekday_after_a_past_tense_verb_looks_back() {
    // reference Wednesday 12 January 2022
    let o = with_ref(2022, 1, 12);
    assert_eq!(
        found_with("The minister said Tuesday that talks would resume.", &o),
        [("Tuesday".to_owned(), s("2022-01-11"))]
    );
    assert_eq!(
        found_with("The envoy spoke on Wednesday in Doha.", &o)[0].1,
        s("2022-01-12")
    );
    assert_eq!(
        found_with("Officials met Monday and Tuesday.", &o),
        [
            ("Monday".to_owned(), s("2022-01-10")),
            ("Tuesday".to_owned(), s("2022-01-11"))
        ]
    );
    assert_eq!(
        found_with("Rebels attacked Sunday near the border.", &o)[0].1,
        s("2022-01-09")
    );
    // without a past verb the coming one, as before
    assert_eq!(
        found_with("Talks resume on Thursday.", &o)[0].1,
        s("2022-01-13")
    );
    // names stay names
    assert_eq!(
        found_with("Shoppers crowded stores on Black Friday.", &o).len(),
        0
    );
}

#[test]
fn yesterday_today_tomorrow_with_their_weekday_are_one_mention() {
    let o = with_ref(2022, 1, 12);
    assert_eq!(
        found_with("أعلنت الوزارة، أمس الثلاثاء، عن خطة جديدة.", &o),
        [("أمس الثلاثاء".to_owned(), s("2022-01-11"))]
    );
    assert_eq!(
        found_with("يعقد المجلس اليوم الأربعاء جلسة طارئة.", &o),
        [("اليوم الأربعاء".to_owned(), s("2022-01-12"))]
    );
    assert_eq!(
        found_with("يصل الوفد غداً الخميس إلى القاهرة.", &o),
        [("غداً الخميس".to_owned(), s("2022-01-13"))]
    );
}

#[test]
fn arabic_weekday_in_a_clause_led_by_a_past_verb_looks_back() {
    let o = with_ref(2022, 1, 12);
    assert_eq!(
        found_with("قال الرئيس الفرنسي، الثلاثاء، إن المفاوضات ستستأنف.", &o),
        [("الثلاثاء".to_owned(), s("2022-01-11"))]
    );
    assert_eq!(
        found_with("مقدمة\nأعلنت الوزارة الأحد عن خطة جديدة.", &o)[0].1,
        s("2022-01-09")
    );
    // reported speech after `إن` keeps its own (future) tense
    assert_eq!(
        found_with("قال الوزير إن الاجتماع سيعقد الخميس.", &o)[0].1,
        s("2022-01-13")
    );
    // a present-tense (future) verb: the coming one
    assert_eq!(
        found_with("يزور الرئيس، الخميس، القاهرة.", &o)[0].1,
        s("2022-01-13")
    );
}

#[test]
fn yearless_date_after_a_past_verb_is_the_latest_on_or_before_the_reference() {
    let o = with_ref(2022, 1, 12);
    assert_eq!(
        found_with("The deal was signed on December 28.", &o),
        [("December 28".to_owned(), s("2021-12-28"))]
    );
    assert_eq!(
        found_with("The deal was signed on 28 December.", &o)[0].1,
        s("2021-12-28")
    );
    assert_eq!(
        found_with("وقع الطرفان الاتفاق في 28 ديسمبر.", &o)[0].1,
        s("2021-12-28")
    );
    // a future or a schedule keeps the reference's year (Duckling's convention)
    assert_eq!(
        found_with("The deal will be signed on December 28.", &o)[0].1,
        s("2022-12-28")
    );
    assert_eq!(
        found_with("The vote is scheduled on March 5.", &o)[0].1,
        s("2022-03-05")
    );
    // a date already past this year stays in it
    assert_eq!(
        found_with("Talks began on January 3.", &o)[0].1,
        s("2022-01-03")
    );
    // a month alone too
    assert_eq!(
        found_with("Elections were held in March.", &o)[0].1,
        s("2021-03")
    );
    assert_eq!(
        found_with("Elections will be held in March.", &o)[0].1,
        s("2022-03")
    );
}

#[test]
fn on_the_fifth_after_a_past_verb_is_this_or_last_month() {
    let o = with_ref(2022, 1, 12);
    assert_eq!(
        found_with("He was released on the 5th.", &o),
        [("on the 5th".to_owned(), s("2022-01-05"))]
    );
    assert_eq!(
        found_with("He was released on the 20th.", &o)[0].1,
        s("2021-12-20")
    );
    // the future: the coming one
    assert_eq!(
        found_with("He will be released on the 5th.", &o)[0].1,
        s("2022-02-05")
    );
}

#[test]
fn nth_day_of_a_hijri_month_in_english() {
    let o = with_ref(2022, 1, 12);
    assert_eq!(
        found_with("Fasting began on the first day of Ramadan 1443.", &o),
        [("the first day of Ramadan 1443".to_owned(), s("2022-04-02"))]
    );
    assert_eq!(
        found_with("The truce ended on the third day of Shawwal 1443 AH.", &o)[0].1,
        s("2022-05-04")
    );
    // with a Gregorian year the Hijri month has no single day here
    assert_eq!(
        found_with("On the first day of Ramadan 2022", &o),
        [("Ramadan 2022".to_owned(), None)]
    );
}
