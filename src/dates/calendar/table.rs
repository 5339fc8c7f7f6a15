//! Month tables (the Umm al-Qura calendars), read from `data/dates/calendar/*.txt` **when the
//! crate is compiled**: a malformed file is a build error, never a run-time panic.
//!
//! A data file names the Gregorian day of its first 1 Muharram, lists every month's length
//! (the last digit of it: `9` = 29, `0` = 30, `8` = 28, `1` = 31) and ends with the Gregorian day
//! after its last month, which the parser checks against the sum of the lengths.

use super::gregorian::days_from_civil;
use crate::dates::SimpleDate;

/// A month table: the day number (days since 1970-01-01) of the first day of every month from
/// 1 Muharram of `first_year` on, plus the day after the last month.
#[derive(Debug)]
pub(crate) struct Table {
    pub first_year: i32,
    /// `years * 12 + 1` entries, increasing.
    pub starts: &'static [i32],
}

impl Table {
    /// Number of years covered.
    #[inline]
    pub fn years(&self) -> i32 {
        ((self.starts.len().saturating_sub(1)) / 12) as i32
    }

    /// Last year covered.
    #[inline]
    pub fn last_year(&self) -> i32 {
        self.first_year + self.years() - 1
    }

    #[inline]
    pub fn covers_year(&self, year: i32) -> bool {
        year >= self.first_year && year <= self.last_year()
    }

    /// Day number of the first day of `month` (1–12) of `year`, and the month's length, when
    /// the table covers that year.
    #[inline]
    pub fn month(&self, year: i32, month: u8) -> Option<(i64, u8)> {
        if !self.covers_year(year) || !(1..=12).contains(&month) {
            return None;
        }
        let i = (year - self.first_year) as usize * 12 + month as usize - 1;
        let start = *self.starts.get(i)?;
        let next = *self.starts.get(i + 1)?;
        Some((start as i64, (next - start) as u8))
    }

    /// First day covered and the day after the last one.
    #[inline]
    pub fn day_span(&self) -> (i64, i64) {
        let first = self.starts.first().copied().unwrap_or(0) as i64;
        let end = self.starts.last().copied().unwrap_or(0) as i64;
        (first, end)
    }

    /// `(year, month, day)` of day number `z`, when the table covers it.
    #[inline]
    pub fn date_of_day(&self, z: i64) -> Option<(i32, u8, u8)> {
        let (first, end) = self.day_span();
        if z < first || z >= end {
            return None;
        }
        let months = self.starts.len() - 1;
        // Mean month 29.530589 days: the estimate is off by at most one or two months.
        let mut i = (((z - first) * 1_000_000) / 29_530_589) as usize;
        if i >= months {
            i = months - 1;
        }
        let zi = z as i32;
        while i > 0 && *self.starts.get(i)? > zi {
            i -= 1;
        }
        while i + 1 < months && *self.starts.get(i + 1)? <= zi {
            i += 1;
        }
        let start = *self.starts.get(i)?;
        let year = self.first_year + (i / 12) as i32;
        let month = (i % 12) as u8 + 1;
        Some((year, month, (zi - start + 1) as u8))
    }
}

/// Number of month starts (`years * 12 + 1`) a data file describes.
pub(crate) const fn count_starts(src: &[u8]) -> usize {
    let mut years = 0;
    let mut pos = 0;
    while pos < src.len() {
        let end = line_end(src, pos);
        if is_digit(src[pos]) {
            years += 1;
        }
        pos = end + 1;
    }
    years * 12 + 1
}

/// Parses a data file into its first year and its `N` month starts (see the module docs).
pub(crate) const fn parse<const N: usize>(src: &[u8]) -> (i32, [i32; N]) {
    let mut starts = [0i32; N];
    let mut first_year: i32 = 0;
    let mut day: i64 = 0;
    let mut have_first = false;
    let mut have_next = false;
    let mut year: i32 = 0;
    let mut i = 0;
    let mut pos = 0;
    while pos < src.len() {
        let end = line_end(src, pos);
        if end == pos || src[pos] == b'#' {
            // blank or comment
        } else if starts_with(src, pos, b"first ") {
            let (y, p) = parse_uint(src, pos + 6);
            let (date, _) = parse_iso(src, p + 1);
            first_year = y as i32;
            year = first_year;
            day = days_from_civil(date);
            have_first = true;
        } else if starts_with(src, pos, b"next ") {
            let (date, _) = parse_iso(src, pos + 5);
            if days_from_civil(date) != day {
                panic!("calendar table: the `next` day does not match the month lengths");
            }
            have_next = true;
        } else if is_digit(src[pos]) {
            if !have_first {
                panic!("calendar table: a year line before the `first` line");
            }
            let (y, p) = parse_uint(src, pos);
            if y as i32 != year {
                panic!("calendar table: years are not consecutive");
            }
            if p + 13 != end || src[p] != b' ' {
                panic!("calendar table: a year line must have 12 month digits");
            }
            let mut m = 0;
            while m < 12 {
                starts[i] = day as i32;
                i += 1;
                day += match src[p + 1 + m] {
                    b'8' => 28,
                    b'9' => 29,
                    b'0' => 30,
                    b'1' => 31,
                    _ => panic!("calendar table: a month digit must be 8, 9, 0 or 1"),
                };
                m += 1;
            }
            year += 1;
        } else {
            panic!("calendar table: unexpected line");
        }
        pos = end + 1;
    }
    if !have_first || !have_next || i + 1 != N {
        panic!("calendar table: missing `first` or `next` line");
    }
    starts[i] = day as i32;
    (first_year, starts)
}

const fn is_digit(b: u8) -> bool {
    b.is_ascii_digit()
}

const fn line_end(src: &[u8], mut pos: usize) -> usize {
    while pos < src.len() && src[pos] != b'\n' {
        pos += 1;
    }
    // Tolerate CRLF checkouts.
    if pos > 0 && pos <= src.len() && src[pos - 1] == b'\r' {
        pos - 1
    } else {
        pos
    }
}

const fn starts_with(src: &[u8], pos: usize, pat: &[u8]) -> bool {
    let mut k = 0;
    while k < pat.len() {
        if pos + k >= src.len() || src[pos + k] != pat[k] {
            return false;
        }
        k += 1;
    }
    true
}

const fn parse_uint(src: &[u8], mut pos: usize) -> (u32, usize) {
    let mut n: u32 = 0;
    let start = pos;
    while pos < src.len() && is_digit(src[pos]) {
        n = n * 10 + (src[pos] - b'0') as u32;
        pos += 1;
    }
    if pos == start {
        panic!("calendar table: expected a number");
    }
    (n, pos)
}

const fn parse_iso(src: &[u8], pos: usize) -> (SimpleDate, usize) {
    let (y, p) = parse_uint(src, pos);
    if p >= src.len() || src[p] != b'-' {
        panic!("calendar table: expected an ISO date");
    }
    let (m, p) = parse_uint(src, p + 1);
    if p >= src.len() || src[p] != b'-' {
        panic!("calendar table: expected an ISO date");
    }
    let (d, p) = parse_uint(src, p + 1);
    (
        SimpleDate {
            year: y as i32,
            month: m as u8,
            day: d as u8,
        },
        p,
    )
}

macro_rules! table {
    ($name:ident, $file:literal) => {
        pub(crate) static $name: Table = {
            const SRC: &[u8] = include_bytes!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/data/dates/calendar/",
                $file
            ));
            const N: usize = count_starts(SRC);
            const PARSED: (i32, [i32; N]) = parse::<N>(SRC);
            static STARTS: [i32; N] = PARSED.1;
            Table {
                first_year: PARSED.0,
                starts: &STARTS,
            }
        };
    };
}

table!(UMM_AL_QURA, "umm_al_qura.txt");
table!(UMM_AL_QURA_KACST, "umm_al_qura_kacst.txt");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_table_covers_1343_to_1500() {
        assert_eq!(UMM_AL_QURA.first_year, 1343);
        assert_eq!(UMM_AL_QURA.last_year(), 1500);
        assert_eq!(UMM_AL_QURA.starts.len(), 158 * 12 + 1);
    }

    #[test]
    fn kacst_table_covers_1300_to_1600() {
        assert_eq!(UMM_AL_QURA_KACST.first_year, 1300);
        assert_eq!(UMM_AL_QURA_KACST.last_year(), 1600);
    }

    #[test]
    fn every_day_of_a_table_maps_back_to_itself() {
        for t in [&UMM_AL_QURA, &UMM_AL_QURA_KACST] {
            let (first, end) = t.day_span();
            for z in first..end {
                let (y, m, d) = t.date_of_day(z).unwrap();
                let (start, len) = t.month(y, m).unwrap();
                assert!(d >= 1 && d <= len);
                assert_eq!(start + d as i64 - 1, z);
            }
            assert_eq!(t.date_of_day(first - 1), None);
            assert_eq!(t.date_of_day(end), None);
        }
    }
}
