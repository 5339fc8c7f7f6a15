//! The calendars through the public API, and the KACST table and the tabular calendars checked
//! against ICU4X (`icu_calendar`) on every day they cover.

use icu_calendar::cal::hijri::{TabularAlgorithmEpoch, TabularAlgorithmLeapYears};
use icu_calendar::cal::Hijri;
use icu_calendar::{AsCalendar, Calendar, Date};
use warraq::dates::calendar::{
    day_number_to_hijri, gregorian, gregorian_to_hijri, hijri_month_bounds, hijri_month_length,
    hijri_to_day_number, hijri_to_gregorian, hijri_year_length, table_years, HijriDate,
};
use warraq::dates::{Method, SimpleDate};
use warraq::Error;

fn g(year: i32, month: u8, day: u8) -> SimpleDate {
    SimpleDate { year, month, day }
}
fn h(year: i32, month: u8, day: u8) -> HijriDate {
    HijriDate { year, month, day }
}

fn iso_of(z: i64) -> Date<icu_calendar::Iso> {
    let d = gregorian::civil_from_days(z);
    Date::try_new_iso(d.year, d.month, d.day).unwrap()
}

fn icu_hijri<A: AsCalendar>(d: &Date<A>) -> HijriDate
where
    A::Calendar: Calendar,
{
    h(
        d.year().extended_year(),
        d.month().number(),
        d.day_of_month().0,
    )
}

/// Every day from 1 Muharram of `first` to the end of `last`, both ways, against ICU4X.
fn check_every_day<A: AsCalendar + Copy>(cal: A, method: Method, first: i32, last: i32)
where
    A::Calendar: Calendar,
{
    let start = hijri_to_day_number(h(first, 1, 1), method).unwrap().0;
    let (_, end, _) = hijri_month_bounds(last, 12, method).unwrap();
    let end = gregorian::days_from_civil(end);
    for z in start..=end {
        let icu = iso_of(z).to_calendar(cal);
        let expected = icu_hijri(&icu);
        let (got, used) = day_number_to_hijri(z, method).unwrap();
        assert_eq!(got, expected, "day {z} under {method:?}");
        assert_eq!(used, method);
        assert_eq!(hijri_to_day_number(got, method).unwrap().0, z);
        if got.day == 1 {
            let len = hijri_month_length(got.year, got.month, method).unwrap().0;
            assert_eq!(len, icu.days_in_month(), "{got}");
        }
    }
}

#[test]
fn kacst_table_matches_icu_calendar_every_day_1300_to_1600() {
    assert_eq!(table_years(Method::UmmAlQuraKacst), Some((1300, 1600)));
    check_every_day(Hijri::new_umm_al_qura(), Method::UmmAlQuraKacst, 1300, 1600);
}

#[test]
fn tabular_matches_icu_islamic_civil_and_tbla_for_centuries() {
    let civil = Hijri::new_tabular(
        TabularAlgorithmLeapYears::TypeII,
        TabularAlgorithmEpoch::Friday,
    );
    let tbla = Hijri::new_tabular(
        TabularAlgorithmLeapYears::TypeII,
        TabularAlgorithmEpoch::Thursday,
    );
    check_every_day(civil, Method::Tabular, 1, 60);
    check_every_day(civil, Method::Tabular, 1200, 1700);
    check_every_day(tbla, Method::TabularThursday, 1, 60);
    check_every_day(tbla, Method::TabularThursday, 1300, 1500);
}

#[test]
fn published_and_kacst_calendars_start_740_of_1896_months_on_different_days() {
    let mut differ = 0;
    for y in 1343..=1500 {
        for m in 1..=12 {
            let a = hijri_to_gregorian(h(y, m, 1), Method::UmmAlQura).unwrap().0;
            let b = hijri_to_gregorian(h(y, m, 1), Method::UmmAlQuraKacst)
                .unwrap()
                .0;
            if a != b {
                differ += 1;
            }
        }
    }
    // They agree from 1423 to 1442 AH and differ before and after.
    assert_eq!(differ, 740);
    for y in 1423..=1442 {
        for m in 1..=12 {
            assert_eq!(
                hijri_to_gregorian(h(y, m, 1), Method::UmmAlQura).unwrap().0,
                hijri_to_gregorian(h(y, m, 1), Method::UmmAlQuraKacst)
                    .unwrap()
                    .0
            );
        }
    }
}

#[test]
fn ramadan_1443_began_on_2_april_2022() {
    for m in [Method::UmmAlQura, Method::UmmAlQuraKacst] {
        assert_eq!(
            hijri_to_gregorian(h(1443, 9, 1), m).unwrap(),
            (g(2022, 4, 2), m)
        );
    }
}

#[test]
fn jumada_ii_1443_has_29_days_so_its_30th_is_an_error() {
    assert_eq!(
        hijri_month_length(1443, 6, Method::UmmAlQura).unwrap().0,
        29
    );
    match hijri_to_gregorian(h(1443, 6, 30), Method::UmmAlQura) {
        Err(Error::InvalidDate(msg)) => assert!(msg.contains("29 days"), "{msg}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn outside_table_falls_back_to_tabular_and_says_so() {
    assert_eq!(
        gregorian_to_hijri(g(1850, 6, 1), Method::UmmAlQura)
            .unwrap()
            .1,
        Method::Tabular
    );
    assert_eq!(
        gregorian_to_hijri(g(2150, 6, 1), Method::UmmAlQura)
            .unwrap()
            .1,
        Method::Tabular
    );
    assert_eq!(
        gregorian_to_hijri(g(2150, 6, 1), Method::UmmAlQuraKacst)
            .unwrap()
            .1,
        Method::UmmAlQuraKacst
    );
    assert_eq!(
        hijri_year_length(1700, Method::UmmAlQura).unwrap().1,
        Method::Tabular
    );
}

/// Regenerates `data/dates/calendar/umm_al_qura_kacst.txt` from ICU4X:
/// `cargo test --test calendar -- --ignored dump_kacst_table`.
#[test]
#[ignore]
fn dump_kacst_table() {
    let cal = Hijri::new_umm_al_qura();
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/dates/calendar/umm_al_qura_kacst.txt"
    );
    let old = std::fs::read_to_string(path).unwrap_or_default();
    let mut out: String = old
        .lines()
        .take_while(|l| l.starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect();
    out.push('\n');
    let iso = |d: Date<icu_calendar::Iso>| {
        format!(
            "{:04}-{:02}-{:02}",
            d.year().extended_year(),
            d.month().number(),
            d.day_of_month().0
        )
    };
    let first = Date::try_new_hijri_with_calendar(1300, 1, 1, cal).unwrap();
    out += &format!("first 1300 {}\n", iso(first.to_calendar(icu_calendar::Iso)));
    for y in 1300..=1600 {
        let digits: String = (1..=12u8)
            .map(|m| {
                let d = Date::try_new_hijri_with_calendar(y, m, 1, cal).unwrap();
                char::from(b'0' + d.days_in_month() % 10)
            })
            .collect();
        out += &format!("{y} {digits}\n");
    }
    let next = Date::try_new_hijri_with_calendar(1601, 1, 1, cal).unwrap();
    out += &format!("next {}\n", iso(next.to_calendar(icu_calendar::Iso)));
    std::fs::write(path, out).unwrap();
}

mod never_panics {
    use super::*;
    use proptest::prelude::*;
    use warraq::dates::calendar::{hijri_parts_to_day_number, hijri_year_bounds};

    const METHODS: [Method; 4] = [
        Method::UmmAlQura,
        Method::UmmAlQuraKacst,
        Method::Tabular,
        Method::TabularThursday,
    ];

    proptest! {
        #[test]
        fn on_any_hijri_parts(y in any::<i64>(), m in any::<i64>(), d in any::<i64>(), k in 0usize..4) {
            let _ = hijri_parts_to_day_number(y, m, d, METHODS[k]);
        }

        #[test]
        fn on_any_hijri_date(y in any::<i32>(), m in any::<u8>(), d in any::<u8>(), k in 0usize..4) {
            let method = METHODS[k];
            if let Ok((g, used)) = hijri_to_gregorian(h(y, m, d), method) {
                // Whatever converts comes back under the method reported.
                prop_assert_eq!(gregorian_to_hijri(g, used).unwrap(), (h(y, m, d), used));
            }
            let _ = hijri_month_length(y, m, method);
            let _ = hijri_year_length(y, method);
            let _ = hijri_month_bounds(y, m, method);
            let _ = hijri_year_bounds(y, method);
        }

        #[test]
        fn on_any_day_number(z in any::<i64>(), k in 0usize..4) {
            let _ = day_number_to_hijri(z, METHODS[k]);
        }

        #[test]
        fn on_any_gregorian_date(y in any::<i32>(), m in any::<u8>(), d in any::<u8>(), k in 0usize..4) {
            let _ = gregorian_to_hijri(g(y, m, d), METHODS[k]);
        }

        #[test]
        fn round_trips_within_ten_thousand_years(z in -500_000i64..3_000_000, k in 0usize..4) {
            if let Ok((hd, used)) = day_number_to_hijri(z, METHODS[k]) {
                prop_assert_eq!(hijri_to_day_number(hd, used).unwrap().0, z);
            }
        }
    }
}
