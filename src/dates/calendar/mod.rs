//! Calendars: proleptic Gregorian and Hijri (Umm al-Qura as published, the KACST computed table,
//! and the two tabular calendars).
//!
//! API used by the rest of the crate (implemented by the calendar work):
//! - [`hijri_to_gregorian`], [`gregorian_to_hijri`], [`hijri_month_length`]: each returns the
//!   method actually used (outside a table's range the Umm al-Qura methods fall back to `Tabular`).
//! - `gregorian::{is_valid, days_in_month, days_from_civil, civil_from_days, weekday}`.

pub mod gregorian;

use super::{Method, SimpleDate};
use crate::Error;

/// A date in the Hijri calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct HijriDate {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// The Gregorian day of a Hijri date, and the method actually used.
pub fn hijri_to_gregorian(h: HijriDate, method: Method) -> Result<(SimpleDate, Method), Error> {
    let _ = method;
    Err(Error::OutOfRange(format!(
        "Hijri conversion not implemented yet: {}-{}-{}",
        h.year, h.month, h.day
    )))
}

/// The Hijri day of a Gregorian date, and the method actually used.
pub fn gregorian_to_hijri(g: SimpleDate, method: Method) -> Result<(HijriDate, Method), Error> {
    let _ = method;
    Err(Error::OutOfRange(format!(
        "Hijri conversion not implemented yet: {}-{}-{}",
        g.year, g.month, g.day
    )))
}

/// The number of days (29 or 30) of a Hijri month, and the method actually used.
pub fn hijri_month_length(year: i32, month: u8, method: Method) -> Result<(u8, Method), Error> {
    let _ = method;
    Err(Error::OutOfRange(format!(
        "Hijri conversion not implemented yet: {year}-{month}"
    )))
}
