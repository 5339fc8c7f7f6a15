//! The proleptic Gregorian calendar, through day numbers (days since 1970-01-01).

use crate::dates::SimpleDate;

/// Leap years of the proleptic Gregorian calendar.
///
/// ```
/// use warraq::dates::calendar::gregorian::is_leap;
/// assert!(is_leap(2000) && is_leap(2024) && !is_leap(1900));
/// ```
pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days of `month` (1–12) in `year`; 0 for a month out of range.
///
/// ```
/// use warraq::dates::calendar::gregorian::days_in_month;
/// assert_eq!((days_in_month(2023, 2), days_in_month(2024, 2), days_in_month(2024, 13)), (28, 29, 0));
/// ```
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Whether the date exists.
///
/// ```
/// use warraq::dates::SimpleDate;
/// use warraq::dates::calendar::gregorian::is_valid;
/// assert!(!is_valid(SimpleDate { year: 2023, month: 2, day: 29 }));
/// ```
pub fn is_valid(d: SimpleDate) -> bool {
    d.day >= 1 && d.day <= days_in_month(d.year, d.month)
}

/// Days since 1970-01-01 (negative before). Howard Hinnant's `days_from_civil`.
///
/// ```
/// use warraq::dates::SimpleDate;
/// use warraq::dates::calendar::gregorian::days_from_civil;
/// assert_eq!(days_from_civil(SimpleDate { year: 1970, month: 1, day: 2 }), 1);
/// assert_eq!(days_from_civil(SimpleDate { year: 1969, month: 12, day: 31 }), -1);
/// ```
pub const fn days_from_civil(d: SimpleDate) -> i64 {
    let y = d.year as i64 - if d.month <= 2 { 1 } else { 0 };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = d.month as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d.day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day number (inverse of [`days_from_civil`]).
///
/// ```
/// use warraq::dates::SimpleDate;
/// use warraq::dates::calendar::gregorian::civil_from_days;
/// assert_eq!(civil_from_days(19_007), SimpleDate { year: 2022, month: 1, day: 15 });
/// ```
pub fn civil_from_days(z: i64) -> SimpleDate {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    SimpleDate {
        year: (y + if m <= 2 { 1 } else { 0 }) as i32,
        month: m,
        day: d,
    }
}

/// A date written `YYYY-MM-DD` (anything after the tenth character, such as a time, is
/// ignored), if it exists.
///
/// ```
/// use warraq::dates::calendar::gregorian::parse_iso;
/// assert!(parse_iso("2022-01-15").is_some());
/// assert!(parse_iso("2022-01-15T10:00").is_some());
/// assert!(parse_iso("2023-02-29").is_none());
/// ```
pub fn parse_iso(s: &str) -> Option<SimpleDate> {
    let b = s.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' || (b.len() > 10 && b[10].is_ascii_digit()) {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = b.get(r)?;
        if !part.iter().all(u8::is_ascii_digit) {
            return None;
        }
        Some(part.iter().fold(0u32, |n, &c| n * 10 + (c - b'0') as u32))
    };
    let d = SimpleDate {
        year: num(0..4)? as i32,
        month: num(5..7)? as u8,
        day: num(8..10)? as u8,
    };
    is_valid(d).then_some(d)
}

/// ISO weekday: Monday = 1 … Sunday = 7.
///
/// ```
/// use warraq::dates::SimpleDate;
/// use warraq::dates::calendar::gregorian::weekday;
/// assert_eq!(weekday(SimpleDate { year: 2022, month: 1, day: 15 }), 6); // a Saturday
/// ```
pub fn weekday(d: SimpleDate) -> u8 {
    // 1970-01-01 was a Thursday (4).
    ((days_from_civil(d) + 3).rem_euclid(7) + 1) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip_over_centuries() {
        for z in -800_000..800_000i64 {
            assert_eq!(days_from_civil(civil_from_days(z)), z);
        }
    }

    #[test]
    fn known_weekdays() {
        let d = |year, month, day| SimpleDate { year, month, day };
        assert_eq!(weekday(d(2022, 1, 15)), 6); // a Saturday
        assert_eq!(weekday(d(1970, 1, 1)), 4);
        assert!(!is_valid(d(2023, 2, 29)));
        assert!(is_valid(d(2000, 2, 29)));
    }
}
