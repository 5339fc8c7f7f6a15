//! Calendars: proleptic Gregorian and Hijri (Umm al-Qura as published, the KACST computed table,
//! and the two tabular calendars).
//!
//! Every conversion returns the [`Method`] actually used: outside a table's years (1343–1500 AH
//! for [`Method::UmmAlQura`], 1300–1600 AH for [`Method::UmmAlQuraKacst`]) the Umm al-Qura
//! methods fall back to [`Method::Tabular`]. An impossible date is an error naming the month's
//! length; nothing rolls over and nothing panics.
//!
//! The fallback is plain tabular, so the seams do not line up exactly: 1924-08-01 is
//! 1 Muharram 1343 in the published table but 29 Dhu al-Hijjah 1342 in the tabular calendar,
//! so under `UmmAlQura` the days 29 and 30 Dhu al-Hijjah 1342 (tabular) fall on or after the
//! table's first day. Converting back with the method returned always round-trips.
//!
//! ```
//! use warraq::dates::{Method, SimpleDate};
//! use warraq::dates::calendar::{gregorian_to_hijri, hijri_to_gregorian, HijriDate};
//!
//! let h = HijriDate { year: 1443, month: 6, day: 12 };
//! let (g, used) = hijri_to_gregorian(h, Method::UmmAlQura).unwrap();
//! assert_eq!((g.year, g.month, g.day), (2022, 1, 15));
//! assert_eq!(used, Method::UmmAlQura);
//! assert_eq!(gregorian_to_hijri(g, Method::UmmAlQura).unwrap().0, h);
//!
//! // 1100 AH is before the published table: tabular, and the method says so.
//! let (_, used) = hijri_to_gregorian(HijriDate { year: 1100, month: 1, day: 1 }, Method::UmmAlQura).unwrap();
//! assert_eq!(used, Method::Tabular);
//! ```
//!
//! Also `gregorian::{is_valid, days_in_month, days_from_civil, civil_from_days, weekday}`.

pub mod gregorian;
mod table;
pub mod tabular;

use std::fmt;
use std::sync::LazyLock;

use super::{Method, SimpleDate};
use crate::Error;
use table::Table;

/// A date in the Hijri calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct HijriDate {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl HijriDate {
    pub const fn new(year: i32, month: u8, day: u8) -> Self {
        HijriDate { year, month, day }
    }
}

impl fmt::Display for HijriDate {
    /// `1443-06-12`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Day numbers accepted by [`day_number_to_hijri`]: about ±2.7 billion years.
pub const MAX_DAY_NUMBER: i64 = 1_000_000_000_000;

/// How a year is converted: by a table or arithmetically.
#[derive(Clone, Copy)]
enum Rule {
    Table(&'static Table, Method),
    Tabular(i64, Method),
}

impl Rule {
    #[inline]
    fn method(self) -> Method {
        match self {
            Rule::Table(_, m) | Rule::Tabular(_, m) => m,
        }
    }
}

#[inline]
fn table_of(method: Method) -> Option<&'static Table> {
    match method {
        Method::UmmAlQura => Some(&table::UMM_AL_QURA),
        Method::UmmAlQuraKacst => Some(&table::UMM_AL_QURA_KACST),
        Method::Tabular | Method::TabularThursday => None,
    }
}

#[inline]
fn epoch_of(method: Method) -> i64 {
    match method {
        Method::TabularThursday => tabular::ASTRONOMICAL_EPOCH,
        _ => tabular::CIVIL_EPOCH,
    }
}

/// The rule for `year` (≥ 1) under `method`.
#[inline]
fn rule(year: i32, method: Method) -> Result<Rule, Error> {
    if year < 1 {
        return Err(Error::OutOfRange(format!(
            "Hijri years start at 1 AH; year {year} is not covered"
        )));
    }
    Ok(match table_of(method) {
        Some(t) if t.covers_year(year) => Rule::Table(t, method),
        Some(_) => Rule::Tabular(tabular::CIVIL_EPOCH, Method::Tabular),
        None => Rule::Tabular(epoch_of(method), method),
    })
}

/// First year and last year a method's table covers; `None` for the tabular methods (any year
/// from 1 AH).
///
/// ```
/// use warraq::dates::Method;
/// use warraq::dates::calendar::table_years;
/// assert_eq!(table_years(Method::UmmAlQura), Some((1343, 1500)));
/// assert_eq!(table_years(Method::Tabular), None);
/// ```
pub fn table_years(method: Method) -> Option<(i32, i32)> {
    table_of(method).map(|t| (t.first_year, t.last_year()))
}

fn check_month(year: i32, month: u8) -> Result<(), Error> {
    if (1..=12).contains(&month) {
        Ok(())
    } else {
        Err(Error::InvalidDate(format!(
            "Hijri month must be 1-12, not {month} (year {year})"
        )))
    }
}

/// The day number of 1 `month` `year` and the month's length.
#[inline]
fn month_start(year: i32, month: u8, rule: Rule) -> (i64, u8) {
    match rule {
        Rule::Table(t, _) => t.month(year, month).unwrap_or((0, 0)),
        Rule::Tabular(epoch, _) => (
            tabular::to_day(epoch, year as i64, month, 1),
            tabular::month_length(year as i64, month),
        ),
    }
}

/// The number of days (29 or 30; 28 or 31 on eight months of the printed calendar's early
/// years) of a Hijri month, and the method actually used.
///
/// ```
/// use warraq::dates::Method;
/// use warraq::dates::calendar::hijri_month_length;
/// assert_eq!(hijri_month_length(1443, 6, Method::UmmAlQura).unwrap(), (29, Method::UmmAlQura));
/// assert_eq!(hijri_month_length(1443, 6, Method::Tabular).unwrap(), (29, Method::Tabular));
/// ```
pub fn hijri_month_length(year: i32, month: u8, method: Method) -> Result<(u8, Method), Error> {
    check_month(year, month)?;
    let r = rule(year, method)?;
    Ok((month_start(year, month, r).1, r.method()))
}

/// The number of days (354 or 355, rarely 353 or 356 in a table) of a Hijri year.
///
/// ```
/// use warraq::dates::Method;
/// use warraq::dates::calendar::hijri_year_length;
/// assert_eq!(hijri_year_length(1442, Method::Tabular).unwrap(), (355, Method::Tabular));
/// ```
pub fn hijri_year_length(year: i32, method: Method) -> Result<(u16, Method), Error> {
    let r = rule(year, method)?;
    Ok(match r {
        Rule::Table(t, m) => {
            let first = t.month(year, 1).map_or(0, |s| s.0);
            let (last, len) = t.month(year, 12).unwrap_or((0, 0));
            ((last + len as i64 - first) as u16, m)
        }
        Rule::Tabular(_, m) => (
            if tabular::is_leap(year as i64) {
                355
            } else {
                354
            },
            m,
        ),
    })
}

/// Days since 1970-01-01 of a Hijri date, and the method actually used.
///
/// ```
/// use warraq::dates::Method;
/// use warraq::dates::calendar::{hijri_to_day_number, HijriDate};
/// assert_eq!(hijri_to_day_number(HijriDate::new(1389, 10, 23), Method::UmmAlQura).unwrap().0, 0);
/// ```
#[inline]
pub fn hijri_to_day_number(h: HijriDate, method: Method) -> Result<(i64, Method), Error> {
    day_number_of(h.year, h.month, h.day as i64, method)
}

#[inline]
fn day_number_of(year: i32, month: u8, day: i64, method: Method) -> Result<(i64, Method), Error> {
    check_month(year, month)?;
    let r = rule(year, method)?;
    let (start, len) = month_start(year, month, r);
    if day < 1 || day > len as i64 {
        return Err(Error::InvalidDate(format!(
            "day {} of {} {} does not exist: that month has {} days under {}",
            day,
            month_name_en(month),
            year,
            len,
            r.method().as_str()
        )));
    }
    Ok((start + day - 1, r.method()))
}

/// [`hijri_to_day_number`] for parts of any size (as they come from Python or a data frame):
/// a part that does not fit is the same error as any impossible date.
///
/// ```
/// use warraq::dates::Method;
/// use warraq::dates::calendar::hijri_parts_to_day_number;
/// assert!(hijri_parts_to_day_number(1443, 6, 300, Method::UmmAlQura).unwrap_err().to_string().contains("29 days"));
/// ```
#[inline]
pub fn hijri_parts_to_day_number(
    year: i64,
    month: i64,
    day: i64,
    method: Method,
) -> Result<(i64, Method), Error> {
    let Ok(y) = i32::try_from(year) else {
        return Err(Error::OutOfRange(format!(
            "Hijri year {year} is out of range (1 to {})",
            i32::MAX
        )));
    };
    let m = match u8::try_from(month) {
        Ok(m) if (1..=12).contains(&m) => m,
        _ => {
            return Err(Error::InvalidDate(format!(
                "Hijri month must be 1-12, not {month} (year {year})"
            )))
        }
    };
    day_number_of(y, m, day, method)
}

/// The Hijri date of a day number (days since 1970-01-01), and the method actually used.
///
/// ```
/// use warraq::dates::Method;
/// use warraq::dates::calendar::{day_number_to_hijri, HijriDate};
/// let (h, _) = day_number_to_hijri(0, Method::UmmAlQura).unwrap();
/// assert_eq!(h, HijriDate::new(1389, 10, 23));
/// ```
#[inline]
pub fn day_number_to_hijri(z: i64, method: Method) -> Result<(HijriDate, Method), Error> {
    if let Some(t) = table_of(method) {
        if let Some((year, month, day)) = t.date_of_day(z) {
            return Ok((HijriDate { year, month, day }, method));
        }
    }
    let used = if table_of(method).is_some() {
        Method::Tabular
    } else {
        method
    };
    if !(-MAX_DAY_NUMBER..=MAX_DAY_NUMBER).contains(&z) {
        return Err(Error::OutOfRange(format!(
            "day number {z} is out of range (±{MAX_DAY_NUMBER})"
        )));
    }
    let (y, month, day) = tabular::from_day(epoch_of(used), z);
    match i32::try_from(y) {
        Ok(year) if year >= 1 => Ok((HijriDate { year, month, day }, used)),
        _ => Err(Error::OutOfRange(format!(
            "{} is outside the Hijri calendar under {} (it starts on 1 Muharram 1 AH = {} and ends with year {})",
            gregorian_label(z),
            used.as_str(),
            gregorian_label(epoch_of(used)),
            i32::MAX
        ))),
    }
}

fn gregorian_label(z: i64) -> String {
    let g = gregorian::civil_from_days(z.clamp(-MAX_DAY_NUMBER, MAX_DAY_NUMBER));
    format!("{:04}-{:02}-{:02}", g.year, g.month, g.day)
}

/// The Gregorian day of a Hijri date, and the method actually used.
///
/// ```
/// use warraq::dates::{Method, SimpleDate};
/// use warraq::dates::calendar::{hijri_to_gregorian, HijriDate};
/// let (g, _) = hijri_to_gregorian(HijriDate::new(1443, 9, 1), Method::UmmAlQura).unwrap();
/// assert_eq!(g, SimpleDate { year: 2022, month: 4, day: 2 });
/// // 30 Jumada II 1443 does not exist: the error names the month's length.
/// let e = hijri_to_gregorian(HijriDate::new(1443, 6, 30), Method::UmmAlQura).unwrap_err();
/// assert!(e.to_string().contains("29 days"));
/// ```
#[inline]
pub fn hijri_to_gregorian(h: HijriDate, method: Method) -> Result<(SimpleDate, Method), Error> {
    let (z, m) = hijri_to_day_number(h, method)?;
    Ok((gregorian::civil_from_days(z), m))
}

/// The Hijri day of a Gregorian date, and the method actually used.
///
/// ```
/// use warraq::dates::{Method, SimpleDate};
/// use warraq::dates::calendar::{gregorian_to_hijri, HijriDate};
/// let g = SimpleDate { year: 2022, month: 1, day: 15 };
/// assert_eq!(gregorian_to_hijri(g, Method::UmmAlQura).unwrap().0, HijriDate::new(1443, 6, 12));
/// ```
#[inline]
pub fn gregorian_to_hijri(g: SimpleDate, method: Method) -> Result<(HijriDate, Method), Error> {
    if !gregorian::is_valid(g) {
        return Err(invalid_gregorian(g));
    }
    day_number_to_hijri(gregorian::days_from_civil(g), method)
}

fn invalid_gregorian(g: SimpleDate) -> Error {
    if (1..=12).contains(&g.month) {
        Error::InvalidDate(format!(
            "{:04}-{:02}-{:02} does not exist: {} {} has {} days",
            g.year,
            g.month,
            g.day,
            GREGORIAN_MONTHS_EN[g.month as usize - 1],
            g.year,
            gregorian::days_in_month(g.year, g.month)
        ))
    } else {
        Error::InvalidDate(format!(
            "Gregorian month must be 1-12, not {} (year {})",
            g.month, g.year
        ))
    }
}

const GREGORIAN_MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Whether a Hijri date exists under `method` (after any fallback).
///
/// ```
/// use warraq::dates::Method;
/// use warraq::dates::calendar::{is_valid_hijri, HijriDate};
/// assert!(!is_valid_hijri(HijriDate::new(1443, 6, 30), Method::UmmAlQura));
/// assert!(!is_valid_hijri(HijriDate::new(1443, 2, 30), Method::Tabular)); // even months: 29 days
/// ```
pub fn is_valid_hijri(h: HijriDate, method: Method) -> bool {
    hijri_to_day_number(h, method).is_ok()
}

/// First and last Gregorian day of a Hijri month, and the method actually used.
///
/// ```
/// use warraq::dates::{Method, SimpleDate};
/// use warraq::dates::calendar::hijri_month_bounds;
/// let (first, last, _) = hijri_month_bounds(1443, 9, Method::UmmAlQura).unwrap();
/// assert_eq!(first, SimpleDate { year: 2022, month: 4, day: 2 });
/// assert_eq!(last, SimpleDate { year: 2022, month: 5, day: 1 });
/// ```
pub fn hijri_month_bounds(
    year: i32,
    month: u8,
    method: Method,
) -> Result<(SimpleDate, SimpleDate, Method), Error> {
    check_month(year, month)?;
    let r = rule(year, method)?;
    let (start, len) = month_start(year, month, r);
    Ok((
        gregorian::civil_from_days(start),
        gregorian::civil_from_days(start + len as i64 - 1),
        r.method(),
    ))
}

/// First and last Gregorian day of a Hijri year, and the method actually used.
///
/// ```
/// use warraq::dates::{Method, SimpleDate};
/// use warraq::dates::calendar::hijri_year_bounds;
/// let (first, last, _) = hijri_year_bounds(1443, Method::UmmAlQura).unwrap();
/// assert_eq!(first, SimpleDate { year: 2021, month: 8, day: 9 });
/// assert_eq!(last, SimpleDate { year: 2022, month: 7, day: 29 });
/// ```
pub fn hijri_year_bounds(
    year: i32,
    method: Method,
) -> Result<(SimpleDate, SimpleDate, Method), Error> {
    let r = rule(year, method)?;
    let (start, _) = month_start(year, 1, r);
    let (last, len) = month_start(year, 12, r);
    Ok((
        gregorian::civil_from_days(start),
        gregorian::civil_from_days(last + len as i64 - 1),
        r.method(),
    ))
}

/// Every day in Gregorian `year` that is `day` `month` of some Hijri year (an occasion such as
/// 1 Shawwal, Eid al-Fitr): none, one, or two, since a Hijri year is 10–11 days shorter. A
/// Hijri year whose month is too short for `day` is skipped. In Gregorian order, each with the
/// Hijri date and the method used.
///
/// ```
/// use warraq::dates::{Method, SimpleDate};
/// use warraq::dates::calendar::hijri_in_gregorian_year;
/// // Eid al-Fitr fell twice in 2000: 1 Shawwal 1420 and 1 Shawwal 1421.
/// let eids = hijri_in_gregorian_year(10, 1, 2000, Method::UmmAlQura).unwrap();
/// assert_eq!(eids.len(), 2);
/// assert_eq!((eids[0].0.year, eids[1].0.year), (1420, 1421));
/// ```
pub fn hijri_in_gregorian_year(
    month: u8,
    day: u8,
    year: i32,
    method: Method,
) -> Result<Vec<(HijriDate, SimpleDate, Method)>, Error> {
    if !(1..=12).contains(&month) {
        return Err(Error::InvalidDate(format!(
            "Hijri month must be 1-12, not {month}"
        )));
    }
    if !(1..=31).contains(&day) {
        return Err(Error::InvalidDate(format!(
            "a Hijri day must be 1-30, not {day}"
        )));
    }
    let first = gregorian::days_from_civil(SimpleDate {
        year,
        month: 1,
        day: 1,
    });
    let last = gregorian::days_from_civil(SimpleDate {
        year,
        month: 12,
        day: 31,
    });
    // The Hijri years that overlap `year` (the first may start before it).
    let from = day_number_to_hijri(first, method).map_or(1, |(h, _)| h.year);
    let to = day_number_to_hijri(last, method)?.0.year;
    let mut out = Vec::new();
    for hy in from..=to {
        let h = HijriDate {
            year: hy,
            month,
            day,
        };
        if let Ok((z, used)) = hijri_to_day_number(h, method) {
            if (first..=last).contains(&z) {
                out.push((h, gregorian::civil_from_days(z), used));
            }
        }
    }
    Ok(out)
}

/// The language of a month name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NameLang {
    /// `Jumada al-Akhirah`
    En,
    /// `جمادى الآخرة`
    Ar,
}

impl std::str::FromStr for NameLang {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "en" => Ok(NameLang::En),
            "ar" => Ok(NameLang::Ar),
            _ => Err(Error::InvalidOption(format!(
                "lang must be 'en' or 'ar', not {s:?}"
            ))),
        }
    }
}

/// `(English, Arabic)` names of the twelve months, from `data/dates/calendar/hijri_month_names.tsv`.
static MONTH_NAMES: LazyLock<[(&'static str, &'static str); 12]> = LazyLock::new(|| {
    let mut names = [("", ""); 12];
    let src = include_str!("../../../data/dates/calendar/hijri_month_names.tsv");
    for line in src.lines() {
        let mut parts = line.split('\t');
        let (Some(n), Some(en), Some(ar)) = (parts.next(), parts.next(), parts.next()) else {
            continue;
        };
        if let Some(slot) = n
            .parse::<usize>()
            .ok()
            .and_then(|n| names.get_mut(n.wrapping_sub(1)))
        {
            *slot = (en, ar);
        }
    }
    names
});

fn month_name_en(month: u8) -> &'static str {
    hijri_month_name(month, NameLang::En).unwrap_or("?")
}

/// The name of a Hijri month (1–12).
///
/// ```
/// use warraq::dates::calendar::{hijri_month_name, NameLang};
/// assert_eq!(hijri_month_name(9, NameLang::En).unwrap(), "Ramadan");
/// assert_eq!(hijri_month_name(6, NameLang::Ar).unwrap(), "جمادى الآخرة");
/// ```
pub fn hijri_month_name(month: u8, lang: NameLang) -> Result<&'static str, Error> {
    let (en, ar) = month
        .checked_sub(1)
        .and_then(|i| MONTH_NAMES.get(i as usize))
        .copied()
        .ok_or_else(|| Error::InvalidDate(format!("Hijri month must be 1-12, not {month}")))?;
    Ok(match lang {
        NameLang::En => en,
        NameLang::Ar => ar,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(year: i32, month: u8, day: u8) -> SimpleDate {
        SimpleDate { year, month, day }
    }
    fn h(year: i32, month: u8, day: u8) -> HijriDate {
        HijriDate { year, month, day }
    }
    const ALL: [Method; 4] = [
        Method::UmmAlQura,
        Method::UmmAlQuraKacst,
        Method::Tabular,
        Method::TabularThursday,
    ];

    #[test]
    fn jumada_ii_1443_has_29_days() {
        assert_eq!(
            hijri_month_length(1443, 6, Method::UmmAlQura).unwrap(),
            (29, Method::UmmAlQura)
        );
        let e = hijri_to_gregorian(h(1443, 6, 30), Method::UmmAlQura).unwrap_err();
        assert!(matches!(e, Error::InvalidDate(_)));
        let msg = e.to_string();
        assert!(
            msg.contains("29 days") && msg.contains("Jumada al-Akhirah 1443"),
            "{msg}"
        );
    }

    #[test]
    fn the_day_after_29_jumada_ii_1443_is_1_rajab_not_30_jumada_ii() {
        let (a, _) = hijri_to_gregorian(h(1443, 6, 29), Method::UmmAlQura).unwrap();
        let (b, _) = hijri_to_gregorian(h(1443, 7, 1), Method::UmmAlQura).unwrap();
        assert_eq!(
            gregorian::days_from_civil(b) - gregorian::days_from_civil(a),
            1
        );
    }

    #[test]
    fn outside_table_falls_back_to_tabular() {
        let (d, m) = hijri_to_gregorian(h(1342, 12, 1), Method::UmmAlQura).unwrap();
        assert_eq!(m, Method::Tabular);
        assert_eq!(
            d,
            hijri_to_gregorian(h(1342, 12, 1), Method::Tabular)
                .unwrap()
                .0
        );
        assert_eq!(
            hijri_to_gregorian(h(1501, 1, 1), Method::UmmAlQura)
                .unwrap()
                .1,
            Method::Tabular
        );
        assert_eq!(
            hijri_to_gregorian(h(1500, 12, 1), Method::UmmAlQura)
                .unwrap()
                .1,
            Method::UmmAlQura
        );
        // The KACST table reaches further both ways.
        assert_eq!(
            hijri_to_gregorian(h(1300, 1, 1), Method::UmmAlQuraKacst)
                .unwrap()
                .1,
            Method::UmmAlQuraKacst
        );
        assert_eq!(
            hijri_to_gregorian(h(1601, 1, 1), Method::UmmAlQuraKacst)
                .unwrap()
                .1,
            Method::Tabular
        );
        let (_, m) = gregorian_to_hijri(g(1900, 1, 1), Method::UmmAlQura).unwrap();
        assert_eq!(m, Method::Tabular);
        assert_eq!(
            hijri_month_length(1000, 12, Method::UmmAlQura).unwrap().1,
            Method::Tabular
        );
    }

    #[test]
    fn the_seam_before_the_published_table_is_tabular_on_one_side_only() {
        let (last_tab, m) = gregorian_to_hijri(g(1924, 7, 31), Method::UmmAlQura).unwrap();
        assert_eq!((last_tab, m), (h(1342, 12, 28), Method::Tabular));
        let (first, m) = gregorian_to_hijri(g(1924, 8, 1), Method::UmmAlQura).unwrap();
        assert_eq!((first, m), (h(1343, 1, 1), Method::UmmAlQura));
        // Tabular 29 Dhu al-Hijjah 1342 is the same day as 1 Muharram 1343 in the table.
        assert_eq!(
            hijri_to_gregorian(h(1342, 12, 29), Method::UmmAlQura).unwrap(),
            (g(1924, 8, 1), Method::Tabular)
        );
    }

    #[test]
    fn the_printed_calendar_has_28_and_31_day_months() {
        // Ramadan 1343 was printed with 28 days, Jumada I 1345 with 31.
        assert_eq!(
            hijri_month_length(1343, 9, Method::UmmAlQura).unwrap().0,
            28
        );
        assert_eq!(
            hijri_month_length(1345, 5, Method::UmmAlQura).unwrap().0,
            31
        );
        assert!(hijri_to_gregorian(h(1345, 5, 31), Method::UmmAlQura).is_ok());
        assert!(hijri_to_gregorian(h(1343, 9, 29), Method::UmmAlQura).is_err());
        // The KACST table never does.
        assert_eq!(
            hijri_month_length(1343, 9, Method::UmmAlQuraKacst)
                .unwrap()
                .0,
            29
        );
    }

    #[test]
    fn published_and_kacst_tables_differ_on_some_months() {
        let differ = (1343..=1500)
            .flat_map(|y| (1..=12).map(move |m| (y, m)))
            .filter(|&(y, m)| {
                hijri_to_gregorian(h(y, m, 1), Method::UmmAlQura).unwrap().0
                    != hijri_to_gregorian(h(y, m, 1), Method::UmmAlQuraKacst)
                        .unwrap()
                        .0
            })
            .count();
        assert!(differ > 100, "{differ}");
        // They agree on recent years: 1 Ramadan 1443 = 2 April 2022 in both.
        for m in [Method::UmmAlQura, Method::UmmAlQuraKacst] {
            assert_eq!(
                hijri_to_gregorian(h(1443, 9, 1), m).unwrap().0,
                g(2022, 4, 2)
            );
        }
    }

    #[test]
    fn unix_epoch_is_23_shawwal_1389_but_22_in_the_tabular_calendar() {
        assert_eq!(
            gregorian_to_hijri(g(1970, 1, 1), Method::UmmAlQura).unwrap(),
            (h(1389, 10, 23), Method::UmmAlQura)
        );
        assert_eq!(
            gregorian_to_hijri(g(1970, 1, 1), Method::Tabular).unwrap(),
            (h(1389, 10, 22), Method::Tabular)
        );
    }

    #[test]
    fn tabular_epochs_are_a_day_apart() {
        assert_eq!(
            hijri_to_gregorian(h(1, 1, 1), Method::Tabular).unwrap(),
            (g(622, 7, 19), Method::Tabular)
        );
        assert_eq!(
            hijri_to_gregorian(h(1, 1, 1), Method::TabularThursday).unwrap(),
            (g(622, 7, 18), Method::TabularThursday)
        );
    }

    #[test]
    fn the_day_before_the_hijra_is_out_of_range() {
        let e = gregorian_to_hijri(g(622, 7, 18), Method::Tabular).unwrap_err();
        assert!(matches!(e, Error::OutOfRange(_)), "{e}");
        assert!(gregorian_to_hijri(g(622, 7, 18), Method::TabularThursday).is_ok());
        assert!(gregorian_to_hijri(g(-5000, 1, 1), Method::UmmAlQura).is_err());
        assert!(hijri_to_gregorian(h(0, 1, 1), Method::Tabular).is_err());
        assert!(hijri_to_gregorian(h(-3, 1, 1), Method::UmmAlQura).is_err());
    }

    #[test]
    fn impossible_dates_never_roll_over() {
        for m in ALL {
            assert!(hijri_to_gregorian(h(1443, 13, 1), m).is_err());
            assert!(hijri_to_gregorian(h(1443, 0, 1), m).is_err());
            assert!(hijri_to_gregorian(h(1443, 1, 0), m).is_err());
            assert!(hijri_to_gregorian(h(1443, 1, 31), m).is_err());
            assert!(hijri_to_gregorian(h(1443, 2, 30), Method::Tabular).is_err());
        }
        let e = gregorian_to_hijri(g(2023, 2, 29), Method::UmmAlQura).unwrap_err();
        assert!(e.to_string().contains("February 2023 has 28 days"), "{e}");
        assert!(gregorian_to_hijri(g(2023, 13, 1), Method::UmmAlQura).is_err());
    }

    #[test]
    fn extreme_years_are_errors_not_panics() {
        for m in ALL {
            assert!(hijri_to_gregorian(h(i32::MAX, 12, 29), m).is_ok());
            assert!(hijri_to_gregorian(h(i32::MIN, 1, 1), m).is_err());
            assert!(gregorian_to_hijri(g(i32::MAX, 12, 31), m).is_err());
            assert!(gregorian_to_hijri(g(i32::MIN, 1, 1), m).is_err());
            assert!(day_number_to_hijri(i64::MAX, m).is_err());
            assert!(day_number_to_hijri(i64::MIN, m).is_err());
            assert!(hijri_year_length(i32::MAX, m).is_ok());
            assert!(hijri_month_bounds(i32::MAX, 12, m).is_ok());
        }
    }

    #[test]
    fn every_method_round_trips_around_the_tables() {
        let from = gregorian::days_from_civil(g(1850, 1, 1));
        let to = gregorian::days_from_civil(g(2200, 1, 1));
        for m in ALL {
            for z in from..to {
                let (hd, used) = day_number_to_hijri(z, m).unwrap();
                assert_eq!(hijri_to_day_number(hd, used).unwrap().0, z, "{hd} {used:?}");
            }
        }
    }

    #[test]
    fn year_lengths_add_up() {
        for m in ALL {
            for y in 1290..1620 {
                let (len, _) = hijri_year_length(y, m).unwrap();
                let sum: u16 = (1..=12)
                    .map(|mo| hijri_month_length(y, mo, m).unwrap().0 as u16)
                    .sum();
                assert_eq!(len, sum);
                assert!((353..=356).contains(&len), "{y} {len}");
            }
        }
    }

    #[test]
    fn eid_al_fitr_fell_twice_in_2000_and_once_in_2022() {
        let twice = hijri_in_gregorian_year(10, 1, 2000, Method::UmmAlQura).unwrap();
        assert_eq!(twice.len(), 2);
        assert!(twice[0].1 < twice[1].1);
        let once = hijri_in_gregorian_year(10, 1, 2022, Method::UmmAlQura).unwrap();
        assert_eq!(
            once,
            vec![(h(1443, 10, 1), g(2022, 5, 2), Method::UmmAlQura)]
        );
        // 30 Ramadan does not exist in every year: only the years where it does are listed.
        for (hd, _, m) in hijri_in_gregorian_year(9, 30, 2022, Method::UmmAlQura).unwrap() {
            assert_eq!(hijri_month_length(hd.year, 9, m).unwrap().0, 30);
        }
        assert!(hijri_in_gregorian_year(13, 1, 2022, Method::UmmAlQura).is_err());
        assert!(hijri_in_gregorian_year(1, 1, i32::MAX, Method::UmmAlQura).is_err());
        // The first year of the Hijra: 1 Muharram 1 AH only.
        assert_eq!(
            hijri_in_gregorian_year(1, 1, 622, Method::Tabular)
                .unwrap()
                .len(),
            1
        );
        assert!(hijri_in_gregorian_year(1, 1, 600, Method::Tabular).is_err());
    }

    #[test]
    fn month_names_in_both_languages() {
        assert_eq!(hijri_month_name(1, NameLang::En).unwrap(), "Muharram");
        assert_eq!(hijri_month_name(12, NameLang::Ar).unwrap(), "ذو الحجة");
        assert!(hijri_month_name(0, NameLang::En).is_err());
        assert!(hijri_month_name(13, NameLang::Ar).is_err());
        for m in 1..=12 {
            assert!(!hijri_month_name(m, NameLang::En).unwrap().is_empty());
            assert!(!hijri_month_name(m, NameLang::Ar).unwrap().is_empty());
        }
        assert!("fr".parse::<NameLang>().is_err());
    }
}
