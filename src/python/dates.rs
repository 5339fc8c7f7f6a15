//! Bindings of the dates layer: `DateMention`, `HijriDate`, the calendar functions.

use pyo3::prelude::*;

/// The calendar functions (`hijri_to_gregorian`, `gregorian_to_hijri`, … and their `_many` forms).
mod calendar;

use super::convert::Ctx;
use super::values::{py_label, value_class, PyText};
use crate::dates::{Calendar, Method, Part, Precision, SimpleDate};

py_label!(Method as "method" { UmmAlQura, UmmAlQuraKacst, Tabular, TabularThursday });
py_label!(Calendar as "calendar" { Gregorian, Hijri });
py_label!(Precision as "precision" { Day, Week, Month, Year });
py_label!(Part as "part" { Early, Mid, Late });

value_class! {
    /// A date mention (see DESIGN.md): values as written in `calendar`, `iso` the Gregorian value
    /// at `precision`, `hijri` the Hijri value, `method` the conversion used.
    DateMention repr(start, end, calendar, iso, hijri, text) {
        start: usize,
        end: usize,
        text: PyText,
        calendar: Calendar,
        year: Option<i32>,
        month: Option<u8>,
        day: Option<u8>,
        precision: Precision,
        iso: Option<String>,
        hijri: Option<String>,
        method: Option<Method>,
        ambiguous: bool,
        inferred: bool,
        gregorian_start: Option<String>,
        gregorian_end: Option<String>,
        linked: Option<usize>,
        agrees: Option<bool>,
        alternative: Option<String>,
        part: Option<Part>,
    }
}

value_class! {
    /// A Hijri date and the method that produced it.
    HijriDate repr(year, month, day, method) {
        year: i32,
        month: u8,
        day: u8,
        method: Method,
    }
}

/// `2022-01-05`.
pub(crate) fn iso(d: SimpleDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)
}

pub(crate) fn dates(ctx: &Ctx, dates: &[crate::dates::DateMention]) -> Vec<DateMention> {
    dates
        .iter()
        .map(|d| {
            let (start, end, text) = ctx.span(d.start, d.end);
            DateMention {
                start,
                end,
                text,
                calendar: d.calendar,
                year: d.year,
                month: d.month,
                day: d.day,
                precision: d.precision,
                iso: d.iso.clone(),
                hijri: d.hijri.clone(),
                method: d.method,
                ambiguous: d.ambiguous,
                inferred: d.inferred,
                gregorian_start: d.gregorian_start.clone(),
                gregorian_end: d.gregorian_end.clone(),
                linked: d.linked,
                agrees: d.agrees,
                alternative: d.alternative.clone(),
                part: d.part,
            }
        })
        .collect()
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<DateMention>()?;
    m.add_class::<HijriDate>()?;
    calendar::register(m)?;
    Ok(())
}
