//! The tabular (arithmetical) Islamic calendar: 30-year cycles of 10,631 days with leap years
//! 2, 5, 7, 10, 13, 16, 18, 21, 24, 26 and 29 (Dhu al-Hijjah has 30 days in a leap year), odd
//! months of 30 days and even ones of 29.
//!
//! Two epochs are in use: the civil one, 1 Muharram 1 AH = Friday 16 July 622 (Julian), as
//! `convertdate.islamic` and ICU `islamic-civil`; and the astronomical one a day earlier,
//! Thursday 15 July 622, as ICU `islamic-tbla`.

/// Day number (days since 1970-01-01) of 1 Muharram 1 AH with the Friday (civil) epoch:
/// Julian day 1948439.5.
pub const CIVIL_EPOCH: i64 = -492_148;
/// The same with the Thursday (astronomical) epoch.
pub const ASTRONOMICAL_EPOCH: i64 = CIVIL_EPOCH - 1;

/// Leap years have 355 days.
///
/// ```
/// use warraq::dates::calendar::tabular::is_leap;
/// assert!(is_leap(1442) && !is_leap(1443));
/// ```
#[inline]
pub fn is_leap(year: i64) -> bool {
    (14 + 11 * year).rem_euclid(30) < 11
}

/// Days of `month` (1–12) of `year`.
///
/// ```
/// use warraq::dates::calendar::tabular::month_length;
/// assert_eq!((month_length(1443, 1), month_length(1443, 2), month_length(1442, 12)), (30, 29, 30));
/// ```
#[inline]
pub fn month_length(year: i64, month: u8) -> u8 {
    if month % 2 == 1 || (month == 12 && is_leap(year)) {
        30
    } else {
        29
    }
}

/// Days from the epoch to 1 Muharram of `year`.
#[inline]
fn days_before_year(year: i64) -> i64 {
    354 * (year - 1) + (3 + 11 * year).div_euclid(30)
}

/// Days from 1 Muharram to the first of `month` (1–12): 0, 30, 59, 89, …
#[inline]
fn days_before_month(month: u8) -> i64 {
    (59 * (month as i64 - 1) + 1) / 2
}

/// Day number (days since 1970-01-01) of a valid date.
///
/// ```
/// use warraq::dates::calendar::tabular::{to_day, CIVIL_EPOCH};
/// assert_eq!(to_day(CIVIL_EPOCH, 1, 1, 1), CIVIL_EPOCH);
/// assert_eq!(to_day(CIVIL_EPOCH, 1389, 10, 22), 0); // 1970-01-01
/// ```
#[inline]
pub fn to_day(epoch: i64, year: i64, month: u8, day: u8) -> i64 {
    epoch + days_before_year(year) + days_before_month(month) + day as i64 - 1
}

/// `(year, month, day)` of a day number; the year may be below 1 or beyond `i32`. The day
/// number must be within ±10¹⁵ (no overflow).
///
/// ```
/// use warraq::dates::calendar::tabular::{from_day, CIVIL_EPOCH};
/// assert_eq!(from_day(CIVIL_EPOCH, 0), (1389, 10, 22));
/// ```
#[inline]
pub fn from_day(epoch: i64, z: i64) -> (i64, u8, u8) {
    let n = z - epoch;
    let mut year = (30 * n + 10_646).div_euclid(10_631);
    // The estimate is exact; the loops only guard it.
    while to_day(epoch, year, 1, 1) > z {
        year -= 1;
    }
    while to_day(epoch, year + 1, 1, 1) <= z {
        year += 1;
    }
    let doy = z - to_day(epoch, year, 1, 1);
    let month = ((2 * doy) / 59 + 1).min(12) as u8;
    let day = (z - to_day(epoch, year, month, 1) + 1) as u8;
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::calendar::gregorian::days_from_civil;
    use crate::dates::SimpleDate;

    #[test]
    fn civil_epoch_is_friday_16_july_622_julian() {
        // 16 July 622 Julian is 19 July 622 proleptic Gregorian.
        let z = days_from_civil(SimpleDate {
            year: 622,
            month: 7,
            day: 19,
        });
        assert_eq!(z, CIVIL_EPOCH);
        assert_eq!(
            crate::dates::calendar::gregorian::weekday(SimpleDate {
                year: 622,
                month: 7,
                day: 19
            }),
            5
        );
    }

    #[test]
    fn thirty_year_cycle_has_10631_days_and_11_leap_years() {
        let leaps: Vec<i64> = (1..=30).filter(|&y| is_leap(y)).collect();
        assert_eq!(leaps, [2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29]);
        assert_eq!(to_day(0, 31, 1, 1) - to_day(0, 1, 1, 1), 10_631);
    }

    #[test]
    fn day_numbers_round_trip() {
        for z in CIVIL_EPOCH..CIVIL_EPOCH + 400_000 {
            let (y, m, d) = from_day(CIVIL_EPOCH, z);
            assert!(d >= 1 && d <= month_length(y, m), "{y}-{m}-{d}");
            assert_eq!(to_day(CIVIL_EPOCH, y, m, d), z);
        }
    }
}
